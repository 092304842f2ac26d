"""Card builders: records from the store in, a Reply (Block Kit) out.

Pure functions: no database, no Slack. Every string that came from an
article or a user is escaped with ``esc`` before it goes into mrkdwn.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import PurePath

from extract.model import Contact, Person, Tariff
from extract.vocab.countries import country_name
from store import (
    ArticleRef,
    ContactFact,
    Coverage,
    IngestResult,
    PersonRow,
    RoleSpan,
    SourceRef,
    TariffFact,
)

from .blocks import Card, Reply, context, divider, esc, link, section, shorten

STATUS_LABEL = {"in_force": "in force"}
MAX_HISTORY = 3  # earlier rates listed under the current one
MAX_TARIFF_LINES = 24  # more than fit in 50 blocks at two blocks a line
MAX_TOPICS = 8
QUOTE_CHARS = 160
TITLE_CHARS = 80


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


def unconfirmed(confidence: str | None) -> str:
    return " · _unconfirmed_" if confidence == "low" else ""


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


def tariff_terms(t: TariffFact) -> str:
    """ "reciprocal, all goods, from 2025-04-09 (announced)" """
    parts = [esc(x) for x in (t.kind, t.scope) if x and x != "other"]
    if t.effective:
        parts.append(f"from {t.effective}")
    elif t.announced:
        parts.append(f"announced {t.announced}")
    text = ", ".join(parts)
    if t.status:
        text += f" ({STATUS_LABEL.get(t.status, t.status)})"
    return text.strip()


def tariff_line(t: TariffFact) -> str:
    """*United States → Pakistan*  *29%* reciprocal, all goods, from 2025-04-09 (announced)"""
    rate = f"*{pct(t.rate_pct)}*"
    if t.previous_pct is not None:
        rate += f" (was {pct(t.previous_pct)})"
    head = f"*{country(t.imposer)} → {country(t.target)}*"
    return f"{head}  {rate} {tariff_terms(t)}{unconfirmed(t.confidence)}"


def earlier_line(history: list[TariffFact]) -> str:
    shown = [f"{pct(t.rate_pct)} {tariff_terms(t)}".strip() for t in history[:MAX_HISTORY]]
    more = len(history) - len(shown)
    return "Earlier: " + "; ".join(shown) + (f"; …and {more} more" if more > 0 else "")


def _newest_first(facts: Iterable[TariffFact]) -> list[TariffFact]:
    return sorted(facts, key=lambda t: (t.sort_date or "", t.id), reverse=True)


def tariff_groups(facts: list[TariffFact]) -> list[tuple[str, list[list[TariffFact]]]]:
    """Facts grouped by imposer (most recent first), then by target and goods.

    Within a group the first fact is the current rate and the rest its history.
    Rates on the country itself come before the all-partner rates.
    """
    by_imposer: dict[str, dict[tuple, list[TariffFact]]] = defaultdict(lambda: defaultdict(list))
    for t in facts:
        scope = (t.scope or "").lower() or "all goods"
        by_imposer[t.imposer][(t.target == "*", t.target, scope)].append(t)
    groups = []
    for imposer, lines in by_imposer.items():
        ordered = [_newest_first(lines[k]) for k in sorted(lines)]
        groups.append((imposer, ordered))
    # imposers with rates on the country itself first, then the most recent
    groups.sort(
        key=lambda g: (
            any(t.target != "*" for line in g[1] for t in line),
            max(t.sort_date or "" for line in g[1] for t in line),
        ),
        reverse=True,
    )
    return groups


def tariff_card(code: str, facts: list[TariffFact], cov: Coverage) -> Reply:
    """The /tariff card for one country."""
    name = country_name(code)
    card = Card(f"Tariffs on {name}")
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
    for i, (_imposer, lines) in enumerate(groups):
        for line in lines:
            current, history = line[0], line[1:]
            text = tariff_line(current)
            if history:
                text += "\n" + earlier_line(history)
            blocks = [
                section(text),
                context(source_line(current.sources, current.n_sources), quote(current.sources)),
            ]
            if i and line is lines[0]:
                blocks.insert(0, divider())
            card.add(*blocks)
    return card.finish(coverage_line(cov), more="tariff lines")


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


def contact_text(c: ContactFact) -> str:
    mode = ("planned " if c.planned else "") + esc(c.mode)
    others = " and ".join(person_label(o) for o in c.others) or "unnamed people"
    text = f"*{contact_date(c)}*  {mode} with {others}{unconfirmed(c.confidence)}"
    if c.topics:
        topics = [esc(t) for t in c.topics[:MAX_TOPICS]]
        more = len(c.topics) - len(topics)
        text += "\nTopics: " + ", ".join(topics) + (f", …and {more} more" if more > 0 else "")
    return text


def contacts_card(
    p: PersonRow,
    contacts: list[ContactFact],
    total: int,
    cov: Coverage,
    *,
    next_command: str | None = None,
    shown_before: int = 0,
) -> Reply:
    """The /contacts card: who the person has been in contact with, newest first.

    A later page (``shown_before`` contacts already shown) says so; ``next_command``
    is the command that shows the rest, offered after "…and N more".
    """
    card = Card("Contacts")
    card.head.append(section(person_head(p)))
    if not contacts:
        card.head.append(section(f"No contacts of {esc(p.name)} recorded yet."))
    for c in contacts:
        card.add(
            section(contact_text(c)), context(source_line(c.sources, c.n_sources), quote(c.sources))
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
    return f"• {role_line(r.role, r.country)} — {when} ({n})"


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
        lines = [role_span_line(r) for r in roles[:10]]
        if len(roles) > 10:
            lines.append(f"…and {len(roles) - 10} more")
        card.head.append(section("*Roles over time*\n" + "\n".join(lines)))
    else:
        card.head.append(section("No role recorded yet."))
    return card.finish(coverage_line(cov))


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
