"""Posts Newsdesk sends on its own (digests, watch alerts), each sent once.

A post is a ``slack_posts`` row with a unique ``key``. Whoever sends it first
*claims* it (state ``posting``, with a random ``token`` and the time), commits,
sends it, and then *finishes* it (``posted`` with the message ts, ``failed``
with Slack's error, ``skipped``). Only the holder of the token can finish it,
so two processes on one database never both send the same post:

- the first claim is an ``INSERT`` of the unique key: one process wins;
- a watch alert is queued as ``pending`` when its fact is ingested, and the
  claim turns it into ``posting`` with a compare-and-set on the state;
- a claim left ``posting`` for longer than ``stale_after`` belongs to a process
  that died (or hung) between claiming and finishing. Another process may take
  it over (again compare-and-set, on the old token), but the Slack message may
  or may not have gone out, so the new holder is told it is ``recovering``
  and must look in the channel's history before sending (handlers.digest).

All functions take a sqlite3 connection inside an open transaction.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

DONE = ("posted", "skipped", "failed", "unknown")  # nothing more will be sent for these keys
# digests that may be in the channel: the days they cover are not covered again
COVERED = ("posted", "skipped", "unknown", "posting")


@dataclass(frozen=True)
class Claim:
    """The right to send one post, until it is finished or goes stale."""

    id: int
    key: str
    kind: str
    channel: str
    token: str
    recovering: bool = False  # taken over from a stale claim: the post may already be in Slack
    since: str | None = None  # when it was first claimed (ISO, UTC): where to look in history
    day: str | None = None
    covers_from: str | None = None
    fact: str | None = None
    watch_id: int | None = None
    attempts: int = 1


@dataclass(frozen=True)
class PostRow:
    """A post as recorded, for status checks and tests."""

    key: str
    kind: str
    channel: str
    state: str
    day: str | None
    covers_from: str | None
    fact: str | None
    facts: list[str]
    claimed_at: str | None
    claimed_by: str | None
    attempts: int
    message_ts: str | None
    error: str | None


def stamp(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


def process_name() -> str:
    """host:pid, to tell in the table which process claimed a post."""
    return f"{socket.gethostname()}:{os.getpid()}"


COLS = (
    "id, key, kind, channel, state, day, covers_from, fact, watch_id, facts, claimed_at, "
    "claimed_by, token, attempts, message_ts, error"
)


def _row(conn: sqlite3.Connection, where: str, params: tuple) -> dict | None:
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    row = cur.execute(f"SELECT {COLS} FROM slack_posts WHERE {where}", params).fetchone()
    return dict(row) if row else None


def _claim_of(row: dict, token: str, recovering: bool, since: str | None) -> Claim:
    return Claim(
        id=row["id"],
        key=row["key"],
        kind=row["kind"],
        channel=row["channel"],
        token=token,
        recovering=recovering,
        since=since,
        day=row["day"],
        covers_from=row["covers_from"],
        fact=row["fact"],
        watch_id=row["watch_id"],
        attempts=(row["attempts"] or 0) + 1,
    )


def _take(
    conn: sqlite3.Connection, row: dict, now: datetime, stale_after: timedelta, by: str
) -> Claim | None:
    """Claim a pending post, or take over a stale one; None if someone else holds it or it is done."""
    token = secrets.token_hex(8)
    if row["state"] == "pending":
        recovering, since = False, stamp(now)
    elif row["state"] == "posting" and (row["claimed_at"] or "") < stamp(now - stale_after):
        recovering, since = True, row["claimed_at"]
    else:
        return None
    cur = conn.execute(
        "UPDATE slack_posts SET state = 'posting', token = ?, claimed_at = ?, claimed_by = ?, "
        "attempts = attempts + 1 WHERE id = ? AND state = ? AND token IS ?",
        (token, stamp(now), by, row["id"], row["state"], row["token"]),
    )
    return _claim_of(row, token, recovering, since) if cur.rowcount == 1 else None


def claim_digest(
    conn: sqlite3.Connection,
    channel: str,
    day: str,
    covers_from: str,
    now: datetime,
    stale_after: timedelta,
    by: str,
) -> Claim | None:
    """Claim the digest of ``channel`` that covers up to ``day``; None if it is taken or done."""
    key = digest_key(channel, day)
    token = secrets.token_hex(8)
    cur = conn.execute(
        "INSERT OR IGNORE INTO slack_posts (key, kind, channel, day, covers_from, state, "
        "created_at, claimed_at, claimed_by, token, attempts) "
        "VALUES (?, 'digest', ?, ?, ?, 'posting', ?, ?, ?, ?, 1)",
        (key, channel, day, covers_from, stamp(now), stamp(now), by, token),
    )
    if cur.rowcount == 1:
        row = _row(conn, "key = ?", (key,))
        return _claim_of({**row, "attempts": 0}, token, False, stamp(now))
    row = _row(conn, "key = ?", (key,))
    return _take(conn, row, now, stale_after, by) if row else None


def digest_key(channel: str, day: str) -> str:
    """
    >>> digest_key("C0DIGEST", "2025-04-07")
    'digest:C0DIGEST:2025-04-07'
    """
    return f"digest:{channel}:{day}"


def watch_key(channel: str, fact: str) -> str:
    return f"watch:{channel}:{fact}"


def watch_posts_waiting(conn: sqlite3.Connection, now: datetime, stale_after: timedelta) -> bool:
    """Whether any watch alert is queued (or stale): a read, before taking the write lock."""
    return (
        conn.execute(
            "SELECT 1 FROM slack_posts WHERE kind = 'watch' AND (state = 'pending' "
            "OR (state = 'posting' AND claimed_at < ?)) LIMIT 1",
            (stamp(now - stale_after),),
        ).fetchone()
        is not None
    )


def claim_watch_posts(
    conn: sqlite3.Connection, now: datetime, stale_after: timedelta, by: str, limit: int
) -> list[Claim]:
    """Claim queued watch alerts (and stale ones), oldest first."""
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    rows = cur.execute(
        f"SELECT {COLS} FROM slack_posts WHERE kind = 'watch' AND (state = 'pending' "
        "OR (state = 'posting' AND claimed_at < ?)) ORDER BY id LIMIT ?",
        (stamp(now - stale_after), limit),
    ).fetchall()
    claims = [_take(conn, dict(r), now, stale_after, by) for r in rows]
    return [c for c in claims if c is not None]


def finish(
    conn: sqlite3.Connection,
    claim: Claim,
    state: str,
    now: datetime,
    *,
    message_ts: str | None = None,
    error: str | None = None,
) -> bool:
    """Record how a claimed post ended; False if the claim was lost (taken over as stale)."""
    cur = conn.execute(
        "UPDATE slack_posts SET state = ?, posted_at = ?, message_ts = ?, error = ?, token = NULL "
        "WHERE id = ? AND token = ?",
        (
            state,
            stamp(now) if state == "posted" else None,
            message_ts,
            error,
            claim.id,
            claim.token,
        ),
    )
    return cur.rowcount == 1


def set_facts(conn: sqlite3.Connection, claim: Claim, facts: list[str]) -> bool:
    """Record which facts a claimed digest holds (before it is sent)."""
    cur = conn.execute(
        "UPDATE slack_posts SET facts = ? WHERE id = ? AND token = ?",
        (json.dumps(facts), claim.id, claim.token),
    )
    return cur.rowcount == 1


def post(conn: sqlite3.Connection, key: str) -> PostRow | None:
    row = _row(conn, "key = ?", (key,))
    return _post_row(row) if row else None


def posts(conn: sqlite3.Connection, kind: str | None = None) -> list[PostRow]:
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    sql = f"SELECT {COLS} FROM slack_posts" + (" WHERE kind = ?" if kind else "") + " ORDER BY id"
    return [_post_row(dict(r)) for r in cur.execute(sql, (kind,) if kind else ())]


def _post_row(row: dict) -> PostRow:
    return PostRow(
        key=row["key"],
        kind=row["kind"],
        channel=row["channel"],
        state=row["state"],
        day=row["day"],
        covers_from=row["covers_from"],
        fact=row["fact"],
        facts=json.loads(row["facts"] or "[]"),
        claimed_at=row["claimed_at"],
        claimed_by=row["claimed_by"],
        attempts=row["attempts"] or 0,
        message_ts=row["message_ts"],
        error=row["error"],
    )


def last_covered_day(conn: sqlite3.Connection, channel: str, before: str) -> str | None:
    """The last day covered by a digest of ``channel`` (that may be in the channel) before ``before``."""
    marks = ",".join("?" * len(COVERED))
    row = conn.execute(
        f"SELECT max(day) FROM slack_posts WHERE kind = 'digest' AND channel = ? AND day < ? "
        f"AND state IN ({marks})",
        (channel, before, *COVERED),
    ).fetchone()
    return row[0]


def digested_facts(conn: sqlite3.Connection, channel: str, since: str) -> set[str]:
    """Facts already in a digest of ``channel`` covering days from ``since`` on."""
    marks = ",".join("?" * len(COVERED))
    rows = conn.execute(
        f"SELECT facts FROM slack_posts WHERE kind = 'digest' AND channel = ? AND day >= ? "
        f"AND state IN ({marks}) AND facts IS NOT NULL",
        (channel, since, *COVERED),
    ).fetchall()
    return {f for (facts,) in rows for f in json.loads(facts)}
