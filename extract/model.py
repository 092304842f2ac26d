"""The facts Newsdesk reads out of an article.

Plain data classes, shared by ``store`` and ``handlers``. Every fact keeps its
evidence (the sentence and the character span it came from in
``Article.text``) and a confidence with the reason for it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

HIGH, MEDIUM, LOW = "high", "medium", "low"
CONTACT_MODES = ("call", "meeting", "visit", "talks", "letter", "other")
TARIFF_KINDS = ("reciprocal", "baseline", "retaliatory", "sectoral", "other")
TARIFF_STATUSES = ("announced", "in_force", "paused", "proposed", "raised", "lowered", "removed")
ALL_PARTNERS = "*"


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the whole sentence, and the span of the match in it."""

    sentence: str
    start: int  # offset of the sentence in Article.text
    end: int
    quote: str = ""  # the words that triggered the fact

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Confidence:
    level: str  # HIGH, MEDIUM or LOW
    reason: str

    def to_dict(self) -> dict:
        return {"level": self.level, "reason": self.reason}


def family_name(words: list[str]) -> str:
    """The word that stands for the whole name: the last, except where a readout writes the
    family name first in capitals ("HAYASHIDA Kenji" is Mr. Hayashida).

    >>> family_name(["Marco", "Rubio"]), family_name(["HAYASHIDA", "Kenji"])
    ('Rubio', 'HAYASHIDA')
    """
    first = words[0]
    family_first = len(words) > 1 and len(first) > 3 and first.isalpha() and first.isupper()
    if family_first and not all(w.isupper() for w in words[1:]):
        return first
    return words[-1]


@dataclass
class Person:
    name: str  # the fullest form the article uses
    role: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2, or EU / UN / NATO
    aliases: list[str] = field(default_factory=list)
    evidence: Evidence | None = None
    confidence: Confidence = Confidence(MEDIUM, "named with a title")

    @property
    def surname(self) -> str:
        return family_name(self.name.split())

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "role": self.role,
            "country": self.country,
            "aliases": self.aliases,
            "confidence": self.confidence.to_dict(),
            "evidence": self.evidence.to_dict() if self.evidence else None,
        }


@dataclass
class Contact:
    participants: list[str]  # full names, sorted
    mode: str  # one of CONTACT_MODES
    date: str | None = None  # ISO date of the interaction
    date_precision: str | None = None  # "day", "week", "month" or None
    planned: bool = False
    topics: list[str] = field(default_factory=list)
    evidence: Evidence | None = None
    confidence: Confidence = Confidence(MEDIUM, "contact verb between named people")

    def to_json(self) -> dict:
        return {
            "participants": self.participants,
            "mode": self.mode,
            # the schema's date is a day; a week or month is given as "period" instead
            "date": self.date if self.date_precision in (None, "day") else None,
            "period": None
            if self.date_precision in (None, "day")
            else f"{self.date} ({self.date_precision})",
            "date_precision": self.date_precision,
            "planned": self.planned,
            "topics": self.topics,
            "confidence": self.confidence.to_dict(),
            "evidence": self.evidence.to_dict() if self.evidence else None,
        }


@dataclass
class Tariff:
    imposer: str  # ISO alpha-2 (or EU)
    target: str  # ISO alpha-2, or ALL_PARTNERS
    rate_pct: float
    kind: str = "other"  # one of TARIFF_KINDS
    scope: str | None = None  # the goods: "all goods", "steel", "autos"
    status: str = "announced"  # one of TARIFF_STATUSES
    effective: str | None = None  # ISO date it takes or took effect
    announced: str | None = None  # ISO date it was announced
    previous_pct: float | None = None  # "raised to 25% from 10%" -> 10
    evidence: Evidence | None = None
    confidence: Confidence = Confidence(MEDIUM, "rate next to tariff wording")

    def to_json(self) -> dict:
        return {
            "imposer": self.imposer,
            "target": self.target,
            "rate_pct": self.rate_pct,
            "effective": self.effective,
            "kind": self.kind,
            "scope": self.scope,
            "status": self.status,
            "announced": self.announced,
            "previous_pct": self.previous_pct,
            "confidence": self.confidence.to_dict(),
            "evidence": self.evidence.to_dict() if self.evidence else None,
        }


@dataclass
class Article:
    text: str  # normalised plain text; evidence offsets point into it
    text_hash: str  # see extract.text.content_hash
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date
    dateline: str | None = None  # "ISLAMABAD", "Moscow"
    people: list[Person] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    tariffs: list[Tariff] = field(default_factory=list)

    def facts_count(self) -> int:
        return len(self.people) + len(self.contacts) + len(self.tariffs)

    def to_json(self) -> dict:
        """The article in the gold schema of the evaluation, plus metadata."""
        return {
            "published": self.published,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "dateline": self.dateline,
            "people": [p.to_json() for p in self.people],
            "contacts": [c.to_json() for c in self.contacts],
            "tariffs": [t.to_json() for t in self.tariffs],
        }
