"""Watches: a channel follows a country or a person, and gets each new fact about it, once.

``/newsdesk watch pakistan`` (or a person: ``/newsdesk watch rubio``) in a
channel subscribes it; ``/newsdesk unwatch pakistan`` and ``/newsdesk
watches`` manage the list. When an article brings a new tariff or contact
about a watched subject, the store queues one alert per watching channel in
the same transaction (store.watches); ``send_watch_posts`` posts the queued
alerts, each once (store.posts), as ``newsdesk run`` ingests them or within a
second or two when they were ingested elsewhere (``newsdesk ingest``).
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from extract.vocab.countries import all_forms, country_code, country_name
from store import Store
from store.watches import Watch

from . import cards
from .blocks import Reply, context, esc, fallback_text, section
from .commands import Context, Usage, command
from .digest import (
    STALE_AFTER,
    contact_text,
    find_posted,
    sources_text,
    tariff_before,
    tariff_text,
)
from .lookup import clean_query, find_country, find_person

log = logging.getLogger("newsdesk.watches")

MARKER = "newsdesk_watch:"  # block_id prefix of an alert: found again in history after a crash
KIND_WORD = re.compile(r"^(country|person)\s+", re.I)  # "watch person jordan"
MAX_SUBJECT = 100


class Choice(Exception):
    """The subject is not one country or person: the reply says what to type instead."""

    def __init__(self, reply: Reply):
        super().__init__("choose")
        self.reply = reply


def _exact_country(query: str) -> str | None:
    q = " ".join(query.lower().split())
    return all_forms().get(q) or all_forms().get(q.removeprefix("the ")) or country_code(query)


def resolve(store: Store, query: str, command_name: str) -> tuple[str, str, str]:
    """(kind, subject, label) of what ``query`` names: a country by its name, code or demonym,
    else a known person, else a country by prefix or close spelling. Raises Choice."""
    kind = None
    m = KIND_WORD.match(query)
    if m:
        kind, query = m.group(1).lower(), query[m.end() :]
    query = clean_query(query)
    if not query:
        raise Usage("")
    if len(query) > MAX_SUBJECT:
        raise Usage("That is too long for a country or a name.")
    code = _exact_country(query) if kind != "person" else None
    if code:
        return "country", code, country_name(code)
    people = find_person(store, query) if kind != "country" else None
    if people and people.found and not people.guess:
        if len(people.found) == 1 and not people.more:
            p = people.found[0]
            return "person", str(p.id), p.name
        raise Choice(
            cards.person_choices_card(
                query, people.found, f"newsdesk {command_name}", store.totals(), people.more
            )
        )
    codes = find_country(query) if kind != "person" else []
    if len(codes) == 1:
        return "country", codes[0], country_name(codes[0])
    if codes:
        raise Choice(
            cards.country_choices_card(query, codes, f"newsdesk {command_name}", store.totals())
        )
    text = f"Newsdesk knows no country or person called “{esc(query)}”."
    if people and people.found:
        text += "\nDid you mean: " + ", ".join(esc(p.name) for p in people.found) + "?"
    else:
        text += " A person can be watched once an article about them has been read."
    raise Choice(_note("Nothing to watch", text, store))


def _note(title: str, text: str, store: Store) -> Reply:
    reply = cards.message_card(title, text, store.totals())
    reply.shareable = False
    return reply


def _need_channel(ctx: Context) -> str:
    if not ctx.channel:
        raise Usage(
            "Watches belong to a Slack channel: type the command in the channel that should get "
            "the alerts."
        )
    return ctx.channel


@command("watch")
def watch_command(store: Store, arg: str, ctx: Context) -> Reply:
    """/newsdesk watch COUNTRY|PERSON: post each new tariff or contact about it in this channel.

    `/newsdesk watch pakistan`, `/newsdesk watch rubio` (`watch person jordan`
    or `watch country jordan` when a name could be either). From then on, each
    new fact about the subject that an article brings (a new tariff rate on or
    by the country, a new contact of the person or of the country's officials)
    is posted in the channel once, with its source; later reports of the same
    fact add a source and are not posted again. Newsdesk must be a member of
    the channel (`/invite @newsdesk`).
    """
    channel = _need_channel(ctx)
    try:
        kind, subject, label = resolve(store, arg, "watch")
    except Choice as c:
        return c.reply
    watch, new = store.add_watch(channel, kind, subject, label, user=ctx.user, now=ctx.now)
    what = (
        f"new tariff rate or contact about *{esc(label)}*"
        if kind == "country"
        else f"new contact of *{esc(label)}*"
    )
    if not new:
        text = f"This channel already watches *{esc(watch.label)}*."
    else:
        text = (
            f"This channel now watches *{esc(label)}*: each {what} that an article brings "
            "will be posted here once, with its source."
        )
    return _note("Watching", text + "\n" + _listing(store, channel), store)


@command("unwatch")
def unwatch_command(store: Store, arg: str, ctx: Context) -> Reply:
    """/newsdesk unwatch COUNTRY|PERSON: stop posting new facts about it in this channel."""
    channel = _need_channel(ctx)
    query = clean_query(KIND_WORD.sub("", arg.strip()))
    if not query:
        raise Usage("")
    mine = store.watches(channel)
    found = [w for w in mine if w.label.lower() == query.lower()]
    if not found:
        try:
            kind, subject, _ = resolve(store, arg, "unwatch")
        except Choice:
            kind = subject = None
        found = [w for w in mine if (w.kind, w.subject) == (kind, subject)]
    if not found:
        text = f"This channel does not watch “{esc(query)}”.\n" + _listing(store, channel)
        return _note("Not watching", text, store)
    for w in found:
        store.remove_watch(w.id)
    text = f"This channel no longer watches *{esc(found[0].label)}*.\n" + _listing(store, channel)
    return _note("Watch removed", text, store)


@command("watches")
def watches_command(store: Store, arg: str, ctx: Context) -> Reply:
    """/newsdesk watches: the countries and people this channel watches."""
    channel = _need_channel(ctx)
    return _note("Watches", _listing(store, channel), store)


def _listing(store: Store, channel: str) -> str:
    mine = store.watches(channel)
    if not mine:
        return "This channel watches nothing yet: `/newsdesk watch pakistan` starts."
    lines = [f"• {esc(w.label)} ({w.kind}, since {(w.created_at or '')[:10]})" for w in mine]
    return "This channel watches:\n" + "\n".join(lines)


# -- posting the alerts -----------------------------------------------------------------------


def alert_message(store: Store, fact: str, watch: Watch) -> dict | None:
    """The alert for one new fact (None if the fact is gone: removed, or its article undone)."""
    facts = store.digest_fact(fact)
    label = esc(watch.label)
    marker = MARKER + fact
    if facts.tariffs:
        t = facts.tariffs[0]
        before, _ = tariff_before(t, facts.steps.get(t.measure_id or t.id, []))
        what, text = "New tariff", tariff_text(t, before)
        src = sources_text(t.sources[0].article if t.sources else None, t.n_sources)
        quote = cards.quote(t.sources)
    elif facts.contacts:
        c = facts.contacts[0]
        what, text = "New contact", contact_text(c)
        src = sources_text(c.sources[0].article if c.sources else None, c.n_sources)
        quote = ""
    else:
        return None
    blocks = [
        section(f":eyes: *{what}* · watching {label}\n{text}", block_id=marker),
        context(src, quote),
    ]
    blocks = [b for b in blocks if b.get("type") != "context" or b["elements"]]
    return {"blocks": blocks, "text": fallback_text(blocks)}


def send_watch_posts(
    store: Store,
    client: WebClient,
    *,
    now: datetime | None = None,
    stale_after: timedelta = STALE_AFTER,
) -> int:
    """Post the queued watch alerts, each once (see handlers.digest.send_digest for how a claim
    left by a crash is recovered); returns how many were posted."""
    now = now or datetime.now(UTC)
    sent = 0
    for claim in store.claim_watch_posts(now=now, stale_after=stale_after):
        marker = MARKER + (claim.fact or "")
        if claim.recovering:
            found = find_posted(client, claim.channel, marker, claim.since)
            if found is None:
                store.finish_post(claim, "unknown", now=now, error="history unreadable")
                continue
            if found:
                ts = found if isinstance(found, str) else None
                store.finish_post(claim, "posted", now=now, message_ts=ts, error="found in history")
                continue
        watch = store.watch(claim.watch_id) if claim.watch_id else None
        msg = alert_message(store, claim.fact or "", watch) if watch else None
        if msg is None:
            store.finish_post(claim, "skipped", now=now, error="unwatched or fact removed")
            continue
        try:
            resp = client.chat_postMessage(
                channel=claim.channel,
                unfurl_links=False,
                unfurl_media=False,
                link_names=False,
                **msg,
            )
        except SlackApiError as e:
            error = str(e.response.get("error") or "slack_error")
            store.finish_post(claim, "failed", now=now, error=error)
            log.error(
                "watch alert %s to %s failed: Slack said %s", claim.fact, claim.channel, error
            )
            continue
        except Exception as e:  # noqa: BLE001 - unknown whether it went out: recovered when stale
            log.error(
                "watch alert %s to %s: sending failed (%s)",
                claim.fact,
                claim.channel,
                type(e).__name__,
            )
            continue
        store.finish_post(claim, "posted", now=now, message_ts=resp.get("ts"))
        sent += 1
    return sent
