"""Newsdesk benchmark: extraction speed, ingest speed, and card latency.

    .venv/bin/python bench/bench.py                 # the README figures
    .venv/bin/python bench/bench.py --sizes 10000   # quicker

What it measures, all on one core:

1. extraction: ``extract()`` over N synthetic articles (articles/s);
2. ingest: the same articles, extracted beforehand, through ``Store.ingest``
   into a fresh database file (articles/s; one transaction per article,
   full-text index included);
3. card latency: ``handlers.answer`` for ``/tariff COUNTRY``, ``/tariff
   COUNTRY as of DATE``, ``/contacts PERSON`` and ``/contacts PERSON since
   DATE`` (look-up, queries and Block Kit card), p50/p95 in ms, on databases
   of each size in ``--sizes``.

The databases for (3) are built by passing pre-built ``Article`` objects
(varied synthetic people, contacts and tariffs, with article text) to
``Store.ingest``: extraction is bypassed so that 100,000 articles build in a
few minutes. Merging, indexes and full-text search are the same as in use.

Synthetic articles are generated from a fixed seed: invented people (shared
surnames included), real countries, contacts on dates near publication, and
tariff rates drawn from a timeline of rate changes per imposer and target,
so that facts are reported many times and merged as in real news.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import store  # noqa: E402
from extract import extract  # noqa: E402
from extract.model import Article, Contact, Evidence, Person, Tariff  # noqa: E402
from extract.vocab.countries import country_name, demonym_of  # noqa: E402
from handlers import answer  # noqa: E402

FIRST = """Amira Bilal Chen Daniel Elena Farid Grace Hassan Ines Jonas Karim Lena Marta Nadia Omar
Priya Rafael Sara Tomas Ulla Viktor Wen Yusuf Zara Ahmed Beatriz Chidi Dmitri Esra Fumiko""".split()  # noqa: SIM905 - names read better as text
LAST = """Khan Novak Okafor Rossi Silva Tanaka Varga Weber Yilmaz Zhou Dar Haddad Ivanova Jensen
Kowalski Laurent Mendes Nakamura Osei Petrov Quispe Rahman Schulz Torres Usman Vogel Wang Xu
Yamada Ziegler""".split()  # noqa: SIM905
ROLES = [
    "Foreign Minister",
    "Trade Minister",
    "Prime Minister",
    "President",
    "Finance Minister",
    "Commerce Secretary",
    "Ambassador",
    "Deputy Foreign Minister",
]
COUNTRIES = """US CN PK IN JP KR DE FR GB CA MX BR TR SA AE EG NG ZA KE ET ID VN TH MY PH AU NZ AR CL CO
PE IT ES NL BE PL UA RU IR IQ IL JO QA KW BD LK NP AF KZ UZ MA DZ TN GH SN SE NO FI DK""".split()  # noqa: SIM905
IMPOSERS = ["US", "CN", "EU", "CA", "IN", "MX", "JP", "GB"]
RATES = [5, 10, 15, 20, 24, 25, 26, 29, 32, 34, 46, 50, 104, 145]
TOPICS = [
    "trade",
    "investment",
    "counter-terrorism",
    "energy",
    "critical minerals",
    "migration",
    "regional security",
    "climate",
    "tariffs",
    "technology",
    "agriculture",
    "health",
]
MODES = ["call", "meeting", "talks", "visit", "letter"]
FILLER = (
    "Officials said the discussions covered a wide range of issues and that both sides hoped to "
    "build on recent progress. Analysts noted that markets had reacted cautiously to the news, "
    "with shares in exporters falling in early trading before recovering later in the day. "
)
START = date(2024, 1, 1)


class World:
    """The invented people and the tariff timeline every article draws from."""

    def __init__(self, rng: random.Random, n_people: int = 400):
        self.rng = rng
        names = set()
        while len(names) < n_people:
            names.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        self.people = [(n, rng.choice(ROLES), rng.choice(COUNTRIES)) for n in sorted(names)]
        self.tariffs: list[tuple] = []  # (imposer, target, rate, previous, kind, status, effective)
        for imposer in IMPOSERS:
            day = START
            for _ in range(3):  # baselines
                day += timedelta(days=rng.randint(30, 200))
                self.tariffs.append(
                    (imposer, "*", rng.choice([5, 10, 15]), None, "baseline", "in_force", day)
                )
            for target in rng.sample(COUNTRIES, 25):
                if target == imposer:
                    continue
                day, previous = START, None
                for _ in range(rng.randint(1, 4)):
                    day += timedelta(days=rng.randint(20, 150))
                    rate = rng.choice(RATES)
                    kind = rng.choice(["reciprocal", "retaliatory", "sectoral"])
                    status = (
                        "raised"
                        if previous and rate > previous
                        else rng.choice(["announced", "in_force"])
                    )
                    self.tariffs.append((imposer, target, rate, previous, kind, status, day))
                    previous = rate

    def article(self, i: int) -> tuple[str, Article]:
        """Article number i: its text, and the facts a perfect extractor would find."""
        rng = self.rng
        published = START + timedelta(days=rng.randint(0, 700))
        a, b = rng.sample(self.people, 2)
        on = published - timedelta(days=rng.randint(0, 2))
        mode = rng.choice(MODES)
        topics = rng.sample(TOPICS, rng.randint(1, 4))
        tariffs = rng.sample(self.tariffs, rng.randint(0, 2))
        lines = [f"date {published.isoformat()}"]
        first = (
            f"{country_name(a[2])}'s {a[1]} {a[0]} on {on.strftime('%A')} held a {mode} with "
            f"{demonym_of().get(b[2], country_name(b[2]))} {b[1]} {b[0]}, discussing {', '.join(topics)}."
        )
        lines.append(f"{country_name(a[2]).upper()}: {first}")
        sentences = []
        for imp, tgt, rate, prev, kind, _status, eff in tariffs:
            target = "all trading partners" if tgt == "*" else f"imports from {country_name(tgt)}"
            change = f" from {prev}%" if prev else ""
            s = (
                f"{country_name(imp)} said its {kind} tariff of {rate}%{change} on {target} "
                f"takes effect on {eff.strftime('%B %-d, %Y')}."
            )
            sentences.append(s)
            lines.append(s)
        lines.append(FILLER * rng.randint(3, 8) + f"(Report {i}.)")
        text = "\n\n".join(lines)
        body = text.split("\n\n", 1)[1]
        ev = Evidence(first, 0, len(first), a[0])
        art = Article(
            text=body,
            text_hash=hashlib.sha256(body.encode()).hexdigest(),
            title=first[:100],
            outlet=rng.choice(["Reuters", "AP", "Dawn", "Nikkei", None]),
            published=published.isoformat(),
            people=[
                Person(a[0], a[1], a[2], [a[0].split()[-1]], ev),
                Person(b[0], b[1], b[2], [], ev),
            ],
            contacts=[
                Contact(
                    sorted([a[0], b[0]]), mode, on.isoformat(), "day", topics=topics, evidence=ev
                )
            ],
            tariffs=[
                Tariff(
                    imp,
                    tgt,
                    rate,
                    kind,
                    "all goods",
                    status,
                    eff.isoformat(),
                    previous_pct=prev,
                    evidence=Evidence(s, 0, len(s), f"{rate}%"),
                )
                for (imp, tgt, rate, prev, kind, status, eff), s in zip(
                    tariffs, sentences, strict=True
                )
            ],
        )
        return text, art


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f} articles/s ({n:,} in {seconds:.1f} s)"


def bench_extract(texts: list[str]) -> None:
    t0 = time.perf_counter()
    for text in texts:
        extract(text)
    print(f"extraction:  {rate(len(texts), time.perf_counter() - t0)}")


def bench_ingest(texts: list[str], folder: Path) -> None:
    articles = [extract(t) for t in texts]
    with store.open(folder / "ingest.db") as db:
        t0 = time.perf_counter()
        for art in articles:
            db.ingest(art, store.Source(file_path="bench"))
        print(f"ingest:      {rate(len(articles), time.perf_counter() - t0)} (extracted articles)")


def build(world: World, path: Path, n: int, done: int = 0) -> None:
    with store.open(path) as db:
        t0 = time.perf_counter()
        for i in range(done, n):
            db.ingest(world.article(i)[1])
        took = time.perf_counter() - t0
    print(f"  built {n:,} articles ({n - done:,} added: {rate(n - done, took)})", file=sys.stderr)


def percentiles(samples: list[float]) -> str:
    q = statistics.quantiles(samples, n=100)
    return f"p50 {q[49]:.1f} ms, p95 {q[94]:.1f} ms"


def bench_queries(world: World, path: Path, size: int, queries: int) -> None:
    rng = random.Random(7)
    with store.open(path) as db:
        countries = [country_name(c).lower() for c in COUNTRIES]
        people = [
            p[0].split()[-1].lower() if rng.random() < 0.3 else p[0].lower() for p in world.people
        ]
        days = [f"2025-{m:02d}-15" for m in range(1, 13)]
        for label, command, pool in (
            ("/tariff", "/tariff", countries),
            ("/tariff as of", "/tariff", [f"{c} as of {d}" for c in countries for d in days]),
            ("/contacts", "/contacts", people),
            ("/contacts since", "/contacts", [f"{p} since {d}" for p in people for d in days]),
        ):
            answer(db, f"{command} {pool[0]}")  # warm the caches
            samples = []
            for _ in range(queries):
                t0 = time.perf_counter()
                answer(db, f"{command} {rng.choice(pool)}")
                samples.append((time.perf_counter() - t0) * 1000)
            print(f"{label:<15} at {size:>7,} articles: {percentiles(samples)} ({queries} queries)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--extract-n", type=int, default=2000, help="articles for extraction and ingest"
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=300, help="queries per card and size")
    parser.add_argument(
        "--dir", type=Path, help="keep the databases here (default: a temporary folder)"
    )
    args = parser.parse_args()

    world = World(random.Random(42))
    texts = [world.article(i)[0] for i in range(args.extract_n)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        bench_extract(texts)
        bench_ingest(texts, folder)
        path, done = folder / "cards.db", 0
        path.unlink(missing_ok=True)
        world = World(random.Random(42))  # the same people and tariffs, fresh article stream
        for size in sorted(args.sizes):
            build(world, path, size, done)
            done = size
            bench_queries(world, path, size, args.queries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
