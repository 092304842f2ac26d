"""Card builders, from records to Block Kit dicts: plain asserts, no Slack."""

from __future__ import annotations

import json

import pytest

from handlers import cards
from store import (
    ArticleRef,
    ContactFact,
    ContactReport,
    Correction,
    Coverage,
    FactRef,
    PersonRow,
    RoleSpan,
    SourceRef,
    TariffFact,
)

ART = ArticleRef(
    1,
    "Dar holds first call with Rubio",
    "Dawn",
    "2025-04-07",
    slack_permalink="https://t.slack.com/p1",
)
COV = Coverage(1, "2025-04-07")


def tariff(id, target, rate, sort_date, **kw) -> TariffFact:
    fields = dict(
        previous_pct=None,
        kind="reciprocal",
        scope="all goods",
        status="announced",
        effective=sort_date,
        announced=None,
        confidence="medium",
    )
    fields.update(kw)
    return TariffFact(
        id,
        kw.pop("imposer", "US"),
        target,
        rate,
        sort_date=sort_date,
        n_sources=1,
        sources=[SourceRef(ART, "The country faces a 29% tariff.", "medium")],
        **{k: v for k, v in fields.items() if k != "imposer"},
    )


def texts(reply) -> list[str]:
    out = []
    for b in reply.blocks:
        if "text" in b:
            out.append(b["text"]["text"])
        out += [e["text"] for e in b.get("elements", [])]
        out += [f["text"] for f in b.get("fields", [])]
    return out


def test_tariff_card_for_the_seed(valid):
    facts = [
        tariff(1, "PK", 29.0, "2025-04-09"),
        tariff(2, "*", 10.0, "2025-04-05", kind="baseline", status="in_force"),
    ]
    reply = valid(cards.tariff_card("PK", facts, COV))
    assert reply.blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Tariffs on Pakistan", "emoji": True},
    }
    assert texts(reply) == [
        "Tariffs on Pakistan",
        "*United States → Pakistan*  *29%* reciprocal, all goods, from 2025-04-09 (announced)",
        "Source: <https://t.slack.com/p1|“Dar holds first call with Rubio”> · Dawn · 2025-04-07",
        "_“The country faces a 29% tariff.”_",
        "*United States → all partners*  *10%* baseline, all goods, from 2025-04-05 (in force)",
        "Source: <https://t.slack.com/p1|“Dar holds first call with Rubio”> · Dawn · 2025-04-07",
        "_“The country faces a 29% tariff.”_",
        "Based on 1 article, latest 2025-04-07",
    ]


def test_tariff_card_shows_current_rate_and_the_chain_that_led_to_it(valid):
    facts = [
        tariff(1, "CN", 10.0, "2025-02-04", measure_id=1),
        tariff(2, "CN", 20.0, "2025-03-04", measure_id=1, status="raised"),
        tariff(3, "CN", 145.0, "2025-04-10", measure_id=1, previous_pct=20.0, status="raised"),
    ]
    reply = valid(cards.tariff_card("CN", facts, COV))
    assert texts(reply)[1] == (
        "*United States → China*  *145%* (was 20%) reciprocal, all goods, from 2025-04-10 (raised)\n"
        "History: announced 10% from 2025-02-04 (<https://t.slack.com/p1|Dawn>) → "
        "raised to 20% from 2025-03-04 (<https://t.slack.com/p1|Dawn>) → "
        "raised to 145% from 2025-04-10 (<https://t.slack.com/p1|Dawn>)"
    )


PAKISTAN = [
    tariff(1, "PK", 29.0, "2025-04-09", measure_id=1),
    tariff(2, "PK", 10.0, "2025-04-10", measure_id=1, status="paused", previous_pct=29.0),
    tariff(3, "*", 10.0, "2025-04-05", measure_id=3, kind="baseline", status="in_force"),
]


@pytest.mark.parametrize(
    "as_of, title, line",
    [
        # today: the pause, and the chain
        (
            None,
            "Tariffs on Pakistan",
            "*United States → Pakistan*  *10%* while the 29% is paused, reciprocal, all goods, "
            "from 2025-04-10\nHistory: announced 29% from 2025-04-09 (<https://t.slack.com/p1|Dawn>)"
            " → paused at 10% from 2025-04-10 (<https://t.slack.com/p1|Dawn>)",
        ),
        # after the pause: the same
        (
            "2025-05-01",
            "Tariffs on Pakistan on 2025-05-01",
            "*United States → Pakistan*  *10%* while the 29% is paused, reciprocal, all goods, "
            "from 2025-04-10\nHistory: announced 29% from 2025-04-09 (<https://t.slack.com/p1|Dawn>)"
            " → paused at 10% from 2025-04-10 (<https://t.slack.com/p1|Dawn>)",
        ),
        # the day the 29% started, before the pause: 29%, and what came later
        (
            "2025-04-09",
            "Tariffs on Pakistan on 2025-04-09",
            "*United States → Pakistan*  *29%* reciprocal, all goods, from 2025-04-09 (announced)"
            "\n_Later: paused at 10% from 2025-04-10_",
        ),
    ],
)
def test_tariff_chain_as_of_a_day(valid, as_of, title, line):
    reply = valid(cards.tariff_card("PK", PAKISTAN, COV, as_of=as_of))
    assert texts(reply)[0] == title
    assert line in texts(reply)


def test_tariff_before_anything_started_lists_what_was_to_come(valid):
    reply = valid(cards.tariff_card("PK", PAKISTAN, COV, as_of="2025-04-01"))
    assert texts(reply)[-2] == (
        "*Not yet in force on 2025-04-01:* United States → Pakistan announced 29% from 2025-04-09; "
        "United States → all partners 10% in force from 2025-04-05"
    )


def test_a_paused_rate_names_the_all_partner_rate_that_applies(valid):
    facts = [
        tariff(1, "PK", 29.0, "2025-04-09", measure_id=1),
        tariff(2, "PK", 29.0, "2025-04-10", measure_id=1, status="paused", effective=None),
        tariff(3, "*", 10.0, "2025-04-05", measure_id=3, kind="baseline", status="in_force"),
    ]
    line = texts(valid(cards.tariff_card("PK", facts, COV)))[1]
    assert line.startswith(
        "*United States → Pakistan*  *29%* paused, reciprocal, all goods; "
        "the 10% rate on all partners applies\nHistory: announced 29% from 2025-04-09"
    )


def test_a_pause_reported_with_its_lower_rate_is_one_step():
    steps = [
        tariff(1, "PK", 29.0, "2025-04-09", measure_id=1),
        tariff(2, "PK", 29.0, "2025-04-10", measure_id=1, status="paused", effective=None),
        tariff(3, "PK", 10.0, "2025-04-10", measure_id=1, status="paused"),
    ]
    assert [cards.step_phrase(t, b) for t, b in cards.chain_steps(steps)] == [
        "announced 29% from 2025-04-09",
        "paused at 10% from 2025-04-10",
    ]


def test_fact_sections_carry_their_reference_for_the_slack_layer(valid):
    reply = valid(cards.tariff_card("PK", PAKISTAN, COV))
    assert [b.get("block_id") for b in reply.blocks if b.get("block_id")] == [
        "fact:tariff:2",
        "fact:tariff:3",
    ]


def test_tariff_card_groups_by_imposer_newest_first(valid):
    facts = [
        tariff(1, "CN", 10.0, "2025-02-04"),
        tariff(2, "CN", 15.0, "2025-03-10", imposer="CA", kind="retaliatory"),
    ]
    reply = valid(cards.tariff_card("CN", facts, COV))
    lines = [t.split("\n")[0] for t in texts(reply) if t.startswith("*")]
    assert [line.split("*")[1] for line in lines] == ["Canada → China", "United States → China"]
    assert {"type": "divider"} in reply.blocks


def test_low_confidence_tariff_is_unconfirmed(valid):
    reply = valid(
        cards.tariff_card("PK", [tariff(1, "PK", 29.0, "2025-04-09", confidence="low")], COV)
    )
    assert texts(reply)[1].endswith("(announced) · _unconfirmed_")


def test_unconfirmed_shows_the_reason(valid):
    t = tariff(1, "PK", 29.0, "2025-04-09", confidence="low", confidence_reason="rate <b>far</b>")
    reply = valid(cards.tariff_card("PK", [t], COV))
    assert texts(reply)[1].endswith("(announced) · _unconfirmed: rate &lt;b&gt;far&lt;/b&gt;_")


FIXED = Correction(7, FactRef("tariff", 1), "U024BE7LH", "2025-05-02T09:30:00+00:00", "edit")


@pytest.mark.parametrize(
    "user, name, shown",
    [
        ("U024BE7LH", "Alice Khan", "corrected by Alice Khan"),  # the display name, as text
        ("U024BE7LH", None, "corrected by user U024BE7LH"),  # no name yet: the id, no mention
        ("W012A3CDE", None, "corrected by user W012A3CDE"),  # an Enterprise Grid user id
        ("U024BE7LH", "<!channel> @here", "corrected by &lt;!channel&gt; ＠here"),  # a hostile name
        ("<!channel>", None, "corrected by &lt;!channel&gt;"),  # anything else: escaped text
        ("U1> <!here", None, "corrected by U1&gt; &lt;!here"),  # a broken id
    ],
)
def test_corrected_facts_say_who_corrected_them(valid, user, name, shown):
    # regression: "corrected by <@U…>" notified the corrector whenever the card was shared
    fixed = Correction(7, FactRef("tariff", 1), user, "2025-05-02T09:30:00+00:00", "edit")
    fixed.user_name = name
    t = tariff(1, "PK", 26.0, "2025-04-09", confidence="low", corrected=fixed)
    reply = valid(cards.tariff_card("PK", [t], COV))
    line = texts(reply)[1]
    assert line.endswith(f"(announced) · {shown}")
    assert "unconfirmed" not in line  # a person checked it
    assert "<@" not in json.dumps(reply.blocks) + reply.text


def test_only_baselines_say_so(valid):
    reply = valid(
        cards.tariff_card("FR", [tariff(2, "*", 10.0, "2025-04-05", kind="baseline")], COV)
    )
    assert texts(reply)[1].startswith("No tariffs aimed at France specifically")


def test_a_hundred_tariffs_fit_in_one_card(valid):
    facts = [
        tariff(i, "CN", float(i), f"2025-01-{i % 28 + 1:02d}", scope=f"goods {i}")
        for i in range(100)
    ]
    reply = valid(cards.tariff_card("CN", facts, COV))
    assert texts(reply)[-2].startswith("…and ") and texts(reply)[-2].endswith(" more tariff lines")


DAR = PersonRow(1, "Ishaq Dar", "PK", "Foreign Minister")
RUBIO = PersonRow(2, "Marco Rubio", "US", "Secretary of State")


def contact(date, others, **kw) -> ContactFact:
    fields = dict(
        date_precision="day",
        mode="call",
        planned=False,
        topics=["trade", "counter-terrorism"],
        confidence="medium",
        sort_date=date,
        n_sources=2,
        sources=[SourceRef(ART, None, "medium")],
    )
    fields.update(kw)
    return ContactFact(1, date, others=others, **fields)


def test_contacts_card_from_rubio_side(valid):
    reply = valid(cards.contacts_card(RUBIO, [contact("2025-04-07", [DAR])], 1, COV))
    assert texts(reply) == [
        "Contacts",
        "*Marco Rubio* — Secretary of State, United States",
        "*2025-04-07*  call with *Ishaq Dar* (Foreign Minister, Pakistan)\nTopics: trade, counter-terrorism",
        "Source: <https://t.slack.com/p1|“Dar holds first call with Rubio”> · Dawn · 2025-04-07 (+1 more source)",
        "Based on 1 article, latest 2025-04-07",
    ]


def test_contacts_card_says_how_the_sources_differ(valid):
    islamabad = ArticleRef(1, "Dar holds call", "Dawn", "2025-04-07", dateline="Islamabad")
    washington = ArticleRef(
        2, "Readout", None, "2025-04-07", url="https://state.gov/r", dateline="Washington"
    )
    c = contact(
        "2025-04-07",
        [DAR],
        topics=["counter-terrorism", "trade", "critical minerals", "detained citizens"],
        reports=[
            ContactReport(islamabad, ["counter-terrorism", "trade", "critical minerals"]),
            ContactReport(
                washington, ["counter-terrorism cooperation", "trade", "detained citizens"]
            ),
        ],
    )
    lines = texts(valid(cards.contacts_card(RUBIO, [c], 1, COV)))[2].split("\n")
    assert lines[2:] == [
        "The report from Islamabad mentions critical minerals; "
        "<https://state.gov/r|the report from Washington> does not.",
        "<https://state.gov/r|The report from Washington> mentions detained citizens; "
        "the report from Islamabad does not.",
    ]


@pytest.mark.parametrize(
    "articles, labels",
    [
        # datelines
        (
            [
                ArticleRef(1, "a", "Dawn", "2025-04-07", dateline="Islamabad"),
                ArticleRef(2, "b", None, None, dateline="Washington"),
            ],
            ["the report from Islamabad", "the report from Washington"],
        ),
        # one dateline twice: the outlets tell them apart
        (
            [
                ArticleRef(1, "a", "AP", "2025-04-07", dateline="Washington"),
                ArticleRef(2, "b", "Reuters", None, dateline="Washington"),
            ],
            ["the report from Washington (AP)", "the report from Washington (Reuters)"],
        ),
        # no dateline: the outlet, else the date
        (
            [ArticleRef(1, "a", "Dawn", "2025-04-07"), ArticleRef(2, "b", None, "2025-04-08")],
            ["the Dawn report", "the report of 2025-04-08"],
        ),
        # nothing at all to tell them apart: the article ids
        (
            [ArticleRef(1, "a", None, None), ArticleRef(2, "b", None, None)],
            ["article #1", "article #2"],
        ),
    ],
)
def test_report_labels(articles, labels):
    assert cards.report_labels(articles) == labels


def test_sources_that_agree_or_name_no_topics_are_not_compared(valid):
    a, b = ArticleRef(1, "a", "Dawn", None), ArticleRef(2, "b", "AP", None)
    same = contact(
        "2025-04-07", [DAR], reports=[ContactReport(a, ["trade"]), ContactReport(b, ["Trade"])]
    )
    silent = contact(
        "2025-04-07", [DAR], reports=[ContactReport(a, ["trade"]), ContactReport(b, [])]
    )
    assert cards.topic_differences(same) == [] and cards.topic_differences(silent) == []


def test_contact_shows_the_subject_role_at_the_time(valid):
    then = PersonRow(2, "Marco Rubio", "US", "Senator", "2019-01-01")
    c = contact("2019-01-01", [DAR], subject=then)
    line = texts(valid(cards.contacts_card(RUBIO, [c], 1, COV)))[2]
    assert "\nMarco Rubio was then Senator, United States\n" in line


def test_contacts_card_counts_the_ones_not_shown(valid):
    reply = valid(cards.contacts_card(DAR, [contact("2025-04-07", [RUBIO])], 40, COV))
    assert texts(reply)[-2] == "…and 39 more contacts"


def test_planned_undated_and_unconfirmed_contacts(valid):
    c = contact(None, [RUBIO], planned=True, confidence="low", topics=[], mode="visit")
    reply = valid(cards.contacts_card(DAR, [c], 1, COV))
    assert (
        texts(reply)[2]
        == "*date not reported*  planned visit with *Marco Rubio* (Secretary of State, United States) · _unconfirmed_"
    )


def test_who_card(valid):
    roles = [RoleSpan("Foreign Minister", "PK", "2025-01-02", "2025-04-07", 3)]
    reply = valid(cards.who_card(DAR, roles, ["Ishaq Dar", "Dar"], 4, ART, COV))
    assert texts(reply)[1:5] == [
        "*Ishaq Dar* — Foreign Minister, Pakistan",
        "*Also called*\nDar",
        "*Contacts recorded*\n4",
        "*Latest article*\n<https://t.slack.com/p1|“Dar holds first call with Rubio”> · Dawn · 2025-04-07",
    ]
    assert texts(reply)[5:7] == [
        "*Roles over time*",
        "• Foreign Minister, Pakistan — 2025-01-02 to 2025-04-07 (3 articles)",
    ]


def test_who_card_gives_each_role_its_own_section(valid):
    roles = [
        RoleSpan(f"Role {i}", "PK", "2025-01-02", None, 1, "low", "surname only", role_id=i)
        for i in range(1, 60)
    ]
    reply = valid(cards.who_card(DAR, roles, [], 0, None, COV))
    assert reply.blocks[3]["block_id"] == "fact:role:1"
    assert (
        texts(reply)[6]
        == "• Role 1, Pakistan — 2025-01-02 (1 article) · _unconfirmed: surname only_"
    )
    assert texts(reply)[-2].startswith("…and ") and texts(reply)[-2].endswith(" more roles")


def test_everything_from_an_article_is_escaped(valid):
    evil = ArticleRef(
        1, "Hi <!channel> & <@U123>", "<!here>", "2025-04-07", url="https://x.io/|<!channel>"
    )
    person = PersonRow(3, "Eve <@U999>", "PK", "Minister <!everyone>")
    c = contact(
        "2025-04-07",
        [person],
        topics=["<!subteam^S1>"],
        sources=[SourceRef(evil, "Quote <!channel>", None)],
    )
    replies = [
        cards.contacts_card(person, [c], 1, COV),
        cards.who_card(
            person, [RoleSpan("Minister <!everyone>", "PK", None, None, 1)], ["<@U1>"], 1, evil, COV
        ),
        cards.person_choices_card("<!channel>", [person], "who", COV),
        cards.unknown_person_card("<@U123>", [person], COV),
        cards.unknown_country_card("<!here>", {}, COV),
    ]
    for reply in replies:
        valid(reply)
        dumped = json.dumps(reply.blocks) + reply.text
        for raw in (
            "<!channel>",
            "<!here>",
            "<@U123>",
            "<@U999>",
            "<!everyone>",
            "<!subteam",
            "<@U1>",
        ):
            assert raw not in dumped
    assert "&lt;!channel&gt;" in json.dumps(replies[0].blocks)


def test_coverage_line_is_the_last_block_of_every_card():
    for reply in (
        cards.help_card(["/x"], Coverage(12, "2025-05-01")),
        cards.message_card("Usage", "Usage: /x", Coverage(12, "2025-05-01")),
    ):
        assert reply.blocks[-1] == {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": "Based on 12 articles, latest 2025-05-01"}],
        }
