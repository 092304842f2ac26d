"""Multi-word place names that look like personal names ("New York", "Buenos Aires").

Capitals are in countries.py; these are other large cities and regions that
the news names often. Lower case.
"""

PLACES = frozenset(
    """
    new york|los angeles|san francisco|hong kong|buenos aires|rio de janeiro|sao paulo|
    são paulo|tel aviv|abu dhabi|new delhi|kuala lumpur|cape town|mexico city|
    saint petersburg|st petersburg|st. petersburg|la paz|santo domingo|san salvador|
    panama city|kuwait city|ho chi minh city|addis ababa|dar es salaam|
    palm beach|mar-a-lago|camp david|sharm el-sheikh|davos|
    west bank|gaza strip|south china sea|east china sea|taiwan strait|persian gulf|
    red sea|black sea|middle east|latin america|north america|south america|
    southeast asia|south asia|central asia|east asia|western europe|eastern europe|
    new jersey|new hampshire|new mexico|north carolina|south carolina|north dakota|
    south dakota|west virginia|rhode island|silicon valley|wall street|capitol hill|
    white house|downing street|red square|tiananmen square|việt nam|viet nam|
    southeast asian|south asian|central asian|east asian|latin american|north american|
    south american|central american|middle eastern|west african|east african|southern african|
    north african|sub-saharan african|
    prince rupert|prince george|prince edward island|port said|port klang|port louis|
    port moresby|port of spain|port-au-prince|long beach|
    """.split("|")
)
PLACES = frozenset(" ".join(p.split()) for p in PLACES if p.strip())
