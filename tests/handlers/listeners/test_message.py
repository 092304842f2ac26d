"""message: articles in ingest channels and DMs are read once; chat stays chat."""

from __future__ import annotations

import logging

import pytest
from slackkit import msg

from handlers.listeners.events.message import DM_HINT, message


def call(event, ack, client, context, request_, body=None):
    message(
        ack,
        body or {"event_id": "Ev1", "team_id": "T0"},
        event,
        client,
        context,
        request_,
        logging.getLogger(),
    )


@pytest.mark.parametrize(
    "event",
    [
        msg(bot_id="B0"),  # a bot's post
        msg(subtype="message_changed"),  # an edit
        msg(subtype="channel_join"),  # a join
        msg(channel="C0OTHER"),  # not an ingest channel
        msg(text="<@U0BOT> " + msg()["text"]),  # a mention: app_mention answers it
        msg(text="has anyone read the Dar readout?"),  # chat
        msg(text=""),  # nothing
    ],
)
def test_guards_leave_the_message_alone(event, ack, client, context, request_):
    call(event, ack, client, context, request_)
    ack.assert_not_called()
    assert client.method_calls == []


def test_an_article_is_read_with_a_reaction_and_a_threaded_card(
    ack, client, context, request_, sql, db
):
    call(msg(), ack, client, context, request_)
    ack.assert_called_once_with()
    client.reactions_add.assert_called_once_with(
        channel="C0NEWS", timestamp="1744.1", name="newspaper"
    )
    kw = client.chat_postMessage.call_args.kwargs
    assert kw["thread_ts"] == "1744.1" and kw["blocks"][0]["text"]["text"] == "Article added"
    assert sql(db, "SELECT slack_team, slack_user, slack_permalink FROM articles") == [
        ("T0", "U0ALICE", "https://newsroom.slack.com/p1")
    ]


def test_the_same_event_twice_is_handled_once(ack, client, context, request_):
    call(msg(), ack, client, context, request_)
    call(msg(), ack, client, context, request_)
    assert client.chat_postMessage.call_count == 1 and client.reactions_add.call_count == 1


def test_a_dm_command_is_answered_and_dm_chat_gets_a_hint(ack, client, context, request_):
    call(msg("who is dar", channel="D0", channel_type="im"), ack, client, context, request_)
    assert (
        client.chat_postMessage.call_args.kwargs["blocks"][0]["text"]["text"] == "Person not found"
    )
    call(
        msg("thanks!", channel="D0", channel_type="im"),
        ack,
        client,
        context,
        request_,
        {"event_id": "Ev2"},
    )
    assert client.chat_postMessage.call_args.kwargs["text"] == DM_HINT


def test_a_failure_is_a_private_note(ack, client, context, request_, caplog):
    client.chat_postMessage.side_effect = [RuntimeError("down"), None]
    call(msg(), ack, client, context, request_)
    note = client.chat_postEphemeral.call_args.kwargs
    assert note["user"] == "U0ALICE" and note["text"].startswith(
        "Sorry, Newsdesk could not read that article"
    )
    assert "RuntimeError: down" in caplog.text
