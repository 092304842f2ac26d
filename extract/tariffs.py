"""Tariffs: who imposes which rate on whom, on what goods, from when.

A percentage becomes a tariff only when the sentence ties it to tariff
words ("a 29% tariff", "duties of 25 percent", "raised to 25% from 10%");
growth, inflation and market shares next to the word "tariff" stay out.
Each country named in a tariff sentence is read for its part: the one
imposing ("China will impose", "exports to the US"), the one targeted
("on imports from Pakistan", "Chinese goods", "Vietnam will face"), or all
partners ("baseline", "on all countries"). What a sentence leaves out
("An additional 15 percent tariff will be imposed on coal") is taken from
the tariff sentences before it.
"""

from __future__ import annotations

import re
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from .dates import (
    DAY_HEADING,
    MONTH_NAME,
    OPENING_DAY,
    TIMELINE_DAY,
    WEEKDAY_NAME,
    find_dates,
    in_dateline,
    parse_absolute,
    prefer_absolute,
    resolve,
)
from .meta import KICKERS
from .model import ALL_PARTNERS as STAR
from .model import HIGH, LOW, MEDIUM, Confidence, Evidence, Tariff
from .people import PeopleReader
from .text import Sentence, paragraph_start
from .vocab.countries import (
    EU_MEMBERS,
    country_code,
    dateline_country,
    find_countries,
    is_demonym,
    seat_of_government,
)
from .vocab.homes import HOME_PATTERNS
from .vocab.tariffs import (
    ALL_PARTNERS,
    BARE_RATE,
    CLIMB_ON,
    EFFECTIVE,
    EFFECTIVE_DONE,
    EFFECTIVE_NOW,
    EFFECTIVE_PAST,
    GENERIC_GOODS,
    IMPOSE_VERB,
    KIND_WORDS,
    MOVEMENT,
    MOVES_ON,
    NOT_TARIFF,
    NUMBER_WORDS,
    PAUSED,
    PROPOSED,
    RATE,
    REMOVED,
    SAME_DATE,
    SECTORS,
    STATUS_WORDS,
    TARIFF_NOUN,
    TARIFF_RATE,
)

GOODS = (
    r"(?:goods|products|imports|exports|shipments|items|merchandise|cars|vehicles|autos|automobiles|steel|alumin(?:i)?um|metals?|[\w-]+\s+imports|"
    # farm goods and materials named by their origin: "Canadian canola", "Brazilian beef"
    r"canola|rapeseed|oilseeds?|soybeans?|pork|beef|poultry|seafood|lobsters?|dairy|cheese|wine|whisk(?:e)?y|"
    r"lumber|timber|copper|pharmaceuticals|drugs|semiconductors|chips|solar\s+panels|textiles|apparel|furniture|"
    r"energy|potash|fertili[sz]ers?|"
    # ("Tunisian olive oil", "Norwegian salmon", "Bangladeshi garments")
    r"olive\s+oil|coffee|cocoa|tea|rice|sugar|salmon|fish|fruit|garments|clothing|footwear|shoes|"
    r"electronics|machinery)"
    # (not "the Chinese wine market": goods sold there)
    r"(?!\s+(?:market|markets|industry|industries|sector|producers|makers|prices|demand|consumers|"
    r"futures|stocks|shares|exchange|growers|traders|rivals|brands|giants?|farmers|firms|companies|"
    r"sellers))"
)
# A verb straight after a country: it does something to the goods, they are not its own.
ACTS_ON_GOODS = re.compile(
    r"^\s+(?:spares?|spared|exempts?|exempted|limits?|limited|restricts?|bans?|banned|blocks?|"
    r"eases?|eased|extends?|grants?|buys?|bought|sells?|sold|targets?|hits?)\b",
    re.I,
)
# The words around a country that make it the target ...
TARGET_BEFORE = re.compile(
    r"""(?:(?:\b(?:on|against|for|originating\s+(?:in|from)|imported\s+from|manufactured\s+in|made\s+in|produced\s+in|built\s+in|assembled\s+in|
        (?:melted\s+and\s+)?poured\s+in|smelted\s+in|
        (?<!,\s)(?<!;\s)\b[\w.’'-]+(?<!ly)\s+(?:coming\s+|shipped\s+|originating\s+)?from|
        \b(?:goods|products|exports|imports|shipments|wines?|champagnes?|spirits|cars|vehicles|steel|
        cheeses?)\s+(?:coming|shipped)\s+out\s+of|
        trans-?shipped\s+(?:\w+\s+)?(?:through|via)|routed\s+through|(?:products|goods|exports)\s+of|
        (?:goods|products|imports|exports|shipments)\s+(?:coming\s+|shipped\s+)?from|
        exempt(?:ing|ion)?s?\s+for|targeting|targets|(?:aimed|directed)\s+at|hit(?:ting|s)?|granted|gave|offered|awarded|spared|spares)\s+(?:all\s+|both\s+|the\s+|some\s+|certain\s+|most\s+|many\s+|(?:nearly|almost|virtually)\s+all\s+|\d[\d,.]*\s+|
        (?:a|the)\s+(?:(?:wide|broad)\s+)?(?:range|list|number|host|basket|raft|series|swathe?|slew|array|variety|batch|selection)\s+of\s+|
        (?:[$€£¥][\d.,]+\s*(?:billion|million|bn|m)?\s+(?:worth\s+)?(?:of\s+)?)|(?:\w+\s+){0,3}?(?:goods|products|imports|exports)\s+from\s+)*
        (?:the\s+)?(?:(?:neighbou?ring|nearby|fellow|tiny|landlocked)\s+)?))$""",
    re.I | re.X,
)
SURGE_FROM = re.compile(
    r"\b(?:surge|flood|influx|wave|glut)\s+(?:of|in)\s+(?:[\w-]+\s+){0,3}?(?:imports|shipments|"
    r"goods|products|steel)\s+from\s+[^.;%]*$",
    re.I,
)
REACTION_FROM = re.compile(
    r"\b(?:warnings?|criticism|responses?|rebukes?|reactions?|protests?|pressure|complaints?|"
    r"backlash|opposition|condemnation|threats?|objections?|anger|outrage|appeals?|requests?|"
    r"officials|delegations?|envoys?|negotiators|pushback|praise|support)\s+from\s+(?:the\s+)?$",
    re.I,
)
TARGET_AFTER = re.compile(
    rf"^(?:’s|'s)?\s*(?:-made\s+|-built\s+|\s)?(?:(?!(?:on|of|for|from|to|in|at|and|tariffs?|duty|duties|levy|levies|rate|will|would|can|could|should|may|might|must|let|lets|has|have|had|is|are|was|were|be|been|said|says|also|not)\b)[\w-]+\s+){{0,3}}?{GOODS}\b",
    re.I,
)
# After "US": a kind of goods, then the duty on it ("US steel tariff", "U.S. chip tariffs"): the
# duty Washington charges on those goods, not one on American goods
US_GOODS_TARIFF = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:steel|alumin(?:i)?um|metals?|auto|car|vehicle|truck|lumber|"
    r"timber|copper|chip|semiconductor|drug|pharmaceutical|furniture)s?\s+"
    r"(?:tariffs?|dut(?:y|ies)|levy|levies)\b"
)
# "Laos will see its rate rise to 45%": the subject pays the rate
SEE_ITS_RATE = (
    r"(?:see|(?:was|were)\s+told(?:\s+that)?)\s+(?:its|their)\s+(?:[\w-]+\s+)?rates?\s+"
    r"(?:would\s+|will\s+)?(?:rise|fall|drop|climb|cut|lowered|raised|reduced|increased|be)"
)  # (and "Sri Lanka, ..., was told its rate would fall to 18%")
# Words that hand a country the rate it pays: "now gets 19%", "landed at 19%" (only before a
# rate: "got" and "settled" say other things too) ...
_RATE_GIVEN = (
    r"(?:gets?|got|(?:landed|lands|settled|came\s+in)\s+at|secured|accepted|won|clinched|negotiated|"
    # "Vietnam ... agreed on July 2 to a 20% tariff"
    # ("agreed earlier this month to a 20 percent rate")
    r"agreed(?:\s+on\s+[A-Z][\w.]+(?:\s+\d{1,2})?|\s+earlier\s+this\s+(?:month|week|year)|"
    r"\s+last\s+(?:month|week)|\s+in\s+[A-Z][a-z]+)?\s+to)"
)
# ... "was assigned", "has been charged", "each given" ...
_RATE_ASSIGNED = (
    r"(?:was|were|is|are|(?:has|have|had)\s+(?:each\s+|also\s+|instead\s+|\w+ly\s+)?been"
    # ("while Brunei and Moldova will each be charged 25 per cent")
    r"|(?:will|would)\s+(?:each|both|all)\s+be)\s+"
    r"(?:each\s+|instead\s+|also\s+|\w+ly\s+)?(?:assigned|given|handed|charged)|"
    r"(?:with\s+)?each\s+(?:assigned|given|handed)"
)
# ... and "among the hardest hit, with", "was slapped with", "had been threatened with"
_RATE_HIT = (
    r"(?:hardest\s+hit,?\s+with|(?:was|were|is|are|been|be)\s+(?:initially\s+|first\s+|later\s+)?"
    r"(?:slapped|saddled|threatened)\s+with)"
)
# "Algeria remains at 30%": the rate it is left paying
STAYS_AT = re.compile(
    r"\b(?:remains?|remained|stays?|stayed|(?:was|were|is|are)\s+"
    # ("Australia and New Zealand were among the countries left at the 10% floor")
    r"(?:among\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:countries|nations|economies|partners)\s+)?left)"
    r"\s+(?:at|on)\b(?=\s+(?:the\s+|a\s+)?\d)"
)  # ("Australia remains on the 10 per cent baseline", "Singapore was left at the 10% floor")
# "any combined duty above 25%": a threshold, no rate
THRESHOLD_BEFORE = re.compile(
    r"\b(?:any|a)\s+(?:[\w-]+\s+){0,2}?(?:dut(?:y|ies)|tariffs?|rates?|levy|levies)\s+"
    r"(?:above|over|below|under|of\s+(?:more|less)\s+than|(?:higher|lower)\s+than|beyond|"
    r"exceeding)\s+$",
    re.I,
)
# "for countries with rates between 16% and 25%, and $200 for countries above 25%": bands of
# countries by the rate they pay, no rate of anyone's
THRESHOLD_CLASS = re.compile(
    r"\b(?:(?:with|facing|paying)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:rates?|tariffs?|duties)\s+|"
    r"(?:countries|economies|partners|nations|origins)\s+)"
    r"(?:above|below|over|under|of\s+(?:more|less)\s+than|exceeding|(?:higher|lower)\s+than|"
    r"between(?:\s+\d[\d.]*\s*(?:%|per[\s-]*cent|percent)\s+and)?)\s+$",
    re.I,
)
# "Section 122 allows a president to impose tariffs of up to 15%": what a law permits
POWER_TO_IMPOSE = re.compile(
    r"\b(?:allows?|allowed|lets|permits?|permitted|empowers?|authori[sz]es?|gives?)\s+(?:a|the)\s+"
    r"(?:president|government|administration|White\s+House)\s+(?:the\s+power\s+)?to\s+"
    r"(?:impose|levy|charge|set|apply)\b(?:[^.;%]|(?<=[A-Z])\.){0,60}$",
    re.I,
)
# "Shipments above the quota are charged a 26.4% tariff": the rate past a quota
QUOTA_ABOVE = re.compile(
    r"\b(?:above|beyond|outside|over|exceeding|in\s+excess\s+of)\s+(?:the|that|this|its)\s+"
    r"(?:[\w-]+\s+){0,2}?quotas?\b",
    re.I,
)
# "the quota for Argentine beef", "Brazil's sugar quota", "a quota on imports from Mexico"
QUOTA_OF = re.compile(
    r"\bquotas?\s+(?:for|on)\s+(?:imports\s+(?:of|from)\s+)?(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?"
    r"|(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?(?:['’]s)?\s+(?:[\w-]+\s+)?quotas?\b",
    re.I,
)
# "... informing both that their countries' exports would face a 25% tariff"
THEIR_COUNTRIES_PAY = re.compile(
    r"\b(?:their|both|the\s+two)\s+(?:countries|nations|economies)(?:['’]|['’]s)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:exports|goods|products|shipments|imports)\s+(?:(?:would|will|could|to|now|also)\s+)*"
    r"(?:face|pay|be\s+(?:subject|hit|charged|taxed))\b",
    re.I,
)
# Who is told: "wrote to", "told", "informing both", "letters to"
TOLD_TO = re.compile(
    r"\b(?:wrote|written|writing|sent\s+letters?|letters?|told|telling|informed|informing|notified|"
    r"notifying|warned|warning)\b(?:\s+(?:to|visiting|both|them|the))*\s",
    re.I,
)
# "Lesotho's bid to escape ...": a country's own effort, before what it escapes
OWN_BID = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:bid|efforts?|attempts?|push|drive|campaign|race|scramble|fight)"
    r"\s+(?=to\s)"
)
# "Pakistan would send a team to negotiate over a 29 per cent tariff", "Thailand rushed to avert a
# 36% tariff": the rate a country is trying to escape is one it faces
ESCAPE_VERB = re.compile(
    r"\bto\s+(?:negotiate\s+(?:over|on|about)|avert|avoid|escape|head\s+off|stave\s+off)"
    # ("Lesotho's bid to escape a crippling 50 percent American tariff")
    r"(?=\s+(?:a|an|the)\s+(?:(?-i:[a-z])[\w-]*\s+)?\d)"
    # ("Amman welcomes pause in 20% US tariff": the rate it was to pay)
    r"|\bwelcom(?:e|es|ed|ing)\s+(?:a\s+|the\s+)?(?:pause|cut|reduction|delay|suspension|removal)\s+"
    r"(?:in|of|to)\s+(?:the\s+|its\s+)?(?=\d)",
    re.I,
)
FACES = re.compile(
    r"^(?:[^.;]|\.(?=\S)|(?<=[A-Z])\.){0,80}?\b(?:will\s+|would\s+|now\s+|also\s+|could\s+)?(?:"
    + _RATE_GIVEN
    + r"(?=\s+(?:a\s+|an\s+)?\d)|"
    + _RATE_HIT
    + r"|faces?|facing|shoulder|pay|pays|paying|paid|(?:is|are|was|were)\s+on(?=\s+\d)|drew|draws|endur(?:e|es|ed|ing)|weather(?:s|ed)|enjoy|enjoys|enjoyed|enjoying|(?:be|are|is|were|was)\s+capped\s+at|be\s+subject\s+to|is\s+subject\s+to|are\s+subject\s+to|(?:have|has)\s+been\s+subject\s+to|be\s+hit\s+with|(?:was|were|are)\s+hit\s+with|is\s+hit\s+with|(?:has|have)\s+been\s+hit\s+with|was\s+under\s+the\s+threat|(?:be|was|were|is)\s+spared|(?:be|was|were|is)\s+exempted\s+from|"
    + _RATE_ASSIGNED
    + r"|(?:negotiated|secured|won|obtained|got)\s+(?:a\s+)?(?:ceilings?|caps?)\s+of|(?:negotiated|secured|won|obtained|clinched)\s+(?:a\s+)?(?:lower|reduced|preferential)\b(?=\s+\d)|(?:were|was|are|is)\s+(?:left|kept|held)\s+at|"
    + STAYS_AT.pattern
    + r"|"
    + SEE_ITS_RATE
    + r"|"
    + ESCAPE_VERB.pattern
    + r")\b",
    re.I,
)
# ... and those that make it the one imposing.
IMPOSER_BEFORE = re.compile(
    r"\b(?:exports?\s+to|exported\s+to|shipments?\s+to|into|"
    # ("Tunisian olive oil bound for American supermarket shelves carried a 28% tariff")
    r"(?<!,\s)(?<!\bthose\s)(?<!\bones\s)(?<!\bsome\s)(?<!\bmany\s)(?<=[a-z]\s)"
    r"(?:bound|headed|destined)\s+for|"
    # ("Steel shipped from the UK to the United States is subject to 25%")
    r"(?:shipped|exported|sent|sold)\s+from\s+(?:the\s+)?(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,2}"
    r"\s+to|"
    # ("will be able to export 100,000 vehicles a year to the US at a tariff of 10%")
    r"(?:export|ship|sell|send)(?:s|ed|ing|ped|ping)?(?:\s+(?![\w\s,]*?\b(?:from|on)\s)[\w\s,]{0,40}?)?\s+to|enter(?:ing|s)?|(?:imposed|levied|announced|introduced)\s+(?:[\w\s]{0,30}?\s)?by|sell(?:ing)?\s+[\w\s]{0,20}?\s+into)\s+(?:the\s+)?$",
    re.I,
)
# "The United States will charge 15% on most South Korean goods": a rate charged on goods,
# with no tariff word (CHARGE_WORD is the cheap test a sentence passes first)
CHARGE_WORD = re.compile(r"charg|lev[iy]|impos|slap")
CHARGE_VERB_BEFORE = re.compile(
    r"\b(?:charg(?:e|es|ed|ing)|levy|levies|levied|levying|impos(?:e|es|ed|ing)|slap(?:s|ped)?)\s+"
    r"(?:a\s+|an\s+)?(?:flat\s+|uniform\s+|blanket\s+)?$",
    re.I,
)
# What is charged on goods but is no duty: a tax on sales, a carrier's fee
NOT_A_DUTY_CHARGE = re.compile(
    r"\b(?:value-added|VAT|GST|sales\s+tax|excise|peak-season|freight|shipping\s+lines?|carriers?|"
    r"platforms?|fees?|commissions?)\b",
    re.I,
)
CHARGED_ON_GOODS = re.compile(
    r"\s*(?:%|per[\s-]*cent|percent)?\s+on\s+(?:(?:most|all|nearly\s+all|almost\s+all)\s+)?"
    r"(?:(?-i:[A-Z])[\w.’'-]*\s+){0,2}(?:goods|imports|exports|products|shipments)\b",
    re.I,
)
RATE_ON_GOODS = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,2}?(?:rates?|ceiling(?=[^.;%]{0,40}?\b(?:most|all)\s|\s+(?:for|on)\s+(?-i:[A-Z])[\w.]*\s+(?:goods|products)\b)(?![^.;%]{0,60}?\b(?:imports\s+of|procurement|tenders?|market\s+share|volumes?)\b))\s*(?:,\s*which\s+(?:has\s+|have\s+|had\s+)?(?:applied|applies|apply)\s+to|"
    r"(?:that\s+|which\s+)?(?:already\s+|now\s+|still\s+)?(?:applies|applied|applying)\s+to|on|for)\s+(?:(?:most|all|nearly\s+all|almost\s+all)\s+)?"
    r"(?:(?-i:[A-Z])[\w.’'-]*\s+){1,2}(?:goods|imports|exports|products|shipments)\b",
    re.I,
)
ECONOMY_MOVES = re.compile(
    r"\b(?:(?:contract|shrink|grow|expand)(?:s|ed|ing)?\s+by|(?<=economy\s)(?:[\w\s]{0,30}?)?"
    r"(?:contract|shrink|grow|expand)(?:s|ed|ing)?)\s+"
    r"(?:(?:between|about|around|roughly|some|as\s+much\s+as|up\s+to)\s+)?$",
    re.I,
)
# "India's rate started at 25% on Aug. 7": the rate the owner pays
RATE_STARTED_AT = re.compile(
    r"(?:’s|'s)?\s+(?:(?:new|current|reciprocal|tariff|headline|country)\s+){0,2}rate\s+"
    r"(?:started|stood|began|stands|starts|was\s+set|is\s+set|sits|sat)\s+at\s+\d[\d.]*\s*"
    # (not "Canada's rate started at 25% on US steel": its own duty)
    r"(?:%|per[\s-]*cent|percent)(?!\s+on\s+(?:imported|U\.S\.|US|American|foreign)\b)"
)
CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s*")
AGENT_AFTER = re.compile(
    rf"^(?:’s|'s)?(?:(?!\b(?:that|which|who|whether|negotiat\w*|ask\w*|urg\w*|press\w*|seek\w*|want\w*|hop\w*|tr(?:y|ied|ies|ying)|lobb\w*|push\w*|persuad\w*)\b)(?:[^.;,:]|\.(?=\S)|(?<=[A-Z])\.)){{0,90}}?\b(?:{IMPOSE_VERB.pattern})"
    # (a comparison is no act: "Kenya's reciprocal rate is still lower than the 15 percent")
    r"(?!\s+than\b)",
    re.I | re.X,
)
COMPANION = re.compile(
    r"(?:\b(?:down|up)\s+from\s+(?:the\s+|an?\s+)?|(?<=,\s)against\s+(?:the\s+|an?\s+)?|\bfrom\s+(?:(?:the\s+)?(?:current|existing|previous|earlier|prior|old)\s+|the\s+)?(?:rates?\s+|levies\s+|duties\s+|tariffs\s+|levels?\s+)?(?:of\s+)?(?:between\s+|totall?ing\s+|around\s+|about\s+|as\s+(?:much|high)\s+as\s+)?|\brather\s+than\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?|\bcompared\s+(?:with|to)\s+|\breplacing\s+(?:the\s+)?(?:previous\s+)?|\b(?:would|will|to|and)\s+replace\s+(?:the\s+)?(?:current\s+|existing\s+)?|\binstead\s+of\s+|(?<=\d%,\s)on\s+top\s+of\s+(?:the\s+)?)$",
    re.I,
)
CHANGE_TO = re.compile(r"\b(?:to|at)\s+$", re.I)
# "the 35% tariff on Canadian imports would be cut to 25%": a rate and, later in its clause,
# the rate it changes to
CHANGED_TO_LATER = re.compile(
    r"\s*(?:%|pc|per[\s-]*cent|percent)?(?:(?!\b(?:and|but|while|whereas)\b)[^.;%\d]){0,80}?\b(?:(?:would|will|is\s+to|was\s+to)\s+be"
    r"|(?:is|are|was|were|has\s+been|have\s+been|had\s+been))\s+(?:cut|lowered|reduced|raised|"
    r"increased|hiked|slashed|trimmed|halved|doubled)\s+to\s+(?:a|an|the)?\s*",
    re.I,
)

# A rate compared with what others pay, up to the next of them named
SAME_RATE_AS = re.compile(
    r"(?:,\s+the\s+same\s+(?:rate|level|tariff|duty)\s+as|\s+on\s+(?:a\s+)?par\s+with)\s+"
    r"(?:that\s+(?:of|on)\s+)?(?:(?:goods|exports|products|vehicles|cars|imports)\s+from\s+)?"
    r"(?:(?:the\s+)?(?-i:[A-Z][\w.’'-]*)(?:\s+(?-i:[A-Z][\w.’'-]*))*(?:,\s+|,?\s+and\s+))*(?:the\s+)?$",
    re.I,
)

# "to 25% from 15%": nothing but the old rate's "from" between a new rate and the old one
OLD_RATE_GAP = re.compile(
    r"\s*(?:%|per[\s-]*cent|percent|pc)?\s*,?\s*(?:(?:up|down)\s+)?from\s+(?:the\s+|a\s+)?"
    r"(?:(?:current|existing|previous|earlier|prior|old)\s+)?(?:as\s+(?:much|high)\s+as\s+)?",
    re.I,
)
# "exporters reel from the 50% tariff": "from" here is the rate's harm, not an old rate
HARM_FROM = re.compile(
    r"\b(?:reel\w*|suffer\w*|recover\w*|relief|shield\w*|protect\w*|escap\w*|hurt\w*|pain|"
    r"fallout|damage|loss(?:es)?|insulat\w*|benefit\w*|pressure|strain|stem\w*|result\w*|"
    r"arising|hit)\s+from\s+(?:the\s+)?$"
    # ("urging Washington to spare Norwegian salmon and whitefish from the 15 per cent tariff")
    r"|\b(?:spar(?:e|ed|es|ing)|exempt\w*)\s+(?:[\w’'-]+\s+){0,5}?from\s+(?:the\s+)?$",
    re.I,
)
FACE_VERB = re.compile(
    r"\b(?:spared|exempted\s+from)\b|\b"
    + _RATE_GIVEN
    + r"\b(?=\s+(?:a\s+|an\s+)?\d)|\b(?:was|were|is|are)\s+(?:each\s+)?(?:set|placed|pegged|fixed)\s+at\b(?=\s+\d)|"
    + STAYS_AT.pattern
    + r"|\b"
    + _RATE_HIT
    + r"\b|"
    r"\b(?:faces?|faced|facing|shoulder|pay|paying|paid|(?:be|are|is|were|was)\s+capped\s+at|"
    r"(?:be|is|are|(?:have|has)\s+been)\s+subject\s+to|(?:be|is|are|was|were|(?:has|have)\s+been)\s+hit\s+with|was\s+under\s+the\s+threat|"
    + _RATE_ASSIGNED
    + r"|"
    + SEE_ITS_RATE
    + r")\b",
    re.I,
)
# "Vietnam and Taiwan were set at 20%": a country given its rate, in a list of rates (the
# country right before "set at", not "Washington ... under which its rate was set at 15%")
# ... where it stands: "set at", "are also at", "was listed at", "are grouped at"
_STANDS_AT = (
    r"(?:(?:each|also|now|both|all)\s+)*(?:(?:set|listed|placed|pegged|grouped|bunched|clustered)\s+)?"
    r"at\s+"
)
SET_AT = re.compile(
    r"^(?:\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)?\s+(?:was|were|is|are)\s+"
    + _STANDS_AT
    + r"\d",
    re.I,
)
# A rate a lobby asks the government for: "A group of uranium miners has petitioned the Commerce
# Department to impose a 50% tariff" (a government's own request to its parliament still counts)
LOBBY_ASKS = re.compile(
    r"\b(?:group|groups|coalition|association|alliance|lobby|lobbyists|companies|producers|growers|"
    r"manufacturers|makers|distillers|farmers|unions?|federation|chamber|council|importers|"
    r"exporters)\b[^.;]{0,100}?\b"
    r"(?:urged|urging|urges|petitioned|petitioning|asked|asking|called\s+on|calling\s+on|lobbied|"
    r"lobbying|pressed|pressing|demanded|demanding)\s+[^.;]{0,60}?\bto\s+(?:impose|slap|levy|put|"
    r"place|introduce|raise|apply|set|cut|lower|reduce)\b[^.;%]{0,40}$"
    # ("The Manufacturers Association of Nigeria has called for a 35 per cent tariff")
    r"|\b(?:group|coalition|association|alliance|lobby|federation|chamber|unions?)\b[^.;]{0,60}?\b"
    r"(?:called|calling|calls|pressed|pressing|lobbied|lobbying|asked|asking)\s+for\s+(?:an?\s+)?$",
    re.I,
)
# the words between a country and where its rate stands: "Iraq is at 35%", "India is set at 25
# per cent" (the match starts where the name ends and ends at the rate)
COUNTRY_AT = re.compile(r"\s+(?:is|are|was|were|stays?|remains?)\s+" + _STANDS_AT + r"(?=\d)")
# ... or between a country and what it pays: "Swiss goods will pay 39 per cent"
COUNTRY_PAYS = re.compile(
    r"(?:’s|'s)?\s+(?:(?:goods|exports|products|imports|shipments)\s+)?(?:will\s+pay|pays|faces|"
    r"will\s+face)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?\d"
)
# "- Iraq is at 35%.", "- Taiwan and Vietnam each face 20%.": a line of a list of rates (not
# "- Mexico supplies 15% of US imports")
LISTED_AT = re.compile(
    r"\b(?:is|are|was|were|stays?|remains?|set|listed|placed|grouped|pegged)\s+(?:\w+\s+){0,2}?at\s+\d"
    r"|\b(?:faces?|faced|pays?|paid|gets?|got|drew|draws)\s+(?:\w+\s+){0,3}?\d",
    re.I,
)
# "Syria faces the highest rate, at", "Laos and Myanmar were handed the steepest rates, at"
HANDED_THE_RATE = (
    r"\b(?:faces|face|faced|drew|received|got|handed|given|assigned)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:rates?|levy|levies|tariffs?|duty|duties),?\s+(?:at|of)\s+"
)
HANDED_THE_RATE_BEFORE = re.compile(HANDED_THE_RATE + "$")
FACES_RATE = re.compile(
    r"(?:" + FACE_VERB.pattern + r")\s+(?:(?:a|an|the)\s+)?(?:(?:rate|levy|tariff)\s+of\s+)?\d"
    r"|" + HANDED_THE_RATE + r"\d"
    # ("Syria faces the steepest rate in the annex, 41%")
    r"|\b(?:faces|face|faced|drew|received|got)\s+the\s+(?:[\w-]+est|highest|lowest)\s+(?:rate|levy|tariff|duty)"
    r"(?:\s+(?:in|on|of)\s+(?:the\s+)?[\w-]+)?,\s+(?:at\s+)?(?P<steepest>\d)",
    re.I,
)
# "endured the sharpest swings: a 31% rate announced ...": the verb, then straight to the rate
FACE_THEN_RATE = re.compile(
    r"^\W*(?:[\w-]+,?\s+){0,3}?(?:endur(?:e|es|ed|ing)|weather(?:s|ed|ing))\s+[^.;:%\d]{0,40}?:\s+"
    r"(?:an?\s+)?\d",
    re.I,
)
SCARE_QUOTES = re.compile(
    r"[\"“]([A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*)?)[\"”](?=\s+[a-z])"
    # ('a tariff of "approximately 100%" on chips': a rate quoted as said)
    r"|(?<=\sof\s)[\"“]((?:about|approximately|around|roughly|some|up\s+to)?\s?\d+(?:\.\d+)?\s*"
    r"(?:%|per\s*cent|percent))[\"”](?=\s+(?:on|for)\s)"
)
MINISTRY_OF = re.compile(
    r"(?<!’s\s)(?<!'s\s)\b[Tt]he\s+Ministry\s+of\s+(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w-]*){0,3})"
)
GOVERNMENT = re.compile(
    r"\b(?:the\s+government|the\s+(?:finance|commerce|trade|industry)\s+ministry|the\s+ministry|the\s+cabinet|authorities|"
    # ("A Government decree that took effect on March 31 cut the import duty on gas")
    r"an?\s+government\s+(?=(?:decree|order|resolution|notification|regulation)\b)|"
    r"(?-i:the\s+Centre|The\s+Centre)|the\s+Union\s+government|the\s+National\s+Treasury|"
    r"the\s+(?:federal\s+|national\s+|annual\s+)?budget)\b",
    re.I,
)
FUTURE_TENSE = re.compile(r"\b(?:will|shall|plans?\s+to|is\s+set\s+to|are\s+set\s+to)\b", re.I)
CONDITION = re.compile(r"\b(?:if|unless|until)\b[^,;]*$", re.I)
# "and the additional 25 per cent duty", "added a 25pc penalty on top of the 25pc rate": a
# second measure at the same rate, told in the same sentence
ADDED_RATE = re.compile(
    r"\b(?:additional|extra|further|another|separate|second|more)\s+(?:[\w-]+\s+)?$"
    r"|\b(?:plus|and)\s+(?:an?\s+|the\s+)?$"
    r"|\b(?:add|adds|added|adding)\s+(?:an?\s+|the\s+)?$"
    r"|\bon\s+top\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
SEPARATE = re.compile(
    r"\b(?:separate|another|different|second)\s+(?:[\w-]+\s+){0,2}$"
    # "It would replace a provisional 12% duty": the measure it replaces is another
    r"|\breplac(?:e|es|ed|ing)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$"
    # "is in addition to the 25% tariffs Ottawa placed ... on March 4": an earlier measure
    r"|\bin\s+addition\s+to\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)

_MFN = r"MFN|most[-\s]favou?red[-\s]nation"
# Measures that by their nature apply to every origin.
ERGA_OMNES = re.compile(
    r"\b(?:safeguard|(?:basic\s+)?customs\s+duty|duty\s+slabs?|"
    + _MFN
    + r"|(?:from|of)\s+all\s+(?:origins|sources))\b",
    re.I,
)
MFN = re.compile(r"\b(?:" + _MFN + r")\b", re.I)
# "cut the most-favoured-nation import duty on gas to 2%": a change to a country's duty on all
MFN_CHANGED = re.compile(
    r"\b(?:cut|cuts|lower\w*|reduc\w*|rais\w*|slash\w*|halv\w*|increas\w*)\s+(?:the\s+|its\s+)?"
    r"(?:" + _MFN + r")\b",
    re.I,
)
# A safeguard told by its quotas: what enters above them pays, whoever sends it.
TRANSSHIPPED = re.compile(
    r"\btrans-?shipped\b(?![^.;,]{0,30}?\b(?:via|through|from|by)\s+(?:(?:the\s+)?(?-i:[A-Z])|"
    r"(?:the|that|this)\s+country|its\b))",
    re.I,
)
ANY_ORIGIN = re.compile(
    r"\b(?:out-of-quota|(?:above|over|beyond|outside)\s+(?:those\s+|the\s+|its\s+)?(?:\w+\s+)?quotas?|"
    r"quota\s+system|tariff-free\s+(?:import\s+)?quotas?|"
    # ... as does a slab of the customs tariff ("the maximum slab of customs duty") ...
    r"(?:maximum|top|peak|highest)\s+(?:customs\s+)?(?:duty\s+)?slab|(?:customs\s+)?duty\s+slabs?|"
    # ... as does the ordinary duty on a kind of import ("the 20pc customs duty that already
    # applies to float glass imports") ...
    r"customs\s+duty\s+that\s+(?:already\s+)?appl(?:y|ies)\s+to\s+(?:all\s+)?[\w\s-]{0,30}?imports|"
    # ... and so does a penalty on goods sent round through "third countries" ...
    r"trans-?shipped\s+(?:via|through)\s+(?:a\s+)?third\s+countr(?:y|ies)|"
    # ... and one on goods from abroad as such ("Foreign cars have been subject to a 25%
    # tariff since April 3", "Washington's global 25% levy on imported vehicles")
    r"foreign(?:-made)?\s+(?:cars|autos|automobiles|vehicles|steel|trucks|films|movies)|"
    r"global\s+(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+)?(?:tariffs?|levy|duty|duties)\s+on)\b",
    re.I,
)
# Verbs that move a rate to a new level: "will be cut to", "rises to", "go up to".
_CHANGE_VERB = (
    r"(?:will|would|to|shall|is\s+to|are\s+to)?\s*(?:be\s+)?(?:rise|rises|rising|climb|climbs|go\s+up|"
    r"go\s+down|increase|increased|raised|hiked|fall|drop|cut|lowered|reduced|slashed|halved|doubled?|"
    r"trim|trims|trimmed|"
    r"triple|tripled|jump|jumps)\s+to"
)
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# "India's 150% duty ... will be cut to 75%": written before the change, the rate in force now.
CHANGED_TO = re.compile(rf"^[^.;%]*?\b{_CHANGE_VERB}\s+(?:\d|zero)", re.I)
SUBJECT_TO = re.compile(
    r"\b(?:are|is|were|was|be|been|remain|remains|already|also|now)\s+(?:\w+\s+){0,2}?(?:subject\s+to|facing|face|hit\s+(?:by|with)|charged|taxed\s+at|levied\s+at)\b(?:[^.;]|\.(?=\d))*$",
    re.I,
)
# "Steel and aluminum from all countries face a 50% tariff": "face" with no auxiliary
GOODS_FACE_BARE = re.compile(
    r"(?<=[a-z,])\s+(?:faces?|faced|pays?|paid|attracts?|attracted|carry|carries|carried)\s+"
    r"(?:an?\s+|the\s+)?"
    r"(?:(?:new|separate|additional|extra|flat|higher|lower|[\w-]+-wide)\s+)?$"
)
PAYERS = re.compile(
    r"\b(?:dealers|companies|firms|nations|countries|economies|shoppers|consumers|buyers|"
    r"importers|exporters|makers|producers|manufacturers|farmers|growers|retailers|businesses|"
    r"people|households|families|that|who|which)\b|-(?:exporting|importing|producing)\b",
    re.I,
)
# Where one clause turns to another: "..., while tyres from Vietnam will face 25%".
CLAUSE_TURN = re.compile(r",\s+(?:while|whereas|but|though|although)\b|;", re.I)
# Where the goods named after "on" end: "steel from April 1", "whisky will be cut to".
GOODS_END = re.compile(
    r"\s+(?:from|starting|beginning|effective|as\s+of|by|until|in\s+response|in\s+place|which|that|"
    r"(?:before|after|while)\s+(?-i:[a-z]+ing)|"  # ("a 31% tariff on Albania before pausing it")
    r"(?:once|unless|until)\s+(?:it|they|the|this|that)\b|"  # ("on Indian garments once it comes")
    r"rises|jumps|climbs|falls|drops|increases|doubles|within|(?:goes|went|go|going)\s+into|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"(?:last|next|this)\s+(?:year|month|week)|in\s+(?:early|late|mid)|to\s+\w+\s+the|will|would|is|are|was|were|has|have|had|currently|now|also|still|but|stands?|remains?|in\s+(?:\w+\s+)?(?:steps|stages|phases)|and\s+(?-i:[a-z]+ed)\s+(?:the|a|an|its|their)|and\s+(?-i:[a-z]+ing)\s+(?:the|a|an|its|their)\s+(?:way|door|path|stage|ground|prospect)\b|(?:takes?|took|taking)\s+effect|(?:comes?|came|coming)\s+into|for\s+\d+\s+(?:days|weeks|months|years))\b",
    re.I,
)
# Words before the goods themselves: "the", "imports of" ("imports of aluminium foil" are foil).
GOODS_LEAD = re.compile(
    r"^(?:(?:the|a|an|its|their|certain|some|all)\s+)?"
    r"(?:(?:wide\s+|broad\s+)?(?:range|host|number|list|basket|raft)\s+of\s+)?"
    r"(?:(?:imports|exports|shipments)\s+of\s+(?:(?:the|certain|some)\s+)?(?=\w))?",
    re.I,
)
# Goods "from Asia" come from some countries, not from every partner.
REGION = re.compile(
    r"\b(?:from|in)\s+(?:Asia|Europe|Africa|Latin\s+America|South\s+America|the\s+Middle\s+East|the\s+Gulf|"
    r"Southeast\s+Asia|East\s+Asia|South\s+Asia|Central\s+Asia|the\s+Americas|Oceania)\b|\b(?:Asian|African)\b",
    re.I,
)
THE_N_COUNTRIES = re.compile(
    # ("from each of those three countries", "from those same three countries")
    r"\b(?:(?:the|those|these)\s+(?:same\s+)?(two|three|four|five|six)|(both))\s+(?:countries|nations|economies|exporters|suppliers|"
    r"neighbou?rs)\b"
    # ("steel from all three pays 35%")
    r"|\ball\s+(?P<all>three|four|five)(?=\s+(?:now\s+|still\s+|also\s+)?(?:face|faces|faced|pay|pays|paid|were|are|will)\b)"
    # ("Lesotho and Madagascar ... Four months later, both now face a 15% duty")
    r"|(?:^|(?<=,\s))\s*(?-i:(both|Both))(?=\s+(?:now\s+|still\s+|also\s+)?(?:face|faced|pay|paid|"
    r"were|are|will|got|get|received)\b)",
    re.I,
)
# A clause break inside a sentence: ";" or a full stop, but not the one after "U.S" or "Jan"
MONTH_DOT = re.compile(
    r"[;]|(?<![A-Z])(?<!Jan)(?<!Feb)(?<!Mar)(?<!Apr)(?<!Jun)(?<!Jul)(?<!Aug)(?<!Sep)(?<!Sept)"
    r"(?<!Oct)(?<!Nov)(?<!Dec)\.\s"
)
# "The new rates take effect on Jan. 1": a sentence about the measure's rates as a whole
NEW_RATES_LEAD = re.compile(r"\W*The\s+new\s+(?:rates|tariffs|duties)\b")
COUNTRY_RATES_LEAD = re.compile(
    r"\W*(?:The\s+)?(?:higher|steeper|new)\s+(?:country-specific|country-by-country|country|"
    r"individual|reciprocal)\s+(?:rates|tariffs|duties|levies)\b",
    re.I,
)
LETTERS = re.compile(r"\b(?:letters?|notices|posts)\b", re.I)
# Words that keep a rate out of a list dated elsewhere: what applied before or was put off
SUSPENDED = re.compile(
    r"\b(?:was|were|is|are)\s+(?:suspended|paused|postponed)\b"
    # ("Washington will keep its 24% tariff suspended for another year")
    r"|\b(?:keep|keeps|kept|keeping|leave|leaves|left)\s+(?:its|their|the)\s+[^.;]{0,80}?"
    r"\b(?:suspended|paused|on\s+hold)\b",
    re.I,
)
CARRIED_OVER = re.compile(
    r"\b(?:continu\w*|remains?|remained|stays?|still|already|since|not\s+received)\b|"
    + SUSPENDED.pattern,
    re.I,
)
SUCH_COUNTRIES = re.compile(
    r"\b(?:from|on|of)\s+(?:(?:such|these|those)\s+countries|non-(?:agreement|FTA|free-trade)\s+"
    r"(?:countries|partners|nations))\b",
    re.I,
)
# Countries that call themselves "the Kingdom" in their news copy.
KINGDOMS = frozenset("SA GB ES MA JO TH NL BE SE NO DK BH BT KH LS SZ TO".split())
# ... and island states, for "the island's exports"
ISLANDS = frozenset(
    "TW JP LK PH ID SG MG MU IE IS NZ CU JM TT BH MT CY FJ BB BS HT DO MV SC CV KM TO WS PG BN TL "
    "HK".split()
)
THE_COUNTRY = re.compile(
    r"\b(?:the\s+country|the\s+nation|the\s+kingdom|the\s+island)\b(?!-)", re.I
)  # (not "the country-specific rates")
EPITHET_COUNTRY = re.compile(
    r"\b[Tt]he\s+(?:(?:small|tiny|landlocked|oil-rich|island)\s+)?(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
    r"(?:country|nation|state|kingdom|republic)\b(?!-)"
    # ("a 25 per cent tariff on all goods from the mountain kingdom")
    r"|\b[Tt]he\s+(?:mountain|mountainous|landlocked|desert|oil-rich|gas-rich|tiny|small)\s+"
    r"(?:country|nation|state|kingdom|republic)\b(?!-)"
    # ("hit the small mountain kingdom with a 50% tariff": a kingdom, whatever it is called)
    r"|\b[Tt]he\s+(?:(?:mountain|mountainous|landlocked|desert|oil-rich|gas-rich|tiny|small|poor|"
    r"impoverished)\s+){2,3}kingdom\b(?!-)"
)  # "the Alpine country", "the Gulf state"
# a table pasted as text: "| Malaysia | 19% | 24% |"
TABLE_ROW = re.compile(r"\|(?:[^|\n]*\|){2,}")
TABLE_CELL = re.compile(r"(?<=\|)([^|]*)(?=\|)")
RATE_CELL = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s*", re.I)
# a column of rates in force, and from when: "Rate in effect since Aug. 7", "Effective from"
TABLE_IN_FORCE = re.compile(r"\b(?:in\s+(?:effect|force)|effective|applies|applying)\b", re.I)
# what is left after a country when its verb is left out: "(and Algeria) a 30% duty", "(and
# Nigeria), Africa's most populous country, a rate of 14%"
GAPPED_RATE = re.compile(
    r"(?:’s|'s)?(?:,[^,;%]{3,60},)?\s+(?:an?\s+)?(?:(?:rate|duty|tariff|levy)\s+of\s+)?"
    r"\d+(?:\.\d+)?\s*(?:%|per[\s-]*cent|percent|pc)(?!\w)"
)
# Words of another, earlier time: "In 2018", "During Trump's first term", "years ago"
PAST_TIME = re.compile(
    r"\b(?:in|since|back\s+in)\s+(?:19|20)\d\d\b|\bfirst\s+(?:term|administration)\b|"
    r"\bprevious\s+administration\b|\byears?\s+ago\b",
    re.I,
)
# "..., with the higher country-specific rates taking effect on April 9": the day of the rates
# by country, told after the baseline's
WITH_COUNTRY_RATES_ON = re.compile(
    r",\s+(?:with|and)\s+the\s+(?:higher|new|steeper)\s+(?:country-specific|country-by-country|"
    r"reciprocal|country)\s+(?:rates|tariffs|duties|levies)\s+(?:taking|to\s+take|due\s+to\s+take|"
    r"set\s+to\s+take|coming\s+into)\s+(?:effect|force)\s+(?:on|from)\s",
    re.I,
)
GAPPED_GOODS = re.compile(r"\s+(?:goods|products|exports|imports|shipments)\b")
# "The duties, which have been in force since Oct. 30, 2024, vary by company": a measure's day
# told as the lead of its companies' rates
BY_COMPANY_LEAD = re.compile(
    r"\W*(?:The|Those|These)\s+(?:[\w-]+\s+){0,2}?(?:duties|tariffs|levies|rates|deposits),\s+which\s+"
    r"(?:have\s+been|has\s+been|were|are|took|came|went)\s+(?:into\s+)?(?:in\s+)?(?:force|effect)\s+"
    r"(?P<when>(?:since|from|on)\s+[^,;]{3,30}(?:,\s+\d{4})?),\s+var(?:y|ies|ied)\s+by\s+"
    r"(?:company|companies|producer|exporter|firm|manufacturer|carmaker|maker)\b",
    re.I,
)
GIVEN_REASON = re.compile(
    r",\s+(?:accusing|blaming|citing|complaining|arguing|claiming|alleging|charging\s+that"
    # (and what it set off: "doubled the levy on all Chinese goods to 20%, prompting Beijing to
    # retaliate against US farm products")
    r"|(?:prompting|provoking|spurring|triggering|sparking)(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:an?\s+)?"
    r"(?:immediate\s+|swift\s+|quick\s+)?(?:retaliation|response|reprisals?|countermeasures)\s+from\b))\b"
)
CHANGE_OF_RATE = re.compile(
    rf"\b{_CHANGE_VERB}\s+(?:(?:about|around|roughly)\s+)?$"
    # "are scheduled to climb on Jan. 1, to 30%": the day put between the verb and the rate
    r"|\b(?:rise|rises|climb|climbs|increase|increases|fall|falls|drop|drops|jump|jumps|go\s+up)\s+"
    r"(?:on|from|in)\s+[^,;%]{1,25}?,?\s+to\s+$"
    # "Sri Lanka's rate was cut more sharply, to 30%": a manner put between the verb and the rate
    r"|\b(?:rise|rises|rose|risen|climb\w*|increased|raised|hiked|lifted|fall|falls|fell|dropped|cut|"
    r"lowered|reduced|slashed|trimmed)\s+(?:(?:more|less|even|much|far)\s+)?(?:\w+ly|further),?\s+"
    r"to\s+$"
    # "raises China's reciprocal rate again, to 125%": the rate's noun, then where it moves
    r"|^\s+(?:again|further|once\s+more),?\s+to\s+$"
    # "rises by five percentage points, to 15 per cent": the change's size put before the rate
    r"|\b(?:rise|rises|rising|rose|risen|climb\w*|increas\w*|rais\w*|hik\w*|lift\w*|fall|falls|"
    r"falling|fell|fallen|drop\w*|cut|cuts|lower\w*|reduc\w*|slash\w*|trimm\w*|(?:go|goes|went|"
    r"gone|going)\s+(?:up|down))\s+by\s+(?:[\w.-]+\s+){1,2}(?:percentage\s+)?points?,?\s+to\s+$",
    re.I,
)
WHICH_STANDS = re.compile(
    r",\s+which\s+(?:\w+\s+){0,2}?(?:stands?|stood|is|was|are|were|sits?|ranged|ranges?|amounted|totall?ed)\s+(?:at\s+|from\s+|to\s+)?(?:(?:about|around|roughly)\s+)?$",
    re.I,
)
REPORTED = re.compile(
    r"\b(?:said|says|announced|told|reported|stated)\s+(?:on\s+|late\s+on\s+|earlier\s+on\s+)?$",
    re.I,
)
SIGNED_ON = re.compile(
    r"\b(?:signed|issued|published|approved|unveiled|released|dated|sent)(?:\s+by(?:\s+[A-Z][\w.’'-]*){1,4})?"
    r"\s+(?:(?:late\s+|earlier\s+)?on\s+)?$"
)
# A sentence without any of these cannot hold a tariff or a rate.
TARIFF_KEYS = (
    "tariff",
    "dut",
    "lev",
    "tax",
    "rate",
    "surcharge",
    "%",
    "cent",
    "pct",
    "pc",  # "India was assigned 25pc"
    "same",
    "also",
    "zero",
    "measure",
    "effect",
    "collection",
    # "Both sets of cuts are to be in place by Wednesday": the words LATER_EFFECT knows
    "cut",
    "reduc",
    "chang",
    "step",
    "order",
    "decree",
    "proclamation",
    "notification",
    "they",
    "system",  # "The new system will apply from October 1"
    "regime",
    "scheme",
)
FUTURE_START = re.compile(
    r"\b(?:set|due|scheduled|expected)\s+to\s+(?:begin|start|take\s+effect|come\s+into)|\bwill\s+(?:take\s+effect|come\s+into|kick\s+in|begin|start)",
    re.I,
)
RANGE_GAP = re.compile(r"\s*(?:%|per[\s-]*cent|percent)?\s*(?:-|–|to|and)\s*", re.I)
EFFECTIVE_WORD = re.compile(
    r"\b(?:effect|effective|force|from|starting|by|apply|applies|kick|since|begin|start|due)\b",
    re.I,
)
OTHER_RATE = re.compile(
    r"\b(?:higher|lower|same|previous|old|earlier|former)\s+(?:rate|level|tariff|duty)\b", re.I
)
# "an additional 25% duty from August 27, taking the total duty to 50%": one day for both
TOTAL_OF = r"\b(?:taking|bringing|raising|lifting|pushing)\s+(?:the\s+)?(?:total|combined|cumulative|overall)\b"
ALONG_WITH = re.compile(
    r"\b(?:along\s+with|together\s+with|as\s+well\s+as|plus)\b|" + TOTAL_OF, re.I
)
TOTAL_AFTER = re.compile(TOTAL_OF, re.I)
PEOPLE_NOUN = re.compile(
    r"^\s+(?:farmers|consumers|companies|firms|workers|producers|businesses|households|buyers|officials|investors|citizens|voters|manufacturers)\b",
    re.I,
)
LEADER_ROLE = re.compile(r"\b(?:president|prime\s+minister|chancellor|premier)\b", re.I)
IF_BEFORE = re.compile(r"\b(?:if|unless|should|whether)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}$", re.I)
# "which pays", "whose goods face": a relative clause on the one who pays, up to its verb
_RELATIVE_PAYER = (
    r"(?:which|that|whose\s+(?:goods|exports|products|shipments))\s+"
    r"(?:(?:now|still|already|also|will|would)\s+)*"
    r"(?=(?:pays?|faces?|facing|(?:is|are|was|were)\s+charged)\b)"
)
PAIRED = re.compile(
    # ("Indonesian imports will be charged 19% and South African goods 30%")
    r"(?:’s|'s)?(?:\s+(?:goods|imports|products|exports|shipments|rate|tariff|duty|levy)|-(?:made|built)\s+[a-z]+)?\s*(?:,\s*)?"
    # ("neighbours such as Vietnam, which pays 20%", "an edge over Vietnam, whose goods face a
    # 20% US tariff")
    r"(?:" + _RELATIVE_PAYER + r")?"
    r"(?:(?:(?:also\s+|each\s+|both\s+|all\s+)?(?:facing|faces|face)|"
    r"(?:will|would)\s+(?:also\s+|now\s+|still\s+|each\s+)?face|(?:had\s+)?faced|gets?|got|"
    r"secured|won|clinched|obtained|"
    # ("while Pakistan's fell to 19% from 29%", "Japan's rate edged up to 25%")
    r"(?:fell|falls|dropped|drops|rose|rises|climbed|climbs|jumped|edged\s+(?:up|down)|went\s+(?:up|down)|"
    r"(?:came|comes)\s+down|(?:was|is|has\s+been)\s+(?:cut|lowered|raised|reduced|increased|lifted|doubled|halved|tripled|hiked))\s+to|"
    # ("while India had been handed 25pc")
    r"(?:(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:also|each|both|all)\s+){0,2}"
    r"(?:charged|handed|given|assigned|hit\s+with|slapped\s+with|told\s+to\s+expect|"
    r"(?:set|placed|pegged|fixed|listed)\s+at|placed\s+in\s+the)|"
    # ("Laos and Myanmar drew the stiffest rate, at 40%", "... received the highest rate, 40%")
    r"(?:drew|drawing|received|got|faces|face|faced)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:rate|levy|tariff|duty)(?:\s+of|,?\s+at|,)|"
    r"with|at|(?:is|are|was|were|stands?|stood)\s+at|will\s+pay|pays|paid|:|-|–|—)\s+(?:a|an|the)?\s*"
    # ("Singapore has been charged the baseline 10 per cent tariff")
    r"(?:(?:baseline|new|reduced|lower|higher|flat|same|additional|extra|further)\s+)?)?"
    # ("Lesotho (50 percent), Cambodia (49 percent)": each rate in brackets after its country)
    r"|\s*\(\s*"
)
# What someone pays: "Zhejiang Huaxin will pay 14.3%", "taxed at 25%".
PAYS = (
    r"\b(?:will\s+pay|pays?|paying|faces?|charged|charges?|levied\s+at|taxed\s+at|subject\s+to|capped\s+at)\s+"
    r"(?:(?:no\s+more\s+than|at\s+most|up\s+to|a\s+maximum\s+of)\s+)?"
    r"(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
)
PAYS_RATE = re.compile(PAYS + r"\d", re.I)
PAYS_BEFORE = re.compile(PAYS + r"$", re.I)
# "Several other countries will pay more:", "The new rates are:" over a list of countries' rates
PAYS_BEFORE_LIST = re.compile(
    r"\b(?:(?:will|would|now)\s+(?:pay|face)|(?:rates|levies|tariffs|duties)\s+(?:are|include))\b",
    re.I,
)
ASIDE = re.compile(
    r",\s+(?:(?:both|all|each|neither|none|one|some|many|most|several)\s+of\s+)?"
    r"(?:who|whom|whose|which|where)\b[^,]*,"
)  # (", both of which sealed deals with Washington,")
ALONGSIDE = re.compile(
    r"\b(?:alongside|along\s+with|together\s+with|joining|as\s+do|as\s+does)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)*\s*(?:,|\band\b)\s*(?:the\s+)?)*$",
    re.I,
)
LIKE_ASIDE = re.compile(r",\s+(?:like|unlike|as\s+with)\s+[^,;%]{2,40},")
# Words that stand between a rate and its tariff noun: "25% additional retaliatory tariff".
TARIFF_NP_WORD = (
    r"(?:additional|extra|new|fresh|further|more|higher|lower|steep(?:er)?|hefty|flat|blanket|sweeping|"
    r"staggering|whopping|punitive|reciprocal|retaliatory|anti-dumping|countervailing|safeguard|provisional|"
    r"definitive|temporary|special|global|universal|across-the-board|tit-for-tat|import|export|customs|"
    r"baseline|minimum|maximum|average|effective|overall|combined|total|security|sectoral|"
    r"[“\"‘'][\w-]+[”\"’']?|(?-i:[A-Z][\w.’'-]*)|"
    r"(?-i:[a-z][\w-]*(?:al|ive|ary|ory|ic|ian|ese|ish))|"
    # "fentanyl-related", "oil-linked", "Section 232-based", "so-called"
    r"[\w]+-(?:related|linked|based|specific|wide|style|focused|called|security))"
)
# "... to 30% from 145% and China's tariffs on US goods to 10%": another side's measure
_OTHER_OWNER = (
    r"\sand\s+(?:the\s+)?(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?(?:’s|'s)\s+(?:own\s+|[\w-]+\s+)?"
    r"(?:tariffs?|duties|duty|levies|levy|rates?)\b"
)
# A measure told as done: "China imposed a 100% tariff ... from March 20"
PAST_ACT = re.compile(
    r"\b(?:(?<!be\s)(?<!been\s)(?:imposed|introduced|levied|slapped)|"
    # ("In August it extended the 50% levy to 400 more products, with effect from August 18")
    r"(?<!be\s)(?<!been\s)(?<!to\s)(?:extended|expanded|broadened|widened)\s+(?:the|its|their|a|an)\b|"
    r"(?:has|have|had)\b[^.;]{0,60}?\bimposing)\b",
    re.I,
)
# Verbs that tell a rate as put in place, said of the rate itself (not "added that ...")
PUT_IN_PLACE = re.compile(
    r"\b(?:(?<!be\s)(?<!been\s)(?:imposed|introduced|levied|slapped|placed|added)(?!\s+that\b|,)"
    # ("The same proclamation put a 25 per cent tariff on cabinets, also from Oct. 14")
    r"|(?<!to\s)(?<!will\s)(?<!would\s)(?<!could\s)(?<!might\s)(?<!may\s)(?<!should\s)put\s+an?\s+\d+"
    r"|(?:has|have|had)\s+paid)\b",
    re.I,
)
# A change told as done: with a calendar day ("The agreement cut the tariff on British cars to
# 10% ... with effect from 30 June", told in September), that June, not the next (a weekday,
# "raised the tariff to 35%, effective Friday", may still be ahead)
PAST_CHANGE = re.compile(
    r"(?<!to\s)(?<!will\s)(?<!be\s)(?<!would\s)(?<!could\s)(?<!should\s)(?<!may\s)(?<!might\s)(?<!shall\s)"
    r"\b(?:cut|raised|lowered|reduced|slashed|doubled|halved|rose|fell|jumped|climbed|faced|"
    # ("Switzerland was hit with 39 per cent from August 7", told in December)
    r"(?:was|were)\s+hit|"
    # ("The 46 per cent rate was scheduled to apply from April 9", told in July)
    r"(?:was|were|had\s+been)\s+(?:scheduled|due|set|slated)\s+to)\b",
    re.I,
)
# "From April 5, exporters in both countries were charged the 10 per cent baseline": a day
# fronted before what was paid from it
PAID_AFTER_DAY = re.compile(
    r",\s+(?:(?:[^.;%,]|(?<=[A-Z])\.){0,60}?\s)?(?:(?:were|was|had\s+been)\s+(?:\w+\s+)?(?:charged|taxed|hit|subject)|"
    r"paid|faced|(?:have|has)\s+(?:been\s+)?(?:paid|charged|faced)"
    # ("From August 7, the rate on goods from Taiwan has been 20%": a rate already in force)
    r"|(?:have|has)\s+been\s+(?=\d)"
    # ("From March 31, the duty on certain passenger cars fell to 32%": a change told as done)
    r"|fell|rose|dropped|climbed|(?:was|were)\s+(?:\w+\s+)?(?:cut|lowered|raised|halved|doubled|"
    r"reduced|increased))\b"
)
# "the 10% baseline tariff Brazil had faced since April", "the 10 percent baseline tariff
# Washington has applied to Brazil": a baseline said of one country is that country's rate
BASELINE_PAID_BY = re.compile(
    r"\s*(?:%|per[\s-]*cent|percent|pc)?\s+(?:[“\"]?baseline[”\"]?\s+)(?:rate|tariff|duty|levy)\s+"
    r"(?:(?:that|which)\s+)?(?:(?:Washington|the\s+U\.?S\.?|the\s+United\s+States|it|he)\s+"
    # ("the 10 per cent baseline tariff that the United States imposed on British goods")
    r"(?:(?:has|had)\s+)?(?:applied|charged|imposed|levied)\s+(?:to|on)\s+(?:the\s+)?[A-Z]\w+"
    r"|(?:the\s+)?[A-Z]\w+(?:\s+[A-Z]\w+)?\s+(?:has|had|have)\s+(?:faced|paid|been\s+paying|"
    r"been\s+subject\s+to)\b"
    # ("the 10 per cent baseline tariff that has applied to almost all Australian goods", "the
    # 10% baseline levy that has been charged on Swiss imports since April")
    # ("the 10 per cent baseline rate that applies to Brazilian exports")
    r"|(?:(?:has|have|had)\s+(?:applied\s+to|been\s+(?:charged|levied|collected|imposed)\s+on)"
    r"|(?:that|which)\s+(?:applies|applied)\s+to"
    # ("the 10 per cent baseline tariff applied to Australian goods since April 5")
    r"|(?:applied|charged|levied|imposed)\s+(?:to|on))\s+"
    r"(?:(?:almost|nearly|virtually)\s+)?(?:all\s+|most\s+)?(?!US\b|American\b)[A-Z]\w+\s+(?:goods|imports|exports|"
    r"products|shipments)\b)"
)
# "From that day, steel will pay 50%", "That was the day Trump imposed 25% on Canadian goods":
# the last day the sentence before named
PAST_FACED = re.compile(
    r"\b(?:faced|paid|were\s+(?:charged|taxed|hit)|was\s+(?:charged|taxed)|took\s+effect|applied|"
    r"(?:came|entered)\s+into\s+(?:force|effect)|kicked\s+in)\b"
)
SAME_DAY_OPENING = re.compile(
    r"\W*(?:(?:From|As\s+of|Starting)\s+(?:that|this)"
    r"|(?:That|This|It)\s+(?:is|(?P<was>was))\s+(?:also\s+)?the(?:\s+same)?)\s+(?:date|day)\b"
    # ("At the same moment Washington doubled the duty on Chinese goods to 20%")
    r"|\W*At\s+the\s+same\s+(?:moment|hour|minute)\b"
)
WHICH = re.compile(r",\s+which(?=\s)")
SUBJECT_ANSWERS = re.compile(
    r"\s+(?:(?:also|quickly|swiftly|immediately|promptly|then)\s+)?(?:responded|retaliated|"
    r"hit\s+back|struck\s+back|answered|countered|fired\s+back)\b",
    re.I,
)
BODY_SAID = re.compile(
    r"(?:’s|'s)?\s+(?:(?-i:[A-Z])[\w&-]*\s+){0,3}(?:Department|Ministry|Office|Administration|"
    r"government|Commission)\s+(?:said|announced|confirmed|stated)\b",
    re.I,
)
NO_DEAL_WITH = re.compile(
    r"\b(?:countries|nations|partners)\s+(?:that|which)\s+(?:have|had|has)\s+(?:not|yet\s+to)\s+"
    r"(?:\w+\s+){0,2}?(?:reached|reach|struck|strike|signed|sign|secured|concluded|made)\s+"
    r"(?:a|an|any)\s+(?:trade\s+)?(?:deal|agreement|accord)\s+with\s+(?:the\s+)?$",
    re.I,
)
APPLIED_LIST = re.compile(
    r"\W*(?:Since\s+(?P<since>[^,]{3,30}(?:,\s+\d{4})?),\s+)?(?P<who>(?-i:[A-Z])[\w.’' -]{1,30}?)\s+(?:has|have)\s+"
    r"(?:applied|imposed|levied|charged|been\s+charging|been\s+applying)\s*:\s*$"
)
PERSON_SAID = re.compile(
    r"\s+(?:said|announced|confirmed|declared)\b"
    # ("President Donald Trump signed two proclamations late on Monday that apply a 25% tariff")
    r"|\s+(?:(?:late\s+)?on\s+\w+\s+)?(?:signed|issued)\s+(?:an?\s+|the\s+|two\s+|three\s+|new\s+)?"
    r"(?:[\w-]+\s+)?(?:executive\s+)?(?:orders?|proclamations?|decrees?)\b",
    re.I,
)
# "American whiskey would face a 50% rate": a country's goods and the rate they will pay
GOODS_WILL_FACE = re.compile(
    # (goods, not buyers: not "American consumers would pay a 20% premium")
    r"(?!\s+(?:consumers|shoppers|households|buyers|families|companies|firms|importers|workers)\b)"
    r"(?:\s+[a-z][\w-]*){1,3}\s+(?:would|will)\s+(?:face|pay|be\s+charged|be\s+taxed\s+at)\s+"
    r"(?:a|an)\s+\d[\d.]*\s*(?:%|per[\s-]*cent|percent)\s+(?:[\w-]+\s+)?(?:rate|tariff|duty|levy)\b"
)
# "New Zealand's closest trading partner": what another country is to this one
DESCRIBES_ANOTHER = re.compile(
    r"(?:’s|'s)?\s*(?:(?:closest|biggest|largest|main|key|chief|nearest|fellow|old|top|"
    r"second-largest|third-largest|major|direct)\s+)*(?:trading\s+partner|partner|neighbou?r|"
    r"ally|rival|competitor|customer|market|supplier)s?\b"
)
# "Trump has also promised ...", "Carney has said": a leader announcing a measure of their own
LEADER_SAID = re.compile(
    r"\s+(?:(?:has|had)\s+(?:also\s+)?(?:said|promised|threatened|vowed|pledged)"
    r"|(?:also\s+)?(?:promised|threatened|vowed|pledged))\b"
    # ("... with US President Donald Trump, who has threatened a 30% tariff on European goods")
    r"|,\s+who\s+(?:(?:has|had)\s+)?(?:also\s+|already\s+)?(?:threatened|imposed|announced|"
    r"slapped|proposed|ordered|raised|doubled)\b"
)
# ... what stands between those words and the rate: the thing said, or a second saying
SAID_RATE_GAP = re.compile(
    r"[^,;]{0,60}?|[^,;]{0,80}?,\s+and\s+(?:has|had)\s+(?:also\s+)?(?:said|promised|threatened)\s+"
    r"[^,;]{0,40}?"
)
# ... and a title and name after a country: "US President Donald Trump"
TITLED_NAME_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w.’'-]*){2,6}")
COUNTRY_MEASURE = re.compile(
    r"\s+(?:(?:first|second|third|latest|new|earlier|initial|own)\s+)*(?:round\s+of\s+)?"
    r"(?:countermeasures|counter-tariffs|retaliation|retaliatory\s+(?:tariffs|duties|measures))\b"
    r"(?:[^.;%]|\.(?=\s*\d)){0,80}\b(?:impos\w*|levied|set|slapped)\b[^.;%]{0,30}$",
    re.I,
)
ON_TOP_OF_BASELINE = re.compile(
    r"\b(?:on\s+top\s+of|in\s+addition\s+to|above|beyond)\s+(?:the|a|an|its|their)\s+"
    r"(?:existing\s+|current\s+)?(?:baseline|universal|blanket)\b",
    re.I,
)
# "Trump's order had set 25%": a leader's own measure, before its rate
PERSON_MEASURE = re.compile(
    r"(?:’s|'s)?\s+(?:(?:executive|new|latest|first|earlier)\s+)?(?:order|decree|proclamation|"
    r"administration|government)\b[^.;%]{0,60}$"
)
# "... during a video call on Monday": the day of a call or meeting, not of a rate
CALL_DAY = re.compile(
    r"\b(?:during|at|in)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:call|meeting|talks|summit|visit|conversation)\s+(?:on\s+)?$",
    re.I,
)
# "paused it a week later, leaving EU goods subject to a 10% baseline", "which was suspended,
# leaving a 10% baseline tariff in place": the baseline is what the paused country then paid
LEFT_AT_BASELINE = re.compile(
    r"\b(?:paus\w*|suspend\w*)\b[^.;%]{0,80}?\bleaving\s+(?:in\s+place\s+)?"
    r"(?P<who>(?:[\w.’'-]+\s+){0,3}?)"
    r"(?:(?:subject\s+to|on|at|facing|with|paying)\s+)?(?:a|an|the|only\s+(?:a|the))\s+$",
    re.I,
)
# "Japan negotiated a 15% rate", "Vietnam settled at 20%": the rate a deal left a country with
DEAL_RATE = re.compile(
    r"\b(?:negotiated|secured|clinched|(?:settled|landed)\s+at)\s+(?:a\s+|an\s+)?\d", re.I
)
# "China, Mexico's second-largest source of imports": the country whose partner it is
OWNERS_PARTNER = re.compile(
    r"(?:’s|'s)?\s+(?:(?:second|third|fourth|fifth)-)?(?:largest|biggest|main|top|leading|chief|"
    r"key|major)\s+(?:[\w-]+\s+)?(?:source|supplier|market|partner|customer|buyer|rival|"
    r"competitor|ally)s?\b"
)
# "India's rate doubled to 50%", "Vietnam's reciprocal rate was cut to 20%": the rate a country
# pays (not "China's own rate", nor "China's rate on U.S. goods", its own levy)
RATE_OF_CHANGED = re.compile(
    r"(?:’s|'s)?\s+(?:(?:reciprocal|country|headline|tariff|overall|new|assigned)\s+)?rate\s+"
    r"(?:(?:also|now|likewise)\s+)?"
    # ("Canada's rate on goods outside the trade pact is to rise to 35%": a rate Canada pays)
    r"(?:on\s+(?:its\s+|most\s+|all\s+)?(?:goods|exports|products)\s+(?:outside|not\s+covered\s+by|"
    r"that\s+(?:do|does)\s+not)\b[^.;,%]{0,60}?\s+)?"
    r"(?:(?:(?:has|had)\s+)?(?:doubled|tripled|rose|rises|risen|climbed|jumped|fell|falls|fallen|"
    r"dropped|(?:was|is|has\s+been|had\s+been|will\s+be)\s+(?:cut|raised|lowered|reduced|doubled|"
    r"increased|set)|(?:will|would|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+(?:rise|fall|drop|double|"
    r"climb|go\s+up|come\s+down)"
    # ("Thailand's rate stays at 36%")
    r"|stays|stayed|remains|remained|stands|stood|(?:will|would)\s+(?:stay|remain|stand))\s+"
    r"(?:to|by|at)\b"
    # ("while Pakistan's rate is 19%")
    r"|(?:is|was|will\s+be)\s+(?=(?:about\s+|just\s+|only\s+)?\d))"
)
# "Malaysia's rate also falls to 19%": a country's rate told changed, with the new figure
COUNTRY_RATE_CHANGED = re.compile(
    r"\b(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)" + RATE_OF_CHANGED.pattern + r"\s*\d"
)
# ... and written straight before the rate: "Thailand's rate stays at " (36%)
OWNER_RATE_CHANGED_BEFORE = re.compile(
    r"\b(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)" + RATE_OF_CHANGED.pattern + r"\s+$"
)
# "..., retaliating against Washington's 25% tariff": the measure answered, not the answer
PROVOKED_BY = re.compile(
    r"\b(?:retaliat\w+\s+(?:against|for)|in\s+(?:response|retaliation)\s+(?:to|for)|"
    r"answering|responding\s+to)\b",
    re.I,
)
# "On Thursday the administration's country-by-country tariff schedule took effect": a day
# fronted before the measure it dates
MEASURE_TOOK_EFFECT = re.compile(
    r",?\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:tariffs?|duties|levies|rates|schedule|order)\s+"
    r"(?:(?:has|have|had)\s+)?(?:took|taken|came|come|went|gone|kicked)\s+(?:effect|into\s+(?:force|effect)|in)\b",
    re.I,
)
# "Turkey will impose additional import duties on ... American goods from April 1": a coming
# measure told before any rate of the sentence
MEASURE_AHEAD = re.compile(
    r"[^;%]{0,80}?\b(?:will|is\s+to|plans\s+to|is\s+set\s+to)\s+(?:impose|introduce|"
    r"levy|slap)\s+(?:[\w-]+\s+){0,3}?(?:tariffs|duties|levies|surcharges)\s+on\b[^;%]*$",
    re.I,
)
BASELINE_ONLY = re.compile(
    r"\s*(?:%|per[\s-]*cent|percent|pc)?\s+[“\"]?baseline[”\"]?(?:\s+(?:tariff|rate|duty|levy))?"
    r"(?:\s+in\s+place)?\s*(?:[.;]|,\s+(?:while|as|pending)\b|\s+(?:while|as|pending)\b|$)",
    re.I,
)
# "Kenyan goods have faced a 10% baseline tariff since April 5", "Uzbekistan is subject only to
# the 10 percent baseline rate": the baseline said of the one country paying it, with no word
# for every partner (not "... the baseline that applies to almost all trading partners")
BASELINE_WORD_AFTER = re.compile(
    r"\s*(?:%|per[\s-]*cent|percent|pc)?\s+(?:(?:U\.?S\.?|US|American|minimum)\s+)?[“\"]?baseline\b",
    re.I,
)
PAYS_THE_BASELINE = re.compile(
    r"(?:’s|'s)?(?:\s+(?!(?:have|has|had|since|instead|been)\b)(?-i:[a-z][\w-]*)){0,3}?"
    r"(?:\s+(?:goods|exports|exporters|products|shipments|shippers|producers|manufacturers|sellers))?"
    r"(?:\s+to\s+the\s+(?:U\.?S\.?|United\s+States|US))?(?:,[^,;]{0,60},)?"
    # (not "have since faced" or "instead faced" after the country's own rate was paused: the
    # golds split on those, and read them as every partner's more often)
    r"(?:\s+(?:have|has|had|will|would|also|now|still|only|otherwise|currently|"
    r"already|been|continue\s+to|continues\s+to|continued\s+to|so\s+far|in\s+general|generally))*"
    r"\s+(?:face|faces|faced|facing|pay|pays|paid|paying|(?:is|are|was|were|be|been)\s+subject\s+"
    r"(?:only\s+)?to|remain(?:s|ed)?\s+subject\s+to)(?:\s+only)?\s+(?:the|a|an)\s+$",
    re.I,
)
EVERY_PARTNER_WORDS = re.compile(
    r"\b(?:all|every|most|other|any)\s+(?:[\w.-]+\s+){0,3}?(?:countries|country|nations|partners?|"
    r"imports|suppliers|origins|sources|economies|exporters)\b"
    r"|\b(?:everyone|everybody)\s+else\b|\bthe\s+world\b|\bglobal\b|\buniversal\b",
    re.I,
)
# "Washington's decision earlier this month to raise tariffs on ... to 35 per cent": the act
# of the possessor, told after "in response to"
OWN_ACT_TO = re.compile(
    r"(?P<of>’s|'s)?\s+(?:(?:[\w-]+\s+){0,2}?)(?:decision|move|plan|order|bid|threat|step|push)\s+"
    r"(?:[^.;,%]{0,40}?\s)?to\s+(?:" + IMPOSE_VERB.pattern + r")[^.;%]{0,80}?\b(?:to|of|at)\s+$",
    re.I | re.X,
)
GOODS_FACE = re.compile(
    r"\W*(?P<what>(?-i:[A-Z])(?:(?!\b(?:will|would|could|may|might|to)\b)[^,;.:%]){2,80}?)\s+"
    r"(?:face|faces)\s+(?:a|an)\s+",
    re.I,
)
RAISED_BY_POINTS = re.compile(
    r"\b(?:rais\w*|increas\w*|lift\w*|hik\w*)\s+(?:its\s+|their\s+|the\s+)?(?:tariffs?|duties|levies)\s+"
    r"on\b(?:[^.;%]|(?<=[A-Z])\.){0,60}?\bby\s+(?:\d+(?:\.\d+)?\s+percentage\s+points?\s+and\s+on\b"
    r"(?:[^.;%]|(?<=[A-Z])\.){0,40}?\bby\s+)?$",
    re.I,
)
# One clause's words: no sentence end, no comma but one opening a relative clause ("the fee,
# which Customs charges at"), full stops only after capitals ("U.S.")
IN_CLAUSE = r"(?:[^.;%,]|,(?=\s+(?:which|that|who)\b)|(?<=(?-i:[A-Z]))\.)"
# "Peru's regional rivals", "Pakistan's competitors", "puts the Philippines on par with
# Indonesia": a country others are compared with, never the one imposing
# "on par with", "on an equal footing with": a peer named next
_ON_PAR = r"on\s+(?:a\s+)?par|level|in\s+line|on\s+(?:an?\s+)?(?:equal|even)\s+footing"
PEER_OF = re.compile(
    r"(?:(?<=['’]s)|\s*['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:rivals|competitors|neighbou?rs|peers)\b"
    r"|\s+(?:" + _ON_PAR + r")\s+with\b",
    re.I,
)
# "Indonesia, whose rate Trump set at 19%": the rate the country pays (not "whose tariff on")
WHOSE_RATE = re.compile(
    r",\s+whose\s+(?:[\w-]+\s+)?(?:rate|tariff|duty|levy)\b(?![^,;]{0,40}\bon\b)"
)
# A rate straight before the country that owns it: "a 15% US tariff"
RATE_OWNER_AFTER = re.compile(r"\d\s*(?:%|per[\s-]*cent|percent|pc)\s+$", re.I)
# "US tariff", "Washington's 25 per cent duty": a country named as a tariff's owner
OWNED_TARIFF = re.compile(
    r"(?:’s|'s)?\s+(?:[\w.%-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?)\b", re.I
)
# "the International Trade Administration Commission (Itac) has imposed": a body's short name
BODY_GAP = re.compile(
    r"(?:\s*\([^)]{1,20}\))?\s*(?:has\s+|had\s+)?"
    # ("(ITAC) has recommended raising the general customs duty on chicken to 42 per cent")
    r"(?:(?:recommended|recommends|decided\s+to|decides\s+to|voted\s+to|votes\s+to)\s+)?"
)
ENTERS_AT = re.compile(
    r"(?:’s|'s)?\s+(?:(?-i:[a-z-]+)\s+){0,2}?(?:enters?|entered|entering)\s+(?:the\s+)?"
    r"(?:[\w.]+\s+){1,3}?at\s+(?:a\s+|an\s+)?(?:\d|zero\b)",
    re.I,
)
# ", whose exports face", ", which pays": a relative clause saying the country pays
RELATIVE_PAYS = re.compile(r"\s*,\s+" + _RELATIVE_PAYER)
OWN_GOODS_PAY = re.compile(
    r"(?:’s|'s)?\s+(?:[a-z][\w-]*\s+)?(?:goods|exports|products|shipments|cars|vehicles|steel)\s+"
    r"(?:(?!(?:and|but|while|which|that)\b)[\w-]+\s+){0,5}?"
    r"(?:(?:will|would|still|also|now|keep|continue\s+to|must)\s+)*"
    r"(?:pay|pays|paying|face|faces|facing|(?:are|were|remain|stay)\s+subject\s+to)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?\d"
)
PEER_BEFORE = re.compile(r"\b(?:" + _ON_PAR + r"|compared|comparable)\s+with\s+(?:the\s+)?$", re.I)
BUYERS = re.compile(
    r"\s+(?:importers|buyers|consumers|shoppers|retailers|households|homebuilders|homebuyers)\b"
    r"(?!\s+(?:in|of|from)\b)",
    re.I,
)
# "raising costs for American homebuilders": those who pay more at home
COSTS_FOR = re.compile(
    r"\b(?:rais\w*|push\w*\s+up|add\w*\s+to|increas\w*|lift\w*)\s+(?:the\s+)?(?:costs?|prices?)\s+"
    r"for\s+(?:many\s+)?$",
    re.I,
)
# those who sell a country's goods abroad: "Swiss exporters"
_SELLER_WORDS = (
    r"exporters|producers|manufacturers|makers|firms|companies|businesses|farmers|growers|"
    r"shippers|suppliers"
)
SELLERS = re.compile(r"\s+(?:[a-z-]+\s+)?(?:" + _SELLER_WORDS + r")\b")
# "New Zealand exporters", "exporters in Wellington": people a rate touches, not a side of it
# (those who sell, and those who buy or work)
_BUSINESS_WORDS = (
    _SELLER_WORDS + r"|importers|industry|industries|traders|retailers|consumers|workers"
)
BUSINESS_AFTER = re.compile(r"(?:’s|'s)?\s+(?:[a-z-]+\s+)?(?:" + _BUSINESS_WORDS + r")\b")
BUSINESS_BEFORE = re.compile(r"\b(?:" + _BUSINESS_WORDS + r")\s+(?:in|from|across)\s+(?:the\s+)?$")
COMPARED_WITH = re.compile(
    r"\b(?:above|below|than|compared\s+(?:with|to)|versus|against|higher|lower)\b", re.I
)
FRONTED_DAY = re.compile(
    r",?\s+(?:an?|the)\s+(?:[\w“”\"-]+\s+){0,3}?\d[\d.]*\s*(?:%|per[\s-]*cent|percent|pc)\s+"
    r"(?:[\w“”\"-]+\s+){0,5}?(?:(?P<past>took|came|went|kicked)|takes|comes|goes|kicks|will\s+take)\s+"
    r"(?:effect|into\s+(?:force|effect)|in)\b"
    # (not when the verb names its own day: "Announced on April 2, the 34% tariff took effect
    # on April 9")
    r"(?!\s+(?:on|from|at)\s)",
    re.I,
)
# "On Jan. 1 it became something else. New tariffs of 50% took effect that day": the day just told
THAT_DAY_AFTER = re.compile(
    r"\b(?:took|came|went|kicked)\s+(?:effect|into\s+(?:force|effect)|in)\s+(?:on\s+)?"
    r"that\s+(?:day|date)\b",
    re.I,
)
# "On May 14, after the truce, the rate was cut to 54%": a change told after the day it opens on
FRONTED_CHANGE = re.compile(
    r",\s+(?:(?:after|following|as|when)\b[^.;%]{0,100}?,\s+)?(?:[^.;%,]{0,60}?\s)?"
    r"(?:(?:was|were|had\s+been)\s+)?(?:cut|lowered|reduced|raised|increased|doubled|halved|"
    r"slashed|trimmed|lifted|hiked)\s+(?:[^.;%,]{0,60}?\s)?(?:to|at)\s+",
    re.I,
)
# A measure told in the present tense as starting: "a 40% duty takes effect on Wednesday"
STARTS_NOW = re.compile(r"\b(?:takes|comes|kicks|goes)\s+(?:effect|into|in)\b", re.I)
# A measure told in the past tense: its day, months back, is not next year's
PAST_TOLD = re.compile(
    r"\b(?:announced|unveiled|issued|approved|adopted|enacted|formali[sz]ed|signed|ordered|decreed|imposed|introduced|responded|retaliated|answered|matched|agreed|"
    # ("were already reeling from Trump's decision to double tariffs to 50%, effective June 4")
    r"decided|decision|doubled|raised|hiked|slapped|waived|suspended|scrapped|exempted)\b",
    re.I,
)
PAST_ACT_AFTER = re.compile(
    r",?\s+(?:[\w.’'-]+\s+){0,3}?(?:cut|raised|lowered|reduced|slashed|lifted|hiked|imposed)\s+"
    # ("A decree effective from March 31 cut import tariffs on cars")
    r"(?:its|their|the|import\s+(?:tariffs|duties|levies|rates))\b",
    re.I,
)
RAISED_ITS_OWN = re.compile(
    r"\b(?:raised|raising|lifted|lifting|increased|increasing|hiked|hiking|took|taking|cut|"
    r"cutting|lowered|lowering|reduced|reducing)\s+(?:its|(?-i:the\s+U\.S\.|the\s+US|the\s+American))\s+"
    r"(?:own\s+)?(?:[\w“”\"-]+\s+)?(?:rate|tariffs?|duty|duties|levy|levies)\b"
    # ("Trump raised the U.S. rate again, to 125%": the side's own rate, on whom it was)
    # ("Britain operates its own steel safeguard, which also applies a 25% tariff")
    r"|\b(?:operates|operated|runs|ran|maintains|maintained)\s+its\s+own\s+(?:[\w-]+\s+){0,2}?"
    r"(?:safeguards?|tariffs?|duty|duties|levy|levies|quotas?)\b",
    re.I,
)
# After the country whose rate is changed: "'s reciprocal rate again, to"
RATE_CHANGED_FOR = re.compile(
    r"(?:’s|'s)?(?P<rest>\s+(?:(?:reciprocal|country|tariff|overall|combined)\s+)?rate\s+"
    r"(?P<between>(?:again|further|sharply)\s*,?\s+|,\s+)?(?:from|to)\b)"
)
FACED_SINCE = re.compile(
    r"\s*(?:%|per[\s-]*cent|percent)?\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:have|has|had)\s+(?:been\s+)?(?:faced|paid|applied|charged)\b[^.;]{0,40}?\bsince\b",
    re.I,
)
# What may stand before the country a sentence is about: "Meanwhile, neighbouring Lesotho"
SENTENCE_OPENING = re.compile(
    r"\W*(?:(?:Meanwhile|However|Elsewhere|Separately|By\s+contrast|In\s+contrast|Similarly|Likewise)"
    r",?\s+)?(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|tiny|landlocked)\s+)?",
    re.I,
)
# Capitalised words after "since" that name a time, not a side that acted
_NOT_ACTOR = MONTH_NAME + "|" + WEEKDAY_NAME + r"|Liberation\s+Day|Christmas|Easter"
CLAUSE_CUT = re.compile(
    r"\s(?:if|as|after|because|while|when|unless|although|though)\s|;|,\s+(?:as|while|but|which|who)\b"
    r"|,\s+with\s+(?=[^.;%]{0,60}?\b(?:facing|getting|paying)\b)"
    # ("The 19% U.S. rate on Malaysian goods stays, with some carve-outs for products not
    # produced in the United States": the exceptions' goods, not the rate's)
    r"|,\s+with\s+(?:some\s+|a\s+few\s+|limited\s+|several\s+)?(?:carve-?outs|exemptions|exceptions)\b"
    # ("... the 25 per cent tariff on the country's goods, offering wider access for American
    # farm products": what the subject gives in return, another clause)
    r"|,\s+(?:offering|promising|pledging|proposing)\s"
    # ("..., widening a trade dispute that began with Ottawa's curbs on Chinese-made electric
    # vehicles": what the move does to the quarrel, with the other side's own act)
    r"|,\s+(?:widening|deepening|escalating|intensifying|extending|reigniting|inflaming)\s+"
    r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:dispute|row|spat|feud|war|conflict|standoff|"
    r"quarrel|rift|fight)\b"
    # ("..., hitting back within hours of a fresh U.S. tariff increase on Chinese imports": what
    # it answers, the other side's act)
    r"|,\s+(?:hitting|striking|firing)\s+back\b|,\s+(?:retaliating|responding)\s+(?:to|against|for)\b"
    # ("..., its sharpest response yet since Washington raised duties on Canadian goods": the
    # other side's act, not a day)
    r"|\ssince\s+(?!(?-i:"
    + _NOT_ACTOR
    + r")(?!\w))(?=(?:the\s+)?(?-i:[A-Z]))|"
    + _OTHER_OWNER
    # ("... on Chinese goods to 10 per cent and China will scrap retaliatory duties on American
    # farm products": the other side's own act, another clause)
    + r"|,?\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2}\s+"
    r"(?:(?:will|would|is\s+to|plans\s+to|agreed\s+to)\s+(?:also\s+|in\s+turn\s+)?(?:impose|scrap|remove|"
    r"lift|drop|cut|lower|raise|suspend|pause|levy|slap|end|halve|double|reduce|waive)"
    # ("the US lowered its tariffs on Chinese goods to 30 per cent and China cut its
    # retaliatory duties on American products to 10 per cent")
    r"|(?:also\s+|in\s+turn\s+)?(?:imposed|scrapped|removed|lifted|dropped|cut|lowered|raised|"
    r"suspended|paused|levied|slapped|ended|halved|doubled|reduced|waived|hiked|slashed))\s+"
    # (acting on something: not "tariffs on Canada and Mexico will end on Friday")
    r"(?=(?:its|their|the|a|an|all|most|some|retaliatory|counter[\w-]*|tariffs|duties|levies|\d)\b)",
    re.I,
)
TURN_OR_RATHER = re.compile(CLAUSE_TURN.pattern + r"|,?\s+rather\s+than\b", re.I)
# "rather than the 50% level": another rate side by side, not the earlier one
ALTERNATIVE = re.compile(
    r"\b(?:rather\s+than|instead\s+of|compared\s+(?:with|to))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    re.I,
)
BASELINE_WORD = dict(KIND_WORDS)["baseline"]
# Words in a scope that say nothing about which goods: "most of their goods"
PLAIN_WORDS = frozenset(
    "goods products imports exports items most many certain other their from with some "
    "covered list worth billion million range number".split()
)
ASSIGNED_RATE = re.compile(
    r"\b(?:assigned|given|handed|set|hit\s+with|facing|faces?|announced|proposed|threatened)\s+(?:each\s+)?(?:a\s+|the\s+)?(?:[\w-]+\s+)?rate\s+of\s+\d"
    # ("Israel, which was assigned a 17 per cent rate on April 2")
    r"|\b(?:assigned|given|handed|hit\s+with|announced|set|proposed|threatened|imposed)\s+(?:each\s+)?"
    r"(?:a\s+|an\s+)?\d+(?:\.\d+)?\s*(?:%|per[\s-]*cent|percent)\s+(?:[\w\"“”-]+\s+)?rate\b"
    # ("Japan and South Korea both secured 15% rates in agreements": countries as the subject)
    r"|^\W*(?-i:(?:[A-Z][\w.-]*\s+)+)(?:and\s+(?-i:(?:[A-Z][\w.-]*\s+)+))?(?:both\s+|each\s+|also\s+|"
    r"have\s+|has\s+)*(?:secured|won|obtained|clinched|landed|negotiated|got)\s+(?:a\s+|the\s+)?"
    r"(?:lower\s+)?\d+(?:\.\d+)?\s*(?:%|per[\s-]*cent|percent)\s+(?:[\w-]+\s+)?rates?\b",
    re.I,
)
# A rate's unit straight after its figure, as the rules below write it ("19-percent", "25 per cent")
RATE_UNIT = r"(?:\s*%|[\s-]*(?:per[\s-]*cent|percent|pct))"
THE_RATE_AGAIN = re.compile(
    r"^\W*The\s+\d+(?:\.\d+)?" + RATE_UNIT + r"\s+(?:[\w-]+\s+)?(?:rate|tariff|duty|levy)\b",
    re.I,
)
# Right after a rate: "10% over the same period" as the rate told before it
SAME_PERIOD = re.compile(
    RATE_UNIT
    + r"?\s+(?:over|for|during|in)\s+the\s+same\s+(?:period|timeframe|time\s+frame|window)\b",
    re.I,
)
# Hearsay right before a rate, its last link word with no clause between: a report, rumour or
# talk of it ("A rumour that spread on social media, claiming Beijing was preparing a 200%
# tariff"; not "Amid talk of a trade deal, Trump cut the tariff to 15%")
HEARSAY = re.compile(
    r"\b(?P<noun>reports?|rumou?rs?|talk|speculation|chatter)\b(?:[^.;]|(?<=[A-Z])\.){0,120}?"
    r"\b(?:that|of|claiming)\s+(?:[^.;,]|(?<=[A-Z])\.)*$"
    r"|\breported\b[^.;]{0,40}?,\s+citing\s+(?P<unnamed>unnamed|anonymous)\b[^.;]{0,60}?\bthat\s+"
    r"(?:[^.;,]|(?<=[A-Z])\.)*$",
    re.I,
)
# What the hearsay says of the rate: where it would go or what was weighed
HEARD_RATE_LEAD = re.compile(
    r"(?:\bto|\bof\s+(?:a|an)|\b(?:weigh|consider|prepar|plann|mull|float)\w*\s+(?:a|an)|"
    # ("rumours that China could put a 25 per cent tariff on Mexican pork")
    r"\b(?:could|might|may)\s+(?:put|impose|slap|levy|place)\s+(?:a|an)|"
    r"\d" + RATE_UNIT + r"\s+or)\s+(?:(?:about|around|roughly|up\s+to)\s+)?$",
    re.I,
)
# The report itself turned down (not "a move New Delhi rejected", said of the measure)
DENIED = re.compile(
    r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:(?:quickly|swiftly|firmly|flatly|promptly)\s+)?"
    r"(?:dismissed|denied|rejected|rebuffed|played\s+down)\b|\b(?:could\s+not|cannot|can't)\s+be\s+"
    r"(?:independently\s+)?(?:confirmed|verified)\b|\b(?:unconfirmed|premature|baseless|unfounded)\b",
    re.I,
)
# Between a rate and the country it was set for: "30% rate he had set out for "
RATE_NOUN_FOR = re.compile(
    RATE_UNIT + r"?\s*(?:[\w-]+\s+)?(?:rate|tariff|duty|levy)\s+"
    r"(?:(?:he|she|Trump|Washington|it)\s+(?:had\s+|has\s+)?(?:set|announced|proposed|threatened|"
    r"named|assigned)\s+(?:out\s+)?)?(?:for|on)\s+(?:the\s+)?",
    re.I,
)
THE_MEASURE_TO = re.compile(
    r"\b(?:rais|lift|increas|cut|lower|reduc|bring|hik|doubl)\w*\s+the\s+(?P<noun>surcharge|levy|surtax)\s+to\s+$",
    re.I,
)
SAME_DAY_EFFECT = re.compile(
    r"\b(?:(?:only\s+)?(?:hours|minutes)|shortly)\s+after\s+(?:it|they)\s+(?:took|had\s+taken|came\s+into)\b"
    r"|\b(?:had\s+)?(?:taken|took)\s+effect\s+earlier\s+(?:that|the\s+same)\s+day\b",
    re.I,
)
ORDERED_BY = re.compile(
    r"\b(?:ordered|imposed|announced|introduced|signed|approved|decreed|unveiled)\s+by\s+", re.I
)
_TOOK_EFFECT = r"(?:took\s+effect|came\s+into\s+(?:force|effect)|kicked\s+in|went\s+into\s+effect|took\s+hold)\b"
SAME_DAY_CLAUSE = re.compile(
    # (also "Canada and Mexico were hit on Tuesday, as Trump's 25% tariffs ... took effect")
    r"\b(?:(?:(?:only\s+)?(?:hours|minutes)|shortly)\s+after|(?<=,\s)as|(?<=,\s)when)\s+"
    r"(?P<what>[^;]{0,120}?)\s+" + _TOOK_EFFECT,
    re.I,
)
# "Lula said on Thursday, a day after a 40% tariff took effect": the rate's day is counted back
DAYS_AFTER_CLAUSE = re.compile(
    r"\b(?P<n>a|one|two|three)\s+days?\s+after\s+(?P<what>[^;]{0,120}?)\s+" + _TOOK_EFFECT,
    re.I,
)
# "on most of their goods", "to impose on each of them": the goods of the clause's subjects
THEIR_GOODS = re.compile(
    r"^(?:[^,;.]|(?<=[A-Z])\.){0,80}?\bon\s+(?:(?:most|all|many|some)\s+of\s+)?(?:their|each\s+of\s+them|both\s+of\s+them|"
    r"its\s+(?:[\w-]+\s+)?(?:exports|goods|products))\b",
    re.I,
)
# The words of a measure set: "announced a new round of sector tariffs, all to take effect"
MEASURE_TOLD = re.compile(
    r"\b(?:announced|unveiled|imposed|imposes|ordered|signed|set\s+out|proposed|proposes|"
    r"take\s+effect|takes\s+effect|took\s+effect|apply|applies|will\s+(?:face|pay|charge))\b",
    re.I,
)
# A list's line that opens with its rate: "- 100% on branded or patented drugs;"
RATE_ON_ITEM = re.compile(
    r"^\s*[•*·▪◦–-]{1,2}\s*(?:an?\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+"
    r"(?:(?:tariffs?|dut(?:y|ies)|levy|levies)\s+)?(?:on|for)\s+(?:all\s+|imported\s+)?(?-i:[a-z])",
    re.I,
)
# A list item that names goods and their rate: "• Light vehicles: 50%, up from the current 20%"
LABELLED_RATE = re.compile(
    r"^\s*(?:[•*·▪◦–-]{1,2}\s*)?(?P<label>[A-Za-z](?:[^:;.%]|(?<=\d)\.(?=\d)){1,90}?)\s*[:–—-]\s+(?:(?:to|from|up\s+to|down\s+to)\s+)?(?P<rate>)\d",
    re.I,
)
# A rate told as history: "had been hit with a 46% rate", "in the original announcement".
AS_HISTORY = re.compile(
    r"\bhad\s+(?:been\s+)?(?:earlier\s+|already\s+|\w+ly\s+)?(?:hit|set|imposed|faced|assigned|threatened|announced|slapped|"
    r"levied|given|handed|said|told|warned|written)\b|\b(?:original|initial)(?:ly)?\s+(?:\w+\s+)?(?:announce|plan|rate|level)|"
    r"\b(?:already|originally|initially|previously)\b",
    re.I,
)
# "Also unchanged, at 40 per cent": a rate the new measure leaves as it was
UNCHANGED = re.compile(
    r"\b(?:unchanged|no\s+change|left\s+(?:at|where)|continues?\s+to|remains?|remained|still)\b",
    re.I,
)
ON_ALL_LATER = re.compile(
    r"\W*(?:The|This|These|Those)\s+(?:[\w-]+\s+){0,2}?(?:measures?|dut(?:y|ies)|safeguards?|levy|"
    r"levies|tariffs?)\s+(?:will\s+|shall\s+)?appl(?:y|ies)\s+to\s+(?:all\s+)?imports\s+from\s+all\s+"
    r"(?:countries|origins|sources|trading\s+partners)",
    re.I,
)
CAPPED = re.compile(
    r"\b(?:capped\s+at|no\s+more\s+than|a\s+ceiling|a\s+cap\s+of|at\s+most)\b", re.I
)
OFFERED = re.compile(r"\b(?:had\s+)?(?:offered|pledged|promised)\s+to\b", re.I)
# A list item headed by the countries it is about: "Malaysia and Cambodia: Both will see ..."
# A factbox line opened by a country in capitals and its rate: "KENYA, ETHIOPIA - 10%"
CAPS_LABEL = re.compile(
    r"^\s*(?:[•*·▪◦–-]{1,2}\s*)?(?P<label>[A-Z][A-Z'’.&-]*(?:,?\s+[A-Z][A-Z'’.&-]*)*)\s*[:–—-]\s+\d"
)
LABEL_SMALL_WORDS = frozenset({"AND", "OF", "THE"})
COUNTRY_LABEL = re.compile(r"^\s*(?:[•*·▪◦–-]{1,2}\s*)?(?P<label>[A-Z][^:;.%]{1,60}?)\s*:\s+\S")
# "the 20% tariff imposed earlier this year": a rate from before, not the one dated now
ALREADY_IN_PLACE = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?(?:imposed|introduced|levied|announced|in\s+place|already)\s+"
    r"(?:(?:earlier|last|previously|already|since|in\s+(?-i:[A-Z])\w+)\b)",
    re.I,
)
COMPANY_LABEL = re.compile(
    r"\b(?:Co|Ltd|Inc|Corp|Corporation|LLC|Bhd|GmbH|plc|Group|Company|exporters?|producers?|"
    r"manufacturers?|others?)\b",
    re.I,
)
ON_PUBLICATION = re.compile(
    r"\b(?:effective|apply|applies|applicable|take\s+effect|takes\s+effect|in\s+force|with\s+effect)\s+"
    # ("will be in force for five years from the date of publication")
    r"(?:for\s+(?:a\s+period\s+of\s+)?\w+\s+years?\s+)?(?:from|on|as\s+of)\s+"
    r"the\s+(?:date|day)\s+of\s+(?:its\s+|their\s+|the\s+)?(?:publication|notification)\b",
    re.I,
)
AFTER_PUBLICATION = re.compile(
    r"\b(?:take|takes|taking|come|comes|coming|enter|enters|entering|go|goes)\s+(?:effect|into\s+(?:force|effect))\s+"
    r"(?P<n>\d+|[a-z-]+)\s+days\s+(?:after|following|from)\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:date\s+of\s+)?(?:publication|being\s+published|promulgation|signing)\b",
    re.I,
)
# "The new rates take effect a week after the order was signed": counted from the signing
AFTER_SIGNING = re.compile(
    r"\b(?:take|takes|taking|took|come|comes|came|apply|applies|start|starts|begin|begins|kick\s+in|kicks\s+in)\s+"
    r"(?:effect\s+|into\s+(?:force|effect)\s+)?(?P<n>a|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>days?|weeks?)\s+"
    r"after\s+(?:the\s+|its\s+)?(?:(?:executive\s+)?(?:order|decree|proclamation|regulation)\s+(?:was|is|had\s+been)\s+"
    r"(?:signed|issued|promulgated|published)|signing|promulgation)\b",
    re.I,
)
# "the deal struck at Turnberry in Scotland": a country named as where something happened
VENUE_BEFORE = re.compile(
    r"\b(?:struck|signed|sealed|reached|agreed|held|hosted|met|meetings?|talks|summit|deal|"
    r"agreement|framework|visit|trip|conference|forum)\b"
    # (not "a deal that cuts tariffs in India": the goods' country)
    r"(?:(?!\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates?|goods|exports|imports)\b)[^,;.%]){0,40}"
    r"\b(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
# "..., and the same rate applies from Thursday to Norway and Iceland": a rate again, for others
_SAME_RATE_APPLIES = (
    r"\b(?:and|while|but)\s+the\s+same\s+(?:rate|tariff|duty|levy|level)\s+"
    r"(?:now\s+|also\s+)?(?:applies|will\s+apply|would\s+apply|applied|is\s+applied|goes)\b"
)
SAME_RATE_APPLIES = re.compile(_SAME_RATE_APPLIES + r"(?=[^.;%]{0,40}\bto\b)", re.I)
# ... and the countries it goes to
SAME_RATE_TO = re.compile(
    _SAME_RATE_APPLIES + r"[^.;%]{0,40}\bto\s+(?:[^.;%]{0,60}?(?:,|\band\b)\s+)?(?:the\s+)?$",
    re.I,
)
SAME_RATE = re.compile(
    r"\b(?:at|of)\s+the\s+same\s+(?:rate|level)\b"
    # "A third letter, to Anwar, set the same rate for Malaysia"
    r"|\b(?<=set\s)the\s+same\s+(?:rate|level|tariff|duty|levy)\b(?=\s+(?:for|on)\s)",
    re.I,
)
# Between countries listed together as one subject: "A and B", "A, B or the C"
LISTED_WITH = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?")
# Between the countries of a list: "A, B and the C"
LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|&)\s+)?|(?:and|&)\s+)(?:the\s+)?")
REMAIN = re.compile(
    r"\b(?:remain|remains|stay|stays|kept|held|stand|stands)\s+at\s+(?:about\s+)?\d", re.I
)
AGGREGATE = re.compile(
    r"\b(?:effective|average|overall|weighted(?:-average)?|blended|aggregate)\s+(?:[\w.]+\s+){0,2}?"
    r"(?:tariff|duty|import\s+tax)\s+(?:rate|level|burden)s?\b(?:[^.;%]|\.(?=\S)|(?<=[A-Z])\.){0,70}$",
    re.I,
)
# ... and the figure it is compared with, further on
AGGREGATE_BEFORE = re.compile(
    r"\b(?:effective|average|overall|weighted(?:-average)?|blended|aggregate)\s+(?:[\w.]+\s+){0,2}?"
    r"(?:tariff|duty|import\s+tax)\s+(?:rate|level|burden)s?\b(?:[^.;]|\.(?=\S)){0,200}?"
    r"\b(?:up|down|rising|falling|climbing)\s+from\s+(?:(?:around|about|roughly|nearly|just|"
    r"under|over)\s+)?$",
    re.I,
)
EACH_SIDE = re.compile(r"\b(?:each|both)\s+sides?\b|\bboth\s+countries\s+will\b", re.I)
THE_LETTERS = re.compile(r"\W*(?:The|Those|These)\s+(?:new\s+)?(?:letters|notices|orders)\b")
DEFINED_ACRONYM = re.compile(
    r"((?:\b(?-i:[A-Z])[\w-]*\s+(?:of\s+)?(?:the\s+)?){1,8})\((?-i:([A-Z][A-Za-z]{1,7}(?:-[A-Z][A-Za-z]{1,7})?))\)"
)
GOVERNMENT_BODY = re.compile(
    r"\b(?:the\s+)?(?:(?:National|Federal|Central)\s+)?(?:Tariff\s+Commission|Board\s+of\s+Revenue|"
    r"Directorate\s+General|Ministry|Finance\s+Ministry|Commerce\s+Ministry|Trade\s+Commission|"
    r"Chamber\s+of\s+(?:Foreign\s+)?Trade|(?:Executive|Management|Tariff|Trade)\s+Committee|"
    r"customs\s+authorit(?:y|ies)|government|cabinet)\b",
)
TRANCHE = re.compile(r"\b(?:tranche|batch)\b[^.;%]{0,20}\d", re.I)
ITS_GOODS_FACING = re.compile(
    r"\bits\s+(?:[\w-]+\s+)?(?:goods|exports|products|shipments)\s+"
    # ("its exports to the United States pay the 10 per cent minimum rate")
    r"(?:to\s+(?:the\s+)?(?:United\s+States|U\.?S\.?|America|Washington)\s+)?(?:would\s+|will\s+|to\s+)?"
    r"(?:(?:face|faces|facing|pay|pays|paying)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:[\w.-]+\s+)?(?:rate|tariff|duty|levy)\s+of\s+)?"
    # ("Moldova was told its exports would be charged 25 per cent")
    r"|(?:be|been|are|is)\s+(?:charged|taxed|hit\s+with|subject\s+to)\s+(?:an?\s+)?)$",
    re.I,
)
# "Vietnam's framework keeps its 20% rate in place": the rate the deal leaves that country
DEAL_KEEPS_ITS_RATE = re.compile(
    r"(?:’s|'s)?\s+(?:[\w-]+\s+)?(?:deal|framework|agreement|pact|accord|arrangement)\s+"
    r"(?:\w+\s+){0,2}?(?:keeps|kept|leaves|left|locks\s+in|locked\s+in|maintains|confirms|confirmed|"
    r"retains|preserves)\s+its\s+(?:[\w-]+\s+)?\d+(?:\.\d+)?\s*(?:%|per[\s-]*cent|percent)\s+"
    r"(?:[\w-]+\s+)?rate\b(?!\s+on\b)"
)
# A country guarding its own market: "Canada keeps imports out", "How does Norway protect ..."
OWN_MARKET_VERB = re.compile(
    r"(?:’s|'s)?\s+(?:\w+\s+)?(?:keep|keeps|kept|protect|protects|protected|shield|shields|shielded|"
    r"guard|guards|restrict|restricts|limit|limits|charge|charges|impose|imposes|levy|levies|tax|"
    r"taxes|manage|manages|control|controls)\b"
)
OTHER_TIME_WORDS = re.compile(
    r"\b(?:original\w*|earlier|previous|old|former|initially|at\s+the\s+time|spring|summer|"
    r"autumn|winter|Liberation\s+Day)\b",
    re.I,
)
MONTH_WORD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
COULD_BEFORE = re.compile(
    r"(?<!before\sit\s)(?<!whether\s)\bcould\s+(?!not\b|also\b|serve\b|expect\b)(?:\w+\s+){0,3}?"
    r"(?:be|face|impose|rise|climb|reach|add|restore|reimpose|respond|raise|lift|levy|hit|bring|go|"
    r"live|eventually|initially|easily)\b[^.;,]*$",
    re.I,
)
THREAT_DATED = re.compile(
    r"\b(?:from|on|as\s+soon\s+as|as\s+early\s+as)\s+(?:\d{1,2}\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\blist\s+of\b",
    re.I,
)
RATE_AGREED_ASIDE = re.compile(
    r"(?:’s|'s)?\s+\d+(?:\.\d+)?\s*(?:%|per[\s-]*cent|percent)\s+rate,\s+(?:agreed|set|negotiated|"
    r"secured|announced|reached)\b"
)
# what a relative clause says lies ahead: "..., that is scheduled to rise to 50% on Jan. 1"
FOLLOWING_AHEAD = re.compile(
    r"\b(?:that|which)\s+(?:is|are)\s+(?:scheduled|set|due|expected|slated)\s+to\b|"
    r"\b(?:that|which)\s+(?:will|would)\b"
)
ITS_RATE = re.compile(r"\bits\s+(?:[\w-]+\s+)?(?:rate|tariff|duty|levy|entry)\b", re.I)
IMPORTED_GOODS = re.compile(
    r"\s*(?:(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?)\s+)?on\s+(?:all\s+)?"
    r"(?:imported|foreign(?:-made)?)\s+(?!from\b)",
    re.I,
)
# "Section 122 ..., which allows tariffs of up to 15 percent for 150 days": what a law permits
LEGAL_LIMIT = re.compile(
    r"\b(?:allows?|allowing|permits?|permitting|authori[sz]es?|authori[sz]ing|lets?|empowers?)\s+"
    r"(?:(?:the\s+)?(?:president|administration|government|him|her|it)\s+(?:to\s+(?:impose|levy|set)\s+)?)?"
    r"(?:[\w-]+\s+){0,2}?(?:tariffs?|duties|levies|surcharges?)\s+(?:of\s+)?(?:up\s+to\s+)?$",
    re.I,
)
# what a model or a reporter supposes, not a measure: "a hypothetical 30% duty", "In one
# scenario, Washington applies a flat tariff of 25%"; "in a harsher version, the figure is 50%"
HYPOTHETICAL = re.compile(
    r"\b(?:hypothetical|notional|illustrative|imagined|simulated)\s+(?:[\w-]+\s+){0,2}?$"
    r"|\b(?:scenarios?|simulations?|modell?ing\s+exercise)\b(?:[^.;]|(?<=[A-Z])\.)*$"
    # ("there is a strong argument that any levy on the EU should not exceed 15 per cent")
    r"|\b(?:should|ought\s+to)\s+not\s+(?:exceed|be\s+(?:higher|more)\s+than)\s+(?:[^.;%]{0,20}\s)?$"
    r"|\bin\s+(?:one|another|a\s+(?:second|third|\w+er)\s+(?:version|case|scenario)),\s+[^.]*$"
    # ("an economist estimated that a 15% tariff would cut GDP by 0.55%, compared with 0.85%
    # under a 25% rate": a rate an estimate assumes)
    r"|\b(?:estimat|calculat|project|forecast|reckon)\w*\s+that\s+an?\s+(?:[^.;]|\.(?=\d))*$"
    # ("if Washington were to impose a sector tariff of 25 per cent on medicines": a what-if)
    r"|\bif\s+(?:[^.;]|(?<=[A-Z])\.){0,60}?\bwere\s+to\s+(?:impose|raise|levy|slap|apply|introduce|put|double|"
    r"triple|lift|increase|hike)\b(?:[^.;]|\.(?=\d))*\.?\s*$"
    # ("Were Washington to put, say, a 50% duty on Chinese lithium, buyers would pay more")
    r"|(?:^|[.;:,]\s+|\b(?-i:But|And)\s+)(?-i:Were)\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+[\w.’'-]+){0,3}?\s+to\s+"
    r"(?:[^.;]|\.(?=\d))*$"
    # ("If the suspension were allowed to lapse, the rate would jump back to 34%")
    r"|(?<!\bAsked\s)(?<!\basked\s)\bif\s+(?:[^.;]|(?<=[A-Z])\.){0,80}?\bwere\s+(?:allowed|left|"
    r"to|not)\b[^.;]{0,80},\s+[^.;]{0,80}?\bwould\b(?:[^.;%]|\.(?=\d))*$"
    # ("you would need something like a 25 per cent tariff to close the gap")
    r"|\b(?:would|will|might)\s+need\s+(?:something\s+like\s+|about\s+|roughly\s+|around\s+)?"
    r"(?:an?\s+)?$"
    # ("economists had assumed the final rate would land around 25%": a forecast of a rate)
    r"|\b(?:would|will|could|might|may)\s+(?:land|settle|end\s+up)\s+(?:at\s+|around\s+|near\s+|"
    r"somewhere\s+)?(?:about\s+|around\s+|roughly\s+|close\s+to\s+)?$"
    # ("He put the effective rate at roughly 9 per cent": an average worked out, no measure)
    r"|\beffective\s+(?:tariff\s+)?rate\s+(?:at|of|to)\s+(?:roughly\s+|about\s+|around\s+|nearly\s+|"
    r"some\s+|close\s+to\s+)?$",
    re.I,
)
# a rate supposed in an aside right after it: "a 20% tariff on Australian goods, should
# Washington ever move to one, would ...", "a 30% duty, were Brussels to retaliate, ..."
HYPOTHETICAL_AFTER = re.compile(
    r"^\s*(?:%|per[\s-]*cent|percent)?[^.;,%]{0,60},\s+(?:should|were|if)\s+[^.;,]{0,50}?\b(?:ever|"
    r"to\s+(?:retaliate|decide|choose|move|go))\b",
    re.I,
)
# a year named as the time told of: "In 2018, ...", "... referring to 2018, when ..."
BARE_YEAR = re.compile(r"^\W*(?:Back\s+)?In\s+((?:19|20)\d\d),|\b((?:19|20)\d\d),\s+when\b")
NOT_TARIFF_RATE = re.compile(
    r"\b(?:inflation|interest|growth|unemployment|jobless|exchange|mortgage|policy|savings|birth|death|participation|tax|vacancy|poverty|literacy|approval|cash|repo|lending|deposit|discount|base|bank|key|benchmark|funds)\s+rates?\b",
    re.I,
)
# "a decree signed by the deputy prime minister on Monday": the day a measure was issued
ISSUED = re.compile(
    r"\b(?:decree|order|proclamation|notification|resolution|regulation),?\s+(?:\w+\s+)?"
    r"(?:signed|issued|published|approved|adopted|promulgated)\b[^.;]*$"
    # "Trump signed an order on Monday", "which was promulgated on Nov. 24"
    r"|\b(?:signed|issued|promulgated)\s+(?:an?\s+|the\s+)?(?:executive\s+)?(?:order|decree|"
    r"proclamation|regulation)\s+$|\b(?:was|were)\s+(?:signed|promulgated|issued)\s+$",
    re.I,
)
# "will raise the tariff on passenger cars from countries without a trade agreement with
# Mexico, including South Korea, to 50%": the verb and its tariff come long before the rate
RAISE_THE_TARIFF = re.compile(
    r"\b(?:rais|increas|lift|hik|cut|lower|reduc|trim|slash|halv|doubl|tripl)\w*\s+"
    r"(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:tariffs?|dut(?:y|ies)|levy|levies)\s+on\b[^.;%]{0,160}\bto\s+$",
    re.I,
)
COUNTRIES_INCLUDING = re.compile(
    r"\b(?:from|on|against)\s+(?:all\s+|other\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:countries|nations|economies|"
    r"partners|suppliers)\b[^.;%]{0,100}?,?\s+(?:including|such\s+as|among\s+them|notably|like)\s+"
    r"(?:(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+)?(?:,\s+|\s+and\s+))*(?:the\s+)?$",
    re.I,
)
THEY_FACE = re.compile(
    r"\b(?:informing|telling|warning|notifying)\s+them\s+(?:that\s+)?their\s+(?:goods|exports|products)\s+"
    r"(?:would|will|could)\s+(?:face|be\s+charged|be\s+hit\s+with|be\s+subject\s+to)\s+(?:an?\s+)?$",
    re.I,
)
LETTERS_SAID = re.compile(
    r"^\W*(?:Both|They|The\s+(?:two\s+)?letters|Each)\s+(?:letters?\s+)?(?:said|says|stated|warned|told)\b"
    r"[^.;]{0,30}?\b(?:goods|products|exports)\s+from\s+their\s+(?:countries|nations|economies)\b"
)
THOSE_LEVIES = re.compile(
    r"^\W*(?:(?:Those|These|The|Both)\s+(?:[\w-]+\s+){0,2}?(?:levies|tariffs|duties|rates)\s+|"
    r"(?:That|This)\s+(?:[\w-]+\s+){0,2}?(?:levy|tariff|duty|rate)\s+|"
    # ("Those duties, which took effect on March 20, were framed as ...")
    r"(?:Those|These)\s+(?:levies|tariffs|duties|rates),\s+)(?!on\b|of\b|for\b)",
    re.I,
)
ANSWERED = re.compile(
    r"\b(?:respond(?:ed|s|ing)?\s+to|in\s+response\s+to|retaliat\w*\s+(?:for|against)|"
    r"in\s+retaliation\s+(?:for|against)|hit(?:ting|s)?\s+back\s+at)\s+(?:[\w-]+\s+){0,4}$",
    re.I,
)
ANSWERED_TARGET = re.compile(
    r"\b(?:respond(?:ed|s|ing)?\s+to|in\s+response\s+to|retaliat\w*\s+(?:for|against)|"
    r"in\s+retaliation\s+(?:for|against)|answering)\s+[^.;%\d]{0,80}?\b(?:tariffs?|duties|levies)\s+"
    r"(?:on|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
# "transshipped through Vietnam to evade higher duties on Chinese products": not the target
EVADED = re.compile(
    r"\b(?:evade|avoid|circumvent|dodge|escape)\s+(?:[\w-]+\s+){0,4}$"
    # "the additional duty linked to India's purchase of Russian crude oil": a third country
    r"|\b(?:purchases?|purchasing|buying|buys|bought)\s+(?:of\s+)?(?:discounted\s+|cheap\s+)?$"
    # "cheap metal blamed largely on Chinese overcapacity": the cause, neither side
    r"|\bblamed\s+(?:\w+ly\s+)?on\s+(?:the\s+)?$",
    re.I,
)
# "on all steel imports from March 12, with no exemption for Canada or Mexico": the countries
# listed as not spared are no sides of a rate on everyone (one alone, "with no exemptions for
# Korea", is the one that pays it)
NO_EXEMPTION_FOR = re.compile(
    r"\b(?:no|without(?:\s+any)?)\s+(?:exemptions?|exceptions?|carve-outs?)\s+(?:for|to)\s+(?:the\s+)?"
    r"(?P<list>(?:(?-i:[A-Z])[\w.’'-]*\s+(?:(?-i:[A-Z])[\w.’'-]*\s+)?(?:,\s+|or\s+|and\s+|,\s+or\s+)(?:the\s+)?)*)$",
    re.I,
)
# After "Iraq's 30%" in a story of another country's rates: the rate Iraq faces ("Iraq's new
# 30% rate", 'South Africa's 30% "reciprocal" tariff', "Thailand's 36%, Pakistan's 29% ...")
# (not "Canada's 25% counter-tariffs", "China's 84% tariff on all US goods")
RETALIATION_WORDS = re.compile(
    r"\b(?:retaliat\w*|counter-?(?:tariffs?|measures?|duties)|in\s+response|hit\s+back)\b|"
    r"\bon\s+(?:all\s+)?(?:U\.S\.|US|American)\b",
    re.I,
)
# The metals whose US duty is set for every origin at once, named with no country
WORLD_SECTOR = re.compile(
    r"\b(?:steel|alumin(?:i)?um|copper)\b",
    re.I,
)
# What a deal leaves as it was: "Steel and aluminum were not included and will remain ..."
LEFT_OUT_OF_DEAL = re.compile(
    r"\b(?:remain\w*|stay\w*|not\s+(?:be\s+)?(?:included|affected|covered)|excluded|exempt\w*|"
    r"outside|unchanged|still|continu\w*\s+to\s+(?:face|pay|be)|carved\s+out|left\s+out|not\s+part\s+of|under\s+the\s+"
    r"(?:deal|agreement|pact)|would\s+not\s+change)\b",
    re.I,
)
# Goods whose tariffs are set for every origin at once (national-security tariffs)
GLOBAL_SECTOR = re.compile(
    r"\bon\s+(?:all\s+)?(?:imported\s+|foreign\s+)?"
    # ("on branded and patented medicines", "on heavy trucks", "on upholstered furniture")
    r"(?:(?-i:[a-z-]+)\s+(?:and\s+(?-i:[a-z-]+)\s+)?)?"
    r"(?:steel|alumin(?:i)?um|copper|autos?|cars|vehicles|"
    r"auto\s+parts|pharmaceuticals|medicines|drugs|semiconductors|chips|lumber|timber|trucks|"
    r"furniture|cabinets|vanities|buses|polysilicon|drones|films|movies)\b",
    re.I,
)
# ("Vietnam, Indonesia's main regional competitor, agreed to 20%")
APPOSITIVE = re.compile(
    r",\s+(?:the|a|an|(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?(?:’s|'s))\s+[^,;%\d]{3,80}?,"
)
# Between a rate and the country it was set for: "the 20% set for Vietnam", "the 31% that
# Trump first announced for Switzerland on April 2", "the 15% applied to neighbouring Lesotho"
_RATE_NOUN_AFTER = (
    r"\s*(?:%|pc|per\s*cent|percent)?\s*(?:[\w-]+\s+)?(?:(?:rate|tariff|duty|levy|figure)\s+)?"
)
RATE_FOR_AFTER = re.compile(
    _RATE_NOUN_AFTER
    + r"(?:that\s+|which\s+)?(?:[\w.’'-]+\s+){0,5}?(?:(?:first|initially|originally)\s+)?"
    r"(?:announced|set|applied|imposed|levied|proposed|threatened|offered|assigned|given|charged)\s+"
    r"(?:(?:in|on)\s+[A-Z][\w.]*(?:\s+\d{1,2})?\s+)?(?:for|to|on)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?"
    # ("lower than the 15 percent now charged on goods from Lesotho and Madagascar")
    r"(?:(?:goods|imports|exports|shipments|products)\s+from\s+(?:the\s+)?)?",
    re.I,
)
RATE_THAT_AFTER = re.compile(
    _RATE_NOUN_AFTER + r"(?:that|which)\s+(?:neighbouring\s+|neighboring\s+)?", re.I
)
RATE_TOLD_AFTER = re.compile(
    # ("the 25% rates that Kazakhstan and Moldova had faced since August": the list's)
    r"(?:\s*(?:,|,?\s+and|&)\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*)?)*"
    r"\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:told\s+to\s+expect|given|assigned|handed|offered|charged)"
    r"|(?:had|has|have)\s+(?:faced|paid|been\s+paying|been\s+facing))\b"
)
FROM_TO_RANGE = re.compile(
    r"\b(?:exporters|producers|manufacturers|makers|countries|economies|partners|allies|suppliers|"
    r"governments|capitals)\s+(?P<range>from\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s+to\s+"
    r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})"
)
COMMA_ASIDE = re.compile(
    r"^,\s+(?:already|still|currently|itself|also|long|a|an|the|its|their|both|each|all|"
    r"Asia['’]s|Africa['’]s)\b[^,;%]{3,60},(?=\s)"
    # (", whose export zones compete directly for US jeans orders,", ", one of the world's
    # fastest-growing economies thanks to its offshore oil fields,")
    r"|^,\s+(?:who|whose|which|one\s+of)\b[^,;%]{3,100},(?=\s)",
    re.I,
)
HISTORY_ASIDE = re.compile(r",\s+(?:already|still|long)\b[^,;%]{3,60},(?=\s)", re.I)
DASH_ASIDE = re.compile(r"\s+[—–]\s+[^—–%]{3,80}?\s+[—–](?=\s)")
TRADE_REMEDY = re.compile(r"\b(?:safeguard|anti-?dumping|countervailing)\b", re.I)
ELIDED_AFTER_RATE = re.compile(
    r"\d\s*(?:%|pc|per\s*cent|percent)\s*,?\s*(?:and|while|with)\s+(?:the\s+)?$", re.I
)
# ... and after a change just told: "Iraq's falls to 35% from 39%, Libya's to 30%"
ELIDED_CHANGE = re.compile(
    # (also with the day told after the first: "... to 35% from 30% on Dec. 15, and Tunisia's
    # will climb to 28%")
    r"\d\s*(?:%|pc|per\s*cent|percent)\s*(?:(?:on|from|as\s+of)\s+[^,;%]{1,20}?)?,\s*(?:and\s+)?$",
    re.I,
)
# "Cambodia's rate fell from 49%", "Japan's new rate is one point higher than the 24%": the
# rate a country had before (a rate, not "China's tariffs", which are China's own)
_OWN_RATE_CHANGED = (
    r"\s+(?:(?:new|reciprocal|headline|country|tariff)\s+)*(?:rate\s+)?"
    r"(?:(?:(?:has|had)\s+)?(?:fell|falls|fallen|dropped|drops|rose|rises|risen|climbed|climbs|"
    r"declined|declines|eased|slipped|jumped|went\s+(?:up|down)|came\s+down|"
    r"(?:was|is|has\s+been|had\s+been)\s+(?:cut|lowered|reduced|raised|trimmed|increased|down|up))"
    r"(?:\s+by\s+[\w\s.-]{1,40}?)?\s+from|"
    r"(?:is|was)\s+(?:[\w-]+\s+){1,3}(?:higher|lower)\s+than)\s+(?:the\s+|an?\s+)?"
)
OWN_RATE_CHANGED = re.compile(r"['’]?s?" + _OWN_RATE_CHANGED, re.I)
OWN_RATE_CHANGED_AT = re.compile(r"\b[A-Z][\w.-]*(?:['’]s|s['’])(?i:" + _OWN_RATE_CHANGED + r")\d")
OWN_RATE_CHANGED_BEFORE = re.compile(
    r"\b[A-Z][\w.-]*(?:['’]s|s['’])(?i:" + _OWN_RATE_CHANGED + r")$"
)
ELIDED_OLD_RATE = re.compile(
    r"\d\s*(?:%|pc|per\s*cent|percent)\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I
)
# "The rates set out in Monday's letters were:": a list of the rates the letters gave
LETTERS_LIST = re.compile(r"\brates\b[^.;:%]{0,40}?\bletters\b[^.;%]{0,20}:\s*$", re.I)
# A sentence whose subject is the country by a common noun: "The mountainous country of about 2.3
# million people ... was assigned 50%"
COUNTRY_NOUN_SUBJECT = re.compile(
    r"\W*The\s+(?:[\w-]+\s+){0,3}?(?:country|nation|kingdom|island|archipelago|republic)\b"
    r"(?!\s*['’]s|-)"
)
# "... is the same as the European Union's", "matches Japan's": another country's rate too
SAME_AS_OWNERS = re.compile(
    r"[^.;]{0,60}?\b(?:(?:is|was|are|were)\s+(?:the\s+same\s+as|equal\s+to|level\s+with|"
    r"in\s+line\s+with)|matches|matching|the\s+same\s+as)\s+(?:the\s+)?"
)
# "could eventually face tariffs as high as", "could be hit with tariffs of up to": a maybe
COULD_FACE = re.compile(
    r"\b(?:could|might|may)\s+(?:eventually\s+|still\s+|soon\s+|yet\s+|also\s+)?"
    r"(?:face|be\s+(?:hit|charged|subject)"
    # ("Lindqvist said a future levy on medicines could be as high as 25%")
    r"|(?:be|go|run|climb|rise)\s+(?:as\s+high\s+as|as\s+much\s+as))\b(?:[^.;]|(?<=[A-Z])\.)*$",
    re.I,
)
# "the 20% Jordan was assigned on April 2", "the 31 per cent Switzerland had been given"
RATE_A_COUNTRY_WAS_GIVEN = re.compile(
    r"\bthe\s+\d+(?:\.\d+)?" + RATE_UNIT + r"\s+(?:(?:rate|tariff|duty|levy)\s+)?(?:that\s+)?"
    r"(?P<who>(?-i:[A-Z])[\w.’'-]+(?:\s+(?-i:[A-Z])[\w.’'-]+)?)\s+(?:was|were|had\s+been)\s+"
    r"(?:assigned|given|allotted|charged|set(?!\s+to\b))\b",
    re.I,
)


def _charged_on_goods(text: str, start: int, end: int) -> bool:
    """A rate after a verb of charging and before "on ... goods" ("will charge 15% on most South
    Korean goods"), in a sentence that is not about a sales tax or a carrier's fee."""
    return bool(
        CHARGE_VERB_BEFORE.search(text, max(0, start - 40), start)
        and CHARGED_ON_GOODS.match(text, end)
        and not NOT_A_DUTY_CHARGE.search(text)
    )


def _rate_a_country_was_given(text: str, pos: int = 0) -> re.Match | None:
    """ "the 20% Jordan was assigned": a rate a country (not a person) was given."""
    given = RATE_A_COUNTRY_WAS_GIVEN.search(text, pos)
    return given if given and country_code(given.group("who")) else None


# The words that leave a country out of a measure named just before it
EXCEPT_FOR = re.compile(
    r"\b(?:except(?:\s+for)?|excluding|other\s+than|apart\s+from|save\s+for)\s+(?:the\s+)?$",
    re.I,
)
# A live blog's entry time on a line of its own: "10:40 a.m. ET", "1:15pm AEDT", "18:40"
ENTRY_TIME = re.compile(
    r"(?:Updated\s+)?\d{1,2}[:.]\d{2}\s*(?:a\.m\.|p\.m\.|am|pm)?(?:\s+[A-Z]{2,5})?", re.I
)
# "Norway sits between the two. Its 15% rate, also effective since August 7, ...": the rate of
# the country the sentence before began with
# (not "Its own 84% tariff on all American goods": the one charging it, on others)
ITS_RATE_OPENING = re.compile(
    r"\W*Its\s+(?:new\s+|current\s+)?[\d.]+\s*(?:%|per\s*cent|percent)\s+"
    r"(?:rate|tariff|levy|duty)(?=\s*[,;.]|\s+(?:is|was|has|had|remains|stays|will)\b)"
)
# The wire header before a story's first words: "MASERU, April 16 - ", "HANOI (Reuters) - "
DATELINE_HEAD = re.compile(
    r"^\s*[A-Z][A-Z .'/-]{2,40}(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-–—:]\s+"
)
# "U.S. President Donald Trump's 125% tariff": a leader's rate, that of the country before his title
LEADER_OWNS = re.compile(
    r"\s+(?:President|Prime\s+Minister|Premier|Chancellor)\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*['’]s\s+"
    # ("U.S. President Donald Trump's announcement of a 100 per cent tariff")
    r"(?:(?:announcement|plan|threat|decision|order|move)\s+(?:of|to\s+impose)\s+(?:a|an|the)\s+)?"
    r"(?:(?:own|new|additional|extra|retaliatory|planned|proposed|sweeping|steep)\s+)*"
)
FACED_RATE_AFTER = re.compile(
    r"\s*(?:(?:reciprocal\s+|headline\s+|tariff\s+)?rate\b|(?:reciprocal\s+|headline\s+)?(?:tariff|duty|levy)\b"
    r"(?!\s+on\s+(?:all\s+)?(?:U\.S\.|US\b|American|the\s+United|imports\s+from\s+the)))",
    re.I,
)
OWN_GOODS = re.compile(r"\s+(?:goods|imports|products|exports|shipments)\b", re.I)
# "the new rate replaces the 10% duty that had applied since 2018": an old rate, ended
REPLACES = re.compile(
    r"\b(?:the\s+(?:new|higher|lower|increased|reduced)\s+(?:rate|tariff|duty|levy|levies|tariffs|duties)|it|this|they)\s+"
    r"(?:replaces?|supersedes?|replaced|superseded)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?\d",
    re.I,
)
# "in response to Ontario's 25% surcharge": a rate owned by someone named (checked against
# the countries and people of the sentence)
UNKNOWN_OWNER = re.compile(
    r"(?<![\w-])[A-Z][\w-]+(?:’s|'s)\s+(?:(?:own|new|additional|extra|planned|proposed)\s+)?$"
)
# "rises to 30% and the levy on cabinets jumps to 50%": what follows is another rate's
NEXT_NOUN = re.compile(
    r"\b(?:and|while|but)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates?)\b",
    re.I,
)
ON_ALL = re.compile(
    r"(?:\s*(?:%|per[\s-]*cent|percent))?\s+(?:[\w-]+\s+){0,2}?(?:levy|tariff|duty|rate)\s+(?:(?:that|which)\s+"
    r"[^.;%]{0,40}?\b)?(?:applied|applies|imposed|charged|levied)\s+(?:to|on)\s+"
    # ("the 10 percent baseline tariff that applies to almost every US trading partner")
    r"(?:(?:almost|nearly|virtually)\s+)?(?:all|every)\b",
    re.I,
)
# "It combines the 10% baseline with an additional 40% surcharge": the parts of a total
ON_ITS_GOODS = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rate)\s+on\s+its\s+(?:[\w-]+\s+)?"
    r"(?:exports|goods|products|shipments)\b",
    re.I,
)
RAISED_ON_TO = re.compile(
    r"(?:\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surtax(?:es)?)\s+|\band\s+)on\s+"
    r"(?P<what>(?!(?:all|its|their|the\s+(?:same|other))\b)[^,;%]{3,60}?)"
    # ("raising tariffs on steel and aluminium imports from 25% to 50%")
    r"(?:\s+from\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent|pc))?\s+(?:to|at)\s+$",
    re.I,
)
WHEN_THEY_APPLY = re.compile(
    r"\b(?:when|once)\s+the\s+(?:new\s+)?(?:taxes|tariffs|rates|duties|levies|measures)\s+"
    r"(?:take|takes|come|comes|kick|kicks)\s+(?:effect|into\s+(?:force|effect)|in)\b",
    re.I,
)
# Countries of one region, named as a group: not every trading partner
REGION_PAYERS = re.compile(
    r"\b(?:(?:South|East|Southeast|South-East|Central)\s+)?(?:Asian|African|American|European|"
    r"Caribbean|Gulf|Nordic|Balkan|Andean|Pacific|Arab)\s+(?:economies|countries|nations|exporters|"
    r"producers|states|partners|neighbou?rs|governments|suppliers)\b"
    # (not "key Asian suppliers Japan and South Korea": the countries are named)
    r"(?!,?\s+(?:such\s+as\s+|including\s+|like\s+)?[A-Z])",
)
# "The same order set rates of 20% for Bangladesh": the measure just told
SAME_MEASURE = re.compile(
    r"\W*(?:The|That|This)\s+same\s+(?:executive\s+)?(?:order|proclamation|decree|"
    r"measure|announcement|schedule|notice|notification)\b",
    re.I,
)
# How many sentences on a day set for many countries' rates still dates a country's rate
SPAN_REACH = 16
# ", meanwhile," after a subject: an adverb set off by commas
ADVERB_ASIDE = re.compile(
    r"^,\s+(?:meanwhile|however|too|also|for\s+its\s+part|in\s+turn|in\s+response|in\s+contrast|"
    r"by\s+contrast|separately|likewise|similarly|though|instead),",
    re.I,
)
# A sentence that opens on a calendar day: a timeline entry ("APRIL 2 - ...", "March 12: ...")
# or a fronted day ("On July 30, ...")
NARRATIVE_DAY = re.compile(
    r"\W*(?:On\s+)?"
    + OPENING_DAY
    + r"(?:[-–—:]|,"
    # ("On April 2 Trump unveiled ...": no comma, a subject and its past-tense verb)
    + r"|(?<=\d)\s+(?=(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}\s+"
    + r"(?-i:[a-z]{3,}ed|said|sent|told|wrote|signed|set|cut|made|took|gave|struck|began|met)\b)))"
)
# A sentence telling a rate that took effect or changed on the day it gives
EVENT_VERB = re.compile(
    r"\b(?:(?:took|take|takes|taking)\s+effect|(?:came|come|comes|coming|went|go|goes)\s+into\s+"
    r"(?:force|effect)|(?:kicked|kicks|kick|kicking)\s+in|(?:rose|rises|climbed|climbs|jumped|"
    r"fell|falls|dropped|drops|doubled|doubles|tripled|triples)\s+(?:to|from)|(?:was|were)\s+"
    r"(?:raised|lowered|cut|reduced|increased|hiked|imposed|slapped|doubled)|imposed|imposes|"
    r"imposing|slapped|slaps|responded|responds|retaliated|retaliates|hit\s+back|hits\s+back|"
    r"doubled|doubles|removed|scrapped|eliminated|abolished|withdrew)\b",
    re.I,
)
# The present tense of EVENT_VERB, which tells a past event only in a timeline's entry
PRESENT_EVENT = re.compile(
    r"(?:take|takes|taking)\s+effect|(?:come|comes|coming|go|goes)\s+into\s+(?:force|effect)|"
    r"(?:kicks|kick|kicking)\s+in|(?:rises|climbs|falls|drops|doubles|triples)\s+(?:to|from)|"
    r"imposes|imposing|slaps|responds|retaliates|hits\s+back|doubles",
    re.I,
)
CHANGE_DONE = re.compile(
    r"\b(?:raised|lowered|cut|reduced|increased|hiked|lifted|slashed)\s+(?:[^.;%]{0,80}?\s)?to\s+\d",
    re.I,
)
# A rate told as a state, not as the sentence's event
STATE_WORDS = re.compile(r"\b(?:still|currently|already|existing|remains?|remained)\b", re.I)
# What is told after a rate as done before the sentence's day: "the 10% duty he had imposed"
EARLIER_TOLD = re.compile(
    r"[^.;,]{0,50}?\b(?:had\s+(?:already\s+)?(?:been\s+)?\w+(?:ed|en|id|un|lt)\b|earlier|previously|"
    r"(?:first|originally)\s+\w+ed)\b",
    re.I,
)
# Words that make a sentence's day another event's: an order signed, a threat, a statement
NOT_EVENT = re.compile(
    r"\b(?:would|could|might|may|threat\w*|propos\w*|announc\w*|unveil\w*|said|says|signed|"
    r"signs|warned|warns|plan\w*|due\s+to|set\s+to|expected|if|unless|deadline|letters?|"
    r"order(?:ed|s)?|decree|proclamation|talks|meeting|call|spoke|telephone|phone|met|visit\w*|"
    r"approv\w*|vot\w*|negotiat\w*|agree\w*|discuss\w*)\b",
    re.I,
)
EARLIER_EVENT = re.compile(
    r"\b(?:after|before|following|since|ahead\s+of|(?:in\s+)?response\s+to|"
    r"(?:in\s+)?retaliation\s+(?:for|against))\b",
    re.I,
)
SAID_ON = re.compile(r"\b(?:said|says|announced|told\s+\w+|stated)\s+(?:on\s+)?$", re.I)
THE_MEASURE_SUBJECT = re.compile(
    r"\W*(?:The|This|That|These|Those)\s+(?:[\w-]+\s+){0,2}?(?:duty|duties|tariffs?|levy|levies)\b"
)
COMPONENTS = re.compile(
    r"^\s*(?:It|This|That|The\s+(?:[\w%-]+\s+){0,3}(?:rate|tariff|duty|levy|total))\s+"
    r"(?:combines|comprises|consists\s+of|is\s+made\s+up\s+of|is\s+the\s+sum\s+of|breaks\s+down\s+into|"
    r"is\s+composed\s+of|stacks)\b",
    re.I,
)
ADD_ON = re.compile(r"\b(?:additional|extra|further|added)\s+$", re.I)
_WHOSE_RATES_APPLY = (
    r"\bwhose\s+(?:new\s+)?(?:rates|tariffs|duties)\s+(?:apply|take\s+effect|kick\s+in)\s+"
    r"(?:to\s+(?:[^,;.%]|(?<=[A-Z])\.){0,60}?\s+)?(?=(?:from|on|starting|as\s+of)\s)"
)
WHOSE_RATES_APPLY = re.compile(_WHOSE_RATES_APPLY, re.I)
MANY_RATES_TOOK_EFFECT = re.compile(
    r"\b(?:new|higher|steeper|revised|reciprocal|country-specific|sweeping)\s+(?:U\.S\.\s+|US\s+|American\s+)?"
    r"(?:import\s+)?(?:tariffs|duties|levies|rates)\s+on\s+(?:goods\s+from\s+|imports\s+from\s+)?"
    r"(?:dozens|scores|more\s+than\s+\d+|about\s+\d+|\d+|many|most)\b[^.;%]{0,60}?"
    r"\b(?:took|take|takes|came|come|comes|kicked|kick|kicks|went)\s+(?:into\s+)?(?:effect|force|in)\b"
    # ("steeper duties on about 60 trading partners from April 9")
    r"|\b(?:new|higher|steeper|revised|country-specific|sweeping)\s+(?:U\.S\.\s+|US\s+|American\s+)?"
    r"(?:import\s+)?(?:tariffs|duties|levies|rates)\s+on\s+(?:goods\s+from\s+|imports\s+from\s+)?"
    r"(?:dozens|scores|more\s+than\s+\d+|about\s+\d+|some\s+\d+|\d+|many|most)\s+(?:[\w-]+\s+){0,3}?"
    r"(?=(?:from|starting|effective|beginning)\s)"
    # ("About 60 economies will instead face higher, country-specific rates from April 9")
    r"|\b(?:economies|countries|nations|partners)\b(?:[^.;%]|(?<=[A-Z])\.){0,90}?\b(?:face|pay|get)\s+"
    r"(?:the\s+)?"
    r"(?:higher|steeper|new),?\s+(?:country-specific|country-by-country|individual|reciprocal)\s+"
    r"(?:rates|tariffs|duties)\s+(?=(?:from|starting|effective|beginning|on)\s)"
    # ("higher country rates are due on April 9, among them 34% for China")
    r"|\b(?:new|higher|steeper|country-specific)\s+(?:country\s+)?(?:rates|tariffs|duties)\s+"
    r"(?:are|were)\s+due(?=\s+(?:on|from)\s)"
    # ("Higher country-specific rates, including Israel's 17%, are due to kick in on April 9.
    # Among the steepest are 34% for China")
    r"|\b(?:new|higher|steeper)\s+(?:country-specific\s+|country\s+)?(?:rates|tariffs|duties)"
    r"(?:,[^,;.]{3,60},)?\s+(?:are|were)\s+(?:due|set|scheduled)\s+to\s+(?:kick\s+in|take\s+effect|"
    r"start|begin)(?=\s+(?:on|from)\s)"
    # ("A new schedule of US import duties takes effect at 12:01 a.m. on Thursday")
    r"|\b(?:new|revised)\s+(?:schedule|set|slate|list)\s+of\s+(?:U\.S\.\s+|US\s+|American\s+)?"
    r"(?:import\s+)?(?:tariffs|duties|levies|rates)\b[^.;%]{0,20}?"
    r"\b(?:took|take|takes|came|come|comes|kicked|kick|kicks|went)\s+(?:into\s+)?(?:effect|force|in)\b"
    # ("told four governments that their goods will face tariffs of between 25% and 36% from
    # August 1": a span of rates from one day, each told next)
    r"|\b(?:tariffs|duties|levies|rates)\s+(?:of\s+)?(?:between|ranging\s+from|from)\s+\d[\d.]*\s*"
    r"(?:%|per[\s-]*cent|percent)?\s*(?:and|to|-|–)\s*\d[\d.]*\s*(?:%|per[\s-]*cent|percent)\s+"
    r"(?=(?:from|starting|effective|beginning)\s)"
    # ("Trump told 14 countries that steep new import duties would kick in on August 1")
    r"|\b(?:\d+|dozens\s+of|several|many)\s+(?:countries|nations|trading\s+partners|economies)\s+(?:on\s+\w+\s+)?that\s+"
    r"(?:[\w-]+\s+){0,3}?(?:tariffs|duties|levies|rates)\s+would\s+(?:take|kick|come|go)\s+"
    r"(?:into\s+)?(?:effect|force|in)\b"
    # ("letters setting out the rates they would face from August 1", "informing trading
    # partners of the import taxes their goods will face from August 1")
    r"|\b(?:rates|tariffs|duties|import\s+taxes|levies)\s+(?:they|their\s+(?:goods|exports|products))\s+"
    r"(?:would|will)\s+(?:face|pay)\s+(?:from|starting|beginning|as\s+of)\b"
    # ("Thursday's order, whose rates apply to goods entering the United States from August 7")
    r"|" + _WHOSE_RATES_APPLY +
    # ("an order setting country-by-country "reciprocal" rates that take effect on August 7")
    r"|\b(?:new|higher|steeper|revised|country-specific|country-by-country|sweeping)\s+"
    r"(?:[\"“]?reciprocal[\"”]?\s+|U\.S\.\s+|US\s+)*(?:import\s+)?(?:tariffs|duties|levies|rates)"
    r"(?:\s+(?:on|for)\s+[^.;%]{0,60}?)?,?\s+(?:that|which)\s+(?:will\s+|would\s+|are\s+(?:due|set)\s+to\s+)?"
    r"(?:took|take|takes|came|come|comes|kicked|kick|kicks|went|go)\s+(?:into\s+)?(?:effect|force|in)\b"
    # ("New US import duties took effect on Thursday for dozens of trading partners")
    r"|\b(?:new|higher|steeper|revised|country-specific|sweeping)\s+(?:U\.S\.\s+|US\s+|American\s+)?"
    r"(?:import\s+)?(?:tariffs|duties|levies|rates)\s+(?:took|take|takes|came|come|comes|kicked|kick|kicks|"
    r"went)\s+(?:into\s+)?(?:effect|force|in)\s+(?:on\s+\w+\s+)?(?:for|on)\s+(?:goods\s+from\s+)?"
    r"(?:dozens|scores|more\s+than\s+\d+|about\s+\d+|\d+|many|most)\b"
    # ("Trump told 14 countries, including Japan, that they will face sharply higher tariffs
    # from Aug. 1")
    r"|\b(?:told|informed|notified|warned)\s+(?:\d+|dozens\s+of|several|many)\s+(?:countries|nations|"
    r"trading\s+partners|economies)\b[^.;%]{0,80}?\b(?:will|would)\s+face\s+(?:[\w-]+\s+){0,3}?"
    r"(?:tariffs|duties|levies|rates)\s+(?:from|starting|beginning|as\s+of|on)\b"
    # ("About 60 trading partners ... will face higher, country-specific rates from April 9")
    r"|\b(?:(?:about|around|some|nearly|almost|roughly|more\s+than)\s+\d+|\d+|dozens\s+of|scores\s+of)\s+"
    r"(?:other\s+)?(?:countries|nations|trading\s+partners|economies)\b(?:U\.S\.|[^.;%]){0,80}?\b(?:will|would)\s+"
    r"face\s+(?:[\w-]+,?\s+){0,3}?(?:tariffs|duties|levies|rates)\s+(?:from|starting|beginning|as\s+of|on)\b"
    # ("The latest round of US tariffs that took effect on Thursday has redrawn the map")
    r"|\b(?:latest|newest|new|last)\s+(?:round|wave|batch|set)\s+of\s+(?:U\.S\.\s+|US\s+|American\s+)?"
    r"(?:import\s+)?(?:tariffs|duties|levies|rates),?\s+(?:that|which)\s+(?:took|take|takes|came|come|"
    r"comes|kicked|kick|kicks|went)\s+(?:into\s+)?(?:effect|force|in)\b"
    # ("The order set rates for dozens of trading partners, all taking effect on August 7")
    r"|\b(?:rates|tariffs|duties|levies)\s+(?:for|on)\s+(?:dozens\s+of|scores\s+of|more\s+than\s+\d+|"
    r"(?:about|around|some|nearly|almost|roughly)\s+\d+|\d+|many|several)\s+(?:other\s+)?"
    r"(?:countries|nations|trading\s+partners|economies)\b"
    r"[^.;%]{0,30}?,?\s+(?:all\s+)?(?:taking|to\s+take|that\s+take|which\s+take|coming|to\s+come)\s+"
    r"(?:into\s+)?(?:effect|force)\b",
    re.I,
)
NEW_TARIFFS_TOOK_EFFECT = re.compile(
    r"(?:^|[—–-]\s)\W*(?:The\s+)?(?:new|higher|additional)\s+(?:U\.S\.\s+|US\s+|American\s+)?"
    r"(?:tariffs|duties|levies)\s+on\s+[^.;%]{0,80}?\b(?:took|take|takes|came|come|comes|kicked|"
    r"kick|kicks|went)\s+(?:into\s+)?(?:effect|force|in)\b",
    re.I,
)
LATER_EFFECT = re.compile(
    r"\b(?:the|these|those|both|all|that|this)\s+(?:new\s+|higher\s+|lower\s+|country-specific\s+|[\w.“”\"-]+\s+){0,3}(?:rates?|tariffs?|duty|duties|levy|levies|surtax(?:es)?|baseline|deposits|measures?|steps|cuts|changes|reductions|increases|hikes|increase|hike|cut|reduction|proclamation|order|decree|notification|system|regime|scheme)\b"
    # "They will take effect at 12:01 a.m. on Thursday": the rates just reported
    # ("All take effect from August 1", "They all take effect", "All of them apply from ...")
    r"|^\s*(?:They|These|Those|All|Each)(?:\s+(?:all|of\s+them|both|three|four|five|six|seven))?\s+"
    r"(?:will\s+|would\s+|are\s+(?:due|set|expected)\s+to\s+)?(?:take|takes|took|come|comes|came|"
    r"kick|kicks|kicked|go|goes|went|enter|enters|entered|apply|applies|applied)\b"
    # "Collection of the first tranche was due to begin on 15 April"
    r"|^\s*(?:The\s+)?(?:collection|imposition|application)\s+of\b",
    re.I,
)
# "It took effect on August 7": the rate of the sentence just before, named by "it"
# The opening of an aside that describes what stands before it, set off by commas ("Morocco and
# Egypt, rivals in the European market ...,"), not an inclusion list (", including Vietnam,")
DESCRIBED_ASIDE = (
    r",\s+(?!(?:including|such|notably|especially|particularly|like|among)\b)(?-i:[a-z])[\w-]*\s"
)
# "..., although the lower rate applies to imports from all countries"
APPLIES_TO_ALL_AFTER = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:lower|new|higher|reduced|same)\s+)?(?:rate|duty|tariff|cut)\s+"
    r"(?:applies|apply|will\s+apply)\s+to\s+(?:imports|goods|shipments)\s+from\s+(?:all|every)\s+"
    r"(?:countries|country|origins?|sources?|suppliers)\b",
    re.I,
)
# "The Canada and Mexico tariffs take effect", told in a timeline's entry
THE_TARIFFS_TOOK_EFFECT = re.compile(
    r"\s*[-–—:]?\s*(?:The|Both)\s+(?:[\w-]+\s+){0,5}?(?:tariffs|duties|levies)\s+(?:finally\s+)?"
    r"(?:take|took|come|came|go|went|kick|kicked)\s+(?:into\s+)?(?:effect|force|in)\b"
)
IT_TOOK_EFFECT = re.compile(
    r"\W*It\s+(?:will\s+|would\s+|(?:is|was)\s+(?:due|set|expected|scheduled)\s+to\s+)?"
    r"(?:(?:take|takes|took|come|comes|came|go|goes|went)\s+into\s+(?:effect|force)|"
    r"(?:take|takes|took)\s+effect|(?:kick|kicks|kicked)\s+in|(?:appl(?:y|ies|ied))\s+from)\b"
    # ("The new rate, which the White House said would apply from August 7, is far above ...")
    r"|\W*The\s+new\s+(?:rate|tariff|duty|levy)s?,\s+which\s+[^,;%]{0,50}?\b(?:would|will|is\s+due\s+to)\s+"
    r"(?:apply|take\s+effect|come\s+into\s+(?:effect|force))\s+(?:from|on)\s+[^,;%]{3,25},",
)
RATE_ON = re.compile(
    r"\d+(?:\.\d+)?" + RATE_UNIT + r"\s+(?:[\w\"“”-]+\s+)?rates?\s+(?:on|for|against)\s+"
    r"(?:the\s+)?(?:goods\s+from\s+|imports\s+from\s+)?",
    re.I,
)
RATE_SET_FOR = re.compile(
    r"\d+(?:\.\d+)?" + RATE_UNIT + r"\s+(?:that\s+)?(?:[\w.]+\s+){1,4}?"
    r"(?:announced|set|proposed|threatened|imposed|slapped|levied|assigned|floated)\s+"
    r"(?:on|for|against)\s+(?:the\s+)?",
    re.I,
)
# "the 15% now charged on goods from Lesotho", "the 10% applied to Kenyan products"
RATE_CHARGED_ON = re.compile(
    r"\d+(?:\.\d+)?" + RATE_UNIT + r"\s+(?:now\s+|currently\s+|already\s+)?"
    r"(?:charged|levied|imposed|applied)\s+(?:on|to)\s+(?:the\s+)?"
    r"(?:(?:goods|imports|products|exports|shipments)\s+from\s+(?:the\s+)?)?",
    re.I,
)
RELATIVE = re.compile(r",\s+(?:which|who)\b")
ITS_THINGS = re.compile(
    r"\bits\s+(?:[\w-]+\s+){0,2}?(?:exports|goods|products|vehicles|cars|shipments)\b", re.I
)
PUSHED_BACK = re.compile(
    r"\b(?:push\w*\s+back|delay\w*|postpon\w*|defer\w*|mov(?:e|ed|es|ing)\s+back)\b", re.I
)
THE_DUTY_SINCE = re.compile(
    r"\W*The\s+(?:new\s+|higher\s+|[\w-]+\s+)?(?:duty|tariff|levy|rate|surcharge),\s+"
    r"(?:(?:in\s+(?:effect|force|place)|effective)\s+(?:since|from)|which\s+took\s+effect\s+on)\s+",
)
ANAPHORA = re.compile(
    r"\b(?:increas|rais|hik|lift|cut|lower|reduc|bring)\w*\s+(?:it|them|this|that)\s+(?:\w+\s+)?to\s+\d",
    re.I,
)
# "then doubled the rate to 50%", "raised that tariff to 35%": the one just told
THE_RATE_CHANGED = re.compile(
    r"\b(?:doubl|tripl|rais|increas|hik|lift|cut|lower|reduc|halv)\w*\s+(?:the|that|this)\s+"
    # ("proposed raising that above-quota rate to 35%")
    r"(?:(?<=that\s)[\w-]+\s+|(?<=this\s)[\w-]+\s+)?(?:rate|tariff|duty|levy)\s+(?:again\s+)?to\s+$",
    re.I,
)
EXTEND = re.compile(
    r"\bthe\s+same\s+(?:duties|tariffs|levies|rates)\b|\b(?:are|is|would\s+be|will\s+be)\s+also\s+(?:affected|targeted|hit|covered|subject|included)|\balso\s+appl(?:y|ies)\s+to|\bextended\s+to\b",
    re.I,
)


@dataclass
class _Mention:
    start: int
    end: int
    code: str
    part: str = ""  # "agent", "dest", "target", "faces" or ""
    person: bool = False  # a person standing for their country


@dataclass
class _Rate:
    value: float
    start: int
    end: int
    companion: bool = False  # "from 10%": the rate before a change
    sentence: int = 0
    separate: bool = False  # "a separate 40% levy": not the measure already reported
    added: bool = False  # "and the additional 25 per cent duty": another one of the same rate
    ranged: bool = False  # an end of "rates ranging from 25% to 40%"
    span: bool = False  # ... that spans many countries' rates, and is none of them


@dataclass
class _Hit:
    rate: _Rate
    imposer: str | None
    targets: list[str]
    scope: str | None
    kind: str
    status: str
    effective: date | None
    sentence: int
    previous: float | None = None
    sources: list[str] = field(default_factory=list)  # how imposer/target were found
    told_below: bool = False  # a headline's rate the body has told on all goods


class TariffReader:
    def __init__(
        self,
        reader: PeopleReader,
        sentences: list[Sentence],
        published: date | None,
        home: str | None = None,
    ):
        self.reader = reader
        self.told = sentences  # as written, for the evidence
        self.sentences = [_plain_label(s) for s in sentences]
        self.published = published  # (moved to the day a sentence is told from, for a while)
        self.story_day = published  # the day the story itself appeared
        self.ctx_imposer: str | None = None
        self.ctx_target: str | None = None
        self.ctx_scope: str | None = None
        self.ctx_scope_of: str | None = None  # whose measure the goods were named for
        self.body_target = False  # a target was read from the body, not only the headline
        self.last_measure_sentence = -10  # a tariff measure named without a rate
        self.measure_dates: dict[tuple[str, str], date] = {}
        self.article_kinds: dict[str, str] = {}
        self.hits: list[_Hit] = []
        self.pending: date | None = None  # a date whose rates come in the next sentences
        self.pending_effective: tuple[date, int, str] | None = None
        # the sentence of a dated measure that named no country ("Egypt will impose safeguard
        # duties on steel from October 1"): its rates, told next, are on goods from anywhere
        self.pending_from_anywhere: int | None = None
        # the pending day was told as done ("... took effect on January 1"): it reaches the next
        # two lines' rates only, and a list does not carry it on
        self.pending_done = False
        self.later_date: tuple[date, int] | None = None  # "the new rates will apply from ..."
        self.table_head: list[str] = []  # the header row of a table of rates
        self.lead_day: tuple[date, int] | None = None  # "New tariffs on X took effect on Tuesday"
        self.span_date: tuple[date, int] | None = None  # "rates of 10% to 41% ... from Aug. 7"
        self.home = home  # the dateline's country: "the government" in a NEW DELHI story
        # "The National Tariff Commission (NTC)": the short names the story gives its bodies
        shorts = [
            re.escape(part)
            for s in sentences
            if "(" in s.text
            for m in DEFINED_ACRONYM.finditer(s.text)
            if GOVERNMENT_BODY.search(m.group(1))
            for part in {m.group(2), *m.group(2).split("-")}  # "(Gecex-Camex)": either name
        ]
        self._body = (
            re.compile(GOVERNMENT_BODY.pattern + r"|\b(?:" + "|".join(shorts) + r")\b")
            if shorts
            else GOVERNMENT_BODY
        )
        self._si = 0
        self.timeline = False  # the sentence stands in a dated entry of a timeline
        self.datelines = 0  # the paragraphs read so far that open on a dateline
        self.list_header_at: int | None = None  # a "Malaysia:" line over its exporters' rates
        self.rate_items_at: int | None = None  # "... sector tariffs:" over "- 100% on drugs;"
        self.rate_item = False  # the sentence read is a line of that list
        self.label: tuple[int, list[str]] | None = None  # "Laos: The rate will be lowered ..."
        self.item_label_at: int | None = None  # the last "* Japan: 15%" line of a list
        self.last_rate_sentence = -10
        self._counts: Counter | None = None
        self._ministries: dict[str, set[str]] | None = None
        # the bodies only one country has that the story names at all (looked for once)
        story = "\n".join(s.text for s in sentences)
        self._home_bodies = [(c, p) for c, p in HOME_PATTERNS.items() if p.search(story)]

    @property
    def _text_countries(self) -> Counter:
        if self._counts is None:
            self._counts = Counter(
                code for s in self.sentences for _, _, code, _ in find_countries(s.text)
            )
        return self._counts

    def _same_rate_as(self, si: int, text: str, mentions: list[_Mention], before: int) -> None:
        """ "Its 15% rate ... is the same as the European Union's": that country pays it too."""
        new = self.hits[before:]
        if len(new) != 1 or len(new[0].targets) != 1 or new[0].targets[0] == STAR:
            return
        h = new[0]
        if "imposer from context" not in h.sources or "target from context" not in h.sources:
            return  # ("The EU's 50% duty on American whiskey matches Canada's": Canada's own)
        same = SAME_AS_OWNERS.match(text, h.rate.end)
        if not same:
            return
        who = next((m for m in mentions if m.start == same.end() and not m.person), None)
        if (
            who is None
            or who.code in (h.imposer, h.targets[0])
            # ("matching China's own levy": China's, on others)
            or re.match(r"[\w\s.-]*(?:’s|'s)\s+own\b", text[who.start : who.end + 8])
            or not re.match(r"[\w\s.-]*(?:’s|'s)\b", text[who.start : who.end + 2])
        ):
            return
        # (its own day is not told: "also effective since August 7" was the first one's)
        self.hits.append(
            replace(h, targets=[who.code], effective=None, sources=[*h.sources, "same rate as"])
        )

    def _headline_agent(self) -> str | None:
        """The side whose tariffs the headline names: "U.S. tariffs on Canada and Mexico are in
        force" is Washington's story."""
        head = self.sentences[0].text
        for _, end, code, _ in find_countries(head):
            # ("U.S. tariffs on Canada", "China's duties"; not "Trump's Canada tariffs")
            if re.match(r"(?:’s|'s)\s+(?:tariffs?|duties|levies)\b", head[end:]) or re.match(
                r"\s+(?:tariffs?|duties|levies)\s+on\b", head[end:], re.I
            ):
                return code
        return None

    def _story_imposer(self, si: int, targets: list[str]) -> str | None:
        """Washington, when no one charging a rate on one named country has been told yet but
        the story so far (its headline too) is about dealing with Washington: "Most UK goods pay
        the 10% baseline duty" under "... what Britain tells us about dealing with Washington"."""
        if not targets or STAR in targets or "US" in targets or self.hits:
            return None
        text = self.sentences[si].text
        if any(code not in targets for _, _, code, _ in find_countries(text)) or re.search(
            r"\b(?:once|previously|formerly|used\s+to|had\s+paid|in\s+(?:19|20)\d\d)\b", text, re.I
        ):
            # (not "Canadian canola faces 100% after Ottawa's duties on Chinese cars": another
            # side in the sentence; nor "Australian wine once paid up to 218%": history)
            return None
        paragraph, us = self.sentences[si].paragraph, False
        for s in self.sentences[: si + 1]:
            for a, b, code, _ in find_countries(s.text):
                if code == "US":
                    us = True
                elif code not in targets and (
                    s.paragraph == paragraph or seat_of_government(s.text[a:b])
                ):
                    # ("Canola farmers caught between Beijing and Washington", "The European
                    # Union is watching ... Meanwhile, Chinese cars face": another side)
                    return None
        return "US" if us else None

    def _paragraph_subject(self, si: int) -> str | None:
        """The one country the paragraph so far (and a question heading over it) speaks of, when
        it opened a sentence as the one guarding its market, for a rate on goods from anywhere:
        "How does Canada keep imports out? ... Anything beyond that volume, whatever its origin,
        faces over-quota tariffs of 241 per cent"."""
        if self.sentences[si].text.count("%") > 3:
            return None
        first = opened = self._paragraph_start(si)
        if first and self.sentences[first - 1].text.rstrip().endswith("?"):
            first -= 1  # the explainer's question over the answer: what it asks of
        told = {
            code
            for k in range(first, si + 1)
            for *_, code, _ in find_countries(self.sentences[k].text)
        }
        # (the one guarding its market, not an exporter: "Canada ships six million tonnes south
        # of the border. ... steel from every country faces a 50 per cent tariff")
        opened = {
            o[0]
            for k in range(opened, si)
            if (o := self._opening_country(k))
            and OWN_MARKET_VERB.match(self.sentences[k].text, o[1])
        }
        if first < self._paragraph_start(si):
            question = self.sentences[first].text
            opened |= {
                code
                for _, end, code, _ in find_countries(question)
                if OWN_MARKET_VERB.match(question, end)
            }
        if len(told) == 1 and opened == told:
            return next(iter(told))
        return None

    def _country_rates_day(self, si: int, text: str) -> None:
        """ "..., a 10% baseline tariff will apply from April 5, with the higher
        country-specific rates taking effect on April 9": the day of each country's rate the
        sentences just before gave without one (not those at the baseline's level)."""
        told = WITH_COUNTRY_RATES_ON.search(text)
        if not told or not self.published:
            return
        days = [d for d in find_dates(text) if d.start >= told.end() - 1]
        if not days:
            return
        got, precision = resolve(days[0], self.published)
        if got is None or precision != "day":
            return
        base = {  # (the baseline's own level, told before: "a 10% baseline tariff")
            float(x)
            for x in re.findall(
                r"(\d+(?:\.\d+)?)\s*(?:%|per[\s-]*cent|percent)", text[: told.start()]
            )
        }
        # (and those at the baseline's level, its day: "Morocco and Egypt were assigned the
        # minimum 10% rate" before "a 10% baseline tariff will apply ... from April 5")
        first = find_dates(text[: told.start()])
        base_day = resolve(first[-1], self.published)[0] if len(first) == 1 else None
        main = self._main_imposer()
        for h in self.hits:
            if (
                si - 3 <= h.sentence < si
                and h.effective is None
                and h.targets != [STAR]
                and not h.rate.companion
                # (the side of the schedule's rates, not "Beijing hit back with 34%"; nor history:
                # "In 2018, the EU imposed a 25% duty on American whiskey")
                and h.imposer == main
                and not PAST_TIME.search(self.sentences[h.sentence].text)
            ):
                h.effective = base_day if h.rate.value in base else got

    def read(self) -> list[Tariff]:
        for si, sent in enumerate(self.sentences):
            self._si = si
            self.rate_item = False
            # (scare quotes read as plain words: 'new "reciprocal" tariff rates', same offsets)
            text = SCARE_QUOTES.sub(_unquoted, sent.text)
            self._country_rates_day(si, text)
            if TABLE_ROW.fullmatch(text.strip()):
                self._table_row(si, text)  # "| Malaysia | 19% | 24% |" under a header row
                continue
            if si and ENTRY_TIME.fullmatch(text.strip()) and (agent := self._headline_agent()):
                # a live blog's next entry ("10:40 a.m. ET"): back to the side the headline
                # names, not the one the entry before told of
                self.ctx_imposer = agent
            if (
                (head := DATELINE_HEAD.match(text))
                and self._paragraph_start(si) == si
                and (
                    city := dateline_country(
                        re.sub(r"\([^)]*\)", "", head.group(0)).strip(" -–—:").split(",")[0].title()
                    )
                )
            ):
                if self.datelines:
                    # a round-up's next item under its own dateline ("BERN - Swiss Economy
                    # Minister ... presses for a reduction of the 39% US tariff"): that place's
                    # story, not the country of the item before
                    self.ctx_target = city if city != "US" else None
                    self.ctx_imposer = None
                self.datelines += 1
            low = text.lower()
            applied = APPLIED_LIST.match(text)
            if applied and (who := country_code(applied.group("who"))):
                # "Since March 20, 2025, China has applied:" over a list of its rates: theirs, from
                # that day
                self.ctx_imposer = who
                day = next((d for d in find_dates(text) if d.end <= applied.end("since")), None)
                got, precision = resolve(day, self.published, past=True) if day else (None, None)
                if got and precision == "day":
                    self.pending_effective, self.pending_done = (got, si, who), True
                    self.pending_from_anywhere = None
            if (
                text.rstrip().endswith(":")
                and (
                    si - self.last_measure_sentence <= 1
                    or si - self.last_rate_sentence <= 4
                    # ("... an order setting new country-by-country rates, which take effect on
                    # August 7. Chile stays at 10%. Several other countries will pay more:")
                    or (
                        self.hits
                        and PAYS_BEFORE_LIST.search(text)
                        and any(RATE.search(x.text) for x in self.sentences[si + 1 : si + 3])
                    )
                )
            ):
                # "Thailand will lower its duties on American farm goods. They include:", "Key
                # points:" a few lines after rates: a list of the story's rates follows
                self.last_rate_sentence = si
            if text.rstrip().endswith(":") and re.search(
                r"\b(?:tariffs|duties|levies)\b", text, re.I
            ):
                if (
                    si + 1 < len(self.sentences)
                    and RATE_ON_ITEM.match(self.sentences[si + 1].text)
                    # (a measure told: not "Stocks slid after Trump's latest tariffs:" over
                    # market moves, nor "exports fell under the duties:")
                    and MEASURE_TOLD.search(text)
                ):
                    # "Trump announced a new round of sector tariffs, all to take effect on Oct.
                    # 1:" over "- 100% on branded drugs;": the rates of the measure just told
                    self.last_rate_sentence = self.rate_items_at = si
                if ALL_PARTNERS.search(text) and not find_countries(text):
                    # "The sector duties apply to imports from every country:": what the list's
                    # lines of goods charge, they charge on all partners
                    self.last_rate_sentence = si
                    self.ctx_target, self.item_label_at = STAR, si
            following = self.sentences[si + 1].text if si + 1 < len(self.sentences) else ""
            if len(text) < 40 and (
                text.rstrip().endswith(":")
                # ("China" alone on its line, over "- Zhejiang Glass Co: 24.17pc")
                or re.match(r"\s*[-•*·▪◦–]\s", following)
            ):
                header = find_countries(text)
                if len(header) == 1 and re.fullmatch(
                    r"\W*" + re.escape(header[0][3]) + r"\s*:?\s*", text
                ):
                    # "Malaysia:" over a list of its exporters' rates
                    self.ctx_target, self.list_header_at = header[0][2], si
                    continue
            labelled = self._country_label(si, text) and bool(RATE.search(text))
            if labelled:
                self.item_label_at = si
            elif (
                self.item_label_at is not None
                # (a heading and a line of lead-in may stand between the two lists)
                and si - self.item_label_at <= 4
                and (goods := LABELLED_RATE.match(text))
                and not find_countries(goods.group("label"))
            ):
                # "* China: 10% ...", then "* Steel and aluminium: 50%": a sector's rate on
                # every partner, not the last country's
                self.ctx_target, self.item_label_at = STAR, si
            # "- 100% on branded drugs;" under "Trump announced sector tariffs ...:"
            rate_item = self.rate_item = bool(
                RATE_ON_ITEM.match(text)
                and self.rate_items_at is not None
                and si - self.rate_items_at <= 8
            )
            listed = (
                bool(LABELLED_RATE.match(text))
                and (
                    si - self.last_rate_sentence <= 10
                    or (self.list_header_at is not None and si - self.list_header_at <= 6)
                )
                or rate_item
            )  # "- Zhejiang Float Glass Co: 24.17pc" under "The final duties are as follows:"
            if (since := THE_DUTY_SINCE.match(text)) and self.published:
                self._the_duty_since(si, text, since)
            if (
                self.published
                and (entry := TIMELINE_DAY.match(text))
                and THE_TARIFFS_TOOK_EFFECT.match(text, entry.end())
                and not RATE.search(text)
            ):
                self._entry_took_effect(si, text)
            if (took := IT_TOOK_EFFECT.match(text)) and si - self.last_rate_sentence == 1:
                self._it_took_effect(si, text)
                if not RATE.search(text):
                    continue  # (rates of its own are read on: "..., along with a 25% levy")
                if took.group(0).endswith(","):
                    # (the day is the new rate's, not that of one it is compared with: "..., is far
                    # above the 15% level the European Union accepted")
                    for d in find_dates(text[: took.end()]):
                        text = text[: d.start] + " " * (d.end - d.start) + text[d.end :]
            if (
                not labelled
                and not listed
                and not any(k in low for k in TARIFF_KEYS)
                # ("... would pay 35%. The increases would take effect Jan. 1": their day)
                and not (si - self.last_rate_sentence <= 2 and LATER_EFFECT.search(text))
            ):
                continue
            has_noun = bool(
                TARIFF_NOUN.search(text)
                or TARIFF_RATE.search(text)
                or _rate_on_country(text)
                # ("the all-inclusive 15% ceiling that already applies to most EU goods")
                or bool(
                    re.search(r"\b(?:rates?|ceiling)\s", text)
                    and any(RATE_ON_GOODS.match(text, r.end()) for r in RATE.finditer(text))
                )
                or rate_item
                # ("The United States will charge 15% on most South Korean goods")
                or bool(CHARGE_WORD.search(low))
                and any(_charged_on_goods(text, r.start(), r.end()) for r in RATE.finditer(text))
            )
            recent = (
                si - self.last_rate_sentence <= 2
                # "The rates are set to climb on Jan. 1. From that date sofas will be taxed at 30%"
                or bool(self.later_date and si - self.later_date[1] <= 1 and PAYS_RATE.search(text))
                # ("..., with the higher duties due from Aug. 7. Chile was among the hardest hit,
                # with a 39% rate"): a country given its rate under the measure just dated
                or bool(
                    self.span_date
                    and si - self.span_date[1] <= SPAN_REACH
                    and FACES_RATE.search(text)
                )
                or bool(
                    # "Iraq, Algeria and Libya were told to expect 30 percent rates, Brunei and
                    # Moldova 25 percent": a list of countries' rates anywhere in a tariff story
                    self.hits
                    and _country_rate_pairs(text)
                    and len(find_countries(text)) >= 3
                    and not re.search(r"[\"“”]", text)  # (not a speaker's comparison)
                )
                or bool(
                    # "Indonesia and Thailand were each assigned a rate of 19 per cent, while Vietnam
                    # faces 20 per cent": countries and rates further on in a tariff story
                    si - self.last_rate_sentence <= 8
                    and (
                        ASSIGNED_RATE.search(text)
                        # ("The EU, Japan and South Korea all negotiated a 15% rate")
                        or DEAL_RATE.search(text)
                        and bool(find_countries(text))
                        or _country_rate_pairs(text)
                        # "Rates vary by company. Huzhou Linyuan Co. will pay 21.4%, while ..."
                        or (si - self.last_rate_sentence <= 4 and PAYS_RATE.search(text))
                        # "The 25 per cent rate had been set out in a letter": named again
                        or THE_RATE_AGAIN.match(text)
                    )
                )
                or bool(
                    # "The higher duties ... kicked in on Wednesday. The new rate on both metals
                    # is 50%": the rate of the measure just dated
                    self.pending_effective
                    and si - self.pending_effective[1] <= 1
                    and re.search(r"\b(?:new|higher|lower|increased|reduced)\s+rate\b", text, re.I)
                )
                or bool(
                    # "On Thursday the administration's country-by-country tariff schedule took
                    # effect. Rates now range from 19 per cent for Malaysia to 40 per cent for
                    # Laos": the rates of the measure just told, by country
                    si - self.last_measure_sentence <= 2
                    and _rates_for_countries(text)
                    and not re.search(r"[\"“”]", text)
                )
                or bool(
                    # "the duties will apply from Saturday. Firm A will pay 18.4%, firm B 27.1%";
                    # "... approved duties on US goods. Most of the list would be taxed at 25%"
                    (
                        (self.pending_effective and si - self.pending_effective[1] <= 1)
                        or si - self.last_measure_sentence <= 1
                    )
                    and PAYS_RATE.search(text)
                )
                or bool(
                    # "An executive order signed by President Donald Trump sets new rates,
                    # effective Aug. 7. Malaysia and Indonesia were also assigned 19%"
                    si - self.last_measure_sentence <= 1
                    and FACES_RATE.search(text)
                    and _country_rate_pairs(text)
                    and not re.search(r"[\"“”]", text)
                    # (not "Under the April schedule, Vietnam was assigned 46%": another time's)
                    and not _another_time(text)
                )
            )
            # ("Japan's rate rose by a point from the 24% announced in April": further on)
            recent = (
                recent
                or labelled
                # "Swiss goods will pay 39 per cent. India is set at 25 per cent.": in a story of
                # one side's rates, a country told straight before what it pays
                or bool(self.ctx_imposer and _country_pays(text))
                or bool(self._its_rate_owner(si, text))
                # ("That is lower than the 20% Jordan was assigned on April 2", after the new rate)
                or bool(si - self.last_rate_sentence <= 2 and _rate_a_country_was_given(text))
                or bool(
                    # "- Laos and Myanmar are each set at 40%." in a list of a measure's rates
                    re.match(r"\s*[-•*·▪◦–]\s", text)
                    and (
                        si - self.last_measure_sentence <= 12 or si - self.last_rate_sentence <= 12
                    )
                    and RATE.search(text)
                    and find_countries(text)
                    and (any(k in low for k in TARIFF_KEYS) or LISTED_AT.search(text))
                    and not re.search(r"[\"“”]", text)
                )
                or bool(si - self.last_rate_sentence <= 8 and OWN_RATE_CHANGED_AT.search(text))
                # ("Under the order, Malaysia's rate also falls to 19% from the 25% ...")
                or bool(
                    si - self.last_rate_sentence <= 8
                    and (changed := COUNTRY_RATE_CHANGED.search(text))
                    and country_code(changed.group("who"))
                    # (a tariff's words, not "Britain's headline rate rose to 3.8%" on prices)
                    and re.search(
                        r"\b(?:order|letter|deal|agreement|tariffs?|dut(?:y|ies)|levy|framework|"
                        r"reciprocal)\b",
                        text,
                        re.I,
                    )
                    and not NOT_TARIFF_RATE.search(text)
                    and not re.search(r"\bheadline\s+rate\b", text, re.I)
                )
                # ("... moved to reimpose duties on American goods. The first tranche covers
                # bourbon. American whiskey would face a 50% rate from April 1.")
                or bool(
                    si - self.last_measure_sentence <= 3
                    and (first := find_countries(text))
                    and first[0][0] <= 4
                    and GOODS_WILL_FACE.match(text, first[0][1])
                    and not re.search(r"[\"“”]", text)
                )
            )
            dated_later = bool(LATER_EFFECT.search(text) and EFFECTIVE_WORD.search(text))
            follow_on = (
                (
                    recent
                    or (dated_later and si - self.last_measure_sentence <= 1)
                    # ("Senators voted to pass the measure, which raises duties ... The lower house
                    # approved it earlier. The new rates take effect on Jan. 1.")
                    or (
                        dated_later
                        and NEW_RATES_LEAD.match(text)
                        and si - self.last_measure_sentence <= 3
                    )
                )
                and bool(
                    dated_later
                    or ANAPHORA.search(text)
                    or REMAIN.search(text)
                    or (BARE_RATE.search(text) and not NOT_TARIFF_RATE.search(text))
                    or _country_rate_pairs(text)
                    or PAYS_RATE.search(text)
                    or FACES_RATE.search(text)
                    or LABELLED_RATE.match(text)
                    or _country_listed_at(text)  # "- Iraq is at 35%."
                    or TRANCHE.search(text)  # "A second tranche, at 10%, applies from May 16"
                    or _rate_a_country_was_given(text)
                    or OWN_RATE_CHANGED_AT.search(
                        text
                    )  # "Japan's is one point higher than the 24%"
                )
                or labelled
            )
            if (
                text.rstrip().endswith(":")
                and BARE_RATE.search(text)
                and not has_noun
                and not follow_on
            ):
                self.last_rate_sentence = si  # "The headline rates are:" a list follows
                self._later_effective(text, si)
                self._letters_list(si, text)
                continue
            # ("The order set rates for dozens of trading partners, all taking effect on August 7":
            # a lead with no tariff word, read only when nothing else lets the sentence in)
            many_dated = (
                not has_noun
                and not follow_on
                and bool(self.hits)
                and bool(MANY_RATES_TOOK_EFFECT.search(text))
            )
            if (
                not has_noun
                and not follow_on
                and not many_dated
                and not (recent and EXTEND.search(text))
            ):
                continue
            mentions = self._mentions(si, text)
            if self.label and si - self.label[0] <= 1:
                mentions = self._label_targets(si, text, mentions)
            text = self._by_company_lead(si, text)
            # (in a story with rates already, 'the 20 percent "reciprocal" rate' is one too)
            rates = self._rates(
                text,
                si,
                context=follow_on or bool(self.hits and TARIFF_RATE.search(text)) or rate_item,
            )
            if (
                rates
                and THOSE_LEVIES.match(text)
                and si - self.last_rate_sentence <= 2
                # (not "The higher country rates that kicked in on Wednesday, including a 20%
                # duty on goods from the EU, were paused": the rate is one of those levies)
                and not re.search(
                    r"\b(?:including|such\s+as|among\s+them)\s+(?:an?\s+|the\s+)?$",
                    text[: rates[0].start],
                )
            ):
                # "Those levies were due to start on April 9 but were suspended ..., leaving a
                # 10% baseline tariff": the day is the levies' just reported, not the 10%'s
                head = text[: rates[0].start]
                dated = [
                    d
                    for d in find_dates(head)
                    if (trigger := _effective_trigger(head, d, 60))
                    # (not "Those rates are set to climb on Jan. 1, when ... rises to 30%")
                    and not re.search(
                        r"\b(?:climb|rise|increase|jump|go\s+up|fall|drop|double)\b",
                        trigger.group(0),
                    )
                ]
                if dated:
                    keep = self.later_date  # (the old levies' day is not the new schedule's)
                    self._later_effective(head, si)
                    self.later_date = keep
                    for d in dated:
                        # (with its "on": no goods are read from "on ... but was suspended")
                        on = re.search(r"\b(?:on|from|as\s+of|since)\s+$", text[: d.start], re.I)
                        start = on.start() if on else d.start
                        text = text[:start] + " " * (d.end - start) + text[d.end :]
            if rates:
                before = len(self.hits)
                head = text[: rates[0].start]
                self._read_rates(si, text, mentions, rates)
                self._same_rate_as(si, text, mentions, before)
                if MEASURE_AHEAD.match(head) and any(
                    _effective_trigger(head, d, 40) for d in find_dates(head)
                ):
                    # "Turkey will impose extra duties on American goods from April 1, ...,
                    # retaliating against Washington's 25% tariff": the measure's day, for the
                    # rates the next lines give it
                    self._read_measure(si, head, [m for m in mentions if m.end <= len(head)])
                self._lead_day(si, text)
                many = MANY_RATES_TOOK_EFFECT.search(text)
                day = (
                    # ("... takes effect at 12:01 a.m. Eastern time on Thursday")
                    next((d for d in find_dates(text) if 0 <= d.start - many.end() <= 40), None)
                    if many
                    else None
                )
                if day is not None and self.published:
                    # "Trump told 14 countries that new duties would kick in on August 1, and
                    # vowed a 50% tariff on copper": the day of the countries' rates told next
                    # (counted from a timeline entry's own day: "APRIL 2 - ... higher country
                    # rates are due on April 9, among them 34% for China")
                    entry = self._day_told_from(
                        self.sentences[self._paragraph_start(si)].text,
                        TIMELINE_DAY,
                        self.published,
                    )
                    got, precision = resolve(day, entry or self.published, future=True)
                    if got is not None and precision == "day":
                        self.later_date = self.span_date = (got, si)
                        if WHOSE_RATES_APPLY.search(text) or many.group(0).endswith("due"):
                            # "The order, whose rates apply from August 7, set 19% for Cambodia
                            # ... and 19% for Malaysia": each new rate it set, not the old ones
                            for h in self.hits[before:]:
                                if (
                                    h.effective is None
                                    and not h.rate.companion
                                    and h.rate.start > many.end()
                                    and not _apart_from_list(text, h.rate)
                                ):
                                    h.effective = got
                if (
                    all(r.companion for r in rates)
                    and LATER_EFFECT.search(text)
                    and si - self.last_rate_sentence <= 2
                ):
                    # "A 35% tariff on Canadian goods ... The duty would apply from August 1 and
                    # replace the 25% tariff now charged": the day of the measure just told
                    self._later_effective(text, si)
                _year_steps(text, self.hits[before:])
                if COMPONENTS.match(text):
                    self._components(si, text, self.hits[before:])
                elif REPLACES.search(text) and not any(not m.person for m in mentions):
                    self._replaced(si, self.hits[before:])
                self.last_rate_sentence = si
            elif EXTEND.search(text) and recent:
                self._extend(si, text, mentions)
            elif has_noun or follow_on or many_dated:
                if (
                    LATER_EFFECT.search(text)
                    and (
                        si - self.last_rate_sentence <= 4
                        or si - self.last_measure_sentence <= 2
                        or (si - self.last_measure_sentence <= 3 and NEW_RATES_LEAD.match(text))
                    )
                    # "Higher U.S. tariffs on goods from dozens of countries took effect on
                    # Thursday": a lead whose day is that of each country's rate told next
                    or MANY_RATES_TOOK_EFFECT.search(text)
                    # "Higher country-specific rates, which ..., are due to kick in on April 9"
                    or (
                        COUNTRY_RATES_LEAD.match(text)
                        and EFFECTIVE_WORD.search(text)
                        and si - self.last_rate_sentence <= 4
                    )
                ):
                    self._later_effective(text, si)
                if NEW_TARIFFS_TOOK_EFFECT.search(text) and self.published:
                    # "New U.S. tariffs on imported timber took effect on Tuesday": the day of
                    # the rates the next sentence gives ("The duties impose 10% on lumber")
                    days = [d for d in find_dates(text) if _effective_trigger(text, d, 60)]
                    got, precision = (
                        resolve(days[0], self.published, future=False) if days else (None, None)
                    )
                    if got is not None and precision == "day":
                        self.lead_day = (got, si)
                self._read_measure(si, text, mentions)
                if ON_ALL_LATER.match(text):
                    # "The duty shall be 12 per cent ... The measure applies to imports from all
                    # countries": the rates just read, whose sentence named no country, are on all
                    for h in self.hits:
                        named = {
                            c for _, _, c, _ in find_countries(self.sentences[h.sentence].text)
                        }
                        if si - h.sentence <= 2 and not set(h.targets) & named:
                            h.targets = [STAR]
                if self.pending_effective and self.pending_effective[1] == si and self.ctx_imposer:
                    # (the one acting may be named after the day: "ordered by President X")
                    self.pending_effective = (self.pending_effective[0], si, self.ctx_imposer)
                if text.rstrip().endswith(":") and (has_noun or BARE_RATE.search(text)):
                    self.last_rate_sentence = (
                        si  # "Here are the rates announced so far:" a list follows
                    )
                    self._letters_list(si, text)
        # "warned he could add another 100% levy if Beijing went ahead": a threat on a
        # condition, not a rate set or proposed (unless a day is named for it, or it is a list
        # drawn up of goods that could face it)
        self.hits = [
            h for h in self.hits if not _conditional_threat(self.sentences[h.sentence].text, h.rate)
        ]
        return self._merge()

    def _letters_list(self, si: int, text: str) -> None:
        """ "The rates set out in Monday's letters were:" after "letters ... that goods from their
        countries would face a 25% tariff from August 1": the list's rates take that day."""
        if (self.later_date and self.later_date[1] == si) or not LETTERS_LIST.search(text):
            return
        day = next(
            (
                h.effective
                for h in reversed(self.hits)
                if si - 3 <= h.sentence
                and h.effective
                and self.published
                and h.effective > self.published
                and re.search(r"\bletters?\b", self.sentences[h.sentence].text)
            ),
            None,
        )
        if day is not None:
            self.later_date = (day, si)

    def _country_label(self, si: int, text: str) -> bool:
        """ "Malaysia and Cambodia: Both will see their rates reduced to 15 per cent": in a
        tariff story, a line opened by nothing but countries and a colon is about them, and
        so is the sentence after it ("Indonesia and the Philippines: No change. Both ...")."""
        m = COUNTRY_LABEL.match(text)
        if m is None or not (self.hits or si - self.last_measure_sentence <= 8):
            return False
        found = find_countries(m.group("label"))
        rest = m.group("label")
        for start, end, _, _ in reversed(found):
            rest = rest[:start] + rest[end:]
        if not found or not re.fullmatch(r"(?:\s|,|\band\b|&|\bthe\b)*", rest, re.I):
            return False
        if all(country_code(form, capitals=False) is None for _, _, _, form in found):
            return False  # "New Delhi: The Centre has imposed ...": a dateline, not a label
        self.label = (si, _unique([c for _, _, c, _ in found]))
        return True

    def _lead_day(self, si: int, text: str) -> None:
        """A story's first rates, told with the day they apply ("Most Southeast Asian economies
        will face U.S. tariffs of 19% or 20% from Aug. 7 under an order signed on Thursday"),
        date the country rates of the order told next ("The order sets 20% on Vietnam")."""
        if any(h.sentence < si for h in self.hits) or not self.published:
            return
        if si == 0:
            return  # (the headline)
        days = [
            d
            for d in find_dates(text)
            if not in_dateline(text, d) and _effective_trigger(text, d, 60)
        ]
        if len(days) != 1 or SUSPENDED.search(text):
            return
        got, precision = resolve(days[0], self.published, future=bool(FUTURE_TENSE.search(text)))
        if got is not None and precision == "day":
            self.lead_day = (got, si)

    def _label_targets(self, si: int, text: str, mentions: list[_Mention]) -> list[_Mention]:
        """The label's countries are the targets when the sentence names no other."""
        if any(m.part in ("target", "faces") for m in mentions if m.code not in self.label[1]):
            return mentions
        head = COUNTRY_LABEL.match(text) if self.label[0] == si else None
        if head:
            for m in mentions:
                if m.end <= head.end("label"):
                    m.part = "target"
            return mentions
        # the sentence after the label: "Both continue to face the 19 per cent rate"
        if re.match(r"\W*(?:Both|Each|All|They|It|Its|Their|The\s+(?:rate|tariff|duty))\b", text):
            return [*mentions, *(_Mention(0, 0, c, "target") for c in self.label[1])]
        return mentions

    def _home_body_near(self) -> bool:
        """The dateline country's own body (a tariff commission, a ministry, a trade committee)
        is named in this sentence or the three before."""
        return self.home is not None and any(
            self._body.search(self.sentences[k].text)
            for k in range(max(0, self._si - 3), self._si + 1)
        )

    def _date_spanned_rates(self) -> None:
        """ "tariffs of 10 to 15 per cent ... from next Monday. A 15 per cent levy would apply
        to chicken": the span's day is that of the rates it spans, told just after it."""
        for h in self.hits:
            if not (h.rate.ranged and h.effective):
                continue
            for g in self.hits:
                if (
                    not g.rate.ranged
                    and not g.rate.companion
                    and g.effective is None
                    and 0 < g.sentence - h.sentence <= 2
                    and g.imposer == h.imposer
                    and g.rate.value == h.rate.value
                    and set(g.targets) & set(h.targets)
                    # (not "will continue to face the 10% baseline": what applied before)
                    and not CARRIED_OVER.search(self.sentences[g.sentence].text)
                ):
                    g.effective = h.effective

    def _baseline_day(self) -> None:
        """ "a 10 percent baseline tariff ..., to take effect on April 5, with higher rates from
        April 9. Brazil and Chile were placed in the 10 percent bracket": the countries left at
        the baseline pay it from the baseline's day."""
        for b in self.hits:
            if b.targets != [STAR] or b.kind != "baseline" or b.effective is None:
                continue
            for h in self.hits:
                if (
                    h.targets != [STAR]
                    and h.imposer == b.imposer
                    and h.rate.value == b.rate.value
                    # ("Australia and New Zealand were among the countries left at the 10%
                    # floor", no day of its own, the sentence after)
                    and (
                        h.effective is None
                        and h.sentence - b.sentence == 1
                        and STAYS_AT.search(self.sentences[h.sentence].text)
                        or h.effective is not None
                        and h.effective > b.effective
                    )
                    and 0 < h.sentence - b.sentence <= 2
                ):
                    h.effective = b.effective

    def _superseded_ranges(self) -> list[_Hit]:
        """ "Duties ranging from 9.87% to 41.25% on glass from China and Malaysia", then a list
        of each exporter's rate: the ends belong to the listed rates, not to every country the
        range named."""

        def listed_later(h: _Hit) -> bool:
            return any(
                not g.rate.ranged
                and g.sentence > h.sentence
                and g.imposer == h.imposer
                and g.rate.value == h.rate.value
                for g in self.hits
            )

        out = []
        for h in self.hits:
            if h.rate.ranged and (h.targets == [STAR] or h.rate.span):
                # "tariffs of between 10% and 41% on imports from dozens of partners": the
                # span of many countries' rates, none of them a rate on all
                out.append(h)
                continue
            if not h.rate.ranged or len([g for g in self.hits if g.rate is h.rate]) < 2:
                continue
            ends = [g for g in self.hits if g.rate.ranged and g.sentence == h.sentence]
            if all(listed_later(g) for g in ends):  # (both ends listed again, each with its own)
                out.append(h)
        return out

    def _coming_date(self, si: int, text: str, imposer: str, targets: list[str]) -> date | None:
        """ "... will raise the tariff on cars to 50% from Jan. 1. Tariffs on some steel products
        will rise to 35%": the next sentence of the same coming change shares its day; so does
        the next one of a measure that starts today ("a 10% tariff now applies to lumber,
        starting Tuesday. Kitchen cabinets face a 25% tax.")."""
        prev = [
            h
            for h in self.hits
            if h.sentence == si - 1
            and self.sentences[h.sentence].paragraph == self.sentences[si].paragraph
            and not h.rate.companion
        ]
        days = {h.effective for h in prev}
        near = [h for h in self.hits if si - 4 <= h.sentence < si and not h.rate.companion]
        near_days = {h.effective for h in near if h.effective}
        if (
            # "... the import taxes they will face from Aug. 1 ... The letters set a 20% duty on
            # goods from the Philippines": the letters just described, and their day
            len(near_days) == 1
            and min(near_days) > self.published
            and (
                THE_LETTERS.match(text)
                # "Eleven other governments received letters ... Laos drew the stiffest rate"
                or any(
                    re.search(
                        r"\b(?:received|sent|got)\s+(?:[\w-]+\s+){0,2}letters\b|"
                        r"\bletters?\b[^.;]{0,80}\bwent\s+to\b",
                        s.text,
                    )
                    for s in self.sentences[max(0, si - 4) : si]
                )
            )
            and all(h.imposer == imposer for h in near)
            and not re.search(r"\b(?:had|previously|earlier|since)\b", text)
        ):
            return min(near_days)
        if (
            len(days) == 1
            and None not in days
            and all(h.imposer == imposer and h.targets == targets for h in prev)
            and (
                (min(days) > self.published and FUTURE_TENSE.search(text))
                or (
                    min(days) == self.published
                    and not FUTURE_TENSE.search(text)
                    and not re.search(r"\b(?:was|were|had|did|previously|earlier|since)\b", text)
                )
            )
        ):
            return min(days)
        return None

    def _replacing(self, si: int) -> _Hit | None:
        return next(
            (h for h in reversed(self.hits) if si - 2 <= h.sentence < si and not h.rate.companion),
            None,
        )

    def _replaced(self, si: int, old: list[_Hit]) -> None:
        """ "For aluminium the new rate replaces the 10% duty that had applied since 2018": the
        old rate of the measure just reported, on the same countries, no longer in force."""
        new = self._replacing(si)
        if new is None:
            return
        fronted = re.match(
            r"^\W*For\s+(?P<what>[a-z][\w -]{1,30}?),?\s+the\s+new\b", self.sentences[si].text
        )
        for h in old:
            if fronted:
                h.scope = fronted.group("what")  # "For aluminum the new rate replaces ..."
            h.imposer, h.targets = new.imposer, list(new.targets)
            h.status = "removed"
            h.scope = h.scope or new.scope
            h.kind = new.kind

    def _components(self, si: int, text: str, parts: list[_Hit]) -> None:
        """ "It combines the 10% baseline rate ... with an additional 40% surcharge": the parts
        of the total just reported are on the same country; the add-on starts with the total."""
        total = next(
            (
                h
                for h in reversed(self.hits[: len(self.hits) - len(parts)])
                if h.sentence == si - 1 and not h.rate.companion
            ),
            None,
        )
        if total is None or total.targets == [STAR]:
            return
        for h in parts:
            if h.imposer != total.imposer:
                continue
            if h.targets == [STAR]:
                h.targets = list(total.targets)
            lead = text[max(0, h.rate.start - 30) : h.rate.start]
            if h.effective is None and h.targets == total.targets and ADD_ON.search(lead):
                h.effective = total.effective

    # countries ------------------------------------------------------------
    def _mentions(self, si: int, text: str) -> list[_Mention]:
        subject_body: list[_Mention] = []
        out = [
            _Mention(a, b, code)
            for a, b, code, _ in find_countries(text)
            if not (
                text[a - 1 : a] == "-"
                # (but "EXPLAINER-Beijing's new tariff list": a label before the headline)
                and not (si == 0 and _kicker(text[: a - 1]))
                or re.match(r"-[A-Z]", text[b : b + 2])
            )
            and code not in ("UN", "NATO")  # (bodies that levy no duties and pay none)
            # ("imports from every country except the UK have paid 50%": the one left out)
            # (but "... except the UK, which remains at 25 per cent": its own rate follows)
            and not (
                EXCEPT_FOR.search(text, max(0, a - 25), a)
                and not re.match(r",?\s+(?:which|whose|where)\b", text[b:])
            )
        ]  # "the US-Mexico-Canada Agreement" names no party
        for code, pattern in self._home_bodies:
            for body in pattern.finditer(text):
                # "the International Trade Administration Commission (Itac) imposed a duty of
                # 35.6%": a body only one country has, acting; or a law only one has, its duties
                # ("New Section 232 tariffs took effect Tuesday")
                if (
                    _acts_at(text, body.end())
                    or re.match(r"\s+(?:tariffs?|dut(?:y|ies)|levies)\b", text[body.end() :], re.I)
                ) and not any(m.start <= body.start() < m.end for m in out):
                    out.append(_Mention(body.start(), body.end(), code))
        for r in self.reader.refs[si]:
            p = r.people[0]
            code = p.country or self._person_country(p)
            if code and not any(m.start <= r.start < m.end for m in out):
                out.append(_Mention(r.start, r.end, code, person=True))
        for his in re.finditer(r"\b(?:his|her)\s+(?:country|nation)\b", text):
            # "Prime Minister Anwar Ibrahim was told that his country would pay 25%": the country
            # of the one just named
            # (the one who speaks or is told: not "Keller-Sutter said after a call with Trump
            # that her nation would face 39%")
            named = [
                r
                for r in self.reader.refs[si]
                if r.end <= his.start()
                and re.match(
                    r"(?:,[^,;]{0,80},)?\s+(?:has\s+|had\s+)?(?:said|says|was\s+told|were\s+told|"
                    r"told\s+reporters|warned|argued|insisted|added|wrote)\b",
                    text[r.end :],
                )
            ]
            last = max(named, key=lambda r: r.end) if named else None
            if last is not None and any(
                last.end < x.start < his.start() for x in self.reader.refs[si]
            ):
                continue  # ("A said in a letter to B that his country ...": whose, unsaid)
            code = last and (last.people[0].country or self._person_country(last.people[0]))
            if code and not any(m.start <= his.start() < m.end for m in out):
                out.append(_Mention(his.start(), his.end(), code))
        it = re.match(r"\s*(It|Its|Their)\b", text)
        if it and si > 0 and FACES.match(text[it.end() :]):
            # "India is in a similar position. It already faces a 25% US tariff": the country
            # the sentence before opened with ("Korean steelmakers are squeezed. Their
            # shipments have been subject to a 50% US tariff": the only one it named)
            prev = find_countries(self.sentences[si - 1].text)
            codes = {c for _, _, c, _ in prev}
            if prev and (prev[0][0] <= 4 or (it.group(1) != "It" and len(codes) == 1)):
                out.append(_Mention(it.start(1), it.end(1), prev[0][2]))
        if self._text_countries.get("EU"):
            # "the commission's plan", "the bloc's steel safeguard" in a story about the EU
            for m in re.finditer(
                r"\b(?:the\s+(?:bloc|[Cc]ommission)|The\s+(?:bloc|Commission))(?:’s|'s)?(?![\w-])",
                text,
            ):
                if not any(x.start <= m.start() < x.end for x in out):
                    out.append(_Mention(m.start(), m.end(), "EU"))
        for m in MINISTRY_OF.finditer(text):
            # "the Ministry of Industry and Trade issued a decision": the ministry of the one
            # country whose minister of that name the story quotes
            code = self._ministry_country(m.group("name"))
            if code and not any(x.start <= m.start() < x.end for x in out):
                out.append(_Mention(m.start(), m.end(), code))
                subject_body.append(out[-1])
        for m in re.finditer(r"\b(?:Trump|Biden|Obama)\s+administration\b", text, re.I):
            out.append(_Mention(m.start(), m.end(), "US"))
        if self.home:
            for m in GOVERNMENT.finditer(text):
                # (not another country's: "Goods that U.S. authorities determine ...")
                if not any(
                    x.start <= m.start() < x.end
                    or x.end <= m.start()
                    and re.fullmatch(r"(?:’s|'s)?\s+", text[x.end : m.start()])
                    for x in out
                ):
                    out.append(_Mention(m.start(), m.end(), self.home))
                    rate = RATE.search(text, m.end())
                    if (
                        re.fullmatch(r"\W*(?:The\s+)?", text[: m.start()])
                        and rate
                        and IMPOSE_VERB.search(text, m.end(), rate.start())
                    ):
                        # "The federal budget for 2026-27, to be presented on June 10, will
                        # propose cutting the duty to 15%": the subject, though far from its verb
                        subject_body.append(out[-1])
        such: list[_Mention] = []
        for m in SUCH_COUNTRIES.finditer(text):
            # "goods from countries without a trade deal, including India and China. ... cars
            # from such countries will pay 50%": the countries the sentence before named
            if si == 0 or any(x.start <= m.start() < x.end for x in out):
                continue
            back = si - 1
            if re.search(r"non-", m.group(0), re.I):
                # "from non-agreement countries": those the story named as lacking a deal
                for k in range(si - 1, max(-1, si - 5), -1):
                    named_k = {c for _, _, c, _ in find_countries(self.sentences[k].text)}
                    if len(named_k - {self.ctx_imposer, STAR}) >= 2:
                        back = k
                        break
            prev = self.sentences[back].text
            including = re.search(r"\b(?:including|such\s+as|among\s+them|notably)\b", prev)
            named = _unique(
                [
                    code
                    for start, _, code, _ in find_countries(prev)
                    if code not in (self.ctx_imposer, STAR)
                    and (not including or start > including.start())
                ]
            )
            added = [_Mention(m.start(), m.end(), code) for code in named]
            such += added
            out += added
        for m in THE_N_COUNTRIES.finditer(text):
            # "from the three countries": the three just named ("among them China, South Korea
            # and India"), never the one imposing
            number = m.group(1) or m.group("all")
            n = NUMBER_WORDS[number.lower()] if number else 2  # "both countries"
            # "from those three countries", "from all three": only a list just written out, and
            # one rate for all (not "on those three countries of 20%, 40% and 19%", each its own)
            pointed = bool(m.group("all")) or bool(re.match(r"th(?:ose|ese)\b", m.group(0), re.I))
            if pointed and re.match(
                r"[^.;]{0,40}?\d[\d.]*\s*(?:%|per[\s-]*cent|percent)?\s*,\s*\d", text[m.end() :]
            ):
                continue
            # "Bangladesh and Indonesia scrambled after U.S. President Donald Trump said goods
            # from the two countries ...": the last ones named in the sentence itself, not
            # one standing before a person's title
            named = _unique(
                [
                    x.code
                    for x in reversed(out)
                    if x.end <= m.start()
                    and not x.person
                    and x.code not in (self.ctx_imposer, STAR)
                    and not any(
                        0 <= r.start - x.end <= 2 or r.start <= x.start < r.end
                        for r in self.reader.refs[si]
                    )
                ]
            )
            if len(named) == n and not re.search(
                r"\b(?:between|of|by|with)\s+$", text[max(0, m.start() - 10) : m.start()], re.I
            ):
                out.extend(_Mention(m.start(), m.end(), code) for code in reversed(named))
                continue
            # "letters addressed to Peruvian President Boluarte and Chilean President Boric said
            # both countries would face 20%": the countries of the people just named
            named = _unique(
                [
                    ref.people[0].country
                    for ref in self.reader.refs[si]
                    if ref.end <= m.start()
                    and ref.people
                    and ref.people[0].country not in (None, self.ctx_imposer, STAR)
                ]
            )
            if len(named) == n and not re.search(
                r"\b(?:between|of|by|with)\s+$", text[max(0, m.start() - 10) : m.start()], re.I
            ):
                out.extend(_Mention(m.start(), m.end(), code) for code in named)
                continue
            named = []
            # ("... exports to the US"; not "the United States-Mexico-Canada Agreement")
            here = {
                code
                for a, b, code, _ in find_countries(text)
                if not (
                    text[a - 1 : a] == "-"
                    # (but "EXPLAINER-Beijing's new tariff list": a label before the headline)
                    and not (si == 0 and _kicker(text[: a - 1]))
                    or re.match(r"-[A-Z]", text[b : b + 2])
                )
            }
            reach = 4 if number else 10  # "both countries" may be named a paragraph back
            if pointed:
                listed = next(
                    (
                        got
                        for back in range(si - 1, max(-1, si - 3), -1)
                        if (got := _listed_countries(self.sentences[back].text, n))
                    ),
                    None,
                )
                if listed and not any(x.start <= m.start() < x.end for x in out):
                    out.extend(_Mention(m.start(), m.end(), code) for code in listed)
                    continue
                if m.group("all"):
                    continue  # ("from all three": only a list written out)
            for back in range(si - 1, max(-1, si - reach), -1):
                for _, _, code, _ in reversed(find_countries(self.sentences[back].text)):
                    if (
                        code not in named
                        and code != self.ctx_imposer
                        and code != STAR
                        and code not in here
                    ):
                        named.append(code)
                if len(named) >= n:
                    break
            if len(named) == n and not any(x.start <= m.start() < x.end for x in out):
                out.extend(_Mention(m.start(), m.end(), code) for code in named)
        whose: list[_Mention] = []
        for m in re.finditer(r"\bwhose\s+country\b", text, re.I):
            # "Brazilian President Lula, whose country has also been hit with a 50% tariff"
            person = [r for r in self.reader.refs[si] if r.end <= m.start()]
            code = person[-1].people[0].country if person else None
            if code and not text[person[-1].end : m.start()].strip(" ,"):
                out.append(_Mention(m.start(), m.end(), code))
                whose.append(out[-1])
        for m in out:
            if not m.person and re.match(
                r"\s*,\s+whose\s+(?!country\b)(?:[\w-]+\s+){0,5}?(?:have|has|had|are|is|were|was|will)\b",
                text[m.end :],
            ):
                whose.append(m)  # "Mexico, whose steel shipments have faced a 50% U.S. tariff"
        for m in EPITHET_COUNTRY.finditer(text):
            # "Switzerland fared far worse. The Alpine country was hit with 39%": the one just named
            if any(x.start <= m.start() < x.end for x in out) or find_countries(m.group(0)):
                continue
            # (the one the sentence is about, not the one acting: "Switzerland was hit with 39%,
            # above the 31% that Washington had pencilled in for the Alpine country")
            here = [
                x for x in out if x.end <= m.start() and not x.person and x.code != self.ctx_imposer
            ]
            prev = [
                c
                for c in (find_countries(self.sentences[si - 1].text) if si > 0 else [])
                if c[2] != self.ctx_imposer
            ]
            kinds = (
                KINGDOMS
                if m.group(0).endswith("kingdom")
                else ISLANDS
                if "island" in m.group(0)
                else None
            )
            if kinds:
                # ("Eswatini has asked Washington for talks. The small landlocked kingdom ...":
                # a kingdom, not the capital named last)
                here = [x for x in here if x.code in kinds]
                prev = [c for c in prev if c[2] in kinds]
            code = here[0].code if here else prev[-1][2] if prev else None
            if code:
                out.append(_Mention(m.start(), m.end(), code))
        for m in THE_COUNTRY.finditer(text):
            if m.group(0).lower() == "the country" and re.search(
                r"\bwhose\s+$", text[max(0, m.start() - 8) : m.start()], re.I
            ):
                continue
            before_here = [x for x in out if x.end <= m.start() and not x.person]
            if (
                m.group(0).lower() == "the country"
                and before_here
                and not re.match(r"(?:’s|'s)", text[m.end() :])  # ("the country's exporters")
                and re.search(
                    r"\b(?:through|via|in|from|into|to|enter|enters|entering|reach|reaching)\s+$",
                    text[: m.start()],
                )
            ):
                # "Vietnamese goods face 20%, while goods transshipped through the country ...",
                # "while U.S. exports would enter the country duty-free": the country just named
                # (as land, not "how Washington will police goods ... through the country")
                lands = [x for x in before_here if not seat_of_government(text[x.start : x.end])]
                # (not the market it is shipped to: "Vietnamese goods shipped to the United States
                # will face 20%, while products routed through the country ... 40%")
                lands = _the_country_candidates(text, lands) or lands
                out.append(_Mention(m.start(), m.end(), (lands or before_here)[-1].code))
                continue
            hit_here = [x for x in before_here if x.code not in (self.ctx_imposer, STAR)]
            # (not the market the goods go to: "Indian goods entering the United States ...,
            # taking the total tariff on a large part of the country's exports to 50 per cent")
            origins = [
                x
                for x in hit_here
                if not re.search(
                    r"\b(?:enter|enters|entering|entered|into|reach|reaching|(?:shipped|exported|"
                    r"sold|sent|bound)\s+to)\s+(?:the\s+)?$",
                    text[max(0, x.start - 20) : x.start],
                )
            ]
            if (
                m.group(0).lower() in ("the country", "the nation")
                and re.match(r"(?:’s|'s)", text[m.end() :])
                and origins
                and len({x.code for x in origins}) == 1
            ):
                # "an additional 40% duty on Brazilian imports, taking the total levy on most of
                # the country's goods to 50%": the one the sentence named
                out.append(_Mention(m.start(), m.end(), origins[-1].code))
                continue
            named_here = {x.code for x in hit_here if x.part != "agent"}
            if len(named_here) > 1:
                # ("Philippine exports to the United States will face 20%, ..., above the 17%
                # that Washington had announced for the country": not the market, nor the
                # government acting)
                named_here = {x.code for x in _the_country_candidates(text, hit_here)}
            if (
                m.group(0).lower() in ("the country", "the nation")
                and len(named_here) == 1
                and re.search(r"\b(?:for|on|against)\s+$", text[: m.start()])
            ):
                # "Goods from Switzerland will face 39%, well above the 31% rate Trump announced
                # for the country in April": the one country the sentence named
                out.append(_Mention(m.start(), m.end(), next(iter(named_here))))
                continue
            lead = DATELINE_HEAD.match(text)
            if (
                m.group(0).lower() in ("the country", "the nation")
                and before_here
                and re.fullmatch(
                    r"\W*(?:the\s+)?", text[lead.end() if lead else 0 : before_here[0].start], re.I
                )
                # (a country's own people as the subject, not the country acting: "The United
                # States will charge 19% on Pakistan, down from the 29% announced for the country")
                and text[before_here[0].start : before_here[0].end].endswith(("’s", "'s"))
            ):
                # "New Zealand's trade minister would keep pushing Washington to lower the 15%
                # tariff on the country's goods": the sentence's subject
                out.append(_Mention(m.start(), m.end(), before_here[0].code))
                continue
            if (
                m.group(0).lower() in ("the country", "the nation")
                and si > 0
                and re.fullmatch(r"\W*", text[: m.start()])
                and self.sentences[si - 1].paragraph == self.sentences[si].paragraph
                and len(told := {c for *_, c, _ in find_countries(self.sentences[si - 1].text)})
                == 1
                and self.ctx_imposer not in told
                # (the subject of that sentence, not "fabric imported from China" in passing)
                and (
                    (opening := self._opening_country(si - 1)) is not None
                    and opening[0] in told
                    or re.match(
                        r"\W*(?:For|As\s+for|In)\s+(?:the\s+)?(?-i:[A-Z])[\w .'-]{1,30},",
                        self.sentences[si - 1].text,
                    )
                )
            ):
                # "For Cambodia, the result marks a sharp reversal. The country was handed a 49%
                # rate in April": the one country the sentence before spoke of
                out.append(_Mention(m.start(), m.end(), next(iter(told))))
                continue
            kind = next((k for k in ("kingdom", "island") if k in m.group(0).lower()), None)
            if kind:
                # "the Kingdom's revised customs tariff", "the island's exports": the monarchy
                # (or island) the story is about
                kinds = KINGDOMS if kind == "kingdom" else ISLANDS
                crowned = [c for c, _ in self._text_countries.most_common() if c in kinds]
                # ("Sri Lanka's new rate is a reduction. In April, Trump announced 44% on the
                # island's goods": the one just named, in a story of two island nations)
                just = [
                    c[2]
                    for c in (find_countries(self.sentences[si - 1].text) if si > 0 else [])
                    + [c for c in find_countries(text) if c[1] <= m.start()]
                    if c[2] in kinds
                ]
                code = (
                    self.home
                    if self.home in kinds
                    else just[-1]
                    if len(set(just)) == 1
                    else crowned[0]
                    if crowned
                    else None
                )
            elif (
                len(
                    sellers := {x.code for x in before_here}
                    - {x.code for x in before_here if OWNED_TARIFF.match(text, x.end)}
                )
                == 1
            ):
                # "Vietnamese exporters race to ship before a 20% US tariff on the country's
                # goods": the one country named before, besides the tariff's owner (also where
                # the owner is named once more: "will submit an offer to Washington, after a
                # 30% U.S. tariff on the country's exports took effect")
                code = sellers.pop()
            else:
                code = self._topic_country()
            if code:
                out.append(_Mention(m.start(), m.end(), code))
        # "the deal struck at Turnberry in Scotland": where it happened, no party to a rate
        out = [
            m
            for m in out
            if m.person or not VENUE_BEFORE.search(text, max(0, m.start - 90), m.start)
        ]
        for span in FROM_TO_RANGE.finditer(text):
            # "hitting exporters from Canada to South Korea": everyone, not those two (left out
            # before any part is read, so no other mention takes its part from them)
            out = [m for m in out if not span.start("range") <= m.start < span.end()]
        out.sort(key=lambda m: m.start)
        for m in out:
            m.part = self._part(text, m, out)
            if any(m is w for w in (*whose, *such)) and not m.part:
                m.part = "target"  # (its goods are the ones hit)
            if any(m is b for b in subject_body) and not m.part:
                m.part = "agent"
        both_pay: list[_Mention] = []
        if (both := THEIR_COUNTRIES_PAY.search(text)) is not None:
            # "he wrote to Japanese Prime Minister A and South Korean President B, informing
            # both that their countries' exports would face a 25% tariff": both countries pay it
            told = list(TOLD_TO.finditer(text, 0, both.start()))
            named = [
                m
                for m in out
                if told
                and told[0].end() <= m.start
                and m.end <= both.start()
                and not m.person
                and m.part != "agent"
                # (not where the writer spoke from: "Trump, speaking from Scotland, told A and B")
                and not re.search(r"\b(?:from|in|at)\s+(?:the\s+)?$", text[: m.start])
            ]
            if len({m.code for m in named}) >= 2:
                for m in named:
                    m.part = "faces"
                both_pay = named
        for a in out:
            if (
                a.part == "faces"
                and not any(a is b for b in both_pay)
                and (_in_apposition(text, a) or text[a.start : a.end].endswith(("’s", "'s")))
                and not RATE_OF_CHANGED.match(text, a.end)
                and not RATE_STARTED_AT.match(text, a.end)
                and not RATE_AGREED_ASIDE.match(text, a.end)
                and not _rate_changed_for(text, a)
                and not OWN_GOODS_PAY.match(text, a.end)
                # ("Lesotho's bid to escape a crippling 50 percent American tariff": its own)
                and not (
                    (bid := OWN_BID.match(text, a.end))
                    and ESCAPE_VERB.match(text, bid.end())
                    # (its owner named with it: not "Switzerland's scramble to avert a punishing
                    # 39% tariff ended ..., and Swiss watchmakers now look to Singapore")
                    and re.match(
                        r"[^.;%]{0,40}?\d(?:\.\d+)?\s*(?:%|per[\s-]*cent|percent)\s+(?:[\w-]+\s+)?"
                        r"(?:American|U\.S\.|US|United\s+States|Washington['’]s)\s",
                        text[bid.end() :],
                    )
                )
            ):
                a.part = ""
            if (
                not a.part
                and not a.person
                and SELLERS.match(text, a.end)
                and re.search(
                    r"^[^.;%]{0,70}?\b(?:cost|costs|brunt|impact|burden|pain)\b[^.;%]{0,25}?\bof\s+(?:an?|the)\s+"
                    # ("... the cost on Thursday of a U.S. tariff that doubled overnight to 50%")
                    r"(?:(?:[^.;%]|(?<=[A-Z])\.){0,60}?\b(?:to|at|of)\s+)?(?:new\s+|higher\s+)?\d",
                    text[a.end :],
                )
            ):
                a.part = "faces"  # "Swiss exporters began counting the cost of a 39% U.S. tariff"
            if a.part in ("faces", "target", "") and (
                BUYERS.match(text, a.end) or COSTS_FOR.search(text, max(0, a.start - 40), a.start)
            ):
                # "U.S. importers will still pay an extra 30% on goods from China": those who
                # pay a country's duty at home are its own side, not the goods' origin
                a.part = "agent"
        for a in out:
            if (
                not a.part
                and not a.person
                and ALONGSIDE.search(text, max(0, a.start - 60), a.start)
                and any(f.part == "faces" and f.end <= a.start for f in out)
            ):
                a.part = "along"  # "Malaysia and Tunisia face 25%, alongside Japan and Korea"
        asides = [(a.start(), a.end()) for a in ASIDE.finditer(text)]
        # ("Vietnam, the first country to settle with Washington, agreed to a 20% tariff")
        asides += [(a.start(), a.end()) for a in APPOSITIVE.finditer(text)]
        # ("Iceland, like Norway, faces 15%")
        asides += [(a.start(), a.end()) for a in LIKE_ASIDE.finditer(text)]
        prev_verb_end = 0
        for verb in FACE_VERB.finditer(text):
            for m in out:
                if m.part == "faces" and any(a <= m.start < b <= verb.start() for a, b in asides):
                    m.part = ""  # "Cambodia, whose factories ship to the United States, faces ..."
            subject = [
                m
                for m in out
                if m.end <= verb.start() and not any(a <= m.start < b for a, b in asides)
            ]
            if (
                subject
                and not subject[-1].part
                and any(
                    a <= verb.start() <= b + 2
                    or verb.start() > b
                    and re.fullmatch(
                        r"(?:\s|will|would|could|now|also|has|have|had|been|is|are|was|were)*",
                        text[b : verb.start()],
                    )
                    for a, b in asides
                )
            ):
                subject[-1].part = "faces"  # the subject stands before the aside
                for left, right in zip(subject[-2::-1], subject[::-1], strict=False):
                    if left.part or not LISTED_WITH.fullmatch(text[left.end : right.start]):
                        break
                    left.part = "faces"  # "Japan and South Korea, both of which ..., will pay"
            before = [
                m
                for m in out
                if prev_verb_end <= m.start and m.end <= verb.start() and m.part == "faces"
            ]  # (the subjects of an earlier verb are its own: "A and B were assigned 19%, while
            # C faces 20%")
            prev_verb_end = verb.end()
            for m, after in zip(before, before[1:], strict=False):
                if (
                    not LISTED_WITH.fullmatch(text[m.end : after.start])
                    and not (
                        # (one with its own rate first: "Indonesia, whose rate Trump set at 19%, and
                        # Vietnam, which was assigned 20%"; "Colombian coffee enters the US at 10%,
                        # while Vietnam faces 20%")
                        m.part == "faces"
                        and (WHOSE_RATE.match(text, m.end) or ENTERS_AT.match(text, m.end))
                        and RATE.search(text, m.end, after.start)
                    )
                    and not any(m is b for b in both_pay)
                    and not RATE_AGREED_ASIDE.match(text, m.end)  # ("Colombia's 20% rate, agreed")
                ):
                    m.part = ""  # only the nearest can be the subject of "faces"
        for left, right in reversed(list(zip(out, out[1:], strict=False))):
            if (
                right.part == "faces"
                and not left.part
                and not left.person
                and LISTED_WITH.fullmatch(text[left.end : right.start])
            ):
                left.part = "faces"  # "Laos and Myanmar, which ..., were assigned 40%": both
        his = re.search(
            r"\b(?:his|her)\s+(?:own\s+)?(?:new\s+)?(?:\d|[\w-]+\s+tariffs?)", text, re.I
        )
        if his:
            people = [m for m in out if m.person and m.end <= his.start()]
            if people and people[-1].part in ("", "agent"):
                people[-1].part = "agent"  # "Trump confirmed that his 25 per cent tariffs ..."
        possessive = re.search(
            r"\bits\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:\d[\d.]*\s*(?:%|per[\s-]*cent|percent)\s+)?(?:tariffs?|levy|levies|dut(?:y|ies)|surtax|countermeasures?|counter-tariffs?)",
            text,
            re.I,
        )
        if possessive and _own_duties_after_the_rates(text, possessive):
            possessive = None  # ("a 17% U.S. tariff on its exports, hours after it scrapped its
            # own duties": what the country did before, not who charges the rate)
        if possessive:
            subject = [m for m in out if m.end <= possessive.start() and m.part in ("", "agent")]
            owner = [
                m
                for m in subject
                if re.fullmatch(
                    r"(?:’s|'s|’|')?\s+(?:decision|move|plan|bid|threat|order|vote)\s+to\s+[\w-]+\s+",
                    text[m.end : possessive.start()],
                )
                or re.search(r"(?:’|')$", text[m.start : m.end])
                and re.fullmatch(
                    r"\s+(?:decision|move|plan|bid|threat|order|vote)\s+to\s+[\w-]+\s+",
                    text[m.end : possessive.start()],
                )
            ]
            if owner:
                # "the United States' decision to double its tariffs": the owner of the decision
                for m in subject:
                    if m.part == "agent" and m is not owner[-1]:
                        m.part = ""
                owner[-1].part = "agent"
            elif subject:
                # ("Washington will cut ..., and Beijing will lower its duties": the subject of
                # the clause that says "its")
                turn = [t.end() for t in CLAUSE_JOIN.finditer(text, 0, possessive.start())]
                own = [m for m in subject if turn and m.start >= turn[-1]]
                # (the nearest: "while Beijing expects the US to drop its duties": the US's;
                # with no clause of its own, "Beijing had said ... that its own levy": the first)
                owner = own[-1] if own else subject[0]
                owner.part = "agent"
        for a, b in zip(out, out[1:], strict=False):
            if (
                a.part in ("target", "faces")
                and not b.part
                and re.fullmatch(
                    r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:the\s+)?",
                    text[a.end : b.start],
                )
                # (not "Vietnam, Bangladesh's main rival, had been threatened": an appositive)
                and not (
                    text[b.start : b.end].endswith(("’s", "'s"))
                    and not re.match(r"\s*,?\s*(?:and|or)\b", text[a.end : b.start])
                )
            ):
                b.part = a.part  # "from the European Union, Canada, and Mexico"
        for a, b in zip(out, out[1:], strict=False):
            if (
                b.part == "target"
                and not a.part
                and not a.person
                and not b.person
                and is_demonym(text[a.start : a.end])
                and re.fullmatch(r"\s*,?\s*(?:and|or|&)\s+", text[a.end : b.start])
                and re.match(r"\s+(?:goods|exports|products|imports|shipments)\b", text[b.end :])
                # (the rate in their own clause: not "helped Chinese and Vietnamese goods win
                # market share")
                and RATE.search(re.split(r"[,;]", text[b.end :], maxsplit=1)[0])
            ):
                a.part = "target"  # "Armenian and Azerbaijani goods": both demonyms own the goods
        # "Australia, New Zealand's closest trading partner, was left on the 10% floor": the
        # country in the description of another is neither side of the rate
        out = [
            m
            for m in out
            if not (
                re.search(r"(?<=\w),\s*$", text[max(0, m.start - 3) : m.start])
                and DESCRIBES_ANOTHER.match(text, m.end)
                and any(o.end <= m.start and not o.person for o in out)
            )
        ]
        for m in out:
            if (
                m.part == "agent"
                and not m.person
                and self.ctx_imposer not in (None, m.code)
                and DEAL_KEEPS_ITS_RATE.match(text, m.end)
            ):
                m.part = "target"  # "Vietnam's framework keeps its 20% rate": the deal's side pays
        if any("EU" in h.targets for h in self.hits):
            # "Spain's Litera Meat faces 15.6%" after China's duties on EU pork: a member state
            # stands for the Union a duty is set on (one acting is a company's home, settled
            # when the rates are merged)
            for m in out:
                if m.code in EU_MEMBERS and m.part not in ("agent", "dest"):
                    m.code = "EU"
        return out

    def _ministry_country(self, name: str) -> str | None:
        """The one country with a "Minister of <name>" (or "<name> Minister") in the story."""
        if self._ministries is None:
            self._ministries = {}
            for refs in self.reader.refs:
                for r in refs:
                    p = r.people[0]
                    role = p.best_role()
                    if not (p.country and role):
                        continue
                    office = re.sub(
                        r"^(?:the\s+)?(?:deputy\s+|vice\s+)?minister\s+(?:of|for)\s+",
                        "",
                        role.role,
                        flags=re.I,
                    )
                    office = re.sub(r"\s+minister$", "", office, flags=re.I)
                    if office != role.role:
                        self._ministries.setdefault(office.lower(), set()).add(p.country)
        codes = self._ministries.get(name.lower(), set())
        return next(iter(codes)) if len(codes) == 1 else None

    def _person_country(self, p) -> str | None:
        """A person named without a country serves none that the article says."""
        return None

    def _topic_country(self) -> str | None:
        """ "The country faces ...": the country most written about, other than the one
        imposing most of the tariffs read so far."""
        imposers = Counter(h.imposer for h in self.hits)
        main = imposers.most_common(1)[0][0] if imposers else self.ctx_imposer
        for code, _ in self._text_countries.most_common():
            if code != main:
                return code
        return None

    def _part(self, text: str, m: _Mention, others: list[_Mention] = ()) -> str:
        before = text[: m.start]
        after = text[m.end :]
        possessive = text[m.start : m.end].endswith(("’s", "'s")) or after.startswith(("’s", "'s"))
        if (
            not m.person
            and possessive
            and re.match(
                r"(?:’s|'s)?\s+(?:[\w-]+\s+)?(?:proposal|plan|decision|move|draft)\b(?:,[^,;.]{0,40},)?"
                r"\s+to\s+(?:[\w-]+\s+){0,6}?(?:set|impose|levy|introduce|apply|slap)\b",
                after,
            )
        ):
            # "the European Commission's proposal, unveiled in October, to cut steel import quotas
            # and set an out-of-quota tariff of 50%": the one proposing it
            return "agent"
        if (
            not m.person
            and m.code != "US"
            and re.match(
                r"(?:’s|'s)?\s+(?:exports|goods|products|imports|shipments)\s+(?:will|would)\s+"
                r"(?:now\s+|also\s+)?be\s+(?:charged|taxed)\b",
                after,
            )
        ):
            return "faces"  # "that Indonesian exports would be charged 32%": the goods' origin
        if not m.person and possessive and RATE_STARTED_AT.match(after):
            return "faces"  # "India's rate started at 25% on Aug. 7": the one paying it
        if (
            not m.person
            and possessive
            and self.ctx_imposer not in (None, m.code)
            and not any(h.imposer == m.code for h in self.hits)
            and RATE_AGREED_ASIDE.match(after)
        ):
            # "Colombia's 20% rate, agreed in early February, was written into the order", in a
            # story of the rates another side sets: the rate Colombia pays
            return "faces"
        if (
            not m.person
            and re.search(
                r"\d\s*(?:%|per[\s-]*cent|percent)\s+(?:[\w-]+\s+)?(?:level|rate|tariff|ceiling|cap)\s+"
                r"(?:that|which)\s+(?:the\s+)?$",
                before[-80:],
            )
            and re.match(
                r"(?:\s+(?-i:[A-Z])[\w.-]*)*\s+(?:has\s+|had\s+)?(?:accepted|agreed|secured|won|"
                r"negotiated|obtained|clinched|got|settled\s+for|signed\s+up\s+to)\b",
                after,
            )
        ):
            return "faces"  # "the 15% level that the European Union accepted in a deal": its rate
        if (
            not m.person
            and not possessive
            and m.code not in ("US", "EU")
            # (a country's name, not its adjective: "a 39% Swiss tariff" may be Switzerland's own)
            and not is_demonym(text[m.start : m.end])
            and re.search(r"\d\s*(?:%|per[\s-]*cent|percent)\s+$", before)
            # (a surcharge: "the 19% UK tariff on American ethanol" is the UK's own)
            and re.match(r"\s+(?:[\w-]+\s+)?surcharges?\b", after)
            # (with the one charging it named before: "Trump lifts 40% Brazil surcharge")
            and any(o.end <= m.start and (o.person or o.code == "US") for o in others)
        ):
            return "target"  # "Trump lifts 40% Brazil surcharge on coffee": the rate on Brazil
        if not m.person and re.match(
            r"(?:’s|'s)?\s+(?:[a-z][\w-]*\s+){0,10}?(?:seek|seeks|sought|seeking|secure|securing|win|"
            r"won|winning|get|obtain|hoped|asked|pressed|pressing|lobbied)\s+(?:[a-z][\w-]*\s+){0,2}?"
            r"(?:relief|an?\s+exemption|exemptions|a\s+reprieve|a\s+waiver)\s+from\s+(?:an?|the|its)\s+",
            after,
        ):
            return "faces"  # "South African officials hoped to secure relief from a 30% tariff"
        if (
            not m.person
            and re.match(
                r"(?:’s|'s)?\s+(?:[\w-]+,?\s+){0,4}?(?:[\w-]*makers|builders|exporters|producers|"
                r"manufacturers|firms|companies|farmers|growers|industry|sector)\b[^.;]{0,120}?\bunder\s+"
                r"(?:a|an|the)\s+(?:[\w-]+\s+)?\d[^.;]{0,30}?\b(?:U\.S\.|US|American|Washington's)\s",
                after,
            )
            and m.code != "US"
        ):
            return "faces"  # "Swiss machine builders began trading under a 39 per cent US duty"
        if re.match(r"\s*,?\s*included\b", after) and re.search(
            r"\b(?:all|every)\s+(?:countries|nations|trading\s+partners|partners|origins),\s+$",
            before[-40:],
            re.I,
        ):
            return ""  # "imports from all countries, Canada included, face 50%": one of all
        if re.search(
            r"\b(?:from|on)\s+(?:all|every)\s+(?:countries|nations|trading\s+partners|partners|"
            r"origins|country|nation|partner|origin),\s+(?:including|even|such\s+as)\s+"
            r"(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:\s+and|\s+or|,)\s+)*(?:the\s+)?$",
            before[-120:],
        ) and re.match(
            # (the list closes and the sentence goes on to what all of them pay; not "..., including
            # Switzerland, whose goods face 39%": Switzerland's own)
            r"(?:(?:,|\s+and|\s+or)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})*,\s+"
            r"(?!whose|which|where|who|with)",
            after,
        ):
            return ""  # "Steel from all countries, including Canada and Mexico, faces 50%"
        if (
            not m.person
            and re.search(
                r"\b(?:(?:dis)?advantage|edge)\s+(?:against|over|to|relative\s+to)\s+(?:the\s+)?$"
                r"|\bcompet(?:e|es|ed|ing)\s+(?:with|against)\s+(?:the\s+)?$",
                before[-40:],
                re.I,
            )
            and not re.match(r"(?:\s+[\w-]+)?,?\s+(?:whose|which|who)\b", after)
        ):
            # "a 32% tariff would leave them at a disadvantage against Vietnam": a rival (but
            # "against Japanese rivals, whose cars have faced 15%" goes on to the rival's rate)
            return ""
        if not m.person and re.match(
            r"^\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?:warned|threatened)\s+"
            r"(?:of|with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?\d",
            after,
        ):
            return "faces"  # "and Brazil was warned of 50 per cent from the same date"
        if _owner_before_rate(text, m):
            return "agent"  # "the US 25% tariffs on steel took effect": the side named as owning it
        if (
            not m.person
            # (Washington's, as news writes it; "the 40% Brazil tariff" is the one Brazil pays)
            and m.code == "US"
            and re.search(r"\d\s*(?:%|per[\s-]*cent|percent)\s+$", before)
            and re.match(
                r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates?)\b", after
            )
        ):
            return "agent"  # "The 19% U.S. rate on Malaysian goods stays": the side charging it
        if not m.person and re.match(r"-bound\b", after):
            return "dest"  # "whose US-bound cars": where the goods go, the side charging them
        if not m.person and ENTERS_AT.match(after):
            return "faces"  # "Colombian coffee enters the US at 10 per cent": the goods' origin
        if not m.person and possessive and OWN_GOODS_PAY.match(after):
            # "Mexico's goods outside the USMCA will keep paying the 25% fentanyl tariff": the
            # goods' country pays it
            return "faces"
        if (
            not m.person
            and re.search(
                r"\bletters?,?\s+(?:(?:addressed|sent)\s+)?to\s+(?:the\s+)?$", before[-40:], re.I
            )
            and re.match(
                r"\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir)\b",
                after,
            )
        ):
            return "target"  # "A second letter, to Trinidad and Tobago Prime Minister X, sets 15%"
        if (
            not m.person
            and re.search(r"\bwith\s+(?:which|whom)\s+$", before[-20:], re.I)
            and re.match(
                r"\s+(?:has|had|have)\s+(?:no|not\s+(?:signed|reached|struck))\s+(?:an?\s+|any\s+)?"
                r"(?:free[\s-]+)?trade\s+(?:agreement|deal|pact|accord)",
                after,
                re.I,
            )
        ):
            return "agent"  # "countries with which Mexico has no trade agreement": Mexico's rate
        if NO_DEAL_WITH.search(before[-140:]):
            return (
                "agent"  # "for countries that have not reached an agreement with the United States"
            )
        if not m.person and GOVERNMENT.fullmatch(text, m.start, m.end) and _acts_at(text, m.end):
            return "agent"  # "..., and the government has cut the volume": a government acts
        if (
            not m.person
            and re.search(r"\b(?:from|by)\s+(?:the\s+)?$", before[-12:])
            and re.match(
                r"\s+(?:President|Prime\s+Minister|Trade\s+Representative|Commerce\s+Secretary|"
                r"Treasury\s+Secretary|Chancellor)\b",
                after,
            )
        ):
            return "agent"  # "a letter from US President Donald Trump": the sender's, no goods
        if re.match(
            r"^(?:’s|'s)?\s+(?:[\w-]+\s+)?(?:tariffs?|duties|levies)\b", after, re.I
        ) and re.search(
            r"\b(?:spared|exempt\w*|relief|shielded|protected|insulated|immune)\s+from\s+(?:the\s+)?$",
            before[-40:],
            re.I,
        ):
            return "agent"  # "goods that comply have been spared from U.S. tariffs": the U.S.'s
        if (
            re.match(r"^(?:’s|'s)?\s+(?:[\w-]+\s+)?(?:tariffs?|duties|levies)\s+on\s", after, re.I)
            and re.search(
                r"\b(?:reduc|cut|lower|rais|lift|hik|doubl|slash|trim)\w*\s+$", before[-20:], re.I
            )
            and not m.person
        ):
            return "agent"  # "a deal that reduced U.S. tariffs on Ecuadorean goods to 12%"
        if not m.person and WHOSE_RATE.match(after):
            return "faces"  # "Indonesia, whose rate Trump set at 19% last week": the one paying
        if re.match(
            r"^,\s+which\s+(?:has\s+|had\s+|last\s+year\s+)?(?:raised|imposed|slapped|levied|"
            r"introduced|doubled|hiked|lifted|set)\s+(?:its|their)\b",
            after,
        ):
            return "agent"  # "the United States, which raised its tariffs on steel to 50%"
        if re.match(
            r"^(?:’s|'s)?\s+(?:main\s+|major\s+|biggest\s+)?trad(?:e|ing)\s+partners\b", after
        ):
            return "agent"  # "imports from nearly all U.S. trading partners": the U.S. charges them
        if re.search(
            r"\b(?:push|press|urg|ask|lobby|persuad|call\w*\s+on)\w*\s+(?:the\s+)?$",
            before[-25:],
            re.I,
        ) and re.match(
            r"^\s+to\s+(?:lower|cut|reduce|remove|scrap|drop|lift|ease|waive|roll\s+back)\s+(?:the|its)\b",
            after,
        ):
            return "agent"  # "would keep pushing Washington to lower the 15 per cent tariff"
        if re.match(r"^\s+side\b", after) and re.search(r"\b(?:on|from)\s+the\s+$", before, re.I):
            return "agent"  # "On the U.S. side, an executive order lowers ...": the U.S. acts
        if (
            m.code == "US"
            and not m.person
            and not re.search(r"\b(?:on|against|of|from|to|for)\s+(?:the\s+)?$", before[-12:], re.I)
            and (
                goods := re.match(
                    r"^(?:’s|'s)?\s+((?:(?-i:[a-z][\w-]*),?\s+(?:and\s+)?){1,5})(?:tariffs?|duties|levies)\b",
                    after,
                )
            )
            # (goods words only: not "U.S. soybeans currently face a tariff")
            and all(
                SECTORS.fullmatch(w) or w in ("cabinet", "cabinets", "metals", "and")
                for w in re.findall(r"[\w-]+", goods.group(1))
            )
            and not re.search(r"\b(?:on|past|above|to)\b", after[goods.end() : goods.end() + 40])
        ):
            return "agent"  # "U.S. lumber, cabinet and furniture tariffs kick in": Washington's
        owner = not m.person and possessive
        if owner and re.search(r",\s*$", before[-3:]) and OWNERS_PARTNER.match(after):
            return ""  # "falls hardest on China, Mexico's second-largest source of imports"
        if owner and RATE_OF_CHANGED.match(after):
            return "faces"  # "India's rate doubled to 50% on August 27": the rate India pays
        if owner and _rate_changed_for(text, m):
            return "faces"  # "The order cuts Bangladesh's rate from 35 per cent": the rate it pays
        if not m.person and re.search(
            r",\s+(?:much|most|many|some|part|half|a\s+third|a\s+quarter|nearly\s+all|almost\s+all)\s+"
            r"of\s+(?:it|them|which)\s+(?:from|made\s+in|shipped\s+from|coming\s+from)\s+(?:the\s+)?$",
            before[-60:],
            re.I,
        ):
            return ""  # "to shield mills from a flood of cheap metal, much of it from China"
        if SAME_RATE_TO.search(before[-140:]):
            return "target"  # "and the same rate applies from Thursday to Norway and Iceland"
        if not m.person and re.search(
            r"\d\s*(?:%|per[\s-]*cent|percent|pc\b)[^.;%]{0,30}?,\s+as\s+(?:did|do|does|have|has|had|will)\s+"
            r"(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:,\s+|,?\s+and\s+))*(?:the\s+)?$",
            before[-140:],
        ):
            return "along"  # "while Pakistan secured 19%, as did Cambodia and Thailand": theirs too
        if not m.person and re.search(
            r"\d\s*(?:%|per[\s-]*cent|percent|pc\b)\s*:\s*"
            r"(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:,\s+|,?\s+and\s+))*(?:the\s+)?$",
            before[-160:],
        ):
            return "target"  # "A cluster of economies landed at 19 per cent: Indonesia, ..."
        if (
            not m.person
            # (straight after the rate before: not "Bangladesh and Serbia 35%", a pair)
            and re.search(
                r"\d\s*(?:%|per[\s-]*cent|percent|pc)(?:\s+(?:duty|tariff|levy|rate))?,?\s+and\s+$",
                before,
            )
            and (
                GAPPED_RATE.match(after)
                # ("with Tunisian goods facing a 28% duty and Algerian goods a 30% levy")
                or (goods := GAPPED_GOODS.match(after)) is not None
                and GAPPED_RATE.match(after, goods.end())
            )
            and re.search(
                r"\b(?:faces?|faced|facing|was\s+assigned|were\s+assigned|(?:was|were|is|are)\s+given|gets?|got|"
                r"received|(?:was|were|is|are)\s+hit\s+with)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?\d",
                before,
                re.I,
            )
        ):
            # "Libya faces a 31% duty and Algeria a 30% duty", "Tunisia was assigned a rate of
            # 28%, and Nigeria, Africa's most populous country, a rate of 14%": the verb left out
            return "faces"
        if not m.person and re.search(
            r"\d\s*(?:%|per[\s-]*cent|percent|pc)\s+(?:rate\s+|tariff\s+|levy\s+|duty\s+)?(?:secured|"
            r"won|negotiated|obtained|clinched|agreed|accepted)\s+by\s+(?:the\s+)?(?:[a-z]+\s+)?$",
            before[-60:],
            re.I,
        ):
            return "faces"  # "higher than the 15 per cent secured by Japan": the rate Japan pays
        if (
            not m.person
            and re.search(
                r"\d\s*(?:%|per[\s-]*cent|percent|pc\b)\s+(?:rate\s+|tariff\s+|levy\s+)?(?:that|which)\s+"
                r"(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:,\s+|,?\s+and\s+))*(?:the\s+)?$",
                before[-120:],
            )
            and re.match(
                r"^(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)*\s+"
                r"(?:had\s+|have\s+|has\s+)?(?:secured|won|got|obtained|negotiated|clinched|agreed|"
                r"received|accepted)\b",
                after,
            )
        ):
            return "faces"  # "above the 15% that Japan and South Korea secured": theirs
        if IMPOSER_BEFORE.search(before[-70:]) and not re.search(
            r"\b(?:directed|led|headed|chaired|signed|said|announced)\s+by\s+$", before[-30:], re.I
        ):
            return "dest"
        if re.search(r"\bover\s+$", before[-8:]) and re.match(
            r"^(?:’s|'s)?\s+(?:alleged\s+|perceived\s+|continued\s+)?(?:role|support|purchases|failure|"
            r"handling|treatment|part)\b",
            after,
        ):
            return "target"  # "a 20% duty imposed over China's alleged role in the fentanyl trade"
        if EVADED.search(before[-60:]):
            return "evaded"  # neither side of this tariff
        spared = NO_EXEMPTION_FOR.search(before[-80:])
        if (
            spared
            and (spared.group("list") or re.match(r"\s*(?:,|or|and)\s", after))
            # (not "no exemptions for Canada or Mexico from the 25% tariffs": theirs to pay)
            and not re.match(
                r"(?:\s*(?:,|or|and)\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*)?)*\s+from\b",
                after,
            )
        ):
            return "evaded"
        if re.search(
            r"\b(?:surrounded|bordered|flanked|enclosed)\s+by\s+(?:the\s+)?$", before[-40:]
        ):
            return "evaded"  # "The mountainous country, entirely surrounded by South Africa, ..."
        if (
            re.search(
                r"(?:,|\s[-—–])\s+(?:an?|the)\s+(?:(?:particular|major|big|bigger|heavy|serious|further)\s+)?"
                r"(?:concern|worry|blow|headache)\s+(?:for|to)\s+(?:the\s+)?(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,3}$",
                before[-60:],
                re.I,
            )
            and not m.person
        ):
            return "evaded"  # "..., a particular concern for Japanese manufacturers": no side
        if ANSWERED.search(before[-60:]) and re.match(
            r"^(?:’s|'s)?\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|duties|levies|measures)\b", after, re.I
        ):
            return "answered"  # "responded to the first round of US duties with tariffs of ..."  # "transshipped through Vietnam to evade higher duties on Chinese products"
        whose = re.match(
            r"^,\s+whose\s+(?:[\w-]+\s+)?(?:goods|exports|products|shipments|imports|cars|steel)\b"
            r"(?=[^,;]*?\b(?:subject\s+to|fac(?:e|es|ing)|pay|paying|charged|hit\s+with)\b[^,;]*?\d)",
            after,
            re.I,
        )
        if whose:
            return "target"  # "Taiwan, whose goods are currently subject to a 20% levy, ..."
        if not m.person and re.match(
            r"^,\s+which\s+[^;]{3,160}?,\s+(?:was|were|is|are|has\s+been|will\s+be)\s+(?:also\s+)?"
            r"(?:listed|set|placed|pegged|fixed|charged|assigned|given|handed)\s+(?:at\s+)?\d",
            after,
        ):
            return "faces"  # "India, which Trump said would be charged 25%, was listed at 25%"

        if text[m.start : m.end].endswith(("’s", "'s")) and re.match(
            r"^\s+(?:[\w-]+\s+){0,3}?(?:safeguards?|regime)\b", after
        ):
            return "agent"  # "the bloc's expiring steel safeguard", "the EU's new steel regime"
        if (
            (
                text[m.start : m.end].endswith(("’s", "'s"))
                # ("the UK rate could be raised to 50%": the rate the UK pays)
                or re.search(r"\b[Tt]he\s+$", before[-5:])
                and re.match(r"\s+rate\b", after)
            )
            and re.match(
                r"^\s+(?:(?:(?:new|current|existing|reciprocal|tariff|duty)\s+){0,2}rates?\s+)?"
                r"(?:will\s+|would\s+)?(?:falls?|rises?|drops?|climbs?|goes\s+up|goes\s+down|"
                r"is\s+(?:cut|lowered|raised|set)|stays?|remains?|was\s+(?:cut|lowered|raised|set)|"
                r"(?:is|was)\s+(?:down|up)\s+from|(?:comes?|came|goes?|went)\s+(?:down|up)|"
                # ("South Africa's rate is higher than the 25% that Tunisia ...")
                r"(?:is|was)\s+(?:much\s+|far\s+|slightly\s+|well\s+)?(?:higher|lower|above|below|steeper)|"
                r"(?:(?:could|would|will|may|might)\s+)?(?:be\s+)?(?:cut|lowered|raised|set))\b",
                after,
                re.I,
            )
        ):
            return "target"  # "Bangladesh's rate falls to 18% from 20%": the rate it pays
        if (
            (
                text[m.start : m.end].endswith(("’s", "'s"))
                and re.match(
                    r"^\s+(?:tariff|levy|duty)\s+(?:stays|remains|(?:is|was)\s+(?:kept|held|left))\s+"
                    r"at\b",
                    after,
                )
                # ("while the UK retained its 10% rate": the rate it pays, not one it set)
                or not m.person
                and re.match(
                    r"^\s+(?:has\s+|have\s+)?(?:retain(?:s|ed)?|kept|keeps|maintain(?:s|ed)?)\s+its\s+"
                    r"(?:[\w-]+\s+)?\d[\d.]*\s*(?:%|per[\s-]*cent|percent)\s+(?:[\w\"“”-]+\s+)?rate\b",
                    after,
                )
            )
            and self.hits
            # (in a story of another country's rates, a country that has set none: "Indonesia's
            # levy stays at 32%" is the rate it pays)
            and not any(h.imposer == m.code for h in self.hits)
        ):
            return "target"
        clause = CLAUSE_TURN.split(after, maxsplit=1)[0]
        if (
            not m.person
            and re.fullmatch(r"\W*(?:(?:But|And|Meanwhile|Separately|Elsewhere),?\s+)?", before)
            and re.match(
                r"^\s+[^.;:,]{0,80},\s+(?:imposing|levying|slapping|introducing|applying|charging|"
                r"raising|doubling)\b",
                after,
            )
        ):
            return "agent"  # "Canada this summer tightened its defences, imposing a 25% surtax"
        if (
            re.match(
                r"^\s+(?:(?:both|each|also|have|has|had)\s+)*"
                r"(?:wins|won|secures?|secured|gets|got|obtains?|obtained|lands?|landed|clinch(?:es|ed)?)\b",
                after,
            )
            and not m.person
            # (not where those who won stand: "importers in the United States got the relief
            # they had lobbied for: Trump ... removing the 40% tariff on Brazilian beef")
            and not (m.code == "US" and re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[: m.start]))
            # (not "Trump raises tariffs on Canada to 35% as Mexico wins 90-day reprieve")
            and re.search(r"\d\s*(?:%|per\s*cent|percent|pc\b)", after, re.I)
            # (not "The EU and the United States clinched a deal that will subject European
            # exports to a 15% US tariff": the rate is its own)
            and not any(
                x.code == m.code
                and x.start > m.end
                and RATE_OWNER_AFTER.search(text, max(0, x.start - 20), x.start)
                and re.match(r"\s+(?:tariffs?|dut(?:y|ies)|levy|levies)\b", text[x.end :], re.I)
                for x in others
            )
        ):
            return "faces"  # "Indonesia wins lower US tariff of 19%": the rate it will pay
        if (
            SET_AT.match(after)
            and not m.person
            # (not "inflation in Brazil is at 5%")
            and not re.search(r"\b(?:in|of|from|to|for|with|by)\s+(?:the\s+)?$", before[-12:])
        ):
            return "faces"  # "Vietnam and Taiwan were set at 20%"
        faces = FACES.match(clause)
        escape = (
            faces
            and (e := ESCAPE_VERB.search(clause, 0, faces.end() + 12)) is not None
            and e.end() == faces.end()
        )
        if (
            faces
            and not m.person  # (people do not pay duties: "He pointed out that A would face")
            # (not "Goods that U.S. authorities find were transshipped will be hit with 40%": the
            # ones who find)
            and not re.match(r"\s+(?:authorities|officials|customs|inspectors)\b", after)
            # (nor "..., from which companies building factories in the United States would be
            # spared": where the factories are, not who is spared)
            and not (
                re.search(r"\bin\s+(?:the\s+)?$", before[-8:])
                and re.search(
                    r"\b(?:factories|plants|facilities|operations|production|investing|building)\b"
                    r"[^,;.]{0,20}$",
                    before,
                )
            )
            # (not "Switzerland, which has no agreement with Washington and already faces 39%":
            # a preposition's object inside a relative clause is not its subject)
            and not (
                re.search(r"\b(?:with|against)\s+(?:the\s+)?$", before[-20:])
                and re.search(r",\s+(?:which|who)\b[^,;.]*$", before)
            )
            # (nor a country named inside a noun phrase set off by commas: "Malaysia and the
            # Philippines, two of the biggest hubs for American chipmakers, will face 15%")
            # ("Morocco and Egypt, rivals in the European market that are building up US sales,
            # also face 10%")
            and not (
                re.search(DESCRIBED_ASIDE + r"[^,;.]{0,100}$", before[-160:])
                and re.match(
                    r"[^,;.]{0,60},\s+(?:(?:\w+ly|also|still|now|both|each)\s+)?(?:will|would|can|"
                    r"could|must|may|faces?|pays?|paid|faced)\b",
                    after,
                )
            )
            # (the one escaping a rate is the subject: not "negotiating with Washington to avert",
            # nor "works the phones on Gaza as Amman welcomes pause in 20% tariff")
            and not (
                escape
                and (
                    re.search(r"\b(?:with|to|from|in|on|at|by|for)\s+(?:the\s+)?$", before)
                    or any(
                        m.end <= o.start < m.end + faces.end()
                        and o.code != m.code
                        and not o.person
                        and not re.search(
                            r"\b(?:with|to|from|in|on|at|by|for|into)\s+(?:the\s+)?$",
                            text[max(0, o.start - 12) : o.start],
                        )
                        for o in others
                    )
                )
            )
            # (not the owner of the tariff: "products that carried a U.S. tariff of 15% will not
            # face ...")
            and not re.match(
                r"(?:’s|'s)?\s+(?:[\w-]+\s+)?(?:tariffs?|duty|duties|levy|levies)\b", after
            )
            # (not "U.S. President Donald Trump said goods from the two countries would face":
            # what is said has its own subject; "Japan said it would face", "Pakistan said on
            # Friday it would negotiate over" keep it)
            and not re.search(
                r"\b(?:said|says|announced|warned|wrote|told\s+(?!it\b|they\b)\w+)\s+"
                r"(?:on\s+\w+day\s+)?+(?:that\s+)?+(?!it\b|they\b|its\b|their\b)\w",
                clause[: faces.end()],
            )
            and not re.match(
                # (a participle with its agent is no verb of the subject's: "South Africa
                # currently faces a reciprocal tariff of 30% announced by the United States")
                r"^[^.;]{0,60}?\b(?:impos|announc|propos)(?!ed\s+by\b)",
                # (the verbs of one escaping a rate are followed by it: "Japan wants to negotiate
                # over the 24% tariff that Washington announced")
                # (nor what the rate it faces is told to be: "Switzerland endured the sharpest
                # swings: a 31% rate announced on April 2")
                after[: faces.end()] if escape or FACE_THEN_RATE.match(clause) else after,
                re.I,
            )
            # ("Algeria remains at 30%", not "... struck with Japan, but steel would remain at
            # 50%": only the word right before "stays at" is the one staying)
            and not (
                (stay := STAYS_AT.search(clause))
                and stay.start() < faces.end()
                and not re.fullmatch(
                    # ("The UK, the first country to sign a deal, stays at 10%", "..., which
                    # remain at 19%")
                    # ("Kenya, Egypt and Morocco remain at")
                    r"(?:(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)*"
                    r"(?:,\s+(?:which|who)|,[^,;]{3,90},|\s*[—–][^—–;]{3,90}[—–])?"
                    r"(?:\s+(?:will|would|now|also|still|largely|each|both|all))*\s+",
                    clause[: stay.start()],
                )
            )
            # (not "The US agreed deals with Thailand, whose exports face 19 percent": the
            # relative clause of the country named nearer says who pays)
            and not any(
                m.end < o.start < m.end + faces.end()
                and o.code != m.code
                and not o.person
                and RELATIVE_PAYS.match(text, o.end)
                # (a clause between them, not a list: "Vietnam and Sri Lanka, which will also
                # face 20 percent" are both)
                and re.search(
                    r"\b(?:with|against|over|to|for)\s+(?:the\s+)?$", text[m.end : o.start]
                )
                and re.search(r"\b(?!and\b|or\b|the\b)[a-z]{3,}\b", text[m.end : o.start])
                for o in others
            )
            # (not "London and Washington unveiled in May, British steel will keep paying":
            # the nearer country pays)
            and not any(
                m.end < o.start < m.end + faces.end()
                and o.code != m.code
                and not o.person
                and re.search(r",|\b(?:which|where|whom)\b", text[m.end : o.start])
                # (but "Switzerland, which has no agreement with Washington and already faces a 39
                # per cent rate": the other is the object of a preposition, no subject)
                and not re.search(r"\b(?:with|against)\s+(?:the\s+)?$", text[m.end : o.start])
                # ("Vietnam, Bangladesh's main rival in garments, had been threatened with
                # 46%": a country in an appositive is not the subject)
                and not (
                    (
                        appos := re.match(
                            r",\s+[^,;.]{3,80}?,\s+(?:had|has|have|was|were|is|are)\b", after
                        )
                    )
                    and o.start < m.end + appos.end()
                    and text[m.end + 2 : m.end + appos.end()].count("’s")
                    + text[m.end + 2 : m.end + appos.end()].count("'s")
                )
                # ("Chips shipped from Malaysia and the Philippines, two of the biggest hubs for
                # American chipmakers, will face 15%": a noun phrase set off by commas)
                and not (
                    (
                        described := re.match(
                            r"(?:\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?"
                            + DESCRIBED_ASIDE
                            + r"[^,;.]{3,100}?,\s+(?:(?:\w+ly|also|still|now)\s+)?"
                            r"(?:will|would|can|could|must|should|may|had|has|have|was|were|is|are|"
                            r"faces?|pays?)\b",
                            after,
                        )
                    )
                    and o.start < m.end + described.end()
                )
                and re.search(
                    r"\b(?!and\b|or\b|as\b|well\b|the\b)[a-z]{3,}\b", text[m.end : o.start]
                )
                for o in others
            )
        ):
            return "faces"  # (not across ", while tyres from Vietnam will face ...")
        if re.search(r"\b(?:that|which|what)\s+(?:the\s+)?$", before[-12:], re.I) and re.match(
            r"^\s+(?:imports|exports|buys|sells|ships)\b", after
        ):
            return ""  # "minerals that the US imports in large volumes": a verb, not goods
        if re.match(
            r"^(?:(?:’s|'s)\s+|\s+)?(?:[\w-]+\s+)?(?:coast|coastline|border|shores?|soil|side|"
            r"territory|waters|ports?|airspace|capital|highlands|north|south|east|west)\b",
            after,
        ) and text[m.start : m.end].endswith(("’s", "'s")) != after.startswith(("’s", "'s")):
            return ""  # "at a golf course on Scotland's west coast": a place, not a party
        if SAME_RATE_AS.search(before[-120:]) and not m.person:
            # "Japan will pay 15%, the same rate as the European Union", "is now charged 15%, the
            # same rate as Botswana and Mauritius", "puts Thailand on par with Malaysia,
            # Indonesia and Cambodia": each of them pays it too
            return "along"
        if (
            re.search(
                r",\s+the\s+same\s+(?:rate|level|tariff|duty)\s+(?:(?:now\s+)?(?:paid|faced)\s+by|"
                r"(?:applied|charged)\s+to)\s+(?:(?:the\s+)?(?:neighbouring|neighboring|nearby|rival)\s+)?"
                r"(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:,\s+|,?\s+and\s+))*(?:the\s+)?$",
                before[-120:],
            )
            and not m.person
        ):
            return (
                "along"  # "..., the same rate paid by neighbouring Colombia and Peru": theirs too
            )
        if (
            not m.person
            and re.search(
                r"\d\s*(?:%|per[\s-]*cent|percent|pc\b)[^.;%]{0,40}?,?\s+and\s+(?:the\s+)?$",
                before[-80:],
            )
            and re.match(r"^\s+(?:the\s+same|too|likewise|as\s+well)\s*(?:[.;]|$)", after)
        ):
            return "along"  # "the European Union would face 30 per cent, and Mexico the same"
        if (
            re.search(
                r",?\s+the\s+same\s+(?:rate|level)\s+(?:that\s+)?(?:the\s+)?$", before[-50:], re.I
            )
            and re.match(
                r"^\s+(?:had\s+|has\s+)?(?:secured|won|got|obtained|negotiated|clinched|agreed|"
                r"received|pays|faces)\b",
                after,
            )
            and not m.person
        ):
            return "along"  # "..., the same rate Japan secured for its cars": Japan's rate too
        if re.search(
            r"\b(?:than|(?<!,\s)as)\s+(?:those\s+|that\s+)?(?:[\w-]+\s+){0,3}$", before[-40:], re.I
        ):  # (", as the U.S. tariff on steel ... had shut": "as" for "because", no comparison)
            return ""  # "no less favorably than chips from Taiwan": a comparison, no party
        if re.fullmatch(r"\W*(?:The\s+)?", before) and re.match(
            r"^\s+(?:has\s+|had\s+|have\s+)?(?:warned|threatened)\s+"
            r"(?:that\s+)?(?!it\b)[^.;]*\d",
            after,
        ):
            return "agent"  # "The US has warned that transshipped goods will face a 40% duty"
        if re.search(
            r"\b(?:diverted|redirected|rerouted|displaced|shut\s+out|pushed\s+out|squeezed\s+out)\s+"
            r"(?:away\s+)?from\s+(?:the\s+)?$",
            before[-40:],
        ):
            return ""  # "cheap metal diverted from the US market": where it went before, no side
        if SURGE_FROM.search(before[-100:]):
            return "evaded"  # "after a surge in cheap shipments from China": the cause, no side
        if REACTION_FROM.search(before[-40:]):
            return ""  # "drawing a swift warning from Brussels": it spoke, its goods are not hit
        if re.search(
            r"\b(?:ceiling|cap|limit)\s+on\s+(?:most\s+|all\s+)?$", before[-25:], re.I
        ) and re.match(r"\s+(?:tariffs|duties|levies)\b", after):
            return "agent"  # "a 15% ceiling on US tariffs on most EU goods": the US's
        if (
            re.search(r"\bfor\s+$", before[-6:])
            and re.match(
                r"\s+(?:chipmakers|carmakers|automakers|brands|multinationals|customers|clients)\b",
                after,
            )
        ) or (
            re.search(r"\b(?:orders|demand|sales)\s+from\s+$", before[-20:])
            and re.match(r"\s+(?:customers|clients|buyers)\b", after)
        ):
            return ""  # "hubs for American chipmakers", "orders from American customers": the
            # companies served, not goods charged
        if (
            not m.person
            and (ans := ANSWERED_TARGET.search(before, max(0, len(before) - 160)))
            # (a rate of its own told before the answer, none after: not "..., retaliating
            # against Washington's decision to raise its tariff on Turkish products to 25%")
            and re.search(r"\d\s*(?:%|per[\s-]*cent|percent)", before[: ans.start()])
            and not re.match(r"[^.;]{0,80}?\d\s*(?:%|per[\s-]*cent|percent)", after)
        ):
            # "Beijing imposed 25% on American soybeans, in retaliation for the Trump
            # administration's tariffs on Chinese goods": the target of the measure answered
            return ""
        if (
            not m.person
            and re.search(
                r"\bfrom\s+(?:one|a|an)\s+(?:(?:large|small|major|big|leading|single|top)\s+)?$",
                before[-40:],
            )
            and re.match(
                r"\s+(?:producer|manufacturer|exporter|company|firm|maker|supplier|mill)\b", after
            )
        ):
            return "target"  # "86.3% on solar cells from one large Indonesian producer"
        if (
            TARGET_BEFORE.search(before[-80:])
            and (
                not PEOPLE_NOUN.match(after)
                # ("the products of U.S. companies", "the rates for EU companies": theirs)
                or re.search(
                    r"\b(?:products|goods|exports|shipments|rates?|dut(?:y|ies))\s+(?:of|for|from)\s+"
                    r"(?:the\s+)?(?:(?:most|all|some|other)\s+)?$"
                    # ("duties on Chinese producers would range from ...": on their goods)
                    r"|\b(?:dut(?:y|ies)|tariffs?|levies|rates?)\s+(?:on|against)\s+(?:the\s+)?$",
                    before[-40:],
                    re.I,
                )
            )
            and not m.person
        ):
            return "target"  # (not "the witch hunt against former President Bolsonaro")
        if COUNTRIES_INCLUDING.search(before[-200:]):
            return "target"  # "cars from countries without a trade deal, including South Korea"
        if (
            TARGET_AFTER.match(after)
            and not m.person
            # "as US doubles steel tariffs", "U.S. spares refined copper": it acts
            and not IMPOSE_VERB.match(after.lstrip())
            and not ACTS_ON_GOODS.match(after)
            # ("US steel tariff doubles to 50%", "U.S. auto tariffs": Washington's duty on the
            # goods, the way the news names it)
            and not (
                m.code == "US"
                and US_GOODS_TARIFF.match(after)
                # (not "The EU's retaliatory U.S. steel duties": the owner's, on US steel)
                and not re.search(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}$", before)
            )
            # (not "India's whisky tariff will fall to 40 per cent": the owner's duty on whisky)
            and not (
                possessive
                and re.match(
                    r"(?:’s|'s)?\s+(?:[a-z][\w-]*\s+){1,2}(?:tariffs?|dut(?:y|ies)|levy|levies|"
                    r"safeguards?|(?:import\s+)?quotas?)\b",
                    after,
                )
                # (but "Argentina's beef quota ... with a 10% U.S. tariff": a quota it is given)
                and not re.search(
                    r"\bU\.S\.|\b(?:US|American|Washington)\b",
                    re.split(r"[.;](?=\s+[A-Z])", after)[0],
                )
            )
        ):
            return "target"  # "Chinese goods"; "Trump doubles steel tariffs" is no target
        if (
            # (the verb itself, not a noun made of it: "the reduction of U.S. tariffs")
            # ("Trump lifts 40% Brazil tariff" keeps its rate; "pauses Canada, Mexico tariffs"
            # its list)
            any(
                re.fullmatch(
                    r"\s*(?:\d[\d.]*\s*(?:%|per[\s-]*cent|percent)\s*)?"
                    r"(?:(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)*\s*(?:,|\band\b|&)\s*)*",
                    before[-25:][v.end() :],
                )
                for v in IMPOSE_VERB.finditer(before[-25:])
            )
            and re.match(r"^\s+(?:tariffs?|duties|levies)\b", after, re.I)
            # (not "a proposed U.S. tariff", "the announced EU duties": a participle, its owner;
            # nor "lifts the US tariff on cabinets": the US's own tariff)
            and not re.search(r"\b(?:a|an|the|its|their)\s+(?:[\w-]+ed\s+)?$", before[-30:], re.I)
            # (not "will remove EU duties of up to 12% on Indian garments": the EU's own duties,
            # their payer named after them; but "paused EU tariffs of 50% on Irish drugs" and "may
            # lift India tariffs of 25% on Russian oil" are on the one named first)
            and not (
                m.code == "EU"
                and re.search(
                    r"\b(?:remove|removes|removed|removing|eliminate|eliminates|scrap|scraps|"
                    r"abolish|abolishes)\s+$",
                    before[-20:],
                    re.I,
                )
                and any(
                    o.start >= m.end
                    and o.code != "EU"
                    and o.code not in EU_MEMBERS
                    and re.fullmatch(
                        r"\s+(?:tariffs?|duties|levies)(?:\s+of\s+(?:up\s+to\s+)?\d[\d.]*\s*"
                        r"(?:%|per[\s-]*cent|percent))?\s+on\s+(?:(?:goods|imports)\s+from\s+)?",
                        after[: o.start - m.end],
                    )
                    for o in others
                )
            )
        ):
            return "target"  # "Trump pauses Mexico tariffs": the tariffs on Mexico
        if (
            not m.person
            and m.code not in ("US", "EU", STAR)
            and re.match(
                r"\s+(?:and\s+(?-i:[A-Z])[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|levy)\b(?!-)", after
            )
            and re.search(r"(?:\bthe|,|\band)\s+$", before[-6:], re.I)
            and not text[m.start : m.end].endswith(("’s", "'s"))
            and (
                not is_demonym(text[m.start : m.end])
                # ("the Canadian and Mexican tariffs were postponed": two countries' rates told
                # together are the ones charged on them)
                or re.match(r"\s+and\s+(?-i:[A-Z])[\w-]+\s+(?:tariffs|duties|levies)\b", after)
                or re.search(r"\bthe\s+(?-i:[A-Z])[\w-]+\s+and\s+$", before[-30:])
            )
        ):
            return "target"  # "The Canada and Mexico tariffs take effect", "the China duty"
        if re.match(
            r"^(?:’s|'s)?\s+(?:(?!on\b|of\b|for\b|against\b|about\b|at\b)[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)(?!-)|lev(?:y|ies)|surtax|measures|countermeasures|counter-tariffs|safeguards?|regime|plan(?=\s+to\b))(?!\s+(?:negotiator|envoy|talks|negotiations|deal|agreement|chief|war|dispute|policy|team|official|consultations|free\b))",
            after,
            re.I,
        ) or re.match(
            # "US 50% tariff on Brazil takes effect": the rate between the country and its tariff
            r"\s+\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b|pc\b)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?)\s+on\s",
            after,
            re.I,
        ):
            return "agent"
        if (
            (
                possessive
                or re.match(
                    r"^\s+(?:commerce|trade|finance|economy)\s+(?:department|ministry)\b",
                    after,
                    re.I,
                )
            )
            and re.match(
                r"^(?:’s|'s)?\s+(?:[\w-]+\s+){0,3}?(?:ministry|government|cabinet|commission|"
                r"council|administration|customs|authorities|authority|directorate|regulator|"
                r"department|agency|panel|watchdog|tribunal|board|trade\s+body)\b",
                after,
                re.I,
            )
            and not re.search(r"\b(?:with|against|on|to|for)\s+$", before[-10:], re.I)
            # (not "Taiwan's government is assessing U.S. President Trump's plan to impose ...")
            and not any(m.end < o.start < _next_tariff_word(text, m.end) for o in others)
        ):
            return "agent"  # "China's finance ministry said it would add tariffs"
        if re.match(r"^\s*,", after) and re.fullmatch(r"\W*In\s+(?:the\s+)?", before):
            return "agent"  # "In Vietnam, provisional anti-dumping duties of up to 27.83% ..."
        if re.search(
            r"\b(?:duty|duties|tariffs?|levy|levies|rate)\s+on\s+(?:all\s+)?(?:imports|shipments)\s+of\s+"
            r"(?:the\s+)?$",
            before[-50:],
            re.I,
        ):
            return "target"  # "Brazil's 18% duty on imports of U.S. ethanol": their origin
        if re.search(
            r"(?:%|per[\s-]*cent|percent)\s+(?:rate|tariff|level)\s+(?:that\s+)?(?:the\s+)?$",
            before[-40:],
            re.I,
        ) and re.match(
            r"(?:’s|'s)?\s+(?:has\s+|had\s+)?(?:agreed|secured|negotiated|won|struck|obtained|clinched)\b",
            after,
        ):
            return "target"  # "the 15 per cent rate the European Union agreed in July"
        if re.search(
            r"(?:%|per[\s-]*cent|percent)\s+(?:[\w-]+\s+){0,2}"
            # ("the 15% levels that Washington had agreed with the European Union and Japan")
            r"(?:(?:that|which)\s+(?:(?:Washington|the\s+U\.?S\.?|the\s+United\s+States|Trump|it)\s+)?"
            r"(?:had\s+|has\s+)?)?(?:agreed|negotiated|struck|reached)\s+"
            r"with\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*)*(?:,\s+|\s+and\s+)(?:the\s+)?)*$",
            before[-110:],
            re.I,
        ):
            # (but "the 15% rates each negotiated with Washington": the side setting them, when it
            # is the one the story's rates come from)
            if m.code == self._main_imposer():
                return "agent"
            return "target"  # "far higher than the 15% level agreed with the European Union"
        if (
            not m.person
            and possessive
            and re.match(
                r"^(?:’s|'s)?\s+(?:[\w-]+\s+){0,2}?(?:proposal|plan|decision|move|bid|offer)\s+"
                r"(?:[\w-]+\s+){0,3}?to\s+(?:raise|impose|cut|lower|double|increase|reduce|slash|"
                r"hike|lift)\b",
                after,
            )
        ):
            return "agent"  # "worried about the European Commission's proposal to raise the duty"
        if (
            re.search(r"\bof\s+$", before[-4:])
            and re.match(r"\s+origin\b", after)
            # (not "with a credit for parts of US origin": the imposer's own content)
            and not re.search(
                r"\b(?:credit|exempt\w*|exclud\w*|except|deduct\w*|content)\b", before[-60:]
            )
        ):
            return "target"  # "components of American origin": the goods' home
        if re.search(
            r"\b(?:with|and|between|to|of|for|about|in)\s+(?:the\s+)?$", before[-14:], re.I
        ):
            return ""  # "a trade deal with Japan to lower ...": a partner, not the one acting
        if not m.person and re.match(
            r"^(?:’s|'s)?\s+(?:will|would|does|did|has|have|had|is|was)?\s*(?:not|n['’]t|never)\s+"
            r"(?:\w+\s+)?retaliat\w*\s+against\b",
            after,
            re.I,
        ):
            return "faces"  # "Thailand will not retaliate against a 36% tariff": the one hit
        if not m.person and re.match(
            # ("Cambodia and Thailand were told their goods would face 36 per cent")
            r"^(?:\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)?"
            # ("Bangladesh, a close rival, was told in a letter on Monday that it would face")
            r"(?:,\s+[^,;]{3,60},)?"
            r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:also\s+|(?-i:[a-z]+ly)\s+)?"
            r"(?:told|informed|notified|warned|advised)\s+"
            r"(?:(?:that\s+)?(?:its|their)\b|[^.;,]{0,80}?\bthat\s+(?:it|they|its|their)\b"
            # ("Lesotho ... was initially told in April it would face a 50 per cent tariff")
            r"|[^.;,]{0,40}?\b(?:it|they)\s+(?:would|will|could)\b)",
            after,
        ):
            return "faces"  # "Moldova was told its exports would be charged 25%": the one told
        if not m.person and re.match(
            r"^(?:’s|'s)?\s+(?:saw|sees|see|has\s+seen|had\s+seen)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:rates?|tariffs?|dut(?:y|ies))\b",
            after,
        ):
            return "faces"  # "Madagascar saw its announced rate of 47 per cent cut to 15 per cent"
        if not m.person and re.match(
            r"^(?:’s|'s)?\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:had|has|have|got|gets|get)\s+"
            r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:rates?|tariffs?|dut(?:y|ies))\s+"
            r"(?:cut|lowered|reduced|raised|increased|hiked|doubled|halved|slashed|trimmed)\b",
            after,
        ):
            # "while Japanese rivals had their rate cut to 15 percent": theirs to pay
            return "faces"
        # ("Mexico, meanwhile, is set to impose tariffs of up to 50%": an adverb set off by commas
        # is no aside that hides the subject)
        after = ADVERB_ASIDE.sub(lambda a: " " * len(a.group(0)), after, count=1)
        agent = AGENT_AFTER.match(after)
        if agent and RATE.search(agent.group(0)):
            agent = None  # "Bangladesh - 35% (lowered from 37%)": the rate is Bangladesh's, not its doing
        if agent and not re.match(r"^(?:’s|'s)?\s*,", after):
            gap_end = m.end + agent.end()
            if any(m.end < o.start < gap_end for o in others):
                return ""  # "Britain spared as Trump doubles ...": Trump acts, not Britain
            return "agent"
        return ""

    # rates ------------------------------------------------------------------
    def _rates(self, text: str, si: int, context: bool = False) -> list[_Rate]:
        out: list[_Rate] = []
        ranges: list[tuple[int, int]] = []
        rejected: int | None = None  # where the last number read as no tariff rate ends
        for m in RATE.finditer(text):
            if m.group("range"):
                if "point" in m.group(0).lower():
                    continue  # "0.3 to 0.5 percentage points off growth": no rate
                lo = m.group("lo").lower()
                lo_value = float(lo) if lo[0].isdigit() else NUMBER_WORDS.get(lo)
                if lo_value is None:
                    continue
                values = [
                    (float(lo_value), m.start("lo"), m.end("lo")),
                    (float(m.group("hi")), m.start("hi"), m.end()),
                ]
                if 1900 <= lo_value <= 2100 and float(lo_value).is_integer():
                    values = values[1:]  # "15% starting in 2027 and 30% in 2028": a year
                if (
                    re.match(r"between\s", m.group(0), re.I)
                    or re.search(
                        r"\b(?:rang\w*|var(?:y|ies|ied|ying)|between|of\s+up\s+to|"
                        r"(?:rates|tariffs|duties|levies)\s+of)\s+(?:from\s+)?$",
                        text[max(0, m.start() - 30) : m.start()],
                        re.I,
                    )
                ) and not (
                    # (not "from current rates of between 15-20%": the rates before a change)
                    COMPANION.search(text[max(0, m.start() - 60) : m.start()])
                    and not re.search(r"\b(?:rang\w*|var\w*)\s+(?:from\s+)?$", text[: m.start()])
                ):
                    ranges.append((m.start(), m.end()))
            elif m.group("num"):
                if "point" in (m.group("unit") or "").lower() and not (
                    # "would raise tariffs on U.S. soybeans by 15 percentage points from next
                    # Wednesday": a duty added on, told only by its size (not "by 10 percentage
                    # points, to 35 per cent": the change before the new rate)
                    RAISED_BY_POINTS.search(text, max(0, m.start() - 200), m.start())
                    and not re.match(
                        r"\s*,?\s*(?:to|at)\s+(?:about\s+|around\s+)?\d", text[m.end() :]
                    )
                ):
                    continue
                raw = m.group("num").lower()
                value = (
                    float(raw)
                    if raw[0].isdigit()
                    else float(NUMBER_WORDS.get(re.sub(r"\s+", " ", raw), -1))
                )
                if value < 0:
                    continue
                values = [(value, m.start(), m.end())]
            elif m.group("frac"):
                frac = m.group("frac").lower()
                values = [
                    (
                        25.0 if "quarter" in frac else 33.3 if "third" in frac else 50.0,
                        m.start(),
                        m.end(),
                    )
                ]
            else:
                if re.search(
                    r"\b(?:low|little|reduced|minimal)\s+or\s+$",
                    text[max(0, m.start() - 12) : m.start()],
                    re.I,
                ) or re.match(r"\s+or\s+(?:low|reduced|minimal)\b", text[m.end() :], re.I):
                    continue  # "enters at low or zero duty": no one rate
                values = [(0.0, m.start(), m.end())]
            for value, a, b in values:
                if rejected is not None and re.fullmatch(
                    r"\s*(?:%|per[\s-]*cent|percent)?\s+from\s+", text[rejected:a], re.I
                ):
                    # "cut the tax on small cars to 18 per cent from 28 per cent": the old rate of
                    # what is no tariff is none either
                    rejected = b
                    continue
                if self._is_tariff_rate(text, a, b, out, context):
                    separate = bool(SEPARATE.search(text[max(0, a - 40) : a]))
                    added = bool(ADDED_RATE.search(text[max(0, a - 30) : a]))
                    out.append(_Rate(value, a, b, sentence=si, separate=separate, added=added))
                else:
                    rejected = b
        named = {code for _, _, code, _ in find_countries(text)}
        last = next(
            (h for h in reversed(self.hits) if not h.rate.companion and h.targets[0] in named),
            next((h for h in reversed(self.hits) if not h.rate.companion), None),
        )
        same = SAME_RATE.search(text)
        if same and last is not None and not out:
            out.append(
                _Rate(last.rate.value, same.start(), same.end(), sentence=si)
            )  # "at the same rate"
        again = SAME_RATE_APPLIES.search(text)
        if again and out and all(r.end <= again.start() for r in out):
            # "Goods from the EU face 15%, and the same rate applies to Norway and Iceland"
            out.append(_Rate(out[-1].value, again.start(), again.end(), sentence=si))
        for r in out:
            if any(a <= r.start < b for a, b in ranges):
                r.ranged = True
                continue  # "ranged from 116.2 to 218.4 per cent": both ends stand
            lead = text[max(0, r.start - 60) : r.start]
            r.companion = (
                bool(COMPANION.search(lead))
                and not ALTERNATIVE.search(lead)
                and not HARM_FROM.search(lead)
                # (not "Rates now range from 19 per cent for Malaysia to 40 per cent for Laos")
                and not re.search(
                    r"\b(?:range[sd]?|ranging|run|runs|running|var(?:y|ies|ied|ying))\s+from\s+$",
                    lead,
                )
            )
        repeated: set[int] = set()
        for a, b in zip(out, out[1:], strict=False):
            if (
                not a.companion
                and re.fullmatch(r"\s*(?:%|per[\s-]*cent|percent)?\s*\(\s*", text[a.end : b.start])
                and re.match(r"\s*(?:%|per[\s-]*cent|percent)?\s*\)", text[b.end :])
            ):
                b.companion = True  # "- Vietnam: 20% (46%)": the rate before, in brackets
                if b.value == a.value:
                    repeated.add(id(b))  # "ALGERIA - 30% (30%)": unchanged, one rate
            if a.companion and re.fullmatch(
                r"\s*(?:%|per[\s-]*cent|percent)?\s*(?:-|–|to|and)\s*", text[a.end : b.start]
            ):
                if (
                    re.search(r"\bfrom\s+(?:\w+\s+){0,3}$", text[max(0, a.start - 40) : a.start])
                    and re.search(r"\b(?:to|-|–)\s*$", text[a.end : b.start])
                    and not re.search(
                        r"\b(?:current|existing|between)\b", text[max(0, a.start - 40) : a.start]
                    )
                ):
                    continue  # "from 10% to 25%": 10 was, 25 will be
                b.companion = True  # "from current rates of between 15-20%"
        return [r for r in out if id(r) not in repeated]

    def _is_tariff_rate(
        self, text: str, a: int, b: int, accepted: list[_Rate], context: bool = False
    ) -> bool:
        left, right = text[:a], text[b:]
        if context and (item := RATE_ON_ITEM.match(text)) and a < item.end():
            return True  # "- 100% on branded drugs;" in a list of a measure's rates
        if HYPOTHETICAL.search(left):
            return False  # "In one scenario, Washington applies a tariff of 25%": a model's input
        if re.match(
            r"\s*(?:or\s+more|and\s+(?:above|up|over)|or\s+higher)?\s+(?:owned|held)\s+by\b",
            right,
            re.I,
        ):
            return False  # "companies 50% or more owned by blacklisted firms": a share held
        if HYPOTHETICAL_AFTER.match(right):
            return False  # "a 20 per cent tariff, should Washington ever move to one, would cut"
        if re.match(
            r"\s*(?:%|per[\s-]*cent|percent)?\s+(?:(?:were|are|was|is)\s+)?(?:opposed|"
            r"undecided|unsure|in\s+favou?r|disapprov\w*)\b",
            right,
            re.I,
        ):
            # "58 per cent of voters support the arrangement, with 34 per cent opposed": a poll
            return False
        if re.search(r"\bif\s+an?\s+$", left[-12:], re.I) and re.match(
            r"[^.;,%]{0,50}?\b(?:were|was)\s+to\s+be\s+(?:applied|imposed|levied|introduced|put|charged|"
            r"extended|kept|maintained)\b",
            right,
            re.I,
        ):
            return False  # "If a 25% tariff were to be applied for the whole year": a what-if
        if ECONOMY_MOVES.search(left[-40:]):
            return False  # "Mexico's economy could contract by 1.5% to 2%": output, not a duty
        if (
            (could := COULD_FACE.search(left[-100:]))
            and not re.search(r"\blists?\b", left[-100:][: could.start()])
            # (not "may be hit hard by the 25% tariff the United States imposed", "may face a
            # tough year after China imposed a 100% tariff": a measure in place)
            and not re.search(
                r"\b(?:imposed|levied|applied|slapped|placed|introduced|by\s+the|after|now\s+that)\b",
                left[-100:][could.start() :] + right[:80],
                re.I,
            )
        ):
            # "Trump has said drug imports could eventually face tariffs as high as 250%": a
            # threat, no measure (but "a list of American goods that could face 25 per cent
            # counter-tariffs" is a proposal)
            return False
        if text[a:b].lower() == "no" and re.search(
            r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bto\s)(?<!\bshall\s)(?<!\bcould\s)(?<!\bmay\s)"
            r"\b(?:has|have|levies|levy|charges|charge|imposes|impose|applies|apply|maintains)\s+$",
            left[-40:],
            re.I,
        ):
            # "Japan itself levies no tariff on imported cars", "Switzerland has no tariffs of its
            # own": how things stand, no measure ("will impose no tariffs" is one)
            return False
        if _home_tax(left, right):
            # "Canada's 3% digital services tax", "Soybean exports are taxed at 26%", "Swiss
            # consumers pay an 8.1 per cent value-added tax": a tax at home, whatever the verb
            return False
        if re.search(
            r"\bfees?\b(?:(?!\b(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?|rates?)\b)"
            + IN_CLAUSE
            + r"){0,80}$",
            left[-120:],
            re.I,
        ) and not re.match(
            rf"^\s*(?:%|per[\s-]*cent|percent)?\s*(?:{TARIFF_NP_WORD}\s+){{0,3}}?"
            r"(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?|rates?)\b",
            right,
            re.I,
        ):
            # "the merchandise processing fee, which Customs charges at 0.3464% of the value",
            # "the harbor maintenance fee of 0.125%": a fee for a service, not a duty
            return False
        if (
            HEARD_RATE_LEAD.search(left[-40:])
            and (heard := HEARSAY.search(left))
            and not re.search(r"\b(?:said|says|told|announced|confirmed)\b", heard.group(0))
            and (
                DENIED.search(right)
                or (heard.group("noun") or "").lower() not in ("report", "reports")
                or heard.group("unnamed")
            )
        ):
            # "Reports that the White House was weighing a cut to 25 per cent were dismissed",
            # "Reports that Washington would bring the rate down to 15% could not be confirmed",
            # "heard talk of a 25 per cent tariff", "reported, citing unnamed officials, that
            # Washington was ready to cut the rate to 15%": hearsay, no measure
            return False
        if AGGREGATE.search(left[-80:]):
            return False  # "the effective US tariff rate to reach 18%": an average, no measure
        if AGGREGATE_BEFORE.search(left[-240:]):
            return False  # "... is now 17.4 per cent, the highest since 1935 and up from 2.4%"
        if re.search(
            r"\b(?:policy|annuali[sz]ed|interest|inflation|jobless|unemployment|benchmark|"
            r"repo|lending|deposit|discount|funds|mortgage|growth|savings)\s+rate\s+"
            r"(?:(?:currently|now|still)\s+)?(?:stands?|stood|remains?|remained|is|was|of|at)\s+"
            r"(?:at\s+)?(?:(?:about|around|roughly)\s+)?$",
            left[-70:],
            re.I,
        ):
            return False  # "Its policy rate currently stands at 0.5%", "an annualized rate of 0.2%"
        if re.search(
            r"\baverag(?:e|es|ed|ing)\b(?:[^.;%]|(?<=[A-Z])\.){0,80}"
            # (and the rate it moved from: "... would fall to 47% from 57%")
            r"(?:\d[\d.]*\s*(?:%|per[\s-]*cent|percent)\s+(?:from|to)\s+(?:about\s+|around\s+)?)?$",
            left[-120:],
            re.I,
        ):
            # "duties that average about 35%", "an average most-favoured-nation tariff of roughly
            # 15 percent", "the average tariff on Chinese goods would fall to 47% from 57%": an
            # average of many rates, no measure
            return False
        if re.search(
            r"\b(?:inflation|growth|GDP|unemployment|interest\s+rates?|yields?)\b(?:[^.;%]|(?<=[A-Z])\.){0,30}$",
            left[-60:],
            re.I,
        ):
            return False  # "consumer inflation in Korea, at 2.4 percent in October"
        if re.search(
            r"\bbarriers\s+(?:at|of|equal\s+to|worth)\s+(?:the\s+equivalent\s+of\s+|about\s+|some\s+)?$"
            # ("claimed that Lesotho's tariffs and trade barriers were equivalent to 99%")
            r"|\bbarriers\s+(?:(?:were|was|are|is|amounted|amount)\s+)?(?:(?:equivalent|equal|tantamount)\s+to|"
            r"worth)\s+(?:about\s+|some\s+|roughly\s+)?$",
            left[-60:],
            re.I,
        ):
            return False  # "put its tariff and non-tariff barriers at the equivalent of 90%"
        if THRESHOLD_CLASS.search(left[-60:]):
            return False  # "$80 for goods from countries with a tariff rate below 16%": a band
        if THRESHOLD_BEFORE.search(left[-60:]) or POWER_TO_IMPOSE.search(left[-120:]):
            # "any combined duty above 25% would leave knitwear uncompetitive": a threshold;
            # "Section 122 allows a president to impose tariffs of up to 15%": a power
            return False
        if re.search(
            r"\bcharg\w*\s+(?:the\s+)?(?:United\s+States|U\.S\.|US|America)\s+(?:about\s+|some\s+)?$",
            left[-40:],
        ) and re.search(
            r"\b(?:currency\s+(?:manipulation|policy|policies)|non-tariff\s+barriers|trade\s+barriers)\b",
            right[:160],
            re.I,
        ):
            # "the White House chart claimed Lesotho charged the United States 99%, a figure it
            # said reflected tariffs, currency policy and trade barriers": a claim, no tariff
            return False
        if re.search(
            r"\beven\s+(?:an?\s+)?(?:(?:tariffs?|duties|levies|rates?)\s+of\s+)?"
            r"(?:\d[\d.]*\s*(?:%|per[\s-]*cent|percent)?\s*(?:to|-|–)\s*)?$",
            left[-40:],
            re.I,
        ):
            return False  # "even tariffs of 45 to 50 per cent might not be enough": a what-if
        if re.search(
            r"\b(?:(?:does|do|did)\s+not|doesn[’']t|don[’']t|didn[’']t)\s+(?:have|charge|impose|levy|apply)\s+"
            r"(?:a|an|any)\s+$",
            left[-40:],
            re.I,
        ):
            return False  # "Lesotho does not have a 99 per cent tariff on anything": denied
        if re.search(
            r"\bif\b[^.;]{0,60}\bend(?:s|ed)?\s+up\s+(?:facing|paying|with)\s+(?:an?\s+)?"
            r"(?:(?:rate|tariff|duty|levy)\s+of\s+)?$",
            left[-120:],
            re.I,
        ):
            return (
                False  # "... could shrink if the country ended up facing a rate of 25%": a what-if
            )
        if (
            re.search(
                r"\b(?:economists?|analysts?|strategists?|researchers?|research|professor|consultancy|"
                r"consultants?|think\s+tank|commentators?|observers|pundits)\b",
                text,
                re.I,
            )
            and (
                guess := re.search(
                    r"\b(?:could|might|may)\s+(?:eventually\s+|well\s+|yet\s+)?[a-z]+\b(?:[^.;:,]|(?<=[A-Z])\.)*$"
                    # ("said there was a reasonable chance the penalty could be dropped, leaving India at
                    # 25% or lower")
                    r"|\b(?:chance|odds|possibility)\b[^.;]{0,40}?\b(?:could|might|may|would)\b(?:[^.;]|(?<=[A-Z])\.)*$"
                    # ("said she would not be surprised if Washington eventually lowered the rate to 15%")
                    r"|\b(?:not|n[’']t)\s+be\s+surprised[”\"]?\s+(?:if|to\s+see)\b(?:[^.;]|(?<=[A-Z])\.)*$",
                    left,
                )
            )
            and not re.search(
                # (not "observers said Beijing may hit back after Washington raised its tariff to
                # 145%": the guess is about an answer to a rate told as done)
                r"\b(?:after|since|because|now\s+that|following)\b[^.;]*\b(?:\w+ed|has|have|had)\b",
                left[guess.start() :],
                re.I,
            )
        ):
            return False  # "an economist said Trump could restore a tariff of 50%": a guess
        if re.search(
            r"\bspeculat(?:e|es|ed|ing)\b"
            + IN_CLAUSE
            + r"{0,120}?\b(?:could|might|may|would)\b"
            + IN_CLAUSE
            + r"*$",
            left[-200:],
            re.I,
        ):
            return False  # "importers have speculated that the cabinet rate could climb to 60%"
        if re.search(
            r"\b(?:should|must|ought\s+to)\s+(?:push|press|seek|lobby|ask|aim|hold\s+out|fight)\s+"
            r"for\b" + IN_CLAUSE + r"*$",
            left[-200:],
            re.I,
        ):
            return False  # "argued that the government should push for a deal capping duties at 5%"
        if re.search(
            r"\bmus(?:ed|es|ing)\s+(?:\w+\s+)?(?:about|over|on)\b(?:[^.;]|(?<=[A-Z])\.)*$",
            left[-150:],
            re.I,
        ):
            return False  # "Trump has mused publicly about chip tariffs of around 100%": a notion
        if LEGAL_LIMIT.search(left[-90:]):
            return False  # "a statute that allows tariffs of up to 15%": a power, no measure
        if re.match(
            # (not "99 percent of American goods tariff-free": a share of goods)
            r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:tariffs?|duties|levies)\b(?!-)"
            # (not "zero-tariff treatment for 100 per cent of tariff lines": a share of lines)
            r"(?!\s+(?:lines|items|codes|headings|categories|positions)\b)",
            right,
            re.I,
        ):
            return True  # "cancel 91 percent of the additional tariffs": points of the tariff rate
        if re.match(r"^\s*of\b", right) and not re.match(
            r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:(?:CIF|FOB|c\.i\.f\.|assessable|customs|landed|"
            r"declared|invoice|import|cargo|shipment|goods'?)\s+)?(?:value|price)\b",
            right,
            re.I,
        ):
            return False  # "0.6% of the US market"
        if MOVEMENT.search(left[-30:]):
            return False
        if _rate_on_country(text, a):
            return True  # "Trump announced a 26 per cent rate on India"
        if re.search(
            r"\b(?:cut|cuts|reduce|reduced|reduces|lower|lowered|trim|trimmed|slash|slashed|boost|"
            r"boosted|shave|shaved|hurt|hit)\s+(?:[\w’'.-]+\s+){1,6}?by\s+"
            r"(?:(?:up\s+to|as\s+much\s+as|about|around|roughly|nearly|almost|some|more\s+than)\s+)?$",
            left[-90:],
            re.I,
        ):
            return (
                False  # "could cut Pakistan's exports to the US by up to 20pc": a change, no rate
            )
        if re.match(
            r"^\s*(?:off|of|from)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:gdp|growth|output|economy|economic\s+output)\b",
            right,
            re.I,
        ):
            return False  # "shave roughly 0.5% off the bloc's GDP"
        if re.search(
            r"\b(?:(?:are|is|were|was|be|been)\s+(?:hit|charged|taxed)\s+with|"
            r"(?:hit|charged|taxed)\s+with\s+\d[\d.]*\s*(?:%|per[\s-]*cent|percent)[^.;%]{1,60}?\bwith)"
            r"\s+(?:a\s+)?$",
            left[-120:],
            re.I,
        ) and TARIFF_NOUN.search(right[:120]):
            # "Cars are hit with 25 percent and steel with 50 percent under sectoral tariffs"
            return True
        if context and HANDED_THE_RATE_BEFORE.search(left[-80:]):
            return True  # "Laos and Myanmar were handed the steepest rates, at 40%"
        if context and self.label and self.label[0] == self._si:
            return True  # "Myanmar and Brunei: Also unchanged, at 40 per cent and 25 per cent"
        if context and re.search(
            r"\b(?:(?:were|was|are|is|be)\s+(?:left|kept|held)|unchanged|remain(?:s|ed)?|stay(?:s|ed)?)\s+at\s+$",
            left[-40:],
            re.I,
        ):
            return True  # "Thailand and Cambodia were left at 19%", told among the new rates
        if (
            context
            and re.search(
                r"(?:(?:"
                + FACE_VERB.pattern
                + r")|(?-i:[A-Z])[\w-]*\s+(?:was|were|is|are)\s+(?:each\s+)?set\s+at|\b"
                # (the verbs FACE_VERB takes only before a digit, here with the rate just after)
                + _RATE_GIVEN
                + r")\s+"
                r"(?:(?:a|an|the)\s+)?(?:(?:rate|levy|tariff)\s+of\s+|"
                # "Laos and Myanmar face the steepest rate, 40%"
                r"(?<=the\s)(?:[\w-]+\s+){0,2}(?:rate|tariff|duty|levy),\s+(?:at\s+)?)?$",
                left[-60:],
                re.I,
            )
        ):
            return True  # "Vietnam and Taiwan were set at 20%": the rate given to each
        if re.match(
            r"^\W{0,3}\s*(?:to|on)\s+(?:the\s+)?(?:retail\s+|consumer\s+|shop\s+|shelf\s+)?(?:prices?|costs?|bills?)\b",
            right,
            re.I,
        ):
            return False  # "would add at least 10% to retail prices": an effect on prices
        if (
            re.search(
                r"\b(?:add|adds|added|adding)\s+(?:an?\s+)?(?:extra\s+|additional\s+|further\s+)?$",
                left[-40:],
                re.I,
            )
            and not re.search(
                r"\b(?:could|might|may|threat\w*|warn\w*|not|no|never|den(?:y|ied|ies)|"
                r"rul\w+\s+out)\b",
                left[-80:],
                re.I,
            )
            and re.match(
                r"^\W{0,3}\s*(?:to|onto)\s+(?:the\s+|its\s+|their\s+|existing\s+|current\s+)*"
                r"(?:tariffs?|duties|levies)\s+on\b",
                right,
                re.I,
            )
        ):
            return True  # "would add 15 per cent to tariffs on U.S. chicken": a duty on top
        if (given := _rate_a_country_was_given(text, max(0, a - 5))) and given.start() < a:
            return True  # "lower than the 20% Jordan was assigned on April 2": its earlier rate
        if re.search(r"\btotal\s+(?:to\s+)?(?:above|over|beyond|past)\s+$", left[-30:]):
            return False  # "taking the total above 76 per cent": a sum passing a mark, no measure
        if (
            re.search(r"\b(?:more|less|greater|higher|lower)\s+than\s+$", left[-20:])
            and not re.search(r"\bno\s+(?:more|higher|greater)\s+than\s+$", left[-20:])
            and not accepted
        ):  # (but "will be charged no more than 15%" is a capped rate)
            return False  # "already levied at more than 15%": a threshold
        near_right = right[:45]
        if LOBBY_ASKS.search(left[-240:]):
            return (
                False  # "a coalition of sugar growers has urged the administration to slap a 25%"
            )
        if re.search(
            r"\b(?:share|proportion|portion)\s+of\s+(?:(?!\b(?:tariffs?|dut(?:y|ies)|levy|levies)\b)[^.;%,]){0,50}$",
            left[-70:],
            re.I,
        ):
            return False  # "China's share of US imports fell to 9%": a share, not a rate
        if re.match(
            r"^\s*on\s+(?:[\w-]+\s+){0,2}?(?:tariffs|duties|levies)\b", near_right, re.I
        ) and re.search(r"\b(?:ceilings?|caps?|limits?)\s+of\s+$", left[-20:], re.I):
            return True  # "ceilings of 15% on pharmaceutical tariffs": the most that is charged
        if re.match(
            r"^\s*(?:ceiling|cap|limit)\s+on\s+(?:[\w.-]+\s+){0,2}?(?:tariffs|duties|levies)\b",
            near_right,
            re.I,
        ):
            return True  # "set a 15% ceiling on US tariffs on most EU goods"
        if (context or self.hits) and re.match(
            r"^\s*(?:[\w-]+\s+)?(?:ceiling|cap)\s+(?:that|which)\s+(?:now\s+|already\s+)?"
            r"(?:applies|apply|covers)\s+to\b",
            near_right,
            re.I,
        ):
            return (
                True  # "the 15% ceiling that now applies to most European goods", in a tariff story
            )
        if re.match(
            r"^\s*(?:portion|part|component|element)\s+of\s+(?:the|its|their|an?)\s+"
            r"(?:[\w“”\"-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies)\b"
            r"(?!\s+(?:revenue|revenues|receipts|collections|bill|take|income))",
            near_right,
            re.I,
        ):
            return True  # "keep a 24% portion of its reciprocal tariff suspended": part of a rate
        if re.match(
            rf"^\s*(?:{TARIFF_NP_WORD}\s+){{0,4}}?[“\"]?(?:tariffs?|dut(?:y|ies)|levy|levies|surtax|surcharge|baseline|floor(?=\s*[,.;]|\s+(?:it|they|that|which|rate|tariff)\b)|(?:ceiling|cap)(?=\s+on\s+(?:(?:U\.S\.|US|American)\s+)?(?:tariffs|duties)\b)|import\s+tax|customs|counter-?tariffs?|counter-?measures?|counter-?duties)\b",
            near_right,
            re.I,
        ):
            return not re.match(
                r"^\s*(?:[\w-]+\s+){0,1}?(?:inflation|growth|interest)", near_right, re.I
            )
        if re.match(
            # (not "cut its tariff to 18% and drop the 25% penalty": the next verb)
            r"^\s*(?!(?:and|or|but|then|to)\b)(?:[\w-]+\s+){0,2}?(?:inflation|growth|interest|rise|increase|drop|decline|fall|gain|share|stake|target|"
            r"margins?|profits?|returns?|yields?|discounts?|commissions?|premiums?|mark-?ups?)\b",
            near_right,
            re.I,
        ):
            return False
        if context and re.search(
            r"\b(?:tranche|batch)\b[^.;%]{0,20}$|\b(?:tranche|batch)\s+of\s+\w+\s+(?:at\s+)?$",
            left[-40:],
            re.I,
        ):
            return True  # "A second tranche, at 10%": a step of the measure just reported
        if (
            context
            and (
                fc := re.match(
                    r"\s*(?:%|per[\s-]*cent|percent|pc)?\s+for\s+(?:the\s+)?", right, re.I
                )
            )
            and any(a0 == fc.end() for a0, _, _, _ in find_countries(right[: fc.end() + 40]))
        ):
            return True  # "The 19% level compares with 25% for India and 20% for Bangladesh"
        if context and OWN_RATE_CHANGED_BEFORE.search(left[-90:]):
            return True  # "Brunei's new rate is two points higher than the 24 percent"
        if context and LABELLED_RATE.match(text) and a == LABELLED_RATE.match(text).end("rate"):
            return True  # "• Steel and steel products: 35%" in a list of rates
        if context and re.match(r"^\s*(?:[\w’'“”\"-]+\s+){0,2}?rates?\b", near_right, re.I):
            return True  # "The 104% rate on Chinese goods"
        if (
            text[a:b].lower() == "zero"
            and re.search(
                r"\b(?:cut|reduc|lower|bring|brought|slash)\w*\s+to\s+$", left[-30:], re.I
            )
            and re.match(
                r"\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:(?!of\b)[\w-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|levies)\b"
                r"(?!\s+(?:lines?|refunds?|revenues?|collections?|exemptions?|backlog))",
                right,
                re.I,
            )
        ):
            return True  # "will reduce to zero the import customs duties on ..."
        if _charged_on_goods(text, a, b):
            return True  # "The United States will charge 15% on most South Korean goods"
        if RATE_ON_GOODS.match(near_right):
            # "The all-inclusive 15% rate, which has applied to most EU goods since Aug. 7": a
            # rate that applies to a country's goods is a tariff, whatever came before it
            return True
        clause = MONTH_DOT.split(left)[-1]
        nouns = list(TARIFF_NOUN.finditer(clause)) + list(TARIFF_RATE.finditer(clause))
        if (
            (context or self.hits)
            and (owner := OWNER_RATE_CHANGED_BEFORE.search(left[-80:]))
            and find_countries(owner.group("who"))
        ):
            return True  # "Thailand's rate stays at 36%" in a tariff story
        if context and any(m.end() == a for m in _country_listed_at(text)):
            return True  # "India, Brunei and Kazakhstan are each at 25%" in a list of rates
        if context and any(f.start("steepest") == a for f in FACES_RATE.finditer(text)):
            return True  # "Syria faces the steepest rate in the annex, 41%"
        if context and PAYS_BEFORE.search(left[-40:]):
            return (
                True  # "Zhejiang Huaxin will pay 14.3%": what someone pays after a tariff sentence
            )
        if (context or nouns) and any(
            PAIRED.fullmatch(_unaside(text[e:a])) for _, e, _, _ in find_countries(text) if e <= a
        ):
            # "Laos was hit with 48%, Vietnam with 46%"; "tariffs on April 2 ...: Lesotho, at
            # 50 percent, and Madagascar, at 47 percent"
            return True
        if context:
            nouns += [
                n
                for n in BARE_RATE.finditer(clause)
                if not NOT_TARIFF_RATE.search(clause[max(0, n.start() - 20) : n.end()])
            ]
            remain = REMAIN.search(text[max(0, a - 30) : b])
            if remain:
                return True  # "Imports from the United Kingdom will remain at 25%"
        noun = None
        for n in nouns:
            if noun is None or n.end() > noun.end():
                noun = n
        if noun is not None and len(clause) - noun.end() <= 110:
            # "engines above 3,000cc": a thousands separator does not end the noun phrase
            between = THOUSANDS.sub("", clause[noun.end() :])
            # ("Those American levies, which Trump justified by citing fentanyl, impose 25%")
            between = ASIDE.sub("", between)
            # ("the tariff imposed on Brazilian footwear, furniture and auto parts will fall from
            # 40%": commas of a list of goods)
            between = re.sub(r",\s+(?=[\w -]{1,30}?\s(?:and|or)\s)", " ", between)
            if len(between) <= 30 and "," not in between and not NOT_TARIFF.search(between):
                return True  # "tariffs of 25 percent", "import duty on oil to 27.5%"
            if re.fullmatch(r",\s+[^,;%]{3,40},\s+of\s+", between) and not NOT_TARIFF.search(
                between
            ):
                return True  # "The others set rates, also starting August 1, of 30% for A"
            if len(between) <= 80 and re.search(
                r"(?:\s(?:--|[-–—])|:)\s*(?:among\s+them|including|such\s+as|notably)?\s*$"
                r"|,\s*(?:among\s+them|including|such\s+as|notably)\s*$"
                r"|^,\s+(?:ranging|which\s+range[sd]?|varying)\s+(?:from\s+|between\s+)?$",
                between,
            ):
                return True  # "U.S. tariffs tied to fentanyl - 25% on most Canadian goods"
            if (
                "," not in between
                and not NOT_TARIFF.search(between)
                and re.search(
                    r"\b(?:to|from|of|at|be|been|is|are|was|were|totall?ing|exceed)\s+(?:the\s+)?(?:(?:up\s+to|about|around|roughly|nearly|some|as\s+(?:much|high)\s+as)\s+)?$",
                    between,
                )
                # (not "Tariff payments on Vietnamese goods were 40% higher", "the odds that
                # tariffs are lifted are 20%": a sum or a chance, not a rate)
                and not re.search(
                    r"\b(?:payments?|collections?|revenues?|receipts|takings|bills?|odds|chances?|"
                    r"probability|likelihood|lifted|removed|scrapped|margins?|profits?|sales|"
                    r"prices?|costs?|shares?|mean|means|meant)\b",
                    between,
                    re.I,
                )
                and not re.match(
                    r"\s*(?:%|per[\s-]*cent|percent)?\s+(?:higher|lower|more|less|above|below|up|down)\b",
                    right,
                    re.I,
                )
            ):
                return (
                    True  # "The definitive rates faced by major Chinese manufacturers would be 17%"
                )
        if noun is not None and re.fullmatch(
            r"[^.;]{0,50},\s+(?:currently|now|already|at\s+present)\s+(?:(?:as\s+high\s+as|up\s+to|around|about|at)\s+)?",
            clause[noun.end() :],
        ):
            return True  # "Tariffs on British cars, currently as high as 110%, will fall"
        if (
            noun is not None
            and len(clause) - noun.end() <= 60
            # (not "squeeze their margins from the current 8%", "cut its repo rate from ...")
            and not re.search(
                r"\b(?:margins?|forecasts?|prices?|profits?|growth|output|sales|inflation|"
                r"(?:repo|interest|policy|jobless|unemployment)\s+rate)\b",
                clause[noun.end() :],
                re.I,
            )
            and re.search(
                r"\bfrom\s+(?:the|its|their)\s+(?:current|existing|present|prevailing)\s+$",
                left[-50:],
                re.I,
            )
            and re.match(r"\s*(?:%|per[\s-]*cent|percent|pc)?\s+to\s+(?:\d|zero)", text[b:], re.I)
        ):
            return True  # "the duty on most Indian goods down from the current 50% to 18%": the old
        if noun is not None and len(clause) - noun.end() <= 170:
            between = clause[noun.end() :]
            if not NOT_TARIFF.search(between) and (
                CHANGE_OF_RATE.search(between) or WHICH_STANDS.search(between)
            ):
                return (
                    True  # "The effective duty on crude palm oil, ... will rise to 27.5 per cent"
                )
        if accepted and (COMPANION.search(left[-60:]) or ALTERNATIVE.search(left[-60:])):
            return True
        if NOT_TARIFF.search(re.split(r",", left)[-1]) and not nouns:
            return False
        if re.search(
            r"\b(?:increas|rais|hik|lift|cut|lower|reduc|bring|brought)\w*\s+(?:it|them|this|that|the\s+rate)\s+(?:\w+\s+)?to\s+$",
            left[-60:],
            re.I,
        ):
            return True  # "announced to increase it to 15 per cent"
        if RAISE_THE_TARIFF.search(left[-220:]):
            return True  # "raise the tariff on cars from countries without a deal, ..., to 50%"
        if re.search(
            r"\b(?:add|adds|added|adding)\s+(?:an?\s+)?(?:extra|additional|further)\s+$", left[-30:]
        ) and re.match(
            r"\s*(?:%|per[\s-]*cent|percent)?\s+(?:on\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:tariffs?|duties|levies)\b",
            right,
        ):
            return (
                True  # "he is adding an extra 10% to the tariffs already charged on Canadian goods"
            )
        # a list: "25% on steel and aluminum, 25% on automobiles"
        return bool(accepted) and not NOT_TARIFF.search(text[accepted[-1].end : a])

    def _clause_measure_day(self, text: str, mentions: list[_Mention], rates: list[_Rate]) -> None:
        """ "Canada hit back on Tuesday ..., hours after sweeping U.S. duties on Canadian and
        Mexican imports came into force": the day of that measure, for its rates told later."""
        clause = SAME_DAY_CLAUSE.search(text)
        if clause is None or not self.published:
            return
        a, b = clause.start("what"), clause.end("what")
        if any(a <= r.start < b for r in rates):
            return  # (its rates are dated where they stand)
        inside = [m for m in mentions if a <= m.start < b and not m.person]
        agents = [m.code for m in inside if m.part in ("agent", "dest")]
        targets = [m.code for m in inside if m.part in ("target", "faces") and m.code not in agents]
        days = [
            d
            for d in find_dates(text)
            if d.kind in ("weekday", "mdy", "dmy", "iso", "relday") and not in_dateline(text, d)
        ]
        if len(agents) != 1 or not targets or not days:
            return
        got, precision = resolve(days[0], self.published, future=False)
        if got is not None and precision == "day":
            for t in targets:
                self.measure_dates.setdefault((agents[0], t), got)

    def _read_rates(self, si: int, text: str, mentions: list[_Mention], rates: list[_Rate]) -> None:
        # '"They will pay 19% and we will pay nothing," Trump said': a rate in a quotation that
        # names no country is the speaker's gloss on a measure reported in plain words
        quotes = [
            (q.start(), q.end())
            for q in re.finditer(r"[\"“][^\"“”]{3,}[\"”]", text)
            if not any(q.start() <= m.start < q.end() and not m.person for m in mentions)
        ]
        rates[:] = [r for r in rates if not any(a < r.start < b for a, b in quotes)]
        if not rates:
            return
        reason = GIVEN_REASON.search(text, rates[-1].end)
        if reason:
            # "raised tariffs on Canada from 25% to 35%, accusing Ottawa of ... retaliating against
            # the US": the countries of the reason given after the rates are no side of them
            mentions = [m for m in mentions if m.start < reason.start()]
        self._clause_measure_day(text, mentions, rates)
        self.pending = None
        effective = self._effective_dates(text, rates)
        companions = [r for r in rates if r.companion]
        sentence_dated = any(
            not in_dateline(text, d)
            and not _another_events_day(text, d)
            # ("* EUROPEAN UNION: 15%, under the framework agreed in Scotland on Sunday": in a list
            # of rates, the day of a deal, not of its rate)
            and not (
                LABELLED_RATE.match(text)
                and re.search(
                    r"\b(?:agreed|reached|struck|sealed|clinched)\s+(?:[\w-]+\s+){0,3}?(?:(?:on|in)\s+)?$",
                    text[max(0, d.start - 50) : d.start],
                )
            )
            # ("the 36% rates spelled out in letters the president sent to their governments on
            # July 7": the letters' day)
            and not re.search(
                r"\bletters?\b[^.;%]{0,60}?\b(?:sent|dated|delivered|posted|written)\b[^.;%]{0,60}?$",
                text[max(0, d.start - 120) : d.start],
                re.I,
            )
            # "36% (down from 49% in April)": the old rate's date, not the new one's
            and not any(0 <= d.start - c.end <= 12 for c in companions)
            # ("19% on imports from Pakistan, which reached a deal earlier this week": the aside's)
            and not re.search(r",\s+(?:which|who|whose)\b[^,;%]*$", text[: d.start])
            # (nor "Vietnam's 20% rate, agreed in early July, was written into the order")
            and not (
                re.search(
                    r",\s+(?:agreed|reached|struck|sealed|negotiated|secured)\s+[^,;%]{0,30}$",
                    text[: d.start],
                )
                and re.match(r"[^,;%]{0,20},", text[d.end :])
            )
            # ("far above the 31% it had been assigned in April": the old rate's day)
            and not re.search(
                r"\d\s*(?:%|per[\s-]*cent|percent|pc)\s+(?:that\s+)?(?:it|they|\w+)\s+had\s+(?:been\s+)?"
                r"(?:assigned|set|announced|given|handed|threatened|imposed|told)\s+(?:\w+\s+){0,2}$",
                text[max(0, d.start - 70) : d.start],
            )
            for d in find_dates(text)
        )
        same_date = SAME_DATE.search(text)
        earlier_hit = next(
            (h for h in reversed(self.hits) if h.sentence < si and h.effective), None
        )
        earlier = earlier_hit.effective if earlier_hit else None
        if (
            self.later_date
            and si - self.later_date[1] <= 2
            and (earlier_hit is None or earlier_hit.sentence < self.later_date[1])
        ):
            # "... new rates that came into force on Aug. 7. Japan now faces 15%, all effective
            # the same day": the day just told, not an older rate's
            earlier = self.later_date[0]
        masked = _mask_asides(text)  # (asides on a country blanked: not its rate's history)
        # "Cambodia facing a 49% duty, Vietnam 46%, Sri Lanka 44%": each rate its own country
        paired: dict[int, list[_Mention]] = {}
        owners: dict[int, _Mention] = {}  # "Trump's 25% duties": the rate's owner
        asides = [(a.start(), a.end()) for a in ASIDE.finditer(text)]
        asides += [(a.start(), a.end()) for a in LIKE_ASIDE.finditer(text)]  # ", like Norway,"
        for i, r in enumerate(rates):
            # "the 20% set for Vietnam", "the 31% that Trump first announced for Switzerland",
            # "the 25% that neighbouring Tunisia was told to expect": the country named after
            end = rates[i + 1].start if i + 1 < len(rates) else len(text)
            after = [m for m in mentions if r.end <= m.start < end and not m.person]
            if after and (
                RATE_FOR_AFTER.fullmatch(text, r.end, after[0].start)
                or RATE_THAT_AFTER.fullmatch(text, r.end, after[0].start)
                and RATE_TOLD_AFTER.match(text, after[0].end)
            ):
                # ("the 19 percent rates set for Pakistan, Indonesia and Cambodia": all of them)
                group = [after[0]]
                for nxt in after[1:]:
                    if text[nxt.start : nxt.end].endswith(("’s", "'s")) or not LIST_GAP.fullmatch(
                        text, group[-1].end, nxt.start
                    ):
                        break
                    group.append(nxt)
                for g in group:
                    g.part = "paired"
                paired[id(r)] = group
        for i, r in enumerate(rates):
            if id(r) in paired:
                continue
            for k, m in enumerate(mentions):
                owner = text[m.start : m.end].endswith(("’s", "'s"))
                if not m.person and LEADER_OWNS.fullmatch(text, m.end, r.start):
                    m.part = "agent"  # "U.S. President Donald Trump's 125 per cent tariff"
                    continue
                if (
                    owner
                    and not m.person
                    and m.end <= r.start
                    and re.fullmatch(
                        r"(?:\s+(?:will|would|is\s+set\s+to|is\s+due\s+to))?"
                        r"(?:\s+(?:climb|rise|fall|drop|increase|decrease|jump|go\s+up|go\s+down)s?)?"
                        r"\s+(?:to|at)\s+",
                        text[m.end : r.start],
                    )
                    and ELIDED_CHANGE.search(text, 0, m.start)
                    and (main := self._main_imposer()) is not None
                    and main != m.code
                ):
                    # "Iraq's falls to 35% from 39%, Libya's to 30% from 31%": the verb left out
                    m.part = "paired"
                    paired[id(r)] = [m]
                    continue
                if (
                    (owner or (text.startswith(("'", "’"), m.end) and text[m.end - 1] in "sS"))
                    and not m.person
                    and m.end <= r.start
                    and (
                        OWN_RATE_CHANGED.fullmatch(text, m.end, r.start)
                        or (
                            re.fullmatch(r"['’]?\s+from\s+(?:the\s+)?", text[m.end : r.start])
                            and ELIDED_OLD_RATE.search(text, 0, m.start)
                        )
                    )
                    and (main := self._main_imposer()) is not None
                    and main != m.code
                ):
                    # "Cambodia's rate fell from 49%, Laos' from 48%": the rate each country had
                    m.part = "paired"
                    paired[id(r)] = [m]
                    r.companion = True  # ("... is one point higher than the 24%": the old rate)
                    if i + 1 < len(rates) and re.fullmatch(
                        r"\s*(?:%|pc|per\s*cent|percent)?\s+to\s+",
                        text[r.end : rates[i + 1].start],
                        re.I,
                    ):
                        paired[id(rates[i + 1])] = [m]  # "... was trimmed from 37% to 35%"
                    continue
                if (
                    owner
                    and m.end <= r.start
                    and re.fullmatch(
                        r"\s*(?:(?:own|new|additional|extra|retaliatory|planned|proposed|current|"
                        # ("Trump's global 25% tariffs on steel")
                        r"existing|global|universal|sweeping|blanket|sectoral|steel|auto)\s+)*",
                        text[m.end : r.start],
                        re.I,
                    )
                ):
                    if (
                        not m.person
                        and (
                            FACED_RATE_AFTER.match(text, r.end)
                            # "Thailand's 36 percent, South Africa's 30 percent and ... are also
                            # suspended": a list of the rates others face (not retaliation's)
                            or (
                                re.match(r"\s*(?:,|and\b|(?:are|is|were|was)\s)", text[r.end :])
                                # "Pakistan's goods will face 19% and Bangladesh's 20% from
                                # Thursday": the rate is elided after another country's
                                or ELIDED_AFTER_RATE.search(text, 0, m.start)
                                # "puts the Philippines on par with Indonesia and below
                                # Vietnam's 20 percent": a rate compared with, that country's
                                or re.search(
                                    r"\b(?:below|above|than|like|under|over|matching|match(?:es)?)\s+$",
                                    text[max(0, m.start - 12) : m.start],
                                )
                            )
                            and not RETALIATION_WORDS.search(text)
                            # ("Colombia's 20% rate, agreed in early February, was written into
                            # the order": the deal's side pays it)
                            or RATE_AGREED_ASIDE.match(text, m.end)
                        )
                        # ("Washington's 25% tariff": a capital stands for the government acting)
                        and country_code(
                            text[m.start : m.end].removesuffix("’s").removesuffix("'s"),
                            capitals=False,
                        )
                        and "own" not in text[m.end : r.start].lower()
                        and (main := self._main_imposer() or self.ctx_imposer) is not None
                        and main != m.code
                    ):
                        # "Iraq's new 30% rate" in a story of U.S. letters: the rate Iraq faces
                        m.part = "paired"
                        paired[id(r)] = [m]
                        continue
                    m.part = "agent"  # "Trump's 50% tariff", "Canada's own 25% tariffs": whose
                    owners[id(r)] = m
                    continue
                if (
                    m.end <= r.start
                    and not m.person
                    and m.part != "dest"
                    and not _owner_before_rate(text, m)
                    # "15 percent for the EU and Japan, 20 percent for Vietnam": Japan is the 15's
                    # (but "..., while Indonesian imports will be charged 19%": their own rate)
                    and not (
                        m.part == "target"
                        and any(x.end <= m.start for x in rates)
                        and not OWN_GOODS.match(text, m.end)
                    )
                    and not any(a <= m.start < b for a, b in asides)
                    and not EVADED.search(text[max(0, m.start - 60) : m.start])
                    # (not "25% tariffs on Canadian goods, with a lower 10% rate on energy": the
                    # goods of the rate before)
                    and not (
                        any(x.end <= m.start for x in rates)
                        and re.search(
                            r"\b(?:on|against)\s+(?:the\s+)?$", text[max(0, m.start - 12) : m.start]
                        )
                        and re.search(r"\bwith\b", text[m.end : r.start])
                    )
                    # (not "China, the biggest supplier of textiles to the US, faces 34pc": the
                    # end of an aside on the country before)
                    and not (
                        text[m.end : r.start].lstrip().startswith(",")
                        and re.search(
                            r"\b(?:to|of|from|for|in|with|into|than|after|behind|besides|like|including)\s+(?:the\s+)?$",
                            text[max(0, m.start - 12) : m.start],
                        )
                    )
                    and m.part != "evaded"
                    # (not "US 50% tariff on Brazil takes effect": the country the tariff is on is
                    # named after it)
                    and not (
                        (on := RATE_ON_COUNTRY.match(text, r.end))
                        and any(x.start == on.end() and x.code != m.code for x in mentions)
                    )
                    # (not "Indonesia will pay the United States 19%": the one paid)
                    and not re.search(
                        r"\b(?:pay|pays|paid|paying)\s+(?:the\s+)?$",
                        text[max(0, m.start - 16) : m.start],
                        re.I,
                    )
                    # ("China — still negotiating with Washington — is at 30 per cent")
                    and PAIRED.fullmatch(
                        # ("China, already subject to earlier duties, was given an additional 34pc")
                        _unaside(DASH_ASIDE.sub(" ", text[m.end : r.start]))
                    )
                ):
                    group = [x for x in mentions if (x.start, x.end) == (m.start, m.end)]
                    # "Indonesia and Taiwan 32%", "Myanmar and Sri Lanka with 44% each" (and
                    # "Both countries face 36%": one phrase, two countries)
                    j = k
                    while j > 0 and LIST_GAP.fullmatch(
                        text, mentions[j - 1].end, mentions[j].start
                    ):
                        # ("Malaysia, Kazakhstan and Tunisia were also told to expect 25%")
                        group.insert(0, mentions[j - 1])
                        j -= 1
                    paired[id(r)] = group
                    for g in group:
                        g.part = g.part if g.part == "faces" else "paired"
        for resp in re.finditer(r"\brespectively\b", text, re.I):
            # "would face tariffs of 35% and 32% respectively": the countries, in their order
            run = [r for r in rates if r.end <= resp.start()]
            if not run or len(text[run[-1].end : resp.start()]) > 12:
                continue
            k = len(run) - 1
            while k > 0 and re.fullmatch(
                r"\s*(?:%|pc|per\s*cent|percent)?\s*(?:,|and|,\s*and)\s*",
                text[run[k - 1].end : run[k].start],
                re.I,
            ):
                k -= 1
            run, before = run[k:], run[k - 1].end if k > 0 else 0
            sides = [
                m
                for m in mentions
                if before <= m.start
                and m.end <= run[0].start
                and not m.person
                and m.part not in ("agent", "dest")
            ]
            named = [m for m in sides if m.part in ("target", "faces", "paired")]
            if len(_unique([m.code for m in named])) >= len(run):
                sides = named  # (not "U.S." in "U.S. President Trump said ...")
            # the last ones named before the rates ("12% on rice from Thailand, while rice
            # from India and Vietnam will face 8.5% and 6%, respectively")
            codes = _unique([m.code for m in sides])[-len(run) :]
            if not sides and k > 0:
                # "Bangladesh and Sri Lanka will both face 20pc, down from the 35pc and 30pc,
                # respectively, set for them in April": the countries of the rate before
                at = rates.index(run[0]) - 1
                since = rates[at - 1].end if at > 0 else 0
                sides = [
                    m
                    for m in mentions
                    if since <= m.start < rates[at].start
                    and not m.person
                    and m.part in ("target", "faces", "paired")
                ]
                codes = _unique([m.code for m in sides])
            sides = [m for m in sides if m.code in codes]
            if len(run) >= 2 and len(codes) == len(run):
                for r, code in zip(run, codes, strict=True):
                    paired[id(r)] = [m for m in sides if m.code == code][:1]
                for m in sides:
                    m.part = m.part if m.part == "faces" else "paired"
        sentence_targets = [m for m in mentions if m.part in ("target", "faces", "paired")]
        agents = [m for m in mentions if m.part in ("agent", "dest")]
        segments = []
        cut_off: list[bool] = []  # the rate's clause ends before the next rate ("... as Asia ...")
        for i, r in enumerate(rates):
            end = rates[i + 1].start if i + 1 < len(rates) else len(text)
            cut = CLAUSE_CUT.search(
                text, r.end, end
            )  # "... if U.S. President Donald Trump goes ahead"
            segments.append((r.end, cut.start() if cut else end))
            cut_off.append(bool(cut))
        claimed = {id(m) for a, b in segments for m in sentence_targets if a <= m.start < b}
        claimed |= {id(m) for group in paired.values() for m in group}
        shared: dict[int, list[_Mention]] = {}
        for i in range(len(rates) - 1, 0, -1):
            between = text[rates[i - 1].end : rates[i].start]
            bare = not any(
                rates[i - 1].end <= m.start < rates[i].start for m in mentions
            ) and not re.search(
                r"\b(?:had|has|have|was|were|is|are|will|would|agreed|threatened|said|set)\b",
                between,
                re.I,
            )
            if (
                bare
                # (not an old rate's: "19% for Cambodia, down from the 49% announced in April,
                # and 19% for Malaysia" is Cambodia's)
                and not rates[i - 1].companion
                and re.search(r"\band\b", between)
                and not re.search(r",\s+(?:as|while|but|which|whereas)\b|;", between)
                # (not "a 39% levy took effect, ..., and well above the 15% charged on goods from
                # the EU": a comparison's country is the other rate's)
                and not COMPARED_WITH.search(between)
            ) or RANGE_GAP.fullmatch(between):
                # "25 percent tariffs on steel and 10 percent tariffs on aluminum imports from A, B and C"
                later = shared.get(id(rates[i])) or [
                    m for m in sentence_targets if segments[i][0] <= m.start < segments[i][1]
                ]
                shared[id(rates[i - 1])] = later
        rate_targets: dict[int, list[str]] = {}
        rate_scopes: dict[int, str | None] = {}
        owned_before: tuple[str, int, list[str]] | None = None  # (imposer, rate's end, targets)
        for i, r in enumerate(rates):
            seg_start, seg_end = segments[i]
            whose = UNKNOWN_OWNER.search(text[max(0, r.start - 40) : r.start])
            if whose:
                at = max(0, r.start - 40) + whose.start()
                if not any(m.start <= at < m.end for m in mentions) and not any(
                    ref.start <= at < ref.end for ref in self.reader.refs[si]
                ):
                    continue  # "Ontario's 25% surcharge": a province or firm, not a country
            paired_elsewhere = {
                id(m) for k, group in paired.items() if k != id(r) for m in group
            }  # ("..., and British-made machines 10%": Britain's is the 10%)
            local = [
                m
                for m in sentence_targets
                if seg_start <= m.start < seg_end and id(m) not in paired_elsewhere
            ] or shared.get(id(r), [])
            # the subject of "faces" in this rate's clause, not the next one's
            faced = [
                m
                for m in sentence_targets
                if m.part == "faces"
                and _same_clause(text, r, m, rates)
                # ("rates ranging from 25% to 40%, with Laos facing the top rate of 40%": Laos
                # faces the rate after it, not the range before it)
                and not _owned_by_later(r, m, rates)
                # (not "replaces the 32% ... but is higher than the 15% secured by Japan": the
                # one after a later rate pays that one)
                and not (m.start > r.end and any(r.end <= x.start < m.start for x in rates))
                # (nor "Indonesia, which also faces 19%, and ahead of Vietnam, which was assigned
                # 20%": one told before another rate and another country facing this one)
                and not (
                    m.end <= r.start
                    and any(
                        m.end <= x.start
                        and x.end <= o.start
                        and o.end <= r.start
                        and o.part == "faces"
                        and o.code != m.code
                        for x in rates
                        for o in sentence_targets
                    )
                )
            ]
            unclaimed = [
                m
                for m in sentence_targets
                if id(m) not in claimed
                and _same_clause(text, r, m, rates)
                # ("approved tariffs on US imports in response to Trump's 25% duties on steel":
                # countries before the owner are another measure's)
                and not (id(r) in owners and m.start < owners[id(r)].start)
                and not (r.ranged and _owned_by_later(r, m, rates))
                # ("a 12% safeguard duty on steel as Asia braces for a Chinese glut")
                and not (cut_off[i] and m.start >= seg_end)
                # ("down to 30% from 145% and China's tariffs on US goods to 10%": the next
                # clause's countries, even when the rate between has cut its own short)
                and not (m.start > r.end and CLAUSE_CUT.search(text, r.end, m.start))
            ]
            named = paired.get(id(r), []) or faced or local or unclaimed
            its_here = ITS_THINGS.search(text, max(0, r.start - 90), r.start)
            if its_here and (head := _relative_head(text, its_here.start(), mentions)):
                # "The EU, which surrounds Switzerland, agreed a deal under which most of its
                # exports face 15%", "Japan, which secured a deal to bring the US duty on its
                # vehicles down to 15%": the country the relative clause hangs on
                named = [head]
            but_goods = re.search(
                r",\s+but\s+(?:the\s+)?(?:products|goods|imports|exports|shipments|those|items)\s+"
                r"(?:that|which)\b[^;]*$",
                text[: r.start],
            )
            if not named and but_goods:
                # "Goods from the two neighbours that qualify remain exempt, but products that do
                # not continue to pay the 25 percent duty": the same countries' other goods
                named = [
                    m
                    for m in sentence_targets
                    if m.end <= but_goods.start() and m.part in ("target", "faces")
                ]
            if not named and si > 0 and LETTERS_SAID.search(text[: r.start]):
                # "The letters were addressed to Japan's Ishiba and Korea's Lee. Both said goods
                # from their countries would be taxed at 25%": the countries of those two
                people = [
                    ref.people[0].country
                    for ref in self.reader.refs[si - 1]
                    if ref.people and ref.people[0].country
                ]
                codes = [c for c in _unique(people) if c != self.ctx_imposer]
                if len(codes) >= 2:
                    named = [_Mention(r.start, r.end, c) for c in codes]
            named = named + [
                m
                for m in mentions
                if m.part == "along"
                and m.start >= r.end
                and m not in named
                and not any(r.end <= x.start < m.start for x in rates)
            ]  # ("Malaysia and Tunisia face 25%, alongside Japan and South Korea")
            if THEY_FACE.search(text[max(0, r.start - 80) : r.start]) and not paired.get(id(r)):
                # "letters to Japanese Prime Minister Ishiba and South Korean President Lee,
                # informing them that their goods would face 25% tariffs": each of them
                sender = re.search(r"\b(?:sent|wrote|addressed|issued|posted)\b", text)
                named = [
                    m
                    for m in mentions
                    if m.end <= r.start
                    and m.part not in ("agent", "dest")
                    and not (sender and m.end <= sender.start())  # (the one who wrote)
                ] or named
            if (
                r.ranged
                and not named
                and i > 0
                and rates[i - 1].ranged
                and id(rates[i - 1]) in rate_targets
                and RANGE_GAP.fullmatch(text[rates[i - 1].end : r.start])
            ):
                # "will range from 16.9 percent to 33.4 percent": the top end is on the same
                named = [m for m in sentence_targets if m.code in rate_targets[id(rates[i - 1])]]
            if r.ranged and not named and sentence_targets:
                continue  # "rates ranging from 25% to 40%, with Laos facing 40%": a summary
            if (
                not named
                and i > 0
                and id(rates[i - 1]) in rate_targets
                and re.search(
                    r"\bfrom\s+(?:the\s+same|those|these)\s+(?:(?:two|three|four|five|six)\s+)?"
                    r"(?:countries|nations|economies|suppliers)\b",
                    text[rates[i - 1].end : segments[i][1]],
                )
            ):
                # "cars from China, South Korea and India would face 50%, while steel from the same
                # three countries would be charged 35%": the countries of the rate before
                named = [m for m in sentence_targets if m.code in rate_targets[id(rates[i - 1])]]
            if not named and r.companion and i > 0 and id(rates[i - 1]) in rate_targets:
                # "rises to 50% from 20%": the old rate was on the same countries
                named = [m for m in sentence_targets if m.code in rate_targets[id(rates[i - 1])]]
            if not named and r.companion and i > 0:
                named = paired.get(id(rates[i - 1]), []) or [
                    m
                    for m in sentence_targets
                    if segments[i - 1][0] <= m.start < segments[i - 1][1]
                ]
            how = []
            strong = self._strong_imposer(text, r, agents, [m.code for m in named])
            if strong is None:
                # "Unlike China, which responded with duties of 10% and 15%, Vietnam has ruled
                # out any retaliation": the one the clause says answered
                strong = next(
                    (
                        m.code
                        for m in mentions
                        if m.end <= r.start
                        and not m.person
                        and m not in named
                        and (w := WHICH.match(text, m.end))
                        and (answered := SUBJECT_ANSWERS.match(text, w.end()))
                        and "," not in text[w.end() : r.start]
                        # (the rate of its answer, not the one it answered: "responded to a 34%
                        # U.S. tariff", "responded by pledging to fight the 34% U.S. tariff")
                        and re.search(
                            r"\b(?:with|by\s+(?:imposing|slapping|levying))\b",
                            text[answered.end() : r.start],
                        )
                        and not re.search(
                            r"\bto\s+(?:fight|a|an|the)\b", text[answered.end() : r.start]
                        )
                        and not re.match(
                            r"\s*(?:%|per[\s-]*cent|percent)?\s+(?:U\.S\.|US|American)\b",
                            text[r.end :],
                        )
                    ),
                    None,
                )
            dest_named = bool(strong) and any(m.part == "dest" and m.code == strong for m in agents)
            if strong is None:
                # "the 25% tariffs ... that U.S. President Donald Trump's administration put in place"
                after = [
                    m
                    for m in agents
                    if m.start >= r.end
                    and m.part == "agent"
                    and m.code not in [x.code for x in named]
                    and not CONDITION.search(text[r.end : m.start])
                    # (not "..., and China's tariffs on US goods to 10%": the other side's)
                    and not re.search(_OTHER_OWNER, text[r.end : m.end])
                ]
                strong = after[0].code if after else None
            if strong is None and not any(
                not m.person and m.start < r.start and m not in named for m in mentions
            ):
                # "Brazil has been pursuing its own industrial policy. Under a 2023 schedule, the
                # import tariff on electric vehicles will rise to 35%": that country's own (on
                # any origin, or on one it names: "... imported Chinese cars would face 50%")
                own = self._own_policy_subject(si)
                strong = own if own not in [m.code for m in named] else None
            # "Beijing followed each step, lifting its own rate to 84%": the subject's own (the
            # last such verb before the rate, with its subject after the rate before)
            since = rates[i - 1].end if i > 0 else 0
            own_verb = (
                None
                if strong is not None
                else next(reversed(list(RAISED_ITS_OWN.finditer(text, since, r.start))), None)
            )
            if own_verb:
                subjects = _unique(
                    [
                        m.code
                        for m in mentions
                        if since <= m.start and m.end <= own_verb.start() and not m.person
                    ]
                )
                strong = subjects[0] if len(subjects) == 1 else None
            their = (
                not named
                and i > 0
                and id(rates[i - 1]) in rate_targets
                and re.search(
                    r"\b(?:their|its)\s+(?:[\w-]+\s+){0,2}$|\btheir\b[^,;]{0,50}$",
                    text[max(0, r.start - 60) : r.start],
                )
            )
            anaphor_scope = None
            if THEY_FACE.search(text[max(0, r.start - 80) : r.start]):
                anaphor_scope = "all goods"  # "their goods would face 25% tariffs"
            subjects = [
                m.code
                for m in mentions
                if m.end <= r.start
                and not m.person
                and m.part in ("", "faces")
                and m.code != strong
            ]
            again = (
                next(
                    (
                        h
                        for h in reversed(self.hits)
                        if h.rate.value == r.value
                        and h.sentence < si
                        and h.targets != [STAR]
                        # (not "The 30% rate he had set out for Mexico" after South Africa's
                        # 30%: a country of its own)
                        and not any(
                            RATE_NOUN_FOR.fullmatch(text, r.end, m.start)
                            and m.code not in h.targets
                            for m in mentions
                            if m.start > r.end and not m.person
                        )
                    ),
                    None,
                )
                if i == 0
                and THE_RATE_AGAIN.match(text)
                # (not "The 25 per cent duty on imported cars": a measure on goods of its own)
                and not IMPORTED_GOODS.match(text, r.end)
                # "... would keep negotiating to lower the 20% rate, which takes effect ..."
                or not named
                and not r.companion
                and re.search(r"\bthe\s+$", text[max(0, r.start - 5) : r.start])
                and re.match(r"\s*(?:rate|tariff|levy|duty)\b(?!\s+(?:on|for)\b)", text[r.end :])
                # (not "the 25% duty Washington has levied on vehicles from all countries")
                and not self._all_partners(text, r, seg_end)
                else None
            )
            mfn_before = None
            if again is not None:
                # "The 25 per cent rate had been set out in a letter ...": the rate reported before
                target_codes, strong = list(again.targets), again.imposer
                anaphor_scope = again.scope
                how.append("target from context")
            elif r.companion and i > 0 and rate_targets.get(id(rates[i - 1])) == [STAR]:
                # "raised its duty on lumber imports from all countries to 20% from 10%, a move
                # that mainly hits Canada": the old rate was on every partner too
                target_codes = [STAR]
                how.append("target named")
            elif (
                not named
                and re.search(TOTAL_OF + r"[^.;%]{0,40}?\bto\s+$", text[: r.start], re.I)
                and (
                    added := [
                        rate_targets[id(x)]
                        for x in rates[:i]
                        if not x.companion and rate_targets.get(id(x)) not in (None, [STAR])
                    ]
                )
            ):
                # "an additional 40% tariff on top of the 10% baseline that has applied to
                # Brazilian imports since April, bringing the combined rate to 50%": the total on
                # the goods the added rate is on, not the baseline's every partner
                target_codes = list(added[-1])
                how.append("target named")
            elif left_at := self._left_at_baseline(text, r, mentions):
                # "paused it a week later, leaving Peru at a 10% baseline" / "leaving a 10%
                # baseline tariff in place": what the country whose rate was paused pays
                target_codes = [left_at]
                how.append("target named")
            elif (
                (
                    self._all_partners(text, r, seg_end)
                    # ("Argentina and Chile were left at the 10% baseline": the rate those two pay)
                    and not self._faced_before(text, r, sentence_targets)
                    # ("the 10% baseline tariff Brazil had faced since April")
                    and not BASELINE_PAID_BY.match(text, r.end)
                )
                or (
                    (on_all := ON_ALL.match(text, r.end))
                    and (r.companion or "baseline" in on_all.group(0).lower())
                    # (not "applied to almost all Australian goods": one country's)
                    # (but "every US trading partner" is every partner)
                    and not any(
                        c[0] <= 1 and not re.match(r"\s+(?:trading\s+)?partners?\b", after[c[1] :])
                        for after in [text[on_all.end() : on_all.end() + 60]]
                        for c in find_countries(after)
                    )
                )
            ):
                # ("to 15% from the 25% levy that Washington has applied to all imported cars";
                # "Korean shippers have paid the 10% baseline tariff that applies to almost every
                # trading partner": the baseline itself)
                target_codes = [STAR]
                how.append("all partners")
            elif (
                r.companion
                and i > 0
                and id(rates[i - 1]) in rate_targets
                and not paired.get(id(r))  # ("down from 34% and 32%, respectively")
                and (
                    OLD_RATE_GAP.fullmatch(text[rates[i - 1].end : r.start])
                    # ("the 30 percent rate in a letter on July 12, replacing the 20 percent
                    # rate": no other country named between the new rate and the one it replaces)
                    or not named
                    and not any(rates[i - 1].end <= m.start < r.start for m in mentions)
                    and re.search(
                        r"\b(?:replac\w+|instead\s+of|rather\s+than)\b",
                        text[rates[i - 1].end : r.start],
                    )
                )
            ):
                # "rises to 25% from 15%, and a new 20% duty will apply to the same products from
                # India": the old rate was on the new one's countries
                target_codes = list(rate_targets[id(rates[i - 1])])
                how.append("target named")
            elif (
                not named
                and ON_ITS_GOODS.match(text[r.end :])
                and (
                    owner := [
                        m
                        for m in mentions
                        if m.end <= r.start and not m.person and m.code != strong
                    ]
                )
            ):
                # "Pakistan has urged Washington to reconsider the 19% tariff on its exports",
                # "Vietnam agreed to a 20 percent rate on its shipments to the United States":
                # the clause's subject, the first named
                target_codes = [owner[0].code]
                how.append("target named")
            elif not named and strong and subjects and THEIR_GOODS.match(text[r.end :]):
                # "Tokyo and Seoul agreed to a 15% US tariff on most of their goods"
                target_codes = _unique(subjects)
                how.append("target named")
            elif their:
                # "..., while duties on their steel products will climb to 35%": the same countries
                target_codes = list(rate_targets[id(rates[i - 1])])
                how.append("target named")
            elif (
                not named
                and not own_verb  # (not "Beijing followed, lifting its own rate to 84%")
                and (its := ITS_RATE.search(text, 0, r.start))
                and (
                    owner := [
                        m
                        for m in mentions
                        if m.end <= its.start() and not m.person and m.part not in ("agent", "dest")
                    ]
                    # "Brazil remains a case apart. Its entry in the schedule stays at 10%": the
                    # subject of the sentence before
                    or self._previous_subject(si, text, its)
                )
            ):
                # "Sri Lanka was among the biggest beneficiaries: its rate was cut from 44%"
                target_codes = [owner[-1].code]
                how.append("target named")
            elif (
                not named
                and (its := ITS_GOODS_FACING.search(text, 0, r.start))
                and (
                    owner := [
                        m.code
                        for m in mentions
                        if m.end <= its.start()
                        and not m.person
                        and not text[m.start : m.end].endswith(("'s", "’s"))
                    ]
                )
            ):
                # "Vietnam, Bangladesh's main rival, struck a deal that would leave its goods
                # facing 20 per cent", "and Malaysia was told its goods would face 25 percent":
                # the country last named before, not one in a possessive aside
                target_codes = [owner[-1]]
                how.append("target named")
            elif (
                (imported := IMPORTED_GOODS.match(text, r.end))
                and not any(
                    m.start < r.start
                    and (i == 0 or m.start > rates[i - 1].end)
                    # ("its 30% duty on imported American cars", "on imported cars from Canada":
                    # the goods' origin, named after all)
                    or m.start == imported.end()
                    or (
                        m.start >= imported.end()
                        and re.fullmatch(
                            r"[^,;.]{0,40}\bfrom\s+(?:the\s+)?", text[imported.end() : m.start]
                        )
                    )
                    for m in named
                )
            ):
                # "the 25 percent duty on imported automobiles": from wherever they come (the
                # countries named are an earlier rate's)
                target_codes = [STAR]
                how.append("no origin named")
            elif i == 0 and (subject := self._its_rate_owner(si, text)) and subject != strong:
                # "Norway sits between the two. Its 15% rate, ..., is the same as the European
                # Union's": Norway's (the countries named after it are compared)
                target_codes = [subject]
                how.append("target from context")
            elif named:
                target_codes = _unique([m.code for m in named])
                how.append("target named")
            elif (subject := self._country_noun_subject(si, text)) and subject != strong:
                # "Lesotho has asked for talks. The mountainous country, entirely surrounded by
                # South Africa, was assigned 50%": the country the sentence before began with
                target_codes = [subject]
                how.append("target from context")
            elif any(
                m.part == "faces"
                and m.end <= r.start
                and not re.search(
                    r"[;]|\b(?:while|but|whereas|than)\b", text[m.end : r.start], re.I
                )
                for m in sentence_targets
            ):
                # "EU goods face a 10% baseline ..., as well as 50% on steel": all the EU faces
                target_codes = _unique(
                    [m.code for m in sentence_targets if m.part == "faces" and m.end <= r.start]
                )
                how.append("target named")
            elif (
                i > 0
                and not r.companion
                and id(rates[i - 1]) in rate_targets
                and not re.search(
                    r"[;]|\b(?:while|but|whereas|compared|versus|than)\b",
                    text[rates[i - 1].end : r.start],
                    re.I,
                )
            ):
                # "15% on U.S. chicken and corn, and 10% on soybeans": the same origin
                target_codes = list(rate_targets[id(rates[i - 1])])
                how.append("target named")
            elif (
                # (one about quotas, whatever the story named before: "a 50% tariff on steel
                # imports above those quotas", "the out-of-quota duty would be raised to 50%")
                ANY_ORIGIN.search(text[max(0, r.start - 140) : r.end + 120])
                # (or a penalty on goods transshipped through no country named, outside a
                # headline: "Goods that U.S. authorities find were transshipped will pay 40%")
                or not _headline(text, si)
                and TRANSSHIPPED.search(text[max(0, r.start - 140) : r.end + 120])
                or ERGA_OMNES.search(
                    # (from the rate before, or 140 characters: "notified a final safeguard duty on
                    # certain flat-rolled products of steel, replacing the provisional 12% duty")
                    text[max(0, r.start - 140, rates[i - 1].end if i else 0) : r.end + 40]
                )
                and (
                    not self.body_target  # "the safeguard duties" on goods from China just named
                    # (but "a decree cut the most-favoured-nation import duty on gas to 2 per
                    # cent": a country's own duty on all, whoever the story is about)
                    or (
                        mfn := MFN_CHANGED.search(
                            text, max(0, r.start - 140, rates[i - 1].end if i else 0), r.start
                        )
                    )
                    and not CLAUSE_CUT.search(text, mfn.end(), r.start)
                    # (but "Separately, the ministry notified a final safeguard duty ...": a new one)
                    or re.match(r"\W*(?:Separately|In\s+a\s+separate\b)", text)
                    # (or "a 12% provisional safeguard duty" in a sentence naming no other
                    # country; not "the safeguard duties", those just reported)
                    or re.search(r"\ban?\s+(?:[\w.%-]+\s+){0,4}safeguard", text, re.I)
                    and not any(m.code != strong for m in mentions if not m.person)
                )
                # (or the rates of a cut just told, in a sentence naming no country: "signed a
                # decree lowering most-favoured-nation tariffs ... Under the decree, the duty on
                # ethanol fell to 5%")
                or not any(not m.person for m in mentions)
                and (mfn_before := self._mfn_before(si)) is not None
            ):
                target_codes = [STAR]  # a safeguard or the basic customs duty: every origin
                how.append("all partners")
                if strong is None and mfn_before is not None:
                    # "The government issued Decree 73, cutting most-favoured-nation import
                    # duties. From March 31, the duty on cars fell to 32%": that government's own
                    strong = self._mfn_owner(mfn_before)
            elif (
                (
                    strong
                    or re.search(
                        r"\b(?:his|her|its)\s+(?:[\w-]+\s+){0,2}$",
                        text[max(0, r.start - 30) : r.start],
                        re.I,
                    )
                    # ("Under the national budget, import duty on basic food items will fall to 5 per
                    # cent": in a story from the capital of the side acting, that side's own duty)
                    or self.home
                    and self.ctx_imposer == self.home
                    # ("Under the national budget" may name the home government itself)
                    and all(m.code == self.home for m in mentions if not m.person)
                    and re.search(
                        r"\b(?:import|customs)\s+dut(?:y|ies)\s+on\b", text[: r.start], re.I
                    )
                )
                and _goods_without_origin(text, r, seg_end)
            ):
                target_codes = [
                    STAR
                ]  # "would put a tariff of roughly 100% on chips and semiconductors"
                how.append("no origin named")
            elif _goods_without_origin(text, r, seg_end) and (
                any(m.part == "" and not m.person and m.start >= r.end for m in mentions)
                # ("Tariffs on steel are already at 50%, though Japan has negotiated a lower
                # rate": the countries of the other clause are not the steel's origin)
                or any(m.part == "faces" and m.start >= seg_end for m in mentions)
            ):
                # "levies such as the 25% tariff on autos, the White House said": the speaker's
                target_codes = [STAR]
                how.append("no origin named")
            elif (
                not sentence_targets
                and not any(m.part == "faces" for m in mentions)
                and (
                    _subject_goods(text[: r.start])
                    # ("Upholstered furniture faces a 30% tariff": goods, with no country named)
                    or (goods := GOODS_FACE.fullmatch(text, 0, r.start))
                    and SECTORS.search(goods.group("what"))
                )
                and (strong or self.ctx_imposer)
                # (in a story about many countries; in one about one country, it is that one's)
                and (
                    len({h.targets[0] for h in self.hits} - {STAR}) >= 3
                    # (or a story that opened with a sector's rate on every partner: "From Friday,
                    # imported pharmaceuticals face 100%. ... Trucks face a 25% tariff")
                    or bool(self.hits)
                    and self.hits[0].targets == [STAR]
                    and self.hits[0].scope != "all goods"
                    and self.hits[0].kind != "baseline"
                    and self.ctx_target != self.home
                )
            ):
                # "Steel, aluminum and copper remain subject to tariffs of 50 percent": goods from
                # anywhere, not the country the story named last
                target_codes = [STAR]
                how.append("no origin named")
            elif (
                (back := THE_MEASURE_TO.search(text[max(0, r.start - 60) : r.start]))
                and (
                    earlier := next(
                        (
                            h
                            for h in reversed(self.hits)
                            if h.sentence < si
                            and not h.rate.companion
                            and back.group("noun").lower()
                            in self.sentences[h.sentence].text.lower()
                        ),
                        None,
                    )
                )
                and strong in (None, earlier.imposer)
            ):
                # "he intends to raise the surcharge to 15 percent": the surcharge reported before
                target_codes, strong = list(earlier.targets), earlier.imposer
                anaphor_scope = earlier.scope
                how.append("target from context")
            elif (
                REPLACES.search(text)
                and not any(not m.person for m in mentions)
                and (new := self._replacing(si))
            ):
                # "the new rate replaces the 10% duty": the old rate of the measure just reported
                target_codes, strong = list(new.targets), new.imposer
                how.append("target from context")
            elif ANAPHORA.search(text) and self.hits and not strong:
                last = self.hits[-1]  # "Trump has announced to increase it to 15 per cent"
                target_codes, strong = list(last.targets), last.imposer
                how.append("target from context")
            elif (
                self.hits
                and (last := self.hits[-1]).sentence == si - 1
                and last.imposer == (strong or self.ctx_imposer)
                and THE_RATE_CHANGED.search(text, 0, r.start)
                and not [m for m in mentions if not m.person and m.code != last.imposer]
            ):
                # "The United States imposed a 25% tariff on steel from all countries on March 12.
                # Trump then doubled the rate to 50%": the rate just told, on the same goods
                target_codes = list(last.targets)
                how.append("target from context")
            elif (
                strong
                and self.ctx_imposer
                and self.ctx_imposer != strong
                and re.search(
                    r"\bown\b|\bcounter|\bretaliat", text[max(0, r.start - 40) : r.end + 40], re.I
                )
            ):
                # "Canada's own 25% tariffs" after Washington's: aimed back at the one who began
                target_codes = [self.ctx_imposer]
                how.append("target from context")
            elif (
                self.ctx_target
                and self.ctx_target != strong
                # (the countries of the rate's own clause: not "Ireland's exports should be
                # shielded by the EU-US ceiling, after Trump announced a 100% tariff on drugs")
                and _clause_countries(text, r, mentions)
                <= {strong, self.ctx_imposer, self._main_imposer()}
                | {m.code for m in mentions if m.person}
                and not RETALIATION_WORDS.search(text)
                and (
                    GLOBAL_SECTOR.search(text[r.end : seg_end][:60])
                    and _goods_without_origin(text, r, seg_end)
                    # ("raising tariffs on steel and aluminium imports from 25% to 50%")
                    or GLOBAL_SECTOR.search(text[max(0, r.start - 70) : r.start])
                    and not any(rates[j].end <= r.start for j in range(i) if not rates[j].companion)
                    # (the imposer may be named there: "Washington doubled its tariff on
                    # imported steel to 50%")
                    and not any(
                        c[2] != strong for c in find_countries(text[max(0, r.start - 70) : r.start])
                    )
                )
            ):
                # "Trump also confirmed that a 50 percent tariff on copper imports would take
                # effect": a sector's tariff, from anywhere, not on the country told before
                target_codes = [STAR]
                how.append("no origin named")
            elif (
                self.ctx_target
                and self.ctx_target != strong
                and (strong or self.ctx_imposer) == "US"
                and not any(not m.person and m.code not in ("US", STAR) for m in mentions)
                and WORLD_SECTOR.search(_own_clause(text, r))
                # (not what a deal leaves as it was: "Steel and aluminum were not included and will
                # remain subject to 50 percent tariffs" is still the partner's rate)
                and not LEFT_OUT_OF_DEAL.search(text)
                # (nor the goods of the country told of by another name or a place in it: "The
                # world's second-largest steel producer now faces 50% on most of its exports",
                # "shipments from Ontario")
                and not re.search(
                    r"\b(?:its|their)\b|\bfrom\s+(?-i:[A-Z])|\b(?:steel|alumin(?:i)?um|copper)\s+"
                    r"(?:producers?|exporters?|makers?|industry|firms?|companies|mills?)\b",
                    text,
                    re.I,
                )
            ):
                # "Separately, steel and aluminium face a 50 percent tariff": Washington's tariff
                # on a sector's goods from anywhere, not on the country the story is about
                target_codes = [STAR]
                how.append("no origin named")
            elif self.ctx_target and self.ctx_target != strong:
                subject = _subject_country(text, r, mentions, {strong, self.ctx_imposer})
                if self.ctx_target == "EU" and subject in EU_MEMBERS:
                    subject = (
                        None  # ("France's Vignobles Roche faces 12.4%" under a duty on the EU)
                    )
                # "Lesotho ended up with a 15 per cent tariff", after South Africa's rate: the
                # country the sentence is about, not the one before
                target_codes = [subject or self.ctx_target]
                how.append("the sentence's subject" if subject else "target from context")
            elif dest_named and self.ctx_imposer and self.ctx_imposer != strong:
                target_codes = [
                    self.ctx_imposer
                ]  # the tables turn: "sell our product into Vietnam at zero tariff"
                how.append("target from context")
            elif (
                strong
                and RAISED_ITS_OWN.search(text, 0, r.start)
                and (own_targets := self._own_rate_targets(strong, si))
            ):
                # "Washington then raised its rate to 84 percent": on whom its last rate was
                target_codes = own_targets
                how.append("target from context")
            elif (
                strong
                and len(on_whom := {t for h in self.hits if h.imposer == strong for t in h.targets})
                == 1
                and STAR not in on_whom
                and not _goods_without_origin(text, r, seg_end)
                and not GLOBAL_SECTOR.search(text)
            ):
                # "Washington will suspend 24 points of the 34% reciprocal rate" in a story of its
                # rates on China alone: on China still, not on everyone
                target_codes = list(on_whom)
                how.append("target from context")
            elif (
                (
                    strong
                    or self.ctx_imposer
                    or self._home_body_near()
                    or (subject := self._paragraph_subject(si))
                )
                and not _headline(text, si)
                # (not "Most Southeast Asian economies will face 19% or 20%": some, not all)
                and not REGION_PAYERS.search(text)
            ):
                target_codes = [
                    STAR
                ]  # a tariff on goods from anywhere: "US tariffs on imported steel"
                how.append("no origin named")
                if not (strong or self.ctx_imposer or self._home_body_near()):
                    strong = subject
            else:
                continue
            if (
                target_codes == [STAR]
                and QUOTA_ABOVE.search(text, 0, r.start)
                # (not "Shipments from other suppliers above the quota", "of any origin")
                and not re.search(
                    r"\b(?:other|any|whatever|all)\s+(?:suppliers|origins?|countr(?:y|ies)|sources|exporters)\b",
                    text,
                    re.I,
                )
                and (quota := self._quota_country(si, text))
            ):
                # "the quota for Argentine beef would rise to 80,000 tonnes. Shipments above the
                # quota are charged a 26.4% tariff": the quota's country pays it
                target_codes = [quota]
                how[:] = [x for x in how if x != "no origin named"] + ["target from context"]
            if strong is None and re.search(
                r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$", text[max(0, r.start - 30) : r.start], re.I
            ):
                strong = self._last_person_country(si, r.start)  # "His 25% tariffs on cars"
            if strong is None:
                strong = self._measure_owner(si, text, r, rates, mentions, target_codes)
            if (
                strong is None
                and owned_before
                and set(target_codes) <= set(owned_before[2])
                # (no other side named between: not "..., and China retaliated with 34%")
                and all(
                    m.code in owned_before[2] and not m.person
                    for m in mentions
                    if owned_before[1] <= m.start < r.start
                )
            ):
                # "Cars imported from China now pay 50 per cent, and Chinese steel products face
                # 35 per cent": the side charging the first rate of the sentence charges the next
                strong = owned_before[0]
            if (
                not strong
                and not agents
                and (both := THEIR_COUNTRIES_PAY.search(text))
                and (told := list(TOLD_TO.finditer(text, 0, both.start())))
                and (main := self._main_imposer()) not in (None, *target_codes)
                # (the one who wrote is of that side: "he wrote to A and B", not "Xi told leaders
                # of Argentina and Chile that their countries' goods would face 10% in China")
                and any(m.code == main and m.end <= told[0].start() for m in mentions)
                and not any(m.code == main for m in mentions if m.start >= both.end())
                and not any(
                    m.code not in (main, *target_codes) for m in mentions if m.start >= both.end()
                )
            ):
                # ("... informing both that their countries' goods would face a 25% tariff":
                # the one writing to them is the story's side imposing rates)
                strong = main
            imposer = (
                strong
                or self._imposer(text, r, agents, mentions, target_codes)
                or self._story_imposer(si, target_codes)
            )
            if (
                imposer
                and not strong
                and not any(m.code == imposer for m in mentions)
                and imposer != self.home  # (not the dateline's own government's safeguard)
                and (main := self._main_imposer()) not in (None, imposer)
                # (on everyone, or on a third country: "a 30% tariff on South African goods")
                and (target_codes == [STAR] or main not in target_codes)
                and sum(h.imposer == main for h in self.hits) >= 2
                and (
                    # (the last imposer only answered the main one: its rates were all on it)
                    any(h.imposer == imposer for h in self.hits)
                    and all(
                        h.targets == [main] and h.kind == "retaliatory"
                        for h in self.hits
                        if h.imposer == imposer
                    )
                    # ("Brazil could match the measure ... Steelmakers have been hurt by the 50%
                    # tariff on steel imports from all countries": a side that set no rate yet)
                    or target_codes == [STAR]
                    and not any(h.imposer == imposer for h in self.hits)
                    # (not "it waived the 11 per cent import duty": the side the story is about)
                    and not re.search(r"\b(?:it|its|their|they)\b", text, re.I)
                    # (nor "New Delhi recommended a safeguard duty. A 12 per cent safeguard duty has
                    # been in force since January 21": the side named just before)
                    and not any(
                        c[2] == imposer and TARIFF_NOUN.search(self.sentences[k].text)
                        for k in range(max(0, si - 5), si)
                        for c in find_countries(self.sentences[k].text)
                    )
                )
            ):
                # "Tariffs of 25 percent on steel from all countries take effect" after Canada's
                # counter-tariffs: a rate on everyone, unnamed, is the story's main imposer's,
                # not that of the side that answered it
                imposer = main
            if imposer:
                how.append(
                    "imposer named"
                    if any(m.code == imposer for m in agents)
                    else "imposer from context"
                )
            answered = False
            if (not imposer or set(target_codes) == {imposer}) and (
                owner := self._answered_owner(text, r, rates, mentions, imposer)
            ):
                # "China published duties on U.S. goods, its response to Washington's decision to
                # raise tariffs on Chinese electronics to 35 per cent": the other side's rate, told
                # as what the story's side answers (the story stays with its side)
                imposer, answered = owner, True
            if (
                own_verb
                and imposer
                and set(target_codes) == {imposer}
                and (ERGA_OMNES.search(text) or ANY_ORIGIN.search(text))
            ):
                # "Britain operates its own steel safeguard, which applies a 25% tariff on imports
                # above quota": its own, on every origin
                target_codes = [STAR]
            if (
                STAR not in target_codes
                and re.match(
                    r"\s*(?:%|per[\s-]*cent|percent)?\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:tariffs?|dut(?:y|ies)|levy|levies)\s+(?:that|which)\b",
                    text[r.end :],
                    re.I,
                )
                and (every := FROM_EVERYWHERE.match(text, r.end))
                and not re.search(r"[,;]", text[r.end : every.end()])
            ):
                # "Brazilian steel already pays the 25% tariff that the United States has
                # applied to steel from every origin": the tariff is on every origin
                target_codes = [STAR]
            if (
                STAR not in target_codes
                and (
                    APPLIES_TO_ALL_AFTER.search(text, r.end)
                    # ("Like every other supplier, Brazil has been paying a 25% tariff on steel")
                    or re.match(
                        r"\W*(?:Like|As\s+with)\s+(?:every|all|any)\s+other\s+(?:suppliers?|countr(?:y|ies)|"
                        r"exporters?|trading\s+partners?|partners?|nations?)\s*,",
                        text,
                    )
                    and not any(o.start < r.start for o in rates if o is not r)
                    # ("a 50 per cent tariff on copper products, applied to every trading partner,")
                    or re.match(
                        r"[^.;%]{0,60}?,\s+appl(?:ied|ying)\s+to\s+(?:every|all)\s+(?:trading\s+)?"
                        r"(?:partners?|countr(?:y|ies)|origins?|suppliers?)\s*,",
                        text[r.end : seg_end],
                    )
                )
            ):
                # "India cut its duty on bourbon to 100 per cent, a gesture to Washington, although
                # the lower rate applies to imports from all countries": on every origin
                target_codes = [STAR]
            target_codes = [t for t in target_codes if t != imposer]
            if not imposer or not target_codes:
                continue
            owned_before = (strong, r.end, target_codes) if strong else None

            rate_targets[id(r)] = target_codes
            own_scope = self._scope(text, r, seg_end)
            if PAYS_BEFORE.search(text[: r.start]) and not re.match(
                r"\s*(?:[\w-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies))?\s*on\b",
                text[r.end :],
            ):
                # "..., while cabinets and vanities will be taxed at 50%": the clause's subject
                subject = _subject_goods(text[: r.start])
                if (
                    subject
                    and not re.match(r"(?:duties|tariffs|levies|rates?|goods)\b", subject, re.I)
                    # (not "Laos and Myanmar drew the stiffest rate, at 40%")
                    and not re.search(r"\b(?:rate|tariff|duty|levy)\b", subject, re.I)
                ):
                    own_scope = subject
            baseline = BASELINE_WORD.search(text[r.end : r.end + 25])  # "the 10% baseline tariff"
            own_scope = own_scope or anaphor_scope
            if not own_scope and target_codes == [STAR]:
                # "From that date upholstered furniture will be taxed at 30%", "Imported cars
                # and light trucks face a 25% tariff": the subject (read for the goods only once
                # the rate is known to be on everyone)
                own_scope = _subject_goods(text[: r.start], bare=True)
            if (
                not own_scope
                and not baseline
                and "all partners" in how
                and THE_MEASURE_SUBJECT.match(text)
                and (
                    just := [
                        h
                        for h in self.hits
                        if h.sentence >= si - 2
                        and h.imposer == imposer
                        and h.scope not in (None, "all goods")
                    ]
                )
            ):
                # "The final duty, which applies to imports from all countries, will be levied
                # at 11%": the goods of the measure just named
                own_scope = just[-1].scope
            if (
                (baseline or "all partners" in how)
                and not own_scope
                and target_codes == [STAR]
                and not ANY_ORIGIN.search(text)  # (what is over a quota: the story's goods)
                and not TRADE_REMEDY.search(text)  # (a safeguard covers some goods, never all)
            ):
                own_scope = "all goods"  # (a rate on every partner is on all their goods)
            scope = own_scope or (
                self.ctx_scope
                if self.ctx_scope_of in (None, imposer)
                # (not "rates of 25% for Japan, South Korea and Malaysia" after "a 50% tariff on
                # copper": a list of countries' rates is no sector's)
                and (len({m.code for m in sentence_targets}) < 3 or self.ctx_scope == "all goods")
                else None
            )
            label = LABELLED_RATE.match(text)
            if label and not own_scope and find_countries(label.group("label")):
                scope = None  # "* Laos - 40%": a country's rate, no goods named
            if (
                (
                    r.companion
                    or re.search(
                        r"\b(?:ris\w*|increas\w*|climb\w*|go\w*\s+up|fall\w*|drop\w*)\s+to\s+$",
                        text[max(0, r.start - 25) : r.start],
                        re.I,
                    )
                )
                and i > 0
                and id(rates[i - 1]) in rate_scopes
                and rate_scopes[id(rates[i - 1])]
            ):
                # "cut to 8% from 16%", "a 25% tariff, which will rise to 30%": the same goods
                scope = rate_scopes[id(rates[i - 1])]
            rate_scopes[id(r)] = scope
            status = self._status(text, r, rates)
            kind = self._kind(text, imposer, target_codes, scope)
            eff = effective.get(id(r))
            if (
                eff is None
                and not r.companion
                and same_date
                and (
                    r.start < same_date.start()
                    # ("From the same date, the order also imposes a 40% duty on ...": fronted)
                    or re.fullmatch(r"\W*", text[: same_date.start()])
                    and not any(x.start < r.start for x in rates if x is not r)
                )
                and (FUTURE_TENSE.search(text) or not same_date.group(0).startswith("%"))
                and not ALREADY_IN_PLACE.match(text[r.end :])
            ):
                eff = earlier  # "a 25% tariff on heavy trucks ..., all starting on the same date"
                if eff is None and self.later_date and si - self.later_date[1] <= 2:
                    # "The new rates will apply from July 24. Countries not named will pay a 10%
                    # tariff from the same date": the date the sentence before gave
                    eff = self.later_date[0]
            if eff is None and not r.companion and SAME_PERIOD.match(text, r.end):
                # "to 30% for 90 days from May 14, and China will cut its levy to 10% over the
                # same period": the day of the rate told before it in the sentence
                eff = next(
                    (effective[id(x)] for x in reversed(rates[:i]) if effective.get(id(x))), None
                )
            if eff is None and not r.companion and WHEN_THEY_APPLY.search(text):
                # "Both levies kick in on Nov. 14. When the new taxes take effect, robots made in
                # the EU will be charged no more than 15%": that day
                if self.later_date and si - self.later_date[1] <= 2:
                    eff = self.later_date[0]
                else:
                    eff = min(
                        (
                            h.effective
                            for h in self.hits
                            if si - 3 <= h.sentence < si
                            and h.effective
                            and not h.rate.companion
                            and h.imposer == imposer
                        ),
                        default=None,
                    )  # (the day they start, not a later step: "set to climb to 35% on Jan. 1")
            if (
                eff is None
                and not r.companion
                and not sentence_dated
                and self.lead_day
                and si - self.lead_day[1] == 1
                and re.match(
                    r"\W*(?:The|Under\s+the)\s+(?:new\s+)?(?:duties|tariffs|levies|measures|"
                    r"(?:executive\s+)?order|proclamation|decree|schedule)\b",
                    text,
                )
                and not _apart_from_list(text, r)
            ):
                # "New U.S. tariffs on timber took effect on Tuesday. The duties, set out in a
                # proclamation, impose a 10% tariff on lumber": the measure just dated
                eff = self.lead_day[0]
            if (
                eff is None
                and not r.companion
                and not sentence_dated
                # (not "- China: 34%, on top of a 20% tariff imposed earlier this year")
                and not ALREADY_IN_PLACE.match(text[r.end :])
                # (not "- Singapore: 10%, the baseline rate only": the baseline has its own day)
                and not self._dated_baseline(kind, imposer)
                and (
                    LABELLED_RATE.match(text)
                    # "Under the same order, Indonesia was assigned 19 per cent": the order's day
                    or re.search(
                        r"^\W*(?:under|in|by)\s+the\s+(?:same\s+|new\s+)?(?:executive\s+)?(?:order|decree|proclamation|notification|regulation)\b"
                        # "..., with each assigned a 40% rate under the new schedule"
                        r"|\bunder\s+the\s+(?:same|new)\s+(?:schedule|order|decree|proclamation)\b"
                        # "..., according to an annex to the order"
                        r"|\b(?:according\s+to|under|in|listed\s+in)\s+(?:an?|the)\s+(?:annex|appendix|"
                        r"list|schedule)\s+(?:to|of|attached\s+to)\s+the\s+(?:executive\s+)?order\b",
                        text,
                        re.I,
                    )
                    # "The order, issued on Thursday, sets a 25% tariff on goods from India"
                    or re.match(
                        r"\W*The\s+(?:same\s+|new\s+)?(?:executive\s+)?(?:order|decree|proclamation|"
                        r"notification|schedule)\b(?!\s+also\b)",
                        text,
                    )  # (not "The order also imposes a 40% duty on ...": another measure)
                    # "..., with the new rates due from Aug. 7. Syria drew 41%. Switzerland was
                    # hit with 39%": the countries given their rates under the order just dated
                    or (
                        self.span_date
                        and self.later_date
                        and si - self.span_date[1] <= SPAN_REACH
                        and target_codes
                        and STAR not in target_codes
                        and not PAST_TIME.search(text)  # ("During Trump's first term, China ...")
                        and not _apart_from_list(text, r)
                        and set(target_codes) <= {m.code for m in mentions if m.part != "agent"}
                        # (the acting side named anew, outside an aside: "Laos, which has not
                        # held talks with Washington, was hit with 40%" is still on the list)
                        and imposer
                        not in {
                            m.code
                            for m in mentions
                            if not m.person and not any(a <= m.start < b for a, b in asides)
                        }
                        and not any(
                            self.later_date[1] < h.sentence < si
                            and h.effective
                            # (background from before the day does not end the list: "Those
                            # levies were due to start on February 9 but were suspended")
                            and h.effective > self.later_date[0]
                            for h in self.hits
                        )
                    )
                    # "The new rates take effect on Jan. 1. Light vehicles made in China will
                    # pay a 50% tariff": the coming rates, told after their day
                    or (
                        self.later_date
                        and self.published
                        and si - self.later_date[1] <= 3
                        and self.later_date[0] > self.published
                        and re.search(
                            r"\bwill\s+(?:pay|face|be\s+(?:charged|taxed|subject|raised|lowered|cut)|rise|climb|increase|go\s+up|jump|fall|drop)\b",
                            text,
                        )
                        and not re.search(r"\b(?:if|unless)\b", text)
                        and not _apart_from_list(text, r)
                    )
                    # "The levies apply from Friday. Rates vary by company. Huzhou Co. will pay
                    # 21.4%": each company's rate under the measure just dated
                    or (
                        PAYS_RATE.search(text)
                        # (not "will continue to face the 10% baseline": what applied before)
                        and not re.search(r"\bcontinu\w*\s+to\s+(?:face|pay|be)\b", text)
                        # (country caps the sentence after the day: "Imports from the EU will be
                        # capped at 15%, while drones made in the UK will face a 10% rate")
                        and (
                            not _names_a_country(text[: r.start], target_codes)
                            or si - self.later_date[1] <= 2
                            and re.search(r"\b(?:capped\s+at|no\s+more\s+than)\b", text, re.I)
                        )
                        and si - self.later_date[1] <= 3
                        # (no other measure told in between: "Separately, ... a safeguard duty")
                        and not any(
                            self.later_date[1] < h.sentence < si
                            and h.effective != self.later_date[0]
                            for h in self.hits
                        )
                        if self.later_date
                        else False
                    )
                )
                and self.later_date
                and (
                    si - self.later_date[1] <= 12
                    # (a list further down, with no other day told since: "The new rates take
                    # effect on Aug. 7. ... Rates under the order: - Vietnam: 20%")
                    or si - self.later_date[1] <= 24
                    and not any(
                        self.later_date[1] < h.sentence < si
                        and h.effective
                        # (background from before the day: "the 10% paid since April 5")
                        and h.effective > self.later_date[0]
                        for h in self.hits
                    )
                )
            ):
                eff = self.later_date[0]  # a list of rates under "the new rates apply from ..."
                self.later_date = (eff, si)  # (and the list carries it on, line by line)
                if self.span_date and self.span_date[0] == eff:
                    self.span_date = (eff, si)
                if self.pending_effective and self.pending_effective[0] == eff:
                    self.pending_effective = (eff, si, imposer)  # (the list goes on)
            if (
                eff is None
                and not r.companion
                and self.later_date
                and si - self.later_date[1] <= 2
                and re.match(
                    r"\W*(?:From|On|As\s+of|Starting|Beginning)\s+(?:that|this|the\s+same)\s+(?:date|day)\b",
                    text,
                )
            ):
                eff = self.later_date[0]  # "... set to climb on Jan. 1. From that date sofas ..."
            if (
                eff is None
                and not r.companion
                and si > 0
                and (opening := SAME_DAY_OPENING.match(text) or THAT_DAY_AFTER.search(text))
                and (
                    r is rates[0]  # (not "double the 25% charged since 2018" told after it)
                    # ("New tariffs of 50% on cars ... took effect that day, alongside duties
                    # of 35% on clothing": each rate of what took effect)
                    or opening.re is THAT_DAY_AFTER
                    # "That was the day Trump imposed 25% on Canadian goods, with a lower 10% rate
                    # on energy": each rate of that day's measure
                    or opening["was"]
                    and not re.search(
                        r"\b(?:since|from|than|previous|earlier|old|before)\b",
                        text[rates[0].end : r.end + 30],
                    )
                )
            ):
                # "The answer from Brussels is due on 1 July. From that day, steel ... will pay a
                # 50% tariff": the last day the sentence before named
                days = [
                    got
                    for d in find_dates(self.sentences[si - 1].text)
                    for got, precision in [
                        # ("From that date, goods sent from China faced a duty of 120%": a
                        # day gone by, told in the past)
                        resolve(
                            d,
                            self.published,
                            future=opening.groupdict().get("was") is None
                            and not PAST_FACED.search(text),
                            past=bool(PAST_FACED.search(text)),
                        )
                    ]
                    if got is not None and precision == "day"
                ]
                eff = days[-1] if days else None
            if (
                eff is None
                and not r.companion
                and not sentence_dated
                # (not "would replace the 10% levy currently applied", "already pay 25% on
                # cars": what applies before the measure's day)
                and not re.search(
                    r"\b(?:currently|already|replac\w*|existing)\b",
                    # (an aside on a country is not the rate's: "China, already subject to
                    # earlier duties, was given an additional 34pc")
                    masked[max(0, r.start - 60) : r.start],
                    re.I,
                )
                and not re.match(
                    r"\s*(?:%|per\s*cent|percent)?\s+(?:[\w-]+\s+){0,2}?(?:currently|already)\b",
                    text[r.end :],
                    re.I,
                )
            ):
                for t in target_codes:
                    eff = eff or self.measure_dates.get((imposer, t))
                in_rate_items = bool(
                    self.rate_item
                    and self.pending_effective
                    and self.pending_effective[1] >= self.rate_items_at
                )
                if (
                    eff is None
                    and self.pending_effective
                    and (
                        si - self.pending_effective[1] <= (2 if self.pending_done else 3)
                        # (every line of "... sector tariffs, all to take effect on Oct. 1:")
                        or in_rate_items
                    )
                    and imposer == self.pending_effective[2]
                    # (not "Hanoi had been hit with a 46 per cent rate in the original April
                    # announcement": a rate from before the measure)
                    and not AS_HISTORY.search(masked[: r.end + 60])
                    and not ALREADY_IN_PLACE.match(text[r.end :])  # "a 20% levy imposed earlier"
                    # (not "the 10% tariff that Brazilian goods have faced since April": a rate
                    # with a start of its own, before the new measure)
                    and not FACED_SINCE.match(text, r.end)
                    and not UNCHANGED.search(text[: r.start])
                    # (not "A 32% rate on Taiwan was suspended for 90 days")
                    and not SUSPENDED.search(text)
                    and (
                        target_codes != [STAR]
                        or in_rate_items
                        # ("Egypt will impose safeguard duties on steel from October 1. Billets
                        # will be subject to a duty of 16.5%")
                        or self.pending_from_anywhere is not None
                        and si - self.pending_from_anywhere <= 2
                        # "... kicked in on Wednesday. The new rate on both metals is 50%"
                        or i == 0
                        and re.match(
                            r"\W*The\s+(?:new|higher|lower)\s+(?:rate|tariff|duty|levy)\b", text
                        )
                    )
                ):
                    eff = self.pending_effective[0]
                    if not self.pending_done:
                        self.pending_effective = (
                            eff,
                            si,
                            imposer,
                        )  # a list carries it line by line
                if eff is None and self.published:
                    eff = self._coming_date(si, text, imposer, target_codes)
                if (
                    eff is None
                    and LETTERS.search(text)
                    and STAR not in target_codes
                    and not _apart_from_list(text, r)
                ):
                    # "Trump told Japan its goods will face 25% from Aug. 1, and sent similar
                    # notices to others ... Letters sent later set 30% for South Africa": the
                    # letters' rates start on the day the first ones gave
                    eff = next(
                        (
                            h.effective
                            for h in reversed(self.hits)
                            if h.imposer == imposer
                            and h.effective
                            and not h.rate.companion
                            and 0 < si - h.sentence <= 8
                            and LETTERS.search(self.sentences[h.sentence].text)
                        ),
                        None,
                    )
                if (
                    eff is None
                    and CAPPED.search(text)
                    # (not a cap told as history or hearsay: "were capped", "would be capped")
                    and not re.search(r"\b(?:were|was|would|had)\b", text)
                    # (nor one set before: "Under the earlier trade deals, ... are capped at 15%")
                    and not re.search(
                        r"\b(?:earlier|existing|previous|current|prior)\s+(?:trade\s+)?(?:deals?|agreements?|pacts?)\b",
                        text,
                        re.I,
                    )
                ):
                    # "sets a 25% duty on chips from Feb. 1. But partners with deals get a
                    # ceiling: shipments from Japan will be charged no more than 15%": that day
                    eff = next(
                        (
                            h.effective
                            for h in reversed(self.hits)
                            if h.sentence == si - 1
                            and h.imposer == imposer
                            and h.effective
                            and h.targets == [STAR]
                            and not h.rate.companion
                            and h.status not in ("raised", "lowered")  # (not a later step's day)
                        ),
                        None,
                    )
            previous = None
            if not r.companion:
                later = [
                    x
                    for x in rates
                    if x.companion
                    and x.start > r.end
                    and (i + 1 >= len(rates) or x.start <= seg_end + 1 or x is rates[i + 1])
                ]
                if later:
                    previous = later[0].value
                    if status in ("announced", "in_force") and previous != r.value:
                        # "to 15% from levies totaling 27.5%": the words say which way it went
                        status = "lowered" if r.value < previous else "raised"
            for t in target_codes:
                self.hits.append(_Hit(r, imposer, [t], scope, kind, status, eff, si, previous, how))
            payer = (
                self._baseline_payer(text, r, mentions, imposer) if target_codes == [STAR] else None
            )
            if payer:
                # "Kenyan goods have faced a 10% baseline tariff since April 5": the rate on every
                # partner, told as the one that country pays, is that country's too
                self.hits.append(
                    _Hit(r, imposer, [payer], scope, kind, status, eff, si, previous, how)
                )
            if (
                r.ranged
                and not r.companion
                and (
                    target_codes == [STAR]
                    # ("The revised rates, ranging from 10% to 41%, take effect on Aug. 7" in a story
                    # of many countries' rates; not "duties ranging from 116.2% to 218.4%" on one)
                    or len(self._text_countries) >= 6
                    and not any(c != imposer for _, _, c, _ in find_countries(text))
                )
            ):
                r.span = True  # ("The revised rates, ranging from 10% to 41%, take effect Aug. 7")
            if r.span and eff:
                # "tariffs of between 10% and 41% on dozens of partners, ... from Aug. 7": the
                # span is dropped, but its day is that of each country's rate told further on
                self.later_date = self.span_date = (eff, si)
            if (
                EACH_SIDE.search(text)
                and len(target_codes) == 1
                and target_codes[0] != STAR
                and any(
                    h.imposer == target_codes[0] and h.targets == [imposer]
                    for h in self.hits
                    if si - 4 <= h.sentence < si
                )
            ):
                # "Each side will suspend 24 points of the 34% tariff it announced": both sides'
                self.hits.append(
                    _Hit(r, target_codes[0], [imposer], scope, kind, status, eff, si, previous, how)
                )
            if id(r) in owners and re.search(
                r"\b(?:in\s+response\s+to|in\s+retaliation\s+(?:for|against)|following|after|against)\s+$",
                text[max(0, owners[id(r)].start - 30) : owners[id(r)].start],
                re.I,
            ):
                continue  # "... in response to Trump's 25% duties": an aside; the story stays put
            if answered:
                continue
            self.ctx_imposer = imposer
            if len(target_codes) == 1 and target_codes[0] != STAR:
                self.ctx_target = target_codes[0]
                self.body_target = self.body_target or not _headline(text, si)
            if scope and not self.ctx_scope and all(h.sentence == si for h in self.hits):
                # the goods of the story's opening rate are the story's goods (not those of a
                # rate far down a list: "Canadian energy and potash pay 10%")
                self.ctx_scope, self.ctx_scope_of = scope, imposer
        if rates and not self.ctx_target and sentence_targets:
            self.ctx_target = sentence_targets[0].code
            self.body_target = self.body_target or not _headline(text, si)
        if self.pending and self.ctx_imposer:
            self.pending_effective = (self.pending, si, self.ctx_imposer)
            self.pending_done = False

    def _letters_writer(self, text: str) -> str | None:
        """The country of whoever this sentence or the one before says wrote the letters."""
        si = self._si
        if not LETTERS.search(text) and not (
            si > 0 and LETTERS.search(self.sentences[si - 1].text)
        ):
            return None
        # ("The same posts announced ...": the posts told up to three sentences before)
        for back in (si, si - 1, si - 2, si - 3) if LETTERS.search(text) else (si, si - 1):
            if back < 0:
                continue
            sent = self.sentences[back].text
            for ref in self.reader.refs[back]:
                code = ref.people[0].country if ref.people else None
                if ref.kind == "pronoun" and any(
                    o.people == ref.people
                    and o.end <= ref.start
                    and re.search(
                        r"\bletters?\s+(?:\w+\s+)?to\s+$", sent[max(0, o.start - 30) : o.start]
                    )
                    for o in self.reader.refs[back]
                ):
                    continue  # "in a letter to Prime Minister Anwar dated July 7 he said": not him
                if (
                    code
                    and re.match(
                        r"\s+(?:\w+ly\s+)?(?:published|sent|posted|wrote|signed|issued)\b"
                        # ("In a series of posts on Thursday, Trump said ...": what they said)
                        + (
                            r"|\s+(?:said|announced|declared)\b"
                            if LETTERS.search(sent, 0, ref.start)
                            else ""
                        ),
                        sent[ref.end :],
                    )
                ):
                    return code
        return None

    def _table_row(self, si: int, text: str) -> None:
        """A row of a table of rates: the country in its first cell, a rate in each other cell,
        dated by its column's header ("Rate in effect since Aug. 7") when the header says so."""
        cells = list(TABLE_CELL.finditer(text))
        if all(re.fullmatch(r"\s*:?-{2,}:?\s*", c.group(1)) for c in cells):
            return  # "|---|---|"
        rates = [RATE_CELL.fullmatch(c.group(1)) for c in cells]
        if not any(rates):
            self.table_head = [c.group(1) for c in cells]  # the header row
            return
        codes = sorted({code for _, _, code, _ in find_countries(cells[0].group(1))})
        imposer = self.ctx_imposer or self._main_imposer()
        if len(codes) != 1 or imposer is None or imposer in codes:
            return
        kind = self._kind(text, imposer, codes, None)
        head = self.table_head if len(self.table_head) == len(cells) else [""] * len(cells)
        for cell, m, title in zip(cells, rates, head, strict=True):
            if m is None:
                continue
            eff, status = None, "announced"
            if TABLE_IN_FORCE.search(title) and self.published:
                days = find_dates(title)
                got, precision = (
                    resolve(days[0], self.published, future=False) if days else (None, None)
                )
                eff = got if precision == "day" else None
                status = "in_force"
            at = cell.start(1)
            rate = _Rate(float(m.group(1)), at + m.start(1), at + m.end(1), sentence=si)
            self.hits.append(
                _Hit(rate, imposer, list(codes), None, kind, status, eff, si, None, ["table"])
            )
        self.last_rate_sentence = si

    def _measure_owner(
        self,
        si: int,
        text: str,
        r: _Rate,
        rates: list[_Rate],
        mentions: list[_Mention],
        targets: list[str],
    ) -> str | None:
        """The government whose measure a rate is, named as its owner earlier in the clause:
        "Trump's order had set 25% tariffs on Canadian imports" (the leader's), "China's first
        round of countermeasures, which took effect on Feb. 10 and imposed 15% tariffs on U.S.
        coal" (the country's). No other rate may stand between owner and rate."""

        def clear(end: int) -> bool:
            return not any(end <= x.start < r.start for x in rates if x is not r)

        owner = next(
            (
                ref
                for ref in self.reader.refs[si]
                if ref.end <= r.start
                and ref.people[0].country
                and (
                    text.endswith(("'s", "’s"), 0, ref.end)
                    or text.startswith(("'s", "’s"), ref.end)
                )
                and PERSON_MEASURE.match(text, ref.end, r.start)
                and clear(ref.end)
            ),
            None,
        )
        if owner is not None:
            return owner.people[0].country
        owned = [
            m
            for m in mentions
            if not m.person
            and m.end <= r.start
            and text.startswith(("'s", "’s"), m.end - 2)
            and COUNTRY_MEASURE.match(text, m.end, r.start)
            and m.code not in targets
            and clear(m.end)
        ]
        return owned[-1].code if owned else None

    def _own_rate_targets(self, imposer: str, si: int) -> list[str]:
        """On whom "its own rate" is: that of the imposer's last rate, or, when it has none
        yet, the side whose rates on it were just told ("Washington raised its rate on China to
        125%. Beijing followed, lifting its own rate to 125%")."""
        own = next(
            (
                h
                for h in reversed(self.hits)
                if h.imposer == imposer and h.targets != [STAR] and si - h.sentence <= 3
            ),
            None,
        )
        if own is not None:
            return list(own.targets)
        answered = next(
            (
                h
                for h in reversed(self.hits)
                if h.targets == [imposer] and h.imposer and si - h.sentence <= 1
            ),
            None,
        )
        return [answered.imposer] if answered else []

    def _country_noun_subject(self, si: int, text: str) -> str | None:
        """Whom "The tiny kingdom" or "The country" stands for, as a sentence's subject: the
        country the sentence before begins with (after any dateline)."""
        if si == 0 or not COUNTRY_NOUN_SUBJECT.match(text):
            return None
        opening = self._opening_country(si - 1)
        return opening[0] if opening else None

    def _its_rate_owner(self, si: int, text: str) -> str | None:
        """The country that pays "Its 39% rate": the one the sentence before began with, in a
        story whose imposer is known, when that sentence told of no answer of its own ("The
        European Union responded within hours. Its 25% levy ..." is the EU's levy) and this one
        names no other side ("Its 25% tariff is still in place on U.S. steel")."""
        if si == 0 or not self.ctx_imposer or not ITS_RATE_OPENING.match(text):
            return None
        opening = self._opening_country(si - 1)
        if not opening or opening[0] == self.ctx_imposer:
            return None
        before = self.sentences[si - 1].text
        if RETALIATION_WORDS.search(before) or re.search(
            r"\b(?:respond\w*|answer\w*|struck\s+back|hit\s+back|counter\w*|exception)\b",
            before,
            re.I,
        ):
            return None
        # (up to where it is compared: "Its 15% rate is the same as the European Union's")
        clause = re.split(
            r";|\b(?:is|was|are|were)\s+(?:the\s+)?(?:same|equal|similar|higher|lower|like)\b",
            text,
        )[0]
        if any(code != opening[0] for _, _, code, _ in find_countries(clause)):
            return None
        return opening[0]

    def _own_policy_subject(self, si: int) -> str | None:
        """The country the sentence before begins with, when it tells of that country's own
        course ("Argentina, meanwhile, continues to open its own market"); or the one before
        that, in the same paragraph, when the sentence between sets no rate ("Mexico has been
        moving to raise its own barriers. Congress is debating a proposal to raise tariffs on
        countries without a trade deal. Under the plan, Chinese cars would face 50%")."""
        for k in range(si - 1, max(-1, si - 3), -1):
            if self.sentences[k].paragraph != self.sentences[si].paragraph:
                return None
            before = self.sentences[k].text
            opening = self._opening_country(k)

            own = opening and re.search(r"\bits\s+own\b", before[opening[1] : opening[1] + 80])
            # (the sentence just before names no other country; one further back, none before
            # "its own": "..., a shift that Washington has welcomed")
            end = len(before) if k == si - 1 else opening[1] + own.start() if own else 0
            if own and len({c for a, _, c, _ in find_countries(before) if a < end}) == 1:
                return opening[0]
            if RATE.search(before):
                return None
        return None

    def _opening_country(self, k: int) -> tuple[str, int] | None:
        """The country sentence ``k`` opens with, after any dateline, quotation mark, "But",
        "Meanwhile" or "the" ("MASERU - Lesotho has asked ...", "Argentina, meanwhile, ..."),
        and where its name ends."""
        text = self.sentences[k].text
        head = DATELINE_HEAD.match(text)
        start = head.end() if head else 0
        found = [f for f in find_countries(text) if f[0] >= start]
        if found and re.fullmatch(
            r"\W*(?:(?:But|And|Meanwhile|Separately),?\s+)?"
            # ("At home, however, Egypt has been raising its own barriers")
            r"(?:(?:At\s+home|Domestically|For\s+its\s+part|However|Still|Yet),\s+(?:however,\s+)?)?"
            r"(?:the\s+)?",
            text[start : found[0][0]],
            re.I,
        ):
            return found[0][2], found[0][1]
        return None

    def _quota_country(self, si: int, text: str) -> str | None:
        """The one country whose quota this sentence or the one before names ("the quota for
        Argentine beef", "Brazil's sugar quota")."""
        for j in (si, si - 1):
            if j < 0:
                continue
            t = text if j == si else self.sentences[j].text
            found = {
                code for q in QUOTA_OF.finditer(t) for _, _, code, _ in find_countries(q.group(0))
            }
            if len(found) == 1:
                return next(iter(found))
            if found:
                return None
        return None

    def _main_imposer(self) -> str | None:
        """The country imposing most of the rates read so far."""
        counts = Counter(h.imposer for h in self.hits)
        return counts.most_common(1)[0][0] if counts else None

    def _last_person_country(self, si: int, pos: int) -> str | None:
        """The country of the person last named before ``pos``: whom "his" stands for."""
        for back in range(si, max(-1, si - 6), -1):
            refs = [r for r in self.reader.refs[back] if back < si or r.end <= pos]
            for r in reversed(refs):
                code = r.people[0].country
                if code:
                    return code
        return None

    def _strong_imposer(
        self, text: str, r: _Rate, agents: list[_Mention], targets: list[str]
    ) -> str | None:
        """The country the sentence itself names as acting: nearest before the rate, else after
        (in the rate's own clause: not "... 19% on all goods, while U.S. exports to Indonesia
        will be free")."""
        before = [m for m in agents if m.end <= r.start and m.code not in targets]
        if before:
            return before[-1].code
        dest = [
            m
            for m in agents
            if m.part == "dest"
            and m.code not in targets
            and not (
                m.start > r.end
                and re.search(r"\b(?:while|whereas)\b|,\s+but\b|;", text[r.end : m.start])
            )
        ]
        return dest[0].code if dest else None

    def _third_party_imposer(
        self, text: str, targets: list[str], side: str | None = None
    ) -> str | None:
        """ "Bangladesh will scrap its duties on U.S. cotton. ... Vietnam's rate was set at 20%":
        when the side named last has set no rate but on American goods (or was last told
        dealing with them), a rate a
        third country was given is Washington's, as the story's other rates are (not one
        somebody is said to have imposed: "the commission imposed 35.6% on Chinese coils")."""
        last = side or self.ctx_imposer
        if last in (None, "US") or not targets or {"US", STAR} & set(targets):
            return None
        if re.search(
            r"\b(?:impos(?:ed|es|ing)|levied|levies|slapped|anti-?dumping|countervailing)\b",
            text,
            re.I,
        ):
            return None
        own = [h for h in self.hits if h.imposer == last]
        only_us = (
            # (or on everyone: "Hanoi's decree cut duties on cars from all countries. ...
            # Indonesia and the Philippines face 19 per cent rates")
            all(
                h.targets == ["US"]
                or h.targets == [STAR]
                and bool(FACES_RATE.search(text) or PAYS_RATE.search(text))
                for h in own
            )
            if own
            else last == self.ctx_imposer and self.ctx_target == "US"
        )
        if only_us and any(h.imposer == "US" for h in self.hits):
            return "US"
        return None

    def _imposer(
        self,
        text: str,
        r: _Rate,
        agents: list[_Mention],
        mentions: list[_Mention],
        targets: list[str],
    ) -> str | None:
        faced = [m for m in mentions if m.part == "faces" and m.code in targets]
        if faced:
            facing = {
                m.code for m in mentions if m.part == "faces"
            }  # ("... 35% and 32% respectively")
            likened = [(a.start(), a.end()) for a in LIKE_ASIDE.finditer(text)]
            asides = [(a.start(), a.end()) for a in ASIDE.finditer(text)]
            others = [
                m
                for m in mentions
                if m.code not in targets
                and m.code not in facing
                and m.part not in ("faces", "paired", "target", "evaded", "answered", "along")
                # (nor one it is likened to: "Iceland, like Norway, faces 15%")
                and not any(a <= m.start < b for a, b in likened)
                # (not one named in the next clause: "..., while chips get what Taiwan gets";
                # "..., meaning Pakistan's position may not deteriorate": what it means for one)
                and not (
                    m.start > r.end
                    and re.search(
                        r",\s+(?:while|whereas|but|meaning|which\s+means)\b|;",
                        text[r.end : m.start],
                    )
                )
                # (nor, in a story whose imposer is known, one in an aside: "Chile, which
                # officials have accused of relabelling Chinese copper, will see its rate rise")
                and not (
                    any(a <= m.start < b for a, b in asides)
                    and (
                        self.ctx_imposer not in (None, *targets)
                        # ("Norway, which is not part of the EU, will face 15%": what the aside
                        # says of it, not who imposes)
                        or not any(
                            IMPOSE_VERB.search(text, a, b) for a, b in asides if a <= m.start < b
                        )
                    )
                )
                # (nor "Among Peru's rivals, Chile was assigned 37pc": Peru's rivals; nor "puts
                # the Philippines on par with Indonesia, which also secured 19%": a peer)
                and not PEER_OF.match(text, m.end)
                # (nor one compared with: "on par with Indonesia, whose rate Trump set at 19%,
                # and below Vietnam, which was assigned 20%")
                and not PEER_BEFORE.search(text, max(0, m.start - 40), m.start)
                # (nor one ranked against: "Vietnam, the closest rival after China, secured")
                and not re.search(
                    r"\b(?:after|behind|than|besides|like|unlike)\s+(?:the\s+)?$",
                    text[max(0, m.start - 12) : m.start],
                )
                # (nor one a later rate is compared with or applied to: "39%, far above the
                # 31% it was given and the 15% rate applied to the European Union")
                and not _compared_after(text, r, m)
                # (nor the home of those who feel it: "The increase surprised New Zealand
                # exporters, because Australia was left on the 10% floor")
                and not BUSINESS_AFTER.match(text, m.end)
                and not BUSINESS_BEFORE.search(text, max(0, m.start - 30), m.start)
                # (nor one listed with those facing: "Laos and Myanmar were assigned 40%")
                and not any(
                    LIST_GAP.fullmatch(text, m.end, f.start)
                    or LIST_GAP.fullmatch(text, f.end, m.start)
                    for f in faced
                )
            ]  # (a country named as another rate's target is not the one imposing)
            if self.ctx_imposer and self.ctx_imposer not in targets:
                # ("This puts Thailand on an equal footing with Indonesia, which also face 19%"
                # after the U.S. rate on Thailand: a peer of the ones facing, not their imposer)
                others = [
                    m
                    for m in others
                    if not any(
                        h.imposer == self.ctx_imposer and m.code in h.targets for h in self.hits
                    )
                    or any(h.imposer == m.code for h in self.hits)
                ]
            imposed = {h.imposer for h in self.hits}
            if any(m.code in imposed for m in others if not m.person):
                # ("the Japan agreement could serve as a template for South Korea, which faces a
                # similar 25% threat ... exports to the U.S.": the side that has been imposing)
                others = [m for m in others if m.person or m.code in imposed]
            if others:
                # "Vietnam will shoulder a 20% tariff on all U.S. exports" (a country named
                # before a person: "He pointed out that A would face 20% under the US schedule")
                countries = [m for m in others if not m.person]
                side = (countries or others)[0].code
                # ("Indonesia's deal comes after Vietnam secured a 20% rate", after Indonesia's
                # own cut on American goods: Washington's rate on Vietnam)
                return self._third_party_imposer(text, targets, side) or side
            counts = Counter(h.imposer for h in self.hits)
            main = counts.most_common(1)[0][0] if counts else None
            if (
                main
                and main not in targets
                and main != self.ctx_imposer
                and counts[main] >= 2 * counts.get(self.ctx_imposer, 0)
            ):
                # "Vietnamese goods face a 20% tariff" after a rate the other side set: the
                # story's main imposer, not the side named last
                return main
        strong = self._strong_imposer(text, r, agents, targets)
        if strong:
            return strong
        after = [
            m
            for m in agents
            if m.code not in targets
            and not (m.start >= r.end and CONDITION.search(text[r.end : m.start]))
            # (not one named in the next clause: "a 39% levy on Switzerland, while the UK ...")
            and not (
                m.start >= r.end and re.search(r",\s+(?:while|whereas)\b|;", text[r.end : m.start])
            )
        ]
        if after:
            return after[0].code  # (not "... if the U.S. measures are not lifted": the other side)
        writer = self._letters_writer(text)
        if writer and writer not in targets:
            # "The Peru letter was one of eight Trump published. The others set rates of 30% for
            # Algeria": the letters' writer imposes them, whoever spoke of retaliation before
            return writer
        opener = next(
            (
                m
                for m in mentions
                if m.part == ""
                and not _own_side(m.code, targets)
                and m.end <= r.start
                and re.fullmatch(
                    r"\W*(?:[A-Z][\w ,]{0,40},\s+)?(?:[Tt]he\s+)?",
                    text[dl.end() if (dl := DATELINE_HEAD.match(text)) else 0 : m.start],
                )
                and (
                    not m.person
                    and SUBJECT_ANSWERS.match(text, m.end)
                    # ("The U.S. Commerce Department said on Tuesday that the tariff on lumber
                    # from all countries would rise to 20 percent": the body speaks of its own;
                    # "President Donald Trump said on Monday that a 25% tariff on imported trucks
                    # would take effect on November 1": so does the leader)
                    or (PERSON_SAID if m.person else BODY_SAID).match(text, m.end)
                    and not any(
                        m.end <= o.start < r.start and o.code != m.code and not o.person
                        for o in mentions
                    )
                )
            ),
            None,
        )
        if opener is not None:
            # "Beijing responded within minutes, announcing a 15% levy on U.S. coal": the subject
            # that answered, not the side the story named last
            return opener.code
        speaker = next(
            (
                m
                for m in reversed(mentions)
                if m.code not in targets
                and m.end <= r.start
                and (
                    said := (
                        LEADER_SAID.match(text, m.end)
                        if m.person
                        # ("US President Donald Trump, who has threatened ...": the country
                        # before the title and name)
                        else (named := TITLED_NAME_AFTER.match(text, m.end))
                        and LEADER_SAID.match(text, named.end())
                    )
                )
                # (the rate is what was said or threatened, not a later clause's: "Carney has
                # said Canada will stay out of the fight, and a 10% duty ... takes effect")
                and SAID_RATE_GAP.fullmatch(text, said.end(), r.start)
                and not any(
                    m.end <= o.start < r.start and o.code != m.code and o.code not in targets
                    for o in mentions
                )
            ),
            None,
        )
        if (
            speaker is not None
            and self.ctx_imposer
            and speaker.code != self.ctx_imposer
            # (not a member speaking of the bloc's rate: "Spokesman Olof Gill said the 15%
            # ceiling that applies to most EU goods also covers pharmaceuticals", in Brussels)
            and not _own_side(speaker.code, targets)
        ):
            # "The EU moved to reimpose duties ... The escalation comes as Trump has said a 25%
            # tariff on imported cars is coming": the one who said it, not the side told before
            return speaker.code
        if self.ctx_imposer and self.ctx_imposer not in targets:
            return self._third_party_imposer(text, targets) or self.ctx_imposer
        others = [
            m
            for m in mentions
            if m.code not in targets
            and m.part == ""
            # (not "Among Peru's rivals, Chile was assigned 37pc": Peru's rivals, not its rate)
            and not PEER_OF.match(text, m.end)
            and not _compared_after(text, r, m)
            # (nor "The 25% rate on South Korea ..., while the figure for Japan ...": another
            # clause's country)
            and not (m.start > r.end and CLAUSE_TURN.search(text, r.end, m.start))
        ]
        if others:
            # the nearest before the rate: "Taiwan's government is assessing U.S. President
            # Trump's plan to impose a tariff of about 100%" is the U.S.'s
            near = [m for m in others if m.end <= r.start and not m.person]
            return (near[-1] if near else others[0]).code
        main = Counter(h.imposer for h in self.hits if h.imposer not in targets).most_common(1)
        if main:
            return main[0][0]
        leader = self._leader_country(targets)
        # "ISLAMABAD: The National Tariff Commission has imposed anti-dumping duties of up to
        # 28.6pc on yarn from China": the dateline's own body, when none is named
        if (
            leader is None
            and self.home
            and self.home not in targets
            # (or in the sentences just before: "The NTC has imposed duties on glass fibre
            # ... According to a notification, imports from China will attract 27.61pc")
            and self._home_body_near()
        ):
            return self.home
        return leader

    def _leader_country(self, targets: list[str]) -> str | None:
        """The country of the head of government the story keeps naming: in a list of rates
        headed "Who got a tariff letter from Trump", the rates are Trump's."""
        counts: Counter = Counter()
        for refs in self.reader.refs:
            for r in refs:
                p = r.people[0]
                role = p.best_role()
                if (
                    p.country
                    and p.country not in targets
                    and role
                    and LEADER_ROLE.search(role.role)
                ):
                    counts[p.country] += 1
        top = counts.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            return top[0][0]
        return None

    def _previous_subject(self, si: int, text: str, its: re.Match) -> list[_Mention]:
        if si == 0 or text[: its.start()].strip(' "“') or not text[its.start()].isupper():
            return []
        opening = self._opening_country(si - 1)
        if opening and opening[0] != self.ctx_imposer:
            return [_Mention(its.start(), its.end(), opening[0])]
        return []

    @staticmethod
    def _faced_before(text: str, r: _Rate, sentence_targets: list[_Mention]) -> bool:
        """A country that "faces", "pays" or "was left at" this very rate, in its clause, when
        the rate is only called a baseline (not "the duty on all countries")."""
        faced = [
            m
            for m in sentence_targets
            if m.part == "faces"
            and m.end <= r.start
            and not re.search(
                r"[;]|\b(?:while|but|whereas|than|as\s+well\s+as)\b|\d\s*(?:%|per\s*cent|percent|pc\b)",
                text[m.end : r.start],
                re.I,
            )
        ]
        return bool(faced) and not re.search(
            r"\b(?:to|on|from|for)\s+(?:(?:nearly|almost|virtually|practically)\s+)?every\s+(?!other\b)"
            r"(?:[\w.-]+\s+){0,2}?(?:partner|nation)\b(?!\s+(?:that|which|who|buying|trading|with)\b)|"
            r"\b(?:all|every|most|other)\s+(?:[\w.-]+\s+){0,3}?(?:countries|country|nations|partners|imports|"
            r"suppliers|origins|sources)\b"
            r"|\b(?:everyone|everybody)\s+else\b",
            text[faced[0].start : r.end + 160],
            re.I,
        )

    def _mfn_before(self, si: int) -> int | None:
        """The sentence, of the two before, that tells of most-favoured-nation duties."""
        return next(
            (
                j
                for j in range(si - 1, max(0, si - 2) - 1, -1)
                if MFN.search(self.sentences[j].text)
            ),
            None,
        )

    def _mfn_owner(self, j: int) -> str | None:
        """Whose most-favoured-nation duties sentence ``j`` tells of: the country it opens with,
        or the story's home when it opens with "The government" (not "goods that the United
        States exports", named later)."""
        text = self.sentences[j].text
        if GOVERNMENT.match(text, re.match(r"\W*", text).end()):
            return self.home
        opening = self._opening_country(j)
        return opening[0] if opening else None

    @staticmethod
    def _answered_owner(
        text: str, r: _Rate, rates: list[_Rate], mentions: list[_Mention], imposer: str | None
    ) -> str | None:
        """The country whose own act a clause tells ("Washington's decision to raise tariffs on
        Chinese goods to 35%"), when the sentence's acting side is unknown or the one that rate is
        on."""
        since = max((x.end for x in rates if x.end <= r.start), default=0)
        for m in reversed(mentions):
            if m.person or m.code == imposer or not since <= m.start < r.start:
                continue
            act = OWN_ACT_TO.match(text, m.end, r.start)
            if act and (act.group("of") or text[m.start : m.end].endswith(("’s", "'s"))):
                return m.code
        return None

    @staticmethod
    def _baseline_payer(text: str, r: _Rate, mentions: list[_Mention], imposer: str) -> str | None:
        """The one country a sentence says pays the baseline, when nothing else in it speaks of
        every partner."""
        if re.search(r"\bbaseline\s+(?:tariff|rate|duty|levy)\s+of\s+$", text[: r.start], re.I):
            # "The U.S. baseline tariff of 15% on most other EU goods": the goods it names after
            for m in mentions:
                if (
                    m.start >= r.end
                    and not m.person
                    and m.code != imposer
                    and m.part not in ("agent", "dest")
                    and re.fullmatch(
                        r"\s*(?:%|per[\s-]*cent|percent)?\s+on\s+(?:(?:most|all|nearly\s+all)\s+)?"
                        r"(?:other\s+)?",
                        text[r.end : m.start],
                    )
                    and re.match(r"\s+(?:goods|exports|products|imports)\b", text[m.end :])
                ):
                    return m.code
        if not BASELINE_WORD_AFTER.match(text, r.end) or EVERY_PARTNER_WORDS.search(text):
            return None
        payers = [
            m
            for m in mentions
            if m.end <= r.start
            and not m.person
            and m.code != imposer
            and m.part not in ("agent", "dest")
            and PAYS_THE_BASELINE.fullmatch(text, m.end, r.start)
        ]
        return payers[-1].code if payers else None

    @staticmethod
    def _left_at_baseline(text: str, r: _Rate, mentions: list[_Mention]) -> str | None:
        """The one country a paused rate was on, when the pause "left" it at the baseline."""
        lead = LEFT_AT_BASELINE.search(text, 0, r.start)
        if not lead or not BASELINE_ONLY.match(text, r.end):
            return None
        who = [m for m in mentions if lead.start("who") <= m.start < r.start and not m.person]
        if who:
            codes = _unique([m.code for m in who])
            return codes[0] if len(codes) == 1 else None
        if lead.group("who").strip():
            return None  # ("leaving dozens of countries at a 10% baseline")
        before = _unique(
            [
                m.code
                for m in mentions
                if m.end <= lead.start() and not m.person and m.part not in ("agent", "dest")
            ]
        )
        return before[0] if len(before) == 1 else None

    def _all_partners(self, text: str, r: _Rate, seg_end: int) -> bool:
        start = max(0, r.start - 30)
        turn = list(re.finditer(r",\s+(?:as\s+well\s+as|and|but|while)\b|;", text[start : r.start]))
        if turn:
            start += turn[
                -1
            ].end()  # (not "... nearly all trading partners, as well as 50% on steel")
        window = text[start : min(seg_end, r.end + 70)]
        # (not "a 40% tariff on Brazilian imports, on top of the baseline duty": another rate)
        window = ON_TOP_OF_BASELINE.sub(" ", window)
        if ALL_PARTNERS.search(window):
            return True
        aside = re.search(r"[—–]\s+[^—–;]*$", text[: r.start])
        close = re.search(r"\s[—–]\s+", text[r.end :]) if aside else None
        if close and ALL_PARTNERS.match(text, r.end + close.end(), r.end + close.end() + 80):
            # "rise on Jan. 1 — to 30 per cent for furniture and 50 per cent for cabinets — for
            # countries that have not reached an agreement": each rate of the aside
            return True
        # "a 50% tariff on copper products, which has applied to imports from all countries
        # since ...": said of the rate's goods a little further on
        # (the next rate's segment may begin at "which": the span stops at another rate instead)
        # (up to where the clause turns: not "UK producers pay the 25 per cent levy, while shipments
        # from all other trading partners have faced 50 per cent")
        turn = TURN_OR_RATHER.search(text, r.end)
        stop = min(r.end + 130, turn.start() if turn else len(text))
        if not RATE.search(text, r.end, r.end + 240):
            # (with no other rate after it, the clause may run long: "a 50% duty applies to
            # imports of semi-finished copper products - pipes, ... - and to copper-intensive
            # goods such as cables, from all countries")
            # (but not into another clause: "..., after Beijing announced export controls, which
            # it said would apply to all countries")
            other = re.search(
                r",?\s+(?:after|which|that|because|while|when|since)\b|,\s+as\b",
                text[r.end : r.end + 240],
            )
            stop = max(
                stop,
                min(r.end + (other.start() if other else 240), turn.start() if turn else len(text)),
            )
        # (nor past another rate: "face a 25 per cent tariff, half the 50 per cent rate the
        # United States has charged on the metals from most other trading partners")
        # (but a list goes on to its end: "Cars are hit with 25 percent and steel with 50 percent
        # under sectoral tariffs that Washington applies to all trading partners")
        if (
            (later := RATE.search(text, r.end, stop))
            and re.match(r"\d", later.group(0))
            and re.search(r"[,;]", text[r.end : later.start()])
        ):
            stop = later.start()
        if FROM_EVERYWHERE.match(text, r.end, stop) or AS_EVERYONE.match(text, r.end):
            return True
        # "The final duty, which applies to imports from all countries, will be levied at 11%"
        lead = text[max(0, r.start - 140) : r.start]
        # (only after the last rate: "Ecuador will pay 20%, and goods from any country found
        # to have been transshipped will be charged 40%")
        lead = re.split(r"\d\s*(?:%|per\s*cent|percent|pc\b)|;", lead, flags=re.I)[-1]
        said = list(FROM_EVERYWHERE.finditer(lead))
        # (no other rate in the way: "a 10% baseline that Washington applies to nearly all
        # trading partners, as well as 50% on steel" is the 10%'s)
        return any(
            # (nor "... from almost all trading partners, in force from April 5, and a higher
            # rate of 20% on goods from the EU": a second item)
            not re.search(
                # (or "..., and higher country-specific rates from April 9, including 34% on China")
                r"\bas\s+well\s+as\b|,\s+(?:while|but|whereas)\b|,\s+and\s+(?:a|an|the)\b"
                r"|,\s+and\s+(?:[\w-]+\s+){0,3}(?:rates|tariffs|duties|levies)\b",
                lead[m.end() :],
            )
            for m in said
        )

    def _scope(self, text: str, r: _Rate, seg_end: int) -> str | None:
        """The goods: "on steel" after the rate, or "tariffs on Japanese automobile imports" before it."""
        lead = re.split(r"\d\s*(?:%|per\s*cent|percent)|[;:]", text[: r.start])[-1]
        raised = RAISED_ON_TO.search(lead)
        if raised and not find_countries(raised.group("what")):
            # "lifts the tariff on kitchen cabinets to 40% and on upholstered furniture to 35%"
            what = GOODS_LEAD.sub("", GOODS_END.split(raised.group("what"))[0].strip())
            # ("taking the total levy on most of the country's goods to 50%")
            return _share_of_all_goods(what) or what
        m = re.search(
            r"\b(?:on(?!\s+top\s+of\b)|for|(?<!has\s)(?<!had\s)(?<!have\s)(?:applies|apply)\s+to(?!\s+(?:nearly\s+|almost\s+)?(?:all|most|every)\b))\s+"
            r"(?P<what>(?:[^,;.()]|(?<=\d),(?=\d{3})|\.(?=\S)|(?<=[A-Z])\.)+)",
            text[r.end : seg_end],
        )
        if m and re.search(
            r"\b(?:and|while|but)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates?)\s+$",
            text[r.end : r.end + m.start()],
        ):
            m = None  # "rises to 30% and the levy on cabinets ...": the next rate's goods
        if m and (
            "," in text[r.end : r.end + m.start()]
            or len(text[r.end : r.end + m.start()].split()) > 5
        ):
            m = None  # "from 35% starting Thursday, the minister said on social media": not goods
        if m and re.search(
            r"\b(?:depending|depends|based|focus(?:ed)?)\s+$", text[r.end : r.end + m.start()]
        ):
            m = None  # "ranging from 5 to 50 percent depending on the product"
        if m is None:
            clause = re.split(r"[;]", text[: r.start])[-1]
            before = list(
                re.finditer(
                    # a look-ahead, so "took effect on May 1 and raised the duty on X" finds X
                    r"(?=\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surtax(?:es)?|effect|rates?)\s+on\s+(?!top\s+of\b)(?P<what>(?:[^,;.()]|(?<=\d),(?=\d{3})|\.(?=\S)|(?<=[A-Z])\.)+?)(?=\s+(?:to|at|will|would|from|(?<!range\s)(?<!number\s)(?<!host\s)(?<!variety\s)of)\b|\s*,(?!\d{3})|$))",
                    clause,
                    re.I,
                )
            )
            m = before[-1] if before else None
        if m is None:
            label = LABELLED_RATE.match(text)
            if (
                label
                and label.end("rate") == r.start
                and not find_countries(label.group("label"))  # ("* Laos - 40%": a country)
                # ("- Hebei Glass Co Ltd: 9.87 percent", "All other exporters": who, not what)
                and not COMPANY_LABEL.search(label.group("label"))
                and not (self.list_header_at is not None and self._si - self.list_header_at <= 6)
            ):
                return label.group("label").strip()  # "• Toys: 30%": the goods are the label
            return _subject_goods(text[: r.start])
        what = GOODS_END.split(m.group("what"))[0]
        if (
            any(d.start == 0 for d in find_dates(what))
            or re.fullmatch(r"\s*(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*", what)
            or re.match(
                r"^(?:\d+|a|one|two|three|six)\s+(?:days?|weeks?|months?|years?)\b", what, re.I
            )
        ):
            return None  # "(set to begin on April 9)", "for 90 days": a date or a span, not goods
        what = GOODS_LEAD.sub("", what.strip())
        for _, _, _, form in find_countries(what):
            what = re.sub(
                rf"(?<![\w-])(?:(?:almost|nearly|virtually)\s+)?(?:all\s+)?{re.escape(form)}(?![\w-])(?:’s|'s)?\s*",
                "",
                what,
            )
        what = re.sub(r"\s+", " ", what).strip(" ,-–—")
        # ("bring the duty on most Indian goods down from the current 50%": the goods alone)
        what = re.sub(r"\s+(?:down|up|back)$", "", what)
        # ("on the island's exports to the United States": the country's own goods)
        what = re.sub(r"^(?:the\s+)?(?:island|country|kingdom|nation)(?:’s|'s)\s+", "", what)
        # ("a 30% tariff on neighbouring South Africa": a word about the country, no goods)
        what = re.sub(r"^(?:neighbou?ring|nearby|fellow|tiny|landlocked)$", "", what, flags=re.I)
        what = re.sub(
            r"\s+(?:(?:made|built|produced|manufactured|assembled|originating|imported|coming)\s+)?"
            r"(?:to|into|in|from)(?:\s+the)?$",
            "",
            what,
        )  # ("on electric cars built in China": the cars)
        # "on autos and the 50% duty on steel": the goods end where the next rate begins
        what = re.sub(r"(?:\s*,)?\s+(?:and|or|&)(?:\s+(?:the|a|an))?$", "", what, flags=re.I)
        if re.fullmatch(r"[\s,]*(?:(?:and|or|the|&|both|either)[\s,]*)*", what, re.I) or re.match(
            r"^(?:(?:nearly|almost|virtually)\s+)?(?:all|most|every)\s+(?:other\s+)?(?:trading\s+)?(?:partners|countries|nations)\b",
            what,
            re.I,
        ):
            return None  # "for the European Union and Japan", "on nearly all trading partners"
        if what.lower() in {
            "official",
            "final",
            "permanent",
            "law",
            "again",
            "hold",
            "track",
        } or re.match(
            r"^(?:(?:an?|the)\s+)?(?:equal|level|even)\s+(?:footing|playing)|^(?:a\s+)?par\b|^top\s+of\b|^average\b",
            what,
            re.I,
        ):
            return None  # "makes 50% tariff on Brazil official", "on an equal footing": no goods
        if re.fullmatch(r"(?:the\s+)?(?:country|nation|island|kingdom)", what, re.I):
            return None  # "the 18 percent Washington had announced for the country": whose
        if re.match(
            r"^(?:those|these|them|it)\b|.*\b(?:exporters|producers|companies|firms|manufacturers|makers|suppliers)$",
            what,
            re.I,
        ):
            return None  # "24.3% on those from Shandong Linyi", "on all other exporters": firms
        if re.match(r"^(?:in|on|at|by|during|top\s+of)\b|^\d", what, re.I):
            return None  # "(tariffs on) 99% of Indian exports": a share, not the goods
        if share := _share_of_all_goods(what):
            return share  # "on most of its exports to the United States"
        if not what or GENERIC_GOODS.match(what) and not re.search(r"\bother\b", what, re.I):
            return "all goods"
        # ("on most fresh tomatoes on Monday": the day's preposition is no part of the goods)
        return re.sub(
            r"\s+(?:on|from|since|until|by|as\s+of)"
            r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?$",
            "",
            what[:80],
        )

    def _status(self, text: str, r: _Rate, rates: list[_Rate]) -> str:
        if r.companion:
            return "in_force"
        clause_start = max(text.rfind(";", 0, r.start), 0)
        left = text[clause_start : r.start]
        right = text[r.end : r.end + 60]
        removed = REMOVED.search(left[-80:] + " " + text[r.start : r.end + 30])
        if removed and not re.search(
            r"\b(?:lift|rais|increas)\w*\s+[^.;]{0,60}\bto\s+(?:as\s+(?:much|high)\s+as\s+)?$",
            left[-80:],
            re.I,
        ):
            return "removed"  # (not "lifted the duty on aluminum to 25%": a rise)
        if re.match(
            # (the rate's own noun, in its own clause: not "... will remain in force, even as the
            # truce is due to expire")
            r"\s*(?:%|per[\s-]*cent|percent)?\s*(?:[\w-]+\s+){0,2}?(?:counter-?)?(?:tariffs?|duties|"
            r"levies|surtax\w*)\b(?:[^.;,%]|(?<=[A-Z])\.){0,80}?\b(?:come|comes|came)\s+off\b",
            text[r.end :],
            re.I,
        ):
            return "removed"  # "Canada's 25% counter-tariffs on U.S. goods ... come off on Sept. 1"
        changed = CHANGED_TO.search(right[:70])
        if changed and not NEXT_NOUN.search(right[: changed.end()]):
            return "in_force"  # "India's 150% duty on whisky will be cut to 75%": the rate before
        if LEFT_AT_BASELINE.search(left[-140:]) and BASELINE_ONLY.match(text, r.end):
            return "in_force"  # "paused it a week later, leaving a 10% baseline in place"
        if PAUSED.search(left[-100:]) or PAUSED.search(right):
            return "paused"
        if PROPOSED.search(left[-90:]):
            return "proposed"
        if FUTURE_START.search(right[:50]):
            return "announced"  # "a 29% tariff (set to begin on April 9)": not yet in force
        best, best_dist = "announced", 10**6
        for status, pattern in STATUS_WORDS:
            for m in pattern.finditer(left[-90:]):
                dist = len(left[-90:]) - m.end()
                if dist < best_dist:
                    best, best_dist = status, dist
            m = pattern.search(right[:50])
            if m and m.start() < best_dist:
                best, best_dist = status, m.start()
        return best

    def _kind(self, text: str, imposer: str, targets: list[str], scope: str | None) -> str:
        if TRADE_REMEDY.search(text):
            return "other"  # a safeguard or anti-dumping duty is neither baseline nor reciprocal
        if targets == [STAR]:
            if scope in (None, "all goods"):
                return "baseline"
            # a steel safeguard is no baseline, nor is a duty on refrigerators from anywhere
            return "sectoral" if SECTORS.search(scope) else "other"
        for kind, pattern in KIND_WORDS:
            if pattern.search(text) and kind != "baseline":
                self.article_kinds[imposer] = kind
                return kind
        if scope and scope != "all goods" and SECTORS.search(scope):
            return "sectoral"
        return self.article_kinds.get(imposer, "other")

    # dates --------------------------------------------------------------
    def _past_anchor(self, text: str, d) -> date | None:
        """The last calendar day before ``d`` in its sentence, or in the sentence before it in
        the same paragraph, when that day is already past."""

        def told_on(t: str, x) -> bool:
            # ("posted on July 7", "On July 31, ...": a day something happened, not one a rate
            # applies from)
            return x.kind in ("mdy", "dmy") and bool(
                re.search(r"\b(?:on|dated)\s+$", t[max(0, x.start - 8) : x.start], re.I)
            )

        found = [x for x in find_dates(text) if x.end <= d.start and told_on(text, x)]
        if not found and self._si > 0:
            prev = self.sentences[self._si - 1]
            if prev.paragraph == self.sentences[self._si].paragraph:
                found = [x for x in find_dates(prev.text) if told_on(prev.text, x)]
        if not found:
            # (a timeline's entry under a heading of its own day: "July 31" over "... Switzerland
            # is to pay 39% from August 7")
            return self._heading_day()
        # (a day the story itself places before it, not one forced back: "from April 15 ...
        # from May 16", told in April, is no past day)
        got, precision = resolve(found[-1], self.published, nearest=True)
        if got is None or precision != "day" or got >= self.published:
            return None
        return got

    def _heading_day(self) -> date | None:
        """The past day a timeline's entry is headed with, on a line of its own ("August 6"
        over "... The 39% rate takes effect the next day")."""
        start = self._paragraph_start(self._si)
        if start == 0 or not self.published:
            return None
        head = self.sentences[start - 1].text
        days = find_dates(head)
        if not DAY_HEADING.fullmatch(head) or len(days) != 1 or days[0].kind not in ("mdy", "dmy"):
            return None
        got, precision = resolve(days[0], self.published, nearest=True)
        if got is None or precision != "day" or got >= self.published:
            return None
        return got

    def _this_years(self, text: str, d, got: date | None) -> date | None:
        """A day resolved into next year, moved back a year when told as past: the same day of
        this year had passed months before, and the sentence tells of it as done ("In a letter
        dated July 9, Trump announced a 50% tariff from August 1", told in October)."""
        if got is not None and self._passed_this_year(text, d, got):
            with suppress(ValueError):
                return got.replace(year=got.year - 1)
        return got

    def _counted_from(self, text: str, d, dates: list, future: bool | None) -> date | None:
        """The day a "the following day" or "a week later" is counted from: the last day told
        before it in the sentence (ahead if ``future``; with None, ahead when the words up to
        it are in the future tense)."""
        told = [x for x in dates if x.end <= d.start and x.kind != "nextday"]
        if not told or not self.published:
            return None
        if future is None:
            future = bool(FUTURE_TENSE.search(text, 0, told[-1].end))
        return resolve(told[-1], self.published, future=future)[0]

    def _passed_this_year(self, text: str, d, got: date) -> bool:
        return bool(
            self.published
            and got.year > self.published.year
            # (moved a year on: the same day this year had passed two months before)
            and got.month <= self.published.month
            and d.kind in ("mdy", "dmy")
            and not re.search(r"(?:19|20)\d\d", d.text)
            and (
                # ("On Feb 4, a 10% tariff took effect. Beijing responded with duties of 15%,
                # effective Feb 10", told in November: a history told in order)
                self._told_in_order(got)
                # (otherwise only a day more than four months ahead, told as done)
                or (got - self.published).days > 120
                and (
                    PAST_TOLD.search(text, 0, d.start)
                    # (not "Brazil's decision to raise its tariff to 18% takes effect April 1":
                    # a decision still to take effect)
                    and not STARTS_NOW.search(text)
                    # ("From May 14, Washington cut its rate to 30 per cent", in November)
                    or PAST_ACT_AFTER.match(text, d.end)
                    # ("Washington said Swiss goods would face a 39% duty from August 7",
                    # told in November: the future of a past report)
                    or re.search(
                        r"\b(?:said|announced|warned|told\s+\w+)\s+(?:that\s+)?[^.;%]{0,60}?\bwould\b",
                        text[: d.start],
                    )
                )
            )
            and not FUTURE_TENSE.search(text, 0, d.start)
        )

    def _told_in_order(self, got: date) -> bool:
        """Whether a day moved a year back follows the day of the rates told just before it,
        in a story told in order: "On Feb 4 ... took effect. Beijing responded ..., effective
        Feb 10" in November is that February."""
        before = next(
            (h for h in reversed(self.hits) if h.effective and h.sentence < self._si), None
        )
        if before is None or self._si - before.sentence > 2 or self.published is None:
            return False
        with suppress(ValueError):
            back = got.replace(year=got.year - 1)
            return before.effective <= back < self.published
        return False

    def _effective_dates(self, text: str, rates: list[_Rate]) -> dict[int, date]:
        """The day each rate of a sentence applies from. A sentence that opens on a past day
        ("APRIL 2 - Trump unveils a 34% tariff, due to take effect on April 9"; "On July 30,
        Trump said Indian goods would face 25% from August 1") is told from that day, so the
        days it looks ahead to are counted from it, not from the day of the story."""
        # ("goods entered for consumption on or after February 7": from that day; the same
        # length, so every offset stays put)
        text = _entered_from(text)
        published = self.published
        self.timeline = False
        if published:
            first = self._paragraph_start(self._si)
            # ("On Jan. 1, the rate will rise to 30%": a day ahead, not one told from)
            told = [] if FUTURE_TENSE.search(text) else [(text, NARRATIVE_DAY)]
            if first < self._si:  # ("APRIL 9 - The rate rises to 84%. Hours later, ...")
                told.insert(0, (self.sentences[first].text, TIMELINE_DAY))
            for opening, pattern in told:
                got = self._day_told_from(opening, pattern, published)
                if got is not None:
                    self.published = got
                    self.timeline = pattern is TIMELINE_DAY or bool(TIMELINE_DAY.match(opening))
        try:
            out = self._effective_dates_from(text, rates)
            for a, b in zip(rates, rates[1:], strict=False):
                if (
                    id(a) in out
                    and out.get(id(b)) == out[id(a)]
                    and not a.companion
                    and CHANGED_TO_LATER.fullmatch(text, a.end, b.start)
                ):
                    # "the 35% tariff on Canadian imports would be cut to 25%, effective
                    # February 1": the day the cut applies is the new rate's, not the old one's
                    del out[id(a)]
        finally:
            told_from, self.published = self.published, published
            self.timeline = False
        if published and told_from and told_from < published:
            for key, got in out.items():
                with suppress(ValueError):
                    ahead = got.replace(year=got.year + 1)
                    if (
                        (told_from - got).days > 180
                        and ahead <= published
                        and str(got.year) not in text
                    ):
                        # "On April 2 Trump unveiled 24%, on top of a 10% baseline that had applied
                        # since April 5", told in July: that April, not the one a year before
                        out[key] = ahead
        told = list(BARE_YEAR.finditer(text))
        if (
            published
            and len(told) == 1
            and int(year := told[0].group(1) or told[0].group(2)) < (published.year - 1)
        ):
            # "He was referring to 2018, when Beijing imposed a 25% tariff on July 6": a day of
            # the one year the sentence names, long before the story (for the rates told after
            # it in its own clause: not "will raise it to 50% on June 4, up from the 25% set in
            # 2018, when ...", nor "In 2018, ...; the U.S. will now charge 50% from June 4")
            for r in rates:
                got = out.get(id(r))
                if (
                    got is not None
                    and told[0].end() <= r.start
                    and not re.search(r"[;]|\b(?:now|will|would)\b", text[told[0].end() : r.start])
                    and not re.search(r"\b(?:19|20)\d\d\b", text[told[0].end() :])
                ):
                    with suppress(ValueError):
                        out[id(r)] = got.replace(year=int(year))
        return out

    def _paragraph_start(self, si: int) -> int:
        """The first sentence of the paragraph sentence ``si`` stands in."""
        return paragraph_start(self.sentences, si)

    def _day_told_from(self, opening: str, pattern: re.Pattern, published: date) -> date | None:
        """The past day a sentence opens on ("APRIL 9 - ...", "On July 30, ..."), if any."""
        anchor = pattern.match(opening)
        day = anchor and next(
            (d for d in find_dates(opening) if d.start == anchor.start("day")), None
        )
        got, precision = resolve(day, published) if day else (None, None)
        return got if got is not None and precision == "day" and got < published else None

    def _effective_dates_from(self, text: str, rates: list[_Rate]) -> dict[int, date]:
        out: dict[int, date] = {}
        dates = [d for d in find_dates(text) if not in_dateline(text, d)]
        clocks = list(EFFECTIVE_NOW.finditer(text))
        for clock in clocks[1:]:
            # ("... as of 12:01 a.m. New York time, while Beijing lowered its levy to 10% from
            # 125% at noon local time": each clause's own rate, the story's day)
            before = [r for r in rates if r.end <= clock.start() and not r.companion]
            if before and self.published and not dates:
                out.setdefault(id(before[-1]), self.published)
        now = clocks[0] if clocks else None
        if now and self.published and rates:
            target = min(
                [r for r in rates if not r.companion] or rates,
                key=lambda r: abs(r.start - now.start()),
            )
            event = [
                d
                for d in dates
                if d.kind in ("weekday", "relday", "mdy", "dmy", "iso")
                and not re.search(
                    r"\b(?:said|announced|told)\s+$", text[max(0, d.start - 20) : d.start]
                )
            ]
            got = resolve(event[0], self.published)[0] if event else None
            out[id(target)] = got or self.published
        for d in dates:
            # "the three weeks before an Aug. 1 deadline ... goods would be charged a 25% tariff":
            # the day a threatened rate is due
            if (
                re.match(r"\s+deadline\b", text[d.end :])
                and re.search(
                    r"\b(?:would|will)\s+(?:be\s+charged|face|pay|be\s+hit)\b|\bthreat(?:ened)?\b",
                    text,
                )
                and self.published
            ):
                got, precision = resolve(d, self.published, future=True)
                if got is not None and precision == "day" and got > self.published:
                    for r in rates:
                        if not r.companion:
                            out.setdefault(id(r), got)
        if ON_PUBLICATION.search(text) and self.published and not dates:
            # "The duty, ranging from 18.6% to 30.3%, will be in force for five years from the
            # date of publication of the notification": the day the story says it was notified
            day = self._publication_date(self._si)
            for r in rates:
                if not r.companion:
                    out.setdefault(id(r), day)
        fronted = re.match(
            r"\W*(?:On|From|Starting(?:\s+on)?|Beginning(?:\s+on)?|As\s+of|Effective)\s+"
            # ("As of 12:01 a.m. New York time on Tuesday, the US began collecting ...")
            r"(?:[\d:.]+\s*(?:a\.m\.|p\.m\.|am|pm)\s+(?:[\w]+\s+){0,3}?(?:time\s+)?(?=on\s))?",
            text,
        )
        if (
            fronted
            and dates
            and dates[0].start == fronted.end()
            and (
                FUTURE_TENSE.search(text)
                or re.search(
                    r"\b(?:began|begins|started|starts)\s+(?:collecting|charging|levying|imposing|applying)\b",
                    text,
                )
            )
        ):
            # "On Jan. 1, the rate on sofas will rise to 30%, while cabinets will be taxed at
            # 50%": a day set before the clause, for every rate it brings
            got, precision = resolve(dates[0], self.published, future=True)
            if got is not None and precision == "day" and re.match(r"\s*,", text[dates[0].end :]):
                for r in rates:
                    if not r.companion:
                        out.setdefault(id(r), got)
        # "suspended by Trump on 9 April, hours after it took effect": that day, for the rates
        # before the words; "Modi spoke with Lula on Thursday, hours after a 25% U.S. tariff on
        # Indian goods came into force": that day, for the rates inside them
        event = [d for d in dates if d.kind in ("weekday", "mdy", "dmy", "iso", "relday")]
        spans = []
        if clause := SAME_DAY_CLAUSE.search(text):
            spans.append((clause.start("what"), clause.end("what")))
        if same_day := SAME_DAY_EFFECT.search(text):
            spans.append((0, same_day.start()))
        if spans and event and self.published:
            got, precision = resolve(event[0], self.published, future=False)
            if got is not None and precision == "day":
                for r in rates:
                    if not r.companion and any(a <= r.start < b for a, b in spans):
                        out.setdefault(id(r), got)
        after = DAYS_AFTER_CLAUSE.search(text)
        if after and self.published:
            # (not a day inside an aside: "Lula, who was elected on Oct. 30, 2022, said ...")
            asides_at = [(a.start(), a.end()) for a in ASIDE.finditer(text)]
            told = [
                d
                for d in event
                if d.end <= after.start() and not any(a <= d.start < b for a, b in asides_at)
            ]
            if (
                # (the day counted from is told, or is the day of the story: "Lula said ..., a
                # day after"; not "The call came a day after ...", told of a call on another day)
                (
                    told
                    or re.search(r"\b(?:said|says|told)\b", ASIDE.sub(",", text[: after.start()]))
                )
                # (nor "a day after the doubling took effect on Wednesday": that day)
                and not any(after.start() <= d.start < after.end() + 15 for d in dates)
            ):
                got, precision = (
                    resolve(told[-1], self.published) if told else (self.published, "day")
                )
                if got is not None and precision == "day":
                    back = {"a": 1, "one": 1, "two": 2, "three": 3}[after.group("n").lower()]
                    for r in rates:
                        if not r.companion and after.start("what") <= r.start < after.end("what"):
                            out.setdefault(id(r), got - timedelta(days=back))
        for d in dates:
            trigger = _effective_trigger(text, d, 90, moves=True)
            fronted = None if trigger else FRONTED_DAY.match(text, d.end)
            if fronted and self.published:
                # "Then, on August 7, a 39% levy took effect": the day told before the rate
                first = next(
                    (r for r in rates if d.end <= r.start < fronted.end() and not r.companion),
                    None,
                )
                got, precision = resolve(d, self.published, future=not fronted.group("past"))
                if first is not None and got is not None and precision == "day":
                    out.setdefault(id(first), got)
                continue
            first = next((r for r in rates if r.start >= d.end and not r.companion), None)
            if (
                not trigger
                and first is not None
                and re.fullmatch(r"\W*(?:On|By)\s+", text[: d.start])
                and FRONTED_CHANGE.fullmatch(text, d.end, first.start)
                and not FUTURE_TENSE.search(text)
                # (not "On Aug. 6, Trump signed an order that raised the tariff to 50%, effective
                # Aug. 27": the rate's own day, told after it)
                and not any(o.start >= first.end for o in dates)
                and not re.search(
                    r"\b(?:would|will|could|might|may|plans?|planned|proposed|said|says|to\s+be)\b",
                    text[d.end : first.start],
                )
            ):
                # "On May 14, after the truce in Geneva, the rate was cut to 54%": the day the
                # sentence opens on is the change's
                got, precision = resolve(d, self.published, past=True)
                if got is not None and precision == "day":
                    out.setdefault(id(first), got)
                continue
            if not trigger:
                continue
            if REPORTED.search(text[max(0, d.start - 25) : d.start]):
                continue  # "the 29% tariff Trump has slapped on its goods, officials said on Thursday"
            if re.match(r"\s+(?:deadline|cutoff|cut-off)\b", text[d.end :]):
                continue  # "issued hours before a self-imposed Aug. 1 deadline": not the rates' day
            d = prefer_absolute(d, dates)  # "from Friday, August 1": the day its date names
            done = (
                (
                    PAST_ACT.search(text, 0, d.start)
                    or _put_in_place(text, d, self.published)
                    or d.kind in ("mdy", "dmy")
                    and PAST_CHANGE.search(text, 0, d.start)
                )
                and not FUTURE_TENSE.search(text, 0, d.start)
            ) or PAID_AFTER_DAY.match(text, d.end)  # "From April 5, exporters were charged 10%"
            reference = self.published
            if d.kind == "nextday":
                # "On April 2, Trump unveiled 46%, due to take effect a week later": counted from
                # the day told before it in the sentence (a week from no day is no day)
                told = self._counted_from(text, d, dates, future=None) or self._heading_day()
                if told is None and "week" in d.text.lower():
                    continue
                reference = told or reference
            # ("rose to 145% on Thursday": a rate that moved, a day past)
            moved_past = trigger.re is MOVES_ON and bool(
                re.match(r"(?:rose|climbed|jumped|fell|dropped|went)\b", trigger.group(0))
            )
            # ("a 25 percent levy that was due to take effect Friday", told on Thursday: the
            # Friday a day on, as near days go, not the one six days back)
            was_due = d.kind == "weekday" and bool(
                re.search(
                    r"\b(?:was|were|had\s+been)\s+(?:due|scheduled|set|expected)\s+to\b",
                    trigger.group(0),
                    re.I,
                )
            )
            got, precision = resolve(
                d,
                reference,
                # ("China imposed a 100% tariff on canola from March 20", told in September:
                # that March, not the next)
                future=was_due
                or not EFFECTIVE_PAST.search(trigger.group(0))
                and not done
                and not moved_past,
                # "took effect on February 4", told in December (not told from a day before)
                past=moved_past or self.published == self.story_day and _told_done(text, d),
                # "will impose ... effective Monday"; "a 40% duty takes effect on Wednesday": the
                # present tense of a coming measure
                nearest=was_due
                or not FUTURE_TENSE.search(text[: d.end])
                and not STARTS_NOW.search(trigger.group(0)),
            )
            got = self._this_years(text, d, got)
            if (
                got is not None
                and self.published
                and d.kind in ("mdy", "dmy")
                and not re.search(r"(?:19|20)\d\d", d.text)
                and (got - self.published).days > 120
                and not FUTURE_TENSE.search(text, 0, d.start)
                # (not "11.5% from April 21 next year")
                and not re.search(r"\b(?:next|following)\s+year\b", text[d.start : d.end + 25])
                and (anchor := self._past_anchor(text, d)) is not None
            ):
                # "In a letter posted on July 7, Trump set 35% from August 1", "On July 31 ...
                # Hours later, an order set 20% from August 7", told the next January: the day
                # after the past one the story tells from, not the August ahead
                with suppress(ValueError):
                    moved = got.replace(year=anchor.year)
                    if anchor <= moved < self.published:
                        got = moved
            if (
                got is not None
                and d.kind == "weekday"
                and re.search(
                    r"\balso\s+(?:(?:from|on|starting|as\s+of|effective)\s+)?$",
                    text[max(0, d.start - 30) : d.start],
                    re.I,
                )
            ):
                # "A 20% tariff came into force on Thursday ... goods will face 40%, also from
                # Thursday": the Thursday told before, not the next one
                got = next(
                    (
                        h.effective
                        for h in reversed(self.hits)
                        if h.effective
                        and h.effective.weekday() == got.weekday()
                        and self._si - h.sentence <= 3
                    ),
                    got,
                )
            if d.kind == "sameday" and not any(x.start < d.start for x in dates):
                # "..., all taking effect on the same day": the day of the measure just told
                # (or of "new rates that came into force on Aug. 7" told just before)
                told = (
                    self.later_date
                    if self.later_date and self._si - self.later_date[1] <= 2
                    else None
                )
                dated = [
                    h
                    for h in reversed(self.hits)
                    if h.effective
                    and self._si - h.sentence <= 3
                    and not h.rate.companion
                    and (told is None or h.sentence >= told[1])
                ]
                recent = [h for h in dated if self._si - h.sentence <= 2]
                if (
                    recent
                    and recent[0].targets == [STAR]
                    and find_countries(text)
                    # (not rates at the baseline's own level: "Britain faces 10 percent, which
                    # kicked in on the same day as the baseline")
                    and recent[0].rate.value not in {r.value for r in rates}
                ):
                    # (countries' rates "due to kick in on the same day" as the country's rate
                    # told before, a sentence further back, not as the baseline told after it)
                    recent = [h for h in dated if STAR not in h.targets] or recent
                got = (
                    recent[0].effective
                    if recent
                    # (with nothing dated just before, "Rivals received similar treatment.
                    # Indonesia faces 19 per cent from the same day": the day of the lead's rate)
                    else told[0]
                    if told
                    else next((h.effective for h in self.hits if h.effective), got)
                )
            if got is None or precision != "day":
                continue
            if trigger.re is MOVES_ON:
                # "the 25% levy ... would rise to 30% on June 1": the day of the rate it moves
                # to, not of the one it leaves
                moved = [r for r in rates if trigger.start() <= r.start < d.start]
                if moved and not moved[0].companion:
                    out.setdefault(id(moved[0]), got)
                continue
            if (
                re.search(r"\bsince\s*$", trigger.group(0), re.I)
                and self.published
                and got > self.published
                and not re.search(r"(?:19|20)\d\d", d.text)
            ):
                with suppress(
                    ValueError
                ):  # "in force since April 21", told on March 4: last year's
                    got = got.replace(year=got.year - 1)
            nearest = [r for r in rates if r.end <= d.start]
            if (
                nearest
                and nearest[-1].companion
                and id(nearest[-1]) not in out
                and (
                    re.search(
                        r"\b(?:first\s+)?(?:applied|imposed|introduced|levied|set|collected|charged|"
                        # ("to 15% from the 27.5% they have faced since April 3")
                        r"faced|paid|"
                        r"due\s+to\s+\w+|threatened\s+to\s+\w+)\b[^.;%]{0,80}$",
                        text[nearest[-1].end : d.start],
                        re.I,
                    )
                    # ("up from the 25% that took effect March 4", "from the 10% levy that took
                    # effect on Feb. 4": the old rate's own clause; not "..., a move that took
                    # effect")
                    or re.match(
                        r"\s*(?:%|per[\s-]*cent|percent)?(?:\s+(?:levy|tariff|duty|rate|surcharge))?"
                        r"\s+that\s+(?:took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+"
                        r"effect|kicked\s+in)(?:\s+only)?(?:\s+on)?\s*$",
                        text[nearest[-1].end : d.start],
                        re.I,
                    )
                )
                # (not "to 15% from 25%, with the reduction applied retroactively from Nov. 1")
                and not re.search(
                    r"\b(?:reduction|cut|increase|hike|change|new\s+rate|lower\s+rate|higher\s+rate)\b",
                    text[nearest[-1].end : d.start],
                    re.I,
                )
            ):
                # "up from the 10% levy he first applied on Feb. 4", "a cut from the 32% rate
                # that had been due to hit from Aug. 1": the old rate's own day
                due = re.search(
                    r"\b(?:due|threatened)\s+to\b", text[nearest[-1].end : d.start], re.I
                )
                past, precision = resolve(d, self.published, future=bool(due))
                if past is not None and precision == "day":
                    out[id(nearest[-1])] = past
                continue
            if re.search(
                r"\b(?:climb|rise|increase|jump|go\s+up|fall|drop|double)(?:\s+(?:on|from))?\s*$",
                trigger.group(0),
                re.I,
            ) and (
                (to := re.match(r"\s*(?:[-–—,]\s*)?to\s+(?=\d)", text[d.end :]))
                or re.search(rf"\b{CLIMB_ON}\s*$", trigger.group(0), re.I)
            ):
                # "set those rates to climb on Jan. 1 - to 50 per cent for cabinets and 30 per
                # cent for sofas": the day of the rates it climbs to, told after it (the first
                # straight after "to", and those listed with it; not "inflation will rise on Jan.
                # 1 to 3 per cent as the 25% tariff bites")
                climbed = [
                    r for r in rates if to and r.start == d.end + to.end() and not r.companion
                ]
                for r in rates:
                    if (
                        climbed
                        and r.start > climbed[-1].end
                        and not r.companion
                        and len(gap := text[climbed[-1].end : r.start]) < 80
                        and re.search(r"(?:,|\band)\s+(?:to\s+)?$", gap)
                        and not re.search(
                            r"[;]|\b(?:while|but|whereas|although|though|remains?|stays?|"
                            r"unchanged|contrast|as|blaming)\b",
                            gap,
                        )
                        and not TARIFF_NOUN.search(gap)
                    ):
                        climbed.append(r)
                for r in climbed:
                    out.setdefault(id(r), got)
                continue
            prior = [r for r in rates if r.end <= d.start and not r.companion]
            target = prior[-1] if prior else next((r for r in rates if not r.companion), None)
            if not prior:
                # "The duty, which came into force on Wednesday, will be levied at 18.7% on A,
                # 24.3% on B and 30.5% on all others": every rate up to the next date
                nxt = next((x.start for x in dates if x.start > d.end), len(text))
                for r in rates:
                    if (
                        (
                            not r.companion
                            and r.start < nxt
                            and not re.match(
                                r"^[^.;,:]{0,40}?\b(?:in\s+place|in\s+force|applied|levied|paid)\s+since\b"
                                # ("... paying the 10% baseline Washington had levied on nearly all
                                # imports since April 5": the rate's own day, told after it)
                                r"|^[^.;,:%]{0,40}?\b(?:had|has|have)\s+(?:been\s+)?(?:applied|levied|"
                                r"imposed|charged|paid|in\s+place)\b[^.;,:%]{0,50}?\b(?:since|from)\s",
                                text[r.end :],
                                re.I,
                            )
                        )
                        and not PROVOKED_BY.search(text, d.end, r.start)
                        and not re.search(
                            # (nor "... reciprocal tariffs from April 2, and has said a 25% tariff on
                            # cars is coming": another thing said, without the day)
                            r",\s+and\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:said|promised|threatened|"
                            r"warned|vowed)\b",
                            text[d.end : r.start],
                        )
                    ):
                        # (not "a 10% duty in place since April": its own, older day; nor
                        # "..., retaliating against Washington's 25% tariff": the other side's)
                        out.setdefault(id(r), got)
                continue
            if len(prior) > 1 and re.search(
                r"\b(?:both|all(?:\s+of\s+them)?|each)\s+$",
                text[max(0, d.start - 90) : d.start][: trigger.start()],
            ):
                for r in prior:  # "a 25% tariff ... and a 10% rate ..., both effective Tuesday"
                    out.setdefault(id(r), got)
                continue
            if (
                len(prior) > 1
                and d.start > rates[-1].end
                # (one date after the first rate: "letters sent on Monday, which told A and B ...
                # 25% ... and 40% for C, also starting Aug. 1")
                and len(
                    [
                        x
                        for x in dates
                        if not in_dateline(text, x)
                        and x.start > prior[0].end
                        # (not the day it was said: "..., the government said Tuesday")
                        and not SAID_ON.search(text[max(0, x.start - 30) : x.start])
                    ]
                )
                == 1
                and not any(id(r) in out for r in prior)
                and not re.search(
                    r"[;]|\b(?:while|but|whereas|separate|another|although|though|avoid\w*|instead|"
                    r"rather|than|threaten\w*|could|half|twice|double)\b",
                    text[prior[0].end : d.start],
                )  # (not "a plan for 100% ..., as a separate 20% tariff took effect on ...")
                # (nor "A faces 15%, and the same rate applies from Thursday to B": B's day)
                and not re.search(_SAME_RATE_APPLIES, text[prior[0].end : d.start], re.I)
                # (not "... and the additional 25% duty, which has been in force since 27 August":
                # the relative clause is about the last one only)
                and not re.search(r",\s+which\b[^,;]*$", text[prior[-1].end : d.start])
                # (nor "a 24% rate for Japan, on top of a 10% baseline that had applied since
                # April 5": the last rate's own, older day)
                and not re.search(r"\b(?:that|which)\b[^,;]*\bsince\b", text[prior[-1].end : d.end])
                # (nor "secured 15%, averting the 25% rate that had been due to hit on Friday":
                # the day the one averted rate was due; but "levies that were due ..." is all
                # the rates')
                and not re.match(
                    r"\s*(?:%|per[\s-]*cent|percent)?(?:\s+[\w-]+){0,2}?\s+(?:rate|levy|tariff|duty|"
                    r"surcharge)\s+(?:that|which)\s+(?:was|had\s+been|is|has\s+been)\s+"
                    r"(?:due|set|scheduled|expected)\s+to\b",
                    text[prior[-1].end : d.start],
                )
                # (nor "cut to 15% from the current 27.5%, which combines ... the 25% levy on
                # cars that took effect on April 3": the clause's own rate)
                and not re.search(r",\s+which\b[^;]*$", text[prior[0].end : prior[-1].start])
            ):
                # "tariffs of 15% on chicken and corn, and 10% on soybeans and pork, starting
                # March 10": the one date closing the list is every rate's (but not one
                # "already" paid)
                for r in prior:
                    if (
                        r is prior[-1]
                        or not (
                            re.search(
                                r"\b(?:already|currently|existing|in\s+place)\b",
                                text[max(0, r.start - 80) : r.start],
                                re.I,
                            )
                            # ("on top of the 10% baseline Brazil had paid since April": its own day)
                            or re.match(
                                r"\s*(?:%|per[\s-]*cent|percent|pc)?[^.;,%]{0,60}?\bsince\b",
                                text[r.end : d.start],
                            )
                        )
                    ):
                        out[id(r)] = got
                continue
            if target is not None and id(target) not in out:
                out[id(target)] = got
                if len(prior) > 1 and RANGE_GAP.fullmatch(text[prior[-2].end : target.start]):
                    out.setdefault(id(prior[-2]), got)  # "from five to 50 percent ... from Jan 1"
            else:
                # "a 10% baseline from April 5, and steeper rates from April 9": the rates follow
                self.pending = got
        for d in dates:
            # a schedule: "set at 12% from March 1, rise to 16% on January 1, 2026 and reach 20%
            # on July 1, 2026": a date straight after a rate is that rate's
            before = [r for r in rates if r.end <= d.start and not r.companion]
            if before and id(before[-1]) not in out:
                gap = text[before[-1].end : d.start]
                if re.fullmatch(
                    # ("doubled its tariff to 50% from 25% on June 4": the change's day)
                    r"(?:\s+from\s+(?:the\s+|a\s+|an\s+)?(?:(?:current|existing|previous|earlier|"
                    r"prior|old)\s+)?\d[\d.]*\s*(?:%|per[\s-]*cent|percent))?"
                    r"\s*(?:on|from|as\s+of|starting(?:\s+on)?|effective)\s+",
                    # (a weekday carries its own "on": "to 20% from 10% on Tuesday")
                    gap
                    + ("on " if d.kind == "weekday" and re.match(r"on\s", d.text, re.I) else ""),
                ):
                    told_past = (
                        (
                            bool(re.match(r"\s+from\s", gap))
                            # ("Trump raised tariffs on steel to 50% on June 4")
                            or bool(
                                re.search(
                                    # (not "agreed to cut", "is cut": what is to come)
                                    r"(?<!to\s)(?<!is\s)(?<!are\s)(?<!be\s)"
                                    r"\b(?:raised|imposed|doubled|tripled|hiked|slapped|levied|"
                                    # (the goods may name a pact: "not covered by the
                                    # U.S.-Mexico-Canada Agreement"; "India's rate rose to 50
                                    # per cent on August 27")
                                    # ("The US cut the tariff on Chinese parcels to 54% on May 14")
                                    r"lifted|increased|rose|climbed|jumped|fell|dropped|cut|lowered|"
                                    r"reduced|slashed|trimmed|halved)\s+"
                                    r"(?:(?:[^.;%]|(?<=[A-Z])\.){0,80}?\s)?"
                                    r"(?:to|at)\s+$",
                                    text[max(0, before[-1].start - 100) : before[-1].start],
                                )
                            )
                            # ("India had been assigned 26 per cent on April 2")
                            or bool(
                                re.search(
                                    # ("Japan's rate had originally been set at 24% on April 2")
                                    r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:\w+ed|set|put|cut|hit)\s+"
                                    r"(?:[^.;%]{0,30}?\s)?$",
                                    text[max(0, before[-1].start - 60) : before[-1].start],
                                )
                            )
                        )
                        and not FUTURE_TENSE.search(text)
                        # "said it would raise" (in the rate's own clause, not "the measure would
                        # help with Washington, where Trump raised tariffs ... on June 4")
                        and not re.search(
                            r"\bwould\b",
                            re.split(r",\s+(?:where|when|which|while|after)\b", text[: d.start])[
                                -1
                            ],
                        )
                    )
                    if d.kind == "weekday" and not told_past:
                        continue  # ("secured reductions to 20 per cent on Thursday": a deal's day)
                    got, precision = resolve(
                        d,
                        self.published,
                        future=not told_past,
                        nearest=not told_past,
                        past=told_past,
                    )
                    if got is not None and precision == "day":
                        out[id(before[-1])] = got
        for a, b in zip(rates, rates[1:], strict=False):
            if (
                id(b) in out
                and id(a) not in out
                and not a.companion
                and TOTAL_AFTER.search(text[a.end : b.start])
                # (not "the 10% baseline Brazil had paid since April, bringing the total to 50%")
                and not re.match(r"[^.;,%]{0,60}?\bsince\b", text[a.end : b.start])
            ):
                out[id(a)] = out[id(b)]  # "an additional 40%, bringing the total to 50% from Aug 6"
            if (
                id(a) in out
                and id(b) not in out
                and ALONG_WITH.search(text[a.end : b.start])
                and not re.search(r"\bsince\b", text[a.end : b.start], re.I)
            ):  # (not "35%, in place since Aug. 1, as well as levies of 50%": another measure)
                out[id(b)] = out[
                    id(a)
                ]  # "take effect Tuesday, along with a lower 10 per cent rate"
        signing = AFTER_SIGNING.search(text)
        if signing and self.published and not any(id(r) in out for r in rates):
            # "signed an order on Monday imposing a 25% tariff, to take effect seven days after
            # the order was signed": counted from the day of signing, if the story gives it
            day = self._signed_day(signing, self._si)
            if day is not None:
                for r in rates:
                    if not r.companion and r.start < signing.start():
                        out[id(r)] = day
        self._event_day(text, rates, dates, out)
        self._same_order(text, rates, dates, out)
        return out

    def _same_order(self, text: str, rates: list[_Rate], dates: list, out: dict[int, date]) -> None:
        """'Goods have faced a 19% levy since Aug. 7, when the revised tariffs took effect. The
        same order set rates of 20% for Bangladesh and 25% for India': the day of the rate just
        told, for the rates the same measure set (not for one given its own later day)."""
        if not SAME_MEASURE.match(text):
            return
        last = next(
            (
                h
                for h in reversed(self.hits)
                if h.effective and not h.rate.companion and 0 < self._si - h.sentence <= 2
            ),
            None,
        )
        if last is None:
            return
        first_day = min((d.start for d in dates), default=len(text))
        for r in rates:
            if not r.companion and id(r) not in out and r.end <= first_day:
                out[id(r)] = last.effective

    def _event_day(self, text: str, rates: list[_Rate], dates: list, out: dict[int, date]) -> None:
        """The one day a sentence tells, for the rates its verb says took effect or changed that
        day: "On Aug. 1 the tariff rose to 35%", "The next day, 3 April, a 25% tariff on cars
        took effect", "doubled to 50% at 12:01 a.m. Wednesday", "Canada responded the following
        day, March 13, with 25% counter-tariffs". A day the sentence gives to a signing, a
        statement, a threat or a deadline is not the rates' day, nor is any day of a sentence
        that looks ahead."""
        todo = [r for r in rates if not r.companion and id(r) not in out]
        ahead = text
        if (
            dates
            and re.fullmatch(r"\W*On\s+", text[: dates[0].start])
            and text.startswith(",", dates[0].end)
            and (rel := FOLLOWING_AHEAD.search(text, dates[0].end))
        ):
            # "On Oct. 14, a 10% tariff on lumber took effect, alongside a 25% duty on cabinets
            # that is scheduled to rise to 50% on Jan. 1": the fronted day is that of the clause
            # before what lies ahead
            ahead = text[: rel.start()]
            todo = [r for r in todo if r.end <= rel.start()]
            dates = [d for d in dates if d.end <= rel.start()]
        if not todo or not self.published or FUTURE_TENSE.search(ahead):
            return
        days = [
            d
            for d in dates
            if d.kind in ("weekday", "relday", "mdy", "dmy", "iso", "nextday")
            and not _another_events_day(text, d)
            and not CALL_DAY.search(text, max(0, d.start - 90), d.start)
            and not re.search(r"\b(?:since|until|through|by|before)\s+$", text[: d.start], re.I)
            # (not "Under Monday's deal": the day of what it names)
            and not text.startswith(("'s", "’s"), d.end)
        ]
        # ("the following day, March 13": one day, its calendar date wins)
        days = _unique([prefer_absolute(d, days) for d in days])
        if len(days) != 1:
            return
        d = days[0]
        # (what is said after both the day and the rates, "up from the 34% it had announced a
        # week earlier", is another event's)
        told = text[: max(d.end, todo[-1].end)]
        verb = EVENT_VERB.search(ahead)
        if (
            verb is None
            and d.kind in ("mdy", "dmy", "iso")
            # (not the filing day of "BEIJING/WASHINGTON, Nov 12 (Reuters) -")
            and not in_dateline(text, d)
        ):
            # "On March 4, Washington raised the fentanyl tariff to 20%": a change told as done,
            # on a calendar day ("raised ... effective Friday" may still be ahead), for the rates
            # after the day (not "raised its rate to 84% and, on April 9, to 125%")
            verb = CHANGE_DONE.search(text)
            todo = [r for r in todo if r.start >= d.end]
        if verb is None or NOT_EVENT.search(told):
            return
        if PRESENT_EVENT.fullmatch(verb.group(0)) and not self.timeline:
            return  # ("the rate falls to 10%" tells the past only in a timeline's entry)
        got, precision = resolve(d, self.published, future=False)
        if got is None or precision != "day" or got > self.published:
            return
        for r in todo:
            a, b = (d.end, r.start) if d.end <= r.start else (r.end, d.start)
            if (
                # (one clause: not "a 20% tariff that came into force on August 7, while
                # transshipped goods are subject to 40%"; nor "removed most of its counter-tariffs
                # on Sept. 1 but has kept its 25 per cent duties on steel")
                CLAUSE_CUT.search(text, a, b)
                or re.search(
                    r"\sbut\s+(?:has|have|had|will|is|are|was|were|kept|keeps)\b", text[a:b]
                )
                # (nor "on Thursday, days after Washington slapped a 29% tariff")
                or EARLIER_EVENT.search(text, a, b)
                # (nor "to 20% on the same day, up from the 10% he had imposed on Feb. 4")
                or any(c.companion and a <= c.start < b for c in rates)
                # (nor "a 39% levy took effect, well above the 15% charged on EU goods", "...
                # remains in place, and British steel still faces a 25% duty")
                or COMPARED_WITH.search(text, a, b)
                or STATE_WORDS.search(text, max(0, r.start - 40), r.start)
                # (nor "doubling the 10% duty he had imposed in early February")
                or EARLIER_TOLD.match(text, r.end)
            ):
                continue
            out[id(r)] = got

    def _by_company_lead(self, si: int, text: str) -> str:
        """ "The duties, which have been in force since Oct. 30, 2024, vary by company and come
        on top of the standard 10% tariff": the day of the companies' rates told next (kept for
        them, and blanked here, so the other rate of the sentence does not take it)."""
        lead = BY_COMPANY_LEAD.match(text)
        if lead is None or not self.published:
            return text
        day = next(
            (d for d in find_dates(text) if lead.start("when") <= d.start < lead.end()), None
        )
        if day is None:
            return text
        got, precision = resolve(day, self.published, future=False)
        if got is None or precision != "day":
            return text
        self.later_date = (got, si)
        return text[: day.start] + " " * (day.end - day.start) + text[day.end :]

    def _dated_baseline(self, kind: str, imposer: str) -> date | None:
        """The day of a baseline rate already read for the same imposer, if it is a baseline."""
        if kind != "baseline":
            return None
        return next(
            (
                h.effective
                for h in self.hits
                if h.kind == "baseline" and h.imposer == imposer and h.effective
            ),
            None,
        )

    def _later_effective(self, text: str, si: int = 0) -> None:
        """ "The new rates are effective from Saturday": dates for the rates just read."""
        # "Here are the rates, all effective Aug. 1:" (not "..., which follow the same template:
        # goods transshipped will be hit with that rate", an explanation with no rate of its own)
        introduces = text.rstrip().endswith(":") and (
            si + 1 >= len(self.sentences) or bool(RATE.search(self.sentences[si + 1].text))
        )
        if re.match(
            r"\W*(?:Shipments|Goods|Cargoes|Products|Imports)\b[^.;]*\b(?:exempt(?:ed)?\s+from|"
            r"(?:pay|face|be\s+charged)\s+the\s+(?:old|previous|prior|earlier|existing)\s+"
            r"(?:rates?|tariffs?|duties|levies))\b",
            text,
        ):
            # "Shipments that ... arrive by April 12 will be exempt from the new duties"; "Goods
            # loaded before August 7 and cleared by October 5 will pay the old rates"
            return
        found = self._effective_days(text, si)
        for got, at in found:
            self.later_date = (got, si)
            if (
                re.match(
                    r"\W*The\s+(?:new|revised|country-specific|reciprocal)\s+(?:rates|tariffs|duties|levies)\b"
                    # ("The rates take effect in seven days, on August 7")
                    r"|\W*(?:The|These)\s+rates\s+(?:will\s+)?(?:take|come)\s+(?:into\s+)?(?:effect|force)\b",
                    text,
                )
                # ("Higher country-specific rates, which ..., are due to kick in on April 9")
                or COUNTRY_RATES_LEAD.match(text)
                or MANY_RATES_TOOK_EFFECT.search(text)
                or re.search(
                    # "..., with the higher duties due to be collected from Aug. 7": a lead of many
                    r"\bwith\s+the\s+(?:new|higher|revised)\s+(?:rates|tariffs|duties|levies)\b"
                    # "The order ... sets the new rates to take effect on August 7"
                    r"|\b(?:the|these)\s+new\s+(?:country\s+)?(?:rates|tariffs|duties|levies)\b[^.;%]{0,25}?"
                    r"\b(?:take|takes|took|come|comes|came|kick|kicks|kicked)\s+(?:into\s+)?(?:effect|force|in)\b",
                    text,
                )
            ):
                # "The new rates take effect in seven days": the day of each country's rate
                # the next lines give
                self.span_date = (got, si)
            # (the clause of the day, not an explanation after a colon: "..., which follow the
            # same template: transshipped goods will be hit with that higher rate")
            if OTHER_RATE.search(text.split(": ")[0]) and not (
                # ("The lower rate applies from Aug 7" after a cut: the new rate itself)
                re.match(
                    # ("The department said on Monday that the lower rate would apply to Swiss
                    # imports from December 1")
                    r"\W*(?:The|[^.;]{0,60}?\b(?:said|announced|confirmed)\s+(?:on\s+\w+\s+)?"
                    r"(?:that\s+)?the)\s+(?:new\s+)?(?:lower|higher)\s+(?:rate|tariff|duty|levy)\b",
                    text,
                )
                and any(
                    h.status in ("lowered", "raised") and si - h.sentence <= 2 for h in self.hits
                )
            ):
                return  # "could face the higher rate from 9 July": another rate than the ones read
            if introduces:
                if self.ctx_imposer:
                    self.pending_effective = (got, si, self.ctx_imposer)
                    self.pending_done = False
                return
            every = re.match(
                r"^\W*All\s+(?:the\s+)?(?:new\s+|other\s+)?(?:tariffs|duties|levies|rates|"
                r"(?:rate|duty|tariff)\s+changes|changes)\b"
                # ("All five apply from March 10" under a list of five goods and their rates)
                r"|^\W*All\s+(?:the\s+)?(?P<n>three|four|five|six|seven|eight|nine|ten)(?:\s+of\s+them)?"
                r"\s+(?:new\s+)?(?:\w+\s+)?(?:will\s+)?(?:apply|applies|take|come|kick|start|begin)\b",
                text,
            )
            recent = [
                h
                for h in self.hits
                # ("All tariffs in this Proclamation take effect ...": the whole list before)
                if h.sentence >= self.last_rate_sentence - (8 if every else 3)
                and not h.rate.companion
                and h.effective is None
            ]
            if every and every.group("n"):
                recent = recent[-NUMBER_WORDS[every.group("n").lower()] :]  # (those five only)
            if MANY_RATES_TOOK_EFFECT.search(text):
                # ("..., which leaves them at the 10% baseline. An order sets new rates for
                # dozens of partners that take effect on Aug. 7": the day of the rates told next)
                # (nor "Trump had announced 31% before pausing it; since April they have paid 10%",
                # nor rates told paragraphs before)
                recent = [
                    h
                    for h in recent
                    if h.targets != [STAR]
                    and si - h.sentence <= 2
                    and h.status != "paused"
                    and not CARRIED_OVER.search(self.sentences[h.sentence].text)
                ]
            subject = LATER_EFFECT.search(text)
            named = _scope_words(text[subject.start() : at]) if subject else set()
            if named:  # "The levy on finished vehicles takes effect on April 3": the vehicles' rate
                recent = [h for h in recent if _overlap(_scope_words(h.scope), named)] or []
            elif re.search(
                r"\b(?:new|higher|lower)\s+(?:[\w.]+\s+)?(?:rate|tariff|duty|levy)\b",
                text,
                re.I,
            ):  # "The higher U.S. rate took effect on Wednesday": the rate that changed
                changed = [h for h in recent if h.status in ("raised", "lowered")]
                recent = changed or recent
            elif one := re.search(r"\bthe\s+(?:(?P<up>increase|hike|rise)|cut|reduction)\b", text):
                # "The ministry said the increase would take effect from April 1": the one raised
                # just before, not every rate of the story
                moved = [
                    h
                    for h in recent
                    if h.status == ("raised" if one.group("up") else "lowered")
                    and si - h.sentence <= 1
                ]
                recent = moved[-1:] if len(moved) == 1 else moved
            elif re.match(
                r"^\W*(?:The|These|Those)\s+(?:[\w-]+\s+)?(?:reductions|cuts|increases)\b",
                text,
            ):
                # "The reductions take effect on Wednesday": every rate that changed, both sides'
                recent = [h for h in recent if h.status in ("raised", "lowered")] or recent
            elif not re.match(r"^\W*(?:Both|All)\b", text):
                # "The duties had been due to start ...": the measure just reported, whose
                # imposer is the last one named (not the other side's duties it answered;
                # "Both sets of cuts are to be in place by Wednesday" are both sides')
                recent = [h for h in recent if h.imposer == self.hits[-1].imposer]
            if re.match(
                r"^\W*(?:That|This)\s+(?:[\w-]+\s+){0,2}?(?:rate|levy|tariff|duty)\b", text
            ):
                # "The 20 per cent rate is less than half the 46 per cent announced on April 2.
                # That rate took effect on April 9": the one rate told last (on each country it
                # was told for: "..., the same rate as Japan and the EU")
                recent = [
                    h
                    for h in recent
                    if h.sentence == recent[-1].sentence and h.rate.value == recent[-1].rate.value
                ]
            for h in recent:
                h.effective = got
            if not recent and self.ctx_imposer:
                # "the duties will apply from Friday" before the rates are listed: for what follows
                self.pending_effective = (got, si, self.ctx_imposer)
                self.pending_done = False
            return

    def _the_duty_since(self, si: int, text: str, since: re.Match) -> None:
        """ "... after a 50% US tariff on most Brazilian goods. The duty, in effect since August
        6, stacks ...": the day of the rate the sentence before told, named again."""
        day = next((d for d in find_dates(text) if d.start >= since.end() - 1), None)
        if day is None or day.start - since.end() > 2:
            return
        got, precision = resolve(day, self.published, past=True)
        if got is None or precision != "day":
            return
        told = [h for h in self.hits if h.sentence == si - 1 and not h.rate.companion]
        if len(told) == 1 and told[0].effective is None:
            told[0].effective = got

    def _entry_took_effect(self, si: int, text: str) -> None:
        """ "JANUARY 20 - Trump signs orders placing 25% tariffs on Colombia and Peru. ...
        FEBRUARY 4 - The Colombia and Peru tariffs take effect": a timeline entry's day is that
        of the undated rates told before on the countries it names."""
        day = self._day_told_from(text, TIMELINE_DAY, self.published)
        named = {c for _, _, c, _ in find_countries(text)}
        if day is None or not named:
            return
        for h in self.hits:
            if (
                si - 12 <= h.sentence < si
                and h.effective is None
                and not h.rate.companion
                and set(h.targets) <= named
            ):
                h.effective = day

    def _it_took_effect(self, si: int, text: str) -> None:
        """ "... set the Swiss rate at 39 per cent. It took effect on August 7": the day of the
        rates the sentence before told, not of older ones it set beside them ("on top of the 10%
        baseline applied since April")."""
        found = self._effective_days(text, si)
        if not found:
            return
        told = self.sentences[si - 1].text
        starts = sorted({h.rate.start for h in self.hits if h.sentence == si - 1})
        for h in self.hits:
            if h.sentence != si - 1 or h.effective is not None or h.rate.companion:
                continue
            # (the words from the rate to the next one: "10% baseline tariff ... since April")
            end = next((x for x in starts if x > h.rate.start), len(told))
            told_of = told[h.rate.start : end]
            if not CARRIED_OVER.search(told_of) and not re.search(r"\bbaseline\b", told_of):
                h.effective = found[0][0]

    def _effective_days(self, text: str, si: int) -> list[tuple[date, int]]:
        """The days a sentence says rates apply from, each with where it is told."""
        found = []
        dates = find_dates(text)
        for d1, d2 in zip(dates, dates[1:], strict=False):
            if (
                re.fullmatch(r"\s+(?:to|until)\s+", text[d1.end : d2.start])
                and re.search(r"\bfrom\s+$", text[: d1.start])
                and PUSHED_BACK.search(text, 0, d1.start)
                and self.published
            ):
                # "an order pushing back the start of the higher rates from July 9 to August 1":
                # the day they were moved to
                got, precision = resolve(d2, self.published, future=True)
                if got is not None and precision == "day":
                    return [(got, d2.start)]
        told_from = self.published
        first = self._paragraph_start(si)
        if first < si and self.published:
            # ("MARCH 8, 2025 - Beijing announces 100% tariffs on canola. The duties take effect
            # March 20.": counted from the entry's day, not the story's)
            told_from = (
                self._day_told_from(self.sentences[first].text, TIMELINE_DAY, told_from)
                or told_from
            )
        for d in dates:
            trigger = _effective_trigger(text, d, 60)
            if not trigger or re.match(r"\s+(?:deadline|cutoff|cut-off)\b", text[d.end :]):
                continue
            # "from Wednesday, Sept. 10", "take effect in seven days, on August 7": the day its
            # date names
            d = prefer_absolute(d, dates, text)
            anchor = told_from
            if d.kind == "nextday" and self.published:
                # "will be published in the gazette on Wednesday and the duties will apply from
                # the following day": the day after that Wednesday
                anchor = self._counted_from(text, d, find_dates(text), future=True) or anchor
            got, precision = resolve(
                d,
                anchor,
                future=not EFFECTIVE_PAST.search(trigger.group(0))
                and not _put_in_place(text, d, self.published),
                # "took effect on February 4", told in December (not told from a day before)
                past=self.published == self.story_day and _told_done(text, d),
                nearest=not FUTURE_TENSE.search(
                    text[: d.end]
                ),  # "will impose ... effective Monday"
            )
            if got is not None and precision == "day":
                found.append((got, d.start))
        if (
            not found
            and self.published
            # (a month in "ordered by Trump last month" is when it was ordered, not a day)
            and not any(d.kind not in ("relweek", "month") for d in find_dates(text))
            and re.search(
                r"\b(?:took\s+effect|kicked\s+in|came\s+into\s+(?:force|effect)|went\s+into\s+effect)\s+"
                r"at\s+(?:[\d:.]+\s*(?:a\.m\.|p\.m\.|am|pm)|midnight)",
                text,
                re.I,
            )
        ):
            # "The U.S. levies took effect at 12:01 a.m. EST": today, in the day's story
            found.append((self.published, len(text)))
        now = EFFECTIVE_NOW.search(text)
        if (
            not found
            and self.published
            and now
            # (a day may be the notice's own: "According to a notification issued on
            # Thursday, the duties come into force with immediate effect")
            and all(ISSUED.search(text[max(0, d.start - 80) : d.start]) for d in find_dates(text))
        ):
            # "The ministry said the new rates apply effective immediately": from the day the
            # order was signed, if the sentences just before say, else from the day of the story
            found.append((self._issue_date(si), now.start()))
        signing = AFTER_SIGNING.search(text)
        if not found and signing and self.published:
            # ("21 days after the order was signed, that is, on August 27": the day it names)
            named = re.match(
                r"[^.;]{0,20}?,\s+(?:that\s+is|i\.e\.)\s*,?\s+(?:on\s+)?", text[signing.end() :]
            )
            told = named and next(
                (d for d in find_dates(text) if d.start == signing.end() + named.end()), None
            )
            day = resolve(told, self.published, future=True)[0] if told else None
            day = day or self._signed_day(signing, si)
            if day is not None:
                found.append((day, signing.start()))
        on_publication = ON_PUBLICATION.search(text)
        if not found and on_publication and self.published:
            # "the duties shall be effective from the date of publication of the notice": the
            # day the sentences say it was published
            found.append((self._publication_date(si), on_publication.start()))
        offset = AFTER_PUBLICATION.search(text)
        if not found and offset and self.published:
            # "The measure will take effect 30 days after publication" (of the decree just named)
            days = offset.group("n")
            days = int(days) if days.isdigit() else NUMBER_WORDS.get(days.lower())
            if days:
                found.append((self._publication_date(si) + timedelta(days=days), offset.start()))
        return found

    def _signed_day(self, signing: re.Match, si: int) -> date | None:
        """ "take effect seven days (or two weeks) after the order was signed": that many days
        after the day the sentences say it was signed, if they say."""
        signed = self._issue_date(si, exact=True)
        if signed is None:
            return None
        n = signing.group("n").lower()
        n = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 1)
        return signed + timedelta(
            days=n * 7 if signing.group("unit").lower().startswith("week") else n
        )

    def _issue_date(self, si: int, exact: bool = False) -> date | None:
        """The day the order was signed or issued, if the sentences just before say; else the
        article's (or None when ``exact``)."""
        for s in reversed(self.sentences[max(0, si - 3) : si + 1]):
            for d in find_dates(s.text):
                if re.search(
                    r"\bafter\s+(?:the\s+|it\s+|its\s+)?(?:order\s+|proclamation\s+|decree\s+)?"
                    r"(?:was\s+)?(?:signed|issued)\b[^.;]{0,30}$",
                    s.text[: d.start],
                ):
                    continue  # "21 days after the order was signed, that is, on August 27": the end
                if ISSUED.search(s.text[max(0, d.start - 80) : d.start]) or re.match(
                    r"\s+(?:signed|issued)\b",
                    s.text[d.end :],  # "Trump on Wednesday signed"
                ):
                    got, precision = resolve(d, self.published, future=False)
                    if got is not None and precision == "day":
                        return got
        return None if exact else self.published

    def _publication_date(self, si: int) -> date:
        """The day the decree was published, if the sentences just before say; else the article's."""
        for s in reversed(self.sentences[max(0, si - 2) : si + 1]):
            for d in find_dates(s.text):
                if (
                    re.search(
                        r"\bpublish\w*\b(?:[^.;]|\bi\.e\.|\bviz\.){0,60}$", s.text[: d.start], re.I
                    )
                    or re.search(
                        r"\bpublication\b[^.;]{0,60},?\s+(?:i\.e\.|viz\.|namely)\s*$",
                        s.text[: d.start],
                        re.I,
                    )
                    or re.match(
                        # "the finance ministry on Monday notified anti-dumping duty on ..."
                        r"\s+(?:notified|published|gazetted)\b",
                        s.text[d.end :],
                    )
                ):
                    got, precision = resolve(d, self.published)
                    if got is not None and precision == "day":
                        return got
        return self.published

    # sentences without a rate -------------------------------------------------
    def _read_measure(self, si: int, text: str, mentions: list[_Mention]) -> None:
        """ "China will impose additional tariffs on US products starting from Feb. 10"."""
        if HYPOTHETICAL.search(text):
            return  # "if Washington were to impose a tariff ..., Swiss growth could slow": a what-if
        if si > 0 and text.rstrip().endswith("?"):
            return  # "How did Amman get the rate lowered?": an explainer's question, no measure
        agents = [
            m.code
            for m in mentions
            if m.part in ("agent", "dest")
            # "warned that if Seoul raised its own duties in response": a condition, no measure
            and not IF_BEFORE.search(text[max(0, m.start - 40) : m.start])
        ]
        targets = [
            m.code for m in mentions if m.part in ("target", "faces") and m.code not in agents[:1]
        ]
        if re.search(
            r"\b(?:tariffs?|duties|levies)\s+on\s+(?:all\s+)?(?:imported|foreign(?:-made)?)\s",
            text,
            re.I,
        ):
            # "New U.S. tariffs on imported timber took effect, adding costs for Swedish
            # sawmills": goods from anywhere, so no country is the story's target
            targets = []
        if not agents and targets and TARIFF_NOUN.search(text):
            # "EU member states signed off on duties targeting American goods": the one named
            # beside the goods' country acts
            # (not one the duties go to: "... no less favorable than those applied to Taiwan")
            agents = [
                m.code
                for m in mentions
                if m.part == ""
                and m.code not in targets
                and not re.search(
                    r"\b(?:to|on|for|than|with|against)\s+(?:the\s+)?$",
                    text[max(0, m.start - 12) : m.start],
                )
            ][:1]
        by = ORDERED_BY.search(text)
        if (
            by
            and (
                TARIFF_NOUN.search(text[: by.start()])
                # ("An executive order signed by President Donald Trump sets new rates")
                or re.search(r"\b(?:order|proclamation|decree)\s+$", text[: by.start()], re.I)
                and re.search(r"\brates\b", text[by.end() :])
            )
        ):
            # "The higher duties were ordered by President Donald Trump": his country's
            person = [r for r in self.reader.refs[si] if by.end() <= r.start <= by.end() + 40]
            if person and person[0].people[0].country:
                agents = [person[0].people[0].country]
        if agents and OFFERED.search(text):
            # "He said Thailand had offered to cut its own tariffs ... but gave no figures": an
            # offer in passing, not the measure the story goes on to list
            agents = []
        if agents:
            self.ctx_imposer = agents[0]
            self.last_measure_sentence = si  # "The measures take effect on January 1" may follow
        if targets and targets[0] != self.ctx_imposer:
            # (not the acting country's own: "treatments that are not manufactured in India")
            self.ctx_target = targets[0]
            self.body_target = self.body_target or not _headline(text, si)
        for kind, pattern in KIND_WORDS:
            hit = pattern.search(text) if kind != "baseline" else None
            if hit and agents:
                # "Canada's retaliatory tariffs ... Washington's own duties": the kind is Canada's
                near = [m for m in mentions if m.part in ("agent", "dest") and m.end <= hit.start()]
                owner = [
                    m for m in mentions if 0 <= hit.start() - m.end <= 3
                ]  # "Canada's counter..."
                code = owner[-1].code if owner else near[-1].code if near else None
                if code:
                    self.article_kinds[code] = kind
        scope = re.search(
            r"\b(?:tariffs?|duties|levies)\s+on\s+(?P<what>[^,;.()]{3,60})", text, re.I
        )
        if scope and SECTORS.search(scope.group("what")) and not self.ctx_scope:
            self.ctx_scope = GOODS_LEAD.sub("", GOODS_END.split(scope.group("what"))[0].strip())
            self.ctx_scope_of = agents[0] if agents else None
        if agents and targets and self.published:
            # "will cut tariffs on goods from A, B and C from March 1 while raising the levy on
            # D": each country the day after it, or the last day when none follows
            named = [m for m in mentions if m.part in ("target", "faces") and m.code != agents[0]]
            days = []
            for d in find_dates(text):
                trigger = _effective_trigger(text, d, 40)
                if trigger:
                    got, precision = resolve(
                        d,
                        self.published,
                        future=not EFFECTIVE_PAST.search(trigger.group(0)),  # "came into force"
                        nearest=not FUTURE_TENSE.search(text),
                    )
                    if got and precision == "day":
                        days.append((d.start, got))
            for m in named:
                day = next((got for at, got in days if at >= m.end), days[-1][1] if days else None)
                if day:
                    self.measure_dates.setdefault((agents[0], m.code), day)
        actor = agents[0] if agents else self.home if si <= 3 else None
        if actor and not targets and self.published and not self.pending_effective:
            # "Several economies will see lower tariffs on their exports to the United States
            # from March 2", "WASHINGTON - ... the tariff rates their exports will face from
            # Feb. 1": the day of the rates the next lines give
            for d in find_dates(text):
                took = MEASURE_TOOK_EFFECT.match(text, d.end) if d.start < 12 else None
                # ("New Mexican tariffs on ... took effect on January 1. Chinese-made light
                # vehicles now pay 50 per cent": that day, told as done)
                done = _effective_trigger(text, d, 40) and _told_done(text, d)
                if (
                    took
                    or done
                    or _effective_trigger(text, d, 40)
                    and not EFFECTIVE_PAST.search(text)
                ):
                    # ("On Thursday the country-by-country tariff schedule took effect. Rates now
                    # range from 19 per cent for Malaysia ...": that Thursday, told as done)
                    got, precision = resolve(
                        d, self.published, future=not (took or done), past=bool(done)
                    )
                    # ("issued a decree cutting duties on a list of products, effective from
                    # March 31", told in July: that March, not the next)
                    got = self._this_years(text, d, got)
                    if got and precision == "day":
                        self.pending_effective = (got, si, actor)
                        self.pending_from_anywhere = None if took else si
                        # (a day told as done reaches only the next two lines: not "Imports
                        # from the UK are capped at 10%" paragraphs after "took effect Tuesday")
                        self.pending_done = bool(done)
                        break

    def _extend(self, si: int, text: str, mentions: list[_Mention]) -> None:
        """ "South Korea, Thailand and India are also affected": the last rate, more targets."""
        last = [
            h for h in self.hits if h.sentence == self.last_rate_sentence and not h.rate.companion
        ]
        if not last:
            return
        seen: set[tuple[float, str]] = set()
        for head in last:
            for m in mentions:
                if (
                    m.code in (head.imposer, STAR)
                    or any(h.targets[0] == m.code for h in last)
                    or (head.rate.value, m.code) in seen
                ):
                    continue
                seen.add((head.rate.value, m.code))
                self.hits.append(
                    _Hit(
                        head.rate,
                        head.imposer,
                        [m.code],
                        head.scope,
                        head.kind,
                        head.status,
                        head.effective,
                        si,
                        head.previous,
                        ["target listed after the rate"],
                    )
                )

    # merging --------------------------------------------------------------------
    def _members_to_union(self) -> None:
        """A member state of the EU read as a side of a rate: the Union's side of it.

        "Spanish group Vall Companys was assigned 20.3%" under China's duties on EU pork is
        China's rate on the EU. A member read as the imposer is a company's home, not a side: the
        rate is that of whoever acts on the EU in the story, or, with no one, none at all.
        """
        on_union = Counter(
            h.imposer
            for h in self.hits
            if h.imposer not in EU_MEMBERS and h.imposer != "EU" and "EU" in h.targets
        )
        # ("goods from Denmark, Norway, Sweden, France, ... and the United Kingdom would face
        # 10%": members listed one by one beside countries outside the Union, each its own)
        listed: dict[int, set[str]] = {}
        for h in self.hits:
            listed.setdefault(id(h.rate), set()).update(h.targets)
        one_by_one = {
            key
            for key, codes in listed.items()
            if len(codes & EU_MEMBERS) >= 2 and codes - EU_MEMBERS - {"EU", STAR}
        }
        for h in list(self.hits):
            if not (set(h.targets) & EU_MEMBERS or h.imposer in EU_MEMBERS):
                continue
            if id(h.rate) in one_by_one and h.imposer not in EU_MEMBERS and h.imposer != "EU":
                continue
            h.targets = list(dict.fromkeys("EU" if t in EU_MEMBERS else t for t in h.targets))
            if h.imposer in EU_MEMBERS or h.imposer == "EU" and h.targets == ["EU"]:
                if h.targets != ["EU"] or not on_union:
                    self.hits.remove(h)
                    continue
                h.imposer = on_union.most_common(1)[0][0]
            if h.imposer in h.targets:
                self.hits.remove(h)

    def _merge(self) -> list[Tariff]:
        kept: list[_Hit] = []
        headline = bool(self.sentences) and _headline(self.sentences[0].text, 0)
        self._date_spanned_rates()
        self._baseline_day()
        self._members_to_union()
        for h in self._superseded_ranges():
            self.hits.remove(h)
        if headline:
            # a terse headline read otherwise than the body tells the same rate ("Bangkok agrees
            # to cuts as Washington trims levy to 15%" beside "the U.S. will cut its tariff on
            # Thai products to 15%"): the body's reading
            for h in [h for h in self.hits if h.sentence == 0]:
                body = [k for k in self.hits if k.sentence > 0 and k.rate.value == h.rate.value]
                if body and not any(k.imposer == h.imposer for k in body):
                    self.hits.remove(h)  # (the same imposer with other countries: both stand)
                elif not body and any(
                    k.sentence > 0
                    and k.imposer == h.imposer
                    and k.rate.value != h.rate.value
                    and int(k.rate.value) == h.rate.value
                    for k in self.hits
                ):
                    self.hits.remove(h)  # "up to 38pc" over a body's 38.09pc: the same, rounded
        for h in self.hits:
            for k in kept:
                if _same_measure(h, k, headline):
                    if k.sentence == 0 and h.sentence > 0 and h.scope in (None, "all goods"):
                        # ("Japan clinches 15% deal" over "sets a 15 per cent tariff on Japanese
                        # goods": a later "cars will be charged 15 per cent" is another measure)
                        k.told_below = True
                    k.effective = k.effective or h.effective
                    if k.kind == "other" and h.kind != "other":
                        k.kind = h.kind
                    if (k.scope in (None, "all goods")) and h.scope not in (None, "all goods"):
                        k.scope = h.scope
                    if k.status == "announced" and h.status != "announced":
                        k.status = h.status
                    break
            else:
                kept.append(h)
        baselines = {
            (h.imposer, h.rate.value) for h in kept if h.targets == [STAR] and h.kind == "baseline"
        }
        for h in kept:
            if (
                h.kind == "other"
                and h.targets != [STAR]
                and h.scope in (None, "all goods")
                and any(imp == h.imposer and h.rate.value > base for imp, base in baselines)
            ):
                # a country's own higher rate beside the same government's baseline on everyone:
                # the reciprocal design ("a 29% tariff ... higher than the 10% baseline")
                h.kind = "reciprocal"
        return [self._tariff(h) for h in kept]

    def _tariff(self, h: _Hit) -> Tariff:
        s = self.told[h.sentence]
        named = "imposer named" in h.sources and (
            "target named" in h.sources or "all partners" in h.sources
        )
        context = sum("context" in x for x in h.sources)
        conf = (
            Confidence(HIGH, "rate, imposer and target in one sentence")
            if named
            else Confidence(MEDIUM, "imposer or target read from earlier sentences")
            if context < 2
            else Confidence(LOW, "imposer and target both read from earlier sentences")
        )
        return Tariff(
            imposer=h.imposer,
            target=h.targets[0],
            rate_pct=int(h.rate.value) if h.rate.value == int(h.rate.value) else h.rate.value,
            kind=h.kind,
            scope=h.scope,
            status=h.status,
            effective=h.effective.isoformat() if h.effective else None,
            previous_pct=h.previous,
            evidence=Evidence(s.text, s.start, s.end, s.text[h.rate.start : h.rate.end]),
            confidence=conf,
        )


def _another_time(text: str) -> bool:
    """Whether a sentence of rates tells another time than the measure just named: a day or a
    month of its own ("Under the April schedule"), or words of the past ("Initially", "At the
    time of the Liberation Day announcement") - but not one in an aside about a deal or a
    country ("Vietnam's 20% rate, agreed in early July,", "Thailand, whose border clash ended in
    July,")."""
    if OTHER_TIME_WORDS.search(text):
        return True
    aside = r",\s+(?:agreed|reached|struck|negotiated|whose|which|who)\s+[^,;%]{0,40}$"
    return any(not re.search(aside, text[: d.start]) for d in find_dates(text)) or any(
        not re.search(aside, text[: mo.start()]) for mo in MONTH_WORD.finditer(text)
    )


def _conditional_threat(text: str, r: _Rate) -> bool:
    """ "Trump warned tariffs on Chinese goods could climb to 50% if Beijing falls behind"."""
    could = COULD_BEFORE.search(text, 0, r.start)
    cond = re.match(r"[^.;,]*?(?:,\s*)?\b(?:if|unless)\b", text[r.end :])
    # (a day for the rate itself, told before its condition: "could rise to 50% on Aug. 27
    # unless ..."; not the condition's deadline, "... if no deal is reached on Aug. 1")
    return bool(
        could
        and cond
        and not THREAT_DATED.search(text, could.start(), r.end + cond.end())
        and not re.search(r"\blist\s+of\b", text)
    )


def _listed_countries(text: str, n: int) -> list[str] | None:
    """The last list of exactly ``n`` countries written out as "A, B and C" in ``text``, unless
    the list is the subject that acts ("China, Japan and Australia hit Canada with ...")."""
    found = [(a, b, code) for a, b, code, _ in find_countries(text)]
    runs: list[list[tuple[int, int, str]]] = []
    for item in found:
        if runs and re.fullmatch(r"\s*,\s*|,?\s+(?:and|&)\s+", text[runs[-1][-1][1] : item[0]]):
            runs[-1].append(item)
        else:
            runs.append([item])
    for run in reversed(runs):
        codes = _unique([code for _, _, code in run])
        if (
            len(codes) == n
            and len(run) == n
            and re.search(r"\band\b|&", text[run[0][1] : run[-1][0]])
        ):
            if re.match(r"\W*$", text[: run[0][0]]) or re.match(
                r"\s+(?:hit|hits|imposed|imposes|slapped|levied|raised|placed|put)\b",
                text[run[-1][1] :],
            ):
                return None  # the list acts: it imposes, it is no payer
            return codes
    return None


def _plain_label(s: Sentence) -> Sentence:
    """ "SOUTH AFRICA - 30% (31%)": a factbox line's capitals read as the country's name
    ("South Africa - 30% (31%)"), the same length, so offsets hold."""
    m = CAPS_LABEL.match(s.text)
    if m is None:
        return s
    label = re.sub(
        r"[A-Z]+",
        lambda w: w.group(0).lower() if w.group(0) in LABEL_SMALL_WORDS else w.group(0).title(),
        m.group("label"),
    )
    if not find_countries(label):
        return s
    return replace(s, text=s.text[: m.start("label")] + label + s.text[m.end("label") :])


def _next_tariff_word(text: str, pos: int) -> int:
    noun = TARIFF_NOUN.search(text, pos)
    return noun.start() if noun else len(text)


def _relative_head(text: str, pos: int, mentions: list[_Mention]) -> _Mention | None:
    """The country a ", which ..." clause hangs on, when ``pos`` is inside that clause or in the
    main clause just after it ("The EU, which surrounds Switzerland, agreed ... its exports")."""
    for rel in reversed(list(RELATIVE.finditer(text, 0, pos))):
        head = next(
            (m for m in mentions if not m.person and m.end == rel.start()),
            None,
        )
        if head is None:
            continue
        closing = text.find(",", rel.end(), pos)
        if closing < 0:
            return head  # "its" inside the clause
        # (after the clause closes, no other country before "its")
        if not any(
            closing < m.start < pos and not m.person and m.code != head.code for m in mentions
        ):
            return head
        return None
    return None


def _acts_at(text: str, pos: int) -> bool:
    """Whether a verb of imposing follows the body named just before ``pos`` ("(ITAC) imposed",
    "has cut")."""
    return bool(IMPOSE_VERB.match(text, BODY_GAP.match(text, pos).end()))


def _rate_on_country(text: str, at: int | None = None) -> bool:
    """ "Trump announced a 26 per cent rate on India", "a 20% rate for Vietnamese goods", "the
    31 per cent Trump first announced for Switzerland": a rate set on a country is a tariff,
    whatever else the sentence calls it (the rate starting at ``at``, or any)."""
    for pattern in (RATE_ON, RATE_SET_FOR, RATE_CHARGED_ON):
        found = [pattern.match(text, at)] if at is not None else pattern.finditer(text)
        for m in found:
            if m is None:
                continue
            named = find_countries(text[m.end() : m.end() + 40])
            if named and named[0][0] == 0:
                return True
    return False


def _effective_trigger(text: str, d, reach: int, moves: bool = False) -> re.Match | None:
    """The words before a date that make it the day a rate applies; "from the 16th" carries
    its own "from". With ``moves``, also a rate told moving right before the day ("will rise
    to 15 per cent on Friday")."""
    lead = re.match(r"(?:from|since|starting|as\s+of)\s+", d.text, re.I)
    if CALL_DAY.search(text, max(0, d.start - reach), d.start):
        return (
            None  # "sanctions imposed on its officials during a video call on Monday": the call's
        )
    got = EFFECTIVE.search(
        text[max(0, d.start - reach) : d.start] + (lead.group(0) if lead else "")
    )
    if got is None and moves and d.kind in ("weekday", "mdy", "dmy", "iso"):
        got = MOVES_ON.search(text, max(0, d.start - reach), d.start)
    if (
        got
        # (not "will face a 39% tariff, but not until Sept. 1": the day it starts)
        and re.search(
            r"(?<!\bnot\s)\b(?:until|till)\s+$", text[max(0, d.start - 16) : d.start], re.I
        )
        and not re.search(r"\b(?:deferred|postponed|delayed|back)\s+until\s*$", got.group(0), re.I)
    ):
        # "paid the 10% baseline that applied to all partners until August 8": the day it ended
        return None
    return got


def _unquoted(q: re.Match) -> str:
    """A scare-quoted word, or a quoted rate put by a verb of imposing ('would put a tariff of
    "approximately 100%" on chips'; not 'said a tariff of "about 100%" was "unthinkable"'),
    as plain words with the same offsets."""
    if q.group(1) is not None:
        return f" {q.group(1)} "
    if re.search(
        r"\b(?:put|puts|putting|impos\w+|levy|levies|levied|slap\w*|apply|applies|applied|charg\w+)\s+"
        r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:tariff|duty|levy|surcharge)\s+of\s+$",
        q.string[: q.start()],
        re.I,
    ):
        return f" {q.group(2)} "
    return q.group(0)


def _put_in_place(text: str, d, published: date | None = None) -> bool:
    """Whether the clause before a date tells the rate as put in place already ("the 10%
    baseline tariff that Washington placed on British goods from April 5", "Canada added a 25%
    tariff ... from March 13"): the nearest such day, not next year's."""
    clause = re.split(r"[;:]|(?<![A-Z])\.\s", text[max(0, d.start - 160) : d.start])[-1]
    put = [
        p
        for p in PUT_IN_PLACE.finditer(clause)
        # (not "Ottawa may yet put", "expect Washington to soon put", "If Washington put ...":
        # still a maybe)
        if not (
            p.group(0).lower().startswith("put")
            and re.search(
                r"\b(?:will|would|could|may|might|should|shall|can|must|to|if|unless|whether)\s+"
                r"(?:\w+\s+){0,3}$",
                clause[: p.start()],
                re.I,
            )
        )
    ]
    if published is not None and d.kind in ("mdy", "dmy"):
        nearest = parse_absolute(d.text, published)
        if nearest is not None and nearest > published:
            return False  # ("added a 25% surtax, effective December 15", told in October: ahead)
    # (what follows the verb tells no other measure: not "Canada, which added a 25% surtax last
    # week, said a further 25% tariff applies from October 1")
    return bool(put) and not re.search(
        r"\b(?:will|would|shall|is\s+to|are\s+to|due|scheduled|set\s+(?:[\w-]+\s+){0,3}?to|plans?|"
        r"proposed|threaten\w*|could|may|might|said|says|applies|apply|takes?\s+effect|kicks?\s+in|"
        r"starts?|begins?|comes?\s+into|effective)\b",
        clause[put[-1].start() :] if put else clause,
        re.I,
    )


def _told_done(text: str, d) -> bool:
    """Whether the words right before a date tell the rate as already applying ("took effect
    on February 4", "in force since April 5"; not "..., also from March 1")."""
    done = list(EFFECTIVE_DONE.finditer(text, max(0, d.start - 30), d.start + 6))
    return bool(done) and not re.search(
        r"\b(?:from|starting|as\s+of)\b", text[done[-1].end() : d.end], re.I
    )


def _unaside(gap: str) -> str:
    """The words between a country and its rate, an aside after the country dropped."""
    return COMMA_ASIDE.sub(" ", gap) if gap.startswith(",") else gap


def _mask_asides(text: str) -> str:
    """The text with asides like ", already subject to earlier duties," blanked, same offsets."""
    return HISTORY_ASIDE.sub(lambda m: " " * len(m.group(0)), text)


def _home_tax(left: str, right: str) -> bool:
    """Whether a rate is a tax a country charges at home, not a duty at its border ("Canada's 3%
    digital services tax", "an 8.1 per cent value-added tax", "Soybean exports are taxed at
    26%")."""
    near_right = right[:45]
    return bool(
        re.match(
            r"^\s*(?:[\w-]+\s+){0,2}?(?:services|sales|income|value[\s-]added|consumption|excise|export|"
            r"windfall|carbon|property|stamp|withholding|payroll|corporate|fuel)\s+tax(?:es)?\b",
            near_right,
            re.I,
        )
        or re.match(
            # ("a 3% tax on digital services revenue")
            r"^\s*(?:%|per[\s-]*cent|percent)?\s*(?:levy|tax|charge)\s+on\s+(?:their\s+|its\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:revenues?|sales|profits|income|turnover|earnings)\b",
            right,
            re.I,
        )
        # ("the 2.5 per cent Social Security Contribution Levy": a named home tax)
        or re.match(
            r"^\s*(?:%|per[\s-]*cent|percent)?\s+(?:(?!(?:Import|Customs|Border|Tariff|Safeguard|"
            r"Anti-?Dumping|Countervailing|Retaliatory|Reciprocal|Trade)\b)"
            r"[A-Z][\w-]+\s+){1,4}(?:Levy|Tax|Contribution)\b",
            right,
        )
        or re.search(
            r"\bexports?\s+(?:(?:are|is|were|was|will\s+be)\s+)?(?:\w+\s+)?taxed\s+at\s+$"
            r"|\bexport\s+(?:tax(?:es)?|dut(?:y|ies)|levy|levies)\s+(?:of|at)\s+(?:about\s+|around\s+)?$"
            # ("a domestic levy of up to 30 percent on larger cars")
            r"|\b(?:domestic|internal)\s+(?:tax(?:es)?|levy|levies)\s+of\s+(?:up\s+to\s+|about\s+|around\s+)?$",
            left[-50:],
            re.I,
        )
        # ("expanded its sales and service tax on July 1, adding a levy of 5 to 10 per cent")
        or re.search(
            r"\b(?:sales(?:\s+and\s+services?)?|services?|goods\s+and\s+services|value[\s-]added|"
            # (and the top of its range: "a levy of 5% to 10%")
            r"consumption|excise|commodity)\s+tax(?:es)?\b(?:(?!\b(?:tariffs?|dut(?:y|ies)|customs)\b)"
            r"(?:[^.;%]|%\s+to\b)){0,80}$",
            left[-130:],
            re.I,
        )
    )


def _kicker(text: str) -> bool:
    """ "EXPLAINER", "ANALYSIS", "UPDATE 2": the label a wire puts before its headline."""
    m = re.fullmatch(r"\W*(?P<word>[A-Z][A-Z&-]+(?: [A-Z]+)?)(?: \d+)?", text)
    return bool(m) and m.group("word").lower() in KICKERS


def _headline(text: str, si: int) -> bool:
    """The first line, unpunctuated: a headline, too terse to say where goods come from."""
    return (
        si == 0 and not text.rstrip().endswith((".", "!", "?", '"', "”")) and len(text.split()) < 20
    )


ORDINAL_YEAR = re.compile(
    r"^\s*(?:%|per[\s-]*cent|percent)?\s*(?:ad\s+valorem\s+)?(?:in|for|during)\s+the\s+"
    r"(?P<n>first|second|third|fourth|fifth)\s+year\b",
    re.I,
)
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


def _year_steps(text: str, hits: list[_Hit]) -> None:
    """ "12 per cent in the first year from 20th November 2025, 11.5 per cent in the second
    year and 11 per cent in the third": each later step a year on from the first one's day."""
    steps = []
    for h in hits:
        m = ORDINAL_YEAR.match(text[h.rate.end :])
        if m:
            steps.append((_ORDINALS[m.group("n").lower()], h))
    first = next((h for n, h in steps if n == 0 and h.effective), None)
    if first is None:
        return
    for n, h in steps:
        if n and h.effective is None:
            with suppress(ValueError):  # (29 February)
                h.effective = first.effective.replace(year=first.effective.year + n)


def _apart_from_list(text: str, r: _Rate) -> bool:
    """A rate that does not take the day of the list it stands in: one compared with it
    ("compared with the 36% in the letters", "below the 25%"), history ("those announced in
    January, when Vietnam was hit with 46%", "had faced"), what carries over or was put off
    ("will continue to face the 10% baseline", "was suspended"), or a penalty of its own
    ("Goods transshipped through Vietnam will face 30%")."""
    return bool(
        ALTERNATIVE.search(text[max(0, r.start - 60) : r.start])
        or re.search(
            r"\b(?:below|above|under|than|from)\s+(?:the\s+)?$",
            text[max(0, r.start - 20) : r.start],
            re.I,
        )
        or re.search(r"\bwhen\b[^.;]*$", text[: r.start])
        # (the history is the clause's own: "Switzerland was hit with 39%, well above the 31%
        # that Trump had announced" is new)
        # (and not an earlier clause's: "..., far above the 31% it had been assigned in April,
        # while Iraq and Serbia were set at 35%")
        or AS_HISTORY.search(
            text[_clause_start(text, r, elliptic=True) : r.end]
            + text[r.end : r.end + 60].split(",")[0]
        )
        or CARRIED_OVER.search(text)
        # (in the rate's own clause: "Vietnam will pay 20%, and goods transshipped ... 40%")
        or re.search(r"\btrans-?shipped\b|\brouted\s+through\b", _own_clause(text, r), re.I)
    )


def _own_clause(text: str, r: _Rate) -> str:
    """The clause a rate stands in: from the last ", and", ", while" or ";" before it to the
    next after it."""
    end = re.search(r",\s+(?:and|while|but|whereas)\b|;", text[r.end :])
    return text[_clause_start(text, r) : r.end + end.start() if end else len(text)]


def _clause_start(text: str, r: _Rate, elliptic: bool = False) -> int:
    """``elliptic``: a clause with no verb of its own (", and Serbia 37%") goes on the one
    before it."""
    starts = [m.end() for m in re.finditer(r",\s+(?:and|while|but|whereas)\b|;", text[: r.start])]
    while (
        elliptic
        and starts
        and re.fullmatch(
            r"\s*(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*(?:at\s+|with\s+)?",
            text[starts[-1] : r.start],
        )
    ):
        starts.pop()
    return starts[-1] if starts else 0


@lru_cache(maxsize=1024)
def _country_rate_pairs(text: str) -> bool:
    """ "Laos was hit with 48%, Vietnam with 46%": countries each with a rate, no tariff word."""
    if not re.search(r"%|per[\s-]*cent|percent|\bpct\b|\dpc\b", text, re.I):
        return False
    rates = [m for m in RATE.finditer(text) if m.group("num") or m.group("range")]
    if not rates:
        return False
    ends = [b for _, b, _, _ in find_countries(text)]
    # ("Thailand, a rival in electronics, was listed at 36 percent")
    return any(
        PAIRED.fullmatch(_unaside(text[e : r.start()]))
        for r in rates
        for e in ends
        if e <= r.start()
    )


def _rates_for_countries(text: str) -> bool:
    """ "from 19 per cent for Malaysia to 20 per cent for Vietnam": a rate, then its country."""
    rates = [m for m in RATE.finditer(text) if m.group("num") or m.group("range")]
    starts = [a for a, _, _, _ in find_countries(text)]
    return any(
        re.fullmatch(
            r"\s*(?:%|per[\s-]*cent|percent|pct|pc)?\s+(?:rate\s+)?(?:for|on)\s+(?:the\s+)?",
            text[r.end() : a],
            re.I,
        )
        for r in rates
        for a in starts
        if a >= r.end()
    )


def _owner_before_rate(text: str, m: _Mention) -> bool:
    """A country written as the owner of the tariffs right after it: "the US 25% tariffs on
    steel", "its EU 50% levy" (not a list's "Indonesia and Taiwan 32%")."""
    return (
        not m.person
        and not text[m.start : m.end].endswith(("’s", "'s"))
        # (not a headline's "Switzerland 39% tariff takes effect": the country paying it)
        and bool(re.search(r"\b(?:the|its|their)\s+$", text[: m.start]))
        and bool(
            re.match(
                r"\s+\d+(?:\.\d+)?\s*(?:%|per[\s-]*cent|percent)\s+(?:[a-z][\w-]*\s+){0,3}?"
                r"(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?)\b",
                text[m.end :],
            )
        )
    )


def _goods_without_origin(text: str, r: _Rate, seg_end: int) -> bool:
    m = re.match(
        r"^\s*(?:[\w“”\"-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|levy|levies)?\s*on\s+(?:imported\s+)?(?P<what>[^,;.]+)",
        text[r.end : seg_end],
        re.I,
    )
    if m is None:
        # "raised its tariffs on steel and aluminium imports to 50%": the goods before the rate
        m = RAISED_ON_TO.search(text[max(0, r.start - 80) : r.start])
        if m and find_countries(m.group("what")):
            return False
    if m is None:
        # "Steel entering above those volumes would face a 50 percent levy": goods the subject
        m = re.match(
            r"^\W*(?P<what>[^,;.%]{3,60}?)\s+(?:would|will|now|also|must)?\s*(?:face|pay|be\s+"
            r"(?:charged|taxed|subject\s+to))\b[^,;.%]{0,25}$",
            text[: r.start],
            re.I,
        )
        if m and (
            find_countries(m.group("what"))
            # (not a company: "Zhejiang Huaxin Wood Industry will pay 14.3%")
            or not re.search(r"(?:^|\s)[a-z]", m.group("what"))
        ):
            return False
    if m is None:
        # "Tariffs on steel, aluminum and copper are already at 50%": the goods as the subject
        m = re.search(
            r"\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies))\s+on\s+(?:imported\s+)?(?P<what>[^;.%]{3,100}?)\s+"
            r"(?:are|is|were|was|stand|stands|remain|remains|have|has|will)\b[^;.%]{0,30}$",
            text[max(0, r.start - 140) : r.start],
            re.I,
        )
        if m and find_countries(m.group("what")):
            return False
    return bool(m and SECTORS.search(m.group("what")) and not REGION.search(m.group("what")))


def _another_events_day(text: str, d) -> bool:
    """A day the sentence gives to something other than its rates: the day it was said ("...,
    officials said on Thursday"), an order was signed ("Under the order, signed by President
    Donald Trump on Monday evening"), or a deadline or order named by it ("hours before a
    self-imposed Aug. 1 deadline", "Under Trump's July 31 executive order")."""
    return bool(
        REPORTED.search(text[max(0, d.start - 25) : d.start])
        or SIGNED_ON.search(text[max(0, d.start - 60) : d.start])
        or re.match(
            r"\s+(?:deadline|cutoff|cut-off|(?:executive\s+)?order|decree|proclamation)\b",
            text[d.end :],
        )
        # ("..., a move Carney first unveiled on Aug. 22": the day the move was told of)
        or re.search(
            r",\s+(?:a|the)\s+(?:move|decision|step|plan|policy)\s+(?:that\s+)?(?:[\w.'’-]+\s+){0,3}?"
            r"(?:first\s+)?(?:unveiled|announced|flagged|signalled|signaled|floated|promised|"
            r"outlined|disclosed)\s+(?:on\s+)?$",
            text[max(0, d.start - 80) : d.start],
        )
    )


def _clause_countries(text: str, r: _Rate, mentions: list[_Mention]) -> set[str]:
    """The countries named in the rate's own clause, up to it."""
    opening = max((c.end() for c in CLAUSE_CUT.finditer(text, 0, r.start)), default=0)
    # (not past a ", and" after it: "... to 50 per cent on June 4, and Canada is the largest
    # supplier")
    end = re.search(r",\s+(?:and|while|but|whereas)\b|;", text[r.end :])
    closing = r.end + end.start() if end else len(text)
    return {m.code for m in mentions if not m.person and opening <= m.start < closing}


def _subject_country(
    text: str, r: _Rate, mentions: list[_Mention], sides: set[str | None]
) -> str | None:
    """The country a sentence opens with, when it is the only one in the rate's clause besides
    the sides already known and the words name it neither as acting nor as acted on ("Lesotho
    ended up with a 15 per cent tariff")."""
    named = _clause_countries(text, r, mentions) - sides
    first = next((m for m in mentions if not m.person), None)
    if (
        first is None
        or len(named) != 1
        or first.code not in named
        or first.part != ""
        or first.end > r.start
        or not SENTENCE_OPENING.fullmatch(text[: first.start])
        # (not "Nigeria postponed a planned 15% import levy": a subject acting on the rate; but
        # "Lesotho received a 15 per cent tariff" is handed it)
        or re.match(
            r"\s+(?:\w+ly\s+)?(?!(?:was|is|has|does|received|receives|faced|faces|got|gets|won|wins|"
            r"secured|secures|drew|draws|accepted|accepts)\b)(?-i:[a-z]+)(?:ed|es|s)\s+"
            r"(?:a|an|its|the|their|to)\b",
            text[first.end :],
        )
    ):
        return None
    return first.code


def _compared_after(text: str, r: _Rate, m: _Mention) -> bool:
    """A country named after the rate in a comparison or as another rate's target: "39%, far
    above the 31% it was given and the 15% rate applied to the European Union"."""
    return (
        m.start > r.end
        and bool(
            COMPARED_WITH.search(text, r.end, m.start)
            # ("will face a 15% rate from Aug. 7, matching the bloc")
            or re.search(
                r"\b(?:matching|match(?:es)?|equal\s+to|in\s+line\s+with|same\s+as|as\s+does)\b",
                text[r.end : m.start],
                re.I,
            )
            or re.search(
                r"\b(?:applied|imposed|charged|levied)\s+(?:to|on)\s+(?:the\s+)?$",
                text[max(0, m.start - 30) : m.start],
            )
        )
    )


def _names_a_country(text: str, targets: list[str]) -> bool:
    """Whether ``text`` names a country; for a rate on the EU, a member state ("Spain's Litera
    Meat faces 15.6%") is the Union the rate is on, not another country."""
    return any(
        not ("EU" in targets and code in EU_MEMBERS) for _, _, code, _ in find_countries(text)
    )


def _in_apposition(text: str, m: _Mention) -> bool:
    """ "Japan, a key U.S. ally and its biggest investor, is subject to": U.S. is in the aside."""
    seg_start = text.rfind(",", 0, m.start)
    if seg_start < 0:
        return False
    return (
        bool(re.match(r",\s+(?:a|an|the|its|their|one)\b", text[seg_start:]))
        and "," in text[m.end : m.end + 80]
    )


def _status_class(status: str) -> str:
    return {"proposed": "proposed", "in_force": "in_force"}.get(status, "change")


def _owned_by_later(r: _Rate, m: _Mention, rates: list[_Rate]) -> bool:
    """A country named after this rate and before another one goes with that one."""
    return m.start > r.end and any(x.start > m.end for x in rates if x is not r)


def _same_clause(text: str, r: _Rate, m: _Mention, rates: list[_Rate]) -> bool:
    """No ", while", ", but" or ";" (and no other rate) stands between a rate and a country:
    in "on tyres from China rises to 30%, while tyres from Vietnam will face 25%" Vietnam is
    not the 30%'s."""
    a, b = (r.end, m.start) if m.start >= r.end else (m.end, r.start)
    if CLAUSE_TURN.search(text[a:b]):
        return False
    if m.start >= r.end:
        return True
    between = [x for x in rates if not x.companion and a <= x.start < b]
    if not between:
        return True
    # (a rate in an aside does not stand between: "Lesotho, whose industry was hit when it was
    # assigned 50% in April, now faces 15%")
    asides = [(x.start(), x.end()) for x in ASIDE.finditer(text, a, b)]
    return all(any(c <= x.start < d for c, d in asides) for x in between)


def _share_of_all_goods(what: str) -> str | None:
    """ "most of its exports", "the country's goods": a share of everything, no particular goods."""
    whose = r"(?:its|their|the\s+(?:country|nation)(?:’s|'s))\s+(?:exports|goods|products)\b"
    if re.match(r"^(?:most|many|some)\s+of\s+" + whose, what, re.I):
        return "most goods"
    if re.match(r"^(?:all\s+of\s+)?" + whose, what, re.I):
        return "all goods"
    return None


def _rate_changed_for(text: str, m: _Mention) -> bool:
    """ "The order cuts Bangladesh's rate from 35 per cent": the country whose rate is changed."""
    return bool(
        re.search(
            r"\b(?:cuts?|cutting|lowers?|lowered|lowering|raises?|raised|raising|reduces?|reduced|"
            r"reducing|trims?|trimmed|slash(?:es|ed)?|doubles?|doubled|lifts?|lifted|lifting|hikes?|"
            r"hiked|hiking|increases?|increased|increasing)\s+$",
            text[max(0, m.start - 20) : m.start],
        )
        # ("lifts India's rate to 50%", "raises China's reciprocal rate again, to 125%"; a word
        # between the rate and where it goes only after a possessive: not "Trump raised the U.S.
        # rate again, to 125%")
        and (rate := RATE_CHANGED_FOR.match(text, m.end))
        and (
            not rate.group("between")
            or text[m.start : rate.start("rest")].rstrip().endswith(("’s", "'s"))
        )
    )


def _country_pays(text: str) -> bool:
    """ "Swiss goods will pay 39 per cent", "India is set at 25 per cent", "Taiwan and Vietnam
    are both at 20 per cent": a country as the subject of what it pays (not in a quote)."""
    if re.search(r"[\"“”]", text):
        return False
    return any(
        COUNTRY_PAYS.match(text, e) or COUNTRY_AT.match(text, e)
        for _, e, code, _ in find_countries(text)
        if code != "US"
    )


def _country_listed_at(text: str) -> list[re.Match]:
    """ "India, Brunei and Kazakhstan are each at 25%", "Israel is also at 15%": each rate told
    straight after a country as where it stands (not "Our Japanese competitors are at 15 per
    cent", a speaker's)."""
    if re.search(r"[\"“”]", text):
        return []
    ends = {e for _, e, _, _ in find_countries(text)}
    return [m for m in COUNTRY_AT.finditer(text) if m.start() in ends]


# what someone said or made known, up to its content ("the United States announced that Swiss
# goods would be subject to": the goods follow)
SAID_THAT = re.compile(
    r"\b(?:said|says|warned|added|stated)\s+(?:that\s+)?|\b(?:announced|confirmed|declared)\s+that\s+"
    # ("told President Lee Jae-myung in a letter that Korean goods would be charged")
    r"|\btold\s+[^,;]{0,60}?\s+that\s+|\btold\s+\w+\s+(?:that\s+)?"
    # ("informed President Prabowo Subianto that Indonesian exports would be charged 32%")
    r"|\b(?:informed|notified|assured|reminded|warned|wrote\s+to)\s+[^,;]{0,60}?\s+that\s+"
)


# "50% tariff on Brazil": the rate's own tariff on a country (the mention starts at the end)
RATE_ON_COUNTRY = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b|pc\b)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?)\s+on\s+(?:(?:imports|goods)\s+from\s+)?",
    re.I,
)


def _the_country_candidates(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """The countries "the country" can point back to: not one named as the market goods are
    sent to ("exports to the United States"), in an official's title ("U.S. President"), by its
    seat of government ("Washington") or as the government acting ("the United States began
    collecting"), nor a country named one of those ways elsewhere in the sentence."""
    acting = set()
    for x in mentions:
        name = text[x.start : x.end]
        if (
            seat_of_government(name)
            # (the market goods go to, not "poured billions of dollars into Mexico")
            or re.search(
                r"\b(?:ship\w*|export\w*|sold|sells?|sent|sending|goods|products|imports?)\b"
                r"[^,;.]{0,40}?\b(?:to|into)\s+(?:the\s+)?$",
                text[max(0, x.start - 70) : x.start],
            )
            or TITLE_AFTER_COUNTRY.match(text, x.end)
            or COUNTRY_ACTING.match(text, x.end)
        ):
            acting.add(x.code)
    return [x for x in mentions if x.code not in acting]


# "a day after the United States began collecting a 30% tariff on most goods shipped from the
# country": the government acting
COUNTRY_ACTING = re.compile(
    r"\s+(?:(?:has|had|have|will|would)\s+)?(?:began|begins|begun|started|imposed|imposes|"
    r"announced|announces|collect(?:s|ed|ing)?|charg(?:es|ed|ing)|levied|levies|slapped|raised|"
    r"set|put|placed|hit)\b"
)
TITLE_AFTER_COUNTRY = re.compile(
    r"\s+(?:President|Secretary|Trade\s+Representative|Ambassador|Commerce|Treasury)\b"
)


def _subject_goods(before: str, bare: bool = False) -> str | None:
    """The goods a rate covers when they are the clause's subject: "Japanese cars are already
    subject to a separate 25% levy" covers cars, not all goods."""
    clause = re.split(r"[;:]|,\s+(?:while|but|and|whereas)\b", before)[-1]
    clause = re.split(r",\s+whose\b", clause)[-1]  # "Brazil, whose exports ... are subject to"
    verb = SUBJECT_TO.search(clause)
    face = GOODS_FACE_BARE.search(clause) if bare and not verb else None
    if verb is not None:
        subject = clause[: verb.start()]
    elif (
        face is not None
        and SECTORS.search(clause[: face.start()])
        # (not "Car dealers face", "Companies that import steel pay", "Steel-exporting nations
        # face": who pays, not what)
        and not PAYERS.search(re.split(r"\s+(?:from|of)\s+", clause[: face.start()])[0])
    ):
        # "Imported cars and light trucks face a 25% tariff": goods the vocabulary knows, as
        # the subject of a bare "face" (a country or a firm as subject is left to the rest)
        subject = clause[: face.start()]
    elif re.search(r"\S\s+(?:to|at)\s+$", clause) and not re.search(
        r"\b(?:rais|cut|lower|increas|reduc|lift|bring|hik|set)\w*\b", clause, re.I
    ):
        subject = re.sub(
            r"\s+(?:to|at)\s+$", "", clause
        )  # "..., and autos and trucks to 25 percent"
    else:
        return None
    words = list(SECTORS.finditer(subject))
    named = find_countries(subject)
    if (
        named
        and re.fullmatch(r"\W*(?:the\s+)?", subject[: named[0][0]], re.I)
        and re.match(r"\s*,\s+(?:a|an|the|its|their)\s", subject[named[0][1] :], re.I)
    ):
        return None  # "Thailand, a rival in electronics, was listed at 36%": the country's all
    for _, _, _, form in named:
        subject = subject.replace(form, " ")
    if not words:
        # "Kitchen cabinets and vanities will also be charged a 25% tariff": goods the
        # vocabulary does not know, named as the subject of a short clause
        plain = re.sub(
            r"^\W*(?:(?:the|a|an|all|most|many|certain|their|its|our)\s+)*", "", subject, flags=re.I
        ).strip(" ,-")
        plain = re.sub(
            r"(?:^|\s+)(?:will|would|are|is|were|was|have|has|also|now|already|stays?|remains?)(?:\s+\w+)*$",
            "",
            plain,
        )
        # ("Both said goods from their countries would be taxed at 25%": what was said)
        plain = SAID_THAT.split(plain)[-1]
        # ("India, which Trump said on Wednesday would be charged": the day is no goods)
        plain = re.sub(
            r"^(?:on|since|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\s*",
            "",
            plain,
        )
        plain = re.sub(
            r"^((?:goods|products|exports|imports|shipments))\s+(?:from|of)\s+(?:their|its|the\s+two|both|any)\b.*$",
            r"\1",
            plain,
        )
        plain = re.split(r"\s+(?:that|which|who|whose)\b", plain)[0]  # "Products that ... were"
        plain = DATELINE_HEAD.sub("", plain)
        # ("Under the order, Bangladeshi goods now face": a fronted phrase is no part of them)
        plain = re.sub(r"^(?:Under|In|From|As\s+of|After|With|For|On)\b[^,]*,\s*", "", plain)
        plain = re.sub(r"\s{2,}", " ", plain).strip(" ,-")
        if re.match(r"s\b", plain):
            return None  # "Pakistan's fell to 19%": only the possessive's "s" is left
        # "covered products of the European Union and Japan": the goods without the countries
        plain = re.sub(r"\s+(?:of|from|to)(?:\s+the)?(?:\s*(?:,|and|or|&))*\s*$", "", plain).strip(
            " ,-"
        )
        if (
            plain
            # ("exports to the United States": everything it sells, not particular goods)
            and plain.lower() not in {"exports", "imports", "goods", "products", "shipments"}
            # (nor "they will be charged 15 per cent": a pronoun points back, it names nothing)
            and not re.fullmatch(r"(?:they|it|them|these|those|this|that|we|you)", plain, re.I)
            and len(plain.split()) <= 6
            and re.fullmatch(r"[\w’' ,-]+", plain)
            and not (plain[0].isupper() and len(plain.split()) == 1)
            # (not "Laos and Myanmar drew the stiffest rate, at 40%": no goods there)
            and not re.search(
                r"\b(?:rates?|tariff|duty|levy|entry|drew|received|got)\b",
                plain,
                re.I,
            )
            # (not "A cluster of Asian economies landed at", "Most of Southeast Asia's big
            # exporters will face": who, not what)
            and not re.search(
                r"\b(?:economies|countries|nations|partners|exporters|manufacturers|producers|"
                r"makers|firms|companies)\b",
                plain,
                re.I,
            )
            # (not "Elsewhere in Asia, Indonesia, Cambodia and Thailand were each placed at":
            # a list of countries leaves only its commas)
            and not re.search(r",\s*,|\s(?:and|or)$", plain)
            and not re.fullmatch(r"(?:and|or|,|\s)+", plain)  # ("Ghana and Togo, which ...")
        ):
            return plain
        return None
    # ("From that date upholstered furniture will be taxed at": the goods alone)
    subject = re.sub(
        r"^\W*(?:(?:from|on|as\s+of|starting|beginning)\s+(?:that|this|the\s+same)\s+(?:date|day)\s*,?\s*)?",
        "",
        subject,
        flags=re.I,
    )
    subject = DATELINE_HEAD.sub("", subject.lstrip())
    subject = re.sub(r"^\W*(?:(?:the|a|an|all|most|many)\s+)*", "", subject)
    subject = re.sub(
        r"\s+(?:will|would|are|is|were|was|have|has|also|now|already|stays?|remains?)(?:\s+\w+)*$",
        "",
        subject.rstrip(),
    )
    # ("Trump has also said imports of heavy trucks will face": what was said)
    subject = SAID_THAT.split(subject)[-1]
    subject = re.sub(r"^(?:imports|shipments|exports)\s+of\s+", "", subject)
    # ("Steel and aluminum from all countries, including Canada and Mexico,": the goods alone)
    subject = re.split(r",?\s+(?:from|of)\s+(?:all|every|any|most|around)\b", subject)[0]
    # ("Steel shipped from the UK to the United States": the steel)
    subject = re.split(
        r"\s+(?:shipped|exported|sent|sold|coming|imported|bound)\s+(?:from|to|into|for)\b", subject
    )[0]
    subject = re.sub(r"\s+", " ", subject).strip(" ,")
    # ("but insisted that steel tariffs would remain at 50%": steel)
    subject = re.split(r"\b(?:that|which)\s+", subject)[-1]
    subject = re.sub(r"\s+(?:tariffs?|dut(?:y|ies)|lev(?:y|ies))$", "", subject, flags=re.I)
    if not subject or len(subject) > 80 or not SECTORS.search(subject):
        return words[-1].group(0).lower()
    return subject  # "Steel, aluminum and copper remain subject to tariffs of 50 percent"


ON_OR_AFTER = re.compile(
    r"(?P<entered>\bentered\s+(?:for\s+consumption\s+|into\s+the\s+\w+\s+)?)on\s+or\s+after\b", re.I
)


def _entered_from(text: str) -> str:
    """ "goods entered for consumption on or after February 7" written as "entered ... from"
    (padded, so offsets stay put), unless the entry is an exception ("unless they are entered
    on or after October 5")."""

    def sub(m: re.Match) -> str:
        if re.search(
            r"\b(?:unless|not|spared|exempt\w*|except)\b",
            text[max(0, m.start() - 50) : m.start()],
            re.I,
        ):
            return m.group(0)
        return m.group("entered") + "from".ljust(m.end() - m.end("entered"))

    return ON_OR_AFTER.sub(sub, text)


FROM_EVERYWHERE = re.compile(
    r"(?:[^.;%]|(?<=[A-Z])\.)*?\b(?:(?:imports|goods|shipments|purchases|vehicles|cars|trucks|"
    r"autos|automobiles|products|medicines|drugs|pharmaceuticals|chips|semiconductors|"
    r"furniture|metals?|steel|alumin(?:i)?um|copper|lumber|timber)\s+from|"
    # ("... and to derivative goods such as cables and electrical components, from all countries")
    r"(?<=\w),\s+from|"
    # "the 50 percent levy that Washington imposes on those metals from all countries"
    r"(?:imposes?|imposed|levies|charges)\s+on\s+(?:those|these|the|such)\s+[\w-]+\s+from|"
    r"(?:apply|applies|applied|extends?|extended)\s+to)\s+(?:(?:(?:nearly|almost)\s+)?(?:all|every|most)\s+"
    # ("steel and aluminium from most other trading partners")
    r"(?:of\s+(?:its|their)\s+)?(?:other\s+)?(?:countries|country|nations|origins?|sources?|suppliers?|trading\s+partners)\b"
    # ("goods from any country found to have been transshipped", not "steel products from any
    # country that contain Chinese steel": those with Chinese steel)
    r"|(?<=from\s)any\s+(?:country|origin|source)\b(?!\s+(?:that|which|where|whose|with)\b)"
    # ("the levy Washington imposes on imports of the metal from around the world")
    r"|(?<=from\s)(?:around|all\s+over|across)\s+the\s+(?:world|globe)\b)",
    re.I,
)
# "Chile's copper exporters face the same 50% duty as everyone else": every partner's rate
AS_EVERYONE = re.compile(r"[^.;]{0,60}?\b(?:as|like)\s+(?:everyone|everybody)\s+else\b", re.I)


def _scope_words(scope: str | None) -> set[str]:
    if not scope or scope == "all goods":
        return set()
    return {m.group(0).lower().rstrip("s") for m in SECTORS.finditer(scope)}


def _goods_words(scope: str | None) -> set[str]:
    """The goods words of a scope, or, for goods the vocabulary does not know ("kitchen
    cabinets and vanities"), its plain content words."""
    words = _scope_words(scope)
    if words or not scope or scope == "all goods":
        return words
    return {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", scope.lower()) if w not in PLAIN_WORDS}


def _own_side(code: str, targets: list[str]) -> bool:
    """A side the rate is charged on, or a member of the bloc it is charged on (a spokesman in
    Brussels speaking of the ceiling on EU goods is no imposer of it)."""
    return code in targets or ("EU" in targets and code in EU_MEMBERS)


def _same_measure(a: _Hit, b: _Hit, headline: bool = False) -> bool:
    """``headline``: the first sentence is a headline, which sums up the body's measures."""
    if (a.imposer, a.targets[0], a.rate.value) != (b.imposer, b.targets[0], b.rate.value):
        return False
    if a.rate.separate and a.sentence > b.sentence:
        return False  # "a separate 40% levy" is not the 40% reported before it
    if a.effective and b.effective and a.effective != b.effective:
        return False  # the same rate twice, from different days: two steps
    if (
        a.sentence == b.sentence
        and a.rate.start != b.rate.start
        # (but "India, which Trump said would be charged 25%, was listed at 25%" is one)
        and (
            _goods_words(a.scope) != _goods_words(b.scope)
            or a.rate.companion != b.rate.companion
            or a.rate.added
            or b.rate.added
        )
    ):
        return False  # two rates written in one sentence are two measures
    ca, cb = _status_class(a.status), _status_class(b.status)
    if "change" in (ca, cb) and a.sentence != b.sentence:
        ca = cb  # a later "exempt from the additional 15% rate" is the agreed cut again
    if (
        {ca, cb} == {"proposed", "in_force"}
        and a.sentence != b.sentence
        # (not "would be subject to a further 25% duty" beside the 25% already paid)
        and not (a.rate.added or b.rate.added)
        and (
            {a.scope, b.scope} <= {None, "all goods"}
            or _goods_words(a.scope) == _goods_words(b.scope) != set()
        )
    ):
        ca = cb  # "would be subject to 39%" and a later "cut from 39% to 15%": the one rate
    if (
        ca != cb
        and "change" not in (ca, cb)
        or (ca != cb and a.status != "announced" and b.status != "announced")
    ):
        return False
    wa, wb = _goods_words(a.scope), _goods_words(b.scope)
    other_a = bool(a.scope and re.search(r"\bother\b", a.scope, re.I))
    other_b = bool(b.scope and re.search(r"\bother\b", b.scope, re.I))
    if other_a != other_b and wa and wb:
        return False
    if other_a != other_b and (other_a and wb or other_b and wa):
        return False
    if (
        a.sentence != b.sentence
        and not (headline and 0 in (a.sentence, b.sentence) and not (a.told_below or b.told_below))
        and "all goods"
        in (
            a.scope or ("all goods" if a.told_below else None),
            b.scope or ("all goods" if b.told_below else None),
        )
        and (wa or wb)
    ):
        return False  # a rate on all goods and the same rate on sorghum are two measures
    return not (wa and wb and not _overlap(wa, wb))


FARM_GOODS = frozenset(
    "chicken poultry pork beef wheat corn cotton soybean sorghum dairy fruit vegetable rice sugar "
    "coffee tea cocoa barley seafood fish shrimp cheese wine nut citru avocado tomatoe banana".split()
)
FARM_WORDS = frozenset({"agricultural", "farm", "agri-food", "food"})


def _overlap(a: set[str], b: set[str]) -> bool:
    autos = {"auto", "automobile", "car", "vehicle", "automotive", "ev"}
    # ("branded drugs" in a headline, "branded or patented pharmaceutical products" below)
    drugs = {"drug", "medicine", "pharmaceutical", "pharma"}
    norm = lambda s: {("auto" if w in autos else "drug" if w in drugs else w) for w in s}  # noqa: E731
    if (a & FARM_WORDS and b & (FARM_GOODS | FARM_WORDS)) or (b & FARM_WORDS and a & FARM_GOODS):
        return True  # "US agricultural products" and "US chicken, wheat and corn"
    return bool(norm(a) & norm(b))


def _unique(items: list) -> list:
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


def _own_duties_after_the_rates(text: str, possessive: re.Match) -> bool:
    """ "its own duties" with no rate of its own, told in a clause of time ("after", "since")
    that follows every rate of the sentence."""
    rates = [r.end() for r in RATE.finditer(text, 0, possessive.start())]
    if not rates or RATE.search(text, possessive.start(), possessive.end()):
        return False
    return bool(
        re.search(r"\b(?:after|before|since|when)\s", text[max(rates) : possessive.start()])
    )
