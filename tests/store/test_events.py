"""Handled Slack deliveries: the first claims the id, repeats are counted and dropped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

NOW = datetime(2025, 4, 7, 12, 0, tzinfo=UTC)


def test_first_delivery_claims_and_repeats_are_counted(db, sql):
    assert db.claim_event("event:Ev1", kind="message", now=NOW) is True
    assert (
        db.claim_event("event:Ev1", kind="message", retry_reason="http_timeout", now=NOW) is False
    )
    assert db.claim_event("event:Ev1", now=NOW) is False
    assert db.claim_event("event:Ev2", now=NOW) is True
    assert sql(db, "SELECT id, kind, retries, last_retry_reason FROM slack_events ORDER BY id") == [
        ("event:Ev1", "message", 2, "http_timeout"),
        ("event:Ev2", None, 0, None),
    ]


def test_claims_survive_reopening_the_database(db_path):
    import store

    with store.open(db_path) as s:
        assert s.claim_event("event:Ev1", now=NOW)
    with store.open(db_path) as s:
        assert not s.claim_event("event:Ev1", now=NOW)


def test_old_claims_are_pruned(db, sql):
    db.claim_event("event:old", now=NOW - timedelta(days=30))
    db.claim_event("event:new", now=NOW)
    assert sql(db, "SELECT id FROM slack_events") == [("event:new",)]


def test_stats_counts_what_the_store_holds(db, seed_article):
    assert db.stats().articles == 0
    db.ingest(seed_article, now=NOW)
    s = db.stats()
    assert (s.articles, s.people, s.contacts, s.tariffs) == (1, 3, 1, 2)
    assert (s.latest, s.last_ingested) == ("2025-04-07", "2025-04-07T12:00:00+00:00")
