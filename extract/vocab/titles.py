"""Offices and titles: the words that make a name a role-holder.

Collected from the way English-language news introduces officials: heads of
state and government, ministers and their portfolios, diplomats, spokespeople,
monarchs, party and central-bank officials. All entries are lower case; the
extractor matches them case-insensitively.
"""

# Head nouns: a role phrase ends in (or is built around) one of these.
_HEADS = frozenset(
    """
    president vice-president premier chancellor minister ministers
    secretary secretary-general undersecretary under-secretary king queen prince princess
    emir amir sultan monarch ruler governor mayor senator congressman congresswoman lawmaker
    legislator speaker ambassador envoy emissary representative spokesperson spokesman
    spokeswoman adviser advisor counselor counsellor chief chairman chairwoman chairperson
    chair head director director-general commissioner leader negotiator diplomat reporter
    correspondent editor official ceo executive commander general attorney-general
    justice judge pope aide deputy taoiseach tánaiste tanaiste prime-minister mp mep
    counsellors foreign-minister treasurer candidate pre-candidate nominee contender
    economist analyst strategist whip researcher professor lecturer scholar officer expert
    founder co-founder co-head co-chair co-chairman manager consultant
    lawyer convener convenor co-president co-leader
    """.split()
)

# ... and each office before it is taken up: "ambassador-designate", "president-elect"
HEADS = (
    _HEADS
    | {f"{h}-{s}" for h in _HEADS for s in ("designate", "elect")}
    # ... and one held before: "then-President Karin Keller-Sutter"
    | {f"then-{h}" for h in _HEADS}
)

# Two-word heads read as one.
COMPOUND_HEADS = frozenset(
    """
    prime minister|vice president|crown prince|secretary general|general secretary|
    senior fellow|research fellow|
    secretary of state|foreign secretary|press secretary|attorney general|
    chief executive|high representative|supreme leader|top diplomat|first lady|
    trade representative|national security adviser|national security advisor|
    chief of staff|foreign minister|finance minister|defence minister|defense minister|
    home minister|interior minister|trade minister|economy minister|deputy head|
    state counsellor|state councillor|deputy prime minister|political scientist|
    prime minister-designate|chargé d’affaires|chargé d'affaires|charge d'affaires|charge d’affaires
    """.split("|")
)
COMPOUND_HEADS = frozenset(" ".join(c.split()) for c in COMPOUND_HEADS if c.strip())

# Abbreviated titles seen before names: "PM Modi", "FM Dar".
ABBREVIATIONS = {
    "pm": "Prime Minister",
    "fm": "Foreign Minister",
    "ceo": "CEO",
    "mp": "MP",
    "mep": "MEP",
    # the US press's short titles ("Gov. Kim Reynolds", "Sen. Chuck Grassley")
    "gov.": "Governor",
    "sen.": "Senator",
    "rep.": "Representative",
}

# Words that qualify a head: portfolios, ranks, tenure. Capitalised words are
# accepted as modifiers anyway; these are the ones also seen in lower case.
MODIFIERS = frozenset(
    """
    foreign finance defence defense trade commerce economy economic economics development
    interior home justice energy agriculture agricultural health education external affairs
    industry industries culture tourism information labour labor environment environmental
    transport oil petroleum planning treasury investment digital science technology security
    intelligence climate water housing mining revitalization revitalisation tariff tariffs
    cabinet chief senior deputy principal vice first acting interim former outgoing incoming
    top special state permanent presidential federal union regional provincial national
    assistant associate executive general junior parliamentary international distinguished
    visiting emeritus adjunct managing lead
    communications press public affairs relations strategic policy fiscal monetary
    central bank customs immigration social welfare women youth sports veterans maritime
    fisheries aviation space cyber then- republican democratic democrat conservative labour liberal new newly appointed
    opposition ruling ministry humanitarian department office commission military government
    steel mines mineral minerals heavy diaspora forestry railways ports shipping telecommunications
    power coal textiles food consumer works rural urban land natural resources disaster sport
    sports arts media innovation research employment pensions infrastructure transportation
    rates equity equities currency currencies commodities credit markets market fixed-income
    army navy naval financial operating marketing commercial sales legal
    purchasing procurement merchandising plant supply-chain
    health-care healthcare product products brand portfolio fund production
    """.split()
)

# Honorifics that may stand between a title and a name, or before a bare name.
# Military ranks spelt out: before a name a rank, after a given name a surname ("Colonel
# Michael Randrianirina", "Economist Sarah Colonel")
RANKS = frozenset({"colonel", "lieutenant", "brigadier", "admiral"})
HONORIFICS = RANKS | frozenset(
    """
    mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady sheikh shaikh ayatollah imam hon hon.
    honourable honorable rev rev. h.e. h.e he. excellency his her datuk dato dato' datin tun seri
    utama yab yb ybhg
    highness majesty royal shri sri smt shrimati gen gen. adm adm. lt lt. col col. maj maj. brig brig.
    """.split()
)
# ... of which the member's style, written with its article ("Prime Minister the Hon James Marape")
HON_STYLES = frozenset({"hon", "honourable", "honorable"})
# Letters written after a member's name ("the Hon Justin Tkatchenko MP"), not "KC": a Nepali
# family name too
POST_NOMINALS = frozenset({"MP", "MPs", "MEP", "MLA", "MPP", "MNA", "MHA", "OBE", "CBE"})
# ... of which those only ever written before a person's name ("Mr. Trump"), never "his"
COURTESY = frozenset("mr mrs ms dr sir dame".split())

# Name particles that are written in lower case inside a name.
PARTICLES = frozenset(
    "bin bint ibn al al- el de da di do dos das du van von der den ter la le y".split()
)

# What a bare descriptor ("the Iranian president", "the top diplomat") can refer to.
DESCRIPTOR_HEADS = {
    "leader": (
        "president",
        "prime minister",
        "chancellor",
        "king",
        "premier",
        "emir",
        "leader",
        "general secretary",
        "crown prince",
        "sultan",
    ),
    "top diplomat": (
        "foreign minister",
        "secretary of state",
        "foreign secretary",
        "minister of foreign affairs",
    ),
    "diplomat": (
        "foreign minister",
        "secretary of state",
        "ambassador",
        "envoy",
        "diplomat",
        "foreign secretary",
        "minister of foreign affairs",
        "counselor",
    ),
    "official": ("",),
}

# Offices that are each other's "counterpart" across governments.
ROLE_FAMILIES = [
    (
        "diplomacy",
        r"foreign minister|secretary of state|foreign secretary|foreign affairs|top diplomat|external affairs minister",
    ),
    ("trade", r"trade|commerce|economy minister|economic development"),
    ("finance", r"finance|treasury|exchequer"),
    ("defence", r"defen[cs]e|military"),
    ("interior", r"interior|home minister|home secretary"),
    (
        "head",
        r"president|prime minister|chancellor|premier|king|queen|emir|sultan|crown prince|general secretary|leader",
    ),
]

# ... and what is led that is no body: "who runs the risk of", "who chairs Tuesday's hearing"
NOT_BODIES = frozenset(
    "risk hearing hearings talks push effort efforts campaign lobbying drive charge race polls "
    "bid fight way call calls meeting session debate vote negotiations review probe".split()
)
# "Tom Reed, once analyst at X,", "Maria Lopez, herself an economist,": a past or passing job
ASIDE_ADVERBS = frozenset(
    "once then now still also herself himself themselves itself formerly previously later".split()
)
# Offices that sit for a place: "Rep. Jason Smith of Missouri", "Gov. Bob Ferguson of Washington"
SEATED_OFFICES = frozenset(
    "representative senator congressman congresswoman governor lawmaker legislator mp mep "
    "delegate assemblyman assemblywoman".split()
)
