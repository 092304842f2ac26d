"""Block Kit pieces, Slack's limits, escaping, and the terminal renderer.

Everything a card shows that came from an article or a user goes through
``esc`` first, so a pasted ``<!channel>`` is shown, never sent as a ping:

>>> esc("Tariffs <!channel> & <@U123>")
'Tariffs &lt;!channel&gt; &amp; &lt;@U123&gt;'
>>> to_plain(section(f"*Note:* {esc('a < b & c')}")["text"]["text"])
'Note: a < b & c'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Slack's limits (../shared/SLACK.md section 4), and our own budget for the
# total text, kept well under the ~12,000 characters where Slack starts
# refusing long messages.
MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_HEADER = 150
MAX_BLOCK_ID = 255
MAX_CONTEXT_ELEMENTS = 10
MAX_CARD_TEXT = 10_000
MAX_FALLBACK_TEXT = 3000


def esc(text: object) -> str:
    """Escape text for Slack mrkdwn: ``&``, ``<`` and ``>`` only (Slack's rule)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unesc(text: str) -> str:
    """Undo ``esc`` (for the terminal)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


SAFE_URL = re.compile(r"https?://[^\s<>|\"]+\Z")


def link(url: str | None, label: str) -> str:
    """A mrkdwn link to ``url`` with an already escaped ``label``; just the label if the URL is odd."""
    if url and SAFE_URL.match(url):
        return f"<{esc(url)}|{label}>"
    return label


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to ``limit`` characters at a word boundary, ending with an ellipsis.

    >>> shorten("Dar holds first call with Rubio", 20)
    'Dar holds first…'
    """
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def _fit(text: str, limit: int) -> str:
    # Escaped text must not be cut inside an entity such as "&amp;".
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + "…"


def header(text: str) -> dict:
    """A header. Plain text, so only our own words go here (names go in sections)."""
    return {
        "type": "header",
        "text": {"type": "plain_text", "text": _fit(text, MAX_HEADER), "emoji": True},
    }


def section(text: str, fields: list[str] | None = None, block_id: str | None = None) -> dict:
    block: dict = {
        "type": "section",
        "text": {"type": "mrkdwn", "text": _fit(text, MAX_SECTION_TEXT)},
    }
    if block_id:
        block["block_id"] = block_id[:MAX_BLOCK_ID]
    if fields:
        block["fields"] = [
            {"type": "mrkdwn", "text": _fit(f, MAX_FIELD_TEXT)} for f in fields[:MAX_FIELDS]
        ]
    return block


def context(*texts: str) -> dict:
    return {
        "type": "context",
        "elements": [
            {"type": "mrkdwn", "text": _fit(t, MAX_SECTION_TEXT)}
            for t in texts[:MAX_CONTEXT_ELEMENTS]
            if t
        ],
    }


def divider() -> dict:
    return {"type": "divider"}


def block_text(block: dict) -> list[str]:
    """All the text strings in a block."""
    out = []
    if "text" in block:
        out.append(block["text"]["text"])
    out += [f["text"] for f in block.get("fields", [])]
    out += [e["text"] for e in block.get("elements", []) if "text" in e]
    return out


def text_size(blocks: list[dict]) -> int:
    return sum(len(t) for b in blocks for t in block_text(b))


@dataclass
class Reply:
    """What Newsdesk answers: Block Kit blocks, and the fallback text Slack shows in notifications."""

    blocks: list[dict]
    text: str
    more: str | None = None  # the command that shows the rest of a cut list ("More" in Slack)
    shareable: bool = True  # False for answers about the asker's own action ("now watching …")

    def as_text(self) -> str:
        """The card for a terminal."""
        return render_text(self.blocks)


@dataclass
class Card:
    """Collects a card's blocks and keeps it inside Slack's limits.

    Items (a fact's blocks, kept together) are added until the block count
    or the text budget would be exceeded; the rest become "…and N more".
    """

    title: str
    head: list[dict] = field(default_factory=list)
    items: list[list[dict]] = field(default_factory=list)

    def add(self, *blocks: dict) -> None:
        """One item; a context block with nothing in it is left out."""
        self.items.append([b for b in blocks if b.get("type") != "context" or b["elements"]])

    def finish(self, footer: str, *, more: str = "", hidden: int = 0) -> Reply:
        """The reply: header, head blocks, the items that fit, "…and N more", and the footer."""
        blocks = [header(self.title), *self.head]
        tail = [context(footer)]
        # one block kept for "…and N more", one for the buttons the Slack layer adds
        room = MAX_BLOCKS - len(blocks) - len(tail) - 2
        budget = MAX_CARD_TEXT - text_size(blocks) - text_size(tail) - 100
        shown = 0
        for item in self.items:
            size = text_size(item)
            if len(item) > room or size > budget:
                break
            blocks += item
            room -= len(item)
            budget -= size
            shown += 1
        left = len(self.items) - shown + hidden
        if left:
            blocks.append(section(f"…and {left} more{' ' + more if more else ''}"))
        blocks += tail
        return Reply(blocks=blocks, text=fallback_text(blocks))


def fallback_text(blocks: list[dict]) -> str:
    """Notification text: the card's text in mrkdwn (still escaped), shortened."""
    lines = [t for b in blocks for t in block_text(b)]
    return _fit("\n".join(lines), MAX_FALLBACK_TEXT)


# -- terminal rendering ------------------------------------------------------

LINK = re.compile(r"<([^<>|]+)\|([^<>]*)>")
BARE_LINK = re.compile(r"<(https?://[^<>|]+)>")
USER_MENTION = re.compile(r"<@([UW][A-Z0-9]+)>")
BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
ITALIC = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
CODE = re.compile(r"`([^`\n]+)`")


def to_plain(mrkdwn: str) -> str:
    """mrkdwn as a terminal shows it: links as "label (url)", no bold marks, unescaped.

    >>> to_plain("*29%* from <https://x.io/a?b=1&amp;c=2|“Dar call”> _unconfirmed_ `/tariff pk`")
    '29% from “Dar call” (https://x.io/a?b=1&c=2) unconfirmed /tariff pk'
    >>> to_plain("corrected by <@U024BE7LH>")
    'corrected by @U024BE7LH'
    """
    text = LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", mrkdwn)
    text = BARE_LINK.sub(lambda m: m.group(1), text)
    text = USER_MENTION.sub(r"@\1", text)
    text = BOLD.sub(r"\1", text)
    text = ITALIC.sub(r"\1", text)
    text = CODE.sub(r"\1", text)
    return unesc(text)


def render_text(blocks: list[dict]) -> str:
    """A card as terminal text: the same blocks, no Slack needed."""
    out: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            title = block["text"]["text"]
            out += [title, "─" * min(len(title), 60)]
        elif kind == "section":
            out.append(to_plain(block["text"]["text"]))
            out += [to_plain(f["text"]).replace("\n", ": ", 1) for f in block.get("fields", [])]
        elif kind == "context":
            out.append(
                "  " + " · ".join(to_plain(e["text"]) for e in block["elements"] if "text" in e)
            )
        elif kind == "divider":
            out.append("")
    return "\n".join(out).rstrip() + "\n"
