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

import functools

import attrs
import regex

from . import lexicons
from .quotes import Quotation, QuoteMarks
from .segmentation import Sentence
from .types import QuoteKind, Span

_TIME = r"""(?:(?:on|last|this|early|late|earlier|later|next)\s+)?(?:(?:this|last)\s+)?
    (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend|week|month|year|night|morning|
       afternoon|evening|yesterday|today|tonight|earlier|later|recently|previously|again|too|also)
    (?:\s+(?:night|morning|afternoon|evening))?(?!\w)"""
#: Adverbials that may stand between a cue and its content: times, venues and media.
RE_ADJUNCT = regex.compile(
    rf"""\s*(?:,\s*)?(?:
        {_TIME}
      | (?:on|in)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\w*\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?
      | in\s+(?:a|an|his|her|their|its)\s+(?:\w+\s+){{0,2}}(?:statement|interview|speech|op-ed|email|letter|
            tweet|post|message|memo|report|filing|release|appearance|address|remarks|video|conversation|
            news\ conference|press\ conference|call|briefing)(?:\s+(?:with|to|on)\s+(?:the\s+)?\p{{Lu}}[\w.&'’]*(?:\s+\p{{Lu}}[\w.&'’]*){{0,3}})?
      | (?:at|during)\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+){{0,3}}(?:rally|event|conference|briefing|hearing|
            debate|meeting|forum|summit|speech|interview|appearance|town\ hall|press\ conference|news\ conference)
      | (?:on|in)\s+(?:Twitter|Facebook|CNN|Fox\ News|MSNBC|NBC|CBS|ABC|television|TV|radio|the\ (?:radio|phone|floor|program|show)|a\ (?:post|tweet|statement))
      | (?:publicly|privately|repeatedly|recently|previously|separately|also|later|earlier|then|again|bluntly|
         flatly|simply|plainly|frankly|candidly|openly|directly|quickly|emphatically|firmly|confidently|
         \w{{3,}}ly)(?!\w)
      | (?:to\s+(?:reporters|journalists|supporters|the\ (?:crowd|audience|press|media|newspaper)|\p{{Lu}}[\w.&'’]*(?:\s+\p{{Lu}}[\w.&'’]*){{0,4}}))
    )""",
    regex.VERBOSE,
)
#: Object of "told/assured/informed X": reporters, The Associated Press, CNN, a crowd in Iowa.
RE_TOLD_OBJECT = regex.compile(
    r"""\s+(?:(?:the|a|an|his|her|their)\s+)?(?:
        \p{Lu}[\w.&'’\-]*(?:\s+(?:of\s+)?\p{Lu}[\w.&'’\-]*){0,5}
      | (?:\w+\s+){0,2}(?:reporters|journalists|supporters|voters|crowd|audience|lawmakers|members|colleagues|
         him|her|them|me|us|viewers|listeners|readers|students|donors|people|officials|senators|delegates)
    )""",
    regex.VERBOSE,
)
_TELL_VERBS = {"told", "tell", "tells", "telling", "assured", "informed", "reminded", "warned", "urged", "asked"}
#: A clause after ``X said`` that adds circumstances, not content: "as she left", "when asked about it".
RE_SUBORDINATE = regex.compile(
    r"\s*,?\s*(?:as|when|while|after|before|during|in|at|on|of|about|from|outside|inside|ahead\s+of|"
    r"following|referring|speaking|adding|noting|citing|according|because|since|though|although|"
    r"\w+ing)\b"
)
RE_THAT = regex.compile(r"\s*,?\s*(?:that\b|:)\s*")
RE_AUX = regex.compile(
    r"(?:\s+(?:to|went\s+on|quick|prompted|careful|eager|forced|moved|rushed|is|are|was|were|has|have|had|will|would|could|should|might|may|must|can|did|does|do|also|later|previously|"
    r"repeatedly|recently|once|then|again|often|first|already|since|long|publicly|privately|reportedly|not|"
    r"never|always|just|even|still|\w+ly))*\s*$"
)
_FUNCTION_WORDS = frozenset(
    "a an the this that these those his her its their our my your some any no every each other such what which "
    "who whom whose and or but if as so to of in on at by for with from than then there here it's is are was "
    "were be been being has have had do does did will would can could should may might must not also".split()
)
_NOT_IN_SPEAKER = frozenset(
    "is are was were will would not be been has have had did does do can could should may might must "
    "isn't aren't wasn't weren't hasn't haven't hadn't didn't doesn't won't".split()
)
_SUBORDINATORS = frozenset("since because if when while although though as after before unless whether so".split())
#: A verb with its complement inside a would-be speaker phrase: "the company agreed to pay ...".
RE_VERB_IN_PHRASE = regex.compile(r"\b\p{Ll}+ed\s+(?:to|the|a|an|that|his|her|their|its)\b")
_PREPOSITIONS = frozenset("in on at for with to from by during after before about of as into over under".split())
RE_ACCORDING = regex.compile(r"\b[Aa]ccording\s+to\b")
RE_POSTMODIFIER = regex.compile(
    r"\s+(?:who|whom|which|that|familiar|with|close|from|at|of|in|for|on|briefed|involved|knowledgeable|"
    r"speaking|working|representing|based|under|over|inside|within|among|across|taken|released|conducted|"
    r"published|obtained|seen|reviewed|issued|filed|posted|made|given|cited|quoted|compiled|reported)\b.*$"
)
_MAX_SPEAKER_WORDS = 14


@attrs.frozen
class Report:
    """One attribution found in the text, before its speaker is analysed."""

    content: Span
    kind: QuoteKind
    cue: Span | None
    speaker: Span | None
    paragraph: int
    sentence: int
    quoted: tuple[Span, ...] = ()


@attrs.frozen
class Cues:
    """The cues stage result."""

    marks: QuoteMarks
    reports: tuple[Report, ...]


@functools.cache
def _verb_pattern() -> regex.Pattern[str]:
    forms = sorted(lexicons.inflections("reporting_verbs"), key=len, reverse=True)
    alternation = "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return regex.compile(rf"(?<![\w\-’'])(?:{alternation})(?![\w\-])")


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
    quote_chars = [(p.start, p.end) for q in marks.quotations for p in q.parts]
    reports: list[Report] = []
    used: set[Span] = set()
    for index, sentence in enumerate(seg.sentences):
        if any(a < sentence.span.start and sentence.span.end <= b for a, b in quote_chars):
            continue  # wholly inside a quotation that began in an earlier sentence
        found = _read_sentence(text, sentence, index, by_sentence.get(index, []), quote_chars, seg.layout)
        for report in found:
            used.update(report.quoted)
        reports.extend(found)
    for q in marks.quotations:
        if not used.intersection(q.parts):
            reports.append(_uncued(text, q, seg.sentences))
    reports.sort(key=lambda r: r.content.start)
    return Cues(marks=marks, reports=tuple(_merge_continuations(text, reports)))


def _merge_continuations(text: str, reports: list[Report]) -> list[Report]:
    """A quote with no cue of its own that follows a direct quote in the same paragraph continues it."""
    out: list[Report] = []
    for r in reports:
        prev = out[-1] if out else None
        if (
            prev is not None
            and r.cue is None
            and r.kind is QuoteKind.DIRECT
            and prev.kind is not QuoteKind.INDIRECT
            and prev.cue is not None
            and r.paragraph == prev.paragraph
        ):
            out[-1] = attrs.evolve(
                prev, content=Span.of(text, prev.content.start, r.content.end), quoted=prev.quoted + r.quoted
            )
            continue
        out.append(r)
    return out


def _read_sentence(
    text: str,
    sentence: Sentence,
    index: int,
    quotations: list[Quotation],
    quote_chars: list[tuple[int, int]],
    layout: object,
) -> list[Report]:
    start, end = _sentence_body(text, sentence, layout)
    if end - start < 3:
        return []
    for frame in (_according_to, _quoted_as_saying, _dash_attribution, _verb_frames):
        report = frame(text, start, end, sentence, index, quotations, quote_chars)
        if report is not None:
            return [report, *_participles(text, report, end, sentence, index, quotations, quote_chars)]
    return []


RE_PARTICIPLE = regex.compile(
    r",\s+(?:and\s+)?(?P<cue>adding|saying|noting|arguing|explaining|insisting|suggesting|claiming|warning|"
    r"stressing|declaring|predicting|acknowledging|conceding|asserting|contending|pointing\s+out|"
    r"telling\s+(?:reporters|the\s+crowd|supporters|\p{Lu}[\w.&'’]*(?:\s+\p{Lu}[\w.&'’]*){0,3}))\b"
)


def _participles(
    text: str,
    report: Report,
    end: int,
    sentence: Sentence,
    index: int,
    quotations: list[Quotation],
    quote_chars: list[tuple[int, int]],
) -> list[Report]:
    """``..., X said, adding that CONTENT``: a second report by the same speaker."""
    after = max(report.content.end, report.cue.end if report.cue else 0)
    for m in RE_PARTICIPLE.finditer(text, after, end):
        if not _outside_quotes(m.start(), quote_chars):
            continue
        pos = m.end()
        that = RE_THAT.match(text, pos, end)
        pos = that.end() if that else pos
        content_end = _cut_trailing_attribution(text, pos, end)
        if len(regex.findall(r"\w+", text[pos:content_end])) < 3:
            continue
        speaker = (report.speaker.start, report.speaker.end) if report.speaker else None
        cue = (m.start("cue"), m.start("cue") + len(m.group("cue").split()[0]))
        found = _report(text, (pos, content_end), cue, speaker, sentence, index, quotations)
        return [found] if found is not None else []
    return []


def _sentence_body(text: str, sentence: Sentence, layout: object) -> tuple[int, int]:
    """The sentence without a leading dateline and without its final punctuation."""
    start, end = sentence.span.start, sentence.span.end
    dateline = getattr(layout, "dateline", None)
    if dateline is not None and start <= dateline.span.start < end:
        start = dateline.span.end
        while start < end and text[start].isspace():
            start += 1
    while end > start and text[end - 1] in ".!?; \t":
        end -= 1
    return start, end


def _outside_quotes(offset: int, quote_chars: list[tuple[int, int]]) -> bool:
    return not any(a < offset < b for a, b in quote_chars)


def _verb_frames(
    text: str,
    start: int,
    end: int,
    sentence: Sentence,
    index: int,
    quotations: list[Quotation],
    quote_chars: list[tuple[int, int]],
) -> Report | None:
    for m in _verb_pattern().finditer(text, start, end):
        if not _outside_quotes(m.start(), quote_chars) or _used_as_noun(text, m.start(), m.end()):
            continue
        for frame in (_content_first, _speaker_first):
            found = frame(text, start, end, m, quote_chars)
            if found is not None:
                content, speaker = found
                return _report(text, content, m.span(), speaker, sentence, index, quotations)
    return None


RE_DETERMINER_BEFORE = regex.compile(
    r"(?i:\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|whose|every|each|no|any|such|"
    r"which|first|new|latest|recent|previous|initial|official|investigative|written|public)\s+)$"
)


RE_NEXT_WORD = regex.compile(r"\s+(\p{Ll}+)")


def _used_as_noun(text: str, start: int, end: int) -> bool:
    """ "the state's", "a report", "his claims": a reporting-verb form used as a noun."""
    if text.startswith(("'s", "’s", "-"), end):
        return True
    if text[end - 1 : end] == "s":
        following = RE_NEXT_WORD.match(text, end)
        if following and (following.group(1).endswith("ed") or following.group(1) in lexicons.inflections("reporting_verbs")):
            return True  # "FBI notes released Monday said", "his remarks said"
    return RE_DETERMINER_BEFORE.search(text, max(0, start - 20), start) is not None


def _report(
    text: str,
    content: tuple[int, int],
    cue: tuple[int, int],
    speaker: tuple[int, int] | None,
    sentence: Sentence,
    index: int,
    quotations: list[Quotation],
) -> Report | None:
    c_start, c_end = _trim(text, *content)
    inside = [q for q in quotations if q.span.start < c_end and q.span.end > c_start]
    kind = QuoteKind.INDIRECT
    if inside:
        c_start = min(c_start, inside[0].span.start)
        c_end = max(c_end, inside[-1].span.end)
        whole = inside[0].span.start == c_start and inside[-1].span.end == c_end
        kind = QuoteKind.DIRECT if whole and all(q.kind is QuoteKind.DIRECT for q in inside) else QuoteKind.MIXED
    if c_end <= c_start:
        return None
    quoted = tuple(p for q in inside for p in q.parts)
    return Report(
        content=Span.of(text, c_start, c_end),
        kind=kind,
        cue=Span.of(text, *cue),
        speaker=Span.of(text, *speaker) if speaker else None,
        paragraph=sentence.paragraph,
        sentence=index,
        quoted=quoted,
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-("):
        end -= 1
    return start, end


def _content_first(
    text: str, start: int, end: int, verb: regex.Match[str], quote_chars: list[tuple[int, int]]
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """``CONTENT, X said.`` / ``“QUOTE,” said X, an analyst.`` / ``Longer term, they said, CONTENT.``"""
    left = text[start : verb.start()]
    boundaries = [b for b in _boundaries(left, start, quote_chars)[-3:] if regex.search(r"\w", text[start : b[0]])]
    for i in range(len(boundaries) - 1, -1, -1):
        b_start, b_end = boundaries[i]
        if text[b_end : verb.start()].strip():
            found = _content_first_at(text, start, end, verb, b_start, b_end)
            if found is not None:
                if i > 0 and _name_before_appositive(text, boundaries[i - 1][1], b_start, b_end):
                    (content_start, _), (_, speaker_end) = found[0], found[1]  # type: ignore[misc]
                    return (content_start, boundaries[i - 1][0]), (boundaries[i - 1][1], speaker_end)
                return found
    if boundaries and not text[boundaries[-1][1] : verb.start()].strip():
        return _content_first_at(text, start, end, verb, *boundaries[-1])
    return None


def _name_before_appositive(text: str, name_start: int, comma: int, appositive_start: int) -> bool:
    """`“...,” Graham, a former candidate, told ...`: the speaker is the name before the appositive."""
    name = text[name_start:comma].split()
    appositive = text[appositive_start : appositive_start + 12].split()
    return (
        0 < len(name) <= 5
        and all(w[:1].isupper() or w in {"de", "al", "van", "von", "bin"} for w in name)
        and bool(appositive)
        and appositive[0].lower() in {"a", "an", "the", "his", "her", "their", "who", "former", "then", "also"}
    )


def _content_first_at(
    text: str, start: int, end: int, verb: regex.Match[str], b_start: int, b_end: int
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    between = text[b_end : verb.start()]
    after = verb.end()
    rest = text[after:end]
    if between.strip():
        # S V order: the words between the boundary and the verb name the speaker
        speaker_text = RE_AUX.sub("", between)
        if not looks_like_speaker(speaker_text, strict=False):
            return None
        speaker = (b_end + len(speaker_text) - len(speaker_text.lstrip()), b_end + len(speaker_text.rstrip()))
        if verb.group() in _TELL_VERBS:
            obj = RE_TOLD_OBJECT.match(rest)
            rest = rest[obj.end() :] if obj else rest
        tail = _skip_adjuncts(rest)
        if RE_SUBORDINATE.match(tail):
            tail = ""
        if tail.strip() and not tail.lstrip().startswith(","):
            return None
        remainder = tail.lstrip()[1:].strip() if tail.strip() else ""
        if remainder and not _is_trailing_clause(remainder):
            # parenthetical: "Longer term, they said, the fight ..." -> the whole sentence is the content
            if len(regex.findall(r"\w+", remainder)) >= 3:
                return (start, end), speaker
            return None
        return (start, b_start), speaker
    # V S order: the speaker follows the verb
    if verb.group() in _TELL_VERBS or not rest.strip():
        return None
    speaker_end = _speaker_after(text, after, end)
    if speaker_end is None:
        return None
    speaker_text = text[after:speaker_end]
    if not looks_like_speaker(speaker_text.split(",")[0]):
        return None
    lead = len(speaker_text) - len(speaker_text.lstrip())
    return (start, b_start), (after + lead, speaker_end)


RE_BOUNDARY = regex.compile(r",(?:''|[\"”’'])?\s+|(?:''|[\"”’])\s+|\s+[—–]\s+|\s+--\s+")


def _boundaries(left: str, offset: int, quote_chars: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The commas, dashes and closing quotation marks (outside quotes) before the cue, in order."""
    found = []
    for m in RE_BOUNDARY.finditer(left):
        pos = offset + m.start()
        if m.group()[0] in "\"”’'" and not _closes_quote(pos + (1 if m.group().startswith("''") else 0), quote_chars):
            continue
        if m.group()[0] == "," and not _outside_quotes(pos, quote_chars):
            if not (len(m.group()) > 1 and m.group()[1] in "\"”’'"):
                continue
        found.append((pos, offset + m.end()))
    return found


def _closes_quote(pos: int, quote_chars: list[tuple[int, int]]) -> bool:
    return any(b - 1 == pos for _, b in quote_chars)


def _skip_adjuncts(rest: str) -> str:
    while True:
        m = RE_ADJUNCT.match(rest)
        if not m or m.end() == 0:
            return rest
        rest = rest[m.end() :]


def _is_trailing_clause(remainder: str) -> bool:
    """Text after ``, he said,`` that is not more content: a participle or a relative clause."""
    first = remainder.split(None, 1)[0].lower() if remainder.split() else ""
    return first.endswith("ing") or first in {"who", "which", "while", "as", "in", "at", "before", "after"} or (
        first in {"adding", "noting", "citing"}
    )


def _speaker_after(text: str, start: int, end: int) -> int | None:
    """End of the speaker phrase after an inverted cue (``said Hisham al-Hashimi, an Iraqi analyst``)."""
    rest = text[start:end]
    if not rest.strip() or rest.lstrip()[0] in "\"“,:":
        return None
    comma = rest.find(",")
    if comma == -1:
        return end
    appositive = rest[comma + 1 :].strip()
    words = appositive.split()
    if words and _appositive_ok(appositive) and not RE_SUBORDINATE.match(appositive):
        if len(words) <= 2 * _MAX_SPEAKER_WORDS and not regex.search(r"[\"“”]", appositive):
            return end
    return start + comma


def looks_like_speaker(phrase: str, *, strict: bool = True) -> bool:
    """Whether a phrase can name who spoke: a name, a pronoun, or a noun phrase headed by a speaker noun.

    Not ``strict`` (where the position leaves no doubt, as in ``..., traders said.``), any noun shaped like a
    name for people (traders, economists, Democrats) heads a speaker too.

    >>> looks_like_speaker("US Defense Secretary Ash Carter"), looks_like_speaker("last weekend")
    (True, False)
    >>> looks_like_speaker("two people familiar with the matter"), looks_like_speaker("the plan")
    (True, False)
    """
    phrase = phrase.strip()
    if not phrase or regex.search(r"[\"“”;:\[\]]|''", phrase):
        return False
    if phrase.split()[0].lower() in _PREPOSITIONS:
        return False
    core, _, appositive = phrase.partition(",")
    core = core.strip()
    if appositive.strip(" ,") and not _appositive_ok(appositive.strip(" ,")):
        return False
    words = core.split()
    if not words or len(words) > _MAX_SPEAKER_WORDS or len(phrase.split()) > 2 * _MAX_SPEAKER_WORDS:
        return False
    if any(w.lower() in _NOT_IN_SPEAKER for w in words):
        return False
    if words[0].lower() in _SUBORDINATORS or words[-1].lower() in {"who", "that", "which", "whom"}:
        return False
    if words[0] in lexicons.table("pronouns") and len(words) > 1:
        return False
    head_part = RE_POSTMODIFIER.sub("", core) or core
    if RE_VERB_IN_PHRASE.search(head_part):
        return False
    head = head_part.split()[-1].strip(".,'’")
    if head.endswith(("'s", "’s")):
        return False
    if head in lexicons.table("pronouns"):
        return len(head_part.split()) == 1
    lower = head.lower()
    if lower in _FUNCTION_WORDS or head in lexicons.words("time_words") or lower in lexicons.words("time_words"):
        return False
    if any(c.isupper() for c in head):
        return True
    return singular(lower) in lexicons.words("speaker_nouns") or (not strict and RE_AGENT_NOUN.search(lower) is not None)


#: Lowercase heads that name people or groups by their shape: traders, analysts, economists, Democrats.
RE_AGENT_NOUN = regex.compile(
    r"(?:[^s]s|ers|ors|ists|ians|ants|ents|ees|men|women|tally|count|data|estimate|analysis|figures|records|"
    r"projections|results|filing|transcript|account|accounts|census|index|review|book|article|story|video|"
    r"footage|emails?|letter|memo|website|blog|post|tweet|database|calculations|research|numbers)$"
)
RE_APPOSITIVE = regex.compile(
    r"(?:a|an|the|his|her|their|its|who|whose|which|one|both|each|all|former|then|now|also|now-|senior|chief|"
    r"deputy|acting|longtime|\d+|two|three|four|five|six|seven|eight|nine|ten|many|some|several)\b|\p{Lu}|\p{Ll}+(?:man|woman)\b"
)


def _appositive_ok(appositive: str) -> bool:
    """The part after a name's comma must describe the speaker: "a Democrat", "who leads", "73"."""
    if RE_APPOSITIVE.match(appositive) is None:
        return singular(appositive.split()[0].lower()) in lexicons.words("speaker_nouns")
    return True


def singular(noun: str) -> str:
    """A plural speaker noun's singular ("officials" -> "official", "people" stays)."""
    irregular = {"men": "man", "women": "woman", "spokesmen": "spokesman", "spokeswomen": "spokeswoman"}
    if noun in irregular:
        return irregular[noun]
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss") and noun[:-1] in lexicons.words("speaker_nouns"):
        return noun[:-1]
    return noun


def _speaker_first(
    text: str, start: int, end: int, verb: regex.Match[str], quote_chars: list[tuple[int, int]]
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """``X said (that) CONTENT`` / ``X told reporters CONTENT`` / ``X said: “QUOTE”``."""
    left = text[start : verb.start()]
    clause = _clause_start(left)
    subject = RE_AUX.sub("", left[clause:])
    if not looks_like_speaker(subject):
        return None
    s_start = start + clause + (len(subject) - len(subject.lstrip()))
    speaker = (s_start, start + clause + len(subject.rstrip()))
    pos = verb.end()
    if verb.group() in _TELL_VERBS:
        obj = RE_TOLD_OBJECT.match(text, pos, end)
        if obj is not None:
            pos = obj.end()
        elif verb.group().startswith("tel") or verb.group() == "told":
            return None
    rest = _skip_adjuncts(text[pos:end])
    pos = end - len(rest)
    that = RE_THAT.match(text, pos, end)
    if that:
        pos = that.end()
    elif text[pos:end].lstrip()[:1] == ",":
        pos = text.index(",", pos) + 1
    content_end = _cut_trailing_attribution(text, pos, end)
    if len(regex.findall(r"\w+", text[pos:content_end])) < 2:
        return None
    return (pos, content_end), speaker


RE_CLAUSE_BREAK = regex.compile(
    r"(?:^|\s)(?i:but|and|while|because|as|so|yet|although|though|when|after|before|since|then|meanwhile|that)\s+"
    r"|[;—–]\s*|[”\"]\s+|''\s+|,\s+(?=(?:\p{Lu}|he\b|she\b|they\b|we\b|I\b|it\b|officials?\b))"
)


def _clause_start(left: str) -> int:
    """Where the subject of a cue may begin: after an introductory phrase or the last clause break."""
    best = 0
    if looks_like_speaker(RE_AUX.sub("", left)):
        return 0
    for m in RE_CLAUSE_BREAK.finditer(left):
        tail = left[m.end() :]
        if looks_like_speaker(RE_AUX.sub("", tail)):
            best = m.end()
            break
    return best


#: Where reported content stops before the sentence does: a trailing "according to", or a second predicate
#: of the speaker ("... but did not say when", "... and added that ...").
RE_CONTENT_STOP = regex.compile(
    r",?\s+according\s+to\b"
    r"|,?\s+(?:but|and)\s+(?:(?:also|then|later|still)\s+)?(?:did|does|didn['’]t|doesn['’]t|declined|refused|"
    r"added|adds|said|says|noted|insisted|vowed|urged|warned|promised|stressed|acknowledged|conceded|argued|"
    r"went\s+on|stopped\s+short|offered|gave|would\s+not|wouldn['’]t)\b"
    r"|,\s+(?=(?:adding|saying|noting|arguing|explaining|telling|citing|warning|insisting|suggesting|claiming|"
    r"accusing|calling|urging|stressing|pointing\s+out)\b)"
)


def _cut_trailing_attribution(text: str, start: int, end: int) -> int:
    m = RE_CONTENT_STOP.search(text, start, end)
    return m.start() if m else end


def _according_to(
    text: str,
    start: int,
    end: int,
    sentence: Sentence,
    index: int,
    quotations: list[Quotation],
    quote_chars: list[tuple[int, int]],
) -> Report | None:
    """``According to X, CONTENT`` and ``CONTENT, according to X.``"""
    for m in RE_ACCORDING.finditer(text, start, end):
        if not _outside_quotes(m.start(), quote_chars):
            continue
        after = m.end()
        comma = text.find(",", after, end)
        if text[start : m.start()].strip(" ,") == "" or len(regex.findall(r"\w+", text[start : m.start()])) <= 2:
            if comma == -1 or not looks_like_speaker(text[after:comma], strict=False):
                continue
            speaker = _trim(text, after, comma)
            return _report(text, (comma + 1, end), m.span(), speaker, sentence, index, quotations)
        s_end = comma if comma != -1 and not _appositive_follows(text, comma, end) else end
        if not looks_like_speaker(text[after:s_end].split(",")[0], strict=False):
            continue
        speaker = _trim(text, after, s_end)
        content_start = start
        return _report(text, (content_start, m.start()), m.span(), speaker, sentence, index, quotations)
    return None


RE_QUOTED_AS = regex.compile(
    r"(?P<subject>[^,;:]{1,120}?)\s+(?:(?P<passive>(?:was|were|is|are|has\s+been|had\s+been)\s+)?"
    r"(?P<cue>quoted\s+(?:(?P<object>[^,;:]{1,80}?)\s+)?as\s+(?:saying|telling\s+\S+(?:\s+\S+)?))|"
    r"(?P<cue2>cited|citing)\s+(?P<object2>[^,;:]{1,80}?)\s+as\s+saying)\s+(?:that\s+)?"
)


def _quoted_as_saying(
    text: str,
    start: int,
    end: int,
    sentence: Sentence,
    index: int,
    quotations: list[Quotation],
    quote_chars: list[tuple[int, int]],
) -> Report | None:
    """``The newspaper quoted Smith as saying CONTENT`` / ``Smith was quoted as saying CONTENT``."""
    m = RE_QUOTED_AS.match(text, start, end)
    if m is None or not _outside_quotes(m.start("cue") if m.group("cue") else m.start("cue2"), quote_chars):
        return None
    if m.group("passive"):
        speaker = (m.start("subject"), m.end("subject"))
    elif m.group("object"):
        speaker = (m.start("object"), m.end("object"))
    elif m.group("object2"):
        speaker = (m.start("object2"), m.end("object2"))
    else:
        return None
    if not looks_like_speaker(text[speaker[0] : speaker[1]], strict=False):
        return None
    cue = m.span("cue") if m.group("cue") else m.span("cue2")
    if m.group("object") or m.group("object2"):
        cue = (cue[0], cue[0] + len(text[cue[0] : cue[1]].split()[0]))  # "quoted", the speaker being inside
    return _report(text, (m.end(), end), cue, speaker, sentence, index, quotations)


#: ``“...” — Commissioner Ann Lee`` or ``“...” -Craig Fehrman``: a quote signed by its speaker after a dash.
RE_DASH_SIGNATURE = regex.compile(r"\s*(?P<dash>[—–]|--?)\s*(?P<speaker>\p{Lu}[^.;:!?\"“”]{1,80}?)\s*[.]?\s*$")


def _dash_attribution(
    text: str,
    start: int,
    end: int,
    sentence: Sentence,
    index: int,
    quotations: list[Quotation],
    quote_chars: list[tuple[int, int]],
) -> Report | None:
    inside = [q for q in quotations if start <= q.span.start and q.span.end <= end]
    if not inside or text[start : inside[0].span.start].strip():
        return None
    m = RE_DASH_SIGNATURE.match(text, inside[-1].span.end, end)
    if m is None or not looks_like_speaker(m.group("speaker")):
        return None
    return _report(
        text, (inside[0].span.start, inside[-1].span.end), m.span("dash"), m.span("speaker"), sentence, index, quotations
    )


def _appositive_follows(text: str, comma: int, end: int) -> bool:
    rest = text[comma + 1 : end].split()
    return bool(rest) and rest[0].lower() in {"a", "an", "the", "who", "which"} and len(rest) <= _MAX_SPEAKER_WORDS


#: The subject at the head of a sentence: "He", "Christie, New Jersey's governor,", "Sen. Ted Cruz".
RE_SENTENCE_SUBJECT = regex.compile(
    r"(?:(?:\p{Lu}[\w’']*|\w+ly)(?:\s+[\w’'.]+){0,5},\s+)?"
    r"(?P<np>He|She|They|We|I|It|(?:(?:The|A|An)\s+)?(?:\p{Lu}[\w.’'\-]*\s+){0,5}\p{Lu}[\w’'\-]*)"
    r"(?=(?:,\s+[^,]{3,80},)?\s+(?:also\s+|then\s+|later\s+)?\p{Ll})"
)


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
        found = RE_SENTENCE_SUBJECT.match(text, content.start, q.span.start)
        if found and looks_like_speaker(found.group("np")):
            speaker = Span.of(text, found.start("np"), found.end("np"))
    return Report(
        content=content,
        kind=q.kind,
        cue=None,
        speaker=speaker,
        paragraph=q.paragraph,
        sentence=q.sentence,
        quoted=q.parts,
    )
