"""The commands Newsdesk answers, and the dispatcher that reads what was typed.

Each command is a function registered with ``@command``; the first line of
its docstring is its line in ``help``, and ``help <command>`` shows the
whole docstring. A command that gets bad arguments raises ``Usage`` and the
user sees the usage line, never an error.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from store import Store

from . import cards
from .blocks import Reply, esc
from .lookup import blocs_of, clean_query, find_country, find_person

MENTION = re.compile(r"^(?:<@[UW][A-Z0-9]+(?:\|[^>]*)?>\s*)+")
FILLER = {"is", "of", "for", "on", "about", "with", "me", "the"}  # "who is dar", "tariffs on china"
AS_OF = re.compile(r"^(?P<what>.*?)\s+as\s+(?:of|at)\s+(?P<day>.+)$", re.I)  # "pakistan as of …"
FILTER_WORD = re.compile(r"\s+(with|since|until|before)\s+", re.I)  # "rubio with dar since …"
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


class Usage(Exception):
    """The arguments do not fit the command."""


@dataclass
class Context:
    """Who asked, when and where; passed to every command."""

    user: str | None = None
    now: datetime | None = None
    channel: str | None = None  # the Slack channel it was typed in (None in a terminal)
    tz: tzinfo | None = None  # the newsroom's time zone (NEWSDESK_TZ), for "today"


@dataclass
class Command:
    name: str
    fn: Callable[[Store, str, Context], Reply]
    aliases: tuple[str, ...]

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.fn) or ""

    @property
    def usage(self) -> str:
        return self.doc.splitlines()[0] if self.doc else f"/{self.name}"


COMMANDS: dict[str, Command] = {}  # every name and alias -> its command


def command(name: str, *aliases: str):
    """Register a command under ``name`` (and aliases such as a plural)."""

    def register(fn):
        cmd = Command(name, fn, aliases)
        for n in (name, *aliases):
            COMMANDS[n] = cmd
        return fn

    return register


def commands() -> list[Command]:
    """Each command once, in the order they were registered."""
    seen: dict[str, Command] = {}
    for cmd in COMMANDS.values():
        seen.setdefault(cmd.name, cmd)
    return list(seen.values())


def split_command(text: str) -> tuple[str, str]:
    """The command word and its argument, from however it was typed.

    >>> split_command("/tariff pakistan"), split_command("  who is   dar? ")
    (('tariff', 'pakistan'), ('who', 'dar?'))
    >>> split_command("/newsdesk help"), split_command("<@U123> contacts of Rubio")
    (('help', ''), ('contacts', 'Rubio'))
    >>> split_command("")
    ('', '')
    """
    words = MENTION.sub("", text.strip()).split()
    if words and words[0].lower().lstrip("/") == "newsdesk":
        words = words[1:]
    if not words:
        return "", ""
    name, args = words[0].lower().lstrip("/"), words[1:]
    while len(args) > 1 and args[0].lower() in FILLER:
        args = args[1:]
    return name, " ".join(args)


def is_command(text: str) -> bool:
    """Whether a typed line is a command rather than the start of an article."""
    line = text.strip()
    if line.startswith("/") or MENTION.match(line):
        return True
    name, _ = split_command(line)
    return name in COMMANDS and len(line.split()) <= 6


def answer(
    store: Store,
    text: str,
    *,
    user: str | None = None,
    now: datetime | None = None,
    channel: str | None = None,
    tz: tzinfo | None = None,
) -> Reply:
    """Answer one command as typed in Slack or the console ("/tariff pak", "who is dar")."""
    ctx = Context(user=user, now=now, channel=channel, tz=tz)
    name, arg = split_command(text)
    if not name:
        return help_command(store, "", ctx)
    cmd = COMMANDS.get(name)
    if cmd is None:
        lines = [c.usage for c in commands()]
        return cards.message_card(
            "Unknown command",
            f"Newsdesk has no command “{esc(name)}”. It knows:\n"
            + "\n".join(f"• {esc(u)}" for u in lines),
            store.totals(),
        )
    try:
        return cmd.fn(store, arg, ctx)
    except Usage as e:
        detail = f"{esc(str(e))}\n" if str(e) else ""
        return cards.message_card("Usage", f"{detail}Usage: {esc(cmd.usage)}", store.totals())


def parse_day(text: str) -> str:
    """An ISO date from what was typed: "2025-05-01", "1 May 2025", "May 1, 2025".

    >>> parse_day("2025-05-01"), parse_day("1 May 2025"), parse_day("May 1, 2025")
    ('2025-05-01', '2025-05-01', '2025-05-01')
    >>> parse_day("soon")
    Traceback (most recent call last):
    ...
    handlers.commands.Usage: “soon” is not a date: write it as 2025-05-01.
    """
    text = clean_query(text)
    problem = Usage(f"“{text[:40]}” is not a date: write it as 2025-05-01.")
    if ISO_DAY.match(text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise problem from None
    if not text or len(text) > 40 or not re.search(r"\d{4}", text):
        raise problem
    import dateparser

    found = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True},
    )
    if found is None:
        raise problem
    return found.date().isoformat()


def _need(arg: str) -> str:
    arg = clean_query(arg)
    if not arg:
        raise Usage("")
    if len(arg) > 100:
        raise Usage("That is too long for a name.")
    return arg


@command("tariff", "tariffs")
def tariff_command(store: Store, arg: str, ctx: Context) -> Reply:
    """/tariff COUNTRY [as of DATE]: the tariff rates on a country, and how they got there.

    COUNTRY may be a name, a short form or code, a demonym or the start of a
    name: `/tariff pakistan`, `/tariff pak`, `/tariff Pakistani`, `/tariff US`.
    The card groups rates by the country imposing them. Each measure shows
    its current rate (kind, goods, start date, status) and the chain that
    led to it, with dates and sources: announced 29% → paused at 10% → …
    Rates each country applies to all its partners come last.
    `/tariff pakistan as of 2025-05-01` shows what applied on that day.
    Each line names the article it came from; rates read with low confidence
    are marked unconfirmed (with the reason), corrected ones say who corrected them.
    """
    as_of = None
    m = AS_OF.match(clean_query(arg))
    if m:
        arg, as_of = m.group("what"), parse_day(m.group("day"))
    query = _need(arg)
    codes = find_country(query)
    if not codes:
        return cards.unknown_country_card(query, store.countries_with_tariffs(), store.totals())
    if len(codes) > 1:
        known = store.countries_with_tariffs()
        codes.sort(key=lambda c: c not in known)  # countries with facts first
        return cards.country_choices_card(query, codes, "tariff", store.totals())
    code = codes[0]
    facts = store.tariffs_on(code, sources_per_fact=None, blocs=blocs_of(code))
    if not facts:
        return cards.no_tariffs_card(code, store.countries_with_tariffs(), store.totals())
    # sources for the lines a card can show: two for each current rate, the first for each step
    current, chained = cards.tariff_steps_to_cite(facts, as_of)
    store.fill_sources(current[: cards.MAX_TARIFF_LINES])
    store.fill_sources(chained[: cards.MAX_TARIFF_LINES * cards.MAX_CHAIN], 1, oldest=True)
    return cards.tariff_card(code, facts, store.tariff_coverage([t.id for t in facts]), as_of)


def _one_person(store: Store, arg: str, command_name: str):
    """The person meant, or the reply to send instead (choices, or not found)."""
    query = _need(arg)
    match = find_person(store, query)
    if len(match.found) == 1 and not match.more:
        return match.found[0], None  # a close spelling with one candidate is taken
    if match.found and not match.guess:
        return None, cards.person_choices_card(
            query, match.found, command_name, store.totals(), match.more
        )
    if match.found:  # several close spellings: offered, not chosen
        return None, cards.unknown_person_card(query, match.found, store.totals(), guess=True)
    return None, cards.unknown_person_card(query, store.busiest_people(8), store.totals())


CONTACTS_PAGE = 15
PAGE = re.compile(r"\s+page\s+(\d{1,4})$", re.I)


def _page(arg: str) -> tuple[str, int]:
    """The argument without a trailing "page N", and N (1 when not given).

    >>> _page("rubio page 2"), _page("rubio")
    (('rubio', 2), ('rubio', 1))
    """
    m = PAGE.search(arg)
    return (arg[: m.start()], max(1, int(m.group(1)))) if m else (arg, 1)


@command("contacts", "contact")
def contacts_command(store: Store, arg: str, ctx: Context) -> Reply:
    """/contacts PERSON [with PERSON] [since DATE] [until DATE]: who a person has called, met or written to.

    PERSON may be a full name, a surname, an alias or a close spelling:
    `/contacts rubio`, `/contacts Secretary Rubio`, `/contacts ishaq dar`.
    Newest first. Each contact shows its date, mode (call, meeting, visit,
    talks, letter), the other people with the roles they held at the time,
    the topics (and where the sources differ on them), and the source article.
    Filter the log: `/contacts rubio with dar`, `/contacts rubio since 2025-01-01`,
    `/contacts dar with rubio until 2025-06-30` (`before DATE` also works).
    A long list ends with "…and N more"; `/contacts rubio page 2` shows the next ones.
    """
    arg, page = _page(clean_query(arg))
    parts = FILTER_WORD.split(arg)
    person, reply = _one_person(store, parts[0], "contacts")
    if reply:
        return reply
    since = until = None
    with_ids: list[int] = []
    described: list[str] = []
    for word, value in zip(parts[1::2], parts[2::2], strict=True):
        word = word.lower()
        if word == "with":
            match = find_person(store, _need(value))
            if not match.found or match.guess:
                return cards.unknown_person_card(
                    clean_query(value), match.found, store.totals(), guess=bool(match.found)
                )
            found = [p for p in match.found if p.id != person.id]
            with_ids += [p.id for p in found]
            described.append("with " + " or ".join(f"*{esc(p.name)}*" for p in found))
        elif word == "since":
            since = parse_day(value)
            described.append(f"since {since}")
        else:
            day = parse_day(value)
            until = day if word == "until" else (date.fromisoformat(day) - timedelta(1)).isoformat()
            described.append(f"{word} {day}")
    if any(w.lower() == "with" for w in parts[1::2]) and not with_ids:
        raise Usage("Name someone other than the person whose contacts you want.")
    skip = (page - 1) * CONTACTS_PAGE
    contacts, total = store.contacts_of(
        person.id, limit=skip + CONTACTS_PAGE, since=since, until=until, with_ids=with_ids
    )
    return cards.contacts_card(
        person,
        contacts[skip:],
        total,
        store.person_coverage(person.id),
        " ".join(described),
        next_command=f"/contacts {arg} page {page + 1}",
        shown_before=skip,
    )


@command("who")
def who_command(store: Store, arg: str, ctx: Context) -> Reply:
    """/who PERSON: a person's roles over time, other names, contacts and latest article.

    `/who dar`, `who is rubio`.
    """
    person, reply = _one_person(store, arg, "who")
    if reply:
        return reply
    _, n_contacts = store.contacts_of(person.id, limit=0)
    return cards.who_card(
        person,
        store.roles_of(person.id),
        store.aliases_of(person.id),
        n_contacts,
        store.latest_article_of(person.id),
        store.person_coverage(person.id),
    )


@command("help")
def help_command(store: Store, arg: str, ctx: Context) -> Reply:
    """/newsdesk help [COMMAND]: this list, or everything about one command."""
    name = clean_query(arg).lower().lstrip("/")
    if name:
        cmd = COMMANDS.get(name)
        if cmd is None:
            raise Usage(f"There is no command “{name}”.")
        return cards.command_help_card(cmd.doc, store.totals())
    return cards.help_card([c.usage for c in commands()], store.totals())


@command("stats")
def stats_command(store: Store, arg: str, ctx: Context) -> Reply:
    """/newsdesk stats: how many articles, people, contacts and tariffs Newsdesk holds."""
    s = store.stats()
    lines = [
        f"*Articles:* {s.articles:,}" + (f" (newest published {s.latest})" if s.latest else ""),
        f"*People:* {s.people:,}",
        f"*Contacts:* {s.contacts:,}",
        f"*Tariffs:* {s.tariffs:,}",
    ]
    if s.last_ingested:
        lines.append(f"*Last article added:* {s.last_ingested}")
    return cards.message_card("Newsdesk stats", "\n".join(lines), store.totals())
