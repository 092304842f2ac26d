"""The digest and watches as a new user meets them: the `newsdesk` command and `newsdesk run`.

The issue's "Done means", automated:
1. the seed and two more articles dated 2025-04-07 ingested, `newsdesk digest --date
   2025-04-07` shows the tariff and contact facts, grouped, with sources;
2. two `newsdesk run` processes (HTTP mode) on one database and one fake Web API, the digest
   time two seconds ahead (NEWSDESK_TEST_NOW, the test-only clock), post exactly one digest;
3. a watch on Pakistan posts the 29% tariff once when the seed is pasted, not again when it is
   pasted again (through the real app and the fake Web API).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fakeslack import BOT_TOKEN, SECRET, event_callback, message_event, slash
from process import Newsdesk

import store

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED = Path("/work/shared/seed/dar-rubio-call.txt")
OWN = sorted(str(p) for p in (FIXTURES / "digest").glob("*.txt"))
ARTICLES = ([str(SEED)] if SEED.is_file() else []) + OWN
SLACK_VARS = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL")
DIGEST_VARS = (
    "NEWSDESK_DIGEST_CHANNEL",
    "NEWSDESK_DIGEST_TIME",
    "NEWSDESK_TZ",
    "NEWSDESK_TEST_NOW",
)


def environ(db: Path, **more) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in SLACK_VARS + DIGEST_VARS}
    env["NEWSDESK_DB"] = str(db)
    env.update(more)
    return env


def newsdesk(*args: str, db: Path, cwd: Path, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environ(db, **env),
        timeout=60,
    )


@pytest.fixture
def day_db(db_path, tmp_path):
    done = newsdesk("ingest", *ARTICLES, db=db_path, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return db_path


def test_done_1_the_digest_of_a_day_from_the_command_line(day_db, tmp_path):
    result = newsdesk("digest", "--date", "2025-04-07", db=day_db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    lines = text.splitlines()
    assert lines[0] == "Newsdesk digest: 2025-04-07"
    assert (
        lines.index("Tariff changes") < lines.index("Contacts") < lines.index("People: new roles")
    )
    tariffs = "\n".join(lines[lines.index("Tariff changes") : lines.index("Contacts")])
    contacts = "\n".join(lines[lines.index("Contacts") : lines.index("People: new roles")])
    assert (
        "United States → Japan: 24% (announced), reciprocal, all goods, from 2025-04-09" in tariffs
    )
    assert "United States → Israel: 17% (announced), all goods, from 2025-04-09" in tariffs
    assert "Source: “Ishiba and Trump agree to talks on tariffs" in tariffs
    assert "call: Donald Trump (President, United States) and Shigeru Ishiba" in contacts
    assert "meeting: Benjamin Netanyahu (Prime Minister, Israel) and Donald Trump" in contacts
    assert "netanyahu-white-house.txt" in contacts  # the source of each fact
    if SEED.is_file():
        assert (
            "United States → Pakistan: 29% (announced), reciprocal, all goods, from 2025-04-09"
            in tariffs
        )
        assert "2 sources, first: " in tariffs  # the 10% baseline, in the seed and the Japan story
        assert "call: Ishaq Dar (Foreign Minister, Pakistan) and Marco Rubio" in contacts
        assert lines[-1] == "  Based on 3 articles, latest 2025-04-07"


def test_digest_post_from_the_command_line_is_once(day_db, tmp_path, fake_slack):
    env = {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_API_URL": fake_slack.api,
        "NEWSDESK_DIGEST_CHANNEL": "C0DIGEST",
    }
    first = newsdesk("digest", "--date", "2025-04-07", "--post", db=day_db, cwd=tmp_path, **env)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("Posted the digest for 2025-04-07 to C0DIGEST")
    again = newsdesk("digest", "--date", "2025-04-07", "--post", db=day_db, cwd=tmp_path, **env)
    assert "was already sent to C0DIGEST" in again.stdout and again.returncode == 0
    (post,) = fake_slack.to("chat.postMessage")
    assert post.body["channel"] == "C0DIGEST" and "24%" in post.body["text"]
    assert BOT_TOKEN not in first.stderr + again.stderr


@pytest.mark.parametrize(
    "args, env, message",
    [
        (["--date", "someday"], {}, "--date must be a day such as 2025-04-07"),  # not a day
        (["--post"], {}, "--post needs NEWSDESK_DIGEST_CHANNEL"),  # nowhere to post
        (
            ["--post"],
            {"NEWSDESK_DIGEST_CHANNEL": "C0DIGEST"},
            "--post needs SLACK_BOT_TOKEN",
        ),  # no token
        ([], {"NEWSDESK_TZ": "Mars/Olympus"}, "NEWSDESK_TZ must be an IANA time zone name"),  # zone
    ],
)
def test_digest_command_errors_are_one_line(db_path, tmp_path, args, env, message):
    result = newsdesk("digest", *args, db=db_path, cwd=tmp_path, **env)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def run_env(db: Path, fake, **more) -> dict:
    return environ(
        db,
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_API_URL=fake.api,
        HOST="127.0.0.1",
        PORT="0",
        **more,
    )


def test_done_2_two_processes_on_one_database_post_one_digest(day_db, tmp_path, fake_slack):
    env = run_env(
        day_db,
        fake_slack,
        NEWSDESK_DIGEST_CHANNEL="C0DIGEST",
        NEWSDESK_DIGEST_TIME="08:00",
        NEWSDESK_TZ="Asia/Karachi",
        NEWSDESK_TEST_NOW="2025-04-08T07:59:58",  # test only: the digest is two seconds away
    )
    bots = [Newsdesk(["run"], env, tmp_path) for _ in range(2)]
    try:
        for bot in bots:
            assert bot.line().startswith("Newsdesk is listening on http://127.0.0.1:")
            assert bot.line() == (
                "Daily digest: C0DIGEST at 08:00 Asia/Karachi; next 2025-04-08 08:00 PKT.\n"
            )
        (post,) = fake_slack.wait_calls("chat.postMessage", timeout=20)
        time.sleep(2.5)  # both processes keep ticking every second past 08:00
        assert len(fake_slack.to("chat.postMessage")) == 1
    finally:
        logs = [bot.stop() for bot in bots]
    assert post.body["channel"] == "C0DIGEST"
    assert post.body["blocks"][0]["text"]["text"] == "Newsdesk digest: 2025-04-07"
    assert "24%" in post.body["text"] and "Ishiba" in post.body["text"]
    with store.open(day_db) as db:
        (row,) = db.posts("digest")
        assert (row.day, row.state, row.message_ts) == (
            "2025-04-07",
            "posted",
            post.body.get("ts") or row.message_ts,
        )
    for log in logs:
        assert "Traceback" not in log and BOT_TOKEN not in log
        assert "NEWSDESK_TEST_NOW is set" in log
    assert sum("digest for 2025-04-07 posted to C0DIGEST" in log for log in logs) == 1


def test_run_without_a_digest_channel_says_so(db_path, tmp_path, fake_slack):
    bot = Newsdesk(["run"], run_env(db_path, fake_slack), tmp_path)
    try:
        assert bot.line().startswith("Newsdesk is listening on")
        assert bot.line() == "No daily digest: NEWSDESK_DIGEST_CHANNEL is not set.\n"
    finally:
        bot.stop()


def test_run_refuses_a_bad_digest_time(db_path, tmp_path, fake_slack):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=run_env(db_path, fake_slack, NEWSDESK_DIGEST_TIME="8 o'clock"),
        timeout=30,
    )
    assert result.returncode == 2
    assert "NEWSDESK_DIGEST_TIME must be a 24-hour time, HH:MM" in result.stderr


def test_done_3_a_watch_on_pakistan_posts_the_29_once(slack):
    if not SEED.is_file():
        pytest.skip("the seed article is not on this machine")
    fake, send = slack.fake, slack.send
    answer = send.command(
        slash("/newsdesk", "watch pakistan", fake.response_url("w"), channel="C0TRADE")
    )
    assert answer.status == 200
    (reply,) = fake.wait_for(fake.responses)
    assert "now watches *Pakistan*" in reply.body["text"]

    def alerts():
        return [c for c in fake.to("chat.postMessage") if c.body["channel"] == "C0TRADE"]

    seed = SEED.read_text()
    send.event(event_callback(message_event(seed, channel="C0NEWS")))
    fake.wait_for(lambda: len(alerts()) >= 2)
    tariff, contact = alerts()
    assert (
        "*United States → Pakistan*: *29%* (announced), reciprocal, all goods, from 2025-04-09"
        in tariff.body["text"]
    )
    assert "New contact" in contact.body["text"] and "Ishaq Dar" in contact.body["text"]
    assert "all partners" not in tariff.body["text"] + contact.body["text"]

    # pasted again (a new message, the same text): already known, no alert
    send.event(event_callback(message_event(seed, channel="C0NEWS")))
    fake.wait_for(
        lambda: sum(c.body["channel"] == "C0NEWS" for c in fake.to("chat.postMessage")) == 2
    )
    # the US readout of the same call adds a source to the contact: no alert either
    readout = (FIXTURES / "issue5" / "us-readout-rubio-dar.txt").read_text()
    send.event(event_callback(message_event(readout, channel="C0NEWS")))
    fake.wait_for(
        lambda: sum(c.body["channel"] == "C0NEWS" for c in fake.to("chat.postMessage")) == 3
    )
    time.sleep(0.3)
    assert len(alerts()) == 2
    (contact_row,) = [p for p in slack.db.posts("watch") if p.fact.startswith("contact")]
    assert contact_row.state == "posted"
    assert slack.db.db.conn.execute("SELECT count(*) FROM contact_sources").fetchone()[0] == 2
