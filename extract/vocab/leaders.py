"""Office holders whose nationality news copy takes for granted.

Wire stories write "President Donald Trump" or "Prime Minister Narendra Modi"
without naming the country. This list gives the country of heads of state
and government, foreign and trade ministers who appear in international news
so often that articles never spell it out. It is consulted only when the
article itself gives no country for the person. Names are as usually
written in English; the country is the state (or organisation) they serve.
"""

import re

LEADERS = {
    "Donald Trump": "US",
    "Joe Biden": "US",
    "Barack Obama": "US",
    "Kamala Harris": "US",
    "JD Vance": "US",
    "Marco Rubio": "US",
    "Antony Blinken": "US",
    "Mike Pompeo": "US",
    "Scott Bessent": "US",
    "Howard Lutnick": "US",
    "Jamieson Greer": "US",
    "Janet Yellen": "US",
    "Gina Raimondo": "US",
    "Katherine Tai": "US",
    "Robert Lighthizer": "US",
    "Jerome Powell": "US",
    "Xi Jinping": "CN",
    "Li Qiang": "CN",
    "Wang Yi": "CN",
    "He Lifeng": "CN",
    "Wang Wentao": "CN",
    "Vladimir Putin": "RU",
    "Sergey Lavrov": "RU",
    "Sergei Lavrov": "RU",
    "Mikhail Mishustin": "RU",
    "Narendra Modi": "IN",
    "S Jaishankar": "IN",
    "Subrahmanyam Jaishankar": "IN",
    "Piyush Goyal": "IN",
    "Emmanuel Macron": "FR",
    "Olaf Scholz": "DE",
    "Friedrich Merz": "DE",
    "Keir Starmer": "GB",
    "Rishi Sunak": "GB",
    "Giorgia Meloni": "IT",
    "Pedro Sánchez": "ES",
    "Shigeru Ishiba": "JP",
    "Ishiba Shigeru": "JP",
    "Fumio Kishida": "JP",
    "Sanae Takaichi": "JP",
    "Justin Trudeau": "CA",
    "Mark Carney": "CA",
    "Claudia Sheinbaum": "MX",
    "Luiz Inácio Lula da Silva": "BR",
    "Recep Tayyip Erdogan": "TR",
    "Recep Tayyip Erdoğan": "TR",
    "Anthony Albanese": "AU",
    "Christopher Luxon": "NZ",
    "Yoon Suk Yeol": "KR",
    "Lee Jae-myung": "KR",
    "Prabowo Subianto": "ID",
    "Anwar Ibrahim": "MY",
    "Ferdinand Marcos Jr.": "PH",
    "Shehbaz Sharif": "PK",
    "Ishaq Dar": "PK",
    "Benjamin Netanyahu": "IL",
    "Volodymyr Zelensky": "UA",
    "Volodymyr Zelenskyy": "UA",
    "Mohammed bin Salman": "SA",
    "Cyril Ramaphosa": "ZA",
    "Javier Milei": "AR",
    "Ursula von der Leyen": "EU",
    "Kaja Kallas": "EU",
    "Maroš Šefčovič": "EU",
    "António Costa": "EU",
    "António Guterres": "UN",
    "Mark Rutte": "NATO",
    "Masoud Pezeshkian": "IR",
    "Abbas Araghchi": "IR",
    "Tô Lâm": "VN",
    "Pham Minh Chinh": "VN",
    "Phạm Minh Chính": "VN",
    "Lawrence Wong": "SG",
    "Paetongtarn Shinawatra": "TH",
    "Hun Manet": "KH",
    "Kim Jong Un": "KP",
    "Alexander Lukashenko": "BY",
    "Viktor Orbán": "HU",
    "Andrzej Duda": "PL",
    "Donald Tusk": "PL",
    "Mette Frederiksen": "DK",
    "Ulf Kristersson": "SE",
    "Jonas Gahr Støre": "NO",
    "Alexander Stubb": "FI",
    "Dick Schoof": "NL",
    "Bart De Wever": "BE",
    "Kyriakos Mitsotakis": "GR",
    "Bola Tinubu": "NG",
    "William Ruto": "KE",
    "Abiy Ahmed": "ET",
    "Abdel Fattah al-Sisi": "EG",
    "Tamim bin Hamad Al Thani": "QA",
    "Mohamed bin Zayed Al Nahyan": "AE",
    "Gustavo Petro": "CO",
    "Daniel Noboa": "EC",
}


# The office each head of government or state above holds, for a bare "the prime minister"
# told right after the person's untitled name (only these; ministers are left out)
HEAD_OFFICES = {
    "prime minister": frozenset(
        {
            "Keir Starmer",
            "Rishi Sunak",
            "Giorgia Meloni",
            "Pedro Sánchez",
            "Shigeru Ishiba",
            "Fumio Kishida",
            "Sanae Takaichi",
            "Justin Trudeau",
            "Mark Carney",
            "Anthony Albanese",
            "Christopher Luxon",
            "Narendra Modi",
            "Shehbaz Sharif",
            "Anwar Ibrahim",
            "Benjamin Netanyahu",
            "Lawrence Wong",
            "Paetongtarn Shinawatra",
            "Hun Manet",
            "Pham Minh Chinh",
            "Phạm Minh Chính",
            "Viktor Orbán",
            "Donald Tusk",
            "Mette Frederiksen",
            "Ulf Kristersson",
            "Jonas Gahr Støre",
            "Dick Schoof",
            "Bart De Wever",
            "Kyriakos Mitsotakis",
            "Li Qiang",
            "Mikhail Mishustin",
            "Abiy Ahmed",
        }
    ),
    "president": frozenset(
        {
            "Donald Trump",
            "Joe Biden",
            "Barack Obama",
            "Xi Jinping",
            "Vladimir Putin",
            "Emmanuel Macron",
            "Claudia Sheinbaum",
            "Luiz Inácio Lula da Silva",
            "Recep Tayyip Erdogan",
            "Recep Tayyip Erdoğan",
            "Yoon Suk Yeol",
            "Lee Jae-myung",
            "Prabowo Subianto",
            "Ferdinand Marcos Jr.",
            "Volodymyr Zelensky",
            "Volodymyr Zelenskyy",
            "Cyril Ramaphosa",
            "Javier Milei",
            "Masoud Pezeshkian",
            "Alexander Lukashenko",
            "Andrzej Duda",
            "Alexander Stubb",
            "Bola Tinubu",
            "William Ruto",
            "Abdel Fattah al-Sisi",
            "Gustavo Petro",
            "Daniel Noboa",
        }
    ),
    "chancellor": frozenset({"Olaf Scholz", "Friedrich Merz"}),
}


def _plain(name: str) -> str:
    """A name without middle initials or a suffix: "Ferdinand R. Marcos, Jr." is "ferdinand
    marcos"."""
    words = re.sub(r",?\s+(?:Jr|Sr)\.?$|\s+(?:II|III)$", "", name.strip()).split()
    return " ".join(w for w in words if not re.fullmatch(r"[A-Z]\.", w)).lower()


_PLAIN = {_plain(name): country for name, country in LEADERS.items()}


def leader_country(name: str) -> str | None:
    """The country of an office holder the list knows, however the name's initials and suffix
    are written.

    >>> leader_country("Ferdinand R. Marcos, Jr."), leader_country("Donald J. Trump")
    ('PH', 'US')
    >>> leader_country("Jane Roe") is None
    True
    """
    return LEADERS.get(name) or _PLAIN.get(_plain(name))


# Countries whose people are written family name first ("Xi Jinping" is "Xi")
FAMILY_NAME_FIRST = frozenset({"CN", "KR", "KP", "VN", "KH", "TW"})
# Names too common to stand for one office holder when written alone
# (or a part of a name never written alone: "Leyen" of "von der Leyen", "Jr.")
COMMON_NAMES = frozenset(
    "Ahmed Ali Khan Kim Lee Li Wang Zhang Singh He Silva Costa Sánchez Ibrahim Salman Harris "
    "Powell Wong Hun Pham Phạm Leyen Wever Shigeru Thani Nahyan Sharif".split()
)


def _by_one_name() -> dict[str, str]:
    """The single word news copy uses for an office holder ("Trump", "Modi", "Xi"), mapped to
    the full name; a word two office holders share is left out."""
    seen: dict[str, set[str]] = {}
    for name, country in LEADERS.items():
        words = name.split()
        if len(words) < 2:
            continue
        word = words[0] if country in FAMILY_NAME_FIRST else words[-1]
        if word in COMMON_NAMES or "." in word or (len(word) < 3 and word != "Xi"):
            continue
        seen.setdefault(word, set()).add(name)
    return {word: next(iter(names)) for word, names in seen.items() if len(names) == 1}


BY_ONE_NAME = _by_one_name()
