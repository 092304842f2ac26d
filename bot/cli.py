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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="Newsdesk: facts from pasted news articles, as Slack cards.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help=_help(cmd_extract), description=cmd_extract.__doc__)
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt, .html, .md) or - for stdin")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, if the text lacks one")
    p.set_defaults(func=cmd_extract)
    return parser


def _help(fn) -> str:
    return (fn.__doc__ or "").strip().splitlines()[0]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except CliError as e:
        print(f"newsdesk {args.command}: {e}", file=sys.stderr)
        return e.code
    except KeyboardInterrupt:
        return 130
