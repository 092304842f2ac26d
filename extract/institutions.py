"""The body a bare title belongs to: "Governor Sanjay Malhotra" in a story about the
Reserve Bank of India is the Governor of the Reserve Bank of India.

Titles such as Governor, Chairman or chief executive mean little without their body, and
news copy often names the body once ("The Reserve Bank of India kept rates on hold ...")
and the officer bare in the same or a nearby sentence.
"""

from __future__ import annotations

import re

from .text import Sentence

# Bare titles that head a body rather than a state, and the bodies each may head.
_BANKS = r"Bank|Reserve|Monetary\s+Authority|central\s+bank"
_BODIES = (
    _BANKS + r"|Fund|Commission|Federation|Association|Council|Organi[sz]ations?|Forum|Board|"
    r"Authority|Institute|Chamber|Corporation|Agency|Confederation|Congress|Committee"
)
TITLE_BODIES = {
    "governor": _BANKS,
    "deputy governor": _BANKS,
    "chairman": _BODIES,
    "chair": _BODIES,
    "chairwoman": _BODIES,
    "chairperson": _BODIES,
    "vice chairman": _BODIES,
    "president": _BODIES,  # only for someone serving no state (see below)
    "vice president": _BODIES,
    "chief executive": _BODIES,
    "managing director": _BODIES,
    "director-general": _BODIES,
    "director general": _BODIES,
    "secretary-general": _BODIES,
    "executive director": _BODIES,
}
STATE_TITLES = frozenset({"president", "vice president"})

# Short names the news uses for the bodies most often quoted.
ACRONYMS = {
    "ECB": "European Central Bank",
    "Fed": "Federal Reserve",
    "RBI": "Reserve Bank of India",
    "IMF": "International Monetary Fund",
    "WTO": "World Trade Organization",
    "BoJ": "Bank of Japan",
    "BOJ": "Bank of Japan",
    "BoE": "Bank of England",
    "PBOC": "People's Bank of China",
    "PBoC": "People's Bank of China",
    "SBP": "State Bank of Pakistan",
    "SNB": "Swiss National Bank",
    "RBA": "Reserve Bank of Australia",
    "BoC": "Bank of Canada",
    "OPEC": "Organization of the Petroleum Exporting Countries",
}
_ACRONYM = re.compile(r"\b(" + "|".join(map(re.escape, ACRONYMS)) + r")\b(?:’s|'s)?")

# Ministries written short inside a title: "FO spokesperson" is the Foreign Office's.
MINISTRY_ACRONYMS = {
    "FO": "Foreign Office",
    "MOFA": "Ministry of Foreign Affairs",
    "MOFCOM": "Ministry of Commerce",
    "MEA": "Ministry of External Affairs",
    "MOTIE": "Ministry of Trade, Industry and Energy",
    "METI": "Ministry of Economy, Trade and Industry",
}
_MINISTRY = re.compile(r"\b(" + "|".join(MINISTRY_ACRONYMS) + r")\b")


def expand_ministries(role: str) -> str:
    """ "FO spokesperson" -> "FO (Foreign Office) spokesperson": the source's words, explained."""
    return _MINISTRY.sub(lambda m: f"{m.group(1)} ({MINISTRY_ACRONYMS[m.group(1)]})", role)


# The pattern of a named body of each kind, compiled once: "the Reserve Bank of India".
_NAMED = {
    kinds: re.compile(
        r"\b((?:(?-i:[A-Z][\w’'.-]*)\s+){0,4}(?-i:" + kinds + r")"
        r"(?:\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,3})?)"
    )
    for kinds in set(TITLE_BODIES.values())
}


def _bodies(text: str, kinds: str) -> list[tuple[int, str]]:
    """Named bodies in ``text`` with their offsets: "the Reserve Bank of India", "ECB"."""
    out = [(m.start(), m.group(1).strip()) for m in _NAMED[kinds].finditer(text)]
    for m in _ACRONYM.finditer(text):
        full = ACRONYMS[m.group(1)]
        if re.search(kinds, full):
            out.append((m.start(), full))
    return sorted(out)


SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})
_MINISTRY_NAME = re.compile(
    r"\b((?:(?-i:[A-Z][a-z]+)\s+){1,3}(?-i:Ministry)|(?-i:Ministry)\s+of\s+(?-i:[A-Z][a-z]+)"
    r"(?:(?:\s+|,\s+|\s+and\s+)(?-i:[A-Z][a-z]+)){0,3})\b"
)


def full_title(role: str, serves_state: bool, sentences: list[Sentence], si: int, at: int) -> str:
    """``role`` with its body added when the title alone is bare and the story names the body
    in the same sentence (before the name) or in one of the three sentences before."""
    if role.lower() in SPOKESPEOPLE:
        return _ministry_voice(role, sentences, si, at)
    kinds = TITLE_BODIES.get(role.lower())
    if kinds is None:
        return role
    text = sentences[si].text
    whose = re.search(
        rf"(?:,\s+whose|(?:^|\W)its)\s+(?:{re.escape(role)}\s*,?\s*)?$", text[:at], re.I
    )
    if whose:
        # "the Swine Raisers Association of Thailand, whose president, X, said", or
        # "The Indian Steel Association welcomed it. Its president, X, said": that body's
        named = [b for pos, b in _bodies(text[: whose.start()], kinds)]
        if not named and si > 0 and text[: whose.start()].strip() == "":
            named = [b for pos, b in _bodies(sentences[si - 1].text, kinds)][:1]
        if named:
            return f"{role} of the {_trim(named[-1])}"
    if serves_state and role.lower() in STATE_TITLES:
        return role
    here = [b for pos, b in _bodies(sentences[si].text, kinds) if pos < at]
    if here:
        return f"{role} of the {_trim(here[-1])}"
    if role.lower() in STATE_TITLES:
        return role  # "Vice President" of a state unless the body is named right there
    for back in range(si - 1, max(-1, si - 4), -1):
        found = _bodies(sentences[back].text, kinds)
        if found:
            return f"{role} of the {_trim(found[-1][1])}"
    return role


def _ministry_voice(role: str, sentences: list[Sentence], si: int, at: int) -> str:
    """A bare "Spokesperson X" speaks for the ministry the sentence or the one before names:
    "China's Commerce Ministry said ... Spokesperson Lin Qiaoyun told a briefing"."""
    here = [m.group(1) for m in _MINISTRY_NAME.finditer(sentences[si].text[:at])]
    if not here and si > 0:
        here = [m.group(1) for m in _MINISTRY_NAME.finditer(sentences[si - 1].text)]
    if not here:
        return role
    return f"{here[-1]} {role.lower()}"


def _trim(body: str) -> str:
    if "central bank" in body:
        return "central bank"  # "Chile's central bank": the central bank, unnamed
    body = re.sub(r"^(?:The|the)\s+", "", body)
    return re.sub(r"(?:’s|'s)$", "", body).strip()
