"""HTTP mode: Slack sends every request to POST /slack/events; the stdlib serves it.

A threading WSGI server from the standard library in front of Bolt's WSGI
adapter: requests are acked at once and the slow work runs on Bolt's
threads. Put a TLS proxy (or a tunnel) in front of it; Slack needs https.
"""

from __future__ import annotations

import logging
import re
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

PATH = "/slack/events"
QUERY = re.compile(r"\?[^\s\"]*")
log = logging.getLogger("newsdesk.http")


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class QuietHandler(WSGIRequestHandler):
    """Request lines go to the log (without query strings), not to stderr."""

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's name
        log.info("%s %s", self.address_string(), QUERY.sub("", format % args))


def signed_only(handler: SlackRequestHandler):
    """Refuse requests whose signature headers are empty or malformed with 401, as Bolt does
    for missing or wrong ones (Bolt itself fails on a timestamp that is not a number)."""

    def wsgi(environ: dict, start_response):
        stamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
        signature = environ.get("HTTP_X_SLACK_SIGNATURE")
        if environ.get("REQUEST_METHOD") == "POST" and (
            (stamp is not None and not stamp.strip().isdigit())
            or (signature is not None and not signature.strip())
        ):
            start_response("401 Unauthorized", [("Content-Type", "application/json")])
            return [b'{"error": "invalid request"}']
        return handler(environ, start_response)

    return wsgi


def make_http_server(app: App, host: str, port: int) -> WSGIServer:
    return make_server(
        host,
        port,
        signed_only(SlackRequestHandler(app, path=PATH)),
        server_class=ThreadingWSGIServer,
        handler_class=QuietHandler,
    )
