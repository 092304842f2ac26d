"""/tariff, /contacts, /who, /newsdesk and /digest: ack at once, then an ephemeral card to share."""

from __future__ import annotations

from logging import Logger

from slack_bolt import Ack, BoltContext, Respond

from handlers.slack import Desk, command_message, oops, text_message


def slash_command(
    ack: Ack, command: dict, respond: Respond, context: BoltContext, logger: Logger
) -> None:
    ack()  # at once: the card goes to response_url afterwards
    typed = f"{command.get('command', '')} {command.get('text') or ''}".strip()
    try:
        desk: Desk = context["desk"]
        reply = desk.answer(typed, user=command.get("user_id"), channel=command.get("channel_id"))
        respond(response_type="ephemeral", **command_message(reply, typed, share=reply.shareable))
    except Exception as e:
        respond(response_type="ephemeral", **text_message(oops("answer that command", e)))
