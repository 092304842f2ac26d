"""Channels watching a country or a person, and the alerts their new facts queue.

When an article is ingested, each *new* tariff or contact about a watched
subject queues one alert (a ``slack_posts`` row of kind "watch", state
``pending``) for each watching channel, in the same transaction as the facts.
The key ``watch:CHANNEL:FACT`` is unique, so a fact is announced in a channel
at most once; a later article reporting the same fact only adds a source to
it (it is not new) and queues nothing.

A tariff is about the countries that impose it and that it targets (not a
rate on all partners); a contact is about its participants and their
countries.

All functions take a sqlite3 connection inside an open transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .posts import stamp, watch_key
from .records import IngestResult

KINDS = ("country", "person")


@dataclass(frozen=True)
class Watch:
    id: int
    channel: str
    kind: str  # country or person
    subject: str  # ISO code, or people.id as text
    label: str
    created_by: str | None = None
    created_at: str | None = None


WATCH_COLS = "id, channel, kind, subject, label, created_by, created_at"


def add(
    conn: sqlite3.Connection,
    channel: str,
    kind: str,
    subject: str,
    label: str,
    user: str | None,
    now,
) -> tuple[Watch, bool]:
    """Watch ``subject`` in ``channel``; (the watch, True) if new, (the existing one, False) if not."""
    if kind not in KINDS:
        raise ValueError(f"not a kind of watch: {kind!r}")
    cur = conn.execute(
        "INSERT OR IGNORE INTO watches (channel, kind, subject, label, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (channel, kind, subject, label, user, stamp(now)),
    )
    row = conn.execute(
        f"SELECT {WATCH_COLS} FROM watches WHERE channel = ? AND kind = ? AND subject = ?",
        (channel, kind, subject),
    ).fetchone()
    return Watch(*row), cur.rowcount == 1


def remove(conn: sqlite3.Connection, watch_id: int) -> bool:
    return conn.execute("DELETE FROM watches WHERE id = ?", (watch_id,)).rowcount == 1


def of_channel(conn: sqlite3.Connection, channel: str) -> list[Watch]:
    rows = conn.execute(
        f"SELECT {WATCH_COLS} FROM watches WHERE channel = ? ORDER BY kind, label, id", (channel,)
    ).fetchall()
    return [Watch(*r) for r in rows]


def get(conn: sqlite3.Connection, watch_id: int) -> Watch | None:
    row = conn.execute(f"SELECT {WATCH_COLS} FROM watches WHERE id = ?", (watch_id,)).fetchone()
    return Watch(*row) if row else None


def _watching(conn: sqlite3.Connection, subjects: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """(watch id, channel) of the watches on any of these (kind, subject) pairs, oldest first."""
    if not subjects:
        return []
    where = " OR ".join("(kind = ? AND subject = ?)" for _ in subjects)
    params = [x for pair in subjects for x in pair]
    return conn.execute(
        f"SELECT id, channel FROM watches WHERE {where} ORDER BY id", params
    ).fetchall()


def tariff_subjects(conn: sqlite3.Connection, tariff_id: int) -> list[tuple[str, str]]:
    row = conn.execute("SELECT imposer, target FROM tariffs WHERE id = ?", (tariff_id,)).fetchone()
    if row is None:
        return []
    return [("country", c) for c in dict.fromkeys(row) if c and c != "*"]


def contact_subjects(conn: sqlite3.Connection, contact_id: int) -> list[tuple[str, str]]:
    rows = conn.execute(
        "SELECT p.id, p.country FROM contact_participants cp JOIN people p ON p.id = cp.person_id "
        "WHERE cp.contact_id = ? ORDER BY p.id",
        (contact_id,),
    ).fetchall()
    subjects = [("person", str(pid)) for pid, _ in rows]
    subjects += [("country", c) for c in dict.fromkeys(c for _, c in rows if c)]
    return subjects


def enqueue(conn: sqlite3.Connection, result: IngestResult, created_at: str) -> int:
    """Queue an alert for each new tariff and contact of an ingested article that a channel
    watches; returns how many were queued."""
    if result.already:
        return 0
    found: list[tuple[str, list[tuple[str, str]]]] = []
    for o in result.tariffs:
        if o.new:
            found.append((f"tariff:{o.id}", tariff_subjects(conn, o.id)))
    for o in result.contacts:
        if o.new:
            found.append((f"contact:{o.id}", contact_subjects(conn, o.id)))
    queued = 0
    for fact, subjects in found:
        for watch_id, channel in _watching(conn, subjects):
            cur = conn.execute(
                "INSERT OR IGNORE INTO slack_posts (key, kind, channel, fact, watch_id, state, "
                "created_at) VALUES (?, 'watch', ?, ?, ?, 'pending', ?)",
                (watch_key(channel, fact), channel, fact, watch_id, created_at),
            )
            queued += cur.rowcount
    return queued
