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
    # the four ways news names Rubio: one person
    (
        [
            [("Rubio", None, "US")],
            [RUBIO],
            [("Secretary Rubio", None, "US")],
            [("Secretary of State Marco Rubio", "Secretary of State", "US")],
        ],
        [("Marco Rubio", "US")],
    ),
    # a transliteration of a known full name: one person
    (
        [
            [("Shehbaz Sharif", "Prime Minister", "PK")],
            [("Shahbaz Sharif", "Prime Minister", "PK")],
        ],
        [("Shehbaz Sharif", "PK")],
    ),
    # another spelling of a given name, country not given: one person
    (
        [
            [("Mohammed bin Salman", "Crown Prince", "SA")],
            [("Muhammad bin Salman", None, None)],
        ],
        [("Mohammed bin Salman", "SA")],
    ),
    # brothers with one surname: two people
    (
        [
            [("Shehbaz Sharif", "Prime Minister", "PK")],
            [("Nawaz Sharif", "Former Prime Minister", "PK")],
        ],
        [("Shehbaz Sharif", "PK"), ("Nawaz Sharif", "PK")],
    ),
    # a close spelling with a conflicting country: two people
    (
        [[("Shehbaz Sharif", "Prime Minister", "PK")], [("Shahbaz Sharif", "Minister", "IN")]],
        [("Shehbaz Sharif", "PK"), ("Shahbaz Sharif", "IN")],
    ),
    # Maria and Mario are not spellings of one name
    (
        [[("Maria Silva", "Minister", "BR")], [("Mario Silva", "Minister", "BR")]],
        [("Maria Silva", "BR"), ("Mario Silva", "BR")],
    ),
]


@pytest.mark.parametrize("reports, expected", PEOPLE_CASES)
def test_people_are_resolved_across_articles(db, make_article, sql, reports, expected):
    ingest_all(db, make_article, [{"people": r} for r in reports])
    assert sql(db, "SELECT name, country FROM people ORDER BY id") == expected


def test_a_spelling_variant_becomes_an_alias(db, make_article, sql):
    db.ingest(make_article("One.", people=[("Shehbaz Sharif", "Prime Minister", "PK")]))
    db.ingest(make_article("Two.", people=[("Shahbaz Sharif", "Prime Minister", "PK")]))
    assert [p.name for p in db.people_by_key("shahbaz sharif")] == ["Shehbaz Sharif"]
    assert [r.n_articles for r in db.roles_of(1)] == [2]


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


def test_both_governments_readouts_are_one_contact_with_topics_merged(db, make_article, sql):
    people = [DAR, RUBIO]
    db.ingest(
        make_article(
            "Islamabad readout.",
            people=people,
            contacts=[
                call("2025-04-07", topics=["counter-terrorism", "trade", "critical minerals"])
            ],
        )
    )
    db.ingest(
        make_article(
            "Washington readout.",
            people=[("Secretary of State Marco Rubio", "Secretary of State", "US"), DAR],
            contacts=[
                {
                    "participants": ["Ishaq Dar", "Secretary of State Marco Rubio"],
                    "date": "2025-04-07",
                    "topics": ["counter-terrorism cooperation", "detained US citizens"],
                }
            ],
        )
    )
    assert sql(db, "SELECT topics FROM contacts") == [
        ('["counter-terrorism", "trade", "critical minerals", "detained US citizens"]',)
    ]
    assert sql(db, "SELECT contact_id, topics FROM contact_sources ORDER BY id") == [
        (1, '["counter-terrorism", "trade", "critical minerals"]'),
        (1, '["counter-terrorism cooperation", "detained US citizens"]'),
    ]


def test_merged_contact_keeps_the_reason_of_its_best_confidence(db, make_article, sql):
    people = [DAR, RUBIO]
    db.ingest(make_article("Vague.", people=people, contacts=[call("2025-04-07", low=True)]))
    db.ingest(make_article("Clear.", people=people, contacts=[call("2025-04-07")]))
    assert sql(db, "SELECT confidence, confidence_reason FROM contacts") == [
        ("medium", "contact verb between named people")
    ]


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
    assert sql(db, "SELECT kind, scope, effective, confidence, confidence_reason FROM tariffs") == [
        ("reciprocal", "all goods", "2025-04-09", "medium", "rate next to tariff wording")
    ]


# -- tariff measures: a later change extends the history --------------------------

MEASURE_CASES = [
    # announced, then paused at a lower rate: one measure of two steps
    (
        [
            [tariff(29, kind="reciprocal", scope="all goods", effective="2025-04-09")],
            [tariff(10, status="paused", previous=29, effective="2025-04-10")],
        ],
        [(29.0, "announced", 1), (10.0, "paused", 1)],
    ),
    # the pause names the paused rate, with goods worded differently: the same measure
    (
        [
            [tariff(29, scope="all goods", effective="2025-04-09")],
            [tariff(29, status="paused", scope="for 90 days")],
        ],
        [(29.0, "announced", 1), (29.0, "paused", 1)],
    ),
    # a rise with its previous rate joins the measure of that rate, not the other goods
    (
        [
            [tariff(25, scope="steel"), tariff(25, scope="autos", effective="2025-04-03")],
            [tariff(50, scope="metal", status="raised", previous=25)],
        ],
        [(25.0, "announced", 1), (25.0, "announced", 2), (50.0, "raised", 1)],
    ),
    # a change between two countries with one measure joins it, whatever its goods
    (
        [[tariff(29, scope="April 9")], [tariff(10, status="paused", scope="all goods")]],
        [(29.0, "announced", 1), (10.0, "paused", 1)],
    ),
    # new rates on other goods are a measure of their own
    (
        [[tariff(25, scope="steel")], [tariff(10, scope="textiles")]],
        [(25.0, "announced", 1), (10.0, "announced", 2)],
    ),
    # retaliatory and reciprocal rates are different measures
    (
        [[tariff(34, kind="reciprocal")], [tariff(34, kind="retaliatory", status="raised")]],
        [(34.0, "announced", 1), (34.0, "raised", 2)],
    ),
    # a removal of the only measure ends it
    (
        [[tariff(25)], [tariff(25, status="removed")]],
        [(25.0, "announced", 1), (25.0, "removed", 1)],
    ),
]


@pytest.mark.parametrize("reports, expected", MEASURE_CASES)
def test_changes_extend_a_measure(db, make_article, sql, reports, expected):
    ingest_all(db, make_article, [{"tariffs": r} for r in reports])
    assert sql(db, "SELECT rate_pct, status, measure_id FROM tariffs ORDER BY id") == expected


def test_a_measure_reported_again_gains_a_source_not_a_step(db, make_article, sql):
    first = tariff(29, kind="reciprocal", scope="all goods", effective="2025-04-09")
    ingest_all(db, make_article, [{"tariffs": [first]}, {"tariffs": [first]}])
    assert sql(db, "SELECT count(*) FROM tariffs") == [(1,)]
    assert sql(db, "SELECT count(*) FROM tariff_sources") == [(2,)]
