"""The correction modal: Block Kit built from the form, and what a submission sends back."""

from __future__ import annotations

import pytest
from fakeslack import filled_state
from slack_sdk.models.views import View

from handlers.corrections import apply_correction, correction_form
from handlers.modals import (
    CALLBACK_ID,
    MAX_METADATA,
    CardContext,
    correction_view,
    submitted_values,
    view_errors,
)
from store import Source

CARD = CardContext("tariff:1", "/tariff pakistan", "https://hooks.slack.com/actions/T/1/x")


@pytest.fixture
def pasted(db, seed_article):
    db.ingest(seed_article, Source(slack_user="U0PASTER", slack_channel="C1", slack_ts="1.2"))
    return db


def valid_view(view: dict) -> dict:
    """Raise if Slack would refuse the view; slack_sdk checks its limits in to_dict()."""
    assert View(**view).to_dict()["blocks"] == view["blocks"]
    assert len(view["blocks"]) <= 100 and len(view["title"]["text"]) <= 24
    return view


def inputs(view: dict) -> dict:
    return {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}


def test_a_tariff_modal_has_every_field_with_its_current_value(pasted):
    view = valid_view(correction_view(correction_form(pasted, "tariff:1"), CARD))
    assert (view["type"], view["callback_id"], view["title"]["text"]) == (
        "modal",
        CALLBACK_ID,
        "Correct a tariff",
    )
    assert view["blocks"][0]["text"]["text"] == "United States → Pakistan 29% (announced)"
    got = inputs(view)
    assert list(got) == [
        "imposer",
        "target",
        "rate_pct",
        "previous_pct",
        "kind",
        "scope",
        "status",
        "effective",
        "announced",
        "remove",
        "note",
    ]
    assert got["rate_pct"]["element"]["initial_value"] == "29"
    assert got["rate_pct"]["optional"] is False
    assert "initial_value" not in got["previous_pct"]["element"]  # none known
    assert got["previous_pct"]["optional"] is True
    assert got["status"]["element"]["initial_option"]["value"] == "announced"
    assert [o["text"]["text"] for o in got["status"]["element"]["options"]][:2] == [
        "announced",
        "in force",
    ]
    assert got["effective"]["element"] == {
        "type": "datepicker",
        "action_id": "value",
        "initial_date": "2025-04-09",
    }
    assert got["remove"]["element"]["options"][0]["text"]["text"] == "Remove this fact"
    assert got["note"]["element"]["max_length"] == 500
    assert CardContext.loads(view["private_metadata"]) == CARD


def test_a_contact_modal(pasted):
    view = valid_view(correction_view(correction_form(pasted, "contact:1"), CARD))
    got = inputs(view)
    assert list(got) == ["date", "mode", "topics", "planned", "remove", "note"]
    assert got["topics"]["element"]["initial_value"] == (
        "counter-terrorism, trade, investment, critical minerals"
    )
    assert got["topics"]["element"]["multiline"] is True
    assert got["planned"]["element"]["type"] == "checkboxes"
    assert "initial_options" not in got["planned"]["element"]  # not planned


def test_a_role_modal(pasted):
    [role] = pasted.roles_of(1)
    view = valid_view(correction_view(correction_form(pasted, role.ref), CARD))
    got = inputs(view)
    assert list(got) == ["role", "country", "remove", "note"]
    assert got["role"]["element"]["initial_value"] == "Foreign Minister"
    assert got["country"]["element"]["initial_value"] == "PK"


def test_names_from_articles_stay_escaped_in_the_modal(db, make_article):
    db.ingest(
        make_article(
            "x",
            people=[("Eve <!channel>", "Minister", "PK"), ("Bob", "Envoy", "US")],
            contacts=[{"participants": ["Bob", "Eve <!channel>"], "date": "2025-04-07"}],
        )
    )
    view = valid_view(correction_view(correction_form(db, "contact:1"), CARD))
    assert "<!channel>" not in str(view["blocks"])
    assert "Eve &lt;!channel&gt;" in view["blocks"][0]["text"]["text"]


def test_an_untouched_submission_changes_nothing(pasted):
    # every field as the modal opened: the values are the ones Newsdesk has
    for fact in ("tariff:1", "tariff:2", "contact:1", str(pasted.roles_of(1)[0].ref)):
        view = correction_view(correction_form(pasted, fact), CARD)
        values = submitted_values({"state": filled_state(view)})
        out = apply_correction(pasted, fact, values, user="U0PASTER")
        assert (out.ok, out.correction, out.errors) == (True, None, {}), fact
    assert pasted.corrections() == []


def test_submitted_values_read_every_kind_of_input(pasted):
    view = correction_view(correction_form(pasted, "contact:1"), CARD)
    state = filled_state(
        view, date=None, mode="meeting", topics="", planned=["yes"], remove=[], note="per AP"
    )
    assert submitted_values({"state": state}) == {
        "date": None,
        "mode": "meeting",
        "topics": "",
        "planned": ["yes"],
        "remove": [],
        "note": "per AP",
    }


def test_only_the_forms_fields_are_read():
    state = {
        "values": {
            "rate_pct": {"value": {"type": "plain_text_input", "value": "5"}},
            "imposer": {"value": {"type": "plain_text_input", "value": "CN"}},
            "stray": {"other": {"type": "plain_text_input", "value": "x"}},
        }
    }
    assert submitted_values({"state": state}, ["rate_pct"]) == {"rate_pct": "5"}
    assert submitted_values({"state": state}) == {"rate_pct": "5", "imposer": "CN"}
    assert submitted_values({}) == {}


def test_errors_are_keyed_by_block_id(pasted):
    view = correction_view(correction_form(pasted, "tariff:1"), CARD)
    assert view_errors({"rate_pct": "A number.", "target": "No country."}, view) == {
        "rate_pct": "A number.",
        "target": "No country.",
    }
    # an error for a field the modal does not show lands on the first input
    assert view_errors({"bogus": "Odd.", "imposer": "No."}, view) == {"imposer": "Odd. No."}


def test_the_card_context_fits_in_private_metadata():
    long = CardContext("contact:1", "/contacts " + "x" * 4000, "https://hooks.slack.com/a")
    text = long.dumps()
    assert len(text) <= MAX_METADATA
    assert CardContext.loads(text) == CardContext("contact:1", None, "https://hooks.slack.com/a")


@pytest.mark.parametrize(
    "text",
    [
        "",  # nothing
        "[1, 2]",  # not an object
        '{"command": "/tariff pk"}',  # no fact
        '{"fact": 12}',  # a fact that is not text
    ],
)
def test_metadata_that_is_not_ours_is_refused(text):
    assert CardContext.loads(text) is None
