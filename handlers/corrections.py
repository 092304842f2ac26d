"""Corrections from people: who may correct a fact, checking what they typed, exporting them.

The Slack layer's "Not right?" menu and modal call three functions:

- ``correction_form(store, fact)``: the fact's fields with their current
  values and allowed choices, to build the modal (None if the fact is gone);
- ``can_correct(store, fact, user, admins)``: only admins (``NEWSDESK_ADMINS``)
  and the people who pasted an article that reported the fact may correct it;
- ``apply_correction(store, fact, values, user=..., admins=...)``: check the
  submitted values (a dict of field -> what the form sent), store the
  correction, and return a ``CorrectionOutcome`` with per-field ``errors``
  (for ``response_action: errors``) or a confirmation card.

``fact`` is a ``store.FactRef`` or its text form ("contact:12", "tariff:3",
"role:7"); card sections carry it as ``block_id`` "fact:contact:12".

``export_corrections(store, folder)`` writes every corrected article as
NAME.txt and NAME.json in the evaluation's gold schema, corrections applied.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from extract.model import CONTACT_MODES, TARIFF_KINDS, TARIFF_STATUSES
from extract.vocab.countries import country_name
from store import Correction, FactRef, NoSuchFact, Store, StoreError
from store.corrections import EDITABLE

from . import cards
from .blocks import Reply, esc
from .lookup import find_country

LABELS = {
    "date": "Date",
    "mode": "How they were in contact",
    "topics": "Topics (comma-separated)",
    "planned": "Still to come (planned)",
    "imposer": "Imposed by (country)",
    "target": "Imposed on (country, or * for all partners)",
    "rate_pct": "Rate (%)",
    "previous_pct": "Previous rate (%)",
    "kind": "Kind",
    "scope": "Goods",
    "status": "Status",
    "effective": "Takes effect on",
    "announced": "Announced on",
    "role": "Role",
    "country": "Country served",
}
CHOICES = {"mode": CONTACT_MODES, "kind": TARIFF_KINDS, "status": TARIFF_STATUSES}
BLOCS = ("EU", "UN", "NATO")  # allowed besides country codes (see the gold schema)
ALL_PARTNERS = {"*", "all", "all partners", "everyone", "world"}
YES = {"1", "true", "yes", "y", "on", "remove", "removed", "planned"}
NO = {"", "0", "false", "no", "n", "off"}
MAX_TEXT = 120
MAX_TOPICS = 20
MAX_NOTE = 500
DENIED = "Only the person who shared the article or a Newsdesk admin can correct this fact."
GONE = "That fact is no longer in Newsdesk."


# -- who may correct -------------------------------------------------------------


def admin_ids(admins: Iterable[str] | str | None) -> set[str]:
    """User ids from ``NEWSDESK_ADMINS`` ("U1, U2") or a collection.

    >>> sorted(admin_ids("U1, U2 ,,")), admin_ids(None)
    (['U1', 'U2'], set())
    """
    if not admins:
        return set()
    if isinstance(admins, str):
        admins = admins.split(",")
    return {a.strip() for a in admins if a and a.strip()}


def can_correct(
    store: Store, fact: FactRef | str, user: str | None, admins: Iterable[str] | str | None
) -> bool:
    """Whether ``user`` may correct ``fact``: an admin, or who pasted an article reporting it."""
    ref = FactRef.parse(fact)
    if not user or ref is None:
        return False
    return user in admin_ids(admins) or user in store.pasted_by(ref)


# -- the form --------------------------------------------------------------------


@dataclass
class FormField:
    """One field of a correction form: its name (the key in ``values``) and current value."""

    name: str
    label: str
    kind: str  # date, choice, text, number, topics, bool, country
    value: str  # the current value as the form shows it ("" for none)
    options: tuple[str, ...] = ()  # for a choice
    optional: bool = True


@dataclass
class CorrectionForm:
    fact: FactRef
    title: str  # plain text, under 25 characters (a modal title)
    summary: str  # the fact in one line, mrkdwn, escaped
    fields: list[FormField]


FORM_KIND = {
    "date": "date",
    "mode": "choice",
    "kind": "choice",
    "status": "choice",
    "topics": "topics",
    "bool": "bool",
    "rate": "number",
    "rate?": "number",
    "code": "country",
    "code?": "country",
    "target": "country",
    "text": "text",
    "text?": "text",
}


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def correction_form(store: Store, fact: FactRef | str) -> CorrectionForm | None:
    """The fields of ``fact`` a person may correct, with current values (None if it is gone)."""
    ref = FactRef.parse(fact)
    row = store.fact(ref) if ref else None
    if row is None or row.get("removed"):
        return None
    fields = []
    for name, kind in EDITABLE[ref.kind].items():
        value = row[name]
        if name == "topics":
            value = json.loads(value or "[]")
        elif name == "planned":
            value = bool(value)
        fields.append(
            FormField(
                name,
                LABELS[name],
                FORM_KIND[kind],
                _shown(value),
                CHOICES.get(name, ()),
                optional=kind in ("date", "rate?", "text?", "code?", "bool", "topics"),
            )
        )
    title = {"contact": "Correct a contact", "tariff": "Correct a tariff", "role": "Correct a role"}
    return CorrectionForm(ref, title[ref.kind], fact_summary(store, ref, row), fields)


def fact_summary(store: Store, ref: FactRef, row: dict | None = None) -> str:
    """A fact in one escaped line: "call of Ishaq Dar and Marco Rubio on 2025-04-07"."""
    row = row or store.fact(ref) or {}
    if ref.kind == "tariff":
        return (
            f"{cards.country(row.get('imposer'))} → {cards.country(row.get('target'))} "
            f"{cards.pct(row.get('rate_pct') or 0)} ({esc(row.get('status') or '')})"
        )
    if ref.kind == "role":
        person = store.person(row.get("person_id") or 0)
        name = esc(person.name) if person else "someone"
        return f"{name}: {cards.role_line(row.get('role'), row.get('country'))}"
    ids = [int(i) for i in (row.get("participants_key") or "").split(",") if i]
    names = [esc(p.name) for p in (store.person(i) for i in ids) if p]
    when = row.get("date") or "date not reported"
    return f"{esc(row.get('mode') or 'contact')} of {' and '.join(names)} on {when}"


# -- checking what was typed -------------------------------------------------------


class Invalid(ValueError):
    """A submitted value that does not fit; the message is for the person who typed it."""


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split())


def _flag(value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, list | tuple):  # checkboxes: the selected options
        return bool(value)
    text = _text(value).lower()
    if text in YES:
        return True
    if text in NO:
        return False
    raise Invalid("Answer yes or no.")


def _day(value) -> str | None:
    text = _text(value)
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise Invalid("Write the date as 2025-04-07.") from None
    if not 1900 <= day.year <= 2100:
        raise Invalid("That date is out of range.")
    return day.isoformat()


def _rate(value, optional: bool) -> float | None:
    text = _text(value).rstrip("%").strip()
    if not text:
        if optional:
            return None
        raise Invalid("A rate is needed, e.g. 25 or 2.5.")
    try:
        rate = float(text)
    except ValueError:
        raise Invalid("Write the rate as a number, e.g. 25 or 2.5.") from None
    if not 0 <= rate <= 1000:
        raise Invalid("A rate is between 0 and 1000%.")
    return rate


def _country(value, optional: bool, all_partners: bool = False) -> str | None:
    text = _text(value)
    if not text:
        if optional:
            return None
        raise Invalid("A country is needed.")
    if all_partners and text.lower() in ALL_PARTNERS:
        return "*"
    if text.upper() in BLOCS:
        return text.upper()
    codes = find_country(text)
    if len(codes) != 1:
        hint = " (or * for all partners)" if all_partners else ""
        if codes:
            names = ", ".join(country_name(c) for c in codes[:4])
            raise Invalid(f"“{text[:40]}” could be {names}: be more precise{hint}.")
        raise Invalid(f"No country called “{text[:40]}”{hint}.")
    return codes[0]


def _choice(value, options: tuple[str, ...]) -> str:
    text = _text(value).lower().replace(" ", "_")
    if text not in options:
        raise Invalid("Choose one of: " + ", ".join(o.replace("_", " ") for o in options) + ".")
    return text


def _topics(value) -> list[str]:
    items = value if isinstance(value, list | tuple) else re.split(r"[,;\n]", str(value or ""))
    out: list[str] = []
    for item in items:
        topic = " ".join(str(item).split())
        if not topic:
            continue
        if len(topic) > 80:
            raise Invalid("A topic is at most 80 characters.")
        if topic.lower() not in {t.lower() for t in out}:
            out.append(topic)
    if len(out) > MAX_TOPICS:
        raise Invalid(f"At most {MAX_TOPICS} topics.")
    return out


def _words(value, optional: bool) -> str | None:
    text = _text(value)
    if not text:
        if optional:
            return None
        raise Invalid("This cannot be empty.")
    if len(text) > MAX_TEXT:
        raise Invalid(f"At most {MAX_TEXT} characters.")
    return text


def check(kind: str, name: str, value):
    """A submitted value of a field as the store keeps it, or Invalid with a friendly reason."""
    if kind == "date":
        return _day(value)
    if kind == "bool":
        return _flag(value)
    if kind in ("rate", "rate?"):
        return _rate(value, kind == "rate?")
    if kind in ("code", "code?"):
        return _country(value, kind == "code?")
    if kind == "target":
        return _country(value, False, all_partners=True)
    if kind == "topics":
        return _topics(value)
    if kind in ("mode", "kind", "status"):
        return _choice(value, CHOICES[name])
    return _words(value, kind == "text?")


# -- applying ----------------------------------------------------------------------


@dataclass
class CorrectionOutcome:
    """What became of a submitted correction.

    ``ok`` false: ``errors`` (field -> reason) when values do not fit, else
    ``message`` says why (not allowed, fact gone). ``ok`` true: ``correction``
    is what was stored (None when nothing changed) and ``reply`` a short card.
    """

    ok: bool
    message: str
    errors: dict[str, str] = field(default_factory=dict)
    correction: Correction | None = None
    reply: Reply | None = None
    said: str = ""  # the confirmation's words before "corrected by ..."
    denied: bool = False


def _current(row: dict, name: str):
    value = row[name]
    if name == "topics":
        return json.loads(value or "[]")
    if name == "planned":
        return bool(value)
    return value


def apply_correction(
    store: Store,
    fact: FactRef | str,
    values: dict,
    *,
    user: str | None,
    admins: Iterable[str] | str | None = None,
    now: datetime | None = None,
    article_id: int | None = None,
) -> CorrectionOutcome:
    """Check and store a correction of ``fact`` from a form's ``values``.

    ``values`` maps field names (``correction_form``) to what was submitted:
    text, a list (checkboxes, topics), a bool, or None. ``remove`` (true,
    "yes", or a non-empty checkbox list) removes the fact instead; ``note``
    is an optional reason. Only changed fields are stored. Never raises for
    bad input: problems come back as ``errors`` or ``message``.
    """
    ref = FactRef.parse(fact)
    row = store.fact(ref) if ref else None
    if row is None:
        return CorrectionOutcome(False, GONE)
    if not can_correct(store, ref, user, admins):
        return CorrectionOutcome(False, DENIED, denied=True)
    editable = EDITABLE[ref.kind]
    errors: dict[str, str] = {}
    try:
        remove = _flag(values.get("remove", False))
    except Invalid as e:
        errors["remove"] = str(e)
        remove = False
    note = _text(values.get("note")) or None
    if note and len(note) > MAX_NOTE:
        errors["note"] = f"At most {MAX_NOTE} characters."
    changed = {}
    for name, value in values.items():
        if name in ("remove", "note"):
            continue
        if name not in editable:
            errors[name] = "This cannot be corrected here."
            continue
        try:
            checked = check(editable[name], name, value)
        except Invalid as e:
            errors[name] = str(e)
            continue
        if checked != _current(row, name):
            changed[name] = checked
    if errors:
        return CorrectionOutcome(False, "Some values need fixing.", errors)
    if row.get("removed"):
        return CorrectionOutcome(False, GONE)
    if not remove and not changed:
        return CorrectionOutcome(True, "Nothing changed: the values are the ones Newsdesk has.")
    try:
        done = store.correct(
            ref,
            user,
            fields=None if remove else changed,
            remove=remove,
            note=note,
            article_id=article_id,
            now=now,
        )
    except NoSuchFact:
        return CorrectionOutcome(False, GONE)
    except ValueError as e:  # the store refused a value the checks let through
        return CorrectionOutcome(False, f"Newsdesk could not store that: {e}.")
    except StoreError as e:
        return CorrectionOutcome(False, str(e))
    summary = fact_summary(store, ref)
    if remove:
        text = f"Removed: {summary}. Later reports of it will not bring it back."
    else:
        parts = [
            f"{LABELS[n].split(' (')[0].lower()} {esc(_shown(v)) or '(none)'}"
            for n, v in changed.items()
        ]
        text = f"Corrected: {summary}.\nNow: " + "; ".join(parts)
    outcome = CorrectionOutcome(True, "Correction saved.", correction=done, said=text)
    outcome.reply = confirmation(store, outcome)
    return outcome


def confirmation(store: Store, outcome: CorrectionOutcome) -> Reply | None:
    """The short card confirming a saved correction, naming the corrector as the store knows
    them now (the name may be looked up only after the modal was acknowledged)."""
    done = outcome.correction
    if done is None or not outcome.said:
        return outcome.reply
    if not done.user_name and done.user:
        done.user_name = store.user_name(done.user)
    return cards.message_card(
        "Correction saved", outcome.said + cards.corrected_mark(done), store.totals()
    )


# -- export --------------------------------------------------------------------------

_SLUG = re.compile(r"[^a-z0-9]+")


def article_name(article_id: int, title: str | None) -> str:
    """A file name stem for an article: "a00012-dar-holds-first-call-with-rubio".

    >>> article_name(12, "Dar holds first call with Rubio!"), article_name(3, None)
    ('a00012-dar-holds-first-call-with-rubio', 'a00003')
    """
    slug = _SLUG.sub("-", (title or "").lower()).strip("-")[:50].rstrip("-")
    return f"a{article_id:05d}" + (f"-{slug}" if slug else "")


def export_corrections(store: Store, folder: str | Path) -> list[Path]:
    """Write each corrected article as NAME.txt (with a ``date`` first line when known) and
    NAME.json (gold schema, corrections applied). Returns the .json paths written."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for article_id in store.corrected_articles():
        gold = store.gold(article_id)
        if gold is None:
            continue
        text, title = gold.pop("_text"), gold.pop("_title")
        stem = article_name(article_id, title)
        head = f"date {gold['published']}\n" if gold["published"] else ""
        (out / f"{stem}.txt").write_text(head + text.rstrip("\n") + "\n", encoding="utf-8")
        path = out / f"{stem}.json"
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    return written
