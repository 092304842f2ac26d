"""Settings for `newsdesk run`: which mode, what is missing, lists of ids."""

from __future__ import annotations

import pytest

from bot.settings import Settings, SettingsError


def settings(**env) -> Settings:
    return Settings.from_env(env)


@pytest.mark.parametrize(
    "env, mode",
    [
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}, "socket"),  # Socket Mode
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}, "http"),  # HTTP mode
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "SLACK_SIGNING_SECRET": "s"},
            "socket",
        ),  # both: Socket Mode needs no public URL
    ],
)
def test_mode_from_the_variables_set(env, mode):
    assert settings(**env).slack_mode() == mode


@pytest.mark.parametrize(
    "env, words",
    [
        ({}, "missing SLACK_BOT_TOKEN and SLACK_APP_TOKEN"),  # nothing
        ({"SLACK_APP_TOKEN": "xapp-1"}, "missing SLACK_BOT_TOKEN."),  # no bot token
        (
            {"SLACK_BOT_TOKEN": "xoxp-1", "SLACK_SIGNING_SECRET": "s"},
            "starts with xoxb-",
        ),  # a user token
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxb-2"},
            "starts with xapp-",
        ),  # wrong app token
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "PORT": "80a"},
            "PORT must be",
        ),  # bad port
    ],
)
def test_what_is_wrong_is_said(env, words):
    with pytest.raises(SettingsError, match=words.replace("(", r"\(").replace(".", r"\.")):
        settings(**env).slack_mode()


def test_defaults_and_lists():
    s = settings(
        NEWSDESK_INGEST_CHANNELS=" C0NEWS, C0POLICY ,,",
        NEWSDESK_ADMINS="U0ADMIN",
        SLACK_API_URL="http://h/api",
    )
    assert (s.host, s.port, s.db) == ("0.0.0.0", 3000, "newsdesk.db")
    assert s.ingest_channels == {"C0NEWS", "C0POLICY"} and s.admins == {"U0ADMIN"}
    assert s.api_base == "http://h/api/"  # slack_sdk needs the trailing slash
    assert settings().api_base is None
    assert settings(HOST="127.0.0.1", PORT="8080").port == 8080
