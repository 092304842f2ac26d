"""app_mention: commands answered in the thread, articles and files read."""

from __future__ import annotations

import logging

from slackkit import ARTICLE

from handlers.listeners.events.app_mention import app_mention


def mention(text: str, **more) -> dict:
    return {
        "type": "app_mention",
        "channel": "C0ANY",
        "user": "U0ALICE",
        "text": f"<@U0BOT> {text}",
        "ts": "1744.2",
        **more,
    }


def call(event, ack, client, context, request_):
    app_mention(
        ack,
        {"event_id": "Ev9", "team_id": "T0"},
        event,
        client,
        context,
        request_,
        logging.getLogger(),
    )


def test_a_bot_mentioning_is_ignored(ack, client, context, request_):
    call(mention("help", bot_id="B0"), ack, client, context, request_)
    ack.assert_not_called()
    assert client.method_calls == []


def test_a_command_is_answered_in_the_thread(ack, client, context, request_):
    call(mention("help", thread_ts="1744.0"), ack, client, context, request_)
    kw = client.chat_postMessage.call_args.kwargs
    assert kw["thread_ts"] == "1744.0" and kw["blocks"][0]["text"]["text"] == "Newsdesk commands"


def test_an_article_after_the_mention_is_read(ack, client, context, request_, sql, db):
    call(mention(ARTICLE), ack, client, context, request_)
    assert client.chat_postMessage.call_args.kwargs["thread_ts"] == "1744.2"
    assert sql(db, "SELECT slack_channel FROM articles") == [("C0ANY",)]


def test_a_failure_is_a_private_note_in_the_thread(ack, client, context, request_):
    client.chat_postMessage.side_effect = [RuntimeError("down")]
    call(mention("help"), ack, client, context, request_)
    note = client.chat_postEphemeral.call_args.kwargs
    assert note["thread_ts"] == "1744.2" and note["text"].startswith("Sorry")


def test_a_watch_asked_by_mention_is_for_the_channel_of_the_mention(ack, client, context, request_):
    call(mention("watch pakistan"), ack, client, context, request_)
    (w,) = context["desk"].store.watches("C0ANY")
    assert w.label == "Pakistan"
    kw = client.chat_postMessage.call_args.kwargs
    assert kw["thread_ts"] == "1744.2" and "now watches *Pakistan*" in kw["text"]
