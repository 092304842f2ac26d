"""A snippet or a .txt/.md/.html file shared in an ingest channel or a DM is downloaded and ingested.

Other documents get a polite "can't read this file type"; pictures, sound and
video shared in a channel are chat and are left alone.
"""

from __future__ import annotations

from logging import Logger

from slack_bolt import Ack, BoltContext, BoltRequest
from slack_sdk import WebClient

from handlers.slack import (
    Desk,
    Where,
    delivery_key,
    files_key,
    first_delivery,
    ingest_files_and_reply,
    oops,
    tell,
    text_message,
)


def file_share(
    ack: Ack,
    body: dict,
    event: dict,
    client: WebClient,
    context: BoltContext,
    request: BoltRequest,
    logger: Logger,
) -> None:
    desk: Desk = context["desk"]
    if event.get("bot_id") or not event.get("files") or not event.get("ts"):
        return
    is_dm = event.get("channel_type") == "im"
    if not is_dm and event.get("channel") not in desk.ingest_channels:
        return
    ack()
    if not first_delivery(desk, delivery_key(body, event), "file_share", request.headers):
        return
    if not first_delivery(desk, files_key(event), "file_share"):
        return  # the app_mention event for the same message read them
    where = Where(body.get("team_id"), event["channel"], event["ts"], event.get("user"))
    thread = event.get("thread_ts") or event["ts"]
    try:
        ingest_files_and_reply(
            desk,
            client,
            event["files"],
            where,
            thread,
            token=context.bot_token,
            quiet_media=not is_dm,
        )
    except Exception as e:
        tell(client, where.channel, where.user, text_message(oops("read that file", e)), thread)
