"""Slack users' display names, kept so cards name a corrector without a mention."""

from __future__ import annotations

from datetime import UTC, datetime

NOW = datetime(2025, 5, 2, 9, 30, tzinfo=UTC)


def test_an_unknown_user_has_no_name(db):
    assert db.user_name("U0ALICE") is None
    assert db.user_name(None) is None


def test_a_name_is_kept_and_replaced(db, sql):
    assert db.remember_user("U0ALICE", "  Alice \n Khan ", now=NOW) == "Alice Khan"
    assert db.user_name("U0ALICE") == "Alice Khan"
    assert db.remember_user("U0ALICE", "Alice K.", now=NOW) == "Alice K."
    assert sql(db, "SELECT * FROM slack_users") == [
        ("U0ALICE", "Alice K.", "2025-05-02T09:30:00+00:00")
    ]


def test_an_empty_name_is_not_kept(db):
    assert db.remember_user("U0ALICE", "   ") is None
    assert db.user_name("U0ALICE") is None


def test_corrections_carry_the_correctors_name(db, seed_article):
    db.ingest(seed_article)
    db.correct("tariff:1", "U0ALICE", fields={"rate_pct": 26.0}, now=NOW)
    assert db.corrections("tariff:1")[0].user_name is None
    db.remember_user("U0ALICE", "Alice Khan")
    assert [c.user_name for c in db.corrections()] == ["Alice Khan"]
    (fact,) = [t for t in db.tariffs_on("PK") if t.id == 1]
    assert fact.corrected.user_name == "Alice Khan"
