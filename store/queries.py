"""The reads behind every card. Each one is a few indexed look-ups.

All functions take a sqlite3 connection and return records (store.records).
"""

from __future__ import annotations

import json
import sqlite3

from .records import (
    ArticleRef,
    ContactFact,
    Coverage,
    PersonRow,
    RoleSpan,
    SourceRef,
    TariffFact,
)

ARTICLE_COLS = "a.id, a.title, a.outlet, a.published, a.url, a.slack_permalink, a.file_path"


def _article(row) -> ArticleRef:
    return ArticleRef(*row[:7])


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
    conn: sqlite3.Connection, table: str, fact_col: str, fact_id: int, limit: int
) -> tuple[int, list[SourceRef]]:
    n = conn.execute(f"SELECT count(*) FROM {table} WHERE {fact_col} = ?", (fact_id,)).fetchone()[0]
    rows = conn.execute(
        f"SELECT {ARTICLE_COLS}, s.evidence_sentence, s.confidence FROM {table} s "
        f"JOIN articles a ON a.id = s.article_id WHERE s.{fact_col} = ? "
        "ORDER BY s.published DESC, s.article_id DESC LIMIT ?",
        (fact_id, limit),
    ).fetchall()
    return n, [SourceRef(_article(r), r[7], r[8]) for r in rows]


TARIFF_COLS = (
    "id, imposer, target, rate_pct, previous_pct, kind, scope, status, effective, announced, "
    "sort_date, confidence"
)


def tariffs_on(
    conn: sqlite3.Connection, country: str, blocs: tuple[str, ...] = ()
) -> list[TariffFact]:
    """Rates on the country (or a bloc it belongs to), then all-partner rates.

    Rates imposed by the country itself or by its blocs are left out: the EU's
    baseline does not apply to France.
    """
    own = (country, *blocs)
    marks = ",".join("?" * len(own))
    rows = conn.execute(
        f"SELECT {TARIFF_COLS} FROM tariffs WHERE target IN ({marks}) AND imposer NOT IN ({marks}) "
        f"UNION ALL SELECT {TARIFF_COLS} FROM tariffs WHERE target = '*' AND imposer NOT IN ({marks})",
        (*own, *own, *own),
    ).fetchall()
    return [TariffFact(*r) for r in rows]


def fill_tariff_sources(conn: sqlite3.Connection, facts: list[TariffFact], per_fact: int) -> None:
    for f in facts:
        f.n_sources, f.sources = _sources(conn, "tariff_sources", "tariff_id", f.id, per_fact)


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
    conn: sqlite3.Connection, person_id: int, limit: int, sources_per_fact: int
) -> tuple[list[ContactFact], int]:
    total = conn.execute(
        "SELECT count(*) FROM contact_participants WHERE person_id = ?", (person_id,)
    ).fetchone()[0]
    rows = conn.execute(
        "SELECT c.id, c.date, c.date_precision, c.mode, c.planned, c.topics, c.confidence, c.sort_date "
        "FROM contact_participants p JOIN contacts c ON c.id = p.contact_id "
        "WHERE p.person_id = ? ORDER BY p.sort_date DESC, c.id DESC LIMIT ?",
        (person_id, limit),
    ).fetchall()
    facts = []
    for cid, dt, precision, mode, planned, topics, confidence, sort_date in rows:
        others = conn.execute(
            f"SELECT {PERSON_COLS} FROM contact_participants cp JOIN people p ON p.id = cp.person_id "
            "WHERE cp.contact_id = ? AND cp.person_id != ? ORDER BY p.name",
            (cid, person_id),
        ).fetchall()
        fact = ContactFact(
            id=cid,
            date=dt,
            date_precision=precision,
            mode=mode,
            planned=bool(planned),
            topics=json.loads(topics or "[]"),
            confidence=confidence,
            sort_date=sort_date,
            others=[PersonRow(*r) for r in others],
        )
        fact.n_sources, fact.sources = _sources(
            conn, "contact_sources", "contact_id", cid, sources_per_fact
        )
        facts.append(fact)
    return facts, total


# The articles behind a person's cards: their contacts' sources and their roles.
PERSON_ARTICLES = (
    "SELECT s.article_id, s.published FROM contact_participants p "
    "JOIN contact_sources s ON s.contact_id = p.contact_id WHERE p.person_id = ?1 "
    "UNION ALL SELECT article_id, as_of FROM roles WHERE person_id = ?1"
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


def roles_of(conn: sqlite3.Connection, person_id: int) -> list[RoleSpan]:
    rows = conn.execute(
        "SELECT role, country, min(as_of), max(as_of), count(DISTINCT article_id) FROM roles "
        "WHERE person_id = ? GROUP BY lower(role), country ORDER BY max(as_of) DESC, min(id) DESC",
        (person_id,),
    ).fetchall()
    return [RoleSpan(*r) for r in rows]


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
        "SELECT target, count(*) FROM tariffs WHERE target != '*' GROUP BY target ORDER BY count(*) DESC, target"
    ).fetchall()
    return dict(rows)


def busiest_people(conn: sqlite3.Connection, limit: int) -> list[PersonRow]:
    rows = conn.execute(
        f"SELECT {PERSON_COLS} FROM people p JOIN ("
        "SELECT person_id, count(*) AS n FROM contact_participants GROUP BY person_id"
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
