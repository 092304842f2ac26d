"""slash_command: ack first, then the private card with Share; a failure gets a friendly note."""

from __future__ import annotations

import logging
from datetime import datetime
from unittest.mock import Mock
from zoneinfo import ZoneInfo

from handlers.listeners.commands.slash_command import slash_command


def command(text="pakistan", name="/tariff") -> dict:
    return {"command": name, "text": text, "user_id": "U0ALICE", "response_url": "http://x/r"}


def test_acks_before_answering(ack, respond, context):
    order = Mock()
    order.attach_mock(ack, "ack")
    order.attach_mock(respond, "respond")
    slash_command(ack, command(), respond, context, logging.getLogger())
    assert [c[0] for c in order.mock_calls] == ["ack", "respond"]
    kw = respond.call_args.kwargs
    assert kw["response_type"] == "ephemeral"
    assert kw["blocks"][0]["text"]["text"] == "Tariffs on Pakistan"
    assert kw["blocks"][-1]["elements"][0]["value"] == "/tariff pakistan"


def test_newsdesk_help_goes_through_the_same_dispatcher(ack, respond, context):
    slash_command(ack, command("help", "/newsdesk"), respond, context, logging.getLogger())
    assert respond.call_args.kwargs["blocks"][0]["text"]["text"] == "Newsdesk commands"


def test_a_failure_is_a_friendly_private_note(ack, respond, context, caplog):
    context["desk"] = None  # the store is gone
    slash_command(ack, command(), respond, context, logging.getLogger())
    ack.assert_called_once_with()
    kw = respond.call_args.kwargs
    assert kw["response_type"] == "ephemeral" and kw["text"].startswith("Sorry, Newsdesk could not")
    assert "AttributeError" in caplog.text


def test_watch_subscribes_the_channel_it_was_typed_in_and_offers_no_share(ack, respond, context):
    body = {**command("watch pakistan", "/newsdesk"), "channel_id": "C0TRADE"}
    slash_command(ack, body, respond, context, logging.getLogger())
    kw = respond.call_args.kwargs
    assert kw["blocks"][0]["text"]["text"] == "Watching"
    assert all(b["type"] != "actions" for b in kw["blocks"])  # no "Share in channel"
    (w,) = context["desk"].store.watches("C0TRADE")
    assert (w.subject, w.created_by) == ("PK", "U0ALICE")


def test_digest_uses_the_newsroom_s_time_zone(ack, respond, context):
    context["desk"].tz = ZoneInfo("Pacific/Kiritimati")  # UTC+14: "today" is ahead of UTC
    slash_command(ack, command("today", "/digest"), respond, context, logging.getLogger())
    title = respond.call_args.kwargs["blocks"][0]["text"]["text"]
    assert title == f"Newsdesk digest: {datetime.now(ZoneInfo('Pacific/Kiritimati')).date()}"
