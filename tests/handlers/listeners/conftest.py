"""Spec'd fakes for calling listeners directly: Ack, Respond, WebClient, context, request."""

from __future__ import annotations

from unittest.mock import Mock, create_autospec

import pytest
from slack_bolt import Ack, BoltContext, BoltRequest, Respond
from slack_sdk import WebClient
from slackkit import ARTICLE

from handlers.slack import Desk


@pytest.fixture
def desk(db):
    return Desk(store=db, ingest_channels=frozenset({"C0NEWS"}), admins=frozenset({"U0ADMIN"}))


@pytest.fixture
def client():
    c = create_autospec(WebClient, instance=True)
    c.chat_getPermalink.return_value = {"ok": True, "permalink": "https://newsroom.slack.com/p1"}
    return c


@pytest.fixture
def context(desk):
    return BoltContext({"desk": desk, "bot_user_id": "U0BOT", "bot_token": "xoxb-test"})


@pytest.fixture
def ack():
    return Mock(spec=Ack)


@pytest.fixture
def respond():
    return Mock(spec=Respond)


@pytest.fixture
def request_():
    return BoltRequest(body="", headers={})


@pytest.fixture
def article():
    return ARTICLE
