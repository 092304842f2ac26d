""" "Undo" on an ingest card: the poster or an admin takes the article and its own facts back out."""

from __future__ import annotations

import json
from logging import Logger

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from handlers.blocks import esc, shorten
from handlers.slack import Desk, oops, text_message, unreact

NOT_ALLOWED = "Only the person who posted this article or a Newsdesk admin can undo it."
GONE = "That article is no longer in Newsdesk."


def undo_ingest(
    ack: Ack,
    body: dict,
    action: dict,
    respond: Respond,
    client: WebClient,
    context: BoltContext,
    logger: Logger,
) -> None:
    try:
        value = json.loads(action.get("value") or "")
        article_id = int(value["article"])
    except (ValueError, TypeError, KeyError):
        ack()
        logger.warning("undo: unreadable button value")
        return
    ack()
    desk: Desk = context["desk"]
    user = (body.get("user") or {}).get("id")
    try:
        source = desk.store.source_of(article_id)
        if source is None:
            respond(response_type="ephemeral", replace_original=False, **text_message(GONE))
            return
        if not (desk.is_admin(user) or user in {source.slack_user, value.get("by")} - {None}):
            respond(response_type="ephemeral", replace_original=False, **text_message(NOT_ALLOWED))
            return
        removal = desk.store.remove_article(article_id)
        if removal is None:
            respond(response_type="ephemeral", replace_original=False, **text_message(GONE))
            return
        if source.slack_channel and source.slack_ts:
            unreact(client, source.slack_channel, source.slack_ts)
        title = f"“{esc(shorten(removal.title, 80))}”" if removal.title else "The article"
        kept = removal.contacts_kept + removal.tariffs_kept
        text = (
            f"{title} was removed from Newsdesk: {removal.facts_removed} "
            f"fact{'' if removal.facts_removed == 1 else 's'} removed"
        )
        if kept:
            text += (
                f", {kept} kept because other articles report {'it' if kept == 1 else 'them'} too"
            )
        if removal.corrections_dropped:
            n = removal.corrections_dropped
            text += f"; {n} correction{'' if n == 1 else 's'} of removed facts dropped"
        respond(replace_original=True, **text_message(text + "."))
    except Exception as e:
        respond(
            response_type="ephemeral",
            replace_original=False,
            **text_message(oops("undo that", e)),
        )
