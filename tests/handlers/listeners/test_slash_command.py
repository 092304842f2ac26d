"""slash_command: ack first, then the private card with Share; a failure gets a friendly note."""

from __future__ import annotations

import logging
from unittest.mock import Mock

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
