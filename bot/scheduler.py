"""What `newsdesk run` does on its own: the daily digest at its local time, and watch alerts.

A small thread wakes every ``interval`` seconds and asks the clock what time
it is; nothing sleeps until 08:00, so a changed clock, daylight saving or a
laptop waking up are all handled by the next tick. At or after the digest
time (NEWSDESK_DIGEST_TIME in NEWSDESK_TZ) it sends the day's digest unless
it has been sent (handlers.digest.send_digest keeps that to once per
channel per day, across restarts and processes), so a process started after
the digest time posts the missed digest once, at start-up, on the same day
only. Each tick also posts any queued watch alerts (handlers.watches).

The clock is injectable: tests pass their own; ``NEWSDESK_TEST_NOW`` (tests
only) starts it at a given time.
"""

from __future__ import annotations

import logging
import threading
import time as _time
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from slack_sdk import WebClient

from handlers.digest import STALE_AFTER, Outcome, send_scheduled_digest
from handlers.slack import describe
from handlers.watches import send_watch_posts
from store import Store

log = logging.getLogger("newsdesk.scheduler")

INTERVAL = 1.0  # seconds between ticks
BUSY_WAIT = timedelta(seconds=30)  # another process is posting the digest: look again then

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def clock_from(start: datetime) -> Clock:
    """A clock that starts at ``start`` and runs at normal speed (for NEWSDESK_TEST_NOW)."""
    t0 = _time.monotonic()
    return lambda: start + timedelta(seconds=_time.monotonic() - t0)


def due_at(day: date, at: time, tz: tzinfo) -> datetime:
    """The UTC instant of local time ``at`` on local ``day`` (a time skipped by a daylight-saving
    change counts as the same time on the old offset: 02:30 on a spring-forward night is 03:30).

    >>> from zoneinfo import ZoneInfo
    >>> due_at(date(2025, 3, 29), time(8), ZoneInfo("Europe/London")).isoformat()
    '2025-03-29T08:00:00+00:00'
    >>> due_at(date(2025, 3, 31), time(8), ZoneInfo("Europe/London")).isoformat()
    '2025-03-31T07:00:00+00:00'
    """
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


class Scheduler:
    """The digest and watch alerts of one `newsdesk run` process."""

    def __init__(
        self,
        store: Store,
        client: WebClient,
        *,
        channel: str | None,
        at: time,
        tz: tzinfo,
        skip_empty: bool = False,
        clock: Clock = system_clock,
        interval: float = INTERVAL,
        stale_after: timedelta = STALE_AFTER,
    ):
        self.store = store
        self.client = client
        self.channel = channel or None
        self.at = at
        self.tz = tz
        self.skip_empty = skip_empty
        self.clock = clock
        self.interval = interval
        self.stale_after = stale_after
        self._done: date | None = None  # the local day whose digest is settled
        self._next_try: datetime | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def describe(self) -> str:
        """The start-up line: where and when the digest goes, or that there is none."""
        if not self.channel:
            return "No daily digest: NEWSDESK_DIGEST_CHANNEL is not set."
        now = self.clock()
        today = now.astimezone(self.tz).date()
        due = due_at(today, self.at, self.tz)
        if now >= due:
            when = "today's is due now (if not yet posted)"
        else:
            when = f"next {due.astimezone(self.tz):%Y-%m-%d %H:%M %Z}"
        return (
            f"Daily digest: {self.channel} at {self.at:%H:%M} {self.tz}"
            f"{' (skipped when empty)' if self.skip_empty else ''}; {when}."
        )

    def tick(self) -> Outcome | None:
        """One look at the clock: the digest if due, then the queued watch alerts."""
        now = self.clock()
        outcome = None
        if self.channel:
            try:
                outcome = self._digest(now)
            except Exception as e:
                log.error("daily digest failed: %s", describe(e))
        try:
            send_watch_posts(self.store, self.client, now=now, stale_after=self.stale_after)
        except Exception as e:
            log.error("watch alerts failed: %s", describe(e))
        return outcome

    def _digest(self, now: datetime) -> Outcome | None:
        today = now.astimezone(self.tz).date()
        if self._done == today or now < due_at(today, self.at, self.tz):
            return None
        if self._next_try and now < self._next_try:
            return None
        outcome = send_scheduled_digest(
            self.store,
            self.client,
            self.channel,
            now=now,
            tz=self.tz,
            skip_empty=self.skip_empty,
            stale_after=self.stale_after,
        )
        if outcome.final:
            self._done, self._next_try = today, None
        elif outcome.state == "busy":
            self._next_try = now + BUSY_WAIT
        else:  # our claim stays: recovered (history checked) once it is stale
            self._next_try = now + self.stale_after + timedelta(seconds=1)
        return outcome

    # -- the thread -------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="newsdesk-scheduler", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            self.tick()  # at once on start: a digest missed while Newsdesk was down goes out now
            if self._stop.wait(self.interval):
                return

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
