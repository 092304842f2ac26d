"""Events: mentions, pasted articles, shared files."""

from __future__ import annotations

from slack_bolt import App

from .app_mention import app_mention
from .file_share import file_share
from .message import message


def register(app: App) -> None:
    app.event("app_mention")(app_mention)
    app.event({"type": "message", "subtype": "file_share"})(file_share)  # before plain messages
    app.event("message")(message)
