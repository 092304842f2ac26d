"""A pasted or uploaded article: read it, store its facts, say what was found."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from extract import Article, ExtractError, extract
from store import IngestResult, Source, Store

from . import cards
from .blocks import Reply, esc


@dataclass
class IngestReply:
    """The outcome of ``ingest_text``: status "new", "already" or "error", and the card."""

    status: str
    reply: Reply
    result: IngestResult | None = None
    article: Article | None = None
    error: str | None = None  # why the text could not be read, for people

    @property
    def facts_added(self) -> int:
        return self.result.facts_added if self.result and not self.result.already else 0


def ingest_text(
    store: Store, raw_text: str, *, source: Source | None = None, now: datetime | None = None
) -> IngestReply:
    """Extract the facts of one article and store them (once: a repeat changes nothing).

    Text that is not an article (empty, binary, too long) gets a friendly
    reply with status "error", never an exception.
    """
    try:
        article = extract(raw_text, now=now)
    except ExtractError as e:
        message = f"Newsdesk could not read that as an article: {e}."
        return IngestReply(
            "error",
            cards.message_card("Not an article", esc(message), store.totals()),
            error=str(e),
        )
    result = store.ingest(article, source, now=now)
    ref = store.article(result.article_id)
    reply = cards.ingest_card(ref, result, store.totals())
    return IngestReply(result.status, reply, result=result, article=article)
