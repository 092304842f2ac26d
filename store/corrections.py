"""Corrections made by people: they win over what extraction found.

A correction targets one fact (``FactRef``): a contact, a tariff (one step
of a measure) or a role (all reports of that role for that person, since the
cards show them as one line). It either changes fields or removes the fact.

- The correction is stored in ``corrections`` with who made it and when,
  the fields before and after, and the article it was made from.
- The fact's row gets the corrected values; the fields are ``locked`` so
  later reports (store.merge) do not change them, and a removed fact keeps
  ``removed = 1`` (later reports only add sources to it).
- ``correction_keys`` keeps the fact's identity as it was reported before
  the correction (people and date; imposer, target and rate; person and
  role), so a later article reporting the old version finds the corrected
  fact instead of bringing the old one back.

Values reaching here are already checked by handlers.corrections; these
functions still refuse unknown fields and wrong types with ValueError.

All functions take a sqlite3 connection inside an open transaction.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from extract.model import CONTACT_MODES, TARIFF_KINDS, TARIFF_STATUSES

from . import merge, users
from .names import name_key
from .records import Correction, FactRef

# field -> kind of value, for each kind of fact. The order is the order of a form.
EDITABLE: dict[str, dict[str, str]] = {
    "contact": {"date": "date", "mode": "mode", "topics": "topics", "planned": "bool"},
    "tariff": {
        "imposer": "code",
        "target": "target",
        "rate_pct": "rate",
        "previous_pct": "rate?",
        "kind": "kind",
        "scope": "text?",
        "status": "status",
        "effective": "date",
        "announced": "date",
    },
    "role": {"role": "text", "country": "code?"},
}
TABLE = {"contact": "contacts", "tariff": "tariffs", "role": "roles"}
SOURCES = {
    "contact": ("contact_sources", "contact_id"),
    "tariff": ("tariff_sources", "tariff_id"),
}


class NoSuchFact(LookupError):
    """The fact a correction names is not in the database."""


def check_value(kind: str, value):
    """A value of the given kind as stored, or ValueError."""
    if value is None or value == "":
        if kind in ("date", "rate?", "text?", "code?"):
            return None
        raise ValueError("a value is needed")
    if kind == "date":
        date.fromisoformat(str(value))
        return str(value)
    if kind in ("rate", "rate?"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("a number is needed")
        return float(value)
    if kind == "bool":
        if not isinstance(value, bool):
            raise ValueError("true or false is needed")
        return int(value)
    if kind == "topics":
        if not isinstance(value, list | tuple) or not all(isinstance(t, str) for t in value):
            raise ValueError("a list of topics is needed")
        return json.dumps(list(value), ensure_ascii=False)
    allowed = {"mode": CONTACT_MODES, "kind": TARIFF_KINDS, "status": TARIFF_STATUSES}.get(kind)
    if allowed and value not in allowed:
        raise ValueError(f"one of {', '.join(allowed)} is needed")
    if not isinstance(value, str) or not value.strip():
        raise ValueError("text is needed")
    return value.strip()


def fact_row(conn: sqlite3.Connection, ref: FactRef) -> dict | None:
    """The fact's row as a dict, or None."""
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    row = cur.execute(f"SELECT * FROM {TABLE[ref.kind]} WHERE id = ?", (ref.id,)).fetchone()
    return dict(row) if row else None


def _role_rows(conn: sqlite3.Connection, row: dict) -> list[int]:
    """Every report of the same role for the same person (one line on a card)."""
    key = name_key(row["role"])
    rows = conn.execute(
        "SELECT id, role FROM roles WHERE person_id = ? ORDER BY id", (row["person_id"],)
    ).fetchall()
    return [rid for rid, role in rows if name_key(role) == key]


def source_articles(conn: sqlite3.Connection, ref: FactRef) -> list[int]:
    """The articles that reported the fact, oldest first."""
    if ref.kind == "role":
        row = fact_row(conn, ref)
        if row is None:
            return []
        ids = _role_rows(conn, row)
        marks = ",".join("?" * len(ids))
        rows = conn.execute(
            f"SELECT DISTINCT article_id FROM roles WHERE id IN ({marks}) ORDER BY article_id", ids
        ).fetchall()
    else:
        table, col = SOURCES[ref.kind]
        rows = conn.execute(
            f"SELECT article_id FROM {table} WHERE {col} = ? ORDER BY article_id", (ref.id,)
        ).fetchall()
    return [r[0] for r in rows]


def pasted_by(conn: sqlite3.Connection, ref: FactRef) -> set[str]:
    """Slack users who pasted an article that reported the fact."""
    ids = source_articles(conn, ref)
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT DISTINCT slack_user FROM articles WHERE id IN ({marks}) AND slack_user IS NOT NULL",
        ids,
    ).fetchall()
    return {r[0] for r in rows}


def _match_keys(conn: sqlite3.Connection, ref: FactRef, row: dict) -> set[str]:
    """The fact's identity as reported so far: what a later report of it will look like."""
    if ref.kind == "contact":
        days = {row["date"]} | {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT date FROM contact_sources WHERE contact_id = ?", (ref.id,)
            )
        }
        return {merge.contact_key(row["participants_key"], d) for d in days}
    if ref.kind == "tariff":
        return {merge.tariff_key(row["imposer"], row["target"], row["rate_pct"], row["status"])}
    return {merge.role_key(row["person_id"], row["role"])}


def correct(
    conn: sqlite3.Connection,
    ref: FactRef,
    user: str,
    created_at: str,
    *,
    fields: dict | None = None,
    remove: bool = False,
    note: str | None = None,
    article_id: int | None = None,
) -> Correction:
    """Store a correction and apply it to the fact. Returns the stored Correction.

    Raises NoSuchFact when the fact is not there, ValueError for a field that
    cannot be corrected or a value of the wrong type.
    """
    row = fact_row(conn, ref)
    if row is None:
        raise NoSuchFact(f"there is no {ref.kind} {ref.id}")
    if not user or len(user) > 64:
        raise ValueError("who made the correction is needed")
    fields = dict(fields or {})
    editable = EDITABLE[ref.kind]
    values = {}
    for name, value in fields.items():
        if name not in editable:
            raise ValueError(f"{ref.kind} has no field {name!r} to correct")
        try:
            values[name] = check_value(editable[name], value)
        except ValueError as e:
            raise ValueError(f"{name}: {e}") from None
    if not remove and not values:
        raise ValueError("nothing to correct")
    if article_id is None:
        sources = source_articles(conn, ref)
        article_id = sources[0] if sources else None

    for key in _match_keys(conn, ref, row):
        conn.execute(
            "INSERT OR IGNORE INTO correction_keys (match_key, fact_type, fact_id) VALUES (?, ?, ?)",
            (key, ref.kind, ref.id),
        )
    before = {name: _plain(name, row[name]) for name in values}
    cid = conn.execute(
        "INSERT INTO corrections (fact_type, fact_id, article_id, user_id, created_at, action, "
        "fields, before, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            ref.kind,
            ref.id,
            article_id,
            user,
            created_at,
            "remove" if remove else "edit",
            json.dumps({n: _plain(n, v) for n, v in values.items()}, ensure_ascii=False),
            json.dumps(before, ensure_ascii=False),
            note,
        ),
    ).lastrowid
    locked = sorted(set(json.loads(row["locked"] or "[]")) | set(values))
    ids = _role_rows(conn, row) if ref.kind == "role" else [ref.id]
    table = TABLE[ref.kind]
    sets = {**values, "locked": json.dumps(locked), "correction_id": cid}
    if remove:
        sets["removed"] = 1
    assignments = ", ".join(f"{name} = ?" for name in sets)
    marks = ",".join("?" * len(ids))
    if ref.kind == "role" and "role" in values:
        # an article that also gave the corrected role keeps that report only
        keep = []
        for rid in ids:
            clash = conn.execute(
                "SELECT 1 FROM roles r JOIN roles o ON o.id = ? WHERE r.person_id = o.person_id "
                "AND r.article_id = o.article_id AND r.role = ? AND r.id != o.id",
                (rid, values["role"]),
            ).fetchone()
            if clash:
                conn.execute(
                    "UPDATE roles SET removed = 1, locked = ?, correction_id = ? WHERE id = ?",
                    (json.dumps(locked), cid, rid),
                )
            else:
                keep.append(rid)
        ids = keep
        marks = ",".join("?" * len(ids))
    if ids:
        conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id IN ({marks})",
            (*sets.values(), *ids),
        )
    _after(conn, ref, row, values)
    return correction(conn, cid)


def _after(conn: sqlite3.Connection, ref: FactRef, row: dict, values: dict) -> None:
    """Keep what depends on corrected fields in step: sort dates, measures, current roles."""
    if ref.kind == "contact" and "date" in values:
        day = values["date"]
        sort_date = day or row["first_published"]
        conn.execute(
            "UPDATE contacts SET sort_date = ?, date_precision = ? WHERE id = ?",
            (sort_date, "day" if day else None, ref.id),
        )
        conn.execute(
            "UPDATE contact_participants SET sort_date = ? WHERE contact_id = ?",
            (sort_date, ref.id),
        )
    elif ref.kind == "tariff":
        conn.execute(
            "UPDATE tariffs SET sort_date = coalesce(effective, announced, first_published) "
            "WHERE id = ?",
            (ref.id,),
        )
        if {"imposer", "target", "rate_pct", "scope", "kind"} & set(values):
            conn.execute(
                "UPDATE tariffs SET measure_id = ? WHERE id = ?",
                (merge.assign_measure(conn, ref.id), ref.id),
            )
    elif ref.kind == "role":
        merge.refresh_person_role(conn, row["person_id"])


def _plain(name: str, value):
    """A stored value as JSON shows it (topics as a list, planned as a bool)."""
    if name == "topics" and isinstance(value, str):
        return json.loads(value)
    if name == "planned" and value is not None:
        return bool(value)
    return value


def _correction(row) -> Correction:
    cid, kind, fact_id, article_id, user, created_at, action, fields, before, note = row
    return Correction(
        id=cid,
        fact=FactRef(kind, fact_id),
        user=user,
        created_at=created_at,
        action=action,
        fields=json.loads(fields or "{}"),
        before=json.loads(before or "{}"),
        article_id=article_id,
        note=note,
    )


CORRECTION_COLS = (
    "id, fact_type, fact_id, article_id, user_id, created_at, action, fields, before, note"
)


def _named(conn: sqlite3.Connection, c: Correction) -> Correction:
    """The correction with its corrector's display name, when Newsdesk knows it."""
    c.user_name = users.name_of(conn, c.user)
    return c


def correction(conn: sqlite3.Connection, cid: int | None) -> Correction | None:
    if cid is None:
        return None
    row = conn.execute(f"SELECT {CORRECTION_COLS} FROM corrections WHERE id = ?", (cid,)).fetchone()
    return _named(conn, _correction(row)) if row else None


def corrections(conn: sqlite3.Connection, ref: FactRef | None = None) -> list[Correction]:
    """Corrections of one fact (or all), oldest first."""
    if ref is None:
        rows = conn.execute(f"SELECT {CORRECTION_COLS} FROM corrections ORDER BY id").fetchall()
    else:
        rows = conn.execute(
            f"SELECT {CORRECTION_COLS} FROM corrections WHERE fact_type = ? AND fact_id = ? "
            "ORDER BY id",
            (ref.kind, ref.id),
        ).fetchall()
    return [_named(conn, _correction(r)) for r in rows]


def corrected_articles(conn: sqlite3.Connection) -> list[int]:
    """Every article with a corrected fact: the fact's sources, and where it was corrected from."""
    ids: set[int] = set()
    for c in corrections(conn):
        if c.article_id is not None:
            ids.add(c.article_id)
        ids.update(source_articles(conn, c.fact))
    return sorted(ids)


# -- the gold schema (../shared/eval/SCHEMA.md) -----------------------------------


def gold(conn: sqlite3.Connection, article_id: int) -> dict | None:
    """An article's facts in the gold schema, as the store now holds them.

    Each fact as this article reported it, with every correction applied and
    removed facts left out. Also returns the text, title and publication date
    under ``_text``, ``_title`` (not part of the schema; the caller pops them).
    """
    head = conn.execute(
        "SELECT url, published, text, title, slack_permalink FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if head is None:
        return None
    url, published, text, title, permalink = head
    people, seen = [], set()
    for pid, name, role, country in conn.execute(
        "SELECT p.id, p.name, r.role, r.country FROM roles r JOIN people p ON p.id = r.person_id "
        "WHERE r.article_id = ? AND r.removed = 0 ORDER BY r.id",
        (article_id,),
    ):
        if pid not in seen:
            seen.add(pid)
            people.append({"name": name, "role": role, "country": country})
    contacts = []
    for cid, s_date, s_mode, s_topics, c_date, c_mode, c_topics, locked in conn.execute(
        "SELECT c.id, s.date, s.mode, s.topics, c.date, c.mode, c.topics, c.locked "
        "FROM contact_sources s JOIN contacts c ON c.id = s.contact_id "
        "WHERE s.article_id = ? AND c.removed = 0 ORDER BY s.id",
        (article_id,),
    ):
        fixed = set(json.loads(locked or "[]"))
        names = [
            r[0]
            for r in conn.execute(
                "SELECT p.name FROM contact_participants cp JOIN people p ON p.id = cp.person_id "
                "WHERE cp.contact_id = ?",
                (cid,),
            )
        ]
        contacts.append(
            {
                "participants": sorted(names),
                "mode": c_mode if "mode" in fixed else s_mode,
                "date": c_date if "date" in fixed else s_date,
                "topics": json.loads((c_topics if "topics" in fixed else s_topics) or "[]"),
            }
        )
    tariffs = []
    for row in conn.execute(
        "SELECT t.imposer, t.target, t.rate_pct, t.effective, t.kind, t.scope, t.status, "
        "s.effective, s.kind, s.scope, s.status, t.locked FROM tariff_sources s "
        "JOIN tariffs t ON t.id = s.tariff_id WHERE s.article_id = ? AND t.removed = 0 "
        "ORDER BY s.id",
        (article_id,),
    ):
        imposer, target, rate, *merged = row[:7]
        own, fixed = row[7:11], set(json.loads(row[11] or "[]"))
        values = {
            name: m if name in fixed else o
            for name, m, o in zip(
                ("effective", "kind", "scope", "status"), merged, own, strict=True
            )
        }
        tariffs.append(
            {
                "imposer": imposer,
                "target": target,
                "rate_pct": int(rate) if float(rate).is_integer() else rate,
                **values,
            }
        )
    return {
        "url": url or permalink,
        "published": published,
        "people": people,
        "contacts": contacts,
        "tariffs": tariffs,
        "_text": text,
        "_title": title,
    }


# -- when an article is taken back out (store.undo) ----------------------------------


def forget(conn: sqlite3.Connection, kind: str, fact_id: int) -> int:
    """Drop the corrections of a fact that no longer exists, and its match keys.

    Left behind they would point at an id SQLite may give the next new fact,
    which would then show up as corrected and pull in reports of the old
    one. Returns how many corrections were dropped.
    """
    conn.execute("DELETE FROM correction_keys WHERE fact_type = ? AND fact_id = ?", (kind, fact_id))
    return conn.execute(
        "DELETE FROM corrections WHERE fact_type = ? AND fact_id = ?", (kind, fact_id)
    ).rowcount


def before_roles_removed(conn: sqlite3.Connection, article_id: int) -> int:
    """Before an article's role reports go: move corrections stored against one of them to a
    report of the same role that stays (from another article), else drop them.

    A role correction covers every report of that role for that person, but
    is stored against one report's row. Returns how many corrections were dropped.
    """
    dropped = 0
    rows = conn.execute(
        "SELECT DISTINCT r.id FROM roles r WHERE r.article_id = ? AND ("
        "EXISTS (SELECT 1 FROM corrections c WHERE c.fact_type = 'role' AND c.fact_id = r.id) "
        "OR EXISTS (SELECT 1 FROM correction_keys k WHERE k.fact_type = 'role' "
        "AND k.fact_id = r.id))",
        (article_id,),
    ).fetchall()
    for (rid,) in rows:
        row = fact_row(conn, FactRef("role", rid))
        others = [
            i
            for i in _role_rows(conn, row)
            if i != rid
            and conn.execute("SELECT article_id FROM roles WHERE id = ?", (i,)).fetchone()[0]
            != article_id
        ]
        if not others:
            dropped += forget(conn, "role", rid)
            continue
        keep = max(others)  # the newest report, as the cards name a role
        conn.execute(
            "UPDATE corrections SET fact_id = ? WHERE fact_type = 'role' AND fact_id = ?",
            (keep, rid),
        )
        conn.execute(
            "UPDATE OR IGNORE correction_keys SET fact_id = ? WHERE fact_type = 'role' "
            "AND fact_id = ?",
            (keep, rid),
        )
        conn.execute("DELETE FROM correction_keys WHERE fact_type = 'role' AND fact_id = ?", (rid,))
    return dropped


def after_article_removed(conn: sqlite3.Connection, article_id: int) -> None:
    """Corrections made from a removed article now name an article that still reports the
    fact (or none), so the export finds them."""
    for cid, kind, fact_id in conn.execute(
        "SELECT id, fact_type, fact_id FROM corrections WHERE article_id = ?", (article_id,)
    ).fetchall():
        sources = source_articles(conn, FactRef(kind, fact_id))
        conn.execute(
            "UPDATE corrections SET article_id = ? WHERE id = ?",
            (sources[0] if sources else None, cid),
        )
