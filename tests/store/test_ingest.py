"""Ingesting articles: one transaction each, repeats change nothing, sources kept."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import store
from store import Source


def test_seed_facts_are_stored_with_their_source(db, seed_article, sql):
    result = db.ingest(
        seed_article, Source(slack_channel="C1", slack_permalink="https://x.slack.com/p1")
    )
    assert result.status == "new"
    assert [o.label for o in result.people] == ["Ishaq Dar", "Marco Rubio", "Donald Trump"]
    assert result.facts_added == 3 + 1 + 2
    assert sql(db, "SELECT name, country, role FROM people ORDER BY id") == [
        ("Ishaq Dar", "PK", "Foreign Minister"),
        ("Marco Rubio", "US", "Secretary of State"),
        ("Donald Trump", "US", "President"),
    ]
    assert sql(
        db, "SELECT imposer, target, rate_pct, kind, status, effective FROM tariffs ORDER BY id"
    ) == [
        ("US", "PK", 29.0, "reciprocal", "announced", "2025-04-09"),
        ("US", "*", 10.0, "baseline", "in_force", "2025-04-05"),
    ]
    assert sql(
        db, "SELECT tariff_id, article_id, evidence_sentence FROM tariff_sources ORDER BY id"
    ) == [
        (1, 1, "A 29% tariff was announced."),
        (2, 1, "A 10% tariff was announced."),
    ]
    assert sql(db, "SELECT slack_channel, slack_permalink, published FROM articles") == [
        ("C1", "https://x.slack.com/p1", "2025-04-07")
    ]


def test_same_text_again_changes_nothing(db, seed_article, sql):
    first = db.ingest(seed_article)
    before = {
        t: sql(db, f"SELECT * FROM {t}")
        for t in ("articles", "people", "aliases", "contacts", "tariffs")
    }
    again = db.ingest(seed_article, Source(slack_channel="C2"))
    assert (again.status, again.article_id, again.facts_added) == ("already", first.article_id, 0)
    assert {t: sql(db, f"SELECT * FROM {t}") for t in before} == before


def test_an_article_and_its_facts_are_one_transaction(db, make_article, sql):
    # The second tariff has no rate, which the schema refuses: nothing at all may remain.
    bad = make_article(
        "Half-stored article.",
        people=[("Ishaq Dar", "Foreign Minister", "PK")],
        tariffs=[
            {"imposer": "US", "target": "PK", "rate": 29},
            {"imposer": "US", "target": "IN", "rate": None},
        ],
    )
    with pytest.raises(store.StoreError):
        db.ingest(bad)
    assert [
        sql(db, f"SELECT count(*) FROM {t}")[0][0]
        for t in ("articles", "people", "tariffs", "roles")
    ] == [
        0,
        0,
        0,
        0,
    ]


def test_contact_sources_keep_their_own_topics(db, make_article, sql):
    people = [("Ishaq Dar", "Foreign Minister", "PK"), ("Marco Rubio", "Secretary of State", "US")]
    call = {"participants": ["Ishaq Dar", "Marco Rubio"], "date": "2025-04-07"}
    db.ingest(
        make_article("First report.", people=people, contacts=[{**call, "topics": ["trade"]}])
    )
    db.ingest(
        make_article(
            "Second report.",
            published="2025-04-08",
            people=people,
            contacts=[{**call, "topics": ["Trade", "minerals"]}],
        )
    )
    assert sql(db, "SELECT topics FROM contacts") == [(json.dumps(["trade", "minerals"]),)]
    assert sql(db, "SELECT article_id, topics FROM contact_sources ORDER BY article_id") == [
        (1, '["trade"]'),
        (2, '["Trade", "minerals"]'),
    ]


def test_full_text_search_finds_articles(db, make_article):
    db.ingest(
        make_article("Rubio spoke about critical minerals in Islamabad.", title="Minerals call")
    )
    db.ingest(make_article("Steel tariffs rise again.", title="Steel"))
    assert [a.title for a in db.search_articles("minerals")] == ["Minerals call"]
    assert db.search_articles("nothing-like-this") == []


def test_database_is_readable_by_the_sqlite_utils_cli(db, seed_article, db_path):
    db.ingest(seed_article)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "sqlite_utils",
            "query",
            str(db_path),
            "select name from people order by id",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout) == [
        {"name": "Ishaq Dar"},
        {"name": "Marco Rubio"},
        {"name": "Donald Trump"},
    ]
