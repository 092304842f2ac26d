"""What goes into the store besides an Article, and what comes out of it.

Plain data classes: handlers build cards from them, and the Slack layer
builds a ``Source`` from a message payload.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """Where an article came from: a Slack message, a file, or neither."""

    slack_team: str | None = None
    slack_channel: str | None = None
    slack_ts: str | None = None
    slack_user: str | None = None
    slack_permalink: str | None = None
    file_path: str | None = None


@dataclass
class FactOutcome:
    """One fact of an ingested article: its row id and whether it was new."""

    id: int
    label: str  # short description, e.g. "Marco Rubio" or "US → PK 29%"
    new: bool
    fact: object = None  # the extract data class it came from (Person, Contact, Tariff)


@dataclass
class IngestResult:
    status: str  # "new" or "already"
    article_id: int
    people: list[FactOutcome] = field(default_factory=list)
    contacts: list[FactOutcome] = field(default_factory=list)
    tariffs: list[FactOutcome] = field(default_factory=list)
    roles_added: int = 0

    @property
    def already(self) -> bool:
        return self.status == "already"

    @property
    def facts_added(self) -> int:
        """New people, contacts and tariffs (a known fact with a new source is not added)."""
        return sum(o.new for o in self.people + self.contacts + self.tariffs)

    @property
    def facts_confirmed(self) -> int:
        """Known contacts and tariffs that this article reported again."""
        return sum(not o.new for o in self.contacts + self.tariffs)


@dataclass
class ArticleRef:
    """An article as a card cites it."""

    id: int
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None = None
    slack_permalink: str | None = None
    file_path: str | None = None


@dataclass
class SourceRef:
    """One article's report of a fact: the article and the sentence."""

    article: ArticleRef
    sentence: str | None = None
    confidence: str | None = None


@dataclass
class PersonRow:
    id: int
    name: str
    country: str | None
    role: str | None
    role_as_of: str | None = None


@dataclass
class TariffFact:
    id: int
    imposer: str
    target: str
    rate_pct: float
    previous_pct: float | None
    kind: str | None
    scope: str | None
    status: str | None
    effective: str | None
    announced: str | None
    sort_date: str | None
    confidence: str | None
    n_sources: int = 0
    sources: list[SourceRef] = field(default_factory=list)  # newest first, a few


@dataclass
class ContactFact:
    id: int
    date: str | None
    date_precision: str | None
    mode: str
    planned: bool
    topics: list[str]
    confidence: str | None
    sort_date: str | None
    others: list[PersonRow] = field(default_factory=list)  # the other participants
    n_sources: int = 0
    sources: list[SourceRef] = field(default_factory=list)


@dataclass
class RoleSpan:
    """A role as reported over time: first and last report, and how many."""

    role: str
    country: str | None
    first_as_of: str | None
    last_as_of: str | None
    n_articles: int


@dataclass
class Coverage:
    """How many articles stand behind a card, and the newest one's date."""

    articles: int
    latest: str | None


@dataclass
class Removal:
    """What taking an article back out removed, and the facts other articles still support."""

    article_id: int
    title: str | None
    people_removed: int = 0
    people_kept: int = 0
    contacts_removed: int = 0
    contacts_kept: int = 0
    tariffs_removed: int = 0
    tariffs_kept: int = 0
    roles_removed: int = 0

    @property
    def facts_removed(self) -> int:
        return self.people_removed + self.contacts_removed + self.tariffs_removed


@dataclass
class Stats:
    """How much the store holds, for ``/newsdesk stats``."""

    articles: int
    people: int
    contacts: int
    tariffs: int
    latest: str | None  # newest publication date
    last_ingested: str | None  # when the newest article came in
