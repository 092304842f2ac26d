"""Word tokens with offsets, enough for reading names and titles."""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = re.compile(
    r"""
    (?:[^\W\d_]\.){2,}                 # U.S. / U.K. / U.S.A.
  | \w+(?:[’'\-]\w+)*(?:[’']s?)?        # words, hyphenated words, possessives
  | \S                                 # any other single character
    """,
    re.VERBOSE,
)
ABBREV_DOT = frozenset(
    "mr mrs ms dr gen lt col maj capt sgt adm gov sen rep prof hon rev st jr sr no".split()
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def possessive(self) -> bool:
        return self.text.endswith(("’s", "'s", "s’", "s'")) and len(self.text) > 2

    @property
    def base(self) -> str:
        """The word without a possessive ending: "Japan’s" -> "Japan"."""
        t = self.text
        if t.endswith(("’s", "'s")):
            return t[:-2]
        if t.endswith(("s’", "s'")):
            return t[:-1]
        return t

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str) -> list[Token]:
    """Tokens of a sentence; abbreviation dots stay with their word.

    >>> [t.text for t in tokenize("Mr. Dar met U.S. envoy J. Smith’s aide, Lt. Col. Bo.")]
    ['Mr.', 'Dar', 'met', 'U.S.', 'envoy', 'J.', 'Smith’s', 'aide', ',', 'Lt.', 'Col.', 'Bo', '.']
    """
    out: list[Token] = []
    for m in TOKEN.finditer(text):
        tok = Token(m.group(0), m.start(), m.end())
        if tok.text == "." and out:
            prev = out[-1]
            if (
                prev.end == tok.start
                and (prev.low in ABBREV_DOT or (len(prev.text) == 1 and prev.text.isupper()))
                and m.end() < len(text.rstrip())
            ):
                out[-1] = Token(prev.text + ".", prev.start, tok.end)
                continue
        out.append(tok)
    return out
