"""Modals: the correction form's submission."""

from __future__ import annotations

from slack_bolt import App

from handlers.modals import CALLBACK_ID

from .submit_correction import submit_correction


def register(app: App) -> None:
    app.view(CALLBACK_ID)(submit_correction)
