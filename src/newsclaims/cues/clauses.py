"""Clause-level patterns the cue frames share: adjuncts after a cue, clause breaks, where content stops."""

from __future__ import annotations

import functools

import attrs
import regex

from .. import lexicons
from ..patterns import lazy_compile
from ..segmentation import PARTY_LABEL
from .report import QuotedStretches, _outside_quotes
from .speaker_phrases import (
    _FUNCTION_WORDS,
    _SUBJECT_PRONOUNS,
    IRREGULAR_PARTICIPLES,
    NEAR,
    RE_COMPANY_ASIDE,
    RE_DETERMINER_BEFORE,
    RE_WORD_CHAR,
    RE_WORD_END,
    _past_forms,
    capitalised_inside_sentence,
    looks_like_speaker,
    past_form,
    past_or_auxiliary,
    singular,
)

_TIME = r"""(?:(?:early|late|earlier|later|just)\s+)?(?:(?:on|last|this|next)\s+)?(?:(?:this|last)\s+)?
    (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend|week|month|year|night|morning|
       afternoon|evening|yesterday|today|tonight|earlier|later|recently|previously|again|too|also|afterwards?)
    (?:\s+(?:night|morning|afternoon|evening))?(?!\w)
    |(?:last|this|next|early|late)\s+(?:summer|fall|spring|winter|autumn)(?!\w)"""


#: The writer's comparison of a reported figure: "(...,) compared with 41 percent", "up 31 percent from".
WRITER_COMPARISON = (
    r"(?:compared\s++(?:with|to)|versus|(?:up|down)\s++(?:from\b|\$?\d|(?:about|nearly|more|less|almost)\s))"
)
#: Words that count a few of something: "two days later", "several hours ago".
_COUNT_WORDS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some"
#: Words ending in -ly that are no adverbs: "said supply constraints would ease", "reported quarterly revenue".
_LY_NON_ADVERBS = (
    "(?:supply|quarterly|monthly|weekly|fortnightly|biweekly|daily|yearly|hourly|nightly|costly|early|likely|unlikely|"
    "friendly|elderly|orderly|timely|"
    "lonely|lively|deadly|ugly|silly|family|ally|allies|rally|reply|assembly|anomaly|monopoly|belly|bully|jelly|"
    "holy|only|Italy)"
)
#: Adverbials that may stand between a cue and its content: times, venues and media.
#: Adverbs that after a comma open more of what is said, no circumstance of the saying: "..., she says,
#: especially in the social media era".
_FOCUS_ADVERBS = (
    r"(?:especially|particularly|notably|mainly|largely|mostly|partly|chiefly|primarily|probably|possibly|"
    r"certainly|clearly|likely|unlikely|definitely|surely|perhaps|maybe|only|even|also|simply)\b"
)
RE_FOCUS_ADVERB = lazy_compile(_FOCUS_ADVERBS)
RE_ADJUNCT = lazy_compile(
    rf"""\s*+(?:,\s*+(?!{_FOCUS_ADVERBS}|\p{{Ll}}+ly\s[^,;:]*+$))?(?:
        {_TIME}
      | (?:(?:{_COUNT_WORDS}|a\ few|a\ couple\ of|\d{{1,3}})\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)
            \s+(?:later|earlier|ago)(?!\w)  # "said days later that"
      | (?:on|in)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\w*\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?
      | that\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year)(?=\s*+(?:[,.;!?]|$))  # "said in his
            # speech that night.": a time, no clause
      | in\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d(?!\w) | at\s+the\s+time(?!\w)  # "said in 2016", "said at the time"
      | in\s+(?:a|an|his|her|their|its|both|two|several|separate)\s+(?:\w+\s+){{0,2}}(?:statement|interview|speech|
            op-ed|email|letter|tweet|post|message|memo|report|filing|release|appearance|address|remarks|video|
            conversation|news\ conference|press\ conference|call|briefing|note|podcast|newsletter|column|essay|
            testimony|submission|listing|posting|story|article)s?(?![\w\-])
            (?:\s+(?:stating|saying|noting|arguing|claiming|explaining)(?=\s+that\b))?  # "in an article stating (that)"
            (?:\s+(?:that|which)\s+(?:was\s+)?(?:posted|published|aired|ran|appeared)
               (?:\s+(?:this|last)\s+(?:week|month)|\s+(?:on\s+)?\p{{Lu}}\p{{Ll}}+day)?(?=\s+that\b))?
               # "in a story that posted this week (that ...)"
            (?:\s+(?:with|to|on)\s+(?:(?:the\s+)?\p{{Lu}}[\w.&'’]*(?:\s+\p{{Lu}}[\w.&'’]*){{0,3}}
               |(?:clients|investors|reporters|supporters|staff|employees|members|shareholders|colleagues)(?!\w)))?
            (?:\s+signed\s+by\s+(?:its|his|her|their|the)\s+(?:\p{{Ll}}+\s+){{0,3}}\p{{Ll}}+,\s+
               \p{{Lu}}[\w.'’\-]*(?:\s+\p{{Lu}}[\w.'’\-]*){{0,4}}(?=,))?  # "signed by its spokesperson, SP Benjamin
               # Hundeyin(,)"
            (?:\s+(?:released|issued|posted|published|sent|distributed|carried|broadcast|aired)\s+(?:by|on|to)\s+
               (?:the\s+|his\s+|her\s+|their\s+)?(?:(?:state|official|national|news|press|wire)\s+){{0,3}}
               (?:(?:agency\s+|channel\s+|broadcaster\s+|television\s+|TV\s+)?
                  \p{{Lu}}[\w.&'’\-]*(?:\s+\p{{Lu}}[\w.&'’\-]*){{0,3}}(?:\s+(?:campaign|office|team|committee|website))?
                |(?:agency|channel|broadcaster|television|media|website|outlets?)(?=\s+that\b))
               (?![\w\-]))?  # "in a statement released by the Trump campaign", "carried by the state news agency SPA",
               # "carried by the state news agency (that ...)"
      | (?:at|during)\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+){{0,4}}(?:rally|event|conference|briefing|hearing|
            debate|meeting|forum|summit|speech|interview|appearance|town\ hall|press\ conference|news\ conference)
            (?:\s+(?:rally|event|conference|briefing|hearing|debate|meeting|forum|summit|session))*+
            (?![\w\-])  # "during a taping of a town hall meeting": the whole compound
      | (?:on|in)\s+(?:Twitter|Facebook|CNN|Fox\ News|MSNBC|NBC|CBS|ABC|television|TV|radio|
                     the\ (?:radio|phone|floor|program|show)|a\ (?:post|tweet|statement))(?!['’]s)
      | here(?![\w’'])(?!\s++(?:is|are|was|were|comes|come)\b)  # "told reporters here Sunday that"
      | (?:publicly|privately|repeatedly|recently|previously|separately|also|later|earlier|then|again|bluntly|
         flatly|simply|plainly|frankly|candidly|openly|directly|quickly|emphatically|firmly|confidently|
         (?!{_LY_NON_ADVERBS}\b)\p{{Ll}}[\w\-]{{2,}}ly)(?!\w)
      | in\s+\p{{Lu}}[\w.'’\-]*+(?:\s+(?:and\s+)?\p{{Lu}}[\w.'’\-]*+){{0,3}}(?!['’]s)
            (?!\s++(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{{Lu}})  # a whole name
            (?:,\s+\p{{Lu}}[\p{{L}}.]*+(?:\s+\p{{Lu}}[\p{{L}}.]*+)?(?=\s*+(?:,|$)))?
      | (?:by\s+)?(?:a\s+)?\d{{1,3}}\s*+(?:-|–|to)\s*+\d{{1,3}}(?:\s+(?:vote|margin|majority|decision))?
            (?=\s*+(?:,|that\b|on\b|in\b|to\b|against\b|for\b|$))  # "ruled 6-3 on ... that", not "90 to 95 percent"
      | by\s+(?:a|an)\s+(?:[\w\-]+\s+){{0,2}}(?:margin|majority|plurality)\b  # "(says) by an overwhelming margin"
      | (?:by|over\ the|via)\s+(?:phone|telephone|email|e-mail|text(?:\ message)?|video(?:\ link)?|Skype|Zoom)\b
      | (?:through|via)\s+(?:a|an|his|her|their|its)\s+(?:spokes(?:man|woman|person)|lawyer|attorney|publicist|
            representative|agent|aide|translator|interpreter)(?![\w\-])  # "said through a spokesman that"
      | on\s+(?:the\s+)?condition\s+of\s+anonymity | on\s+(?:deep\s+)?background | anonymously
      | citing\s+[^,;:"“”]{{1,80}}?(?=\s*+,\s*+that\s)  # "reported, citing two sources, that ..."
      | (?:to\s+(?:reporters|journalists|supporters|investors|shareholders|clients|employees|staff|members|donors|
                  colleagues|lawmakers|the\ (?:crowd|audience|press|media|newspaper)|
                  \p{{Lu}}[\w.&'’]*(?:\s+\p{{Lu}}[\w.&'’]*){{0,4}}))
    )""",
    regex.VERBOSE,
)


#: Object of "told/assured/informed X": reporters, The Associated Press, CNN, a crowd in Iowa.
RE_TOLD_OBJECT = lazy_compile(
    r"""\s++(?:(?:the|a|an|his|her|their)\s++)?(?:
        (?:[\p{L}\-]+\s+){0,3}(?:host|anchor|interviewer|correspondent|reporter|columnist|editor|moderator|
           commentator|journalist|presenter|blogger|channel|network|station|broadcaster|newspaper|daily|magazine|
           agency)\s+\p{Lu}[\w.&'’\-]*(?:\s+\p{Lu}[\w.&'’\-]*){0,3}
      | \p{Lu}[\w.&\-]*['’]s\s+["“][^"”]{1,40}["”]  # "NBC's “Meet the Press”"
      | (?>\p{Lu}[\w.&'’\-]*(?:(?<=Yahoo)!)?(?:\s+(?:of\s+)?[\p{Lu}\d][\w.&'’\-]*){0,5}
           (?:\s+(?:programme|program|show|podcast|magazine|newspaper|radio|television|TV|channel))?)
           (?:\s+(?:reporters|journalists|editors|viewers|readers|listeners|audiences|supporters|voters|lawmakers|
                    officials|agents|investigators|prosecutors|detectives|officers|lawyers|attorneys|executives|
                    employees|members|aides|advisers|negotiators|diplomats|leaders)(?![\w\-]))?  # "told FBI agents"
           (?:,\s++\d{1,3},(?=\s++that\b))?  # "told Heather Pressdee, 41, that": her age
                (?!\s+(?:panel|committee|subcommittee|hearing|audience|crowd|gathering|forum|meeting|conference|
                         briefing|delegation|caucus|rally|event|summit|luncheon|breakfast|dinner)\b)
      | (?<=\s)(?:his|her|their|my|our|your)\s++  # "told her manager| she was frightened" (not "told her in a ...")
        (?!(?:in|on|at|during|after|before|about|of|for|with|by|to|from|over|last|this|next|again|later|earlier|
              once|twice|then|now|so|\p{Ll}+ly)\s)\p{Ll}[\p{Ll}\-]*+
        (?=\s++(?:that|he|she|they|it|we|I|the|a|an|his|her|their)\s)
      | (?<=\s)(?:him|her|them|me|us)(?![\w\-])  # only right after the verb: not "told the court| her mother ..."
      | (?:(?!(?:about|of|in|on|at|for|from|with|to|by|that|if|whether|why|how|what|when|where|who)\s)\w+\s+){0,2}
        # not "(told) a story about her", "(asked) if parents would ..."
        (?:reporters|journalists|supporters|voters|crowds?|audiences?|lawmakers|members|colleagues|
         viewers|listeners|readers|students|donors|people|officials|senators|delegates|
         (?:news\s+|press\s+)?conference|briefing|gathering|rally|forum|meeting|summit|panel|committee|hearing|
         station|newspaper|magazine|paper|network|outlet|congregation|class|workers|employees|staff|investors|
         investigators|police|detectives|prosecutors|agents|jurors|jury|judge|court|friends|family|relatives|
         residents|guests|attendees|fans|followers|analysts|clients|customers|shareholders|media|
         advisers|advisors|aides|allies|teammates|troops|peers|legislators|councillors|councilors|parliamentarians|
         constituents|parents|teachers|soldiers|volunteers|graduates|diplomats|ministers|executives|activists|
         protesters|mourners|worshippers|veterans|farmers|patients|doctors|nurses|regulators|parliament|congress|
         bishops|clergy|cadets)(?![\w\-])
        (?!\s+(?:group|union|association|organi[sz]ation|council|club|coalition|caucus|lobby)s?\b)  # ("a veterans
        # group": a modifier)
        (?:\s+of\s+(?:(?:more\s+than|about|nearly|some|over|at\s+least|roughly|almost)\s+)?\d[\d,]*+
           (?:\s+(?:people|supporters|voters|students|workers|residents|members))?(?![\w\-]))?  # "a crowd of 10,000"
      | ["“]\p{Lu}[\w.&'’\-]*(?:\s+(?:(?:of|and|the|a|an|in|on|for|to|with)\s+)*\p{Lu}[\w.&'’\-]*)+,?["”]
    )""",
    regex.VERBOSE,
)


_TELL_VERBS = {"told", "tell", "tells", "telling", "assured", "informed", "reminded", "warned", "urged", "asked"}


#: A clause after ``X said`` that adds circumstances, not content: "as she left", "when asked about it".
RE_SUBORDINATE = lazy_compile(
    r"\s*+,?\s*+(?:as|when|while|after|before|during|in|at(?!\s++(?:least|most)\b)|on|of|about|from|with|"
    r"outside|inside|ahead\s+of|"
    r"following|referring|speaking|adding|noting|citing|according|because|since|though|although|"
    r"to\s+(?:the|a|an|his|her|their|reporters|supporters|journalists)\s|"
    r"and\s+(?:a|an|the|his|her|their|then|\p{Lu}\w*))\b"
    r"|\s*+,\s*+\w+ing\b"  # ", adding ...", ", looking at Pressdee": a participle after a comma (not "proposed
    # barring ...")
)


#: "that" (or a colon) opening a reported clause, after "only" if it comes first ("saying only that"); before a
#: demonstrative subject ("said that was wrong", "said that overlooked the cures") it matches up to the "that", which
#: the content keeps.
RE_THAT = lazy_compile(
    r"\s*+,?\s*+(?:(?:only|simply|merely|briefly|curtly|tersely)\s*+(?=that\b|:))?(?:that\b(?!(?&demonstrative))\s*+|:\s*+|(?=that(?&demonstrative)))"
    r"(?(DEFINE)(?P<demonstrative>\s++(?:is|was|would|will|could|should|can|may|might|must|has|had|does|did|"
    r"isn['’]t|wasn['’]t|won['’]t|wouldn['’]t|doesn['’]t|didn['’]t|hasn['’]t)\b"
    r"|\s++\p{Ll}++(?<=ed)\s++(?:the|a|an|his|her|its|their)\b|[’'](?:s|ll|d)\b))"  # ("reveal that’s untrue")
)


#: Time adverbs between a subject and its verb ("Acme today announced"): stripped from the subject, kept out of
#: the cue (:func:`cue_start`).
_TIME_ADVERBS = ("today", "yesterday", "tonight", "separately")
RE_AUX = lazy_compile(
    r"(?r)(?:\s+(?:to|went\s+on|quick|prompted|careful|eager|forced|moved|rushed|however|though|too|instead|still|"
    r"(?:is|are|was|were)\s+(?:said|reported|understood|alleged|believed)|"  # "The prince is said (to have told)"
    r"nonetheless|meanwhile|is|are|was|were|been|being|be|has|have|had|will|would|could|should|might|may|must|can|did|"
    r"does|do|keeps|keep|kept|"  # ("keeps saying")
    rf"also|later|previously|further|more|less|all|both|each|{'|'.join(_TIME_ADVERBS)}|\p{{Ll}}+n[’']t|"
    r"repeatedly|recently|once|then|again|often|first|already|since|long|publicly|privately|reportedly|not|now|"
    r"never|ever|always|just|even|still|here|there|overall|too|(?!(?:family|ally|rally|reply|supply|Italy|July|Kelly|Emily|Sally|Billy|Molly|"
    r"Holly|Lily|bully|belly|assembly|monopoly|anomaly)\b)\p{Ll}\w*ly)"  # not "Megyn Kelly", "Mrs. Schlafly"
    r"|(?<=(?<![\w’'])(?i:he|she|they|we|i|you))[’'](?:s|ve|d|ll)"  # "He's said", "They've told", "She'd said"
    r"|(?<=(?<![\w’'])(?!(?:It|That|This|There|Here|What|Who|Where|Which)[’'])\p{Lu}\p{Ll}++)[’']s(?=\s++$)"
    # "Trump's said": a name's "has" right before a verb form that is no noun (not "Britain's emotionally charged")
    r"|\s*+,\s*+(?:for\s+example|for\s+instance|for\s+one|however|in\s+turn|too|meanwhile|though|in\s+fact|"
    r"of\s+course|in\s+response|in\s+particular|in\s+contrast|by\s+contrast|on\s+the\s+other\s+hand|likewise|"
    r"similarly|for\s+(?:his|her|their|its)\s+part)\s*+,?)*\s*$"
)


def strip_aux(words: str) -> str:
    """``words`` without the auxiliaries and adverbs it ends with ("Trump has repeatedly" -> "Trump").

    The pattern runs backwards from the end (``(?r)``), so this costs the length of what it strips, not of
    ``words``.
    """
    m = RE_AUX.search(words)
    if m is not None and RE_INFINITIVE_THEN_ADVERB.search(words, max(0, m.start() - 30)):
        return words  # "(who was not authorized) to speak publicly": the adverb is the infinitive's
    return words[: m.start()] if m else words


#: An infinitive and an adverb in -ly closing a phrase: "to speak publicly", "to comment officially".
RE_INFINITIVE_THEN_ADVERB = lazy_compile(r"\bto\s++\p{Ll}++\s++\p{Ll}+ly\s*+$")


def cue_start(text: str, speaker_end: int, verb_start: int) -> int:
    """Where a cue begins: at its verb, or before the auxiliaries and adverbs between its speaker and the verb
    ("has said", "also said", "did not say": the verb group PolNeAR annotates as the cue)."""
    gap = text[speaker_end:verb_start]
    if not gap.strip() or "," in gap or strip_aux(" " + gap).strip():
        return verb_start
    if _PLACE_ADVERBS.intersection(gap.split()):
        return verb_start  # "workers here said", "voters overall said": the cue is the verb
    words = gap.split()
    if words and words[0] in _TIME_ADVERBS:
        # "Acme today announced": the time is no part of the verb group ("today also said": neither is it)
        return verb_start if len(words) == 1 else text.index(words[1], speaker_end + gap.index(words[0]) + 1)
    return speaker_end + len(gap) - len(gap.lstrip())


_PLACE_ADVERBS = frozenset(["here", "there", "overall", "too"])


@attrs.frozen
class VerbMatch:
    """A reporting-verb form found in the text (the interface of a regex match that the frames use)."""

    begin: int
    finish: int
    form: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def span(self) -> tuple[int, int]:
        return self.begin, self.finish

    def group(self) -> str:
        return self.form


RE_WORD = lazy_compile(r"(?<![\w\-’'])\p{Ll}+(?![\w\-])")


@functools.cache
def _verb_forms(documents: bool = False) -> tuple[frozenset[str], dict[str, regex.Pattern[str]]]:
    """Single-word forms as a set; phrasal forms ("pointed out") as one pattern per first word; with
    ``documents``, the forms of the verbs that report only a document's claims ("found", "shows") too."""
    forms = lexicons.inflections("reporting_verbs")
    if documents:
        forms |= lexicons.inflections("document_verbs")
    phrasal: dict[str, list[str]] = {}
    for form in forms:
        if " " in form:
            phrasal.setdefault(form.split()[0], []).append(form)
    patterns = {
        first: regex.compile(
            "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in sorted(group, key=len, reverse=True))
            + r"(?![\w\-])"
        )
        for first, group in phrasal.items()
    }
    return frozenset(f for f in forms if " " not in f), patterns


def _verb_matches(text: str, start: int, end: int, *, documents: bool = False) -> list[VerbMatch]:
    """Every reporting-verb form in ``text[start:end]``, phrasal forms first where they apply (with
    ``documents``, the document-only verbs too)."""
    single, phrasal = _verb_forms(documents)
    words = set(RE_WORD.findall(text, start, end))
    candidates = single.intersection(words) | phrasal.keys() & words
    if not candidates:
        return []  # a cheap test first: no word of the sentence is a reporting-verb form
    out = []
    for word in candidates:  # find just the candidates' occurrences, as whole words, rather than every word
        i = text.find(word, start, end)
        while i != -1:
            j = i + len(word)
            if (i == 0 or RE_WORD_CHAR.match(text, i - 1) is None) and (
                j >= end or RE_WORD_END.match(text, j) is None
            ):
                pattern = phrasal.get(word)
                longer = pattern.match(text, i, end) if pattern is not None else None
                if longer is not None:
                    out.append(VerbMatch(i, longer.end(), longer.group()))
                elif word in single:
                    out.append(VerbMatch(i, j, word))
            i = text.find(word, j, end)
    out.sort(key=lambda v: v.begin)
    return out




#: A non-restrictive "which" right before a form: "(the ministry), which (said)".
RE_COMMA_WHICH_BEFORE = lazy_compile(r",\s*+which\s++$")
#: How far after a form the checks on what follows it read.
_LOOK_AHEAD = 200
#: Base forms of reporting verbs that are nouns too.
_NOUN_FORMS = frozenset(
    "report rule claim comment note tweet post email estimate forecast promise pledge vow charge request demand "
    "quote reply answer call boast remark reason question complaint".split()
)
#: Present forms far more often nouns than reporting verbs, which report only with their "that" ("Some reason that
#: ...", "He volunteers that ...").
_THAT_ONLY_FORMS = frozenset(["reason", "reasons", "volunteer", "volunteers", "venture", "ventures"])
#: What follows "advocate" as a noun: a name ("senior advocate| Kapil Sibal"), a comma, the end of a clause.
RE_AFTER_ADVOCATE_NOUN = lazy_compile(r"\s*+(?:[,.;:)]|\p{Lu}|$)")
#: An indefinite article and one word before a base form, which cannot then be a verb: "a general| rule".
RE_INDEFINITE_AND_WORD_BEFORE = lazy_compile(r"(?<![\w’'\-])(?i:a|an)\s++\p{Ll}[\p{Ll}\-]*+\s++$")
#: A determiner and a name before an -ing form: "the Texas ruling", "the Supreme Court ruling".
RE_DETERMINER_NAME_BEFORE = lazy_compile(
    r"(?i:\b(?:the|a|an|this|that|these|those|his|her|its|their|our)\s+)(?:\p{Lu}[\w.’'\-]*+\s++){1,3}$"
)
#: A singular determiner and a name before a base form: "a Friday tweet", "her Facebook post".
RE_SINGULAR_DETERMINER_NAME_BEFORE = lazy_compile(
    r"(?:(?i:\b(?:a|an|this|his|her|its)\s+)|\b(?:a|an|this)\s++(?!(?:on|in|at|of|for|to|by|with|from)\s)\p{Ll}++\s++)"
    r"(?:\p{Lu}[\w.’'\-]*+\s++){1,3}$"
)  # "his Senate| report", "a key Benghazi| email"
#: A number right before a plural: "three contests", "25 claims".
RE_NUMBER_BEFORE = lazy_compile(
    r"(?i:\b(?:\d++(?:,\d{3})*+|two|three|four|five|six|seven|eight|nine|ten|dozens of)\s+)$"
)
#: A quantifier that makes a plural cue form after it a noun: "Some advocates for stem cell research said".
RE_PLURAL_QUANTIFIER_BEFORE = lazy_compile(
    r"(?<![\w’'\-])(?i:some|many|several|both|few|most|all|other|various|numerous|multiple)\s++$"
)
#: A quantifier that makes a base cue form after it a singular noun: "One tweet said", "Another report".
RE_SINGULAR_QUANTIFIER_BEFORE = lazy_compile(r"(?<![\w’'\-])(?i:one|another)\s++$")
#: One capitalised singular word opening a line before a label's noun: "Injury| report:", "Weather| update:".
RE_LABEL_WORD_BEFORE = lazy_compile(r"(?<![^\n])[ \t]*+\p{Lu}\p{Ll}*+(?<![sS])[ \t]++$")
#: A verb whose object a plural cue form is: "faces charges", "denied reports", "dismissed claims".
RE_OBJECT_VERB_BEFORE = lazy_compile(
    r"(?i:\b(?:face[sd]?|facing|filed?|files|filing|dropp(?:ed|ing)|drops?|brought|brings?|bringing|denie[sd]|deny|"
    r"denying|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|dispute[sd]?|disputing|repeat(?:ed|s|ing)?|echo(?:ed|es|ing)|"
    r"level(?:l?ed|s)|press(?:ed|es)|fuel(?:l?ed|s)|spark(?:ed|s)|prompt(?:ed|s)|investigat(?:ed|es|ing))\s+)$"
)
#: Adjectives before a cue form that can be a noun ("an official report", "new claims"); before a past form
#: the adjective is a noun itself ("The official said").
RE_ADJECTIVE_BEFORE = lazy_compile(
    r"(?i:\b(?:first|new|latest|recent|previous|initial|official|investigative|written|public)\s+)$"
)
#: What makes a base form a verb: "to (question)", "would (question)", "they (question)".
RE_VERB_BEFORE_BASE_FORM = lazy_compile(
    r"\b(?:to|not|n[’']t|would|will|may|might|could|should|can|must|did|do|does|they|we|I|you|also)\s++$"
)
#: A question word after a form: "(question) whether ...".
RE_WH_AFTER = lazy_compile(r"\s++(?:whether|why|how|if|what|who)\b")
#: Words before "state(s)" the noun: "(his) home (state)", "(in) (states that ...)".
RE_STATE_NOUN_BEFORE = lazy_compile(
    r"\b(?:home|swing|battleground|early|key|red|blue|other|some|many|those|these|each|every|the|his|her|their|its|"
    r"in|of|from|across|several|two|three|four|five|\d++)\s++$"
)
#: Words after "state" the noun: "state (director)", "state (party)".
RE_STATE_NOUN_AFTER = lazy_compile(
    r"\s++(?:director|chairman|chairwoman|chair|party|parties|law|laws|senator|senators|officials?|legislature|"
    r"legislators?|level|capitol|house|senate|government|department|primary|primaries|lines?|budget)\b"
)
#: Nouns that "warning" modifies: "warning (signs)", "warning (shots)".
RE_WARNING_NOUN_AFTER = lazy_compile(r"\s++(?:signs?|shots?|labels?|lights?|letters?|systems?|bells?|tracks?)\b")
#: A court right before "ruling": "the appeals court (ruling)", "a Supreme Court (ruling)": a noun, not a verb.
RE_COURT_BEFORE = lazy_compile(r"\b(?i:court|courts|judge's|judges'|tribunal|panel)\s++$")
#: A "that" opening what follows: "(reason) that ...", "(told a crowd) that the campaign estimated at 3,000".
RE_THAT_OPENS = lazy_compile(r"\s*+that\b")
#: "delegates" after "pledged", which then is an adjective.
RE_DELEGATES_AFTER = lazy_compile(r"\s++delegates?\b")
#: A word of degree right before an -ing form, which then is an adjective: "most (promising)", "very (telling)".
RE_DEGREE_BEFORE = lazy_compile(r"\b(?i:most|more|very|less|least|so|too|quite)\s++$")
#: A number right before a form, and a plural noun right after it: "20 (pledged) delegates".
RE_COUNT_BEFORE_FORM = lazy_compile(r"(?<![\w.,])\d[\d,]*+\s++$")
RE_PLURAL_NOUN_AFTER = lazy_compile(r"\s++\p{Ll}{3,}s\b")
#: A preposition right before a form: "in (pledged delegates)".
RE_PREPOSITION_BEFORE = lazy_compile(
    r"\b(?:in|of|for|with|on|to|from|among|about|against|after|before|despite|amid|amidst|following|over|through|"
    r"without|under|into|at)\s++$"
)  # "her lead in pledged delegates", "rose in power after repeated clashes"
#: "and"/"or" and a plural noun after a plural form ("(tweets) and photos"), or a list it heads ("(contests),
#: including the first four").
RE_COORDINATED_PLURAL_AFTER = lazy_compile(
    r"\s++(?:and|or)\s++\p{Ll}{3,}s\b(?!\s++that\b)|,\s++(?:including|such\s++as)\s"  # "contests, including ..."
)
#: A plural noun and "and"/"or" before a plural form: "messages, or (tweets)", "statements and (reports)".
RE_COORDINATED_PLURAL_BEFORE = lazy_compile(r"\b\p{Ll}{3,}s(?:\s++and|,?\s++or)\s++$")  # not "immigrants, and calls"
#: A preposition and a modifier before a plural form: "(due) to new water (rules)", "of state (reports)".
RE_PREPOSITION_NOUN_BEFORE = lazy_compile(
    r"\b(?:to|of|for|with|by|from|about|under|against|amid|despite)\s++(?:new|old|the|its|their|his|her|these|those|"
    r"such|other|more|many|several)?\s*+\p{Ll}++(?<!s)\s++$"  # not "(email) to his supporters (notes)": a subject
)
#: Adjectives before a plural cue form, which is then a noun: "early nominating states", "current rules" (a
#: singular subject's verb follows a noun or a name: "the document states", "the Utah Republican asks").
RE_PLURAL_ADJECTIVE_BEFORE = lazy_compile(
    r"(?i:\b(?:other|key|early|nominating|primary|southern|northern|eastern|western|coastal|swing|battleground|"
    r"current|federal|remaining|upcoming|crucial|complicated|territorial|rival|competing)\s+)$"
)
#: A relative clause right after a plural cue form, which is then its noun: "states| that have suffered", "rules|
#: which allow" (not "claims that the ...", whose "that" opens a clause with a subject).
RE_RELATIVE_VERB_AFTER = lazy_compile(
    r"\s++(?:that|which)\s++(?:have|has|had|are|is|was|were|will|would|can|could|may|might|must|vote|voted|hold|"
    r"held|allow|allowed|require|required|award|awarded|take|took|\p{Ll}+ed)\b"  # (not "that vote|rs")
)


RE_NEXT_WORD = lazy_compile(r"\s++(\p{Ll}+)")
#: A noun an "-ing" form modifies, ending its phrase: "writing| professor,".
RE_MODIFIED_NOUN = lazy_compile(r"\s++\p{Ll}+,")
#: A determiner (and an adjective) and an "-ing" modifier before a base form: "the Democratic nominating (contest)".
RE_DETERMINER_AND_GERUND_BEFORE = lazy_compile(
    r"\b(?i:the|a|an|this|that|its|his|her|their|our)\s++(?:[\p{L}\-]++\s++){0,2}\p{Ll}{3,}ing\s++$"
)
#: A word before an "-ing" form that makes it a modifier, not a progressive or a participle after a clause.
RE_LOWER_BEFORE = lazy_compile(
    r"(?<!\b(?:is|are|was|were|be|been|being|am|keeps?|kept|began|begins|started|starts|by|of|for|while|without|after|before))"
    r"(?<![,;:])\s++$"
)


#: Verbs whose subject a plural cue form often is: "rules allow", "contests award".
_PLURAL_SUBJECT_VERBS = frozenset("allow require permit prohibit bar apply award govern mean".split())
#: Auxiliaries after a plural noun: "rules cannot", "claims are".
_AUXILIARIES = frozenset("cannot can could will would should may might must are were have do".split())


def _used_as_noun(text: str, start: int, end: int) -> bool:
    """ "the state's", "a report", "his claims": a reporting-verb form used as a noun."""
    if text.startswith(("'s", "’s", "-"), end):
        return True
    after = min(len(text), end + _LOOK_AHEAD)  # (unbounded, a match may read to the end)
    form = text[start:end]
    if (
        form == "question"
        and RE_VERB_BEFORE_BASE_FORM.search(text, max(0, start - 12), start) is None
        and RE_WH_AFTER.match(text, end, after) is None  # "Critics question whether ..."
    ):
        return True  # "the are-you-with-Trump question": a noun, but "to question", "they question"
    if form == "warning" and RE_WARNING_NOUN_AFTER.match(text, end, after):
        return True  # "warning signs for Clinton": a noun's modifier
    if form in {"state", "states"} and (
        RE_STATE_NOUN_BEFORE.search(text, max(0, start - 16), start) or RE_STATE_NOUN_AFTER.match(text, end, after)
    ):
        return True  # "his home state", "in states that ...", "Trump's Virginia state director": the noun
    if form in {"ruling", "rulings"} and RE_COURT_BEFORE.search(text, max(0, start - 16), start):
        return True  # "the losing side in the appeals court ruling could ...": the court's decision, a noun
    if form.endswith("ed") and RE_PREPOSITION_BEFORE.search(text, max(0, start - 8), start) is not None:
        return True  # "her lead in pledged delegates": an adjective
    if form in _THAT_ONLY_FORMS and not RE_THAT_OPENS.match(text, end, after):
        return True  # "Manafort had reason to know", "a neighborhood watch volunteer", "venture capitalist": the
        # noun (the verb reports with its "that": "Some reason that ...")
    if form in {"advocate", "advocates"} and RE_AFTER_ADVOCATE_NOUN.match(text, end, after):
        return True  # "Senior advocate Kapil Sibal said", "a Supreme Court advocate, Andrew Pincus": the noun (but
        # "Sanders advocates tax increases")
    if form == "supposed" and not RE_THAT_OPENS.match(text, end, after):
        return True  # "several supposed alternatives", "was supposed to": no report without its "that"
    if form == "pledged" and RE_DELEGATES_AFTER.match(text, end, after):
        return True  # "an outright majority of regular pledged delegates": an adjective
    if form.endswith("ing") and RE_DEGREE_BEFORE.search(text, max(0, start - 8), start):
        return True  # "one of Trump's most promising paths to victory": an adjective
    if form.endswith("ed") and RE_COUNT_BEFORE_FORM.search(text, max(0, start - 12), start) and (
        RE_PLURAL_NOUN_AFTER.match(text, end, after)
    ):
        return True  # "the state's 20 pledged delegates": an adjective between a number and its noun
    if form[-1:] == "s" and RE_COORDINATED_PLURAL_BEFORE.search(text, max(0, start - 30), start):
        return True  # "short messages, or tweets, has been": a noun joined to a plural noun
    if form[-1:] == "s" and form != "says":  # "says" is never a plural noun
        if RE_COORDINATED_PLURAL_AFTER.match(text, end, after):
            return True  # "lurid tweets and photos": a noun joined to a plural noun after it
        following = RE_NEXT_WORD.match(text, end, after)
        word = following.group(1) if following else ""
        if (
            word.endswith("ed")
            or word in IRREGULAR_PARTICIPLES
            or word in lexicons.inflections("reporting_verbs")
            or word in _AUXILIARIES
            or word in _PLURAL_SUBJECT_VERBS
        ):
            return True  # "FBI notes released Monday said", "ground rules set by", "government rules cannot", "party
            # rules allow"
    if (
        RE_POSSESSIVE_BEFORE.search(text, max(0, start - 40), start)
        or RE_COMMON_POSSESSIVE_BEFORE.search(text, max(0, start - 60), start)
    ) and (
        not form.endswith(("ed", "ing")) and form not in _PARTICIPLES_AFTER_HAS
        or form not in {"said", "told"} and not RE_CLAUSE_AFTER.match(text, end, after)
    ):
        return True  # "Trump’s repeated calls", "Editor's note:", "Trump's claims that ...", not "Trump's said that"
    predicate = RE_PREDICATE_AFTER_NOUN if form in lemmas() else RE_NOUN_THEN_CUE if form[-1:] == "s" else None
    if (
        predicate is not None
        and predicate.match(text, end, after) is not None
        and RE_SINGULAR_BEFORE.search(text, max(0, start - 40), start) is not None
    ):
        return True  # "The IG report cited no evidence", "A new Labor Department rule will require ..."
    if form.endswith("ing") and RE_DETERMINER_NAME_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True  # "the Texas ruling", "the Supreme Court ruling": a name modifies the noun
    if form in lemmas() and RE_SINGULAR_DETERMINER_NAME_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True  # "in a Friday tweet said", "his Senate report": a singular noun, not "the Democrats report"
    if (
        form in lemmas()
        and form != "say"
        and RE_DETERMINER_AND_GERUND_BEFORE.search(text, max(0, start - 40), start) is not None
    ):
        return True  # "the Democratic nominating contest", "a sweeping ruling": a noun after its -ing modifier (not
        # "people familiar with her thinking say": "say" is no noun after one)
    if RE_DETERMINER_BEFORE.search(text, max(0, start - 25), start) is not None:
        if RE_COMMA_WHICH_BEFORE.search(text, max(0, start - 12), start) and _finite(form):
            return False  # "the ministry, which said ...": the relative's verb, not "which report"
        return not _document_relative(text, start, form)  # "that report", not "a message that said"
    if form in _NOUN_FORMS and RE_INDEFINITE_AND_WORD_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True  # "As a general rule, ...", "a joint report" (not "a third say": a quantity speaks)
    modifier = RE_MODIFIED_NOUN.match(text, end, after) and RE_LOWER_BEFORE.search(text, max(0, start - 30), start)
    if form.endswith("ing") and modifier:
        return True  # "a creative writing professor, said"
    if form.endswith("s") and (
        RE_NUMBER_BEFORE.search(text, max(0, start - 20), start) is not None
        or RE_OBJECT_VERB_BEFORE.search(text, max(0, start - 20), start) is not None
    ):
        return True  # "the first three contests", "faces charges", "denied reports": a noun
    if form.endswith("s") and RE_FOR_BEFORE.search(text, max(0, start - 40), start) and text[end : end + 1] in ",.;":
        return True  # "who only gave his name for safety reasons, said": the object of "for", a noun (or "under")
    if form.endswith("s") and form != "says" and _object_of_past_verb(text, start):
        return True  # "Sanders released details", "Trump made similarly bigoted charges": an object, a noun
    if form.endswith("s") and form != "says" and (
        RE_RELATIVE_VERB_AFTER.match(text, end, after) is not None
        or RE_PLURAL_ADJECTIVE_BEFORE.search(text, max(0, start - 20), start) is not None
        or RE_PLURAL_QUANTIFIER_BEFORE.search(text, max(0, start - 20), start) is not None
        or RE_PREPOSITION_NOUN_BEFORE.search(text, max(0, start - 30), start) is not None
    ):
        return True  # "Rust Belt states that have suffered", "the four early nominating states", "Some advocates",
        # "due to new water rules"
    if form in lemmas() and RE_SINGULAR_QUANTIFIER_BEFORE.search(text, max(0, start - 20), start) is not None:
        return True  # "One tweet said", "Another report found"
    if form in lemmas() and text.startswith(":", end) and RE_LABEL_WORD_BEFORE.search(text, max(0, start - 30), start):
        return True  # "Injury report: ...", "Editor's note:": a label, not "Officials warn:"
    noun_like = form.endswith("s") or form in lemmas()
    return noun_like and RE_ADJECTIVE_BEFORE.search(text, max(0, start - 20), start) is not None


#: A predicate right after a base form, which makes that form its subject noun: "report| cited no", "rule| will".
RE_PREDICATE_AFTER_NOUN = lazy_compile(  # "report| compares a variety of ..."
    r"\s++(?:(?:will|would|can|could|should|may|might|must|has|had|is|was)\s|"
    r"(?:\p{Ll}{3,}ed|found|finds|shows|showed|says|said|\p{Ll}{3,}(?<![su]s)s)\s++(?:no|the|a|an|that|his|her|its|their)\s|"
    r"\p{Ll}{3,}\s++(?:said|says|say|told|tells|added|argued|announced|warned)\b)"
)  # "report| found no", "rule| will", "protest| leaders said"
#: A noun, then a cue, after a plural form: "rules| committee said".
RE_NOUN_THEN_CUE = lazy_compile(r"\s++\p{Ll}{3,}\s++(?:said|says|say|told|tells|added|argued|announced|warned)\b")
#: A name's possessive right before a cue form: "Trump’s| repeated calls", "North Korea's| claim" (not "he's").
RE_POSSESSIVE_BEFORE = lazy_compile(
    r"(?<![\w’'\-])(?!(?i:he|she|it|that|there|what|who|here)['’]s)\p{Lu}[\w.\-]*+['’]s\s++$"
)
#: A common noun's possessive after a determiner: "the agency's (rules)", "the president's (remarks)".
RE_COMMON_POSSESSIVE_BEFORE = lazy_compile(
    r"(?<![\w’'\-])(?i:the|his|her|its|their|our|this)\s++(?:[\w\-]++\s++){0,2}?\p{Ll}[\w\-]*+['’]s\s++$"
)
RE_CLAUSE_AFTER = lazy_compile(r"\s*+(?:that\b|[,:\"“])")
#: A singular noun or name right before a base form ("IG| report", "Department| rule"), not a plural subject or a
#: pronoun ("critics| say", "they| report").
RE_SINGULAR_BEFORE = lazy_compile(
    r"(?<![\w’'\-])(?!(?i:they|we|i|you|who|which|that)\s)[\w’'\-]*+(?<![sS]|\W)\s++$"
)
#: Past participles without -ed that may follow a name's "'s" (has): "Trump's said", "Clinton's told".
_PARTICIPLES_AFTER_HAS = frozenset("said told written spoken thought sworn taken made given shown".split())
#: "for", "under" or "by" and up to two lower-case words right before a cue form: "for safety| reasons", "under
#: army briefing| rules".
RE_FOR_BEFORE = lazy_compile(r"(?<![\w’'\-])(?:for|under|by)\s++(?:\p{Ll}++\s++){0,2}$")
#: A past form and up to two modifiers right before a plural cue form: "released| details", "made similarly
#: bigoted| charges".
RE_PAST_VERB_BEFORE = lazy_compile(
    r"(?<![\w’'\-])(?P<before>[\w’'\-]++)\s++(?P<verb>\p{Ll}++)\s++(?:(?:\p{Ll}+ly|\p{Ll}+ed|new|more|fresh|"
    r"several|many|some|such|similar|further|additional|detailed|the|his|her|their|its)\s++){0,2}$"
)


def _finite(form: str) -> bool:
    """A verb form that can follow "and" with the sentence's subject: "said", "adds", not "counter"."""
    return form.endswith(("ed", "s")) or form in {"said", "told", "wrote", "spoke", "swore", "read"}


def _object_of_past_verb(text: str, start: int) -> bool:
    """Whether a plural cue form is the object of a past-tense verb right before it ("Lazar released notes"), not
    the verb after a relative clause ("The senator who resigned claims ...")."""
    m = RE_PAST_VERB_BEFORE.search(text, max(0, start - 60), start)
    if m is None or m.group("before").lower() in {"who", "that", "which", "had", "has", "have", "was", "were"}:
        return False
    return past_form(m.group("verb"))


#: A document noun and "that" right before a cue form: "a message that said", "a sign that read".
RE_DOCUMENT_THAT = lazy_compile(r"(?<![\w’'\-])(?P<noun>[\p{Ll}\-]++)\s++that\s++$")


def _document_relative(text: str, start: int, form: str) -> bool:
    """Whether a past form after "that" is the verb of a document's relative clause ("a message that said")."""
    m = RE_DOCUMENT_THAT.search(text, max(0, start - 40), start)
    if m is None or form.endswith("s") or form in lemmas():
        return False
    return lexicons.table("speaker_kinds").get(singular(m.group("noun"))) == "document"


@functools.cache
def lemmas() -> frozenset[str]:
    """The base forms of the reporting verbs ("say", "claim", "point" of "point out")."""
    return frozenset(lemma.split()[0] for lemma in lexicons.words("reporting_verbs"))


#: Commas, dashes and closing quotation marks (a closing run of three apostrophes, ",''' Mr. Putin", is one).
RE_BOUNDARY = lazy_compile(  # (a quote within a quote closes two marks at once: ',"\' she recalled')
    r",(?:'''|''|[\"“”’'][\"”’']?)\s*+|,\s++|(?:''|[\"“”’])\s++|(?<!\s)\s++[—–―]\s++|(?<!\s)\s++--\s++"
)


def _boundaries(left: str, offset: int, quote_chars: QuotedStretches) -> list[tuple[int, int]]:
    """The commas, dashes and closing quotation marks (outside quotes) before the cue, in order."""
    found = []
    for m in RE_BOUNDARY.finditer(left):
        pos = offset + m.start()
        if m.group()[0] in "\"“”’'" and not _closes_quote(pos + (1 if m.group().startswith("''") else 0), quote_chars):
            continue
        if m.group()[0] == "," and not _outside_quotes(pos, quote_chars):
            if not (len(m.group()) > 1 and m.group()[1] in "\"“”’'"):
                continue
        found.append((pos, offset + m.end()))
    return found


def _closes_quote(pos: int, quote_chars: QuotedStretches) -> bool:
    return quote_chars.closes(pos)


def _skip_adjuncts(rest: str) -> str:
    while True:
        m = RE_ADJUNCT.match(rest)
        if not m or m.end() == 0:
            return rest
        rest = rest[m.end() :]


#: First words of what may follow ``, he said,`` without being more content: relative clauses, circumstances.
_TRAILING_WORDS = frozenset(
    "who which while as in at on before after without with during despite amid following from to when where "
    "whose whom apparently adding noting citing".split()
)


#: A time and then "after", "before", "since" or "until" opening a sentence ("Two decades after", "Only hours
#: before", "Shortly after", "Ever since", "A week after"), or closing one after its attribution ("..., Bloomberg
#: said in 2013, a few months before his term ended").
_TIME_BEFORE = (
    r"(?:just|only|barely|shortly|soon|long|ever|right|immediately|not\s++long|a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d++|several|few|a\s++few|many|some)\s++"
)
_TIME_UNIT = r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s++"
RE_TIMED_SUBORDINATOR = lazy_compile(
    rf"(?i:(?:{_TIME_BEFORE})*{_TIME_UNIT}|(?:{_TIME_BEFORE})+)(?:after|before|since|until)"
)


#: The same, with the white space around it, where a subject is looked for.
RE_TIMED_SUBORDINATOR_OPENING = lazy_compile(r"\s*+" + RE_TIMED_SUBORDINATOR.pattern + r"\s++")


#: An absolute phrase ending the sentence after an attribution: "(said,) her voice rising", "his voice breaking
#: with emotion", "tears streaming down her face".
RE_ABSOLUTE_PHRASE = lazy_compile(
    r"(?:(?:his|her|their|its)\s++\p{Ll}++|tears|eyes|hands)\s++\p{Ll}{2,}ing\b"
    r"(?:(?!\s(?:would|will|is|are|was|were|has|have|had|can|could|should|may|might|must|did|does)\b)"
    r"[^,;:\"“”]){0,60}?[.!]?\s*+"  # (not "their forces holding firm would win": a gerund clause's verb)
)


#: A past participle and its preposition after an attribution: "flanked by", "surrounded by", "dressed in".
RE_PASSIVE_PARTICIPLE_PHRASE = lazy_compile(
    r"(?:\p{Ll}+ly\s++)?(?!(?:compared|combined|coupled|contrasted)\s)\p{Ll}{3,}ed\s++"
    r"(?:by|in|with|alongside|beside|next\s++to)\b"  # (not "compared with ...": a comparison goes on with the claim)
)


#: A participle after "not" (and "even"): "not even suggesting", "not saying".
RE_NEGATED_PARTICIPLE = lazy_compile(r"not\s++(?:even\s++|once\s++)?\p{Ll}{3,}ing\b")


def _is_trailing_clause(remainder: str) -> bool:
    """Text after ``, he said,`` that is not more content: a participle or a relative clause."""
    words = remainder.split(None, 2)
    if len(words) > 1 and RE_FOCUS_ADVERB.fullmatch(words[0].lower()) and words[1].endswith("ing"):
        return True  # ", likely referring to ...", ", also alluding to ...": the participle trails all the same
    if RE_NEGATED_PARTICIPLE.match(remainder):
        return True  # ", not even suggesting Mr. Trump could ...": the writer's remark on what was left unsaid
    first = words[0].lower() if words else ""
    if first == "to" and len(words) > 1 and RE_INFINITIVE_VERB.fullmatch(words[1]):
        return False  # "it is his job, he said, to talk to Congress": the infinitive goes on with what he said
    if RE_NOT_CIRCUMSTANCE.match(remainder):
        return False  # "Now, he says, at least seven delegates have signed on": a quantity opens more content
    if RE_EVENT_APPOSITIVE.match(remainder) and not RE_PREDICATE_AFTER_COMMA.search(remainder):
        return True  # "..., Seoul's military said, the latest in a string of launches": the writer's word on it
    if RE_PARTITIVE_RELATIVE.match(remainder):
        return True  # "..., she wrote in an email, a copy of which was seen by Reuters": a relative clause
    if RE_TIMED_SUBORDINATOR.match(remainder):
        return True  # "..., Bloomberg said in 2013, a few months before his term ended": when he said it
    if RE_ABSOLUTE_PHRASE.fullmatch(remainder):
        return True  # "..., the senator said, her voice rising.": how she said it
    if RE_PASSIVE_PARTICIPLE_PHRASE.match(remainder):
        return True  # "..., Johnson said at a news conference, flanked by members of his team": who stood by
    if first.endswith("ing") and opens_with_gerund_subject(remainder):
        return False  # "..., she added, revoking clearances would be “really very aggressive”": a gerund subject
    return first.endswith("ing") or first in _TRAILING_WORDS


def opens_with_gerund_subject(words: str) -> bool:
    """Whether ``words`` open with a gerund and its object as the subject of a finite verb ("revoking clearances
    would be ..."), the gerund no reporting verb's participle (not "saying it should be ...")."""
    gerund = RE_GERUND_SUBJECT.match(words)
    return gerund is not None and gerund.group("gerund") not in lexicons.inflections("reporting_verbs")


#: A gerund and its object as the subject of a finite verb: "revoking clearances would be", "building it is".
RE_GERUND_SUBJECT = lazy_compile(
    r"(?P<gerund>\p{Ll}+ing)\s++(?!(?:that|to|how|what|why|whether|if|about|for|with|on|in|at|him|her|them|us|me)\b)"
    r"(?:[\w’'\-]++\s++){0,3}?(?:would|will|is|was|are|were|could|can|should|may|might|must|has|have|had)\b"
)
#: A relative clause opened by a part of its antecedent: "a copy of which", "some of whom", "one of which".
RE_PARTITIVE_RELATIVE = lazy_compile(r"(?:[\w’'\-]++\s++){1,3}?of\s++(?:which|whom)\b")
#: A word after "to" that is a verb's base form, not a noun: "talk", "make" (not "reporters", "the", "applause").
RE_INFINITIVE_VERB = lazy_compile(
    r"(?!(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your|him|them|me|us|it|whom|which|what|"
    r"date|cheers|applause|laughter|reporters|supporters)\b)"
    r"\p{Ll}++(?<!s)(?<!ing)(?<!ion)(?<!ment)(?<!ity)(?<!ance)(?<!ence)(?<!ness)(?<!ship)"
)
#: A noun phrase the writer sets after an attribution to say what the reported event is: "the latest in a string
#: of launches", "a sign of growing tension", "a blow to the government".
_EVENT_APPOSITIVE = (
    r"(?:(?:the|a|an)\s++(?:(?:latest|first|second|third|last|biggest|largest|highest|lowest|worst|best|newest)\s++"
    r"(?:in|such|of|since|time|major|known)\b|"
    r"(?:(?!(?:will|would|can|could|may|might|must|shall|should|did|does|do|to|not)\s)\p{Ll}++\s++){0,2}"
    r"(?:sign|move|step|blow|setback|boost|reversal|rebuke|escalation|signal|indication|"  # (not "the fight will move")
    r"reminder|reflection|concession|claim|assertion|allegation)\s++"
    r"(?:of|to|toward|towards|that|for|in|forward|closer|back|which)\b|"
    r"(?:\p{Ll}++\s++)?(?:victory|win|defeat|loss|milestone|landslide|upset)\b|"
    r"(?:\p{Ll}++\s++)?(?:development|twist|turnaround|departure)\s++(?:that|which|from)\b)"
    r"|(?:a|an)\s++(?:\p{Ll}++\s++)?(?:debate|dispute|figure|rise|drop|jump|decline|increase|decrease)\s++"
    r"(?:of|that|which)\b)"  # "..., a figure that surprised economists", "..., an increase of almost $200 million"
)
RE_EVENT_APPOSITIVE = lazy_compile(_EVENT_APPOSITIVE)
#: The same after a comma that closes a reported clause: "..., a sign that officials are increasingly confident",
#: "..., a claim that could not be independently verified": the writer's comment ends the content.
RE_COMMA_THEN_EVENT_APPOSITIVE = lazy_compile(r",\s++(?=" + _EVENT_APPOSITIVE + ")")
#: A verb after a comma: the sentence's predicate goes on ("The economy, he said, the biggest in Europe, was
#: slowing").
RE_PREDICATE_AFTER_COMMA = lazy_compile(
    r",\s++(?:\p{Ll}+ly\s++)?(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must)\b"
)
RE_NOT_CIRCUMSTANCE = lazy_compile(r"(?i:at\s+(?:least|most)|in\s+(?:fact|all|total|part))\b")


RE_CLAUSE_BREAK = lazy_compile(
    r"(?:^|\s)(?=(?i:as)\s+(?:many|much|few|little)\s+as\s)"  # "(Polls show) |as many as 30 percent of ...": a count
    r"|(?:^|(?<!\b(?i:many|much|few|little))\s)(?i:but|and|while|whereas|unless|because|as|so|yet|although|though|when|after|before|since|then|meanwhile|that|"
    r"where|which)\s+|(?:^|\s)(?:how|why|whether)\s+"
    r"|[;—–―]\s*|\s--?\s+|:\s+|[”\"]\s+|''\s+|,\s+(?=(?:\p{Lu}|(?:de|van|von|al|bin|da|di|du|el|la|le)\s+\p{Lu}|he\b|she\b|they\b|we\b|I\b|it\b|officials?\b|sources?\b|"
    r"\d|(?:a|an|the|two|three|four|five|six|several|some|many|most|other|about|nearly|almost|half|more)\s))"
)


#: A subordinating word inside a would-be subject: "Boos rained down when Trump ..." is two clauses.
RE_SUBORDINATE_INSIDE = lazy_compile(
    r"(?:^|(?<!\b(?:many|much|few|little))\s)"
    r"(?:when|while|whereas|unless|because|after|before|since|as|if|though|although|once)\s"
)  # (not the second "as" of "as many as 40 percent of voters": a count)
#: A subordinator inside a candidate subject, before a definite noun phrase that may be its clause's subject: "a
#: 300-euro fine after| the man".
RE_LATER_SUBORDINATE = lazy_compile(
    r"\s(?:when|while|because|after|before|since|although|though|once)\s++(?:the|his|her|their)\s"
)


#: How far before its cue a subject's clause is looked for: further than any sentence of prose runs.
_SUBJECT_REACH = 1_000


def _clause_start(left: str) -> int:
    """Where the subject of a cue may begin: after an introductory phrase or the last clause break."""
    best = 0
    if RE_SUBORDINATE_INSIDE.search(left.split(",")[0]) is None and looks_like_speaker(strip_aux(left)):
        return 0
    opener = RE_OPENING_ADVERB.match(left)
    if opener is not None and "," in left and looks_like_speaker(strip_aux(left[opener.end() :])):
        return opener.end()  # "Now Donald Trump, the most unconventional candidate in modern times, (is promising)"
    between_names = 0  # an "and" between two capitalised words, which may join two names or two clauses
    intro = opens_intro(left.split(None, 1)[0]) if left.strip() else False  # "Speaking to Fox News and the ..."
    for m in RE_CLAUSE_BREAK.finditer(left, overlapped=True):  # "And although X": both breaks
        tail = left[m.end() :]
        before = left[: m.start()].split()[-1:]
        if m.group().strip() == "and" and before and (intro or before[0][:1].isupper() and tail[:1].isupper()):
            if not between_names and looks_like_speaker(strip_aux(tail)):
                between_names = m.end()  # read after the later breaks: "(In a filing with the Securities) and
            continue  # (Exchange Commission|, the company)"; but "Trump won Florida and| Sanders (said)"
        if RE_PARTICIPLE_CLAUSE.match(left, m.start(), m.end() + 40):
            continue  # "after winning Ohio in the primary, Gov. John Kasich said": the subject follows the comma
        subject = strip_aux(tail)
        if looks_like_speaker(subject):
            best = m.end()
            if RE_LATER_SUBORDINATE.search(subject) is None:
                break  # (else "... and a 300-euro fine after| the man had posted": the clause after "after" speaks)
        if _zero_relative(subject) is not None:
            best = m.end()  # ", a finding they (say could ...)": the relative clause's subject is read after
            break
        if subject[-1:] in "eyI" and RE_INTRO_THEN_PRONOUN.fullmatch(subject):  # a cheap test first
            best = m.end()  # ", and on Tuesday night he (said ...)": the pronoun after the phrase is read after
            break
        noun = RE_NOUN_BEFORE_RELATIVE.match(tail) if m.group().strip() in _DASH_BREAKS else None
        if noun is not None and looks_like_speaker(strip_aux(tail[noun.end() :])):
            best = m.end() + noun.end()  # "-- meddling the California congressman said is designed to ...": a zero
            break  # relative clause after a noun
    if best == 0:
        for after in RE_COMMA_SPACE.finditer(left):  # "Even so, three-quarters of the voters said"
            if looks_like_speaker(strip_aux(left[after.end() :])):
                best = after.end()
                break
    best = best or between_names
    first = left.split(None, 1)[0].lower() if left.split(None, 1) else ""
    if best == 0 and (first in _INTRO_PREPOSITIONS or first in _OPENING_SUBORDINATORS):
        # "On Sunday, former President Bill Clinton said", "If it doesn't slow down, forecasters say": the subject
        # follows the introductory phrase or clause
        comma = left.find(", ")
        tail = strip_aux(left[comma + 2 :]) if comma != -1 else ""
        strict = first in _INTRO_PREPOSITIONS and RE_COUNTED_PLURAL.fullmatch(tail) is None
        if comma != -1 and looks_like_speaker(tail, strict=strict):
            best = comma + 2  # (also "In a joint statement, the three countries (said)": a counted plural speaks)
    return best


#: A counted plural noun phrase, which may name those who speak together: "the three countries", "both banks".
RE_COUNTED_PLURAL = lazy_compile(
    r"(?:the\s++)?(?:two|three|four|five|six|seven|eight|nine|ten|both|all)\s++(?:\p{Ll}[\p{Ll}\-]*+\s++)?"
    r"\p{Ll}{3,}s"
)


RE_COMMA_SPACE = lazy_compile(r",\s++")
_DASH_BREAKS = frozenset(["—", "–", "―", "-", "--"])
#: A noun, then the subject of a relative clause without "that": "meddling| the California congressman said ...".
RE_NOUN_BEFORE_RELATIVE = lazy_compile(r"\p{Ll}{3,}\s++(?=(?:the|his|her|their)\s)")
#: A subordinator before a participle, which has no subject of its own: "after winning", "while speaking".
RE_PARTICIPLE_CLAUSE = lazy_compile(r"(?:^|\s)(?i:after|before|since|while|when|though|although)\s++\p{Ll}+ing\b")
_OPENING_SUBORDINATORS = frozenset("if unless when while although though because as once whether".split())
_INTRO_PREPOSITIONS = frozenset(
    "on in at after before during since by for from with under over last earlier later late early contrary".split()
)


#: A name, then a participle phrase, a comparison or a circumstance set off by commas: "Clinton, speaking to
#: reporters Tuesday,", "Democratic economists, like their Republican counterparts,", "Clinton, during a town hall
#: meeting in Columbus, Ohio,"; a quotation in it may hold the closing comma ("Mr. Manafort, citing ''the unique
#: magic of Trump,''").
RE_PARTICIPLE_ASIDE = lazy_compile(
    r"(?P<np>\s*+[^,]{1,120}?(?:,\s++\p{Lu}[\p{L}.]{1,6}\.)?),\s++"  # "in Chappaqua, N.Y.,"
    r"(?:\p{Ll}+(?:ing|ed)|clad|struck|shaken|stung|known|driven|caught|made|seen|written|given|taken|shown|sent|held|"
    r"like|unlike|including|such\s+as|along\s+with|as\s+well\s+as|"
    r"in\s+(?:contrast|turn|response|particular)|by\s+contrast|for\s+(?:his|her|their|its)\s+part|however|meanwhile|"
    r"during|in\s+(?:a|an|the|his|her|their)|at\s+(?:a|an|the)|after|before|(?:when|while|if)\s+\p{Ll}+(?:ing|ed)|"
    r"(?:through|via)\s+(?:a|an|the|his|her|their|its)\s|"
    r"(?:on|under)\s+(?:the\s+)?condition|in\s+(?:return|exchange)\s+for)"
    r"\b(?:[^,\"“”']|'(?!')|\"[^\"]{0,100}+\"|“[^”]{0,100}+”|''(?:[^']|'(?!')){0,100}+''){0,160}+"
    r"(?:,\s++(?:\p{Lu}[\p{L}.]++|(?:a|an|the)\s[^,]{1,40}))?(?:,|(?<=,(?:''|[\"”])))\s*+$"  # "in Wilmington, N.C.,"
)


def _subject_span(text: str, start: int, cue_start: int) -> tuple[int, int] | None:
    """The words before a cue that may be its subject (from the clause start, auxiliaries dropped), or None."""
    start = max(start, cue_start - _SUBJECT_REACH)  # (a sentence of many cues is not read again for each)
    left = text[start:cue_start]
    lead = RE_LEADING_CONNECTIVE.match(left, len(left) - len(left.lstrip()))
    skip = lead.end() if lead is not None and lead.end() > 0 else 0  # "Yet Democratic economists, like ...,"
    aside = RE_PARTICIPLE_ASIDE.match(left, skip)
    if aside is not None:
        np_start = aside.start("np") + _clause_start(aside.group("np"))  # "... started last week when| Mrs. Clinton,"
        np = left[np_start : aside.end("np")]
        if looks_like_speaker(np) and not looks_like_speaker(left):
            s_start = start + np_start + len(np) - len(np.lstrip())
            if RE_COMPANY_ASIDE.match(left, aside.end("np")) and looks_like_speaker(left[np_start:]):
                return s_start, start + len(left.rstrip())  # "Fields, along with reporter Ben Terris, (say)": all
                # of them speak, as PolNeAR marks the source
            return s_start, start + aside.end("np") - (len(np) - len(np.rstrip()))
            # "Clinton, during a meeting in Columbus, Ohio,"
    clause = _clause_start(left)
    opener = RE_OPENING_ADVERB.match(left, clause)
    if opener is not None:
        clause = opener.end()  # "Recently she announced ...": the adverb opens the sentence, it names no one
    timed = RE_TIMED_SUBORDINATOR_OPENING.match(left, clause)
    if timed is not None:
        clause = timed.end()  # "(clear:) just months after| Obama declared ...": a time clause's subject follows
    free = RE_FREE_RELATIVE_OPENING.match(left, clause)
    if free is not None:
        clause = free.end()  # "Here's what| the governor said: “...”": the subject follows "what"
    subject = strip_aux(left[clause:])
    if not subject.strip():
        return None
    relative = max(RE_RELATIVE_OBJECT_OPENER.finditer(subject), key=lambda m: m.start(), default=None)
    if relative is not None and (relative.start() == 0 or _relative_clause_subject(subject, relative)):
        # "(a speech) which even critics (say was ...)", "a bill that critics (say mirrors ...)": the relative
        # pronoun and its noun are no subject
        clause += relative.end()
        subject = subject[relative.end() :]
    what = max(RE_WHAT_INSIDE.finditer(subject), key=lambda m: m.start(), default=None)
    if what is not None and RE_SAID_THEN_COPULA.match(text, cue_start) and looks_like_speaker(subject[what.end() :]):
        clause += what.end()  # "(The sailors were released,) displaying what| many analysts (said was a sign ...)":
        subject = subject[what.end() :]  # the free relative's subject
    subordinator = RE_SUBORDINATOR_BEFORE.search(left, max(0, clause - 12), clause) if ", " in subject else None
    if subordinator is not None:
        head, _, tail = subject.rpartition(", ")
        if (
            any(past_or_auxiliary(word) for word in head.split()[1:])
            or subordinator.group().strip().lower() == "as" and head[:1].islower()
            and not any(past_or_auxiliary(word) for word in head.split())
            and not subject.rstrip().endswith(",")  # not "as the chief executive, Jeff Weiner, put it"
        ) and not tail.startswith(("who", "whose", "which", "whom")) and looks_like_speaker(tail):
            clause += len(head) + 2  # "(Friday morning, as) the parade rolled through Pasadena, |CNN (reported)": a
            subject = tail  # clause before the comma, the subject after it; "(her time as) secretary of state,
            # |former President Bill Clinton (told)": "as" with a role and no verb, a preposition
    reduced = _zero_relative(subject)
    if reduced is None and ", " in subject:
        head, _, tail = subject.rpartition(", ")
        appositive = _zero_relative(tail)
        if appositive is not None and _reduced_relative(appositive):
            clause += len(head) + 2  # "The bill, a measure critics (say could cost billions), passed ...": the
            subject, reduced = tail, appositive  # appositive's relative clause, set off by commas
    if reduced is None and subject[-1:].isalpha() and " a" in subject and RE_SAY_AT.match(text, cue_start):
        reduced = RE_CLAUSE_THEN_NOUN_AND_NAME.search(subject)  # (not "a landmark Supreme Court ruling")
    if reduced is not None and _reduced_relative(reduced):
        clause += reduced.start("np")  # "a probe| the law enforcement agency (said was ongoing)": a relative clause's
        subject = reduced.group("np")  # subject after its head noun
    pronoun = RE_INTRO_THEN_PRONOUN.fullmatch(subject) or (
        RE_RESULT_THEN_PRONOUN.search(subject) if " so " in subject or " such " in subject else None
    )
    if pronoun is not None:  # "At a town hall this week she (said)": a phrase with no comma opens the sentence;
        # "he was so fired up about the deal he (said)": a result clause with no "that"
        return start + clause + pronoun.start("pronoun"), start + clause + pronoun.end("pronoun")
    aside = RE_PARTICIPLE_ASIDE.match(subject)
    if aside is not None and not looks_like_speaker(subject) and looks_like_speaker(aside.group("np")):
        subject = aside.group("np")  # "Clinton, speaking to reporters on her plane, said": the name speaks
    s_start = start + clause + len(subject) - len(subject.lstrip())
    dashes = RE_DASH_ASIDE_BEFORE_CUE.search(left)
    if dashes is not None and dashes.start() > 0 and not looks_like_speaker(subject):
        # "Joyce — who is listed as an attorney in Illinois — told": the name before the aside speaks (the mention
        # keeps the aside, as PolNeAR marks it)
        named = _subject_span(text, start, start + dashes.start())
        if named is not None and looks_like_speaker(text[named[0] : named[1]]):
            return named[0], start + len(left.rstrip())
    s_end = start + clause + len(subject.rstrip())
    if subject.rstrip().endswith(" and"):
        # "Other officers ... chafed at such second-guessing and (said ...)": the subject of the first verb of two,
        # in the last clause after a comma first ("When Mook was asked ..., he laughed and (said)")
        comma = text.rfind(", ", s_start, s_end)
        for clause_start in ([comma + 2] if comma != -1 else []) + [s_start]:
            found = sentence_subject(text, clause_start, s_end)
            if (
                found is not None
                and text[found[1] : found[1] + 1] == " "  # its verb right after it, no appositive between
                and looks_like_speaker(text[found[0] : found[1]])
                and predicate_next(text, found[1], s_end)
            ):
                return found
    return _after_named_role(text, start, _after_intro_tail(text, s_start, s_end), s_end), s_end


def _after_named_role(text: str, sentence_start: int, start: int, end: int) -> int:
    """Where a subject starts after the name that an opening phrase's role noun ends with: "In a statement signed
    by its National Publicity Secretary, Mr Ini Ememobong, |the Peoples Democratic Party", "Under questioning
    from his lawyer, Mark Cohen, |the defendant"."""
    named = RE_NAME_THEN_APPOSITIVE.match(text, start, end)
    if named is None or not text.startswith(("the ", "The ", "a ", "an "), named.end()):
        return start
    opening = text[sentence_start:start].rstrip()
    words = opening.split()
    role = singular(words[-1].rstrip(",").lower()) if words else ""
    if (
        len(words) < 3
        or not opening.endswith(",")
        or not opens_intro(words[0])
        or role not in lexicons.words("speaker_nouns")
        or lexicons.table("speaker_kinds").get(role) not in (None, "person")  # not "In a statement, Brian Fallon, a"
    ):
        return start
    return named.end()


def _after_intro_tail(text: str, start: int, end: int) -> int:
    """Where a subject starts that the tail of an opening phrase precedes: "(In Cedar Rapids,) Iowa, |Rubio",
    "(In TV interviews and) tweets, |Trump"; not a role before its holder's name ("Carter's press secretary, Peter
    Cook") nor a name before a description ("Christie, New Jersey's governor")."""
    comma = text.rfind(", ", start, end)
    if comma == -1 or RE_PROPER_NAME.fullmatch(text, comma + 2, end) is None:
        return start
    before = text[start:comma].split()
    if not before or before[-1].lower() in _FUNCTION_WORDS:
        return start
    last = singular(before[-1].lower().strip(".,"))
    if last in lexicons.words("speaker_nouns") and lexicons.table("speaker_kinds").get(last) in (None, "organization"):
        return start  # "Carter's press secretary, Peter Cook", "The company, Eisai"
    if text[comma - 1 : comma] == ")" or len(before) > 6:
        return start  # "Sen. Tim Kaine (D-Va.), Clinton's running mate": a party label ends a name
    if RE_OF_PLACE_END.search(text, start, comma):
        return start  # "Stacy Baker of Columbia, South Carolina": a home town and its state
    return comma + 2


#: A relative pronoun that is the object of the clause's verb, then its subject: "which (even) critics (say)".
#: The counts a relative clause's partitive may open with: "(some) of whom", "(both) of whom".
PARTITIVE_COUNTS = "some|many|most|all|several|one|two|three|each|both"
#: The subordinators that open a clause of time, cause or concession, which each use below widens as it needs.
SUBORDINATORS = "as|when|while|after|before|because|since|although|though"
#: A subordinator right before where a clause was found to start: "(Friday morning,) as |the parade rolled ...".
RE_SUBORDINATOR_BEFORE = lazy_compile(rf"(?i:\b(?:{SUBORDINATORS}|if|once|until|whereas))\s++$")
#: A free relative opening a sentence before the cue's subject, whose words follow: "Here's what (the governor
#: said: “...”)", "This is what (Smith told reporters: “...”)" (not "That was what X said when ...": the words
#: were told before).
RE_FREE_RELATIVE_OPENING = lazy_compile(r"\s*+(?:Here|This)(?:['’]s|\s++is)\s++what\s++(?=\S)")
#: A free relative "what" inside a would-be subject, its own subject after it: "displaying what| many analysts".
RE_WHAT_INSIDE = lazy_compile(r"(?<=\s)what\s++(?=\S)")
#: "said" and the verb of the free relative's clause: "(what many analysts) said was (a sign ...)".
RE_SAID_THEN_COPULA = lazy_compile(r"(?:said|says|say)\s++(?:is|was|were|are|would\s++be|will\s++be|had\s++been)\b")
RE_RELATIVE_OBJECT_OPENER = lazy_compile(
    r"(?:^\s*+|(?<=\s))(?:(?:which|that)\s++(?:(?:even|also|only|many)\s++)?(?=\S)|whom\s++(?=(?:he|she|they|I|we)\b))"
    # (no "\s*+" at every space; "whom" only before a pronoun: "whom| she (described as ...)", not "whom Obama
    # mentioned ... to find")
)
_SUBJECT_QUANTIFIERS = frozenset("some many most few several all both multiple other two three".split())
RE_CLAUSE_INSIDE = lazy_compile(r"\s(?:what|who|whom|which|that|had|has|have|was|were|is|are)\s")


def _relative_clause_subject(subject: str, relative: regex.Match[str]) -> bool:
    """Whether the words after an object relative pronoun inside a would-be subject are the relative clause's own
    subject ("a bill that| critics", "a bill that| New Jersey Gov. Chris Christie"): not a demonstrative after a
    preposition ("of that| 2013 report"), nor a relative clause's verb ("which| dominate many exchanges")."""
    before = subject[: relative.start()].split()
    if before and before[-1].lower() in _FUNCTION_WORDS:
        return False
    rest = subject[relative.end() :]
    if RE_CLAUSE_INSIDE.search(rest):
        return False  # "that| only 1 percent of its sales force had been involved with what multiple lawmakers"
    words = rest.split()
    if len(words) >= 2 and words[-1].endswith("ed") and (words[-2][:1].isupper() or words[-2] in _SUBJECT_PRONOUNS):
        return False  # "the chairs that| POLITICO interviewed (predicted)": the clause has its verb, its noun speaks
    first = rest.split(None, 1)[0] if rest.split() else ""
    opens_subject = (
        first[:1].isupper()
        or first[:1].isdigit()  # "(A poll found) that| 74 percent of likely voters (said)"
        or first.lower() in _FUNCTION_WORDS
        or first.lower() in _SUBJECT_QUANTIFIERS
        or (first in _SUBJECT_PRONOUNS and relative.group().split()[0] == "whom")  # "whom| she (described as ...)"
        or (first.endswith("s") and singular(first.lower()) != first.lower())  # "critics", "officials"
        or (len(words) >= 3 and words[-1][:1].isupper() and words[-2][:1].isupper())  # "basketball legend LeBron
        # James": a role before a full name
    )
    return opens_subject and looks_like_speaker(rest)


#: A determiner and one noun, then a determiner-led subject: "a probe the law enforcement agency (said was ...)".
RE_NOUN_THEN_SUBJECT = lazy_compile(
    r"\s*+(?:a|an|the)\s++(?P<noun>\p{Ll}{3,}+)\s++(?P<np>(?:the|a|an|his|her|their|its)\s++[^,;:]{2,60}?|"
    r"they|he|she|we)\s*+"  # "a finding they (say could reshape ...)"
)
#: "say" right at a position: what a name in a zero relative clause does ("a dynamic Greenberg| said could ...").
RE_SAY_AT = lazy_compile(r"\s*+(?:said|says|say)\s")
#: The same at the end of a clause, with a name as the subject: "It's a dynamic Greenberg (said could drive ...)".
RE_CLAUSE_THEN_NOUN_AND_NAME = lazy_compile(
    r"(?<=\s)(?:a|an|the)\s++(?P<noun>\p{Ll}{3,}+)\s++(?P<np>\p{Lu}[\p{Ll}’'\-]++(?:\s++\p{Lu}[\p{Ll}’'\-]++){0,2})\s*+$"
)
#: "a" and a noun, then a bare plural noun: a relative clause's subject after its head ("a move analysts (said
#: could cost ...)"); "a" never goes with the plural.
RE_NOUN_THEN_PLURAL_SUBJECT = lazy_compile(r"\s*+(?:a|an)\s++(?P<noun>\p{Ll}{3,}+)\s++(?P<np>\p{Ll}{3,}+(?<=s))\s*+")


def _zero_relative(subject: str) -> regex.Match[str] | None:
    """A head noun and the subject of a relative clause with no relative pronoun after it, where ``subject`` is
    one: "a finding| they", "a probe| the agency", "a move| analysts" (a plural speaker noun after a singular
    noun with "a")."""
    reduced = RE_NOUN_THEN_SUBJECT.fullmatch(subject)
    if reduced is not None:
        return reduced if _reduced_relative(reduced) else None
    reduced = RE_NOUN_THEN_PLURAL_SUBJECT.fullmatch(subject)
    if reduced is None:
        return None
    noun, plural = reduced.group("noun"), reduced.group("np")
    speaks = singular(plural) != plural and singular(plural) in lexicons.words("speaker_nouns")
    return reduced if speaks and singular(noun) == noun else None


def _reduced_relative(m: regex.Match[str]) -> bool:
    """Whether :data:`RE_NOUN_THEN_SUBJECT` found a relative clause's subject after its head noun: always before a
    pronoun ("a finding| they"), before a noun phrase only where the head is no speaker noun ("a probe| the
    agency", not "the spokesman| the campaign named")."""
    return m.group("np") in _SUBJECT_PRONOUNS or singular(m.group("noun")) not in lexicons.words("speaker_nouns")


#: An opening prepositional phrase with no comma, then a subject pronoun: "At a town hall this week she".
RE_INTRO_THEN_PRONOUN = lazy_compile(
    r"\s*+(?i:at|in|on|during|after|before|since|until|from|over|within|inside|outside|last|this|earlier|later|late|"
    r"early)\s(?:[^,;:\"“”]{1,80}?\s)?(?P<pronoun>he|she|they|we|I)\s*+"
)
#: A clause of degree, then the pronoun that opens its result clause with no "that": "he was so fired up about a
#: deal's potential| he (said)".
RE_RESULT_THEN_PRONOUN = lazy_compile(
    r"\s(?:so|such)\s[^,;:\"“”]{1,80}?\s(?P<pronoun>he|she|they|we|I)\s*+$"
)
#: A home town closing a name: "(Stacy Baker) of Columbia".
RE_OF_PLACE_END = lazy_compile(r"\bof\s++\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){0,2}$")
#: A person's name, with a title, and a party label: "Rubio", "Mr. Pence", "Sen. Bernie Sanders (I-Vt.)".
RE_PROPER_NAME = lazy_compile(
    r"(?:\p{Lu}[\w’'\-]*+\.?\s++){0,3}\p{Lu}[\w’'\-]*+(?:\s++\([^()]{1,20}\))?"
)


#: An aside between dashes right before a cue: " — after a knock-on-wood gesture — ".
RE_DASH_ASIDE_BEFORE_CUE = lazy_compile(
    r"(?<!\s)\s++(?P<dash>[—–―]|--?)\s++[^—–―\"“”]{1,200}?\s(?P=dash)\s*+$"
)  # also between hyphens written as dashes: " - Santilli's girlfriend - "
#: A sentence adverb with no comma before a pronoun or a name: "Recently she", "Later Trump", "Earlier, he".
#: A capitalised sentence adverb by its ending ("Separately", "Ironically", "Recently"), not a surname ending in -ly
#: ("Kelly", "Connolly", "Schlafly").
CAPITALISED_ADVERB = (
    r"(?=\p{Lu}\p{Ll}{5,}\b)\p{Lu}\p{Ll}*(?:ally|ately|ently|antly|ously|ively|edly|ingly|arly|ibly|ably|ctly|efly|ntly|"
    r"stly|nkly|ewly|inly|tily|vily|sily|rily|dily|pily)"
)
RE_CAPITALISED_ADVERB = lazy_compile(CAPITALISED_ADVERB)
RE_OPENING_ADVERB = lazy_compile(
    rf"\s*+(?:{CAPITALISED_ADVERB}|Later|Earlier|Then|Now|Today|Yesterday|Meanwhile|Still|Also|Again|Instead|"
    r"Afterward|Afterwards|Once|Ultimately|Perhaps|Maybe)\s++(?=(?:he|she|they|we|I|\p{Lu}))"
    r"|\s*+(?:Still|However|Meanwhile|Moreover|Indeed|Nevertheless|Nonetheless|Instead|Sure|Of\s++course|"
    r"In\s++fact|Yet),\s++(?=(?:the|a|an|new|official|recent|some|many|most)\s)"  # "Still, the data (show)"
)


#: The subject of a second speaker's report after "but", "while" ...: "(but) Jones", "(but) the Labour MPs",
#: "(but) witnesses", "(but) many".
CONTRAST_SUBJECT = (
    r"(?:(?:the\s++)?(?:\p{Ll}++\s++){0,2})?(?:\p{Lu}[\w.’'\-]*+\s++){1,4}"
    r"|(?:the\s++)?(?:\p{Ll}++\s++){0,2}\p{Ll}++(?<=s)\s++"
    r"|(?:the|his|her|their|its|other)\s++(?:(?!(?:he|she|they|it|we|i|you|who|that|which|to|is|was|are|were|has|had|"
    r"have|will|would|can|could|should|may|might|must|do|does|did|not|never|also|always|still|just|only|even|now|"
    r"then|often|\p{Ll}+ly)\s)[\p{L}’'\-.]++\s++){1,4}"
    r"|(?:many|some|most|few|several)\s++"
)
#: The verb of a second subject's report after "and", "but", "while" ...: "(but Jones) said", "(while Sanders)
#: suggests", "(and Democrats) accused".
SECOND_REPORT_VERB = (
    r"(?:said|says|say|told|argued|insisted|noted|added|warned|countered|contended|called|described|urged|declined|"
    r"declines|refused|refuses|conceded|acknowledged|admitted|disagreed|disagrees|disputed|disputes|rejected|rejects|"
    r"denied|denies|argue|argues|insist|insists|warn|warns|note|notes|contend|contends|suggest|suggests|suggested|"
    r"claim|claims|claimed|predict|predicts|predicted|maintain|maintains|maintained|accuse|accuses|accused|"
    r"believe|believes|believed|caution|cautions|cautioned|stress|stresses|stressed|explain|explains|explained|"
    r"observe|observes|observed|respond|responds|responded|reply|replies|replied|write|writes|wrote|add|adds|tell|"
    r"tells|concede|concedes|acknowledge|acknowledges|admit|admits|counter|counters|worry|worries|worried|fear|fears|"
    r"feared|estimate|estimates|estimated|announce|announces|announced|reveal|reveals|revealed)\b"
)
#: Participles of reporting verbs that open a second report after a first one's content (", adding that ...").
_REPORTING_PARTICIPLES = (
    r"(?:adding|saying|noting|arguing|explaining|telling|citing|warning|insisting|suggesting|claiming|writing|"
    r"tweeting|declaring|predicting|acknowledging|conceding|vowing|asserting|accusing|calling|urging|stressing|"
    r"pointing\s+(?:out|to)|dismissing|rejecting|denying|blaming|welcoming|praising|criticizing|criticising|"
    r"pledging|announcing|complaining|recalling|stating|echoing|contrasting|drawing\s++(?:a|the)\s++(?:contrast|distinction)|"
    r"promising(?=\s++(?:to|that)\b))"
)  # ("promising" only before its clause: not "a bold and promising plan")
#: Where reported content stops before the sentence does: a trailing "according to", or a second predicate
#: of the speaker ("... but did not say when", "... and added that ...").
RE_CONTENT_STOP = lazy_compile(
    r"(?:,|(?<![\s,]))\s++according\s+to\b"
    r"|,\s++as\s++(?:(?:first|previously|originally|initially|also|earlier)\s++)?(?:reported|revealed|disclosed)\s++by\b"
    r"|,\s++as\s++(?:the\s++)?\p{Lu}[\w.&’'\-]*+(?:\s++\p{Lu}[\w.&’'\-]*+){0,4}\s++"
    r"(?:(?:first|previously|originally|initially|also|earlier)\s++)?(?:reported|revealed|disclosed)\b"
    # "..., as reported by BuzzFeed News", "..., as Reuters reported": another's report of the report
    r"|(?:,|(?<![\s,]))\s++(?:but|and)\s++(?:(?:also|then|later|still)\s+)?(?:(?:has|have|had)\s++(?:also\s++)?)?"
    r"(?:did|does|didn['’]t|doesn['’]t|declined|refused|"
    r"added|adds|said|says|noted|insisted|vowed|urged|warned|promised|stressed|acknowledged|conceded|argued|"
    r"expressed|went\s+on|stopped\s+short|offered|gave|"
    r"(?:would\s+not|wouldn['’]t)(?=\s++(?:say|comment|elaborate|discuss|disclose|give|provide|offer|confirm|specify|"
    r"name|identify|answer|reveal|describe|detail|speculate|predict|rule|share|respond|go\s++into)\b))\b"
    # ("but would not comment": the speaker's; not "said India wanted ... but would not tolerate terrorism")
    r"|(?:,|(?<=,(?:''|[\"”’])))\s+(?=" + _REPORTING_PARTICIPLES + r"\b)"
    r"|(?<=\w)\s++(?:-|--|[—–])\s++(?=(?:\p{Ll}++(?<=ly)\s++)?" + _REPORTING_PARTICIPLES + r"\b)"
    # "... the occupants| - noting that ...", "... for Trump| - essentially conceding that ..."
    r"|,(?:''|[\"”’])?\s++(?=while\s++\p{Ll}++(?<=ing)\b[^,;:]*+$)"  # "..., while trying to explain her plan.": a
    # circumstance closing the sentence (not "a statement that, while condemning violence, accused ...")
    r"|;\s++(?=\p{Lu})|,(?:''|[\"”’])?\s++while\s++(?=\p{Lu})"
    r"|;\s++(?=(?:[\w’'\-]++\s++){1,4}?(?:said|says|told|argued|insisted|noted|added|warned|countered|contended)\b)"
    # "...; the union said it was justified": a second report after a semicolon
    r"|(?:,(?:''|[\"”’])?|(?<=\w))\s++(?:though|although|even\s++though|whereas|while|and|but)\s++"
    rf"(?=(?:{CONTRAST_SUBJECT}|(?:he|she|they)\s++){SECOND_REPORT_VERB})"  # ", though Mrs. Fiorina said", ", but
    # he refuses", ", but witnesses disputed", "while Sanders suggests"
    r"|,\s++without\s++(?:giving|providing|offering|elaborating|citing|saying|specifying|naming|explaining)\b"
    r"|(?:,|(?<=[\w”\"’]))\s++(?:and|after|before|while)\s++(?=" + _REPORTING_PARTICIPLES + r"\b)"
    # "pointing to bottles| and telling viewers that ...", "calling it “disqualifying”| and asserting that ..."
    r"|,(?:''|[\"”’])?\s++(?=in\s++(?:a|an|his|her|their|its)\s++(?:[\w\-]++\s++){0,2}(?:statement|note|"
    r"interview|email|letter|post|tweet|message|memo|filing|release|speech|briefing|podcast|newsletter|column|op-ed|"
    r"video)s?\b[^,;:\"“”.!?]{0,60}[.!?]?\s*+$)"  # '..., "a speed bump,"| in a note on Friday.'"
    r"|(?<=[\w\"”’'])\s++(?=in\s++(?:a|an|its|his|her|their)\s++(?:(?:written|brief|short|joint|separate|emailed)\s++)?"
    r"(?:statement|news\s++release|press\s++release)(?:\s++(?:signed|issued|released)\s++by\s++[^;:!?]{1,80}?)?"
    r"(?:\s++(?:on|late|early)\s++\p{L}++)?[.!?]?\s*+$)"
    # "confirmed the extension| in a statement."
    r"|,(?:''|[\"”’])?\s++(?:while|whereas)\s++(?=(?:[\w’'%\-]++\s++){1,6}?(?:said|say|says|argued|argue|argues|contended|countered|"
    r"insisted|noted|warned|claimed|claim|claims|believe|believes|believed|reported|report|reports|announced|"
    r"told|stated|added)\b)"  # ", while critics argued ...", ", while officials in the Kharkiv region reported ..."
    rf"|,\s++(?={WRITER_COMPARISON})"
    # "..., compared with 41 percent for Mrs. Clinton", "..., up 31 percent from a year earlier": the writer's figures
    r"|(?<=\S)\s++(?=\((?:although|though|which|who|whom|whose|and|but|including|despite|even)\s[^()]*+\)[.!?]?\s*+$)"
    # " (although he allowed that ...)": the writer's aside
    r"|(?<=\S)(?:\s++(?:-|--)\s++|\s*+[—–]\s*+)(?=(?:though|although|even\s++though)\s[^—–]*+$)"
    # "... months earlier| - though he gave varying stories": the writer's concession after a dash (not one set off
    # between two dashes)
)


#: A second predicate of the same subject: ", but insists ...", "and also warned ...", "and he accused ...".
_COORDINATOR = (
    r"(?:,|(?<![\s,]))\s++(?:but|and)\s++(?:(?P<pronoun>he|she|they)\s++)?(?:(?:also|then|later|still)\s+)?"
    r"(?:(?:in|at|during)\s++(?:a|an|the|his|her|their)\s++(?:\p{Ll}++\s++)?(?:interview|statement|speech|rally|"
    r"hearing|appearance|deposition|briefing|debate|email|letter|tweet|post)\s++(?:on\s++\p{Lu}\p{Ll}+day\s++)?)?"
    # "but in a later interview said", "and at a rally on Sunday said"
    r"(?:(?:has|have|had)\s++(?:also\s++)?(?=\p{Ll}+ed\b|said\b|told\b))?"
)
RE_COORDINATED_VERB = lazy_compile(_COORDINATOR + r"(?P<verb>\p{Ll}+)\b")  # also "and has said that ..."
#: The same with a phrasal verb: "(denies any wrongdoing) and points out (that ...)".
RE_COORDINATED_PHRASAL = lazy_compile(_COORDINATOR + r"(?P<verb>\p{Ll}+\s++\p{Ll}+)\b")


#: A second subject's report after a comma: ", and Ms. Acosta said ...", ", but Trump later called ..." (not a
#: compound subject: "because Congress and President Obama agreed").
RE_COORDINATED_NAME_VERB = lazy_compile(
    r",\s++(?:but|and)\s++(?P<pronoun>(?:(?:Mr|Mrs|Ms|Dr)\.?\s++)?\p{Lu}[\p{L}’'\-]++(?:\s++\p{Lu}[\p{L}’'\-]++){0,2})"
    r"\s++(?:(?:also|then|later|still)\s+)?(?P<verb>\p{Ll}+)\b"
)


#: A second share of a poll's respondents and its report: "(About half said ...) and one in four said ...",
#: ", but 40 percent of independents said ...", "; 26 percent of Democrats say ...".
RE_COORDINATED_SHARE_VERB = lazy_compile(
    r"(?:(?:,\s++|(?<=\S)\s++)(?:but|and)\s++|;\s++)(?P<pronoun>"
    r"(?:(?:about|nearly|almost|roughly|only|just|more\s++than|fewer\s++than|less\s++than)\s++)?"
    r"(?:\d++(?:\.\d++)?(?:\s*+%|\s++percent|\s++per\s++cent)|(?:one|two|three|four|five|six|seven|eight|nine|\d++)"
    r"\s++(?:in|out\s++of)\s++(?:three|four|five|ten|\d++)|a\s++(?:third|quarter|fifth|majority|plurality)|half)"
    r"(?:\s++of\s++(?:the\s++|those\s++)?[\p{L}\-]++(?:\s++[\p{L}\-]++){0,2}?)?)"
    r"\s++(?P<verb>said|say|says)\b"
)


def _coordinated_cue(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The first ``but/and VERB`` (or ``, and NAME VERB``, ``and 30 percent said``) in ``text[start:end]`` whose
    verb is a finite reporting verb."""
    single, phrasal = _verb_forms()
    found = []
    for pattern in (RE_COORDINATED_VERB, RE_COORDINATED_NAME_VERB, RE_COORDINATED_SHARE_VERB):
        for m in pattern.finditer(text, start, end):
            verb = m.group("verb")
            if verb.endswith("ing"):
                continue  # a participle, no finite verb
            plural_noun = verb.endswith("s") and verb != "says" and (
                pattern is RE_COORDINATED_NAME_VERB
                or RE_PLURAL_NOUN_AND.search(text, max(start, m.start() - 30), m.start()) is not None
            )  # not ", and Japanese comments", "new faces and voices": a plural noun joined to a noun
            if plural_noun:
                continue
            if verb in single:
                found.append(m)
                break
            longer = RE_COORDINATED_PHRASAL.match(text, m.start(), end) if verb in phrasal else None
            if longer is not None and pattern is RE_COORDINATED_VERB and phrasal[verb].fullmatch(longer.group("verb")):
                found.append(longer)  # "(denies any wrongdoing) and points out (that ...)"
                break
    return min(found, key=lambda m: m.start()) if found else None


#: A plural noun right before a coordinator: "(new) faces( and voices)", not a verb's subject or object.
RE_PLURAL_NOUN_AND = lazy_compile(r"(?<![,;])\s\p{Ll}{3,}(?<!ss)(?<!us)(?<!is)s$")
#: A second attribution closing the sentence, of the report as a whole: ", two of the people said."
RE_TRAILING_ATTRIBUTION = lazy_compile(
    r"(?<=,[”\"’']?)\s++(?P<np>(?:[\w’'.\-]++\s++){0,7}?[\w’'.\-]++(?:\s++\(\p{Lu}[\p{Lu}\p{N}&.\-]{1,11}\))?)"
    r"\s++(?P<verb>said|say|says|added|noted|confirmed|"
    r"reported|wrote|show|shows|showed|found|told\s++(?:reporters|journalists|the\s++court|the\s++jury|\p{Lu}[\w.\-]*+(?:\s++\p{Lu}[\w.\-]*+){0,3}))"
    r"(?:\s++(?:on\s++)?\p{Lu}\p{Ll}+day)?"
    r"(?:\s++(?:in|on|at)\s++(?:a|an|the|his|her|their|its)\s++(?:[\w\-]++\s++){0,2}?"
    r"(?:statement|interview|release|conference|briefing|post|email|e-mail|letter|filing|report|tweet)"
    r"(?:\s++(?:on\s++)?\p{Lu}\p{Ll}+day)?)?"
    r"(?:,\s++citing\s++[^,;:\"“”]{1,80}?)?"  # "..., Reuters reported, citing documents."
    r"(?:,\s++(?!citing\b)\p{Ll}+ing\s[^;:\"“”]{1,160}?)?"  # "..., his office said in a statement, freeing up ..."
    r"(?:,?\s++(?:as|while|when|before|after)\s++(?:he|she|they|it|the|his|her|their)\s[^;:\"“”]{1,120}?)?"
    r"[.!?]?\s*+$"  # "..., Susan said as she turned around and spread her cape."
)


#: An inverted attribution that ends a sentence: ", said a spokesman.", ", said Col. Ahmed Hassan, a military
#: spokesman."
RE_INVERTED_TRAILING_ATTRIBUTION = lazy_compile(
    r"(?<=\S),\s++(?P<verb>said|says|added|adds|noted|wrote|explained)\s++(?P<np>[^;:\"“”]{1,120}?)[.!?]?\s*+$"
)


def _cut_trailing_attribution(text: str, start: int, end: int) -> int:
    m = RE_CONTENT_STOP.search(text, start, end)
    stop = m.start() if m else end
    event = RE_COMMA_THEN_EVENT_APPOSITIVE.search(text, start, stop)
    stop = event.start() if event else stop
    trailing = RE_TRAILING_ATTRIBUTION.search(text, start, stop)
    if trailing is not None and looks_like_speaker(trailing.group("np")):
        stop = trailing.start()  # "... told aides that the president was “furious,” two of the people said."
    inverted = RE_INVERTED_TRAILING_ATTRIBUTION.search(text, start, stop)
    if inverted is not None and looks_like_speaker(inverted.group("np")):
        stop = inverted.start()  # "The senator rejected the claim|, said a spokesman."
    coordinated = _coordinated_cue(text, start, stop)
    return coordinated.start() if coordinated else stop


#: A lower-case particle inside a name ("Virgil van Dijk", "Luiz Inacio Lula da Silva"), and the article that may
#: follow it ("Ursula von der Leyen").
_NAME_PARTICLE = "(?:van|von|de|da|di|del|der|den|du|dos|das|bin|ibn|ten|ter)"
_PARTICLE_ARTICLE = "(?:der|den|la|le)"
#: A subject's noun phrase after its article: capitalised words, a name ("Virgil van Dijk", "Ursula von der
#: Leyen"), or a pronoun; then what may stand between it and its verb.
_SUBJECT_NAME = (
    r"(?:(?:former|then|ex-|acting|late)\s+|(?:Some|Other|Many|Most|Several|Both|All|Few|Two|Three|Four|Five|Six|"
    r"Seven|Eight|Nine|Ten)\s++(?:former|senior|top|retired|current|longtime)\s++(?=\p{Lu}))?"
    # "Two former (FBI agents)"
    rf"(?:\p{{Lu}}[\w.’'\-]*\s+(?:of\s+(?:the\s+)?|{_NAME_PARTICLE}\s+(?:{_PARTICLE_ARTICLE}\s+)?)?){{0,7}}"
    r"\p{Lu}[\w’'\-]*)"
    r"(?=(?<=(?<!\S)(?:He|She|They|We|I|he|she|they|we))['’](?:s|re|m|d|ll|ve)\s+\p{Ll}"  # "He’s comparing"
    r"|(?:\s+\([^()]{1,30}\))?(?:,\s+[^,]{2,160}+,)?\s+(?:also\s+|then\s+|later\s+)?\p{Ll})"
)
#: The subject at the head of a sentence: "He", "Christie, New Jersey's governor,", "Sen. Ted Cruz" (also before
#: a party label: "Sen. Pat Toomey (R-Pa.)").
RE_SENTENCE_SUBJECT = lazy_compile(
    r"(?:(?:\p{Lu}[\w’']*|\w+ly)(?:\s+[\w’'.]+){0,11},\s+)?"
    r"(?P<np>He|She|They|We|I|It|he|she|they|we|it|(?:(?:The|A|An|the|a|an)\s+)?" + _SUBJECT_NAME
)
#: The subject right after an introductory phrase, a lower-case word allowed between its article and its
#: capitalised words: "(Later,) the district GOP Chairman Craig Dunn".
RE_SUBJECT_AFTER_INTRO = lazy_compile(
    r"(?P<np>He|She|They|We|I|It|he|she|they|we|it|(?:(?:The|A|An|the|a|an)\s+(?:\p{Ll}[\p{Ll}\-]*+\s+(?=\p{Lu}))?)?"
    + _SUBJECT_NAME
)
#: A role with "the" (up to three lower-case words) and the word after it.
RE_DEFINITE_ROLE_WORDS = lazy_compile(
    r"the\s++(\p{Ll}[\p{Ll}\-]*+)(?:\s++(\p{Ll}[\p{Ll}\-]*+))?(?:\s++(\p{Ll}[\p{Ll}\-]*+))?"
)
RE_NOUN_PHRASE_TO_END = lazy_compile(r"(?P<np>.++)")


def _definite_role(text: str, start: int, end: int) -> regex.Match[str] | None:
    """A role with "the" after an introductory phrase, before its verb ("(In a long interview,) the former
    president| described ..."), as a match whose group ``np`` is the role; None where no speaker noun ends it."""
    m = RE_DEFINITE_ROLE_WORDS.match(text, start, end)
    if m is None:
        return None
    words = [w for w in m.groups() if w]
    nouns = lexicons.words("speaker_nouns")
    for k in range(len(words) - 1, 0, -1):  # the role's head, and a verb after it: "the former president| described"
        if singular(words[k - 1]) in nouns and singular(words[k]) not in nouns:
            if words[k] in _ROLE_POSTMODIFIER_OPENERS:
                return None  # "the former secretary of state", "the families of ...": a longer phrase
            return RE_NOUN_PHRASE_TO_END.match(text, start, m.start(k + 1) - 1)
    return None


_ROLE_POSTMODIFIER_OPENERS = frozenset("of for at in from with on to who that which and or".split())
#: A name and the comma of the appositive after it: "Hart|, |a Republican from Texas, disagreed".
RE_NAME_THEN_APPOSITIVE = lazy_compile(r"(?P<name>\p{Lu}[\w’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){0,3}),\s++")


def _plural_head_before_verb(word: str, following: list[str], nouns: frozenset[str]) -> bool:
    """Whether a verb-like "-s" form is a plural speaker noun because a past form follows it: "Consumer advocates|
    welcomed ...", "Health officials| warned ..."."""
    return (
        word.endswith("s")
        and singular(word) in nouns
        and bool(following)
        and past_form(following[0])
    )


def _opens_predicate(word: str) -> bool:
    """Whether a lower-case word after a subject's head ends the noun phrase: a function word, an adverb, a past
    or a reporting-verb form ("shook", "recently", "urged", "said"); not a compound adjective ("state-owned")."""
    if "-" in word and word.rpartition("-")[0] not in _VERB_PREFIXES:
        return False  # "China's state-owned investment giant CITIC", "the Ohio-based company"; but "re-elected"
    return word in _FUNCTION_WORDS or word.endswith(("ly", "ed")) or word in _verb_forms()[0] or word in _past_forms()


#: Prefixes joined by a hyphen to a verb that stays a verb: "re-elected", "co-founded".
_VERB_PREFIXES = frozenset(["re", "co", "pre", "de", "un", "mis", "over", "under", "out", "cross", "double", "fact"])


def _collective_end(text: str, head_end: int, end: int) -> int:
    """Where a collective noun's "of" phrase ends ("A group| of bestselling authors| has sued"): over lower-case
    words up to the predicate; ``head_end`` where the noun is no collective or no such phrase follows."""
    head = text[max(0, head_end - 12) : head_end].split()[-1:]
    of = RE_OF.match(text, head_end, end)
    if not head or head[0].lower() not in _COLLECTIVE_NOUNS or of is None:
        return head_end
    pos, last = of.end(), head_end
    for word in RE_LOWER_WORDS.match(text, pos, end).captures("word")[:3]:  # type: ignore[union-attr]
        if _opens_predicate(word):
            break
        pos = text.index(word, pos) + len(word)
        last = pos
    return last


_COLLECTIVE_NOUNS = frozenset("group coalition panel team number handful couple pair bunch crowd band".split())
RE_OF = lazy_compile(r"\s++of(?=\s)")
#: A second name joined to a subject by "and", before the predicate: " and French President Emmanuel Macron".
RE_AND_NAME = lazy_compile(
    r"\s++and\s++(?:\p{Lu}[\w.’'\-]*+\s++){0,5}\p{Lu}[\w’'\-]*+(?:\s++of\s++\p{Lu}[\w.’'\-]*+)?(?=\s++\p{Ll})"
)
#: A connective before a sentence's subject: "And then Trump went on the attack".
RE_LEADING_CONNECTIVE = lazy_compile(r"(?:(?:And|But|So|Yet|Then|Still|Now|Instead)\s++(?:then\s++)?)?")
RE_COMMA = lazy_compile(r",[”\"’']?\s++")
#: Where an introductory phrase may end: a comma, or the dash (or double hyphen) closing an aside ("Hastily
#: politicizing the tragedy ― much like he did in Paris ― Trump cast the blame").
RE_INTRO_END = lazy_compile(r",[”\"’']?\s++|(?<=(?:[―—–]|--)(?:(?![―—–]|--).){1,150})\s(?:[―—–]|--)\s++")
#: An opening word that is no subject: "Holding ...", "Following the release", "Beyond ...", "Soon ...".
RE_NOT_A_SUBJECT = lazy_compile(
    r"\p{Lu}\p{Ll}{3,}ing|Beyond|Soon|Shortly|Even|Just|Only|Already|Meanwhile|However|Moreover|Indeed|Without|Within|"
    r"Despite|Unlike|Like|Amid|Among|Instead"
)
#: A finite verb right after a capitalised word: "(Ebeling) reminisced", "(Manning) said".
RE_FINITE_AFTER_NAME = lazy_compile(r"\s++(?:\p{Ll}{2,}ed|said|says|told|is|was|has|had)\b")
#: Short verbs whose participle may open a sentence ("Having", "Voting"), beside the reporting verbs ("Citing").
_OPENING_VERBS = frozenset("have make vote rise live take lose try move face use do go be end name add cite".split())


def opens_intro(word: str) -> bool:
    """A sentence's first word that opens an introductory phrase, not its subject: a preposition or time word
    ("At", "Last", "Earlier"), a participle ("Citing"), a lower-case word other than a pronoun (after a
    connective: "But a few days later, Trump ...")."""
    if word.lower().rstrip(",") in _INTRO_PREPOSITIONS or _not_a_subject(word) or RE_CAPITALISED_ADVERB.fullmatch(word):
        return True
    if word.rstrip(",") in {"There", "Here"}:
        return True  # "There, the chairman declined ... but said ...": a place, then the subject
    return word.isalpha() and word.islower() and word not in _PRONOUN_SUBJECTS


_PRONOUN_SUBJECTS = frozenset("he she they we i it you".split())


def _not_a_subject(phrase: str) -> bool:
    """An opening word that is no subject: a participle ("Holding ...", "Citing ...", not "Boeing"), or a
    preposition or adverb ("Beyond", "Soon")."""
    if RE_NOT_A_SUBJECT.fullmatch(phrase):
        return True
    if not (phrase.endswith("ing") and phrase[:1].isupper() and phrase[1:].islower()):
        return False
    stem = phrase[:-3].lower()
    return bool({stem, stem + "e", stem[:-1]} & _opening_verbs())


@functools.cache
def _opening_verbs() -> frozenset[str]:
    return lemmas() | _OPENING_VERBS


#: The lower-case words after a capitalised subject, where a speaker noun may head it: "Band| member Flea",
#: "The Sanders| campaign", "Presumptive Republican| presidential nominee Donald Trump".
RE_LOWER_WORDS = lazy_compile(r"(?:\s++(?P<word>\p{Ll}[\p{Ll}\-]*+(?:['’]s)?))*+")  # "prime minister's office"
#: A name after a speaker noun: "member| Flea".
RE_CAPITALISED_WORDS = lazy_compile(
    rf"(?:(?:\s++\p{{Lu}}[\w.’'\-]*+)++(?:\s++{_NAME_PARTICLE}(?:\s++{_PARTICLE_ARTICLE})?"
    r"(?:\s++\p{Lu}[\w.’'\-]*+)++)?(?=\s++\p{Ll}|[,;:]|$))?"
)  # "captain| Virgil van Dijk"


def sentence_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject at the head of ``text[start:end]`` (:data:`RE_SENTENCE_SUBJECT`), grown over a common noun
    that heads it, or None."""
    start = RE_LEADING_CONNECTIVE.match(text, start, end).end()  # type: ignore[union-attr]  # always matches
    m = None
    first_word = text[start:end].split(None, 1)[0] if text[start:end].split(None, 1) else ""
    if opens_intro(first_word):
        # "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried ...", "Citing last week's attack, Will
        # urged ...": the subject follows the introductory phrase
        # the phrase ends at a comma or after a dash aside ("Hastily politicizing the tragedy ― much like ... ― Trump",
        # "In a victory speech from Wyoming -- which holds a caucus on Saturday -- Sanders ...")
        for comma in RE_INTRO_END.finditer(text, start, min(end, start + 200)):
            m = RE_SUBJECT_AFTER_INTRO.match(text, comma.end(), end) or _definite_role(text, comma.end(), end)
            if m is not None and looks_like_speaker(m.group("np")) and m.group("np") not in lexicons.words("places"):
                break  # not "Iowa" in "In Washington, Iowa, Pastor Bradley Cranston ..."
            m = None
    m = m or RE_SENTENCE_SUBJECT.match(text, start, end)
    if m is None or m.group("np").lower() in _INTRO_PREPOSITIONS:
        return None  # not "Last" in "Last week, the senator reversed himself"
    if (
        _not_a_subject(m.group("np"))
        and not RE_FINITE_AFTER_NAME.match(text, m.end("np"), end)
        and not capitalised_inside_sentence(text, m.group("np"), max(0, start - NEAR), start + NEAR)
    ):
        return None  # "Holding a rally, ..."; but "Ebeling reminisced", "Bowling shrugs" (after "Jim Bowling"): a
        # name in -ing before its verb
    lead = RE_NAME_THEN_APPOSITIVE.fullmatch(text, start, m.start("np"))
    opener = m.group("np").split()[0]
    if (
        lead is not None
        and (opener in {"a", "an", "the"} or opener.endswith(("'s", "’s")))
        and not opens_intro(first_word.rstrip(","))
    ):
        return start, lead.end("name")  # "Hart, a Republican from Texas, disagreed", "Bush, Florida’s former
        # governor, attacked": the name, not its appositive
    nouns = lexicons.words("speaker_nouns")
    pos, head_end = m.end("np"), None
    lower = RE_LOWER_WORDS.match(text, pos, end).captures("word")[:4]  # type: ignore[union-attr]
    for i, word in enumerate(lower[:3]):
        if _opens_predicate(word) and not _plural_head_before_verb(word, lower[i + 1 : i + 2], nouns):
            break  # "Mrs. Clinton shook her head", "Albright recently urged women", "Obama met survivors": a predicate
        pos = text.index(word, pos) + len(word)
        bare = word.removesuffix("'s").removesuffix("’s")
        if singular(bare) in nouns:
            # the last speaker noun of the run: "His chief aide", "the prime minister's office"; a possessor ends
            # the phrase where no speaker noun follows ("The Florida senator|’s answer was")
            head_end = pos - (len(word) - len(bare))
    if head_end is None and " " not in m.group("np") and singular(m.group("np").lower()) in nouns:
        head_end = m.end("np")  # "Attorneys for Clinton appeared ...": a capitalised common noun heads it
    if head_end is not None:
        head_end = _collective_end(text, head_end, end)  # "A group| of bestselling authors|"
        named = RE_APPOSITIVE_NAME.match(text, head_end, end)
        if named is None:
            named = RE_APPOSITIVE_FIRST_NAME.match(text, head_end, end)  # "His daughter, Ellen,"
            named = named if named is not None and named.group("first") in lexicons.table("first_names") else None
        if named is not None:
            return m.start("np"), named.end()  # "The White House press secretary, Karine Jean-Pierre,"
        second = RE_AND_ROLE_THEN_NAME.match(text, head_end, end)
        if second is not None and singular(second.group("role")) in nouns:
            return m.start("np"), second.end()  # "Conservative columnist and Fox News contributor George Will"
        name = RE_CAPITALISED_WORDS.match(text, head_end, end)
        return m.start("np"), postmodifier_end(text, name.end(), end)  # type: ignore[union-attr]  # always matches
    party = RE_PARTY_AFTER_NAME.match(text, m.end("np"), end)
    np_end = party.end() if party is not None else m.end("np")  # "Mitch McConnell (R-Ky.)"
    other = RE_AND_NAME.match(text, np_end, end)
    if other is not None and m.group("np").split()[0] not in _PRONOUN_SUBJECTS:
        np_end = other.end()  # "German Chancellor Angela Merkel and French President Emmanuel Macron called"
    return m.start("np"), np_end


def predicate_next(text: str, pos: int, end: int) -> bool:
    """Whether a finite verb opens ``text[pos:end]`` ("is weighing", "paid", "announced", "plans", "now see"): the
    words before an aside ("according to ...", "they said") were its subject."""
    word = RE_NEXT_WORD.match(text, pos, end)
    return word is not None and (
        past_or_auxiliary(word.group(1)) or word.group(1) in _PRESENT_PREDICATES or word.group(1) in _PREDICATE_ADVERBS
    )


#: Adverbs that open a predicate after its subject: "(Several officials, according to ...,) now see ...".
_PREDICATE_ADVERBS = frozenset(["now", "still", "also", "already", "currently", "reportedly", "recently", "privately"])


#: Present forms that open a predicate after a source's comma: "(Apple, according to the filing,) plans ...".
_PRESENT_PREDICATES = frozenset(
    ["plans", "intends", "expects", "wants", "becomes", "remains", "seems", "appears", "requires", "represents",
     "depends"]
)


def postmodifier_end(text: str, pos: int, end: int) -> int:
    """Where a head noun's prepositional phrase that names someone ends, or ``pos`` if none follows: "A spokesman|
    for Mayor Frank G. Jackson of Cleveland| defended", "The attorney general| of the state of New York| is suing"
    (only before a lower-case word, the predicate that follows it)."""
    pp = RE_NAMING_POSTMODIFIER.match(text, pos, end) or RE_PORTFOLIO.match(text, pos, end)
    return pp.end() if pp is not None else pos


#: A prepositional phrase naming a person, a body or a place after a head noun, then a lower-case word.
RE_NAMING_POSTMODIFIER = lazy_compile(
    r"\s++(?:for|of|at|from|with)\s++(?:the\s++)?(?:\p{Lu}[\w.’'\-]*+|\d++(?:st|nd|rd|th))"
    r"(?:\s++(?:(?:of|for|on|and|&)\s++(?:the\s++)?)?(?:\p{Lu}[\w.’'\-]*+|\d++(?:st|nd|rd|th)))*+"
    r"(?:['’]s(?:\s++\p{Lu}[\w.’'\-]*+)++)?(?=\s++\p{Ll})"
)
#: A portfolio in lower case after a head noun, then a lower-case word: "(The former secretary) of state| mocked",
#: "(the minister) for industry| quit".
RE_PORTFOLIO = lazy_compile(
    r"\s++of\s++(?:state|defense|defence|labor|commerce|education|energy|agriculture|transportation|"
    r"homeland\s++security|veterans\s++affairs|the\s++treasury|the\s++interior|the\s++navy|the\s++army)"
    r"(?=\s++\p{Ll})"
    r"|\s++for\s++(?:industry|health|education|trade|defence|defense|finance|energy|transport|housing|justice|"
    r"immigration|foreign\s++affairs|home\s++affairs|communications|environment|agriculture|employment|sport)"
    r"(?=\s++\p{Ll})"  # "(The Australian minister) for industry| quit"
)
#: A second role and the name both roles are held by: "(Conservative columnist) and Fox News contributor George
#: Will".
RE_AND_ROLE_THEN_NAME = lazy_compile(
    r"\s++and\s++(?:\p{Lu}[\w.’'\-]*+\s++){0,3}(?P<role>\p{Ll}++)\s++\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){1,2}"
    r"(?=\s++\p{Ll}|\s*+,)"
)
#: A party label in parentheses after a name: " (R-Ky.)", " (D)".
RE_PARTY_AFTER_NAME = lazy_compile(rf"\s*+\((?:[DRI]|[DRI]-[\p{{L}}. ]{{2,12}}|{PARTY_LABEL})\)")
#: A name set off by commas after a role noun: ", Karine Jean-Pierre,".
RE_APPOSITIVE_NAME = lazy_compile(r",\s++\p{Lu}[\w.’'\-]*+(?:\s++\p{Lu}[\w.’'\-]*+){1,3},")
#: A first name alone set off by commas after a noun: "(His daughter), Ellen,".
RE_APPOSITIVE_FIRST_NAME = lazy_compile(r",\s++(?P<first>\p{Lu}\p{Ll}++),")

