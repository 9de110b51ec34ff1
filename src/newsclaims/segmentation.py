"""Segmentation stage: sentences and tokens with exact offsets into the original text.

Abbreviations ("Rep.", "U.S.", "Dec.", initials) do not end sentences; a sentence that ends in a closing
quotation mark keeps it.
"""

from __future__ import annotations

import attrs
import regex

from . import lexicons
from .layout import Layout, find_layout
from .patterns import lazy_compile
from .types import Span

#: A sentence-ending punctuation run, with any closing quotes and brackets, then the space after it.
RE_BOUNDARY = lazy_compile(r"(?<![.!?…])[.!?…]++[\"”’'»)\]]*(?=\s+(?P<next>\S)|(?P<tag></?[A-Za-z]))")
#: A sentence's full stop and, with no space, the opening mark of a quotation starting the next: 'owner."We'.
RE_UNSPACED_OPENING = lazy_compile(r"(?<=\p{Ll}[.!?])(?=(?P<mark>[“\"«])\p{Lu})")
RE_WORD_BEFORE = lazy_compile(r"(?r)(?P<word>[\p{L}\p{N}.'’\-]{1,40})\.$")
#: The word before a one-letter word: "on" in "posted on X.".
RE_WORD_BEFORE_LETTER = lazy_compile(r"(?<![\p{L}\p{N}])\p{L}++(?=\s++\p{Lu}$)")
RE_ACRONYM = lazy_compile(r"(?:\p{L}\.)+\p{L}")
#: The word after an abbreviation's period, past an opening mark: "(Inc.) “The| ...".
RE_NEXT_WORD = lazy_compile(r"\s*[\"“‘'(]?(\p{L}+)")
RE_TOKEN = lazy_compile(
    r"""(?P<word>\p{L}[\p{L}\p{M}\p{N}]*(?:['’.&\-][\p{L}\p{N}]+)*)(?P<dot>\.)?
      | \p{N}+(?:[.,:/\-]\p{N}+)*(?:%|s)?
      | [^\s\p{L}\p{N}]""",
    regex.VERBOSE,
)
_OPENERS = "\"“‘'«(["


@attrs.frozen
class Sentence:
    """One sentence: its span and the index of the body paragraph that holds it."""

    span: Span
    paragraph: int

    def tokens(self) -> tuple[Span, ...]:
        """The sentence's tokens, as spans of the original text.

        >>> seg = segment_text("Rep. Jerry Nadler said the U.S. must act.")
        >>> [t.text for t in seg.sentences[0].tokens()][:4]
        ['Rep.', 'Jerry', 'Nadler', 'said']
        """
        base, text = self.span.start, self.span.text
        out = []
        for m in RE_TOKEN.finditer(text):
            end = m.end()
            if m.group("dot") and not _keeps_period(m.group("word")):
                end -= 1
                out.append(Span(base + m.start(), base + end, text[m.start() : end]))
                out.append(Span(base + end, base + end + 1, "."))
            else:
                out.append(Span(base + m.start(), base + end, m.group()))
        return tuple(out)


@attrs.frozen
class Segmentation:
    """The layout plus the sentences of the body, in order."""

    layout: Layout
    sentences: tuple[Sentence, ...]


def segment(layout: Layout) -> Segmentation:
    """Split every body paragraph of ``layout`` into sentences.

    >>> from newsclaims.layout import find_layout
    >>> seg = segment(find_layout('Gov. Jerry Brown met Dec. 5 with U.S. officials. "It went well." He left.'))
    >>> [s.span.text for s in seg.sentences]
    ['Gov. Jerry Brown met Dec. 5 with U.S. officials.', '"It went well."', 'He left.']
    """
    text = layout.text
    sentences: list[Sentence] = []
    dateline = layout.dateline.span if layout.dateline is not None else None
    for index, para in enumerate(layout.paragraphs):
        start = para.start
        for end in _sentence_ends(para.text):
            if dateline is not None and dateline.start < para.start + end < dateline.end:
                continue  # "ORLANDO, Fla. (Reuters) -": the dateline's abbreviation ends no sentence
            sentences.append(Sentence(Span.of(text, start, para.start + end), index))
            start = para.start + end
            while start < para.end and (text[start].isspace() or not text[start].isprintable()):
                start += 1
        if start < para.end:
            sentences.append(Sentence(Span.of(text, start, para.end), index))
    return Segmentation(layout=layout, sentences=tuple(sentences))


def segment_text(text: str) -> Segmentation:
    """Segment a plain text (layout included): a convenience for examples and tests."""
    return segment(find_layout(text))


def period_of_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends an abbreviation ("the U.S.", "Calif.", "Inc."), so that it belongs to the
    words before it even where it ends the sentence too."""
    before = RE_WORD_BEFORE.search(text, max(0, dot - 40), dot + 1)
    if before is None:
        return False
    word = before.group("word").lstrip("'’-")
    if not word or word in _NUMBER_ABBREVIATIONS:
        return False  # "he would vote no.": a word, not "No. 5"
    if text[before.start("word") - 1 : before.start("word")] == "&":
        return False  # "waiting in A&E.": the letter ends a name written with an ampersand, no initial
    return _keeps_period(word) or word in lexicons.words("state_abbreviations")


def _keeps_period(word: str) -> bool:
    return (
        word in lexicons.words("abbreviations")
        or word in lexicons.words("final_abbreviations")
        or (len(word) == 1 and word.isupper())
        or RE_ACRONYM.fullmatch(word) is not None
    )


def _sentence_ends(para: str) -> list[int]:
    ends = []
    for m in RE_BOUNDARY.finditer(para):
        if m.group("tag"):
            ends.append(m.end())  # markup after a sentence end: "said.</p><p>..."
            continue
        nxt = m.group("next")
        if not _may_start_sentence(nxt[0]):
            continue
        if m.group().startswith(".") and not _period_ends_sentence(para, m.start(), nxt, m.end()):
            continue
        if m.group().startswith("!") and RE_EXCLAIMED_NAME.search(para, max(0, m.start() - 12), m.start() + 1):
            continue  # "told Yahoo! News": a name written with its exclamation mark
        close = m.start("next") + 1
        if nxt[0] in "\"”" and (close == len(para) or para[close].isspace()):
            # a closing mark set off by a space (`“...? ” Clinton asked`) ends the sentence after it
            if not _attribution_follows(para, close, m.group()[0] == "."):
                ends.append(close)
            continue
        if m.group()[-1] in "\"”’'»" and _attribution_follows(para, m.end(), m.group()[0] == "."):
            continue  # `“Why?” Sanders replied.`: the attribution belongs to the quote's sentence
        ends.append(m.end())
    straight, counted = 0, 0  # straight marks before the match, counted once over the paragraph
    for m in RE_UNSPACED_OPENING.finditer(para):
        straight += para.count('"', counted, m.start("mark"))
        counted = m.start("mark")
        if m.group("mark") != '"' or straight % 2 == 0:
            ends.append(m.end())  # 'said one owner."We were deceived."': an opening mark right after the full stop
    return sorted(set(ends))


#: Names written with an exclamation mark, which ends no sentence: "Yahoo! (News)", "Jeopardy! (host)".
RE_EXCLAIMED_NAME = lazy_compile(r"(?<![\w’'])(?:Yahoo|Jeopardy|Wham|Oklahoma|Yelp)!$")
#: A party and state label set off after a name: "R-NY", "D-Calif.", "R-S.C.", "D-Ward 4", "R-FL-26" (speaker_phrases
#: uses it too).
PARTY_LABEL = r"[DRI]-\p{Lu}[\p{L}.]{0,12}+(?:[ \-]\d{1,2}(?!\d))?"
#: A short speaker phrase and a verb after a quote: `“...?” Sanders replied`, `“...!” the crowd chanted`.
RE_ATTRIBUTION = lazy_compile(
    r"\s++(?:(?:the|a|an|The|A|An)\s++)?(?:\p{Lu}[\p{L}.'’\-]*|\p{Ll}[\p{Ll}\-]*)(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}"
    r"(?:(?<=['’]s)\s++\p{Ll}[\p{Ll}\-]*+)?"  # `“...!” Scott's niece shouted`
    rf"(?:,\s++(?:a|an|the|his|her|their)\s[^,.!?\"“”\n]{{2,80}},|,\s++{PARTY_LABEL},"
    r"|,\s++(?:\p{Ll}+\s++)?(?:\p{Lu}[\p{L}.'’\-]*\s*+){1,5}(?:\([^()\n]{1,30}\))?,)?"  # `, Marcia Price,`
    # `“Why?” Miller, a retired worker, said.`, `"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said`
    r"(?:\s+\p{Ll}+ly)?\s+(?P<verb>\p{Ll}+)(?P<end>[.,!?]?)"
)


def _attribution_follows(para: str, pos: int, period: bool) -> bool:
    """Whether a closing quote at ``pos`` is followed by its attribution (after a period: only a bare one,
    ``“...” Trump said.``)."""
    m = RE_ATTRIBUTION.match(para, pos)
    if m is None:
        return False
    if m.group("verb") in lexicons.inflections("attribution_manner_verbs"):
        return m.group("end") in {".", "!", "?", ","} and (not period or m.group("end") != ",")  # `“...?” Hannity
        # pressed.`, not `“Enough!” Trump warned the crowd ...`
    if m.group("verb") not in lexicons.inflections("attribution_verbs"):
        return False
    return not period or m.group("end") in {".", "!", "?"}  # not `He added, “...”`: that opens the next one


def _may_start_sentence(ch: str) -> bool:
    """A capital, a digit, an opening mark, a letter of a script without case, or a symbol; not a lowercase
    letter or the punctuation that continues a sentence."""
    if ch.isupper() or ch.isdigit() or ch in _OPENERS:
        return True
    if ch.isalpha():
        return not ch.islower()
    return ch not in _CONTINUING


#: Characters after ". " that show the sentence goes on: "(e.g. , a list)", "5 p.m. - 7 p.m.".
_CONTINUING = ",;:)]}%…-–—―.!?&/"


#: Abbreviations that stand before a number only: "No. 5", "Vol. 2"; before a word, the period ends a sentence.
_NUMBER_ABBREVIATIONS = frozenset(["No", "no", "Vol"])


def _period_ends_sentence(para: str, dot: int, nxt: str, after: int) -> bool:
    """Decide whether the period at ``dot`` ends a sentence, given the next word ``nxt``."""
    before = RE_WORD_BEFORE.search(para, max(0, dot - 40), dot + 1)
    if before is None:
        return True
    word = before.group("word").lstrip("'’-")
    if not word:
        return True  # only apostrophes or hyphens before the period: "'. 0"
    if word in lexicons.words("abbreviations"):
        return word in _NUMBER_ABBREVIATIONS and not nxt[0].isdigit()  # "voted no. 'We're ...", not "No. 5"
    if len(word) == 1 and word.isupper():
        # an initial ("John F. Kennedy", "Robert F. “Bobby” Kennedy"), but not a letter after a lowercase word
        # before a quotation: "Abbott posted on X. “We will ...”"
        previous = RE_WORD_BEFORE_LETTER.search(para, max(0, dot - 40), dot)
        return nxt[0] in "“\"" and previous is not None and previous.group()[:1].islower()
    if nxt[0].isdigit():
        return not word[-1].isdigit() or len(nxt) > 4
    if word in lexicons.words("final_abbreviations") or RE_ACRONYM.fullmatch(word):
        following = RE_NEXT_WORD.match(para, after)
        return following is not None and following.group(1) in lexicons.words("sentence_starters")
    return True
