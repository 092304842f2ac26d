"""manifest.yml, the listeners, help and the README agree (the Slack side of docs drift)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from handlers.commands import commands
from handlers.listeners import register_listeners
from handlers.modals import CALLBACK_ID
from handlers.slack import FIX_ACTION_ID

ROOT = Path(__file__).resolve().parent.parent.parent
MANIFEST = yaml.safe_load((ROOT / "manifest.yml").read_text())
README = (ROOT / "README.md").read_text()


class Recorder:
    """Stands in for the Bolt App: records what each register() binds."""

    def __init__(self):
        self.bound: dict[str, list] = {
            "command": [],
            "event": [],
            "shortcut": [],
            "action": [],
            "view": [],
        }

    def __getattr__(self, kind):
        if kind not in self.bound:
            raise AttributeError(kind)

        def bind(constraint, *args, **kw):
            self.bound[kind].append(constraint)
            return lambda fn: fn

        return bind


@pytest.fixture(scope="module")
def bound() -> dict:
    app = Recorder()
    register_listeners(app)
    return app.bound


def manifest_commands() -> set[str]:
    return {c["command"] for c in MANIFEST["features"]["slash_commands"]}


def help_commands() -> set[str]:
    """The slash command each help line starts with (help and stats live under /newsdesk)."""
    return {cmd.usage.split()[0].rstrip(":") for cmd in commands()}


def test_manifest_commands_are_registered_and_the_other_way_round(bound):
    assert set(bound["command"]) == manifest_commands()


def test_manifest_commands_are_in_help_and_the_other_way_round():
    assert help_commands() == manifest_commands()


SLACK_BUILTINS = {"/invite"}  # Slack's own commands the README tells people to type


def test_manifest_commands_are_in_the_readme_and_the_other_way_round():
    typed = set(re.findall(r"`(/[a-z]+)[ `]", README))  # commands shown as typed: `/who dar`
    assert manifest_commands() <= typed
    assert typed - SLACK_BUILTINS == manifest_commands()


def test_shortcut_callback_ids_match(bound):
    ids = {s["callback_id"] for s in MANIFEST["features"]["shortcuts"]}
    assert set(bound["shortcut"]) == ids == {"add_to_newsdesk"}
    assert "Add to Newsdesk" in README


def test_bot_events_cover_the_registered_listeners(bound):
    events = set(MANIFEST["settings"]["event_subscriptions"]["bot_events"])
    assert events == {"app_mention", "message.channels", "message.groups", "message.im"}
    types = {e if isinstance(e, str) else e["type"] for e in bound["event"]}
    assert types == {e.split(".")[0] for e in events}


def test_scopes_interactivity_and_socket_mode():
    assert set(MANIFEST["oauth_config"]["scopes"]["bot"]) == {
        "commands",
        "chat:write",
        "app_mentions:read",
        "channels:history",
        "groups:history",
        "im:history",
        "files:read",
        "reactions:write",
        "users:read",
    }
    assert MANIFEST["settings"]["interactivity"]["is_enabled"] is True
    assert MANIFEST["settings"]["socket_mode_enabled"] is True


def test_every_scope_is_explained_in_the_readme():
    for scope in MANIFEST["oauth_config"]["scopes"]["bot"]:
        assert f"`{scope}`" in README, scope


def test_the_correction_menu_and_modal_are_bound(bound):
    # interactivity (already on) is all modals need; users:read names who corrected a fact
    assert [getattr(a, "pattern", a) for a in bound["action"]][-1] == FIX_ACTION_ID.pattern
    assert FIX_ACTION_ID.match("newsdesk_fix|/tariff pakistan")
    assert bound["view"] == [CALLBACK_ID]
    assert "users:read" in MANIFEST["oauth_config"]["scopes"]["bot"]
