"""The real app in HTTP mode on 127.0.0.1, a fake Slack Web API, and a signed sender."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pytest
from fakeslack import BOT_TOKEN, SECRET, FakeSlack, SlackSender

import store
from bot.app import build_app
from bot.server import PATH, make_http_server
from bot.settings import Settings


@pytest.fixture
def fake_slack():
    fake = FakeSlack()
    yield fake
    fake.close()


@dataclass
class Running:
    fake: FakeSlack
    send: SlackSender
    db: store.Store
    url: str


@pytest.fixture
def slack(fake_slack, db_path):
    """Newsdesk served over HTTP as `newsdesk run` serves it, talking to the fake Slack."""
    settings = Settings(
        db=str(db_path),
        bot_token=BOT_TOKEN,
        signing_secret=SECRET,
        api_url=fake_slack.api,
        host="127.0.0.1",
        ingest_channels=frozenset({"C0NEWS"}),
        admins=frozenset({"U0ADMIN"}),
    )
    db = store.open(db_path)
    server = make_http_server(build_app(settings, db), "127.0.0.1", 0)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}{PATH}"
    yield Running(fake_slack, SlackSender(url), db, url)
    server.shutdown()
    server.server_close()
    db.close()
