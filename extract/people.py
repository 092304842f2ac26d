"""People in an article: their names, the offices they hold, and every reference to them.

Reading happens in two passes over the sentences. The first finds names
and the role phrases around them ("Russian Foreign Minister Sergey Lavrov",
"Derek Chollet, the counselor of the US secretary of state,") and builds a
register of the people in the article. The second finds every reference to
those people — full names, surnames ("Lavrov"), titled surnames
("Secretary Rubio"), descriptions ("the American top diplomat", "his US
counterpart") and pronouns — so that contacts can be read sentence by sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .dates import WEEKDAYS, find_dates
from .meta import strip_dateline
from .text import Sentence
from .tokens import Token, tokenize
from .vocab.countries import ORGANISATIONS, country_code, find_countries, is_demonym
from .vocab.leaders import BY_ONE_NAME, HEAD_OFFICES, leader_country
from .vocab.places import PLACES
from .vocab.titles import (
    ABBREVIATIONS,
    ASIDE_ADVERBS,
    COMPOUND_HEADS,
    COURTESY,
    DESCRIPTOR_HEADS,
    HEADS,
    HON_STYLES,
    HONORIFICS,
    MODIFIERS,
    NOT_BODIES,
    PARTICLES,
    POST_NOMINALS,
    RANKS,
    ROLE_FAMILIES,
    SEATED_OFFICES,
)
from .vocab.words import CALENDAR, ORG_WORDS, SENTENCE_WORDS

COMPOUND_WORDS = frozenset(w for c in COMPOUND_HEADS for w in c.split())
# what an appositive after a name tells when it is no office: an event
EVENT_NOUNS = frozenset(
    "between conversation conversations call calls meeting meetings talks visit trip summit".split()
)
# "his guest", "the visiting president": whoever the story said arrived
GUEST = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?guests?\b|\bthe\s+visiting\s+(?:president|leader|prime\s+minister|minister|king|emir)\b|\bthe\s+visitor\b",
    re.I,
)
ARRIVED = re.compile(
    r"(?:,[^,;.]{0,60},)?\s+(?:\w+\s+){0,2}?(?:arrived|arrives|landed|lands|is\s+visiting|was\s+visiting|"
    r"began|begins|started|starts)\b(?!\s+(?:talks|work))",
    re.I,
)
VISIT_BY = re.compile(r"\bvisit\s+(?:to\s+[\w\s]{1,30}?\s+)?by\s+(?:[\w-]+\s+){0,4}$", re.I)
COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})
DAY_WORDS = frozenset(WEEKDAYS) | {"today", "yesterday", "tomorrow"}
# Words that open the name of a body named after a person: "Fundação Getulio Vargas"
ORG_LEADS = frozenset(
    "fundação fundación fundacion fondation fondazione stiftung instituto institut istituto "
    "universidad universidade université università colegio escuela hospital aeroporto "
    "aeropuerto aéroport grupo groupe gruppo café cafe cafés frigorífico frigorifico companhia "
    "compañía compania industrias indústrias banco empresas empresa".split()
)
# What is sent "to the Secretary": not part of an office ("a letter to the Secretary of
# Agriculture, X" is X's office alone)
WRITINGS = frozenset(
    "letter letters message messages note notes appeal request reply response invitation "
    "petition memo complaint".split()
)
KIN = frozenset(
    "daughter son wife husband widow widower mother father brother sister grandson "
    "granddaughter nephew niece cousin".split()
)
# "asset manager Horizonte Capital", "fund manager Dragon Capital": a firm, not a title
FUND_KINDS = frozenset("asset fund investment money wealth portfolio hedge".split())
SOVEREIGNS = frozenset({"king", "queen", "emir", "amir", "sultan", "monarch"})
# Titles that are also given names, read as names straight after another office.
TITLE_GIVEN_NAMES = frozenset({"amir", "sultan"})
ROYAL_HEADS = frozenset(
    {"king", "queen", "prince", "princess", "emir", "amir", "sultan", "monarch"}
)
NOT_NAME = (
    SENTENCE_WORDS
    | CALENDAR
    | ORG_WORDS
    | HEADS
    | MODIFIERS
    | COMPOUND_WORDS
    # (a rank spelt out may be a surname: "Economist Sarah Colonel")
    | frozenset(h.rstrip(".") for h in HONORIFICS) - RANKS
    | frozenset(ABBREVIATIONS)
    | frozenset({"counterpart", "counterparts", "ministry", "prime", "crown", "vice"})
    # continents and regions: "Trade Representative for South and Central Asia Brendan Lynch"
    | frozenset(
        "asia africa europe america americas oceania pacific atlantic eurasia caribbean balkans "
        "scandinavia".split()
    )
    # platforms and plural trades: "his official Facebook page", "the Bangladesh Garment
    # Manufacturers and Exporters Association"
    | frozenset(
        "facebook instagram youtube whatsapp tiktok telegram twitter weibo wechat linkedin "
        "workers farmers".split()
    )
    # (and "the Tbilisi Policy Lab": a research body; "the Trump Route for International Peace":
    # a road named for someone)
    | frozenset("lab labs route corridor".split())
    # legal instruments: "Under the Executive Order issued on 2 April" names no one
    | frozenset(
        "order orders proclamation proclamations decree decrees memorandum directive".split()
    )
)
CONNECTORS = frozenset({"of", "for", "to", "on", "at"})
PATRONYMIC = frozenset({"bin", "bint", "ibn", "ben", "binti"})
VARIANT_SCORE = 88  # rapidfuzz ratio (0-100) of two surnames for a spelling variant
# Modifiers a description may add without naming another office
LOOSE_MODIFIERS = frozenset(
    "top senior chief new former acting interim then- newly appointed first outgoing incoming "
    "visiting".split()
)
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "whose"})
CLAUSE_VERBS = frozenset(
    "said says told added noted stated stressed emphasised emphasized who which that whose "
    "confirmed announced reported wrote tweeted when while was is has had will would".split()
)
# A sentence opening on a phrase of its own before the subject: "In a letter to X, the mayor ..."
FRONTED_PHRASE = re.compile(r"\W*(?:In|During|After|Before|At|Following|Ahead\s+of)\s")
# Verbs a subject named by its office takes straight after it: "..., the minister asked"
SUBJECT_VERB = re.compile(
    r"\s+(?:also\s+)?(?:said|says|told|asked|asks|wrote|writes|added|urged|urges|warned|argued|"
    r"called|noted|stressed|requested|sought|thanked|has|had|was|is|will|would)\b"
)
# Words between a name and the office the sentence gives it.
COPULA = re.compile(
    r"^(?:is|becomes|became|will\s+become|is\s+now|was\s+named|was\s+appointed|has\s+been\s+appointed|"
    r"was\s+sworn\s+in\s+(?:(?:last|this)\s+(?:week|month|year)\s+|on\s+\w+\s+)?as|"
    r"takes\s+over\s+as|took\s+over\s+as|to\s+become|"
    r"(?:also\s+)?serves\s+as|is\s+also|in\s+(?:his|her)\s+capacity\s+as|"
    # ("Takaichi has been prime minister for barely ten days")
    r"has\s+been(?=\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:prime\s+minister|president|chancellor|premier)\b))\s"
)
# "appointed Sifi Ghrieb as prime minister": the verbs that give the name after them an office
APPOINTING = frozenset(
    "appointed appoints appoint named names nominated nominates tapped taps picked picks chose "
    "chooses installed installs designated designates reappointed confirmed".split()
)
AS_OFFICE = re.compile(r"^as\s")
# ... and the offices an appointment gives (not a task: "named Bessent as lead negotiator")
STATE_OFFICE = re.compile(
    r"\b(?:prime\s+minister|minister|president|premier|chancellor|secretary|ambassador|envoy|"
    r"governor|trade\s+representative|commissioner|chief\s+of\s+staff|chief\s+executive)\b",
    re.I,
)
# Words that cannot stand before an office as words of its trade ("accompanied by Minister")
FUNCTION_WORDS = frozenset(
    "by with to of in at on for from and or as who which that alongside beside besides including "
    "plus like unlike".split()
)
# ", who also serves as Minister of ...": a second office beside the one in the title
# "al-Shaibani", "el-Sisi": a surname that opens with its article
ARTICLE_SURNAME = re.compile(r"(?:al|el|ad|as|an|ar|az|at)-[A-Z][\w’'-]+")
# Between a speaker and the one the report is about: "X told reporters that [Foreign Minister] Dar"
REPORTED_THAT = re.compile(
    r"\s+(?:said|says|told\s+(?:[\w-]+\s+){1,3}?|informed\s+(?:[\w-]+\s+){1,3}?)"
    r"(?:on\s+[A-Z][a-z]+day\s+)?(?:that\s+)?"
    r"(?:(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4})?"
)
# After "He": words that keep the speaker talking ("He added", "He said")
SPEECH_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:said|says|added|adds|noted|stressed|told|insisted|argued|warned|explained)\b"
)
# "X, who chairs the trade committee,": the office a verb of leading gives
LEADS_BODY = {
    "chairs": "chair",
    "heads": "head",
    "leads": "leader",
    "runs": "head",
    "directs": "director",
}
LED_ROLES = tuple(f"{v} of " for v in LEADS_BODY.values())
ALSO_OFFICE = re.compile(
    r"^(?:,\s+who\s+(?:also\s+serves\s+as|is\s+also|also\s+holds)|\s+in\s+(?:his|her)\s+capacity\s+as)\s",
    re.I,
)
SUCCEEDS = re.compile(r"^(?:succeeds|succeeded|replaces|replaced)\s+(?:\S+\s+){1,4}?as\s")
STYLES = frozenset({"highness", "majesty", "excellency", "royal", "holiness"})
# Between a description and the name it titles: a comma and the style of address.
APPOSED = re.compile(
    r"\s*,?\s*(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\s+|"
    r"(?:H\.\s?E\.|Sheikh|Shaikh|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|"
    # (Malaysian styles: "the Prime Minister of Malaysia, YAB Dato' Seri Anwar Ibrahim")
    r"YAB|YB|YBhg\.?|Senator|Tan\s+Sri|Dato['’]?|Datuk|Seri|Utama|Tun)\s+)*"
)
# "the city's mayor", "the province's premier": an office owned by the place just told of
PLACE_OWNERS = frozenset(
    "city town state province region country nation island county municipality prefecture".split()
)
# Words of military titles the office vocabulary does not hold ("Chief of Army Staff Field
# Marshal Asim Munir")
RANK_WORDS = frozenset("staff marshal general admiral colonel commander".split())
# Titles that are also family names, read as names after a title and a given name
TITLE_SURNAMES = frozenset("king bishop knight".split())
# "the first foreign leader to do so": a feat told of someone, not an office
ORDINALS = frozenset("first second third last only latest next".split())
GENERIC_HEADS = frozenset("leader official".split())
# Lower-case words for a business written straight before its name: "the bank Banca Valmaggia"
FIRM_NOUNS = frozenset(
    "bank lender insurer brokerage consultancy airline carrier miner retailer".split()
)
LEGISLATORS = frozenset(
    "senator representative congressman congresswoman congressmember lawmaker legislator mp".split()
)
# Words that end a name's apposition and begin a clause of its own.
APPOSITION_STOP = frozenset(
    "met meet meets called spoke speaks told asked urged with to by from than as at in on".split()
)
HEADLINE_CAPS = 0.6  # share of capitalised words that marks a Title Case headline


@dataclass
class RoleSeen:
    role: str
    country: str | None
    sentence: int
    counterpart: bool = False  # "his Turkish counterpart": role is the other person's
    also: bool = False  # a second post held beside the first ("who also serves as ...")


@dataclass
class PersonRec:
    """One person as the article knows them."""

    tokens: list[str]
    roles: list[RoleSeen] = field(default_factory=list)
    first_sentence: int = 0
    first_start: int = 0
    country: str | None = None
    counterpart_of: PersonRec | None = None
    place_like: bool = False  # written after "in"/"at" and never given an office

    @property
    def titled(self) -> bool:
        return bool(self.roles) or self.counterpart_of is not None

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    def best_role(self) -> RoleSeen | None:
        """The most specific role the article gives (ties: the earliest)."""
        real = [r for r in self.roles if not r.counterpart]
        if not real:
            return None
        has_office = any(PUBLIC_OFFICE.search(x.role) for x in real)
        posts = [r for r in real if not r.also]
        extra = [r for r in real if r.also]
        if posts and extra:
            # "Vice President Geraldo Alckmin ... Alckmin, who also serves as minister of
            # development, industry and trade": both posts
            first = self._best_of(posts, has_office)
            more = [r.role for r in extra if r.role.lower() not in first.role.lower()]
            if more:
                return RoleSeen("; ".join([first.role, *more]), first.country, first.sentence)
            return first
        return self._best_of(real, has_office)

    @staticmethod
    def _best_of(real: list[RoleSeen], has_office: bool) -> RoleSeen:
        # (a current office beats a former one however long: "Prime Minister Anutin" over
        # "a former health minister and leader of the Bhumjaithai Party")
        return max(
            real,
            key=lambda r: (
                not re.match(r"(?:former|ex-|then|onetime|one-time)\b", r.role, re.I),
                # (an office beats a calling: "President" over "a libertarian economist")
                not PROFESSION.search(r.role) or not has_office,
                # (and a body led: "Finance Minister" over "leader of the Thai negotiating team")
                not r.role.lower().startswith(LED_ROLES) or not has_office,
                _role_weight(r.role),
                -r.sentence,
            ),
        )

    def role_country(self) -> str | None:
        for r in self.roles:
            if r.country:
                return r.country
        return self.country


# What someone does for a living, beside the office they hold
PROFESSION = re.compile(
    r"\b(?:economist|analyst|strategist|researcher|professor|lecturer|scholar|expert|consultant|"
    r"lawyer|businessman|businesswoman|entrepreneur|investor|banker|journalist|author)\b$",
    re.I,
)
PUBLIC_OFFICE = re.compile(
    r"\b(?:president|prime\s+minister|minister|chancellor|king|queen|premier|secretary|governor|"
    r"senator|ambassador|emir|sultan)\b",
    re.I,
)


def _role_weight(role: str) -> int:
    words = [w for w in re.findall(r"[\w’'-]+", role.lower()) if w not in {"of", "the", "and"}]
    generic = {"union", "former", "top", "senior", "then"}
    # (an age says nothing of the office: "84-year-old ruler" is no more than "King")
    return sum(1 for w in words if w not in generic and not re.fullmatch(r"\d+-year-old", w))


@dataclass
class Ref:
    """A reference to one or more people inside one sentence."""

    sentence: int
    start: int  # char offset in the sentence, the whole mention (title included)
    end: int
    people: tuple[PersonRec, ...]
    kind: str  # name, alias, titled, descriptor, counterpart, pronoun, group
    possessive: bool = False
    text: str = ""


@dataclass
class _NameSpan:
    i: int  # token index of the first name token
    j: int  # one past the last
    possessive: bool


@dataclass
class _RoleSpan:
    start: int  # char offset of the role phrase in the sentence
    text: str
    country: str | None
    counterpart: bool = False
    plural: bool = False  # "Presidents A and B": the role is each one's
    weak: bool = False  # read from "X becomes ...": gives a known name a role, makes no one new
    also: bool = False  # "X, who also serves as minister of ...": a second post beside the first


def _relative_head(text: str, before: list[Ref], pos: int) -> Ref | None:
    """The name a closed "who" aside hangs on, when the last name before ``pos`` is inside it."""
    if len(before) < 2:
        return None
    for aside in re.finditer(r",\s+who\s[^,;]{3,160},", text[:pos]):
        if re.search(
            # ("A, who met Trump, said the U.S. leader told reporters he ...": the leader)
            r"\b(?:the|his|her)\s+(?:[\w.-]+\s+){0,2}?(?:leader|president|minister|secretary|"
            r"chancellor|premier|official|envoy|ambassador|representative|counterpart)\b",
            text[aside.end() : pos],
            re.I,
        ):
            return None
        if aside.start() <= before[-1].start < aside.end():
            head = [r for r in before if r.end <= aside.start()]
            if head and re.fullmatch(r"\s*", text[head[-1].end : aside.start()]):
                return head[-1] if len(head[-1].people) == 1 else None
    return None


def _subject_after_fronted(text: str, end: int) -> bool:
    """ "In a letter dated May 28 to Secretary X, the mayor asked ...": the description after the
    fronted phrase's comma is the subject of the main clause (its verb follows), not X's title."""
    return bool(FRONTED_PHRASE.match(text) and SUBJECT_VERB.match(text, end))


def _singular(word: str) -> str | None:
    """ "Presidents" -> "President", "Secretaries" -> "Secretary" when that is a title word."""
    low = word.lower()
    for cut, add in (("ies", "y"), ("s", "")):
        if low.endswith(cut) and low[: -len(cut)] + add in HEADS:
            return word[: -len(cut)] + add
    return None


class PeopleReader:
    """Finds people in a list of sentences; see the module docstring."""

    def __init__(
        self,
        sentences: list[Sentence],
        full_text: str,
        dateline_country: str | None = None,
        dateline_city: str | None = None,
    ):
        self.sentences = sentences
        self.tokens = [tokenize(s.text) for s in sentences]
        self.headline = [
            _is_headline(s.text, toks) for s, toks in zip(sentences, self.tokens, strict=True)
        ]
        self.lower_words = _lower_words(full_text)
        self.dateline_country = dateline_country
        self.people: list[PersonRec] = []
        self.refs: list[list[Ref]] = [[] for _ in sentences]
        # who the story has called "Ms."/"Mrs." ("f") or "Mr." ("m"), read up to a sentence
        self._sexed: dict[str, set[str]] = {"f": set(), "m": set()}
        self._sexed_upto = 0
        self._pending_single: list[tuple[int, _NameSpan, _RoleSpan | None]] = []
        self._places: set[str] = set()  # names written after "in", "at", "from"
        self._visited: set[str] = set()  # names visited "..., where": places for sure
        self._initials: dict[str, PersonRec] | None = None  # "EAM": External Affairs Minister
        if dateline_city:
            self._places.add(dateline_city.lower())

    # ------------------------------------------------------------------ pass 1
    def read(self) -> PeopleReader:
        spans_by_sentence = []
        for si, toks in enumerate(self.tokens):
            spans = self._name_spans(self.sentences[si].text, toks, self.headline[si])
            spans_by_sentence.append(spans)
            taken = {k for sp in spans for k in range(sp.i, sp.j)}
            shared: _RoleSpan | None = None
            last_end = -1
            prev_rec: PersonRec | None = None
            for sp in spans:
                left = self._role_left(toks, sp.i, taken)
                lead = sp.i  # where the name's own words begin, its title included
                while left is not None and lead > 0 and toks[lead - 1].end > left.start:
                    lead -= 1
                before = self._role_apposition_before(toks, lead, taken)
                role = left or before
                also = before if left is not None and before is not None else None
                if role is None and shared and sp.i == last_end + 1 and toks[last_end].low == "and":
                    role = shared  # "Presidents Lula and Milei": the second is a president too
                if role is None or role.text.lower() in ROYAL_STYLES and also is None:
                    # ("Prince Abdulaziz bin Saud, minister of interior,": the office, not the style)
                    role = self._role_apposition_after(toks, sp.j, sp.possessive, taken) or role
                also_office = ALSO_OFFICE.match(self.sentences[si].text[toks[sp.j - 1].end :])
                if role is None:
                    appointed = sp.i > 0 and toks[sp.i - 1].low in APPOINTING
                    role = self._role_by_copula(toks, sp.j, taken, appointed)
                    if role is not None and appointed:
                        # "appointed X as prime minister on Sunday": the office, not its day; only
                        # a post of state or at a firm's head, not "picked Morgan Stanley as
                        # adviser" or "named Bessent as lead negotiator" (a task, not his office)
                        if days := find_dates(role.text):
                            role.text = role.text[: days[0].start].rstrip()
                            role.text = re.sub(r"\s+(?:on|in)$", "", role.text)
                        role = role if STATE_OFFICE.search(role.text) else None
                    role = role or self._role_by_leading(toks, sp.j, taken)
                    if role is not None and sp.j - sp.i < 2:
                        role.weak = True  # (a lone capital may be "Sport")
                    if role is not None and also_office:
                        role.also = True  # "Alckmin, who also serves as minister of trade,"
                elif also_office:
                    extra = self._role_by_copula(toks, sp.j, taken)
                    if extra is not None and extra.text.lower() not in role.text.lower():
                        # "Vice President Geraldo Alckmin, who also serves as Minister of
                        # Development": both offices
                        role = _RoleSpan(
                            role.start, f"{role.text}; {extra.text}", role.country or extra.country
                        )
                shared = role if role is not None and role.plural else None
                home_of = (
                    prev_rec is not None
                    and prev_rec.roles
                    and sp.j - sp.i == 1
                    and sp.i == last_end + 1
                    and toks[last_end].low == "of"
                )
                last_end = sp.j
                if home_of:
                    # "Rep. Jason Smith of Missouri, the chairman of the House Ways and Means
                    # Committee,": the state he sits for, and the office is his; "Chief
                    # Executive Jensen Huang of Nvidia, the clear leader in AI chips,": the
                    # firm, whose the words after it are
                    if role is not None and any(
                        set(r.role.lower().replace(".", "").split()) & SEATED_OFFICES
                        for r in prev_rec.roles
                    ):
                        self._add_role(prev_rec, role, si)
                    prev_rec = None
                    continue
                prev_rec = None
                if _ends_a_body_name(toks, sp.i):
                    continue  # "director of the KOF Institute at ETH Zurich": a body's name
                if sp.j - sp.i >= 2 and not self.headline[si]:
                    rec = self._register(toks[sp.i : sp.j], si, toks[sp.i].start, sp.possessive)
                    prev_rec = rec
                    if role:
                        self._add_role(rec, role, si)
                    if also:  # "The Minister of Foreign Affairs, Ambassador Adaeze ...": both
                        self._add_role(rec, also, si)
                else:
                    self._pending_single.append((si, sp, role))
        self._settle_singles()
        for p in self.people:
            p.place_like = p.name.lower() in self._places | self._visited and not p.roles
        for si, toks in enumerate(self.tokens):
            self._references(si, toks, spans_by_sentence[si])
        self._settle_counterparts()
        self._settle_countries()
        return self

    def _name_spans(self, text: str, toks: list[Token], headline: bool) -> list[_NameSpan]:
        spans: list[_NameSpan] = []
        k = 0
        n = len(toks)
        countries = _country_tokens(text, toks)
        while k < n:
            if (
                k in countries
                or not (
                    self._namey(toks, k, first=True)
                    or _surname_he(toks, k)
                    or self._given_name_after_title(toks, k)
                    # "Fidan and al-Shaibani met": a surname that opens with its article
                    or toks[k].base[2:3] == "-"
                    and ARTICLE_SURNAME.fullmatch(toks[k].base)
                    and (k == 0 or not toks[k - 1].cap)
                )
            ):
                k += 1
                continue
            start = k
            end = k + 1
            possessive = toks[k].possessive
            while end < n and not possessive and end - start < _name_limit(toks, start, end):
                t = toks[end]
                if end in countries:
                    break
                if t.base in POST_NOMINALS and end - start >= 2:
                    break  # "Justin Tkatchenko MP": the letters after a name are no part of it
                if self._namey(toks, end, first=False):
                    possessive = t.possessive
                    end += 1
                    continue
                if t.base in ("Jr.", "Sr.") and end - start >= 2:
                    end += 1  # "Ferdinand Marcos Jr.": the suffix ends the name
                    break
                if t.low in PARTICLES and end + 2 < n and toks[end + 1].low in PARTICLES:
                    if self._namey(toks, end + 2, first=False) and end + 2 - start < 5:
                        end += 2  # "Santiago de la Fuente", "Van der Berg"
                        continue
                    break
                if (
                    (t.low in PARTICLES or t.low.startswith(("al-", "el-")))
                    and end + 1 < n
                    and (
                        self._namey(toks, end + 1, first=False)
                        or toks[end].low.startswith(("al-", "el-"))
                    )
                ):
                    if t.low.startswith(("al-", "el-")):
                        end += 1
                        possessive = t.possessive
                        continue
                    end += 1
                    continue
                if (
                    t.low in PARTICLES
                    and t.base[:1].isupper()
                    and (end + 1 == n or not toks[end + 1].cap)
                ):
                    end += 1  # "Wang Di,": a capitalised particle that ends the name is part of it
                    break
                break
            if (
                toks[end - 1].low in PARTICLES
                and end - 1 > start
                and not toks[end - 1].base[:1].isupper()
            ):
                end -= 1  # (a particle alone, "Wang Di", stays: the loop must move on)
            if (
                toks[start].base in ("Yuan", "Yuan’s", "Yuan's")
                and start > 0
                and toks[start - 1].low
                in ("executive", "legislative", "control", "judicial", "examination")
            ):
                k = end
                continue  # "the Executive Yuan", Taiwan's cabinet: a body, not a person
            if _sheikh_in_name(text, toks, start, end):
                start -= 1  # "Commerce Adviser Sheikh Bashir Uddin": part of the name
            if (
                start >= 2
                and toks[start - 1].low == "manager"
                and toks[start - 2].low in FUND_KINDS
            ):
                k = end
                continue  # "chief economist at asset manager Horizonte Capital": a company
            if (
                toks[start].low.endswith("-based")
                and end - start >= 2
                and start > 0
                and toks[start - 1].low in {"of", "at", "for", "with", "by", "the", "a", "an"}
            ):
                # "managing director of Chattogram-based Seabreeze Apparels", "the Sousse-based
                # Olea Tunisie": a business, not a person (but "according to Singapore-based
                # Song Seng Wun, an economist" is one)
                self._places.add(" ".join(t.base for t in toks[start + 1 : end]).lower())
                k = end
                continue
            if start > 0 and (
                toks[start - 1].text in ("St.", "St", "Ste.", "San", "Santa", "Fort", "Port")
                or toks[start - 1].low in FIRM_NOUNS
                and not toks[start - 1].cap
            ):
                self._places.add(" ".join(t.base for t in toks[start:end]).lower())
                k = end
                continue  # "the University of St. Gallen", "the Ticino-based bank Banca Valmaggia"
            if toks[start].low in ORG_LEADS or (
                start > 0 and toks[start - 1].low in ORG_LEADS and toks[start - 1].cap
            ):
                self._places.add(" ".join(t.base for t in toks[start:end]).lower())
                k = end
                continue  # "Fundação Getulio Vargas", "Instituto Lula": a body named after someone
            if toks[end - 1].low in PLACE_NOUNS - {"port", "state"} and (
                end - start >= 2
                # ("the Ambassador Bridge": the title word is part of the place's name)
                or start >= 2
                and toks[start - 2].low == "the"
                and toks[start - 1].cap
            ):
                self._places.add(" ".join(t.base for t in toks[start:end]).lower())
                k = end
                continue  # "King Fahd Causeway": a place named after someone
            if (
                end - start >= 2
                and start > 0
                and toks[start - 1].text == "the"
                # (not a title's body before the name: "Chancellor of the Exchequer Rachel
                # Reeves", "Special Envoy to the Middle East Steve Witkoff")
                and (start < 2 or toks[start - 2].low not in ("of", "to", "for"))
                and not self.lookup(toks[end - 1].base)
                # (but "the Dalai Lama", "the Aga Khan": a person known by a title)
                and " ".join(t.low for t in toks[start:end]) not in STYLED_WITH_THE
            ):
                k = end
                continue  # "told the Northern Courier": a paper or a body, not a person
            if (
                end < n
                and start > 0
                and toks[start - 1].low in ("the", "a", "an")
                and toks[end].low in BUSINESS_NOUNS
                and not toks[end - 1].possessive
            ):
                self._places.add(" ".join(t.base for t in toks[start:end]).lower())
                k = end
                continue  # "the Glen Ardrie distillery": a business
            if end < n and toks[end].low in PLACE_NOUNS and not toks[end - 1].possessive:
                self._places.add(" ".join(t.base for t in toks[start:end]).lower())
                k = end
                continue  # "Bắc Ninh province", "Kumasi city": a place
            if _names_a_body(toks, end) or (
                end - start == 1
                and end < n
                and toks[end].cap
                and country_code(toks[end].base, capitals=False)
            ):
                k = end
                continue  # "Islamic Revolution", "Al Salam Palace", "North American"
            if (
                end < n
                and toks[end].cap
                and (toks[end].low in HEADS or toks[end].low in COMPOUND_WORDS)
                and not toks[end - 1].possessive
                # (but "Justin Tkatchenko MP said": letters after a name; not "Coventry North
                # West MP Taiwo Owatemi", a seat before its member's name)
                and not (
                    toks[end].base in POST_NOMINALS
                    and end - start >= 2
                    and not (end + 1 < n and toks[end + 1].cap)
                )
            ):
                k = end
                continue  # "the Highly Respected General Secretary": words of a title
            if _portfolio_list_item(toks, start, end):
                # "Minister of Foreign Affairs, Emigration and Egyptian Expatriates Badr
                # Abdelatty": "Emigration" is part of the portfolio; after the "and", the
                # portfolio's last word comes before the name
                if end - start < 3:
                    k = end
                    continue
                start = end - 2
            elif _complement_of_title(toks, start, single=end - start == 1):
                if end - start < 3 or (
                    end + 1 < n and toks[end].text == "," and self._namey(toks, end + 1, first=True)
                ):
                    # ("Special Representative for the Middle East Peace Process, Kristina
                    # Valtonen": the name comes after the comma)
                    k = end
                    continue  # "Minister of Export Promotion": a portfolio, not a person
                start = end - 2  # "Minister of Export Promotion Mary Ng": the last two words
            if (
                end - start == 1
                and toks[start].low.endswith("ly")
                and end < n
                and toks[end].text == ","
            ):
                k = end
                continue  # "Separately, ..."
            if (
                start > 0
                and (
                    toks[start - 1].low in PLACE_WORDS
                    # ("from a car factory in the West Midlands")
                    or start > 1
                    and toks[start - 1].low == "the"
                    and toks[start - 2].low in PLACE_WORDS
                )
                and not headline
                # (not "praise from Donald Trump": a name the office holders' list knows)
                and leader_country(" ".join(t.base for t in toks[start:end])) is None
            ):
                self._places.add(" ".join(t.base for t in toks[start:end]).lower())
            if (
                start > 0
                and toks[start - 1].low in {"visited", "visiting", "visits", "toured", "touring"}
                and end + 1 < n
                and toks[end].text == ","
                and toks[end + 1].low == "where"
            ):
                # "visited Reggio Emilia, where he toured a dairy": somewhere one can be in
                self._visited.add(" ".join(t.base for t in toks[start:end]).lower())
            if start > 0 and toks[start - 1].text in {"@", "#"}:
                k = end
                continue
            for size in (2, 1):
                # "US Special Envoy to the Middle East Steve Witkoff": the region, then the name
                lead_phrase = " ".join(t.base for t in toks[start : start + size])
                if (
                    end - start - size >= 2
                    and (
                        (size == 2 and lead_phrase.lower() in PLACES)
                        or country_code(lead_phrase, capitals=False)
                    )
                    and not any(toks[x].low in PARTICLES for x in range(start, start + size + 1))
                ):
                    start += size
                    break
            if _is_place(toks[start:end]) or any(
                " ".join(t.base for t in toks[x:end]).lower() in PLACES
                for x in range(max(0, start - 2), start)
            ):
                k = end
                continue  # ("Before leaving New York, ...": "New" is a common word, "York" no name)
            if headline:
                spans.extend(_NameSpan(x, x + 1, toks[x].possessive) for x in range(start, end))
            else:
                spans.append(_NameSpan(start, end, possessive))
            k = end
        return spans

    def _given_name_after_title(self, toks: list[Token], k: int) -> bool:
        """ "staff secretary Will Scharf": a word that is also common, between a title and a surname."""
        t = toks[k]
        if not (0 < k < len(toks) - 1 and t.cap):
            return False
        head = k - 2 if k > 1 and toks[k - 1].text == "," else k - 1  # ("trade secretary, Rose X")
        return (
            head >= 0
            and (
                toks[head].low in HEADS
                # ("Cabinet Secretary for Investments, Trade and Industry, Rose Achieng")
                or (
                    head < k - 1
                    and toks[head].cap
                    and any(x.low in HEADS for x in toks[max(0, head - 6) : head])
                )
            )
            and t.cap
            and t.text.isalpha()
            and (
                t.low not in NOT_NAME
                # "Finance Minister Amir Hamzah Azizan", "COP president Sultan Al Jaber"
                or (t.low in TITLE_GIVEN_NAMES and toks[k - 1].low not in ROYAL_HEADS)
            )
            and self._namey(toks, k + 1, first=False)
        )

    def _initials_after_title(self, toks: list[Token], k: int) -> bool:
        """Initials straight after a title, "counterpart" or an honorific, before a surname."""
        if k == 0 or k + 1 >= len(toks):
            return False
        prev, nxt = toks[k - 1], toks[k + 1]
        after = k + 1
        while after + 1 < len(toks) and re.fullmatch(r"(?:[A-Z]\.){1,3}", toks[after].base):
            after += 1  # "K. P. Sharma": initials written apart
        nxt = toks[after]
        if prev.text == "," and k > 1:
            prev = toks[k - 2]  # "his Indian counterpart, S. Jaishankar"
        return (
            prev.low in HEADS or prev.low in COUNTERPART_WORDS or prev.low.rstrip(".") in HONORIFICS
        ) and _name_word(nxt)

    def _given_before(self, toks: list[Token], k: int) -> bool:
        """The word before is a name the story never writes in lower case ("Donald")."""
        if k == 0:
            return False
        prev = toks[k - 1]
        if prev.low.rstrip(".") in COURTESY:
            return True  # ("Mr. Trump": no common word after a courtesy title)
        return (
            _name_word(prev)
            and prev.low not in self.lower_words
            and prev.low not in HEADS
            and prev.low not in MODIFIERS
        )

    def _namey(self, toks: list[Token], k: int, first: bool) -> bool:
        t = toks[k]
        if not t.cap or not t.text[0].isalpha():
            return False
        base = t.base
        low = base.lower().rstrip(".")
        if "-" in low and all(w in HEADS or w in MODIFIERS for w in low.split("-")):
            return False  # "Vice-Premier", "Deputy-Governor": a title, not a name
        if (
            re.fullmatch(r"(?:[A-Z]\.){1,3}", base)
            and first
            and self._initials_after_title(toks, k)
        ):
            return True  # "External Affairs Minister S. Jaishankar", "Minister H.D. Kumaraswamy"
        if len(base) == 2 and base.endswith(".") and base[0].isupper():
            return not first  # a middle initial: "Antony J. Blinken"
        if base in NAME_ABBREVIATIONS:
            return first and k + 1 < len(toks) and toks[k + 1].cap  # "Ma. Corazon", "Md. Touhid"
        if first and low in RANKS:
            return False  # "Colonel Michael Randrianirina": a rank before the name (not "Sarah Colonel")
        if (
            low in MONTH_GIVEN_NAMES
            and k + 1 < len(toks)
            and toks[k + 1].cap
            and toks[k + 1].text[0].isalpha()
            and (
                k == 0 or toks[k - 1].low not in {"on", "in", "by", "since", "from", "until", "of"}
            )
        ):
            return True  # "Commissioner Jan Weber", "April Ryan": a given name, not a month
        if (
            low in ("jun", "jan")
            and base[:1].isupper()
            and not first
            and not (
                k + 1 < len(toks) and (toks[k + 1].text[:1].isdigit() or toks[k + 1].text == ".")
            )
            and not base.endswith(".")
        ):
            # "Premier Huang Jun", "Vice Minister Li Jun": a given name after a family one
            return True
        if (
            low in TITLE_SURNAMES
            and not first
            and self._given_before(toks, k)
            and k >= 2
            and (toks[k - 2].low in HEADS or toks[k - 2].low.rstrip(".") in HONORIFICS)
            and (k + 1 == len(toks) or not toks[k + 1].cap)
        ):
            return True  # "Resources Minister Madeleine King met": a family name, not a king
        if (
            low in NOT_NAME
            # (a family name after a given one stands though the story writes the word in lower
            # case elsewhere: "Donald Trump" beside "Beijing's trump card")
            or (low in self.lower_words and not self._given_before(toks, k))
            or (t.cap and _singular(base))
        ):
            return False  # (and "Presidents", "Ministers": titles in the plural)
        if (
            base.isupper()
            and len(base) > 1
            and not (len(base) <= 3 and "." not in base and not first)
        ):
            return _family_name_first(toks, k)  # ISLAMABAD, USA, PICSS; but "Mr. HAYASHIDA Kenji"
        if "." in base and len(base) > 2:
            return False  # U.S.
        if len(base) == 2 and base.endswith(".") and first:
            return False  # an initial cannot start a name on its own
        if country_code(base, capitals=True) is None:
            return True
        # a capital's name can be a given name: "Minister Santiago de la Fuente"
        return (
            country_code(base, capitals=False) is None
            and k + 2 < len(toks)
            and toks[k + 1].low in PARTICLES
            and k > 0
            and any(
                toks[j].low in HEADS or toks[j].low.rstrip(".") in HONORIFICS
                for j in ([k - 1, k - 2] if k > 1 and toks[k - 1].text == "," else [k - 1])
            )
        )

    # role phrases --------------------------------------------------------
    def _role_left(self, toks: list[Token], i: int, taken: set[int]) -> _RoleSpan | None:
        """Role phrase written straight before the name: "Russian Foreign Minister"."""
        j = i - 1
        while (
            j >= 0
            and toks[j].low.rstrip(".") in HONORIFICS
            and (toks[j].low not in {"his", "her"} or toks[j + 1].low in STYLES)
        ):
            j -= 1
            if (
                j >= 1
                and _article_of_style(toks, j)
                and toks[j - 1].cap
                and toks[j - 1].low != "senator"
            ):
                j -= 1  # "Prime Minister the Hon James Marape": the style, with its article
        k = j
        country = None
        while k >= 0:
            t = toks[k]
            low = t.low
            if k in taken:
                break
            if t.possessive:
                code = country_code(t.base)
                if not code and k >= 2 and toks[k - 1].low in {"and", "&"}:
                    # "Trinidad and Tobago's Trade Minister": a name of two parts
                    code = country_code(f"{toks[k - 2].text} and {t.base}")
                if code:
                    country = code
                    break
                if t.cap or t.base.lower() in HEADS:
                    k -= 1
                    continue
                break
            if (
                t.text == ","
                and k + 1 <= j
                and toks[k + 1].cap
                and (
                    nxt := next(
                        (
                            x
                            for x in range(k + 1, min(j + 1, k + 9))
                            if toks[x].low == "and" or not (toks[x].cap or toks[x].text == ",")
                        ),
                        None,
                    )
                )
                is not None
                and toks[nxt].low == "and"
                and _portfolio_list_item(toks, k + 1, nxt)
            ):
                k -= 1  # "Minister of Foreign Affairs, Emigration and Egyptian Expatriates X"
                continue
            if (
                low in CONNECTORS
                and k > 0
                and toks[k - 1].low in RELATIONAL
                and any(x.low in HEADS or x.low in COMPOUND_WORDS for x in toks[k + 1 : j + 1])
            ):
                break  # "a close aide of President Donald Trump": his office, not the aide's
            if (
                low in HEADS
                or low in MODIFIERS
                or low in COMPOUND_WORDS
                or low in ABBREVIATIONS
                or low == "counterpart"
            ):
                k -= 1
                continue
            if low in DAY_WORDS and not t.text.isupper():
                break  # "sent on Friday to Foreign Secretary X": a day ends the title ("USA TODAY" no day)
            if t.cap and t.word and low not in SENTENCE_WORDS:
                k -= 1
                continue
            if (
                low in CONNECTORS
                and k + 1 <= j
                and toks[k + 1].cap
                and k > 0
                and toks[k - 1].low in RELATIONAL
                and any(x.low in HEADS or x.low in COMPOUND_WORDS for x in toks[k + 1 : j + 1])
            ):
                break  # "a spokesman for Foreign Minister Ana Silva": her office, not his
            if low in CONNECTORS and k + 1 <= j and toks[k + 1].cap:
                k -= 1
                continue
            if (
                low in CONNECTORS
                and k + 2 <= j
                and toks[k + 1].low == "the"
                and toks[k + 2].cap
                and k > 0
                and toks[k - 1].low in HEADS
            ):
                k -= 1  # "Special Envoy to the Middle East Steve Witkoff"
                continue
            if low == "the" and k - 1 >= 0 and toks[k - 1].low in CONNECTORS and toks[k + 1].cap:
                k -= 1
                continue
            if low in {"and", "&"} and any(
                toks[x].low == "of"
                and x - 1 in taken
                and all(y.cap or y.low == "the" for y in toks[x + 1 : k])
                for x in range(max(1, k - 4), k - 1)
            ):
                # "President A of Mexico and Prime Minister B", "of the Maldives and": two people
                break
            if (
                low in {"and", "&"}
                and 0 < k < j
                and (_vocab(toks[k - 1]) or _headish(toks[k - 1]))
                and (_vocab(toks[k + 1]) or _headish(toks[k + 1]))
            ):
                k -= 1
                continue
            if (
                low in {"and", "&"}
                and 0 < k < j
                and toks[k - 1].cap
                and toks[k + 1].cap
                and any(
                    toks[x].low in {"of", "for"} and x > 0 and toks[x - 1].low in HEADS
                    for x in range(max(1, k - 5), k)
                )
            ):
                k -= 1  # "Minister of Steel and Heavy Industries": a portfolio of two parts
                continue
            if (
                t.text == ")"
                and k >= 3
                and toks[k - 2].text == "("
                and toks[k - 1].cap
                and toks[k - 3].low.rstrip("s") in ORG_WORDS
            ):
                k -= 3  # "Federation of Indian Export Organisations (FIEO) President"
                continue
            if t.text in {"-", "–"} and k > 0 and toks[k - 1].low in MODIFIERS:
                k -= 1
                continue
            break
        parts = toks[k + 1 : j + 1]
        while parts and (parts[0].low in CONNECTORS or parts[0].low in {"and", "the", "&"}):
            parts = parts[1:]
        single = _singular(parts[-1].text) if parts and parts[-1].cap else None
        if single:
            last = parts[-1]
            parts = [*parts[:-1], Token(single, last.start, last.start + len(single))]
        role = self._make_role(parts, country)
        if role is not None and single:
            role.plural = True
        return role

    def _role_apposition_before(
        self, toks: list[Token], i: int, taken: set[int]
    ) -> _RoleSpan | None:
        """ "the Chancellor's spokesman, Steffen Hebetsreit": role, comma, name."""
        while (
            i > 0
            and toks[i - 1].low.rstrip(".") in HONORIFICS
            and (toks[i - 1].low not in {"his", "her"} or toks[i].low in STYLES)
        ):
            i -= 1  # (also "His Highness Sheikh": a style, not "his" the pronoun)
        if i > 1 and _article_of_style(toks, i - 1):
            i -= 1  # "the Minister for Foreign Affairs, the Hon Justin Tkatchenko MP"
        if i < 2 or toks[i - 1].text != ",":
            return None
        k = i - 2
        if (
            k >= 3
            and toks[k].text == ")"
            and toks[k - 2].text == "("
            and re.fullmatch(r"[A-Z][\w&]{1,9}", toks[k - 1].text)
        ):
            k -= 3  # "The Minister of Investment, Trade and Industry (MITI), Tengku Zafrul"
        parts: list[Token] = []
        country = None
        while k >= 0 and len(parts) < 14:
            t = toks[k]
            if (
                t.text == ","
                and parts
                and parts[0].cap
                and any(x.low == "and" for x in parts)
                and any(
                    toks[x].low in {"for", "of"} and all(toks[y].cap for y in range(x + 1, k))
                    for x in range(max(0, k - 4), k - 1)
                )
            ):
                # "Kenya's Cabinet Secretary for Investments, Trade and Industry, Rose Achieng":
                # a portfolio listed with commas
                parts.insert(0, t)
                k -= 1
                continue
            if k in taken or t.text in {",", ";", ":", "(", ")", "—", "–", '"', "“", "”"}:
                break
            if (
                t.low in DETERMINERS
                and not (
                    t.low == "the"
                    and k > 0
                    and toks[k - 1].low in CONNECTORS
                    # ("Adviser on the Economy", not "called on the President of ...": a verb's)
                    and (toks[k - 1].low in {"of", "for", "to"} or k > 1 and toks[k - 2].cap)
                    # (not "sent a letter to the Secretary of Agriculture, X": "to" after an office)
                    and not (
                        toks[k - 1].low == "to"
                        and k > 1
                        # ("a letter on February 28 to the Secretary of Agriculture, X")
                        and (toks[k - 2].low in WRITINGS or not toks[k - 2].text[:1].isalpha())
                    )
                )
            ):
                break
            if (
                t.possessive
                and not t.cap
                and bool(parts)
                and t.base.lower() in PLACE_OWNERS
                and k > 0
                and toks[k - 1].low == "the"
                # (not "appointed X as the country's chief negotiator, spokesman Y said")
                and (k < 2 or toks[k - 2].low not in {"as", "of", "for", "to", "with", "by"})
            ):
                k -= 1  # "the city's mayor, Lorenzo Ghirardi": the place's, whichever it is
                continue
            if t.possessive and not t.cap and t.low not in HEADS:
                break
            if t.possessive and country_code(t.base):
                country = country_code(t.base)
                break
            if t.possessive and k > 0 and (code := _two_word_country(toks, k)):
                country = code  # "South Africa's Minister of Trade, Industry and Competition, X"
                break
            if t.low in CLAUSE_VERBS:
                return None
            parts.insert(0, t)
            k -= 1
        stop = toks[k] if k >= 0 else None
        if (
            parts
            and stop is not None
            and stop.possessive
            and stop.cap
            and not country_code(stop.base)
            and not any(t.possessive for t in parts)
            and (k == 0 or toks[k - 1].text in {",", ";", ":", "(", "—", "–"})
        ):
            # "Ramaphosa's spokesperson, Vincent Magwenya, said": the office, for whoever owns it
            return self._make_role(parts, None, loose=True)
        if stop is None or (stop.low not in DETERMINERS and not (stop.possessive and country)):
            return None
        if k >= 1 and toks[k - 1].low in {"is", "was", "are", "were", "becomes", "became", "be"}:
            return None  # "Kyle is the new Secretary of State, Starmer said": Kyle's office
        if parts and parts[0].low in {"and"}:
            return None
        if k >= 2 and toks[k - 1].low == "of" and toks[k - 2].low in KIN:
            return None  # "Born in Daegu, the daughter of a factory manager, Yoon studied"
        if parts and parts[-1].low == "counterparts":
            parts[-1] = Token("counterpart", parts[-1].start, parts[-1].end)
            # "his Egyptian and Saudi counterparts, A and B": each is a counterpart
            return _RoleSpan(parts[0].start, "counterpart", None, True, plural=True)
        return self._make_role(parts, country, loose=True)

    def _role_apposition_after(
        self, toks: list[Token], j: int, possessive: bool, taken: set[int] = frozenset()
    ) -> _RoleSpan | None:
        """ "Derek Chollet, the counselor of the US secretary of state,": name, comma, role."""
        if possessive or j + 1 >= len(toks) or toks[j].text != ",":
            return None
        k = j + 1
        det = toks[k].low in {"the", "a", "an"}
        if det:
            k += 1
        # "Wi Sung-lac, Lee's national security adviser,", "X, the lab's director of economics,":
        # an owner before the office
        owner = next(
            (
                x
                for x in range(k, min(k + 6, len(toks)))
                if toks[x].possessive
                and all(
                    toks[y].cap or toks[y].base[:1].islower() and y == x for y in range(k, x + 1)
                )
            ),
            None,
        )
        if owner is not None and toks[owner].base.lower() in ORG_WORDS:
            owner = None  # "the commission's trade spokesperson": the body is part of the office
        if owner is not None and (
            det
            or owner == k
            or all(y in taken or toks[y].low in HEADS for y in range(k, owner + 1))
        ):
            k = owner + 1
            det = True  # (lower-case words may lead the office: "national security adviser")
        parts: list[Token] = []
        while k < len(toks) and len(parts) < 14:
            t = toks[k]
            if (
                t.text in {",", ";", ".", ")", "(", ":", "—", '"', "“", "”"}
                or t.low in CLAUSE_VERBS
            ):
                break
            if (
                k in taken
                # ("David Ralambofiringa, the trade minister in Rajoelina's government,")
                and not any(
                    x.low in {"of", "for", "at", "to", "in", "under", "from"} for x in parts
                )
                # (but "a senior Hamas official", "senior Asean economist", "a Singapore-based
                # trade analyst": a lone capital word before a lower-case office, one
                # lower-case word of its trade apart at most, names a body or region, not a
                # person)
                and not (
                    k - 1 not in taken
                    and k + 1 < len(toks)
                    and k + 1 not in taken
                    and _lower_head_next(toks, k + 1)
                )
            ):
                return None  # the role belongs to the name that follows
            parts.append(t)  # (after "of": "chief executive of Australian Grape and Wine")
            k += 1
        heads = [x for x, t in enumerate(parts) if t.low in HEADS or t.low in COMPOUND_WORDS]
        if not heads or heads[0] > 3:
            return None
        if parts and parts[0].low in KIN and len(parts) > 1 and parts[1].low == "of":
            return None  # "Yoon, the daughter of a textile factory manager,": the parent's job
        if any(t.low in EVENT_NOUNS for t in parts):
            return None  # "Gen. Asim Munir, the first publicly disclosed conversation between ..."
        feat = next(
            (
                x
                for x, t in enumerate(parts[1:-1], start=1)
                if t.low == "to"
                and parts[x + 1].text.islower()
                and parts[x + 1].low not in {"the", "a", "an"}
            ),
            None,
        )
        if parts[0].low in ORDINALS and feat is not None:
            # "the first foreign leader to do so": a feat, no office; "the first woman to become
            # prime minister": the office become; "the first female prime minister to lead
            # Japan": the office before the feat
            if parts[feat + 1].low in {"become", "be", "serve"}:
                rest = parts[feat + 2 :]
                rest = rest[1:] if rest and rest[0].low == "as" else rest
                return self._make_role(rest, None, loose=True) if rest else None
            held = [t for t in parts[1:feat] if t.low not in MODIFIERS or t.low in HEADS]
            if not any(t.low in HEADS - GENERIC_HEADS for t in held):
                return None
            parts = held
        if any(
            not (
                t.cap
                or t.low in MODIFIERS
                or t.low in HEADS
                or (t.possessive and t.base.lower() in ORG_WORDS)  # "the commission's"
                # "X, a pharmaceuticals analyst at Y,"; with no article, before a profession
                # or an office at a named body: "Fabian Roth, automotive analyst at Kessler
                # Bank,", "Leila Mansouri, export director at Zitouna Gold,"
                or (
                    (
                        det
                        or (
                            PROFESSION.search(parts[heads[0]].low)
                            or _office_at_body(parts, heads[0])
                        )
                        and t.low not in ASIDE_ADVERBS
                    )
                    and t.text.isalpha()
                    and t.text.islower()
                    and not t.low.endswith("ly")
                )
            )
            for t in parts[: heads[0]]
        ):
            return None
        if any(t.low.isdigit() for t in parts):
            return None
        if (
            k + 1 < len(toks)
            and toks[k].low == "who"
            and toks[k + 1].low in {"is", "was", "serves", "served"}
            and PROFESSION.search(" ".join(t.low for t in parts))
        ):
            return None  # ("X, a trade lawyer who is Canada's ambassador": the office that follows)
        return self._make_role(parts, None, loose=True)

    def _role_by_copula(
        self, toks: list[Token], j: int, taken: set[int] = frozenset(), appointed: bool = False
    ) -> _RoleSpan | None:
        """ "Peter Kyle is the new Secretary of State for Business", "Reynolds, who becomes Chief
        Whip", "Cooper succeeds Lammy as Foreign Secretary": the office the sentence gives; with
        `appointed`, the name followed an appointing verb: "appointed Sifi Ghrieb as prime
        minister"."""
        lead = None
        k = j
        while k < len(toks) and k - j <= 30:
            t = toks[k]
            if t.text in {".", ";", ":"} or (k in taken and k != j) or t.low in SPEECH_VERBS:
                return None  # (not past another name, a sentence's end or "said")
            ahead = " ".join(x.low for x in toks[k : k + 8]) + " "
            lead = (
                COPULA.match(ahead)
                or SUCCEEDS.match(ahead)
                or (AS_OFFICE.match(ahead) if appointed and k == j else None)
            )
            if lead:
                break
            k += 1
        if lead is None:
            return None
        k += len(lead.group(0).split())
        while k < len(toks) and toks[k].low in {"the", "a", "an", "new", "now"}:
            k += 1
        parts: list[Token] = []
        while k < len(toks) and len(parts) < 14:
            t = toks[k]
            if (
                t.text == ","
                and any(x.low in {"of", "for"} for x in parts)
                and k + 1 < len(toks)
                and toks[k + 1].cap
                and k + 1 not in taken
            ):
                parts.append(t)  # "Minister of Development, Industry, Trade and Services"
                k += 1
                continue
            if (
                t.text == ","
                and parts
                and not parts[0].cap
                and any(x.low == "of" for x in parts)
                and (end := _lower_portfolio_end(toks, k))
            ):
                parts.extend(toks[k:end])  # "minister of development, industry and trade"
                break
            if (
                t.text in {",", ";", ".", ")", "(", ":", "—", '"', "“", "”"}
                or t.low in CLAUSE_VERBS
            ):
                break
            if t.low in {"with", "and"} and not (k + 1 < len(toks) and toks[k + 1].cap):
                break
            if t.low == "in" and parts and k + 1 in taken and toks[k + 1].possessive:
                break  # "serves as Minister of Economy in Takaichi's cabinet": whose cabinet
            if k in taken:
                return None  # another name: "replaces Reynolds, who ...": not this one's office
            parts.append(t)
            k += 1
        if parts and not parts[0].cap:
            # "who was sworn in as foreign minister in January": an office in lower case, if
            # its words are all words of titles
            return self._lower_case_office(parts)
        if not parts:
            return None
        role = self._make_role(parts, None, loose=False)
        if (
            role is None
            and len(parts) > 1
            and parts[0].possessive
            and not parts[1].cap
            and country_code(parts[0].base, capitals=False)
        ):
            # "was sworn in as Madagascar's president on October 17": the office after it
            return self._lower_case_office(parts[1:])
        return role

    def _role_by_leading(
        self, toks: list[Token], j: int, taken: set[int] = frozenset()
    ) -> _RoleSpan | None:
        """ "Bernd Lange, who chairs the European Parliament's trade committee,": the body led."""
        if j + 3 >= len(toks) or toks[j].text != "," or toks[j + 1].low != "who":
            return None
        head = LEADS_BODY.get(toks[j + 2].low)
        # ("who heads a farming cooperative in Ogata village": a body told first with "a")
        if (
            head is None
            or toks[j + 3].low not in {"the", "its", "their", "a"}
            and not toks[j + 3].cap
        ):
            return None
        if toks[j + 3].low == "a" and any(
            t.low
            in {"government", "coalition", "cabinet", "administration", "majority", "minority"}
            for t in toks[j + 4 : j + 9]
        ):
            return None  # ("who heads a fragile minority government": no office named)
        parts = [Token(head, toks[j + 2].start, toks[j + 2].end), Token("of", 0, 0)]
        k = j + 3
        while k < len(toks) and toks[k].text not in {",", ";", ".", "(", ":", "—", "–"}:
            if toks[k].low in {"and", "since", "until", "which", "who", "that", "by"}:
                break
            if k in taken and not toks[k].possessive:
                break  # (but "who leads Morena's bloc": the party's, named)
            if toks[k].low.endswith("ed") and toks[k - 1].low in ORG_WORDS:
                break  # ("the negotiating committee created by Lula")
            parts.append(toks[k])
            k += 1
        while len(parts) > 3 and parts[-1].low in CONNECTORS | {"in", "with"}:
            parts.pop()  # ("the family's steel business in Ohio": no dangling "in")
        obj = parts[2:]
        cut = next((x for x, t in enumerate(obj) if t.low in CONNECTORS | {"in", "with"}), len(obj))
        named = obj[:cut]
        if (
            len(parts) > 12
            or not named
            or named[-1].low in NOT_BODIES
            or re.match(
                r"\s+in\s+(?:the\s+)?(?:opinion\s+)?(?:polls?|race|field)\b",
                " " + " ".join(t.low for t in obj[cut:]),
            )
            # (a body: "the trade committee", "the Office of Trade Negotiations", "Asia research
            # at Meridian Advisory", not "the risk of angering ...", "Tuesday's committee hearing")
            or not (
                named[-1].low in ORG_WORDS
                or named[-1].cap
                # ("who heads Asia research at Meridian Advisory": the body it is done at)
                or obj[cut:][:1]
                and obj[cut].low in ("at", "for")
                and any(t.cap for t in obj[cut + 1 :])
            )
            # ("who leads the Senate in tariff votes": ahead in something, no office)
            or toks[j + 2].low == "leads"
            and obj[cut:][:1]
            and obj[cut].low == "in"
        ):
            return None
        return self._make_role(parts, None, loose=True)

    def _lower_case_office(self, parts: list[Token]) -> _RoleSpan | None:
        """The office at the head of lower-case words, if they open with words of titles
        ("foreign minister in January"), or none ("is expected to")."""
        while parts and parts[0].low in {"the", "a", "an"}:
            parts = parts[1:]
        n = 0
        while n < len(parts) and (
            parts[n].low in HEADS
            or parts[n].low in MODIFIERS
            or parts[n].low in COMPOUND_WORDS
            or (parts[n].low in {"of", "for"} and n + 1 < len(parts))
        ):
            n += 1
        if n + 1 < len(parts) and parts[n].low == "responsible" and parts[n + 1].low == "for":
            n = len(parts)  # "the minister responsible for Canada-U.S. trade": its remit
        if (
            n < len(parts)
            and any(x.low in {"of", "for"} for x in parts[:n])
            and parts[n].text == ","
            and any(x.low == "and" for x in parts[n:])
            and all(x.text == "," or x.text.isalpha() and x.text.islower() for x in parts[n:])
        ):
            n = len(parts)  # "minister of development, industry and trade": the whole list
        parts = parts[:n]
        while parts and parts[-1].low in {"of", "for"}:
            parts.pop()
        if not any(x.low in HEADS for x in parts):
            return None  # "is expected to", "becomes clear": no office
        return self._make_role(parts, None, loose=True)

    def _make_role(
        self, parts: list[Token], country: str | None, loose: bool = False
    ) -> _RoleSpan | None:
        while parts and (
            parts[0].low in STYLES or parts[0].low in {"his", "her", "honourable", "honorable"}
        ):
            # "His Royal Highness Crown Prince", "The Honourable Minister of Industry": a style
            # of address, no office
            parts = parts[1:]
        if not parts:
            return None
        phrase_start = parts[0].start
        lows = [t.base.lower() if t.possessive else t.low for t in parts]
        # ("Vice-Premier": the office is the last part of a hyphenated title)
        lows = [_head_part(w) if _head_part(w) in HEADS else w for w in lows]
        if (
            not any(w in HEADS for w in lows)
            and not any(c in " ".join(lows) for c in COMPOUND_HEADS)
            and not any(w in ABBREVIATIONS for w in lows)
            and "counterpart" not in lows
        ):
            return None
        if not _role_shape(parts, lows, loose):
            return None
        # a leading country or demonym is the country served, not part of the office
        lead_country, rest = _leading_country(parts)
        if lead_country:
            country = country or lead_country
            parts = rest
        tail_country, cut = _trailing_country(parts)
        if tail_country:
            country = country or tail_country
            if tail_country not in ORGANISATIONS:
                parts = parts[:cut]  # (but "President of the European Commission" stays whole)
        if not parts:
            return None
        text = (
            " ".join(t.text for t in parts).replace("( ", "(").replace(" )", ")").replace(" ,", ",")
        )
        for abbr, full in ABBREVIATIONS.items():
            if text.lower() == abbr:
                text = full
            elif abbr.endswith("."):
                # ("BOK Gov. Rhee Chang-yong": the Bank of Korea's governor)
                text = re.sub(rf"\b{re.escape(abbr)}(?=\s|$)", full, text, flags=re.I)
        counterpart = "counterpart" in [t.low for t in parts]
        if not counterpart and not any(
            _head_part(t.base.lower() if t.possessive else t.low) in HEADS
            or t.low in COMPOUND_WORDS
            or t.low in ABBREVIATIONS
            for t in parts
        ):
            return None
        if country is None:
            for t in parts:
                code = country_code(t.base, capitals=False) if t.cap else None
                if code and code not in {"EU", "UN", "NATO"}:
                    country = code
                    break
        return _RoleSpan(phrase_start, text, country, counterpart)

    # register -------------------------------------------------------------
    def _register(self, toks: list[Token], si: int, start: int, possessive: bool) -> PersonRec:
        words = [t.base if t is toks[-1] and possessive else t.text for t in toks]
        words = [
            w.rstrip(".")
            if len(w) > 2 and w not in NAME_ABBREVIATIONS and not re.fullmatch(r"(?:[A-Z]\.)+", w)
            else w
            for w in words
        ]  # (but "H.D." keeps its dots)
        low = [w.lower() for w in words]
        for rec in self.people:
            if [w.lower() for w in rec.tokens] == low:
                return rec
        if len(words) >= 2:
            longer = [
                rec
                for rec in self.people
                if len(rec.tokens) > len(words)
                and [w.lower() for w in rec.tokens[-len(words) :]] == low
            ]
            if len(longer) == 1:
                return longer[0]  # "PM Sok Vannara" after "Samdech Thipadei Sok Vannara"
            if any(w in {"bin", "bint", "ibn"} for w in low[1:]):
                shorter = [
                    rec
                    for rec in self.people
                    if 2 < len(rec.tokens) < len(words)
                    and [w.lower() for w in rec.tokens] == low[: len(rec.tokens)]
                    and any(w.lower() in {"bin", "bint", "ibn"} for w in rec.tokens[1:])
                ]
                if len(shorter) == 1:
                    shorter[0].tokens = words  # the headline's "Abdullah bin Zayed", now in full
                    return shorter[0]
            if any(w in {"bin", "bint", "ibn"} for w in low[1:-1]):
                head = [
                    rec
                    for rec in self.people
                    if len(rec.tokens) > len(words)
                    and [w.lower() for w in rec.tokens[: len(words)]] == low
                ]
                if len(head) == 1:
                    return head[0]  # "Abdullah bin Zayed" after "Abdullah bin Zayed Al Nahyan"
            # a long name's opening words stand for it: "Tengku Zafrul" after "Tengku Zafrul
            # Tengku Abdul Aziz", and the other way round
            if (opened := self._opened_by(low)) is not None:
                return opened
            if len(words) >= 4:
                shorter = [
                    rec
                    for rec in self.people
                    if 2 <= len(rec.tokens) < len(words)
                    and [w.lower() for w in rec.tokens] == low[: len(rec.tokens)]
                ]
                if len(shorter) == 1:
                    shorter[0].tokens = words
                    return shorter[0]
        rec = PersonRec(tokens=words, first_sentence=si, first_start=start)
        self.people.append(rec)
        return rec

    def _add_role(self, rec: PersonRec, role: _RoleSpan, si: int) -> None:
        text = role.text
        styled = re.fullmatch(r"(.*\S)\s+(?:Prince|Princess|Sheikh|Sheikha)", text)
        if styled and not re.search(r"\bCrown$", styled.group(1), re.I):
            text = styled.group(1)  # "Foreign Minister Prince Faisal": the prince is his style
        rec.roles.append(RoleSeen(text, role.country, si, role.counterpart, role.also))

    def _settle_singles(self) -> None:
        """Single-word names: an alias of a full name, a titled person of their own, or
        someone the article names often and quotes ("Tinubu said")."""
        counts: dict[str, int] = {}
        speaks: set[str] = set()
        for si, sp, _role in self._pending_single:
            word = self.tokens[si][sp.i].base
            counts[word] = counts.get(word, 0) + 1
            nxt = self.tokens[si][sp.j].low if sp.j < len(self.tokens[si]) else ""
            if nxt in SPEECH_VERBS and not self.headline[si]:
                speaks.add(word)
        for si, sp, role in self._pending_single:
            toks = self.tokens[si][sp.i : sp.j]
            word = toks[0].base
            after = self.tokens[si][sp.j] if sp.j < len(self.tokens[si]) else None
            if after is not None and after.low in ORG_WORDS and not sp.possessive:
                continue  # "the ruling Morena party": a body's name, not a person
            match = self.lookup(word, si)
            royal = role is not None and bool(set(role.text.lower().split()) & SOVEREIGNS)
            if (
                match is not None
                and royal
                and not any(set(r.role.lower().split()) & SOVEREIGNS for r in match.roles)
            ):
                match = None  # "King Salman" is not Salman Al-Dossary, the media minister
            if match is not None:
                if role:
                    self._add_role(match, role, si)
                continue
            if role is not None and not role.weak and not self.headline[si]:
                rec = self._register(toks, si, toks[0].start, sp.possessive)
                self._add_role(rec, role, si)
            elif word in speaks and counts[word] >= 2 and not _outlet(word):
                if (
                    word in BY_ONE_NAME
                    and not self.headline[si]
                    and not any(p.tokens[-1] == word for p in self.people)
                ):
                    # "Trump says ..." twice, with no full name anywhere: the office holder
                    self._office_holder(word, si, toks[0].start)
                else:
                    self._register(toks, si, toks[0].start, sp.possessive)
            elif word in BY_ONE_NAME and not self.headline[si]:
                # "Milei's relationship with Trump": an office holder news copy names by one word
                self._office_holder(word, si, toks[0].start)

    def _office_holder(self, word: str, si: int, start: int) -> None:
        """The office holder news copy names by one word ("Trump"), once."""
        full = BY_ONE_NAME[word]
        if not any(p.name == full for p in self.people):
            self.people.append(PersonRec(tokens=full.split(), first_sentence=si, first_start=start))

    def lookup(self, word: str, si: int | None = None) -> PersonRec | None:
        """The one person whose name contains ``word`` as first or last token (of two, the
        only one the article has named before sentence ``si``)."""
        w = word.lower().rstrip(".")
        hits = [
            p
            for p in self.people
            if len(p.tokens) > 1
            and (
                # ("Salman" is not Mohammed bin Salman: a name after "bin" is his father's)
                (p.tokens[-1].lower() == w and p.tokens[-2].lower() not in PATRONYMIC)
                or p.tokens[0].lower() == w
                # "Sisi" for Abdel Fattah al-Sisi
                or re.sub(r"^(?:al|el|ad|as|ash|at|az)-", "", p.tokens[-1].lower()) == w
            )
        ]
        if len(hits) > 1 and si is not None:
            # "Lee and Trump met" before the analyst Lee Jae-il is named: the president
            earlier = [p for p in hits if p.first_sentence < si]
            if len(earlier) == 1:
                return earlier[0]
        if len(hits) == 1:
            return hits[0]
        exact = [p for p in self.people if len(p.tokens) == 1 and p.tokens[0].lower() == w]
        if not hits and len(exact) == 1:
            return exact[0]
        if len(hits) > 1:
            last = [p for p in hits if p.tokens[-1].lower() == w]
            if len(last) == 1:
                return last[0]
        if not hits and not exact and len(w) >= 3 and w not in PARTICLES:
            inner = [
                p
                for p in self.people
                if len(p.tokens) > 2 and w in (t.lower() for t in p.tokens[1:-1])
            ]
            if len(inner) == 1:
                return inner[0]  # "Lula" for Luiz Inácio Lula da Silva
        if not hits and not exact and len(w) >= 6:
            near = [
                p
                for p in self.people
                if len(p.tokens) > 1 and fuzz.ratio(p.tokens[-1].lower(), w) >= VARIANT_SCORE
            ]
            if len(near) == 1:
                return near[0]  # "Pezeshkiyan" for Masoud Pezeshkian: a transliteration
        return None

    # ------------------------------------------------------------------ pass 2
    def _references(self, si: int, toks: list[Token], spans: list[_NameSpan]) -> None:
        refs: list[Ref] = []
        taken = {k for sp in spans for k in range(sp.i, sp.j)}
        for sp in spans:
            words = toks[sp.i : sp.j]
            rec = None
            if sp.j - sp.i >= 2:
                rec = self._find_full(words, sp.possessive) or self.lookup(words[-1].base, si)
            if rec is None:
                rec = self._find_full(words, sp.possessive) if sp.j - sp.i == 1 else None
                rec = rec or self.lookup(words[0].base if sp.j - sp.i == 1 else words[-1].base, si)
            if rec is None or rec.name.lower() in self._visited and not rec.roles:
                continue  # (a place visited is no one a pronoun can point back to)
            role = self._role_left(toks, sp.i, taken)
            if role is None:
                role = self._role_apposition_before(toks, sp.i, taken)
            elif role.text.lower() in ROYAL_STYLES:
                # ("his Saudi counterpart, Prince Faisal": the counterpart, not the style)
                lead = sp.i
                while lead > 0 and toks[lead - 1].end > role.start:
                    lead -= 1
                before = self._role_apposition_before(toks, lead, taken)
                role = before if before is not None and before.counterpart else role
            start = toks[sp.i].start
            lead = sp.i
            while lead > 0 and toks[lead - 1].low in PARTICLES and sp.i - lead < 2:
                lead -= 1  # "and de la Fuente said": the particles belong to the mention
            if lead < sp.i and (lead == 0 or not toks[lead - 1].cap):
                start = toks[lead].start
            if role is not None:
                start = min(start, role.start)
            kind = "name" if sp.j - sp.i >= 2 else ("titled" if role else "alias")
            refs.append(
                Ref(
                    si,
                    start,
                    toks[sp.j - 1].end,
                    (rec,),
                    kind,
                    sp.possessive,
                    self.sentences[si].text[start : toks[sp.j - 1].end],
                )
            )
            if (role and role.counterpart) or (
                # ("his Azerbaijani and Kazakh counterparts, A and B": B shares the plural)
                role is None and any(r.counterpart and r.sentence == si for r in rec.roles)
            ):
                antecedent = _nearest_before(
                    [r for r in refs[:-1] if not any(x.counterpart for x in r.people[0].roles)],
                    start,
                )
                if antecedent is not None and antecedent.people[0] is not rec:
                    rec.counterpart_of = rec.counterpart_of or antecedent.people[0]
        refs.extend(self._role_initials(si, toks, taken))
        refs.extend(self._descriptors(si, toks, taken, refs))
        refs.extend(self._guests(si, refs))
        refs.extend(self._pronouns(si, toks, refs))
        refs.sort(key=lambda r: r.start)
        for ref in refs:
            rec = ref.people[0]
            if (
                len(ref.people) == 1
                and rec.counterpart_of is None
                and any(r.counterpart and r.sentence == si for r in rec.roles)
            ):
                # "He is due in Amman for talks with his Jordanian counterpart, Ayman Safadi":
                # the one "he" stands for
                before = [
                    x
                    for x in refs
                    if x.end <= ref.start
                    and len(x.people) == 1
                    and x.people[0] is not rec
                    and not any(r.counterpart for r in x.people[0].roles)
                ]
                if before:
                    rec.counterpart_of = before[-1].people[0]
        self.refs[si] = refs

    def _role_initials(self, si: int, toks: list[Token], taken: set[int]) -> list[Ref]:
        """ "EAM called on Prime Minister Lawrence Wong": the initials of one person's office
        (External Affairs Minister) stand for that person, as readouts write them."""
        if self._initials is None:
            seen: dict[str, list[PersonRec]] = {}
            for p in self.people:
                for r in p.roles:
                    words = [w for w in re.split(r"[\s-]+", r.role) if w[:1].isupper()]
                    if len(words) >= 2 and len(words) == len(r.role.split()):
                        key = "".join(w[0] for w in words)
                        if p not in seen.setdefault(key, []):
                            seen[key].append(p)
            self._initials = {k: v[0] for k, v in seen.items() if len(v) == 1}
        out = []
        for k, t in enumerate(toks):
            if (
                k not in taken
                and t.base.isupper()
                and 2 <= len(t.base) <= 5
                # (not a title before a name: "PM Shehbaz")
                and not (k + 1 < len(toks) and toks[k + 1].cap)
            ):
                rec = self._initials.get(t.base)
                if rec is not None and rec.first_sentence <= si:
                    out.append(Ref(si, t.start, t.end, (rec,), "alias", t.possessive, t.text))
        return out

    def _guests(self, si: int, refs: list[Ref]) -> list[Ref]:
        """ "Al-Sisi held talks with his guest": the visitor the story just said arrived."""
        text = self.sentences[si].text
        out = []
        for m in GUEST.finditer(text):
            if any(r.start <= m.start() < r.end for r in refs):
                continue
            visitor = None
            for back in range(si, max(-1, si - 4), -1):
                here = self.refs[back] if back < si else refs
                words = self.sentences[back].text
                for r in here:
                    if back == si and r.start >= m.start():
                        continue
                    if ARRIVED.match(words, r.end) or VISIT_BY.search(words[: r.start]):
                        visitor = r.people[0]
                if visitor is not None:
                    break
            if visitor is not None:
                out.append(Ref(si, m.start(), m.end(), (visitor,), "descriptor", False, m.group(0)))
        return out

    def _find_full(self, words: list[Token], possessive: bool) -> PersonRec | None:
        names = [
            t.base.lower().rstrip(".") if (t is words[-1] and possessive) else t.low.rstrip(".")
            for t in words
        ]
        for rec in self.people:
            if [w.lower().rstrip(".") for w in rec.tokens] == names:
                return rec
        if len(names) >= 3 and any(w in {"bin", "bint", "ibn"} for w in names[1:]):
            head = [
                rec
                for rec in self.people
                if [w.lower().rstrip(".") for w in rec.tokens[: len(names)]] == names
            ]
            if len(head) == 1:
                return head[0]  # "Abdullah bin Zayed" for "Abdullah bin Zayed Al Nahyan"
        if len(names) >= 2:
            return self._opened_by(names)  # "Tengku Zafrul" for "Tengku Zafrul Tengku Abdul Aziz"
        return None

    def _opened_by(self, names: list[str]) -> PersonRec | None:
        """The one long name (four words or more) that opens with these lower-case words."""
        head = [
            rec
            for rec in self.people
            if len(rec.tokens) >= 4
            and len(rec.tokens) > len(names)
            and [w.lower().rstrip(".") for w in rec.tokens[: len(names)]] == names
        ]
        return head[0] if len(head) == 1 else None

    def _descriptors(
        self, si: int, toks: list[Token], taken: set[int], refs: list[Ref]
    ) -> list[Ref]:
        """ "the American top diplomat", "his US counterpart", "Prime Minister of Bhutan"."""
        out: list[Ref] = []

        def bare(word: str) -> str:
            if not word.endswith(("-designate", "-elect")):
                return word
            return word.rsplit("-", 1)[0]  # "the envoy-designate"

        if not any(bare(t.low) in HEADS or t.low in ("counterpart", "diplomat") for t in toks):
            return out
        covered = [(r.start, r.end) for r in refs]
        k = 0
        n = len(toks)
        while k < n:
            t = toks[k]
            low = bare(t.base.lower() if t.possessive else t.low)
            if k in taken or (
                low not in HEADS and low != "counterpart" and low not in {"diplomat"}
            ):
                k += 1
                continue
            if any(a <= t.start < b for a, b in covered):
                k += 1
                continue
            if low.endswith("s") and low not in HEADS:
                k += 1
                continue
            # extend right over a complement: "Prime Minister of Bhutan"
            end = k + 1
            if end < n and toks[end].low in {
                "minister",
                "prince",
                "secretary",
                "leader",
                "diplomat",
            }:
                end += 1
            if end + 1 < n and toks[end].low == "of" and toks[end + 1].cap:
                end += 2
                while end < n and toks[end].cap and end not in taken:
                    end += 1
            elif (
                end + 2 < n
                and toks[end].low == "of"
                and toks[end + 1].low == "the"
                and toks[end + 2].cap
                and find_countries(
                    re.split(r"[,;.(]", self.sentences[si].text[toks[end + 2].start :])[0][:60]
                )
            ):
                end += 3  # "the President of the United Arab Emirates"
                while end < n and (toks[end].cap or toks[end].low == "of") and end not in taken:
                    end += 1
            if end < n and end in taken:
                k = end
                continue  # a name follows: pass 1 already read it
            # extend left over modifiers to a determiner
            b = k - 1
            while (
                b >= 0
                and b not in taken
                and (
                    toks[b].low in MODIFIERS
                    or toks[b].low in HEADS
                    or toks[b].low in COMPOUND_WORDS
                    or (toks[b].cap and toks[b].word and toks[b].low not in SENTENCE_WORDS)
                )
            ):
                b -= 1
            det = toks[b].low if b >= 0 else ""
            if (
                det not in DETERMINERS
                and det not in {"by", "with", "to", "and", ""}
                and not (b >= 0 and toks[b].possessive and country_code(toks[b].base))
            ):
                k = end
                continue
            phrase = toks[b + 1 : end]
            country = None
            if b >= 0 and toks[b].possessive:
                country = country_code(toks[b].base)
            if country is None and phrase:
                text = self.sentences[si].text
                named = find_countries(text[phrase[0].start : phrase[-1].end])
                country = named[0][2] if named else None  # "the Sri Lankan minister"
            words = [bare(w.low) for w in phrase]
            later = {p.name for r in refs if r.start > t.start for p in r.people}
            if self._in_apposition(
                si, phrase[0].start if phrase else t.start, refs
            ) and not _subject_after_fronted(self.sentences[si].text, toks[end - 1].end):
                k = end
                continue  # "Akazawa, Japan's minister ... and its chief negotiator,": his title
            rec = self._apposed(si, toks[end - 1].end, refs)
            if rec is not None and not rec.roles and phrase:
                role_text = self.sentences[si].text[phrase[0].start : toks[end - 1].end]
                rec.roles.append(RoleSeen(role_text, country, si))
            if rec is None:
                rec = self._resolve_descriptor(words, country, si, refs, exclude=later)
            if rec is not None:
                start = phrase[0].start
                out.append(
                    Ref(
                        si,
                        start,
                        toks[end - 1].end,
                        (rec,),
                        "descriptor",
                        toks[end - 1].possessive,
                        self.sentences[si].text[start : toks[end - 1].end],
                    )
                )
            k = end
        return out

    def _in_apposition(self, si: int, pos: int, refs: list[Ref]) -> bool:
        """Whether ``pos`` is inside the title written after a name: "X, the Canadian minister"."""
        before = [r for r in refs if r.end <= pos and r.kind in ("name", "titled", "alias")]
        if not before:
            return False
        gap = self.sentences[si].text[before[-1].end : pos]
        if not re.fullmatch(r"\s*,[^,;:()\"“”]{0,80}", gap):
            return False
        words = re.findall(r"[a-z][\w’'-]*", gap)
        return not any(
            w in CLAUSE_VERBS or w in APPOSITION_STOP or w.endswith(("ing", "ed")) for w in words
        )

    def _apposed(self, si: int, pos: int, refs: list[Ref]) -> PersonRec | None:
        """ "the President of the United Arab Emirates, His Highness Sheikh X": the
        description is the title of the name written straight after it."""
        after = [r for r in refs if r.start >= pos and r.kind in ("name", "titled")]
        if not after or len(after[0].people) != 1:
            return None
        gap = self.sentences[si].text[pos : after[0].start]
        return after[0].people[0] if APPOSED.fullmatch(gap) else None

    def _resolve_descriptor(
        self,
        words: list[str],
        country: str | None,
        si: int,
        refs: list[Ref],
        exclude: set[str] = frozenset(),
    ) -> PersonRec | None:
        """The one person the description fits; people named later in the same
        sentence are someone else ("the prime minister spoke with Crown Prince X")."""
        text = " ".join(words)
        if "counterpart" in words:
            antecedent = refs[-1].people[0] if refs else None
            # one the story itself calls a counterpart ("his Japanese counterpart, Kiyoshi
            # Nakagawa") before anyone else of that country (a vice minister named later)
            called = [
                p
                for p in self.people
                if p is not antecedent
                and any(r.counterpart for r in p.roles)
                and (country is None or p.role_country() == country)
            ]
            if len(called) == 1:
                return called[0]
            family = _family(antecedent) if antecedent else None
            cands = [
                p
                for p in self.people
                if p is not antecedent
                and (country is None or p.role_country() == country)
                and (
                    family is None
                    or _family(p) == family
                    # (one with no office read yet, but not one whose office is of no kind a
                    # counterpart holds: "his South Korean counterpart" is no research fellow)
                    or _family(p) is None
                    and not [r for r in p.roles if not r.counterpart]
                )
            ]
            if country is None and len(cands) > 1:
                return None
            return cands[0] if len(cands) == 1 else None
        wanted: tuple[str, ...] = ()
        for key, roles in DESCRIPTOR_HEADS.items():
            if text.endswith(key):
                wanted = roles
                break
        head = next((w for w in reversed(words) if w in HEADS or w in COMPOUND_WORDS), "")
        if not wanted:
            # (the longest that fits, "deputy prime minister" before "prime minister": the set's
            # order would make the reading change from run to run)
            compound = max(
                (c for c in COMPOUND_HEADS if c in text), key=lambda c: (len(c), c), default=None
            )
            wanted = (compound or head,)
        cands = []
        for p in self.people:
            if p.name in exclude:
                continue
            roles = " | ".join(r.role.lower() for r in p.roles if not r.counterpart)
            if p.counterpart_of is not None:
                roles += " | " + " | ".join(r.role.lower() for r in p.counterpart_of.roles)
            if not roles or not any(
                # ("the prime minister" is not the deputy prime minister)
                # (nor is "Secretary to the President": the office served, not held)
                w
                and re.search(
                    rf"(?<!deputy\s)(?<!vice\s)(?<!former\s)(?<!the\s){re.escape(w)}", roles
                )
                for w in wanted
            ):
                continue
            # (a leader the news never gives a country, "President Donald Trump", is still
            # "the U.S. president")
            served = p.role_country() or leader_country(p.name)
            if country and served and served != country:
                continue
            if country and not served:
                continue
            if any(w in MODIFIERS and w not in LOOSE_MODIFIERS and w not in roles for w in words):
                continue  # "Special Secretary" is not the Commerce Secretary
            cands.append(p)
        # a description points back: people already named are meant, or one named within the
        # next two sentences (not "the U.S. leader" for a cattlemen's association president
        # quoted paragraphs later)
        cands = [p for p in cands if p.first_sentence <= si] or [
            p for p in cands if p.first_sentence <= si + 2
        ]
        if len(cands) > 1 and country is None:
            # a readout's own leader is named first and without a country; the guest has one:
            # "the Prime Minister received ..." after "the Prime Minister of Denmark, X"
            home = [p for p in cands if not p.role_country()]
            first = min(cands, key=lambda p: (p.first_sentence, p.first_start))
            if len(home) == 1 and home[0] is first:
                return first
            # "the prime minister" in a story led by Pakistan's prime minister, who met
            # Britain's: the story's own, named first, of the country most of its people serve
            known = Counter(p.role_country() for p in self.people if p.role_country())
            if known:
                (main, count), *rest = known.most_common(2)
                ours = [p for p in cands if p.role_country() == main]
                if (not rest or count > rest[0][1]) and len(ours) == 1 and ours[0] is first:
                    return first
            # the story's protagonist, named far more often than the others so far: "Later on
            # Thursday, the foreign minister met X" in a story of Dar's visit to Wang
            seen = Counter(p.name for back in range(si) for r in self.refs[back] for p in r.people)
            ranked = sorted(cands, key=lambda p: -seen[p.name])
            if seen[ranked[0].name] >= 2 * max(1, seen[ranked[1].name]) + 2:
                return ranked[0]
            # the subject of the sentences just before: "Dar conveyed the greetings ... Later on
            # Thursday, the foreign minister met X"
            for back in range(si - 1, max(-1, si - 3), -1):
                first = next(
                    (r for r in self.refs[back] if r.kind in ("name", "alias", "titled")), None
                )
                if first is None or first.possessive:
                    continue
                subject = first.people[0]
                named = {p.name for r in self.refs[back] for p in r.people}
                if (
                    subject in cands
                    # (not when that sentence names the other too: "A met B. The minister ...")
                    and not any(c.name in named for c in cands if c is not subject)
                    and self.sentences[back]
                    .text.lstrip()
                    .startswith(self.sentences[back].text[first.start : first.end])
                ):
                    return subject
                break
        if (
            len(cands) == 1
            and country is None
            and text in HEAD_OFFICES
            # (one acts on "the president": "Anwar greeted the president"; not "The president
            # said Trump had never asked")
            and re.search(
                rf"\b(?:greeted|met|welcomed|received|hosted|thanked|joined|accompanied)\s+the\s+"
                rf"{re.escape(text)}\b",
                self.sentences[si].text,
                re.I,
            )
            and any(
                not p.roles
                and p.name in HEAD_OFFICES[text]
                and p is not cands[0]
                and re.search(rf"\b{re.escape(p.tokens[-1])}\b", self.sentences[si].text)
                for p in self.people
            )
        ):
            # "Anwar greeted the president on the tarmac, where Trump joined the dancers", in a
            # story that named Trump without his title: not the one president it did title
            return None
        if len(cands) == 1:
            return cands[0]
        if not cands and country is None and text in HEAD_OFFICES:
            return self._untitled_subject(si, text)
        return None

    def _untitled_subject(self, si: int, office: str) -> PersonRec | None:
        """ "Keir Starmer has hailed a trade deal ... The prime minister spoke to Trump": with no
        one given that office, the untitled person the sentence before opens on holds it."""
        for back in range(si - 1, max(-1, si - 3), -1):
            first = next(
                (r for r in self.refs[back] if r.kind in ("name", "alias", "titled")), None
            )
            if first is None:
                continue
            subject = first.people[0]
            if (
                len(first.people) == 1
                and not first.possessive
                and not subject.roles
                # (a sentence, not a heading such as "Key Takeaways")
                and len(self.sentences[back].text.split()) >= 5
                # (only a head of government or state the list knows to hold that office: not
                # "Emmanuel Macron has hailed ... The prime minister spoke")
                and subject.name in HEAD_OFFICES[office]
                # (after a dateline: "ROME – Giorgia Meloni returned from Washington ...")
                and strip_dateline(self.sentences[back].text.lstrip()).startswith(
                    self.sentences[back].text[first.start : first.end]
                )
            ):
                subject.roles.append(RoleSeen(office.title(), None, si))
                return subject
            return None
        return None

    def _pronouns(self, si: int, toks: list[Token], refs: list[Ref]) -> list[Ref]:
        out = []
        for t in toks:
            if t.low == "him":
                before = [
                    r
                    for r in refs
                    if r.end <= t.start
                    and r.kind != "group"
                    and not r.possessive
                    and len(r.people) == 1
                ]
                text = self.sentences[si].text
                if before and re.fullmatch(
                    r"\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?(?:\w+(?:ed|t)|met|rang|saw|told|thanked|greeted|called\s+on)\s+",
                    text[before[-1].end : t.start],
                ):
                    # "his counterpart Anwar received him": the one who acts is not "him"
                    before = [r for r in before if r.people != before[-1].people]
                    if before:
                        out.append(
                            Ref(si, t.start, t.end, before[-1].people, "pronoun", False, t.text)
                        )
                        continue
                if len(before) >= 2:
                    # "X received Y ... and had a conversation with him": the object named
                    # (not one named in an aside: "A met B, then flew to Scotland, where B was
                    # with C, and held talks with him there")
                    where = list(re.finditer(r",\s+where\b[^,;]{3,160},", text[: t.start]))
                    if where:
                        w = where[-1]
                        before = [r for r in before if not w.start() <= r.start < w.end()] or before
                    others = [r for r in before if r.people != before[0].people]
                    if others:
                        # ("A held talks with B on Monday, where B had joined C, and met him
                        # again on Tuesday": the one met before, not the last named)
                        again = re.match(r"\s+again\b", text[t.end :])
                        out.append(
                            Ref(
                                si,
                                t.start,
                                t.end,
                                others[0 if again else -1].people,
                                "pronoun",
                                False,
                                t.text,
                            )
                        )
                    continue
                if si == 0:
                    continue
                # "X called on him at his hotel": the one the sentence before was about
                prev = [r for r in self.refs[si - 1] if r.kind != "group" and not r.possessive]
                here = {p.name for r in before for p in r.people}
                if prev and len(prev[0].people) == 1 and prev[0].people[0].name not in here:
                    out.append(Ref(si, t.start, t.end, prev[0].people, "pronoun", False, t.text))
                continue
            if t.low not in {"he", "she"}:
                continue
            if any(r.start <= t.start < r.end for r in refs):
                continue  # "Vice Premier He Lifeng": a name, not a pronoun
            other = self._gendered(si, refs, "f" if t.low == "he" else "m")
            # ("Mr. Trudeau said he had spoken with Ms. Sheinbaum ..., and he will hold a call":
            # never Ms. Sheinbaum)
            before = [
                r
                for r in refs
                if r.end <= t.start and not r.possessive and not {p.name for p in r.people} <= other
            ]
            owners = [
                r
                for r in refs
                if r.end <= t.start and r.possessive and not {p.name for p in r.people} <= other
            ]
            text = self.sentences[si].text
            fronted = FRONTED_LETTER.match(text[: t.start])
            if fronted and si > 0 and all(r.end <= fronted.end() for r in before):
                # "In a letter to Lee dated July 7, he set a 25 percent rate": the writer, not
                # the one written to (the subject of the sentence before)
                named = {p.name for r in before for p in r.people}
                prev = [
                    r
                    for r in self.refs[si - 1]
                    if r.kind != "group"
                    and not r.possessive
                    and len(r.people) == 1
                    and r.people[0].name not in named
                ]
                if prev:
                    out.append(Ref(si, t.start, t.end, prev[0].people, "pronoun", False, t.text))
                    continue
            if (
                len(before) >= 2
                and re.search(
                    r"\b(?:with|to|for|by)\s+(?:[\w-]+\s+){0,4}$", text[: before[-1].start]
                )
                and re.search(r"\b(?:saying|said|says)\b", text[before[0].end : t.start])
            ):
                # "Trump announced ..., saying he had reached terms with Prabowo after what he
                # described as ...": the one saying it, not the one it was with
                target = before[0].people
            elif (
                len(before) >= 2
                and len(before[0].people) == 1
                and re.search(r"\b(?:with|to)\s+(?:[\w-]+\s+){0,4}$", text[: before[-1].start])
                and re.search(
                    r"\b(?:before|after)\s+(?:being|having)\b[^.;]*,\s+(?:where|when)\s+$",
                    text[before[-1].end : t.start],
                )
            ):
                # "A held talks with B before being ushered into the Oval Office, where he met
                # Trump": the one the sentence follows, not the one he talked with
                target = before[0].people
            elif len(before) >= 2 and re.fullmatch(
                r"\s+(?:told|said|says)\b[^.;]*?\b(?:alongside|beside|next\s+to|flanked\s+by)\s+"
                r"[^.;]*?\bthat\s+",
                text[before[0].end : t.start],
            ):
                # "Ebrard told a news conference alongside President Sheinbaum that he would
                # travel": the one telling, not the one beside him
                target = before[0].people
            elif (
                len(before) >= 2
                and (
                    verb := re.search(
                        r"\b(?:(?:held|had)\s+(?:talks|a\s+meeting|a\s+call)\s+with|met|meets|spoke\s+"
                        r"(?:with|to)|talked\s+(?:with|to)|called)\s+(?:[\w.-]+\s+){0,4}$",
                        text[: before[-1].start],
                    )
                )
                and (subject := [r for r in before[:-1] if r.end <= verb.start()])
                and len(subject[-1].people) == 1
                and re.fullmatch(r"[^.;,]{0,60},\s+and\s+", text[before[-1].end : t.start])
            ):
                # "Gor held talks with Jaishankar at Hyderabad House, and he met Misri": the one
                # who held the talks goes on, not the one he talked with
                target = subject[-1].people
            elif (
                out
                and out[0].text.lower() == t.low
                and re.fullmatch(r"\W*", text[: out[0].start])
                and re.search(
                    r",\s+and\s+(?:(?:then|later|also)\s+|(?:on|in|at|by)\s+[\w\s]{1,30}?\s+)?$",
                    text[: t.start],
                )
            ):
                # "He met Lutnick on Tuesday ..., and on Wednesday morning he had breakfast with
                # LeBlanc": the sentence's own subject goes on, not the one he met
                target = out[0].people
            elif informer := _informer(text, before, t.start):
                # "Rubio informed the Deputy Prime Minister that he had also spoken to X": the
                # one informing
                target = informer
            elif head := _relative_head(text, before, t.start):
                # "Akazawa, who met Trump at the White House on Tuesday, said he ...": the one
                # the aside is about goes on, not the one named inside it
                target = head.people
            elif before:
                target = before[-1].people
            elif owners:
                target = owners[-1].people  # "during Sharif's visit to Riyadh, where he was ..."
            else:
                prev = self.refs[si - 1] if si > 0 else []
                target = prev[0].people if prev else ()
                said = self._closing_speaker(si - 1) if si > 0 else None
                if said is not None:
                    # "Malaysia will press on with talks, says Trade Minister Tengku Zafrul
                    # Aziz. He said he spoke to Greer": the one the lead ends by quoting
                    target = said
                reported = self._reported_subject(si - 1) if si > 0 else None
                if reported is not None and not SPEECH_AFTER.match(text, t.end):
                    # "Spokesperson X told reporters that Dar would leave next week. He is
                    # scheduled to meet Y": the one the report was about (but "He added" is X)
                    target = reported
            if len(target) == 1:
                out.append(Ref(si, t.start, t.end, target, "pronoun", False, t.text))
        return out

    def _gendered(self, si: int, refs: list[Ref], sex: str) -> set[str]:
        """People the article has called "Ms."/"Mrs." (``sex`` "f") or "Mr." ("m") so far: the
        earlier sentences are read once each, as the reading reaches them."""
        while self._sexed_upto < si:
            self._note_sex(self._sexed_upto, self.refs[self._sexed_upto], self._sexed)
            self._sexed_upto += 1
        here = {"f": set(), "m": set()}
        self._note_sex(si, refs, here)
        return self._sexed[sex] | here[sex]

    def _note_sex(self, si: int, refs: list[Ref], into: dict[str, set[str]]) -> None:
        text = self.sentences[si].text
        for r in refs:
            if len(r.people) == 1:
                for sex, honorific in GENDERED_HONORIFIC.items():
                    if honorific.search(text, max(0, r.start - 8), r.start):
                        into[sex].add(r.people[0].name)

    def _closing_speaker(self, si: int) -> tuple[PersonRec, ...] | None:
        """The one a sentence ends by naming as its speaker: "..., says Investment, Trade and
        Industry Minister Tengku Zafrul Aziz." (None when it does not end so)."""
        refs = [r for r in self.refs[si] if r.kind in ("name", "titled") and not r.possessive]
        if not refs or len(refs[-1].people) != 1:
            return None
        text = self.sentences[si].text
        last = refs[-1]
        if re.fullmatch(r"\W*", text[last.end :]) and re.search(
            # (a title of capitals only: not "says a spokesman for Prime Minister A")
            r",\s+(?:says|said)\s+(?:the\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}(?-i:[a-z])[\w-]*,\s+|the\s+)?"
            r"(?:(?-i:[A-Z])[\w&'’.-]*,?\s+|and\s+){0,8}$",
            text[: last.start],
        ):
            return last.people
        return None

    def _reported_subject(self, si: int) -> tuple[PersonRec, ...] | None:
        """Whom a sentence's report is about: Dar in "Spokesperson X told reporters that
        Foreign Minister Ishaq Dar would leave ..." (None when it does not open so)."""
        refs = [r for r in self.refs[si] if r.kind != "group" and not r.possessive]
        if len(refs) < 2 or len(refs[1].people) != 1:
            return None
        text = self.sentences[si].text
        if REPORTED_THAT.fullmatch(text[refs[0].end : refs[1].start]):
            return refs[1].people
        return None

    def _voice_country(self, p: PersonRec) -> str | None:
        """The country a person speaks for: "Dar reiterated Pakistan's commitment",
        "Aurangzeb said Pakistan would send a delegation"."""
        found: set[str] = set()
        for si, refs in enumerate(self.refs):
            text = self.sentences[si].text
            for r in refs:
                if r.people != (p,) or r.possessive:
                    continue
                m = VOICE.match(text[r.end :])
                if m:
                    code = country_code(m.group("country"), capitals=False)
                    if code and code not in {"EU", "UN", "NATO"}:
                        found.add(code)
        return found.pop() if len(found) == 1 else None

    def _lead_person(self) -> PersonRec | None:
        """The first person named in a lead that opens with a dateline."""
        if not self.dateline_country:
            return None
        for si, s in enumerate(self.sentences[:4]):
            if re.match(
                r"^[A-ZÀ-Þ][\w .'’-]{1,40}(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([^)]*\))?\s*(?:—|–|--|-|:)",
                s.text,
            ):
                refs = [r for r in self.refs[si] if r.kind in ("name", "titled")]
                return refs[0].people[0] if refs else None
        return None

    # ------------------------------------------------------------ settling
    def _settle_counterparts(self) -> None:
        for p in self.people:
            own = p.best_role()
            if p.counterpart_of is not None and (
                own is None
                or own.role.lower() in ROYAL_STYLES
                # ("Nakagawa, a former defense minister, ...": his office now is the counterpart's)
                or re.match(r"(?:former|ex-|then|onetime|one-time)\b", own.role, re.I)
            ):
                # ("his Saudi counterpart, Prince Faisal": a foreign minister like him)
                other = p.counterpart_of.best_role()
                if other is not None:
                    cp = next((r for r in p.roles if r.counterpart), None)
                    role = other.role
                    if re.fullmatch(
                        r"(?:External\s+Affairs\s+Minister|Minister\s+of\s+External\s+Affairs)",
                        role,
                        re.I,
                    ) and (cp and cp.country not in (None, "IN")):
                        role = "Foreign Minister"  # India's title; the counterpart's is this
                    p.roles.append(
                        RoleSeen(
                            role,
                            cp.country if cp else None,
                            cp.sentence if cp else p.first_sentence,
                        )
                    )

    def _settle_countries(self) -> None:
        text = " ".join(s.text for s in self.sentences)
        seats = {code for pattern, code, _ in SEATS if re.search(pattern, text)}
        lead = self._lead_person()
        known = Counter(p.role_country() for p in self.people if p.role_country())
        # a WASHINGTON dateline on a story about Pakistan's ministers does not make them American
        home_story = not known or known.most_common(1)[0][0] == self.dateline_country
        # (the offices a seat of government names: "President" for the White House)
        offices = [office for _, c, office in SEATS if len(seats) == 1 and c in seats]
        for p in self.people:
            p.country = p.role_country() or leader_country(p.name) or self._voice_country(p)
            role = p.best_role()
            if p.country is None and role is not None and len(seats) == 1:
                code = next(iter(seats))
                if any(re.search(office, role.role, re.I) for office in offices) and not any(
                    # (not a visitor's: "President Marcos met President Trump at the White
                    # House" when the seat's own holder is named)
                    q is not p
                    and (q.role_country() or leader_country(q.name)) == code
                    and (other := q.best_role()) is not None
                    and any(re.search(office, other.role, re.I) for office in offices)
                    for q in self.people
                ):
                    p.country = code  # "President Donald Trump" in a story about the White House
            if p.country is None and p is lead and role is not None and self.dateline_country:
                p.country = (
                    self.dateline_country
                )  # "WASHINGTON — President Donald Trump on Wednesday ..."
            role = p.best_role()
            if (
                p.country is None
                and role is not None
                and self.dateline_country
                and home_story
                and re.search(r"minist|spokes|secretary", role.role, re.I)
                and not re.search(r"president|king|prime", role.role, re.I)
            ):
                p.country = self.dateline_country
        for p in self.people:
            role = p.best_role()
            served = role and SERVES.match(role.role)
            boss = served and next(
                (q for q in self.people if q is not p and q.country and q.name in served["whom"]),
                None,
            )
            if boss and not p.role_country():
                p.country = boss.country  # "spokesman for President Cyril Ramaphosa": his country


VOICE = re.compile(
    r"\s+(?:also\s+)?(?:said|says|told\s+\w+|reiterated|stressed|highlighted|emphasi[sz]ed|underlined|"
    r"reaffirmed|conveyed|assured\s+\w+)\s+(?:that\s+)?(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?)"
    r"(?:’s|'s|\s+(?:would|will|was|is|has|had|wants|wanted|remains))\b"
)
SPEECH_VERBS = frozenset(
    "said says told added noted stressed insisted explained argued warned".split()
)


def _article_of_style(toks: list[Token], k: int) -> bool:
    """ "the" before "Hon": the article of a member's style, no word of a title."""
    return toks[k].low == "the" and toks[k + 1].low.rstrip(".") in HON_STYLES


def _outlet(word: str) -> bool:
    from .vocab.outlets import OUTLETS

    return any(p.search(word) for _, p in OUTLETS)


PLACE_WORDS = frozenset({"in", "at", "from", "near", "outside", "across", "into", "via", "around"})


def _country_tokens(text: str, toks: list[Token]) -> set[int]:
    """Indices of tokens that spell a country name of two or more words ("United Arab Emirates")."""
    spans = [(a, b) for a, b, _, form in find_countries(text) if " " in form]
    if not spans:
        return set()
    return {k for k, t in enumerate(toks) if any(a <= t.start < b for a, b in spans)}


# Month names that are also given names.
MONTH_GIVEN_NAMES = frozenset({"jan", "jun", "april", "june", "august"})
# Abbreviated given names written with a full stop.
NAME_ABBREVIATIONS = frozenset(
    {"Ma.", "Md.", "Mohd.", "Muhd.", "Wm.", "Jos.", "Chas.", "Jr.", "Sr."}
)


# Lower-case nouns after a name that make it a place.
PLACE_NOUNS = frozenset(
    "province provinces city district region county prefecture state village town municipality "
    "governorate oblast island islands port "
    # "the King Hussein crossing", "King Fahd Causeway": places named after people
    "crossing crossings bridge causeway airport street road avenue highway hospital university "
    "mosque stadium square palace bhavan bhawan hall building tower".split()
)


# Honorifics that tell a person's sex, written right before the name ("Ms. Sheinbaum").
GENDERED_HONORIFIC = {
    "f": re.compile(r"\b(?:Ms|Mrs|Miss|Madam|Madame)\.?\s+$"),
    "m": re.compile(r"\bMr\.?\s+$"),
}


# People the news names with "the" before a title of their own
STYLED_WITH_THE = frozenset({"dalai lama", "aga khan", "grand mufti", "grand ayatollah"})


# Lower-case nouns that make "the X Y ..." a business or a title, not a person: "the Glen
# Ardrie distillery", "the Harbour Point plant".
BUSINESS_NOUNS = frozenset(
    "distillery brewery winery vineyard factory plant mill smelter refinery shipyard mine "
    "works farm estate newspaper paper brand label company firm group cooperative co-op "
    "dairy abattoir cannery".split()
)


def _family_name_first(toks: list[Token], k: int) -> bool:
    """A family name in capitals, as Japanese and some other readouts write it: "Mr. HAYASHIDA
    Kenji", "Minister HAYASHIDA". Only straight after an honorific or a title, and only a word
    long enough not to be an acronym."""
    t = toks[k]
    short_family = (  # "President LEE Jae-myung", "Minister CHO said": Korean family names
        2 <= len(t.base) <= 3
        and t.base.isalpha()
        and k > 0
        and toks[k - 1].low.rstrip(".") in HONORIFICS | HEADS
        and (k + 1 == len(toks) or not toks[k + 1].base.isupper())
    )
    if (len(t.base) < 4 and not short_family) or not t.base.isalpha() or k == 0:
        return toks[k - 1].base.isupper() and _family_name_first(toks, k - 1) if k > 0 else False
    before = toks[k - 1].low.rstrip(".")
    if before not in HONORIFICS and toks[k - 1].low not in HONORIFICS and before not in HEADS:
        return False
    return country_code(t.base, capitals=True) is None


def _names_a_body(toks: list[Token], end: int) -> bool:
    """The capitalised words go on into an institution or place: "... Palace", "... International Airport"."""
    for k in (end, end + 1):
        if k >= len(toks) or not toks[k].cap:
            return False
        if toks[k].base.lower() in ORG_WORDS:
            return True
        if toks[k].low not in MODIFIERS:
            return False
    return False


def _name_limit(toks: list[Token], start: int, end: int) -> int:
    """Five words make a name; Arabic names with "bin" and "Al" run longer ("Mohammed bin
    Salman bin Abdulaziz Al Saud")."""
    return 8 if any(toks[x].low in PARTICLES for x in range(start, end)) else 5


def _two_word_country(toks: list[Token], k: int) -> str | None:
    """The country of a possessive written in two words: "South Africa's", "Sri Lanka's"."""
    if k < 1 or not toks[k - 1].cap:
        return None
    return country_code(f"{toks[k - 1].text} {toks[k].base}")


def _portfolio_list_item(toks: list[Token], start: int, end: int) -> bool:
    """Capitalised words inside a portfolio written as a list: "Minister of Foreign Affairs,
    Emigration and Egyptian Expatriates"."""

    def after_portfolio(k: int) -> bool:
        # the words before k end a portfolio: "... Minister of Foreign Affairs" then "," (or
        # an earlier item of it: "Minister of Trade, Industry, Business Development and ...")
        for x in range(k - 1, max(-1, k - 10), -1):
            # ("Minister for Trade, Agribusiness and Industry": "for" opens a portfolio too)
            if toks[x].low in ("of", "for") and x > 0 and toks[x - 1].low in HEADS:
                return x + 1 < k and all(t.cap or t.text == "," for t in toks[x + 1 : k])
            if not (toks[x].cap or toks[x].text == ","):
                return False
        return False

    if start >= 2 and toks[start - 1].text == "," and after_portfolio(start - 1):
        return end < len(toks) and toks[end].low == "and"
    # the item after "and": "..., Emigration and [Egyptian] Expatriates Badr Abdelatty"
    k = start - 1
    while k >= 0 and toks[k].cap and is_demonym(toks[k].base):
        k -= 1
    if k >= 2 and toks[k].low == "and" and toks[k - 2].text == ",":
        return toks[k - 1].cap and after_portfolio(k - 2)
    return False


def _ends_a_body_name(toks: list[Token], start: int) -> bool:
    """The capitalised words close the name of a body that follows "at" or "of" after an office:
    "chief economist at DNB Carnegie", "president of the Geneva Hoteliers' Society", "chief
    executive of Blenheim-based Kōwhai Ridge Wines" (not "talks with Prime Minister X")."""
    k = start - 1
    if k < 0 or not toks[k].cap or toks[k].low in HEADS or toks[k].low in MODIFIERS:
        return False
    end = start
    while end < len(toks) and toks[end].cap:
        end += 1
    if end < len(toks) and toks[end].text not in {",", ".", ";", ")"}:
        return False  # (the apposition closes after the body: "..., at DNB Carnegie, said")
    if toks[k].low.rstrip(".") in HONORIFICS or country_code(toks[k].base, capitals=False):
        return False
    while k >= 0 and (toks[k].cap or toks[k].low == "the") and start - k <= 4:
        if (
            toks[k].low in HEADS
            or toks[k].low.rstrip(".") in HONORIFICS
            or toks[k].low in RANK_WORDS
        ):
            # ("of the Council President Costa", "Chief of Army Staff Field Marshal Asim
            # Munir": a title before the name)
            return False
        k -= 1
    if not (
        k >= 1
        and toks[k].low in {"at", "of"}
        and (toks[k - 1].low in HEADS or toks[k - 1].low in ORG_WORDS or not toks[k - 1].cap)
        and toks[k - 1].text not in {",", ";", ":"}
    ):
        return False
    # (only inside an apposition that is an office and describes someone named before it: "X,
    # chief economist at DNB Carnegie, said"; not "Chancellor of the Exchequer Rachel Reeves
    # met", "X, joined by Chancellor of the Exchequer Rachel Reeves, met", "X, speaking after
    # talks with the head of the IMF Kristalina Georgieva, said")
    office = k
    k -= 1
    while k >= 0 and toks[k].text not in {",", ";", ":", "(", "."} and start - k <= 14:
        k -= 1
    words = [t.low for t in toks[k + 1 : office]]
    return (
        k >= 1
        and toks[k].text == ","
        and toks[k - 1].cap
        and len(words) <= 4
        and not any(w in APPOSITION_STOP or w.endswith(("ing", "ed")) for w in words)
    )


def _lower_portfolio_end(toks: list[Token], k: int) -> int | None:
    """Where the rest of a lower-case list of portfolios ends, from the comma at ``k``: ",
    industry and trade" in "minister of development, industry and trade" (None if no such list)."""
    x = k
    while x + 1 < len(toks) and toks[x].text == ",":
        if toks[x + 1].low == "and":
            x += 1  # (", and trade": a serial comma)
            break
        if not toks[x + 1].text.islower():
            return None
        x += 2  # ", industry", ", energy"
        if x < len(toks) and toks[x].low == "and":
            break
    else:
        return None
    if x + 1 < len(toks) and toks[x + 1].text.isalpha() and toks[x + 1].text.islower():
        return x + 2
    return None


def _complement_of_title(toks: list[Token], start: int, single: bool = False) -> bool:
    """The words follow "Minister of", "chief executive of the", "Committee of the Red ...":
    they name a portfolio or a body, not a person."""

    def back(org: bool) -> int:
        k = start - 1
        while (
            k >= 0
            and start - k <= 4
            and (
                toks[k].low in {"the", "and", "&"}
                or toks[k].cap
                and toks[k].low not in HEADS  # "Minister Mary Ng": a title, not a body's name
                and (
                    is_demonym(toks[k].base)
                    or org
                    and (toks[k].base.lower() in ORG_WORDS or toks[k].low in MODIFIERS)
                )
            )
        ):
            k -= 1  # "of the International Committee of the Red ...", "of European Panel ..."
        return k

    def after_title(k: int, connectors: frozenset[str] | set[str]) -> bool:
        if k < 1 or toks[k].low not in connectors:
            return False
        before = toks[k - 1].low
        return before in HEADS or before in ORG_WORDS or before in {"ministry", "department"}

    # one word after "of Trade ...": "Directorate General of Trade Remedies"; but "Secretary of
    # State Marco Rubio" is a name after the complement. After "at", a body's name runs on:
    # "chief economist at Bank Permata Raya".
    return after_title(back(org=single), CONNECTORS) or after_title(back(org=True), {"at"})


# People named by whom they serve: "a spokesman for Foreign Minister X", "an aide of President Y"
RELATIONAL = frozenset(
    "spokesman spokeswoman spokesperson aide adviser advisor ally envoy confidant".split()
)
SERVES = re.compile(rf"(?:{'|'.join(sorted(RELATIONAL))})\s+(?:for|to)\s+(?P<whom>.+)", re.I)
# Styles of royalty, not offices: an office given for the same person wins over them.
ROYAL_STYLES = frozenset({"prince", "princess", "sheikh", "sheikha", "sheik", "emir prince"})
HE_AFTER = frozenset("met meets meet with and hosted received called phoned thanked told".split())


def _surname_he(toks: list[Token], k: int) -> bool:
    """ "Vice Premier He Lifeng", "spokesperson, He Yadong": the surname He, not the pronoun."""
    if toks[k].text != "He" or k == 0:
        return False
    if (
        k + 1 < len(toks)
        and toks[k + 1].cap
        and toks[k + 1].low not in NOT_NAME
        and (
            toks[k - 1].text == ","
            or toks[k - 1].low in HEADS
            or _head_part(toks[k - 1].low) in HEADS  # "Vice-Premier He Lifeng"
        )
    ):
        return True
    # "Keller-Sutter met He on Friday": mid-sentence after a verb or preposition, the pronoun
    # would be written "he"
    return toks[k - 1].low in HE_AFTER


# "In a letter to Lee dated July 7, he ...": a fronted letter, then its writer
FRONTED_LETTER = re.compile(
    r"\W*(?:(?:But|And|Then)\s*,?\s*)?(?:In|Through)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:letter|message|note)\b[^,;]*,\s*$",
    re.I,
)


def _informer(text: str, before: list[Ref], pos: int) -> tuple[PersonRec, ...]:
    """ "A informed B that he ...": A's people, when "he" at ``pos`` follows that pattern
    (B may be named by several references, "the Deputy" and "the Deputy Prime Minister")."""
    told = before[-1].people if before else ()
    informers = [r for r in before if r.people != told]
    if not informers or not re.fullmatch(r"\s*,?\s*that\s+", text[before[-1].end : pos]):
        return ()
    subject = informers[-1]
    told_from = min(
        (r.start for r in before if r.people == told and r.start >= subject.end),
        default=subject.end,
    )
    if re.fullmatch(
        r"\s+(?:\w+ly\s+|also\s+)?(?:informed|told|assured|briefed|reminded|notified|updated)\s+"
        r"(?:the\s+)?",
        text[subject.end : told_from],
    ):
        return subject.people
    return ()


def _head_part(word: str) -> str:
    """The office in a hyphenated title: "vice-premier" -> "premier" (and
    "ambassador-designate" -> "ambassador", an office not yet taken up)."""
    return re.sub(r"-(?:designate|elect)$", "", word).rsplit("-", 1)[-1]


def _headish(t: Token) -> bool:
    return t.low in HEADS or t.low in COMPOUND_WORDS


# Seats of government that name a country's leader without naming the country.
SEATS = [
    (r"\bWhite House\b", "US", r"president"),
    (r"\bKremlin\b", "RU", r"president"),
    (r"\bÉlysée|\bElysee\b", "FR", r"president"),
    (r"\bDowning Street\b", "GB", r"prime minister"),
    (r"\bBlue House\b", "KR", r"president"),
]


def _family(p: PersonRec) -> str | None:
    """The kind of office, so that a "counterpart" is matched to a like office."""
    roles = " ".join(r.role.lower() for r in p.roles if not r.counterpart)
    if p.counterpart_of is not None:
        roles += " " + " ".join(r.role.lower() for r in p.counterpart_of.roles if not r.counterpart)
    for family, pattern in ROLE_FAMILIES:
        if re.search(pattern, roles):
            return family
    return None


def _is_place(toks: list[Token]) -> bool:
    words = [t.base for t in toks]
    for size in range(len(words), 1, -1):
        for x in range(len(words) - size + 1):
            phrase = " ".join(words[x : x + size])
            if country_code(phrase) or phrase.lower() in PLACES:
                return True
    return False


def _vocab(t: Token) -> bool:
    return (
        t.low in MODIFIERS or t.low in ORG_WORDS or country_code(t.base, capitals=False) is not None
    )


_COMPOUND_SPLIT = [c.split() for c in COMPOUND_HEADS]


def _last_head(lows: list[str]) -> int:
    """Index of the last word of the last head ("secretary of state" ends at "state")."""
    last = -1
    for x, w in enumerate(lows):
        if x + 1 < len(lows) and lows[x + 1] in ORG_WORDS and w in {"general", "chief"}:
            continue  # "of the UN General Assembly": a body's name, not a general
        if w == "manager" and x > 0 and lows[x - 1] in FUND_KINDS:
            continue  # "chief economist at asset manager Horizonte Capital": the firm's kind
        if w in HEADS or w in ABBREVIATIONS or w == "counterpart":
            last = max(last, x)
    if not any(w in COMPOUND_WORDS for w in lows):
        return last
    for cw in _COMPOUND_SPLIT:
        size = len(cw)
        for x in range(len(lows) - size + 1):
            if lows[x] == cw[0] and lows[x : x + size] == cw:
                last = max(last, x + size - 1)
    return last


def _role_shape(parts: list[Token], lows: list[str], loose: bool) -> bool:
    """MODIFIERS* HEAD COMPLEMENT? — what a role phrase looks like.

    Before the head: modifiers, capitalised words, possessives ("Chancellor's"),
    ages ("84-year-old"). After it: nothing, or a complement opened by of/to/for.
    """
    last = _last_head(lows)
    if last < 0:
        return False
    first = next(
        x
        for x, w in enumerate(lows)
        if w in HEADS or w in COMPOUND_WORDS or w in ABBREVIATIONS or w == "counterpart"
    )
    for t, w in zip(parts[:first], lows[:first], strict=True):
        if loose and t.word and not t.text[0].isdigit():
            continue
        if not (
            w in MODIFIERS
            or t.cap
            or t.possessive
            or w in COMPOUND_WORDS
            or w in {"and", "&"}
            or re.fullmatch(r"(?:ex|former|then)-\w+|\d+-year-old", w)
        ):
            return False
    if loose and lows[first] in RELATIONAL and lows[first + 1 : first + 2] in (["for"], ["to"]):
        last = first  # "spokesman for President Cyril Ramaphosa": the office he serves is his complement
    tail = lows[last + 1 :]
    if not tail:
        return True
    if loose and tail[0] in {"responsible", "in charge"} and len(tail) > 1 and tail[1] == "for":
        tail = tail[1:]  # "the minister responsible for Canada-U.S. trade"
        last += 1
    if (
        tail[0] not in CONNECTORS
        and not (loose and tail[0] == "in")
        and not (
            # "the Republican senator from North Dakota": a legislator and the place that sent them
            loose and tail[0] == "from" and lows[last] in LEGISLATORS
        )
    ):
        return False
    for t, w in zip(parts[last + 1 :], tail, strict=True):
        if not (
            t.cap
            or w in CONNECTORS
            or w in {"the", "and", "&"}
            or w in MODIFIERS
            or w in ORG_WORDS
            or t.text in {"(", ")", ","}
            or t.text.isupper()
            or re.fullmatch(r"\d+(?:st|nd|rd|th)", w)  # "President of the 80th Session of ..."
            # after the name, between commas, the complement may run in lower case:
            # "Kieran Dowd, head of metals research at Halvern Capital,"
            or (loose and t.word and not t.text[0].isdigit())
        ):
            return False
    return True


def _head_role(role: _RoleSpan) -> bool:
    return bool(re.search(r"president|minister|secretary|king|prime|chancellor", role.text, re.I))


def _leading_country(parts: list[Token]) -> tuple[str | None, list[Token]]:
    """The country named before the head ("former United States President"), and the rest."""
    lows = [t.low for t in parts]
    first_head = next(
        (x for x, w in enumerate(lows) if w in HEADS or w in COMPOUND_WORDS), len(parts)
    )
    for start in range(0, first_head):
        for size in (3, 2, 1):
            if start + size > first_head or start + size >= len(parts):
                continue
            chunk = parts[start : start + size]
            if not chunk[0].cap:
                continue
            name = " ".join(t.base for t in chunk)
            code = country_code(name, capitals=False)
            if (
                code
                and chunk[-1].low in ORG_WORDS
                and name not in ("United Nations", "European Union")
            ):
                break  # "European Commission President" keeps its institution (not "Union ...")
            if code and not (size == 1 and chunk[0].low in MODIFIERS and chunk[0].low != "us"):
                return code, parts[:start] + parts[start + size :]
    return None, parts


def _trailing_country(parts: list[Token]) -> tuple[str | None, int]:
    """ "Prime Minister of Bhutan" -> ("BT", cut before "of")."""
    for x in range(len(parts) - 1, 0, -1):
        if parts[x].low == "of":
            rest = " ".join(t.text for t in parts[x + 1 :])
            code = country_code(rest, capitals=False)
            if code:
                return code, x
            # "Ambassador of Japan to Pakistan": the country sending him (the title kept whole)
            sent = re.split(r"\s+(?:to|in)\s+", rest, maxsplit=1)
            code = country_code(sent[0], capitals=False) if len(sent) == 2 else None
            if code and country_code(sent[1], capitals=False):
                return code, len(parts)
            break
    return None, 0


def _nearest_before(refs: list[Ref], pos: int) -> Ref | None:
    before = [r for r in refs if r.end <= pos]
    return before[-1] if before else None


def _is_headline(text: str, toks: list[Token]) -> bool:
    words = [t for t in toks if t.word and t.text[0].isalpha()]
    if len(words) < 3 or text.rstrip().endswith((".", "?", "!", '"', "”")):
        return False
    if re.match(r"\s*[-•*·▪◦–]\s", text) and re.search(r"\s(?-i:[a-z]{3,})\s", text):
        return False  # "- Thai Prime Minister A and B signed a ceasefire": a list's item
    small = {"a", "an", "the", "of", "on", "in", "to", "for", "and", "with", "at", "by", "as"}
    content = [t for t in words if t.low not in small]
    return (
        bool(content)
        and sum(t.cap for t in content) / len(content) >= HEADLINE_CAPS
        and sum(t.cap for t in words) / len(words) >= HEADLINE_CAPS
    )


WORD = re.compile(r"\b[a-z][a-z’'\-]+\b")


def _sheikh_in_name(text: str, toks: list[Token], start: int, end: int) -> bool:
    """ "Sheikh" as part of a South Asian name ("Sheikh Bashir Uddin"), not the
    Gulf style before "Tamim bin Hamad Al Thani" (nor a short form of such a name told
    elsewhere: "Sheikh Tamim")."""
    if start == 0 or toks[start - 1].low not in ("sheikh", "shaikh") or not toks[start - 1].cap:
        return False
    if end - start < 2:
        return False  # ("Sheikh Tamim", "Sheikh Nawaf": a short form, the style before it)
    if start > 1 and toks[start - 2].low in ("highness", "his", "her", "excellency"):
        return False
    words = [t.low for t in toks[start:end]]
    if any(w in PATRONYMIC or w == "al" or w.startswith(("al-", "el-")) for w in words):
        return False
    first = re.escape(toks[start].base)
    return not re.search(rf"\b{first}\s+(?:bin|bint|ibn|Al|Al-|al-)\b", text)


def _name_word(t: Token) -> bool:
    """A capitalised word of three letters or more that is neither a listed non-name nor a
    country: "Jaishankar" after "S.", "Donald" before "Trump"."""
    return (
        t.cap
        and t.text.isalpha()
        and len(t.text) > 2
        and t.low not in NOT_NAME
        and country_code(t.base, capitals=True) is None
    )


def _lower_words(text: str) -> frozenset[str]:
    """Words the article writes in lower case: a capitalised one of them is not a name."""
    return frozenset(WORD.findall(text))


def _lower_head_next(toks: list[Token], k: int) -> bool:
    """A lower-case office at toks[k], or one after a single lower-case word ("trade analyst")."""
    for x in (k, k + 1):
        if x >= len(toks) or toks[x].cap or not toks[x].text.isalpha():
            return False
        if toks[x].low in HEADS:
            return True
    return False


def _office_at_body(parts: list[Token], head: int) -> bool:
    """ "export director at Zitouna Gold": a lower-case office, after one or two words of its
    trade, followed by the body that holds it (not "accompanied by Minister of Trade X")."""
    return (
        head + 2 < len(parts)
        and head <= 2
        and parts[head].text.islower()
        and not any(t.low in FUNCTION_WORDS or t.low.endswith("ed") for t in parts[:head])
        and parts[head + 1].low in {"at", "of"}
        and parts[head + 2].cap
        and not parts[head + 2].possessive
        # (a body, not a country: "industry minister of Canada Melanie Joly" is hers)
        and not country_code(parts[head + 2].base)
    )
