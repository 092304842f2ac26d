"""Settings from the environment (and a ``.env`` file in the working folder).

Real environment variables win over ``.env``. Every variable is listed in
``.env.example`` with a note on when it is needed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import time, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ENV_VARS = (
    "SLACK_BOT_TOKEN",
    "SLACK_APP_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_API_URL",
    "HOST",
    "PORT",
    "NEWSDESK_DB",
    "NEWSDESK_DIGEST_CHANNEL",
    "NEWSDESK_DIGEST_TIME",
    "NEWSDESK_TZ",
    "NEWSDESK_DIGEST_SKIP_EMPTY",
    "NEWSDESK_INGEST_CHANNELS",
    "NEWSDESK_ADMINS",
)

DEFAULT_DIGEST_TIME = "08:00"
DEFAULT_TZ = "UTC"
HH_MM = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)\Z")
FALSE = {"", "0", "false", "no", "off"}
# Test only, not in .env.example: the ISO time the scheduler's clock starts at (it then runs at
# normal speed), so a test can reach a digest time in seconds. Never set it in production.
TEST_CLOCK_VAR = "NEWSDESK_TEST_NOW"
DEFAULT_HOST = "0.0.0.0"  # HTTP mode listens on every interface, for Slack (or a proxy) to reach
DEFAULT_PORT = 3000

# Where each Slack variable comes from, for the message `newsdesk run` gives when one is missing.
WHERE_TO_GET = {
    "SLACK_BOT_TOKEN": "xoxb-…: your app's page at api.slack.com/apps → OAuth & Permissions → "
    "Bot User OAuth Token (after installing the app to the workspace)",
    "SLACK_APP_TOKEN": "xapp-…, for Socket Mode: Basic Information → App-Level Tokens → "
    "Generate Token and Scopes, with the scope connections:write",
    "SLACK_SIGNING_SECRET": "for HTTP mode: Basic Information → App Credentials → Signing Secret",
}


class SettingsError(Exception):
    """The environment does not say enough to run; the message is for people."""


def load_env(folder: Path | None = None) -> None:
    """Read ``.env`` from ``folder`` (default: the working folder) without overriding the environment."""
    from dotenv import load_dotenv

    path = (folder or Path.cwd()) / ".env"
    if path.is_file():
        load_dotenv(path, override=False)


def _ids(value: str | None) -> frozenset[str]:
    """ "C0NEWS, C0POLICY" -> {"C0NEWS", "C0POLICY"}"""
    return frozenset(x.strip() for x in (value or "").replace(";", ",").split(",") if x.strip())


@dataclass(frozen=True)
class Settings:
    db: str
    bot_token: str = ""
    app_token: str = ""
    signing_secret: str = ""
    api_url: str = ""
    host: str = DEFAULT_HOST
    port_text: str = ""
    ingest_channels: frozenset[str] = field(default_factory=frozenset)
    admins: frozenset[str] = field(default_factory=frozenset)
    digest_channel: str = ""
    digest_time_text: str = DEFAULT_DIGEST_TIME
    tz_name: str = DEFAULT_TZ
    digest_skip_empty: bool = False
    test_now: str = ""  # NEWSDESK_TEST_NOW (tests only)

    @classmethod
    def from_env(cls, env: dict | None = None) -> Settings:
        env = os.environ if env is None else env

        def get(name: str) -> str:
            return (env.get(name) or "").strip()

        return cls(
            db=get("NEWSDESK_DB") or "newsdesk.db",
            bot_token=get("SLACK_BOT_TOKEN"),
            app_token=get("SLACK_APP_TOKEN"),
            signing_secret=get("SLACK_SIGNING_SECRET"),
            api_url=get("SLACK_API_URL"),
            host=get("HOST") or DEFAULT_HOST,
            port_text=get("PORT"),
            ingest_channels=_ids(get("NEWSDESK_INGEST_CHANNELS")),
            admins=_ids(get("NEWSDESK_ADMINS")),
            digest_channel=get("NEWSDESK_DIGEST_CHANNEL"),
            digest_time_text=get("NEWSDESK_DIGEST_TIME") or DEFAULT_DIGEST_TIME,
            tz_name=get("NEWSDESK_TZ") or DEFAULT_TZ,
            digest_skip_empty=get("NEWSDESK_DIGEST_SKIP_EMPTY").lower() not in FALSE,
            test_now=get(TEST_CLOCK_VAR),
        )

    @property
    def digest_time(self) -> time:
        """NEWSDESK_DIGEST_TIME as a time of day (SettingsError if it is not HH:MM)."""
        m = HH_MM.match(self.digest_time_text)
        if not m:
            raise SettingsError(
                "NEWSDESK_DIGEST_TIME must be a 24-hour time, HH:MM, such as 08:00 or 17:30, "
                f"not “{self.digest_time_text}”"
            )
        return time(int(m.group(1)), int(m.group(2)))

    @property
    def tz(self) -> tzinfo:
        """NEWSDESK_TZ as a time zone (SettingsError if it is not an IANA name)."""
        name = "UTC" if self.tz_name.upper() == "UTC" else self.tz_name
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
        raise SettingsError(
            "NEWSDESK_TZ must be an IANA time zone name, such as Europe/London, "
            f"America/New_York or Asia/Karachi (or UTC), not “{self.tz_name}”"
        )

    def check_digest(self) -> None:
        """Raise SettingsError when the digest time or the time zone cannot be read."""
        self.digest_time  # noqa: B018 - checked now rather than at digest time
        self.tz  # noqa: B018

    @property
    def port(self) -> int:
        if not self.port_text:
            return DEFAULT_PORT
        if not self.port_text.isdigit() or int(self.port_text) > 65535:
            raise SettingsError(f"PORT must be a port number, not “{self.port_text}”")
        return int(self.port_text)

    @property
    def api_base(self) -> str | None:
        """The Web API base URL for slack_sdk (with the trailing slash it needs), or None for Slack's."""
        if not self.api_url:
            return None
        return self.api_url if self.api_url.endswith("/") else self.api_url + "/"

    def slack_mode(self) -> str:
        """ "socket" or "http", from the variables that are set; SettingsError says what is missing."""
        missing = []
        if not self.bot_token:
            missing.append("SLACK_BOT_TOKEN")
        if not self.app_token and not self.signing_secret:
            missing += ["SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"]
        if missing:
            raise SettingsError(missing_message(missing))
        if not self.bot_token.startswith("xoxb-"):
            raise SettingsError(
                "SLACK_BOT_TOKEN should be the bot token, which starts with xoxb-. "
                + WHERE_TO_GET["SLACK_BOT_TOKEN"]
            )
        if self.app_token and not self.app_token.startswith("xapp-"):
            raise SettingsError(
                "SLACK_APP_TOKEN should be an app-level token, which starts with xapp-. "
                + WHERE_TO_GET["SLACK_APP_TOKEN"]
            )
        self.port  # noqa: B018 - checked now rather than when the server starts
        return "socket" if self.app_token else "http"


def missing_message(missing: list[str]) -> str:
    both = "SLACK_APP_TOKEN" in missing and "SLACK_SIGNING_SECRET" in missing
    need = [m for m in missing if not (both and m in ("SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"))]
    parts = need + (
        ["SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)"] if both else []
    )
    lines = [f"Slack is not set up: missing {' and '.join(parts)}."]
    lines += [f"  {name}: {WHERE_TO_GET[name]}" for name in missing]
    lines += [
        "Put them in a .env file in this folder (copy .env.example) or in the environment;",
        "the README's “Slack set-up” section walks through creating the app from manifest.yml.",
    ]
    return "\n".join(lines)
