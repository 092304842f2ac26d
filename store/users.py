"""Slack users' display names, kept so cards can name a corrector without mentioning them.

A ``<@U…>`` mention notifies that person whenever a card carrying it is
posted in a channel. Cards therefore say who corrected a fact by name, as
plain text; the name is looked up once (``users.info``, by the Slack layer)
and kept in ``slack_users``.

All functions take a sqlite3 connection.
"""

from __future__ import annotations

import sqlite3

MAX_NAME = 80


def name_of(conn: sqlite3.Connection, user_id: str | None) -> str | None:
    """The stored display name of a Slack user, or None if it was never looked up."""
    if not user_id:
        return None
    row = conn.execute("SELECT name FROM slack_users WHERE id = ?", (user_id,)).fetchone()
    return row[0] if row else None


def remember(conn: sqlite3.Connection, user_id: str, name: str, fetched_at: str) -> str | None:
    """Keep a user's display name (whitespace collapsed, at most 80 characters); the name kept."""
    name = " ".join(str(name or "").split())[:MAX_NAME].strip()
    if not user_id or not name:
        return None
    conn.execute(
        "INSERT INTO slack_users (id, name, fetched_at) VALUES (?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, fetched_at = excluded.fetched_at",
        (user_id, name, fetched_at),
    )
    return name
