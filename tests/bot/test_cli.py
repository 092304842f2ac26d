"""The real `newsdesk` command, run as a user would (python -m bot)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import store

FIXTURES = Path(__file__).parent.parent / "fixtures" / "cli"
ARTICLES = sorted(str(p) for p in FIXTURES.iterdir())
SEED = Path("/work/shared/seed/dar-rubio-call.txt")


def newsdesk(
    *args: str,
    db: Path | None,
    cwd: Path,
    stdin: str | bytes | None = None,
    env: dict | None = None,
):
    environ = {k: v for k, v in os.environ.items() if k != "NEWSDESK_DB"}
    if db is not None:
        environ["NEWSDESK_DB"] = str(db)
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin.encode() if isinstance(stdin, str) else stdin,
        capture_output=True,
        cwd=cwd,
        env=environ,
        timeout=60,
    )


def out(result) -> str:
    return result.stdout.decode()


def err(result) -> str:
    return result.stderr.decode()


def test_ingest_files_then_again(db_path, tmp_path):
    first = newsdesk("ingest", *ARTICLES, db=db_path, cwd=tmp_path)
    assert first.returncode == 0, err(first)
    assert re.fullmatch(rf"{len(ARTICLES)} new, 0 already known, \d+ facts added\n", out(first))
    again = newsdesk("ingest", *ARTICLES, db=db_path, cwd=tmp_path)
    assert out(again) == f"0 new, {len(ARTICLES)} already known, 0 facts added\n"
    with store.open(db_path) as s:
        assert s.totals().articles == len(ARTICLES)
        html = s.search_articles("semiconductors")
        assert [a.title for a in html] == ["Seoul and Tokyo hold trade talks"]  # .html read as text


def test_ingest_from_stdin(db_path, tmp_path):
    text = (FIXTURES / "brussels-ev.txt").read_text()
    result = newsdesk("ingest", "-", db=db_path, cwd=tmp_path, stdin=text)
    assert result.returncode == 0 and out(result).startswith("1 new, 0 already known")


@pytest.mark.parametrize(
    "setup, args, message",
    [
        # a file that is not there
        (lambda tmp: None, ["ingest", "nope.txt"], "nope.txt: no such file"),
        # an empty file
        (
            lambda tmp: (tmp / "empty.txt").write_text(""),
            ["ingest", "empty.txt"],
            "there is no text to read",
        ),
        # binary data
        (
            lambda tmp: (tmp / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"),
            ["ingest", "photo.txt"],
            "binary",
        ),
        # a folder instead of a file
        (lambda tmp: (tmp / "folder").mkdir(), ["ingest", "folder"], "is a folder"),
    ],
)
def test_ingest_errors_are_one_line(db_path, tmp_path, setup, args, message):
    setup(tmp_path)
    result = newsdesk(*args, db=db_path, cwd=tmp_path)
    assert result.returncode == 1
    lines = err(result).splitlines()
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("newsdesk ingest: ")
    assert out(result).endswith("could not be read\n")


@pytest.mark.parametrize(
    "make_db, message",
    [
        # NEWSDESK_DB is a folder
        (lambda tmp: tmp, "is a folder, not a database file"),
        # NEWSDESK_DB is a text file
        (
            lambda tmp: (tmp / "notes.txt").write_text("hello") and tmp / "notes.txt",
            "is not a SQLite database",
        ),
        # NEWSDESK_DB is in a folder that does not exist
        (lambda tmp: tmp / "no" / "such.db", "does not exist"),
    ],
)
@pytest.mark.parametrize(
    "command",
    [
        ["ask", "help"],  # answering
        ["ingest", str(FIXTURES / "ottawa-call.txt")],  # writing
        ["console"],  # the shell
    ],
)
def test_unusable_database_is_one_line_error(tmp_path, make_db, message, command):
    result = newsdesk(*command, db=make_db(tmp_path), cwd=tmp_path, stdin="")
    assert result.returncode == 1
    assert len(err(result).splitlines()) == 1 and message in err(result)
    assert "Traceback" not in err(result)


@pytest.fixture
def seeded_db(db_path, seed_article):
    with store.open(db_path) as s:
        s.ingest(
            seed_article, store.Source(slack_permalink="https://news.slack.com/archives/C1/p1")
        )
    return db_path


def test_ask_prints_the_card_as_text(seeded_db, tmp_path):
    result = newsdesk("ask", "/tariff pakistan", db=seeded_db, cwd=tmp_path)
    assert result.returncode == 0
    lines = out(result).splitlines()
    assert lines[0] == "Tariffs on Pakistan"
    assert (
        "United States → Pakistan  29% reciprocal, all goods, from 2025-04-09 (announced)" in lines
    )
    assert lines[-1] == "  Based on 1 article, latest 2025-04-07"


def test_ask_json_prints_block_kit(seeded_db, tmp_path):
    result = newsdesk("ask", "--json", "contacts", "rubio", db=seeded_db, cwd=tmp_path)
    reply = json.loads(out(result))
    assert reply["blocks"][0]["text"]["text"] == "Contacts"
    assert reply["blocks"][2]["text"]["text"].startswith("*2025-04-07*  call with *Ishaq Dar*")
    assert "<https://news.slack.com/archives/C1/p1|" in reply["blocks"][3]["elements"][0]["text"]


def test_console_answers_commands_and_takes_a_paste(seeded_db, tmp_path):
    paste = (FIXTURES / "mexico-city-call.txt").read_text().rstrip("\n")
    session = f"/tariff pak\n\n{paste}\n.\nwho is dar\nquit\n/tariff never reached\n"
    result = newsdesk("console", db=seeded_db, cwd=tmp_path, stdin=session)
    text = out(result)
    assert result.returncode == 0, err(result)
    assert 'end the paste with a line holding just "."' in text
    assert (
        text.index("Tariffs on Pakistan") < text.index("Article added") < text.index("Who is this")
    )
    assert "never reached" not in text
    with store.open(seeded_db) as s:
        assert s.totals().articles == 2


def test_console_ends_a_paste_at_end_of_input(db_path, tmp_path):
    result = newsdesk(
        "console", db=db_path, cwd=tmp_path, stdin="Ministers met on Monday.\nThey talked."
    )
    assert "Article added" in out(result)


def test_dotenv_sets_the_database_and_real_env_wins(tmp_path):
    (tmp_path / ".env").write_text("NEWSDESK_DB=from-dotenv.db\n")
    newsdesk("ingest", str(FIXTURES / "ottawa-call.txt"), db=None, cwd=tmp_path)
    assert (tmp_path / "from-dotenv.db").exists()
    newsdesk("ingest", str(FIXTURES / "ottawa-call.txt"), db=tmp_path / "from-env.db", cwd=tmp_path)
    assert (tmp_path / "from-env.db").exists()


def test_no_command_runs_the_bot_which_says_what_slack_needs(tmp_path):
    no_slack = {k: "" for k in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET")}
    result = newsdesk(db=None, cwd=tmp_path, env=no_slack)
    assert result.returncode == 2
    assert "missing SLACK_BOT_TOKEN" in err(result)
    assert "newsdesk console" in err(result)


def test_help_lists_every_command(tmp_path):
    result = newsdesk("--help", db=None, cwd=tmp_path)
    assert result.returncode == 0
    for command in ("extract", "ingest", "ask", "console", "run"):
        assert command in out(result)


@pytest.fixture
def seed_db(db_path, tmp_path):
    assert newsdesk("ingest", str(SEED), db=db_path, cwd=tmp_path).returncode == 0
    return db_path


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not on this machine")
def test_seed_article_contacts_from_both_sides(seed_db, tmp_path):
    rubio = out(newsdesk("ask", "/contacts rubio", db=seed_db, cwd=tmp_path))
    assert "Marco Rubio — Secretary of State, United States" in rubio
    assert "2025-04-07  call with Ishaq Dar (Foreign Minister, Pakistan)" in rubio
    assert re.search(r"Topics: .*counter-terrorism.*trade", rubio)
    assert "dar-rubio-call.txt" in rubio  # the source
    dar = out(newsdesk("ask", "/contacts dar", db=seed_db, cwd=tmp_path))
    assert "2025-04-07  call with Marco Rubio (Secretary of State, United States)" in dar
    again = newsdesk("ingest", str(SEED), db=seed_db, cwd=tmp_path)
    assert out(again) == "0 new, 1 already known, 0 facts added\n"


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not on this machine")
def test_seed_article_tariffs(seed_db, tmp_path):
    tariff = out(newsdesk("ask", "/tariff pakistan", db=seed_db, cwd=tmp_path))
    # the article never calls the 29% "reciprocal", so the card does not either
    assert re.search(
        r"United States → Pakistan  29% reciprocal, all goods, from 2025-04-09 \(announced\)",
        tariff,
    )
    assert re.search(
        r"United States → all partners  10% baseline.*from 2025-04-05 \(in force\)", tariff
    )
    assert "dar-rubio-call.txt" in tariff


def test_fixture_articles_end_to_end_contacts(db_path, tmp_path):
    assert newsdesk("ingest", *ARTICLES, db=db_path, cwd=tmp_path).returncode == 0
    # two articles report the same Varga-Ibarra call: one contact, two sources
    varga = out(newsdesk("ask", "/contacts varga", db=db_path, cwd=tmp_path))
    assert "2025-03-11  call with Tomas Ibarra (Foreign Secretary, Mexico)" in varga
    assert "(+1 more source)" in varga
    assert "Based on 2 articles, latest 2025-03-13" in varga
    ibarra = out(newsdesk("ask", "/who ibarra", db=db_path, cwd=tmp_path))
    assert "Contacts recorded: 1" in ibarra


def test_fixture_articles_end_to_end_tariffs(db_path, tmp_path):
    assert newsdesk("ingest", *ARTICLES, db=db_path, cwd=tmp_path).returncode == 0
    canada = out(newsdesk("ask", "/tariff canada", db=db_path, cwd=tmp_path))
    assert re.search(r"United States → Canada  25% .*steel.*from 2025-03-12", canada)
    china = out(newsdesk("ask", "/tariff china", db=db_path, cwd=tmp_path))
    assert re.search(r"European Union → China  35% \(was 20%\).*from 2025-06-01", china)
    assert "3%" not in china and "6%" not in canada  # growth figures are not tariffs


# -- issue 5, "Done means" 2 and 3, with articles written for the tests -------------

ISSUE5 = Path(__file__).parent.parent / "fixtures" / "issue5"
US_READOUT = ISSUE5 / "us-readout-rubio-dar.txt"  # the same call, from Washington
PAUSE = ISSUE5 / "us-pauses-pakistan-tariff.txt"  # the 29% paused at 10% on 2025-04-10


@pytest.fixture
def issue5_db(db_path, tmp_path):
    result = newsdesk("ingest", str(SEED), str(US_READOUT), str(PAUSE), db=db_path, cwd=tmp_path)
    assert result.returncode == 0, err(result)
    return db_path


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not on this machine")
def test_both_sides_of_the_call_are_one_contact_with_two_sources(issue5_db, tmp_path):
    rubio = out(newsdesk("ask", "/contacts rubio", db=issue5_db, cwd=tmp_path))
    assert len(re.findall(r"^\d{4}-\d{2}-\d{2}  ", rubio, re.M)) == 1  # one contact
    assert "2025-04-07  call with Ishaq Dar (Foreign Minister, Pakistan)" in rubio
    assert "(+1 more source)" in rubio  # two sources
    assert "Based on 2 articles, latest 2025-04-07" in rubio
    # the Pakistani readout names critical minerals, the US one does not
    assert re.search(
        r"The report from Islamabad mentions [^;\n]*critical minerals[^;\n]*; "
        r"the report from Washington does not\.",
        rubio,
    )
    with store.open(issue5_db) as s:
        [contact], total = s.contacts_of(s.people_by_key("marco rubio")[0].id)
        assert total == 1 and contact.n_sources == 2


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not on this machine")
def test_a_later_pause_extends_the_tariff_chain(issue5_db, tmp_path):
    now = out(newsdesk("ask", "/tariff pakistan", db=issue5_db, cwd=tmp_path))
    assert re.search(r"^United States → Pakistan  10% while the 29% is paused", now, re.M)
    assert re.search(
        r"^History: (announced )?29% .*from 2025-04-09 \(.*\) → paused at 10% from 2025-04-10 \(.*\)$",
        now,
        re.M,
    )
    assert now.count("United States → Pakistan") == 1  # one measure, not rival facts
    before = out(newsdesk("ask", "/tariff pakistan as of 2025-04-09", db=issue5_db, cwd=tmp_path))
    assert before.startswith("Tariffs on Pakistan on 2025-04-09\n")
    assert re.search(r"^United States → Pakistan  29% .*from 2025-04-09", before, re.M)
    assert "Later: paused at 10% from 2025-04-10" in before
    after = out(newsdesk("ask", "/tariff pakistan as of 2025-05-01", db=issue5_db, cwd=tmp_path))
    assert re.search(r"^United States → Pakistan  10% while the 29% is paused", after, re.M)
    ahead = out(newsdesk("ask", "/tariff pakistan as of 2025-04-08", db=issue5_db, cwd=tmp_path))
    assert re.search(
        r"Not yet in force on 2025-04-08: United States → Pakistan (announced )?29%", ahead
    )


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not on this machine")
def test_export_corrections_writes_gold_files(issue5_db, tmp_path):
    from handlers.corrections import apply_correction

    with store.open(issue5_db) as s:
        [contact], _ = s.contacts_of(s.people_by_key("marco rubio")[0].id)
        done = apply_correction(
            s, contact.ref, {"topics": "counter-terrorism, trade"}, user="U0ADMIN", admins="U0ADMIN"
        )
        assert done.ok, done.errors
    result = newsdesk("export-corrections", "gold", db=issue5_db, cwd=tmp_path)
    assert (result.returncode, out(result)) == (0, "2 corrected articles written to gold\n")
    names = sorted(p.name for p in (tmp_path / "gold").iterdir())
    assert len(names) == 4 and all(n.startswith("a0000") for n in names)
    readout = next((tmp_path / "gold").glob("*secretary-rubio*.json"))
    gold = json.loads(readout.read_text())
    assert gold["published"] == "2025-04-07"
    [call] = gold["contacts"]
    assert (call["participants"], call["date"], call["topics"]) == (
        ["Ishaq Dar", "Marco Rubio"],
        "2025-04-07",
        ["counter-terrorism", "trade"],  # as corrected
    )
    # the .txt reads back as the same article
    again = newsdesk("extract", str(readout.with_suffix(".txt")), db=None, cwd=tmp_path)
    assert json.loads(out(again))["published"] == "2025-04-07"


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda tmp: (tmp / "taken").write_text("x"), "taken is a file, not a folder"),  # a file
        (lambda tmp: None, "does not exist"),  # a missing parent folder
    ],
)
def test_export_corrections_errors_are_one_line(db_path, tmp_path, setup, message):
    setup(tmp_path)
    target = "taken" if "file" in message else "no/such/dir"
    result = newsdesk("export-corrections", target, db=db_path, cwd=tmp_path)
    assert result.returncode == 1
    assert len(err(result).splitlines()) == 1 and message in err(result)
