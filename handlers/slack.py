"""What the Slack listeners share: the desk they work for, buttons, ingest, files, errors.

The listeners in ``handlers.listeners`` stay small by calling these. Nothing
here knows about the Bolt ``App``; the functions take the Web API client and
the payload pieces they need, so they are tested with plain fakes.
"""

from __future__ import annotations

import json
import logging
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from extract.text import ExtractError, decode, html_to_text, unslack
from store import Source, Store

from .blocks import MAX_BLOCKS, Reply, esc, shorten
from .commands import MENTION, answer, is_command
from .ingest import IngestReply, ingest_text

# Action ids of the buttons on Newsdesk's cards (bound in listeners/actions).
SHARE_ACTION = "newsdesk_share"
MORE_ACTION = "newsdesk_more"
UNDO_ACTION = "newsdesk_undo"
# Each fact's "Not right?" menu: action_id "newsdesk_fix|COMMAND", the command that made the
# card (so the card can be rebuilt after a correction; Slack sends ephemeral cards' blocks
# back to nobody), and the option's value the fact ("contact:12").
FIX_ACTION = "newsdesk_fix"
FIX_ACTION_ID = re.compile(r"newsdesk_fix(\|.*)?\Z", re.S)
FIX_OPTION = "Not right?"
MAX_ACTION_ID = 255  # Slack's limit
FACT_BLOCK = "fact:"  # block_id prefix of a fact's section (cards.fact_block_id)

REACTION = "newspaper"  # added to a message whose article Newsdesk has read
MIN_ARTICLE_CHARS = 500  # shorter messages are chat, unless they start with a "date" line
DATE_LINE = re.compile(r"\A\s*date\s+\d{4}-\d{2}-\d{2}\b", re.I)
MAX_FILE_BYTES = 1_000_000  # an article as a file; Newsdesk reads up to 200,000 characters
FILE_TIMEOUT = 20  # seconds for one download
TEXT_FILETYPES = {"text", "txt", "markdown", "md", "html", "htm"}
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")
HTML_FILETYPES = {"html", "htm"}
SLACK_FILE_HOSTS = (".slack.com", ".slack-gov.com", ".slack-edge.com")
BUTTON_VALUE = 2000  # Slack's limit on a button's value

log = logging.getLogger("newsdesk")


@dataclass
class Desk:
    """What the listeners work with: the store and the team's settings (context["desk"])."""

    store: Store
    ingest_channels: frozenset[str] = frozenset()
    admins: frozenset[str] = frozenset()
    file_hosts: frozenset[str] = field(default_factory=frozenset)  # besides Slack's own
    tz: tzinfo = UTC  # NEWSDESK_TZ: what "today" means for /digest

    def is_admin(self, user: str | None) -> bool:
        return bool(user) and user in self.admins

    def answer(self, text: str, user: str | None = None, channel: str | None = None) -> Reply:
        """A command's card as asked in Slack: by whom, where, in the newsroom's time zone."""
        return answer(self.store, text, user=user, channel=channel, tz=self.tz)


@dataclass(frozen=True)
class Where:
    """The Slack message an article came in: team, channel, ts and the poster."""

    team: str | None
    channel: str
    ts: str
    user: str | None

    def source(self, permalink: str | None) -> Source:
        return Source(
            slack_team=self.team,
            slack_channel=self.channel,
            slack_ts=self.ts,
            slack_user=self.user,
            slack_permalink=permalink,
        )


class FileRefused(Exception):
    """A shared file Newsdesk will not read; the message is polite and for people."""


# -- reading what was typed ----------------------------------------------------


def looks_like_article(text: str) -> bool:
    """Whether a message is an article to ingest (long enough, or a "date" line first).

    >>> looks_like_article("date 2025-04-07\\nISLAMABAD: Dar called Rubio.")
    True
    >>> looks_like_article("did anyone see the Rubio call?"), looks_like_article("/tariff pakistan")
    (False, False)
    """
    plain = unslack(strip_mention(text)).strip()
    if not plain or is_command(plain) and len(plain) < MIN_ARTICLE_CHARS:
        return False
    return bool(DATE_LINE.match(plain)) or len(plain) >= MIN_ARTICLE_CHARS


def strip_mention(text: str) -> str:
    """The message without the leading @mentions ("<@U0BOT> tariff pk" -> "tariff pk")."""
    return MENTION.sub("", text.strip(), count=1).strip()


def first_delivery(desk: Desk, key: str, kind: str, headers: dict | None = None) -> bool:
    """Record a delivery; False when it was handled before (a retry or a redelivery)."""
    headers = headers or {}
    retry = _header(headers, "x-slack-retry-num")
    reason = _header(headers, "x-slack-retry-reason")
    if desk.store.claim_event(key, kind=kind, retry_reason=reason):
        return True
    log.info(
        "%s %s already handled (retry %s, %s); ignored", kind, key, retry or "-", reason or "-"
    )
    return False


def delivery_key(body: dict, event: dict) -> str:
    """The id a delivery is remembered by: Slack's event id, else channel and ts."""
    if body.get("event_id"):
        return f"event:{body['event_id']}"
    return f"message:{event.get('channel')}:{event.get('event_ts') or event.get('ts')}"


def files_key(event: dict) -> str:
    """The files of one message: read once, whether the mention or the file_share event comes first."""
    return f"files:{event.get('channel')}:{event.get('ts')}"


def _header(headers: dict, name: str) -> str | None:
    value = headers.get(name)
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    return value


# -- messages and buttons --------------------------------------------------------


def button(text: str, action_id: str, value: str, style: str | None = None) -> dict:
    b = {
        "type": "button",
        "text": {"type": "plain_text", "text": text, "emoji": True},
        "action_id": action_id,
        "value": value[:BUTTON_VALUE],
    }
    if style:
        b["style"] = style
    return b


def share_button(command: str) -> dict:
    return button("Share in channel", SHARE_ACTION, command, "primary")


def more_button(command: str) -> dict:
    return button("More", MORE_ACTION, command)


def undo_button(article_id: int, by: str | None) -> dict:
    b = button("Undo", UNDO_ACTION, json.dumps({"article": article_id, "by": by}), "danger")
    b["confirm"] = {
        "title": {"type": "plain_text", "text": "Remove this article?"},
        "text": {
            "type": "plain_text",
            "text": "Newsdesk forgets the article and the facts that only it reported.",
        },
        "confirm": {"type": "plain_text", "text": "Remove"},
        "deny": {"type": "plain_text", "text": "Keep"},
    }
    return b


def message(reply: Reply, *buttons: dict) -> dict:
    """A card as message arguments (``blocks`` and fallback ``text``), with its buttons."""
    blocks = list(reply.blocks)
    buttons = tuple(b for b in buttons if b)
    if buttons:
        actions = {"type": "actions", "block_id": "newsdesk_buttons", "elements": list(buttons)}
        blocks = blocks[: MAX_BLOCKS - 1] + [actions]
    return {"blocks": blocks, "text": reply.text}


def fact_menu(fact: str, command: str | None) -> dict:
    """The overflow menu of one fact on a card: "Not right?" opens the correction modal."""
    action_id = f"{FIX_ACTION}|{command}" if command else FIX_ACTION
    if len(action_id) > MAX_ACTION_ID:
        action_id = FIX_ACTION  # the card cannot be rebuilt, the fact can still be corrected
    return {
        "type": "overflow",
        "action_id": action_id,
        "options": [
            {"text": {"type": "plain_text", "text": FIX_OPTION, "emoji": True}, "value": fact}
        ],
    }


def fix_command(action_id: str | None) -> str | None:
    """The command that made a card, from its "Not right?" menu's action_id.

    >>> fix_command("newsdesk_fix|/tariff pakistan"), fix_command("newsdesk_fix")
    ('/tariff pakistan', None)
    """
    _, _, command = (action_id or "").partition("|")
    return command or None


def with_fact_menus(blocks: list[dict], command: str | None) -> list[dict]:
    """The blocks with a "Not right?" menu on each fact's section (block_id "fact:…").

    One accessory per section, and no block is added, so a full card stays
    within Slack's 50 blocks. A section that already has an accessory is left as it is.
    """
    out = []
    for block in blocks:
        block_id = block.get("block_id") or ""
        is_fact = block.get("type") == "section" and block_id.startswith(FACT_BLOCK)
        if is_fact and "accessory" not in block:
            block = {**block, "accessory": fact_menu(block_id[len(FACT_BLOCK) :], command)}
        out.append(block)
    return out


def command_message(reply: Reply, command: str, *, share: bool) -> dict:
    """A command's card: "Not right?" on each fact, "Share in channel" for an ephemeral
    answer, "More" for a cut list."""
    with_menus = Reply(with_fact_menus(reply.blocks, command), reply.text, reply.more)
    return message(
        with_menus,
        share_button(command) if share else None,
        more_button(reply.more) if reply.more else None,
    )


def ingest_message(out: IngestReply, by: str | None) -> dict:
    """The ingest card, with Undo when the article is new."""
    undo = undo_button(out.result.article_id, by) if out.status == "new" and out.result else None
    return message(out.reply, undo)


def text_message(text: str) -> dict:
    """A short message of our own words (``text`` must already be escaped)."""
    return {"text": text, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]}


# -- the Web API, politely --------------------------------------------------------


def permalink(client: WebClient, channel: str, ts: str) -> str | None:
    try:
        return client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
    except SlackApiError as e:
        log.warning("chat.getPermalink failed for %s: %s", channel, e.response.get("error"))
        return None


def react(client: WebClient, channel: str, ts: str, name: str = REACTION) -> None:
    try:
        client.reactions_add(channel=channel, timestamp=ts, name=name)
    except SlackApiError as e:
        if e.response.get("error") != "already_reacted":
            log.warning("reactions.add failed for %s: %s", channel, e.response.get("error"))


def unreact(client: WebClient, channel: str, ts: str, name: str = REACTION) -> None:
    try:
        client.reactions_remove(channel=channel, timestamp=ts, name=name)
    except SlackApiError as e:
        log.info("reactions.remove failed for %s: %s", channel, e.response.get("error"))


def post(client: WebClient, channel: str, thread_ts: str | None, msg: dict) -> None:
    client.chat_postMessage(
        channel=channel,
        thread_ts=thread_ts,
        unfurl_links=False,
        unfurl_media=False,
        link_names=False,  # never turn "@channel" or a name in an article into a mention
        **msg,
    )


def tell(client: WebClient, channel: str, user: str | None, msg: dict, thread_ts=None) -> None:
    """A message only ``user`` sees (in a DM, or when no user is known, a plain reply)."""
    if user and not channel.startswith("D"):
        try:
            client.chat_postEphemeral(
                channel=channel, user=user, thread_ts=thread_ts, link_names=False, **msg
            )
            return
        except SlackApiError as e:
            log.warning("chat.postEphemeral failed for %s: %s", channel, e.response.get("error"))
    post(client, channel, thread_ts, msg)


def update(client: WebClient, channel: str, ts: str, msg: dict) -> bool:
    """Replace a message Newsdesk posted (a public card); False if Slack refused."""
    try:
        client.chat_update(channel=channel, ts=ts, link_names=False, **msg)
        return True
    except SlackApiError as e:
        log.warning("chat.update failed for %s: %s", channel, e.response.get("error"))
        return False


def respond_at(url: str | None, **payload) -> bool:
    """Post to a response_url kept from an earlier click (a modal's submission has none of its
    own). Slack accepts five posts within 30 minutes; False when it refused or the URL is gone."""
    if not url:
        return False
    try:
        resp = WebhookClient(url, timeout=FILE_TIMEOUT).send_dict(payload)
    except (urllib.error.URLError, TimeoutError, OSError) as e:
        log.warning("response_url post failed: %s", describe(e))
        return False
    if resp.status_code != 200:
        log.warning("response_url post refused: %s %s", resp.status_code, shorten(resp.body, 80))
        return False
    return True


def user_name(desk: Desk, client: WebClient, user: str | None) -> str | None:
    """A Slack user's display name for cards: kept in the store, else looked up once with
    users.info (scope users:read) and kept. None when Slack will not say."""
    if not user:
        return None
    known = desk.store.user_name(user)
    if known:
        return known
    try:
        info = client.users_info(user=user).get("user") or {}
    except SlackApiError as e:
        log.warning("users.info failed for %s: %s", user, e.response.get("error"))
        return None
    profile = info.get("profile") or {}
    name = (
        profile.get("display_name")
        or profile.get("real_name")
        or info.get("real_name")
        or info.get("name")
    )
    return desk.store.remember_user(user, name) if name else None


def refresh_card(desk: Desk, client: WebClient, card, user: str | None) -> bool:
    """Rebuild a card after a correction and put it where the old one was.

    ``card`` is a ``handlers.modals.CardContext``. An ephemeral card can only
    be replaced through the response_url of the click (for 30 minutes); a
    public one is updated with chat.update, or through the response_url if
    Slack refuses. False when the card could not be refreshed.
    """
    if not card.command:
        return False
    reply = desk.answer(card.command, user=user, channel=card.channel)
    if card.private:
        msg = command_message(reply, card.command, share=True)
        return respond_at(
            card.response_url, response_type="ephemeral", replace_original=True, **msg
        )
    msg = command_message(reply, card.command, share=False)
    if card.channel and card.ts and update(client, card.channel, card.ts, msg):
        return True
    return respond_at(card.response_url, replace_original=True, **msg)


def describe(error: BaseException) -> str:
    """An error in one line for the log: its type and message, no traceback."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {shorten(text, 500)}" if text else type(error).__name__


def oops(what: str, error: BaseException) -> str:
    """Log a failure in one line and return the friendly words for Slack."""
    log.error("%s failed: %s", what, describe(error))
    return (
        f"Sorry, Newsdesk could not {what}. Something went wrong on its side; it has been logged."
    )


# -- ingesting -----------------------------------------------------------------------


def ingest_from_slack(desk: Desk, client: WebClient, text: str, where: Where) -> IngestReply:
    """Ingest text that came in a Slack message, keeping where it came from (with the permalink)."""
    link = permalink(client, where.channel, where.ts)
    out = ingest_text(desk.store, text, source=where.source(link))
    if out.result is not None and out.result.watch_alerts:
        alert_watchers(desk, client)
    return out


def alert_watchers(desk: Desk, client: WebClient) -> None:
    """Post the alerts an ingest queued for watching channels (never fails the ingest)."""
    from .watches import send_watch_posts

    try:
        send_watch_posts(desk.store, client)
    except Exception as e:
        log.error("watch alerts failed: %s", describe(e))


def ingest_and_reply(
    desk: Desk, client: WebClient, text: str, where: Where, thread_ts: str
) -> IngestReply:
    """Ingest a pasted article; react to it and answer in its thread with the ingest card."""
    out = ingest_from_slack(desk, client, text, where)
    reply_ingested(client, out, where, thread_ts)
    return out


def reply_ingested(client: WebClient, out: IngestReply, where: Where, thread_ts: str) -> None:
    """The reaction and the threaded ingest card; text that is no article gets a private note."""
    if out.status == "error":
        tell(client, where.channel, where.user, message(out.reply), thread_ts)
        return
    react(client, where.channel, where.ts)
    post(client, where.channel, thread_ts, ingest_message(out, where.user))


# -- files -------------------------------------------------------------------------------


def is_text_file(file: dict) -> bool:
    name = (file.get("name") or "").lower()
    return (
        file.get("mode") == "snippet"
        or (file.get("filetype") or "").lower() in TEXT_FILETYPES
        or name.endswith(TEXT_SUFFIXES)
    )


def is_media_file(file: dict) -> bool:
    """Pictures, sound and video: chat in a channel, not a document someone wants read."""
    return (file.get("mimetype") or "").split("/")[0] in {"image", "video", "audio"}


def refusal(file: dict) -> str:
    """The polite words for a file Newsdesk cannot read."""
    kind = esc(file.get("pretty_type") or file.get("filetype") or "this kind of")
    name = esc(shorten(file.get("name") or "that file", 80))
    return (
        f"Newsdesk can't read this file type ({kind}): {name}. "
        "Paste the article's text, or share it as a .txt, .md or .html file."
    )


def file_text(desk: Desk, file: dict, token: str | None) -> str:
    """The article text of a shared snippet or .txt/.md/.html file; FileRefused otherwise."""
    if not is_text_file(file):
        raise FileRefused(refusal(file))
    if file.get("size") and int(file["size"]) > MAX_FILE_BYTES:
        raise FileRefused(
            f"{esc(file.get('name') or 'That file')} is too big to be an article "
            f"({int(file['size']):,} bytes; Newsdesk reads files up to {MAX_FILE_BYTES:,})."
        )
    url = file.get("url_private_download") or file.get("url_private")
    if not url or not _allowed_file_url(url, desk.file_hosts):
        log.warning("file %s: no download URL Newsdesk may send the token to", file.get("id"))
        raise FileRefused("Newsdesk could not download that file.")
    data, content_type = _download(url, token)
    html = (file.get("filetype") or "").lower() in HTML_FILETYPES or (
        file.get("name") or ""
    ).lower().endswith((".html", ".htm"))
    if content_type == "text/html" and not html:
        log.warning(
            "file %s: got an HTML page instead of the file (files:read missing?)", file.get("id")
        )
        raise FileRefused("Newsdesk could not download that file (Slack sent a sign-in page).")
    try:
        text = decode(data)
    except ExtractError as e:
        raise FileRefused(esc(f"Newsdesk could not read that file: {e}.")) from None
    return html_to_text(text) if html else text


def _allowed_file_url(url: str, extra_hosts: frozenset[str]) -> bool:
    """Send the bot token only to Slack's file hosts (or the configured API host)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host in extra_hosts:
        return parts.scheme in ("http", "https")
    return parts.scheme == "https" and (host.endswith(SLACK_FILE_HOSTS) or host == "slack.com")


def _download(url: str, token: str | None) -> tuple[bytes, str]:
    request = urllib.request.Request(url)
    if token:
        # unredirected: the token is never sent on to wherever a redirect points
        request.add_unredirected_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=FILE_TIMEOUT) as resp:  # noqa: S310
            data = resp.read(MAX_FILE_BYTES + 1)
            content_type = resp.headers.get_content_type()
    except (urllib.error.URLError, TimeoutError, OSError) as e:
        log.warning("file download failed: %s", describe(e))
        raise FileRefused("Newsdesk could not download that file. Please try again.") from None
    if len(data) > MAX_FILE_BYTES:
        raise FileRefused("That file is too big to be an article.")
    return data, content_type


def ingest_files(
    desk: Desk,
    client: WebClient,
    files: list[dict],
    where: Where,
    *,
    token: str | None,
    quiet_media: bool = False,
) -> list[tuple[dict, IngestReply | str]]:
    """Ingest each readable shared file; for each, the IngestReply or the polite refusal."""
    results: list[tuple[dict, IngestReply | str]] = []
    for file in files:
        if quiet_media and is_media_file(file):
            continue
        try:
            text = file_text(desk, file, token)
        except FileRefused as e:
            results.append((file, str(e)))
            continue
        results.append((file, ingest_from_slack(desk, client, text, where)))
    return results


def ingest_files_and_reply(
    desk: Desk,
    client: WebClient,
    files: list[dict],
    where: Where,
    thread_ts: str,
    *,
    token: str | None,
    quiet_media: bool = False,
) -> None:
    """Ingest shared files and answer in the thread: an ingest card each, or a polite refusal."""
    for _file, out in ingest_files(
        desk, client, files, where, token=token, quiet_media=quiet_media
    ):
        if isinstance(out, str):
            tell(client, where.channel, where.user, text_message(out), thread_ts)
        else:
            reply_ingested(client, out, where, thread_ts)
