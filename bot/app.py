"""The Bolt app: a Web API client that retries rate limits, the desk, the listeners."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from slack_bolt import App, BoltContext
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

from handlers.listeners import register_listeners
from handlers.slack import Desk, describe
from store import Store

from .settings import Settings

log = logging.getLogger("newsdesk")


def web_client(settings: Settings) -> WebClient:
    """The Web API client: SLACK_API_URL as base, rate limits (Retry-After) and dropped connections retried."""
    kwargs = {"base_url": settings.api_base} if settings.api_base else {}
    client = WebClient(token=settings.bot_token, **kwargs)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    if not any(isinstance(h, ConnectionErrorRetryHandler) for h in client.retry_handlers):
        client.retry_handlers.append(ConnectionErrorRetryHandler())
    return client


def build_app(settings: Settings, store: Store, *, mode: str = "http", **app_kwargs) -> App:
    """The Newsdesk Slack app. ``mode`` is "http" (signed requests) or "socket"."""
    desk = Desk(
        store=store,
        ingest_channels=settings.ingest_channels,
        admins=settings.admins,
        file_hosts=frozenset({urlsplit(settings.api_base).hostname} if settings.api_base else ()),
        tz=settings.tz,
    )
    app = App(
        client=web_client(settings),
        signing_secret=settings.signing_secret or None,
        request_verification_enabled=mode == "http",
        logger=logging.getLogger("newsdesk.bolt"),
        **app_kwargs,
    )

    @app.use
    def give_desk(context: BoltContext, next) -> None:  # noqa: A002 - Bolt's name
        context["desk"] = desk
        next()

    @app.error
    def log_error(error: Exception, body: dict) -> None:
        log.error("unhandled error in a listener: %s", describe(error))

    register_listeners(app)
    return app
