"""Finding the country or person a user means, the way people type them.

Countries: names, codes, demonyms and capitals from extract.vocab.countries,
then prefixes ("pak"), then close spellings ("Pakistn"). People: names and
aliases in the store ("rubio", "Secretary Rubio"), then a first name alone
("ishaq"), then close spellings ("Rubbio").

>>> find_country("pak"), find_country("Pakistani"), find_country("Pakistn")
(['PK'], ['PK'], ['PK'])
>>> find_country("united states"), find_country("U.S."), find_country("zzzz")
(['US'], ['US'], [])
>>> sorted(find_country("nig"))
['NE', 'NG']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from extract.vocab.countries import all_forms, country_code
from store import PersonRow, Store
from store.names import bare_name, name_key

# Trade blocs whose tariffs apply to their members. EU membership as of 2025
# (27 states), from the EU's own list of member countries.
BLOCS = {
    "EU": frozenset(
        "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()  # noqa: SIM905
    ),
}
FUZZY_CUTOFF = 80  # rapidfuzz ratio (0-100) for a misspelling to count
FUZZY_BAND = 5  # matches this close to the best one are offered as choices
MAX_CHOICES = 8
_STRIP = re.compile(r"^[\s\"'“”‘’@]+|[\s\"'“”‘’?!.,;:]+$")


def blocs_of(code: str) -> tuple[str, ...]:
    """The trade blocs a country belongs to.

    >>> blocs_of("FR"), blocs_of("PK")
    (('EU',), ())
    """
    return tuple(bloc for bloc, members in BLOCS.items() if code in members)


def clean_query(text: str) -> str:
    """The query without quotes, a leading @ or trailing punctuation.

    >>> clean_query(' "Rubio"? ')
    'Rubio'
    """
    return _STRIP.sub("", text)


def find_country(query: str) -> list[str]:
    """Country codes that ``query`` may mean: one, several (to choose from) or none."""
    query = clean_query(query)
    if not query:
        return []
    q = " ".join(query.lower().split())
    forms = all_forms()
    code = forms.get(q) or forms.get(q.removeprefix("the ")) or country_code(query) or _iso_code(q)
    if code:
        return [code]
    if len(q) >= 2:
        codes = _unique(code for form, code in _short_forms() if form.startswith(q))
        if codes:
            return codes[:MAX_CHOICES]
    found = process.extract(q, list(forms), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=20)
    if not found:
        return []
    best = found[0][1]
    return _unique(forms[form] for form, score, _ in found if score >= best - FUZZY_BAND)[
        :MAX_CHOICES
    ]


@dataclass
class People:
    """The people a query may mean.

    ``guess`` is true when no name matched and these are close spellings;
    ``more`` counts matches beyond the ones listed.
    """

    found: list[PersonRow] = field(default_factory=list)
    guess: bool = False
    more: int = 0


def find_person(store: Store, query: str) -> People:
    """People in the store that ``query`` may mean: one, several (to choose from) or none."""
    query = clean_query(query)
    key, bare = name_key(query), bare_name(query)
    if not bare:
        return People()
    for k in _unique([key, bare]):
        rows = store.people_by_key(k)
        if rows:
            return People(rows[:MAX_CHOICES], more=max(0, len(rows) - MAX_CHOICES))
    index = store.name_index()
    words = set(bare.split())
    ids = _unique(pid for k, pid in index if words <= set(k.split()))  # "ishaq" in "ishaq dar"
    guess = not ids
    if guess:
        ids = _close_spellings(bare, index)
    people = [p for p in (store.person(pid) for pid in ids[:MAX_CHOICES]) if p is not None]
    return People(people, guess=guess, more=max(0, len(ids) - MAX_CHOICES))


def _close_spellings(bare: str, index: list[tuple[str, int]]) -> list[int]:
    keys = [k for k, _ in index]
    found = process.extract(bare, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=20)
    if found:
        best = found[0][1]
        close = {k for k, score, _ in found if score >= best - FUZZY_BAND}
        return _unique(pid for k, pid in index if k in close)
    if " " in bare:
        return []
    # a surname typed with a slip ("Rubbio") against single words of names
    singles = sorted({w for k in keys for w in k.split()})
    near = {
        w
        for w, _, _ in process.extract(bare, singles, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    }
    return _unique(pid for k, pid in index if near & set(k.split()))


def _iso_code(q: str) -> str | None:
    """ "pk" or "pak" -> "PK"."""
    import pycountry

    if len(q) not in (2, 3) or not q.isalpha():
        return None
    c = (
        pycountry.countries.get(alpha_2=q.upper())
        if len(q) == 2
        else pycountry.countries.get(alpha_3=q.upper())
    )
    return c.alpha_2 if c else None


@lru_cache(maxsize=1)
def _short_forms() -> list[tuple[str, str]]:
    """Country forms for prefix matching, without official long names ("Independent State of …")."""
    import pycountry

    official = {c.official_name.lower() for c in pycountry.countries if hasattr(c, "official_name")}
    return sorted((f, c) for f, c in all_forms().items() if f not in official)


def _unique(items) -> list:
    out, seen = [], set()
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
