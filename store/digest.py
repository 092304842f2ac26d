"""The facts first recorded on some days: what a digest is made of.

A fact's *day* is the publication date of the first article that reported
it (``first_published``; for roles, the first report's ``as_of``). A fact
that Newsdesk learnt only later, from an older article pasted on a later
day, also belongs to the day it was first ingested (in the newsroom's time
zone), so that the next digest still shows it; an article with no date
counts on the day it was ingested. Later reports of a fact add sources to
it and never make it new again. Facts a person removed are left out.

``facts_between`` takes the days as ISO dates (inclusive) and the same days
as a UTC instant range, ``[start, end)``, for the ingestion times.

All functions take a sqlite3 connection.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .queries import (
    ARTICLE_COLS,
    CONTACT_COLS,
    TARIFF_COLS,
    _article,
    _sources,
    _tariff,
    contact_fact,
    participants,
)
from .records import ArticleRef, ContactFact, Coverage, FactRef, PersonRow, TariffFact


@dataclass
class RoleNews:
    """A role first reported in the period: who, the role, and what was reported before."""

    key: str  # "role:7": the group's first report, what a digest remembers it by
    person: PersonRow  # with this role and country
    first_as_of: str | None
    n_sources: int
    source: ArticleRef | None  # the first report
    earlier: PersonRow | None = None  # the person with the latest different role reported before
    role_id: int | None = None  # the newest report, for corrections

    @property
    def ref(self) -> FactRef | None:
        return FactRef("role", self.role_id) if self.role_id else None


@dataclass
class DigestFacts:
    tariffs: list[TariffFact] = field(default_factory=list)  # first source (oldest) filled in
    steps: dict[int, list[TariffFact]] = field(default_factory=dict)  # measure -> all its steps
    contacts: list[ContactFact] = field(default_factory=list)  # others: every participant
    roles: list[RoleNews] = field(default_factory=list)
    coverage: Coverage = field(default_factory=lambda: Coverage(0, None))

    @property
    def keys(self) -> list[str]:
        return (
            [f"tariff:{t.id}" for t in self.tariffs]
            + [f"contact:{c.id}" for c in self.contacts]
            + [r.key for r in self.roles]
        )

    def __len__(self) -> int:
        return len(self.tariffs) + len(self.contacts) + len(self.roles)


def _u(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


def _window(first: str, last: str, start: datetime, end: datetime) -> dict:
    # candidates by plain string comparison on the indexes, a day wider on each side (ingested_at
    # is written in UTC, but an offset in a hand-made one must not hide it); exact test in julianday
    return {
        "d0": first,
        "d1": last,
        "u0": _u(start),
        "u1": _u(end),
        "w0": _u(start - timedelta(days=1)),
        "w1": _u(end + timedelta(days=1)),
    }


# a fact is in the period: first reported in it, or first learnt in it from an older (or undated) article
IN_PERIOD = """
    ({t}.first_published BETWEEN :d0 AND :d1
     OR (({t}.first_published IS NULL OR {t}.first_published < :d0)
         AND (SELECT min(julianday(a.ingested_at)) FROM {src} s JOIN articles a ON a.id = s.article_id
              WHERE s.{col} = {t}.id) >= julianday(:u0)
         AND (SELECT min(julianday(a.ingested_at)) FROM {src} s JOIN articles a ON a.id = s.article_id
              WHERE s.{col} = {t}.id) < julianday(:u1)))
"""


def _candidates(table: str, src: str, col: str) -> str:
    return (
        f"SELECT id FROM {table} WHERE first_published BETWEEN :d0 AND :d1 "
        f"UNION SELECT s.{col} FROM articles a JOIN {src} s ON s.article_id = a.id "
        "WHERE a.ingested_at >= :w0 AND a.ingested_at < :w1"
    )


def facts_between(
    conn: sqlite3.Connection,
    first: str,
    last: str,
    start: datetime,
    end: datetime,
    exclude: frozenset[str] | set[str] = frozenset(),
) -> DigestFacts:
    """Tariffs, contacts and roles first recorded from day ``first`` to day ``last``.

    ``start`` and ``end`` are the same days as UTC instants; facts whose key
    is in ``exclude`` ("tariff:12", "contact:3", "role:7") are left out.
    """
    p = _window(first, last, start, end)
    out = DigestFacts()

    where = IN_PERIOD.format(t="t", src="tariff_sources", col="tariff_id")
    rows = conn.execute(
        f"SELECT {', '.join('t.' + c.strip() for c in TARIFF_COLS.split(','))} FROM tariffs t "
        f"WHERE t.id IN ({_candidates('tariffs', 'tariff_sources', 'tariff_id')}) "
        f"AND t.removed = 0 AND {where} ORDER BY t.sort_date, t.id",
        p,
    ).fetchall()
    _add_tariffs(conn, out, [r for r in rows if f"tariff:{r[0]}" not in exclude])

    where = IN_PERIOD.format(t="c", src="contact_sources", col="contact_id")
    rows = conn.execute(
        f"SELECT {CONTACT_COLS} FROM contacts c "
        f"WHERE c.id IN ({_candidates('contacts', 'contact_sources', 'contact_id')}) "
        f"AND c.removed = 0 AND {where} ORDER BY c.sort_date, c.id",
        p,
    ).fetchall()
    out.contacts = [_contact(conn, r) for r in rows if f"contact:{r[0]}" not in exclude]

    out.roles = [r for r in _roles(conn, p) if r.key not in exclude]
    out.coverage = _coverage(conn, out, p)
    return out


def _add_tariffs(conn: sqlite3.Connection, out: DigestFacts, rows: list) -> None:
    """The tariffs of these rows with their first source, and every step of their measures."""
    out.tariffs = [_tariff(conn, r) for r in rows]
    for t in out.tariffs:
        t.n_sources, t.sources = _sources(conn, "tariff_sources", "tariff_id", t.id, 1, True)
    measures = sorted({t.measure_id or t.id for t in out.tariffs})
    if measures:
        marks = ",".join("?" * len(measures))
        for r in conn.execute(
            f"SELECT {TARIFF_COLS} FROM tariffs WHERE removed = 0 AND "
            f"coalesce(measure_id, id) IN ({marks}) ORDER BY sort_date, id",
            measures,
        ):
            t = _tariff(conn, r)
            out.steps.setdefault(t.measure_id or t.id, []).append(t)


def fact(conn: sqlite3.Connection, key: str) -> DigestFacts:
    """One tariff or contact by key ("tariff:12", "contact:3"), as a digest shows it: empty if
    there is no such fact or a person removed it."""
    out = DigestFacts()
    kind, _, num = key.partition(":")
    if not num.isdigit():
        return out
    if kind == "tariff":
        rows = conn.execute(
            f"SELECT {TARIFF_COLS} FROM tariffs WHERE id = ? AND removed = 0", (int(num),)
        ).fetchall()
        _add_tariffs(conn, out, rows)
    elif kind == "contact":
        rows = conn.execute(
            f"SELECT {CONTACT_COLS} FROM contacts c WHERE c.id = ? AND c.removed = 0", (int(num),)
        ).fetchall()
        out.contacts = [_contact(conn, r) for r in rows]
    return out


def _contact(conn: sqlite3.Connection, row) -> ContactFact:
    fact = contact_fact(conn, row)
    fact.n_sources, fact.sources = _sources(conn, "contact_sources", "contact_id", fact.id, 1, True)
    fact.others = participants(conn, fact, [s.article.id for s in fact.sources])
    return fact


ROLE_GROUPS = """
    SELECT r.person_id, min(r.id), max(r.id), min(r.as_of), count(DISTINCT r.article_id)
    FROM roles r JOIN articles a ON a.id = r.article_id
    WHERE r.removed = 0 AND r.person_id IN (
        SELECT person_id FROM roles WHERE as_of BETWEEN :d0 AND :d1
        UNION SELECT r2.person_id FROM articles a2 JOIN roles r2 ON r2.article_id = a2.id
        WHERE a2.ingested_at >= :w0 AND a2.ingested_at < :w1)
    GROUP BY r.person_id, lower(r.role), coalesce(r.country, '')
    HAVING min(r.as_of) BETWEEN :d0 AND :d1
        OR ((min(r.as_of) IS NULL OR min(r.as_of) < :d0)
            AND min(julianday(a.ingested_at)) >= julianday(:u0)
            AND min(julianday(a.ingested_at)) < julianday(:u1))
    ORDER BY min(r.as_of), min(r.id)
"""


def _roles(conn: sqlite3.Connection, p: dict) -> list[RoleNews]:
    out = []
    for pid, first_id, last_id, first_as_of, n in conn.execute(ROLE_GROUPS, p).fetchall():
        role, country, article_id = conn.execute(
            "SELECT role, country, article_id FROM roles WHERE id = ?", (first_id,)
        ).fetchone()
        name = conn.execute("SELECT name FROM people WHERE id = ?", (pid,)).fetchone()[0]
        earlier = None
        if first_as_of:
            prev = conn.execute(
                "SELECT role, country, as_of FROM roles WHERE person_id = ? AND removed = 0 "
                "AND lower(role) != lower(?) AND as_of < ? ORDER BY as_of DESC, id DESC LIMIT 1",
                (pid, role, first_as_of),
            ).fetchone()
            if prev:
                earlier = PersonRow(pid, name, prev[1], prev[0], prev[2])
        src = conn.execute(
            f"SELECT {ARTICLE_COLS} FROM articles a WHERE a.id = ?", (article_id,)
        ).fetchone()
        out.append(
            RoleNews(
                key=f"role:{first_id}",
                person=PersonRow(pid, name, country, role, first_as_of),
                first_as_of=first_as_of,
                n_sources=n,
                source=_article(src) if src else None,
                earlier=earlier,
                role_id=last_id,
            )
        )
    return out


def _coverage(conn: sqlite3.Connection, facts: DigestFacts, p: dict) -> Coverage:
    """The articles of the period (published, or ingested, in it) that reported the facts in a
    digest, and the newest one's date."""
    parts, params = [], []
    for table, col, ids in (
        ("tariff_sources", "tariff_id", [t.id for t in facts.tariffs]),
        ("contact_sources", "contact_id", [c.id for c in facts.contacts]),
    ):
        if ids:
            parts.append(
                f"SELECT article_id FROM {table} WHERE {col} IN ({','.join('?' * len(ids))})"
            )
            params += ids
    for r in facts.roles:
        parts.append(
            "SELECT article_id FROM roles WHERE removed = 0 AND person_id = ? AND lower(role) = "
            "lower(?) AND coalesce(country, '') = coalesce(?, '')"
        )
        params += [r.person.id, r.person.role, r.person.country]
    if not parts:
        return Coverage(0, None)
    n, latest = conn.execute(
        "SELECT count(*), max(a.published) FROM articles a WHERE a.id IN ("
        + " UNION ".join(parts)
        + ") AND (a.published BETWEEN ? AND ? OR (julianday(a.ingested_at) >= julianday(?) "
        "AND julianday(a.ingested_at) < julianday(?)))",
        [*params, p["d0"], p["d1"], p["u0"], p["u1"]],
    ).fetchone()
    return Coverage(n, latest)
