"""Slash command ack latency of `newsdesk run` in HTTP mode, as Slack would see it.

    .venv/bin/python bench/ack.py              # 100 signed /tariff requests, the README figure
    .venv/bin/python bench/ack.py -n 500

Starts `python -m bot run` as a separate process on 127.0.0.1 (HTTP mode, a
database holding one article, SLACK_API_URL and every response_url pointing
at the local fake Slack of tests/support/fakeslack.py), sends a few warm-up
requests, then N `/tariff pakistan` requests one after another, each signed
as Slack signs it. The time measured is the HTTP round trip from sending the
request to reading the ack (the 200 Slack waits for, at most 3 s); the card
itself follows on the response_url. Prints p50, p95 and max in ms, and checks
that every card arrived.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "support"))

from fakeslack import BOT_TOKEN, SECRET, FakeSlack, SlackSender, slash  # noqa: E402

import store  # noqa: E402
from handlers import ingest_text  # noqa: E402

ARTICLE = ROOT / "tests" / "fixtures" / "slack" / "islamabad-call.txt"
WARM_UP = 5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100, help="requests to time (default 100)")
    args = parser.parse_args()

    fake = FakeSlack()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "newsdesk.db"
        with store.open(db) as s:
            ingest_text(s, ARTICLE.read_text())
        env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
        env.update(
            SLACK_SIGNING_SECRET=SECRET,
            SLACK_BOT_TOKEN=BOT_TOKEN,
            SLACK_API_URL=fake.api,
            HOST="127.0.0.1",
            PORT="0",
            NEWSDESK_DB=str(db),
        )
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=tmp,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            line = proc.stdout.readline()
            if "listening on" not in line:
                print(f"newsdesk run did not start: {line!r}", file=sys.stderr)
                return 1
            send = SlackSender(line.split()[4])
            times = []
            for i in range(WARM_UP + args.n):
                answer = send.command(slash("/tariff", "pakistan", fake.response_url(str(i))))
                if answer.status != 200:
                    print(f"request {i}: HTTP {answer.status}", file=sys.stderr)
                    return 1
                if i >= WARM_UP:
                    times.append(answer.seconds * 1000)
            total = WARM_UP + args.n
            fake.wait_for(lambda: len(fake.responses()) >= total, timeout=60)
            cards = [r for r in fake.responses() if "29%" in r.body.get("text", "")]
        finally:
            proc.terminate()
            proc.wait(timeout=10)
            fake.close()
    times.sort()
    p95 = times[max(0, int(round(0.95 * len(times))) - 1)]
    print(
        f"/tariff ack over {len(times)} signed requests: p50 {statistics.median(times):.1f} ms, "
        f"p95 {p95:.1f} ms, max {times[-1]:.1f} ms; {len(cards)}/{total} cards delivered"
    )
    return 0 if p95 < 200 and len(cards) == total else 1


if __name__ == "__main__":
    sys.exit(main())
