"""Country names, short forms, demonyms and capitals, mapped to ISO 3166-1 alpha-2.

Official and common names come from pycountry (the ISO 3166 tables). The
rest is kept here by hand, from the forms English-language news uses:
short names ("US", "Britain"), demonyms ("Pakistani", "Turkish"), and
capitals used as metonyms ("Washington said", "Beijing will impose").
Organisations that act like states in the news are included with the codes
the evaluation schema allows (EU, UN, NATO).
"""

from __future__ import annotations

import re
from functools import lru_cache

SHORT_NAMES = {
    "US": "United States|U.S.|U.S.A.|USA|U.S.A|America|the States|United States of America",
    "GB": "UK|U.K.|Britain|Great Britain|United Kingdom|England|Scotland|Wales",
    "RU": "Russia|Russian Federation",
    "KR": "South Korea|Republic of Korea|ROK|Korea RP|Korea|Korea Rep.",
    "KP": "North Korea|DPRK",
    "IR": "Iran",
    "SY": "Syria",
    "VN": "Vietnam|Viet Nam",
    "TR": "Turkey|Türkiye|Turkiye",
    "CZ": "Czech Republic|Czechia",
    "CI": "Ivory Coast|Côte d'Ivoire|Cote d'Ivoire",
    "AE": "UAE|U.A.E.|United Arab Emirates|Emirates",
    "TW": "Taiwan",
    "CN": "China|PRC|People's Republic of China|mainland China|China PR",
    "LA": "Laos",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "TZ": "Tanzania",
    "MD": "Moldova",
    "CD": "DR Congo|DRC|Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "PS": "Palestine|Palestinian territories|Gaza|West Bank",
    "VA": "Vatican|Holy See",
    "MK": "North Macedonia|Macedonia",
    "BN": "Brunei",
    "FM": "Micronesia",
    "NL": "Netherlands|Holland|the Netherlands",
    "PH": "Philippines|the Philippines",
    "SA": "Saudi Arabia|Saudi|Kingdom of Saudi Arabia|KSA",
    "EU": "European Union|EU|E.U.|the bloc|European Commission",
    "UN": "United Nations|UN|U.N.",
    "NATO": "NATO|North Atlantic Treaty Organization",
}

DEMONYMS = {
    "US": "American|U.S.|US",
    "GB": "British|UK|U.K.|English|Scottish|Scotch|Welsh",
    "RU": "Russian",
    "CN": "Chinese|Sino",
    "JP": "Japanese",
    "KR": "South Korean|Korean",
    "KP": "North Korean",
    "IN": "Indian",
    "PK": "Pakistani",
    # (the smaller economies that tariff schedules and letters name too)
    "ZM": "Zambian",
    "BW": "Botswanan|Motswana|Batswana",
    "BF": "Burkinabe|Burkinabè",
    "BI": "Burundian",
    "BJ": "Beninese",
    "BS": "Bahamian",
    "BB": "Barbadian",
    "BZ": "Belizean",
    "CD": "Congolese",
    "CV": "Cape Verdean",
    "DJ": "Djiboutian",
    "ER": "Eritrean",
    "FJ": "Fijian",
    "GA": "Gabonese",
    "GM": "Gambian",
    "GN": "Guinean",
    "GY": "Guyanese",
    "LR": "Liberian",
    "LS": "Basotho",
    "MG": "Malagasy",
    "ML": "Malian",
    "MR": "Mauritanian",
    "MU": "Mauritian",
    "MW": "Malawian",
    "NA": "Namibian",
    "NE": "Nigerien",
    "PG": "Papua New Guinean",
    "PR": "Puerto Rican",
    "SC": "Seychellois",
    "SL": "Sierra Leonean",
    "SO": "Somali",
    "SS": "South Sudanese",
    "SR": "Surinamese",
    "SZ": "Swazi",
    "TD": "Chadian",
    "TG": "Togolese",
    "TL": "Timorese",
    "TO": "Tongan",
    "TT": "Trinidadian",
    "WS": "Samoan",
    "BN": "Bruneian",
    "GL": "Greenlandic",
    "AD": "Andorran",
    "MC": "Monegasque|Monégasque",
    "KM": "Comorian",
    "AF": "Afghan",
    "BD": "Bangladeshi",
    "LK": "Sri Lankan",
    "NP": "Nepali|Nepalese",
    "BT": "Bhutanese",
    "MV": "Maldivian",
    "IR": "Iranian",
    "IQ": "Iraqi",
    "SY": "Syrian",
    "TR": "Turkish",
    "SA": "Saudi",
    "AE": "Emirati",
    "QA": "Qatari",
    "KW": "Kuwaiti",
    "BH": "Bahraini",
    "OM": "Omani",
    "YE": "Yemeni",
    "JO": "Jordanian",
    "LB": "Lebanese",
    "IL": "Israeli",
    "PS": "Palestinian",
    "EG": "Egyptian",
    "LY": "Libyan",
    "TN": "Tunisian",
    "DZ": "Algerian",
    "MA": "Moroccan",
    "SD": "Sudanese",
    "ET": "Ethiopian",
    "KE": "Kenyan",
    "NG": "Nigerian",
    "GH": "Ghanaian",
    "ZA": "South African",
    "ZW": "Zimbabwean",
    "TZ": "Tanzanian",
    "UG": "Ugandan",
    "RW": "Rwandan",
    "SN": "Senegalese",
    "CI": "Ivorian",
    "CM": "Cameroonian",
    "AO": "Angolan",
    "MZ": "Mozambican",
    "DE": "German",
    "FR": "French",
    "IT": "Italian",
    "ES": "Spanish",
    "PT": "Portuguese",
    "NL": "Dutch",
    "BE": "Belgian",
    "LU": "Luxembourgish",
    "CH": "Swiss",
    "AT": "Austrian",
    "IE": "Irish",
    "DK": "Danish",
    "SE": "Swedish",
    "NO": "Norwegian",
    "FI": "Finnish",
    "IS": "Icelandic",
    "PL": "Polish",
    "CZ": "Czech",
    "SK": "Slovak",
    "HU": "Hungarian",
    "RO": "Romanian",
    "BG": "Bulgarian",
    "GR": "Greek",
    "CY": "Cypriot",
    "MT": "Maltese",
    "HR": "Croatian",
    "RS": "Serbian",
    "SI": "Slovenian|Slovene",
    "BA": "Bosnian",
    "ME": "Montenegrin",
    "AL": "Albanian",
    "MK": "Macedonian",
    "XK": "Kosovar",
    "UA": "Ukrainian",
    "BY": "Belarusian|Belarussian",
    "MD": "Moldovan",
    "LT": "Lithuanian",
    "LV": "Latvian",
    "EE": "Estonian",
    "GE": "Georgian",
    "AM": "Armenian",
    "AZ": "Azerbaijani|Azeri",
    "KZ": "Kazakh|Kazakhstani",
    "UZ": "Uzbek",
    "TM": "Turkmen",
    "KG": "Kyrgyz",
    "TJ": "Tajik",
    "MN": "Mongolian",
    "TW": "Taiwanese",
    "HK": "Hong Kong",
    "VN": "Vietnamese",
    "TH": "Thai",
    "KH": "Cambodian",
    "LA": "Lao|Laotian",
    "MM": "Myanmar|Burmese",
    "MY": "Malaysian",
    "SG": "Singaporean",
    "ID": "Indonesian",
    "PH": "Philippine|Filipino",
    "AU": "Australian",
    "NZ": "New Zealand",
    "CA": "Canadian",
    "MX": "Mexican",
    "BR": "Brazilian",
    "AR": "Argentine|Argentinian",
    "CL": "Chilean",
    "PE": "Peruvian",
    "CO": "Colombian",
    "VE": "Venezuelan",
    "EC": "Ecuadorian|Ecuadorean",
    "BO": "Bolivian",
    "PY": "Paraguayan",
    "UY": "Uruguayan",
    "CU": "Cuban",
    "PA": "Panamanian",
    "CR": "Costa Rican",
    "GT": "Guatemalan",
    "HN": "Honduran",
    "SV": "Salvadoran",
    "NI": "Nicaraguan",
    "DO": "Dominican",
    "HT": "Haitian",
    "JM": "Jamaican",
    "EU": "European|EU",
}

# Capitals and seats of government, used in the news for the government itself.
CAPITALS = {
    "US": "Washington|the White House|White House",
    "CN": "Beijing",
    "RU": "Moscow|the Kremlin|Kremlin",
    "GB": "London|Downing Street",
    "FR": "Paris|the Elysee|Élysée",
    "DE": "Berlin",
    "JP": "Tokyo",
    "IN": "New Delhi|Delhi",
    "PK": "Islamabad",
    "UA": "Kyiv|Kiev",
    "TR": "Ankara",
    "IR": "Tehran",
    "SA": "Riyadh",
    "KR": "Seoul",
    "KP": "Pyongyang",
    "CA": "Ottawa",
    "MX": "Mexico City",
    "BR": "Brasilia|Brasília",
    "AU": "Canberra",
    "VN": "Hanoi|Hà Nội|Ha Noi",
    "BY": "Minsk",
    "AF": "Kabul",
    "IL": "Jerusalem",
    "EG": "Cairo",
    "IT": "Rome",
    "ES": "Madrid",
    "TW": "Taipei",
    "ID": "Jakarta",
    "TH": "Bangkok",
    "PH": "Manila",
    "BD": "Dhaka",
    "NG": "Abuja",
    "ZA": "Pretoria",
    "AR": "Buenos Aires",
    "BT": "Thimphu",
    "QA": "Doha",
    "AE": "Abu Dhabi",
    "CO": "Bogotá|Bogota",
    "EC": "Quito",
    "PE": "Lima",
    "CL": "Santiago",
    "VE": "Caracas",
    "CU": "Havana",
    "NZ": "Wellington",
    "SG": "Singapore",
    "MY": "Kuala Lumpur|Putrajaya",
    "KH": "Phnom Penh",
    "MM": "Naypyidaw|Naypyitaw",
    "LK": "Colombo",
    "NP": "Kathmandu",
    "IQ": "Baghdad",
    "SY": "Damascus",
    "JO": "Amman",
    "LB": "Beirut",
    "KW": "Kuwait City",
    "OM": "Muscat",
    "IE": "Dublin",
    "PT": "Lisbon",
    "NL": "The Hague|Amsterdam",
    "BE": "Brussels",
    "CH": "Bern",
    "AT": "Vienna",
    "PL": "Warsaw",
    "CZ": "Prague",
    "HU": "Budapest",
    "RO": "Bucharest",
    "BG": "Sofia",
    "GR": "Athens",
    "SE": "Stockholm",
    "NO": "Oslo",
    "DK": "Copenhagen",
    "FI": "Helsinki",
    "LT": "Vilnius",
    "LV": "Riga",
    "EE": "Tallinn",
    "RS": "Belgrade",
    "HR": "Zagreb",
    "GE": "Tbilisi",
    "AM": "Yerevan",
    "AZ": "Baku",
    "KZ": "Astana",
    "UZ": "Tashkent",
    "MN": "Ulaanbaatar",
    "KE": "Nairobi",
    "ET": "Addis Ababa",
    "GH": "Accra",
    "SN": "Dakar",
    "MA": "Rabat",
    "DZ": "Algiers",
    "TN": "Tunis",
    "LY": "Tripoli",
    "SD": "Khartoum",
    "ZW": "Harare",
    "AO": "Luanda",
    "LS": "Maseru",
    "FJ": "Suva",
    "LA": "Vientiane",
    "CD": "Kinshasa",
    "SK": "Bratislava",
    "SI": "Ljubljana",
    "MD": "Chisinau|Chișinău",
    "BA": "Sarajevo",
    "AL": "Tirana",
    "MK": "Skopje",
    "CY": "Nicosia",
    "MT": "Valletta",
    "IS": "Reykjavik|Reykjavík",
    "BH": "Manama",
    "KG": "Bishkek",
    "TJ": "Dushanbe",
    "TM": "Ashgabat",
    "BN": "Bandar Seri Begawan",
    "PG": "Port Moresby",
    "MG": "Antananarivo",
    "MU": "Port Louis",
    "BW": "Gaborone",
    "NA": "Windhoek",
    "ZM": "Lusaka",
    "MW": "Lilongwe",
    "UG": "Kampala",
    "RW": "Kigali",
    "MZ": "Maputo",
    "CM": "Yaoundé|Yaounde",
    "TT": "Port of Spain",
    "DO": "Santo Domingo",
    "GT": "Guatemala City",
    "UY": "Montevideo",
    "PY": "Asunción|Asuncion",
    "HT": "Port-au-Prince",
    "NI": "Managua",
    "HN": "Tegucigalpa",
}
# Large cities that are not capitals, for datelines only ("JOHANNESBURG -", "ZURICH -"): whose
# story it is. Names shared by cities of two countries (Hamilton, Kingston, Windsor) are left out.
DATELINE_CITIES = {
    "US": "New York|Chicago|Los Angeles|San Francisco|Detroit|Pittsburgh|Houston|Seattle|Boston|"
    "Miami|Atlanta|Dallas|Phoenix|Palm Beach|Tacoma",
    "ZA": "Johannesburg|Cape Town|Durban|Gqeberha|Port Elizabeth",
    "CH": "Geneva|Zurich|Zürich|Basel|Lausanne",
    "BR": "São Paulo|Sao Paulo|Rio de Janeiro|Santos",
    "AE": "Dubai",
    "VN": "Ho Chi Minh City|Hai Phong|Haiphong|Da Nang",
    "TR": "Istanbul|Izmir",
    "IN": "Mumbai|Chennai|Kolkata|Bengaluru|Bangalore|Hyderabad|Ahmedabad|Tiruppur|Coimbatore|"
    "Visakhapatnam|Surat|Ludhiana",
    "PK": "Karachi|Lahore|Faisalabad|Sialkot",
    "DE": "Frankfurt|Munich|Hamburg|Stuttgart|Düsseldorf|Dusseldorf|Cologne|Wolfsburg",
    "CA": "Toronto|Vancouver|Montreal|Montréal|Calgary|Winnipeg|Edmonton",
    "AU": "Sydney|Melbourne|Brisbane|Adelaide",
    "JP": "Osaka|Nagoya|Yokohama|Kobe",
    "KR": "Busan|Ulsan|Incheon|Gyeongju",
    "CN": "Shanghai|Shenzhen|Guangzhou|Tianjin|Xiamen|Ningbo",
    "MX": "Monterrey|Guadalajara|Tijuana",
    "IT": "Milan|Turin",
    "FR": "Lyon|Marseille|Bordeaux",
    "GB": "Manchester|Edinburgh|Glasgow",
    "IE": "Cork",
    "NO": "Ålesund|Bergen|Stavanger",
    "PH": "Davao City|Cebu",
    "ID": "Surabaya|Medan",
    "BD": "Chittagong|Chattogram",
    "MY": "Penang|Johor Bahru",
    "SA": "Jeddah",
    "NG": "Lagos",
    "KE": "Mombasa",
    "MA": "Casablanca",
    "KZ": "Almaty",
    "NZ": "Auckland|Christchurch",
    "TW": "Kaohsiung|Taichung|Hsinchu",
}

ORGANISATIONS = {"EU", "UN", "NATO"}
# The EU's member states leave tariffs to the Union: a duty is set by the EU or on the EU, never
# by or on one member ("Spain's Litera Meat faces 15.6%" under China's duties on EU pork)
EU_MEMBERS = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    import pycountry

    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names[value.lower()] = c.alpha_2
    for code, forms in SHORT_NAMES.items():
        for form in _split(forms):
            form = form.lower()
            names[form if form in ("the bloc", "the states") else form.removeprefix("the ")] = code
    demonyms = {d.lower(): code for code, forms in DEMONYMS.items() for d in _split(forms)}
    capitals = {c.lower(): code for code, forms in CAPITALS.items() for c in _split(forms)}
    return names, demonyms, capitals


@lru_cache(maxsize=8192)
def country_code(text: str, capitals: bool = True) -> str | None:
    """ISO code for a country name, short form, demonym or (optionally) capital.

    >>> country_code("Pakistan"), country_code("Pakistani"), country_code("U.S.")
    ('PK', 'PK', 'US')
    >>> country_code("Beijing"), country_code("Beijing", capitals=False)
    ('CN', None)
    >>> country_code("the European Union"), country_code("Narnia"), country_code("United States’")
    ('EU', None, 'US')
    """
    key = re.sub(r"\s+", " ", text.strip()).lower()
    key = re.sub(r"(?:’s|'s|’|')$", "", key)
    if key not in ("the bloc", "the states"):
        key = re.sub(r"^the ", "", key)
    names, demonyms, caps = _tables()
    for table in (names, demonyms) + ((caps,) if capitals else ()):
        if key in table:
            return table[key]
    return None


@lru_cache(maxsize=1)
def _dateline_cities() -> dict[str, str]:
    return {c.lower(): code for code, forms in DATELINE_CITIES.items() for c in _split(forms)}


def dateline_country(city: str) -> str | None:
    """Whose story a dateline marks: a country, its capital or one of its large cities.

    >>> dateline_country("Johannesburg"), dateline_country("Hà Nội"), dateline_country("Narnia")
    ('ZA', 'VN', None)
    >>> country_code("Johannesburg") is None  # (not a capital: a mention of it is no country)
    True
    """
    return country_code(city) or _dateline_cities().get(" ".join(city.split()).lower())


@lru_cache(maxsize=8192)
def is_demonym(word: str) -> bool:
    """Whether a word is a demonym ("Australian", "European"), not a country's name."""
    key = word.lower()
    names, demonyms, _caps = _tables()
    return key in demonyms and key not in names


def country_name(code: str | None) -> str:
    """Display name for a code; ``*`` is all partners.

    >>> country_name("PK"), country_name("*"), country_name("EU"), country_name("US")
    ('Pakistan', 'all partners', 'European Union', 'United States')
    """
    if not code:
        return "unknown"
    if code == "*":
        return "all partners"
    special = {
        "EU": "European Union",
        "UN": "United Nations",
        "NATO": "NATO",
        "RU": "Russia",
        "KR": "South Korea",
        "KP": "North Korea",
        "IR": "Iran",
        "VN": "Vietnam",
        "TW": "Taiwan",
        "SY": "Syria",
        "GB": "United Kingdom",
        "TR": "Türkiye",
        "BO": "Bolivia",
        "VE": "Venezuela",
        "TZ": "Tanzania",
        "MD": "Moldova",
        "LA": "Laos",
        "CD": "DR Congo",
        "PS": "Palestine",
    }
    if code in special:
        return special[code]
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


@lru_cache(maxsize=1)
def all_forms() -> dict[str, str]:
    """Every known form (lower case) to its code: names, demonyms and capitals."""
    names, demonyms, caps = _tables()
    return {**caps, **demonyms, **names}


@lru_cache(maxsize=1)
def demonym_of() -> dict[str, str]:
    """First-listed demonym per code ("PK" -> "Pakistani"), for display and look-up."""
    return {code: _split(forms)[0] for code, forms in DEMONYMS.items()}


@lru_cache(maxsize=1)
def mention_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """One regex for every written form of a country, and the map from form to code.

    Matching is case-sensitive ("US" the country, not "us"), longest form first.
    """
    import pycountry

    forms: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                forms[value] = c.alpha_2
    for table in (SHORT_NAMES, DEMONYMS, CAPITALS):
        for code, values in table.items():
            for v in _split(values):
                forms[v] = code
    for org, code in (*INSTITUTIONS.items(), *PROVINCES.items()):
        forms[org] = code
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.$])(?:{alternation})(?:’s|'s)?(?![\w$])")
    return pattern, forms


# Institutions that act for a country in trade news.
INSTITUTIONS = {
    "White House": "US",
    "USTR": "US",
    "Commerce Department": "US",
    "European Commission": "EU",
    "Brussels": "EU",
}
# Provinces whose names hold another country's demonym: "British Columbia-based" is Canadian.
PROVINCES = {
    "British Columbia": "CA",
    "New South Wales": "AU",
}


@lru_cache(maxsize=1)
def _seats() -> frozenset[str]:
    return frozenset([v for values in CAPITALS.values() for v in _split(values)] + [*INSTITUTIONS])


def seat_of_government(form: str) -> bool:
    """Whether a mention names a government by its seat ("Washington", "the White House",
    "Brussels") rather than the country's land and goods.

    >>> seat_of_government("Washington"), seat_of_government("Vietnamese")
    (True, False)
    """
    return re.sub(r"(?:’s|'s)$", "", form) in _seats()


def find_countries(text: str) -> list[tuple[int, int, str, str]]:
    """Country mentions in ``text`` as (start, end, code, form).

    >>> [(c, f) for _, _, c, f in find_countries("Washington hit Chinese goods and U.S. allies.")]
    [('US', 'Washington'), ('CN', 'Chinese'), ('US', 'U.S.')]
    """
    return list(_find_countries(text))


# A run of capitals ("... ON ALL WINES COMING OUT OF FRANCE"): read in title case, so its
# countries are found (a lone acronym such as "NATO" or "UAE" is left as it is)
_SHOUTING = re.compile(r"\b[A-Z]{2,}(?:[\s,&.-]+[A-Z]{2,}){2,}\b")
_WORD = re.compile(r"\b(?:[A-Z]{3,}|OF)\b")
# (acronyms kept as written: "USA", "UAE", "NATO")
_ACRONYMS = frozenset(
    "USA UAE UK EU WTO IMF GDP CEO USD EUR OPEC NATO ASEAN USMCA CUSMA OECD BRICS G7 G20 SCO".split()
)
_SMALL = frozenset({"OF", "THE", "AND"})  # ("DEMOCRATIC REPUBLIC OF THE CONGO")
# (not a boast in capitals, "WE ARE GETTING 55% TARIFFS, CHINA IS GETTING 10%": who pays whom
# is the speaker's riddle)
_FIRST_PERSON = re.compile(r"\b(?:WE|OUR|I|MY)\b")


def _unshouted(text: str, run: re.Match) -> str:
    """A run of capitals in title case (same length), its small words and acronyms kept."""
    if _FIRST_PERSON.search(text, max(0, run.start() - 60), run.end()):
        return run.group(0)

    def word(w: re.Match) -> str:
        w = w.group(0)
        return w.lower() if w in _SMALL else w if w in _ACRONYMS else w.title()

    return _WORD.sub(word, run.group(0))


@lru_cache(maxsize=2048)
def _find_countries(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Country mentions in ``text`` as (start, end, code, form)."""
    pattern, forms = mention_pattern()
    out = []
    shouted = _SHOUTING.sub(lambda run: _unshouted(text, run), text)
    for m in pattern.finditer(shouted):
        form = re.sub(r"(?:’s|'s)$", "", m.group(0))
        code = forms.get(form)
        if code == "US" and re.search(
            r"\b(?:Latin|South|North|Central|Pan|Native)[\s-]+$",
            shouted[max(0, m.start() - 10) : m.start()],
        ):
            continue  # "the Latin American nation": a region, not the United States
        if (
            re.match(r"(?:’s|'s)?\s+(?:Ocean|Sea|Channel)\b", shouted[m.end() :])
            or re.search(r"\bGulf\s+of\s+$", shouted[max(0, m.start() - 8) : m.start()])
            # (a US state; not "New Mexican tariffs")
            or (
                form in ("Mexico", "Jersey")
                and shouted[max(0, m.start() - 4) : m.start()] == "New "
            )
        ):
            continue  # "the Indian Ocean island", "South China Sea", "New Mexico", "Gulf of Mexico"
        if code:
            out.append((m.start(), m.end(), code, form))
    return tuple(out)
