"""Undo: an article comes back out with the facts only it supported; shared facts stay."""

from __future__ import annotations

from store import Source

TABLES = (
    "articles",
    "people",
    "aliases",
    "roles",
    "contacts",
    "contact_participants",
    "contact_sources",
    "tariffs",
    "tariff_sources",
)


def snapshot(db, sql) -> dict:
    return {t: sql(db, f"SELECT * FROM {t} ORDER BY 1, 2") for t in TABLES}


def test_removing_the_only_article_leaves_an_empty_store(db, seed_article, sql):
    result = db.ingest(seed_article, Source(slack_channel="C1", slack_user="U1"))
    removal = db.remove_article(result.article_id)
    assert (removal.people_removed, removal.contacts_removed, removal.tariffs_removed) == (3, 1, 2)
    assert removal.facts_removed == 6
    assert removal.roles_removed == 3
    assert all(rows == [] for rows in snapshot(db, sql).values())
    assert db.search_articles("Rubio") == []  # the full-text index follows


def test_undo_after_another_article_restores_the_store_as_it_was(
    db, seed_article, make_article, sql
):
    db.ingest(seed_article)
    before = snapshot(db, sql)
    later = make_article(
        "Dar and Rubio spoke again; tariff reported again. (test text)",
        published="2025-04-10",
        people=[
            ("Ishaq Dar", "Deputy Prime Minister", "PK"),
            ("Marco Rubio", "Secretary of State", "US"),
            ("Jamieson Greer", "Trade Representative", "US"),
        ],
        contacts=[
            {
                "participants": ["Ishaq Dar", "Marco Rubio"],
                "date": "2025-04-07",
                "topics": ["visas"],
            },
            {"participants": ["Jamieson Greer", "Marco Rubio"], "date": "2025-04-10"},
        ],
        tariffs=[
            {
                "imposer": "US",
                "target": "PK",
                "rate": 29,
                "kind": "reciprocal",
                "scope": "all goods",
                "status": "in_force",
                "effective": "2025-04-09",
            }
        ],
    )
    result = db.ingest(later)
    assert sql(db, "SELECT role FROM people WHERE name = 'Ishaq Dar'") == [
        ("Deputy Prime Minister",)
    ]
    removal = db.remove_article(result.article_id)
    assert (removal.contacts_removed, removal.contacts_kept) == (1, 1)
    assert (removal.tariffs_removed, removal.tariffs_kept) == (0, 1)
    assert removal.people_removed == 1  # Greer: no role or contact left
    after = snapshot(db, sql)
    assert after.pop("aliases")[:6] == before.pop("aliases")[:6]  # the first article's aliases
    assert after == before  # topics, status, roles and dates as the first article left them


def test_removing_an_unknown_article_says_so(db):
    assert db.remove_article(99) is None


def test_source_of_gives_the_slack_message(db, seed_article):
    src = Source("T1", "C1", "1712.1", "U1", "https://x.slack.com/p1")
    article_id = db.ingest(seed_article, src).article_id
    assert db.source_of(article_id) == src
    assert db.source_of(99) is None


# -- undo and corrections ---------------------------------------------------------------

CALL = {"participants": ["Ishaq Dar", "Marco Rubio"], "date": "2025-04-07", "topics": ["trade"]}
DAR = ("Ishaq Dar", "Foreign Minister", "PK")
RUBIO = ("Marco Rubio", "Secretary of State", "US")
US_PK = {"imposer": "US", "target": "PK", "rate": 29, "kind": "reciprocal", "scope": "all goods"}


def test_undo_drops_the_corrections_of_the_facts_it_removes(db, make_article, sql):
    # regression: corrections and correction_keys of removed facts stayed, pointing at ids
    # SQLite hands out again, so a later, unrelated fact came up "corrected" (and exported)
    first = make_article("Islamabad report.", people=[DAR, RUBIO], contacts=[CALL], tariffs=[US_PK])
    aid = db.ingest(first, Source(slack_user="U1")).article_id
    db.correct("tariff:1", "U1", fields={"rate_pct": 26.0})
    db.correct("contact:1", "U1", remove=True)
    [role] = db.roles_of(1)
    db.correct(role.ref, "U1", fields={"role": "Deputy Prime Minister"})
    removal = db.remove_article(aid)
    assert removal.corrections_dropped == 3
    assert sql(db, "SELECT count(*) FROM corrections") == [(0,)]
    assert sql(db, "SELECT count(*) FROM correction_keys") == [(0,)]

    other = make_article(
        "Delhi report.",
        people=[("Piyush Goyal", "Commerce Minister", "IN")],
        tariffs=[{"imposer": "US", "target": "IN", "rate": 26, "kind": "reciprocal"}],
    )
    db.ingest(other)
    (tariff,) = db.tariffs_on("IN")
    assert tariff.corrected is None and db.corrections(tariff.ref) == []
    assert [r.corrected for r in db.roles_of(db.people_by_key("piyush goyal")[0].id)] == [None]
    assert db.corrected_articles() == []

    db.ingest(first)  # pasted again after the undo: read afresh, not merged into the other
    assert [(t.target, t.rate_pct, t.corrected) for t in db.tariffs_on("PK")] == [
        ("PK", 29.0, None)
    ]
    assert [(t.rate_pct, t.corrected) for t in db.tariffs_on("IN")] == [(26.0, None)]


def test_undo_keeps_the_corrections_of_facts_other_articles_report(db, make_article, sql):
    first = make_article("Islamabad report.", people=[DAR, RUBIO], contacts=[CALL], tariffs=[US_PK])
    second = make_article(
        "Washington report.",
        published="2025-04-08",
        people=[DAR, RUBIO],
        contacts=[{**CALL, "topics": ["minerals"]}],
        tariffs=[{**US_PK, "effective": "2025-04-09"}],
    )
    a1 = db.ingest(first, Source(slack_user="U1")).article_id
    a2 = db.ingest(second, Source(slack_user="U2")).article_id
    db.correct("contact:1", "U1", fields={"date": "2025-04-06", "topics": ["trade"]}, article_id=a1)
    db.correct("tariff:1", "U1", fields={"kind": "baseline", "effective": "2025-04-10"})
    db.remove_article(a1)
    # the facts stay, still as corrected (undo rebuilt them without undoing the corrections)
    (contact,), _ = db.contacts_of(1)
    assert (contact.date, contact.topics, contact.corrected.user) == ("2025-04-06", ["trade"], "U1")
    (tariff,) = db.tariffs_on("PK")
    assert (tariff.kind, tariff.effective, tariff.corrected.user) == (
        "baseline",
        "2025-04-10",
        "U1",
    )
    # and the corrections now point at the article that still reports them
    assert sql(db, "SELECT fact_type, fact_id, article_id FROM corrections ORDER BY id") == [
        ("contact", 1, a2),
        ("tariff", 1, a2),
    ]
    assert db.corrected_articles() == [a2]


def test_undo_moves_a_role_correction_to_a_report_that_stays(db, make_article):
    a1 = db.ingest(make_article("First.", people=[DAR])).article_id
    a2 = db.ingest(make_article("Second.", published="2025-04-08", people=[DAR])).article_id
    [role] = db.roles_of(1)
    db.correct(role.ref, "U1", fields={"role": "Deputy Prime Minister"})
    removed = a2 if role.role_id == 2 else a1  # the report the correction was stored against
    db.remove_article(removed)
    [role] = db.roles_of(1)
    assert (role.role, role.corrected.user) == ("Deputy Prime Minister", "U1")
    assert [c.fact for c in db.corrections()] == [role.ref]
    # a later report of the old role still finds the correction
    db.ingest(make_article("Third.", published="2025-04-09", people=[DAR]))
    assert [(r.role, r.n_articles) for r in db.roles_of(1)] == [("Deputy Prime Minister", 2)]
