"""A stand-in for Slack in tests and the benchmark: the Web API, response_urls and files.

``FakeSlack`` is a stdlib HTTP server on 127.0.0.1 that records every call the
app makes (``/api/<method>``, response_url posts, file downloads) and answers
as Slack does. ``SlackSender`` signs requests exactly as Slack signs them and
posts them to the app. Payload builders follow Slack's documented shapes.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import itertools
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-test-token"
TEAM = "T0TEAM"
BOT_USER = "U0BOT"
SIGN_IN_PAGE = b"<!DOCTYPE html><html><body>Sign in to Slack</body></html>"


@dataclass
class Call:
    method: str  # "chat.postMessage", or the path for response_urls and files
    path: str
    headers: dict
    body: dict = field(default_factory=dict)
    http: str = "POST"


class FakeSlack:
    """Slack's Web API on 127.0.0.1: records calls, answers like Slack."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.extra: dict[str, dict] = {}  # method -> more fields for its answer
        self.fail: dict[str, list[tuple[int, dict, dict]]] = {}  # method -> answers to give first
        self.files: dict[str, tuple[bytes, str]] = {}  # path -> (data, content type)
        self._ts = itertools.count(1)
        self._lock = threading.Condition()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                fake._handle(self, "GET")

            def do_POST(self) -> None:
                fake._handle(self, "POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.api = self.base + "/api/"
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- what tests read ---------------------------------------------------
    def to(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def responses(self) -> list[Call]:
        """Posts to response_urls."""
        with self._lock:
            return [c for c in self.calls if c.path.startswith("/respond/")]

    def wait_for(self, check, timeout: float = 10.0):
        """Poll until ``check()`` is truthy (returned), else fail with what was called."""
        end = time.monotonic() + timeout
        with self._lock:
            while True:
                result = check()
                if result:
                    return result
                left = end - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out; calls: {[c.method for c in self.calls]}")
                self._lock.wait(min(left, 0.05))

    def wait_calls(self, method: str, n: int = 1, timeout: float = 10.0) -> list[Call]:
        return self.wait_for(lambda: len(self.to(method)) >= n and self.to(method), timeout)

    def response_url(self, name: str = "1") -> str:
        return f"{self.base}/respond/{name}"

    def serve_file(self, name: str, data: bytes, content_type: str = "text/plain") -> str:
        path = f"/files-pri/{TEAM}-F{name}/download/{name}"
        self.files[path] = (data, content_type)
        return self.base + path

    # -- answering ---------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler, verb: str) -> None:
        parts = urllib.parse.urlsplit(h.path)
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length) if length else b""
        body = _parse(raw, h.headers.get("Content-Type") or "")
        body.update({k: v[0] for k, v in urllib.parse.parse_qs(parts.query).items()})
        headers = {k.lower(): v for k, v in h.headers.items()}
        if parts.path.startswith("/api/"):
            method = parts.path[len("/api/") :]
        elif parts.path in self.files:
            method = "file"
        else:
            method = "respond"
        status, answer, extra_headers = self._answer(method, parts.path, body, headers)
        with self._lock:
            self.calls.append(Call(method, parts.path, headers, body, verb))
            self._lock.notify_all()
        data = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
        h.send_response(status)
        ctype = extra_headers.pop("Content-Type", None) or (
            "text/plain" if isinstance(answer, bytes) else "application/json; charset=utf-8"
        )
        h.send_header("Content-Type", ctype)
        for k, v in extra_headers.items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    def _answer(self, method: str, path: str, body: dict, headers: dict):
        with self._lock:
            queued = self.fail.get(method)
            if queued:
                return queued.pop(0)
        if method == "file":
            if not headers.get("authorization", "").startswith("Bearer xoxb-"):
                return 200, SIGN_IN_PAGE, {"Content-Type": "text/html"}
            data, ctype = self.files[path]
            return 200, data, {"Content-Type": ctype}
        if method == "respond":
            return 200, b"ok", {}
        answer: dict = {"ok": True}
        if method == "auth.test":
            answer.update(user_id=BOT_USER, bot_id="B0BOT", team_id=TEAM, user="newsdesk")
        elif method == "chat.postMessage":
            answer.update(channel=body.get("channel"), ts=f"1744000000.{next(self._ts):06d}")
        elif method == "chat.getPermalink":
            ts = str(body.get("message_ts", "")).replace(".", "")
            answer["permalink"] = f"https://newsroom.slack.com/archives/{body.get('channel')}/p{ts}"
        answer.update(self.extra.get(method, {}))
        return 200, answer, {}


def _parse(raw: bytes, content_type: str) -> dict:
    if not raw:
        return {}
    text = raw.decode("utf-8", "replace")
    if "json" in content_type:
        return json.loads(text)
    parsed = {k: v[0] for k, v in urllib.parse.parse_qs(text).items()}
    for k in ("blocks", "payload"):
        if isinstance(parsed.get(k), str):
            with contextlib.suppress(ValueError):
                parsed[k] = json.loads(parsed[k])
    return parsed


# -- signed requests to the app -------------------------------------------------


def sign(body: str, secret: str = SECRET, ts: int | None = None) -> dict:
    """The two headers Slack signs a request with (v0, HMAC-SHA256 of "v0:ts:body")."""
    stamp = str(int(time.time()) if ts is None else ts)
    base = f"v0:{stamp}:{body}".encode()
    sig = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": sig}


@dataclass
class Answer:
    status: int
    body: str
    seconds: float


class SlackSender:
    """Posts signed requests to the app's /slack/events, as Slack does."""

    def __init__(self, url: str, secret: str = SECRET):
        self.url = url
        self.secret = secret

    def send(
        self,
        body: str,
        content_type: str,
        headers: dict | None = None,
        signed: bool = True,
        **sign_kw,
    ) -> Answer:
        all_headers = {"Content-Type": content_type}
        if signed:
            all_headers.update(sign(body, self.secret, **sign_kw))
        all_headers.update(headers or {})
        request = urllib.request.Request(
            self.url, data=body.encode(), method="POST", headers=all_headers
        )
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=10) as resp:
                text = resp.read().decode()
                status = resp.status
        except urllib.error.HTTPError as e:
            text, status = e.read().decode(), e.code
        return Answer(status, text, time.perf_counter() - start)

    def command(self, body: dict, **kw) -> Answer:
        return self.send(urllib.parse.urlencode(body), "application/x-www-form-urlencoded", **kw)

    def event(self, body: dict, **kw) -> Answer:
        return self.send(json.dumps(body), "application/json", **kw)

    def interaction(self, payload: dict, **kw) -> Answer:
        body = urllib.parse.urlencode({"payload": json.dumps(payload)})
        return self.send(body, "application/x-www-form-urlencoded", **kw)


# -- payloads, in the shapes Slack documents ----------------------------------------

_ids = itertools.count(1)


def slash(
    command: str, text: str, response_url: str, user: str = "U0ALICE", channel: str = "C0NEWS"
) -> dict:
    return {
        "token": "legacy-verification-token",
        "team_id": TEAM,
        "team_domain": "newsroom",
        "channel_id": channel,
        "channel_name": "news",
        "user_id": user,
        "user_name": "alice",
        "command": command,
        "text": text,
        "api_app_id": "A0NEWSDESK",
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": f"{next(_ids)}.1.abc",
    }


def event_callback(event: dict, event_id: str | None = None) -> dict:
    return {
        "token": "legacy-verification-token",
        "team_id": TEAM,
        "api_app_id": "A0NEWSDESK",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_ids):08d}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}],
        "is_ext_shared_channel": False,
    }


def message_event(
    text: str,
    channel: str = "C0NEWS",
    user: str = "U0ALICE",
    ts: str | None = None,
    channel_type: str = "channel",
    **more,
) -> dict:
    ts = ts or f"1744000{next(_ids):03d}.000100"
    return {
        "type": "message",
        "channel": channel,
        "user": user,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel_type": channel_type,
        "team": TEAM,
        **more,
    }


def mention_event(text: str, channel: str = "C0NEWS", user: str = "U0ALICE", **more) -> dict:
    event = message_event(f"<@{BOT_USER}> {text}", channel=channel, user=user, **more)
    event["type"] = "app_mention"
    event.pop("channel_type")
    return event


def snippet_file(url: str, name: str = "Untitled", **more) -> dict:
    return {
        "id": f"F{next(_ids):08d}",
        "name": name,
        "title": name,
        "mimetype": "text/plain",
        "filetype": "text",
        "pretty_type": "Plain Text",
        "mode": "snippet",
        "size": 4000,
        "url_private": url,
        "url_private_download": url,
        **more,
    }


def user(uid: str = "U0ALICE") -> dict:
    return {"id": uid, "username": "alice", "name": "alice", "team_id": TEAM}


def block_action(
    action_id: str, value: str, response_url: str, uid: str = "U0ALICE", ephemeral: bool = True
) -> dict:
    return {
        "type": "block_actions",
        "user": user(uid),
        "api_app_id": "A0NEWSDESK",
        "token": "legacy-verification-token",
        "container": {
            "type": "message",
            "message_ts": "1744000000.000001",
            "is_ephemeral": ephemeral,
        },
        "trigger_id": f"{next(_ids)}.2.def",
        "team": {"id": TEAM, "domain": "newsroom"},
        "channel": {"id": "C0NEWS", "name": "news"},
        "response_url": response_url,
        "actions": [
            {
                "action_id": action_id,
                "block_id": "newsdesk_buttons",
                "type": "button",
                "value": value,
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }


def message_shortcut(message: dict, response_url: str, uid: str = "U0ALICE") -> dict:
    return {
        "type": "message_action",
        "callback_id": "add_to_newsdesk",
        "trigger_id": f"{next(_ids)}.3.ghi",
        "action_ts": f"{time.time():.6f}",
        "team": {"id": TEAM, "domain": "newsroom"},
        "user": user(uid),
        "channel": {"id": message.get("channel", "C0OTHER"), "name": "other"},
        "message_ts": message["ts"],
        "message": {k: v for k, v in message.items() if k not in ("channel", "channel_type")},
        "response_url": response_url,
        "token": "legacy-verification-token",
    }


def overflow_action(
    block: dict,
    response_url: str,
    uid: str = "U0ALICE",
    ephemeral: bool = True,
    channel: str = "C0NEWS",
    message_ts: str = "1744000000.000001",
    message: dict | None = None,
) -> dict:
    """A click on the overflow menu of a card's ``block`` (its first option), as Slack sends it.

    Slack sends the message's blocks back only for a public message (``message``).
    """
    menu = block["accessory"]
    payload = block_action("", "", response_url, uid=uid, ephemeral=ephemeral)
    payload["container"] = {
        "type": "message",
        "message_ts": message_ts,
        "channel_id": channel,
        "is_ephemeral": ephemeral,
    }
    payload["channel"] = {"id": channel, "name": "news"}
    payload["state"] = {"values": {}}
    payload["actions"] = [
        {
            "type": "overflow",
            "action_id": menu["action_id"],
            "block_id": block["block_id"],
            "selected_option": menu["options"][0],
            "action_ts": f"{time.time():.6f}",
        }
    ]
    if message is not None and not ephemeral:
        payload["message"] = {"type": "message", "ts": message_ts, **message}
    return payload


def filled_state(view: dict, **typed) -> dict:
    """A modal's ``state.values`` as Slack sends them on submit: every input as the view
    opened (its initial value), except the fields in ``typed`` (block_id -> what the person
    entered: text, a date, an option value, or a list of checked option values)."""
    values: dict = {}
    for block in view["blocks"]:
        if block["type"] != "input":
            continue
        element = block["element"]
        kind = element["type"]
        given = typed.get(block["block_id"], ...)
        if kind == "plain_text_input":
            state = {"value": element.get("initial_value") if given is ... else given or None}
        elif kind == "datepicker":
            state = {"selected_date": element.get("initial_date") if given is ... else given}
        elif kind == "static_select":
            option = (
                element.get("initial_option")
                if given is ...
                else next((o for o in element["options"] if o["value"] == given), None)
            )
            state = {"selected_option": option}
        elif kind == "checkboxes":
            options = (
                element.get("initial_options", [])
                if given is ...
                else [o for o in element["options"] if o["value"] in given]
            )
            state = {"selected_options": options}
        else:
            raise ValueError(f"no state for a {kind}")
        values[block["block_id"]] = {element["action_id"]: {"type": kind, **state}}
    return {"values": values}


def view_submission(view: dict, uid: str = "U0ALICE", **typed) -> dict:
    """Submitting a modal Newsdesk opened (``view`` as sent to views.open), as Slack sends it."""
    return {
        "type": "view_submission",
        "team": {"id": TEAM, "domain": "newsroom"},
        "user": user(uid),
        "api_app_id": "A0NEWSDESK",
        "token": "legacy-verification-token",
        "trigger_id": f"{next(_ids)}.4.jkl",
        "view": {
            "id": f"V{next(_ids):08d}",
            "team_id": TEAM,
            "app_id": "A0NEWSDESK",
            "bot_id": "B0BOT",
            "root_view_id": None,
            "previous_view_id": None,
            "external_id": "",
            "hash": "1744000000.abc",
            **view,
            "state": filled_state(view, **typed),
        },
        "response_urls": [],
        "is_enterprise_install": False,
        "enterprise": None,
    }
