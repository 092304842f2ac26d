"""Pure text -> facts. No Slack, no database, no clock.

>>> from extract import extract
>>> art = extract("date 2025-04-07\\nISLAMABAD: Foreign Minister Ishaq Dar on Monday "
...               "held a phone call with US Secretary of State Marco Rubio.")
>>> art.published, [p.name for p in art.people]
('2025-04-07', ['Ishaq Dar', 'Marco Rubio'])
"""

from __future__ import annotations

from datetime import date

from .model import (
    ALL_PARTNERS,
    Article,
    Confidence,
    Contact,
    Evidence,
    Person,
    Tariff,
)
from .text import EmptyText, ExtractError, NotText, TooLong, clean, content_hash, decode

__all__ = [
    "ALL_PARTNERS",
    "Article",
    "Confidence",
    "Contact",
    "EmptyText",
    "Evidence",
    "ExtractError",
    "NotText",
    "Person",
    "Tariff",
    "TooLong",
    "clean",
    "content_hash",
    "decode",
    "extract",
]


def extract(
    text: str, published: str | date | None = None, now: str | date | None = None
) -> Article:
    """Read one article and return it with its people, contacts and tariffs.

    ``text`` may be plain text, HTML or Slack markup. ``published`` (ISO date)
    overrides the date found in the text; ``now`` is the moment of reading and
    is only used when the article gives no date at all. Raises ExtractError
    (EmptyText, NotText, TooLong) for input that is not an article.
    """
    from .pipeline import run  # keeps `import extract` cheap for the data classes

    return run(text, published=published, now=now)
