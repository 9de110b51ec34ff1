"""Cues stage: reporting verbs and phrases, where the reported content is and where its speaker is written.

Each sentence is read for the attribution frames of news prose, in every position of the cue:

- content first:   ``CONTENT, officials said.`` / ``“QUOTE,” predicted X, an analyst.``
- parenthetical:   ``Longer term, they said, CONTENT.``
- speaker first:   ``X said (last week) (that) CONTENT`` / ``X told reporters CONTENT`` / ``X said: “QUOTE”``
- according to:    ``According to X, CONTENT`` / ``CONTENT, according to X.``

The result is a list of :class:`Report` (content, kind, cue, and the stretch of text naming the speaker) that
the speakers stage reads. Quotations no frame claims stay as DIRECT quotes without a cue.
"""

from __future__ import annotations

import collections

import attrs

from .. import lexicons
from ..patterns import lazy_compile
from ..quotes import RE_WHAT_NAMED, Quotation, QuoteMarks, another_person_acts, mask_nicknames
from ..segmentation import Sentence, period_of_abbreviation
from ..types import QuoteKind, Span
from .clauses import (
    CAPITALISED_ADVERB,
    CONTRAST_SUBJECT,
    RE_INVERTED_TRAILING_ATTRIBUTION,
    RE_TIMED_SUBORDINATOR,
    RE_TRAILING_ATTRIBUTION,
    SECOND_REPORT_VERB,
    VerbMatch,
    _subject_span,
    _verb_matches,
    cue_start,
    lemmas,
    sentence_subject,
)
from .cue_phrases import (
    RE_DASH_SIGNATURE,
    _according_to,
    _all_they_would_say,
    _as_reported,
    _dash_attribution,
    _dash_colon_lead_in,
    _in_words,
    _inverted_lead_in,
    _quoted_as_saying,
    asked_question,
    court_heard,
    possessive_claims,
)
from .frames import (
    _DASHES,
    RE_MAIN_VERB_AFTER_ASIDE,
    _common_noun_subject,
    _participles,
    _speaker_first,
    _verb_frames,
    is_signage,
    judged_object,
    relative_in_speaker,
    reports_in_aside,
    subject_and_report,
)
from .headlines import (
    TITLE,
    colon_headline,
    dash_headline,
    plausible_headline_speaker,
    quote_colon_headline,
    title_quotations,
    title_scope_parts,
    without_slug,
)
from .parse_frames import refine_with_parse
from .report import QuotedStretches, Report, Scope, _outside_quotes, _trim, word_count
from .speaker_phrases import (
    ONE_OF_A_GROUP,
    PAIR_REFERENCES,
    QUANTIFIER_SUBJECTS,
    RE_AGENT_SINGULAR,
    RE_APPROXIMATELY,
    RE_DASH_ASIDE_AT_END,
    RE_PARENTHETICAL_ASIDE,
    RE_PARTICIPLE_POSTMODIFIER,
    RE_PARTITIVE,
    RE_PERCENT,
    RE_POSTMODIFIER,
    RE_REFLEXIVE,
    RE_SHARE,
    RE_TRAILING_TIME,
    THING_PRONOUNS,
    head_noun,
    hyphens_as_dashes,
    looks_like_speaker,
    named_in,
    relative_antecedent,
    restrictive_who,
    singular,
    time_after_name,
)

__all__ = [
    "judged_object",
    "THING_PRONOUNS",
    "CAPITALISED_ADVERB",
    "PAIR_REFERENCES",
    "ONE_OF_A_GROUP",
    "QUANTIFIER_SUBJECTS",
    "RE_AGENT_SINGULAR",
    "RE_ANY_QUOTE_MARK",
    "RE_APPROXIMATELY",
    "RE_DASH_ASIDE_AT_END",
    "RE_PARENTHETICAL_ASIDE",
    "RE_PARTITIVE",
    "RE_PERCENT",
    "RE_PARTICIPLE_POSTMODIFIER",
    "RE_POSTMODIFIER",
    "RE_REFLEXIVE",
    "RE_SHARE",
    "RE_TRAILING_TIME",
    "Cues",
    "Report",
    "find_cues",
    "head_noun",
    "hyphens_as_dashes",
    "lemmas",
    "looks_like_speaker",
    "named_in",
    "relative_antecedent",
    "restrictive_who",
    "sentence_subject",
    "singular",
    "time_after_name",
]


@attrs.frozen
class Cues:
    """The cues stage result."""

    marks: QuoteMarks
    reports: tuple[Report, ...]


def find_cues(marks: QuoteMarks) -> Cues:
    """Find the attributions of every sentence.

    >>> from newsclaims.segmentation import segment_text
    >>> from newsclaims.quotes import find_quotes
    >>> r = find_cues(find_quotes(segment_text("The plan will fail, officials said."))).reports[0]
    >>> r.content.text, r.cue.text, r.speaker.text
    ('The plan will fail', 'said', 'officials')
    """
    seg = marks.segmentation
    text = seg.layout.text
    by_sentence: dict[int, list[Quotation]] = {}
    for q in marks.quotations:
        for i in range(q.sentence, len(seg.sentences)):
            if seg.sentences[i].span.start >= q.span.end:
                break
            by_sentence.setdefault(i, []).append(q)
    quote_chars = QuotedStretches(
        ((p.start, p.end) for q in marks.quotations for p in q.parts), ((s.start, s.end) for s in marks.not_quotes)
    )
    reports: list[Report] = []
    used: set[Span] = set()
    for index, sentence in enumerate(seg.sentences):
        if quote_chars.covers(sentence.span.start, sentence.span.end):
            continue  # wholly inside a quotation that began in an earlier sentence
        words = marks.analysis.parses[index] if index < len(marks.analysis.parses) else None
        masked = mask_nicknames(text, sentence.span.start, sentence.span.end)
        scope = Scope(masked or text, sentence, index, by_sentence.get(index, []), quote_chars, words)
        found = _read_sentence(scope, seg.layout)
        found = _relatives_in_speakers(scope, found)
        if masked is not None:
            found = [_on_original(text, r) for r in found]  # Gerardo "Tata" Martino, read as one name
        for report in found:
            used.update(report.quoted)
        reports.extend(found)
    uncued: dict[Span, int] = {}  # content -> index in reports of the fragments no frame claimed
    cued_in: dict[int, list[Report]] = {}  # sentence -> its cued reports
    displaced: set[Span] = set()  # the cues of frames' reports that a quotation's own credit took over
    for r in reports:
        if r.cue is not None:
            cued_in.setdefault(r.sentence, []).append(r)
    for q in marks.quotations:
        if not used.intersection(q.parts):
            report = (
                _lead_in(text, q, seg.sentences, quote_chars)
                or _colon_lead_in(text, q, seg.sentences)
                or _possessive_lead_in(text, q, seg.sentences)
                or _what_named(text, q)
                or _label_lead_in(text, q)
                or _signed(text, q)
                or _credited_after(text, q)
                or _uncued(text, q, seg.sentences)
            )
            if report.cue is None and report.kind is QuoteKind.MIXED:
                report = _after_reports(text, report, q, cued_in.get(report.sentence, []))
            if report.cue is not None and report.cue.start >= q.span.end:
                # "“...” — that's how one resident summed up the mood": the verb credits the quotation, so the
                # frame's reading of it ("summed up| the mood") goes
                displaced.add(report.cue)
            if report.cue is None and report.content in uncued:
                # two fragments of one sentence (“how the system is rigged,” and “wounded families”): one report
                i = uncued[report.content]
                reports[i] = attrs.evolve(reports[i], quoted=reports[i].quoted + report.quoted)
                continue
            if report.cue is None:
                uncued[report.content] = len(reports)
            reports.append(report)
    if displaced:
        reports = [r for r in reports if r.cue not in displaced or r.quoted]
    reports.extend(_block_quotations(text, seg.sentences, quote_chars, reports))
    reports.extend(_transcript_turns(text, seg.sentences))
    reports.sort(key=lambda r: r.content.start)
    merged = _merge_continuations(text, reports, [s.span.start for s in seg.sentences])
    return Cues(marks=marks, reports=(*_headline_reports(text, seg.layout.title), *merged))


def _headline_reports(text: str, title: Span | None) -> list[Report]:
    """The claims of the title: a speaker before a colon, else what the sentence frames read in it (with its
    headline-case reporting verbs in lower case), where they find both a cue and a speaker."""
    if title is None:
        return []
    title = without_slug(text, title)  # "EXCLUSIVE-Boeing weighs sale ..., sources say"
    quotations, scare = title_quotations(text, title)
    colon = (
        colon_headline(text, title, quotations, scare)
        or dash_headline(text, title, quotations)
        or quote_colon_headline(text, title)
    )
    if colon is not None:
        return [colon]
    shadow, sentence, stretches = title_scope_parts(text, title, quotations, scare)
    found = _read_sentence(Scope(shadow, sentence, TITLE, quotations, stretches, None), None)
    found = [part for r in found for part in _headline_second_cue(shadow, r, quotations)]
    return [
        _on_original(text, r)
        for r in found
        if r.cue is not None and r.speaker is not None and plausible_headline_speaker(text, r.speaker, title)
        and (r.quoted or word_count(text, r.content.start, r.content.end) >= 3)  # not "..., citing privacy rights"
    ]


#: A headline's second verb after a comma, its subject the first one's: "(Trump threatens tariffs on EU), says|
#: (bloc has been ‘very nasty’)".
RE_HEADLINE_SECOND_CUE = lazy_compile(
    r",\s++(?P<verb>says|warns|tells|vows|insists|claims|denies|urges|admits|adds|pledges|promises|predicts)\s++"
    r"(?=[\p{L}\d‘“\"'])"
)


def _headline_second_cue(text: str, report: Report, quotations: list[Quotation]) -> list[Report]:
    """A headline report whose content runs over ", says ..." split in two: the first verb's object, then the
    second verb's report by the same speaker ("Trump threatens tariffs on EU, says bloc has been ‘very nasty’")."""
    m = RE_HEADLINE_SECOND_CUE.search(text, report.content.start, report.content.end)
    if m is None or report.cue is None or m.start() <= report.content.start:
        return [report]
    scope = Scope(text, Sentence(span=report.content, paragraph=TITLE), TITLE, quotations, QuotedStretches(()), None)
    speaker = (report.speaker.start, report.speaker.end) if report.speaker is not None else None
    first = scope.report((report.content.start, m.start()), (report.cue.start, report.cue.end), speaker)
    second = scope.report((m.end(), report.content.end), m.span("verb"), speaker)
    return [r for r in (first, second) if r is not None]


def _on_original(text: str, report: Report) -> Report:
    """A report read on a same-length copy of the text (a lower-cased title, masked nicknames) with its spans on
    the original text."""

    def restore(span: Span | None) -> Span | None:
        return Span.of(text, span.start, span.end) if span is not None else None

    return attrs.evolve(
        report,
        content=Span.of(text, report.content.start, report.content.end),
        cue=restore(report.cue),
        speaker=restore(report.speaker),
        quoted=tuple(Span.of(text, p.start, p.end) for p in report.quoted),
    )


RE_FIRST_WORD = lazy_compile(r"\p{Lu}\p{Ll}+")
#: The subject of a "what" clause right before its verb: "Here is what| the governor |said".
RE_WHAT_SUBJECT = lazy_compile(
    r"(?<![\w’'\-])(?i:what|how)\s++(?P<np>[^\s,;:\"“”][^,;:\"“”]{0,79}?)(?:\s++(?:has|had|have|once|also|then))?\s++$"
)


def _lead_in(
    text: str, q: Quotation, sentences: tuple[Sentence, ...], quote_chars: QuotedStretches
) -> Report | None:
    """``Jared Potts echoed:`` ending the paragraph before a paragraph that is a quote: its cue and speaker."""
    if q.kind is not QuoteKind.DIRECT or q.sentence == 0:
        return None
    sentence = sentences[q.sentence - 1]
    start, end = sentence.span.start, sentence.span.end
    if sentence.paragraph == sentences[q.sentence].paragraph:
        return _cue_sentence_before(text, q, sentence.span, sentences[q.sentence].span)
    if not text[start:end].rstrip().endswith(":"):
        return None
    colon = text.rindex(":", start, end)
    verbs = _verb_matches(text, start, colon)
    first = RE_FIRST_WORD.match(text, start, colon)
    if first and first.group().lower() in lexicons.inflections("reporting_verbs"):
        verbs.insert(0, VerbMatch(first.start(), first.end(), first.group()))  # "Continued Stone:"
    for verb in reversed(verbs):
        if not _outside_quotes(verb.start(), quote_chars):
            continue
        subject = _subject_span(text, start, verb.start())
        after = text[verb.end() : colon]
        what = RE_WHAT_SUBJECT.search(text, start, verb.start())  # "Here is what the governor said on Tuesday:"
        if what is not None and looks_like_speaker(what.group("np")):
            subject = what.span("np")
        if subject is not None and looks_like_speaker(text[subject[0] : subject[1]]):
            speaker = subject
        elif subject is None and after.strip() and looks_like_speaker(after):
            a_start = verb.end() + len(after) - len(after.lstrip())
            speaker = (a_start, a_start + len(after.strip()))
        else:
            continue
        return _quotation_report(text, q, verb.span(), speaker)
    return None


def _cue_sentence_before(text: str, q: Quotation, before: Span, own: Span) -> Report | None:
    """``Iowa State University's Dianne Bystrom agreed. “...”``: a sentence that is only a speaker and a reporting
    verb, right before a sentence that opens with the quotation, is its attribution."""
    if text[own.start : q.span.start].strip() or RE_ANY_QUOTE_MARK.search(text, before.start, before.end):
        return None  # not "''I think ...,'' he said. ''...''": that sentence's own quotation continues
    m = RE_SPEAKER_VERB_SENTENCE.fullmatch(text, before.start, before.end)
    if m is None or m.group("verb").lower() not in lexicons.inflections("reporting_verbs"):
        return None
    subject = _subject_span(text, before.start, m.start("verb"))
    if subject is None or subject[1] < m.start("verb") - 1 or not looks_like_speaker(text[subject[0] : subject[1]]):
        return None
    return _quotation_report(text, q, m.span("verb"), subject)


RE_ANY_QUOTE_MARK = lazy_compile(r"''|[\"“”«»]")
#: A sentence of a subject and a verb only (an adverb or a short adjunct may follow): "Dianne Bystrom agreed." "He
#: explained further." "Sam Lau, the party's spokesman, said in a statement."
RE_SPEAKER_VERB_SENTENCE = lazy_compile(
    r"[^.!?:;\"“”]{1,120}?\s(?P<verb>\p{Ll}+)(?:\s+(?:too|again|further|simply|later|quickly|\p{Ll}+ly))?"
    r"(?:\s++(?:in|on|at|to|via|during)\s++(?:a|an|the|his|her|their)?\s*+[^.!?:;,\"“”]{1,40}?)?\s*+[.]\s*+"
)


def _colon_before(text: str, q: Quotation, marks: str = ":") -> int | None:
    """The offset of the colon (or another of ``marks``) that introduces a direct quotation (over white space,
    which may end the paragraph before), or None."""
    if q.kind is not QuoteKind.DIRECT:
        return None
    colon = q.span.start
    while colon > 0 and text[colon - 1] in " \t\xa0\n\r":
        colon -= 1
    return colon - 1 if colon > 0 and text[colon - 1] in marks else None


#: A digest's lead-in naming the writer of the passage it quotes: "From Josh Feldman writing at Mediaite:".
RE_FROM_WRITER = lazy_compile(
    r"From\s++(?P<np>\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){1,3})\s++(?P<verb>writing|reporting)\b[^:\n]*+"
)


#: Writings a digest quotes from.
_WRITINGS = (
    r"post|statement|tweet|letter|op-ed|column|memo|email|e-mail|speech|remarks|testimony|blog|essay|book|report|"
    r"filing|complaint|ruling|opinion|decision|interview|release|note|message|announcement|study|indictment|lawsuit|"
    r"transcript|editorial|article|story|analysis|order"
)
#: A digest's lead-in naming the writing it quotes from: "From Bush's Facebook post:", "From the report:".
RE_FROM_SOURCE = lazy_compile(
    r"\s*+(?P<from>From)\s++(?:"
    r"(?P<possessor>\p{Lu}[\w.\-]*+(?:\s++\p{Lu}[\w.\-]*+){0,3})['’]s?\s++"
    rf"(?P<noun>(?:[\p{{L}}\-]++\s++){{0,2}}(?:{_WRITINGS}))"
    rf"|(?P<document>(?:the|a|an)\s++(?:[\p{{L}}\-’']++\s++){{0,3}}(?:{_WRITINGS}))"
    r")\s*+"
)


def _colon_lead_in(text: str, q: Quotation, sentences: tuple[Sentence, ...]) -> Report | None:
    """``Mr. Smith shot back: “...”``, ``Perez lobbies for a higher minimum wage: “...”``: a clause with no
    reporting verb whose colon introduces the quotation; its subject speaks, and its predicate is the cue."""
    colon = _colon_before(text, q)
    if colon is None:
        return None
    if RE_ATTRIBUTION_AFTER_QUOTE.match(text, q.span.end):
        return None  # '... of the book: “...,” the pitch on Kickstarter says.': the quotation's own attribution
    clause = next((s.span for s in reversed(sentences[: q.sentence + 1]) if s.span.start <= colon), None)
    if clause is None:
        return None
    writer = RE_FROM_WRITER.fullmatch(text, clause.start, colon)
    if writer is not None and looks_like_speaker(writer.group("np")):
        return _quotation_report(text, q, writer.span("verb"), writer.span("np"))  # "From Josh Feldman writing
        # at Mediaite:": a digest's lead-in, its writer speaks
    source = RE_FROM_SOURCE.fullmatch(text, clause.start, colon)
    if source is not None:
        if source.group("possessor"):  # "From Bush's Facebook post:": its author speaks, the post is the cue
            return _quotation_report(text, q, source.span("noun"), source.span("possessor"))
        return _quotation_report(text, q, source.span("from"), source.span("document"))  # "From the report:"
    subject = sentence_subject(text, clause.start, colon)
    if subject is None:
        subject = _common_noun_subject(text, clause.start, colon)
    np = text[subject[0] : subject[1]] if subject is not None else ""
    if subject is None or np in {"It", "it"} or not looks_like_speaker(np) or not named_in(text, np, subject[0]):
        return None  # not "It seems unfair to tell them: “...”"
    final = RE_FINAL_VERB.search(text, subject[1], colon)
    if final is not None and final.group("verb") in lexicons.inflections("reporting_verbs"):
        longer = _subject_span(text, clause.start, final.start("verb"))
        np = text[longer[0] : longer[1]] if longer is not None else ""
        if longer is not None and longer[0] == subject[0] and (looks_like_speaker(np) or is_signage(np)):
            return _quotation_report(text, q, final.span("verb"), longer)  # "Giant screens hanging over the arena
            # read: “...”": the subject runs to the reporting verb before the colon ("Giant" is no name)
    predicate = RE_PREDICATE.match(text, subject[1], colon)
    if predicate is None or predicate.group("verb").split(None, 1)[0] in _NOT_PREDICATES:
        return None  # not "Signs of momentum were there all along: “...”"
    if predicate.group("verb").split(None, 1)[0] in _COPULAS and _document_head(np):
        return None  # not "The result was clear: “...”": a thing described, no speaker
    if RE_AS_FOLLOWS.search(predicate.group("verb")):
        return None  # "Partial transcript as follows:": a transcript's speakers are its labels, not its heading
    verb = predicate.start("verb")
    grown = _subject_span(text, clause.start, verb)
    speaker = grown if grown is not None and grown[0] == subject[0] else subject
    for later in RE_LATER_SUBJECT.finditer(text, verb, colon):
        speaker, verb = later.span("np"), later.end()  # "The crowd cheers, and then Wallnau continues: “...”"
    return _quotation_report(text, q, _trim(text, verb, colon), speaker)


#: The last word before a lead-in's colon, a verb after a subject of several words: "(screens hanging over the
#: arena) read|:".
RE_FINAL_VERB = lazy_compile(r"(?<=\S\s++)(?P<verb>\p{Ll}++)\s*+$")
#: What may follow a block quotation's cue to the end of its paragraph: "(Hewitt writes):", "(argued) that:".
RE_BLOCK_LEAD_IN_END = lazy_compile(
    r"(?:\s++(?:that|(?i:the\s++following(?:\s++(?:statement|message|words|tweet))?|as\s++follows)))?\s*+:\s*+"
)  # "Hewitt writes:", "... tweeting the following:"
#: The fewest words of a paragraph a block lead-in gives to its speaker.
_MIN_BLOCK_WORDS = 4


#: A transcript's speaker label opening a paragraph: "TAPPER: ", "JAKE TAPPER: ", "SEN. TIM SCOTT: ".
RE_TRANSCRIPT_LABEL = lazy_compile(
    r"(?P<label>\p{Lu}[\p{Lu}.’'\-]++(?:\s++\p{Lu}[\p{Lu}.’'\-]*+){0,3})(?P<colon>:)\s++\S"
)
#: A name in title case as a turn's label: "Santos: ...", "Tribune: ...", "Van Dyke: ...".
RE_NAME_LABEL = lazy_compile(r"(?P<label>\p{Lu}\p{Ll}++(?:\s\p{Lu}\p{Ll}++)?)(?P<colon>:)\s++\S")
#: An interview's question and answer labels: "Q: ...", "A: ...".
RE_INTERVIEW_LABEL = lazy_compile(r"(?P<label>[QA])(?P<colon>:)\s++\S")
#: Labels that open a paragraph as a heading or a note, not as someone's turn.
_NOT_TURN_LABELS = frozenset(
    "update updated email e-mail byline note correction clarification source sources credit photo photos video "
    "watch look boom busted related read more also see editor's note editor’s note disclosure claim claims verdict "
    "rating ruling context background analysis summary takeaway pros cons tip tips warning caution location date "
    "time where when what who why how price cost result results score".split()
)
#: The fewest turns, by at least two speakers, that make a run of labelled paragraphs a transcript.
_MIN_TURNS = 2


def _paragraph_end(sentences: tuple[Sentence, ...], i: int) -> int:
    """The index of the last sentence of sentence ``i``'s paragraph."""
    last = i
    while last + 1 < len(sentences) and sentences[last + 1].paragraph == sentences[i].paragraph:
        last += 1
    return last


def _transcript_turns(text: str, sentences: tuple[Sentence, ...]) -> list[Report]:
    """``TAPPER: Will you accept the results?`` / ``HARRIS: Of course.``: paragraphs opened by a speaker's label
    in capitals, two speakers at least, are a transcript; each turn is its speaker's own words (DIRECT), the
    label the speaker and the colon the cue (as PolNeAR marks them). An interview's ``Q:`` and ``A:`` are such
    labels."""
    turns = []
    for i, sentence in enumerate(sentences):
        if sentence.paragraph < 0 or (i > 0 and sentences[i - 1].paragraph == sentence.paragraph):
            continue  # a turn opens its paragraph
        if not text[sentence.span.start : sentence.span.start + 1].isupper():
            continue  # a cheap test first: a label opens with a capital
        last = _paragraph_end(sentences, i)
        m = RE_TRANSCRIPT_LABEL.match(text, sentence.span.start, sentences[last].span.end)  # ("SEN.| TIM SCOTT:")
        m = m or RE_INTERVIEW_LABEL.match(text, sentence.span.start, sentences[last].span.end)  # "Q:", "A:"
        m = m or RE_NAME_LABEL.match(text, sentence.span.start, sentences[last].span.end)  # "Santos:" (kept below only
        # where each such label opens two turns at least)
        if m is None or m.group("label").lower() in _NOT_TURN_LABELS:
            continue
        if m.group("label").lower() in lexicons.words("headline_labels"):
            continue
        start, end = m.end("colon"), sentences[last].span.end
        while start < end and text[start].isspace():
            start += 1
        if word_count(text, start, end) < 2:
            continue
        turns.append(
            Report(
                content=Span.of(text, start, end), kind=QuoteKind.DIRECT, cue=Span.of(text, *m.span("colon")),
                speaker=Span.of(text, *m.span("label")), paragraph=sentence.paragraph, sentence=i,
                quoted=(Span.of(text, start, end),),
            )
        )
    spoken = [r for r in turns if r.speaker is not None and (r.speaker.text.isupper() or _spoken_turn(r.content.text))]
    labels = collections.Counter(r.speaker.text for r in spoken if r.speaker is not None)
    turns = [r for r in spoken if r.speaker is not None and (r.speaker.text.isupper() or labels[r.speaker.text] >= 2)]
    # (a label in title case counts where it opens two turns of words, not figures: "Santos: ..." and "Tribune: ..."
    # in turn are an interview; not a lone "Warning: ...", nor "Clinton: 49.9%" / "Sanders: 49.6%")
    speakers = {r.speaker.text.split()[-1] for r in turns if r.speaker is not None}
    return turns if len(turns) >= _MIN_TURNS and len(speakers) >= 2 else []


def _spoken_turn(words: str) -> bool:
    """Whether a turn after a label in title case reads as words said (four words at least, not a figure first):
    "No. We can't afford it." is; "49.9 percent" and "1,234 delegates" are not."""
    return word_count(words) >= 4 and not words[:1].isdigit()


def _block_quotations(
    text: str, sentences: tuple[Sentence, ...], quote_chars: QuotedStretches, reports: list[Report]
) -> list[Report]:
    """``Hewitt writes:`` closing a paragraph, then a paragraph with no quotation marks and no report of its own: a
    block quotation (a page sets it indented, with no marks), what the lead-in's subject wrote or said."""
    found = []
    reported = {r.paragraph for r in reports}
    for i, lead in enumerate(sentences[:-1]):
        block = sentences[i + 1]
        if block.paragraph != lead.paragraph + 1 or lead.paragraph < 0 or block.paragraph in reported:
            continue  # the lead-in must close its paragraph, and the next one hold no report of its own
        if not text.endswith(":", lead.span.start, lead.span.end):
            continue  # a cheap test first (sentences, as paragraphs, are spans with no white space at either end)
        verbs = [
            v for v in _verb_matches(text, lead.span.start, lead.span.end) if _outside_quotes(v.start(), quote_chars)
        ]
        if not verbs or not RE_BLOCK_LEAD_IN_END.fullmatch(text, verbs[-1].end(), lead.span.end):
            continue  # not "Watch the full video of his remarks below:"
        verb = verbs[-1]
        speaker = sentence_subject(text, lead.span.start, lead.span.end)
        participle = verb.group().endswith("ing") and text[lead.span.start : verb.start()].rstrip().endswith(",")
        if (
            speaker is None
            or text[speaker[1] : verb.start()].strip() and not participle
            or not looks_like_speaker(text[speaker[0] : speaker[1]])
        ):
            continue  # the subject right before the verb (or the main clause's, before ", tweeting the following:"):
            # not "Nor has he stood idle while China breaks WTO rules:"
        last = _paragraph_end(sentences, i + 1)  # the block's whole paragraph
        start = block.span.start
        end = _without_final_punctuation(text, start, sentences[last].span.end)
        if (
            text[start] in "\"“‘'«<"  # a quotation (read on its own) or markup ("<tweet ...>")
            or quote_chars.overlaps(start, start + 1)
            or word_count(text, start, end) < _MIN_BLOCK_WORDS
        ):
            continue
        found.append(
            Report(
                content=Span.of(text, start, end), kind=QuoteKind.INDIRECT, cue=Span.of(text, *verb.span()),
                speaker=Span.of(text, *speaker), paragraph=block.paragraph, sentence=i + 1,
            )
        )
    return found


def _label_lead_in(text: str, q: Quotation) -> Report | None:
    """``Dan Ruiz: “We are ready.”``: a name alone at the start of its line, then a colon and a whole quotation
    (a live blog's or a list's attribution; a transcript's labels, with no quotation marks, stay unread)."""
    colon = _colon_before(text, q)
    if colon is None:
        return None
    label = RE_LABEL.search(text, max(0, colon - 80), colon)
    if label is None:
        return None
    np = label.group("np")
    if np.lower() in lexicons.words("headline_labels") or np in lexicons.words("time_words"):
        return None  # not "Update: “...”", "Monday: “...”"
    if not np.split()[-1][:1].isupper() or _document_head(np):
        return None  # a name ends the label: not "The result"
    if not looks_like_speaker(np) or not named_in(text, np, label.start()):
        return None
    return _quotation_report(text, q, (colon, colon + 1), label.span("np"))


#: A name alone at the start of a line, up to a colon: "Dan Ruiz", "Union chief Dan Ruiz", "The union's Dan Ruiz".
RE_LABEL = lazy_compile(
    r"(?:^|(?<=\n))[ \t]*+(?:[•*\-–—][ \t]*+)?(?P<np>\p{Lu}[\w.’'\-]*+(?:[ \t]++[\w.’'\-]++){0,5})[ \t]*+$"
)


def _possessive_lead_in(text: str, q: Quotation, sentences: tuple[Sentence, ...]) -> Report | None:
    """``His message: “...”``, ``Bolton’s view: “...”``, ``Her response was blunt: “...”``: a speech noun and its
    possessor before the colon that introduces a whole quotation; the possessor speaks and the noun is the cue."""
    colon = _colon_before(text, q, "?:")
    if colon is None:
        return None
    clause = next((s.span for s in reversed(sentences[: q.sentence + 1]) if s.span.start <= colon), None)
    start = clause.start if clause is not None and clause.start <= colon else max(0, colon - 119)
    if text[colon] == "?" and text[start:colon].count(" ") > 3:
        return None  # only a short lead-in asks and answers itself: "The mayor's response? “...”"
    m = (
        RE_POSSESSIVE_LEAD_IN.search(text, start, colon)
        or RE_FOR_LEAD_IN.match(text, start, colon)
        or RE_NOUN_FROM_LEAD_IN.match(text, start, colon)
    )
    if m is None:
        return None
    before = text[start : m.start()].rstrip()
    if before and not before.endswith((",", ";", "—", "–")) and before.split()[-1] not in {"and", "but", "so"}:
        return None  # not "It was, in his words: ..." (the possessor opens the clause, or follows a comma)
    return _quotation_report(text, q, m.span("noun"), m.span("possessor"))


#: Nouns for what someone said, which credit a quotation to its speaker: "His message: “...”", "That was the
#: verdict of ...".
_SPEECH_NOUNS = (
    r"message|response|reply|answer|warning|verdict|advice|view|take|remark|comment|explanation|argument|retort|"
    r"pitch|promise|plea|words?|assessment|conclusion|prediction|defen[cs]e|rationale|reasoning|summary|diagnosis|"
    r"prescription|instructions?|orders?|demand|appeal|slogan|motto|mantra|refrain|vow|pledge|reaction|opinion|"
    r"sentiment|assurance|boast|complaint"
)
#: A possessor and a speech noun ending a clause before a colon: "His message", "Bolton’s view", "Her answer was
#: simple", "The mayor's response was blunt".
RE_POSSESSIVE_LEAD_IN = lazy_compile(
    r"(?<![\w’'.\-])(?P<possessor>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?=\s)|\p{Lu}[\w.\-]*+(?:\s++\p{Lu}[\w.\-]*+){0,3}(?=['’]s?\s)"
    r"|[Tt]he\s++(?:\p{Ll}[\p{Ll}\-]*+\s++){0,2}\p{Ll}[\p{Ll}\-]*+(?=['’]s?\s))"
    rf"(?:['’]s?)?\s++(?:(?:\p{{Ll}}[\p{{Ll}}\-]*+)\s++)?(?P<noun>{_SPEECH_NOUNS})"
    r"(?:\s++(?:to|for)\s++(?:\p{Ll}++\s++){0,2}\p{Ll}++)?"  # "Her message to voters (was simple)"
    r"(?:\s++(?:was|is|has\s++been|had\s++been)(?:\s++\p{Ll}++){0,2})?\s*+$"
)
#: A speech noun and whose it is, opening the sentence before the colon: "The response from the governor's
#: office", "The verdict of the panel was blunt".
RE_NOUN_FROM_LEAD_IN = lazy_compile(
    r"\s*+(?:(?:And|But|So)\s++)?[Tt]he\s++(?:\p{Ll}[\p{Ll}\-]*+\s++)?"
    rf"(?P<noun>{_SPEECH_NOUNS})\s++(?:from|of)\s++(?P<possessor>[\p{{L}}\d][^,;:!?\"“”\n]{{1,80}}?)"
    r"(?:\s++(?:was|is)(?:\s++\p{Ll}++){0,2})?\s*+$"
)
#: "For" and a full name opening the sentence, then a speech noun before the colon: "For Jane Doe, the answer is
#: simple" (not "For Democrats, the message was clear", the message to them).
RE_FOR_LEAD_IN = lazy_compile(
    r"\s*+For\s++(?P<possessor>\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){1,3}),\s++the\s++(?:\p{Ll}[\p{Ll}\-]*+\s++)?"
    rf"(?P<noun>{_SPEECH_NOUNS}|solution|lesson)(?:\s++(?:is|was)(?:\s++\p{{Ll}}++){{0,2}})?\s*+$"
)
#: A short noun phrase and a present or past "says" right after a quotation, ending the sentence.
RE_ATTRIBUTION_AFTER_QUOTE = lazy_compile(
    r"\s++(?:[\w’'.\-]++\s++){1,6}?(?:says|said|writes|wrote|reads|read|adds|added|notes|noted)\s*+[.!?]"
)
#: A later clause's subject in a lead-in, which speaks the quotation after the colon: "She became upset, so that I
#: had to change my answer:", "The crowd cheers, and then Wallnau continues:".
RE_LATER_SUBJECT = lazy_compile(
    r"(?:\bthat|,\s++and(?:\s++then)?|\band\s++then)\s++"
    r"(?P<np>I|he|she|they|we|\p{Lu}[\w’'\-]++(?:\s++\p{Lu}[\w’'\-]++){0,2})\s++(?=\p{Ll})"
)
RE_AS_FOLLOWS = lazy_compile(r"\bas\s++follows\s*+$")
_COPULAS = frozenset("is was are were seems seemed became".split())


def _document_head(phrase: str) -> bool:
    """Whether a phrase's head noun names a document or a finding ("The result", "the poll")."""
    return lexicons.table("speaker_kinds").get(singular(head_noun(phrase).lower())) == "document"


_NOT_PREDICATES = frozenset("of in at on for from with by to and or the a an".split())
#: What follows a lead-in's subject up to its colon: an appositive set off by commas, then a predicate that
#: opens with a lower-case word ("then listed the qualities", not ", said Cruz" or a second sentence).
RE_PREDICATE = lazy_compile(r"(?:,[^,:;\"“”]{1,80},)?\s++(?P<verb>\p{Ll}[^:;\"“”]*+)$")


def _what_named(text: str, q: Quotation) -> Report | None:
    """``what X called “...”``: the quotation is X's name for it, "called" its cue ("As America prepares for what
    Newt Gingrich called “the loudest ... election in modern history,” ...")."""
    m = RE_WHAT_NAMED.search(text, max(0, q.span.start - 120), q.span.start)
    if m is None or not looks_like_speaker(m.group("np")):
        return None
    return _quotation_report(text, q, m.span("cue"), m.span("np"))


def _quotation_report(text: str, q: Quotation, cue: tuple[int, int], speaker: tuple[int, int]) -> Report:
    """The report of a whole quotation whose cue and speaker stand outside its sentence frames."""
    return Report(
        content=q.span, kind=q.kind, cue=Span.of(text, *cue), speaker=Span.of(text, *speaker),
        paragraph=q.paragraph, sentence=q.sentence, quoted=q.parts,
    )


RE_JOINER = lazy_compile(r"[\s,;:]*+(?:(?:but|and|while|as|so|though|although|whereas)\b[\s,]*+)*")


def _after_reports(text: str, report: Report, q: Quotation, reports: list[Report]) -> Report:
    """An uncued fragment's content (its sentence) without the part an earlier report of the sentence (one of
    ``reports``, the sentence's cued reports) holds: `“You winning?” she said, but as Trump went on about “how the
    system is rigged,” ...`."""
    start, end = report.content.start, report.content.end
    for r in reports:
        begins = min(r.content.start, *(x.start for x in (r.cue, r.speaker) if x is not None))
        if begins >= q.span.end and not _parenthetical(text, q, r):
            end = min(end, begins)  # "“...,” Smith attacked the outsiders, saying ...": the report after it
        elif r.content.start < report.content.end:
            start = max(start, _reported_end([r]))
    if (start, end) == (report.content.start, report.content.end):
        return report
    start = RE_JOINER.match(text, start).end()  # type: ignore[union-attr]  # always matches
    end = _trim(text, q.span.start, end)[1]
    if start > q.span.start:
        return report
    return attrs.evolve(report, content=Span.of(text, start, max(end, q.span.end)))


def _parenthetical(text: str, q: Quotation, r: Report) -> bool:
    """ '... means “he must be doing something right,” she says, “but ...”': an attribution right after the
    quotation, set in the sentence it reports."""
    return (
        r.speaker is not None
        and r.cue is not None
        and text[q.span.end : r.speaker.start].strip(" ,") == ""
        and text[r.speaker.end : r.cue.start].strip() == ""
    )


def _signed(text: str, q: Quotation) -> Report | None:
    """``“... He represents our greatest shame.” ― Sonya Herridge``: a quotation of several sentences signed
    after a dash at the end of its line."""
    if q.kind is not QuoteKind.DIRECT:
        return None
    line_end = text.find("\n", q.span.end, q.span.end + 120)
    line_end = line_end if line_end != -1 else min(len(text), q.span.end + 120)
    m = RE_DASH_SIGNATURE.match(text, q.span.end, line_end)
    if m is None and not text[q.span.end : line_end].strip() and _alone_on_its_line(text, q.span.start):
        # a digest's signature on the next line: "“...”\n\n-Michelle Marks, Philadelphia."
        m = RE_SIGNATURE_LINE.match(text, line_end)
    if m is None or not looks_like_speaker(m.group("speaker")):
        return None
    return _quotation_report(text, q, m.span("dash"), m.span("speaker"))


def _credited_after(text: str, q: Quotation) -> Report | None:
    """``“We have to act now.” That was the message from Gov. Gavin Newsom on Tuesday.``: a quotation that ends its
    sentence, credited by the sentence after it (or by the words after a dash: ``“...” — that's how X put it.``)."""
    if q.kind is not QuoteKind.DIRECT:
        return None
    if RE_CLOSING_STOP.search(text, max(0, q.span.end - 3), q.span.end):
        m = RE_CREDITED_AFTER.match(text, q.span.end, q.span.end + _CREDIT_SPAN)  # (bounded: a match from an offset
        # reads to the end of the text otherwise)
    elif RE_CLOSING_COMMA.search(text, max(0, q.span.end - 3), q.span.end):
        m = RE_CREDITED_IN_SENTENCE.match(text, q.span.end, q.span.end + _CREDIT_SPAN)  # '“...,” was the answer
        # from the governor's office.'
    else:
        m = RE_CREDITED_AFTER_DASH.match(text, q.span.end, q.span.end + _CREDIT_SPAN)  # '“...” — that's how one
        # resident summed up the mood.'
    if m is None or not looks_like_speaker(m.group("speaker")):
        return None
    return _quotation_report(text, q, m.span("cue"), m.span("speaker"))


#: The most characters the sentence crediting a quotation may run to.
_CREDIT_SPAN = 400
#: A full stop, a question or an exclamation mark, inside a quotation's closing mark or before it.
RE_CLOSING_STOP = lazy_compile(r"[.!?][\"”’']?$")
#: A comma inside a quotation's closing mark or before it.
RE_CLOSING_COMMA = lazy_compile(r",[\"”’']?$")
#: The end of a sentence that credits a quotation: a full stop that closes no title ("Gov.") or initial.
_CREDIT_END = r"\s*+(?<!\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|St|Mt|Ft|\p{Lu}))[.!](?:\s|$)"
#: The verbs of "(That was) how X put it", "(that's how X) summed up (the mood)".
_HOW_PUT_VERBS = r"(?P<cue>put|puts|described|describes|summed\s++up|sums\s++up|phrased|explained|explains)"
#: The rest of a quotation's sentence saying whose words they were: "(“...,”) was the answer from X.", "(“...,”)
#: came the reply from X."
RE_CREDITED_IN_SENTENCE = lazy_compile(
    r"\s++(?:was|came)\s++(?:the\s++)?(?:\p{Ll}[\p{Ll}\-]*+\s++){0,2}?"
    rf"(?P<cue>{_SPEECH_NOUNS})\s++(?:from|of)\s++(?P<speaker>[\p{{L}}\d][^;:!?\"“”\n]{{0,150}}?)"
    + _CREDIT_END
)
#: The sentence after a quotation that says whose words they were: "That was the message from X", "Those were the
#: words of X", "That's the view of X", "That was how X put it".
RE_CREDITED_AFTER = lazy_compile(
    r"[ \t]*+(?:\n[ \t]*+)?(?:"
    r"(?:(?:That|This)(?:['’]s|\s++(?:was|is))|(?:Those|These)\s++(?:were|are))\s++"
    rf"(?:the\s++)?(?:\p{{Ll}}[\p{{Ll}}\-]*+\s++){{0,2}}?(?P<cue>{_SPEECH_NOUNS})\s++(?:from|of)\s++"
    r"(?P<speaker>[\p{L}\d][^;:!?\"“”\n]{0,150}?)"
    r"|(?:That|This)(?:['’]s|\s++(?:was|is))\s++how\s++(?P<speaker>\p{L}[^;:!?\"“”\n]{0,100}?)\s++"
    + _HOW_PUT_VERBS
    + r"\s++it(?:\s[^;:!?\"“”\n]{0,60}?)?"  # "That was how Mayor Jane Doe put it on Monday."
    + r")"
    + _CREDIT_END  # (not "Gov.")
)

#: A dash after a quotation and the words that credit it: "(“...”) — that's how one resident summed up the mood.",
#: "(“...”) -- that was how Mayor Jane Doe described it."
RE_CREDITED_AFTER_DASH = lazy_compile(
    r"\s*+(?:[—–―]|--)\s*+(?:that|this)(?:['’]s|\s++(?:was|is))\s++how\s++"
    r"(?P<speaker>\p{L}[^;:!?\"“”\n]{0,100}?)\s++"
    + _HOW_PUT_VERBS
    + r"\s++(?:it|(?:the|his|her|their|its)\s++\p{Ll}++)(?:\s[^;:!?\"“”\n]{0,60}?)?"
    + _CREDIT_END
)


def _alone_on_its_line(text: str, start: int) -> bool:
    """Whether nothing but white space stands before ``start`` on its line."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


#: A line that is only a dash and a signature, after blank lines: "-Michelle Marks, Philadelphia."
RE_SIGNATURE_LINE = lazy_compile(
    r"\n\s*+(?P<dash>[—–―]|--?)\s*+(?P<speaker>\p{Lu}[^.;:!?\"“”\n]{1,80}?)\s*+[.]?[ \t]*+(?=\n|$)"
)


def _merge_continuations(text: str, reports: list[Report], sentence_starts: list[int]) -> list[Report]:
    """A quote with no cue of its own that follows a cued direct quote, in the same paragraph or the next one,
    continues it (the newswire convention PolNeAR annotates as one content)."""
    out: list[Report] = []
    last_paragraph = -1  # the paragraph the previous report's content ends in
    for r in reports:
        prev = out[-1] if out else None
        second = prev is not None and len(out) >= 2 and _second_report_of_quote(text, out[-2], prev, r)
        if second and _continues(text, out[-2], r, last_paragraph, sentence_starts):
            out[-2] = _merged(text, out[-2], r)  # '“A,” Carson told the AP after hinting that “personnel changes”
            # could come. “B.”', '“A,” he said, adding that C. “B.”': the quotation goes on past its attribution
        elif prev is not None and _continues(text, prev, r, last_paragraph, sentence_starts):
            out[-1] = _merged(text, prev, r)
        else:
            out.append(r)
        last_paragraph = r.paragraph
    return out


def _continues(text: str, prev: Report, r: Report, last_paragraph: int, sentence_starts: list[int]) -> bool:
    """Whether the uncued direct quote ``r`` goes on with the cued quote ``prev``."""
    return (
        r.cue is None
        and r.kind is QuoteKind.DIRECT
        and prev.cue is not None
        and (prev.kind is not QuoteKind.INDIRECT or _closes_on_quoted_words(text, prev, r))
        and not _DASHES.issuperset(prev.cue.text)  # "“...” ― Sonya Herridge" ends its quotation
        and r.paragraph - last_paragraph in (0, 1)
        and not _attributed_between(text, prev, r)
        and (r.paragraph == last_paragraph or not _led_in(text, r))
        and not another_person_acts(text, prev.content.end, r.content.start, sentence_starts)
    )


def _attribution_end(report: Report) -> int:
    """Where a report's content, cue and speaker end, whichever is last."""
    return max(span.end for span in (report.content, report.cue, report.speaker) if span is not None)


def _merged(text: str, prev: Report, r: Report) -> Report:
    """``prev`` with the quote ``r`` that continues it."""
    return attrs.evolve(
        prev,
        content=Span.of(text, prev.content.start, r.content.end),
        kind=QuoteKind.MIXED if prev.kind is QuoteKind.INDIRECT else prev.kind,
        quoted=prev.quoted + r.quoted,
    )


def _second_report_of_quote(text: str, quote: Report, second: Report, r: Report) -> bool:
    """Whether ``second`` is a participle's report of a direct quote's speaker inside the quote's attribution
    (after the quotation, in its sentence), right before the quote ``r``: "(“A,”) Carson told the AP after hinting
    that ...(. “B.”)"."""
    return (
        quote.kind is QuoteKind.DIRECT
        and quote.cue is not None
        and quote.speaker is not None
        and second.cue is not None
        and second.cue.text.endswith("ing")
        and second.speaker == quote.speaker
        and second.kind is QuoteKind.INDIRECT
        and second.sentence == quote.sentence
        and quote.content.end <= quote.cue.start < second.content.start
        and not text[second.content.end : r.content.start].strip(" .")
    )


def _closes_on_quoted_words(text: str, prev: Report, r: Report) -> bool:
    """Whether a reported content before its cue ends on a few quoted words and the quote after it, in the same
    paragraph, goes on in the speaker's words: 'The program was a "good thing" that yielded "frankly good
    information," he remarked. "And I think ..."' (one MIXED content, as PolNeAR annotates it)."""
    return (
        prev.cue is not None
        and prev.content.end <= prev.cue.start
        and (text[prev.content.end - 1] in _CLOSING_DOUBLE_MARKS or text.endswith("''", 0, prev.content.end))
        and r.paragraph == prev.paragraph
    )


#: Closing double quotation marks (and "''", the closing mark of the New York Times' archive text).
_CLOSING_DOUBLE_MARKS = "\"”»"


def _led_in(text: str, r: Report) -> bool:
    """Whether words of the writer's open the paragraph before the quote ("The result was clear: “...”"): such a
    quote does not continue the quotation of the paragraph before."""
    line_start = text.rfind("\n", 0, r.content.start) + 1
    return bool(RE_WORDS_BEFORE_QUOTE.search(text, line_start, r.content.start))


#: A word (not markup or a bullet) before a quote on its line.
RE_WORDS_BEFORE_QUOTE = lazy_compile(r"\p{L}{2,}")


def _attributed_between(text: str, prev: Report, r: Report) -> bool:
    """Whether the later quote's paragraph opens with words of its own that hold a reporting verb: "Another
    commenter said, “...”" attributes that quote, even where no frame read it."""
    after = _attribution_end(prev)
    opening = text.rfind("\n", after, r.content.start) + 1
    return opening > 0 and bool(_verb_matches(text, opening, r.content.start))


def _read_sentence(scope: Scope, layout: object) -> list[Report]:
    """A sentence's reports: a cue phrase's (according to, quoted as saying, a signature, a label, an inverted
    lead-in) if one fits; else the question put to the speaker, if any, and the reports of its verbs."""
    text = scope.text
    start, end = _sentence_body(text, scope.sentence, layout)
    if end - start < 3:
        return []
    for frame in (
        _according_to, _as_reported, _quoted_as_saying, _in_words, _dash_attribution, _dash_colon_lead_in,
        _inverted_lead_in, _all_they_would_say,
    ):
        report = frame(scope, start, end)
        if report is not None:
            reports = _with_participles(scope, [report], end, start)
            rest = _reported_end(reports)
            if RE_CONTRAST.match(text, rest, end):  # "..., according to the guidelines, though experts said ..."
                reports += _later_reports(scope, rest, end, contrast=True)
            return reports
    question = None
    if "sked " in text[start:end]:  # a cheap test first
        question = asked_question(scope, start, end)
    body = start
    if question is not None and question.cue is not None and RE_LEADING_WHEN.fullmatch(text, start, question.cue.start):
        body = RE_JOINER.match(text, question.content.end).end()  # type: ignore[union-attr]  # always matches
    reports = _verb_reports(scope, body, end)
    reports += [  # "Trump's claim that ...": a claim named by a noun (also inside another report's content:
        # "Critics cited Clinton's promise to ...", PolNeAR's nested attribution), unless a report has that cue
        c for c in possessive_claims(scope, body, end) if all(r.cue != c.cue for r in reports)
    ]
    if question is not None and not any(
        r.content.start < question.content.end and question.content.start < r.content.end for r in reports
    ):
        reports.insert(0, question)  # "Asked whether he would run, Smith said ...", "..., he said when asked if ..."
    if not reports and "eportedly" in text[start:end]:  # a cheap test first
        reported = _reportedly(scope, start, end)
        reports = [reported] if reported is not None else []
    heard = court_heard(scope, body, end)
    if heard is not None:  # "The court heard that Hughes told police ...": what the hearing heard, and the
        # reports inside it
        reports = [heard, *(r for r in reports if r.content.start >= heard.content.start)]
    return reports


def _reportedly(scope: Scope, start: int, end: int) -> Report | None:
    """``The Club for Growth is reportedly spending $1.5 million ...``: a sentence that credits what it says to
    reports it does not name; its cue "reportedly", no speaker."""
    m = RE_REPORTEDLY.search(scope.text, start, end)
    if m is None or not _outside_quotes(m.start(), scope.quote_chars) or word_count(scope.text, start, end) < 4:
        return None
    return scope.report((start, end), m.span(), None)


#: The adverb that credits a sentence to unnamed reports.
RE_REPORTEDLY = lazy_compile(r"(?<![\w’'\-])[Rr]eportedly\b")


def _relatives_in_speakers(scope: Scope, found: list[Report]) -> list[Report]:
    """The sentence's reports, and those of relative clauses inside their speakers' mentions ('“...,” said X, who
    said Y.') where the sentence's reports leave them unread (not "Barkley, who said he votes Democratic, said ...":
    read already); a mention whose relative clause reports ends before it, the clause an attribution of its own
    (as PolNeAR marks it: the source "Army Capt. Christian Pardo", not "..., who said he would not vote")."""
    outer, inner = [], []
    for report in found:
        r = relative_in_speaker(scope, report)
        if r is not None:
            assert report.speaker is not None and r.speaker is not None  # a relative clause inside the mention
            end = report.speaker.start + len(scope.text[report.speaker.start : r.speaker.start].rstrip(" ,—–―-"))
            report = attrs.evolve(report, speaker=Span.of(scope.text, report.speaker.start, end))
            if all(f.cue != r.cue for f in found):
                inner.append(r)
        outer.append(report)
    return outer + inner


def _verb_reports(scope: Scope, start: int, end: int) -> list[Report]:
    """The reports the sentence's reporting verbs frame, with a participle's second report and a second
    attribution of a quotation after the first ('“...,” Axelrod tweeted after Clinton argued that “...”')."""
    found = _verb_frames(scope, start, end)
    if not found:
        return []
    reports = _with_participles(scope, found, end, start)
    reports += _relatives_in_contents(scope, reports)
    opening = _opening_participle(scope, reports[0], start, end)
    if opening is not None:
        reports.insert(0, opening)
    rest = _reported_end(reports)
    if word_count(scope.text, rest, end) >= 4:
        main = _main_after_aside(scope, reports[-1], start, rest, end)
        if main is not None:
            return [*reports, *_with_participles(scope, [main], end, rest)]
        contrast = (
            RE_CONTRAST.match(scope.text, rest, end) is not None  # "..., while other voters said ..."
            or (reports[-1].speaker is not None and restrictive_who(scope.text, reports[-1].speaker))
            # "Among nurses who said they would leave, three in four described ...": the main clause reports too
            or RE_LEADING_CONCESSIVE.match(scope.text, start) is not None  # "While Comey has said ..., X said ..."
            or subject_and_report(scope.text, reports[-1].content.start, end) == reports[-1].content.end
            # "Following the report, which concluded that ..., Clinton's campaign contended ...", "The memo notes
            # ..., and it says ...": a content ends where a clause's subject and reporting verb follow
        )
        more = _later_reports(scope, rest, end, contrast=contrast)
        if more:
            return reports + more + _chained_reports(scope, more, end)
    outer = _outer_attribution(scope, reports[0], start, rest, end)
    return [*reports, outer] if outer is not None else reports


def _opening_participle(scope: Scope, first: Report, start: int, end: int) -> Report | None:
    """The report of a reporting participle that opens the sentence, whose speaker is the main clause's: "Noting
    that both Reagan and Trump battled the media, Schlafly said ..." (Schlafly noted it)."""
    m = RE_OPENING_PARTICIPLE.match(scope.text, start, end)
    if m is None or first.speaker is None or first.speaker.start <= m.end():
        return None
    comma = scope.text.rfind(",", m.end(), first.speaker.start)
    if comma == -1 or scope.text[comma + 1 : first.speaker.start].strip() or word_count(scope.text, m.end(), comma) < 3:
        return None  # the main clause's subject right after the participle's clause
    adverb = RE_TRAILING_ADVERB.search(scope.text, m.end(), comma)
    content_end = adverb.start() if adverb is not None else comma  # ("..., though, Allen did suggest")
    return scope.report((m.end(), content_end), m.span("cue"), (first.speaker.start, first.speaker.end))


#: A connective adverb set off at the end of an opening clause: "(Acknowledging that ...), though".
RE_TRAILING_ADVERB = lazy_compile(r"(?:,|(?<=,[”\"’]))\s*+(?:though|however|too|also|of\s++course)\s*+$")


#: A reporting participle opening a sentence, and its "that": "Noting that ...", "Arguing ...".
RE_OPENING_PARTICIPLE = lazy_compile(
    r"\s*+(?P<cue>(?:Noting|Arguing|Insisting|Claiming|Warning|Acknowledging|Stressing|Explaining|Asserting|"
    r"Contending|Pointing\s++out|Suggesting|Predicting))\s++(?:that\s++)?(?=\S)"
)


def _relatives_in_contents(scope: Scope, reports: list[Report]) -> list[Report]:
    """The reports of object relative clauses inside reported contents: "Trump cited Obama's policies, which he
    said had harmed the economy" (PolNeAR marks the nested attribution too)."""
    nested = []
    for report in reports:
        m = RE_RELATIVE_PRONOUN_REPORT.search(scope.text, report.content.start, report.content.end)
        if m is None or not _outside_quotes(m.start(), scope.quote_chars):
            continue
        inner = _verb_frames(scope, m.start(), report.content.end)
        if inner and inner[0].cue is not None and m.start("verb") == inner[0].cue.start:
            found = inner[0]
            close = RE_QUOTED_NAME_CLOSE.match(scope.text, found.content.start, found.content.end)
            if close is not None and close.end() < found.content.end:  # 'whom she described as "volatile,"| with
                found = attrs.evolve(found, content=Span.of(scope.text, found.content.start, close.end() - 1))
                # unusual force': the quoted name ends the relative clause
            nested.append(found)
    return nested


#: A short quoted name and the comma inside its closing mark: '"volatile,"', '“a cartel,”'.
RE_QUOTED_NAME_CLOSE = lazy_compile(r"(?:''|[\"“])[^\"“”]{1,60}?,(?:''|[\"”])\s")


#: An object relative clause whose pronoun subject reports the predicate after it: "(policies,) which he said (had
#: harmed the economy)".
RE_RELATIVE_PRONOUN_REPORT = lazy_compile(
    r"(?<=,\s++|\s)(?:which|that|who|whom)\s++(?:he|she|they|it|we|I)\s++(?P<verb>said|says|say|claimed|claims|"
    r"insisted|insists|argued|argues|believed|believes|called|calls|described|describes|dubbed|labeled|labelled|termed)"
    r"\s++(?=\p{Ll}|[\"“]|'')"  # ("which he called “a cartel for higher education”")
)


def _later_reports(scope: Scope, rest: int, end: int, *, contrast: bool) -> list[Report]:
    """The reports of the verbs after ``rest`` (where the reports before end, past a joining "and", "but" ...):
    all of them after a contrasting clause, else only those that frame a quotation."""
    after = RE_JOINER.match(scope.text, rest).end()  # type: ignore[union-attr]  # always matches
    more = [r for r in _verb_frames(scope, after, end) if r.quoted or contrast]
    return _with_participles(scope, more, end, rest) if more else []


def _chained_reports(scope: Scope, reports: list[Report], end: int) -> list[Report]:
    """The third and later speakers of a chain of contrasting reports ("38 percent said ..., 40 percent said ...
    and 20 percent said ..."), each read up to the next joiner only, so that a sentence of any length is read once."""
    text = scope.text
    chained: list[Report] = []
    rest = _reported_end(reports)
    while word_count(text, rest, min(end, rest + 200)) >= 4 and (joiner := RE_CONTRAST.match(text, rest, end)):
        if len(chained) >= _MAX_CHAINED:
            return [*chained[:-1], _to_the_end(scope, chained[-1], end)]
        following = RE_CONTRAST.search(text, joiner.end(), end)
        more = _later_reports(scope, rest, following.start() if following is not None else end, contrast=True)
        if not more or _reported_end(more) <= rest:
            break
        chained += more
        rest = _reported_end(more)
    return chained


#: The most reports a chain of contrasting reports reads one by one; prose holds a handful.
_MAX_CHAINED = 16


def _to_the_end(scope: Scope, report: Report, end: int) -> Report:
    """``report`` with its content running to ``end``: the rest of a "sentence" of more chained reports than prose
    holds (a megabyte with no full stop), kept whole rather than read report by report or dropped."""
    if report.cue is None or report.cue.start >= report.content.start:
        return report
    speaker = (report.speaker.start, report.speaker.end) if report.speaker is not None else None
    widened = scope.report((report.content.start, end), (report.cue.start, report.cue.end), speaker)
    return widened if widened is not None else report


def _outer_attribution(scope: Scope, first: Report, start: int, rest: int, end: int) -> Report | None:
    """The attribution after a sentence whose subject reports: in "Smith claimed he had been framed, his lawyer
    told reporters." the lawyer reports Smith's claim (PolNeAR marks both)."""
    if first.cue is None or first.speaker is None:
        return None
    if first.speaker.start != start or first.cue.start < first.speaker.end:
        return None  # only a report whose subject opens the sentence
    trailing = RE_TRAILING_ATTRIBUTION.search(scope.text, rest, end) or RE_INVERTED_TRAILING_ATTRIBUTION.search(
        scope.text, rest, end
    )  # "..., his lawyer told reporters.", "..., said a spokesman."
    if trailing is None or not looks_like_speaker(trailing.group("np")):
        return None
    if scope.quote_chars.overlaps(rest, trailing.start()) and scope.text[rest : trailing.start()].strip(",”\"’' "):
        return None  # a quotation between the first report and the attribution may be attributed on its own
    if any(
        first.cue.end <= q.span.start < rest and RE_SENTENCE_END_BEFORE.search(scope.text, start, q.span.start)
        for q in scope.quotations
    ):
        return None  # '... “less likely to be criminals.”“Your facts are wrong,” Ramos wrote.': a new sentence
    again = trailing.group("np").lower() in _PERSONAL_PRONOUNS or trailing.group("np").split()[-1] in first.speaker.text
    if again and any(first.cue.end <= q.span.start and rest - 2 <= q.span.end <= trailing.start()
                     for q in scope.quotations):
        return None  # 'DuVernay said she felt ... because “most people don’t know,” she said.': the same speaker's
        # attribution of the quotation, said again
    verb = trailing.span("verb")
    cue = (verb[0], verb[0] + len(trailing.group("verb").split()[0]))
    return scope.report((start, trailing.start()), cue, trailing.span("np"))


_PERSONAL_PRONOUNS = frozenset(["he", "she", "they", "i", "we", "it"])
#: The end of a sentence right before a quotation, the segmentation having missed it (no space after it).
RE_SENTENCE_END_BEFORE = lazy_compile(r"[.!?][\"”’']*+$")


def _main_after_aside(scope: Scope, aside: Report, start: int, rest: int, end: int) -> Report | None:
    """The main clause's report after a relative aside that reports: "Barkley, who said he votes Democratic, said
    one candidate he likes is Kasich" (its speaker is the subject with the aside)."""
    if aside.speaker is None or aside.cue is None:
        return None
    if not reports_in_aside(scope.text, aside.speaker.text, aside.cue.start, aside.cue.text):
        return None
    back = RE_BACK_TO_COMMA.search(scope.text, max(0, rest - 4), rest)
    main = RE_MAIN_VERB_AFTER_ASIDE.match(scope.text, back.start() if back is not None else rest, end)
    verbs = _verb_matches(scope.text, rest, main.end()) if main is not None else []
    if not verbs:
        return None
    found = _speaker_first(scope.text, start, end, verbs[-1], scope.quote_chars)
    if found is None or found[1] is None:
        return None
    cue = (cue_start(scope.text, found[1][1], verbs[-1].start()), verbs[-1].end())
    return scope.report(found[0], cue, found[1])


RE_LEADING_WHEN = lazy_compile(r"(?:[Ww]hen\s++)?")
#: Back over the comma and the quotation mark that close an aside's quotation (",''"), if the content ends so.
RE_BACK_TO_COMMA = lazy_compile(r"(?:,(?:''|[\"”’]))?$")
#: A sentence opening with a concessive or temporal clause, whose report leaves the main clause's to follow: "While
#: Comey has said ..., Lewandowski said ...", "When the moderator pointed out ..., the candidate said ...", "Just
#: days before ..., the company said ...".
RE_LEADING_CONCESSIVE = lazy_compile(
    r"(?:(?:But|And|Yet|So)\s++(?=even\s))?(?:[Ee]ven\s++(?:as|though|if|when|while)(?=\s)"  # "(But) even as"
    r"|While|Though|Although|Whereas|When|After|Before|As|Since|Because|Once|"
    + RE_TIMED_SUBORDINATOR.pattern
    + r")\s"
)
#: A contrasting clause after a report, with a report of its own: ", while other voters said ...", ", though Mrs.
#: Fiorina said ...".
RE_CONTRAST = lazy_compile(
    r"(?<!\s)(?:"  # (from where the words before end: one try per run of white space, not one per character)
    r"(?:\s*+,|(?<=,(?:''|[\"”’])))\s*+(?:while|whereas|though|although|even\s++though)\s"
    rf"|\s++(?:while|whereas)\s++(?=(?:{CONTRAST_SUBJECT}|(?:he|she|they)\s++){SECOND_REPORT_VERB})"
    rf"|(?:\s*+,)?\s++(?:but|and)\s++(?=(?:{CONTRAST_SUBJECT}){SECOND_REPORT_VERB})"
    rf"|(?:\s++(?:in|on|last|this|early|late)\s++\p{{Lu}}\p{{Ll}}++)?"  # ("said in August after ...")
    rf",?\s++(?:after|before|when|because|since|once)\s++(?=(?:{CONTRAST_SUBJECT}|(?:he|she|they)\s++)"
    rf"{SECOND_REPORT_VERB})"  # "..., Trump said after Nabisco announced it was ...": the circumstance's report
    # "..., but Jones said ...", "..., and council members said ...", "... while critics argued ...": a second
    # speaker's report
    r"|\s*+;\s"  # "53% describe themselves as liberal; 26% say they are conservative"
    r"|,?\s++with\s++(?=(?:[\w’'%\-]++\s++){1,5}?\p{Ll}+ing\b)"  # "..., with three in 10 saying ..."
    r"|,?\s++(?:compared\s++(?:with|to)|versus|vs\.)\s++(?=(?:[\w’'%\-]++\s++){1,5}?who\s)"
    # "..., compared with 64 percent who say ...": a poll's second share, its report of its own
    r")"
)


def _reported_end(reports: list[Report]) -> int:
    """Where the last of a sentence's reports ends: its content, cue or speaker, whichever comes last."""
    return max(max(r.content.end, *(s.end for s in (r.cue, r.speaker) if s is not None)) for r in reports)


def _with_participles(scope: Scope, found: list[Report], end: int, start: int) -> list[Report]:
    """The reports, refined by the parse where there is one, and the second report a participle after the last
    one makes (", adding that ...")."""
    if scope.words is not None:
        found = [refine_with_parse(scope.text, r, scope.words, start) for r in found]
    return [*found, *_participles(scope, found[-1], end)]


#: Markup, white space, invisible characters and list bullets before a sentence's words ("<p>", a zero-width
#: space, "~ ", "• ").
RE_LEADING_JUNK = lazy_compile(
    r"(?:</?[A-Za-z][^<>]{0,200}>|[\s\p{C}]|[~•·▪■►*](?=\s)"
    r"|\d{1,2}:\d{2}\s*+(?:[ap]\.m\.|[AaPp]\.?[Mm]\.?)?(?:\s++[A-Z]{2,4})?\s++[—–―-]{1,2}(?=\s))*+"
)  # also a live blog's time stamp: "9:40 a.m. — More than 300,000 customers ..."


def _sentence_body(text: str, sentence: Sentence, layout: object) -> tuple[int, int]:
    """The sentence without a leading dateline and without its final punctuation."""
    start, end = sentence.span.start, sentence.span.end
    dateline = getattr(layout, "dateline", None)
    if dateline is not None and start <= dateline.span.start < end:
        start = dateline.span.end
    start = RE_LEADING_JUNK.match(text, start, end).end()  # type: ignore[union-attr]  # always matches
    end = _without_final_punctuation(text, start, end)
    if text.startswith(".", end) and period_of_abbreviation(text, end):
        end += 1  # "... a ban on Muslims trying to enter the U.S.": the period ends the abbreviation too
    if text.startswith("(", start) and text.endswith(")", start, end) and text.count("(", start, end) == 1:
        return start + 1, _without_final_punctuation(text, start + 1, end - 1)  # "(“...,” said one activist.)"
    return start, end


def _without_final_punctuation(text: str, start: int, end: int) -> int:
    """``end`` moved back over final punctuation, white space and invisible characters."""
    while end > start and (text[end - 1] in ".!?; \t" or not text[end - 1].isprintable()):
        end -= 1
    return end


def _uncued(text: str, q: Quotation, sentences: tuple[Sentence, ...]) -> Report:
    """A quotation no frame claimed: a DIRECT quote whose speaker is found later (or never), or a MIXED
    fragment whose reported content is taken to be its whole sentence."""
    content = q.span
    if q.kind is QuoteKind.MIXED and sentences:
        sentence = sentences[q.sentence].span
        start, end = _trim(text, sentence.start, max(sentence.end, q.span.end))
        while end > start and text[end - 1] in ".!?" and end > q.span.end:
            end -= 1
        content = Span.of(text, min(start, q.span.start), max(end, q.span.end))
    speaker = None
    if q.kind is QuoteKind.MIXED and sentences:
        found = sentence_subject(text, content.start, q.span.start)
        np = text[found[0] : found[1]] if found else ""
        if found and looks_like_speaker(np) and named_in(text, np, found[0]):
            speaker = Span.of(text, *found)
    return Report(
        content=content,
        kind=q.kind,
        cue=None,
        speaker=speaker,
        paragraph=q.paragraph,
        sentence=q.sentence,
        quoted=q.parts,
    )
