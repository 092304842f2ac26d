"""Subjects that official readouts and reports of calls and meetings name.

Canonical label first, then the regular expression that finds it. Drawn from
the recurring subjects of diplomatic readouts: economy, security, regional
crises, and the usual courtesies.
"""

TOPICS = [
    (
        "counter-terrorism",
        r"counter[- ]?terrorism|combat(?:ing|ting)?\s+terrorism|fight(?:ing)?\s+terrorism|terrorism",
    ),
    (
        "trade",
        r"\btrade\b(?!\s+(?:representative|minister|office|deal|agreement|war|barriers|chief|envoy))",
    ),
    ("trade deal", r"trade\s+(?:deal|agreement|pact)"),
    ("investment", r"\binvestments?\b"),
    ("tariffs", r"\btariffs?\b|\blevies\b|\bduties\b"),
    ("critical minerals", r"critical\s+minerals|rare\s+earths?"),
    ("energy", r"\benergy\b|\boil\b|\bgas\b|\bLNG\b"),
    (
        "security",
        r"(?<!regional\s)(?<!economic\s)\bsecurity\b(?!\s+(?:council|forces|adviser|advisor))",
    ),
    ("regional security", r"regional\s+security"),
    ("economic security", r"economic\s+security"),
    (
        "bilateral relations",
        r"bilateral\s+(?:relations|ties|issues|cooperation|agenda|matters)|ties\s+between\s+the\s+two",
    ),
    ("economic cooperation", r"economic\s+(?:cooperation|ties|partnership|relations)"),
    (
        "defence",
        r"(?<!Department of )\bdefen[cs]e\b(?!\s+(?:minister|secretary|ministry))|\bmilitary\s+cooperation",
    ),
    ("climate", r"\bclimate\b"),
    ("migration", r"\bmigration\b|\bmigrants?\b|\brefugees?\b"),
    ("nuclear programme", r"\bnuclear\b"),
    ("war in Ukraine", r"\bUkraine\b|Russia-Ukraine"),
    ("Gaza", r"\bGaza\b"),
    ("Middle East", r"Middle\s+East"),
    ("Syria", r"\bSyria\b"),
    ("Afghanistan", r"\bAfghanistan\b"),
    ("Taiwan", r"\bTaiwan\b"),
    ("sanctions", r"\bsanctions?\b"),
    ("technology", r"\btechnology\b|\bsemiconductors?\b|\bchips?\b"),
    ("health", r"\bhealth\b|\bpandemic\b|\bvaccines?\b"),
    ("agriculture", r"\bagricultur(?:e|al)\b|\bfarm(?:ers|ing)?\b"),
    (
        "regional developments",
        r"regional\s+(?:and\s+international\s+)?(?:developments|issues|situation|problems)",
    ),
    ("international developments", r"international\s+(?:developments|issues|situation)"),
    ("peace process", r"peace\s+(?:process|talks|deal|plan)|ceasefire|cease-fire"),
    ("human rights", r"human\s+rights"),
    ("greetings", r"congratulat\w+|greetings|condolences"),
]
