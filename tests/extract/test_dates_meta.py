"""Dates against a pinned reference, and article metadata."""

from __future__ import annotations

from datetime import date

import pytest

from extract.dates import find_dates, resolve
from extract.meta import read_meta

MONDAY = date(2025, 4, 7)


@pytest.mark.parametrize(
    ("phrase", "future", "expected"),
    [
        ("on Monday", False, "2025-04-07"),  # the publication day itself
        ("on Friday", False, "2025-04-04"),  # the Friday before
        ("on Friday", True, "2025-04-11"),  # planned: the Friday after
        ("yesterday", False, "2025-04-06"),  # one day back
        ("will meet him tomorrow", True, "2025-04-08"),  # one day on (no other date word)
        ("this morning", False, "2025-04-07"),  # the same day
        ("late last night", False, "2025-04-06"),  # the night before publication
        ("two days ago", False, "2025-04-05"),  # counted back from publication
        ("the first day of next month", True, "2025-05-01"),
        ("October 30 last year", False, "2024-10-30"),  # the year is said in words
        ("3 March next year", True, "2026-03-03"),
        ("April 3 of last year", False, "2024-04-03"),  # "of" before the year's words
        ("3 days ago", False, "2025-04-04"),
        ("on the 9th", False, "2025-04-09"),  # the nearest 9th
        ("April 9", False, "2025-04-09"),  # no year: the nearest April 9
        ("Dec. 30", False, "2024-12-30"),  # ... which may be last year
        ("23rd March, 2021", False, "2021-03-23"),  # a full date keeps its year
        ("28.Nov.2023", False, "2023-11-28"),  # dotted
        ("Wednesday last week", False, "2025-04-02"),  # weekday of last week
        ("take effect in seven days", True, "2025-04-14"),  # counted on from publication
        ("in 21 days", True, "2025-04-28"),
        ("in two weeks", True, "2025-04-21"),
        ("earlier in the day", False, "2025-04-07"),  # the day of the story
        ("later that day", False, "2025-04-07"),
        ("the 25% tariffs kicked in at the same time", False, "2025-04-07"),  # the day just told
        ("due to take effect a week later", True, "2025-04-14"),  # a week on from the day given
        ("two weeks earlier", False, "2025-03-24"),
        ("the previous evening", False, "2025-04-06"),  # a part of the day before
        ("the following morning", True, "2025-04-08"),
        ("with effect from the following day", True, "2025-04-08"),
    ],
)
def test_resolve(phrase, future, expected):
    (mention,) = find_dates(phrase)
    got, precision = resolve(mention, MONDAY, future=future)
    assert (got.isoformat(), precision) == (expected, "day")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("last week", ("2025-03-31", "week")),  # the Monday of last week
        ("earlier this month", ("2025-04-01", "month")),  # only the month is known
        ("in May", ("2025-05-01", "month")),  # a capital "May" after "in" is the month
        ("last March", ("2025-03-01", "month")),  # the March just gone, not the nearest one
        ("last April", ("2024-04-01", "month")),  # told in April: the one a year before
        ("next March", ("2026-03-01", "month")),  # the coming one
    ],
)
def test_periods(phrase, expected):
    (mention,) = find_dates(phrase)
    got, precision = resolve(mention, MONDAY)
    assert (got.isoformat(), precision) == expected


def test_a_month_told_as_past_is_the_one_gone():
    # (twenty-third session) "held talks in September", told in April 2025: the September just
    # gone (the nearest would be the coming one)
    (mention,) = find_dates("in September")
    assert resolve(mention, MONDAY, past=True) == (date(2024, 9, 1), "month")
    assert resolve(mention, MONDAY) == (date(2025, 9, 1), "month")


@pytest.mark.parametrize(
    "text",
    [
        "It rose 42% over the year.",  # numbers that are not dates
        "The May decision was reversed.",  # "may" is usually the verb; a bare month is not a day
        "He met 26 ministers.",  # a count
        "Officials said talks in may not resume.",  # lower case: the verb
        "A deal could come in a day or two.",  # a guess, no day
    ],
)
def test_no_day(text):
    assert not [d for d in find_dates(text) if resolve(d, MONDAY)[1] == "day"]


@pytest.mark.parametrize(
    ("text", "published", "dateline"),
    [
        ("date 2025-04-07\nISLAMABAD: Dar called Rubio.", "2025-04-07", "Islamabad"),  # layout line
        (
            "Moscow, May 31, 2023 (IANS) Lavrov met Wang.",
            "2023-05-31",
            "Moscow",
        ),  # wire header with year
        (
            "BEIJING, September 19. /TASS/. China and Russia agreed.",
            None,
            "Beijing",
        ),  # no year: no date
        ("WASHINGTON, April 10 — President Joe Doe spoke.", None, "Washington"),  # dash dateline
        ("Steel duty notified\n\nNEW DELHI\n\nThe ministry spoke.", None, "New Delhi"),  # alone
        ("TOKYO -- Prime Minister Jane Doe spoke.", None, "Tokyo"),  # a double hyphen
    ],
)
def test_meta(text, published, dateline):
    meta = read_meta(text)
    assert (meta.published, meta.dateline) == (published, dateline)


def test_wire_header_date_uses_the_given_year():
    assert (
        read_meta("BEIJING, September 19. /TASS/. China agreed.", "2023-09-20").published
        == "2023-09-20"
    )
    assert read_meta("MOSCOW, July 6 (Itar-Tass) -- Talks.").outlet == "TASS"


def test_title_skips_photo_captions():
    meta = read_meta(
        "date 2025-04-07 Minister A (Left) and Minister B. —Reuters/File\n\nKYIV: A met B on Monday to talk."
    )
    assert meta.title == "A met B on Monday to talk."
    assert meta.outlet is None  # the photo credit is not the outlet


def test_a_month_and_day_told_in_the_past_is_the_past_one_even_when_the_next_is_nearer():
    from datetime import date

    from extract.dates import find_dates, resolve

    (d,) = find_dates("in force since April 3")
    assert resolve(d, date(2025, 12, 4)) == (date(2025, 4, 3), "day")
    # (a planned one looks forward)
    assert resolve(d, date(2025, 12, 4), future=True) == (date(2026, 4, 3), "day")
    # (and one near the day of the story stays near it)
    (d,) = find_dates("on Jan. 2")
    assert resolve(d, date(2025, 12, 30)) == (date(2026, 1, 2), "day")
