"""The correction modal is submitted: check again who may, store it, refresh the card.

Field problems go back into the modal (``response_action: errors``, by block
id); otherwise the modal closes, the card the fact came from is rebuilt,
and the corrector gets a short private confirmation.
"""

from __future__ import annotations

from logging import Logger

from slack_bolt import Ack, BoltContext
from slack_sdk import WebClient

from handlers.blocks import context as context_block
from handlers.blocks import esc
from handlers.corrections import DENIED, apply_correction, confirmation, correction_form
from handlers.modals import CardContext, submitted_values, view_errors
from handlers.slack import (
    Desk,
    message,
    oops,
    refresh_card,
    respond_at,
    tell,
    text_message,
    user_name,
)
from store import FactRef


def submit_correction(
    ack: Ack,
    body: dict,
    view: dict,
    client: WebClient,
    context: BoltContext,
    logger: Logger,
) -> None:
    card = CardContext.loads(view.get("private_metadata"))
    if card is None or FactRef.parse(card.fact) is None:
        ack()
        logger.warning("correction: the modal carries no fact")
        return
    desk: Desk = context["desk"]
    user = (body.get("user") or {}).get("id")
    try:
        form = correction_form(desk.store, card.fact)
        values = submitted_values(view, [f.name for f in form.fields] if form else None)
        outcome = apply_correction(desk.store, card.fact, values, user=user, admins=desk.admins)
    except Exception as e:
        ack()
        _tell(client, card, user, text_message(oops("save that correction", e)))
        return
    if outcome.errors:
        ack(response_action="errors", errors=view_errors(outcome.errors, view))
        return
    ack()  # closes the modal
    if outcome.denied:
        _tell(client, card, user, text_message(DENIED))
        return
    if outcome.correction is None:  # nothing changed, or the fact is gone
        _tell(client, card, user, text_message(esc(outcome.message)))
        return
    try:
        # the name the card and the confirmation show: normally kept since the modal opened, but
        # the look-up begun there may still be under way when a quick submission arrives (after
        # the ack: Slack wants it within 3 seconds, and users.info may be slow)
        user_name(desk, client, user)
        refreshed = refresh_card(desk, client, card, user)
        msg = message(confirmation(desk.store, outcome))
        if not refreshed and card.command:
            note = f"Ask again (`{esc(card.command)}`) to see the card with the correction."
            msg["blocks"].append(context_block(note))
        _tell(client, card, user, msg)
    except Exception as e:
        _tell(client, card, user, text_message(oops("refresh the card", e)))


def _tell(client: WebClient, card: CardContext, user: str | None, msg: dict) -> None:
    """A private note to the corrector: through the click's response_url, else chat.postEphemeral."""
    if respond_at(card.response_url, response_type="ephemeral", replace_original=False, **msg):
        return
    if card.channel:
        tell(client, card.channel, user, msg)
