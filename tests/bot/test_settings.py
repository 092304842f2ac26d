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


def test_digest_settings_and_their_defaults():
    s = settings()
    assert (s.digest_channel, s.digest_time.isoformat(), str(s.tz), s.digest_skip_empty) == (
        "",
        "08:00:00",
        "UTC",
        False,
    )
    s = settings(
        NEWSDESK_DIGEST_CHANNEL="C0DIGEST",
        NEWSDESK_DIGEST_TIME="7:30",
        NEWSDESK_TZ="Asia/Karachi",
        NEWSDESK_DIGEST_SKIP_EMPTY="1",
    )
    assert (s.digest_channel, s.digest_time.isoformat(), str(s.tz), s.digest_skip_empty) == (
        "C0DIGEST",
        "07:30:00",
        "Asia/Karachi",
        True,
    )
    assert str(settings(NEWSDESK_TZ="utc").tz) == "UTC"


@pytest.mark.parametrize(
    "env, words",
    [
        (
            {"NEWSDESK_DIGEST_TIME": "8am"},
            "NEWSDESK_DIGEST_TIME must be a 24-hour time",
        ),  # not HH:MM
        ({"NEWSDESK_DIGEST_TIME": "24:00"}, "not “24:00”"),  # no such hour
        ({"NEWSDESK_TZ": "Pakistan"}, "NEWSDESK_TZ must be an IANA time zone name"),  # a country
        ({"NEWSDESK_TZ": "../../etc/passwd"}, "not “../../etc/passwd”"),  # a path
    ],
)
def test_bad_digest_settings_say_what_is_wrong(env, words):
    with pytest.raises(SettingsError, match=words):
        settings(**env).check_digest()


@pytest.mark.parametrize("value", ["", "0", "false", "no", "off"])  # each: no skipping
def test_skip_empty_is_off_unless_set(value):
    assert not settings(NEWSDESK_DIGEST_SKIP_EMPTY=value).digest_skip_empty
