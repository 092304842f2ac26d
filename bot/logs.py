"""Logging for `newsdesk run`: one line per event, tokens never written.

Errors are logged as one line (type and message); tracebacks stay out of the
log, and anything that looks like a Slack token is replaced before a record
is written, whoever logged it (Bolt, slack_sdk or Newsdesk).
"""

from __future__ import annotations

import logging
import re
import sys

TOKEN = re.compile(r"\bx(?:ox[abposer]|app)-[A-Za-z0-9-]+")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def redact(text: str) -> str:
    """
    >>> redact("auth failed for xoxb-123-456-abc and xapp-1-A1-2-ff")
    'auth failed for xoxb-… and xapp-…'
    """
    return TOKEN.sub(lambda m: m.group(0).split("-", 1)[0] + "-…", text)


class SafeFormatter(logging.Formatter):
    """A formatter that writes no traceback and no token."""

    def format(self, record: logging.LogRecord) -> str:
        record = logging.makeLogRecord(record.__dict__)
        if record.exc_info and record.exc_info[1] is not None:
            err = record.exc_info[1]
            record.msg = f"{record.getMessage()} ({type(err).__name__}: {err})"
            record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return redact(super().format(record)).replace("\n", " ⏎ ")


def setup_logging(level: int = logging.INFO, stream=None) -> None:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(SafeFormatter(FORMAT))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
