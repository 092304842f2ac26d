"""@newsdesk COMMAND answers in the thread; @newsdesk followed by an article (or a file) ingests it."""

from __future__ import annotations

from logging import Logger

from slack_bolt import Ack, BoltContext, BoltRequest
from slack_sdk import WebClient

from handlers.slack import (
    Desk,
    Where,
    command_message,
    delivery_key,
    files_key,
    first_delivery,
    ingest_and_reply,
    ingest_files_and_reply,
    looks_like_article,
    oops,
    post,
    strip_mention,
    tell,
    text_message,
)


def app_mention(
    ack: Ack,
    body: dict,
    event: dict,
    client: WebClient,
    context: BoltContext,
    request: BoltRequest,
    logger: Logger,
) -> None:
    if event.get("bot_id") or not event.get("channel") or not event.get("ts"):
        return
    ack()
    desk: Desk = context["desk"]
    if not first_delivery(desk, delivery_key(body, event), "app_mention", request.headers):
        return
    where = Where(body.get("team_id"), event["channel"], event["ts"], event.get("user"))
    thread = event.get("thread_ts") or event["ts"]
    text = strip_mention(event.get("text") or "")
    try:
        if event.get("files"):
            if not first_delivery(desk, files_key(event), "app_mention"):
                return  # the file_share event for the same message read them
            ingest_files_and_reply(
                desk, client, event["files"], where, thread, token=context.bot_token
            )
        elif looks_like_article(text):
            ingest_and_reply(desk, client, text, where, thread)
        else:
            reply = desk.answer(text, user=where.user, channel=where.channel)
            post(client, where.channel, thread, command_message(reply, text, share=False))
    except Exception as e:
        tell(client, where.channel, where.user, text_message(oops("answer that", e)), thread)
