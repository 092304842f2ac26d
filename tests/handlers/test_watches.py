"""/newsdesk watch, unwatch and watches; the alerts, posted once through the fake Web API."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from fakeslack import FakeSlack
from slack_sdk import WebClient

from handlers import answer
from handlers.watches import send_watch_posts

NOW = datetime(2025, 4, 7, 12, 0, tzinfo=UTC)


@pytest.fixture
def fake():
    f = FakeSlack()
    yield f
    f.close()


@pytest.fixture
def client(fake):
    return WebClient(token="xoxb-test", base_url=fake.api)


def ask(db, text, channel="C0TRADE"):
    return answer(db, text, user="U0ALICE", channel=channel, now=NOW)


@pytest.mark.parametrize(
    "typed, kind, label",
    [
        ("watch pakistan", "country", "Pakistan"),  # a country by name
        ("/newsdesk watch PK", "country", "Pakistan"),  # by code
        ("watch pakistani", "country", "Pakistan"),  # by demonym
        ("watch pakistn", "country", "Pakistan"),  # a slip
        ("watch rubio", "person", "Marco Rubio"),  # a person by surname
        ("watch marco", "person", "Marco Rubio"),  # a first name, not the country it looks like
        ("watch person ishaq dar", "person", "Ishaq Dar"),  # said which kind
    ],
)
def test_watch_subjects(db, seed_article, typed, kind, label):
    db.ingest(seed_article)
    reply = ask(db, typed)
    assert reply.as_text().startswith("Watching")
    assert not reply.shareable  # nothing to share: it is about this channel
    (w,) = db.watches("C0TRADE")
    assert (w.kind, w.label, w.created_by) == (kind, label, "U0ALICE")


def test_watch_twice_unwatch_and_the_list(db, seed_article):
    db.ingest(seed_article)
    assert "now watches *Pakistan*" in ask(db, "watch pakistan").blocks[1]["text"]["text"]
    assert "already watches *Pakistan*" in ask(db, "watch pakistan").blocks[1]["text"]["text"]
    ask(db, "watch rubio")
    listing = ask(db, "watches").as_text()
    assert "• Marco Rubio (person, since 2025-04-07)" in listing
    assert "• Pakistan (country, since 2025-04-07)" in listing
    assert ask(db, "watches", channel="C0OTHER").as_text().count("watches nothing yet") == 1
    assert ask(db, "unwatch Pakistan").as_text().startswith("Watch removed")
    assert ask(db, "unwatch marco rubio").as_text().startswith("Watch removed")
    assert db.watches("C0TRADE") == []
    assert ask(db, "unwatch pakistan").as_text().startswith("Not watching")


@pytest.mark.parametrize(
    "typed, first_line",
    [
        ("watch", "Usage"),  # nothing to watch
        ("watch zzqx", "Nothing to watch"),  # no such country or person
        ("watch nig", "Which country?"),  # Niger or Nigeria
        ("unwatch", "Usage"),  # nothing to unwatch
    ],
)
def test_watch_guards(db, seed_article, typed, first_line):
    db.ingest(seed_article)
    assert ask(db, typed).as_text().splitlines()[0] == first_line
    assert db.watches("C0TRADE") == []


def test_watches_need_a_channel(db):
    # the console and `newsdesk ask` have no channel to post in
    reply = answer(db, "/newsdesk watch pakistan")
    assert reply.as_text().startswith("Usage")
    assert "type the command in the channel" in reply.as_text()


def test_a_new_fact_about_the_subject_is_posted_once(db, seed_article, make_article, fake, client):
    ask(db, "watch pakistan")
    db.ingest(seed_article, now=NOW)
    assert send_watch_posts(db, client, now=NOW) == 2
    tariff, contact = fake.to("chat.postMessage")
    assert tariff.body["channel"] == "C0TRADE"
    assert tariff.body["link_names"] is False and tariff.body["unfurl_links"] is False
    assert tariff.body["blocks"][0]["block_id"] == "newsdesk_watch:tariff:1"
    assert ":eyes: *New tariff* · watching Pakistan" in tariff.body["text"]
    assert (
        "*United States → Pakistan*: *29%* (announced), reciprocal, all goods"
        in tariff.body["text"]
    )
    assert "Source: “Dar holds first call with Rubio” · Dawn · 2025-04-07" in tariff.body["text"]
    assert "*New contact*" in contact.body["text"] and "*Ishaq Dar*" in contact.body["text"]
    # nothing more to send; the same article again, or another report of the same facts: nothing
    assert send_watch_posts(db, client, now=NOW) == 0
    db.ingest(seed_article, now=NOW)
    db.ingest(
        make_article(
            "Another wire report of the 29%.",
            tariffs=[{"imposer": "US", "target": "PK", "rate": 29, "scope": "all goods"}],
        ),
        now=NOW,
    )
    assert send_watch_posts(db, client, now=NOW + timedelta(minutes=1)) == 0
    assert len(fake.to("chat.postMessage")) == 2
    assert [p.state for p in db.posts("watch")] == ["posted", "posted"]


def test_an_alert_pings_nobody(db, make_article, fake, client):
    ask(db, "watch mexico")
    db.ingest(
        make_article(
            "<!channel> story",
            title="<!here> US hits <@U0123ABC> with tariffs",
            tariffs=[{"imposer": "US", "target": "MX", "rate": 25, "scope": "<!everyone> steel"}],
        ),
        now=NOW,
    )
    send_watch_posts(db, client, now=NOW)
    (post,) = fake.to("chat.postMessage")
    sent = json.dumps({k: post.body[k] for k in ("text", "blocks")})
    assert not any(p in sent for p in ("<!channel>", "<!here>", "<@U", "<!everyone>"))
    assert "&lt;!everyone&gt; steel" in sent


def test_slack_refusing_an_alert_is_recorded(db, seed_article, fake, client):
    ask(db, "watch pakistan")
    db.ingest(seed_article, now=NOW)
    fake.fail["chat.postMessage"] = [(200, {"ok": False, "error": "not_in_channel"}, {})]
    assert send_watch_posts(db, client, now=NOW) == 1  # the second one went out
    assert [(p.state, p.error) for p in db.posts("watch")] == [
        ("failed", "not_in_channel"),
        ("posted", None),
    ]


def test_an_unwatched_subject_or_a_removed_fact_is_not_posted(db, seed_article, fake, client):
    ask(db, "watch pakistan")
    db.ingest(seed_article, now=NOW)
    db.correct("tariff:1", "U0ADMIN", remove=True)  # a person removed the 29% before it went out
    assert send_watch_posts(db, client, now=NOW) == 1
    assert "New contact" in fake.to("chat.postMessage")[0].body["text"]
    assert [p.state for p in db.posts("watch")] == ["skipped", "posted"]
