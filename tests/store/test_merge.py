"""Merging across articles: people, contacts and tariffs reported more than once."""

from __future__ import annotations

import pytest

DAR = ("Ishaq Dar", "Foreign Minister", "PK")
RUBIO = ("Marco Rubio", "Secretary of State", "US")


def ingest_all(db, make_article, reports: list[dict]) -> None:
    for i, report in enumerate(reports):
        db.ingest(make_article(f"Report number {i}.", **report))


# -- people ------------------------------------------------------------------

PEOPLE_CASES = [
    # full name twice: one person
    ([[RUBIO], [RUBIO]], [("Marco Rubio", "US")]),
    # surname only, one known Rubio: the same person
    ([[RUBIO], [("Rubio", None, None)]], [("Marco Rubio", "US")]),
    # title + surname, stored as an alias before: the same person
    (
        [
            [("Marco Rubio", "Secretary of State", "US", ["Secretary Rubio"])],
            [("Secretary Rubio", None, "US")],
        ],
        [("Marco Rubio", "US")],
    ),
    # two different people called Dar stay apart, and a bare "Dar" joins neither
    (
        [[DAR], [("Mohammed Dar", "Governor", "PK")], [("Dar", None, "PK")]],
        [("Ishaq Dar", "PK"), ("Mohammed Dar", "PK"), ("Dar", "PK")],
    ),
    # surname only, but the countries conflict: a different person
    ([[DAR], [("Dar", "Minister", "IN")]], [("Ishaq Dar", "PK"), ("Dar", "IN")]),
    # same full name, conflicting countries: kept apart
    (
        [[("Ali Khan", "Minister", "PK")], [("Ali Khan", "Minister", "IN")]],
        [("Ali Khan", "PK"), ("Ali Khan", "IN")],
    ),
    # known only by surname first, then named in full: one person, with the full name
    ([[("Rubio", None, "US")], [RUBIO]], [("Marco Rubio", "US")]),
    # a country learnt later is filled in
    ([[("Marco Rubio", None, None)], [RUBIO]], [("Marco Rubio", "US")]),
]


@pytest.mark.parametrize("reports, expected", PEOPLE_CASES)
def test_people_are_resolved_across_articles(db, make_article, sql, reports, expected):
    ingest_all(db, make_article, [{"people": r} for r in reports])
    assert sql(db, "SELECT name, country FROM people ORDER BY id") == expected


def test_descriptions_and_first_names_are_not_kept_as_aliases(db, make_article, sql):
    db.ingest(
        make_article(
            "One.",
            people=[
                ("Ishaq Dar", "Foreign Minister", "PK", ["Dar", "Ishaq", "the foreign minister"])
            ],
        )
    )
    assert sql(db, "SELECT alias FROM aliases ORDER BY alias") == [("Dar",), ("Ishaq Dar",)]


def test_latest_role_is_the_current_one(db, make_article, sql):
    db.ingest(
        make_article(
            "Later.", published="2025-06-01", people=[("Ishaq Dar", "Deputy Prime Minister", "PK")]
        )
    )
    db.ingest(make_article("Earlier.", published="2025-04-01", people=[DAR]))
    assert sql(db, "SELECT role, role_as_of FROM people") == [
        ("Deputy Prime Minister", "2025-06-01")
    ]
    assert [(r.role, r.first_as_of) for r in db.roles_of(1)] == [
        ("Deputy Prime Minister", "2025-06-01"),
        ("Foreign Minister", "2025-04-01"),
    ]


# -- contacts ----------------------------------------------------------------


def call(date=None, **kw) -> dict:
    return {"participants": ["Ishaq Dar", "Marco Rubio"], "date": date, **kw}


CONTACT_CASES = [
    # same people, same date, two articles: one contact with two sources
    ([("2025-04-07", call("2025-04-07")), ("2025-04-08", call("2025-04-07"))], [("2025-04-07", 2)]),
    # same people, different dates: two contacts
    (
        [("2025-04-07", call("2025-04-07")), ("2025-05-02", call("2025-05-01"))],
        [("2025-04-07", 1), ("2025-05-01", 1)],
    ),
    # no date, articles two days apart: the dated contact
    ([("2025-04-07", call("2025-04-07")), ("2025-04-09", call(None))], [("2025-04-07", 2)]),
    # no date, articles a month apart: a contact of its own
    (
        [("2025-04-07", call("2025-04-07")), ("2025-05-09", call(None))],
        [("2025-04-07", 1), (None, 1)],
    ),
    # undated first, dated report a day later: merged, and the date is learnt
    ([("2025-04-07", call(None)), ("2025-04-08", call("2025-04-07"))], [("2025-04-07", 2)]),
    # a different set of people on the same day: two contacts
    (
        [
            ("2025-04-07", call("2025-04-07")),
            ("2025-04-07", {"participants": ["Ishaq Dar", "Donald Trump"], "date": "2025-04-07"}),
        ],
        [("2025-04-07", 1), ("2025-04-07", 1)],
    ),
]


@pytest.mark.parametrize("reports, expected", CONTACT_CASES)
def test_contacts_merge_across_articles(db, make_article, sql, reports, expected):
    people = [DAR, RUBIO, ("Donald Trump", "President", "US")]
    ingest_all(
        db, make_article, [{"published": p, "people": people, "contacts": [c]} for p, c in reports]
    )
    assert (
        sql(
            db,
            "SELECT c.date, count(s.id) FROM contacts c JOIN contact_sources s ON s.contact_id = c.id "
            "GROUP BY c.id ORDER BY c.id",
        )
        == expected
    )


def test_a_contact_reported_as_planned_then_held_is_not_planned(db, make_article, sql):
    people = [DAR, RUBIO]
    db.ingest(make_article("Plan.", people=people, contacts=[call("2025-04-10", planned=True)]))
    db.ingest(
        make_article("Held.", published="2025-04-10", people=people, contacts=[call("2025-04-10")])
    )
    assert sql(db, "SELECT planned FROM contacts") == [(0,)]


def test_contact_participants_named_without_role_become_people(db, make_article, sql):
    db.ingest(make_article("One.", people=[DAR], contacts=[call("2025-04-07")]))
    assert sql(db, "SELECT name, role FROM people ORDER BY id") == [
        ("Ishaq Dar", "Foreign Minister"),
        ("Marco Rubio", None),
    ]


# -- tariffs -----------------------------------------------------------------


def tariff(rate=29, **kw) -> dict:
    return {"imposer": "US", "target": "PK", "rate": rate, **kw}


TARIFF_CASES = [
    # the same rate reported twice: one tariff with two sources
    ([tariff(), tariff()], [(29.0, "announced", 2)]),
    # announced, then reported in force: one tariff, now in force
    (
        [tariff(effective="2025-04-09"), tariff(status="in_force", effective="2025-04-09")],
        [(29.0, "in_force", 2)],
    ),
    # a different rate: a different tariff
    ([tariff(29), tariff(10)], [(29.0, "announced", 1), (10.0, "announced", 1)]),
    # same rate on different goods: two tariffs
    (
        [tariff(25, scope="steel"), tariff(25, scope="autos")],
        [(25.0, "announced", 1), (25.0, "announced", 1)],
    ),
    # goods unknown in one report: compatible, merged
    ([tariff(25, scope="steel"), tariff(25)], [(25.0, "announced", 2)]),
    # the same rate paused is a different fact from the rate announced
    ([tariff(), tariff(status="paused")], [(29.0, "announced", 1), (29.0, "paused", 1)]),
    # two different start dates: two tariffs (for example two rounds of 10%)
    (
        [tariff(10, effective="2025-02-04"), tariff(10, effective="2025-03-04")],
        [(10.0, "announced", 1), (10.0, "announced", 1)],
    ),
]


@pytest.mark.parametrize("reports, expected", TARIFF_CASES)
def test_tariffs_merge_across_articles(db, make_article, sql, reports, expected):
    ingest_all(db, make_article, [{"tariffs": [t]} for t in reports])
    assert (
        sql(
            db,
            "SELECT t.rate_pct, t.status, count(s.id) FROM tariffs t JOIN tariff_sources s ON s.tariff_id = t.id "
            "GROUP BY t.id ORDER BY t.id",
        )
        == expected
    )


def test_merged_tariff_keeps_best_confidence_and_fills_gaps(db, make_article, sql):
    db.ingest(make_article("Vague.", tariffs=[tariff(low=True)]))
    db.ingest(
        make_article(
            "Clear.", tariffs=[tariff(kind="reciprocal", scope="all goods", effective="2025-04-09")]
        )
    )
    assert sql(db, "SELECT kind, scope, effective, confidence FROM tariffs") == [
        ("reciprocal", "all goods", "2025-04-09", "medium")
    ]
