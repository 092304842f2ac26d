"""Slash commands. Each one answers through the same dispatcher as the console."""

from __future__ import annotations

from slack_bolt import App

from .slash_command import slash_command

SLASH_COMMANDS = ("/tariff", "/contacts", "/who", "/newsdesk", "/digest")  # as in manifest.yml


def register(app: App) -> None:
    for name in SLASH_COMMANDS:
        app.command(name)(slash_command)
