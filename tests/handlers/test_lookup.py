"""Look-up that forgives the way people type."""

from __future__ import annotations

import pytest

from handlers.lookup import find_country, find_person


@pytest.mark.parametrize(
    "query, codes",
    [
        ("pakistan", ["PK"]),  # the name
        ("Pakistani", ["PK"]),  # a demonym
        ("pak", ["PK"]),  # the start of a name
        ("Pakistn", ["PK"]),  # a slip of the keyboard
        ("PK", ["PK"]),  # the code
        ("the United States", ["US"]),  # with "the"
        ("U.S.", ["US"]),  # dotted short form
        ("Islamabad", ["PK"]),  # the capital
        ("Chinaa", ["CN"]),  # an extra letter
        ('"china"?', ["CN"]),  # quotes and a question mark
        ("narnia", []),  # no such country
        ("", []),  # nothing typed
    ],
)
def test_find_country(query, codes):
    assert find_country(query) == codes


def test_an_ambiguous_prefix_offers_choices():
    assert {"MY", "ML", "MT"} <= set(find_country("mal"))


@pytest.fixture
def people_db(db, make_article):
    db.ingest(
        make_article(
            "One.",
            people=[
                ("Ishaq Dar", "Foreign Minister", "PK", ["Dar"]),
                ("Marco Rubio", "Secretary of State", "US", ["Rubio", "Secretary Rubio"]),
                ("Mohammed Dar", "Governor", "PK"),
            ],
        )
    )
    return db


@pytest.mark.parametrize(
    "query, names",
    [
        ("rubio", ["Marco Rubio"]),  # surname, lower case
        ("Secretary Rubio", ["Marco Rubio"]),  # title and surname (a stored alias)
        ("Mr Rubio", ["Marco Rubio"]),  # a title that is not an alias
        ("marco rubio", ["Marco Rubio"]),  # full name
        ("Rubbio", ["Marco Rubio"]),  # misspelt surname
        ("Marko Rubio", ["Marco Rubio"]),  # misspelt first name
        ("ishaq", ["Ishaq Dar"]),  # first name only
        ("@rubio", ["Marco Rubio"]),  # typed like a mention
        ("dar", ["Ishaq Dar", "Mohammed Dar"]),  # two people called Dar: a choice
        ("Zelensky", []),  # nobody known by that name
    ],
)
def test_find_person(people_db, query, names):
    assert [p.name for p in find_person(people_db, query).found] == names


@pytest.mark.parametrize(
    "query, guess",
    [
        ("rubio", False),  # a known surname
        ("ishaq", False),  # part of a known name
        ("Rubbio", True),  # only a close spelling
    ],
)
def test_close_spellings_are_marked_as_guesses(people_db, query, guess):
    assert find_person(people_db, query).guess is guess
