"""The words of tariff reporting: measures, rates, what changes them, and what is not a tariff.

Gathered from how trade news is written: government notices ("additional
tariffs of 25 percent"), wire copy ("raised to 25% from 10%", "takes effect
on"), and the economic reporting in which percentages that are not tariffs
sit next to tariff words (inflation, growth, market shares).
"""

import re

# A tariff measure named in the text.
TARIFF_NOUN = re.compile(
    r"""\b(?:tariffs?|duty|duties|levy|levies|import\s+tax(?:es)?|import\s+taxes|customs\s+(?:rate|duty|duties|tax(?:es)?)|
        baseline(?=\s+on\s)|
        tax(?:es)?\s+on\s+(?:\w+\s+){0,2}?imports|
        surtax(?:es)?|surcharges?|countervailing\s+dut(?:y|ies)|anti-dumping\s+dut(?:y|ies)|countermeasures?|counter-tariffs?|
        (?:cash|security|provisional)\s+deposits?(?=\s+(?:equal\s+to|of|at|amounting\s+to)\b)|
        anti-dumping\s+deposits?|(?<=post\s)deposits?(?=\s+of\b)|(?<=posting\s)deposits?(?=\s+of\b))\b""",
    re.I | re.X,
)
# "rate(s)" counts when it says what kind of rate it is.
TARIFF_RATE = re.compile(
    r"\b(?:tariff|duty|customs|baseline|reciprocal|definitive|provisional|country-specific)[\"”’']?\s+rates?\b",
    re.I,
)
BARE_RATE = re.compile(r"\brates?\b", re.I)

# A percentage: "29%", "25 per cent", "34-percent", "15-20%", "between 15 and 20 percent".
# PCT_UNIT is a percentage's unit written straight after the figure (not "percentage points":
# "by 10 percentage points to 25 per cent" is a change, then a rate).
PCT_UNIT = r"(?:\s*%|\s*-?\s*per[\s-]*cent\b|\s*-?\s*percent\b|\s*pct\b|pc\b)"
_PCT = rf"(?:{PCT_UNIT}|\s*percentage\s+points?\b)"
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMWORD = (
    rf"(?:{_TENS})[-\s](?:one|two|three|four|five|six|seven|eight|nine)|"
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"twenty-five|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|one\s+hundred"
)
RATE = re.compile(
    rf"""
    (?P<range>(?:between\s+)?(?P<lo>\d+(?:\.\d+)?|\b(?:{_NUMWORD})){PCT_UNIT}?(?!\s*percentage\s+points?\b)\s*(?:-|–|to|and)\s*(?P<hi>\d+(?:\.\d+)?){_PCT})
  | (?P<num>\d+(?:\.\d+)?|{_NUMWORD})(?P<unit>{_PCT})
  | (?P<zero>\b(?:zero|nil|no)\b(?=\s+(?:tariffs?|dut(?:y|ies)|levies|levy))|(?<=\bto\s)zero\b
      # "American products will enter the Indonesian market without any tariffs"
      |\bwithout\s+any(?=\s+(?:tariffs?|dut(?:y|ies)|levies))\b
      # "Dhaka offered to eliminate its customs duties on a list of US products": down to nothing
      |\b(?:eliminate|abolish|scrap)\s+(?:its|their|all)(?=\s+(?:[\w-]+\s+)?(?:tariffs|duties|levies)\s+on\b))
  | (?P<frac>\b(?:a|one)\s+(?:quarter|third)|\bhalf)(?=\s+of\s+(?:its|their|the)\s+value)
    """,
    re.I | re.X,
)
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "nil": 0,
    "no": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "one hundred": 100,
}
# "forty-five", "thirty two": the tens and a unit
NUMBER_WORDS.update(
    {
        f"{tens}{sep}{unit}": NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
        for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
        for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
        for sep in ("-", " ")
    }
)

# Nouns whose percentages are not tariffs.
NOT_TARIFF = re.compile(
    r"""\b(?:inflation|growth|gdp|gross\s+domestic|unemployment|jobless|interest|benchmark|yields?|stakes?|
        shares?|market|poll(?:s|ing)?|votes?|voters|approval|support|turnout|probability|chance|margin|
        index|stocks?|equities|prices?|sales|population|attacks?|casualties|output|production|deficit|
        surplus|debt|budget|revenue|profits?|earnings|wages?|salar(?:y|ies)|mortgage|loans?|deposits?|
        respondents|people|households|(?<!engine\s)(?<!cylinder\s)capacity|utili[sz]ation|occupancy|efficiency|rebate|discount|
        commission|vat|sales\s+tax|sales\s+and\s+services?\s+tax|(?:goods\s+and\s+)?services?\s+tax|
        income\s+tax|corporate\s+tax|electricity|power|water|fuel|consumption|
        central\s+bank|cash\s+rate|policy\s+rate|basis\s+points|cost\s+of\s+living|housing|
        cost\s+of\s+living|(?:cut\w*|reduc\w*|lower\w*|trim\w*)\s+(?:the\s+)?quota\s+volumes?)\b""",
    re.I | re.X,
)
# Movement of a quantity, not a rate set by a government: "surged by 42%", "fell 5%".
MOVEMENT = re.compile(
    r"\b(?:rose|risen|rise|rising|fell|fallen|fall|falling|dropped|drop|declined|decline|grew|grown|surged|"
    r"surging|jumped|slumped|plunged|climbed|increased|decreased|gained|lost|eased|soared|slid|shrank|"
    r"shrink|shrinks|shrinking|expanded|expand|expands|grow|grows)\s+(?:by\s+)?$"
    # "the duty-free volume will be cut by 47%": an amount of change, not a rate
    r"|\b(?:cut|cuts|reduced|lowered|trimmed|slashed)\s+by\s+$",
    re.I,
)

# What a government does with a tariff, and the status that follows.
# Status words. Removal and pauses must govern the tariff itself; a proposal
# anywhere before the rate in its clause makes it proposed; otherwise the
# change word nearest the rate decides.
REMOVED = re.compile(
    r"""\b(?:remov\w*|lift(?:ed|s|ing)?|scrap\w*|eliminat\w*|abolish\w*|drop(?:ped|s)?|repeal\w*|end(?:ed|s|ing)?|withdr[ae]w\w*|stop(?:s|ped|ping)?\s+(?:levying|charging|collecting|applying|imposing))\s+
        (?:the\s+|its\s+|all\s+|those\s+|their\s+)?(?:[\w%.-]+\s+){0,3}?(?:counter-?)?(?:tariffs?|dut(?:y|ies)|levies|surtax\w*|rates?)\b|
        \b(?:tariffs?|dut(?:y|ies)|levies)\s+(?:were|was|have\s+been|has\s+been|will\s+be|would\s+be)\s+(?:removed|lifted|scrapped|eliminated|dropped|abolished)""",
    re.I | re.X,
)
PAUSED = re.compile(r"\b(?:paus\w*|suspen\w*|delay\w*|postpon\w*|put\s+on\s+hold|freez\w*)\b", re.I)
PROPOSED = re.compile(
    r"\b(?:propos\w*|consider\w*|threat\w*|could|would|(?-i:may)|might|plans?|planned|planning|potential|possible|"
    r"possibility|mull\w*|weigh\w*|draft|recommend\w*|seek\w*|envisag\w*)\b",
    re.I,
)
STATUS_WORDS = [
    (
        "lowered",
        r"\b(?:lower\w*|cut(?:s|ting)?|reduc\w*|slash\w*|down\s+from|decreas\w*|eas(?:e|ed|ing)|trim\w*|halv\w*|(?:fall|falls|fell|drop|drops|dropped)\s+to)\b",
    ),
    (
        "raised",
        r"\b(?:rais\w*|increas\w*|hik\w*|lift(?:s|ed|ing)?\s+(?:it|them|the\s+\w+)\s+to|up\s+from|doubl\w*|tripl\w*|escalat\w*|ris(?:e|es|ing)|climb\w*|jump\w*)\b",
    ),
    (
        "in_force",
        r"\b(?:in\s+force|in\s+effect|took\s+effect|went\s+into\s+effect|came\s+into\s+(?:effect|force)|has\s+(?:already\s+)?imposed|have\s+(?:already\s+)?imposed|already|subject\s+to|currently|existing|current|now\s+faces?|previously|totall?ing|otherwise\s+imposed)\b",
    ),
    (
        "announced",
        r"\b(?:impos\w*|announc\w*|slap\w*|lev(?:ied|ying)|introduc\w*|unveil\w*|set\s+(?:a|an|the))\b",
    ),
]
STATUS_WORDS = [(status, re.compile(p, re.I)) for status, p in STATUS_WORDS]

KIND_WORDS = [
    ("reciprocal", re.compile(r"\breciprocal\b", re.I)),
    (
        "retaliatory",
        re.compile(
            r"\b(?:(?<!not\s)(?<!never\s)(?<!n't\s)(?<!n’t\s)retaliat\w*|counter-?measures?|counter-?tariffs?|in\s+response|response\s+to|hit(?:s|ting)?\s+back|in\s+kind|in\s+return)\b",
            re.I,
        ),
    ),
    ("baseline", re.compile(r"\b(?:baseline|universal|across-the-board\s+tariff|blanket)\b", re.I)),
]

# A rate on all partners.
ALL_PARTNERS = re.compile(
    r"""\b(?:baseline|universal|blanket|across-the-board|global\s+tariff|on\s+(?:(?:almost|nearly|virtually)\s+)?(?:all|most|every)\s+(?:countries|nations|trading\s+partners|partners|imports\b(?!\s+from))|
        (?:all|most|every)\s+(?:countr(?:y|ies)|nations?|trading\s+partners?)\b|(?:all|most)\s+of\s+(?:its|their)\s+trading\s+partners|
        (?:for|on|to)\s+(?:all\s+|most\s+)?other\s+(?:countries|nations|trading\s+partners|suppliers)|
        from\s+(?:all\s+|most\s+)?other\s+(?:countries|nations|trading\s+partners|suppliers)(?!\s+(?:that|which|without|with|where)\b)|
        # "will rise to 50% on January 1 for countries that have not reached a deal"
        for\s+(?:those\s+)?(?:countries|nations|trading\s+partners|partners)\s+(?:that|which|without)\b|
        (?:from|of)\s+all\s+(?:origins|sources|suppliers)|from\s+any\s+(?:country|origin|source)(?!\s+(?:that|which|where|whose|with)\b)|(?:through|via)\s+third\s+countries|
        on\s+all\s+(?:(?-i:[a-z-]+)\s+){1,4}?imports\b(?!\s+from)|
        # "imports of the metals from around the world", "on all foreign cars", "trucks made abroad"
        from\s+(?:around|all\s+over|across)\s+the\s+(?:world|globe)|
        (?:on|to)\s+(?:all\s+)?foreign(?:-made)?\s+(?:cars|vehicles|trucks|steel|goods|products|films|movies|chips|drugs|medicines)|
        # "a separate 25 per cent tariff on all imported vehicles"
        on\s+(?:all\s+)?imported\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:cars|vehicles|trucks|steel|aluminium|aluminum|goods|products|autos|copper|lumber|timber|furniture|parts|components)\b(?!\s+from)|
        (?:made|produced|manufactured|built)\s+abroad)""",
    re.I | re.X,
)

# A coming move told before its day, the rates it moves to after it: "set those rates to climb
# on Jan. 1 - to 50 per cent", "will climb on Jan. 1 to 50 per cent"
CLIMB_ON = (
    r"(?:set\s+(?:those|these|the|its|their|both)\s+(?:[\w-]+\s+){0,2}?(?:rates?|tariffs?|duties|"
    r"levies|increases)\s+to|(?:will|would|is\s+to|are\s+to))\s+"
    r"(?:climb|rise|increase|jump|go\s+up|fall|drop|double)(?:\s+(?:on|from))?"
)

# Effective dates: the words that stand before the date.
EFFECTIVE = re.compile(
    r"""(?:effective(?:\s+from|\s+on|\s+as\s+of)?|starting(?:\s+from|\s+on)?|beginning(?:\s+on)?|from|as\s+of|since|
        retroactive(?:ly)?\s+(?:to|from)|backdated\s+to|
        # "..., backdating the change to August 1"
        backdat(?:ing|es)\s+(?:it|them|(?:the|this|that|its)\s+(?:[\w-]+\s+)?(?:change|cut|reduction|rate|increase|move))\s+to|
        with\s+effect\s+from|w\.?\s?e\.?\s?f\.?|set\s+to\s+(?:begin|start|take\s+effect|come\s+into\s+(?:force|effect))(?:\s+on)?|
        (?:(?:was|were|had\s+been)\s+)?(?:due|scheduled|expected)\s+to\s+(?:take\s+effect|come\s+into\s+(?:force|effect)|begin|start|kick\s+in)(?:\s+being\s+(?:collected|applied|levied))?(?:\s+(?:on|from))?|
        (?:take|takes|took|taking|taken)\s+effect(?:\s+(?:[\w-]+\s+){0,4}?(?:on|from)?)?|kick(?:s|ed)?\s+in(?:\s+on)?|
        no\s+later\s+than|not\s+later\s+than|as\s+(?:early|soon)\s+as|not\s+until|
        # "a 25% tariff on imported semiconductors, with a start date of July 1"
        (?:with\s+)?(?:a|an|the)\s+(?:proposed\s+|planned\s+)?(?:start(?:ing)?|effective|implementation)\s+date\s+of|
        (?:came|come|comes|went|go|goes|going|entered|enter|enters)\s+into\s+(?:force|effect)(?:\s+(?:shortly|just)\s+(?:after|before)\s+midnight)?(?:\s+(?:on|from))?|
        (?:deferred|postponed|delayed|pushed\s+back)\s+(?:until|to)|
        # "new tariffs that will start on April 1"
        (?:tariffs?|duties|levies|rates)\s+(?:that\s+|which\s+)?(?:will\s+|would\s+|are\s+to\s+)(?:start|begin)(?:\s+on)?|
        # "a 100 percent tariff on branded drugs, which he said would start on October 1"
        ,\s+(?:that|which)\s+(?:[\w.]+\s+){1,3}?said\s+(?:would|will)\s+(?:start|begin|apply|kick\s+in|take\s+effect)(?:\s+(?:on|from))?|
        (?:begins?|began|starts?|started|will\s+begin|will\s+start)\s+(?:collecting|charging|levying|imposing|applying|facing|paying)\s+(?:[^.;]|\.(?=\S)|(?<=[A-Z])\.(?=\s)){0,100}?|
        # "A 10% baseline tariff ... starts on April 5"
        (?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates?|surcharges?|baselines?)\s+(?:(?:on|for)\s+[^.;%]{0,80}?\s+)?(?:starts|started|begins|began)\s+(?:on|from)|
        # "higher country rates are due on April 9"
        (?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates)\s+(?:are|is|were|was)\s+due\s+(?:on|from)|
        (?:took|take|takes|taking|came|went|kicked|kicks|kick)\s+(?:effect|into\s+(?:force|effect)|in)(?:\s+as\s+(?:scheduled|planned|expected|promised|threatened))?\s+at\s+[\d:.]+\s*(?:a\.m\.|p\.m\.|am|pm)?(?:(?:\s+\w+){1,2}\s+time|\s+[A-Z]{2,4})?(?:\s*\([^)]{0,20}\))?(?:\s+on)?|
        (?:from|after|since)\s+(?:just\s+)?(?:after|before|past)?\s*midnight(?:(?:\s+\w+){1,2}\s+time|\s+[A-Z]{2,4})?(?:\s*\([^)]{0,20}\))?(?:\s+on)?|
        (?:applies|apply|applied|effective|starting|take\s+effect|takes\s+effect|from)\s+(?:from\s+)?(?:at\s+)?[\d:.]+\s*(?:a\.m\.|p\.m\.|am|pm)(?:(?:\s+\w+){1,2}\s+time|\s+[A-Z]{2,4})?(?:\s*\([^)]{0,20}\))?(?:\s+on)?|
        (?:imposed|slapped|levied|introduced|applied|put\s+in\s+place)\s+(?:[^.;,]|\.(?!\s+(?-i:[A-Z]))|,(?!\s+(?:and|but|while)\b)){0,60}?|
        # "vowed to impose a 25 per cent tariff on all imports from Canada and Mexico on Jan. 20"
        (?:to|will|would|shall)\s+impose\s+(?:[^.;,%]|\.(?!\s+(?-i:[A-Z]))){0,30}?\d[^.;,]{0,80}?\s+on|
        (?:implementation|introduction|imposition)\s+of\s+[^.;]{0,80}?(?:\s+on)?|by|
        (?:became|become|becomes|becoming)\s+subject\s+to\s+(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){0,60}?(?:\s+(?:on|from))?|
        (?:will\s+)?(?:apply|applies|be\s+applied|be\s+imposed|be\s+levied)(?:\s+from|\s+on|\s+as\s+of)?|
        # "Those rates are set to climb on Jan. 1, when the duty on sofas rises to 30%"
        (?:set|due|scheduled|expected)\s+to\s+(?:climb|rise|increase|jump|go\s+up|fall|drop|double)(?:\s+(?:on|from))?|
        # "set those rates to climb on Jan. 1 - to 50 per cent", "will climb on Jan. 1 to 50 per cent"
        """
    + CLIMB_ON
    + r"""|
        # "the 25 percent rate that had been due to hit Korean goods on Friday"
        (?:due|set|scheduled)\s+to\s+hit(?:\s+[^\W\d]+){1,4}?(?:\s+(?:on|from))?|
        # "A separate 20% levy on cheeses will follow on April 15"
        will\s+follow(?:\s+on|\s+from)?|(?:is|are)\s+to\s+follow(?:\s+on|\s+from)?|
        # "Canada's counter-tariffs come off on September 1"
        (?:come|comes|came|coming)\s+off(?:\s+(?:on|from))?)\s*$""",
    re.I | re.X,
)
# "The baseline tariff will rise to 15 per cent on Friday", "rose to 145% on April 10": a rate
# that moves on the day told right after it
MOVES_ON = re.compile(
    r"""(?:(?:will|would|shall|is\s+to|are\s+to)\s+(?:be\s+(?:raised|lowered|cut|reduced|increased|doubled)|
        (?:rise|climb|jump|increase|fall|drop|double|go\s+up|go\s+down))|rises|climbs|jumps|increases|falls|
        drops|doubles|goes\s+up|goes\s+down|rose|climbed|jumped|fell|dropped|went\s+up|went\s+down)
        # ("will double its tariffs on imported steel and aluminium to 50 per cent")
        (?:\s+(?:its|their|the)(?:\s+[^\W\d]+){0,3}?\s+(?:tariffs?|duties|duty|levies|levy|rates?)(?:\s+on(?:\s+[^\W\d]+){1,4}?)?)?
        (?:\s+by\s+(?:[\w.-]+\s+){1,2}(?:percentage\s+)?points?,?)?
        \s+to\s+\d+(?:\.\d+)?"""
    + PCT_UNIT
    + r"""(?:\s+from\s+\d+(?:\.\d+)?"""
    + PCT_UNIT
    + r""")?
        # ("rose ... to 20 per cent at one minute past midnight on Wednesday")
        (?:\s+at\s+(?:[\w:.-]+\s+){0,4}?(?:midnight|noon|a\.m\.|p\.m\.|am|pm)(?:\s+(?:\w+\s+)?time)?,?)?
        (?:\s+on)?\s*$""",
    re.I | re.X,
)
# "all starting on the same date": the date of the rates reported just before
SAME_DATE = re.compile(
    r"\b(?:starting|start|starts|effective|beginning|begin|begins|from|apply|applies|applying|"
    r"(?:take|takes|taking|took)\s+effect|(?:come|comes|coming|came|enter|enters|entering|entered)\s+into\s+(?:force|effect))"
    r"\s+(?:on\s+|from\s+)?the\s+same\s+(?:date|day)\b"
    # "will be cut to 8% from 16% on the same day": a rate still to change, on that day
    r"|(?<=%)[^.;]{0,40}?\bon\s+the\s+same\s+(?:date|day)\b",
    re.I,
)
EFFECTIVE_NOW = re.compile(
    r"\b(?:effective\s+immediately|with\s+immediate\s+effect|immediately\s+effective|takes?\s+effect\s+immediately|"
    # ("Canada would immediately impose 25% tariffs on C$30 billion of U.S. goods")
    r"(?:will|would|to)\s+immediately\s+(?:impose|apply|levy|introduce|slap)|"
    # ("rates that kicked in just after midnight")
    r"(?:put\s+in\s+place|took\s+effect|came\s+into\s+(?:force|effect)|kicked\s+in|went\s+into\s+effect)\s+"
    r"(?:(?:just|shortly)\s+after|at)\s+midnight(?!\s+(?:on|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|[A-Z][a-z]+\.?\s+\d))|"
    # "cut its tariff to 10% from 125% as of 12:01 a.m. New York time", "at noon local time"
    r"(?<=%\s)(?:as\s+of|at)\s+(?:[\d:.]+\s*(?:a\.m\.|p\.m\.)|midnight|noon)(?=\s+(?:[A-Z][\w]+\s+){0,2}?(?:local\s+)?time\b))",
    re.I,
)

# Imposing a tariff: the verb whose subject is the imposer.
IMPOSE_VERB = re.compile(
    r"""\b(?:impos\w*|slap\w*|lev(?:y|ied|ies|ying)|announc\w*|unveil\w*|rais\w*(?!\s+(?:(?:serious|strong|new|fresh|its|their|his|her|the|some)\s+)?
        (?:concerns?|questions?|objections?|worries|doubts|alarm|the\s+(?:issue|matter|subject|prospect)))
        # (nor "Stubb raised the 15 percent tariff on EU goods that has been in force since": a
        # measure in place, brought up)
        (?!\s+(?:the|its|their)\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+(?:[\w-]+\s+){0,2}?
        (?:tariffs?|dut(?:y|ies)|lev(?:y|ies))\b[^.;%]{0,60}?\b(?:that|which)\s+(?:[\w.]+\s+){0,3}?
        (?:has|have|had|is|are|was|were|appl\w*|took|came)
        # (but "raised the 25 percent tariff on steel that has applied since 2018 to 50 percent")
        (?![^.;]{0,60}?\bto\s+\d))|hik\w*|increas\w*|cut(?:s|ting)?|lower\w*|
        reduc\w*|slash\w*|propos\w*|consider\w*|threaten\w*|introduc\w*|adopt\w*|retaliat\w*|charg\w*|
        paus\w*|suspend\w*|remov\w*|lift\w*|scrap\w*|waiv\w*|double[ds]?|halv(?:e|es|ed|ing)|hits?\s+back|appl(?:y|ies|ied|ying)|grant(?:s|ed|ing)?|
        put\s+in\s+place|implement\w*|enact\w*|ordered|approv\w*|requir(?:e|es|ed|ing)|
        # "will place a 200% tariff on", "put a 25% duty on"
        (?:plac(?:e|es|ed|ing)|puts?|putting)(?=\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?\d
        # ("would put a tariff of \"approximately 100%\" on chips")
        |\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:tariff|duty|levy|surcharge)\s+of\s+\W?(?:about\s+|approximately\s+|around\s+|roughly\s+|some\s+)?\d)|
        (?:kept|keeps|keep|keeping|maintain\w*|retain\w*)(?=\s+(?:its\s+|their\s+|an?\s+|the\s+)?(?:[\w-]+\s+)?\d)|
        set(?:s|ting)?(?=\s+(?:its|a|an|the|new|their)\s+(?:[\w-]+\s+)?(?:rates?|tariffs?|dut(?:y|ies)|lev(?:y|ies))\b))\b""",
    re.I | re.X,
)

# Goods: sectors a tariff can cover. Anything else on "on ..." is kept as written.
SECTORS = re.compile(
    r"""\b(?:steel|alumin(?:i)?um|autos?|automobiles?|automotive|cars?|vehicles?|EVs?|trucks?|auto\s+parts|
        semiconductors?|chips?|solar|panels?|modules|batteries|lumber|timber|copper|pharmaceuticals?|drugs|
        medicines|textiles?|apparel|garments|footwear|furniture|appliances|washing\s+machines|dairy|wine|
        whisk(?:e)?y|spirits|beef|pork|poultry|chicken|soybeans?|sorghum|cotton|corn|wheat|rice|sugar|fruit|vegetables|
        seafood|fish|coal|oil|crude|gas|LNG|energy|fertili[sz]ers?|chemicals|plastics?|aircraft|ships?|
        machinery|electronics|smartphones?|laptops?|edible\s+oils?|palm\s+oil|barley|rare\s+earths?|
        critical\s+minerals|minerals|nickel|lithium|cement|glass|paper|tyres|tires|toys|components|parts|engines|
        flowers|coffee|tea|cocoa|nuts|shrimp|citrus|avocados|tomatoes|bananas|plywood|wood|ceramics?|tiles|
        bicycles|motorcycles|tobacco|leather|jewe(?:l)?l(?:e)?ry|cheese|clothing|shoes|toys|cars|
        cabinets|vanities|buses|polysilicon|drones|films|movies)\b""",
    re.I | re.X,
)
GENERIC_GOODS = re.compile(
    r"^(?:all\s+)?(?:(?:of\s+)?(?:its|their|the)\s+)?(?:goods|products|imports|exports|shipments|items|merchandise|everything)\b",
    re.I,
)

# Effective-date words that report the past ("went into effect on Sunday").
EFFECTIVE_PAST = re.compile(
    r"\b(?:went|took|taken|came|became|entered|kicked|began|started|since|has\s+applied|had|was|were|retroactive|backdated|"
    # "counter-tariffs ..., imposed on March 13" (not "will be imposed on")
    r"(?<!be\s)(?:imposed|slapped|levied|introduced|applied|charged))\b",
    re.I,
)
# Of those, the ones that say it has already happened: the day is not ahead of the story
EFFECTIVE_DONE = re.compile(
    r"\b(?:went|took|taken|came|became|entered|kicked|since|(?:has|have)\s+applied)\b", re.I
)
