"""Buttons and menus on Newsdesk's cards: Share in channel, More, Undo, "Not right?"."""

from __future__ import annotations

from slack_bolt import App

from handlers.slack import FIX_ACTION_ID, MORE_ACTION, SHARE_ACTION, UNDO_ACTION

from .more_results import more_results
from .not_right import not_right
from .share_card import share_card
from .undo_ingest import undo_ingest


def register(app: App) -> None:
    app.action(SHARE_ACTION)(share_card)
    app.action(MORE_ACTION)(more_results)
    app.action(UNDO_ACTION)(undo_ingest)
    app.action(FIX_ACTION_ID)(not_right)  # "newsdesk_fix|COMMAND": see handlers.slack
