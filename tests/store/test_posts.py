"""Posts sent once: claims, finishing, stale claims taken over, two processes racing."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import store
from store.posts import digest_key

T0 = datetime(2025, 4, 8, 8, 0, tzinfo=UTC)
STALE = timedelta(minutes=5)


def claim(db, day="2025-04-07", at=T0, channel="C0DIGEST"):
    return db.claim_digest(channel, day, day, now=at, stale_after=STALE)


def test_the_first_claim_wins_and_the_post_is_recorded(db):
    first = claim(db)
    assert first is not None and not first.recovering and first.attempts == 1
    assert claim(db) is None  # the same process again, or another one: nothing to do
    assert db.finish_post(first, "posted", now=T0, message_ts="1744.1")
    row = db.post(digest_key("C0DIGEST", "2025-04-07"))
    assert (row.state, row.message_ts, row.attempts) == ("posted", "1744.1", 1)
    # once posted it stays posted, however much later it is asked again
    assert claim(db, at=T0 + timedelta(days=1)) is None


def test_each_channel_and_day_has_its_own_digest(db):
    assert claim(db) is not None
    assert claim(db, day="2025-04-08") is not None
    assert claim(db, channel="C0OTHER") is not None


def test_a_stale_claim_is_taken_over_and_the_old_holder_cannot_finish(db):
    first = claim(db)
    assert claim(db, at=T0 + timedelta(minutes=4)) is None  # still fresh: someone is posting
    second = claim(db, at=T0 + timedelta(minutes=6))
    assert second is not None and second.recovering and second.attempts == 2
    assert second.since == T0.isoformat(timespec="seconds")  # where to look in history
    assert not db.finish_post(first, "posted", now=T0, message_ts="1")  # lost its claim
    assert db.finish_post(second, "posted", now=T0, message_ts="2")
    assert db.post(digest_key("C0DIGEST", "2025-04-07")).message_ts == "2"


def test_finished_states_are_never_taken_over(db):
    for state in ("posted", "skipped", "failed", "unknown"):
        day = f"2025-04-0{['posted', 'skipped', 'failed', 'unknown'].index(state) + 1}"
        c = claim(db, day=day)
        db.finish_post(c, state, now=T0)
        assert claim(db, day=day, at=T0 + timedelta(hours=3)) is None, state


def test_two_processes_racing_for_one_digest_make_one_claim(db_path):
    store.open(db_path).close()  # the database exists, as with a bot already running
    stores = [store.open(db_path) for _ in range(8)]
    barrier = threading.Barrier(len(stores))
    won = []

    def race(s):
        barrier.wait()
        c = s.claim_digest("C0DIGEST", "2025-04-07", "2025-04-07", now=T0, stale_after=STALE)
        if c is not None:
            won.append(c)

    threads = [threading.Thread(target=race, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(won) == 1
    for s in stores:
        s.close()


def test_two_processes_opening_a_new_database_at_once_both_work(tmp_path):
    # regression: both used to run the migrations and one failed with "table already exists"
    path = tmp_path / "new.db"
    barrier = threading.Barrier(4)
    opened, errors = [], []

    def open_it():
        barrier.wait()
        try:
            opened.append(store.open(path))
        except Exception as e:  # noqa: BLE001 - collected for the assert
            errors.append(e)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(opened) == 4
    for s in opened:
        s.close()


def test_the_days_covered_and_the_facts_already_posted(db):
    a = claim(db, day="2025-04-05")
    db.set_post_facts(a, ["tariff:1", "contact:2"])
    db.finish_post(a, "posted", now=T0)
    b = claim(db, day="2025-04-06")
    db.set_post_facts(b, ["role:3"])
    db.finish_post(b, "failed", now=T0, error="not_in_channel")  # never reached the channel
    assert db.last_covered_day("C0DIGEST", "2025-04-07") == "2025-04-05"
    assert db.last_covered_day("C0DIGEST", "2025-04-05") is None
    assert db.last_covered_day("C0OTHER", "2025-04-07") is None
    assert db.digested_facts("C0DIGEST", "2025-04-01") == {"tariff:1", "contact:2"}
    assert db.digested_facts("C0DIGEST", "2025-04-06") == set()
