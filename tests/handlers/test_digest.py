"""The digest: its content for a day of fixture articles, its limits, /digest, posting once."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fakeslack import FakeSlack
from slack_sdk import WebClient

from handlers import Reply, answer, ingest_text
from handlers.digest import (
    POSTED_ITEMS,
    digest_reply,
    parse_period,
    send_digest,
    send_scheduled_digest,
)
from store.posts import digest_key

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED = Path("/work/shared/seed/dar-rubio-call.txt")
DAY = date(2025, 4, 7)
NOW = datetime(2025, 4, 8, 8, 0, tzinfo=UTC)  # the morning after
PING = ("<!channel>", "<!here>", "<@U", "<!subteam")


def ingest_files(db, *paths: Path) -> None:
    for p in paths:
        out = ingest_text(db, p.read_text(), now=NOW - timedelta(hours=10))
        assert out.status == "new", p


@pytest.fixture
def day_of_news(db):
    """The 7 April articles: the seed (when present) and two written for these tests."""
    own = sorted((FIXTURES / "digest").glob("*.txt"))
    ingest_files(db, *([SEED] if SEED.is_file() else []), *own)
    return db


def test_a_day_of_articles_grouped_with_sources(day_of_news, valid):
    reply = valid(digest_reply(day_of_news, DAY, DAY, UTC))
    text = reply.as_text()
    lines = text.splitlines()
    assert lines[0] == "Newsdesk digest: 2025-04-07"
    # the groups, in order
    assert (
        lines.index("Tariff changes") < lines.index("Contacts") < lines.index("People: new roles")
    )
    assert "United States → Japan: 24% (announced), reciprocal, all goods, from 2025-04-09" in text
    assert "United States → Israel: 17% (announced), all goods, from 2025-04-09" in text
    assert (
        "call: Donald Trump (President, United States) and Shigeru Ishiba (Prime Minister, Japan)"
        in text
    )
    assert "meeting: Benjamin Netanyahu (Prime Minister, Israel) and Donald Trump" in text
    assert "Topics: tariffs, investment, trade, security of the Indo-Pacific" in text
    assert "Shigeru Ishiba — Prime Minister, Japan" in text
    # every fact names its source; the 10% reported by two articles is one line with both counted
    assert text.count("United States → all partners: 10%") == 1
    assert "2 sources, first: “" in text
    assert "Source: “Ishiba and Trump agree to talks on tariffs in first call since levies”" in text
    assert lines[-1].startswith("  Based on ")
    if SEED.is_file():
        assert (
            "United States → Pakistan: 29% (announced), reciprocal, all goods, from 2025-04-09"
            in text
        )
        assert "call: Ishaq Dar (Foreign Minister, Pakistan) and Marco Rubio" in text
        assert lines[-1] == "  Based on 3 articles, latest 2025-04-07"


def test_a_fact_links_to_the_slack_message_it_was_pasted_in(db, seed_article):
    from store import Source

    link = "https://newsroom.slack.com/archives/C0NEWS/p1744000000000100"
    db.ingest(seed_article, Source(slack_channel="C0NEWS", slack_permalink=link))
    reply = digest_reply(db, DAY, DAY, UTC)
    assert f"<{link}|“Dar holds first call with Rubio”>" in json.dumps(
        reply.blocks, ensure_ascii=False
    )


def test_a_pause_shows_the_rate_before_it(db, seed_article):
    db.ingest(seed_article, now=NOW)
    ingest_files(db, FIXTURES / "issue5" / "us-pauses-pakistan-tariff.txt")
    text = digest_reply(db, date(2025, 4, 10), date(2025, 4, 10), UTC).as_text()
    assert "United States → Pakistan: 29% → 10% (paused), all goods, from 2025-04-10" in text
    assert text.count("United States → Pakistan") == 1  # the pause and its new rate: one line


def surname(i: int) -> str:
    """A different surname for each number: "Baa", "Bab", ..."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "B" + letters[i // 26 % 26] + letters[i % 26]


def busy_day(db, make_article, n: int = 40) -> None:
    """n articles on one day: one new role each, and a tariff change on every fourth."""
    for i in range(n):
        tariffs = (
            [{"imposer": "US", "target": "VN", "rate": 10 + i, "previous": 46}]
            if i % 4 == 0
            else []
        )
        db.ingest(
            make_article(
                f"Story {i} of a busy day.",
                title=f"Story {i}",
                people=[(f"Ana {surname(i)}", "Trade Minister", "VN")],
                tariffs=tariffs,
            ),
            now=NOW,
        )


def test_a_busy_day_shows_the_most_important_and_says_how_many_more(db, make_article, valid):
    busy_day(db, make_article)
    facts_in_day = 40 + 10
    from handlers.digest import build, digest_card

    facts = build(db, DAY, DAY, UTC)
    assert len(facts) == facts_in_day
    reply = valid(
        digest_card(facts, DAY, DAY, limit=POSTED_ITEMS, more="(see `/digest yesterday`)")
    )
    text = reply.as_text()
    assert f"…and {facts_in_day - POSTED_ITEMS} more (see /digest yesterday)" in text
    # the ten tariff changes (with their previous rate) come before any of the 40 new roles
    assert text.count("United States → Vietnam: 46% → ") == 10
    assert text.count("— Trade Minister, Vietnam") == POSTED_ITEMS - 10


def test_a_very_busy_day_stays_within_slack_s_limits(db, make_article, valid):
    busy_day(db, make_article, 120)
    reply = valid(digest_reply(db, DAY, DAY, UTC, limit=None))  # no item limit: blocks decide
    assert "more" in reply.blocks[-2]["text"]["text"]


def test_nothing_new_is_one_short_answer(db, valid):
    reply = valid(digest_reply(db, DAY, DAY, UTC))
    assert "Newsdesk digest for 2025-04-07: nothing new was recorded that day." in reply.as_text()


def test_what_an_article_says_is_escaped_and_pings_nobody(db, make_article):
    db.ingest(
        make_article(
            "Pings in a story.",
            title="<!channel> tariffs & <@U0123ABC>",
            people=[("Ana <!here> Lopez", "Minister <!subteam^S1>", "MX")],
            tariffs=[{"imposer": "US", "target": "MX", "rate": 25, "scope": "<!everyone> steel"}],
        ),
        now=NOW,
    )
    sent = json.dumps(digest_reply(db, DAY, DAY, UTC).blocks)
    assert not any(p in sent for p in PING)
    assert "&lt;!channel&gt; tariffs &amp; &lt;@U0123ABC&gt;" in sent


# -- /digest ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "arg, first, last",
    [
        ("", "2025-04-07", "2025-04-07"),  # default: yesterday
        ("yesterday", "2025-04-07", "2025-04-07"),  # the posted digest's day
        ("today", "2025-04-08", "2025-04-08"),  # so far today
        ("week", "2025-04-02", "2025-04-08"),  # the last seven days
        ("2025-04-01", "2025-04-01", "2025-04-01"),  # a day
        ("1 April 2025", "2025-04-01", "2025-04-01"),  # a day, as people write it
    ],
)
def test_digest_days(arg, first, last):
    got = parse_period(arg, date(2025, 4, 8))
    assert (got[0].isoformat(), got[1].isoformat()) == (first, last)


def test_slash_digest_answers_for_the_newsroom_s_day(day_of_news):
    # 01:00 on 8 April in Karachi is still 7 April in UTC: "yesterday" there is the 7th
    now = datetime(2025, 4, 7, 20, 0, tzinfo=UTC)
    karachi = answer(day_of_news, "/digest yesterday", now=now, tz=ZoneInfo("Asia/Karachi"))
    assert karachi.as_text().startswith("Newsdesk digest: 2025-04-07")
    utc = answer(day_of_news, "/digest yesterday", now=now)
    assert utc.as_text().startswith("Newsdesk digest: 2025-04-06")
    assert answer(day_of_news, "/digest soon").as_text().startswith("Usage")


# -- posting once ----------------------------------------------------------------------------


@pytest.fixture
def fake():
    f = FakeSlack()
    yield f
    f.close()


@pytest.fixture
def client(fake):
    return WebClient(token="xoxb-test", base_url=fake.api)


def posts_to(fake, channel="C0DIGEST"):
    return [c for c in fake.to("chat.postMessage") if c.body.get("channel") == channel]


def test_the_morning_digest_is_posted_once(day_of_news, fake, client, valid):
    first = send_scheduled_digest(day_of_news, client, "C0DIGEST", now=NOW, tz=UTC)
    assert first.state == "posted" and first.day == "2025-04-07"
    again = send_scheduled_digest(
        day_of_news, client, "C0DIGEST", now=NOW + timedelta(hours=1), tz=UTC
    )
    assert again.state == "done"
    (post,) = posts_to(fake)
    body = post.body
    valid(Reply(blocks=body["blocks"], text=body["text"]))  # within Slack's limits as sent
    assert body["link_names"] is False and body["unfurl_links"] is False
    assert body["blocks"][0]["block_id"] == "newsdesk_digest:2025-04-07"
    assert "24%" in body["text"]
    row = day_of_news.post(digest_key("C0DIGEST", "2025-04-07"))
    assert (row.state, row.message_ts) == ("posted", first.message_ts)
    assert "tariff:1" in row.facts


def test_an_empty_day_posts_one_line_or_nothing(db, fake, client):
    out = send_scheduled_digest(db, client, "C0DIGEST", now=NOW, tz=UTC)
    assert out.state == "posted"
    (post,) = posts_to(fake)
    assert post.body["text"] == "Newsdesk digest for 2025-04-07: nothing new was recorded that day."
    assert len(post.body["blocks"]) == 1
    skipped = send_scheduled_digest(
        db, client, "C0DIGEST", now=NOW + timedelta(days=1), tz=UTC, skip_empty=True
    )
    assert skipped.state == "skipped" and len(posts_to(fake)) == 1
    assert db.post(digest_key("C0DIGEST", "2025-04-08")).state == "skipped"


def test_after_downtime_the_digest_covers_every_day_missed(db, make_article, fake, client):
    for day, target in (("2025-04-07", "CN"), ("2025-04-08", "MX"), ("2025-04-09", "CA")):
        db.ingest(
            make_article(
                f"News of {day}.",
                published=day,
                tariffs=[{"imposer": "US", "target": target, "rate": 25}],
            ),
            now=datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC),
        )
    assert send_scheduled_digest(db, client, "C0DIGEST", now=NOW, tz=UTC).state == "posted"
    # down on the 9th and the 10th: the digest of the 11th covers the 8th, 9th and 10th
    out = send_scheduled_digest(db, client, "C0DIGEST", now=NOW + timedelta(days=3), tz=UTC)
    assert out.state == "posted" and out.day == "2025-04-10"
    second = posts_to(fake)[1].body
    assert second["blocks"][0]["text"]["text"] == "Newsdesk digest: 2025-04-08 to 2025-04-10"
    assert "Mexico" in second["text"] and "Canada" in second["text"]
    assert "China" not in second["text"]


def test_a_fact_already_posted_is_not_posted_again(db, make_article, fake, client):
    # published on the 7th but pasted at 07:00 on the 8th: in the digest of the 8th (for the 7th)
    db.ingest(
        make_article(
            "Pasted before the digest.", tariffs=[{"imposer": "US", "target": "PK", "rate": 29}]
        ),
        now=NOW - timedelta(hours=1),
    )
    send_scheduled_digest(db, client, "C0DIGEST", now=NOW, tz=UTC)
    # the next day's digest covers the 8th, the day it was learnt: not again
    send_scheduled_digest(db, client, "C0DIGEST", now=NOW + timedelta(days=1), tz=UTC)
    first, second = (c.body["text"] for c in posts_to(fake))
    assert "29%" in first and "nothing new" in second


def test_slack_refusing_the_post_is_recorded_and_not_retried(db, seed_article, fake, client):
    db.ingest(seed_article, now=NOW)
    fake.fail["chat.postMessage"] = [(200, {"ok": False, "error": "not_in_channel"}, {})]
    out = send_scheduled_digest(db, client, "C0DIGEST", now=NOW, tz=UTC)
    assert (out.state, out.detail) == ("failed", "not_in_channel")
    assert (
        send_scheduled_digest(db, client, "C0DIGEST", now=NOW + timedelta(hours=2), tz=UTC).state
        == "done"
    )
    assert db.post(digest_key("C0DIGEST", "2025-04-07")).error == "not_in_channel"


class Unreachable(WebClient):
    """Slack cannot be reached: whether the message went out is unknown."""

    def chat_postMessage(self, **kw):  # noqa: N802 - slack_sdk's name
        raise ConnectionResetError("connection reset")


def test_a_crash_between_posting_and_recording_is_found_in_history(db, seed_article, fake, client):
    db.ingest(seed_article, now=NOW)
    out = send_scheduled_digest(
        db, Unreachable(token="xoxb-test", base_url=fake.api), "C0DIGEST", now=NOW, tz=UTC
    )
    assert out.state == "retry"  # the claim stays "posting"
    # the message did reach Slack: it is in the channel's history
    fake.extra["conversations.history"] = {
        "messages": [
            {
                "ts": "1744.5",
                "blocks": [{"type": "header", "block_id": "newsdesk_digest:2025-04-07"}],
            }
        ]
    }
    assert (
        send_scheduled_digest(db, client, "C0DIGEST", now=NOW + timedelta(minutes=2), tz=UTC).state
        == "busy"
    )
    out = send_scheduled_digest(db, client, "C0DIGEST", now=NOW + timedelta(minutes=6), tz=UTC)
    assert (out.state, out.message_ts) == ("posted", "1744.5")
    assert posts_to(fake) == []  # recorded, not posted again
    (history,) = fake.to("conversations.history")
    assert history.body["channel"] == "C0DIGEST"


def test_a_crash_before_the_post_reached_slack_is_posted_once(db, seed_article, fake, client):
    db.ingest(seed_article, now=NOW)
    send_scheduled_digest(
        db, Unreachable(token="xoxb-test", base_url=fake.api), "C0DIGEST", now=NOW, tz=UTC
    )
    fake.extra["conversations.history"] = {"messages": [{"ts": "1.1", "text": "chat"}]}
    out = send_scheduled_digest(db, client, "C0DIGEST", now=NOW + timedelta(minutes=6), tz=UTC)
    assert out.state == "posted"
    assert len(posts_to(fake)) == 1
    assert (
        send_scheduled_digest(db, client, "C0DIGEST", now=NOW + timedelta(minutes=20), tz=UTC).state
        == "done"
    )


def test_unreadable_history_after_a_crash_means_not_posting_twice(db, seed_article, fake, client):
    db.ingest(seed_article, now=NOW)
    send_scheduled_digest(
        db, Unreachable(token="xoxb-test", base_url=fake.api), "C0DIGEST", now=NOW, tz=UTC
    )
    fake.fail["conversations.history"] = [(200, {"ok": False, "error": "missing_scope"}, {})]
    out = send_scheduled_digest(db, client, "C0DIGEST", now=NOW + timedelta(minutes=6), tz=UTC)
    assert out.state == "unknown" and posts_to(fake) == []
    assert db.post(digest_key("C0DIGEST", "2025-04-07")).state == "unknown"


def test_posting_a_chosen_day_by_hand_is_also_once(day_of_news, fake, client):
    out = send_digest(day_of_news, client, "C0DIGEST", DAY, DAY, now=NOW, tz=UTC)
    assert out.state == "posted"
    # the scheduled digest of the 8th covers the 7th too: already posted
    assert send_scheduled_digest(day_of_news, client, "C0DIGEST", now=NOW, tz=UTC).state == "done"
    assert len(posts_to(fake)) == 1
