"""The `newsdesk` command line.

Each sub-command is a function named ``cmd_<name>``; the first line of its
docstring is its help. Errors are one clear line on stderr and a non-zero
exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

CONSOLE_HELP = """\
Newsdesk console. Database: {db} ({articles}).
Type a command (/tariff pakistan, /contacts rubio, /who dar, help) and press Enter,
or paste an article and end the paste with a line holding just "." (or Ctrl-D).
Type "quit" (or Ctrl-D on an empty prompt) to leave."""
PASTE_END = "."
CONSOLE_TIP = (
    'To try Newsdesk without Slack: `newsdesk console` (or `newsdesk ask "/tariff pakistan"`).'
)
QUIT = {"quit", "exit", "q", ":q"}


class CliError(Exception):
    """A problem to report in one line, with exit status ``code``."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def read_input(path: str) -> str:
    """Text of an article file (or stdin for '-'), decoded and checked."""
    from extract.text import ExtractError, decode, html_to_text

    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"{path}: is a folder, not a file") from None
    except OSError as e:
        raise CliError(f"{path}: cannot read ({e.strerror})") from None
    try:
        text = decode(data)
    except ExtractError as e:
        raise CliError(f"{path}: {e}") from None
    if path.lower().endswith((".html", ".htm")):
        text = html_to_text(text)
    return text


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the facts in article files as JSON lines (no database)."""
    from extract import extract
    from extract.text import ExtractError

    status = 0
    for path in args.paths:
        try:
            article = extract(read_input(path), published=args.published)
        except CliError as e:
            print(f"newsdesk extract: {e}", file=sys.stderr)
            status = 1
            continue
        except ExtractError as e:
            print(f"newsdesk extract: {path}: {e}", file=sys.stderr)
            status = 1
            continue
        print(json.dumps({"file": path, **article.to_json()}, ensure_ascii=False))
    return status


def open_store(args: argparse.Namespace):
    """The database named by --db, else NEWSDESK_DB, else newsdesk.db."""
    import store

    from .settings import Settings

    path = args.db or Settings.from_env().db
    try:
        return store.open(path)
    except store.StoreError as e:
        raise CliError(str(e)) from None


def cmd_ingest(args: argparse.Namespace) -> int:
    """Read article files (.txt, .html, .md, or - for stdin) into the database."""
    from tqdm import tqdm

    from handlers import ingest_text
    from store import Source

    db = open_store(args)
    new = already = facts = failed = alerts = 0
    bar = tqdm(
        args.paths, unit="article", file=sys.stderr, disable=not sys.stderr.isatty(), leave=False
    )
    for path in bar:
        try:
            text = read_input(path)
        except CliError as e:
            bar.write(f"newsdesk ingest: {e}", file=sys.stderr)
            failed += 1
            continue
        source = Source(file_path=None if path == "-" else str(Path(path).resolve()))
        out = ingest_text(db, text, source=source)
        if out.status == "error":
            bar.write(f"newsdesk ingest: {path}: {out.error}", file=sys.stderr)
            failed += 1
        elif out.status == "already":
            already += 1
            if args.verbose:
                bar.write(f"{path}: already ingested")
        else:
            new += 1
            facts += out.facts_added
            alerts += out.result.watch_alerts if out.result else 0
            if args.verbose:
                bar.write(f"{path}: new, {out.facts_added} facts added")
    bar.close()
    summary = f"{new} new, {already} already known, {facts} facts added"
    if alerts:
        summary += f", {alerts} watch alert{'' if alerts == 1 else 's'} queued for `newsdesk run`"
    if failed:
        summary += f", {failed} could not be read"
    print(summary)
    return 1 if failed else 0


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer one command as Slack would ("/tariff pakistan") and print the card."""
    from handlers import answer

    text = " ".join(args.text)
    reply = answer(open_store(args), text, tz=_tz())
    if args.json:
        print(
            json.dumps({"blocks": reply.blocks, "text": reply.text}, ensure_ascii=False, indent=2)
        )
    else:
        print(reply.as_text(), end="")
    return 0


def _tz():
    """NEWSDESK_TZ, for what "today" and "yesterday" mean in /digest."""
    from .settings import Settings, SettingsError

    try:
        return Settings.from_env().tz
    except SettingsError as e:
        raise CliError(str(e), 2) from None


def cmd_export_corrections(args: argparse.Namespace) -> int:
    """Write every corrected article as NAME.txt plus NAME.json (gold schema, corrections applied)."""
    from handlers.corrections import export_corrections

    db = open_store(args)
    folder = Path(args.folder)
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder} is a file, not a folder")
    if not folder.parent.exists():
        raise CliError(f"cannot create {folder}: folder {folder.parent} does not exist")
    try:
        written = export_corrections(db, folder)
    except OSError as e:
        raise CliError(f"{folder}: cannot write ({e.strerror})") from None
    n = len(written)
    print(f"{n} corrected article{'' if n == 1 else 's'} written to {folder}")
    return 0


def cmd_console(args: argparse.Namespace) -> int:
    """A local shell over the same handlers: type commands, paste articles."""
    from handlers import answer, ingest_text, is_command
    from store import StoreError

    db = open_store(args)
    tz = _tz()
    interactive = sys.stdin.isatty()
    totals = db.totals()
    print(
        CONSOLE_HELP.format(
            db=db.path, articles=f"{totals.articles} article{'' if totals.articles == 1 else 's'}"
        )
    )

    def read(prompt: str) -> str | None:
        try:
            if interactive:
                return input(prompt)
            line = sys.stdin.readline()
            return line.rstrip("\n") if line else None
        except EOFError:
            return None

    while True:
        line = read("newsdesk> ")
        if line is None:
            break
        if not line.strip():
            continue
        if line.strip().lower() in QUIT:
            break
        try:
            if is_command(line):
                print(answer(db, line, tz=tz).as_text())
                continue
            print(f'(pasting an article: end with a line holding just "{PASTE_END}" or Ctrl-D)')
            lines = [line]
            while (more := read("... ")) is not None and more.strip() != PASTE_END:
                lines.append(more)
            print(ingest_text(db, "\n".join(lines)).reply.as_text())
        except KeyboardInterrupt:
            print("(cancelled)")
        except StoreError as e:
            print(f"newsdesk console: {e}", file=sys.stderr)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Run the Slack bot: Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT (the default command)."""
    from slack_bolt.error import BoltError

    from .app import build_app
    from .logs import setup_logging
    from .settings import Settings, SettingsError

    settings = Settings.from_env()
    try:
        mode = settings.slack_mode()
    except SettingsError as e:
        print(f"newsdesk run: {e}\n{CONSOLE_TIP}", file=sys.stderr)
        return 2
    try:
        settings.check_digest()
    except SettingsError as e:
        print(f"newsdesk run: {e}", file=sys.stderr)
        return 2
    setup_logging()
    db = open_store(args)
    try:
        app = build_app(settings, db, mode=mode)
    except BoltError as e:
        raise CliError(f"Slack did not accept SLACK_BOT_TOKEN ({_bolt_reason(e)})", 2) from None
    scheduler = make_scheduler(settings, db, app.client)
    if mode == "socket":
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        print(f"Newsdesk is running in Socket Mode. Database: {db.path}", flush=True)
        print(scheduler.describe(), flush=True)
        scheduler.start()
        SocketModeHandler(app, settings.app_token, web_client=app.client).start()
        return 0
    from .server import PATH, make_http_server

    try:
        server = make_http_server(app, settings.host, settings.port)
    except OSError as e:
        raise CliError(f"cannot listen on {settings.host}:{settings.port} ({e.strerror})") from None
    host, port = server.server_address[:2]
    print(
        f"Newsdesk is listening on http://{host}:{port}{PATH} (HTTP mode). Database: {db.path}",
        flush=True,
    )
    print(scheduler.describe(), flush=True)
    scheduler.start()
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        scheduler.stop()
        server.server_close()
    return 0


def make_scheduler(settings, db, client):
    """The daily digest and watch alerts of `newsdesk run` (bot.scheduler)."""
    import logging
    from datetime import datetime

    from .scheduler import Scheduler, clock_from, system_clock

    clock = system_clock
    if settings.test_now:  # tests only: the clock starts at NEWSDESK_TEST_NOW
        try:
            start = datetime.fromisoformat(settings.test_now)
        except ValueError:
            raise CliError(
                f"NEWSDESK_TEST_NOW is not an ISO time: {settings.test_now}", 2
            ) from None
        if start.tzinfo is None:
            start = start.replace(tzinfo=settings.tz)
        clock = clock_from(start)
        logging.getLogger("newsdesk").warning(
            "NEWSDESK_TEST_NOW is set: the scheduler's clock starts at %s (for tests only)",
            start.isoformat(),
        )
    return Scheduler(
        db,
        client,
        channel=settings.digest_channel,
        at=settings.digest_time,
        tz=settings.tz,
        skip_empty=settings.digest_skip_empty,
        clock=clock,
    )


def cmd_digest(args: argparse.Namespace) -> int:
    """Print the digest of a day (default yesterday, in NEWSDESK_TZ); --post sends it to the digest channel."""
    from datetime import UTC, datetime

    from handlers.commands import Usage
    from handlers.digest import (
        digest_reply,
        parse_period,
        send_digest,
        send_scheduled_digest,
        today_in,
    )

    from .settings import Settings, SettingsError

    settings = Settings.from_env()
    try:
        tz = settings.tz
    except SettingsError as e:
        raise CliError(str(e), 2) from None
    now = datetime.now(UTC)
    try:
        first, last = parse_period(args.date or "yesterday", today_in(tz, now))
    except (Usage, ValueError):
        raise CliError(
            f"--date must be a day such as 2025-04-07 (or today, yesterday, week), not “{args.date}”",
            2,
        ) from None
    db = open_store(args)
    if not args.post:
        print(digest_reply(db, first, last, tz, limit=None).as_text(), end="")
        return 0
    if not settings.digest_channel:
        raise CliError("--post needs NEWSDESK_DIGEST_CHANNEL: the channel id to post to", 2)
    if not settings.bot_token.startswith("xoxb-"):
        raise CliError("--post needs SLACK_BOT_TOKEN, the bot token (xoxb-…)", 2)
    from .app import web_client
    from .logs import setup_logging

    setup_logging()
    client = web_client(settings)
    channel = settings.digest_channel
    if args.date:
        out = send_digest(
            db, client, channel, first, last, now=now, tz=tz, skip_empty=settings.digest_skip_empty
        )
    else:
        out = send_scheduled_digest(
            db, client, channel, now=now, tz=tz, skip_empty=settings.digest_skip_empty
        )
    said = {
        "posted": f"Posted the digest for {out.day} to {channel} (message {out.message_ts}).",
        "skipped": f"Nothing new for {out.day}; not posted (NEWSDESK_DIGEST_SKIP_EMPTY is set).",
        "done": f"The digest for {out.day} was already sent to {channel} ({out.detail}"
        + (f", message {out.message_ts}" if out.message_ts else "")
        + "); not posted again.",
        "busy": f"Another Newsdesk process is posting the digest for {out.day} to {channel} now.",
        "failed": f"Slack refused the digest for {out.day}: {out.detail}.",
        "unknown": f"The digest for {out.day} may have been posted by an earlier attempt; "
        "not posted again (see the log).",
        "retry": f"Slack could not be reached ({out.detail}); the digest for {out.day} was not "
        "posted. Try again in a few minutes.",
    }[out.state]
    print(said)
    return 0 if out.state in ("posted", "skipped", "done") else 1


def _bolt_reason(error: Exception) -> str:
    """The Slack error code in a BoltError about auth.test ("invalid_auth"), else its first line."""
    import re

    from .logs import redact

    m = re.search(r"'error': '([a-z_]+)'", str(error))
    return m.group(1) if m else redact(str(error).splitlines()[0])[:200]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="Newsdesk: facts from pasted news articles, as Slack cards.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $NEWSDESK_DB, else newsdesk.db)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help=_help(cmd_extract), description=cmd_extract.__doc__)
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files (.txt, .html, .md) or - for stdin"
    )
    p.add_argument(
        "--published", metavar="YYYY-MM-DD", help="publication date, if the text lacks one"
    )
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help=_help(cmd_ingest), description=cmd_ingest.__doc__)
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files (.txt, .html, .md) or - for stdin"
    )
    p.add_argument("-v", "--verbose", action="store_true", help="one line per file")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("ask", help=_help(cmd_ask), description=cmd_ask.__doc__)
    p.add_argument("text", nargs="+", metavar="TEXT", help='a command, e.g. "/tariff pakistan"')
    p.add_argument("--json", action="store_true", help="print the Block Kit JSON instead of text")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("console", help=_help(cmd_console), description=cmd_console.__doc__)
    p.set_defaults(func=cmd_console)

    p = sub.add_parser(
        "export-corrections",
        help=_help(cmd_export_corrections),
        description=cmd_export_corrections.__doc__,
    )
    p.add_argument("folder", metavar="DIR", help="folder to write NAME.txt and NAME.json into")
    p.set_defaults(func=cmd_export_corrections)

    p = sub.add_parser("digest", help=_help(cmd_digest), description=cmd_digest.__doc__)
    p.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the day (or today, yesterday, week); default yesterday, in NEWSDESK_TZ",
    )
    p.add_argument(
        "--post",
        action="store_true",
        help="send it to NEWSDESK_DIGEST_CHANNEL (once per day: a digest already sent is not sent again)",
    )
    p.set_defaults(func=cmd_digest)

    p = sub.add_parser("run", help=_help(cmd_run), description=cmd_run.__doc__)
    p.set_defaults(func=cmd_run)
    return parser


def _help(fn) -> str:
    return (fn.__doc__ or "").strip().splitlines()[0]


def main(argv: list[str] | None = None) -> int:
    from store import StoreError

    from .settings import load_env

    load_env()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):  # no command: run the bot
        args.func, args.command = cmd_run, "run"
    try:
        return args.func(args)
    except (CliError, StoreError) as e:
        print(f"newsdesk {args.command}: {e}", file=sys.stderr)
        return getattr(e, "code", 1)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
