""" "Share in channel": post the card publicly (fresh from the store) and drop the private copy."""

from __future__ import annotations

from logging import Logger

from slack_bolt import Ack, BoltContext, Respond

from handlers.slack import Desk, command_message, first_delivery, oops, text_message


def share_card(
    ack: Ack, body: dict, action: dict, respond: Respond, context: BoltContext, logger: Logger
) -> None:
    typed = action.get("value") or ""
    if not typed:
        ack()
        return
    ack()
    desk: Desk = context["desk"]
    key = f"action:{body.get('trigger_id') or action.get('action_ts')}"
    if not first_delivery(desk, key, "share"):
        return
    try:
        reply = desk.answer(
            typed,
            user=(body.get("user") or {}).get("id"),
            channel=(body.get("channel") or {}).get("id"),
        )
        respond(
            response_type="in_channel",
            replace_original=False,
            **command_message(reply, typed, share=False),
        )
        respond(text="", delete_original=True)
    except Exception as e:
        respond(
            response_type="ephemeral",
            replace_original=False,
            **text_message(oops("share that card", e)),
        )
