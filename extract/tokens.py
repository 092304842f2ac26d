"""Word tokens with offsets, enough for reading names and titles."""

from __future__ import annotations

import re

TOKEN = re.compile(
    r"""
    (?:[^\W\d_]\.){2,}                 # U.S. / U.K. / U.S.A.
  | \w+(?:-(?:[^\W\d_]\.){2,})          # Canada-U.S.
  | \w+(?:[’'\-]\w+)*(?:[’']s?)?        # words, hyphenated words, possessives
  | \S                                 # any other single character
    """,
    re.VERBOSE,
)
ABBREV_DOT = frozenset(
    "mr mrs ms dr gen lt col maj capt sgt adm gov sen rep prof hon rev st jr sr no ma md mohd muhd".split()
)


class Token:
    """One word or mark, with its offsets in the sentence and the views of it the readers use."""

    __slots__ = ("text", "start", "end", "low", "possessive", "base", "cap", "word")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()
        self.possessive = text.endswith(("’s", "'s", "s’", "s'")) and len(text) > 2
        if text.endswith(("’s", "'s")):
            self.base = text[:-2]  # "Japan’s" -> "Japan"
        elif text.endswith(("s’", "s'")):
            self.base = text[:-1]
        else:
            self.base = text
        self.cap = text[:1].isupper()
        self.word = text[:1].isalnum()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end) == (
            other.text,
            other.start,
            other.end,
        )

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))


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
