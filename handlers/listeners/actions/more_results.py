""" "More": the next part of a cut list, for the person who asked."""

from __future__ import annotations

from logging import Logger

from slack_bolt import Ack, BoltContext, Respond

from handlers.slack import Desk, command_message, oops, text_message


def more_results(
    ack: Ack, body: dict, action: dict, respond: Respond, context: BoltContext, logger: Logger
) -> None:
    typed = action.get("value") or ""
    if not typed:
        ack()
        return
    ack()
    desk: Desk = context["desk"]
    private = bool((body.get("container") or {}).get("is_ephemeral"))
    try:
        reply = desk.answer(
            typed,
            user=(body.get("user") or {}).get("id"),
            channel=(body.get("channel") or {}).get("id"),
        )
        # a private card turns its page; a public one is left as it is for everyone else
        respond(
            response_type="ephemeral",
            replace_original=private,
            **command_message(reply, typed, share=True),
        )
    except Exception as e:
        respond(
            response_type="ephemeral",
            replace_original=False,
            **text_message(oops("show more", e)),
        )
