"""A message in an ingest channel or a DM: an article is ingested, chat stays chat.

In a DM, commands are answered too (``tariff pakistan``), and other chat gets a hint.
"""

from __future__ import annotations

from logging import Logger

from slack_bolt import Ack, BoltContext, BoltRequest
from slack_sdk import WebClient

from handlers.commands import is_command
from handlers.slack import (
    Desk,
    Where,
    command_message,
    delivery_key,
    first_delivery,
    ingest_and_reply,
    looks_like_article,
    oops,
    post,
    tell,
    text_message,
)

PLAIN = (None, "thread_broadcast")  # edits, joins, bot posts and the like are not articles
DM_HINT = (
    "Paste a news article here and Newsdesk reads it (it should start with a "
    "`date YYYY-MM-DD` line or be a few paragraphs long). Or ask: `tariff pakistan`, "
    "`contacts rubio`, `who is dar`, `help`."
)


def message(
    ack: Ack,
    body: dict,
    event: dict,
    client: WebClient,
    context: BoltContext,
    request: BoltRequest,
    logger: Logger,
) -> None:
    desk: Desk = context["desk"]
    if event.get("bot_id") or event.get("subtype") not in PLAIN or not event.get("ts"):
        return
    is_dm = event.get("channel_type") == "im"
    if not is_dm and event.get("channel") not in desk.ingest_channels:
        return
    text = event.get("text") or ""
    if not is_dm and context.bot_user_id and f"<@{context.bot_user_id}" in text:
        return  # the app_mention event answers it
    article = looks_like_article(text)
    if not article and not (is_dm and text.strip()):
        return  # chat stays chat
    ack()
    if not first_delivery(desk, delivery_key(body, event), "message", request.headers):
        return
    where = Where(body.get("team_id"), event["channel"], event["ts"], event.get("user"))
    thread = event.get("thread_ts") or event["ts"]
    try:
        if article:
            ingest_and_reply(desk, client, text, where, thread)
        elif is_command(text):
            reply = desk.answer(text, user=where.user, channel=where.channel)
            post(
                client,
                where.channel,
                event.get("thread_ts"),
                command_message(reply, text, share=False),
            )
        else:
            post(client, where.channel, event.get("thread_ts"), text_message(DM_HINT))
    except Exception as e:
        what = "read that article" if article else "answer that"
        tell(client, where.channel, where.user, text_message(oops(what, e)), thread)
