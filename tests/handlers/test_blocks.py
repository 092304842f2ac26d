"""Block Kit helpers: escaping, limits, and the terminal renderer."""

from __future__ import annotations

import pytest

from handlers.blocks import Card, context, esc, link, render_text, section, shorten, to_plain, unesc


@pytest.mark.parametrize(
    "raw, escaped",
    [
        # a channel-wide ping stays text
        ("<!channel> look", "&lt;!channel&gt; look"),
        # a user mention stays text
        ("ask <@U123>", "ask &lt;@U123&gt;"),
        # an ampersand is escaped first, so it is not doubled later
        ("AT&T <b>", "AT&amp;T &lt;b&gt;"),
        # nothing to escape
        ("Dar met Rubio", "Dar met Rubio"),
    ],
)
def test_esc_and_unesc_round_trip(raw, escaped):
    assert esc(raw) == escaped
    assert unesc(escaped) == raw


@pytest.mark.parametrize(
    "url, expected",
    [
        # a normal link
        ("https://news.example/a?b=1&c=2", "<https://news.example/a?b=1&amp;c=2|label>"),
        # a URL that would break out of the link is dropped, the label stays
        ("https://x.io/a|<!channel>", "label"),
        # not http(s)
        ("javascript:alert(1)", "label"),
        # no URL
        (None, "label"),
    ],
)
def test_link_only_for_safe_urls(url, expected):
    assert link(url, "label") == expected


def test_shorten_cuts_at_a_word():
    assert shorten("one two three four five", 12) == "one two…"
    assert shorten("short", 12) == "short"


def test_card_with_too_many_items_ends_with_and_n_more(valid):
    card = Card("Many")
    for i in range(100):
        card.add(section(f"item {i}"), context("source"))
    reply = valid(card.finish("Based on 100 articles", more="items"))
    assert len(reply.blocks) <= 50
    shown = sum(
        1 for b in reply.blocks if b["type"] == "section" and b["text"]["text"].startswith("item ")
    )
    assert reply.blocks[-2]["text"]["text"] == f"…and {100 - shown} more items"
    assert reply.blocks[-1]["elements"][0]["text"] == "Based on 100 articles"


def test_card_keeps_within_the_text_budget(valid):
    card = Card("Long")
    for _ in range(20):
        card.add(section("x" * 2900))
    reply = valid(card.finish("footer"))
    assert "more" in reply.blocks[-2]["text"]["text"]


def test_overlong_section_text_is_cut_not_refused(valid):
    card = Card("One long")
    card.add(section("&amp;" * 1000))
    reply = valid(card.finish("footer"))
    text = reply.blocks[1]["text"]["text"]
    assert len(text) <= 3000 and text.endswith("&amp;…")


def test_render_text_shows_the_card_for_a_terminal():
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": "Tariffs on Pakistan"}},
        section(
            "*United States → Pakistan*  *29%* reciprocal &amp; more", fields=["*Contacts*\n3"]
        ),
        context("Source: <https://x.slack.com/p1|“Dar call”> · 2025-04-07", "_“a &lt;quote&gt;”_"),
        {"type": "divider"},
    ]
    assert render_text(blocks) == (
        "Tariffs on Pakistan\n"
        "───────────────────\n"
        "United States → Pakistan  29% reciprocal & more\n"
        "Contacts: 3\n"
        "  Source: “Dar call” (https://x.slack.com/p1) · 2025-04-07 · “a <quote>”\n"
    )


def test_to_plain_leaves_lone_asterisks_alone():
    assert to_plain("rates * apply, 5 * 3") == "rates * apply, 5 * 3"


def test_an_empty_context_is_left_out(valid):
    card = Card("Sparse")
    card.add(section("a fact with no source yet"), context("", ""))
    reply = valid(card.finish("footer"))
    assert [b["type"] for b in reply.blocks] == ["header", "section", "context"]
