"""Watches: alerts queued with the facts, once per channel and fact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

NOW = datetime(2025, 4, 7, 12, 0, tzinfo=UTC)
STALE = timedelta(minutes=5)


def queued(db) -> list[tuple[str, str, str]]:
    return [(p.channel, p.fact, p.state) for p in db.posts("watch")]


def test_a_watched_country_gets_its_new_tariff_and_contact(db, seed_article):
    db.add_watch("C0TRADE", "country", "PK", "Pakistan", user="U0ALICE", now=NOW)
    result = db.ingest(seed_article)
    assert result.watch_alerts == 2
    # the 29% on Pakistan and the Dar-Rubio call; not the 10% on all partners
    assert queued(db) == [
        ("C0TRADE", "tariff:1", "pending"),
        ("C0TRADE", "contact:1", "pending"),
    ]


def test_the_same_article_again_or_a_later_report_queues_nothing(db, seed_article, make_article):
    db.add_watch("C0TRADE", "country", "PK", "Pakistan", now=NOW)
    db.ingest(seed_article)
    assert db.ingest(seed_article).watch_alerts == 0  # the same text: already known
    again = make_article(
        "A later wire report of the same 29% and the same call.",
        people=[("Ishaq Dar", "Foreign Minister", "PK"), ("Marco Rubio", None, "US")],
        contacts=[{"participants": ["Ishaq Dar", "Marco Rubio"], "date": "2025-04-07"}],
        tariffs=[
            {"imposer": "US", "target": "PK", "rate": 29, "scope": "all goods"},
        ],
    )
    result = db.ingest(again)
    assert not result.already and result.facts_confirmed == 2  # a source added to each
    assert result.watch_alerts == 0
    assert len(queued(db)) == 2


def test_a_watched_person_gets_new_contacts_only(db, seed_article, make_article):
    db.ingest(make_article("Rubio sworn in.", people=[("Marco Rubio", "Secretary of State", "US")]))
    rubio = db.people_by_key("marco rubio")[0]
    db.add_watch("C0DESK", "person", str(rubio.id), "Marco Rubio", now=NOW)
    assert db.ingest(seed_article).watch_alerts == 1
    assert queued(db) == [("C0DESK", "contact:1", "pending")]  # the call, not the tariffs


def test_several_channels_and_several_watches_in_one_channel(db, seed_article, make_article):
    db.add_watch("C0TRADE", "country", "PK", "Pakistan", now=NOW)
    db.add_watch("C0TRADE", "country", "US", "United States", now=NOW)
    db.add_watch("C0DC", "country", "US", "United States", now=NOW)
    db.ingest(seed_article)
    # one alert per channel and fact, however many of the channel's watches it matches
    assert sorted(queued(db)) == sorted(
        [
            ("C0TRADE", "tariff:1", "pending"),
            ("C0TRADE", "tariff:2", "pending"),
            ("C0TRADE", "contact:1", "pending"),
            ("C0DC", "tariff:1", "pending"),
            ("C0DC", "tariff:2", "pending"),  # the US rate on all partners is the US's
            ("C0DC", "contact:1", "pending"),
        ]
    )


def test_watches_are_listed_added_once_and_removed(db):
    w, new = db.add_watch("C0TRADE", "country", "PK", "Pakistan", user="U0ALICE", now=NOW)
    assert new and (w.channel, w.kind, w.subject, w.label) == (
        "C0TRADE",
        "country",
        "PK",
        "Pakistan",
    )
    again, new = db.add_watch("C0TRADE", "country", "PK", "Pakistan", now=NOW)
    assert not new and again.id == w.id
    assert [x.label for x in db.watches("C0TRADE")] == ["Pakistan"]
    assert db.watches("C0OTHER") == []
    assert db.remove_watch(w.id) and db.watches("C0TRADE") == []


def test_queued_alerts_are_claimed_once(db_path, seed_article):
    import store

    with store.open(db_path) as a, store.open(db_path) as b:
        a.add_watch("C0TRADE", "country", "PK", "Pakistan", now=NOW)
        a.ingest(seed_article)
        got = a.claim_watch_posts(now=NOW, stale_after=STALE)
        assert [c.fact for c in got] == ["tariff:1", "contact:1"]
        assert b.claim_watch_posts(now=NOW, stale_after=STALE) == []  # the other process
        a.finish_post(got[0], "posted", now=NOW, message_ts="1.1")
        # the second was never finished (a crash): after five minutes it may be taken over
        assert b.claim_watch_posts(now=NOW + timedelta(minutes=4), stale_after=STALE) == []
        (late,) = b.claim_watch_posts(now=NOW + timedelta(minutes=6), stale_after=STALE)
        assert late.fact == "contact:1" and late.recovering
