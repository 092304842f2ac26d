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
    watch_alerts: int = 0  # alerts queued for channels watching these facts' subjects

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
    dateline: str | None = None  # "Islamabad": names the report when sources differ


@dataclass
class SourceRef:
    """One article's report of a fact: the article and the sentence."""

    article: ArticleRef
    sentence: str | None = None
    confidence: str | None = None
    confidence_reason: str | None = None


@dataclass
class PersonRow:
    id: int
    name: str
    country: str | None
    role: str | None
    role_as_of: str | None = None  # for a role at the time of a contact: when it was reported


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
    confidence_reason: str | None = None
    measure_id: int | None = None  # the steps of one measure share it (see merge.assign_measure)
    corrected: Correction | None = None  # the latest correction, if a person corrected it
    first_published: str | None = None
    n_sources: int = 0
    sources: list[SourceRef] = field(default_factory=list)  # newest first, a few

    @property
    def ref(self) -> FactRef:
        return FactRef("tariff", self.id)


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
    others: list[PersonRow] = field(default_factory=list)  # with their roles at the time
    n_sources: int = 0
    sources: list[SourceRef] = field(default_factory=list)
    confidence_reason: str | None = None
    subject: PersonRow | None = None  # the person asked about, with their role at the time
    reports: list[ContactReport] = field(default_factory=list)  # each source's own topics
    corrected: Correction | None = None

    @property
    def ref(self) -> FactRef:
        return FactRef("contact", self.id)


@dataclass
class ContactReport:
    """What one article said about a contact: the topics it named."""

    article: ArticleRef
    topics: list[str]


@dataclass
class RoleSpan:
    """A role as reported over time: first and last report, and how many."""

    role: str
    country: str | None
    first_as_of: str | None
    last_as_of: str | None
    n_articles: int
    confidence: str | None = None  # the best confidence among the reports
    confidence_reason: str | None = None
    corrected: Correction | None = None
    role_id: int | None = None  # the newest report's row in roles: what a correction targets

    @property
    def ref(self) -> FactRef | None:
        return FactRef("role", self.role_id) if self.role_id else None


@dataclass
class Coverage:
    """How many articles stand behind a card, and the newest one's date."""

    articles: int
    latest: str | None


FACT_KINDS = ("contact", "tariff", "role")


@dataclass(frozen=True)
class FactRef:
    """Which fact: a contact, a tariff (one step of a measure) or a role report.

    Its text form is what a card's overflow menu carries and a modal's
    ``private_metadata`` sends back:

    >>> FactRef.parse("tariff:12"), str(FactRef("contact", 3))
    (FactRef(kind='tariff', id=12), 'contact:3')
    >>> FactRef.parse("nonsense") is None, FactRef.parse("tariff:x") is None
    (True, True)
    """

    kind: str  # one of FACT_KINDS
    id: int

    def __str__(self) -> str:
        return f"{self.kind}:{self.id}"

    @classmethod
    def parse(cls, text: object) -> FactRef | None:
        if isinstance(text, FactRef):
            return text
        kind, _, num = str(text or "").strip().partition(":")
        if kind not in FACT_KINDS or not num.isdigit() or len(num) > 18:
            return None
        return cls(kind, int(num))


@dataclass
class Correction:
    """A person's correction of a fact: changed fields, or the fact removed."""

    id: int
    fact: FactRef
    user: str  # Slack user id of whoever corrected it
    created_at: str  # ISO timestamp (UTC)
    action: str  # "edit" or "remove"
    fields: dict = field(default_factory=dict)  # field -> corrected value
    before: dict = field(default_factory=dict)  # field -> value before the correction
    article_id: int | None = None  # the article the correction was made from, if known
    note: str | None = None
    user_name: str | None = None  # the corrector's Slack display name, when it is known


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
    corrections_dropped: int = 0  # corrections of facts that went with the article

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
