"""Tariffs: imposer, target, rate and effective date. Sentences written for these tests.

The publication date is pinned to Tuesday 2025-03-04.
"""

from __future__ import annotations

import pytest

from extract import extract

DATE = "date 2025-03-04\n"


def tariffs(text: str) -> list[tuple[str, str, float, str | None]]:
    return [(t.imposer, t.target, t.rate_pct, t.effective) for t in extract(DATE + text).tariffs]


DEVELOPMENT = [
    # subject imposes, demonym names the target, effective weekday ahead
    (
        "Canada will impose a 25% tariff on Chinese steel starting Friday, the finance ministry said.",
        [("CA", "CN", 25, "2025-03-07")],
    ),
    # "per cent", "imports from", explicit date
    (
        "India announced a 20 per cent duty on imports from Vietnam, effective from March 15.",
        [("IN", "VN", 20, "2025-03-15")],
    ),
    # a change: new rate and old rate are both recorded
    (
        "Mexico raised its tariff on Brazilian beef to 30% from 15%.",
        [("MX", "BR", 30, None), ("MX", "BR", 15, None)],
    ),
    # several targets share two rates
    (
        "Washington said it would impose 25 percent tariffs on steel and 10 percent tariffs on aluminum from Japan, South Korea and Taiwan.",
        [
            ("US", "JP", 25, None),
            ("US", "KR", 25, None),
            ("US", "TW", 25, None),
            ("US", "JP", 10, None),
            ("US", "KR", 10, None),
            ("US", "TW", 10, None),
        ],
    ),
    # each country with its own rate in a list
    (
        "Under the new schedule, Laos faces a 48% duty, Myanmar 44% and Sri Lanka 30%, the White House said.",
        [("US", "LA", 48, None), ("US", "MM", 44, None), ("US", "LK", 30, None)],
    ),
    # a baseline on all partners
    (
        "The United States will apply a 10% baseline tariff on all trading partners from April 5.",
        [("US", "*", 10, "2025-04-05")],
    ),
    # goods with no origin named: all partners
    (
        "Brazil will raise the import tariff on solar panels to 25% from 9.6%.",
        [("BR", "*", 25, None), ("BR", "*", 9.6, None)],
    ),
    # "faces": the subject is the target, the other country imposes
    (
        "Thailand now faces a 36% tariff on its exports to the US, set to begin on April 9.",
        [("US", "TH", 36, "2025-04-09")],
    ),
    # effective immediately
    (
        "The European Union imposed a 15% duty on Chinese electric vehicles, effective immediately.",
        [("EU", "CN", 15, "2025-03-04")],
    ),
    # past effective date with "went into effect"
    (
        "Türkiye's 40 percent levy on cars imported from China went into effect on Sunday.",
        [("TR", "CN", 40, "2025-03-02")],
    ),
    # a range gives both ends
    (
        "Indonesia plans duties ranging from 100 per cent to 200 per cent on goods from China.",
        [("ID", "CN", 100, None), ("ID", "CN", 200, None)],
    ),
    # zero
    (
        "Vietnam will let American goods in at zero tariffs under the deal, Hanoi said.",
        [("VN", "US", 0, None)],
    ),
    # a later sentence dates the rates just read
    (
        "Japan will raise its duty on Australian beef to 38.5% from 25%. The new rate takes effect on April 1.",
        [("JP", "AU", 38.5, "2025-04-01"), ("JP", "AU", 25, None)],
    ),
    # the same measure reported twice is one tariff
    (
        "China will impose an extra 15% tariff on US coal. The 15% tariff on American coal was announced by Beijing on Tuesday.",
        [("CN", "US", 15, None)],
    ),
]

NEGATIVES = [
    # a value-added tax is no tariff, even told as one country's rate
    "Trump's advisers have described Europe's value-added taxes, such as Germany's 19% standard "
    "rate, as unfair trade barriers.",
    # a model's input, with "U.S." inside the clause
    "Bank analysts went further, modelling a scenario in which the U.S. imposed a 40 per cent duty "
    "on generic drugs from all countries.",
    # averages of all tariffs are no measure
    "Analysts expect the effective US tariff rate to reach 18%, the highest since 1934.",
    "The average tariff rate on Chinese goods is 30%.",
    "Trump said the average tariff on Brazilian goods would drop to 35% from 45%.",
    "Korea's simple average applied tariff on farm goods is about 52 per cent.",
    "Because most goods cross duty-free, the average effective U.S. tariff on Mexican goods is "
    "about 4.1 per cent, officials said.",
    "Exporters blame tariffs, though consumer inflation in Chile, at 3.9 percent in May, and a "
    "weak peso also weigh on demand.",
    # inflation next to the word tariff
    "Inflation rose to 3.1% in February as tariffs pushed up import prices.",
    # a poll share
    "About 34 per cent of voters named tariffs as their main concern, a poll found.",
    # a market move
    "Shares in carmakers fell 4% after the tariff announcement.",
    # a share of exports
    "Tariffs now cover 40% of the country's exports, economists estimate.",
    # an interest rate
    "The central bank kept its base rate at 6.5 per cent despite tariff risks.",
    # growth
    "Officials warned that the new duties could cut growth to 1.2% next year.",
    # a rate with no tariff words at all
    "The company said revenue grew 12% in the quarter.",
    # what a model or a writer supposes
    "A hypothetical 30% duty on Peruvian shirts might be bearable if rivals faced the same.",
    "Economists at the institute ran two scenarios. In one, Washington puts a flat tariff of 20% "
    "on all Peruvian goods; in a harsher version, the figure is 40%.",
    # a profit margin beside a tariff
    "Exporters cannot absorb a double-digit tariff out of a 5% margin, the federation said.",
]

BUGS_CAUGHT = [
    # "higher than the 10% baseline" is a comparison, not a raise (status), and "(set to begin on
    # April 9)" is a date, not the goods (scope)
    (
        "The country now faces a 29% tariff from the US (set to begin on April 9), higher than the 10% baseline.",
        [("US", "*", 10, None), ("US", "PK", 29, "2025-04-09")],
    ),
    # "Japan's top tariff negotiator" does not make Japan the imposer
    (
        "Japan's top tariff negotiator said the US agreed to cut the tariff on Japanese cars to 15% from 27.5%.",
        [("US", "JP", 15, None), ("US", "JP", 27.5, None)],
    ),
    # a country after "with" is a partner, not the one acting
    (
        "The U.S. agreed in a deal with Japan to lower tariffs on Japanese autos to 15%.",
        [("US", "JP", 15, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEVELOPMENT)
def test_tariffs(text, expected):
    assert sorted(tariffs(text), key=str) == sorted(expected, key=str)


def test_bug_the_country_is_the_one_just_named():
    got = tariffs(
        "US President Donald Trump imposed a 29% tariff on imports from Pakistan. "
        + BUGS_CAUGHT[0][0]
    )
    assert sorted(got, key=str) == sorted(
        [("US", "PK", 29, "2025-04-09"), ("US", "*", 10, None)], key=str
    )


@pytest.mark.parametrize(("text", "expected"), BUGS_CAUGHT[1:])
def test_bugs_caught(text, expected):
    assert sorted(tariffs(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_tariffs(text):
    assert tariffs(text) == []


def test_status_kind_scope_and_evidence():
    art = extract(
        DATE + "China announced retaliatory tariffs of 34% on all US goods from April 10."
    )
    (t,) = art.tariffs
    assert (t.kind, t.status, t.scope) == ("retaliatory", "announced", "all goods")
    assert t.evidence.quote == "34%"
    assert art.text[t.evidence.start : t.evidence.end] == t.evidence.sentence
    assert t.confidence.level == "high"


def test_paused_and_proposed():
    got = extract(
        DATE + "Washington paused the 24 percent tariff on Japan. Ottawa is considering a 25% "
        "surtax on US steel."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct, t.status) for t in got) == [
        ("CA", "US", 25, "proposed"),
        ("US", "JP", 24, "paused"),
    ]


KNOWN_FAILURES = [
    # "baseline" used for a rate level on named goods from one country
    (
        "Cars from the UK will enter the US at the baseline tariff rate of 10%, rather than 27.5%.",
        [("US", "GB", 10, None), ("US", "GB", 27.5, None)],
    ),
    # the rate is given only as a fraction of value
    (
        "Canadian steel has carried a duty equal to one fifth of its value.",
        [("US", "CA", 20, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_FAILURES)
@pytest.mark.xfail(strict=True, reason="known limitation, see docs/extraction.md")
def test_known_failures(text, expected):
    assert sorted(tariffs(text), key=str) == sorted(expected, key=str)


# (sentences, imposer, target, rate) -> (status, scope): the words around a rate say how it stands
STATUS_AND_SCOPE = [
    # (twenty-fourth session) "down" is no part of the goods
    (
        "India\n\nNEW DELHI - Trump set a 25% tariff on India. The changes bring the US duty on "
        "most Indian goods down from the current 50% to 18%.",
        ("US", "IN", 50),
        ("in_force", "most goods"),
    ),
    # (twenty-fourth session) "announced for the country" names whose rate, not goods
    (
        "Live: US 30% tariff on Peru takes effect\n\nLIMA - Peruvian exports to the United "
        "States paid 12% before, well below the 18 percent that Washington had announced for the "
        "country in April.",
        ("US", "PE", 18),
        ("announced", None),
    ),
    # (twenty-fourth session) whom the letter went to is no goods
    (
        "SEOUL - Trump told President Lee Jae-myung in a letter that Korean goods would be "
        "charged a 25% tariff.",
        ("US", "KR", 25),
        ("proposed", None),
    ),
    # "cut to 20%, from as much as 40%": the old rate, not a second cut
    (
        "Chile cut its duty on Argentine wine to 20%, from as much as 40%.",
        ("CL", "AR", 40),
        ("in_force", "wine"),
    ),
    # the goods end before "goes into effect", a month and "within 30 days"
    (
        "Mexico's 30% duty on Chinese shoes goes into effect next Monday.",
        ("MX", "CN", 30),
        ("announced", "shoes"),
    ),
    (
        "Turkey imposed an additional 40% tariff on Chinese cars in June last year.",
        ("TR", "CN", 40),
        ("announced", "cars"),
    ),
    (
        "Chile will apply a 12% duty on Argentine wine beginning in October.",
        ("CL", "AR", 12),
        ("announced", "wine"),
    ),
    (
        "South Africa will introduce a 20% duty on Chinese tyres within 30 days.",
        ("ZA", "CN", 20),
        ("announced", "tyres"),
    ),
    # the goods are the clause's subject, and "subject to" is a levy already paid; a noun "levy"
    # announces nothing
    (
        "Washington plans a 24% tariff on Japanese goods. Japanese cars are already subject to a separate 25% levy.",
        ("US", "JP", 25),
        ("in_force", "cars"),
    ),
    # "to 15% from 27.5%" is a cut even when "existing" sits nearer the rate
    (
        "The U.S. agreed to lower existing tariffs on Japanese automobile imports to 15% from levies totaling 27.5%.",
        ("US", "JP", 15),
        ("lowered", "automobile imports"),
    ),
    (
        "Ottawa will take its surtax on US steel to 35% from 25%.",
        ("CA", "US", 35),
        ("raised", "steel"),
    ),
    # the old rate written first: "N% ... will be cut to M%" is the rate in force now
    (
        "Under the pact, Japan's 40% duty on Scotch whisky will be cut to 20% next year.",
        ("JP", "GB", 40),
        ("in_force", "whisky"),
    ),
    # goods named before an aside keep their rate, and "will fall to" is a cut
    (
        "Under the pact, Japan will cut tariffs. Duties on British cars, currently as high as 70%, will fall to 5% under a quota.",
        ("JP", "GB", 5),
        ("lowered", "cars"),
    ),
    # a list of countries as the subject leaves no goods behind ("Elsewhere in Africa, , and")
    (
        "The United States will charge a 19pc tariff on Kenyan goods from August 7. Elsewhere "
        "in Africa, Zambia, Malawi and Mozambique were each placed at 15pc.",
        ("US", "MW", 15),
        ("announced", "all goods"),
    ),
    # a list of countries' rates does not take the goods of a sector's rate told before it
    (
        "U.S. President Donald Trump told a dozen countries on Monday that new import duties "
        "would start on August 1, and separately promised a 50% tariff on imported lumber. The "
        "letters set rates of 25% for Japan, South Korea, Malaysia and Tunisia.",
        ("US", "JP", 25),
        ("announced", None),
    ),
    # "down from a 15% rate": the old rate is the one in force; a fronted "Under the order," is
    # no part of the goods
    (
        "Under the order, Kenyan goods now face a 10% U.S. duty, down from a 15% rate.",
        ("US", "KE", 15),
        ("in_force", None),
    ),
    (
        "Under the order, Kenyan goods now face a 10% U.S. duty, down from a 15% rate.",
        ("US", "KE", 10),
        ("lowered", None),
    ),
    # "have been subject to": the goods are the subject, a tariff on every origin's cars
    (
        "The U.S. set a 15% tariff on Japanese goods. Foreign cars have been subject to a 25% "
        "tariff since January 3.",
        ("US", "*", 25),
        ("in_force", "Foreign cars"),
    ),
]


@pytest.mark.parametrize(("text", "key", "expected"), STATUS_AND_SCOPE)
def test_status_and_scope(text, key, expected):
    found = {
        (t.imposer, t.target, t.rate_pct): (t.status, t.scope) for t in extract(DATE + text).tariffs
    }
    assert found[key] == expected


def test_a_later_mention_of_an_agreed_cut_is_the_same_fact():
    got = tariffs(
        "The U.S. agreed to lower tariffs on Japanese cars to 15% from 27.5%. Tokyo wants cars "
        "already taxed above that to be exempt from the additional 15% rate."
    )
    assert sorted(got, key=str) == [("US", "JP", 15, None), ("US", "JP", 27.5, None)]


# Measures that say which origins they cover, and measures that say they are another one.
ORIGINS_AND_SEPARATE = [
    # a safeguard and a basic customs duty cover every origin, even after a headline about China
    (
        "Delhi weighs duties on Chinese foil\n\nNEW DELHI — India's trade remedies arm recommended a provisional "
        "safeguard duty of 15 per cent on imports of certain copper products. The basic customs duty on "
        "copper currently stands at 5 per cent.",
        [("IN", "*", 15, None, "copper products"), ("IN", "*", 5, None, "copper")],
    ),
    # "the two countries" are the two just named, not the one whose president spoke; and
    # "35% and 32% respectively" pairs the rates with them in order
    (
        "Laos and Nepal sought talks after U.S. President Donald Trump said goods from the two "
        "countries would face tariffs of 35% and 32% respectively from April 1.",
        [("US", "LA", 35, "2025-04-01", None), ("US", "NP", 32, "2025-04-01", None)],
    ),
    # "respectively" pairs only the rates written just before it; the first rate keeps its own
    (
        "Ghana will impose a 12% duty on rice from Thailand, while rice from India and Vietnam will "
        "face rates of 8.5% and 6%, respectively.",
        [
            ("GH", "TH", 12, None, "rice"),
            ("GH", "IN", 8.5, None, "rice"),
            ("GH", "VN", 6, None, "rice"),
        ],
    ),
    # a body the story names once with its short form, in a dateline's country: its duties
    (
        "DHAKA: The Bangladesh Trade and Tariff Commission (BTTC) opened a review of paper "
        "imports last year.\nIn its ruling, the BTTC set a duty of 18pc on paper from Indonesia.",
        [("BD", "ID", 18, None, "paper")],
    ),
    # the one a warning comes from is not hit; "apply to all trading partners" a little after
    # the rate makes it universal; a country that "has kept" a rate imposes it
    (
        "Norway to raise timber duty to 30%, drawing a sharp warning from Reykjavik\n\n"
        "Norway will raise its duty on imported timber to 30% from Monday. The current 20% duties "
        "on timber took effect on January 6 and apply to all trading partners.\n"
        "Iceland has kept a 15% surtax on Norwegian salmon since last year.",
        [
            ("NO", "*", 30, "2025-03-10", "imported timber"),
            ("NO", "*", 20, "2025-01-06", "timber"),
            ("IS", "NO", 15, None, "salmon"),
        ],
    ),
    # "It already faces ...": the country the sentence before opened with
    (
        "Washington raised its tariff on Peru to 30%. Chile is in a similar position. It already "
        "faces a 20% US tariff.",
        [("US", "PE", 30, None, None), ("US", "CL", 20, None, None)],
    ),
    # "with immediate effect" in a sentence that dates only the notice: the notice's day, for
    # the rates that follow; "which applies to imports from all countries" before the rate and
    # a safeguard "Separately" notified are every partner's, though a story named countries
    (
        "NEW DELHI: The finance ministry has imposed anti-dumping duties on ceramic tiles from "
        "China. According to a notification issued on Monday, the duties come into force with "
        "immediate effect. Imports from China will attract a duty of 14.5 per cent.\n"
        "Separately, the ministry notified a final safeguard duty on certain wire rods of alloy "
        "steel, replacing the provisional 12 per cent duty in force since June. The final duty, "
        "which applies to imports from all countries, will be levied at 11 per cent.",
        [
            ("IN", "CN", 14.5, "2025-03-03", "ceramic tiles"),
            ("IN", "*", 12, None, "wire rods"),
            ("IN", "*", 11, None, "wire rods"),
        ],
    ),
    # "Their shipments have been subject to ..." after a sentence naming one country: its goods;
    # one date closing a list of rates is every rate's, though the day it was said follows
    (
        "Thailand will levy duties of up to 21.5% on steel coils from China and 9.5% on those "
        "from India starting April 1, the ministry said Monday.\nThai mills are squeezed. Their "
        "shipments to the United States have been subject to a 50% US tariff since June.",
        [
            ("TH", "CN", 21.5, "2025-04-01", "steel coils"),
            ("TH", "IN", 9.5, "2025-04-01", "steel coils"),
            ("US", "TH", 50, None, None),
        ],
    ),
    # in a story about the EU, "the commission's plan" and "the bloc's steel safeguard" are
    # its own; "The new system will apply from October 1" dates the rate just changed
    (
        "The European Union delayed its reply. Member states on Monday approved the commission's "
        "plan to replace the bloc's expiring steel safeguard with a regime that doubles the "
        "out-of-quota duty to 50 per cent from 25 per cent. The new system will apply from "
        "October 1, covering imports from all trading partners.",
        [("EU", "*", 50, "2025-10-01", "steel"), ("EU", "*", 25, None, "steel")],
    ),
    # "urged Washington to reconsider the 19% tariff on its exports": the subject's goods; the
    # budget of the dateline's country, however far from its verb, cuts its customs duty
    (
        "COLOMBO: Sri Lanka has urged Washington to reconsider the 20% tariff on its exports. "
        "The national budget for 2026, to be presented on March 20, will propose cutting the "
        "maximum customs duty to 15% from 25%.",
        [
            ("US", "LK", 20, None, "all goods"),
            ("LK", "*", 15, None, None),
            ("LK", "*", 25, None, None),
        ],
    ),
    # "a proposed U.S. tariff" is the US's own, not one on the US; "vehicles from all of its
    # trading partners" a little after the rate makes it universal
    (
        "MANILA -- Car parts remain subject to the separate 25% tariff that Washington charges "
        "on vehicles from all of its trading partners. Philippine officials want clarity on a "
        "proposed U.S. tariff of up to 100% on imported semiconductors.",
        [("US", "*", 25, None, "Car parts"), ("US", "*", 100, None, "imported semiconductors")],
    ),
    # "signed an order on Monday imposing ..., to take effect seven days after the order was
    # signed": a week after that Monday
    (
        "US President Donald Trump signed an order on Monday imposing a 25 percent tariff on "
        "imported drones from all countries, to take effect seven days after the order was signed.",
        [("US", "*", 25, "2025-03-10", "imported drones")],
    ),
    # "the 19 percent tariff that Washington granted the Philippines": the one granted it
    (
        "Indonesian exports to the United States will face a 19 percent tariff. The rate matches "
        "the 19 percent tariff that Washington granted the Philippines on Tuesday.",
        [("US", "ID", 19, None, None), ("US", "PH", 19, None, None)],
    ),
    # the old rate of a change on every partner is on every partner, whoever it "mainly hits"
    (
        "Last month the United States raised its duty on plywood imports from all countries to "
        "20 percent from 10 percent, a move that mainly hits Canada.",
        [("US", "*", 20, None, "plywood imports"), ("US", "*", 10, None, "plywood imports")],
    ),
    # "from 12:01 a.m. EDT on July 24" in a sentence without rates dates the list that follows
    # and a rate "from the same date"; "but not until Sept. 1" is a rate's day
    (
        "WASHINGTON - The United States set new tariffs. Most of the new rates will apply to goods "
        "withdrawn from warehouse, from 12:01 a.m. EDT on March 24, according to the order. "
        "Countries not named in its annex will pay a 10% tariff from the same date.\n"
        "Rates listed in the annex include:\n* Peru: 20%\n* Chile: 19%\n"
        "Norway will face a 39% tariff, but not until April 1.",
        [
            ("US", "*", 10, "2025-03-24", None),
            ("US", "PE", 20, "2025-03-24", None),
            ("US", "CL", 19, "2025-03-24", None),
            ("US", "NO", 39, "2025-04-01", None),
        ],
    ),
    # a range over two countries that a list of exporters' rates then spells out: the list's
    # rates only, under each country's header; "effective from the date of publication" is
    # the day the notice was published
    (
        "ISLAMABAD: The National Tariff Commission (NTC) has imposed duties ranging from 9.5 "
        "percent to 40.5 percent on sheet glass from China and Malaysia. The notice was "
        "published in the Gazette on Monday, and the duties shall be effective from the date "
        "of publication of the notice. The rates are:\nChina:\n- Hebei Glass: 9.5 percent\n"
        "- All others: 40.5 percent\nMalaysia:\n- Kedah Glass: 12.5 percent",
        [
            ("PK", "CN", 9.5, "2025-03-03", "sheet glass"),
            ("PK", "CN", 40.5, "2025-03-03", "sheet glass"),
            ("PK", "MY", 12.5, "2025-03-03", "sheet glass"),
        ],
    ),
    # a headline read another way than the body tells the same rate yields to the body; a list
    # "They include:" after a measure with no rate gives the measure's rates, each from the day
    # the measure set
    (
        "Lima agrees to cut farm duties as Washington trims levy to 15%\n\nLIMA -- Under the deal, "
        "the U.S. will cut its tariff on Peruvian goods to 15%. In return, Peru will lower its "
        "import duties on American farm products, to be phased in from April 1. They include:\n"
        "-- Feed corn: to 5% from 20%",
        [
            ("US", "PE", 15, None, "all goods"),
            ("PE", "US", 5, "2025-04-01", "Feed corn"),
            ("PE", "US", 20, None, "Feed corn"),
        ],
    ),
    # "on the products of U.S. companies", "the rates for EU companies will range from A to B":
    # their countries', both ends
    (
        "China's Ministry of Commerce imposed anti-dumping duties on nylon chips. Duties ranging "
        "from 38.6 percent to 71.2 percent apply to the products of U.S. companies, while the "
        "rates for EU companies will range from 16.9 percent to 33.4 percent.",
        [
            ("CN", "US", 38.6, None, "nylon chips"),
            ("CN", "US", 71.2, None, "nylon chips"),
            ("CN", "EU", 16.9, None, "nylon chips"),
            ("CN", "EU", 33.4, None, "nylon chips"),
        ],
    ),
    # "were each told they would face": they face it
    (
        "The United States set a 30% tariff on Fiji. Samoa and Tonga were each told they would "
        "face a 20% tariff.",
        [("US", "FJ", 30, None, None), ("US", "WS", 20, None, None), ("US", "TO", 20, None, None)],
    ),
    # "which has applied to imports from all countries": every partner, though said after the goods
    (
        "Canada raised its surtax on Chinese steel to 40%. Ottawa's 25% duty on electric buses, "
        "which has applied to imports from all countries since June 2, is unchanged.",
        [("CA", "CN", 40, None, "steel"), ("CA", "*", 25, "2024-06-02", "electric buses")],
    ),
    # "X, whose ... have faced": the country before "whose" is the one hit
    (
        "Chile will not retaliate. Peru, whose copper shipments are subject to a 20% Chilean "
        "duty, filed a complaint.",
        [("CL", "PE", 20, None, "copper shipments")],
    ),
    # "a separate 30% levy" is not the 30% just reported; "from all origins" is every partner
    (
        "Brazil will impose an extra 30% tariff on steel from China. Chinese steel already faces a "
        "separate 30% levy, on top of the 12% duty on steel from all origins.",
        [
            ("BR", "CN", 30, None, "steel"),
            ("BR", "CN", 30, None, "steel"),
            ("BR", "*", 12, None, "steel"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORIGINS_AND_SEPARATE)
def test_origins_and_separate_measures(text, expected):
    got = [
        (t.imposer, t.target, t.rate_pct, t.effective, t.scope)
        for t in extract("date 2025-03-04\n" + text).tariffs
    ]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_both_effective_a_weekday_just_past():
    # published Wednesday 2025-03-05: "Tuesday" is the day before, not six days on, and "both"
    # dates both rates
    got = extract(
        "date 2025-03-05\nOTTAWA — U.S. President Donald Trump's order applies a 25 per cent tariff to "
        "most Canadian imports and a 10 per cent rate to Canadian energy, both effective Tuesday."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct, t.effective) for t in got) == [
        ("US", "CA", 10, "2025-03-04"),
        ("US", "CA", 25, "2025-03-04"),
    ]
    # a weekday further back than two days still means the next one
    (t,) = extract(
        "date 2025-03-05\nMexico will impose a 20% tariff on US pork effective Monday."
    ).tariffs
    assert t.effective == "2025-03-10"


def test_the_other_side_of_a_condition_is_not_the_imposer():
    got = extract(
        DATE
        + "Canada's first list imposes a 25% tariff on US orange juice. A second list of goods "
        "will also be hit with 25% duties if the U.S. measures are not lifted within 21 days."
    ).tariffs
    assert {t.imposer for t in got} == {"CA"}


def test_a_kind_word_belongs_to_the_country_that_owns_it():
    got = extract(
        "date 2025-03-05\nCanada's countertariffs kick in as U.S. levies take effect\n\n"
        "Washington's 25% tariff on Canadian goods took effect on Tuesday."
    ).tariffs
    assert [(t.imposer, t.target, t.kind) for t in got] == [("US", "CA", "other")]


def test_all_imports_of_a_kind_and_the_other_side_acting():
    got = extract(
        DATE + "Washington has threatened a 25 per cent tariff on most imports from Canada. "
        "Separately, the White House said a 25 per cent duty on all steel and aluminum imports "
        "will apply from March 12."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct, t.effective) for t in got) == [
        ("US", "*", 25, "2025-03-12"),
        ("US", "CA", 25, None),
    ]
    # "all Colombian imports" are imports from one country
    (t,) = extract(
        DATE + "Tariff row\n\nPresident Donald Trump imposed a 25% tariff on all Colombian imports."
    ).tariffs
    assert (t.imposer, t.target) == ("US", "CO")
    # "On the U.S. side" names who acts, and a rate on all goods is not the same rate on sorghum
    got = extract(
        "date 2025-11-05\nBEIJING — China will keep the 10-percent additional tariff on U.S. goods in "
        "place. From Nov. 10 it will stop levying a 10-percent tariff on sorghum. On the U.S. side, "
        "an order lowers the tariff on Chinese goods to 10 percent from 20 percent."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct, t.scope) for t in got) == [
        ("CN", "US", 10, "all goods"),
        ("CN", "US", 10, "sorghum"),
        ("US", "CN", 10, "all goods"),
        ("US", "CN", 20, "all goods"),
    ]


def test_a_country_rate_beside_the_same_governments_baseline_is_reciprocal():
    kinds = {
        (t.target, t.rate_pct): t.kind
        for t in extract(
            DATE + "Washington imposed a 32% tariff on Indonesian goods, far above the 10% "
            "baseline it applies to all trading partners."
        ).tariffs
    }
    assert kinds == {("ID", 32): "reciprocal", ("*", 10): "baseline"}
    # without a baseline beside it, a country's rate is not called reciprocal
    (t,) = extract(DATE + "Washington imposed a 32% tariff on Indonesian goods.").tariffs
    assert t.kind == "other"


def test_each_clause_keeps_its_own_countries():
    got = extract(
        DATE
        + "Tyre duties rise\n\nANKARA — Turkey has raised additional duties on tyres. The duty on "
        "tyres from China rises to 30% from 20%, while tyres from Vietnam and Thailand will face a "
        "25% duty. Importers said the duties would add at least 10% to retail prices."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct) for t in got) == [
        ("TR", "CN", 20),
        ("TR", "CN", 30),
        ("TR", "TH", 25),
        ("TR", "VN", 25),
    ]


def test_the_kingdom_and_the_month_of_may():
    (t, old) = extract(
        "date 2024-05-23\nDuties draw concern\n\nRIYADH — Pakistan's minister raised concerns about "
        "the Kingdom's revised customs tariff, which took effect on May 1 and raised the duty on "
        "imported textiles to 12% from 5%."
    ).tariffs
    assert (t.imposer, t.target, t.rate_pct, t.status, t.effective) == (
        "SA",
        "*",
        12,
        "raised",
        "2024-05-01",
    )
    assert t.scope == "imported textiles"


def test_the_three_countries_their_goods_and_the_measures_taking_effect():
    got = extract(
        "date 2025-12-11\nSenate backs tariffs of up to 50% on cars from Asia\n\n"
        "MEXICO CITY — Mexico's Senate approved tariff increases on imports from countries without "
        "a trade deal, among them China, South Korea and India. The measures take effect on January 1.\n\n"
        "The tariff on light vehicles from the three countries rises to 50% from 20%, while duties on "
        "their steel products will climb to 35%."
    ).tariffs
    got = sorted((t.target, t.rate_pct, t.effective) for t in got if t.imposer == "MX")
    assert got == [
        ("CN", 20, None),
        ("CN", 35, "2026-01-01"),
        ("CN", 50, "2026-01-01"),
        ("IN", 20, None),
        ("IN", 35, "2026-01-01"),
        ("IN", 50, "2026-01-01"),
        ("KR", 20, None),
        ("KR", 35, "2026-01-01"),
        ("KR", 50, "2026-01-01"),
    ]


def test_a_schedule_and_a_list_of_company_rates():
    got = extract(
        "date 2025-01-30\nBrazil to raise battery tariff\n\nBRASÍLIA — Brazil's trade chamber approved an "
        "increase in the import tariff on lithium batteries. The rate will be set at 12% from March 1, "
        "rise to 16% on January 1, 2026 and reach 20% on July 1, 2026. The tariff applies to imports "
        "from all origins."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct, t.effective) for t in got) == [
        ("BR", "*", 12, "2025-03-01"),
        ("BR", "*", 16, "2026-01-01"),
        ("BR", "*", 20, "2026-07-01"),
    ]
    got = extract(
        "date 2024-08-09\nIndia sets duty on foil\n\nNEW DELHI — India imposed anti-dumping duties on "
        "imports of aluminium foil from China. The duty, which came into force on Wednesday, will be "
        "levied at 18.7% on shipments from Huayang Co, 24.3% on those from Linyi Co and 30.5% on all "
        "other Chinese exporters."
    ).tariffs
    assert sorted((t.target, t.rate_pct, t.effective) for t in got) == [
        ("CN", 18.7, "2024-08-07"),
        ("CN", 24.3, "2024-08-07"),
        ("CN", 30.5, "2024-08-07"),
    ]
    assert {t.scope for t in got if t.rate_pct != 18.7} == {"aluminium foil"}


# Effective dates the sentence does not spell out itself.
DATES_FROM_CONTEXT = [
    # "all starting on the same date": the date of the rate just before
    (
        "WASHINGTON — The United States will impose a 60% tariff on imported aircraft parts from "
        "April 1. It also announced a 20% tariff on pianos and a 35% tariff on bicycles, all "
        "starting on the same date.",
        [
            ("US", "*", 60, "2025-04-01"),
            ("US", "*", 20, "2025-04-01"),
            ("US", "*", 35, "2025-04-01"),
        ],
    ),
    # a rate still to change "on the same day" as the cut reported just before
    (
        "LIMA — Peru's duties on imported televisions will fall to 6% from 11% starting Monday, "
        "the economy ministry said. The tariff on imported laptops will be cut to 4% from 9% on "
        "the same day.",
        [
            ("PE", "*", 6, "2025-03-10"),
            ("PE", "*", 11, None),
            ("PE", "*", 4, "2025-03-10"),
            ("PE", "*", 9, None),
        ],
    ),
    # "became subject to a 30% tariff on Monday": the day it began to apply
    (
        "Kenyan exports hit by US duty\n\nNAIROBI — Kenyan goods shipped to the United States became subject to a 30% tariff on "
        "Monday.",
        [("US", "KE", 30, "2025-03-03")],
    ),
    # "N days after publication" of the decree published on a named day
    (
        "ANKARA — Türkiye will impose an additional 25% tariff on tyre imports from China, "
        "according to a decree published in the Official Gazette on Saturday. The measure will "
        "take effect 30 days after publication.",
        [("TR", "CN", 25, "2025-03-31")],
    ),
    # the list's date is the new rate's; "down from 49% in April" dates only the old one
    (
        "Who got a letter\n\nWASHINGTON — President Donald Trump sent tariff letters to "
        "trading partners on Monday.\n\nHere are the rates in the letters, all effective Aug. 1:\n\n"
        "* Cambodia - 36% (down from 49% in April)\n\n* Thailand - 36%",
        [
            ("US", "KH", 36, "2025-08-01"),
            ("US", "KH", 49, None),
            ("US", "TH", 36, "2025-08-01"),
        ],
    ),
    # the duties' date, then firms' rates: "Firm A will pay 18.4%, firm B 27.1%"
    (
        "BRUSSELS — The European Union will impose anti-dumping duties on ceramic tiles from "
        "China. The duties will apply from Saturday. Foshan Ridao Ceramics will pay 18.4%, "
        "Guangdong Linyue Tiles 27.1%. All other Chinese companies face a rate of 69.7%.",
        [
            ("EU", "CN", 18.4, "2025-03-08"),
            ("EU", "CN", 27.1, "2025-03-08"),
            ("EU", "CN", 69.7, "2025-03-08"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATES_FROM_CONTEXT)
def test_dates_from_context(text, expected):
    assert sorted(tariffs(text), key=str) == sorted(expected, key=str)


# A year told looking back, in late December: the days it gives are that year's, not the next
YEAR_IN_REVIEW = [
    # (twenty-first session) "The 25 percent rate had only taken effect on March 12", told in
    # December: that March, not the next
    (
        "Steel\n\nWASHINGTON - Under a proclamation signed by President Donald Trump, the tariff "
        "on steel imports from all countries rose to 50 percent from 25 percent on June 4. The 25 "
        "percent rate had only taken effect on March 12, when Washington scrapped exemptions.",
        {("US", "*", 50, "2025-06-04"), ("US", "*", 25, "2025-03-12")},
    ),
    # A timeline's entries under headings of their own day: "from August 7" told under "July
    # 31" is that August, and "the next day" under "August 6" is August 7
    (
        "Timeline: the Swiss tariff\n\nJuly 31\n\nHours later the White House publishes a new "
        "schedule of US tariffs: Switzerland is to pay 39% from August 7.\n\nAugust 6\n\n"
        "Swiss ministers fly to Washington. The 39% rate takes effect the next day as planned.",
        {("US", "CH", 39, "2025-08-07")},
    ),
    # "issued a decree cutting duties ..., effective from July 1": that July, not the next;
    # "will cut ..., effective from December 31" stays ahead
    (
        "Hanoi\n\nHANOI - The government issued a decree cutting import duties on a list of "
        "products, effective from July 1. The decree lowered the duty on ethanol to 5 per "
        "cent.",
        [("VN", "*", 5, "2025-07-01")],
    ),
    (
        "Hanoi\n\nHANOI - The government will cut import duties on a list of products, effective "
        "from December 31. The decree lowers the duty on ethanol to 5 per cent.",
        [("VN", "*", 5, "2025-12-31")],
    ),
    # "took effect on February 4": done, so not the February five weeks ahead
    (
        "Ottawa's year in trade\n\nOTTAWA, Dec 29 - The 10 per cent duty that Washington put on "
        "Chinese imports took effect on February 4.",
        [("US", "CN", 10, "2025-02-04")],
    ),
    ("Looking back\n\nThe levy has been in force since January 20.", []),
    # "On April 2 Trump announced ... from April 5": told from April 2, no comma after the day
    (
        "Looking back\n\nOn April 2 Trump announced a 10 per cent baseline tariff on almost "
        "every country from April 5.",
        [("US", "*", 10, "2025-04-05")],
    ),
    # "Switzerland was hit with 39 per cent from August 7", "India's rate rose to 50 per cent
    # on August 27": told as done, so that August
    (
        "Looking back\n\nWASHINGTON, Dec 29 - President Donald Trump raised tariffs on Chinese "
        "goods to 20 per cent in March. Switzerland was hit with 39 per cent from August 7. "
        "India's rate rose to 50 per cent on August 27.",
        [("US", "CN", 20, None), ("US", "CH", 39, "2025-08-07"), ("US", "IN", 50, "2025-08-27")],
    ),
    # "A decree effective from June 30 cut import tariffs ...": told as done, so that June
    (
        "Looking back\n\nHANOI - Vietnam had moved early. A government decree effective from "
        "June 30 cut import tariffs on a range of goods from all countries, in a move seen as a "
        "gesture: duties on some passenger cars were reduced to 32 per cent.",
        [("VN", "*", 32, "2025-06-30")],
    ),
    # (a day told ahead in the same year still looks ahead: "will take effect on January 12")
    (
        "Looking ahead\n\nWashington's 25% tariff on Mexican trucks will take effect on "
        "January 12.",
        [("US", "MX", 25, "2026-01-12")],
    ),
]


def test_goods_shipped_to_a_country_pay_its_tariff():
    # "lumber shipped to the United States from every country has been subject to a 10 per
    # cent tariff": the country goods are shipped to charges it, on everyone (not the home
    # country of a story told from Vancouver)
    got = extract(
        "date 2026-01-05\nLumber\n\nVANCOUVER - Canada's softwood lumber producers start 2026 "
        "facing the heaviest American duties. Since Oct. 14, lumber and timber shipped to the "
        "United States from every country have been subject to a 10 per cent national-security "
        "tariff under Section 232 of U.S. trade law."
    ).tariffs
    assert [(t.imposer, t.target, t.rate_pct, t.effective) for t in got] == [
        ("US", "*", 10, "2025-10-14")
    ]


@pytest.mark.parametrize(("text", "expected"), YEAR_IN_REVIEW)
def test_a_year_told_looking_back_keeps_its_days_in_that_year(text, expected):
    got = [
        (t.imposer, t.target, t.rate_pct, t.effective)
        for t in extract("date 2025-12-29\n" + text).tariffs
    ]
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_the_speaker_names_the_imposer_and_the_goods_end_before_the_next_rate():
    got = extract(
        DATE + "The new rates come on top of levies such as the 25% tariff on autos and the 50% "
        "duty on steel, the White House said. The 10% baseline tariff stays in force."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct, t.scope, t.kind) for t in got) == [
        ("US", "*", 10, "all goods", "baseline"),
        ("US", "*", 25, "autos", "sectoral"),
        ("US", "*", 50, "steel", "sectoral"),
    ]


# Lists, ranges and measures whose countries or dates sit away from the rate.
LISTS_AND_RANGES = [
    # a range opened by a number word, dated at its end, over a list of origins
    (
        "Chile passes import duties\n\nSANTIAGO — Chile's Congress approved new duties on Asian "
        "imports. The duties, ranging from five to 40 percent depending on the product, will "
        "apply from April 1 to imports from China and Vietnam.",
        [
            ("CL", "CN", 5, "2025-04-01"),
            ("CL", "CN", 40, "2025-04-01"),
            ("CL", "VN", 5, "2025-04-01"),
            ("CL", "VN", 40, "2025-04-01"),
        ],
    ),
    # each rate keeps the countries written after it, not the ones before
    (
        "Court voids tariffs\n\nWASHINGTON — The ruling voids the country-specific rates imposed "
        "by the United States - among them 15 percent for South Korea and Japan, 20 percent for "
        "Vietnam, and 30 percent on Thailand.",
        [
            ("US", "KR", 15, None),
            ("US", "JP", 15, None),
            ("US", "VN", 20, None),
            ("US", "TH", 30, None),
        ],
    ),
    # a dash opens the rates of the measure named before it
    (
        "Ottawa responds\n\nOTTAWA — Canada answered U.S. tariffs tied to border security - 25% on "
        "most Canadian goods and 10% on Canadian potash.",
        [("US", "CA", 25, None), ("US", "CA", 10, None)],
    ),
    # "They will take effect at 12:01 a.m. EDT on Thursday": the rate just reported
    (
        "Canada retaliates\n\nOTTAWA — Canada will impose 25% retaliatory tariffs on U.S. steel, "
        "the finance minister said. The list covers C$12 billion of goods. They will take effect "
        "at 12:01 a.m. EDT on Thursday.",
        [("CA", "US", 25, "2025-03-06")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_AND_RANGES)
def test_lists_and_ranges(text, expected):
    assert sorted(tariffs(text), key=str) == sorted(expected, key=str)


def test_goods_named_as_the_subject_in_a_story_about_many_countries_come_from_anywhere():
    got = extract(
        DATE + "Court voids tariffs\n\nWASHINGTON — The ruling voids U.S. tariffs of 15 percent on "
        "South Korea, 20 percent on Vietnam and 25 percent on Mexico. Steel and copper remain "
        "subject to tariffs of 50 percent."
    ).tariffs
    assert ("US", "*", 50) in [(t.imposer, t.target, t.rate_pct) for t in got]
    # in a story about one country, the goods are that country's
    got = extract(
        DATE + "Kenya hit\n\nNAIROBI — Kenyan goods became subject to a 30% U.S. tariff on Monday. "
        "Vehicles and parts remain subject to a separate 25% tariff."
    ).tariffs
    assert ("US", "KE", 25) in [(t.imposer, t.target, t.rate_pct) for t in got]


def test_the_measures_name_their_imposer_and_a_rate_lifted_to_is_raised():
    got = extract(
        DATE + "Metals duties\n\nOTTAWA — The U.S. measures restored a 25% tariff on all steel "
        "imports and lifted the duty on aluminum to 30% from 10%."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct, t.status, t.scope) for t in got) == [
        ("US", "*", 10, "in_force", "aluminum"),
        ("US", "*", 25, "announced", "steel imports"),
        ("US", "*", 30, "raised", "aluminum"),
    ]


DATES_WRITTEN_OTHERWISE = [
    # "post deposits of 75.8% of the cargo value from Thursday": a duty paid as a deposit
    (
        "BEIJING — China will require importers of Canadian canola seed to post deposits of "
        "75.8% of the cargo value from Thursday, the commerce ministry said.",
        [("CN", "CA", 75.8, "2025-03-06")],
    ),
    # "w.e.f." (with effect from), and the total that the new duty brings about on that day
    (
        "Duty on Indian goods\n\nNEW DELHI — Washington imposed an additional 20 per cent duty on "
        "Indian goods w.e.f. February 27, taking the total import duty on a range of Indian "
        "products to forty-five per cent.",
        [("US", "IN", 20, "2025-02-27"), ("US", "IN", 45, "2025-02-27")],
    ),
    # "to 25%, from the 24% announced in April, starting Aug. 1": the date is the new rate's
    (
        "Letter to Tokyo\n\nWASHINGTON — U.S. President Donald Trump threatened to raise the reciprocal tariff on "
        "Japanese goods to 25%, from the 24% announced in April, starting Aug. 1.",
        [("US", "JP", 25, "2025-08-01"), ("US", "JP", 24, None)],
    ),
    # "from the 16th" carries its own "from"
    (
        "Japan auto tariff cut\n\nWASHINGTON — U.S. President Donald Trump signed an order lowering the tariff on "
        "Japanese cars to 15% from 27.5%. The reduced auto rate will apply to cars entered from "
        "the 16th.",
        [("US", "JP", 15, "2025-03-16"), ("US", "JP", 27.5, None)],
    ),
    # "apply effective immediately" in a later sentence: from the day the order was signed;
    # "engines above 3,000cc" is one noun phrase, and "trims ... to" moves a rate
    (
        "Duty cuts\n\nKUALA LUMPUR — Malaysia has cut import duties on some American farm goods."
        "\n\nUnder an order signed by the finance minister on Friday, the "
        "duty on soybeans from the United States drops to 3% from 8%. The ministry said the new "
        "rates apply effective immediately.\n\nThe order also trims the tariff on motorcycles "
        "with engines above 1,000cc to 20% from 30%.",
        [
            ("MY", "US", 3, "2025-02-28"),
            ("MY", "US", 8, None),
            ("MY", "US", 20, None),
            ("MY", "US", 30, None),
        ],
    ),
    # "a separate levy ... will follow on March 20": the day it starts
    (
        "BRASILIA — Brazil will charge a 12% import duty on Argentine milk powder starting "
        "March 15. A separate 20% levy on Argentine cheeses will follow on March 20.",
        [("BR", "AR", 12, "2025-03-15"), ("BR", "AR", 20, "2025-03-20")],
    ),
    # with no signing day given, "with immediate effect" is the day of the story
    (
        "NEW DELHI — India cut the import duty on American almonds to 10% from 35%. The "
        "finance ministry said the new rate applies with immediate effect.",
        [("IN", "US", 10, "2025-03-04"), ("IN", "US", 35, None)],
    ),
    # "reel from the 30% tariff": the harm the rate does, not a rate it changed from
    (
        "SANTIAGO — Wine makers are still reeling from the 30% tariff imposed by the United "
        "States on Chilean wine, which has been in force since August 5 last year.",
        [("US", "CL", 30, "2024-08-05")],
    ),
    # "to 30 percent from the current 15 percent on June 1": the change's day, not the old rate's
    (
        "OTTAWA — Canada said it would raise its surtax on Chinese steel to 30 percent from the "
        "current 15 percent on June 1.",
        [("CA", "CN", 30, "2025-06-01"), ("CA", "CN", 15, None)],
    ),
    # "a separate 40% duty ... takes effect on Monday", told on a Tuesday: the present tense of
    # a coming measure, so the Monday ahead, not the day before
    (
        "A separate 40% additional duty on Brazilian goods, ordered by President Donald Trump, "
        "takes effect on Monday.",
        [("US", "BR", 40, "2025-03-10")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATES_WRITTEN_OTHERWISE)
def test_dates_written_otherwise(text, expected):
    assert sorted(tariffs(text), key=str) == sorted(expected, key=str)


def test_a_trade_war_day_each_side_with_its_own_rates_and_days():
    # written for this test: two governments' measures in one wire story, with the dates
    # spread over the sentences around the rates
    got = extract(
        "date 2025-03-04\nCanada answers U.S. levies\n\nOTTAWA/WASHINGTON, March 4 (Reuters) - "
        "U.S. President Donald Trump's 25% tariffs on goods from Canada kicked in on Tuesday.\n\n"
        "The U.S. levies took effect at 12:01 a.m. EST. Also from Tuesday, Trump raised an extra "
        "duty on all imports from China to 20%, up from the 10% levy he first applied on Feb. 4.\n\n"
        "Prime Minister Justin Trudeau said Canada's own 25% tariffs apply effective immediately.\n\n"
        "China's commerce ministry said it would add tariffs of 15% on U.S. chicken and corn, and "
        "10% on soybeans and pork, starting March 10."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct, t.effective) for t in got) == [
        ("CA", "US", 25, "2025-03-04"),
        ("CN", "US", 10, "2025-03-10"),
        ("CN", "US", 15, "2025-03-10"),
        ("US", "CA", 25, "2025-03-04"),
        ("US", "CN", 10, "2025-02-04"),
        ("US", "CN", 20, "2025-03-04"),
    ]


def test_a_possessive_government_acts_unless_someone_else_is_named_before_the_tariff():
    (t,) = extract(
        DATE + "Taipei weighs chip levy\n\nTAIPEI — Taiwan's government said it was studying U.S. "
        "President Donald Trump's plan to impose a tariff of about 100% on imported chips."
    ).tariffs
    assert (t.imposer, t.target) == ("US", "*")


def test_a_list_of_goods_and_rates_under_a_date_given_before_it():
    got = extract(
        "date 2025-12-11\nColombia sets duties on Asian goods\n\nBOGOTÁ — Colombia's Congress approved "
        "import duties of up to 40% on goods from China. The new rates will apply from January 1, "
        "2026.\n\nThe rates set out in the annex are:\n\n• Motorcycles: 40%, up from the current "
        "15%\n\n• Footwear: 30%\n\n• Ceramic tiles: 20%"
    ).tariffs
    assert sorted(
        (t.target, t.rate_pct, t.effective, t.scope) for t in got if t.scope != "all goods"
    ) == [
        ("CN", 15, None, "Motorcycles"),
        ("CN", 20, "2026-01-01", "Ceramic tiles"),
        ("CN", 30, "2026-01-01", "Footwear"),
        ("CN", 40, "2026-01-01", "Motorcycles"),
    ]


def test_what_the_subject_faces_and_their_goods():
    # everything the subject "faces", after a rate on all partners
    got = extract(
        DATE
        + "EU talks\n\nBRUSSELS — UK goods currently face a 10% baseline tariff that Washington "
        "applies to nearly all trading partners, as well as 50% on steel and 25% on cars."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct) for t in got) == [
        ("US", "*", 10),
        ("US", "GB", 25),
        ("US", "GB", 50),
    ]
    # "on most of their goods": the goods of the subjects, not of everyone
    got = extract(
        DATE
        + "Allies talk\n\nSEOUL — Canberra and Wellington each agreed with Washington to a 12% "
        "US tariff on most of their goods. Economists said it would shave 0.3% off the region's GDP."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct) for t in got) == [
        ("US", "AU", 12),
        ("US", "NZ", 12),
    ]


def test_an_add_on_shares_the_day_of_the_total_and_an_old_rate_its_own_day():
    got = extract(
        "date 2025-07-31\nTrump makes 45% tariff on Peru official\n\nLIMA — U.S. President Donald "
        "Trump signed an order imposing an additional 35% tariff on imports from Peru, bringing "
        "the total duty on many Peruvian goods to 45% from August 6.\n\nSeparately, Chile will "
        "face a 15 percent tariff, a sharp cut from the 25 percent rate that had been due to hit "
        "Chilean goods from Aug. 1."
    ).tariffs
    assert sorted((t.target, t.rate_pct, t.effective) for t in got) == [
        ("CL", 15, None),
        ("CL", 25, "2025-08-01"),
        ("PE", 35, "2025-08-06"),
        ("PE", 45, "2025-08-06"),
    ]
    assert "official" not in {t.scope for t in got}


def test_rates_after_a_measure_named_without_one_and_its_collection_date():
    got = extract(
        "date 2025-04-14\nEU pauses\n\nBRUSSELS — EU member states signed off on 9 April on duties "
        "targeting about 18 billion euros of American goods, from soybeans to poultry. Most of "
        "the list would have been taxed at 25%, with a smaller group of products at 10%. "
        "Collection of the first tranche was due to begin on 15 April."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct, t.effective) for t in got) == [
        ("EU", "US", 10, "2025-04-15"),
        ("EU", "US", 25, "2025-04-15"),
    ]


def test_a_rate_that_took_effect_hours_before_the_reported_event_takes_its_day():
    got = extract(
        "date 2025-04-14\nPause\n\nBRUSSELS — A 20% tariff on Swiss goods was suspended by U.S. President Donald Trump "
        "on 9 April, hours after it took effect."
    ).tariffs
    assert [(t.target, t.rate_pct, t.effective) for t in got] == [("CH", 20, "2025-04-09")]


def test_counter_tariffs_dropped_and_kept_and_a_rate_already_paid_keeps_no_new_date():
    got = extract(
        "date 2025-10-08\nCanada\n\nOTTAWA — Ottawa dropped its 25 per cent counter-tariffs on U.S. "
        "goods with effect from Sept. 1. Canada kept in place its 25 per cent counter-tariffs on "
        "U.S. steel."
    ).tariffs
    got = {(t.imposer, t.target, t.rate_pct, t.effective, t.status) for t in got}
    assert got == {("CA", "US", 25, "2025-09-01", "removed"), ("CA", "US", 25, None, "announced")}
    got = extract(
        "date 2025-10-08\nCanada\n\nOTTAWA — U.S. President Donald Trump's tariffs on Canadian "
        "goods remain.\n\n• Softwood lumber, already subject to duties of 35.19 per cent, will "
        "face a further 10 per cent tariff from Oct. 14."
    ).tariffs
    got = {(t.imposer, t.target, t.rate_pct, t.effective) for t in got}
    assert got == {("US", "CA", 35.19, None), ("US", "CA", 10, "2025-10-14")}


def test_goods_as_subjects_in_a_list_and_the_surcharge_raised_later():
    got = extract(
        "date 2026-02-25\nRuling\n\nWASHINGTON — The ruling voids U.S. tariffs of 15 percent on South "
        "Korea, 20 percent on Vietnam and 30 percent on Mexico. Steel and copper remain subject to "
        "tariffs of 50 percent, and autos and trucks to 25 percent.\n\nA U.S. surcharge of 10 "
        "percent now applies to imports from all countries. The President has said he intends to "
        "raise the surcharge to 15 percent."
    ).tariffs
    got = {(t.target, t.rate_pct, t.scope) for t in got}
    assert ("*", 50, "Steel and copper") in got
    assert ("*", 25, "autos and trucks") in got
    assert ("*", 15, "all goods") in got
    assert not any(target == "MX" and rate == 15 for target, rate, _ in got)


def test_scopes_keep_hyphenated_countries_and_decimals_in_the_subject():
    got = extract(
        "date 2025-10-08\nCanada\n\nOTTAWA — U.S. President Donald Trump's tariffs on Canadian goods "
        "remain.\n\n• Vehicles built in Canada face 25 per cent on their non-U.S. content.\n\n"
        "• Softwood lumber, already subject to duties of 35.19 per cent, will face a further 10 "
        "per cent tariff from Oct. 14."
    ).tariffs
    assert {(t.rate_pct, t.scope) for t in got} == {
        (25, "non-U.S. content"),
        (35.19, "Softwood lumber"),
        (10, "Softwood lumber"),
    }


def test_the_same_rate_imposed_on_two_days_is_two_measures():
    got = extract(
        "date 2025-03-12\nCanada\n\nOTTAWA — Canada will impose 25% retaliatory tariffs on C$29.8 "
        "billion worth of U.S. goods from Thursday, the finance minister said.\n\nThe package comes "
        "on top of the 25% tariffs Ottawa slapped on C$30 billion of U.S. goods on March 4."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct, t.effective) for t in got) == [
        ("CA", "US", 25, "2025-03-04"),
        ("CA", "US", 25, "2025-03-13"),
    ]


def test_a_measure_answering_another_sides_duties_and_its_own_start():
    got = extract(
        "date 2025-04-10\nEU pauses\n\nBRUSSELS — The EU has suspended its retaliatory tariffs on American goods, "
        "following U.S. President Donald Trump's decision to pause his levies.\n\nMember states on "
        "Wednesday approved tariffs on about 21bn euros of US imports, in response to Trump's 25 "
        "per cent duties on steel, which took effect last month. The package, a copy of which was "
        "seen by reporters, set a 25 per cent "
        "rate on most items and 10 per cent on almonds. The duties had been due to start being "
        "collected on April 15. His 25 per cent tariffs on imported cars also remain in place."
    ).tariffs
    assert {(t.imposer, t.target, t.rate_pct, t.effective, t.scope) for t in got} == {
        ("EU", "US", 10, "2025-04-15", "almonds"),
        ("EU", "US", 25, "2025-04-15", "most items"),
        ("US", "*", 25, None, "imported cars"),
        ("US", "*", 25, None, "steel"),
    }


def test_countries_each_assigned_a_rate_and_another_facing_one_later_in_a_tariff_story():
    got = extract(
        "date 2025-08-04\nMalaysia\n\nKUALA LUMPUR — The United States lowered its tariff on "
        "Malaysian exports to 19 per cent from 25 per cent.\n\nThe minister welcomed it. Exporters "
        "were relieved.\n\nUnder the same order, Indonesia and Cambodia were each assigned a rate "
        "of 19 per cent, while Vietnam faces 20 per cent and Brunei 25 per cent."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct) for t in got) == [
        ("US", "BN", 25),
        ("US", "ID", 19),
        ("US", "KH", 19),
        ("US", "MY", 19),
        ("US", "MY", 25),
        ("US", "VN", 20),
    ]


def test_goods_that_have_been_subject_to_a_tariff_are_their_countrys():
    got = extract(
        "date 2025-08-12\nCanola\n\nBEIJING — China's commerce ministry announced new duties. Since "
        "March 20, Canadian rapeseed oil and peas have been subject to an additional 100 percent "
        "tariff. Ottawa levies a 100 percent surtax on Chinese-made electric vehicles."
    ).tariffs
    assert {(t.imposer, t.target, t.rate_pct, t.scope) for t in got} >= {
        ("CA", "CN", 100, "Chinese-made electric vehicles"),
    }
    assert ("CN", "CA", 100) in [(t.imposer, t.target, t.rate_pct) for t in got]
    assert ("CA", "*", 100) not in [(t.imposer, t.target, t.rate_pct) for t in got]


def test_a_fact_sheet_of_goods_charged_rates_that_all_take_effect_one_day():
    got = extract(
        "date 2025-09-30\nFact sheet\n\nWASHINGTON — U.S. President Donald Trump signed a proclamation imposing "
        "tariffs on wood products.\n\n- Certain upholstered wooden products will be charged a 25% "
        "tariff, which will rise to 30% on January 1, 2026.\n\n- Kitchen cabinets and vanities will "
        "also be charged a 25% tariff, increasing to 50% on January 1, 2026.\n\n- Covered products "
        "of Japan will be charged no more than 15%.\n\n- All tariffs in this Proclamation take "
        "effect at 12:01 a.m. eastern daylight time on October 14, 2025."
    ).tariffs
    got = {(t.target, t.rate_pct, t.effective, t.scope) for t in got}
    assert ("*", 25, "2025-10-14", "upholstered wooden products") in got
    assert ("*", 30, "2026-01-01", "upholstered wooden products") in got
    assert ("*", 25, "2025-10-14", "Kitchen cabinets and vanities") in got
    assert ("*", 50, "2026-01-01", "Kitchen cabinets and vanities") in got


def test_rates_under_the_same_order_and_a_rate_named_again():
    got = extract(
        "date 2025-08-04\nCut\n\nKUALA LUMPUR — The United States lowered its tariff on Malaysian "
        "exports to 19 per cent from 25 per cent. The minister said the revised rate would come "
        'into force on Aug 7.\n\n"We protected our red lines," he said.\n\nThe 25 per cent rate '
        "had been set out in a letter from Trump to Prime Minister Anwar Ibrahim, and was due to "
        "take effect on Aug 1. In April, Washington announced a rate of 24 per cent for Malaysia "
        "but suspended it.\n\nUnder the same order, Indonesia was assigned a rate of 19 per cent."
    ).tariffs
    got = {(t.imposer, t.target, t.rate_pct, t.effective) for t in got}
    assert got == {
        ("US", "MY", 19, "2025-08-07"),
        ("US", "MY", 25, "2025-08-01"),
        ("US", "MY", 24, None),
        ("US", "ID", 19, "2025-08-07"),
    }


def test_a_combined_rate_since_a_day_and_a_part_in_place_since_earlier():
    got = extract(
        "date 2025-10-07\nBrazil\n\nBRASÍLIA — Since August 6, most Brazilian goods entering the US "
        "have faced a combined tariff of 50 percent: a 10 percent duty in place since April plus "
        "the additional 40 percent. South Africa has been hit with a 30 percent U.S. levy."
    ).tariffs
    got = {(t.target, t.rate_pct, t.effective) for t in got}
    assert ("BR", 50, "2025-08-06") in got and ("BR", 10, None) in got
    assert ("ZA", 30, None) in got


def test_both_countries_are_the_two_named_a_paragraph_back():
    got = extract(
        "date 2025-07-27\nTruce talks\n\nKUALA LUMPUR — Fighting on the Thai and Cambodian border "
        "continued.\n\nThe clashes wounded Thai soldiers.\n\nPressure mounted over the weekend.\n\n"
        "U.S. President Donald Trump spoke with both leaders on Saturday. Both countries face a 36 "
        "per cent tariff on their exports to the US from Aug 1."
    ).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct, t.effective) for t in got) == [
        ("US", "KH", 36, "2025-08-01"),
        ("US", "TH", 36, "2025-08-01"),
    ]


def test_the_proclamation_takes_effect_with_a_time_zone_in_brackets():
    got = extract(
        "date 2025-07-31\nCopper\n\nWASHINGTON, July 31 (Reuters) - U.S. President Donald Trump has "
        "ordered a 50% tariff on imported copper pipes.\n\nThe proclamation covers shipments from "
        "every trading partner and takes effect at 12:01 a.m. EDT (0401 GMT) on Friday."
    ).tariffs
    assert [(t.target, t.rate_pct, t.effective) for t in got] == [("*", 50, "2025-08-01")]


def test_the_parts_of_a_total_are_on_the_same_country():
    # "It combines ... with an additional ...": the parts are Brazil's, the add-on starts
    # with the total; a sentence that is not about parts keeps its own reading
    text = (
        "Tariff on Brazil\n\nBRASILIA — Washington's 50% tariff on most Brazilian goods has "
        "been in force since Feb. 20. It combines the 10% baseline rate that the United States "
        "charges nearly all trading partners with an additional 40% surcharge."
    )
    assert sorted(tariffs(text), key=str) == sorted(
        [("US", "BR", 50, "2025-02-20"), ("US", "BR", 10, None), ("US", "BR", 40, "2025-02-20")],
        key=str,
    )
    plain = (
        "Tariff on Brazil\n\nBRASILIA — Washington's 50% tariff on most Brazilian goods has "
        "been in force since Feb. 20. The United States charges a 10% baseline rate on nearly "
        "all trading partners."
    )
    assert ("US", "*", 10, None) in tariffs(plain)
    # "It stacks an additional 40% duty on top of ...": the add-on starts with the total, even
    # when the sentence names its country again
    stacked = (
        "Tariff on Brazil\n\nBRASILIA — Washington's 50% tariff on most Brazilian goods took "
        "effect on Feb. 20. It stacks an additional 40% duty on Brazilian goods on top of the "
        "10% baseline rate."
    )
    assert ("US", "BR", 40, "2025-02-20") in tariffs(stacked)


def test_a_coming_change_carries_its_day_to_the_next_sentence():
    # the verb and its tariff long before the rate; the next sentence of the same change
    # shares its day, but a past rate in another paragraph does not
    text = (
        "Mexico tariffs\n\nMEXICO CITY — Mexico's Congress approved a bill that will raise the "
        "tariff on cars from countries without a trade agreement with Mexico, including China, "
        "to 50% from 20% from Jan. 1. Tariffs on some steel products from those countries will "
        "rise to 35%.\n\nChina has charged a 15% duty on Mexican pork since 2024."
    )
    got = tariffs(text)
    assert ("MX", "CN", 50, "2026-01-01") in got
    assert ("MX", "CN", 20, None) in got
    assert ("MX", "CN", 35, "2026-01-01") in got
    assert ("CN", "MX", 15, None) in got


def test_each_country_with_its_goods_and_rate_under_the_order_of_the_day():
    # "The new rates will apply from ..." then "Under the order, ...": the order's day;
    # "Indonesian imports will be charged 19% and South African goods 30%": each its own
    text = (
        "New rates\n\nWASHINGTON — President Donald Trump signed an order setting new tariff "
        "rates, including a 25% duty on goods from India. The new rates will apply from March 10.\n\nUnder the order, goods from Vietnam "
        "will face a 20% tariff, while Indonesian imports will be charged 19% and South African "
        "goods 30%."
    )
    assert sorted(tariffs(text), key=str) == sorted(
        [
            ("US", "IN", 25, "2025-03-10"),
            ("US", "VN", 20, "2025-03-10"),
            ("US", "ID", 19, "2025-03-10"),
            ("US", "ZA", 30, "2025-03-10"),
        ],
        key=str,
    )


def test_a_range_that_only_sums_up_and_letters_to_leaders_about_their_goods():
    # "rates ranging from 25% to 40%, with Laos facing the top rate of 40%": only Laos's 40,
    # from the day the letters just described give; "informing them that their goods would
    # face 25%": each leader's country, on all goods
    text = (
        "Tariff letters\n\nWASHINGTON — President Donald Trump sent letters to leaders of 14 "
        "countries, including Japanese Prime Minister Shigeru Ishiba and South Korean President "
        "Lee Jae-myung, informing them that their goods would face 25 percent tariffs from "
        "April 1. The letters set rates ranging from 25 percent to 40 percent, with Laos and "
        "Myanmar facing the top rate of 40 percent."
    )
    got = extract(DATE + text).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct, t.effective) for t in got) == sorted(
        [
            ("US", "JP", 25, "2025-04-01"),
            ("US", "KR", 25, "2025-04-01"),
            ("US", "LA", 40, "2025-04-01"),
            ("US", "MM", 40, "2025-04-01"),
        ]
    )
    assert {t.scope for t in got if t.rate_pct == 25} == {"all goods"}
    # a range with its own countries stands
    text = (
        "BEIJING — China imposed tariffs ranging from 10% to 15% on American farm goods, with "
        "soybeans facing the lower rate."
    )
    assert sorted(tariffs(text)) == [("CN", "US", 10, None), ("CN", "US", 15, None)]


def test_a_week_after_signing_those_levies_each_assigned_and_transshipment():
    text = (
        "New schedule\n\nBANGKOK — The order, signed by President Donald Trump late on Thursday, "
        "sets a 20% tariff on goods from Vietnam and 19% on imports from Thailand. The new rates "
        "take effect a week after the order was signed.\n\nThe rates are below those Trump "
        "announced in January, when Vietnam was hit with 46% and Thailand with 36%. Those levies "
        "were due to start on February 9 but were suspended, leaving a 10% baseline tariff on "
        "almost all U.S. imports in place.\n\nMyanmar and Laos fared worse, with each assigned a "
        "40% rate. Goods transshipped through Vietnam to evade duties on Chinese products will "
        "face a 30% levy."
    )
    got = extract(DATE + text).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct, t.effective) for t in got) == sorted(
        [
            ("US", "VN", 20, "2025-03-06"),
            ("US", "TH", 19, "2025-03-06"),
            ("US", "VN", 46, "2025-02-09"),
            ("US", "TH", 36, "2025-02-09"),
            ("US", "*", 10, None),
            # (the countries given their rates under the order take its day)
            ("US", "MM", 40, "2025-03-06"),
            ("US", "LA", 40, "2025-03-06"),
            ("US", "VN", 30, None),
        ]
    )
    assert next(t.scope for t in got if t.rate_pct == 10) == "all goods"
    # no day for the signing: no day counted from it
    text = (
        "WASHINGTON — President Donald Trump set a 20% tariff on goods from Vietnam. The new "
        "rates take effect a week after the order was signed."
    )
    assert tariffs(text) == [("US", "VN", 20, None)]


def test_midnight_the_old_rate_replaced_and_a_rate_owned_by_a_province():
    text = (
        "Steel duties\n\nBRUSSELS — The EU on Tuesday announced measures against US goods, "
        "hours after Washington's 25% tariffs on all imports of steel and aluminum came into "
        "force. The US levies, ordered by President Donald Trump last month, took effect at "
        "midnight Washington time. For aluminum the new rate replaces the 10% duty that had "
        "applied since 2018.\n\nTrump said he would double the tariffs on Canadian steel to 50%, "
        "in response to Ontario's 25% surcharge on electricity."
    )
    got = extract(DATE + text).tariffs
    assert sorted((t.imposer, t.target, t.rate_pct, t.effective) for t in got) == sorted(
        [
            ("US", "*", 25, "2025-03-04"),
            ("US", "*", 10, None),
            ("US", "CA", 50, None),
        ]
    )
    old = next(t for t in got if t.rate_pct == 10)
    assert (old.status, old.scope) == ("removed", "aluminum")


def test_caps_for_partners_a_climb_on_a_day_and_what_mills_pay():
    text = (
        "Wood tariffs\n\nWASHINGTON — New U.S. tariffs took effect on Tuesday. A 10% tariff now "
        "applies to softwood lumber from all "
        "countries. Those rates are set to climb on Jan. 1, when the duty on sofas rises to 30% "
        "and the levy on cabinets jumps to 50% for countries without a deal. Imports from the "
        "United Kingdom are capped at 10%, while the European Union and Japan will pay no more "
        "than 15% on the wood products covered. Canadian mills were already paying duties of "
        "35.19%."
    )
    got = extract(DATE + text).tariffs
    # (the 10% on lumber is one of the "New U.S. tariffs" that "took effect on Tuesday")
    assert sorted((t.imposer, t.target, t.rate_pct, t.effective) for t in got) == sorted(
        [
            ("US", "*", 10, "2025-03-04"),
            ("US", "*", 30, "2026-01-01"),
            ("US", "*", 50, "2026-01-01"),
            ("US", "GB", 10, None),
            ("US", "EU", 15, None),
            ("US", "JP", 15, None),
            ("US", "CA", 35.19, None),
        ]
    )
    by_rate = {(t.target, t.rate_pct): t for t in got}
    assert by_rate[("*", 10)].scope == "softwood lumber"
    assert (by_rate[("*", 30)].scope, by_rate[("*", 30)].status) == ("sofas", "raised")
    # the goods of "covered products of the European Union and Japan" without the countries
    text = (
        "WASHINGTON — The U.S. set tariffs on wood products. Covered products of the United "
        "Kingdom will be charged no more than 10%, "
        "while covered products of the European Union and Japan will be charged no more than 15%."
    )
    got = extract(DATE + text).tariffs
    assert sorted((t.target, t.rate_pct) for t in got) == [("EU", 15), ("GB", 10), ("JP", 15)]
    assert {t.scope for t in got if t.rate_pct == 15} == {"covered products"}


def test_a_third_country_bought_from_and_a_relative_clause_that_dates_one_rate():
    text = (
        "Trade talks\n\nNEW DELHI — The United States has imposed tariffs on India. The Indian "
        "side conveyed concerns about the 25 per cent reciprocal tariff on Indian goods and the "
        "additional 25 per "
        "cent duty linked to India's purchase of Russian crude oil, which has been in force "
        "since 27 February."
    )
    assert sorted(tariffs(text), key=str) == sorted(
        [("US", "IN", 25, None), ("US", "IN", 25, "2025-02-27")], key=str
    )


def test_a_fronted_country_a_clause_cut_and_rates_listed_after_including():
    text = (
        "India slaps 12% safeguard duty on steel as Asia braces for Chinese glut\n\n"
        "NEW DELHI -- India has imposed a 12% safeguard duty on imports of flat steel. In "
        "Vietnam, anti-dumping duties of up to 27.83% on hot-rolled steel from China have been "
        "in place since March 1. President Donald Trump announced reciprocal tariffs on most "
        "U.S. trading partners on April 2, including 24% for Japan and 25% for South Korea."
    )
    got = tariffs(text)
    assert ("IN", "*", 12, None) in got and not any(t[1] == "CN" and t[0] == "IN" for t in got)
    assert ("VN", "CN", 27.83, "2025-03-01") in got
    assert ("US", "JP", 24, None) in got and ("US", "KR", 25, None) in got


def test_a_dashed_list_after_tariffs_that_answered_another_countrys_duties():
    text = (
        "BEIJING -- China had already responded to the first round of US duties with tariffs "
        "that took effect on February 10 -- 15 percent on American coal and liquefied natural "
        "gas and 10 percent on crude oil and farm machinery."
    )
    assert sorted(tariffs(text)) == [("CN", "US", 10, "2025-02-10"), ("CN", "US", 15, "2025-02-10")]


def test_under_the_new_schedule_takes_the_schedules_day_not_the_old_levies():
    text = (
        "New schedule\n\nBANGKOK — The U.S. order sets a 20% tariff on goods from Vietnam. The new "
        "rates will apply from March 20.\n\nThose levies replaced a 46% rate on Vietnam that "
        "was due to start on January 9. Myanmar and Laos fared worse, with each assigned a 40% "
        "rate under the new schedule."
    )
    got = tariffs(text)
    assert ("US", "MM", 40, "2025-03-20") in got and ("US", "LA", 40, "2025-03-20") in got


def test_the_old_rate_on_all_imported_cars_is_on_every_partner():
    text = (
        "SEOUL -- Tariffs on Korean automobiles will also be lowered to 15 percent from the 25 "
        "percent levy that Washington has applied to all imported cars since February 3."
    )
    assert sorted(tariffs(text), key=str) == sorted(
        [("US", "KR", 15, None), ("US", "*", 25, "2025-02-03")], key=str
    )


def test_subject_goods_are_not_the_firms_that_pay():
    # "all remaining Chinese exporters will be charged 62.4%": who pays, not what goods
    from extract.tariffs import _subject_goods

    assert (
        _subject_goods(
            "Two firms face 29.8%, while all remaining Chinese exporters will be charged "
        )
        is None
    )
    assert (
        _subject_goods(
            "KUALA LUMPUR/MANILA, Aug 1 - Most of Southeast Asia's big exporters will face US "
            "tariffs of "
        )
        is None
    )


def test_subject_goods_drop_a_relative_clause_and_the_dateline():
    (t,) = extract(
        DATE + "WASHINGTON -- Products that U.S. authorities determine were transshipped through "
        "Vietnam to evade higher duties will be hit with a 40% levy."
    ).tariffs
    assert (t.imposer, t.target, t.rate_pct) == ("US", "VN", 40)
    assert t.scope is None or "WASHINGTON" not in t.scope and "authorities" not in t.scope


def test_the_next_sentence_of_a_measure_that_starts_today_shares_its_day():
    text = (
        "Wood tariffs\n\nWASHINGTON — New U.S. tariffs took effect on Tuesday. A 10% tariff "
        "now applies to softwood lumber from all countries, starting Tuesday. Kitchen cabinets "
        "face a 25% tax.\n\nSofas were charged 5% until last year."
    )
    got = tariffs(text)
    assert ("US", "*", 10, "2025-03-04") in got and ("US", "*", 25, "2025-03-04") in got
    assert ("US", "*", 5, None) in got


def test_a_tariff_on_its_exports_is_on_the_subject_imposed_by_the_destination():
    (t,) = extract(
        DATE + "BRUSSELS -- The European Union agreed to a 15% tariff on most of its exports to "
        "the United States."
    ).tariffs
    assert (t.imposer, t.target, t.rate_pct, t.scope) == ("US", "EU", 15, "most goods")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country "handed" or "assigned" a rate, or "told to expect" one, is its target
        (
            "Peru and Chile would each face a 20% levy under the new U.S. schedule, while Bolivia "
            "had been handed 25%.",
            [("US", "PE", 20, None), ("US", "CL", 20, None), ("US", "BO", 25, None)],
        ),
        (
            "The U.S. letters set a 25% tariff on Korean goods. Ghana and Kenya were also each told to expect "
            "18%, effective March 20.",
            [
                ("US", "KR", 25, None),
                ("US", "GH", 18, "2025-03-20"),
                ("US", "KE", 18, "2025-03-20"),
            ],
        ),
        (
            "The U.S. letters set a 25% tariff on Korean goods. Nepal and Bhutan drew the stiffest rate, at "
            "40%, while Fiji and Samoa were assigned 30% apiece.",
            [
                ("US", "KR", 25, None),
                ("US", "NP", 40, None),
                ("US", "BT", 40, None),
                ("US", "FJ", 30, None),
                ("US", "WS", 30, None),
            ],
        ),
        # across-the-board with no country: on all partners
        (
            "The U.S. letters set a 25% tariff on Korean goods. Most imports still pay the 10% "
            "across-the-board tariff.",
            [("US", "KR", 25, None), ("US", "*", 10, None)],
        ),
    ],
)
def test_rates_handed_assigned_or_drawn(text, expected):
    assert sorted(tariffs(text), key=str) == sorted(expected, key=str)


def test_a_country_named_in_a_condition_does_not_become_the_imposer_of_the_next_rates():
    text = (
        "The U.S. letter set a 25% tariff on Korean goods. It warned that if Seoul raised its "
        "own duties in response, the increase would be added on top. Laos and Myanmar drew the "
        "stiffest rate, at 40%."
    )
    assert ("US", "LA", 40, None) in tariffs(text)
    assert not [t for t in tariffs(text) if t[0] == "KR"]


def test_a_counter_tariff_imposed_on_a_past_day_is_dated_in_the_past():
    assert tariffs(
        "Ottawa already has its own 25% counter-tariffs on U.S. steel, imposed on March 1 in "
        "response to the first round of U.S. duties."
    ) == [("CA", "US", 25, "2025-03-01")]
    # (to be imposed: the coming one)
    assert tariffs("Canada said a 25% tariff on U.S. steel will be imposed on March 13.") == [
        ("CA", "US", 25, "2025-03-13")
    ]


def test_a_country_that_doubles_tariffs_is_no_target():
    got = tariffs("Canada weighs response as US doubles steel and aluminum tariffs to 50%")
    assert not [t for t in got if t[1] == "US"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "100-per-cent", as some papers print it
        (
            "Ottawa imposed a 100-per-cent surtax on electric vehicles made in China.",
            [("CA", "CN", 100, None)],
        ),
        # an anti-dumping cash deposit, a share of the goods' value, from a coming day
        (
            "China will require importers of Canadian canola seed to post a cash deposit equal "
            "to 75.8 per cent of the value of their shipments, starting Thursday.",
            [("CN", "CA", 75.8, "2025-03-06")],
        ),
        # a deposit that is no duty
        ("Canadian banks pay 3 per cent on a deposit of $5,000.", []),
        # farm goods and materials named by their origin
        (
            "India will charge a 30% duty on American pork from Friday.",
            [("IN", "US", 30, "2025-03-07")],
        ),
        # (but goods sold in a country's own market are not its goods)
        (
            "China will lift its 200% duties on Australian wine, citing changes in the Chinese "
            "wine market.",
            [("CN", "AU", 200, None)],
        ),
    ],
)
def test_hyphenated_percentages_deposits_and_goods_by_origin(text, expected):
    assert tariffs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negotiated ceiling on a tariff is the most those countries pay
        (
            "The U.S. will impose a 100% tariff on imported pharmaceuticals. The European Union "
            "and Japan, however, negotiated ceilings of 15% on pharmaceutical tariffs.",
            [("US", "*", 100, None), ("US", "EU", 15, None), ("US", "JP", 15, None)],
        ),
        # what a statute allows is a power, not a measure
        (
            "The White House could turn to Section 122 of the Trade Act, which allows tariffs of "
            "up to 15 percent for 150 days.",
            [],
        ),
        # goods "imported" without an origin come from anywhere, whatever came before
        (
            "The U.S. put 20 percent duties on Chinese products. Not affected was the 25 percent "
            "duty on imported automobiles.",
            [("US", "CN", 20, None), ("US", "*", 25, None)],
        ),
    ],
)
def test_ceilings_legal_limits_and_imported_goods(text, expected):
    assert tariffs(text) == expected


def test_a_reduction_applied_from_a_day_dates_the_new_rate_not_the_old():
    assert tariffs(
        "The US will lower its tariff on South Korean cars to 15% from 25%, with the reduction "
        "applied retroactively from March 1."
    ) == [("US", "KR", 15, "2025-03-01"), ("US", "KR", 25, None)]


def test_whose_goods_face_a_rate_and_a_country_in_the_next_clause():
    got = tariffs(
        "The US will lower its tariff on South Korean cars to 15% from 25%. Tariffs on Korean "
        "drugs will be capped at 15%, while Korean chips will get treatment no worse than that "
        "given to Taiwan. Taiwan, whose goods are currently subject to a 20% levy, is still "
        "negotiating, and Trump has said he plans a tariff of roughly 100% on imported chips."
    )
    assert ("US", "KR", 15, None) in got and not [t for t in got if t[0] == "TW"]
    assert ("US", "TW", 20, None) in got and ("US", "*", 100, None) in got


def test_the_rate_named_again_keeps_its_country_and_the_nearest_country_acts():
    got = tariffs(
        "TAIPEI -- Taiwan's government is assessing U.S. President Donald Trump's plan to "
        "impose a tariff of about 100% on imported semiconductors, as a separate 20% tariff on "
        "Taiwanese goods took effect on Tuesday. The minister said Taipei would keep "
        "negotiating to lower the 20% rate."
    )
    assert got == [("US", "*", 100, None), ("US", "TW", 20, "2025-03-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # demonyms of smaller economies
        (
            "The U.S. set new tariff rates on Friday. Zambian goods are, however, set to face a 15% "
            "levy next month, while Malawian and Namibian exports face 17%.",
            [("US", "ZM", 15, None), ("US", "MW", 17, None), ("US", "NA", 17, None)],
        ),
        # an average effective rate is no measure, however long the words after it
        (
            "The Yale Budget Lab estimates that the average effective tariff rate facing U.S. "
            "consumers has risen to about 17.4%.",
            [],
        ),
    ],
)
def test_more_demonyms_and_long_aggregates(text, expected):
    assert tariffs(text) == expected


def test_both_sets_of_cuts_in_place_by_a_day_date_both_sides():
    text = (
        "Under the deal, duties on Chinese goods entering the United States will drop to 30% "
        "from 145%. Beijing will lower its levies on American products to 10% from 125%. Both "
        "sets of cuts are to be in place by Friday."
    )
    assert tariffs(text) == [
        ("US", "CN", 30, "2025-03-07"),
        ("US", "CN", 145, None),
        ("CN", "US", 10, "2025-03-07"),
        ("CN", "US", 125, None),
    ]


def test_a_hyphenated_kind_of_tariff_between_rate_and_noun():
    assert ("US", "CN", 20, None) in tariffs(
        "The U.S. rate includes the 20% fentanyl-related tariff that President Donald Trump "
        "imposed on China earlier this year."
    )


def test_hours_after_a_tariff_came_into_force_dates_it_to_the_day_of_the_sentence():
    got = tariffs(
        "Prime Minister Ana Silva spoke with President Max Weber on Monday, hours after a 25% "
        "U.S. tariff on Indian goods came into force. A further 25% levy on Indian imports "
        "applies from March 27."
    )
    assert got == [("US", "IN", 25, "2025-03-03"), ("US", "IN", 25, "2025-03-27")]


def test_a_measure_ordered_by_a_president_that_kicked_in_then_its_new_rate():
    text = (
        "TORONTO -- Canada is preparing countermeasures after the United States doubled its "
        "import taxes on steel and aluminum, Prime Minister Mark Carney said Tuesday. The "
        "higher duties were ordered by President Donald Trump in a proclamation he signed "
        "Monday and kicked in at 12:01 a.m. Eastern time Tuesday. The new rate on both metals "
        "is 50%, twice the 25% that importers had been paying since March. Under the trade "
        "framework London and Washington unveiled in May, British steel will keep paying 25% "
        "for now, although the rate could be raised to 50% as early as July 9."
    )
    assert tariffs(text) == [
        ("US", "*", 50, "2025-03-04"),
        ("US", "*", 25, None),
        ("US", "GB", 25, None),
        ("US", "GB", 50, "2025-07-09"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "bringing them down to zero"
        (
            "In return, the EU will scrap its tariffs on all U.S. industrial goods, bringing "
            "them down to zero.",
            [("EU", "US", 0, None)],
        ),
        # (zero of something else is no rate)
        ("Inflation in the euro area fell to zero in May, the EU statistics office said.", []),
        # a place in a country is no party to the tariff
        (
            "The leaders met at a golf course on Scotland's west coast, where they agreed that "
            "most European exports to the United States will be charged a flat 15% tariff.",
            [("US", "EU", 15, None)],
        ),
    ],
)
def test_down_to_zero_and_places_in_a_country(text, expected):
    assert tariffs(text) == expected


def test_whose_country_is_the_persons_and_percentage_point_ranges_are_no_rates():
    got = tariffs(
        "Apparel from Sri Lanka faces a U.S. tariff of 20%. Prime Minister Ana Silva had a "
        "call with Brazilian President Luiz Inacio Lula da Silva, whose country has also been "
        "hit with a 50% U.S. tariff. Economists said the higher duty could shave 0.3 to 0.5 "
        "percentage points off growth."
    )
    assert got == [("US", "LK", 20, None), ("US", "BR", 50, None)]


def test_a_country_that_imports_in_a_relative_clause_is_neither_party():
    got = tariffs(
        "A 30% U.S. tariff on South African goods came into force on Tuesday. Vehicles, which "
        "have attracted a separate 25% tariff since March 1, are excluded from the 30% rate, as "
        "are metals that the US imports in large volumes."
    )
    assert ("US", "ZA", 25, "2025-03-01") in got and not [t for t in got if t[0] == "ZA"]


def test_goods_from_after_a_comma_name_their_origin():
    assert tariffs(
        "Under the trade deals, goods from Malaysia and Cambodia will remain subject to the 19 "
        "percent levy that Washington has applied since August."
    ) == [("US", "MY", 19, None), ("US", "KH", 19, None)]


def test_a_story_of_letters_whose_rates_and_its_rate():
    text = (
        "WASHINGTON -- President Donald Trump notified eight more countries of the import "
        "taxes they will face from Aug. 1. The letters set a 20% duty on goods from the "
        "Philippines and 30% on products from Iraq and Sri Lanka. Sri Lanka was among the "
        "biggest beneficiaries: its rate was cut from the 44% announced in April. Iraq's new "
        "30% rate is below the 39% it had been told to expect. Trump said he would impose a "
        "50% tariff on imported copper, a move that sent U.S. copper futures to a record high. "
        "Monday's letters told Japan and South Korea that their goods would face 25% tariffs "
        "and set rates of 40% for Laos, also starting Aug. 1."
    )
    got = tariffs(text)
    assert ("US", "LK", 44, None) in got and ("US", "IQ", 39, None) in got
    assert ("US", "*", 50, None) in got
    assert ("US", "JP", 25, "2025-08-01") in got and ("US", "LA", 40, "2025-08-01") in got
    assert not [t for t in got if t[0] != "US"]


def test_a_date_closing_a_list_is_not_the_day_of_a_threatened_rate_in_it():
    assert tariffs(
        "Tokyo agreed with Washington in July to a 15% US tariff on most of its goods, avoiding "
        "the 25% rate that Trump had threatened to impose from August 1."
    ) == [("US", "JP", 15, None), ("US", "JP", 25, "2025-08-01")]


def test_a_deal_under_which_goods_face_a_rate_is_the_other_sides():
    got = tariffs(
        "The cut was agreed in July, when Seoul and Washington struck a deal under which South "
        "Korean goods face a 15 percent tariff."
    )
    assert got == [("US", "KR", 15, None)]


def test_a_safeguard_recommended_by_a_countrys_authority_in_phases_and_the_duty_it_replaces():
    text = (
        "NEW DELHI -- India's trade remedies authority has recommended a safeguard duty on "
        "imports of flat steel for three years. The directorate proposed that the duty be "
        "levied at 12% in the first year, 11.5% in the second year and 11% in the third. It "
        "would replace a provisional 12% duty that has been in force since February 21. The "
        "United States doubled its tariff on steel imports to 50% from 25% on March 1."
    )
    assert tariffs(text) == [
        ("IN", "*", 12, None),
        ("IN", "*", 11.5, None),
        ("IN", "*", 11, None),
        ("IN", "*", 12, "2025-02-21"),
        ("US", "*", 50, "2025-03-01"),
        ("US", "*", 25, None),
    ]


def test_phased_rates_from_that_date_on_goods_named_as_the_subject():
    text = (
        "WASHINGTON -- The U.S. ordered new tariffs on wood. A proclamation imposes a 10% duty "
        "on softwood lumber and a 25% duty on "
        "kitchen cabinets. The levies kick in on March 14, the White House said. The furniture "
        "and cabinet rates are set to climb on Jan. 1. From that date upholstered furniture "
        "will be taxed at 30%, and kitchen cabinets and vanities at 50%. Canadian producers "
        "already pay duties that average about 35%."
    )
    got = extract(DATE + text).tariffs
    assert [(t.target, t.rate_pct, t.effective, t.scope) for t in got] == [
        ("*", 10, "2025-03-14", "softwood lumber"),
        ("*", 25, "2025-03-14", "kitchen cabinets"),
        ("*", 30, "2026-01-01", "upholstered furniture"),
        ("*", 50, "2026-01-01", "kitchen cabinets and vanities"),
    ]


def test_a_person_who_points_out_rates_neither_pays_nor_imposes_them():
    text = (
        "Commerce Minister Jam Kamal Khan said the new 19pc duty on Pakistani goods entering "
        "the United States would apply from Thursday. He pointed out that Bangladesh and "
        "Vietnam would each face a 20pc levy under the new US schedule."
    )
    got = tariffs(text)
    assert ("US", "BD", 20, None) in got and not [t for t in got if t[0] == "PK"]


def test_the_letters_just_described_carry_their_day_to_the_rates_they_set():
    text = (
        "Letters\n\nWASHINGTON -- President Donald Trump notified eight more countries of the "
        "import taxes they will face from Aug. 1, and set a 50% tariff on Brazil.\n\nThe "
        "letters set a 20% duty on goods from the Philippines and 30% on products from Iraq."
    )
    assert tariffs(text) == [
        ("US", "BR", 50, "2025-08-01"),
        ("US", "PH", 20, "2025-08-01"),
        ("US", "IQ", 30, "2025-08-01"),
    ]
    # (letters that "had" set rates are history)
    assert ("US", "PH", 20, None) in tariffs(
        text.replace("The letters set", "The letters had earlier set")
    )


def test_a_deadline_day_is_the_day_a_threatened_rate_is_due():
    assert tariffs(
        "SEOUL -- South Korea will use the weeks before an April 1 deadline to push for a deal, "
        "after U.S. President Donald Trump said Korean goods would be charged a 25% tariff."
    ) == [("US", "KR", 25, "2025-04-01")]
    # (a deadline for talks, with no rate to come, dates nothing)
    assert tariffs(
        "The U.S. imposed a 25% tariff on Korean goods last year, and talks face a May 1 deadline."
    ) == [("US", "KR", 25, None)]


def test_the_reductions_take_effect_for_both_sides_and_the_un_is_no_party():
    text = (
        "GENEVA -- Washington will cut its levies on Chinese imports to 30 percent from 145 "
        "percent, while Beijing will lower its duties on American products to 10 percent from "
        "125 percent. The reductions take effect on Friday. The talks were held at the residence "
        "of Switzerland's ambassador to the United Nations. The remaining US levy includes a "
        "separate 20 percent charge imposed over fentanyl."
    )
    got = tariffs(text)
    assert ("US", "CN", 30, "2025-03-07") in got and ("CN", "US", 10, "2025-03-07") in got
    assert not [t for t in got if "UN" in t[:2]]


def test_a_country_that_wins_a_rate_its_goods_and_rates_in_a_quotation():
    text = (
        "Indonesia wins lower US tariff of 19% in deal\n\nJAKARTA -- Under the agreement, "
        "Indonesia will pay the 19% rate on its exports to the U.S., while American products "
        'will enter the Indonesian market without any tariffs. "They will pay 19% and we will '
        'pay nothing," Trump told reporters. Vietnam agreed earlier this month to a 20% U.S. '
        "tariff on its goods."
    )
    got = tariffs(text)
    assert ("US", "ID", 19, None) in got and ("ID", "US", 0, None) in got
    assert ("US", "VN", 20, None) in got
    assert len([t for t in got if t[2] == 19]) == 1


def test_a_dateline_countrys_commission_and_a_present_tense_day():
    text = (
        "ISLAMABAD: The National Tariff Commission (NTC) has imposed anti-dumping duties of "
        "28.6pc on polyester yarn imported from China. The duties apply from Monday and will "
        "remain in force for five years."
    )
    assert tariffs(text) == [("PK", "CN", 28.6, "2025-03-03")]


def test_a_day_fronted_before_the_coming_rates_and_each_rates_own_goods():
    text = (
        "WASHINGTON -- The U.S. imposed a 25% levy on upholstered furniture and kitchen cabinets "
        "on Monday. On Jan. 1, the rate on upholstered furniture will rise to 30%, while cabinets "
        "and vanities will be taxed at 50%."
    )
    got = extract(DATE + text).tariffs
    assert [(t.rate_pct, t.effective, t.scope) for t in got][1:] == [
        (30, "2026-01-01", "upholstered furniture"),
        (50, "2026-01-01", "cabinets and vanities"),
    ]


def test_a_measure_that_came_into_force_hours_before_dates_its_rates_told_later():
    text = (
        "OTTAWA -- Canada hit back at the United States on Tuesday with tariffs of 25% on U.S. "
        "products, hours after sweeping U.S. duties on Canadian and Mexican imports came into "
        "force. U.S. President Donald Trump's order imposes a 25% tariff on most imports from "
        "Canada and Mexico, with "
        "a lower 10% rate on Canadian energy products."
    )
    got = tariffs(text)
    assert ("US", "CA", 25, "2025-03-04") in got and ("US", "MX", 25, "2025-03-04") in got
    assert ("US", "CA", 10, "2025-03-04") in got


def test_that_rate_in_force_since_a_cap_that_will_not_exceed_and_a_comparison():
    text = (
        "Seoul and Washington struck a deal under which South Korean goods face a 15 percent "
        "tariff. That general rate has been in force since Feb. 7. The two sides also agreed "
        "that tariffs on Korean pharmaceuticals will not exceed 15 percent, and that Korean "
        "chips will be treated no less favorably than chips from Taiwan. The average effective "
        "tariff rate facing U.S. consumers has risen to about 17.4%."
    )
    got = tariffs(text)
    assert ("US", "KR", 15, "2025-02-07") in got
    assert not [t for t in got if t[1] == "TW" or t[2] == 17.4]


def test_phases_tranches_deferred_duties_so_called_rates_and_averages():
    text = (
        "BRUSSELS -- The EU will charge duties of 25% on U.S. motorcycles from April 15. A second "
        "tranche, at 10%, applies from May 16 to timber. Duties of 25% on U.S. almonds are "
        "deferred until December 1. A 20% so-called reciprocal U.S. tariff on most EU goods came "
        "into force shortly after midnight on Wednesday. The EU says it levies an average duty "
        "on U.S. industrial goods of around 1.4%, and an average most-favoured-nation tariff "
        "of roughly 15 percent applies to garments."
    )
    got = tariffs(text)
    assert ("EU", "US", 25, "2025-04-15") in got and ("EU", "US", 10, "2025-05-16") in got
    assert ("EU", "US", 25, "2025-12-01") in got and ("US", "EU", 20, "2025-02-26") in got
    assert not [t for t in got if t[2] in (1.4, 15)]


def test_begins_collecting_on_a_day_and_a_threatened_rate_before_a_deadline():
    text = (
        "MEXICO CITY -- President Claudia Sheinbaum said Mexico would not respond to Donald "
        "Trump's threat of a 30 percent U.S. tariff on Mexican exports before the April 1 "
        "deadline. The US Commerce Department begins collecting anti-dumping duties of 17.09 "
        "percent on most Mexican fresh tomatoes on Monday."
    )
    got = extract(DATE + text).tariffs
    assert [(t.imposer, t.target, t.rate_pct, t.effective) for t in got] == [
        ("US", "MX", 30, "2025-04-01"),
        ("US", "MX", 17.09, "2025-03-03"),
    ]
    assert got[1].scope == "most fresh tomatoes"


def test_rates_after_governments_received_letters_take_the_letters_day():
    text = (
        "SEOUL -- A U.S. letter set a 25% tariff on Korean goods. Japan and Malaysia were each "
        "told to expect 25%, effective Aug. 1. Eleven other governments received letters, most "
        "of them addressed only to His Excellency. Laos and Myanmar drew the stiffest rate, at "
        "40%, while Thailand and Cambodia were assigned 36% apiece."
    )
    got = extract(DATE + text).tariffs
    assert [(t.target, t.rate_pct, t.effective) for t in got if t.rate_pct > 30] == [
        ("LA", 40, "2025-08-01"),
        ("MM", 40, "2025-08-01"),
        ("TH", 36, "2025-08-01"),
        ("KH", 36, "2025-08-01"),
    ]
    assert all("rate" not in (t.scope or "") for t in got)


def test_each_side_suspends_part_of_its_own_tariff():
    text = (
        "GENEVA -- Washington will cut its levies on Chinese imports to 30 percent from 145 "
        "percent, while Beijing will lower its duties on American products to 10 percent from "
        "125 percent. Under the deal, each side will suspend 24 percentage points of the 34 "
        "percent reciprocal tariffs announced in April."
    )
    got = tariffs(text)
    assert ("US", "CN", 34, None) in got and ("CN", "US", 34, None) in got


def test_a_story_of_letters_lists_each_country_and_the_letters_day():
    text = (
        "Letters\n\nWASHINGTON -- President Donald Trump on Monday began notifying trading "
        "partners of new tariffs due to start on August 1, posting letters that set tariffs of "
        "25% for Japan. The letters went to 14 countries in all. They warned against "
        "retaliation. Both countries are allies. Malaysia, Kazakhstan and Tunisia were also "
        "told to expect 25% tariffs. South Africa and Serbia were assigned 30%."
    )
    got = tariffs(text)
    for code, rate in (("JP", 25), ("MY", 25), ("KZ", 25), ("TN", 25), ("ZA", 30), ("RS", 30)):
        assert ("US", code, rate, "2025-08-01") in got


def test_the_country_transshipped_through_and_the_main_imposer_of_the_story():
    text = (
        "JAKARTA -- Indonesia secured a cut in the tariff the United States will charge on its "
        "exports to 19% from a threatened 32%. Indonesia will scrap tariffs on U.S. goods, "
        "bringing them down to zero. The U.S. set its rate on Indian goods at 25%. Indonesia is "
        "the second nation to reach an understanding with Washington, after Vietnam. Under the "
        "Vietnam framework, Vietnamese goods face a 20% tariff, while goods transshipped "
        "through the country will be charged 40%."
    )
    got = tariffs(text)
    assert ("US", "VN", 20, None) in got and ("US", "VN", 40, None) in got


def test_levies_with_an_aside_before_their_rates():
    text = (
        "OTTAWA -- Canada will impose 25% counter-tariffs on U.S. products starting Thursday. "
        "Those American levies, which Trump justified by citing fentanyl, impose 25% on "
        "Canadian goods that do not comply with the trade pact and 10% on Canadian energy."
    )
    got = tariffs(text)
    assert ("US", "CA", 25, None) in got and ("US", "CA", 10, None) in got


def test_a_list_of_key_points_after_the_rates_and_a_first_day_of_next_month():
    # "lifts the US tariff on A to 40% and on B to 35%": the US's own, each rate with its goods;
    # "Key points:" a few lines on opens a list of the story's rates; "starting on the first day
    # of next month"
    text = (
        "WASHINGTON - President Donald Trump signed a proclamation that imposes a 15% tariff on "
        "imported zinc starting on the first day of next month. A second proclamation lifts the "
        "US tariff on kitchen cabinets to 40% and on upholstered furniture to 35%. The rates were "
        "set by the White House.\nKey points:\n- Furniture and cabinets from the UK will pay no "
        "more than 10%"
    )
    assert sorted(tariffs(text)) == [
        ("US", "*", 15, "2025-04-01"),
        ("US", "*", 35, None),
        ("US", "*", 40, None),
        ("US", "GB", 10, None),
    ]
    scopes = {t.rate_pct: t.scope for t in extract(DATE + text).tariffs}
    assert (scopes[40], scopes[35]) == ("kitchen cabinets", "upholstered furniture")


# Whole short stories -> every (imposer, target, rate, effective) read from them, sorted.
STORIES = [
    # "When the new taxes take effect, ...": the day they start (not a later step); "and
    # British-made machines 10%" pairs Britain with the 10%, not the rate before it
    (
        "WASHINGTON - President Donald Trump ordered a 25% tariff on imported drones. Both levies "
        "kick in on March 20, and the rate is set to climb to 35% on Jan. 1. When the new taxes "
        "take effect, drones made in Japan will be charged no more than 15%, and British-made "
        "machines 10%.",
        [
            ("US", "*", 25, "2025-03-20"),
            ("US", "*", 35, "2026-01-01"),
            ("US", "GB", 10, "2025-03-20"),
            ("US", "JP", 15, "2025-03-20"),
        ],
    ),
    # "the tariff imposed on Chilean wine, fruit and salmon will fall from 40% to 15%": the
    # commas belong to the list of goods, not to another clause
    (
        "The White House said the additional tariff imposed on Chilean wine, fruit and "
        "salmon will fall from 40% to 15% as of April 5.",
        [("US", "CL", 15, "2025-04-05"), ("US", "CL", 40, None)],
    ),
    # "The lower rate ... applies from Thursday, March 6" after a cut: the new rate's day (while
    # "could face the higher rate from 9 July" stays another rate's)
    (
        "The United States will cut its tariff on Peruvian goods to 19% from 36%. The lower "
        "rate, announced last week, applies to shipments from Thursday, March 6.",
        [("US", "PE", 19, "2025-03-06"), ("US", "PE", 36, None)],
    ),
    # "The levies apply from Friday. Rates vary by company. X Co. will pay 21.4%, while Y Co. was
    # assigned 33.9%": each company's rate, on the measure's country, from that day
    (
        "The European Union will impose anti-dumping duties of as much as 58.3% on plywood "
        "from China. The levies apply from Friday, according to a regulation published on "
        "Thursday. Rates vary by company. Linyuan Wood Co. will pay 21.4%, while Beiyang "
        "Group Co. was assigned 33.9%.",
        [
            ("EU", "CN", 21.4, "2025-03-07"),
            ("EU", "CN", 33.9, "2025-03-07"),
            ("EU", "CN", 58.3, "2025-03-07"),
        ],
    ),
    # "The duties will be collected from 12:01 a.m. New York time on March 16 ... Imports from
    # the EU will be capped at 15%, while drones made in the UK will face a 10% rate": that day
    (
        "President Donald Trump ordered a 30% tariff on imported drones. The duties will be "
        "collected from 12:01 a.m. New York time on March 16, under a proclamation signed on "
        "Tuesday. The measure follows a long inquiry. Imports from the European Union will be "
        "capped at 15%, while drones made in the UK will face a 10% rate.",
        [
            ("US", "*", 30, "2025-03-16"),
            ("US", "EU", 15, "2025-03-16"),
            ("US", "GB", 10, "2025-03-16"),
        ],
    ),
    # "published in the gazette on Wednesday and the duties will apply from the following day"
    (
        "MEXICO CITY - Mexico will impose anti-dumping duties of up to 35.6% on steel pipe from "
        "China, the Economy Ministry said. The resolution will be published in the official "
        "gazette on Wednesday and the duties will apply from the following day.",
        [("MX", "CN", 35.6, "2025-03-06")],
    ),
    # "The answer from Brussels is due on 1 July. From that day, steel ... will pay a 50% tariff,
    # double the 25% charged since 2018": the 50% from 1 July; "cut by 47%" is no rate
    (
        "The answer from Brussels is due to arrive on 1 July. From that day, steel entering the "
        "European Union above the quotas will pay a 50% tariff, double the 25% charged under the "
        "safeguard in place since 2018. The duty-free volume will be cut by 47%.",
        [("EU", "*", 25, None), ("EU", "*", 50, "2025-07-01")],
    ),
    # "a separate 10 per cent national security tariff on all imported lumber": a tariff
    (
        "The US imposed duties on Canadian lumber. The duties are stacked on top of a separate 10 "
        "per cent national security tariff on all imported softwood lumber.",
        [("US", "*", 10, None)],
    ),
    # a second country's decree told after a market move ("rose 2% after Egypt published a
    # decree in Sunday's gazette raising duties"): Egypt acts; "to 30% from 20%" keeps the
    # old rate on the new one's country, not on the countries named after it
    (
        "Brazil raised its duty on Chinese tyres to 35%. In Cairo, shares of Ezz Steel rose as "
        "much as 2% after Egypt published a presidential decree in Sunday's official gazette "
        "raising customs duties on rebar. The levy on Chinese rebar climbs to 30% from 20%, and "
        "a new 15% duty will apply to the same products from Turkey and Ukraine.",
        [
            ("BR", "CN", 35, None),
            ("EG", "CN", 20, None),
            ("EG", "CN", 30, None),
            ("EG", "TR", 15, None),
            ("EG", "UA", 15, None),
        ],
    ),
    # a lead that dates a cut for several countries, then their rates: each new rate takes the
    # day ("signed ... on Monday" is the order's day, not the rates'); "Peru's rate falls" and
    # "Chile, which ..., will see its rate rise" are the rates those countries pay
    (
        "LIMA — Washington will lower tariffs on goods from Colombia, Ecuador and Peru from "
        "June 2 while raising the levy on Chile, a notice said on Tuesday.\n\nUnder the order, "
        "signed by President Donald Trump on Monday, Colombian goods will face a 12% duty, down "
        "from 15%, while Ecuadorian goods will be charged 11%. Peru's rate falls to 10% from 14%. "
        "Chile, which officials have accused of relabelling Chinese copper, will see its rate "
        "rise to 30% from 20%.",
        [
            ("US", "CL", 20, None),
            ("US", "CL", 30, "2025-06-02"),
            ("US", "CO", 12, "2025-06-02"),
            ("US", "CO", 15, None),
            ("US", "EC", 11, "2025-06-02"),
            ("US", "PE", 10, "2025-06-02"),
            ("US", "PE", 14, None),
        ],
    ),
    # an explainer whose list lines open with the countries they are about ("Ghana and Togo:
    # Both will ..."); a rate told as history ("had been hit with ... in the original
    # announcement") keeps no day
    (
        "Explainer: What the new US rates mean for West Africa\n\nACCRA — West African economies "
        "will see lower tariffs on their exports to the United States from April 7 under an "
        "order signed on Friday.\n\nNigeria: The "
        "rate on Nigerian goods will fall to 12 per cent from 14 per cent. Abuja had been hit "
        "with a 20 per cent rate in the original announcement.\n\nGhana and Togo: Both will see "
        "their rates reduced to 10 per cent from 15 per cent.\n\nBenin and Niger: Also "
        "unchanged, at 18 per cent and 16 per cent respectively.",
        [
            ("US", "BJ", 18, None),
            ("US", "GH", 10, "2025-04-07"),
            ("US", "GH", 15, None),
            ("US", "NE", 16, None),
            ("US", "NG", 12, "2025-04-07"),
            ("US", "NG", 14, None),
            ("US", "NG", 20, None),
            ("US", "TG", 10, "2025-04-07"),
            ("US", "TG", 15, None),
        ],
    ),
    # "The increases ... would take effect Jan. 1": the day of the rates just read, though the
    # sentence names no tariff
    (
        "BOGOTA — Colombia proposed higher tariffs on Asian imports. Under the bill, Chinese "
        "motorcycles would face a 40% tariff, while Chinese tiles would pay 25%. The increases, "
        "which cover some 900 product lines, would take effect Jan. 1 if Congress agrees.",
        [("CO", "CN", 25, "2026-01-01"), ("CO", "CN", 40, "2026-01-01")],
    ),
    # the day given two sentences after the measure and before its rates is theirs
    (
        "LIMA — Peru raised import duties on Asian goods this week. Its Congress late "
        "Wednesday passed the bill, which covers 600 product lines. The tariffs take effect on "
        "July 1. Under the final text, Chinese shoes will face a 30% levy, up from 10%.",
        [("PE", "CN", 10, None), ("PE", "CN", 30, "2025-07-01")],
    ),
    # a government release with no dateline: the DGTR and a "Union Minister" make it India's;
    # "China PR" is China; "of the CIF value" is how the rate is charged; "with effect from the
    # date of publication ..., i.e. 3rd March 2025" is that day; a schedule by year steps a year
    # on each time; "The measure applies to imports from all countries" puts the rates just
    # read, which named no country, on every partner
    (
        "Government notifies duties on glass and tyres\n\nThe Department of Revenue has issued "
        "a notification imposing anti-dumping duty on clear float glass from China PR and "
        "Malaysia, following final findings of the Directorate General of Trade Remedies "
        "(DGTR).\n\nThe duty shall be levied at 14.2 per cent of the CIF value on imports from "
        "China PR and 8.5 per cent on imports from Malaysia. The duty shall be in force for five "
        "years with effect from the date of publication of the notification in the Official "
        "Gazette, i.e. 3rd March 2025.\n\nA "
        "safeguard duty on truck tyres shall be 15 per cent in the first year from 3rd March "
        "2025, 14 per cent in the second year and 13 per cent in the third year. The measure "
        "applies to imports from all countries.\n\nUnion Minister of Commerce Arun Sethi "
        "welcomed the decision.",
        [
            ("IN", "*", 13, "2027-03-03"),
            ("IN", "*", 14, "2026-03-03"),
            ("IN", "*", 15, "2025-03-03"),
            ("IN", "CN", 14.2, "2025-03-03"),
            ("IN", "MY", 8.5, "2025-03-03"),
        ],
    ),
    # a ceiling for some partners, told right after the dated rate on all, shares its day; one
    # told as history ("were capped") does not
    (
        "WASHINGTON — The United States unveiled tariffs on imported drones on Friday. The order "
        "signed on Jan. 9 sets a 20% duty on imported drones from "
        "March 1. But partners with trade deals get a ceiling: drones from Japan and Australia "
        "will be charged no more than 10%.",
        [
            ("US", "*", 20, "2025-03-01"),
            ("US", "AU", 10, "2025-03-01"),
            ("US", "JP", 10, "2025-03-01"),
        ],
    ),
    (
        "WASHINGTON — The United States unveiled tariffs on imported drones on Friday. The order "
        "signed on Jan. 9 sets a 20% duty on imported drones from "
        "March 1. Under last year's deal, US duties on Japanese goods were capped at 10%.",
        [("US", "*", 20, "2025-03-01"), ("US", "JP", 10, None)],
    ),
    # a duty on what enters above a quota applies to every origin, even in a story about
    # duties on named countries; told twice, it is one fact
    (
        "BRUSSELS — The EU imposed anti-dumping duties of 12% on Turkish rebar. Separately, the "
        "Commission plans to cut tariff-free steel quotas, and the out-of-quota duty would be "
        "raised to 50%, double the 25% rate under the current safeguard. From July 1, imports "
        "above the new quotas will face a 50 percent tariff.",
        [("EU", "*", 25, None), ("EU", "*", 50, "2025-07-01"), ("EU", "TR", 12, None)],
    ),
    # "were left at 19%" among the new rates: the rate they keep paying
    (
        "WASHINGTON — The US will cut tariffs on goods from Peru from May 1. Peruvian goods "
        "will face 12%, down from 15%. Chile and Ecuador were left at 18%, the rate they have "
        "paid since last year.",
        [
            ("US", "CL", 18, None),
            ("US", "EC", 18, None),
            ("US", "PE", 12, "2025-05-01"),
            ("US", "PE", 15, None),
        ],
    ),
    # a day for "the new rates" told at the top carries to the list under the order further
    # down, past background from before it ("the 10% baseline paid since April 5") and an offer
    # in passing; a rate in brackets after a listed rate is the old one; a penalty on goods sent
    # "through third countries" is on every origin
    (
        "Ghana lands 15% U.S. tariff\n\nACCRA, Aug 1 (Reuters) - Ghana will pay a 15% tariff "
        "on goods shipped to the United States under an order signed by President Donald Trump "
        "on Thursday.\n\nThe new rates take effect on Aug. 7, the White House said.\n\nGhana "
        "has since been paying the 10% baseline tariff that has applied to most U.S. trading "
        "partners since April 5.\n\nHe said Ghana had offered to cut its own tariffs on U.S. "
        "farm goods but gave no figures.\n\nThe order also imposes a 40% duty on goods the "
        "United States determines have been transshipped through third countries.\n\nRates under the order, with the April rates in "
        "brackets:\n\n- Nigeria: 15% (14%)\n- Togo: 20% (25%)",
        [
            # (April 5 before the pinned day of the story, March 4: last year's)
            ("US", "*", 10, "2024-04-05"),
            ("US", "*", 40, None),
            ("US", "GH", 15, "2025-08-07"),
            ("US", "NG", 14, None),
            ("US", "NG", 15, "2025-08-07"),
            ("US", "TG", 20, "2025-08-07"),
            ("US", "TG", 25, None),
        ],
    ),
    # a budget's duty changes with no origin named are on every partner ("not made in Kenya"
    # names the country acting, not a target); "the increase would take effect from July 1"
    # is the one raised, and "All other rate changes" the rest; "engine capacity" is goods
    (
        "Nairobi: Treasury Secretary John Mbadi on Thursday announced cuts to import duties in "
        "the budget. "
        "The import duty of 10% on insulin will be removed, he said. Patients say the drug is "
        "not made in Kenya.\n\nDuty on television panels has been cut to 5% from 8%. The "
        "duty on motorcycles with an engine capacity above 1,000cc has been reduced to 25% from "
        "35%.\n\nThe duty on imported glass has been raised to 30% from 20%. The ministry said "
        "the increase would take effect from July 1. All other rate changes take effect from "
        "June 14. The maximum slab of customs duty will fall to 25% from 35%.",
        [
            ("KE", "*", 5, "2025-06-14"),
            ("KE", "*", 8, None),
            ("KE", "*", 10, "2025-06-14"),
            ("KE", "*", 20, None),
            ("KE", "*", 25, "2025-06-14"),
            ("KE", "*", 25, "2025-06-14"),  # (the top slab, told after "All other rate changes")
            ("KE", "*", 30, "2025-07-01"),
            ("KE", "*", 35, None),  # (the motorcycles' old rate ...)
            ("KE", "*", 35, None),  # (... and the old top slab)
        ],
    ),
    # "a deal that reduced U.S. tariffs on Ecuadorean goods to 12% from 15%": the U.S. acts
    (
        "WASHINGTON — The U.S. raised tariffs on Colombia to 25%. The increase comes a week after "
        "Washington struck a deal with Ecuador that reduced U.S. tariffs on Ecuadorean goods to "
        "12% from 15%.",
        [("US", "CO", 25, None), ("US", "EC", 12, None), ("US", "EC", 15, None)],
    ),
    # "spared from U.S. tariffs": the U.S. owns them; "the United States, which raised its
    # tariffs on steel to 50%" acts though another country is the sentence's subject
    (
        "BRUSSELS — The Commission proposed a 50% duty on steel imports above quotas. Goods "
        "that comply with the pact have been spared from U.S. tariffs, but Mexican exports "
        "outside the agreement face a 25% levy. The move brings the EU closer to the United "
        "States, which raised its tariffs on steel and aluminium imports to 40% from 20% on "
        "June 4.",
        [
            ("EU", "*", 50, None),
            ("US", "*", 20, None),
            ("US", "*", 40, "2024-06-04"),
            ("US", "MX", 25, None),
        ],
    ),
    # "a 12% provisional safeguard duty on flat steel", told in a story about duties on named
    # countries, is on every origin; "letters sent on Monday" is not the rates' day
    (
        "NEW DELHI — India imposed anti-dumping duties of 18% on aluminium foil from China. The "
        "DGTR last month recommended that a 12% provisional safeguard duty on flat steel "
        "products, in force since April 21, be replaced.",
        [("IN", "*", 12, "2024-04-21"), ("IN", "CN", 18, None)],
    ),
    # a WASHINGTON lead gives the day of "the rates their exports will face from Feb. 1" with
    # no rate; the letters "dated Monday" are not that day; "X, which ..., was told its rate
    # would fall to 18% from the 20%" is X's rate
    (
        "WASHINGTON, Jan 13 (Reuters) - President Donald Trump has told four more countries the "
        "tariff rates their exports will face from Feb. 1, the White House said.\n\nThe "
        "letters, dated Monday, set a 25% tariff on goods from Kenya and 30% on Ghana. Nepal, "
        "which has been negotiating with Washington, was told its rate would fall to 18% from "
        "the 20% currently applied to its goods.",
        [
            ("US", "GH", 30, "2025-02-01"),
            ("US", "KE", 25, "2025-02-01"),
            ("US", "NP", 18, "2025-02-01"),
            ("US", "NP", 20, None),
        ],
    ),
    # "Vietnam agreed to a 20 percent rate on its shipments to the United States": Vietnam's;
    # "the 50 percent levy that Washington imposes on those metals from all countries": on all
    (
        "KARACHI — Washington announced a 29 percent tariff on Pakistani goods in April. The US "
        "side proposed a rate of 19 percent for Pakistan. Vietnam agreed earlier "
        "this month to a 20 percent rate on its shipments to the United States. Pakistani steel "
        "exporters remain subject to the 50 percent levy that Washington imposes on those metals "
        "from all countries.",
        [
            ("US", "*", 50, None),
            ("US", "PK", 19, None),
            ("US", "PK", 29, None),
            ("US", "VN", 20, None),
        ],
    ),
    # "The United States also charges 50% on Canadian steel and 10% on Canadian energy"
    (
        "OTTAWA — Washington raised its tariff on Canadian imports to 35% on Aug. 1. The United "
        "States also charges 50% on Canadian steel and 10% on Canadian energy.",
        [
            ("US", "CA", 10, None),
            ("US", "CA", 35, "2024-08-01"),  # (told in the past: the last Aug. 1)
            ("US", "CA", 50, None),
        ],
    ),
    # "duties on Chinese producers would range from 8.5 to 30.7 percent": on their goods
    (
        "HANOI — Vietnam will impose anti-dumping duties on steel from China and Indonesia. The "
        "ministry said duties on Chinese producers would range from 8.5 percent to 30.7 percent, "
        "while Indonesian exporters would face rates of 4.5 percent and 19.2 percent.",
        [
            ("VN", "CN", 8.5, None),
            ("VN", "CN", 30.7, None),
            ("VN", "ID", 4.5, None),
            ("VN", "ID", 19.2, None),
        ],
    ),
    # a headline's "up to 28pc" is the body's 28.4pc rounded; a country alone on its line heads
    # the company rates listed under it; "the 16pc customs duty that already applies to
    # tile imports" is on every origin
    (
        "NTC slaps duties of up to 28pc on ceramic tiles\n\nISLAMABAD: The National Tariff "
        "Commission (NTC) has imposed definitive anti-dumping duties ranging from 9.5 per cent "
        "to 28.4pc on imports of ceramic tiles from China and Iran.\n\nThe final duties are "
        "as follows:\n\nChina\n- Foshan Tiles Co: 12.5pc\n- All other exporters: 28.4pc\n\n"
        "Iran\n- Yazd Ceramic Co: 9.5pc\n- All other exporters: 17.2pc\n\nThe duties come on "
        "top of the 16pc customs duty that already applies to tile imports.",
        [
            ("PK", "*", 16, None),
            ("PK", "CN", 12.5, None),
            ("PK", "CN", 28.4, None),
            ("PK", "IR", 9.5, None),
            ("PK", "IR", 17.2, None),
        ],
    ),
    # 'the 20 percent "reciprocal" rate' is a tariff rate though quoted; "Cars are hit with 25
    # percent and steel with 50 percent under sectoral tariffs" are rates; "The Commission" at
    # the start of a sentence in a story about the EU acts
    (
        "BRUSSELS — U.S. President Donald Trump threatened the EU with a 30 percent tariff from "
        "August 1.\n\nOfficials "
        "met on Monday. The talks went on. Nothing was agreed. Diplomats left.\n\nTrump "
        "announced the 30 percent rate in a letter on July 12, replacing the 20 percent "
        '"reciprocal" rate he unveiled in April. Cars are hit with 25 percent and steel with '
        "50 percent under sectoral tariffs that Washington applies to all trading partners."
        "\n\nThe Commission has readied countermeasures on U.S. goods. The first package would "
        "impose duties of up to 25 percent.",
        [
            ("EU", "US", 25, None),
            ("US", "*", 25, None),
            ("US", "*", 50, None),
            ("US", "EU", 20, None),
            ("US", "EU", 30, "2025-08-01"),
        ],
    ),
    # "X and Y, both of which ..., will pay 15%, the same rate as Z": the aside is skipped, both
    # pay, and so does the one compared; "A and B were set at 20%" in a list of rates; a peer
    # named in a quote ("puts Chile on an equal footing with Peru, which also faces 10%") does
    # not impose; "the Ministry of Trade" is the ministry of the one Minister of Trade quoted
    (
        "President Donald Trump signed an order on Thursday setting new tariff rates on imports "
        "from dozens of partners. Ghana and Kenya, both of which sealed deals with Washington last "
        "month, will pay 12%, the same rate as Morocco. Chile and Uruguay were set at 14%, while "
        "Peru will face 10% and Nigeria 15%.\n\n"
        'Officials in Lagos welcomed the news. "This puts Nigeria on an equal footing with '
        'Senegal, which also faces 16%," a Nigerian trade official said.\n\n'
        "Separately, Indonesian Minister of Trade Budi Santoso said the market was flooded. The "
        "Ministry of Trade imposed anti-dumping duties of 20% on nylon film from China.",
        [
            ("ID", "CN", 20, None),
            ("US", "CL", 14, None),
            ("US", "GH", 12, None),
            ("US", "KE", 12, None),
            ("US", "MA", 12, None),
            ("US", "NG", 15, None),
            ("US", "PE", 10, None),
            ("US", "SN", 16, None),
            ("US", "UY", 14, None),
        ],
    ),
    # a lead's span of rates ("of between 10% and 40% on dozens of partners ... from Aug. 7")
    # is no rate of its own, but its day is each country's listed after it; a deadline's day
    # and a day in an aside about a country are not the rates' day; 'new "reciprocal" rates'
    # reads through the scare quotes; "will continue to face the 10% baseline" keeps no day
    (
        'WASHINGTON, March 4 - President Donald Trump signed an order setting new "reciprocal" '
        "tariffs of between 10% and 40% on imports from dozens of partners, with the new rates "
        "collected from March 11.\n\n"
        "The order, issued before a self-imposed March 5 deadline, sets a 22% tariff on goods from Kenya "
        "and 18% on imports from Ghana, which reached a deal with Washington earlier this week."
        "\n\nNigeria drew the steepest rate at 40%. Goods from other countries will continue to "
        "face the 10% baseline tariff.",
        [
            ("US", "*", 10, None),
            ("US", "GH", 18, "2025-03-11"),
            ("US", "KE", 22, "2025-03-11"),
            ("US", "NG", 40, "2025-03-11"),
        ],
    ),
    # "Chile's drops to 12% from 30%": the rate left out after the possessive; "Peru, which
    # had faced 25%, now gets 15%"; "The Andean country" is the country just named
    (
        "President Donald Trump signed an order on Monday setting a 20% tariff on goods from "
        "Brazil. Argentina's rate falls to 10% from the 34% it was assigned in April, while "
        "Chile's drops to 12% from 30%. Peru, which had faced a 25% duty under the April "
        "schedule, now gets 15%. Bolivia fared worse. The Andean country was hit with a 35% rate.",
        [
            ("US", "AR", 10, None),
            ("US", "AR", 34, None),
            ("US", "BO", 35, None),
            ("US", "BR", 20, None),
            ("US", "CL", 12, None),
            ("US", "CL", 30, None),
            ("US", "PE", 15, None),
            ("US", "PE", 25, None),
        ],
    ),
    # "The new rates take effect on Jan. 1" two sentences after the measure, then the rates
    # in the future tense: each coming rate's day (not the one in force now)
    (
        "Colombia's Senate has approved steep new tariffs on imports from countries without "
        "trade deals. Senators voted late Monday to pass the measure, which raises duties on "
        "about 900 tariff lines. The lower house approved the bill earlier in the day. The new "
        "rates take effect on April 1.\n\n"
        "Trucks made in China will pay a 40% tariff, up from the current 10%. Shoes from Vietnam "
        "will face 30%.",
        [
            ("CO", "CN", 10, None),
            ("CO", "CN", 40, "2025-04-01"),
            ("CO", "VN", 30, "2025-04-01"),
        ],
    ),
    # "cut to 15% from the current 27.5%, which combines ... the 25% levy on cars that took
    # effect on April 3": the day is the clause's own rate's; "a template for Peru, which faces
    # a similar 30% threat and ships to the U.S.": the side that has been imposing
    (
        "Chile and the U.S. reached a deal on Tuesday. Under it, U.S. tariffs on Chilean cars will "
        "be cut to 15% from the current 27.5%, which combines a base duty with the 25% levy on "
        "all imported cars that took effect on April 3. Analysts said the Chile agreement could "
        "serve as a template for Peru, which faces a similar 30% threat and ships copper to the "
        "U.S.",
        [
            ("US", "*", 25, "2024-04-03"),
            ("US", "CL", 15, None),
            ("US", "CL", 27.5, None),
            ("US", "PE", 30, None),
        ],
    ),
    # "The revised rates, ranging from 10% to 41%, will take effect on March 11" in a story of
    # many countries' rates: a span, not a rate of the country just named; its day goes to the
    # rates "according to an annex to the order"
    (
        "President Donald Trump signed an order on Monday hitting Chile with a 39% duty.\n\n"
        "The revised rates, ranging from 10% to 41%, will take effect on March 11, the White "
        "House said.\n\nChile, which had been assigned a 31% rate in April, was among the hardest hit. "
        "Officials in Santiago said talks would go on. Exporters were stunned.\n\n"
        "Kenya will face a 25% rate, Ghana 20% and Peru 30%, according to an annex to the order. "
        "Uruguay and Bolivia were not named.",
        [
            ("US", "CL", 31, None),
            ("US", "CL", 39, None),
            ("US", "GH", 20, "2025-03-11"),
            ("US", "KE", 25, "2025-03-11"),
            ("US", "PE", 30, "2025-03-11"),
        ],
    ),
    # "The new rates take effect in seven days": the day of each country's rate told next,
    # though the next sentence names the day letters were sent and compares older rates;
    # "Ghana also landed at 15%, below the 25% in its letter"
    (
        "President Donald Trump on Tuesday signed an order resetting tariff rates on goods from "
        "dozens of partners, slapping a 39% duty on Swiss imports.\n\n"
        "The new rates take effect in seven days, the White House said.\n\n"
        "Under the order, goods from Kenya will face a 20% tariff. Chile and Peru were each "
        "assigned 19%, compared with the 36% rates spelled out in letters the president sent to "
        "their governments on March 1. Ghana also landed at 15%, below the 25% set out in its "
        "letter.",
        [
            ("US", "CH", 39, "2025-03-11"),
            ("US", "CL", 19, "2025-03-11"),
            ("US", "CL", 36, None),
            ("US", "GH", 15, "2025-03-11"),
            ("US", "GH", 25, None),
            ("US", "KE", 20, "2025-03-11"),
            ("US", "PE", 19, "2025-03-11"),
            ("US", "PE", 36, None),
        ],
    ),
    # "New Delhi: The Centre has imposed ...": a dateline (not a label of countries) and the
    # Indian government; "cars from such countries" are the countries the sentence before named
    (
        "New Delhi: The Centre has imposed a safeguard duty on steel imports for three years. "
        "The duty will be levied at 12% in the first year and 11% in the second year.\n\n"
        "Separately, Mexico's Senate on Wednesday approved tariff increases on goods from "
        "countries without a trade agreement with it, including India and China. The duty on "
        "cars from such countries will rise to 50% from 20%.",
        [
            ("IN", "*", 11, None),
            ("IN", "*", 12, None),
            ("MX", "CN", 20, None),
            ("MX", "CN", 50, None),
            ("MX", "IN", 20, None),
            ("MX", "IN", 50, None),
        ],
    ),
    # "scheduled to climb on Jan. 1, to 30% for sofas and to 50% for cabinets" (a day between
    # the verb and the rate, "Jan." no end of clause); "Under the earlier trade deals, ... are
    # capped at 15%" keeps no new day; "Tariffs on steel are already at 50%, though Japan and
    # Korea have negotiated a lower 15% rate": steel's from anywhere, 15% Japan's and Korea's
    (
        "President Donald Trump on Friday signed a proclamation imposing a 25% tariff on imported "
        "trucks. Since Tuesday, imported sofas have been taxed at 20%.\n\n"
        "Those furniture rates are scheduled to climb on Jan. 1, to 30% for upholstered furniture "
        "and to 50% for kitchen cabinets.\n\n"
        "Under the earlier trade deals, goods from the European Union are capped at 15%.\n\n"
        "Tariffs on steel are already at 50%, though Japan and South Korea have negotiated a lower "
        "15% rate on their vehicles.",
        [
            ("US", "*", 20, "2025-03-04"),
            ("US", "*", 25, None),
            ("US", "*", 30, "2026-01-01"),
            ("US", "*", 50, None),
            ("US", "*", 50, "2026-01-01"),
            ("US", "EU", 15, None),
            ("US", "JP", 15, None),
            ("US", "KR", 15, None),
        ],
    ),
    # "tariffs of 10 to 15 per cent on farm goods from next Monday. A 15 per cent levy would
    # apply to chicken, while soybeans would face an extra 10 per cent": the span's day is that
    # of each rate it spans
    (
        "Beijing will impose additional tariffs of 10 to 15 per cent on a range of American farm "
        "products from next Monday, the finance ministry said on Tuesday. The commission said a "
        "15 per cent levy would apply to US chicken and wheat, while soybeans and pork would face "
        "an extra 10 per cent.",
        [
            ("CN", "US", 10, "2025-03-10"),
            ("CN", "US", 15, "2025-03-10"),
        ],
    ),
    # "Peru and Chile were also hit on Tuesday, as Trump's 25 per cent tariffs on imports from
    # both countries took effect": the day of the clause's rates
    (
        "Peru and Chile were also hit on Tuesday, as President Donald Trump's 25 per cent tariffs "
        "on imports from both countries took effect after a month-long delay.",
        [
            ("US", "CL", 25, "2025-03-04"),
            ("US", "PE", 25, "2025-03-04"),
        ],
    ),
    # "European steelmakers complain that Chinese overcapacity, with the United States'
    # decision to double its tariffs on steel to 50% from 25%, ...": the owner of the decision
    # imposes, not the first country named
    (
        "European steelmakers have long complained that Chinese overcapacity, combined with the "
        "United States' decision to double its tariffs on steel to 50% from 25%, has diverted "
        "cheap metal toward Europe.",
        [
            ("US", "*", 25, None),
            ("US", "*", 50, None),
        ],
    ),
    # "As of 12:01 a.m. New York time on Tuesday, the US began collecting a 25% tariff ...":
    # the fronted day is every rate's, though told in the past tense
    (
        "As of 12:01 a.m. New York time on Tuesday, the US began collecting a 25% tariff on most "
        "imports from Peru and Chile, with a lower 10% rate on Peruvian copper.",
        [
            ("US", "CL", 25, "2025-03-04"),
            ("US", "PE", 10, "2025-03-04"),
            ("US", "PE", 25, "2025-03-04"),
        ],
    ),
    # "Steel entering above those volumes would face a 50 percent levy" after a story that named
    # China: steel from anywhere; "the measure would help with Washington, where Trump raised
    # tariffs ... to 50 percent from 25 percent on June 4": a day told in the past, though
    # "would" stands in another clause
    (
        "BRUSSELS - The European Commission on Tuesday proposed doubling the duty on steel "
        "shipments above a quota to 50 percent, to fight cheap metal blamed on Chinese "
        "overcapacity. Steel entering above those volumes would face a 50 percent levy, up from "
        "the 25 percent charged now. Trade Commissioner Maros Sefcovic said the measure would "
        "help with Washington, where President Donald Trump raised tariffs on steel imports to "
        "50 percent from 25 percent on Feb. 4.",
        [
            ("EU", "*", 25, None),
            ("EU", "*", 50, None),
            ("US", "*", 25, None),
            ("US", "*", 50, "2025-02-04"),
        ],
    ),
    # "steel melted and poured in China" is the origin; "Canada this summer tightened its own
    # defences, imposing a 25 percent surtax": the subject imposes, though a comma stands
    # between it and the verb
    (
        "President Donald Trump raised tariffs on steel to 50% on June 4. Canada this summer "
        "tightened its own defences, imposing a 25 percent surtax on steel products containing "
        "steel melted and poured in China.",
        [
            ("CA", "CN", 25, None),
            ("US", "*", 50, "2024-06-04"),
        ],
    ),
    # a lead "with the higher duties due to be collected from Aug. 7" dates the countries' rates
    # told next; "Chile was among the hardest hit, with a 39% rate, well above the 31% that
    # Washington had pencilled in for the Andean country"; "Peru's rate is down from the 46%";
    # "Bolivia was set at 19%, and Ecuador also landed at 19%"
    (
        "Trump sets new tariff rates for dozens of partners\n\n"
        "WASHINGTON, March 4 - President Donald Trump signed an order fixing new tariff rates on "
        "imports from dozens of partners, with the higher duties due to be collected from March "
        "11.\n\nChile was among the hardest hit, with a 39% rate, well above the 31% that "
        "Washington had pencilled in for the Andean country in April.\n\n"
        "Peru will face a 20% duty. Peru's rate is down from the 46% it was threatened with. "
        "Bolivia was set at 19%, and Ecuador also landed at 19%.",
        [
            ("US", "BO", 19, "2025-03-11"),
            ("US", "CL", 31, None),
            ("US", "CL", 39, None),
            ("US", "EC", 19, "2025-03-11"),
            ("US", "PE", 20, "2025-03-11"),
            ("US", "PE", 46, None),
        ],
    ),
    # "Ghana was initially slapped with a 37 percent tariff in April": Ghana pays; "Kenya,
    # Ghana's main rival in cocoa exports to the US, had been threatened with 46 percent": the
    # country before the appositive, not the one inside it
    (
        "The United States has lowered the tariff on Ghanaian goods to 20 percent. Ghana was "
        "initially slapped with a 37 percent tariff in April. Kenya, Ghana's main rival in cocoa "
        "exports to the US, had been threatened with 46 percent in April.",
        [
            ("US", "GH", 20, None),
            ("US", "GH", 37, None),
            ("US", "KE", 46, None),
        ],
    ),
    # "Laos and Myanmar face the steepest rate, 40%"; "Cambodia's rate comes down from 49%"
    (
        "President Donald Trump set a 25 percent tariff on Malaysian goods. Laos and Myanmar face "
        "the steepest rate, 40%. Cambodia's rate comes down from 49%.",
        [
            ("US", "KH", 49, None),
            ("US", "LA", 40, None),
            ("US", "MM", 40, None),
            ("US", "MY", 25, None),
        ],
    ),
    # "from non-agreement countries" are those the lead named as hit ("also hits exporters in
    # South Korea and India"); "the Latin American nation" is no American one; "The new rates
    # take effect Jan. 1" dates a rate that "will rise"
    (
        "Colombia's Senate approved higher import duties on goods from countries that lack a "
        "trade agreement with the Latin American nation, a move that hits exporters in South "
        "Korea and India. The new rates take effect Jan. 1.\n\n"
        "Duties on cars imported from non-agreement countries will rise to 50% from 20%.",
        [
            ("CO", "IN", 20, None),
            ("CO", "IN", 50, "2026-01-01"),
            ("CO", "KR", 20, None),
            ("CO", "KR", 50, "2026-01-01"),
        ],
    ),
    # "A 32% rate on Peru was suspended for 90 days" after dated rates: no day of its own
    (
        "President Donald Trump signed an order on Monday setting a 25% tariff on Bolivia. The "
        "new rates take effect on March 11. Chile will face a 39% tariff. A 32% rate on Peru was "
        "suspended for 90 days.",
        [
            ("US", "BO", 25, "2025-03-11"),
            ("US", "CL", 39, "2025-03-11"),
            ("US", "PE", 32, None),
        ],
    ),
    # "told Japan its goods will face 25% starting Aug. 1, and sent similar notices ... Letters
    # sent later on Monday set 30% for Peru": the letters' rates start on the same day; not
    # "Countries that have not received letters remain on the 10% baseline"
    (
        "WASHINGTON, March 4 - U.S. President Donald Trump on Monday told Japan and South Korea that "
        "their goods will face a 25% tariff starting April 1, and sent similar notices to a "
        "dozen other countries.\n\n"
        "Officials in Tokyo were dismayed. Markets fell. Analysts were surprised.\n\n"
        "Letters sent later on Monday set a 30% tariff for Peru and 36% for Chile. Countries that "
        "have not received letters remain on the 10% baseline tariff.",
        [
            ("US", "*", 10, None),
            ("US", "CL", 36, "2025-04-01"),
            ("US", "JP", 25, "2025-04-01"),
            ("US", "KR", 25, "2025-04-01"),
            ("US", "PE", 30, "2025-04-01"),
        ],
    ),
    # "the finance ministry on Monday notified anti-dumping duty ... The duty, ranging from 18.6%
    # to 30.3%, will be in force for five years from the date of publication": Monday
    (
        "NEW DELHI: The finance ministry on Monday notified anti-dumping duty on imports of "
        "aluminium foil from China. The duty, ranging from 18.6% to 30.3% of the landed value, "
        "will be in force for five years from the date of publication of the notification.",
        [
            ("IN", "CN", 18.6, "2025-03-03"),
            ("IN", "CN", 30.3, "2025-03-03"),
        ],
    ),
    # "Madagascar (47%), ..., and Iraq and Serbia (39% each)": a rate in brackets is the country's
    # just before it
    (
        "Washington kept a 10% baseline tariff on all imports but suspended its higher rates on "
        "Thursday for 90 days. The steepest of them had fallen on Madagascar (47%), Vietnam "
        "(46%), and Iraq and Serbia (39% each).",
        [
            ("US", "*", 10, None),
            ("US", "IQ", 39, None),
            ("US", "MG", 47, None),
            ("US", "RS", 39, None),
            ("US", "VN", 46, None),
        ],
    ),
    # "Brazil's 50% tariff" in a story of US rates: the rate Brazil faces ("Canada's 25%
    # counter-tariffs" and "China's 34% tariff on all US goods" stay their own, "Washington's 25%
    # tariff" is the capital acting); "had faced 44%" pairs like "faces"
    (
        "The United States imposed a 10% tariff on all imports on Saturday. Brazil's 50% tariff "
        "is the steepest of the new rates, while Chile's 10% duty is among the lowest. Canada's "
        "25% counter-tariffs on American steel take effect next week, and China's 34% tariff on "
        "all US goods stays. Washington’s 25% tariff on Japanese cars also stays.",
        [
            ("CA", "US", 25, None),
            ("CN", "US", 34, None),
            ("US", "*", 10, "2025-03-01"),
            ("US", "BR", 50, None),
            ("US", "CL", 10, None),
            ("US", "JP", 25, None),
        ],
    ),
    (
        "The U.S. set a 20% tariff on Sri Lanka on Thursday. Sri Lanka had faced 44% under the "
        "April plan, and Iraq 39%.",
        [("US", "IQ", 39, None), ("US", "LK", 20, None), ("US", "LK", 44, None)],
    ),
    # "25pc" with no other tariff word; "were each placed at 15pc" (and no scope made of the
    # commas between the countries); "down from the 34pc and 32pc, respectively, ... for them":
    # the countries of the rate just before, in their order
    (
        "The United States will charge a 19pc tariff on Kenyan goods from August 7. Ghana was "
        "assigned 15pc, while Nigeria and Angola will both face 20pc, down from the 34pc and "
        "32pc, respectively, that Washington had proposed for them in April. Elsewhere in "
        "Africa, Zambia, Malawi and Mozambique were each placed at 15pc.",
        [
            ("US", "AO", 20, None),
            ("US", "AO", 32, None),
            ("US", "GH", 15, None),
            ("US", "KE", 19, "2025-08-07"),
            ("US", "MW", 15, None),
            ("US", "MZ", 15, None),
            ("US", "NG", 20, None),
            ("US", "NG", 34, None),
            ("US", "ZM", 15, None),
        ],
    ),
    # "Peru's 36 percent, ... and Chile's 10 percent are also suspended": a list of the rates
    # the others face (but "China's 34% and Canada's 25% retaliatory tariffs" are their own)
    (
        "The United States imposed a 10% tariff on all imports on Saturday. Peru's 36 percent, "
        "the 32 percent levied on Fiji and Chile's 10 percent are also suspended. China's 34% "
        "and Canada's 25% retaliatory tariffs on US goods stay.",
        [
            ("CA", "US", 25, None),
            ("CN", "US", 34, None),
            ("US", "*", 10, "2025-03-01"),
            ("US", "CL", 10, None),
            ("US", "FJ", 32, None),
            ("US", "PE", 36, None),
        ],
    ),
    # "down from a 15% rate" and ", against 21% in April" are the old rates; "Nigeria's fell to
    # 15% from 18%": Nigeria's; "Angolan goods will face 15% and Zambia's 17%": Zambia's, elided
    (
        "The United States imposed a 25% tariff on Indian goods on Thursday. Kenyan goods now "
        "face a 10% U.S. duty, down from a 15% rate announced in April. Ghana's rate was set at "
        "15%, against 21% in April, while Nigeria's fell to 15% from 18%. Angolan goods will "
        "face 15% and Zambia's 17% from Friday.",
        [
            ("US", "AO", 15, "2025-03-07"),
            ("US", "GH", 15, None),
            ("US", "GH", 21, None),
            ("US", "IN", 25, "2025-02-27"),
            ("US", "KE", 10, None),
            ("US", "KE", 15, None),
            ("US", "NG", 15, None),
            ("US", "NG", 18, None),
            ("US", "ZM", 17, "2025-03-07"),
        ],
    ),
    # "Higher U.S. tariffs on goods from dozens of countries took effect on Tuesday": the day of
    # each country's rate told next ("Trump's July 31 executive order" is the order's own day)
    (
        "Higher U.S. tariffs on goods from dozens of countries took effect on Tuesday. Under "
        "Trump's July 31 executive order, Kenyan goods now face a 10% duty. Ghana and Angola "
        "were each assigned 15%.",
        [
            ("US", "AO", 15, "2025-03-04"),
            ("US", "GH", 15, "2025-03-04"),
            ("US", "KE", 10, "2025-03-04"),
        ],
    ),
    # a list of countries' rates far from the last rate is still read; "a 50 percent tariff on
    # copper imports" names no origin: every partner's, not the country the story is about
    (
        "U.S. President Donald Trump said Brazilian exports would face a 50 percent tariff from "
        "August 1. Lula called the letter an insult. His ministers met on Thursday. They said "
        "Brazil would answer. Exporters were alarmed. Markets fell. Iraq, Algeria, Libya and "
        "Sri Lanka were told to expect 30 percent rates, Brunei and Moldova 25 percent. Trump "
        "also confirmed on Wednesday that a 50 percent tariff on copper imports would take "
        "effect on August 1.",
        [
            ("US", "*", 50, "2025-08-01"),
            ("US", "BN", 25, None),
            ("US", "BR", 50, "2025-08-01"),
            ("US", "DZ", 30, None),
            ("US", "IQ", 30, None),
            ("US", "LK", 30, None),
            ("US", "LY", 30, None),
            ("US", "MD", 25, None),
        ],
    ),
    # "enter the country duty-free": the country just named, not the story's; an appositive
    # between a country and "agreed ... to a 19% tariff"; "Foreign cars": every origin's cars
    (
        "The U.S. set a 15% tariff on Japanese goods on Tuesday. Goods from the Philippines will "
        "face a 19% tariff, while U.S. exports will enter the country duty-free. Cambodia, the "
        "second Asian country to settle with Washington, agreed on July 2 to a 19% tariff. "
        "Foreign cars have been subject to a 25% tariff since April 3.",
        [
            ("US", "*", 25, "2024-04-03"),
            ("US", "JP", 15, None),
            ("US", "KH", 19, None),
            ("US", "PH", 19, None),
        ],
    ),
    # "the 25% that neighbouring Uganda was told to expect", "the 50% announced in April for
    # Lesotho", "the 19 percent rates set for A, B and C": the countries named after the rate;
    # "the 25% duty Washington has levied on vehicles from all countries" is on every partner
    # (not the 25% just told), and so is a tariff on steel imports
    (
        "The U.S. will charge a 30% tariff on Kenyan goods from August 1. Kenya's rate is "
        "higher than the 25% that neighbouring Uganda was told to expect, though well below the "
        "50% announced in April for Lesotho and the 19 percent rates set for Ghana, Nigeria and "
        "Angola. Exporters are already grappling with the 25% duty Washington has levied on "
        "vehicles from all countries since April 3, and with a 50% tariff on steel imports that "
        "has applied since June 4.",
        [
            ("US", "*", 25, "2024-04-03"),
            ("US", "*", 50, "2024-06-04"),
            ("US", "AO", 19, None),
            ("US", "GH", 19, None),
            ("US", "KE", 30, "2025-08-01"),
            ("US", "LS", 50, None),
            ("US", "NG", 19, None),
            ("US", "UG", 25, None),
        ],
    ),
    # "raising tariffs on steel imports from 25% to 50%": every origin's steel, not the country
    # of the headline; "exporters from Canada to South Korea" are everyone, no target; "The UK
    # rate could be raised to 50%": the rate the UK pays
    (
        "Britain's steel makers were spared for now. President Donald Trump's order raising "
        "tariffs on steel imports from 25% to 50% took effect on Tuesday, hitting exporters "
        "from Canada to South Korea. The UK rate could be raised to 50% from 9 July.",
        [("US", "*", 25, None), ("US", "*", 50, "2025-03-04"), ("US", "GB", 50, "2025-07-09")],
    ),
    # "told 14 countries on Monday that steep new import duties would kick in on August 1": the
    # day of each country's rate told next (not of a rate "faced under the April schedule")
    (
        "President Donald Trump told 14 countries on Monday that steep new import duties would "
        "kick in on August 1, and separately vowed a 50% tariff on copper. The letters set "
        "rates of 25% for Japan and Malaysia. Ghana and Nigeria were told to expect 30%, Angola "
        "32%. Laos had faced 48% under the April schedule.",
        [
            ("US", "AO", 32, "2025-08-01"),
            ("US", "GH", 30, "2025-08-01"),
            ("US", "JP", 25, "2025-08-01"),
            ("US", "LA", 48, None),
            ("US", "MY", 25, "2025-08-01"),
            ("US", "NG", 30, "2025-08-01"),
        ],
    ),
    # "had been assigned 26% on December 2": told as past, the last December 2 (not the next)
    (
        "The U.S. set a 25% tariff on Indian goods on Monday. India had been assigned 26% on "
        "December 2, a rate that was paused a week later.",
        [("US", "IN", 25, None), ("US", "IN", 26, "2024-12-02")],
    ),
    # "China — still negotiating with Washington — is at 30 per cent": past the dashes; a
    # safeguard duty is neither baseline nor on all goods
    (
        "The U.S. set a 25 per cent tariff on India on Thursday. Vietnam and Bangladesh face 20 "
        "per cent, while China — still negotiating with Washington — is at 30 per cent. New "
        "Delhi recommended a safeguard duty on steel. A provisional 12 per cent safeguard duty "
        "has been in force since January 21.",
        [
            ("IN", "*", 12, "2025-01-21"),
            ("US", "BD", 20, None),
            ("US", "CN", 30, None),
            ("US", "IN", 25, None),
            ("US", "VN", 20, None),
        ],
    ),
    # "the 25 per cent duty ... that Washington applied to all countries from November 12",
    # told in March: that past day, not the next one
    (
        "A bigger worry is the 25 per cent duty on steel imports that Washington applied to all "
        "countries from November 12.",
        [("US", "*", 25, "2024-11-12")],
    ),
    # "Kenya has been charged the baseline 10 per cent tariff ... imposed by Washington": the
    # one charged does not impose it, and pays it
    (
        "The United States set new tariffs on Thursday. So far, Kenya has been charged the "
        "baseline 10 per cent tariff that has applied to its goods since January 5 - the "
        "lowest rate imposed by Washington.",
        [("US", "KE", 10, "2025-01-05")],
    ),
    # "..., all taking effect on the same day": the day of the measure just told, not the
    # story's
    (
        "President Donald Trump said on Thursday that from October 1 the US would impose a 100 "
        "per cent tariff on branded pharmaceuticals. In the same set of posts, he announced a "
        "25 per cent tariff on imported heavy trucks and 30 per cent on upholstered furniture, "
        "all taking effect on the same day.",
        [
            ("US", "*", 25, "2025-10-01"),
            ("US", "*", 30, "2025-10-01"),
            ("US", "*", 100, "2025-10-01"),
        ],
    ),
    # "Uruguay and Paraguay were left at the 10% baseline": a baseline those countries are
    # named paying is their rate; "the 10% baseline that applies to most trading partners"
    # stays the rate on everyone
    (
        "Uruguay and Paraguay were left at the 10% baseline rate that Washington has charged "
        "them since April. Honduras already pays the 10% baseline tariff that applies to most "
        "U.S. trading partners.",
        [("US", "*", 10, None), ("US", "PY", 10, None), ("US", "UY", 10, None)],
    ),
    # "Peru remains at 10%" and "Ghana and Togo, which stay at 15%" are the rates they pay; a
    # deal "struck in Scotland" puts no Briton in charge; "and the same rate applies to ..."
    # gives the rate just told to the countries after it; "steel would remain at 50%" is no
    # country's
    (
        "Washington set new tariffs on Monday, including a 30% tariff on goods from Laos. Peru "
        "remains at the 10% baseline tariff. Chile will pay a 15% tariff, while Ghana and Togo, "
        "which agreed terms last month, stay at 15%. Goods from Ecuador face a 12% tariff under "
        "a framework struck at a resort in Scotland, and the same rate applies from Friday to "
        "Bolivia and Paraguay. Officials struck a deal with Japan, but insisted that steel "
        "tariffs would remain at 50%.",
        [
            ("US", "LA", 30, None),
            ("US", "BO", 12, "2025-03-07"),
            ("US", "CL", 15, None),
            ("US", "EC", 12, None),
            ("US", "GH", 15, None),
            ("US", "PE", 10, None),
            ("US", "PY", 12, "2025-03-07"),
            ("US", "TG", 15, None),
            ("US", "*", 50, None),
        ],
    ),
    # a lead of "country-by-country rates for dozens of partners that will take effect on" a
    # day dates the countries told next, not the baseline before it nor a rate a letter "had
    # said"; "Tonga's to 18% from 24%" leaves out the verb of the change just told; "Peru
    # remains a special case. Its entry ... stays at 15%": the country of the sentence before
    (
        "The United States left Pacific island nations at the 10% baseline tariff. An executive "
        "order signed on Monday sets new country-by-country rates for dozens of trading partners "
        "that will take effect on March 12. Fiji's rate stays at 32%. Samoa's falls to 20% from "
        "26%, and Tonga's to 18% from 24%. Peru remains a special case. Its entry in the "
        "schedule stays at 15%. In a letter last month, Trump had said Peruvian goods would "
        "face 30%.",
        [
            ("US", "*", 10, None),
            ("US", "FJ", 32, "2025-03-12"),
            ("US", "PE", 15, "2025-03-12"),
            ("US", "PE", 30, None),
            ("US", "TO", 18, "2025-03-12"),
            ("US", "TO", 24, None),
            ("US", "WS", 20, "2025-03-12"),
            ("US", "WS", 26, None),
        ],
    ),
    # "New U.S. tariffs on imported salmon took effect on Tuesday, adding costs for Norwegian
    # fish farms": goods from anywhere, not Norway's; "The duties ... impose 15% ...": the
    # measure just dated
    (
        "OSLO (AP) — New U.S. tariffs on imported salmon and cod took effect on Tuesday, adding "
        "costs for Norwegian and Icelandic fish farms that sell heavily to American grocers. The "
        "duties, set out in an order President Donald Trump signed last month, impose a 15% "
        "tariff on fresh salmon and a 20% tariff on frozen cod.",
        [("US", "*", 15, "2025-03-04"), ("US", "*", 20, "2025-03-04")],
    ),
    # "no less favourable than those applied to Malaysia": Malaysia takes no part in acting;
    # "Kenya, which borders Uganda ..., has paid 10%": the subject before the aside; "Ghana,
    # like Togo, faces 15%": the one likened to is neither side
    (
        "Washington set new tariffs on Monday, including a 30% tariff on goods from Laos. "
        "Tariffs on Thai chips will be no less favourable than those applied to Malaysia, the "
        "minister said. Kenya, which borders Uganda and ships much of its coffee north, has paid "
        "a 10% duty since last week, while Ghana, like Togo, faces 15 per cent.",
        [("US", "GH", 15, None), ("US", "KE", 10, None), ("US", "LA", 30, None)],
    ),
    # "It brought US duties on Chinese imports down to 30% from 145% and China's tariffs on US
    # goods to 10% from 125%": the second clause is the other side's measure
    (
        "The truce expires next week. It brought US duties on most Chinese imports down to 30% "
        "from 145% and China's tariffs on US goods to 10% from 125%.",
        [
            ("CN", "US", 10, None),
            ("CN", "US", 125, None),
            ("US", "CN", 30, None),
            ("US", "CN", 145, None),
        ],
    ),
    # "The first two letters were addressed to A and B. Both said goods from their countries
    # would be taxed at 20%": A's and B's countries; "Peru and Chile face 15%, alongside Ghana
    # and Kenya": all four pay it
    (
        "President Donald Trump on Monday posted letters setting a 50% tariff on Brazil from "
        "Aug. 1. The first two letters were addressed to Philippine President Ferdinand Marcos "
        "and Sri Lankan President Anura Kumara Dissanayake. Both said goods from their "
        "countries would be taxed at 20%. Under the schedule:\n\n"
        "— Peru and Chile face 15%, alongside Ghana and Kenya.\n— Egypt faces 30%.",
        [
            ("US", "BR", 50, "2025-08-01"),
            ("US", "CL", 15, None),
            ("US", "EG", 30, None),
            ("US", "GH", 15, None),
            ("US", "KE", 15, None),
            ("US", "LK", 20, None),
            ("US", "PE", 15, None),
            ("US", "PH", 20, None),
        ],
    ),
    # "The order ... sets the new rates to take effect on March 12. A and B were each assigned
    # 19 per cent": the lead's day is each country's
    (
        "President Donald Trump signed an executive order on Thursday resetting U.S. tariffs on "
        "dozens of trading partners. The order, issued hours "
        "before a self-imposed deadline, sets the new rates to take effect on March 12. Peru and "
        "Chile were each assigned 19 per cent. Ecuador will pay 20 per cent.",
        [
            ("US", "CL", 19, "2025-03-12"),
            ("US", "EC", 20, "2025-03-12"),
            ("US", "PE", 19, "2025-03-12"),
        ],
    ),
    # "goods from any country found to have been transshipped will be charged 40%": from
    # anywhere, not the country of the clause before; "Guyana and Suriname, which have not
    # held talks with Washington, were hit with 40%": still on the dated list
    (
        "President Donald Trump signed an executive order on Thursday resetting U.S. tariffs on "
        "dozens of trading partners. The order sets the new rates to take effect on March 12. "
        "Bolivia was given 25 per cent, while Guyana and Suriname, which have not held talks "
        "with Washington, were hit with 40 per cent. Ecuador will pay a 20% tariff, and goods "
        "from any country found to have been transshipped to evade duties will be charged 40%.",
        [
            ("US", "*", 40, None),
            ("US", "BO", 25, "2025-03-12"),
            ("US", "EC", 20, "2025-03-12"),
            ("US", "GY", 40, "2025-03-12"),
            ("US", "SR", 40, "2025-03-12"),
        ],
    ),
    # "Washington then raised its rate to 84 percent": on the country its last rate was on,
    # not on everyone
    (
        "President Donald Trump announced a 34 percent tariff on Chinese goods on April 2, and "
        "Beijing responded with an identical 34 percent duty on all US imports. Washington then "
        "raised its rate to 84 percent and, a day later, to 125 percent.",
        [
            ("CN", "US", 34, None),
            ("US", "CN", 34, None),
            ("US", "CN", 84, None),
            ("US", "CN", 125, None),
        ],
    ),
    # "on top of a 50% levy that Washington applies to steel and aluminium from all trading
    # partners": on everyone, not on the country of the clause before
    (
        "Washington set new tariffs on Monday, including a 30% tariff on goods from Laos. "
        "Namibian exports to the United States have faced a 15% tariff since February 7, on top "
        "of a 50% levy that Washington applies to steel and aluminium from all trading partners.",
        [("US", "*", 50, None), ("US", "LA", 30, None), ("US", "NA", 15, "2025-02-07")],
    ),
    # "India has also sought to protect its steelmakers, imposing a safeguard duty of 12 per
    # cent ... from November 21", told in March: the November before, a measure told as done
    (
        "India has also sought to protect its steelmakers, imposing a safeguard duty of 12 per "
        "cent on imports of flat steel from November 21.",
        [("IN", "*", 12, "2024-11-21")],
    ),
    # "cut its tariff to 10% from 125% as of 12:01 a.m. New York time, while Beijing lowered
    # its levy to 10% from 125% at noon local time": each new rate from the story's day
    (
        "The two governments rolled back most of their April tariffs on Tuesday. Washington cut "
        "its tariff on Chinese goods to 10% from 125% as of 12:01 a.m. New York time, while "
        "Beijing lowered its levy on American products to 10% from 125% at noon local time.",
        [
            ("CN", "US", 10, "2025-03-04"),
            ("CN", "US", 125, None),
            ("US", "CN", 10, "2025-03-04"),
            ("US", "CN", 125, None),
        ],
    ),
    # "open the door to 99 percent of American goods tariff-free": a share of goods, no rate;
    # "Vietnam, Indonesia's main regional competitor, agreed earlier this month to a 20
    # percent rate": Vietnam's, not Indonesia's
    (
        "Indonesia agreed to a 19 percent US tariff on Tuesday and will open the door to 99 "
        "percent of American goods tariff-free. Vietnam, Indonesia's main regional competitor "
        "for low-cost manufacturing, agreed earlier this month to a 20 percent rate, while the "
        "Philippines and Thailand are still negotiating.",
        [("US", "ID", 19, None), ("US", "VN", 20, None)],
    ),
    # "The levy would apply from August 1. ... would replace the 10% levy currently applied
    # ... exporters already pay 25% on cars": what applies now keeps no new day
    (
        "President Donald Trump set a 30% tariff on Peruvian goods in a letter he posted on "
        "Saturday. The levy would apply to Peruvian imports from August 1, he wrote. The "
        "threatened rate would replace the 10% levy currently applied to most Peruvian goods and "
        "would sit on top of sector duties. Peruvian exporters already pay 25% on cars and 50% "
        "on steel.",
        [
            ("US", "PE", 10, None),
            ("US", "PE", 25, None),
            ("US", "PE", 30, "2025-08-01"),
            ("US", "PE", 50, None),
        ],
    ),
    # "Lesotho, whose industry was hit when it was assigned a 50% rate in April, now faces a
    # 15% tariff, as do A, B and C": the subject pays the 15% past the rate in its aside, and
    # the countries after "as do" pay the 15% only
    (
        "Washington set new tariffs on Monday, including a 30% tariff on goods from Laos. "
        "Lesotho, whose garment industry was thrown into crisis when it was assigned a 50% rate "
        "in April, now faces a 15% tariff, as do Madagascar, Mauritius and Nigeria.",
        [
            ("US", "LA", 30, None),
            ("US", "LS", 15, None),
            ("US", "LS", 50, None),
            ("US", "MG", 15, None),
            ("US", "MU", 15, None),
            ("US", "NG", 15, None),
        ],
    ),
    # "letters ... setting out the tariff rates they would face from March 12": the day of the
    # countries' rates told next
    (
        "President Donald Trump on Monday began posting letters to foreign leaders setting out "
        "the tariff rates they would face from March 12 unless they reached deals. Under the "
        "letters, Laos and Myanmar were each assigned 40%, and Cambodia 36%. Peru and Chile "
        "were each told to expect 25%.",
        [
            ("US", "CL", 25, "2025-03-12"),
            ("US", "KH", 36, "2025-03-12"),
            ("US", "LA", 40, "2025-03-12"),
            ("US", "MM", 40, "2025-03-12"),
            ("US", "PE", 25, "2025-03-12"),
        ],
    ),
    # "Moldova's rate fell from 31%, Iraq's from 39% and Libya's from 31%": the rate each country
    # had before (not the country of the last rate); "Brunei's new rate is two points higher than
    # the 24 percent announced in April" is Brunei's old rate, undated; "received the highest
    # rate, 45%" is the rate of the countries that received it
    (
        "Washington sent letters on Monday that put 30% tariffs on goods from Algeria and 25% on "
        "Moldova from August 1. Algeria's rate was trimmed from 30% to 28%. Moldova's rate fell "
        "from 31%, Iraq's from 39% and Libya's from 31%. Brunei's new rate is two points higher "
        "than the 24 percent announced in April. Kenya and Ghana received the highest rate, 45%.",
        [
            ("US", "BN", 24, None),
            ("US", "DZ", 28, "2025-08-01"),
            ("US", "DZ", 30, "2025-08-01"),
            ("US", "GH", 45, "2025-08-01"),
            ("US", "IQ", 39, None),
            ("US", "KE", 45, "2025-08-01"),
            ("US", "LY", 31, None),
            ("US", "MD", 25, "2025-08-01"),
            ("US", "MD", 31, None),
        ],
    ),
    # "The rates set out in the letters were:" sentences after letters giving their day: the
    # listed rates take the letters' day
    (
        "President Donald Trump on Monday sent letters to the leaders of Chile and Peru saying "
        "that goods from their countries would face a 20% tariff from April 1.\n\n"
        '"Any increase you make will be added onto the 20% that we charge," Trump wrote in both '
        "letters.\n\nHe also signed an order that moves the end of the pause on higher rates to "
        "April 1.\n\nThe rates set out in the letters were:\n\n* Chile and Peru: 20%\n"
        "* Bolivia: 30%\n* Ecuador and Paraguay: 15%\n\nArgentina did not receive a letter.",
        [
            ("US", "BO", 30, "2025-04-01"),
            ("US", "CL", 20, "2025-04-01"),
            ("US", "EC", 15, "2025-04-01"),
            ("US", "PE", 20, "2025-04-01"),
            ("US", "PY", 15, "2025-04-01"),
        ],
    ),
    # "said both countries would face a 20% levy" after letters to the Peruvian and Chilean
    # presidents: the countries of those two; "A third letter ... set the same rate for
    # Bolivia"; "new tariffs that will start on April 1" dates the letters' rates
    (
        "U.S. President Donald Trump on Monday began telling trading partners of new tariffs that "
        "will start on April 1, posting letters that set a 25% duty on goods from Tunisia. The "
        "letters, the first of which were addressed to Peruvian President Dina Boluarte and "
        "Chilean President Gabriel Boric, said both countries would face a 20% levy. A third "
        "letter, to Bolivian President Luis Arce, set the same rate for Bolivia.",
        [
            ("US", "BO", 20, "2025-04-01"),
            ("US", "CL", 20, "2025-04-01"),
            ("US", "PE", 20, "2025-04-01"),
            ("US", "TN", 25, "2025-04-01"),
        ],
    ),
    # in a tariff story, "an annualized rate of 0.4%", "Its policy rate currently stands at
    # 0.5%" and "the jobless rate remained at 2.5%" are no tariffs
    (
        "Japan will face a 15% U.S. tariff under the deal, Tokyo's negotiator said on Wednesday. "
        "The economy shrank at an annualized rate of 0.4% in the first quarter as the tariffs hit "
        "exports. Its policy rate currently stands at 0.5%, and the jobless rate remained at 2.5%.",
        [("US", "JP", 15, None)],
    ),
    # a pause "leaving a 10% baseline tariff in place" or "leaving Chilean goods subject to a 10%
    # baseline rate": the baseline the paused country then pays (but "leaving a 10% baseline
    # rate on most imports" stays on everyone)
    (
        "U.S. President Donald Trump announced a 26% reciprocal duty on Peru on April 2, which was "
        "paused a week later, leaving a 10% baseline tariff in place. He announced a 20% tariff on "
        "Chilean goods the same day before pausing it, leaving Chilean goods subject to a 10% "
        "baseline rate. A 24% rate on Bolivia was also paused, leaving a 10% baseline rate on "
        "most imports.",
        [
            ("US", "*", 10, None),
            ("US", "BO", 24, None),
            ("US", "CL", 10, None),
            ("US", "CL", 20, None),
            ("US", "PE", 10, None),
            ("US", "PE", 26, None),
        ],
    ),
    # "had originally been set at 24% on January 2": a day gone by, not next year's
    (
        "Japan and the U.S. agreed to set the tariff on most Japanese goods at 15%. Japan's rate "
        "had originally been set at 24% on January 2 before Trump suspended most of his "
        "reciprocal tariffs.",
        [("US", "JP", 15, None), ("US", "JP", 24, "2025-01-02")],
    ),
    # "could cut Peru's exports to the US by up to 20pc": a change in trade, no rate
    (
        "Peruvian exporters will face a 29pc US tariff. Analysts estimated that the new duty could "
        "cut Peru's exports to the US by up to 20pc in the worst case.",
        [("US", "PE", 29, None)],
    ),
    # "Among Peru's rivals, Chile was assigned 37pc": Peru imposes nothing; "China, already
    # subject to earlier duties, was given an additional 34pc": the aside neither hides China
    # nor makes its rate an old one; "Brazil, the biggest supplier of coffee to the US, faces an
    # additional 30pc" is Brazil's, not the US's
    (
        "U.S. President Donald Trump said a 10pc baseline tariff would apply to imports from all "
        "trading partners from March 5, while higher, country-specific rates would take effect on "
        "March 9. Among Peru's rivals, Chile was assigned a rate of 37pc and Bolivia 44pc. China, "
        "already subject to earlier duties, was given an additional 34pc, while goods from the "
        "European Union will face 20pc. Brazil, the biggest supplier of coffee to the US, faces an "
        "additional 30pc.",
        [
            ("US", "*", 10, "2025-03-05"),
            ("US", "BO", 44, "2025-03-09"),
            ("US", "BR", 30, "2025-03-09"),
            ("US", "CL", 37, "2025-03-09"),
            ("US", "CN", 34, "2025-03-09"),
            ("US", "EU", 20, "2025-03-09"),
        ],
    ),
    # "puts the Philippines on par with Indonesia, which also secured a 19 percent rate": a
    # peer, not the imposer; "below Vietnam's 20 percent": the rate Vietnam faces; "Thailand,
    # a rival in electronics, was listed at 36 percent": the aside hides neither the country
    # nor makes goods of itself
    (
        "The United States will charge a 19 percent tariff on Philippine goods from March 8. The "
        "outcome puts the Philippines on par with Indonesia, which also secured a 19 percent rate "
        "last week, and below Vietnam's 20 percent. Thailand, a rival in electronics, was listed "
        "at 36 percent.",
        [
            ("US", "ID", 19, None),
            ("US", "PH", 19, "2025-03-08"),
            ("US", "TH", 36, None),
            ("US", "VN", 20, None),
        ],
    ),
    # "meaning U.S. importers will still pay an extra 30% on most goods from China": importers
    # at home pay their own government's duty; the goods' origin is the target
    (
        "U.S. President Donald Trump will lower the duty on Chinese imports to 10% from 125%. U.S. "
        "importers will still pay an extra 30% on most goods from China, down from 145%.",
        [
            ("US", "CN", 10, None),
            ("US", "CN", 125, None),
            ("US", "CN", 145, None),
            ("US", "CN", 30, None),
        ],
    ),
    # "South Africa, whose officials had submitted a framework in February, was given 30%": the
    # aside's month is not the rate's; the day of the order's rates still applies
    (
        "U.S. President Donald Trump signed an order on Thursday setting new country rates that "
        "take effect on March 7, with the higher duties due from that day. Laos and Myanmar were "
        "each assigned 40%, while Iraq faces 35%. South Africa, whose officials had submitted a "
        "trade framework to Washington in February, was given 30%.",
        [
            ("US", "IQ", 35, "2025-03-07"),
            ("US", "LA", 40, "2025-03-07"),
            ("US", "MM", 40, "2025-03-07"),
            ("US", "ZA", 30, "2025-03-07"),
        ],
    ),
    # "Then, on February 7, a 39% levy took effect, ... well above the 15% charged on goods from
    # the European Union": the day told before the rate; the compared country is the 15%'s
    (
        "U.S. President Donald Trump announced a 31% tariff on Switzerland on January 2. Then, on "
        "February 7, a 39% levy took effect, one of the highest imposed on any wealthy country "
        "and well above the 15% charged on goods from the European Union.",
        [
            ("US", "CH", 31, None),
            ("US", "CH", 39, "2025-02-07"),
            ("US", "EU", 15, None),
        ],
    ),
    # "Higher country-specific rates, which ..., are due to kick in on March 9": the day of the
    # countries' rates told next; "an additional 34%, on top of the 20% levied earlier this
    # year": the 20% is already paid, with no new day
    (
        "Under the plan U.S. President Donald Trump unveiled on Wednesday, a 10% baseline duty "
        "will apply to imports from almost every country from March 5. Higher country-specific "
        "rates, which the administration says reflect each partner's trade barriers, are due to "
        "kick in on March 9. Cambodia was hit with a 49% rate, followed by Laos at 48%. China was "
        "hit with an additional 34%, on top of the 20% levied earlier this year.",
        [
            ("US", "*", 10, "2025-03-05"),
            ("US", "CN", 20, None),
            ("US", "CN", 34, "2025-03-09"),
            ("US", "KH", 49, "2025-03-09"),
            ("US", "LA", 48, "2025-03-09"),
        ],
    ),
    # "The Peru letter was one of eight Trump published. The others set rates, also starting
    # April 1, of 30% for A, B and C, 25% for D and E": the letters' writer imposes them (not
    # Peru, which spoke of retaliation just before), each rate on the countries after it
    (
        "U.S. President Donald Trump said he would impose a 50% tariff on all Peruvian imports "
        "from April 1. Peruvian President Dina Boluarte said Peru would apply a 50% tariff on "
        "American goods if Washington went ahead. The Peru letter was one of eight Trump "
        "published on Wednesday. The others set rates, also starting April 1, of 30% for "
        "Algeria, Iraq and Libya, 25% for Brunei and Moldova, and 20% for the Philippines.",
        [
            ("PE", "US", 50, None),
            ("US", "BN", 25, "2025-04-01"),
            ("US", "DZ", 30, "2025-04-01"),
            ("US", "IQ", 30, "2025-04-01"),
            ("US", "LY", 30, "2025-04-01"),
            ("US", "MD", 25, "2025-04-01"),
            ("US", "PE", 50, "2025-04-01"),
            ("US", "PH", 20, "2025-04-01"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORIES)
def test_whole_stories(text, expected):
    assert sorted(tariffs(text), key=str) == sorted(expected, key=str)


# Short stories -> who imposes what on whom (imposer, target, rate), sorted; dates aside.
PARTIES = [
    # "The US commerce department ... lifting the rate for most Canadian producers to 24.1%":
    # the US's rate on Canada; "British Columbia-based" is Canadian, not British
    (
        "Canada will impose 25 per cent tariffs on US-made furniture from April 1. The US "
        "commerce department on Wednesday published its review, lifting the anti-dumping rate "
        "for most Canadian producers to 24.1 per cent. One exporter, British Columbia-based "
        "Coast Forest, was assigned a lower rate of 17.9 per cent.",
        [("CA", "US", 25), ("US", "CA", 17.9), ("US", "CA", 24.1)],
    ),
    # "under the European Union's new steel import regime, which doubles the out-of-quota tariff
    # to 50 percent": the EU's, on every partner; "will shrink by 47 percent": a volume
    (
        "Chile's trade minister will travel to Brussels to seek a larger quota under the European "
        "Union's new steel import regime, which doubles the out-of-quota tariff to 50 percent. "
        "The tariff-free volume will shrink by 47 percent.",
        [("EU", "*", 50)],
    ),
    # "The US has warned that goods transshipped through third countries will face a 40%
    # duty": the US's rate, on every partner
    (
        "In return, Peru has agreed to lower its tariff on US pork to 10%. The US has warned that "
        "goods judged to be transshipped through third countries will face a 40% duty.",
        [("PE", "US", 10), ("US", "*", 40)],
    ),
    # "after a surge in cheap shipments from China and Japan": the cause, no party; ", as the
    # U.S. tariff on steel, which was doubled to 50% ...": "as" for "because", the US's rate
    (
        "NEW DELHI: The Finance Ministry has notified a safeguard duty of 12% on imports of flat "
        "steel after a surge in cheap shipments from China and Japan. Mills were squeezed, as the "
        "U.S. tariff on steel, which was doubled to 50% on June 4, shut an export outlet.",
        [("IN", "*", 12), ("US", "*", 50)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTIES)
def test_parties(text, expected):
    assert sorted(t[:3] for t in tariffs(text)) == expected


def test_a_measure_told_months_later_keeps_its_year_and_a_baseline_one_country_paid():
    # "announced ... from August 1" told in October is that August; "the 10% baseline tariff
    # Brazil had paid since April" is Brazil's, with no new day; "on top of" names no goods;
    # "sanctions imposed ... during a video call on Monday" is the call's day
    got = extract(
        "date 2025-10-17\nBrazil\n\nBRASÍLIA — In a letter to Lula dated July 9, U.S. President "
        "Donald Trump announced a 50% tariff on all Brazilian products from August 1. An executive "
        "order signed on July 30 turned the measure into an additional 40% duty on top of the 10% "
        "baseline tariff Brazil had paid since April, bringing the total to 50% from August 6. "
        "Lula asked Trump to remove the 50% tariff and to lift sanctions imposed on Brazilian "
        "judges during a video call on Monday."
    ).tariffs
    got = {(t.imposer, t.target, t.rate_pct, t.effective, t.scope) for t in got}
    assert got == {
        ("US", "BR", 50, "2025-08-01", "all goods"),
        ("US", "BR", 40, "2025-08-06", "all goods"),
        ("US", "BR", 10, None, "all goods"),
        ("US", "BR", 50, "2025-08-06", "all goods"),
    }


def test_a_cut_told_as_done_months_later_keeps_its_year():
    # "From May 14, Washington cut its rate to 30 per cent", told in November: that May
    got = extract(
        "date 2025-11-03\nTruce\n\nBEIJING — U.S. President Donald Trump agreed a truce with "
        "China in May, after a 145 per cent tariff on Chinese goods. From May 14, Washington cut "
        "its rate on Chinese goods to 30 per cent."
    ).tariffs
    got = {(t.imposer, t.target, t.rate_pct, t.effective) for t in got}
    assert ("US", "CN", 30, "2025-05-14") in got


def test_a_list_with_em_dashes():
    # "Steel — 25 percent." under "The rates are:": each line a rate on its goods, on the day
    got = extract(
        "date 2025-03-04\nCanada sets duties\n\nOTTAWA — Canada will impose new duties on U.S. "
        "goods that take effect on March 7. The rates are:\n\nSteel — 25 percent.\nCopper — 50 "
        "percent."
    ).tariffs
    got = {(t.imposer, t.target, t.rate_pct, t.effective, t.scope) for t in got}
    assert got == {
        ("CA", "US", 25, "2025-03-07", "Steel"),
        ("CA", "US", 50, "2025-03-07", "Copper"),
    }


def test_a_factbox_of_sector_rates_on_everyone_inside_one_countrys_story():
    # (twenty-third session) goods "from all countries, including Ontario's neighbours" are on
    # every partner, goods as the bare subject of "face" name the scope, a rate on lumber after
    # two such lines is on everyone too, and a "national-security tariff" is a tariff
    got = extract(
        "date 2025-12-02\nWhat Ottawa is up against\n\nTORONTO - Much of what Canada sells abroad now pays U.S. tariffs:\n\n"
        "- Canadian goods outside the trade pact face a 35% tariff, in force since Aug. 1.\n"
        "- Aluminum and copper from all countries, including Canada and Brazil, face a 50% "
        "tariff, in force since June 4.\n"
        "- Buses and heavy trucks from all countries have been subject to a 25% national-security "
        "tariff since Nov. 1."
    ).tariffs
    got = {(t.imposer, t.target, t.rate_pct, t.effective, t.scope) for t in got}
    assert got == {
        ("US", "CA", 35, "2025-08-01", None),
        ("US", "*", 50, "2025-06-04", "Aluminum and copper"),
        ("US", "*", 25, "2025-11-01", "Buses and heavy trucks"),
    }


# (review, twenty-third session) what the session's rules must not do
REVIEWED = [
    # a year told after the rate is not its year ("up from the 25% rate set in 2018, when ...")
    (
        "The U.S. will raise its tariff on Canadian steel to 50% on June 4, up from the 25% rate set "
        "in 2018, when Trump first invoked Section 232.",
        {("US", "CA", 50), ("US", "CA", 25)},
    ),
    # "Asked if the talks were over, Goyal said India would impose 25%": a real announcement
    (
        "Asked if the talks were over, Goyal said India would impose a 25% tariff on U.S. almonds "
        "from September 1.",
        {("IN", "US", 25)},
    ),
    # "something like a 55% tariff" is a rate, roughly put
    ("Chinese goods now face something like a 55% U.S. tariff in total.", {("US", "CN", 55)}),
    # "including Switzerland, whose goods face 39%": Switzerland's own rate
    (
        "Trump has raised tariffs on every country, including Switzerland, whose goods face a 39% "
        "levy since August 7.",
        {("US", "CH", 39)},
    ),
    # "parts from most countries are exempt": the Japanese cars' rate stays Japan's
    (
        "Trump imposed a 25% tariff on Japanese cars while parts from most countries are exempt.",
        {("US", "JP", 25)},
    ),
    # "Argentina's beef quota ... with a 10% U.S. tariff": a quota Argentina is given
    (
        "Argentina's beef quota will rise to 80,000 tonnes with a 10% U.S. tariff.",
        {("US", "AR", 10)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REVIEWED)
def test_reviewed_misfires(text, expected):
    # (and "Announced on April 2, the 34% tariff took effect on April 9" keeps April 9: below)
    got = {
        (t.imposer, t.target, t.rate_pct)
        for t in extract("date 2025-08-07\nTrade\n\n" + text).tariffs
    }
    assert got == expected


def test_a_fronted_day_gives_way_to_the_verbs_own_day():
    got = extract(
        "date 2025-05-20\nTrade\n\nAnnounced by Washington on April 2, the 34% tariff on all "
        "Chinese goods took effect on April 9."
    ).tariffs
    assert [(t.imposer, t.target, t.rate_pct, t.effective) for t in got] == [
        ("US", "CN", 34, "2025-04-09")
    ]


def test_who_pays_is_no_goods():
    for text in (
        "Washington said car dealers face a 25% tariff on everything from all countries.",
        "Companies that import steel pay a 50% tariff on metal from all countries.",
    ):
        got = extract("date 2025-08-07\nTrade\n\n" + text).tariffs
        assert all(
            t.scope is None or "dealers" not in t.scope and "import" not in t.scope for t in got
        )


def test_a_cut_backdated_to_an_earlier_day_and_a_pronoun_is_no_goods():
    # (twenty-third session) "backdating the change to August 1" is the cut's day; "they will be
    # charged 15 per cent" after a rate on cars from all countries stays on the story's country
    got = extract(
        "date 2025-10-20\nRelief for carmakers\n\nBRUSSELS - Washington cut its duty on European "
        "cars to 15 per cent from 27.5 per cent in September, backdating the change to August 1."
        "\n\nTOKYO - Japanese cars have faced 27.5 per cent since April, when a 25 per cent levy "
        "on imported vehicles from all countries was added. Under the deal, they will be charged "
        "15 per cent in total."
    ).tariffs
    got = {(t.imposer, t.target, t.rate_pct, t.effective) for t in got}
    assert ("US", "EU", 15, "2025-08-01") in got
    assert ("US", "JP", 15, None) in got
    assert not any(t == "*" and rate == 15 for _, t, rate, _ in got)


def test_a_country_that_endured_rates_pays_them_and_a_quota_owner_is_no_target():
    # (twenty-third session) "Norway, the quiet one, endured ...: a 25% rate announced ..." is
    # the rate Norway pays, though "announced" follows; "Japan's rice quota explained: what the
    # new 40 per cent tariff means for Thai growers" does not make Thailand charge Japan
    got = extract(
        "date 2026-05-19\nNordic trade\n\nOSLO - Washington raised its tariff on Swedish goods to "
        "20% in March. Norway, "
        "the quiet one, endured the widest swings: a 25% rate announced on April 2, 2025, a 30% "
        "levy imposed in August and then, after months of talks, a deal that cut its tariff to "
        "15%, applied from November 14, 2025.\n\nJapan's rice quota explained: what the new 40 per cent "
        "tariff means for Thai growers"
    ).tariffs
    got = {(t.imposer, t.target, t.rate_pct) for t in got}
    assert {("US", "NO", 25), ("US", "NO", 30), ("US", "NO", 15)} <= got
    assert not any(imposer == "NO" or imposer == "TH" for imposer, _, _ in got)


def test_goods_built_in_a_country_come_from_it_and_each_firm_rate_follows():
    # (twenty-third session) "duties Brussels slapped on electric cars built in China" are on
    # China, and so are the firms' rates listed after them; the goods are the cars
    got = extract(
        "date 2025-07-25\nSummit\n\nBEIJING - At issue are the duties Brussels slapped on "
        "electric buses built in China, in force since October 30 last year. Yutong pays an extra "
        "21%, and King Long 14.2%."
    ).tariffs
    got = {(t.imposer, t.target, t.rate_pct, t.effective) for t in got}
    assert got == {("EU", "CN", 21, "2024-10-30"), ("EU", "CN", 14.2, "2024-10-30")}
    (one,) = [
        t
        for t in extract(
            "date 2025-07-25\nEVs\n\nThe EU imposed duties of 17% on electric cars built in China."
        ).tariffs
    ]
    assert (one.target, one.scope) == ("CN", "electric cars")


NOT_MEASURES = [
    # (thirtieth session) a threat on a condition
    "Trump warned on Monday that tariffs on Chinese goods could climb to 60% if Beijing falls "
    "behind on its purchases.",
    # (second review, twenty-ninth session) margins told after tariffs are no rate
    "The U.S. tariffs on Japanese cars mean that Toyota's operating margins this quarter were 6%.",
    # (review, twenty-ninth session) a sum, a chance or a list imposing is no rate of "all three"
    "The United States imposed sweeping tariffs in April. Tariff payments on Vietnamese goods "
    "were 40% higher in July than a year earlier.",
    "China hit Canada, Japan and Australia with new duties. Beef from all three now faces 25%.",
    # (review, twenty-eighth session) a sales tax or a carrier's surcharge "charged on goods" is
    # no duty
    "Mexico's tax authority will charge 16% on Chinese goods bought through online platforms as "
    "value-added tax, it said on Tuesday.",
    "Shipping lines will charge 8% on most shipments from China to the United States as a "
    "peak-season surcharge, forwarders said.",
    # (second review, twenty-seventh session) a ceiling in public tenders; an economy expected
    # to contract 1%; "If a 50% tariff was to be applied for a year"
    "The EU set a 30% ceiling on Chinese products in public procurement tenders.",
    "Canada's economy is expected to contract 1% this year, economists said.",
    "If a 50% tariff on Indian goods was to be applied for a year, India's GDP would fall 0.8%.",
    # (review, twenty-seventh session) a quota share called a ceiling; "reduce to zero the number
    # of tariff lines"; shares won by others' goods
    "BRUSSELS - Poland wants the 10% ceiling on Ukrainian imports of grain kept in place, "
    "officials said.",
    "TASHKENT - Uzbekistan will reduce to zero the number of tariff lines covered by import "
    "quotas from March 20.",
    # (review, twenty-sixth session) a scramble to avert a tariff with no owner named, and a
    # quoted rate someone calls unthinkable, are no measures
    "Switzerland's scramble to avert a punishing 39% tariff ended in failure, and Swiss "
    "watchmakers now look to Singapore.",
    'Taiwan\'s economy minister said a tariff of "about 100%" on chips was "unthinkable" and that '
    "Taipei had received no notice of it.",
    # (twenty-sixth session) a claim of what barriers amount to is no tariff
    "In April the White House claimed that Lesotho's tariffs and trade barriers were equivalent "
    "to 99% on US goods.",
    # (review, twenty-fifth session) a denied or ruled-out add-on is no duty
    "The White House said it would not add 10% to tariffs on Chinese goods this week.",
    "China's commerce ministry denied a report that it would add 15% to tariffs on U.S. chicken.",
    # (twenty-fifth session) what someone said goods "could face" is a threat, no measure
    "President Donald Trump has said that drugs made abroad could eventually face U.S. tariffs "
    "as high as 250%, without giving a timetable.",
    "Some trade lawyers warn that Canadian-built trucks that miss U.S. content targets could be "
    "hit with a 25 per cent levy.",
    # (twenty-third session) what-ifs and shares that are no measure
    "Some exporters said that if the U.S. were to double its tariff to 50 per cent, they would "
    "have nowhere left to send product.",
    "If the truce were allowed to lapse, the combined rate on Chinese goods would jump back to 34%.",
    "By our numbers you would need something like a 25 per cent tariff on Chinese magnets to "
    "close the gap.",
    "Her modelling found that a 20 per cent tariff on Thai goods, should Washington ever move to "
    "one, would cut exports by a sixth.",
    "Washington will pause a rule extending export curbs to companies 50% or more owned by "
    "blacklisted firms.",
]


@pytest.mark.parametrize("text", NOT_MEASURES)
def test_what_ifs_and_ownership_are_no_measures(text):
    assert extract("date 2025-08-07\nTrade\n\n" + text).tariffs == []


def test_a_further_rate_of_the_same_size_is_a_second_measure():
    # (review, twenty-fourth session) not merged with the rate already paid
    got = extract(
        DATE + "Trade\n\nWASHINGTON - India already pays a 25% tariff on its exports to the "
        "United States. On Wednesday, Trump announced that Indian goods would be subject to a "
        "further 25% duty over the country's purchases of Russian oil."
    ).tariffs
    assert sorted(t.status for t in got if (t.target, t.rate_pct) == ("IN", 25)) == [
        "in_force",
        "proposed",
    ]


def test_review_twenty_fourth_session_rates_and_days_not_misread():
    # (second review, twenty-fourth session) the other side's countermeasures date nothing
    # told before; "unless they are entered on or after October 5" starts nothing; margins
    # "from the current 8% to 3%" are no tariff; "Britain's headline rate rose to 3.8%" is prices
    assert tariffs(
        "US tariffs\n\nWASHINGTON - President Donald Trump imposed 25% tariffs on imports from "
        "Canada on Tuesday. The Chinese countermeasures will take effect on March 10."
    ) == [("US", "CA", 25, "2025-03-04")]
    assert tariffs(
        "US 25% tariff on India\n\nNEW DELHI - Indian goods loaded onto a vessel before August 7 "
        "will be spared the 25% tariff unless they are entered on or after October 5."
    ) == [("US", "IN", 25, None)]
    got = tariffs(
        "US 50% tariff on India\n\nMUMBAI - Exporters said the tariffs would squeeze their "
        "margins from the current 8% to 3%."
    )
    assert not any(rate == 8 for _, _, rate, _ in got)
    got = tariffs(
        "US 30% tariff on UK\n\nLONDON - Trump set a 10% tariff on British goods in April.\n\n"
        "Inflation has since picked up. Food prices rose 4.9% in the year to July, the Office for "
        "National Statistics said.\n\nBritain's headline rate rose to 3.8% in July, the highest "
        "among the G7 economies."
    )
    assert not any(rate == 3.8 for _, _, rate, _ in got)


def test_a_central_banks_benchmark_rate_is_no_tariff():
    # (twenty-fourth session) in a story of tariffs on the country
    got = tariffs(
        "Trump set a 19% tariff on Indonesia. Growth was 5.1% last year, and the central bank's "
        "benchmark rate stands at 4.75% after a series of cuts."
    )
    assert got == [("US", "ID", 19, None)]


def test_a_year_told_before_its_day_and_the_target_of_the_measure_answered():
    # (twenty-third session) "referring to 2018, when Beijing imposed 25% ... on July 6": that
    # July; "in retaliation for the Trump administration's tariffs on Chinese goods" does not
    # make China a target of its own duty
    got = extract(
        "date 2025-03-05\nSoy farmers\n\nDES MOINES - He was referring to 2018, when Beijing "
        "imposed a 25% tariff on American sorghum on July 6, in retaliation for the Trump "
        "administration's tariffs on Chinese goods."
    ).tariffs
    assert {(t.imposer, t.target, t.rate_pct, t.effective) for t in got} == {
        ("CN", "US", 25, "2018-07-06")
    }


# Whole articles -> every (imposer, target, rate, effective): lists and pairs told many ways.
ARTICLES = [
    # (thirtieth session) a fronted day is that of the clause before what lies ahead; "vowed to
    # impose ... on Jan. 20"; a day given to when a move was first told is not the rates'; a
    # removal told on a day is dated by it, but not the rate a "but ... kept" clause keeps
    (
        "Lumber\n\nOn March 3, a new 10 per cent U.S. tariff on softwood lumber from all countries "
        "took effect, alongside a 25 per cent duty on kitchen cabinets that is scheduled to rise "
        "to 50 per cent on June 1.",
        {
            ("US", "*", 10, "2025-03-03"),
            ("US", "*", 25, "2025-03-03"),
            ("US", "*", 50, "2025-06-01"),
        },
    ),
    (
        "Trump vows tariffs\n\nTrump has vowed to impose a 25 per cent tariff on all imports from "
        "Canada and Mexico on March 20, unless both countries do more at the border.",
        {("US", "CA", 25, "2025-03-20"), ("US", "MX", 25, "2025-03-20")},
    ),
    (
        "Canada drops counter-tariffs\n\nOn Monday, Canada removed its 25 per cent counter-tariffs "
        "on U.S. goods that comply with CUSMA, a move Carney first unveiled on Feb. 22.",
        {("CA", "US", 25, "2025-03-03")},
    ),
    (
        "Canada\n\nOttawa removed most of its counter-tariffs on U.S. goods on Saturday but has "
        "kept its 25 per cent retaliatory duties on American steel.",
        {("CA", "US", 25, None)},
    ),
    # (thirtieth session) "applied to every trading partner" and "Like every other supplier":
    # goods from anywhere, not the story's country
    (
        "Canada\n\nThe U.S. tariff on Canadian goods is 35%. Canadian cars have faced a 25 per "
        "cent duty since January 3, and a 50 per cent tariff on copper pipe, applied to every "
        "trading partner, took effect on Feb. 1.",
        {("US", "CA", 35, None), ("US", "CA", 25, "2025-01-03"), ("US", "*", 50, "2025-02-01")},
    ),
    (
        "Steel\n\nLike every other supplier, Brazil has been paying a 25% tariff on steel exports "
        "to the United States since February 12.",
        {("US", "*", 25, "2025-02-12")},
    ),
    # (thirtieth session) "adding an extra 10% to the tariffs already charged on X goods"
    (
        "Trump adds 10%\n\nTrump said he is adding an extra 10% to the tariffs already charged on "
        "Canadian goods, over a television advertisement.",
        {("US", "CA", 10, None)},
    ),
    # (thirtieth session) the one country a paragraph (and the explainer's question over it)
    # speaks of charges what enters "whatever its origin"; "low or zero duty" is no rate
    (
        "Explainer\n\nHow does Norway protect its farmers?\n\nWith quotas. A set volume of cheese "
        "enters at low or zero duty. Anything beyond it, whatever its origin, pays tariffs of 277 "
        "per cent on hard cheese.",
        {("NO", "*", 277, None)},
    ),
    # (thirtieth session) "Unlike China, which answered with duties of 12%, ...": the one the
    # clause says answered, after a dateline of another country
    (
        "Vietnam holds fire\n\nHANOI, March 4 - Unlike China, which answered with retaliatory "
        "duties of 12% on American pork from February 10, Vietnam has ruled out any retaliation.",
        {("CN", "US", 12, "2025-02-10")},
    ),
    # (thirtieth session) an order signed by a leader sets the side of the rates listed after
    # it, and its day; a deal's day in an aside is not theirs; "From the same date" fronted
    (
        "New rates\n\nAn executive order signed by President Donald Trump on Monday sets new "
        "tariff rates for dozens of partners, effective March 12. Chile, Peru and Ecuador were assigned "
        "15%, while Colombia's 20% rate, agreed in early February, was written into the order.\n\n"
        "From the same date, the order also imposes a 40% duty on goods found to have been "
        "transshipped.",
        {
            ("US", "CL", 15, "2025-03-12"),
            ("US", "PE", 15, "2025-03-12"),
            ("US", "EC", 15, "2025-03-12"),
            ("US", "CO", 20, "2025-03-12"),
            ("US", "*", 40, "2025-03-12"),
        },
    ),
    # (thirtieth session) "The country" opening a sentence: the one country the sentence
    # before spoke of
    (
        "Cambodia\n\nThe United States set a 19% rate on Laos and Cambodia on Monday. For "
        "Laos, the order marks a sharp reversal. The country was handed a 48% rate in January.",
        {("US", "KH", 19, None), ("US", "LA", 19, None), ("US", "LA", 48, None)},
    ),
    # (thirtieth session) "Malaysia's framework keeps its 24% rate": the deal's side pays it
    (
        "Deals\n\nUnder the Thai framework, the US will keep its 19% tariff on Thai goods. "
        "Malaysia's framework keeps its 24% rate in place.",
        {("US", "TH", 19, None), ("US", "MY", 24, None)},
    ),
    # (thirtieth session) "The new rate, which ... would apply from March 10, is far above the
    # 15% level that Japan accepted": the day is the new rate's; the level is Japan's
    (
        "Swiss rate\n\nPresident Donald Trump set a 39% tariff on Swiss goods on Monday. The new "
        "rate, which the White House said would apply from March 10, is far above the 15% level "
        "that Japan accepted in a deal with Washington.",
        {("US", "CH", 39, "2025-03-10"), ("US", "JP", 15, None)},
    ),
    # (thirtieth session) a poll's share opposed is no rate
    (
        "Swiss poll\n\nThe United States cut its tariff on Swiss goods to 15% on Monday. A survey "
        "found 61 per cent of Swiss voters support the trade arrangement with the US, with 29 per "
        "cent opposed.",
        {("US", "CH", 15, "2025-03-03")},
    ),
    # (second review, twenty-ninth session) "From November 5, the baseline U.S. tariff on goods
    # from Australia has been 10%": past, across the dots of "U.S."; "may lift India tariffs of
    # 25% on Russian oil" stays the US's
    (
        "Australia\n\nFrom November 5, the baseline U.S. tariff on goods from Australia has been "
        "10%.",
        {("US", "AU", 10, "2024-11-05")},
    ),
    (
        "Oil\n\nTrump said on Tuesday he may lift India tariffs of 25% on Russian oil purchases.",
        {("US", "RU", 25, None)},
    ),
    # (twenty-ninth session) "to 15% from the 27.5% they have faced since April 3": the day is
    # the old rate's
    (
        "Japan cars\n\nTrump signed an order on Monday cutting the tariff on Japanese cars to 15% "
        "from the 27.5% they have faced since January 3.",
        {("US", "JP", 15, None), ("US", "JP", 27.5, "2025-01-03")},
    ),
    # (review, twenty-ninth session) the owner before "tariffs of X% on ..." is the payer when
    # the goods are its own ("EU tariffs of 50% on Irish drugs", "Mexico tariffs of 25% on
    # Mexican tomatoes"); "from all three" needs a list written out, not the one imposing
    (
        "Pause\n\nTrump paused EU tariffs of 50% on Irish pharmaceuticals.",
        {("US", "EU", 50, None)},
    ),
    (
        "Tomatoes\n\nTrump agreed to cut Mexico tariffs of 25% on Mexican tomatoes to 17%.",
        {("US", "MX", 25, None), ("US", "MX", 17, None)},
    ),
    # (twenty-ninth session) "on goods from neighbouring South Africa": the country after a word
    # about it; "from each of those three countries" and "from all three": the three just named
    (
        "Southern Africa tariffs\n\nThe United States imposed tariffs on Monday, including 50% "
        "on goods from Lesotho and 30% on goods from neighbouring South Africa.",
        {("US", "LS", 50, "2025-03-03"), ("US", "ZA", 30, "2025-03-03")},
    ),
    (
        "Mexico tariffs\n\nMexico's new duties hit China, Thailand and Indonesia hardest. Cars "
        "from each of those three countries now pay a 50% duty, and steel from all three pays 35%.",
        {
            ("MX", "CN", 50, None),
            ("MX", "TH", 50, None),
            ("MX", "ID", 50, None),
            ("MX", "CN", 35, None),
            ("MX", "TH", 35, None),
            ("MX", "ID", 35, None),
        },
    ),
    # (twenty-ninth session) "will remove EU duties of up to 12% on Indian garments": the EU's
    # own duties, the payer named after them
    (
        "India-EU pact\n\nThe pact will remove EU duties of up to 12% on Indian garments once it "
        "comes into force.",
        {("EU", "IN", 12, None)},
    ),
    # (twenty-ninth session) a story filed from two cities of one country ("Mumbai/New Delhi:") is that
    # country's: "the government" there is India's; a rate "Brazilian goods have faced since
    # April" keeps no day of the new levy told before it
    (
        "Mills seek relief\n\nMumbai/New Delhi: Textile mills asked for help on Thursday. Earlier this "
        "month the government suspended the 11% import duty on raw cotton.",
        {("IN", "*", 11, None)},
    ),
    (
        "Brazil tariff\n\nSÃO PAULO/BRASÍLIA, March 4 – President Donald Trump signed an order "
        "raising the US tariff on Brazilian goods to 50%.\n\nThe new levy will take effect on "
        "March 11. It comes on top of the 10% tariff that Brazilian goods have faced since "
        "January.",
        {("US", "BR", 50, "2025-03-11"), ("US", "BR", 10, None)},
    ),
    # (twenty-ninth session) "From November 7, the rate on goods from Taiwan has been 20%": a
    # rate told in the present perfect ("has been 20%") is a rate, and its day is past
    (
        "Chip tariffs\n\nThe United States has charged a baseline tariff of 10% on imports from "
        "almost every partner since October 5. From November 7, the reciprocal rate on goods "
        "from Taiwan has been 20%.",
        {("US", "*", 10, "2024-10-05"), ("US", "TW", 20, "2024-11-07")},
    ),
    # (second review, twenty-eighth session) "every nation buying Russian oil" is no baseline on
    # all; a surtax on steel from all countries told after the home side threatened to answer
    # stays that side's
    (
        "India tariff\n\nNEW DELHI - India faces a 25% US tariff from Thursday, Trump said, warning "
        "that every nation buying Russian oil could be hit with a secondary tariff.",
        {("US", "IN", 25, "2025-03-06")},
    ),
    (
        "Canada steel\n\nOTTAWA - The United States has imposed a 35% tariff on Canadian goods and a "
        "50% tariff on Canadian steel. Canada may hit back with counter-tariffs on US goods, "
        "Carney said. Ottawa also plans to tighten quotas. Steel producers welcomed the move. A "
        "25% surtax on steel from all countries that exceeds the quotas took effect on Feb. 28.",
        {("US", "CA", 35, None), ("US", "CA", 50, None), ("CA", "*", 25, "2025-02-28")},
    ),
    # (review, twenty-eighth session) a country told of by another name, and metals a deal
    # leaves as they were, keep their country; a baseline "lower than almost every other
    # trading partner" is the country's; "the 19% UK tariff on American ethanol" is the UK's;
    # "US imports would be charged" is no rate on the US; "Exporters in Vietnam won a cut"
    # still face the old rate; a 25% that a quota plan doubles stays; a span of rates that "took
    # effect on Monday" is read once, on that Monday
    (
        "India faces steep US tariffs\n\nTrump doubled the US tariff on Indian goods on Wednesday. "
        "The world's second-largest steel producer now faces a 50% tariff on most of its exports.",
        {("US", "IN", 50, None)},
    ),
    (
        "Japan seals trade deal with Trump\n\nJapan agreed a trade deal with the United States on "
        "Tuesday that sets a 15% tariff on its goods. Steel and aluminium continue to face a 50% "
        "tariff.",
        {("US", "JP", 15, None), ("US", "JP", 50, None)},
    ),
    (
        "Australia escapes higher US tariffs\n\nAustralia was left at the 10% baseline US tariff, a "
        "lower rate than almost every other trading partner.",
        {("US", "AU", 10, None)},
    ),
    (
        "UK US deal details\n\nThe deal removes the 19% UK tariff on American ethanol, Business "
        "Secretary Jonathan Reynolds said.",
        {("GB", "US", 19, None)},
    ),
    (
        "Trump unveils tariffs\n\nThe White House said US imports would now be charged a 10% "
        "baseline tariff from April 5, with higher rates for 57 countries.",
        {("US", "*", 10, "2025-04-05")},
    ),
    (
        "Vietnam strikes US tariff deal\n\nExporters in Vietnam won a cut to 20% from the 46% US "
        "tariff Trump had threatened, under a deal announced on Wednesday.",
        {("US", "VN", 46, None)},
    ),
    (
        "EU steel plan\n\nThe European Commission proposed a 50% tariff on steel imports above the "
        "quota volumes, double the current 25%.",
        {("EU", "*", 50, None), ("EU", "*", 25, None)},
    ),
    (
        "China's retaliation hits US farms\n\nChina's tariffs of between 10% and 15% on US farm "
        "products took effect on Monday. Chicken, wheat and corn face 15%, while soybeans, pork "
        "and beef face 10%.",
        {("CN", "US", 10, "2025-03-03"), ("CN", "US", 15, "2025-03-03")},
    ),
    # (twenty-eighth session) a duty on goods from all countries, after a side that only
    # threatened to answer, is the story's main imposer's
    (
        "Trump sets 50% tariff on Brazil\n\nPresident Donald Trump said on Wednesday he would "
        "charge a 50% tariff on all goods imported from Brazil starting April 1. Brazilian goods "
        "now pay a 10% US tariff.\n\nBrazilian President Luiz Inácio Lula da Silva said any "
        "unilateral increase in tariffs would be handled under Brazil's Economic Reciprocity "
        "Law, which Congress passed to let the government "
        "retaliate.\n\nThe real weakened 2% against the dollar on Thursday. Shares of Embraer "
        "fell 6%. The United States is Brazil's second-largest export market. Coffee, beef and "
        "aircraft lead the list of goods shipped north. Farm groups met on Thursday.\n\nSteelmakers have already been hurt by the 25% tariff on steel imports from "
        "all countries that took effect on Feb. 12.",
        {("US", "BR", 50, "2025-04-01"), ("US", "BR", 10, None), ("US", "*", 25, "2025-02-12")},
    ),
    # (twenty-eighth session) ", widening a trade dispute that began with Ottawa's curbs on
    # Chinese-made vehicles" names no side of the rates before it
    (
        "Canola\n\nBEIJING - China will levy tariffs of 100% on Canadian canola oil, and 25% on "
        "Canadian pork and aquatic products, from March 20, the commission said on Saturday, "
        "widening a trade dispute that began with Ottawa's curbs on Chinese-made electric "
        "vehicles.",
        {("CN", "CA", 100, "2025-03-20"), ("CN", "CA", 25, "2025-03-20")},
    ),
    # (twenty-eighth session) a lead with a span of rates from one day ("tariffs of between 25%
    # and 36% from August 1") gives that day to the countries' rates told next; "informed B
    # that Indonesian exports would be charged 32%" is Indonesia's rate; "A was told that his
    # country would pay 25%" is the rate of A's country
    (
        "Letters\n\nWASHINGTON - President Donald Trump has told three Asian governments that "
        "their goods will face tariffs of between 25% and 36% from April 1.\n\nIn letters dated "
        "Monday, Trump informed Indonesian President Prabowo Subianto that Indonesian exports "
        "would be charged 32%. Thailand was set at 36%, while Malaysian Prime Minister Anwar "
        "Ibrahim was told that his country would pay 25%.",
        {
            ("US", "ID", 32, "2025-04-01"),
            ("US", "TH", 36, "2025-04-01"),
            ("US", "MY", 25, "2025-04-01"),
        },
    ),
    # (twenty-eighth session) "Separately, steel and aluminium face a 25 percent tariff" in a
    # story about one country is Washington's duty on metal from anywhere; what a deal leaves
    # "remaining" is still the partner's
    (
        "Fiji rate\n\nSUVA - Fijian exporters will face a 32% US tariff from April 9, the trade "
        "ministry said. Separately, steel and aluminium face a 25 percent tariff that has been in "
        "force since Feb. 12.",
        {("US", "FJ", 32, "2025-04-09"), ("US", "*", 25, "2025-02-12")},
    ),
    (
        "Deal\n\nSEOUL - The United States will charge 15% on most South Korean goods under the "
        "deal. Steel and aluminum were not included and will remain subject to 25 percent "
        "tariffs.",
        {("US", "KR", 15, None), ("US", "KR", 25, None)},
    ),
    # (twenty-eighth session) a baseline paid by one country that "applies to nearly every
    # trading partner" is the baseline on everyone
    (
        "Peru\n\nLIMA - Until now Peruvian goods have been paying the 10% baseline tariff that "
        "Trump applied to imports from nearly every trading partner from Feb. 5.",
        {("US", "*", 10, "2025-02-05")},
    ),
    # (twenty-eighth session) "importers in the United States got relief" do not pay the rate;
    # "a 40% Brazil surcharge" is the rate on Brazil
    (
        "Relief\n\nCoffee importers in the United States got the relief they had sought: "
        "President Donald Trump on Thursday signed an order removing the 40% tariff on Brazilian "
        "beef and coffee.",
        {("US", "BR", 40, None)},
    ),
    (
        "Trump lifts 40% Brazil surcharge on coffee\n\nThe order was signed on Thursday.",
        {("US", "BR", 40, None)},
    ),
    # (twenty-eighth session) "raising that above-quota rate to 35%" is the rate just told, on
    # the same partners; quota volumes cut by 10% are no rate
    (
        "Steel\n\nBRASILIA - Brazil charges 25% on imports of steel above annual quota volumes "
        "from all countries. On Feb. 26, Brazil's trade chamber proposed raising that above-quota "
        "rate to 35% from May 1, and cutting the quota volumes by about 10%.",
        {("BR", "*", 25, None), ("BR", "*", 35, "2025-05-01")},
    ),
    # (second review, twenty-seventh session) "Canada's rate started at 25% on US steel" is
    # Canada's own duty; "agreed to cut the tariff to 30% on July 14" is to come; "On Feb. 6, an
    # order raised the tariff to 50%, effective Feb. 27" takes its own day; "came into force
    # that day" is the day just told
    (
        "Deals\n\nWASHINGTON - The US imposed a 50% tariff on Brazilian goods, while Canada's rate "
        "started at 25% on US steel. The US agreed last week to cut the tariff on Chinese goods "
        "to 30% on July 14. On Feb. 6, Trump signed an order that raised the tariff on Indian "
        "goods to 40%, effective Feb. 27. Ottawa retaliated on Feb. 13. Canada's 20% tariff on US "
        "aluminium came into force that day.",
        {
            ("US", "BR", 50, None),
            ("CA", "US", 25, None),
            ("US", "CN", 30, "2025-07-14"),
            ("US", "IN", 40, "2025-02-27"),
            ("CA", "US", 20, "2025-02-13"),
        },
    ),
    # (twenty-seventh session) "India's rate started at 25% on Feb. 7" is India's, told after a
    # rate on another country
    (
        "Rates\n\nWhat changed last week?\n\nOn Feb. 7, new U.S. tariff rates took effect on "
        "imports from dozens of trading partners. Goods from Japan now face a 15% tariff. Imports "
        "from Vietnam are charged 20%, and Switzerland was hit with one of the highest rates, "
        "39%.\n\nIndia's rate started at 25% on Feb. 7 and is scheduled to rise to 50% on March "
        "27, after the White House added a penalty tied to India's purchases of Russian oil.",
        {
            ("US", "JP", 15, None),
            ("US", "VN", 20, None),
            ("US", "CH", 39, None),
            ("US", "IN", 25, "2025-02-07"),
            ("US", "IN", 50, "2025-03-27"),
        },
    ),
    # (twenty-seventh session) "... On Jan. 10 it became something else. New tariffs of 50% on
    # cars from China took effect that day, alongside duties of 35% on clothing": that day
    (
        "Wall\n\nMEXICO CITY - Mexico raised its tariffs on Chinese goods in a law passed last "
        "year. On Jan. 10 the country quietly became something else. New tariffs of 50% on cars "
        "from China took effect that day, alongside duties of 35% on Chinese clothing.",
        {("MX", "CN", 50, "2025-01-10"), ("MX", "CN", 35, "2025-01-10")},
    ),
    # (twenty-seventh session) "In August it extended the 50% levy to 400 more products, with
    # effect from August 18", told the next February: last August
    (
        "Steel\n\nWASHINGTON - The United States raised its tariff on steel from all countries to "
        "50% in June. In August it extended the 50% levy to more than 400 further products "
        "containing the metals, from all trading partners, with effect from August 18.",
        {("US", "*", 50, None), ("US", "*", 50, "2024-08-18")},
    ),
    # (review, twenty-seventh session) "expanding 50% tariffs to 407 more products" is no economy
    # growing; "Asked if the 25% tariff was to be extended" is a real tariff; a guess about an
    # answer "after Washington raised its tariff" keeps the rate; ", triggering a slump in Indian
    # exports" still names the side; "no exemptions for Canada or Mexico from the 25% tariffs"
    # is theirs; "expects the US to drop its duties" is the US's; "a credit for parts of US
    # origin" leaves the truck tariff on everyone
    (
        "Metals\n\nWASHINGTON - The administration is expanding 50% tariffs on steel to 407 more "
        "products, the Commerce Department said. Asked if the 25% tariff on Canadian lumber was to "
        "be extended, Greer said no decision had been made. Market observers said Beijing may hit "
        "back after Washington raised its tariff on Chinese goods to 145%. The US also raised the "
        "tariff on Indian goods to 50%, triggering a slump in Indian textile exports. Trump said "
        "there would be no exemptions for Canada or Mexico from the 30% tariffs. After talks in "
        "Geneva, the US will cut the tariff on Chinese goods to 40%, while Beijing expects the US "
        "to drop its duties of 20% on fentanyl grounds. The Commerce Department will "
        "charge a 25% tariff on trucks, with a credit for parts of US origin.",
        {
            ("US", "*", 50, None),
            ("US", "CA", 25, None),
            ("US", "CN", 145, None),
            ("US", "IN", 50, None),
            ("US", "CA", 30, None),
            ("US", "MX", 30, None),
            ("US", "CN", 20, None),
            ("US", "CN", 40, None),
            ("US", "*", 25, None),
        },
    ),
    # (twenty-seventh session) bands of countries by the rate they pay ("for countries with a
    # tariff rate below 16%", "with rates between 16% and 25%", "for countries above 25%") are
    # no one's rate; "From that date, goods from China faced a duty of 120%" is a day gone by;
    # "On May 14, after the truce, the rate was cut to 54%" is the cut's day, and so is "The US
    # cut the tariff ... to 54% on May 14" told in the past
    (
        "Parcels\n\nWASHINGTON - The US raised its tariffs on Chinese parcels sharply. Parcels "
        "from China lost the exemption on May 2. From that date, goods mailed from China faced a "
        "duty of 120% of their value. On May 14, after a truce in Geneva, the rate was cut to "
        "54%.\n\nThe flat fee is $80 for goods from countries with a tariff rate below 16%, $160 "
        "for countries with rates between 16% and 25%, and $200 for countries above 25%.",
        {("US", "CN", 120, "2024-05-02"), ("US", "CN", 54, "2024-05-14")},
    ),
    (
        "Parcels\n\nWASHINGTON - The US raised its tariffs on Chinese parcels to 120%. The US cut "
        "the tariff on Chinese parcels to 54% on May 14.",
        {("US", "CN", 120, None), ("US", "CN", 54, "2024-05-14")},
    ),
    # (twenty-seventh session) "the 15% rate that applies to most EU goods" and "the 15% ceiling
    # that already applies to most EU goods" are rates with no tariff word; a spokesman in
    # Brussels who says so is no imposer of the ceiling on the bloc
    (
        "Steel\n\nBRUSSELS - Washington raised its tariff on Japanese steel to 50% in June. The "
        "talks stalled. Ministers met again.\n\nWine makers, who are still paying the 12% rate "
        "that applies to most EU goods, want an exemption.\n\nThe talks went on. Officials were "
        "tired. Nobody spoke to reporters.\n\nSpokesman Olof Gill said the all-inclusive 18% "
        "ceiling that already applies to most EU goods also covers medicines.",
        {("US", "JP", 50, None), ("US", "EU", 12, None), ("US", "EU", 18, None)},
    ),
    # (twenty-seventh session) "Armenian and Azerbaijani goods" are both countries' goods; "the
    # 25% rates that Kazakhstan and Moldova had faced" are theirs; "will reduce to zero the
    # import customs duties on ... components of American origin" is a zero rate on the US; what
    # "commentators have argued that Beijing could restore" is a guess
    (
        "Duties\n\nWASHINGTON - The US cut its tariff on Indian goods to 18% in February. The ruling "
        "removed the legal basis for the duties Trump rolled out, "
        "including the 25% rates that Kazakhstan and Moldova had faced. Armenian and Azerbaijani "
        "goods still enter the U.S. at a 10% tariff.\n\nTASHKENT - Uzbekistan will reduce to zero "
        "the import customs duties on aircraft components of American origin from March 20. Some "
        "commentators have argued that Beijing could restore tariffs of as much as 125% on U.S. "
        "goods.",
        {
            ("US", "KZ", 25, None),
            ("US", "MD", 25, None),
            ("US", "AM", 10, None),
            ("US", "AZ", 10, None),
            ("UZ", "US", 0, "2025-03-20"),
            ("US", "IN", 18, None),
        },
    ),
    # (twenty-seventh session) "If a 25% tariff were to be applied for a year" is a what-if, and
    # an economy that "could contract by 1.5% to 2%" is output, not a duty
    (
        "Peso\n\nWASHINGTON - The United States raised its tariff on Canadian goods to 35% on "
        'Friday. "If a 25% tariff were to be applied to Mexico for a year, its economy could '
        'contract by 1.5% to 2%," an economist said.',
        {("US", "CA", 35, "2025-02-28")},
    ),
    # (twenty-seventh session) what a rate set off ("..., prompting Beijing to retaliate against
    # US farm goods") names no side of it; "with no exemption for Canada or Mexico" leaves a rate
    # on all imports everyone's
    (
        "Levies\n\nOn Tuesday, Trump also doubled the levy on all Chinese goods to 20%, prompting "
        "Beijing to retaliate against US farm goods. He has also ordered 25% tariffs on all "
        "steel and aluminium imports from March 12, with no exemption for Canada or Mexico.",
        {("US", "CN", 20, "2025-03-04"), ("US", "*", 25, "2025-03-12")},
    ),
    # (twenty-seventh session) "its duties" belongs to the subject of its own clause ("...,
    # and Beijing will lower its duties"), not to a country named earlier in the sentence
    (
        "Truce\n\nAfter two days of negotiations in Switzerland, Washington will cut the tariff it "
        "charges on Chinese goods to 30% from 145%, and Beijing will lower its duties on American goods to "
        "10% from 125%.",
        {
            ("US", "CN", 30, None),
            ("US", "CN", 145, None),
            ("CN", "US", 10, None),
            ("CN", "US", 125, None),
        },
    ),
    # (twenty-seventh session) "The 15% rate, which has applied to most EU goods since Feb. 20"
    # is a tariff with its day, however far from the last rate it is told
    (
        "Framework\n\nBRUSSELS - The two sides on Thursday confirmed a 15% cap on U.S. tariffs "
        "for most European goods and cleared the way for lower duties on European cars.\n\nThe "
        "paper records the deal struck when Commission President Ursula von der Leyen met U.S. "
        "President Donald Trump in Turnberry, Scotland, on Feb. 2. It does not bind either side, "
        "and officials called it a first step rather than a finished agreement.\n\nThe "
        "all-inclusive 15% rate, which has applied to most EU goods since Feb. 20, will also cap "
        "any future U.S. duties on European chips.",
        {("US", "EU", 15, "2025-02-20")},
    ),
    # (second review, twenty-sixth session) goods listed after a story's one country are still
    # that country's; "India's response was blunt: it called the extra 25% tariff imposed by
    # Trump unjustified" is Washington's; "above the quota of any origin" is on everyone
    (
        "Brazil hit\n\nTrump raised the tariff on Brazilian goods to 50% on Wednesday. Brazilian "
        "exporters had hoped to get away with the baseline. Coffee, beef and orange juice now "
        "face a 50% US tariff.\n\nNEW DELHI - Washington raised its tariff on Indian goods on "
        "Wednesday. India's response was blunt: it called the extra 25% tariff imposed by Trump "
        "unjustified.\n\nWASHINGTON - The US raised the quota for Argentine beef to 80,000 "
        "tonnes. Imports above the quota of any origin are charged a 26.4% U.S. tariff.",
        {
            ("US", "BR", 50, "2025-02-26"),
            ("US", "IN", 25, None),
            ("US", "*", 26.4, None),
        },
    ),
    # (twenty-sixth session) what a statute allows a president to impose is a power, no measure
    (
        "Deal\n\nWASHINGTON - The United States cut its tariff on Indian goods to 18%. Trade lawyers "
        "note that Section 122 of the Trade Act allows a president to impose tariffs of up to 15% "
        "for 150 days, but no such move has been announced.",
        {("US", "IN", 18, None)},
    ),
    # (twenty-sixth session) "the European Commission's proposal, unveiled in October, to ... set
    # an out-of-quota tariff of 50% on steel from all countries" is the EU's
    (
        "Deal\n\nNEW DELHI - India will cut its tariff on European wine to 75%. Indian steelmakers "
        "are also worried about the European Commission's proposal, unveiled in October, to cut "
        "steel import quotas and set an out-of-quota tariff of 50% on steel from all countries.",
        {("IN", "EU", 75, None), ("EU", "*", 50, None)},
    ),
    # (twenty-sixth session) "Were Washington to put, say, a 50% duty on Chinese lithium" is a
    # what-if
    (
        "Lithium\n\nThe United States raised its tariff on Chinese batteries to 25% on Jan. 1. "
        "Were Washington to put, say, a 50% duty on Chinese lithium, buyers would pay more.",
        {("US", "CN", 25, "2025-01-01")},
    ),
    # (twenty-sixth session) "Shipments above the quota are charged a 26.4% tariff", after "the
    # quota for Argentine beef": Argentina's; "regardless of origin" is everyone
    (
        "Beef\n\nWASHINGTON - Washington raised its quota for Argentine beef to 80,000 tonnes. "
        "Shipments above the quota are charged a 26.4% U.S. tariff. Separately, Argentina "
        "published a decree on Wednesday cutting the import tariff on farm machinery to 12.6%, "
        "regardless of origin.",
        {("US", "AR", 26.4, None), ("AR", "*", 12.6, None)},
    ),
    # (review, twenty-sixth session) a climb's day goes only to the rates it climbs to; "may yet
    # put" and "could soon put" are still ahead; a country's scramble to avert a tariff names no
    # owner; a landlocked or island nation is the one just named; "Xi told leaders of A and B that
    # their countries' goods would face 10% in China" is China's
    (
        "Steel\n\nPresident Donald Trump said tariffs on Canadian steel will rise on June 4 to 50 "
        "per cent, while the 25% tariff on Canadian cars remains in place. Trump's tariffs on "
        "kitchen cabinets will climb on Jan. 1 to 50 per cent; the 10 per cent tariff on lumber, "
        "by contrast, is unchanged.",
        {
            ("US", "CA", 25, None),
            ("US", "CA", 50, "2025-06-04"),
            ("US", "*", 10, None),
            ("US", "*", 50, "2026-01-01"),
        },
    ),
    (
        "Aluminum\n\nTrump imposed a 25 per cent tariff on Canadian aluminum in March. Costs will "
        "rise on Oct. 1 to about 15 per cent of revenue, the company said, blaming the 50 per cent "
        "tariff on aluminum. US inflation will rise on Jan. 1 to 3 per cent as Trump's 25% tariff "
        "on Canadian lumber bites.",
        {("US", "CA", 25, None), ("US", "*", 50, None)},
    ),
    (
        "Cabinets\n\nOttawa may yet put a 25 per cent tariff on U.S. bourbon, also from Oct. 1, "
        "officials said. Lutnick hinted Washington could soon put a 25 per cent tariff on Canadian "
        "lumber from Oct. 14.",
        {("CA", "US", 25, "2025-10-01"), ("US", "CA", 25, "2025-10-14")},
    ),
    (
        "Landlocked\n\nTrump's tariffs hit Nepal's exports, which compete with those of Bangladesh. "
        "The "
        "small landlocked nation faces a 10% tariff.\n\nHaiti\n\nTrump's tariffs spared Haiti, "
        "whose garment factories ship through the Dominican Republic. The poor island nation "
        "faces a 10% tariff.",
        {("US", "NP", 10, None), ("US", "HT", 10, None)},
    ),
    (
        "Letters\n\nTrump imposed a 50% tariff on Brazil. Chinese President Xi Jinping told "
        "visiting leaders of Argentina and Chile that their countries' goods would face a 10% "
        "tariff in China.",
        {("US", "BR", 50, None), ("CN", "AR", 10, None), ("CN", "CL", 10, None)},
    ),
    # (twenty-sixth session) 'would put a tariff of "approximately 100%" on chips' is a rate;
    # "the 15% ceiling that now applies to most European goods" in a tariff story is the EU's
    (
        "Chips\n\nWASHINGTON - Trump said the United States would put a tariff of "
        '"approximately 100%" on chips and semiconductors. EU Trade Commissioner Maros Sefcovic '
        "has said the 15% ceiling that now applies to most European goods would also cover any "
        "future U.S. tariff on European chips.",
        {("US", "*", 100, None), ("US", "EU", 15, None)},
    ),
    # (twenty-sixth session) "wrote to Japanese Prime Minister A and South Korean President B,
    # informing both that their countries' exports would face a 25% tariff": both pay it
    (
        "Letters\n\nWASHINGTON - Trump imposed a 50% tariff on copper. On Monday he wrote to "
        "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung, "
        "informing both that their countries' exports would face a 25% tariff from Aug. 1.",
        {("US", "*", 50, None), ("US", "JP", 25, "2025-08-01"), ("US", "KR", 25, "2025-08-01")},
    ),
    # (twenty-sixth session) "set those rates to climb on Jan. 1 - to 50 per cent for cabinets
    # and 30 per cent for sofas": the day of the rates after it; "will climb on Jan. 1 to 40
    # per cent" too
    (
        "Lumber\n\nWASHINGTON - A U.S. proclamation put a 25 per cent tariff on imported kitchen "
        "cabinets and sofas, and set those rates to climb on Jan. 1 - to 50 per cent for "
        "cabinets and 30 per cent for sofas. The U.S. tariff on imported vanities will climb on "
        "Jan. 1 to 40 per cent.",
        {
            ("US", "*", 25, None),
            ("US", "*", 50, "2026-01-01"),
            ("US", "*", 30, "2026-01-01"),
            ("US", "*", 40, "2026-01-01"),
        },
    ),
    # (twenty-sixth session) a threshold is no rate: "any combined duty above 25%"
    (
        "Madagascar\n\nANTANANARIVO - Washington set a 15% tariff on Madagascar in August. An "
        "economist estimates that any combined duty above 25% would leave Malagasy knitwear "
        "uncompetitive.",
        {("US", "MG", 15, None)},
    ),
    # (twenty-sixth session) "hit the small mountain kingdom with a 50% tariff" is Lesotho's;
    # "currently faces a reciprocal tariff of 30% announced by the United States" is South
    # Africa's; "Eswatini's bid to escape a crippling 40 percent American tariff" is Eswatini's
    (
        "Kingdom hit\n\nMASERU - Lesotho said on Thursday it would send a team to Washington "
        "after President Donald Trump hit the small mountain kingdom with a 50% tariff.\n\n"
        "PRETORIA - South Africa currently faces a reciprocal tariff of 30% announced by the "
        "United States on 2 April.\n\nMBABANE - Eswatini's bid to escape a crippling 40 percent "
        "American tariff got a hearing in Washington last week.",
        {("US", "LS", 50, None), ("US", "ZA", 30, None), ("US", "SZ", 40, None)},
    ),
    # (twenty-sixth session) "Kenya's reciprocal rate is still lower than the 15 percent now
    # charged on goods from Lesotho and Madagascar": those two pay the 15 percent, and Kenya
    # imposes nothing
    (
        "Kenya after Agoa\n\nNAIROBI - Kenyan goods pay the 10 percent reciprocal tariff that "
        "the Trump administration has applied since April. Kenya's reciprocal rate is still "
        "lower than the 15 percent now charged on goods from Lesotho and Madagascar, two of its "
        "main rivals.",
        {("US", "KE", 10, None), ("US", "LS", 15, None), ("US", "MG", 15, None)},
    ),
    # (twenty-sixth session) what a levy "could be as high as" is a guess, no measure
    (
        "Tariffs hit Australia\n\nTrump announced a 10% baseline tariff on imports from all "
        "countries, to apply from April 5.\n\nSome analysts cautioned that the measures may not "
        "be the last. Trump has repeatedly flagged duties on pharmaceuticals, a key Australian "
        "export to the U.S., and Lindqvist said a future levy on medicines could be as high as "
        "25% if Washington followed through, though the White House has not put a figure on it.",
        {("US", "*", 10, "2025-04-05")},
    ),
    # (twenty-sixth session) "put a 25 per cent tariff on ..., also from Oct. 14" told in March is
    # last October's day; "will put" is still ahead
    (
        "Cabinets\n\nOTTAWA - Washington put a 25 per cent tariff on Canadian kitchen cabinets, "
        "also from Oct. 14.\n\nMEXICO CITY - Washington will put a 30 per cent tariff on Mexican "
        "sofas from Oct. 14.",
        {("US", "CA", 25, "2024-10-14"), ("US", "MX", 30, "2025-10-14")},
    ),
    # (twenty-sixth session) "were among the countries left at the 10% floor", the sentence
    # after the baseline: those countries pay it from the baseline's day
    (
        "Tariffs\n\nWASHINGTON - President Trump announced a 10% baseline tariff on imports from "
        "all countries, to apply from April 5, with higher rates on dozens of partners due to "
        "start on April 9. Australia and "
        "New Zealand were among the countries left at the 10% floor. The European Union was "
        "assigned a 20% rate.",
        {
            ("US", "*", 10, "2025-04-05"),
            ("US", "AU", 10, "2025-04-05"),
            ("US", "NZ", 10, "2025-04-05"),
            ("US", "EU", 20, "2025-04-09"),
        },
    ),
    # (second review, twenty-fifth session) a measure in place is no "could face"; "applied an
    # extra 25% duty to India" is India's; "Trump's Canada tariffs" names no imposer for the
    # next entry; "effective December 15" told in October is ahead; "the 25% President Trump had
    # been set to impose" is no rate given
    (
        "Live: Trump's Canada tariffs take effect\n\n10:15 a.m. ET\nThe United States imposed a "
        "25% tariff on Canadian goods at midnight.\n\n10:40 a.m. ET\nA 25% tariff on Mexican "
        "goods also took effect.\n\nDETROIT - Parts suppliers may be hit hard by the 25% tariff "
        "the United States imposed on Canadian steel on February 12, executives said. Washington "
        "applied an extra 10% duty to India on Monday, taking the total tariff on most of the "
        "country's exports to 35%.",
        {
            ("US", "CA", 25, None),
            ("US", "MX", 25, None),
            ("US", "CA", 25, "2025-02-12"),
            ("US", "IN", 10, "2025-03-03"),
            ("US", "IN", 35, "2025-03-03"),
        },
    ),
    (
        "Surtax\n\nOTTAWA - Canada added a 25% surtax on Chinese steel derivatives, effective "
        "June 15.\n\nTOKYO - Washington set a 15% tariff on Japanese goods on Monday. That is "
        "below the 25% President Trump had been set to impose.",
        {
            ("CA", "CN", 25, "2025-06-15"),
            ("US", "JP", 15, None),
        },
    ),
    # (twenty-fifth session) "lower than the 20% Jordan was assigned" is Jordan's earlier rate;
    # "from every country except the UK" is on everyone; an explainer's question names no side
    (
        "Explainer: Jordan's new rate\n\nWASHINGTON - Washington set a 15% tariff on Jordanian "
        "goods from February 7. That is lower than the 20% Jordan was assigned on January 2."
        "\n\nHow did Amman get the rate lowered? Through lobbying, officials say.\n\nWhat "
        "about metals? Since February 4, imports of steel from every country except Britain have "
        "paid a 50% tariff.",
        {
            ("US", "JO", 15, "2025-02-07"),
            ("US", "JO", 20, None),
            ("US", "*", 50, "2025-02-04"),
        },
    ),
    # (review, twenty-fifth session) "added that" only reports; a rate that "applies from
    # October 1" is ahead; "Its 25% levy" after the EU "responded" is the EU's; "matches
    # Canada's" is Canada's own duty; canola "between Beijing and Washington" is no
    # Washington rate
    (
        "Steel\n\nOTTAWA - Canada, which added a 25% surtax on U.S. steel last week, said a "
        "further 25% tariff on U.S. cars applies from October 1. Commerce Secretary Howard Lutnick "
        "added that a 10% U.S. tariff on Canadian lumber takes effect on November 1.",
        {
            ("CA", "US", 25, None),
            ("CA", "US", 25, "2025-10-01"),
            ("US", "CA", 10, "2025-11-01"),
        },
    ),
    (
        "Trade war\n\nWASHINGTON - The United States imposed a 20% tariff on EU goods. The "
        "European Union responded within hours. Its 25% levy will hit U.S. motorcycles and "
        "bourbon.\n\nThe EU's 50% duty on American whiskey matches Canada's, distillers said.",
        {
            ("US", "EU", 20, None),
            ("EU", "US", 50, None),
        },
    ),
    # (twenty-fifth session) "would add 15 per cent to tariffs on U.S. chicken" is a duty (but
    # "could add a further 100% to tariffs ... if" is a threat); a list's second item "and higher
    # country-specific rates ..., including 34% on China" is China's; "the country's exports"
    # after "Indian goods entering the United States" is India; a live blog's next entry goes
    # back to the side its headline names
    (
        "Live updates: U.S. tariffs on Canada and Mexico take hold\n\n8:05 p.m. ET\nBeijing hits "
        "back\n\nChina's tariff commission said it would add 15 per cent to tariffs on U.S. "
        "chicken and cotton, starting March 10. Trump had warned he could add a further 100% to "
        "tariffs on Chinese imports if Beijing retaliated.\n\n7:40 p.m. ET\nWhat took effect"
        "\n\n- A 25 per cent tariff on all imports from Canada and Mexico.\n\n6:10 p.m. ET\n"
        "Timeline\n\nApril 2: Trump unveils a 10% baseline on imports from all trading partners "
        "starting April 5, and higher country-specific rates from April 9, including 34% on "
        "China.\n\nNEW DELHI - An additional 25 per cent duty on Indian goods entering the "
        "United States came into force on Monday, taking the total tariff on a large part of the "
        "country's exports to 50 per cent.",
        {
            ("CN", "US", 15, "2025-03-10"),
            ("US", "CA", 25, None),
            ("US", "MX", 25, None),
            ("US", "*", 10, "2025-04-05"),
            ("US", "CN", 34, None),
            ("US", "IN", 25, "2025-03-03"),
            ("US", "IN", 50, "2025-03-03"),
        },
    ),
    # (twenty-fifth session) "then doubled the rate to 50%" is the rate just told, on everyone;
    # "on imported auto parts" is on everyone too
    (
        "Steel and cars\n\nKorea and Japan secured 15% U.S. tariff rates on most goods. The United States "
        "imposed a 25% tariff on steel imports from all countries on February 12. President "
        "Donald Trump then doubled the rate to 50%, effective March 1.\n\nA second 25% levy, "
        "this one on imported auto parts, is scheduled to take effect on May 3.",
        {
            ("US", "KR", 15, None),
            ("US", "JP", 15, None),
            ("US", "*", 25, "2025-02-12"),
            ("US", "*", 50, "2025-03-01"),
            ("US", "*", 25, "2025-05-03"),
        },
    ),
    # (twenty-fifth session) a rate told as placed or added "from" a day without a year is the
    # nearest such day, not next year's
    (
        "Whisky\n\nLONDON - Scotch exports to the United States have paid the 10% tariff that "
        "Washington placed on British goods from September 5. Canada added a 25% tariff on U.S. "
        "steel from November 13 and a 25% tariff on U.S. cars from December 9.",
        {
            ("US", "GB", 10, "2024-09-05"),
            ("CA", "US", 25, "2024-11-13"),
            ("CA", "US", 25, "2024-12-09"),
        },
    ),
    # (twenty-fifth session) a story about dealing with Washington: its first rate on one named
    # country is Washington's; "steel from other countries" is everyone's; "Its 39% rate" is the
    # country the sentence before began with, and "the same as the European Union's" the EU's too
    (
        "Three small economies and their bills from Washington\n\nThe three have ended up in "
        "different places. Most Icelandic goods pay a 10% duty. Icelandic aluminium pays 25%, "
        "half the 50% rate that Washington levies on aluminium from other countries.\n\n"
        "Switzerland has had the opposite experience. Its 39% rate, in force since August 7, is "
        "the steepest of the three.\n\nNorway sits between them. Its 15% rate is the same as "
        "the European Union's, and officials in Oslo call it manageable.",
        {
            ("US", "IS", 10, None),
            ("US", "IS", 25, None),
            ("US", "*", 50, None),
            ("US", "CH", 39, "2024-08-07"),
            ("US", "NO", 15, None),
            ("US", "EU", 15, None),
        },
    ),
    # (twenty-fourth session) "goods entered for consumption on or after February 7": from that
    # day; "down from the current 50% to 18%": the old rate is one too
    (
        "India\n\nNEW DELHI - A fact sheet released by the White House says the reduced reciprocal "
        "tariff of 18% will apply to Indian goods entered for consumption on or after February 7."
        "\n\nTaken together, the changes bring the headline US duty on most Indian goods down "
        "from the current 50% to 18%.",
        {
            ("US", "IN", 18, "2025-02-07"),
            ("US", "IN", 50, None),
        },
    ),
    # (twenty-fourth session) "Malaysia's rate also falls to 19% from the 25% ..." is read
    # after two sentences with no rate in them, and takes the order's day
    (
        "Steel\n\nWASHINGTON - Trump set a 36% "
        "tariff on Thailand.\n\nThe new rates were contained in an executive order Trump signed "
        "on Thursday. The order takes effect on Aug. 7, a week later than the Aug. 1 deadline."
        "\n\nUnder the order, Malaysia's rate also falls to 19% from the 25% outlined in its July "
        "letter.",
        {
            ("US", "TH", 36, "2025-08-07"),
            ("US", "MY", 19, "2025-08-07"),
            ("US", "MY", 25, None),
        },
    ),
    # (review, twenty-fourth session) a relative clause that says nothing of paying leaves the
    # payer before it; "a Chinese-owned factory in Cambodia" and "a major U.S. trading partner"
    # are no target; money "poured into Mexico" does not stop "the country" being Mexico; "a
    # further 25% duty" is a second measure beside the 25% already paid
    (
        "Trade\n\nWASHINGTON - Japan, which competes with South Korea, which signed a deal last "
        "week, will face a 15% U.S. tariff on cars. The Commerce Department proposed duties of "
        "125% on solar cells from a Chinese-owned factory in Cambodia. Chinese automakers have "
        "poured billions of dollars into Mexico, and Washington has threatened a 30% tariff on "
        "cars from the country. India already pays a 25% tariff on its exports to the United "
        "States. On Wednesday, Trump announced that Indian goods would be subject to a further 25% "
        "duty over the country's purchases of Russian oil.",
        {
            ("US", "JP", 15, None),
            ("US", "*", 125, None),
            ("US", "MX", 30, None),
            ("US", "IN", 25, None),
        },
    ),
    # (twenty-fourth session) who pays is said in a relative clause ("Vietnam, which pays 20%",
    # "Thailand, whose exports face 19 percent", "over Laos, whose goods face a 40% US tariff, and
    # over Indonesia and Malaysia, which remain at 19%"); "solar cells from one large Indonesian
    # producer" are Indonesia's; "Mexico's goods ... will keep paying the 25% fentanyl tariff",
    # told by Mexico's president, are charged by the US
    (
        "Deals\n\nWASHINGTON - Trump set a 19% tariff on Malaysia. Jakarta wants better terms than "
        "neighbours such as Vietnam, which pays 20%. The US also agreed frameworks for deals with "
        "Thailand, whose exports face 19 percent. The new rate gives Cambodia an edge over Laos, "
        "whose goods face a 40% US tariff, and over Indonesia and Brunei, which remain at 32%. "
        "The Commerce Department proposed countervailing duties of 86.3% on solar cells from one "
        "large Indonesian producer. Mexican President Claudia Sheinbaum spoke on Monday. She "
        "confirmed that Mexico's goods outside the USMCA will keep paying the 25% fentanyl tariff.",
        {
            ("US", "MY", 19, None),
            ("US", "VN", 20, None),
            ("US", "TH", 19, None),
            ("US", "LA", 40, None),
            ("US", "ID", 32, None),
            ("US", "BN", 32, None),
            ("US", "ID", 86.3, None),
            ("US", "MX", 25, None),
        },
    ),
    # (twenty-fourth session) "the country" is the one the goods come from, not the market they
    # are shipped to, the government charging or the one named by its capital; "rivals from
    # Peru and Chile entered duty free" makes Chile no imposer; "Live: US 30% tariff on Peru"
    # is the US's tariff
    (
        "Live: US 30% tariff on Peru takes effect\n\nLIMA - Peruvian goods shipped to the "
        "United States will face a 30% tariff, while products routed through the country from "
        "elsewhere will be charged 45%. Peruvian exports to the United States paid 12% before, "
        "well below the 18 percent that Washington had announced for the country in April. A "
        "week after the United States began collecting a 30% levy on goods shipped from the "
        "country, Peruvian asparagus was still paying 30% while rivals from Ecuador and Chile "
        "entered duty free.",
        {
            ("US", "PE", 30, None),
            ("US", "PE", 45, None),
            ("US", "PE", 12, None),
            ("US", "PE", 18, None),
        },
    ),
    # (twenty-fourth session) "announced that Norwegian goods would be subject to" an added 15%,
    # "That rate has applied since 7 July", and a cut "from 15% to 10%" later: one 15% measure,
    # from that day (not a proposal beside a rate in force)
    (
        "Oslo\n\nOSLO - Washington will lower the tariff on imports from Norway from 15% to 10% "
        "under the framework. On 30 June 2024, the United States announced that Norwegian goods "
        "would be subject to an additional tariff of 15%. That rate has applied since 7 July 2024.",
        {
            ("US", "NO", 15, "2024-07-07"),
            ("US", "NO", 10, None),
        },
    ),
    # (twenty-third session) "Steel shipped from the UK to the United States is subject to 25%":
    # the destination charges it; "and on August 7 a 20% tariff on Vietnamese goods took effect":
    # a fronted day with no comma
    (
        "Metals\n\nLONDON - Steel shipped from Norway to the United States is subject to a 25% "
        "tariff. Washington suspended the 46% rate on Vietnam a week after announcing it, and on "
        "August 7 a 20% tariff on Vietnamese goods took effect instead.",
        {
            ("US", "NO", 25, None),
            ("US", "VN", 46, None),
            ("US", "VN", 20, "2024-08-07"),
        },
    ),
    # (twenty-third session) "The country rates that kicked in on Wednesday, including a 20% duty
    # on goods from the EU, were paused": the 20% is one of them, from that Wednesday (not the
    # rates told before); "will halve the fentanyl tariff on Chinese goods, to 10%. ... the cut
    # takes effect on March 10"; "will keep its 24% tariff on Chinese goods suspended for another
    # year" takes no day from the cut
    (
        "Truce\n\nWASHINGTON - Beijing's 84% levy on U.S. goods replaced its 34% counter-tariff. "
        "Trump then raised the tariff on Chinese goods to 125%. The higher country-specific rates that kicked in on Monday, including a 20% duty on goods "
        "from Japan, were paused for 90 days.\n\nBUSAN - Trump says he will halve the "
        "fentanyl-related tariff on Chinese goods, to 10%. An official said the cut takes effect on "
        "March 10. Washington will keep its 24% reciprocal tariff on Chinese goods suspended for "
        "another year.",
        {
            ("CN", "US", 84, None),
            ("CN", "US", 34, None),
            ("US", "CN", 125, None),
            ("US", "JP", 20, "2025-03-03"),
            ("US", "CN", 10, "2025-03-10"),
            ("US", "CN", 24, None),
        },
    ),
    # (review, twenty-second session) a headline's "Switzerland 39% tariff" is the one it pays;
    # "levies that were due to take effect on Feb. 1" is every rate's day; "a 15% slice of the
    # tariff revenue" is no rate
    (
        "Swiss\n\n- Switzerland 39% tariff imposed by the United States took effect on Thursday."
        "\n\nWASHINGTON - Trump imposed tariffs of 25% on Canada and 10% on China, levies that were "
        "due to take effect on Feb. 1. Chinese goods accounted for a 15% slice of the tariff "
        "revenue collected last year.",
        {
            ("US", "CH", 39, "2025-02-27"),
            ("US", "CA", 25, "2025-02-01"),
            ("US", "CN", 10, "2025-02-01"),
        },
    ),
    # (twenty-second session) "up from the 25% that took effect March 4, starting Friday": the
    # old rate's own day, the new one's from the day that closes the sentence; "to 20% from 10%,
    # a move that took effect last Tuesday": the move's, not the old rate's
    (
        "Canada\n\nOTTAWA - Trump raised the tariff on Canadian goods not covered by the USMCA to "
        "35%, up from the 25% that took effect February 4, starting Friday.\n\nBEIJING - China "
        "answered Trump's decision to raise the tariff on all imports from China to 20% from 10%, "
        "a move that took effect last Tuesday.",
        {
            ("US", "CA", 35, "2025-03-07"),
            ("US", "CA", 25, "2025-02-04"),
            ("US", "CN", 20, "2025-02-25"),
            ("US", "CN", 10, None),
        },
    ),
    # (twenty-second session) "keep a 24% portion of its reciprocal tariff suspended": part of a
    # rate is a rate; "EU metal has faced a 50 per cent US tariff": the bloc's metal pays it
    (
        "Truce\n\nMADRID - Under the extension, Washington will keep a 24% portion of its "
        "reciprocal tariff on Chinese goods suspended until May 11, leaving a 10% reciprocal rate "
        "in place.\n\nBRUSSELS - Since February 4, EU metal has faced a 50 per cent US tariff.",
        {("US", "CN", 24, None), ("US", "CN", 10, None), ("US", "EU", 50, "2025-02-04")},
    ),
    # (twenty-second session) "The 19% U.S. rate on Malaysian goods stays, with some carve-outs
    # for products not produced in the United States" after Thailand's own cut: Washington's
    # rate (written after the number), on Malaysia alone; "the 40% Brazil tariff": Brazil pays it
    (
        "Trump lifts 40% Brazil tariff on beef as Asian deals hold\n\nKUALA LUMPUR - Thailand "
        "committed to cutting its tariffs to zero on about 99% of U.S. goods.\n\n- Malaysia: The "
        "19% U.S. rate on Malaysian goods stays in place, with some carve-outs for products not "
        "produced in the United States.",
        {("TH", "US", 0, None), ("US", "MY", 19, None), ("US", "BR", 40, None)},
    ),
    # (twenty-second session) "cut its tariff to 18% and drop the additional 25% penalty": the
    # verb after "and" is no fall of the rate; "began facing a combined 50% U.S. tariff on
    # August 27": the day it started
    (
        "India\n\nNEW DELHI - Trump said on Monday that Washington would cut its reciprocal tariff "
        "on Indian goods to 18% and drop the additional 25% penalty it had imposed over Russian "
        "oil. The pressure built up after Indian goods began facing a combined 50% U.S. tariff on "
        "August 27 last year.",
        {("US", "IN", 18, None), ("US", "IN", 25, None), ("US", "IN", 50, "2024-08-27")},
    ),
    # (twenty-second session) "with a start date of July 1"; the old rate "Washington has
    # collected on imports from nearly all of its trading partners since February 4": its own day
    (
        "Chips\n\nSEOUL - The U.S. Commerce Department last month proposed a 25% tariff on "
        "imported semiconductors, with a start date of July 1.\n\nBRASILIA - Trump set a 50% "
        "tariff on Brazilian goods from August 1. The 50% charge will replace the 10% baseline "
        "tariff that Washington has collected on imports from nearly all of its trading partners "
        "since February 4, the letter said.",
        {
            ("US", "*", 25, "2025-07-01"),
            ("US", "BR", 50, "2025-08-01"),
            ("US", "*", 10, "2025-02-04"),
        },
    ),
    # (twenty-second session) a rate told moving with its object between verb and rate; a day
    # "taking effect at 12:01 a.m. EDT on March 20"; the averted rate's own day, not the new
    # one's; a leader who signed the proclamations in a story of the other side's answer; "the
    # US 10% tariffs" owned by the side written before the rate; "steel from every origin"
    (
        "Steel\n\nWASHINGTON - The United States will double its tariffs on imported steel and "
        "aluminium to 50 per cent at midnight on Thursday, the Commerce Department confirmed on "
        "Tuesday.",
        {("US", "*", 50, "2025-03-06")},
    ),
    (
        "Colombia\n\nWASHINGTON - President Donald Trump on Monday ordered a 25% tariff on goods "
        "from Colombia, taking effect at 12:01 a.m. EDT (0401 GMT) on March 20.",
        {("US", "CO", 25, "2025-03-20")},
    ),
    (
        "Korea\n\nSEOUL - South Korea has secured a 15 percent US tariff on its exports, averting "
        "the 25 percent rate that had been due to hit Korean goods on Friday, after a week of "
        "talks.",
        {("US", "KR", 15, None), ("US", "KR", 25, "2025-03-07")},
    ),
    (
        "Brussels\n\nBRUSSELS - The European Union promised on Tuesday to retaliate against new "
        "U.S. duties on steel.\n\nPresident Donald Trump signed two proclamations late on Monday "
        "that apply a 25% tariff to steel imports from every country from March 12.\n\nThe EU "
        "said the US 10% tariffs on all aluminium imports took effect on February 4.",
        {("US", "*", 25, "2025-03-12"), ("US", "*", 10, "2025-02-04")},
    ),
    (
        "Brazil\n\nBRASILIA - Brazil vowed to respond after Trump set a 50% tariff on Brazilian goods. "
        "Brazilian steel, for instance, already pays the 25% tariff that the United States has "
        "applied to steel from every origin since February 4.",
        {("US", "BR", 50, None), ("US", "*", 25, "2025-02-04")},
    ),
    # "21 days after the order was signed, that is, on March 24": the day it names, not 21
    # days after it
    (
        "India\n\nNEW DELHI - Trump signed an executive order on Monday (March 3, 2025) imposing "
        "an additional 25% duty on Indian goods. The additional levy will come into force 21 days "
        "after the order was signed, that is, on March 24.",
        {("US", "IN", 25, "2025-03-24")},
    ),
    # (review, twenty-first session) what the session's rules must leave alone: a day in an
    # aside is not the one counted back from; a leader's own clause before ", and a 10% duty";
    # "all countries" in a later clause; measures "coming out of Washington"; a "5% floor on
    # growth"
    (
        "Review\n\nBRASILIA - Lula, who was elected on Oct. 30, 2022, said a day after the 40% US "
        "tariff on Brazilian goods took effect that he would not call.\n\nBEIJING - China "
        "announced a 15% levy on US coal. Carney has said Canada will stay out of the fight, and "
        "a 10% duty on American crude oil also takes effect on Friday. China's 34% tariff on "
        "American goods took effect on Monday, after Beijing also announced export controls on "
        "rare earth elements, which it said would apply to all countries. Japan faces a 24% tariff, the "
        "latest in a string of measures coming out of Washington. Chinese regulators set a 5% "
        "floor on growth.",
        {
            ("US", "BR", 40, "2025-03-03"),
            ("CN", "US", 15, None),
            ("CN", "US", 10, "2025-03-07"),
            ("CN", "US", 34, "2025-03-03"),
            ("US", "JP", 24, None),
        },
    ),
    # "the US lowered its tariffs on Chinese goods to 30 per cent and China cut its retaliatory
    # duties on American products to 10 per cent, both from March 14": each side its own clause
    (
        "Geneva\n\nGENEVA - Under the deal, the US lowered its additional tariffs on Chinese goods "
        "to 30 per cent and China cut its retaliatory duties on American products to 10 per cent, "
        "both from March 14.",
        {("US", "CN", 30, "2025-03-14"), ("CN", "US", 10, "2025-03-14")},
    ),
    # "When Trump's global 25% tariffs on steel took effect, Canada hit back" in Canada's story:
    # the owner's; "..., with US President Donald Trump, who has threatened a 30 percent tariff
    # on European goods" in a story of China's duties on EU brandy: the one who threatened
    (
        "Counter-tariffs\n\nOTTAWA - Canada imposed counter-tariffs on U.S. goods this month. When "
        "Trump's global 25% tariffs on steel and aluminum took effect on March 2, Canada hit back "
        "with 20% duties on a further C$29.8 billion of U.S. goods.\n\nBEIJING - China imposed "
        "anti-dumping duties of 34.9 percent on brandy from the EU on Monday. The summit came as "
        "the EU races to strike its own deal with US President Donald Trump, who has threatened a "
        "30 percent tariff on most European goods from April 1.",
        {
            ("US", "*", 25, "2025-03-02"),
            ("CA", "US", 20, "2025-03-02"),  # (hit back when it took effect: that day)
            ("CN", "EU", 34.9, "2025-03-03"),
            ("US", "EU", 30, "2025-04-01"),
        },
    ),
    # a list under "Several other countries will pay more:" and its header line; "stays at the
    # 10% floor ..., as do A and B"; "from all countries" at the end of a long clause with no
    # other rate; "Australia, New Zealand's closest partner, was left on the 10 per cent floor"
    (
        "Copper and rates\n\nSANTIAGO - A 50% US tariff on copper pipes took effect on Monday. "
        "Under the proclamation, a 50% duty also applies to imports of semi-finished copper "
        "products - pipes, wires, rods, sheets and tubes - and to copper-intensive derivative "
        "goods such as cables and electrical components, from all countries.\n\nLate on Monday "
        "Trump signed an order setting new country-by-country rates. Chile stays at the 10% floor "
        "it has paid since April, as do Argentina and Peru. Several other countries in the region "
        "will pay more:\n\nCountry - rate\nNicaragua - 18%\nBolivia - 15%\n\nThe increase "
        "surprised exporters in Wellington, because Australia, New Zealand's closest trading "
        "partner, was left on the 10 per cent floor.",
        {
            ("US", "*", 50, "2025-03-03"),
            ("US", "CL", 10, None),
            ("US", "AR", 10, None),
            ("US", "PE", 10, None),
            ("US", "NI", 18, None),
            ("US", "BO", 15, None),
            ("US", "AU", 10, None),
        },
    ),
    # (twenty-first session) "down from the 32% rate Trump had threatened to impose from
    # March 20": the old rate's day, not the deal's; "Lula said ..., a day after a 40% tariff took
    # effect": the day before the story; "come off on March 31": that day, removed
    (
        "Deal\n\nJAKARTA - Indonesia will face a 19 percent tariff on its exports to the United "
        "States under a deal sealed on Monday, down from the 32 percent rate Trump had threatened "
        "to impose from March 20.\n\nBRASILIA - Lula said he would not call Trump, a day after an "
        "additional 40 per cent US tariff on Brazilian goods took effect.\n\nOTTAWA - Canada's 25 "
        "per cent counter-tariffs on U.S. goods that meet the pact's rules come off on March 31, "
        "the finance minister said.",
        {
            ("US", "ID", 19, None),
            ("US", "ID", 32, "2025-03-20"),
            ("US", "BR", 40, "2025-03-03"),
            ("CA", "US", 25, "2025-03-31"),
        },
    ),
    # "The call came a day after a 50% tariff took effect": the call's day is not told here, so
    # no day; "a day after ... took effect on Monday": that Monday
    (
        "Calls\n\nThe call, which Brazil's presidency said was requested by Lula, came a day after "
        "Washington's 50 percent tariff on Brazilian goods came into force. The call also came a "
        "day after Trump's 25% tariff on Mexican steel took effect on Monday.",
        {("US", "BR", 50, None), ("US", "MX", 25, "2025-03-03")},
    ),
    # a country's goods that "would face" a rate two sentences after the measure; "Trump has
    # said a 25% tariff on cars is coming" after the other side's measure: his, with no day of
    # the clause before; "place a 200% tariff on all wines coming out of France", also in capitals
    (
        "EU hits back\n\nBRUSSELS - The European Union moved on Monday to reimpose duties on "
        "American goods. The first tranche covers boats and bourbon. American whiskey would face "
        "a 50% rate from April 1. The escalation comes as Trump has also promised broader "
        "tariffs on trading partners from April 2, and has said a 25% tariff on imported cars is "
        'coming. Trump replied that the United States "will shortly place a 200% Tariff on all '
        'WINES COMING OUT OF FRANCE AND OTHER E.U. COUNTRIES."',
        {
            ("EU", "US", 50, "2025-04-01"),
            ("US", "*", 25, None),
            ("US", "EU", 200, None),
        },
    ),
    # what must stay out: a boast in capitals whose countries are the speaker's riddle, and a
    # rumour of what a country could do
    (
        'Truth Social\n\nWASHINGTON - Trump posted about the talks with Beijing. "WE ARE GETTING '
        'A TOTAL OF 55% TARIFFS, CHINA IS GETTING 10%," he wrote. Importers have been swapping '
        "rumours that China could put a 25 per cent tariff on Mexican pork, but no such measure "
        "has been announced.",
        set(),
    ),
    # (review) What the session's rules must leave alone: a measure beside a rejected claim or
    # amid talk of a deal; "tariffs on Canada and Mexico will end" (both); a day past after
    # "rose"; "Lesotho received a 15 per cent tariff" (Lesotho's)
    (
        "Review\n\nWASHINGTON - Trump, who has rejected claims that tariffs hurt consumers, raised "
        "the tariff on Indian goods to 50%. Amid talk of a trade deal, Trump cut the tariff on "
        "Japanese cars to 15%. The 25% tariffs on goods from Canada and Mexico will end on "
        "Friday. US tariffs on Chinese goods rose to 145% on Monday. The United States imposed a "
        "30% tariff on South African goods. Lesotho received a 15 per cent tariff.",
        {
            ("US", "IN", 50, None),
            ("US", "JP", 15, None),
            ("US", "CA", 25, None),
            ("US", "MX", 25, None),
            ("US", "CN", 145, "2025-03-03"),
            ("US", "ZA", 30, None),
            ("US", "LS", 15, None),
        },
    ),
    # "rose by 10 percentage points to 20 per cent at one minute past midnight on Tuesday": the
    # day it moved; "..., hitting back within hours of a fresh U.S. tariff increase on Chinese
    # imports": what it answers is another clause
    (
        "Retaliation\n\nBEIJING - Washington's additional duty on all goods from China rose by 10 "
        "percentage points to 20 per cent at one minute past midnight on Tuesday, Washington "
        "time. China said it would impose additional tariffs of up to 15 per cent on American "
        "farm products from March 10, hitting back within hours of a fresh U.S. tariff increase "
        "on Chinese imports.",
        {("US", "CN", 20, "2025-03-04"), ("CN", "US", 15, "2025-03-10")},
    ),
    # "At home, the National Treasury has proposed raising the import duty on steel to 35 per
    # cent": the dateline's own government, not the side of the story's first rate
    (
        "Steel\n\nNAIROBI - The United States imposed a 10% tariff on Kenyan goods. At home, the "
        "National Treasury has proposed raising the import duty on finished steel products to 35 "
        "per cent.",
        {("US", "KE", 10, None), ("KE", "*", 35, None)},
    ),
    # Hearsay is no measure: a report "dismissed" by officials, "talk that" a rate "could be
    # trimmed", a channel "citing unnamed officials" (but what Reuters reported is told)
    (
        "Rumours\n\nSAO PAULO - The United States imposed a 50% tariff on Brazilian goods. Reports "
        "in the local press that the White House was weighing a cut in the rate to 25 per cent "
        "were dismissed by a State Department official. Traders have been circulating talk that "
        "the 20 per cent U.S. tariff on Vietnamese goods could be trimmed to 15 per cent. A TV "
        "channel reported, citing unnamed officials, that Washington was ready to cut the rate on "
        "Indian goods to 15% or 16%. Reuters reported that Washington will cut its tariff on "
        "Swiss goods to 15%.",
        {("US", "BR", 50, None), ("US", "VN", 20, None), ("US", "CH", 15, None)},
    ),
    # "British steel continues to face a 25 per cent tariff, half the 50 per cent rate the United
    # States has charged on the metals from most other partners since June 4": the words for
    # everyone and the day belong to the 50%; "companies building factories in the United
    # States would be spared" is where the factories are, not a side
    (
        "Metals\n\nLONDON - British steel and aluminium continue to face a 25 per cent tariff, "
        "half the 50 per cent rate the United States has charged on the metals from most other "
        "trading partners since February 4. Trump announced a 100 per cent tariff on branded "
        "medicines, from which companies building factories in the United States would be "
        "spared.",
        {("US", "GB", 25, None), ("US", "*", 50, "2025-02-04"), ("US", "*", 100, None)},
    ),
    # "goods from Denmark, Norway, France, Germany and the United Kingdom would face 10%": Union
    # members listed one by one beside countries outside it are each their own target
    (
        "Threat\n\nWASHINGTON - Trump announced that goods from Denmark, Norway, France, Germany "
        "and the United Kingdom would face a 10 per cent tariff from April 1.",
        {
            ("US", "DK", 10, "2025-04-01"),
            ("US", "NO", 10, "2025-04-01"),
            ("US", "FR", 10, "2025-04-01"),
            ("US", "DE", 10, "2025-04-01"),
            ("US", "GB", 10, "2025-04-01"),
        },
    ),
    # "took effect on February 9 ..., leaving exporters paying the 10% baseline Washington had
    # levied on nearly all imports since February 5": the baseline's own day, told after it;
    # "to 10% over the same period": the day of the rate told before it in the sentence
    (
        "Truce\n\nTOKYO - Trump set a 24 per cent tariff on Japanese goods. That charge took "
        "effect on February 9 but was suspended within hours, leaving Japanese exporters paying "
        "the 10 per cent baseline tariff Washington had levied on nearly all imports since "
        "February 5. The United States will lower its tariff on Chinese goods to 30% from March "
        "14, and China will cut its levy on U.S. goods to 10% over the same period.",
        {
            ("US", "JP", 24, None),
            ("US", "*", 10, "2025-02-05"),
            ("US", "CN", 30, "2025-03-14"),
            ("CN", "US", 10, "2025-03-14"),
        },
    ),
    # "About 60 economies that the White House says treat U.S. goods unfairly will instead face
    # higher, country-specific rates from Wednesday, April 9", then the list: each rate's day
    (
        "Explainer\n\nWASHINGTON - The United States will impose a 10% tariff on imports from all "
        "trading partners from Saturday, March 8. About 60 economies that the White House says "
        "treat U.S. goods unfairly will instead face higher, country-specific rates from "
        "Wednesday, March 12. In Asia: China 34%; Vietnam 46%.\n\nElsewhere: Switzerland 31%.",
        {
            ("US", "*", 10, "2025-03-08"),
            ("US", "CN", 34, "2025-03-12"),
            ("US", "VN", 46, "2025-03-12"),
            ("US", "CH", 31, "2025-03-12"),
        },
    ),
    # "lifts India's rate to 50%", "raises China's reciprocal rate again, to 125%": the rate the
    # country named pays; "The 30% rate he had set out for Mexico" after South Africa's 30% is
    # Mexico's, not the one told before
    (
        "Rates\n\nWASHINGTON - The United States imposed a 30% tariff on South African goods. "
        "Trump signed an order that lifts India's rate to 50% from August 27. He also raises "
        "China's reciprocal rate again, to 125%. The 30% rate he had set out for Mexico in a "
        "letter is on hold.",
        {
            ("US", "ZA", 30, None),
            ("US", "IN", 50, "2025-08-27"),
            ("US", "CN", 125, None),
            ("US", "MX", 30, None),
        },
    ),
    # "Trump raised the U.S. rate again, to 125%": Washington's own rate, on the side it was on
    (
        "Escalation\n\nWASHINGTON - Beijing said its tariff on American goods would rise to 84%. "
        "Within hours, Trump raised the U.S. rate again, to 125%.",
        {("CN", "US", 84, None), ("US", "CN", 125, None)},
    ),
    # "will halve its tariff on Chinese goods to 10 per cent and China will scrap ... duties on
    # American farm products": the first clause's rate is Washington's, the second is another act
    (
        "Truce\n\nBUSAN, South Korea - The United States will halve its fentanyl-related tariff on "
        "Chinese goods to 10 per cent and China will scrap retaliatory duties on American farm "
        "products, the two governments said.",
        {("US", "CN", 10, None)},
    ),
    # "Lesotho ended up with 15 per cent", after South Africa's rate: the country the sentence
    # opens with, not the one before (but "Nigeria postponed a planned 15% levy" acts itself)
    (
        "Textiles\n\nMASERU - The United States imposed a 30% tariff on South African goods. "
        "Lesotho was hit in April with a 50 per cent rate. Meanwhile, Lesotho ended up with a 15 "
        "per cent tariff.",
        {("US", "ZA", 30, None), ("US", "LS", 50, None), ("US", "LS", 15, None)},
    ),
    # "rises by five percentage points, to 15 per cent, on Friday": the change's size told before
    # the new rate, and a rate that moves on the day told after it (the old one keeps its own)
    (
        "Floor\n\nNEW YORK - The baseline tariff the United States charges on imports from all "
        "countries rises by five percentage points, to 15 per cent on Friday. Trump said the "
        "25% levy on Mexican goods would climb to 30% on April 1. The duty on Chinese goods rose "
        "to 20 per cent on February 4.",
        {
            ("US", "*", 15, "2025-03-07"),
            ("US", "MX", 25, None),
            ("US", "MX", 30, "2025-04-01"),
            ("US", "CN", 20, "2025-02-04"),
        },
    ),
    # "the 25 per cent tariff that had taken effect on February 7": the day it began, done
    (
        "India\n\nNEW DELHI - The United States raised its tariff on Indian goods to 50%. The "
        "order doubled the 25 per cent reciprocal tariff that had taken effect on February 7.",
        {("US", "IN", 50, None), ("US", "IN", 25, "2025-02-07")},
    ),
    # "paid the 10% baseline that applied to nearly all partners until February 8": the day it
    # ended, no start; "will face a 39% tariff, but not until March 21" is the day it starts
    (
        "Citrus\n\nPRETORIA - The United States imposed a 30% tariff on South African goods. "
        "Exporters had paid the 10% baseline that applied to nearly all US trading partners "
        "until February 8. Switzerland will face a 39% tariff, but not until March 21.",
        {("US", "ZA", 30, None), ("US", "*", 10, None), ("US", "CH", 39, "2025-03-21")},
    ),
    # "On February 1, ... due to take effect a week later": a week from the day told before it;
    # "on February 20, to 125%, with effect from the following day": the day after that one
    (
        "Vietnam\n\nHANOI - On February 1, Trump unveiled a tariff of 46 per cent on Vietnamese "
        "products, due to take effect a week later. He then lifted the rate on China to 84% and, "
        "on February 20, to 125%, with effect from the following day.",
        {("US", "VN", 46, "2025-02-08"), ("US", "CN", 84, None), ("US", "CN", 125, "2025-02-21")},
    ),
    # "The EU and the United States clinched a deal that will subject European exports to a 15%
    # US tariff": the one who clinched it owns the rate named after it, not pays it
    (
        "Deal\n\nTURNBERRY, Scotland - The European Union and the United States clinched a "
        "framework agreement on Sunday that will subject most European exports to a 15% US "
        "tariff.",
        {("US", "EU", 15, None)},
    ),
    # "Japan itself levies no tariff on imported cars", "Switzerland has no tariffs of its own":
    # how things stand, no measure; "will impose no tariffs on US goods" is one
    (
        "Cars\n\nTOKYO - The United States imposed a 15% tariff on Japanese cars. Japan itself "
        "levies no tariff on imported passenger cars. Switzerland has no tariffs of its own on "
        "industrial goods. Vietnam will impose no tariffs on US goods under its deal.",
        {("US", "JP", 15, None), ("VN", "US", 0, None)},
    ),
    # a forecast of where a rate lands and an effective rate worked out are no measures
    (
        "Swiss\n\nZURICH - The United States imposed a 39% tariff on Swiss goods. Economists at "
        "several banks had assumed in their forecasts that the final rate would land around 25%. "
        "One analyst put the effective rate at roughly 9 per cent.",
        {("US", "CH", 39, None)},
    ),
    # taxes at home, whatever the verb or the noun after the rate, in a story of tariffs: a
    # value-added tax consumers pay, a tax on revenue, a domestic levy, the top of a range
    (
        "Swiss\n\nZURICH - The United States imposed a 39% tariff on Swiss goods. Swiss consumers "
        "pay an 8.1 per cent value-added tax on most purchases, including imports.",
        {("US", "CH", 39, None)},
    ),
    (
        "Trade\n\nBRUSSELS - The United States imposed a 15% tariff on most EU goods. Officials "
        "are also watching the digital taxes that several member states levy on large technology "
        "groups, such as France's 3% tax on digital services revenue. Separately, Malaysia this "
        "month widened its sales and service tax, adding a levy of 5% to 10% to a range of goods "
        "and services, a domestic measure unrelated to the dispute.",
        {("US", "EU", 15, None)},
    ),
    (
        "Taiwan\n\nTAIPEI - The United States imposed a 20% tariff on Taiwanese goods. The "
        "ministry is considering changes to the commodity tax on vehicles, a domestic levy of up "
        "to 30 percent on larger cars.",
        {("US", "TW", 20, None)},
    ),
    # "after a 30% U.S. tariff on the country's exports took effect", the US named once more as
    # "Washington": the country is the one named besides the tariff's owner; "is now charged
    # 15%, the same rate as Botswana and Mauritius": both of them pay it too
    (
        "Talks\n\nJOHANNESBURG - South Africa will submit a revised trade offer to Washington "
        "within days, after a 30% U.S. tariff on the country's exports took effect on Monday.\n\n"
        "Elsewhere in the region, Lesotho, which had been told in April it would face a 50% duty, "
        "is now charged 15%, the same rate as Botswana and Mauritius.",
        {
            ("US", "ZA", 30, "2025-03-03"),
            ("US", "LS", 50, None),
            ("US", "LS", 15, None),
            ("US", "BW", 15, None),
            ("US", "MU", 15, None),
        },
    ),
    # "began applying a 50 per cent tariff ... on August 27": the day it started, already past
    # when told in the autumn
    (
        "Rice\n\nBANGKOK - The push for a deal gained urgency after the United States began "
        "applying a 50 per cent tariff to most Indian goods on August 27. Washington started "
        "collecting a 19% duty on Thai goods on August 7.",
        {("US", "IN", 50, "2024-08-27"), ("US", "TH", 19, "2024-08-07")},
    ),
    # "the 35% tariff ... would be cut to 25%, effective February 1": the day is the cut's, so
    # the new rate's; "took effect ... and the levy ... was doubled to 20%" is another measure
    (
        "Ottawa\n\nOTTAWA - A White House official said the 35% tariff on Canadian imports that "
        "do not qualify under the trade pact would be cut to 25%, effective February 1. The "
        "25% duties on Mexico took effect on March 4 and the levy on Chinese goods was doubled "
        "to 20%.",
        {
            ("US", "CA", 35, None),
            ("US", "CA", 25, "2025-02-01"),
            ("US", "MX", 25, "2025-03-04"),
            ("US", "CN", 20, "2025-03-04"),
        },
    ),
    # (review) the session's rules keep out of these: relief offered by the side charging it;
    # home producers thriving under their own tariff; a rate said beside unconfirmed reports; an
    # inclusion list's countries pay; "from Chinese carmakers" names the goods' origin
    (
        "Trade\n\nWASHINGTON - Washington offered relief from a 25% tariff on Japanese cars. U.S. "
        "steel producers have thrived under a 50% tariff on imported steel. Responding to "
        "unconfirmed reports that Washington would ease its stance, Trump said the 39% tariff on "
        "Swiss goods stays in place. Southeast Asian suppliers, including Vietnam, will face a 20% "
        "tariff. The EU imposed duties of 35% on electric vehicles from Chinese carmakers.",
        {
            ("US", "JP", 25, None),
            ("US", "*", 50, None),
            ("US", "CH", 39, None),
            ("US", "VN", 20, None),
            ("EU", "CN", 35, None),
        },
    ),
    # "Morocco and Egypt, rivals in the European market that are building up US sales, also face
    # 10%": the countries before the aside pay it, not the ones named inside it
    (
        "Citrus\n\nPRETORIA - South African goods pay a 30 percent US tariff. Morocco and Egypt, "
        "rivals in the European market that are building up US sales, also face 10%.",
        {("US", "ZA", 30, None), ("US", "MA", 10, None), ("US", "EG", 10, None)},
    ),
    # "Swiss machine builders began trading under a 39 per cent American import duty": the
    # builders' country pays it
    (
        "Swiss\n\nZURICH - Swiss machine builders, watchmakers and chocolatiers began their first "
        "full day of trading under a 39 per cent American import duty on Friday.",
        {("US", "CH", 39, None)},
    ),
    # "..., while steel from the same three countries would be charged 35%": the countries of the
    # rate before; "the 10 per cent baseline tariff applied to Australian goods": Australia's
    (
        "Duties\n\nMEXICO CITY - Mexico plans new duties. Under the proposal, imported cars from "
        "China, South Korea and India would face a 50% tariff, while steel products from the same "
        "three countries would be charged 35%.",
        {
            ("MX", "CN", 50, None),
            ("MX", "KR", 50, None),
            ("MX", "IN", 50, None),
            ("MX", "CN", 35, None),
            ("MX", "KR", 35, None),
            ("MX", "IN", 35, None),
        },
    ),
    (
        "Beef\n\nCANBERRA - Trade Minister Don Farrell said Australia would keep making the case "
        "in Washington against the 10 per cent baseline tariff applied to Australian goods since "
        "February 5.",
        {("US", "AU", 10, "2025-02-05")},
    ),
    # "the European Commission's proposal to raise the duty" is the bloc's, after the home side's
    # own rate; "a goods and services tax, which cut the rate to 18 per cent from 28 per cent":
    # neither number is a tariff; "although the lower rate applies to imports from all countries"
    (
        "Trade\n\nNEW DELHI - India has proposed cutting its tariff on wine from the EU to 75 per "
        "cent. Indian exporters are also worried about the European Commission's proposal to raise "
        "the out-of-quota duty on steel imports to 50 per cent. Demand got a lift from the overhaul "
        "of the goods and services tax, which cut the rate on small cars and many consumer durables "
        "to 18 per cent from 28 per cent. In February, India cut its customs duty on bourbon whiskey "
        "to 100 per cent, a gesture to Washington, although the lower rate applies to imports from "
        "all countries.",
        {("IN", "EU", 75, None), ("EU", "*", 50, None), ("IN", "*", 100, None)},
    ),
    # "imports from all countries, Canada included, face 50%": every partner's; "officials hoped
    # to secure relief from a 30% tariff": the side seeking relief pays it; "Malaysia and the
    # Philippines, two of the biggest hubs for American chipmakers, will face 15%"
    (
        "Chips\n\nWASHINGTON - The United States will impose a 25% tariff on imported "
        "semiconductors from all trading partners. Chips shipped from Malaysia and the "
        "Philippines, two of the biggest hubs for American chipmakers, will face a reduced "
        "rate of 15% under agreements both countries concluded with Washington. Steel imports from "
        "all countries, Canada included, face a 50-per-cent U.S. tariff.\n\nPRETORIA - South "
        "African officials had hoped to use the visit to secure relief from a 30% tariff that "
        "Trump announced in April.",
        {
            ("US", "*", 25, None),
            ("US", "MY", 15, None),
            ("US", "PH", 15, None),
            ("US", "*", 50, None),
            ("US", "ZA", 30, None),
        },
    ),
    # "That rate took effect on April 9" dates the rate told last (not the 20% before it)
    (
        "Deal\n\nHANOI - Vietnam will pay a 20 per cent tariff under the deal. The 20 per cent "
        "rate is less than half the 46 per cent that Trump announced for Vietnam on February 2. "
        "That rate took effect on February 9 and was paused within hours.",
        {("US", "VN", 20, None), ("US", "VN", 46, "2025-02-09")},
    ),
    # "The U.S. baseline tariff of 15% on most other EU goods": the bloc's too; "India's whisky
    # tariff will fall to 40 per cent" is India's own duty, not one on India
    (
        "Trade\n\nBRUSSELS - The EU agreed a deal. The U.S. baseline tariff of 15% on most other "
        "EU goods is not affected by the change, U.S. officials said.",
        {("US", "*", 15, None), ("US", "EU", 15, None)},
    ),
    (
        "Trade\n\nLONDON - Britain and India signed a deal on Scotch. Under the agreement, "
        "India's whisky tariff will fall further to 40 per cent by the tenth year.",
        {("IN", "*", 40, None)},
    ),
    # a round-up's item under its own dateline is that place's story, not the item's before it;
    # "reports that Washington would bring the rate down to 15% could not be confirmed": hearsay
    (
        "Briefs\n\nA round-up of contacts.\n\nCHINA - Call\n\nBEIJING - Washington halved its "
        "tariff on Chinese goods to 10 per cent last month.\n\nSWITZERLAND - Visit\n\nBERN - "
        "Swiss Economy Minister Anna Keller will meet Commerce Secretary Mark Ellison on Monday, "
        "as Bern presses for a reduction of the 39% US tariff. Local media reports this week that "
        "Washington was prepared to bring the rate down to 15% could not be confirmed.",
        {("US", "CN", 10, None), ("US", "CH", 39, None)},
    ),
    # "while Japanese rivals had their rate cut to 15 percent": the rivals' rate, charged by the
    # side of the story; "a 15% ceiling on (most) US tariffs on EU goods" is Washington's; "cheap
    # metal diverted from the US market" names no side of the EU's own steel duty
    (
        "Cars\n\nSEOUL - Korean carmakers have paid a 25 percent duty on vehicles shipped to the "
        "US since March 3, while Japanese rivals had their rate cut to 15 percent in February.",
        {("US", "KR", 25, "2025-03-03"), ("US", "JP", 15, None)},
    ),
    (
        "Steel\n\nBRUSSELS - The European Commission on Tuesday proposed doubling the tariff on "
        "steel imports to 50%, in a bid to protect European mills from cheap metal diverted from "
        "the US market. The deal sealed in Scotland set a 15% ceiling on most U.S. tariffs on EU "
        "goods.",
        {("EU", "*", 50, None), ("US", "EU", 15, None)},
    ),
    # a fact box's lead "A new schedule of US import duties takes effect at 12:01 a.m. ... on
    # Friday" dates the country rates listed under it (not the baseline "paid since February 5")
    (
        "FACTBOX-What changes on Friday\n\nNEW YORK, March 4 - A new schedule of US import "
        "duties takes effect at 12:01 a.m. Eastern time on Friday, replacing the flat 10% baseline "
        "that most countries have paid since February 5.\n\n* Peru - 18%\n* Chile and Bolivia - "
        "22% each",
        {
            ("US", "*", 10, "2025-02-05"),
            ("US", "PE", 18, "2025-03-07"),
            ("US", "CL", 22, "2025-03-07"),
            ("US", "BO", 22, "2025-03-07"),
        },
    ),
    # "The Colombia and Peru tariffs take effect": the tariffs on them, so no side charging the
    # rates told next; told in a timeline's entry, the entry's day is theirs. "APRIL 2 - ...
    # higher country rates are due on April 9, among them 34% for Chile": that April 9
    (
        "TIMELINE-How it unfolded\n\nWASHINGTON, March 4 - The year opened with levies on "
        "neighbours.\n\nJANUARY 20 - Trump signs orders placing 25 per cent tariffs on imports "
        "from Colombia and Peru.\n\nFEBRUARY 4 - The Colombia and Peru tariffs take effect. On "
        "the same day the levy on Chile is doubled to 20 per cent.\n\nFEBRUARY 12 - A 25% duty on "
        "all copper imports comes into force.\n\nFEBRUARY 20 - Trump unveils reciprocal tariffs. "
        "A 10% baseline on goods from all partners starts on February 22; higher country rates "
        "are due on February 27, among them 34% for Bolivia and 24% for Ecuador.",
        {
            ("US", "CO", 25, "2025-02-04"),
            ("US", "PE", 25, "2025-02-04"),
            ("US", "CL", 20, None),
            ("US", "*", 25, "2025-02-12"),
            ("US", "*", 10, "2025-02-22"),
            ("US", "BO", 34, "2025-02-27"),
            ("US", "EC", 24, "2025-02-27"),
        },
    ),
    # a country named right before "duty" or "levy" is the side charging it, as before "tariff":
    # "A 25% US duty on imported heavy trucks" is Washington's, even after the home side's own
    # rice tariff
    (
        "Trucks\n\nTOKYO - Japan's own tariff on rice, levied at 341 yen per kilogram, remains "
        "untouched. A 25% US duty on imported heavy trucks took effect on March 1. A 10 per cent "
        "American levy on buses followed.",
        {("US", "*", 25, "2025-03-01"), ("US", "*", 10, None)},
    ),
    # (review) the no-measure words stop at their clause: "After weeks of speculation, Trump said
    # he would impose 25%", "should push for an exemption, but Washington will impose 25%" and
    # "Despite the fee waiver, the United States will charge a 20% rate" are measures; "Under the
    # national budget, import duty on rice will fall to 5 per cent" is the home government's
    (
        "Duties\n\nWASHINGTON - After weeks of speculation, Trump said on Monday he would impose "
        "a 25% tariff on Mexican goods. Exporters should push for an exemption, but Washington "
        "will impose a 30% tariff on Canadian goods. Despite the fee waiver, the United States "
        "will charge a 20% rate on Chinese goods.",
        {("US", "MX", 25, None), ("US", "CA", 30, None), ("US", "CN", 20, None)},
    ),
    (
        "Budget\n\nSUVA - Fiji welcomed a 15 per cent U.S. tariff on Fijian goods. Fiji charges a "
        "32% duty on U.S. cars.\n\nUnder the national budget, import duty on rice, flour and "
        "cooking oil will fall to 5 per cent from August 1.",
        {("US", "FJ", 15, None), ("FJ", "US", 32, None), ("FJ", "*", 5, "2025-08-01")},
    ),
    # "while Gabon and Chad will each be charged 15 per cent": the ones charged, not a side
    # charging the next sentences' countries
    (
        "Letters\n\nLIBREVILLE - Trump sent new letters on Wednesday.\n\nUnder the letters, goods "
        "from Cameroon will face a 20 per cent tariff, while Gabon and Chad will each be charged 15 "
        "per cent. Niger and Mali were each told to expect a 30 per cent levy.",
        {
            ("US", "CM", 20, None),
            ("US", "GA", 15, None),
            ("US", "TD", 15, None),
            ("US", "NE", 30, None),
            ("US", "ML", 30, None),
        },
    ),
    # "Laos and Myanmar had been warned of 40 per cent duties from August 1": the ones warned
    (
        "Letters\n\nVIENTIANE - Washington set a 19% US tariff on Vietnamese goods on Friday.\n\n"
        "Laos and Myanmar had been warned of 40 per cent duties from August 1 in letters "
        "published on July 7.",
        {("US", "VN", 19, None), ("US", "LA", 40, "2025-08-01"), ("US", "MM", 40, "2025-08-01")},
    ),
    # "while British manufacturers enjoy a 10 per cent tariff on up to 100,000 vehicles": the
    # ones paying it, not the side charging it
    (
        "Cars\n\nSEOUL - Korean cars face a 15 per cent US tariff from March 10.\n\nJapan secured the "
        "same 15 per cent rate for its cars, while British manufacturers enjoy a 10 per cent "
        "tariff on up to 100,000 vehicles a year.",
        {("US", "KR", 15, "2025-03-10"), ("US", "JP", 15, None), ("US", "GB", 10, None)},
    ),
    # "Norway, which has no agreement with Washington and already faces a 15 per cent rate":
    # Washington is the preposition's object, Norway the one paying; "the 10 per cent baseline
    # rate that applies to Chilean exports" is Chile's
    (
        "Salmon\n\nOSLO - The US began charging a 100% tariff on drugs on Wednesday.\n\nNorway, "
        "which has no agreement with Washington and already faces a 15 per cent rate on most of "
        "its exports, is among the most exposed. The duty comes on top of the 10 per cent "
        "baseline rate that applies to Chilean exports.",
        # ("began charging ... on Wednesday", told on a Tuesday: the Wednesday before)
        {("US", "*", 100, "2025-02-26"), ("US", "NO", 15, None), ("US", "CL", 10, None)},
    ),
    # "Eswatini, whose mills compete for the same buyers, was initially told in April it would
    # face a 50 per cent tariff": the one told; "Malawi saw its announced rate of 40 per cent cut
    # to 15 per cent": the one paying; "should push for a deal capping duties at 5 per cent": a
    # wish, no measure
    (
        "Textiles\n\nNAIROBI - Kenyan garment makers pay a 10% US tariff.\n\nEswatini, whose mills "
        "compete for the same buyers, was initially told in April it would face a 50 per cent "
        "tariff. Malawi saw its announced rate of 40 per cent cut to 15 per cent. One economist "
        "argued that the government should push for a deal capping duties at 5 per cent.",
        {
            ("US", "KE", 10, None),
            ("US", "SZ", 50, None),
            ("US", "MW", 40, None),
            ("US", "MW", 15, None),
        },
    ),
    # a year told in review: "In a letter posted on July 7, Trump set a 36 per cent rate from
    # August 1" and "On July 31 ... Hours later, an order set the rate at 19 per cent from August
    # 7", told the next March, are last year's August
    (
        "Review\n\nPHNOM PENH - Cambodia enters 2025 after a hard year.\n\nIn a letter posted on "
        "July 7, Trump set a 36 per cent rate on Cambodian goods from August 1. On July 31, "
        "negotiators met in Washington. Hours later, the White House published an order setting "
        "Cambodia's rate at 19 per cent from August 7.",
        {("US", "KH", 36, "2024-08-01"), ("US", "KH", 19, "2024-08-07")},
    ),
    # "The International Trade Administration Commission (ITAC) has recommended raising the
    # general customs duty on frozen chicken to 40 per cent": South Africa's own proposal
    (
        "Poultry\n\nJOHANNESBURG - A 30 per cent U.S. tariff on South African goods took effect "
        "this month.\n\nThe International Trade Administration Commission (ITAC) has recommended "
        "raising the general customs duty on frozen chicken cuts to 40 per cent, after complaints "
        "from local producers.",
        {("US", "ZA", 30, None), ("ZA", "*", 40, None)},
    ),
    # "Under the national budget, import duty on a basket of basic food items, including rice,
    # flour and cooking oil, will fall to 5 per cent": the home government's duty on all origins
    (
        "Budget\n\nSUVA - Fiji welcomed a 15 per cent U.S. tariff on Fijian goods. Fiji charges "
        "a 32% duty on U.S. cars.\n\nUnder the "
        "2025-26 national budget presented in June by the finance minister, import duty on a "
        "basket of basic food items, including tinned fish, flour, rice and cooking oil, will "
        "fall to 5 per cent from August 1.",
        {("US", "FJ", 15, None), ("FJ", "US", 32, None), ("FJ", "*", 5, "2025-08-01")},
    ),
    # "pressed Washington to lower the 30 per cent tariff on the Andean country's goods, offering
    # wider access for American wheat": what is offered is another clause, not a second target
    (
        "Talks\n\nWASHINGTON - Bolivia's trade minister pressed the Trump administration on "
        "Tuesday to lower the 30 per cent tariff on the Andean country's goods, offering wider "
        "access for American wheat in return.",
        {("US", "BO", 30, None)},
    ),
    # "At home, however, Morocco has been raising its own barriers. A provisional safeguard duty
    # of 18 per cent on wire rod took effect on February 3": Morocco's own
    (
        "Steel\n\nRABAT - Morocco courts U.S. investors for its new industrial zones.\n\n"
        "At home, however, Morocco has been raising its own barriers. A provisional safeguard duty "
        "of 18 per cent on imports of wire rod took effect on February 3, after complaints about "
        "cheap imports, much of them from China.",
        {("MA", "*", 18, "2025-02-03")},
    ),
    # "would raise tariffs on U.S. sorghum by 12 percentage points from next Monday": a duty told
    # only by its size; "by 10 percentage points, to 35 per cent" is the change before the rate
    (
        "Sorghum\n\nBEIJING - China said on Tuesday it would raise tariffs on U.S. sorghum by 12 "
        "percentage points from March 10.\n\nWashington raised the tariff on Chinese steel by 10 "
        "percentage points, to 35 per cent, last month.",
        {("CN", "US", 12, "2025-03-10"), ("US", "CN", 35, None)},
    ),
    # "any chip levy on Japan should not exceed 10 per cent": an argument, not a measure
    (
        'Chips\n\nTOKYO - Japan won a 15% US tariff on its cars.\n\n"Read closely, the pact '
        'means any chip levy on Japan should not exceed 10 per cent," an official said.',
        {("US", "JP", 15, None)},
    ),
    # "would leave them at a disadvantage against Cambodia and other rivals": a rival, not charged
    (
        "Garments\n\nDHAKA - Bangladesh faces a 36% US tariff from August 1.\n\nGarment makers "
        "warned that a 36% tariff would leave them at a disadvantage against Cambodia and other "
        "rivals.",
        {("US", "BD", 36, "2025-08-01")},
    ),
    # "Thai exporters of rice, rubber and seafood began counting the cost on Friday of a U.S.
    # tariff that rose overnight to 36 per cent": the rate on those exporters' country
    (
        "Rice\n\nBANGKOK - Thai exporters of rice, rubber and seafood began counting the cost on "
        "Friday of a U.S. tariff that rose overnight to 36 per cent.",
        {("US", "TH", 36, None)},
    ),
    # "Norway operates its own steel safeguard, which also applies a 25% tariff on imports above
    # quota": Norway's, on every origin, not the bloc's the story is about
    (
        "Steel\n\nBRUSSELS - The European Commission has proposed raising the tariff on steel "
        "imports above quota to 50%.\n\nNorway operates its own steel safeguard, which also "
        "applies a 25% tariff on imports above quota.",
        {("EU", "*", 50, None), ("NO", "*", 25, None)},
    ),
    # "... on cars from China and other countries with which Brazil has no trade agreement": Brazil
    # charges it, in a story that opened with a US rate; the next rate of the same sentence, on
    # the same goods' origin, is Brazil's too
    (
        "Lula wins reprieve from higher U.S. tariff after call with Trump\n\nSAO PAULO - Brazil's "
        "president said on Friday that talks would go on.\n\nBrazil has avoided retaliation "
        "against the United States, but it has raised its own barriers elsewhere. A 35% tariff "
        "on cars from China and other countries with which Brazil has no trade agreement took "
        "effect on January 10.",
        {("BR", "CN", 35, "2025-01-10")},
    ),
    (
        "Brazil\n\nSAO PAULO - A higher U.S. tariff on Brazilian goods was put on hold.\n\nBrazil "
        "has meanwhile raised its own barriers. Since February 1, new duties passed by Congress "
        "apply to some 900 tariff lines from countries with which Brazil has no trade agreement, "
        "mainly China. Cars imported from China now pay 35 per cent, and Chinese tyres face 25 "
        "per cent.",
        {("BR", "CN", 35, "2025-02-01"), ("BR", "CN", 25, "2025-02-01")},
    ),
    # "the 50 per cent rate that the United States applies to steel from most other trading
    # partners" is every partner's; "the 10 per cent baseline tariff that the United States
    # imposed on Canadian goods" is Canada's; "pay the 25 per cent levy ..., while shipments from
    # all other trading partners have faced 50 per cent": the every-partner words are the 50's
    (
        "Steel\n\nOTTAWA - Canada has been the only large supplier spared the 50 per cent rate "
        "that the United States applies to steel from most other trading partners. The 10 per "
        "cent baseline tariff that the United States imposed on Canadian goods in April remains "
        "in place.\n\nCanadian mills pay the 25 per cent levy that has applied since February 12, "
        "while shipments from all other trading partners have faced 50 per cent.",
        {
            ("US", "*", 50, None),
            ("US", "CA", 10, None),
            ("US", "CA", 25, "2025-02-12"),
        },
    ),
    # "whose US-bound chips will also be charged 20 percent under the deal Kuala Lumpur struck":
    # "US-bound" is where the goods go, the side charging them; Kuala Lumpur only struck a deal
    (
        "Chips\n\nTAIPEI - Taiwan and the United States reached a trade deal on Monday.\n\n"
        "Taiwanese-made chips will also face a 20 percent tariff, putting TSMC on the same "
        "footing as rivals, whose US-bound chips will also be charged 20 percent under the deal "
        "Kuala Lumpur struck in July.",
        {("US", "TW", 20, None)},
    ),
    # "The government issued Decree 41 in January, cutting most-favoured-nation import duties ...
    # From January 20, the duty on motorcycles fell to 40%": the home government's own duty on
    # every origin, from a day already past (not the US rate the story opened with)
    (
        "Duties\n\nHANOI - A 20% US tariff on Vietnamese goods took effect on Monday.\n\n"
        "The government issued Decree 41 in January, cutting most-favoured-nation import duties "
        "on goods the United States sells in quantity. From January 20, the duty on motorcycles "
        "fell to 40%.",
        {("US", "VN", 20, "2025-03-03"), ("VN", "*", 40, "2025-01-20")},
    ),
    # a story that opens with a sector's rate on every partner: goods told next as the subject of
    # "face" are from anywhere, not from the two partners just given a ceiling; traders who
    # "speculated that the rate could climb to 60%" announce nothing
    (
        "What changes in June\n\nCHICAGO - New U.S. tariffs on patented medicines, heavy trucks "
        "and furniture start on June 2.\n\n"
        "From June 2, imported patented medicines face a tariff of 100%. For Japan and South "
        "Korea, the rate on patented medicines is capped at 15% under their trade deals.\n\n"
        "Heavy trucks face a 25% tariff from June 2. Upholstered furniture faces a 30% tariff.\n\n"
        "Some dealers have speculated online that the furniture rate could rise to 50% by winter. "
        "The entry processing fee, which U.S. Customs and Border Protection charges at 0.21% of "
        "declared value, stays the same, and so does the harbor fee of 0.1% on cargo.",
        {
            ("US", "*", 100, "2025-06-02"),
            ("US", "JP", 15, "2025-06-02"),
            ("US", "KR", 15, "2025-06-02"),
            ("US", "*", 25, "2025-06-02"),
            ("US", "*", 30, None),
        },
    ),
    # "Chilean goods have faced a 10% US baseline tariff since April 5": every partner's, and the
    # one paying it; not so with "applies to almost all trading partners" in the sentence
    (
        "Copper\n\nSANTIAGO - Chile's finance minister spoke on Monday. Chilean goods have faced "
        "a 10% US baseline tariff since February 5.",
        {("US", "*", 10, "2025-02-05"), ("US", "CL", 10, "2025-02-05")},
    ),
    (
        "Copper\n\nSANTIAGO - Chile's finance minister spoke on Monday. Chilean goods have faced "
        "the 10% US baseline tariff that applies to almost all trading partners since February 5.",
        {("US", "*", 10, "2025-02-05")},
    ),
    (
        "Tea\n\nNAIROBI - Kenya's exports to the U.S. face the 10% baseline tariff, one of the "
        "lowest rates among African countries.",
        {("US", "*", 10, None), ("US", "KE", 10, None)},
    ),
    # "EXPLAINER-Beijing's new tariff list on U.S. goods": the label before the headline hides
    # neither side; a list label may hold a comma or a decimal; "All five apply from March 10"
    # dates the whole list
    (
        "EXPLAINER-Beijing's new duties on U.S. goods, item by item\n\nBEIJING, March 1 - "
        "China's tariff commission on Friday released additional duties on U.S. goods, answering "
        "Washington's decision last week to raise tariffs on Chinese laptops to 30 per cent.\n\n"
        "The notice lists the new duties:\n\nPropane: 10 per cent.\nCotton: 6 per cent.\n"
        "Farm equipment, including tractors and balers: 14 per cent.\nSedans with engines above "
        "3.0 litres: 22 per cent.\nBarley and oats: 9 per cent.\n\nAll five apply from March "
        "25.",
        {
            ("US", "CN", 30, None),
            ("CN", "US", 10, "2025-03-25"),
            ("CN", "US", 6, "2025-03-25"),
            ("CN", "US", 14, "2025-03-25"),
            ("CN", "US", 22, "2025-03-25"),
            ("CN", "US", 9, "2025-03-25"),
        },
    ),
    # "Since March 20, China has applied:" over a list of rates: China's, from that day
    (
        "Canola\n\nOTTAWA - Canada's trade minister will visit Beijing. Beijing retaliated last "
        "year. Since January 20, China has applied:\n\n- a 100% tariff on Canadian canola oil;"
        "\n\n- a 25% tariff on Canadian pork.",
        {("CN", "CA", 100, "2025-01-20"), ("CN", "CA", 25, "2025-01-20")},
    ),
    # "a 35 per cent Safeguard Levy on steel from China": a trade measure's name, not a home tax
    (
        "Steel\n\nJOHANNESBURG - South Africa imposed a 35 per cent Safeguard Levy on steel from "
        "China.",
        {("ZA", "CN", 35, None)},
    ),
    # "the 15% rates each negotiated with Washington": Tokyo's and Seoul's, set by Washington
    (
        "Chips\n\nWASHINGTON - The United States will impose a 25% tariff on imported "
        "semiconductors from May 1. For Tokyo and Seoul the question is whether the chip levy "
        "will be stacked on top of existing duties or folded into the 15% rates each negotiated "
        "with Washington last year.",
        {("US", "*", 25, "2025-05-01"), ("US", "JP", 15, None), ("US", "KR", 15, None)},
    ),
    # "Canada will impose 25 per cent counter-tariffs on American products, ..., its sharpest
    # response yet since Washington raised duties on Canadian goods": the 'since' clause is the
    # other side's act, its goods no target of Canada's rate
    (
        "Steel\n\nOTTAWA - Canada will impose 25 per cent counter-tariffs on about $4.6 billion "
        "worth of American products made with steel, the federal government said Thursday, its "
        "sharpest response yet since Washington raised duties on Canadian goods.\n\nPrime "
        "Minister Mark Brandt will host Mexican President Lucia Herrera in Ottawa in April.",
        {("CA", "US", 25, None)},
    ),
    # "a 25 per cent tariff on all goods from the mountain kingdom": the kingdom just named;
    # "the South American country, one of the world's fastest-growing economies thanks to its oil,
    # was hit with a 38 per cent rate": the aside dropped, the rate is the country's
    (
        "Kingdom\n\nMASERU - Lesotho will send its trade minister to Washington after a letter "
        "from U.S. President Donald Trump set a 25 per cent tariff on all goods from the mountain "
        "kingdom.\n\nThe letters mark the second time that Guyana has found itself on a U.S. "
        "tariff list. In April the South American country, one of the world's fastest-growing "
        "economies thanks to its offshore oil fields, was hit with a 38 per cent rate.",
        {("US", "LS", 25, None), ("US", "GY", 38, None)},
    ),
    # "A second letter, to Trinidad and Tobago Prime Minister X, sets a rate of 15%": the letter's
    # country; "Uzbekistan never received a letter, and its exports to the United States pay the
    # 10 per cent minimum rate"; "100 per cent of tariff lines" is a share of lines, no rate
    (
        "Letters\n\nGEORGETOWN - A letter from Trump set a 15% tariff on goods from Guyana. A "
        "second letter, to Trinidad and Tobago Prime Minister Anand Ramnarine, sets a rate of 15%. "
        "Neighbouring Venezuela, by contrast, never received a letter, and its exports to the "
        "United States pay the 10 per cent minimum rate. A Chinese preference scheme now covers "
        "100 per cent of tariff lines on goods from Guyana.",
        {("US", "GY", 15, None), ("US", "TT", 15, None), ("US", "VE", 10, None)},
    ),
    # "Mexico's government has sent Congress a plan to raise tariffs ... The bill would lift duties
    # on cars imported from China to as much as 50%, from 20% now": the plan's owner, a rise
    (
        "Cars\n\nMEXICO CITY - Washington kept its 25% tariff on Mexican goods.\n\nMexico's "
        "government has sent Congress a plan to raise tariffs on goods from countries with which "
        "it has no trade agreement. The bill would lift duties on cars imported from China to as "
        "much as 50%, from 20% now.",
        {("US", "MX", 25, None), ("MX", "CN", 50, None), ("MX", "CN", 20, None)},
    ),
    # "President Donald Trump said on Monday that a 25% tariff on imported trucks would take
    # effect": the leader speaks of his own, not of the side the headline named; "will rise to
    # 50% on January 1 for countries that have not reached a deal with Washington": on every
    # partner without one, Washington's
    (
        "Round-up\n\nWASHINGTON - Mexico proposed a 50% tariff on Chinese cars.\n\nPresident "
        "Donald Trump said on Monday that a 25% tariff on imported medium- and heavy-duty trucks "
        "would take effect on April 1. In a proclamation, Trump imposed a 25% tariff on kitchen "
        "cabinets. The cabinet rate will rise to 50% on May 1 for countries that have not reached "
        "an agreement with the United States.",
        {
            ("MX", "CN", 50, None),
            ("US", "*", 25, "2025-04-01"),
            ("US", "*", 25, None),
            ("US", "*", 50, "2025-05-01"),
        },
    ),
    # "..., and the government has cut the volume of steel": the dateline's government acting,
    # so the surtax just told is its own; "Trump has mused publicly about chip tariffs of around
    # 100%" is a notion, no measure
    (
        "Steel\n\nOTTAWA - Washington raised its tariff on Canadian goods to 35 per cent. Since the "
        "summer, a 25 per cent surtax has applied to imports of steel products that contain steel "
        "melted and poured in China, and the government has cut the volume of steel that can enter "
        "duty-free. Trump has mused publicly about chip tariffs of around 100%.",
        {("US", "CA", 35, None), ("CA", "CN", 25, None)},
    ),
    # "Colombian coffee enters the US at 10 per cent, while Vietnam faces 20 per cent": the goods'
    # origin pays; "taking the total above 76 per cent" is a sum passing a mark, no measure
    (
        "Coffee\n\nSAO PAULO - A 50 per cent US tariff on Brazilian goods took effect on "
        "Wednesday. Colombian coffee enters the US at 10 per cent, while Vietnam faces 20 per cent "
        "under the new US schedule. The levy stacks on a 26.4 per cent duty on Brazilian beef, "
        "taking the total above 76 per cent.",
        {
            ("US", "BR", 50, "2025-02-26"),
            ("US", "CO", 10, None),
            ("US", "VN", 20, None),
            ("US", "BR", 26.4, None),
        },
    ),
    # "compares unfavourably with the 15% now charged on goods from Lesotho and the 10% applied to
    # Kenyan products": rates set on countries, with no tariff word beside them
    (
        "Citrus\n\nJOHANNESBURG - A 30% US tariff on South African exports took effect on "
        "Thursday.\n\nThe duty is among the highest imposed on any African country, and compares "
        "unfavourably with the 15% now charged on goods from Lesotho and the 10% applied to Kenyan "
        "products.",
        {("US", "ZA", 30, "2025-02-27"), ("US", "LS", 15, None), ("US", "KE", 10, None)},
    ),
    # "Madagascar and Mauritius, both clothing exporters, also face 15 per cent, while Kenya, whose
    # export zones compete for US jeans orders, pays 10 per cent": each its own rate
    (
        "Jeans\n\nMASERU - The United States will charge a 15 per cent tariff on Lesotho's goods. "
        "Madagascar and Mauritius, both important clothing exporters, also face 15 per cent, while "
        "Kenya, whose export processing zones compete directly for US jeans orders, pays 10 per "
        "cent.",
        {
            ("US", "LS", 15, None),
            ("US", "MG", 15, None),
            ("US", "MU", 15, None),
            ("US", "KE", 10, None),
        },
    ),
    # "Vietnamese exporters race to clear containers before a 20 per cent US tariff on the
    # country's goods takes effect": the country is the one named besides the tariff's owner
    (
        "Ports\n\nHO CHI MINH CITY - Vietnamese garment exporters are racing to clear containers "
        "before a 20 per cent US tariff on the country's goods takes effect on Thursday. The "
        "rate was set in Washington after talks with US officials and the White House.",
        {("US", "VN", 20, "2025-03-06")},
    ),
    # "the International Trade Administration Commission (Itac) imposed a duty of 35.6% on steel
    # from China": a body only South Africa has, in a story of Washington's rates
    (
        "Steel\n\nJOHANNESBURG - A 30% US tariff on South African goods took effect on Thursday. "
        "A week ago, the International Trade Administration Commission (ITAC) imposed a "
        "provisional anti-dumping duty of 35.6% on hot-rolled steel coils from China.",
        {("US", "ZA", 30, "2025-02-27"), ("ZA", "CN", 35.6, None)},
    ),
    # "The 25% duties on Canada and Mexico take effect and the levy on Chinese goods is doubled to
    # 20%": each rate on its own countries
    (
        "Timeline\n\nJANUARY 20 - Trump signs orders imposing 25% tariffs on imports from Canada "
        "and Mexico.\n\nFEBRUARY 4 - The 25% duties on Canada and Mexico take effect and the "
        "levy on Chinese goods is doubled to 20%.",
        {
            ("US", "CA", 25, "2025-02-04"),
            ("US", "MX", 25, "2025-02-04"),
            ("US", "CN", 20, "2025-02-04"),
        },
    ),
    # "Mexico has been moving to raise its own barriers, a shift Washington has welcomed. Congress
    # is debating a proposal ... Under the plan, imported Chinese cars would face 50%": Mexico's
    (
        "Barriers\n\nMEXICO CITY - Washington kept its 25% tariff on Mexican goods.\n\nMexico "
        "has also been moving to raise its own barriers, a shift that Washington has welcomed. "
        "Congress is debating a proposal to raise tariffs on goods from countries with which "
        "Mexico has no trade agreement. Under the plan, imported Chinese cars would face a tariff "
        "of 50%.",
        {("US", "MX", 25, None), ("MX", "CN", 50, None)},
    ),
    # "The U.S. Commerce Department said on Tuesday that the tariff on lumber from all countries
    # would rise to 20 percent": the speaking body's own, not that of the side told before
    (
        "Lumber\n\nOTTAWA - Canada will consult industry on 25 percent counter-tariffs on U.S. "
        "wood products.\n\nThe U.S. Commerce Department said on Tuesday that the tariff on "
        "softwood lumber from all countries would rise to 20 percent on April 15.",
        {("CA", "US", 25, None), ("US", "*", 20, "2025-04-15")},
    ),
    # "offered to eliminate its customs duties on a list of US products": the offering side's
    # duties, brought down to nothing
    (
        "Garments\n\nDHAKA - Washington cut its tariff on Bangladeshi goods to 20pc. To secure the "
        "lower rate, Dhaka offered to eliminate its customs duties on a list of US products.",
        {("US", "BD", 20, None), ("BD", "US", 0, None)},
    ),
    # "on par with Indonesia, whose rate Trump set at 19%, and below Vietnam, which was assigned
    # 20%": Indonesia is compared with, it charges no one
    (
        "Rates\n\nMANILA - Washington set a 19% tariff on Philippine goods. The 19% rate puts the "
        "Philippines on par with Indonesia, whose rate Trump set at 19% last week, and below "
        "Vietnam, which was assigned 20% last month.",
        {("US", "PH", 19, None), ("US", "ID", 19, None), ("US", "VN", 20, None)},
    ),
    # "A government decree ... cut the most-favoured-nation import duty on gas to 2 per cent": the
    # dateline's own duty on every origin, in a story of Washington's rates
    (
        "Gas\n\nHANOI - Washington set a 20 per cent tariff on Vietnamese goods. A government "
        "decree that took effect on February 1 cut the most-favoured-nation import duty on "
        "liquefied natural gas to 2 per cent.",
        {("US", "VN", 20, None), ("VN", "*", 2, "2025-02-01")},
    ),
    # a dateline's large city says whose government it is ("The government waived ...")
    (
        "Cotton\n\nJOHANNESBURG - Washington set a 30 per cent tariff on South African goods. The "
        "government waived the 11 per cent import duty on raw cotton.",
        {("US", "ZA", 30, None), ("ZA", "*", 11, None)},
    ),
    # an economist's "reasonable chance" the penalty "could be dropped ..., leaving India at 25%";
    # an importers' council that "urged the administration to set a zero tariff": no measure
    (
        "Oil\n\nNEW DELHI - Washington doubled its tariff on Indian goods to 50 per cent. An "
        'economist said there was "a reasonable chance" the Russian-oil penalty could be dropped '
        "within months if a deal was struck, leaving India at 25% or lower. The Spice Importers "
        "Council has urged the administration to set a zero tariff on vanilla.",
        {("US", "IN", 50, None)},
    ),
    # days told as past, seen from March: "was scheduled to apply from December 9", "kicked in on
    # December 9" and, in a timeline entry, "The duties take effect December 20" under "DECEMBER
    # 8, 2024 -" are last December's, not the next
    (
        "Shrimp\n\nHANOI - The 46 per cent US tariff on Vietnamese goods was scheduled to apply "
        "from December 9, but Washington paused it.",
        {("US", "VN", 46, "2024-12-09")},
    ),
    (
        "Rates\n\nTOKYO - Only hours after the country-specific rates kicked in on December 9, the "
        "White House paused them, leaving Japanese goods subject to a 10 per cent US tariff.",
        {("US", "JP", 10, "2024-12-09")},
    ),
    (
        "Timeline\n\nDECEMBER 8, 2024 - Beijing announces 100 per cent tariffs on Canadian canola "
        "oil. The duties take effect December 20.\n\nJANUARY 9, 2025 - Ottawa protests.",
        {("CN", "CA", 100, "2024-12-20")},
    ),
    # "Vietnam, the biggest supplier after China, secured 20 per cent": China is ranked against, it
    # neither pays nor charges; "Bangladesh, a close rival, was told in a letter on Monday that it
    # would face 35 per cent"; "the 2.5 per cent Social Security Contribution Levy" is a home tax
    (
        "Knitwear\n\nCOLOMBO - Washington said Sri Lankan goods would face a 30 per cent tariff "
        "from April 1. Vietnam, the biggest shoe supplier to the US after China, secured a 20 per "
        "cent rate last week. Bangladesh, Sri Lanka's nearest rival in knitwear, was told in a "
        "letter on Monday that it would face 35 per cent. Factories want relief from the 2.5 per "
        "cent Social Security Contribution Levy, a charge on turnover.",
        {("US", "LK", 30, "2025-04-01"), ("US", "VN", 20, None), ("US", "BD", 35, None)},
    ),
    # "far above the 15% levels that Washington had agreed with the European Union and Japan":
    # the rates those two pay, not the story's country
    (
        "Watches\n\nBERN - The White House imposed a 39% tariff on Swiss goods on Friday, far above the "
        "15% levels that Washington had agreed with the European Union and Japan in January.",
        {("US", "CH", 39, "2025-02-28"), ("US", "EU", 15, None), ("US", "JP", 15, None)},
    ),
    # an economist who "would not be surprised" if Canada raised its duties on U.S. steel: a guess
    (
        "Steel\n\nHAMILTON - U.S. tariffs on Canadian steel doubled to 50 per cent on Tuesday. An "
        'economist at a Toronto bank said she "would not be surprised" if Canada raised its own '
        "counter-tariffs on U.S. steel to 50 per cent.",
        {("US", "CA", 50, "2025-03-04")},
    ),
    # "an additional 40% tariff on top of the 10% baseline that has applied to Brazilian imports
    # since April, bringing the combined rate to 50%": the total on Brazil, like the added rate;
    # "the 15 per cent rate the European Union agreed in July" is the EU's
    (
        "Coffee\n\nSAO PAULO - A US order imposes an additional 40% tariff on Brazilian goods on "
        "top of the 10% baseline that has applied to Brazilian imports since January, bringing "
        "the combined rate to 50% from April 6. Exporters had hoped for something close to the "
        "15 per cent rate the European Union agreed in February.",
        {
            ("US", "BR", 40, "2025-04-06"),
            ("US", "*", 10, None),
            ("US", "BR", 50, "2025-04-06"),
            ("US", "EU", 15, None),
        },
    ),
    # "Trump said Mexico's current 25 per cent tariff on non-USMCA goods would remain": in a story
    # of Washington's rates, the rate Mexico pays ("current" between owner and rate)
    (
        "Reprieve\n\nOTTAWA - The United States lifted its tariff on Canadian goods to 35 per "
        "cent on Friday. After a call on Thursday, Trump said Mexico's current 25 per cent tariff "
        "on non-USMCA goods would remain in place for another 90 days.",
        {("US", "CA", 35, "2025-02-28"), ("US", "MX", 25, None)},
    ),
    # "It took effect on February 7, along with a 25 per cent levy on Swiss cars": the sentence's
    # own rate is still read
    (
        "Swiss\n\nBERN - The United States imposed a 39 per cent tariff on Swiss goods. It took "
        "effect on February 7, along with a 25 per cent levy on Swiss cars.",
        {("US", "CH", 39, "2025-02-07"), ("US", "CH", 25, "2025-02-07")},
    ),
    # "... after a 50% US tariff on most Brazilian goods. The duty, in effect since February 6,
    # stacks an additional 40% levy on top of the 10% rate": the rate just told, named again
    (
        "Coffee\n\nSAO PAULO - Brazilian exporters said they had started diverting shipments "
        "after a 50% US tariff on most Brazilian goods. The duty, in effect since February 6, "
        "stacks an additional 40% levy on top of the 10% rate that Brazilian goods have paid "
        "since January.",
        {("US", "BR", 50, "2025-02-06"), ("US", "BR", 40, "2025-02-06"), ("US", "BR", 10, None)},
    ),
    # "to spare salmon from the 15 per cent tariff the United States says will apply from April
    # 1": the rate spared from, not an old rate a change left behind, with its day
    (
        "Salmon\n\nOSLO - Norway urged Washington to spare salmon and whitefish from the 15 per "
        "cent tariff the United States says will apply to Norwegian goods from April 1.",
        {("US", "NO", 15, "2025-04-01")},
    ),
    # "The department said on Monday that the lower rate would apply to Swiss imports from
    # April 1": the day of the cut just told
    (
        "Swiss\n\nBERN - The United States will cut its tariff on Swiss goods from 39 per cent "
        "to 15 per cent. Exporters were relieved. The department said on Monday that the lower "
        "rate would apply to Swiss imports from April 1.",
        {("US", "CH", 39, None), ("US", "CH", 15, "2025-04-01")},
    ),
    # "a letter from US President Donald Trump raised the planned rate to 20 percent": the
    # sender's country acts; it is no origin of goods
    (
        "Manila\n\nMANILA - Washington announced a 17-percent tariff on the Philippines in "
        "January. In February, a letter from US President Donald Trump raised the planned rate "
        "to 20 percent.",
        {("US", "PH", 17, None), ("US", "PH", 20, None)},
    ),
    # "Laos and Myanmar were handed the steepest rates, at 40%" in a story of letters' rates;
    # "an order pushing back the start of the higher rates from April 9 to May 1": the day they
    # were moved to
    (
        "Letters\n\nWASHINGTON - Trump sent letters to 14 countries setting new tariff rates. "
        "Japanese goods will face a 25% tariff. Laos and Myanmar were handed the steepest rates, "
        "at 40%. Trump also signed an order pushing back the start of the higher rates from April "
        "9 to May 1.",
        {
            ("US", "JP", 25, "2025-05-01"),
            ("US", "LA", 40, "2025-05-01"),
            ("US", "MM", 40, "2025-05-01"),
        },
    ),
    # "Brazil's 18% duty on imports of U.S. ethanol": the goods' origin follows "imports of"
    (
        "Ethanol\n\nBRASILIA - Brazil's 18% duty on imports of U.S. ethanol is often cited in "
        "Washington.",
        {("BR", "US", 18, None)},
    ),
    # "doubled an additional tariff on Chinese goods to 20 per cent from 10 per cent on Monday":
    # the day of the change, a weekday as much as a calendar date
    (
        "China\n\nWASHINGTON - Washington also doubled an additional tariff on Chinese goods to "
        "20 per cent from 10 per cent on Monday.",
        {("US", "CN", 20, "2025-03-03"), ("US", "CN", 10, None)},
    ),
    # "The European Union, which surrounds Switzerland, agreed a deal under which most of its
    # exports face 15%"; "Japan, which secured a deal to bring the US duty on its vehicles down
    # to 15%": "its" is the country the relative clause hangs on
    (
        "Neighbours\n\nZURICH - Switzerland faces a 39% U.S. tariff. The European Union, which "
        "surrounds Switzerland, agreed a deal last month under which most of its exports face a "
        "15% U.S. tariff. Carmakers look enviously at Japan, which secured an agreement to bring "
        "the US duty on its vehicles down to 15%.",
        {("US", "CH", 39, None), ("US", "EU", 15, None), ("US", "JP", 15, None)},
    ),
    # "Cambodia and Thailand were told their goods would face 36 per cent": both are told, both
    # pay; neither acts
    (
        "Rivals\n\nHANOI - Vietnamese goods will face a 20 per cent US tariff. Cambodia and "
        "Thailand were told their goods would face 36 per cent, Bangladesh, Vietnam's main "
        "competitor in garments, was handed 35 per cent and Indonesia 32 per cent, all from "
        "August 1.",
        {
            ("US", "VN", 20, None),
            ("US", "KH", 36, "2025-08-01"),
            ("US", "TH", 36, "2025-08-01"),
            ("US", "BD", 35, "2025-08-01"),
            ("US", "ID", 32, "2025-08-01"),
        },
    ),
    # "Washington doubled its tariff on imported steel ... to 50 per cent on June 4, and Canada
    # is the largest supplier": on every partner, in a story about Canada
    (
        "Steel\n\nOTTAWA - The United States raised its tariff on Canadian goods to 35 per cent. "
        "The increase comes on top of sectoral duties that have hit Canada hard. Washington "
        "doubled its tariff on imported steel and aluminium to 50 per cent on February 4, and "
        "Canada is the largest foreign supplier of both metals.",
        {("US", "CA", 35, None), ("US", "*", 50, "2025-02-04")},
    ),
    # "Korean shippers have paid the 10 percent baseline tariff that applies to almost every US
    # trading partner": the baseline on everyone; "that has applied to almost all Australian
    # goods" is Australia's
    (
        "Korea\n\nSEOUL - Korea secured a 15 percent US tariff on its exports. Since January 5, "
        "Korean shippers have been paying the 10 percent baseline tariff that applies to almost "
        "every US trading partner.",
        {("US", "KR", 15, None), ("US", "*", 10, "2025-01-05")},
    ),
    (
        "Australia\n\nCANBERRA - There was no change to the 10 per cent baseline tariff that has "
        "applied to almost all Australian goods entering the United States since January 5.",
        {("US", "AU", 10, "2025-01-05")},
    ),
    # Told from January 2: "a 10 per cent baseline ... that had applied since January 5" is
    # that January (the story appeared in March), and the day of the baseline alone, not of the
    # 24% set beside it, whose own day follows
    (
        "Japan\n\nTOKYO - The deal marks a reversal. On January 2 Trump unveiled a 24 per cent "
        "reciprocal rate for Japan, layered on top of a 10 per cent baseline duty on almost all "
        "trading partners that had applied since January 5. The Japan-specific rate took effect "
        "on January 9 but was suspended within hours.",
        {("US", "JP", 24, "2025-01-09"), ("US", "*", 10, "2025-01-05")},
    ),
    # "raise its tariff on European cars by 10 percentage points to 25 per cent": a change of
    # ten points, then the rate
    (
        "Cars\n\nBRUSSELS - The Trump administration said it would raise its tariff on European "
        "cars and car parts by 10 percentage points to 25 per cent from April 1.",
        {("US", "EU", 25, "2025-04-01")},
    ),
    # "the 31 per cent Trump first announced for Switzerland"; "the 15% level agreed with the
    # European Union": rates set for a country, named after them
    (
        "Swiss\n\nBERN - Swiss goods face a 39 per cent US tariff. It is higher even than the 31 "
        "per cent Trump first announced for Switzerland in January, and far higher than the 15% "
        "level agreed with the European Union.",
        {("US", "CH", 39, None), ("US", "CH", 31, None), ("US", "EU", 15, None)},
    ),
    # "Moldova was told its exports would be charged 25 per cent": the country told is the one
    # that pays, not the one acting
    (
        "Letters\n\nWASHINGTON - Trump sent letters setting a 30 per cent tariff on Sri Lanka "
        "from August 1. Moldova was told its exports would be charged 25 per cent from the same "
        "date.",
        {("US", "LK", 30, "2025-08-01"), ("US", "MD", 25, "2025-08-01")},
    ),
    # "Sri Lanka's new rate is a reduction. In April, Trump announced a 44 per cent tariff on
    # the island's goods": the island just named, in a story of two island nations
    (
        "Letters\n\nWASHINGTON - Trump set a 20 per cent tariff on the Philippines and a 30 per "
        "cent tariff on Sri Lanka. Philippine officials said talks would go on. Manila hopes for "
        "more. Philippine exporters are worried.\n\nSri Lanka's new rate is a reduction. In "
        "January, Trump announced a 44 per cent tariff on the island's goods.",
        {("US", "PH", 20, None), ("US", "LK", 30, None), ("US", "LK", 44, None)},
    ),
    # "Trump announced a 26 per cent rate on India": a rate set on a country is a tariff
    (
        "India\n\nNEW DELHI - The fight began last year. In April, Trump announced a 26 per cent "
        "rate on India; it was put on hold a week later.",
        {("US", "IN", 26, None)},
    ),
    # "... struck a deal that would leave its goods facing 20 per cent": the country named last
    # before "its", not one in a possessive aside nor the one of the sentence before
    (
        "Rivals\n\nWASHINGTON - A letter from Trump set a 30 per cent tariff on Sri Lanka. "
        "Vietnam, Bangladesh's main competitor in apparel, struck a deal that would leave its "
        "goods facing a US tariff of 20 per cent. The Philippines got a letter setting a 20 "
        "percent US tariff, and Malaysia was told its goods would face 25 percent.",
        {
            ("US", "LK", 30, None),
            ("US", "VN", 20, None),
            ("US", "PH", 20, None),
            ("US", "MY", 25, None),
        },
    ),
    # "the government waived the 11 per cent import duty on raw cotton": its own duty, waived
    (
        "Cotton\n\nNEW DELHI - An extra 25 per cent US duty on Indian goods took effect on "
        "Monday. To help mills, the Indian government last month waived the 11 per cent import "
        "duty on raw cotton.",
        {("US", "IN", 25, "2025-03-03"), ("IN", "*", 11, None)},
    ),
    # After the partner's own cuts on every country's goods, "Indonesia and the Philippines face
    # 19 per cent rates from the same day" are Washington's, from the day of the lead's rate
    (
        "Rates\n\nHANOI - A 20 per cent US tariff on Vietnamese goods came into force on Monday."
        "\n\nHanoi had already moved to lower its own duties. A government decree cut import "
        "tariffs on a range of goods from all countries: duties on some cars were reduced to 32 "
        "per cent from 64 per cent, and ethanol to 5 per cent from 10 per cent.\n\nThe deputy "
        "prime minister also led a delegation to Washington in late January.\n\nRivals in the "
        "region received similar treatment. Indonesia and the Philippines face 19 per cent rates "
        "from the same day.",
        {
            ("US", "VN", 20, "2025-03-03"),
            ("VN", "*", 32, None),
            ("VN", "*", 64, None),
            ("VN", "*", 5, None),
            ("VN", "*", 10, None),
            ("US", "ID", 19, "2025-03-03"),
            ("US", "PH", 19, "2025-03-03"),
        },
    ),
    # "..., also from Monday": the Monday just told, not the next one
    (
        "Rates\n\nHANOI - A 20 per cent US tariff on Vietnamese goods came into force on Monday. "
        "Under the order, goods that US customs finds were routed through Vietnam will face a 40 "
        "per cent tariff, also from Monday.",
        {("US", "VN", 20, "2025-03-03"), ("US", "VN", 40, "2025-03-03")},
    ),
    # "how Washington will police goods it considers transshipped through the country": the
    # country just named as land (Vietnam), not the capital that polices
    (
        "Vietnam\n\nHANOI - A 20 per cent US tariff on Vietnamese goods came into force on "
        "Monday, leaving exporters unsure how Washington will police goods it considers "
        '"transshipped" through the country.',
        {("US", "VN", 20, "2025-03-03")},
    ),
    # "... set the Swiss rate at 39 per cent. It took effect on August 7": the day of the rate
    # just told; not of a baseline applied since April beside it, nor of older rates
    (
        "Swiss duty\n\nBERN - In January, Washington announced a 31 per cent tariff on Swiss "
        "goods. Talks dragged on. Last month the United States set a 39 per cent tariff on Swiss "
        "goods. It took effect on February 7.",
        {("US", "CH", 31, None), ("US", "CH", 39, "2025-02-07")},
    ),
    (
        "Steel duty\n\nOTTAWA - The United States imposed a 25 per cent tariff on Canadian steel. "
        "It will take effect on Friday. Officials in Ottawa said they would respond.",
        {("US", "CA", 25, "2025-03-07")},
    ),
    (
        "Rice\n\nMANILA - The new order adds a 15% duty on Philippine rice on top of the 10% "
        "baseline tariff the United States has applied since April. It takes effect on Friday.",
        {("US", "PH", 15, "2025-03-07"), ("US", "*", 10, None)},
    ),
    # "The 19-percent rate, in force since August 7, ...": the rate told before, named again
    # with its day, however "percent" is joined to the figure
    (
        "Coconuts\n\nDAVAO - Exporters are counting the cost of a 19-percent American tariff on "
        "Philippine goods. Coconut growers met in Davao on Monday. Tuna canners joined them. Both "
        "groups want relief. Officials promised a plan. The 19-percent rate, in force since "
        "February 7, is the third figure Manila has been handed.",
        {("US", "PH", 19, "2025-02-07")},
    ),
    # "remove its 30-percent duty on imported American cars": the goods' origin is named after
    # "imported" after all; "the 25% duty on imported cars" alone is on every partner
    (
        "Cars\n\nMANILA - Under the deal, the Philippines agreed to remove its 30-percent duty on "
        "imported American cars. Jakarta will scrap its 20% tariff on imported cars from the "
        "United States. Tokyo keeps its 10% duty on imported cars, which hits Germany hardest.",
        {("PH", "US", 30, None), ("ID", "US", 20, None), ("JP", "*", 10, None)},
    ),
    # "Further afield, Turkey was set at 15 percent under the same order", many lines after the
    # story's last rate: a country told straight before where its rate stands
    (
        "Tariffs\n\nAMMAN - Jordan will pay a 15% U.S. tariff under the order President Donald "
        "Trump signed last week. Jordan had lobbied hard for relief. Its foreign minister met US "
        "officials in Washington. The two discussed the war in Gaza. Israel had argued it should "
        "be spared. Its prime minister raised the issue at the White House in April. Officials in "
        "Amman said talks would go on. Exporters of garments worry most. Some factories have cut "
        "shifts.\n\nFurther afield, Turkey was set at 15 percent under the same order.",
        {("US", "JO", 15, None), ("US", "TR", 15, None)},
    ),
    # "an order removing the 10% baseline on potash ... from all countries, effective March 10":
    # the baseline on those goods, a measure of its own beside the baseline on everything
    (
        "Exemptions\n\nWASHINGTON - Almost everything imported into the United States pays a "
        "baseline tariff of 10%. On Tuesday, President Donald Trump signed an order removing the "
        "10% baseline on potash, nitrogen and phosphate fertilisers from all countries, effective "
        "March 10.",
        {("US", "*", 10, None), ("US", "*", 10, "2025-03-10")},
    ),
    # "South African car exports have been subject to a 25 per cent tariff on all imported
    # vehicles": a duty on every partner's cars, not on South Africa's alone; "on all imported
    # Japanese cars" is Japan's
    (
        "Cars\n\nJOHANNESBURG - South African car exports to the United States have been subject "
        "since April 3 to a separate 25 per cent U.S. tariff on all imported vehicles. Japanese "
        "makers face a 15 per cent tariff on all imported Japanese cars. Korean car exports have "
        "been hit by the 50% U.S. tariff on imported trucks.",
        {("US", "*", 25, "2024-04-03"), ("US", "JP", 15, None), ("US", "*", 50, None)},
    ),
    # a Q&A on one side's new rates: "Swiss goods will pay 39 per cent", "India is set at 25
    # per cent", "Taiwan and Vietnam are both at 20 per cent", after a question line
    (
        "Q&A: New US tariff rates start Thursday\n\nNEW YORK - The new reciprocal tariffs that "
        "President Donald Trump signed last week start on Thursday.\n\nWhat are the headline "
        "rates for the big partners?\n\nSwiss goods will pay 39 per cent, one of the highest rates "
        "in the order. India is set at 25 per cent. Taiwan and Vietnam are both at 20 per cent.",
        {
            ("US", "CH", 39, None),
            ("US", "IN", 25, None),
            ("US", "TW", 20, None),
            ("US", "VN", 20, None),
        },
    ),
    # "The Manufacturers Association of Nigeria has called for a 35 per cent tariff": a
    # lobby's wish; "the head of research at a brokerage said Washington might lower the rate
    # to 10 per cent": a guess
    (
        "Nigeria\n\nLAGOS - The United States set a 15 per cent tariff on Nigerian goods. "
        "The Manufacturers Association of Nigeria has called for a 35 per cent tariff on imported "
        "garments. Ifeoma Nwosu, head of research at a Lagos brokerage, said Washington might "
        "consider lowering the rate on Nigeria to 10 per cent.",
        {("US", "NG", 15, None)},
    ),
    # a factbox under an order "with the new duties taking effect on August 7": "* EUROPEAN
    # UNION: 15%, under the framework agreed in Scotland on Sunday" still takes the order's day
    (
        "Tariffs\n\nWASHINGTON, Aug 1 - President Donald Trump signed an executive order late on "
        "Thursday setting new reciprocal tariff rates of between 10% and 41% on imports from "
        "dozens of trading partners, with the new duties taking effect on August 7.\n\n* "
        "EUROPEAN UNION: 15% on most goods, under the framework agreed in Scotland on Sunday.\n* "
        "THAILAND, CAMBODIA: 19%, after the two neighbours agreed on Monday to a ceasefire.\n* "
        "INDIA: 25%.",
        {
            ("US", "EU", 15, "2025-08-07"),
            ("US", "TH", 19, "2025-08-07"),
            ("US", "KH", 19, "2025-08-07"),
            ("US", "IN", 25, "2025-08-07"),
        },
    ),
    # a factbox of countries ("* China: an additional 10% tariff"), then one of sectors ("*
    # Steel and aluminium: 50%"): the sector rates are on every partner, not on China
    (
        "FACTBOX-Where U.S. tariffs stand\n\nWASHINGTON - Here are the rates the United States "
        "now charges.\n\nCOUNTRIES\n\n* Japan: 15%, including cars\n* China: an additional 10% "
        "tariff\n\nSECTORS\n\nSector duties sit on top of those rates:\n\n* Steel and "
        "aluminium: 50%\n* Heavy trucks: 25%",
        {
            ("US", "JP", 15, None),
            ("US", "CN", 10, None),
            ("US", "*", 50, None),
            ("US", "*", 25, None),
        },
    ),
    # "U.S. lumber and furniture tariffs kick in as Canada seeks relief": Washington's duties,
    # not Canada's on American lumber; "raising costs for American homebuilders": the buyers,
    # not the goods' origin; so the sector rates after them are on every partner
    (
        "U.S. lumber and furniture tariffs kick in as Canada seeks relief\n\nOTTAWA - New U.S. "
        "tariffs on imported softwood lumber took effect on Tuesday, adding duties to Canada's "
        "forestry sector and raising costs for American homebuilders.\n\nUnder a proclamation "
        "signed by President Donald Trump last month, softwood lumber now faces a 10% duty, while "
        "upholstered furniture is subject to 25%.",
        {("US", "*", 10, "2025-03-04"), ("US", "*", 25, "2025-03-04")},
    ),
    # "..., the same rate paid by neighbouring Colombia and Peru": theirs too; "from Friday,
    # August 1": the day the date names, not last Friday
    (
        "Tariffs\n\nSANTIAGO - Chilean goods face a 10 per cent U.S. tariff, the same rate paid by "
        "neighbouring Colombia and Peru. President Donald Trump imposed a 50% tariff on imports of "
        "copper pipes from Friday, March 7.",
        {
            ("US", "CL", 10, None),
            ("US", "CO", 10, None),
            ("US", "PE", 10, None),
            ("US", "*", 50, "2025-03-07"),
        },
    ),
    # "Swiss exporters began counting the cost of a 39% U.S. tariff": the rate Switzerland pays;
    # "if Washington were to impose a sector tariff of 25 per cent, Swiss growth could ...": a
    # what-if, which neither gives a rate nor makes Switzerland the side that acts
    (
        "Tariffs\n\nZURICH - Swiss exporters began counting the cost on Friday of a 39% U.S. tariff "
        "that took effect on Thursday. Economists at a bank calculated that if Washington were to "
        "impose a sector tariff of 25 per cent on medicines, Swiss growth could be reduced by 0.6 "
        "percentage points. A 15% tariff on most Norwegian goods also took effect on Thursday.",
        {("US", "CH", 39, "2025-02-27"), ("US", "NO", 15, "2025-02-27")},
    ),
    # "A and B both secured reductions ... to 20 per cent", "The order cuts A's rate from 35
    # per cent", "C's rate stays at 36%": rates those countries pay; "would not be surprised if
    # Washington eventually lowered the rate to 15 per cent" is a guess
    (
        "Tariffs\n\nDHAKA - Bangladesh and Sri Lanka both secured reductions in US tariffs on "
        "their exports to 20 per cent on Thursday. The order cuts Bangladesh's rate from 35 per "
        "cent. Thailand's rate stays at 36%, the letter said. An economist said she would not be "
        "surprised if Washington eventually lowered the rate to 15 per cent.",
        {
            ("US", "BD", 20, None),
            ("US", "LK", 20, None),
            ("US", "BD", 35, None),
            ("US", "TH", 36, None),
        },
    ),
    # "A coalition of sugar growers has urged the administration to slap a 25 percent tariff":
    # a lobby's demand, no measure; a government asking its parliament for one still proposes it
    (
        "Rum\n\nKINGSTON - Washington kept its 10 percent tariff on Jamaican goods on Monday. A "
        "Florida-based coalition of sugar growers has urged the administration to slap a 25 "
        "percent tariff on all Caribbean rum. Mexico's government asked Congress to raise tariffs "
        "on cars imported from China to 50%.",
        {("US", "JM", 10, None), ("MX", "CN", 50, None)},
    ),
    # a factbox's lines: "India, Brunei and Kazakhstan are each at 25%", "... are grouped at
    # 19%", "Israel is also at 15%", "Syria faces the steepest rate in the annex, 41%"; a
    # speaker's "our Japanese rivals are at 15 per cent" is no rate
    (
        "FACTBOX-Where the new rates land\n\nWASHINGTON, Aug 1 - President Donald Trump signed "
        "an order on Thursday setting new reciprocal tariff rates for dozens of partners.\n\n- "
        "Syria faces the steepest rate in the annex, 41%.\n- India, Brunei and Kazakhstan are "
        "each at 25%.\n- Indonesia, the Philippines and Malaysia are grouped at 19%.\n- Israel "
        "is also at 15%.\n\nA Korean carmaker's chief said: \"Our Japanese rivals are at 15 per "
        'cent and we are at 25 per cent."',
        {
            ("US", "SY", 41, None),
            ("US", "IN", 25, None),
            ("US", "BN", 25, None),
            ("US", "KZ", 25, None),
            ("US", "ID", 19, None),
            ("US", "PH", 19, None),
            ("US", "MY", 19, None),
            ("US", "IL", 15, None),
        },
    ),
    # "China's share of US imports fell to 9%": a share, not China's rate; "a small share of
    # exports, already face the 25 percent tariff" still pays it
    (
        "Tariffs\n\nWASHINGTON - President Donald Trump signed an order on Thursday setting a 10% "
        "tariff on Kenya. China's share of US imports fell to 9% last year. Peruvian copper, a "
        "small share of exports, already faces a 25 percent tariff.",
        {("US", "KE", 10, None), ("US", "PE", 25, None)},
    ),
    # a factbox: "- Peru is at 15%" lines under an order whose rates "take effect in seven days,
    # on August 7" (the day the date names); a share of imports in the same list is no rate
    (
        "FACTBOX-Who pays what under the new order\n\nWASHINGTON, Aug 1 - President Donald Trump "
        "signed an order on Thursday setting new reciprocal tariff rates for dozens of partners. "
        "The rates take effect in seven days, on August 7.\n\n- Kenya and Ghana are each set at "
        "10%.\n- Peru is at 15%, a rate its officials had hoped to avoid.\n- Chile and Colombia "
        "each face 20%.\n\nWHO SELLS THE MOST?\n\n- Mexico supplies 15% of US imports.\n- "
        "China's share of US imports fell to 9% last year.",
        {
            ("US", "KE", 10, "2025-08-07"),
            ("US", "GH", 10, "2025-08-07"),
            ("US", "PE", 15, "2025-08-07"),
            ("US", "CL", 20, "2025-08-07"),
            ("US", "CO", 20, "2025-08-07"),
        },
    ),
    # "Canada's rate on goods outside the pact is to rise to 35%": the rate Canada pays; "the
    # EU would face 30 per cent, and Mexico the same": Mexico's too, not Mexico's on the EU;
    # "and Japan the same day" gives Japan nothing
    (
        "Letters\n\nWASHINGTON - President Donald Trump sent new tariff letters on Friday. "
        "Canada's tariff rate on goods outside the North American trade pact is to rise "
        "to 35 per cent. On Saturday the president said the European Union would face a 30 per "
        "cent tariff, and Mexico the same. Brazil was told to expect a 50 per cent tariff, and "
        "Japan the same day.",
        {
            ("US", "CA", 35, None),
            ("US", "EU", 30, None),
            ("US", "MX", 30, None),
            ("US", "BR", 50, None),
        },
    ),
    # "Cambodia pays 19%, while Laos and Myanmar are also at 40%": the rate they pay, not one
    # Laos charges Cambodia; "inflation in Brazil is at 5%" gives nothing
    (
        "Rates\n\nHANOI - Cambodia faces a 19% US tariff on its exports, while Laos "
        "and Myanmar are also at 40%. Thailand was listed at 19% in the same order. Tariff "
        "inflation in Brazil is at 5%.",
        {
            ("US", "KH", 19, None),
            ("US", "LA", 40, None),
            ("US", "MM", 40, None),
            ("US", "TH", 19, None),
        },
    ),
    # "to shield the bloc's mills from a flood of cheap metal, much of it from China": the
    # metal's source, no target; the steel duty is on imports from everywhere
    (
        "Steel\n\nBRUSSELS - The European Commission on Tuesday proposed doubling the tariff on "
        "steel imports above a duty-free quota to 50%, in a bid to shield the bloc's mills from a "
        "flood of cheap metal, much of it from China.",
        {("EU", "*", 50, None)},
    ),
    # "... kicked in on Tuesday. At the same moment Washington doubled the duty on Chinese goods
    # to 20%": that Tuesday; "Canada would immediately impose 25% tariffs": from the story's day
    (
        "Trade war\n\nOTTAWA - Trump's 25% tariffs on imports from Canada kicked in on Tuesday. "
        "At the same moment Washington doubled the additional duty on all Chinese goods to 20%. "
        "Prime Minister Justin Trudeau said Canada would immediately impose 25% tariffs on "
        "C$30 billion of U.S. goods.",
        {
            ("US", "CA", 25, "2025-03-04"),
            ("US", "CN", 20, "2025-03-04"),
            ("CA", "US", 25, "2025-03-04"),
        },
    ),
    # "Country-specific rates that kicked in just after midnight, among them 20% on goods from
    # the European Union, are suspended": in force from the story's day
    (
        "Pause\n\nWASHINGTON - President Donald Trump paused his tariffs on Tuesday. "
        "Country-specific rates that kicked in just after midnight, among them 20% on goods from "
        "the European Union, are suspended for 90 days.",
        {("US", "EU", 20, "2025-03-04")},
    ),
    # "New Mexican tariffs on goods from countries without a trade deal took effect on January
    # 1. The rates fall hardest on China, Mexico's second-largest source of imports. Chinese
    # cars now pay 50 per cent": Mexico's rates, from that day (Mexico, named as China's
    # customer, is no target)
    (
        "Mexico\n\nMONTERREY, Feb 20 - New Mexican tariffs on goods from countries with which "
        "Mexico has no trade agreement took effect on January 1. The rates fall hardest on "
        "China, Mexico's second-largest source of imports. Chinese-made cars now pay a 50 per "
        "cent duty.",
        {("MX", "CN", 50, "2025-01-01")},
    ),
    # "On Thursday the administration's country-by-country tariff schedule took effect. Rates
    # across the region now run from 20 per cent for Vietnam to 40 per cent for Laos": the
    # measure's rates by country, from that Thursday
    (
        "Solar\n\nPENANG - On Thursday the Trump administration's country-by-country tariff "
        "schedule took effect, redrawing the map again. Rates across the region now run from 20 "
        "per cent for Vietnam to 40 per cent for Laos.",
        {("US", "VN", 20, "2025-02-27"), ("US", "LA", 40, "2025-02-27")},
    ),
    # "All take effect from August 1, according to the letters, which follow the same template:
    # transshipped goods will be hit with that higher rate": the day of the rates just listed
    (
        "Letters\n\nWASHINGTON - President Donald Trump set a 50% tariff on Brazilian goods. The "
        "Philippines faces a 20% rate, and Algeria 30%. All take effect from March 20, according "
        "to the letters, which follow the same template as Monday's: goods transshipped to evade "
        "a higher tariff will be hit with that higher rate.",
        {
            ("US", "BR", 50, "2025-03-20"),
            ("US", "PH", 20, "2025-03-20"),
            ("US", "DZ", 30, "2025-03-20"),
        },
    ),
    # a sales tax told as "a levy of 5 to 10 per cent" after its name: no tariff
    (
        "Tax\n\nKUALA LUMPUR - The United States set a 19% tariff on Malaysian goods. The "
        "government expanded its sales and service tax on July 1, adding a levy of 5 to 10 per "
        "cent on a wider range of items.",
        {("US", "MY", 19, None)},
    ),
    # "European leaders raised concerns about the 50 per cent tariff ... that Washington doubled
    # from 25 per cent": concerns raised are no rate raised
    (
        "Steel\n\nBRUSSELS - European leaders privately raised concerns about the 50 per cent "
        "tariff on imported steel that Washington doubled from 25 per cent.",
        {("US", "*", 50, None), ("US", "*", 25, None)},
    ),
    # "Jakarta's deal comes after Vietnam secured a 20% rate, down from the 46% announced in
    # April", after Indonesia's own cut on American goods: Washington's rates on Vietnam; "the
    # average effective US tariff rate is now 17 per cent, the highest since 1935 and up from
    # 2.4 per cent": no measure, nor is the figure it rose from
    (
        "Jakarta deal\n\nJAKARTA - The United States will charge a 19% tariff on Indonesian goods. "
        "Indonesia will cut its tariffs on American goods to zero. Indonesia's deal comes after "
        "Vietnam secured a 20% rate, down from the 46% announced in April. Economists say the "
        "average effective US tariff rate is now about 17 per cent, the highest since 1935 and "
        "up from around 2.4 per cent at the start of the year.",
        {
            ("US", "ID", 19, None),
            ("ID", "US", 0, None),
            ("US", "VN", 20, None),
            ("US", "VN", 46, None),
        },
    ),
    # A deal's rate told a few lines after the last rate: "The European Union, Japan and South
    # Korea all negotiated a 15% rate"
    (
        "Explainer\n\nWASHINGTON - Goods from China face a 30 per cent tariff that President "
        "Donald Trump imposed. Officials expect more talks. Both sides say they are close. "
        "\n\nTHE DEALMAKERS\n\nThe European Union, Japan and South Korea all negotiated a 15% "
        "rate.",
        {
            ("US", "CN", 30, None),
            ("US", "EU", 15, None),
            ("US", "JP", 15, None),
            ("US", "KR", 15, None),
        },
    ),
    # An explainer: "India's rate doubled to 50% on August 27" is the rate India pays, so the
    # rates told after it are still Washington's
    (
        "Where rates stand\n\nWASHINGTON - A 10 per cent tariff that President Donald Trump "
        "imposed on imports from almost every trading partner has applied since January 5. "
        "India's rate doubled to 50% on February 27. Switzerland was hit with a 39 per cent rate "
        "from February 7.",
        {
            ("US", "*", 10, "2025-01-05"),
            ("US", "IN", 50, "2025-02-27"),
            ("US", "CH", 39, "2025-02-07"),
        },
    ),
    # "Ghana will impose safeguard duties on imported cement from April 1. Clinker will be
    # subject to a duty of 12%": the dated measure's rates, on goods from anywhere
    (
        "Cement\n\nACCRA - Ghana will impose safeguard duties on imported cement and clinker from "
        "April 1, the trade ministry said.\n\nClinker will be subject to a duty of 12%, and "
        "bagged cement to a duty of 18%, the ministry said.",
        {("GH", "*", 12, "2025-04-01"), ("GH", "*", 18, "2025-04-01")},
    ),
    # "Peru will impose extra duties on American goods from April 1, ..., answering Washington's
    # 25% tariff": the measure's day goes to the rates the next sentence gives it
    (
        "Lima answers\n\nLIMA - Peru will impose additional duties on American goods from April 1, "
        "the trade minister said, retaliating against Washington's 25% tariff on Peruvian "
        "products.\n\nUnder the decree, U.S. cars will face an extra duty of "
        "20%, and U.S. wheat an extra 10%.",
        {("US", "PE", 25, None), ("PE", "US", 20, "2025-04-01"), ("PE", "US", 10, "2025-04-01")},
    ),
    # "Goods from Norway will face 25%, above the 16% rate Trump announced for the country in
    # April": the one country the sentence named, not the story's; "Laos drew the highest rate
    # on the list, at 40 per cent": the rate Laos pays; "Goods loaded before March 20 and cleared
    # by May 5 will pay the old rates": no day for the new ones
    (
        "New rates\n\nWASHINGTON - President Donald Trump signed an order on Monday setting new "
        "tariffs. Canada's rate rises to 35 per cent. Goods from Norway will face a 25 per cent "
        "tariff, well above the 16 per cent rate Trump announced for the country in April. India "
        "was assigned 25 per cent, while Laos drew the highest rate on the list at 40 per cent. "
        "Goods loaded before March 20 and cleared by May 5 will pay the old rates.",
        {
            ("US", "NO", 25, None),
            ("US", "NO", 16, None),
            ("US", "IN", 25, None),
            ("US", "LA", 40, None),
        },
    ),
    # "In a series of posts on Thursday, Trump said ... The same posts announced 25 per cent on
    # heavy trucks": the posts' writer sets the rates, not the side the story named last
    (
        "Drug tariff\n\nBRUSSELS - The European Union imposed a 25% tariff on U.S. motorcycles "
        "last year. In a series of posts on Thursday, President Donald Trump said foreign "
        "drugmakers must build plants in America. He gave no details. The same posts announced "
        "other sectoral levies, also from October 1: 25 per cent on imported heavy trucks and 30 "
        "per cent on upholstered furniture.",
        {("EU", "US", 25, None), ("US", "*", 25, "2025-10-01"), ("US", "*", 30, "2025-10-01")},
    ),
    # A story told from Dhaka: after Bangladesh's own offer on American goods, "Vietnam's rate
    # was set at 20 percent, India's at 25 percent" are Washington's rates, not Bangladesh's;
    # (but "the commission imposed 35.6% on Chinese coils" stays the home side's own duty)
    (
        "Dhaka wins lower rate\n\nDHAKA - The United States cut its tariff on Bangladeshi goods "
        "to 20 percent from 35 percent. Bangladesh will cut its duty on American cotton to 0 "
        "percent. Vietnam's rate was set at 20 percent and India's at 25 percent.",
        {
            ("BD", "US", 0, None),
            ("US", "BD", 20, None),
            ("US", "BD", 35, None),
            ("US", "VN", 20, None),
            ("US", "IN", 25, None),
        },
    ),
    (
        "Steel\n\nPRETORIA - The United States raised its tariff on South African goods to 30%. "
        "South Africa's trade commission imposed a duty of 35.6% on Chinese steel coils.",
        {("US", "ZA", 30, None), ("ZA", "CN", 35.6, None)},
    ),
    # "... to stop a 35% U.S. tariff on Peruvian goods. The duty would apply from August 1 and
    # replace the 25% tariff now charged": the day is the 35%'s, and the 25% is the old rate
    (
        "Lima pushes back\n\nLIMA - Peru's trade minister will return to Washington this week to "
        "stop a 35% U.S. tariff on Peruvian goods. The duty would apply from August 1 and replace "
        "the 25% tariff now charged on Peruvian imports.",
        {("US", "PE", 35, "2025-08-01"), ("US", "PE", 25, None)},
    ),
    # "The 25 per cent duty on imported cars that took effect on April 3 remains, as do the 25
    # per cent levies on steel that have been in force since March 12 - a particular concern for
    # Japanese and South Korean makers": on every origin, not on Korea told with 25% before
    (
        "Pause\n\nTOKYO - The U.S. levies suspended include 24 per cent on Japan and 25 per cent on "
        "South Korea. The 25 per cent duty on imported cars that took effect on April 3 remains, "
        "as do the 25 per cent levies on steel that have been in force since March 12 - a "
        "particular concern for Japanese and South Korean manufacturers.",
        {
            ("US", "JP", 24, None),
            ("US", "KR", 25, None),
            ("US", "*", 25, "2024-04-03"),
            ("US", "*", 25, "2024-03-12"),
        },
    ),
    # "a separate 20% duty that Trump imposed over Mexico's alleged role in the fentanyl trade":
    # on Mexico; "its digital services tax, a 3 per cent levy on revenue": no tariff
    (
        "Truce holds\n\nWASHINGTON - The US cut its tariff on Chinese goods to 30%. A separate 20 "
        "per cent duty that President Donald Trump imposed earlier this year over Mexico's "
        "alleged role in the flow of fentanyl stays in place. Canada scrapped its digital "
        "services tax, a 3 per cent levy on revenue.",
        {("US", "CN", 30, None), ("US", "MX", 20, None)},
    ),
    # A headline: "Oman's minister works the phones on Yemen as Muscat welcomes pause in 10% US
    # tariff": Muscat's rate, not Yemen's; "put Peru level with Chile, which also faces 10 per
    # cent, and ahead of Ecuador, which was assigned 15 per cent": Ecuador's 15, not Chile's
    (
        "Oman's minister works the phones on Yemen as Muscat welcomes pause in 10% US tariff\n\n"
        "LIMA - The US set a 10% tariff on Peru. The minister said the rate put Peru level with "
        "Chile, which also faces 10 per cent, and slightly ahead of Ecuador, which was assigned 15 "
        "per cent.",
        {
            ("US", "OM", 10, None),
            ("US", "PE", 10, None),
            ("US", "CL", 10, None),
            ("US", "EC", 15, None),
        },
    ),
    # "Fiji's trade minister would keep pushing Washington to lower the 15% tariff on the
    # country's goods": Washington imposes it, on Fiji; "Samoa remains on the 10 per cent
    # baseline": Samoa pays it; "gauge the damage from U.S. President Donald Trump's announcement
    # of a 100 per cent tariff on imported medicines": the U.S.'s, on everyone
    (
        "Suva counts the cost\n\nSUVA, March 4 - Fiji's trade minister said on Tuesday he would "
        "keep pushing Washington to lower the 15 per cent tariff on the country's goods that came "
        "into force this week. Samoa remains on the 10 per cent baseline tariff. Officials "
        "scrambled to gauge the damage from U.S. President Donald Trump's announcement of a 100 "
        "per cent tariff on imported branded medicines.",
        {("US", "FJ", 15, None), ("US", "WS", 10, None), ("US", "*", 100, None)},
    ),
    # "Israel, which was assigned a 17 per cent rate on April 2 that is now also paused": a rate
    # told without a tariff word, some sentences after the story's last rate
    (
        "Amman welcomes pause\n\nAMMAN - Trump paused the 20% duty on Jordanian goods for 90 days. "
        "Officials welcomed the move. Garment makers said orders would return. Economists were "
        "cautious. Israel, which was assigned a 17 per cent rate on April 2 that is now also "
        "paused, had removed its remaining tariffs on U.S. goods on April 1.",
        {("US", "JO", 20, None), ("US", "IL", 17, None)},
    ),
    # "The order, whose rates apply to goods entering the United States from March 20, set 19%
    # for Laos, down from the 48% announced in April, and 20% for Brunei, which had been told it
    # faced 25%": each new rate takes that day (not the old ones), and so does "Nepal's rate was
    # fixed at 15%" after it; "could shrink if the country ended up facing a rate of 30%": no
    # measure
    (
        "Order signed\n\nWASHINGTON - Thursday's order, whose rates apply to goods entering the "
        "United States from March 20, also set a 19% tariff for Laos, down from the 48% announced in April, "
        "and 20% for Brunei, which had been told in a letter that it faced 25%. Nepal's rate was "
        "fixed at 15%. Analysts had warned that exports could shrink if the country ended up "
        "facing a rate of 30% or more.",
        {
            ("US", "LA", 19, "2025-03-20"),
            ("US", "LA", 48, None),
            ("US", "BN", 20, "2025-03-20"),
            ("US", "BN", 25, None),
            ("US", "NP", 15, "2025-03-20"),
        },
    ),
    # "Eswatini has asked for talks. The small landlocked kingdom, almost surrounded by South
    # Africa, was assigned 30%": the country the story began with, not its neighbour; a chart's
    # claim that it "charged the United States 60%, a figure said to reflect currency policy and
    # trade barriers", "Eswatini does not have a 60 per cent tariff on anything" and "even
    # tariffs of 5 to 10 per cent would hurt": no measure; "U.S. President Donald Trump's 145%
    # tariff" on China: the U.S.'s
    (
        "Eswatini seeks talks\n\nMBABANE, April 16 - Eswatini has asked Washington for talks. "
        "The small landlocked kingdom, almost surrounded by South Africa, was assigned a 30 per "
        "cent tariff. The White House chart claimed that Eswatini charged the United States 60 "
        'per cent, a figure it said reflected currency policy and trade barriers. "Eswatini '
        'does not have a 60 per cent tariff on anything," the minister said. An analyst said '
        "even tariffs of 5 to 10 per cent would hurt. Chinese goods shut out by U.S. President "
        "Donald Trump's 145 per cent tariff could be sent to Africa.",
        {("US", "SZ", 30, None), ("US", "CN", 145, None)},
    ),
    # "Chile has its own plans. Under a 2024 schedule, the import tariff on electric cars will
    # rise to 30% on July 1": Chile's, on every origin; "Chile's 2% digital services tax" and
    # "copper exports are taxed at 5%": no tariff; "an economist said Washington could raise
    # the duty on Chilean wine to 40%": a guess, no measure
    (
        "Santiago presses Washington\n\nSANTIAGO - The United States will impose a 10% tariff on "
        "Chilean goods from Friday. Chile has been pursuing its own plans. Under a schedule "
        "adopted in 2024, the import tariff on electric cars, currently 20%, will rise to 30% on "
        "July 1. Officials pointed to the scrapping of Chile's 2% digital services tax. Copper "
        "exports are taxed at 5%. An economist at a Santiago consultancy said Washington could "
        "raise the duty on Chilean wine to 40%.",
        {
            ("US", "CL", 10, "2025-03-07"),
            ("CL", "*", 20, None),
            ("CL", "*", 30, "2025-07-01"),
        },
    ),
    # "Manila's 20% reciprocal rate" in a story of U.S. rates: the rate Manila pays; "above the
    # 15% that Japan and South Korea secured": theirs; "..., a particular concern for Thai
    # carmakers": neither side; "Unemployment stands at 4.1%": no tariff
    (
        "Manila's rate kicks in\n\nMANILA - A 20% U.S. tariff on goods from the Philippines took "
        "effect on Thursday. The Philippines' 20% reciprocal rate is lower than the 34% "
        "Washington announced in April but above the 15% that Japan and South Korea secured. "
        "The 25% duty on imported cars that took effect on April 3 remains - a particular concern "
        "for Thai carmakers. "
        "Unemployment stands at 4.1%.",
        {
            ("US", "PH", 20, "2025-02-27"),
            ("US", "PH", 34, None),
            ("US", "JP", 15, None),
            ("US", "KR", 15, None),
            ("US", "*", 25, "2024-04-03"),
        },
    ),
    # "Laos will pay the United States 18% ... while U.S. exports to Laos will be free": the one
    # paid imposes (not a country paired with its rate), and a destination in the clause after
    # "while" is not the imposer; "18% for Laos, down from the 48% announced in April, and 19%
    # for Brunei": the old rate is Laos's; in a story datelined from Vientiane, "U.S.
    # authorities" are not the dateline's
    (
        'Laos deal\n\nVIENTIANE - The US will impose an 18% tariff on Laos. "Laos will pay the '
        'United States 18% on all goods while U.S. exports to Laos will be free," Trump wrote. '
        "The order set 18% for Laos, down from the 48% announced in April, and 19% for Brunei. "
        "Goods that U.S. authorities find were transshipped will be hit with a 40% tariff.",
        {
            ("US", "LA", 18, None),
            ("US", "LA", 48, None),
            ("US", "BN", 19, None),
            ("US", "*", 40, None),
        },
    ),
    # "a 15% tariff on Korean cars, the same rate Japan secured" and "..., the same rate as the
    # EU": the rate is both countries' (neither replaces the other); "an analyst estimated that a
    # 20% tariff would cut GDP by 0.4%, compared with 0.7% under a 30% rate": rates an estimate
    # assumes, no measure
    (
        "Seoul's deal\n\nSEOUL - The United States will impose a 15% tariff on Korean cars, the "
        "same rate Japan secured for its cars last week. Washington will impose a 39% tariff on "
        "Swiss watches, the same rate as Brazil. An analyst estimated that a 20% tariff would cut Korea's "
        "GDP by 0.4 per cent, compared with 0.7 per cent under a 30% rate.",
        {
            ("US", "KR", 15, None),
            ("US", "JP", 15, None),
            ("US", "CH", 39, None),
            ("US", "BR", 39, None),
        },
    ),
    # "a 10% duty on imports from nearly all U.S. trading partners": the U.S. charges them, on
    # everyone; "put Thailand's tariff and non-tariff barriers at the equivalent of 72%": a
    # measure of barriers, no tariff; a decree cutting most-favoured-nation duties, then "Under
    # the decree, the duty on corn fell to 5%": on every origin, not on the country named before
    (
        "Bangkok cuts duties\n\nBANGKOK - A 10% duty on imports from nearly all U.S. trading "
        "partners came into force on Saturday. U.S. officials put Thailand's tariff and non-tariff "
        "barriers at the equivalent of 72%. On Monday the Thai cabinet approved a decree lowering "
        "most-favoured-nation import duties on goods of interest to Washington. Under the decree, "
        "the duty on corn fell to 5%.",
        {("US", "*", 10, "2025-03-01"), ("TH", "*", 5, None)},
    ),
    # "Lahore said on Tuesday it would send envoys to Washington to negotiate over a 29% tariff":
    # the country trying to escape a rate is the one facing it (not Washington, the side it goes
    # to); "Colombia faces 26%, ..., meaning Pakistan's position ...": what it means for another
    # country names no imposer
    (
        "Textile mills count the cost\n\nKARACHI - Pakistan said on Tuesday it would send envoys "
        "to Washington to negotiate over a 29% tariff announced by U.S. President Donald Trump. "
        "Rivals are hit too: Cambodia faces a 49% rate, meaning Pakistan's mills may keep some "
        "orders, a broker said.",
        {("US", "PK", 29, None), ("US", "KH", 49, None)},
    ),
    # "The bloc is still talking with Washington to avert a 30% tariff on its goods": the bloc's
    (
        "Brussels keeps talking\n\nBRUSSELS - The European Union is still negotiating with "
        "Washington to avert a 30% tariff on its goods that Trump says will apply from March 20.",
        {("US", "EU", 30, "2025-03-20")},
    ),
    # "tariffs of 10% to 15% on a swathe of U.S. farm products from March 10": the goods of one
    # country, not every partner's; a headline's "farm goods" is the same measure; "Shipments
    # that ... arrive by April 12 will be exempt" gives no rate its day; "Mexico's first round
    # of countermeasures, which took effect on Feb. 10 and imposed 15% ...": Mexico's
    (
        "Mexico hits back with levies of up to 15% on U.S. farm goods\n\nMEXICO CITY - Mexico "
        "will impose additional tariffs of 10% to 15% on a swathe of U.S. agricultural and food "
        "products from March 10. Shipments that arrive by April 12 will be exempt from the new "
        "duties. Canada said it would respond too. The new measures add to Mexico's first round "
        "of countermeasures, which took effect on Feb. 10 and imposed 20% tariffs on U.S. coal.",
        {
            ("MX", "US", 10, "2025-03-10"),
            ("MX", "US", 15, "2025-03-10"),
            ("MX", "US", 20, "2025-02-10"),
        },
    ),
    # "His 25% tariffs on Canadian goods kicked in at the same time": the day just told
    (
        "Same day\n\nTrump's order raising the tariff on Chinese imports to 20% took effect on "
        "Tuesday. His 25% tariffs on imports from Canada kicked in at the same time.",
        {("US", "CN", 20, "2025-03-04"), ("US", "CA", 25, "2025-03-04")},
    ),
    # A timeline's entry: "Trump unveils a 10% baseline tariff on imports from almost all trading
    # partners, ..., and a higher rate of 20% on goods from the EU": he imposes both (not the
    # side whose countermeasures were told last), and the second item is the EU's alone
    (
        "Timeline\n\nJan. 10 - U.S. President Donald Trump signs proclamations imposing 25% "
        "tariffs on steel imports from all countries. The European Commission announces it will "
        "respond with countermeasures. Feb. 2 - Trump unveils a 10% baseline tariff on imports "
        "from almost all trading partners, in force from Feb. 5, and a higher rate of 20% on "
        "goods from the EU.",
        {("US", "*", 25, None), ("US", "*", 10, "2025-02-05"), ("US", "EU", 20, None)},
    ),
    # A headline's "branded drugs" and the body's "branded or patented pharmaceutical products"
    # are one measure
    (
        "Trump unveils 100% tariff on branded drugs\n\nWASHINGTON - President Donald Trump said "
        "the United States will impose a 100% tariff on imports of branded or patented "
        "pharmaceutical products from March 10.",
        {("US", "*", 100, "2025-03-10")},
    ),
    # "Trump's order had set 25% on Canadian imports": the leader whose order it is imposes it,
    # not the side the story named last; "took effect as scheduled at 12:01 a.m. on Tuesday"
    (
        "Reprieve\n\nMEXICO CITY - President Claudia Sheinbaum said Mexico won a pause. Trump's "
        "order had set 25% tariffs on Canadian imports. An additional 10% tariff on all Chinese "
        "imports took effect as scheduled at 12:01 a.m. on Tuesday.",
        {("US", "CA", 25, None), ("US", "CN", 10, "2025-03-04")},
    ),
    # "spared Mexican exporters a 30% tariff": the country spared is the one the rate was on;
    # "a 40% tariff on Brazilian imports, on top of the baseline duty": Brazil's, not everyone's
    (
        "Deals and duties\n\nWASHINGTON - U.S. President Donald Trump spoke on Friday. The "
        "announcement spared Mexican exporters a 30% tariff. Trump signed an order imposing a 40% "
        "tariff on Brazilian imports, on top of the baseline duty already in place.",
        {("US", "MX", 30, None), ("US", "BR", 40, None)},
    ),
    # "Beijing responded within minutes, announcing a 15% levy on U.S. coal": the subject that
    # answered, not the side whose counter-tariffs were told last
    (
        "Tit for tat\n\nOTTAWA - Trump imposed 25% tariffs on Canadian goods on Tuesday. Ottawa "
        "said it would slap 25% tariffs on U.S. goods. Beijing responded within minutes, "
        "announcing a 15% levy on U.S. coal.",
        {("US", "CA", 25, "2025-03-04"), ("CA", "US", 25, None), ("CN", "US", 15, None)},
    ),
    # "Beijing followed each step, lifting its own rate to 84%": the subject's own rate, on the
    # side whose rates on it were just told (not the rate Beijing faces)
    (
        "Escalation\n\nWashington raised its tariff on Chinese goods to 84% on Feb. 20. Beijing "
        "followed the next day, lifting its own rate to 84%.",
        {("US", "CN", 84, "2025-02-20"), ("CN", "US", 84, None)},
    ),
    # A rate that "Washington applies to imports from almost all of its trading partners" (or
    # "most of its trading partners") is on everyone, even when the story's country is "subject to" it
    (
        "Garment makers wait\n\nACCRA - Since Feb. 5, Ghanaian exports have been subject to the 10% "
        "baseline tariff that Washington applies to imports from almost all of its trading "
        "partners.",
        {("US", "*", 10, "2025-02-05")},
    ),
    (
        "Togo waits\n\nLOME - Togo is subject to the 10 per cent minimum duty that the U.S. "
        "applies to imports from most of its trading partners.",
        {("US", "*", 10, None)},
    ),
    # "a 15% US tariff on the West African nation's goods": an epithet of two capital words is
    # the country the sentence named
    (
        "Senegal presses on\n\nDAKAR - Senegal said it would keep talking to Washington after a "
        "15% US tariff on the West African nation's goods came into force.",
        {("US", "SN", 15, None)},
    ),
    # "That was the day Trump imposed 25% on Canadian goods, with a lower 10% rate on energy":
    # the day the sentence before named, for each rate of that measure; and the goods of the
    # first rate are not the country of the second
    (
        "Ottawa answers\n\nOTTAWA - Canada put duties on C$30 billion of U.S. goods on Feb. 4. "
        "That was the day Trump imposed 25 per cent tariffs on Canadian goods, with a lower 10 "
        "per cent rate on Canadian potash.",
        {("US", "CA", 25, "2025-02-04"), ("US", "CA", 10, "2025-02-04")},
    ),
    # "raised the tariff on goods not covered by the U.S.-Mexico-Canada Agreement to 35% on
    # Aug. 1", told in October: the dots of the pact's name do not hide the completed verb
    (
        "Where things stand\n\nOTTAWA - Trump raised the tariff on Canadian goods not covered by "
        "the U.S.-Mexico-Canada Agreement to 35% on Dec. 20.",
        {("US", "CA", 35, "2024-12-20")},
    ),
    # A rate on a third country, no imposer named, told after the other side kept its
    # counter-tariffs, is the main imposer's; "the same 50% duty as everyone else" is everyone's
    (
        "Who got what\n\nWASHINGTON - Trump raised the tariff on Canadian goods to 35% on "
        "Feb. 1. Steel from all countries faces a 50% U.S. tariff. Ottawa kept its 25% "
        "retaliatory tariffs on U.S. steel. Talks did not prevent a 30% tariff on Kenyan goods, "
        "which took effect Feb. 7. Chile's copper exporters face the same 50% duty as everyone "
        "else.",
        {
            ("US", "CA", 35, "2025-02-01"),
            ("US", "*", 50, None),
            ("CA", "US", 25, None),
            ("US", "KE", 30, "2025-02-07"),
        },
    ),
    # A rate on everyone with no imposer named, told after the other side's counter-tariffs, is
    # the main imposer's ("Tariffs of 25 percent on steel and aluminum from all countries take
    # effect"), not that of the side that only answered it
    (
        "Canada hits back\n\nU.S. President Donald Trump imposed a 25% tariff on Canadian goods "
        "on March 4, and a 10% tariff on Canadian energy. Canada responded with 25% "
        "counter-tariffs on U.S. goods. Tariffs of 25 percent on steel and aluminum from all "
        "countries take effect on March 12.",
        {
            ("US", "CA", 25, "2025-03-04"),
            ("US", "CA", 10, "2025-03-04"),
            ("CA", "US", 25, None),
            ("US", "*", 25, "2025-03-12"),
        },
    ),
    # "would cut its tariff ... to 5% from Jan. 1", told in March: a plan, so the next January
    # (a change told as done with a calendar day looks back; one that "would" happen does not)
    (
        "Medicines\n\nABUJA - Under a plan put to parliament, Nigeria would cut its import "
        "tariff on Egyptian-made pharmaceuticals to 5% from Jan. 1.",
        {("NG", "EG", 5, "2026-01-01")},
    ),
    # "Kenya's tariff rate will rise to 35% from 30% on March 15, and Ghana's will climb to 28%":
    # the noun left out after the second country, with the first one's day between
    (
        "New rates for Africa\n\nWASHINGTON - President Donald Trump signed an order on tariffs "
        "on Friday. Nigeria faces a 15% tariff. Kenya's tariff rate will rise to 35% from 30% on "
        "March 15, and Ghana's will climb to 28% from 25%.",
        {
            ("US", "NG", 15, None),
            ("US", "KE", 35, "2025-03-15"),
            ("US", "KE", 30, None),
            ("US", "GH", 28, None),
            ("US", "GH", 25, None),
        },
    ),
    # "Mexico, meanwhile, is set to impose ...": an adverb set off by commas does not hide the
    # subject; "Norway, which is not part of the EU, will face 15% ..., matching the bloc": the
    # country of an aside or of a comparison is not the one imposing
    (
        "Trade moves\n\nWASHINGTON - President Donald Trump has raised tariffs on many partners. "
        "Norway, which is not part of the EU, will face a 15% rate, matching the bloc. Mexico, "
        "meanwhile, is set to impose tariffs of up to 50% on Chinese cars.",
        {("MX", "CN", 50, None), ("US", "NO", 15, None)},
    ),
    # "steeper duties on about 60 trading partners from March 12": the day of the country rates
    # the story gives later, even many sentences on; "..., officials said on Thursday" is the
    # day it was said, not a rate's
    (
        "Andean exporters count the cost\n\nLIMA - Exporters across the Andes spent the week "
        "studying the new US schedule.\n\nPresident Donald Trump on Wednesday announced a 10% "
        "baseline tariff on imports from all countries, taking effect on March 8, and steeper "
        "duties on about 60 trading partners from March 12.\n\nThe White House said the higher "
        "rates reflected barriers each country places on US goods. Officials in Lima said they "
        "had expected worse. Grape growers in Ica said orders were already slowing. One packer "
        "said buyers in Miami had asked to delay shipments. Another said prices at the port had "
        "fallen. Truckers on the Pan-American Highway reported shorter queues. Bankers said "
        "credit lines would be reviewed. Economists at a local university urged calm. The "
        "central bank said it was watching the sol.\n\nChile faces a 27% rate, while Bolivia "
        "was assigned 31%.",
        {
            ("US", "*", 10, "2025-03-08"),
            ("US", "CL", 27, "2025-03-12"),
            ("US", "BO", 31, "2025-03-12"),
        },
    ),
    (
        "Team to Washington\n\nISLAMABAD - Pakistan will send a team to negotiate over the 29% "
        "tariff that President Donald Trump has slapped on its goods, officials said on Thursday.",
        {("US", "PK", 29, None)},
    ),
    # "The same order set rates of 20% for Bolivia and 25% for Ecuador": the day of the rate
    # just told, not of one given its own later day; "cut ... to 10% with effect from 30
    # November", told in March, is the November before
    (
        "Tariffs on Peruvian goods\n\nLIMA - Peruvian goods have faced a 15% US levy since Feb. "
        "10, when President Donald Trump's revised tariffs took effect. The same order set rates "
        "of 20% for Bolivia and 25% for Ecuador, and Ecuador's rate is due to double to 50% on "
        "March 27. Last year a separate agreement cut the US tariff on Chilean copper to 10% with "
        "effect from 30 November.",
        {
            ("US", "PE", 15, "2025-02-10"),
            ("US", "BO", 20, "2025-02-10"),
            ("US", "EC", 25, "2025-02-10"),
            ("US", "EC", 50, "2025-03-27"),
            ("US", "CL", 10, "2024-11-30"),
        },
    ),
    # A country compared with or given another rate after the rate ("39%, far above the 31%
    # it had originally been assigned and well above the 15% rate applied to the European
    # Union") is never its imposer; "made abroad" is every partner's goods
    (
        "Swiss watchmakers count the cost\n\nZURICH - President Donald Trump set new rates "
        "last week. Switzerland was assigned a 39% duty, far above the 31% it had originally "
        "been assigned in April and well above the 15% rate applied to the European Union. "
        "Trucks made abroad face a 25% tariff.",
        {
            ("US", "CH", 39, None),
            ("US", "CH", 31, None),
            ("US", "EU", 15, None),
            ("US", "*", 25, None),
        },
    ),
    # A sector's tariff told with no origin, in a story about one country, is on goods from
    # anywhere: "a 50 per cent duty on kitchen cabinets", "the 50% levy that Washington imposes
    # on imports of the metal from around the world"
    (
        "Norwegian exporters weigh new US duties\n\nOSLO - Norway's exporters face a 15% US "
        "tariff on their goods. In the same series of posts President Donald Trump announced a "
        "50 per cent duty on kitchen cabinets and bathroom vanities. Steel is hit by the 40% "
        "levy that Washington imposes on imports of the metal from around the world.",
        {("US", "NO", 15, None), ("US", "*", 50, None), ("US", "*", 40, None)},
    ),
    # Countries listed together all pay the rate ("Ethiopia and Djibouti have each been
    # assigned 15%"); one of them never imposes it on another, nor on a country of the clause
    # before
    (
        "Rates for the Horn of Africa\n\nWASHINGTON - President Donald Trump set new tariffs "
        "on Friday. Eritrea and Somalia, which have held no talks with Washington, were "
        "assigned a 30% tariff. Kenya now faces a 10% tariff, while Ethiopia and Djibouti have "
        "each been assigned 15%.",
        {
            ("US", "ER", 30, None),
            ("US", "SO", 30, None),
            ("US", "KE", 10, None),
            ("US", "ET", 15, None),
            ("US", "DJ", 15, None),
        },
    ),
    # A story's first rates, told with their day, date the country rates of the order told
    # next; "Most Andean economies" are some partners, not all of them
    (
        "Andean exporters brace for new U.S. rates\n\nLIMA - Most Andean economies will face "
        "U.S. tariffs of 15% or more from March 12 under an order signed by President Donald "
        "Trump on Monday.\n\nThe order sets a 15% rate on goods from Peru and Ecuador, and 18% "
        "on imports from Bolivia.",
        {
            ("US", "PE", 15, "2025-03-12"),
            ("US", "EC", 15, "2025-03-12"),
            ("US", "BO", 18, "2025-03-12"),
        },
    ),
    # A timeline's entry is told from its own day: "JAN. 2 - ... due to take effect on Jan. 9"
    # is that January, not the next one; "JAN. 15 - ... takes effect" is Jan. 15; a later
    # sentence of the same entry counts from it too
    (
        "How the lumber dispute unfolded\n\nA timeline of the tariffs between the United "
        "States and Canada this winter.\n\nJAN. 2 - Washington announces a 20% tariff on "
        "Canadian lumber, due to take effect on Jan. 9.\n\nJAN. 15 - Canada's counter-tariff "
        "of 15% on U.S. bourbon takes effect.\n\nFEB. 3 - The U.S. rate on Canadian lumber "
        "rises to 30%. Hours later, Ottawa lifts its own levy on bourbon to 25%, effective "
        "Feb. 5.",
        {
            ("US", "CA", 20, "2025-01-09"),
            ("CA", "US", 15, "2025-01-15"),
            ("US", "CA", 30, "2025-02-03"),
            ("CA", "US", 25, "2025-02-05"),
        },
    ),
    # The one day a sentence tells is the day of a rate that rose or took effect on it ("On
    # Feb. 20 the tariff rose to 21%", "The next day, Feb. 21, Mexico's 10% duty took effect"),
    # not of the old rate, nor of the measure it answers
    (
        "Tomato duties climb\n\nMEXICO CITY - Growers are counting the cost of the latest "
        "round of duties. On Feb. 20 the U.S. tariff on Mexican tomatoes rose to 21% from 17%. "
        "The next day, Feb. 21, Mexico's 10% duty on U.S. pork took effect, a response to "
        "Washington's 25% levy on Mexican steel.",
        {
            ("US", "MX", 21, "2025-02-20"),
            ("US", "MX", 17, None),
            ("MX", "US", 10, "2025-02-21"),
            ("US", "MX", 25, None),
        },
    ),
    # The day an order was signed is not its rate's; "the reduction of U.S. tariffs" and "a
    # U.S. duty of 12%" are the US's own rates, not rates on the US
    (
        "Flower growers wait\n\nBOGOTA - On Feb. 24, President Donald Trump signed an order "
        "imposing a 25% tariff on Colombian flowers. Korean steelmakers welcomed the reduction "
        "of U.S. tariffs on Korean pipes to 15%. Goods that already carry a U.S. duty of 12% "
        "will not face the new levy, Korean officials said.",
        {("US", "CO", 25, None), ("US", "KR", 15, None), ("US", "KR", 12, None)},
    ),
    # "The latest round of US tariffs that took effect on Thursday" dates the rates told next
    (
        "New US tariff map for the Andes\n\nLIMA - The latest round of US tariffs that took "
        "effect on Thursday has redrawn the trade map for the Andes.\n\nUnder the order "
        "President Donald Trump signed last week, imports from Peru now pay a 30% duty. Chile's "
        "rate was set at 25%.",
        {("US", "PE", 30, "2025-02-27"), ("US", "CL", 25, "2025-02-27")},
    ),
    # "The duties, which have been in force since Oct. 30, 2024, vary by company and come on
    # top of the EU's standard 10% tariff": the companies' rates told next take that day; the
    # standard tariff in the same sentence does not
    (
        "EU and China talk about EV duties\n\nBRUSSELS - The European Union imposed "
        "countervailing duties on electric cars made in China last year. The duties, which have "
        "been in force "
        "since Oct. 30, 2024, vary by company and come on top of the EU's standard 10% import "
        "tariff on cars. BYD pays an additional 17.0%, Geely 18.8% and SAIC 35.3%.",
        {
            ("EU", "*", 10, None),
            ("EU", "CN", 17, "2024-10-30"),
            ("EU", "CN", 18.8, "2024-10-30"),
            ("EU", "CN", 35.3, "2024-10-30"),
        },
    ),
    # the verb left out after "and": "Bolivia faces a 31% duty and Paraguay a 30% duty",
    # "Chile was assigned a rate of 28%, and Peru, the region's biggest copper rival, a rate of
    # 14%": each country's own rate, not the first one's
    (
        "US rates for South America\n\nWASHINGTON - President Donald Trump announced new "
        "tariffs on Wednesday. Bolivia faces a 31% duty and Paraguay a 30% duty under the "
        "schedule. Chile was assigned a rate of 28%, and Peru, the region's biggest copper "
        "rival, a rate of 14%.",
        {
            ("US", "BO", 31, None),
            ("US", "PY", 30, None),
            ("US", "CL", 28, None),
            ("US", "PE", 14, None),
        },
    ),
    # "Those duties, which took effect on February 20, were framed as retaliation for Lima's
    # decision to impose 30% tariffs ...": the day is of the duties just told, not of the
    # rates of the other side named after it
    (
        "Chile widens duties on Peru\n\nSANTIAGO - Chile imposed a 40% tariff on Peruvian "
        "avocados and a 15% levy on Peruvian fish in February. Those duties, which took effect "
        "on February 20, were framed as retaliation for Lima's decision last year to impose 30% "
        "tariffs on Chilean wine.",
        {
            ("CL", "PE", 40, "2025-02-20"),
            ("CL", "PE", 15, "2025-02-20"),
            ("PE", "CL", 30, None),
        },
    ),
    # "Chile and Peru both secured 15% rates in agreements" some sentences after the story's
    # rate: countries as the subject of the rates they won
    (
        "Colombia handed 20% US rate\n\nBOGOTA - Colombian goods will face a 20% US tariff, the "
        "White House said on Friday. Officials in Bogota called the decision unfair. Exporters of "
        "flowers and coffee said they would lose orders. The rate leaves Colombia behind several "
        "of its rivals. Chile and Peru both secured 15% rates in agreements reached with "
        "Washington in February.",
        {("US", "CO", 20, None), ("US", "CL", 15, None), ("US", "PE", 15, None)},
    ),
    # a table pasted as text: the country in the first cell, a rate in each other cell, the
    # column "in effect since Feb. 7" dated, the column "announced" not; a table of trade
    # figures with no rates gives none
    (
        "US seals deals with Andean exporters\n\nLIMA - The United States will keep the tariff "
        "rates it has charged the three countries since February, President Donald Trump said.\n\n"
        "| Country | Rate in effect since Feb. 7 | Rate announced Jan. 2 |\n|---|---|---|\n"
        "| Peru | 18% | 31% |\n| Bolivia | 20% | 35% |\n\n| Country | Exports ($bn) |\n|---|---|\n"
        "| Peru | 9.1 |",
        {
            ("US", "PE", 18, "2025-02-07"),
            ("US", "PE", 31, None),
            ("US", "BO", 20, "2025-02-07"),
            ("US", "BO", 35, None),
        },
    ),
    # "That rate was due to take effect on February 9 but was suspended": the day of the rate
    # just told, not the new order's; "The 18% level compares with 24% for Peru and 21% for
    # Chile, both ... also effective from March 20": each country's rate under the order
    (
        "Ecuador lands 18% US rate\n\nQUITO - Ecuadorean goods will face an 18% tariff under an "
        "order signed by President Donald Trump on Thursday, with the new rates to take effect "
        "on March 20. Ecuador had been assigned a 27% rate on February 2. That rate was due to "
        "take effect on February 9 but was suspended hours later.\n\nThe 18% level compares "
        "with 24% for Peru and 21% for Chile, both set out in the same order and also effective "
        "from March 20.",
        {
            ("US", "EC", 18, "2025-03-20"),
            ("US", "EC", 27, "2025-02-09"),
            ("US", "PE", 24, "2025-03-20"),
            ("US", "CL", 21, "2025-03-20"),
        },
    ),
    # "The deposits, which importers must pay from Wednesday, March 12, vary by producer": the
    # day its date names (not the Wednesday before), for the duty and the rates that follow;
    # "Spanish group Bodegas Rio will pay 22%" under it is China's rate on the EU
    (
        "China sets duties on EU olive oil\n\nBEIJING - China will impose provisional "
        "anti-dumping duties of up to 45.2% on olive oil imported from the European Union, the "
        "Commerce Ministry said.\n\nThe deposits, which importers must pay from Wednesday, "
        "March 12, vary by producer. Spanish group Bodegas Rio will pay 22%, and companies that "
        "did not cooperate will pay 45.2%.",
        {
            ("CN", "EU", 45.2, "2025-03-12"),
            ("CN", "EU", 22, "2025-03-12"),
        },
    ),
    # "export 5,000 tonnes a year to the US at a tariff of 5%": the US charges it, though "they
    # currently pay" follows
    (
        "Kenya flower deal\n\nNAIROBI - The United States will keep a 10% tariff on most Kenyan "
        "goods. Under the terms agreed by the two governments, Kenyan "
        "growers will be able to export 5,000 tonnes of roses a year to the US at a tariff of 5%, "
        "down from the 10% they currently pay.",
        {("US", "KE", 5, None), ("US", "KE", 10, None)},
    ),
    # "the 10% baseline levy that has been charged on Norwegian imports": Norway's, not every
    # partner's; "far above the 15% levy agreed by the neighbouring European Union": the EU's
    # rate; "the 10% baseline that has applied to nearly all US imports" is still everyone's
    (
        "Norway hit with 31% US tariff\n\nOSLO - US President Donald Trump hit Norway with a 31% "
        "tariff on its exports, far above the 15% levy agreed by the neighbouring European "
        "Union.\n\nThe 31% duty replaces the 10% baseline levy that has been charged on "
        "Norwegian imports since January.\n\nOther countries will keep paying the 10% baseline "
        "tariff that has applied to nearly all US imports since February 5.",
        {
            ("US", "NO", 31, None),
            ("US", "EU", 15, None),
            ("US", "NO", 10, None),
            ("US", "*", 10, "2025-02-05"),
        },
    ),
    # a rate with no country named, by a side whose every rate in the story is on one country:
    # on that country still, not on everyone; a sector's rate is still from anywhere
    (
        "US and India agree to trim tariffs\n\nNEW DELHI - The United States will cut its tariff "
        "on Indian goods to 15% from 50%, officials said on Monday. India will lower its duty on "
        "American almonds to 5%.\n\nWashington will suspend "
        "16 percentage points of the 26% reciprocal rate it announced in April, leaving 10% in "
        "place. A 50% US tariff on imported steel stays.",
        {
            ("US", "IN", 15, None),
            ("US", "IN", 50, None),
            ("US", "IN", 26, None),
            ("US", "IN", 10, None),
            ("IN", "US", 5, None),
            ("US", "*", 50, None),
        },
    ),
    # "..., accusing Wellington of ... retaliating against the US": the reason's countries are no
    # side of the rate before it; "as Fiji wins 60-day reprieve": a reprieve is no rate; "a 41%
    # levy on Samoa, while Tonga retained its 10% rate": the rate Tonga pays, not one it set
    (
        "Trump lifts tariffs on New Zealand to 30% as Fiji wins 60-day reprieve\n\nWASHINGTON - "
        "Donald Trump raised tariffs on goods from New Zealand from 20% to 30%, accusing "
        "Wellington of dragging its feet and of retaliating against the US.\n\nThe order came "
        "as the White House reset rates for the region. Among the steepest was a 41% levy on "
        "Samoa, while Tonga retained its 10% rate.",
        {
            ("US", "NZ", 30, None),
            ("US", "NZ", 20, None),
            ("US", "WS", 41, None),
            ("US", "TO", 10, None),
        },
    ),
    # "Peru's rate was cut more sharply, to 18% from the 31%": a manner between the verb and
    # the rate; "Chile's levy stays at 25%" in a story of US rates: the rate Chile pays, and the
    # list after it is Washington's too
    (
        "US letters reset Andean rates\n\nWASHINGTON - President Donald Trump told Ecuador it "
        "would face a 22% tariff from Aug. 1, down from the 27% set in April.\n\nPeru's rate was "
        "cut more sharply, to 18% from the 31% announced in April. Chile's levy stays at 25%.\n\n"
        "Other rates in the letters include:\n\n- Bolivia: 30%\n- Paraguay: 15%",
        {
            ("US", "EC", 22, "2025-08-01"),
            ("US", "EC", 27, None),
            ("US", "PE", 18, None),
            ("US", "PE", 31, None),
            ("US", "CL", 25, None),
            ("US", "BO", 30, None),
            ("US", "PY", 15, None),
        },
    ),
    # Company rates under a duty on the EU: "France's Vignobles Roche faces 12.4%", "Italian
    # group Cantina Sole was assigned 18%" are China's rates on the EU, not one member's on
    # another; an EU member read as a rate's side becomes the Union
    (
        "China sets provisional duties on EU wine\n\nBEIJING - China will charge provisional "
        "anti-dumping duties of up to 48.1% on wine imported from the European Union, the "
        "Commerce Ministry said on Tuesday.\n\nRates differ by company. France's Vignobles Roche "
        "faces 12.4%, while Italian group Cantina Sole was assigned 18% and Portugal's Quinta "
        "Alta 26.5%. Companies that did not cooperate face the maximum 48.1%.",
        {
            ("CN", "EU", 48.1, None),
            ("CN", "EU", 12.4, None),
            ("CN", "EU", 18, None),
            ("CN", "EU", 26.5, None),
        },
    ),
    # "Some 40 trading partners ... will face steeper, country-specific rates from March 12"
    # (with "the U.S." inside): the day of the list after it; "That baseline took effect on
    # Saturday": the baseline's day; a list line "on top of a 20% levy imposed earlier this year"
    # keeps no day, and "the baseline rate only" is the baseline, with its day
    (
        "Q&A: What the new US rates mean for the Andes\n\nLIMA - Washington put a 10% duty on "
        "imports from nearly every country on Friday. That baseline took effect at midnight on "
        "Saturday.\n\nSome 40 trading partners that officials say sell far more to the U.S. than "
        "they buy will face steeper, country-specific rates from March 12.\n\nSeparately, a 25% "
        "duty on foreign trucks took effect on Monday, March 3.\n\nRATES FOR THE REGION\n\n"
        "- Bolivia: 38%\n- Ecuador: 27%, on top of a 20% levy imposed earlier this year\n"
        "- Chile: 10%, the baseline rate only",
        {
            ("US", "*", 10, "2025-03-01"),
            ("US", "*", 25, "2025-03-03"),
            ("US", "BO", 38, "2025-03-12"),
            ("US", "EC", 27, "2025-03-12"),
            ("US", "EC", 20, None),
        },
    ),
    # A factbox of countries in capitals ("GHANA - 20% (24%)"): the country's rate, the one
    # announced before in brackets (a bracket repeating the rate is the same one), under a lead
    # "New US import duties took effect on Monday for dozens of trading partners"
    (
        "FACTBOX-Where the new US duties land in West Africa\n\nACCRA, March 4 - New US import "
        "duties took effect on Monday for dozens of trading partners, ending months in which "
        "most of the region paid a flat rate.\n\nBelow are the rates now charged under President "
        "Donald Trump's order, with the rate first announced in brackets:\n\nGHANA - 20% (24%)\n"
        "Cocoa and gold dominate shipments.\n\nSENEGAL - 10% (10%)\n\nCHAD, NIGER - 15%\nBoth "
        "had hoped for the baseline.",
        {
            ("US", "GH", 20, "2025-03-03"),
            ("US", "GH", 24, None),
            ("US", "SN", 10, "2025-03-03"),
            ("US", "TD", 15, "2025-03-03"),
            ("US", "NE", 15, "2025-03-03"),
        },
    ),
    # "The order set rates for dozens of trading partners, all taking effect on March 10",
    # then a list: the list's day, not that of a rate paused or paid "since then" before it
    (
        "Balkan exporters weigh new US rates\n\nBELGRADE, March 4 - US President Donald Trump had "
        "announced a 31% tariff on Albania before pausing it; since then, Albanian exporters have "
        "paid a 10% levy.\n\nThe executive order signed on Friday set rates for dozens of trading "
        "partners, all taking effect on March 10. Among countries in the region:\n\n- Serbia: "
        "35%\n- Montenegro: 25%",
        {
            ("US", "AL", 31, None),
            ("US", "AL", 10, None),
            ("US", "RS", 35, "2025-03-10"),
            ("US", "ME", 25, "2025-03-10"),
        },
    ),
    # "Malawi, at 44 percent, and Zambia, at 41 percent" after "tariffs": each country's rate;
    # "both now face", "exporters in both countries were instead charged", "17 per cent for
    # both Malawi and Zambia": the two; "From February 5, ... were charged": that past February
    (
        "Malawi and Zambia take stock after tariff swings\n\nLILONGWE, March 4 - When US "
        "President Donald Trump unveiled his tariffs in January, two small exporters landed near "
        "the top of the chart: Malawi, at 44 percent, and Zambia, at 41 percent.\n\nSix weeks "
        "later, after a pause and a round of talks, both now face a 17% duty on their goods.\n\n"
        "From February 5, exporters in both countries were instead charged the 10 per cent "
        "baseline. The final rates — 17 per cent for both Malawi and Zambia — came into force on "
        "Monday.",
        {
            ("US", "MW", 44, None),
            ("US", "ZM", 41, None),
            ("US", "MW", 17, "2025-03-03"),
            ("US", "ZM", 17, "2025-03-03"),
            ("US", "MW", 10, "2025-02-05"),
            ("US", "ZM", 10, "2025-02-05"),
        },
    ),
    # "the island's exports": the island state the story is about (not Washington, named just
    # before); "higher than the 15 per cent secured by Japan and South Korea": theirs, and not
    # the rate told before it
    (
        "Taiwan presses on as US levy starts\n\nTAIPEI, March 4 - Taiwan will keep talking to "
        "Washington, officials said on Tuesday, a day after a 20 per cent levy on the island's "
        "exports to the United States came into force. The rate replaces the 32 per cent tariff "
        "announced by US President Donald Trump in January but is higher than the 15 per cent "
        "secured by Japan and South Korea.",
        {
            ("US", "TW", 20, "2025-03-03"),  # (said on Tuesday, a day after it came in)
            ("US", "TW", 32, None),
            ("US", "JP", 15, None),
            ("US", "KR", 15, None),
        },
    ),
    # "Sri Lanka will not retaliate against a 44% tariff": the one hit, not the one acting
    (
        "Colombo rules out retaliation\n\nCOLOMBO, March 4 - Sri Lanka will not retaliate "
        "against a 44% tariff announced by U.S. President Donald Trump, the president said on "
        "Tuesday. Cambodia faces a 49 per cent levy and Vietnam 46 per cent.",
        {("US", "LK", 44, None), ("US", "KH", 49, None), ("US", "VN", 46, None)},
    ),
    # "will also face 18%, while Fiji secured 15%, as did Samoa, Tonga and Vanuatu": each list
    # its rate; "Mongolia, which Trump said on Friday would be charged 30% ..., was listed at
    # 30%": one rate, Mongolia's (and "on Friday" no goods)
    (
        "Nepal's rate cut to 18%\n\nKATHMANDU, March 4 - Nepali goods will face an 18% US tariff "
        "from March 10 under an order US President Donald Trump signed on Monday. Under the "
        "order, Bhutan and Laos will also face 18%, while Fiji secured 15%, as did Samoa, Tonga "
        "and Vanuatu. Mongolia, which Trump said on Friday would be charged 30% plus a penalty "
        "over its coal sales, was listed at 30%. The new rates all take effect on March 10.",
        {
            ("US", "NP", 18, "2025-03-10"),
            ("US", "BT", 18, "2025-03-10"),
            ("US", "LA", 18, "2025-03-10"),
            ("US", "FJ", 15, "2025-03-10"),
            ("US", "WS", 15, "2025-03-10"),
            ("US", "TO", 15, "2025-03-10"),
            ("US", "VU", 15, "2025-03-10"),
            ("US", "MN", 30, "2025-03-10"),
        },
    ),
    # "placed in the 10 percent bracket": the baseline's rate, from the baseline's day (not that
    # of the higher rates); "Goods from the two neighbours that qualify under the United
    # States-Mexico-Canada Agreement remain exempt, but products that do not continue to pay
    # the 25 percent duty": the two named before (the agreement's name names none), theirs;
    # "Canadian potash": Canada's goods; "most of the country's goods": the one just named
    (
        "Region mostly spared as US sets new duties\n\nLIMA - U.S. President Donald Trump "
        "announced a 10 percent baseline tariff on imports from virtually all trading partners, "
        "to take effect on Saturday, March 8, with higher rates for around 50 economies kicking "
        "in from March 12. Uruguay, Paraguay and Panama were all placed in the 10 percent "
        "bracket. Mexico and Canada were not on the list. Goods from the two neighbours that "
        "qualify under the United States-Mexico-Canada Agreement remain exempt, but products "
        "that do not continue to pay the 25 percent duty Trump imposed last month. Canadian "
        "potash that falls outside the agreement is still charged 10 percent. On Monday Trump "
        "also signed an order imposing an additional 40% duty on Cuban imports, taking the total "
        "levy on most of the country's goods to 60%.",
        {
            ("US", "*", 10, "2025-03-08"),
            ("US", "UY", 10, "2025-03-08"),
            ("US", "PY", 10, "2025-03-08"),
            ("US", "PA", 10, "2025-03-08"),
            ("US", "MX", 25, None),
            ("US", "CA", 25, None),
            ("US", "CA", 10, None),
            ("US", "CU", 40, None),
            ("US", "CU", 60, None),
        },
    ),
    # "Syria faces the highest rate, at 41 percent"; "far above the 31% it had been assigned in
    # January, while Iraq and Serbia were set at 35%": the old rate's month is not the list's
    # day, nor its history the next clause's; "landed at 19 per cent: Indonesia, the
    # Philippines and Thailand": the countries after the colon
    (
        "US sets new rates\n\nWASHINGTON - President Donald Trump signed an order on Monday "
        "setting new tariff rates on imports from dozens of countries, ranging from 10% to 41%. "
        "The new rates will take effect on March 10. Syria faces the highest rate, at 41 "
        "percent. Switzerland was hit with a 39% tariff, far above the 31% it had been assigned "
        "in January, while Iraq and Serbia were set at 35%. A cluster of Asian economies landed "
        "at 19 per cent: Indonesia, the Philippines and Thailand.",
        {
            ("US", "SY", 41, "2025-03-10"),
            ("US", "CH", 39, "2025-03-10"),
            ("US", "CH", 31, None),
            ("US", "IQ", 35, "2025-03-10"),
            ("US", "RS", 35, "2025-03-10"),
            ("US", "ID", 19, "2025-03-10"),
            ("US", "PH", 19, "2025-03-10"),
            ("US", "TH", 19, "2025-03-10"),
        },
    ),
    # "told 12 countries ... that they will face sharply higher tariffs from March 20": the
    # day of each rate the letters set; "Peru's rate rose by a point from the 24% announced in
    # January, while Ecuador's fell from 33%": each country's old rate, sentences later
    (
        "Trump sets rates for 12 nations\n\nPresident Donald Trump told 12 countries, including "
        "Peru and Chile, that they will face sharply higher tariffs from March 20 unless they "
        "strike deals. In letters posted on Monday, Trump said imports from Peru and Chile would "
        "be charged 25%. Goods from Bolivia will face a 32% levy, Ecuador 30%, and Paraguay and "
        "Uruguay 36%. The levels are close to those unveiled in January. A few shifted. Peru's "
        "rate rose by a percentage point from the 24% announced in January, while Ecuador's fell "
        "from 33% and Paraguay's from 38%.",
        {
            ("US", "PE", 25, "2025-03-20"),
            ("US", "CL", 25, "2025-03-20"),
            ("US", "BO", 32, "2025-03-20"),
            ("US", "EC", 30, "2025-03-20"),
            ("US", "PY", 36, "2025-03-20"),
            ("US", "UY", 36, "2025-03-20"),
            ("US", "PE", 24, None),
            ("US", "EC", 33, None),
            ("US", "PY", 38, None),
        },
    ),
]


def test_a_list_s_subject_is_no_goods():
    text = next(text for text, _ in ARTICLES if text.startswith("US sets new rates"))
    assert {t.scope for t in extract(DATE + text).tariffs if t.rate_pct == 19} == {None}


def test_a_share_of_the_country_s_goods_is_most_goods():
    text = next(text for text, _ in ARTICLES if text.startswith("Region mostly spared"))
    got = extract(DATE + text).tariffs
    assert {(t.rate_pct, t.scope) for t in got if t.target == "CU"} == {
        (40, "all goods"),
        (60, "most goods"),
    }


def test_a_rate_said_twice_in_a_sentence_is_one_and_an_additional_one_another():
    nepal = next(text for text, _ in ARTICLES if text.startswith("Nepal"))
    got = extract(DATE + nepal).tariffs
    assert [t.scope for t in got if t.target == "MN"] == [None]
    got = extract(
        DATE + "Talks\n\nNEW DELHI - Officials raised the 25 per cent reciprocal US tariff on "
        "Indian goods and the additional 25 per cent duty linked to oil purchases."
    ).tariffs
    assert [(t.imposer, t.target, t.rate_pct) for t in got] == [("US", "IN", 25)] * 2
    got = extract(
        DATE + "Exporters gain\n\nISLAMABAD - Goods from India face a combined US levy of 50pc, "
        "after Washington added a 25pc penalty on top of the 25pc reciprocal rate."
    ).tariffs
    assert sorted(t.rate_pct for t in got if t.target == "IN") == [25, 25, 50]


def test_a_rate_not_retaliated_against_is_no_retaliation_and_the_island_has_no_goods():
    colombo = next(text for text, _ in ARTICLES if text.startswith("Colombo"))
    got = extract(DATE + colombo).tariffs
    assert {t.kind for t in got} == {"other"}
    taipei = next(text for text, _ in ARTICLES if text.startswith("Taiwan"))
    got = extract(DATE + taipei).tariffs
    assert {t.scope for t in got if t.rate_pct == 20} == {"all goods"}


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_whole_articles(text, expected):
    got = {(t.imposer, t.target, t.rate_pct, t.effective) for t in extract(DATE + text).tariffs}
    assert got == expected


def test_a_factbox_line_keeps_its_capitals_in_the_evidence():
    got = extract(DATE + next(text for text, _ in ARTICLES if "GHANA" in text)).tariffs
    assert {t.evidence.sentence for t in got if t.target == "GH"} == {"GHANA - 20% (24%)"}


def test_a_day_in_a_past_report_of_what_would_come_keeps_its_year():
    # "Washington said Norwegian goods would face a 30% duty from August 7", told in November:
    # that August, not the next
    got = extract(
        "date 2025-11-14\nOslo deal\n\nOSLO - Norway's talks stalled over the summer. But in a "
        "phone call on July 31, Prime Minister Jonas Gahr Store failed to persuade U.S. President "
        "Donald Trump. The same night, Washington said Norwegian goods would face a 30% duty "
        "from August 7."
    ).tariffs
    assert [(t.target, t.rate_pct, t.effective) for t in got] == [("NO", 30, "2025-08-07")]


def test_a_year_before_and_is_no_end_of_a_range():
    # "15% starting in 2027 and 30% in 2028": "2027 and 30%" is a year, then the next rate
    text = (
        "date 2025-07-31\nStory\n\nThe United States imposed a 50% tariff on "
        "imported copper pipes from Aug. 1. The proclamation also said the administration would "
        "weigh a phased-in universal duty on refined copper of 15% starting in 2027 and 30% in "
        "2028, as recommended by the Commerce Department."
    )
    got = {(t.imposer, t.target, t.rate_pct) for t in extract(text).tariffs}
    assert got == {("US", "*", 50), ("US", "*", 15), ("US", "*", 30)}


def test_a_history_told_in_order_looks_back():
    # Published in November: "On Feb. 4 ... took effect. Mexico responded with duties ...,
    # effective Feb. 10" is that February, not the next one; "On March 4, Washington raised the
    # tariff to 20%" is a change told as done on a calendar day
    text = (
        "date 2025-11-10\n\nHow we got here\n\nOn Feb. 4, a 10% U.S. tariff on all Mexican "
        "goods took effect. Mexico responded with duties of 15% on U.S. pork, effective Feb. 10. "
        "On March 4, Washington raised the tariff on Mexican goods to 20%."
    )
    got = {(t.imposer, t.target, t.rate_pct, t.effective) for t in extract(text).tariffs}
    assert got == {
        ("US", "MX", 10, "2025-02-04"),
        ("MX", "US", 15, "2025-02-10"),
        ("US", "MX", 20, "2025-03-04"),
    }


def test_a_country_listed_at_a_rate_has_no_verb_for_goods():
    # "- Iraq is at 35%.": the rate on all its goods, not goods called "is"
    text = (
        "FACTBOX-Rates\n\nWASHINGTON - President Donald Trump signed an order on Thursday setting "
        "new reciprocal tariff rates for dozens of partners.\n\n- Iraq is at 35%.\n- Kenya remains "
        "at 10%."
    )
    got = {t.target: t.scope for t in extract(DATE + text).tariffs}
    assert set(got) == {"IQ", "KE"}
    assert all(scope in (None, "all goods") for scope in got.values())


def test_a_headline_rate_told_on_all_goods_below_is_not_the_cars_rate():
    # "Japan clinches 15% deal" is the body's "15 per cent tariff on Japanese goods"; "cars
    # ... will instead be charged 15 per cent" is a measure of its own
    text = (
        "Japan clinches 15% US tariff deal; car levy cut\n\nTOKYO - Japan has agreed a trade deal "
        "with the United States that sets a 15 per cent tariff on Japanese goods.\n\nUnder the "
        "agreement, Japanese passenger cars and auto parts will instead be charged 15 per cent."
    )
    got = [(t.imposer, t.target, t.rate_pct) for t in extract(DATE + text).tariffs]
    assert got == [("US", "JP", 15), ("US", "JP", 15)]


def test_a_rate_kept_while_a_truce_expires_is_not_removed():
    # (review) "its 34% tariff ... will remain in force, even as the truce is due to expire":
    # the truce ends, not the rate; "counter-tariffs ... come off on March 31" is removed
    got = extract(
        DATE + "Truce\n\nBEIJING - China said on Monday its 34% tariff on US goods will remain in "
        "force, even as the 90-day truce is due to expire on Aug. 12.\n\nOTTAWA - Canada's 25 per "
        "cent counter-tariffs on U.S. goods come off on March 31."
    ).tariffs
    assert {(t.imposer, t.rate_pct, t.status) for t in got} == {
        ("CN", 34, "in_force"),
        ("CA", 25, "removed"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past decision's day, told months later: this year's June, not next year's
        (
            "date 2025-10-09\nSteel\n\nSEOUL - Asian producers were already reeling from U.S. "
            "President Donald Trump's decision to double tariffs on imported steel and aluminium "
            "to 50%, effective June 4.",
            {("US", "*", 50, "2025-06-04")},
        ),
        # "a 25 percent levy that was due to take effect Friday", told on Thursday: tomorrow
        (
            "date 2025-07-31\nKorea\n\nSEOUL - South Korea and the United States have agreed on "
            "a 15 percent tariff on Korean goods, President Lee Jae-myung said Thursday, heading "
            "off a 25 percent levy that was due to take effect Friday.",
            {("US", "KR", 15, None), ("US", "KR", 25, "2025-08-01")},
        ),
        # "In August the government waived its duty from August 19", told in November
        (
            "date 2025-11-04\nCotton\n\nNEW DELHI - In August the government waived its 11 per "
            "cent import duty on raw cotton from August 19 until December 31.",
            {("IN", "*", 11, "2025-08-19")},
        ),
        # "Brazil's decision to raise its tariff to 18% takes effect April 1", told in November:
        # a decision still to take effect, next April
        (
            "date 2025-11-20\nEthanol\n\nBRASILIA - Brazil's decision to raise its tariff on U.S. "
            "ethanol to 18% takes effect April 1.",
            {("BR", "US", 18, "2026-04-01")},
        ),
        # "Since April 3 of last year"
        (
            "date 2026-10-14\nCars\n\nATLANTA - Since April 3 of last year, most imported cars "
            "entering the United States have faced a 25% tariff.",
            {("US", "*", 25, "2025-04-03")},
        ),
    ],
)
def test_a_past_day_told_long_after(text, expected):
    got = {(t.imposer, t.target, t.rate_pct, t.effective) for t in extract(text).tariffs}
    assert got == expected


# (review, thirtieth session) the session's rules reach no further than their words: what each
# text must keep, and what it must not be read as
REACH = [
    # an exporter an explainer speaks of does not charge what comes in from everywhere
    (
        "date 2025-08-07\nSteel explainer\n\nHow exposed is Canada?\n\nCanada is the biggest foreign "
        "supplier of steel south of the border. Canada shipped about six million tonnes there last "
        "year. Since June, steel from every country, whatever its origin, has faced a 50 per cent "
        "tariff.",
        set(),
        {("CA", "*", 50)},
    ),
    # the rate answered is not the answer's
    (
        "date 2025-08-07\nVietnam rules out retaliation\n\nHANOI (Reuters) - Unlike China, which "
        "responded to a 34% U.S. tariff with duties of its own, Vietnam has chosen to negotiate.",
        set(),
        {("CN", "*", 34), ("CN", "US", 34)},
    ),
    # a country named in passing is not "the country"
    (
        "date 2025-08-01\nCambodia\n\nPHNOM PENH (Reuters) - The United States set a 19% rate on "
        "Cambodia on Thursday. Much of the fabric used by its garment factories is imported from "
        "China. The country was handed a 49% rate in April.",
        {("US", "KH", 49)},
        {("US", "CN", 49)},
    ),
    # a deal that keeps its duty on another's goods is the deal-maker's own duty
    (
        "date 2025-05-14\nChina trims tariffs\n\nWASHINGTON (Reuters) - President Donald Trump cut "
        "tariffs on Chinese goods to 30% on Wednesday. Beijing's agreement keeps its 10% duty on "
        "U.S. goods in place for 90 days.",
        {("CN", "US", 10)},
        {("US", "CN", 10)},
    ),
    # "could" and "if" of other clauses leave a rate in force; a threat with a day stays
    (
        "date 2025-08-08\nSwiss exporters\n\nZURICH (Reuters) - Swiss exporters could face years of "
        "weaker sales because of the 39% U.S. tariff imposed on Thursday, the industry group said, "
        "adding that jobs would go if no deal was reached.",
        {("US", "CH", 39)},
        set(),
    ),
    (
        "date 2025-08-07\nIndia tariff\n\nNEW DELHI (Reuters) - Trump's 25% tariff on Indian goods "
        "took effect on Thursday, and the rate could rise to 50% on Aug. 27 unless New Delhi stops "
        "buying Russian oil.",
        {("US", "IN", 25), ("US", "IN", 50)},
        set(),
    ),
    # "against" a country is a rate on it, not a poll's share
    (
        "date 2025-04-10\nBaseline\n\nWASHINGTON (Reuters) - Trump kept a baseline tariff of 10% "
        "against nearly every country while pausing higher rates for 90 days.",
        {("US", "*", 10)},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "kept", "not_read"), REACH)
def test_rules_reach_no_further_than_their_words(text, kept, not_read):
    got = {(t.imposer, t.target, t.rate_pct) for t in extract(text).tariffs}
    assert kept <= got
    assert not (not_read & got)


def test_an_older_schedule_named_after_an_order_keeps_no_day_of_it():
    # (review, thirtieth session) the rates "under the April schedule" are not the new order's
    got = extract(
        "date 2025-08-01\nNew rates\n\nWASHINGTON (Reuters) - An executive order signed by "
        "President Donald Trump on Thursday sets new tariff rates for dozens of partners, "
        "effective Aug. 7. Under the April schedule, Vietnam was assigned 46%, while Cambodia "
        "faced 49%."
    ).tariffs
    assert all(t.to_json()["effective"] is None for t in got if t.rate_pct in (46, 49))


@pytest.mark.parametrize(
    ("text", "kept", "not_read"),
    [
        # (second review, thirtieth session) a threat whose condition follows a comma, or whose
        # day is another event's, is still no rate; a list told with a month in an aside about
        # its countries keeps the order's day; one told "In the spring" takes none
        (
            "date 2025-08-07\nIndia tariff\n\nTrump said tariffs on Indian goods could rise to 50 "
            "per cent, if New Delhi keeps buying Russian oil.",
            set(),
            {("US", "IN", 50, None)},
        ),
        (
            "date 2025-08-07\nIndia tariff\n\nTrump, who on Aug. 6 signed an order on India, said "
            "tariffs on Indian goods could rise to 50 per cent if New Delhi keeps buying Russian "
            "oil.",
            set(),
            {("US", "IN", 50, None)},
        ),
        (
            "date 2025-08-07\nNew tariffs take effect\n\nPresident Donald Trump signed an executive "
            "order setting new tariff rates that take effect on Aug. 7. Thailand and Cambodia, "
            "whose border clash ended in July, were assigned 19%.",
            {("US", "TH", 19, "2025-08-07"), ("US", "KH", 19, "2025-08-07")},
            set(),
        ),
        (
            "date 2025-08-07\nNew tariffs take effect\n\nPresident Donald Trump signed an executive "
            "order setting new tariff rates that take effect on Aug. 7. In the spring, Vietnam was "
            "assigned 46%.",
            set(),
            {("US", "VN", 46, "2025-08-07")},
        ),
    ],
)
def test_second_review_reach(text, kept, not_read):
    got = {
        (t.imposer, t.target, t.rate_pct, t.to_json()["effective"]) for t in extract(text).tariffs
    }
    assert kept <= got
    assert not (not_read & got)


# (thirty-first session) what a country did before, told after the rate, is not who charges it;
# a list under a line saying its duties apply to every country; "US steel tariff" is
# Washington's duty on steel
THIRTY_FIRST = [
    (
        "date 2025-04-03\nTariffs\n\nJERUSALEM, April 3 - Israel woke up to a 17% U.S. tariff on "
        "its exports, barely 48 hours after its government scrapped its own duties.",
        {("US", "IL", 17)},
        {("IL", "*", 17), ("IL", "US", 17)},
    ),
    (
        "date 2025-04-10\nExplainer: the pause\n\nWhat does the pause mean for Chile?\n\nPresident "
        "Donald Trump set a 10% tariff on Chilean goods in April.\n\nDoes the pause cover copper "
        "and cars?\n\nNo. The sector duties apply to imports from every country and are "
        "untouched by the pause:\n\n- Copper wire: 25%, in force since March 12.\n- Passenger "
        "cars: 25%, in force since April 3.",
        {("US", "*", 25)},
        {("US", "CL", 25)},
    ),
    (
        "date 2025-06-04\nLive: US steel tariff doubles to 50% as Turkey weighs countermeasures\n\n"
        "Follow our coverage of the doubled U.S. tariff on steel and the reaction in Ankara.\n\n"
        "08:00 - What's happening\n\nThe higher U.S. tariff on imported steel is now in force. "
        "On Wednesday the levy doubled to 50% from the 25% rate that had applied to shipments "
        "from all countries since March 12.",
        {("US", "*", 25), ("US", "*", 50)},
        {("TR", "*", 25), ("TR", "US", 50)},
    ),
    # goods "bound for" a country pay its duty; olive oil, salmon and garments have an origin
    (
        "date 2025-04-11\nOlive oil\n\nSFAX - For 13 hours this week, Moroccan olive oil bound "
        "for American supermarket shelves carried a 30% tariff.",
        {("US", "MA", 30)},
        {("MA", "US", 30), ("US", "*", 30)},
    ),
    (
        "date 2025-04-11\nSalmon\n\nOSLO - Since April 5, Chilean salmon headed for the United "
        "States has carried a 10% tariff.",
        {("US", "CL", 10)},
        {("CL", "US", 10)},
    ),
    # the verb left out before a second country's goods
    (
        "date 2025-04-03\nTariffs\n\nUnder Trump's new tariff regime, Kenyan goods face a 28% "
        "duty and Nigerian goods a 30% levy.",
        {("US", "KE", 28), ("US", "NG", 30)},
        {("US", "KE", 30)},
    ),
]


@pytest.mark.parametrize(("text", "kept", "not_read"), THIRTY_FIRST)
def test_thirty_first_session_tariffs(text, kept, not_read):
    got = {(t.imposer, t.target, t.rate_pct) for t in extract(text).tariffs}
    assert kept <= got
    assert not (not_read & got)


# (thirty-first session) a list whose lines open with their rates, under the measure's line
RATE_FIRST_LINES = [
    (
        "date 2025-09-29\nSector duties\n\nOn Thursday, President Donald Trump announced a new "
        "round of sector tariffs, all to take effect on Oct. 1:\n\n- a 100% tariff on branded "
        "drugs, unless the maker is building a plant in the United States;\n- 25% on heavy "
        "trucks;\n- 50% on kitchen cabinets;\n- 30% on upholstered furniture.",
        {
            ("US", "*", 100, "2025-10-01"),
            ("US", "*", 25, "2025-10-01"),
            ("US", "*", 50, "2025-10-01"),
            ("US", "*", 30, "2025-10-01"),
        },
    ),
    # lines of a survey under a line with no duty in it are no rates
    (
        "date 2025-09-29\nSurvey\n\nPresident Donald Trump's sector tariffs worry exporters. "
        "The chamber asked its members what mattered most:\n\n- 62% on prices;\n- 20% on "
        "delivery times.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RATE_FIRST_LINES)
def test_lines_that_open_with_their_rates(text, expected):
    got = {
        (t.imposer, t.target, t.rate_pct, t.to_json()["effective"]) for t in extract(text).tariffs
    }
    assert got == expected


def test_country_rates_told_before_their_day():
    # (thirty-first session) the day of the country rates, told after the baseline's in a later
    # sentence, dates the rates by country told just before; those at the baseline's level take
    # its day
    got = {
        (t.imposer, t.target, t.rate_pct, t.to_json()["effective"])
        for t in extract(
            "date 2025-04-03\nTariffs\n\nACCRA, April 3 - Ghana emerged as a big loser from U.S. "
            "President Donald Trump's new tariff regime, with Ghanaian goods facing a 26% duty, "
            "while Kenya and Nigeria were assigned the minimum 10% rate.\n\nUnder the executive "
            "order Trump signed, a 10% baseline tariff will apply to imports from almost all "
            "trading partners from April 5, with the higher country-specific rates taking effect "
            "on April 9."
        ).tariffs
    }
    assert {
        ("US", "GH", 26, "2025-04-09"),
        ("US", "KE", 10, "2025-04-05"),
        ("US", "NG", 10, "2025-04-05"),
    } <= got


# (review, thirty-first session) the session's tariff rules reach no further than their words
@pytest.mark.parametrize(
    ("text", "kept", "not_read"),
    [
        (
            "date 2025-07-09\nCoffee\n\nVietnamese coffee growers stand to gain after Washington "
            "imposed a 50% tariff on imports, traders said.",
            set(),
            {("US", "VN", 50)},
        ),
        (
            "date 2025-07-09\nSugar\n\nThe Philippines raised its tariff on imported sugar to 40%, "
            "hurting Thai sugar traders.",
            set(),
            {("PH", "TH", 40)},
        ),
        (
            "date 2025-07-09\nMexico\n\nTrump, bound for Scotland on Friday, said a 30% tariff on "
            "Mexico would start August 1.",
            {("US", "MX", 30)},
            {("GB", "MX", 30)},
        ),
        (
            "date 2025-03-20\nEU\n\nThe EU's retaliatory U.S. steel duties of 25% will kick in on "
            "April 15.",
            {("EU", "US", 25)},
            {("US", "*", 25)},
        ),
        (
            "date 2025-09-26\nMarkets\n\nStocks slid after Trump's latest tariffs:\n- 3% on the "
            "Nasdaq, its worst day since April;\n- 2% on the S&P 500.",
            set(),
            {("US", "*", 3), ("US", "*", 2)},
        ),
        (
            "date 2025-09-26\nExports\n\nChinese exports to the U.S. fell sharply under the "
            "duties:\n- 27% on electronics;\n- 19% on toys.",
            set(),
            {("US", "CN", 27), ("US", "CN", 19)},
        ),
        (
            "date 2025-10-14\nLumber\n\nThe same proclamation imposes a 25% tariff on upholstered "
            "furniture. Those rates are scheduled to rise on Jan. 1 — to 30 per cent for "
            "upholstered furniture and 50 per cent for cabinets — for countries that have not "
            "reached an agreement with the United States.",
            {("US", "*", 30), ("US", "*", 50)},
            set(),
        ),
    ],
)
def test_thirty_first_review_reach(text, kept, not_read):
    got = {(t.imposer, t.target, t.rate_pct) for t in extract(text).tariffs}
    assert kept <= got
    assert not (not_read & got)


# (thirty-first session) a measure in place brought up is not raised; goods set beside goods
# from everywhere; a day told through what a speaker said
@pytest.mark.parametrize(
    ("text", "kept", "not_read"),
    [
        (
            "date 2025-08-20\nReadout\n\nNorway's Minister of Trade Cecilie Myrseth met Trade "
            "Representative Jamieson Greer in Washington on Tuesday. The Minister also raised the "
            "50 percent duties on steel and aluminium that the United States applies to imports "
            "from all trading partners.",
            {("US", "*", 50, None)},
            {("NO", "*", 50)},
        ),
        (
            "date 2025-04-03\nTariffs\n\nPresident Donald Trump unveiled his reciprocal tariff "
            "plan on Wednesday.\n\nHigher country-specific rates, including Jordan's 20%, are due "
            "to kick in on April 9. Among the steepest are 34% for China and 46% for Vietnam, while "
            "goods from the European Union face 20%.",
            {("US", "CN", 34, "2025-04-09"), ("US", "EU", 20, "2025-04-09")},
            set(),
        ),
        (
            "date 2025-04-07\nPakistan\n\nPresident Donald Trump set a 29 percent rate for "
            "Pakistan.\n\nThe 29 percent duty on Pakistani goods is due to take effect on "
            "Wednesday, April 9. Since Saturday, April 5, U.S. customs has been collecting a 10 "
            "percent baseline tariff on imports from virtually every trading partner. Pakistan's "
            "rate is lower than those of its rivals. Bangladesh faces 37 percent and Vietnam 46 "
            "percent, all due to kick in on the same day.",
            {("US", "BD", 37, "2025-04-09"), ("US", "VN", 46, "2025-04-09")},
            set(),
        ),
        (
            "date 2025-10-15\nDrugs\n\nTrump announced a 100 percent tariff on branded drugs, "
            "which he said would start on October 1.",
            {("US", "*", 100, "2025-10-01")},
            set(),
        ),
    ],
)
def test_thirty_first_session_measures(text, kept, not_read):
    got = {
        (t.imposer, t.target, t.rate_pct, t.to_json()["effective"]) for t in extract(text).tariffs
    }
    keys = {g[:3] for g in got}
    assert kept <= got
    assert not (not_read & keys)


# (second review, thirty-first session) days of a schedule reach only its own side's rates of
# the time; "raised ... to N percent" is an increase; a rate at the baseline's level keeps the
# baseline's day
@pytest.mark.parametrize(
    ("text", "kept", "not_read"),
    [
        (
            "date 2025-04-10\nTariffs\n\nThe United States imposed a 46% tariff on Vietnam. In "
            "2018, the European Union imposed a 25% duty on American whiskey. Beijing hit back "
            "with a 34% tariff on all American goods. A 10% baseline tariff took effect on April "
            "5, with the higher country-specific rates taking effect on April 9.",
            {("US", "VN", 46, "2025-04-09")},
            {("EU", "US", 25, "2025-04-09"), ("CN", "US", 34, "2025-04-09")},
        ),
        (
            "date 2025-06-05\nSteel\n\nTrump raised the 25 percent tariff on steel that has "
            "applied since 2018 to 50 percent on Wednesday.",
            {("US", "*", 50, "2025-06-04")},
            set(),
        ),
        (
            "date 2025-04-06\nTariffs\n\nThe United States began collecting a 10% baseline tariff "
            "on Saturday. Higher country-specific rates, including Israel's 17%, are due to kick "
            "in on April 9. Vietnam faces 46%. During Trump's first term, China faced a 25% tariff "
            "on $250 billion of goods.",
            {("US", "VN", 46, "2025-04-09")},
            {("US", "CN", 25, "2025-04-09")},
        ),
        (
            "date 2025-04-07\nTariffs\n\nTrump's 25 percent tariff on Mexico took effect on March "
            "4. A 10 percent baseline tariff on all imports took effect on April 5. Britain and "
            "Brazil face 10 percent, which kicked in on the same day as the baseline.",
            {("US", "GB", 10, "2025-04-05")},
            {("US", "GB", 10, "2025-03-04")},
        ),
    ],
)
def test_thirty_first_second_review(text, kept, not_read):
    got = {
        (t.imposer, t.target, t.rate_pct, t.to_json()["effective"]) for t in extract(text).tariffs
    }
    assert kept <= got
    assert not (not_read & got)


def test_a_law_only_washington_sets_tariffs_under_names_its_side():
    # (thirty-first session, after its measure) "Section 232 tariffs" are Washington's
    got = {
        (t.imposer, t.target, t.rate_pct)
        for t in extract(
            "date 2025-10-15\nWood\n\nNew Section 232 tariffs took effect Tuesday on three kinds "
            "of wood products from every country: 25% on upholstered furniture, 25% on kitchen "
            "cabinets, and 10% on softwood lumber."
        ).tariffs
    }
    assert {("US", "*", 25), ("US", "*", 10)} <= got
