"""The reads behind every card. Each one is a few indexed look-ups.

All functions take a sqlite3 connection and return records (store.records).
"""

from __future__ import annotations

import json
import sqlite3

from .corrections import correction
from .records import (
    ArticleRef,
    ContactFact,
    ContactReport,
    Coverage,
    PersonRow,
    RoleSpan,
    SourceRef,
    TariffFact,
)

ARTICLE_COLS = (
    "a.id, a.title, a.outlet, a.published, a.url, a.slack_permalink, a.file_path, a.dateline"
)
N_ARTICLE = 8


def _article(row) -> ArticleRef:
    return ArticleRef(*row[:N_ARTICLE])


def article(conn: sqlite3.Connection, article_id: int) -> ArticleRef | None:
    row = conn.execute(
        f"SELECT {ARTICLE_COLS} FROM articles a WHERE a.id = ?", (article_id,)
    ).fetchone()
    return _article(row) if row else None


def article_by_hash(conn: sqlite3.Connection, text_hash: str) -> ArticleRef | None:
    row = conn.execute(
        f"SELECT {ARTICLE_COLS} FROM articles a WHERE a.text_hash = ?", (text_hash,)
    ).fetchone()
    return _article(row) if row else None


def _sources(
    conn: sqlite3.Connection,
    table: str,
    fact_col: str,
    fact_id: int,
    limit: int,
    oldest: bool = False,
) -> tuple[int, list[SourceRef]]:
    n = conn.execute(f"SELECT count(*) FROM {table} WHERE {fact_col} = ?", (fact_id,)).fetchone()[0]
    order = "ASC" if oldest else "DESC"
    rows = conn.execute(
        f"SELECT {ARTICLE_COLS}, s.evidence_sentence, s.confidence, s.confidence_reason "
        f"FROM {table} s JOIN articles a ON a.id = s.article_id WHERE s.{fact_col} = ? "
        f"ORDER BY s.published {order}, s.article_id {order} LIMIT ?",
        (fact_id, limit),
    ).fetchall()
    return n, [SourceRef(_article(r), *r[N_ARTICLE : N_ARTICLE + 3]) for r in rows]


TARIFF_COLS = (
    "id, imposer, target, rate_pct, previous_pct, kind, scope, status, effective, announced, "
    "sort_date, confidence, confidence_reason, measure_id, correction_id, first_published"
)


def _tariff(conn: sqlite3.Connection, row) -> TariffFact:
    fact = TariffFact(*row[:14], first_published=row[15])
    fact.corrected = correction(conn, row[14])
    return fact


def tariffs_on(
    conn: sqlite3.Connection, country: str, blocs: tuple[str, ...] = ()
) -> list[TariffFact]:
    """Rates on the country (or a bloc it belongs to), then all-partner rates.

    Rates imposed by the country itself or by its blocs are left out: the EU's
    baseline does not apply to France. Facts a person removed are left out.
    """
    own = (country, *blocs)
    marks = ",".join("?" * len(own))
    rows = conn.execute(
        f"SELECT {TARIFF_COLS} FROM tariffs WHERE target IN ({marks}) AND imposer NOT IN ({marks}) "
        "AND removed = 0 "
        f"UNION ALL SELECT {TARIFF_COLS} FROM tariffs WHERE target = '*' AND imposer NOT IN ({marks}) "
        "AND removed = 0",
        (*own, *own, *own),
    ).fetchall()
    return [_tariff(conn, r) for r in rows]


def fill_tariff_sources(
    conn: sqlite3.Connection, facts: list[TariffFact], per_fact: int, oldest: bool = False
) -> None:
    for f in facts:
        f.n_sources, f.sources = _sources(
            conn, "tariff_sources", "tariff_id", f.id, per_fact, oldest
        )


def tariff_coverage(conn: sqlite3.Connection, tariff_ids: list[int]) -> Coverage:
    if not tariff_ids:
        return Coverage(0, None)
    marks = ",".join("?" * len(tariff_ids))
    # the unique (tariff_id, article_id) index covers the count; last_published saves a scan
    n = conn.execute(
        f"SELECT count(DISTINCT article_id) FROM tariff_sources WHERE tariff_id IN ({marks})",
        tariff_ids,
    ).fetchone()[0]
    latest = conn.execute(
        f"SELECT max(last_published) FROM tariffs WHERE id IN ({marks})", tariff_ids
    ).fetchone()[0]
    return Coverage(n, latest)


PERSON_COLS = "p.id, p.name, p.country, p.role, p.role_as_of"


def person(conn: sqlite3.Connection, person_id: int) -> PersonRow | None:
    row = conn.execute(
        f"SELECT {PERSON_COLS} FROM people p WHERE p.id = ?", (person_id,)
    ).fetchone()
    return PersonRow(*row) if row else None


def people_by_key(conn: sqlite3.Connection, key: str) -> list[PersonRow]:
    rows = conn.execute(
        f"SELECT {PERSON_COLS} FROM people p WHERE p.id IN ("
        "SELECT id FROM people WHERE name_key = ?1 UNION SELECT person_id FROM aliases WHERE alias_key = ?1"
        ") ORDER BY p.id",
        (key,),
    ).fetchall()
    return [PersonRow(*r) for r in rows]


def contacts_of(
    conn: sqlite3.Connection,
    person_id: int,
    limit: int,
    sources_per_fact: int,
    since: str | None = None,
    until: str | None = None,
    with_ids: tuple[int, ...] = (),
    reports_per_fact: int = 6,
) -> tuple[list[ContactFact], int]:
    """A person's contacts, newest first, and how many match in all.

    ``since`` and ``until`` (ISO dates, inclusive) filter on the contact's date
    (or, undated, its first report); ``with_ids`` keeps contacts with any of
    those people. Each contact names the other people with the role they held
    at the time (``role_at``), and each source's own topics (``reports``).
    """
    where = ["p.person_id = ?", "c.removed = 0"]
    params: list = [person_id]
    if since:
        where.append("p.sort_date >= ?")
        params.append(since)
    if until:
        where.append("p.sort_date <= ?")
        params.append(until)
    if with_ids:
        marks = ",".join("?" * len(with_ids))
        where.append(
            "EXISTS (SELECT 1 FROM contact_participants o WHERE o.contact_id = p.contact_id "
            f"AND o.person_id IN ({marks}))"
        )
        params += list(with_ids)
    sql = (
        "FROM contact_participants p JOIN contacts c ON c.id = p.contact_id WHERE "
        + " AND ".join(where)
    )
    total = conn.execute(f"SELECT count(*) {sql}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT {CONTACT_COLS} {sql} ORDER BY p.sort_date DESC, c.id DESC LIMIT ?",
        (*params, limit),
    ).fetchall()
    facts = []
    for row in rows:
        fact = contact_fact(conn, row)
        cid = fact.id
        fact.n_sources, fact.sources = _sources(
            conn, "contact_sources", "contact_id", cid, sources_per_fact
        )
        fact.reports = _reports(conn, cid, reports_per_fact) if fact.n_sources > 1 else []
        articles = [r.article.id for r in fact.reports] or [s.article.id for s in fact.sources]
        for person in participants(conn, fact, articles):
            if person.id == person_id:
                fact.subject = person
            else:
                fact.others.append(person)
        facts.append(fact)
    return facts, total


CONTACT_COLS = (
    "c.id, c.date, c.date_precision, c.mode, c.planned, c.topics, c.confidence, "
    "c.sort_date, c.confidence_reason, c.correction_id"
)


def contact_fact(conn: sqlite3.Connection, row) -> ContactFact:
    """A contact from a row of CONTACT_COLS, without its sources or people."""
    cid, dt, precision, mode, planned, topics, confidence, sort_date, why, fixed = row
    return ContactFact(
        id=cid,
        date=dt,
        date_precision=precision,
        mode=mode,
        planned=bool(planned),
        topics=json.loads(topics or "[]"),
        confidence=confidence,
        sort_date=sort_date,
        confidence_reason=why,
        corrected=correction(conn, fixed),
    )


def participants(
    conn: sqlite3.Connection, fact: ContactFact, articles: list[int]
) -> list[PersonRow]:
    """The contact's people by name, each with the role they held at the time."""
    rows = conn.execute(
        f"SELECT {PERSON_COLS} FROM contact_participants cp JOIN people p ON p.id = cp.person_id "
        "WHERE cp.contact_id = ? ORDER BY p.name",
        (fact.id,),
    ).fetchall()
    day = fact.date or fact.sort_date
    return [role_at(conn, PersonRow(*r), day, articles) for r in rows]


def _reports(conn: sqlite3.Connection, contact_id: int, limit: int) -> list[ContactReport]:
    rows = conn.execute(
        f"SELECT {ARTICLE_COLS}, s.topics FROM contact_sources s JOIN articles a "
        "ON a.id = s.article_id WHERE s.contact_id = ? ORDER BY s.published, s.article_id LIMIT ?",
        (contact_id, limit),
    ).fetchall()
    return [ContactReport(_article(r), json.loads(r[N_ARTICLE] or "[]")) for r in rows]


def role_at(
    conn: sqlite3.Connection, person: PersonRow, day: str | None, articles: list[int]
) -> PersonRow:
    """The person with the role they held on ``day``, as the reports tell it.

    The role given by an article that reported the contact comes first (it
    speaks of that time); then the newest role reported on or before the day;
    then the earliest one after it; then the person's latest role.
    """
    found = None
    if articles:
        marks = ",".join("?" * len(articles))
        found = conn.execute(
            "SELECT role, country, as_of FROM roles WHERE person_id = ? AND removed = 0 "
            f"AND article_id IN ({marks}) ORDER BY as_of DESC, id DESC LIMIT 1",
            (person.id, *articles),
        ).fetchone()
    if found is None and day:
        found = (
            conn.execute(
                "SELECT role, country, as_of FROM roles WHERE person_id = ? AND removed = 0 "
                "AND as_of <= ? ORDER BY as_of DESC, id DESC LIMIT 1",
                (person.id, day),
            ).fetchone()
            or conn.execute(
                "SELECT role, country, as_of FROM roles WHERE person_id = ? AND removed = 0 "
                "AND as_of > ? ORDER BY as_of, id LIMIT 1",
                (person.id, day),
            ).fetchone()
        )
    if found is None:
        return person
    role, country, as_of = found
    return PersonRow(person.id, person.name, country or person.country, role, as_of)


# The articles behind a person's cards: their contacts' sources and their roles.
PERSON_ARTICLES = (
    "SELECT s.article_id, s.published FROM contact_participants p "
    "JOIN contacts c ON c.id = p.contact_id AND c.removed = 0 "
    "JOIN contact_sources s ON s.contact_id = p.contact_id WHERE p.person_id = ?1 "
    "UNION ALL SELECT article_id, as_of FROM roles WHERE person_id = ?1 AND removed = 0"
)


def person_coverage(conn: sqlite3.Connection, person_id: int) -> Coverage:
    n, latest = conn.execute(
        f"SELECT count(DISTINCT article_id), max(published) FROM ({PERSON_ARTICLES})", (person_id,)
    ).fetchone()
    return Coverage(n, latest)


def latest_article_of(conn: sqlite3.Connection, person_id: int) -> ArticleRef | None:
    row = conn.execute(
        f"SELECT {ARTICLE_COLS} FROM ({PERSON_ARTICLES}) x JOIN articles a ON a.id = x.article_id "
        "ORDER BY a.published DESC, a.id DESC LIMIT 1",
        (person_id,),
    ).fetchone()
    return _article(row) if row else None


CONFIDENCE_ORDER = "CASE confidence WHEN 'high' THEN 2 WHEN 'medium' THEN 1 WHEN 'low' THEN 0 END"


def roles_of(conn: sqlite3.Connection, person_id: int) -> list[RoleSpan]:
    """A person's roles, newest first: each with its first and last report and best confidence."""
    rows = conn.execute(
        "SELECT role, country, min(as_of), max(as_of), count(DISTINCT article_id), "
        f"max({CONFIDENCE_ORDER}), max(correction_id), max(id) FROM roles "
        "WHERE person_id = ? AND removed = 0 GROUP BY lower(role), country "
        "ORDER BY max(as_of) DESC, min(id) DESC",
        (person_id,),
    ).fetchall()
    spans = []
    for role, country, first, last, n, rank, fixed, rid in rows:
        level = {2: "high", 1: "medium", 0: "low"}.get(rank)
        why = conn.execute(
            "SELECT confidence_reason FROM roles WHERE person_id = ? AND lower(role) = lower(?) "
            "AND removed = 0 AND confidence IS ? ORDER BY id DESC LIMIT 1",
            (person_id, role, level),
        ).fetchone()
        spans.append(
            RoleSpan(
                role,
                country,
                first,
                last,
                n,
                confidence=level,
                confidence_reason=why[0] if why else None,
                corrected=correction(conn, fixed),
                role_id=rid,
            )
        )
    return spans


def aliases_of(conn: sqlite3.Connection, person_id: int) -> list[str]:
    rows = conn.execute(
        "SELECT alias FROM aliases WHERE person_id = ? ORDER BY length(alias) DESC, alias",
        (person_id,),
    ).fetchall()
    seen, out = set(), []
    for (alias,) in rows:
        if alias.lower() not in seen:
            seen.add(alias.lower())
            out.append(alias)
    return out


def totals(conn: sqlite3.Connection) -> Coverage:
    n, latest = conn.execute("SELECT count(*), max(published) FROM articles").fetchone()
    return Coverage(n, latest)


def countries_with_tariffs(conn: sqlite3.Connection) -> dict[str, int]:
    rows = conn.execute(
        "SELECT target, count(*) FROM tariffs WHERE target != '*' AND removed = 0 "
        "GROUP BY target ORDER BY count(*) DESC, target"
    ).fetchall()
    return dict(rows)


def busiest_people(conn: sqlite3.Connection, limit: int) -> list[PersonRow]:
    rows = conn.execute(
        f"SELECT {PERSON_COLS} FROM people p JOIN ("
        "SELECT cp.person_id, count(*) AS n FROM contact_participants cp "
        "JOIN contacts c ON c.id = cp.contact_id AND c.removed = 0 GROUP BY cp.person_id"
        ") c ON c.person_id = p.id ORDER BY c.n DESC, p.name LIMIT ?",
        (limit,),
    ).fetchall()
    return [PersonRow(*r) for r in rows]


def search_articles(conn: sqlite3.Connection, text: str, limit: int) -> list[ArticleRef]:
    words = [w for w in text.replace('"', " ").split() if w]
    if not words:
        return []
    match = " ".join(f'"{w}"' for w in words)
    rows = conn.execute(
        f"SELECT {ARTICLE_COLS} FROM articles_fts f JOIN articles a ON a.id = f.rowid "
        "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
        (match, limit),
    ).fetchall()
    return [_article(r) for r in rows]


def name_index(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    rows = conn.execute(
        "SELECT name_key, id FROM people UNION SELECT alias_key, person_id FROM aliases"
    ).fetchall()
    return [(k, i) for k, i in rows]
