"""Golden table: claims in a headline (the article's first line), and headlines that claim nothing."""

from __future__ import annotations

import pytest

from newsclaims import QuoteKind, attribute_sources, from_dict, parse_article, to_dict, to_records
from newsclaims.render import to_html

#: A body that names the people the headlines below speak of, as an article would.
BODY = (
    "Sen. Lindsey Graham said on Monday that the party was in trouble. Attorney General Loretta Lynch said the "
    "inquiry was independent, and Gov. John Kasich told supporters in Ohio that he would win. Rep. Darrell Issa "
    "and Sen. Kirsten Gillibrand spoke later, as did Hillary Clinton and Bernie Sanders. A poll by Quinnipiac was "
    "also released, and Rick Perry, Donald Trump and Trevor Noah made the news. Shares of Boeing rose. The jobs "
    "figures were strong."
)

# (id, headline, content, kind, cue, speaker mention)
ROWS = [
    ("colon-surname", "Graham: Trump’s Rhetoric Is Destroying GOP’s Chance to Win Presidency.",
     "Trump’s Rhetoric Is Destroying GOP’s Chance to Win Presidency", QuoteKind.INDIRECT, ":", "Graham"),
    ("colon-sentence-case", "Lynch: No outside influence on FBI probe into Clinton emails.",
     "No outside influence on FBI probe into Clinton emails", QuoteKind.INDIRECT, ":", "Lynch"),
    ("colon-whole-quotation", "Kasich: ‘We Are Going To Go All The Way To Cleveland.’",
     "‘We Are Going To Go All The Way To Cleveland.’", QuoteKind.DIRECT, ":", "Kasich"),
    ("colon-quoted-fragment", "Issa: Hillary Clinton’s ‘Honesty Is In Question Every Day.’",
     "Hillary Clinton’s ‘Honesty Is In Question Every Day.’", QuoteKind.MIXED, ":", "Issa"),
    ("colon-short-scare-quote", "Issa: Clinton Was ‘Absolutely Wrong’ About the Emails.",
     "Clinton Was ‘Absolutely Wrong’ About the Emails", QuoteKind.INDIRECT, ":", "Issa"),
    ("colon-on-topic", "Gillibrand on Hillary Releasing Her Speech Transcripts: ‘I Think She Will.’",
     "‘I Think She Will.’", QuoteKind.DIRECT, ":", "Gillibrand"),
    ("colon-to-audience", "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.",
     "Trump will reverse Roe v. Wade", QuoteKind.INDIRECT, ":", "Clinton"),
    ("colon-speaker-noun", "Poll: Sanders leads Clinton among young voters.",
     "Sanders leads Clinton among young voters", QuoteKind.INDIRECT, ":", "Poll"),
    ("headline-case-says", "Bernie Sanders Says He’s Already Started Writing His Inaugural Address.",
     "He’s Already Started Writing His Inaugural Address", QuoteKind.INDIRECT, "Says", "Bernie Sanders"),
    ("headline-case-says-last", "Donald Trump Is Like A Lawyer’s Dumbest Client Ever, Trevor Noah Says.",
     "Donald Trump Is Like A Lawyer’s Dumbest Client Ever", QuoteKind.INDIRECT, "Says", "Trevor Noah"),
    ("headline-case-adverb", "Rick Perry Just Announced His Official Endorsement Of A Big Name Candidate.",
     "His Official Endorsement Of A Big Name Candidate", QuoteKind.INDIRECT, "Just Announced", "Rick Perry"),
    ("headline-case-modal", "Trump May Not Have Suggested A Registry, But He Fully Supported One.",
     "A Registry, But He Fully Supported One", QuoteKind.INDIRECT, "May Not Have Suggested", "Trump"),
    ("sentence-case-speaker-noun-last", "Man charged after chase through downtown, police say.",
     "Man charged after chase through downtown", QuoteKind.INDIRECT, "say", "police"),
    ("people-familiar-say", "Apple weighs bid for AI startup, people familiar say.", "Apple weighs bid for AI startup",
     QuoteKind.INDIRECT, "say", "people familiar"),
    ("wire-slug", "EXCLUSIVE-Boeing weighs sale of space unit, sources say.", "Boeing weighs sale of space unit",
     QuoteKind.INDIRECT, "say", "sources"),
    ("kicker-slug-then-colon", "Exclusive–Gillibrand: Clinton Will Release the Transcripts.",
     "Clinton Will Release the Transcripts", QuoteKind.INDIRECT, ":", "Gillibrand"),
    ("label-then-claim", "The Latest: Hillary Clinton tells voters she’s with them.", "she’s with them",
     QuoteKind.INDIRECT, "tells", "Hillary Clinton"),
    ("wire-dash-sources", "Exclusive: Boeing weighs sale of space unit -sources", "Boeing weighs sale of space unit",
     QuoteKind.INDIRECT, "-", "sources"),
    ("colon-then-role", "Government to launch new scheme for farmers: Minister",
     "Government to launch new scheme for farmers", QuoteKind.INDIRECT, ":", "Minister"),
    ("colon-then-titled-name", "India will not bow to pressure: PM Graham", "India will not bow to pressure",
     QuoteKind.INDIRECT, ":", "PM Graham"),
    ("dash-outlet-the-body-names", "Boeing weighs sale of space unit - Quinnipiac", "Boeing weighs sale of space unit",
     QuoteKind.INDIRECT, "-", "Quinnipiac"),
    ("adjective-before-name", "‘We are going all the way,’ defiant Kasich tells supporters.",
     "‘We are going all the way,’", QuoteKind.DIRECT, "tells", "defiant Kasich"),
    ("quotation-colon-speaker-verb", "‘We will not be intimidated’: Canada vows to fight tariffs",
     "‘We will not be intimidated’", QuoteKind.DIRECT, "vows", "Canada"),
    ("speaker-noun-in-a-place", "Police in Sydney say man charged over Bondi cafe attack",
     "man charged over Bondi cafe attack", QuoteKind.INDIRECT, "say", "Police in Sydney"),
    ("name-then-infinitive-then-speaker-noun", "Clinton to unveil climate plan, aides say.",
     "Clinton to unveil climate plan", QuoteKind.INDIRECT, "say", "aides"),
    ("short-quotation-then-says", "“We will win,” says Kasich", "“We will win,”", QuoteKind.DIRECT, "says", "Kasich"),
    ("short-quotation-then-name-says", '"We will win," Kasich says', '"We will win,"', QuoteKind.DIRECT, "says",
     "Kasich"),
    ("calls-with-one-word-in-single-marks", "Hillary Clinton Calls ISIS Violence Against Yazidis ‘Genocide.’",
     "ISIS Violence Against Yazidis ‘Genocide.’", QuoteKind.INDIRECT, "Calls", "Hillary Clinton"),
    ("calls-with-two-words-in-single-marks", "Sanders calls Trump’s idea for a border wall ‘stupid’, ‘useless.’",
     "Trump’s idea for a border wall ‘stupid’, ‘useless.’", QuoteKind.INDIRECT, "calls", "Sanders"),
]


@pytest.mark.parametrize(("headline", "content", "kind", "cue", "mention"), [r[1:] for r in ROWS],
                         ids=[r[0] for r in ROWS])
def test_headline_claim(headline: str, content: str, kind: QuoteKind, cue: str, mention: str) -> None:
    text = f"{headline}\n\n{BODY}\n"
    article = parse_article(text)
    title_quotes = [q for q in article.quotes if q.paragraph is None]
    assert len(title_quotes) == 1
    quote = title_quotes[0]
    assert (quote.span.text, quote.kind, quote.cue and quote.cue.text) == (content, kind, cue)
    assert quote.speaker is not None and quote.speaker.mention.text == mention
    for span in (quote.span, quote.cue, quote.speaker.mention, *quote.quoted):
        assert span is not None and text[span.start : span.end] == span.text
        assert article.title is not None and article.title.start <= span.start and span.end <= article.title.end


NO_CLAIM = [
    ("label", "The Latest: 3 NH towns cast first votes of primary."),
    ("label-exclusive", "Exclusive: Inside the campaign’s final week."),
    ("dash-live-updates", "Stocks rally as Fed holds rates - live updates"),
    ("dash-unnamed-word", "Stocks rally as Fed holds rates - Analysis"),
    ("place", "Iraq: A country prepares for a new fight."),
    ("shouted-kicker", "FIX IS IN: PBS Moderators Ignore Clinton Scandals."),
    ("indefinite-kicker", "A Curious Plan to Fight Climate Change: Buy Mines, Sell Coal."),
    ("question-about-speaker", "Ted Cruz: Constitutional conservative or career politician?"),
    ("clickbait-clause", "After Trump Heard What His Fox News Nemesis Just Said, He Instantly Unleashes On Twitter."),
    ("common-word-subject", "Jobs report gives Democrats a lift."),
    ("participle-and-noun-phrase", "Judge blocks state abortion ban, citing privacy rights."),
    ("plain-headline", "Iraq prepares for new fight against post-Mosul Islamic State"),
    ("capitalised-word-not-named-in-body", "Clinton Wades In: Urges Britain to Remain."),
    ("colon-then-a-phrase-ending-in-a-speaker-noun", "The One Thing Both Sides Want: Break Up Banks"),
]


@pytest.mark.parametrize("headline", [r[1] for r in NO_CLAIM], ids=[r[0] for r in NO_CLAIM])
def test_headline_without_claim(headline: str) -> None:
    article = parse_article(f"{headline}\n\n{BODY}\n")
    assert [q.span.text for q in article.quotes if q.paragraph is None] == []


def test_match_result_is_no_headline_speaker() -> None:
    """"Liverpool 3-1 Chelsea:" opens a match report with its result, though the body names both clubs: no one
    says what follows the colon."""
    article = parse_article("Liverpool 3-1 Chelsea: Salah double sends Reds top\n\nMohamed Salah scored twice as "
                            "Liverpool beat Chelsea 3-1 at Anfield.\n\n\"It was a great performance,\" Salah told "
                            "Sky Sports.\n")
    assert [q.span.text for q in article.quotes] == ['"It was a great performance,"']


def test_country_before_colon_is_a_place_label() -> None:
    """"Kenya: Doctors' strike enters second week" (AllAfrica's style) says where, though the body names Kenya."""
    article = parse_article("Kenya: Doctors' strike enters second week\n\nStriking doctors in Kenya have vowed to "
                            "continue their action, the union said on Monday.\n")
    assert [q.paragraph for q in article.quotes] == [0, 0]


def test_headline_speaker_is_the_person_the_body_names() -> None:
    """'Graham' in the headline is Sen. Lindsey Graham of the body: one source with both quotes."""
    text = f"Graham: Trump’s rhetoric is destroying the party.\n\n{BODY}\n"
    article = parse_article(text)
    headline = article.quotes[0]
    assert headline.paragraph is None and headline.speaker is not None
    assert headline.speaker.name == "Lindsey Graham"
    assert headline.speaker.antecedent is not None and headline.speaker.antecedent.text == "Sen. Lindsey Graham"
    graham = [s for s in attribute_sources(article) if s.name == "Lindsey Graham"]
    assert len(graham) == 1 and len(graham[0].quotes) == 2


def test_headline_claim_in_every_output() -> None:
    """The headline's quote (paragraph None) survives to_dict/from_dict, flat records and the HTML page."""
    article = parse_article(f"Lynch: No outside influence on FBI probe into Clinton emails.\n\n{BODY}\n")
    assert article.quotes[0].paragraph is None
    assert from_dict(to_dict(article)) == article
    records = to_records([article])
    assert records["paragraph"].isna().iloc[0] and records["paragraph"].iloc[1] == 0
    page = to_html(article)
    headline = page[page.index('<h1 class="title">') : page.index("</h1>")]
    assert 'class="quote"' in headline and 'class="speaker">Lynch<' in headline


def test_long_first_paragraph_is_body_not_title() -> None:
    """Text given without its headline: a first paragraph longer than any headline is the lede, so its report and
    the pronoun after it stay in the body."""
    text = ("Apple Chief Executive Tim Cook said on Monday that the company would invest $500 billion in the United "
            "States over the next four years and hire 20,000 people.\n\n"
            "\"We are bullish on the future of American innovation,\" he said.")
    article = parse_article(text)
    assert article.title is None
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Tim Cook", "Tim Cook"]
    assert article.quotes[0].paragraph == 0


def test_a_headline_s_second_verb_after_a_comma_reports_for_the_same_speaker() -> None:
    """ "Trump threatens tariffs on EU, says bloc has been ‘very nasty’": the first verb's object ends at the comma;
    the second verb reports with the same speaker."""
    article = parse_article(f"Trump threatens tariffs on EU, says bloc has been ‘very nasty’\n\n{BODY}\n")
    title_quotes = [(q.cue and q.cue.text, q.speaker and q.speaker.mention.text, q.span.text)
                    for q in article.quotes if q.paragraph is None]
    assert title_quotes == [
        ("threatens", "Trump", "tariffs on EU"), ("says", "Trump", "bloc has been ‘very nasty’")
    ]


def test_long_first_paragraph_in_sentence_case_closed_by_a_period_is_body() -> None:
    """A first paragraph of 18 words or more, in sentence case and closed by a period, is the lede of text given
    without its headline, though it reports in the present ("Police say ..."): its claim is read in the body."""
    article = parse_article(
        "Police in Sydney say a man has been charged after a woman was allegedly assaulted in a Bondi cafe on "
        "Saturday morning.\n\n\"We will allege the attack was unprovoked,\" she said."
    )
    assert article.title is None
    assert [(q.paragraph, q.cue and q.cue.text) for q in article.quotes] == [(0, "say"), (1, "said")]
    titled = parse_article(  # a headline in headline case closed by a period stays the title
        "Trump Just Revealed The 1 Thing He Thinks The GOP Will Do, And He Is Willing To Bet Money On It.\n\n"
        "The candidate spoke on Tuesday."
    )
    assert titled.title is not None


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," Smith said.\n\n"It is over," she added.',
        "The senator said Tuesday the vote was close.\n\nShe added that it was over.",
        'The decision was "deeply disappointing", according to a spokesperson for Save Our Parks.\n\n'
        '"We will fight on," she said.',
    ],
    ids=["quotation-then-attribution", "short-lede", "according-to-lede"],
)
def test_short_first_paragraph_reporting_in_the_past_is_body(text: str) -> None:
    """A short first paragraph that reports in the past tense (or credits with ", according to") and ends with a
    period is the lede of text given without its headline (headlines write "Smith says", with no period): its quote
    is read in the body."""
    article = parse_article(text)
    assert article.title is None
    assert [q.paragraph for q in article.quotes] == [0, 1]
    assert article.quotes[0].kind is (QuoteKind.DIRECT if text.startswith('"We') else QuoteKind.INDIRECT)


def test_first_paragraph_closed_by_a_period_inside_a_closing_mark_is_body() -> None:
    """A long first paragraph in sentence case whose period sits inside a quotation's closing mark is a lede, as
    one closed by a bare period is; and a past report so closed is body text too."""
    article = parse_article(
        "A statement from the prime minister's office read: \"The Prime Minister is deeply saddened by the loss of "
        "life.\"\n\nThe funerals will be held on Friday."
    )
    assert article.title is None
    assert [(q.paragraph, q.cue and q.cue.text) for q in article.quotes] == [(0, "read")]
    article = parse_article('He said the plan was "a total failure from start to finish."\n\nIt was over.')
    assert article.title is None and [q.paragraph for q in article.quotes] == [0]
