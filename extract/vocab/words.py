"""Capitalised words that are not names.

Function words that start sentences, calendar words, and the nouns that make
a capitalised phrase an organisation, a place or an event rather than a
person ("White House", "Federal Reserve Board", "Truth Social").
"""

SENTENCE_WORDS = frozenset(
    """
    the a an in on at by for from with without after before during under over as but and or
    if when while since until this that these those it its he she they we i you his her
    their our my your both all some many most other another each every no not according
    however meanwhile earlier later also yet still instead together apart asked responding
    speaking following despite amid among between against about through within last next
    first second third then there here what which who whom whose where why how such only
    even just so thus hence because although though unlike like per via upon into onto
    follow source photo file read related updated published created analysts officials
    dear please thanks yes ok mr mrs ms dr sir
    """.split()
)

CALENDAR = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday today yesterday tomorrow
    """.split()
)

# A capitalised phrase containing one of these names a body, place or event.
ORG_WORDS = frozenset(
    """
    house villa palace office ministry ministries department council commission committee
    bank reserve board court party congress parliament assembly senate union agency news
    times post journal daily herald tribune gazette institute university college school
    center centre organization organisation foundation fund group forum summit conference
    airport street square city province state republic kingdom federation emirates islands
    road avenue boulevard path highway
    island sea seas ocean strait alps mountains river valley war revolution platform social
    service services administration government cabinet authority corporation company inc
    session ltd airlines motors media network channel television radio press army navy force forces
    police guard embassy consulate mission secretariat chamber association alliance duchy
    coalition front movement treaty agreement accord act law day week year festival cup
    games olympics index exchange market markets stock airways holdings partners capital
    bureau division unit zone region territory district county tower hall building avenue
    road station port gulf peninsula basin desert plaza club museum hospital church
    manufacturers exporters importers producers employers retailers traders growers shippers
    mosque temple cathedral initiative program programme project plan policy strategy
    system systems commission's doctrine report survey census business economy industry
    trade finance security defence defense affairs relations presidency premiership chancellery
    league nations council bloc community academy fighters management command studies advisory
    consultancy consulting corridor analytics cooperative co-operative selections exports imports
    corp co pvt plc llc gmbh limited incorporated sdn bhd tbk jsc securities composite knits
    apparel garments enterprises ventures
    """.split()
)
