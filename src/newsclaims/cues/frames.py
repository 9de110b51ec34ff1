"""Verb frames: ``CONTENT, X said.``, ``X said (that) CONTENT``, parentheticals and participles."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator

import attrs
import regex

from .. import lexicons
from ..patterns import lazy_compile
from ..quotes import RE_WORDS, WHAT_NAMED, title_case
from ..types import QuoteKind, Span
from .clauses import (
    _COUNT_WORDS,
    _TELL_VERBS,
    PARTITIVE_COUNTS,
    RE_COMMA,
    RE_LEADING_CONNECTIVE,
    RE_NEXT_WORD,
    RE_PARTICIPLE_ASIDE,
    RE_SUBORDINATE,
    RE_THAT,
    RE_THAT_OPENS,
    RE_TIMED_SUBORDINATOR,
    RE_TOLD_OBJECT,
    RE_TRAILING_ATTRIBUTION,
    SUBORDINATORS,
    VerbMatch,
    _boundaries,
    _coordinated_cue,
    _cut_trailing_attribution,
    _document_relative,
    _finite,
    _is_trailing_clause,
    _skip_adjuncts,
    _subject_span,
    _used_as_noun,
    _verb_matches,
    cue_start,
    lemmas,
    opens_intro,
    opens_with_gerund_subject,
    postmodifier_end,
    predicate_next,
    sentence_subject,
    strip_aux,
)
from .report import QuotedStretches, Report, Scope, _outside_quotes, word_count
from .speaker_phrases import (
    _FUNCTION_WORDS,
    _MAX_SPEAKER_WORDS,
    FINITE_AUXILIARIES,
    RE_RELATIVE_WHO,
    RE_WORD_BEFORE,
    _appositive_ok,
    _past_forms,
    head_noun,
    looks_like_speaker,
    named_in,
    occurrences,
    one_abbreviation,
    opens_relative,
    past_form,
    past_or_auxiliary,
    relative_antecedent,
    restrictive_who,
    role_appositive,
    singular,
)

RE_QUOTE_MARK = lazy_compile(r"[\"“”]")
RE_CLOSING_MARK = lazy_compile(r"''|[\"“”’']")


def _verb_frames(scope: Scope, start: int, end: int) -> list[Report]:
    """The report of the sentence's first reporting verb that frames something; where that report leaves a
    quotation of the sentence out and a later verb frames it, that one too ("After Clinton accused him of sexism,
    he warned, “...”")."""
    framed = _framed(scope, start, end)
    first = next(framed, None)
    if first is None:
        return []
    quoted_here = any(start <= q.span.start and q.span.end <= end for q in scope.quotations)
    if not quoted_here:
        return [first]
    if first.kind is not QuoteKind.INDIRECT:
        return _before_attributed_quotation(scope, first, framed)
    for report in framed:
        if report.kind is not QuoteKind.INDIRECT:
            disjoint = report.content.start >= first.content.end or report.content.end <= first.content.start
            if not disjoint:
                return [report]
            return [first, _continuing(scope.text, first, report, scope.sentence.span.start)]
    return [first]


#: Dashes that set off an aside or sign a quotation.
_DASHES = frozenset("-—–―")
#: What sets a quotation apart from the content before it: a colon, a dash, a semicolon or a full stop.
RE_BREAK_BEFORE_QUOTATION = lazy_compile(r"(?:[:;.!?]|\s[-—–―]|--)\s*+$")


def _before_attributed_quotation(scope: Scope, first: Report, framed: Iterator[Report]) -> list[Report]:
    """Where the first report's content runs into a quotation that a later cue attributes ('Trump asserted that
    France had lost its identity: “France is no longer France,” he claimed.'), the first report ends before the
    quotation and the later cue reports it."""
    if first.cue is None or first.cue.end > first.content.start:
        return [first]
    set_apart = [
        q for q in scope.quotations
        if first.content.start < q.span.start < first.content.end
        and RE_BREAK_BEFORE_QUOTATION.search(scope.text, first.content.start, q.span.start)
    ]  # not 'he was “kind of riding the fence,” said ...': a fragment of the first content
    if not set_apart:
        return [first]  # a cheap test before reading the sentence's later cues
    later = next(framed, None)
    if later is None or later.cue is None or later.speaker is None or later.cue.start < later.content.end:
        return [first]
    quotation = next((q for q in set_apart if q.span.end == later.content.end), None)
    if quotation is None:
        return [first]
    speaker = (first.speaker.start, first.speaker.end) if first.speaker is not None else None
    cut = scope.report((first.content.start, quotation.span.start), (first.cue.start, first.cue.end), speaker)
    quoted = scope.report(
        (quotation.span.start, quotation.span.end), (later.cue.start, later.cue.end),
        (later.speaker.start, later.speaker.end),
    )
    if cut is None or quoted is None or cut.content.end > quoted.content.start:
        return [first]
    return [cut, quoted]


def _continuing(text: str, first: Report, report: Report, sentence_start: int) -> Report:
    """A participle right after the first report (its attribution or its content) continues its speaker: '...
    “from his perspective,” Lewandowski added, saying it should be “up to the prosecutor”', 'A source close to the
    star said she was “hurt,” adding: “...”'."""
    if report.cue is None or first.speaker is None or first.cue is None or not report.cue.text.endswith("ing"):
        return report
    attribution_end = max(first.cue.end, first.speaker.end)
    if attribution_end <= report.cue.start and text[attribution_end : report.cue.start].strip() == ",":
        return attrs.evolve(report, speaker=first.speaker)
    if first.content.end <= report.cue.start and text[first.content.end : report.cue.start].strip() == ",":
        subject = sentence_subject(text, sentence_start, first.cue.start)
        if subject is not None and subject[0] == first.speaker.start:
            return attrs.evolve(report, speaker=first.speaker)  # the sentence's subject, not "who" in "an architect
            # who said he was stiffed ..., saying ...", nor a misread opening phrase
    return report


#: How far before a cue its frames read: further than any sentence of prose runs, so that a megabyte with no full
#: stop costs time in proportion to its length.
_FRAME_REACH = 2_000


#: A one-word answer reported: "(46 percent of voters said) yes", "(the candidate said) no".
RE_YES_OR_NO = lazy_compile(r"\s*+(?i:yes|no)")


def _one_word_answer(text: str, start: int, end: int, verb: VerbMatch) -> bool:
    """Whether ``text[start:end]`` is "yes" or "no" after a form of "say": an answer, a report of a single word."""
    return verb.group() in _SAY_FORMS and RE_YES_OR_NO.fullmatch(text, start, end) is not None


#: A question set off after a subject, then the subject's report: "(Leavitt), asked| whether ..., said".
RE_QUESTION_ASIDE = lazy_compile(
    r"\s++(?:about|whether|if|why|how|what|who|when|where)\b[^;:\"“”]{1,200}?,\s*+(?:\p{Ll}+ly\s++)?"
    r"(?P<verb>\p{Ll}++(?:\s++(?:out|back))?)\b"
)


def _question_aside(text: str, asked: VerbMatch, end: int) -> bool:
    """Whether "asked" after a comma is a passive participle setting off the question put to the subject, whose
    own report follows ("Leavitt, asked whether ..., said: “...”")."""
    if text[max(0, asked.start() - 2) : asked.start()].strip() != ",":
        return False
    aside = RE_QUESTION_ASIDE.match(text, asked.end(), end)
    return aside is not None and aside.group("verb") in lexicons.inflections("reporting_verbs")


def _framed(scope: Scope, start: int, end: int) -> Iterator[Report]:
    """For each reporting verb of the sentence in turn, the report of the first frame that fits it; the sequence
    ends at a verb whose frame fits but whose report is empty."""
    text, quote_chars = scope.text, scope.quote_chars
    sentence_start = start
    for m in _verb_matches(text, sentence_start, end, documents=True):
        if not _outside_quotes(m.start(), quote_chars) or _used_as_noun(text, m.start(), m.end()):
            continue
        start = max(sentence_start, m.start() - _FRAME_REACH)  # (a "sentence" of many cues is read once, not per cue)
        if quote_chars.scare_around(m.start()) is not None:
            continue  # 'But “the real issue,” he added, ...': a word inside quoted words, not the writer's verb
        if RE_PERMITTED_TO.search(text, max(start, m.start() - 24), m.start()):
            continue  # "who was not authorized to comment publicly": a condition of anonymity, not a report
        if _absolute_before_attribution(text, m, end):
            continue  # "..., with both sides accusing each other of ..., diplomats said": a circumstance
        if RE_NAME_WITHHELD_AFTER.match(text, m.end(), end):
            continue  # "who asked that only her first name, Linda, be used": a condition of anonymity, not a report
        if _in_idiom(text, start, m):
            continue  # "Having said that, ...", "Needless to say, ...": a set phrase reports nothing
        if m.group() == "asked" and _question_aside(text, m, end):
            continue  # "Leavitt, asked whether he would sign the bill, said ...": the question put to her, which
            # the question frame reads; her report follows it
        if m.group() in _JUDGING_PARTICIPLES and RE_OF_WITH_FOR.match(text, m.end(), end):
            continue  # "an American contractor accused of spying": a passive participle after its noun, no report
        if _non_reporting_phrasal().match(text, m.start(), end):
            continue  # "has ruled out an early election", "called off the strike"
        document_only = m.group() in lexicons.inflections("document_verbs")
        if document_only and _document_nouns().search(text, start, end) is None:
            continue  # a cheap test first: no document in the sentence to have found or shown anything
        quote_only = m.group() in lexicons.inflections("quote_only_verbs")
        noun_like = m.group() in lexicons.inflections("clause_only_verbs") and not m.group().endswith("ed")
        for frame in (_content_first, _speaker_first):
            if frame is _content_first and noun_like and not RE_CUE_ENDS_CLAUSE.match(text, m.end(), end):
                continue  # "Hanify, the president of the Indiana state firefighters union, said": a noun
            found = frame(text, start, end, m, quote_chars)
            if found is None or (
                RE_MAIN_VERB_AFTER_ASIDE.match(text, m.end(), end)
                and RE_PASSIVE_BEFORE.search(text, max(start, m.start() - 12), m.start())
            ):
                continue  # not "... after the winner was declared, told her supporters": a passive frames nothing
            if document_only and (
                not _by_document(text, found[1])
                or any(_reports(text, v) for v in _verb_matches(text, found[0][0], found[0][1]))
            ):
                continue  # "he found his keys": only a document's finding is a claim, and not where it holds a
                # report of its own ("A poll found that 74 percent said ...": the respondents speak)
            if _adjuncts_only(text, *found[0]) and not quote_chars.overlaps(*found[0]):
                continue  # "Last month, a group of experts warned of ...": when, not what
            if found[0][1] <= m.start() and _phrase_only(text, *found[0]) and not quote_chars.overlaps(*found[0]):
                continue  # "Over a 40-year career as a lobbyist, Manafort has advised ...": an opening phrase
            if m.group().endswith(" on") and not RE_INFINITIVE.search(text, *found[0]):
                continue  # "called on him twice": only "called on X to do Y" reports a call
            found = _aside_content(text, m, *found)
            if found[0][0] >= m.end():
                second = subject_and_report(text, *found[0]) or _named_subject_report(text, quote_chars, *found[0])
                if second is not None:  # "The memo notes the government monitors mosques|, and it says ...": the
                    found = ((found[0][0], second), found[1])  # second clause reports on its own
            found = _object_relative_content(text, quote_chars, *found)
            found = _appositive_content(text, start, *found)
            found = (scope.through_scare(found[0]), found[1])  # 'called the plan "reckless|,"'
            if RE_NOTHING_SAID.fullmatch(text, *found[0]) and not quote_chars.overlaps(*found[0]):
                continue  # "Biden has said little publicly", "She has said little about the plan|, and ...": no claim
            if (
                word_count(text, *found[0]) < 2
                and not quote_chars.overlaps(*found[0])
                and not _one_word_answer(text, *found[0], m)
                and not (quote_only and quote_chars.scare_within(*found[0]))  # "called “distasteful,”": the name
            ):
                continue  # "Vin Weber, who advises Kasich, is no fan of Trump": an object, no report (but "46
                # percent said yes": an answer)
            scare: list[tuple[int, int]] = []
            if quote_only and not quote_chars.overlaps(*found[0]):
                if m.group().split()[0] in lexicons.inflections("naming_verbs"):
                    scare = quote_chars.scare_within(*found[0])  # "called the protesters “thugs”"
                that_clause = m.group().split()[-1] in _that_clause_quote_verbs() and RE_THAT_BEFORE.search(
                    text, m.end(), found[0][0]
                )  # "posted on X that all polling places had closed"
                complement = (
                    _as_complement(text, *found[0])
                    if found[0][0] >= m.end() and m.group().split()[0] in lexicons.inflections("characterising_verbs")
                    else None
                )  # "described the plan as reckless": a characterisation of an object, quotation marks or none
                described = complement is not None
                named = (
                    not scare
                    and m.group().split()[0] in lexicons.inflections("naming_verbs")
                    and RE_NAMING_COMPLEMENT.match(text, found[0][0], found[0][1]) is not None
                )  # "called Mitch McConnell a liar", "called the actions lawful": a name given with no quotation
                if not scare and not that_clause and not described and not named:
                    joined = RE_AND_PARTICIPLE_NEXT.match(text, found[0][1], end)
                    if joined is None or not quote_chars.overlaps(joined.end(), end):
                        continue  # "praised the plan" reports no speech; "“...,” Trump continued." does
                    found = ((found[0][0], _cut_trailing_attribution(text, joined.end(), end)), found[1])
                    # "emailed her condolences, addressing her as “Hillary” and telling her, “...”": the participle's
                    # quotation is what the verb sent
                if complement is not None and not scare:
                    stop = RE_AFTER_COMPLEMENT.search(text, complement.start(), found[0][1])
                    if stop is not None:  # "described themselves as liberals| with three in 10 saying ...",
                        found = ((found[0][0], stop.start()), found[1])  # "as rapists and murderers|, proposing"
            content, speaker = found
            cue = m.span()
            if speaker is not None and speaker[1] <= m.start():
                cue = (cue_start(text, speaker[1], m.start()), m.end())  # "has said", "did not say"
                infinitive = _infinitive_to(text, start, m)
                if infinitive is not None and infinitive.start() < cue[0]:
                    cue = (infinitive.start(), m.end())  # "refused| to say": the infinitive is the cue
            report = scope.report(content, cue, speaker)
            if report is None:
                return
            if sum(word_count(text, a, b) for a, b in scare) >= 4:
                # a naming verb's quoted words stay scare quotes (an INDIRECT report) unless they make a phrase
                spans = tuple(Span.of(text, a, b) for a, b in scare)
                report = attrs.evolve(report, kind=QuoteKind.MIXED, quoted=spans)
            yield report
            break


#: An object and the name a naming verb gives it: "(called) him a liar", "(called) Pfizer unpatriotic", "(labeled)
#: the actions lawful" (not "called a press conference", "called his mother Sunday", "called it quits").
RE_NAMING_COMPLEMENT = lazy_compile(
    r"\s*+(?:him|her|them|it|himself|herself|themselves|itself|this|that|(?:the|his|her|their|its)\s++\p{Ll}++"
    r"|\p{Lu}[\p{L}’'.\-]*+(?:\s++\p{Lu}[\p{L}’'.\-]*+){0,3}(?:,\s++(?:a|an|the)\s[^,;:\"“”]{1,160},)?)\s++"
    # ("called Mr. Yanukovych, a former coal trucking director ..., an outstanding leader": a name's appositive)
    r"(?:(?:a|an)\s++\p{Ll}|un\p{Ll}{3,}|\p{Ll}+(?:ful|ous|ive|al|ble|ic|less|ent|ant|ist|ish)\b|pro-\p{Ll}"
    r"|(?<=(?:it|this|that|him|her|them|himself|herself|themselves|itself)\s++)the\s++(?:\p{Ll}+est|worst|best|most|"
    r"least|greatest)\b"
    r"|(?<=(?:it|this|that|himself|herself|themselves|itself)\s++)the\s++(?:mark|work|act|sign|product|result|"
    r"height|definition|epitome|opposite|essence)\b)"
)  # ("called it the worst deal", "called himself pro-choice"; not "called them the next morning")
#: Where a characterising verb's complement ends: a semicolon or dash, an absolute "with" phrase, a second
#: predicate, a comma before a contrast, a relative clause, a participle with its object or a clause.
RE_AFTER_COMPLEMENT = lazy_compile(
    r"(?<!\s)(?:\s*+[;—–]|\s++--\s|\s++with\s++(?:[\w’'\-]++\s++){1,5}?\p{Ll}+ing\b|"
    r"\s++and\s++(?:has|have|had|is|was|also)\s|"
    r",\s++(?:but|while|which|whose|though|although|even|yet|with|saying|adding|"
    r"\p{Ll}+ing\s++(?:a|an|the|his|her|their|its|that|to|on|in|at|for|with|about|him|them|it)|"
    r"(?:[\w’'“”\-]++\s++){1,3}?(?:was|is|were|are|has|had|will|would))\b)"
)
#: Where the object of a characterising verb ends at the latest: the "as" of its complement comes before.
RE_OBJECT_BREAK = lazy_compile(
    r"(?<!\s)(?:\s*+[;—–]|\s++--\s|,\s++(?:but|and|while|which|who|where|when|"
    r"(?:[\w’'“”\-]++\s++){1,3}?(?:was|is|were|are|has|had|will|would|may|might|can|could|should|must))\b)"
)
#: The complement of a characterising verb: "(the plan) as (reckless)"; not "as" opening a clause ("denouncing the
#: bill as it was sailing through the Senate", "as usual", "as well"), nor "such as".
RE_AS_COMPLEMENT = lazy_compile(
    r"(?<=\S)(?<!\b(?:such|so|just|same|as|well|appointed|elected|named|chosen|nominated|served|serving|worked|working|"
    r"acted|acting|ranks?|ranked|known|seen|regarded|viewed|used|using|come|comes|came|not))\s++as\s++"
    r"(?!(?:he|she|it|they|we|I|you|usual|well|soon|much|many|long|far|if|though|of|to|a\s++result|part\s++of)\b)"
    r"(?!\p{Lu}[\p{L}.\-]*+(?:\s++\p{Lu}[\p{L}.\-]*+){0,2}\s++\p{Ll}+ed\b)"  # "as Pyongyang fired ..."
    r"(?!(?:(?!(?:who|which|that)\b)[\w’'\-]++\s++){1,3}?"
    r"(?:is|was|were|are|has|have|had|will|would|could|can|did|does|do)\b)\S"
)


def _as_complement(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The " as " of a characterising verb's complement inside the object it reports ("the plan| as |reckless"),
    looked for before any break that ends the object ("praised the remarks, but also used them as ...")."""
    stop = RE_OBJECT_BREAK.search(text, start, end)
    return RE_AS_COMPLEMENT.search(text, start, stop.start() if stop is not None else end)


_CONJUNCTIONS = frozenset(["and", "but", "or"])


def _adjuncts_only(text: str, start: int, end: int) -> bool:
    """Whether a would-be content holds only times and other adjuncts ("Last month", "On Tuesday", "But in a
    conference call with reporters on Dec. 2")."""
    if end - start > 80:
        return False
    words = text[start:end].strip()
    words = words[RE_LEADING_CONNECTIVE.match(words).end() :]  # type: ignore[union-attr]  # always matches
    return not _skip_adjuncts(" " + words[:1].lower() + words[1:]).strip(" ,.;:")


def _phrase_only(text: str, start: int, end: int) -> bool:
    """Whether a would-be content before its cue is a prepositional phrase with no verb, and perhaps a subordinate
    clause after it: a sentence's opening, not what was said ("Over a 40-year career as a lobbyist", "Like Mr.
    Sanders", "On Tuesday, even as shares were tumbling")."""
    subordinate = RE_COMMA_SUBORDINATE.search(text, start, end)
    if subordinate is not None and subordinate.start() > start:
        end = subordinate.start()  # "On Tuesday|, even as shares of Valeant were tumbling": the opening phrase
    opening = RE_OPENING_PREPOSITION.match(text, start, end)
    return (
        opening is not None
        and RE_FINITE_VERB.search(text, start, end) is None
        and not any(word in _past_forms() for word in text[start:end].split())  # "In 2019 the company lost ..."
    )


#: A subordinate clause after a comma that runs to the end of a would-be content: ", even as shares were tumbling".
RE_COMMA_SUBORDINATE = lazy_compile(rf",\s++(?:even\s++)?(?:{SUBORDINATORS})\s[^,;:]*+$")
#: A comma, colon, semicolon or dash inside the words before a subject.
RE_OPENING_BREAK = lazy_compile(r"(?<!\s)\s*+[,:;—–]\s*+")  # (one try per run of white space)
#: A preposition opening a phrase that can open a sentence.
RE_OPENING_PREPOSITION = lazy_compile(
    r"\s*+(?:Over|Like|Unlike|During|Despite|With|Without|Under|Among|Amid|Across|Throughout|Beyond|Besides|Since|"
    r"At|In|On|By|After|Before|Within|Inside|Outside|Near|Around|Following|"
    r"Because\s++of|Instead\s++of|In\s++(?:addition\s++to|spite\s++of))\s"
)  # "At day's end, however, (Clinton said)"


def _reports(text: str, verb: VerbMatch) -> bool:
    """Whether a reporting-verb form inside a finding reports (": 74 percent said ..."), not a noun, a passive or a
    verb that reports only a quotation ("the top issue for voters")."""
    quote_only = verb.form in lexicons.inflections("quote_only_verbs")
    if RE_PASSIVE_BEFORE.search(text, max(0, verb.start() - 12), verb.start()):
        return False  # "Emails show officials were warned in March": a passive tells what was said to them
    return not quote_only and not _used_as_noun(text, verb.start(), verb.end())


@functools.cache
def _non_reporting_phrasal() -> regex.Pattern[str]:
    """Any form of a verb and particle that reports nothing (lexicons/non_reporting_phrasal_verbs.txt)."""
    forms = sorted(lexicons.inflections("non_reporting_phrasal_verbs"), key=len, reverse=True)
    return regex.compile(r"(?i)(?:" + "|".join(regex.escape(f).replace(r"\ ", r"\s++") for f in forms) + r")\b")


@functools.cache
def _document_nouns() -> regex.Pattern[str]:
    """Any noun that names a document or a finder ("poll", "Reports", "researchers"), as a whole word."""
    nouns = {n for n, kind in lexicons.table("speaker_kinds").items() if kind == "document"}
    nouns |= lexicons.words("finding_nouns")
    forms = nouns | {n + "s" for n in nouns} | {n[:-1] + "ies" for n in nouns if n.endswith("y")}
    return regex.compile(r"(?i)\b(?:" + "|".join(map(regex.escape, sorted(forms, key=len, reverse=True))) + r")\b")


def _document_finding(text: str, end: int, verb: VerbMatch, speaker: tuple[int, int] | None) -> bool:
    """Whether a document's finite "shows"/"found" reports what follows with no clause: what a poll or a record
    shows is its claim ("A CNN/ORC poll showed Mr. Trump with a 16-point lead", "FEC records show no gifts");
    not a finder's ("Investigators found a gun in the car")."""
    if verb.group().endswith("ing") or verb.group() not in lexicons.inflections("document_verbs") or speaker is None:
        return False
    before = RE_WORD_BEFORE.search(text, max(0, speaker[0] - 16), speaker[0])
    if (
        before is not None
        and before.group().strip().lower() in _LEADING_SUBORDINATORS
        and any(_verb_matches(text, verb.end(), end))
    ):
        return False  # "(the minister resigned) after leaked text messages showed he had ..., his office said": a
        # circumstance of the sentence's report
    return _finder_kind(text, speaker) == "document"


def _by_document(text: str, speaker: tuple[int, int] | None) -> bool:
    """Whether a speaker phrase names a document ("A report commissioned by the district", "the poll") or those
    whose findings are claims ("The researchers", "the inspector general")."""
    return _finder_kind(text, speaker) is not None


def _finder_kind(text: str, speaker: tuple[int, int] | None) -> str | None:
    """What a speaker phrase names that finds things: "document" for a document ("the poll", "A study by
    Vanderbilt University"), "finder" for those whose findings are claims ("The researchers"), else None."""
    if speaker is None:
        return None
    phrase = text[speaker[0] : speaker[1]].strip(" ,")
    words = phrase.split()
    if words[0].lower() in _LEADING_SUBORDINATORS or words[-1] in _CONJUNCTIONS:
        return None  # "if the emails show ...": a condition; "..., combed through the filings and found": a clause
    if not looks_like_speaker(phrase, strict=False):
        return None
    core = RE_BY_AUTHOR.sub("", phrase.partition(",")[0])
    head = head_noun(core)
    kinds = lexicons.table("speaker_kinds")
    written = core.split()[-1].lower() if core.split() else ""  # "figures": a plural with a kind of its own
    if kinds.get(head) == "document" or kinds.get(written) == "document" or RE_NAMED_DOCUMENT.search(core):
        return "document"
    return "finder" if head in lexicons.words("finding_nouns") else None


#: A document named after its maker, whose name may hold "of": "A University of New Hampshire| poll".
RE_NAMED_DOCUMENT = lazy_compile(r"(?<!\S)\p{Lu}\S*+\s++(?:poll|polls|survey|surveys|study|report)$")
#: The author after a document's head noun: "A 2009 report| by the Center for Economic and Policy Research".
RE_BY_AUTHOR = lazy_compile(r"(?<!\s)\s++by\s.*+$")


#: Set phrases built on a reporting verb that report nothing: "Having said that", "Needless to say".
RE_IDIOM = lazy_compile(
    r"(?i:having\s++said\s++(?:that|this)(?=\s*+,)|that\s++(?:being\s++)?said(?=\s*+,)|needless\s++to\s++say|"
    r"suffice\s++(?:it\s++)?to\s++say|to\s++say\s++the\s++least|that\s++is\s++to\s++say|so\s++to\s++speak|"
    r"it\s++goes\s++without\s++saying|truth\s++be\s++told|all\s++told|(?:run|runs|ran|running)\s++counter\s++to|"
    r"(?:stop|stops|stopped|stopping|finish|finishes|finished|finishing)\s++writing|(?:in|took|take|takes)\s++charge|"
    r"free\s++of\s++charge|(?:racially|politically|emotionally|sexually|highly)\s++charged|"  # an adjective
    r"snap\s++(?:polls?|elections?|votes?|decisions?|judge?ments?)|"
    r"(?:show|shows|showed|shown|showing)\s++(?:no|little|few)\s++signs?\s++of|"  # "shows no sign of change"
    r"(?:report|reports|reported|reporting)\s++live|"
    r"(?:argue|argues|argued|arguing)\s++(?:the|a|this|his|her|their|its)\s++(?:case|cases|appeal)"
    r"(?=\s*+[,.;)]|\s++(?:before|in|at|on)\s)|"  # a lawyer "who argued the case (before the court)"
    r"(?:say|says|said|saying)\s++(?:goodbye|good-bye|farewell|hello|grace(?-i:(?!\s++\p{Lu}))|a\s++prayer|cheese|"
    r"(?:a\s++few\s++|some\s++)?words\s++(?:at|over|for)\s))\b"  # "while saying goodbye to the previous guest"
)


@functools.cache
def _idiom_verbs() -> frozenset[str]:
    """The verb forms :data:`RE_IDIOM`'s set phrases are built on: the words of its pattern that are reporting-verb
    forms, read from the pattern itself so that a new phrase needs no second list."""
    forms = lexicons.inflections("reporting_verbs") | lexicons.inflections("document_verbs")
    return frozenset(word for word in regex.findall(r"[a-z]+", RE_IDIOM.pattern) if word in forms)


def _in_idiom(text: str, start: int, verb: VerbMatch) -> bool:
    """Whether a reporting-verb form is part of a set phrase (:data:`RE_IDIOM`)."""
    if verb.group().split(None, 1)[0].lower() not in _idiom_verbs():
        return False  # a cheap test first: the verb of no set phrase
    for m in RE_IDIOM.finditer(text, max(start, verb.start() - 20), min(len(text), verb.end() + 20)):
        if m.start() <= verb.start() and verb.end() <= m.end():
            before = text[start : m.start()].rstrip()
            # "That said, ..." opens a clause; "a message that said, “...”" is a relative clause that reports
            return not m.group().lower().startswith("that") or not before or before.endswith((",", ";", ":", "—", "–"))
    return False


def _appositive_content(
    text: str, start: int, content: tuple[int, int], speaker: tuple[int, int] | None
) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """A report inside a relative clause or an appositive set off by commas ("The bill, which critics say could cost
    billions, passed ...", "The bill, a measure critics say could ...,"): its content ends where the main clause's
    predicate follows a comma."""
    if speaker is None or speaker[0] >= content[0] or not RE_APPOSITIVE_OPENER.search(text, start, speaker[0]):
        return content, speaker
    comma = RE_COMMA.search(text, content[0], content[1])  # the first comma closes the aside, or none does
    if comma is not None and predicate_next(text, comma.start() + 1, content[1]):
        return (content[0], comma.start()), speaker
    return content, speaker


#: What opens a relative clause or an appositive after a comma, up to its subject: ", which (critics)", ", a
#: measure (critics)".
RE_APPOSITIVE_OPENER = lazy_compile(r",\s++(?:which|that|(?:a|an)\s++\p{Ll}[\p{Ll}\-]*+)\s++$")


def _object_relative_content(
    text: str, quote_chars: QuotedStretches, content: tuple[int, int], speaker: tuple[int, int] | None
) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """A report in an object relative set off by commas ends with it where the main clause's predicate follows:
    'The decision, which critics called “a betrayal,” was announced Friday' (the predicate is the writer's)."""
    relative = RE_OBJECT_RELATIVE_BEFORE.search(text, max(0, speaker[0] - 10), speaker[0]) if speaker else None
    if speaker is None or relative is None:
        return content, speaker
    for close in RE_RELATIVE_CLOSE.finditer(text, content[0], content[1]):
        if close.group("mark") or not quote_chars.inside(close.start()):
            if not predicate_next(text, close.end(), content[1]) and not (
                relative.group().strip() == "that" and _clause_opens(text, close.end(), content[1])
            ):  # ("in a clip that Judge Mosman called “distasteful,” Santilli walked in": the main clause after the
                # opening phrase)
                break  # "..., which he said runs the risk of leaving millions of voters, especially ...": the
                # relative clause goes on to the sentence's end
            return (content[0], close.end("mark") if close.group("mark") else close.start()), speaker
    return content, speaker


def _clause_opens(text: str, start: int, end: int) -> bool:
    """Whether a clause with its own subject and predicate opens ``text[start:end]`` ("Santilli walked in")."""
    after = start + len(text[start:end]) - len(text[start:end].lstrip())
    main = sentence_subject(text, after, end)
    return main is not None and main[0] == after and predicate_next(text, main[1], end)


#: ", which" or ", whom" right before a relative clause's subject: "The decision, which| critics (called ...)", or
#: "that" after a noun: "(in a clip) that| Judge Mosman (called “distasteful,”)".
RE_OBJECT_RELATIVE_BEFORE = lazy_compile(r"(?:,\s*+(?:which|whom)|(?<=\p{Ll})\s++that)\s++$")
#: The comma that closes an aside, after the closing mark of a quotation that ends it, if any.
RE_RELATIVE_CLOSE = lazy_compile(r",(?P<mark>''|[\"”’])?(?=\s)")


def _aside_content(
    text: str, verb: VerbMatch, content: tuple[int, int], speaker: tuple[int, int] | None
) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """An aside's content ends where the main clause's verb follows: "Barkley, who said he votes Democratic, said
    ...", "Salceda, citing data from the State Department, said ..." (the main clause's report is read after
    it)."""
    if speaker is not None and reports_in_aside(text, text[speaker[0] : speaker[1]], verb.start(), verb.group()):
        main = RE_MAIN_VERB_AFTER_ASIDE.search(text, content[0], content[1])
        if main is not None:  # the aside ends at its comma, or after the quotation mark that holds it
            return (content[0], main.end("mark") if main.group("mark") else main.start()), speaker
        comma = text.rfind(",", content[0], content[1])
        predicate = RE_MAIN_PREDICATE.match(text, comma, content[1]) if comma != -1 else None
        if predicate is not None:
            comma = _aside_end(predicate)
        if predicate is None or not _main_verb(predicate):  # "who has called on Powell to lower rates, criticized
            # the decision on social media, writing ...": the first comma's past verb, where the last is none
            predicate = next(
                (p for p in RE_COMMA_VERB.finditer(text, content[0], content[1]) if _main_verb(p)), predicate
            )
            comma = _aside_end(predicate) if predicate is not None else comma
        set_off = (
            text[speaker[0] : speaker[1]] in {"who", "which"}
            or RE_COMMA_BEFORE.fullmatch(text, speaker[1], verb.start()) is not None
            or text.endswith(("and, ", "and,"), max(0, verb.start() - 6), verb.start())
        )  # "The Fed, after predicting ...", "... and, citing Exodus, endorsed": the participle right after its
        # subject or between commas, not after the main verb ("The campaign responded, saying ...")
        if predicate is not None and set_off and _main_verb(predicate):
            return (content[0], comma), speaker  # "McConnell, who has said the Senate will not act, met with ...",
            # "The Fed, after predicting that it would raise rates, has yet to move"
    return content, speaker


def subject_and_report(text: str, start: int, end: int) -> int | None:
    """The comma inside a would-be content after which a subject and its reporting verb open another clause, joined
    by "and" or "but" or not: the main clause after a relative's ("..., which said the economy grew|, the bank said
    ..."), a second clause ("... monitors mosques|, and it says ...", "... had been friends|, he claimed ..."); else
    None."""
    for verb in sorted(_verb_matches(text, start, end), key=lambda v: v.start()):
        comma = text.rfind(",", start, verb.start())
        if comma <= start or text[comma + 1 : comma + 2].isdigit() or verb.form.endswith("ing"):
            continue  # not "20|,000 ... emails", nor a participle ("..., the day after a man claiming ...")
        clause_start = max(start, text.rfind(";", start, comma) + 1)  # ("...; hours later|, she issued ...")
        if text.startswith(",", verb.end()) or _adjuncts_only(text, clause_start, comma) or (
            RE_LEADING_PREPOSITION.match(text, start) is not None and RE_FINITE_VERB.search(text, start, comma) is None
        ):
            continue  # not a parenthetical (", she said, ..."), nor a subject after the content's opening phrase
            # ("during Obama's visit|, President Erdogan reiterated ...")
        if text.startswith(("”", '"', "''"), comma + 1):
            if RE_CLAUSE_NEXT.match(text, verb.end()) is None:
                continue  # '“...,” Trump told NBC's Today show when asked ...': the quotation's own attribution
            comma += 3 if text.startswith("''", comma + 1) else 2  # '... “been friends for some time,”| he claimed'
        subject = text[comma + 1 : verb.start()].strip()
        if not subject:
            opening = _joined_subject_with_appositive(text, start, comma)
            if opening is not None:
                return opening  # "..., and Brian Deese, the White House climate change adviser, said ..."
        joined = RE_JOINED_SUBJECT.fullmatch(subject)
        subject = joined.group("subject") if joined is not None else subject
        if joined is None and RE_CLAUSE_NEXT.match(text, verb.end()) is None:
            continue  # not a trailing attribution ("..., his office said in a statement, ...")
        if (
            subject[:1].isalpha()
            and len(subject.split()) <= 6
            and RE_ZERO_RELATIVE_SUBJECT.match(subject) is None
            and not _AUXILIARY_WORDS.intersection(subject.lower().split())  # not "... email and will (address)"
            and looks_like_speaker(subject)
        ):
            return comma
    return None


def _joined_subject_with_appositive(text: str, start: int, comma: int) -> int | None:
    """The comma before ", and NAME, APPOSITIVE," that ends right before a reporting verb at ``comma``, if the
    phrase names a speaker; else None."""
    name_end = text.rfind(",", start, comma)
    first = text.rfind(",", start, name_end) if name_end > start else -1
    if first <= start:
        return None
    joined = RE_JOINED_SUBJECT.fullmatch(text[first + 1 : comma].strip())
    if joined is None:
        return None
    subject = joined.group("subject").strip()
    name = subject.split(",")[0]
    if len(name.split()) <= 6 and RE_ZERO_RELATIVE_SUBJECT.match(name) is None and looks_like_speaker(subject):
        return first
    return None


_AUXILIARY_WORDS = FINITE_AUXILIARIES | {"shall", "to"}
#: "and" (or "while"), a capitalised name and a finite reporting verb inside a would-be content: "(accuses Obama
#: of ...) and Donald Trump says| he is ...".
RE_AND_NAME_REPORTS = lazy_compile(
    r"\s++(?:and|while|but)\s++(?P<np>\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){0,3})\s++"
    r"(?:(?:also|then|later)\s++)?(?P<verb>\p{Ll}++)\b"
)


#: What opens a reported clause after its cue: "that", a pronoun subject (contracted too: "he's").
RE_SUBJECT_NEXT = lazy_compile(r"\s++(?:that|he|she|they|it|we|I|there)(?:\s|['’]\p{Ll})")


def _named_subject_report(text: str, quote_chars: QuotedStretches, start: int, end: int) -> int | None:
    """Where a would-be content ends at "and" before a named subject and its own finite reporting verb, with no
    comma: "Ted Cruz accuses Obama of “...”| and Donald Trump says he is “...”"; else None."""
    for m in RE_AND_NAME_REPORTS.finditer(text, start, end):
        verb = m.group("verb")
        if (
            verb in lexicons.inflections("reporting_verbs")
            and not verb.endswith("ing")
            and RE_SUBJECT_NEXT.match(text, m.end()) is not None
            and _outside_quotes(m.start(), quote_chars)
            and looks_like_speaker(m.group("np"))
        ):
            return m.start()
    return None



#: A preposition opening a content's phrase: "(reported that) during (Obama's visit ...)".
RE_LEADING_PREPOSITION = lazy_compile(
    r"\s*+(?i:during|after|before|in|on|at|since|despite|amid|under|over|with|without|following|among|by|for|from|"
    r"throughout|within)\s"
)
#: A colon that ends its line, before a quotation set on the next.
RE_COLON_ENDS_LINE = lazy_compile(r"\s*+:[ \t]*+(?:\n|$)")
#: A circumstance opening a would-be content: "(told his audience,) to rowdy applause", "amid cheers".
RE_CIRCUMSTANCE_OPENS = lazy_compile(r"[\s,]*+(?:to|amid|with|in|at|before|after|during)\s")
#: A clause right after a verb: "(claimed) they ...", "(said) that ...".
RE_CLAUSE_NEXT = lazy_compile(r"\s++(?:that|he|she|they|it|we|I|why|whether|how|what|if)\s")
#: A noun and the subject of a relative clause with no pronoun: "an honor Donald (said he hoped would be ...)".
RE_ZERO_RELATIVE_SUBJECT = lazy_compile(r"(?:a|an|the)\s++\p{Ll}++\s++\p{Lu}")


#: A subject after the "and" or "but" that joins its clause: "and it", "but the ministry".
RE_JOINED_SUBJECT = lazy_compile(r"(?:and|but)\s++(?P<subject>.+)")


#: A comma, an adverb perhaps, and the word after them: where a predicate may go on.
_COMMA_THEN_WORD = (
    r",(?P<mark>''|[\"”’])?\s++(?:(?:also|then|later|quickly|recently|\p{Ll}+ly)\s++)?(?P<verb>\p{Ll}+)(?:\s|$)"
)
#: The main clause's own predicate after a relative aside's last comma: a past-tense verb or a finite auxiliary and
#: no further comma to the end ("..., voted against it", "..., met with the nominee on Tuesday", "..., did
#: significant business with the firm").
RE_MAIN_PREDICATE = lazy_compile(_COMMA_THEN_WORD + r"[^,;]*$")


#: A preposition that links a participle to the clause before it: "(sings to Clinton) before (asking)".
RE_PARTICIPLE_LINK = lazy_compile(r"\b(?:before|after|by|while|when|without)\s*+$")
#: A coordinator right after a cue's comma: "(has expressed frustration,) and even ...".
RE_COORDINATOR_NEXT = lazy_compile(r"\s*+(?:and|but|or)\b(?!\s++I\s++quote\b)")  # not "said, and I quote, “...”"
#: An infinitive: what a call on someone asks them to do ("called on Congress| to act").
RE_INFINITIVE = lazy_compile(r"\bto\s++(?:not\s++)?[\"“‘']?\p{Ll}")
#: A number as an object, a score or a tally: "(added) 24 and ...", "(added) 24, and ...", "(added) 11 rebounds".
RE_COUNT_OBJECT = lazy_compile(
    r"\s++(?:(?:around|about|nearly|almost|roughly|some|over|more\s++than|another|an\s++additional)\s++)?\$?\d[\d,.]*+"
    r"(?:\s++(?:million|billion))?(?:(?=\s*+(?:,|\band\b|$))"
    r"|\s++(?:points?|rebounds?|assists?|goals?|runs?|hits?|yards?|saves?|strikeouts?|blocks?|steals?|jobs?|"
    r"workers?|employees?|people|seats?|votes?|delegates?|members?|percent)\b)"
)  # "added 24 points", "added around 292,000 jobs": a count, no clause
#: An object and the infinitive that says what it is asked to do: "(urged) him to resign", "(told) his players not
#: to worry", "(urged) Sanders and Donald Trump to do the same", "(urged) the Vermont senator to apologize"; not
#: "(told) Reuters he plans to leave", "(told) police the man tried to flee": a clause, its subject after the object.
RE_OBJECT_THEN_INFINITIVE = lazy_compile(
    r"\s++(?=\S)(?:(?:the|a|an|his|her|their|its|our|my|your|all|both|fellow)\s++)?"
    r"(?:\p{Lu}[\w.&’'\-]*+\s++(?:(?:and|&)\s++)?){0,4}"
    r"(?:(?!(?:he|she|they|we|it|you|that|who|which|the|a|an|is|was|were|are|had|has|have|would|will|could|should|"
    r"can|may|might|must|did|does|do|wants?|wanted|plans?|planned|hopes?|hoped|needs?|needed|tried|tries|expects?|"
    r"expected|intends?|intended|agreed|refused|decided)\s)\p{Ll}[\p{Ll}\-]*+\s++){0,2}"
    r"(?:(?<=\p{Ll}\s++)(?:in|of|from|across|near|along|around|outside|inside)\s++(?:the\s++)?"
    r"(?:(?!(?:that|who|which|is|was|were|are|had|has|have|would|will)\s)[\p{L}\-]++\s++){1,3}?)?"
    r"(?<=\S\s++)(?:not\s++|never\s++)?to\s++\p{Ll}"
)
#: Any comma and the word after it, where a main clause's predicate may go on after a relative aside (as
#: :data:`RE_MAIN_PREDICATE`, with more commas after it).
RE_COMMA_VERB = lazy_compile(_COMMA_THEN_WORD)


def _aside_end(predicate: regex.Match[str]) -> int:
    """Where an aside ends before :data:`RE_COMMA_VERB`'s predicate: at its comma, or after the closing mark of the
    quotation that holds that comma ('..., which called it “unconstitutional,” sued')."""
    return predicate.end("mark") if predicate.group("mark") else predicate.start()


def _main_verb(predicate: regex.Match[str]) -> bool:
    """Whether :data:`RE_MAIN_PREDICATE` found a past-tense verb or a finite auxiliary ("met", "spoke", "was")."""
    verb = predicate.group("verb")
    return verb.endswith("ed") or verb in _past_forms() or verb in {"did", "was", "were", "is", "are", "had", "has"}


#: A comma right before a word (white space between), and a preposition that may open a participle's aside after
#: it (", after predicting"): the end of a look-back of a few characters.
RE_COMMA_BEFORE = lazy_compile(r"\s*+,\s*+(?:(?:after|before|while|since|despite|by|when|without)\s++)?$")


def reports_in_aside(text: str, speaker: str, cue_start: int, cue: str) -> bool:
    """Whether a report sits in an aside before the main clause's verb: a relative clause's ("Barkley, who said
    ..., said") or a participle's set off by a comma ("Salceda, citing data, said")."""
    if speaker in {"who", "which"}:
        return True
    if not cue.split()[0].endswith("ing"):
        return False
    return RE_COMMA_BEFORE.search(text, max(0, cue_start - 20), cue_start) is not None


#: The main clause's reporting verb after a relative aside closes: "..., told her supporters".
RE_MAIN_VERB_AFTER_ASIDE = lazy_compile(
    r",(?P<mark>''|[\"”’])?\s++(?:(?:also|then|later)\s++)?(?:told|said|says|added|asked|wrote|declared|insisted|"
    r"argued|warned|replied|reported|noted|claimed|announced|acknowledged|conceded)\b"
)
#: Verbs that report a "that" clause though they need a quotation otherwise: writing ("posted on X that ..."), and
#: lamenting or boasting ("lamented that the deal had collapsed", "touted that sales had doubled").
_THAT_CLAUSE_QUOTE_VERBS = (
    "post", "email", "text", "retweet", "lament", "bemoan", "marvel", "deplore", "decry", "tout", "snap"
)
#: "that" right before a content.
RE_THAT_BEFORE = lazy_compile(r"\bthat\s++$")


@functools.cache
def _that_clause_quote_verbs() -> frozenset[str]:
    forms = lexicons.inflections("quote_only_verbs")
    return frozenset(f for f in forms if f.split()[0].startswith(_THAT_CLAUSE_QUOTE_VERBS))


def _content_first(
    text: str, start: int, end: int, verb: VerbMatch, quote_chars: QuotedStretches
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """``CONTENT, X said.`` / ``“QUOTE,” said X, an analyst.`` / ``Longer term, they said, CONTENT.``"""
    left = text[start : verb.start()]
    every = [
        b for b in _boundaries(left, start, quote_chars)[-8:]
        if RE_CLOSING_MARK.search(text, b[0], b[1])
        or word_count(text, start, b[0]) >= 2 and not _intro_phrase(text, start, b[0])
        or _one_word_subject(text[start : b[0]])
    ]  # not "Still, X said", "Weighing in on the discussion, X agreed"; but "CNN, Cruz said, called ..."
    boundaries = every[-3:]
    for i in range(len(every) - 1):
        if (
            RE_CLOSING_MARK.search(text, *every[i])
            and _closes_quotation(text, every[i], quote_chars)
            and not RE_NOT_A_NOUN_PHRASE.match(text, every[i][1], verb.start())
        ):
            # "“...,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said", "“...,” the
            # White House press secretary, Josh Earnest, said": the phrase after the quotation speaks
            found = _content_first_at(text, start, end, verb, *every[i], True, quote_chars)
            if found is not None:
                return found
    for i in range(len(boundaries) - 1, -1, -1):
        b_start, b_end = boundaries[i]
        if text[b_end : verb.start()].strip():
            found = _content_first_at(
                text, start, end, verb, b_start, b_end, _closes_quotation(text, (b_start, b_end), quote_chars),
                quote_chars,
            )
            if found is not None:
                if i > 0 and (
                    _name_before_appositive(text, boundaries[i - 1][1], b_start, b_end, verb.start())
                    or _role_before_name(text, boundaries[i - 1][1], b_start, found[1])
                ):
                    content, speaker = found
                    if speaker is not None:
                        return (content[0], boundaries[i - 1][0]), (boundaries[i - 1][1], speaker[1])
                return found
    if boundaries and not text[boundaries[-1][1] : verb.start()].strip():
        closes = _closes_quotation(text, boundaries[-1], quote_chars)
        return _content_first_at(text, start, end, verb, *boundaries[-1], closes, quote_chars)
    return None


#: A subordinate clause alone, with no main clause after its own comma: "While Republicans say the plan works".
RE_OPENING_SUBORDINATE_CLAUSE = lazy_compile(
    r"(?:While|Whereas|Although|Though|Even\s++though|Even\s++as|If|Unless|When|Because)\s[^,;:“”\"]++"
)
#: What follows a cue verb that ends its clause: "..., he stated." / "..., she recalled, ..."
RE_CUE_ENDS_CLAUSE = lazy_compile(
    r"(?:\s++\p{Ll}[\p{Ll}\-]*ly)?(?:\s*+(?:[,.;:!?)]|$)|\s++(?:on|in|at|to|during|after|before|that|when)\b)"
)
#: What opens no speaker phrase after a quotation: a preposition or a participle ("“...” fostered by Trump, the
#: groups said", "“...” and against the Brady law, Clinton said").
RE_NOT_A_NOUN_PHRASE = lazy_compile(
    r"\s*+(?:(?:and|but|or)\s++)?(?:(?:against|despite|amid|toward|towards|about|for|with|without|by|in|on|at|from|to|of|after|before|"
    r"during|since|over|under)\b|\p{Ll}+(?:ed|ing)\b)"
)
#: A new clause after a quotation's attribution: "..., but Kevin was drifting off", not "..., but “when ...”".
RE_NEW_CLAUSE = lazy_compile(r"(?:but|and|while|as|so|yet|then)\s++(?![\"“‘'«])")
#: An introductory phrase, no reported content: "Weighing in on the discussion", "In a statement", "As ...",
#: "After ..."; not a clause that opens with a preposition, a gerund or a quantifier ("At least 70 people were
#: killed", "In 2019 the company lost $3 billion", "On Monday the markets fell", "As many as 30 died").
RE_INTRO_PHRASE = lazy_compile(
    r"(?!As\s++(?:many|much|few|little)\s++as\b)(?:As|After|Before|Asked|Pressed|Reached)\b[^,;:\"“”]*+"
    r"|(?!At\s++(?:least|most)\b)(?:\p{Lu}\p{Ll}+ing|In|On|At|During|With|Without|Despite|Amid)\b"
    r"(?:(?!\b(?:was|were|is|are|has|have|had|will|would|could|can|should|must|did|does)\b"
    r"|(?:\d++|\p{Lu}\p{Ll}+day)\s++(?:the|a|an|its|his|her|their|this|these|some)\b)[^,;:\"“”])*+"
)
RE_FIRST_WORD_ING = lazy_compile(r"\p{Lu}\p{Ll}+ing\b")


def _intro_phrase(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an introductory phrase (:data:`RE_INTRO_PHRASE`), not a clause whose subject
    is a name ending in "-ing" that the article writes inside sentences ("Boeing weighs a sale, sources said")."""
    if RE_INTRO_PHRASE.fullmatch(text, start, end) is None:
        return False
    word = RE_FIRST_WORD_ING.match(text, start, end)
    if word is None:
        return True
    if word.group().lower() in lexicons.words("ing_nouns"):
        return False  # "Housing affordability worst on record, report finds": a noun, the clause's subject
    verb = RE_VERB_THEN_OBJECT_PRONOUN.search(text, word.end(), end)
    if verb is not None and past_form(verb.group("verb")):
        return False  # "Seeing his brother suffering led him to avoid alcohol, he said": a gerund, the subject
    return not named_in(text, word.group(), start)


#: A past form and an object pronoun: a clause's verb ("(Seeing the damage) made him (angry)").
RE_VERB_THEN_OBJECT_PRONOUN = lazy_compile(
    r"(?<![\w’'\-])(?P<verb>\p{Ll}++)\s++(?:him|her|them|us|me|it|himself|herself|themselves)\b"
)


def _one_word_subject(word: str) -> bool:
    """Whether a sentence's one word before a parenthetical attribution is its subject ("CNN, Cruz said, called
    ...", "Voters, Clinton suggested, don't have to worry"), not a sentence adverb ("Still", "Yes", "Tuesday")."""
    word = word.strip()
    return (
        RE_CAPITALISED_WORD.fullmatch(word) is not None
        and word.lower() not in _SENTENCE_ADVERBS
        and not opens_intro(word)
        and word not in lexicons.words("time_words")
        and word.lower() not in lexicons.words("time_words")
        and word not in lexicons.table("pronouns")
    )


RE_CAPITALISED_WORD = lazy_compile(r"\p{Lu}[\p{L}’'\-]*+(?<!ly)")
_SENTENCE_ADVERBS = frozenset(
    "still however meanwhile indeed instead yes no well now then also again so but and yet moreover besides "
    "otherwise nevertheless nonetheless first second third last today yesterday overall sure okay ok thus hence "
    "therefore anyway regardless ultimately finally rather sometimes nor perhaps maybe often once twice likewise "
    "plus true worse better even afterward afterwards later earlier soon elsewhere here there".split()
)
#: A reason clause after a parenthetical attribution, which goes on with the content: ", because there is ...".
RE_REASON_GOES_ON = lazy_compile(r"\s*+,\s*+(?:because|since|though|although)\s++(?!of\b)")
#: An object, then the charge or the ground after "accused"/"blamed" and the like: "(accused) the ruling party of
#: plotting", "(blamed) the minister for".
RE_OBJECT_THEN_CHARGE = lazy_compile(r"\s++[^,;:\"“”]{1,80}?\s(?:of\s++\p{Ll}+ing|for)\b")
#: Verbs that charge or blame someone, whose object the charge follows.
RE_ACCUSING_VERB = lazy_compile(r"(?:\p{Ll}++\s++)*?(?:accus|blam|fault|prais|thank|criticiz|criticis|credit)\p{Ll}*+$")
#: Speakers that only a count names, after an inverted cue: "“...,” read one. “...,” read another."
_ONE_OF = frozenset(["one", "another", "a third", "a fourth", "others", "some"])
#: "as" before a quotation's speaker: "“a dead heat,” as Cruz said".
RE_AS_SPEAKER = lazy_compile(r"\s*+as\s++")
#: Any short object of "told" after a quotation's speaker ("“...,” Stein told the protesters."), not a
#: prepositional phrase ("“...,” Trump warned in Everett, Wash., recently.").
RE_ANY_OBJECT = lazy_compile(
    r"(?!\s*+(?:in|on|at|during|after|before|from|for|with|by|about|over)\b)(?:\s++[\w.&'’\-]+){1,6}?(?=\s*+(?:[,.;!?]|$))"
)
#: What opens a cue's own content after it: "that", a colon, a quotation mark, or a comma and one of those.
RE_OWN_CONTENT = lazy_compile(r"\s*+(?:,\s*+)?(?:that\b|:|[\"“‘«])")


def _opens_own_content(tail: str, end: int, quote_chars: QuotedStretches) -> bool:
    """Whether ``tail`` (the text before ``end`` after a cue and its adjuncts) opens the cue's own content, not
    a title in quotation marks (`Trump said in an interview with Sirius XM's "Breitbart News Daily."`)."""
    m = RE_OWN_CONTENT.match(tail)
    if m is None:
        return False
    mark = end - len(tail) + m.end() - 1
    return not (tail[m.end() - 1] in "\"“‘«" and quote_chars.scare_within(mark, end + 2))


def _names_a_speaker(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a short name of a speaker ("Montana Sen. Jon Tester"), not reported content."""
    phrase = text[start:end].strip(" ,")
    return (
        0 < phrase.count(" ") < 6
        and phrase[:1].isupper()
        and RE_VERB_AND_OBJECT.search(phrase) is None  # "Police arrested two men, a senior official said"
        and looks_like_speaker(phrase)
    )


#: A past-tense verb and the start of its object: a clause, not a name.
RE_VERB_AND_OBJECT = lazy_compile(r"\b\p{Ll}+ed\s++(?:the|a|an|his|her|their|its|some|several|many|two|three|\d+)\b")


#: A sentence's end inside a quotation, before more of it: "No.| Never".
RE_SENTENCE_END_INSIDE = lazy_compile(r"\p{Ll}[.!?]\s++\p{Lu}")


def _closes_quotation(text: str, boundary: tuple[int, int], quote_chars: QuotedStretches) -> bool:
    """Whether the boundary closes a quotation, not a title (`on "CBS This Morning,"`)."""
    for m in RE_CLOSING_MARK.finditer(text, *boundary):
        part = quote_chars.ending_at(m.end())
        if part is not None and (
            word_count(text, *part) >= 4
            or not title_case(RE_WORDS.findall(text, *part))
            or RE_SENTENCE_END_INSIDE.search(text, *part) is not None  # '“No. Never,” he replied': two sentences
        ):
            return True
    return False


def _role_before_name(text: str, role_start: int, comma: int, speaker: tuple[int, int] | None) -> bool:
    """`..., the regional governor, Andrei Vorobyov, said`: the role before the name is part of the speaker."""
    if speaker is None:
        return False
    role = text[role_start:comma].split()
    name = text[speaker[0] : speaker[1]].strip(" ,").split()
    return (
        1 < len(role) <= 6
        and role[0] in {"the", "a", "an", "his", "her", "their", "its"}
        and singular(role[-1].lower()) in lexicons.words("speaker_nouns")
        and 1 < len(name) <= 4
        and all(w[:1].isupper() for w in name)
    )


def _name_before_appositive(text: str, name_start: int, comma: int, appositive_start: int, verb_start: int) -> bool:
    """`“...,” Graham, a former candidate, told ...`: the speaker is the name before the appositive."""
    name = text[name_start:comma].split()
    appositive = text[appositive_start : appositive_start + 12].split()
    return (
        0 < len(name) <= 5
        and all(w[:1].isupper() or w in {"de", "al", "van", "von", "bin"} for w in name)
        and not one_abbreviation(text[name_start:comma])  # "in Douglas, Ariz., border officials say"
        and bool(appositive)
        and (
            appositive[0].lower() in {"a", "an", "the", "his", "her", "their", "who", "former", "then", "also"}
            or appositive[0].rstrip(",").isdigit()  # an age: "Jim Bennett, 57, told ..."
            or role_appositive(text[appositive_start:verb_start].strip(" ,"))  # "..., chairman of the panel, said"
            or RE_PARTY_OF.match(text, appositive_start) is not None  # "Steve Cohen, Democrat of Tennessee, said"
        )
    )


#: A party and a state as an appositive: "Democrat of Tennessee", "Republican of Minnesota".
RE_PARTY_OF = lazy_compile(r"(?:Democrat|Republican|Independent)\s++of\s++\p{Lu}")


#: "what X called" (:data:`~newsclaims.quotes.RE_WHAT_NAMED`), then the quotation it names, up to where the
#: quotation closes: "under what Mr. Hedge called ''the prior economy model".
RE_WHAT_NAMED_QUOTATION = lazy_compile(WHAT_NAMED + r"(?:''|[\"“‘])[^\"“”]{1,300}$")


def _speaks_all_the_same(phrase: str, verb: VerbMatch, text: str) -> bool:
    """Whether a subject no speaker test passes speaks all the same: a one-word name spelled like a modal before a
    past or present form ("Will wrote", "May said"; not "Will say", a modal and its verb), or a sign that reads its
    words ("“Enough is enough,” read one sign", "A sign at the rally read: “...”")."""
    word = verb.group().split(None, 1)[0]
    if phrase.strip() in _MODAL_SPELLED_NAMES:
        return word not in lexicons.words("reporting_verbs")  # "May said", "May told MPs", "Will adds"; but "May
        # say", "Will add": a modal before its verb's base form
    name = phrase.strip()
    if name[:1].isupper() and (name in lexicons.words("time_words") or name.lower() in lexicons.words("time_words")):
        return _written_after_first_name(text, name)  # "Day said" after "Kristen Day": her surname
    return word in {"read", "reads"} and is_signage(phrase)


def is_signage(phrase: str) -> bool:
    """Whether a short phrase names a thing that bears words, among its first three: "A hand-lettered sign at the
    rally", "Giant screens hanging over the arena"."""
    words = phrase.split()
    return 0 < len(words) <= _MAX_SIGN_WORDS and any(
        w.lower() in _SIGNAGE or w.lower().removesuffix("s") in _SIGNAGE for w in words[:3]
    )  # ("signs", "screens")


#: The most words of a sign's phrase: "A hand-lettered sign at the rally".
_MAX_SIGN_WORDS = 8


#: Names spelled like a modal: the columnist George Will, Prime Minister Theresa May.
_MODAL_SPELLED_NAMES = frozenset(["Will", "May"])


def _written_after_first_name(text: str, word: str) -> bool:
    """Whether the text writes ``word`` right after a first name the first-names list knows ("Kristen Day")."""
    names = lexicons.table("first_names")
    for at in occurrences(text, " " + word, 0, len(text)):
        end = at + 1 + len(word)
        before = RE_WORD_BEFORE.search(text, max(0, at - 30), at + 1)
        if before is not None and before.group().strip() in names and not text[end : end + 1].isalpha():
            return True
    return False


def _content_first_at(
    text: str,
    start: int,
    end: int,
    verb: VerbMatch,
    b_start: int,
    b_end: int,
    after_quote: bool,
    quote_chars: QuotedStretches,
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The content before the boundary ``[b_start, b_end)`` and the speaker between it and the cue (``S V``) or
    after the cue (``V S``); ``after_quote`` where the boundary closes a quotation of some length."""
    what_named = RE_WHAT_NAMED_QUOTATION.search(text, max(start, b_start - 400), b_start) if after_quote else None
    if what_named is not None and _outside_quotes(what_named.start(), quote_chars):
        return None  # "In 2009, under what Mr. Hedge called ''the prior economy model,'' the club charged ...": the
        # quotation is his name for it, not the words of the cue after it
    between = text[b_end : verb.start()]
    after = verb.end()
    rest = text[after:end]
    if between.strip():
        # S V order: the words between the boundary and the verb name the speaker
        if verb.group().endswith("ed") and RE_FINITE_CUE_NEXT.match(_skip_adjuncts(rest)):
            return None  # '“...,” the order released Friday said': a participle inside the subject, the cue after it
        if (
            verb.group().split()[0].endswith("ing")
            and RE_PROGRESSIVE_BEFORE.search(between) is None
            and RE_PARTICIPLE_LINK.search(between) is None
        ):
            return None  # "..., both men issued a statement expressing optimism": a participle has no subject here
            # (but '“...,” Blige sings to Clinton before asking her, “...”' goes on)
        if RE_COORDINATOR_OPENS.match(between) and word_count(text, after, end) >= 2:
            return None  # "X helms the effort, but Goff said succeeding is harder": the speaker's content follows
        if _passive(text, b_end, verb) and not RE_AS_SAYING.match(rest):
            return None  # "..., and his crowds are instructed in how to ...": a passive's subject is told
        speaker_text = strip_aux(between)
        if speaker_text.lstrip().startswith("whose ") or ", whose " in speaker_text:
            return None  # "..., the majority leader, whose new book boasts ...": a relative clause's subject, not
            # the speaker of the words before it
        as_word = RE_AS_SPEAKER.match(speaker_text) if after_quote else RE_WHICH_THEN_SUBJECT.match(speaker_text)
        if as_word is not None and not after_quote and _skip_adjuncts(rest).strip(" ,.;"):
            return None  # "..., which the company disclosed on Monday": only where the relative clause ends (not
            # "instincts, which the candidate has made clear in interviews he is uncertain about": its own clause)
        s_start = b_end + (as_word.end() if as_word else 0)  # "“...,” as Cruz said on the radio", "..., which| the
        # bank detailed in filings": the object relative's subject speaks
        speaker_text = text[s_start : b_end + len(speaker_text)]
        aside = RE_PARTICIPLE_ASIDE.match(speaker_text) if after_quote else None
        if aside is not None and not looks_like_speaker(speaker_text, strict=False):
            speaker_text = aside.group("np")  # "“...,” Bill Eastland, wearing a cowboy hat, said": the aside is no name
        if (
            not (looks_like_speaker(speaker_text, strict=False) or _speaks_all_the_same(speaker_text, verb, text))
            or speaker_text.lstrip()[:1] in _DASHES
        ):
            return None  # not 'lamented her gaffes - "does she ...?" - Democrats in Iowa said': a dash's aside
        named, _, appositive = speaker_text.strip().rpartition(", ")
        if (
            named
            and not appositive.endswith(",")  # (not "Melanne Verveer, a Ukrainian-American working for ..., wrote")
            and RE_ARTICLE_OPENS.match(appositive)
            and not looks_like_speaker(appositive)
            and head_noun(appositive) not in lexicons.words("speaker_nouns")
        ):
            return None  # "..., Guatemala and Honduras ..., a plan announced earlier this year": the writer's
            # appositive with a participle, no speaker
        speaker = (s_start + len(speaker_text) - len(speaker_text.lstrip()), s_start + len(speaker_text.rstrip()))
        if as_word is not None:
            return (start, b_start), speaker  # "“...,” as Cruz said on the radio, matters": an aside
        obj = None
        if verb.group() in _TELL_VERBS:
            obj = RE_TOLD_OBJECT.match(rest) or (RE_ANY_OBJECT.match(rest) if after_quote else None)
            rest = rest[obj.end() :] if obj else rest
        tail = _skip_adjuncts(rest)
        if RE_DASH_ASIDE_TO_END.match(tail):
            tail = ""  # "..., the budget office reported Tuesday — a development that ...": the writer's aside on it
        if RE_LATER_THAT.match(tail) and not after_quote:
            return None  # "Still, The Times reported at the time that ...": the content follows the cue
        own_content = _opens_own_content(tail, end, quote_chars) and not (
            obj is not None and RE_ARTICLE_OPENS.match(obj.group()) is not None and RE_THAT_OPENS.match(tail)
        )  # '“...,” he told a crowd that the campaign estimated at 3,000': after a quotation, a relative "that"
        reason_goes_on = not after_quote and RE_REASON_GOES_ON.match(tail) is not None  # "..., many economists
        # say, because there is little precedent": the reason is part of what they say
        purpose = tail != rest and RE_PURPOSE_TAIL.match(tail) is not None  # "..., Wilkin said during his campaign
        # speech to be a national delegate": the speech's purpose, after its venue
        continued = RE_CIRCUMSTANCE_THEN_QUOTATION.match(tail) if after_quote else None
        gerund_subject = not after_quote and opens_with_gerund_subject(tail.lstrip(" ,"))  # "..., she added,
        # revoking clearances would be ...": a gerund subject, the sentence goes on
        if continued is not None:
            tail = tail[continued.start("comma") :]  # '“The animosity is ...,” he told Chris Cuomo of CNN after the
            # debate, “and I hope ...”': the quotation goes on after the circumstance
        elif tail.lstrip()[:1] == "," and RE_PREPOSITION_THEN_QUOTATION.match(tail.lstrip()[1:].lstrip()):
            return (start, end), speaker  # "the prime minister ''looked ashen,'' Mr. Arad said, from ''the direct
            # body blow.''": the quoted words go on after the attribution
        elif (
            (RE_SUBORDINATE.match(tail) and not reason_goes_on and not gerund_subject)
            or purpose
            or RE_CONDITION_TAIL.match(rest)
            or (after_quote and not tail.lstrip().startswith(",") and not own_content)
        ):
            # "“...,” Trump said to a crowd of about 500.": after a quotation, what follows its speaker and
            # verb is circumstance, unless it opens the verb's own content
            tail = ""
        if tail.lstrip().startswith(";"):
            tail = ""  # "..., political analysts say; in 2012, ...": the clause ends at the semicolon
        if tail.strip() and not tail.lstrip().startswith(","):
            return None
        remainder = tail.lstrip()[1:].strip() if tail.strip() else ""
        mark = 2 if remainder.startswith("''") else 1 if remainder[:1] in "\"“‘«" and remainder else 0
        if mark:  # (two apostrophes open a quotation in some papers: "Mr. Trump said, ''I'm ...''")
            if (
                (not after_quote or text[start:b_start].lstrip()[:1] not in "\"“‘'«")  # (words open the sentence)
                and remainder[mark : mark + 1].islower()
                and word_count(text, start, b_start) >= 1
                and not any(  # (not "So when Patriot signaled ...,"; but 'And “the real issue,” he said, “is ...”')
                    quote_chars.scare_around(v.start()) is None and _outside_quotes(v.start(), quote_chars)
                    for v in _verb_matches(text, start, b_start, documents=True)
                )
            ):
                return (start, end), speaker  # 'Students, he said, “deserve classrooms ...”': the quotation goes on
                # with the sentence begun before the attribution, which is the content as a whole
            return None  # "..., Trump replied, “...”": the quote after the cue is the content
        if remainder and after_quote and RE_NEW_CLAUSE.match(remainder):
            return (start, b_start), speaker  # "“You winning?” she said, but Kevin was drifting off ..."
        if remainder and not _is_trailing_clause(remainder):
            # parenthetical: "Longer term, they said, the fight ..." -> the whole sentence is the content
            if word_count(remainder) >= 3:
                return (start, end), speaker
            return None
        if not after_quote and speaker_text.lstrip()[:1].islower() and _names_a_speaker(text, start, b_start):
            return None  # "Sen. Jon Tester, chairman of the committee, said having ...": a subject and its appositive
        if not after_quote and word_count(text, start, b_start) <= 4 and (
            RE_ROLE_PHRASE.fullmatch(text, start, b_start) or _bare_noun_phrase(text[start:b_start])
        ):
            return None  # "His spokesman, Andrew Mahaleris, did not respond", "Scott's niece, state Del. Marcia
            # Price, shouted": a role and its holder, no content
        if not after_quote and RE_OPENING_SUBORDINATE_CLAUSE.fullmatch(text, start, b_start):
            return None  # "While Republicans say the plan works, Democrats disagree": an adverbial clause of the
            # cue's own sentence, not what was said
        return (_after_colon_lead(text, start, b_start, quote_chars), b_start), speaker
    # V S order: the speaker follows a finite verb ("said X", not "applauding X")
    aside = RE_SUBJECT_THEN_PP_ASIDE.fullmatch(text, start, b_start) if not after_quote else None
    if aside is not None and looks_like_speaker(aside.group("np")):
        return None  # "The Kremlin, via its spokesman, denied the report": the subject and its aside, no content
    inverting = verb.group() in _INVERTING_TELL_VERBS and (
        after_quote
        or RE_NAME_TO_END.fullmatch(text, after, end) is not None
        or (to_end := RE_SPEAKER_TO_END.fullmatch(text, after, end)) is not None
        and RE_NAMED_GROUP.fullmatch(to_end.group("np")) is not None
        and looks_like_speaker(to_end.group("np"))
    )  # "..., warned Jefferies analyst Philippe Houchois.", "..., warned strategists at Goldman Sachs in a note to
    # clients.": a speaker, and the sentence ends
    tell = verb.group() in _TELL_VERBS and not inverting
    plural_inverts = verb.group() == "say" and (
        RE_NAME_TO_END.fullmatch(text, after, end) is not None
        or not after_quote
        and (goes_on := RE_PREDICATE_GOES_ON.search(text, after, end)) is not None
        and looks_like_speaker(text[after : goes_on.start()], strict=False)
    )  # "The move, say analysts, could backfire": the aside ends, the predicate goes on
    if tell or verb.group().endswith("ing") or not rest.strip() or not (_finite(verb.group()) or plural_inverts):
        return None  # "..., economists say taxing ...": a plural's verb does not invert (but "..., say some
        # Democrats, who ...": a named group, and the sentence ends)
    if RE_THAT.match(rest):
        return None  # "Salceda, citing data, said that ...": the content follows the cue
    if not after_quote and RE_ACCUSING_VERB.match(verb.group()) and RE_OBJECT_THEN_CHARGE.match(text, after, end):
        return None  # "The party, in a statement signed by X, accused the ruling party of plotting ...": an object
        # and the charge follow the verb, not its speaker
    subject = strip_aux(text[start:b_end])  # "Opposition leader Rahul Gandhi, however, accused the government"
    if not after_quote and (looks_like_speaker(subject) or _subject_with_aside(text[start:b_end])):
        return None  # "A spokesman, who could not be named, confirmed the figures": the subject comes first
    speaker_end = _speaker_after(text, after, end)
    if speaker_end is None:
        return None
    speaker_text = text[after:speaker_end]
    first = speaker_text.split(",")[0]
    if opens_relative(first):
        first = speaker_text  # "said a former official who, like others interviewed, spoke ..."
    if (
        not looks_like_speaker(first, strict=not after_quote)
        and speaker_text.strip() not in _ONE_OF
        and not _speaks_all_the_same(first, verb, text)
    ):
        return None  # (no quotation before: "Then DuPont, only two months later, announced plans to merge")
    lead = len(speaker_text) - len(speaker_text.lstrip())
    remainder = text[speaker_end:end].strip()
    if not after_quote and remainder.startswith(",") and RE_PREDICATE_GOES_ON.match(remainder):
        # "The contrast with Trump, said Doyle and others, would be clear ...": the sentence's predicate goes on
        # after the aside, and the whole sentence is the content
        return (start, end), (after + lead, speaker_end)
    return (_after_colon_lead(text, start, b_start, quote_chars), b_start), (after + lead, speaker_end)


#: "as" right after a verb of describing whose object came before it: "(whom he) described as| ...".
RE_AS_NEXT = lazy_compile(r"\s++as\s++(?=\S)")
#: A noun phrase and a prepositional aside set off by a comma: "The Kremlin, via its spokesman".
RE_SUBJECT_THEN_PP_ASIDE = lazy_compile(
    r"\s*+(?P<np>[^,;:\"“”]{1,80}?),\s++(?:via|through|in|with|by|on\s++behalf\s++of)\s[^,;:\"“”]{1,60}?\s*+"
)
#: A finite reporting verb next, perhaps after an agent: "(the order released Friday) said", "(the report
#: released) by the committee on Friday concluded".
RE_FINITE_CUE_NEXT = lazy_compile(
    r"(?:\s++by\s++[^,;:\"“”.]{1,60}?)?\s*+(?:said|says|told|tells|added|adds|wrote|writes|stated|states|noted|notes|found|finds|shows|showed|"
    r"concluded|concludes|warned|warns|argued|argues)\b"
)
#: A word that opens a clause inside a speaker phrase: "X, who also said that ...".
RE_CLAUSE_WORD = lazy_compile(r"\b(?:who|whom|whose|which|that|when|where|while|because)\b")
#: A predicate going on after an inverted attribution set off by commas: ", would be clear", ", is to have".
RE_PREDICATE_GOES_ON = lazy_compile(
    r",\s++(?:(?:also|still|now|then|only)\s++)?(?:is|are|was|were|will|would|could|can|should|may|might|must|has|"
    r"have|had|does|do|did)\s++[\p{L}\d$“\"]"
)


#: A clause after the main one whose subject a participle after it continues: "..., as Mrs. Clinton echoed the
#: criticism, (saying)", "... the Taj Mahal, where about 50 protesters had gathered, (chanting)".
RE_SUBORDINATE_BEFORE_PARTICIPLE = lazy_compile(r",\s++(?:as|where)\s++(?=\S)")


def _subordinate_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject of the last "as" or "where" clause set off by commas before a participle, if it names a
    speaker."""
    if not text[start:end].rstrip().endswith(","):
        return None
    m = max(RE_SUBORDINATE_BEFORE_PARTICIPLE.finditer(text, start, end), key=lambda x: x.start(), default=None)
    if m is None:
        return None
    subject = sentence_subject(text, m.end(), end) or _common_noun_subject(text, m.end(), end)
    return subject if subject is not None and looks_like_speaker(text[subject[0] : subject[1]]) else None


def _after_colon_lead(text: str, start: int, end: int, quote_chars: QuotedStretches) -> int:
    """Where a content before a cue starts: at a quotation that a colon introduces and that runs to the content's
    end ('... a small print run of the book: “Publish the book ...,” the pitch says': the clause before the colon
    is the writer's), else after the writer's connective that opens the sentence ("Still, | almost two in three
    voters view him favorably, the poll found"), else at ``start``."""
    colon = max(RE_COLON_BEFORE_QUOTE.finditer(text, start, end), key=lambda m: m.start(), default=None)
    if colon is None:
        connective = RE_WRITERS_CONNECTIVE.match(text, start, end)
        return connective.end() if connective is not None else start
    opening = colon.end()
    part = next(filter(None, (quote_chars.ending_at(end + k) for k in range(4))), None)  # ',”' or ",''" after it
    return opening if part is not None and part[0] == opening else start


#: A connective of the writer's opening a sentence, set off by a comma, before more words.
RE_WRITERS_CONNECTIVE = lazy_compile(
    r"(?:Still|However|Meanwhile|Yet|Instead|Indeed|Nevertheless|Nonetheless|Moreover|Furthermore|Also|Besides),"
    r"\s++(?=\S++\s++\S)"
)


#: A colon and the opening mark of a quotation after it.
RE_COLON_BEFORE_QUOTE = lazy_compile(r":\s*+(?=''|[\"“«])")


def _bare_noun_phrase(phrase: str) -> bool:
    """A phrase that names someone and holds no verb ("Another user", not "Police arrested two men")."""
    return not any(past_or_auxiliary(w) for w in phrase.split()) and looks_like_speaker(phrase)


#: A role noun phrase with a possessive or article and no verb: "His spokesman", "The company's lawyer".
RE_ROLE_PHRASE = lazy_compile(
    r"\s*+(?:(?:His|Her|Their|Its|The|A|An|his|her|their|its|the|a|an)\s++(?:[\w\-]++['’]s\s++)?|[\w\-]++['’]s\s++)"
    r"(?:[\p{L}\-]++\s++){0,2}(?:spokesman|spokeswoman|spokesperson|lawyer|attorney|aide|adviser|advisor|"
    r"representative|press\s++secretary|publicist|agent|manager|deputy|wife|husband|son|daughter|mother|father|"
    r"brother|sister|niece|nephew|cousin|uncle|aunt|widow|partner|friend|colleague)\s*+"
)
#: A coordinator or concessive word opening the words before a cue: ", but Goff said ...", ", though she said ...".
RE_COORDINATOR_OPENS = lazy_compile(r"\s*+(?:but|though|although|yet|whereas)\s")
#: A passive cue that still reports its subject's words: "“...,” he was quoted as saying".
RE_AS_SAYING = lazy_compile(r"\s*+(?:as\s++)?(?:saying|telling|writing)\b")
#: Verbs taking an object that invert after a quotation: "“How big is that wall?” asked the boy."
_INVERTING_TELL_VERBS = frozenset(["asked", "warned", "urged", "reminded"])
#: A speaker phrase that ends the sentence, its head a name: " Jefferies analyst Philippe Houchois".
RE_NAME_TO_END = lazy_compile(
    r"\s++(?:[\p{L}.’'\-]++\s++){0,4}\p{Lu}[\p{L}.’'\-]*+(?:,\s++(?:who|which)\s[^;:]{3,160}?|,\s++[^,;:]{3,80}?)?\s*+"
)  # "..., say some Democrats, who cringe as they recall ..."
#: A speaker phrase and perhaps where it spoke, ending the sentence: " Goldman Sachs strategists in a note to
#: clients."
RE_SPEAKER_TO_END = lazy_compile(
    r"\s++(?P<np>[^\s,;:\"“”][^,;:\"“”]{2,79}?)"
    r"(?:\s++(?:in|on|at)\s++(?:a|an|the|his|her|their|its)\s++[^,;:\"“”]{1,40}?)?\s*+[.!?]?\s*+"
)
#: A phrase with a name in it and no infinitive, not opening with a preposition: "strategists at Goldman Sachs",
#: "Goldman Sachs strategists" (not "fans of last season", "a federal judge to block the rules": objects).
RE_NAMED_GROUP = lazy_compile(
    r"(?!(?:against|about|of|on|for|to|with|from|in|at)\s)(?:(?!\bto\s)[^\p{Lu}])*+\p{Lu}(?:(?!\bto\s).)*+"
)
#: A condition of anonymity beside a cue and its speaker: "on condition of anonymity", "requesting anonymity".
_CONDITION = (
    r"on\s+(?:the\s+)?condition\b|(?:requesting|seeking|asking\s+for)\s+anonymity\b|"
    r"(?:speaking|talking)\s+(?:on\s+(?:the\s+)?condition|anonymously|on\s+background)\b|on\s+background\b"
)
#: A condition of anonymity right after an inverted cue's speaker: "said an official requesting anonymity".
RE_CONDITION_AFTER_SPEAKER = lazy_compile(rf"(?<!\s)\s++(?:{_CONDITION}|granted\s+anonymity\b)")
#: A condition of anonymity after "X said": "Talks stalled, an aide said on condition of anonymity for fear of
#: reprisal." (circumstance, not more content).
RE_CONDITION_TAIL = lazy_compile(rf"\s*+,?\s*+(?:{_CONDITION}|in\s+exchange\s+for\s+anonymity\b)")
#: A relative clause's passive auxiliary right before a condition: "a staffer who was| granted anonymity".
RE_RELATIVE_PASSIVE = lazy_compile(r"\b(?:who|whom)\s++(?:was|were|had\s+been|has\s+been|have\s+been|is|are)$")
#: Where a clause starts after an inverted cue's speaker: "said Golvach when asked about Graham", "said Carly
#: Fiorina during the second debate".
RE_AFTER_SPEAKER = lazy_compile(
    r"(?<!\s)(?<!\b(?:known|such|same|identified|described|name|only|simply))"  # "who gave his name only as Earl"
    r"\s++(?:when|while|as|after|before|because|since|though|although|during)\s"
)


def _subject_with_aside(left: str) -> bool:
    """ "Powell's office, when contacted by Reuters,": a subject and an aside, before its verb."""
    aside = RE_PARTICIPLE_ASIDE.match(left)
    return aside is not None and looks_like_speaker(aside.group("np"))


#: A circumstance set off after an inverted speaker's appositive: ", during the public comment period", ", at a
#: rally on Monday".
RE_CIRCUMSTANCE_AFTER_APPOSITIVE = lazy_compile(
    r"(?<=\S),\s++(?:during|at|after|before|while|when|following|outside|inside|on\s++(?:the|a|an|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)\s"
)


#: A relative clause opening an appositive: " who helmed the party from 1995 to 1997, during ...".
RE_RELATIVE_OPENS = lazy_compile(r"\s*+(?:who|whom|whose|which)\s")


def _speaker_after(text: str, start: int, end: int) -> int | None:
    """End of the speaker phrase after an inverted cue (``said Hisham al-Hashimi, an Iraqi analyst``)."""
    rest = text[start:end]
    if not rest.strip() or rest.lstrip()[0] in "\"“,:":
        return None
    clause = RE_AFTER_SPEAKER.search(rest)
    if clause is not None and "," not in rest[: clause.start()]:
        end = start + clause.start()  # "said Dan Golvach when asked about ...": the speaker ends at "when"
        rest = text[start:end]
    condition = RE_CONDITION_AFTER_SPEAKER.search(rest)
    if condition is not None and RE_RELATIVE_PASSIVE.search(rest, 0, condition.start()):
        condition = None  # "said a staffer who was granted anonymity to ...": the relative clause holds it
    if condition is not None and "," not in rest[: condition.start()]:
        end = start + condition.start()  # "said a senior officer on condition of anonymity": the condition is no name
        rest = text[start:end]
    goes_on = RE_PREDICATE_GOES_ON.search(rest) if "," in rest else None
    if goes_on is not None and (
        rest.count(",", 0, goes_on.start()) <= 1 and RE_CLAUSE_WORD.search(rest, 0, goes_on.start()) is None
    ):  # (not "said X, director of Y, who also said that the two men, and Mr. Cruz, must do more")
        end = start + goes_on.start()  # "The biggest risk, said Paul Bauman, a geophysicist, is the noise": the
        rest = text[start:end]  # sentence's predicate goes on after the speaker
    comma = rest.find(",")
    if comma == -1 or opens_relative(rest[:comma]):
        return end  # "said a former official who, like others interviewed, spoke ...": one relative clause
    participle = RE_COMMA_PARTICIPLE.search(rest, comma + 1)
    if participle is not None and _modifies_a_role(rest, participle.end()):
        participle = None  # "said Tu Le, managing director of ...": an adjective before a role, no participle
    if participle is not None:
        # "said X, a senator, adding that ...": the participle is no name (the appositive keeps its closing comma)
        end = start + participle.start() + len(participle.group()) - len(participle.group().lstrip(" ,"))
        rest = text[start:end]
    appositive = rest[comma + 1 :]
    mark = RE_QUOTE_MARK.search(appositive)
    if mark is not None and appositive[: mark.start()].rstrip().endswith(","):
        # "“A,” said X, director of ..., “b.”": the appositive ends at the comma before the quote's second part
        end = start + comma + 1 + appositive[: mark.start()].rstrip().rfind(",") + 1
        appositive = text[start + comma + 1 : end]
    circumstance = RE_CIRCUMSTANCE_AFTER_APPOSITIVE.search(appositive)
    if circumstance is not None and not RE_RELATIVE_OPENS.match(appositive):  # (not ", who helmed it, during ...")
        # "asked Rebecca Tran, a mother of two, during the public comment period": when, not who (the appositive
        # keeps its closing comma)
        end = start + comma + 1 + circumstance.start() + 1
        appositive = text[start + comma + 1 : end]
    appositive = appositive.strip()
    words = appositive.split()
    subordinate = RE_SUBORDINATE.match(appositive)
    if subordinate is not None and subordinate.group().endswith("ing"):
        subordinate = None if _modifies_a_role(appositive, subordinate.end()) else subordinate  # "managing director"
    if words and _appositive_ok(appositive) and subordinate is None:
        if len(words) <= 2 * _MAX_SPEAKER_WORDS and not RE_QUOTE_MARK.search(appositive):
            return end
        quoted = RE_RELATIVE_BEFORE_QUOTE_MARK.search(appositive)
        reports = quoted is not None and any(
            w in lexicons.inflections("reporting_verbs") for w in quoted.group().split()
        )  # (not ", who added that ...": a report of its own)
        if quoted is not None and not reports and _appositive_ok(appositive[: quoted.start()].rstrip(" ,")):
            # "said Leslie Feldman, 34, a plaintiff| who waited in an “extraordinarily long line ...”": the
            # relative clause that quotes her is no part of the name
            return text.index(appositive, start + comma) + len(appositive[: quoted.start()].rstrip(" ,"))
    return start + comma


#: A relative clause opening before a quotation mark in an appositive: "(a plaintiff) who waited in an “...".
RE_RELATIVE_BEFORE_QUOTE_MARK = lazy_compile(r",?\s++(?:who|whom|whose|which)\s[^\"“”]*+[\"“]")


def _speaker_first(
    text: str, start: int, end: int, verb: VerbMatch, quote_chars: QuotedStretches
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """``X said (that) CONTENT`` / ``X told reporters CONTENT`` / ``X said: “QUOTE”``."""
    left = text[start : verb.start()]
    if RE_HAVING.fullmatch(left):
        return _perfect_participle(text, end, verb)
    as_aside = RE_AS_ASIDE.search(left) if " as " in left else None  # a cheap test first
    found = _as_aside(text, end, verb, start, as_aside) if as_aside is not None else None
    if found is not None:
        return found
    passive = _passive_agent(text, start, end, verb)
    if passive is not None:
        return passive
    *group, last_word = verb.group().split()
    impersonal = (  # (the verb group may hold the "was": "it| was later revealed")
        RE_IMPERSONAL_PASSIVE.search(left[-40:] + "".join(w + " " for w in group)) if "t " in left[-40:] else None
    )
    if impersonal is not None and (past_form(last_word) or last_word in _PASSIVE_IRREGULAR):
        that = RE_THAT.match(text, verb.end(), end)
        if that is not None and word_count(text, that.end(), end) >= 2:
            return (that.end(), end), None  # "It was reported that ...", "It is often said that ...": no speaker
    if _passive(text, start, verb):
        return None  # "The ministry was warned weeks earlier": a passive's subject is told, it does not speak
    if verb.group().endswith("ing") and not left.rstrip().endswith(","):
        perceived = RE_PERCEIVED_BEFORE_PARTICIPLE.search(left)
        if (
            perceived is not None
            and looks_like_speaker(perceived.group("np"))
            and (verb.group() not in _clause_only_forms() or RE_THAT.match(text, verb.end(), end))
        ):  # (not "shows the billionaire maintaining his lead": a clause-only verb needs its clause)
            # "The video shows Trump saying ...", "Clinton heard voters saying ...": the one seen or heard speaks
            return _participle_content(text, verb, end), (start + perceived.start("np"), start + perceived.end("np"))
        document = RE_NOUN_BEFORE_PARTICIPLE.search(left)
        noun = document.group("noun").removesuffix("s") if document is not None else ""
        if document is not None and (noun in _SIGNAGE or noun in _MESSAGES and verb.group() == "saying"):
            # "Lori Bernstein held up a sign saying “...”": the sign speaks (not "issued a statement saying ...",
            # whose issuer does)
            return _participle_content(text, verb, end), (start + document.start("np"), start + document.end("np"))
    shared = RE_SHARED_SUBJECT.search(left) if _finite(verb.group()) else None
    first = sentence_subject(text, start, start + shared.start()) if shared else None
    aside_subject = RE_ASIDE_THEN_VERBS.search(left, 0, shared.start()) if shared else None
    who = aside_subject is not None and aside_subject.group("np") == "who"
    if who and not relative_antecedent(text, start + aside_subject.start("np")):  # type: ignore[union-attr]
        aside_subject = None  # (a "who" with no name or noun before it)
    if aside_subject is not None:
        first = (start + aside_subject.start("np"), start + aside_subject.end("np"))  # "Sanders, who endorsed
        # Canova and said he would campaign with him, ...", "Clinton, though she praised Garland and said ...": the
        # aside's subject speaks
    ing_form = verb.group().split()[0].endswith("ing")  # "saying", "calling for"
    if first is None and ing_form and (left.rstrip().endswith(",") or RE_PROGRESSIVE_BEFORE.search(left) is None):
        # "Schlafly endorsed Trump, saying ...", "Beck doubled down by suggesting ...": the participle's speaker
        # is the subject of the main clause
        first = _subordinate_subject(text, start, verb.start()) or _main_subject(text, start, verb)
        if first is None or not looks_like_speaker(text[first[0] : first[1]]):
            first = _common_noun_subject(text, start, verb.start())
        judged = RE_JUDGED_FOR.search(left)
        if judged is not None and looks_like_speaker(judged.group("obj")):
            first = (start + judged.start("obj"), start + judged.end("obj"))  # "scolded Romney for suggesting ...":
            # the one blamed or praised for what was said said it
    clause = 0
    absolute = RE_WITH_SUBJECT.search(left) if ing_form else None
    absolute_np = strip_aux(absolute.group("np")) if absolute is not None else ""  # "with Trump reportedly yelling"
    if absolute is not None and verb.group() == "reporting" and absolute_np.split()[-1] in _RETURNING_UNITS:
        return None  # "with 99 percent of precincts reporting": election returns, not a report
    if absolute is not None and looks_like_speaker(absolute_np, strict=False):
        first = None  # "with 50 percent saying she is prepared": the noun phrase after "with" speaks
        speaker = (start + absolute.start("np"), start + absolute.start("np") + len(absolute_np.rstrip()))
    elif (
        first is not None
        and text[first[0] : first[1]].lower() not in _NOT_SUBJECTS
        and (aside_subject is not None or looks_like_speaker(text[first[0] : first[1]]))
    ):
        # "Trump had welcomed the election and said ...": the sentence's subject speaks
        speaker = first
    else:
        subject = _subject_span(text, start, verb.start())
        explicit = (
            RE_THAT.match(text, verb.end(), end) is not None  # "X say that ...": plainly a report
            or verb.group() in _SAY_FORMS  # "security specialists say it is ...": only a speaker says
        )
        who = RE_RELATIVE_WHO.search(text, start, verb.start())
        that = (
            RE_RELATIVE_THAT.search(text, start, verb.start())
            if who is None and _document_relative(text, verb.start(), verb.group())
            else None
        )
        among = RE_AMONG_THOSE_WHO.search(text, start, verb.start())
        counted = _subject_span(text, start, among.start()) if among is not None else None
        if counted is not None and looks_like_speaker(text[counted[0] : counted[1]]):
            subject = counted  # "Naureen Jahangir, a Sanders supporter, is among those who say ...": she speaks
        elif (
            who is not None
            and (verb.group() in _SAY_FORMS or "," in text[max(start, who.start() - 3) : who.start()])
            and (
                who.group("rel") == "who"
                or verb.group() in _WHICH_REPORTS
                or RE_THAT_OPENS.match(text, verb.end()) is not None
                or _names_in_quotation(text, verb, end)
            )
            and relative_antecedent(text, who.start()) is not None
        ):  # "Mr. Sanders, who argued ...", "23 percent who said ...", "the ministry, which said ...", "the Post,
            # which argued that ..." (not "a lawyer who argued cases", "BuzzFeed, which does not disclose its finances")
            subject = who.span("rel")  # "Mr. Sanders, who said ...": "who" speaks for him
        elif that is not None:
            subject = that.span("np")  # "replaced by a message that said, “...”": the message speaks
        elif subject is None or not (
            looks_like_speaker(text[subject[0] : subject[1]], strict=not explicit)
            or _speaks_all_the_same(text[subject[0] : subject[1]], verb, text)
        ):
            subject = _purpose_subject(text, start, verb) or _name_after_intro(text, start, verb)
            if subject is None:
                return None
        infinitive_subject = _infinitive_subject(text, subject, verb)
        if infinitive_subject is None:
            return None
        speaker = infinitive_subject
        clause = subject[0] - start
    pos = verb.end()
    as_next = RE_AS_NEXT.match(text, pos, end) if verb.group().startswith(("describ", "characteri")) else None
    if as_next is not None:
        comma = text.find(",", as_next.end(), end)
        close = comma + 1 + (text[comma + 1 : comma + 2] in "\"”’'") if comma != -1 else end  # ("as “volatile,”")
        if word_count(text, as_next.end(), close) >= 2 or quote_chars.marked(as_next.end(), close):
            # (not "which friends described as miserable,": one word is too few to stand alone, unless quoted:
            # 'whom he described as "peaceful,"')
            pos = as_next.end()  # "(whom one Obama insider) described as| “his brother”": the object came before
    if RE_ASKS_ANONYMITY.match(text, pos, end):
        return None  # "The official requested anonymity to discuss ...": a condition, not a report
    if (
        verb.group() not in _PARENTHETICAL_FORMS
        and RE_COMMA_THEN_CLAUSE.match(text, pos, end)
        and RE_OPENING_SUBORDINATOR.match(text, start, verb.start())
    ):
        return None  # "After Clinton testified, Gowdy and his team ...": the main clause follows, no content
    if RE_SECOND_PREDICATE_NEXT.match(text, pos, end):
        return None  # "The protester yelled and held up a banner", "a process for admitting and resettling refugees":
        # a second predicate or a coordinated gerund follows, not what was said
    if verb.group() in _TELL_VERBS:
        obj = (
            RE_TOLD_OBJECT.match(text, pos, end)
            or RE_LATER_THAT.match(text, pos, end)
            or RE_TOLD_PLACE_THAT.match(text, pos, end)
            or RE_OBJECT_BEFORE_QUOTE.match(text, pos, end)
        )
        asked_to_act = RE_OBJECT_THEN_INFINITIVE.match(text, pos, end)
        if obj is not None and asked_to_act is None:
            pos = obj.end()  # "told reporters| that ...": whom a report is told is no part of it; but "urged him to
            # resign", "told his players not to worry": the one asked to act is part of what is asked (PolNeAR's way)
            relative = RE_LATER_THAT.match(text, pos, end) if RE_WHO_NEXT.match(text, pos, end) else None
            pos = relative.end() if relative is not None else pos  # "warned residents| who stayed behind that ..."
        elif asked_to_act is None and _tells(verb.group()):
            return None
    rest = _skip_adjuncts(text[pos:end])
    pos = end - len(rest)
    after_condition = text[max(0, pos - 12) : pos].rstrip(" ,").endswith("anonymity")
    reason = RE_REASON_THEN_THAT.match(text, pos, end) if after_condition else None
    if reason is not None:
        pos = reason.end()  # "said, on condition of anonymity because of the sensitivity of the information, that ..."
    manner = RE_MANNER_BEFORE_COLON.match(text, pos, end)
    if manner is not None:
        pos = manner.end()  # "put it more bluntly: “...”", "said it plainly: “...”": the quotation is the content
    dash = RE_DASH_AFTER_CUE.match(text, pos, end)
    if dash is not None:
        if dash.group("aside") is None and not RE_QUOTE_MARK.match(text, dash.end(), end):
            return None  # "..., the budget office reported Tuesday — a development that ...": the writer's aside
        pos = dash.end()  # "said — in a surprising turn — that ...", "said — “...”"
    participle = RE_COMMA_PARTICIPLE.match(text, pos, end) or RE_COMMA_WITH_PARTICIPLE.match(text, pos, end)
    if participle is not None and participle.group("verb") in lexicons.inflections("reporting_verbs"):
        return None  # "Huckabee agreed, praising his opponent as ...", "Republicans were quick to chime in, with
        # Donald Trump tweeting that ...": the participle reports, not the verb
    aside = RE_ASIDE_ADVERB.match(text, pos, end)
    if aside is not None:
        pos = aside.end()  # "He cautioned, however, that ...": the writer's adverb is no part of the content
    announced = RE_ANNOUNCING_LEAD_IN.match(text, pos, end)
    if announced is not None and announced.end() < end:
        pos = announced.end()  # "tweeting the following: Crowd in Hialeah ...": the words after the colon
    elif announced is not None:
        return None  # "tweeting the following:" closing its paragraph: the next paragraph is what was tweeted
    that = RE_THAT.match(text, pos, end)
    if that and _demonstrative_that(text, that.start(), that.end(), end):
        return None  # "she doesn't mention that on the campaign trail": "that" is the object, no clause follows
    if that:
        pos = that.end()
    elif text[pos:end].lstrip()[:1] == ",":
        pos = text.index(",", pos) + 1
        if RE_COORDINATOR_NEXT.match(text, pos, end):
            return None  # "has expressed frustration, and even a little trepidation, about ...": no content follows
        if verb.group().endswith("ing") and RE_GERUND_NEXT.match(text, pos, end):
            return None  # "begin shouting, pointing, jeering - ...": a list of what they do, no words reported
        if RE_AUXILIARY_NEXT.match(text, pos, end) and RE_OPEN_RELATIVE.search(left):
            return None  # "X, who cannot be named for legal reasons, was charged": the form closes an aside
        before_subject = left[:clause].rstrip()
        if before_subject.endswith(",") and len(before_subject.split()) >= 2 and predicate_next(text, pos, end):
            # "Riding alone in the park, they said, can be hazardous": the attribution is set off inside the
            # sentence, and the whole sentence is the content (as "Longer term, they said, the fight ..."); not
            # "Rather, he said, continued struggles ...": a connective opens the content after the attribution
            return (start + len(left) - len(left.lstrip()), end), speaker
    if RE_DOCUMENT_THEN_PARTICIPLE.match(text, pos, end):
        return None  # "released a statement Wednesday saying ...": the participle reports, the statement is no content
    following = text[pos:end].lstrip()
    opens_quote = bool(following) and following[0] in "\"“‘'«"
    later_colon = None
    if not that and not opens_quote and RE_NOT_CONTENT.match(text, pos, end):
        later_colon = RE_LATER_COLON.match(text, pos, end)
    if later_colon is not None:
        pos, opens_quote = later_colon.end(), True  # "said of the request: “...”": the quotation is the content
    phrase_then_clause = False
    if not that and not opens_quote and RE_NOT_CONTENT.match(text, pos, end):
        later = RE_LATER_THAT.match(text, pos, end)  # "told a crowd in Miami Tuesday that ..."
        if later:
            pos, that = later.end(), later
        elif verb.group() in _PHRASE_CLAUSE_FORMS:
            phrase = RE_PHRASE_THEN_SUBJECT.match(text, pos, end)  # "said in politics it takes time to ..."
            phrase_then_clause = phrase is not None and (
                RE_FINITE_VERB.match(text, phrase.end(), end) is not None
                or RE_BARE_CLAUSE.match(text, phrase.end(), end) is not None
            )
    if not that and not opens_quote and not quote_chars.overlaps(pos, end) and not phrase_then_clause:
        bare_forms = lexicons.inflections("bare_clause_verbs")
        bare_clause = (verb.group() in bare_forms and RE_BARE_CLAUSE.match(text, pos, end) is not None) or (
            speaker is not None
            and text[pos - 1 : pos] == ","
            and RE_AS_OPENS.fullmatch(text, start, speaker[0]) is not None
        )  # ("As POLITICO revealed, the RNC agreed to ...": the sentence after the aside is what was revealed)
        if RE_NOT_CONTENT.match(text, pos, end) or (
            verb.group() in _clause_only_forms() and not bare_clause and not _document_finding(text, end, verb, speaker)
        ):
            return None  # "maintains a lead", "apologized to his supporters", "was mentioned by ..."; but "revealed
            # her husband had taken her name": a clause with no "that"; "The poll showed Mr. Trump with a lead"
        relative = RE_RELATIVE_AFTER_COMMA.search(text, pos, end)
        clause_end = relative.start() if relative is not None else end  # "for Boston, which has won six straight"
        trailing = RE_TRAILING_ATTRIBUTION.search(text, pos, clause_end)
        clause_end = trailing.start() if trailing is not None else clause_end  # "..., she noted": not its verb
        if verb.group() in lexicons.inflections("object_verbs") and (
            not (RE_FINITE_VERB.search(text, pos, clause_end) or _subject_then_past(text, pos, clause_end))
            or RE_COUNT_OBJECT.match(text, pos, end)
        ):
            return None  # "Anthony Davis added 24 points and 15 rebounds", "Jaylen Brown added 24 and the Celtics
            # rallied": an object, no clause
    elif not that and not opens_quote and RE_NOT_CONTENT.match(text, pos, end):
        mark = RE_QUOTE_MARK.search(text, pos, end)
        if mark is not None and _verb_matches(text, pos, mark.start()):
            return None  # "a woman asked for a photo and Clinton said, “...”": the later cue frames the quotation
    content_end = _cut_trailing_attribution(text, pos, end)
    reply = RE_TO_WHICH_REPLY.search(text, pos, content_end)
    if reply is not None and reply.group("verb") in lexicons.inflections("reporting_verbs"):
        content_end = reply.start()  # "She said that ..., to which O'Malley interjected: “...”": the reply is his
    if not that and not opens_quote:
        second = _coordinated_cue(text, pos, content_end)
        if second is not None and not second.group("pronoun") and not RE_FINITE_VERB.search(text, pos, second.start()):
            content_end = second.start()  # "The DNC denies any wrongdoing| and points out that ...": an object, then
            # the subject's second report (read as one after this)
        semicolon = text.find(";", pos, content_end)
        if semicolon != -1 and not RE_FINITE_VERB.search(text, pos, semicolon):
            comma = text.find(",", semicolon, content_end)
            if RE_FINITE_VERB.search(text, semicolon, comma if comma != -1 else content_end):
                content_end = semicolon  # "called for a debate on whether to ban Trump|; one lawmaker called ...":
                # an object ends at the semicolon where a clause follows (not a list of objects: "alleging fraud;
                # his clothing line, some of which is made abroad; ...")
    opening = left[:clause].strip()
    opening = opening[RE_LEADING_CONNECTIVE.match(opening).end() :]  # type: ignore[union-attr]  # always matches
    leads = opening.split(None, 1)[0].lower() if opening else ""
    last_phrase = RE_OPENING_BREAK.split(opening)[-1]  # "In Egypt, just months after": the phrase after a comma
    if RE_TIMED_SUBORDINATOR.fullmatch(opening) or RE_TIMED_SUBORDINATOR.fullmatch(last_phrase):
        leads = "after"  # "Two decades after", "Just days before", "Shortly after": a time, then the subordinator
    elif RE_EVEN_SUBORDINATOR.fullmatch(opening):
        leads = "while"  # "(But) even as Trump claimed ..., one of the prosecutors said ...": a concession
    if opening.lower() in _LEADING_SUBORDINATORS or (
        opening[-1:].isalpha()
        and (
            leads in _LEADING_SUBORDINATORS - {"as"}
            or leads in _LEADING_PREPOSITIONS and speaker is not None and text[speaker[0] : speaker[1]] == "who"
        )
    ):  # "Although she said", "Although in September she said": the content ends where the main clause begins
        main = RE_MAIN_CLAUSE.search(text, pos, content_end)  # "(So) while X said C, he ..." ends at the comma
        content_end = main.start() if main else content_end
    elif (aside_subject is not None and aside_subject.group("np") != "who") or (
        last_phrase != opening
        and last_phrase.lower() in _LEADING_SUBORDINATORS - {"as"}
        and looks_like_speaker(RE_OPENING_BREAK.split(opening)[-2])
    ):
        # "Clinton, though she said Republicans should give him a hearing, stopped short ...": a subordinate clause
        # set off after the subject, whose predicate follows it
        predicate = next((p for p in RE_COMMA_VERB.finditer(text, pos, content_end) if _main_verb(p)), None)
        content_end = _aside_end(predicate) if predicate is not None else content_end
    if speaker is not None and restrictive_who(text, Span.of(text, *speaker)) and not opens_quote:
        content_end = _subject_relative_end(text, start, speaker[0], pos, content_end)
    colon_ends_line = RE_COLON_ENDS_LINE.match(text, content_end - 1) or RE_COLON_ENDS_LINE.match(text, content_end)
    if colon_ends_line and RE_CIRCUMSTANCE_OPENS.match(text, pos, content_end):
        return None  # "He told his audience, to rowdy applause:": a circumstance before the colon, the quotation
        # after it (read as a lead-in)
    short = word_count(text, pos, content_end) < 2
    if short and not opens_quote and not _one_word_answer(text, pos, content_end, verb):
        return None  # (a quotation may go on past the sentence: 'Ryan said, “Sure. I get that, too.”'; "46 percent
        # said yes": an answer)
    if verb.group().startswith("charg") and RE_PRICE.match(text, pos, content_end):
        return None  # "the club charged a $100,000 initiation fee": a price, not an accusation
    circumstance = RE_SUBORDINATE_CLAUSE_ONLY.fullmatch(text, pos, content_end) if not that else None
    if circumstance is not None and (
        circumstance.group("word") not in _QUESTION_WORDS or not RE_QUESTION_CUE.match(verb.group().split()[-1])
    ):
        return None  # "The minister complained when prices rose": when, not what (but "did not say when ...": a
        # question left open; and "if" opens a conditional content as often as not)
    if RE_TIME_ONLY.fullmatch(text, pos, content_end):
        return None  # "Altman fired back hours later.": when, not what
    if RE_ANAPHORIC_CONTENT.match(text, pos, content_end):
        return None  # "The minister disclosed this while speaking to journalists": what was said is told before
    return (pos, content_end), speaker


#: A circumstance after an attribution, then a comma and a quotation that goes on in lower case: " after the
#: debate|, “and I hope ...”".
RE_CIRCUMSTANCE_THEN_QUOTATION = lazy_compile(
    r"\s*+(?:after|before|during|at|in|on|when|while|as)\s[^,;:\"“”\n]{1,80}?(?P<comma>,)\s*+(?:''|[\"“])\p{Ll}"
)
#: A preposition and a quotation right after an attribution's comma: "from ''the direct body blow.''".
RE_PREPOSITION_THEN_QUOTATION = lazy_compile(r"(?:from|of|about|for|with|by|over|to|in|on|at)\s++(?:''|[\"“])")
#: "As" opening a sentence before a speaker: "As| POLITICO revealed, ...".
RE_AS_OPENS = lazy_compile(r"\s*+(?:(?:And|But)\s++)?(?i:as)\s++")
#: Two gerunds set off by commas after a cue's: a list of what someone does ("shouting|, pointing, jeering").
RE_GERUND_NEXT = lazy_compile(r"\s*+\p{Ll}{2,}ing\s*+,\s*+\p{Ll}{2,}ing\b")
#: Past participles of verbs that judge someone, which name the charge or the praise right after them only in the
#: passive: "(a contractor) accused of spying", "(an official) praised for his candor".
_JUDGING_PARTICIPLES = frozenset(
    "accused charged criticized criticised praised blamed condemned denounced faulted chided lauded".split()
)
RE_OF_WITH_FOR = lazy_compile(r"\s++(?:of|with|for)\b")
#: An amount of money opening what a cue is followed by: "(charged) a $100,000 fee", "(charges) $25 a month".
RE_PRICE = lazy_compile(
    r"\s*+(?:(?:a|an|about|nearly|some|over|up\s++to)\s++)?[$£€¥]|\s*+\d[\d,.]*+\s++(?:dollars|euros|pounds)\b"
)
#: A subordinate clause that is all a cue's words, no main clause after it: "(complained) when prices rose".
RE_SUBORDINATE_CLAUSE_ONLY = lazy_compile(
    r"\s*+(?P<word>because|although|though|unless|until|once|whenever|while|since|when)\s[^,;:\"“”]*+,?\s*+"
)
#: The subordinator that opens an embedded question too, and the cues that take one ("did not say when ...").
_QUESTION_WORDS = frozenset(["when"])
RE_QUESTION_CUE = lazy_compile(
    r"(?:ask|wonder|question|explain|say|said|tell|told|know|knew|reveal|disclos|specif|detail|describ|discuss|"
    r"indicat|clarif|inquir|decid|determin|recall|rememb|show|predict|speculat|address|answer|consider|debat|"
    r"examin|investigat|estimat|signal|elaborat|confirm|announc|writ|wrote|demonstrat|learn|declar)"
)
#: "little" or "nothing" as all a cue reports, with what it was about: "(has said) little publicly", "(said)
#: nothing about the layoffs".
RE_NOTHING_SAID = lazy_compile(
    r"\s*+(?:little|nothing)(?:\s++(?:else|publicly|privately|more|further|since|yet|so\s++far))*+"
    r"(?:\s++(?:about|on|of|regarding|in)\s[^,;:\"“”]*+)?\s*+"
)
#: "this" as all a cue reports, then when or where: "(disclosed) this while speaking to journalists in Abuja".
RE_ANAPHORIC_CONTENT = lazy_compile(
    r"\s*+(?:this|these|that|so)(?:\s++(?:information|news|development))?"
    r"(?=\s*+$|\s*+[,;]|\s++(?:while|when|in|on|at|during|after|before|to|via|through|yesterday|today)\b)"
)


#: A condition's stated reason between a cue and its "that": "(on condition of anonymity) because of the
#: sensitivity of the information, that".
RE_REASON_THEN_THAT = lazy_compile(
    r"\s*+(?:because|as|since|given|due\s++to|for\s++fear|out\s++of)\s[^;:\"“”]{1,160}?,\s++(?=that\s)"
)
#: A dash right after a cue and its adjuncts: an aside that closes before "that" ("said — in a surprising turn —
#: that"), or one that runs on to the end (the writer's word on what was reported, no content).
RE_DASH_AFTER_CUE = lazy_compile(
    r"\s*+(?:[—–―]|--)\s*+(?:(?P<aside>[^—–―\"“”]{1,120}?\s(?:[—–―]|--)\s*+)(?=that\s))?"
)
#: "as X (has) noted" set off inside a sentence by a comma or a dash: "The economy, as Powell noted, is slowing".
RE_AS_ASIDE = lazy_compile(
    r"(?<=\S)(?:,|\s++(?:[—–―]|--))\s++as\s++(?P<np>[^,;:—–―\"“”\s][^,;:—–―\"“”]{0,80}?)(?:[’'](?:ve|d|s))?"
    r"(?:\s++(?:has|have|had|also|often|once|later|recently|rightly))*+\s*+$"
)
#: Connectives opening a sentence before an "as X said" aside: "But", "Of course,", "Then again,".
RE_CONNECTIVES_BEFORE_ASIDE = lazy_compile(
    r"(?:\s*+(?i:and|but|so|yet|then|still|now|of\s++course|then\s++again|however|indeed|if|because|since|while|"
    r"although|though|when)\b,?)*+\s*+"
)
#: What closes an aside: a comma or a dash.
RE_ASIDE_CLOSE = lazy_compile(r"\s*+(?:,|[—–―]|--)\s*+")


def _as_aside(
    text: str, end: int, verb: VerbMatch, start: int, aside: regex.Match[str]
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """``CONTENT, as X noted, CONTENT.``: the sentence is what X noted (as PolNeAR marks "Longer term, they said,
    ..."); None where no comma or dash closes the aside."""
    np_start, np_end = start + aside.start("np"), start + aside.end("np")
    if not looks_like_speaker(text[np_start:np_end]):
        return None
    rest = _skip_adjuncts(text[verb.end() : end])
    close = RE_ASIDE_CLOSE.match(text, end - len(rest), end)
    if close is None or word_count(text, close.end(), end) < 2:
        return None  # "The crowd cheered, as Trump said he would ...": "as" tells when, what follows is his
    if RE_QUOTE_MARK.match(text, close.end()):
        return None  # "But, as Mr. Sykes said, “...”": the quotation is the content
    before = text[start : start + aside.start()]
    subject = RE_CONNECTIVES_BEFORE_ASIDE.match(before).end()  # type: ignore[union-attr]  # always matches
    if before[subject:].strip() and "," not in before[subject:] and len(before[subject:].split()) <= 6:
        return (start + subject, end), (np_start, np_end)  # "The economy, as Powell noted, is slowing": all of it
    content_end = end
    if before[:subject].strip(" ,").lower().rpartition(" ")[2] in _LEADING_SUBORDINATORS:
        main = RE_MAIN_CLAUSE.search(text, close.end(), end)  # "If, as I've suggested, C, he ...": to the main clause
        content_end = main.start() if main else end
    return (close.end(), content_end), (np_start, np_end)  # "However, as POLITICO has reported, cases ...": the rest


#: A dash after a cue opening an aside that runs to the end of the sentence.
RE_DASH_ASIDE_TO_END = lazy_compile(
    r"\s*+(?:[—–―]|--)\s++(?:a|an|the|another|one|its|his|her|their)\s(?![^—–―]*+(?:[—–―]|\s--\s))"
)
#: A content that only tells when: "hours later", "a day earlier", "moments ago", "later that day".
RE_TIME_ONLY = lazy_compile(
    rf"\s*+(?:(?:{_COUNT_WORDS}|few|many|\d++)\s++)?(?:\p{{Ll}}++\s++)?"
    r"(?:seconds?|minutes?|moments?|hours?|days?|weeks?|months?|years?|later|soon)\s++"
    r"(?:later|earlier|ago|afterwards?|after|before|that\s++(?:day|night|week|morning|evening))?[\s.,;]*+"
)


def _subject_then_past(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` opens with a clause whose verb is an irregular past form after a short subject
    ("(confirmed) the meeting took place", "(confirmed) Smith wrote the memo"; not "(added) a goal and took ...")."""
    words = [m.group() for m in itertools.islice(RE_WORD_AFTER.finditer(text, pos, end), 6)]
    for word in words[1:]:  # (the first word opens the subject)
        if word in ("and", "or", "but", ",", ";"):
            return False
        if word in _past_forms():
            return True
    return False


#: A word, or a comma or semicolon, in order.
RE_WORD_AFTER = lazy_compile(r"[\w’'\-]++|[,;]")
#: The forms of "say" (and "add", "write", "note") that take a clause opened by a phrase: "said in politics| it
#: takes time", "said at the time| the party was weak".
_PHRASE_CLAUSE_FORMS = frozenset(
    ["said", "says", "say", "saying", "added", "adds", "wrote", "writes", "noted", "notes"]
)
#: A prepositional phrase of up to four words, then the first word of a clause's subject.
RE_PHRASE_THEN_SUBJECT = lazy_compile(
    r"\s*+(?:in|at|by|after|before|during|over|on|for|under|since)\s++(?:[\w’'\-]++\s++){0,3}?[\w’'\-]++,?\s++"
    r"(?=(?:he|she|it|they|we|I|there|the|a|an|his|her|their|its|this|these|those|\p{Lu}[\w’'\-]*+)\s)"
)
#: A clause with no "that": a short subject (no relative pronoun in it), then a finite auxiliary or modal.
RE_BARE_CLAUSE = lazy_compile(
    r"\s*+(?:(?i:it|he|she|they|we|you|there)['’](?:s|re|ll|d|ve)\b"  # "(acknowledged) it's unclear"
    r"|(?:(?!(?:that|which|who|whom|whose|where|when|to|for)\b)[\w’'\-]++\s++){1,5}?"
    r"(?:was|were|is|are|has|have|had|will|would|could|should|can|might|may|must|did|does|"
    r"(?:was|were|is|are|had|has|have|wo|would|did|does|could)n['’]t)\b)"
)


@functools.cache
def _clause_only_forms() -> frozenset[str]:
    """The forms of the verbs that report only with a clause or a quotation after them (document verbs too)."""
    return lexicons.inflections("clause_only_verbs") | lexicons.inflections("document_verbs")


#: A subject counted among those who report: "(X) is among those who (say)", "(X) was one of the voters who".
RE_AMONG_THOSE_WHO = lazy_compile(
    r"(?<=\S)\s++(?:is|was|are|were)\s++(?:(?:also|now)\s++)?(?:among|one\s++of)\s++"
    r"(?:those|the\s++(?:[\w\-]++\s++){0,2}?\p{Ll}+s)\s++who\s++(?:\p{Ll}+ly\s++)?$"
)
_SAY_FORMS = frozenset(["say", "says", "said"])
#: How the words were put, then a colon and a quotation: "(put) it more bluntly:", "(said) it plainly:", "(put) it
#: this way:" (not "(said) the problem is simple:", whose words are part of the content).
RE_MANNER_BEFORE_COLON = lazy_compile(
    r"\s*+(?:it\s++)?(?:(?:this|that)\s++way|(?:(?:more|most|rather|very|quite|even|less)\s++)?\p{Ll}+ly|simply|"
    r"best|well|thus|succinctly|bluntly)\s*+:(?=\s*+[\"“‘'])"
)
#: The forms a body's "which" reports with ("the ministry, which said ..."): plain reports, whose content is a
#: clause (not "which concluded ...", "which wrote ...", which run on into the main clause as often as not).
_WHICH_REPORTS = frozenset(
    "says said reports reported notes noted adds added tells told warns warned estimates estimated predicts "
    "predicted announces announced".split()
)
#: A naming verb's object and the opening mark of the name it gives: "(called) the ruling “", "(labeled) it '".
RE_NAMED_IN_QUOTATION = lazy_compile(r"\s++(?:[\w’'\-]++\s++){1,4}?[\"“‘']")


def _names_in_quotation(text: str, verb: VerbMatch, end: int) -> bool:
    """Whether a naming verb gives its object a quoted name: "the ACLU, which called it “unconstitutional ...”"
    reports the ACLU's words (not "which called it quits", "which called for a boycott")."""
    return (
        verb.group() in lexicons.inflections("naming_verbs")
        and RE_NAMED_IN_QUOTATION.match(text, verb.end(), end) is not None
    )


RE_HAVING = lazy_compile(r"\s*+(?i:having)\s++")


def _main_subject(text: str, start: int, verb: VerbMatch) -> tuple[int, int] | None:
    """The sentence's subject before a participle, as read up to the cue, or the longer one that opens where it
    does as read to the participle's end, whose lower case may end it ("former Secretary| of State Hillary
    Clinton, drew a contrast, saying")."""
    subject = sentence_subject(text, start, verb.start())
    if subject is None:
        return None
    read_on = sentence_subject(text, start, verb.end())
    return read_on if read_on is not None and read_on[0] == subject[0] and read_on[1] > subject[1] else subject


def _perfect_participle(
    text: str, end: int, verb: VerbMatch
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """``Having announced that CONTENT, Judge Berman proceeded ...``: the main clause's subject speaks."""
    that = RE_THAT.match(text, verb.end(), end) or RE_LATER_THAT.match(text, verb.end(), end)
    if that is None:
        return None
    main = RE_MAIN_CLAUSE.search(text, that.end(), end)
    if main is None:
        return None
    subject = sentence_subject(text, main.end(), end)
    if subject is None:
        subject = _common_noun_subject(text, main.end(), end)  # "..., the senator left the room"
    if subject is None or not looks_like_speaker(text[subject[0] : subject[1]]):
        return None
    return (that.end(), main.start()), subject


#: A relative clause set off by a comma and not yet closed: ", who cannot be named for legal".
RE_OPEN_RELATIVE = lazy_compile(r",\s++(?:who|whose|which)\b[^,]*+$")
#: A noun phrase and the relative "that" right before a cue: "a message that said".
RE_RELATIVE_THAT = lazy_compile(
    r"(?<!\S)(?P<np>(?i:a|an|the|his|her|its|their)\s++(?:[\w’'\-]++\s++){0,2}[\w’'\-]++)\s++that\s*+$"
)
#: A document as a cue's object, then a reporting participle a few words on: "a statement Wednesday saying".
RE_DOCUMENT_THEN_PARTICIPLE = lazy_compile(
    r"\s*+(?:a|an|the|his|her|its|their)\s++(?:[\w’'\-]++\s++){0,3}?(?:statement|letter|report|memo|release|note|"
    r"email|post|tweet|video|message|notice)s?(?:\s++[\w’'\-]++){0,4}?\s++(?:saying|stating|declaring|announcing|noting|"
    r"explaining|arguing|warning|claiming|insisting|accusing|calling)\b"
)
#: A sign that words hold a finite verb: an auxiliary, a negation, a past form, a pronoun subject.
RE_FINITE_VERB = lazy_compile(
    r"(?i:\b(?:was|were|is|are|has|have|had|will|would|can|could|should|did|does|do|may|might|must|won't|"
    r"can't|\p{L}+n[’']t|\p{Ll}+ed|(?:he|she|they|we|i|it|there|you|that)(?:\s++\p{L}+|[’'](?:s|re|m|ll|d|ve)))\b)"
)
#: A comma closing a parenthetical, then a predicate: "(that voters, as always)|, would decide".
RE_COMMA_THEN_PREDICATE = lazy_compile(
    r",\s++(?:has|have|had|would|will|could|should|must|may|might|can|was|were|is|are|did|do|does|\p{Ll}+ed)\b"
)
#: "that" and a short prepositional phrase ending the sentence: a demonstrative object ("mention that| on the
#: campaign trail"), no clause.
RE_THAT_THEN_PHRASE_ONLY = lazy_compile(
    r"\s*+that\s++(?:\p{Ll}++(?:\s++|(?=,)|(?=[.!?]?\s*+$)))?"  # "(held) that position| for a decade"
    r"(?:(?:on|in|at|during|to|with|for|about|from|over|after|before|since)\s++(?:[\w’'\-]++\s*+){1,5})?"
    r"(?:[.!?]?\s*+|(?P<aside>,)\s++(?:with|as|while|after|before|saying|calling|noting|arguing)\s.*+)"
    # ("disputed that figure|, with X calling ...": an absolute or a participle after the object)
)


def _demonstrative_that(text: str, start: int, after: int, end: int) -> bool:
    """Whether the "that" at ``start`` is the verb's object, a short prepositional phrase and no clause after it
    ("mention that| on the campaign trail"; not "said that in 2012 prices rose", "noted that in May it rains")."""
    phrase = RE_THAT_THEN_PHRASE_ONLY.fullmatch(text, start, end)
    if phrase is not None and phrase.group("aside"):
        if RE_COMMA_THEN_PREDICATE.search(text, phrase.end("aside"), end):
            return False  # "said that voters, as always, would decide": a parenthetical, then the clause's verb
        end = phrase.start("aside")
    if phrase is None or RE_FINITE_VERB.search(text, after, end):
        return False
    words = RE_WORD_AFTER.findall(text, after, end)[1:]
    return not any(past_form(w) or w.endswith("s") for w in words)


#: A non-restrictive relative clause, whose verb is no verb of the reported clause.
RE_RELATIVE_AFTER_COMMA = lazy_compile(r",\s++(?:which|who|whose|where|when)\b")
#: A predicate with no subject of its own after a comma: the main clause goes on after an aside.
RE_AUXILIARY_NEXT = lazy_compile(
    r"\s*+(?:was|were|is|are|has|have|had|will|would|can|could|should|did|does|do|may|might|must)\b"
)
#: What a cue verb asks for when it states a condition of anonymity: "requested anonymity", "asked not to be named".
RE_ASKS_ANONYMITY = lazy_compile(
    r"\s++(?:anonymity|(?:not\s+)?to\s+be\s+(?:named|identified|quoted|called|referred\s+to)|"
    r"to\s+(?:remain|stay)\s+(?:anonymous|unnamed)|"
    r"that\s+(?:his|her|their|its)\s+(?:name|names|identity)|(?:that\s+)?(?:he|she|they)\s+not\s+be\s+"
    r"(?:named|identified|quoted)|on\s+anonymity)\b"
)


#: Being allowed to speak, before a reporting verb: "(not) authorized to| comment", "cleared to| discuss".
#: "with" and its subject before a participle: an absolute clause ("with both sides accusing").
RE_WITH_ABSOLUTE = lazy_compile(r"(?<![\w’'\-])[Ww]ith\s++(?:[\w’'\-]++\s++){1,3}$")


def _absolute_before_attribution(text: str, verb: VerbMatch, end: int) -> bool:
    """A participle in a "with" clause where the sentence ends with its own attribution (", diplomats said"): a
    circumstance of the content, which the final cue reports. Alone, "with Cruz promising to ..." reports."""
    if not verb.group().endswith("ing"):
        return False
    if RE_WITH_ABSOLUTE.search(text, max(0, verb.start() - 40), verb.start()) is None:
        return False
    trailing = RE_TRAILING_ATTRIBUTION.search(text, verb.end(), end)
    return trailing is not None and looks_like_speaker(trailing.group("np"))
#: After "asked"/"requested": that the speaker's name be withheld or cut ("that only her first name be used",
#: "that they not be named").
RE_NAME_WITHHELD_AFTER = lazy_compile(
    r"\s++that\s++(?:only\s++(?:his|her|their)\s++(?:first|last|given)\s++names?|(?:his|her|their)\s++(?:full\s++)?"
    r"names?\s++(?:not|be\s++withheld)|(?:he|she|they)\s++not\s++be\s++(?:named|identified))\b"
)
RE_PERMITTED_TO = lazy_compile(r"\b(?:authori[sz]ed|permitted|allowed|cleared)\s++to\s++$")
#: "was asked by host Bill Maher, “...”": a passive cue whose agent is the speaker.
RE_PASSIVE_BEFORE = lazy_compile(
    r"(?<!\S)(?:was|were|is|are|be|been|being|(?:was|were|is|are)n[’']t)(?:\s++(?:\p{Ll}++(?<=ly)|not|never)){0,2}\s++$"
)
#: A noun whose own "that" clause follows it: "on the condition| (that ...)", "on the understanding| (that ...)".
RE_NOUN_BEFORE_ITS_THAT = lazy_compile(r"\b(?:condition|understanding|grounds|basis|assurance|promise)$")
RE_AGENT = lazy_compile(
    r"\s++by\s++(?P<agent>[^,;:\"“”]{2,80}?)(?=\s*+(?:[,:;]|[\"“])|\s(?:whether|if|about|that|what|why|how)\b)"
)


#: A comma after a cue, then words of the writer's (not a quotation): "(testified), Gowdy and his team ...".
RE_COMMA_THEN_CLAUSE = lazy_compile(r"\s*+,\s*+(?![\"“‘'«]|(?:\p{Ll}+\s+)?\p{Ll}+ing\b)")  # (not ", again using")
#: A subordinator opening the sentence: "After (Clinton testified,)", "When (she spoke,)"; not "After all".
RE_OPENING_SUBORDINATOR = lazy_compile(r"\s*+(?:After(?!\s++all\b)|When|Before|Once|Until|As\s++soon\s++as)\s")
def _tells(form: str) -> bool:
    """Whether a cue form is a form of "tell" ("told", "tells", "telling"), whose content follows whom it is told."""
    return form.startswith("tel") or form == "told"


#: Forms that may set off their content with a comma, or stand in a parenthetical ("When asked, he said, ...").
_PARENTHETICAL_FORMS = frozenset("said says say added adds told tells wrote writes noted notes argued argues".split())
#: An object relative's "which" before its subject: "which (the bank detailed ...)".
RE_WHICH_THEN_SUBJECT = lazy_compile(r"\s*+which\s++(?=(?:the|a|an|his|her|its|their)\s|\p{Lu})")
#: A second predicate right after a cue: "(yelled) and held up ...", "(shouted) and ran".
RE_SECOND_PREDICATE_NEXT = lazy_compile(r"\s++(?:and|or)\s")
#: A relative clause opening after a comma: "(by a spokesperson), who (said ...)", "(by two sources), both of whom".
RE_RELATIVE_NEXT = lazy_compile(
    rf",\s++(?:(?:{PARTITIVE_COUNTS}|none|neither)\s++of\s++)?(?:who|whom|which)\s"
)  # ", both of whom asked not to be named"
RE_AGENT_RELATIVE = lazy_compile(r",\s++(?:who|which)\b[^\"“]{0,200}?,\s*+(?=[\"“])")


#: "It" and a form of "be" before a passive cue: an impersonal report, whose source goes unnamed ("It was
#: reported that ...", "It has been widely claimed that ...").
RE_IMPERSONAL_PASSIVE = lazy_compile(
    r"(?:^|[,;:]\s*+|(?<![\w’'])(?i:and|but|so)\s++)(?:It|it)\s++(?:is|was|has\s++been|had\s++been|had|has)"
    r"(?:\s++(?:\p{Ll}+ly|often|also|long|now|sometimes|later|since))?\s*+$"
)
#: Irregular past participles of reporting verbs: "(It is often) said", "(It was) written".
_PASSIVE_IRREGULAR = frozenset("said told written shown found sworn spoken".split())


def _passive(text: str, start: int, verb: VerbMatch) -> bool:
    """Whether the cue is a participle after a form of "be": "was asked", "were told", "has been warned", "would be
    charged", "had been sworn", "was widely reported", "is called on (by)"."""
    first = verb.group().split()[0]
    return first.endswith(("ed", "told", "said", "sworn", "shown", "written", "spoken", "found")) and (
        RE_PASSIVE_BEFORE.search(text, max(start, verb.start() - 24), verb.start()) is not None
    )


def _passive_agent(
    text: str, start: int, end: int, verb: VerbMatch
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """``Sanders was asked by host Bill Maher, “...”``: the agent after "by" speaks what follows."""
    if not _passive(text, start, verb):
        return None
    agent = RE_AGENT.match(text, verb.end(), end)
    if agent is None or not looks_like_speaker(agent.group("agent")):
        return None
    if RE_NOUN_BEFORE_ITS_THAT.search(agent.group("agent")):
        return None  # "was confirmed by a source who spoke on the condition| that he not be identified": the
        # noun's own clause, no words of the agent's
    pos = agent.end()
    relative = RE_AGENT_RELATIVE.match(text, pos, end)
    if relative is not None:
        pos = relative.end()  # "by host Bill Maher, who is supporting Sanders, “...”": the quote follows it
    elif RE_RELATIVE_NEXT.match(text, pos, end):
        return None  # "was confirmed by a spokesperson, who said ...": the relative clause reports, not the passive
    pos = _content_start(text, pos, end)
    if word_count(text, pos, end) < 2:
        return None
    if text[pos : pos + 1] not in "\"“«'" and not RE_FINITE_VERB.search(text, pos, end):
        return None  # "was written by X, Y and Z": a list of agents goes on, no words of theirs
    return (pos, end), agent.span("agent")


#: A participle right after a cue and a comma: "agreed, praising ...".
#: A reply joined by "to which", its speaker and verb: ", to which O'Malley interjected".
RE_TO_WHICH_REPLY = lazy_compile(
    r",\s++to\s++which\s++(?:[\w.’'\-]++\s++){1,5}?(?:\p{Ll}+ly\s++)?(?P<verb>\p{Ll}++)(?=[\s,:])"
)
#: A comma and an absolute with "with" whose participle may report: ", with Donald Trump tweeting".
RE_COMMA_WITH_PARTICIPLE = lazy_compile(
    r"\s*+,\s*+with\s++(?:\p{Lu}[\w.’'\-]*+\s++){1,4}(?:\p{Ll}+ly\s++)?(?P<verb>\p{Ll}+ing)\b"
)
RE_COMMA_PARTICIPLE = lazy_compile(
    r"\s*+,\s*+(?!(?:during|including|regarding|concerning|excluding|pending|notwithstanding)\b)(?P<verb>\p{Ll}+ing)\b"
)
#: Verbs of blame or praise, whose object is blamed or praised for what it said.
_JUDGING_VERBS = (
    r"\b(?:scold|criticiz|criticis|blast|slam|prais|thank|fault|attack|chid|blam|rebuk|condemn|denounc|lambast|"
    r"ridicul|mock|applaud|commend|hail|credit|knock|ding|castigat|berat|admonish)\p{Ll}*+\s++"
)
#: Such a verb, its object and "for" before a participle cue: "scolded| Romney |for (suggesting)".
RE_JUDGED_FOR = lazy_compile(
    _JUDGING_VERBS
    + r"(?P<obj>(?:(?:the|a|an|his|her|their|its)\s++)?(?:\p{L}[\w.’'\-]*+\s++){0,3}?[\w.’'\-]++)\s++for\s*+$"
)
RE_JUDGING_VERB_BEFORE = lazy_compile(_JUDGING_VERBS + "$")


def judged_object(text: str, start: int) -> bool:
    """Whether the speaker mention at ``start`` is the object of a verb of blame or praise ("criticized| Manafort
    for accusing ..."): its sentence's subject is someone else, who may be the "she" of the next sentence."""
    return RE_JUDGING_VERB_BEFORE.search(text, max(0, start - 40), start) is not None


def _modifies_a_role(text: str, after: int) -> bool:
    """Whether the word after an -ing form at ``after`` is a role it modifies ("managing| director", "visiting|
    professor", "ranking| member"), not the participle's object."""
    following = RE_NEXT_WORD.match(text, after)
    return following is not None and singular(following.group(1).lower()) in lexicons.words("speaker_nouns")


def _purpose_subject(text: str, start: int, verb: VerbMatch) -> tuple[int, int] | None:
    """The sentence's subject, for an infinitive of purpose after a past-tense clause and its object, whose
    content is a "that" clause: "One lawmaker took a private moment at the party to tell the president
    that ...", "Members of the group used an app to claim that ..." (not "Cook declined to say whether ...", "urged
    Congress to declare that ...": no report, or the object's)."""
    if RE_THAT_AHEAD.match(text, verb.end(), verb.end() + 80) is None and not (
        verb.group() in _SAY_FORMS and RE_CLAUSE_AHEAD.match(text, verb.end()) is not None
    ):
        return None  # "used the speech to call for the resignation": only a clause makes it a report ("took to
        # Instagram to say she was heartbroken")
    before = RE_WORD_BEFORE_INFINITIVE.search(text, max(start, verb.start() - 40), verb.start())
    if before is None or past_form(before.group("word")) or before.group("word") in _NOT_OBJECTS:
        return None
    subject = sentence_subject(text, start, verb.start())
    if subject is None or not looks_like_speaker(text[subject[0] : subject[1]]):
        return None
    predicate = RE_NEXT_WORD.match(text, subject[1], verb.start())
    if predicate is None or not past_form(predicate.group(1)) or RE_OBJECT_CONTROL.fullmatch(predicate.group(1)):
        return None
    return subject


#: A verb before an infinitive cue: "refused| (to say)", "led| (Chairman Reince Priebus to declare)": a past form,
#: or a present one from the list.
RE_CONTROL_VERB = lazy_compile(
    r"(?<=\s)(?:\p{Ll}++(?<=ed)|wants|plans|hopes|seeks|tries|intends|vows|promises|pushes|urges|asks|allows|"
    r"requires|expects|needs|refuses|declines|prepares|continues|threatens|made|took|began|sought|chose|led|spent|"
    r"set|got|went|came|stood|meant|trying|planning|hoping|seeking|preparing|looking|moving|working)(?=\s|$)"
)
#: Verbs whose object is the one who speaks in the infinitive after it: "prompted Britain's Parliament (to call)".
_OBJECT_SPEAKS = frozenset("led prompted pushed pushes urged urges asked asks invited forced encouraged persuaded "
                           "convinced".split())
#: Verbs whose object is only obliged or allowed to speak: "The law requires companies to disclose their emissions"
#: reports nothing.
_OBJECT_MAY_SPEAK = frozenset("require requires required allow allows allowed permit permits permitted".split())
#: An auxiliary or copula after a verb form, which was then no predicate: "The actors involved| are all quick".
RE_AUXILIARY = lazy_compile(r"(?<=\s)(?:is|are|was|were|has|have|had|will|would|can|could)(?=\s|$)")
#: What ends a subject before its verb: auxiliaries, negation, adverbs, a comma.
RE_SUBJECT_TAIL = lazy_compile(
    r"(?:[\s,]++(?:has|have|had|is|are|was|were|be|been|also|not|never|still|did|does|do|would|will|could|even|"
    r"all|both|just|only|quickly|again|then|now|already|\p{Ll}+ly))*+[\s,]*+$"
)


#: One word in -ing: a participle, no name ("Continuing", "Declining").
RE_PARTICIPLE_WORD = lazy_compile(r"\p{L}++(?<=ing)")


def _infinitive_subject(text: str, subject: tuple[int, int], verb: VerbMatch) -> tuple[int, int] | None:
    """The speaker of an infinitive cue without its verb: "she and other Democrats on the stage| refused to say",
    "The decisive victory led| Republican National Committee Chairman Reince Priebus| to declare" (the object of a
    verb like "led" speaks); the subject unchanged where no verb ends it; None where a rule only obliges or allows
    its object to speak ("requires companies to disclose ...")."""
    if _infinitive_to(text, subject[0], verb) is None:
        return subject
    if RE_PARTICIPLE_WORD.fullmatch(text, *subject):
        return None  # "Continuing| to explain his perspective, Carson ...": an opening participle, no subject
    verbs = [m for m in RE_CONTROL_VERB.finditer(text, subject[0], subject[1]) if m.start() > subject[0]]
    if not verbs or RE_AUXILIARY.search(text, subject[1], verb.start()) is not None:
        return subject  # "The actors involved| are all quick to point out": the verb form modifies the subject
    last = verbs[-1]
    auxiliaries = RE_AUXILIARY.finditer(text, subject[0], last.start())
    first_aux = next((a for a in auxiliaries if not _after_relative(text, a)), None)
    if first_aux is not None:
        last = first_aux  # "Trump, Ryan and RNC Chairman Reince Priebus| have spent the last week trying"
    obj_end = subject[1]
    infinitive = RE_TO_WORD.search(text, last.end(), subject[1])
    if infinitive is not None:
        obj_end = infinitive.start()  # "pushed Democrats| to moderate their stance ... and to say"
    obj = (last.end() + len(text[last.end() : obj_end]) - len(text[last.end() : obj_end].lstrip()), obj_end)
    obj = (obj[0], obj[0] + len(text[obj[0] : obj[1]].rstrip(" ,")))
    auxiliary = first_aux or next((a for a in RE_AUXILIARY.finditer(text, *obj) if not _after_relative(text, a)), None)
    if auxiliary is not None:
        cut = auxiliary.start()  # "The actors involved| are all quick (to point out)"
    elif obj[0] < obj[1] and last.group() in _OBJECT_SPEAKS:
        return obj if looks_like_speaker(text[obj[0] : obj[1]], strict=False) else subject
    elif last.group() in _OBJECT_MAY_SPEAK:
        return None
    else:
        cut = last.start()
    tail = RE_SUBJECT_TAIL.search(text, subject[0], cut)
    found = (subject[0], tail.start() if tail is not None else cut)
    phrase = text[found[0] : found[1]]
    return found if phrase.strip() and looks_like_speaker(phrase, strict=False) else subject


def _after_relative(text: str, auxiliary: regex.Match[str]) -> bool:
    """Whether an auxiliary follows a relative pronoun ("Stumpf, who| was under questioning"): no predicate of the
    subject's own."""
    return RE_RELATIVE_BEFORE.search(text, max(0, auxiliary.start() - 8), auxiliary.start()) is not None


#: A relative pronoun right before a word.
RE_RELATIVE_BEFORE = lazy_compile(r"(?<![\w’'\-])(?:who|which|that)\s++$")
#: The word "to".
RE_TO_WORD = lazy_compile(r"(?<![\w’'\-])to(?=\s)")
#: The "to" of an infinitive right before a cue.
RE_TO_BEFORE = lazy_compile(r"(?<![\w’'\-])to\s++$")


def _infinitive_to(text: str, start: int, verb: VerbMatch) -> regex.Match[str] | None:
    """The "to" right before a cue in its base form ("refused| to| say"), not after ``start``; else None."""
    if verb.group().split()[0] not in lemmas():
        return None
    return RE_TO_BEFORE.search(text, max(start, verb.start() - 5), verb.start())


def _name_after_intro(text: str, start: int, verb: VerbMatch) -> tuple[int, int] | None:
    """A titled or full name right before a past-tense cue, after an opening phrase with no comma to close it:
    "Saturday at the party convention| Sen. Elizabeth Warren (D-MA)| said ..." (not a noun after a name: "the
    Supreme Court ruling", "Federal Election Commission reports")."""
    if verb.group() not in _PAST_CUES and not verb.group().endswith("ed"):
        return None
    end = verb.start()
    m = RE_NAME_BEFORE_CUE.search(text, max(start, end - 80), end)
    if m is None or m.start() == start:
        return None
    before = RE_WORD_BEFORE_NAME.search(text, max(start, m.start() - 30), m.start())
    if before is None or before.group(1) in _FUNCTION_WORDS:
        return None  # "a spokesman for| Sen. Warren", "and| Sen. Warren": no opening phrase before the name
    if RE_ROLE_BEFORE_NAME.search(text, max(start, m.start() - 40), m.start()):
        return None  # "a collection from the cartoonist Garry Trudeau called ...": the name ends a noun phrase
    np = m.group("np")
    titled = np.split()[0].lower() in lexicons.words("titles") or np.split()[0] in lexicons.words("titles")
    if not (titled or len(np.split()) >= 2) or not looks_like_speaker(np):
        return None
    return m.span("np")


_PAST_CUES = frozenset(["said", "told", "wrote", "spoke", "swore"])
#: A capitalised name (a title, a party label) ending right before a cue.
RE_NAME_BEFORE_CUE = lazy_compile(
    r"(?<=\s)(?P<np>(?:\p{Lu}[\w.’'\-]*+\s++){1,4}\p{Lu}[\w’'\-]*+(?:\s++\([^()]{1,20}\))?)\s*+$"
)
#: A determiner and a role noun before a name: "the cartoonist| Garry Trudeau".
RE_ROLE_BEFORE_NAME = lazy_compile(
    r"(?<![\w’'\-])(?i:the|a|an|by|from|of|for|with)\s++\p{Ll}++(?<=ist|er|or|ian|ant|ent|man|woman)\s++$"
)
#: The lower-case word before such a name.
RE_WORD_BEFORE_NAME = lazy_compile(r"(?<![\w’'\-])(\p{Ll}[\p{Ll}’'\-]*+)\s++$")


#: An article opening a told object: "a crowd", not "Politico", "reporters", "me".
RE_ARTICLE_OPENS = lazy_compile(r"\s*+(?:a|an|the)\s")
#: A "that" after a cue and a short object: "to tell the president that".
RE_THAT_AHEAD = lazy_compile(r"(?:\s++[\w’'\-]++){0,4}?\s++that\b")
#: A clause or a quotation right after "say": "to say she was", "to say “...”".
RE_CLAUSE_AHEAD = lazy_compile(r"\s++(?:(?:he|she|they|it|we|I)\s|[\"“])")
#: The word before the "to" of an infinitive right before a cue.
RE_WORD_BEFORE_INFINITIVE = lazy_compile(r"(?P<word>[\w’'\-]++)\s++to\s++$")
#: Words before an infinitive that are not the end of an object: "able to", "going to", "used to".
_NOT_OBJECTS = frozenset("able going used likely unlikely ready eager quick willing set about due trying".split())
#: Verbs whose object is the subject of the infinitive after it: "urged Congress to declare", "asked her to say".
RE_OBJECT_CONTROL = lazy_compile(
    r"(?:ask|urg|forc|encourag|press|push|invit|allow|want|expect|persuad|convinc|order|requir|prompt|challeng|"
    r"dar|told|got|led)\p{Ll}*+"
)


#: An infinitive after a cue's circumstance, before the sentence's end: its purpose ("(during his speech) to be a
#: national delegate").
RE_PURPOSE_TAIL = lazy_compile(
    r"\s++to\s++(?!(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your|him|them|me|us|it|reporters)\b)"
    r"\p{Ll}++\b[^,;:\"“”]*+$"
)
#: The auxiliary of a progressive cue: "he is saying", "they were telling", "she has been arguing".
RE_PROGRESSIVE_BEFORE = lazy_compile(
    r"(?<!\S)(?:is|are|was|were|be|been|being|am|['’](?:s|re|m)|keeps?|kept)"
    r"(?:\s++(?:\p{Ll}+ly|already|still|now|also|not|again|once))?\s*+$"
)
#: Things that bear words and speak for themselves before a participle: "a sign saying", "a hat reading".
_SIGNAGE = frozenset(
    "sign banner placard poster hat cap shirt t-shirt headline billboard sticker screen caption inscription plaque "
    "graffiti mural chyron".split()
)
#: Messages that say something ("received 911 calls saying shots had been fired"), but not with other participles
#: ("held a conference call highlighting ...": the holder highlights).
_MESSAGES = frozenset("call text voicemail".split())
#: A verb of seeing, hearing or showing and its object right before a participle: "shows| Trump| saying ...".
RE_PERCEIVED_BEFORE_PARTICIPLE = lazy_compile(
    r"(?<![\w’'\-])(?:show|shows|showed|shown|hear|hears|heard|see|sees|saw|seen|capture|captures|captured|depict|"
    r"depicts|depicted|feature|features|featured|catch|catches|caught|record|records|recorded|film|films|filmed|"
    r"watch|watches|watched)\s++(?P<np>(?:[\w.’'\-]++\s++){0,6}?[\w.’'\-]++(?<!ly))\s*+$"
)
#: A noun phrase right before a participle, no comma between: "held up| a sign| saying ...".
RE_NOUN_BEFORE_PARTICIPLE = lazy_compile(
    r"(?<!\S)(?P<np>(?:a|an|the|his|her|their|its|this|several|many|\d[\d,]*+)\s++(?:[\w’'\-]++\s++){0,4}?"
    r"(?P<noun>\p{Ll}[\w\-]*+))\s*+$"  # "a sign", "911 calls"
)


def _participle_content(text: str, verb: VerbMatch, end: int) -> tuple[int, int]:
    """What a document's participle reports: the rest of the sentence after "that", a comma or a colon."""
    pos = _content_start(text, verb.end(), end)
    return pos, _cut_trailing_attribution(text, pos, end)


def _content_start(text: str, pos: int, end: int) -> int:
    """Where content begins after a cue (and its agent): past "that", then past spaces, commas and colons."""
    that = RE_THAT.match(text, pos, end)
    pos = that.end() if that else pos
    while pos < end and text[pos] in " ,:":
        pos += 1
    return pos


#: Units that report election returns: "with all precincts reporting".
_RETURNING_UNITS = frozenset("precincts counties districts wards constituencies stations".split())
#: An absolute construction's subject before a participle: "..., with 30 percent of voters saying ...".
RE_WITH_SUBJECT = lazy_compile(
    r"(?<!\S)with\s++(?P<np>[^,;:\"“”]{1,60}?|\p{Lu}[^,;:\"“”]{0,40}(?:,\s++\p{Lu}[^,;:\"“”]{0,40}){1,4},?\s++and\s++"
    r"\p{Lu}[^,;:\"“”]{0,40}?)\s*+$"
)  # ("with Donald Trump, Mike Huckabee and Chris Christie (all) calling for ...": a list of names)
#: A sentence opening with a determiner or a possessive: "The president left no doubt ..., saying ...",
#: "Ryan's campaign shrugged off the comments, telling reporters ...".
RE_DETERMINED_SUBJECT = lazy_compile(
    r"(?P<np>(?:(?i:the|a|an|this|that|these|those|his|her|their|its|our|two|three|several|many|some|both)|"
    r"\p{Lu}[\w.\-]*['’]s)\s+"
    r"[\w’'\-]+(?:\s+[\w’'\-]+){0,3})"
)


RE_FIRST_WORD_OF = lazy_compile(r"\s*+\K[\w’'\-]++")


def _common_noun_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest determiner-led phrase opening the sentence that names a speaker, with a prepositional phrase that
    names someone after it: the subject a participle such as ", saying ..." shares, after an introductory phrase if
    one opens it ("Last week, the senator ...", "A spokesman for Mayor Frank G. Jackson of Cleveland defended ...")."""
    first = RE_FIRST_WORD_OF.match(text, start, end)
    if first is not None and opens_intro(first.group()):
        comma = RE_COMMA.search(text, start, min(end, start + 80))
        start = comma.end() if comma is not None else start
    m = RE_DETERMINED_SUBJECT.match(text, start, end)
    if m is None:
        return None
    words = m.group("np").split()
    for n in range(len(words), 1, -1):
        if words[n - 1].lower() in _FUNCTION_WORDS:
            continue  # not "The 6th Circuit Court of"
        found = RE_DETERMINED_SUBJECT.match(text, start, start + len(" ".join(words[:n])))
        if found is not None and found.group("np") == " ".join(words[:n]) and looks_like_speaker(found.group("np")):
            return found.start("np"), postmodifier_end(text, found.end("np"), end)
    return None


def _subject_relative_end(text: str, start: int, who: int, pos: int, end: int) -> int:
    """Where the words reported in a restrictive relative clause inside a clause's subject end: before the main
    clause's verb ("Progressive Democrats who say the bill gives too much to Republicans| threatened to vote against
    it"), found as a second finite verb right after a noun; ``end`` where the relative clause is no subject's."""
    antecedent = relative_antecedent(text, who)
    if antecedent is None or (
        antecedent[0] > start and not RE_SUBJECT_POSITION.search(text, max(start, antecedent[0] - 40), antecedent[0])
    ):
        return end
    finite_seen = False
    previous = ""
    for m in RE_WORD_TOKEN.finditer(text, pos, end):
        word = m.group()
        finite = word in _FINITE_WORDS or (len(word) > 4 and word.endswith("ed"))
        if finite and finite_seen and previous and previous not in _FUNCTION_WORDS and not previous.endswith("ly"):
            return m.start()
        finite_seen = finite_seen or finite
        previous = word.lower()
    return end


#: Where a subject begins: the clause's start or after a subordinator ("as progressive Democrats who say ...").
RE_SUBJECT_POSITION = lazy_compile(
    r"(?:[,;:]|\b(?:as|while|because|when|if|after|before|since|although|though|and|but))\s*+"
    r"(?:(?:the|many|most|some|all|other|\p{Ll}+al|\p{Ll}+ive|\p{Ll}+an)\s++){0,2}$"  # "as progressive (Democrats)"
)
#: A word of the text.
RE_WORD_TOKEN = lazy_compile(r"[\p{L}’'\-]++")
#: Finite verbs that do not end in -ed.
_FINITE_WORDS = frozenset("is are was were has have had will would can could says said told gives give".split())
#: Prepositions opening a phrase that holds a restrictive relative clause: "Among nurses who said ..., X ...".
_LEADING_PREPOSITIONS = frozenset("among of for unlike like with".split())
_LEADING_SUBORDINATORS = frozenset("while although though because as if when after before since whereas".split())
#: "even" and a subordinator, opening a sentence's subordinate clause: "even as", "even though", "even if".
RE_EVEN_SUBORDINATOR = lazy_compile(r"(?i:even)\s++(?:as|though|if|when|while|after|before)")
#: Words after a cue that announce what follows a colon: "said the following: ...", "wrote as follows: ...".
RE_ANNOUNCING_LEAD_IN = lazy_compile(
    r"\s*+(?i:the\s++following(?:\s++(?:statement|message|words|tweet))?|as\s++follows)\s*+(?::\s*+|$)"
)
#: A connective adverb set off by commas right after a cue: "(cautioned), however(, that ...)", "(said), though,".
RE_ASIDE_ADVERB = lazy_compile(
    r"\s*+,\s*+(?:however|though|moreover|nonetheless|nevertheless|furthermore|meanwhile|instead|again|too|also|"
    r"in\s++fact|in\s++turn|for\s++(?:his|her|their|its)\s++part|for\s++(?:example|instance|now))"
    r"\s*+(?=,)"
)
RE_MAIN_CLAUSE = lazy_compile(
    r",(?:''|[\"”’])?\s+(?=\p{Lu}|\d|(?:he|she|they|it|we|i|the|a|an|his|her|their|its|some|many|most|few|all|both|those|these|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|half|about|nearly|almost|more|fewer|only|another|others|"
    r"other|each|several)\b"
    r"|(?:at|in|on|during|after|before|this|last|earlier|later)\s[^,;:\"“”]{1,60}?\s(?:he|she|they|we|I)\s"
    r"|(?:\p{Ll}[\p{Ll}\-]*+\s++){0,2}\p{Ll}++(?<=s)\s++(?:\p{Ll}++(?<=ed)|were|are|have|had|will|would|could|can|did)\b)"
)  # also ", at the town hall this week she (said ...)", ", rebels removed ..."


_NOT_SUBJECTS = frozenset(
    "already still meanwhile however yet now then instead also again later earlier today yesterday".split()
)


#: A cue verb that shares the sentence's subject: "... and said", "... but also said", "... but has said".
#: A relative or subordinate clause set off by a comma and still open, its subject leading it: ", who endorsed
#: Canova in late May", ", though she praised Garland".
RE_ASIDE_THEN_VERBS = lazy_compile(
    r",\s++(?:(?P<np>who)|(?:though|although|while|when|after|because|since|before)\s++(?P<np>he|she|they|we|I))"
    r"\s++\p{Ll}[^,;:\"“”()—–]*+$"
)
RE_SHARED_SUBJECT = lazy_compile(
    r"(?<![\s,])(?:[\s,]++(?:and|but)\s++(?:(?:also|then|later|still|quickly|has|have|had|repeatedly|publicly)\s++){0,2}"
    r"|,\s++then\s++)$"  # "Kasich offered the man a job, then says ..."
)
#: A short phrase, then a colon or a comma and a quotation: "said of Chaffetz's request: “...”", "said about the
#: movement, “...”".
RE_LATER_COLON = lazy_compile(
    r"(?:(?:[^:;\"“”.!?]|(?<=\p{Lu}\p{Ll}{0,3})\.(?=\s\p{Lu})){1,80}?:"  # "of Ms. Merkel:"
    r"|(?:(?:\s++(?!(?:and|but|while|as)\b)(?:\p{Lu}\p{Ll}{0,3}\.(?=\s)|[^\s:;,\"“”.!?]++)){1,5},){1,2})\s*+"
    r"(?=[\"“«]|'')"  # "of Mr. Trump,"
)
#: Any short object of "told", then a comma or colon and a quotation: "told the host, “...”".
RE_OBJECT_BEFORE_QUOTE = lazy_compile(
    r"(?:\s++(?!(?:and|but|or|that|when|as|said|says|told|asked)\b)[\w.&'’\-]++){1,6}?[,:]\s*+(?=[\"“«]|'')"
)
#: A relative clause opening after whom a report is told: "(warned residents) who stayed behind (that ...)".
RE_WHO_NEXT = lazy_compile(r"\s++(?:who|whom)\s")
#: A short prepositional phrase (a show's title in quotation marks too), then "that": the content starts after the
#: "that" ("told a crowd in Miami Tuesday that", "said, on condition they not be identified, that").
RE_LATER_THAT = lazy_compile(
    r"(?!\s+that\s)"  # (not "warned that voters “know that ...”": the first "that" opens the content)
    r"(?:(?:\s+(?:[\"“][^\"“”\n]{1,60}[\"”][^\s,;:]*+|[^\s,;:\"“”]+)){1,8}?(?:,[^,;:\"“”]{1,60},|,)?\s+that\s+"
    r"(?!(?!(?:such|after|before|in|on|at|during|for|with|when|if|because|since|once|under|over|despite|amid|as|by|"
    r"from|of|to|all|both|half|many|most|some|only|even|just|nearly|about|among|without|while|though|although|until|"
    r"unless|whether)\s)\p{Ll}++\s++(?:the|a|an|his|her|their|its|our|this|these|those)\s)"
    # not "(boasted of his appeal to voters) that comprise the base": a relative clause's verb and its object
    r"|(?:\s+[^\s,;:\"“”]+){8,9}?\s+\p{Lu}[^\s,;:]*+\s+that\s+"  # "in a guest column in Saturday’s New York Times that"
    r"|(?:\s+[^\s,;:\"“”]+){0,5}?(?:\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)?"  # "told the Kyiv Independent
    r"\s+(?:as|because|since)\s+[^,;:\"“”]{1,100}?\s+that\s+"  # on condition of anonymity as they ... that"
    r"(?=(?:he|she|they|it|we|I|there|the|a|an|his|her|their|its|this|these|those)\s|\p{Lu}|\d))"  # a subject
)
#: After "told": an object with a place in it, then "that" ("told a town hall in Salem, New Hampshire on Monday that").
RE_TOLD_PLACE_THAT = lazy_compile(
    r"(?:\s+[^\s,;:]+){1,8}?,(?:\s+\p{Lu}[\w.]*+){1,3}(?:\s+(?:on|last|this|early|late)?\s*+\p{Lu}?\p{Ll}+)?\s+that\s+"
)
#: What follows a cue verb but is no reported content: a prepositional phrase or a passive's agent.
RE_NOT_CONTENT = lazy_compile(
    r"\s*+(?:(?:not\s++)?guilty|no\s++contest|by|for|with|about(?!\s+(?:half|a\s+(?:third|quarter|dozen)|\d++|one|two|three|four|five|ten)\b)|at(?!\s+(?:least|most)\b)|"
    r"in(?!\s+(?:fact|all|total)\b)|on|from|of|as|after|before|during|against|over(?!\s+(?:half|\d))|into|"
    r"outside|near|behind|across|throughout|aboard|onboard|inside|alongside|beside|via|"
    r"to\s+(?:the|his|her|their|its|a|an|my|our|your|him|them|me|us)\b)\b"
)


def relative_in_speaker(scope: Scope, report: Report) -> Report | None:
    """The report of a relative clause inside a speaker's mention: '“...,” said Christian Pardo, who said he would
    not vote for either candidate.' ("who" speaks for him; PolNeAR marks it as an attribution of its own)."""
    speaker = report.speaker
    if speaker is None or " who " not in speaker.text:  # a cheap test first
        return None
    m = RE_WHO_SAID_IN_MENTION.search(scope.text, speaker.start, speaker.end)
    if m is None:
        return None
    if scope.quote_chars.overlaps(m.end(), speaker.end) and not all(
        m.end() <= q.span.start and q.span.end <= speaker.end
        for q in scope.quotations
        if q.span.start < speaker.end and m.end() < q.span.end
    ):
        return None  # (but 'Trump - who previously said he would "bomb ..." oil fields - said': a quoted fragment
        # inside the relative clause is its own)
    content_end = m.end() + len(scope.text[m.end() : speaker.end].rstrip(" ,"))
    if word_count(scope.text, m.end(), content_end) < 3:
        return None
    return scope.report((m.end(), content_end), m.span("verb"), m.span("who"))


#: ", who said (that)" inside a speaker's mention, and the words it reports up to the mention's end.
RE_WHO_SAID_IN_MENTION = lazy_compile(
    r"(?:,|(?<=\p{L})|(?<=\s)(?:[—–―]|--?))\s++(?P<who>who)\s++(?:(?:also|later|previously|once|has|had|have)\s++)?"
    r"(?P<verb>said|says|added|noted|acknowledged|admitted|conceded|argued|explained|insisted|warned|predicted|"
    r"claimed|contended|stressed|recalled|complained|told\s++(?:reporters|me|us|the\s++\p{Lu}[\w.\-]*+))\s++"
    r"(?!(?:with|on|of|against|for|to|in|at|by|over|from|up|down|out)\b"  # not "argued with Ms. Brainard", "warned
    r"|about\b(?!\s++(?:\d|one|two|three|four|five|half|a\s++(?:third|quarter|dozen))\b))"  # about ...", but "about
    # one-third of the vote"
    r"(?:that\s++)?"
)
#: The most coordinated verbs after a report read one by one ("said A and told B and warned C").
_MAX_COORDINATED = 8
#: "and" and a reporting verb's participle after a content: "(... “Hillary”) and telling".
RE_AND_PARTICIPLE_NEXT = lazy_compile(r"\s++and\s++\p{Ll}++(?<=ing)\b")
#: Whom a participle of telling addresses, right before the quotation it tells them: "(telling) her, “...”".
RE_OBJECT_BEFORE_QUOTATION = lazy_compile(
    r"\s++(?:him|her|them|us|me|you|reporters|voters|supporters|the\s++crowd|\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+)?)"
    r"\s*+,?\s*+(?=[\"“]|'')"
)
#: Participles of telling whose object comes before the content: ", reminding the co-hosts that ...".
_TELLING_PARTICIPLES = frozenset("telling reminding assuring informing warning advising notifying persuading".split())
#: A passive's agent right after a coordinated participle: "(and confirmed) by the Senate".
RE_AGENT_NEXT = lazy_compile(r"\s*+by\s")
RE_PARTICIPLE = lazy_compile(
    r"(?:(?:,|(?<=,(?:''|[\"”’])))\s++(?:(?:and|before|after|while)\s+)?|(?<!\s)\s++(?:and|before|after|while)\s++"
    r"|(?<=\w)\s++(?:-|--|[—–])\s++(?:\p{Ll}++(?<=ly)\s++)?)"  # "... of the refuge - (essentially) noting that ..."
    r"(?P<cue>pointing\s+(?:out|to)|"
    r"telling\s+(?:reporters|the\s+crowd|supporters|\p{Lu}[\w.&'’]*(?:\s+\p{Lu}[\w.&'’]*){0,3})|\p{Ll}{2,}ing)\b"
)


#: A comma or a colon between a participle and the quotation it introduces: "(adding), “...”".
RE_PUNCTUATION_BEFORE_QUOTATION = lazy_compile(r"\s*+[,:]\s*+(?=[\"“‘«]|'')")


def _participles(scope: Scope, report: Report, end: int, depth: int = 0) -> list[Report]:
    """``..., X said, adding that CONTENT`` or ``X said ..., but insists CONTENT``: a second report by the
    same speaker."""
    text, quote_chars = scope.text, scope.quote_chars
    after = max(report.content.end, report.cue.end if report.cue else 0)
    if report.cue is not None and report.content.start < report.cue.start < report.content.end:
        # the attribution inside an interrupted quote: “A,” she said, adding that .... “B.”
        after = max(report.cue.end, report.speaker.end if report.speaker else 0)
    coordinated = _coordinated_cue(text, after, end)
    if coordinated is not None and _outside_quotes(coordinated.start(), quote_chars):
        pos = coordinated.end()
        told = RE_TOLD_OBJECT.match(text, pos, end) if _tells(coordinated.group("verb")) else None
        if told is not None and RE_OBJECT_THEN_INFINITIVE.match(text, pos, end) is None:
            pos = told.end()  # "... and told reporters| crime had fallen": whom it is told is no part of it
        that = RE_THAT.match(text, pos, end)
        pos = that.end() if that else pos
        content_end = _cut_trailing_attribution(text, pos, end)
        quoted = quote_chars.marked(pos, content_end)
        form = coordinated.group("verb")
        passive = not that and not quoted and RE_AGENT_NEXT.match(text, pos, end) is not None
        if not passive and word_count(text, pos, content_end) >= 2 and (
            quoted
            or (form not in lexicons.inflections("quote_only_verbs") and (that or form not in _clause_only_forms()))
        ):  # (not ", and Emanuel released the video": a verb of praise or release needs a quotation; not "and
            # signaled support for a database": a clause-only verb needs its clause; not "nominated by Obama and
            # confirmed by the Senate": a passive's agent is no content)
            speaker = (report.speaker.start, report.speaker.end) if report.speaker else None
            if coordinated.group("pronoun"):
                speaker = coordinated.span("pronoun")  # "..., but he also warned ...": "he", resolved later
            found = scope.report((pos, content_end), coordinated.span("verb"), speaker)
            return _and_later(scope, found, end, depth)  # "said ... and tell him ... and tells the crowd ...": each
            # verb its report
    for m in RE_PARTICIPLE.finditer(text, after, end):
        if not _outside_quotes(m.start(), quote_chars):
            continue
        points_to = m.group("cue").split() == ["pointing", "to"]  # ", pointing to phone records": what it points to
        if m.group("cue").split()[0] not in lexicons.inflections("reporting_verbs") and not points_to:
            continue  # ", mentioning ...", ", reasoning that ...": any reporting verb's participle
        pos = m.end()
        if RE_ASKS_ANONYMITY.match(text, m.start("cue") + len(m.group("cue").split()[0]), end):
            continue  # ", asking not to be identified because ...": a condition of anonymity, not a report
        if m.group("cue") in _TELLING_PARTICIPLES:
            told = RE_LATER_THAT.match(text, pos, end) or RE_OBJECT_BEFORE_QUOTATION.match(text, pos, end)
            pos = told.end() if told is not None else pos  # ", reminding the co-hosts that ...", "telling her, “...”"
        that = RE_THAT.match(text, pos, end)
        pos = that.end() if that else pos
        opening = RE_PUNCTUATION_BEFORE_QUOTATION.match(text, pos, end) if not that else None
        pos = opening.end() if opening is not None else pos  # ", adding, “Nobody cares.”": the quotation
        no_clause = not that and not points_to and RE_NOT_CONTENT.match(text, pos, end) is not None
        later_colon = RE_LATER_COLON.match(text, pos, end) if no_clause else None
        if later_colon is not None:
            pos = later_colon.end()  # ", adding of Mr. Trump, ''He cares ...''": the quotation is the content
        content_end = _cut_trailing_attribution(text, pos, end)
        if later_colon is None and no_clause and not quote_chars.overlaps(pos, content_end):
            continue  # ", warning against allowing in the refugees(, pledging to “...”)": a prepositional phrase, no
            # clause (the participle after it may report)
        colon_quotation = that is not None and that.group().strip() == ":" and quote_chars.overlaps(pos, pos + 1)
        if word_count(text, pos, content_end) < 3 and opening is None and not colon_quotation:
            continue  # (but ", adding, “Nobody cares. ...”", ", adding: “Believe me.”": a quotation, however short
            # its first sentence)
        if m.group("cue") == "citing" and looks_like_speaker(text[pos:content_end].rstrip(" .")):
            continue  # "..., citing people familiar with the matter": the report's source, no words of its own
        speaker = (report.speaker.start, report.speaker.end) if report.speaker else None
        if report.speaker is not None and judged_object(text, report.speaker.start):
            # "mocked Trump for calling himself ..., noting that ...": the one who mocked notes it
            speaker = sentence_subject(text, scope.sentence.span.start, report.speaker.start)
            if speaker is None or not looks_like_speaker(text[speaker[0] : speaker[1]]):
                return []
        if (
            report.speaker is not None
            and report.speaker.text == "who"
            and RE_COMMA_VERB.match(text, report.content.end) is not None
        ):
            # "Trump, who has called on Powell to lower rates, criticized the decision, writing ...": the main
            # clause's subject writes, not the relative clause's "who"
            speaker = relative_antecedent(text, report.speaker.start) or speaker
        if report.speaker is not None and restrictive_who(text, report.speaker):
            # "Obama rebuked critics who say ..., saying ...": the main clause's subject goes on, not the critics
            speaker = sentence_subject(text, scope.sentence.span.start, report.speaker.start)
            if speaker is None or not looks_like_speaker(text[speaker[0] : speaker[1]]):
                return []
        cue = (m.start("cue"), m.end("cue") if points_to else m.start("cue") + len(m.group("cue").split()[0]))
        found = scope.report((pos, content_end), cue, speaker)  # ("pointing to", as PolNeAR marks "pointed to")
        return _and_later(scope, found, end, depth)  # "urging voters to ... and promising to ...": each participle
        # its report
    return []


def _and_later(scope: Scope, found: Report | None, end: int, depth: int) -> list[Report]:
    """A second report and the reports of the coordinated verbs or participles after it, up to a depth."""
    if found is None:
        return []
    return [found, *(_participles(scope, found, end, depth + 1) if depth < _MAX_COORDINATED else [])]
