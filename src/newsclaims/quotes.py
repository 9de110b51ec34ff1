"""Quotes stage: pair quotation marks into quoted stretches and tell quotes from scare quotes and titles.

Handles straight and curly double quotes, guillemets, „“, single quotes nested inside double ones, the newswire
convention for quotes running over several paragraphs, and stray marks (skipped locally, never swallowing the
rest of the article). Apostrophes (don't, '90s, rock 'n' roll, the Joneses' house) are never quote marks.
"""

from __future__ import annotations

import bisect

import attrs

from . import lexicons
from .analysis import Analysis, analyse
from .patterns import lazy_compile
from .segmentation import Segmentation
from .types import QuoteKind, Span

#: A quotation mark; in a closing run of three apostrophes ("that?'''"), the first closes the inner
#: quotation and the last two the outer one.
_TRIPLE = "'''"
RE_MARK = lazy_compile(r"(?<=[^\s'])'(?=''(?!'))|''|‘‘|’’|[\"“”„«»‘’']")
_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE = "‘’'"
#: The characters that may precede an opening mark / follow a closing one.
_BEFORE_OPEN = " \t\n([{—–―-/:;,\u00a0>"
_AFTER_CLOSE = " \t\n)]}.,;:!?—–―-/…\u00a0<"
RE_WORDS = lazy_compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
RE_TERMINAL = lazy_compile(r"[.,!?;:…—–―\-]\s*$")
#: A short attribution between two quoted parts: `“A,” he said. “B.”` or `“A,” said Jones, “B.”`
_MAX_BRIDGE_WORDS = 14
#: ... and within one sentence, where the attribution holds a long appositive: `“A,” said X, director of ..., “b.”`
_MAX_ASIDE_BRIDGE_WORDS = 30
#: How far into such a bridge its reporting verb stands: `said X`, `X said`, `Mr. X said`, `the official said`.
_ATTRIBUTION_OPENING_WORDS = 4


@attrs.frozen
class Quotation:
    """A stretch of text in quotation marks that reports someone's words.

    ``span`` runs from the first opening mark to the last closing mark (or the paragraph end where a mark was
    never closed); an interrupted quote (`“A,” he said, “B.”`) is one quotation whose ``parts`` are the
    quoted pieces. ``kind`` is DIRECT when the quotation is a whole utterance and MIXED when it is a fragment
    inside a sentence of reported speech.
    """

    span: Span
    parts: tuple[Span, ...]
    paragraph: int
    sentence: int
    kind: QuoteKind


@attrs.frozen
class QuoteMarks:
    """The quotes stage result: speech quotations, and the quoted stretches judged not to be quotes."""

    analysis: Analysis
    quotations: tuple[Quotation, ...]
    not_quotes: tuple[Span, ...]

    @property
    def segmentation(self) -> Segmentation:
        return self.analysis.segmentation


def find_quotes(analysis: Analysis | Segmentation) -> QuoteMarks:
    """Find the quotations of the body paragraphs (a bare Segmentation is analysed by the rules engine).

    >>> from newsclaims.segmentation import segment_text
    >>> marks = find_quotes(segment_text('The "caliphate" fell. "It is over," he said.'))
    >>> [q.span.text for q in marks.quotations], [s.text for s in marks.not_quotes]
    (['"It is over,"'], ['"caliphate"'])
    """
    if isinstance(analysis, Segmentation):
        analysis = analyse(analysis)
    seg = analysis.segmentation
    text = seg.layout.text
    stretches = pair_marks(text, seg.layout.paragraphs)
    quotations: list[Quotation] = []
    not_quotes: list[Span] = []
    sentence_starts = [s.span.start for s in seg.sentences]
    first_words: dict[int, int] = {}
    for span, para in stretches:
        sent = _sentence_index(sentence_starts, span.start)
        if sent not in first_words and seg.sentences:
            first_words[sent] = _first_word(text, seg.sentences[sent].span)
        kind = _kind(text, seg, sent, span, first_words.get(sent, span.start))
        if kind is None:
            not_quotes.append(span)
        else:
            quotations.append(Quotation(span, (span,), para, sent, kind))
    return QuoteMarks(analysis, tuple(_merge_interrupted(text, quotations, sentence_starts)), tuple(not_quotes))


def _sentence_index(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _blank_if_invisible(ch: str) -> str:
    """Control, format and separator characters (NUL, zero-width space, bidi marks, BOM, lone surrogates) stand
    beside a quotation mark as a space would."""
    if ch.isspace() or (not ch.isprintable() and not ch.isalnum()):
        return " "
    return ch


def _role(text: str, i: int, lo: int, hi: int) -> str | None:
    """Whether the mark at ``i`` opens, closes, or is an apostrophe (None); 'either' when unclear."""
    ch = text[i]
    width = _width(text, i)
    if width == 2:
        ch = {"''": '"', "‘‘": "“", "’’": "”"}[text[i : i + 2]]
    prev = _blank_if_invisible(text[i - 1]) if i > lo else " "
    nxt = _blank_if_invisible(text[i + width]) if i + width < hi else " "
    left_flank = (prev in _BEFORE_OPEN or prev in "\"“'‘") and not nxt.isspace()
    right_flank = not prev.isspace() and (nxt in _AFTER_CLOSE or nxt in "\"”'’")
    if ch in _SINGLE:
        if prev.isalnum() and nxt.isalnum():
            return None  # don't, O'Brien
        if nxt.isdigit() and ch != "‘":
            return None  # '90s
        if text[i : i + 3] in ("'n'", "’n’") or text[i - 2 : i + 1] in ("'n'", "’n’"):
            return None  # rock 'n' roll
        if ch != "‘" and prev in "sS" and nxt in " \t,.;:" and not right_flank:
            return None
    if ch == "«" and nxt.isspace() or ch == "»" and prev.isspace():
        return "open" if ch == "«" else "close"  # French spacing inside guillemets: « Non », a-t-il dit
    if ch in _DOUBLE_OPEN or ch == "‘":
        return "close" if right_flank and not left_flank else "open"
    if ch in _DOUBLE_CLOSE or ch == "’":
        if ch == "”" and prev in ",.!?…" and i > lo:
            return "close"  # `,”Clinton said`: a missing space does not turn a closing mark around
        return "open" if left_flank and not right_flank else "close"
    if left_flank and not right_flank:
        return "open"
    if right_flank and not left_flank:
        return "close"
    return "either"


def _singles_outside_doubles(text: str, marks: list[tuple[int, str]]) -> bool:
    """Whether a paragraph quotes in single marks around double ones (‘He told me “no way”,’ she said): its first
    mark opens a single quotation (curly, or straight: 'I told him, "Stop,"' she said) that closes after its last
    double mark."""
    if not marks or text[marks[0][0]] not in "‘'" or marks[0][1] == "close" or _is_double(text, marks[0][0]):
        return False  # (not the newswire's double mark of two straight singles: ''...'')
    closing = "’" if text[marks[0][0]] == "‘" else "'"
    last_double = max((i for i, _ in marks if _is_double(text, i)), default=-1)
    return last_double >= 0 and any(text[i] == closing and role != "open" and i > last_double for i, role in marks)


#: A markup tag with its attributes: '<a href="http://video.foxnews.com">', '<tweet author="@x">'.
RE_TAG = lazy_compile(r"</?[A-Za-z][\w\-]*+(?:\s[^<>]{0,500}+)?>")


def _tags(text: str) -> list[tuple[int, int]]:
    """The spans of the markup tags in ``text``, whose attribute values' quotation marks quote no one."""
    return [m.span() for m in RE_TAG.finditer(text)] if "<" in text else []


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` falls inside one of ``spans`` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, offset, key=lambda span: span[0]) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def pair_marks(text: str, paragraphs: tuple[Span, ...]) -> list[tuple[Span, int]]:
    """Pair double marks within and across paragraphs; single marks only where no double mark is open."""
    out: list[tuple[Span, int]] = []
    pending: tuple[int, int] | None = None  # (offset of an opening mark left open, its paragraph)
    pending_single: tuple[int, int] | None = None  # the same for a single mark (British style)
    tags = _tags(text)
    for index, para in enumerate(paragraphs):
        paired_before = len(out)
        marks = [
            (m.start(), role)
            for m in RE_MARK.finditer(text, para.start, para.end)
            if (role := _role(text, m.start(), para.start, para.end)) is not None
            and not (tags and _inside(tags, m.start()))
        ]
        doubles = [(i, r) for i, r in marks if _is_double(text, i)]
        if pending is None and _singles_outside_doubles(text, marks):
            doubles = []  # British style: ‘He told me “no way”,’ she said. The double marks are a quote within
        opens_with_mark = bool(doubles) and doubles[0][0] == para.start and doubles[0][1] != "close"
        if pending is not None and not opens_with_mark:
            out.extend(_unclosed(text, paragraphs[pending[1]], pending))
            pending = None
        open_at: tuple[int, int] | None = pending
        nested: list[int] = []  # opening marks of another style inside the open quote: "... “title” ..."
        for n, (i, role) in enumerate(doubles):
            if pending is not None and n == 0:
                continue  # the mark that continues the quote of the previous paragraph
            if open_at is not None and _style(text, i) != _style(text, open_at[0]):
                if role == "open":
                    nested.append(i)
                    continue
                if nested and role in ("close", "either"):
                    nested.pop()
                    continue
            if open_at is None:
                if role in ("open", "either"):
                    open_at = (i, index)
            elif role in ("close", "either"):
                out.append((Span.of(text, open_at[0], i + _width(text, i)), open_at[1]))
                open_at = None
            else:
                open_at = (i, index)  # the earlier opening mark was stray
        pending = None
        if open_at is not None:
            if _continues(text, paragraphs, index):
                pending = open_at
            else:
                out.extend(_unclosed(text, para, open_at))
        quoted = [span for span, _ in out[paired_before:]] + ([Span.of(text, open_at[0], para.end)] if open_at else [])
        singles = [
            (i, r) for i, r in marks
            if not _is_double(text, i) and not any(q.start <= i < q.end for q in quoted)
        ]  # 'A spokesman said: ‘...’' after 'said it was “disappointed”': a single-quoted quote beside double marks
        if pending_single is not None and not (singles and singles[0][0] == para.start and singles[0][1] == "open"):
            out.extend(_unclosed(text, paragraphs[pending_single[1]], pending_single))
            pending_single = None
        if pending_single is not None:
            singles = singles[1:]  # the mark that continues the quote of the previous paragraph
        paired, open_single = _pair_singles(text, singles, index, pending_single)
        if doubles:
            paired = [p for p in paired if _single_beside_doubles(text, para, p[0], quoted)]
        out.extend(paired)
        out[paired_before:] = sorted(out[paired_before:], key=lambda pair: pair[0].start)
        pending_single = None
        if open_single is not None:
            if _continues_single(text, paragraphs, index):
                pending_single = open_single
            else:
                out.extend(_unclosed(text, paragraphs[open_single[1]], open_single))
    if pending is not None:
        out.extend(_unclosed(text, paragraphs[pending[1]], pending))
    if pending_single is not None:
        out.extend(_unclosed(text, paragraphs[pending_single[1]], pending_single))
    return out


def _single_beside_doubles(text: str, para: Span, pair: Span, quoted: list[Span]) -> bool:
    """Whether single marks paired in a paragraph that has double marks too make a quotation of their own: outside
    the double-quoted stretches, opening after a colon or a sentence's end and closing after its punctuation
    ('A spokesman said: ‘This offer is fair.’' beside 'said it was “disappointed”'); elsewhere in such a
    paragraph a single mark is more often an apostrophe or a quote within a quote."""
    if any(q.start < pair.end and pair.start < q.end for q in quoted):
        return False
    before = text[para.start : pair.start].rstrip()
    inside = text[pair.start + 1 : pair.end - 1].rstrip()
    if RE_LOOSE_SINGLE_MARK.search(inside):
        return False  # "though: ‘Donald Trump Leads’ simply ... than ‘We Don’t Know ...’": two titles, not one quote
    return (not before or before[-1] in ":.!?") and inside[-1:] in (",", ".", "!", "?")


#: A single mark not between two letters (not the apostrophe of "don't"): a mark that opens or closes something.
RE_LOOSE_SINGLE_MARK = lazy_compile(r"['‘’](?!\p{L})|(?<!\p{L})['‘’]")


def _style(text: str, i: int) -> str:
    """The family of a double mark: straight, curly or guillemet; marks of one family pair with each other."""
    ch = text[i]
    if ch in "“”„":
        return "curly"
    if ch in "«»":
        return "guillemet"
    return "straight"


def _width(text: str, i: int) -> int:
    """How many characters the mark at ``i`` spans (see :data:`RE_MARK`)."""
    if text[i : i + 2] not in ("''", "‘‘", "’’"):
        return 1
    closing_run = text[i : i + 3] == _TRIPLE and text[i + 3 : i + 4] != "'"
    if closing_run and i > 0 and not text[i - 1].isspace() and text[i - 1] != "'":
        return 1  # the inner mark of a closing run of three
    return 2


def _is_double(text: str, i: int) -> bool:
    return text[i] not in _SINGLE or _width(text, i) == 2


def _continues(text: str, paragraphs: tuple[Span, ...], index: int) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    first = text[paragraphs[index + 1].start]
    return first in "\"“«„" or text.startswith(("''", "‘‘"), paragraphs[index + 1].start)


def _unclosed(text: str, para: Span, open_at: tuple[int, int]) -> list[tuple[Span, int]]:
    """An opening mark never closed: a quote to the end of its paragraph when it opens a sentence."""
    start = open_at[0]
    before = text[para.start : start].rstrip()
    if before and before[-1] not in ".:!?,—–―-":
        return []
    end = para.end
    if len(RE_WORDS.findall(text, start, end)) < 4:
        return []
    return [(Span.of(text, start, end), open_at[1])]


def _pair_singles(
    text: str, marks: list[tuple[int, str]], index: int, pending: tuple[int, int] | None
) -> tuple[list[tuple[Span, int]], tuple[int, int] | None]:
    """Pair single marks within a paragraph, going on with ``pending`` (a quote opened in an earlier paragraph);
    also return the opening mark left open at the paragraph's end, if any."""
    out = []
    open_at = pending
    for n, (i, role) in enumerate(marks):
        if open_at is None:
            if role == "open":
                open_at = (i, index)
        elif role in ("close", "either"):
            if RE_PLURAL_POSSESSIVE.match(text, i - 1) and any(r != "open" for _, r in marks[n + 1 :]):
                continue  # 'We have to spend taxpayers' money wisely,' he said: an apostrophe, a later mark closes
            words = len(RE_WORDS.findall(text, open_at[0], i))
            if words >= 3 or words == 2 and _sentence_in_singles(text, open_at[0], i):
                out.append((Span.of(text, open_at[0], i + 1), open_at[1]))
            open_at = None
    return out, open_at


def _sentence_in_singles(text: str, opening: int, closing: int) -> bool:
    """Whether single marks hold a sentence of their own after another in its paragraph (‘We told them,’ said
    Hughes. ‘Nobody listened.’), not a phrase set in marks (‘fake news’) nor a heading in marks on its own line."""
    before = RE_BEFORE_SENTENCE.search(text, max(0, opening - 3), opening)
    return before is not None and text[closing - 1] in ".!?"


#: What precedes a mark that opens a sentence inside a paragraph: a sentence's end (or a colon) and a space.
RE_BEFORE_SENTENCE = lazy_compile(r"[.!?:][’'\"”]?[ \t]++$")
#: A plural's possessive apostrophe before a lower-case word: "taxpayers' money".
RE_PLURAL_POSSESSIVE = lazy_compile(r"(?<=\p{L})s['’]\s\p{Ll}")


def _continues_single(text: str, paragraphs: tuple[Span, ...], index: int) -> bool:
    """A paragraph left inside a single-quoted quote goes on where the next one opens with a single mark (the
    British convention: ‘... down.\n\n‘Staff are ...’)."""
    if index + 1 >= len(paragraphs):
        return False
    start = paragraphs[index + 1].start
    return text[start] in "'‘" and _role(text, start, start, paragraphs[index + 1].end) == "open"


def _first_word(text: str, sentence: Span) -> int:
    """Where the sentence's first word starts, past bullets, markup and invisible characters."""
    m = RE_NOT_WORDS.match(text, sentence.start, sentence.end)
    return m.end() if m else sentence.start


#: What may stand before a sentence's first word: markup, and anything that is neither a letter nor a digit.
RE_NOT_WORDS = lazy_compile(r"(?:</?[A-Za-z][^<>]{0,200}>|[^\p{L}\p{N}<]|<)*+")


def _kind(text: str, seg: Segmentation, sent: int, span: Span, first_word: int) -> QuoteKind | None:
    """DIRECT for a whole utterance, MIXED for a fragment of reported speech, None for scare quotes/titles.

    ``first_word`` is where the sentence's first word starts: a quote before it opens the sentence.
    """
    inner = span.text.strip("\"“”„«»‘’'")
    words = RE_WORDS.findall(inner)
    sentence = seg.sentences[sent].span if seg.sentences else span
    prefix = text[max(sentence.start, _body_start(seg, sentence)) : span.start].rstrip()
    if first_word >= span.start:
        prefix = ""  # only bullets, markup or invisible characters before the quote: it opens the sentence
    lead_in = _is_lead_in(prefix)
    terminal = RE_TERMINAL.search(inner) is not None
    if not words:
        return None
    if (
        inner.rstrip().endswith(",")
        and not lead_in
        and len(words) <= 8
        and all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)  # every word capitalised
        and not _attribution_after(text, span.end)
    ):
        return None  # "''Billions,'' a Showtime series, ...", "One of his reads, “This Kind of War,” is ...": a title
        # set off by commas, no one's words (but "“Absolutely,” Trump replied")
    if len(words) <= 3 and not (terminal and (lead_in or not prefix)) and not prefix.endswith(":"):
        return None
    if len(words) <= 8 and title_case(words) and not lead_in and (not terminal or _embedded(prefix)):
        return None  # a title: “Meet the Press”, or “The Nightly Show with Larry Wilmore.” inside a sentence
    if not prefix or lead_in or prefix[-1] in ":—–―-(" or prefix.endswith(("--", "_")):
        return QuoteKind.DIRECT
    return QuoteKind.MIXED


#: "what" or "whom", a speaker and a naming verb right before a quotation: "what Newt Gingrich called (“...”)",
#: "whom one Obama insider described as (“his brother”)".
WHAT_NAMED = (
    r"(?<![\w’'\-])(?i:what|whom)\s++(?P<np>[^\s,;:\"“”][^,;:\"“”]{0,59}?)\s++(?:(?:has|have|had|once|later|then)\s++)?"
    r"(?P<cue>called|calls|call|dubbed|dubs|termed|terms|labeled|labelled|branded|described\s++as|describes\s++as|"
    r"characterized\s++as|characterised\s++as)(?:\s++(?:a|an|the))?\s*+"  # 'what Sroka called a "let a thousand
    # flowers bloom" approach'
)
#: The same, ending where a quotation opens.
RE_WHAT_NAMED = lazy_compile(WHAT_NAMED + "$")


def _attribution_after(text: str, end: int) -> bool:
    """Whether a reporting-verb form is among the few words right after a quotation: '“Absolutely,” Trump replied'."""
    verbs = lexicons.inflections("reporting_verbs")
    return any(w.lower() in verbs for w in RE_WORDS.findall(text, end, min(len(text), end + 60))[:_ATTRIBUTION_WORDS])


#: How many words after a quotation its attribution's verb may come ('“...,” the Republican senator from Utah said').
_ATTRIBUTION_WORDS = 12


def _embedded(prefix: str) -> bool:
    """Whether a quote stands inside its sentence ("appeared on “...”") rather than opening it."""
    return bool(prefix) and prefix[-1] not in ":—–―-(" and not prefix.endswith(",")


def _body_start(seg: Segmentation, sentence: Span) -> int:
    dateline = seg.layout.dateline
    if dateline is not None and sentence.start <= dateline.span.start < sentence.end:
        return dateline.span.end
    return sentence.start


RE_LEAD_IN_END = lazy_compile(r"(?:^|[\s,])(?P<word>[\p{L}’']+(?:\s+(?:out|on))?)\s*[,:]?$")


def _is_lead_in(prefix: str) -> bool:
    """Text before a quote that only introduces it: `He said,` / `said:` / `according to X,`."""
    if not prefix:
        return False
    if prefix.endswith(":"):
        return True
    m = RE_LEAD_IN_END.search(prefix[-40:])
    if m is None:
        return False
    word = m.group("word").lower()
    verbs = lexicons.inflections("reporting_verbs")
    if word in verbs and (prefix.endswith(",") or len(prefix.split()) <= 8):
        return True
    return bool(prefix.endswith(",") and RE_ACCORDING_OR_STATEMENT.search(prefix))


#: Cue phrases that end a lead-in before a quotation: "According to the statement, “...”".
RE_ACCORDING_OR_STATEMENT = lazy_compile(r"(?i)\b(?:according to|in a statement)\b")


#: A nickname in quotation marks between the parts of a name: Gerardo "Tata" Martino, Thomas ''Tip'' O'Neill.
RE_NICKNAME = lazy_compile(
    r"(?<=\p{Lu}[\p{L}.’'\-]*\s)(?P<open>''|[\"“])(?P<nick>\p{Lu}[\p{L}.’'\-]{0,20}(?:\s\p{Lu}[\p{L}.’'\-]{0,20})?)"
    r"(?P<close>''|[\"”])(?=\s\p{Lu})"
)


def mask_nicknames(text: str, start: int, end: int) -> str | None:
    """A copy of ``text`` of the same length in which the quotation marks of the nicknames in ``[start, end)`` are
    letters (the nickname's first and last, repeated), so that name patterns read Gerardo "Tata" Martino as one name;
    None if there is none."""
    found = list(RE_NICKNAME.finditer(text, start, end))
    if not found:
        return None
    chars = list(text)
    for m in found:
        first = m.group("nick")[0]
        for i in range(*m.span("open")):
            chars[i] = first
        for i in range(*m.span("close")):
            chars[i] = m.group("nick")[-1]
    return "".join(chars)


#: Words a title writes in lower case.
_TITLE_SMALL_WORDS = frozenset(["a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with", "is"])


def title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return bool(content) and sum(w[0].isupper() for w in content) >= 0.75 * len(content) and len(words) > 1


RE_BRIDGE_VERB = lazy_compile(r"\b\p{Ll}+\b")


def _continues_sentence(text: str, first: Quotation, second: Quotation) -> bool:
    """`“What I believe,” she said, “is that ...”`: the second part goes on with the first's sentence."""
    inner = second.span.text.lstrip("\"“„«‘'")
    return first.span.text.rstrip("\"”»’'").endswith(",") and inner[:1].islower()


def _resumes_after_attribution(
    text: str, prev: Quotation, q: Quotation, bridge: str, words: list[str], verbs: frozenset[str], sentence_start: int
) -> bool:
    """`“A,” he said of X, “But B.”`: within one sentence, a part after an attribution set off by commas on both
    sides goes on with the first part, where the first part opens the sentence (`Someone shouted, “A,” X
    joked, “B”` has two speakers) and the attribution opens the bridge (not `X sings before asking her, “B”`)."""
    if not (
        q.sentence == prev.sentence
        and prev.span.text.rstrip("\"”»’'").endswith(",")
        and bridge.rstrip().endswith(",")
        and RE_WORDS.search(text, sentence_start, prev.span.start) is None
    ):
        return False
    return any(w.lower() in verbs for w in words[:_ATTRIBUTION_OPENING_WORDS])


RE_UNTIL_STOP = lazy_compile(r"[^.!?\n“”\"]{0,60}")


def _attributed_after(text: str, q: Quotation, verbs: frozenset[str]) -> bool:
    """`“A,” read one. “B,” read another.`: a second part with an attribution of its own is a quote of its own."""
    if "\n" in q.span.text or q.span.text.rstrip("\"”’'»")[-1:] not in (",", "?", "!"):
        return False  # a part that ends its sentence or runs on over paragraphs has no attribution after it
    after = RE_UNTIL_STOP.match(text, q.span.end)
    return after is not None and any(w.lower() in verbs for w in RE_WORDS.findall(after.group()))


def another_person_acts(text: str, start: int, end: int, sentence_starts: list[int]) -> bool:
    """`“A,” Tom Ebeling said, pointing to his ears. Betsy Ebeling shook her head. “B.”`: a sentence between two
    quotations (``text[start:end]``, the attribution and what follows it) that opens with a full name not written
    before it there: that person may say B, so the quotation does not go on."""
    i = bisect.bisect_right(sentence_starts, start)
    if i >= len(sentence_starts) or sentence_starts[i] >= end:
        return False  # no sentence begins between them
    last = sentence_starts[bisect.bisect_left(sentence_starts, end) - 1]
    name = RE_FULL_NAME_OPENING.match(text, last, end)
    return (
        name is not None
        and name.group("first") not in lexicons.words("sentence_starters")
        and f"{name.group('first')} {name.group('last')}" not in text[start:last]
    )


#: A sentence that opens with a full name: "Betsy Ebeling (shook ...)", "Sen. Ted Cruz".
RE_FULL_NAME_OPENING = lazy_compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s++)?(?P<first>\p{Lu}\p{Ll}++)\s++(?P<last>\p{Lu}\p{Ll}++)\s++\p{Ll}"
)


def _leads_in(prev: Quotation, bridge: str) -> bool:
    """`“... found.” He added, “...”`: after a part that ends its sentence, a bridge ending in a comma or a colon
    introduces the next part; it does not attribute the first."""
    return prev.span.text.rstrip("\"”»’'")[-1:] in (".", "?", "!") and bridge.rstrip()[-1:] in (",", ":")


#: The longest attribution, with its asides and participle clauses, after which a quoted sentence goes on with
#: the quote before it: `“A,” the tycoon told Reuters in an interview in Macau when asked if ... . “B.”`
_MAX_LONG_BRIDGE_WORDS = 45


def _continues_after_long_attribution(
    text: str, prev: Quotation, q: Quotation, bridge: str, words: list[str], verbs: frozenset[str], sentence_start: int
) -> bool:
    """`“A,” X said, adding that .... “B.”`: a quoted sentence right after the sentence that attributes the
    quoted part opening it goes on with that quote, however long the attribution (PolNeAR's convention), where
    the attribution's verb opens the bridge and the second part has no attribution of its own."""
    return (
        len(prev.parts) == 1
        and q.kind is QuoteKind.DIRECT
        and q.sentence == prev.sentence + 1
        and prev.span.text.rstrip("\"”»’'")[-1:] in (",", "?", "!")
        and RE_WORDS.search(text, sentence_start, prev.span.start) is None
        and 0 < len(words) <= _MAX_LONG_BRIDGE_WORDS
        and bridge.rstrip()[-1:] == "."
        and "\n" not in bridge
        and not any(c in bridge for c in "\"“”«»")
        and any(w.lower() in verbs for w in words[:_ATTRIBUTION_OPENING_WORDS])
        and not _attributed_after(text, q, verbs)
    )


def _between_dashes(bridge: str) -> bool:
    """Whether an attribution between two parts of a quotation is set off by dashes: '“A” — Trump said — “b.”'."""
    inner = bridge.strip()
    return len(inner) > 2 and inner[0] in "—–-" and inner[-1] in "—–-"


def _merge_interrupted(text: str, quotations: list[Quotation], sentence_starts: list[int]) -> list[Quotation]:
    """Join `“A,” he said. “B.”` into one DIRECT quotation of two parts (PolNeAR's convention)."""
    out: list[Quotation] = []
    verbs = lexicons.inflections("reporting_verbs")
    for q in quotations:
        prev = out[-1] if out else None
        if prev is not None and prev.kind is QuoteKind.DIRECT and q.paragraph == prev.paragraph:
            bridge = text[prev.span.end : q.span.start]
            words = RE_WORDS.findall(bridge)
            start = sentence_starts[prev.sentence] if sentence_starts else 0
            goes_on = _continues_sentence(text, prev, q) or _resumes_after_attribution(
                text, prev, q, bridge, words, verbs, start
            )
            aside = goes_on and q.sentence == prev.sentence
            if _continues_after_long_attribution(text, prev, q, bridge, words, verbs, start) or not words or (
                len(prev.parts) == 1  # not a second attribution: "“A,” Alawee said. “B.” Zahed said: “C.”"
                and len(words) <= (_MAX_ASIDE_BRIDGE_WORDS if aside else _MAX_BRIDGE_WORDS)
                and sum(w.lower() in verbs for w in words) == 1
                and (q.kind is QuoteKind.DIRECT or goes_on)
                and "\n" not in bridge
                and (bridge.rstrip()[-1:] in (".", ",", ":", ";") or _between_dashes(bridge))
                and not _attributed_after(text, q, verbs)
                and not _leads_in(prev, bridge)
            ) and not another_person_acts(text, prev.span.end, q.span.start, sentence_starts):
                out[-1] = Quotation(
                    Span.of(text, prev.span.start, q.span.end),
                    prev.parts + q.parts,
                    prev.paragraph,
                    prev.sentence,
                    QuoteKind.DIRECT,
                )
                continue
        out.append(q)
    return out
