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
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .dates import (
    DAY_HEADING,
    TIMELINE_DAY,
    DateMention,
    count_word,
    find_dates,
    in_dateline,
    prefer_absolute,
    resolve,
)
from .meta import strip_dateline
from .model import HIGH, LOW, MEDIUM, Confidence, Contact, Evidence
from .people import PLACE_OWNERS, PeopleReader, PersonRec, Ref
from .text import Sentence, paragraph_start
from .topics import find_topics
from .vocab.contacts import (
    HINT_WORD,
    HINTS,
    MODE_WORDS,
    NEGATION,
    OTHER_EVENT,
    PLANNED,
    REPORTING,
    SPECULATION,
    TRIGGERS,
)
from .vocab.countries import find_countries
from .vocab.leaders import leader_country
from .vocab.titles import HEADS, MODIFIERS

# A line of a list: "- Algeria: 30%"
LIST_ITEM = re.compile(r"\s*[-•*–]\s")
# Every trigger contains one of these: a cheap test before the patterns run.
CONTACT_HINT = re.compile(
    r"call|conversation|talk|meet|met\b|meeting|discuss|spoke|speak|confer|chat|dine|dinner|lunch|"
    r"breakfast|banquet|audience|summit|session|consult|exchange|letter|message|note|wrote|written|"
    r"receiv|host|welcom|phon|dial|rang|visit|thank|greet|went|travel|flew|journey|negotiat|s[ai]ts?\s+down|sitting\s+down|"
    r"attend|joined|accompan|present|tête|review|signed|inked|signatures|chair|presid|dialogue|headed|led\s+by|agreed|struck|sealed|clinched|"
    r"brief|tour|spen[dt]|shook\s+hands|shakes?\s+hands|\band,?\s+(?:later|then|afterwards|earlier)\b|\b(?:Those|ones)\s+(?:addressed|sent|written)\b",
    re.I,
)
# What stands between the one met and the day of the meeting: nothing, or the place
OBJECT_THEN_DAY = re.compile(
    r"\s+(?:(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2},?\s+)?"
    # ("to meet Xi in Busan later on Thursday")
    r"(?:(?:later|earlier)\s+)?(?:on\s+)?",
    re.I,
)
# After "meet": someone not named, so the ones before met that person, not each other.
MET_SOMEONE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its)\s+|(?-i:[A-Z][\w.-]*)(?:’s|'s)\s+)"
    # (not "met a week after their negotiators reached a truce": a time, then another clause)
    r"(?:(?!(?:after|before|when|while|since|ago|until|later|earlier|week|weeks|day|days|hour|"
    r"hours|month|months|year|years|minutes)\b)[\w-]+\s+){0,2}?"
    r"(?:czar|tsar|envoy|counterparts?|officials?|leaders?|delegation|team|"
    r"negotiators?|ministers?|minister|president|premier|chief|head|representatives?|"
    r"ambassador|diplomats?)\b"
)
# A name right after one of these is the object of something else, not a subject.
OBJECT_OF = re.compile(
    # (but "a team led by A ... will hold talks with B": the one leading it acts)
    r"\b(?:with|to|from|(?<!led\s)(?<!headed\s)by|for|of|between|against|toward|towards)\s+(?:the\s+|(?:Mr|Ms|Mrs|Dr)\.?\s+)?$",
    re.I,
)
WHOM_VERB = re.compile(
    r"\s+(?:\w+ly\s+|also\s+|had\s+|has\s+)?(?:met|hosted|received|called|phoned|telephoned|visited|"
    r"(?:spoke|talked|conferred)\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to))\b",
    re.I,
)
WITH_WHOM_VERB = re.compile(
    r"\s+(?:\w+ly\s+|also\s+|had\s+|has\s+)?(?:met|spoke|talked|conferred|held\s+(?:talks|a\s+call|"
    r"a\s+meeting))\b(?:\s+by\s+(?:tele)?phone\b)?",
    re.I,
)
# "met President Prabowo on Monday and Vice President Gibran on Tuesday": a second contact
DATED_AND = re.compile(
    r"^\s*(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:\s+(?:morning|afternoon|evening))?,?\s+"
    r"and\s+(?:then\s+|later\s+)?(?:with\s+|to\s+)?(?=[^.;]{0,80}?\bon\s+[A-Z0-9])",
)
# ("met Bessent and then, separately, He on Friday")
SEPARATELY = re.compile(
    r"^[^.;]{0,40}?,?\s*and,?\s+(?:then,?\s+)?separately,?\s+(?:(?:with|to)\s+)?", re.I
)
GROUP = re.compile(
    r"\b(?:the\s+two(?:\s+(?P<mod>foreign|finance|trade|defen[cs]e|prime|economy|agriculture|commerce))?"
    r"(?:\s+(?P<head>leaders|sides|men|women|ministers|presidents|officials|diplomats|secretaries))?"
    # (not "the two countries signed an agreement": states, not people)
    r"(?!\s+(?:countries|nations|governments|states|economies|neighbou?rs|capitals|companies|firms))|"
    r"both\s+(?:leaders|sides|men|women|ministers|presidents|officials)|the\s+(?:leaders|pair|trio)|"
    r"(?:the|all)\s+(?:three|four|five)(?:\s+(?:leaders|men|women|ministers|officials))?(?!\s+(?:countries|nations|governments))|"
    r"they|both(?!\s+(?:countries|nations|governments|states|economies|neighbou?rs|capitals)))\b",
    re.I,
)
# "..., the statement said, without giving a date": the story says it does not know the day
NO_DAY_GIVEN = re.compile(
    r"\bwithout\s+(?:giving|specifying|saying|providing|naming)\s+(?:a\s+|the\s+|any\s+)?(?:date|day|when)\b"
    r"|\b(?:did|does)\s+not\s+say\s+when\b",
    re.I,
)
# Words before a date that make it a measure's date, never a meeting's.
MEASURE_DATE = re.compile(
    r"\b(?:effective(?:\s+from)?|take[sn]?\s+effect(?:\s+on)?|took\s+effect(?:\s+on)?|come[s]?\s+into\s+force(?:\s+on)?|starting(?:\s+on)?|as\s+of|with\s+effect\s+from)"
    # ("due to come into force on the same date, August 1")
    r"(?:\s+the\s+same\s+(?:date|day),)?\s+$",
    re.I,
)
# "would face 25 percent tariffs from August 1": a rate's day, not the letter's
RATE_DATE = re.compile(
    r"(?:%|\bper[\s-]*cent|\bpercent|\d\s*pc\b|\btariffs?|\bduties|\blevies)\s+(?:[\w-]+\s+){0,2}?(?:from|starting|on)\s+$"
    # ("a 30 per cent tariff would apply to EU goods from August 1")
    r"|\b(?:would|will|to)\s+(?:apply|take\s+effect|kick\s+in|start|begin)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:from|starting|on)\s+$",
    re.I,
)
# Said after the contact words: it did not happen after all.
CALLED_OFF = re.compile(
    r"^(?:[^.;]|(?<=[A-Z])\.)*?\b(?:was|were|has\s+been|had\s+been|have\s+been|got|is\s+being)\s+(?:\w+\s+)?"
    r"(?:called\s+off|cancel+ed|postponed|scrapped|shelved|put\s+off|dropped|delayed\s+indefinitely)\b"
    # "A meeting between X and Y, which officials had said was likely, did not take place"
    r"|^(?:[^.;]|(?<=[A-Z])\.)*?\b(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?(?:taken|take)\s+place\b"
    r"|^(?:[^.;]|(?<=[A-Z])\.)*?\b(?:never\s+took\s+place|has\s+yet\s+to\s+take\s+place|did\s+not\s+happen|"
    r"has\s+not\s+happened|failed\s+to\s+materiali[sz]e)\b",
    re.I,
)
WAS_A_KIND = re.compile(
    r"^[^.;]{0,40}?\bwas\s+an?\s+(?:[\w-]+\s+){0,3}?(?:(?:video|phone|telephone)\s+)?(?P<kind>call|meeting|visit)\b",
    re.I,
)
# "On the sidelines of the presidential talks": during the talks just reported
SIDELINES = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins|fringes)\s+of\s+(?:the|these|those)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:talks|meeting|visit|summit\s+talks)\b",
    re.I,
)
# "the day before the Kazakh announcement": a day counted from an event named by a noun
# "the same day the order was signed": an event told in passive, whose day is told elsewhere
SAME_DAY_AS = re.compile(
    r"\s+(?:that\s+|as\s+)?(?:the|that|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?[a-z]+\s+(?:was|were)\s+"
    r"(?P<verb>[a-z]{4,}ed)\b"
)
EVENT_AFTER = re.compile(
    r"\s+(?:the|its|his|her|their)\s+(?:[A-Z][\w-]*\s+)?(?P<noun>[a-z]{5,}(?:ment|tion|sion|al|ing))\b"
)
# "That meeting took place on Tuesday, according to his agenda": a later sentence dates it
TOOK_PLACE = re.compile(
    r"^\s*(?:That|The|This|Their|Both)\s+(?:[\w-]+\s+)?(?P<noun>meeting|call|phone\s+call|talks|"
    r"conversation|visit|encounter|session|exchange)\s+(?:had\s+)?(?:took\s+place|was\s+held|"
    r"were\s+held|happened|occurred|came|opened|began|started|got\s+under\s*way)\b"
    # "During the meeting held Thursday (local time), Yeo conveyed ..."
    r"|^\s*(?:During|At|In)\s+(?:the|that|their)\s+(?:[\w-]+\s+)?(?P<noun2>meeting|call|phone\s+call|"
    r"talks|conversation)\s+(?:held\s+|on\s+)"
    # "Those letters, dated Monday and posted on Truth Social, ..."
    r"|^\s*(?:Those|These|The|His|Her|Both)\s+(?P<noun3>letters?|messages?),?\s+dated\b"
    # "The message was received by the deputy minister ... on the 14th"
    r"|^\s*(?:The|That|This|His|Her)\s+(?:written\s+)?(?P<noun4>message|letter)\s+(?:was|had\s+been)\s+"
    r"(?:received|delivered|handed\s+over|conveyed)\b"
    # "That conversation, held by phone on Tuesday, also touched on ..."
    r"|^\s*(?:That|The|This)\s+(?:[\w-]+\s+)?(?P<noun5>conversation|call|meeting|talks),\s+held\b"
    # "In the letter, written on Thursday, President X invited ..."
    r"|^\s*In\s+(?:the|that|his|her)\s+(?P<noun6>letter|message),\s+(?:written|dated|sent)\b",
    re.I,
)
# "wrote to B in the spring", "met B last summer": a season told right after the one contacted
SEASON = re.compile(
    r"(?:\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*){0,4}?,?\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:in\s+(?:the\s+)?(?:early\s+|late\s+)?|last\s+)"
    r"(?:spring|summer|autumn|fall|winter)\b(?!\s+(?:of\s+)?\d)",
    re.I,
)
VAGUE_TIME = re.compile(
    r"\b(?:over|at|during)\s+the\s+weekend\b|\b(?:this|last)\s+weekend\b|"
    r"\bin\s+(?:about\s+|around\s+|roughly\s+)?(?:two|three|a\s+few|\d+)\s+(?:days|weeks)\b|"
    r"\bin\s+the\s+coming\s+(?:days|weeks|months)\b|\blater\s+this\s+(?:month|year)\b|"
    r"\b(?:days|weeks)\s+(?:after|before|earlier|later)\b|"
    r"\bdid\s+not\s+specify\s+the\s+day\b|"
    # ("who spent several weeks in talks with Bessent": a stretch, no day)
    r"\b(?:spent|spending|spends)\s+(?:several|many|a\s+few|two|three|four|\d+)\s+"
    r"(?:days|weeks|months)\b|"
    # ("The Minister had earlier met Lutnick in Washington": before the day just told)
    r"\b(?:had|has)\s+(?:earlier|previously)\s+(?:met|spoken|talked|held|visited|called|written)\b|"
    r"\b(?:at\s+|by\s+)?the\s+(?:end|start|beginning)\s+of\s+(?:the|this|next)\s+week\b",
    re.I,
)
# A contact noun opening its clause ("..., and a meeting with Xi ... is likely") and what
# the clause then says of it: only possible, or planned.
NOUN_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|that|said|says|added|announced|confirmed)\s+)"
    r"(?:a|an|any|another|further|the)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
NOUN_PREDICATE = re.compile(
    r"(?:[^.;,]|(?<=[A-Z])\.){0,100}?\b(?:is|are|was|were|remains?|seems?|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:also\s+|now\s+|still\s+|being\s+|not\s+yet\s+)?"
    r"(?:(?P<maybe>likely|unlikely|possible|uncertain|in\s+doubt|requested|proposed|sought|"
    r"mooted|considered|discussed|floated|under\s+consideration|on\s+the\s+cards|being\s+planned|"
    r"in\s+the\s+works)|"
    r"(?P<plan>expected|scheduled|planned|set|due))\b"
    r"|[^.;,]{0,100}?\b(?P<maybe2>could|might|may|would)\s+(?:also\s+)?(?:take\s+place|happen|be\s+held)\b"
    # ("..., and a meeting with Putin was ruled out", "a meeting with Trump has not been scheduled")
    r"|(?:[^.;,]|(?<=[A-Z])\.){0,100}?\b(?P<off>(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:\w+\s+)?(?:ruled\s+out|called\s+off|cancell?ed|scrapped|shelved|off\s+the\s+table)|"
    r"(?:has|have|had|is|are|was|were)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:scheduled|set|arranged|"
    r"confirmed|planned|agreed|fixed))\b",
    re.I,
)
# A readout's section heading naming a contact and its day in brackets: "(1) Meeting with
# Secretary of Commerce Lutnick (Wednesday, March 11)"
HEADING_CONTACT = re.compile(
    r"\W*(?:\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s*)?(?P<noun>(?:Bilateral\s+|Courtesy\s+|Working\s+)?"
    r"(?:Meeting|Talks|Call|Telephone\s+(?:call|conversation|talks)|Phone\s+call|Video\s+"
    r"(?:call|conference|meeting)))\s+with\s+[^()\n]{3,120}?\s*\((?P<day>[^()\n]{3,40})\)\s*$"
)
# A heading's day at its end: "Secretary Rubio's call with Foreign Minister Fidan (Tuesday, July 8)."
HEADING_DAY = re.compile(r"\((?:[A-Z][a-z]+day,\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}\)\.?\s*$")
# A span of days: "from March 10 to March 12", "between 3 and 6 September"
DAY_SPAN = re.compile(
    r"\b(?i:from|between)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"[\w. ]{1,14}?\s+(?:to|until|till|through|and)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday),?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2}\b",
)
# "In his meeting with X, Y said", "Speaking after talks with X, Y said": Y took part
# "between A, who also serves as ..., and B"; "between A, South Korea's first vice foreign
# minister, and B": the aside after the first side
# "met A on Monday and spoke with B", "..., and on Tuesday held talks with B", "met Xi in the
# morning, before holding talks with Li": a second contact whose subject is left out
ELIDED_AND = re.compile(
    r"\band,?\s+(?:\w+ly\s+|also\s+|then\s+|later\s+(?:(?:that|the\s+same)\s+(?:day|morning|"
    r"afternoon|evening)\s+|in\s+the\s+(?:day|afternoon|evening)\s+)?|"
    # ("met A on Monday, and on Tuesday held talks with B")
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+|"
    # ("..., and in the evening held talks with Y")
    r"in\s+the\s+(?:morning|afternoon|evening)\s+)?"
    # ("... and held a separate meeting with Greer later the same day")
    r"(?:(?:held|had|hold|holds)\s+(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,6}?"
    # ("held a meeting with A, Secretary of Commerce, and a meeting with B")
    r"|(?:a|an|another)\s+(?:(?-i:[a-z])[\w’'-]*\s+){0,2}?)?$"
    # ("A and B met Xi on Thursday morning, before holding talks with Li")
    r"|,\s+(?:before|after)\s+(?:(?:holding|having)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?)?$"
    # ("when he met A on February 11, and again during a telephone conversation with A")
    r"|\band,?\s+again\s+(?:during|in|at|over)\s+(?:a|an|the)\s+$"
    # ("spoke with A last week, and is due to travel to Muscat on Thursday to meet B")
    r"|\band,?\s+(?:is|was|are|were|will|would)\s+(?:due|set|scheduled|expected|travel\w*|fly|"
    r"head\w*)\b[^,;.]{0,90}?\bto\s+$"
)
ANOTHER = re.compile(r"(?:and\s+)?(?:another|the\s+other|a\s+second)\s+between\b", re.I)
BETWEEN_ASIDE = re.compile(r",\s+(?:(?:who|whose)\b[^;.]{0,120}?|[^;,]{3,80}?),\s+and\s+")
TEAM_LEADER = re.compile(
    r",?\s+(?:while|and|whereas)\s+(?:[\w.’'-]+\s+){1,4}?(?P<verb>led|headed)\s+(?:the|its|their)\s+"
    r"(?:[\w.-]+\s+){0,2}(?:team|delegation|side)\b"
)
LED_VERB = re.compile(r"\b(?:called\s+on|met|meets|held\s+talks\s+with|visited)\s+", re.I)
CALLED_ON = re.compile(r"called\s+on", re.I)
# "In a third call, ...", "In another conversation, ...": one more of a series told before
NEXT_IN_SERIES = re.compile(
    r"\W*(?:In|During)\s+(?:a|an|another|the)\s+(?:(?:second|third|fourth|fifth|separate|later|"
    r"further|final|last|another)\s+)?(?:(?:tele)?phone\s+)?(?:call|conversation)\s*,",
    re.I,
)
CALL_PURPOSE = re.compile(
    r"\s*,?\s*to\s+(?:convey|discuss|express|congratulate|offer|thank|extend|share|brief|review|"
    r"exchange|condole|wish|inquire|enquire|follow\s+up)\b",
    re.I,
)
_SAID = r"(?:said|says|told|announced|confirmed|added)"  # the words that report a plan
# ", Seoul's top policy official said": someone else, unnamed, says it
OTHER_SPEAKER = re.compile(
    r",\s+(?:[\w’'-]+\s+){0,4}?(?:officials?|spokes(?:man|woman|person)|ministry|office|agency|"
    r"aides?|sources?|statement)\s+(?:said|says|told|announced|confirmed|added)\b",
    re.I,
)
REPORTED_ON = re.compile(r"\b(?:said|says|told\s+\w+|announced|stated)\s+(?:on\s+)?$", re.I)
DAYS_AFTER = re.compile(
    r",\s+(?P<n>a|one|two|three|\d)\s+days?\s+after\s+(?:[\w’'-]+\s+){0,8}$",
    re.I,
)
# ", less than a week after A returned from his summit with B", "weeks after": no day told
VAGUE_AFTER = re.compile(
    r",\s+(?:(?:less|more|little\s+more|no\s+more)\s+than\s+|nearly\s+|almost\s+|about\s+|just\s+|only\s+|barely\s+)?"
    r"(?:a|one|two|three|four|several|a\s+few|\d)\s+(?:weeks?|months?)\s+after\s+"
    # (the contact itself, "a week after talks with B", or someone back from it, "after A returned
    # from his summit with B"; not "two months after his inauguration for a summit with B")
    r"(?:(?:(?:his|her|their|the|a|an)\s+)?(?:[\w-]+\s+)?|(?:[\w’'.-]+\s+){0,4}?"
    r"(?:returned|came\s+back|got\s+back|flew\s+home|left)\s+(?:[\w’'.-]+\s+){0,8})$",
    re.I,
)
# ", two days before Trump is due to meet Putin": the contact told after it is that many
# days after the sentence's first day
DAYS_BEFORE_EVENT = re.compile(
    r",\s+(?P<n>a|one|two|three|four|five|\d)\s+days?\s+(?:before|ahead\s+of)\s+"
    r"(?!the\b|a\b|an\b)(?:[\w’'.-]+\s+){0,8}$",
    re.I,
)
_EVENT_DAY_KINDS = ("weekday", "mdy", "dmy", "iso", "relday")
# Someone's own event named after the contact words: "Lee's summit with Ishiba"
OWNED_EVENT = re.compile(
    r"[’']s\s+(?:[\w-]+\s+)?(?:summit|meeting|talks|visit|call|trip)\s+(?:with|to)\b", re.I
)
EVENT_WORDS = re.compile(
    r"\b(?:spoke|talked|met|meeting|call|called|phoned|talks|conversation|held)\b", re.I
)
NO_DAY_SAID = re.compile(
    r"\b(?:did\s+not|didn't|does\s+not|would\s+not|declined\s+to)\s+(?:say|specify|disclose|"
    r"give|reveal|mention)\s+(?:exactly\s+)?(?:when|the\s+date)\b",
    re.I,
)
# "... with A at the State Department and with B": a place, then the other one met
PLACE_THEN_WITH = re.compile(
    r"\s+(?:at|in)\s+(?:the\s+)?[^,;.]{1,40}?,?\s+and\s+(?:later\s+|then\s+)?with\s+"
    r"(?:(?:the\s+)?(?:[\w-]+\s+){0,4}?)?"
)
FRONTED_HIS = re.compile(
    # ("In late July, after a call with Sheinbaum, Trump agreed": a time put first)
    r"\s*(?:(?:In|On|Earlier|Later|Last)\b[^,;.]{0,25},\s+)?"
    r"(?:(?:Speaking|Talking|Writing)\s+)?(?:In|During|At|After|Following)\s+"
    r"(?:(?:his|her|a|an|the)\s+)?(?:[\w-]+\s+){0,2}",
    re.I,
)
ACCOMPANIED = re.compile(
    r"\s*,\s*(?:who\s+was\s+)?(?:accompanied|joined|flanked)\s+by\s+(?=[^.;]*,)", re.I
)
# "... with Greer in Washington, with State Secretary X.": after the other side and the place
WITH_AT_THE_END = re.compile(
    r"(?:\s+(?:(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}|"
    r"on\s+(?-i:[A-Z])[\w.]*(?:\s+\d{1,2})?(?:\s+(?:morning|afternoon|evening|night))?)){0,2}"
    r",\s+(?:with|alongside|together\s+with|accompanied\s+by|joined\s+by)\s+"
)
# "..., who was joined at the table by Li Chenggang": after the other side and its appositive
JOINED_BY = re.compile(
    r"(?:\s*,\s*(?:[^,;.()]{3,60}),)?\s*(?:who\s+was|who\s+were)\s+(?:joined|accompanied)\s+"
    r"(?:(?:at\s+the\s+table|in\s+the\s+(?:talks|meeting)|on\s+the\s+call)\s+)?by\s+"
)
# "a trip that failed to secure a meeting with Trump" (not "failed to win a reprieve in a call
# with Trump": that call took place)
FAILED_TO_GET = re.compile(
    r"\b(?:fail(?:ed|s)?|unable)\s+to\s+(?:secure|get|obtain|land|arrange|win)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# "on Monday and again on Tuesday", "on Sunday and Monday", "on October 25 and 26"
TWO_DAYS = re.compile(
    r"\s+and\s+(?:again\s+)?(?:on\s+)?(?:(?P<num>\d{1,2})\b(?!\s*(?:%|per))|(?=[A-Z]))"
)
RESUMED_ON = re.compile(
    r",?\s+and\s+(?:then\s+)?(?:resumed|continued)\s+(?:the\s+|their\s+)?"
    r"(?:talks|negotiations|discussions|meetings?)\s+(?=on\s+\w)"
    # ("met He on Saturday for roughly 10 hours at the villa, and again on Sunday")
    r"|,\s+and\s+again\s+(?=on\s+\w)"
)
# "a day of ministerial meetings on Wednesday", "Talks continued on Tuesday": the day of the
# contacts the next sentence names
SCENE_MEETINGS = re.compile(
    r"\b(?:meetings|talks|consultations|negotiations|discussions)\b[^.;]{0,20}\b(?:on|last)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.I,
)
# A live blog's timed entry line: "2:45 p.m. - Oval Office meeting ends", "08.00 BST"
TIMED_ENTRY = re.compile(r"\W*\d{1,2}[:.]\d{2}\s*(?:a\.m\.|p\.m\.|am|pm|[A-Z]{2,4})?\s*(?:[-–—]|$)")
# "the April 22 massacre": a day that names another event than a call or meeting
ATTRIBUTIVE_DAY = re.compile(
    r"\s+(?!(?:call|calls|meeting|meetings|talks|visit|summit|phone|telephone|video|conversation|"
    r"session|round|dinner|lunch|encounter|letter|deadline)\b)(?-i:[a-z]{4,})\b",
    re.I,
)
# "The pace quickened on Friday.", "Events moved fast on Saturday.": a day set for a scene
SCENE_DAY = re.compile(
    r"\W*(?:The\s+)?[\w-]+\s+(?:[\w-]+\s+)?(?:quickened|accelerated|picked\s+up|moved|intensified|"
    r"came|began|started|shifted|changed)\b[^.;,]{0,25}?\b(?:on|by|late\s+on|early\s+on)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.I,
)
BY_PHONE = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone\b|^\s*(?:[\w-]+\s+){0,3}?by\s+video",
    re.I,
)
# Plural titles in "the two foreign ministers" and the word their roles must hold.
TITLED_GROUPS = {
    "ministers": "minister",
    "presidents": "president",
    "secretaries": "secretary",
    "diplomats": "minister",
}
# "the two leaders": heads of state or government
LEADER_ROLE = re.compile(
    r"(?<!deputy\s)(?<!vice\s)\b(?:president|prime\s+minister|premier|chancellor|king|queen|emir|amir|sultan|"
    r"crown\s+prince|head\s+of\s+state|taoiseach)\b"
)

TOGETHER_WITH = re.compile(
    r"[^.;,]{0,80}?,\s+(?:together\s+with|along\s+with|alongside|accompanied\s+by|joined\s+by)\s+"
)
ALSO_TAKING_PART = re.compile(
    r"[^.;]*?,\s+with\s+(?P<who>[^,;]{3,120}?)\s+(?:also\s+)?(?:taking\s+part|attending|"
    r"present|joining|in\s+attendance|participating)\b",
    re.I,
)
# Told as history: "had met", "had handed over the document on Saturday", "have met twice"
HISTORY = re.compile(
    r"\bhad\s+(?:\w+ly\s+|last\s+|already\s+|also\s+|not\s+|never\s+)?"
    r"(?:\w+(?:ed|en)|met|sent|spent|held|spoken|written|been)\b"
    r"|\b(?:have|has)\s+(?:\w+ly\s+|last\s+|already\s+|also\s+|not\s+|never\s+)?"
    r"(?:met|held|spoken|talked|visited|hosted|received|called|phoned|written|sent|been)\b",
    re.I,
)
BOTH = re.compile(
    r"\b(?:the\s+two|both)\s+(?:leaders|sides|men|women|ministers|presidents|officials)\b", re.I
)
COORD = re.compile(
    r"^(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?|\s+on\s+(?:the\s+)?(?:one|[\w.-]+)\s+side)?\s*(?:,\s*)?(?:and|&|as well as|along with|together with|and\s+including)\s+(?:(?:then|later)\s+(?=with\b|to\b))?(?:with\s+|to\s+|by\s+)?(?:(?:his|her|their|the)\s+)?$|^\s*,\s*$"
    # "A, and Mexico's Secretary of Economy, B": the second one's title between them
    # ("President A of Mexico and Prime Minister B of Canada": each one's country after the name)
    # ("between A and B on one side and C and D on the other")
    r"|^(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?|\s+on\s+(?:the\s+)?(?:one|[\w.-]+)\s+side)?\s*,?\s*(?:and|&)\s+(?:(?:then|later)\s+(?=with\b|to\b))?(?:with\s+|to\s+|by\s+(?:the\s+)?)?(?:(?-i:[A-Z][\w’'.-]*)(?:’s|'s)?\s+|"
    r"(?:of|for|and|the|acting|interim|caretaker)\s+){1,8},?\s*$"
    # "A and China's international trade representative, B": an owner's lower-case office
    r"|^\s*,?\s*(?:and|&)\s+(?-i:[A-Z])[\w’'.-]*(?:’s|'s)\s+(?:(?-i:[a-z])[\w-]*\s+){1,4}?(?-i:[a-z])[\w-]*,\s*$"
    # "A, Jamaica's Commerce Minister B and C": the second one's title after a comma (joined
    # only where an "and" follows)
    r"|^\s*,\s+(?-i:[A-Z][\w’'.-]*)(?:’s|'s)\s+(?:(?-i:[A-Z][\w’'.-]*)\s+|(?:of|for|and|the)\s+){0,6}$"
    # "Rolex chief executive A, Richemont chairman B and C": the second one's firm before his title
    r"|^\s*,\s+(?-i:[A-Z][\w’'.&-]*)(?:\s+(?-i:[A-Z][\w’'.&-]*)){0,2}\s+$"
    # "A and the city's mayor, B": the second one's office, owned by the place told of
    r"|^\s*,?\s*(?:and|&)\s+the\s+(?:"
    + "|".join(sorted(PLACE_OWNERS))
    + r")(?:’s|'s)\s+(?:[a-z][\w-]*\s+){0,3}?(?:[a-z][\w-]*,\s*)?$"
    # "A, the EU's trade commissioner, and B": the first one's office between them
    # ("A, Japan's chief trade negotiator, and B": the office owned by a country)
    r"|^\s*,\s+(?:the|its|his|her|their|(?-i:[A-Z])[\w.-]*(?:’s|'s))\s+[^,;.]{3,60}?,\s+(?:and|&)\s+$"
    # "A, B and the Afghan interim government's acting foreign minister, C"
    r"|^\s*,?\s*(?:and|&)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:minister|secretary|president|adviser|"
    r"advisor|envoy|chief|governor|ambassador|premier|chancellor|representative)\s*,\s*$"
    # "A, who also serves as trade minister, B and C": an aside on the first between them
    r"|^\s*,\s+(?:who|whose)\s+[^;.]{3,120}?,\s*(?:and\s+)?$",
    re.I,
)
# a contact still to come, after the sentence's own event: "..., ahead of a meeting with Xi"
AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s+(?:a|an|the|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
# a second contact verb in the same sentence: "... on Monday and held talks with B"
OWN_VERB = re.compile(
    r"\band\s+(?:then\s+|later\s+|also\s+)?(?:held|met|spoke|called|talked|visited|hosted|had|"
    r"dined|conferred)\b"
)
# "..., his spokesperson Olof Gill said": the one who tells of the contact, not in it
SPEAKER_BEFORE = re.compile(r",\s+(?:(?:his|her|their|its|a|the)\s+)?$", re.I)
SPEAKER_AFTER = re.compile(r",?\s+(?:said|says|told\s+(?:reporters|journalists))\b")
OBJECT_GAP = re.compile(r"^[\s,]*(?:(?:the|his|her|their|its|a|an|both|also)\s+)?$", re.I)
# A new clause whose subject is named by no one: ", and military commanders were due to"
UNNAMED_SUBJECT = re.compile(
    r"[,;]\s+(?:and|but|while)\s+(?:the\s+|their\s+|its\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
    r"(?:were|was|are|is|will|would|had|have|has)\b"
)
NAME_AS_MODIFIER = re.compile(
    r"\s+(?:administration|government|cabinet|campaign|team|era|presidency|White\s+House)\b", re.I
)
CLAUSE_BREAK = re.compile(
    r"[;:]|\bsaid\s+that\b|\bsaid\s*,|\b(?:told|informed|assured|briefed)\s+(?:[\w’'-]+\s+){1,5}?that\b|,\s*adding\b|\badding\s+that\b|\bwhile\b|\bwhereas\b|\bbut\b",
    re.I,
)
# a clause after "but" that opens with its verb: "..., but agreed to hold off ..."
# ("..., but put the increase on hold after speaking with B": a past verb, regular or not)
IRREGULAR_PAST = r"put|held|kept|let|set|cut|made|took|gave|struck|sent|went|told|won|left|began"
ELIDED_SUBJECT = re.compile(
    r"\s+(?:later\s+|then\s+|also\s+)?(?:(?!said\b)[a-z]+ed|" + IRREGULAR_PAST + r")\b"
)
DIRECT_TAIL_BAD = re.compile(
    r"^\s*(?:a|an|the|his|her|their|one|as|for|out|back|off|up|upon|on\s+(?:the|him|her|them))\b"
    # ("called Lee \"a great leader\"": a name for him, no call)
    # (not "\"called President Trump\" on Monday": a quotation closing)
    r"|^\s*[“‘]|^\s+[\"'](?=\w)",
    re.I,
)


_AMONG = r"(?:among\s+them|among\s+whom\s+were|including)\s+"
# "..., among them A and B": the members a group is named by
GROUP_AMONG = re.compile(r",\s+" + _AMONG)
GROUP_NAMED = re.compile(
    # ("a U.S. delegation led by")
    r"\s*(?:an?|the|their)\s+(?:[\w.-]+\s+){0,2}?(?:delegation|team)\s+(?:led|headed)\s+by\s+"
    r"|\s*(?:an?|the)\s+(?:[\w-]+\s+)?(?:group|number|handful|dozen)\s+of\s+[^,;.]{3,80}?,\s+"
    + _AMONG
    # ("held a closed-door meeting with investors, among them A")
    + r"|\s*(?:(?:local|foreign|american|u\.s\.|business|industry|company|several|some)\s+)?"
    r"(?:investors|executives|business\s+leaders|industry\s+leaders|exporters|manufacturers|"
    r"farmers|officials|lawmakers|ministers|leaders|bankers|unionists),\s+" + _AMONG
)


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
    subjects: list[PersonRec] = field(default_factory=list)
    objects: list[PersonRec] = field(default_factory=list)
    distinct: bool = False  # "an earlier meeting between the two": never the same event


# "... and Greer the following day": a second contact, a day from the first
DAY_APART = re.compile(
    r"\s+(?:(?P<next>the\s+(?:following|next)\s+day|a\s+day\s+later|the\s+day\s+after)|"
    r"(?P<prev>the\s+(?:previous\s+day|day\s+before)))\b"
)


# "... and Greer on Tuesday": a second contact on a day of its own
OWN_DAY = re.compile(
    r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\b"
)


VAGUE_WHEN = re.compile(
    r"(?:[^.;]|(?<=[A-Z])\.){0,50}?\b(?P<when>(?:when(?:ever)?\s+(?:it\s+is\s+|it's\s+)?(?:necessary|"
    r"needed|appropriate|possible|useful)|at\s+some\s+point|in\s+due\s+course|at\s+a\s+later\s+date"
    # ("said she expected to speak with Trump \"soon\"")
    r"|(?<!as\s)(?:soon|shortly)(?=[\"”]?\s*(?:[.;]|,\s+without\b|and\b|but\b|$))|in\s+the\s+near\s+future))\b",
    re.I,
)
LETTER_POSTED_ON = re.compile(
    r"\b(?:posted|published|sent|delivered|released)\s+(?:(?:on|via|in|through)\s+(?:[\w’'-]+\s+){1,4}?)?"
    r"(?:on\s+)?$"
)
# "the first by an Asian leader this year": an aside on the thing just named
OWNED_ASIDE = re.compile(r",\s+(?:the|a|an)\s+[^,;]{3,100},")


class ContactReader:
    def __init__(
        self,
        reader: PeopleReader,
        sentences: list[Sentence],
        reference: date | None,
        wire_dated: bool,
    ):
        self.reader = reader
        self.sentences = sentences
        self.reference = reference
        self.wire_dated = wire_dated
        self.found: list[_Found] = []
        self._ruled_out = False
        self._dates = [_no_alternate_days(s.text, find_dates(s.text)) for s in sentences]
        # where a live blog's timed entries begin ("2:45 p.m. - Oval Office meeting ends"), if any
        self._first_timed = next(
            (i for i, s in enumerate(sentences) if TIMED_ENTRY.match(s.text)), None
        )

    def read(self) -> list[_Found]:
        for si, sent in enumerate(self.sentences):
            self._current = si
            refs = self.reader.refs[si]
            seen_spans: list[tuple[int, int]] = []
            if TOOK_PLACE.match(sent.text):
                self._dated_after(si, sent.text)
            if not CONTACT_HINT.search(sent.text):
                continue
            words = set(HINT_WORD.findall(sent.text.lower()))
            matches = [
                (m.start(), order, m, how, mode)
                for order, (name, pattern, how, mode) in enumerate(TRIGGERS)
                if not words.isdisjoint(HINTS[name])
                for m in pattern.finditer(sent.text)
            ]
            for _start, _order, m, how, mode in sorted(matches, key=lambda x: (x[0], x[1])):
                if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in seen_spans):
                    continue
                groups = self._group_refs(si, sent.text, refs)  # "they": whoever was just reported
                self._ruled_out = False
                before = len(self.found)
                got = self._apply(si, sent.text, m, how, mode, refs, groups)
                if got is not None or self._ruled_out:
                    seen_spans.append((m.start(), m.end()))
                if (
                    len(self.found) > before
                    and self.found[-1].mode == "other"
                    and ANOTHER.match(m.group(0))
                    and before > 0
                    and self.found[before - 1].sentence == si
                ):
                    # "two telephone conversations: one between A and B, and another between A
                    # and C": a call too
                    self.found[-1].mode = self.found[before - 1].mode
        self._split_separate()
        self._heading_days()
        self._quoted_today()
        self._batch_letters()
        self._attach_topics()
        return self._merge()

    def _heading_days(self) -> None:
        """A readout's section heading gives the day of the contact it heads: "(1) Meeting with
        Secretary of Commerce Lutnick (Wednesday, March 11)" dates the undated meeting with
        Lutnick the readout reported."""
        for si, sent in enumerate(self.sentences):
            head = HEADING_CONTACT.match(sent.text)
            if not head:
                continue
            named = {p.name for r in self.reader.refs[si] for p in r.people}
            days = [d for d in self._dates[si] if d.start >= head.start("day")]
            if not named or len(days) != 1 and not (len(days) == 2 and days[0].kind == "weekday"):
                continue
            call = bool(re.search(r"call|phone|video", head.group("noun"), re.I))
            # (the two the section goes on to name: "Minister Akazawa and Secretary Lutnick
            # reviewed ...")
            under = {
                p.name
                for j in range(si + 1, min(si + 3, len(self.sentences)))
                for r in self.reader.refs[j]
                for p in r.people
            }
            for f in self.found:
                names = {p.name for p in f.people}
                if (
                    f.date is None
                    and not f.planned
                    and (f.mode == "call") == call
                    and f.mode != "letter"
                    and named & names
                    and names <= named | under
                    # (not an earlier one: "had previously held a meeting with Lutnick")
                    and not re.search(
                        r"\b(?:previously|earlier|before|last\s+(?:year|month)|had\s+(?:\w+\s+)?"
                        r"(?:held|met|had))\b",
                        self.sentences[f.sentence].text,
                    )
                ):
                    self._set(f, prefer_absolute(days[0], days), "heading", past_only=True)

    def _quoted_today(self) -> None:
        """A readout quoted under a heading that gives its day: "Secretary Rubio's call with
        Foreign Minister Fidan (Tuesday, July 8). "Secretary Rubio spoke today with Foreign
        Minister Hakan Fidan."": the readout's "today" is the heading's day, not the day of the
        page that quotes it."""
        for g in self.found:
            if g.date is None or not HEADING_DAY.search(self.sentences[g.sentence].text):
                continue
            below = self.sentences[g.sentence + 1 : g.sentence + 4]
            if not below or not re.match(r"\s*[\"“]", below[0].text):
                continue
            for f in self.found:
                if (
                    g.sentence < f.sentence <= g.sentence + 3
                    and f.date is not None
                    and f.date == self.reference
                    and f.date != g.date
                    and {p.name for p in g.people} == {p.name for p in f.people}
                    and any(
                        re.search(r"\btoday\b", s.text, re.I)
                        for s in below[: f.sentence - g.sentence]
                    )
                ):
                    f.date, f.precision, f.date_source = g.date, g.precision, "heading"

    def _batch_letters(self) -> None:
        """Letters sent as one batch share its day: "Trump's letters to A and B, posted on
        Monday, ... Sri Lanka's letter, addressed to President C, set 30%": C's letter went out
        that Monday too. Only when every dated letter sharing a person with it names one day,
        and one person (the writer) is in all of them."""
        letters = [f for f in self.found if f.mode == "letter"]
        for f in letters:
            if f.date is not None or f.planned:
                continue
            dated = [
                g
                for g in letters
                if g.date is not None
                and g.precision == "day"
                and any(p is q for p in g.people for q in f.people)
            ]
            days = {g.date for g in dated}
            if len(days) != 1:
                continue
            writers = [p for p in f.people if all(any(p is q for q in g.people) for g in dated)]
            if len(writers) == 1 and len(f.people) == 2:
                f.date, f.precision, f.date_source = dated[0].date, "day", "context"

    def _split_separate(self) -> None:
        """One contact read from a sentence that tells several: "Dar held separate meetings
        with his Chinese and Russian counterparts, Wang Yi and Sergey Lavrov" (one meeting with
        each, not one of three); "met He on Monday and again on Tuesday" and "in talks on
        Saturday, and resumed negotiations on Sunday" (a round each day); "met Lutnick on
        Monday and Greer on Tuesday" or "... and Greer the following day" (one each, on its
        day)."""
        out = []
        for f in self.found:
            text = self.sentences[f.sentence].text
            a, b = f.trigger
            # ("Keller-Sutter met Bessent and He separately on Friday")
            tail = re.split(r"[,;]", text[b:], maxsplit=1)[0][:80]
            if (
                len(f.subjects) == 1
                and len(f.objects) > 1
                and (
                    re.search(r"\bseparate(?:ly)?\b", text[max(0, a - 25) : b + 15], re.I)
                    # (not "met A and B on Friday and held a separate meeting with C")
                    or re.search(r"\bseparately\b", tail, re.I)
                    # ("held talks with A on Thursday, and with B on Friday": each on its day)
                    or re.search(r"\band\s+(?:then\s+|later\s+)?with\b", text[b : b + 120])
                    and len({self._own_day(f, o, text, b) for o in f.objects} - {None}) > 1
                    # ("spoke with A and with B": each on its own)
                    # ("spoke with A and then with B": one after the other)
                    or re.search(r"\band\s+(?:then\s+|later\s+)?with\b", text[b : b + 120])
                    and re.search(
                        # ("held telephone conversations with A ..., and with B")
                        r"\bseparate(?:ly)?\b|\b(?:spoke|spoken|talked|phoned|called|conversations|calls)\b",
                        text[a:b],
                    )
                    # ("the visit included meetings with A and B": one with each)
                    or re.search(r"\bmeetings\s+with\s*$", text[max(0, a - 20) : b], re.I)
                    # ("met with A at the State Department and with B at the Pentagon")
                    or re.search(r"\b(?:at|in)\s+\S", text[b : b + 120])
                    and PLACE_THEN_WITH.search(text[b : b + 160])
                    # ("spoke with A and B, in separate calls")
                    or re.search(
                        r"\bin\s+separate\s+(?:phone\s+|telephone\s+)?(?:calls|meetings|talks|conversations)\b",
                        text[b : b + 200],
                        re.I,
                    )
                )
            ):
                for o in f.objects:
                    each = replace(f, people=[f.subjects[0], o], objects=[o], topics=list(f.topics))
                    # ("with A, on Thursday (7), and with B, on Friday (8)": each one's own day)
                    own = self._own_day(f, o, text, b)
                    if own is not None:
                        self._set(each, own, "sentence")
                    out.append(each)
                continue
            if (
                len(f.subjects) > 1
                and len(f.objects) == 1
                and re.search(r"\bseparately\b", text[a : b + 15], re.I)
            ):
                # ("A of Mexico and B of Canada spoke separately with Trump": one call each)
                out.extend(
                    replace(f, people=[s, f.objects[0]], subjects=[s], topics=list(f.topics))
                    for s in f.subjects
                )
                continue
            again = self._second_day(f, text)
            if again is not None:
                # "met He on Monday and again on Tuesday", "at talks on October 25 and 26": a
                # round each day
                out.extend([f, again])
                continue
            resumed = RESUMED_ON.search(text, b)
            if resumed and f.date and f.precision == "day":
                # "spent ten hours in talks with He on Saturday and resumed negotiations on
                # Sunday": a second round, on its own day
                day = next(
                    (d for d in self._dates[f.sentence] if d.start >= resumed.end() - 1), None
                )
                again = replace(f, topics=list(f.topics))
                if day is not None and self._set(again, day, "sentence") and again.date != f.date:
                    out.extend([f, again])
                    continue
            second = self._second_object(f, text, b)
            if second is not None:
                # "Ebrard met Lutnick on Monday and Greer on Tuesday", "... and Greer the
                # following day": a meeting with each, on its own day
                first = f.objects[0]
                out.append(replace(f, people=[f.subjects[0], first], objects=[first]))
                out.append(second)
                continue
            out.append(f)
        self.found = out

    def _own_day(self, f: _Found, o: PersonRec, text: str, b: int) -> DateMention | None:
        """The day written straight after one of those met: "with A, on Thursday (7)"."""
        name = re.search(r"\b" + re.escape(o.tokens[-1]) + r"\b", text[b:])
        if name is None:
            return None
        return next(
            (
                d
                for d in self._dates[f.sentence]
                if d.kind in ("weekday", "mdy", "dmy")
                and re.fullmatch(r",?\s+(?:on\s+)?", text[b + name.end() : d.start])
            ),
            None,
        )

    def _second_day(self, f: _Found, text: str) -> _Found | None:
        """The same people meeting again the next day the sentence names: "on Monday and again
        on Tuesday", "on Sunday and Monday", "on October 25 and 26"."""
        if not f.date or f.precision != "day" or f.planned:
            return None
        days = [d for d in self._dates[f.sentence] if d.kind in ("weekday", "mdy", "dmy")]
        for d in days:
            gap = TWO_DAYS.match(text, d.end)
            if gap is None:
                continue
            first, _ = resolve(d, self.reference, future=False)
            if first != f.date:
                continue
            if gap.group("num"):
                with suppress(ValueError):
                    second = replace(
                        f, topics=list(f.topics), date=f.date.replace(day=int(gap.group("num")))
                    )
                    return second if second.date > f.date else None
                return None
            nxt = next((x for x in days if d.end < x.start <= gap.end() + 1), None)
            second = replace(f, topics=list(f.topics))
            if nxt is not None and self._set(second, nxt, "sentence") and second.date > f.date:
                return second
        return None

    def _second_object(self, f: _Found, text: str, b: int) -> _Found | None:
        """The second of two met "A on Monday and B on Tuesday" (its own day) or "A on July 9
        and B the following day" (a day from the first), as a contact of its own."""
        if not (len(f.subjects) == 1 and len(f.objects) == 2 and f.date):
            return None
        second = f.objects[1]
        m = re.search(
            r"(?P<on>\s+on\s+[^,;.]{1,20}?\s+)?\band\s+(?:[\w.’'-]+\s+){0,6}?"
            + re.escape(second.tokens[-1])
            + r"(?=(?P<apart>"
            + DAY_APART.pattern
            + r")|"
            + OWN_DAY.pattern
            + ")",
            re.split(r"[;]", text[b:], maxsplit=1)[0],
        )
        if m is None:
            return None
        found = replace(f, people=[f.subjects[0], second], objects=[second], topics=list(f.topics))
        if m.group("apart"):
            if f.precision != "day":
                return None
            found.date = f.date + timedelta(days=1 if m.group("next") else -1)
            return found
        if not m.group("on"):
            return None
        at = b + m.end()
        day = next((d for d in self._dates[f.sentence] if d.start >= at), None)
        if day is None or day.start - at > 5:
            return None
        return found if self._set(found, day, "sentence") else None

    def _dated_after(self, si: int, text: str) -> None:
        """ "That meeting took place on Tuesday": the day of the contact just reported, when
        its own sentence gave none or only the week."""
        m = TOOK_PLACE.match(text)
        noun = (
            m.group("noun")
            or m.group("noun2")
            or m.group("noun3")
            or m.group("noun4")
            or m.group("noun5")
            or m.group("noun6")
        ).lower()
        if noun.startswith("message"):
            noun = "letter" + noun[len("message") :]  # ("The message, dated Jan. 28, ...")
        for f in reversed(self.found):
            if f.sentence < si - 2:
                return
            weak = ("report", "dateline", "context", "same day", "same event", "lead")
            if (f.precision == "day" and f.date_source not in weak) or f.planned:
                return  # (the day a ministry "said Friday" is only a stand-in)
            said = _mode(noun, "")
            if noun == "conversation" and f.mode in ("talks", "call"):
                # ("discussed ... with X. That conversation, held by phone on Tuesday, ...")
                if re.search(r"\bby\s+(?:tele)?phone\b", text, re.I):
                    f.mode = "call"
                said = f.mode
            if said != f.mode and {said, f.mode} - {"meeting", "talks", "visit"}:
                continue  # (a call is not the meeting)
            days = [
                d
                for d in self._dates[si]
                if d.kind in ("weekday", "mdy", "dmy", "iso", "relday", "ordinal")
            ]
            if days:
                self._set(f, days[0], "after")
                if noun.startswith("letter"):
                    # "Those letters, dated Monday": every letter of that sentence
                    for g in self.found:
                        if g.sentence == f.sentence and g.mode == "letter" and g is not f:
                            self._set(g, days[0], "after")
            return

    # participants -----------------------------------------------------
    def _group_refs(self, si: int, text: str, refs: list[Ref]) -> list[Ref]:
        """ "the two leaders", "they": the people of the contact just reported."""
        out = []
        for m in GROUP.finditer(text):
            if any(r.start <= m.start() < r.end for r in refs):
                continue
            if re.search(r"\b(?:of|for|to|between|from|on|by)\s+$", text[: m.start()], re.I):
                continue  # "negotiators of both sides": not the ones acting
            if (
                si
                and re.match(
                    r"\s+(?:also\s+)?(?:discussed|reviewed|addressed|exchanged|talked\s+about|spoke\s+about)\b",
                    text[m.end() :],
                )
                and any(
                    g.sentence == si - 1
                    and len(g.subjects) == 1
                    and len(g.objects) >= 2
                    and re.search(
                        r"\band\s+(?:then\s+|later\s+)?with\b",
                        self.sentences[si - 1].text[g.trigger[1] :],
                    )
                    for g in self.found
                )
            ):
                # ("... with A on Thursday, and with B on Friday. The leaders discussed ...": the
                # calls just told; but "The two leaders then met" is A and B)
                continue
            if (
                (both := BOTH_CALLS.match(text))
                # (only in that clause: not "..., and on Monday the two men spoke by phone")
                and not re.search(r",\s+(?:and|but|while)\b|;", text[both.end() : m.start()])
            ):
                continue  # "In both calls the leaders discussed ...": those calls, each told already
            last_word = m.group(0).split()[-1].lower()
            people = self._last_group(
                si, m.start(), last_word if last_word not in ("two", "both", "they") else ""
            )
            here = _people([r for r in refs if r.end <= m.start() and r.kind != "group"])
            two = re.match(r"(?:the\s+)?two\b|both\b", m.group(0), re.I)
            split = (
                self.found[-2:]
                if len(self.found) >= 2
                and self.found[-1].sentence == self.found[-2].sentence
                and self.found[-1].trigger == self.found[-2].trigger
                else []
            )
            if (
                two
                and len(split) == 2
                and split[0].subjects
                and split[0].subjects == split[1].subjects
                and all(len(f.objects) == 1 for f in split)
                and people == list(split[1].people)
            ):
                # "Trump spoke separately with A and with B ... The two leaders then met": A and B
                people = [split[0].objects[0], split[1].objects[0]]
            named_before = [r for r in refs if r.end <= m.start() and r.kind != "group"]
            if len(here) == 2 and two:
                # "Sugiono raised it with Rubio when the two met": the two just named
                people = here
            elif (
                len(named_before) >= 2
                and re.search(r"\b(?:when|where|after|while)\s+$", text[: m.start()], re.I)
                # (one clause from the first to the one "with": not "he met A at Blair House,
                # and later held talks with B, where the two discussed ...")
                and re.fullmatch(
                    r"\s+(?:[\w’'-]+\s+){1,6}?with\s+(?:[\w.’'-]+\s+){0,5}",
                    text[named_before[-2].end : named_before[-1].start],
                )
                and not re.search(
                    r"\b(?:said|says|told|tells|added|and|then|but)\b",
                    text[named_before[-2].end : named_before[-1].start],
                    re.I,
                )
            ):
                # "Kyle raised the issue with Lutnick when they met": the one who raised it and
                # the one with whom (not "Wong said Wang had raised Taiwan when they met")
                people = _people(named_before[-2:])
            if re.match(r"they\b|the\s+two\b|both\b", m.group(0), re.I):
                named = [r for r in refs if r.end <= m.start() and r.kind != "group"]
                pair = next(
                    (
                        (a, b)
                        for a, b in reversed(list(zip(named, named[1:], strict=False)))
                        if re.fullmatch(r"\s+and\s+", text[a.end : b.start])
                    ),
                    None,
                )
                if pair:
                    # "Erdogan and Trump had agreed ... when they met": the two named together
                    people = _people(list(pair))
            head = (m.group("head") or "").lower()
            if head in TITLED_GROUPS or head == "leaders":
                people = self._titled_group(si, people, head, (m.group("mod") or "").lower())
            if len(people) >= 2:
                out.append(Ref(si, m.start(), m.end(), tuple(people), "group", False, m.group(0)))
        return out

    def _titled_group(
        self, si: int, people: list[PersonRec], head: str, mod: str
    ) -> list[PersonRec]:
        """ "the two foreign ministers": two people whose roles say so, the last contact's if
        they fit, else the two named most recently; nobody rather than the wrong pair."""

        def fits(p: PersonRec, loose: bool = False) -> bool:
            # (a "former President" is none of "the two presidents")
            roles = " ".join(
                r.role.lower()
                for r in p.roles
                if not r.counterpart and not re.match(r"(?:former|ex-)", r.role, re.I)
            )
            if head == "leaders":
                return bool(LEADER_ROLE.search(roles))
            word = TITLED_GROUPS[head]
            if (
                word == "minister"
                and "prime minister" in roles
                and "minister" not in re.sub(r"(?<!deputy\s)\bprime\s+minister\b", "", roles)
            ):
                return False  # (a head of government is none of "the two ministers")
            # (a US cabinet secretary is one of "the two Ministers" of a readout's last contact)
            if word not in roles and not (loose and word == "minister" and "secretary" in roles):
                return False
            return not mod or mod in roles or (mod == "foreign" and "external" in roles)

        if len(people) >= 2 and all(fits(p) for p in people):
            return people
        seen: list[PersonRec] = []
        for back in range(si, -1, -1):
            for r in reversed(self.reader.refs[back]):
                for p in r.people:
                    if p not in seen and fits(p):
                        seen.append(p)
        if (
            len(people) >= 2
            and all(fits(p, loose=True) for p in people)
            and not any(p not in people for p in seen[:2])
        ):
            return people  # (no other two ministers named since: the readout's pair)
        if head == "leaders" and len(seen) < 2:
            return people  # (loosely said of two ministers too, when no two leaders are named)
        return seen[:2] if len(seen) == 2 or head == "leaders" and len(seen) > 2 else []

    def _last_group(self, si: int, pos: int | None = None, head: str = "") -> list[PersonRec]:
        if (
            pos is not None  # (a group word read where it stands)
            and head in ("", "leaders")
            and self.found
            and si - 8 <= self.found[-1].sentence < si - 1
            # (not "an encounter between the two presidents, when they spoke": those two)
            and not GROUP.search(self.sentences[si].text[:pos])
        ):
            # ("Ford called Carney on Friday. ... Trump said he liked Carney. ... after Carney's
            # visit to the White House, where the two leaders met": the two just named)
            near = _people(
                [
                    r
                    for back in (si - 1, si)
                    for r in self.reader.refs[back]
                    if r.kind != "group" and (back < si or r.end <= pos)
                ]
            )
            if len(near) == 2 and all(
                # ("Milei's relationship with Trump. When the two met": office holders the
                # vocabulary knows, named bare)
                p.titled or leader_country(p.name) is not None
                if not head
                else LEADER_ROLE.search(" ".join(r.role.lower() for r in p.roles))
                for p in near
            ):
                return near
        if self.found and self.found[-1].sentence >= si - 8:
            if head.rstrip("s") in ("minister", "secretary", "president", "diplomat"):
                # ("the two foreign ministers" after a call on a vice president: the last pair
                # whose offices are ministers)
                fits = next(
                    (
                        f
                        for f in reversed(self.found)
                        if f.sentence >= si - 8
                        and all(
                            head.rstrip("s") in " ".join(r.role.lower() for r in p.roles)
                            for p in f.people
                        )
                    ),
                    None,
                )
                if fits is not None:
                    return list(fits.people)
            return list(self.found[-1].people)
        if si > 0 and (pair := self._subject_pair(si - 1)):
            return pair  # "A, who holds the presidency, and B flew to Washington. They met X"
        seen: list[PersonRec] = []
        for back in range(si, max(-1, si - 3), -1):
            # (in the sentence itself, only those named before "they")
            refs = [r for r in self.reader.refs[back] if back < si or pos is None or r.end <= pos]
            for r in reversed(refs):
                for p in r.people:
                    if p not in seen and (p.titled or leader_country(p.name) is not None):
                        seen.append(p)
        return seen[:2] if len(seen) >= 2 else []

    def _opening_pair(self, text: str, pos: int, refs: list[Ref]) -> list[PersonRec]:
        """ "A, president of the Commission, and B, president of the Council, met C ... before
        holding a session with D": the two who open the sentence, for its verb and for what they
        did next."""
        opening = self._subject_refs(refs[0].sentence)
        if not opening:
            return []
        pair, end = _people(opening), opening[-1].end
        if pos <= end:
            return []
        between = [r for r in refs if end <= r.start < pos]
        if not between:
            return (
                pair
                if re.fullmatch(r"(?:\s*,[^,;.]{3,90},)?\s*(?:[a-z][^,;]{0,60})?", text[end:pos])
                else []
            )
        if re.search(
            r"\b(?:before|after|then|later)\s+(?:[a-z]+ing)\b[^,;]*$", text[between[-1].end : pos]
        ):
            return pair  # "... met Xi on Thursday before holding a session with Li": they held it
        return []

    def _subject_pair(self, si: int) -> list[PersonRec]:
        """The two people a sentence opens with, joined as its subject: "Karin Keller-Sutter, who
        holds the presidency, and Guy Parmelin, the economy minister, flew to Washington"."""
        return _people(self._subject_refs(si))

    def _subject_refs(self, si: int) -> list[Ref]:
        """The references of ``_subject_pair``, or none."""
        text = self.sentences[si].text
        refs = [r for r in self.reader.refs[si] if r.kind != "group" and not r.possessive]
        # (also after a dateline: "BEIJING - A, ..., and B, ..., met C")
        if len(refs) < 2 or strip_dateline(text[: refs[0].start]).strip(' "“'):
            return []
        gap = text[refs[0].end : refs[1].start]
        if not re.fullmatch(r"(?:\s*,[^,;.]{3,90},)?\s*,?\s*and\s+(?:[\w.-]+\s+){0,4}?", gap):
            return []
        # (then its verb: "..., flew to Washington on Tuesday")
        after = re.match(
            r"(?:\s*,[^,;.]{3,90},)?\s+(?!(?:and|or|of|who|which|said|says)\b)[a-z]+\b",
            text[refs[1].end :],
        )
        return refs[:2] if after else []

    def _left(self, text: str, pos: int, refs: list[Ref]) -> list[PersonRec]:
        """The subject: the nearest reference before ``pos`` in the same clause, with
        anything coordinated to it ("Erdogan and Putin")."""
        if refs and (pair := self._opening_pair(text, pos, refs)):
            return pair
        if re.fullmatch(
            r"\W*(?:(?:On|Last|Earlier)\s+[\w.]+(?:\s+\d{1,2})?,\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:group|handful|number|dozen|delegation)\s+of\s+[^,;.]{3,80}?\s+",
            text[:pos],
        ) and (among := GROUP_AMONG.search(text, pos)):
            # "On Tuesday, a handful of Swiss business figures were received by Trump in the Oval
            # Office, among them A and B": the group's named members
            return self._right(text, among.end(), refs)
        where = re.search(
            # "A held talks with B on Monday, where B had joined C on a visit, and met him again
            # on Tuesday": the subject of the first verb, not the aside's
            r",\s+where\b[^,;]{3,160},\s+and\s+(?:then\s+|later\s+|also\s+)?$",
            text[:pos],
        )
        if not where and (
            again := re.search(
                r",\s+and\s+(?:(?:before|after)\s+that|then|later|afterwards|also)\s+$", text[:pos]
            )
        ):
            # "Trump met Lee in Gyeongju on Wednesday, and before that held talks with Takaichi":
            # the subject of the first verb goes on
            first = [r for r in refs if r.end <= again.start() and not r.possessive]
            if first and re.fullmatch(r"\W*", text[: first[0].start]):
                return _people(first[:1])
        if where:
            first = [r for r in refs if r.end <= where.start() and not r.possessive]
            if first and re.fullmatch(r"\W*(?:[\w’'-]+,?\s+){0,4}", text[: first[0].start]):
                return _people(first[:1])
        aside = where or re.search(
            r",\s+(?:where|when|which|who|whose)\b[^,;]{3,100},\s*(?:in\s+order\s+)?to\s+$",
            text[:pos],
        )
        if aside:
            # "A flew to Scotland, where Trump was visiting his golf courses, to meet B": the one
            # who flew, not the aside's subject
            refs = [r for r in refs if not aside.start() <= r.start < aside.end()]
            pos = aside.start()
        company = re.search(
            r",\s+(?:who\s+was\s+)?(?:accompanied|joined|flanked)\s+by\s+[^;]{3,200},\s*"
            r"(?:(?:will|would|is|are|was|were|has|have|had|also|then|later)\s+){0,3}$",
            text[:pos],
        )
        if company and any(r.end == company.start() and r.kind != "group" for r in refs):
            # "LeBlanc, accompanied by Premier A and Ambassador B, will meet C": the one
            # accompanied (those with him are added as companions)
            refs = [r for r in refs if not company.start() <= r.start < company.end()]
            pos = company.start()
        appos = re.search(r",\s+(?:the|a|an)\s+[^,;]{3,160},\s*$", text[:pos])
        if appos and any(r.end == appos.start() and r.kind != "group" for r in refs):
            # "Netanyahu, the first leader to visit since Trump unveiled his tariffs, met the
            # president": the one the aside describes, not someone named inside it
            refs = [r for r in refs if not appos.start() <= r.start < appos.end()]
            pos = appos.start()
        rel = re.search(r",\s+who\s+(?:[^,;]*)$", text[:pos]) or re.search(
            # "A and his team, who met B on Tuesday, 29 July, and held talks with C": the second
            # verb of the same "who"
            r",\s+who\s+[^;]{3,160}?,?\s+and\s+(?:later\s+|then\s+|also\s+)?(?:held|met|spoke|"
            r"talked|hosted|received|visited|called|negotiated|conferred)\b[^,;]*$",
            text[:pos],
        )
        if rel:
            # "addressed to President Marcos, who is scheduled to meet Trump": the one "who" is
            antecedent = [
                r
                for r in refs
                if r.end <= rel.start()
                and re.fullmatch(
                    # (or an office in apposition: "Brendan Lynch, assistant US trade
                    # representative, who met ...")
                    # ("Finance Minister A and his team, who met B": A and those with him)
                    r"\s*(?:Jr\.?|Sr\.?|II|III|,\s+[^,;]{3,80}?|\s+and\s+(?:his|her|their)\s+"
                    r"(?:team|delegation|colleagues|aides|officials|negotiators))?\s*",
                    text[r.end : rel.start()],
                )
            ]
            if antecedent and antecedent[-1].kind != "group":
                chosen = antecedent[-1:]
                for r in reversed([r for r in refs if r.end <= chosen[0].start]):
                    if _coord(text[r.end : chosen[0].start]):
                        chosen.insert(0, r)  # "A and B, who met at the ministry"
                    else:
                        break
                return _people(chosen)
        clause_start = 0
        for b in CLAUSE_BREAK.finditer(text, 0, pos):
            if b.group(0).lower() == "but" and re.fullmatch(r"\s+[\w-]+\s+", text[b.end() : pos]):
                continue  # "after a warm but inconclusive meeting with": two words for one noun
            clause_start = b.end()
        his = re.search(r"\b(?:during|in|at|after)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}$", text[:pos])
        before = [
            r
            for r in refs
            if r.end <= pos
            and r.start >= clause_start
            and not r.possessive
            and (
                not OBJECT_OF.search(text[max(0, r.start - 12) : r.start])
                # "received by the deputy minister during his meeting with X": "his" is his
                or (his is not None and r.end <= his.start() and his.start() - r.end <= 20)
            )
        ]
        owner = [
            r
            for r in refs
            if r.possessive
            and r.end <= pos
            and r.start >= clause_start
            # ("Marcos' visit, the first by an Asian leader this year, included meetings with":
            # an aside describing the visit)
            and len(gap := OWNED_ASIDE.sub("", text[r.end : pos])) <= 30
            # (not "Boric, who is critical of Trump's trade policy, spoke with Lula")
            and "," not in gap
        ]
        if owner and (not before or before[-1].end < owner[-1].end):
            return _people(owner[-1:])  # "Trump's phone call with Putin"
        pre = text[clause_start:pos]
        if pre.rstrip().endswith(","):
            rel = list(
                re.finditer(
                    r",\s+(?:who|which|whose|where|having|after|while|fresh|just|accompanied|"
                    r"flanked|joined)\b",
                    pre,
                )
            )
            if rel:
                cut = clause_start + rel[-1].start()
                inner = [r for r in before if r.start >= cut]
                if inner and len(inner) < len(before):
                    before = [r for r in before if r.start < cut]
        for aside in WHO_ASIDE.finditer(pre):
            # "LeBlanc, who accompanied Carney to Washington, is scheduled to meet Lutnick": the
            # one the aside tells of, not the one named inside it
            lo, hi = clause_start + aside.start(), clause_start + aside.end()
            if any(r.end <= lo for r in before):
                before = [r for r in before if not lo <= r.start < hi]
        if not before and clause_start and ELIDED_SUBJECT.match(text, clause_start):
            # "Trump threatened 30% from Aug. 1, but agreed to hold off after a phone call with
            # Sheinbaum": the subject of the first verb, left out after "but"
            opening = [
                r
                for r in refs
                if not r.possessive
                and r.kind != "group"
                and r.end <= clause_start
                and re.fullmatch(r"\W*(?:[\w.’'-]+\s+){0,4}?", text[: r.start])
                and re.match(r"\s+(?:\w+ly\s+)?(?:had\s+|has\s+)?[a-z]+ed\b", text[r.end :])
            ]
            return _people(opening[:1])
        if not before:
            return []
        # "Barrot met Bourita on Monday and spoke with Attaf": the subject of both verbs (the
        # last one named, not a group in an aside: "Wang met Kallas for talks that both sides
        # described as difficult, and held talks with Wadephul")
        named = [r for r in before if r.kind != "group"]
        if named and ELIDED_AND.search(text[named[-1].end : pos]):
            for f in reversed(self.found):
                if f.sentence == self._current and named[-1].people[0] in f.objects and f.subjects:
                    return list(f.subjects)
        if (
            re.search(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$", text[:pos])
            and len(before) >= 2
            and re.search(
                r"\b(?:briefed|told|informed|assured|thanked|urged|asked|invited|congratulated|"
                r"updated)\s+$",
                text[before[-2].end : before[-1].start],
            )
        ):
            # "Mohamad, for his part, briefed Nopadon on his meeting with X": "his" is the
            # subject's, not the one briefed
            before = before[:-1]
        chosen = [before[-1]]
        joined_by_and = False
        for r in reversed(before[:-1]):
            between = text[r.end : chosen[0].start]
            if _coord(between):
                chosen.insert(0, r)
                joined_by_and = joined_by_and or bool(re.search(r"\band\b|&", between))
            else:
                break
        if len(chosen) > 1 and not joined_by_and:
            chosen = chosen[
                -1:
            ]  # "According to spokesman X, the two men ...": a comma alone joins nothing
        return _people(chosen)

    def _right(self, text: str, pos: int, refs: list[Ref], limit: int = 3) -> list[PersonRec]:
        """The other side: the reference straight after ``pos`` and those coordinated to it."""
        # "a meeting with a Korean delegation led by A and B": its heads; "received a group of
        # Swiss business leaders in the Oval Office, among them A and B": those named
        named_in = GROUP_NAMED.match(text, pos)
        if named_in:
            pos = named_in.end()
        after = [r for r in refs if r.start >= pos - 1]
        if not after:
            return []
        first = after[0]
        if (
            first.possessive
            and len(after) > 1
            and not after[1].possessive
            and re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){0,4}", text[first.end : after[1].start])
            and _role_gap(text[pos : first.start])
        ):
            # "received Trump's special envoy Steve Witkoff": the envoy, not the one he serves
            after, first = after[1:], after[1]
        elif not _role_gap(text[pos : first.start]) or first.possessive:
            return []
        if NAME_AS_MODIFIER.match(text, first.end):
            return []  # "trade talks with the first Trump administration": not the man himself
        chosen = [first]
        joined_by_and = False
        for r in after[1:]:
            gap = text[chosen[-1].end : r.start]
            if (
                len(chosen) == 1
                and re.fullmatch(r"\s+on\s+[^,;.]{1,20}?\s+and\s+[^,;.]{0,50}?", gap)
                # (not "... on Monday and spoke by phone with X the following day": a verb of
                # its own)
                and not re.search(r"\band\b.*\b(?:with|to|by|spoke|met|called|held|talked)\b", gap)
                and (DAY_APART.match(text, r.end) or OWN_DAY.match(text, r.end))
            ):
                chosen.append(r)  # "met Lutnick on July 9 and Greer the following day"
                joined_by_and = True
                break
            if (
                len(chosen) == 1
                and DAY_AND_WITH.fullmatch(gap)
                # (only one met on a day of its own: not "and with B left out of the talks")
                and re.match(r",?\s+on\s+", text[r.end :])
            ):
                chosen.append(r)
                joined_by_and = True
                continue
            if len(chosen) == 1 and PLACE_THEN_WITH.fullmatch(gap):
                chosen.append(r)  # "with A at the State Department and with B at the Pentagon"
                joined_by_and = True
                continue
            if not _coord(gap):
                break
            if (
                re.fullmatch(r"\s*,\s+[^,;]{3,80},\s+(?:and|&)\s+(?:the\s+)?(?:Hon\S*\s+)?", gap)
                and (verb := re.match(r"(?:,[^,;]{0,80},)?\s+([a-z][\w’'-]*)", text[r.end :]))
                and verb.group(1) not in OBJECT_GOES_ON
            ):
                break  # ("met Rubio, Secretary of State, and LeBlanc told reporters ...")
            if len(chosen) >= limit:
                if joined_by_and:
                    break  # ("A, B and C, and Rubio said ...": the list had its "and")
                # ("welcomed A, B, C, D and E for a working dinner": one list, read to its "and")
                more = [r]
                for nxt in after[after.index(r) + 1 :]:
                    if not _coord(text[more[-1].end : nxt.start]) or len(more) >= 5:
                        break
                    more.append(nxt)
                ends = [
                    k
                    for k, x in enumerate(more)
                    if re.match(
                        r",?\s*and\b", text[(more[k - 1] if k else chosen[-1]).end : x.start]
                    )
                ]
                if (
                    limit >= 3
                    and ends
                    and len(chosen) + ends[0] + 1 <= 8
                    # (not one who goes on to speak: "..., and Secretary of State X said")
                    and not re.match(
                        r"\s+(?:said|says|told|added|noted|would|will|has|had|was|is)\b",
                        text[more[ends[0]].end :],
                    )
                ):
                    chosen.extend(more[: ends[0] + 1])
                    joined_by_and = True
                break
            joined_by_and = joined_by_and or bool(re.search(r"\band\b|&|with", gap))
            chosen.append(r)
        if len(chosen) > 1 and not joined_by_and:
            chosen = chosen[:1]  # "Lavrov, Principal Deputy Spokesperson Tommy Pigott reported"
        return _people(chosen)

    def _fronted_owner(self, text: str, m: re.Match, refs: list[Ref]) -> list[PersonRec]:
        """ "In his meeting with Wang on Monday, Jaishankar said ...": "his" is the subject of
        the main clause, named straight after the fronted phrase."""
        # (also after a clause of its own: "The reprieve gave Hanoi time, and after a call with
        # To Lam on July 2, Mr Trump announced ...")
        lead = re.split(r",\s+(?:and|but|so)\s+|;\s+", text[: m.start()])[-1]
        if not FRONTED_HIS.fullmatch(lead) and not (
            # "But in a letter addressed to President Lula, Trump said ...": the writer
            re.match(r"(?:in|during)\s+(?:a|an|the)\b", m.group(0), re.I)
            and re.fullmatch(
                r"\W*(?:(?:But|And|Yet|Meanwhile|Earlier|Later|Then|Separately)\s*,?\s*)?",
                text[: m.start()],
            )
        ):
            return []
        comma = text.find(",", m.end())
        if comma >= 0 and re.match(r",\s+(?:who|whom)\b", text[comma:]):
            # ("In a letter addressed to X, who was suspended on July 1, the US president said")
            comma = text.find(",", comma + 1)
        if comma < 0:
            return []
        after = [r for r in refs if r.start > comma and not r.possessive]
        if (
            not after
            or not re.fullmatch(
                r"\s*(?:the|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)?\s*", text[comma + 1 : after[0].start]
            )
            or after[0].kind == "group"
        ):
            return []
        return list(after[0].people)

    def _joined_at_table(
        self, text: str, refs: list[Ref], right: list[PersonRec]
    ) -> list[PersonRec]:
        """ "held talks with He Lifeng, Beijing's top economic official, who was joined at the
        table by Li Chenggang": the one joining the other side takes part too."""
        end = max(r.end for r in refs if r.people[0] in right)
        joined = JOINED_BY.match(text, end)
        if joined is None:
            return []
        return [p for p in self._right(text, joined.end(), refs) if p not in right]

    def _with_at_the_end(
        self, text: str, refs: list[Ref], right: list[PersonRec]
    ) -> list[PersonRec]:
        """ "Parmelin holds talks with Greer in Washington, with State Secretary X.": one more
        taking part, named last in the sentence after the place."""
        end = max(r.end for r in refs if r.people[0] in right)
        tail = WITH_AT_THE_END.match(text, end)
        if tail is None:
            return []
        last = [r for r in refs if r.start >= tail.end()]
        present = last and re.match(
            # ("..., with Commerce Secretary X also in the room, Koo told reporters")
            r"\s+(?:also\s+)?(?:in\s+(?:the\s+)?(?:room|attendance)|present|attending|"
            r"taking\s+part|sitting\s+in)\s*[,.]",
            text[last[0].end :],
        )
        if present:
            last = last[:1]
        if (
            len(last) != 1
            or last[0].kind == "group"
            or not (present or re.fullmatch(r"\s*[.]?\s*", text[last[0].end :]))
            or not re.fullmatch(r"(?:[\w’'.-]+\s+){0,6}", text[tail.end() : last[0].start])
        ):
            return []
        return [p for p in last[0].people if p not in right]

    def _companions(
        self, text: str, pos: int, refs: list[Ref], subjects: list[PersonRec]
    ) -> list[PersonRec]:
        """ "Carney, accompanied by his trade minister Dominic LeBlanc, met Trump": the
        people in the aside after the subject take part too."""
        ends = [r.end for r in refs if r.end <= pos and r.people[0] in subjects]
        if not ends:
            return []
        aside = ACCOMPANIED.match(text, max(ends), pos)
        if aside is None:
            return []
        return [
            p
            for p in self._right(text, aside.end(), refs)
            if all(r.end <= pos for r in refs if p in r.people and r.start >= aside.end())
        ]

    # one trigger -------------------------------------------------------
    def _apply(
        self,
        si: int,
        text: str,
        m: re.Match,
        how: str,
        mode: str,
        refs: list[Ref],
        groups: list[Ref],
    ) -> _Found | None:
        all_refs = sorted(refs + groups, key=lambda r: r.start)
        separate: list[_Found] = []
        if (
            how == "mutual"
            and re.match(r"hold\b", m.group(0), re.I)
            and not re.search(r"\b(?:to|will|would)\s+$", text[: m.start()])
            and self._headline(si)
        ):
            return None  # "Lula and Sheinbaum hold video call": a headline's present, told below
        if how == "join":
            return self._join(si, text, m, all_refs)
        if how == "extend":
            return self._extend(si, text, m, refs)
        if how == "whom":
            return self._whom(si, text, m, refs)
        if how in ("with", "direct"):
            left = self._left(text, m.start(), all_refs)
            if not left and mode == "letter":
                # "set out by President Trump in a letter to X": the passive's agent wrote it
                agent = [
                    r
                    for r in all_refs
                    if r.end <= m.start()
                    and (
                        re.fullmatch(r"\s*,?\s*", text[r.end : m.start()])
                        # "The rate, first outlined by President X in April, was confirmed in a
                        # letter to Y": the one who set it out wrote it
                        or re.search(
                            r"\b(?:was|were|had\s+been)\s+\w+ed\s+$", text[r.end : m.start()]
                        )
                    )
                    and re.search(r"\bby\s+(?:the\s+)?$", text[max(0, r.start - 8) : r.start])
                ]
                left = _people(agent[-1:])
            right = self._right(text, m.end(), refs)
            if (
                not right
                and how == "with"
                and m.groupdict()
                .get("verb", "")
                .lower()
                .startswith(("discuss", "exchanged", "reviewed"))
            ):
                # "discussed ties and relations with the bloc with EU foreign policy chief X":
                # the "with" that names a person
                for w in re.finditer(r"\bwith\s+", text[m.end() : m.end() + 140]):
                    right = self._right(text, m.end() + w.end(), refs)
                    if right:
                        break
            if right:
                right += self._joined_at_table(text, refs, right)
                right += self._with_at_the_end(text, refs, right)
            if how == "direct" and right:
                obj_end = max(r.end for r in refs if r.people[0] in right)
                if DIRECT_TAIL_BAD.match(text[obj_end:]) and m.group("verb").lower() in {
                    "called",
                    "rang",
                }:
                    return None
            if not left and (
                how == "with"
                # "After meeting President Marcos in the Oval Office, Trump said ..."
                or how == "direct"
                and re.match(r"\w+ing\b", m.group(0))
            ):
                left = self._fronted_owner(text, m, refs)
            if (
                not left
                and mode == "letter"
                and re.match(r"in\s", m.group(0), re.I)
                and re.search(
                    r"^[^.;]*?,\s+the\s+(?:White\s+House|administration)\s+(?:said|says|told|set|sets)\b",
                    text[m.end() :],
                )
            ):
                # "In a letter to X dated Wednesday and posted on Trump's account, the White House
                # said ...": the story's writer of letters wrote it
                left = self._letter_writer(si)
            if left:
                left = left + [
                    p for p in self._companions(text, m.start(), refs, left) if p not in left
                ]
            people = left + [p for p in right if p not in left]
            if not left or not right:
                return None
            obj_end = max(r.end for r in refs if r.people[0] in right)
            also = ALSO_TAKING_PART.match(text, obj_end)
            if also:
                # "meeting X in Kuala Lumpur, with Malaysian Foreign Minister Y also taking part"
                people += [
                    p
                    for p in _people(
                        [r for r in refs if also.start("who") <= r.start < also.end("who")]
                    )
                    if p not in people
                ]
            together = TOGETHER_WITH.match(text, obj_end)
            if together:
                # "Akazawa met Trump on Tuesday for more than an hour, together with Lutnick"
                people += [p for p in self._right(text, together.end(), refs) if p not in people]
            sep = SEPARATELY.match(text[obj_end:]) or DATED_AND.match(text[obj_end:])
            if sep:
                # "spoke with A and, separately, with B": two contacts
                others = self._right(text, obj_end + sep.end(), refs)
                for other in others:
                    extra = _Found(
                        left + [other], _mode(m.group(0), mode), si, (m.start(), m.end()), how=how
                    )
                    extra.subjects, extra.objects = left, [other]
                    own = [
                        d
                        for d in self._dates[si]
                        if d.start >= obj_end + sep.end()
                        and any(r.end <= d.start and other in r.people for r in refs)
                        # (not "..., urging both to de-escalate after the April 22 massacre")
                        and not _inside_other_event(text, d, m)
                    ]
                    if not (own and self._set(extra, own[0], "sentence")):
                        self._date(extra, text, m)  # ("on Tuesday" after B is B's day)
                    separate.append(extra)
            if m.group(0).lower().startswith("call"):
                obj_end = max(r.end for r in refs if r.people[0] in right)
                if re.match(r"^\s*(?:,\s*)?to\s+\w", text[obj_end:]) and not (
                    # ("had called X to convey condolences": a call with its purpose)
                    not CALLED_ON.match(m.group(0)) and CALL_PURPOSE.match(text, obj_end)
                ):
                    return None  # "called on X to resign": a demand, not a visit
            if (
                len(right) > 1
                and (
                    re.search(r"\bseparately\b", m.group(0), re.I)
                    # "sent letters to A and B": a letter to each (and "had written to A, B and
                    # the heads of 15 other drugmakers")
                    or re.search(r"\bletters\b|^(?:wrote|written)\b", m.group(0), re.I)
                    # "held separate talks with Bessent and with He on Friday"
                    or re.search(r"\bseparate\b", text[max(0, m.start() - 20) : m.end()], re.I)
                    and re.search(r"\band\s+(?:also\s+)?with\b", text[m.end() : obj_end])
                    # a headline's list sums up several meetings: "PM Wong meets Anwar, Carney and
                    # Xanana at Asean Summit"
                    or self._headline(si)
                )
            ):
                # "spoke separately by telephone with A and B": a call with each
                separate += [
                    self._one_of_each(si, text, m, mode, how, left, [o]) for o in right[1:]
                ]
                right = right[:1]
                people = left + right
            if (
                len(left) > 1
                and right
                and re.search(
                    r"\b(?:each|separately)\s+(?:(?:had|have|has|also|then)\s+)?$",
                    text[: m.start()],
                    re.I,
                )
            ):
                # "A and B each spoke by phone with C on Feb. 3": a call each, not one of three
                separate += [
                    self._one_of_each(si, text, m, mode, how, [o], right) for o in left[1:]
                ]
                left = left[:1]
                people = left + right
        elif how == "from_to":
            # "handed over a written message from President A to President B": the envoy
            # carries it; the letter is between A and B
            sender = self._right(text, m.end(), refs, limit=1)
            ends = [r.end for r in refs if sender and r.people[0] in sender and r.start >= m.end()]
            # (also "a letter from Trump addressed to Prime Minister A")
            to = (
                re.match(r"\s*,?\s*(?:addressed\s+|sent\s+|written\s+)?to\s+", text[min(ends) :])
                if ends
                else None
            )
            if not to:
                return None
            receiver = self._right(text, min(ends) + to.end(), refs, limit=1)
            people = sender + [p for p in receiver if p not in sender]
            if len(people) < 2:
                return None
        elif how == "teams":
            # "The US team was led by A, while the Indian side was headed by B"
            first = self._right(text, m.end(), refs, limit=1)
            second = re.search(
                r"\b(?:team|delegation|side|officials|counterparts)\s+(?:(?:was|were|is)\s+)?"
                r"(?:led|headed)\s+by\s+",
                text[m.end() :],
            )
            other = self._right(text, m.end() + second.end(), refs, limit=1) if second else []
            led = None if second else TEAM_LEADER.search(text, m.end())
            if led:
                # "..., while Whitcomb led the U.S. team": the one named before "led"
                other = _people([r for r in refs if r.end <= led.start("verb")][-1:])
            people = first + [p for p in other if p not in first]
            if len(people) < 2:
                return None
        elif how == "letters_went":
            # "In letters dated January 15, Gämperli proposed talks. Identical letters went to
            # A and to B": the writer named with the letters a sentence before
            receivers = self._right(text, m.end(), refs, limit=8)  # (those it went to)
            author = self._letter_writer(si)
            if not author or not [p for p in receivers if p not in author]:
                return None
            people, separate = self._letter_to_each(si, text, m, how, author, receivers)
        elif how == "letter_received":
            # "President A received a letter the same day ...": the subject, from the writer of
            # the story's letters
            receivers = self._left(text, m.start(), refs)
            author = self._letter_writer(si)
            if not author or not [p for p in receivers if p not in author]:
                return None
            people, separate = self._letter_to_each(si, text, m, how, author, receivers)
        elif how == "letters_told":
            # "In near-identical letters published on Monday, Trump told A and B that ...": a
            # letter from the writer to each of those told
            sender = self._right(text, m.end(), refs, limit=1)
            verb = re.match(
                r"(?:[\w.’'-]+\s+){1,6}?(?:told|informed|warned|notified|assured)\s+",
                text[m.end() :],
            )
            if not sender or verb is None:
                return None
            receivers = self._right(text, m.end() + verb.end(), refs)
            if not [p for p in receivers if p not in sender]:
                return None
            people, separate = self._letter_to_each(si, text, m, how, sender, receivers)
        elif how == "author_to":
            # "in a letter Trump sent to Prabowo dated July 7": the writer, then the addressee
            sender = self._right(text, m.end(), refs, limit=1)
            verb = re.search(
                r"\b(?:sent|wrote|addressed|delivered)\s+(?:on\s+\w+\s+|last\s+\w+\s+)?to\s+",
                text[m.end() :],
            )
            if not sender or verb is None:
                return None
            receiver = self._right(text, m.end() + verb.end(), refs, limit=1)
            people = sender + [p for p in receiver if p not in sender]
            if len(people) < 2:
                return None
        elif how == "between":
            people = self._right(text, m.end(), refs)
            if not people and re.match(
                r"\s*(?:the\s+two|both)\b(?!\s+(?:governments|countries|nations|capitals|states|"
                r"economies|sides|neighbou?rs|parties|delegations|teams))",
                text[m.end() :],
            ):
                # "an earlier in-person meeting between the two": the two just reported
                people = self._last_group(si)
                rest = text[m.end() :]
                titled = GROUP.match(text, m.end() + len(rest) - len(rest.lstrip()))
                head = ((titled and titled.group("head")) or "").lower()
                if head in TITLED_GROUPS or head == "leaders":
                    # ("since the meeting between the two leaders in Kazan": the two leaders
                    # named, not the minister who spoke of them)
                    people = (
                        self._titled_group(si, people, head, (titled.group("mod") or "").lower())
                        or people
                    )
            if len(people) == 1:
                # "between Vice President A, who also serves as minister of industry and
                # trade, and Commerce Secretary B": the other side after the aside
                first = max(r.end for r in refs if people[0] in r.people)
                aside = BETWEEN_ASIDE.match(text, first)
                if aside:
                    # ("... and Ursula von der Leyen and António Costa, presidents of ...")
                    people += [p for p in self._right(text, aside.end(), refs) if p not in people]
            if m.groupdict().get("host"):
                # "talks hosted by Anwar between A and B": the host took part too
                people = (
                    _people([r for r in refs if m.start("host") <= r.start < m.end("host")])
                    + people
                )
        elif how == "handed_from":
            # the sender, and whoever the messenger called on or met (the object), or the host
            # who received the messenger (the subject; always so in "X met Y, who delivered")
            sender = self._right(text, m.end(), refs, 1)
            before = text[: m.start()]
            visit = [] if m.group("who") else list(re.finditer(r"\b(?:called\s+on|met)\s+", before))
            host = list(re.finditer(r"\b(?:received|hosted|welcomed|met)\b", before))
            if visit:
                reader_ = self._right(text, visit[-1].end(), refs, 1)
            else:
                reader_ = self._left(text, host[-1].start(), refs) if host else []
            people = [p for p in reader_ if p not in sender] + sender if sender and reader_ else []
        elif how == "led_then":
            # the leader after "led by", then whoever the delegation called on or met
            people = self._right(text, m.end(), refs, 1)
            verb = LED_VERB.search(text, m.end())
            if people and verb:
                people += [p for p in self._right(text, verb.end(), refs) if p not in people]
                if CALLED_ON.match(verb.group(0)):
                    mode = "visit"
        elif how == "fronted_pair":
            # only the two (or more) named straight after the comma, joined by "and"
            people = self._right(text, m.end(), refs)
        elif how in ("by_to", "to_from", "to_which"):
            # the writer after "by", the one written to after the next "to" (or the other way
            # round: "a message addressed to A from his counterpart, B", "a letter to A dated
            # July 7, which Trump posted")
            people = self._right(text, m.end(), refs, 1)
            then = re.compile(
                {"by_to": r"\bto\s+", "to_from": r"\bfrom\s+", "to_which": r",\s+which\s+"}[how]
            ).search(text, m.end())
            if people and then:
                people += [p for p in self._right(text, then.end(), refs) if p not in people]
        elif how == "mutual":
            people = self._left(text, m.start(), all_refs)
            named = [r.end for r in all_refs if r.end <= m.start()]
            if named and UNNAMED_SUBJECT.search(text, max(named), m.start()):
                return None  # "A and B agreed ..., and military commanders were due to meet"
            if re.match(r"(?:meet|met|meets)$", m.group(0), re.I) and MET_SOMEONE.match(
                text, m.end()
            ):
                return None  # "A and B will travel to Geneva to meet China's economic czar"
        elif how == "nominal":
            same = [f for f in self.found if f.sentence == si]
            if same and not any(_adjacent(d, m) for d in self._dates[si]):
                # (not "when he met Trump on February 11, and again during a telephone
                # conversation in April": a second contact, the meeting stays one)
                if mode == "call" and not re.search(
                    r"\bagain\s+(?:(?:during|in|over)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2})?$",
                    text[: m.start()],
                ):
                    same[-1].mode = "call"  # "discussed trade during a phone call"
                return None  # the sentence's own verb already says who met whom
            people = self._clause_people(text, m, all_refs)
        elif how == "trip":
            if not re.search(
                r"\b(?:together\s+with|along\s+with|accompanied\s+by|joined\s+by)\b", text, re.I
            ):
                return None
            people = self._clause_people(text, m, all_refs)
        else:
            return None
        people = [p for p in _unique(people) if not p.place_like]
        if len(people) < 2:
            return None
        window = text[max(0, m.start() - 60) : m.start()]
        window = re.split(r"[,;:]\s|\band\b", window)[-1] if how not in ("nominal",) else window
        planned = False
        planned_after = False
        tail = None
        if CALLED_OFF.search(text[m.end() :]):
            return None  # "..., but the meeting was cancelled", "which ... was called off"
        subject_noun = (
            "noun" in m.re.groupindex
            and m.group("noun")
            and NOUN_SUBJECT.search(text[: m.start("noun")])
        )
        if subject_noun:
            # "a meeting with Xi on the sidelines is likely": the meeting is the subject
            tail = NOUN_PREDICATE.match(text, m.end())
            if tail and (tail.group("maybe") or tail.group("maybe2") or tail.group("off")):
                self._ruled_out = True  # and "meeting with" read as a verb is no contact either
                return None
            if tail and tail.group("plan"):
                planned_after = True
        if (
            # ("had not spoken since their Feb. 3 call": the call before the silence)
            (
                NEGATION.search(window)
                and not re.match(r"since\b", m.group(0), re.I)
                # (not "but he postponed the increase after a phone call with Sheinbaum": what
                # the call led to was put off, the call took place)
                and not _after_a_past_event(text[: m.start()])
            )
            or NEGATION.search(m.group(0))
            or FAILED_TO_GET.search(window)
        ):
            return None
        if re.search(
            r"\b(?:to|will|would|could|should|must|can)\s+be\s+$", text[: m.start()][-24:]
        ):
            return None  # "a mechanism to be discussed by the governments in March": no one met
        reported_plan = (
            re.search(
                # "LeBlanc said he and Ford would meet Lutnick on Thursday": a plan, reported
                r"\b(?:said|says|told\s+[\w\s]{0,30}?|announced|confirmed|added)\s+(?:that\s+)?"
                r"[^.;:]{0,60}?\bwould\s+(?:also\s+)?"
                # ("said he would hold a video call with Greer on Friday")
                r"(?:(?:hold|have|host|join|attend)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?)?$",
                text[max(0, m.start() - 120) : m.start()],
                re.I,
            )
            or (
                # "Ebrard said he would travel to Washington next Monday to continue negotiations
                # with Lutnick": a trip planned to meet
                re.search(
                    rf"\b{_SAID}\b[^.;:]{{0,120}}?\bwould\s+(?:travel|go|fly|"
                    # ("... would travel to Washington on Thursday to meet Greer")
                    r"head|return)\b[^.;:]{0,60}?\bto\s+(?:[\w-]+\s+){0,2}$",
                    text[: m.start()],
                )
            )
            or (
                # "X said Dar would travel to Tehran on March 18 for a visit during which he
                # would hold talks with Araghchi": the trip's talks, planned and reported
                re.search(
                    rf"\b{_SAID}\b[^.;:]{{0,60}}?\bwould\s+(?:travel|go|fly|head|visit)\b[^.;:]{{0,90}}?"
                    r"\b(?:during\s+which|where|when)\s+(?:he|she|they)\s+would\s+(?:also\s+)?$",
                    text[: m.start()],
                )
            )
            or (
                # "X told reporters ... that he had spoken with Y on Sunday and would speak with Z
                # later on Monday": the second half of the same report
                re.search(r"\band\s+would\s+(?:also\s+)?$", text[: m.start()])
                and re.search(rf"\b{_SAID}\b", text[: m.start()])
            )
        )
        if re.search(
            r"\bhad\s+been\s+(?:\w+\s+)?(?:expected|scheduled|due|set|planned|slated)\s+to\s+$",
            window,
        ):
            return None  # "had been expected to meet": a plan overtaken by events
        # "hoping to undo the damage of last Thursday's telephone call between A and B": a
        # call named as past, whatever is hoped of what follows it
        past_named = re.search(
            r"\b(?:damage|fallout|aftermath|legacy|outcome|failure)\s+(?:of|from)\s+"
            r"(?:(?:last\s+)?\w+day['’]s|(?:the|their|his|her|a|an)\s+(?:recent|last|previous|earlier|"
            r"failed|disastrous|tense|testy|acrimonious|heated|angry|bruising|fractious|stormy)|"
            # ("the damage from the Oval Office meeting with Trump in February": one named)
            r"the\s+(?:(?-i:[A-Z])[\w’'-]*\s+){0,2}(?-i:[A-Z])[\w’'-]*)\s*"
            r"(?:[\w-]+\s+){0,2}$",
            text[: m.start()],
        )
        if (
            SPECULATION.search(window)
            and not past_named
            and not re.match(r"during\b", m.group(0), re.I)
            # ("urged Washington to spare Korean chips during talks with Greer": the talks held;
            # not "may seek relief during a meeting with Trump": a meeting still to come)
            and not (
                re.search(
                    r"\bduring\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?$",
                    text[: m.start()],
                )
                and not re.search(
                    r"\b(?:will|may|might|could|would|should|hopes?|hoped|hoping|(?:plans?|planned)\s+to|"
                    r"expects?|expected|intends?|wants?|aims?|seeks?|seeking)\b",
                    window,
                    re.I,
                )
            )
            # (not "Those hopes collapsed after a telephone call between A and B": the call that
            # ended them took place)
            and not _after_a_past_event(text[: m.start()])
        ):
            # ("asked him to remove the tariffs, during a video call": the call took place)
            if not (
                PLANNED.search(window)
                and re.search(
                    r"\b(?:scheduled|set|due|expected|expects?|plans?|planned)\s+to\b", window, re.I
                )
            ) and not (
                reported_plan and [w.lower() for w in SPECULATION.findall(window)] == ["would"]
            ):
                return None
            planned = True
        went_to = re.search(
            r"\b(?:went|gone|travell?ed|flew|flown|arrived|came|come|headed|drove|driven|crossed|journeyed|returned)\b"
            # (not "returned home after failing to meet", "crossed a line by refusing to meet")
            r"(?:(?!\b(?:fail\w*|refus\w*|declin\w*|without|unable|hop\w*|seek\w*|tr(?:y|ied|ying)|attempt\w*)\b)[^.;,]){0,60}"
            # ("flew to Scotland, where Trump was visiting his golf courses, to meet B")
            r"(?:,\s+(?:where|when|which|who)\b[^.;,]{3,100},\s+)?\bto\s+$",
            text[max(0, m.start() - 200) : m.start()],
        )
        first_to = (
            re.search(
                # "Netanyahu on Monday became the first foreign leader to sit down with Trump":
                # done, on the day the sentence gives (not "is the first ... to meet him next
                # week", nor an undated one a later plan would take over)
                r"\b(?:became|was)\s+the\s+(?:first|second|third|latest|last)\s+"
                r"(?:[\w-]+\s+){0,3}?to\s+$",
                text[max(0, m.start() - 120) : m.start()],
            )
            and not PLANNED.search(window)
            and any(
                d.kind in ("weekday", "mdy", "dmy", "iso", "relday") and d.start < m.start()
                for d in self._dates[si]
            )
        )
        if past_named or (went_to and not PLANNED.search(window)) or first_to:
            pass  # "Ortega travelled to Brussels on Monday to meet X": a trip made to meet
        elif PLANNED.search(window) or re.search(r"\bto\s+$", window):
            # ("said he would travel to Washington on Thursday to meet Greer": a trip planned)
            if re.search(r"\bto\s+$", window) and not PLANNED.search(window) and not reported_plan:
                agreed = re.search(
                    r"\b(?:agreed?|agrees|arranged|decided|decides?)\s+to\s+$", window
                )
                day = any(
                    d.start >= m.end() and d.kind in ("mdy", "dmy", "iso", "weekday")
                    for d in self._dates[si]
                )
                if not (agreed and day):
                    return None  # "natural to meet", "agreed to meet": not a contact
                # ("agreed to meet in New Delhi on October 6": a meeting set for a day)
            planned = True
        planned = planned or planned_after
        if not planned and re.search(
            r"\b(?:will|shall|(?:is|are)\s+(?:scheduled|due|expected|set)\s+to|plans?\s+to)\s+"
            r"(?:[\w’'-]+\s+){1,8}?and\s+(?:then\s+|also\s+)?$",
            text[max(0, m.start() - 120) : m.start()],
        ):
            # "Goyal will travel to Washington next week and meet Greer on Tuesday": the verbs
            # share the future
            planned = True
        if not planned and re.search(
            r"\b(?:will|(?:is|are)\s+(?:scheduled|due|expected|set)\s+to|plans?\s+to)\s+[^.;]*?"
            r"(?:,\s+(?:then\s+)?|\bbefore\s+|\bafter\s+)(?:holding|meeting|hosting|visiting)\b[^.;]*$",
            text[: m.end()],
        ):
            # "He will then travel to Seoul, holding a summit with Lee on Wednesday before
            # meeting Xi on Thursday": both ahead
            planned = True
        if (
            not planned
            and re.match(r"(?:meets|holds|hosts|visits|speaks|talks|sits)\b", m.group(0), re.I)
            and re.search(
                r"\b(?:will|(?:is|are)\s+(?:scheduled|due|expected|set)\s+to|plans?\s+to)\s+[^.;]*?"
                r",\s+when\s+[^.;,]*$",
                text[: m.start()],
            )
        ):
            # "The trip is expected to end in Busan on Thursday, when Trump meets Xi": ahead
            planned = True
        if not planned and re.search(
            r"\b(?:arrives|travels|heads|flies|leaves|departs)\b[^.;]{0,80}$", window
        ):
            planned = True  # "arrives in Washington on Monday for talks with X": the news tense
        if not planned and AHEAD_OF.search(text[: m.start()]):
            planned = True  # "..., ahead of a closely watched meeting with Xi": still to come
        if (
            not planned
            and re.match(
                r"\W*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*:", text
            )
            and re.search(r"\b(?:meets|hold|holds|hosts|visits|speaks|sits)\b", text[: m.end()])
            # (not "Wednesday: In Gyeongju, Trump held talks with Lee": a day told as done)
            and not re.search(
                r"\b(?:held|met|spoke|hosted|visited|had|was|were)\b", text[: m.end()]
            )
        ):
            planned = True  # "- Tuesday: Trump meets Takaichi in Tokyo": a schedule ahead
        thanked = re.match(r"thanked\b", m.group(0), re.I)
        thanks_for = thanked and re.match(
            # (a capital's dot is no full stop: "thanked U.S. President Donald Trump for a call")
            r"(?:[^.;]|(?<=[A-Z])\.){0,60}?\bfor\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
            r"(?P<noun>call|visit|letter|message|hospitality)\b",
            text[m.end() :],
            re.I,
        )
        if (
            thanked
            and not thanks_for
            and not any(
                si - 2 <= f.sentence <= si
                and {p.name for p in people} <= {p.name for p in f.people}
                for f in self.found
            )
        ):
            # "Sharif, addressing a gathering, thanked Trump for ...": thanks in a speech are
            # no contact; thanks inside a call just reported are part of it
            return None
        # (the kind of contact may be named past the people: "raised it with B during an
        # online meeting")
        beyond = (
            m.group("noun")
            if "noun" in m.re.groupindex and m.group("noun") and m.start("noun") >= m.end()
            else ""
        )
        said = _mode(f"{beyond} {m.group(0)}" if beyond else m.group(0), mode)
        if thanks_for:
            noun = thanks_for.group("noun").lower()
            said = {"hospitality": "visit", "message": "letter"}.get(noun, noun)
        if said in ("talks", "meeting", "other") and (
            BY_PHONE.match(text[m.end() :])
            or (
                re.match(r"(?:spoke|spoken|speak|speaks|talked|talks)\b", m.group(0), re.I)
                and re.match(
                    r"[^.;]{0,120}?\b(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone\b",
                    text[m.end() :],
                    re.I,
                )
            )
        ):
            said = "call"  # "discussed the matter by telephone", "spoke to X by phone"
        if said == "other" and (was := WAS_A_KIND.match(text[m.end() :])):
            said = was.group("kind")  # "X's last contact with Y was a video call": what it was
        if (
            said == "talks"
            # (the verb, not the noun: "The call follows talks between A and B" are talks)
            and re.match(r"spok|talked|talking|talk\b|speak", m.group(0), re.I)
            and re.search(r"\b(?:(?:tele)?phone\s+)?call\b[^.;]{0,40}$", text[: m.start()], re.I)
        ):
            said = "call"  # "In a separate call the same day, the Prime Minister spoke with X"
        found = _Found(people, said, si, (m.start(), m.end()), planned=planned, how=how)
        if how in ("with", "direct"):
            found.subjects, found.objects = left, right
        own = [  # "a meeting with X is scheduled for March 17": the predicate's date
            d
            for d in self._dates[si]
            if planned_after and tail and m.end() <= d.start <= tail.end() + 12
        ]
        dated = bool(own) and self._set(found, own[0], "sentence")
        vague = planned and not dated and VAGUE_WHEN.match(text, m.end())
        if vague and not any(m.end() <= d.start < vague.start("when") for d in self._dates[si]):
            return None  # "expected to speak with Trump \"when it is necessary\"": no time set
        if not dated and not self._date(found, text, m) and planned:
            return None  # a plan without a date is not yet a contact
        if past_named and found.date is not None and self.reference and found.date > self.reference:
            # ("hopes to repair the damage from the Oval Office meeting in February": a month
            # gone by, not the next one)
            found.date, found.precision, found.date_source = None, None, ""
        if (
            separate
            and found.date is None
            and separate[0].date is not None
            and re.search(r"\bseparately\b", text[m.end() :], re.I)
        ):
            # "met A and then, separately, B on Friday": the one day is both meetings'
            found.date, found.precision = separate[0].date, separate[0].precision
            found.date_source = separate[0].date_source
        if separate and self._headline(si):
            # a headline's list of meetings gives no day: the body dates each one
            for f in [found, *separate]:
                f.date, f.precision, f.date_source = None, None, ""
        self.found.append(found)
        self.found.extend(separate)  # "and, separately, with B": after the first
        return found

    def _letter_to_each(
        self,
        si: int,
        text: str,
        m: re.Match,
        how: str,
        writer: list[PersonRec],
        receivers: list[PersonRec],
    ) -> tuple[list[PersonRec], list[_Found]]:
        """A letter from the writer to each receiver: the people of the first letter, and the
        others as contacts of their own, dated as the trigger is."""
        receivers = [p for p in receivers if p not in writer]
        others = []
        for other in receivers[1:]:
            extra = _Found(writer + [other], "letter", si, (m.start(), m.end()), how=how)
            extra.subjects = list(writer)  # (the writer of the next letters, not its reader)
            self._date(extra, text, m)
            others.append(extra)
        return writer + receivers[:1], others

    def _clause_people(self, text: str, m: re.Match, refs: list[Ref]) -> list[PersonRec]:
        start = 0
        end = len(text)
        for b in CLAUSE_BREAK.finditer(text):
            if b.end() <= m.start():
                start = b.end()
            elif b.start() >= m.end():
                end = b.start()
                break
        for b in re.finditer(
            # (and "Misri said on Wednesday that Modi had told Trump during a call": the speaker
            # is not on the call)
            r"\b(?:since|because|although|whereas)\s+(?=the\b|[A-Z])"
            r"|\bsaid\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+that\s+"
            # ("Magwenya ... said Ramaphosa had not spoken with the U.S. president since their
            # meeting": what is said has its own people)
            r"|\bsaid\s+(?:that\s+)?(?=(?-i:[A-Z])[\w’'.-]+\s+(?:had|has|have|was|were)\b)",
            text[: m.start()],
        ):
            # "Phumtham has led the government since the court suspended Paetongtarn over a
            # conversation with Hun Sen": the call is in the second clause
            start = max(start, b.end())
        after = re.search(
            r",?\s+(?:just\s+|shortly\s+|only\s+|soon\s+)?(?:(?:hours|days|minutes|weeks)\s+)?"
            r"(?:before|after)\s+(?=(?:the\s+|U\.S\.\s+)?[A-Z])",
            text[m.end() : end],
        )
        if after:
            # "agreed in a telephone call with A on Thursday, just hours before President B signed
            # an order": B is the next clause's
            end = m.end() + after.start()
        for rel in re.finditer(r",\s+(?:who|which|whose)\b[^,]*,", text):
            if rel.end() <= m.start() or rel.start() >= m.end():
                refs = [r for r in refs if not rel.start() <= r.start < rel.end()]  # an aside
        inside = [
            r
            for r in refs
            if start <= r.start < end
            and not r.possessive
            # (not the speaker the clause ends with: "..., his spokesperson Olof Gill said")
            and not (
                r.start >= m.end()
                and SPEAKER_AFTER.match(text, r.end)
                and SPEAKER_BEFORE.search(text, max(0, r.start - 12), r.start)
            )
        ]
        named = _people(inside)
        if re.match(r"\w+\s+their\b", m.group(0)) and len(named) == 2:
            return named  # "Xi Jinping and Donald Trump, at their meeting in Busan": the two
        # without a "with" or "between", only people the article gives an office count
        return [p for p in named if p.best_role() is not None or p.counterpart_of]

    def _whom(self, si: int, text: str, m: re.Match, refs: list[Ref]) -> _Found | None:
        """ "U.S. President Donald Trump, whom Carney met on Monday, left early"."""
        antecedent = [
            r for r in refs if r.end <= m.start() and not text[r.end : m.start()].strip(" ,")
        ]
        subject = [r for r in refs if r.start >= m.end() and not text[m.end() : r.start].strip()]
        if not antecedent or not subject:
            return None
        # ("President Prabowo, with whom he spoke by phone that day")
        verb = (WITH_WHOM_VERB if m.group(0).lstrip(", ").startswith("with") else WHOM_VERB).match(
            text, subject[0].end
        )
        if verb is None:
            return None
        people = _unique(list(antecedent[-1].people) + list(subject[0].people))
        if len(people) < 2:
            return None
        found = _Found(people, _mode(verb.group(0), ""), si, (verb.start(), verb.end()), how="with")
        found.subjects, found.objects = list(subject[0].people), list(antecedent[-1].people)
        self._date(found, text, verb)
        self.found.append(found)
        return found

    def _extend(self, si: int, text: str, m: re.Match, refs: list[Ref]) -> _Found | None:
        """ "During the evening they were joined by video link by Zelensky": a new contact,
        the people just reported plus the newcomer."""
        if not self.found or self.found[-1].sentence < si - 3:
            return None
        newcomers = self._right(text, m.end(), refs)
        last = self.found[-1]
        people = list(last.people) + [p for p in newcomers if p not in last.people]
        if len(people) <= len(last.people):
            return None
        mode = (
            "call" if re.search(r"video|phone|telephone|link|virtually", text, re.I) else last.mode
        )
        found = _Found(people, mode, si, (m.start(), m.end()), how="extend")
        if not self._date(found, text, m):
            found.date, found.precision, found.date_source = last.date, last.precision, "same event"
        self.found.append(found)
        return found

    def _join(self, si: int, text: str, m: re.Match, refs: list[Ref]) -> _Found | None:
        day = m.groupdict().get("day")
        if day and self.found:
            # "Also attending Monday's meeting were A and B": the meeting of that day
            target = [
                f
                for f in self.found
                if f.date is not None
                and f.precision == "day"
                and f.date.strftime("%A").lower() == day.lower()
                and f.mode in ("meeting", "visit", "talks")
            ]
            joiners = _people([r for r in refs if r.start >= m.end() and not r.possessive])
            if not target or not joiners:
                return None
            last = target[0]
            added = [p for p in joiners if p not in last.people]
            last.people = last.people + added[:3]
            return last
        if not self.found or self.found[-1].sentence < si - 3:
            return None
        if re.search(r"\bwhich$", m.group(0)):
            # "The discussions, in which A and B also participated, covered ...": A and B
            stop = re.search(r"\b(?:participated|took\s+part)\b", text[m.end() :])
            end = m.end() + stop.start() if stop else m.end()
            joiners = _people([r for r in refs if m.end() <= r.start < end and not r.possessive])
        elif re.search(r"\bby$|\bauspices\s+of$", m.group(0)):
            # "The meeting was attended by A, Minister of State, and B": everyone after "by"
            # ("met in Doha under the auspices of the Qatari Emir, Sheikh C, and called for")
            # ("accompanied by A, and by B": both)
            stop = re.search(r"[;:]|\bwho\b|\bwhich\b|,\s+and\s+(?=[a-z])(?!by\s)", text[m.end() :])
            end = m.end() + stop.start() if stop else len(text)
            # (a title read from before the trigger: "auspices of the Qatari Emir, Sheikh X")
            joiners = _people(
                [r for r in refs if m.end() < r.end and r.start < end and not r.possessive]
            )
        else:
            joiners = [p for p in self._left(text, m.start(), refs)]
            joiners += [
                p
                for r in refs
                if r.end <= m.start()
                for p in r.people
                if r.kind != "group" and p not in joiners
            ]
            along = re.match(
                r"[^.;]{0,30}?\b(?:alongside|along\s+with|together\s+with|as\s+well\s+as)\b",
                text[m.end() :],
            )
            if along:
                # "A also attended the meeting, alongside B and C": they did too
                stop = re.search(
                    r"[;:]|\baccording\s+to\b|\bwho\b|\bsaid\b", text[m.end() + along.end() :]
                )
                end = m.end() + along.end() + (stop.start() if stop else len(text))
                joiners += [
                    p
                    for r in refs
                    if m.end() + along.end() <= r.start < end and not r.possessive
                    for p in r.people
                    if p not in joiners
                ]
        noun = (m.group("noun") or "").lower() if "noun" in m.re.groupindex else ""
        # ("joined He at the table": the talks the one joined was holding)
        noun = noun or (m.groupdict().get("noun2") or m.groupdict().get("noun3") or "").lower()
        recent = [f for f in self.found if f.sentence >= si - 3]
        if noun in ("attended", "took part"):
            # "A and B also attended": a meeting the body has just told, not an older one nor
            # the headline's
            recent = [f for f in recent if f.sentence >= max(1, si - 2)]
            if not recent:
                return None
        if not noun:
            # "Carney was accompanied by A and B": only into a contact Carney took part in
            subject = self._left(text, m.start(), refs)
            recent = [
                f
                for f in recent
                if subject and all(p in f.people for p in subject) and f.mode != "call"
            ]
            if not recent:
                return None
        # ("also took part in the video conference": the call; the join pattern reads a bare
        # "conference" only after "video", "phone" or "virtual")
        by_call = noun in ("call", "conversation", "videoconference", "conference")
        preference = (("call",),) if by_call else (("meeting", "visit"), ("talks",))
        last = recent[-1]
        for modes in preference:
            hit = next((f for f in reversed(recent) if f.mode in modes), None)
            if hit is not None:
                last = hit
                break
        added = [p for p in joiners if p not in last.people]
        if not added or NEGATION.search(text[max(0, m.start() - 40) : m.start()]):
            return None
        if re.match(
            r"(?:also\s+)?(?:attended|joined|took\s+part|participated|sat\s+in|accompanied)\b(?!\s+by)",
            m.group(0),
            re.I,
        ) and re.search(r",\s+who\s+[^,;]*$", text[: m.start()]):
            # "Greer, who took part in the talks in Geneva, was not in Madrid": what the one
            # named did elsewhere, told in passing
            return None
        clause_end = re.search(r"[,;]|$", text[m.end() :]).start() + m.end()
        for d in self._dates[si]:
            if m.end() <= d.start < clause_end and last.date is not None:
                when, precision = resolve(d, self.reference, future=False)
                if when is not None and (
                    when != last.date
                    if precision == "day"
                    else (when.year, when.month) != (last.date.year, last.date.month)
                ):
                    return None  # "took part in the video conference ... on Wednesday": another
        before = {p.name for p in last.people}
        # "The meeting on Thursday, ... was also attended by A": the day of an undated meeting
        own_day = next((d for d in self._dates[si] if m.start() <= d.start < m.end()), None)
        both = re.search(
            r"\b(?:at|in|during|to)\s+both\s+(?:meetings|talks|sessions|visits)\b", text, re.I
        )
        same = [f for f in recent if f.mode == last.mode and f is not last]
        if both and same and not noun:
            # "At both meetings Ebrard was accompanied by A": the one before it too
            same[-1].people = same[-1].people + [p for p in added[:4] if p not in same[-1].people]
        for f in recent:  # every mention of that same event gains the newcomers
            if {p.name for p in f.people} == before:
                f.people = f.people + added[:4]
                if f.date is None and own_day is not None:
                    self._set(f, own_day, "sentence", past_only=True)
        return last

    # dates ---------------------------------------------------------------
    def _date(self, found: _Found, text: str, m: re.Match) -> bool:
        """Date the contact; True if a date was found."""
        mentions = [d for d in self._dates[found.sentence] if not in_dateline(text, d)]
        if not mentions and NO_DAY_GIVEN.search(text):
            return False  # "held talks with X, ISPR said, without giving a date": none to borrow
        if SEASON.match(text, m.end()) and not any(
            m.end() <= d.start < m.end() + 120 for d in mentions
        ):
            # "she wrote to Lindqvist in the spring": a season, no day (not the day she said so)
            return False
        if found.how in ("letters_went", "letters_told") and not any(
            # ("In near-identical letters published on Monday, Trump told ...": their own day)
            m.start() <= d.start < m.end()
            for d in mentions
        ):
            # (the letters and their day may stand a few sentences before their addressees)
            for back in range(found.sentence - 1, max(-1, found.sentence - 10), -1):
                prev = self.sentences[back].text
                for d in self._dates[back]:
                    if (
                        (
                            re.search(
                                # ("letters posted on his Truth Social platform on Monday")
                                r"(?:\bdated|\bletters?\s+(?:sent|posted|delivered|published)(?:\s+on)?"
                                r"(?:\s+(?:on|in|via)\s+(?:[\w’'-]+\s+){1,4}?(?:on)?)?)\s*$",
                                prev[: d.start],
                            )
                            # "Trump on Monday began notifying trading partners ..., posting letters
                            # to the leaders of Japan and South Korea": the day the letters went out
                            or re.match(
                                r"\s+(?:began|started)\s+(?:notifying|informing|telling)\b[^.;]{0,120}?"
                                r"\b(?:posting|sending|publishing|issuing)\s+(?:[\w-]+\s+){0,3}?letters\b",
                                prev[d.end :],
                            )
                            # "Trump on Monday told Japan and South Korea that their goods would
                            # face 25%. In near-identical letters addressed to ...": the telling
                            or back == found.sentence - 1
                            and re.match(r"\s+(?:told|informed|notified|warned)\b", prev[d.end :])
                            # "JULY 7 - Trump begins sending letters to foreign leaders": a
                            # timeline entry's day
                            or not prev[: d.start].strip()
                            and re.match(r"\s*[-–—:]\s", prev[d.end :])
                            and re.search(r"\bletters\b", prev)
                            # "Tariff letters (Monday, July 7).": a readout's heading
                            or (heading := HEADING_DAY.search(prev)) is not None
                            and heading.start() <= d.start
                            and re.match(r"\W*(?:[\w-]+\s+){0,2}letters\s*\($", prev[: d.start])
                        )
                        and self._set(found, d, "context", past_only=True)
                    ):
                        return (
                            True  # "In letters dated January 15, ...", "14 letters sent on Monday"
                        )
        if found.mode == "letter":
            dated = [
                d
                for d in mentions
                if d.start >= m.start()
                and (
                    text[: d.start].endswith("dated ")
                    # ("addressed to A and posted on his social media platform on Saturday")
                    or LETTER_POSTED_ON.search(text, m.start(), d.start)
                )
            ]
            if dated and self._set(found, dated[0], "sentence"):
                return True  # "a letter ... dated July 7": the letter's own date
        hidden = _relative_clause(text, m.start())
        inside = next(
            (
                a
                for a in re.finditer(r",\s+(?:who|whom|whose)\b[^,;]*,", text)
                if a.start() < m.start() < a.end()
            ),
            None,
        )
        if inside is not None:
            # "Silva, who met Wang last year, spoke on Monday": Monday is not the meeting's
            mentions = [d for d in mentions if inside.start() <= d.start < inside.end()]
        else:
            # "The letter was addressed to Marcos, who is to meet Trump on July 22,": the aside's
            asides = [
                a
                for a in re.finditer(r",\s+(?:who|whom|whose)\b[^,;]*(?:,|$)", text)
                if not a.start() <= m.start() < a.end()
            ]
            mentions = [
                d for d in mentions if not any(a.start() < d.start < a.end() for a in asides)
            ]
        ahead = DAYS_BEFORE_EVENT.search(text[: m.start()])
        if ahead and self.reference:
            # "Zelensky flew to Berlin on Wednesday, two days before Trump is due to meet
            # Putin": the day of the first event, and that many days on
            first = [d for d in mentions if d.end <= ahead.start() and d.kind in _EVENT_DAY_KINDS]
            got, precision = resolve(first[-1], self.reference) if first else (None, None)
            if got is not None and precision == "day":
                n = count_word(ahead.group("n"))
                found.date, found.precision = got + timedelta(days=n), "day"
                found.date_source = "sentence"
                return True
        days_after = DAYS_AFTER.search(text[: m.start()])
        if days_after:
            # "X said on Tuesday, a day after he held talks with Y": the day before Tuesday
            said = [
                d
                for d in mentions
                if d.end <= days_after.start()
                # (not the day a measure starts: "will drop its tariffs from September 1, a day
                # after he spoke with Trump" counts from the day he said so)
                and not re.match(r"(?:from|starting|effective|until|as\s+of)\b", d.text, re.I)
                and not re.search(
                    r"\b(?:from|starting|effective|until|as\s+of)\s+$",
                    text[max(0, d.start - 12) : d.start],
                    re.I,
                )
                and (
                    days_after.start() - d.end <= 3
                    # ("Bolat said on Friday that the 15% rate ... places the country in the
                    # best group, a day after he hosted X": the day of the saying)
                    or re.match(r"\s+that\b", text[d.end :])
                    and REPORTED_ON.search(text[max(0, d.start - 20) : d.start])
                )
            ]
            if said:
                got, precision = resolve(said[-1], self.reference)
                if got is not None and precision == "day":
                    n = count_word(days_after.group("n"))
                    found.date, found.precision = got - timedelta(days=n), "day"
                    found.date_source = "sentence"
                    return True
            elif mentions and all(d.end <= days_after.start() for d in mentions):
                # ("said Vietnam will drop its tariffs from September 1, a day after he spoke
                # with Trump": a day before a day not told, not the measure's)
                return False
        if VAGUE_AFTER.search(text[: m.start()]) and all(d.end <= m.start() for d in mentions):
            # "X said on Wednesday, less than a week after Y returned from his summit with Z": a
            # span back from the saying, no day of the summit
            return False
        came_after = re.match(
            r"\W*The\s+(?:(?P<phone>(?:tele)?phone|video)\s+)?(?:talks|meeting|call|visit|discussions?)\s+"
            r"(?:came|took\s+place|were\s+held|"
            r"was\s+held)\s+(?P<n>a|one|two|three|\d)\s+days?\s+after\s+[^.;]*$",
            text[: m.start()],
            re.I,
        )
        if came_after and not mentions:
            # "The talks came a day after A, B and C met Trump at the White House": a day before
            # the day of the talks just reported
            last = next(
                (
                    f
                    for f in reversed(self.found)
                    if f.sentence < found.sentence
                    and f.date
                    and f.precision == "day"
                    # ("The phone call came two days after ...": the call, not a letter since)
                    and (not came_after.group("phone") or f.mode == "call")
                ),
                None,
            )
            if last is not None:
                n = count_word(came_after.group("n"))
                found.date, found.precision = last.date - timedelta(days=n), "day"
                found.date_source = "same event"
                return True
        if AHEAD_OF.search(text[: m.start()]):
            # "signed deals on Sunday, ahead of a meeting with Xi": Sunday is the signing's
            mentions = [d for d in mentions if d.start >= m.end()]
        earlier_one = re.search(
            r"\b(?:an?|the|their)\s+(?:earlier|previous|prior)\s+(?:[\w-]+\s+)?$", text[: m.start()]
        )
        if earlier_one:
            # "... on March 3, and an earlier meeting between the two": not that day
            mentions = [d for d in mentions if d.start >= m.end()]
            found.distinct = True
        usable = []
        for d in mentions:
            if _adjacent(d, m):
                usable.append((0, d))
                continue
            if _reporting(text, d) or _inside_other_event(text, d, m):
                continue
            if (
                found.planned
                and d.end <= m.start()
                and (said := SAID_ON_DAY.match(text, d.end))
                # (not "On Thursday, Leavitt said, Trump will meet Xi": the aside tells who
                # said the meeting is on Thursday)
                and not re.match(r"\s*,", text[said.end() :])
            ):
                continue  # (a plan told on a day is not planned for that day)
            if (
                d.start >= m.end()
                and re.match(r"thank", m.group(0), re.I)
                and re.search(r"\bfor\b", text[m.end() : d.start])
            ):
                continue  # "thanked him for his role ... last month": the date of what he did
            if d.start >= m.end() and re.search(
                r",\s+and\s+(?:(?:is|are|was|were|will|would|has|had)\s+)?(?:[\w-]+\s+){0,3}?"
                r"(?:meet|meets|met|call|calls|called|speak|speaks|spoke|talk|talks|visit|visits|"
                r"visited|host|hosts|hosted|hold|holds|held)\b",
                text[m.end() : d.start],
            ):
                continue  # "held talks with A last week, and is due to meet B on Wednesday": B's
            if MEASURE_DATE.search(text[max(0, d.start - 45) : d.start]) or RATE_DATE.search(
                text[max(0, d.start - 40) : d.start]
            ):
                continue  # "lower its tariff to 19%, effective November 15, after talks": a rate's
            if (
                d.end <= m.start()
                and re.fullmatch(
                    # (also "... on Wednesday and is scheduled to call on Y on Thursday")
                    r"[^.;]*?,?\s+and\s+(?:\w+ly\s+|also\s+|then\s+)?(?:(?:is|are|was|were|will|would|has|have|had|be|been)\s+(?:\w+\s+){0,2}?)?",
                    text[d.end : m.start()],
                )
                and any(f.sentence == found.sentence for f in self.found)
            ):
                continue  # "met X on Monday and spoke with Y": Monday is the meeting's
            dist = m.start() - d.end if d.end <= m.start() else d.start - m.end()
            between = text[d.end : m.start()] if d.end <= m.start() else text[m.end() : d.start]
            if (
                d.start >= m.end()
                and any(
                    m.end() <= r.start
                    and r.end <= d.start
                    # (or after the place: "to meet Chinese Premier Li Qiang in Beijing on July 8")
                    and OBJECT_THEN_DAY.fullmatch(text, r.end, d.start)
                    and re.fullmatch(r"[\s\w.’'-]*", text[m.end() : r.start])
                    # (not "met A in Washington on Monday and held talks with B the following day":
                    # B's day, after a verb of its own)
                    and not OWN_VERB.search(text[m.end() : r.start])
                    for r in self.reader.refs[found.sentence]
                )
            ):
                dist = 0  # "after a phone call with von der Leyen on May 25": the object's day
            if (
                d.end <= m.start()
                and re.match(r"\s+that\b", text[d.end :])
                and any(x.start >= m.end() for x in mentions)
            ):
                continue  # "told reporters in Brussels on Monday that he had spoken with X on
                # Sunday": Monday is the telling's
            if d.start >= m.end() and UNNAMED_SUBJECT.search(between):
                continue  # "signed an accord, and their ministers were due to meet on Tuesday"
            if d.start >= m.end() and re.search(r",\s+(?:which|that)\b[^,;]*\bby\s+$", between):
                continue  # "..., the review of the pact, which must be completed by July 1": its deadline
            if d.start >= m.end() and OWNED_EVENT.search(between):
                # "During the call, A and B agreed to make Lee's summit with Ishiba on Saturday
                # a success": the day of the summit named after the call
                continue
            if re.search(r",\s+(?:and|but|while|whereas)\s+(?-i:[A-Z])", between):
                dist += 500  # "X called Y on June 5, ..., and Anand met Wang ... on July 11"
            if hidden and hidden[0] <= d.start < hidden[1]:
                dist += 1000  # "Anwar, who arrived yesterday, was received this morning by ..."
            usable.append((dist, d))
        if usable:
            usable.sort(key=lambda x: x[0])
            best = prefer_absolute(usable[0][1], mentions)
            best = self._narrower_day(best, [d for _, d in usable], found.planned)
            if self._set(found, best, "sentence"):
                return True
        if VAGUE_TIME.search(text) or earlier_one:
            return False  # "spoke to Rubio over the weekend": no day, and none to borrow
        after = (
            self.sentences[found.sentence + 1].text
            if found.sentence + 1 < len(self.sentences)
            else ""
        )
        if NO_DAY_SAID.search(text) or NO_DAY_SAID.search(after):
            return False  # "The FO did not specify when the talks took place."
        if self._headline(found.sentence):
            return False  # a headline sums up the story; its day comes from the body, if at all
        if SIDELINES.search(text) and self._borrow_day(
            found, 6, lambda f: f.mode in ("talks", "meeting", "visit")
        ):
            return True  # "On the sidelines of the presidential talks, A held talks with B"
        # the participant said so on that day: "Goyal on Thursday said he has held a meeting"
        for d in mentions:
            if (
                _reporting(text, d)
                # (not a plan: "said on Thursday she expected to speak with Trump again soon" is
                # no call that Thursday)
                and not (
                    found.planned
                    and re.search(r"\b(?:said|says|told)\s+(?:\w+\s+)?(?:on\s+)?$", text[: d.start])
                )
                and self._reporter_is_participant(found, text, d)
                and self._set(found, d, "report")
            ):
                return True
        # "A and B agreed Tuesday to .... During the meeting at the State Guest House, the two
        # leaders signed a document": the day of the meeting told just before for the same two
        names = {p.name for p in found.people}
        if DURING_THE_EVENT.match(text) and self._borrow_day(
            found,
            3,
            lambda f: f.sentence < found.sentence and {p.name for p in f.people} == names,
        ):
            return True
        # "... after the two top diplomats spoke by phone Monday. During the 40-minute call,
        # A and B ...": the day of the event the sentence before reported without names
        if (
            re.match(r"\W*(?:During|In|At|Over)\s+(?:the|their|that|this)\b", text)
            and found.sentence
        ):
            prev = self.sentences[found.sentence - 1].text
            for d in self._dates[found.sentence - 1]:
                near = prev[max(0, d.start - 30) : d.end + 30]
                if (
                    EVENT_WORDS.search(near)
                    and not _reporting(prev, d)
                    # (not a span's ends: "From Monday, March 3 to Wednesday, March 5, A visited
                    # Washington. During the visit, A held a meeting with B")
                    and not any(x.start() <= d.start < x.end() for x in DAY_SPAN.finditer(prev))
                    and self._set(found, d, "context", past_only=True)
                ):
                    return True
        # "A held separate telephone conversations with B, C and D on Tuesday. ... In a third
        # call, D and A exchanged views": the day of the series, told for the same person
        if NEXT_IN_SERIES.match(text):
            names = {p.name for p in found.people}
            for back in range(found.sentence - 1, max(-1, found.sentence - 5), -1):
                prev = self.sentences[back].text
                if not names & {p.name for r in self.reader.refs[back] for p in r.people}:
                    continue
                for d in self._dates[back]:
                    if (
                        EVENT_WORDS.search(prev)
                        and not _reporting(prev, d)
                        and self._set(found, d, "context", past_only=True)
                    ):
                        return True
        # "... told a visiting US trade delegation on Wednesday. The delegation, led by A,
        # called on ...": the day the sentence before gave the same noun
        again = re.match(r"\W*The\s+(?:[\w-]+\s+)?(delegation|visit|meeting|talks)\b", text)
        if again and found.sentence:
            prev = self.sentences[found.sentence - 1].text
            for noun in re.finditer(rf"\b{again.group(1)}\b", prev, re.I):
                for d in self._dates[found.sentence - 1]:
                    if 0 <= d.start - noun.end() <= 5 and self._set(
                        found, d, "context", past_only=True
                    ):
                        return True
        # "Thailand and the U.S. signed a trade agreement on Tuesday ... A signed the agreement
        # with B": the day the story gave the signing
        if re.match(r"(?:signed|inked)\b", m.group(0), re.I):
            sides = {p.country for p in found.people if p.country}
            for back in range(found.sentence - 1, max(-1, found.sentence - 4), -1):
                prev = self.sentences[back].text
                named = {p.name for r in self.reader.refs[back] for p in r.people}
                if not (
                    named & {p.name for p in found.people}
                    or sides
                    and sides <= {c for _, _, c, _ in find_countries(prev)}
                ):
                    continue  # (another signing: "Weber signed three agreements on Sunday")
                for verb in re.finditer(r"\b(?:signed|inked)\b", prev):
                    for d in self._dates[back]:
                        if (
                            0 <= d.start - verb.end() <= 60
                            and not _reporting(prev, d)
                            and self._set(found, d, "context", past_only=True)
                        ):
                            return True
        # a timeline's entry: "Oct. 7 - Carney's second White House visit. The two leaders
        # meet for about two hours": the day the entry opens on
        entry = self._entry_day(found.sentence)
        if entry is not None and self._set(found, entry, "context", past_only=True):
            return True
        # the same people in a contact just reported: "They also discussed ..."
        names = {p.name for p in found.people}
        for f in reversed(self.found):
            if f.sentence < found.sentence - 12:
                break
            if (
                names <= {p.name for p in f.people}
                and f.date is not None
                # (not a letter for a meeting: "the 20% Trump had set out in a letter to Marcos
                # dated July 9 ... Marcos and Trump met in the Oval Office")
                and (f.mode == "letter") == (found.mode == "letter")
            ):
                found.date, found.precision, found.date_source = f.date, f.precision, "same event"
                return True
        # "On the evening of his arrival ...": the day the story said he arrived
        if re.search(r"\b(?:his|her|their)\s+arrival\b", text, re.I):
            for back in range(found.sentence - 1, max(-1, found.sentence - 4), -1):
                prev = self.sentences[back].text
                arrived = re.search(r"\barrived\b", prev, re.I)
                if arrived is None:
                    continue
                later = [d for d in self._dates[back] if d.start >= arrived.end()]
                if later and self._set(found, later[0], "context", past_only=True):
                    return True
        if found.how == "teams" and self._round_day(found):
            return True
        # a live blog's or a week in review's day heading over the entry: "Thursday:"
        heading = self._section_day(found.sentence)
        if heading is not None and self._set(found, heading, "context", past_only=True):
            return True
        # the sentence that set the scene: "Modi arrived in Bhutan on Saturday"
        for back in range(found.sentence - 1, max(-1, found.sentence - 4), -1):
            prev = self.sentences[back]
            if prev.paragraph < self.sentences[found.sentence].paragraph - 1:
                break
            if not names & {p.name for r in self.reader.refs[back] for p in r.people}:
                continue
            if HISTORY.search(prev.text):
                break  # ("had met him during a stop in Tehran on Saturday": history, no scene)
            if not SCENE.search(prev.text):
                break
            for d in self._dates[back]:
                if (
                    _reporting(prev.text, d)
                    or in_dateline(prev.text, d)
                    or d.kind in ("relweek", "month")
                    # (a stay's span sets no one day: "From Tuesday, March 10 to Thursday,
                    # March 12, A visited Washington")
                    or any(x.start() <= d.start < x.end() for x in DAY_SPAN.finditer(prev.text))
                ):
                    continue
                if self._set(
                    found, prefer_absolute(d, self._dates[back]), "context", past_only=True
                ):
                    return True
            break
        back = found.sentence - 1
        if (
            not mentions
            and back >= 0
            and not found.planned
            and not self.reader.refs[back]
            and len(self.sentences[back].text) <= 60
            and len(self._dates[back]) == 1
            and SCENE_DAY.match(self.sentences[back].text)
            and not any(f.sentence == back for f in self.found)
            and self._set(found, self._dates[back][0], "context", past_only=True)
        ):
            # "The pace quickened on Friday. Vice President A spoke by phone with B": a short
            # sentence that sets the day of the scene told next
            return True
        # the day of the contact just reported: "While the presidents met, the ministers lunched"
        hours_later = re.search(
            r"\b(?:(?:several|a\s+few|two|three|some)\s+)?hours\s+later\b",
            self.sentences[found.sentence].text,
            re.I,
        )
        for f in reversed(self.found):
            if f.sentence < found.sentence - (6 if hours_later else 2):
                break
            if hours_later and HISTORY.search(self.sentences[f.sentence].text):
                continue  # ("had handed it over on Saturday": history, not the day of the calls)
            if (
                f.date is not None
                and f.precision == "day"
                and f.date_source in ("sentence", "context")
                and not f.planned  # (a meeting still to come is not the day of this one)
            ):
                if (
                    f.mode == "letter"
                    and found.mode != "letter"
                    # (but "Hours later, Lula and Trump spoke by phone": that same day)
                    and not hours_later
                    and not re.search(
                        r"\b(?:shortly|soon)\s+after(?:wards)?\b|\bthe\s+same\s+day\b",
                        self.sentences[found.sentence].text,
                        re.I,
                    )
                ):
                    # (a letter's day is not a call's: "the 30% rate Trump announced in a July
                    # 12 letter" told just before "her call with Trump had been very good")
                    break
                if not mentions:  # a sentence with dates of its own is about another time
                    found.date, found.precision, found.date_source = f.date, f.precision, "same day"
                    return True
                break
        # a later sentence about the same letter or call: "the letter, dated 14 February"
        for nxt in range(found.sentence + 1, min(len(self.sentences), found.sentence + 3)):
            later = self.sentences[nxt].text
            if not re.search(
                r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:letter|call|meeting|conversation|talks)\b",
                later,
                re.I,
            ):
                continue
            for d in self._dates[nxt]:
                if re.search(
                    r"\bdated\s+$|\b(?:on|held\s+on)\s+$", later[max(0, d.start - 12) : d.start]
                ) and self._set(found, d, "later sentence", past_only=True):
                    return True
        if not mentions and found.sentence > 0 and not found.planned:
            # "The visit was preceded by a day of ministerial meetings on Wednesday. A held
            # talks with B, while C met D": the day the sentence before set for those meetings
            back = found.sentence - 1
            prev = self.sentences[back].text
            if not self.reader.refs[back] and SCENE_MEETINGS.search(prev):
                for d in self._dates[back]:
                    if not _reporting(prev, d) and self._set(found, d, "context", past_only=True):
                        return True
        if self._lead_day(found, mentions):
            return True
        headline = self._headline(found.sentence)
        if (
            self.wire_dated
            and self.sentences[found.sentence].paragraph <= 1
            and self.reference
            and not headline
        ):
            found.date, found.precision, found.date_source = self.reference, "day", "dateline"
            return True
        return False

    def _entry_day(self, si: int) -> DateMention | None:
        """The day a timeline entry opens on ("Oct. 7 - ..."), for the sentences after its first."""
        first = paragraph_start(self.sentences, si)
        if first == si or not TIMELINE_DAY.match(self.sentences[first].text):
            return None
        days = [d for d in self._dates[first] if d.start <= 3 and d.kind in ("mdy", "dmy")]
        return days[0] if days else None

    def _section_day(self, si: int) -> DateMention | None:
        """The day a heading line gives the entry a sentence stands in ("Thursday:", "Aug. 7 -"
        alone on its line), looking back over at most a dozen sentences."""
        # (a live blog's timed entries, "2:45 p.m. - Oval Office meeting ends", run on under
        # one day heading: look further back)
        reach = 60 if self._first_timed is not None and self._first_timed < si else 13
        for back in range(si - 1, max(-1, si - reach), -1):
            text = self.sentences[back].text
            if DAY_HEADING.fullmatch(text):
                days = self._dates[back]
                return days[0] if days else None
        return None

    def _round_day(self, found: _Found) -> bool:
        """ "India and the US on Tuesday held a day-long discussion. The US team was led by A,
        while the Indian side was headed by B": the round the sentences before reported (before
        the day a visit began: "A received B on Monday. Formal negotiations took place on
        Tuesday. Lesotho's side was led by C, while B led the U.S. team")."""
        for back in range(found.sentence - 1, max(-1, found.sentence - 3), -1):
            prev = self.sentences[back].text
            if not re.search(r"\b(?:talks|discussions?|negotiations|round|meeting)\b", prev):
                continue
            for d in self._dates[back]:
                if (
                    not _reporting(prev, d)
                    and not in_dateline(prev, d)
                    and self._set(found, d, "context", past_only=True)
                ):
                    return True
        return False

    def _borrow_day(self, found: _Found, reach: int, fits) -> bool:
        """Date ``found`` by the last contact dated to the day in the ``reach`` sentences up to
        its own that ``fits``."""
        for f in reversed(self.found):
            if f.sentence < found.sentence - reach:
                break
            if (
                f is not found
                and f.sentence <= found.sentence
                and f.date is not None
                and f.precision == "day"
                and fits(f)
            ):
                found.date, found.precision, found.date_source = f.date, "day", "context"
                return True
        return False

    def _narrower_day(self, best: DateMention, usable: list[DateMention], planned: bool):
        """ "will travel to Beijing next week, where he will meet Wang on Tuesday": the week
        nearest the verb is only the frame; a day of the same sentence inside it is the day."""
        if not self.reference:
            return best
        start, precision = resolve(best, self.reference, future=planned)
        if start is None or precision not in ("week", "month"):
            return best
        for d in usable:
            got, p = resolve(d, self.reference, future=planned)
            if got is None or p != "day":
                continue
            if precision == "week" and start <= got < start + timedelta(days=7):
                return d
            if precision == "month" and (got.year, got.month) == (start.year, start.month):
                return d
        return best

    def _one_of_each(
        self,
        si: int,
        text: str,
        m: re.Match,
        mode: str,
        how: str,
        subjects: list[PersonRec],
        objects: list[PersonRec],
    ) -> _Found:
        """One of the contacts a trigger told of several ("with A and B separately", "A and B
        each spoke with C"), dated like the rest."""
        extra = _Found(
            subjects + objects, _mode(m.group(0), mode), si, (m.start(), m.end()), how=how
        )
        extra.subjects, extra.objects = subjects, objects
        self._date(extra, text, m)
        return extra

    def _told_again(self, f: _Found) -> bool:
        """Whether the contact's words say it was one more ("a second call", "met him again")."""
        text = self.sentences[f.sentence].text
        return bool(
            re.search(
                r"\b(?:second|third|another|further|fresh|follow-up|renewed|later|subsequent|"
                r"new)\s+(?:[\w-]+\s+){0,2}$",
                text[max(0, f.trigger[0] - 40) : f.trigger[0]],
                re.I,
            )
            or re.search(r"\b(?:again|once\s+more)\b", text[f.trigger[1] : f.trigger[1] + 40], re.I)
        )

    def _headline(self, si: int) -> bool:
        """An unpunctuated line among the first three: the headline (a photo caption may come
        before it)."""
        return si <= 2 and not self.sentences[si].text.rstrip().endswith(
            (".", "!", "?", '"', "”", ":")
        )

    def _set(self, found: _Found, d: DateMention, source: str, past_only: bool = False) -> bool:
        anchor = self.reference
        event = EVENT_AFTER.match(self.sentences[found.sentence].text, d.end)
        if d.kind == "nextday" and event and d in self._dates[found.sentence]:
            # "the day before the Kazakh announcement": counted from the day of that event
            anchor = self._event_day(found.sentence, event.group("noun"))
            if anchor is None:
                return False
            got, precision = resolve(d, anchor)
            found.date, found.precision, found.date_source = got, precision, "context"
            return got is not None
        same_as = d.kind == "sameday" and SAME_DAY_AS.match(
            self.sentences[found.sentence].text, d.end
        )
        if same_as and d in self._dates[found.sentence]:
            # "On the same day the order was signed, A met B": the day of the signing
            anchor = self._event_day(found.sentence, same_as.group("verb"), reach=15)
            if anchor is not None:
                found.date, found.precision, found.date_source = anchor, "day", "context"
                return True
        if d.kind in ("nextday", "sameday"):
            earlier = [
                f.date
                for f in self.found
                if f.date
                and f.precision == "day"
                and f.sentence <= found.sentence
                # (not a letter's date: "a letter dated July 7 ... Earlier in the day he hosted
                # Marcos" is the story's day)
                and (f.mode != "letter" or found.mode == "letter" or d.kind != "sameday")
                # ("A day earlier, A held a meeting with B, where the two discussed ...": the
                # meeting's day came from these same words)
                and not (f.sentence == found.sentence and d.start < f.trigger[0])
            ]  # (not "last month": "the same day" is a day)
            here = [
                x
                for x in self._dates[found.sentence]
                if x.start < d.start and x.kind not in ("nextday", "sameday")
            ]
            if here and d.kind == "sameday" and d in self._dates[found.sentence]:
                earlier.append(
                    resolve(here[-1], self.reference, future=found.planned)[0]
                )  # "on Thursday ... that morning" ("will leave on Saturday ... the same day")
            elif (
                not here
                and d.kind == "sameday"
                and d in self._dates[found.sentence]
                # ("Dar arrived in Beijing on Monday. On the same day he called on Han Zheng")
                and re.match(
                    r"(?:on\s+)?(?:that|the\s+same)\s+(?:day|morning|afternoon|evening)",
                    d.text,
                    re.I,
                )
                and found.sentence > 0
                and not any(f.sentence == found.sentence - 1 for f in self.found)
            ):
                # "Wang arrived in the Indian capital on Monday. He held talks that evening with
                # Jaishankar": the day the sentence before told
                prev = self.sentences[found.sentence - 1].text
                told = [
                    x
                    for x in self._dates[found.sentence - 1]
                    if x.kind in ("weekday", "mdy", "dmy", "iso", "relday")
                    and not in_dateline(prev, x)
                    # (not when rates start: "letters sent on Monday set 36% ..., all from
                    # August 1. A received a letter the same day": that Monday)
                    and not re.search(r"\b(?:from|starting|effective)\s+$", prev[: x.start], re.I)
                ]
                if told:
                    earlier.append(resolve(told[-1], self.reference, future=found.planned)[0])
            if (
                not here
                and d.kind == "nextday"
                and d in self._dates[found.sentence]
                and found.sentence > 0
                and re.search(r"\b(?:previous|day\s+before|night\s+before)\b", d.text, re.I)
                and re.match(
                    r"\s*(?:She|He|They|[A-Z][\w’'-]+)\s+(?:also\s+|later\s+)?(?:said|told|added)\b",
                    self.sentences[found.sentence].text,
                )
            ):
                # "..., Sheinbaum said at her press conference on Thursday. She also said she had
                # spoken with Trump the previous evening": the day before the one she spoke on
                prev = self.sentences[found.sentence - 1].text
                said = [
                    x
                    for x in self._dates[found.sentence - 1]
                    if x.kind in ("weekday", "mdy", "dmy", "iso", "relday")
                    and not in_dateline(prev, x)
                    # (the day she spoke on: "said at her press conference on Thursday", not
                    # "will take effect on April 2, Lutnick said")
                    and re.search(r"\b(?:said|told|says|added)\b[^.;,]{0,60}$", prev[: x.start])
                ]
                spoke = resolve(said[0], self.reference)[0] if len(said) == 1 else None
                if spoke is not None and (self.reference is None or spoke <= self.reference):
                    # (that day, not the day of a contact told further up)
                    earlier = [spoke]
            earlier = [x for x in earlier if x]
            if not earlier and d.kind == "sameday":
                earlier = self._story_day(
                    found.sentence
                )  # "Earlier in the day" of the lead's event
            if not earlier:
                return False
            anchor = earlier[-1]
        here = self.sentences[found.sentence].text
        trigger = here[found.trigger[0] : found.trigger[1]]
        got, precision = resolve(
            d,
            anchor,
            future=found.planned,
            # ("held talks with Xi in April", told in November: that April; but "a meeting
            # with Xi in April" may be ahead; "Trump held separate phone calls on February 3
            # with", told in December: that February)
            past=not found.planned
            and (
                d.kind == "month"
                and bool(PAST_VERB.search(trigger) or SAID_DONE.search(trigger))
                or d.kind in ("mdy", "dmy")
                and bool(HELD_BEFORE.search(here[: found.trigger[0]]))
            ),
        )
        if got is None:
            return False
        if past_only and self.reference and got > self.reference and not found.planned:
            return False
        found.date, found.precision, found.date_source = got, precision, source
        return True

    def _lead_day(self, found: _Found, mentions: list[DateMention]) -> bool:
        """A wire story of one day's events: "Trump signed deals on Sunday ... The US
        president also met Lula on the summit sidelines". An undated contact in the body of
        someone the lead sentence has acting that day happened that day, unless it is told
        as earlier history or a plan."""
        si = found.sentence
        text = self.sentences[si].text
        if mentions or found.planned or si > 14 or HISTORY.search(text):
            return False
        lead = next(
            (k for k in range(min(si, 4)) if not self._headline(k) and self._dates[k]), None
        )
        if lead is None or lead >= si:
            return False
        lead_text = self.sentences[lead].text
        days = [
            d
            for d in self._event_days(lead)
            # (not "the import taxes they will face from Aug. 1": a rate's day)
            if not re.search(
                r"\b(?:from|starting|effective|until|till|by|before|after|"
                r"(?:start|begin|kick\s+in|take\s+effect|apply)\s+on)\s+$",
                lead_text[max(0, d.start - 24) : d.start],
                re.I,
            )
        ]
        if len(days) != 1:
            return False
        actors = {p.name for r in self.reader.refs[lead] for p in r.people}
        sides = {p.country for p in found.people if p.country}
        if not actors & {p.name for p in found.people} and not (
            # ("Bangladesh yesterday urged Myanmar ... Foreign Adviser A met Myanmar's Deputy
            # Foreign Minister B": the two countries the lead had acting)
            sides
            and sides <= (named := {c for _, _, c, _ in find_countries(lead_text)})
            and len(named) > 1
        ):
            return False
        return self._set(found, days[0], "lead", past_only=True)

    def _letter_writer(self, si: int) -> list[PersonRec]:
        """Who writes the letters the story is about: the writer of the last letter read, or
        the first person of a sentence just before that sends or posts letters ("In letters
        dated January 15, Gämperli proposed talks")."""
        for f in reversed(self.found):
            if f.mode == "letter" and f.sentence >= si - 8:
                # (not one it went to: "Letters addressed to A and B")
                return list(
                    f.subjects[:1]
                    or [p for p in f.people if p not in f.objects][:1]
                    or f.people[:1]
                )
        here = self.sentences[si].text
        for r in self.reader.refs[si]:
            # "The letters, addressed to A and B and posted on Trump's Truth Social platform"
            if (
                r.possessive
                and re.match(
                    r"(?:’s|'s)?\s+(?:Truth\s+Social|X|social\s+media|Twitter)\b", here[r.end :]
                )
                and re.search(r"\bposted\s+on\s+$", here[: r.start])
            ):
                return list(r.people)
        # (the items of a list the letters set count as none: "posted letters to seven more
        # countries: - Algeria: 30% - Libya: 30% ... The Algeria letter is addressed to X")
        items = 0
        for back in range(si - 1, -1, -1):
            text = self.sentences[back].text
            if LIST_ITEM.match(text):
                items += 1
                continue
            if back <= si - 8 - items:
                break
            if re.search(r"\b(?:letters?|notices)\b", text, re.I) and (
                back >= si - 2 - items
                or re.search(
                    r"\b(?:sent|sends|sending|posted|posting|wrote|writing|signed)\b", text, re.I
                )
            ):
                # (not the one it was addressed to: "The letter was addressed to President X", nor
                # the next of them: "Letters addressed to A and B")
                writers = [
                    r
                    for r in self.reader.refs[back]
                    if r.kind != "group"
                    and not re.search(r"\b(?:to|for|with|by)\s+(?:the\s+)?$", text[: r.start], re.I)
                    and not re.search(r"\bletters?\b[^.;]*?\bto\s+[^.;]*$", text[: r.start], re.I)
                ]
                if writers:
                    return _people(writers[:1])
        return []

    def _story_day(self, si: int) -> list[date]:
        """The day the sentences before ``si`` last spoke of, as a day ("signed on Sunday"),
        leaving out the days things were said and the dateline."""
        for back in range(si - 1, max(-1, si - 7), -1):
            for d in reversed(self._event_days(back)):
                got, precision = resolve(d, self.reference, future=False)
                if got is not None and precision == "day":
                    return [got]
        return []

    def _event_days(self, si: int) -> list[DateMention]:
        """The days a sentence gives events, not the day something was said or the dateline."""
        text = self.sentences[si].text
        return [
            d
            for d in self._dates[si]
            if d.kind in ("weekday", "mdy", "dmy", "iso", "relday")
            and not _reporting(text, d)
            and not in_dateline(text, d)
        ]

    def _event_day(self, si: int, noun: str, reach: int = 5) -> date | None:
        """The day of an event named by a noun ("the announcement"): the date beside a word of
        the same stem ("announced ... on Tuesday") in the sentences just before."""
        stem = noun.lower()[:6]
        for back in range(si, max(-1, si - reach), -1):
            text = self.sentences[back].text
            for w in re.finditer(rf"\b{re.escape(stem)}\w*", text, re.I):
                if back == si:
                    continue
                near = [
                    x
                    for x in self._dates[back]
                    if x.kind in ("weekday", "mdy", "dmy", "iso", "relday")
                    and abs(x.start - w.end()) <= 40
                ]
                if near:
                    got, precision = resolve(near[0], self.reference, future=False)
                    if precision == "day":
                        return got
        return None

    def _reporter_is_participant(self, found: _Found, text: str, d: DateMention) -> bool:
        refs = self.reader.refs[found.sentence]
        near = [
            r
            for r in refs
            if (abs(r.end - d.start) < 40 or abs(d.end - r.start) < 40)
            # (not a participant named just before another speaker: "... and Trump, Seoul's top
            # policy official said Thursday")
            and not (r.end <= d.start and OTHER_SPEAKER.search(text, r.end, d.start))
        ]
        return any(p in found.people for r in near for p in r.people)

    # topics and merging ----------------------------------------------------
    def _attach_topics(self) -> None:
        by_sentence: dict[int, list[frozenset[str]]] = {}
        for g in self.found:
            by_sentence.setdefault(g.sentence, []).append(frozenset(p.name for p in g.people))
        for f in self.found:
            start, _end = f.trigger
            text = self.sentences[f.sentence].text
            topics = find_topics(text[start:]) + find_topics(text[:start])
            names = frozenset(p.name for p in f.people)
            for nxt in range(f.sentence + 1, min(len(self.sentences), f.sentence + 16)):
                if any(other != names for other in by_sentence.get(nxt, ())):
                    break  # another contact begins: its subjects are its own
                refs = self.reader.refs[nxt]
                if not any(p.name in names for r in refs for p in r.people) and not BOTH.search(
                    self.sentences[nxt].text
                ):
                    continue
                topics += find_topics(self.sentences[nxt].text)
            f.topics = _unique(topics)

    def _merge(self) -> list[_Found]:
        """One contact per event: the same people (or some of them) on the same day."""
        out: list[_Found] = []
        for f in sorted(self.found, key=lambda f: -len(f.people)):
            names = {p.name for p in f.people}
            if len(names) < 2:
                continue  # ("he spoke with Putin on August 8, and he is to meet Xi": one man)
            for g in out:
                gnames = {p.name for p in g.people}
                subset_ok = (
                    names == gnames
                    or f.date_source != "sentence"
                    or g.date_source in ("sentence", "same event", "context")
                ) and not (
                    names != gnames
                    and f.sentence != g.sentence
                    and f.date_source == g.date_source == "sentence"
                )  # a visit in the morning and a wider meeting that afternoon are two events
                if (
                    names <= gnames
                    and subset_ok
                    and g.how != "extend"
                    # (a letter and a meeting of the same two are two contacts)
                    and (f.mode == "letter") == (g.mode == "letter")
                    and not (f.distinct or g.distinct)
                    # ("a telephone conversation on December 9 and an earlier meeting between
                    # the two": two events told side by side)
                    and not (
                        f.sentence == g.sentence
                        and f.trigger != g.trigger
                        and {f.mode, g.mode} == {"call", "meeting"}
                    )
                    and _same_day(f, g, self._told_again)
                ):
                    if f.date is not None and (
                        g.date is None
                        or (g.date_source in WEAK_DAY and f.date_source == "sentence")
                        # ("heads to Washington for talks with B next week", then "will meet B
                        # in Washington next Tuesday": the day inside that week)
                        or g.precision in ("week", "month")
                        and f.precision == "day"
                        and g.planned
                        and f.planned
                    ):
                        g.date, g.precision, g.date_source = f.date, f.precision, f.date_source
                        if self._headline(g.sentence):
                            g.sentence, g.trigger = f.sentence, f.trigger  # (the body's words)
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


# Where a contact's day came from when no words of its own date it: the telling, the story's
WEAK_DAY = ("report", "lead")


# A bracket that opens on another clock: "(local time; early on April 17, Japan time)"
OTHER_CLOCK = re.compile(r"\(\s*(?:local\s+time|(?:GMT|UTC|EST|EDT|ET|JST|KST|IST|CET|CEST|BST)\b)")


def _no_alternate_days(text: str, dates: list[DateMention]) -> list[DateMention]:
    """ "On April 16 (local time; early on April 17, Japan time)": the day in brackets straight
    after a day is the same one told in another time zone."""
    out = []
    for d in dates:
        opened = text.rfind("(", 0, d.start)
        closed = text.find(")", d.end)
        if (
            opened >= 0
            and ")" not in text[opened : d.start]
            and any(e.end <= opened and re.fullmatch(r"\s*", text[e.end : opened]) for e in dates)
            # (the same day on another clock, not another event told in brackets: "met A on
            # Tuesday (and spoke with B on Thursday)")
            and OTHER_CLOCK.match(text, opened, closed if closed > 0 else len(text))
        ):
            continue
        out.append(d)
    return out


def _same_day(f: _Found, g: _Found, again: Callable[[_Found], bool]) -> bool:
    """The two dates may be one: equal, either unknown, or a week or month holding the day
    ("During the call, A and B ...", dated only by the week, is Tuesday's call)."""
    if f.date is None or g.date is None or f.date == g.date:
        return True
    for a, b in ((f, g), (g, f)):
        if (
            a.date_source in WEAK_DAY
            and b.date_source == "sentence"
            and a.mode == b.mode  # (a meeting and a later phone call are two)
            and 0 < (a.date - b.date).days <= 7
            and not again(a)  # ("said on Thursday, after a second call with Trump": another)
        ):
            # "said on Thursday ... after meeting X" holds Wednesday's meeting; a heading's
            # call, given the story's day, is the call its entry dates to Monday
            return True
    return any(
        a.precision == "week"
        and b.precision == "day"
        and a.date.isocalendar()[:2] == b.date.isocalendar()[:2]
        for a, b in ((f, g), (g, f))
    )  # (but "last met in October" is another meeting, told by its month)


GAP_WORD = re.compile(
    r"[A-ZÀ-Þ][\w’'.\-]*|the|his|her|their|its|a|an|both|also|and|of|for|to|&|,|counterparts?|-|–"
    # "received the head of the American delegation, Deputy Assistant ... A"
    r"|delegation|team|visiting"
    # "met the city's Party Secretary Chen Jining"
    r"|(?:city|country|province|state|bloc|ministry|region|nation|party|kingdom)(?:’s|'s)"
)


def _role_gap(gap: str) -> bool:
    """Only titles, determiners and country words stand between a verb and its object:
    "with his Vietnamese counterpart, Deputy Prime Minister and Foreign Minister"."""
    words = re.findall(r"[\w’'.\-]+|,|&", gap)
    if len(words) > 14:
        return False
    for w in words:
        low = w.lower()
        if GAP_WORD.fullmatch(w) or low in HEADS or low in MODIFIERS:
            continue
        return False
    return True


# "In both calls the leaders discussed ...": the calls just told, each of its own
BOTH_CALLS = re.compile(
    r"\s*(?:In|During|On)\s+(?:both|each\s+of\s+the|the\s+two|all)\s+(?:of\s+the\s+)?"
    r"(?:calls|conversations|meetings|talks|visits|exchanges)\b"
)


# "with the Prime Minister of India, A, on Thursday (7), and with the President of China, B, on
# Friday (8)": each one's day after the name, the second one's office written out before it
DAY_AND_WITH = re.compile(
    r"\s*,?\s+on\s+(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}|\d{1,2}\s+(?-i:[A-Z][a-z]{2,8}))(?:\s*\([0-3]?\d\))?,?\s+and\s+with\s+"
    r"(?:the\s+)?(?:(?:(?-i:[A-Z][\w’'.-]*)\s+|(?:of|for|and|the)\s+){0,7}(?-i:[A-Z][\w’'.-]*),\s*)?"
)


# "with A, Secretary of the Treasury, and B": the first one's capitalised office between them
OFFICE_BETWEEN = re.compile(
    r"\s*,\s+(?P<office>(?-i:[A-Z])[\w’'.-]*(?:\s+(?:(?-i:[A-Z])[\w’'.-]*|of|for|and|the|on)){0,7}),"
    r"\s+(?:and|&)\s+(?:the\s+)?(?:Hon(?:ou?rable|\.)?\s+)?"
)


# Words that may follow the last one met in a list: "met A, X's minister, and B on Monday"
OBJECT_GOES_ON = frozenset(
    "on in at for during last this earlier later to from with and or over by after before "
    "about amid ahead separately together jointly again".split()
)


def _titled_between(gap: str) -> re.Match | None:
    got = OFFICE_BETWEEN.fullmatch(gap)
    if got is None or not any(w.lower() in HEADS for w in got.group("office").split()):
        return None
    return got


def _coord(gap: str) -> re.Match | None:
    """The words between two coordinated people ("A and B", "Governor A of California and
    Premier B"); "and by" must not open a day ("and by Friday B had signed")."""
    got = COORD.match(gap) or _titled_between(gap)
    if got is None:
        return None
    if re.search(
        r"\band\s+by\s+(?:the\s+end\b|then\b|now\b|(?:Monday|Tuesday|Wednesday|Thursday|"
        r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
        r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)",
        gap,
    ):
        return None
    return got


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
    if (
        "noun" in m.re.groupindex
        and m.group("noun")
        and d.kind in ("mdy", "dmy", "iso", "dotted", "weekday")
        and re.fullmatch(r"\s*(?:[\w-]+\s+)?", m.string[d.end : noun_start])
        and d.end <= noun_start
    ):
        return True
    return 0 <= d.start - noun_end <= 4


SCENE = re.compile(
    r"\b(?:arriv\w+|land(?:ed|s)|visit\w*|met|meet\w*|call\w*|talks|spoke|received|hosted|held|"
    r"welcomed|travel+ed|flew|dinner|lunch)\b",
    re.I,
)


def _relative_clause(text: str, pos: int) -> tuple[int, int] | None:
    """The span of ", who ... ," that closes just before ``pos``."""
    pre = text[:pos]
    if not pre.rstrip().endswith(","):
        # "Anaya, who arrived on Wednesday night, is due to meet ...": the aside is closed already
        closed = list(re.finditer(r",\s+(?:who|which|whose|where)\b[^,;]*,", pre))
        return (closed[-1].start(), closed[-1].end()) if closed else None
    rel = list(re.finditer(r",\s+(?:who|which|whose|where)\b", pre))
    return (rel[-1].start(), len(pre)) if rel else None


def _reporting(text: str, d: DateMention) -> bool:
    """ "said on Tuesday", "said in a press release on Friday", "on Thursday said"."""
    before = text[max(0, d.start - 45) : d.start]
    after = text[d.end : d.end + 12]
    if REPORTING.search(before.split(",")[-1]) and not re.search(
        r"\b(?:met|meet|meeting|call|called|talks|talked|spoke|spoken|phoned|visited|hosted|"
        r"received|held)\b",
        before.split(",")[-1],
        re.I,
    ):
        return True
    return bool(re.match(r"^[\s,]*(?:said|says|told|reported|announced|stated)\b", after, re.I))


# contact verbs in the past that PAST_VERB does not know
# "Trump held separate phone calls on ...": the contact told as held, just before its words
HELD_BEFORE = re.compile(r"\b(?:held|hosted)\s+(?:(?:a|an|the|two|separate)\s+)*$", re.I)
SAID_DONE = re.compile(r"\b(?:met|spoke|spoken|sat|shook|wrote|written|rang)\b", re.I)
# "On Monday Trump said he expected to meet Xi at the end of the month": the day he said so
SAID_ON_DAY = re.compile(
    r"[\s,]*(?:(?-i:[A-Z])[\w.’'-]*\s+){1,4}(?:said|says|told|suggested|signalled|signaled|"
    r"indicated|announced|stated)\b"
)


ON_ARRIVAL = re.compile(
    r"\b(?:shortly|soon|just|immediately|hours|minutes|moments)\s+(?:after|upon)\s+(?:arriving|"
    r"landing|touching\s+down|(?:his|her|their)\s+arrival)\b(?:\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?"
    r"(?:\s+(?:late\s+|early\s+)?on)?\s+$",
    re.I,
)


WHO_ASIDE = re.compile(r",\s+(?:who|whose)\b[^,;]*,")
AFTER_EVENT = re.compile(
    r"\b(?:after|following)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$"
    # ("were postponed after Trump held separate phone calls with": the one who held them)
    r"|\bafter\s+(?-i:[A-Z])[\w.’'-]*\s+held\s+(?:(?:a|an|the|two|three|separate|several|"
    r"phone|telephone|video)\s+){0,2}$"
)
PAST_VERB = re.compile(r"\b(?:[a-z]+ed|" + IRREGULAR_PAST + r")\b")
MODAL = re.compile(r"\b(?:could|would|will|may|might|can|should|shall|must)\b", re.I)


def _after_a_past_event(before: str) -> bool:
    """ "but he postponed the increase after a phone call with", "Those hopes collapsed after a
    telephone call between": a contact told as what a past act followed, so it took place (not
    "Tariffs could be cut after a meeting between", "Markets hope for relief after a meeting")."""
    after = AFTER_EVENT.search(before)
    if not after:
        return False
    clause = re.split(r"[,;:]\s", before[: after.start()])[-1][-80:]
    return bool(PAST_VERB.search(clause)) and not MODAL.search(clause)


DURING_THE_EVENT = re.compile(
    r"\W*(?:During|At|In|Over)\s+(?:the|their|that|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|summit|call|visit|conversation)\b"
)


def _inside_other_event(text: str, d: DateMention, m: re.Match) -> bool:
    if re.search(
        # (also "once Canada's April 28 federal election is over")
        r"\b(?:the|an?|its|their|his|her)\s+$|\w['’]s\s+$",
        text[max(0, d.start - 8) : d.start],
    ) and (ATTRIBUTIVE_DAY.match(text, d.end)):
        return True  # "urging both to de-escalate after the April 22 massacre": that event's day
    lo, hi = (d.end, m.start()) if d.end <= m.start() else (m.end(), d.start)
    if ON_ARRIVAL.search(text, max(0, d.start - 60), d.start):
        return False  # "Shortly after landing on Sunday, A held talks with B": the same day
    if d.end <= m.start() and re.fullmatch(r"\s*,\s+where\s+(?:[\w’'.-]+\s+){1,3}", text[lo:hi]):
        return False  # "a visit to Ottawa yesterday, where he held talks with B": that day
    if d.end <= m.start():
        between = text[lo:hi]
        return (
            bool(OTHER_EVENT.search(text[max(0, d.start - 120) : d.start].split(",")[-1]))
            or bool(
                # "returned on Friday after a visit during which he held talks": the return's day
                re.search(
                    r"[;]|\b(?:after|following)\b[^,;]*\b(?:during|in|at)\s+which\b",
                    # (a bracket's own semicolon, "On April 16 (local time; April 17 in Tokyo)")
                    re.sub(r"\([^()]*\)", "", between),
                )
            )
            or bool(
                # "returned to Ottawa on Wednesday after an Oval Office meeting with Trump": the
                # return's day, the meeting came before it
                re.fullmatch(
                    r"\s+(?:after|following)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}",
                    between,
                )
                and re.match(
                    r"(?:meeting|talks|call|summit|visit|dinner|lunch)\b", m.group(0), re.I
                )
                # (a trip home, not the deal it made: "The deal was sealed on Sunday after an
                # hour-long meeting" is the meeting's day)
                and re.search(
                    r"\b(?:returned|arrived|flew|left|departed|landed|came\s+back|headed\s+home)\b",
                    text[max(0, d.start - 60) : d.start],
                )
            )
            or bool(
                # "holding a summit with Lee on Wednesday before meeting Xi on Thursday": Lee's day
                re.fullmatch(r"\s+(?:before|after)\s+", between)
                and re.search(r"^\s*(?:[^.;]{0,60}?)\bon\s+\w+", text[m.end() :])
            )
        )
    before_date = text[m.end() : d.start]
    # ("also discussed follow-up to the summit between A and B held in Seoul on March 30": the
    # summit's day)
    return (
        bool(OTHER_EVENT.search(before_date))
        or bool(
            re.search(
                r"\b(?:summit|meeting|talks|visit|conference|call)\b[^,;]*\bheld\b",
                before_date,
                re.I,
            )
        )
        # ("signed a document confirming the tariff agreement reached in July": the deal's day)
        or bool(
            re.search(
                r"\b(?i:deal|agreement|accord|pact|framework|truce)\s+(?:[\w-]+\s+){0,3}?"
                r"(?:reached|struck|agreed|sealed|clinched)\b[^,;.]{0,60}$",
                before_date,
            )
        )
        # ("implementation of the Bilateral Security Agreement signed in December 2023": the
        # agreement's month; not "the rare-earths pact signed on Tuesday", the meeting's day)
        or bool(
            d.kind in ("month", "relweek")
            and re.search(
                r"\b(?i:deal|agreement|accord|pact|treaty)\s+(?:signed|concluded|inked)\s+"
                r"(?:(?:in|last)\s+[^,;.]{0,30})?$",
                before_date,
            )
        )
    )


def confidence(f: _Found) -> Confidence:
    if f.how in ("nominal", "trip") or f.date_source == "context":
        return Confidence(
            LOW if f.how == "trip" else MEDIUM,
            "participants read from the sentence around a call or meal"
            if f.how in ("nominal", "trip")
            else "date taken from an earlier sentence",
        )
    if f.date_source == "lead":
        return Confidence(MEDIUM, "no day given; the day of the story's main event is assumed")
    if f.date_source == "after":
        return Confidence(MEDIUM, "date taken from a later sentence about it")
    if f.date is None:
        return Confidence(MEDIUM, "the article gives no date for it")
    if f.precision != "day":
        return Confidence(
            HIGH, f"named people with a contact verb; only the {f.precision} is given"
        )
    return Confidence(HIGH, "named people with a contact verb and a date")


def to_contacts(found: list[_Found], sentences: list[Sentence]) -> list[Contact]:
    """Contacts dated to the day first (each group in article order): the main event
    of a story is the one it dates."""
    out = []
    found = sorted(found, key=lambda f: f.precision != "day")
    for f in found:
        if f.planned and (
            f.precision != "day" or f.date_source in ("context", "dateline", "same day")
        ):
            # "was expected to hold a video call later this week": planned, no day; "is also
            # expected to meet X during the visit": the day of another sentence is not its own
            continue
        s = sentences[f.sentence]
        out.append(
            Contact(
                participants=sorted(p.name for p in f.people),
                mode=f.mode,
                date=f.date.isoformat() if f.date else None,
                date_precision=f.precision,
                planned=f.planned,
                topics=f.topics,
                evidence=Evidence(s.text, s.start, s.end, s.text[f.trigger[0] : f.trigger[1]]),
                confidence=confidence(f),
            )
        )
    return out
