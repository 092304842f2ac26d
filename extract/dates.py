"""Dates in news text: finding the phrases and resolving them.

Absolute phrases ("April 9", "23rd March, 2021", "28.Nov.2023") are parsed by
dateparser (always with ``languages=["en"]``); a date without a year takes the
year that puts it nearest to the reference date. Relative words ("on Monday",
"yesterday", "on the 9th") are resolved here against the reference date,
looking backwards for past events and forwards for planned ones.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

MONTHS = (
    "january february march april may june july august september october november december"
).split()
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()


def count_word(word: str) -> int:
    """How many a number written in digits or in words says: "3", "two", "a".

    >>> count_word("two"), count_word("12"), count_word("A")
    (2, 12, 1)
    """
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)


_MONTH = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# The two, for other readers' patterns ("since March ...", "since Monday": a time, not a side)
MONTH_NAME, WEEKDAY_NAME = _MONTH, _WEEKDAY

DATE_PHRASE = re.compile(
    rf"""
    (?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)                                  # 2025-04-07
  | (?P<dotted>\b{_DAY}\.{_MONTH}\.?\d{{4}}\b)                             # 28.Nov.2023
  | (?P<numeric>\b[0-3]?\d[./-][01]?\d[./-](?:19|20)\d\d\b)               # 20.10.2025
  | (?P<mdy>\b{_MONTH}\s+{_DAY}\b(?:,?\s*(?:19|20)\d\d\b|\s+(?:of\s+)?(?:last|this|next)\s+year\b)?)  # April 9, 2025
  | (?P<dmy>\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s*(?:19|20)\d\d\b|\s+(?:of\s+)?(?:last|this|next)\s+year\b)?)  # 23rd March
  | (?P<weekday>\b(?:(?:this|last|next|on|early|late)\s+)?{_WEEKDAY}\b
        (?:\s+(?:morning|afternoon|evening|night))?
        (?:\s+(?:of\s+)?(?:last|next|this)\s+week)?
        (?:\s*\([0-3]?\d\))?)                                              # last Friday evening; Saturday (19)
  | (?P<relday>\b(?:(?:earlier|later)\s+today|yesterday|today|today's|tomorrow|tonight|(?:late\s+)?last\s+night|(?:a|one|two|three|four|five|six|[1-6])\s+days?\s+ago|
        this\s+(?:morning|afternoon|evening)|
        # "met Pashinyan in the Oval Office shortly after noon" (not "at noon on Friday")
        (?:shortly|just|soon)\s+(?:before|after)\s+(?:noon|midday)(?!\s+(?:on|local|[A-Z]))
        )\b)                                                                # this morning
  | (?P<sameday>\b(?:(?:on\s+|in\s+)?the\s+same\s+(?:day|morning|afternoon|evening)|
        (?:(?<=effect\s)|(?<=force\s)|(?<=\bin\s))at\s+the\s+same\s+time|  # "kicked in at the same time"
        (?:earlier|later)\s+(?:in\s+the|that)\s+day|
        (?:(?:later|earlier)\s+)?(?:in\s+the|that)\s+(?:morning|afternoon|evening))\b)  # in the afternoon
  | (?P<nextday>\b(?:the\s+(?:following|next|previous)\s+(?:day|morning|afternoon|evening|night)|a\s+day\s+(?:later|earlier|before)|
        the\s+day\s+(?:after|before)|(?:two|three|four|five|2|3|4|5)\s+days\s+(?:later|earlier|before)|
        (?:a|one|two|1|2)\s+weeks?\s+(?:later|earlier|before))\b)  # the following day, a week later
  | (?P<indays>\bin\s+(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+days?|
        (?:one|two|three|four|1|2|3|4)\s+weeks?|a\s+week)(?:'\s*time|’\s*time)?\b(?!\s+or\b))  # in seven days
  | (?P<ordinal>\b(?:on|by|from|since|until|before|after)\s+the\s+{_DAY}\b(?!\s+(?:of\s+)?{_MONTH})(?!\s+(?!(?:for|of|at|in|to|and|when|as|after|before|on|with|by|from|until)\b)[a-z]))  # on the 9th
  | (?P<firstof>\b(?:the\s+)?(?:first|1st)\s+(?:day\s+)?of\s+(?:next|the\s+(?:next|coming|following))\s+month\b)  # the first day of next month
  | (?P<relweek>\b(?:(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month)|(?:earlier|later)\s+in\s+the\s+week)\b)
  | (?P<month>\b(?:in\s+(?:early|mid|late)[- ]|in\s+|early\s+|late\s+|last\s+|next\s+|this\s+){_MONTH}(?:\s+(?:19|20)\d\d)?\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int  # offset inside the sentence it was found in
    end: int
    kind: str  # the DATE_PHRASE group that matched


@lru_cache(maxsize=2048)
def _find_dates(sentence: str) -> tuple[DateMention, ...]:
    return tuple(_scan_dates(sentence))


def find_dates(sentence: str) -> list[DateMention]:
    """Date phrases in a sentence, in order.

    >>> [d.text for d in find_dates("On Monday, October 20, Rubio spoke with Lavrov.")]
    ['On Monday', 'October 20']
    >>> [d.kind for d in find_dates("It rose 42% in the past year.")]
    []
    """
    return list(_find_dates(sentence))


DATE_HINT = re.compile(
    r"\d|day|week|month|night|tomorrow|morning|evening|afternoon|noon|midday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
    re.I,
)


def _scan_dates(sentence: str) -> list[DateMention]:
    if not DATE_HINT.search(sentence):
        return []
    out = []
    for m in DATE_PHRASE.finditer(sentence):
        kind = m.lastgroup or ""
        text = m.group(0)
        if kind == "month" and text.lower().strip() in {"in may", "may"} and "May" not in text:
            continue  # "may" is far more often the verb; "met in May" is the month
        if kind == "mdy" and text.lower().startswith("may ") and not re.search(r"\d", text[4:]):
            continue
        if kind == "ordinal" and not re.search(r"(?:st|nd|rd|th)$", text):
            continue  # "the 26" is not a date; "the 9th" may be
        if (
            kind == "relday"
            and text.lower() in ("tomorrow", "today")
            and re.search(r"\b(?:of|for)\s+$", sentence[: m.start()], re.I)
        ):
            continue  # "the economy of tomorrow", "jobs for today": a time of life, no day
        out.append(DateMention(text, m.start(), m.end(), kind))
    if len(out) > 1:
        # ("On Friday, Pashinyan met Trump shortly after noon": the hour of the day named)
        out = [d for d in out if not (d.kind == "relday" and NOON.search(d.text))]
    return out


NOON = re.compile(r"\b(?:noon|midday)\b", re.I)


ABSOLUTE_KINDS = frozenset({"iso", "dotted", "numeric", "mdy", "dmy"})  # a date on the calendar


# The day a sentence opens on ("APRIL 2 - ...", "7 July:"), and a timeline's entry that opens
# on one
OPENING_DAY = (
    r"(?P<day>(?:\d{1,2}\s+)?(?-i:[A-Z])[A-Za-z]{2,8}\.?(?:\s+\d{1,2}\b)?)(?=(?:,?\s+\d{4})?\s*"
)
TIMELINE_DAY = re.compile(r"\W*" + OPENING_DAY + r"[-–—:])")
# "Thursday:", "Tuesday, Aug. 5:", "AUG 7 -": a line that is only a day, heading what follows
DAY_HEADING = re.compile(
    r"\W*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\s*[:\-–—]?\s*",
    re.I,
)


def prefer_absolute(
    d: DateMention, mentions: list[DateMention], text: str | None = None
) -> DateMention:
    """ "On Monday, October 20" and "this Tuesday (28.Nov.2023)": the calendar date wins.

    Given the ``text`` the mentions were found in, so does a calendar date put after
    ", on" ("take effect in seven days, on August 7").

    >>> text = "take effect in seven days, on August 7"
    >>> prefer_absolute(find_dates(text)[0], find_dates(text), text).text
    'August 7'
    >>> prefer_absolute(find_dates(text)[0], find_dates(text)).text
    'in seven days'
    """
    if d.kind in ABSOLUTE_KINDS:
        return d
    for other in mentions:
        if other is d or other.kind not in ABSOLUTE_KINDS:
            continue
        if 0 <= other.start - d.end <= 3 or 0 <= d.start - other.end <= 3:
            return other
        if text is not None and re.fullmatch(r",\s+on\s+", text[d.end : other.start]):
            return other
    return d


def as_date(value: str | date | datetime | None) -> date | None:
    """ISO string or date to a date; anything else to None.

    >>> as_date("2025-04-07"), as_date(None), as_date("soon")
    (datetime.date(2025, 4, 7), None, None)
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser(phrase: str) -> date | None:
    import dateparser  # heavy import, only when an absolute date is seen

    got = dateparser.parse(
        phrase,
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["day", "month"],
            "RELATIVE_BASE": datetime(2000, 1, 1),
            "DATE_ORDER": "DMY",
        },
    )
    return got.date() if got else None


_YEAR = re.compile(r"(?:19|20)\d\d")


def parse_absolute(phrase: str, reference: date | None) -> date | None:
    """A calendar date phrase to a date; a missing year is taken nearest to ``reference``.

    >>> parse_absolute("April 9", date(2025, 4, 7))
    datetime.date(2025, 4, 9)
    >>> parse_absolute("Dec. 30", date(2025, 1, 3))
    datetime.date(2024, 12, 30)
    >>> parse_absolute("23rd March, 2021", None)
    datetime.date(2021, 3, 23)
    >>> parse_absolute("October 20", None) is None
    True
    """
    phrase = re.sub(r"\s+", " ", phrase.strip().rstrip(",")).replace("Sept.", "Sep.")
    has_year = bool(_YEAR.search(phrase))
    parsed = _dateparser(phrase)
    if parsed is None:
        return None
    if has_year:
        return parsed
    if reference is None:
        return None
    best = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = parsed.replace(year=year)
        except ValueError:  # 29 February
            continue
        if best is None or abs(candidate - reference) < abs(best - reference):
            best = candidate
    return best


def resolve(
    mention: DateMention,
    reference: date | None,
    future: bool = False,
    nearest: bool = False,
    past: bool = False,
) -> tuple[date | None, str | None]:
    """Resolve one mention to (date, precision) against the reference date.

    ``future`` says the sentence talks about something planned, so weekdays
    and ordinals look forwards. ``nearest`` softens that for a bare weekday whose
    tense is unknown ("effective Tuesday"): one or two days back beats most of a week on.
    ``past`` says the sentence tells it as done ("took effect on February 4"), so a calendar
    day without a year is never after the reference.

    >>> ref = date(2025, 4, 7)  # a Monday
    >>> resolve(find_dates("on Monday")[0], ref)
    (datetime.date(2025, 4, 7), 'day')
    >>> resolve(find_dates("on Thursday")[0], ref)
    (datetime.date(2025, 4, 3), 'day')
    >>> resolve(find_dates("on Thursday")[0], ref, future=True)
    (datetime.date(2025, 4, 10), 'day')
    >>> resolve(find_dates("next Monday")[0], ref)
    (datetime.date(2025, 4, 14), 'day')
    >>> resolve(find_dates("on the 9th")[0], ref)
    (datetime.date(2025, 4, 9), 'day')
    >>> resolve(find_dates("last week")[0], ref)
    (datetime.date(2025, 3, 31), 'week')
    >>> resolve(find_dates("Wednesday last week")[0], date(2024, 5, 20))
    (datetime.date(2024, 5, 15), 'day')
    >>> resolve(find_dates("the following day")[0], date(2025, 4, 7))
    (datetime.date(2025, 4, 8), 'day')
    >>> resolve(find_dates("on February 4")[0], date(2025, 12, 30))
    (datetime.date(2026, 2, 4), 'day')
    >>> resolve(find_dates("on February 4")[0], date(2025, 12, 30), past=True)
    (datetime.date(2025, 2, 4), 'day')
    >>> resolve(find_dates("yesterday")[0], None)
    (None, None)
    """
    kind, text = mention.kind, mention.text.lower()
    shift = re.search(r"\s+(?:of\s+)?(last|this|next)\s+year$", text)
    if shift and kind in ("mdy", "dmy"):
        # "on October 30 last year": that year's, whatever the nearest October 30 is
        got = parse_absolute(mention.text[: shift.start()], reference)
        if got is None or reference is None:
            return None, None
        year = reference.year + {"last": -1, "this": 0, "next": 1}[shift.group(1)]
        with suppress(ValueError):  # (29 February)
            return got.replace(year=year), "day"
        return None, None
    if kind in ("iso", "dotted", "numeric", "mdy", "dmy"):
        got = parse_absolute(mention.text, reference)
        if (
            got
            and future
            and reference
            and (reference - got).days > 60  # "effective February 24" a day late stays put
            and kind in ("mdy", "dmy")
            and not re.search(r"(?:19|20)\d\d", mention.text)
        ):
            with suppress(ValueError):  # (29 February)
                got = got.replace(year=got.year + 1)  # "agreed to meet on October 6": the next one
        elif (
            got
            and not future
            and reference
            and (got - reference).days > (0 if past else 60)
            and kind in ("mdy", "dmy")
            and not re.search(r"(?:19|20)\d\d", mention.text)
        ):
            with suppress(ValueError):  # (29 February)
                got = got.replace(year=got.year - 1)  # "in force since April 3", told in December
        return (got, "day") if got else (None, None)
    if reference is None:
        return None, None
    if kind == "relday":
        offset = {"yesterday": -1, "tomorrow": 1}.get(
            text, -1 if text.endswith("last night") else 0
        )
        if text.endswith("ago"):  # "two days ago"
            offset = -count_word(text.split()[0])
        return reference + timedelta(days=offset), "day"
    if kind == "indays":  # "take effect in seven days": counted from the day of the story
        words = text.split()
        n = count_word(words[1])
        return reference + timedelta(days=n * (7 if words[2].startswith("week") else 1)), "day"
    if kind == "sameday":
        return reference, "day"
    if kind == "nextday":
        back = any(w in text for w in ("previous", "earlier", "before"))
        n = count_word(text.split()[0])  # "two days earlier"
        if text.split()[1].lower().startswith("week"):
            n *= 7  # "a week later"
        return reference + timedelta(days=-n if back else n), "day"
    if kind == "weekday":
        wd = next(i for i, w in enumerate(WEEKDAYS) if w in text)
        if numbered := re.search(r"\((\d{1,2})\)$", text):
            # "on Saturday (19)", as Brazilian papers write it: that day of the month nearest
            # the story, on that weekday
            nearby = [
                reference + timedelta(days=k)
                for k in range(-27, 28)
                if (reference + timedelta(days=k)).day == int(numbered.group(1))
                and (reference + timedelta(days=k)).weekday() == wd
            ]
            if nearby:
                return min(nearby, key=lambda x: abs((x - reference).days)), "day"
        if text.endswith("week") and ("last" in text.split()[-2:] or "next" in text.split()[-2:]):
            monday = reference - timedelta(days=reference.weekday())
            monday += timedelta(days=-7 if "last" in text.split()[-2:] else 7)
            return monday + timedelta(days=wd), "day"
        plain_future = nearest and future and not text.startswith("next")
        if text.startswith("next"):
            future = True
        delta = (reference.weekday() - wd) % 7
        if text.startswith("last") and delta == 0:
            delta = 7
        if future:
            ahead = (wd - reference.weekday()) % 7
            if plain_future and 1 <= delta <= 2 and ahead >= 5:
                # "both effective Tuesday" in Wednesday's paper is the day before, not six days on
                return reference - timedelta(days=delta), "day"
            if ahead == 0 and text.startswith("next"):
                ahead = 7  # "next Tuesday" in Tuesday's paper: a week on
            return reference + timedelta(days=ahead), "day"
        return reference - timedelta(days=delta), "day"
    if kind == "ordinal":
        day = int(re.search(r"\d+", text).group(0))
        candidates = []
        for shift in (-1, 0, 1):
            month = (reference.month - 1 + shift) % 12 + 1
            year = reference.year + (reference.month - 1 + shift) // 12
            try:
                candidates.append(date(year, month, day))
            except ValueError:
                continue
        if not candidates:
            return None, None
        if future:
            later = [c for c in candidates if c >= reference]
            candidates = later or candidates
        return min(candidates, key=lambda c: abs(c - reference)), "day"
    if kind == "firstof":
        return (reference.replace(day=1) + timedelta(days=32)).replace(day=1), "day"
    if kind == "relweek":
        unit = "week" if "week" in text else "month"
        if unit == "week":
            monday = reference - timedelta(days=reference.weekday())
            if text.startswith("last"):
                monday -= timedelta(days=7)
            elif text.startswith("next"):
                monday += timedelta(days=7)
            return monday, "week"
        first = reference.replace(day=1)
        if text.startswith("last"):
            first = (first - timedelta(days=1)).replace(day=1)
        elif text.startswith("next"):
            first = (first + timedelta(days=32)).replace(day=1)
        return first, "month"
    if kind == "month":
        name = re.search(_MONTH, mention.text, re.I).group(0).lower().rstrip(".")
        month = MONTH_ABBR[name[:4] if name.startswith("sept") else name[:3]]
        year_m = _YEAR.search(mention.text)
        if year_m:
            return date(int(year_m.group(0)), month, 1), "month"
        candidates = [date(reference.year + s, month, 1) for s in (-1, 0, 1)]
        this_month = reference.replace(day=1)
        if text.startswith("last"):  # "last April", told in October: the April just gone
            return max(c for c in candidates if c < this_month), "month"
        if text.startswith("next"):  # "next March": the coming one
            return min(c for c in candidates if c > this_month), "month"
        if past:  # "held talks in April", told in November: the April gone, not the next
            return max(c for c in candidates if c <= this_month), "month"
        return min(candidates, key=lambda c: abs(c - reference)), "month"
    return None, None


DATELINE_DATE = re.compile(r"^[A-ZÀ-Þ][\w .'’/-]{1,60},\s*$")  # ("KUALA LUMPUR/WASHINGTON, ...")


def in_dateline(text: str, d: DateMention) -> bool:
    """ "ANKARA, March 4 – ...": the wire header's date is the filing date."""
    return (
        d.start < 60
        and bool(DATELINE_DATE.match(text[: d.start]))
        and bool(re.match(r"^\s*(?:\(|–|—|-|/|\.|:)", text[d.end :]))
    )
