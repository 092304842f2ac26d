"""Taking an article back out: the article, and the facts that only it supported.

A fact that other articles also reported stays, rebuilt from the reports that
are left (dates, topics, status, confidence), except for fields a person
corrected, which keep the corrected value. People with no role and no
contact left are removed with their aliases. Corrections of the facts that
went are dropped with their match keys (nothing may point at a fact id that
SQLite can hand out again); a role correction moves to a report of the role
that stays. Called by ``Store.remove_article`` inside one transaction.
"""

from __future__ import annotations

import json
import sqlite3

from . import corrections
from .merge import CONFIDENCE_RANK, STATUS_RANK
from .records import Removal


def remove_article(conn: sqlite3.Connection, article_id: int) -> Removal | None:
    row = conn.execute("SELECT title FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    out = Removal(article_id=article_id, title=row[0])
    contact_ids = _ids(
        conn, "SELECT DISTINCT contact_id FROM contact_sources WHERE article_id = ?", article_id
    )
    tariff_ids = _ids(
        conn, "SELECT DISTINCT tariff_id FROM tariff_sources WHERE article_id = ?", article_id
    )
    touched = set(
        _ids(conn, "SELECT DISTINCT person_id FROM roles WHERE article_id = ?", article_id)
    )
    for cid in contact_ids:
        touched |= set(
            _ids(conn, "SELECT person_id FROM contact_participants WHERE contact_id = ?", cid)
        )

    conn.execute("DELETE FROM contact_sources WHERE article_id = ?", (article_id,))
    for cid in contact_ids:
        if _rebuild_contact(conn, cid):
            out.contacts_kept += 1
        else:
            conn.execute("DELETE FROM contact_participants WHERE contact_id = ?", (cid,))
            conn.execute("DELETE FROM contacts WHERE id = ?", (cid,))
            out.contacts_removed += 1
            out.corrections_dropped += corrections.forget(conn, "contact", cid)

    conn.execute("DELETE FROM tariff_sources WHERE article_id = ?", (article_id,))
    for tid in tariff_ids:
        if _rebuild_tariff(conn, tid):
            out.tariffs_kept += 1
        else:
            conn.execute("DELETE FROM tariffs WHERE id = ?", (tid,))
            out.tariffs_removed += 1
            out.corrections_dropped += corrections.forget(conn, "tariff", tid)

    out.corrections_dropped += corrections.before_roles_removed(conn, article_id)
    out.roles_removed = conn.execute(
        "DELETE FROM roles WHERE article_id = ?", (article_id,)
    ).rowcount
    for pid in sorted(touched):
        if _rebuild_person(conn, pid):
            out.people_kept += 1
        else:
            conn.execute("DELETE FROM aliases WHERE person_id = ?", (pid,))
            conn.execute("DELETE FROM people WHERE id = ?", (pid,))
            out.people_removed += 1

    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    corrections.after_article_removed(conn, article_id)
    return out


def _ids(conn: sqlite3.Connection, sql: str, param: int) -> list[int]:
    return [r[0] for r in conn.execute(sql, (param,))]


def _rows(conn: sqlite3.Connection, sql: str, params: tuple) -> list[sqlite3.Row]:
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    return cur.execute(sql, params).fetchall()


def _first(values) -> object:
    return next((v for v in values if v is not None), None)


def _best(levels) -> str | None:
    present = [x for x in levels if x]
    return max(present, key=lambda x: CONFIDENCE_RANK.get(x, 1)) if present else None


def _rebuild_contact(conn: sqlite3.Connection, cid: int) -> bool:
    """Recompute a contact from its remaining reports (in the order they came); False if none."""
    reports = _rows(conn, "SELECT * FROM contact_sources WHERE contact_id = ? ORDER BY id", (cid,))
    if not reports:
        return False
    date = _first(r["date"] for r in reports)
    mode = next((r["mode"] for r in reports if r["mode"] and r["mode"] != "other"), "other")
    planned = int(all(r["planned"] for r in reports))
    topics: list[str] = []
    for r in reports:
        for t in json.loads(r["topics"] or "[]"):
            if t.lower() not in {x.lower() for x in topics}:
                topics.append(t)
    topics_json = json.dumps(topics, ensure_ascii=False)
    # what a person corrected stays as they corrected it
    (current,) = _rows(conn, "SELECT * FROM contacts WHERE id = ?", (cid,))
    locked = set(json.loads(current["locked"] or "[]"))
    date = current["date"] if "date" in locked else date
    mode = current["mode"] if "mode" in locked else mode
    planned = current["planned"] if "planned" in locked else planned
    topics_json = current["topics"] if "topics" in locked else topics_json
    published = [r["published"] for r in reports if r["published"]]
    first, last = (min(published), max(published)) if published else (None, None)
    sort_date = date or first
    conn.execute(
        "UPDATE contacts SET date = ?, mode = ?, planned = ?, topics = ?, sort_date = ?, "
        "first_published = ?, last_published = ?, confidence = ? WHERE id = ?",
        (
            date,
            mode,
            planned,
            topics_json,
            sort_date,
            first,
            last,
            _best(r["confidence"] for r in reports),
            cid,
        ),
    )
    conn.execute(
        "UPDATE contact_participants SET sort_date = ? WHERE contact_id = ?", (sort_date, cid)
    )
    return True


def _rebuild_tariff(conn: sqlite3.Connection, tid: int) -> bool:
    """Recompute a tariff from its remaining reports; False if none are left."""
    reports = _rows(conn, "SELECT * FROM tariff_sources WHERE tariff_id = ? ORDER BY id", (tid,))
    if not reports:
        return False
    status = reports[0]["status"]
    for r in reports[1:]:
        if STATUS_RANK.get(r["status"] or "", -1) > STATUS_RANK.get(status or "", -1):
            status = r["status"]
    effective = _first(r["effective"] for r in reports)
    kind = next(
        (r["kind"] for r in reports if r["kind"] not in (None, "other")), reports[0]["kind"]
    )
    scope = _first(r["scope"] for r in reports)
    (current,) = _rows(conn, "SELECT * FROM tariffs WHERE id = ?", (tid,))
    announced = current["announced"]
    # what a person corrected stays as they corrected it
    locked = set(json.loads(current["locked"] or "[]"))
    kind = current["kind"] if "kind" in locked else kind
    scope = current["scope"] if "scope" in locked else scope
    status = current["status"] if "status" in locked else status
    effective = current["effective"] if "effective" in locked else effective
    published = [r["published"] for r in reports if r["published"]]
    first, last = (min(published), max(published)) if published else (None, None)
    conn.execute(
        "UPDATE tariffs SET kind = ?, scope = ?, status = ?, effective = ?, sort_date = ?, "
        "first_published = ?, last_published = ?, confidence = ? WHERE id = ?",
        (
            kind,
            scope,
            status,
            effective,
            effective or announced or first,
            first,
            last,
            _best(r["confidence"] for r in reports),
            tid,
        ),
    )
    return True


def _rebuild_person(conn: sqlite3.Connection, pid: int) -> bool:
    """Set a person's latest role from the roles left; False if nothing speaks for them."""
    latest = conn.execute(
        "SELECT role, as_of FROM roles WHERE person_id = ? "
        "ORDER BY as_of IS NULL, as_of DESC, id DESC LIMIT 1",
        (pid,),
    ).fetchone()
    in_contact = conn.execute(
        "SELECT 1 FROM contact_participants WHERE person_id = ? LIMIT 1", (pid,)
    ).fetchone()
    if latest is None and in_contact is None:
        return False
    role, as_of = latest or (None, None)
    conn.execute("UPDATE people SET role = ?, role_as_of = ? WHERE id = ?", (role, as_of, pid))
    return True
