"""Coreference stage: resolve pronouns, surnames and role nouns to the fuller earlier mention.

"he" -> the last named person who spoke (or was named just before); "they" -> the last group or
organisation; "Nadler" -> "Rep. Jerry Nadler"; "the official" -> the last speaker described as an official.
Quotes with no cue of their own (a paragraph that is only a quote) continue the last speaker.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator

import attrs
import regex

from . import lexicons
from .cues import (
    CAPITALISED_ADVERB,
    ONE_OF_A_GROUP,
    PAIR_REFERENCES,
    RE_ANY_QUOTE_MARK,
    THING_PRONOUNS,
    Report,
    head_noun,
    judged_object,
    looks_like_speaker,
    named_in,
    restrictive_who,
    sentence_subject,
    singular,
)
from .cues.clauses import (
    _NAME_PARTICLE,
    _PARTICLE_ARTICLE,
    _PRONOUN_SUBJECTS,
    RE_NEXT_WORD,
    RE_OPENING_ADVERB,
)
from .cues.report import word_count
from .cues.speaker_phrases import FINITE_AUXILIARIES
from .patterns import lazy_compile
from .segmentation import Sentence
from .speakers import HONORIFIC_SEX, RE_CAPITALISED_RUN, RE_POSSESSIVE_END, Speakers, _lower_titles, analyse_mention
from .types import QuoteKind, Span, Speaker, SpeakerKind

#: How many paragraphs back an antecedent or a continued speaker may be.
_WINDOW = 6
_CONTINUE_WINDOW = 2
#: How many earlier speakers are candidates antecedents (keeps resolution linear in the article's length).
_MAX_CANDIDATES = 30
#: How far back a one-word name is looked for written in full (characters).
_NEAR = 20_000
#: Capitalised words that open a sentence or a title, never a first name ("In Just the Way You Are").
_FUNCTION_WORDS = frozenset(
    "In On At The A An And But Or Of For To As If So By With From When While After Before Despite Against Unlike "
    "Like Does Did Is Was What See Ask That This Since Still Many Most Some Neither Either Both All Even Only Just "
    "Real Islamic Coalition State Then Now Also Instead However Although Because Until Under Over About Among Per "
    "Via Besides Beyond Behind Near Inside Outside Across Around Through Without Within Toward Towards Into Where "
    "Why How Who Which Whether Here There Every Each Any No Not Yes Dear Mr Mrs Ms Dr Another Other Such Several Few "
    "These Those Their His Her Its Our Your My".split()
)
#: Words shaped like an adverb, a long participle or a plural, never a first name ("Interestingly", "Injecting",
#: "Republicans"; but "Kelly", "Ted", "Sterling").
RE_NOT_FIRST_NAME = lazy_compile(
    rf"{CAPITALISED_ADVERB}|\p{{Lu}}\p{{Ll}}{{5,}}ing|\p{{Lu}}\p{{Ll}}+(?:ans|ers|ats|ons|ics|ists)"
)
#: First words of a subject that is no name: pronouns, determiners, quantifiers.
_NOT_NAME_OPENERS = frozenset(
    ["he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "this", "that", "these", "those", "many", "most",
     "some", "several", "all", "both", "few", "other", "others", "each", "every", "no", "one"]
)
#: A preposition right before a name: the name is an object, not the subject a later pronoun takes up.
RE_PREPOSITION_BEFORE = lazy_compile(r"(?<![\w’'])(?:by|of|to|for|about|against|with|from|on|at|over|toward)\s++$")
RE_PERSON_NAME = lazy_compile(
    r"(?<![\p{L}.])(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|President|Secretary)\.?\s+)?"
    r"\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+(?:al-|de\s|van\s)?\p{Lu}[\p{Ll}'’\-]+){1,2}(?![\p{L}])"
    r"|(?<![\p{L}.])(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{Ll}'’\-]+(?![\p{L}])"  # "Ms. Nwanguma": a surname, its sex told
)


@attrs.frozen
class Resolved:
    """The coreference stage result: the speakers with antecedents and names resolved."""

    speakers: Speakers
    resolved: tuple[Speaker | None, ...]


def resolve_coreference(speakers: Speakers) -> Resolved:
    """Resolve every speaker mention that is a pronoun, a bare surname or a role noun.

    >>> from newsclaims.segmentation import segment_text
    >>> from newsclaims.quotes import find_quotes
    >>> from newsclaims.cues import find_cues
    >>> from newsclaims.speakers import find_speakers
    >>> text = "Senator Ann Lee said taxes would rise. Later, she said the vote would be close."
    >>> r = resolve_coreference(find_speakers(find_cues(find_quotes(segment_text(text))))).resolved
    >>> r[1].mention.text, r[1].name, r[1].antecedent.text
    ('she', 'Ann Lee', 'Senator Ann Lee')
    """
    reports = speakers.cues.reports
    text = speakers.cues.marks.segmentation.layout.text
    sentences = speakers.cues.marks.segmentation.sentences
    out: list[Speaker | None] = []
    recent: list[tuple[int, Speaker]] = []  # (paragraph, speaker) of the last _MAX_CANDIDATES speakers
    last_sentence = -1  # the sentence of the last of them
    last_through = -1  # the sentence its content ends in ('“...,” Arteta said. “...”': the sentence after)
    askers: set[Span] = set()  # the mentions of those who ask a question ("Asked by a reporter whether ...")
    starts = [s.span.start for s in sentences]
    turns = [(i, r) for i, r in enumerate(reports) if _turn(r)]  # transcripts' and interviews' turns, in order
    turn_starts = [r.content.start for _, r in turns]
    # the sentences that hold a report with a speaker (not 'Asked whether ..., Johnson paused.': its subject is
    # the next "he")
    reporting = {
        r.sentence
        for r, s in zip(reports, speakers.speakers, strict=True)
        if s is not None
        and not (r.speaker is not None and (restrictive_who(text, r.speaker) or judged_object(text, r.speaker.start)))
        and not _asker(text, r, s)
    }  # nor "Santos has faced criticism from lawmakers who say ...": her sentence, whose subject is still named (nor
    # "Palmieri criticized Manafort for accusing ...": hers)
    for report, speaker in zip(reports, speakers.speakers, strict=True):
        if report.paragraph < 0:
            out.append(speaker)  # the headline's speaker: resolved to the body's mentions below
            continue
        earlier = [(p, s) for p, s in recent if report.paragraph - p <= _WINDOW]
        if speaker is None:
            actor = _actor_before(text, sentences, report, reporting) if report.kind is QuoteKind.DIRECT else None
            if report.cue is None and report.kind is not QuoteKind.INDIRECT and earlier and actor is None:
                para, last = earlier[-1]
                if report.kind is QuoteKind.DIRECT and report.paragraph - para <= _CONTINUE_WINDOW or (
                    # a fragment continues a speaker of its paragraph: in its own sentence, only as part of that
                    # report's clause ('..., she said, to "make sure ..."'), not as a clause with a subject of its
                    # own ("“You winning?” she said, but Kevin was drifting off, as Trump went on about “...”")
                    report.paragraph == para
                    and (report.sentence != last_sentence or not report.content.text[:1].isupper())
                ):
                    out.append(last)
                    continue
            subject = actor or (_previous_subject(text, sentences, report) if report.kind is QuoteKind.DIRECT else None)
            if subject is not None:
                subject = _resolve(text, subject, [s for _, s in earlier])
                recent = [*recent[-_MAX_CANDIDATES + 1 :], (report.paragraph, subject)]
                last_sentence = report.sentence
                last_through = _sentence_at(starts, report.content.end - 1, report.sentence)
            out.append(subject)
            continue
        # not the speaker of a report this one is inside ("He promised ..., Frankel said."): an antecedent comes first
        candidates = [s for _, s in earlier if s.mention.start < speaker.mention.start]
        if _pronoun_word(speaker.mention.text) is not None:
            candidates = [s for s in candidates if s.mention not in askers]
        turn = _enclosing_turn(speaker, turns, turn_starts, out)
        if turn is not None and _pronoun_word(speaker.mention.text) is not None:
            # "A: ... he's saying everything is awful": inside someone's turn, "he" is someone the turn names
            candidates = [s for s in candidates if s.mention.start >= turn[0].content.start]
        resolved = _resolve(text, speaker, candidates)
        if turn is not None and speaker.mention.text == "I":
            resolved = _link(speaker, turn[1])  # "A: ... I said, hey, ...": the one who answers
        pronoun = _pronoun(speaker)
        # whoever spoke in the sentence before (or in a quotation ending there), in this paragraph or the one before
        just_spoke = (
            report.sentence - 1 in (last_sentence, last_through)
            and bool(earlier)
            and earlier[-1][0] >= report.paragraph - 1
        )
        if pronoun is not None and _pronoun_word(speaker.mention.text) is None:
            # an epithet ("the Dutchman") is used where its person was just named: the named subject of the
            # sentence before, or the speaker of that sentence's report; never a speaker further back
            subject = (
                None if report.sentence - 1 in reporting
                else _named_subject_before(text, sentences, report, epithet=True)
            )
            if subject is not None and not _other_sex(pronoun, subject, text):
                resolved = _link(speaker, _resolve(text, subject, candidates))
            elif not (just_spoke and resolved.antecedent is not None and resolved.name == earlier[-1][1].name):
                resolved = speaker
        elif pronoun in _PERSON_PRONOUNS and (own := _own_subject(text, sentences, report, speaker, pronoun)):
            resolved = _link(speaker, _resolve(text, own, candidates))  # "Ryan was more direct - what he called ..."
        elif pronoun in _PERSON_PRONOUNS:
            subject = None if report.sentence - 1 in reporting else _named_subject_before(text, sentences, report)
            if subject is not None and _other_sex(pronoun, subject, text):
                subject = None
            unknown = False  # whether the sentence before is about someone this text does not name in full
            if subject is not None:
                subject = _resolve(text, subject, candidates)  # "Lazar" -> the one Lazar who spoke, to check the sex
                if _other_sex(pronoun, subject, text):
                    # "Lazar had no training. He told ...": not his wife, Gabriela Violeta Lazar, who spoke before;
                    # nor anyone else
                    subject, resolved, unknown = None, speaker, True
            if subject is not None and subject.name != resolved.name:
                resolved = _link(speaker, subject)
            elif resolved is speaker and not unknown:
                start = sentences[max(0, report.sentence - 2)].span.start if sentences else 0
                resolved = _nearby_name(text, speaker, start, pronoun, report.content.start)
        elif pronoun == "it":
            subject = _organization_subject(text, sentences, report, speaker, report.sentence - 1 in reporting)
            if subject is not None and subject.name != resolved.name:
                resolved = _link(speaker, _resolve(text, subject, candidates))  # "Boeing is cutting jobs. It said"
        elif pronoun == "they" and earlier and last_sentence >= report.sentence - 1:
            para, last = earlier[-1]
            if para == report.paragraph and _unnamed_person(last):
                # "One senior industry figure, who did not wish to be named, said ... “...,” they said.": the
                # singular "they" of an unnamed source who just spoke, not a group further back
                resolved = _link(speaker, last)
        if pronoun == "they" and resolved is speaker:
            group = _group_subject(text, sentences, report, speaker, report.sentence - 1 in reporting)
            if group is not None:
                resolved = _link(speaker, group)  # "Scientists have found ..., a discovery they say could ..."
        if pronoun is None and resolved is speaker and _role_epithet(speaker):
            subject = (
                None if report.sentence - 1 in reporting
                else _named_subject_before(text, sentences, report, epithet=True)
            )
            person = (
                _resolve(text, subject, candidates) if subject is not None
                else earlier[-1][1] if just_spoke and not _names_before(text, sentences, report, speaker) else None
            )
            previous = sentences[report.sentence - 1].span if report.sentence > 0 else None
            asked = previous is not None and RE_ASKING.search(text, previous.start, previous.end)
            at = speaker.mention.start
            before = RE_NAME_AND_COMMA_BEFORE.search(text, max(0, at - 40), at)
            appositive = before is not None and before.group("name") not in lexicons.words("time_words")
            if person is not None and not asked and not appositive and _may_be_called(person, speaker):
                resolved = _link(speaker, person)  # "Marco Rubio says ... The Florida senator is predicting ..."
        if resolved is speaker and report.content.start < speaker.mention.start:
            resolved = _firm_in_content(text, speaker, report)  # "Starbucks will close 400 stores, the company said"
        if resolved is speaker:
            resolved = _firm_named_nearby(text, sentences, report, speaker)  # "A Boeing spokesperson declined ..."
        member = RE_MEMBER_OF_THEM.fullmatch(speaker.name) if resolved is speaker else None
        if member is not None:
            bare = member.group() == member.group("part")  # "one said": of a group in its own paragraph only
            resolved = _member_of_group(speaker, member.group("part"), report.paragraph, earlier, 0 if bare else 1)
            if resolved is speaker and not bare:
                counted = _group_subject_before(text, sentences, report)  # "Two officials disputed that account.
                if counted is not None:  # One of them said ...": the group the sentence before is about
                    resolved = _member_of_group(speaker, member.group("part"), report.paragraph, [counted], 0)
        if not _interviewer(report):  # "Q: Bernie's a socialist. He wants ...": the unnamed interviewer is no "he"
            recent = [*recent[-_MAX_CANDIDATES + 1 :], (report.paragraph, resolved)]
        if _asker(text, report, speaker):
            askers.add(resolved.mention)  # "Asked by counsel, Hugo Keith KC, whether ..., he replied": the one who
            out.append(resolved)  # asks is not the one who answers, nor a later "he" (but a later "Keith" may be)
            continue
        last_sentence = report.sentence
        last_through = _sentence_at(starts, report.content.end - 1, report.sentence)
        out.append(resolved)
    _resolve_cataphora(text, sentences, reports, speakers.speakers, out)
    _resolve_surnames_named_later(out)
    _resolve_headline(reports, out)
    return Resolved(speakers=speakers, resolved=tuple(out))


def _interviewer(report: Report) -> bool:
    """Whether a report is an interview's question, "Q: ...", asked by an interviewer it does not name."""
    return report.cue is not None and report.cue.text == ":" and report.speaker is not None and (
        report.speaker.text == "Q"
    )


def _turn(report: Report) -> bool:
    """Whether a report is a transcript's or an interview's turn: "TAPPER: ...", "A: ..." (not a quotation after a
    colon)."""
    return (
        report.cue is not None
        and report.cue.text == ":"
        and report.kind is QuoteKind.DIRECT
        and report.content.text[:1] not in _OPENING_MARKS
    )


def _enclosing_turn(
    speaker: Speaker, turns: list[tuple[int, Report]], turn_starts: list[int], out: list[Speaker | None]
) -> tuple[Report, Speaker] | None:
    """The turn whose words hold a mention, with its speaker as resolved (``turns``: the indexes and reports of
    the turns, in order, ``turn_starts`` where their words start): its words are read for their own reports ("A:
    ... I said, hey, you've got to change the culture.")."""
    at = speaker.mention.start
    k = bisect.bisect_right(turn_starts, at) - 1
    if k < 0:
        return None
    i, report = turns[k]
    resolved = out[i] if i < len(out) else None
    if resolved is None or not report.content.start <= at < report.content.end:
        return None
    return report, resolved


def _asker(text: str, report: Report, speaker: Speaker) -> bool:
    """Whether the speaker asks the question a report reports, named after "by" ("Asked by a caller why ...",
    "was asked by a reporter whether ...") or before the one asked ("Hewitt asked Trump about ..."): someone the
    answer's "he" does not stand for."""
    if report.cue is None:
        return False
    if text[report.cue.end : speaker.mention.start].strip() == "by":
        return True
    return (
        report.cue.text.lower() == "asked"
        and speaker.mention.end <= report.cue.start
        and RE_ONE_ASKED_ABOUT.fullmatch(text, report.cue.end, report.content.start) is not None
    )


#: The one asked and "about" between "asked" and the question's topic: "(asked) Trump about (statements ...)".
RE_ONE_ASKED_ABOUT = lazy_compile(r"\s++(?:\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){0,2}|him|her|them)\s++about\s++")


def _sentence_at(starts: list[int], offset: int, at_least: int) -> int:
    """The index of the sentence holding ``offset`` (``starts`` are the sentences' starts), at least ``at_least``."""
    return max(at_least, bisect.bisect_right(starts, offset) - 1)


def _role_epithet(speaker: Speaker) -> bool:
    """Whether a mention is a definite role that names no one, used of a person the text has just named: "the
    Florida senator", "The New York businessman", "the Republican presidential candidate" (not "the man", whom it
    introduces, nor "the official", an unnamed source)."""
    if speaker.kind is not SpeakerKind.PERSON or speaker.count not in (None, 1) or speaker.anonymous:
        return False
    role = _epithet_role(speaker.mention.text)
    if RE_ROLE_EPITHET.fullmatch(role) is None:
        return False
    head = role.split()[-1].lower()
    plural = head != singular(head) or head.endswith("men")  # "the committee chairmen"
    return not plural and head not in _NEWCOMER_NOUNS and head not in lexicons.words("anonymous_heads")


def _epithet_role(mention: str) -> str:
    """An epithet without the name of the place or body its role belongs to: "the former mayor| of New York", "the
    top aide| to President George W. Bush", "the speaker| of the House"."""
    found = RE_EPITHET_POSTMODIFIER.search(mention)
    return mention[: found.start()] if found is not None and found.start() > 0 else mention


#: The name of a role's place or body closing an epithet: " of New York", " to President George W. Bush".
RE_EPITHET_POSTMODIFIER = lazy_compile(
    r"(?<!\s)\s++(?:of|to|for|at|from)\s++(?:the\s++)?\p{Lu}[\w.’'\-]*+(?:\s++(?:of\s++|the\s++|and\s++)?\p{Lu}[\w.’'\-]*+){0,5}$"
)
#: "the" and a role noun after at most three modifiers: "the former secretary of state" is one too many words.
RE_ROLE_EPITHET = lazy_compile(r"(?i:the)\s++(?:[\p{L}\-]++\s++){0,3}\p{Ll}[\p{Ll}\-]*+")
#: Nouns for anyone, and roles beside the person a story is about: "the man", "the moderator" bring in someone
#: new more often than they name someone again.
_NEWCOMER_NOUNS = frozenset(
    ["man", "woman", "boy", "girl", "person", "child", "kid", "guy", "lady", "gentleman", "individual", "teenager",
     "narrator", "moderator", "announcer", "interviewer", "questioner", "host", "anchor", "caller", "heckler",
     "reporter", "voice"]
)
#: A verb of putting questions to someone: the person asked, not the one asking, answers next ("Hannity asked
#: Kasich ... The candidate said ..."; not '“...?” Sanders asked.', where the asker closes the sentence).
RE_ASKING = lazy_compile(r"\b(?:asked|questioned|pressed|interviewed|quizzed)\b(?![.!?]|\s*+$)")
#: A name and a comma right before a mention: the mention is that name's appositive ("Joe Arpaio, the Arizona
#: sheriff"; not "on Sunday, the prime minister", nor "Speaking in Derbyshire, the prime minister").
RE_NAME_AND_COMMA_BEFORE = lazy_compile(r"(?<!\b(?:[Ii]n|[Aa]t|[Nn]ear)\s++)(?P<name>\p{Lu}[\p{L}.’'\-]*+),\s++$")
#: A capitalised word: a name, where it stands inside a sentence; not after a preposition of place ("in
#: Derbyshire", "at Anfield": a place, no person).
RE_CAPITALISED_WORD = lazy_compile(r"(?<![\w’'])(?<!\b(?:[Ii]n|[Aa]t|[Nn]ear)\s++)\p{Lu}[\w’'\-]*+")


def _names_before(text: str, sentences: tuple[Sentence, ...], report: Report, speaker: Speaker) -> bool:
    """Whether the words of the mention's sentence before it, past its first word and outside the content, hold a
    capitalised word other than a time, an acronym or a place after "in" or "at": a name, such as "Trump" in "Ali
    rebuked Trump when the businessman turned politician called ...", whom an epithet there may stand for rather
    than the last speaker."""
    start = sentences[report.sentence].span.start if sentences else 0
    start = max(text.find(" ", start, speaker.mention.start), start)
    if report.content.start <= start < report.content.end:
        start = report.content.end
    times = lexicons.words("time_words")
    return any(  # not a time ("Sunday") nor an acronym ("the BBC")
        word not in times and not word.isupper()
        for word in RE_CAPITALISED_WORD.findall(text, start, max(start, speaker.mention.start))
    )


def _may_be_called(person: Speaker, epithet: Speaker) -> bool:
    """Whether a named person may be the one a role epithet stands for: a named person of the role's sex, whose
    own description holds the role's modifiers ("the former president" is not Jeb Bush)."""
    if person.kind is not SpeakerKind.PERSON or person.anonymous or person.count not in (None, 1):
        return False
    if " " not in person.name or not person.name[:1].isupper() or person.mention == epithet.mention:
        return False
    role = _epithet_role(epithet.mention.text)
    head = role.split()[-1].lower()
    sex = lexicons.table("role_sexes").get(head)
    if sex is not None and _sex(person) not in (None, sex):
        return False
    described = _described(person.title, person.description, person.name, person.affiliation)
    roles = " ".join(filter(None, [person.title, person.description])).lower()
    if _possessor(head, roles):
        return False  # "The nominee" is not "The nominee's spokesman, Tim Reynolds"
    modifiers = [word.lower() for word in role.split()[1:-1]]
    return all(word in described for word in modifiers if word in _RANK_MODIFIERS)


#: An appositive that names the subject before it: ", a retired teacher named Bill Harris,".
RE_NAMING_APPOSITIVE = lazy_compile(
    r",\s++(?P<np>(?:a|an)\s++[^,;:.!?\"“”]{1,60}?\s++(?:named|called)\s++\p{Lu}[^,;:!?\"“”]{1,40}?)\s*+,"
)


def _introduced_unnamed(speaker: Speaker) -> bool:
    """Whether a subject introduces one unnamed person by a speaker noun: "A Ford spokeswoman", "An aide to the
    senator" (not "A Ford", nor "A man", who is no speaker the text quotes by role)."""
    words = speaker.mention.text.split()
    return (
        speaker.kind is SpeakerKind.PERSON
        and speaker.count in (None, 1)
        and len(words) > 1
        and words[0] in ("A", "An")
        and singular(head_noun(speaker.mention.text).lower()) in lexicons.words("speaker_nouns")
    )


def _unnamed_person(speaker: Speaker) -> bool:
    """One person introduced with no name: an unnamed source ("a senior official") or "One senior industry
    figure", "an aide" (not "the book and the movie")."""
    words = speaker.mention.text.split()
    return speaker.kind is SpeakerKind.PERSON and speaker.count in (None, 1) and (
        speaker.anonymous or len(words) > 1 and words[0].lower() in {"a", "an", "one", "another"}
    )  # (not an interview's "A", its answer's label)


#: Words that open a group's description, written in lower case inside a name made of it.
_GROUP_OPENERS = frozenset(
    "the two three four five six seven eight nine ten dozens hundreds some several many most other".split()
)
#: Some of a group named before: "One of them", "two of those".
RE_MEMBER_OF_THEM = lazy_compile(
    r"(?i)(?P<part>one|two|three|four|five|some|several|each|another)(?:\s++of\s++(?:them|those))?"
)


#: A sentence opening with a counted group: "(But) two U.S. officials", "Several aides".
RE_COUNTED_OPENING = lazy_compile(
    r"(?:(?:But|And|Yet)\s++)?(?P<np>(?i:two|three|four|five|six|seven|eight|nine|ten|several|both|\d{1,3})\s++"
    r"(?:[\p{L}.’'\-]++\s++){0,3}?(?P<noun>\p{Ll}+s))\b"
)


def _group_subject_before(text: str, sentences: tuple[Sentence, ...], report: Report) -> tuple[int, Speaker] | None:
    """The group that is the subject of the sentence right before a report's, in its paragraph ("Two U.S.
    officials familiar with the intelligence disputed that account."), with that paragraph; None if it is none."""
    if report.sentence < 1 or sentences[report.sentence - 1].paragraph != report.paragraph:
        return None
    previous = sentences[report.sentence - 1].span
    m = RE_COUNTED_OPENING.match(text, previous.start, previous.end)
    if m is None or singular(m.group("noun").lower()) not in lexicons.words("speaker_nouns"):
        return None
    group = analyse_mention(text, *m.span("np"))
    if group is None or group.kind is not SpeakerKind.GROUP or (group.count or 2) < 2:
        return None
    return report.paragraph, group


def _member_of_group(
    speaker: Speaker, part: str, paragraph: int, earlier: list[tuple[int, Speaker]], reach: int
) -> Speaker:
    """"One of them" after a group's report in the same or the previous paragraph (``reach`` 1; 0 for a bare
    "one"): named as one of that group ("one of three U.S. officials"), and unnamed like it; the group is no
    antecedent, as the mention is not all of it."""
    for para, candidate in reversed(earlier):
        if paragraph - para > reach:
            break
        if candidate.kind is SpeakerKind.GROUP:
            group = candidate.name
            if group.split()[0].lower() in _GROUP_OPENERS:
                group = group[0].lower() + group[1:]  # "Three officials" opening a sentence
            name = f"{part.lower()} of {group}"
            return attrs.evolve(speaker, name=name, anonymous=candidate.anonymous, affiliation=candidate.affiliation)
    return speaker


def _resolve_cataphora(
    text: str,
    sentences: tuple[Sentence, ...],
    reports: tuple[Report, ...],
    mentions: tuple[Speaker | None, ...],
    out: list[Speaker | None],
) -> None:
    """A "he"/"she" in a sentence's leading concessive clause is the named speaker of its main clause
    ("Though he said the slate grew, John said none were added"): ``out`` is updated in place."""
    for i, (report, mention) in enumerate(zip(reports, mentions, strict=True)):
        if mention is None or mention.mention.text.lower() not in {"he", "she"} or not sentences or report.sentence < 0:
            continue
        sentence = sentences[report.sentence].span
        opener = RE_LEADING_SUBORDINATE.match(text, sentence.start, mention.mention.start)
        if opener is None or "," in text[sentence.start : mention.mention.start]:
            continue
        for j in range(i + 1, len(reports)):
            later, named = reports[j], out[j]
            if later.sentence != report.sentence:
                break
            own = mentions[j]
            if own is not None and own.mention.text.lower() not in _PRONOUN_SUBJECTS and named is not None and (
                named.kind is SpeakerKind.PERSON and " " in named.name
            ):
                out[i] = _link(mention, named)
                break


def _resolve_surnames_named_later(out: list[Speaker | None]) -> None:
    """A bare surname still unresolved ("Scott (D-Va.) was launching a bid") is the one person a later speaker names
    in full with it ("Bobby Scott said ..."); not where two such people speak: ``out`` is updated in place."""
    full: dict[str, dict[str, Speaker]] = {}
    roles = lexicons.words("roles_before_names") | lexicons.words("speaker_nouns")
    for named in out:
        if named is None or named.kind is not SpeakerKind.PERSON:
            continue
        words = named.name.split()
        if len(words) > 1 and all(w[:1].isupper() for w in words) and words[0].lower() not in roles:
            full.setdefault(words[-1], {}).setdefault(named.name, named)  # (not a headline's "Hacker Guccifer")
    for i, spk in enumerate(out):
        if (
            spk is None
            or spk.antecedent is not None
            or spk.kind is not SpeakerKind.PERSON
            or " " in spk.name
            or not spk.name[:1].isupper()
        ):
            continue
        people = full.get(spk.name, {})
        if len(people) == 1:
            person = next(iter(people.values()))
            sex = HONORIFIC_SEX.get(spk.title or "")
            if sex is None or _sex(person) in (None, sex):
                out[i] = _link(spk, person)


def _resolve_headline(reports: tuple[Report, ...], out: list[Speaker | None]) -> None:
    """A surname speaking in the headline ("Graham: ...") is the person the body names in full ("Sen. Lindsey
    Graham"), and a document ("report finds") the first such document the body cites: ``out`` is updated in
    place."""
    body = [s for r, s in zip(reports, out, strict=True) if r.paragraph >= 0 and s is not None]
    for i, report in enumerate(reports):
        speaker = out[i]
        if report.paragraph >= 0 or speaker is None or (" " in speaker.name and not _particle_surname(speaker.name)):
            continue
        if speaker.kind is SpeakerKind.DOCUMENT and speaker.name.islower():
            # "..., report finds": the first document of that noun the body cites ("a new report from the Reserve
            # Bank")
            document = next((s for s in body if s.kind is SpeakerKind.DOCUMENT and head_noun(s.name) == speaker.name),
                            None)
            if document is not None:
                out[i] = _link(speaker, document)
            continue
        if not speaker.name[:1].isupper():
            continue
        same = _same_surname(speaker.name, HONORIFIC_SEX.get(speaker.title or ""), body[::-1])
        if same is not None:
            out[i] = _link(speaker, same)


#: A concessive clause opening a sentence, whose "he"/"she" is the main clause's speaker ("Though he said ...,
#: John said ..."; not a time clause: "When she asked, Bob said" is two people).
RE_LEADING_SUBORDINATE = lazy_compile(r"(?:Though|Although|While|Even\s++though|Even\s++as)\s")


def _actor_before(text: str, sentences: tuple[Sentence, ...], report: Report, reporting: set[int]) -> Speaker | None:
    """The person a short sentence just before an uncued quote, in its paragraph, is about, where that sentence
    reports nothing: "Betsy Ebeling shook her head. “Tom’s much better about it than I am.”" (the quote is hers,
    not the last speaker's)."""
    if report.cue is not None or report.sentence == 0 or report.sentence - 1 in reporting:
        return None
    previous = sentences[report.sentence - 1]
    if previous.paragraph != report.paragraph or word_count(text, previous.span.start, previous.span.end) > 12:
        return None
    return _previous_subject(text, sentences, report)


def _previous_subject(text: str, sentences: tuple[Sentence, ...], report: Report) -> Speaker | None:
    """A quote with no cue and no speaker to continue: the person the sentence before it is about
    ("Trump took the stage. “...”")."""
    if report.cue is not None or report.sentence == 0:
        return None
    previous = sentences[report.sentence - 1].span
    found = sentence_subject(text, previous.start, previous.end)
    np = text[found[0] : found[1]] if found else ""
    if found is None or not looks_like_speaker(np):
        return None
    role = RE_DEFINITE_ROLE.fullmatch(np) is not None  # "the former president described the night. “...”"
    if not role and not named_in(text, np, found[0]):
        return None  # not "Emerging from two hours alone with Obama, ..."
    speaker = analyse_mention(text, *found)
    if speaker is None or speaker.kind is not SpeakerKind.PERSON or (role and speaker.count not in (None, 1)):
        return None
    return speaker


#: A person named by a definite role: "the former president", "The coach".
RE_DEFINITE_ROLE = lazy_compile(r"(?i:the)\s++(?:\p{Ll}[\p{Ll}\-]*+\s++){0,2}\p{Ll}[\p{Ll}\-]*+")


def _named_subject_before(
    text: str, sentences: tuple[Sentence, ...], report: Report, *, epithet: bool = False
) -> Speaker | None:
    """The person a "he"/"she" most likely is: the named subject of the sentence right before the report's, in
    its paragraph ("Tatum was blunt. “...,” he said."); the caller asks only where that sentence reports
    nothing itself. For an epithet, the report's sentence is the one its content starts in: a quotation of two
    sentences ("“It was a penalty. He pulled my shirt,” the Dutchman said") follows the sentence that names him.
    (For "he"/"she" that measured worse: a long quotation's opening sentence is often about someone else.)"""
    index = report.sentence
    while epithet and index > 0 and sentences and sentences[index].span.start > report.content.start:
        index -= 1
    if index == 0 or not sentences:
        return None
    found = _plain_subject(text, sentences, index - 1, sentences[index].paragraph)
    if found is None and not epithet and _lone_sentence(sentences, index - 1):
        found = _plain_subject(text, sentences, index - 1, sentences[index - 1].paragraph)
    np = text[found[0] : found[1]] if found else ""
    opening, _, rest = np.partition(" ")
    if (
        found is not None
        and opening.istitle()
        and (opening.lower() in THING_PRONOUNS or opening.lower() in FINITE_AUXILIARIES)
        and rest.lstrip()[:1].isupper()
    ):  # "What Mr. Obama has seen ...", "Was Szlachta satisfied?": the sentence is about him
        found = (found[1] - len(rest.lstrip()), found[1])
        np = text[found[0] : found[1]]
    if np.lower() in {"he", "she"} and not epithet and index >= 2:
        # "Joe Mazzulla credited the defense. Asked about the comeback, he shrugged. “...,” he said.": the same
        # person, named one sentence further back
        found = _plain_subject(text, sentences, index - 2, sentences[index].paragraph)
        np = text[found[0] : found[1]] if found else ""
    if found is None or not np[:1].isupper() or np in lexicons.words("places") or not looks_like_speaker(np):
        return None  # "Florida is one of the quintessential swing states"
    appositive = RE_NAMING_APPOSITIVE.match(text, found[1])
    if appositive is not None:
        found = (found[0], appositive.end("np"))  # "Her neighbour, a retired teacher named Bill Harris, (tells)"
    speaker = analyse_mention(text, *found)
    if speaker is not None and not epithet and _introduced_unnamed(speaker):
        return speaker  # "A Ford spokeswoman declined to comment. She said ...": the one just introduced
    if speaker is None or speaker.kind is not SpeakerKind.PERSON or not speaker.name[:1].isupper():
        return None
    if np.split()[0].lower() in _NOT_NAME_OPENERS and (speaker.title is None or " " not in speaker.name):
        return None  # "He", "Many Democrats", "The Vermont senator"; but "The press secretary, Karine Jean-Pierre,"
    if " " not in speaker.name and not (
        named_in(text, speaker.name, found[0]) and _written_in_full(text, speaker.name, found[0])
    ) and not (
        speaker.title
        and (speaker.name in lexicons.table("first_names") or speaker.title.split()[-1].lower() in _lower_titles())
    ):
        return None  # not "Idaho" ("... flew to Boise, Idaho, ..."), "Footage" ("Footage of X appears."), "Just"; but
        # "His daughter Ellen", "Lord Bethell": a first name after the role that names her, a surname after a title
    return speaker


#: A relative word right before a pronoun: "what (he called)", "which (she described as)".
#: A person's pronoun in a clause: "(statements) he (had made)".
RE_PERSON_PRONOUN = lazy_compile(r"(?<![\w’'\-])(?i:he|she|him|her)(?![\w’'\-])")
RE_RELATIVE_BEFORE = lazy_compile(
    r"(?<![\w’'\-])(?:what|which|(?<=,\s*+)(?P<subordinator>when|as|after|before|while|where))\s++$"
)  # ("what he called", "..., when he told ...")


def _own_subject(
    text: str, sentences: tuple[Sentence, ...], report: Report, speaker: Speaker, pronoun: str
) -> Speaker | None:
    """The person a "he"/"she" after "what" or "which", or a comma and "when", "as", ..., stands for: its
    sentence's named subject ("Speaker Paul D. Ryan ... was more direct in his remarks - what he called ''our
    arguments this year.''", "Sen. Bernie Sanders drew cheers on Monday, when he told supporters ...")."""
    if not sentences or report.cue is None:
        return None
    own = sentences[report.sentence]
    if speaker.mention.start <= own.span.start:
        return None
    if speaker.mention.start > report.content.start:
        return None  # not "“...,” he said"
    before = RE_RELATIVE_BEFORE.search(text, max(0, speaker.mention.start - 8), speaker.mention.start)
    if before is None:
        return None  # only "what he called": not "Although X ..., he says ..."
    found = sentence_subject(text, own.span.start, speaker.mention.start)
    if found is None or found[1] > speaker.mention.start or found[0] == speaker.mention.start:
        return None
    if before.group("subordinator") and RE_PERSON_PRONOUN.search(text, found[1], speaker.mention.start):
        return None  # "Hewitt asked Trump about statements he had made ..., when he claimed": the clause before
        # the subordinator has its own "he", whom this one goes on
    np = text[found[0] : found[1]]
    if not np[:1].isupper() or np.split()[0].lower() in _NOT_NAME_OPENERS or not looks_like_speaker(np):
        return None
    subject = analyse_mention(text, *found)
    if subject is None or subject.kind is not SpeakerKind.PERSON or " " not in subject.name:
        return None
    return None if _other_sex(pronoun, subject, text) else subject


def _lone_sentence(sentences: tuple[Sentence, ...], index: int) -> bool:
    """Whether sentence ``index`` is a paragraph of its own, right before the next sentence's paragraph."""
    paragraph = sentences[index].paragraph
    return (
        index + 1 < len(sentences)
        and sentences[index + 1].paragraph == paragraph + 1
        and (index == 0 or sentences[index - 1].paragraph != paragraph)
    )


def _plain_subject(
    text: str, sentences: tuple[Sentence, ...], index: int, paragraph: int
) -> tuple[int, int] | None:
    """The subject of sentence ``index`` where it stands in ``paragraph`` and quotes or reports nothing (a
    sentence of a quotation, or one that reports, names no one a later pronoun stands for)."""
    sentence = sentences[index]
    if sentence.paragraph != paragraph:
        return None
    marks = [m.start() for m in RE_ANY_QUOTE_MARK.finditer(text, sentence.span.start, sentence.span.end)]
    subject = sentence_subject(text, sentence.span.start, sentence.span.end)
    if marks and (subject is None or marks[0] < subject[1] or word_count(text, marks[0], marks[-1]) > _SCARE_WORDS):
        return None  # a quotation; but 'Roubini has been called “Dr. Doom.”' names its subject all the same
    return subject


#: The most words a scare quote ("Dr. Doom") in a sentence that names a pronoun's person may hold.
_SCARE_WORDS = 3


def _group_subject(
    text: str, sentences: tuple[Sentence, ...], report: Report, speaker: Speaker, previous_reports: bool
) -> Speaker | None:
    """The group a "they" that no earlier speaker explains stands for: the subject of its own sentence, before it
    ("Scientists have found evidence ..., a discovery they say could ..."), or of the sentence right before, in its
    paragraph, where that one reports nothing ("Researchers at Oxford published the data. They said ...")."""
    if not sentences:
        return None
    own = sentences[report.sentence].span
    found = sentence_subject(text, own.start, speaker.mention.start) if own.start < speaker.mention.start else None
    if found is not None and found[1] > speaker.mention.start:
        found = None
    if found is None and not previous_reports and report.sentence > 0:
        found = _plain_subject(text, sentences, report.sentence - 1, sentences[report.sentence].paragraph)
    if found is None or not looks_like_speaker(text[found[0] : found[1]]) or _pronoun_word(text[found[0] : found[1]]):
        return None  # (not another "They": "They live a five-minute drive apart. So they threaten ...")
    group = analyse_mention(text, *found)
    return group if group is not None and group.kind is SpeakerKind.GROUP else None


def _organization_subject(
    text: str, sentences: tuple[Sentence, ...], report: Report, speaker: Speaker, reported_before: bool
) -> Speaker | None:
    """The organisation an "it" most likely is: the named subject of its own sentence, where "it" comes later in
    it ("Apple on Monday unveiled an assistant that it said ..."), else of the sentence before in its paragraph,
    where that sentence reports nothing ("Boeing is cutting 10,000 jobs. It said ...")."""
    if not sentences:
        return None
    own = sentences[report.sentence]
    found = sentence_subject(text, own.span.start, speaker.mention.start)
    if found is None and not reported_before and report.sentence > 0:
        found = _plain_subject(text, sentences, report.sentence - 1, own.paragraph)
    np = text[found[0] : found[1]] if found is not None else ""
    if found is None or not np[:1].isupper() or not looks_like_speaker(np):
        return None
    subject = analyse_mention(text, *found)
    if subject is None or subject.kind is not SpeakerKind.ORGANIZATION or not subject.name[:1].isupper():
        return None  # not "The move", "The Russians"
    if " " not in subject.name and not named_in(text, subject.name, found[0]):
        return None  # a capitalised common word opening the sentence, not a firm's name
    return subject


def _written_in_full(text: str, surname: str, at: int) -> bool:
    """Whether the text before ``at`` writes ``surname`` after a capitalised first name ("Jayson Tatum")."""
    return next(_full_names(text, surname, at), None) is not None


def _full_name_before(text: str, speaker: Speaker) -> Speaker | None:
    """The person a bare surname names, written in full shortly before it though not as a speaker; of the sex its
    honorific tells, where its first name tells one ("Mr. Khan" is not "Leila Khan", his daughter)."""
    sex = HONORIFIC_SEX.get(speaker.title or "")
    last = None
    for found in _full_names(text, speaker.name, speaker.mention.start, first_name=True):
        if sex is None or lexicons.table("first_names").get(text[found[0] : found[1]].split()[0]) in (None, sex):
            last = found  # the last one written
    if last is None:
        return None
    named = analyse_mention(text, *last)
    if named is None or named.kind is not SpeakerKind.PERSON or not named.name.endswith(" " + speaker.name):
        return None
    return named


#: Words before a role that say whether its holder holds it now or fully; a person an epithet stands for must be
#: described with them: "the former president" is not Jeb Bush (but "the prime minister" may be Keir Starmer).
_RANK_MODIFIERS = frozenset(
    ["former", "acting", "deputy", "assistant", "interim", "vice", "outgoing", "incoming", "shadow"]
)
#: Words before a role that a person's role must share: "the former president" is no sitting president.
_ROLE_MODIFIERS = _RANK_MODIFIERS | frozenset(
    ["prime",
     # portfolios: "the foreign minister" is not "Robert Jenrick, the former immigration minister"
     "foreign", "home", "defence", "defense", "finance", "health", "interior", "education", "environment", "trade",
     "transport", "immigration", "energy", "treasury", "agriculture", "commerce", "housing"]
)


@functools.lru_cache(maxsize=1024)
def _titled_name_pattern(role: tuple[str, ...]) -> regex.Pattern[str]:
    """A role written as a title before a name ("former President Donald Trump"), compiled once per role."""
    phrase = r"\s++".join(regex.escape(word) for word in role)
    return regex.compile(  # not "Vice President Joseph R. Biden" for "the president"
        rf"(?<!(?i:{'|'.join(sorted(_ROLE_MODIFIERS))})[\s\-]++)(?i:(?<![\w\-]){phrase})"
        rf"\s++\p{{Lu}}[\w.’'\-]*+(?:\s++(?:{_NAME_PARTICLE}\s++)?\p{{Lu}}[\w.’'\-]*+){{0,2}}"
    )  # (a particle inside the name: "Mayor Bill de Blasio")


def _titled_name_before(text: str, speaker: Speaker, role: list[str]) -> Speaker | None:
    """The person a role noun names ("the former president"), written shortly before with that role as a title
    though not as a speaker ("Allies of former President Donald Trump are ..."); only for roles that are titles."""
    if not role or role[-1].lower() not in _lower_titles():
        return None
    pattern = _titled_name_pattern(tuple(word.lower() for word in role))
    found = list(pattern.finditer(text, max(0, speaker.mention.start - _NEAR), speaker.mention.start))
    if not found:
        return None
    named = analyse_mention(text, *found[-1].span())  # the last one written
    if named is None or named.kind is not SpeakerKind.PERSON or named.title is None or len(named.name.split()) < 2:
        return None
    return named


#: Opening quotation marks: a name right after one opens a quotation ('“Scam Altman,” Musk posted').
_OPENING_MARKS = frozenset("\"“‘'«")


def _full_names(text: str, surname: str, at: int, *, first_name: bool = False) -> Iterator[tuple[int, int]]:
    """Where the text before ``at`` (within :data:`_NEAR`) writes ``surname`` after a capitalised first name (and a
    middle name or an initial): "Jayson Tatum", "Hillary Rodham Clinton"; not after a function word ("In Just").
    With ``first_name``, only words that can be first names (:func:`_first_name`) count."""
    lo = max(0, at - _NEAR)
    i = text.find(surname, lo, at)
    while i != -1:
        end = i + len(surname)
        if end >= len(text) or not (text[end].isalnum() or text[end] in "-_"):
            before = RE_FIRST_NAME_BEFORE.search(text, max(lo, i - 60), i)
            if before is not None:
                for group in ("first", "middle"):  # "Democrats Hillary Clinton": "Hillary" is the first name
                    word = before.group(group)
                    if word and word not in _FUNCTION_WORDS and (not first_name or _first_name(text, word, at)):
                        if text[before.start(group) - 1 : before.start(group)] not in _OPENING_MARKS:
                            yield before.start(group), end  # not '“Scam Altman,” Musk posted': a quoted epithet
                        break
        i = text.find(surname, end, at)


#: A first name (and a middle name or an initial) right before a surname; a first name may be written in two
#: capitalised parts ("LeBron", "DeShawn").
RE_FIRST_NAME_BEFORE = lazy_compile(
    r"(?<![@#\w])(?P<first>\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)(?: (?:\p{Lu}\.|(?P<middle>\p{Lu}\p{Ll}+)))?[ \xa0]$"
)


def _first_name(text: str, word: str, at: int) -> bool:
    """Whether ``word`` before a surname can be a first name: not a participle, an adverb or a plural ("Injecting
    Clinton", "Interestingly Blocher", "Republicans Jolly"), nor a title or a noun ("Republican Donald Trump"),
    nor a word the text also writes in lower case ("Does Rubio", "Despite Rubio")."""
    if RE_NOT_FIRST_NAME.fullmatch(word) or word.lower() in _lower_nouns():
        return False
    return not _written_in_lower_case(text, word.lower(), max(0, at - _NEAR), at)


def _written_in_lower_case(text: str, word: str, lo: int, hi: int) -> bool:
    """Whether ``word`` (in lower case) stands as a whole word in ``text[lo:hi]`` (a plain search: no pattern to
    build per word)."""
    i = text.find(word, lo, hi)
    while i != -1:
        end = i + len(word)
        if (i == 0 or not _word_char(text[i - 1])) and (end >= len(text) or not _word_char(text[end])):
            return True
        i = text.find(word, i + 1, hi)
    return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "-_"


@functools.cache
def _lower_nouns() -> frozenset[str]:
    """Titles and speaker nouns, in lower case."""
    return frozenset(w.lower() for w in lexicons.words("titles") | lexicons.words("speaker_nouns"))


def _resolve(text: str, speaker: Speaker, earlier: list[Speaker]) -> Speaker:
    mention = speaker.mention.text
    pronouns = lexicons.table("pronouns")
    candidates = list(reversed(earlier))
    word = _pronoun(speaker)
    if word is not None:
        for cand in candidates:
            if (cand.name in pronouns or cand.name.lower() in ONE_OF_A_GROUP) and cand.antecedent is None:
                continue  # not "he", nor "one" of a group, unresolved
            if cand.mention.text.endswith(("'s", "’s")):
                continue  # not a possessor ("Trump's claim that ..."), named in passing
            if word in _PERSON_PRONOUNS and cand.kind is SpeakerKind.PERSON and (cand.count in (None, 1)):
                if _other_sex(word, cand, text):
                    continue  # "Maria Lopez said ... He said ...": not her
                return _link(speaker, cand)
            if word == "they" and (cand.kind in (SpeakerKind.GROUP, SpeakerKind.ORGANIZATION) or (cand.count or 0) > 1):
                return _link(speaker, cand)
            if word == "it" and cand.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.DOCUMENT):
                return _link(speaker, cand)
            if word in {"we", "i"}:
                break
        return speaker
    if speaker.name.lower() in PAIR_REFERENCES:
        pair = next((c for c in candidates if c.count == 2), None)  # "Rubio and Cruz said ... Both said ..."
        return _link(speaker, pair) if pair is not None else speaker
    words = mention.split()
    honorific = HONORIFIC_SEX.get(speaker.title or "")
    particle = _particle_surname(speaker.name)
    surname = len(speaker.name.split()) == 1 or particle  # "Nadler", "De Blasio", "van Dijk"
    if speaker.name and surname and (speaker.name[:1].isupper() or particle):
        # a surname, bare or titled: "Nadler", "Mrs. Clinton", "Dr Chalmers", "Sen. Smith"
        same = _same_surname(speaker.name, honorific, candidates) or _named_inside(speaker.name, candidates)
        if same is not None:
            return _link(speaker, same)
        firm = _firm_by_first_word(speaker, candidates) or _spelled_out(speaker, candidates)
        if firm is not None:
            return _link(speaker, firm)  # "Toyota said" after "Toyota Motor Corp said", "GM" after "General Motors"
        person = speaker.kind is SpeakerKind.PERSON or speaker.name in lexicons.words("countries")  # "Jordan"
        full = _full_name_before(text, speaker) if person else None
        if full is not None:
            return _link(speaker, full)  # "Davis" after "Anthony Davis added 24 points", who did not speak
        knighted = speaker.title in _FIRST_NAME_HONORIFICS
        first = _same_first_name(speaker, candidates, knighted) if speaker.title is None or knighted else None
        if first is not None:
            return _link(speaker, first)  # "Linda said" after "Linda Hensley said", "Sir Keir" after "Keir Starmer"
    if len(words) <= 3 and words[0].lower() == "the" and (speaker.description or len(words) == 2):
        # "the spokeswoman", "The Republican" (a capitalised article leaves a one-word role undescribed)
        head = singular(words[-1].lower())
        for cand in candidates:
            if speaker.kind is SpeakerKind.ORGANIZATION and cand.kind in (SpeakerKind.PERSON, SpeakerKind.GROUP):
                continue  # "the campaign" is not "Nick Merrill, a campaign spokesman", "the FBI" not "FBI officials"
            if {speaker.kind, cand.kind} == {SpeakerKind.GROUP, SpeakerKind.PERSON}:
                continue  # "The authors" are not "Dr. Paluch, the study's lead author": the number differs
            if (speaker.kind is SpeakerKind.DOCUMENT) != (cand.kind is SpeakerKind.DOCUMENT):
                continue  # "the report" is not "the authors of the report"
            if words[-1].lower() != head and cand.kind is not SpeakerKind.GROUP and (cand.count or 1) == 1 and (
                " and " not in cand.name
            ):
                continue  # "The companies" are not "Eisai, the Japanese company ...": the number differs
            described = _described(cand.title, cand.description, cand.name, cand.affiliation)
            if any(word.lower() not in described for word in words[1:-1] if word.lower() in _ROLE_MODIFIERS):
                continue  # "the former president" is not "Max Stier, president of the Partnership ..."
            if cand.mention != speaker.mention and _has_word(described, head) and cand.name != speaker.name:
                return _link(speaker, cand)
            if (
                head in _FIRM_NOUNS
                and cand.kind is SpeakerKind.ORGANIZATION
                and cand.antecedent is not None
                and cand.mention.text.split()[-1].lower() in _FIRM_NOUNS
            ):
                return _link(speaker, cand)  # "Ford ..., the carmaker said. ..., the company said": one firm
        titled = _titled_name_before(text, speaker, words[1:])
        if titled is not None:
            return _link(speaker, titled)  # "the former president" after "former President Donald Trump"
        one = len(words) == 2 and words[-1].lower() == head  # "the company", not "The companies"
        if one and head in _FIRM_NOUNS:
            for cand in candidates:  # "Apple said ... the company said": the last firm named by its brand
                if cand.kind is SpeakerKind.ORGANIZATION and _brand(cand.name) and not (
                    cand.mention.text.lower().startswith("the ")  # "The Guardian reported": an outlet, no brand
                ):
                    return _link(speaker, cand)
        if one and head in _AGENCY_NOUNS:
            for cand in candidates:  # "the National Highway Traffic Safety Administration said ... the agency said"
                if cand.kind is SpeakerKind.ORGANIZATION and cand.name.split()[-1] in _AGENCY_ENDINGS and (
                    " and " not in cand.name  # not "Clinton and the State Department"
                ):
                    return _link(speaker, cand)
    if words[0].lower() == "the" and speaker.name.islower() and " " not in speaker.name:
        noun = singular(speaker.name)
        if noun in lexicons.words("anonymous_heads"):
            plural = noun != speaker.name or speaker.kind is SpeakerKind.GROUP
            last = candidates[0] if candidates else None  # "three people familiar with the matter told Reuters.
            # ... The sources, who spoke ...": the unnamed source just before, of the same number
            if last is not None and last.anonymous and (last.kind is SpeakerKind.GROUP) == plural:
                return _link(speaker, last)
    return speaker


def _has_word(phrase: str, word: str) -> bool:
    """Whether ``phrase`` holds ``word`` at the start of a word ("groups", "experts") or, if it is not a short
    word, at the end of a compound ("lawsuit" for "the suit"); not "the man" in "the chairman of the party"."""
    words = (w.strip(".,;:()'’\"") for w in phrase.split())
    return any(w.startswith(word) or (len(word) > 3 and w.endswith(word)) for w in words)


@functools.lru_cache(maxsize=4096)
def _described(title: str | None, description: str | None, name: str, affiliation: str | None = None) -> str:
    """A candidate's title (abbreviations spelled out as roles: "Sen." -> "senator"), description, name and party
    ("D-Conn." -> "democrat") in lower case, without possessors: "The nominee" is not "The nominee's spokesman, Tim
    Reynolds"."""
    roles = lexicons.table("title_roles")
    spelled = " ".join(roles.get(word, "") for word in (title or "").split())  # "Sen." -> "senator lawmaker"
    party = _PARTY_LETTERS.get((affiliation or "")[:1]) if RE_PARTY_TAG.match(affiliation or "") else None
    return RE_POSSESSOR_WORD.sub("", " ".join(filter(None, [title, spelled, description, name, party]))).lower()


#: A party label's initial ("D-Conn.", "R", "I-Vt.") and the nouns for its members.
RE_PARTY_TAG = lazy_compile(r"[DRI](?:-|$)")
_PARTY_LETTERS = {"D": "democrat democratic", "R": "republican gop", "I": "independent"}


#: A possessor in a role ("nominee's" in "nominee's spokesman"): the role is not that word's.
RE_POSSESSOR_WORD = lazy_compile(r"(?<![\w\-])[\w\-]++['’]s?(?=\s|$)")


def _other_sex(pronoun: str, person: Speaker, text: str) -> bool:
    """Whether "he" or "she" cannot stand for ``person``: an honorific or a common first name says the other sex
    ("Ms. Lopez", "Maria Lopez" for "he"), or, given the article's ``text``, the honorific it writes the surname
    with elsewhere ("President Obama" where the text also writes "Mr. Obama")."""
    wanted = _PRONOUN_SEX.get(pronoun)
    sex = _sex(person) if wanted is not None else None
    if sex is None and wanted is not None and person.name[:1].isupper():
        sex = _honorific_sexes(text).get(person.name.split()[-1])
    return sex is not None and sex != wanted


@functools.lru_cache(maxsize=4)
def _honorific_sexes(text: str) -> dict[str, str]:
    """The sex each surname's honorific tells where the text writes one ("Mr. Obama", "Mrs. Clinton"); a surname
    written with both (a couple: "Mr. and Mrs. Clinton", "Mrs. Clinton" and "Mr. Clinton") tells none."""
    found: dict[str, str | None] = {}
    for m in RE_HONORIFIC_SURNAME.finditer(text):
        sex = None if m.group("couple") else HONORIFIC_SEX.get(m.group("title"))
        surname = m.group("surname")
        found[surname] = sex if found.get(surname, sex) == sex else None
    return {surname: sex for surname, sex in found.items() if sex is not None}


#: An honorific and the surname after it: "Mr. Obama", "Mrs. Clinton", "Ms Lopez", "Mr. and Mrs. Clinton" (a couple).
RE_HONORIFIC_SURNAME = lazy_compile(
    r"\b(?P<couple>Mr\.?\s++and\s++)?(?P<title>Mr|Mrs|Ms|Miss)\.?\s++(?P<surname>\p{Lu}[\p{L}’'\-]++)"
)


def _same_sex(pronoun: str, person: Speaker) -> bool:
    """Whether an honorific or a common first name says ``person`` is of the pronoun's sex."""
    return _sex(person) == _PRONOUN_SEX.get(pronoun, "")


def _sex(person: Speaker) -> str | None:
    """The sex an honorific ("Ms."), a common first name ("Maria Lopez") or a role noun ("a spokeswoman for the
    mayor", "her husband") tells, or None."""
    sex = HONORIFIC_SEX.get(person.title or "")
    words = person.name.split()
    if sex is None and len(words) >= 2:
        sex = lexicons.table("first_names").get(words[0])
    if sex is None and person.name[:1].islower():
        sex = lexicons.table("role_sexes").get(head_noun(person.name).lower())  # an unnamed person, by a role noun
    title = person.title or ""
    if sex is None and (title[:1].islower() or title.startswith(_POSSESSIVES)):
        sex = lexicons.table("role_sexes").get(title.split()[-1].lower())  # "His daughter, Leila Khan": the role
        # she is named by (where the name does not tell: not "Its chief executive, John Stumpf")
    return sex


#: Possessive determiners that open a role given as a title: "His daughter, Leila Khan".
_POSSESSIVES = ("His ", "Her ", "Their ", "Its ", "My ", "Our ")


#: The sex each personal pronoun refers to.
_PRONOUN_SEX = {"he": "m", "she": "f"}
#: The pronouns (and epithets: "person") that stand for one person named before.
_PERSON_PRONOUNS = frozenset(["he", "she", "person"])
#: An epithet for a person named before: "the 32-year-old", "the Dutchman", "the Brazilian".
RE_EPITHET = lazy_compile(r"(?i:the)\s++(?:(?P<age>\d{1,3}-year-old)|(?P<demonym>\p{Lu}\p{Ll}++))")


def _pronoun(speaker: Speaker) -> str | None:
    """The pronoun a mention stands as, in lower case: itself for a pronoun; for an epithet that refers back to a
    person ("the Dutchman" he, "the Frenchwoman" she, "the 32-year-old" and "the Brazilian" "person": either sex)."""
    mention = speaker.mention.text
    word = _pronoun_word(mention)  # "he", "according to her"
    if word is not None:
        return word
    m = RE_EPITHET.fullmatch(mention)
    if m is None or m.group("demonym") and m.group("demonym") not in lexicons.words("demonyms"):
        return None
    word = m.group("demonym") or ""
    return "she" if word.endswith("woman") else "he" if word.endswith("man") else "person"


#: Object and possessive pronouns a speaker phrase may be ("according to her", "His message: “...”"), as the
#: subject pronouns they stand for.
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they", "its": "it"}


def _pronoun_word(mention: str) -> str | None:
    """A mention that is a pronoun, as its subject form; None for an epithet or a name."""
    if mention in lexicons.table("pronouns"):
        return mention.lower()
    return _OBJECT_PRONOUNS.get(mention.lower())




def _firm_by_first_word(speaker: Speaker, candidates: list[Speaker]) -> Speaker | None:
    """The organisation named in full earlier whose name a one-word organisation name opens ("Toyota" for "Toyota
    Motor Corp", "Pfizer" for "Pfizer Inc."), not a word every such name may open ("National", "American")."""
    if speaker.kind is not SpeakerKind.ORGANIZATION or speaker.name in lexicons.words("organization_words"):
        return None
    for cand in candidates:
        words = cand.name.split()
        if cand.kind is SpeakerKind.ORGANIZATION and len(words) > 1 and words[0] == speaker.name:
            return cand
    return None


#: Words an initialism leaves out: "FBI" for "Federal Bureau of Investigation", "GM" for "General Motors Co".
_NOT_INITIALLED = frozenset(["of", "the", "and", "for", "on", "in", "&"])


def _spelled_out(speaker: Speaker, candidates: list[Speaker]) -> Speaker | None:
    """The organisation named in full earlier whose initials an initialism is ("GM" for "General Motors Co",
    "UAW" for "the United Auto Workers union"), leaving out function words and a firm's legal ending."""
    name = speaker.name
    if not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()):
        return None
    for cand in candidates:
        if cand.kind is not SpeakerKind.ORGANIZATION:
            continue
        words = [w for w in cand.name.split() if w.lower() not in _NOT_INITIALLED]
        while len(words) > len(name) and (words[-1] in lexicons.words("firm_endings") or words[-1] == "union"):
            words.pop()
        if len(words) == len(name) and all(w[:1] == c for w, c in zip(words, name, strict=True)):
            return cand
    return None


#: A name's particle ("de", "van") and the article after one ("der" in "Von der Leyen"), compiled once.
RE_NAME_PARTICLE = lazy_compile(_NAME_PARTICLE)
RE_PARTICLE_ARTICLE = lazy_compile(_PARTICLE_ARTICLE)


def _possessor(word: str, phrase: str) -> bool:
    """Whether ``phrase`` writes ``word`` as a whole word with a possessive mark after it ("the nominee's")."""
    for mark in ("'", "’"):
        at = phrase.find(word + mark)
        while at != -1:
            if at == 0 or not (phrase[at - 1].isalnum() or phrase[at - 1] == "_"):
                return True
            at = phrase.find(word + mark, at + 1)
    return False


def _particle_surname(name: str) -> bool:
    """Whether a name of two or three words is a surname that opens with a particle ("De Blasio", "van Dijk",
    "Von der Leyen")."""
    words = name.split()
    if len(words) == 3 and RE_PARTICLE_ARTICLE.fullmatch(words[1].lower()) is None:
        return False
    return len(words) in (2, 3) and RE_NAME_PARTICLE.fullmatch(words[0].lower()) is not None


def _same_surname(surname: str, sex: str | None, candidates: list[Speaker]) -> Speaker | None:
    """The person named in full earlier whom a bare surname ("Sanders", "Mrs. Clinton") stands for: of those with
    that surname, the one mentioned most, and first where that ties (a second person with the same surname is
    written in full), never one an honorific of the other sex has named."""
    people: dict[str, list[Speaker]] = {}
    for cand in reversed(candidates):  # oldest first
        if cand.kind is SpeakerKind.PERSON and len(cand.name.split()) > 1 and _written_as_name(cand.name) and (
            cand.name.split()[-1] == surname  # (a name, not "one of the former prosecutors for David Petraeus")
            or (" " in surname or "-" in surname) and cand.name.casefold().endswith(" " + surname.casefold())
        ):  # "De Blasio" for "Bill de Blasio", "El-Sisi" for "Abdel Fattah el-Sisi"
            people.setdefault(cand.name, []).append(cand)
    if sex is not None:
        people = {
            name: chain for name, chain in people.items()
            if all(HONORIFIC_SEX.get(c.title or "", sex) == sex for c in chain)
        }
        # nor a first name: "Mrs. Clinton" is not "Bill Clinton"
        people = {name: chain for name, chain in people.items() if _sex(chain[0]) in (None, sex)}
    if not people:
        return None
    best = max(people.values(), key=len)  # max keeps the first of equals: the one named first
    return best[-1]  # its latest mention, which links to the chain's fullest one


def _named_inside(name: str, candidates: list[Speaker]) -> Speaker | None:
    """The one person named in full earlier whose family name a bare name is where that name is not written last:
    written first ("Wang" for "Wang Yi", "Kim" for "Kim Jong Un"; lexicons/family_name_first.txt), or inside a name
    of three words or more ("Lula" for "Luiz Inácio Lula da Silva")."""
    found = {
        cand.name: cand
        for cand in candidates
        if cand.kind is SpeakerKind.PERSON
        and len(words := cand.name.split()) >= 2
        and (
            words[0] == name and name in lexicons.words("family_name_first")
            or len(words) >= 3
            and name in words[1:-1]
            and _written_as_name(cand.name)  # a name, not "One former Podesta employee"
        )
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _written_as_name(name: str) -> bool:
    """Whether every word of ``name`` is capitalised or opens with a name's particle ("Luiz Inácio Lula da Silva",
    "Abdel Fattah el-Sisi"): a person's name, not a phrase that ends with one ("One of the former prosecutors for
    David Petraeus")."""
    return all(w[:1].isupper() or RE_NAME_PARTICLE.fullmatch(w) or RE_ARTICLE_PREFIX.match(w) for w in name.split())


#: An Arabic article joined to a capitalised name: "el-Sisi", "al-Assad", "ash-Sharaa".
RE_ARTICLE_PREFIX = lazy_compile(r"\p{Ll}{1,3}-\p{Lu}")


#: Honorifics written before a first name alone: "Sir Keir", "Dame Judi".
_FIRST_NAME_HONORIFICS = frozenset(["Sir", "Dame"])


def _same_first_name(speaker: Speaker, candidates: list[Speaker], first: bool = False) -> Speaker | None:
    """The one person named in full before whose first name a bare name is ("Linda" after "Linda Hensley"), where
    the first names list knows it as a first name or an honorific (``first``) says it is one ("Sir Keir"); None
    where two such people spoke."""
    if not first and speaker.name not in lexicons.table("first_names"):
        return None
    people = {c.name: c for c in candidates if c.kind is SpeakerKind.PERSON and c.name.split()[0] == speaker.name
              and len(c.name.split()) > 1}
    return next(iter(people.values())) if len(people) == 1 else None


#: Role nouns for a business that its brand name stands for ("Apple ... the company", "Twitter ... the site").
_FIRM_NOUNS = frozenset(
    ["company", "firm", "carrier", "airline", "automaker", "retailer", "network", "newspaper", "paper", "site",
     "website", "outlet", "publication", "magazine", "chain", "startup", "manufacturer", "insurer", "lender",
     "planemaker", "jetmaker", "carmaker", "chipmaker", "drugmaker", "toymaker", "shipbuilder", "brewer", "miner",
     "broadcaster", "publisher", "operator", "utility", "bank", "supplier", "developer", "platform", "conglomerate"]
)


def _firm_in_content(text: str, speaker: Speaker, report: Report) -> Speaker:
    """"the company" (or the agency) after the content it reports, where no earlier speaker is it: the organisation
    the content opens with ("Starbucks will close about 400 stores ..., the company announced")."""
    words = speaker.mention.text.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in _FIRM_NOUNS | _AGENCY_NOUNS:
        return speaker
    subject = sentence_subject(text, report.content.start, report.content.end)
    named = analyse_mention(text, *subject) if subject is not None else None
    if named is not None and words[1].lower() in _INDUSTRY_NOUNS and _one_word_firm(text, named):
        named = attrs.evolve(named, kind=SpeakerKind.ORGANIZATION)  # "Ford will cut 3,800 jobs, the carmaker said"
    if named is None or named.kind is not SpeakerKind.ORGANIZATION:
        return speaker
    return _link(speaker, named)


#: Firm nouns that name an industry ("the carmaker"): what they stand for is a firm, never a person.
_INDUSTRY_NOUNS = frozenset(
    ["airline", "automaker", "retailer", "planemaker", "jetmaker", "carmaker", "chipmaker", "drugmaker", "toymaker",
     "shipbuilder", "brewer", "miner", "insurer", "lender", "manufacturer", "conglomerate"]
)
#: A one-word name inside a sentence, after a lower-case word or a comma: "(head of) Ford('s)", "(rival) Ford".
_NAME_INSIDE = r"(?:\p{{Ll}}|,)\s++{}(?![\p{{L}}\-])"


def _one_word_firm(text: str, named: Speaker) -> bool:
    """Whether a one-word name read as a person's ("Ford") is the firm an industry noun stands for: a name the text
    around it writes inside a sentence as well, never after a first name ("Henry Ford", "Elon Musk"), as it would
    a person's surname."""
    name = named.name
    if named.kind is not SpeakerKind.PERSON or " " in name or named.title is not None or not name[:1].isupper():
        return False
    if name in lexicons.table("pronouns"):
        return False
    escaped = regex.escape(name)
    lo, hi = max(0, named.mention.start - _NEAR), named.mention.end + _NEAR  # (the article around it, in any input)
    return regex.search(_NAME_INSIDE.format(escaped), text, pos=lo, endpos=hi) is not None and (
        regex.search(rf"\p{{Lu}}\p{{Ll}}++\s++{escaped}(?![\p{{L}}\-])", text, pos=lo, endpos=hi) is None
    )  # (a capitalised word before it, as a first name before a surname: "Mohamed Assem")


#: Role nouns for a news outlet: the firm they stand for may be named with "the" ("The Washington Post").
_OUTLET_NOUNS = frozenset(
    ["network", "newspaper", "paper", "site", "website", "outlet", "publication", "magazine", "broadcaster",
     "publisher"]
)


def _firm_named_nearby(text: str, sentences: tuple[Sentence, ...], report: Report, speaker: Speaker) -> Speaker:
    """"the company" (or the newspaper, the airline, ...) that no speaker before it is: the one firm named in its
    sentence or the sentence before ("A Boeing spokesperson declined to comment. “...,” the company said"; "first
    reported by The Washington Post. The newspaper said"), where that names one firm and no other."""
    words = speaker.mention.text.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in _FIRM_NOUNS or not sentences:
        return speaker
    outlet = words[1].lower() in _OUTLET_NOUNS
    start = sentences[max(0, report.sentence - 1)].span.start
    firms: dict[str, Speaker] = {}
    for m in RE_CAPITALISED_RUN.finditer(text, start, speaker.mention.start):
        run = RE_POSSESSIVE_END.sub("", m.group().rstrip("."))  # "Coca-Cola’s funding": its name
        at = m.start()
        article, _, rest = run.partition(" ")
        if article in ("A", "An"):  # "A Boeing spokesperson": the name after the article
            run, at = rest, at + len(article) + 1
        named = analyse_mention(text, at, at + len(run)) if run else None
        if named is not None and named.kind is SpeakerKind.PERSON and named.title and " " in named.title:
            first = named.title.split()[0]  # "Boeing Chief Executive Dave Calhoun": the firm before the title
            named = analyse_mention(text, at, at + len(RE_POSSESSIVE_END.sub("", first)))
        if named is None or not named.name[:1].isupper():
            continue
        the = run.startswith("The ") or RE_THE_BEFORE.search(text, max(0, at - 5), at) is not None  # "The Dow"
        if _outlet_named(named.name, words[1].lower()) if outlet else (
            named.kind is SpeakerKind.ORGANIZATION and _brand(named.name) and not the
            and named.name not in lexicons.words("countries") and named.name not in lexicons.words("places")
        ):  # (not "at a news conference in Washington": a capital that stands for a government, no firm)
            firms.setdefault(named.name, named)
    names = list(firms)
    if not names or any(not (n.startswith(names[0]) or names[0].startswith(n)) for n in names[1:]):
        return speaker  # none, or two firms ("Apple agreed to buy Twitter. “...,” the company said"): no guess
    return _link(speaker, max(firms.values(), key=lambda s: len(s.name)))


def _outlet_named(name: str, noun: str) -> bool:
    """Whether ``name`` is the name of the kind of outlet ``noun`` says (lexicons/news_outlets.tsv): a newspaper's
    for "the newspaper" ("Washington Post"), a broadcaster's for "the network" ("CNN", not "New York Times"), any
    outlet's for "the website"; or it ends in the noun ("Family Circle magazine"). Not "NRA" or "Exxon"."""
    outlets = lexicons.table("news_outlets")
    last = name.split()[-1]
    if last.lower() == noun:
        return True
    titled = " " in name and outlets.get(last) == "title"  # "The Boston Globe"
    if noun in _NEWSPAPER_NOUNS:
        return titled
    if noun in _BROADCAST_NOUNS:
        return outlets.get(name) == "name" and not titled
    return titled or outlets.get(name) == "name"


_NEWSPAPER_NOUNS = frozenset(["newspaper", "paper"])
_BROADCAST_NOUNS = frozenset(["network", "broadcaster"])


#: Role nouns for a public body, and the last words of such a body's name.
_AGENCY_NOUNS = frozenset(["agency", "regulator", "watchdog", "department", "ministry", "bureau", "office"])
_AGENCY_ENDINGS = frozenset(
    "Administration Agency Department Ministry Commission Bureau Service Office Authority Board Institute Center "
    "Centers Council Directorate Inspectorate Regulator Organization Organisation Prevention".split()
)


def _brand(name: str) -> bool:
    """A firm's own name, not an institution's ("Apple", "Nvidia Corp.", "Acme Robotics", "EgyptAir"; not "the
    European Commission", "RNC")."""
    last = name.split()[-1]
    if not name[:1].isupper() or name.isupper():
        return False
    return last not in lexicons.words("organization_words") or last in lexicons.words("firm_endings")


def _link(speaker: Speaker, antecedent: Speaker) -> Speaker:
    """The speaker at ``speaker.mention``, named as its antecedent (the fullest mention of the chain)."""
    full = antecedent.antecedent or antecedent.mention
    return attrs.evolve(
        speaker,
        name=antecedent.name,
        kind=antecedent.kind,
        antecedent=full,
        title=speaker.title or antecedent.title,
        description=speaker.description or antecedent.description,
        affiliation=speaker.affiliation or antecedent.affiliation,
        anonymous=antecedent.anonymous,
        count=antecedent.count,
    )


#: "the" right before a capitalised name: "the| Middle East".
RE_THE_BEFORE = lazy_compile(r"(?<![\w’'\-])[Tt]he\s++$")


def _state_after(text: str, end: int) -> bool:
    """Whether a state's abbreviation follows a name after a comma: "Palo Alto|, Calif."."""
    m = RE_COMMA_WORD_AFTER.match(text, end, min(len(text), end + 16))
    return m is not None and m.group(1).rstrip(".") in lexicons.words("state_abbreviations")


#: A comma and the word after it, its full stop kept: ", Calif.".
RE_COMMA_WORD_AFTER = lazy_compile(r",\s++([\p{L}.]++)")


def _nearby_name(text: str, speaker: Speaker, start: int, pronoun: str, content_start: int) -> Speaker:
    """A "he"/"she" (or an epithet, see :func:`_pronoun`) with no earlier speaker: the last person's name written
    shortly before it, of the pronoun's sex where a first name or an honorific tells it; in the words it reports
    (from ``content_start``), not a name a preposition governs."""
    names = []
    for m in RE_PERSON_NAME.finditer(text, start, speaker.mention.start):
        noun = RE_NEXT_WORD.match(text, m.end(), speaker.mention.start)
        if noun is None or singular(noun.group(1)) not in lexicons.words("speaker_nouns"):
            names.append(m)  # not "Former Obama operatives", "the Clinton campaign": a name that modifies a noun
    for i, best in enumerate(reversed(names)):
        if best.group().endswith(("'s", "’s", "'", "’")):
            return speaker  # a possessor last ("Hillary Clinton’s email scandal") leaves "she" unresolved
        if (
            best.group().split()[0] in _FUNCTION_WORDS
            or best.group().split()[0].endswith("ly")
            or RE_OPENING_ADVERB.match(text, best.start())
        ):
            continue  # "In Tulsa", "On Sunday", "Shortly after", "Perhaps Mr": a phrase, no name
        if RE_THE_BEFORE.search(text, max(0, best.start() - 5), best.start()):
            continue  # "war in the Middle East": a place or a thing named after "the", no person
        if best.start() >= content_start and RE_PREPOSITION_BEFORE.search(text, max(0, best.start() - 9), best.start()):
            continue  # "any attempt to debunk a falsehood by Mr. Trump, he said": whom the words are about
        if best.group() in lexicons.words("places") or _state_after(text, best.end()):
            continue  # "HP's headquarters in Palo Alto, Calif.": a place, no person
        last_word = best.group().split()[-1]
        if last_word in lexicons.words("time_words") or last_word.lower() in lexicons.words("time_words"):
            return speaker  # "prior to Election Day", "in July": a time, no person (and no name before it is sure)
        named = analyse_mention(text, best.start(), best.end())
        if named is None or named.kind is not SpeakerKind.PERSON:
            return speaker
        if _other_sex(pronoun, named, text):
            continue  # "she" after "Bernie Sanders" (or "President Obama" in a text that writes "Mr. Obama")
        if i > 0 and not _same_sex(pronoun, named):
            return speaker  # past a name of the other sex, only a name known to be of this one
        return attrs.evolve(
            speaker, name=named.name, kind=SpeakerKind.PERSON, antecedent=Span.of(text, best.start(), best.end()),
            title=named.title,
        )
    return speaker
