"""Golden table: quotation-mark pairing, quote kinds, scare quotes, apostrophes and stray marks."""

from __future__ import annotations

import pytest

from newsclaims import QuoteKind, extract_quotes, parse_article

# (id, text, expected [(quoted text, kind)])
ROWS = [
    # --- mark styles
    ("plural-possessive-inside-single-quotes", "A spokesman said: 'We have to decide how we spend taxpayers' money "
     "on buses.'", [("'We have to decide how we spend taxpayers' money on buses.'", QuoteKind.DIRECT)]),
    ("british-single-outside-double", "‘He told me “no way, not ever” and walked out of the room,’ she said.",
     [("‘He told me “no way, not ever” and walked out of the room,’", QuoteKind.DIRECT)]),
    ("straight", '"We will win this race," she said.', [('"We will win this race,"', QuoteKind.DIRECT)]),
    ("curly", "“We will win this race,” she said.", [("“We will win this race,”", QuoteKind.DIRECT)]),
    ("guillemets", "«We will win this race», she said.", [("«We will win this race»", QuoteKind.DIRECT)]),
    ("guillemets-with-french-spacing", "The leader spoke. « We will not give in », he said.\n\n\"I don't know what "
     "happened,\" the man told officers.", [("« We will not give in »", QuoteKind.DIRECT),
                                           ("\"I don't know what happened,\"", QuoteKind.DIRECT)]),
    ("low-high", "„We will win this race“, she said.", [("„We will win this race“", QuoteKind.DIRECT)]),
    ("nyt-double-apostrophe", "''We will win this race,'' she said.",
     [("''We will win this race,''", QuoteKind.DIRECT)]),
    ("british-two-word-sentence-after-attribution", "‘We told them again and again,’ said Margaret Hughes, 71. "
     "‘Nobody listened.’", [("‘We told them again and again,’ said Margaret Hughes, 71. ‘Nobody listened.’",
                              QuoteKind.DIRECT)]),
    ("british-two-word-heading-is-no-quote", "‘We told them again and again,’ said Margaret Hughes, 71.\n\n"
     "‘Nobody listened’\n\nThe council called it ‘bad luck.’",
     [("‘We told them again and again,’", QuoteKind.DIRECT)]),
    ("single-inside-double", "“He told me ‘never again’ and left the room,” she said.",
     [("“He told me ‘never again’ and left the room,”", QuoteKind.DIRECT)]),
    ("curly-inside-straight", '"The department is not about “Equal Justice Under Law” anymore," she said.',
     [('"The department is not about “Equal Justice Under Law” anymore,"', QuoteKind.DIRECT)]),
    ("straight-inside-curly", '“The department is not about "Equal Justice Under Law" anymore,” she said.',
     [('“The department is not about "Equal Justice Under Law" anymore,”', QuoteKind.DIRECT)]),
    ("single-beside-double", "The group said it was \"disappointed\" by the decision. A spokesman said: 'This offer "
     "is fair and affordable, and we urge them to accept it.'",
     [("'This offer is fair and affordable, and we urge them to accept it.'", QuoteKind.DIRECT)]),
    ("titles-in-single-marks-beside-double", "“Here is the problem,” he wrote: ‘Trump Leads’ simply generates more "
     "traffic than ‘We Don’t Know What Will Happen.’", [("“Here is the problem,”", QuoteKind.DIRECT)]),
    # --- apostrophes are never marks
    ("apostrophes", "“Don’t worry about the ’90s, it’s rock ’n’ roll at the Joneses’ house,” he said.",
     [("“Don’t worry about the ’90s, it’s rock ’n’ roll at the Joneses’ house,”", QuoteKind.DIRECT)]),
    ("straight-apostrophes", "\"Don't worry about the '90s, it's rock 'n' roll,\" he said.",
     [("\"Don't worry about the '90s, it's rock 'n' roll,\"", QuoteKind.DIRECT)]),
    # --- lead-ins
    ("colon-lead-in", "The president said: “We will not rest until the job is done.”",
     [("“We will not rest until the job is done.”", QuoteKind.DIRECT)]),
    ("cue-comma-lead-in", "She added, “There is much more to do before the vote.”",
     [("“There is much more to do before the vote.”", QuoteKind.DIRECT)]),
    # --- interrupted and continued quotes are one quote
    ("interrupted", "“We will win,” she said, “and we will govern well.”",
     [("“We will win,” she said, “and we will govern well.”", QuoteKind.DIRECT)]),
    ("continued-sentence", "“We will win,” she said. “Then we will govern.”",
     [("“We will win,” she said. “Then we will govern.”", QuoteKind.DIRECT)]),
    ("interrupted-long-appositive",
     "“This used to be Russia's back yard,” said Raffaello Pantucci, director of International Security Studies at "
     "the Royal United Services Institute in London, “but it is increasingly coming into China's thrall.”",
     [("“This used to be Russia's back yard,” said Raffaello Pantucci, director of International Security Studies "
       "at the Royal United Services Institute in London, “but it is increasingly coming into China's thrall.”",
       QuoteKind.DIRECT)]),
    ("interrupted-capital-after-comma",
     '"I have no idea how these men and women voted," he said of people whose rights were restored, "But I do '
     'know that they made an investment in their community."',
     [('"I have no idea how these men and women voted," he said of people whose rights were restored, "But I do '
       'know that they made an investment in their community."', QuoteKind.DIRECT)]),
    ("interrupted-by-dashes", "“We are going to win this race” — Trump said — “and then we will govern.”",
     [("“We are going to win this race” — Trump said — “and then we will govern.”", QuoteKind.DIRECT)]),
    ("interrupted-told", "“First and foremost,” she told Hewitt, “I would never wish that status on anyone.”",
     [("“First and foremost,” she told Hewitt, “I would never wish that status on anyone.”", QuoteKind.DIRECT)]),
    ("continued-after-long-attribution",
     "“It was very nice,” the gambling tycoon told Reuters in a rare interview in Macau when asked if he had met "
     "Trump, who leads in opinion polls of Republican voters. “He was very charming.”",
     [("“It was very nice,” the gambling tycoon told Reuters in a rare interview in Macau when asked if he had met "
       "Trump, who leads in opinion polls of Republican voters. “He was very charming.”", QuoteKind.DIRECT)]),
    ("british-single-quote-over-paragraphs",
     "Minister under fire\n\nDr Tim Cooksley said the figures were worrying. He added: 'Patients are being let "
     "down.\n\n'Staff are working incredibly hard, but the system is at breaking point.'",
     [("'Patients are being let down.\n\n'Staff are working incredibly hard, but the system is at breaking "
       "point.'", QuoteKind.DIRECT)]),
    ("british-single-quote-left-open", "Minister under fire\n\nHe added: 'Patients are being let down by the "
     "system.\n\nThe minister did not respond.",
     [("'Patients are being let down by the system.", QuoteKind.DIRECT)]),
    ("apostrophe-opening-a-paragraph", "Music\n\nHe loved the '80s and said he would go back.\n\n"
     "'90s kids disagree, the survey found.", []),
    ("one-letter-word-before-a-quotation", "“Texas will not back down,” Abbott posted on X. “We will take this all "
     "the way to the Supreme Court.”",
     [("“Texas will not back down,” Abbott posted on X. “We will take this all the way to the Supreme Court.”",
       QuoteKind.DIRECT)]),
    # --- mixed: a quoted fragment inside reported speech
    ("mixed", "Carter said the forces would stay “to make sure that, once defeated, ISIL stays defeated.”",
     [("the forces would stay “to make sure that, once defeated, ISIL stays defeated.”", QuoteKind.MIXED)]),
    # --- scare quotes and titles are not quotes
    ("scare-quote", "The group's \"caliphate\" is nearing its end.", []),
    ("scare-quote-two-words", "He called it a “total disaster” in the interview.", []),
    ("film-title", "She starred in “The Long Goodbye” last year.", []),
    ("show-title", "He appeared on “Meet the Press With Chuck Todd” on Sunday.", []),
    ("title-set-off-by-commas", "His favorite book, ''This Kind of War,'' is about Korea.", []),
    ("one-word-title-opening-a-sentence", "''Billions,'' a Showtime series, stars Paul Giamatti.", []),
    ("book-title-after-its-noun", "Trump's new book, \"Crippled America: How to Make America Great Again,\" is out.",
     []),
    ("one-word-quote-then-its-attribution", "“Absolutely,” Trump replied.", [("“Absolutely,”", QuoteKind.DIRECT)]),
    ("capitalised-quote-then-a-late-attribution", "“Yes, I support Ted Cruz,” Brent Bozell III, founder of the "
     "Media Research Center, tells Breitbart News.", [("“Yes, I support Ted Cruz,”", QuoteKind.DIRECT)]),
    # --- marks inside markup tags quote no one
    ("tag-attribute", 'Watch the latest video at <a href="http://video.foxnews.com/v/4651">video.foxnews.com</a>. '
     '"It is over," he said.', [('"It is over,"', QuoteKind.DIRECT)]),
    ("tweet-tag-attributes", '<tweet tweet-author="@tedcruz" tweet-date="January 19, 2016 at 10:30 in the '
     'evening">I love her support, and I will always be a fan.</tweet>', []),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_quote_marks(text: str, expected: list[tuple[str, QuoteKind]]) -> None:
    """Quote spans and kinds as a reader would mark them; every span slices the input."""
    quotes = [q for q in extract_quotes(text) if q.kind is not QuoteKind.INDIRECT]
    assert [(q.span.text, q.kind) for q in quotes] == expected
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.span.text


NOT_ONE_QUOTE = [
    # the second part has an attribution of its own, late in the bridge
    ("“Promise mama you'll keep your hands in sight,” Blige sings to Clinton before asking her, “I just want to "
     "know, where do we go from here?”", "Promise mama", "I just want"),
    # the first part has its own lead-in, so another speaker
    ("When someone in the audience shouted, “Cruz, Cruz, Cruz,” Beck joked, again using a Southern accent, "
     "“Amen, brother! Come on up and get baptized!”", "Cruz, Cruz", "Amen, brother"),
]


@pytest.mark.parametrize(("text", "first", "second"), NOT_ONE_QUOTE)
def test_parts_with_their_own_attribution_stay_apart(text: str, first: str, second: str) -> None:
    """Two quoted parts of one sentence around a comma-set attribution are one quote only where that attribution
    is the only one: no quote holds both parts here."""
    spans = [q.span.text for q in extract_quotes(text)]
    assert any(first in s for s in spans) and any(second in s for s in spans)
    assert not any(first in s and second in s for s in spans)


def test_quote_after_writers_words_does_not_continue_the_quotation_before() -> None:
    """A cued quotation goes on into the next paragraph when that opens with a quote, not where the writer's words
    come first ("The result was clear: “...”"): no content swallows them."""
    text = ("Title\n\n“We cannot trust them with a nuclear program,” Bolton said.\n\nThe result was clear: “Voters "
            "want a change in Washington now.”\n\n“And they will get it,” he added.\n\n“We will see what happens "
            "next in this race.”")
    quotes = extract_quotes(text)
    assert [q.span.text for q in quotes] == [
        "“We cannot trust them with a nuclear program,”", "“Voters want a change in Washington now.”",
        "“And they will get it,” he added.\n\n“We will see what happens next in this race.”",
    ]


def test_multi_paragraph_quote() -> None:
    """A paragraph that opens a quote and does not close it continues into the next one that opens again."""
    text = (
        "Budget deal reached\n\n"
        "“We have reached a deal that protects families,” the governor said. “It took months of work.\n\n"
        "“Nobody got everything they wanted, but everybody got something.”\n\n"
        "The legislature votes next week."
    )
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].span.text.endswith("everybody got something.”")
    assert "It took months of work." in quotes[0].span.text
    assert quotes[0].speaker is not None and quotes[0].speaker.mention.text == "the governor"


def test_stray_mark_does_not_swallow_article() -> None:
    """An opening mark never closed is recovered within its paragraph; later quotes still come out."""
    text = (
        "He said \"the plan was\n\n"
        "The budget passed on Tuesday after a long debate in the chamber.\n\n"
        "\"It is a good day for the state,\" the governor said."
    )
    quotes = extract_quotes(text)
    assert [q.span.text for q in quotes if q.kind is QuoteKind.DIRECT] == ['"It is a good day for the state,"']
    assert all("budget passed" not in q.span.text for q in quotes)


def test_unclosed_quote_recovered_to_paragraph_end() -> None:
    """A quote whose closing mark is missing runs to the end of its paragraph, no further."""
    text = "Polls open\n\n“We will fight for every vote in every county of this state\n\nThe polls close at 8 p.m."
    quotes = extract_quotes(text)
    assert quotes and quotes[0].span.text == "“We will fight for every vote in every county of this state"


@pytest.mark.parametrize("text", ['"', '""""""', "“”“”", '"a" "b" "c', "'''", "‘’‘", "«»«", '" " " "'])
def test_degenerate_marks(text: str) -> None:
    """Runs of bare marks give an article, never an exception, and spans still slice the input."""
    article = parse_article(text)
    for span in article.spans():
        assert text[span.start : span.end] == span.text


def test_closing_run_of_three_apostrophes() -> None:
    """NYT style: ''... 'What did he mean by that?''' closes the inner quotation with the first apostrophe and
    the outer one with the last two, so the attribution after it is the quotation's."""
    text = ("Biden spoke.\n\n''She'd look at me and say, 'What did he mean by that?''' Mr. Biden said, clutching "
            "the lectern.")
    quote = extract_quotes(text)[0]
    assert quote.span.text == "''She'd look at me and say, 'What did he mean by that?'''"
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.mention.text == "Mr. Biden"


@pytest.mark.parametrize(
    "text",
    [
        "'I told him, \"Don't do it,\"' she recalled. 'He didn't listen.'",
        "‘I told him, “Don’t do it,”’ she recalled. ‘He didn’t listen.’",
        "'I told him, \"Stop,\" but he went on,' she recalled.",
    ],
)
def test_single_quotation_around_a_double_one(text: str) -> None:
    """British style with straight marks as with curly ones: a single-quoted quotation holding a double-quoted one
    is one quote, attributed by the words after its closing marks (",\\"' she recalled")."""
    quotes = extract_quotes(text)
    assert [(q.kind, q.cue and q.cue.text, q.speaker and q.speaker.mention.text) for q in quotes] == [
        (QuoteKind.DIRECT, "recalled", "she")
    ]
    assert quotes[0].span.text.startswith(text[0] + "I told him")
