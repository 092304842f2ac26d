"""Undo: an article comes back out with the facts only it supported; shared facts stay."""

from __future__ import annotations

from store import Source

TABLES = (
    "articles",
    "people",
    "aliases",
    "roles",
    "contacts",
    "contact_participants",
    "contact_sources",
    "tariffs",
    "tariff_sources",
)


def snapshot(db, sql) -> dict:
    return {t: sql(db, f"SELECT * FROM {t} ORDER BY 1, 2") for t in TABLES}


def test_removing_the_only_article_leaves_an_empty_store(db, seed_article, sql):
    result = db.ingest(seed_article, Source(slack_channel="C1", slack_user="U1"))
    removal = db.remove_article(result.article_id)
    assert (removal.people_removed, removal.contacts_removed, removal.tariffs_removed) == (3, 1, 2)
    assert removal.facts_removed == 6
    assert removal.roles_removed == 3
    assert all(rows == [] for rows in snapshot(db, sql).values())
    assert db.search_articles("Rubio") == []  # the full-text index follows


def test_undo_after_another_article_restores_the_store_as_it_was(
    db, seed_article, make_article, sql
):
    db.ingest(seed_article)
    before = snapshot(db, sql)
    later = make_article(
        "Dar and Rubio spoke again; tariff reported again. (test text)",
        published="2025-04-10",
        people=[
            ("Ishaq Dar", "Deputy Prime Minister", "PK"),
            ("Marco Rubio", "Secretary of State", "US"),
            ("Jamieson Greer", "Trade Representative", "US"),
        ],
        contacts=[
            {
                "participants": ["Ishaq Dar", "Marco Rubio"],
                "date": "2025-04-07",
                "topics": ["visas"],
            },
            {"participants": ["Jamieson Greer", "Marco Rubio"], "date": "2025-04-10"},
        ],
        tariffs=[
            {
                "imposer": "US",
                "target": "PK",
                "rate": 29,
                "kind": "reciprocal",
                "scope": "all goods",
                "status": "in_force",
                "effective": "2025-04-09",
            }
        ],
    )
    result = db.ingest(later)
    assert sql(db, "SELECT role FROM people WHERE name = 'Ishaq Dar'") == [
        ("Deputy Prime Minister",)
    ]
    removal = db.remove_article(result.article_id)
    assert (removal.contacts_removed, removal.contacts_kept) == (1, 1)
    assert (removal.tariffs_removed, removal.tariffs_kept) == (0, 1)
    assert removal.people_removed == 1  # Greer: no role or contact left
    after = snapshot(db, sql)
    assert after.pop("aliases")[:6] == before.pop("aliases")[:6]  # the first article's aliases
    assert after == before  # topics, status, roles and dates as the first article left them


def test_removing_an_unknown_article_says_so(db):
    assert db.remove_article(99) is None


def test_source_of_gives_the_slack_message(db, seed_article):
    src = Source("T1", "C1", "1712.1", "U1", "https://x.slack.com/p1")
    article_id = db.ingest(seed_article, src).article_id
    assert db.source_of(article_id) == src
    assert db.source_of(99) is None
