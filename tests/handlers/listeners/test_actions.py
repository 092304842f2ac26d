"""The buttons: Share in channel, More, Undo (only the poster or an admin)."""

from __future__ import annotations

import json
import logging

import pytest
from slackkit import ARTICLE

from handlers import ingest_text
from handlers.listeners.actions.more_results import more_results
from handlers.listeners.actions.share_card import share_card
from handlers.listeners.actions.undo_ingest import GONE, NOT_ALLOWED, undo_ingest
from store import Source

LOG = logging.getLogger()


def body(uid="U0ALICE", ephemeral=True) -> dict:
    return {"user": {"id": uid}, "trigger_id": f"t-{uid}", "container": {"is_ephemeral": ephemeral}}


def test_share_without_a_value_only_acks(ack, respond, context):
    share_card(ack, body(), {"value": ""}, respond, context, LOG)
    ack.assert_called_once_with()
    respond.assert_not_called()


def test_share_posts_publicly_then_drops_the_private_card(ack, respond, context):
    share_card(ack, body(), {"value": "/newsdesk help"}, respond, context, LOG)
    public, drop = respond.call_args_list
    assert (
        public.kwargs["response_type"] == "in_channel"
        and public.kwargs["replace_original"] is False
    )
    assert drop.kwargs == {"text": "", "delete_original": True}


def test_more_without_a_value_only_acks(ack, respond, context):
    more_results(ack, body(), {}, respond, context, LOG)
    respond.assert_not_called()


@pytest.mark.parametrize(
    "ephemeral", [True, False]
)  # a private card turns its page; a public one stays
def test_more_replaces_only_a_private_card(ack, respond, context, ephemeral):
    more_results(
        ack, body(ephemeral=ephemeral), {"value": "/contacts x page 2"}, respond, context, LOG
    )
    assert respond.call_args.kwargs["replace_original"] is ephemeral


@pytest.fixture
def article_id(desk):
    out = ingest_text(
        desk.store,
        ARTICLE,
        source=Source(slack_channel="C0NEWS", slack_ts="1744.1", slack_user="U0BOB"),
    )
    return out.result.article_id


def undo(ack, respond, client, context, uid, value):
    undo_ingest(ack, body(uid, ephemeral=False), {"value": value}, respond, client, context, LOG)


@pytest.mark.parametrize(
    "value", ["", "not json", '{"no": "article"}', '{"article": "x"}']
)  # unreadable values
def test_undo_with_an_unreadable_value_only_acks(ack, respond, client, context, value):
    undo(ack, respond, client, context, "U0BOB", value)
    ack.assert_called_once_with()
    respond.assert_not_called()


def test_undo_by_someone_else_is_refused(ack, respond, client, context, article_id, sql, db):
    undo(
        ack,
        respond,
        client,
        context,
        "U0MALLORY",
        json.dumps({"article": article_id, "by": "U0BOB"}),
    )
    assert respond.call_args.kwargs["text"] == NOT_ALLOWED
    assert sql(db, "SELECT count(*) FROM articles") == [(1,)]


@pytest.mark.parametrize(
    "uid, by",
    [
        ("U0BOB", None),  # the poster
        ("U0ADMIN", "U0BOB"),  # an admin
        ("U0ALICE", "U0ALICE"),  # who used the shortcut on Bob's message
    ],
)
def test_undo_by_the_poster_or_an_admin_removes_the_article(
    ack, respond, client, context, article_id, sql, db, uid, by
):
    undo(ack, respond, client, context, uid, json.dumps({"article": article_id, "by": by}))
    kw = respond.call_args.kwargs
    assert kw["replace_original"] is True and "was removed from Newsdesk" in kw["text"]
    client.reactions_remove.assert_called_once_with(
        channel="C0NEWS", timestamp="1744.1", name="newspaper"
    )
    assert sql(db, "SELECT count(*) FROM articles") == [(0,)]


def test_undo_twice_says_the_article_is_gone(ack, respond, client, context, article_id):
    value = json.dumps({"article": article_id, "by": "U0BOB"})
    undo(ack, respond, client, context, "U0BOB", value)
    undo(ack, respond, client, context, "U0BOB", value)
    assert respond.call_args.kwargs["text"] == GONE
