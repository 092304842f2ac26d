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
# the legacy verification token Slack still puts in request bodies: "token": "…" or token=…
BODY_TOKEN = re.compile(r"""(["']?\btoken["']?\s*[:=]\s*["']?)[A-Za-z0-9_-]+""")
# Bolt logs a whole request body when a signature is wrong; one line says enough
REPLACED = {
    "Invalid request signature detected": "rejected a request with an invalid or stale signature (401)",
}
DROPPED = ("As you gave `client` as well",)  # Bolt read SLACK_BOT_TOKEN itself; the client has it
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def redact(text: str) -> str:
    """
    >>> redact("auth failed for xoxb-123-456-abc and xapp-1-A1-2-ff")
    'auth failed for xoxb-… and xapp-…'
    >>> redact('body: {"token": "Xy12ab", "team_id": "T1"} or token=Xy12ab&team_id=T1')
    'body: {"token": "…", "team_id": "T1"} or token=…&team_id=T1'
    """
    text = TOKEN.sub(lambda m: m.group(0).split("-", 1)[0] + "-…", text)
    return BODY_TOKEN.sub(lambda m: m.group(1) + "…", text)


class SafeFormatter(logging.Formatter):
    """A formatter that writes no traceback and no token."""

    def format(self, record: logging.LogRecord) -> str:
        record = logging.makeLogRecord(record.__dict__)
        message = str(record.msg)
        for start, short in REPLACED.items():
            if message.startswith(start):
                record.msg, record.args = short, None
        if record.exc_info and record.exc_info[1] is not None:
            err = record.exc_info[1]
            record.msg = f"{record.getMessage()} ({type(err).__name__}: {err})"
            record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return redact(super().format(record)).replace("\n", " ⏎ ")


def _keep(record: logging.LogRecord) -> bool:
    return not str(record.msg).startswith(DROPPED)


def setup_logging(level: int = logging.INFO, stream=None) -> None:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(SafeFormatter(FORMAT))
    handler.addFilter(_keep)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
