"""Article metadata: publication date, dateline, title, outlet and URL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .dates import DATE_PHRASE, as_date, parse_absolute
from .vocab.countries import dateline_country
from .vocab.homes import HOME_PATTERNS
from .vocab.outlets import OUTLETS

# The layout of the seed and corpus files: a first line "date YYYY-MM-DD".
DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")

# Wire headers: "MOSCOW, July 6 (Itar-Tass)", "Moscow, May 31 (IANS)",
# "BEIJING, September 19. /TASS/", "ANKARA (UrduPoint News / Sputnik - 11th December, 2019)".
_CITY = r"[A-Z][A-Za-z'.\-]+(?:\s+[A-Z][A-Za-z'.\-]+){0,2}"
WIRE_HEADER = re.compile(
    rf"""^(?P<city>{_CITY})                          # MOSCOW / New Delhi
        (?:,\s*(?P<date>[A-Z][a-z]+\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)\.?  # , July 6
           \s*(?:\((?P<wire1>[^)]{{2,40}})\)|/(?P<wire2>[^/]{{2,30}})/)  # (IANS) or /TASS/
         |\s*\((?P<wire3>[^)]{{2,80}})\))                              # ANKARA (Agency - date)
    """,
    re.VERBOSE | re.MULTILINE,
)
# "ISLAMABAD:" / "TOKYO:" / "New Delhi:" / "DUBAI -" opening a paragraph.
DATELINE = re.compile(
    # ("Mumbai/Chennai:": a story filed from two cities, kept when both are one country's)
    r"^(?P<city>[A-ZÀ-ÞĀ-ſḀ-ỿ][A-ZÀ-ÞĀ-ſḀ-ỿ .'\-]{2,30}(?:/[A-ZÀ-Þ][A-ZÀ-Þ .'\-]{2,30})?"
    r"|[A-ZÀ-Þ][a-zß-ÿ]+(?: [A-ZÀ-Þ][a-zß-ÿ]+)?(?:/[A-ZÀ-Þ][a-zß-ÿ]+(?: [A-ZÀ-Þ][a-zß-ÿ]+)?)?)"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?::|\s?[-–—]{1,2}\s)"
    # ("NEW DELHI" alone on its line above the first paragraph)
    r"|^(?P<alone>[A-ZÀ-Þ][A-ZÀ-Þ .'\-]{2,30})[ \t]*$",
    re.M,
)


def strip_dateline(text: str) -> str:
    """A paragraph without the place and date it opens on: "ROME – Giorgia Meloni returned"
    and "WASHINGTON, July 10 (Reuters) - Trump said" lose their heads."""
    wire = WIRE_HEADER.match(text)
    if wire:
        return re.sub(r"^\s*[-–—:]\s*", "", text[wire.end() :])
    head = DATELINE.match(text)
    return text[head.end() :].lstrip() if head and not head.group("alone") else text


# Labels a headline or paragraph may open with that read like "CITY:" but are no place.
KICKERS = frozenset(
    """explainer analysis opinion comment exclusive factbox fact-box update breaking editorial
    interview review briefing insight feature column timeline profile watch live correction
    q&a""".split()
) | {"fact check", "news analysis", "market wrap", "first take", "big read"}
URL = re.compile(r"https?://[^\s<>\"')\]]+")
CAPTION = re.compile(
    r"(?:\((?:left|right|centre|center|file|reuters file|photo)\)|/File\b|\bFile photo\b|—\s*\w+/)",
    re.I,
)


@dataclass
class Meta:
    text: str  # the article text with the "date" layout line removed
    published: str | None = None
    dateline: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    wire_dated: bool = False  # a wire header gave the date: "BEIJING, September 19. /TASS/"
    reference: str | None = None  # the date relative words are read against
    home: str | None = None  # with no dateline, the one government the story's bodies belong to


def read_meta(
    text: str, published: str | date | None = None, now: str | date | None = None
) -> Meta:
    """Find the metadata of a cleaned article.

    >>> m = read_meta("date 2025-04-07\\nISLAMABAD: Dar called Rubio.")
    >>> m.published, m.dateline, m.text
    ('2025-04-07', 'Islamabad', 'ISLAMABAD: Dar called Rubio.')
    >>> read_meta("MOSCOW, July 6 (Itar-Tass) -- Lavrov met Wang.", "2024-07-07").published
    '2024-07-07'
    >>> read_meta("MOSCOW, July 6 (Itar-Tass) -- Lavrov met Wang.", now="2024-07-08").published
    '2024-07-06'
    >>> m = read_meta("Moscow, May 31, 2023 (IANS) Lavrov met Wang.")
    >>> m.published, m.dateline, m.outlet
    ('2023-05-31', 'Moscow', 'IANS')
    """
    meta = Meta(text=text)
    m = DATE_LINE.match(text)
    if m:
        meta.published = m.group(1)
        meta.text = text[m.end() :].lstrip()
    if published is not None:
        meta.published = as_date(published).isoformat() if as_date(published) else meta.published
    head = meta.text[:600]
    wire = WIRE_HEADER.search(head)
    if wire and not _is_sentence_start(wire.group("city")):
        meta.dateline = wire.group("city").title()
        agency = wire.group("wire1") or wire.group("wire2") or wire.group("wire3") or ""
        meta.outlet = _outlet_in(agency) or meta.outlet
        wire_date = _wire_date(wire, meta.published, as_date(now))
        meta.wire_dated = wire_date is not None
        if meta.published is None and wire_date:
            meta.published = wire_date.isoformat()
    if meta.dateline is None:
        for d in DATELINE.finditer(head):
            city = (d.group("city") or d.group("alone")).strip().rstrip(" -")
            if city.lower() in KICKERS:
                continue  # "Explainer: What the new rates mean": a label, the dateline follows
            if "/" in city:
                places = {dateline_country(part) for part in city.split("/")}
                if len(places) != 1 or None in places:
                    continue  # ("NEW DELHI/WASHINGTON -", "Nvidia/China:": no one home there)
                city = city.split("/")[0]
            if not _is_sentence_start(city):
                meta.dateline = city.title()
            break
    url = URL.search(meta.text)
    if url:
        meta.url = url.group(0).rstrip(".,;")
    plain = "\n".join(line for line in meta.text.split("\n") if not CAPTION.search(line))
    meta.outlet = meta.outlet or _outlet_in(plain[:400]) or _outlet_in(plain[-300:])
    meta.title = _title(meta.text)
    if meta.published is None:
        meta.published = _byline_date(meta.text[:400])
    meta.reference = meta.published or _first_full_date(meta.text)
    if meta.dateline is None:
        meta.home = home_country(meta.text)
    return meta


def home_country(text: str) -> str | None:
    """The country whose government bodies the text names, when it names only one's.

    >>> home_country("The Directorate General of Trade Remedies (DGTR) found dumping.")
    'IN'
    >>> home_country("Under Finance Ministry Regulation (PMK) No. 84, the duty applies.")
    'ID'
    >>> home_country("DGTR and MOFCOM both spoke.") is None
    True
    """
    found = {code for code, pattern in HOME_PATTERNS.items() if pattern.search(text)}
    return found.pop() if len(found) == 1 else None


def _first_full_date(text: str) -> str | None:
    """With no publication date, the first full calendar date in the text anchors the rest."""
    for m in DATE_PHRASE.finditer(text):
        if m.lastgroup in ("iso", "dotted", "numeric", "mdy", "dmy") and re.search(
            r"(?:19|20)\d\d", m.group(0)
        ):
            got = parse_absolute(m.group(0), None)
            if got:
                return got.isoformat()
    return None


def _is_sentence_start(word: str) -> bool:
    return word.split()[0].lower() in {
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "but",
        "and",
        "as",
        "for",
    }


def _wire_date(wire: re.Match, published: str | None, now: date | None) -> date | None:
    """The header's date; with no year, the latest such day on or before ``now``."""
    phrase = wire.group("date")
    if not phrase:
        agency = wire.group("wire3") or ""
        found = DATE_PHRASE.search(agency)
        phrase = found.group(0) if found else None
    if not phrase:
        return None
    got = parse_absolute(phrase, as_date(published) or now)
    if got and now and not published and got > now:
        try:
            got = got.replace(year=got.year - 1)
        except ValueError:
            return None
    return got


def _byline_date(head: str) -> str | None:
    """A full date on a byline line such as "Eva Deschamps / July 5, 2022"."""
    for line in head.split("\n")[:6]:
        if len(line) > 120:
            continue
        for m in DATE_PHRASE.finditer(line):
            if m.lastgroup in ("iso", "dotted", "mdy", "dmy") and re.search(
                r"(?:19|20)\d\d", m.group(0)
            ):
                got = parse_absolute(m.group(0), None)
                if got:
                    return got.isoformat()
    return None


def _outlet_in(text: str) -> str | None:
    if not any(key in text for key in OUTLET_KEYS):
        return None
    for name, pattern in OUTLETS:
        if pattern.search(text):
            return name
    return None


OUTLET_KEYS = [re.sub(r"[^A-Za-z ]", "", name).split()[0] for name, _ in OUTLETS] + [
    "Tass",
    "Agence",
    "(AP)",
]


def _title(text: str) -> str | None:
    """A headline line if the article starts with one, else its first sentence."""
    from .text import sentences

    for line in text.split("\n")[:5]:
        line = line.strip()
        if not line or CAPTION.search(line) or DATE_PHRASE.fullmatch(line):
            continue
        if re.fullmatch(r"[\d:. /-]+", line):
            continue  # "19:48 20.10.2025"
        words = line.split()
        if 3 <= len(words) <= 25 and not line.endswith((".", ":")):
            return line
        break
    for s in sentences(text):
        if CAPTION.search(s.text) or len(s.text.split()) < 4:
            continue
        first = WIRE_PREFIX.sub("", s.text)
        return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"
    return None


# "ISLAMABAD: " or "BEIJING, September 19. /TASS/. " before the first sentence.
WIRE_PREFIX = re.compile(
    r"^(?:[A-Z][A-Za-z .'\-]{2,30}:\s*|[A-Z]{3,}[^.]{0,40}?(?:\([^)]*\)|/[^/]+/\.?)\s*)"
)
