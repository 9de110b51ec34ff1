"""Cue phrases other than a verb: ``according to X``, ``quoted X as saying``, ``“...” — X``,
``... - X: “...”``, the inverted lead-in ``Said X, “...”`` and the question put to a speaker (``Asked whether
...,``)."""

from __future__ import annotations

import attrs

from .. import lexicons
from ..patterns import lazy_compile
from ..types import QuoteKind
from .clauses import (
    RE_COMMA_SPACE,
    RE_EVENT_APPOSITIVE,
    SUBORDINATORS,
    WRITER_COMPARISON,
    _subject_span,
    _verb_matches,
    predicate_next,
)
from .report import QuotedStretches, Report, Scope, _outside_quotes, _trim, word_count
from .speaker_phrases import _MAX_SPEAKER_WORDS, _past_forms, looks_like_speaker, past_or_auxiliary, singular

RE_ACCORDING = lazy_compile(
    r"\b[Aa]ccording\s+to\b|(?<![^\s,])[Pp]er(?=\s)"
    r"|\b[Aa]s\s++(?:(?:first|previously|originally|initially|exclusively|also)\s++)?"
    r"(?P<cue>reported|revealed|disclosed|documented|detailed)\s++by\b"  # "As reported by Western Journalism, ..."
)


def _according_to(scope: Scope, start: int, end: int) -> Report | None:
    """``According to X, CONTENT`` and ``CONTENT, according to X.``; also ``Per X, CONTENT`` and ``CONTENT, per
    X.`` where X names a speaker (not "$4 per gallon", "per the agreement"), and ``As reported by X, CONTENT`` (the
    cue "reported")."""
    text, quote_chars = scope.text, scope.quote_chars
    for m in RE_ACCORDING.finditer(text, start, end):
        if not _outside_quotes(m.start(), quote_chars):
            continue
        cue = m.span("cue") if m.group("cue") else m.span()
        if m.group("cue") and text[start : m.start()].strip() and _verb_matches(text, start, m.start()):
            continue  # not "..., Carson noted in an interview, as reported by BuzzFeed News": his report, cited
        after = m.end()
        paren = _parenthetical_source(text, start, m.start(), after, end)
        if paren is not None:  # 'The deal ("a historic step," according to the White House) was signed'
            return scope.report(paren[0], cue, paren[1])
        found = RE_CLAUSE_COMMA.search(text, after, end)
        comma = found.start() if found is not None else -1
        if m.group().lower() == "per" and not _per_source(text, start, m.start(), after, comma if comma != -1 else end):
            continue
        if text[start : m.start()].strip(" ,") == "" or word_count(text, start, m.start()) <= 2:
            colon = RE_COLON_QUOTE.search(text, after, comma if comma != -1 else end)
            comma = colon.start() if colon else comma  # "According to HuffPo: “...”"
            if comma == -1 or not _source_ok(text[after:comma]):
                continue
            speaker = _trim(text, after, comma)
            appositive = _leading_source_appositive(text, comma, end)
            if appositive is not None:  # "According to Koichi Nakano, a political scientist at Sophia University,"
                speaker, comma = (speaker[0], appositive), appositive
            aside = RE_PARTICIPLE_ASIDE_AFTER_SOURCE.match(text, comma + 1, end)
            content_start = aside.end() if aside is not None and word_count(text, aside.end(), end) >= 3 else comma + 1
            if text[start : m.start()].strip(" ,") and predicate_next(text, comma + 1, end):
                content_start = start  # "Apple, according to the filing, paid ...": the subject is content too
            if word_count(text, content_start, end) < 2 and not quote_chars.overlaps(content_start, end):
                continue  # "According to MSNBC, basically.": a word, no claim
            return scope.report((content_start, end), cue, speaker)
        pronoun = comma != -1 and text[after:comma].strip().lower() in _SOURCE_PRONOUNS  # "according to him, ..."
        s_end = comma if comma != -1 and (pronoun or not _appositive_follows(text, comma, end)) else end
        dash = RE_SPACED_DASH.search(text, after, s_end)
        if dash is not None:
            s_end = dash.start()  # "according to the Tax Policy Center - half a percent of ...": an aside follows
        if not _source_ok(RE_CLAUSE_COMMA.split(text[after:s_end])[0]):
            continue
        speaker = _trim(text, after, s_end)
        content = (start, m.start())
        rest = RE_COMMA_SPACE.match(text, s_end, end)
        event_aside = rest is not None and RE_EVENT_APPOSITIVE.match(text, rest.end(), end) is not None
        # "..., according to four people familiar with the matter, a move that could ...": the writer's word on the
        # reported event follows, not more of the sentence
        contrast = rest is not None and RE_CONTRAST_OPENER.match(text, rest.end(), end) is not None
        subordinate = rest is not None and (
            RE_SUBORDINATE_OPENER.match(text, rest.end(), end) is not None
            or RE_WRITER_COMPARISON.match(text, rest.end(), end) is not None
        )
        # "Talks have stalled, according to sources ..., as strikes killed 45 people": the writer's clause follows;
        # "..., according to the EIA, compared with expectations of a build": the writer's comparison
        verbless = not predicate_next(text, s_end + 1, end) and not any(
            past_or_auxiliary(word.strip(",.;:'\"“”‘’")) for word in text[s_end:end].split()
        )  # "..., according to the chairs from Jefferson and Arapahoe, two of the five most populous counties": what
        # follows the source describes it, no clause goes on
        if (
            s_end < end and word_count(text, s_end, end) >= 3
            and not event_aside and not contrast and not subordinate and not verbless
        ):
            # "Since November, according to Human Rights Watch, forces have killed 400": the sentence goes on; "The
            # company, according to two people ..., is weighing a sale": the subject before it is content too
            short_intro = word_count(text, start, m.start()) <= 5 and not predicate_next(text, s_end + 1, end)
            content = (s_end + 1, end) if short_intro else (start, end)
        return scope.report(content, cue, speaker)
    return None


def _as_reported(scope: Scope, start: int, end: int) -> Report | None:
    """``CONTENT, as X (first) reported.``: a clause closing the sentence that credits its report to a source,
    where no reporting verb comes before it ("The vote was delayed, as Politico first reported on Monday.")."""
    text = scope.text
    m = RE_AS_REPORTED.search(text, start, end)
    if m is None or not _outside_quotes(m.start(), scope.quote_chars) or word_count(text, start, m.start()) < 3:
        return None
    if not looks_like_speaker(m.group("np")) or _verb_matches(text, start, m.start()):
        return None
    return scope.report((start, m.start()), m.span("cue"), m.span("np"))


#: ", as X (first) reported" closing a sentence, with the time of the report.
RE_AS_REPORTED = lazy_compile(
    r",\s++as\s++(?P<np>(?:the\s++)?\p{Lu}[\w.&’'\-]*+(?:\s++\p{Lu}[\w.&’'\-]*+){0,4})\s++"
    r"(?:(?:first|previously|originally|initially|exclusively|also|earlier)\s++)?"
    r"(?P<cue>reported|revealed|disclosed)"
    r"(?:\s++(?:on\s++)?\p{Lu}\p{Ll}+day|\s++(?:last|this|earlier\s++this)\s++(?:week|month|year)|\s++earlier)?"
    r"\s*+[.!?]?[\"”’']?\s*+$"
)


def _parenthetical_source(
    text: str, start: int, cue: int, after: int, end: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The content and the source of "according to" inside parentheses: '(“a historic step,” according to the White
    House)' -> the words inside before the cue, and the source up to the closing parenthesis; None elsewhere."""
    opening = text.rfind("(", start, cue)
    if opening == -1 or ")" in text[opening:cue]:
        return None
    closing = text.find(")", after, end)
    inside = text[opening + 1 : cue].rstrip()
    if closing == -1 or "(" in text[after:closing] or not inside.endswith((",", ",”", ',"', ",’", ",'")):
        return None
    content = _trim(text, opening + 1, cue)
    source = _trim(text, after, closing)
    if word_count(text, *content) < 2 or not _source_ok(text[source[0] : source[1]]):
        return None
    content_end = content[1] - 1 if text[content[1] - 1] == "," else content[1]  # '“a historic step,”' keeps its mark
    return (content[0], content_end), source


#: The writer's comparison after the source: "(according to the EIA,) compared with expectations of a build".
RE_WRITER_COMPARISON = lazy_compile(WRITER_COMPARISON)
#: A contrasting clause after the source, which the content does not take in: "(according to the guidelines,)
#: though legal experts said ...".
RE_CONTRAST_OPENER = lazy_compile(r"(?:though|although|even\s++though|while|whereas|but)\s")
#: A comma that is no thousands separator ("more than 96,000 adults").
RE_CLAUSE_COMMA = lazy_compile(r",(?!\d)")
#: A participle's aside after a leading source, before the content: "According to the minutes|, released last
#: month,| most members ...", "According to Jack Kelly|, writing for RealClearPolitics,| the foundation ...".
RE_PARTICIPLE_ASIDE_AFTER_SOURCE = lazy_compile(
    r"\s*+(?:\p{Ll}++(?<=ed|ing)|seen|written|made|given|taken|shown|drawn)\s[^,;:\"“”]{1,60},"
)
#: A subordinate clause opening after a source's comma: "(according to X,) as strikes killed ...".
RE_SUBORDINATE_OPENER = lazy_compile(rf"(?:{SUBORDINATORS}|amid|even\s++as|following)\s++(?!of\b|well\b)")
RE_SPACED_DASH = lazy_compile(r"(?<!\s)\s++(?:[-—–―]|--)\s")


def _per_source(text: str, start: int, per: int, after: int, phrase_end: int) -> bool:
    """"Per" opens a source phrase at the sentence's start or after a comma, and only before a speaker."""
    before = text[start:per].rstrip()
    return (before == "" or before.endswith(",")) and looks_like_speaker(text[after:phrase_end].strip(" ."))


#: A colon before a quotation: where a lead-in's source ends ("According to HuffPo: “...”").
RE_COLON_QUOTE = lazy_compile(r":(?=\s*+[\"“«])")


#: Object pronouns that may follow "according to" as its source ("according to him").
_SOURCE_PRONOUNS = frozenset(["him", "her", "them", "us", "me"])
#: What "according to" introduces that is no source: "according to plan".
_NOT_SOURCES = frozenset(
    "plan plans schedule tradition custom form script expectations instructions rule rules preference preferences "
    "wishes needs size age income priority priorities taste tastes ability merit seniority importance availability "
    "design".split()
)


#: Heads before a postmodifier that may end in one of _NOT_SOURCES: "people familiar with the plans".
_NOT_SOURCE_HEADS = frozenset("familiar close briefed involved knowledgeable privy".split())


#: Prepositions that make the last word a postmodifier's, not the head: "a person with knowledge of the plans".
_POSTMODIFIER_PREPOSITIONS = frozenset("of with about on into behind".split())


#: A web site's address: "ouest-france.fr", "politico.com".
RE_WEB_ADDRESS = lazy_compile(r"[\w\-]++(?:\.[\w\-]++)*?\.(?:com|org|net|gov|edu|fr|de|uk|co|io|info|news|tv)")


def _source_ok(phrase: str) -> bool:
    """After "according to" any short noun phrase is a source ("the average of recent polls"), not only a
    speaker-shaped one; "according to plan" is not."""
    words = phrase.split()
    if not words:
        return False
    if words[-1].lower().strip(".,") in _NOT_SOURCES and not any(
        w.lower() in _NOT_SOURCE_HEADS or w in _POSTMODIFIER_PREPOSITIONS for w in words[1:-1]
    ):
        return False  # "according to plan", "according to the rules", not "a person with knowledge of the plans"
    if looks_like_speaker(phrase, strict=False) or RE_WEB_ADDRESS.fullmatch(phrase.strip(" .")):
        return True  # also "according to ouest-france.fr"
    kinds = lexicons.table("speaker_kinds")
    if len(words) <= _MAX_SPEAKER_WORDS and any(kinds.get(singular(w.lower())) == "document" for w in words[:3]):
        return True  # "according to unofficial election results tallied through Wednesday"
    if len(words) == 1 and words[0].lower().strip(".,") in _SOURCE_PRONOUNS:
        return True  # "According to him, ...": a pronoun for the speaker named before
    return len(words) <= _MAX_SPEAKER_WORDS and (
        words[0][:1].isupper() or words[0].lower() in {"the", "a", "an", "his", "her", "its", "their", "this", "these",
                                                       "early", "recent", "new", "preliminary", "official"}
    )


def _leading_source_appositive(text: str, comma: int, end: int) -> int | None:
    """Where the appositive after a leading source ends (its closing comma), if one follows the source's comma:
    "According to Koichi Nakano|, a political scientist at Sophia University|, the new leader ..."."""
    second = text.find(",", comma + 1, min(end, comma + 120))
    if second == -1 or not _appositive_follows(text, comma, second) or word_count(text, second + 1, end) < 3:
        return None
    phrase = text[comma + 1 : second].strip()
    relative = phrase.startswith(("who ", "whom "))  # "..., who asked not to be named,": its verb is the relative's
    if not relative and set(phrase.split()) & lexicons.inflections("reporting_verbs"):
        return None  # "According to Fox News, the State Department reported finding ...": a clause
    return second if relative or looks_like_speaker(phrase) else None


def _appositive_follows(text: str, comma: int, end: int) -> bool:
    """Whether the words after a comma up to ``end`` are an appositive ("a professor at Yale", "who ..."), not a
    clause ("the CIA security contractors left for the compound")."""
    rest = text[comma + 1 : end].split()
    if rest and RE_NAMING_PARTICIPLE.match(text, comma + 1, end) and len(rest) <= _MAX_SPEAKER_WORDS:
        return True  # "the California Department of Forestry and Fire Protection, known as Cal Fire"
    if RE_NAME_TO_THE_END.fullmatch(text, comma + 1, end) and not text[end : end + 1].strip(".!?\"”’'"):
        return True  # "according to a GM spokeswoman, Maria Lopez.": the role's holder, named
    if not rest or rest[0].lower() not in {"a", "an", "the", "who", "which"} or len(rest) > _MAX_SPEAKER_WORDS:
        return False
    return rest[0].lower() in {"who", "which"} or not any(_predicate_word(w) for w in rest[2:])


#: A person's name and nothing more to the end of the sentence: " Maria Lopez.", " Dr. Ana Ruiz."
RE_NAME_TO_THE_END = lazy_compile(
    r"\s++(?:(?:Dr|Mr|Mrs|Ms|Gen|Col|Sen|Rep|Gov)\.\s++)?\p{Lu}\p{Ll}+(?:\s++\p{Lu}\.)?(?:\s++\p{Lu}[\p{Ll}’'\-]+){1,2}"
    r"[.!?]?[\"”’']?\s*+"
)
#: A participle naming or placing what comes before it: "known as", "based in", "headquartered in".
RE_NAMING_PARTICIPLE = lazy_compile(
    r"\s*+(?:(?:also\s++|better\s++)?known\s++as|(?:formerly\s++)?called|based\s++in|headquartered\s++in|"
    r"founded\s++in|led\s++by|run\s++by|owned\s++by)\s"
)


def _predicate_word(word: str) -> bool:
    """An auxiliary or an irregular past form: a clause's verb ("left", "is"), which no appositive holds."""
    return word in _AUXILIARIES or word in _past_forms()


_AUXILIARIES = frozenset("is are was were has have had will would could can should".split())


RE_QUOTED_AS = lazy_compile(
    r"(?P<subject>[^,;:]{1,120}?(?:,[^,;:]{1,120}?,)?)\s++(?:(?P<passive>(?:was|were|is|are|has\s+been|had\s+been)\s+)?"
    r"(?P<cue>quoted\s+(?:(?P<object>[^,;:]{1,80}?)\s+)?as\s+(?:saying|telling\s+\S+(?:\s+\S+)?))|"
    r"(?P<cue2>cited|citing)\s+(?P<object2>[^,;:]{1,80}?)\s+as\s+saying)\s+(?:that\s+)?"
)

RE_QUOTED_AS_WORDS = lazy_compile(r"\bas\s+(?:saying|telling)\b")


def _quoted_as_saying(scope: Scope, start: int, end: int) -> Report | None:
    """``The newspaper quoted Smith as saying CONTENT`` / ``Smith was quoted as saying CONTENT``."""
    text, quote_chars = scope.text, scope.quote_chars
    if not RE_QUOTED_AS_WORDS.search(text, start, end):
        return None  # a cheap test first: the slow pattern below runs only where it can match
    m = RE_QUOTED_AS.match(text, start, end)
    if m is None:
        return _quoted_as_saying_after(scope, start, end)
    if not _outside_quotes(m.start("cue") if m.group("cue") else m.start("cue2"), quote_chars):
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
    return scope.report((m.end(), end), cue, speaker)


#: ``In Smith's words, CONTENT`` / ``In the words of one official, CONTENT``: the lead-in names who speaks.
RE_IN_WORDS = lazy_compile(
    r"(?:(?:[Ii]n|[Tt]o\s++use)\s++(?:(?P<possessor>[^,;:\"“”]{1,60}?)['’]s?\s++(?:own\s++)?(?P<words>words)"
    r"|the\s++(?P<words2>words)\s++of\s++(?P<np>[^,;:\"“”]{1,80}?))"
    r"|[Tt]o\s++(?P<words3>quote|paraphrase)\s++(?P<np3>[^,;:\"“”]{1,80}?))\s*+,\s*+"  # "To quote John McCain, ..."
)


def _in_words(scope: Scope, start: int, end: int) -> Report | None:
    """``In Smith's words, “...”``, ``In the words of one official, ...``, ``To quote John McCain, “...”``: the
    content after the comma, the cue "words" (or "quote")."""
    text = scope.text
    opening = text[start : min(end, start + 120)]
    if "words" not in opening and "o quote" not in opening and "o paraphrase" not in opening:
        return None  # a cheap test first
    m = RE_IN_WORDS.match(text, start, end)
    if m is None or not _outside_quotes(m.start(), scope.quote_chars):
        return None
    speaker, cue = (
        ("possessor", "words") if m.group("possessor") else ("np3", "words3") if m.group("np3") else ("np", "words2")
    )
    if not looks_like_speaker(m.group(speaker), strict=False) or word_count(text, m.end(), end) < 2:
        return None
    return scope.report((m.end(), end), m.span(cue), m.span(speaker))


#: After a quotation: ``“...,” Smith was quoted as saying.``
RE_QUOTED_AS_AFTER = lazy_compile(
    r"\s*+(?P<subject>[^,;:\"“”]{1,120}?)\s++(?:was|were|is|are|has\s+been|had\s+been)\s++"
    r"(?P<cue>quoted\s+as\s+saying)(?:\s++[^,;:\"“”]{1,60}?)?\s*+[.!?]?\s*+$"
)


def _quoted_as_saying_after(scope: Scope, start: int, end: int) -> Report | None:
    text = scope.text
    inside = [q for q in scope.quotations if start <= q.span.start and q.span.end <= end]
    if not inside or text[start : inside[0].span.start].strip():
        return None
    m = RE_QUOTED_AS_AFTER.match(text, inside[-1].span.end, end)
    if m is None or not looks_like_speaker(m.group("subject"), strict=False):
        return None
    return scope.report((inside[0].span.start, inside[-1].span.end), m.span("cue"), m.span("subject"))


#: ``“...” — Commissioner Ann Lee`` or ``“...” -Craig Fehrman``: a quote signed by its speaker after a dash.
RE_DASH_SIGNATURE = lazy_compile(
    r"\s*+(?P<dash>[—–―]|--?)\s*+(?P<speaker>\p{Lu}(?:[^.;:!?\"“”]|(?<=(?<!\p{L})\p{Lu})\.|"
    r"(?<=(?<!\p{L})(?:Rep|Reps|Sen|Sens|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Capt|Prof|Jr|Sr|Rev|Adm|Maj|Det|Amb))\.)"
    r"{1,80}?)\s*+[.]?\s*+$"  # "— Rep. Alexandria Ocasio-Cortez": a title's period
)


def _dash_attribution(scope: Scope, start: int, end: int) -> Report | None:
    text, quotations = scope.text, scope.quotations
    inside = [q for q in quotations if start <= q.span.start and q.span.end <= end]
    if not inside or text[start : inside[0].span.start].strip():
        return None
    m = RE_DASH_SIGNATURE.match(text, inside[-1].span.end, end)
    if m is None:
        return None
    speaker = m.span("speaker")
    comma = text.find(", ", *speaker)
    if comma != -1 and RE_CIRCUMSTANCE_AFTER_SIGNATURE.match(text, comma + 2, speaker[1]):
        speaker = (speaker[0], comma)  # "— Police Commissioner Jane Smith, speaking on Monday"
    if not looks_like_speaker(text[speaker[0] : speaker[1]]):
        return None
    return scope.report((inside[0].span.start, inside[-1].span.end), m.span("dash"), speaker)


#: What may follow the name signing a quotation after a comma, telling when or where: "speaking on Monday".
RE_CIRCUMSTANCE_AFTER_SIGNATURE = lazy_compile(r"(?:\p{Ll}+ing|on|at|in|during|after|before|when|while)\b")


#: A name set off by a dash and followed by a colon and a quotation: "Pollsters agree - Carl Bialik: “...”".
RE_DASH_COLON = lazy_compile(
    r"(?<!\S)[-–—―]\s++(?P<speaker>\p{Lu}[\w.’'\-]*(?:\s++\p{Lu}[\w.’'\-]*){0,3})\s*+(?P<colon>:)\s*+(?=[\"“«])"
)
#: The same label opening a sentence: `Clinton: “Our goal is ...” Bush: “...”`.
RE_NAME_COLON = lazy_compile(
    r"(?P<speaker>(?P<name>\p{Lu}[\w.’'\-]*(?:\s++[\w.’'\-]++){0,7}?)(?:\s++\([^()]{1,20}\))?)\s*+(?P<colon>:)"
    r"\s*+(?=[\"“«])"
)


def _dash_colon_lead_in(scope: Scope, start: int, end: int) -> Report | None:
    """Digest style: ``HEADLINE - Name: “QUOTE”`` or ``Name: “QUOTE”``: the name speaks the quotation after the
    colon (a label opening the sentence only when the article names that speaker elsewhere too)."""
    text, quotations, quote_chars = scope.text, scope.quotations, scope.quote_chars
    label = RE_NAME_COLON.match(text, start, end)
    names = label.group("name").split() if label is not None else [""]
    if names[0].lower() in lexicons.inflections("reporting_verbs"):
        label = None  # "Continued Stone: “...”": a lead-in, not a label
    if label is not None and text.count(names[-1], max(0, start - 20_000), end + 20_000) < 2:
        label = None  # "Update: “...”", "Transcript: “...”": a label, but no one the article speaks of
    if label is not None and not names[-1][:1].isupper():
        label = None  # "The statement from the White House read: “...”": a clause and its verb, not a name
    for m in [label] if label is not None else RE_DASH_COLON.finditer(text, start, end):
        if not _outside_quotes(m.start(), quote_chars):
            continue
        after = [q for q in quotations if q.span.start >= m.end() and q.span.start <= m.end() + 2]
        if not after or not looks_like_speaker(m.group("speaker")):
            continue
        content = (after[0].span.start, after[0].span.end)
        return scope.report(content, m.span("colon"), m.span("speaker"))
    return None


#: A sentence opening with its cue, then the speaker: "Said Dorothy Poynter, who grew up with Ali, “...”", "But, said
#: Solovey, “...”".
RE_INVERTED_LEAD = lazy_compile(
    r"(?:(?:But|And|Yet|Still|So),?\s++(?P<cue>said|says|added|asked|wrote|continued|recalled|noted)"
    r"|(?P<cue>Said|Says|Added|Adds|Asked|Wrote|Writes|Continued|Explained|Recalled|Noted|Replied|Countered|"
    r"Declared|Warned|Quipped|Joked))\s++(?P<speaker>[^“\"«:;]{2,160}?)\s*+[,:]\s*+(?=[“\"«])"
)


def _inverted_lead_in(scope: Scope, start: int, end: int) -> Report | None:
    """``Said X, “QUOTE”``: a sentence that opens with its cue verb; the speaker comes before the quotation."""
    text = scope.text
    m = RE_INVERTED_LEAD.match(text, start, end)
    if m is None or not looks_like_speaker(m.group("speaker")):
        return None
    report = scope.report((m.end(), end), m.span("cue"), m.span("speaker"))
    if report is not None and report.quoted and report.quoted[0].start == report.content.start:
        if report.quoted[-1].end == report.content.end:
            report = attrs.evolve(report, kind=QuoteKind.DIRECT)  # the quotation after the lead-in, whole
    return report


def _all_they_would_say(scope: Scope, start: int, end: int) -> Report | None:
    """``“QUOTE,” was all X would say``: a quotation the sentence opens with, then the idiom that attributes it."""
    text = scope.text
    quotation = next((q for q in scope.quotations if q.span.start == start and len(q.parts) == 1), None)
    if quotation is None:
        return None
    m = RE_ALL_WOULD_SAY.match(text, quotation.span.end, end)
    if m is None or not looks_like_speaker(m.group("speaker")):
        return None
    return scope.report((quotation.span.start, quotation.span.end), m.span("cue"), m.span("speaker"))


#: The idiom after a quotation that gives all its speaker said: "(“No comment,”) was all he would say", "is all
#: the spokesman said", "was all Smith had to say".
RE_ALL_WOULD_SAY = lazy_compile(
    r"\s++(?:was|is)\s++all\s++(?P<speaker>he|she|they|I|we|(?:the\s++)?[\p{L}.’'\-]++(?:\s++[\p{L}.’'\-]++){0,3}?)"
    r"\s++(?:(?:would|could|did|had\s++to|has\s++to|will|wanted\s++to|cared\s++to)\s++)?"
    r"(?P<cue>say|said|says|offer|offered|write|wrote|tell|told)\b"
)
#: A question put to the speaker, its asker unnamed: "Asked on Monday whether he would run, Smith said ...".
RE_ASKED = lazy_compile(
    r"(?<![\w’'])(?P<cue>[Aa]sked)\s++(?:by\s++(?P<agent>[^,;:\"“”]{2,60}?(?:,\s++\p{Lu}[^,;:\"“”]{1,60}?,)?)"
    r"\s++(?=whether|if|who|what|why|how|to\s(?!(?:the|a|an|his|her|their|its)\s))|"  # "by counsel, Hugo Keith KC,"
    r"(?:on|at|in|during|later|again|specifically|directly|repeatedly)\b"
    r"[^,;:\"“”]{0,40}?\s++)?(?P<content>(?:whether|if|who|whom|what|why|how|when|where|which)\b"
    r"(?:(?:[^,;:\"“”]|\"[^\"“”\n]{1,80}+\"|“[^“”\n]{1,80}+”){3,200}?)?"  # 'Asked if Clinton "gets" race'
    r"|to\s++(?!(?:the|a|an|his|her|their|its)\s)\p{Ll}[^,;:\"“”]{2,200}?)"  # not "to the inquiry": no infinitive
    r"(?=\s*+,|\s*+$|(?<=,[\"”])\s)"  # 'Asked why ... on "CBS This Morning," Sanders said'
)  # "Asked whether ...", "When asked why, ...", "When asked to confirm the report, ...", "Asked by X to respond"


def _asker_before(text: str, start: int, asked: int) -> bool:
    """Whether a subject stands right before "asked" ("Then someone asked how ...", "until Reuters asked about
    them"): the verb is active, its subject the asker, and the verb's own frame reads it."""
    before = text[max(start, asked - 60) : asked]
    return bool(before.strip()) and RE_PASSIVE_ASKED_BEFORE.search(before) is None


#: A negative subject right before "asked": no one asked.
RE_NO_ASKER = lazy_compile(r"(?<![\w’'])(?i:nobody|no\s++one|none)\s++$")
#: What stands before a passive "asked" (the question put to the speaker): the sentence's start, a comma, an
#: auxiliary, a subordinator, an adverb ("When asked", "was later asked", "But asked whether").
RE_PASSIVE_ASKED_BEFORE = lazy_compile(
    r"(?:^|[,;:(—–―]|(?<![\w’'])(?i:when|whenever|while|if|once|after|before|until|since|as|but|and|or|then|"
    r"was|were|been|being|is|are|be|am|get|gets|got|getting|later|again|repeatedly|also|never|not|first|"
    r"specifically|directly|recently|previously|subsequently|twice|even|only|just))\s*+$|[’']s\s*+$"
)
#: What may open a sentence before "asked to ...": a request put to the speaker ("When asked to confirm it, ...").
_OPENING_ASKED = frozenset(["", "when", "but when", "and when"])
#: A question's topic: "(When) asked about his paid speeches(,)"; the topic ends at a comma or the sentence's end.
RE_ASKED_ABOUT = lazy_compile(
    r"(?<![\w’'])(?:(?P<cue>[Aa]sked\s++about)|(?P<asked>[Aa]sked)\s++"
    r"(?:(?:on\s++)?\p{Lu}\p{Ll}+day|(?:at|during|in)\s++(?:a|an|the|his|her|their)\s++[^,;:\"“”]{1,40}?"
    r"|\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){0,2}|him|her|them)\s++about)"
    r"\s++(?P<content>[^,;:\"“”]{3,160}?)(?=\s*+,|\s*+$)"
)  # "Asked about his future, ...", "Asked Tuesday about Sullivan, ...", "Quintanilla asked Carson about ..."


def asked_question(scope: Scope, start: int, end: int) -> Report | None:
    """``Asked whether Clinton has the integrity to serve, ...``: the question as reported content, cue
    "Asked", no speaker (the reporter or an unnamed interviewer asked it), or the one named after "by" ("Asked by
    a reporter whether ..."), or the subject right before an active "asked" ("Reporters asked about his finances")."""
    text, quote_chars = scope.text, scope.quote_chars
    m = RE_ASKED.search(text, start, end) or RE_ASKED_ABOUT.search(text, start, end)
    # (the content ends at a comma or at the sentence's end; "Asked about his paid speeches, Huckabee's campaign")
    if m is None or not _outside_quotes(m.start(), quote_chars):
        return None
    cue = m.span("asked") if "asked" in m.re.groupindex and m.group("asked") else m.span("cue")
    if m.group("cue") in ("asked", "Asked") and m.group("content").startswith("to") and (
        text[start : m.start()].strip().lower() not in _OPENING_ASKED
    ):
        return None  # "He was asked to leave": only an opening "(When) asked to confirm ..., X ..." is a question
    asker = m.span("agent") if "agent" in m.re.groupindex and m.group("agent") else None
    if _asker_before(text, start, m.start()):
        if RE_NO_ASKER.search(text, max(start, m.start() - 12), m.start()):
            return None  # "Nobody asked about ...": no question was put
        asker = _subject_span(text, start, m.start())  # "Then a reporter asked how ...": who asked
    if asker is not None and not looks_like_speaker(text[asker[0] : asker[1]]):
        asker = None  # (the question is reported all the same)
    return scope.report(m.span("content"), cue, asker)


#: A hearing told what the speakers before it said: "(Manchester Crown Court) heard (that)", "(The inquest) was
#: told", "(the jury) has been told" (the court's own ruling or words are no part of it).
RE_HEARING_HEARD = lazy_compile(
    r"(?<![\w’'\-])(?:(?:[Tt]he|[Aa]n?)\s++(?:[\p{L}’'\-]++\s++){0,3}?|(?:\p{Lu}[\p{L}’'\-]*+\s++){1,4})"
    r"(?i:court|inquest|tribunal|hearing|jury|inquiry|trial)\s++"
    r"(?:(?:also|previously|earlier|later|then)\s++)?"
    r"(?P<cue>heard|(?:was|were|has\s++been|had\s++been)\s++told)(?P<that>\s++that\b)?\s++"
)
#: What a hearing hears that is no report: its witnesses, its evidence, its arguments ("heard from", "heard
#: evidence", "heard the case", "heard an appeal").
RE_HEARD_NOT_CONTENT = lazy_compile(
    r"(?:from|evidence|testimony|arguments?|submissions|the\s++case|an?\s++appeal|the\s++appeal|how|about|of)\b"
)


def court_heard(scope: Scope, start: int, end: int) -> Report | None:
    """``Manchester Crown Court heard that Hughes attacked his neighbour``, ``The inquest was told the road had
    been closed``: what was said in a hearing by speakers it leaves unnamed (no speaker); a clause follows, with
    "that" or a subject and a past verb."""
    text = scope.text
    if "heard" not in text[start:end] and " told" not in text[start:end]:  # a cheap test first
        return None
    m = RE_HEARING_HEARD.search(text, start, end)
    if m is None or not _outside_quotes(m.start(), scope.quote_chars):
        return None
    if not m.group("that") and (RE_HEARD_NOT_CONTENT.match(text, m.end(), end) or not _clause_next(text, m.end(), end)):
        return None
    if word_count(text, m.end(), end) < 3:
        return None
    return scope.report((m.end(), end), m.span("cue"), None)


def _clause_next(text: str, pos: int, end: int) -> bool:
    """Whether a clause opens at ``pos``: a short subject, then a past or finite verb ("Hughes had lost control",
    "the road was closed")."""
    for word in text[pos:end].split()[1:6]:
        if word.endswith((",", ";")):
            return False
        if past_or_auxiliary(word):
            return True
    return False


def possessive_claims(scope: Scope, start: int, end: int) -> list[Report]:
    """``Trump's claim that CONTENT``, ``Mr. Trump's recent assertion that ...``, ``Clinton's promise to ...``: a
    claim named by a noun, its possessor the speaker (PolNeAR marks such attributions, the possessor the source)."""
    text, quote_chars = scope.text, scope.quote_chars
    if text.find("'s", start, end) == -1 and text.find("’s", start, end) == -1:
        return []  # a cheap test first: no possessive in the sentence
    found = []
    for m in RE_POSSESSIVE_CLAIM.finditer(text, start, end):
        if not _outside_quotes(m.start(), quote_chars) or not looks_like_speaker(m.group("np")[:-2]):
            continue  # (the possessor without its "'s")
        to_form = m.group("link") == "to"
        if to_form != (m.group("noun").lower().rstrip("s") in _INFINITIVE_CLAIMS):
            continue  # "claims that ...", "promise to ...", "call to ..." (not "a claim to the throne")
        content_start = m.start("link") if to_form else m.end()
        content_end = _clause_end(text, content_start, end, quote_chars)
        predicate = RE_FINITE_AFTER_NOUN.search(text, content_start, content_end)
        if predicate is not None and (to_form or _second_predicate(text, content_start, predicate.start())):
            content_end = predicate.start()  # "Trump's promises to deport ... and build a wall| have put ...": an
            # infinitive holds no finite verb of its own, and a clause none after its own with no "and" between
            # ("Sanders's claim that he still has a way to claim the nomination| would depend on ..."), so the
            # sentence's predicate begins there
        if content_end == end and not any(past_or_auxiliary(w) for w in text[start : m.start()].split()):
            continue  # "Mr. Trump's assertion that Russia should hack ... drew criticism": in the subject, the clause
            # runs into the sentence's own predicate, and nothing marks where
        if word_count(text, content_start, content_end) < 3:
            continue
        report = scope.report((content_start, content_end), m.span("noun"), m.span("np"))
        if report is not None:
            found.append(report)
    return found


def _clause_end(text: str, start: int, end: int, quote_chars: QuotedStretches) -> int:
    """Where a noun's complement clause ends: at the first comma, semicolon, dash or parenthesis outside a
    quotation, else at ``end``."""
    for m in RE_CLAUSE_STOP.finditer(text, start, end):
        if _outside_quotes(m.start(), quote_chars):
            return m.start()
    return end


#: Nouns of a claim whose complement is an infinitive: "promise to", "call to", "vow to", "pledge to".
_INFINITIVE_CLAIMS = frozenset(["promise", "pledge", "vow", "call", "threat"])
#: A named possessor, its claim noun (a few modifiers between) and the "that" or "to" of its complement:
#: "Trump's by-now-familiar claims that", "Mr. Trump's assertion that", "Clinton's promise to".
RE_POSSESSIVE_CLAIM = lazy_compile(
    r"(?<![\w’'\-])(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s++)?\p{Lu}[\w.\-]*+(?:\s++\p{Lu}[\w.\-]*+){0,3}['’]s)"
    r"\s++(?:(?:\p{Ll}++-[\p{Ll}\-]++|\p{Ll}++(?<=ed|al|ic|ous|ive|ent|ant|less|ful|ar|ary|est|ly)|recent|new|latest|own|"
    r"past|stern|false|bold|repeated|frequent|earlier|initial|original|public|private|familiar)\s++){0,2}"
    r"(?P<noun>claims?|assertions?|allegations?|accusations?|warnings?|insistence|arguments?|contentions?|"
    r"suggestions?|predictions?|denials?|admissions?|promises?|pledges?|vows?|calls?|threats?)"
    r"\s++(?P<link>that|to)\s++(?=\S)"
)
def _second_predicate(text: str, start: int, at: int) -> bool:
    """Whether ``text[start:at]`` holds a finite verb with no coordinator after it: a finite auxiliary at ``at``
    is then another clause's predicate, not this clause's."""
    words = text[start:at].split()
    last = max((i for i, w in enumerate(words) if past_or_auxiliary(w)), default=-1)
    return last >= 0 and not any(w in {"and", "or", "but"} for w in words[last + 1 :])


#: A finite auxiliary right after a noun (not after a relative pronoun): where a sentence's predicate begins.
RE_FINITE_AFTER_NOUN = lazy_compile(
    r"(?<=\p{L})(?<!\b(?:who|that|which|whom|it|he|she|they|we|I|there))"
    r"(?<!\b(?:who|that|which|whom)\s++(?:[\w’'\-]++\s++){0,3}[\w’'\-]++)\s++"  # (not "mandates that Congress had")
    r"(?:have|has|had|is|are|was|were|will|would|could|should|can|may|might|must)\s"
)
#: What ends a noun's complement clause: a comma, semicolon, dash or parenthesis.
RE_CLAUSE_STOP = lazy_compile(r",|;|\s[—–―-]\s|--|\(|\)")
