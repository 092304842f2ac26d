"""How the news says that two people were in touch, and how it says they were not.

Gathered from diplomatic readouts and wire reports of calls, meetings,
visits, talks and letters. Patterns are matched case-insensitively against a
sentence; each names the mode it reports and how its participants are found:

- ``with``: subject on the left, the other side after the pattern
  ("Dar held a phone call with Rubio", "Modi was received by Tshering");
- ``direct``: a verb with its object straight after ("Milei met Clinton");
- ``between``: both sides after the pattern ("the call between Trump and Putin");
- ``mutual``: two or more subjects and no object ("Rubio and Lavrov spoke");
- ``nominal``: a call or dinner named in the sentence, everyone named there took part
  ("In a phone call on Saturday, Pezeshkian congratulated Erdogan");
- ``join``: someone added to the contact just reported ("Caputo was present at the meeting").
"""

import re

_ADJ = r"(?:[\w’'-]+\s+){0,4}?"  # "first", "25-minute", "closed-door"
_PHONE = r"(?:tele)?phone|video|virtual|online|telephonic"
# "A and B shook hands" (not on a deal, nor during a call: "shook hands on the deal during a
# phone call")
_SHOOK_HANDS = r"(?:shook|shake|shakes)\s+hands(?!\s+on\b)(?![^.;]{0,80}\b(?:call|phone|video)s?\b)"

TRIGGERS = [
    # name, pattern, how participants are found, mode ("" = from the words)
    (
        "noun_with",
        rf"\b(?:(?:{_PHONE})\s+)?(?P<noun>calls?|conversations?|talks?|meetings?|discussions?|negotiations|dinner|lunch|breakfast|audience|summit|session|consultations|exchange|tête-à-tête|conference|videoconference)(?:\"|”)?(?:\s+in\s+(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?)?(?:\s+(?:late\s+|early\s+)?(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s*\([0-3]?\d\))?|\s+(?:yesterday|today|this\s+(?:morning|afternoon|evening)|last\s+(?:week|night)|(?:that|the\s+same)\s+(?:day|morning|afternoon|evening)))?"
        # ("held a meeting of approximately 90 minutes with A": how long it lasted)
        r"(?:\s+(?:of|lasting)\s+(?:about\s+|approximately\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|"
        r"more\s+than\s+|over\s+)?(?:an?|one|two|three|[\d.]+|[a-z]+-?[a-z]*)\s+(?:minutes|hours?))?"
        # ("held a video call this Monday, 6 October, with A": the day's date in apposition)
        r"(?:,\s+(?:\d{1,2}\s+(?-i:[A-Z][a-z]{2,8})|(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2})(?:,?\s+\d{4})?,)?"
        # ("held a working meeting on Monday, March 3, in Washington, D.C., with A")
        r"(?:\s+in\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?(?:,\s+D\.C\.)?,?)?"
        # "talks on the boundary question with A"
        r"(?:\s+(?:on|about|over)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
        # ("a leaders' meeting on Friday on the sidelines of the Antalya Diplomacy Forum with A")
        r"(?:\s+(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+)?"
        r"\s+with\b",
        "with",
        "",
    ),
    (
        "on_the_phone_with",
        # "LeBlanc confirmed he was on the phone with Lutnick on Monday evening"
        r"\b(?P<verb>was|were|been|got|is|are"
        # ("said he spent part of Tuesday afternoon on the phone with Whitmer")
        # (not a habit or a long stretch: "spends hours every week", "spent most of his first
        # term", "spent the 2020 pandemic")
        r"|spent(?:\s+(?!(?:every|each|years?|terms?|months|weeks|decades?|pandemic|career|tenure|"
        r"his|her|their|its|most|much|first|second|summers?|winters?|days|[12]\d\d\d)\b)[\w’'-]+){1,6}?)"
        r"\s+on\s+the\s+(?:tele)?phone\s+(?:again\s+|briefly\s+)?with\b"
        # (not "is on the phone with X almost every day": a habit, no one call)
        r"(?![^.;]{0,60}?\b(?:every\s+(?:day|week)|daily|regularly|constantly|often)\b)",
        "with",
        "call",
    ),
    (
        "toured_together_with",
        # "Yeo toured a Philadelphia shipyard on Tuesday together with Deputy USTR Rick Switzer"
        # (not "visited a shipyard that Hanwha runs together with Austal": another's clause)
        r"\b(?P<verb>toured|visited|inspected)\s+(?:(?!that\b|which\b|who\b)[\w’'.-]+\s+){1,8}?(?:together\s+with|alongside)\b"
        # (someone named: not "together with his ministers")
        r"(?=\s+(?:the\s+)?(?-i:[A-Z]))",
        "with",
        "visit",
    ),
    (
        "convened_including",
        # "Ramaphosa convened leaders of the coalition parties, including A and B, on Tuesday"
        # ("A met citrus producers, including B, in Nelspruit on Tuesday")
        r"\b(?P<verb>convened|gathered|summoned|met)\s+(?:[\w’'-]+,?\s+){1,8}?(?:including|among\s+them)\b",
        "with",
        "meeting",
    ),
    (
        "with_joining",
        # "Trump unveiled the deal on Thursday, with Prime Minister A joining by telephone"
        r",\s+with\b(?=\s+(?:[\w.’'-]+\s+){1,6}?joining\s+(?:the\s+\w+\s+)?(?:by\s+(?:tele)?phone|"
        r"by\s+video(?:\s*link)?|via\s+video(?:\s*link)?|remotely|virtually)\b)",
        "with",
        "call",
    ),
    (
        "verb_with",
        r"\b(?P<verb>spoke|spoken|speaks|speak|speaking|talked|talking|conferred|confer|chatted|met|meets|meet|meeting|dined|negotiated|consulted|(?:sat|sit|sits|sitting)\s+down|"
        + _SHOOK_HANDS
        + r"|(?:held|hold|holds|holding)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:days?\s+of\s+)?(?:talks|dialogue|consultations))\s+(?:(?:(?:by|on\s+the|over\s+the|via)\s+(?:tele)?phone|on\s+(?:a\s+|the\s+)?speaker(?:phone)?|by\s+video(?:\s*link|\s+conference)?|virtually|separately|again|briefly|privately|directly|personally|twice|repeatedly|(?:several|many|three|four|five|a\s+few|a\s+number\s+of)\s+times|regularly|frequently|often|face[\s-]to[\s-]face|in\s+person|also|jointly|today|yesterday|here|there|the\s+(?:previous|following|next|same)\s+day|the\s+day\s+(?:before|after)|that\s+(?:day|morning|afternoon|evening)|(?:earlier\s+)?(?:last|this)\s+(?:week|month|morning|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|earlier|later|lasting\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?[\w-]+\s+(?:minutes|hours?)|for\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|roughly\s+|around\s+)?(?:an?|[\w-]+)\s+(?:minutes|hours?)|(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:in|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
        # ("met today, March 26, in Ottawa with", "met on Wednesday, March 26, with")
        r"|(?:today|yesterday|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
        r",?\s*(?:on\s+)?(?:(?:January|February|March|April|May|June|July|August|September|"
        r"October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|"
        r"July|August|September|October|November|December))(?:,\s*\d{4})?(?:,(?=\s+(?:in|at)\s))?)"
        r"\s+){0,3}(?:with|to)\b",
        "with",
        "",
    ),
    (
        "spent_with",
        # "A and B spent just over an hour with C on Parliament Hill": time spent together
        r"\b(?P<verb>spent|spends|spending)\s+(?:(?:just\s+)?(?:over|under|about|nearly|almost|"
        r"more\s+than|less\s+than|around|some)\s+)?(?:an?|one|two|three|several|[\d.]+)\s+"
        r"(?:(?:full|half|extra)\s+)?(?:hours?|minutes|days?|afternoon|morning|evening)\s+with\b",
        "with",
        "meeting",
    ),
    (
        "hosted_with",
        # "hosted a roundtable in Yarmouth with B": a meeting she chaired with B at the table
        r"\b(?P<verb>hosted|hosts|chaired|chairs|convened|held|holds)\s+(?:a|an|the)\s+"
        r"(?:[\w-]+\s+)?(?P<noun>roundtable|round\s+table|round-table|working\s+lunch|working\s+"
        r"dinner|lunch|dinner|breakfast|briefing)\s+(?:(?:in|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
        r"[\w’'-]+\s+)?(?:on\s+\w+\s+)?with\b",
        "with",
        "meeting",
    ),
    (
        "discussed_with",
        # (not across another clause: "... had been discussed in Delhi, when A held talks with B")
        r"\b(?P<verb>discuss(?:ed|es)?|exchanged\s+views|reviewed)\b"
        r"(?:(?!\b(?:when|where|while|held|met)\b)[^.;:]){0,140}?\bwith\b",
        "with",
        "talks",
    ),
    (
        "cochaired_mutual",
        # "A and her counterpart B co-chaired the strategic dialogue in Beijing on Monday"
        r"\b(?P<verb>co-?chaired|co-?chair|co-?hosted|co-?presided\s+over)\s+(?:the|a|an|their)\s+"
        r"(?![^.;]{0,140}?\bwith\b)",
        "mutual",
        "talks",
    ),
    (
        "cochaired_with",
        r"\b(?P<verb>co-?chaired|co-?chairs?|co-?hosted|co-?hosts?|co-?presided(?:\s+over)?)\b[^.;:]{0,140}?\bwith\b",
        "with",
        "talks",
    ),
    (
        "call_from",
        rf"\b(?:received|took|got|answered)\s+(?:a|an)\s+{_ADJ}(?P<noun>call|letter|message|visit)\s+(?:\w+\s+){{0,3}}?from\b",
        "with",
        "",
    ),
    (
        "letter_received",
        # "President A received a letter the same day setting his country's rate at 30%": a
        # letter from the story's writer of letters (not one "from" a named sender, read above)
        r"\b(?P<verb>received|receives|got|gets)\s+(?:a|an|the|his|her|its|their)\s+"
        r"(?:[\w-]+\s+){0,2}?(?P<noun>letters?)\b(?!\s+(?:\w+\s+){0,3}?from\b)"
        # (not "a letter of congratulations", "a letter signed by 50 senators")
        r"(?!\s+(?:of|signed|written|sent|penned|co-signed|with)\b)",
        "letter_received",
        "letter",
    ),
    (
        "separate_with",
        # "he had spoken with A and, in a separate call, with B": the same subject, once more
        rf"\bin\s+a\s+separate\s+(?:(?:{_PHONE})\s+)?(?P<noun>call|conversation|meeting)\s*,?\s+with\b",
        "with",
        "",
    ),
    (
        "later_with",
        # "Trump speaks by phone with A and, later the same day, with B": the same subject again
        r",?\s+and,?\s+(?:later|then|afterwards|earlier)(?:\s+(?:that|the\s+same)\s+"
        r"(?:day|morning|afternoon|evening|night))?,\s+with\b",
        "with",
        "",
    ),
    (
        "whom",
        r",\s+(?:with\s+)?whom\s+",
        "whom",
        "",
    ),
    (
        "called_on",
        r"\b(?P<verb>called|calls|calling|(?:to|will|would|shall)\s+(?:also\s+)?call)\s+on\b(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d))",
        "with",
        "visit",
    ),
    (
        "joined_by",
        r"\b(?:was|were)\s+(?:later\s+|also\s+|briefly\s+)?joined\s+(?:(?:by|via)\s+(?:video(?:\s*link)?|phone|telephone)\s+|virtually\s+|remotely\s+)?by\b",
        "extend",
        "",
    ),
    (
        "talks_delegation",
        # "held talks in New Delhi on Sept. 16 with a U.S. delegation led by A"
        r"\b(?:held|holds|hold|holding)\s+(?P<noun>talks|consultations|negotiations|discussions)\b"
        r"[^;]{0,60}?\bwith\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}?delegation\s+(?:led|headed)\s+by\b",
        "with",
        "talks",
    ),
    (
        "delegation",
        r"\b(?P<verb>received|receives|hosted|hosts|met|meets|welcomed"
        r"|(?:(?<=after\s)|(?<=before\s)|(?<=while\s))(?:meeting|hosting|receiving))"
        # ("met in Beijing with a delegation of the EU Chamber of Commerce led by its President A")
        r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)?(?:\s+on\s+\w+day)?(?:\s+with)?"
        r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?delegation\s+(?:(?:of|from)\s+[^,;.]{0,80}?\s+)?"
        r"(?:led|headed)\s+by(?:\s+its)?\b",
        "with",
        "meeting",
    ),
    (
        "with_at_meeting",
        # "Quirno closed the text with Trade Representative Greer at a meeting in Washington on
        # Thursday": the meeting the two held
        # (a thing done together: not "was frustrated with Trump at a meeting of his cabinet")
        r"\b(?:closed|signed|sealed|finali[sz]ed|struck|concluded|initial(?:l)?ed|hammered\s+out)\b"
        r"[^.;]{0,60}?\bwith\b(?=\s+(?:[\w.’'-]+\s+){1,6}?at\s+(?:a|the|their)\s+(?:[\w-]+\s+)?"
        r"(?P<noun>meeting|dinner|lunch|breakfast)\b(?!\s+of\b))",
        "with",
        "meeting",
    ),
    (
        "toured_with",
        # "Kang toured the plant with Chung on Tuesday": a visit made together
        # (not "toured the plant co-owned with LG": a partner in the plant)
        r"\b(?P<verb>toured|tours|touring)\s+(?:the|a|an|its|their)\s+"
        r"(?:(?!(?:co-owned|owned|run|operated|built|developed|shared)\b)[\w’'-]+\s+){0,3}?with\b",
        "with",
        "visit",
    ),
    (
        "courtesy_call",
        r"\b(?:paid|pays|paying|made|makes)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>courtesy\s+call|call|visit)\s+(?:on|to)\b",
        "with",
        "visit",
    ),
    (
        "passive_by",
        r"\b(?:was|were|is|are|been|being|be)\s+(?:(?:\w+ly|also|later|then|earlier|first|again)\s+){0,2}(?P<verb>received|welcomed|hosted|greeted|met|called|phoned|visited)\s+(?:[\w’'–-]+\s+){0,7}?by\b",
        "with",
        "",
    ),
    (
        "letter_to",
        # ("had sent a revised trade proposal to U.S. Trade Representative X": in writing too)
        r"\b(?P<verb>wrote|writes|write|(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!be\s)writing|sent|sends|send|(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!be\s)sending|addressed|delivered|handed|posted|published)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>letters?|messages?|notes?|proposals?)\s+"
        # "sent almost identical letters the same day to"
        r"(?:of\s+(?:congratulations|condolence|condolences|thanks|support|invitation)\s+)?"  # "a letter of congratulations to"
        r"(?:(?:the\s+same\s+day|that\s+day|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today"
        # ("sent a letter on February 28 to the Secretary of Agriculture")
        # ("sent a letter dated December 4 to Economy Minister X": the letter's own date)
        r"|(?:on|dated)\s+(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}|(?:on|dated)\s+\d{1,2}\s+(?-i:[A-Z][a-z]{2,8}))"
        r"(?:,?\s+(?:19|20)\d\d)?\s+)?to\b",
        "with",
        "letter",
    ),
    (
        "letter_sent_by",
        # "a congratulatory letter was sent by Han on Friday to Foreign Secretary X"
        r"\b(?P<noun>letter|message)\s+(?:was|had\s+been)\s+(?:sent|delivered|addressed|handed\s+over)\s+by\b"
        r"(?=[^.;]{3,80}?\bto\b)",
        "by_to",
        "letter",
    ),
    (
        "letter_to_which",
        # "set out in a letter to Prime Minister A dated July 7, which Trump posted online"
        r"\b(?:a|the)\s+(?P<noun>letter|message)\s+to\b"
        r"(?=[^.;]{3,90}?,\s+which\s+(?:[\w.’'-]+\s+){1,4}?(?:posted|sent|signed|published|released|wrote)\b)",
        "to_which",
        "letter",
    ),
    (
        "told_at_meeting",
        # "she had informed Chinese Ambassador Zhang of the decision at a meeting on Monday"
        r"\b(?P<verb>informed|told|briefed|assured|notified)\b(?=\s+(?:[\w.’'-]+\s+){1,10}?(?:at|during)\s+"
        r"(?:a|an|their|the)\s+(?:[\w-]+\s+)?(?P<noun>meeting|talks)\b)",
        "with",
        "meeting",
    ),
    (
        "notified_in_letter",
        # "Trump notified Prime Minister Shigeru Ishiba in a letter, made public Monday, that"
        r"\b(?P<verb>notified|informed|told|warned|assured|urged|invited)\b(?=\s+(?:[\w.’'-]+\s+){1,10}?in\s+(?:a|an|his|her)\s+(?:[\w-]+\s+)?(?P<noun>letter)\b)",
        "with",
        "letter",
    ),
    (
        "letter_to",
        # "sent letters to leaders of 14 countries, including A and B": the named ones
        r"\b(?P<verb>wrote|sent|addressed|delivered)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>letters?|messages?)\s+to\s+"
        r"(?:[\w-]+\s+){1,5}?(?:countries|nations|leaders|governments|partners)(?:\s+the\s+same\s+day)?,?\s+"
        # ("..., including one addressed to South Korean President Lee")
        r"(?:including|among\s+them|such\s+as)(?:\s+one\s+(?:addressed|sent)\s+to)?\b",
        "with",
        "letter",
    ),
    (
        "wrote_to",
        # ("wrote on Wednesday to Karen Holt": the day put between the verb and the one written to)
        r"\b(?P<verb>wrote|written)\s+(?:jointly\s+|personally\s+|separately\s+|also\s+)?"
        r"(?:(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|last\s+week)\s+)?"
        # ("wrote on the council's behalf to X", "wrote on behalf of the growers to X")
        r"(?:on\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?behalf(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?)?\s+)?to\b",
        "with",
        "letter",
    ),
    (
        "letter_sent",
        # "in a letter Trump sent to Prabowo dated July 7"
        # ("a letter Trump sent on Monday to Indonesian President Prabowo Subianto")
        # (not "a letter dated July 7 and addressed to X": no writer named there)
        r"\b(?:a|the|his|her)\s+(?P<noun>letter|message)\s+(?:that\s+)?(?!dated\b)(?=(?:[\w.’'-]+\s+){1,6}?(?:sent|wrote|addressed|delivered)\s+"
        r"(?:on\s+\w+\s+|last\s+\w+\s+)?to\b)",
        "author_to",
        "letter",
    ),
    (
        "letters_went",
        # ("The first two letters, published within minutes, were addressed to", but not "The
        # letter, dated March 17, was delivered to" a go-between)
        # ("The letters, the first of which were addressed to A and B"; "A third letter, to C,")
        r"\b(?P<noun>letters?|messages?)(?:,[^,;.]{3,100},(?=\s+(?:were|was)\s+addressed\b)|,\s+(?:the\s+)?(?:[\w-]+\s+){1,2}of\s+which)?(?:\s+(?:to\s+(?:the\s+)?(?-i:[A-Z][\w.’'-]*)(?:\s+(?-i:[A-Z][\w.’'-]*))?\s+)?(?:went|were\s+sent|was\s+sent|were\s+delivered|was\s+delivered|were\s+addressed|was\s+addressed|is\s+addressed|are\s+addressed)|,\s+(?:also\s+)?(?:dated\s+[^,;.]{3,30}?\s+and\s+)?addressed|(?<=letter),(?=\s+to\s+(?-i:[A-Z])[^,;.]{3,80},))(?:\s+(?:by\s+name|personally|individually))?\s+to\b",
        "letters_went",
        "letter",
    ),
    (
        "letter_addressed",
        # "according to the letter sent to Prime Minister A", "A letter to President B, also posted
        # on Monday, set 30%", "Letters addressed to A and B were the first to be published": a
        # letter from the story's writer of letters (not "in a letter to", read above)
        r"(?<!\bin\s)(?<!\bin\sa\s)(?<!\bin\sthe\s)(?<!\bin\shis\s)\b(?P<noun>letters?)\s+"
        # ("In a letter dated July 7 and addressed to X, ...")
        r"(?:(?:dated\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s+(?:and\s+)?)?"
        r"(?:addressed|sent|written|delivered|posted)\s+)?to\s+(?=(?:the\s+|acting\s+|interim\s+)?(?-i:[A-Z]))",
        "letters_went",
        "letter",
    ),
    (
        "letters_those",
        # "Trump begins sending letters to foreign leaders. Those addressed to A and B say ...":
        # the letters just told
        r"(?:^|[.;]\s+)\W*(?P<noun>Those|The\s+ones)\s+(?:addressed|sent|written|delivered)\s+to\s+"
        r"(?=(?:the\s+)?(?-i:[A-Z]))",
        "letters_went",
        "letter",
    ),
    (
        "letters_told",
        # "In near-identical letters published on Monday, Trump told A and B that ...": the
        # writer after the comma, then those told
        r"^\W*(?:(?:But|And|Then|Meanwhile)\s*,?\s*)?In\s+(?:(?:a|an|the|his|her|two|three|separate|"
        r"near-identical|identical|similar|almost\s+identical)\s+)*(?P<noun>letters?)\b[^.;]{0,80}?,\s+"
        r"(?=(?:[\w.’'-]+\s+){1,6}?(?:told|informed|warned|notified|assured)\s)",
        "letters_told",
        "letter",
    ),
    (
        "teams_led",
        # "The US team was led by A, while the Indian side was headed by B": the two heads talked
        r"\b(?:team|delegation|side)\s+(?:was|were|is)\s+(?:led|headed)\s+by\b"
        r"(?=[^.;]{0,160}?\b(?:team|delegation|side)\s+(?:was|were|is)\s+(?:led|headed)\s+by\b)",
        "teams",
        "talks",
    ),
    (
        "teams_led_while",
        # "Lesotho's side was led by A, while B led the U.S. team": the two heads talked
        r"\b(?:team|delegation|side)\s+(?:was|were|is)\s+(?:led|headed)\s+by\b"
        r"(?=(?:[^.;]|(?<=[A-Z])\.){0,160}?,?\s+(?:while|and|whereas)\s+(?-i:[A-Z])[\w.’'-]*"
        r"(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}\s+(?:led|headed)\s+(?:the|its|their)\s+"
        r"(?:[\w.-]+\s+){0,2}(?:team|delegation|side)\b)",
        "teams",
        "talks",
    ),
    (
        "teams_led_with",
        # "a U.S. team led by A held a round of talks in New Delhi with Indian officials headed
        # by B": the two heads talked
        r"\b(?:team|delegation|side)\s+(?:led|headed)\s+by\b"
        r"(?=(?:[^.;]|(?<=[A-Z])\.){0,200}?\b(?:talks|discussions|negotiations|meeting|round)\b"
        r"(?:[^.;]|(?<=[A-Z])\.){0,80}?\bwith\s+"
        r"(?:[\w-]+\s+){0,3}?(?:team|delegation|side|officials|counterparts)\s+(?:led|headed)\s+by\b)",
        "teams",
        "talks",
    ),
    (
        "held_by",
        # "the consultations held in Kuala Lumpur late last month by A and B"
        r"\b(?P<noun>talks|consultations|negotiations|meeting|discussions)\s+held\s+(?:in\s+[\w’'. -]{2,40}?\s+)?(?:(?:late|early|earlier)\s+)?(?:(?:last|this)\s+(?:week|month)\s+|on\s+\w+\s+)?by\b",
        "between",
        "",
    ),
    (
        "owner_letter_to",
        # "Trump's letter to European Commission President X, posted Saturday, landed ..."
        r"(?:(?<=’s)|(?<='s))\s+(?:(?:latest|first|second|new|personal)\s+)?(?P<noun>letter)\s+to\b",
        "with",
        "letter",
    ),
    (
        "contact_with",
        # "Sefcovic's last contact with Lutnick was a video call on 7 April"
        r"(?:(?<=’s)|(?<='s))\s+(?:(?:last|latest|first|most\s+recent|previous|only)\s+)?(?P<noun>contact)\s+with\b",
        "with",
        "",
    ),
    (
        "letter_nominal",
        r"\b(?:in|according\s+to)\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>letter)\s+"
        # ("In a letter dated July 7 addressed to Ishiba, Trump ...")
        r"(?:dated\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s+(?:and\s+)?)?"
        r"(?:addressed\s+|sent\s+|written\s+|delivered\s+)?to\b",
        "with",
        "letter",
    ),
    (
        "direct",
        r"\b(?P<verb>met|meets|meet|hosted|hosts|host|received|receives|receive|welcomed|welcomes|welcome|greeted|greets|gathered|convened|summoned|phoned|phones|telephoned|dialled|dialed|rang|called|visited|visits|visiting|thanked"
        # "Bessent briefed Trump by telephone on Saturday evening"
        r"|(?:briefed|informed|updated)(?=[^.;]{0,60}?\b(?:by|over\s+the)\s+(?:tele)?phone\b)"
        # "The minister was to brief Prime Minister X at his office on Thursday": a leader
        # told in person
        r"|(?:brief|briefs|briefed)(?=\s+(?:(?:U\.S\.|US|the)\s+)?(?:Prime\s+Minister|President|Chancellor|"
        r"Premier|King|Emperor|Crown\s+Prince)\s)"
        # "Trump announced the deal after meeting a delegation led by ...": the subject met them
        r"|(?:(?<=after\s)|(?<=before\s)|(?<=while\s)|(?<=since\s))(?:meeting|hosting|receiving)"
        # "..., where he was hosting Ukrainian President X for talks"
        r"|(?:(?<=was\s)|(?<=were\s))(?:hosting|receiving|meeting)"
        # "X followed up on Thursday, meeting Cambodia's foreign minister Y"
        r"|(?<=,\s)(?:meeting|hosting|receiving))\s+"
        # "received today in Abu Dhabi H.E. ...": when and where, then whom
        r"(?:(?:today|yesterday|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|this\s+(?:morning|afternoon|evening)|in\s+(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,2}?)\s+){0,2}"
        # (a capital of any Latin script: "met Šefčovič in London")
        r"(?=[A-ZÀ-ÞĀ-ſ]|the\s|his\s|her\s|their\s)",
        "direct",
        "",
    ),
    (
        "sent_whom_letter",
        # "Hun Manet sent Trump a letter last Friday": the one written to, then the letter
        r"\b(?P<verb>sent|sends|send)\s+(?=(?-i:[A-Z])|the\s|his\s|her\s|(?:von|van|de|al|el)[\s-])"
        r"(?=(?:[\w.’'-]+\s+){1,6}?(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:letter|message|note)\b)",
        "direct",
        "letter",
    ),
    (
        "joined_at",
        # "Chief executive Albert Bourla joined Trump in the Oval Office on Tuesday", "C.C. Wei
        # joined Trump at the White House on March 3": there with him, in person
        r"\b(?P<verb>joined)\s+(?=(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}\s+"
        r"(?:at|in)\s+the\s+(?:White\s+House|Oval\s+Office|Élysée|Elysee|Kremlin|Chancellery|"
        r"Roosevelt\s+Room|Cabinet\s+Room|Rose\s+Garden)\b"
        # (not a post taken up, "joined Trump at the White House in January as commerce
        # secretary", nor one who took part from afar, "by phone", "by video link")
        r"(?![^.;]{0,40}?\b(?:as|by\s+(?:tele)?phone|by\s+video|via|remotely|virtually|"
        r"next|to\s+become)\b))",
        "direct",
        "meeting",
    ),
    (
        "between",
        rf"\b(?:(?:{_PHONE})\s+)?(?P<noun>call|conversation|talks|meeting|summit|dinner|lunch|discussions?|contacts?|encounter|dialogue|consultations|negotiations"
        # ("a video conference on July 9 between A and B")
        r"|videoconference|teleconference|(?<=video\s)conference|(?<=phone\s)conference"
        # "the framework agreed between A and B at his golf resort": made face to face
        r"|(?:deal|agreement|framework|accord|pact|truce)\s+(?:agreed|struck|sealed|signed)(?=\s+between\s+(?-i:[A-Z])))(?:\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"
        # ("the summit meeting held on the same day between A and B")
        r"(?:\s+(?:held|(?:that|which)\s+(?:was\s+held|took\s+place)))?"
        # "a telephone conversation on Monday between A and B"
        r"(?:\s+(?:late\s+|early\s+)?(?:on\s+|last\s+|this\s+|next\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
        r"the\s+same\s+day|yesterday|(?:last|this|earlier\s+this)\s+(?:week|month)|last\s+night|(?-i:[A-Z][a-z]{2,8}\.?)\s+\d{1,2}|\d{1,2}\s+(?-i:[A-Z][a-z]{2,8}))"
        # ("the telephone conversation held on 4 September 2025 between A and B")
        r"(?:,?\s+(?:19|20)\d\d)?"
        # ("a phone call Thursday morning between A and B")
        r"(?:\s+(?:morning|afternoon|evening|night))?)?"
        # "talks hosted by Anwar between A and B"
        r"(?:\s+(?:hosted|chaired|brokered|mediated|convened)\s+by\s+(?P<host>(?:(?-i:[A-Z])[\w’'.-]*\s+){1,4}?))?\s*between\b"
        # "talks in Mexico City on March 24 between delegations led by A and B"
        r"(?:\s+(?:the\s+)?(?:two\s+)?(?:delegations|teams)\s+(?:led|headed)\s+by\b)?",
        "between",
        "",
    ),
    (
        "call_the_two_held",
        # "built on the telephone call the two leaders held on January 23": the two after it
        rf"\b(?:(?:{_PHONE})\s+)?(?P<noun>call|conversation|meeting|talks|summit)\s+(?:that\s+|which\s+)?"
        r"(?=(?:the\s+two|both)\s+[\w-]+\s+(?:had\s+held|held|"
        r"had(?=\s+(?:on|in|at|during|last|earlier|over|by)\b|\s*[,.])))",
        "between",
        "",
    ),
    (
        "between",
        # "two separate telephone conversations: one between A and B on Monday morning, and
        # another between A and C in the afternoon"
        rf"\b(?:(?:{_PHONE})\s+)?(?P<noun>calls|conversations|meetings|talks)\b[^.;]{{0,60}}?\bone\s+between\b",
        "between",
        "",
    ),
    (
        "between",
        # ... and "another between A and C": of the same kind (see ContactReader.read)
        r"(?<=,\s)(?:and\s+)?(?P<noun>another|the\s+other|a\s+second)\s+between\b",
        "between",
        "",
    ),
    (
        "mutual",
        # ("A and B spoke out against the tariffs", "spoke at the forum", "spoke separately with
        # Trump": no words between them)
        rf"\b(?P<verb>met|meet|(?:spoke|spoken|speak)(?!\s+(?:out|up|separately|on\s+the\s+(?:[\w-]+\s+)?floor|in\s+(?:parliament|congress|the\s+(?:house|senate|chamber))))|talked|conferred|dined|discussed|(?:sat|sit|sits)\s+down|(?<!they\s)(?<!They\s){_SHOOK_HANDS}|held\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+)?(?:(?:session|day)\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?)?round\s+of\s+(?:[\w’'()-]+\s+){{0,4}}?(?:talks|dialogue|consultations|negotiations)|(?:held|hold)\s+(?:(?:a|an|their)\s+)?{_ADJ}(?:(?:{_PHONE})\s+)?(?:call|conversation|talks|meeting|discussions?|summit|conference|videoconference)(?!\s+(?:with|between)\b|\s+(?:on|last|this|next)\s+\w+(?:\s+(?:morning|afternoon|evening))?\s+(?:with|between)\s+(?-i:[A-Z]))|had\s+(?:(?:a|an|their)\s+)?{_ADJ}(?:(?:{_PHONE})\s+)?(?:call|conversation|talks|meeting|discussions?|videoconference)"
        # ("A and B open two days of talks in Geneva", "began a new round of negotiations")
        r"|(?:open|opens|opened|begin|begins|began|start|starts|started)\s+(?:(?:two|three|four|five|several|[\w-]+)\s+days\s+of|"
        r"(?:a|the|their)\s+(?:[\w-]+\s+)?round\s+of)\s+(?:[\w-]+\s+)?(?:talks|negotiations|consultations)(?!\s+with\b)"
        # ("They followed up with a 30-minute video call on Oct. 6")
        rf"|followed\s+(?:up\s+|that\s+up\s+)?with\s+(?:(?:a|an|their)\s+)?{_ADJ}(?:(?:{_PHONE})\s+)?(?:call|conversation|meeting|videoconference))\b(?!\s+with\b)",
        "mutual",
        "",
    ),
    (
        "recalled_their",
        # "The two Ministers recalled their meeting in Tokyo on October 28": a contact of the
        # two, told by the one who writes them up
        r"\b(?:recalled|recalling)\s+their\s+(?:(?:previous|earlier|last|recent|first|productive)\s+)?"
        rf"(?P<noun>meeting|talks|summit|conversation|(?:(?:{_PHONE})\s+)?call)\b"
        # (not "their call logs", "their meeting schedule": a thing, no contact)
        r"(?!\s+(?:with|between|logs?|records?|notes?|minutes|transcripts?|schedules?|plans?|"
        r"agenda|arrangements|calendar|preparations|readouts?|invitations?|requests?)\b)",
        "mutual",
        "",
    ),
    (
        "agreed_in_place",
        # "A and B agreed on Tuesday in New Delhi to speed up the talks", "struck a deal at
        # Turnberry": a place where both were makes it a meeting (not "agreed in April")
        r"\b(?P<verb>agreed|struck|sealed|clinched)\b(?=(?:(?!\bto\b)[^.;]){0,60}?\b(?:in|at)\s+(?:the\s+)?"
        r"(?!(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun))"
        r"(?-i:[A-Z])[\w’'-]+)(?![^.;]{0,40}?\bwith\b)",
        "mutual",
        "meeting",
    ),
    (
        "agreed_at_talks",
        # "A and B agreed to expand trade ... at talks on Monday on the sidelines of the summit"
        # (in one clause; not "The two sides agreed", sides rather than the people named before)
        r"(?<!\bsides\s)\b(?:agreed|pledged|vowed|promised)\b"
        r"(?:[^.;,]|,\s+(?!(?:days?|hours?|weeks?|after|before|while|as|but|which|who|when)\b)){0,80}?"
        r"\b(?:at|during)\s+(?:their\s+)?"
        # (nor "at talks hosted by Anwar": the host's meeting, read elsewhere)
        r"(?P<noun>talks|meeting)\b(?!\s+(?:with|between|of)\b)"
        r"(?![^.;,]{0,30}?\b(?:hosted|chaired|brokered|mediated)\b)",
        "mutual",
        "talks",
    ),
    (
        "after_hours_of_talks",
        # "A and B sealed the agreement after roughly an hour of talks at Trump's golf resort",
        # "... announced the accord on Sunday after two days of negotiations"
        r"\bafter\s+(?:(?:roughly|about|around|nearly|some|more\s+than|over|almost)\s+)?"
        r"(?:an?|one|two|three|four|five|several|\d+)\s+(?:[\w-]+\s+)?(?:hours?|days?|rounds?)\s+of\s+"
        r"(?:[\w-]+\s+)?(?P<noun>talks|negotiations|discussions)\b",
        "mutual",
        "meeting",
    ),
    (
        "after_meeting",
        # "A and B announced the deal on Sunday evening after meeting for a little over an hour"
        r"\bafter\s+(?P<verb>meeting|talking|speaking)\s+(?=for\s+(?:a\s+little\s+)?(?:more\s+than\s+|"
        r"over\s+|about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|around\s+|under\s+)?"
        r"(?:an?|one|two|three|\d+)\s+(?:[\w-]+\s+)?(?:hours?|minutes)\b|(?:at|in)\s+(?-i:[A-Z]))",
        "mutual",
        "meeting",
    ),
    (
        "signed_with",
        # "A signed the agreement with U.S. Trade Representative B"
        r"\b(?P<verb>signed|inked)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|pacts?|"
        r"treat(?:y|ies)|memorand(?:um|a|ums)|accords?|declarations?|documents?|"
        r"protocols?)"
        # ("signed a memorandum on the investment package with U.S. Commerce Secretary B")
        r"(?:\s+(?:on|for|covering)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?[\w-]+)?\s+with\b",
        "with",
        "meeting",
    ),
    (
        "signed_by",
        # "the defence agreement, signed by A and B in Riyadh on 17 September"
        r"\b(?P<noun>agreement|deal|pact|treaty|memorandum|accord|declaration)s?,?\s+"
        r"(?:(?:which|that)\s+(?:was|were)\s+)?(?P<verb>signed)\s+(?:(?:jointly|personally)\s+)?by\b",
        "between",
        "meeting",
    ),
    (
        "signed_together",
        # (not "fumbled the signed documents": a participle)
        r"(?<!\bthe\s)(?<!\ba\s)\b(?P<verb>signed|inked|put\s+their\s+signatures\s+to)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|pacts?|treat(?:y|ies)|memorand(?:um|a|ums)|accords?|declarations?|communiqu[ée]s?|"
        # ("A and B signed the document on Monday at the Government Guest House")
        r"documents?|protocols?)\b",
        "mutual",
        "meeting",
    ),
    (
        "in_call",
        # (also "during what both sides described as a friendly 30-minute video call")
        rf"\b(?:in|during|over|via|through)\s+(?:what\s+(?:[\w-]+\s+){{1,4}}?(?:described|called)\s+as\s+)?(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<noun>(?:(?:{_PHONE})\s+)(?:call|conversation|talks)|(?:{_PHONE})call|(?<=first\s)call|(?<=second\s)call|(?<=latest\s)call)\b",
        "nominal",
        "call",
    ),
    (
        "during_the",
        # "During the 40-minute call, Foreign Minister A and his counterpart B shared the view"
        r"^\W*(?:During|In|At|Over)\s+(?:the|their|that|this|a|an)\s+(?:[\w-]+\s+){0,2}?"
        r"(?P<noun>call|meeting|talks|conversation)"
        # ("At a meeting in Brussels on Sunday, Prabowo and von der Leyen announced")
        r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)?"
        r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"|\s+on\s+(?-i:[A-Z][a-z]{2,8}\.?)\s+\d{1,2})?\s*,",
        "fronted_pair",
        "",
    ),
    (
        "in_videoconference",
        # "Sefcovic informed A and B of the decision in a videoconference on 27 August" (not
        # "told reporters in a videoconference that ...", "will brief envoys in a videoconference
        # before speaking with A": those told are no party to it)
        r"(?<!said\s)(?<!says\s)(?<!reporters\s)(?<!journalists\s)(?<!ambassadors\s)(?<!envoys\s)"
        r"\b(?:in|during|via)\s+(?:a|an|the|their)\s+(?P<noun>video\s*-?conference)\b",
        "nominal",
        "call",
    ),
    ("meal", r"\b(?P<noun>dinner|lunch|breakfast|banquet)\b", "nominal", "meeting"),
    (
        "their_meeting",
        r"\b(?:at|during|in|after|following|on\s+the\s+sidelines\s+of|since)\s+"
        # ("had not spoken since the two men's Feb. 3 phone call": that call)
        r"(?:their|the\s+two\s+(?:men|leaders|women|ministers)(?:’|')s?|the\s+pair(?:’|')s)\s+"
        r"(?:(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?P<noun>meeting|talks|summit|(?:phone\s+|video\s+)?call|conversation)\b",
        "nominal",
        "",
    ),
    (
        "join",
        r"\b(?:(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\s+at|(?:also\s+)?(?:attended|joined|took\s+part\s+in|participated\s+in|sat\s+in\s+on))\s+(?:the|this|that|these|those|both|all\s+(?:the\s+)?)\s+(?:(?:video|phone|telephone|virtual)\s+)?(?P<noun>meeting|talks|call|dinner|lunch|conversation|sessions?|rounds?|meetings|videoconference|(?<=video\s)conference|(?<=phone\s)conference|(?<=virtual\s)conference)\b"
        # ("Li Chenggang, China's trade representative, joined He at the table")
        r"|\bjoined\s+(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,2}\s+at\s+the\s+(?P<noun2>table|talks)\b"
        # ("The Commerce Secretary, X, accompanied the Minister at the meeting")
        r"|\baccompanied\s+(?:(?:the|his|her)\s+)?(?:[\w’'.-]+\s+){1,4}?(?:at|to|in|during)\s+"
        r"(?:the|this|that|these|those|both)\s+(?P<noun3>meetings?|talks|call|dinner|lunch)\b",
        "join",
        "",
    ),
    (
        "delegation_led_met",
        # "The delegation, led by Assistant Trade Representative A, called on the finance minister"
        r"\bdelegation,?\s+(?:led|headed)\s+by\b"
        r"(?=[^.;]{3,140}?\b(?:called\s+on|met|meets|held\s+talks\s+with|visited)\b)",
        "led_then",
        "meeting",
    ),
    (
        "handed_from",
        # "Ambassador A called on President B and handed over a letter from President Z";
        # "X received Y, who delivered a written message from Z"
        r"(?P<who>,\s+who\s+)?\b(?:handed\s+over|delivered|conveyed|presented|carried|brought)\s+"
        r"(?:a|an)\s+(?:(?:written|verbal|personal|oral|congratulatory|official)\s+)?"
        r"(?P<noun>letter|message)\s+from\b",
        "handed_from",
        "letter",
    ),
    (
        "message_to_from",
        # "a written message addressed to Foreign Minister A from his counterpart, B"
        r"\b(?:a|an|the)\s+(?:(?:written|personal|handwritten|congratulatory|official|verbal)\s+)?"
        r"(?P<noun>letters?|messages?)\s+addressed\s+to\b(?=[^.;]{3,120}?\bfrom\b)",
        "to_from",
        "letter",
    ),
    (
        "message_from_to",
        r"\b(?:a|an|the)\s+(?:(?:written|personal|handwritten|congratulatory|official|verbal|similar|"
        r"separate|second|third|new|further)\s+)?(?P<noun>letters?|messages?)\s+from\b",
        "from_to",
        "letter",
    ),
    (
        # "Carney was accompanied in the Oval Office by A and B": they join his contact
        "accompanied_by",
        r"\b(?:was|were)\s+(?:also\s+)?accompanied\s+(?:(?:in|at|to|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?)?by\b",
        "join",
        "",
    ),
    (
        "join_bare",
        # "A and B also attended, according to the White House": the meeting just told
        r"\b(?:also|too)\s+(?P<noun>attended|took\s+part)\b(?=\s*(?:,|\.|$|according\b))",
        "join",
        "",
    ),
    (
        "join_also",
        # "Also attending Monday's meeting were A, minister of interior, and B"
        r"\bAlso\s+(?:attending|present\s+at|taking\s+part\s+in)\s+"
        r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:’s|'s)\s+"
        r"(?P<noun>meeting|talks|dinner|lunch|reception)\s+(?:were|was)\b",
        "join",
        "",
    ),
    (
        "join_host",
        # "A and B met in Putrajaya on Monday at talks hosted by C": the host was there too
        r"\b(?:at|in|during|for)\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<noun>talks|meeting|summit|dinner|lunch)\s+"
        r"(?:hosted|chaired|convened|brokered|mediated)\s+by\b(?![^.;]{0,80}?\bbetween\b)",
        "join",
        "",
    ),
    (
        "join_auspices",
        # "A and B met in Doha on March 18 under the auspices of the Qatari Emir, Sheikh C": the
        # host was there too
        r"(?<=\bmet\b)[^.;]{0,60}?\bunder\s+the\s+auspices\s+of\b",
        "join",
        "",
    ),
    (
        "join_which",
        # "The discussions, in which A and B also participated, covered ..."
        r"\b(?:the|these|those)\s+(?P<noun>discussions|talks|meeting|call|conversation)s?,\s+in\s+which\b"
        r"(?=[^;]{0,220}?\b(?:also\s+)?(?:participated|took\s+part)\b)",
        "join",
        "",
    ),
    (
        "join_by",
        r"\b(?:the|this|that)\s+(?P<noun>meeting|talks|call|dinner|lunch|conversation)"
        # ("The meeting on Thursday, which lasted an hour and was also attended by A")
        r"(?:\s+(?:on|in|at)\s+(?-i:[A-Z])[\w.]*(?:\s+\d{1,2})?)?"
        # "The meeting, held at the commerce ministry, was also attended by A"
        r"(?:,\s+(?:held|which\s+(?:took\s+place|was\s+held))\s+[^,;.]{1,80},)?"
        r"(?:\s+(?:was|were)\s+(?:also\s+)?|,\s+(?:also\s+)?"
        r"|,\s+which\s+[^,;.]{1,80}?\s+and\s+(?:was|were)\s+(?:also\s+)?)(?:attended|joined)\s+by\b",
        "join",
        "",
    ),
    (
        "join_by_that",
        # "Trump received A in the Oval Office for an hour of talks that were also attended by B"
        r"\b(?P<noun>talks|meeting|discussions|call)\s+(?:that|which)\s+(?:was|were)\s+"
        r"(?:also\s+)?(?:attended|joined)\s+by\b",
        "join",
        "",
    ),
    (
        "group_trip",
        r"\b(?P<verb>went|travelled|traveled|flew|journeyed)\s+(?:together\s+)?to\b",
        "trip",
        "visit",
    ),
    (
        "raised_with_at_meeting",
        # "A raised the issue with B during an online meeting on Tuesday", "A negotiated the final
        # terms with B in Washington last Thursday", "A signed the arrangement with B after talks"
        r"\b(?P<verb>raised|pressed|negotiated|signed|finali[sz]ed|sealed|settled|(?:hammered|thrashed)\s+out)"
        r"\s+(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,4}?with\b"
        # (the people, with no other clause between: not "with B when they met in Washington")
        r"(?=\s+(?:(?!(?:when|where|while|as|and|met|who|which)\b)[\w.’'-]+,?\s+){1,8}?"
        r"(?:(?:during|at|after|in)\s+(?:(?:a|an|their|the)\s+)?"
        r"(?P<noun>(?:[\w-]+\s+)?(?:meeting|talks|summit)(?:\s+in\s+(?-i:[A-Z])[\w-]+)?)\b"
        r"|in\s+(?-i:[A-Z])[\w-]+))",
        "with",
        "",
    ),
    (
        "conveyed_to_in_call",
        # "Roque conveyed that request to Greer in a phone call on Wednesday", "put the question
        # to B during their meeting": something said to B, in the contact named after B
        # (what was conveyed is a request, a question or a message, not "his demand to X to
        # cut rates", "the comments to a reporter in a phone interview"; and the contact is
        # theirs, not "during a meeting with business leaders")
        r"\b(?P<verb>conveyed|relayed|passed\s+on|put|presented|delivered|explained|outlined|"
        r"repeated|reiterated|made)\s+(?:the|that|this|these|those|his|her|their|its|a|an)\s+"
        r"(?:[\w’'-]+\s+){0,3}?(?:request|question|proposal|message|concerns?|case|offer|position|"
        r"views?|invitation|plan|list|argument|points?|assurances?|objections?)s?\s+to\b"
        r"(?=\s+(?:(?!(?:when|where|while|as|and|met|who|which|to)\b)[\w.’'-]+,?\s+){1,8}?"
        r"(?:in|during|at|over)\s+(?:(?:a|an|their|the)\s+)?(?:[\w-]+\s+)?"
        r"(?P<noun>(?:(?:tele)?phone\s+|video\s+)?(?:call|meeting|conversation|talks))\b(?!\s+with\b))",
        "with",
        "",
    ),
]
TRIGGERS = [(name, re.compile(p, re.I), how, mode) for name, p, how, mode in TRIGGERS]


# The words each pattern cannot match without: a cheap test before the pattern runs.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The words each pattern cannot match without: a cheap test before the pattern runs.
HINTS = {
    "noun_with": _words(
        "call calls conversation conversations talk talks meeting meetings discussion discussions "
        "dinner lunch "
        "breakfast audience summit session consultations exchange tête-à-tête conference "
        "videoconference negotiations"
    ),
    "verb_with": _words(
        "spoke spoken speaks speak speaking talked talking conferred confer chatted met meets "
        "meet meeting dined negotiated consulted sat sit sits sitting held hold holds holding "
        "shook shake shakes"
    ),
    "discussed_with": _words("discuss discussed discusses discussing exchanged reviewed"),
    "cochaired_mutual": _words(
        "co-chaired cochaired co-chair cochair co-hosted cohosted co-presided copresided"
    ),
    "cochaired_with": _words(
        "co-chaired cochaired co-chairs cochairs co-chair cochair co-hosted cohosted co-host "
        "cohost co-hosts cohosts co-presided copresided"
    ),
    "call_from": _words("from"),
    "passive_by": _words("by"),
    "delegation": _words("delegation"),
    "called_on": _words("called calls calling call"),
    "separate_with": _words("separate"),
    "later_with": _words("later then afterwards earlier"),
    "owner_letter_to": _words("letter"),
    "join_host": _words("hosted chaired convened brokered mediated"),
    "whom": _words("whom"),
    "joined_by": _words("joined"),
    "courtesy_call": _words("paid pays paying made makes"),
    "toured_with": _words("toured tours touring"),
    "spent_with": _words("spent spends spending"),
    "hosted_with": _words("hosted hosts chaired chairs convened held holds"),
    "with_at_meeting": _words(
        "closed signed sealed finalised finalized struck concluded initialled initialed hammered"
    ),
    "letter_to": _words("letter letters message messages note notes proposal proposals"),
    "notified_in_letter": _words("letter"),
    "letters_told": _words("letter letters"),
    "letter_addressed": _words("letter letters"),
    "letters_those": _words("those ones"),
    "after_hours_of_talks": _words("after"),
    "agreed_at_talks": _words("talks meeting"),
    "join_auspices": _words("auspices"),
    "told_at_meeting": _words("meeting talks"),
    "raised_with_at_meeting": _words(
        "raised pressed negotiated signed finalised finalized sealed settled hammered thrashed"
    ),
    "conveyed_to_in_call": _words(
        "conveyed relayed passed put presented delivered explained outlined repeated reiterated made"
    ),
    "join_which": _words("participated part"),
    "join_also": _words("attending present part"),
    "wrote_to": _words("wrote written"),
    "letter_nominal": _words("letter"),
    "contact_with": _words("contact"),
    "held_by": _words("held"),
    "teams_led": _words("team delegation side"),
    "teams_led_with": _words("team delegation side"),
    "teams_led_while": _words("team delegation side"),
    "letters_went": _words("letter letters message messages"),
    "letter_sent": _words("letter message"),
    "letter_received": _words("letter letters"),
    "letter_sent_by": _words("letter message"),
    "direct": _words(
        "met meets meet host hosts hosted hosting receive received receives receiving welcome "
        "welcomed welcomes welcoming phoned phones telephoned dialled dialed rang called visit "
        "visited visits visiting thanked meeting briefed brief briefs greeted greets gathered convened "
        "summoned informed updated"
    ),
    "sent_whom_letter": _words("sent sends send"),
    "joined_at": _words("joined"),
    "between": _words("between"),
    "talks_delegation": _words("delegation"),
    "mutual": _words(
        "met meet spoke spoken speak talked conferred dined discussed held had hold followed "
        "open opens opened begin begins began start starts started shook shake shakes"
    ),
    "recalled_their": _words("recalled recalling"),
    "on_the_phone_with": _words("phone telephone"),
    "call_the_two_held": _words("held had"),
    "agreed_in_place": _words("agreed struck sealed clinched"),
    "signed_together": _words("signed inked signatures"),
    "signed_with": _words("signed inked"),
    "signed_by": _words("signed"),
    "in_call": _words(
        "phone telephone video virtual online telephonic videocall phonecall first second latest"
    ),
    "toured_together_with": _words("together alongside"),
    "in_videoconference": _words("videoconference video video-conference"),
    "their_meeting": _words("their two pair"),
    "meal": _words("dinner lunch breakfast banquet"),
    "during_the": _words("during in at over"),
    "join": _words("present attendance attended joined part participated sat accompanied"),
    "join_by": _words("attended joined"),
    "join_by_that": _words("attended joined"),
    "with_joining": _words("joining"),
    "convened_including": _words("convened gathered summoned met"),
    "join_bare": _words("attended part"),
    "after_meeting": _words("meeting talking speaking"),
    "letter_to_which": _words("letter message"),
    "accompanied_by": _words("accompanied"),
    "message_from_to": _words("letter letters message messages"),
    "message_to_from": _words("letter letters message messages"),
    "handed_from": _words("letter message"),
    "delegation_led_met": _words("delegation"),
    "group_trip": _words("went travelled traveled flew journeyed"),
}
HINT_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# Words that decide the mode, checked in this order against the trigger text.
MODE_WORDS = [
    (
        "call",
        r"phone|(?<!re)call|dial(?!ogue)|\brang\b|telephon|video|virtual|online|teleconference",
    ),
    ("letter", r"letter|wrote|message|note"),
    ("visit", r"visit|receiv|welcom|host|greeted|went|travel|flew|journey"),
    ("talks", r"talks|negotiat|consult|discuss|exchange|dialogue"),
    (
        "meeting",
        r"met|meet|gathered|convened|summoned|dinner|lunch|breakfast|audience|summit|s[ai]ts? down|sitting down|session|dined|tête|"
        r"shook hands|shakes? hands",
    ),
    ("talks", r"spoke|speak|talk|confer|chat"),
]
MODE_WORDS = [(mode, re.compile(p, re.I)) for mode, p in MODE_WORDS]

# Said just before the contact words, these mean it did not happen (or may not).
NEGATION = re.compile(
    r"""\b(?:not|never|no|n't|nothing|neither|nor|without|cannot|refused|declined|rejected|
        ruled\s+out|denied|cancel(?:l)?ed|postponed|called\s+off|snubbed|avoided|yet\s+to)\b""",
    re.I | re.X,
)
SPECULATION = re.compile(
    r"""\b(?:could|might|(?-i:may)|would|should|hopes?|hoped|hoping|wants?|wanted|wish(?:es|ed)?|
        intends?|intended|desire|ready|willing|offered|proposed|suggest\w*|invited|invitations?|seeks?|seeking|sought|requests?(?!\s+(?:in|during|at)\s+(?:a|an|the|their|his|her)\b)|requested|requesting|
        asked|urged|considering|consider|possible|possibility|likely|unlikely|if|whether|
        plans?|planned|planning|aims?|aimed|expects?|expected|natural|maybe|perhaps|
        (?:call(?:ed|s|ing)?|push(?:ed|es|ing)?|press(?:ed|es|ing)?)\s+for|demand(?:ed|s|ing)?\s+(?:a|an)\s)\b""",
    re.I | re.X,
)
PLANNED = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|was\s+to|were\s+to|scheduled|set\s+to|due\s+to|is\s+going\s+to|are\s+going\s+to|expected\s+to|expects?\s+to|plans?\s+to|planned\s+to|"
    # "where she is arranging her first meetings with", "hopes to meet"
    r"(?:is|are)\s+(?:arranging|planning|seeking|preparing)|(?:hopes?|hoping|seeks?|intends?|wants?)\s+to)\b",
    re.I,
)
# After these words a date belongs to another event: "after a dinner on June 25".
OTHER_EVENT = re.compile(
    r"\b(?:after|before|prior\s+to|ahead\s+of|following|since|until|till|weeks?\s+after|days?\s+after|in\s+the\s+wake\s+of)\b",
    re.I,
)
REPORTING = re.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|announced|announces|stated|states|added|noted|"
    r"confirmed|tweeted|posted|wrote|according|statement|release|readout|press|quoted|revealed|"
    r"disclosed|informed|briefing|interview|"
    r"speaking\s+(?:to|with)\s+(?:reporters|journalists|the\s+(?:media|press)|(?:[\w-]+\s+)?(?:television|radio|broadcaster)))\b",
    re.I,
)
