"""What a contact was about: the subjects named around it."""

from __future__ import annotations

import re
from functools import lru_cache

from .vocab.countries import country_code
from .vocab.topics import TOPICS

DISCUSSED = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|talked\s+about|focused\s+on|focussed\s+on|exchanged\s+views\s+on|"
    r"reviewed|covered)\s+(?P<what>[^.;:\"“”()]{3,160})",
    re.I,
)
STOP_AT = re.compile(
    r"\b(?:with|in|during|at|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"according|said|says|the\s+(?:ministry|statement)|after|before|while|as|which|who|that|"
    r"following|amid|ahead)\b",
    re.I,
)
LEADING = re.compile(
    r"^(?:the|a|an|their|his|her|its|various|several|other|also|primarily|mainly)\s+", re.I
)


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, re.Pattern]]:
    return [(label, re.compile(p, re.I)) for label, p in TOPICS]


@lru_cache(maxsize=1)
def _combined() -> re.Pattern:
    """All topic patterns in one, a named group each: one pass over the text."""
    return re.compile("|".join(f"(?P<t{i}>{p})" for i, (_, p) in enumerate(TOPICS)), re.I)


def find_topics(text: str) -> list[str]:
    """Subjects named in ``text``, most specific first, without repeats.

    >>> find_topics("They discussed bilateral relations, regional security and economic cooperation.")
    ['bilateral relations', 'regional security', 'economic cooperation']
    >>> find_topics("He stressed cooperation in trade, investment and counter-terrorism.")
    ['counter-terrorism', 'trade', 'investment']
    >>> find_topics("The weather was fine.")
    []
    """
    return list(_find_topics(text))


@lru_cache(maxsize=1024)
def _find_topics(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for m in DISCUSSED.finditer(text):
        what = STOP_AT.split(m.group("what"))[0]
        for part in re.split(r",\s*|\s+and\s+|\s+as\s+well\s+as\s+", what):
            part = LEADING.sub("", part.strip(" ,")).strip()
            part = LEADING.sub("", part)
            if not _canonical(part) and (
                country_code(part) or (part[:1].isupper() and len(part.split()) == 1)
            ):
                continue  # "between the United States and Pakistan": a country, not a subject
            if (
                1 <= len(part.split()) <= 6
                and not re.search(r"\d", part)
                and part.lower() not in ("it", "them", "this", "that")
            ):
                label = _canonical(part) or part
                if label not in out:
                    out.append(label)
    if _combined().search(text):  # one pass tells whether any subject is named at all
        for label, pattern in _compiled():
            if label not in out and pattern.search(text):
                out.append(label)
    return tuple(_drop_covered(out))


GENERIC_TAIL = re.compile(
    r"\s+(?:cooperation|co-operation|issues?|matters|efforts|situation|policy|policies|ties|links|relations)$",
    re.I,
)


def _canonical(phrase: str) -> str | None:
    """The label a phrase names: "counter-terrorism cooperation" is counter-terrorism."""
    for candidate in (phrase, GENERIC_TAIL.sub("", phrase)):
        for label, pattern in _compiled():
            m = pattern.search(candidate)
            if m and m.end() - m.start() >= len(candidate) - 2:
                return label
    return None


def _drop_covered(labels: list[str]) -> list[str]:
    """Drop "security" when "regional security" is there too."""
    return [x for x in labels if not any(x != y and x in y for y in labels)]
