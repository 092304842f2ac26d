"""The log of `newsdesk run`: one line per record, no traceback, no token."""

from __future__ import annotations

import io
import logging

from bot.logs import setup_logging


def test_errors_are_one_line_without_traceback_or_token():
    stream = io.StringIO()
    setup_logging(stream=stream)
    log = logging.getLogger("newsdesk.test")
    try:
        raise ValueError("bad token xoxb-1234-5678-abcdef\nsecond line")
    except ValueError:
        log.exception("listener failed for xapp-1-A0-99")
    text = stream.getvalue()
    assert text.count("\n") == 1
    assert "Traceback" not in text
    assert "xoxb-1234" not in text and "xapp-1-A0" not in text
    assert "listener failed for xapp-…" in text and "ValueError: bad token xoxb-…" in text
    logging.getLogger().handlers.clear()


def test_a_forged_request_is_one_short_line_and_bolts_token_warning_is_dropped():
    stream = io.StringIO()
    setup_logging(stream=stream)
    logging.getLogger("slack_bolt.RequestVerification").info(
        'Invalid request signature detected (signature: v0=ab, body: {"token": "legacy123", "text": "hi"})'
    )
    logging.getLogger("newsdesk.bolt").warning(
        "As you gave `client` as well, `token` will be unused."
    )
    text = stream.getvalue()
    assert text.count("\n") == 1
    assert "rejected a request with an invalid or stale signature (401)" in text
    assert "legacy123" not in text and "hi" not in text
    logging.getLogger().handlers.clear()
