"""Data flows one way: store imports only extract's data classes; nothing imports bot."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def imported(package: str) -> set[str]:
    names = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
    return names


def test_store_imports_only_the_extract_data_classes():
    ours = {m for m in imported("store") if m.split(".")[0] in {"extract", "handlers", "bot"}}
    assert ours == {"extract.model"}


@pytest.mark.parametrize(
    "package",
    [
        "extract",  # pure text to facts
        "store",  # the database
        "handlers",  # commands and cards
    ],
)
def test_nothing_imports_bot(package):
    assert not {m for m in imported(package) if m.split(".")[0] == "bot"}
