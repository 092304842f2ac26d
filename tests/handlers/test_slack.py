"""What the listeners share: article detection, buttons within limits, file rules."""

from __future__ import annotations

import pytest
from slackkit import ARTICLE

from handlers.blocks import MAX_BLOCKS, Reply, section
from handlers.slack import (
    Desk,
    FileRefused,
    _allowed_file_url,
    command_message,
    delivery_key,
    file_text,
    is_text_file,
    looks_like_article,
    message,
    more_button,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (ARTICLE, True),  # a news article with a date line
        (ARTICLE.split("\n", 1)[1], True),  # the same without the date line: long enough
        ("date 2025-04-07\nDar called Rubio.", True),  # short, but starts with a date line
        ("<@U0BOT> date 2025-04-07\nDar called Rubio.", True),  # after a mention
        ("did anyone see the Rubio call?", False),  # chat
        ("tariff pakistan", False),  # a command
        ("x " * 300, True),  # long enough counts, whatever it says
        ("", False),  # nothing
        ("&lt;" * 150, False),  # short once Slack's escaping is undone
    ],
)
def test_looks_like_article(text, expected):
    assert looks_like_article(text) is expected


def test_buttons_never_push_a_card_past_50_blocks():
    full = Reply([section(str(i)) for i in range(MAX_BLOCKS)], "t", more="/contacts x page 2")
    out = command_message(full, "/contacts x", share=True)
    assert len(out["blocks"]) == MAX_BLOCKS
    assert [b["action_id"] for b in out["blocks"][-1]["elements"]] == [
        "newsdesk_share",
        "newsdesk_more",
    ]
    assert message(Reply([section("a")], "a"))["blocks"] == [
        section("a")
    ]  # no buttons, no actions block


def test_a_button_value_stays_within_slack_limits():
    assert len(more_button("/contacts " + "x" * 3000)["value"]) == 2000


def test_delivery_key_prefers_the_event_id():
    assert delivery_key({"event_id": "Ev1"}, {"ts": "1.2"}) == "event:Ev1"
    assert delivery_key({}, {"channel": "C1", "ts": "1.2"}) == "message:C1:1.2"


@pytest.mark.parametrize(
    "url, allowed",
    [
        ("https://files.slack.com/files-pri/T1-F1/download/a.txt", True),  # Slack's file host
        ("https://files.slack-gov.com/files-pri/T1-F1/a.txt", True),  # GovSlack
        ("http://files.slack.com/a.txt", False),  # not https
        ("https://evil.example.org/a.txt", False),  # anywhere else never gets the token
        ("https://files.slack.com.evil.org/a.txt", False),  # a look-alike host
        ("http://127.0.0.1:9/files/a.txt", True),  # the configured API host (tests, proxies)
    ],
)
def test_the_token_goes_only_to_slack_file_hosts(url, allowed):
    assert _allowed_file_url(url, frozenset({"127.0.0.1"})) is allowed


@pytest.mark.parametrize(
    "file, readable",
    [
        ({"mode": "snippet", "filetype": "python"}, True),  # any snippet is text
        ({"filetype": "text", "name": "a"}, True),  # plain text
        ({"filetype": "markdown", "name": "a"}, True),  # markdown
        ({"filetype": "binary", "name": "story.md"}, True),  # by its name
        ({"filetype": "pdf", "name": "story.pdf"}, False),  # a PDF
        ({"filetype": "docx", "name": "story.docx"}, False),  # a Word file
    ],
)
def test_which_files_are_read(file, readable):
    assert is_text_file(file) is readable


def test_big_or_unreachable_files_are_refused_politely(db):
    desk = Desk(db)
    with pytest.raises(FileRefused, match="too big"):
        file_text(desk, {"filetype": "text", "name": "a.txt", "size": 5_000_000}, "xoxb-t")
    with pytest.raises(FileRefused, match="could not download"):
        file_text(
            desk,
            {"filetype": "text", "name": "a.txt", "url_private": "https://evil.example.org/a"},
            "xoxb-t",
        )
    with pytest.raises(FileRefused, match="can't read this file type"):
        file_text(desk, {"filetype": "pdf", "name": "a.pdf"}, "xoxb-t")


def test_a_sign_in_page_instead_of_the_file_is_refused(db):
    from fakeslack import FakeSlack

    fake = FakeSlack()
    try:
        url = fake.serve_file("a.txt", ARTICLE.encode())
        desk = Desk(db, file_hosts=frozenset({"127.0.0.1"}))
        file = {"filetype": "text", "name": "a.txt", "url_private_download": url}
        with pytest.raises(FileRefused, match="sign-in page"):
            file_text(desk, file, None)  # no token: Slack answers with its sign-in page
        assert file_text(desk, file, "xoxb-t") == ARTICLE
        assert fake.to("file")[-1].headers["authorization"] == "Bearer xoxb-t"
    finally:
        fake.close()
