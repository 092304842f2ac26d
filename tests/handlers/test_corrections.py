"""Corrections as the Slack modal will send them: permission, checking, storing, exporting."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from handlers import answer
from handlers.corrections import (
    DENIED,
    GONE,
    apply_correction,
    can_correct,
    correction_form,
    export_corrections,
)
from store import Source

NOW = datetime(2025, 5, 2, 9, 30, tzinfo=UTC)
ADMINS = "U0ADMIN, U0BOSS"


@pytest.fixture
def pasted(db, seed_article):
    """The seed facts, pasted into Slack by U0PASTER."""
    db.ingest(seed_article, Source(slack_user="U0PASTER", slack_channel="C1", slack_ts="1.2"))
    return db


@pytest.mark.parametrize(
    "user, fact, allowed",
    [
        ("U0PASTER", "contact:1", True),  # pasted the article
        ("U0ADMIN", "contact:1", True),  # an admin
        ("U0BOSS", "tariff:2", True),  # another admin
        ("U0STRANGER", "contact:1", False),  # neither
        (None, "contact:1", False),  # nobody
        ("U0PASTER", "contact:99", False),  # no such fact
        ("U0PASTER", "bogus", False),  # not a fact
    ],
)
def test_who_may_correct(pasted, user, fact, allowed):
    assert can_correct(pasted, fact, user, ADMINS) is allowed


def test_admins_may_be_a_list(pasted):
    assert can_correct(pasted, "tariff:1", "U0BOSS", ["U0BOSS"])
    assert not can_correct(pasted, "tariff:1", "U0BOSS", [])


def test_the_form_lists_fields_with_current_values(pasted):
    form = correction_form(pasted, "contact:1")
    assert form.title == "Correct a contact"
    assert form.summary == "call of Ishaq Dar and Marco Rubio on 2025-04-07"
    assert [(f.name, f.kind, f.value) for f in form.fields] == [
        ("date", "date", "2025-04-07"),
        ("mode", "choice", "call"),
        ("topics", "topics", "counter-terrorism, trade, investment, critical minerals"),
        ("planned", "bool", "no"),
    ]
    assert form.fields[1].options == ("call", "meeting", "visit", "talks", "letter", "other")
    tariff = correction_form(pasted, "tariff:1")
    assert [f.value for f in tariff.fields][:4] == ["US", "PK", "29", ""]
    assert correction_form(pasted, "contact:99") is None


def test_a_correction_changes_the_card(pasted):
    out = apply_correction(
        pasted,
        "contact:1",
        {"date": "2025-04-06", "mode": "call", "topics": "trade, investment"},
        user="U0PASTER",
        admins=ADMINS,
        now=NOW,
    )
    assert out.ok and out.correction.fields == {
        "date": "2025-04-06",
        "topics": ["trade", "investment"],
    }  # only what changed
    assert out.reply.blocks[1]["text"]["text"] == (
        "Corrected: call of Ishaq Dar and Marco Rubio on 2025-04-06.\n"
        "Now: date 2025-04-06; topics trade, investment · corrected by user U0PASTER"
    )
    card = answer(pasted, "/contacts rubio").as_text()
    assert (
        "2025-04-06  call with Ishaq Dar (Foreign Minister, Pakistan) · corrected by user U0PASTER"
        in card
    )
    assert "Topics: trade, investment\n" in card


def test_removing_a_tariff(pasted):
    out = apply_correction(
        pasted,
        "tariff:1",
        {"remove": ["remove"], "note": "not announced"},
        user="U0ADMIN",
        admins=ADMINS,
    )
    assert out.ok and out.correction.action == "remove" and out.correction.note == "not announced"
    assert "29%" not in answer(pasted, "/tariff pakistan").as_text()
    again = apply_correction(pasted, "tariff:1", {"rate_pct": "20"}, user="U0ADMIN", admins=ADMINS)
    assert (again.ok, again.message) == (False, GONE)


def test_correcting_a_role_from_the_who_card(pasted):
    [role] = pasted.roles_of(1)
    out = apply_correction(
        pasted,
        str(role.ref),
        {"role": "Deputy Prime Minister", "country": "Pakistan"},
        user="U0ADMIN",
        admins=ADMINS,
    )
    assert out.ok
    text = answer(pasted, "/who dar").as_text()
    assert "Ishaq Dar — Deputy Prime Minister, Pakistan" in text
    assert (
        "• Deputy Prime Minister, Pakistan — 2025-04-07 (1 article) · corrected by user U0ADMIN"
        in text
    )


def test_someone_else_is_refused_and_nothing_changes(pasted):
    out = apply_correction(pasted, "contact:1", {"remove": True}, user="U0STRANGER", admins=ADMINS)
    assert (out.ok, out.denied, out.message) == (False, True, DENIED)
    assert pasted.corrections() == []


@pytest.mark.parametrize(
    "fact, values, errors",
    [
        ("contact:1", {"date": "Monday"}, {"date": "Write the date as 2025-04-07."}),  # not ISO
        ("contact:1", {"date": "1066-10-14"}, {"date": "That date is out of range."}),  # too old
        (
            "contact:1",
            {"mode": "telepathy"},
            {"mode": "Choose one of: call, meeting, visit, talks, letter, other."},
        ),  # not a mode
        ("contact:1", {"planned": "perhaps"}, {"planned": "Answer yes or no."}),  # not yes or no
        (
            "contact:1",
            {"topics": "x" * 81},
            {"topics": "A topic is at most 80 characters."},
        ),  # long
        (
            "contact:1",
            {"rate_pct": "5"},
            {"rate_pct": "This cannot be corrected here."},
        ),  # wrong fact
        (
            "tariff:1",
            {"rate_pct": "lots"},
            {"rate_pct": "Write the rate as a number, e.g. 25 or 2.5."},
        ),  # not a number
        (
            "tariff:1",
            {"rate_pct": "-5"},
            {"rate_pct": "A rate is between 0 and 1000%."},
        ),  # negative
        ("tariff:1", {"rate_pct": ""}, {"rate_pct": "A rate is needed, e.g. 25 or 2.5."}),  # empty
        (
            "tariff:1",
            {"target": "Narnia"},
            {"target": "No country called “Narnia” (or * for all partners)."},
        ),  # unknown
        ("tariff:1", {"imposer": ""}, {"imposer": "A country is needed."}),  # empty
        (
            "tariff:1",
            {"status": "maybe"},
            {
                "status": "Choose one of: announced, in force, paused, proposed, raised, lowered, removed."
            },
        ),  # bad status
        ("role:1", {"role": ""}, {"role": "This cannot be empty."}),  # empty role
        ("role:1", {"role": "x" * 121}, {"role": "At most 120 characters."}),  # long role
        ("contact:1", {"note": "n" * 501}, {"note": "At most 500 characters."}),  # long note
    ],
)
def test_bad_values_come_back_per_field(pasted, fact, values, errors):
    out = apply_correction(pasted, fact, values, user="U0ADMIN", admins=ADMINS)
    assert (out.ok, out.errors) == (False, errors)
    assert pasted.corrections() == []


@pytest.mark.parametrize(
    "values, stored",
    [
        ({"rate_pct": "26%"}, {"rate_pct": 26.0}),  # a percent sign
        ({"target": "all partners"}, {"target": "*"}),  # all partners
        (
            {"target": "India", "status": "in force"},
            {"target": "IN", "status": "in_force"},
        ),  # names
        ({"imposer": "eu"}, {"imposer": "EU"}),  # a bloc
        (
            {"announced": "", "scope": "textiles"},
            {"scope": "textiles"},
        ),  # empty and none: unchanged
        ({"previous_pct": "20"}, {"previous_pct": 20.0}),  # an optional rate
    ],
)
def test_values_are_read_the_way_people_type_them(pasted, values, stored):
    out = apply_correction(pasted, "tariff:1", values, user="U0ADMIN", admins=ADMINS)
    assert out.ok, out.errors
    assert out.correction.fields == stored


def test_nothing_changed_stores_nothing(pasted):
    out = apply_correction(
        pasted, "contact:1", {"date": "2025-04-07", "mode": "call"}, user="U0ADMIN", admins=ADMINS
    )
    assert out.ok and out.correction is None and out.message.startswith("Nothing changed")
    assert pasted.corrections() == []


def test_html_and_mentions_in_values_are_escaped_on_cards(pasted):
    apply_correction(
        pasted, "contact:1", {"topics": "<!channel>, trade"}, user="U0ADMIN", admins=ADMINS
    )
    blocks = json.dumps(answer(pasted, "/contacts rubio").blocks)
    assert "<!channel>" not in blocks and "&lt;!channel&gt;" in blocks


def test_export_writes_corrected_articles_in_the_gold_schema(pasted, make_article, tmp_path):
    pasted.ingest(make_article("Untouched.", people=[("Wang Yi", "Foreign Minister", "CN")]))
    apply_correction(pasted, "tariff:2", {"status": "paused"}, user="U0ADMIN", admins=ADMINS)
    written = export_corrections(pasted, tmp_path / "out")
    assert [p.name for p in written] == ["a00001-dar-holds-first-call-with-rubio.json"]
    assert (tmp_path / "out" / "a00001-dar-holds-first-call-with-rubio.txt").read_text() == (
        "date 2025-04-07\nDar holds first call with Rubio. (test text)\n"
    )
    gold = json.loads(written[0].read_text())
    assert set(gold) == {"url", "published", "people", "contacts", "tariffs"}
    assert [t["status"] for t in gold["tariffs"]] == ["announced", "paused"]
    assert [p["name"] for p in gold["people"]] == ["Ishaq Dar", "Marco Rubio", "Donald Trump"]


def test_cards_name_the_corrector_without_a_mention(pasted):
    # regression: "corrected by <@U0PASTER>" pinged the corrector each time the card was shared
    pasted.remember_user("U0PASTER", "Pat <!here> Ster")
    out = apply_correction(
        pasted, "tariff:1", {"rate_pct": "26"}, user="U0PASTER", admins=ADMINS, now=NOW
    )
    card = answer(pasted, "/tariff pakistan")
    for reply in (out.reply, card):
        dumped = json.dumps(reply.blocks) + reply.text
        assert "<@" not in dumped and "<!" not in dumped
        assert "corrected by Pat &lt;!here&gt; Ster" in dumped
