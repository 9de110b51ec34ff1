"""Claims in a headline: "Graham: Trump's rhetoric destroying GOP's chance", "Sanders Says He Started Writing".

A headline attributes in two ways. A speaker before a colon ("Lynch: No outside influence on FBI probe"; "X on Y:"
and "X to Y:" as in "Gillibrand on Hillary's speeches: ‘I Think She Will.’") is read here; its cue is the colon,
as PolNeAR annotates it. A reporting verb ("Trump tells 3,000 in Reno NFL has gone ‘soft’") is read by the
sentence frames, on a copy of the text where a headline-case verb ("Says") is written in lower case: the same
length, so every offset still indexes the original. Reports of the title have paragraph and sentence -1: the
title is no body paragraph.
"""

from __future__ import annotations

import functools

from .. import lexicons
from ..patterns import lazy_compile
from ..quotes import Quotation, pair_marks
from ..segmentation import Sentence
from ..types import QuoteKind, Span
from .report import QuotedStretches, Report, word_count
from .speaker_phrases import NEAR, capitalised_inside_sentence, head_noun, looks_like_speaker, named_in, singular

#: The index a report of the title has for its paragraph and its sentence.
TITLE = -1
#: A speaker before the colon, and what they said after it; "X on Y:" is X's word on Y.
RE_COLON_HEADLINE = lazy_compile(r"(?P<np>[^:;\"“”‘’]{1,80}?)\s*+(?P<colon>:)\s++(?P<content>\S.*)")
RE_ON_TOPIC = lazy_compile(r"(?P<np>\S++(?:\s++\S++){0,5}?)\s++(?:[Oo]n|[Tt]o)\s++\S")
RE_HEADLINE_WORD = lazy_compile(r"\b\p{Lu}\p{Ll}+\b")
#: Auxiliaries and adverbs a headline capitalises between its speaker and the verb ("Rick Perry Just Announced",
#: "Trump Is Now Calling"), written in lower case for the frames as they are in a sentence.
_HEADLINE_CASE_LOWER = frozenset(
    "just now also reportedly finally again still officially quietly publicly already is was has have had will "
    "would could should might may must can did does not never".split()
)
#: A quoted stretch of fewer words is a scare quote ("Sanders declares ‘revolution’", "Mother ‘Absolutely Wrong’"),
#: as in the body, unless it is all the headline's speaker says ("Trump: ‘Unbelievable.’").
_MIN_QUOTED_WORDS = 4


#: A reporting verb right after a quotation that opens a headline, or after a name there: '“We will win,”| says
#: Trump', '"We will win," Smith says'.
RE_CUE_AFTER_QUOTE = lazy_compile(
    r",?\s++(?:\p{Lu}[\w.’'\-]*+\s++){0,3}(?:says|said|tells|told|insists|warns|vows|admits|claims|Says|Tells)\b"
)
#: A wire service's slug before a headline: "EXCLUSIVE-", "UPDATE 2-", "ANALYSIS-", "Exclusive–".
RE_SLUG = lazy_compile(
    r"(?:(?:EXCLUSIVE|UPDATE|ANALYSIS|FACTBOX|INSIGHT|FOCUS|WRAPUP|REFILE|CORRECTED|BRIEF|RPT|GRAPHIC|EXPLAINER|"
    r"INTERVIEW|TIMELINE|PREVIEW|BREAKINGVIEWS|COLUMN)(?:\s++\d{1,2})?|Exclusive)\s*+[-–—:]\s*+(?=\S)"
)


def without_slug(text: str, title: Span) -> Span:
    """The title without a wire slug before it ("EXCLUSIVE-Boeing weighs ..." -> "Boeing weighs ...")."""
    m = RE_SLUG.match(text, title.start, title.end)
    return Span.of(text, m.end(), title.end) if m is not None else title


#: One or two words in curly single marks: "‘stupid’", "‘useless.’".
RE_SHORT_SINGLE_QUOTED = lazy_compile(r"(?<![\p{L}\d])‘[^‘’\s]++(?:\s++[^‘’\s]++)?’(?![\p{L}\d])")


def title_quotations(text: str, title: Span) -> tuple[list[Quotation], list[tuple[int, int]]]:
    """The title's quotations (as the body's are paired), and its short scare quotes."""
    quotations, scare = [], []
    for span, _ in pair_marks(text, (title,)):
        if word_count(text, span.start, span.end) < _MIN_QUOTED_WORDS and not (
            span.start == title.start
            and word_count(text, span.start, span.end) >= 2
            and RE_CUE_AFTER_QUOTE.match(text, span.end, title.end)
        ):  # a short quotation all the headline's speaker says: '“We will win,” says Trump'; not "‘Huge’ Trump Says"

            scare.append((span.start, span.end))
        else:
            quotations.append(Quotation(span, (span,), TITLE, TITLE, QuoteKind.DIRECT))
    for m in RE_SHORT_SINGLE_QUOTED.finditer(text, title.start, title.end):
        if not any(q.span.start <= m.start() < q.span.end for q in quotations) and m.span() not in scare:
            scare.append(m.span())  # "Calderon calls Trump’s idea ‘stupid’": a word a headline quotes in single
            # marks, which the body's pairing leaves (it pairs single marks around three words or more)
    return quotations, sorted(scare)


def title_scope_parts(
    text: str, title: Span, quotations: list[Quotation], scare: list[tuple[int, int]]
) -> tuple[str, Sentence, QuotedStretches]:
    """What the sentence frames read a title with (its :func:`title_quotations` given): the text (its start) with
    the title's headline-case reporting verbs in lower case, the title as a sentence, and its quoted stretches."""
    verbs = _lowered_in_headlines()
    chars = list(text[title.start : title.end])
    for m in RE_HEADLINE_WORD.finditer(text, title.start, title.end):
        if m.start() > title.start and m.group().lower() in verbs:
            chars[m.start() - title.start] = chars[m.start() - title.start].lower()
    # the text up to the title (white space at most: the title is the first line) and a bounded stretch after it,
    # which is all the frames read of a sentence's neighbourhood: a copy of the whole input would cost its length
    shadow = text[0 : title.start] + "".join(chars) + text[title.end : title.end + NEAR]
    sentence = Sentence(Span.of(shadow, title.start, title.end), TITLE)
    stretches = QuotedStretches(((q.span.start, q.span.end) for q in quotations), scare)
    return shadow, sentence, stretches


@functools.cache
def _lowered_in_headlines() -> frozenset[str]:
    """The words a headline capitalises that the frames read in lower case: reporting verbs, auxiliaries, adverbs."""
    return lexicons.inflections("reporting_verbs") | _HEADLINE_CASE_LOWER


def colon_headline(
    text: str, title: Span, quotations: list[Quotation], scare: list[tuple[int, int]]
) -> Report | None:
    """``Lynch: No outside influence on FBI probe``: the report of a headline whose speaker stands before a colon
    (its :func:`title_quotations` given)."""
    m = RE_COLON_HEADLINE.fullmatch(text, title.start, title.end)
    if m is None:
        return None
    np_start, np_end = m.span("np")
    on_topic = RE_ON_TOPIC.match(text, np_start, np_end)
    if on_topic is not None and looks_like_speaker(on_topic.group("np")):
        np_end = on_topic.end("np")  # "Gillibrand on Hillary Releasing Her Transcripts:"
    if not _headline_speaker(text, np_start, np_end):
        return None
    c_start, c_end = m.start("content"), _without_final_stop(text, m.start("content"), title.end)
    if word_count(text, c_start, c_end) < 2:
        return None
    quoted = tuple(q.span for q in quotations if c_start <= q.span.start and q.span.end <= c_end)
    if (c_start, c_end) in scare:
        quoted = (Span.of(text, c_start, c_end),)
    if not quoted and text.endswith("?", c_start, c_end):
        return None  # "Ted Cruz: Constitutional conservative or career politician?": a question about him
    kind = QuoteKind.INDIRECT
    if quoted:
        whole = len(quoted) == 1 and (quoted[0].start, quoted[0].end) == (c_start, c_end)
        kind = QuoteKind.DIRECT if whole else QuoteKind.MIXED
    return Report(
        content=Span.of(text, c_start, c_end),
        kind=kind,
        cue=Span.of(text, *m.span("colon")),
        speaker=Span.of(text, np_start, np_end),
        paragraph=TITLE,
        sentence=TITLE,
        quoted=quoted,
    )


#: A quotation before a headline's colon, then its speaker and a reporting verb: "‘We will not be intimidated’:
#: Canada vows to fight tariffs".
RE_QUOTE_COLON_HEADLINE = lazy_compile(
    r"\s*+(?P<quote>[‘“\"'][^‘’“”\"\n]{3,200}?[’”\"'])\s*+:\s*+"
    r"(?P<np>\p{Lu}[\w.&’'\-]*+(?:\s++\p{Lu}[\w.&’'\-]*+){0,3})\s++(?P<verb>\p{Ll}++)\b"
)


def quote_colon_headline(text: str, title: Span) -> Report | None:
    """``‘We will not be intimidated’: Canada vows to fight tariffs``: the quotation before the colon is the words
    of the speaker after it, whose reporting verb is the cue."""
    m = RE_QUOTE_COLON_HEADLINE.match(text, title.start, title.end)
    if m is None or m.group("verb") not in lexicons.inflections("reporting_verbs") or m.group("verb").endswith("ing"):
        return None
    speaker = Span.of(text, *m.span("np"))
    if not plausible_headline_speaker(text, speaker, title):
        return None
    quote = Span.of(text, *m.span("quote"))
    return Report(
        content=quote, kind=QuoteKind.DIRECT, cue=Span.of(text, *m.span("verb")), speaker=speaker,
        paragraph=TITLE, sentence=TITLE, quoted=(quote,),
    )


#: A wire headline signed after a dash: "Boeing weighs sale of space unit -sources", "... - WSJ".
RE_DASH_HEADLINE = lazy_compile(
    r"(?P<content>\S.*?\S)\s*+(?P<dash>(?<=\s)[-–—]|(?<=\s)--|(?<=\w):(?=\s))\s*+"
    r"(?P<np>(?:\p{Lu}[\w.&’'\-]*+\s++){0,3}(?:sources?|officials?|report|reports|media|paper|newspaper|poll|"
    r"survey|study|data|"
    r"\p{Lu}[\w.&’'\-]*+))\s*+"
)


#: Kinds of piece a headline names after a dash besides its labels (lexicons/headline_labels.txt).
_DASH_LABELS = frozenset(
    ["opinion", "review", "obituary", "podcast", "video", "photos", "timeline", "preview", "recap"]
)


def dash_headline(text: str, title: Span, quotations: list[Quotation]) -> Report | None:
    """``Boeing weighs sale of space unit -sources``, ``Government to launch new scheme for farmers: Minister``: the
    report of a headline signed after a dash or a colon (a wire's way of saying "sources say"); the signature is a
    speaker noun or a name the article uses."""
    m = RE_DASH_HEADLINE.fullmatch(text, title.start, title.end)
    if m is None or word_count(text, *m.span("content")) < 3:
        return None
    np_start, np_end = m.span("np")
    if m.group("np").lower() in lexicons.words("headline_labels") or m.group("np").lower() in _DASH_LABELS:
        return None  # "... - Analysis", "... - Opinion": what the piece is, not who says it
    words = m.group("np").split()
    if not (_speaker_noun(m.group("np")) or _named_in_body(text, words[-1], title.end)):
        return None
    if m.group("dash") == ":" and not (_speaker_noun(m.group("np")) and len(words) <= 2) and (
        len(words) < 2 or words[0].lower() not in _title_words()
    ):
        return None  # after a colon only a role ("...: Minister") or a titled name ("...: PM Modi"), not "The One
        # Thing Both Sides Want: Break Up Banks"
    c_start, c_end = m.span("content")
    quoted = tuple(q.span for q in quotations if c_start <= q.span.start and q.span.end <= c_end)
    return Report(
        content=Span.of(text, c_start, c_end),
        kind=QuoteKind.MIXED if quoted else QuoteKind.INDIRECT,
        cue=Span.of(text, *m.span("dash")),
        speaker=Span.of(text, np_start, np_end),
        paragraph=TITLE,
        sentence=TITLE,
        quoted=quoted,
    )


@functools.cache
def _title_words() -> frozenset[str]:
    """The title words before a name (lexicons/titles.txt), in lower case: "pm", "minister", "sen."."""
    return frozenset(t.lower() for t in lexicons.words("titles"))


def _headline_speaker(text: str, start: int, end: int) -> bool:
    """Whether the words before a headline's colon name who speaks: a person or organisation the article names,
    or a speaker noun ("Poll", "Newspaper", "Clinton camp"); not a label ("The Latest", "Exclusive"), a place
    ("Iraq"), a shouted kicker ("FIX IS IN") or a number ("10 things")."""
    np = text[start:end]
    words = np.split()
    if not _capitalised_phrase(np) or np.lower() in lexicons.words("headline_labels"):
        return False
    if np in lexicons.words("places") or np in lexicons.words("countries") or any(w.isdigit() for w in words):
        return False  # "Kenya: Doctors' strike enters second week": where, as AllAfrica heads its stories
    if len(words) > 1 and (np.isupper() or words[0] in ("A", "An")):
        return False  # "FIX IS IN:", "A Curious Plan to Fight Climate Change:": a kicker, no speaker
    if not looks_like_speaker(np):
        return False
    return _speaker_noun(np) or _named_in_body(text, words[-1], end)


#: Words a headline's speaker does not hold: where they stand, the words are a clause ("Trump Heard What His
#: Nemesis Just Said"), not a name.
_NOT_IN_HEADLINE_SPEAKER = frozenset(
    "is are was were has have had just what who how why when to by on for about after in at with from into than "
    "that this these those so very his her their its our your my".split()
)


def plausible_headline_speaker(text: str, speaker: Span, title: Span) -> bool:
    """Whether a sentence frame's speaker in a headline can be one: a phrase of a few words with no verb or
    preposition that would make it a clause ("Drivers Are So Shocked"), headed by a speaker noun ("Polls",
    "..., police say") or capitalised, and where it is one capitalised word, a name (not "Jobs" in "Jobs report
    gives Democrats a lift")."""
    placed = RE_IN_PLACE.sub("", speaker.text)  # "Police in Sydney": the speaker noun, then where
    if _speaker_noun(placed) and _capitalised_phrase(placed[:1].upper() + placed[1:]):
        return True  # "..., police say", "Officials warn ...", "Rabbis vow ...", "Police in Sydney say ..."
    name = RE_LEADING_ADJECTIVES.sub("", speaker.text)  # "defiant Zelensky"
    return _capitalised_phrase(name) and (" " in name or named_in(text, name, title.start))


#: A place after a speaker noun in a headline: "(Police) in Sydney", "(Officials) in Kyiv".
RE_IN_PLACE = lazy_compile(r"\s++(?:in|at)(?:\s++\p{Lu}[\p{L}.\-]*+){1,3}$")
#: Lower-case words a headline puts before a name: "defiant Zelensky", "embattled ex-minister Smith".
RE_LEADING_ADJECTIVES = lazy_compile(r"^(?:(?:a|an|the)\s++)?(?:\p{Ll}[\p{Ll}\-]*+\s++){1,2}(?=\p{Lu})")


def _capitalised_phrase(np: str) -> bool:
    words = np.split()
    return (
        0 < len(words) <= 6
        and np[:1].isupper()
        and not any(w.lower() in _NOT_IN_HEADLINE_SPEAKER for w in words)
        and RE_SCORE.search(np) is None  # "Liverpool 3-1 Chelsea: Salah double sends Reds top": a result
    )


#: A match score: "3-1", "2 – 0".
RE_SCORE = lazy_compile(r"(?<!\d)\d{1,3}\s?[\-–—]\s?\d{1,3}(?!\d)")


def _speaker_noun(np: str) -> bool:
    """Whether a phrase is headed by a noun for who speaks ("Poll", "Newspaper", "Clinton camp", "Rabbis")."""
    head = singular(head_noun(np).lower())
    return lexicons.table("speaker_kinds").get(head) is not None or head in lexicons.words("speaker_nouns")


def _named_in_body(text: str, word: str, after: int) -> bool:
    """Whether the article's first 20,000 characters after the title write ``word`` capitalised inside a sentence,
    as they name a person or an organisation ("... said Sen. Lindsey Graham"), not as a headline capitalises any
    word ("Clinton Wades In")."""
    if not word.isalpha() or not word[:1].isupper():
        return False
    return capitalised_inside_sentence(text, word, after, after + NEAR)


def _without_final_stop(text: str, start: int, end: int) -> int:
    """``end`` moved back over the headline's closing full stop, semicolon and white space."""
    while end > start and text[end - 1] in ".;: \t":
        end -= 1
    return end
