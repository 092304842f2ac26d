"""Card builders: records from the store in, a Reply (Block Kit) out.

Pure functions: no database, no Slack. Every string that came from an
article or a user is escaped with ``esc`` before it goes into mrkdwn.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath

from extract.model import Contact, Person, Tariff
from extract.vocab.countries import country_name
from store import (
    ArticleRef,
    ContactFact,
    Correction,
    Coverage,
    FactRef,
    IngestResult,
    PersonRow,
    RoleSpan,
    SourceRef,
    TariffFact,
)
from store.names import same_topic

from .blocks import Card, Reply, context, divider, esc, link, section, shorten

STATUS_LABEL = {"in_force": "in force"}
MAX_CHAIN = 5  # steps of a measure's history shown on its line; older ones become "…"
MAX_TARIFF_LINES = 24  # more than fit in 50 blocks at two blocks a line
MAX_TOPICS = 8
MAX_DIFFERENCES = 3  # lines saying how the sources of one contact differ
QUOTE_CHARS = 160
TITLE_CHARS = 80
SOURCE_CHARS = 40
SLACK_USER = re.compile(r"[UW][A-Z0-9]{2,20}\Z")


# -- small pieces ------------------------------------------------------------


def coverage_line(cov: Coverage) -> str:
    """The footer every card ends with.

    >>> coverage_line(Coverage(1, "2025-04-07")), coverage_line(Coverage(0, None))
    ('Based on 1 article, latest 2025-04-07', 'Based on 0 articles')
    >>> coverage_line(Coverage(100000, "2025-12-01"))
    'Based on 100,000 articles, latest 2025-12-01'
    """
    text = f"Based on {cov.articles:,} article{'' if cov.articles == 1 else 's'}"
    return text + (f", latest {cov.latest}" if cov.latest else "")


def country(code: str | None) -> str:
    return esc(country_name(code)) if code else ""


def role_line(role: str | None, code: str | None) -> str:
    """ "Foreign Minister, Pakistan", escaped; empty when neither is known."""
    return ", ".join(x for x in (esc(role) if role else "", country(code)) if x)


def person_label(p: PersonRow) -> str:
    """*Ishaq Dar* (Foreign Minister, Pakistan)"""
    extra = role_line(p.role, p.country)
    return f"*{esc(p.name)}*" + (f" ({extra})" if extra else "")


def article_label(a: ArticleRef) -> str:
    """“Title” · Outlet · 2025-04-07, the title linked to the Slack message (or the article URL)."""
    title = f"“{esc(shorten(a.title, TITLE_CHARS))}”" if a.title else f"article #{a.id}"
    parts = [link(a.slack_permalink or a.url, title)]
    if a.outlet:
        parts.append(esc(a.outlet))
    if a.published:
        parts.append(a.published)
    if a.file_path and not a.slack_permalink:
        parts.append(esc(PurePath(a.file_path).name))
    return " · ".join(parts)


def source_line(sources: list[SourceRef], n_sources: int) -> str:
    if not sources:
        return ""
    text = "Source: " + article_label(sources[0].article)
    if n_sources > 1:
        text += f" (+{n_sources - 1} more source{'s' if n_sources > 2 else ''})"
    return text


def quote(sources: list[SourceRef]) -> str:
    sentence = next((s.sentence for s in sources if s.sentence), None)
    return f"_“{esc(shorten(sentence, QUOTE_CHARS))}”_" if sentence else ""


def unconfirmed(confidence: str | None, reason: str | None = None) -> str:
    """The mark of a low-confidence fact, with the reason when known.

    >>> unconfirmed("low", "surname only"), unconfirmed("low"), unconfirmed("high", "x")
    (' · _unconfirmed: surname only_', ' · _unconfirmed_', '')
    """
    if confidence != "low":
        return ""
    return f" · _unconfirmed: {esc(reason)}_" if reason else " · _unconfirmed_"


def plain_name(name: str) -> str:
    """A person's name as text that can notify nobody: escaped, and no "@" to parse.

    >>> plain_name("Alice <!here>"), plain_name("@channel")
    ('Alice &lt;!here&gt;', '＠channel')
    """
    return esc(" ".join(str(name).split())).replace("@", "\uff20")


def corrector(c: Correction) -> str:
    """Who corrected a fact, never as a mention (a <@U…> would notify them each time the card
    is shared): their display name when Newsdesk knows it, else their user id as plain text.

    >>> fix = Correction(1, FactRef("tariff", 1), "U024BE7LH", "2025-05-02", "edit")
    >>> corrector(fix)
    'user U024BE7LH'
    >>> fix.user_name = "Alice Khan"
    >>> corrector(fix)
    'Alice Khan'
    """
    if c.user_name:
        return plain_name(c.user_name)
    if SLACK_USER.match(c.user or ""):
        return f"user {c.user}"
    return plain_name(c.user or "someone")


def corrected_mark(c: Correction | None) -> str:
    """ " · corrected by Alice Khan" for a fact a person corrected (plain text, no mention)."""
    return f" · corrected by {corrector(c)}" if c else ""


def trust_mark(confidence: str | None, reason: str | None, c: Correction | None) -> str:
    """A corrected fact says who corrected it; otherwise a low-confidence one is unconfirmed."""
    return corrected_mark(c) if c else unconfirmed(confidence, reason)


def fact_block_id(ref: FactRef | None) -> str | None:
    """The block_id of a fact's section: "fact:contact:12", for the Slack layer's menus."""
    return f"fact:{ref}" if ref else None


def short_source(a: ArticleRef) -> str:
    """An article in a few words (outlet, or the start of the title), linked when possible."""
    label = a.outlet or (shorten(a.title, SOURCE_CHARS) if a.title else f"article #{a.id}")
    return link(a.slack_permalink or a.url, esc(label))


def pct(value: float) -> str:
    """
    >>> pct(29.0), pct(2.5)
    ('29%', '2.5%')
    """
    return f"{value:g}%"


def contact_date(c: ContactFact) -> str:
    if not c.date:
        return "date not reported"
    if c.date_precision == "month":
        return c.date[:7]
    if c.date_precision == "week":
        return f"week of {c.date}"
    return c.date


# -- /tariff -----------------------------------------------------------------


def tariff_terms(t: TariffFact, status: bool = True) -> str:
    """ "reciprocal, all goods, from 2025-04-09 (announced)" """
    parts = [esc(x) for x in (t.kind, t.scope) if x and x != "other"]
    if t.effective:
        parts.append(f"from {t.effective}")
    elif t.announced:
        parts.append(f"announced {t.announced}")
    text = ", ".join(parts)
    if t.status and status:
        text += f" ({STATUS_LABEL.get(t.status, t.status)})"
    return text.strip()


def step_date(t: TariffFact) -> str:
    """When a step took or takes effect: its effective date, else when announced or first reported."""
    return t.sort_date or t.effective or t.announced or t.first_published or ""


def _chrono(steps: Iterable[TariffFact]) -> list[TariffFact]:
    return sorted(steps, key=lambda t: (step_date(t), t.id))


def paused_at(t: TariffFact, before: TariffFact | None) -> bool:
    """A pause that sets a lower rate ("paused at 10%"), not a pause of this rate."""
    if t.status != "paused":
        return False
    previous = t.previous_pct if t.previous_pct is not None else (before and before.rate_pct)
    return previous is not None and previous != t.rate_pct


def suspends(t: TariffFact, before: TariffFact | None) -> bool:
    """Whether the step leaves no rate of its own in force (a pause of the rate, or removed)."""
    return t.status == "removed" or (t.status == "paused" and not paused_at(t, before))


def step_phrase(t: TariffFact, before: TariffFact | None) -> str:
    """One step of a chain: "announced 29% from 2025-04-09", "paused at 10% from 2025-04-10".

    >>> t = TariffFact(1, "US", "PK", 29.0, None, None, None, "announced", "2025-04-09",
    ...                None, "2025-04-09", None)
    >>> step_phrase(t, None)
    'announced 29% from 2025-04-09'
    """
    rate = pct(t.rate_pct)
    status = t.status or ""
    if status == "paused":
        text = f"paused at {rate}" if paused_at(t, before) else f"{rate} paused"
    else:
        text = {
            "announced": f"announced {rate}",
            "proposed": f"proposed {rate}",
            "in_force": f"{rate} in force",
            "raised": f"raised to {rate}",
            "lowered": f"lowered to {rate}",
            "removed": f"{rate} removed",
        }.get(status, rate)
    if t.effective:
        return f"{text} from {t.effective}"
    if t.announced:
        return f"{text} on {t.announced}"
    return f"{text} (reported {t.first_published})" if t.first_published else text


def chain_steps(steps: list[TariffFact]) -> list[tuple[TariffFact, TariffFact | None]]:
    """Chronological steps, each with the step before it.

    A pause of a rate reported together with the rate it is paused at (same
    day) is one step: "paused at 10%".
    """
    ordered = _chrono(steps)
    out: list[tuple[TariffFact, TariffFact | None]] = []
    for i, t in enumerate(ordered):
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        before = out[-1][0] if out else None
        if (
            nxt is not None
            and t.status == "paused"
            and not paused_at(t, before)
            and step_date(nxt) == step_date(t)
            and paused_at(nxt, t)
        ):
            continue
        out.append((t, before))
    return out


def chain_line(steps: list[TariffFact]) -> str:
    """ "History: announced 29% from 2025-04-09 (Dawn) → paused at 10% from 2025-04-10 (AP)" """
    chain = chain_steps(steps)
    shown = chain[-MAX_CHAIN:]
    parts = []
    for t, before in shown:
        text = esc(step_phrase(t, before))
        if t.sources:
            text += f" ({short_source(t.sources[0].article)})"
        parts.append(text)
    lead = "… → " if len(chain) > len(shown) else ""
    return "History: " + lead + " → ".join(parts)


def later_line(upcoming: list[TariffFact], step: TariffFact) -> str:
    """ "Later: paused at 10% from 2025-04-10" for steps after the day asked about."""
    chain = [(t, b) for t, b in chain_steps([step, *upcoming]) if t is not step]
    shown = [esc(step_phrase(t, b)) for t, b in chain[:2]]
    more = len(chain) - len(shown)
    return "_Later: " + " → ".join(shown) + (f" → …and {more} more" if more > 0 else "") + "_"


def tariff_line(
    t: TariffFact, before: TariffFact | None = None, fallback: TariffFact | None = None
) -> str:
    """*United States → Pakistan*  *29%* reciprocal, all goods, from 2025-04-09 (announced)

    A pause of the rate says so, and names the all-partner rate that applies
    meanwhile (``fallback``); a pause at a lower rate shows that rate.
    """
    head = f"*{country(t.imposer)} → {country(t.target)}*"
    mark = trust_mark(t.confidence, t.confidence_reason, t.corrected)
    if suspends(t, before):
        word = "removed" if t.status == "removed" else "paused"
        terms = tariff_terms(t, status=False)
        text = f"{head}  *{pct(t.rate_pct)}* {word}" + (f", {terms}" if terms else "")
        if fallback is not None:
            text += f"; the {pct(fallback.rate_pct)} rate on all partners applies"
        return text + mark
    rate = f"*{pct(t.rate_pct)}*"
    if paused_at(t, before):
        was = t.previous_pct if t.previous_pct is not None else before.rate_pct
        terms = tariff_terms(t, status=False)
        return (
            f"{head}  {rate} while the {pct(was)} is paused"
            + (f", {terms}" if terms else "")
            + mark
        )
    if t.previous_pct is not None:
        rate += f" (was {pct(t.previous_pct)})"
    elif before is not None and t.status in ("raised", "lowered") and before.rate_pct != t.rate_pct:
        rate += f" (was {pct(before.rate_pct)})"
    return f"{head}  {rate} {tariff_terms(t)}{mark}"


def _newest_first(facts: Iterable[TariffFact]) -> list[TariffFact]:
    return sorted(facts, key=lambda t: (step_date(t), t.id), reverse=True)


def tariff_groups(facts: list[TariffFact]) -> list[tuple[str, list[list[TariffFact]]]]:
    """Facts grouped by imposer (most recent first), then by measure.

    Within a measure the steps are newest first: the first is the current
    rate and the rest its history. Rates on the country itself come before
    the all-partner rates.
    """
    by_imposer: dict[str, dict[tuple, list[TariffFact]]] = defaultdict(lambda: defaultdict(list))
    for t in facts:
        by_imposer[t.imposer][(t.target == "*", t.target, t.measure_id or t.id)].append(t)
    groups = []
    for imposer, lines in by_imposer.items():
        ordered = [_newest_first(lines[k]) for k in sorted(lines, key=lambda k: k[:2])]
        ordered.sort(key=lambda line: (line[0].target == "*", line[0].target))
        groups.append((imposer, ordered))
    # imposers with rates on the country itself first, then the most recent
    groups.sort(
        key=lambda g: (
            any(t.target != "*" for line in g[1] for t in line),
            max(step_date(t) for line in g[1] for t in line),
        ),
        reverse=True,
    )
    return groups


@dataclass
class MeasureOn:
    """Where one measure stood on a day: the step in force then, and the steps up to it."""

    steps: list[TariffFact]  # chronological, up to the day
    step: TariffFact | None  # the latest step on or before the day (None: not yet)
    before: TariffFact | None = None  # the step before it
    upcoming: list[TariffFact] = field(default_factory=list)  # steps after the day


def measure_on(line: list[TariffFact], day: str | None) -> MeasureOn:
    """A measure's state on ``day`` (ISO date); with no day, its newest step.

    Proposals never apply: on a day they are history, not the rate in force.
    """
    steps = _chrono(line)
    if day is None:
        chain = chain_steps(steps)
        return MeasureOn(steps, chain[-1][0], chain[-1][1])
    upto = [t for t in steps if step_date(t) and step_date(t) <= day]
    applied = [t for t in upto if t.status != "proposed"]
    step = applied[-1] if applied else None
    before = None
    if step is not None:
        earlier = [t for t in applied if t is not step]
        before = earlier[-1] if earlier else None
    return MeasureOn(upto, step, before, [t for t in steps if t not in upto])


def applying_rate(m: MeasureOn) -> TariffFact | None:
    """The step whose rate applies (None when paused, removed or not yet in force)."""
    if m.step is None or suspends(m.step, m.before):
        return None
    return m.step


def tariff_card(
    code: str, facts: list[TariffFact], cov: Coverage, as_of: str | None = None
) -> Reply:
    """The /tariff card for one country: each measure's rate and the chain that led to it.

    With ``as_of`` (ISO date), what applied on that day: the step in force
    then and the history up to it; measures that had not started are listed
    at the end.
    """
    name = country_name(code)
    card = Card(f"Tariffs on {name}" + (f" on {as_of}" if as_of else ""))
    if as_of:
        card.head.append(section(f"What applied on {as_of}, from what Newsdesk knows now."))
    blocs = sorted({t.target for t in facts if t.target not in (code, "*")})
    if blocs:
        members = ", ".join(country(b) for b in blocs)
        card.head.append(
            section(f"{esc(name)} is a member of the {members}: rates on it apply too.")
        )
    if all(t.target == "*" for t in facts):
        card.head.append(
            section(
                f"No tariffs aimed at {esc(name)} specifically are recorded; "
                "these all-partner rates apply to it."
            )
        )
    groups = tariff_groups(facts)
    not_yet: list[str] = []
    for i, (_imposer, lines) in enumerate(groups):
        states = [(line, measure_on(line, as_of)) for line in lines]
        baseline = next(
            (applying_rate(m) for line, m in states if line[0].target == "*" and applying_rate(m)),
            None,
        )
        first = True
        for _line, m in states:
            if m.step is None:
                nxt = m.upcoming[0]
                not_yet.append(
                    f"{country(nxt.imposer)} → {country(nxt.target)} {esc(step_phrase(nxt, None))}"
                )
                continue
            fallback = baseline if m.step.target != "*" else None
            text = tariff_line(m.step, m.before, fallback)
            if len(m.steps) > 1:
                text += "\n" + chain_line(m.steps)
            if m.upcoming:
                text += "\n" + later_line(m.upcoming, m.step)
            blocks = [
                section(text, block_id=fact_block_id(m.step.ref)),
                context(source_line(m.step.sources, m.step.n_sources), quote(m.step.sources)),
            ]
            if i and first:
                blocks.insert(0, divider())
            first = False
            card.add(*blocks)
    if not_yet:
        card.add(section(f"*Not yet in force on {as_of}:* " + "; ".join(not_yet)))
    return card.finish(coverage_line(cov), more="tariff lines")


def tariff_steps_to_cite(facts: list[TariffFact], as_of: str | None = None) -> tuple[list, list]:
    """The steps a card shows: (current steps, earlier steps in chains), to fill sources for."""
    current, chained = [], []
    for _, lines in tariff_groups(facts):
        for line in lines:
            m = measure_on(line, as_of)
            if m.step is not None:
                current.append(m.step)
                chained += [t for t in m.steps[-MAX_CHAIN - 1 :] if t is not m.step]
    return current, chained


def no_tariffs_card(code: str, known: dict[str, int], cov: Coverage) -> Reply:
    name = country_name(code)
    card = Card(f"Tariffs on {name}")
    text = f"Newsdesk has no tariffs on {esc(name)} yet."
    if known:
        listed = ", ".join(f"{country(c)} ({n})" for c, n in list(known.items())[:15])
        text += f"\nIt has tariff facts on: {listed}" + ("…" if len(known) > 15 else "")
    else:
        text += "\nPaste a news article about tariffs to add some."
    card.head.append(section(text))
    return card.finish(coverage_line(cov))


# -- /contacts ---------------------------------------------------------------


def person_head(p: PersonRow) -> str:
    extra = role_line(p.role, p.country)
    return f"*{esc(p.name)}*" + (f" — {extra}" if extra else "")


def _mentions(topics: list[str], topic: str) -> bool:
    """Whether a report's topics include ``topic`` (store.names.same_topic)."""
    return any(same_topic(t, topic) for t in topics)


def report_labels(articles: list[ArticleRef]) -> list[str]:
    """Short, factual names for the reports of one fact, told apart from each other.

    By dateline ("the report from Islamabad"), else outlet, else date; when two
    share a name the outlet, date or id is added.
    """

    def base(a: ArticleRef) -> str:
        if a.dateline:
            return f"the report from {a.dateline}"
        if a.outlet:
            return f"the {a.outlet} report"
        return f"the report of {a.published}" if a.published else f"article #{a.id}"

    labels = [base(a) for a in articles]
    for extra in (
        lambda a: a.outlet,
        lambda a: a.published,
        lambda a: f"#{a.id}",
    ):
        dup = {x for x in labels if labels.count(x) > 1}
        if not dup:
            break
        labels = [
            f"{lab} ({extra(a)})" if lab in dup and extra(a) and f"({extra(a)})" not in lab else lab
            for lab, a in zip(labels, articles, strict=True)
        ]
    return labels


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def topic_differences(c: ContactFact) -> list[str]:
    """Where the sources of one contact name different topics, one line per difference.

    "The report from Islamabad mentions critical minerals; the report from
    Washington does not." Reports that name no topics are not compared.
    """
    reports = [r for r in c.reports if r.topics]
    if len(reports) < 2:
        return []
    labels = report_labels([r.article for r in reports])
    groups: dict[frozenset[int], list[str]] = {}
    for topic in c.topics:
        who = frozenset(i for i, r in enumerate(reports) if _mentions(r.topics, topic))
        if who and len(who) < len(reports):
            groups.setdefault(who, []).append(topic)

    def named(i: int, first: bool) -> str:
        label = labels[i][0].upper() + labels[i][1:] if first else labels[i]
        a = reports[i].article
        return link(a.slack_permalink or a.url, esc(label))

    lines = []
    for who, topics in list(groups.items())[:MAX_DIFFERENCES]:
        yes = [named(i, n == 0) for n, i in enumerate(sorted(who))]
        no = [named(i, False) for i in range(len(reports)) if i not in who]
        shown = [esc(t) for t in topics[:MAX_TOPICS]]
        more = f" and {len(topics) - len(shown)} more" if len(topics) > len(shown) else ""
        lines.append(
            f"{_join(yes)} {'mentions' if len(yes) == 1 else 'mention'} {', '.join(shown)}{more}; "
            f"{_join(no)} {'does' if len(no) == 1 else 'do'} not."
        )
    return lines


def contact_text(c: ContactFact, subject: PersonRow | None = None) -> str:
    """A contact's line: date, mode, the other people with their roles at the time, topics,
    and where the sources differ."""
    mode = ("planned " if c.planned else "") + esc(c.mode)
    others = " and ".join(person_label(o) for o in c.others) or "unnamed people"
    mark = trust_mark(c.confidence, c.confidence_reason, c.corrected)
    text = f"*{contact_date(c)}*  {mode} with {others}{mark}"
    then = c.subject
    if (
        subject
        and then
        and then.role
        and (then.role, then.country) != (subject.role, subject.country)
    ):
        text += f"\n{esc(then.name)} was then {role_line(then.role, then.country)}"
    if c.topics:
        topics = [esc(t) for t in c.topics[:MAX_TOPICS]]
        more = len(c.topics) - len(topics)
        text += "\nTopics: " + ", ".join(topics) + (f", …and {more} more" if more > 0 else "")
    for line in topic_differences(c):
        text += "\n" + line
    return text


def contacts_card(
    p: PersonRow,
    contacts: list[ContactFact],
    total: int,
    cov: Coverage,
    filters: str = "",
    *,
    next_command: str | None = None,
    shown_before: int = 0,
) -> Reply:
    """The /contacts card: who the person has been in contact with, newest first.

    ``filters`` is the already escaped description of a filtered log
    ("with *Ishaq Dar* since 2025-01-01"). A later page (``shown_before``
    contacts already shown) says so; ``next_command`` is the command that
    shows the rest, offered after "…and N more".
    """
    card = Card("Contacts")
    card.head.append(section(person_head(p) + (f"\nContacts {filters}" if filters else "")))
    if not contacts:
        card.head.append(
            section(f"No contacts of {esc(p.name)}{' ' + filters if filters else ''} recorded.")
        )
    for c in contacts:
        card.add(
            section(contact_text(c, p), block_id=fact_block_id(c.ref)),
            context(source_line(c.sources, c.n_sources), quote(c.sources)),
        )
    if shown_before:
        card.head.append(
            context(f"Contacts {shown_before + 1} to {shown_before + len(contacts)} of {total}")
        )
    more = f"contacts: `{esc(next_command)}`" if next_command else "contacts"
    hidden = max(0, total - shown_before - len(contacts))
    reply = card.finish(coverage_line(cov), more=more, hidden=hidden)
    reply.more = next_command if hidden else None
    return reply


# -- /who --------------------------------------------------------------------


def role_span_line(r: RoleSpan) -> str:
    when = r.first_as_of or "undated"
    if r.last_as_of and r.last_as_of != r.first_as_of:
        when = f"{r.first_as_of} to {r.last_as_of}"
    n = f"{r.n_articles} article{'' if r.n_articles == 1 else 's'}"
    mark = trust_mark(r.confidence, r.confidence_reason, r.corrected)
    return f"• {role_line(r.role, r.country)} — {when} ({n}){mark}"


def who_card(
    p: PersonRow,
    roles: list[RoleSpan],
    aliases: list[str],
    n_contacts: int,
    latest: ArticleRef | None,
    cov: Coverage,
) -> Reply:
    """The /who card: roles over time, other names, contacts, latest article."""
    card = Card("Who is this")
    others = [esc(a) for a in aliases if a.lower() != p.name.lower()][:10]
    fields = [
        f"*Also called*\n{', '.join(others) or '—'}",
        f"*Contacts recorded*\n{n_contacts}",
        f"*Latest article*\n{article_label(latest) if latest else '—'}",
    ]
    card.head.append(section(person_head(p), fields=fields))
    if roles:
        # one section per role, so each can carry its own "Not right?" menu
        card.head.append(section("*Roles over time*"))
        for r in roles:
            card.add(section(role_span_line(r), block_id=fact_block_id(r.ref)))
    else:
        card.head.append(section("No role recorded yet."))
    return card.finish(coverage_line(cov), more="roles")


# -- look-up results -----------------------------------------------------------


def country_choices_card(query: str, codes: list[str], command: str, cov: Coverage) -> Reply:
    card = Card("Which country?")
    lines = [f"• {country(c)} — `/{command} {esc(country_name(c).lower())}`" for c in codes]
    card.head.append(section(f"Several countries match “{esc(query)}”:\n" + "\n".join(lines)))
    return card.finish(coverage_line(cov))


def unknown_country_card(query: str, known: dict[str, int], cov: Coverage) -> Reply:
    card = Card("Country not found")
    text = f"Newsdesk does not know a country called “{esc(query)}”."
    if known:
        text += "\nIt has tariff facts on: " + ", ".join(country(c) for c in list(known)[:15])
    card.head.append(section(text))
    return card.finish(coverage_line(cov))


def person_choices_card(
    query: str, people: list[PersonRow], command: str, cov: Coverage, more: int = 0
) -> Reply:
    card = Card("Which person?")
    lines = [f"• {person_label(p)} — `/{command} {esc(p.name.lower())}`" for p in people]
    if more:
        lines.append(f"…and {more} more: type a full name")
    card.head.append(section(f"Several people match “{esc(query)}”:\n" + "\n".join(lines)))
    return card.finish(coverage_line(cov))


def unknown_person_card(
    query: str, known: list[PersonRow], cov: Coverage, guess: bool = False
) -> Reply:
    card = Card("Person not found")
    text = f"Newsdesk knows no one called “{esc(query)}”."
    if guess and known:
        text += "\nDid you mean: " + ", ".join(esc(p.name) for p in known) + "?"
    elif known:
        text += "\nPeople with the most contacts: " + ", ".join(esc(p.name) for p in known)
    elif cov.articles == 0:
        text += "\nNo articles yet: paste one to start."
    card.head.append(section(text))
    return card.finish(coverage_line(cov))


# -- help, usage, errors -----------------------------------------------------


def help_card(lines: list[str], cov: Coverage) -> Reply:
    card = Card("Newsdesk commands")
    text = "\n".join(f"• {esc(line)}" for line in lines)
    card.head.append(section(text + "\n• Paste a news article to add its facts."))
    return card.finish(coverage_line(cov))


def command_help_card(doc: str, cov: Coverage) -> Reply:
    card = Card("Newsdesk help")
    card.head.append(section(esc(doc)))
    return card.finish(coverage_line(cov))


def message_card(title: str, text: str, cov: Coverage) -> Reply:
    """A short answer: usage, an unknown command, an article that could not be read."""
    card = Card(title)
    card.head.append(section(text))
    return card.finish(coverage_line(cov))


# -- ingest ------------------------------------------------------------------


def _mark(new: bool) -> str:
    return "new" if new else "already known"


def ingest_card(article: ArticleRef, result: IngestResult, cov: Coverage) -> Reply:
    """What Newsdesk found in a pasted article, and what it already knew."""
    if result.already:
        card = Card("Already ingested")
        card.head.append(
            section(
                f"{article_label(article)}\nThis article is already in Newsdesk; nothing changed."
            )
        )
        return card.finish(coverage_line(cov))
    card = Card("Article added")
    n_people, n_contacts, n_tariffs = len(result.people), len(result.contacts), len(result.tariffs)
    known = result.facts_confirmed + sum(not o.new for o in result.people)
    summary = (
        f"Found {n_people} {'person' if n_people == 1 else 'people'}, "
        f"{n_contacts} contact{'' if n_contacts == 1 else 's'}, "
        f"{n_tariffs} tariff{'' if n_tariffs == 1 else 's'}: "
        f"{result.facts_added} new, {known} already known."
    )
    if not (n_people or n_contacts or n_tariffs):
        summary = (
            "No people, contacts or tariffs found in it. The article is stored and searchable."
        )
    card.head.append(section(f"{article_label(article)}\n{summary}"))
    for title, outcomes in (
        ("People", result.people),
        ("Contacts", result.contacts),
        ("Tariffs", result.tariffs),
    ):
        if outcomes:
            lines = [f"• {_fact_label(o.fact, o.label)} ({_mark(o.new)})" for o in outcomes]
            card.add(section(f"*{title}*\n" + "\n".join(lines)))
    return card.finish(coverage_line(cov))


def _fact_label(fact, label: str) -> str:
    """An extracted fact in one line (the extract data classes), escaped."""
    if isinstance(fact, Person):
        extra = role_line(fact.role, fact.country)
        return f"{esc(fact.name)}" + (f" — {extra}" if extra else "")
    if isinstance(fact, Contact):
        when = fact.date or "date not reported"
        mode = ("planned " if fact.planned else "") + esc(fact.mode)
        return f"{when} {mode}: " + " and ".join(esc(n) for n in fact.participants)
    if isinstance(fact, Tariff):
        t = TariffFact(
            0,
            fact.imposer,
            fact.target,
            fact.rate_pct,
            fact.previous_pct,
            fact.kind,
            fact.scope,
            fact.status,
            fact.effective,
            fact.announced,
            None,
            None,
        )
        return f"{country(t.imposer)} → {country(t.target)} {pct(t.rate_pct)} {tariff_terms(t)}"
    return esc(label)
