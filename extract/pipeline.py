"""The order in which an article is read. Each step is a pure function of the text."""

from __future__ import annotations

from datetime import date

from .contacts import ContactReader, to_contacts
from .dates import as_date
from .institutions import expand_ministries, full_title
from .meta import read_meta
from .model import HIGH, LOW, MEDIUM, Article, Confidence, Evidence, Person, family_name
from .people import PeopleReader, PersonRec
from .tariffs import TariffReader
from .text import clean, content_hash, sentences
from .vocab.countries import country_code, dateline_country


def run(raw: str, published: str | date | None = None, now: str | date | None = None) -> Article:
    text = clean(raw)
    meta = read_meta(text, published, now)
    sents = sentences(meta.text)
    # (people by the dateline's country or capital only: a minister quoted in Istanbul or New
    # York is often a visitor; a story's own measures by its large cities as well)
    dateline_capital = country_code(meta.dateline) if meta.dateline else None
    home = (dateline_country(meta.dateline) if meta.dateline else None) or meta.home
    people = PeopleReader(sents, meta.text, dateline_capital, meta.dateline).read()
    reference = as_date(meta.reference) or as_date(now)
    found = ContactReader(people, sents, reference, meta.wire_dated).read()
    contacts = to_contacts(found, sents)
    tariffs = TariffReader(people, sents, as_date(meta.published) or reference, home).read()
    in_contacts = {p.name for f in found for p in f.people}
    return Article(
        text=meta.text,
        text_hash=content_hash(text),
        title=meta.title,
        outlet=meta.outlet,
        url=meta.url,
        published=meta.published,
        dateline=meta.dateline,
        people=[
            _person(p, sents, _aliases(p, people), _role(p, people, sents))
            for p in people.people
            if p.best_role() or p.name in in_contacts
        ],
        contacts=contacts,
        tariffs=tariffs,
    )


def _aliases(p: PersonRec, reader: PeopleReader) -> list[str]:
    """How the article refers to the person besides the full name: "Rubio", "Secretary Rubio"."""
    surname = family_name(p.tokens)
    out = {surname} if len(p.tokens) > 1 else set()
    for refs in reader.refs:
        for r in refs:
            if r.people == (p,) and r.kind in ("alias", "titled"):
                text = r.text.removesuffix("’s").removesuffix("'s")
                if text.split()[-1] == surname and len(text) <= 60:
                    out.add(text)
    out.discard(p.name)
    return sorted(out)


def _role(p: PersonRec, reader: PeopleReader, sents) -> str | None:
    """The best role, with the body a bare title belongs to ("Governor" of which bank)."""
    role = p.best_role()
    if role is None:
        return None
    at = next((r.start for r in reader.refs[role.sentence] if p in r.people), 0)
    return expand_ministries(full_title(role.role, p.country is not None, sents, role.sentence, at))


def _person(p: PersonRec, sents, aliases: list[str], role_text: str | None) -> Person:
    role = p.best_role()
    s = sents[p.first_sentence]
    if role and len(p.tokens) > 1:
        conf = Confidence(HIGH, "full name with a title")
    elif len(p.tokens) > 1:
        conf = Confidence(MEDIUM, "full name, no title given")
    else:
        conf = Confidence(LOW, "surname only")
    return Person(
        name=p.name,
        role=role_text,
        country=p.country,
        aliases=aliases,
        evidence=Evidence(s.text, s.start, s.end, p.name),
        confidence=conf,
    )
