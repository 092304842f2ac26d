"""Payload pieces for listener unit tests: a fixture article and a message event."""

from __future__ import annotations

from pathlib import Path

ARTICLE = (Path(__file__).parent.parent / "fixtures" / "slack" / "islamabad-call.txt").read_text()


def msg(text: str = ARTICLE, **more) -> dict:
    """A message event in the ingest channel C0NEWS, as Slack sends it."""
    return {
        "type": "message",
        "channel": "C0NEWS",
        "user": "U0ALICE",
        "text": text,
        "ts": "1744.1",
        "channel_type": "channel",
        **more,
    }
