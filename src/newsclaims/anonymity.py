"""Anonymity stage: conditions of anonymity, their stated reasons, and the unnamed sources they cover.

"They spoke on condition of anonymity to discuss the agencies' preparations." gives the condition
"on condition of anonymity", the reason "to discuss the agencies' preparations" (SENSITIVITY) and the
sources "They" -> "Six officials". Look-alikes ("an anonymous donor", "Narcotics Anonymous") are no conditions.
"""

from __future__ import annotations

import bisect
import functools

import attrs
import regex

from . import lexicons
from .coreference import Resolved
from .cues import Report, head_noun, singular
from .cues.clauses import PARTITIVE_COUNTS
from .cues.frames import RE_THAT_BEFORE
from .cues.speaker_phrases import occurrences
from .patterns import lazy_compile
from .quotes import RE_WORDS
from .segmentation import Sentence
from .speakers import analyse_mention
from .types import AnonymityCondition, ReasonKind, Span, Speaker, SpeakerKind


def _with_initialisms(pattern: str) -> str:
    """A reason pattern whose runs of text may hold an initialism's periods ("in line with U.N. policy"): each
    ``[^.;,]`` or ``[^.;]`` also takes a period right after a single capital letter."""
    initial = r"|(?-i:(?<=\b\p{Lu}))\.)"
    return pattern.replace("[^.;,]", "(?:[^.;,]" + initial).replace("[^.;]", "(?:[^.;]" + initial)


RE_REASON = lazy_compile(
    _with_initialisms(r"""\s*+,?\s*+(?:\p{Lu}[\p{L}\-]++\s*+,\s*+)?(?:(?:by\s+name|publicly|further|in\s+(?:this|the)\s+(?:article|story|report)
        |by\s+(?:the\s+)?\p{Lu}[\p{L}.&\-]*+(?:\s+\p{Lu}[\p{L}.&\-]*+){0,3})\s+)?(?P<reason>
        (?:because|since|as|given\s+that|lest)\s+[^.;]{3,200}?
      | given\s+(?:the|its|their|his|her)\s+[^.;,]{3,160}?
      | pending\s+[^.;,]{3,120}?
      | (?:saying|explaining|noting|adding)\s+(?:that\s+)?(?:he|she|they|it)\s+
            (?:feared|fears|was|were|is|are|had|has|did|does|could|lacked|lacks)\b[^.;]{3,200}?
      | (?:due|owing)\s+to\s+[^.;,]{3,160}?
      | for\s+fear\s+of\s+[^.;,]{3,160}?
      | amid\s+(?:\w+\s+){0,2}(?:fears?|concerns?|worries|threats?)\b[^.;,]{0,160}?
      | (?:out\s+of|for)\s+(?:fear|concern)\s+[^.;,]{3,160}?
      | out\s+of\s+(?:respect|deference|consideration)\s+(?:for|to)\s+[^.;,]{3,160}?  # "out of respect for the
            # family's privacy"
      | (?:citing|fearing)\s+[^.;]{3,160}?
      | for\s+(?:\w+\s+){0,2}reasons\b(?:\s+of\s+[^.;,]{3,80}?)?
      | (?:in\s+line|in\s+keeping|consistent|in\s+accordance)\s+with\s+[^.;,]{3,120}?
      | under\s+the\s+terms\s+of\s+[^.;,]{3,120}?  # "under the terms of the briefing"
      | (?:per|under)\s+(?:\w+\s+){0,4}(?:policy|policies|protocol|practice|rules|guidelines|custom)\b
            (?:\s+(?:set|agreed|imposed|laid\s+down|established)\s+[^.;,]{3,80}?|\s+(?:of|for)\s+[^.;,]{3,80}?)?
      | (?:when\s+|while\s+)?(?:discussing|describing|speaking\s+about|talking\s+about)\s+[^.;,]{3,160}?
      | so\s+as\s+(?:not\s+)?to\s+[^.;]{3,200}?
      | so\s+(?:that\s+)?(?:he|she|they|I|we|it)\s+(?:could|can|would|might|may)\s+[^.;]{3,200}?
      | (?:in\s+order\s+)?(?:not\s+)?to\s+(?!be\b)[^.;]{3,200}?
      | (?:in\s+order\s+)?to\s+be\s+(?:more\s+)?(?:candid|frank|blunt|honest|open|forthcoming)\b[^.;]{0,160}?
    )(?=\s*(?:;|(?-i:(?<!\b\p{Lu}))\.|,\s+(?:said|says|say|told|tells|tell|wrote|writes|adds?|notes?|claims?|argues?|
                          insists?|warns?|contends?|maintains?|believes?|describes?|explains?|acknowledges?|predicts?|
                          suggests?|agrees?|and|but|according|that|\p{Ll}+ed|was|were|is|are|has|have|had|
                          will|would|the|a|an|he|
                          she|they|it|\p{Lu})\b|$)
       |(?<!\b(?:not|never|had|has|have|was|were|he|she|they|I|we|you))\s+(?:said|says|told|added|according)\b)"""),
    regex.VERBOSE | regex.IGNORECASE,
)
#: A form of "be" inside a subject read over a condition that opens the sentence ("Neither official was").
RE_BE_IN_SUBJECT = lazy_compile(r"(?<!\s)\s++(?:was|were|is|are)\b")
#: The "that" of a report's content after a reason cut where the content begins ("not authorized to speak to the
#: press| that the operation ...").
RE_TRAILING_THAT = lazy_compile(r"(?<!\s)\s++that\s*+$")
RE_NOT_AUTHORIZED = lazy_compile(
    r"(?:\bnot|n[’']t)\s+(?:authori[sz]ed|permitted|allowed|cleared)|lack\w*\s+(?:the\s+)?authori|"
    r"\b(?:neither|none)\s+(?:of\s+\w+\s+|(?:\w+\s+){0,3}?)(?:was|were|is|are)\s+(?:authori[sz]ed|permitted|allowed|cleared)",
    regex.I,
)
_REASON_KINDS: tuple[tuple[ReasonKind, regex.Pattern[str]], ...] = (
    (ReasonKind.NOT_AUTHORIZED, lazy_compile(r"\b(?:authori[sz]\w+|permitted|permission|allowed|allows?|cleared|"
                                              r"barred|prohibited|forbidden|banned|not\s+supposed\s+to)\b", regex.I)),
    # "because his firm does not allow him to speak", "because staff are barred from speaking to reporters"
    (ReasonKind.SAFETY, lazy_compile(r"\b(?:fear\w*|afraid|los(?:e|ing)\s+(?:their|his|her|my)\s+\w+|safety|"
                                      r"retaliat\w*|reprisal\w*|threat\w*|danger\w*|harm|"
                                      r"security\s+(?:concerns|reasons)|repercussions|punish\w*|lose\s+(?:their|his|her)\s+jobs?|jobs?|"
                                      r"retribution|livelihoods?|protect\s+(?:his|her|their|my)\s+(?:identity|identities|famil\w+)|"
                                      r"attack\w*|persecut\w*|arrest\w*)\b", regex.I)),
    (ReasonKind.LEGAL, lazy_compile(r"\b(?:legal|lawsuit|litigation|court|pending\s+case|"
                                     r"ongoing\s+(?:investigation|case)|(?:case|matter|trial|investigation)\s+is\s+pending|"
                                     r"investigation\s+(?:is|was)\s+(?:ongoing|continuing|still|at)|sealed|grand\s+jury|privacy\s+laws?|"
                                     r"non-?disclosure|confidentiality\s+agreements?)\b", regex.I)),
    (ReasonKind.GROUND_RULES, lazy_compile(r"\b(?:ground\s+rules|background|briefing\s+rules|"
                                            r"under\s+(?:\w+\s+){0,3}rules|['’]s\s+rules|customary|protocol|policy|regulations|in\s+keeping\s+with|"
                                            r"in\s+line\s+with|terms\s+of|"
                                            r"in\s+accordance\s+with)\b", regex.I)),
    (ReasonKind.SENSITIVITY, lazy_compile(r"\b(?:discuss\w*|describ\w*|talk\s+about|talk\s+freely|speak\s+freely|"
                                           r"sensitiv\w*|private|privacy|internal|confidential|classified|deliberations|"
                                           r"negotiations|talks|ongoing|candid(?:ly)?|frank(?:ly)?|blunt(?:ly)?|publicly|details|plans?|"
                                           r"preparations|not\s+been\s+(?:announced|made\s+public|released)|"
                                           r"(?:not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:yet\s+)?public|announcement)\b",
                                           regex.I)),
)
#: Verbs after a subject whose aside holds the condition that make the subject a source: "The official, who
#: asked not to be named, spoke ..." (not "The chief executive, who cannot be named, was charged").
_SOURCE_VERBS = (
    "spoke", "speak", "talked", "talk", "agreed", "asked", "requested", "declined", "insisted", "described",
    "recounted", "recalled", "explained",
)  # fmt: skip
RE_SUBJECT = lazy_compile(
    r"(?:(?:But|And|Both|All)\s+)?(?P<subj>They|He|She|[\p{L}\d][\p{L}\d'’\-]*+(?:\s++[\p{L}\d][\p{L}\d'’\-]*+){0,5}?)"
    rf"(?:,\s+(?:who|each|like|unlike|as\s+with)\b[^,]{{0,80}}+,?)?\s+(?P<verb>{'|'.join(_SOURCE_VERBS)}|"
    r"were|was|are|is|would|did|had|have|has|wanted|wished|refused|preferred)\b"
)  # "Neither wanted to be named"
#: A subject, an aside of speaking set off by commas, then its verb: "Two doctors|, speaking on condition ...,|
#: confirmed".
RE_SPEAKING_ASIDE = lazy_compile(
    r"(?:(?:But|And|Both|All)\s+)?(?P<subj>[\p{L}\d][\p{L}\d'’\-]*+(?:\s++[\p{L}\d][\p{L}\d'’\-]*+){0,5}),\s++"
    r"(?:speaking|talking)\b[^,]{0,80}+,\s++(?P<verb>\p{Ll}++)"
)
RE_GROUP_ANTECEDENT = lazy_compile(
    r"\b(?P<np>(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|a\s+dozen|"
    r"\d+|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Many|Some|A\s+dozen)\s+)"
    r"(?:[\p{L}\-]+\s+){0,3}(?:officials|sources|people|aides|advisers|advisors|diplomats|officers|insiders|"
    r"staffers|members|employees|investigators|lawmakers|residents|workers))\b"
)


@attrs.frozen
class Anonymity:
    """The anonymity stage result: the conditions, and the speakers with anonymity marked."""

    resolved: Resolved
    conditions: tuple[AnonymityCondition, ...]
    speakers: tuple[Speaker | None, ...]


@functools.cache
def _condition_pattern() -> regex.Pattern[str]:
    phrases = "|".join(f"(?:{p})" for p in lexicons.ordered("anonymity_phrases"))
    return regex.compile(rf"(?<![\p{{L}}])(?:(?:who|which)\s+)?(?:{phrases})(?![\p{{L}}])", regex.IGNORECASE)


#: Words one of which every condition phrase holds (lowercased): a cheap test before the phrase patterns.
_KEYWORDS = (
    "anonym", "condition", "authori", "name", "identif", "background", "record", "attribution", "permi",
    "allowed", "cleared", "withheld", "ground", "clearance", "identit", "pseudonym", "nom de guerre", "quoted",
    "noms de guerre", "call sign", "chatham", "naming", "privately",
)  # fmt: skip
#: How far before its keyword a condition phrase may begin ("who declined to give their full names"): the phrase
#: patterns are tried from there, not from the start of the sentence.
_PHRASE_BEFORE_KEYWORD = 160
#: What turns "named"/"identified" into naming a role, not a person: "not to be named as a defendant", "declined
#: to be identified with the campaign", "asked not to be named to the board", "... named in the program".
RE_DESIGNATION = lazy_compile(  # not "named as the talks are confidential": a clause, a reason
    r"\s++(?:(?:as|with|to)\s++(?:the|a|an|one|his|her|its|their)\s"
    r"(?!(?:[\p{L}\-]+\s+){0,3}(?:is|are|was|were|has|have|had|remain|remains|remained)(?:n['’]t)?\b)"
    r"|as\s++(?:co-)?\p{Ll}+(?:s|ers|ors|ees)\b(?!\s+(?:is|are|was|were|have|had)\b)"  # "named as co-sponsors"
    r"|in\s++(?:the|a|an|his|her|its|their)\s++(?:program|programme|credits|list|will|lawsuit|suit|indictment|"
    r"complaint|brochure|catalog|catalogue|ad|advertisement|donor\s+list|acknowledgments|acknowledgements)\b"
    r"|in\s++(?:the|a|an|his|her|its|their)\s++[\w\-]++['’]s\s++(?:[\w\-]++\s++)?"  # "in the company's annual report"
    r"(?:report|filing|records|directory|yearbook|list|website)\b)"
)
#: Speaking negated or refused right before a condition: "never spoken (on condition of anonymity)", "did not
#: speak", "refused to talk".
RE_REFUSED_BEFORE = lazy_compile(
    r"\b(?:(?:never|not|n['’]t)\s++(?:(?:have|has|had|been|be|to|want\s++to|agree\s++to)\s++)?"
    r"|(?:refused|refuses|refuse|declined|declines|decline)\s++to\s++)(?:speak|spoke|spoken|speaking|talk|talked|talking)"
    r"\s++$"
)
#: What completes "(not) to be identified" and the like.
RE_BY_NAME = lazy_compile(r"\s++by\s++name\b")
#: A condition phrase ends before the cue of the sentence it sits in ("... to speak publicly said ...").
RE_CONDITION_END = lazy_compile(
    r"(?<!\s)\s++(?:said|says|say|told|tells|added|adds|noted|wrote|according|confirmed|confirms|denied|denies|"
    r"described|describes|acknowledged|insisted(?!\s++on\b)|explained|warned|disclosed|revealed|estimated|predicted)\b"
)


def find_anonymity(resolved: Resolved) -> Anonymity:
    """Find conditions of anonymity, their reasons and the sources they cover.

    >>> from newsclaims import parse_article
    >>> c = parse_article("A senior official, who asked not to be named because he feared reprisals, "
    ...                   "said the talks had failed.").anonymity[0]
    >>> c.span.text, c.reason, c.reason_kind.value, c.sources[0].name, c.sources[0].anonymous
    ('who asked not to be named', 'because he feared reprisals', 'safety', 'senior official', True)
    """
    seg = resolved.speakers.cues.marks.segmentation
    text = seg.layout.text
    reports = resolved.speakers.cues.reports
    speakers = list(resolved.resolved)
    reports_in: dict[int, list[int]] = {}  # sentence -> indexes of its reports (one look-up per condition)
    for i, r in enumerate(reports):
        reports_in.setdefault(r.sentence, []).append(i)
    conditions = []
    keywords = _keyword_positions(text)
    for sent_index, sentence in enumerate(seg.sentences):
        first = bisect.bisect_left(keywords, sentence.span.start)
        if first == len(keywords) or keywords[first] >= sentence.span.end:
            continue  # a cheap test first: most sentences hold no word a condition needs
        last_end = -1
        search_from = max(sentence.span.start, keywords[first] - _PHRASE_BEFORE_KEYWORD)
        while search_from > sentence.span.start and text[search_from - 1].isalpha():
            search_from -= 1  # from the start of a word
        for m in _condition_pattern().finditer(text, search_from, sentence.span.end):
            if m.start() < last_end:
                continue  # inside the reason of the previous condition
            cut = RE_CONDITION_END.search(text, m.start(), m.end())
            end = cut.start() if cut else m.end()
            if cut is None and (by_name := RE_BY_NAME.match(text, end, sentence.span.end)) is not None:
                end = by_name.end()  # "who declined to be identified by name"
            if text[m.start() : end].endswith(("named", "identified", "by name")) and RE_DESIGNATION.match(
                text, end, sentence.span.end
            ):
                continue  # "asked not to be named as a defendant": a role, not anonymity
            if RE_REFUSED_BEFORE.search(text, max(sentence.span.start, m.start() - 40), m.start()):
                continue  # "He has never spoken on condition of anonymity", "She refused to speak on condition ..."
            if text.startswith("which ", m.start()) or RE_WHICH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "The agency, which is not allowed to comment on pending litigation, said": an institution's
                # policy, not a source's anonymity
            withheld: list[Speaker] | None = None
            if RE_WITHHOLDING.match(text, m.start(), end):
                relative = _outlet_relative().search(text, max(sentence.span.start, m.start() - 80), m.start())
                if relative is None and not _outlet_subject().fullmatch(text, sentence.span.start, m.start()):
                    continue  # "Police are not naming the victim": an institution withholds a name, no source asks
                if relative is None:  # "The AP is not naming the woman because ...", "withholding their names"
                    possessive = RE_WITHHELD_POSSESSIVE.search(text, m.start(), end)
                    named = None if possessive is not None else RE_WITHHELD_OBJECT.match(text, end, sentence.span.end)
                    if possessive is None and named is None:
                        continue
                    end = named.end("np") if named is not None else end
                    whom = possessive.span() if possessive is not None else named.span("np")  # type: ignore[union-attr]
                    withheld = _withheld_sources(text, seg.sentences, sent_index, whom, reports, speakers)
                    if not withheld:
                        continue  # "We are not naming the teenager because he is a minor": no source of the story
            reported = {
                i for i in reports_in.get(sent_index, []) if _reported(reports[i], speakers[i], text, m.start())
            }
            covered = [i for i in reports_in.get(sent_index, []) if speakers[i] is not None and i not in reported]
            if text.endswith("privately", m.start(), end) and any(_named(speakers[i]) for i in covered):
                continue  # "Speaking privately, Johnson told aides ...": a named person's private words, no anonymity
            sources: list[Speaker] = []
            if withheld is not None:
                covered, sources = [], withheld  # the outlet's own words: it withholds its sources' names
            cited = _cited_source(text, sentence.span.start, m.start()) if withheld is None else None
            if cited is not None:
                # "Bloomberg reported, citing people familiar with the matter who asked not to be identified": the
                # people cited are the unnamed source, not the outlet that reports them
                after = cited.mention.start
                covered = [i for i in covered if (spk := speakers[i]) is not None and spk.mention.start > after]
                sources.append(cited)
            for i in covered:
                spk = speakers[i]
                if spk is not None:
                    marked = attrs.evolve(spk, anonymous=True)
                    speakers[i] = marked
                    if all(s.mention != marked.mention for s in sources):  # one source for two of its reports
                        sources.append(marked)
            if not sources and RE_POSSESSIVE_NAME.match(text, m.start(), end):
                # "Their names were withheld because they feared retaliation.": the speaker of the sentence
                # before, where a reason is stated; not "His name was not released." after a report of a victim
                before = [i for i in reports_in.get(sent_index - 1, []) if speakers[i] is not None]
                previous = speakers[before[-1]] if before else None
                if previous is not None and RE_REASON.match(text, end, sentence.span.end) is not None:
                    marked = attrs.evolve(previous, anonymous=True)
                    speakers[before[-1]] = marked
                    sources.append(marked)
            if not sources and reported:
                continue  # reported, not a condition of this article's sourcing: "She said she wanted to remain
                # anonymous because ...", "The woman asked to remain anonymous when ..., lottery officials said"
            if not sources:
                earlier = [
                    spk for i, spk in enumerate(speakers) if spk is not None and reports[i].sentence < sent_index
                ]
                in_relative = text.startswith(("who ", "whom "), m.start()) or RE_IN_RELATIVE.search(
                    text, max(sentence.span.start, m.start() - 40), m.start()
                )  # "confirmed by a U.S. official, who spoke on condition of anonymity": the relative clause's noun,
                # not the sentence's subject ("The move")
                if in_relative:
                    subject = _relative_source(text, sentence.span.start, m.start()) or _subject(
                        text, seg.sentences, sent_index, m.start(), earlier
                    )
                else:
                    subject = _subject(text, seg.sentences, sent_index, m.start(), earlier) or _relative_source(
                        text, sentence.span.start, m.start()
                    )
                if subject is None or (
                    _relative_then_predicate(text, m.start(), end, sentence.span.end)
                    and not _asked_by_source(subject.name, text, m.start())
                ):
                    # no report in the sentence and no source as its subject: "The donor, who wished to remain
                    # anonymous, gave ...", "The suspect, whose name was withheld because he is a minor, ..."
                    continue
                if subject.kind is SpeakerKind.ORGANIZATION and RE_SOMEONES_NAME.search(text, m.start(), end):
                    continue  # "Police would not give his name": an institution withholds someone else's name
                if RE_GERUND.fullmatch(subject.name) and not text[subject.mention.end : m.start()].strip():
                    continue  # "Speaking on condition of anonymity is common ...": a gerund names no source
                sources.append(subject)
                _link_next_pronoun(speakers, reports_in.get(sent_index + 1, []), subject)
            condition = Span.of(text, m.start(), end)
            contents = [
                r.content.start
                for r in (reports[i] for i in reports_in.get(sent_index, []))
                if r.cue is not None and r.cue.start < m.start()
            ]
            reason_end = min(
                [c for c in contents if c > end and RE_THAT_BEFORE.search(text, max(0, c - 8), c)] + [sentence.span.end]
            )  # "told the Kyiv Independent on condition of anonymity as they were not authorized to speak to the press
            # that ...": the content of a cue before the condition follows the reason (not "..., explaining that ...")
            reason_span, reason_kind = _reason(text, condition, reason_end)
            last_end = reason_span.end if reason_span else end
            conditions.append(
                AnonymityCondition(
                    span=condition,
                    reason=reason_span.text if reason_span else None,
                    reason_kind=reason_kind,
                    reason_span=reason_span,
                    sources=tuple(sources),
                )
            )
    _mark_chains(speakers, conditions)
    _mark_partitives(text, seg.sentences, reports, speakers)
    return Anonymity(resolved=resolved, conditions=tuple(conditions), speakers=tuple(speakers))


#: A relative "which" right before a condition: "The agency, which (is not allowed to comment ...)".
RE_WHICH_BEFORE = lazy_compile(r",\s++which\s++$")
#: A relative clause open right before a condition: ", who (spoke) on condition of anonymity".
RE_IN_RELATIVE = lazy_compile(
    rf"(?:,\s++(?:(?:{PARTITIVE_COUNTS})\s++of\s++)?(?:who|whom)\s++(?:\p{{Ll}}++\s++){{0,3}}"
    r"|(?<=\p{Ll})\s++who\s++(?:spoke|talked)\s++(?:to|with)\s++(?:[\w.’'\-]++\s++){1,4})$"
)  # ", who spoke ...", ", both of whom asked ...", "a source who spoke to CNN (on the condition ...)"
#: A condition that is a news outlet's own decision to withhold a name ("The AP is not naming the woman because
#: ..."); see :func:`_outlet_subject`.
RE_WITHHOLDING = lazy_compile(
    r"(?i)(?:(?:is|are|was|were)\s++not|(?:is|are|was|were)n['’]t|(?:(?:has|have|had)\s++)?agreed\s++not\s++to"
    r"|(?:does|do)\s++not|(?:does|do)n['’]t)\s++(?:(?:typically|usually|generally|normally|ordinarily)\s++)?"
    r"(?:naming|identifying|name|identify)\b"
    r"|(?:(?:is|are|was|were)\s++|(?:has|have|had)\s++been\s++)?withholding\s"
    r"|(?:(?:has|have|had)\s++)?(?:agreed|decided|chose|opted)\s++to\s++withhold\s"
)


@functools.cache
def _outlet_subject() -> regex.Pattern[str]:
    """The news outlet that withholds a name, as the sentence's subject: "The Associated Press (is not naming)",
    "CBC News (has agreed not to name)"; not "Police (are not naming the victim)", where an institution keeps a
    name from the press."""
    return regex.compile(r"(?:(?:But|And|So)\s++)?" + _outlet())


@functools.cache
def _outlet_relative() -> regex.Pattern[str]:
    """The same in a relative clause: "a woman, whom the Guardian (is not identifying because ...)"."""
    return regex.compile(r"\b(?:who|whom)\s++" + _outlet() + "$")


def _outlet() -> str:
    """A news outlet (lexicons/news_outlets.tsv), then the space before its verb: "The Associated Press ", "CBC
    News ", "the Guardian ", "our newspaper ", "We "."""
    kinds: dict[str, list[str]] = {}
    for entry, kind in lexicons.table("news_outlets").items():
        kinds.setdefault(kind, []).append(regex.escape(entry).replace(r"\ ", r"\s++"))

    def either(kind: str) -> str:
        return "|".join(sorted(kinds.get(kind, []), key=len, reverse=True))

    nouns = either("noun")
    return (
        rf"(?:(?:[Tt]he\s++)?(?:{either('name')}|(?:\p{{Lu}}[\p{{L}}.\-]*+\s++){{0,3}}(?:{either('title')})"
        rf"|{either('the-noun')}|{nouns})|(?:[Tt]his|[Oo]ur)\s++(?:{nouns})|[Ww]e)\s++"
    )


#: Whose name an outlet withholds, inside the condition: "withholding (their) names", "(agreed to withhold) the
#: source's name".
RE_WITHHELD_POSSESSIVE = lazy_compile(
    r"(?i)\b(?:his|her|their|the\s++(?:[\w\-]++\s++){0,2}?[\w\-]++(?=['’]s?\s))"
    r"(?=(?:['’]s?)?\s++(?:full\s++|last\s++)?(?:names?|identit))"
)  # also "(withhold) the source('s name)"
#: Whom an outlet does not name, after the condition: "(is not naming) the woman", "him", "the two sources".
RE_WITHHELD_OBJECT = lazy_compile(
    r"\s++(?P<np>him|her|them|(?:the|these|those|both|all|either)\s++(?:[\p{L}\d’'\-]++\s++){0,3}?[\p{L}’'\-]++)"
    r"(?=\s*+(?:[,.;:)—–]|$)|\s++(?:because|for|to|as|since|out\s++of|in\s++order|under|at\s++(?:his|her|their)|who|"
    r"whose|so|given|due)\b)"
)


def _withheld_sources(
    text: str,
    sentences: tuple[Sentence, ...],
    index: int,
    named: tuple[int, int],
    reports: tuple[Report, ...],
    speakers: list[Speaker | None],
) -> list[Speaker]:
    """The sources an outlet does not name ("The Globe is not identifying the sources because ..."): the speaker
    near the condition the object refers to ("him", "the sources", a "she" who speaks next), marked anonymous in
    ``speakers``; else the person the object names ("the woman"). Empty where it names no person ("the
    company") or a pronoun refers to no one near."""
    phrase = text[named[0] : named[1]].lower()
    pronoun = {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}.get(phrase)
    noun = "" if pronoun else singular(head_noun(phrase))
    nearby = sorted(
        (i for i, spk in enumerate(speakers) if spk is not None and abs(reports[i].sentence - index) <= 2),
        key=lambda i: (abs(reports[i].sentence - index), reports[i].sentence > index),
    )  # the same sentence first, then the sentences before, then after
    for i in nearby:
        spk = speakers[i]
        assert spk is not None
        plural = spk.kind is SpeakerKind.GROUP or spk.count not in (None, 1)
        later_pronoun = reports[i].sentence > index and spk.antecedent is None and spk.name.lower() in _PRONOUNS
        if pronoun is not None and (pronoun == "they") != plural:
            continue
        if pronoun is None and singular(head_noun((spk.antecedent or spk.mention).text).lower()) != noun and not (
            later_pronoun and (spk.name.lower() == "they") == phrase.endswith("s")
        ):
            continue  # "the woman ... She said ...": a pronoun that speaks after the condition is the one not named
        speakers[i] = attrs.evolve(spk, anonymous=True)
        return [speakers[i]]  # type: ignore[list-item]  # just set
    if pronoun == "they" and index > 0:  # "Two former staff members described ... The Times is withholding their names"
        before = sentences[index - 1].span
        group = RE_GROUP_ANTECEDENT.search(text, before.start, before.end)
        source = analyse_mention(text, *group.span("np")) if group is not None else None
        return [attrs.evolve(source, anonymous=True)] if source is not None else []
    source = analyse_mention(text, *named) if pronoun is None else None
    if source is None or source.kind not in (SpeakerKind.PERSON, SpeakerKind.GROUP):
        return []  # not "is not naming the company"
    return [attrs.evolve(source, anonymous=True)]


def _standing_for(speaker: Speaker, source: Speaker) -> Speaker:
    """``speaker`` ("They", "The people", "He") as a mention of the unnamed ``source`` it refers back to."""
    return attrs.evolve(
        speaker, name=source.name, kind=source.kind, antecedent=source.antecedent or source.mention,
        count=source.count, description=source.description, anonymous=True,
    )


def _link_next_pronoun(speakers: list[Speaker | None], following: list[int], source: Speaker) -> None:
    """An unresolved "he"/"she"/"they" speaking in the sentence after a condition's sentence that reports nothing
    is its source: "A retired bus driver who gave his name only as Earl shook his head. “...,” he said."
    (``speakers`` is updated in place)."""
    for i in following:
        spk = speakers[i]
        if spk is not None and spk.antecedent is None and spk.name.lower() in _PRONOUNS:
            speakers[i] = attrs.evolve(
                spk, name=source.name, kind=source.kind, antecedent=source.antecedent or source.mention,
                description=spk.description or source.description, anonymous=True, count=source.count,
            )
            return


def _mark_partitives(
    text: str, sentences: tuple[Sentence, ...], reports: tuple[Report, ...], speakers: list[Speaker | None]
) -> None:
    """"Two of them" with nothing resolved is part of the unnamed group its sentence opens with: "U.S. intelligence
    officials believe the attack was planned for months, two of them said." (``speakers`` is updated in place)."""
    for i, spk in enumerate(speakers):
        if spk is None or spk.anonymous or spk.antecedent is not None or not RE_OF_THEM.search(spk.mention.text):
            continue
        sentence = sentences[reports[i].sentence].span
        opening = RE_GROUP_OPENING.match(text, sentence.start, spk.mention.start)
        if opening is not None and _source_head(opening.group("np")):
            speakers[i] = attrs.evolve(spk, anonymous=True)


#: A part of a group named before: "two of them", "one of those".
RE_OF_THEM = lazy_compile(r"\bof\s++(?:them|those)$")
#: A plural noun phrase opening a sentence, up to its verb: "U.S. intelligence officials (believe)".
RE_GROUP_OPENING = lazy_compile(r"(?P<np>(?:[\w.’'\-]++\s++){0,4}?\p{Ll}+s)\s++(?=\p{Ll})")


def _mark_chains(speakers: list[Speaker | None], conditions: list[AnonymityCondition]) -> None:
    """A source a condition covers is unnamed in all its mentions: "One senior industry figure, who did not wish to
    be named, said ... “...,” they said." (``speakers`` is updated in place)."""
    chains = {s.antecedent or s.mention for c in conditions for s in c.sources}
    for i, spk in enumerate(speakers):
        if spk is not None and not spk.anonymous and (spk.antecedent or spk.mention) in chains:
            speakers[i] = attrs.evolve(spk, anonymous=True)


#: A copula right before a condition in reported words: "(said the conversation) was (off the record)".
RE_ENDS_WITH_COPULA = lazy_compile(r"\b(?:was|were|is|are|be|been|being)\s++$")
#: A copula that opens a condition: "(she) was (not allowed to comment)".
RE_COPULA = lazy_compile(r"(?:was|were|is|are|wasn['’]t|weren['’]t|isn['’]t|aren['’]t)\b")
#: Reported words that are only a pronoun subject so far: "(said) she (was not allowed ...)".
RE_PRONOUN_SUBJECT = lazy_compile(r"(?:that\s++)?(?:he|she|they|it|I|we)\s++")


def _in_content(report: Report, at: int) -> bool:
    """Whether ``at`` lies in the words a report reports, not in its attribution: inside a quotation, or inside
    content set before its cue ("The winner has chosen to remain anonymous, lottery officials said")."""
    if any(p.start <= at < p.end for p in report.quoted):
        return True
    content, cue = report.content, report.cue
    return not report.quoted and cue is not None and content.end <= cue.start and content.start <= at < content.end


def _reported(report: Report, speaker: Speaker | None, text: str, at: int) -> bool:
    """Whether the condition at ``at`` is something a report reports: in its content and led by a verb of its own
    ("She said she wanted to remain anonymous because ..."), not an adverbial that qualifies the cue itself ("The
    person confirmed the meeting on the condition of anonymity")."""
    if _in_content(report, at):
        return True
    content = report.content
    if report.quoted or not content.start < at < content.end:
        return False
    before = text[content.start : at]
    if RE_ENDS_WITH_COPULA.search(before):
        return True  # "The senator said the conversation was off the record": said of what the report is about
    if (
        RE_PRONOUN_SUBJECT.fullmatch(before)
        and RE_COPULA.match(text, at)
        and speaker is not None
        and not speaker.anonymous
        and not _source_head(speaker.mention.text)
    ):
        return True  # "The governor said she was not allowed to comment on ...": a named speaker's refusal
    # "Prosecutors said the defendant, who cannot be named for legal reasons, ...": a relative clause inside the
    # reported words describes someone the report is about, not its speaker
    return RE_VERB_LED.match(text, at) is not None or text.startswith(("who ", "whose "), at)


#: Words of a condition that name the ground rules it follows, where no reason is stated.
RE_GROUND_RULES_IN_CONDITION = lazy_compile(
    r"(?i)background|ground rules|record|attribution|customary|usual|standard|chatham house"
)


def _reason(text: str, condition: Span, end: int) -> tuple[Span | None, ReasonKind]:
    if RE_NOT_AUTHORIZED.search(condition.text):
        return None, ReasonKind.NOT_AUTHORIZED
    r = RE_REASON.match(text, condition.end, end)
    inside = RE_RULES_INSIDE.search(condition.text)
    if r is None and inside is not None and inside.start() > 0:
        # "who under government rules cannot be named": the reason stands inside the condition
        return Span.of(text, condition.start + inside.start(), condition.start + inside.end()), ReasonKind.GROUND_RULES
    if r is None:
        ground = RE_GROUND_RULES_IN_CONDITION.search(condition.text)  # "on background", "on customary condition"
        return None, ReasonKind.GROUND_RULES if ground else ReasonKind.UNSTATED
    trailing = RE_TRAILING_THAT.search(text, r.start("reason"), r.end("reason"))
    span = Span.of(text, r.start("reason"), trailing.start() if trailing is not None else r.end("reason"))
    for kind, pattern in _REASON_KINDS:
        if pattern.search(span.text):
            return span, kind
    return span, ReasonKind.OTHER


#: A condition that is a clause's own verb phrase ("wanted to remain anonymous", "who asked not to be named").
RE_VERB_LED = lazy_compile(
    r"(?:(?:who|which)\s++)?(?:\p{Ll}++(?<=ed)|chose|wants|wishes|asks|requests|declines|insists)\b"
)
#: What follows a relative clause holding a condition when its subject does something other than speak: "A man
#: who declined to give his name was seen leaving" (not "... has said", "... spoke on condition ...").
RE_PREDICATE_AFTER_RELATIVE = lazy_compile(
    r"(?<!\s)(?:\s*+,)?\s++(?:was|were|is|are|has|had|have|will|would|could|can|did|does|do)\b"  # (from where the
    # words before end: one try per run of white space)
    r"(?!\s++(?:also\s++)?(?:been\s++)?(?:said|told|spoken|speaking|talked|talking|described|say|tell|speak|talk)\b)"
)


def _keyword_positions(text: str) -> list[int]:
    """Where the text holds a word that a condition needs, in order: a plain substring search over the lowered
    text, many times faster than a case-insensitive pattern."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters: lower only what keeps the offsets
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return sorted(i for keyword in _KEYWORDS for i in occurrences(lowered, keyword, 0, len(lowered)))


def _relative_then_predicate(text: str, start: int, end: int, sentence_end: int) -> bool:
    """Whether a condition in a relative clause ("who declined to give his name") is followed, after its
    reason, by a predicate that is no speaking: the person described is no source."""
    if not text.startswith(("who ", "whose "), start):
        return False
    reason = RE_REASON.match(text, end, sentence_end)
    after = reason.end("reason") if reason is not None else end
    return RE_PREDICATE_AFTER_RELATIVE.match(text, after, sentence_end) is not None


#: Rules named inside a condition: "who under government rules cannot be named".
RE_RULES_INSIDE = lazy_compile(
    r"\b(?:under|by|in\s++(?:line|keeping|accordance)\s++with)\s++(?:[\w\-]++\s++){0,3}?"
    r"(?:rules|policy|regulations|guidelines|protocol|custom|convention|practice|tradition)\b"
)
#: A capitalised gerund, which names no source: "Speaking (on condition of anonymity is common)".
RE_GERUND = lazy_compile(r"\p{Lu}\p{Ll}+ing")
#: A person's name in a condition, which an institution may withhold for someone else: "give his name".
RE_SOMEONES_NAME = lazy_compile(r"\b(?:his|her|their)\s++(?:full\s++|last\s++)?(?:name|names|surname)\b")
#: A condition that opens with a possessive pronoun's name: "His name was withheld", "Their names were not used".
RE_POSSESSIVE_NAME = lazy_compile(r"(?:His|Her|Their)\s++(?:name|names|identity|identities)\b")
#: A definite unnamed source: "The people", "the official", "The sources".
RE_DEFINITE_NOUN = lazy_compile(r"(?:The|the)\s++(?P<noun>\p{Ll}++)")
#: Subject pronouns of a speaker left unresolved, which a nearby condition's source may stand for.
_PRONOUNS = frozenset(["he", "she", "they"])
#: Words that refer back to a group named before: "They spoke on condition ...", "Both requested anonymity".
_GROUP_REFERENCES = frozenset(
    ["they", "both", "both men", "both women", "the two", "the three", "the four", "all three", "all four", "the pair",
     "all", "all of them", "each", "each of them"]
)


#: Who receives a briefing, not who gives it: "Reporters were briefed on background".
_JOURNALISTS = frozenset(["reporters", "reporter", "journalists", "journalist", "correspondents", "press", "media"])


#: How far into a sentence with no cue the head of an unnamed source may stand ("Several current and former
#: officials described the meeting on condition of anonymity").
_MAX_SOURCE_SUBJECT_WORDS = 6


#: An unnamed source right before the relative clause that holds a condition: "by a person familiar with its
#: contents who spoke on the condition of anonymity".
RE_RELATIVE_SOURCE = lazy_compile(
    r"(?<![\w’'\-])(?P<np>(?i:a|an|the|one|two|three|four|five|six|several|some)\s++(?:[^,;:.!?\"“”]|(?<=\p{Lu})\.){1,80}?)"
    r",?\s++"  # "a U.S. official"
    rf"(?P<relative>(?:(?:{PARTITIVE_COUNTS})\s++of\s++)?(?:who|whom)\s++[^,;:.!?\"“”]{{0,80}}+)?$"
)  # "by a person who was not authorized to release it and spoke on condition ...", "by a source| who requested",
# "interviews with more than a dozen people, some of whom spoke on the condition ..."


#: A condition a source asks for or speaks under ("who asked not to be named", "who spoke on condition of ..."),
#: not a restriction on naming someone ("who cannot be named for legal reasons").
RE_SOURCE_REQUEST = lazy_compile(
    r"(?:who\s++)?(?:asked|requested|declined|insisted|spoke|talked|agreed|refused|did\s++not\s++want|"
    r"would\s++not|would\s++only|was\s++granted|were\s++granted)\b"
)


def _asked_by_source(phrase: str, text: str, condition: int) -> bool:
    """Whether the condition at ``condition`` is one an unnamed source named by ``phrase`` asked for ("The
    official, who asked not to be named, ..."), which holds even where the sentence reports nothing."""
    return _source_head(phrase) and RE_SOURCE_REQUEST.match(text, condition) is not None


def _named(speaker: Speaker | None) -> bool:
    """Whether a speaker is named or a definite role ("Johnson", "the president"), not an unnamed one."""
    if speaker is None or speaker.anonymous:
        return False
    mention = speaker.mention.text
    if mention.lower().startswith("the ") or mention in lexicons.table("pronouns"):
        return True
    first = speaker.name.split()[0] if speaker.name.split() else ""
    return first[:1].isupper() and singular(first.lower()) not in lexicons.words("speaker_nouns")  # not "Ministers"


def _source_head(phrase: str) -> bool:
    """Whether a phrase is headed by a noun of unnamed sources ("The official", "a senior aide"), not by a noun of
    someone a story is about ("The donor", "The suspect")."""
    return singular(head_noun(phrase).lower()) in lexicons.words("anonymous_heads")


def _relative_source(text: str, start: int, condition: int) -> Speaker | None:
    """The unnamed source a relative clause with a condition describes, where the sentence reports nothing
    ("The memo was described by a person who spoke on condition of anonymity"); not "The donor, who ..."."""
    found = list(RE_RELATIVE_SOURCE.finditer(text, max(start, condition - 160), condition, overlapped=True))
    if not text.startswith(("who ", "whom "), condition):
        found = [m for m in found if m.group("relative") is not None]  # the condition is inside the clause
    # the nearest that names an unnamed source: "a person familiar with its contents", not "The memo was described
    # ...", nor "some of" in "some of whom"
    gave_name = RE_GAVE_NAME.match(text, condition) is not None
    for m in reversed(found):
        source = _unnamed_source(text, *m.span("np"))
        if source is None and gave_name and m.group("relative") is None:
            # "A retired bus driver who gave his name only as Earl shook his head": who gives the reporter part of
            # a name speaks to the reporter, whatever noun describes them
            named = analyse_mention(text, *m.span("np"))
            source = attrs.evolve(named, anonymous=True) if named and named.kind is SpeakerKind.PERSON else None
        if source is not None:
            return source
    return None


#: A condition that gives the reporter part of a name: "who gave his name only as Earl", "gave only her first
#: name".
RE_GAVE_NAME = lazy_compile(r"(?:who\s++)?(?:would\s++)?(?:only\s++)?(?:gave|gives|provided)\s")


#: The sources a report cites, right before a condition: ", citing people familiar with the matter who ...".
RE_CITED_SOURCE = lazy_compile(r"\bciting\s++(?P<np>[^,;:.!?\"“”]{1,80}?),?\s++(?=$|(?:who|whom)\s)")


def _cited_source(text: str, start: int, condition: int) -> Speaker | None:
    """The unnamed source after "citing" that a condition right after it describes, or None."""
    if not text.startswith(("who ", "whom "), condition):
        return None
    m = RE_CITED_SOURCE.search(text, max(start, condition - 120), condition)
    return _unnamed_source(text, *m.span("np")) if m is not None else None


def _unnamed_source(text: str, start: int, end: int) -> Speaker | None:
    """The speaker ``text[start:end]`` names, if it is an unnamed source ("a person familiar with ..."), or None."""
    speaker = analyse_mention(text, start, end)
    return speaker if speaker is not None and speaker.anonymous else None


def _source_subject(text: str, sentence: Span) -> tuple[int, int] | None:
    """A sentence's opening noun phrase (up to six words, no comma) when an unnamed-source noun heads it ("Aides
    described the meeting in exchange for anonymity"), not a donor or a suspect."""
    heads = lexicons.words("anonymous_heads")
    start = None
    for i, m in enumerate(RE_WORDS.finditer(text, sentence.start, sentence.end)):
        if i >= _MAX_SOURCE_SUBJECT_WORDS or "," in text[sentence.start : m.start()]:
            return None
        if start is None and m.group() in {"But", "And"}:
            continue
        start = m.start() if start is None else start
        if singular(m.group().lower()) in heads:
            after = RE_SOURCE_POSTMODIFIER.match(text, m.end(), sentence.end)
            return start, after.end() if after is not None else m.end()  # "Officials| at the Pentagon|, who ..."
    return None


#: A postmodifier of an unnamed source's noun up to the comma that closes it: "(Officials) at the Pentagon",
#: "(people) familiar with the talks".
RE_SOURCE_POSTMODIFIER = lazy_compile(
    r"\s++(?:at|in|from|with|of|on|inside|within|close\s++to|familiar\s++with|briefed\s++on)\s++"
    r"[^,;:.!?\"“”]{1,60}?(?=,)"
)


def _subject(
    text: str, sentences: tuple[Sentence, ...], index: int, condition: int, earlier: list[Speaker]
) -> Speaker | None:
    """The subject of a condition sentence with no cue ("They spoke on condition ..."), resolved: a pronoun or "the
    two" to the group named just before, "The people" to the last unnamed source with that noun."""
    sentence = sentences[index].span
    m = RE_SUBJECT.match(text, sentence.start, sentence.end)
    speaking = RE_SPEAKING_ASIDE.match(text, sentence.start, sentence.end)
    if speaking is not None and speaking.end("subj") < condition < speaking.start("verb"):
        m = speaking  # "Two doctors, speaking on condition they not be identified, confirmed ...": whoever speaks
        # on a condition is a source, whatever the verb after it
    elif (
        m is not None
        and m.end("subj") < condition < m.start("verb")
        and m.group("verb") not in _SOURCE_VERBS
        and not _asked_by_source(m.group("subj"), text, condition)
    ):
        return None  # the condition in an aside of a subject that does not speak: a defendant, a minor (but "The
        # official, who asked not to be named, did not elaborate": an unnamed source all the same)
    if m is not None and m.group("subj").endswith((" who", " which", " that")):
        return None  # "A Pentagon official who was not authorized ...": the relative clause's noun (read after)
    if m is not None and m.group("subj").endswith((" was", " were", " is", " are", " been")):
        return None  # "The memo was described by a person who ...": a passive's subject is described, the agent
        # (read after) is the source
    found = m.span("subj") if m is not None else _source_subject(text, sentence)
    if found is not None and found[0] <= condition < found[1]:
        verb = RE_BE_IN_SUBJECT.search(text, condition, found[1])  # "Neither official| was authorized to (speak)"
        found = (found[0], verb.start()) if verb is not None else found
    if found is None or found[1] > condition and RE_POSSESSIVE_NAME.match(text, found[0]):
        return None  # "His name was not released": the condition's own words, no source
    speaker = analyse_mention(text, *found)
    if speaker is None or speaker.kind is SpeakerKind.DOCUMENT:
        return None  # not "The report was released without attribution": a document is no anonymous source
    if head_noun(speaker.name).lower() in _JOURNALISTS and (m is None or m.group("verb") not in _SOURCE_VERBS):
        return None  # "Reporters were briefed on background": who hears the briefing is no source
    group = speaker.mention.text.lower() in _GROUP_REFERENCES
    definite = RE_DEFINITE_NOUN.fullmatch(speaker.mention.text)
    if definite is not None:
        noun = singular(definite.group("noun").lower())
        for before in reversed(earlier):  # "Two people familiar with the matter told Reuters ... The people ..."
            if before.anonymous and head_noun(before.name) == noun:
                return _standing_for(speaker, before)
        last = earlier[-1] if earlier else None
        plural = definite.group("noun").lower() != noun
        if (
            noun == "source"
            and last is not None
            and last.anonymous
            and last.mention.start >= sentences[max(0, index - 2)].span.start
            and (last.kind is SpeakerKind.GROUP) == plural
        ):
            return _standing_for(speaker, last)  # "A person close to the star said ... The source asked not to be
            # named": "the source" is the unnamed source who just spoke, whatever noun named it
    if speaker.name.lower() not in {"he", "she"} and not group:
        return attrs.evolve(speaker, anonymous=True)
    if not group:
        # "A Hamas official told The Associated Press that ... He spoke on condition of anonymity": the person who
        # spoke in the sentence or two before
        near = sentences[max(0, index - 2)].span.start
        last = earlier[-1] if earlier else None
        if last is not None and last.kind is SpeakerKind.PERSON and last.mention.start >= near and (
            last.anonymous or _source_head(last.mention.text)
        ):
            return _standing_for(speaker, last)
    for back in range(index - 1, max(-1, index - 3), -1):
        prev = sentences[back].span
        g = RE_GROUP_ANTECEDENT.search(text, prev.start, prev.end)
        if g is not None and group:
            spoke = [s for s in earlier if s.mention.start <= g.start("np") < s.mention.end]
            if spoke:
                return _standing_for(speaker, spoke[-1])  # "Two sources familiar with the matter told Reuters ...
                # They declined to be identified": the whole mention of the group that spoke
            ante = analyse_mention(text, g.start("np"), g.end("np"))
            if ante is None:
                break
            return _standing_for(speaker, ante)
    return attrs.evolve(speaker, anonymous=True)
