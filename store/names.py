"""Comparable keys for people's names, shared by the store and look-up.

>>> name_key("  Secretary  Rubio ")
'secretary rubio'
>>> name_key("Recep Tayyip Erdoğan"), name_key("O'Brien")
('recep tayyip erdogan', 'obrien')
>>> bare_name("Secretary of State Marco Rubio"), bare_name("Mr. Dar"), bare_name("Dar")
('marco rubio', 'dar', 'dar')
>>> same_topic("counter-terrorism cooperation", "Counter-terrorism"), same_topic("trade", "energy")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata

from extract.model import family_name

# Words that come before a name in news copy and are not part of it. Kept
# short on purpose: a word here is never taken as a first name or surname.
# fmt: off
TITLE_WORDS = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "sheikh",
        "president", "vice", "prime", "minister", "foreign", "secretary", "of", "state", "deputy",
        "chancellor", "premier", "king", "queen", "prince", "princess", "ambassador", "envoy",
        "senator", "sen", "rep", "representative", "governor", "gov", "general", "gen", "chairman",
        "chairwoman", "chair", "commissioner", "spokesman", "spokeswoman", "spokesperson",
        "treasury", "commerce", "trade", "finance", "defence", "defense", "interior", "home",
        "external", "affairs", "us", "the", "his", "her",
    }
)
# fmt: on

_PUNCT = re.compile(r"[^\w\s-]")
_SPACE = re.compile(r"[\s-]+")


def name_key(name: str) -> str:
    """Lower case, accents and punctuation removed, spaces folded."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _PUNCT.sub("", text.replace("’", "'")).lower()
    return _SPACE.sub(" ", text).strip()


def bare_name(name: str) -> str:
    """The key of a name with leading titles ("Secretary", "Mr.") removed."""
    words = name_key(name).split()
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


def surname_key(name: str) -> str:
    """Key of the family name: the last word, or a first word in capitals ("HAYASHIDA Kenji")."""
    words = name_key(name).split()
    if not words:
        return ""
    raw = name.split()
    if len(words) == len(raw) and family_name(raw) == raw[0] != raw[-1]:
        return words[0]
    return words[-1]


# Words that add nothing to a topic: "counter-terrorism cooperation" is "counter-terrorism".
TOPIC_FILLER = frozenset(
    {"cooperation", "co-operation", "relations", "ties", "issues", "matters", "affairs", "efforts"}
)
_WORD = re.compile(r"[\w-]+")


def topic_words(topic: str) -> frozenset[str]:
    return frozenset(_WORD.findall(name_key(topic).replace(" ", "  "))) - {""}


def same_topic(a: str, b: str) -> bool:
    """Whether two topics are one, differing at most by a word such as "cooperation"."""
    wa, wb = topic_words(a), topic_words(b)
    if not wa or not wb:
        return False
    small, big = sorted((wa, wb), key=len)
    return small <= big and (big - small) <= TOPIC_FILLER
