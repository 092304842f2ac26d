"""Shortcuts: "Add to Newsdesk" on any message."""

from __future__ import annotations

from slack_bolt import App

from .add_to_newsdesk import add_to_newsdesk


def register(app: App) -> None:
    app.shortcut("add_to_newsdesk")(add_to_newsdesk)  # callback_id in manifest.yml
