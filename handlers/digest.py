"""The daily digest: what Newsdesk learnt on a day, grouped, each fact with its source.

- ``digest_reply(store, first, last, ...)`` builds the card for some days
  (``/digest``, ``newsdesk digest``); the facts come from store.digest (a fact
  belongs to the day its first report was published, or the day it was learnt
  from an older article).
- ``send_scheduled_digest(...)`` posts the day's digest to a channel once
  (``newsdesk run`` at NEWSDESK_DIGEST_TIME, ``newsdesk digest --post``); see
  ``send_digest`` for how "once" holds across restarts, crashes and two
  processes on one database.

A busy day shows the most important items (tariff changes first, then
contacts, then new roles) and "…and N more (see /digest yesterday)".
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from store import Store
from store.digest import DigestFacts, RoleNews
from store.records import ContactFact, TariffFact

from . import cards
from .blocks import (
    MAX_BLOCKS,
    MAX_CARD_TEXT,
    Reply,
    context,
    esc,
    fallback_text,
    header,
    section,
    text_size,
)
from .commands import Context, Usage, command, parse_day

log = logging.getLogger("newsdesk.digest")

POSTED_ITEMS = 15  # facts in a posted digest; the rest are "…and N more"
SHOWN_ITEMS = 30  # facts in /digest (only the asker sees it)
DIGEST_TOPICS = 5
MAX_CATCH_UP_DAYS = 7  # after downtime, a digest covers the days missed, up to a week
REMEMBER_DAYS = 14  # facts in digests of the last two weeks are not posted again
STALE_AFTER = timedelta(minutes=5)  # a claim older than this belongs to a process that died
HISTORY_PAGES = 5  # pages of channel history searched for a post that may have gone out
MARKER = "newsdesk_digest:"  # block_id prefix of a digest's first block: found again in history
CONFIDENCE_RANK = {"low": 0, "medium": 1, "high": 2}


def local_day_range(first: date, last: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """Local days ``first``..``last`` as the UTC instants [start, end) (daylight saving included).

    >>> from zoneinfo import ZoneInfo
    >>> local_day_range(date(2025, 3, 30), date(2025, 3, 30), ZoneInfo("Europe/London"))
    (datetime.datetime(2025, 3, 30, 0, 0, tzinfo=datetime.timezone.utc), datetime.datetime(2025, 3, 30, 23, 0, tzinfo=datetime.timezone.utc))
    """
    start = datetime.combine(first, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def period_label(first: date, last: date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


def period_command(first: date, last: date, today: date) -> str:
    """The /digest command that shows these days again.

    >>> d = date(2025, 4, 8)
    >>> period_command(date(2025, 4, 7), date(2025, 4, 7), d), period_command(d, d, d)
    ('/digest yesterday', '/digest today')
    >>> period_command(date(2025, 4, 5), date(2025, 4, 7), d)
    '/digest week'
    >>> period_command(date(2025, 1, 5), date(2025, 1, 5), d)
    '/digest 2025-01-05'
    """
    if first == last == today - timedelta(days=1):
        return "/digest yesterday"
    if first == last == today:
        return "/digest today"
    if first == last:
        return f"/digest {last.isoformat()}"
    if first >= today - timedelta(days=6):
        return "/digest week"
    return f"/digest {last.isoformat()}"


# -- lines ------------------------------------------------------------------------------


def _low(confidence: str | None) -> bool:
    return confidence == "low"


def tariff_before(t: TariffFact, steps: list[TariffFact]) -> tuple[TariffFact | None, bool]:
    """The step before ``t`` in its measure, and whether ``t`` is shown at all (a pause reported
    with the rate it pauses at is one step: "paused at 10%")."""
    chain = cards.chain_steps(steps or [t])
    for step, before in chain:
        if step.id == t.id:
            return before, True
    return None, False


def tariff_change(t: TariffFact, before: TariffFact | None) -> str:
    """ "29% → *10%* (paused)", "*29%* (announced)", "*29%* paused".

    >>> t = TariffFact(2, "US", "PK", 10.0, None, None, None, "paused", "2025-04-10", None,
    ...                "2025-04-10", None)
    >>> b = TariffFact(1, "US", "PK", 29.0, None, None, None, "announced", "2025-04-09", None,
    ...                "2025-04-09", None)
    >>> tariff_change(t, b), tariff_change(b, None)
    ('29% → *10%* (paused)', '*29%* (announced)')
    """
    status = cards.STATUS_LABEL.get(t.status or "", t.status or "")
    rate = f"*{cards.pct(t.rate_pct)}*"
    if cards.suspends(t, before):
        return f"{rate} {'removed' if t.status == 'removed' else 'paused'}"
    was = t.previous_pct
    if was is None and before is not None and before.rate_pct != t.rate_pct:
        was = before.rate_pct
    text = f"{cards.pct(was)} → {rate}" if was is not None else rate
    return text + (f" ({esc(status)})" if status else "")


def tariff_text(t: TariffFact, before: TariffFact | None, first: date | None = None) -> str:
    """*United States → Pakistan*: 29% → *10%* (paused), all goods, from 2025-04-10"""
    head = f"*{cards.country(t.imposer)} → {cards.country(t.target)}*"
    terms = cards.tariff_terms(t, status=False)
    text = f"{head}: {tariff_change(t, before)}" + (f", {terms}" if terms else "")
    text += cards.trust_mark(t.confidence, t.confidence_reason, t.corrected)
    return text + _late(t.first_published, first)


def _late(first_published: str | None, first: date | None) -> str:
    """A fact learnt in the period from an older article says when it was first reported."""
    if first and first_published and first_published < first.isoformat():
        return f" · _first reported {first_published}_"
    return ""


def contact_text(c: ContactFact, first: date | None = None) -> str:
    """*2025-04-07*  call: *Ishaq Dar* (Foreign Minister, Pakistan) and *Marco Rubio* (…)"""
    mode = ("planned " if c.planned else "") + esc(c.mode)
    people = " and ".join(cards.person_label(p) for p in c.others) or "unnamed people"
    text = f"*{cards.contact_date(c)}*  {mode}: {people}"
    text += cards.trust_mark(c.confidence, c.confidence_reason, c.corrected)
    text += _late(c.sources[0].article.published if c.sources else None, first)
    if c.topics:
        shown = [esc(t) for t in c.topics[:DIGEST_TOPICS]]
        more = len(c.topics) - len(shown)
        text += "\nTopics: " + ", ".join(shown) + (f", …and {more} more" if more > 0 else "")
    return text


def role_text(r: RoleNews, first: date | None = None) -> str:
    """*Muhammad Aurangzeb* — Finance Minister, Pakistan (earlier: Adviser, 2024-03-01)"""
    p = r.person
    text = f"*{esc(p.name)}* — {cards.role_line(p.role, p.country) or 'role not given'}"
    if r.earlier is not None:
        was = cards.role_line(r.earlier.role, r.earlier.country)
        text += f" (earlier: {was}" + (
            f", {r.earlier.role_as_of})" if r.earlier.role_as_of else ")"
        )
    return text + _late(r.first_as_of, first)


def sources_text(source, n_sources: int) -> str:
    """ "Source: “Title” · Outlet · 2025-04-07", or "3 sources, first: …" for a fact reported again."""
    if source is None:
        return ""
    label = cards.article_label(source)
    return f"{n_sources} sources, first: {label}" if n_sources > 1 else f"Source: {label}"


# -- the digest as items --------------------------------------------------------------------


@dataclass
class Item:
    group: str  # tariffs, contacts, people
    score: float
    blocks: list[dict]
    key: str  # "tariff:12": the fact (and the ones folded into it)


GROUPS = (("tariffs", "Tariff changes"), ("contacts", "Contacts"), ("people", "People: new roles"))


def _score_tariff(t: TariffFact, before: TariffFact | None) -> float:
    changed = t.previous_pct is not None or before is not None
    return (
        30
        + 5 * (t.target != "*")
        + 5 * changed
        + 2 * min(t.n_sources, 5)
        + CONFIDENCE_RANK.get(t.confidence or "", 1)
        - 20 * _low(t.confidence)
    )


def _score_contact(c: ContactFact) -> float:
    return (
        25
        + 2 * min(c.n_sources, 5)
        + bool(c.topics)
        + CONFIDENCE_RANK.get(c.confidence or "", 1)
        - 20 * _low(c.confidence)
    )


def _score_role(r: RoleNews) -> float:
    return (20 if r.earlier is not None else 5) + min(r.n_sources, 5)


def items(facts: DigestFacts, first: date | None = None) -> list[Item]:
    """Each fact of a digest as blocks, with how important it is."""
    out = []
    for t in facts.tariffs:
        before, shown = tariff_before(t, facts.steps.get(t.measure_id or t.id, []))
        if not shown and any(
            o.id != t.id and (o.measure_id or o.id) == (t.measure_id or t.id) for o in facts.tariffs
        ):
            continue  # a pause told by the step it pauses at, which is in the digest too
        out.append(
            Item(
                "tariffs",
                _score_tariff(t, before),
                [
                    section(tariff_text(t, before, first), block_id=cards.fact_block_id(t.ref)),
                    context(sources_text(_first_source(t), t.n_sources), cards.quote(t.sources)),
                ],
                f"tariff:{t.id}",
            )
        )
    for c in facts.contacts:
        out.append(
            Item(
                "contacts",
                _score_contact(c),
                [
                    section(contact_text(c, first), block_id=cards.fact_block_id(c.ref)),
                    context(sources_text(_first_source(c), c.n_sources)),
                ],
                f"contact:{c.id}",
            )
        )
    for r in facts.roles:
        src = sources_text(r.source, r.n_sources)
        out.append(
            Item(
                "people",
                _score_role(r),
                [section(role_text(r, first) + (f"\n{src}" if src else ""))],
                r.key,
            )
        )
    return out


def _first_source(fact):
    return fact.sources[0].article if fact.sources else None


def choose(all_items: list[Item], limit: int | None) -> list[Item]:
    """The most important ``limit`` items (all of them for None), in group order.

    Among items as important as each other, the store's order (oldest first) is kept.
    """
    ranked = sorted(range(len(all_items)), key=lambda i: (-all_items[i].score, i))
    keep = ranked if limit is None else ranked[:limit]
    order = {g: n for n, (g, _) in enumerate(GROUPS)}
    keep.sort(key=lambda i: (order[all_items[i].group], -all_items[i].score, i))
    return [all_items[i] for i in keep]


def summary(facts: DigestFacts, n_items: dict[str, int]) -> str:
    parts = []
    for group, word in (("tariffs", "tariff change"), ("contacts", "contact"), ("people", "role")):
        n = n_items.get(group, 0)
        if n:
            parts.append(f"{n} {word}{'' if n == 1 else 's'}")
    return ", ".join(parts)


def digest_card(
    facts: DigestFacts,
    first: date,
    last: date,
    *,
    limit: int | None,
    more: str,
    marker: str | None = None,
    late_from: date | None = None,
) -> Reply:
    """The digest card: grouped facts, the most important first, "…and N more", coverage.

    ``more`` is what "…and N more" points to ("(see /digest yesterday)");
    ``marker`` becomes the header's block_id (a posted digest is found again by it).
    """
    label = period_label(first, last)
    all_items = items(facts, late_from or first)
    counts: dict[str, int] = {}
    for it in all_items:
        counts[it.group] = counts.get(it.group, 0) + 1
    title = f"Newsdesk digest: {label}"
    head = header(title)
    if marker:
        head["block_id"] = marker
    intro = context(
        f"What Newsdesk first recorded {'on' if first == last else 'from'} {label}: "
        + summary(facts, counts)
        + "."
    )
    tail = [context(cards.coverage_line(facts.coverage))]
    chosen = choose(all_items, limit)
    while True:
        blocks = [head, intro]
        group = None
        for it in chosen:
            if it.group != group:
                group = it.group
                name = dict(GROUPS)[group]
                blocks.append(section(f"*{name}*"))
            blocks += it.blocks
        left = len(all_items) - len(chosen)
        if left:
            blocks.append(section(f"…and {left} more {more}".rstrip()))
        blocks += tail
        fits = len(blocks) <= MAX_BLOCKS - 1 and text_size(blocks) <= MAX_CARD_TEXT
        if fits or not chosen:
            break
        # over Slack's limits: drop the least important item shown
        weakest = min(range(len(chosen)), key=lambda i: (chosen[i].score, -i))
        chosen = chosen[:weakest] + chosen[weakest + 1 :]
    return Reply(blocks=blocks, text=fallback_text(blocks))


def empty_text(first: date, last: date) -> str:
    label = period_label(first, last)
    return f"Newsdesk digest for {label}: nothing new was recorded {'that day' if first == last else 'in those days'}."


def build(
    store: Store,
    first: date,
    last: date,
    tz: tzinfo,
    exclude: frozenset[str] | set[str] = frozenset(),
) -> DigestFacts:
    start, end = local_day_range(first, last, tz)
    return store.digest_facts(first.isoformat(), last.isoformat(), start, end, exclude)


def digest_reply(
    store: Store,
    first: date,
    last: date,
    tz: tzinfo,
    *,
    limit: int | None = SHOWN_ITEMS,
    more: str = "",
) -> Reply:
    """The digest for local days ``first``..``last`` as a card (an empty one says so)."""
    facts = build(store, first, last, tz)
    if not len(facts):
        return cards.message_card(
            f"Newsdesk digest: {period_label(first, last)}",
            esc(empty_text(first, last)),
            store.totals(),
        )
    return digest_card(facts, first, last, limit=limit, more=more)


# -- /digest --------------------------------------------------------------------------------


def today_in(tz: tzinfo | None, now: datetime | None = None) -> date:
    return (now or datetime.now(UTC)).astimezone(tz or UTC).date()


def parse_period(arg: str, today: date) -> tuple[date, date]:
    """The days /digest ARG means.

    >>> d = date(2025, 4, 8)
    >>> parse_period("", d), parse_period("today", d)[0], parse_period("week", d)[0]
    ((datetime.date(2025, 4, 7), datetime.date(2025, 4, 7)), datetime.date(2025, 4, 8), datetime.date(2025, 4, 2))
    >>> parse_period("2025-04-07", d)[1]
    datetime.date(2025, 4, 7)
    """
    word = arg.strip().lower()
    if word in ("", "yesterday"):
        day = today - timedelta(days=1)
        return day, day
    if word == "today":
        return today, today
    if word in ("week", "this week", "last week"):
        return today - timedelta(days=6), today
    day = date.fromisoformat(parse_day(arg))
    return day, day


@command("digest")
def digest_command(store: Store, arg: str, ctx: Context) -> Reply:
    """/digest [today|yesterday|week|YYYY-MM-DD]: what Newsdesk first recorded on a day (default yesterday).

    The facts first recorded that day, grouped: tariff changes (with the
    previous rate when known: 29% → 10% (paused)), contacts (who, with whom,
    mode, topics) and people's new roles. Each fact links to its source, and
    a fact reported by several articles is shown once with the number of
    sources. A fact's day is the day its first report was published; a fact
    learnt from an older article counts on the day it was pasted too.
    `/digest week` covers the last seven days. The same digest is posted each
    morning to the digest channel, if one is set.
    """
    today = today_in(ctx.tz, ctx.now)
    try:
        first, last = parse_period(arg, today)
    except ValueError:
        raise Usage(f"“{arg.strip()[:40]}” is not a day: write it as 2025-04-07.") from None
    return digest_reply(
        store,
        first,
        last,
        ctx.tz or UTC,
        limit=SHOWN_ITEMS,
        more="(`/tariff COUNTRY` and `/contacts PERSON` show every fact)",
    )


# -- posting once -----------------------------------------------------------------------------


@dataclass
class Outcome:
    """What a digest run did: state "posted", "skipped", "failed", "unknown" (it may have been
    posted by a process that died; not posted again), "busy" (another process is posting it),
    "done" (already posted or given up before) or "retry" (Slack could not be reached: the claim
    stays, and is recovered once stale)."""

    state: str
    day: str
    channel: str
    message_ts: str | None = None
    detail: str = ""

    @property
    def final(self) -> bool:
        return self.state not in ("busy", "retry")


def scheduled_window(store: Store, channel: str, today: date) -> tuple[date, date]:
    """The days the digest posted on ``today`` covers: the day after the last digest still in
    the channel, up to yesterday (just yesterday if there was none in the last week)."""
    last = today - timedelta(days=1)
    prev = store.last_covered_day(channel, last.isoformat())
    if prev is None:
        return last, last
    first = date.fromisoformat(prev) + timedelta(days=1)
    if first < last - timedelta(days=MAX_CATCH_UP_DAYS - 1):
        return last, last
    return first, last


def send_scheduled_digest(
    store: Store,
    client: WebClient,
    channel: str,
    *,
    now: datetime,
    tz: tzinfo,
    skip_empty: bool = False,
    stale_after: timedelta = STALE_AFTER,
) -> Outcome:
    """The digest due on the local day of ``now``: covering the days since the last one."""
    today = today_in(tz, now)
    first, last = scheduled_window(store, channel, today)
    return send_digest(
        store,
        client,
        channel,
        first,
        last,
        now=now,
        tz=tz,
        skip_empty=skip_empty,
        stale_after=stale_after,
        fresh_only=True,
    )


def send_digest(
    store: Store,
    client: WebClient,
    channel: str,
    first: date,
    last: date,
    *,
    now: datetime,
    tz: tzinfo,
    skip_empty: bool = False,
    stale_after: timedelta = STALE_AFTER,
    fresh_only: bool = False,
) -> Outcome:
    """Post the digest of days ``first``..``last`` to ``channel``, once.

    The post is recorded in SQLite before and after it is sent (store.posts):
    a claim ("posting") first, committed, then chat.postMessage, then
    "posted" with the message ts. Only the process whose claim went in posts;
    a restarted or second process finds the record and does nothing.

    If Slack answers with an error, the digest is "failed" (logged; not
    retried that day). If Slack cannot be reached, or the process dies
    between claim and record, the claim stays "posting"; after
    ``stale_after`` another run takes it over and first looks for the post
    in the channel's history (by the header's block_id): found, it is
    recorded as posted; not found, it is posted; history unreadable, it is
    recorded as "unknown" and not posted, because a digest posted twice is
    worse than one missing (the log says so).

    ``fresh_only`` leaves out facts already in a recent digest of the channel.
    """
    day = last.isoformat()
    claim = store.claim_digest(channel, day, first.isoformat(), now=now, stale_after=stale_after)
    if claim is None:
        row = store.post(f"digest:{channel}:{day}")
        state = "busy" if row and row.state == "posting" else "done"
        return Outcome(
            state, day, channel, row.message_ts if row else None, row.state if row else ""
        )
    first = date.fromisoformat(claim.covers_from or first.isoformat())
    marker = MARKER + day
    if claim.recovering:
        found = find_posted(client, channel, marker, claim.since)
        if found is None:
            store.finish_post(claim, "unknown", now=now, error="history unreadable after a crash")
            log.warning(
                "digest for %s to %s: an earlier attempt (%s) did not finish and the channel "
                "history cannot be read to check it; not posting it again",
                day,
                channel,
                claim.since,
            )
            return Outcome("unknown", day, channel)
        if found:
            found = found if isinstance(found, str) else None
            store.finish_post(claim, "posted", now=now, message_ts=found, error="found in history")
            log.info(
                "digest for %s to %s: found posted (%s) after an unfinished attempt",
                day,
                channel,
                found,
            )
            return Outcome("posted", day, channel, found, "found in history")
    exclude = (
        store.digested_facts(channel, (first - timedelta(days=REMEMBER_DAYS)).isoformat())
        if fresh_only
        else frozenset()
    )
    facts = build(store, first, last, tz, exclude)
    store.set_post_facts(claim, facts.keys)
    if not len(facts):
        if skip_empty:
            store.finish_post(claim, "skipped", now=now, error="nothing new")
            log.info("digest for %s: nothing new; not posted (NEWSDESK_DIGEST_SKIP_EMPTY)", day)
            return Outcome("skipped", day, channel)
        msg = {
            "text": esc(empty_text(first, last)),
            "blocks": [section(esc(empty_text(first, last)), block_id=marker)],
        }
    else:
        reply = digest_card(
            facts,
            first,
            last,
            limit=POSTED_ITEMS,
            more=f"(see `{period_command(first, last, today_in(tz, now))}`)",
            marker=marker,
        )
        msg = {"blocks": reply.blocks, "text": reply.text}
    try:
        resp = client.chat_postMessage(
            channel=channel, unfurl_links=False, unfurl_media=False, link_names=False, **msg
        )
    except SlackApiError as e:
        error = str(e.response.get("error") or "slack_error")
        store.finish_post(claim, "failed", now=now, error=error)
        log.error("digest for %s to %s failed: Slack said %s", day, channel, error)
        return Outcome("failed", day, channel, detail=error)
    except Exception as e:  # noqa: BLE001 - unknown whether it went out: leave the claim to recover
        log.error(
            "digest for %s to %s: sending failed (%s); will check and retry",
            day,
            channel,
            type(e).__name__,
        )
        return Outcome("retry", day, channel, detail=type(e).__name__)
    ts = resp.get("ts")
    store.finish_post(claim, "posted", now=now, message_ts=ts)
    log.info("digest for %s posted to %s (%d facts)", day, channel, len(facts))
    return Outcome("posted", day, channel, ts)


def find_posted(
    client: WebClient, channel: str, block_id: str, since: str | None
) -> str | None | bool:
    """The ts of a message in ``channel`` (since ``since``, ISO) with a block ``block_id``;
    False if there is none; None if the history cannot be read."""
    oldest = "0"
    if since:
        with contextlib.suppress(ValueError):
            oldest = f"{datetime.fromisoformat(since).timestamp() - 60:.6f}"
    cursor = None
    try:
        for _ in range(HISTORY_PAGES):
            resp = client.conversations_history(
                channel=channel, oldest=oldest, limit=200, cursor=cursor
            )
            for m in resp.get("messages") or []:
                if any(b.get("block_id") == block_id for b in m.get("blocks") or []):
                    return m.get("ts") or True
            cursor = (resp.get("response_metadata") or {}).get("next_cursor")
            if not resp.get("has_more") or not cursor:
                return False
    except SlackApiError as e:
        log.warning("conversations.history for %s failed: %s", channel, e.response.get("error"))
        return None
    except Exception as e:  # noqa: BLE001 - no answer is no answer
        log.warning("conversations.history for %s failed: %s", channel, type(e).__name__)
        return None
    return None  # more pages than we read: cannot tell
