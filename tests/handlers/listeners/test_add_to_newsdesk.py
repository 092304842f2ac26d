"""The "Add to Newsdesk" shortcut: the message is read, the card is private, with Undo."""

from __future__ import annotations

import json
import logging

from slackkit import ARTICLE

from handlers.listeners.shortcuts.add_to_newsdesk import add_to_newsdesk


def shortcut(message: dict | None, channel: str | None = "C0OTHER") -> dict:
    return {
        "callback_id": "add_to_newsdesk",
        "trigger_id": "1.2.3",
        "team": {"id": "T0"},
        "user": {"id": "U0ALICE"},
        "channel": {"id": channel} if channel else None,
        "message": message,
        "response_url": "http://x/r",
    }


def call(payload, ack, client, respond, context):
    add_to_newsdesk(ack, payload, client, respond, context, logging.getLogger())


def test_without_a_message_it_only_acks(ack, client, respond, context):
    call(shortcut(None, channel=None), ack, client, respond, context)
    ack.assert_called_once_with()
    respond.assert_not_called()


def test_the_message_is_read_and_the_card_is_private(ack, client, respond, context, sql, db):
    call(
        shortcut({"ts": "1744.3", "user": "U0BOB", "text": ARTICLE}), ack, client, respond, context
    )
    kw = respond.call_args.kwargs
    assert kw["response_type"] == "ephemeral" and "Article added" in kw["text"]
    assert json.loads(kw["blocks"][-1]["elements"][0]["value"]) == {"article": 1, "by": "U0ALICE"}
    assert sql(db, "SELECT slack_channel, slack_ts, slack_user FROM articles") == [
        ("C0OTHER", "1744.3", "U0BOB")
    ]
    client.reactions_add.assert_called_once()


def test_the_same_shortcut_delivered_twice_reads_once(ack, client, respond, context):
    payload = shortcut({"ts": "1744.3", "user": "U0BOB", "text": ARTICLE})
    call(payload, ack, client, respond, context)
    call(payload, ack, client, respond, context)
    assert respond.call_count == 1


def test_an_empty_message_is_not_an_article(ack, client, respond, context):
    call(shortcut({"ts": "1744.4", "user": "U0BOB", "text": ""}), ack, client, respond, context)
    assert "Not an article" in respond.call_args.kwargs["text"]
    client.reactions_add.assert_not_called()


def test_files_that_cannot_be_read_are_refused_politely(ack, client, respond, context):
    pdf = {"id": "F1", "name": "a.pdf", "filetype": "pdf", "pretty_type": "PDF"}
    call(
        shortcut({"ts": "1744.5", "user": "U0BOB", "text": "", "files": [pdf]}),
        ack,
        client,
        respond,
        context,
    )
    assert "can't read this file type (PDF)" in respond.call_args.kwargs["text"]
