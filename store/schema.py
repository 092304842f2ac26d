"""The Newsdesk database schema, as sqlite-utils migrations.

Table and column names are meant to be read in Datasette or with the
``sqlite-utils`` command line: one table per kind of fact, one ``*_sources``
table per fact saying which articles reported it and with which sentence.

Never edit a migration that has shipped; add a new one below it.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("newsdesk")

EVIDENCE = {
    "evidence_sentence": str,  # the whole sentence the fact was read from
    "evidence_start": int,  # its character offsets in articles.text
    "evidence_end": int,
    "evidence_quote": str,  # the words that triggered the fact
    "confidence": str,  # high, medium or low
    "confidence_reason": str,
}


@migrations()
def m001_articles(db: Database) -> None:
    db["articles"].create(
        {
            "id": int,
            "text_hash": str,  # extract.text.content_hash: same text, same hash
            "title": str,
            "outlet": str,
            "url": str,
            "published": str,  # ISO date
            "dateline": str,
            "text": str,
            "ingested_at": str,  # ISO timestamp (UTC)
            # where the article came from: a Slack message, or a file
            "slack_team": str,
            "slack_channel": str,
            "slack_ts": str,
            "slack_user": str,
            "slack_permalink": str,
            "file_path": str,
        },
        pk="id",
        not_null={"text_hash", "text", "ingested_at"},
    )
    db["articles"].create_index(["text_hash"], unique=True)
    db["articles"].create_index(["published"])
    db["articles"].enable_fts(["title", "text"], create_triggers=True)


@migrations()
def m002_people(db: Database) -> None:
    db["people"].create(
        {
            "id": int,
            "name": str,  # canonical: the fullest form seen
            "name_key": str,  # lower case, no accents or punctuation
            "surname_key": str,
            "country": str,  # ISO 3166-1 alpha-2 (or EU, UN, NATO) of the state served
            "role": str,  # the latest role seen, for quick reading (history in roles)
            "role_as_of": str,
        },
        pk="id",
        not_null={"name", "name_key"},
    )
    db["people"].create_index(["name_key"])
    db["people"].create_index(["surname_key"])

    db["aliases"].create(
        {"id": int, "person_id": int, "alias": str, "alias_key": str},
        pk="id",
        foreign_keys=[("person_id", "people", "id")],
        not_null={"person_id", "alias", "alias_key"},
    )
    db["aliases"].create_index(["alias_key"])
    db["aliases"].create_index(["person_id", "alias_key"], unique=True)

    db["roles"].create(
        {
            "id": int,
            "person_id": int,
            "role": str,
            "country": str,
            "as_of": str,  # publication date of the article that reported it
            "article_id": int,
            **EVIDENCE,
        },
        pk="id",
        foreign_keys=[("person_id", "people", "id"), ("article_id", "articles", "id")],
        not_null={"person_id", "role", "article_id"},
    )
    db["roles"].create_index(["person_id", "as_of"])
    db["roles"].create_index(["person_id", "article_id", "role"], unique=True)
    db["roles"].create_index(["article_id"])


@migrations()
def m003_contacts(db: Database) -> None:
    db["contacts"].create(
        {
            "id": int,
            "date": str,  # ISO date of the interaction, null when no article says
            "date_precision": str,  # day, week, month
            "mode": str,  # call, meeting, visit, talks, letter, other
            "planned": int,  # 1 while every source reports it as still to come
            "topics": str,  # JSON list, merged over all sources
            "participants_key": str,  # sorted people ids, "12,57": finds the same contact
            "sort_date": str,  # date, or the first report's publication date
            "first_published": str,
            "last_published": str,
            "confidence": str,  # the best confidence among sources
            "confidence_reason": str,
        },
        pk="id",
        not_null={"mode", "participants_key"},
    )
    db["contacts"].create_index(["participants_key", "date"])

    db["contact_participants"].create(
        {"contact_id": int, "person_id": int, "sort_date": str},
        pk=("contact_id", "person_id"),
        foreign_keys=[("contact_id", "contacts", "id"), ("person_id", "people", "id")],
    )
    db["contact_participants"].create_index(["person_id", "sort_date"])

    db["contact_sources"].create(
        {
            "id": int,
            "contact_id": int,
            "article_id": int,
            "published": str,  # the article's publication date, copied for ordering
            "date": str,  # the contact date as this article gave it
            "mode": str,
            "planned": int,
            "topics": str,  # JSON list: this article's topics
            **EVIDENCE,
        },
        pk="id",
        foreign_keys=[("contact_id", "contacts", "id"), ("article_id", "articles", "id")],
        not_null={"contact_id", "article_id"},
    )
    db["contact_sources"].create_index(["contact_id", "article_id"], unique=True)
    db["contact_sources"].create_index(["contact_id", "published"])
    db["contact_sources"].create_index(["article_id"])


@migrations()
def m004_tariffs(db: Database) -> None:
    db["tariffs"].create(
        {
            "id": int,
            "imposer": str,  # ISO alpha-2 (or EU)
            "target": str,  # ISO alpha-2, or * for all partners
            "rate_pct": float,
            "previous_pct": float,
            "kind": str,  # reciprocal, baseline, retaliatory, sectoral, other
            "scope": str,  # the goods: all goods, steel, autos
            "status": str,  # announced, in_force, paused, proposed, raised, lowered, removed
            "effective": str,  # ISO date it takes or took effect
            "announced": str,
            "sort_date": str,  # effective, announced, or first report's date
            "first_published": str,
            "last_published": str,
            "confidence": str,  # the best confidence among sources
            "confidence_reason": str,
        },
        pk="id",
        not_null={"imposer", "target", "rate_pct"},
    )
    db["tariffs"].create_index(["target", "imposer", "sort_date"])
    db["tariffs"].create_index(["imposer", "target", "rate_pct"])

    db["tariff_sources"].create(
        {
            "id": int,
            "tariff_id": int,
            "article_id": int,
            "published": str,
            "status": str,  # as this article reported it
            "effective": str,
            "kind": str,
            "scope": str,
            **EVIDENCE,
        },
        pk="id",
        foreign_keys=[("tariff_id", "tariffs", "id"), ("article_id", "articles", "id")],
        not_null={"tariff_id", "article_id"},
    )
    db["tariff_sources"].create_index(["tariff_id", "article_id"], unique=True)
    db["tariff_sources"].create_index(["tariff_id", "published"])
    db["tariff_sources"].create_index(["article_id"])


@migrations()
def m005_tariff_measures(db: Database) -> None:
    """Tariff rows become the steps of a measure: announced 29% → paused at 10% → …

    ``measure_id`` is the id of the measure's first step; existing rows are
    grouped by the same rule new ones are (merge.assign_measure), oldest first.
    """
    from .merge import assign_measure  # the rule lives with the other merge rules

    db["tariffs"].add_column("measure_id", int)
    db["tariffs"].create_index(["measure_id", "sort_date"])
    conn = db.conn
    for (tid,) in conn.execute("SELECT id FROM tariffs ORDER BY id").fetchall():
        conn.execute(
            "UPDATE tariffs SET measure_id = ? WHERE id = ?", (assign_measure(conn, tid), tid)
        )


@migrations()
def m006_corrections(db: Database) -> None:
    """Corrections made by people, and the marks they leave on facts.

    A correction wins over extraction: corrected fields are ``locked`` (later
    reports do not change them) and a removed fact stays removed (later
    reports only add sources to it). ``match_key`` is the fact's identity as
    extracted before the correction, so a later report of the uncorrected
    fact finds the corrected one.
    """
    db["corrections"].create(
        {
            "id": int,
            "fact_type": str,  # contact, tariff or role
            "fact_id": int,  # contacts.id, tariffs.id or roles.id
            "article_id": int,  # the article it was corrected from (a source of the fact)
            "user_id": str,  # Slack user id of who corrected it
            "created_at": str,  # ISO timestamp (UTC)
            "action": str,  # edit or remove
            "fields": str,  # JSON: field -> corrected value
            "before": str,  # JSON: field -> value before
            "note": str,  # the corrector's reason, optional
        },
        pk="id",
        not_null={"fact_type", "fact_id", "user_id", "created_at", "action"},
    )
    db["corrections"].create_index(["fact_type", "fact_id"])
    db["corrections"].create_index(["article_id"])
    db["correction_keys"].create(
        {"match_key": str, "fact_type": str, "fact_id": int},
        pk=("match_key", "fact_type", "fact_id"),
    )
    for table in ("contacts", "tariffs", "roles"):
        db[table].add_column("removed", int, not_null_default=0)
        db[table].add_column("locked", str)  # JSON list of corrected fields
        db[table].add_column("correction_id", int)  # the latest correction


@migrations()
def m007_slack_events(db: Database) -> None:
    # Slack deliveries already handled (event ids, shortcut and button trigger ids), so a
    # retried event (X-Slack-Retry-Num) or a Socket Mode redelivery is never acted on twice.
    db["slack_events"].create(
        {
            "id": str,  # "event:Ev123", "action:1.2.3" ...
            "kind": str,  # what handled it: "message", "app_mention", "shortcut", ...
            "first_seen": str,  # ISO timestamp (UTC) of the first delivery
            "retries": int,  # later deliveries of the same id that were dropped
            "last_retry_reason": str,  # X-Slack-Retry-Reason of the latest one, if given
        },
        pk="id",
        not_null={"first_seen"},
        defaults={"retries": 0},
    )
    db["slack_events"].create_index(["first_seen"])


@migrations()
def m008_digests(db: Database) -> None:
    """What Newsdesk posts on its own (daily digests, watch alerts), each recorded before and
    after it is sent, so that it is sent once: see store.posts.

    Also the indexes the digest's "first recorded on a day" look-ups use.
    """
    db["slack_posts"].create(
        {
            "id": int,
            "key": str,  # "digest:C0DIGEST:2025-04-07", "watch:C0TRADE:tariff:12": sent once
            "kind": str,  # digest or watch
            "channel": str,  # Slack channel id it goes to
            "day": str,  # digest: the last day it covers (ISO date)
            "covers_from": str,  # digest: the first day it covers
            "fact": str,  # watch: the fact it announces ("tariff:12")
            "watch_id": int,  # watch: the watch that matched
            "facts": str,  # digest: JSON list of the facts in it ("tariff:12", "contact:3", ...)
            "state": str,  # pending, posting, posted, skipped, failed, unknown
            "created_at": str,  # ISO timestamps (UTC)
            "claimed_at": str,  # when a process took it to post (state posting)
            "claimed_by": str,  # host:pid of that process
            "token": str,  # the claim's random id: only its holder may finish it
            "attempts": int,
            "posted_at": str,
            "message_ts": str,  # the Slack message, once posted
            "error": str,  # why it failed, or how it was recovered
        },
        pk="id",
        not_null={"key", "kind", "channel", "state", "created_at"},
        defaults={"attempts": 0},
    )
    db["slack_posts"].create_index(["key"], unique=True)
    db["slack_posts"].create_index(["kind", "state"])
    db["slack_posts"].create_index(["channel", "kind", "day"])
    db["articles"].create_index(["ingested_at"])
    db["tariffs"].create_index(["first_published"])
    db["contacts"].create_index(["first_published"])
    db["roles"].create_index(["as_of"])


@migrations()
def m009_watches(db: Database) -> None:
    # Channels watching a country or a person: each new tariff or contact about it is
    # posted there once (the posts are slack_posts rows of kind "watch").
    db["watches"].create(
        {
            "id": int,
            "channel": str,  # Slack channel id
            "kind": str,  # country or person
            "subject": str,  # ISO country code, or people.id as text
            "label": str,  # what to call it: "Pakistan", "Marco Rubio"
            "created_by": str,  # Slack user id
            "created_at": str,  # ISO timestamp (UTC)
        },
        pk="id",
        not_null={"channel", "kind", "subject", "created_at"},
    )
    db["watches"].create_index(["channel", "kind", "subject"], unique=True)
    db["watches"].create_index(["kind", "subject"])


@migrations()
def m010_slack_users(db: Database) -> None:
    # Display names of the people who corrected facts, looked up once with users.info, so a
    # card can say "corrected by Alice Khan" as plain text: a <@U…> mention would notify them
    # every time the card is shared.
    db["slack_users"].create(
        {
            "id": str,  # Slack user id, U… or W…
            "name": str,  # display name (else real name, else user name) when it was looked up
            "fetched_at": str,  # ISO timestamp (UTC) of the look-up
        },
        pk="id",
        not_null={"name", "fetched_at"},
    )
