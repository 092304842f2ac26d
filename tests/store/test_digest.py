"""The facts first recorded on some days: by first report, by late arrival, and not again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from store.records import Coverage


def day_range(first: str, last: str | None = None):
    """UTC days: [first 00:00, last+1 00:00)."""
    start = datetime.fromisoformat(first).replace(tzinfo=UTC)
    end = datetime.fromisoformat(last or first).replace(tzinfo=UTC) + timedelta(days=1)
    return first, last or first, start, end


def at(day: str, hour: int = 12) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def test_a_day_holds_the_facts_first_reported_that_day(db, seed_article, make_article):
    db.ingest(seed_article, now=at("2025-04-07"))
    facts = db.digest_facts(*day_range("2025-04-07"))
    assert facts.keys == ["tariff:2", "tariff:1", "contact:1", "role:1", "role:2", "role:3"]
    assert facts.tariffs[0].sources[0].article.title == "Dar holds first call with Rubio"
    assert facts.coverage == Coverage(1, "2025-04-07")
    assert len(db.digest_facts(*day_range("2025-04-06"))) == 0
    assert len(db.digest_facts(*day_range("2025-04-08"))) == 0


def test_a_later_report_adds_a_source_and_makes_nothing_new(db, seed_article, make_article):
    db.ingest(seed_article, now=at("2025-04-07"))
    db.ingest(
        make_article(
            "The readout, a day later.",
            published="2025-04-08",
            people=[("Ishaq Dar", "Foreign Minister", "PK"), ("Marco Rubio", None, "US")],
            contacts=[{"participants": ["Ishaq Dar", "Marco Rubio"], "date": "2025-04-07"}],
        ),
        now=at("2025-04-08"),
    )
    assert db.digest_facts(*day_range("2025-04-08")).keys == []
    (contact,) = db.digest_facts(*day_range("2025-04-07")).contacts
    assert contact.n_sources == 2
    assert contact.sources[0].article.published == "2025-04-07"  # the first report is cited


def test_an_older_article_pasted_later_counts_on_both_days(db, make_article):
    old = make_article(
        "A week-old report, pasted today.",
        published="2025-04-01",
        tariffs=[{"imposer": "CN", "target": "US", "rate": 34, "effective": "2025-04-10"}],
    )
    db.ingest(old, now=at("2025-04-07", 9))
    assert db.digest_facts(*day_range("2025-04-01")).keys == ["tariff:1"]
    assert db.digest_facts(*day_range("2025-04-07")).keys == ["tariff:1"]  # learnt that day
    assert db.digest_facts(*day_range("2025-04-06")).keys == []
    assert db.digest_facts(*day_range("2025-04-02", "2025-04-08")).keys == ["tariff:1"]


def test_an_undated_article_counts_on_the_day_it_was_ingested(db, make_article):
    undated = make_article(
        "No dateline, no date.",
        published=None,
        people=[("Ishaq Dar", "Foreign Minister", "PK"), ("Marco Rubio", None, "US")],
        contacts=[{"participants": ["Ishaq Dar", "Marco Rubio"]}],
    )
    db.ingest(undated, now=at("2025-04-07", 23))
    assert db.digest_facts(*day_range("2025-04-07")).keys == ["contact:1", "role:1"]
    assert db.digest_facts(*day_range("2025-04-08")).keys == []


def test_the_ingest_day_is_the_newsroom_s_local_day(db, make_article):
    # ingested at 20:30 UTC on 7 April: already 8 April in Karachi (UTC+5)
    old = make_article(
        "An old report.",
        published="2025-03-01",
        tariffs=[{"imposer": "US", "target": "PK", "rate": 29}],
    )
    db.ingest(old, now=datetime(2025, 4, 7, 20, 30, tzinfo=UTC))
    karachi_8th = (datetime(2025, 4, 7, 19, tzinfo=UTC), datetime(2025, 4, 8, 19, tzinfo=UTC))
    assert db.digest_facts("2025-04-08", "2025-04-08", *karachi_8th).keys == ["tariff:1"]
    assert db.digest_facts(*day_range("2025-04-08")).keys == []  # in UTC it was still the 7th


def test_removed_facts_and_excluded_keys_are_left_out(db, seed_article):
    db.ingest(seed_article, now=at("2025-04-07"))
    db.correct("tariff:1", "U0ADMIN", remove=True)
    facts = db.digest_facts(*day_range("2025-04-07"), exclude={"contact:1", "role:3"})
    assert facts.keys == ["tariff:2", "role:1", "role:2"]


def test_a_new_role_says_what_was_reported_before(db, make_article):
    db.ingest(
        make_article(
            "Aurangzeb the banker.",
            published="2024-01-10",
            people=[("Muhammad Aurangzeb", "Chief Executive", "PK")],
        ),
        now=at("2024-01-10"),
    )
    db.ingest(
        make_article(
            "Aurangzeb sworn in.",
            published="2024-03-11",
            people=[("Muhammad Aurangzeb", "Finance Minister", "PK")],
        ),
        now=at("2024-03-11"),
    )
    (role,) = db.digest_facts(*day_range("2024-03-11")).roles
    assert (role.person.name, role.person.role, role.earlier.role, role.earlier.role_as_of) == (
        "Muhammad Aurangzeb",
        "Finance Minister",
        "Chief Executive",
        "2024-01-10",
    )


def test_the_steps_of_a_measure_come_with_its_new_step(db, seed_article, make_article):
    db.ingest(seed_article, now=at("2025-04-07"))
    db.ingest(
        make_article(
            "US pauses the 29%.",
            published="2025-04-10",
            tariffs=[
                {
                    "imposer": "US",
                    "target": "PK",
                    "rate": 10,
                    "status": "paused",
                    "effective": "2025-04-10",
                    "scope": "all goods",
                }
            ],
        ),
        now=at("2025-04-10"),
    )
    facts = db.digest_facts(*day_range("2025-04-10"))
    (step,) = facts.tariffs
    assert step.rate_pct == 10 and [t.rate_pct for t in facts.steps[step.measure_id]] == [29, 10]
