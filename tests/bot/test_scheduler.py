"""The scheduler with a controllable clock: the digest at the right local time (daylight saving
included), once per channel and day across restarts and with two schedulers on one database."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from slack_sdk import WebClient

import store
from bot.scheduler import Scheduler

NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime):
        self.now = start.astimezone(UTC)

    def __call__(self) -> datetime:
        return self.now

    def set(self, local: datetime) -> None:
        self.now = local.astimezone(UTC)

    def advance(self, **kw) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def client(fake_slack):
    return WebClient(token="xoxb-test", base_url=fake_slack.api)


def digests(fake, channel="C0DIGEST"):
    return [
        c
        for c in fake.to("chat.postMessage")
        if c.body.get("channel") == channel
        and c.body["blocks"][0].get("block_id", "").startswith("newsdesk_digest:")
    ]


def scheduler(db, client, clock, tz=NEW_YORK, at=time(8, 0), **kw) -> Scheduler:
    return Scheduler(db, client, channel="C0DIGEST", at=at, tz=tz, clock=clock, **kw)


def run_minutes(s: Scheduler, clock: Clock, minutes: int) -> None:
    """Tick once a minute (a slow stand-in for the every-second ticks of `newsdesk run`)."""
    for _ in range(minutes):
        s.tick()
        clock.advance(minutes=1)


@pytest.mark.parametrize(
    "tz, day, due_utc",
    [
        (NEW_YORK, "2025-03-08", "2025-03-08T13:00"),  # EST, the day before clocks go forward
        (NEW_YORK, "2025-03-09", "2025-03-09T12:00"),  # EDT from 02:00 that night
        (NEW_YORK, "2025-11-02", "2025-11-02T13:00"),  # back to EST at 02:00
        (LONDON, "2025-03-30", "2025-03-30T07:00"),  # BST from 01:00
        (LONDON, "2025-10-26", "2025-10-26T08:00"),  # GMT from 02:00
        (ZoneInfo("Asia/Karachi"), "2025-04-08", "2025-04-08T03:00"),  # no daylight saving
    ],
)
def test_the_digest_fires_at_8_local_time(db, client, fake_slack, tz, day, due_utc):
    due = datetime.fromisoformat(due_utc).replace(tzinfo=UTC)
    clock = Clock(due - timedelta(minutes=30))
    s = scheduler(db, client, clock, tz=tz)
    for _ in range(30):
        assert s.tick() is None  # before 08:00 local: nothing
        clock.advance(minutes=1)
    assert digests(fake_slack) == []
    assert clock.now == due
    out = s.tick()
    assert out.state == "posted"
    previous_day = (datetime.fromisoformat(day).date() - timedelta(days=1)).isoformat()
    assert out.day == previous_day
    run_minutes(s, clock, 120)  # and not once per minute after
    assert len(digests(fake_slack)) == 1


def test_across_a_daylight_saving_change_it_stays_at_8_local(db, client, fake_slack):
    # three mornings across the spring change in New York: 13:00, 12:00, 12:00 UTC
    clock = Clock(datetime(2025, 3, 8, 0, 0, tzinfo=NEW_YORK))
    s = scheduler(db, client, clock)
    fired = []
    while clock.now < datetime(2025, 3, 11, 0, 0, tzinfo=NEW_YORK):
        if s.tick() is not None:
            fired.append(clock.now.astimezone(NEW_YORK).strftime("%m-%d %H:%M %Z"))
        clock.advance(minutes=15)
    assert fired == ["03-08 08:00 EST", "03-09 08:00 EDT", "03-10 08:00 EDT"]
    assert len(digests(fake_slack)) == 3


def test_a_time_skipped_by_the_clock_change_fires_once_just_after(db, client, fake_slack):
    # 02:30 does not exist on 9 March 2025 in New York: the digest goes at 03:30 EDT
    clock = Clock(datetime(2025, 3, 9, 1, 0, tzinfo=NEW_YORK))
    s = scheduler(db, client, clock, at=time(2, 30))
    fired = []
    for _ in range(6 * 60):
        if s.tick() is not None:
            fired.append(clock.now.astimezone(NEW_YORK).strftime("%H:%M %Z"))
        clock.advance(minutes=1)
    assert fired == ["03:30 EDT"]


def test_a_restart_does_not_post_it_again(db_path, client, fake_slack):
    clock = Clock(datetime(2025, 4, 8, 7, 59, tzinfo=NEW_YORK))
    with store.open(db_path) as db:
        run_minutes(scheduler(db, client, clock), clock, 5)
    assert len(digests(fake_slack)) == 1
    with store.open(db_path) as db:  # Newsdesk restarted at 08:04
        restarted = scheduler(db, client, clock)
        assert restarted.tick().state == "done"
        run_minutes(restarted, clock, 60)
    assert len(digests(fake_slack)) == 1


def test_down_over_the_digest_time_it_posts_once_on_start_up(db_path, client, fake_slack):
    clock = Clock(datetime(2025, 4, 8, 11, 42, tzinfo=NEW_YORK))  # started late that morning
    with store.open(db_path) as db:
        out = scheduler(db, client, clock).tick()
        assert (out.state, out.day) == ("posted", "2025-04-07")
    assert len(digests(fake_slack)) == 1


def test_a_missed_digest_is_not_posted_the_next_day(db_path, client, fake_slack, make_article):
    # down from 7 to 9 April 06:00: no digest for the 8th is posted late; the 9th's covers both days
    with store.open(db_path) as db:
        for day, target in (("2025-04-07", "CN"), ("2025-04-08", "MX")):
            db.ingest(
                make_article(
                    f"{day}.",
                    published=day,
                    tariffs=[{"imposer": "US", "target": target, "rate": 25}],
                ),
                now=datetime.fromisoformat(day).replace(hour=15, tzinfo=UTC),
            )
        a = scheduler(db, client, Clock(datetime(2025, 4, 7, 8, 0, tzinfo=NEW_YORK)))
        assert a.tick().state == "posted"  # the digest of the 7th (covering the 6th)
        clock = Clock(datetime(2025, 4, 9, 6, 0, tzinfo=NEW_YORK))
        b = scheduler(db, client, clock)
        assert b.tick() is None
        run_minutes(b, clock, 180)
    first, second = digests(fake_slack)
    assert second.body["blocks"][0]["text"]["text"] == "Newsdesk digest: 2025-04-07 to 2025-04-08"
    assert "China" in second.body["text"] and "Mexico" in second.body["text"]


def test_two_schedulers_on_one_database_post_one_digest(db_path, client, fake_slack, seed_article):
    with store.open(db_path) as db:
        db.ingest(seed_article, now=datetime(2025, 4, 7, 15, 0, tzinfo=UTC))
    stores = [store.open(db_path) for _ in range(2)]
    clock = Clock(datetime(2025, 4, 8, 7, 59, 58, tzinfo=NEW_YORK))
    schedulers = [scheduler(s, client, clock) for s in stores]
    barrier = threading.Barrier(2)
    outcomes = []

    def run(s):
        for _ in range(6):
            barrier.wait()  # both tick at the same instant
            out = s.tick()
            if out is not None:
                outcomes.append(out.state)
            barrier.wait()
            if s is schedulers[0]:
                clock.advance(seconds=1)

    threads = [threading.Thread(target=run, args=(s,)) for s in schedulers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    (post,) = digests(fake_slack)
    assert "29%" in post.body["text"]
    assert outcomes.count("posted") == 1 and set(outcomes) <= {"posted", "busy", "done"}
    for s in stores:
        s.close()


def test_a_crash_mid_post_is_recovered_by_the_other_process(db_path, fake_slack, seed_article):
    class Dies(WebClient):
        def chat_postMessage(self, **kw):  # noqa: N802 - slack_sdk's name
            raise ConnectionResetError("the process died here")

    with store.open(db_path) as db:
        db.ingest(seed_article, now=datetime(2025, 4, 7, 15, 0, tzinfo=UTC))
    clock = Clock(datetime(2025, 4, 8, 8, 0, tzinfo=NEW_YORK))
    good = WebClient(token="xoxb-test", base_url=fake_slack.api)
    with store.open(db_path) as a, store.open(db_path) as b:
        crashed = scheduler(a, Dies(token="xoxb-test", base_url=fake_slack.api), clock)
        assert crashed.tick().state == "retry"
        other = scheduler(b, good, clock)
        clock.advance(seconds=1)
        assert other.tick().state == "busy"  # a fresh claim: someone is posting
        run_minutes(other, clock, 10)  # five minutes later the claim is stale: history, then post
    assert len(digests(fake_slack)) == 1
    assert fake_slack.to("conversations.history")


def test_no_channel_no_digest_and_the_start_up_line_says_so(db, client, fake_slack):
    clock = Clock(datetime(2025, 4, 8, 9, 0, tzinfo=NEW_YORK))
    s = Scheduler(db, client, channel="", at=time(8), tz=NEW_YORK, clock=clock)
    assert s.describe() == "No daily digest: NEWSDESK_DIGEST_CHANNEL is not set."
    assert s.tick() is None and fake_slack.to("chat.postMessage") == []
    early = scheduler(db, client, Clock(datetime(2025, 4, 8, 7, 0, tzinfo=NEW_YORK)))
    assert early.describe() == (
        "Daily digest: C0DIGEST at 08:00 America/New_York; next 2025-04-08 08:00 EDT."
    )


def test_queued_watch_alerts_go_out_on_the_next_tick(db, client, fake_slack, seed_article):
    db.add_watch("C0TRADE", "country", "PK", "Pakistan")
    db.ingest(seed_article)  # as `newsdesk ingest` does: queued, not sent
    clock = Clock(datetime(2025, 4, 8, 7, 0, tzinfo=NEW_YORK))
    scheduler(db, client, clock).tick()
    assert [c.body["channel"] for c in fake_slack.to("chat.postMessage")] == ["C0TRADE", "C0TRADE"]
