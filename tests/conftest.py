"""Shared fixtures: a real database file in tmp_path, and Article builders.

Articles are built by hand from the real extract data classes, so store and
card tests do not depend on how much the extractor finds today.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

import store
from extract.model import LOW, Article, Confidence, Contact, Evidence, Person, Tariff

FIXTURES = Path(__file__).parent / "fixtures" / "cli"
sys.path.insert(0, str(Path(__file__).parent / "support"))  # fakeslack.py: Slack, faked


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "newsdesk.db"


@pytest.fixture
def db(db_path):
    with store.open(db_path) as s:
        yield s


def _ev(sentence: str | None) -> Evidence | None:
    return Evidence(sentence, 0, len(sentence), sentence[:20]) if sentence else None


@pytest.fixture
def make_article():
    """Build an Article: people as (name, role, country[, aliases]), contacts and tariffs as dicts."""

    def make(
        text: str,
        *,
        published: str | None = "2025-04-07",
        title: str | None = None,
        outlet: str | None = None,
        people: list[tuple] = (),
        contacts: list[dict] = (),
        tariffs: list[dict] = (),
    ) -> Article:
        return Article(
            text=text,
            text_hash=hashlib.sha256(text.encode()).hexdigest(),
            title=title or text[:40],
            outlet=outlet,
            published=published,
            people=[
                Person(
                    name=p[0],
                    role=p[1],
                    country=p[2],
                    aliases=list(p[3]) if len(p) > 3 else [],
                    evidence=_ev(f"{p[1]} {p[0]} said."),
                )
                for p in people
            ],
            contacts=[
                Contact(
                    participants=sorted(c["participants"]),
                    mode=c.get("mode", "call"),
                    date=c.get("date"),
                    date_precision="day" if c.get("date") else None,
                    planned=c.get("planned", False),
                    topics=list(c.get("topics", [])),
                    evidence=_ev(c.get("sentence", " and ".join(c["participants"]) + " spoke.")),
                    **({"confidence": Confidence(LOW, "test")} if c.get("low") else {}),
                )
                for c in contacts
            ],
            tariffs=[
                Tariff(
                    imposer=t["imposer"],
                    target=t["target"],
                    rate_pct=t["rate"],
                    kind=t.get("kind", "other"),
                    scope=t.get("scope"),
                    status=t.get("status", "announced"),
                    effective=t.get("effective"),
                    announced=t.get("announced"),
                    previous_pct=t.get("previous"),
                    evidence=_ev(t.get("sentence", f"A {t['rate']}% tariff was announced.")),
                    **({"confidence": Confidence(LOW, "test")} if t.get("low") else {}),
                )
                for t in tariffs
            ],
        )

    return make


@pytest.fixture
def seed_article(make_article):
    """The facts of the seed article (Dar-Rubio call, US tariffs), written by hand."""
    return make_article(
        "Dar holds first call with Rubio. (test text)",
        title="Dar holds first call with Rubio",
        outlet="Dawn",
        people=[
            ("Ishaq Dar", "Foreign Minister", "PK", ["Dar", "the foreign minister"]),
            ("Marco Rubio", "Secretary of State", "US", ["Rubio", "Secretary Rubio"]),
            ("Donald Trump", "President", "US", ["Trump"]),
        ],
        contacts=[
            {
                "participants": ["Ishaq Dar", "Marco Rubio"],
                "date": "2025-04-07",
                "topics": ["counter-terrorism", "trade", "investment", "critical minerals"],
            }
        ],
        tariffs=[
            {
                "imposer": "US",
                "target": "PK",
                "rate": 29,
                "kind": "reciprocal",
                "scope": "all goods",
                "effective": "2025-04-09",
            },
            {
                "imposer": "US",
                "target": "*",
                "rate": 10,
                "kind": "baseline",
                "scope": "all goods",
                "status": "in_force",
                "effective": "2025-04-05",
            },
        ],
    )


def rows(s: store.Store, sql: str, params=()) -> list[tuple]:
    return s.db.conn.execute(sql, params).fetchall()


@pytest.fixture
def sql():
    """Run a query on a store and return plain tuples."""
    return rows
