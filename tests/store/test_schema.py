"""Migrations: a database made before tariff measures and corrections gains them, data kept."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

import store
from store.schema import migrations


def test_an_older_database_is_migrated_and_its_tariffs_grouped_into_measures(db_path):
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before="m005_tariff_measures")
    old["articles"].insert(
        {"id": 1, "text_hash": "h", "text": "t", "ingested_at": "2025-04-07T00:00:00+00:00"}
    )
    rows = [
        # id, target, rate, status, scope, sort date
        (1, "PK", 29.0, "announced", "all goods", "2025-04-09"),
        (2, "PK", 10.0, "paused", "all goods", "2025-04-10"),
        (3, "CN", 25.0, "announced", "steel", "2025-03-12"),
        (4, "CN", 10.0, "announced", "textiles", "2025-03-15"),
    ]
    for tid, target, rate, status, scope, day in rows:
        old["tariffs"].insert(
            {
                "id": tid,
                "imposer": "US",
                "target": target,
                "rate_pct": rate,
                "status": status,
                "scope": scope,
                "sort_date": day,
            }
        )
    old.conn.commit()
    old.close()
    with store.open(db_path) as s:
        assert s.db.conn.execute("SELECT id, measure_id FROM tariffs ORDER BY id").fetchall() == [
            (1, 1),
            (2, 1),
            (3, 3),
            (4, 4),
        ]
        assert s.db.conn.execute("SELECT removed, locked FROM tariffs WHERE id = 1").fetchone() == (
            0,
            None,
        )
        assert "corrections" in s.db.table_names()
        names = [m.name for m in migrations.applied(s.db)]
        assert names[names.index("m005_tariff_measures") :][:2] == [
            "m005_tariff_measures",
            "m006_corrections",
        ]
