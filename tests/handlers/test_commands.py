"""The dispatcher and the commands, over a real database file."""

from __future__ import annotations

import inspect
import re

import pytest

from handlers import answer
from handlers.commands import COMMANDS, commands, is_command


@pytest.fixture
def seeded(db, seed_article):
    db.ingest(seed_article)
    return db


def card_text(reply) -> str:
    return reply.as_text()


@pytest.mark.parametrize(
    "typed, first_line",
    [
        ("/tariff pakistan", "Tariffs on Pakistan"),  # slash command
        ("tariff pakistan", "Tariffs on Pakistan"),  # without the slash
        ("tariffs on pak", "Tariffs on Pakistan"),  # plural, a filler word and a prefix
        ("/contacts rubio", "Contacts"),  # slash command
        ("contacts dar", "Contacts"),  # without the slash
        ("/who dar", "Who is this"),  # who
        ("who is dar", "Who is this"),  # who, as a question
        ("/newsdesk help", "Newsdesk commands"),  # help under the app's own command
        ("help", "Newsdesk commands"),  # help alone
        ("<@U0BOT> tariff pakistan", "Tariffs on Pakistan"),  # a mention before the command
        ("", "Newsdesk commands"),  # nothing typed
        ("/tariff", "Usage"),  # missing argument
        ("/contacts", "Usage"),  # missing argument
        ("help nosuch", "Usage"),  # help for a command that does not exist
        ("/weather london", "Unknown command"),  # not a command
    ],
)
def test_every_way_of_typing_gets_a_card(seeded, valid, typed, first_line):
    reply = valid(answer(seeded, typed))
    assert card_text(reply).splitlines()[0] == first_line


def test_tariff_card_for_the_seed_facts(seeded):
    text = card_text(answer(seeded, "/tariff pakistan"))
    assert (
        "United States → Pakistan  29% reciprocal, all goods, from 2025-04-09 (announced)" in text
    )
    assert (
        "United States → all partners  10% baseline, all goods, from 2025-04-05 (in force)" in text
    )
    assert "Source: “Dar holds first call with Rubio” · Dawn · 2025-04-07" in text
    assert text.rstrip().endswith("Based on 1 article, latest 2025-04-07")


@pytest.mark.parametrize(
    "typed, counterpart",
    [
        ("/contacts rubio", "call with Ishaq Dar (Foreign Minister, Pakistan)"),  # Rubio's side
        (
            "/contacts dar",
            "call with Marco Rubio (Secretary of State, United States)",
        ),  # Dar's side
    ],
)
def test_contacts_from_both_sides(seeded, typed, counterpart):
    text = card_text(answer(seeded, typed))
    assert f"2025-04-07  {counterpart}" in text
    assert "Topics: counter-terrorism, trade, investment, critical minerals" in text


def test_who_shows_roles_aliases_and_contacts(seeded):
    text = card_text(answer(seeded, "who is Secretary Rubio"))
    assert "Marco Rubio — Secretary of State, United States" in text
    assert "Also called: Secretary Rubio, Rubio" in text
    assert "Contacts recorded: 1" in text
    assert "• Secretary of State, United States — 2025-04-07 (1 article)" in text


def test_usage_line_is_the_first_docstring_line(seeded):
    reply = answer(seeded, "/tariff")
    assert f"Usage: {COMMANDS['tariff'].usage}" in card_text(reply)
    assert COMMANDS["tariff"].usage == inspect.getdoc(COMMANDS["tariff"].fn).splitlines()[0]


def test_help_lists_every_command_from_its_docstring(seeded):
    text = card_text(answer(seeded, "help"))
    for cmd in commands():
        assert f"• {cmd.usage}" in text


def test_help_for_one_command_shows_its_whole_docstring(seeded):
    assert card_text(answer(seeded, "help contacts")).count("\n") >= inspect.getdoc(
        COMMANDS["contacts"].fn
    ).count("\n")
    assert "`/contacts Secretary Rubio`" not in card_text(
        answer(seeded, "help contacts")
    )  # rendered, no backticks
    assert "/contacts Secretary Rubio" in card_text(answer(seeded, "help contacts"))


def test_unknown_country_says_what_newsdesk_knows(seeded):
    assert "It has tariff facts on: Pakistan" in card_text(answer(seeded, "/tariff narnia"))


def test_country_without_tariffs_lists_the_known_ones(db, make_article):
    db.ingest(make_article("On India.", tariffs=[{"imposer": "US", "target": "IN", "rate": 26}]))
    assert "It has tariff facts on: India (1)" in card_text(answer(db, "/tariff brazil"))


def test_unknown_person_lists_people_newsdesk_knows(seeded):
    text = card_text(answer(seeded, "/contacts zelensky"))
    assert "Newsdesk knows no one called “zelensky”." in text
    assert "People with the most contacts: Ishaq Dar, Marco Rubio" in text


def test_two_people_with_one_surname_get_a_choice(seeded, make_article):
    seeded.ingest(make_article("Other Dar.", people=[("Mohammed Dar", "Governor", "PK")]))
    text = card_text(answer(seeded, "/contacts dar"))
    assert "Several people match “dar”:" in text
    assert "• Ishaq Dar (Foreign Minister, Pakistan) — /contacts ishaq dar" in text
    assert "• Mohammed Dar (Governor, Pakistan) — /contacts mohammed dar" in text


def test_several_close_spellings_are_offered_not_chosen(seeded, make_article):
    seeded.ingest(
        make_article(
            "Two Rubins.", people=[("Anna Rubin", "Envoy", "IL"), ("Ben Rubin", "Envoy", "US")]
        )
    )
    text = card_text(answer(seeded, "/contacts rubinn"))
    assert "Newsdesk knows no one called “rubinn”." in text
    assert "Did you mean: Anna Rubin, Ben Rubin?" in text


def test_user_text_is_escaped_in_replies(seeded):
    for typed in ("/tariff <!channel>", "/contacts <@U123>", "/<!here>"):
        reply = answer(seeded, typed)
        assert "<!channel>" not in str(reply.blocks) and "<@U123>" not in str(reply.blocks)
        assert "<!here>" not in str(reply.blocks)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("/tariff pakistan", True),  # slash
        ("contacts rubio", True),  # a command word
        ("who is dar", True),  # a question form
        (
            "Who will pay the new tariffs on steel imported from Canada this year?",
            False,
        ),  # an article's first line
        ("ISLAMABAD: Foreign Minister Ishaq Dar on Monday held a call.", False),  # an article
    ],
)
def test_is_command(line, expected):
    assert is_command(line) is expected


def test_tariffs_on_the_eu_apply_to_its_members(db, make_article):
    db.ingest(
        make_article(
            "EU rates.",
            tariffs=[
                {
                    "imposer": "US",
                    "target": "EU",
                    "rate": 20,
                    "kind": "reciprocal",
                    "effective": "2025-04-09",
                },
                {"imposer": "EU", "target": "*", "rate": 10, "kind": "baseline"},
                {
                    "imposer": "US",
                    "target": "*",
                    "rate": 10,
                    "kind": "baseline",
                    "effective": "2025-04-05",
                },
            ],
        )
    )
    text = card_text(answer(db, "/tariff france"))
    assert "France is a member of the European Union: rates on it apply too." in text
    assert "United States → European Union  20% reciprocal, from 2025-04-09 (announced)" in text
    assert "United States → all partners  10% baseline, from 2025-04-05 (announced)" in text
    assert (
        "European Union → all partners" not in text
    )  # the EU's own baseline is not on its members
    assert "European Union → all partners  10%" in card_text(answer(db, "/tariff japan"))


@pytest.mark.parametrize(
    "typed",
    [
        "/tariff *",  # a wildcard
        "/tariff 🙂",  # an emoji
        "/contacts %",  # SQL wildcard characters
        "/who _",  # another
        "/tariff ' OR 1=1 --",  # SQL-looking text
        "/contacts " + "a" * 5000,  # far too long
        "/who \x00\x01",  # control characters
        "/tariff   ",  # only spaces
        "contacts .",  # punctuation only
    ],
)
def test_odd_input_never_crashes(seeded, valid, typed):
    valid(answer(seeded, typed))


def test_stats_counts_articles_and_facts(seeded, valid):
    text = card_text(valid(answer(seeded, "/newsdesk stats")))
    assert text.splitlines()[0] == "Newsdesk stats"
    for line in (
        "Articles: 1 (newest published 2025-04-07)",
        "People: 3",
        "Contacts: 1",
        "Tariffs: 2",
    ):
        assert line in text


def test_a_long_contact_list_pages_on(db, make_article, valid):
    for day in range(1, 21):  # Rubio calls twenty different people
        db.ingest(
            make_article(
                f"Call number {day}. (test text)",
                people=[
                    ("Marco Rubio", "Secretary of State", "US"),
                    (f"Envoy Number{day}", "Envoy", "FR"),
                ],
                contacts=[
                    {
                        "participants": ["Marco Rubio", f"Envoy Number{day}"],
                        "date": f"2025-03-{day:02d}",
                    }
                ],
            )
        )
    first = valid(answer(db, "/contacts rubio"))
    assert "…and 5 more contacts: /contacts rubio page 2" in card_text(first)
    assert first.more == "/contacts rubio page 2"
    second = valid(answer(db, first.more))
    text = card_text(second)
    assert "Contacts 16 to 20 of 20" in text
    assert "Envoy Number5" in text and "Envoy Number6" not in text  # oldest five, newest first
    assert second.more is None and "more contacts" not in text


@pytest.fixture
def paused(db, seed_article, make_article):
    """The seed, then a later article pausing the 29% at 10%."""
    db.ingest(seed_article)
    db.ingest(
        make_article(
            "US pauses the 29% tariff on Pakistan at 10%.",
            published="2025-04-10",
            title="US pauses 29% tariff on Pakistan",
            outlet="AP",
            tariffs=[
                {
                    "imposer": "US",
                    "target": "PK",
                    "rate": 10,
                    "status": "paused",
                    "previous": 29,
                    "effective": "2025-04-10",
                }
            ],
        )
    )
    return db


@pytest.mark.parametrize(
    "typed, expected",
    [
        # now: the pause, with the chain
        (
            "/tariff pakistan",
            "United States → Pakistan  10% while the 29% is paused, from 2025-04-10\n"
            "History: announced 29% from 2025-04-09 (Dawn) → paused at 10% from 2025-04-10 (AP)",
        ),
        # a day after the pause
        (
            "/tariff pakistan as of 2025-05-01",
            "United States → Pakistan  10% while the 29% is paused",
        ),
        # the day before the pause
        (
            "/tariff pakistan as of 2025-04-09",
            "United States → Pakistan  29% reciprocal, all goods, from 2025-04-09 (announced)\n"
            "Later: paused at 10% from 2025-04-10",
        ),
        # a date in words
        ("/tariff pak as of 1 May 2025", "Tariffs on Pakistan on 2025-05-01"),
        # before anything started
        (
            "tariffs on pakistan as of 2025-04-01",
            "Not yet in force on 2025-04-01: United States → Pakistan announced 29% from 2025-04-09",
        ),
    ],
)
def test_tariff_chain_and_as_of(paused, valid, typed, expected):
    assert expected in card_text(valid(answer(paused, typed)))


def test_the_baseline_is_shown_as_of_a_day(paused):
    text = card_text(answer(paused, "/tariff pakistan as of 2025-05-01"))
    assert (
        "United States → all partners  10% baseline, all goods, from 2025-04-05 (in force)" in text
    )


@pytest.mark.parametrize(
    "typed, message",
    [
        (
            "/tariff pakistan as of someday",
            "“someday” is not a date: write it as 2025-05-01.",
        ),  # words
        ("/tariff pakistan as of 2025-02-30", "“2025-02-30” is not a date"),  # no such day
        ("/contacts rubio since yesterday", "“yesterday” is not a date"),  # relative words
        ("/contacts rubio with rubio", "Name someone other than the person"),  # with themself
    ],
)
def test_bad_filters_get_the_usage_line(seeded, valid, typed, message):
    text = card_text(valid(answer(seeded, typed)))
    assert text.startswith("Usage") and message in text


@pytest.fixture
def log(db, make_article):
    people = [
        ("Marco Rubio", "Secretary of State", "US"),
        ("Ishaq Dar", "Foreign Minister", "PK"),
        ("Wang Yi", "Foreign Minister", "CN"),
    ]
    for day, other in [
        ("2024-12-10", "Ishaq Dar"),
        ("2025-03-01", "Wang Yi"),
        ("2025-06-01", "Ishaq Dar"),
    ]:
        db.ingest(
            make_article(
                f"Call {day}.",
                published=day,
                people=people,
                contacts=[{"participants": ["Marco Rubio", other], "date": day}],
            )
        )
    return db


@pytest.mark.parametrize(
    "typed, heading, dates",
    [
        ("/contacts rubio", None, ["2025-06-01", "2025-03-01", "2024-12-10"]),  # all
        (
            "/contacts rubio since 2025-01-01",
            "Contacts since 2025-01-01",
            ["2025-06-01", "2025-03-01"],
        ),  # since
        (
            "/contacts rubio with dar",
            "Contacts with Ishaq Dar",
            ["2025-06-01", "2024-12-10"],
        ),  # with
        (
            "/contacts rubio with dar since 2025-01-01",
            "Contacts with Ishaq Dar since 2025-01-01",
            ["2025-06-01"],
        ),  # both, in either order
        (
            "/contacts rubio since 2025-01-01 with dar",
            "Contacts since 2025-01-01 with Ishaq Dar",
            ["2025-06-01"],
        ),  # the other order
        (
            "/contacts rubio until 2025-03-01",
            "Contacts until 2025-03-01",
            ["2025-03-01", "2024-12-10"],
        ),  # until
        (
            "/contacts rubio before 2025-03-01",
            "Contacts before 2025-03-01",
            ["2024-12-10"],
        ),  # before
        (
            "/contacts dar with rubio until 2024-01-01",
            "Contacts with Marco Rubio until 2024-01-01",
            [],
        ),  # none
    ],
)
def test_contact_log_filters(log, valid, typed, heading, dates):
    text = card_text(valid(answer(log, typed)))
    if heading:
        assert heading in text
    assert re.findall(r"^(\d{4}-\d{2}-\d{2})  call", text, re.M) == dates
    if not dates:
        assert "No contacts of Ishaq Dar with Marco Rubio until 2024-01-01 recorded." in text


def test_with_someone_unknown_says_so(log):
    text = card_text(answer(log, "/contacts rubio with zelensky"))
    assert "Newsdesk knows no one called “zelensky”." in text
