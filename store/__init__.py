"""SQLite through sqlite-utils: schema, writes, and the queries behind the cards.

>>> import store
>>> with store.open(":memory:") as db:
...     db.totals()
Coverage(articles=0, latest=None)
"""

from .db import DEFAULT_PATH, NoSuchFact, Store, StoreError, default_path, open
from .records import (
    FACT_KINDS,
    ArticleRef,
    ContactFact,
    ContactReport,
    Correction,
    Coverage,
    FactOutcome,
    FactRef,
    IngestResult,
    PersonRow,
    Removal,
    RoleSpan,
    Source,
    SourceRef,
    Stats,
    TariffFact,
)

__all__ = [
    "DEFAULT_PATH",
    "FACT_KINDS",
    "ArticleRef",
    "ContactFact",
    "ContactReport",
    "Correction",
    "Coverage",
    "FactRef",
    "NoSuchFact",
    "FactOutcome",
    "IngestResult",
    "PersonRow",
    "Removal",
    "RoleSpan",
    "Source",
    "SourceRef",
    "Stats",
    "Store",
    "StoreError",
    "TariffFact",
    "default_path",
    "open",
]
