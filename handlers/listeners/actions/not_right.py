""" "Not right?" on a fact: check who may correct it, then open the correction modal."""

from __future__ import annotations

from logging import Logger

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from handlers.corrections import DENIED, GONE, can_correct, correction_form
from handlers.modals import CardContext, correction_view
from handlers.slack import Desk, fix_command, oops, text_message, user_name
from store import FactRef


def not_right(
    ack: Ack,
    body: dict,
    action: dict,
    client: WebClient,
    respond: Respond,
    context: BoltContext,
    logger: Logger,
) -> None:
    fact = FactRef.parse((action.get("selected_option") or {}).get("value"))
    trigger = body.get("trigger_id")
    if fact is None or not trigger:
        ack()
        logger.warning("not right: no fact or trigger_id in the click")
        return
    ack()
    desk: Desk = context["desk"]
    user = (body.get("user") or {}).get("id")
    try:
        form = correction_form(desk.store, fact)
        if form is None:
            respond(response_type="ephemeral", replace_original=False, **text_message(GONE))
            return
        if not can_correct(desk.store, fact, user, desk.admins):
            respond(response_type="ephemeral", replace_original=False, **text_message(DENIED))
            return
        container = body.get("container") or {}
        card = CardContext(
            fact=str(fact),
            command=fix_command(action.get("action_id")),
            response_url=body.get("response_url"),
            channel=container.get("channel_id") or (body.get("channel") or {}).get("id"),
            ts=container.get("message_ts"),
            private=bool(container.get("is_ephemeral")),
        )
        # the trigger_id is good for 3 seconds: open first, then learn the corrector's name
        client.views_open(trigger_id=trigger, view=correction_view(form, card))
        user_name(desk, client, user)
    except Exception as e:
        respond(
            response_type="ephemeral",
            replace_original=False,
            **text_message(oops("open the correction form", e)),
        )
