"""Opening the database and the ``Store`` that everything else uses."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from extract.model import Article

from . import corrections, digest, events, merge, posts, queries, undo, users, watches
from .records import (
    ArticleRef,
    ContactFact,
    Correction,
    Coverage,
    FactRef,
    IngestResult,
    PersonRow,
    Removal,
    RoleSpan,
    Source,
    Stats,
    TariffFact,
)
from .schema import migrations

DEFAULT_PATH = "newsdesk.db"
STAT_TABLES = ("articles", "people", "contacts", "tariffs")
SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """The database cannot be used. The message is one line, for people."""


class NoSuchFact(StoreError, LookupError):
    """A correction names a fact that is not in the database."""


def default_path() -> str:
    """The database file: ``NEWSDESK_DB`` from the environment, else newsdesk.db."""
    return os.environ.get("NEWSDESK_DB") or DEFAULT_PATH


def open(path: str | os.PathLike | None = None) -> Store:  # noqa: A001 - store.open reads well
    """Open (creating and migrating if needed) the Newsdesk database at ``path``.

    Raises StoreError with a one-line reason when the path is a folder, is
    not a SQLite file, or cannot be created.
    """
    return Store(path if path is not None else default_path())


def _check_path(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    if path.exists():
        try:
            with path.open("rb") as f:
                head = f.read(16)
        except OSError as e:
            raise StoreError(f"{path}: cannot read ({e.strerror})") from None
        if head and head != SQLITE_MAGIC:
            raise StoreError(f"{path} is not a SQLite database")
    elif not path.parent.exists():
        raise StoreError(f"cannot create {path}: folder {path.parent} does not exist")


class Store:
    """The Newsdesk database: ingest articles, answer the queries behind cards.

    One connection, usable from several threads (calls are serialised).
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if str(path) != ":memory:":
            _check_path(self.path)
        for attempt in range(50):
            try:
                self.db = self._setup(path)
                break
            except sqlite3.OperationalError as e:
                # Switching a new file to WAL does not wait for a lock the way writes do: when
                # two processes open a new database at once, one may see "database is locked"
                # for a moment; it tries again rather than fail.
                if "locked" not in str(e) or attempt == 49:
                    raise StoreError(f"{path}: not a usable Newsdesk database ({e})") from None
                time.sleep(0.1)
            except sqlite3.DatabaseError as e:
                raise StoreError(f"{path}: not a usable Newsdesk database ({e})") from None
        self._lock = threading.RLock()
        self._name_cache: tuple[object, list[tuple[str, int]]] | None = None

    @staticmethod
    def _setup(path: str | os.PathLike) -> Database:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
        try:
            db = Database(conn)
            db.enable_wal()
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            if migrations.pending(db):
                # one process at a time: two bots started on a new (or older) database at
                # once must not both create the same tables
                conn.execute("BEGIN IMMEDIATE")
                try:
                    migrations.apply(db)
                except BaseException:
                    conn.rollback()
                    raise
                conn.commit()
        except BaseException:
            conn.close()
            raise
        return db

    # -- life cycle -------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ----------------------------------------------------------
    def ingest(
        self, article: Article, source: Source | None = None, *, now: datetime | None = None
    ) -> IngestResult:
        """Store an article and all its facts in one transaction.

        The same text (same ``text_hash``) a second time changes nothing and
        comes back with status "already". Facts already known from other
        articles gain this article as a source instead of being repeated.
        """
        ingested_at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        with self._lock:
            try:
                with self.db.atomic():
                    result = merge.ingest(self.db.conn, article, source or Source(), ingested_at)
                    # alerts for watched subjects, queued with the facts (store.watches)
                    result.watch_alerts = watches.enqueue(self.db.conn, result, ingested_at)
                    return result
            except (sqlite3.DatabaseError, TypeError, ValueError) as e:
                raise StoreError(f"{self.path}: could not store the article ({e})") from None

    def remove_article(self, article_id: int) -> Removal | None:
        """Take an article back out, with the facts that only it supported (None if unknown).

        Facts that other articles reported too stay, rebuilt from those reports.
        """
        with self._lock:
            try:
                with self.db.atomic():
                    return undo.remove_article(self.db.conn, article_id)
            except sqlite3.DatabaseError as e:
                raise StoreError(f"{self.path}: could not remove the article ({e})") from None

    def claim_event(
        self,
        key: str,
        *,
        kind: str | None = None,
        retry_reason: str | None = None,
        now: datetime | None = None,
    ) -> bool:
        """Record a Slack delivery by id; True the first time, False for a retry or redelivery.

        Repeats are counted (``retries``) so the log of deliveries stays complete.
        """
        with self._lock:
            try:
                with self.db.atomic():
                    return events.claim(
                        self.db.conn, key, kind, now or datetime.now(UTC), retry_reason
                    )
            except sqlite3.DatabaseError as e:
                raise StoreError(f"{self.path}: could not record the Slack event ({e})") from None

    # -- reading ----------------------------------------------------------
    def _read(self, fn, *args, **kw):
        with self._lock:
            try:
                return fn(self.db.conn, *args, **kw)
            except sqlite3.DatabaseError as e:
                raise StoreError(f"{self.path}: could not read ({e})") from None

    def article(self, article_id: int) -> ArticleRef | None:
        return self._read(queries.article, article_id)

    def article_by_hash(self, text_hash: str) -> ArticleRef | None:
        return self._read(queries.article_by_hash, text_hash)

    def tariffs_on(
        self, country: str, sources_per_fact: int | None = 2, blocs: tuple[str, ...] = ()
    ) -> list[TariffFact]:
        """Tariffs that apply to ``country``: on it or its ``blocs`` ("EU"), then all-partner ones.

        With ``sources_per_fact=None`` the sources are left out; ``fill_sources``
        adds them to the facts a card will show.
        """
        facts = self._read(queries.tariffs_on, country, tuple(blocs))
        if sources_per_fact:
            self.fill_sources(facts, sources_per_fact)
        return facts

    def fill_sources(
        self, facts: list[TariffFact], per_fact: int = 2, *, oldest: bool = False
    ) -> None:
        """Give each tariff its newest (or ``oldest``) ``per_fact`` sources and their number."""
        self._read(queries.fill_tariff_sources, facts, per_fact, oldest)

    def tariff_coverage(self, tariff_ids: list[int]) -> Coverage:
        return self._read(queries.tariff_coverage, tariff_ids)

    def person(self, person_id: int) -> PersonRow | None:
        return self._read(queries.person, person_id)

    def people_by_key(self, key: str) -> list[PersonRow]:
        """People whose name or alias has exactly this key (see names.name_key)."""
        return self._read(queries.people_by_key, key)

    def contacts_of(
        self,
        person_id: int,
        limit: int = 10,
        sources_per_fact: int = 1,
        *,
        since: str | None = None,
        until: str | None = None,
        with_ids: tuple[int, ...] | list[int] = (),
    ) -> tuple[list[ContactFact], int]:
        """A person's contacts, newest first (at most ``limit``), and how many match in all.

        ``since``/``until`` (ISO dates, inclusive) and ``with_ids`` (any of these
        people took part) filter the log. Each contact gives the other people
        with their roles at the time, and each source's topics when there are
        several sources.
        """
        return self._read(
            queries.contacts_of,
            person_id,
            limit,
            sources_per_fact,
            since,
            until,
            tuple(with_ids),
        )

    def person_coverage(self, person_id: int) -> Coverage:
        return self._read(queries.person_coverage, person_id)

    def roles_of(self, person_id: int) -> list[RoleSpan]:
        return self._read(queries.roles_of, person_id)

    def aliases_of(self, person_id: int) -> list[str]:
        return self._read(queries.aliases_of, person_id)

    def latest_article_of(self, person_id: int) -> ArticleRef | None:
        return self._read(queries.latest_article_of, person_id)

    def source_of(self, article_id: int) -> Source | None:
        """Where an article came from (Slack team, channel, ts, user, permalink, file)."""
        row = self._read(
            lambda conn: conn.execute(
                "SELECT slack_team, slack_channel, slack_ts, slack_user, slack_permalink, "
                "file_path FROM articles WHERE id = ?",
                (article_id,),
            ).fetchone()
        )
        return Source(*row) if row else None

    def stats(self) -> Stats:
        """How many articles, people, contacts and tariffs the store holds."""

        def count(conn):
            n = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in STAT_TABLES]
            latest, last_in = conn.execute(
                "SELECT max(published), max(ingested_at) FROM articles"
            ).fetchone()
            return Stats(*n, latest, last_in)

        return self._read(count)

    def totals(self) -> Coverage:
        """All articles in the store, and the newest publication date."""
        return self._read(queries.totals)

    def countries_with_tariffs(self) -> dict[str, int]:
        """Target country code -> number of tariff facts on it (``*`` left out)."""
        return self._read(queries.countries_with_tariffs)

    def busiest_people(self, limit: int = 10) -> list[PersonRow]:
        """People with the most contacts, for "what Newsdesk knows" replies."""
        return self._read(queries.busiest_people, limit)

    def search_articles(self, text: str, limit: int = 10) -> list[ArticleRef]:
        """Full-text search over article titles and text."""
        return self._read(queries.search_articles, text, limit)

    # -- corrections ------------------------------------------------------
    def correct(
        self,
        fact: FactRef | str,
        user: str,
        *,
        fields: dict | None = None,
        remove: bool = False,
        note: str | None = None,
        article_id: int | None = None,
        now: datetime | None = None,
    ) -> Correction:
        """Correct a fact's ``fields`` (see corrections.EDITABLE) or ``remove`` it, in one transaction.

        The correction is stored with ``user`` and the time, and wins over
        extraction from then on (see store.corrections). Raises NoSuchFact
        for an unknown fact and ValueError for a field or value that does not
        fit; handlers.corrections checks form input before it gets here.
        """
        ref = FactRef.parse(fact)
        if ref is None:
            raise ValueError(f"not a fact: {fact!r}")
        created_at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        with self._lock:
            try:
                with self.db.atomic():
                    return corrections.correct(
                        self.db.conn,
                        ref,
                        user,
                        created_at,
                        fields=fields,
                        remove=remove,
                        note=note,
                        article_id=article_id,
                    )
            except corrections.NoSuchFact as e:
                raise NoSuchFact(str(e)) from None
            except sqlite3.DatabaseError as e:
                raise StoreError(f"{self.path}: could not store the correction ({e})") from None

    def fact(self, fact: FactRef | str) -> dict | None:
        """A fact's row as a dict (None if there is no such fact): what a correction form shows."""
        ref = FactRef.parse(fact)
        return self._read(corrections.fact_row, ref) if ref else None

    def fact_articles(self, fact: FactRef | str) -> list[int]:
        """Ids of the articles that reported a fact, oldest first."""
        ref = FactRef.parse(fact)
        return self._read(corrections.source_articles, ref) if ref else []

    def pasted_by(self, fact: FactRef | str) -> set[str]:
        """Slack user ids of the people who pasted an article that reported the fact."""
        ref = FactRef.parse(fact)
        return self._read(corrections.pasted_by, ref) if ref else set()

    def corrections(self, fact: FactRef | str | None = None) -> list[Correction]:
        """Every correction (or those of one fact), oldest first."""
        ref = FactRef.parse(fact) if fact is not None else None
        return self._read(corrections.corrections, ref)

    def corrected_articles(self) -> list[int]:
        """Ids of the articles with a corrected fact."""
        return self._read(corrections.corrected_articles)

    def gold(self, article_id: int) -> dict | None:
        """An article's facts in the evaluation's gold schema, corrections applied."""
        return self._read(corrections.gold, article_id)

    # -- Slack users --------------------------------------------------------
    def user_name(self, user_id: str | None) -> str | None:
        """A Slack user's display name as last looked up (None if never)."""
        return self._read(users.name_of, user_id)

    def remember_user(self, user_id: str, name: str, *, now: datetime | None = None) -> str | None:
        """Keep a Slack user's display name for cards ("corrected by NAME"); the name kept."""
        fetched_at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        with self._lock:
            try:
                with self.db.atomic():
                    return users.remember(self.db.conn, user_id, name, fetched_at)
            except sqlite3.DatabaseError as e:
                raise StoreError(f"{self.path}: could not keep the user name ({e})") from None

    def name_index(self) -> list[tuple[str, int]]:
        """Every (name or alias key, person id), for fuzzy look-up; cached until people change."""
        with self._lock:
            stamp = self.db.conn.execute("SELECT max(id), count(*) FROM aliases").fetchone()
            if self._name_cache is None or self._name_cache[0] != stamp:
                self._name_cache = (stamp, queries.name_index(self.db.conn))
            return self._name_cache[1]

    # -- digests, watches and the posts Newsdesk sends on its own ------------
    @contextmanager
    def _write(self, what: str):
        """One write transaction that takes the write lock at once (BEGIN IMMEDIATE), so that
        a read-then-write (a claim) cannot interleave with another process's."""
        with self._lock:
            conn = self.db.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.rollback()
                    raise
                conn.commit()
            except sqlite3.DatabaseError as e:
                raise StoreError(f"{self.path}: could not {what} ({e})") from None

    def digest_facts(
        self,
        first: str,
        last: str,
        start: datetime,
        end: datetime,
        exclude: frozenset[str] | set[str] = frozenset(),
    ) -> digest.DigestFacts:
        """Tariffs, contacts and roles first recorded from day ``first`` to ``last`` (ISO dates;
        ``start``/``end`` are the same days as UTC instants). See store.digest."""
        return self._read(digest.facts_between, first, last, start, end, frozenset(exclude))

    def digest_fact(self, key: str) -> digest.DigestFacts:
        """One tariff or contact ("tariff:12") as a digest or a watch alert shows it."""
        return self._read(digest.fact, key)

    def claim_digest(
        self,
        channel: str,
        day: str,
        covers_from: str,
        *,
        now: datetime,
        stale_after: timedelta,
    ) -> posts.Claim | None:
        """Claim the digest of ``channel`` covering up to ``day`` (see store.posts): a Claim for
        the one process that should send it, None for everyone else."""
        with self._write("claim the digest") as conn:
            return posts.claim_digest(
                conn, channel, day, covers_from, now, stale_after, posts.process_name()
            )

    def claim_watch_posts(
        self, *, now: datetime, stale_after: timedelta, limit: int = 20
    ) -> list[posts.Claim]:
        """Claim queued watch alerts to send (see store.posts)."""
        if not self._read(posts.watch_posts_waiting, now, stale_after):
            return []  # the usual case, without taking the write lock
        with self._write("claim watch alerts") as conn:
            return posts.claim_watch_posts(conn, now, stale_after, posts.process_name(), limit)

    def finish_post(
        self,
        claim: posts.Claim,
        state: str,
        *,
        now: datetime | None = None,
        message_ts: str | None = None,
        error: str | None = None,
    ) -> bool:
        """Record how a claimed post ended (posted, skipped, failed, unknown); False if the
        claim had gone stale and was taken over."""
        with self._write("record the post") as conn:
            return posts.finish(
                conn, claim, state, now or datetime.now(UTC), message_ts=message_ts, error=error
            )

    def set_post_facts(self, claim: posts.Claim, facts: list[str]) -> bool:
        with self._write("record the digest") as conn:
            return posts.set_facts(conn, claim, facts)

    def post(self, key: str) -> posts.PostRow | None:
        """A post Newsdesk sent or is sending, by key (store.posts.digest_key, watch_key)."""
        return self._read(posts.post, key)

    def posts(self, kind: str | None = None) -> list[posts.PostRow]:
        return self._read(posts.posts, kind)

    def last_covered_day(self, channel: str, before: str) -> str | None:
        return self._read(posts.last_covered_day, channel, before)

    def digested_facts(self, channel: str, since: str) -> set[str]:
        return self._read(posts.digested_facts, channel, since)

    def add_watch(
        self,
        channel: str,
        kind: str,
        subject: str,
        label: str,
        *,
        user: str | None = None,
        now: datetime | None = None,
    ) -> tuple[watches.Watch, bool]:
        """Watch a country (ISO code) or person (id) in a channel; (watch, True) when new."""
        with self._write("add the watch") as conn:
            return watches.add(conn, channel, kind, subject, label, user, now or datetime.now(UTC))

    def remove_watch(self, watch_id: int) -> bool:
        with self._write("remove the watch") as conn:
            return watches.remove(conn, watch_id)

    def watches(self, channel: str) -> list[watches.Watch]:
        return self._read(watches.of_channel, channel)

    def watch(self, watch_id: int) -> watches.Watch | None:
        return self._read(watches.get, watch_id)
