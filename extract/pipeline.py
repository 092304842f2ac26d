"""The order in which an article is read. Each step is a pure function."""

from __future__ import annotations

from datetime import date

from .meta import read_meta
from .model import Article
from .text import clean, content_hash


def run(raw: str, published: str | date | None = None, now: str | date | None = None) -> Article:
    text = clean(raw)
    meta = read_meta(text, published)
    return Article(
        text=meta.text,
        text_hash=content_hash(text),
        title=meta.title,
        outlet=meta.outlet,
        url=meta.url,
        published=meta.published,
        dateline=meta.dateline,
    )
