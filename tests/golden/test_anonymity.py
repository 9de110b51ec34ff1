"""Golden table: conditions of anonymity, stated reasons and their kinds, unnamed sources, look-alikes."""

from __future__ import annotations

import pytest

from newsclaims import ReasonKind, parse_article

# (id, text, condition, reason, reason kind)
ROWS = [
    ("named-as-with-a-negated-clause", "The deal values the company at about $5 billion, people familiar with the "
     "matter said, asking not to be named as the details aren't public.", "asking not to be named",
     "as the details aren't public", ReasonKind.SENSITIVITY),
    ("under-the-cover-of-anonymity", "A senior official, speaking under the cover of anonymity, said the cabinet would "
     "meet on Friday.", "under the cover of anonymity", None, ReasonKind.UNSTATED),
    ("preferring-anonymity", "An official, preferring anonymity, said the exams would be postponed.",
     "preferring anonymity", None, ReasonKind.UNSTATED),
    ("wished-to-remain-unnamed", "A bureaucrat, who wished to remain unnamed, said the files were missing.",
     "who wished to remain unnamed", None, ReasonKind.UNSTATED),
    ("did-not-want-to-go-on-record", "A government insider, who did not want to go on record, said the budget would "
     "be cut.", "who did not want to go on record", None, ReasonKind.GROUND_RULES),
    ("but-not-authorized", "The source, who is familiar with the plans but not authorized to discuss them, said a "
     "sale was likely.", "but not authorized to discuss them", None, ReasonKind.NOT_AUTHORIZED),
    ("weren't-authorized-contraction", "The company will announce the merger Monday, according to people familiar "
     "with the matter who weren't authorized to speak publicly.", "who weren't authorized to speak publicly", None,
     ReasonKind.NOT_AUTHORIZED),
    ("not-authorized-appositive", "An official, not authorized to speak on the record, said the embassy would "
     "close.", "not authorized to speak on the record", None, ReasonKind.NOT_AUTHORIZED),
    ("reason-ends-before-the-main-verb", "The aides, who were granted anonymity to describe private conversations, "
     "say the president was furious.", "who were granted anonymity", "to describe private conversations",
     ReasonKind.SENSITIVITY),
    ("inverted-attribution-after-a-counted-object", "The strike killed 12 fighters, said one official, who requested "
     "anonymity because he was not authorized to brief the media.", "who requested anonymity", "because he was not "
     "authorized to brief the media", ReasonKind.NOT_AUTHORIZED),
    ("could-not-be-named-by-policy", "A police spokesman, who by force policy could not be named, said three men had "
     "been arrested.", "who by force policy could not be named", "by force policy", ReasonKind.GROUND_RULES),
    ("on-condition-only-first-name-used", "A nurse, who spoke on the condition that only her first name, Grace, be "
     "used, said the ward was overwhelmed.", "on the condition that only her first name, Grace, be used", None,
     ReasonKind.UNSTATED),
    ("subject-with-a-like-aside", "The senator, like others quoted in this story, spoke on condition of anonymity to "
     "speak candidly.", "on condition of anonymity", "to speak candidly", ReasonKind.SENSITIVITY),
    ("identified-only-by-a-call-sign", "A commander, who asked to be identified only by his call sign, Volk, for "
     "security reasons, said the unit had lost half its men.", "who asked to be identified only by his call sign",
     "for security reasons", ReasonKind.SAFETY),
    ("under-the-terms-of-a-briefing", "A diplomat, who spoke on condition of anonymity under the terms of the "
     "briefing, said sanctions were coming.", "on condition of anonymity", "under the terms of the briefing",
     ReasonKind.GROUND_RULES),
    ("employer-does-not-allow", "An analyst, who asked not to be named because his firm does not allow him to speak "
     "to the press, said the stock was overvalued.", "who asked not to be named",
     "because his firm does not allow him to speak to the press", ReasonKind.NOT_AUTHORIZED),
    ("investigation-still-running", "The person asked not to be identified because the investigation is continuing.",
     "asked not to be identified", "because the investigation is continuing", ReasonKind.LEGAL),
    ("speaking-privately", "Speaking privately, several ministers said the policy was a mistake.", "Speaking privately",
     None, ReasonKind.UNSTATED),
    ("none-of-whom-would-be-named", "Several officials, none of whom would be named, said the report was accurate.",
     "none of whom would be named", None, ReasonKind.UNSTATED),
    ("outlet-agreed-to-withhold-a-name", "The source, who has seen the document, said it was authentic. The Post "
     "agreed to withhold the source's name because of concerns about reprisals.",
     "agreed to withhold the source's name", "because of concerns about reprisals", ReasonKind.SAFETY),
    ("neither-wanted-to-be-named", "Two officials said the strike was imminent. Neither wanted to be identified "
     "because they were not authorized to speak.", "Neither wanted to be identified",
     "because they were not authorized to speak", ReasonKind.NOT_AUTHORIZED),
    ("quoted-anonymously", "A Russian defense ministry source, quoted anonymously by the Interfax news agency, said "
     "the drills were routine.", "quoted anonymously", None, ReasonKind.UNSTATED),
    ("process-isnt-public", "The fund has hired advisers, one of the people said, requesting anonymity because the "
     "process isn't public.", "requesting anonymity", "because the process isn't public", ReasonKind.SENSITIVITY),
    ("not-named-by-custom", "A spokesman for the ministry, who by custom is not named, said the report was false.",
     "who by custom is not named", "by custom", ReasonKind.GROUND_RULES),
    ("only-first-name", "A witness who lives near the intersection, and who asked that only her first name, Linda, "
     "be used, said she heard \"a terrible crash\" and ran outside.", "who asked that only her first name, Linda, be "
     "used", None, ReasonKind.UNSTATED),
    ("spoke-to-outlet-anonymously", "An employee who spoke to CNN anonymously for fear of losing their job said morale "
     "was at an all-time low.", "who spoke to CNN anonymously", "for fear of losing their job", ReasonKind.SAFETY),
    ("customary-condition", "A senior EU diplomat, briefing reporters on customary condition of anonymity, said "
     "member states remained divided.", "on customary condition of anonymity", None, ReasonKind.GROUND_RULES),
    ("condition-contraction", "A person close to the board said, on condition they weren't named, that the chief "
     "executive would step down.", "on condition they weren't named", None, ReasonKind.UNSTATED),
    ("agency-rules", "A Ukrainian military intelligence official, who requested anonymity in line with the agency's "
     "rules, said the drones hit an oil depot.", "who requested anonymity", "in line with the agency's rules",
     ReasonKind.GROUND_RULES),
    ("feared-losing", "A former employee, who asked that her name not be used because she feared losing her "
     "severance, said the culture was toxic.", "who asked that her name not be used",
     "because she feared losing her severance", ReasonKind.SAFETY),
    ("talks-ongoing", '"We are not there yet," said one diplomat, who requested anonymity because the talks were '
     "ongoing.", "who requested anonymity", "because the talks were ongoing", ReasonKind.SENSITIVITY),
    ("condition-of-anonymity", "They spoke on condition of anonymity to discuss the agencies' preparations.",
     "on condition of anonymity", "to discuss the agencies' preparations", ReasonKind.SENSITIVITY),
    ("the-condition", "The official spoke on the condition of anonymity because he was not authorized to speak "
     "publicly.", "on the condition of anonymity", "because he was not authorized to speak publicly",
     ReasonKind.NOT_AUTHORIZED),
    ("not-authorized", "A Pentagon official, who was not authorized to speak publicly, said the strike failed.",
     "who was not authorized to speak publicly", None, ReasonKind.NOT_AUTHORIZED),
    ("asked-not-named-fear", "A resident, who asked not to be named for fear of reprisals, said the militia "
     "had left.", "who asked not to be named", "for fear of reprisals", ReasonKind.SAFETY),
    ("declined-to-be-named", "A company spokesman, who declined to be named, said sales were strong.",
     "who declined to be named", None, ReasonKind.UNSTATED),
    ("requested-anonymity", "An aide who requested anonymity to describe private talks said no deal was near.",
     "who requested anonymity", "to describe private talks", ReasonKind.SENSITIVITY),
    ("insisted-on-anonymity", "The diplomat insisted on anonymity because the negotiations were continuing.",
     "insisted on anonymity", "because the negotiations were continuing", ReasonKind.SENSITIVITY),
    ("rules-after-named", "An official, who could not be named under civil service rules, said the plan was final.",
     "who could not be named", "under civil service rules", ReasonKind.GROUND_RULES),
    ("on-background", "A senior administration official, speaking on background, said the plan would change.",
     "on background", None, ReasonKind.GROUND_RULES),
    ("ground-rules", "The officials briefed reporters under ground rules set by the White House.",
     "under ground rules set by the White House", None, ReasonKind.GROUND_RULES),
    ("not-for-attribution", "A senior official briefed reporters not for attribution after the talks.",
     "not for attribution", None, ReasonKind.GROUND_RULES),
    ("off-the-record", "Two lawmakers spoke off the record about the vote.", "off the record", None,
     ReasonKind.GROUND_RULES),
    ("granted-anonymity", "The witness was granted anonymity because of the ongoing investigation.",
     "was granted anonymity", "because of the ongoing investigation", ReasonKind.LEGAL),
    ("not-permitted", "A police officer who is not permitted to talk to reporters said the suspect fled.",
     "who is not permitted to talk to reporters", None, ReasonKind.NOT_AUTHORIZED),
    ("lacked-authorization", "An official who lacked authorization to discuss the case said it was closed.",
     "who lacked authorization to discuss the case", None, ReasonKind.NOT_AUTHORIZED),
    ("name-withheld", "The employee, whose name was withheld to protect her job, said the memo was real.",
     "whose name was withheld", "to protect her job", ReasonKind.SAFETY),
    ("did-not-want-named", "A donor who did not want to be identified said the gift was large.",
     "who did not want to be identified", None, ReasonKind.UNSTATED),
    ("spoke-anonymously", "Three officials spoke anonymously because the report had not been released.",
     "spoke anonymously", "because the report had not been released", ReasonKind.SENSITIVITY),
    ("exchange", "Aides described the meeting in exchange for anonymity.", "in exchange for anonymity", None,
     ReasonKind.UNSTATED),
    ("wished-anonymous", "A voter who wished to remain anonymous said she would not vote.",
     "who wished to remain anonymous", None, ReasonKind.UNSTATED),
    ("condition-not-named", "The source spoke on condition that he not be named.",
     "on condition that he not be named", None, ReasonKind.UNSTATED),
    ("by-name-because-of", "The diplomat, who declined to be identified by name because of the sensitivity of "
     "the issue, said talks had stalled.", "who declined to be identified by name",
     "because of the sensitivity of the issue", ReasonKind.SENSITIVITY),
    ("fear-before-other-verb", "The people, who spoke on the condition of anonymity for fear of retribution, "
     "described a toxic workplace.", "on the condition of anonymity", "for fear of retribution", ReasonKind.SAFETY),
    ("due-to", "The source, who spoke to Reuters on condition of anonymity due to the sensitivity of the matter, "
     "said no decision had been made.", "on condition of anonymity", "due to the sensitivity of the matter",
     ReasonKind.SENSITIVITY),
    ("reason-ends-at-new-clause", "According to people familiar with the matter who asked not to be identified "
     "because the deliberations are private, the bank is weighing a sale.", "who asked not to be identified",
     "because the deliberations are private", ReasonKind.SENSITIVITY),
    ("participle-reason", "The people asked not to be identified discussing confidential information.",
     "asked not to be identified", "discussing confidential information", ReasonKind.SENSITIVITY),
    ("out-of-fear-before-said", "An employee who requested anonymity out of fear of retaliation said managers "
     "ignored the complaints.", "who requested anonymity", "out of fear of retaliation", ReasonKind.SAFETY),
    ("citing", "The official declined to be named, citing the sensitivity of the investigation.",
     "declined to be named", "citing the sensitivity of the investigation", ReasonKind.SENSITIVITY),
    ("fearing", "Some of those interviewed asked that their names not be published, fearing reprisals.",
     "asked that their names not be published", "fearing reprisals", ReasonKind.SAFETY),
    ("would-only-speak", "One lawmaker, who would only speak anonymously to describe private talks, said support "
     "was eroding.", "who would only speak anonymously", "to describe private talks", ReasonKind.SENSITIVITY),
    ("so-as-not-to", "A former aide, who spoke anonymously so as not to jeopardize relationships, described the "
     "mood.", "who spoke anonymously", "so as not to jeopardize relationships", ReasonKind.OTHER),
    ("could-not-be-named", "A spokesman, who could not be named under department policy, confirmed the figures.",
     "who could not be named", "under department policy", ReasonKind.GROUND_RULES),
    ("named-in-line-with-policy", "A government spokesperson, who asked not to be named in line with official "
     "policy, said the minister would travel.", "who asked not to be named", "in line with official policy",
     ReasonKind.GROUND_RULES),
    ("withheld-for-security-reasons", "A military officer, who requested that his name be withheld for security "
     "reasons, said the attack came at dawn.", "who requested that his name be withheld", "for security reasons",
     ReasonKind.SAFETY),
    ("named-as-reason", "A senior official, who asked not to be named as he was not authorized to speak, said the "
     "talks had failed.", "who asked not to be named", "as he was not authorized to speak", ReasonKind.NOT_AUTHORIZED),
    ("neither-would-be-named", "Two aides confirmed the meeting. Neither would be named, citing the sensitivity of "
     "the matter.", "Neither would be named", "citing the sensitivity of the matter", ReasonKind.SENSITIVITY),
    ("names-withheld-to-protect-jobs", "Three employees said they had been told to delete the files. They asked that "
     "their names not be published to protect their jobs.", "asked that their names not be published",
     "to protect their jobs", ReasonKind.SAFETY),
    ("to-avoid-retribution", "“We were not consulted,” said one lawmaker, who spoke on condition of anonymity to avoid "
     "retribution from party leaders.", "on condition of anonymity", "to avoid retribution from party leaders",
     ReasonKind.SAFETY),
    ("did-not-give-name", "A spokesman, who did not give his name, said the office was closed.",
     "who did not give his name", None, ReasonKind.UNSTATED),
    ("only-if-not-named", "A person who would speak only if not named said the deal was off.", "only if not named",
     None, ReasonKind.UNSTATED),
    ("not-authorised-to-brief", "Officials who were not authorised to brief the media said the deal was off.",
     "who were not authorised to brief the media", None, ReasonKind.NOT_AUTHORIZED),
    ("under-the-condition", "A source, speaking under the condition of anonymity, said the deal was off.",
     "under the condition of anonymity", None, ReasonKind.UNSTATED),
    ("condition-without-that", "A resident, on the condition she remain anonymous, said soldiers had entered the "
     "village.", "on the condition she remain anonymous", None, ReasonKind.UNSTATED),
    ("in-return-for-anonymity", "A resident, in return for anonymity, said soldiers had entered the village.",
     "in return for anonymity", None, ReasonKind.UNSTATED),
    ("declined-as-clause", "Two sources said the deal was close. They declined to be named as the negotiations "
     "are confidential.", "declined to be named", "as the negotiations are confidential", ReasonKind.SENSITIVITY),
    ("gave-name-as", "A resident, who only gave his name as Ahmed for safety reasons, said gunfire went on all "
     "night.", "who only gave his name as Ahmed", "for safety reasons", ReasonKind.SAFETY),
    ("identified-himself-only-as", "The man, who identified himself only as Khalid, said his brother was arrested.",
     "who identified himself only as Khalid", None, ReasonKind.UNSTATED),
    ("name-be-withheld", "An employee, who spoke on condition that her name be withheld, said staff were told to "
     "delete messages.", "on condition that her name be withheld", None, ReasonKind.UNSTATED),
    ("reason-before-that-content", "A former senior official said, on the condition of anonymity in order to discuss "
     "internal deliberations, that the memo was never sent.", "on the condition of anonymity",
     "in order to discuss internal deliberations", ReasonKind.SENSITIVITY),
    ("subject-five-words-in", "Several current and former officials described the meeting on the condition of "
     "anonymity because they were not authorized to discuss it.", "on the condition of anonymity",
     "because they were not authorized to discuss it", ReasonKind.NOT_AUTHORIZED),
    ("condition-of-not-being-named", "Police arrested two men, a senior official said on the condition of not "
     "being named.", "on the condition of not being named", None, ReasonKind.UNSTATED),
    ("grounds-of-anonymity", "Two officials told AFP on grounds of anonymity that the convoy was attacked.",
     "on grounds of anonymity", None, ReasonKind.UNSTATED),
    ("promise-of-anonymity", "One diplomat, speaking on the promise of anonymity, said the ceasefire was unlikely "
     "to hold.", "on the promise of anonymity", None, ReasonKind.UNSTATED),
    ("assurance-of-anonymity", "Two guards told the paper, under an assurance of anonymity because they feared "
     "dismissal, that inmates had been beaten.", "under an assurance of anonymity", "because they feared dismissal",
     ReasonKind.SAFETY),
    ("grounds-that-not-named", "A source, speaking on the grounds that he not be named, said the minister would "
     "resign.", "on the grounds that he not be named", None, ReasonKind.UNSTATED),
    ("so-he-could", "“He won't last the year,” said one longtime donor who requested anonymity so he could speak "
     "freely about the candidate.", "who requested anonymity", "so he could speak freely about the candidate",
     ReasonKind.SENSITIVITY),
    ("nondisclosure", "A former employee who spoke on the condition of anonymity because she signed a nondisclosure "
     "agreement said managers ignored complaints.", "on the condition of anonymity",
     "because she signed a nondisclosure agreement", ReasonKind.LEGAL),
    ("in-accordance-with", "A spokesperson, who spoke on condition of anonymity in accordance with government "
     "regulations, confirmed the arrests.", "on condition of anonymity", "in accordance with government regulations",
     ReasonKind.GROUND_RULES),
    ("identified-only-by-first-name", "A worker at the factory, identified only by his first name, Ali, said wages "
     "had not been paid.", "identified only by his first name", None, ReasonKind.UNSTATED),
    ("identified-by-name", "A White House official, who declined to be identified by name, said the president had "
     "not decided.", "who declined to be identified by name", None, ReasonKind.UNSTATED),
    ("only-surname", "A Chinese foreign ministry official, who would only give his surname, Wang, said the statement "
     "was unacceptable.", "who would only give his surname", None, ReasonKind.UNSTATED),
    ("nom-de-guerre", "A spokesman for the group, who uses the nom de guerre Abu Mohammed, said fighters had "
     "withdrawn.", "who uses the nom de guerre", None, ReasonKind.UNSTATED),
    ("reason-explaining", "The aide spoke on condition of anonymity, explaining that she was not permitted to "
     "discuss personnel matters.", "on condition of anonymity",
     "explaining that she was not permitted to discuss personnel matters", ReasonKind.NOT_AUTHORIZED),
    ("reason-given", "An officer, who asked not to be named given the sensitivity of the case, said the suspect had "
     "confessed.", "who asked not to be named", "given the sensitivity of the case", ReasonKind.SENSITIVITY),
    ("reason-in-order-not-to", "A diplomat, speaking on condition of anonymity in order not to jeopardize the "
     "negotiations, said a deal was close.", "on condition of anonymity",
     "in order not to jeopardize the negotiations", ReasonKind.SENSITIVITY),
    ("reason-lest", "An employee, who asked not to be named lest she lose her job, said conditions were poor.",
     "who asked not to be named", "lest she lose her job", ReasonKind.SAFETY),
    ("reason-pending", "Two officials spoke on condition of anonymity pending an official announcement.",
     "on condition of anonymity", "pending an official announcement", ReasonKind.SENSITIVITY),
    ("reason-not-yet-public", "The person asked not to be identified since the matter is not yet public.",
     "asked not to be identified", "since the matter is not yet public", ReasonKind.SENSITIVITY),
    ("reason-case-pending-before-told", "A lawyer for the utility, who spoke on condition of anonymity because the "
     "case is pending, told The Associated Press that the claims were baseless.", "on condition of anonymity",
     "because the case is pending", ReasonKind.LEGAL),
    ("declined-for-privacy-reasons", "A bank employee, who declined to be named for privacy reasons, said the branch "
     "would close.", "who declined to be named", "for privacy reasons", ReasonKind.SENSITIVITY),
    ("reason-with-had-not-told", "A lottery clerk, who asked not to be named because she had not told her "
     "manager, said the ticket was sold in Ohio.", "who asked not to be named", "because she had not told her manager",
     ReasonKind.OTHER),
    ("did-not-want-to-be-quoted", "A senior police official, who did not want to be quoted, said the accused had "
     "confessed.", "who did not want to be quoted", None, ReasonKind.UNSTATED),
    ("wishing-not-to-be-named", "“The file is stuck,” said an officer, wishing not to be named.",
     "wishing not to be named", None, ReasonKind.UNSTATED),
    ("strict-condition", "The decision was taken at the top, a bureaucrat said on strict condition of anonymity.",
     "on strict condition of anonymity", None, ReasonKind.UNSTATED),
    ("off-record-hyphenated", "“We were never told,” said a teacher who spoke off-record.", "off-record", None,
     ReasonKind.GROUND_RULES),
    ("none-of-whom-on-the-record", "Several staffers, none of whom would speak on the record, described chaos.",
     "none of whom would speak on the record", None, ReasonKind.GROUND_RULES),
    ("none-would-on-the-record", "Insiders say the board will meet next month, though none would speak on the "
     "record.", "none would speak on the record", None, ReasonKind.GROUND_RULES),
    ("chatham-house", "A minister, speaking under Chatham House rules, said the plan was dead.",
     "under Chatham House rules", None, ReasonKind.GROUND_RULES),
    ("on-the-basis-that", "A government insider, who spoke to the BBC on the basis that they would not be named, "
     "said ministers had been warned months ago.", "on the basis that they would not be named", None,
     ReasonKind.UNSTATED),
    ("barred-from-speaking-is-not-authorized", '"There is real anger inside the building," one staffer said on '
     "condition of anonymity, because staff are barred from speaking to reporters.", "on condition of anonymity",
     "because staff are barred from speaking to reporters", ReasonKind.NOT_AUTHORIZED),
    ("speaking-privately-with-a-reason", '"It is chaos," a White House official said, speaking privately to describe '
     "internal discussions.", "speaking privately", "to describe internal discussions", ReasonKind.SENSITIVITY),
    ("promised-anonymity", "The adviser, who was promised anonymity in exchange for describing the meeting, said "
     "Trump had shouted.", "who was promised anonymity", None, ReasonKind.UNSTATED),
    ("without-wanting-to-be-named", "A bank executive said, without wanting to be named, that losses would exceed "
     "forecasts.", "without wanting to be named", None, ReasonKind.UNSTATED),
    ("on-the-understanding", "One executive said, on the understanding that he would not be named, that bonuses "
     "were cut.", "on the understanding that he would not be named", None, ReasonKind.UNSTATED),
    ("basis-of-anonymity", "A senior official said on the basis of anonymity that the troops would stay.",
     "on the basis of anonymity", None, ReasonKind.UNSTATED),
    ("not-for-attribution-basis", "Speaking on a not-for-attribution basis, a diplomat said the talks had failed.",
     "on a not-for-attribution basis", None, ReasonKind.GROUND_RULES),
    ("under-customary-condition", "A Western diplomat, who spoke under the customary condition of anonymity, said "
     "sanctions would follow.", "under the customary condition of anonymity", None, ReasonKind.GROUND_RULES),
    ("not-named-in-line-with-policy", "A party official who is not named in line with party policy said the leader "
     "would resign.", "who is not named in line with party policy", "in line with party policy",
     ReasonKind.GROUND_RULES),
    ("requested-name-withheld", "An employee who requested their name be withheld said management ignored "
     "complaints.", "who requested their name be withheld", None, ReasonKind.UNSTATED),
    ("amid-fears", "An aide, who requested anonymity amid fears of reprisals, said the president was angry.",
     "who requested anonymity", "amid fears of reprisals", ReasonKind.SAFETY),
    ("out-of-respect", "A person close to the family, who declined to be identified out of respect for the family's "
     "privacy, said the funeral would be private.", "who declined to be identified",
     "out of respect for the family's privacy", ReasonKind.SENSITIVITY),
    ("possessive-ground-rules", "A State Department official, speaking under the department's ground rules for "
     "briefing reporters, said talks would resume.", "under the department's ground rules for briefing reporters",
     None, ReasonKind.GROUND_RULES),
    ("to-protect-identity", "A former employee, who requested anonymity to protect his identity, said the culture was "
     "toxic.", "who requested anonymity", "to protect his identity", ReasonKind.SAFETY),
]


@pytest.mark.parametrize(("text", "condition", "reason", "kind"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_condition(text: str, condition: str, reason: str | None, kind: ReasonKind) -> None:
    """The condition phrase, its reason and the reason's kind."""
    conditions = parse_article(text).anonymity
    assert len(conditions) == 1
    cond = conditions[0]
    assert (cond.span.text, cond.reason, cond.reason_kind) == (condition, reason, kind)
    assert text[cond.span.start : cond.span.end] == cond.span.text
    if cond.reason_span is not None:
        assert text[cond.reason_span.start : cond.reason_span.end] == cond.reason


def test_unnamed_source_name_leaves_out_its_condition() -> None:
    """ "A Pentagon official who asked not to be named": the name is the description without the condition, the
    description keeps it, and two such officials of one article are two sources."""
    article = parse_article("A Pentagon official who asked not to be named said the drone was unarmed. Later, a "
                            "Pentagon official who was not authorized to speak publicly said it had crashed.")
    first, second = (q.speaker for q in article.quotes)
    assert first is not None and second is not None
    assert (first.name, first.description) == ("Pentagon official", "Pentagon official who asked not to be named")
    assert second.name == "Pentagon official" and first.anonymous and second.anonymous
    assert len(article.sources) == 2
    kept = parse_article("People who attended the meeting said the vote was close.").quotes[0].speaker
    assert kept is not None and kept.name == "People who attended the meeting"
    guard = parse_article("“No orders came,” said a border guard who declined to give his name.").quotes[0]
    assert guard.speaker is not None and guard.speaker.name == "border guard" and guard.speaker.anonymous
    donor = parse_article("“He won't last,” said one donor who requested anonymity to speak freely.").quotes[0]
    assert donor.speaker is not None and donor.speaker.name == "one donor" and donor.speaker.anonymous


def test_condition_covers_speaker_of_its_sentence() -> None:
    """A condition inside the attribution covers that attribution's speaker, who is anonymous."""
    article = parse_article("A senior official, who asked not to be named, said the talks had failed.")
    cond = article.anonymity[0]
    assert [s.name for s in cond.sources] == ["senior official"]
    assert article.quotes[0].speaker is not None and article.quotes[0].speaker.anonymous


def test_cited_unnamed_source_is_the_source_not_the_outlet() -> None:
    """A condition after "citing people ... who" covers the people cited; the outlet that reports stays named."""
    article = parse_article(
        "The company is weighing a sale, Bloomberg reported, citing people familiar with the matter who asked not to "
        "be identified."
    )
    cond = article.anonymity[0]
    assert cond.span.text == "who asked not to be identified"
    assert [(s.name, s.anonymous) for s in cond.sources] == [("people familiar with the matter", True)]
    assert [(s.name, s.anonymous) for s in article.sources] == [("Bloomberg", False)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Two people familiar with the matter said the deal was done.", 2),
        ("A person with knowledge of the talks said the deal was done.", None),
        ("Sources close to the investigation said the deal was done.", None),
        ("Several senior administration officials said the deal was done.", None),
        ("Two Interior Ministry officials said the deal was done.", 2),
        ("An aide who attended the meeting said the deal was done.", None),
        ("An administration official, granted anonymity to speak candidly, said the deal was done.", None),
        ("A senior U.S. intelligence official said, on condition of anonymity, that the deal was done.", None),
        ("One of those advisers, who asked not to be named, said the deal was done.", None),
        ("An employee who requested anonymity said the deal was done.", None),
        ("According to people familiar with the matter who asked not to be identified because the talks are "
         "private, the deal was done.", None),
        ("Those familiar with the decision said the deal was done.", None),
        ("A knowledgeable source said the deal was done.", 1),
        ("One of the people said the deal was done.", 1),
        ("Two of the officials said the deal was done.", 2),
        ("A top aide to the governor said the deal was done.", 1),
        ("One of Trump's advisers said the deal was done.", 1),
        ("A company spokesman said the deal was done.", 1),
        ("The prime minister's spokesman said the deal was done.", 1),
        ("A senior Tory said the deal was done.", 1),
        ("One Republican said the deal was done.", 1),
        ("A Labour MP said the deal was done.", 1),
        ("Someone familiar with Musk's thinking said the deal was done.", None),
        ("Somebody close to the family said the deal was done.", None),
        ("A lawyer familiar with the case said the deal was done.", 1),
        ("Bankers close to the company said the deal was done.", None),
        ("Two analysts with knowledge of the talks said the deal was done.", 2),
        ("One senior Labour figure said the deal was done.", 1),
        ("A senior government figure, speaking privately, said the deal was done.", 1),
        ("Thirty-one former prosecutors familiar with the case said the deal was done.", 31),
        ("Fifteen officials familiar with the talks said the deal was done.", 15),
        ("1,200 people familiar with the matter said the deal was done.", 1200),
    ],
)
def test_unnamed_sources(text: str, count: int | None) -> None:
    """Unnamed-source descriptions are anonymous speakers, with their count."""
    speaker = parse_article(text).quotes[0].speaker
    assert speaker is not None and speaker.anonymous
    if count is not None:
        assert speaker.count == count


LOOK_ALIKES = [
    "The minister spoke privately with the king before the vote, his office said.",
    "The agreement was signed on the basis that both sides would cut tariffs.",
    "The company was barred from bidding on the contract after it failed to disclose its owners.",
    "He has never spoken on condition of anonymity.",
    "She refused to speak on condition of anonymity, saying readers deserved to know who she was.",
    "He said he would never speak on condition of anonymity because he believes in accountability.",
    "Speaking privately, Johnson told aides he would resign.",
    "Speaking privately, the president told donors the race was tight.",
    "Trump spoke privately with Putin for two hours, aides to both leaders said.",
    "The suspect, who is not named in court documents, was arrested on Friday.",
    "The report was released without attribution to any agency.",
    "He said he would go only if not invited by the host.",
    "Smith, who asked not to be named as a defendant in the suit, said he had done nothing wrong.",
    "An anonymous donor gave $5 million to the hospital, the board said.",
    "The donor, who asked not to be named, gave $5 million to the hospital.",
    "Anonymous, the hacker group, said it had taken down the site.",
    "He has attended Narcotics Anonymous meetings for years, his lawyer said.",
    "Mayor Ann Lee, who was not authorized to spend the funds, said she would repay them.",
    "Prosecutors said the defendant, who cannot be named for legal reasons because he is a minor, had pleaded "
    "guilty.",
    "The anonymous letter was signed by 40 employees.",
    "The record label said the album would be released in June.",
    "The background check was completed on time, the agency said.",
    "The court ruled that the defendant could remain anonymous in the filings.",
    "Mayor Ann Lee said the suspect's name was withheld because he is a minor.",
    "The museum received an anonymous gift of 40 paintings, its director said.",
    "Alcoholics Anonymous was founded in 1935, the group said.",
    "The governor, speaking on the record for the first time, said he would resign.",
    "The donor, who wished to remain anonymous, gave the museum a rare painting.",
    "The council voted on background checks for volunteers at schools.",
    "The suspect, a 15-year-old boy whose name was withheld because he is a minor, was charged with assault.",
    "Off the record comments by the governor were later leaked to the press, his office said.",
    "She declined to be named as the new chief executive until the board had voted.",
    "She spoke on condition that her name be used in full, and said staff were told to delete messages.",
    "The firm's chief executive, who cannot be named for legal reasons, was charged on Tuesday.",
    "The victim, whose name was withheld at the family's request, was taken to hospital.",
    "Officials were not authorized to release the funds until Congress approved them, the mayor said.",
    "The band's new album was recorded off the record label's usual studio schedule.",
    "The donor asked not to be named in the program, the theater said.",
    "The rapper, who goes by the alias Lil Pump, released a new album, his publicist said.",
    "The victim was taken to hospital with life-threatening injuries, police said. His name was not released.",
    "The driver, a 40-year-old man, died at the scene, police said. His name was withheld.",
    "The winner of the $1.2 billion jackpot has chosen to remain anonymous, the lottery director said.",
    "“The donor asked not to be named,” the museum's director said.",
    "The suspect, whose identity is being protected because he is a minor, was charged on Friday.",
    "The gift came from a donor who asked not to be named.",
    "The mayor, who would speak on the record, said the plan was dead.",
    "The mayor declined to comment on the record about the plan.",
    "The police received an anonymous tip about the car on Friday.",
    "The senator declined to be named as a candidate for the post.",
    "The guards were not authorized to carry weapons inside the building, the report said.",
    "Two people were killed. Police would not give their names.",
    "A man was killed on Friday. Police would not give his name.",
    "A woman died in the crash. The hospital declined to give her name.",
    "The company would not disclose their names.",
    "Speaking on condition of anonymity is common in Washington reporting, the professor said.",
    "The lawmakers asked not to be named as co-sponsors of the bill.",
    "The woman asked to remain anonymous when she bought the winning ticket at a gas station, lottery officials said.",
    "She said she wanted to remain anonymous because she had not told her family, the lottery said in a statement.",
    "A man who declined to give his name was seen leaving the building shortly before the fire.",
    "The teenager, who cannot be named for legal reasons, was sentenced to four years in a youth facility.",
    "Members of Anonymous, wearing Guy Fawkes masks, marched through London on Saturday.",
    "The hottest day on record was July 22, when temperatures reached 46C, the weather service said.",
    "The senator has been on record opposing the bill since 2019.",
    "Congress is debating universal background checks for gun buyers again this week.",
    "Ms. Patel declined to be identified in photographs but agreed to be interviewed by name.",
    "The officer, whose name has not been released, was placed on administrative leave.",
    "The artist Banksy, whose identity remains a secret, unveiled a new mural in Bristol on Monday.",
    "She declined to be identified by name in the company's annual report, which lists only job titles.",
    "The main source of the fire was a faulty heater, fire officials said.",
    "The hotline accepts anonymous reports of abuse, the charity said.",
    "Trump told the editorial board in an off-the-record meeting that he may not follow through, the paper said.",
    "The senator said the conversation was off the record and declined to elaborate.",
    "Reporters were briefed on background before the speech, a practice the White House defends.",
    "The governor said she was not allowed to comment on pending litigation.",
    "The winner, who asked not to be identified, recalled buying the ticket on her way home, the lottery said.",
    "Jones, speaking on background music from the band, told the crowd he was grateful.",
]


@pytest.mark.parametrize(
    ("text", "condition", "reason", "speaker"),
    [
        ("The campaign will spend $10 million on ads, according to a person familiar with the plans, who was granted "
         "anonymity to describe private discussions.", "who was granted anonymity", "to describe private discussions",
         "a person familiar with the plans, who was granted anonymity to describe private discussions"),
        ("The file was sent back to the ministry, said an official requesting anonymity.", "requesting anonymity",
         None, "an official"),
        ("The accused will be produced in court on Monday, said a senior officer on the condition of anonymity.",
         "on the condition of anonymity", None, "a senior officer"),
        ("Several diplomats said, on condition they not be identified, that the resolution would fail.",
         "on condition they not be identified", None, "Several diplomats"),
        ("Aides described the meeting in exchange for anonymity.", "in exchange for anonymity", None, None),
        ("Talks stalled, an aide said on condition of anonymity for fear of reprisal.", "on condition of anonymity",
         "for fear of reprisal", "an aide"),
        ("The memo was drafted by the counsel, said a former official who, like others interviewed for this article, "
         "spoke on the condition of anonymity to discuss sensitive matters.", "on the condition of anonymity",
         "to discuss sensitive matters", "a former official who, like others interviewed for this article, spoke on "
         "the condition of anonymity to discuss sensitive matters"),
        ('"I am terrified," said a mother of two, who gave only her first name, Maria, for fear of deportation.',
         "who gave only her first name", "for fear of deportation",
         "a mother of two, who gave only her first name, Maria, for fear of deportation"),
        ("A spokesperson for the ministry, who under government rules cannot be named, said the report was under "
         "review.", "who under government rules cannot be named", "under government rules",
         "A spokesperson for the ministry, who under government rules cannot be named,"),
        ("Two officials said the meeting went badly. Their names were withheld because they feared retaliation.",
         "Their names were withheld", "because they feared retaliation", "Two officials"),
        ('"It\'s chaos," said a staffer who was granted anonymity to speak candidly.', "who was granted anonymity",
         "to speak candidly", "a staffer who was granted anonymity to speak candidly"),
        ("A Defense Department official, who requested anonymity under ground rules set by the Pentagon, said the "
         "strike killed two commanders.", "who requested anonymity", "under ground rules set by the Pentagon",
         "A Defense Department official, who requested anonymity under ground rules set by the Pentagon,"),
        ("The memo was described to Reuters by a person familiar with its contents who spoke on the condition of "
         "anonymity.", "on the condition of anonymity", None, None),
        ("A White House official, who would discuss the plan only anonymously, said it would be released Friday.",
         "who would discuss the plan only anonymously", None, "A White House official, who would discuss the plan "
         "only anonymously,"),
        ("Two sources familiar with the investigation, neither of whom was authorized to comment publicly, said the "
         "suspect had been watched.", "neither of whom was authorized to comment publicly", None,
         "Two sources familiar with the investigation, neither of whom was authorized to comment publicly,"),
        ("Several people present, who requested anonymity because the meeting was private, said the mayor shouted.",
         "who requested anonymity", "because the meeting was private",
         "Several people present, who requested anonymity because the meeting was private,"),
        ("The nurse, who did not want her name used because she feared losing her job, said the ward was "
         "understaffed.", "who did not want her name used", "because she feared losing her job",
         "The nurse, who did not want her name used because she feared losing her job,"),
        ("The company's chief executive, who asked that he not be named, said profits would fall.",
         "who asked that he not be named", None, "The company's chief executive, who asked that he not be named,"),
        ('"There is panic in the ministry," a senior bureaucrat told PTI on the condition of anonymity.',
         "on the condition of anonymity", None, "a senior bureaucrat"),
        ("Officials, who spoke to the Guardian on condition they were not identified, said the report was late.",
         "on condition they were not identified", None,
         "Officials, who spoke to the Guardian on condition they were not identified,"),
        ("The informant, whose identity is being protected by police, told investigators the gang had weapons.",
         "whose identity is being protected", None, "The informant, whose identity is being protected by police,"),
        ("The man, who identified himself only as Mohammed for fear of reprisals, said the shelling lasted all night.",
         "who identified himself only as Mohammed", "for fear of reprisals",
         "The man, who identified himself only as Mohammed for fear of reprisals,"),
        ('"We have been told nothing," said one nurse, who did not want to give her name.',
         "who did not want to give her name", None, "one nurse, who did not want to give her name"),
        ("A senior aide, who declined to speak on the record, said the plan was dead.",
         "who declined to speak on the record", None, "A senior aide, who declined to speak on the record,"),
        ("The document was provided to Reuters by a source who requested anonymity.", "who requested anonymity",
         None, None),
        ("An official speaking on condition of not being named said troops would be withdrawn.",
         "on condition of not being named", None, "An official speaking on condition of not being named"),
        ("Documents reviewed by The Times, and interviews with more than a dozen people, some of whom spoke on the "
         "condition that they not be identified, show a pattern of abuse.",
         "on the condition that they not be identified", None, None),
        ("The talks will resume Monday, according to a senior administration official who insisted on anonymity "
         "because the talks were ongoing.", "who insisted on anonymity", "because the talks were ongoing",
         "a senior administration official who insisted on anonymity because the talks were ongoing"),
        ("The shelling had not stopped, said a Ukrainian soldier, who gave only his call sign, Grizzly, in line with "
         "military protocol.", "who gave only his call sign", "in line with military protocol", None),
        ("Several residents, who asked that their names not be published for fear of retaliation by militias, "
         "described nights of shelling.", "who asked that their names not be published",
         "for fear of retaliation by militias", None),
        ("A worker who asked to be identified only by his first name, Ali, for fear of losing his job, said he had "
         "not been paid in months.", "who asked to be identified only by his first name", "for fear of losing his job",
         "A worker who asked to be identified only by his first name, Ali, for fear of losing his job,"),
        ("A U.N. official in Geneva, who declined to be identified in line with U.N. policy, said aid convoys were "
         "blocked.", "who declined to be identified", "in line with U.N. policy",
         "A U.N. official in Geneva, who declined to be identified in line with U.N. policy,"),
        ("“This is a disaster,” said one Republican senator, who spoke on the condition of anonymity to be candid.",
         "on the condition of anonymity", "to be candid",
         "one Republican senator, who spoke on the condition of anonymity to be candid"),
        ("A Ukrainian soldier fighting near Pokrovsk, who goes by the call sign \"Bear\" in line with military rules, "
         "told the AP that Russian troops were advancing.", 'who goes by the call sign "Bear"',
         "in line with military rules",
         "A Ukrainian soldier fighting near Pokrovsk, who goes by the call sign \"Bear\" in line with military rules,"),
        ("The documents were provided to the newspaper by a whistleblower who asked that their identity be "
         "protected.", "who asked that their identity be protected", None, None),
        ("A person close to the star said she was devastated. The source asked not to be named due to the sensitivity "
         "of the situation.", "asked not to be named", "due to the sensitivity of the situation",
         "A person close to the star"),
        ("Two doctors, speaking on condition they not be identified, confirmed the accounts.",
         "on condition they not be identified", None, None),
    ],
    ids=["according-to-granted", "said-requesting", "said-on-condition", "said-comma-condition-that", "no-report",
         "content-first-then-condition", "relative-clause-interrupted", "first-name-only", "rules-before-cannot",
         "possessive-name-after-report", "inverted-relative-granted", "ground-rules-set-by",
         "passive-agent-relative", "discuss-only-anonymously", "neither-of-whom", "people-present",
         "did-not-want-name-used", "asked-that-he-not-be-named-is-no-report", "told-agency-condition",
         "condition-they-were-not-identified", "identity-protected", "first-name-only-then-reason",
         "did-not-want-to-give-her-name", "declined-to-speak-on-the-record",
         "passive-agent-relative-condition",
         "gerund-not-being-named", "some-of-whom", "insisted-on-anonymity",
         "call-sign-only", "residents-described", "first-name-only-restrictive",
         "initialism-in-reason", "to-be-candid", "goes-by-call-sign", "identity-protected-whistleblower",
         "the-source-after-a-person", "speaking-aside-then-any-verb"],
)
def test_condition_in_outlet_styles(text: str, condition: str, reason: str | None, speaker: str | None) -> None:
    """Wire and newspaper phrasings: the condition, its reason, and the speaker it covers (whose mention does not
    swallow a condition that follows an inverted cue)."""
    article = parse_article(text)
    assert [(c.span.text, c.reason) for c in article.anonymity] == [(condition, reason)]
    assert article.anonymity[0].sources and all(s.anonymous for s in article.anonymity[0].sources)
    if speaker is not None:
        assert [q.speaker.mention.text for q in article.quotes if q.speaker] == [speaker]


@pytest.mark.parametrize(
    ("text", "source", "count"),
    [
        ("The memo was described to Reuters by a person familiar with its contents who spoke on the condition of "
         "anonymity.", "a person familiar with its contents", 1),
        ("The details were confirmed by two sources, both of whom asked not to be named.", "two sources", 2),
    ],
    ids=["passive-agent-with-a-relative", "passive-agent-with-both-of-whom"],
)
def test_passive_agent_is_the_source(text: str, source: str, count: int) -> None:
    """A passive's agent whose relative clause holds the condition is the unnamed source, not the passive's
    subject ("The memo was")."""
    (condition,) = parse_article(text).anonymity
    assert [(s.mention.text, s.count, s.anonymous) for s in condition.sources] == [(source, count, True)]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes(text: str) -> None:
    """Anonymous donors, hacker groups, support groups and named officials are no anonymous sources."""
    article = parse_article(text)
    assert article.anonymity == ()
    assert not any(q.speaker is not None and q.speaker.anonymous and q.speaker.name[:1].isupper()
                   for q in article.quotes)


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        ("Six officials described the plan. They spoke on condition of anonymity.", "Six officials", 6),
        ("Two officials described the plan. The two spoke on condition of anonymity.", "Two officials", 2),
        ("According to two people briefed on the matter, jobs will go. Both spoke on condition of anonymity.",
         "two people briefed on the matter", 2),
        ("Two sources familiar with the matter told Reuters that Beijing was considering stimulus. They declined to "
         "be identified because the discussions were private.", "Two sources familiar with the matter", 2),
        ("Two people familiar with the matter told Reuters that Tesla had slowed hiring. The people declined to be "
         "identified because the plans are not public.", "Two people familiar with the matter", 2),
        ("A person familiar with the talks said a deal was near. The person asked not to be named.",
         "person familiar with the talks", 1),
        ("Five officials described the plan. All asked not to be named for fear of losing their jobs.",
         "Five officials", 5),
    ],
)
def test_group_reference_links_condition(text: str, name: str, count: int) -> None:
    """ "They", "the two", "both" and "the people" after a group of sources: the condition covers that group."""
    (cond,) = parse_article(text).anonymity
    assert [(s.name, s.count) for s in cond.sources] == [(name, count)]


def test_asking_for_anonymity_reports_nothing() -> None:
    """ "requested anonymity to discuss ..." is a condition, not a quote of its own."""
    article = parse_article("A senior official said the bill would pass. The official requested anonymity to "
                            "discuss internal planning.")
    assert [q.span.text for q in article.quotes] == ["the bill would pass"]
    assert article.anonymity[0].reason == "to discuss internal planning"


@pytest.mark.parametrize(
    "text",
    [
        "An industry executive said prices would rise.",
        "A Republican strategist said the ad would backfire.",
        "Vote\n\nA Tory MP said the vote was lost.",
        "Vote\n\nOne Labour backbencher said the leader would not survive the summer.",
        "A friend of the couple said they had been living separately for months.",
        "A former colleague said he had warned the board in 2019.",
        "One neighbour said she heard shouting before the fire.",
    ],
)
def test_unnamed_source_heads(text: str) -> None:
    """Unnamed executives, strategists, MPs, backbenchers, friends, colleagues and neighbours are unnamed
    sources."""
    speaker = parse_article(text).quotes[0].speaker
    assert speaker is not None and speaker.anonymous


def test_named_speaker_is_not_anonymous() -> None:
    """A named, titled speaker is never anonymous."""
    speaker = parse_article("Mayor Ann Lee said the funds were spent.").quotes[0].speaker
    assert speaker is not None and not speaker.anonymous


def test_participle_asking_anonymity_is_no_report() -> None:
    """ "..., the people said, asking not to be identified because ...": the participle states a condition, it
    reports nothing; the condition covers the people."""
    article = parse_article("The talks are at an early stage, three people familiar with the matter said, asking not "
                            "to be identified because the matter is confidential.")
    assert [q.cue.text for q in article.quotes if q.cue is not None] == ["said"]
    cond = article.anonymity[0]
    assert (cond.span.text, cond.reason) == ("asking not to be identified", "because the matter is confidential")
    assert [s.name for s in cond.sources] == ["three people familiar with the matter"]


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("A Pentagon official who was not authorized to speak on the record confirmed the strike.",
         "who was not authorized to speak on the record"),
        ("A Pentagon official who was not authorized to speak publicly described the mood as grim.",
         "who was not authorized to speak publicly"),
    ],
)
def test_condition_ends_before_a_reporting_verb_and_covers_the_noun_before_it(text: str, condition: str) -> None:
    """The condition stops at the verb of the sentence ("confirmed", "described"), and the unnamed source is the
    noun phrase before the relative pronoun, not a phrase ending in "who" (where the sentence reports, the mention
    is the report's whole naming phrase, the condition with it)."""
    (cond,) = parse_article(text).anonymity
    assert cond.span.text == condition
    assert [s.name for s in cond.sources] == ["Pentagon official"]
    assert all(s.mention.text.startswith("A Pentagon official") and s.anonymous for s in cond.sources)


@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        ("A senior Democratic aide, who was not authorized to discuss private negotiations and spoke on condition of "
         "anonymity, said talks could resume on Monday.",
         ["who was not authorized to discuss private negotiations", "on condition of anonymity"]),
        ("The official, who was not authorized to speak publicly and requested anonymity, said the talks had stalled.",
         ["who was not authorized to speak publicly", "requested anonymity"]),
        ("The memo was shared with The Washington Post by a person who was not authorized to release it and spoke on"
         " condition of anonymity.", ["who was not authorized to release it", "on condition of anonymity"]),
        ("The official, who was not authorized to discuss the investigation and related matters, said it had stalled.",
         ["who was not authorized to discuss the investigation and related matters"]),
    ],
)
def test_second_condition_joined_by_and_is_its_own(text: str, conditions: list[str]) -> None:
    """'not authorized to discuss X and spoke on condition of anonymity' states two conditions, each of the
    speaker; "and" joining nouns inside the first ("and related matters") does not end it."""
    found = parse_article(text).anonymity
    assert [c.span.text for c in found] == conditions
    assert all([s.name for s in c.sources] == [found[0].sources[0].name] for c in found)


def test_the_source_is_the_unnamed_source_who_just_spoke() -> None:
    """"The source asked not to be named" covers the unnamed source of the sentence before, whatever noun named it."""
    (cond,) = parse_article("A person close to the star said she was devastated. The source asked not to be named due "
                            "to the sensitivity of the situation.").anonymity
    assert [s.name for s in cond.sources] == ["person close to the star"]


def test_the_noun_that_asks_for_anonymity_is_the_source_not_the_clause_after_it() -> None:
    """ "The official requested anonymity because he was ...": the subject is "The official" (the shortest phrase
    before a verb), the unnamed official of the sentence before, not "The official requested anonymity because he"."""
    (cond,) = parse_article("The talks have stalled, an official with direct knowledge said. The official requested "
                            "anonymity because he was not authorized to speak to the media.").anonymity
    assert [(s.mention.text, s.name) for s in cond.sources] == [("The official", "official with direct knowledge")]
    assert cond.reason == "because he was not authorized to speak to the media"


def test_unnamed_source_in_a_sentence_with_no_report_keeps_its_postmodifier() -> None:
    """ "Officials at the Pentagon, who declined to be named, confirmed the strike": the condition covers "Officials at
    the Pentagon", not "Officials"."""
    (cond,) = parse_article("Officials at the Pentagon, who declined to be named, confirmed the strike.").anonymity
    assert [s.mention.text for s in cond.sources] == ["Officials at the Pentagon"]


def test_condition_that_neither_source_nor_employer_be_named() -> None:
    """ "on condition that neither he nor his employer be named" is a condition on the analyst who spoke."""
    article = parse_article("“The numbers simply don’t add up,” one analyst at a major bank said, on condition that "
                            "neither he nor his employer be named.")
    assert [(c.span.text, [s.mention.text for s in c.sources]) for c in article.anonymity] == [
        ("on condition that neither he nor his employer be named", ["one analyst at a major bank"])
    ]


def test_named_member_of_a_party_is_not_anonymous() -> None:
    """ "Republican Sen. John Thune" is named; "A Republican senator" is not."""
    assert not parse_article("Republican Sen. John Thune said the deal was done.").quotes[0].speaker.anonymous
    assert parse_article("A Republican senator said the deal was done.").quotes[0].speaker.anonymous


def test_covered_source_is_unnamed_in_all_its_mentions() -> None:
    """The condition covers the person, not one mention: the singular "they" and "she" that resolve to that person
    are unnamed sources too."""
    text = ("Rail strikes\n\nThe Rail Delivery Group said it was disappointed.\n\nOne senior industry figure, who "
            "did not wish to be named, said the dispute could drag on. 'Nobody is blinking,' they said.")
    quotes = parse_article(text).quotes
    assert [(q.speaker.name, q.speaker.anonymous) for q in quotes if q.speaker] == [
        ("Rail Delivery Group", False), ("One senior industry figure", True), ("One senior industry figure", True)
    ]
    text = ("A woman, who spoke on the condition of anonymity because she feared her employer, said she was scared. "
            "“I'm even more scared now,” she said.")
    assert [q.speaker.anonymous for q in parse_article(text).quotes if q.speaker] == [True, True]


def test_source_with_two_reports_is_covered_once() -> None:
    """ "said a senior EU official, briefing journalists on condition of anonymity": one source, not two."""
    article = parse_article("The summit would be postponed, said a senior EU official, briefing journalists on "
                            "condition of anonymity.")
    assert [[s.name for s in c.sources] for c in article.anonymity] == [["senior EU official"]]


def test_relative_saying_only_that_the_source_spoke_is_no_part_of_its_name() -> None:
    """ "an executive who spoke| on condition of not being named": the name is "executive"."""
    article = parse_article("The layoffs will hit sales hardest, said an executive who spoke on condition of not "
                            "being named.")
    assert [[s.name for s in c.sources] for c in article.anonymity] == [["executive"]]
    article = parse_article("“It's a wake-up call,” said one Republican strategist who has advised several campaigns "
                            "and who spoke on condition of anonymity to speak frankly.")
    assert [[s.name for s in c.sources] for c in article.anonymity] == [
        ["one Republican strategist who has advised several campaigns"]
    ]


def test_unique_role_is_not_an_unnamed_source() -> None:
    """ "the state's top education official" identifies one person (named later): no unnamed source; "a senior
    education official" stays one."""
    article = parse_article("Funding\n\nThe governor clashed with lawmakers, with the state's top education official "
                            "warning the cuts would hurt poor districts. A senior education official said the cuts "
                            "were final.")
    assert [(q.speaker.mention.text, q.speaker.anonymous) for q in article.quotes if q.speaker] == [
        ("the state's top education official", False), ("A senior education official", True)
    ]


def test_unnamed_source_condition_in_a_sentence_that_reports_nothing() -> None:
    """ "The official, who asked not to be named, did not elaborate.": the condition covers the official all the same
    (not "The donor, who wished to remain anonymous, gave ...", whose noun names no source), and the "he" who speaks
    in the next sentence is that unnamed official."""
    article = parse_article("Talks\n\nThe official, who asked not to be named, did not elaborate. Later, he said the "
                            "talks would resume.")
    assert [(c.span.text, [s.mention.text for s in c.sources]) for c in article.anonymity] == [
        ("who asked not to be named", ["The official"])
    ]
    (quote,) = article.quotes
    assert quote.speaker is not None and quote.speaker.anonymous and quote.speaker.name == "official"
    assert parse_article("Charity\n\nThe donor, who wished to remain anonymous, gave $5 million.").anonymity == ()


def test_unnamed_speaker_saying_they_may_not_speak_is_covered() -> None:
    """An unnamed source who says they were not authorized to speak is anonymous (a named one refusing to comment
    is a look-alike), and a reporter who speaks on condition of anonymity is a source."""
    article = parse_article("Leak\n\nAn official said he was not authorized to speak publicly.")
    assert [(c.span.text, [s.mention.text for s in c.sources]) for c in article.anonymity] == [
        ("was not authorized to speak publicly", ["An official"])
    ]
    article = parse_article("Leak\n\nThe reporter spoke on condition of anonymity because she feared for her job.")
    assert [s.mention.text for c in article.anonymity for s in c.sources] == ["The reporter"]


def test_person_who_gave_part_of_a_name_speaks_next() -> None:
    """A vox pop who "gave his name only as Earl" in a sentence with no report is an unnamed source, and the "he"
    quoted next is that person; after an inverted cue the mention keeps the whole clause ("... only as Earl")."""
    article = parse_article('Vox\n\nA retired bus driver who gave his name only as Earl shook his head. "It is a '
                            'mess," he said.')
    assert [(c.span.text, [s.mention.text for s in c.sources]) for c in article.anonymity] == [
        ("who gave his name only as Earl", ["A retired bus driver"])
    ]
    (quote,) = article.quotes
    assert quote.speaker is not None and quote.speaker.anonymous and quote.speaker.name == "retired bus driver"
    inverted = parse_article('Vox\n\n"It is a mess," said a retired bus driver who gave his name only as Earl.')
    assert [q.speaker.mention.text for q in inverted.quotes if q.speaker] == [
        "a retired bus driver who gave his name only as Earl"
    ]


def test_part_of_an_unnamed_group_is_unnamed() -> None:
    """ "two of them" after an unnamed group that opens the sentence is unnamed too; after "The players" it is not
    an unnamed source."""
    article = parse_article("Intel\n\nU.S. intelligence officials believe the attack was planned for months, two of "
                            "them said.")
    assert [(q.speaker.mention.text, q.speaker.anonymous) for q in article.quotes if q.speaker] == [
        ("two of them", True)
    ]
    article = parse_article("Fans\n\nThe players were tired, two of them said.")
    assert [(q.speaker.mention.text, q.speaker.anonymous) for q in article.quotes if q.speaker] == [
        ("two of them", False)
    ]


@pytest.mark.parametrize(
    ("text", "condition", "reason", "source"),
    [
        ("The Globe and Mail is not identifying the sources because they were not authorized to discuss the matter. "
         "The sources said the review began in June.", "is not identifying the sources",
         "because they were not authorized to discuss the matter", "The sources"),
        ("CBC News has agreed not to name the woman because she fears reprisals from her employer. She said she was "
         "never paid overtime.", "has agreed not to name the woman", "because she fears reprisals from her employer",
         "She"),
        ('"I was terrified," the cashier said. The Guardian has agreed not to name him because he fears losing his '
         "job.", "has agreed not to name him", "because he fears losing his job", "the cashier"),
        ("Two former staff members described the abuse. The Times is withholding their names because they fear "
         "retaliation.", "is withholding their names", "because they fear retaliation", "Two former staff members"),
        ("The woman, whom The Associated Press is not identifying, said the manager cornered her in a storeroom.",
         "is not identifying", None, "The woman, whom The Associated Press is not identifying,"),
        ("The Associated Press is not naming the woman because she is a victim of sexual assault.",
         "is not naming the woman", "because she is a victim of sexual assault", "the woman"),
    ],
    ids=["outlet-not-identifying-sources", "outlet-agreed-not-to-name", "outlet-not-naming-him",
         "outlet-withholding-their-names", "whom-outlet-not-identifying", "outlet-not-naming-unquoted"],
)
def test_outlet_withholds_a_name(text: str, condition: str, reason: str | None, source: str) -> None:
    """A news outlet's own decision not to name someone is a condition of anonymity covering that person (the
    speaker near it that its object refers to), not the outlet."""
    (cond,) = parse_article(text).anonymity
    assert (cond.span.text, cond.reason) == (condition, reason)
    assert [s.mention.text for s in cond.sources] == [source]
    assert all(s.anonymous for s in cond.sources)


@pytest.mark.parametrize(
    "text",
    [
        "Police are not naming the victim until relatives have been told.",
        "The company is not identifying the buyer, a spokesman said.",
        "The ministry did not name the companies that had bid for the contract.",
        "The Times is not naming the company because the investigation is continuing.",
    ],
)
def test_institution_withholding_a_name_is_no_condition(text: str) -> None:
    """Police or a company keeping a name from the press, or an outlet withholding a company's, is no source's
    anonymity."""
    assert parse_article(text).anonymity == ()


def test_speaking_anonymously_aside_with_reason() -> None:
    """ "One contractor, speaking anonymously because ...,": the participle aside is the condition, and the
    contractor (a person noun) the source it covers."""
    article = parse_article("One contractor, speaking anonymously because he still bids on city work, said the "
                            "kickbacks were routine.")
    (cond,) = article.anonymity
    assert (cond.span.text, cond.reason) == ("speaking anonymously", "because he still bids on city work")
    assert [(q.span.text, q.speaker.mention.text if q.speaker else None) for q in article.quotes] == [
        ("the kickbacks were routine", "One contractor")
    ]


def test_condition_in_a_relative_clause_covers_its_noun_not_the_subject() -> None:
    """ "The move was confirmed by a U.S. official, who spoke on condition of anonymity.": the official speaks
    under the condition, not "The move" the sentence is about."""
    article = parse_article("Talks\n\nThe move was confirmed by a U.S. official, who spoke on condition of anonymity.")
    assert [(c.span.text, [s.mention.text for s in c.sources]) for c in article.anonymity] == [
        ("on condition of anonymity", ["a U.S. official"])
    ]
    assert article.anonymity[0].sources[0].anonymous


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("Neither official was authorized to speak publicly about the investigation.",
         "Neither official was authorized to speak publicly about the investigation"),
        ("None of them was cleared to discuss the case.", "None of them was cleared to discuss the case"),
    ],
)
def test_neither_source_authorized_is_a_condition(text: str, condition: str) -> None:
    """A group's sources none of whom may speak: a condition that covers them."""
    assert [c.span.text for c in parse_article("Talks\n\n" + text).anonymity] == [condition]


@pytest.mark.parametrize(
    "text",
    [
        "None of the money was authorized to be spent.",
        "Neither candidate is allowed to speak at the rally.",
    ],
)
def test_neither_without_a_source_is_no_condition(text: str) -> None:
    """Money and candidates that may not be spent or speak are no sources under a condition."""
    assert parse_article("Talks\n\n" + text).anonymity == ()


@pytest.mark.parametrize(
    ("text", "content", "reason", "source"),
    [
        ("A source in the Security Service told the Kyiv Independent on condition of anonymity as they were not "
         "authorized to speak to the press that the operation had been planned for months.",
         "the operation had been planned for months", "as they were not authorized to speak to the press",
         "A source in the Security Service"),
        ("A Western intelligence official said, on condition of anonymity because of the sensitivity of the "
         "information, that the shipment had arrived.", "the shipment had arrived",
         "because of the sensitivity of the information", "A Western intelligence official"),
    ],
)
def test_condition_and_reason_between_cue_and_content(text: str, content: str, reason: str, source: str) -> None:
    """A condition and its reason between the cue and its "that": the reason stops before the content, and the
    content is the reported clause after it."""
    article = parse_article("Talks\n\n" + text)
    assert [(q.span.text, q.speaker.mention.text if q.speaker else None) for q in article.quotes] == [(content, source)]
    assert [(c.reason, [s.mention.text for s in c.sources]) for c in article.anonymity] == [(reason, [source])]


def test_neither_source_covers_its_subject() -> None:
    """ "Neither official was authorized to speak publicly": the condition covers "Neither official", not authorized."""
    (condition,) = parse_article("Talks\n\nNeither official was authorized to speak publicly.").anonymity
    assert [s.mention.text for s in condition.sources] == ["Neither official"]
    assert condition.reason_kind is ReasonKind.NOT_AUTHORIZED


def test_institution_not_allowed_to_comment_is_no_condition() -> None:
    """ "The agency, which is not allowed to comment on pending litigation, said ...": an institution's policy on
    comment, not a source's anonymity (a "which" clause describes no person)."""
    article = parse_article("Suit\n\nThe agency, which is not allowed to comment on pending litigation, said in a "
                            "filing that the claim had no merit.")
    assert article.anonymity == ()
    assert [q.speaker.anonymous for q in article.quotes if q.speaker] == [False]


def test_he_after_an_unnamed_speaker_links_the_condition_to_that_speaker() -> None:
    """ "A Hamas official told ... He spoke on condition of anonymity": the condition covers the official; after a
    named speaker, "He" stays as written."""
    (cond,) = parse_article("A Hamas official told The Associated Press that the group had not received a proposal. "
                            "He spoke on condition of anonymity to discuss the negotiations.").anonymity
    assert [(s.name, s.antecedent.text if s.antecedent else None) for s in cond.sources] == [
        ("Hamas official", "A Hamas official")
    ]
    (cond,) = parse_article("John Smith told reporters the deal was off. He spoke on condition of anonymity to "
                            "discuss the negotiations.").anonymity
    assert [s.name for s in cond.sources] == ["He"]


def test_definite_or_named_source_with_knowledge_is_not_unnamed() -> None:
    """ "The analyst close to the company" points back to someone; "John Smith, a lawyer familiar with the case" is
    named: neither is an unnamed source."""
    for text in ("The analyst close to the company said sales were weak.",
                 "John Smith, a lawyer familiar with the case, said the charges would be dropped."):
        (quote,) = parse_article(text).quotes
        assert quote.speaker is not None and not quote.speaker.anonymous


@pytest.mark.parametrize(
    "text",
    [
        "Figures released Thursday by the agency showed the deficit had grown.",
        "Official figures showed the deficit had grown.",
        "Jane Smith, a key figure in the party, said the deal was done.",
    ],
)
def test_figures_and_a_named_figure_are_not_unnamed_sources(text: str) -> None:
    """"a senior figure" is an unnamed person, but "figures" are as often numbers, and a named figure is named."""
    assert [q.speaker.anonymous for q in parse_article(text).quotes if q.speaker] in ([], [False])


def test_condition_in_a_passive_agents_relative_clause() -> None:
    """ "confirmed by a source who spoke to CNN on the condition that he not be identified": the condition covers
    the source in whose relative clause it stands (not the sentence's subject), and its "that" clause is the
    condition's, no words of the source's."""
    article = parse_article(
        "The decision was confirmed by a source who spoke to CNN on the condition that he not be identified."
    )
    assert [c.span.text for c in article.anonymity] == ["on the condition that he not be identified"]
    assert [s.mention.text for s in article.anonymity[0].sources] == ["a source"]
    assert all(q.span.text != "he not be identified" for q in article.quotes)


def test_reason_after_the_outlet_granting_anonymity() -> None:
    """ "granted anonymity by The Post to speak freely about ...": the reason follows the outlet that granted it."""
    article = parse_article(
        "The staffer, granted anonymity by The Post to speak freely about the campaign, said morale was low."
    )
    condition = article.anonymity[0]
    assert (condition.span.text, condition.reason) == ("granted anonymity", "to speak freely about the campaign")


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("Speaking with our correspondent, a resident of the community, who simply identified himself as Musa, said "
         "gunmen stormed the village.", "who simply identified himself as Musa"),
        ("One protester, who would only be identified by his initials, said police fired first.",
         "who would only be identified by his initials"),
    ],
)
def test_partial_names_given_simply_or_only(text: str, condition: str) -> None:
    """A source who "simply identified himself as Musa" or "would only be identified by his initials" gives part of a
    name, as "identified himself only as" does; one who "identified himself as John Smith, a lawyer" does not."""
    article = parse_article(text)
    assert [c.span.text for c in article.anonymity] == [condition]
    assert article.quotes[0].speaker is not None and article.quotes[0].speaker.anonymous
    full = parse_article("The man identified himself as John Smith, a lawyer from Ohio, and said he saw the crash.")
    assert full.anonymity == ()
