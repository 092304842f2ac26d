"""Buttons on Newsdesk's cards: Share in channel, More, Undo."""

from __future__ import annotations

from slack_bolt import App

from handlers.slack import MORE_ACTION, SHARE_ACTION, UNDO_ACTION

from .more_results import more_results
from .share_card import share_card
from .undo_ingest import undo_ingest


def register(app: App) -> None:
    app.action(SHARE_ACTION)(share_card)
    app.action(MORE_ACTION)(more_results)
    app.action(UNDO_ACTION)(undo_ingest)
