"""Checking cards against Slack's limits with slack_sdk's own Block Kit models."""

from __future__ import annotations

import json

import pytest
from slack_sdk.models.blocks import Block

from handlers.blocks import MAX_BLOCKS, MAX_FIELD_TEXT, block_text


def check_limits(reply) -> None:
    """Raise if a reply breaks a Slack limit; slack_sdk raises on most of them in to_dict()."""
    assert 0 < len(reply.blocks) <= MAX_BLOCKS
    for block in reply.blocks:
        assert Block.parse(block).to_dict() == block  # raises SlackObjectFormationError on a limit
        assert all(
            len(f["text"]) <= MAX_FIELD_TEXT for f in block.get("fields", [])
        )  # not checked by slack_sdk
    assert sum(len(t) for b in reply.blocks for t in block_text(b)) < 12_000
    assert reply.text and len(reply.text) <= 3000
    json.dumps(reply.blocks)  # plain JSON, ready to send


@pytest.fixture
def valid():
    """Assert a reply is within Slack's limits and return it."""

    def check(reply):
        check_limits(reply)
        return reply

    return check
