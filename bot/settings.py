"""Settings from the environment (and a ``.env`` file in the working folder).

Real environment variables win over ``.env``. Every variable is listed in
``.env.example`` with a note on when it is needed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_VARS = (
    "SLACK_BOT_TOKEN",
    "SLACK_APP_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_API_URL",
    "PORT",
    "NEWSDESK_DB",
    "NEWSDESK_DIGEST_CHANNEL",
    "NEWSDESK_DIGEST_TIME",
    "NEWSDESK_TZ",
    "NEWSDESK_INGEST_CHANNELS",
    "NEWSDESK_ADMINS",
)


def load_env(folder: Path | None = None) -> None:
    """Read ``.env`` from ``folder`` (default: the working folder) without overriding the environment."""
    from dotenv import load_dotenv

    path = (folder or Path.cwd()) / ".env"
    if path.is_file():
        load_dotenv(path, override=False)


@dataclass(frozen=True)
class Settings:
    db: str

    @classmethod
    def from_env(cls) -> Settings:
        return cls(db=os.environ.get("NEWSDESK_DB") or "newsdesk.db")
