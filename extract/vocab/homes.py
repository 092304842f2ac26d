"""Bodies and forms of words that belong to one country's government.

A press release or a paper without a dateline still says whose government it is: "the
Directorate General of Trade Remedies", "Union Minister", "Finance Ministry Regulation (PMK)".
Each pattern here is specific to one country; generic names ("Ministry of Finance") are not.
"""

import re

HOME_MARKERS = {
    "IN": (
        r"\bDirectorate\s+General\s+of\s+Trade\s+Remedies\b",
        r"\bDGTR\b",
        r"\bCentral\s+Board\s+of\s+Indirect\s+Taxes\b",
        r"\bCBIC\b",
        r"\bUnion\s+(?:Minister|Cabinet|Budget|Government|Finance\s+Minister)\b",
        r"\bShri\b",
        r"\bLok\s+Sabha\b",
        r"\bRajya\s+Sabha\b",
        r"\bNITI\s+Aayog\b",
    ),
    "PK": (
        r"\bFederal\s+Board\s+of\s+Revenue\b",
        r"\bFBR\b",
        r"\bEconomic\s+Coordination\s+Committee\b",
    ),
    "ID": (
        r"\bPMK\b",
        r"\bBMAD\b",
        r"\bKADI\b",
        r"\bRp\s?\d",
    ),
    "US": (
        r"\bFederal\s+Register\b",
        r"\bCustoms\s+and\s+Border\s+Protection\b",
        r"\bU\.?S\.?\s+International\s+Trade\s+Commission\b",
        # the trade laws only Washington's tariffs are set under
        r"\bSection\s+(?:232|301|122)\b",
        r"\bIEEPA\b",
    ),
    "CN": (
        r"\bMOFCOM\b",
        r"\bCustoms\s+Tariff\s+Commission\s+of\s+the\s+State\s+Council\b",
        r"\bState\s+Council\s+Tariff\s+Commission\b",
        r"\bGeneral\s+Administration\s+of\s+Customs\b",
    ),
    "BR": (r"\bGecex\b", r"\bCamex\b"),
    "ZA": (r"\bInternational\s+Trade\s+Administration\s+Commission\b", r"\bITAC\b"),
    "CA": (r"\bCanada\s+Border\s+Services\s+Agency\b", r"\bCBSA\b"),
    "AU": (r"\bAnti-Dumping\s+Commission\b",),
    "KR": (r"\bKorea\s+Trade\s+Commission\b",),
    "VN": (r"\bTrade\s+Remedies\s+Authority\s+of\s+Vietnam\b",),
}

# The same, compiled: one pattern for each country
HOME_PATTERNS = {code: re.compile("|".join(pats)) for code, pats in HOME_MARKERS.items()}
