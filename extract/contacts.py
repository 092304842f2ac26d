"""Contacts: who called, met, visited or wrote to whom, when, and about what.

Each sentence is searched for the patterns in ``vocab.contacts.TRIGGERS``. A
pattern says how its participants are found among the people the sentence
refers to (see ``people.Ref``). A contact is kept only when two or more
named people take part and the sentence reports it as having happened (or
as planned for a given date): "could meet" and "declined to meet" are not
contacts. The date comes from the sentence's own words, or, failing that,
from the sentence that set the scene.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .dates import DateMention, find_dates, resolve
from .model import HIGH, LOW, MEDIUM, Confidence, Contact, Evidence
from .people import PeopleReader, PersonRec, Ref
from .text import Sentence
from .topics import find_topics
from .vocab.contacts import (
    MODE_WORDS,
    NEGATION,
    OTHER_EVENT,
    PLANNED,
    REPORTING,
    SPECULATION,
    TRIGGERS,
)

GROUP = re.compile(
    r"\b(?:the\s+two(?:\s+(?:leaders|sides|men|women|ministers|presidents|officials|diplomats))?|"
    r"both\s+(?:leaders|sides|men|women|ministers|presidents|officials)|the\s+(?:leaders|pair)|"
    r"they|both)\b",
    re.I,
)
COORD = re.compile(r"^\s*(?:,\s*)?(?:and|&|as well as|along with|together with)\s+(?:with\s+)?$|^\s*,\s*$", re.I)
OBJECT_GAP = re.compile(r"^[\s,]*(?:(?:the|his|her|their|its|a|an|both|also)\s+)?$", re.I)
CLAUSE_BREAK = re.compile(r"[;:]|\bsaid\s+that\b|\bwhile\b|\bwhereas\b|\bbut\b", re.I)
DIRECT_TAIL_BAD = re.compile(r"^\s*(?:a|an|the|his|her|their|one|as|for|out|back|off|up|upon|on\s+(?:the|him|her|them))\b", re.I)


@dataclass
class _Found:
    people: list[PersonRec]
    mode: str
    sentence: int
    trigger: tuple[int, int]  # span of the trigger in the sentence
    date: date | None = None
    precision: str | None = None
    planned: bool = False
    date_source: str = ""
    how: str = ""
    topics: list[str] = field(default_factory=list)


class ContactReader:
    def __init__(self, reader: PeopleReader, sentences: list[Sentence], reference: date | None,
                 wire_dated: bool):
        self.reader = reader
        self.sentences = sentences
        self.reference = reference
        self.wire_dated = wire_dated
        self.found: list[_Found] = []
        self._dates = [find_dates(s.text) for s in sentences]

    def read(self) -> list[_Found]:
        for si, sent in enumerate(self.sentences):
            refs = self.reader.refs[si]
            groups = self._group_refs(si, sent.text, refs)
            seen_spans: list[tuple[int, int]] = []
            for name, pattern, how, mode in TRIGGERS:
                for m in pattern.finditer(sent.text):
                    if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in seen_spans):
                        continue
                    got = self._apply(si, sent.text, m, how, mode, refs, groups)
                    if got is not None:
                        seen_spans.append((m.start(), m.end()))
        self._attach_topics()
        return self._merge()

    # participants -----------------------------------------------------
    def _group_refs(self, si: int, text: str, refs: list[Ref]) -> list[Ref]:
        """ "the two leaders", "they": the people of the contact just reported."""
        out = []
        for m in GROUP.finditer(text):
            if any(r.start <= m.start() < r.end for r in refs):
                continue
            people = self._last_group(si)
            if len(people) >= 2:
                out.append(Ref(si, m.start(), m.end(), tuple(people), "group", False, m.group(0)))
        return out

    def _last_group(self, si: int) -> list[PersonRec]:
        if self.found and self.found[-1].sentence >= si - 4:
            return list(self.found[-1].people)
        seen: list[PersonRec] = []
        for back in range(si, max(-1, si - 3), -1):
            for r in reversed(self.reader.refs[back]):
                for p in r.people:
                    if p not in seen:
                        seen.append(p)
        return seen[:2] if len(seen) >= 2 else []

    def _left(self, text: str, pos: int, refs: list[Ref]) -> list[PersonRec]:
        """The subject: the nearest reference before ``pos`` in the same clause, with
        anything coordinated to it ("Erdogan and Putin")."""
        clause_start = 0
        for b in CLAUSE_BREAK.finditer(text, 0, pos):
            clause_start = b.end()
        before = [r for r in refs if r.end <= pos and r.start >= clause_start and not r.possessive]
        if not before:
            return []
        chosen = [before[-1]]
        for r in reversed(before[:-1]):
            between = text[r.end:chosen[0].start]
            if COORD.match(between):
                chosen.insert(0, r)
            else:
                break
        return _people(chosen)

    def _right(self, text: str, pos: int, refs: list[Ref], limit: int = 3) -> list[PersonRec]:
        """The other side: the reference straight after ``pos`` and those coordinated to it."""
        after = [r for r in refs if r.start >= pos - 1]
        if not after:
            return []
        first = after[0]
        if not OBJECT_GAP.match(text[pos:first.start]) or first.possessive:
            return []
        chosen = [first]
        for r in after[1:]:
            if len(chosen) >= limit or not COORD.match(text[chosen[-1].end:r.start]):
                break
            chosen.append(r)
        return _people(chosen)

    # one trigger -------------------------------------------------------
    def _apply(self, si: int, text: str, m: re.Match, how: str, mode: str, refs: list[Ref],
               groups: list[Ref]) -> _Found | None:
        all_refs = sorted(refs + groups, key=lambda r: r.start)
        if how == "join":
            return self._join(si, text, m, all_refs)
        if how in ("with", "direct"):
            left = self._left(text, m.start(), all_refs)
            right = self._right(text, m.end(), refs)
            if how == "direct" and right:
                obj_end = max(r.end for r in refs if r.people[0] in right)
                if DIRECT_TAIL_BAD.match(text[obj_end:]) and m.group("verb").lower() in {"called", "rang"}:
                    return None
            people = left + [p for p in right if p not in left]
            if not left or not right:
                return None
        elif how == "between":
            people = self._right(text, m.end(), refs)
        elif how == "mutual":
            people = self._left(text, m.start(), all_refs)
        elif how == "nominal":
            people = self._clause_people(text, m, all_refs)
        elif how == "trip":
            if not re.search(r"\b(?:together\s+with|along\s+with|accompanied\s+by|joined\s+by)\b", text, re.I):
                return None
            people = self._clause_people(text, m, all_refs)
        else:
            return None
        people = _unique(people)
        if len(people) < 2:
            return None
        window = text[max(0, m.start() - 60):m.start()]
        window = re.split(r"[,;:]\s|\band\b", window)[-1] if how not in ("nominal",) else window
        planned = False
        if NEGATION.search(window) or NEGATION.search(m.group(0)):
            return None
        if SPECULATION.search(window):
            if not (PLANNED.search(window) and re.search(r"\b(?:scheduled|set|due|expected|plans?|planned)\s+to\b", window, re.I)):
                return None
            planned = True
        if PLANNED.search(window) or re.search(r"\bto\s+$", window):
            if re.search(r"\bto\s+$", window) and not PLANNED.search(window):
                return None  # "natural to meet", "agreed to meet": not a contact
            planned = True
        found = _Found(people, _mode(m.group(0), mode), si, (m.start(), m.end()), planned=planned, how=how)
        if not self._date(found, text, m):
            if planned:
                return None  # a plan without a date is not yet a contact
        self.found.append(found)
        return found

    def _clause_people(self, text: str, m: re.Match, refs: list[Ref]) -> list[PersonRec]:
        start = 0
        end = len(text)
        for b in CLAUSE_BREAK.finditer(text):
            if b.end() <= m.start():
                start = b.end()
            elif b.start() >= m.end():
                end = b.start()
                break
        inside = [r for r in refs if start <= r.start < end and not r.possessive]
        return _people(inside)

    def _join(self, si: int, text: str, m: re.Match, refs: list[Ref]) -> _Found | None:
        if not self.found or self.found[-1].sentence < si - 3:
            return None
        joiners = [p for p in self._left(text, m.start(), refs)]
        joiners += [p for r in refs if r.end <= m.start() for p in r.people
                    if r.kind != "group" and p not in joiners]
        last = self.found[-1]
        added = [p for p in joiners if p not in last.people]
        if not added or NEGATION.search(text[max(0, m.start() - 40):m.start()]):
            return None
        last.people = last.people + added[:2]
        return last

    # dates ---------------------------------------------------------------
    def _date(self, found: _Found, text: str, m: re.Match) -> bool:
        """Date the contact; True if a date was found."""
        mentions = self._dates[found.sentence]
        usable = []
        for d in mentions:
            if _adjacent(d, m):
                usable.append((0, d))
                continue
            if _reporting(text, d):
                continue
            if _inside_other_event(text, d, m):
                continue
            dist = m.start() - d.end if d.end <= m.start() else d.start - m.end()
            usable.append((dist, d))
        if usable:
            usable.sort(key=lambda x: x[0])
            best = _prefer_absolute(usable[0][1], mentions)
            got, precision = resolve(best, self.reference, future=found.planned)
            if got:
                found.date, found.precision, found.date_source = got, precision, "sentence"
                return True
        # the participant said so on that day: "Goyal on Thursday said he has held a meeting"
        for d in mentions:
            if _reporting(text, d) and self._reporter_is_participant(found, text, d):
                got, precision = resolve(d, self.reference, future=found.planned)
                if got:
                    found.date, found.precision, found.date_source = got, precision, "report"
                    return True
        # the sentence that set the scene: "Modi arrived in Bhutan on Saturday"
        for back in range(found.sentence - 1, max(-1, found.sentence - 4), -1):
            prev = self.sentences[back]
            if prev.paragraph < self.sentences[found.sentence].paragraph - 1:
                break
            names = {p.name for r in self.reader.refs[back] for p in r.people}
            if not names & {p.name for p in found.people}:
                continue
            for d in self._dates[back]:
                if _reporting(prev.text, d) or d.kind in ("relweek", "month"):
                    continue
                got, precision = resolve(_prefer_absolute(d, self._dates[back]), self.reference)
                if got:
                    found.date, found.precision, found.date_source = got, precision, "context"
                    return True
            break
        if self.wire_dated and self.sentences[found.sentence].paragraph <= 1 and self.reference:
            found.date, found.precision, found.date_source = self.reference, "day", "dateline"
            return True
        return False

    def _reporter_is_participant(self, found: _Found, text: str, d: DateMention) -> bool:
        refs = self.reader.refs[found.sentence]
        near = [r for r in refs if abs(r.end - d.start) < 40 or abs(d.end - r.start) < 40]
        return any(p in found.people for r in near for p in r.people)

    # topics and merging ----------------------------------------------------
    def _attach_topics(self) -> None:
        for f in self.found:
            start, end = f.trigger
            text = self.sentences[f.sentence].text
            topics = find_topics(text[start:]) + find_topics(text[:start])
            names = {p.name for p in f.people}
            for nxt in range(f.sentence + 1, min(len(self.sentences), f.sentence + 8)):
                if any(g.sentence == nxt for g in self.found if g is not f and
                       {p.name for p in g.people} != names):
                    break
                refs = self.reader.refs[nxt]
                if not any(p.name in names for r in refs for p in r.people) and \
                        not GROUP.search(self.sentences[nxt].text):
                    continue
                topics += find_topics(self.sentences[nxt].text)
            f.topics = _unique(topics)

    def _merge(self) -> list[_Found]:
        """One contact per event: the same people (or some of them) on the same day."""
        out: list[_Found] = []
        for f in sorted(self.found, key=lambda f: -len(f.people)):
            names = {p.name for p in f.people}
            for g in out:
                gnames = {p.name for p in g.people}
                if names <= gnames and (f.date is None or g.date is None or f.date == g.date):
                    if g.date is None and f.date is not None:
                        g.date, g.precision, g.date_source = f.date, f.precision, f.date_source
                    g.topics = _unique(g.topics + f.topics)
                    if g.mode in ("talks", "meeting") and f.mode == "call":
                        g.mode = "call"
                    g.planned = g.planned and f.planned
                    if f.date_source == "sentence" and g.date_source != "sentence":
                        g.date_source = "sentence"
                    break
            else:
                out.append(f)
        return sorted(out, key=lambda f: (f.sentence, f.trigger[0]))


def _people(refs: list[Ref]) -> list[PersonRec]:
    out: list[PersonRec] = []
    for r in refs:
        for p in r.people:
            if p not in out:
                out.append(p)
    return out


def _unique(items: list) -> list:
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


def _mode(trigger: str, default: str) -> str:
    if default:
        return default
    for mode, pattern in MODE_WORDS:
        if pattern.search(trigger):
            return mode
    return "other"


def _adjacent(d: DateMention, m: re.Match) -> bool:
    """A date written against the contact words: "the October 16 phone call", "dinner on June 25"."""
    noun_start = m.start("noun") if "noun" in m.re.groupindex and m.group("noun") else m.start()
    noun_end = m.end("noun") if "noun" in m.re.groupindex and m.group("noun") else m.end()
    if 0 <= noun_start - d.end <= 8 and d.kind in ("mdy", "dmy", "iso", "dotted", "weekday"):
        return True
    return 0 <= d.start - noun_end <= 4


def _reporting(text: str, d: DateMention) -> bool:
    """ "said on Tuesday", "said in a press release on Friday", "on Thursday said"."""
    before = text[max(0, d.start - 45):d.start]
    after = text[d.end:d.end + 12]
    if REPORTING.search(before.split(",")[-1]) and not re.search(r"\b(?:met|meet|call|talks|spoke)\b", before.split(",")[-1], re.I):
        return True
    return bool(re.match(r"^[\s,]*(?:said|says|told|reported|announced|stated)\b", after, re.I))


def _inside_other_event(text: str, d: DateMention, m: re.Match) -> bool:
    lo, hi = (d.end, m.start()) if d.end <= m.start() else (m.end(), d.start)
    if d.end <= m.start():
        between = text[lo:hi]
        return bool(OTHER_EVENT.search(text[max(0, d.start - 40):d.start].split(",")[-1])) or \
            bool(re.search(r"[;]", between))
    before_date = text[m.end():d.start]
    return bool(OTHER_EVENT.search(before_date))


def _prefer_absolute(d: DateMention, mentions: list[DateMention]) -> DateMention:
    """ "On Monday, October 20" and "this Tuesday (28.Nov.2023)": the calendar date wins."""
    if d.kind in ("iso", "dotted", "numeric", "mdy", "dmy"):
        return d
    for other in mentions:
        if other is d or other.kind not in ("iso", "dotted", "numeric", "mdy", "dmy"):
            continue
        if 0 <= other.start - d.end <= 3 or 0 <= d.start - other.end <= 3:
            return other
    return d


def confidence(f: _Found) -> Confidence:
    if f.how in ("nominal", "trip") or f.date_source == "context":
        return Confidence(LOW if f.how == "trip" else MEDIUM,
                          "participants read from the sentence around a call or meal"
                          if f.how in ("nominal", "trip") else "date taken from an earlier sentence")
    if f.date is None:
        return Confidence(MEDIUM, "the article gives no date for it")
    return Confidence(HIGH, "named people with a contact verb and a date")


def to_contacts(found: list[_Found], sentences: list[Sentence]) -> list[Contact]:
    out = []
    for f in found:
        s = sentences[f.sentence]
        out.append(Contact(
            participants=sorted(p.name for p in f.people),
            mode=f.mode,
            date=f.date.isoformat() if f.date else None,
            date_precision=f.precision,
            planned=f.planned,
            topics=f.topics,
            evidence=Evidence(s.text, s.start, s.end, s.text[f.trigger[0]:f.trigger[1]]),
            confidence=confidence(f),
        ))
    return out
