"""Corrections win over extraction: stored with who and when, and kept against later reports."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

import store
from store import FactRef, Source

DAR = ("Ishaq Dar", "Foreign Minister", "PK")
RUBIO = ("Marco Rubio", "Secretary of State", "US")
NOW = datetime(2025, 5, 2, 9, 30, tzinfo=UTC)
CALL = {
    "participants": ["Ishaq Dar", "Marco Rubio"],
    "date": "2025-04-07",
    "topics": ["trade", "Afghanistan"],
}
TARIFF = {"imposer": "US", "target": "PK", "rate": 29, "kind": "reciprocal", "scope": "all goods"}


@pytest.fixture
def call_db(db, make_article):
    """The Dar-Rubio call, pasted by U_PASTER."""
    db.ingest(
        make_article("Islamabad report.", people=[DAR, RUBIO], contacts=[CALL], tariffs=[TARIFF]),
        Source(slack_user="U_PASTER", slack_channel="C1"),
    )
    return db


def test_a_correction_is_stored_with_who_when_and_what_it_was(call_db, sql):
    done = call_db.correct("contact:1", "U_ADMIN", fields={"date": "2025-04-06"}, now=NOW)
    assert (done.user, done.created_at, done.action) == (
        "U_ADMIN",
        "2025-05-02T09:30:00+00:00",
        "edit",
    )
    assert (done.fields, done.before, done.article_id) == (
        {"date": "2025-04-06"},
        {"date": "2025-04-07"},
        1,
    )
    assert sql(call_db, "SELECT date, sort_date, locked, correction_id FROM contacts") == [
        ("2025-04-06", "2025-04-06", '["date"]', 1)
    ]
    assert sql(call_db, "SELECT sort_date FROM contact_participants") == [("2025-04-06",)] * 2
    assert call_db.corrections(FactRef("contact", 1)) == [done]


def test_removed_facts_leave_the_cards(call_db):
    call_db.correct("contact:1", "U_ADMIN", remove=True)
    call_db.correct("tariff:1", "U_ADMIN", remove=True)
    assert call_db.contacts_of(1) == ([], 0)
    assert call_db.tariffs_on("PK") == []
    assert call_db.countries_with_tariffs() == {}
    assert call_db.busiest_people() == []


def test_reingesting_the_same_article_changes_nothing(call_db, make_article, sql):
    call_db.correct("contact:1", "U_ADMIN", fields={"topics": ["trade"]})
    again = call_db.ingest(
        make_article("Islamabad report.", people=[DAR, RUBIO], contacts=[CALL], tariffs=[TARIFF])
    )
    assert again.already
    assert sql(call_db, "SELECT topics FROM contacts") == [('["trade"]',)]


def test_another_article_does_not_bring_back_a_removed_contact(call_db, make_article):
    call_db.correct("contact:1", "U_ADMIN", remove=True)
    result = call_db.ingest(make_article("Wire copy.", people=[DAR, RUBIO], contacts=[CALL]))
    assert [(o.id, o.new) for o in result.contacts] == [(1, False)]  # a source of the removed fact
    assert call_db.contacts_of(1) == ([], 0)


def test_another_article_does_not_overwrite_corrected_fields(call_db, make_article, sql):
    call_db.correct(
        "contact:1", "U_ADMIN", fields={"topics": ["trade"], "mode": "meeting", "planned": False}
    )
    call_db.ingest(
        make_article(
            "Wire copy.",
            people=[DAR, RUBIO],
            contacts=[{**CALL, "topics": ["Afghanistan", "energy"], "mode": "call"}],
        )
    )
    assert sql(call_db, "SELECT mode, topics FROM contacts") == [("meeting", '["trade"]')]


def test_a_report_of_the_old_date_finds_the_corrected_contact(call_db, make_article, sql):
    call_db.correct("contact:1", "U_ADMIN", fields={"date": "2025-04-06"})
    call_db.ingest(make_article("Same wrong date.", people=[DAR, RUBIO], contacts=[CALL]))
    assert sql(call_db, "SELECT id, date FROM contacts") == [(1, "2025-04-06")]
    assert sql(call_db, "SELECT count(*) FROM contact_sources WHERE contact_id = 1") == [(2,)]


def test_a_report_of_the_old_rate_finds_the_corrected_tariff(call_db, make_article, sql):
    call_db.correct("tariff:1", "U_ADMIN", fields={"rate_pct": 26.0})
    call_db.ingest(make_article("Repeats 29%.", tariffs=[TARIFF]))
    assert sql(call_db, "SELECT id, rate_pct, locked FROM tariffs") == [(1, 26.0, '["rate_pct"]')]


def test_a_removed_tariff_stays_removed_when_reported_again(call_db, make_article, sql):
    call_db.correct("tariff:1", "U_ADMIN", remove=True, note="a growth figure, not a tariff")
    call_db.ingest(make_article("Repeats 29%.", tariffs=[TARIFF]))
    assert sql(call_db, "SELECT id, removed FROM tariffs") == [(1, 1)]
    assert call_db.corrections()[0].note == "a growth figure, not a tariff"


def test_corrected_tariff_goods_are_kept(call_db, make_article, sql):
    call_db.correct("tariff:1", "U_ADMIN", fields={"scope": "textiles", "effective": "2025-04-09"})
    call_db.ingest(make_article("Vaguer.", tariffs=[{**TARIFF, "scope": None}]))
    assert sql(call_db, "SELECT scope, effective, sort_date FROM tariffs") == [
        ("textiles", "2025-04-09", "2025-04-09")
    ]


def test_a_tariff_moved_to_another_country_joins_its_measures(call_db, make_article, sql):
    call_db.ingest(make_article("India.", tariffs=[{**TARIFF, "target": "IN", "rate": 26}]))
    call_db.correct("tariff:1", "U_ADMIN", fields={"target": "IN", "status": "paused"})
    assert sql(call_db, "SELECT id, target, measure_id FROM tariffs ORDER BY id") == [
        (1, "IN", 2),
        (2, "IN", 2),
    ]


def test_a_corrected_role_applies_to_every_report_of_it_and_later_ones(call_db, make_article):
    call_db.ingest(make_article("Second.", published="2025-04-08", people=[DAR]))
    [role] = call_db.roles_of(1)
    call_db.correct(
        role.ref, "U_ADMIN", fields={"role": "Deputy Prime Minister and Foreign Minister"}
    )
    call_db.ingest(make_article("Third.", published="2025-04-09", people=[DAR]))
    spans = call_db.roles_of(1)
    assert [(r.role, r.n_articles, r.corrected.user) for r in spans] == [
        ("Deputy Prime Minister and Foreign Minister", 3, "U_ADMIN")
    ]
    assert call_db.person(1).role == "Deputy Prime Minister and Foreign Minister"


def test_a_removed_role_stays_removed_and_the_person_falls_back(call_db, make_article):
    call_db.ingest(
        make_article("Older.", published="2025-01-01", people=[("Ishaq Dar", "Senator", "PK")])
    )
    call_db.ingest(
        make_article("Wrong.", published="2025-04-10", people=[("Ishaq Dar", "Top diplomat", "PK")])
    )
    wrong = call_db.roles_of(1)[0]
    assert wrong.role == "Top diplomat"
    call_db.correct(wrong.ref, "U_ADMIN", remove=True)
    call_db.ingest(
        make_article("Again.", published="2025-04-11", people=[("Ishaq Dar", "Top diplomat", "PK")])
    )
    assert [r.role for r in call_db.roles_of(1)] == ["Foreign Minister", "Senator"]
    assert call_db.person(1).role == "Foreign Minister"


def test_who_pasted_a_fact(call_db, make_article):
    call_db.ingest(
        make_article("Wire copy.", contacts=[CALL]),  # names the people, gives no roles
        Source(slack_user="U_OTHER"),
    )
    assert call_db.pasted_by("contact:1") == {"U_PASTER", "U_OTHER"}
    assert call_db.pasted_by("tariff:1") == {"U_PASTER"}
    assert call_db.pasted_by(call_db.roles_of(2)[0].ref) == {"U_PASTER"}
    assert call_db.pasted_by("contact:99") == set()


@pytest.mark.parametrize(
    "fact, kwargs, error",
    [
        ("contact:99", {"remove": True}, store.NoSuchFact),  # no such fact
        ("contact:1", {"fields": {"rate_pct": 3.0}}, ValueError),  # not a field of a contact
        ("contact:1", {"fields": {"mode": "telepathy"}}, ValueError),  # not a mode
        ("contact:1", {"fields": {"date": "Monday"}}, ValueError),  # not an ISO date
        ("tariff:1", {"fields": {"rate_pct": "29"}}, ValueError),  # a rate is a number
        ("tariff:1", {}, ValueError),  # nothing to correct
        ("nonsense", {"remove": True}, ValueError),  # not a fact reference
    ],
)
def test_bad_corrections_are_refused_and_nothing_is_stored(call_db, sql, fact, kwargs, error):
    with pytest.raises(error):
        call_db.correct(fact, "U_ADMIN", **kwargs)
    assert sql(call_db, "SELECT count(*) FROM corrections") == [(0,)]


def test_gold_export_applies_corrections(call_db, make_article):
    call_db.correct("contact:1", "U_ADMIN", fields={"date": "2025-04-06"})
    call_db.correct("tariff:1", "U_ADMIN", fields={"status": "in_force"})
    assert call_db.corrected_articles() == [1]
    gold = call_db.gold(1)
    assert gold.pop("_title") == "Islamabad report."
    assert gold.pop("_text") == "Islamabad report."
    assert gold == {
        "url": None,
        "published": "2025-04-07",
        "people": [
            {"name": "Ishaq Dar", "role": "Foreign Minister", "country": "PK"},
            {"name": "Marco Rubio", "role": "Secretary of State", "country": "US"},
        ],
        "contacts": [
            {
                "participants": ["Ishaq Dar", "Marco Rubio"],
                "mode": "call",
                "date": "2025-04-06",
                "topics": ["trade", "Afghanistan"],
            }
        ],
        "tariffs": [
            {
                "imposer": "US",
                "target": "PK",
                "rate_pct": 29,
                "effective": None,
                "kind": "reciprocal",
                "scope": "all goods",
                "status": "in_force",
            }
        ],
    }
    json.dumps(gold)


def test_gold_export_leaves_out_removed_facts(call_db):
    call_db.correct("tariff:1", "U_ADMIN", remove=True)
    gold = call_db.gold(1)
    assert gold["tariffs"] == [] and len(gold["contacts"]) == 1


def test_corrections_survive_reopening_the_database(call_db, db_path):
    call_db.correct("contact:1", "U_ADMIN", remove=True)
    call_db.close()
    with store.open(db_path) as again:
        assert again.contacts_of(1) == ([], 0)
        assert [c.action for c in again.corrections()] == ["remove"]
