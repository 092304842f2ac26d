"""Corrections: the "Not right?" menu (actions/not_right) and the modal's submission
(views/submit_correction), called directly with spec'd fakes."""

from __future__ import annotations

import importlib
import json
import logging
from unittest.mock import create_autospec

import pytest
from fakeslack import filled_state
from slack_bolt import Ack
from slack_sdk.errors import SlackApiError
from slackkit import ARTICLE

import handlers.slack
from handlers import ingest_text
from handlers.corrections import DENIED, GONE, correction_form
from handlers.listeners.actions.not_right import not_right
from handlers.listeners.views.submit_correction import submit_correction
from handlers.modals import CardContext, correction_view
from store import Source

LOG = logging.getLogger()
# the module (the package's name for it is the listener function)
submit_module = importlib.import_module("handlers.listeners.views.submit_correction")
URL = "https://hooks.slack.com/actions/T0TEAM/1/abc"


@pytest.fixture
def ack():
    """Ack with its call signature (a view_submission acks with response_action and errors)."""
    return create_autospec(Ack().__call__)


@pytest.fixture
def pasted(desk):
    """The fixture article, pasted by U0BOB: a contact (1), a tariff (1), roles."""
    ingest_text(
        desk.store,
        ARTICLE,
        source=Source(slack_channel="C0NEWS", slack_ts="1744.1", slack_user="U0BOB"),
    )
    return desk.store


@pytest.fixture
def posted(monkeypatch):
    """What went to response_urls: (url, payload) pairs. ``posted.ok = False`` makes them fail."""

    class Posts(list):
        ok = True

    posts = Posts()

    def respond_at(url, **payload):
        posts.append((url, payload))
        return posts.ok

    monkeypatch.setattr(handlers.slack, "respond_at", respond_at)
    monkeypatch.setattr(submit_module, "respond_at", respond_at)
    return posts


def click(uid="U0BOB", value="tariff:1", command="/tariff pakistan", ephemeral=True) -> tuple:
    body = {
        "user": {"id": uid},
        "trigger_id": "13.2.def",
        "response_url": URL,
        "channel": {"id": "C0NEWS"},
        "container": {
            "type": "message",
            "channel_id": "C0NEWS",
            "message_ts": "1744.9",
            "is_ephemeral": ephemeral,
        },
    }
    action = {
        "type": "overflow",
        "action_id": f"newsdesk_fix|{command}" if command else "newsdesk_fix",
        "block_id": f"fact:{value}",
        "selected_option": {"value": value},
    }
    return body, action


# -- the menu ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, trigger",
    [
        ("bogus", "1.2"),  # not a fact
        ("tariff:1", None),  # no trigger_id to open a modal with
    ],
)
def test_a_click_without_a_fact_or_trigger_only_acks(
    ack, respond, client, context, pasted, value, trigger
):
    body, action = click(value=value)
    body["trigger_id"] = trigger
    not_right(ack, body, action, client, respond, context, LOG)
    ack.assert_called_once_with()
    respond.assert_not_called()
    client.views_open.assert_not_called()


def test_a_fact_that_is_gone_says_so(ack, respond, client, context, pasted):
    not_right(ack, *click(value="contact:99"), client, respond, context, LOG)
    assert respond.call_args.kwargs["text"] == GONE
    assert respond.call_args.kwargs["response_type"] == "ephemeral"
    client.views_open.assert_not_called()


def test_someone_else_gets_a_friendly_no(ack, respond, client, context, pasted):
    not_right(ack, *click(uid="U0MALLORY"), client, respond, context, LOG)
    kw = respond.call_args.kwargs
    assert (kw["text"], kw["response_type"], kw["replace_original"]) == (
        DENIED,
        "ephemeral",
        False,
    )
    client.views_open.assert_not_called()
    client.users_info.assert_not_called()


@pytest.mark.parametrize(
    "uid", ["U0BOB", "U0ADMIN"]
)  # who pasted the article, and an admin from NEWSDESK_ADMINS
def test_the_poster_or_an_admin_gets_the_modal(ack, respond, client, context, pasted, uid):
    client.users_info.return_value = {"ok": True, "user": {"profile": {"display_name": "Bo"}}}
    not_right(ack, *click(uid=uid), client, respond, context, LOG)
    respond.assert_not_called()
    kw = client.views_open.call_args.kwargs
    assert kw["trigger_id"] == "13.2.def"
    assert kw["view"]["title"]["text"] == "Correct a tariff"
    assert CardContext.loads(kw["view"]["private_metadata"]) == CardContext(
        "tariff:1", "/tariff pakistan", URL, "C0NEWS", "1744.9", True
    )
    client.users_info.assert_called_once_with(user=uid)
    assert pasted.user_name(uid) == "Bo"


def test_a_known_name_is_not_looked_up_again(ack, respond, client, context, pasted):
    pasted.remember_user("U0BOB", "Bob")
    not_right(ack, *click(), client, respond, context, LOG)
    client.views_open.assert_called_once()
    client.users_info.assert_not_called()


def test_without_users_read_the_modal_still_opens(ack, respond, client, context, pasted):
    client.users_info.side_effect = SlackApiError(
        "missing_scope", {"ok": False, "error": "missing_scope"}
    )
    not_right(ack, *click(), client, respond, context, LOG)
    client.views_open.assert_called_once()
    assert pasted.user_name("U0BOB") is None
    respond.assert_not_called()


def test_a_failed_views_open_gets_a_private_note(ack, respond, client, context, pasted):
    client.views_open.side_effect = SlackApiError(
        "expired_trigger_id", {"ok": False, "error": "expired_trigger_id"}
    )
    not_right(ack, *click(), client, respond, context, LOG)
    assert "could not open the correction form" in respond.call_args.kwargs["text"]


# -- the submission ------------------------------------------------------------------


def modal(store, fact="tariff:1", command="/tariff pakistan", private=True, **typed) -> dict:
    """The submitted view: the modal as opened for ``fact``, with ``typed`` changes."""
    card = CardContext(fact, command, URL, "C0NEWS", "1744.9", private)
    view = correction_view(correction_form(store, fact), card)
    return {**view, "state": filled_state(view, **typed)}


def submit(ack, client, context, view, uid="U0BOB"):
    submit_correction(ack, {"user": {"id": uid}}, view, client, context, LOG)


@pytest.mark.parametrize("metadata", ["", "{}", '{"fact": "bogus"}'])  # not a modal Newsdesk opened
def test_a_modal_without_a_fact_only_closes(ack, client, context, posted, metadata):
    submit(ack, client, context, {"private_metadata": metadata, "state": {"values": {}}})
    ack.assert_called_once_with()
    assert posted == []


def test_field_errors_go_back_into_the_modal(ack, client, context, pasted, posted):
    submit(ack, client, context, modal(pasted, rate_pct="lots", effective="2025-04-10"))
    ack.assert_called_once_with(
        response_action="errors",
        errors={"rate_pct": "Write the rate as a number, e.g. 25 or 2.5."},
    )
    assert pasted.corrections() == [] and posted == []


def test_someone_else_is_refused_on_submission_too(ack, client, context, pasted, posted):
    submit(ack, client, context, modal(pasted, rate_pct="5"), uid="U0MALLORY")
    ack.assert_called_once_with()  # closes the modal
    [(url, payload)] = posted
    assert (url, payload["text"], payload["response_type"]) == (URL, DENIED, "ephemeral")
    assert pasted.corrections() == []


def test_a_correction_is_stored_the_card_refreshed_and_confirmed(
    ack, client, context, pasted, posted
):
    pasted.remember_user("U0BOB", "Bob Jones")
    submit(ack, client, context, modal(pasted, rate_pct="26", note="readout says 26"))
    ack.assert_called_once_with()
    [fix] = pasted.corrections()
    assert (fix.user, fix.fields, fix.note) == ("U0BOB", {"rate_pct": 26.0}, "readout says 26")
    (url1, card), (url2, note) = posted
    assert url1 == url2 == URL
    assert (card["replace_original"], card["response_type"]) == (True, "ephemeral")
    assert "*26%*" in card["text"] and "corrected by Bob Jones" in card["text"]
    assert (note["replace_original"], note["response_type"]) == (False, "ephemeral")
    assert note["blocks"][0]["text"]["text"] == "Correction saved"
    client.users_info.assert_not_called()  # known since the modal opened
    client.chat_update.assert_not_called()  # an ephemeral card: only its response_url reaches it


def test_a_public_card_is_updated_with_chat_update(ack, client, context, pasted, posted):
    submit(ack, client, context, modal(pasted, private=False, status="in_force"))
    kw = client.chat_update.call_args.kwargs
    assert (kw["channel"], kw["ts"], kw["link_names"]) == ("C0NEWS", "1744.9", False)
    assert "(in force)" in kw["text"]
    assert all(b["type"] != "actions" for b in kw["blocks"])  # no Share on a public card
    [(_, note)] = posted
    assert note["blocks"][0]["text"]["text"] == "Correction saved"


def test_a_public_card_slack_will_not_update_goes_through_the_response_url(
    ack, client, context, pasted, posted
):
    client.chat_update.side_effect = SlackApiError(
        "cant_update_message", {"ok": False, "error": "cant_update_message"}
    )
    submit(ack, client, context, modal(pasted, private=False, status="in_force"))
    (_, card), (_, note) = posted
    assert card["replace_original"] is True and "(in force)" in card["text"]
    assert "response_type" not in card  # stays public
    assert note["response_type"] == "ephemeral"


def test_when_the_response_url_has_expired_the_note_comes_by_chat_post_ephemeral(
    ack, client, context, pasted, posted
):
    posted.ok = False  # Slack keeps a response_url for 30 minutes
    submit(ack, client, context, modal(pasted, rate_pct="26"))
    kw = client.chat_postEphemeral.call_args.kwargs
    assert (kw["channel"], kw["user"]) == ("C0NEWS", "U0BOB")
    assert "Correction saved" in kw["text"]
    assert "Ask again (`/tariff pakistan`) to see the card" in json.dumps(kw["blocks"])
    assert len(pasted.corrections()) == 1


def test_nothing_changed_says_so(ack, client, context, pasted, posted):
    submit(ack, client, context, modal(pasted))
    ack.assert_called_once_with()
    [(_, note)] = posted
    assert note["text"].startswith("Nothing changed")
    assert pasted.corrections() == []


def test_a_fact_removed_meanwhile_says_so(ack, client, context, pasted, posted):
    view = modal(pasted, rate_pct="26")
    pasted.remove_article(1)  # Undo, while the modal was open
    submit(ack, client, context, view)
    ack.assert_called_once_with()
    [(_, note)] = posted
    assert note["text"] == GONE


def test_a_card_without_its_command_is_not_refreshed(ack, client, context, pasted, posted):
    submit(ack, client, context, modal(pasted, command=None, rate_pct="26"))
    [(_, note)] = posted  # only the confirmation
    assert note["blocks"][0]["text"]["text"] == "Correction saved"
    assert len(pasted.corrections()) == 1


def test_a_failure_is_logged_and_told(ack, client, context, pasted, posted, monkeypatch):
    def broken(*args, **kw):
        raise RuntimeError("disk full")

    monkeypatch.setattr(submit_module, "apply_correction", broken)
    submit(ack, client, context, modal(pasted, rate_pct="26"))
    ack.assert_called_once_with()
    [(_, note)] = posted
    assert "could not save that correction" in note["text"]
