"""Speakers stage: split the words naming a speaker into name, title, description, kind and count.

"US Defense Secretary Ash Carter" -> name "Ash Carter", title "US Defense Secretary";
"Rep. Jerry Nadler, a Democrat from New York" -> title "Rep.", description "a Democrat from New York";
"Six officials" -> a GROUP of 6, anonymous.
"""

from __future__ import annotations

import functools

import attrs
import regex

from . import lexicons
from .cues import (
    CAPITALISED_ADVERB,
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
    Cues,
    Report,
    head_noun,
    hyphens_as_dashes,
    lemmas,
    relative_antecedent,
    singular,
    time_after_name,
)
from .cues.clauses import _NAME_PARTICLE
from .patterns import lazy_compile
from .quotes import RE_NICKNAME
from .segmentation import PARTY_LABEL
from .types import Span, Speaker, SpeakerKind

_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "dozen": 12, "a": 1, "an": 1, "one": 1,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
RE_ARTICLE = lazy_compile(r"^(?:the|a|an)\s+", regex.IGNORECASE)
#: A title joined by "of", then a name: "Secretary of State John Kerry", "Chairman of the Joint Chiefs of Staff Gen.
#: Joseph Dunford", "White House Chief of Staff Reince Priebus".
RE_TITLE_OF_THEN_NAME = lazy_compile(
    r"(?P<title>(?:(?:[Ff]ormer|[Tt]hen|[Aa]cting|[Dd]eputy|U\.S\.|US|[Tt]he)\s++)*(?:\p{Lu}\w*+\s++){0,3}?(?P<head>\p{Lu}\w++)\s++of\s++(?:the\s++)?"
    r"\p{Lu}[\w.’'\-]*+(?:\s++(?:of|the|and|\p{Lu}[\w.’'\-]*+))*)"  # the longest title that leaves a name
    r"\s++(?:(?P<abbr>(?:Gen|Adm|Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Lt|Col|Maj|Capt)\.)\s++)?"
    r"(?P<name>\p{Lu}[\w’'\-]++(?:\s++\p{Lu}\.)?(?:\s++\p{Lu}[\w’'\-]++){1,2})"
)
#: A role joined to a place or a body by "to"/"for"/"of", then a two-word name: "former Indian ambassador to China
#: Ashok Kantha", "US ambassador to the UN Linda Thomas-Greenfield", "Minister for Foreign Affairs Penny Wong".
RE_ROLE_TO_PLACE_THEN_NAME = lazy_compile(
    r"(?P<title>(?:[\p{L}.\-]++\s++){0,3}?(?P<head>\p{L}\w++)\s++(?:to|for|of)\s++(?:the\s++)?"
    r"\p{Lu}[\w.’'\-]*+(?:\s++(?:of|the|and|\p{Lu}[\w.’'\-]*+))*?)"
    r"\s++(?P<name>\p{Lu}\p{Ll}[\w’'\-]*+(?:\s++\p{Lu}\.)?\s++\p{Lu}\p{Ll}[\w’'\-]*+)"
)
#: An organisation's name joined by "of": "the Bank of England", "the Royal College of Nursing".
RE_ORGANIZATION_OF = lazy_compile(
    r"(?:(?i:the)\s++)?(?P<name>(?:(?:\p{Lu}[\w.&'’\-]*+|\d++(?:st|nd|rd|th))\s++)*?(?P<head>\p{Lu}\w++)\s++(?:of|for)\s++"
    r"(?:the\s++)?\p{Lu}[\w.&'’\-]*+(?:\s++(?:and|for|of|the|\d++(?:st|nd|rd|th)|\p{Lu}[\w.&'’\-]*+))*+)"
)
#: An organisation's name joined by "of"/"for" before a role noun: "A Department of Justice spokesman", "Ministry
#: of Defence officials".
RE_ORGANIZATION_THEN_ROLE = lazy_compile(
    r"(?:(?i:a|an|the)\s++)?(?:\p{Lu}[\w.&'’\-]*+\s++)*?(?P<head>\p{Lu}\w++)\s++(?:of|for)\s++(?:the\s++)?"
    r"\p{Lu}[\w.&'’\-]*+(?:\s++(?:and\s++)?\p{Lu}[\w.&'’\-]*+)*+"
    r"\s++(?P<role>(?:(?!(?:of|for|in|at|on|to|from|with|by|and|the|a|an)\s)\p{Ll}[\p{Ll}\-]*+\s++){0,2}\p{Ll}[\p{Ll}\-]*+)"
)
#: A restrictive relative clause closing a phrase: "... official who asked not to be named".
RE_RELATIVE_TAIL = lazy_compile(r"(?<=\S)\s++(?:who|whom|whose)\s.*$")
#: A relative clause that says only that its antecedent spoke, its condition left out of the mention: "an
#: executive who spoke| on condition of not being named", "an official who briefed reporters| on background".
RE_SPOKE_TAIL = lazy_compile(r"(?:\s++and)?\s++who\s++(?:spoke|talked|briefed\s++(?:reporters|journalists))$")
#: Words of a condition of anonymity (see anonymity_phrases.txt): "anonymity", "not authorized", "be named".
RE_ANONYMITY_WORD = lazy_compile(
    r"\b(?:anonym\w*|authori[sz]\w*|named|names?|surname|identified|condition|background|off\s+the\s+record|"
    r"permitted|allowed|cleared|withheld|pseudonym|nom\s+de\s+guerre)\b",
    regex.IGNORECASE,
)
RE_LEADING = lazy_compile(
    r"(?:[\-–—―]\s*|\(\p{L}+\)\s*[\-–—―]+\s*|(?:and|but|as(?!\s+(?:many|much|few|little)\s+as\s)|while|so|then|even|"
    r"also|whom)\s+"  # (not "As| many as 40 percent": a count)
    rf"|(?:(?-i:\p{{Ll}}+ly|{CAPITALISED_ADVERB})"  # "Separately," "Ironically,", not "Kelly," "Connolly,"
    r"|meanwhile|however|still|instead|later|earlier|now|today|yesterday|separately|finally|indeed|only|"
    r"again|also|regardless|nonetheless|nevertheless|otherwise|moreover|furthermore|besides|overall|first|second|"
    r"third|thus|therefore|anyway),\s+"
    r"|(?:around|in|on|at|after|before|during|since|for|by|last|this|next|early|late)(?:\s+[\w’'.\-]+){1,4},\s+)+",
    regex.IGNORECASE,
)
#: An outlet after a person's name: " on Hot Air", " on CNN", " for The Atlantic", " in The Guardian".
RE_TRAILING_OUTLET = lazy_compile(
    r"(?<=\p{L})\s++(?:on|for|in)\s++(?:the\s++)?\p{Lu}[\w.’'&\-]*+(?:\s++\p{Lu}[\w.’'&\-]*+){0,3}$"
)
#: A person's full name, with a title or not: "Larry O’Connor", "Sen. Tim Scott".
RE_FULL_NAME = lazy_compile(r"(?:\p{Lu}[\w.’'\-]*+\s++){1,4}\p{Lu}[\w’'\-]*+")
#: Where or when a named speaker spoke, between the name and the cue: "Trump at the time said", "Romero in a
#: statement said", "Spicer in a Friday tweet said".
RE_TRAILING_OCCASION = lazy_compile(
    r"(?<!\s)\s++(?:at\s+the\s+time|in\s+(?:a|an|his|her|their|its|the)\s+(?:[\w\-]+\s+){0,2}?(?:statement|"
    r"interview|tweet|post|speech|letter|email|video|op-ed|column|memo|filing|release|remarks|appearance|note|"
    r"message|newsletter|podcast|briefing|testimony|editorial|essay|commentary|broadcast|blog\s++post)s?"
    r"(?:\s++(?:to|with)\s++(?:clients|investors|reporters|staff|employees|members|shareholders|supporters|"
    r"(?:the\s++)?\p{Lu}[\w.&'’\-]*+(?:\s++\p{Lu}[\w.&'’\-]*+){0,3}))?"  # "in a note to clients"
    r"(?:\s++(?:provided|issued|released|posted|sent|distributed)\s++(?:by|to|on)\s++[^,]{1,40}?)?"
    r"(?:\s++(?:(?:last|this|on|earlier|late|early)\s++\p{L}++|yesterday|today))?)$"  # "in an interview last month"
)
#: A word of a name: capitalised, a particle ("de", "van", "bin", "ten"), a particle joined to the name
#: ("al-Baghdadi"), or the ampersand of a firm's name ("Procter & Gamble"); not a word that only begins like a
#: particle ("lawyer").
RE_NAME_TOKEN = lazy_compile(
    rf"[\p{{Lu}}][\p{{L}}\p{{M}}.'’\-]*|\p{{Lu}}++\p{{N}}*+\+|\p{{Lu}}\p{{N}}++"
    rf"|(?:al|el|la|le|{_NAME_PARTICLE})(?:-\p{{Lu}}[\p{{L}}\-]*)?|&"
)


@attrs.frozen
class Speakers:
    """The speakers stage result: one Speaker (or None) per report, in the same order."""

    cues: Cues
    speakers: tuple[Speaker | None, ...]


def find_speakers(cues: Cues) -> Speakers:
    """Analyse the speaker phrase of every report.

    >>> from newsclaims.segmentation import segment_text
    >>> from newsclaims.quotes import find_quotes
    >>> from newsclaims.cues import find_cues
    >>> s = find_speakers(find_cues(find_quotes(segment_text(
    ...     "US Defense Secretary Ash Carter said the war would end.")))).speakers[0]
    >>> s.name, s.title, s.kind.value
    ('Ash Carter', 'US Defense Secretary', 'person')
    """
    text = cues.marks.segmentation.layout.text
    return Speakers(cues=cues, speakers=tuple(describe(text, r) for r in cues.reports))


def describe(text: str, report: Report) -> Speaker | None:
    """The Speaker named by ``report.speaker``, or None when the report names none."""
    if report.speaker is None:
        return None
    if report.speaker.text in ("who", "which"):
        antecedent = relative_antecedent(text, report.speaker.start)
        named = analyse_mention(text, *antecedent) if antecedent is not None else None
        if named is None:
            return None
        return attrs.evolve(named, mention=report.speaker, antecedent=named.mention)  # "Mr. Sanders, who said"
    if report.cue is not None and report.cue.text == ":" and report.speaker.text in ("Q", "A"):
        return _interview_speaker(text, report.speaker)
    if report.cue is not None and report.cue.text == ":" and not any(c.islower() for c in report.speaker.text):
        return _transcript_speaker(report.speaker)
    speaker = analyse_mention(text, report.speaker.start, report.speaker.end)
    pair = RE_PAIR_OF_NAMES.fullmatch(report.speaker.text)
    if speaker is not None and pair is not None and report.cue is not None:
        names = [pair.group("first"), pair.group("second")]
        firm = " and ".join(names)
        if firm in lexicons.words("organization_names") or _singular_verb(report.cue.text):
            # "Procter and Gamble said", "Smith and Wesson says": one firm, not "Gamble" titled "Procter and"
            return attrs.evolve(speaker, name=firm, kind=SpeakerKind.ORGANIZATION, title=None, count=None)
        if all(_name_kind(n) is SpeakerKind.PERSON for n in names):
            # "Rubio and Cruz argue ...", "Rubio and Cruz said ...": two single names are a pair of people
            return attrs.evolve(speaker, name=firm, kind=SpeakerKind.GROUP, title=None, description=None, count=2)
    return speaker


def _transcript_speaker(label: Span) -> Speaker | None:
    """A transcript's speaker label in capitals ("TAPPER", "SEN. TIM SCOTT"), read as the name it writes ("Tapper",
    "Sen. Tim Scott"): a person, whom coreference may match to a fuller mention."""
    name = label.text.title()
    speaker = analyse_mention(name, 0, len(name))
    if speaker is None:
        return None
    return attrs.evolve(speaker, mention=label, kind=SpeakerKind.PERSON)


def _interview_speaker(text: str, label: Span) -> Speaker:
    """An interview's "Q" (the interviewer, whom it leaves unnamed) or "A": the one interviewed, the person its
    introduction names most often ("Q&A with Vice President Joe Biden. ... Biden complained ...")."""
    if label.text == "A":
        interviewee = _interviewee(text)
        if interviewee is not None:
            return attrs.evolve(interviewee, mention=label, antecedent=interviewee.mention)
    return Speaker(mention=label, name=label.text, kind=SpeakerKind.PERSON)


#: How far into an interview its first question may open, after its introduction.
_INTRO_REACH = 5000
#: The first question of an interview, at the start of its line.
RE_FIRST_QUESTION = lazy_compile(r"(?m)^[ \t]*+Q:\s")
#: A run of capitalised words: the names a firm noun may stand for ("The Washington Post", "A Boeing"), or a person's
#: name with its title ("Vice President Joe Biden").
RE_CAPITALISED_RUN = lazy_compile(
    r"(?<![\p{L}\p{N}.&'’\-])\p{Lu}[\p{L}\p{N}.&'’\-]*+(?:[ \t]++\p{Lu}[\p{L}\p{N}.&'’\-]*+){0,4}"
)


@functools.lru_cache(maxsize=4)
def _interviewee(text: str) -> Speaker | None:
    """The person an interview's introduction (before its first question) names most often, the first of them on
    a tie; None if it names no one."""
    first = RE_FIRST_QUESTION.search(text, 0, _INTRO_REACH)
    intro = text[0 : first.start()] if first is not None else ""
    best: tuple[int, int, Speaker] | None = None
    for m in RE_CAPITALISED_RUN.finditer(intro):
        named = analyse_mention(text, m.start(), m.end())
        if named is None or named.kind is not SpeakerKind.PERSON or " " not in named.name:
            continue
        surname = regex.escape(named.name.split()[-1])
        count = len(regex.findall(rf"(?<![\p{{L}}\-]){surname}(?![\p{{L}}\-])", intro))
        if best is None or count > best[0]:
            best = (count, m.start(), named)
    return best[2] if best is not None else None


RE_PAIR_OF_NAMES = lazy_compile(
    r"(?:(?i:both)\s++)?(?P<first>\p{Lu}[\p{L}’'\-]++)\s++and\s++(?P<second>\p{Lu}[\p{L}’'\-]++)"
)


def _singular_verb(cue: str) -> bool:
    """A cue whose verb agrees only with a singular subject: "says", "has said", "is warning"."""
    first = cue.lower().split()[0]
    return first in {"has", "is", "was", "does", "doesn't", "doesn’t"} or first.endswith("s") and first[:-1] in lemmas()


def analyse_mention(text: str, start: int, end: int) -> Speaker | None:
    """Analyse the phrase ``text[start:end]`` as a speaker mention.

    >>> t = "Rep. Jerry Nadler, a Democrat from New York and a Clinton ally"
    >>> s = analyse_mention(t, 0, len(t))
    >>> s.name, s.title, s.description
    ('Jerry Nadler', 'Rep.', 'a Democrat from New York and a Clinton ally')
    """
    lead = RE_LEADING.match(text, start, end)
    if lead:
        start = lead.end()
    outlet = RE_TRAILING_OUTLET.search(text, start, end)
    if (
        outlet is not None
        and RE_FULL_NAME.fullmatch(text, start, outlet.start())
        and _name_kind(text[start : outlet.start()]) is SpeakerKind.PERSON
        and not text.startswith("The ", start)
    ):
        end = outlet.start()  # "(wrote) Larry O’Connor on Hot Air", "(said) Jake Tapper on CNN": where, not who
    for pattern in (RE_TRAILING_OCCASION, RE_TRAILING_TIME):  # "in an interview last month" before "last month"
        time = pattern.search(text, start, end)
        if time and time.start() > start and time_after_name(text[start : time.start()]):
            end = time.start()  # "Donald Trump on Sunday", "The campaign on Tuesday"; but "a report released Monday"
            break
    month = RE_TRAILING_MONTH.search(text, start, end)
    if month is not None and month.start() > start and _bare_phrase(text[start : month.start()]):
        end = month.start()  # "federal prosecutors| in April", "a CNN/ORC poll| in February"
    if text[end : end + 1] == "." and _ends_with_abbreviation(text[start:end]):
        end += 1  # "said the F.B.I.", "of Jacksonville, Fla.": the sentence's period closes the abbreviation too
    while end > start and text[end - 1] in " ,.;":
        if text[end - 1] == "." and _ends_with_abbreviation(text[start:end]):
            break
        if text[end - 1] == "," and ", " in text[start : end - 1]:
            break  # "Graham, a former candidate," keeps the comma that closes its appositive (as PolNeAR does)
        end -= 1
    if end <= start:
        return None
    mention = Span.of(text, start, end)
    listed = _coordinated_names(mention.text.rstrip(" ,"))  # "Sens. A (D-Ore.), B (D-Ohio) and C (D-N.J.)"
    if listed is not None:
        return Speaker(mention=mention, name=listed[0], kind=SpeakerKind.GROUP, count=listed[1])
    core, _, appositive = mention.text.partition(", ")
    dashes = RE_DASH_ASIDE_AT_END.fullmatch(hyphens_as_dashes(mention.text))
    if dashes is not None and ", " not in dashes.group("np"):
        core, appositive = dashes.group("np").strip(), dashes.group("aside").strip()  # "Sen. Joe Manchin — ... —"
        if appositive.split()[0].lower() in _CIRCUMSTANCE_WORDS:
            appositive = ""  # "Murphy — after a knock-on-wood gesture —": when, not who, so no part of the mention
            mention = Span.of(text, start, start + len(dashes.group("np").rstrip()))
    core = RE_REFLEXIVE.sub("", core)  # "Trump himself" is Trump
    if RE_NICKNAME.search(core):
        core = RE_NICKNAME.sub("", core).replace("  ", " ")  # Gerardo "Tata" Martino is Gerardo Martino
    core = RE_POSSESSIVE_END.sub("", core)  # "Jones’ (response: ...)", "Smith's (words)": the possessor
    aside = RE_PARENTHETICAL_ASIDE.search(core)
    if aside is not None:  # "Kasich (who has 25 delegates to date)": the aside describes the name before it
        core = core[: aside.start()] + core[aside.end() :]
        appositive = appositive or aside.group().strip()[1:-1]
    if appositive and appositive.split()[0].lower() in _CIRCUMSTANCE_WORDS and " who " in f" {core} ":
        appositive = ""  # "Voters who have listened to his speeches, on television or at events,": the relative
        # clause's circumstance, not a description of them
    description = appositive.strip().rstrip(",") or None
    if description is not None and description.isdigit():
        description = None  # "Park, 46,": an age alone describes no one ("Megan Thomas, 42, a nurse" keeps it)
    speaker = _analyse_core(mention, core, description)
    if speaker is None:
        return None
    if (
        speaker.kind is SpeakerKind.PERSON
        and description
        and _strip_article(core) == speaker.name
        and speaker.name[:1].isupper()  # a name ("Workers United, the union ..."), not a role ("the chief executive")
    ):
        described = RE_DESCRIBING_NOUN.match(description)  # "Workers United, the union representing baristas"
        kind = lexicons.table("speaker_kinds").get(singular(described.group("noun"))) if described else None
        which = description.startswith("which ") and speaker.name.split()[0] not in lexicons.table("first_names")
        if kind == "organization" or which:
            # "United Teachers Los Angeles, which represents about 35,000 educators": a person is "who"
            speaker = attrs.evolve(speaker, kind=SpeakerKind.ORGANIZATION)
    affiliation = _affiliation(core, description, speaker.name, speaker.title)
    if affiliation is not None and affiliation == speaker.description:
        return attrs.evolve(speaker, affiliation=affiliation, description=None)  # a party label is no description
    return attrs.evolve(speaker, affiliation=affiliation) if affiliation else speaker


#: A month closing a mention: "(federal prosecutors) in April" ("May" is a surname too).
RE_TRAILING_MONTH = lazy_compile(
    r"(?<!\s)\s++(?:in|last|this|early|late)\s++(?:early\s++|late\s++|mid-)?(?:January|February|March|April|June|July|"
    r"August|September|October|November|December)$"
)


def _bare_phrase(before: str) -> bool:
    """Whether the words before a closing month are a name or a short noun phrase with no clause or participle in
    it ("federal prosecutors", not "Doley, who held a fundraiser for Carson| in October", "Democrats trying to
    regain control of the Senate| in November")."""
    words = before.split()
    return (
        0 < len(words) <= 5
        and "," not in before
        and not any(w.lower() in _CLAUSE_WORDS_BEFORE_MONTH or w.endswith(("ing", "ed")) for w in words[1:])
    )


#: Words that make the phrase before a closing month more than a noun phrase: a clause or a postmodifier.
_CLAUSE_WORDS_BEFORE_MONTH = frozenset("who which that whose if when to of for in on at".split())


#: A poll's respondents, who are no unnamed sources: "those surveyed", "those polled".
RE_POLLED = lazy_compile(r"\b(?:surveyed|polled|sampled)\b")
_PHRASE_LINKS = frozenset("the a an by of from for at with to in on".split())
_CIRCUMSTANCE_WORDS = frozenset(
    "after before during while when in at on with without despite amid following since upon".split()
)
#: A parenthetical after a name: a party and state ("(D-N.Y.)", "(R)") or an acronym ("(BMA)").
RE_TRAILING_PARENTHETICAL = lazy_compile(r"\s*+\((?P<inside>[^()]{1,20})\)$")
#: A party label in parentheses: "D-N.Y.", "R-Texas", "I-Vt.", "R".
RE_PARTY = lazy_compile(r"[DRI](?:-[\p{L}. ]{2,12}?\.?(?:[ \-]\d{1,2})?)?")


#: A group named by all but someone: "Everyone but Hewlett", "all except two".
RE_ALL_BUT = lazy_compile(r"(?i:everyone|everybody|all|all\s++of\s++them)\s++(?:but|except)\s")


def _affiliation(core: str, description: str | None, name: str, title: str | None) -> str | None:
    """The organisation or party the speaker speaks for where the mention says so: "Sen. Chuck Schumer (D-N.Y.)"
    -> "D-N.Y.", "Dan Ives of Wedbush Securities" -> "Wedbush Securities", "Stacy Rasgon, an analyst at
    Bernstein" -> "Bernstein"; not a home town ("Jason Gilbert of Cheyenne") nor a person ("a spokesman for
    Sanders")."""
    paren = RE_TRAILING_PARENTHETICAL.search(core)
    if paren is not None and RE_PARTY.fullmatch(paren.group("inside")):
        return paren.group("inside")
    if description and RE_PARTY.fullmatch(description):
        return description  # AP style: "Senate Majority Leader Chuck Schumer, D-N.Y., said"
    possessor = RE_POSSESSOR.match(title) if title else None
    if possessor is not None:
        return possessor.group("org")  # "Al Jazeera's Hiba Morgan", "Clinton's spokesman Brian Fallon"
    role = " " + title if title and name not in title else ""
    found = RE_EMPLOYER.search(role) if role else None  # "A spokeswoman for the State Department, Jen Psaki": the
    # organisation in the role she is named by (not "Director of Government Affairs", an office)
    relation = found is not None and role[: found.start()].split()[-1].lower() in _RELATION_NOUNS
    if found is not None and (found.group("prep") == "of" or relation):
        found = None  # (nor "his best friend at Lehigh": a relation, no one he speaks for)
    if found is None and (name[:1].islower() or name == _strip_article(core)):
        found = RE_EMPLOYER.search(core)  # "Officials at the National Oceanic and Atmospheric Administration"
        if found is not None and found.group("org") in name and found.start() > 0:
            name = name[: name.index(found.group("org"))]  # the unnamed group is not its organisation
        else:
            found = None
    if found is None and not core.endswith(name):
        found = RE_EMPLOYER.search(core)  # "Dan Ives of Wedbush Securities": after the name, in the core
        if found is not None and not core[: found.start()].rstrip().endswith(name):
            found = None
    elif found is None and description and RE_RELATIVE_WORD.search(description) is None:
        found = RE_EMPLOYER.search(" " + description)  # "an analyst at Bernstein", not "who worked for Microsoft"
    if found is None:
        return None
    org = found.group("org")
    organisation = lexicons.words("organization_words").intersection(org.split())
    if found.group("kind") and not (found.group("prep") == "at" or org.split()[-1] in organisation
                                    or org.split()[-1].isupper()):
        return None  # "Most of the vulnerable Senate Republicans": not an employer after a describing word
    if name in org or not (found.group("prep") == "at" or organisation or org.split()[-1].isupper() or "&" in org):
        return None  # "Secretary of State John Kerry", "of Cheyenne", "a spokesman for Sanders"
    return org


#: Nouns of a personal relation, whose "at X" or "for X" is no employer: "his best friend at Lehigh".
_RELATION_NOUNS = frozenset(
    "friend friends partner partners classmate classmates roommate roommates neighbor neighbour girlfriend "
    "boyfriend wife husband fiancee fiancé fiancée".split()
)
#: An organisation after a role or a name, closing the phrase: "at Bernstein", "of RBC Capital Markets", "for the
#: Justice Department".
RE_EMPLOYER = lazy_compile(
    r"\s(?P<prep>at|with|for|of)\s++(?:the\s++)?"
    r"(?P<kind>(?:(?!(?:the|a|an|and|or|of|at|with|for|in|on|to|by|from|than|as|who|which|that)\s)"
    r"\p{Ll}[\p{Ll}\-]*+\s++){0,2})"  # "of oil broker PVM", "at the libertarian Cato Institute"
    r"(?P<org>\p{Lu}[\w.&'’\-]*+(?:\s++(?:of|for|and|the|\p{Lu}[\w.&'’\-]*+))*+)$"
)
#: A capitalised possessor opening a title: "Al Jazeera's", "NHS England's national medical director".
RE_POSSESSOR = lazy_compile(r"(?P<org>\p{Lu}[\w.&\-]*+(?:\s++\p{Lu}[\w.&\-]*+)*+)['’]s?(?:\s|$)")
RE_RELATIVE_WORD = lazy_compile(r"\b(?:who|whom|whose|which|that)\b")


#: A fraction of those asked, alone: "(Nearly) half", "(Just over) a quarter", "two-thirds", "a majority".
RE_FRACTION = lazy_compile(
    r"(?i:half|a\s++(?:third|quarter|fifth|tenth|majority|plurality|minority)|(?:two|three|four)[\s\-](?:thirds|"
    r"quarters|fifths))"
)
#: Figures that are numbers by what follows them: "figures from the ONS", "figures released on Friday".
RE_FIGURES_OF_RECORD = lazy_compile(r"(?i)\bfigures\s++(?:from|by|released|published|compiled|issued|out)\b")


def _analyse_core(mention: Span, core: str, description: str | None) -> Speaker | None:
    """The speaker a mention's phrase before its first comma (``core``) names, with ``description`` after it."""
    paren = RE_TRAILING_PARENTHETICAL.search(core)
    if paren is not None and paren.start() > 0:
        core = core[: paren.start()]  # "Sen. Bernie Sanders (I-Vt.)", "the British Medical Association (BMA)"
    words = core.split()
    if len(words) >= 3 and words[-1] in lexicons.words("post_nominals") and words[-3] in lexicons.table("first_names"):
        core = core[: core.rindex(" ")]  # "Hugo Keith KC", "Jane Smith MP": the name without the letters after it
    coordinated = _coordinated_names(core)
    if coordinated is not None:
        return Speaker(
            mention=mention, name=coordinated[0], kind=SpeakerKind.GROUP, description=description, count=coordinated[1]
        )
    if core.lower() in PAIR_REFERENCES:
        return Speaker(mention=mention, name=core, kind=SpeakerKind.GROUP, description=description, count=2)
    unnamed = RE_TWO_UNNAMED.match(core)
    if unnamed is not None and all(
        singular(unnamed.group(noun).lower()) in lexicons.words("speaker_nouns") for noun in ("noun1", "noun2")
    ):
        # "two U.S. officials and a Western diplomat briefed on the plans": unnamed people of two kinds, together
        counts = [_part_count(unnamed.group(f"part{i}"), unnamed.group(f"noun{i}").lower()) for i in (1, 2)]
        heads = {singular(unnamed.group(noun).lower()) for noun in ("noun1", "noun2")}
        return Speaker(
            mention=mention, name=_strip_article(core), kind=SpeakerKind.GROUP, description=description or core,
            anonymous=bool(heads & lexicons.words("anonymous_heads")) and RE_POLLED.search(core) is None,
            count=None if None in counts else sum(c or 0 for c in counts),
        )
    both = RE_BOTH.match(core)
    core = core[both.end() :] if both else core  # "Both candidates"
    if both and RE_PLURAL_NAME.fullmatch(core):
        return Speaker(mention=mention, name=core, kind=SpeakerKind.GROUP, description=description, count=2)
    pronouns = lexicons.table("pronouns")
    if core in pronouns:
        kind = SpeakerKind.GROUP if pronouns[core].startswith("plural") else SpeakerKind.PERSON
        if core.lower() == "it":
            kind = SpeakerKind.ORGANIZATION
        return Speaker(mention=mention, name=core, kind=kind, description=description)
    if core.lower() in QUANTIFIER_SUBJECTS or RE_ALL_BUT.match(core):
        # "many said ...", "Everyone but Hewlett said yes": a group, never the antecedent of "she"
        return Speaker(mention=mention, name=core, kind=SpeakerKind.GROUP, description=description)
    if core.lower() in ONE_OF_A_GROUP:  # "“...,” one wrote": one of a group, never the antecedent of "she"
        return Speaker(mention=mention, name=core, kind=SpeakerKind.PERSON, description=description, count=1)
    approx = RE_APPROXIMATELY.match(core)
    counted = core[approx.end("approx") :].lstrip() if approx is not None else core
    if (
        RE_SHARE.match(counted)
        or RE_PERCENT.fullmatch(counted)
        or RE_PERCENT_OF.match(counted)
        or RE_FRACTION.fullmatch(counted) and (description is None or RE_PERCENT.fullmatch(description.strip(" ,")))
        # ("Nearly half, 49%,"; not "a third, Daniel Traynor,": the third of several people)
    ):
        # a poll's respondents: "About four in 10 South Carolina Republican primary voters", "26%", "58% of voters"
        return Speaker(mention=mention, name=core, kind=SpeakerKind.GROUP, description=description)
    titled = RE_TITLE_OF_THEN_NAME.fullmatch(core)
    if (
        titled is not None
        and titled.group("head").lower() in _lower_titles()
        and titled.group("name").split()[-1] not in lexicons.words("organization_words")  # "... Labour Congress"
    ):
        # "Secretary of State John Kerry", "Speaker of the House Paul Ryan": a title joined by "of", then the name
        role = " ".join(t for t in (titled.group("title"), titled.group("abbr")) if t)
        return Speaker(mention=mention, name=titled.group("name"), kind=SpeakerKind.PERSON, title=role,
                       description=description)
    titled = RE_ROLE_TO_PLACE_THEN_NAME.fullmatch(core)
    if (
        titled is not None
        and titled.group("head").lower() in _lower_titles()
        and _name_kind(titled.group("name")) is SpeakerKind.PERSON  # not "a spokesman for the Police Department"
    ):
        return Speaker(mention=mention, name=titled.group("name"), kind=SpeakerKind.PERSON, title=titled.group("title"),
                       description=description)
    organization = RE_ORGANIZATION_OF.fullmatch(core)
    if organization is not None and organization.group("head") in lexicons.words("organization_words"):
        # "the Bank of England", "the Royal College of Nursing": "of" joins the name, it adds no postmodifier
        return Speaker(
            mention=mention, name=organization.group("name"), kind=SpeakerKind.ORGANIZATION, description=description
        )
    org_role = RE_ORGANIZATION_THEN_ROLE.fullmatch(core)
    if (
        org_role is not None
        and org_role.group("head") in lexicons.words("organization_words")
        and singular(org_role.group("role").split()[-1]) in lexicons.words("speaker_nouns")
    ):
        head_phrase = core  # "A Department of Justice spokesman": the "of" is inside the organisation's name
    else:
        head_phrase = RE_POSTMODIFIER.sub("", counted) or counted  # "officials familiar with the talks" ->
        # "officials"; "Up to 30 residents" -> "30 residents": the approximation is no postmodified head
        if _strip_article(head_phrase) != head_phrase:
            head_phrase = RE_PARTICIPLE_POSTMODIFIER.sub("", head_phrase) or head_phrase  # "A Ukrainian soldier
            # fighting near Pokrovsk": the place is where the unnamed soldier fights, no name
    head_phrase = RE_TRAILING_TIME.sub("", head_phrase) or head_phrase  # "an ABC News poll last week" -> "poll"
    partitive = RE_PARTITIVE.match(counted)  # (after "about": "about half of voters")
    if partitive is not None or head_phrase.lower() == "those":
        # "One of the people", "two of his aides", "those familiar with the talks": the group's noun says who
        whole = partitive.group("whole") if partitive is not None else "those"
        noun = head_noun(whole)
        count = _count(core) if counted == core else None  # "about two of ...": no exact count
        return Speaker(
            mention=mention, name=_strip_article(core), kind=SpeakerKind.PERSON if count == 1 else SpeakerKind.GROUP,
            description=description or _strip_article(core),
            anonymous=noun in lexicons.words("anonymous_heads") and RE_POLLED.search(core) is None,  # "those polled"
            count=count,
        )
    title, name = _split_title(head_phrase)
    if name == core.split()[0] and lexicons.table("speaker_kinds").get(name.lower()) == "document":
        name = ""  # "Data from the 2014 survey", "Analysis": a common noun opening the sentence, no name
    unnamed_member = RE_UNNAMED_MEMBER.fullmatch(head_phrase)
    if unnamed_member is not None:
        return Speaker(  # "A senior Tory", "One Republican", "a Labour MP": a party's member, not named
            mention=mention, name=_strip_article(core), kind=SpeakerKind.PERSON,
            description=description or _strip_article(core), anonymous=True, count=1,
        )
    if RE_UNNAMED_MEMBERS.fullmatch(head_phrase):
        return Speaker(  # "several Tory MPs", "three Labour MEPs": members of a party, counted, not named
            mention=mention, name=core, kind=SpeakerKind.GROUP, description=description or core, anonymous=True,
            count=_count(core),
        )
    count = 2 if both else _count(core)  # "Both officials"
    head = head_phrase.split()[-1].lower().strip(".,")
    noun = singular(head)
    kinds = lexicons.table("speaker_kinds")
    kind_name = kinds.get(noun)
    if head == "figures" and RE_FIGURES_OF_RECORD.search(core):
        kind_name = kinds[head]  # "figures from the Office for National Statistics": numbers, not "senior figures"
    named_by, employer, described = _appositive_name(description, kind_name)
    fewest = 1 if kind_name == "organization" else 2  # "The company, Eisai,"; not "An aide, Smith"
    if len(named_by) == 1 and named_by[0] in lexicons.table("first_names"):
        fewest = 1  # "His daughter, Ellen,": a first name alone
    if (
        name
        and " of " in core
        and _strip_article(core) != core
        and name.split()[-1] in lexicons.words("organization_words")
        and 2 <= len(named_by) <= 4
        and all(w[:1].isupper() for w in named_by)
    ):
        name = ""  # "the President of the Nigeria Labour Congress, Comrade Joe Ajaero,": a role in a body, named after
    if not name and fewest <= len(named_by) <= 4 and all(w[:1].isupper() for w in named_by):
        # "A spokesman, Josh Earnest, said": the appositive names the speaker the noun describes
        name = " ".join(named_by)
        kind = SpeakerKind(kind_name) if kind_name else _name_kind(name)
        if kind is SpeakerKind.PERSON:  # the noun is the person's role, as in "spokesman Josh Earnest"
            honorific, bare = _split_title(name)  # "..., Professor Sir Stephen Powis,": the name without its titles
            role = " ".join(filter(None, [_strip_article(core), honorific]))
            return Speaker(
                mention=mention, name=bare or name, kind=kind, title=role, description=described, count=1,
                affiliation=employer,
            )
        return Speaker(mention=mention, name=name, kind=kind, description=core)  # "The company, General Motors"
    if name:
        kind = _name_kind(name)
        if kind is SpeakerKind.PERSON and title is None and head_phrase.split()[0].lower() == "the" and (
            name.split()[0] not in lexicons.table("first_names") and name not in _PERSONS_NAMED_WITH_THE
        ):
            # "The Hill", "The Daily Caller", "The American Legion": a name after "the" is no person's; "The
            # Saudis", "the Clintons": a people, a family; but "the Dutchman", "the Wisconsin Republican" are persons
            last = name.split()[-1]
            plural = last.endswith("s") and not last.endswith(("ss", "us"))
            epithet = (last[:-1] if plural else last) in _EPITHET_NAMES()
            if plural and (epithet or " " not in name):
                kind = SpeakerKind.GROUP
            elif not epithet:
                kind = SpeakerKind.ORGANIZATION
        elif kind is SpeakerKind.PERSON and name.endswith("s") and name.split()[-1][:-1] in _EPITHET_NAMES():
            kind = SpeakerKind.GROUP  # "Senior Democrats", "Iraqis", "House Republicans": members, plural
        role_kind = lexicons.table("speaker_kinds").get(singular(title.split()[-1].lower())) if title else None
        if kind is SpeakerKind.PERSON and role_kind == "organization" and title and title[:1].islower():
            # "the advocacy group Progress Iowa", "the charity Oxfam": the noun before the name says what it is
            return Speaker(mention=mention, name=name, kind=SpeakerKind.ORGANIZATION, description=description or title)
        if kind is not SpeakerKind.PERSON and title and title.split()[0].lower() in {"a", "an", "the"}:
            title = None  # "A new USA TODAY Poll": an article and an adjective are no title
        return Speaker(mention=mention, name=name, kind=kind, title=title, description=description, count=count)
    if kind_name:
        kind = SpeakerKind(kind_name)
        if kind is SpeakerKind.ORGANIZATION and (noun != head or RE_GROUP_OF_MEMBERS.search(core)):
            kind = SpeakerKind.GROUP  # "unions", "a group of black bloggers"
    elif RE_ORGANIZATION_SHAPE.fullmatch(core):
        kind = SpeakerKind.ORGANIZATION  # "ouest-france.fr": a web site
    else:
        plural_shape = head[:1].islower() and head.endswith("s") and not head.endswith(("ss", "us", "is"))
        kind = SpeakerKind.GROUP if noun != head or plural_shape or head in {"people", "police"} else SpeakerKind.PERSON
    # not "the state's top education official": a unique role identifies its holder
    anonymous = (noun in lexicons.words("anonymous_heads") or head == "figure") and RE_UNIQUE_ROLE.match(core) is None
    # ("One senior Labour figure": a person unnamed; not "figures", which are as often numbers)
    if (
        not anonymous
        and RE_SOURCE_POSTMODIFIER.search(core)
        and not RE_DEFINITE_OPENING.match(core)
        and noun in lexicons.words("speaker_nouns")
    ):
        anonymous = True  # "A lawyer familiar with the case", "Bankers close to the company": an unnamed source
    name = _strip_article(core)
    tail = RE_RELATIVE_TAIL.search(core)
    spoke = RE_SPOKE_TAIL.search(core)
    if tail is not None and RE_ANONYMITY_WORD.search(tail.group()):
        # "a Pentagon official who asked not to be named": a condition of anonymity is no part of the name (the
        # description keeps it); "people who attended the meeting" keeps the clause that says who they are
        name = _strip_article(core[: tail.start()]) or name
    elif spoke is not None:
        name = _strip_article(core[: spoke.start()]) or name  # "... campaigns and who spoke| on condition ..."
    return Speaker(
        mention=mention,
        name=name,
        kind=kind,
        title=None,
        description=description or _strip_article(core),
        anonymous=anonymous,
        count=count if count is not None else (1 if noun == head and kind is SpeakerKind.PERSON else None),
    )


#: An appositive that says what a name is: an article, lower-case words and their head noun, then the end or a
#: postmodifier ("the union| representing ...", "the Canadian mining company", "a conservative political action
#: committee"; not "a University of South Carolina political science professor").
RE_DESCRIBING_NOUN = lazy_compile(
    r"(?:the|a|an)\s++(?:(?!(?:to|the|a|an|of|for|in|at|on|by|from|with)\s)(?:\p{Lu}\p{Ll}++|\p{Ll}[\p{Ll}\-]*+)"
    r"\s++){0,4}?(?P<noun>\p{Ll}++)(?=$|,|\s++(?:\p{Ll}+ing|of|for|in|at|from|based|that|which|who|with)\b)"
)
#: A family's name in the plural: "(Both) Hensleys", "(both) Obamas".
RE_PLURAL_NAME = lazy_compile(r"(?:the\s++)?\p{Lu}\p{Ll}+s")


def _appositive_name(
    description: str | None, kind_name: str | None
) -> tuple[list[str], str | None, str | None]:
    """The words of an appositive that may name the speaker its noun describes, the organisation written after
    the name, if one is ("Lijing Cheng| of the Chinese Academy of Sciences"; not "of Washington, D.C.", a home
    town, nor "Sens. Ted Cruz of Texas and Marco Rubio of Florida", two people), and what describes the name after
    it ("Levon Allen|, a former deputy")."""
    if not description:
        return [], None, None
    called = RE_NOUN_NAMED.fullmatch(description)
    if called is not None:  # "(Her neighbour,) a retired teacher named Bill Harris": the name, and the noun
        return called.group("name").split(), None, called.group("noun")
    role = RE_ROLE_THEN_NAME_APPOSITIVE.fullmatch(description)
    if role is not None and (
        singular(role.group("noun")) in lexicons.words("speaker_nouns") or RE_AGENT_SINGULAR.search(role.group("noun"))
    ):
        return role.group("name").split(), None, role.group("role")  # "(Her neighbour,) retired postman Dave
        # Hughes, 71": the name, and the role before it
    relative = RE_NAME_THEN_DESCRIPTION.match(description)
    rest = None
    if relative is not None:
        # "(— )John McCain, who lost the 2008 election( —)", "(His opponent,) Levon Allen, a former deputy": the name
        rest = description[relative.end("name") :].lstrip(" ,") if relative.group("noun") else None
        description = relative.group("name")
    found = None
    if kind_name != "organization" and " and " not in description:
        found = RE_AFFILIATION_AFTER_NAME.search(description)
    if found is None:
        return description.split(), None, rest
    org = found.group("org") or ""
    last = org.split()[-1] if org else ""
    firm = lexicons.words("organization_words").intersection(org.split()) or (
        len(last) >= 2 and last.isupper() and "." not in last
    )
    return description[: found.start()].split(), org if firm else None, rest


#: An appositive that describes a person and then names them: "a retired teacher named Bill Harris", "a woman
#: called Anna".
RE_NOUN_NAMED = lazy_compile(
    r"(?P<noun>(?:a|an)\s++[^,]{1,60}?)\s++(?:named|called)\s++(?P<name>\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){0,3})"
)
#: A role in lower case, then a name (and an age) in an appositive: "(Her neighbour,) retired postman Dave Hughes, 71",
#: "(The other man,) his cousin James York, 40"; not "a prominent New York Democrat", a description.
RE_ROLE_THEN_NAME_APPOSITIVE = lazy_compile(
    r"(?P<role>(?!(?:a|an)\s)(?:\p{Ll}[\p{Ll}\-]*+\s++){0,2}(?P<noun>\p{Ll}[\p{Ll}\-]*+))\s++"
    r"(?P<name>\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){1,3})(?:,\s++\d{1,3})?"
)
#: A relative clause after a name in an appositive between dashes: "(— John McCain), who lost the 2008 election (—)";
#: or a noun phrase that describes the name: "(His opponent,) Levon Allen, a former deputy".
RE_NAME_THEN_DESCRIPTION = lazy_compile(
    r"(?P<name>\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){1,3}),\s++(?:who|whose|(?P<noun>a|an|the)\s[^,]{2,80}$)"
)
#: An affiliation after a name in an appositive: "(Lijing Cheng) of the Chinese Academy of Sciences".
RE_AFFILIATION_AFTER_NAME = lazy_compile(
    r"(?<=\p{L})\s++(?:of|at|from|with)\s++(?:the\s++)?(?:(?P<org>\p{Lu}.*+)|(?<=the\s++)\p{Ll}.*+)$"
)  # "(Tom Lee) of the ministry": the name, with no organisation's name to record
#: A definite or possessive opening, which points to someone the text has named: "The (lawyer)", "Trump's (aide)".
RE_DEFINITE_OPENING = lazy_compile(r"(?i:the|this|that|these|those|his|her|their|its|our|my|your)\s|\S+['’]s\s")
#: What describes an unnamed source by what it knows: "familiar with the case", "briefed on the talks", "close to
#: the company", "with knowledge of the deal", "involved in the negotiations".
RE_SOURCE_POSTMODIFIER = lazy_compile(
    r"\s(?:familiar\s++with|briefed\s++on|close\s++to|(?:with|who\s++ha(?:s|ve|d))\s++(?:direct\s++|detailed\s++|"
    r"firsthand\s++|first-hand\s++|some\s++)?knowledge\s++of|knowledgeable\s++(?:about|of)|involved\s++in|privy\s++to|"
    r"with\s++access\s++to)\s"
)
#: A definite role that only one person holds: "the state's top education official", "the chief negotiator".
RE_UNIQUE_ROLE = lazy_compile(r"(?i:the)\s++(?:[\w’'\-]++\s++){0,3}?(?:top|chief|highest-ranking|most\s++senior)\s")
#: One unnamed member of a party or parliament: "A senior Tory", "One Republican", "a Labour MP", "an SNP MSP".
RE_UNNAMED_MEMBER = lazy_compile(
    r"(?i:a|an|one|another)\s++(?:(?:senior|junior|veteran|leading|prominent|moderate|former|backbench|rebel|"
    r"centrist|progressive|conservative|longtime|top)\s++){0,2}(?:\p{Lu}[\p{L}\-]*+\s++)?"
    r"(?:Democrat|Republican|Tory|Conservative|Labourite|Liberal\s++Democrat|MP|MEP|MSP|MLA|TD|senator|lawmaker|"
    r"legislator|minister|congressman|congresswoman)"
)
#: Several members of a party, counted: "several Tory MPs", "two senior Labour MEPs", "a handful of Conservative
#: backbenchers", "more than 100 Labour MPs" (not "Some Democrats", a part of the party).
RE_UNNAMED_MEMBERS = lazy_compile(
    r"(?:(?i:about|nearly|almost|roughly|around|over|some|more\s++than|at\s++least|up\s++to)\s++)?"  # "More than 100"
    r"(?i:two|three|four|five|six|seven|eight|nine|ten|several|a\s++few|a\s++handful\s++of|\d++)\s++"
    r"(?:(?:senior|junior|veteran|leading|prominent|moderate|former|backbench|rebel|centrist|progressive|"
    r"conservative|longtime|top)\s++){0,2}(?:\p{Lu}[\p{L}\-]*+\s++)?"
    r"(?:Democrats|Republicans|Tories|Conservatives|MPs|MEPs|MSPs|MLAs|TDs|backbenchers)"
)
#: A possessive ending a mention that names whose words follow: "Jones’", "Smith's".
RE_POSSESSIVE_END = lazy_compile(r"(?<=\p{L})(?:['’]s|(?<=s)['’])$")
#: A group named by its members: "a group of black bloggers", "a bipartisan group of 32 national security experts".
RE_GROUP_OF_MEMBERS = lazy_compile(r"\bgroup\s++of\s++(?:[\w\-]++\s++){0,4}?\p{Ll}++(?<=s)\b")
#: "Both" before a pair: "Both Palmer and Sherman", "both candidates".
RE_BOTH = lazy_compile(r"(?i:both)\s++")
#: What separates the people of a list: "A, B and C", "A and B", "A, B, and C".
RE_LIST_SEPARATOR = lazy_compile(r"(?<!\s)\s*+,\s*+(?:and\s++)?|(?<!\s)\s++and\s++")
#: What may follow each name of a list: a party label ("(D-Ore.)") or a state ("of Texas").
RE_LISTED_TAIL = lazy_compile(
    r"(?<!\s)\s*+\([^()]{1,20}\)$|(?<!\s)\s++of\s++\p{Lu}[\p{L}.]*+(?:\s++\p{Lu}[\p{L}.]*+)?$"
)


#: A party label set off by commas after a listed name, and a relative clause closing the list: what is no name.
RE_LISTED_LABEL = lazy_compile(rf",\s*+{PARTY_LABEL}(?=\s*+(?:,|$))|,\s*+who\s.*$")


def _title_words(words: list[str]) -> bool:
    """Whether words before a name make a title: title words, or capitalised words before one ("Commerce
    Secretary", "Treasury Secretary"), not a description ("the lawyer for")."""
    titles = _lower_titles()
    if words[-1].lower() not in titles:
        return False
    return all(w.lower() in titles or w[:1].isupper() for w in words[:-1])


#: Capitalised words, with the particles of names between them ("Bank of America", "Charles de Gaulle").
RE_PROPER_NAME = lazy_compile(r"\p{Lu}\S*+(?:\s++(?:(?:of|the|de|van|von|der|da|du|la|le|bin|&)\s++)*+\p{Lu}\S*+)*+")


@functools.cache
def _state_names() -> frozenset[str]:
    """Countries and the places datelines name: a state or its capital speaks for its government."""
    return lexicons.words("countries") | lexicons.words("places")


#: A subject pronoun and a name or a person: "he and Mr. Allen", "she and another reporter", "I and my wife".
RE_PRONOUN_AND_NAME = lazy_compile(
    r"(?i:he|she|I)\s++and\s++(?:(?:Mr|Mrs|Ms|Dr)\.?\s++)?(?:\p{Lu}[\w’'\-]*+(?:\s++\p{Lu}[\w’'\-]*+){0,2}"
    r"|(?:his|her|my|another|a|one)\s++(?:\p{Ll}++\s++)?\p{Ll}++)"
)


def _coordinated_names(phrase: str) -> tuple[str, int] | None:
    """People joined by "and", each named and the last in full ("Dr Robert Laurenson and Dr Vivek Trivedi",
    "Clinton and Sen. Bernie Sanders", "Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez
    (D-N.J.)", "Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky"; after "Both", one-word names too):
    their names without titles and how many, or None (not "Procter and Gamble", "Smith, a lawyer")."""
    if " and " not in phrase:
        return None
    pronoun = RE_PRONOUN_AND_NAME.fullmatch(phrase)
    if pronoun is not None:
        return phrase, 2  # "he and Mr. Allen", "She and her husband": two people, the pronoun unresolved here
    both = RE_BOTH.match(phrase)
    body = phrase[both.end() :] if both else phrase
    body = RE_LISTED_LABEL.sub("", body)  # "Sen. Chris Murphy, D-Conn., and Sen. James Lankford, R-Okla., who ..."
    separators = RE_LIST_SEPARATOR.findall(body)
    if not 1 <= len(separators) <= 5 or "and" not in separators[-1]:
        return None  # not "Wilcox and Beruff, a Sarasota Republican"
    parts = RE_LIST_SEPARATOR.split(body)
    if parts[0] in lexicons.words("department_words") and _split_title(parts[-1])[0] is not None:
        return None  # "Health and Human Services Secretary Xavier Becerra": one title, one person
    # "Trump, Ryan and Priebus", "Microsoft, Alphabet and Meta": three or more; "Brunei and Taiwan": states
    listing = len(separators) >= 2 or all(RE_LISTED_TAIL.sub("", part) in _state_names() for part in parts)
    # "General Motors and Ford": a firm's whole name before "and" makes two firms (not "Procter and Gamble", one
    # firm; nor "Food and Drug Administration", "United States Citizenship and Immigration Services", one agency)
    listing = listing or (
        _name_kind(RE_LISTED_TAIL.sub("", parts[0])) is SpeakerKind.ORGANIZATION and " of " not in parts[0]
    )  # (nor "The Department of Health and Human Services")
    kinds = (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION) if listing else (SpeakerKind.PERSON,)
    names = []
    for i, part in enumerate(parts):
        part = RE_LISTED_TAIL.sub("", part)
        if not part[:1].isupper() or (listing and not RE_PROPER_NAME.fullmatch(part)):
            return None  # not "Most Republican voters in Alabama, Georgia and Virginia"
        title, name = _split_title(part)
        words = 1 if both or listing or i < len(parts) - 1 else 2
        if name is None or len(name.split()) < words or _name_kind(name) not in kinds:
            return None
        if title is not None and not _title_words(title.split()):
            return None
        names.append(name)
    return ", ".join(names[:-1]) + " and " + names[-1], len(names)


def _ends_with_abbreviation(phrase: str) -> bool:
    """Whether a phrase ends with an abbreviation whose period belongs to it ("U.S.", "F.B.I.", "Fla.", "Jr.")."""
    words = phrase.split()
    last = words[-1].rstrip(".") if words else ""
    if last == "X" and len(words) > 1 and words[-2] in {"on", "to", "at"}:
        return False  # "a post on X.": the platform, no initial
    return (
        last in lexicons.words("final_abbreviations")
        or last in lexicons.words("state_abbreviations")
        or RE_INITIALISM.fullmatch(last) is not None
        or len(last) == 1
    )


#: Letters with periods between them, the last period not written: "F.B.I", "N.C", "A.F.L.-C.I.O".
RE_INITIALISM = lazy_compile(r"(?:\p{Lu}\.)+\p{Lu}(?:\.-(?:\p{Lu}\.)+\p{Lu})?")


@functools.cache
def _lower_titles() -> frozenset[str]:
    """Titles in lower case, and the British undotted forms ("Dr Vivek Trivedi", "Mr Johnson"; not "Gen" in "Gen
    Nakatani")."""
    return frozenset({t.lower() for t in lexicons.words("titles")} | _UNDOTTED_TITLES)


_UNDOTTED_TITLES = frozenset(["dr", "mr", "mrs", "ms", "prof"])
#: Capitalised labels before a full name that are no part of it: a party, a committee's ranking member.
_LABELS_BEFORE_NAMES = frozenset(["democrat", "republican", "independent", "libertarian", "member"])


#: The sex an honorific before a surname tells: "Mr. Clinton" is not the Hillary Clinton called "Mrs. Clinton".
HONORIFIC_SEX = {"Mr.": "m", "Mr": "m", "Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f", "Miss": "f"}
#: Honorifics before a surname: whatever word follows is the surname.
_HONORIFICS = frozenset({h.rstrip(".") for h in HONORIFIC_SEX} | {"Mx"})


#: A capitalised description joined by hyphens: "Mum-of-two", "Texas-based", "Korean-born", "Co-anchor" (not a
#: name's lower-case second part: "Ban Ki-moon", "Park Geun-hye").
RE_HYPHENATED_DESCRIPTOR = lazy_compile(
    r"\p{Lu}[\p{L}.]*+-(?:(?:of|in)-\p{Ll}++|based|born|bred|raised|educated)|(?:Co|Ex|Self)-\p{Ll}++(?:-\p{Ll}++)*+"
)


def _split_title(core: str) -> tuple[str | None, str | None]:
    """Split "US Defense Secretary Ash Carter" into ("US Defense Secretary", "Ash Carter")."""
    words = core.split()
    titles = _lower_titles()
    time_words = lexicons.words("time_words")
    if words and words[-1] in time_words and (words[-1] != "May" or len(words) == 1 or not words[-2][:1].isupper()):
        return None, None  # "last May"; but "Theresa May", "Prime Minister May": a surname
    if words and words[-1] in lexicons.words("organization_words") and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in {"of", "the", "for", "and"} for w in words[1:]
    ):
        name = " ".join(words[1:] if words[0].lower() == "the" else words)
        return None, name
    if len(words) >= 2 and words[-2].rstrip(".") in _HONORIFICS and RE_NAME_TOKEN.fullmatch(words[-1]):
        return " ".join(words[:-1]), words[-1]  # "Mr. King", "Ms. Judge": a surname that is also a title
    name_start = len(words)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        bare = w.strip(",")
        if bare.lower() in titles or bare.lower().rstrip(".") in titles or not RE_NAME_TOKEN.fullmatch(bare):
            break
        if bare.lower().endswith("-elect") and bare.lower().removesuffix("-elect") in titles:
            break  # "President-elect Donald Trump", "Premier-elect Sarah Wilkins"
        if bare.endswith(("'s", "’s", "s'", "s’")):
            break  # "Al Jazeera's Hiba Morgan", "Fox News’ Bret Baier": the possessor is no part of the name
        if RE_HYPHENATED_DESCRIPTOR.fullmatch(bare):
            break  # "Mum-of-two Sarah Jones": a description joined by hyphens, not a double-barrelled name
        name_start = i
    if name_start == len(words):
        return None, None
    for i in range(len(words) - 3, name_start - 1, -1):
        if words[i].lower() in _LABELS_BEFORE_NAMES:
            name_start = i + 1  # "Republican Marco Rubio", "Senate Intelligence Ranking Democrat Dianne Feinstein"
            break
    name = " ".join(words[name_start:])
    if name in lexicons.table("pronouns") or name.lower() in {"the", "a", "an", "someone", "somebody"}:
        return None, None  # "Someone familiar with his thinking": no name, an unnamed person
    if name_start == len(words) - 1 and (
        singular(name.lower()) in lexicons.words("speaker_nouns") or RE_AGENT_PLURAL.fullmatch(name)
    ):
        return None, None  # "Officials said", "Sources close to ...", "Librarians" at the start of a sentence
    if name_start == 0 and len(words) > 2 and words[0].lower() in lexicons.words("roles_before_names"):
        name_start, name = 1, " ".join(words[1:])  # "Actor Clint Howard", "Journalist Jorge Ramos" opening a sentence
    title = " ".join(words[:name_start]) or None
    if title and title.lower() in {"the", "a", "an"}:
        title = None
    if title and words[name_start - 1].lower() in _PHRASE_LINKS:
        title = None  # "a tally by the Associated Press": the words before the name are no title
    if name_start == 0 and words[0].lower() == "the":
        name = " ".join(words[1:]) or name
    return title, name


@functools.cache
def _EPITHET_NAMES() -> frozenset[str]:  # noqa: N802  # a constant, loaded on first use
    """Capitalised words that name a person by nationality or party after "the": "the Dutchman", "the Utah
    Republican"."""
    return lexicons.words("demonyms") | _PARTY_MEMBERS


#: People news names with "the" before their name: "The Dalai Lama said ...".
_PERSONS_NAMED_WITH_THE = frozenset(["Dalai Lama", "Donald", "Rock", "Weeknd", "Edge", "Undertaker"])
#: Party members named by a capitalised word: "the Florida Republican", "Democrats".
_PARTY_MEMBERS = frozenset(["Democrat", "Republican", "Tory", "Conservative", "Liberal", "Libertarian", "Independent"])


#: A capitalised plural of a noun for people by what they do or study: "Librarians", "Pediatricians",
#: "Virologists" (not a surname: few end so).
RE_AGENT_PLURAL = lazy_compile(r"\p{Lu}\p{Ll}{3,}+(?<=(?:ians|ists))")


def _name_kind(name: str) -> SpeakerKind:
    """ORGANIZATION for a firm's or an institution's name ("Procter & Gamble", "the Justice Department", "NATO",
    "the F.B.I.", "Politico", "BuzzFeed", "Factcheck.org"), else PERSON."""
    words = name.split()
    last = words[-1]
    if _first_name_and_surname(words):
        return SpeakerKind.PERSON  # "Sarah House", "Samantha Power": a first name, then a surname an organisation's
        # name may end with
    if "&" in name or last in lexicons.words("organization_words") or (
        last.isupper()
        and len(last) >= 2
        and "." not in last
        and not (len(words) > 1 and (RE_GENERATION.fullmatch(last) or last in lexicons.words("post_nominals")))
    ) or RE_DOTTED_ACRONYM.fullmatch(last):  # "the F.B.I.", "the N.A.A.C.P."; not initials ("J.R."), "Hugo Keith KC"
        return SpeakerKind.ORGANIZATION
    if name in lexicons.words("organization_names") or RE_ORGANIZATION_SHAPE.fullmatch(name):
        return SpeakerKind.ORGANIZATION
    if name in _state_names():
        return SpeakerKind.ORGANIZATION  # "Kyiv says ...", "Qatar said": a capital or a country for its government
    if len(words) == 2 and len(words[0]) >= 3 and words[0].isupper() and words[1] in _state_names():
        return SpeakerKind.ORGANIZATION  # "NHS England", "BBC Scotland": a body's branch for a country
    if RE_SURVEY_AGENCY.search(name):
        return SpeakerKind.ORGANIZATION  # "the U.S. Geological Survey"
    if len(name.split()) > 1 and last.lower() in _DOCUMENT_NAME_ENDINGS:
        # "the USA TODAY/Suffolk University Poll", "the Mueller Report", "the Periodic Labour Force Survey"
        return SpeakerKind.DOCUMENT
    return SpeakerKind.PERSON


#: A generation or regnal number after a name: "Brent Bozell III", "Pope Pius XII" are persons, not acronyms.
RE_GENERATION = lazy_compile(r"(?=[IVX])X{0,3}+(?:IX|IV|V?I{0,3}+)")


def _first_name_and_surname(words: list[str]) -> bool:
    """Whether a two-word name is a first name and a surname that is also an organisation's word ("Sarah House",
    "Samantha Power"); not a place's name ("Georgia Power", "Denver Post")."""
    return (
        len(words) == 2
        and words[1] in _SURNAME_ORGANIZATION_WORDS
        and words[0] in lexicons.table("first_names")
        and words[0] not in _state_names()
    )


#: Words that end organisations' names and are common surnames too.
_SURNAME_ORGANIZATION_WORDS = frozenset(["House", "Power", "Post", "Steel", "Press", "Bank"])
#: Last words that make a capitalised name a document's: "Poll", "Report", "Study", "Survey", "Census", "Act".
_DOCUMENT_NAME_ENDINGS = frozenset(
    "poll report study index analysis audit survey census act agreement accord treaty pact".split()
)
#: Agencies named as surveys: "the U.S. Geological Survey", "Ordnance Survey".
RE_SURVEY_AGENCY = lazy_compile(r"\b(?:Geological|Ordnance|Hydrographic|Geodetic)\s++Survey$")


#: An acronym of three or more letters written with periods: "F.B.I.", "F.A.A", "N.A.A.C.P.".
RE_DOTTED_ACRONYM = lazy_compile(r"(?:\p{Lu}\.){2,}\p{Lu}\.?")
#: One word shaped like a brand or a web site: "BuzzFeed", "EgyptAir", "Tchadinfos.com"; not "McConnell",
#: "DeSantis", "LaBelle".
RE_ORGANIZATION_SHAPE = lazy_compile(
    r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von|Fitz|St|O’|O')\p{Lu})\p{Lu}\p{Ll}++\p{Lu}[\p{L}\-]*+"
    r"|[\p{L}\-]++\.(?:com|org|net|gov|edu|info|news|io|ai|us|co\.uk|co|uk|ca|au|in|fr|de|es|it|tv)\b"
)


#: A share written with a sign, then its group: "58% of Americans".
RE_PERCENT_OF = lazy_compile(r"\d+(?:\.\d+)?%\s++of\s")


#: Two unnamed noun phrases joined by "and", each opened by an article or a number, then what they share: "two
#: U.S. officials and a Western diplomat (briefed on the plans)", "a senior official and a lawmaker".
_UNNAMED_PART = (
    r"(?P<part{n}>(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d++)\s++"
    r"(?:[\p{{L}}.\-]++\s++){{0,3}}?(?P<noun{n}>\p{{Ll}}[\p{{Ll}}\-]*+))"
)
RE_TWO_UNNAMED = lazy_compile(
    _UNNAMED_PART.format(n=1) + r"\s++and\s++" + _UNNAMED_PART.format(n=2) + r"(?=\s|$)"
)


def _part_count(part: str, noun: str) -> int | None:
    """How many one part of a pair of unnamed noun phrases counts: its number, or 1 for "a"/"an" and a singular
    noun ("a Western diplomat")."""
    count = _count(part)
    if count is None and part.split()[0].lower() in ("a", "an") and singular(noun) == noun:
        return 1
    return count


def _count(core: str) -> int | None:
    words = core.split()
    if len(words) > 2 and words[0].lower() in {"the", "all"}:
        words = words[1:]  # "The two lawmakers", "all three candidates"
    first = words[0].lower() if words else ""
    if len(words) > 1 and words[1].lower() in {"percent", "per", "%"} or first.endswith("%"):
        return None  # "58 percent of Americans", "58% of voters": a share, no count
    if first.replace(",", "").isdigit() and not first.startswith(","):
        return int(first.replace(",", ""))  # "12", "1,200"
    tens, _, unit = first.partition("-")
    if tens in _TENS and (not unit or unit in _NUMBERS and unit not in {"a", "an"} and _NUMBERS[unit] < 10):
        return _TENS[tens] + (_NUMBERS[unit] if unit else 0)  # "Twenty", "Thirty-one"
    dozen = RE_DOZEN.match(" ".join(words).lower())
    if dozen is not None:  # "A dozen lawmakers", "Half a dozen employees", "two dozen"
        return 6 if dozen.group("half") else 12 * (_NUMBERS.get(dozen.group("n") or "a") or 1)
    return _NUMBERS.get(first) if first not in {"a", "an"} else None


#: A count in dozens before the noun counted: "a dozen", "half a dozen", "two dozen" (not "dozens of").
RE_DOZEN = lazy_compile(r"(?:(?P<half>half\s++a)|(?P<n>a|two|three|four|five|six))\s++dozen\s++(?!of\b)\S")


def _strip_article(phrase: str) -> str:
    return RE_ARTICLE.sub("", phrase)
