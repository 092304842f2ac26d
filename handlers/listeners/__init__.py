"""Bolt listeners, one small module per Slack input, grouped as Slack groups them.

``register_listeners(app)`` is all the running program calls. Each group's
``register(app)`` binds Slack's ids (commands, events, callback and action
ids) to the listener functions in call form; the listener modules never
import the app. Listeners find the store and settings in ``context["desk"]``.
"""

from __future__ import annotations

from slack_bolt import App

from . import actions, commands, events, shortcuts, views


def register_listeners(app: App) -> None:
    commands.register(app)
    events.register(app)
    shortcuts.register(app)
    actions.register(app)
    views.register(app)
