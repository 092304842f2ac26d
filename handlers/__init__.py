"""What happens for each Slack input, and the cards Newsdesk answers with.

The Slack layer (and the console) call two functions:

- ``answer(store, text, user=None, now=None) -> Reply`` for a command;
- ``ingest_text(store, raw_text, source=None, now=None) -> IngestReply`` for an article.

A ``Reply`` has ``blocks`` (Block Kit dicts) and ``text`` (the fallback);
``render_text(blocks)`` shows the same card in a terminal.
"""

from . import digest, watches  # noqa: F401 - registers /digest and the watch commands
from .blocks import Reply, esc, render_text
from .commands import answer, commands, is_command
from .ingest import IngestReply, ingest_text

__all__ = [
    "IngestReply",
    "Reply",
    "answer",
    "commands",
    "esc",
    "ingest_text",
    "is_command",
    "render_text",
]
