"""The queries behind the cards, and opening the database."""

from __future__ import annotations

import sqlite3

import pytest

import store
from store import Coverage


def test_tariffs_on_a_country_include_all_partner_rates(db, seed_article, make_article):
    db.ingest(seed_article)
    db.ingest(make_article("PK baseline.", tariffs=[{"imposer": "PK", "target": "*", "rate": 5}]))
    db.ingest(make_article("On India.", tariffs=[{"imposer": "US", "target": "IN", "rate": 26}]))
    on_pk = [(t.imposer, t.target, t.rate_pct) for t in db.tariffs_on("PK")]
    # Pakistan's own baseline does not apply to Pakistan; the US rate on India is not about Pakistan.
    assert on_pk == [("US", "PK", 29.0), ("US", "*", 10.0)]
    assert [(t.imposer, t.target) for t in db.tariffs_on("US")] == [("PK", "*")]


def test_tariff_sources_are_newest_first_and_counted(db, make_article):
    t = {"imposer": "US", "target": "PK", "rate": 29}
    for day in ("2025-04-03", "2025-04-09", "2025-04-05"):
        db.ingest(make_article(f"Report of {day}.", published=day, title=day, tariffs=[t]))
    [fact] = db.tariffs_on("PK", sources_per_fact=2)
    assert fact.n_sources == 3
    assert [s.article.title for s in fact.sources] == ["2025-04-09", "2025-04-05"]
    assert db.tariff_coverage([fact.id]) == Coverage(3, "2025-04-09")


def test_contacts_of_a_person_newest_first_with_total(db, make_article):
    people = [
        ("Ishaq Dar", "Foreign Minister", "PK"),
        ("Marco Rubio", "Secretary of State", "US"),
        ("Wang Yi", "Foreign Minister", "CN"),
    ]
    reports = [
        ("2025-03-01", "Marco Rubio"),
        ("2025-05-01", "Wang Yi"),
        ("2025-04-01", "Marco Rubio"),
    ]
    for day, other in reports:
        db.ingest(
            make_article(
                f"Call on {day}.",
                published=day,
                people=people,
                contacts=[{"participants": ["Ishaq Dar", other], "date": day}],
            )
        )
    contacts, total = db.contacts_of(1, limit=2)
    assert total == 3
    assert [(c.date, [o.name for o in c.others]) for c in contacts] == [
        ("2025-05-01", ["Wang Yi"]),
        ("2025-04-01", ["Marco Rubio"]),
    ]
    assert db.person_coverage(1) == Coverage(3, "2025-05-01")
    assert db.latest_article_of(1).published == "2025-05-01"


def test_people_by_key_finds_names_and_aliases(db, seed_article):
    db.ingest(seed_article)
    assert [p.name for p in db.people_by_key("secretary rubio")] == ["Marco Rubio"]
    assert [p.name for p in db.people_by_key("ishaq dar")] == ["Ishaq Dar"]
    assert db.people_by_key("nobody") == []


def test_what_newsdesk_knows(db, seed_article):
    assert db.totals() == Coverage(0, None)
    db.ingest(seed_article)
    assert db.totals() == Coverage(1, "2025-04-07")
    assert db.countries_with_tariffs() == {"PK": 1}
    assert [p.name for p in db.busiest_people()] == ["Ishaq Dar", "Marco Rubio"]


def test_opening_twice_keeps_data_and_uses_wal(db_path, seed_article):
    with store.open(db_path) as s:
        s.ingest(seed_article)
    with store.open(db_path) as s:
        assert s.totals().articles == 1
        assert s.db.journal_mode == "wal"
        assert [m.name for m in store.db.migrations.applied(s.db)][:1] == ["m001_articles"]


def test_newsdesk_db_picks_the_default_file(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSDESK_DB", str(tmp_path / "chosen.db"))
    with store.open() as s:
        assert s.path == tmp_path / "chosen.db"
    monkeypatch.delenv("NEWSDESK_DB")
    assert store.default_path() == "newsdesk.db"


@pytest.mark.parametrize(
    "make_path, message",
    [
        # a folder
        (lambda tmp: tmp, "is a folder"),
        # a text file
        (
            lambda tmp: (tmp / "notes.db").write_text("not a database") and tmp / "notes.db",
            "is not a SQLite database",
        ),
        # a file in a folder that does not exist
        (lambda tmp: tmp / "missing" / "x.db", "does not exist"),
    ],
)
def test_unusable_paths_raise_a_one_line_store_error(tmp_path, make_path, message):
    with pytest.raises(store.StoreError, match=message) as err:
        store.open(make_path(tmp_path))
    assert "\n" not in str(err.value)


def test_a_corrupt_database_is_a_store_error(tmp_path):
    path = tmp_path / "broken.db"
    sqlite3.connect(path).execute("CREATE TABLE x (a)").connection.commit()
    data = bytearray(path.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # keep the header, wreck the pages
    path.write_bytes(bytes(data))
    with pytest.raises(store.StoreError):
        store.open(path)


@pytest.fixture
def contact_log(db, make_article):
    """Rubio's calls: Dar twice (as Foreign Minister, then Deputy PM), Wang Yi once."""
    reports = [
        ("2024-12-10", ("Ishaq Dar", "Foreign Minister", "PK")),
        ("2025-03-01", ("Wang Yi", "Foreign Minister", "CN")),
        ("2025-06-01", ("Ishaq Dar", "Deputy Prime Minister", "PK")),
    ]
    for day, other in reports:
        db.ingest(
            make_article(
                f"Call on {day}.",
                published=day,
                people=[("Marco Rubio", "Secretary of State", "US"), other],
                contacts=[{"participants": ["Marco Rubio", other[0]], "date": day}],
            )
        )
    return db


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({}, ["2025-06-01", "2025-03-01", "2024-12-10"]),  # everything
        ({"since": "2025-01-01"}, ["2025-06-01", "2025-03-01"]),  # since, inclusive
        ({"until": "2025-03-01"}, ["2025-03-01", "2024-12-10"]),  # until, inclusive
        ({"with_ids": [2]}, ["2025-06-01", "2024-12-10"]),  # with Dar
        ({"with_ids": [2], "since": "2025-01-01"}, ["2025-06-01"]),  # both
        ({"with_ids": [3], "until": "2025-01-01"}, []),  # nothing fits
    ],
)
def test_contact_log_filters(contact_log, filters, expected):
    contacts, total = contact_log.contacts_of(1, **filters)
    assert [c.date for c in contacts] == expected
    assert total == len(expected)


def test_contacts_show_roles_at_the_time(contact_log):
    contacts, _ = contact_log.contacts_of(1)
    assert [(c.date, c.others[0].role) for c in contacts] == [
        ("2025-06-01", "Deputy Prime Minister"),
        ("2025-03-01", "Foreign Minister"),
        ("2024-12-10", "Foreign Minister"),  # not his latest role
    ]
    assert contacts[2].subject.role == "Secretary of State"


def test_role_at_the_time_without_a_role_in_the_article(db, make_article):
    dar = ("Ishaq Dar", "Foreign Minister", "PK")
    db.ingest(make_article("Role.", published="2025-01-05", people=[dar]))
    db.ingest(
        make_article(
            "Later role.",
            published="2025-08-01",
            people=[("Ishaq Dar", "Deputy Prime Minister", "PK")],
        )
    )
    db.ingest(
        make_article(
            "Call.",
            published="2025-03-02",
            contacts=[{"participants": ["Ishaq Dar", "Wang Yi"], "date": "2025-03-01"}],
        )
    )
    [call], _ = db.contacts_of(2)
    assert call.others[0].role == "Foreign Minister"  # the newest role on or before the day
    assert db.person(1).role == "Deputy Prime Minister"


def test_sources_of_a_contact_keep_their_own_topics(db, make_article):
    people = [("Ishaq Dar", "Foreign Minister", "PK"), ("Marco Rubio", "Secretary of State", "US")]
    call = {"participants": ["Ishaq Dar", "Marco Rubio"], "date": "2025-04-07"}
    db.ingest(
        make_article("A.", people=people, contacts=[{**call, "topics": ["trade", "minerals"]}])
    )
    db.ingest(make_article("B.", people=people, contacts=[{**call, "topics": ["trade"]}]))
    [fact], _ = db.contacts_of(1)
    assert [(r.article.title, r.topics) for r in fact.reports] == [
        ("A.", ["trade", "minerals"]),
        ("B.", ["trade"]),
    ]


def test_tariff_steps_share_a_measure_and_keep_their_reasons(db, make_article):
    db.ingest(
        make_article(
            "Announced.",
            tariffs=[{"imposer": "US", "target": "PK", "rate": 29, "effective": "2025-04-09"}],
        )
    )
    db.ingest(
        make_article(
            "Paused.",
            published="2025-04-10",
            tariffs=[
                {
                    "imposer": "US",
                    "target": "PK",
                    "rate": 10,
                    "status": "paused",
                    "previous": 29,
                    "effective": "2025-04-10",
                    "low": True,
                }
            ],
        )
    )
    facts = db.tariffs_on("PK", sources_per_fact=1)
    assert [(t.rate_pct, t.measure_id, t.confidence, t.confidence_reason) for t in facts] == [
        (29.0, 1, "medium", "rate next to tariff wording"),
        (10.0, 1, "low", "test"),
    ]
    assert facts[1].sources[0].confidence_reason == "test"
