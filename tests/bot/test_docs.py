"""The README, .env.example and .ci/run agree with the code."""

from __future__ import annotations

import re
from pathlib import Path

from bot.cli import build_parser
from bot.settings import ENV_VARS
from handlers.commands import commands

ROOT = Path(__file__).resolve().parent.parent.parent
README = (ROOT / "README.md").read_text()


def subcommands() -> dict:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


def test_every_cli_command_has_help_and_is_in_the_readme():
    for name, sub in subcommands().items():
        assert sub.description, f"{name} has no docstring"
        assert f"newsdesk {name}" in README, f"README does not show `newsdesk {name}`"


def test_every_chat_command_is_in_the_readme():
    for cmd in commands():
        assert cmd.usage.split(":")[0] in README


def test_env_example_lists_every_variable_with_a_comment():
    lines = (ROOT / ".env.example").read_text().splitlines()
    names = [m.group(1) for line in lines if (m := re.match(r"([A-Z_]+)=", line))]
    assert names == list(ENV_VARS)
    for i, line in enumerate(lines):
        if re.match(r"[A-Z_]+=", line):
            assert lines[i - 1].startswith("# "), f"{line} has no comment"


def test_ci_runs_the_readme_test_command():
    command = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"
    assert command in README
    assert (
        "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/newsdesk console"
        in README
    )
    ci = (ROOT / ".ci" / "run").read_text()
    assert command.replace("pip install -e", "pip install -q -e") in ci
