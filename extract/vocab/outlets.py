"""News agencies and outlets named in wire headers and credits.

Gathered from the agencies that most often appear in English-language wire
copy (the big international wires, national agencies, broadcasters).
Order matters: the first that matches names the outlet.
"""

import re

_NAMES = [
    ("Reuters", r"\bReuters\b"),
    ("Associated Press", r"\b(?:Associated Press|\(AP\))"),
    ("AFP", r"\b(?:AFP|Agence France-Presse)\b"),
    ("TASS", r"\b(?:/TASS/|Itar-Tass|TASS)\b"),
    ("RIA Novosti", r"\bRIA Novosti\b"),
    ("Interfax", r"\bInterfax\b"),
    ("Sputnik", r"\bSputnik\b"),
    ("UrduPoint News", r"\bUrduPoint\b"),
    ("IANS", r"\bIANS\b"),
    ("ANI", r"\(\s*ANI\s*\)|\bANI\b"),
    ("PTI", r"\bPTI\b"),
    ("Xinhua", r"\bXinhua\b"),
    ("Kyodo News", r"\bKyodo\b"),
    ("Yonhap", r"\bYonhap\b"),
    ("Anadolu Agency", r"\bAnadolu\b"),
    ("DPA", r"\bDPA\b"),
    ("Bloomberg", r"\bBloomberg\b"),
    ("APP", r"\(APP\)"),
    ("SPA", r"\bSPA\b"),
    ("WAM", r"\bWAM\b"),
    ("IRNA", r"\bIRNA\b"),
    ("Mehr News", r"\bMehr\b"),
    ("USA TODAY", r"\bUSA TODAY\b"),
    ("Dawn", r"\bDawn\b"),
    ("NNI", r"\bNNI\b"),
]
OUTLETS = [(name, re.compile(pattern)) for name, pattern in _NAMES]
