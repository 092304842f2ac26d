"""Slack deliveries already handled: the first one claims its id, later ones are dropped.

All functions take a sqlite3 connection inside an open transaction.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

KEEP_DAYS = 7  # Slack retries within minutes; a week of ids is plenty


def claim(
    conn: sqlite3.Connection,
    key: str,
    kind: str | None,
    now: datetime,
    retry_reason: str | None = None,
) -> bool:
    """True if ``key`` was not handled before (it is now recorded); False for a repeat."""
    stamp = now.isoformat(timespec="seconds")
    cur = conn.execute(
        "INSERT OR IGNORE INTO slack_events (id, kind, first_seen, retries) VALUES (?, ?, ?, 0)",
        (key, kind, stamp),
    )
    if cur.rowcount:
        cutoff = (now - timedelta(days=KEEP_DAYS)).isoformat(timespec="seconds")
        conn.execute("DELETE FROM slack_events WHERE first_seen < ?", (cutoff,))
        return True
    conn.execute(
        "UPDATE slack_events SET retries = retries + 1, "
        "last_retry_reason = coalesce(?, last_retry_reason) WHERE id = ?",
        (retry_reason, key),
    )
    return False
