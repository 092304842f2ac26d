"""The message shortcut "Add to Newsdesk": ingest the message (or its files) it was used on.

The card goes only to the person who used the shortcut, with Undo.
"""

from __future__ import annotations

from logging import Logger

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from handlers.slack import (
    Desk,
    Where,
    first_delivery,
    ingest_files,
    ingest_from_slack,
    ingest_message,
    oops,
    react,
    text_message,
)


def add_to_newsdesk(
    ack: Ack,
    shortcut: dict,
    client: WebClient,
    respond: Respond,
    context: BoltContext,
    logger: Logger,
) -> None:
    msg = shortcut.get("message") or {}
    channel = (shortcut.get("channel") or {}).get("id")
    ts = msg.get("ts") or shortcut.get("message_ts")
    if not channel or not ts:
        ack()
        return
    ack()
    desk: Desk = context["desk"]
    key = f"shortcut:{shortcut.get('trigger_id') or shortcut.get('action_ts')}"
    if not first_delivery(desk, key, "shortcut"):
        return
    team = (shortcut.get("team") or {}).get("id")
    where = Where(team, channel, ts, msg.get("user"))
    by = (shortcut.get("user") or {}).get("id")
    try:
        if msg.get("files"):
            outcomes = [
                out
                for _, out in ingest_files(
                    desk, client, msg["files"], where, token=context.bot_token
                )
            ]
        else:
            outcomes = [ingest_from_slack(desk, client, msg.get("text") or "", where)]
        for out in outcomes:
            if isinstance(out, str):
                respond(response_type="ephemeral", replace_original=False, **text_message(out))
                continue
            if out.status != "error":
                react(client, channel, ts)
            respond(response_type="ephemeral", replace_original=False, **ingest_message(out, by))
    except Exception as e:
        respond(
            response_type="ephemeral",
            replace_original=False,
            **text_message(oops("add that message", e)),
        )
