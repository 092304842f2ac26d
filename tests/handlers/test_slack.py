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
    fix_command,
    is_text_file,
    looks_like_article,
    message,
    more_button,
    respond_at,
    user_name,
    with_fact_menus,
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


# -- "Not right?" menus, and the helpers behind corrections --------------------------

COUNTRY_CARD_FACTS = 100


def full_tariff_card() -> Reply:
    """A /tariff card with more lines than fit: it stops just under 50 blocks."""
    from handlers import cards
    from store import Coverage, TariffFact

    facts = [
        TariffFact(i + 1, "US", "CN", float(i), None, "sectoral", f"goods {i}", "announced",
                   f"2025-01-{i % 28 + 1:02d}", None, None, "medium")
        for i in range(COUNTRY_CARD_FACTS)
    ]  # fmt: skip
    return cards.tariff_card("CN", facts, Coverage(100, "2025-01-28"))


def test_every_fact_gets_a_not_right_menu_and_a_full_card_stays_valid(valid):
    from handlers.blocks import Reply as R

    reply = full_tariff_card()
    msg = command_message(reply, "/tariff china", share=True)
    valid(R(msg["blocks"], msg["text"]))  # slack_sdk checks every block, menus included
    assert len(msg["blocks"]) == len(reply.blocks) + 1 <= MAX_BLOCKS  # only the buttons added
    facts = [b for b in msg["blocks"] if b.get("block_id", "").startswith("fact:")]
    assert len(facts) > 10
    for block in facts:
        menu = block["accessory"]
        assert menu["type"] == "overflow" and menu["action_id"] == "newsdesk_fix|/tariff china"
        [option] = menu["options"]
        assert option == {
            "text": {"type": "plain_text", "text": "Not right?", "emoji": True},
            "value": block["block_id"].removeprefix("fact:"),
        }
    others = [b for b in msg["blocks"] if not b.get("block_id", "").startswith("fact:")]
    assert all("accessory" not in b for b in others)
    assert all("accessory" not in b for b in reply.blocks)  # the card itself is left as it was


def test_a_command_too_long_for_an_action_id_still_gets_the_menu():
    block = section("x", block_id="fact:contact:3")
    msg = command_message(Reply([block], "x"), "/contacts " + "r" * 300, share=False)
    assert msg["blocks"][0]["accessory"]["action_id"] == "newsdesk_fix"
    assert fix_command(msg["blocks"][0]["accessory"]["action_id"]) is None


def test_a_section_with_its_own_accessory_is_left_alone():
    own = {**section("x", block_id="fact:tariff:1"), "accessory": {"type": "image"}}
    assert with_fact_menus([own], "/tariff pk") == [own]


@pytest.mark.parametrize(
    "info, name",
    [
        ({"profile": {"display_name": "ak", "real_name": "Alice Khan"}}, "ak"),  # display name
        ({"profile": {"display_name": "", "real_name": "Alice Khan"}}, "Alice Khan"),  # real name
        ({"name": "alice"}, "alice"),  # the user name, last
        ({}, None),  # nothing to show
    ],
)
def test_user_name_is_looked_up_once_and_kept(db, info, name):
    from unittest.mock import create_autospec

    from slack_sdk import WebClient

    client = create_autospec(WebClient, instance=True)
    client.users_info.return_value = {"ok": True, "user": info}
    desk = Desk(db)
    assert user_name(desk, client, "U0ALICE") == name
    assert user_name(desk, client, "U0ALICE") == name
    assert client.users_info.call_count == (1 if name else 2)
    assert user_name(desk, client, None) is None


def test_respond_at_says_whether_slack_took_it():
    from fakeslack import FakeSlack

    fake = FakeSlack()
    try:
        assert respond_at(fake.response_url("a"), text="hi", replace_original=False) is True
        assert fake.responses()[0].body == {"text": "hi", "replace_original": False}
        fake.fail["respond"] = [(404, b"expired_url", {})]
        assert respond_at(fake.response_url("b"), text="hi") is False
        assert respond_at(None, text="hi") is False
    finally:
        fake.close()
    assert respond_at(fake.response_url("c"), text="hi") is False  # nobody listening
