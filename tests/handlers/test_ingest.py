"""Pasted articles: new, already known, or not an article (a friendly reply)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.text import MAX_CHARS
from handlers import ingest_text
from store import Source

FIXTURES = Path(__file__).parent.parent / "fixtures" / "cli"


def test_a_pasted_article_is_added_once(db, valid):
    text = (FIXTURES / "ottawa-call.txt").read_text()
    first = ingest_text(
        db, text, source=Source(slack_channel="C1", slack_permalink="https://t.slack.com/p9")
    )
    assert first.status == "new"
    assert valid(first.reply).as_text().splitlines()[0] == "Article added"
    assert "https://t.slack.com/p9" in json.dumps(first.reply.blocks)
    # the same text re-pasted with other line breaks and spacing
    again = ingest_text(db, "\n\n" + text.replace("\n\n", "\n\n\n").replace(" ", "  ") + "  ")
    assert (again.status, again.facts_added) == ("already", 0)
    assert valid(again.reply).as_text().splitlines()[0] == "Already ingested"
    assert db.totals().articles == 1


def test_slack_escaped_paste_matches_the_plain_text(db):
    plain = "date 2025-04-07\nAT&T said <b> rates rose.\n\nA second paragraph."
    assert ingest_text(db, plain).status == "new"
    assert (
        ingest_text(
            db, plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        ).status
        == "already"
    )


@pytest.mark.parametrize(
    "raw, reason",
    [
        ("", "there is no text to read"),  # empty
        ("   \n\n  ", "there is no text to read"),  # only spaces
        ("\x89PNG\x00\x00\x1a" * 50, "binary"),  # binary data
        ("word " * (MAX_CHARS // 5 + 1), "characters"),  # too long
    ],
)
def test_text_that_is_not_an_article_gets_a_friendly_reply(db, valid, raw, reason):
    out = ingest_text(db, raw)
    assert out.status == "error" and reason in out.error
    text = valid(out.reply).as_text()
    assert text.startswith("Not an article") and "Traceback" not in text
    assert db.totals().articles == 0


def test_a_pasted_ping_is_echoed_escaped(db, valid):
    # Slack delivers a typed "<!channel>" as "&lt;!channel&gt;"; the article text holds "<!channel>".
    raw = (
        "&lt;!channel&gt; Tariff alert &lt;@U123&gt;\n\nThe ministers spoke on Monday about trade."
    )
    out = ingest_text(db, raw)
    dumped = json.dumps(valid(out.reply).blocks) + out.reply.text
    assert "<!channel>" not in dumped and "<@U123>" not in dumped
    assert "&lt;!channel&gt; Tariff alert &lt;@U123&gt;" in dumped
    assert (
        "<!channel> Tariff alert <@U123>" in out.reply.as_text()
    )  # the terminal shows it as written
