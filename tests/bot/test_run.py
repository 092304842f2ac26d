"""`newsdesk run` as a new user starts it: a real process, signed requests, a fake Slack.

This is the issue's "Done means" check, automated: HTTP mode with
SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, NEWSDESK_INGEST_CHANNELS=C0NEWS and
SLACK_API_URL pointing at the fake Web API; then Socket Mode against a local
websocket server; then what `run` says when Slack is not set up.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import process
import pytest
from fakeslack import (
    BOT_TOKEN,
    SECRET,
    SlackSender,
    event_callback,
    mention_event,
    message_event,
    slash,
)

import store

SEED = Path("/work/shared/seed/dar-rubio-call.txt")
OWN = Path(__file__).parent.parent / "fixtures" / "slack" / "islamabad-call.txt"
ARTICLE = (SEED if SEED.is_file() else OWN).read_text()
SLACK_VARS = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL")


class Newsdesk(process.Newsdesk):
    """`python -m bot ARGS` with this shell's Slack variables left out, so only ``env`` counts."""

    def __init__(self, args: list[str], env: dict, cwd: Path):
        environ = {k: v for k, v in os.environ.items() if k not in SLACK_VARS}
        environ.update(env)
        super().__init__(args, environ, cwd)


@pytest.fixture
def run_http(fake_slack, tmp_path):
    db = tmp_path / "newsdesk.db"
    env = {
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "NEWSDESK_INGEST_CHANNELS": "C0NEWS",
        "SLACK_API_URL": fake_slack.api,
        "HOST": "127.0.0.1",
        "PORT": "0",
        "NEWSDESK_DB": str(db),
    }
    bot = Newsdesk(["run"], env, tmp_path)
    first = bot.line()
    assert first.startswith("Newsdesk is listening on http://127.0.0.1:")
    url = first.split()[4]
    yield SlackSender(url), db
    log = bot.stop()
    assert "Traceback" not in log and BOT_TOKEN not in log and SECRET not in log


def facts(db: Path) -> tuple:
    with store.open(db) as s:
        return s.db.conn.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM contact_sources), "
            "(SELECT count(*) FROM tariff_sources), (SELECT count(*) FROM roles)"
        ).fetchone()


def test_done_means_http_mode(run_http, fake_slack):
    send, db = run_http
    fake = fake_slack

    # a message event carrying the article in C0NEWS: a reaction and a threaded ingest card
    body = event_callback(message_event(ARTICLE, channel="C0NEWS"))
    assert send.event(body).status == 200
    (card,) = fake.wait_calls("chat.postMessage")
    (reaction,) = fake.to("reactions.add")
    assert reaction.body["timestamp"] == body["event"]["ts"] == card.body["thread_ts"]
    assert card.body["blocks"][0]["text"]["text"] == "Article added"
    assert card.body["blocks"][-1]["elements"][0]["action_id"] == "newsdesk_undo"

    # /tariff pakistan: the 29% card
    answer = send.command(slash("/tariff", "pakistan", fake.response_url("tariff")))
    assert (answer.status, answer.body) == (200, "")
    (reply,) = fake.wait_for(fake.responses)
    assert reply.body["blocks"][0]["text"]["text"] == "Tariffs on Pakistan"
    assert "*United States → Pakistan*  *29%*" in reply.body["text"]

    # app_mention "contacts rubio": answered in the thread
    mention = mention_event("contacts rubio")
    assert send.event(event_callback(mention)).status == 200
    answer_in_thread = fake.wait_calls("chat.postMessage", 2)[1]
    assert answer_in_thread.body["thread_ts"] == mention["ts"]
    assert "Ishaq Dar" in answer_in_thread.body["text"]

    # a forged signature: 401
    forged = send.event(body, headers={"X-Slack-Signature": "v0=" + "f" * 64})
    assert forged.status == 401

    # the same event again with X-Slack-Retry-Num: 1 adds nothing
    before_calls, before_facts = len(fake.calls), facts(db)
    retry = send.event(
        body, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    )
    assert retry.status == 200
    fake.wait_for(lambda: _retries(db) == 1)
    assert facts(db) == before_facts and before_facts[0] == 1
    # a probe that must be answered proves the retry was fully handled without a reply
    send.command(slash("/newsdesk", "stats", fake.response_url("probe")))
    fake.wait_for(lambda: len(fake.responses()) == 2)
    assert [c.method for c in fake.calls[before_calls:]] == ["respond"]


def _retries(db: Path) -> int:
    with store.open(db) as s:
        row = s.db.conn.execute("SELECT max(retries) FROM slack_events").fetchone()
    return row[0] or 0


def test_socket_mode_round_trip(fake_slack, tmp_path):
    from websockets.sync.server import serve

    envelope = {
        "envelope_id": "env-1",
        "type": "slash_commands",
        "accepts_response_payload": True,
        "payload": slash("/newsdesk", "help", fake_slack.response_url("sock")),
    }
    event = event_callback(message_event(ARTICLE, channel="C0NEWS"))
    delivery = {"type": "events_api", "accepts_response_payload": False, "payload": event}
    redelivery = {**delivery, "retry_attempt": 1, "retry_reason": "timeout"}
    acks: queue.Queue = queue.Queue()

    def handler(ws):
        ws.send(
            json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"}})
        )
        ws.send(json.dumps(envelope))
        ws.send(json.dumps({**delivery, "envelope_id": "env-2"}))
        ws.send(json.dumps({**redelivery, "envelope_id": "env-3"}))  # Slack sends it again
        for msg in ws:
            acks.put(json.loads(msg))

    with serve(handler, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.socket.getsockname()[1]
        fake_slack.extra["apps.connections.open"] = {"url": f"ws://127.0.0.1:{port}/link"}
        env = {
            "SLACK_APP_TOKEN": "xapp-1-test",
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_API_URL": fake_slack.api,
            "NEWSDESK_DB": str(tmp_path / "newsdesk.db"),
            "NEWSDESK_INGEST_CHANNELS": "C0NEWS",
        }
        bot = Newsdesk([], env, tmp_path)  # no command: run
        assert bot.line().startswith("Newsdesk is running in Socket Mode")
        got = {acks.get(timeout=20)["envelope_id"] for _ in range(3)}
        assert got == {"env-1", "env-2", "env-3"}
        (reply,) = fake_slack.wait_for(fake_slack.responses)
        fake_slack.wait_for(lambda: _retries(tmp_path / "newsdesk.db") == 1)
        fake_slack.wait_calls("chat.postMessage")  # the first delivery's card
        (card,) = fake_slack.to("chat.postMessage")  # the redelivery, dropped, added nothing
        assert len(fake_slack.to("reactions.add")) == 1
        assert reply.body["blocks"][0]["text"]["text"] == "Newsdesk commands"
        (opened,) = fake_slack.to("apps.connections.open")
        assert opened.headers["authorization"] == "Bearer xapp-1-test"
        log = bot.stop()
        server.shutdown()
    assert "Traceback" not in log and "xapp-1-test" not in log


@pytest.mark.parametrize(
    "env, missing",
    [
        (
            {},
            "missing SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)",
        ),  # nothing set
        (
            {"SLACK_BOT_TOKEN": BOT_TOKEN},
            "missing SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET",
        ),  # no mode
        (
            {"SLACK_SIGNING_SECRET": SECRET},
            "missing SLACK_BOT_TOKEN.",
        ),  # HTTP mode without the bot token
        (
            {"SLACK_BOT_TOKEN": "xapp-1-x", "SLACK_APP_TOKEN": "xapp-1-x"},
            "should be the bot token, which starts with xoxb-",
        ),  # tokens swapped
    ],
)
def test_run_says_what_is_missing_and_where_to_get_it(tmp_path, env, missing):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**{k: v for k, v in os.environ.items() if k not in SLACK_VARS}, **env},
        timeout=30,
    )
    assert result.returncode == 2
    assert missing in result.stderr
    assert "newsdesk console" in result.stderr
    if "missing" in missing:
        assert "api.slack.com/apps" in result.stderr or "Basic Information" in result.stderr
    assert not (tmp_path / "newsdesk.db").exists()  # nothing created on the way out


def test_dotenv_configures_run_and_the_environment_wins(tmp_path):
    (tmp_path / ".env").write_text(
        f"SLACK_BOT_TOKEN={BOT_TOKEN}\nSLACK_SIGNING_SECRET=from-dotenv\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={
            **{k: v for k, v in os.environ.items() if k not in SLACK_VARS},
            "SLACK_BOT_TOKEN": "not-a-bot-token",
            "PORT": "nope",
        },
        timeout=30,
    )
    assert result.returncode == 2
    assert "should be the bot token" in result.stderr  # the environment's value, not .env's
