"""Whether a phrase can name a speaker: names, pronouns, and noun phrases headed by a speaker noun."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from .. import lexicons
from ..patterns import lazy_compile
from ..quotes import title_case
from ..segmentation import PARTY_LABEL
from ..types import Span

_FUNCTION_WORDS = frozenset(
    "a an the this that these those his her its their our my your some any no every each other such what which "
    "who whom whose and or but if as so to of in on at by for with from than then there here it's is are was "
    "were be been being has have had do does did will would can could should may might must not also".split()
)


#: Past participles without -ed that follow a noun: "ground rules set by the Pentagon", "claims made by".
IRREGULAR_PARTICIPLES = frozenset(
    "set made laid put given taken written drawn shown seen done held kept brought sent known spread cast".split()
)
_NOT_IN_SPEAKER = frozenset(
    "is are was were will would not be been has have had did does do can could should may might must get "
    "isn't aren't wasn't weren't hasn't haven't hadn't didn't doesn't won't".split()
)


#: Past and present forms of the commonest cues: a phrase holding one is a clause, not a speaker.
_CUE_WORDS = frozenset("said says told tells wrote writes asked added adds according".split())
RE_NOT_IN_NAME = lazy_compile(r"[\"“”;:\[\]]|''")
_INTRO_PARTICIPLES = frozenset(
    "asked pressed reached questioned interviewed addressing appearing responding reacting talking speaking "
    "writing reprising referring describing discussing citing based judging "
    "calling including contradicting quoting echoing praising attacking blaming thanking urging accusing "
    "criticizing criticising mocking prompting featuring targeting".split()
)  # (and participles with an object: "calling Yahoo News", "contradicting Trump", "including The Washington Post")
_SUBORDINATORS = frozenset(
    "since because if when while although though as after before unless whether so where whereas until".split()
)


#: A verb with its complement inside a would-be speaker phrase: "the company agreed to pay ...", "a member of the
#: committee, recalled what happened".
RE_VERB_IN_PHRASE = lazy_compile(r"\b\p{Ll}+ed\s+(?:to|the|a|an|that|his|her|their|its|what|how|why|whether)\b")
#: A present-tense verb after an adverb or a name, then its object's determiner: "(Asawitiri Media) also uses the
#: (same photo)", "(The ad) uses a (clip)".
RE_PRESENT_VERB_AND_OBJECT = lazy_compile(
    r"(?<=\b(?:also|still|now|often|even|only|already|never|always|just|\p{Lu}[\p{L}.’'\-]*+)\s++)"
    r"\p{Ll}{2,}(?<![su]s)s\s++(?:the|a|an|his|her|its|their)\s"
)
#: A poll's share and then its verb and object, which make a clause: "39 percent blame his supporters (and ...)".
RE_SHARE_THEN_VERB = lazy_compile(
    r"\d(?:\s*+%|\s++percent)\s++(?!of\b|who\b|percent\b|and\b|or\b)\p{Ll}++\s++(?:the|a|an|his|her|their|its|it|him|them)\b"
)


#: A relative pronoun's verb, where the relative is the subject: "which (means)", "that (is)"; not a determiner or
#: a name, which open the subject of an object relative ("which the bank (detailed)", "which President Obama").
RE_RELATIVE_VERB = lazy_compile(
    r"(?!(?:the|a|an|his|her|its|their|our|my|your|this|these|those|some|many|most|all|both|he|she|they|we|it|"
    r"i|you)$)\p{Ll}++"
)
#: Party adjectives, which name no one alone ("Democratic rules make it difficult"); "Democrats" and "six in 10
#: Republican (voters)" do.
_ADJECTIVES_ALONE = frozenset(["Democratic", "Libertarian"])
#: What a market trades or counts, which heads no speaker phrase: "Shares (fell)", "Oil prices (rose)".
_MARKET_NOUNS = frozenset(
    "shares stocks stock prices price sales profits profit revenue revenues earnings bonds yields futures oil gold "
    "exports imports".split()
)
#: Adverbs that open an imperative or a clause, never a speaker alone: "Just (ask X)", "Only (say ...)".
_ADVERBS_ALONE = frozenset(["just", "only", "even", "still", "simply", "perhaps", "maybe"])
#: A comparison of a counted noun ("more delegates than"), which no speaker phrase makes ("more than 50 officials"
#: compares a number).
RE_COMPARED_NOUN = lazy_compile(r"\b(?:more|fewer|less)\s++(?:\p{Ll}++\s++){1,4}?than\b")
#: An adjective made with a lower-case prefix and a hyphen: "anti-Latino", "pro-Trump", "non-partisan" (not the
#: "Anti-Defamation League").
RE_PREFIXED_ADJECTIVE = lazy_compile(r"(?:anti|pro|non|post|pre|neo|semi)-[\p{L}\-]++")
#: Where a relative clause opens, whose verbs are no predicate of the phrase: "people who lost their insurance".
RE_RELATIVE_CLAUSE = lazy_compile(r"\b(?:who|whom|whose|which|that)\b")
#: "who" and a verb after a head: a relative clause that a circumstance may go on after a comma.
RE_WHO_CLAUSE = lazy_compile(r"\s(?:who|that)\s++(?:have|has|had|were|was|are|is|\p{Ll}+ed)\b")
#: A prepositional phrase set off by commas (or two joined by "or"/"and"): "on television or at events,".
RE_CIRCUMSTANCE_APPOSITIVE = lazy_compile(
    r"\s*+(?:on|in|at|over|during|for|from|with|by|since|across)\s[^,;:\"“”]{1,80}?,\s*+"
)


@functools.cache
def _irregular_verb_in_phrase() -> regex.Pattern[str]:
    """A past form that is a participle too, before a determiner: a clause's predicate ("Carson made a bizarre
    attack"), not a postmodifier ("a letter sent to the board", "reporters led by Chris Matthews")."""
    forms = "|".join(sorted(lexicons.words("past_participle_verbs")))
    return regex.compile(rf"\b(?:{forms})\s+(?:the|a|an|his|her|their|its)\b")


#: A time, then a past form: the predicate of a clause ("candidates on Wednesday reacted to").
RE_TIME_THEN_VERB = lazy_compile(
    r"\b(?:on\s++(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last\s++(?:week|month|"
    r"year|night))\s++\p{Ll}{3,}ed\b"
)
RE_PREDICATE_AFTER_APPOSITIVE = lazy_compile(
    r"(?<!\b(?:who|whose|which)\b[^,]*,[^,]*),\s++(?:(?:has|have|had)\s++(?:also\s++|since\s++)?)?\p{Ll}+ed\s+"
    r"(?:(?:to|the|a|an|that|his|her|their|its|what|how|why|whether)\b|\$|\d)"
    r"|(?<!\b(?:who|whose|which)\b[^,]*,[^,]*),\s++(?:has|have|had)\s++(?:also\s++|since\s++|long\s++|repeatedly\s++)?"
    r"(?:\p{Ll}+ed|been|set|made|built|become|taken|given|done|gone|seen|written|spoken|won|lost|led|put|run|sought)\b"
)  # "McCain, the nominee in 2008, issued a statement", "Anthony Albanese, has defended his plan", "Rubio, Republican
# of Florida, has talked about ...", "Rob Calabrese, a radio host, has set up a website"
#: An approximation before a count: "about half", "nearly 40 percent", "more than 100".
RE_APPROXIMATELY = lazy_compile(
    r"(?P<approx>(?i:as\s+(?:many|much|few|little)\s+as|up\s+to|(?:just\s+)?shy\s+of|just\s+(?:under|over)|under|"
    r"about|nearly|almost|roughly|around|over|some|fully|just|barely|at\s+least|at\s+most|"
    r"more\s+than|fewer\s+than|less\s+than))\s+(?:half|a\s+third|a\s+quarter|\d|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)"
)


#: A title in quotation marks inside a speaker's description: 'star of "The Apprentice,"'.
#: The relative pronoun opening a clause set off after a name: "Humphrey, who".
RE_RELATIVE_AFTER_NAME = lazy_compile(r"^[^\"“”]{2,80}?,\s++(?:who|which)\s")
RE_QUOTE_MARKS = lazy_compile(r"[\"“”]|''")
RE_QUOTED_TITLE = lazy_compile(
    r"(?:[\"“]|'')(?P<title>\p{Lu}(?:[^\"“”',.]|'(?!')){0,60}?)(?P<stop>[,.]?)(?:[\"”]|'')"
)  # "“The Apprentice,”", "''America's Unwritten Constitution,''" (the NYT's marks)


def _title_word(m: regex.Match[str]) -> str:
    """A quoted title or nickname as one capitalised word (keeping a comma it closes), or the quotation as it is:
    "“The Apprentice,”", "the hacker known as “Guccifer,”"."""
    words = m.group("title").split()
    nickname = len(words) == 1 and RE_NICKNAMED.search(m.string, max(0, m.start() - 12), m.start()) is not None
    determiner = RE_DETERMINER_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) if len(words) == 1 else None
    named_work = len(words) == 1 and RE_POSSESSIVE_ENDING.search(m.string, max(0, m.start() - 4), m.start()) or (
        determiner is not None
        and (determiner.group().split()[0].lower() == "of" or RE_NOUN_AFTER.match(m.string, m.end()) is not None)
    )  # "the “Avatar” star", "star of “Avatar”", "television’s “Scandal,”": a one-word title
    return "Title" + m.group("stop") if title_case(words) or nickname or named_work else m.group()


#: A determiner (or "of") right before a position: "that report", "that 2013 report", "star of (“Scandal”)".
RE_DETERMINER_BEFORE = lazy_compile(
    r"(?i:\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|whose|every|each|no|any|such|"
    r"which|of)\s+)(?:\d{4}\s++)?$"
)
#: A possessive ending right before a position: "television’s (“Scandal”)".
RE_POSSESSIVE_ENDING = lazy_compile(r"\w[’']s\s++$")
#: A lower-case word after a quoted title, the noun it modifies: "(the “Avatar”) star".
RE_NOUN_AFTER = lazy_compile(r"\s++\p{Ll}")


#: What gives a nickname: "known as (“Guccifer”)", "nicknamed", "dubbed".
RE_NICKNAMED = lazy_compile(r"\b(?:known\s++as|nicknamed|dubbed|aka|alias)\s++$")


#: A party and state label set off after a name, as a whole phrase: "R-NY", "D-Calif.,".
RE_PARTY_LABEL = lazy_compile(rf"{PARTY_LABEL},?")
#: A party label or an acronym closing a name: "Dianne Feinstein (D-Calif.)", "the Internet Freedom Foundation
#: (IFF)".
RE_PARTY_LABEL_AT_END = lazy_compile(rf"\((?:{PARTY_LABEL}|\p{{Lu}}[\p{{Lu}}\p{{N}}&.\-]{{1,11}})\)\s*+$")
#: A name and an infinitive after it: "Biden to unveil climate plan", "Apple to cut 600 jobs".
RE_NAME_THEN_INFINITIVE = lazy_compile(
    r"(?:\p{Lu}[\w.&’'\-]*+\s++){1,4}to\s++(?!(?:the|a|an|his|her|their|its|this|that|these|those)\b)\p{Ll}"
)  # not "Aides to the governor": a determiner opens a noun phrase, no verb
RE_REFLEXIVE = lazy_compile(r"(?<=\S)\s++(?:himself|herself|itself|themselves)$")
#: A share of those polled: "six in 10", "seven out of 10", "one in five".
RE_SHARE = lazy_compile(
    r"(?i:\d+|one|two|three|four|five|six|seven|eight|nine)\s++(?:in|out\s++of)\s++"
    r"(?i:\d+|three|four|five|six|seven|eight|nine|ten)"
    r"|(?i:one|two|three|four)-(?i:thirds?|quarters?|fourths?|fifths?)\b(?!\s++of\b)"  # "three-fourths say"
    r"|(?i:all|none)\s++but\s++(?i:\d+|one|two|three|four|five|a\s++few|a\s++handful)"  # "all but two said"
)
RE_PERCENT = lazy_compile(r"\d+(?:\.\d+)?\s*+(?:%|percent|per\s+cent)")
#: A part of a group: "one of those advisers", "some of the protesters", "a handful of senators".
RE_PARTITIVE = lazy_compile(
    r"(?i:one|some|many|most|several|few|all|none|each|both|either|neither|two|three|four|five|six|seven|eight|"
    r"nine|ten|dozens|hundreds|thousands|half|"
    r"a\s+(?:(?:small|large|significant|growing|substantial|sizable|good)\s+)?"
    r"(?:few|number|handful|couple|majority|third|quarter)|a\s+(?:(?:wide|broad)\s+)?(?:array|range|variety|host|slew|"
    r"chorus)|"
    r"(?:one|two|three)-(?:thirds?|quarters?|fifths?)|the\s+majority|majorities|a\s+plurality)\s+of\s+(?P<whole>\S.*)"
)


#: Focusing adverbs that may open a speaker phrase ("Even his allies"), or a prepositional phrase before it.
_FOCUS_WORDS = frozenset(["even", "just", "only", "still", "yet", "also"])
#: Prepositions that approximate a count after a focusing adverb: "Just over a quarter", "only about half".
_APPROXIMATING = frozenset(["over", "under", "about", "around", "above", "below"])
#: Words that open an introductory phrase, never a speaker: "Like a family member, ...", "Rather, ...".
_INTRO_WORDS = frozenset(
    "like unlike despite amid amidst among rather instead meanwhile however still yet now then again earlier later "
    "back so thus indeed separately similarly likewise moreover nevertheless nonetheless furthermore additionally "
    "finally along ultimately overall alongside beyond besides throughout toward towards why how contrary".split()
)


def _introduces(core: str) -> bool:
    """A phrase before a comma that introduces the sentence rather than naming its speaker: a participle
    ("Reading from a prepared text"), a place ("Iowa") or a state's abbreviation ("Ariz.")."""
    first = core.split()[0] if core.split() else ""
    participle = len(core.split()) > 1 and len(first) > 5 and first.endswith("ing") and first[:1].isupper()
    return participle or core in lexicons.words("places")


def _role_without_article(core: str, appositive: str) -> bool:
    """Whether a one-word place before a comma is a person's name, its appositive a role with no article:
    "Washington, star of television’s “Scandal,”" (not "Nev., others", "Iowa, officials")."""
    first = appositive.split()[0]
    return " " not in core and not first.endswith("s") and first in lexicons.words("speaker_nouns")


def one_abbreviation(phrase: str) -> bool:
    """A single abbreviated word ("Ariz.", "Va."): a place before a comma, not a name ("in Douglas, Ariz., border
    officials say")."""
    words = phrase.split()
    return len(words) == 1 and words[0].endswith(".")


_PREPOSITIONS = frozenset("in on at for with to from by during after before about of as into over under".split())


RE_POSTMODIFIER = lazy_compile(
    r"(?<!\s)\s++(?:(?:directly|closely|personally|intimately|previously|currently|deeply|fully|formerly|also|still|"
    r"not)"  # "experts not involved in the study"
    r"\s++(?=familiar|close|briefed|involved|knowledgeable|privy|working|based)"
    r"|(?:just|newly|recently|first|publicly)\s++(?=(?:published|released|obtained|issued|filed|posted|unsealed)"
    r"(?:\s++(?:by|in|on|for|to|at|last|this|earlier)\b|\s*+$)))?"  # "a textbook just published for 9th graders"
    r"(?:who|whom|whose|which|that|familiar(?=\s+with|\s*+$)|with|close(?=\s+to)|from|at|of|in|for|on|to|briefed|involved|"
    r"(?<=\b(?:report|book|memo|study|studies|article|story|stories|ad|letter|poll|survey|documentary|film|column|"
    r"email|paper|editorial|video|analysis)s?\s++)about|"  # "A report about the integration of immigrants"
    r"knowledgeable(?=\s+(?:about|of|on))|privy(?=\s+to)|"
    r"speaking|working|representing|requesting|asking|declining|insisting|citing|based|under|over|"
    r"(?:supporting|backing|opposing|endorsing|including|allied\s++with|loyal\s++to)(?=\s++\p{Lu})|"
    # "Democrats supporting Mrs. Clinton": a group, no person named Clinton
    r"inside(?!\s++(?:source|sources|man|men|player|players|account|accounts)\b)|within|"
    r"among|across|relat(?:ing|ed)(?=\s++to\s)|"
    r"(?:(?<!\b(?:newly|recently|just|widely|previously)\s++)|(?=\p{Ll}++\s++(?:by|in|on|for|to|at|from|last|this|earlier)\b))"
    # not "A newly released email", but "A textbook just published for 9th graders"
    r"(?:taken|released|conducted|published|obtained|seen|reviewed|issued|filed|posted|made|given|cited|"
    r"quoted|compiled|reported)(?!\s++(?:a|an)\s)|present|"  # not "both men issued a (statement)": a verb
    r"unsealed|(?:discovered|recovered|leaked|intercepted|written|signed|drafted)"
    r"(?=\s++(?:on|in|by|from|at|to|inside|during)\s)|"  # "Text messages discovered on one of the phones"
    r"commissioned|sponsored|funded|"
    r"surveyed|polled|sampled|interviewed|contacted|"
    r"(?:I|we)(?:[’']ve|\s++(?:have|had))?\s++(?:spoken|spoke|talked|interviewed|met|surveyed|contacted|reached|asked)"
    r")\b.*$"  # "Several people I've spoken with"
)


#: A capitalised gerund and the determiner of its object opening a phrase: "Defending that (terrain)".
RE_GERUND_OPENING = lazy_compile(r"\p{Lu}\p{Ll}{2,}ing\s++(?:that|the|a|an|his|her|their|its|this|these|those)\s")
#: A participle after a head noun, then a preposition or "to": "(Democrats) trying to regain control of the
#: Senate", "(residents) living near the plant", "(voters) going to the polls"; only where no appositive follows.
RE_PARTICIPLE_POSTMODIFIER = lazy_compile(
    r"(?<!\s)\s++\p{Ll}{2,}ing(?=\s++(?:to|in|on|at|for|near|from|across|outside|around|against)\s).*$"
)


_MAX_SPEAKER_WORDS = 14
#: The most words a role before a name may have ("The chairman of the House Intelligence Committee, Devin Nunes").
_MAX_ROLE_WORDS = 8


def opens_relative(phrase: str) -> bool:
    """Whether a phrase stops right after a relative pronoun, its clause interrupted by an aside: "a former
    official who| , like others interviewed, spoke ..."."""
    return phrase.endswith((" who", " which"))


#: Quantifiers that stand for people on their own: "Some said ...", "many said Monday that ...", "Others argued".
QUANTIFIER_SUBJECTS = frozenset(["some", "many", "most", "others", "several"])
#: One of a group just mentioned: "Fans flooded her comments. “We love you,” one wrote."
ONE_OF_A_GROUP = frozenset(["one", "another"])
#: Words for the two people just named: "Rubio and Cruz said ... Both said", "The two said".
PAIR_REFERENCES = frozenset(["both", "the two", "the pair"])


#: A dash set off by spaces: one opens a new clause, two enclose an aside ("Sen. X — a Democrat — said").
RE_DASH_BREAK = lazy_compile(r"\s[—–―](?:\s|$)|\s--(?:\s|$)")
#: A phrase and an aside between dashes closing it: "Sen. Joe Manchin — a Democrat from West Virginia —".
RE_DASH_ASIDE_AT_END = lazy_compile(r"(?<![^—–―])(?P<np>[^—–―]++)(?<=\s)[—–―]\s++(?P<aside>[^—–―]++)(?<=\s)[—–―]")


#: A time after the name: "Donald Trump on Sunday", "Hillary Clinton last week".
RE_TRAILING_TIME = lazy_compile(
    r"(?<!\s)(?<!\bSuper)\s++(?:(?:early|late|earlier|later)\s+)?(?:on\s+|last\s+|this\s+|early\s+|late\s+)?(?:past\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"week|weekend|month|year|night|morning|afternoon|evening|today|yesterday|tonight)(?:\s+(?:night|morning|"
    r"afternoon|evening))?$"
)


def time_after_name(before: str) -> bool:
    """Whether a time closing a mention tells when its speaker spoke: after a name ("Donald Trump| on Sunday") or a
    short noun phrase ("The Trump campaign| on Tuesday"), not inside a postmodifier ("a report released| Monday",
    "voters going to the polls| Tuesday", "who lined up to hear Mr. Trump here| on Tuesday")."""
    words = before.split()
    if words[-1][:1].isupper() or before.rstrip().endswith(",") or RE_PARTY_LABEL_AT_END.search(before):
        return True  # "Donald Trump| on Sunday", "Trump, who has been feuding with party leaders,| on Friday",
        # "Dianne Feinstein (D-Calif.)| last week", "the Internet Freedom Foundation (IFF)| in a statement"
    if "," in before or words[-1].endswith(("ed", "en", "wn", "ing")):
        return False
    if len(words) <= 4:
        return True
    head = singular(words[-1].lower())
    return (
        head in lexicons.words("speaker_nouns")
        and lexicons.table("speaker_kinds").get(head) != "document"
        and not any(w in _POSTMODIFIER_OPENERS or w.endswith(("ed", "ing")) for w in words)
    )  # "The British capital's new mayor| on Tuesday"; not "Majorities of Democrats going to the polls| Tuesday",
    # nor "an ABC News-Washington Post poll last week" (when the poll was taken)


_POSTMODIFIER_OPENERS = frozenset("of in on at to for from with by about who which that".split())


#: A relative clause or an appositive in parentheses after a name: " (who has 25 delegates to date)".
RE_PARENTHETICAL_ASIDE = lazy_compile(r"(?<=\S)\s++\((?:who|whose|which|a|an|the)\s[^()]{1,100}\)")
#: A comma between the digits of a number: "1,409".
RE_THOUSANDS_COMMA = lazy_compile(r"(?<=\d),(?=\d{3}\b)")
#: A hyphen standing alone between words, as a dash: "Deborah Reynolds - his girlfriend -".
RE_SPACED_HYPHEN = lazy_compile(r"(?<=\s)-(?=\s|$)")


def hyphens_as_dashes(phrase: str) -> str:
    """``phrase`` with its lone hyphens and double hyphens written as dashes (the same length: offsets into it stay
    true; " -- " becomes "  — ")."""
    if " -" not in phrase:
        return phrase
    return RE_SPACED_HYPHEN.sub("—", RE_SPACED_DOUBLE_HYPHEN.sub(" —", phrase))


RE_SPACED_DOUBLE_HYPHEN = lazy_compile(r"(?<=\s)--(?=\s|$)")


#: Last words of a time that may close a subject (:data:`RE_TRAILING_TIME`).
_TIME_LAST_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday week weekend month year night morning afternoon evening "
    "today yesterday tonight".split()
)
#: First words of a time that may close a subject ("The senator last week", not "One Sunday").
_TIME_MODIFIERS = frozenset("on last this next early late earlier later today yesterday tonight".split())


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
    if not phrase or phrase.count(" ") >= 2 * _MAX_SPEAKER_WORDS:
        return False  # far too long to name a speaker: no need to look closer
    if phrase.count("(") != phrase.count(")"):
        return False  # "video surfaced showing Clinton stumbling (her campaign": a parenthesis opens a new clause
    if "(" in phrase:
        phrase = RE_PARENTHETICAL_ASIDE.sub("", phrase)  # "Kasich (who has 25 delegates to date)": the name speaks
    phrase = hyphens_as_dashes(phrase)
    if "," in phrase:
        phrase = RE_THOUSANDS_COMMA.sub("", phrase)  # "1,409 teachers": a number, no appositive
    last = phrase.rsplit(None, 1)[-1] if " " in phrase else ""
    time = RE_TRAILING_TIME.search(phrase) if last in _TIME_LAST_WORDS else None  # a cheap test first
    if (
        time is not None
        and time.start() > 0
        and time.group().split()[0].lower() in _TIME_MODIFIERS
        and time_after_name(phrase[: time.start()])
    ):
        phrase = phrase[: time.start()]  # "The senator last week (said)", "The White House earlier this month"
    company = RE_COMPANY_ASIDE.search(phrase) if "," in phrase else None
    added = phrase[company.end() :].rstrip(" ,") if company is not None else ""
    if company is not None and "," not in added:  # "Smith, along with two other senators,": both parts name speakers
        return _looks_like_speaker(phrase[: company.start()], strict) and _looks_like_speaker(added, strict)
    return _looks_like_speaker(phrase, strict)


#: An aside that adds speakers to a subject: ", along with (Y)", ", as well as (Y)", ", together with (Y)".
RE_COMPANY_ASIDE = lazy_compile(r",\s++(?:(?:along|together)\s++with|as\s++well\s++as)\s++(?=\S)")


#: A name, a lower-case word and another name: "Trump attacked Clinton" (a past verb there makes a clause).
RE_NAME_VERB_NAME = lazy_compile(
    r"(?<![\w.’'\-])(?!(?:A|An|The|This|That|These|Those|Some|Many|Most|Several|All|Both|Each|Every|Few|Other|Another|"
    r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s)\p{Lu}[\w.’'\-]*+\s++(?P<verb>\p{Ll}++)\s++(?:the\s++)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)\p{Lu}"
)  # not "A flabbergasted Noah", "Some miffed Sanders supporters", "a poll ... released Wednesday"


#: A relative clause set off by commas and then a verb with its object: ", who is black, held up her signs".
RE_PREDICATE_AFTER_RELATIVE = lazy_compile(
    r",\s++(?:who|which)\s[^,]++,\s++(?P<verb>\p{Ll}++)\s++(?:(?:up|out|down|off|back|on)\s++)?"
    r"(?:the|a|an|his|her|their|its|this|that|these|those|him|them|it|me|us)\s"
)
#: Words that end no noun phrase: a coordinator or a subordinator left waiting for what follows it ("Donald Trump
#: named Sen. Ted Cruz, R-Texas, when (asked ...)").
_DANGLING_WORDS = frozenset("and or but nor when while if because although though unless until whereas".split())
#: Up to four capitalised words: a name ("Alan Berger", "Sen. Marco Rubio").
_NAME_WORDS = r"\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){0,3}"
#: An object relative clause open at the end of a phrase, its subject and no verb yet: "(the preacher) whom
#: Erdogan", "which President Obama" (not "a person with whom he spoke").
RE_WHOM_THEN_SUBJECT = lazy_compile(
    rf"(?:^|\s)(?:whom|which)\s++(?:(?:the\s++)?{_NAME_WORDS}|he|she|they|we|I|you|it)$"
)
#: The end of a relative clause that gives a name, which the appositive after it writes: "who asked to be
#: identified only by his first name| , Ali,".
RE_NAME_GIVEN_BEFORE = lazy_compile(r"(?<!\S)(?:who|whom)\s[^,]*+(?<=\s(?:first|last|given)\s++names?)$")


@functools.cache
def _past_forms() -> frozenset[str]:
    """Irregular past forms ("met", "took", "made"): after a name, a predicate's verb."""
    return lexicons.words("simple_past_verbs") | lexicons.words("past_participle_verbs")


def past_form(word: str) -> bool:
    """A past form of a verb: "-ed", or an irregular one ("took", "made")."""
    return word.endswith("ed") or word in _past_forms()


#: Finite auxiliaries and modals: a phrase holding one is a clause.
FINITE_AUXILIARIES = frozenset(
    "is are was were has have had will would can could should may might must do does did".split()
)


def past_or_auxiliary(word: str) -> bool:
    """Whether ``word`` is a past form ("-ed", or irregular: "paid") or a finite auxiliary: a clause's verb."""
    return past_form(word) or word in FINITE_AUXILIARIES


@functools.lru_cache(maxsize=8192)
def _looks_like_speaker(phrase: str, strict: bool) -> bool:
    breaks = RE_DASH_BREAK.findall(phrase)
    if len(breaks) == 1:
        return False  # "Residents were divided — some praised the parks, others": a clause break, not an aside
    aside = RE_DASH_ASIDE_AT_END.fullmatch(phrase) if len(breaks) == 2 else None
    if aside is not None and _looks_like_speaker(aside.group("np").strip(), strict):
        return True  # "Joyce — who is listed as an attorney in Illinois —"
    clause = RE_NAME_VERB_NAME.search(phrase)
    if clause is not None and (
        clause.group("verb").endswith("ed") or clause.group("verb") in lexicons.words("simple_past_verbs")
    ):
        return False  # "(As) Trump attacked Clinton, the attendees (chanted)": a clause, a name its object
    predicate = RE_PREDICATE_AFTER_RELATIVE.search(phrase) if ", " in phrase else None  # a cheap test first
    if predicate is not None and past_form(predicate.group("verb")):
        return False  # "Ms. Nwanguma, 21, who is black, held up her signs, Trump supporters ...": the relative
        # clause closes and the subject's own predicate follows, a clause
    if RE_NOT_IN_NAME.search(phrase):
        phrase = RE_QUOTED_TITLE.sub(_title_word, phrase)  # 'star of the reality TV show "The Apprentice,"'
        relative = RE_RELATIVE_AFTER_NAME.search(phrase)
        if relative is not None:  # 'Humphrey, who calls Trump a “sociopath,”': the relative clause's own words
            phrase = phrase[: relative.end()] + RE_QUOTE_MARKS.sub("", phrase[relative.end() :])
        if RE_NOT_IN_NAME.search(phrase):
            return False
    approx = RE_APPROXIMATELY.match(phrase)
    if approx is not None:
        phrase = phrase[approx.end("approx") :].lstrip()  # "about half of voters", "at least 40 percent of ..."
    phrase = RE_REFLEXIVE.sub("", phrase)  # "Ford itself", "Trump himself"
    if (
        RE_SHARE.fullmatch(phrase)
        or RE_PERCENT.fullmatch(phrase)
        or phrase.lower() in QUANTIFIER_SUBJECTS
        or phrase.lower() in ONE_OF_A_GROUP
        or phrase.lower() in PAIR_REFERENCES and phrase != "both"  # not "X — ... — both suggested": a quantifier
    ):
        return True  # a poll's "six in 10", "26%", "Some said ...", "many said ..."
    share = RE_SHARE.match(phrase)
    if share is not None and phrase[share.end() :].strip():
        return _looks_like_speaker(phrase[share.end() :].strip(), False)  # "four in 10 Republican primary voters"
    partitive = RE_PARTITIVE.match(phrase)
    if partitive is not None:  # "one of those advisers", "many of them", not "some of it"
        whole = partitive.group("whole")
        return whole.lower() in {"them", "us", "those"} or _looks_like_speaker(whole, strict) and whole != "it"
    if phrase.rstrip(".,") in lexicons.words("state_abbreviations") or RE_PARTY_LABEL.fullmatch(phrase):
        return False  # "Mass." in "a retired teacher in Newton, Mass., said", "R-NY": a place, a party label
    first_word = phrase.split()[0].lower().rstrip(",;:")
    if first_word in THING_PRONOUNS and " " in phrase:
        return False  # "Everything Trump (says is a lie)": the object of a relative clause, no speaker
    coordinated = phrase.split(None, 1) if phrase.split()[0] in {"and", "but"} else []
    if len(coordinated) == 2 and not _looks_like_speaker(coordinated[1], strict):
        return False  # "(..., and) I suspect that by spring it (will agree)": no speaker after the coordinator
    if first_word in _PREPOSITIONS or first_word in _INTRO_WORDS or phrase.split()[0] in {"or", "nor"}:
        return False  # not "(Democracy for America,) or DFA": a second name of what comes before
    second_word = phrase.split()[1].lower() if " " in phrase else ""
    if first_word in _FOCUS_WORDS and second_word in _PREPOSITIONS and second_word not in _APPROXIMATING:
        return False  # "Even with fewer people in the race, (some GOP figures)": an introductory phrase
    core, _, appositive = phrase.partition(",")
    core = core.strip()
    if core.endswith(")"):
        core = RE_PARTY_LABEL_AT_END.sub("", core).rstrip() or core  # "Dave Rutherford (D-Ward 4)": the name
    if appositive.strip(" ,").rstrip(".") in lexicons.words("state_abbreviations"):
        appositive = ""  # "officials ... from Mrs. Clinton's house in Chappaqua, N.Y.": a town and its state
    if opens_relative(core) and appositive.strip():
        core = core.rsplit(None, 1)[0]  # "a former official who, like others interviewed, spoke ...": a relative clause
        appositive = "who " + appositive
    if (
        appositive.strip(" ,")
        and (_introduces(core) or one_abbreviation(core))
        and not _role_without_article(core, appositive)
        and not (core in lexicons.words("places") and appositive.lstrip().startswith(("who ", "whose ")))
        # ("Paris, who works nearby,": a place's name with "who" after it is a person's)
    ):
        return False  # "Reading from a text, Ben Carson", "Iowa, the candidate": the speaker follows the comma
    if appositive.strip()[:1].isupper() and RE_NAME_GIVEN_BEFORE.search(core):
        return _looks_like_speaker(core, strict)  # "A worker who asked to be identified only by his first name, Ali,
        # for fear of losing his job,": the name given and its reason belong to the condition
    if (
        RE_CIRCUMSTANCE_APPOSITIVE.fullmatch(appositive)
        and RE_WHO_CLAUSE.search(core)
        and _looks_like_speaker(core, strict)
    ):
        return True  # "Voters who have listened to his speeches, on television or at events,": the relative clause
        # goes on past its comma
    if appositive.strip(" ,") and not _appositive_ok(appositive.strip(" ,"), closed=appositive.rstrip().endswith(",")):
        return False
    if appositive.strip()[:1].isupper() and len(core.split()) > _MAX_ROLE_WORDS and " and " not in appositive:
        return False  # "A rumpled figure with short gray whiskers on his face, Bob": the name after the comma speaks
    words, phrase_words = core.split(), phrase.split()
    if not words or len(phrase_words) > 2 * _MAX_SPEAKER_WORDS:
        return False
    if phrase_words[-1] in _RAISING_VERBS:
        return False  # "a recent review of the emails seems (to show)": a clause's subject and its verb
    if RE_NAME_THEN_INFINITIVE.match(phrase):
        return False  # "Biden to unveil climate plan": a headline's clause (a name's future), not a speaker
    if phrase_words[-1].lower() in {"who", "that", "which", "whom"} and len(phrase_words) > 1:
        return False  # "Santos, who took office in 2021, has faced criticism from lawmakers who": a clause
    if phrase_words[-1].lower() in _DANGLING_WORDS and len(phrase_words) > 1:
        return False  # "Other officers ... chafed at such second-guessing and (said)": a clause before its verb
    if ("whom" in phrase_words or "which" in phrase_words) and RE_WHOM_THEN_SUBJECT.search(phrase):
        return False  # "the preacher whom Erdogan (accuses of ...)", "which President Obama (declared ...)": the
        # relative clause's subject and its verb
    if phrase_words[-1] in _SUBJECT_PRONOUNS and len(phrase_words) > 1:
        return False  # "Mary Fallin, who opposes abortion, vetoed the bill because she": a clause, then its subject
    head_part = core
    if not appositive.strip():
        head_part = RE_PARTICIPLE_POSTMODIFIER.sub("", core) or core  # "Democrats trying to regain the Senate"
    head_part = RE_POSTMODIFIER.sub("", head_part) or head_part
    if head_part.strip().lower() in _POSTMODIFIED_QUANTIFIERS and head_part != core:
        return True  # "Those familiar with the decision", "those who attended", "some who advocate free speech"
    if head_part != core and head_part.strip().lower() in _AMOUNT_NOUNS:
        return False  # "Part of the problem in detecting tunnels (, say experts)": an amount of a thing, no one
    if head_part != core and RE_PERCENT.fullmatch(head_part.strip()):
        return True  # "58% of Americans", as "58 percent of Americans"
    head_words = head_part.split()
    if len(head_words) > _MAX_SPEAKER_WORDS:
        return False  # a long postmodifier is fine ("people familiar with the matter who asked ..."), not a long head
    if any(w in _CUE_WORDS for w in head_words) or any(
        map(_auxiliary, ["", *head_words[:-1]], head_words, [*head_words[1:], ""])
    ):
        return False  # "the tycoon told Reuters ...", "the plan is": clauses, not speakers
    if _verb_in_postmodifier(words):
        return False  # "Voters in the Democratic primary are watching an accomplished": a clause
    if words[0].lower() in _SUBORDINATORS or words[-1].lower() in {"who", "that", "which", "whom"}:
        return False
    if len(phrase_words) > 1 and phrase_words[0] in {"which", "that"} and RE_RELATIVE_VERB.match(phrase_words[1]):
        return False  # "(FOIA searches are custodian-based,) which means that individuals are tasked with FOIA": a
        # relative clause's verb; not "which" alone ("a report, which said ...") nor "which the bank (detailed)"
    if RE_COMPARED_NOUN.search(core):
        return False  # "the territory offers more delegates than about half of the other Democratic": a comparison
    if len(words) == 1 and (RE_PREFIXED_ADJECTIVE.fullmatch(words[0]) or words[0] in _ADJECTIVES_ALONE):
        return False  # "(Trump's dangerous ―) anti-Latino (remarks)", "Democratic (rules make ...)": an adjective
    if head_words and head_words[0].lower() in _MARKET_NOUNS and head_words[-1].lower() in _MARKET_NOUNS:
        return False  # "Shares (of the company fell 5% after it cut its forecast, citing ...)": what trades, no one
    if len(phrase_words) == 1 and phrase_words[0].lower() in _ADVERBS_ALONE:
        return False  # "Just (ask former NFL star Herschel Walker)": an adverb before an imperative
    if words[0].lower() in _INTRO_PARTICIPLES:
        return False  # "Asked by Stephanopoulos to respond, Carson said": the participle is no speaker
    if RE_GERUND_OPENING.match(core):
        return False  # "Defending that terrain is squarely within ...": a gerund and its object, no one
    if len(words) > 2 and words[1] == "by" and words[0].islower() and (words[0].endswith("ed") or words[0] in
                                                                       IRREGULAR_PARTICIPLES):
        return False  # "(A legal opinion ..., and) obtained by AP": a participle's agent, no subject
    if words[0] in lexicons.table("pronouns") and len(words) > 1 and words[1] != "and":
        return False  # not "he told", but "he and Mr. Allen"
    verb_then_that = len(phrase_words) > 1 and phrase_words[1] == "that"
    if verb_then_that and phrase_words[0] in lexicons.inflections("reporting_verbs"):
        return False  # "(went on to promote X,) note that he had just bought ...": a verb and its clause
    participle = RE_PARTICIPLE_AND_OBJECT.search(core)
    if participle is not None and (participle.start() == 0 or appositive.strip()[:1].isupper()):
        return False  # "(a sniper) killing five Dallas police officers, Governor Mary Fallin": a participle, an object
    if len(words) > 1 and RE_PRONOUN_CONTRACTION.match(words[0]):
        return False  # "He’s comparing the gun actions to ... and (says)": a clause, not a speaker
    if (
        RE_VERB_IN_PHRASE.search(head_part)
        or RE_SHARE_THEN_VERB.search(phrase)
        or _irregular_verb_in_phrase().search(before_relative := RE_RELATIVE_CLAUSE.split(core, 1)[0])
        or RE_PRESENT_VERB_AND_OBJECT.search(before_relative)
        or RE_PREDICATE_AFTER_APPOSITIVE.search(phrase)
        or RE_TIME_THEN_VERB.search(core)
    ):
        return False  # "the company agreed to pay", "McCain, the nominee in 2008, issued a statement after"
    head = head_part.split()[-1].strip(".,'’")
    if head.endswith(("'s", "’s")):
        return False
    if head in lexicons.table("pronouns"):
        return len(head_part.split()) == 1
    lower = head.lower()
    surname = len(head_words) > 1 and (
        head in _SURNAME_SPELLINGS and head_words[-2][:1].isupper()
        or head in _TIME_SURNAMES and head_words[-2] in lexicons.table("first_names")
    )  # "Theresa May", "Kristen Day" (not "Memorial Day", "Election Day")
    if not surname and (
        lower in _FUNCTION_WORDS or head in lexicons.words("time_words") or lower in lexicons.words("time_words")
    ):
        return False
    if any(c.isupper() for c in head):
        return True
    if singular(lower) in lexicons.words("speaker_nouns"):
        return True
    if hyphen_head(lower) != lower and singular(hyphen_head(lower)) in lexicons.words("speaker_nouns"):
        return True  # "The UN secretary-general", "an ex-president", "the company's co-founder"
    if strict:
        return False
    return RE_AGENT_NOUN.search(lower) is not None or (
        RE_AGENT_SINGULAR.search(lower) is not None
        and len(words) > 1
        and (words[0].lower() in _DETERMINERS or words[0].endswith(("'s", "’s")))  # "Clinton's introducer"
    )


#: Pronouns for things, which open a relative clause's object before its subject: "Everything (that) Trump says".
THING_PRONOUNS = frozenset("everything anything nothing something whatever what whichever".split())
#: Quantifiers that name people when a postmodifier follows: "those who attended", "some who advocate ...",
#: "several included on it".
_POSTMODIFIED_QUANTIFIERS = frozenset("those some many most several others few all".split())
#: Nouns of amount that head no speaker before their "of" phrase ("Part of the problem", "Much of the debate").
_AMOUNT_NOUNS = frozenset("part much bulk lot lots plenty".split())
RE_PARTICIPLE_AND_OBJECT = lazy_compile(
    r"(?<![\w’'\-])\p{Ll}{3,}ing\s++(?:the|a|an|his|her|their|its|this|that|these|those|\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|dozens|hundreds|him|her|them|it)\b"
)
RE_PRONOUN_CONTRACTION = lazy_compile(r"(?i:he|she|it|they|we|i|you|that|there|who)['’](?:s|re|m|d|ll|ve)$")
#: Lowercase heads that name people or groups by their shape: traders, analysts, economists, Democrats.
RE_AGENT_NOUN = lazy_compile(
    r"(?:[^s]s|ers|ors|ists|ians|ants|ents|ees|men|women|tally|count|data|estimate|analysis|figures|records|"
    r"projections|results|filing|transcript|account|accounts|census|index|review|book|article|story|video|"
    r"footage|emails?|letter|memo|website|blog|post|tweet|database|calculations|research|numbers)$"
)


#: A singular noun naming a person by its shape, after "a"/"the": "the businessman", "a narrator",
#: "the 46-year-old".
RE_AGENT_SINGULAR = lazy_compile(r"(?:[a-z]{3}(?:er|or|ist|ian|ant|ent|ee|man|woman|person)|\d+-year-old)$")
_DETERMINERS = frozenset("a an the this that another one".split())


_SUBJECT_PRONOUNS = frozenset("he she they I we".split())
#: A relative clause whose subject is not the relative pronoun: "which Trump ...", "whom she ...", "who he ...".
RE_OBJECT_RELATIVE = lazy_compile(
    r"whom\b|(?:which|what|that|who)\s++(?:(?:he|she|they|I|we|it|the|a|an|his|her|their|its)\b|\p{Lu}\p{Ll})"
)
#: Words that open an appositive naming a group's members: "Critics, among them Sen. Warren,".
_MEMBERS = r"(?:including|among\s++them)\s"
RE_APPOSITIVE = lazy_compile(
    r"(?:a|an|the|his|her|their|its|our|another|who|whose|whom|which|one|both|each|all|neither|none|former|then|now|"
    r"also|now-|(?:and|but)\s++(?:who|whose)|"  # "A witness who lives nearby, and who asked not to be named,"
    r"senior|chief|retired|veteran|fellow|top|outgoing|incoming|"
    r"(?:long|once|still|himself|herself|itself)\s++(?:a|an|the|one)|"
    r"deputy|acting|longtime|\d+|two|three|four|five|six|seven|eight|nine|ten|many|some|several)\b|\p{Lu}|\p{Ll}+(?:man|woman)\b|"
    r"(?:of|at|with|from)\s++(?:the\s++)?\p{Lu}"  # an affiliation: "Mr. Mahaney, of RBC Capital Markets,"
    r"|from\s++(?:the\s++\p{Ll}|\d|(?:several|many|dozens|more\s++than|across|around)\b)"  # "from 17 institutes"
    rf"|{_MEMBERS}"  # members of a group: "Critics, among them Sen. Warren,"
    r"|not\s++(?:authori[sz]ed|permitted|allowed|cleared|named|identified)\b"  # "An official, not authorized to ...,"
)
RE_MEMBERS = lazy_compile(_MEMBERS)


#: A past participle and its named agent opening an appositive: "tabled by Meg Hillier", "written by two aides".
RE_AGENT_APPOSITIVE = lazy_compile(r"\p{Ll}++(?<=ed|en|wn)\s++by\s++(?:\p{Lu}|(?:two|three|several|a|an|the)\s)")


#: A name, perhaps after a lower-case word and with a party label, as an appositive: "state Del. Marcia Price
#: (D-Newport News)".
RE_NAME_APPOSITIVE = lazy_compile(
    r"(?:(?!(?:and|or|but|nor|while|as|then)\s)\p{Ll}++\s++)?\p{Lu}[\p{L}.’'\-]*+(?:\s++\p{Lu}[\p{L}.’'\-]*+){1,5}"
    r"(?:\s++\([^()]{1,30}\))?,?"
)


def _appositive_ok(appositive: str, *, closed: bool = False) -> bool:
    """The part after a name's comma must describe the speaker: "a Democrat", "who leads", "73"; not a relative
    clause with a subject of its own ("the trade deal, which Trump", "Sanders, who he") unless a comma ``closed``
    it before the cue ("The woman, whom the AP is not identifying, (said)")."""
    if RE_OBJECT_RELATIVE.match(appositive):
        return closed and appositive.startswith("whom ")
    if RE_SECOND_ATTRIBUTION.search(appositive):
        return False  # "Kristen Day, executive director of Democrats for Life, reports USA Today": a report of the
        # attribution follows the description
    if RE_AGENT_APPOSITIVE.match(appositive):
        return True  # "The amendment, tabled by Meg Hillier, the chair of ...": a participle and its agent
    if RE_NAME_APPOSITIVE.fullmatch(appositive):
        return True  # "Scott's niece, state Del. Marcia Price (D-Newport News),": the role's holder, named
    if RE_MEMBERS.match(appositive) and appositive.partition(",")[2].strip():
        return False  # "donors, including the Koch network, would divert to Senate (contests)": a clause goes on
    if RE_APPOSITIVE.match(appositive) is None:
        return singular(appositive.split()[0].lower()) in lexicons.words("speaker_nouns") or role_appositive(appositive)
    return True


#: A second attribution after a speaker's description: ", reports USA Today", ", according to ...".
RE_SECOND_ATTRIBUTION = lazy_compile(r",\s++(?:reports|reported|writes|wrote|according\s++to)\s")
_NOT_IN_ROLE = _SUBORDINATORS | frozenset("where how why whether".split())


def role_appositive(appositive: str) -> bool:
    """An appositive naming a role without an article: "communications director for the Clinton campaign",
    "technology analyst at RBC Capital Markets", "associate professor of history": a few lowercase modifiers and
    a speaker noun, then at most a postmodifier."""
    head = RE_POSTMODIFIER.sub("", appositive) or appositive
    return all(_role(conjunct.split()) for conjunct in RE_AND.split(head))  # "vice president and general counsel"


RE_AND = lazy_compile(r"(?<!\s)\s++and\s++")


def _role(words: list[str]) -> bool:
    return (
        0 < len(words) <= 4
        and words[0] not in lexicons.inflections("reporting_verbs")  # not "citing data from the ministry"
        and all(w[:1].islower() and w not in _FUNCTION_WORDS and w not in _NOT_IN_ROLE for w in words)
        and singular(words[-1]) in lexicons.words("speaker_nouns")
    )


_RELATIVE_PRONOUNS = frozenset("who whom whose which that".split())


def _verb_in_postmodifier(words: list[str]) -> bool:
    """An auxiliary or a simple past form after the head that no relative pronoun introduces: the phrase is a clause
    ("Voters in the primary are watching"), not a speaker with a relative clause ("people who are familiar with
    ...")."""
    for previous, word, following in zip(["", *words[:-1]], words, [*words[1:], ""], strict=True):
        if word.lower().replace("’", "'").partition("'")[0] in _RELATIVE_PRONOUNS:  # "who", "who’d"
            return False
        if word == "being" and previous in _GERUND_OPENERS or word == "not" and following in {"being", "to"}:
            continue  # "speaking on condition of not being named": a gerund, no clause's verb
        if word == "not" and following in {"involved", "familiar", "affiliated", "connected", "associated"}:
            continue  # "experts not involved in the study": a reduced relative clause, no clause's verb
        if _auxiliary(previous, word, following) or previous and word in lexicons.words("simple_past_verbs"):
            return True  # "Voters in the primary are watching", "One lawmaker took a moment"
        if previous.endswith("ly") and previous.islower() and word.endswith("ed") and following in _OBJECT_OPENERS:
            return True  # "the results in Iowa effectively narrowed the primary": an adverb, a verb and its object
        if _past_verb_with_object(previous, word, following):
            return True  # "The strike killed 12 fighters", "Police detained three men", "Voters rejected the measure"
    return False


#: Verbs that raise their subject before an infinitive: "seems (to show)", "appeared (to say)".
_RAISING_VERBS = frozenset("seem seems seemed appear appears appeared".split())
def _past_verb_with_object(previous: str, word: str, following: str) -> bool:
    """A regular past form between a subject's noun and an object ("Police| detained| three men"), not a participle
    that modifies the noun ("officials| briefed| on the plan", "people| polled| nationwide") nor an adjective
    ("registered voters", "the| armed| forces")."""
    if not (word.endswith("ed") and len(word) > 4 and word.isalpha() and word.islower()) and (
        word not in _IRREGULAR_PAST_PARTICIPLES
    ):
        return False  # (not "led", "fed")
    if word in _ADJECTIVE_PARTICIPLES or not (
        following[:1].islower() or following[:1].isdigit() or word in _IRREGULAR_PAST_PARTICIPLES
    ):
        return False  # not "urged Chairman Reince Priebus (to declare ...)": a name after the verb may be its speaker
        # (but "Trump won Florida and Sanders (said ...)": an irregular past and its object)
    if following[-1:] in ",;:" or following.endswith("ly") or following in _PARTICIPLE_FOLLOWERS:
        return False
    low = previous.lower()
    return bool(previous) and not (
        low in _NOT_SUBJECT_ENDS or low.endswith("ly") or previous[:1].isdigit() or low.endswith(("'s", "’s"))
    )


#: Irregular forms both past and participle that take an object: "(The bank) laid (off 500)", "(Airstrikes) hit".
_IRREGULAR_PAST_PARTICIPLES = frozenset(
    "laid struck sent sold built lost won made held brought bought caught fought sought paid kept hit shot cut spent "
    "dealt".split()
)
#: Words after a participle that modifies a noun: prepositions, times, places ("based| in", "polled| nationwide").
_PARTICIPLE_FOLLOWERS = frozenset(
    "by in on at with from to for about of into onto over under after before during since as than against near among "
    "between through across around without within upon per via and or but nor who that which whose whom when where "
    "while because if nationwide statewide overall online here there abroad together alone too also only last this "
    "next earlier later yesterday today tonight monday tuesday wednesday thursday friday saturday sunday out up down "
    "back away".split()
)
#: Words before an "-ed" form that make it an adjective or a participle: determiners, quantifiers, numbers,
#: coordinators, auxiliaries, relative pronouns ("the| armed forces", "two| retired generals", "who| attended").
_NOT_SUBJECT_ENDS = frozenset(
    "the a an this that these those his her their its our my your some many several most few all both each every "
    "any no other another more less one two three four five six seven eight nine ten dozen hundred thousand and "
    "or but nor who which whose whom not never been being be is are was were has have had will would can could "
    "should may might must do does did so as he she they we i it you".split()
)
#: Participles that are adjectives before a noun or join two ("(local) elected (officials)", "registered (voters)",
#: "(businessman) turned (politician)").
_ADJECTIVE_PARTICIPLES = frozenset(
    "elected retired registered undecided unnamed unidentified armed unaffiliated affiliated organized organised "
    "educated experienced skilled qualified talented dedicated embattled beleaguered disabled unemployed uninsured "
    "undocumented unvaccinated vaccinated disgruntled disaffected sophisticated concerned frustrated interested turned"
    .split()
)
#: Words that open a verb's object: "narrowed| the primary".
_OBJECT_OPENERS = frozenset("the a an his her their its this that these those".split())
#: Words before "being" that make it a gerund: "of (not) being named", "without being identified".
_GERUND_OPENERS = frozenset("of not on for without about after before by".split())


#: Surnames spelt as a modal or a month: "George Will", "Theresa May" (after a capitalised word).
_SURNAME_SPELLINGS = frozenset(["May", "Will"])
#: Time words that are also surnames, after a first name: "Kristen Day", "Larry Summers", "Anna Weeks".
_TIME_SURNAMES = frozenset(["Day", "Summer", "Summers", "Winter", "Winters", "Weeks", "March", "Spring"])


def _auxiliary(previous: str, word: str, following: str) -> bool:
    """An auxiliary or modal verb, unless it is a capitalised first name before a surname ("Will Doyle") or a
    surname after a first name ("George Will")."""
    if word[:1].isupper() and (following[:1].isupper() or word in _SURNAME_SPELLINGS and previous[:1].isupper()):
        return False
    return word.lower() in _NOT_IN_SPEAKER


def head_noun(phrase: str) -> str:
    """The head noun of a noun phrase, singular and in lower case ("officials familiar with the talks" ->
    "official"), or "" for an empty phrase."""
    words = (RE_POSTMODIFIER.sub("", phrase) or phrase).split()
    if words and words[-1].endswith("%"):
        return "percent"  # "58% of Americans", as "58 percent of Americans"
    if not words:
        return ""
    return singular(hyphen_head(words[-1].lower().strip(".,'’")))


def hyphen_head(word: str) -> str:
    """The last part of a hyphenated word, which heads it ("secretary-general" -> "general", "ex-president" ->
    "president"); the word itself otherwise."""
    return word.rsplit("-", 1)[-1] if "-" in word[1:-1] else word


def singular(noun: str) -> str:
    """A plural speaker noun's singular ("officials" -> "official", "people" stays)."""
    irregular = {
        "men": "man", "women": "woman", "spokesmen": "spokesman", "spokeswomen": "spokeswoman", "children": "child",
        "analyses": "analysis",
    }
    if noun in irregular:
        return irregular[noun]
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss") and noun[:-1] in lexicons.words("speaker_nouns"):
        return noun[:-1]
    if noun.endswith(("sses", "shes", "ches", "xes")) and noun[:-2] in lexicons.words("speaker_nouns"):
        return noun[:-2]  # "witnesses", "bosses", "coaches"
    return noun


#: A relative "who" right before a cue, over its auxiliaries and adverbs: ", who said", ", who did not explicitly
#: say", ", who has long argued"; or ", which said" after a body's name ("the ministry, which said").
RE_RELATIVE_WHO = lazy_compile(
    r"(?P<rel>(?<=,\s*+|[\p{L}\d%]\s++)who|(?<=,\s*+)which)"
    r"(?:,?\s++(?:in\s++the\s++past(?:\s++(?:few|two|three|several|\d++))?(?:\s++(?:years|months|weeks|decades))?"
    r"|in\s++(?:recent\s++(?:years|months|weeks)|\d{4})|for\s++(?:years|decades|months)"
    r"|(?:on|last)\s++(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last\s++(?:week|month|year)"
    r"|earlier\s++this\s++(?:week|month|year)),?)?"  # "who in the past (has)", "who on Monday (said)": a time
    # between the relative pronoun and its verb
    r"(?:\s++(?:has|have|had|is|was|were|are|did|does|do|will|would|could|should|may|might|can|must|"
    r"not|never|also|now|later|once|still|often|since|long|already|even|too|\p{Ll}+ly|\p{Ll}+n[’']t)){0,4}\s*+$"
)
RE_WORD_BEFORE = lazy_compile(r"(?<![\w.’'\-])[\w.’'\-]++%?\s*+$")  # ("18%" too)
#: A name, an age and "from"/"of" before a place: "Nicky Driscoll, 24, from (Manchester)".
RE_NAME_AGE_FROM = lazy_compile(
    rf"(?<![\w.’'\-]){_NAME_WORDS},\s*+\d{{1,3}},\s*+(?:from|of)\s++$"
)
#: A number or quantifier before a noun: "(23) percent", "(many) voters", "(the) women", "(six in 10) voters".
RE_COUNT_BEFORE = lazy_compile(
    r"(?<![\w.,’'\-])(?:(?:(?:\d++|one|two|three|four|five|six|seven|eight|nine)\s++in\s++)?\d[\d,.]*+%?"
    r"|(?i:many|most|some|all|several|few|both|the|those|these|other))"
    r"\s++$"
)
#: A name and its appositive before a relative "who": "Alan Berger, a gynecologist(, who)", "Sen. Marco Rubio of
#: Florida, a Republican(, who)", "Alan Berger, a gynecologist from Englewood, New Jersey(, who)".
RE_NAME_APPOSITIVE_BEFORE = lazy_compile(
    rf"(?<![\w.’'\-])(?P<name>{_NAME_WORDS}"
    r"(?:\s++(?:of|from)\s++\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){0,2})?)"
    r",\s++(?:a|an|the)\s[^,;:\"“”()\n]{1,80}?(?:,\s++\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){0,2})?,\s*+$"
)
#: A name, an age perhaps, and a description with no comma before a restrictive "who": "Lionel Sosa, a Texas media
#: consultant and an influential Hispanic Republican (who)", "Elizabeth Arnold, 32, a former staff member (who)".
RE_NAME_DESCRIBED_BEFORE = lazy_compile(
    rf"(?<![\w.’'\-]){_NAME_WORDS}(?:,\s*+\d{{1,3}})?,\s++(?:a|an|the)\s"
    r"(?:(?!(?<![\w’'\-])\p{Ll}+ed\s++(?:\p{Lu}|(?:the|a|an|his|her|their|about|that)\s))[^,;:\"“”()\n]){1,120}?\s++$"
)  # (no clause: not "New Hampshire, a young woman asked Mrs. Clinton about several women (who)")
RE_NAME_BEFORE_COMMA = lazy_compile(rf"(?<![\w.’'\-]){_NAME_WORDS},\s*+$")
#: A dash that sets off a relative clause: "Trump - who".
RE_DASH_BEFORE_WHO = lazy_compile(r"\s(?:[—–―]|--?)\s++$")
#: A relative clause closed by a comma within its sentence, the main clause after it.
RE_CLAUSE_CLOSED = lazy_compile(
    r"[^,.!?;:\n\"“”]{1,300},\s++(?!(?:while|whereas|but|and|or|yet|though|although)\b)"
)  # (its first comma, not one that joins another clause: ", while those whose ...")
#: Words a relative clause's antecedent may hold besides nouns: "Sen. Marco Rubio of Florida", "analysts and
#: activists", "the top Democrat on the Senate Intelligence Committee".
_ANTECEDENT_LINKS = frozenset("of on at for from in with and".split())


def restrictive_who(text: str, speaker: Span) -> bool:
    """Whether a report's speaker is a restrictive "who" ("critics who say"), not one set off by a comma: the
    subject of a clause inside the sentence, not of the sentence."""
    return speaker.text == "who" and not text[max(0, speaker.start - 3) : speaker.start].strip().endswith(",")


def relative_antecedent(text: str, who: int) -> tuple[int, int] | None:
    """The speaker a relative "who" at ``who`` stands for: the longest phrase before its comma that names one,
    within its sentence and stopping at a verb or other function word ("steep for Mr. Sanders, who" ->
    "Mr. Sanders"; "the conservative radio host Charlie Sykes, who"), with a name before it in apposition
    ("Scott Reed, the Chamber's chief strategist, who")."""
    end = text.rfind(",", max(0, who - 4), who)
    if end == -1 and RE_DASH_BEFORE_WHO.search(text, max(0, who - 5), who):
        end = text.rfind(" ", max(0, who - 5), who - 1)  # "Donald Trump - who previously said ...": set off by a dash
    restrictive = end == -1
    if restrictive:  # "23 percent who said", "business leaders who say": no comma, the noun phrase right before
        end = max(0, who - 8) + len(text[max(0, who - 8) : who].rstrip())
        described = RE_NAME_DESCRIBED_BEFORE.search(text, max(0, who - 200), who)
        if described is not None:
            return described.start(), end  # "Elizabeth Arnold, 32, a former staff member ... who": the person
    best = None
    pos = end
    for _ in range(_MAX_SPEAKER_WORDS):
        word = RE_WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if word is None or "\n" in word.group() or _ends_sentence(word.group().strip()):
            break
        lower = word.group().strip().lower()
        quantifier = (
            restrictive and pos == end and lower in _POSTMODIFIED_QUANTIFIERS and RE_CLAUSE_CLOSED.match(text, who)
        )  # "Among those who said ..., most ...": a quantifier the relative clause postmodifies, the clause closed
        # by a comma (with none, where it ends is anyone's guess: "Those who said the economy was their top issue
        # split about evenly")
        if lower in _FUNCTION_WORDS - _DETERMINERS - _ANTECEDENT_LINKS and not quantifier:
            break
        pos = word.start()
        if lower not in _ANTECEDENT_LINKS and (quantifier or looks_like_speaker(text[pos:end])):
            best = (pos, end)
            if restrictive:  # "(rebuked) critics who say": the shortest phrase, the verb before it is no part of it,
                counted = RE_COUNT_BEFORE.search(text, max(0, pos - 30), pos)  # but "23| percent who said"
                return (counted.start(), end) if counted is not None else best
        if lower in _DETERMINERS:
            break
    appositive = None if restrictive else RE_NAME_APPOSITIVE_BEFORE.search(text, max(0, who - 160), who)
    if appositive is not None and (best is None or best[0] >= appositive.end("name")):
        return appositive.start(), end  # "Alan Berger, a gynecologist from Englewood, New Jersey, who": not the place
    resident = RE_NAME_AGE_FROM.search(text, max(0, best[0] - 80), best[0]) if best is not None else None
    if best is not None and resident is not None:
        return resident.start(), end  # "Nicky Driscoll, 24, from Manchester, who": the person, not the place
    if best is not None and text[best[0] : best[0] + 4].lower().startswith(("the ", "a ", "an ")):
        name = RE_NAME_BEFORE_COMMA.search(text, max(0, best[0] - 60), best[0])
        if name is not None:
            best = (name.start(), end)
    return best


def _ends_sentence(word: str) -> bool:
    """Whether a word before a relative clause's antecedent ends the sentence before it ("ISIL." but not "Sen.",
    "U.S." or "E.")."""
    stem = word[:-1]
    return word.endswith(".") and len(stem) > 1 and "." not in stem and stem not in lexicons.words("abbreviations")


def named_in(text: str, np: str, at: int) -> bool:
    """A one-word capitalised subject opening a sentence (at ``at``) is a name only if the text around it also
    capitalises it inside a sentence or never writes it in lower case ("Trump", not "Good" in "Good information
    can ...", nor a participle such as "Acknowledging"). "Around" is the 20,000 characters either side: the
    article, or its neighbourhood in a very long input, so the look-up costs the same in any input."""
    if " " in np or np in lexicons.table("pronouns"):
        return True
    lo, hi = max(0, at - NEAR), at + NEAR
    if capitalised_inside_sentence(text, np, lo, hi):
        return True
    if np.endswith("ing"):
        return False  # "Acknowledging the risk, ...": a participle opening the sentence
    lower = np.lower()
    return not any(  # "good" nearby: a word, no name
        (i == lo or RE_WORD_CHAR.match(text, i - 1) is None)
        and (i + len(lower) >= hi or RE_WORD_END.match(text, i + len(lower)) is None)
        for i in occurrences(text, lower, lo, hi)
    )


def capitalised_inside_sentence(text: str, word: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` writes ``word`` capitalised after a lower-case word or a comma, as a name is
    written ("... said Sen. Lindsey Graham"), not as a sentence or a headline capitalises any word."""
    for i in occurrences(text, word, lo, hi):
        before = i  # back over the white space before the word
        while before > lo and text[before - 1].isspace():
            before -= 1
        end = i + len(word)
        after_word = end < min(hi, len(text)) and _is_word(text[end])  # (``hi`` may lie past the text's end)
        if lo < before < i and (text[before - 1] == "," or text[before - 1].islower()) and (
            _is_word(text[end - 1]) != after_word
        ):
            return True
    return False


def occurrences(text: str, word: str, lo: int, hi: int) -> Iterator[int]:
    """Where ``word`` occurs in ``text[lo:hi]``: a plain substring search, where a pattern made for each word
    would be compiled anew for each word."""
    i = text.find(word, lo, hi)
    while i != -1:
        yield i
        i = text.find(word, i + 1, hi)


def _is_word(char: str) -> bool:
    """Whether a character is a word character (``\\w``)."""
    return char.isalnum() or char == "_"


#: What may not touch a whole word on its left / right: "good" is no whole word in "feel-good" or "goods".
RE_WORD_CHAR = lazy_compile(r"[\w\-’']")
RE_WORD_END = lazy_compile(r"[\w\-]")


#: How far either side of a word the text is searched for it: the article, or its neighbourhood in a very long
#: input, so a look-up costs the same in any input.
NEAR = 20_000
