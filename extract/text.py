"""Turning whatever was pasted into clean article text, and splitting it.

``clean`` accepts plain text, HTML, or Slack message markup and returns the
text the extractor reads. The same article pasted into Slack, saved as HTML
or kept as a .txt file cleans to text with the same ``content_hash``.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass

MAX_CHARS = 200_000  # about 30,000 words; longer pastes are refused, not cut


class ExtractError(ValueError):
    """The input cannot be read as an article. The message is for people."""


class EmptyText(ExtractError):
    pass


class NotText(ExtractError):
    pass


class TooLong(ExtractError):
    pass


# Slack's message markup (https://api.slack.com/reference/surfaces/formatting)
SLACK_LINK = re.compile(r"<((?:https?|mailto):[^>|\s]+)(?:\|([^>]*))?>")
SLACK_USER = re.compile(r"<@([UW][A-Z0-9]+)(?:\|([^>]*))?>")
SLACK_CHANNEL = re.compile(r"<#(C[A-Z0-9]+)(?:\|([^>]*))?>")
SLACK_SPECIAL = re.compile(r"<!(channel|here|everyone)(?:\|[^>]*)?>")
SLACK_SUBTEAM = re.compile(r"<!subteam\^([A-Z0-9]+)(?:\|([^>]*))?>")
SLACK_DATE = re.compile(r"<!date\^\d+\^[^|>]*\|([^>]*)>")
HTML_HINT = re.compile(r"<(?:html|body|p|div|br|article|span|h[1-6]|a\s)[\s>/]", re.I)
MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+", re.M)  # "# Title" in a .md file
CONTROL = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f]")
BLANK_RUN = re.compile(r"\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+")
SPACE_RUN = re.compile(r"[ \t\u00a0\u2009\u202f]+")
ANY_SPACE = re.compile(r"\s+")


def decode(data: bytes) -> str:
    """Bytes from a file or download to text; refuses binary data.

    >>> decode("Dar called Rubio.".encode())
    'Dar called Rubio.'
    >>> decode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    Traceback (most recent call last):
    ...
    extract.text.NotText: this looks like a binary file, not article text
    """
    if b"\x00" in data[:4096]:
        raise NotText("this looks like a binary file, not article text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise NotText("the text is in an encoding Newsdesk cannot read")
    check_text(text)
    return text


def check_text(text: str) -> None:
    """Raise a friendly ExtractError when ``text`` cannot be an article."""
    if len(text) > MAX_CHARS:
        raise TooLong(
            f"that is {len(text):,} characters; Newsdesk reads articles up to {MAX_CHARS:,}"
        )
    sample = text[:4096]
    if "\x00" in sample:
        raise NotText("this looks like a binary file, not article text")
    controls = len(CONTROL.findall(sample))
    if sample and controls / len(sample) > 0.02:
        raise NotText("this looks like a binary file, not article text")
    if not text.strip():
        raise EmptyText("there is no text to read")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block element per paragraph.

    >>> html_to_text("<p>Dar &amp; Rubio spoke.</p><script>x=1</script><p>Next.</p>")
    'Dar & Rubio spoke.\\n\\nNext.'
    """
    from bs4 import BeautifulSoup  # imported here: most input is plain text

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "footer", "form", "svg", "iframe"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    if soup.title:
        soup.title.decompose()
    blocks = []
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for el in soup.find_all(["p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "td"]):
        text = el.get_text(" ", strip=False)
        el.replace_with("\n\n" + text + "\n\n")
    body = soup.get_text("")
    if title and title not in body[:500]:
        blocks.append(title)
    blocks.append(body)
    return BLANK_RUN.sub("\n\n", "\n\n".join(blocks)).strip()


def unslack(text: str) -> str:
    """Undo Slack's message markup so the text reads as it was written.

    >>> unslack("Tariffs &amp; trade: <https://x.io/a|the story> via <@U123> in <#C1|news>")
    'Tariffs & trade: the story via @U123 in #news'
    >>> unslack("<!channel> read <https://x.io/b>")
    '@channel read https://x.io/b'
    """
    text = SLACK_LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = SLACK_USER.sub(lambda m: "@" + (m.group(2) or m.group(1)), text)
    text = SLACK_CHANNEL.sub(lambda m: "#" + (m.group(2) or m.group(1)), text)
    text = SLACK_SPECIAL.sub(lambda m: "@" + m.group(1), text)
    text = SLACK_SUBTEAM.sub(lambda m: "@" + (m.group(2) or m.group(1)).lstrip("@"), text)
    text = SLACK_DATE.sub(lambda m: m.group(1), text)
    return html.unescape(text) if "&" in text else text


def clean(raw: str) -> str:
    """Plain article text from a paste, a file or a Slack message.

    Slack markup and HTML are removed, line ends unified, blank-line runs
    folded to one paragraph break. Raises ExtractError for empty or binary input.

    >>> clean("  Dar met Rubio.\\r\\n\\r\\n\\r\\nThey spoke.  ")
    'Dar met Rubio.\\n\\nThey spoke.'
    >>> clean("   ")
    Traceback (most recent call last):
    ...
    extract.text.EmptyText: there is no text to read
    """
    check_text(raw)
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = html_to_text(text) if HTML_HINT.search(text) else unslack(text)
    text = MARKDOWN_HEADING.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(SPACE_RUN.sub(" ", line).strip() for line in text.split("\n"))
    text = BLANK_RUN.sub("\n\n", text).strip()
    if not text:
        raise EmptyText("there is no text to read")
    return text


def content_hash(text: str) -> str:
    """Identity of an article's text: whitespace, markup and case of spacing ignored.

    >>> content_hash("Dar  met\\nRubio.") == content_hash(" Dar met Rubio. ")
    True
    """
    flat = ANY_SPACE.sub(" ", text).strip()
    return hashlib.sha256(flat.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the article text
    end: int
    paragraph: int  # index of the non-empty line it stands on


# Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm gov sen rep st jr sr no nos vs etc
    inc ltd co corp dept est fig approx hon rev pres amb sec
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m md mohd muhd h.e
    w.e.f viz""".split()
)
COUNTRY_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n", "e.u"})
# Title abbreviations that are also names ("Hun Sen", "Rep"), and the words that open a new
# sentence after them rather than a name
NAME_WORD_TITLES = frozenset("sen gen rep gov col".split())
OPENERS = frozenset(
    "The In He She It They We But A An On At This That His Her Their After Before When While "
    "As Also However Meanwhile Earlier Later Both Its I".split()
)
# ... of which these, after "U.S.", can only open a new sentence ("A" and "I" may be initials)
NEW_CLAUSE = OPENERS - {"A", "An", "I"}
# A full stop before a word; the word must open with a capital or a digit (any alphabet's
# capital: "... since February. Šefčovič's last contact ...").
SENTENCE_END = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?\w)""")
# The word before a full stop, in any alphabet, with the dots of "U.S." or "H.E."
LAST_WORD = re.compile(r"((?:[^\W\d_]|\.)+)\.$")


def paragraph_start(sentences: list[Sentence], si: int) -> int:
    """The index of the first sentence of the paragraph sentence ``si`` stands in."""
    first = si
    while first > 0 and sentences[first - 1].paragraph == sentences[si].paragraph:
        first -= 1
    return first


def sentences(text: str) -> list[Sentence]:
    """Split article text into sentences, keeping offsets.

    Paragraphs and single lines (headlines, captions) never run together.

    >>> [s.text for s in sentences("U.S. envoy Mr. Smith met Gen. Ali on Feb. 3. They spoke.\\nHeadline")]
    ['U.S. envoy Mr. Smith met Gen. Ali on Feb. 3.', 'They spoke.', 'Headline']
    >>> [s.text for s in sentences("It was unfair to the U.S. It said so to U.S. President Trump.")]
    ['It was unfair to the U.S.', 'It said so to U.S. President Trump.']
    """
    out: list[Sentence] = []
    paragraph = -1
    pos = 0
    for block in text.split("\n"):
        if not block.strip():
            pos += len(block) + 1
            continue
        paragraph += 1
        start = 0
        for m in SENTENCE_END.finditer(block):
            first = block[m.end() :].lstrip().lstrip("\"'“‘([")[:1]
            if not (first.isupper() or first.isdigit()):
                continue
            cut = m.end()
            before = block[start : m.start() + 1]
            # (any alphabet's letters: "... Santiago Peña. In ..." ends after "Peña", no initial)
            word = LAST_WORD.search(before[-40:])
            if m.group(0).startswith(".") and word:
                token = word.group(1).lower().rstrip(".")
                opener = re.match(r"\s*([A-Z][a-z]*)\b", block[m.end() :])
                if (
                    token in NAME_WORD_TITLES
                    and opener
                    and opener.group(1) in OPENERS
                    and re.search(r"[A-Z][\w’'-]*\s+\w+\.$", before)
                ):
                    pass  # "... Senate President Hun Sen. In that call, ...": a name, then the end
                elif token in COUNTRY_ABBREVIATIONS and opener and opener.group(1) in NEW_CLAUSE:
                    pass  # "... very unfair to the U.S. It said the new rate ...": the end
                elif re.search(r"\b(?:on|via|to)\s+X\.$", before) and opener:
                    pass  # "... posted 'Mission complete' on X. Earlier ...": the platform, the end
                elif token in ABBREVIATIONS or len(token) == 1:
                    continue
                elif re.fullmatch(r"(?:[a-z]\.)+[a-z]", token) and not (
                    opener and opener.group(1) in OPENERS
                ):
                    continue  # initials: "Steel Minister H.D. Kumaraswamy"
                if token == "ma" and re.search(
                    r"\b(?:Ms|Mrs|Dr|H\.E|Sec|Secretary|Undersecretary|Minister|Affairs|Ambassador|"
                    r"President|Senator|Sen|Governor|Mayor|Justice|Judge|Chair\w*|Representative|Rep|"
                    r"Atty)\.?\s+Ma\.$",
                    before,
                ):
                    continue  # "Ms. Ma. Corazon": Ma. is Maria, not the end of a sentence
            _add(out, block, start, cut, pos, paragraph)
            start = cut
        _add(out, block, start, len(block), pos, paragraph)
        pos += len(block) + 1
    return out


MAX_SENTENCE = 800  # longer runs (lists, tables, pasted junk) are cut: real sentences are shorter


def _add(out: list[Sentence], block: str, start: int, end: int, pos: int, paragraph: int) -> None:
    while end - start > MAX_SENTENCE:
        cut = block.rfind(" ", start, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _add(out, block, start, cut, pos, paragraph)
        start = cut
    piece = block[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = pos + start + lead
    out.append(Sentence(stripped, s, s + len(stripped), paragraph))
