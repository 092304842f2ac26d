"""Cleaning pasted text: Slack markup, HTML, binary, empty and huge input."""

from __future__ import annotations

import pytest

from extract import extract
from extract.text import (
    MAX_CHARS,
    EmptyText,
    NotText,
    TooLong,
    clean,
    content_hash,
    decode,
    sentences,
)

ARTICLE = (
    "date 2025-03-12\n"
    "Trade & tariffs: Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday.\n\n"
    "They discussed <the> pipeline."
)
# the same article as Slack delivers it in a message event
AS_SLACK = ARTICLE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_slack_escaping_gives_the_same_text_and_hash():
    assert clean(AS_SLACK) == clean(ARTICLE)
    assert content_hash(clean(AS_SLACK)) == content_hash(clean(ARTICLE))
    assert extract(AS_SLACK).to_json() == extract(ARTICLE).to_json()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # links keep their label
        (
            "Read <https://example.org/a|the ministry's statement>.",
            "Read the ministry's statement.",
        ),
        # bare links keep the address
        ("See <https://example.org/b>.", "See https://example.org/b."),
        # user and channel mentions become plain text
        ("Posted by <@U0123ABC> in <#C0NEWS|newsdesk>.", "Posted by @U0123ABC in #newsdesk."),
        # broadcast mentions become text that pings no one
        ("<!channel> <!here> read this", "@channel @here read this"),
    ],
)
def test_unslack(raw, expected):
    assert clean(raw) == expected


def test_html_page_to_paragraphs():
    html = (
        "<html><head><title>Ministers meet</title><script>var x = 1;</script></head>"
        "<body><h1>Ministers meet</h1><p>Dar met Rubio.</p><p>They spoke &amp; agreed.</p></body></html>"
    )
    assert clean(html) == "Ministers meet\n\nDar met Rubio.\n\nThey spoke & agreed."


def test_whitespace_does_not_change_the_hash():
    assert content_hash("Dar  met\n\nRubio.") == content_hash("Dar met Rubio.")


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ("", EmptyText),  # nothing at all
        ("   \n\t  ", EmptyText),  # only blanks
        ("x" * (MAX_CHARS + 1), TooLong),  # far longer than any article
        ("\x01\x02\x03\x04 binary \x05\x06" * 40, NotText),  # control characters
    ],
)
def test_refused_input(raw, error):
    with pytest.raises(error):
        extract(raw)


def test_binary_bytes_are_refused():
    with pytest.raises(NotText):
        decode(b"%PDF-1.7\x00\x01\x02")


def test_windows_1252_bytes_are_read():
    assert decode("Caf\xe9 talks".encode("cp1252")) == "Café talks"


def test_sentences_keep_offsets_and_abbreviations():
    text = "U.S. envoy Mr. Smith met Gen. Ali on Feb. 3. They spoke.\nA headline"
    got = sentences(text)
    assert [s.text for s in got] == [
        "U.S. envoy Mr. Smith met Gen. Ali on Feb. 3.",
        "They spoke.",
        "A headline",
    ]
    assert all(text[s.start : s.end] == s.text for s in got)


def test_a_sentence_may_open_with_a_capital_outside_latin_1():
    from extract.text import sentences

    got = [
        s.text for s in sentences("They have not met since February. Šefčovič said so. über alles.")
    ]
    assert got == ["They have not met since February.", "Šefčovič said so. über alles."]


def test_a_name_that_is_also_a_title_abbreviation_can_end_a_sentence():
    from extract.text import sentences

    got = [
        s.text for s in sentences("She called Senate President Hun Sen. In that call, she spoke.")
    ]
    assert got == ["She called Senate President Hun Sen.", "In that call, she spoke."]
    assert len(sentences("U.S. Sen. Lindsey Graham spoke.")) == 1


def test_a_hyphenated_word_ending_in_us_keeps_its_dots():
    from extract.tokens import tokenize

    assert [t.text for t in tokenize("Canada-U.S. trade talks")] == [
        "Canada-U.S.",
        "trade",
        "talks",
    ]
