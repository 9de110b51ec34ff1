"""Golden table: reporting cues in every position, and the content and speaker they frame."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsclaims import Quote, QuoteKind, SpeakerKind, extract_quotes, parse_article
from newsclaims.cues import sentence_subject
from newsclaims.cues.clauses import _used_as_noun
from newsclaims.cues.speaker_phrases import looks_like_speaker


def _triples(quotes: Sequence[Quote]) -> list[tuple[str, str | None, str | None]]:
    """Each quote's content, cue and speaker mention, as the tables below write them."""
    return [(q.span.text, q.cue and q.cue.text, q.speaker and q.speaker.mention.text) for q in quotes]


# (id, text, content, kind, cue, speaker mention)
ROWS = [
    ("from-a-document-lead-in", "From the report: “In general, samples with more elaborate weighting produced more "
     "accurate results.”", "“In general, samples with more elaborate weighting produced more accurate results.”",
     QuoteKind.DIRECT, "From", "the report"),
    ("speech-noun-from-before-colon", "The response from the governor's office: \"No comment at this time.\"",
     "\"No comment at this time.\"", QuoteKind.DIRECT, "response", "the governor's office"),
    ("possessive-speech-noun-before-question-mark", "The mayor's response? “We will fight this in court.”",
     "“We will fight this in court.”", QuoteKind.DIRECT, "response", "The mayor"),
    ("was-the-answer-from", "\"Absolutely not, we will never do that,\" was the answer from the governor's office.",
     "\"Absolutely not, we will never do that,\"", QuoteKind.DIRECT, "answer", "the governor's office"),
    ("came-the-reply-from", "“No, we will not resign,” came the reply from Downing Street.",
     "“No, we will not resign,”", QuoteKind.DIRECT, "reply", "Downing Street"),
    ("possessive-lead-in-with-an-audience", "Maria Lopez spoke last. Her message to voters was simple: “Show up and "
     "vote on Tuesday, no matter what.”", "“Show up and vote on Tuesday, no matter what.”", QuoteKind.DIRECT,
     "message", "Her"),
    ("told-a-name-with-an-exclamation-mark-in-a-story", "The Democrat told Yahoo! News in a story that posted this "
     "week that he believes the government is continuing to train terrorists.",
     "he believes the government is continuing to train terrorists", QuoteKind.INDIRECT, "told", "The Democrat"),
    ("shot-back-in-an-article-stating", "Forbes shot back in an article stating that New York was the billionaire "
     "capital.", "New York was the billionaire capital", QuoteKind.INDIRECT, "shot back", "Forbes"),
    ("pointed-to-as-a-cue", "Blackwell pointed to Cruz's organizational capabilities.",
     "Cruz's organizational capabilities", QuoteKind.INDIRECT, "pointed to", "Blackwell"),
    ("opening-phrase-and-subordinate-clause-is-no-content", "On Tuesday, even as shares of Valeant were tumbling, "
     "Mr. Ackman wrote to investors, telling them Valeant was worth multiples of the current market price.",
     "Valeant was worth multiples of the current market price", QuoteKind.INDIRECT, "telling", "Mr. Ackman"),
    ("object-relative-which-closing-the-sentence", "Sales fell 20 percent in the quarter, which the company disclosed "
     "on Monday.", "Sales fell 20 percent in the quarter", QuoteKind.INDIRECT, "disclosed", "the company"),
    ("role-and-name-after-a-relative-that", "When the city beat out Dallas in the same week that basketball legend "
     "LeBron James announced his return to the Cavaliers, Cleveland felt it had its mojo back.",
     "his return to the Cavaliers", QuoteKind.INDIRECT, "announced", "basketball legend LeBron James"),
    ("subject-after-an-opening-subordinate-clause", "Friday morning, as the Rose Bowl parade rolled through "
     "Pasadena, CNN reported at least six skywriting planes filled the skies.",
     "at least six skywriting planes filled the skies", QuoteKind.INDIRECT, "reported", "CNN"),
    ("gerund-object-after-an-opening-time-clause", "A week after Trump spoke to the gathering, and in the wake of a "
     "shooting, Trump proposed barring all foreign Muslims from entering the United States.",
     "barring all foreign Muslims from entering the United States", QuoteKind.INDIRECT, "proposed", "Trump"),
    ("told-a-crowd-of-a-number", "Harris told a crowd of more than 10,000 in Atlanta on Tuesday that the election "
     "would come down to turnout.", "the election would come down to turnout", QuoteKind.INDIRECT, "told", "Harris"),
    ("heres-what-someone-said", "Here's what the governor said: “We are not going to raise taxes this year.”",
     "“We are not going to raise taxes this year.”", QuoteKind.DIRECT, "said", "the governor"),
    ("to-quote-someone", "To quote the late senator John McCain, “Nothing is inevitable here.”",
     "“Nothing is inevitable here.”", QuoteKind.DIRECT, "quote", "the late senator John McCain"),
    ("short-whole-quotation-after-in-words", "In Smith's words, “It is over.”", "“It is over.”", QuoteKind.DIRECT,
     "words", "Smith"),
    ("according-to-then-the-writers-subordinate-clause", "Negotiations have stalled, according to sources familiar "
     "with the talks, as Israeli strikes killed at least 45 people.", "Negotiations have stalled", QuoteKind.INDIRECT,
     "according to", "sources familiar with the talks"),
    ("source-ending-in-a-hyphenated-initialism", "Union members favored Mr. Obama by 20 points, according to polling "
     "by the A.F.L.-C.I.O., even as others did not.", "Union members favored Mr. Obama by 20 points",
     QuoteKind.INDIRECT, "according to", "polling by the A.F.L.-C.I.O."),
    ("passive-agent-then-a-relative-that-reports", "The record was confirmed by a Spotify spokesperson, who said the "
     "album had surpassed 300 million streams.", "the album had surpassed 300 million streams", QuoteKind.INDIRECT,
     "said", "who"),
    ("quotation-credited-by-how-someone-put-it", "“This is a great day for the city.” That was how Mayor Jane Doe put "
     "it on Monday.", "“This is a great day for the city.”", QuoteKind.DIRECT, "put", "Mayor Jane Doe"),
    ("quoted-as-saying-after-an-aside", "Smith, who is running for governor, quoted the president as saying the state "
     "was in good hands.", "the state was in good hands", QuoteKind.INDIRECT, "quoted", "the president"),
    ("parenthetical-before-a-modal-and-move", "Longer term, they said, the fight will move to the courts.",
     "Longer term, they said, the fight will move to the courts", QuoteKind.INDIRECT, "said", "they"),
    ("statement-carried-by-an-unnamed-agency", "The ministry said in a statement carried by the state news agency "
     "that 12 people had died.", "12 people had died", QuoteKind.INDIRECT, "said", "The ministry"),
    ("statement-carried-by-an-agency", "The ministry said in a statement carried by the state news agency SPA that the "
     "attack had been repelled.", "the attack had been repelled", QuoteKind.INDIRECT, "said", "The ministry"),
    ("told-whom-then-a-possessive-subject", "The daughter of one victim told the court her mother had been full of "
     "life.", "her mother had been full of life", QuoteKind.INDIRECT, "told", "The daughter of one victim"),
    ("told-a-name-with-an-age", "Judge Maria Sanchez told Heather Pressdee, 41, that her crimes were unforgivable.",
     "her crimes were unforgivable", QuoteKind.INDIRECT, "told", "Judge Maria Sanchez"),
    ("according-to-source-with-relative-aside", "According to a senior official, who asked not to be named, the talks "
     "collapsed on Monday.", "the talks collapsed on Monday", QuoteKind.INDIRECT, "According to",
     "a senior official, who asked not to be named"),
    ("short-participle-postmodifier", "Voters going to the polls said they backed the ban.", "they backed the ban",
     QuoteKind.INDIRECT, "said", "Voters going to the polls"),
    ("clause-before-the-subject-is-no-name", 'As Trump attacked Clinton, the attendees chanted "Lock her up!" '
     "again and again.", '"Lock her up!" again and again', QuoteKind.MIXED, "chanted", "the attendees"),
    ("participle-dismissing-ends-the-content", "OPEC's secretary general, Haitham Al Ghais, said demand would keep "
     "growing, dismissing forecasts of a peak.", "demand would keep growing", QuoteKind.INDIRECT, "said",
     "OPEC's secretary general, Haitham Al Ghais,"),
    ("double-hyphen-aside-after-a-common-noun", "The cartel -- which pumps about 40% of the world's oil -- said it "
     "would meet again in June.", "it would meet again in June", QuoteKind.INDIRECT, "said",
     "The cartel -- which pumps about 40% of the world's oil --"),
    ("timed-subordinate-clause-after-a-colon", "Cairo made this clear: just months after Barack Obama and Hillary "
     "Clinton declared a new beginning, rebels removed Hosni Mubarak from office.", "a new beginning",
     QuoteKind.INDIRECT, "declared", "Barack Obama and Hillary Clinton"),
    ("subordinate-clause-then-bare-plural-subject", "Months after Obama declared a new beginning, rebels removed "
     "Mubarak from office.", "a new beginning", QuoteKind.INDIRECT, "declared", "Obama"),
    ("for-a-name-the-answer-is", 'Town\n\nFor Jane Doe, the answer is simple: "We rebuild."', '"We rebuild."',
     QuoteKind.DIRECT, "answer", "Jane Doe"),
    ("report-in-a-relative-clause-before-the-predicate", "The bill, which critics say could cost billions, passed "
     "the House on Friday.", "could cost billions", QuoteKind.INDIRECT, "say", "critics"),
    ("report-in-an-appositive-zero-relative", "The bill, a measure critics say could cost billions, passed the House "
     "on Friday.", "could cost billions", QuoteKind.INDIRECT, "say", "critics"),
    ("name-label-then-quotation", 'Talks\n\nUnion chief Dan Ruiz: "We are ready."', '"We are ready."', QuoteKind.DIRECT,
     ":", "Union chief Dan Ruiz"),
    ("bulleted-name-labels", 'Talks\n\n• Ruiz: "We are ready."\n• Smith: "We are not."', '"We are ready."',
     QuoteKind.DIRECT, ":", "Ruiz"),
    ("definite-possessor-response", "Budget\n\nThe mayor's response was blunt: \"Not on my watch.\"",
     '"Not on my watch."', QuoteKind.DIRECT, "response", "The mayor"),
    ("document-shows-a-passive-clause", "Emails obtained by The Associated Press show officials were warned in March.",
     "officials were warned in March", QuoteKind.INDIRECT, "show", "Emails obtained by The Associated Press"),
    ("irregular-participle-aside", "The filing, made public on Friday, argues that the merger would raise prices.",
     "the merger would raise prices", QuoteKind.INDIRECT, "argues", "The filing"),
    ("second-of-two-coordinated-verbs", "Mr. Trump has criticized the plan and called for eliminating the tax break.",
     "eliminating the tax break", QuoteKind.INDIRECT, "called for", "Mr. Trump"),
    ("confirmed-a-clause-with-an-irregular-past", "A source in the prime minister's office confirmed the meeting took "
     "place.", "the meeting took place", QuoteKind.INDIRECT, "confirmed", "A source in the prime minister's office"),
    ("quotation-credited-by-the-next-sentence", '"We have to act now." That was the message from Gov. Gavin Newsom on '
     "Tuesday.", '"We have to act now."', QuoteKind.DIRECT, "message", "Gov. Gavin Newsom"),
    ("quotation-credited-as-words-of", '"It works." Those were the words of the Food and Drug Administration.',
     '"It works."', QuoteKind.DIRECT, "words", "the Food and Drug Administration"),
    ("said-then-a-phrase-opening-the-clause", "Pence said in politics it takes time to develop those relationships.",
     "in politics it takes time to develop those relationships", QuoteKind.INDIRECT, "said", "Pence"),
    ("said-at-the-time", "Pence said at the time the party was weak.", "the party was weak", QuoteKind.INDIRECT,
     "said", "Pence"),
    ("said-in-a-year", "Trump said in 2016 he would not accept the endorsement.", "he would not accept the endorsement",
     QuoteKind.INDIRECT, "said", "Trump"),
    ("time-after-the-attribution-of-a-quotation", '"I am convinced that you cannot win," Bloomberg told New York '
     "magazine on Monday, a few months before his third term ended.", '"I am convinced that you cannot win,"',
     QuoteKind.DIRECT, "told", "Bloomberg"),
    ("trailing-attribution-with-an-acronym", "Striking doctors have vowed to continue their action until the "
     "government meets their demands, the Kenya Medical Union (KMPDU) said on Monday.",
     "Striking doctors have vowed to continue their action until the government meets their demands",
     QuoteKind.INDIRECT, "said", "the Kenya Medical Union (KMPDU)"),
    ("averred", '"This bill gives sweeping powers to the state," Tharoor averred.',
     '"This bill gives sweeping powers to the state,"', QuoteKind.DIRECT, "averred", "Tharoor"),
    ("acronym-then-in-a-statement", 'The Internet Freedom Foundation (IFF) in a statement termed the move "a step '
     'backwards for privacy".', 'the move "a step backwards for privacy"', QuoteKind.MIXED, "termed",
     "The Internet Freedom Foundation (IFF)"),
    ("speaker-not-involved-in-the-study", "Nutrition experts not involved in the research said the results were "
     "consistent with earlier work.", "the results were consistent with earlier work", QuoteKind.INDIRECT, "said",
     "Nutrition experts not involved in the research"),
    ("was-all-he-would-say", '"It\'s over," was all he would say.', '"It\'s over,"', QuoteKind.DIRECT, "say", "he"),
    ("was-all-the-spokesman-said", '"No comment," was all the spokesman said.', '"No comment,"', QuoteKind.DIRECT,
     "said", "the spokesman"),
    ("told-object-with-relative-clause-then-that", "Tampa Mayor Jane Castor warned residents who stayed behind that "
     "they were on their own once winds reached 40 mph.", "they were on their own once winds reached 40 mph",
     QuoteKind.INDIRECT, "warned", "Tampa Mayor Jane Castor"),
    ("capitalised-plural-to-a-noun-phrase-speaks", "Aides to the governor said he would sign the bill on Friday.",
     "he would sign the bill on Friday", QuoteKind.INDIRECT, "said", "Aides to the governor"),
    ("according-to-then-contrast-clause", "Lindqvist faces up to 10 years in prison, according to state sentencing "
     "guidelines, though legal experts said he would likely receive about four years.",
     "Lindqvist faces up to 10 years in prison", QuoteKind.INDIRECT, "according to", "state sentencing guidelines"),
    ("while-clause-with-its-own-report-ends-content", "Ukraine's air force said Sunday it shot down 40 of 58 drones, "
     "while officials in the Kharkiv region reported that two people were killed.",
     "it shot down 40 of 58 drones", QuoteKind.INDIRECT, "said", "Ukraine's air force"),
    ("a-claim-that-after-content-is-the-writers", "Russia's Defense Ministry claimed its forces had captured the "
     "village, a claim that could not be independently verified.", "its forces had captured the village",
     QuoteKind.INDIRECT, "claimed", "Russia's Defense Ministry"),
    ("policymakers-after-an-opening-phrase", "In their quarterly projections, Fed policymakers forecast that inflation "
     "would fall to 2.4% by the end of the year.", "inflation would fall to 2.4% by the end of the year",
     QuoteKind.INDIRECT, "forecast", "Fed policymakers"),
    ("connective-aside-after-cue-is-no-content", "He cautioned, however, that the Fed needed \"greater confidence\" "
     "before it would begin cutting.", 'the Fed needed "greater confidence" before it would begin cutting',
     QuoteKind.INDIRECT, "cautioned", "He"),
    ("a-sign-that-after-content-is-the-writers", "The Federal Reserve signaled that it expects to cut rates three "
     "times this year, a sign that officials are increasingly confident inflation is cooling.",
     "it expects to cut rates three times this year", QuoteKind.INDIRECT, "signaled", "The Federal Reserve"),
    ("plural-speaker-after-a-noun-is-a-zero-relative-subject", "Nvidia shares fell 6% after Beijing told domestic "
     "technology firms to stop buying its chips, a move analysts said could cost the chipmaker billions.",
     "could cost the chipmaker billions", QuoteKind.INDIRECT, "said", "analysts"),
    ("timed-subordinate-clause-ends-at-main-clause", "Two decades after Bill Clinton claimed that the era of big "
     "government was over, Obama won his party's nomination.", "the era of big government was over",
     QuoteKind.INDIRECT, "claimed", "Bill Clinton"),
    ("plural-noun-after-under-is-no-cue", "A senior Israeli military officer, who could not be named under army "
     "briefing rules, said the operation would last days.", "the operation would last days", QuoteKind.INDIRECT,
     "said", "A senior Israeli military officer, who could not be named under army briefing rules,"),
    ("exclamation-then-possessive-role-speaks", '"This is a big year for our senator!" Scott\'s niece shouted to the '
     "crowd.", '"This is a big year for our senator!"', QuoteKind.DIRECT, "shouted", "Scott's niece"),
    ("exclamation-then-role-and-named-appositive", '"This is a big year!" Scott\'s niece, state Del. Marcia Price '
     "(D-Newport News), shouted to the crowd.", '"This is a big year!"', QuoteKind.DIRECT, "shouted",
     "Scott's niece, state Del. Marcia Price (D-Newport News),"),
    ("demonstrative-and-year-make-a-noun", "One of the authors of that 2013 report, Ari Fleischer, said Trump's "
     "nomination will test their conclusions.", "Trump's nomination will test their conclusions", QuoteKind.INDIRECT,
     "said", "One of the authors of that 2013 report, Ari Fleischer,"),
    ("a-quantity-before-say-speaks", "Nearly a third say they do not know, and one in five say it is no improvement.",
     "they do not know", QuoteKind.INDIRECT, "say", "Nearly a third"),
    ("time-after-an-aside-is-no-part-of-the-speaker", "Trump, who has been feuding with Republican leaders this "
     "week, on Friday said the party should unite.", "the party should unite", QuoteKind.INDIRECT, "said",
     "Trump, who has been feuding with Republican leaders this week,"),
    ("occasion-after-an-aside-is-no-part-of-the-speaker", "John Ward Anderson, a Podesta employee who attended the "
     "meeting, in a statement provided by his firm said he did not recall it.", "he did not recall it",
     QuoteKind.INDIRECT, "said", "John Ward Anderson, a Podesta employee who attended the meeting,"),
    ("connective-before-subject-with-like-aside", "Yet Democratic economists, like their Republican counterparts, "
     "say taxing consumption encourages savings.", "taxing consumption encourages savings", QuoteKind.INDIRECT, "say",
     "Democratic economists"),
    ("inverted-aside-then-predicate", "The contrast with Trump, said Doyle and others, would be clear since Trump has "
     "no former presidents by his side.", "The contrast with Trump, said Doyle and others, would be clear since Trump "
     "has no former presidents by his side", QuoteKind.INDIRECT, "said", "Doyle and others"),
    ("participle-in-subject-after-quotation", 'The judge was unconvinced. "The claim is speculative," the order '
     "released Friday said.", '"The claim is speculative,"', QuoteKind.DIRECT, "said", "the order released Friday"),
    ("participle-and-agent-in-subject-after-quotation", 'The judge was unconvinced. "The claim is speculative," the '
     "report released by the committee on Friday concluded.", '"The claim is speculative,"', QuoteKind.DIRECT,
     "concluded", "the report released by the committee on Friday"),
    ("inverted-plural-aside-then-predicate", "The move, say analysts, could backfire on the government.",
     "The move, say analysts, could backfire on the government", QuoteKind.INDIRECT, "say", "analysts"),
    ("inverted-aside-with-appositive-then-copula", "The biggest risk, said Paul Bauman, a Canadian geophysicist, is "
     "the noise.", "The biggest risk, said Paul Bauman, a Canadian geophysicist, is the noise", QuoteKind.INDIRECT,
     "said", "Paul Bauman, a Canadian geophysicist"),
    ("amount-noun-is-no-speaker", "Part of the problem in detecting tunnels, say experts like Paul Bauman, is the "
     "ground itself.", "Part of the problem in detecting tunnels, say experts like Paul Bauman, is the ground itself",
     QuoteKind.INDIRECT, "say", "experts like Paul Bauman"),
    ("relative-after-inverted-speaker-keeps-its-own-predicate", "''We need a positive tone,'' said Alfonso Aguilar, "
     "the executive director of the group, who also said that the two men, and Mr. Cruz in particular, must do more.",
     "''We need a positive tone,''", QuoteKind.DIRECT, "said",
     "Alfonso Aguilar, the executive director of the group"),
    ("parenthetical-then-infinitive", "It is his job, he said, to talk to Congress about the threat.",
     "It is his job, he said, to talk to Congress about the threat", QuoteKind.INDIRECT, "said", "he"),
    ("gerund-subject-is-content-before-inverted-cue", "Defending that terrain is squarely within the Biden "
     "wheelhouse, said a handful of Democrats.", "Defending that terrain is squarely within the Biden wheelhouse",
     QuoteKind.INDIRECT, "said", "a handful of Democrats"),
    ("specialists-after-but", "The move is highly unusual, but security specialists say it is a realistic "
     "extension of Moscow's efforts.", "it is a realistic extension of Moscow's efforts", QuoteKind.INDIRECT, "say",
     "security specialists"),
    ("participle-after-an-as-clause", "It was a potent punch, as Mrs. Clinton took up the attack, saying the plan "
     "would fail.", "the plan would fail", QuoteKind.INDIRECT, "saying", "Mrs. Clinton"),
    ("even-opens-no-subject", "Even before Sanders took the stage Tuesday night, his campaign sent out a text message "
     "to supporters saying the race was won.", "the race was won", QuoteKind.INDIRECT, "saying", "his campaign"),
    ("colon-introduced-quotation-before-its-attribution", "Mosman saw Santilli's words differently: \"When he says "
     "he will die a free man, I don't take that as a man who is joking about it,\" said his attorney, Thomas Coan.",
     "\"When he says he will die a free man, I don't take that as a man who is joking about it,\"", QuoteKind.DIRECT,
     "said", "his attorney, Thomas Coan"),
    ("content-ends-after-the-closing-mark-of-a-scare-quote", 'The decision was "deeply disappointing," the union said '
     "in a statement.", 'The decision was "deeply disappointing,"', QuoteKind.INDIRECT, "said", "the union"),
    ("inverted-warned-ends-the-sentence", "The company's shares could fall a further 20%, warned Jefferies analyst "
     "Philippe Houchois.", "The company's shares could fall a further 20%", QuoteKind.INDIRECT, "warned",
     "Jefferies analyst Philippe Houchois"),
    ("later-colon-after-an-abbreviated-title", "Another user, Roland Z, wrote of Ms. Merkel: ''Your boss is still "
     "bringing these Islamists to Germany in hordes.''", "''Your boss is still bringing these Islamists to Germany in "
     "hordes.''", QuoteKind.DIRECT, "wrote", "Another user, Roland Z,"),
    ("document-with-participle-and-agent-appositive", "The amendment, tabled by Meg Hillier, the chair of the Treasury "
     "select committee, says the changes would push 250,000 people into poverty.",
     "the changes would push 250,000 people into poverty", QuoteKind.INDIRECT, "says",
     "The amendment, tabled by Meg Hillier, the chair of the Treasury select committee,"),
    ("inverted-cue-after-a-clause-with-get", 'Couple global exposure with a "candidate who is a lightning rod" and '
     "Clevelanders get nervous, said Christine Link, executive director of the ACLU in Ohio.",
     'Couple global exposure with a "candidate who is a lightning rod" and Clevelanders get nervous',
     QuoteKind.MIXED, "said", "Christine Link, executive director of the ACLU in Ohio"),
    ("relative-aside-ends-before-irregular-past", "Mr. Sanders, who said he would stay in the race, spoke in Ohio on "
     "Monday.", "he would stay in the race", QuoteKind.INDIRECT, "said", "who"),
    ("parenthetical-then-focus-adverb", "Things have changed over the years, she says, especially in the social media "
     "era.", "Things have changed over the years, she says, especially in the social media era", QuoteKind.INDIRECT,
     "says", "she"),
    ("adverb-then-participle-trails", "“This ad is horrific in my mind and reminds me of Pete Wilson,” Henry said, "
     "likely referring to the first TV ad.", "“This ad is horrific in my mind and reminds me of Pete Wilson,”",
     QuoteKind.DIRECT, "said", "Henry"),
    ("inside-source-in-parenthetical", "The plan, an inside source said, is to have volunteers pass out reprints of "
     "the editorial.", "The plan, an inside source said, is to have volunteers pass out reprints of the editorial",
     QuoteKind.INDIRECT, "said", "an inside source"),
    ("told-a-named-panel-after-content", "This includes a special force to assist Kurdish Peshmerga, Defense Secretary "
     "Ash Carter told a Senate panel Wednesday.", "This includes a special force to assist Kurdish Peshmerga",
     QuoteKind.INDIRECT, "told", "Defense Secretary Ash Carter"),
    ("told-a-named-hearing-then-that", "CIA Director John Brennan told a Senate hearing on Thursday that the agency "
     "had found no link.", "the agency had found no link", QuoteKind.INDIRECT, "told", "CIA Director John Brennan"),
    ("time-adverb-before-cue", "Acme Robotics, a leader in warehouse automation, today announced it has raised "
     "$50 million.", "it has raised $50 million", QuoteKind.INDIRECT, "announced",
     "Acme Robotics, a leader in warehouse automation,"),
    ("according-to-source-with-appositive", "According to Koichi Nakano, a political scientist at Sophia University, "
     "the new leader has more enemies inside his party than outside it.",
     "the new leader has more enemies inside his party than outside it", QuoteKind.INDIRECT, "According to",
     "Koichi Nakano, a political scientist at Sophia University"),
    ("according-to-source-then-clause-with-article", "According to Fox News, the State Department reported finding "
     "328 more emails, which brings the total to 1,000.", "the State Department reported finding 328 more emails, "
     "which brings the total to 1,000", QuoteKind.INDIRECT, "According to", "Fox News"),
    ("name-ending-in-ing-is-no-participle", "Boeing weighs a sale of its space unit, sources said. Shares of Boeing "
     "rose.", "Boeing weighs a sale of its space unit", QuoteKind.INDIRECT, "said", "sources"),
    ("percent-sign-shares-contrasted", "In a poll, 58% of Americans said they expected prices to rise, while 21% said "
     "the tariffs would help.", "they expected prices to rise", QuoteKind.INDIRECT, "said", "58% of Americans"),
    ("with-absolute-group-speaks", "Democrats were divided, with progressives warning that it would gut asylum "
     "protections.", "it would gut asylum protections", QuoteKind.INDIRECT, "warning", "progressives"),
    ("clause-before-colon-is-no-label", "Critics had not read it. The statement from the White House read: \"The "
     "President supports this agreement.\"", '"The President supports this agreement."', QuoteKind.DIRECT, "read",
     "The statement from the White House"),
    ("people-familiar-elided", "Apple is weighing a bid for the startup, people familiar said.",
     "Apple is weighing a bid for the startup", QuoteKind.INDIRECT, "said", "people familiar"),
    ("possessive-chain-subject-of-participle", "Israel's prime minister's office rejected that claim, saying the "
     "group was stalling.", "the group was stalling", QuoteKind.INDIRECT, "saying", "Israel's prime minister's office"),
    ("with-absolute-before-final-attribution", "Negotiations on a ceasefire stalled on Tuesday, with both sides "
     "accusing each other of blocking progress, diplomats said.", "Negotiations on a ceasefire stalled on Tuesday, "
     "with both sides accusing each other of blocking progress", QuoteKind.INDIRECT, "said", "diplomats"),
    ("with-absolute-alone-reports", "Cruz used aggressive language, with Cruz recently promising to carpet bomb "
     "them.", "to carpet bomb them", QuoteKind.INDIRECT, "recently promising", "Cruz"),
    ("coordinated-relative-in-subject", "A witness who lives near the intersection, and who asked not to be named, "
     "said she heard a crash.", "she heard a crash", QuoteKind.INDIRECT, "said",
     "A witness who lives near the intersection, and who asked not to be named,"),
    ("name-withheld-is-no-report", "A witness who lives nearby, and who asked that only her first name, Linda, be "
     "used, said she heard a crash.", "she heard a crash", QuoteKind.INDIRECT, "said",
     "A witness who lives nearby, and who asked that only her first name, Linda, be used,"),
    ("common-noun-possessive-makes-a-noun", "An official, who spoke in line with the agency's rules, said the drones "
     "hit a depot.", "the drones hit a depot", QuoteKind.INDIRECT, "said",
     "An official, who spoke in line with the agency's rules,"),
    # --- cue after the content
    ("content-first", "The plan will fail, officials said.", "The plan will fail", QuoteKind.INDIRECT, "said",
     "officials"),
    ("inverted", '"Tough days await us," predicted Hisham al-Hashimi, an Iraqi security analyst.',
     '"Tough days await us,"', QuoteKind.DIRECT, "predicted", "Hisham al-Hashimi, an Iraqi security analyst"),
    ("time-after-cue", "Prices will rise, the minister said Tuesday.", "Prices will rise", QuoteKind.INDIRECT,
     "said", "the minister"),
    ("adverb-after-cue", '"We are so sorry you are leaving," Clinton said sarcastically.',
     '"We are so sorry you are leaving,"', QuoteKind.DIRECT, "said", "Clinton"),
    ("reported-report-in-statement", "He said the plan had failed, the company said in a statement on Monday.",
     "He said the plan had failed", QuoteKind.INDIRECT, "said", "the company"),
    ("according-to-source-with-thousands", "People who walk are less likely to be depressed, according to a review "
     "of studies involving more than 96,000 adults.", "People who walk are less likely to be depressed",
     QuoteKind.INDIRECT, "according to", "a review of studies involving more than 96,000 adults"),
    ("leading-according-to-source-with-thousands", "According to a survey of 1,200 voters, most want change.",
     "most want change", QuoteKind.INDIRECT, "According to", "a survey of 1,200 voters"),
    ("speaker-among-those-who-say", "Naureen Jahangir, a Sanders supporter from Hemet, California, is among those "
     "who say they have no intention of backing Clinton.", "they have no intention of backing Clinton",
     QuoteKind.INDIRECT, "say", "Naureen Jahangir, a Sanders supporter from Hemet, California,"),
    ("inverted-speaker-then-note-to-clients", '"The bank has been too cautious," wrote Paul Adams, chief economist '
     'at Northgate Capital, in a note to clients.', '"The bank has been too cautious,"', QuoteKind.DIRECT, "wrote",
     "Paul Adams, chief economist at Northgate Capital,"),
    ("vote-tally-before-that", "The Supreme Court ruled 6-3 on Thursday that Texas cannot force platforms to carry "
     "posts.", "Texas cannot force platforms to carry posts", QuoteKind.INDIRECT, "ruled", "The Supreme Court"),
    ("number-range-is-content", "Readers have asked whether 90 to 95 percent of the e-mails were in the system.",
     "whether 90 to 95 percent of the e-mails were in the system", QuoteKind.INDIRECT, "have asked", "Readers"),
    ("time-ago-after-trailing-cue", "The firm received payments from corporations, foreign sources, and other "
     "groups, the Washington Post reported ten days ago.", "The firm received payments from corporations, foreign "
     "sources, and other groups", QuoteKind.INDIRECT, "reported", "the Washington Post"),
    ("time-later-between-cue-and-that", "He said two days later that the deal was over.", "the deal was over",
     QuoteKind.INDIRECT, "said", "He"),
    ("occasion-after-content-is-no-content", 'Dan Ives of Wedbush Securities said the delay was "a speed bump, not '
     'a roadblock," in a note on Friday.', 'the delay was "a speed bump, not a roadblock,"', QuoteKind.MIXED, "said",
     "Dan Ives of Wedbush Securities"),
    ("new-speaker-after-and-ends-content", 'House Speaker Mike Johnson said the bill was "dead on arrival" in the '
     "House, and former President Donald Trump urged Republicans to reject it.",
     'the bill was "dead on arrival" in the House', QuoteKind.INDIRECT, "said", "House Speaker Mike Johnson"),
    ("inverted-speaker-then-interview-and-time", '"Data centers are the picks and shovels of the AI gold rush," said '
     "Jon Gray, Blackstone's president, in an interview last month.",
     '"Data centers are the picks and shovels of the AI gold rush,"', QuoteKind.DIRECT, "said",
     "Jon Gray, Blackstone's president,"),
    ("told-a-network-show", "Sen. JD Vance, R-Ohio, told NBC's “Meet the Press” that the country had no clear "
     "strategy.", "the country had no clear strategy", QuoteKind.INDIRECT, "told", "Sen. JD Vance, R-Ohio,"),
    ("though-pronoun-declined-ends-content", 'Steve Scalise said a vote could come "as soon as next month," though '
     "he declined to commit to a date.", 'a vote could come "as soon as next month,"', QuoteKind.MIXED, "said",
     "Steve Scalise"),
    ("single-quoted-then-tells-object", "‘We are not going anywhere,’ Zelensky tells allies.",
     "‘We are not going anywhere,’", QuoteKind.DIRECT, "tells", "Zelensky"),
    ("statement-after-object-is-no-content", "The company denied the allegations in a statement on Monday.",
     "the allegations", QuoteKind.INDIRECT, "denied", "The company"),
    ("possessive-speech-noun-before-colon", "Clinton’s response was: “Is Dalton Brody off Conn or Wisconsin?”",
     "“Is Dalton Brody off Conn or Wisconsin?”", QuoteKind.DIRECT, "response", "Clinton"),
    ("possessive-pronoun-message", "John Bolton was blunt on Monday. His message: “We cannot trust the Iranians "
     "with a nuclear program.”", "“We cannot trust the Iranians with a nuclear program.”", QuoteKind.DIRECT,
     "message", "His"),
    ("said-through-a-spokesman", "Smith said through a spokesman that she had no comment on the investigation.",
     "she had no comment on the investigation", QuoteKind.INDIRECT, "said", "Smith"),
    ("subject-through-publicist-aside", "The singer, through her publicist, denied the reports.", "the reports",
     QuoteKind.INDIRECT, "denied", "The singer"),
    ("about-a-number-is-content", "Town Manager Kevin Phillips said about 600 homes were destroyed.",
     "about 600 homes were destroyed", QuoteKind.INDIRECT, "said", "Town Manager Kevin Phillips"),
    ("event-appositive-after-attribution", "North Korea fired a ballistic missile on Thursday, Seoul's military "
     "said, the latest in a string of launches this year.", "North Korea fired a ballistic missile on Thursday",
     QuoteKind.INDIRECT, "said", "Seoul's military"),
    ("appositive-then-predicate-is-one-content", "The economy, he said, the biggest in Europe, was slowing.",
     "The economy, he said, the biggest in Europe, was slowing", QuoteKind.INDIRECT, "said", "he"),
    ("told-outlet-and-role-and-name", "Donald Trump tells Fox News anchor Megyn Kelly that people who are bullied "
     "should fight back.", "people who are bullied should fight back", QuoteKind.INDIRECT, "tells", "Donald Trump"),
    ("told-foreign-channel", "Estrosi told French television channel BFM TV that the driver fired on the crowd.",
     "the driver fired on the crowd", QuoteKind.INDIRECT, "told", "Estrosi"),
    ("told-a-magazine", "The actor, 29, told People magazine in March that he had never been happier.",
     "he had never been happier", QuoteKind.INDIRECT, "told", "The actor, 29,"),
    ("afterwards-between-cue-and-that", "Salah said afterwards that he was not thinking about the future.",
     "he was not thinking about the future", QuoteKind.INDIRECT, "said", "Salah"),
    ("dash-signature-then-occasion", "“We will not tolerate this behaviour in our city.” — Police Commissioner Jane "
     "Smith, speaking on Monday", "“We will not tolerate this behaviour in our city.”", QuoteKind.DIRECT, "—",
     "Police Commissioner Jane Smith"),
    ("put-it-to-me", "As one organizer put it to me, “Affordable for whom is this housing?”",
     "“Affordable for whom is this housing?”", QuoteKind.DIRECT, "put it", "one organizer"),
    ("to-meet-is-content", "Mrs. Clinton spoke, promising to meet his goals without new legislation.",
     "to meet his goals without new legislation", QuoteKind.INDIRECT, "promising", "Mrs. Clinton"),
    ("participle-of-two-named-subjects", "German Chancellor Angela Merkel and French President Emmanuel Macron "
     "met in Berlin on Tuesday, warning that the bloc could not afford to be divided.",
     "the bloc could not afford to be divided", QuoteKind.INDIRECT, "warning",
     "German Chancellor Angela Merkel and French President Emmanuel Macron"),
    ("party-chapter-speaks-statement-signed-by", "The Lagos chapter of the Peoples Democratic Party described the "
     "exercise as “insensitive and anti-people” in a statement signed by its spokesman, Mr. Gani Taofeek.",
     "the exercise as “insensitive and anti-people”", QuoteKind.MIXED, "described",
     "The Lagos chapter of the Peoples Democratic Party"),
    ("collective-noun-and-its-members-speak", "A group of bestselling authors has sued an AI company, alleging that "
     "it illegally used their books.", "it illegally used their books", QuoteKind.INDIRECT, "alleging",
     "A group of bestselling authors"),
    ("finding-with-a-noun-that-is-a-cue-form", "The poll found that the economy was the top issue for voters.",
     "the economy was the top issue for voters", QuoteKind.INDIRECT, "found", "The poll"),
    ("victory-appositive-after-attribution", "Abigail Spanberger won the race for governor on Tuesday, The "
     "Associated Press declared, a victory her party hailed as a rebuke of the administration.",
     "Abigail Spanberger won the race for governor on Tuesday", QuoteKind.INDIRECT, "declared",
     "The Associated Press"),
    ("according-to-knowledge-of-plans", "The bank is considering a sale, according to a person with knowledge of "
     "the plans.", "The bank is considering a sale", QuoteKind.INDIRECT, "according to",
     "a person with knowledge of the plans"),
    ("says-before-a-noun-that-is-a-cue-form", "The National Sorghum Producers, an industry group, says demand from "
     "ethanol plants is growing.", "demand from ethanol plants is growing", QuoteKind.INDIRECT, "says",
     "The National Sorghum Producers, an industry group,"),
    ("says-before-a-plural-cue-form", "Smith says claims of fraud are rising.", "claims of fraud are rising",
     QuoteKind.INDIRECT, "says", "Smith"),
    ("subject-after-subordinator-not-the-main-clause", "The prime minister, Anthony Albanese, has defended the plan "
     "after the Greens said they would block it.", "they would block it", QuoteKind.INDIRECT, "said", "the Greens"),
    ("document-found-that", "A report commissioned by the district last year found that enrollment had fallen 18% "
     "since 2015.", "enrollment had fallen 18% since 2015", QuoteKind.INDIRECT, "found",
     "A report commissioned by the district last year"),
    ("document-showed-that", "The poll showed that Clinton leads by five points.", "Clinton leads by five points",
     QuoteKind.INDIRECT, "showed", "The poll"),
    ("document-finding-after-content", "Enrollment had fallen 18% since 2015, the report found.",
     "Enrollment had fallen 18% since 2015", QuoteKind.INDIRECT, "found", "the report"),
    ("researchers-found-that", "The researchers, who followed 50,000 adults for a decade, found that the benefits "
     "leveled off above 10,000 steps.", "the benefits leveled off above 10,000 steps", QuoteKind.INDIRECT, "found",
     "The researchers, who followed 50,000 adults for a decade,"),
    ("inspector-general-found-that", "The inspector general found that the agency had failed to act.",
     "the agency had failed to act", QuoteKind.INDIRECT, "found", "The inspector general"),
    ("data-showed-after-content", "Inventories fell by 2.2 million barrels last week, government data showed.",
     "Inventories fell by 2.2 million barrels last week", QuoteKind.INDIRECT, "showed", "government data"),
    ("respondents-inside-a-finding-speak", "A poll found that 74 percent said the country is on the wrong track.",
     "the country is on the wrong track", QuoteKind.INDIRECT, "said", "74 percent"),
    ("in-someones-words", "In Smith’s words, “the plan is dead on arrival.”", "“the plan is dead on arrival.”",
     QuoteKind.DIRECT, "words", "Smith"),
    ("in-the-words-of", "In the words of one senior official, the plan is dead on arrival.",
     "the plan is dead on arrival", QuoteKind.INDIRECT, "words", "one senior official"),
    ("contrary-to-opens-the-sentence", "Contrary to Lazar's claims, authorities say he never obtained access to the "
     "account.", "he never obtained access to the account", QuoteKind.INDIRECT, "say", "authorities"),
    ("name-has-said", "Trump's said he will build the wall.", "he will build the wall", QuoteKind.INDIRECT,
     "said", "Trump"),
    ("statement-after-cue", '"It is ludicrous," Sinovic said in a statement.', '"It is ludicrous,"',
     QuoteKind.DIRECT, "said", "Sinovic"),
    ("appositive-speaker", "“Ted Cruz is not my favorite,” Graham, a former candidate, told CBS News on Tuesday.",
     "“Ted Cruz is not my favorite,”", QuoteKind.DIRECT, "told", "Graham, a former candidate,"),
    ("interrupted-by-long-appositive",
     "“It used to be Russia's back yard,” said Raffaello Pantucci, director of studies at the Royal United Services "
     "Institute in London, “but it is coming into China's thrall.”",
     "“It used to be Russia's back yard,” said Raffaello Pantucci, director of studies at the Royal United Services "
     "Institute in London, “but it is coming into China's thrall.”", QuoteKind.DIRECT, "said",
     "Raffaello Pantucci, director of studies at the Royal United Services Institute in London,"),
    ("inverted-appositive-then-participle",
     "“The plan works,” said Josh Earnest, the White House press secretary, echoing comments made by the president.",
     "“The plan works,”", QuoteKind.DIRECT, "said", "Josh Earnest, the White House press secretary,"),
    ("inverted-appositive-with-during",
     "“Now is the time,” said Don Fowler, who helmed the party from 1995 to 1997, during Bill Clinton’s presidency.",
     "“Now is the time,”", QuoteKind.DIRECT, "said",
     "Don Fowler, who helmed the party from 1995 to 1997, during Bill Clinton’s presidency"),
    ("content-with-verb-and-count", "Police arrested two men, a senior official said.", "Police arrested two men",
     QuoteKind.INDIRECT, "said", "a senior official"),
    ("content-opens-with-at-least",
     "At least 70 people were killed in an attack on the hospital, the World Health Organization chief said.",
     "At least 70 people were killed in an attack on the hospital", QuoteKind.INDIRECT, "said",
     "the World Health Organization chief"),
    ("content-opens-with-as-many-as", "As many as 30 people died in the fire, officials said.",
     "As many as 30 people died in the fire", QuoteKind.INDIRECT, "said", "officials"),
    ("content-opens-with-year", "In 2019 the company lost $3 billion, the report said.",
     "In 2019 the company lost $3 billion", QuoteKind.INDIRECT, "said", "the report"),
    ("content-opens-with-weekday", "On Monday the markets fell sharply, analysts said.",
     "On Monday the markets fell sharply", QuoteKind.INDIRECT, "said", "analysts"),
    ("content-opens-with-gerund",
     "Shifting monsoon patterns in South Asia could affect a billion people, Mr. Obama said in his interview.",
     "Shifting monsoon patterns in South Asia could affect a billion people", QuoteKind.INDIRECT, "said",
     "Mr. Obama"),
    ("added-clause-without-that", "Smith added the plan would fail.", "the plan would fail", QuoteKind.INDIRECT,
     "added", "Smith"),
    ("added-parenthetical-contraction", "But, the former CEO of Hewlett-Packard added, it's not the way to win.",
     "it's not the way to win", QuoteKind.INDIRECT, "added", "the former CEO of Hewlett-Packard"),
    ("second-attribution-closes-the-sentence",
     'At one point, the chief of staff told aides that the president was "furious," two of the people said.',
     'the president was "furious,"', QuoteKind.INDIRECT, "told", "the chief of staff"),
    ("question-then-speaker-with-appositive",
     '"How are you today?" Miller, a retired worker from a nuclear plant, said pleasantly into the phone.',
     '"How are you today?"', QuoteKind.DIRECT, "said", "Miller, a retired worker from a nuclear plant,"),
    ("inverted-reacted", "“Is Obama profiling?” reacted Trump.", "“Is Obama profiling?”", QuoteKind.DIRECT,
     "reacted", "Trump"),
    ("cue-sentence-with-adjunct-before-quote",
     "Sam Lau, the party's spokesman, said in a statement. “There are no paper ballots to recount.”",
     "“There are no paper ballots to recount.”", QuoteKind.DIRECT, "said", "Sam Lau, the party's spokesman,"),
    ("posted-on-platform-that", "Gabriel Sterling posted on X that all polling places had closed by 9 p.m.",
     "all polling places had closed by 9 p.m.", QuoteKind.INDIRECT, "posted", "Gabriel Sterling"),
    ("inverted-speaker-appositive-then-circumstance", '"What happens in an emergency?" asked Rebecca Tran, a mother '
     "of two, during the public comment period.", '"What happens in an emergency?"', QuoteKind.DIRECT, "asked",
     "Rebecca Tran, a mother of two,"),
    ("inverted-speaker-age-and-town", '"We are ready," said Tom Lee, 45, of Atlanta.', '"We are ready,"',
     QuoteKind.DIRECT, "said", "Tom Lee, 45, of Atlanta"),
    ("parenthetical-attribution-then-lowercase-quotation", 'Students, he said, "deserve classrooms where they can '
     'focus."', 'Students, he said, "deserve classrooms where they can focus."', QuoteKind.MIXED, "said", "he"),
    ("parenthetical-attribution-then-sentence-quotation", 'And then, Trump replied, "You are fired."',
     '"You are fired."', QuoteKind.DIRECT, "replied", "Trump"),
    ("according-to-then-writers-word-on-the-event", "The administration is considering new curbs on chip exports, "
     "according to four people familiar with the matter, a move that could escalate tensions.",
     "The administration is considering new curbs on chip exports", QuoteKind.INDIRECT, "according to",
     "four people familiar with the matter"),
    ("content-ends-with-an-abbreviation", "Officials said the ban covered Muslims trying to enter the U.S.",
     "the ban covered Muslims trying to enter the U.S.", QuoteKind.INDIRECT, "said", "Officials"),
    ("content-ends-with-a-word-not-an-abbreviation", "Sen. Rob Portman said he would vote no.", "he would vote no",
     QuoteKind.INDIRECT, "said", "Sen. Rob Portman"),
    ("content-ends-before-without-giving",
     'A senior Ukrainian official told Reuters the timing was "not a coincidence", without giving further details.',
     'the timing was "not a coincidence"', QuoteKind.INDIRECT, "told", "A senior Ukrainian official"),
    ("role-then-name-after-content",
     "One person was killed and three were injured, the regional governor, Andrei Vorobyov, said.",
     "One person was killed and three were injured", QuoteKind.INDIRECT, "said",
     "the regional governor, Andrei Vorobyov,"),
    ("dash-opens-a-new-clause",
     "Residents who spoke during public comment were divided — some praised the investment in parks, others said "
     "the cuts went too far.",
     "the cuts went too far", QuoteKind.INDIRECT, "said", "others"),
    ("dash-aside-in-subject", "Sen. Joe Manchin — a Democrat from West Virginia — said the bill was dead.",
     "the bill was dead", QuoteKind.INDIRECT, "said", "Sen. Joe Manchin — a Democrat from West Virginia —"),
    ("age-before-cue", "Paradis, who has been active in politics since the age of 25, says she is an independent.",
     "she is an independent", QuoteKind.INDIRECT, "says",
     "Paradis, who has been active in politics since the age of 25,"),
    ("document-object-then-time-then-participle",
     "The town released a statement Wednesday saying Trump’s comments “are based on his opinion, not actual facts.”",
     "Trump’s comments “are based on his opinion, not actual facts.”", QuoteKind.MIXED, "saying", "The town"),
    ("city-speaks", "The city said the roads would reopen on Monday.", "the roads would reopen on Monday",
     QuoteKind.INDIRECT, "said", "The city"),
    ("inverted-surname-ending-in-ly", "“We will win this race,” said Connolly, the chairman.",
     "“We will win this race,”", QuoteKind.DIRECT, "said", "Connolly, the chairman"),
    ("adverb-before-subject", "Separately, the company said the plant would close.", "the plant would close",
     QuoteKind.INDIRECT, "said", "the company"),
    ("affiliation-appositive", "“We survey advertisers every quarter,” Tom Smith, of Acme Capital, said.",
     "“We survey advertisers every quarter,”", QuoteKind.DIRECT, "said", "Tom Smith, of Acme Capital,"),
    ("inverted-speaker-then-during",
     "\"Watch them while someone says, 'We have to keep it alive,' \" said former tech executive Carly Fiorina "
     "during the debate.", "\"Watch them while someone says, 'We have to keep it alive,' \"", QuoteKind.DIRECT,
     "said", "former tech executive Carly Fiorina"),
    ("participle-aside-after-quotation",
     "“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat, "
     "said matter-of-factly.", "“We’ve had more successful conventions than this one,”", QuoteKind.DIRECT, "said",
     "Texas delegate Bill Eastland"),
    ("adverb-without-comma-then-two-adjuncts",
     "Recently she announced on her Facebook page, in all capital letters, \"I'm getting off the Cruz ship and "
     "boarding the Trump train!\"", "\"I'm getting off the Cruz ship and boarding the Trump train!\"",
     QuoteKind.DIRECT, "announced", "she"),
    ("time-adverb-without-comma", "Later Trump said the wall would be built.", "the wall would be built",
     QuoteKind.INDIRECT, "said", "Trump"),
    ("quantifier-subject", "While many conservatives have doubts, many said Monday that the Texas ruling "
     "intensifies the need to back him.", "the Texas ruling intensifies the need to back him", QuoteKind.INDIRECT,
     "said", "many"),
    ("question-then-named-speaker", "“Have I started writing my speech?” Sanders replied. “Look, the answer is yes.”",
     "“Have I started writing my speech?” Sanders replied. “Look, the answer is yes.”", QuoteKind.DIRECT,
     "replied", "Sanders"),
    ("period-inside-then-speaker", "“I hope you are able to find the emails that are missing.” Trump said.",
     "“I hope you are able to find the emails that are missing.”", QuoteKind.DIRECT, "said", "Trump"),
    ("told-any-object", '"We are leaving behind the corruption," Stein told the protesters.',
     '"We are leaving behind the corruption,"', QuoteKind.DIRECT, "told", "Stein"),
    ("circumstance-after-quote-cue", '"You owe them money?" Trump said to a crowd of about 500.',
     '"You owe them money?"', QuoteKind.DIRECT, "said", "Trump"),
    ("show-title-after-cue", "“I’d do very well against it,” Trump said Sunday on NBC’s Meet the Press.",
     "“I’d do very well against it,”", QuoteKind.DIRECT, "said", "Trump"),
    ("statement-issued", '"Unethical and untrustworthy," spokesman Jeff Bechdel said in a statement issued at '
     "noon.", '"Unethical and untrustworthy,"', QuoteKind.DIRECT, "said", "spokesman Jeff Bechdel"),
    ("first-name-is-a-modal", '"It is an expensive model," said Will Doyle, a professor.',
     '"It is an expensive model,"', QuoteKind.DIRECT, "said", "Will Doyle, a professor"),
    ("known-as", '"There never was a stand-down order," said the base chief known as Bob, speaking publicly.',
     '"There never was a stand-down order,"', QuoteKind.DIRECT, "said", "the base chief known as Bob"),
    ("document-speakers", "“Plaintiff was the only one of the four to be reprimanded,” the suit says.",
     "“Plaintiff was the only one of the four to be reprimanded,”", QuoteKind.DIRECT, "says", "the suit"),
    ("editorial-read", "“You should act like one, and come to Louisiana,” the editorial read.",
     "“You should act like one, and come to Louisiana,”", QuoteKind.DIRECT, "read", "the editorial"),
    ("posted-via", "“Over my dead body,” Palin posted via Facebook and Twitter Monday.", "“Over my dead body,”",
     QuoteKind.DIRECT, "posted", "Palin"),
    ("space-before-closing-mark", '"Well, what does that mean? " Clinton asked.', '"Well, what does that mean? "',
     QuoteKind.DIRECT, "asked", "Clinton"),
    ("parenthesised", "The crowd booed. (“I don’t want to have fisticuffs,” said one party activist.)",
     "“I don’t want to have fisticuffs,”", QuoteKind.DIRECT, "said", "one party activist"),
    ("name-particle", 'If Sanders would debate, de Blasio tweeted, "I will help you secure any permit you need."',
     '"I will help you secure any permit you need."', QuoteKind.DIRECT, "tweeted", "de Blasio"),
    ("participle-aside-then-colon", "Clinton, speaking to reporters on her plane, said of the request: "
     '"The FBI resolved all of this."', '"The FBI resolved all of this."', QuoteKind.DIRECT, "said", "Clinton"),
    ("according-to-colon", "According to HuffPo: “Kaine has had a mixed record on abortion.”",
     "“Kaine has had a mixed record on abortion.”", QuoteKind.DIRECT, "According to", "HuffPo"),
    ("name-label", 'Clinton and Bush differ. Clinton: "Our goal is to destroy ISIS." Bush: "We must contain it."',
     '"Our goal is to destroy ISIS."', QuoteKind.DIRECT, ":", "Clinton"),
    ("horizontal-bar-signature", "“Trump embodies racism. He has empowered white racists.” ― Sonya Herridge",
     "“Trump embodies racism. He has empowered white racists.”", QuoteKind.DIRECT, "―", "Sonya Herridge"),
    ("aside-in-subject", "Kelly Ayotte’s campaign, for example, said she would support the nominee.",
     "she would support the nominee", QuoteKind.INDIRECT, "said", "Kelly Ayotte’s campaign"),
    ("participle-after-common-noun-subject", "The president left no doubt of his support, saying that "
     "“there has never been a man or a woman more qualified” to serve.",
     "“there has never been a man or a woman more qualified” to serve", QuoteKind.MIXED, "saying", "The president"),
    ("partitive-speaker", '"There will be no path," said one of those advisers, who asked not to be named.',
     '"There will be no path,"', QuoteKind.DIRECT, "said", "one of those advisers, who asked not to be named"),
    ("possessive-agent-noun", '"It is about time," exhorted Clinton\'s introducer, actress Jamie Lee Curtis.',
     '"It is about time,"', QuoteKind.DIRECT, "exhorted", "Clinton's introducer, actress Jamie Lee Curtis"),
    ("said-to-the-convention", "Democrats had broken the glass ceiling, she said in a video message to the convention.",
     "Democrats had broken the glass ceiling", QuoteKind.INDIRECT, "said", "she"),
    ("name-with-two-appositives", "“It is an invasion of the state regulatory domain,” Scott Pruitt, the attorney "
     "general of Oklahoma, one of the states suing the EPA, said this month.",
     "“It is an invasion of the state regulatory domain,”", QuoteKind.DIRECT, "said",
     "Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA,"),
    ("quote-cue-then-but-quote", '"You know, I love Larry," he said, but "when it comes to energy, Larry has a '
     'history."', '"You know, I love Larry," he said, but "when it comes to energy, Larry has a history."',
     QuoteKind.MIXED, "said", "he"),
    ("inverted-lead-in", "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”",
     "“We were all so proud of him.”", QuoteKind.DIRECT, "Said", "Dorothy Poynter, who grew up with Ali"),
    ("as-x-said", "The fact that the race “is a dead heat right now,” as Cruz said on the radio, matters.",
     "The fact that the race “is a dead heat right now,”", QuoteKind.MIXED, "said", "Cruz"),
    ("subject-after-introductory-phrase", "On Sunday, former President Bill Clinton said the attacks were vicious.",
     "the attacks were vicious", QuoteKind.INDIRECT, "said", "former President Bill Clinton"),
    ("pronoun-after-time-phrase", "Eight years ago, he backed Obama and said, “Clinton has done nothing for us.”",
     "“Clinton has done nothing for us.”", QuoteKind.DIRECT, "said", "he"),
    ("intro-participle-is-no-content", "Weighing in on the discussion, former Arkansas Gov. Mike Huckabee agreed, "
     'praising his opponent as "one of the most gifted Republicans in the Senate."',
     'his opponent as "one of the most gifted Republicans in the Senate."', QuoteKind.MIXED, "praising",
     "former Arkansas Gov. Mike Huckabee"),
    ("now-before-cue", '"This is your movement," it now says, showing a montage of faces.',
     '"This is your movement,"', QuoteKind.DIRECT, "now says", "it"),
    ("quotation-past-the-sentence", "After the vote, Ryan said, “Sure. I get that, too.”",
     "“Sure. I get that, too.”", QuoteKind.DIRECT, "said", "Ryan"),
    ("title-is-no-quotation", 'Asked about it on "CBS This Morning," Sanders said he had not "heard her say the '
     'things that need to be said."', 'he had not "heard her say the things that need to be said."', QuoteKind.MIXED,
     "said", "Sanders"),
    ("doubled-apostrophes-then-told", "''We are leaving behind the corruption,'' Stein told the protesters.",
     "''We are leaving behind the corruption,''", QuoteKind.DIRECT, "told", "Stein"),
    ("subject-after-colon", "Even people who endorsed the plan sounded equivocal: Former Rep. Jane Harman called "
     "it “the least bad option under the circumstances.”", "it “the least bad option under the circumstances.”",
     QuoteKind.MIXED, "called", "Former Rep. Jane Harman"),
    ("later-cue-after-prepositional-object", "At one point, a woman asked for a photo and Clinton said, “as long "
     "as we’re not violating any election laws.”", "“as long as we’re not violating any election laws.”",
     QuoteKind.DIRECT, "said", "Clinton"),
    ("verb-group-cue", "Clinton did not say whether she would run.", "whether she would run", QuoteKind.INDIRECT,
     "did not say", "Clinton"),
    ("aside-keeps-bare-cue", "Trump, however, said the plan was dead.", "the plan was dead", QuoteKind.INDIRECT,
     "said", "Trump"),
    ("participle-after-possessive-subject", "Ryan’s campaign shrugged off the comments, telling reporters, “No "
     "one on his team has been in touch.”", "“No one on his team has been in touch.”", QuoteKind.DIRECT, "telling",
     "Ryan’s campaign"),
    ("no-space-after-mark", "“I think it has been most surprising to me,”Clinton said.",
     "“I think it has been most surprising to me,”", QuoteKind.DIRECT, "said", "Clinton"),
    ("reversed-closing-mark", "“That could create new and real problems for her here,“ said Jim Clyburn.",
     "“That could create new and real problems for her here,“", QuoteKind.DIRECT, "said", "Jim Clyburn"),
    ("age-appositive", "“We each have our own opinion,” Jim Bennett, 57, told reporters.",
     "“We each have our own opinion,”", QuoteKind.DIRECT, "told", "Jim Bennett, 57,"),
    ("agent-noun-speaker", "“It is more of the same, but worse,” says a narrator.",
     "“It is more of the same, but worse,”", QuoteKind.DIRECT, "says", "a narrator"),
    ("age-noun-speaker", "“Donald is an amazing leader,” said the 46-year-old.",
     "“Donald is an amazing leader,”", QuoteKind.DIRECT, "said", "the 46-year-old"),
    ("speaker-then-when", "“That is treason,” said Cruz constituent Dan Golvach when asked about Lindsey Graham.",
     "“That is treason,”", QuoteKind.DIRECT, "said", "Cruz constituent Dan Golvach"),
    ("by-phone", "“Show me somebody who is accurate,” Carson told ABC’s George Stephanopoulos by phone.",
     "“Show me somebody who is accurate,”", QuoteKind.DIRECT, "told", "Carson"),
    ("and-new-clause", "“Go back to Univision,” Trump barked and a security guard escorted Ramos out.",
     "“Go back to Univision,”", QuoteKind.DIRECT, "barked", "Trump"),
    # --- cue in the middle
    ("parenthetical", "Longer term, they said, the fight can only succeed if the border is secured.",
     "Longer term, they said, the fight can only succeed if the border is secured", QuoteKind.INDIRECT, "said",
     "they"),
    ("interrupted-quote", "“We will win,” she said, “and we will govern well.”",
     "“We will win,” she said, “and we will govern well.”", QuoteKind.DIRECT, "said", "she"),
    # --- cue before the content
    ("approximate-count-speaker", "In each of the five states, about half of voters say they prefer an outsider.",
     "they prefer an outsider", QuoteKind.INDIRECT, "say", "about half of voters"),
    ("naming-verb-short-quote", "He called anti-Trump protesters “illegals” and “thugs” without proof.",
     "anti-Trump protesters “illegals” and “thugs” without proof", QuoteKind.INDIRECT, "called", "He"),
    ("naming-verb-phrase-quote", "She called Carson “a very special person indeed.”",
     "Carson “a very special person indeed.”", QuoteKind.MIXED, "called", "She"),
    ("passive-agent-speaks", "He was told by his doctor that he should rest.", "he should rest",
     QuoteKind.INDIRECT, "told", "his doctor"),
    ("dash-colon-digest", "Pollsters agree - Carl Bialik: “Keep on contacting voters as late as possible.”",
     "“Keep on contacting voters as late as possible.”", QuoteKind.DIRECT, ":", "Carl Bialik"),
    ("participle-takes-main-subject", "Schlafly endorsed Donald J. Trump for president, saying he had the courage.",
     "he had the courage", QuoteKind.INDIRECT, "saying", "Schlafly"),
    ("participle-subject-headed-by-noun", "The Sanders campaign responded Friday, saying the criticism is fair game.",
     "the criticism is fair game", QuoteKind.INDIRECT, "saying", "The Sanders campaign"),
    ("participle-subject-noun-then-name", "Band member Flea shared the news last week, writing “Feels great to "
     "support someone I believe in.”", "“Feels great to support someone I believe in.”", QuoteKind.DIRECT, "writing",
     "Band member Flea"),
    ("participle-after-by", "Glenn Beck doubled down on his rhetoric by suggesting that Drudge was wrong.",
     "Drudge was wrong", QuoteKind.INDIRECT, "suggesting", "Glenn Beck"),
    ("state-as-noun-before-cue", "“They feel he is the one guy,” Thomas Hanify, the president of the Indiana state "
     "firefighters union, said of his members.", "“They feel he is the one guy,”", QuoteKind.DIRECT, "said",
     "Thomas Hanify, the president of the Indiana state firefighters union,"),
    ("clause-only-verb-after-content", "The plan was flawed, she recalled on Monday.", "The plan was flawed",
     QuoteKind.INDIRECT, "recalled", "she"),
    ("double-hyphen-aside", "Marking the end of the primaries -- complete with teleprompter -- Trump told supporters "
     'Tuesday night that "we close one chapter in history."', '"we close one chapter in history."', QuoteKind.DIRECT,
     "told", "Trump"),
    ("absolute-subject-with-adverb", "A supporter punched a protester, with Trump reportedly yelling: “Get him the "
     "hell out of here!”", "“Get him the hell out of here!”", QuoteKind.DIRECT, "reportedly yelling", "Trump"),
    ("circumstance-aside-with-place", "Clinton, during a town hall meeting in Columbus, Ohio, said she was going to "
     "put coal companies out of business.", "she was going to put coal companies out of business", QuoteKind.INDIRECT,
     "said", "Clinton"),
    ("inverted-speaker-advocate", "''There will be a next term with eight justices,'' said another leading Supreme "
     "Court advocate, Andrew J. Pincus of the law firm Mayer Brown.", "''There will be a next term with eight "
     "justices,''", QuoteKind.DIRECT, "said", "another leading Supreme Court advocate, Andrew J. Pincus of the law "
     "firm Mayer Brown"),
    ("spaced-hyphen-aside-and-tell-object-then-that", "For much of the performance - with sleeves rolled - Mr. Biden "
     "assured his hometown's residents that she was tough.", "she was tough", QuoteKind.INDIRECT, "assured",
     "Mr. Biden"),
    ("told-a-show-title", '"We have to really increase the bombings," the presumptive nominee told "Fox and Friends" '
     "after he spoke.", '"We have to really increase the bombings,"', QuoteKind.DIRECT, "told",
     "the presumptive nominee"),
    ("participle-subject-after-connective", 'And then Trump went fully on the attack, saying, "Is Obama going to '
     'finally mention the words?"', '"Is Obama going to finally mention the words?"', QuoteKind.DIRECT, "saying",
     "Trump"),
    ("participle-subject-after-long-intro", "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to "
     "expand on her statement, saying that the United States should lead.", "the United States should lead",
     QuoteKind.INDIRECT, "saying", "Mrs. Clinton"),
    ("participle-subject-after-connective-and-lower-case-intro", "But a few days later, Trump reversed himself yet "
     "again, telling CBS that the laws on abortion “are set.”", "the laws on abortion “are set.”", QuoteKind.INDIRECT,
     "telling", "Trump"),
    ("participle-common-noun-subject-after-intro", "Last week, the senator reversed himself, saying that the laws "
     "are set.", "the laws are set", QuoteKind.INDIRECT, "saying", "the senator"),
    ("show-title-in-quotation-marks-after-cue", '"There is hatred like nobody has ever seen," Trump said in an '
     'interview with Sirius XM\'s "Breitbart News Daily."', '"There is hatred like nobody has ever seen,"',
     QuoteKind.DIRECT, "said", "Trump"),
    ("shared-subject-with-auxiliary", "Clinton has expressed concerns but has said she wants to see the bill move "
     "forward.", "she wants to see the bill move forward", QuoteKind.INDIRECT, "said", "Clinton"),
    ("appositive-opening-with-long", "The newspaper, long a vocal advocate of immigration reform, writes that Haley "
     "has sought a middle way.", "Haley has sought a middle way", QuoteKind.INDIRECT, "writes",
     "The newspaper, long a vocal advocate of immigration reform,"),
    ("subject-appositive-then-gerund-content", "Montana Sen. Jon Tester, chairman of the Democratic Senatorial "
     "Campaign Committee, said having Trump on the ticket puts Republicans at risk.",
     "having Trump on the ticket puts Republicans at risk", QuoteKind.INDIRECT, "said",
     "Montana Sen. Jon Tester, chairman of the Democratic Senatorial Campaign Committee,"),
    ("poll-share-speaks", "More than six in 10 said they were not looking forward to the campaign.",
     "they were not looking forward to the campaign", QuoteKind.INDIRECT, "said", "More than six in 10"),
    ("some-speaks", "Some said they have cringed at his remarks.", "they have cringed at his remarks",
     QuoteKind.INDIRECT, "said", "Some"),
    ("quoted-title-in-speaker-description", 'Trump, the star of the reality TV show "The Apprentice," said in an '
     "interview that conventions have been too dull.", "conventions have been too dull", QuoteKind.INDIRECT, "said",
     'Trump, the star of the reality TV show "The Apprentice,"'),
    ("told-any-object-before-quotation", "“Now that I don’t have to be politically correct anymore,” he told the "
     "host, “it was demoralizing to the troops.”", "“Now that I don’t have to be politically correct anymore,” he told "
     "the host, “it was demoralizing to the troops.”", QuoteKind.DIRECT, "told", "he"),
    ("signature-with-initial", "“This should waken all of us!” ― Julie A. Diaz Martinez.",
     "“This should waken all of us!”", QuoteKind.DIRECT, "―", "Julie A. Diaz Martinez"),
    ("place-with-state-after-cue", "“Bad, bad things are going to happen,” Trump warned in Everett, Wash., "
     "recently. “This could be the great Trojan horse.”", "“Bad, bad things are going to happen,” Trump warned in "
     "Everett, Wash., recently. “This could be the great Trojan horse.”", QuoteKind.DIRECT, "warned", "Trump"),
    ("place-after-cue", "“Bad things are going to happen,” Trump said in Des Moines, Iowa, on Monday.",
     "“Bad things are going to happen,”", QuoteKind.DIRECT, "said", "Trump"),
    ("told-object-then-condition-then-that", "A police source told the newspaper, on condition of anonymity, that "
     "the suspect had been known to the authorities.", "the suspect had been known to the authorities",
     QuoteKind.INDIRECT, "told", "A police source"),
    ("object-relative-subject", "Wages are highest in Australia, which the Organization for Economic Cooperation "
     "and Development says has the world's highest minimum wage.", "has the world's highest minimum wage",
     QuoteKind.INDIRECT, "says", "the Organization for Economic Cooperation and Development"),
    ("connective-adverb-before-subject", "Moreover, Jeffrey D. Sachs, director of the Earth Institute, noted this "
     "week that most pledges fall short.", "most pledges fall short", QuoteKind.INDIRECT, "noted",
     "Jeffrey D. Sachs, director of the Earth Institute,"),
    ("pronoun-subject-after-clause", "Republican Gov. Mary Fallin, who opposes abortion, vetoed the bill because "
     "she said it was unconstitutional.", "it was unconstitutional", QuoteKind.INDIRECT, "said", "she"),
    ("subject-after-opening-clause", "If it doesn't slow down, forecasters say health spending will cripple the "
     "economy.", "health spending will cripple the economy", QuoteKind.INDIRECT, "say", "forecasters"),
    ("poll-share-in-five", "About one in five say they would not vote.", "they would not vote", QuoteKind.INDIRECT,
     "say", "About one in five"),
    ("party-label-then-bare-role", "Rep. Elijah Cummings (D-Md.), chair of the party’s platform drafting committee, "
     "said Clinton did not appear concerned.", "Clinton did not appear concerned", QuoteKind.INDIRECT, "said",
     "Rep. Elijah Cummings (D-Md.), chair of the party’s platform drafting committee,"),
    ("participle-aside-with-appositive", "Sen. Chuck Grassley, facing a spirited challenge in Iowa, a swing state, "
     "said he would welcome Cruz.", "he would welcome Cruz", QuoteKind.INDIRECT, "said", "Sen. Chuck Grassley"),
    ("person-noun-admiral", "The derogatory comments had two goals, the admiral said.",
     "The derogatory comments had two goals", QuoteKind.INDIRECT, "said", "the admiral"),
    ("told-a-news-conference", "Ryan told a news conference they are “planting the seeds” to accomplish that.",
     "they are “planting the seeds” to accomplish that", QuoteKind.INDIRECT, "told", "Ryan"),
    ("share-after-intro", "Even so, three-quarters of the voters said they were very worried about the economy.",
     "they were very worried about the economy", QuoteKind.INDIRECT, "said", "three-quarters of the voters"),
    ("whose-relative-in-subject", "The state officials whose laws have been invalidated say the real change has "
     "come in the judiciary.", "the real change has come in the judiciary", QuoteKind.INDIRECT, "say",
     "The state officials whose laws have been invalidated"),
    ("pronoun-and-name", "It is not only about creating big audiences, he and Mr. Allen said.",
     "It is not only about creating big audiences", QuoteKind.INDIRECT, "said", "he and Mr. Allen"),
    ("reflexive-after-name", "Ford itself said the deal was on.", "the deal was on", QuoteKind.INDIRECT, "said",
     "Ford itself"),
    ("content-ends-at-semicolon", "Trump said the wall would be paid for by Mexico; Clinton called the plan "
     "absurd.", "the wall would be paid for by Mexico", QuoteKind.INDIRECT, "said", "Trump"),
    ("content-ends-before-while-clause", "Trump said the wall would be built, while Jeb Bush in a Medium post said he "
     "would appoint conservative judges.", "the wall would be built", QuoteKind.INDIRECT, "said", "Trump"),
    ("shot-back", "When asked about it, Mr. Smith shot back: ''That would be good for all of us.''",
     "''That would be good for all of us.''", QuoteKind.DIRECT, "shot back", "Mr. Smith"),
    ("colon-after-predicate", 'In city after city, Perez lobbies for a higher minimum wage: "No one who works full '
     'time should live in poverty."', '"No one who works full time should live in poverty."', QuoteKind.DIRECT,
     "lobbies for a higher minimum wage", "Perez"),
    ("colon-after-common-noun-subject", 'The senator had a simple message for the crowd: "We will win this state in '
     'November."', '"We will win this state in November."', QuoteKind.DIRECT, "had a simple message for the crowd",
     "The senator"),
    ("colon-after-later-clause", 'She became so upset, and started driving so erratically, that I had to change my '
     'answer: "Of course I believe in the devil."', '"Of course I believe in the devil."', QuoteKind.DIRECT,
     "had to change my answer", "I"),
    ("inverted-warned", "“That means a loose cannon is within reach of the job,” warned Clinton.",
     "“That means a loose cannon is within reach of the job,”", QuoteKind.DIRECT, "warned", "Clinton"),
    ("inverted-asked-the-boy", "“How big is that wall?” asked the boy.", "“How big is that wall?”", QuoteKind.DIRECT,
     "asked", "the boy"),
    ("inverted-master-of-ceremonies", '"Thanks for welcoming these refugees," said master of ceremonies Asab '
     "Al-Tabchi.", '"Thanks for welcoming these refugees,"', QuoteKind.DIRECT, "said",
     "master of ceremonies Asab Al-Tabchi"),
    ("irregular-plural-speaker", "The children said they were scared.", "they were scared", QuoteKind.INDIRECT, "said",
     "The children"),
    ("said-about-then-comma-quote", "Lopez-Cantera said about the movement, “I support parents making the best "
     "decisions.”", "“I support parents making the best decisions.”", QuoteKind.DIRECT, "said", "Lopez-Cantera"),
    ("as-x-put-it", "As Akhil Amar, professor of constitutional law at Yale, put it, ''Senate Republicans should "
     "remember that.''", "''Senate Republicans should remember that.''", QuoteKind.DIRECT, "put it",
     "Akhil Amar, professor of constitutional law at Yale,"),
    ("bullet-before-sentence", "~ As Vulture put it, “Hello, it’s the Biebs.”", "“Hello, it’s the Biebs.”",
     QuoteKind.DIRECT, "put it", "Vulture"),
    ("participle-subject-with-party-label", "But Sen. Pat Toomey (R-Pa.) refused to campaign alongside Cruz, "
     "responding that he’s “not going to go into what my campaign is doing.”",
     "he’s “not going to go into what my campaign is doing.”", QuoteKind.MIXED, "responding",
     "Sen. Pat Toomey (R-Pa.)"),
    ("show-title-before-that", "Mr. Khan said on NBC's “Meet the Press” on Sunday that Mr. Trump had shown "
     "disrespect.", "Mr. Trump had shown disrespect", QuoteKind.INDIRECT, "said", "Mr. Khan"),
    ("main-clause-after-while-clause", "While Clinton has forcefully condemned the GOP candidate’s proposal, the "
     "groups who wrote to her on Thursday say they are “concerned your campaign is sending mixed messages.”",
     "they are “concerned your campaign is sending mixed messages.”", QuoteKind.MIXED, "say",
     "the groups who wrote to her on Thursday"),
    ("name-then-bare-role-after-quote", "“It is over,” Brent Bozell III, founder of the Media Research Center, said.",
     "“It is over,”", QuoteKind.DIRECT, "said", "Brent Bozell III, founder of the Media Research Center,"),
    ("role-then-name-after-quote", "“It is over,” the White House press secretary, Josh Earnest, said.",
     "“It is over,”", QuoteKind.DIRECT, "said", "the White House press secretary, Josh Earnest,"),
    ("name-then-possessive-role-after-quote", "“We raised $20 million,” Jeff Weaver, Sanders’ campaign manager, "
     "said.", "“We raised $20 million,”", QuoteKind.DIRECT, "said", "Jeff Weaver, Sanders’ campaign manager,"),
    ("quote-then-more-content-then-speaker", '"He has voted with the NRA numerous times" and against the Brady law, '
     "Clinton said.", '"He has voted with the NRA numerous times" and against the Brady law', QuoteKind.MIXED, "said",
     "Clinton"),
    ("participle-subject-title-of-state", "Former Secretary of State Madeleine Albright campaigned for Clinton, "
     "saying, “There’s a special place in hell for women.”", "“There’s a special place in hell for women.”",
     QuoteKind.DIRECT, "saying", "Former Secretary of State Madeleine Albright"),
    ("participle-subject-two-nouns", "His chief aide doubled down on attacks, saying she is experienced “on paper "
     "and nowhere else.”", "she is experienced “on paper and nowhere else.”", QuoteKind.MIXED, "saying",
     "His chief aide"),
    ("family-is-no-adverb", "It happened when a member of the family suggested they tweet a picture.",
     "they tweet a picture", QuoteKind.INDIRECT, "suggested", "a member of the family"),
    ("referred-to-as", "Bush referred to Rubio as “a bright, charismatic leader.”",
     "Rubio as “a bright, charismatic leader.”", QuoteKind.MIXED, "referred to", "Bush"),
    ("riffed", '"Governor, let me help you out - the answer is no," the nominee riffed on her non-answer.',
     '"Governor, let me help you out - the answer is no,"', QuoteKind.DIRECT, "riffed", "the nominee"),
    ("sign-saying", 'Lori Bernstein held up a sign saying "Jews Against Trump - Because We Have Seen This Before."',
     '"Jews Against Trump - Because We Have Seen This Before."', QuoteKind.DIRECT, "saying", "a sign"),
    ("statement-saying-is-its-issuer", "The Secretary of State sent out a statement Monday, saying Trump had not "
     "been left off any ballots.", "Trump had not been left off any ballots", QuoteKind.INDIRECT, "saying",
     "The Secretary of State"),
    ("when-aside-before-cue", "Powell’s office, when contacted by Reuters, said the former top diplomat could not "
     "recall the dinner.", "the former top diplomat could not recall the dinner", QuoteKind.INDIRECT, "said",
     "Powell’s office"),
    ("modifier-ing-is-no-cue", "Sexton, a creative writing professor, said he holds his roots dear.",
     "he holds his roots dear", QuoteKind.INDIRECT, "said", "Sexton, a creative writing professor,"),
    ("intro-participle-before-name", "Reading from a prepared text, Ben Carson said the country was in danger.",
     "the country was in danger", QuoteKind.INDIRECT, "said", "Ben Carson"),
    ("intro-adverb-before-group", "Rather, sources close to her campaign said she would stay.",
     "she would stay", QuoteKind.INDIRECT, "said", "sources close to her campaign"),
    ("official-is-a-noun", "The official said cutbacks could lead to layoffs.", "cutbacks could lead to layoffs",
     QuoteKind.INDIRECT, "said", "The official"),
    ("about-a-quantity", "The budget office said about half of the losses came from tax cuts.",
     "about half of the losses came from tax cuts", QuoteKind.INDIRECT, "said", "The budget office"),
    ("told-a-host", "Coulter told conservative radio host Hugh Hewitt on Wednesday that her tweet was a joke.",
     "her tweet was a joke", QuoteKind.INDIRECT, "told", "Coulter"),
    ("publication-speaker", "The magazine said the poll winner has predicted the White House winner.",
     "the poll winner has predicted the White House winner", QuoteKind.INDIRECT, "said", "The magazine"),
    ("speaker-first-that", "Sen. Ann Lee said last weekend that the bill would pass.", "the bill would pass",
     QuoteKind.INDIRECT, "said", "Sen. Ann Lee"),
    ("speaker-first-no-that", "The governor warned the cuts would hurt schools.", "the cuts would hurt schools",
     QuoteKind.INDIRECT, "warned", "The governor"),
    ("told-object", "The senator told reporters the vote would be close.", "the vote would be close",
     QuoteKind.INDIRECT, "told", "The senator"),
    ("told-agency", "Two officials told The Associated Press that talks had stalled.", "talks had stalled",
     QuoteKind.INDIRECT, "told", "Two officials"),
    ("colon-lead-in", "The president said: “We will not rest until the job is done.”",
     "“We will not rest until the job is done.”", QuoteKind.DIRECT, "said", "The president"),
    ("colon-after-warned", "He warned: “It is not going to happen any time soon.”",
     "“It is not going to happen any time soon.”", QuoteKind.DIRECT, "warned", "He"),
    ("phrasal-verb", "The mayor pointed out that the budget was balanced.", "the budget was balanced",
     QuoteKind.INDIRECT, "pointed out", "The mayor"),
    ("went-on-to-say", "Mr. Trump was prompted to say, “So far, I cannot believe how civil it has been.”",
     "“So far, I cannot believe how civil it has been.”", QuoteKind.DIRECT, "was prompted to say", "Mr. Trump"),
    ("mixed", "Carter said the forces would stay “to make sure that, once defeated, ISIL stays defeated.”",
     "the forces would stay “to make sure that, once defeated, ISIL stays defeated.”", QuoteKind.MIXED, "said",
     "Carter"),
    # --- according to
    ("according-to-after", "Clinton leads by four points, according to the poll.", "Clinton leads by four points",
     QuoteKind.INDIRECT, "According to".lower(), "the poll"),
    ("according-to-before", "According to exit polls, Romney had a ten-point lead.", "Romney had a ten-point lead",
     QuoteKind.INDIRECT, "According to", "exit polls"),
    ("according-to-inside", "Since November, according to Human Rights Watch, forces have killed 400 protesters.",
     "forces have killed 400 protesters", QuoteKind.INDIRECT, "according to", "Human Rights Watch"),
    ("according-to-any-source", "Mrs. Clinton leads by three points, according to the average of recent polls.",
     "Mrs. Clinton leads by three points", QuoteKind.INDIRECT, "according to", "the average of recent polls"),
    # --- participle continuing the same speaker
    ("adding", "Rivera said the plan was sound, adding that costs would fall next year.",
     "the plan was sound", QuoteKind.INDIRECT, "said", "Rivera"),
    # --- what stands between the speaker and the verb belongs to the cue
    ("negated-auxiliary", "Sen. Chuck Schumer, the Democratic leader, wouldn't say whether he would back the bill.",
     "whether he would back the bill", QuoteKind.INDIRECT, "wouldn't say",
     "Sen. Chuck Schumer, the Democratic leader,"),
    ("both-before-cue", "Sens. Ted Cruz and Marco Rubio have both urged the mogul to drop out.",
     "the mogul to drop out", QuoteKind.INDIRECT, "have both urged", "Sens. Ted Cruz and Marco Rubio"),
    ("permitted-to-comment-is-no-cue",
     "Two sources, who were not authorized to comment publicly, said the suspect had been watched.",
     "the suspect had been watched", QuoteKind.INDIRECT, "said",
     "Two sources, who were not authorized to comment publicly,"),
    ("passive-subject-does-not-speak", "The ministry was warned weeks earlier, said a government insider.",
     "The ministry was warned weeks earlier", QuoteKind.INDIRECT, "said", "a government insider"),
    ("told-programme-with-number", "Matthew Pennycook told BBC Radio 4's Today programme that the targets were "
     "ambitious.", "the targets were ambitious", QuoteKind.INDIRECT, "told", "Matthew Pennycook"),
    ("civil-servant-with-condition-and-reason",
     "A senior civil servant, who spoke on condition of anonymity because they were not authorised to brief "
     "journalists, said officials doubted the target.", "officials doubted the target", QuoteKind.INDIRECT, "said",
     "A senior civil servant, who spoke on condition of anonymity because they were not authorised to brief "
     "journalists,"),
    ("however-after-subject-is-no-inversion",
     "Opposition leader Rahul Gandhi, however, accused the government of ignoring rising unemployment.",
     "the government of ignoring rising unemployment", QuoteKind.INDIRECT, "accused", "Opposition leader Rahul Gandhi"),
    ("relative-aside-before-main-predicate",
     "The senator, who argued that the bill was unconstitutional, voted against it.",
     "the bill was unconstitutional", QuoteKind.INDIRECT, "argued", "who"),
    ("tweet-as-noun", "Spicer in a Friday tweet said the party would not back down.",
     "the party would not back down", QuoteKind.INDIRECT, "said", "Spicer"),
    ("contracted-pronoun-subject-of-coordinated-cue",
     "He’s comparing the gun actions to Obama’s executive action on immigration and says Obama is flouting the law.",
     "Obama is flouting the law", QuoteKind.INDIRECT, "says", "He"),
    ("dash-aside-between-subject-and-cue",
     "Murphy — after a knock-on-wood gesture — told me he’s had a relatively tragedy-free life.",
     "he’s had a relatively tragedy-free life", QuoteKind.INDIRECT, "told", "Murphy"),
    ("told-object-with-a-place-then-that",
     "McCain, the GOP’s presidential nominee in 2008, issued a statement after Republican contender Donald Trump told"
     " a town hall in Salem, New Hampshire on Monday that waterboarding is fine.",
     "waterboarding is fine", QuoteKind.INDIRECT, "told", "Republican contender Donald Trump"),
    ("parenthetical-cue-before-a-quantity",
     "Now, he says, at least seven of the state’s 44 delegates have signed on to the effort.",
     "at least seven of the state’s 44 delegates have signed on to the effort", QuoteKind.INDIRECT, "says", "he"),
    ("pronoun-contraction-of-has", "He's said that he will win the state.", "he will win the state",
     QuoteKind.INDIRECT, "said", "He"),
    ("pronoun-contraction-of-have", "They've told reporters the plan is dead.", "the plan is dead",
     QuoteKind.INDIRECT, "told", "They"),
    ("subject-after-how",
     "That sort of sharp difference between what Trump says his tax plan would do and how experts say it would shape "
     "tax law has endured.", "it would shape tax law has endured", QuoteKind.INDIRECT, "say", "experts"),
    ("zero-relative-after-a-dash",
     "The vote followed interference in the election -- meddling the California congressman said is "
     "designed to sow discord.", "is designed to sow discord", QuoteKind.INDIRECT, "said",
     "the California congressman"),
    ("adverb-between-subject-and-cue-is-no-cue", "Nearly eight in 10 voters overall said they have made up their mind.",
     "they have made up their mind", QuoteKind.INDIRECT, "said", "Nearly eight in 10 voters"),
    ("cue-form-as-noun-before-a-subject-noun", "Some protest leaders said the march would go on.",
     "the march would go on", QuoteKind.INDIRECT, "said", "Some protest leaders"),
    ("plural-cue-form-as-noun", "The head of the party's powerful rules committee said the vote would happen.",
     "the vote would happen", QuoteKind.INDIRECT, "said", "The head of the party's powerful rules committee"),
    ("party-label-after-participle-subject",
     "After the announcement, Senate Majority Leader Mitch McConnell (R-Ky.) issued a statement saying that the seat "
     "should stay vacant.", "the seat should stay vacant", QuoteKind.INDIRECT, "saying",
     "Senate Majority Leader Mitch McConnell (R-Ky.)"),
    ("perfect-participle-then-main-subject",
     "Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence.",
     "he would not send me to prison", QuoteKind.INDIRECT, "announced", "Judge Berman"),
    ("idiom-before-the-report", "Having said that, the senator argued the bill was flawed.", "the bill was flawed",
     QuoteKind.INDIRECT, "argued", "the senator"),
    ("relative-that-said-is-no-idiom", "It was replaced by a message that said, \"Sorry, but the item is gone.\"",
     "\"Sorry, but the item is gone.\"", QuoteKind.DIRECT, "said", "a message"),
    ("document-noun-before-its-predicate", "The IG report cited no evidence that Mills had intervened.",
     "no evidence that Mills had intervened", QuoteKind.INDIRECT, "cited", "The IG report"),
    # a clause's irregular past verb ends the speaker: the subject of "met ... and said" is the sentence's subject
    ("irregular-past-predicate-before-coordinated-cue",
     "President Barack Obama met survivors of a gay nightclub massacre and relatives of the 49 people killed on "
     "Thursday and said the United States must act.", "the United States must act", QuoteKind.INDIRECT, "said",
     "President Barack Obama"),
    ("dateline-abbreviation-ends-no-sentence",
     "Obama meets victims\n\nORLANDO, Fla. (Reuters) - President Barack Obama met survivors and relatives of the "
     "victims on Thursday and said the United States must act.", "the United States must act", QuoteKind.INDIRECT,
     "said", "President Barack Obama"),
    ("infinitive-of-purpose-after-a-past-clause",
     "One lawmaker took a private moment during a holiday party at the White House to tell the president that he "
     "was wrong.", "he was wrong", QuoteKind.INDIRECT, "to tell", "One lawmaker"),
    ("phrasal-go-so-far-as-to-say", "The Slate columnist David Auerbach went so far as to say, “Twitter as we know "
     "it is over.”", "“Twitter as we know it is over.”", QuoteKind.DIRECT, "went so far as to say",
     "The Slate columnist David Auerbach"),
    ("double-apostrophe-title-inside-the-speaker", "As Akhil Amar, author of ''America's Unwritten Constitution,'' "
     "put it, ''Senate Republicans should remember the lesson of 1968.''",
     "''Senate Republicans should remember the lesson of 1968.''", QuoteKind.DIRECT, "put it",
     "Akhil Amar, author of ''America's Unwritten Constitution,''"),
    ("relative-that-after-a-told-object", "“Labels are for soup cans,” the former president told a crowd that the "
     "campaign estimated at 3,000 people.", "“Labels are for soup cans,”", QuoteKind.DIRECT, "told",
     "the former president"),
    ("late-opens-a-time-phrase", "Late last month, the company sent a letter to the school, calling the reports "
     "“inaccurate and deliberately misleading.”", "the reports “inaccurate and deliberately misleading.”",
     QuoteKind.MIXED, "calling", "the company"),
    ("plural-cue-form-with-a-that-clause", "The suit claims that Gowdy made statements that damaged his "
     "reputation.", "Gowdy made statements that damaged his reputation", QuoteKind.INDIRECT, "claims", "The suit"),
    ("party-noun-then-verb", "The Utah Republican asks that the Justice Department open an inquiry.",
     "the Justice Department open an inquiry", QuoteKind.INDIRECT, "asks", "The Utah Republican"),
    ("claims-with-a-clause", "Trump claims Clinton lied about the emails.", "Clinton lied about the emails",
     QuoteKind.INDIRECT, "claims", "Trump"),
    ("party-label-appositive", "Rep. Chris Collins, R-NY, says meeting participants outlined a scenario.",
     "meeting participants outlined a scenario", QuoteKind.INDIRECT, "says", "Rep. Chris Collins, R-NY,"),
    ("party-label-after-an-exclaimed-quotation", '"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the swirl '
     'of convention activities.', '"Perpetual motion!"', QuoteKind.DIRECT, "said", "Rep. Glenn Thompson, R-Pa.,"),
    ("gerund-subject-after-but", "His digital mastermind, Teddy Goff, helms Clinton's efforts, but Goff said "
     "succeeding in 2016 is far more challenging.", "succeeding in 2016 is far more challenging", QuoteKind.INDIRECT,
     "said", "Goff"),
    ("long-adjunct-before-that", "Rep. Chris Collins noted in a guest column in Saturday’s New York Times that anger "
     "is fueling the rise.", "anger is fueling the rise", QuoteKind.INDIRECT, "noted", "Rep. Chris Collins"),
    ("told-object-media-is-one-word", "Witnesses told local media that they heard three shots.",
     "they heard three shots", QuoteKind.INDIRECT, "told", "Witnesses"),
    ("told-object-then-here", "Mr. Rubio defiantly told reporters here Sunday that he would keep up the attacks.",
     "he would keep up the attacks", QuoteKind.INDIRECT, "defiantly told", "Mr. Rubio"),
    ("existential-there-opens-the-content", "He said there was no plan.", "there was no plan", QuoteKind.INDIRECT,
     "said", "He"),
    ("statement-released-by-then-bare-clause", "Mike Pence said in a statement released by the Trump campaign the AP "
     "report merits a special prosecutor.", "the AP report merits a special prosecutor", QuoteKind.INDIRECT, "said",
     "Mike Pence"),
    ("sports-role-after-inverted-cue", '"We have to be better," said the Chiefs quarterback.',
     '"We have to be better,"', QuoteKind.DIRECT, "said", "the Chiefs quarterback"),
    ("infinitive-say-with-a-clause", "The singer took to Instagram to say she was “heartbroken” by the news.",
     "she was “heartbroken” by the news", QuoteKind.INDIRECT, "to say", "The singer"),
    ("family-speaks", '"We are devastated," the family said in a statement.', '"We are devastated,"',
     QuoteKind.DIRECT, "said", "the family"),
    ("progressive-perfect-cue", "The family and civic leaders have been demanding that police release the video.",
     "police release the video", QuoteKind.INDIRECT, "have been demanding", "The family and civic leaders"),
    ("wrote-with-a-clause", "He wrote the plan would fail.", "the plan would fail", QuoteKind.INDIRECT, "wrote", "He"),
    ("participle-subject-with-a-naming-postmodifier", "A spokesman for Mayor Frank G. Jackson of Cleveland "
     "defended the route, saying the police had trained for months.", "the police had trained for months",
     QuoteKind.INDIRECT, "saying", "A spokesman for Mayor Frank G. Jackson of Cleveland"),
    ("participle-subject-capitalised-common-noun", "Attorneys for Clinton opposed the effort, saying her "
     "deposition was unnecessary.", "her deposition was unnecessary", QuoteKind.INDIRECT, "saying",
     "Attorneys for Clinton"),
    ("participle-subject-court-of-appeals", "The 6th Circuit Court of Appeals on Tuesday overturned the ruling, "
     "saying the law was constitutional.", "the law was constitutional", QuoteKind.INDIRECT, "saying",
     "The 6th Circuit Court of Appeals"),
    ("quantifier-makes-a-plural-cue-form-a-noun", "Some advocates for stem cell research said that overlooked the "
     "potential cures.", "that overlooked the potential cures", QuoteKind.INDIRECT, "said",
     "Some advocates for stem cell research"),
    ("only-before-that", 'Rubio said only that his "numbers don\'t add up."', 'his "numbers don\'t add up."',
     QuoteKind.MIXED, "said", "Rubio"),
    ("season-between-cue-and-that", "Patriot signaled last summer that it would make a deal.", "it would make a deal",
     QuoteKind.INDIRECT, "signaled", "Patriot"),
    ("said-in-a-note-then-bare-clause", 'Analysts at Morgan Stanley said in a note the cuts were "immaterial" to '
     "earnings.", 'the cuts were "immaterial" to earnings', QuoteKind.INDIRECT, "said", "Analysts at Morgan Stanley"),
    ("in-a-note-to-clients", "Smith said in a research note to clients that the stock was cheap.",
     "the stock was cheap", QuoteKind.INDIRECT, "said", "Smith"),
    ("column-in-a-newspaper-then-that", "Rep. Chris Collins noted in a guest column in Saturday's New York Times "
     "that anger was fueling the rise.", "anger was fueling the rise", QuoteKind.INDIRECT, "noted",
     "Rep. Chris Collins"),
    ("place-ending-an-opening-phrase-is-no-speaker", "At a town hall meeting in Cedar Rapids, Iowa, Rubio told "
     "reporters Tuesday that the plan would fail.", "the plan would fail", QuoteKind.INDIRECT, "told", "Rubio"),
    ("noun-ending-an-opening-phrase-is-no-speaker", "In TV interviews and tweets, Trump has argued that the "
     "committee is rigged.", "the committee is rigged", QuoteKind.INDIRECT, "has argued", "Trump"),
    ("home-town-and-state-stay-in-the-speaker", "She really thinks Cruz can win, says Stacy Baker of Columbia, "
     "South Carolina.", "She really thinks Cruz can win", QuoteKind.INDIRECT, "says",
     "Stacy Baker of Columbia, South Carolina"),
    ("one-word-subject-before-a-parenthetical", "CNN, Cruz said, called the announcement significant.",
     "CNN, Cruz said, called the announcement significant", QuoteKind.INDIRECT, "said", "Cruz"),
    ("demonstrative-before-a-parenthetical", "That, they say, will be easier against a single candidate.",
     "That, they say, will be easier against a single candidate", QuoteKind.INDIRECT, "say", "they"),
    ("adverb-before-a-parenthetical", "Rather, he said, the struggles will unite the party.",
     "the struggles will unite the party", QuoteKind.INDIRECT, "said", "he"),
    ("content-first-before-a-semicolon", "Candidates need about 40 percent of the Hispanic vote, political analysts "
     "say; in 2012, Mitt Romney got 27 percent.", "Candidates need about 40 percent of the Hispanic vote",
     QuoteKind.INDIRECT, "say", "political analysts"),
    ("reason-after-a-parenthetical-goes-on", "The effects are difficult to predict, many economists say, because "
     "there is little precedent.", "The effects are difficult to predict, many economists say, because there is "
     "little precedent", QuoteKind.INDIRECT, "say", "many economists"),
    ("clause-only-verb-with-a-bare-clause", "Zoe Saldana revealed her husband had taken her last name.",
     "her husband had taken her last name", QuoteKind.INDIRECT, "revealed", "Zoe Saldana"),
    ("adverb-further-before-the-cue", "She further announced that the department would cut funding.",
     "the department would cut funding", QuoteKind.INDIRECT, "further announced", "She"),
    ("demonstrative-that-opens-the-content", "He said that would be a mistake.", "that would be a mistake",
     QuoteKind.INDIRECT, "said", "He"),
    ("demonstrative-that-after-a-document-verb", "Recent polls show that has reversed.", "that has reversed",
     QuoteKind.INDIRECT, "show", "Recent polls"),
    ("one-makes-a-cue-form-a-noun", 'One tweet said: "This is very sad for all of us."',
     '"This is very sad for all of us."', QuoteKind.DIRECT, "said", "One tweet"),
    ("participle-after-a-clause-with-an-irregular-past", "Tenney took down businessman Steve Wells in the primary, "
     "saying the vote was fair.", "the vote was fair", QuoteKind.INDIRECT, "saying", "Tenney"),
    ("time-between-subject-and-cue", "The senator last week said she would vote against the bill.",
     "she would vote against the bill", QuoteKind.INDIRECT, "said", "The senator"),
    ("longer-time-between-subject-and-cue", "The White House earlier this month said it would review the rules.",
     "it would review the rules", QuoteKind.INDIRECT, "said", "The White House"),
    ("time-after-a-party-label", "Sen. Dianne Feinstein (D-Calif.) last week said Clinton did not originate the "
     "email chains.", "Clinton did not originate the email chains", QuoteKind.INDIRECT, "said",
     "Sen. Dianne Feinstein (D-Calif.)"),
    ("writer-aside-after-a-dash-is-no-content", "Deficits will rise again this year, the Congressional Budget Office "
     "reported on Tuesday — a development that could complicate the race.", "Deficits will rise again this year",
     QuoteKind.INDIRECT, "reported", "the Congressional Budget Office"),
    ("writer-aside-after-double-hyphen-is-no-content", "Deficits will rise again, the budget office said Tuesday -- "
     "a development that could complicate matters.", "Deficits will rise again", QuoteKind.INDIRECT, "said",
     "the budget office"),
    ("writer-step-toward-after-attribution", "India and China have agreed on new patrols, Foreign Secretary Vikram "
     "Misri said on Monday, a step toward easing four years of tension.", "India and China have agreed on new patrols",
     QuoteKind.INDIRECT, "said", "Foreign Secretary Vikram Misri"),
    ("writer-aside-after-a-comma-is-no-content", "Deficits will rise again, the budget office said Tuesday, a "
     "development that could complicate matters.", "Deficits will rise again", QuoteKind.INDIRECT, "said",
     "the budget office"),
    ("relative-clause-of-a-part-after-attribution", '"These are difficult decisions," Mary Barra wrote in an '
     "email to employees, a copy of which was seen by Reuters.", '"These are difficult decisions,"', QuoteKind.DIRECT,
     "wrote", "Mary Barra"),
    ("for-one-between-subject-and-cue", 'Larry Summers, for one, has warned that inflation could prove "stickier '
     'than the Fed expects."', 'inflation could prove "stickier than the Fed expects."', QuoteKind.MIXED, "warned",
     "Larry Summers"),
    ("on-the-other-hand-between-subject-and-cue", "Supporters of abortion rights, on the other hand, argued that the "
     "ruling will galvanize efforts to keep abortion legal.", "the ruling will galvanize efforts to keep abortion "
     "legal", QuoteKind.INDIRECT, "argued", "Supporters of abortion rights"),
    ("urged-an-object-with-a-place-to-act", "Gov. Roy Cooper urged residents in evacuation zones to leave "
     "immediately.", "residents in evacuation zones to leave immediately", QuoteKind.INDIRECT, "urged",
     "Gov. Roy Cooper"),
    ("two-word-quotation-of-two-sentences", 'Money\n\n"No. Never," he replied.', '"No. Never,"', QuoteKind.DIRECT,
     "replied", "he"),
    ("writers-connective-opening-the-content", "Still, almost two in three voters now view him favorably, the poll "
     "found.", "almost two in three voters now view him favorably", QuoteKind.INDIRECT, "found", "the poll"),
    ("however-opening-the-content", "However, slower growth is being offset by faster growth elsewhere, the IMF said.",
     "slower growth is being offset by faster growth elsewhere", QuoteKind.INDIRECT, "said", "the IMF"),
    ("subject-after-the-name-of-an-opening-role", "In a statement signed by its National Publicity Secretary, Mr Ini "
     'Ememobong, the Peoples Democratic Party described the delay as "insensitive and callous."',
     'the delay as "insensitive and callous."', QuoteKind.INDIRECT, "described", "the Peoples Democratic Party"),
    ("subject-after-the-lawyer-named-in-an-opening-phrase", "Under questioning from his lawyer, Mark Cohen, the "
     "defendant said he had relied on advice from accountants.", "he had relied on advice from accountants",
     QuoteKind.INDIRECT, "said", "the defendant"),
    ("statement-in-an-opening-phrase-names-no-role", "In a statement, Brian Fallon, a spokesman for the campaign, said"
     " the campaign was pleased.", "the campaign was pleased", QuoteKind.INDIRECT, "said",
     "Brian Fallon, a spokesman for the campaign,"),
    ("hearsay-said-to-have-told", 'The prince is said to have told friends he was "furious" about the book.',
     'he was "furious" about the book', QuoteKind.INDIRECT, "is said to have told", "The prince"),
    ("hearsay-reported-to-have-said", "The minister was reported to have said that the deal was dead.",
     "the deal was dead", QuoteKind.INDIRECT, "was reported to have said", "The minister"),
    ("ampersand-name-at-the-end-keeps-no-period", "Dr Adrian Boyle told the Today programme that patients were "
     "waiting up to three days in A&E.", "patients were waiting up to three days in A&E", QuoteKind.INDIRECT, "told",
     "Dr Adrian Boyle"),
    ("inverted-speaker-with-managing-director", '"Price matters," said Tu Le, managing director of consultancy Sino '
     "Auto Insights.", '"Price matters,"', QuoteKind.DIRECT, "said",
     "Tu Le, managing director of consultancy Sino Auto Insights"),
    ("inverted-speaker-with-visiting-professor", '"Price matters," said Jane Doe, 45, visiting professor at Yale.',
     '"Price matters,"', QuoteKind.DIRECT, "said", "Jane Doe, 45, visiting professor at Yale"),
    ("shared-subject-with-an-age-after-but", 'Suu Kyi, 70, said it was too early but added, "I think you all have an '
     'idea of the results."', "it was too early", QuoteKind.INDIRECT, "said", "Suu Kyi, 70,"),
    ("perfect-predicate-after-an-appositive-is-no-speaker", "Senator Marco Rubio, Republican of Florida, has talked "
     "about embedding troops, and Hillary Clinton said she would consider sending more.",
     "she would consider sending more", QuoteKind.INDIRECT, "said", "Hillary Clinton"),
    ("subject-after-a-subordinator-inside-a-coordinated-object", "A judge sentenced a man to five months' probation "
     "and a 300-euro fine after the man had posted on Facebook that refugees should drown.", "refugees should drown",
     QuoteKind.INDIRECT, "had posted", "the man"),
    ("aside-between-dashes-before-that", "The budget office said -- in a surprising turn -- that deficits will rise.",
     "deficits will rise", QuoteKind.INDIRECT, "said", "The budget office"),
    ("quotation-after-a-dash", "The mayor said — “We will rebuild this city.”", "“We will rebuild this city.”",
     QuoteKind.DIRECT, "said", "The mayor"),
    ("as-aside-inside-the-content", "The economy, as Powell noted on Tuesday, is slowing faster than expected.",
     "The economy, as Powell noted on Tuesday, is slowing faster than expected", QuoteKind.INDIRECT, "noted",
     "Powell"),
    ("as-aside-between-dashes", "Spokesman Sean Spicer -- as Clinton's campaign noted this week -- even promoted "
     "Sanders on Twitter.", "Spokesman Sean Spicer -- as Clinton's campaign noted this week -- even promoted Sanders "
     "on Twitter", QuoteKind.INDIRECT, "noted", "Clinton's campaign"),
    ("as-aside-after-a-connective", "However, as POLITICO has reported, cases that led to charges were different.",
     "cases that led to charges were different", QuoteKind.INDIRECT, "has reported", "POLITICO"),
    ("as-aside-after-a-subordinator", "If, as I've suggested, developers benefit from the rule, he has proposed "
     "nothing to change it.", "developers benefit from the rule", QuoteKind.INDIRECT, "suggested", "I"),
    ("as-temporal-is-no-aside", "The crowd cheered, as Trump said he would build the wall.",
     "he would build the wall", QuoteKind.INDIRECT, "said", "Trump"),
    ("relative-clause-in-parentheses-after-the-name", "Kasich (who has 25 delegates to date) said it is possible "
     "for him to win.", "it is possible for him to win", QuoteKind.INDIRECT, "said",
     "Kasich (who has 25 delegates to date)"),
    ("compound-adjective-before-the-name-and-a-shared-subject", "China's state-owned investment giant CITIC runs an "
     "oil field in Kazakhstan and says it has established a $110 billion fund.", "it has established a $110 billion "
     "fund", QuoteKind.INDIRECT, "says", "China's state-owned investment giant CITIC"),
    ("copy-of-a-document-speaks", "A redacted copy of the inspector general's memo seen by Reuters said "
     "investigators could not tell which files were taken.", "investigators could not tell which files were taken",
     QuoteKind.INDIRECT, "said", "A redacted copy of the inspector general's memo seen by Reuters"),
    ("people-the-writer-spoke-with", "Several people I've spoken with over the last couple of weeks said Mr. Hannity"
     " had advised Mr. Trump for months.", "Mr. Hannity had advised Mr. Trump for months", QuoteKind.INDIRECT, "said",
     "Several people I've spoken with over the last couple of weeks"),
    ("aside-between-hyphens-written-as-dashes", "Deborah Reynolds - Santilli's girlfriend and co-host on his YouTube "
     "channel - told The Washington Post that his views turned extreme around 2002.",
     "his views turned extreme around 2002", QuoteKind.INDIRECT, "told",
     "Deborah Reynolds - Santilli's girlfriend and co-host on his YouTube channel -"),
    ("plural-medium-after-wrote", 'Zimmerman wrote in both listings he was "honored and humbled" to announce the '
     "sale.", 'he was "honored and humbled" to announce the sale', QuoteKind.INDIRECT, "wrote", "Zimmerman"),
    ("irregular-participle-aside", "Sullivan, struck by her story, told her she did not need any talking points.",
     "she did not need any talking points", QuoteKind.INDIRECT, "told", "Sullivan"),
    ("participle-aside-with-a-town-and-state", "Trump, speaking at a rally in Wilmington, N.C., warned that Clinton "
     "opposes the Second Amendment.", "Clinton opposes the Second Amendment", QuoteKind.INDIRECT, "warned", "Trump"),
    ("plural-say-inverted-before-a-relative-clause", "A more subdued Bill Clinton may not be such a bad thing "
     "either, say some Democrats, who cringe as they recall his words about Barack Obama in the 2008 race.",
     "A more subdued Bill Clinton may not be such a bad thing either", QuoteKind.INDIRECT, "say",
     "some Democrats, who cringe as they recall his words about Barack Obama in the 2008 race"),
    ("a-significant-number-of-a-group", "And a significant number of Democrats said they are fine with however it "
     "plays out.", "they are fine with however it plays out", QuoteKind.INDIRECT, "said",
     "a significant number of Democrats"),
    ("phrase-without-comma-before-a-pronoun", "At a town hall this week she said she did not believe it was an "
     "error.", "she did not believe it was an error", QuoteKind.INDIRECT, "said", "she"),
    ("attribution-inside-a-gerund-subject-and-its-predicate", "Riding alone as a woman in a male-dominated park, "
     "they said, can be hazardous.", "Riding alone as a woman in a male-dominated park, they said, can be hazardous",
     QuoteKind.INDIRECT, "said", "they"),
    ("attribution-before-a-past-tense-predicate", "Pivoting to deficit reduction too soon, a wide array of "
     "economists say, limited the economic recovery.", "Pivoting to deficit reduction too soon, a wide array of "
     "economists say, limited the economic recovery", QuoteKind.INDIRECT, "say", "a wide array of economists"),
    ("fraction-of-respondents-speaks", "Most see it as a problem, and three-fourths say the government should "
     "require body cameras.", "the government should require body cameras", QuoteKind.INDIRECT, "say",
     "three-fourths"),
    ("all-but-a-few-speak", "Twelve voted in favor, and all but two said the party should take up the matter.",
     "the party should take up the matter", QuoteKind.INDIRECT, "said", "all but two"),
    ("count-with-a-thousands-comma-speaks", "The union counted the votes, and 1,409 teachers said they wanted to "
     "endorse Sanders.", "they wanted to endorse Sanders", QuoteKind.INDIRECT, "said", "1,409 teachers"),
    ("then-shares-the-subject", "Kasich jokingly offered the man a job as Secretary of Defense, then says he will "
     "welcome advice from anyone.", "he will welcome advice from anyone", QuoteKind.INDIRECT, "says", "Kasich"),
    ("trailing-attribution-with-a-circumstance", "Her liberal friends mocked his campaign, calling Trump “an orange "
     "buffoon,” Susan said as she turned around and spread her cape.", "Her liberal friends mocked his campaign, "
     "calling Trump “an orange buffoon,”", QuoteKind.INDIRECT, "said", "Susan"),
    ("time-after-a-longer-role-phrase", "The British capital's new mayor on Tuesday said the city would remain open "
     "to all.", "the city would remain open to all", QuoteKind.INDIRECT, "said", "The British capital's new mayor"),
    ("adverb-before-a-document-participle", "An Egyptian textbook just published for 9th graders says the "
     "revolution was a turning point.", "the revolution was a turning point", QuoteKind.INDIRECT, "says",
     "An Egyptian textbook just published for 9th graders"),
    ("writer-comparison-after-a-poll-content", "Fifty-two percent said Mr. Trump would be better, compared with 41 "
     "percent for Mrs. Clinton.", "Mr. Trump would be better", QuoteKind.INDIRECT, "said", "Fifty-two percent"),
    ("writer-change-after-a-figure", "Apple reported it sold $30.4 billion in goods in the quarter, up 31 percent from"
     " a year earlier.", "it sold $30.4 billion in goods in the quarter", QuoteKind.INDIRECT, "reported", "Apple"),
    ("writer-parenthesis-closing-the-sentence", "Trump called undocumented immigrants from Mexico “rapists” (although"
     " he allowed that some might be good people).", "undocumented immigrants from Mexico “rapists”",
     QuoteKind.INDIRECT, "called", "Trump"),
    ("count-and-former-before-a-name-shares-the-subject", "Two former FBI agents scoffed at the idea and said the "
     "plan was dead.", "the plan was dead", QuoteKind.INDIRECT, "said", "Two former FBI agents"),
    ("quantifier-and-senior-before-a-name-shares-the-subject", "Other senior Pentagon officials chafed at such "
     "second-guessing and said seeking reinforcements was right.", "seeking reinforcements was right",
     QuoteKind.INDIRECT, "said", "Other senior Pentagon officials"),
    ("would-not-inside-the-content", "The minister said India wanted normal relations but would not tolerate "
     "terrorism.", "India wanted normal relations but would not tolerate terrorism", QuoteKind.INDIRECT, "said",
     "The minister"),
    ("would-not-disclose-is-the-speaker-s", "His campaign confirmed that Trump would meet party officials but would "
     "not offer details of the agenda.", "Trump would meet party officials", QuoteKind.INDIRECT, "confirmed",
     "His campaign"),
    ("lower-case-portfolio-in-a-participle-s-subject", "The Australian minister for industry quit on Monday, saying "
     "she did not want to be a distraction.", "she did not want to be a distraction", QuoteKind.INDIRECT, "saying",
     "The Australian minister for industry"),
    ("contracted-pronoun-opens-a-bare-clause", "And, he acknowledged, it's unclear how far his advice goes.",
     "it's unclear how far his advice goes", QuoteKind.INDIRECT, "acknowledged", "he"),
    ("just-before-a-time", "As the Washington Post reported just today, the plan failed badly.",
     "the plan failed badly", QuoteKind.INDIRECT, "reported", "the Washington Post"),
    ("call-upon", "Trump called upon Mayor Bill de Blasio to restart surveillance of mosques.",
     "Mayor Bill de Blasio to restart surveillance of mosques", QuoteKind.INDIRECT, "called upon", "Trump"),
    ("writer-comparison-after-according-to", "Crude inventories fell by 1.2 million barrels last week, according to "
     "data from the Energy Information Administration, compared with expectations for a build.", "Crude inventories "
     "fell by 1.2 million barrels last week", QuoteKind.INDIRECT, "according to",
     "data from the Energy Information Administration"),
    ("signaled-a-clause-without-that", "Oil rose after OPEC+ signaled it would keep output cuts in place.",
     "it would keep output cuts in place", QuoteKind.INDIRECT, "signaled", "OPEC+"),
    ("statement-signed-by-a-spokesperson", "The police command has arrested 12 suspects, the command said in a "
     "statement signed by its spokesperson, SP Benjamin Hundeyin, on Tuesday in Lagos.",
     "The police command has arrested 12 suspects", QuoteKind.INDIRECT, "said", "the command"),
    ("description-of-the-source-after-according-to", "Some voters won’t back Clinton, according to the party chairs "
     "from Jefferson and Arapahoe, two of the five most populous counties in the state.", "Some voters won’t back "
     "Clinton", QuoteKind.INDIRECT, "according to", "the party chairs from Jefferson and Arapahoe"),
    ("quoted-predicate-after-according-to", "Over the long term, according to the budget office, the rise in annual "
     "deficits and debt ''is mainly attributable to the aging of the population.''", "the rise in annual deficits "
     "and debt ''is mainly attributable to the aging of the population.''", QuoteKind.MIXED, "according to",
     "the budget office"),
    ("negated-participle-after-the-attribution", "''We've shown the world we can float like butterflies,'' Mr. Obama "
     "said, not even needing to mention the author of that boast.", "''We've shown the world we can float like "
     "butterflies,''", QuoteKind.DIRECT, "said", "Mr. Obama"),
    ("question-then-a-manner-verb", "“Grizzly Adams?” Maddow repeated.", "“Grizzly Adams?”", QuoteKind.DIRECT,
     "repeated", "Maddow"),
    ("exclamation-then-a-manner-verb", "“Not again!” Hannity groused. “We did this last year.”",
     "“Not again!” Hannity groused. “We did this last year.”", QuoteKind.DIRECT, "groused", "Hannity"),
    ("writer-concession-after-a-dash", "Aides say he will almost certainly seek reelection in 2018 - though it is "
     "unclear whether either will translate into more muscle.", "he will almost certainly seek reelection in 2018",
     QuoteKind.INDIRECT, "say", "Aides"),
    ("concession-between-dashes-is-content", "He said voters see it as a higher priority — although not the highest "
     "priority — than taxes.", "voters see it as a higher priority — although not the highest priority — than taxes",
     QuoteKind.INDIRECT, "said", "He"),
    ("parenthesis-inside-the-content", "Sanders said his frequent invocation of Vermont (though he does support an "
     "amendment) does not fly.", "his frequent invocation of Vermont (though he does support an amendment) does not "
     "fly", QuoteKind.INDIRECT, "said", "Sanders"),
    ("noun-in-ly-after-the-cue-is-content", "Chief Financial Officer Colette Kress said supply constraints would ease."
     , "supply constraints would ease", QuoteKind.INDIRECT, "said", "Chief Financial Officer Colette Kress"),
    ("fortnightly-after-the-cue-is-content", "The council announced fortnightly bin collections on Monday.",
     "fortnightly bin collections on Monday", QuoteKind.INDIRECT, "announced", "The council"),
    ("adjective-in-ly-after-the-cue-is-content", "Nvidia reported quarterly revenue of $35.1 billion on Wednesday.",
     "quarterly revenue of $35.1 billion on Wednesday", QuoteKind.INDIRECT, "reported", "Nvidia"),
    ("adverb-after-a-set-off-attribution-goes-on-with-the-content", "The plan is, she says, completely at odds with "
     "the law.", "The plan is, she says, completely at odds with the law", QuoteKind.INDIRECT, "says", "she"),
    ("adverb-closing-the-sentence-is-no-content", "“Bad things are going to happen,” Trump warned in Everett, Wash., "
     "recently.", "“Bad things are going to happen,”", QuoteKind.DIRECT, "warned", "Trump"),
    ("as-aside-with-a-partitive-speaker", "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does "
     "not get back-to-back hurricanes.", "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does "
     "not get back-to-back hurricanes", QuoteKind.INDIRECT, "pointed out", "one of Mr. Obama's climate advisers"),
    ("source-named-again-after-according-to", "The fire had burned about 8,000 acres and was 5% contained, according"
     " to the California Department of Forestry and Fire Protection, known as Cal Fire.", "The fire had burned about "
     "8,000 acres and was 5% contained", QuoteKind.INDIRECT, "according to",
     "the California Department of Forestry and Fire Protection, known as Cal Fire"),
    ("adverb-opens-the-predicate-after-according-to", "Several officials, according to projections released with "
     "the statement, now see only one cut this year.", "Several officials, according to projections released with "
     "the statement, now see only one cut this year", QuoteKind.INDIRECT, "according to",
     "projections released with the statement"),
    ("trailing-attribution-with-a-participle", "Governor Gavin Newsom declared a state of emergency, his office said"
     " in a statement, freeing up state resources.", "Governor Gavin Newsom declared a state of emergency",
     QuoteKind.INDIRECT, "said", "his office"),
    ("late-on-a-day-before-that", "Sarah Wilkins told cheering supporters in Melbourne late on Saturday that voters "
     "had chosen hope.", "voters had chosen hope", QuoteKind.INDIRECT, "told", "Sarah Wilkins"),
    ("participle-aside-after-a-long-subject-with-a-state", "Federal officials familiar with the server taken from "
     "Mrs. Clinton's house in Chappaqua, N.Y., speaking on the condition of anonymity because they were not "
     "authorized to discuss the investigation, said the server had been wiped.", "the server had been wiped",
     QuoteKind.INDIRECT, "said", "Federal officials familiar with the server taken from Mrs. Clinton's house in "
     "Chappaqua, N.Y."),
    ("subject-after-a-subordinator-before-an-aside", "Mr. Trump's turn against the former president started last "
     "week when Mrs. Clinton, in response to his remarks about her loss in 2008, accused him of having a ''penchant "
     "for sexism.''", "him of having a ''penchant for sexism.''", QuoteKind.INDIRECT, "accused", "Mrs. Clinton"),
    ("told-advisers-after-the-content", "This is not about me, President Obama told his closest advisers.",
     "This is not about me", QuoteKind.INDIRECT, "told", "President Obama"),
    ("document-participle-with-a-preposition", "Text messages discovered on one of the phones suggested that the "
     "attackers were not using encryption.", "the attackers were not using encryption", QuoteKind.INDIRECT,
     "suggested", "Text messages discovered on one of the phones"),
    ("relative-pronoun-as-object-is-no-speaker", "She needs the tone of her concession speech — which even critics"
     " say was the most powerful speech of her campaign.", "was the most powerful speech of her campaign",
     QuoteKind.INDIRECT, "say", "critics"),
    ("subject-of-a-reduced-relative-clause", "It is a reminder of the investigation — a probe the law enforcement "
     "agency said was ongoing as of earlier this month.", "was ongoing as of earlier this month", QuoteKind.INDIRECT,
     "said", "the law enforcement agency"),
    ("even-with-opens-an-introductory-phrase", "Even with fewer people in the race, some GOP figures declared that "
     "Trump was nearly unstoppable.", "Trump was nearly unstoppable", QuoteKind.INDIRECT, "declared",
     "some GOP figures"),
    ("live-blog-time-stamp-is-no-content", "9:40 a.m. — More than 300,000 customers are without power in Louisiana,"
     " according to PowerOutage.us.", "More than 300,000 customers are without power in Louisiana", QuoteKind.INDIRECT,
     "according to", "PowerOutage.us"),
    ("calls-saying-speak", "11:00 am – Police receive 911 calls saying shots have been fired inside the center.",
     "shots have been fired inside the center", QuoteKind.INDIRECT, "saying", "911 calls"),
    ("conference-call-highlighting-is-its-holder-s", "Her campaign held a conference call highlighting his record on"
     " guns.", "his record on guns", QuoteKind.INDIRECT, "highlighting", "Her campaign"),
    ("subject-of-a-that-relative-clause", "Thousands rallied against a bill that critics say mirrors Russian law.",
     "mirrors Russian law", QuoteKind.INDIRECT, "say", "critics"),
    ("poll-respondents-after-found-that", "A Quinnipiac University poll released in late August found that 74 percent"
     " of likely voters said Mr. Trump should release his tax returns.", "Mr. Trump should release his tax returns",
     QuoteKind.INDIRECT, "said", "74 percent of likely voters"),
    ("demonstrative-that-after-a-preposition-is-no-relative", "One of the authors of that 2013 report, Ari Fleischer,"
     " said the nomination will test their conclusions.", "the nomination will test their conclusions",
     QuoteKind.INDIRECT, "said", "One of the authors of that 2013 report, Ari Fleischer,"),
    ("occasion-before-the-speaker-is-no-content", "But in a conference call with reporters on Dec. 2, Col. Steven "
     "H. Warren, a military spokesman in Baghdad, said, ''I mean, a raid is a combat operation.''",
     "''I mean, a raid is a combat operation.''", QuoteKind.DIRECT, "said",
     "Col. Steven H. Warren, a military spokesman in Baghdad,"),
    ("pronoun-subject-of-a-reduced-relative", "Astronomers have detected water vapor on a rocky planet, a finding "
     "they say could reshape the search for habitable worlds.", "could reshape the search for habitable worlds",
     QuoteKind.INDIRECT, "say", "they"),
    ("connective-before-a-set-off-attribution", "Rather, he said, continued struggles by the campaign will unite "
     "its opponents.", "continued struggles by the campaign will unite its opponents", QuoteKind.INDIRECT, "said",
     "he"),
    ("closing-attribution-after-a-cut-report", "He promised to defeat Randolph and state Sen. Darren Soto thanks to "
     "the Grayson name, which is well known in the district, Frankel said.", "He promised to defeat Randolph and "
     "state Sen. Darren Soto thanks to the Grayson name, which is well known in the district", QuoteKind.INDIRECT,
     "said", "Frankel"),
    ("plural-noun-after-preposition-is-no-cue", "Farmers could use the program to go after the EPA, which is "
     "unpopular due to new water rules and other regulations, Doggett said.", "Farmers could use the program to go "
     "after the EPA, which is unpopular due to new water rules and other regulations", QuoteKind.INDIRECT, "said",
     "Doggett"),
    ("plural-noun-after-to-help-is-no-cue", "Mr. Slinker, whose latest start-up, Paradata, uses big data to help "
     "brands find suppliers, said Mr. Trump was a candidate in the spirit of Silicon Valley: ''He's a start-up kind "
     "of guy.''", "Mr. Trump was a candidate in the spirit of Silicon Valley: ''He's a start-up kind of guy.''",
     QuoteKind.MIXED, "said", "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find "
     "suppliers,"),
    ("restrictive-who-after-a-quantity", "Clinton led, compared with 23 percent who said using a private server was "
     "improper but not illegal.", "using a private server was improper but not illegal", QuoteKind.INDIRECT, "said",
     "who"),
    ("name-in-a-zero-relative-clause", "It's a dynamic Greenberg said could drive those moderates toward Democrats "
     "this fall.", "could drive those moderates toward Democrats this fall", QuoteKind.INDIRECT, "said", "Greenberg"),
    ("intro-phrase-then-pronoun-after-and", "The group criticized the deal, and on Tuesday night he said it still "
     "posed a direct threat to Americans.", "it still posed a direct threat to Americans", QuoteKind.INDIRECT, "said",
     "he"),
    ("concessive-with-a-phrase-before-its-subject", "Although in September she said the plan was a mistake, at the "
     "town hall this week she said it was fine.", "the plan was a mistake", QuoteKind.INDIRECT, "said", "she"),
    ("infinitive-keeps-its-adverb", "A Pentagon official who was not authorized to speak publicly said the mood was "
     "grim.", "the mood was grim", QuoteKind.INDIRECT, "said", "A Pentagon official who was not authorized to speak "
     "publicly"),
    ("described-as-without-quotation-marks", "Smith described the plan as reckless and dangerous.", "the plan as "
     "reckless and dangerous", QuoteKind.INDIRECT, "described", "Smith"),
    ("dismissed-as", "Campaign chair Paul Manafort dismissed the whole kerfuffle as absurd.", "the whole kerfuffle as "
     "absurd", QuoteKind.INDIRECT, "dismissed", "Campaign chair Paul Manafort"),
    ("characterized-as", "The White House characterized the report as deeply flawed.", "the report as deeply flawed",
     QuoteKind.INDIRECT, "characterized", "The White House"),
    ("portraying-as-ends-before-participle", "Clinton spent the week portraying Sanders as a dreamer, promising to "
     "fight on.", "Sanders as a dreamer", QuoteKind.INDIRECT, "portraying", "Clinton"),
    ("attacked-as-with-a-relative-clause", "Trump attacked Clinton as a weak leader who would raise taxes.",
     "Clinton as a weak leader who would raise taxes", QuoteKind.INDIRECT, "attacked", "Trump"),
    ("denounced-as-ends-before-but", "The Europeans derided the deal as toothless, but Mr. Obama learned from the "
     "experience.", "the deal as toothless", QuoteKind.INDIRECT, "derided", "The Europeans"),
    ("slammed-as-ends-at-a-dash", "Carson and Paul have all slammed the program as a violation of free market "
     "principles — and Cruz was bold enough to tout his position.", "the program as a violation of free market "
     "principles", QuoteKind.INDIRECT, "have all slammed", "Carson and Paul"),
    ("which-argued-that", "The judge ruled for The Washington Post, which argued that the documents were public.",
     "the documents were public", QuoteKind.INDIRECT, "argued", "which"),
    ("as-the-paper-noted", "As the paper noted, the deal is surprising because Trump has praised China.", "the deal "
     "is surprising because Trump has praised China", QuoteKind.INDIRECT, "noted", "the paper"),
    ("there-then-coordinated-said", "There, the chairman declined to name the delegates but said one was an avowed "
     "Trump supporter.", "one was an avowed Trump supporter", QuoteKind.INDIRECT, "said", "the chairman"),
    ("that-contraction-stays-in-the-content", "Clinton said the foundation was open, but multiple reports reveal "
     "that’s untrue.", "the foundation was open", QuoteKind.INDIRECT, "said", "Clinton"),
    ("gerund-noun-then-say", "People familiar with her thinking say the plan is hard.", "the plan is hard",
     QuoteKind.INDIRECT, "say", "People familiar with her thinking"),
    ("but-later-pronoun", "Sanders defended his vote, but later he said he supported a repeal.", "he supported a "
     "repeal", QuoteKind.INDIRECT, "said", "he"),
    ("but-late-day-pronoun", "Sanders defended his vote, but late Saturday he announced he supported a repeal.",
     "he supported a repeal", QuoteKind.INDIRECT, "announced", "he"),
    ("disclosure-form-stated", "Trump’s new PFD form stated that his revenue increased to $557 million in 2015.",
     "his revenue increased to $557 million in 2015", QuoteKind.INDIRECT, "stated", "Trump’s new PFD form"),
    ("inverted-attribution-after-a-counted-object", "The strike killed 12 fighters, said one official.", "The strike "
     "killed 12 fighters", QuoteKind.INDIRECT, "said", "one official"),
    ("not-authorized-appositive-in-a-speaker", "An official, not authorized to speak on the record, said the embassy "
     "would close.", "the embassy would close", QuoteKind.INDIRECT, "said", "An official, not authorized to speak on "
     "the record,"),
    ("the-state-admitted", "The state admitted it made a mistake when a pediatrician reported high lead levels.",
     "it made a mistake when a pediatrician reported high lead levels", QuoteKind.INDIRECT, "admitted", "The state"),
    ("the-missive-suggests", "But the missive suggests Republicans have no intention of dialing back their protest.",
     "Republicans have no intention of dialing back their protest", QuoteKind.INDIRECT, "suggests", "the missive"),
    ("according-to-a-role-then-its-name", "Owners will be notified by mail, according to a GM spokeswoman, Maria "
     "Lopez.", "Owners will be notified by mail", QuoteKind.INDIRECT, "according to", "a GM spokeswoman, Maria Lopez"),
    ("plural-noun-head-before-a-past-verb", "Consumer advocates welcomed the move but said it came too late.",
     "it came too late", QuoteKind.INDIRECT, "said", "Consumer advocates"),
    ("and-inside-an-agency-name", "In a filing with the Securities and Exchange Commission, the company said it had "
     "received a subpoena.", "it had received a subpoena", QuoteKind.INDIRECT, "said", "the company"),
    ("and-between-two-names-in-an-interview-phrase", "In an interview with hosts Joe Scarborough and Mika "
     "Brzezinski, the candidate stated that the comments were divisive.", "the comments were divisive",
     QuoteKind.INDIRECT, "stated", "the candidate"),
    ("and-inside-an-opening-participle-phrase", "Speaking to Fox News and the Wall Street Journal, the senator said "
     "he would vote no.", "he would vote no", QuoteKind.INDIRECT, "said", "the senator"),
    ("and-inside-an-opening-prepositional-phrase", "In Iowa and New Hampshire, voters said the economy mattered most.",
     "the economy mattered most", QuoteKind.INDIRECT, "said", "voters"),
    ("irregular-past-and-its-named-object", "Trump won Florida and Sanders said the race was close.", "the race was "
     "close", QuoteKind.INDIRECT, "said", "Sanders"),
    ("restrictive-who-in-a-subject-ends-before-the-main-verb", "A bipartisan deal faced new doubts as progressive "
     "Democrats who say the bill gives too much to Republicans threatened to vote against it.", "the bill gives too "
     "much to Republicans", QuoteKind.INDIRECT, "say", "who"),
    ("restrictive-who-opening-the-sentence-ends-before-the-main-verb", "Voters who say the economy is most important "
     "in their vote decision were evenly divided between the candidates.", "the economy is most important in their "
     "vote decision", QuoteKind.INDIRECT, "say", "who"),
    ("questioned-why", "Trump questioned why Ghazala Khan had not spoken on stage.", "why Ghazala Khan had not spoken "
     "on stage", QuoteKind.INDIRECT, "questioned", "Trump"),
    ("question-whether-after-a-plural", "Critics question whether the plan will work.", "whether the plan will work",
     QuoteKind.INDIRECT, "question", "Critics"),
    ("called-name-a-noun-without-quotation-marks", "Trump called Mitch McConnell a liar.", "Mitch McConnell a liar",
     QuoteKind.INDIRECT, "called", "Trump"),
    ("called-object-an-adjective-without-quotation-marks", "He called the actions lawful, and she disagreed.",
     "the actions lawful", QuoteKind.INDIRECT, "called", "He"),
    ("according-to-a-web-site", "They lived in the French city of Angers and were merchants, according to "
     "ouest-france.fr.", "They lived in the French city of Angers and were merchants", QuoteKind.INDIRECT,
     "according to", "ouest-france.fr"),
    ("according-to-results-with-a-modifier", "Turnout has fallen drastically since 2008, according to unofficial "
     "election results tallied through Wednesday afternoon.", "Turnout has fallen drastically since 2008",
     QuoteKind.INDIRECT, "according to", "unofficial election results tallied through Wednesday afternoon"),
    ("name-in-ing-shares-its-subject", "Ebeling reminisced about her days as a Goldwater girl with Clinton, and said "
     "their political views were both changed by the Vietnam War.", "their political views were both changed by the "
     "Vietnam War", QuoteKind.INDIRECT, "said", "Ebeling"),
    ("restrictive-who-with-an-object-is-no-report", "Cruz, a graduate of Harvard Law School who has argued a number "
     "of cases before the Supreme Court, will do an excellent job, Blackwell maintains.", "Cruz, a graduate of "
     "Harvard Law School who has argued a number of cases before the Supreme Court, will do an excellent job",
     QuoteKind.INDIRECT, "maintains", "Blackwell"),
    ("object-relative-aside-closed-by-a-comma", "The woman, whom reporters met in Kyiv, said the manager cornered "
     "her.", "the manager cornered her", QuoteKind.INDIRECT, "said", "The woman, whom reporters met in Kyiv,"),
    ("object-relative-aside-after-a-name", "Sanders, whom Trump called a liar on Monday, said the attack was "
     "desperate.", "the attack was desperate", QuoteKind.INDIRECT, "said",
     "Sanders, whom Trump called a liar on Monday,"),
    ("citing-aside-between-cue-and-that", "Reuters reported, citing two sources, that the ministry would delay the "
     "auction.", "the ministry would delay the auction", QuoteKind.INDIRECT, "reported", "Reuters"),
    ("citing-aside-after-a-time", "The ministry said on Tuesday, citing security concerns, that it would delay the "
     "auction.", "it would delay the auction", QuoteKind.INDIRECT, "said", "The ministry"),
    ("occupation-before-a-participle-aside", "The contractor, speaking to reporters, said the kickbacks were "
     "routine.", "the kickbacks were routine", QuoteKind.INDIRECT, "said", "The contractor"),
    ("second-poll-share-ends-the-first-report", "About half said the party was indifferent and one in four said the "
     "party was outright hostile.", "the party was indifferent", QuoteKind.INDIRECT, "said", "About half"),
    ("second-poll-share-after-but", "Most Republicans said they trusted Trump, but 40 percent of independents said "
     "they did not.", "they trusted Trump", QuoteKind.INDIRECT, "said", "Most Republicans"),
    ("as-reported-by-leads", "As reported by Western Journalism, investigators found over 2,200 emails containing "
     "classified information.", "investigators found over 2,200 emails containing classified information",
     QuoteKind.INDIRECT, "reported", "Western Journalism"),
    ("as-first-reported-by-leads", "As first reported by Politico, the senator will retire next year.",
     "the senator will retire next year", QuoteKind.INDIRECT, "reported", "Politico"),
    ("as-reported-by-after-a-cue-is-no-source", '"I would take corrective action," Carson noted in an interview, as '
     "reported by BuzzFeed News.", '"I would take corrective action,"', QuoteKind.DIRECT, "noted", "Carson"),
    ("according-to-then-participle-aside", "According to Jack Kelly, writing for RealClearPolitics, the foundation "
     "received $26.4 million in undisclosed payments.", "the foundation received $26.4 million in undisclosed "
     "payments", QuoteKind.INDIRECT, "According to", "Jack Kelly"),
    ("object-relative-with-its-own-verb-stays-in-the-subject", "Many of the Democratic chairs that POLITICO "
     "interviewed predicted Clinton will win.", "Clinton will win", QuoteKind.INDIRECT, "predicted",
     "Many of the Democratic chairs that POLITICO interviewed"),
    ("quantifier-and-relative-clause-speaks", "But some who advocate free speech argue that relying on companies "
     "like Twitter puts those companies in a difficult spot.", "relying on companies like Twitter puts those companies "
     "in a difficult spot", QuoteKind.INDIRECT, "argue", "some who advocate free speech"),
    ("quoted-nickname-in-an-appositive", "Marcel Lehel, the hacker known as “Guccifer,” stated that he had access to "
     "the server.", "he had access to the server", QuoteKind.INDIRECT, "stated",
     "Marcel Lehel, the hacker known as “Guccifer,”"),
    ("quoted-vocative-is-no-title", "“Judge,” Brafman said, “I have never had that happen in any case.”",
     "“Judge,” Brafman said, “I have never had that happen in any case.”", QuoteKind.DIRECT, "said", "Brafman"),
    ("called-on-someone-to-act", "The Wall Street Journal called on Trump to get his act together.",
     "Trump to get his act together", QuoteKind.INDIRECT, "called on", "The Wall Street Journal"),
    ("called-on-with-a-quoted-infinitive", 'He called on Americans not to "give into fear or turn against each '
     'other."', 'Americans not to "give into fear or turn against each other."', QuoteKind.MIXED, "called on", "He"),
    ("relative-aside-ends-at-the-first-main-verb", "President Trump, who has repeatedly called on Powell to lower "
     'rates, criticized the decision on social media, writing that the Fed chair was "always too late."',
     "Powell to lower rates", QuoteKind.INDIRECT, "has repeatedly called on", "who"),
    ("expressed-concern-that", "Kasich expressed concern that the billionaire businessman was encouraging violence "
     "at his rallies.", "the billionaire businessman was encouraging violence at his rallies", QuoteKind.INDIRECT,
     "expressed concern", "Kasich"),
    ("expressed-confidence-bare-clause", "The administration expressed confidence it was holding the better political "
     "hand.", "it was holding the better political hand", QuoteKind.INDIRECT, "expressed confidence",
     "The administration"),
    ("voiced-concerns-about", "House members in competitive races voiced concerns about what damning information "
     "might be out there.", "what damning information might be out there", QuoteKind.INDIRECT,
     "voiced concerns about", "House members in competitive races"),
    ("long-title-before-a-statement-saying", "In response, Philippine Presidential Communications Office Secretary "
     'Martin Andanar released a statement saying that Trump had "professed his love for the Philippines" during '
     "the launch.", 'Trump had "professed his love for the Philippines" during the launch', QuoteKind.MIXED, "saying",
     "Philippine Presidential Communications Office Secretary Martin Andanar"),
    ("said-and-i-quote", 'No wonder Trump said, and I quote, "We love the poorly educated."',
     'and I quote, "We love the poorly educated."', QuoteKind.MIXED, "said", "No wonder Trump"),
    ("occupation-before-an-appositive", "The plumber, a former Marine, said the pipes had burst.",
     "the pipes had burst", QuoteKind.INDIRECT, "said", "The plumber, a former Marine,"),
    ("each-side-speaks", "Each side said the other would be responsible if the money is not approved.",
     "the other would be responsible if the money is not approved", QuoteKind.INDIRECT, "said", "Each side"),
    ("affidavit-shares-its-subject", "The affidavit cited interviews with Fields and said that Bujnowski had seen "
     "bruises on her forearm.", "interviews with Fields", QuoteKind.INDIRECT, "cited", "The affidavit"),
    ("told-while-leaving-that", "Smith told reporters as he left the courthouse that he was innocent.",
     "he was innocent", QuoteKind.INDIRECT, "told", "Smith"),
    ("share-of-a-party-speaks", "Six in 10 Republican said the party should unite behind the winner.",
     "the party should unite behind the winner", QuoteKind.INDIRECT, "said", "Six in 10 Republican"),
    ("age-before-says", "Paradis, who has been active in politics since the age of 25, says she identifies as an "
     "independent.", "she identifies as an independent", QuoteKind.INDIRECT, "says",
     "Paradis, who has been active in politics since the age of 25,"),
    ("reason-that-reports", "Some economists reason that lower rates will lift investment.",
     "lower rates will lift investment", QuoteKind.INDIRECT, "reason", "Some economists"),
    ("poll-shows-a-noun-phrase", "A CNN/ORC poll of South Carolina released on Tuesday showed Mr. Trump with a "
     "16-point lead over his closest rival.", "Mr. Trump with a 16-point lead over his closest rival",
     QuoteKind.INDIRECT, "showed", "A CNN/ORC poll of South Carolina released on Tuesday"),
    ("poll-shows-a-participle", "The latest Rasmussen Reports poll shows Trump leading Clinton 44 percent to 37 "
     "percent.", "Trump leading Clinton 44 percent to 37 percent", QuoteKind.INDIRECT, "shows",
     "The latest Rasmussen Reports poll"),
    ("survey-found-a-share", "A recent CNN survey found 90 percent support for background checks.",
     "90 percent support for background checks", QuoteKind.INDIRECT, "found", "A recent CNN survey"),
    ("records-show-a-clause-without-that", "FEC records show Eksili has donated $38,000 to political campaigns since "
     "2010.", "Eksili has donated $38,000 to political campaigns since 2010", QuoteKind.INDIRECT, "show",
     "FEC records"),
    ("a-report-finds-a-noun-phrase", "A 2014 House Intelligence Committee report found no wrongdoing.",
     "no wrongdoing", QuoteKind.INDIRECT, "found", "A 2014 House Intelligence Committee report"),
    ("poll-named-with-of-shows", "A University of New Hampshire poll shows Clinton trailing in the state.",
     "Clinton trailing in the state", QuoteKind.INDIRECT, "shows", "A University of New Hampshire poll"),
    ("report-by-its-author-found", "A 2009 report by the Center for Economic and Policy Research found that a 0.5 "
     "percent tax would raise $220 billion annually.", "a 0.5 percent tax would raise $220 billion annually",
     QuoteKind.INDIRECT, "found", "A 2009 report by the Center for Economic and Policy Research"),
    ("newly-released-email-finds", "A newly released email relating to Benghazi finds that the State Department had "
     "only two or three guards there.", "the State Department had only two or three guards there",
     QuoteKind.INDIRECT, "finds", "A newly released email relating to Benghazi"),
    ("analyses-suggest", "For instance, some analyses suggest that keeping warming in check will require electric "
     "cars.", "keeping warming in check will require electric cars", QuoteKind.INDIRECT, "suggest",
     "some analyses"),
    ("urged-names-and-infinitive", "Clinton urged Sanders and Donald Trump to do the same.",
     "Sanders and Donald Trump to do the same", QuoteKind.INDIRECT, "urged", "Clinton"),
    ("urged-titled-object-and-infinitive", "The families urged the Vermont senator to apologize for his comments.",
     "the Vermont senator to apologize for his comments", QuoteKind.INDIRECT, "urged", "The families"),
    ("told-object-not-to", "The coach told his players not to worry about the standings.",
     "his players not to worry about the standings", QuoteKind.INDIRECT, "told", "The coach"),
    ("told-object-then-clause-with-infinitive", "He told Reuters he plans to leave the company next year.",
     "he plans to leave the company next year", QuoteKind.INDIRECT, "told", "He"),
    ("trailing-document-attribution-ends-the-content", "In a separate ruling, a state judge found that the company "
     "had improperly billed tenants for repairs, court records show.", "the company had improperly billed tenants for "
     "repairs", QuoteKind.INDIRECT, "found", "a state judge"),
    ("official-figures-show", "Waiting lists have fallen for the third month in a row, official figures show.",
     "Waiting lists have fallen for the third month in a row", QuoteKind.INDIRECT, "show", "official figures"),
    ("pontiff-speaks", "Speaking from the balcony to pilgrims, the 88-year-old pontiff said he was praying for "
     "peace.", "he was praying for peace", QuoteKind.INDIRECT, "said", "the 88-year-old pontiff"),
    ("emir-speaks", "The emir said the talks would continue in Doha.", "the talks would continue in Doha",
     QuoteKind.INDIRECT, "said", "The emir"),
    ("laughed-after-quotation", '"It was the best day of my life," she laughed.', '"It was the best day of my life,"',
     QuoteKind.DIRECT, "laughed", "she"),
    ("sniped-after-quotation", '"That is not how this works," he sniped.', '"That is not how this works,"',
     QuoteKind.DIRECT, "sniped", "he"),
    ("research-shows", "Her research shows that restrictive zoning has blocked millions of homes.",
     "restrictive zoning has blocked millions of homes", QuoteKind.INDIRECT, "shows", "Her research"),
    ("polling-shows", "Recent polling shows that his rating among white Democrats equals his rating among black "
     "voters.", "his rating among white Democrats equals his rating among black voters", QuoteKind.INDIRECT,
     "shows", "Recent polling"),
    ("inverted-warned-with-a-named-group", "Shares could fall further if the Fed raises rates, warned strategists at "
     "Goldman Sachs in a note to clients.", "Shares could fall further if the Fed raises rates", QuoteKind.INDIRECT,
     "warned", "strategists at Goldman Sachs"),
    ("parenthetical-before-a-present-verb", "Therefore any attempt to debunk a falsehood by Mr. Trump, he said, "
     "becomes hopeless.", "Therefore any attempt to debunk a falsehood by Mr. Trump, he said, becomes hopeless",
     QuoteKind.INDIRECT, "said", "he"),
    ("venue-with-a-compound-noun", "Cruz said Thursday during a taping of a MSNBC town hall meeting in Buffalo, New "
     "York, that the state is wrong to ban fracking.", "the state is wrong to ban fracking", QuoteKind.INDIRECT,
     "said", "Cruz"),
    ("active-asked-about", "A reporter asked about his finances.", "his finances", QuoteKind.INDIRECT, "asked about",
     "A reporter"),
    ("asked-about-after-a-subordinator", "The payments were acknowledged only after the Washington Post asked about "
     "them in February.", "them in February", QuoteKind.INDIRECT, "asked about", "the Washington Post"),
    ("whole-sentence-before-trailing-attribution-with-relative", "The moment that Ms. Nwanguma, 21, who is black, "
     "held up her signs, Trump supporters ripped them away and began shoving her, screaming racial slurs and calling "
     "her ''leftist scum,'' she said in an interview.", "The moment that Ms. Nwanguma, 21, who is black, held up her "
     "signs, Trump supporters ripped them away and began shoving her, screaming racial slurs and calling her "
     "''leftist scum,''",
     QuoteKind.INDIRECT, "said", "she"),
    ("trailing-attribution-then-a-purpose", "His allegiance has shifted from Carly Fiorina to Rubio to, now, Cruz, "
     "Wilkin said during his campaign speech to be a national delegate.",
     "His allegiance has shifted from Carly Fiorina to Rubio to, now, Cruz", QuoteKind.INDIRECT, "said", "Wilkin"),
    ("relative-aside-with-coordinated-verbs", "Sanders, who endorsed Canova in late May and said he would probably "
     "campaign with him, ultimately did not show up in person for the race.", "he would probably campaign with him",
     QuoteKind.INDIRECT, "said", "who"),
    ("concessive-aside-with-coordinated-verbs", "Clinton, though she praised Garland and said Republicans should give "
     "him a hearing, notably stopped short of committing to renominate him.", "Republicans should give him a hearing",
     QuoteKind.INDIRECT, "said", "she"),
    ("concessive-aside-after-the-subject", "Clinton, though she said Republicans should give him a hearing, stopped "
     "short of committing to renominate him.", "Republicans should give him a hearing", QuoteKind.INDIRECT, "said",
     "she"),
    ("relative-aside-then-an-adverb-and-the-predicate", "Sanders, who said he would probably campaign with him, "
     "ultimately did not show up.", "he would probably campaign with him", QuoteKind.INDIRECT, "said", "who"),
    ("when-opens-a-question-left-open", "He did not say when he would leave.", "when he would leave",
     QuoteKind.INDIRECT, "did not say", "He"),
    ("parenthetical-attribution-then-a-gerund-subject", "Though that transition was relatively seamless, he said, "
     "replacing Clinton would be much more acrimonious.", "Though that transition was relatively seamless, he said, "
     "replacing Clinton would be much more acrimonious", QuoteKind.INDIRECT, "said", "he"),
    ("quoted-words-go-on-after-the-attribution", "Emerging from his meeting, the prime minister ''looked ashen,'' Mr. "
     "Arad said, from ''the direct body blow.''", "Emerging from his meeting, the prime minister ''looked ashen,'' Mr. "
     "Arad said, from ''the direct body blow.''", QuoteKind.MIXED, "said", "Mr. Arad"),
    ("result-clause-with-no-that", "He was so fired up about a deal's potential he said she should call Compaq's "
     "chief right away.", "she should call Compaq's chief right away", QuoteKind.INDIRECT, "said", "he"),
    ("trailing-attribution-by-a-margin", "The plan is good, voters say by an overwhelming margin.", "The plan is good",
     QuoteKind.INDIRECT, "say", "voters"),
    ("as-someone-revealed-then-the-clause", "As POLITICO revealed, the RNC agreed to allow Trump to use the party’s "
     "voter file.", "the RNC agreed to allow Trump to use the party’s voter file", QuoteKind.INDIRECT, "revealed",
     "POLITICO"),
    ("plural-speaker-noun-and-a-bare-clause", "When her lead slipped last fall, Clinton's biggest boosters in New "
     "Hampshire insisted it was a temporary dip.", "it was a temporary dip", QuoteKind.INDIRECT, "insisted",
     "Clinton's biggest boosters in New Hampshire"),
    ("opening-adverb-then-a-name-and-its-appositive", "Now Donald Trump, a real estate developer, said the plan "
     "would fail.", "the plan would fail", QuoteKind.INDIRECT, "said", "Donald Trump, a real estate developer,"),
    ("called-a-name-with-its-appositive-a-thing", "At the time, Mr. Manafort called Mr. Yanukovych, a former coal "
     "trucking director who was twice convicted of assault, an outstanding leader.", "Mr. Yanukovych, a former coal "
     "trucking director who was twice convicted of assault, an outstanding leader", QuoteKind.INDIRECT, "called",
     "Mr. Manafort"),
]


@pytest.mark.parametrize(("text", "content", "kind", "cue", "speaker"), [r[1:] for r in ROWS],
                         ids=[r[0] for r in ROWS])
def test_cue_frames(text: str, content: str, kind: QuoteKind, cue: str, speaker: str) -> None:
    """The first quote of each row has this content, kind, cue and speaker mention."""
    quote = extract_quotes(text)[0]
    assert quote.span.text == content
    assert quote.kind is kind
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.mention.text == speaker
    for span in (quote.span, quote.cue, quote.speaker.mention):
        assert text[span.start : span.end] == span.text


def test_participle_after_inverted_cue_keeps_its_speaker() -> None:
    """ "..., Lewandowski added, saying ...": the participle continues the speaker just named, not the sentence's
    first noun phrase."""
    text = "Comey cannot say that “from his view,” Lewandowski added, saying it should be “up to the prosecutor.”"
    quotes = extract_quotes(text)
    assert [(q.cue and q.cue.text, q.speaker and q.speaker.mention.text) for q in quotes] == [
        ("added", "Lewandowski"), ("saying", "Lewandowski")
    ]


def test_writers_appositive_with_a_participle_reports_nothing() -> None:
    """ "..., a plan announced earlier this year": a thing named after a comma, and a participle, is no speaker."""
    assert extract_quotes("The government will keep screening people in El Salvador, Guatemala and Honduras for "
                          "eligibility to come as refugees, a plan announced earlier this year.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The protester yelled and held up a banner that was quickly ripped away.",
        "Among others in a perilous trap are Senators Mitch McConnell, the majority leader, whose new book boasts of "
        "his commitment to civil discourse.",
        "Cross-selling was a significant aspect of the bank's strategy, which the bank detailed in Securities and "
        "Exchange Commission filings.",
        "Nobody asked about the refugees.",
        "The minister complained when prices rose.",
        "Trump supporters typically begin shouting, pointing, jeering - and sometimes pushing - at the protester.",
        "Rubio was denouncing the amnesty bill as it was sailing through the Senate.",
        "The mayor praised the workers as well as the police.",
        "Obama criticized policies such as the travel ban.",
        "The council condemned North Korea's launch as Pyongyang fired three missiles into the sea.",
        "Chamberlain praised Clinton's remarks on Thursday, but also used them as an opportunity to ratchet up the "
        "pressure.",
    ],
    ids=["cue-then-a-second-predicate", "relative-whose-is-no-speaker", "adjunct-with-a-name-joined-by-and",
         "nobody-asked", "complained-when", "a-list-of-gerunds", "as-opening-a-clause", "as-well-as", "such-as",
         "as-a-name-and-a-past-verb", "as-after-a-contrast"],
)
def test_no_report_in_look_alike_frames(text: str) -> None:
    """A second predicate after a cue, a relative "whose" phrase before one, a cue whose only words are a place
    named with "and" in it: none reports anything."""
    assert extract_quotes(text) == []


def test_plural_noun_and_a_verb_form_is_no_second_cue() -> None:
    """ "new faces and voices in government": "voices" is a noun joined to a plural noun, not the speaker's second
    report."""
    quotes = extract_quotes("Rubio told a crowd that there is a hunger for new faces and voices in government.")
    assert [(q.span.text, q.cue and q.cue.text) for q in quotes] == [
        ("there is a hunger for new faces and voices in government", "told")
    ]


def test_object_verb_before_a_trailing_attribution_reports_nothing() -> None:
    """ "has added another link ..., she noted": the object of "added" is no clause (the verb of the trailing
    attribution is not its clause's), so only "noted" reports."""
    quotes = extract_quotes("Social media has added another link to the misinformation chain, she noted.")
    assert [q.cue and q.cue.text for q in quotes] == ["noted"]


def test_which_reports_only_with_a_plain_report_verb() -> None:
    """", which said ..." reports for the body before it; ", which does not disclose its finances," is an aside,
    and the main clause's report stays."""
    quote = extract_quotes("Data came from the ministry, which said the economy grew 2%.")[0]
    assert (quote.span.text, quote.cue and quote.cue.text) == ("the economy grew 2%", "said")
    quotes = extract_quotes(
        "BuzzFeed, which does not disclose its finances, denied the report, saying revenue grew sharply last year."
    )
    assert [q.cue and q.cue.text for q in quotes] == ["denied", "saying"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Following the leak of the report, which concluded that she violated agency rules, Clinton’s campaign "
         "contended that it wasn’t hiding anything.",
         [("she violated agency rules", "concluded", "which"),
          ("it wasn’t hiding anything", "contended", "Clinton’s campaign")]),
        ("The memo notes the government monitors 20,000 mosques, and it says authorities have blocked nearly "
         "400,000 websites.",
         [("the government monitors 20,000 mosques", "notes", "The memo"),
          ("authorities have blocked nearly 400,000 websites", "says", "it")]),
        ("Clinton said the foundation was open, but multiple reports reveal that’s untrue.",
         [("the foundation was open", "said", "Clinton"), ("that’s untrue", "reveal", "multiple reports")]),
        ("Clinton wrongly claimed the videos exist, foreign policy experts affirm that Trump will be used as a "
         "recruiting tool.",
         [("the videos exist", "wrongly claimed", "Clinton"),
          ("Trump will be used as a recruiting tool", "affirm", "foreign policy experts")]),
        ("Weiner admitted that he and the woman had “been friends for some time,” he claimed they had never met.",
         [("he and the woman had “been friends for some time,”", "admitted", "Weiner"),
          ("they had never met", "claimed", "he")]),
        ("“I will never eat them again,” Trump said in August after Nabisco announced it was laying off workers.",
         [("“I will never eat them again,”", "said", "Trump"),
          ("it was laying off workers", "announced", "Nabisco")]),
        ("“I never said that,” Trump said, after CNBC's Becky Quick said he had called Rubio a senator.",
         [("“I never said that,”", "said", "Trump"), ("he had called Rubio a senator", "said", "CNBC's Becky Quick")]),
    ],
    ids=["relative-then-main-clause-subject", "and-then-a-second-subject", "but-then-a-second-subject",
         "comma-then-a-second-subject", "quotation-comma-then-a-second-subject",
         "after-a-trailing-attribution-and-a-time", "after-a-trailing-attribution-and-a-comma"],
)
def test_second_clause_with_its_own_subject_reports_on_its_own(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """A report's content ends where a clause with its own subject and reporting verb follows its comma, and that
    clause is a second report."""
    quotes = extract_quotes(text)
    assert _triples(quotes) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mrs. Schlafly replied that she was pleased because, she said, the comment had made it plain.",
         "she was pleased because, she said, the comment had made it plain"),
        ("Turkish media reported that during Obama's visit to Turkey, President Erdogan reiterated his request.",
         "during Obama's visit to Turkey, President Erdogan reiterated his request"),
        ("Republicans say the Democrats tried that with the first batch of 20,000 emails that leaked in July.",
         "the Democrats tried that with the first batch of 20,000 emails that leaked in July"),
    ],
    ids=["parenthetical-attribution", "opening-phrase-then-the-content-subject", "thousands-comma"],
)
def test_no_second_clause_where_none_begins(text: str, content: str) -> None:
    """A parenthetical attribution, a subject after the content's opening phrase, or a comma inside a number does
    not end a content."""
    assert extract_quotes(text)[0].span.text == content


@pytest.mark.parametrize(
    "clause",
    [
        "The strike killed 12 fighters", "Police detained three men", "Rebels seized two towns",
        "The bank laid off 500 employees", "The court sentenced two activists", "Airstrikes hit hospitals and schools",
        "The coalition trained local forces", "Voters rejected the measure",
    ],
)
@pytest.mark.parametrize("attribution", [", said an official.", ", a police spokesman said.",
                                         ", said Col. Ahmed Hassan, a military spokesman."])
def test_agency_clause_before_its_attribution(clause: str, attribution: str) -> None:
    """A clause whose verb has an object (a count, a plural noun, a reporting verb's object) is what the trailing
    attribution reports, in either order, not a speaker."""
    quotes = extract_quotes(clause + attribution)
    reported = [q for q in quotes if q.span.text == clause]
    assert len(reported) == 1 and reported[0].speaker is not None
    assert reported[0].speaker.mention.text in attribution


def test_while_clause_then_another_speaker() -> None:
    """ "While one company says ..., another says ...": the first report ends where the main clause begins."""
    quotes = extract_quotes("While one company says there are more than 2,400 billionaires in the world, another says "
                            "there are about 1,800.")
    assert [(q.span.text, q.speaker and q.speaker.mention.text) for q in quotes] == [
        ("there are more than 2,400 billionaires in the world", "one company"), ("there are about 1,800", "another")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When the moderator pointed out that Trump hadn't answered the question, the candidate said families of "
         "people killed by police file lawsuits.",
         [("Trump hadn't answered the question", "the moderator"),
          ("families of people killed by police file lawsuits", "the candidate")]),
        ("Just days before it was to report earnings on Wednesday, the social media company said on Friday that it "
         "had suspended 125,000 accounts.",
         [("earnings on Wednesday", "it"), ("it had suspended 125,000 accounts", "the social media company")]),
        ("After the mayor announced that the library would close, residents argued that it was the town's heart.",
         [("the library would close", "the mayor"), ("it was the town's heart", "residents")]),
    ],
    ids=["when", "a-time-before", "after"],
)
def test_subordinate_clause_report_then_the_main_clause_report(text: str, expected: list[tuple[str, str]]) -> None:
    """A sentence opening with a temporal clause that reports ("When X pointed out that ..., ") goes on to the
    main clause's own report, which is read too."""
    quotes = extract_quotes(text)
    assert [(q.span.text, q.speaker and q.speaker.mention.text) for q in quotes] == expected


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("He said the deal was a disaster, but analysts say it will pass.", "the deal was a disaster",
         ("it will pass", "say", "analysts")),
        ("Historians have often described his single term as troubled, but many say his post-presidency set a new "
         "standard.", "his single term as troubled", ("his post-presidency set a new standard", "say", "many")),
    ],
    ids=["bare-plural-in-the-present", "quantifier-subject"],
)
def test_second_speaker_after_but(text: str, first: str, second: tuple[str, str, str]) -> None:
    """", but analysts say ...": the first report ends at the comma and the second speaker's report follows."""
    quotes = extract_quotes(text)
    assert [q.span.text for q in quotes][:1] == [first]
    assert _triples(quotes[1:]) == [second]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinton lagged behind many Democrats in calling for the legalization of same-sex marriage.",
         [("the legalization of same-sex marriage", "calling for", "Clinton")]),
        ("Santilli livestreamed the standoff, pointing to bottles of Coca-Cola and telling viewers that corn syrup "
         "is destroying America.",
         [("bottles of Coca-Cola", "pointing to", "Santilli"),
          ("corn syrup is destroying America", "telling", "Santilli")]),
        ("Packer said the focus on Trump is taking a toll, pointing to Cruz's victories in Texas and Oklahoma.",
         [("the focus on Trump is taking a toll", "said", "Packer"),
          ("Cruz's victories in Texas and Oklahoma", "pointing to", "Packer")]),
        ("The mayor said the city was safe and told reporters crime had fallen.",
         [("the city was safe", "said", "The mayor"), ("crime had fallen", "told", "The mayor")]),
        ("Trump blasted the report, calling it “disqualifying” and asserting that the only explanation must be “a "
         "bombshell of unusual size.”",
         [("it “disqualifying”", "calling", "Trump"),
          ("the only explanation must be “a bombshell of unusual size.”", "asserting", "Trump")]),
        ("Trump attacked the press, vowing to open up libel laws, and suggesting he would require aides to sign "
         "agreements.",
         [("to open up libel laws", "vowing", "Trump"), ("he would require aides to sign agreements", "suggesting",
                                                         "Trump")]),
        ("Axelrod sent flowers, calling her “Hillary” and telling her, “you are an all-star player and we need you.”",
         [("her “Hillary”", "calling", "Axelrod"),
          ("“you are an all-star player and we need you.”", "telling", "Axelrod")]),
        ("Kasich says he'd sit Putin down and tell him “no more nonsense” and tells the crowd he was the “first one” "
         "to say it.", [("he'd sit Putin down", "says", "Kasich"), ("“no more nonsense”", "tell", "Kasich"),
                        ("he was the “first one” to say it", "tells", "Kasich")]),
    ],
    ids=["phrasal-participle-takes-the-sentence-subject", "participle-joined-by-and", "pointing-to-after-a-content",
         "coordinated-told-skips-its-object", "and-participle-after-a-quotation", "comma-and-participle",
         "telling-skips-whom-before-a-quotation", "three-coordinated-verbs"],
)
def test_phrasal_and_coordinated_participles(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A phrasal participle ("calling for") speaks for the sentence's subject as a one-word one does; a second
    participle joined by "and" ends the first one's content and reports on its own."""
    found = _triples(extract_quotes(text))
    assert found == expected


def test_participle_makes_second_quote() -> None:
    """", adding that ..." reports more content by the same speaker."""
    quotes = extract_quotes("Rivera said the plan was sound, adding that costs would fall next year.")
    assert [(q.span.text, q.cue.text if q.cue else None) for q in quotes] == [
        ("the plan was sound", "said"),
        ("costs would fall next year", "adding"),
    ]
    assert quotes[1].speaker is not None and quotes[1].speaker.name == "Rivera"


def test_coordinated_cue_shares_a_subject_with_an_age() -> None:
    """"X, 70, said A but added, “B”": the second cue's speaker is X, not the clause before "but"."""
    quotes = extract_quotes('Suu Kyi, 70, said it was too early but added, "I think you all have an idea of the '
                            'results."')
    assert [q.speaker.mention.text if q.speaker else None for q in quotes] == ["Suu Kyi, 70,", "Suu Kyi"]


def test_the_one_blamed_or_praised_for_saying_it_said_it() -> None:
    """"scolded Romney for suggesting ...": Romney suggested it; a later ", noting ..." is the scolder's again, and a
    "she" in the next sentence is still the subject's."""
    quotes = extract_quotes('Party Chairman Reince Priebus scolded Romney for suggesting that immigrants should '
                            '"self-deport."')
    assert [q.speaker.mention.text if q.speaker else None for q in quotes] == ["Romney"]
    quotes = extract_quotes('The former secretary of state mocked Trump for calling himself the "king of debt," noting '
                            "that his tax cuts would make the debt soar.")
    assert [q.speaker.mention.text if q.speaker else None for q in quotes] == ["Trump", "The former secretary of state"]
    quotes = extract_quotes("Clinton spokeswoman Jennifer Palmieri criticized Manafort for accusing the campaign of "
                            'lying. "Nice try, not true," she said in a tweet.')
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Manafort", "Jennifer Palmieri"]


def test_participle_after_a_content_keeps_the_whole_speaker() -> None:
    """', adding: “...”' right after the first content is the sentence subject's, its whole mention; but not the
    relative "who" of a noun inside the sentence ("an architect who said ..., saying ...": the main subject's)."""
    quotes = extract_quotes('A source close to the star said she was "hurt but determined", adding: "She is going to '
                            'come back stronger."')
    assert [q.speaker.mention.text if q.speaker else None for q in quotes] == ["A source close to the star"] * 2
    quotes = extract_quotes("Trump was defensive when forced to defend not paying an architect who said he was "
                            "stiffed after he designed a clubhouse, saying, “Maybe he didn’t do a good job.”")
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Trump"


@pytest.mark.parametrize(
    "text",
    [
        "The state's budget report was released on Monday.",
        "His claims were false and the court's order stands.",
        "A group called the We The People Foundation paid for the planes.",
        "The committee met on Tuesday to discuss the budget.",
        "An official report was published and new claims followed.",
        "The senator spoke about the plan.",
        "Everything went according to plan.",
        "The launch went ahead according to the plans.",
        "Trump's claims that the vote was rigged are false.",
        "Contrary to what Trump said, the wall was not built.",
        "For Hillary Clinton, Britain's emotionally charged uprising is a warning.",
        "It’s implied that he won’t stand in Clinton’s way.",
        "Conservative donors, including the Koch brothers network, would divert money to Senate contests.",
        "Jaylen Brown added 24 points and 9 rebounds for Boston, which has won six straight.",
        "In other words, the plan is dead.",
        "He found that the keys were missing from the drawer.",
        "Police found the car abandoned near the river.",
        "Investigators found the body in a shallow grave.",
        "The case could collapse if the emails show that he was never told.",
        "Democratic voters in all five states see Clinton as the candidate with the better chance.",
        "Robert Mercer, the co-founder of a hedge fund who once backed Cruz, is launching a super PAC.",
        "The group posted a video on Facebook.",
        "The firm's chief executive, who cannot be named for legal reasons, was charged on Tuesday.",
        "Curiel, who through his office declined to comment, was born in East Chicago.",
        "Gas costs $4 per gallon in the state.",
        "Per the agreement, the money was paid in May.",
        "He praised the Supreme Court ruling that paved the way for super PACs.",
        "Sanders released details of his plan that would raise taxes on the rich.",
        "As a general rule, borrowers should not owe more than they earn in a year.",
        "It was a potent reason he has given for staying in the race, the negotiations show.",
        "His spokesman, Andrew Mahaleris, did not respond to an email seeking comment Tuesday.",
        "Trump’s campaign manager, Corey Lewandowski, declined to comment.",
        "The singer, who asked to be identified by her stage name, Luna, released her debut album in March.",
        "He left early, warned by aides about the crowd.",
        "The State Department withheld a key Benghazi email in 2014 that would have revealed her use of a server.",
        "Trump made similarly bigoted charges that a Latino judge would be biased against him.",
        "Winning that trifecta would put Trump in a political category all his own, the first Republican other "
        "than a sitting president to sweep the first three contests on record.",
        "Weighing in on the discussion, Jones agreed.",
        "Anthony Davis added 24 points and 15 rebounds.",
        "Trump reacted angrily to the news.",
        "She posted a photo of the crowd.",
        "People briefed on the situation were worried.",
        "The admiral has added another facet to his job: communicator.",
        "Parrish, who pleaded guilty in June to wire fraud, apologized to the court.",
        "(Mr. Shkreli has pleaded not guilty.)",
        "The suspect, identified as Marcus Jordan of Aurora, faces charges of attempted murder.",
        "A new Labor Department rule will require most salaried workers to be paid overtime.",
        "Needless to say, the plan failed.",
        "It goes without saying that raising taxes on the rich is popular.",
        "Candidates in both parties condemned North Korea's claim to have conducted the test.",
        "Editor's note: the story has been updated.",
        "Campaign aides prepare for them, the candidate anticipates them and his crowds are instructed in how to "
        "handle them.",
        "Cook declined to say whether the emails broke Pentagon policy.",
        "Ramos used the broadcast to call for the resignation of the president.",
        "In another era, shows like “The X-Files” would persist only in private DVD collections.",
        "She wrote a book about the war.",
        "He would be charged with assault if he returned to the state.",
        "The senators were sworn to secrecy about the plan.",
        "Sanders claimed a victory in the New Hampshire primary.",
        "Democrats confirmed 68 judicial nominees by this point.",
        "Lazard has been advising Pfizer on its merger with Allergan.",
        "The new headquarters reflect some sensibilities of a tech start-up.",
        "He is campaigning in Massachusetts and Vermont, states that vote on March 1.",
        "Democratic Party rules allow for minority reports.",
        "Current rules allow only those who have won eight states to be eligible.",
        "Bush also won victories in coastal states that have moved firmly into the Democratic column.",
        "Former first lady Laura Bush wrote the introduction for a new book.",
        "It was the closest since the 2012 Presidential contest between Barack Obama and Mitt Romney.",
        "Norton, which declined to comment, returned the publication rights to Mr. Hurt.",
        "The Carson campaign volunteer Braden Joplin died in a car crash in Atlantic, Iowa, in January.",
        "She maintained her innocence throughout the trial.",
        "Battleground state Florida is nearly 3% Polish American.",
        # a time is no content
        "Altman fired back hours later.",
        "She responded a few days later.",
        # a particle makes another verb
        "Prime Minister Anthony Albanese has ruled out calling an early election before May.",
        "The union called off the strike after talks on Tuesday.",
        "The bank wrote down the value of its loans by $2 billion.",
        "Comedian Sarah Silverman was booed and shouted down by Bernie Sanders supporters on Monday night.",
        # a clause ending in a restrictive "who" names no speaker: the reporting verb is in the relative clause
        "Gene Sperling, a longtime Democratic policy maker who is now advising Mrs. Clinton's presidential "
        "campaign, hired Ms. Brainard as his deputy.",
        # a subordinator opening the sentence is no speaker of the participle after it
        "Where the Republicans sought to outdo each other in saying how tough they would be, the Democrats stressed "
        "the need for unity.",
        # an adverb and a participle with an object after it is a predicate, no postmodifier of a speaker
        "The state party first released its list of 25 recommended delegates on Saturday afternoon.",
        # a participle with an adverb particle is a predicate: "his campaign sent out" names no document
        "After the loss, his campaign sent out an email asking for money.",
        # saying goodbye reports nothing
        "But Mrs. Clinton, who was distracted while saying goodbye to the previous guest, was not as friendly.",
        "Before dinner, the pastor said grace and thanked the cooks.",
        # a time before the subject is no content of a verb that reports nothing here
        "Last month, a bipartisan group of national security experts warned of a specific type of fakery.",
        "Brown, the governor, hinted at that in a news conference Monday.",
        "After losing New Hampshire, the then-Texas governor roared back in South Carolina.",
        "If Clinton wins Maryland, Connecticut, Rhode Island and Delaware, her lead in pledged delegates in all "
        "likelihood will be insurmountable.",
        "Twitter, the social networking site that allows users to send and receive short messages, or tweets, has "
        "been the perennial bridesmaid.",
        "That tactic allows Rubio to offer two right answers to the same question and lets him carve out room.",
        "Police questioned the driver for two hours.",
        "The mayor called a press conference on Monday.",
        "She called her mother on Sunday.",
        "They called it quits after ten years.",
        "Employees protested outside the company stores.",
        "The PACs spent $890,000 on costs related to digital advertising.",
        "Trump clinched the primary, beating rival Marco Rubio in his home state.",
        "Weiner, who is married to a top aide, allegedly sent lurid tweets and photos to another woman.",
        "Candidates are not supposed to confer with staff during commercial breaks.",
        "Sanders led, but even with all precincts reporting the race remained too close to call.",
        "The teacher called on him twice.",
        "Trump introduces some inaccurate statement, is called on it by the news media and denounces them.",
        "Then DuPont, only two months later, announced plans to merge with Dow Chemical.",
        "Four casinos — Bally’s, Caesars, Harrah’s and Trump Taj Mahal — reported year-over-year revenue declines.",
        "A University of New Hampshire poll shows warning signs for Clinton.",
        "The losing side in the appeals court ruling could take the case to the Supreme Court.",
        "The 6th Circuit Court of Appeals overturned a lower court ruling and sided with the state of Ohio.",
        "Now, with the general election in full swing, we’ve compiled an updated list of Trump’s absurd ― and "
        "dangerous ― anti-Latino remarks.",
        "So at the State Department, FOIA searches are generally custodian-based, which means that individuals and "
        "offices are tasked with FOIA requests.",
        "Although the Puerto Rico primary was a relatively low-key affair, the territory offers more delegates than "
        "about half of the other Democratic contests, including the first four in Iowa.",
        "A new Pew Research report compares a variety of web samples against government data.",
        "Clinton's victory hands her a majority of the state's 20 pledged delegates, helping her.",
        "Democratic rules make it difficult for anyone to gain a lead.",
        "Just ask former NFL star Herschel Walker.",
        "Clinton is doing better in other polls, and winning them would thwart one of Trump's most promising paths "
        "to victory.",
        "Lobbyists prefer not to register because its requirements are so much more demanding, making their "
        "activities more open to public scrutiny.",
        "Manafort had reason to know this from the start.",
        "What gives establishment candidates reason for optimism is that the contests will award delegates "
        "proportionally.",
        "Both leaders have reasons to put the past behind them.",
        "Peter Thiel, the billionaire tech venture capitalist who was an early investor in Facebook, signed up as a "
        "delegate.",
        "Clinton campaigned with Sybrina Fulton, the mother of Trayvon Martin, who was shot by a neighborhood watch "
        "volunteer.",
        "Investigators found a gun in the car.",
        "The researchers found the samples in a freezer.",
        "The Indiana law was not shown to affect racial groups differently.",
        "He wasn't told about the meeting.",
        "She told a story about her childhood in Ohio.",
        "Jayson Tatum scored 31 points, Jaylen Brown added 24 and the Boston Celtics rallied from 15 down to win.",
        "She laughed at the suggestion that she would run.",
        "I believe the Fed should pause, and I suspect that by spring it will agree.",
        "The law requires companies with more than $1 billion in annual revenue to disclose their emissions.",
        "Federal law requires presidential candidates to disclose their assets and sources of income.",
        "Everything Trump says is a lie unless proven otherwise.",
        "Pretty much the same, right? According to MSNBC, basically.",
        "Observers expect the agency to dial back the mandate — requiring refiners to use fewer gallons of ethanol "
        "than Congress had demanded in 2007.",
        'Rob Calabrese, a radio host, has set up a website called "Cape Breton If Donald Trump Wins" that pitches the '
        "island as a new home.",
        "The Minister of Labour, Mr Muhammad Dingyadi, disclosed this while speaking to journalists in Abuja.",
        "He argued for the bill the senators had written.",
        "He added a goal and took his team to the final.",
        "Over a 40-year career as a lobbyist, Manafort and his firms have advised, in no particular order, dictators.",
        "Like Mr. Sanders, she has reckoned with the Black Lives Matter movement.",
        "He was accused of snorting mountains of cocaine.",
        "Besides China, Vietnam, the Philippines, Malaysia, Brunei and Taiwan have claims in the sea.",
        "Trump did fare well in online and snap polls conducted after the debates.",
        "Boyle frequently reports live from the field across the country.",
        "In a memo on Tuesday, Noah Oppenheim, the NBC executive in charge of the show, welcomed his new host.",
        "He also opened the door to the extradition of Fethullah Gulen, the preacher whom Erdogan accuses of "
        "masterminding the coup.",
        "Others want to show how Trump's positions, current or past, run counter to conservative principles.",
        "Running counter to all that is Trump's seeming intention to push the boundaries on every issue.",
        "So Labor Secretary Thomas Perez stopped writing his speech, packed up his papers and moved to the last row.",
        "The senator spoke for an hour about the bill the committee had passed.",
        "While the U.S. added around 292,000 jobs in December, China suffered market chaos.",
        "More than 500 Cruz supporters roared when Texas was called for Ted Cruz moments after the polls closed.",
        "It is legitimate criticism. But it begs the question, because of the dysfunction in Congress.",
        "The U.S. Refugee Act of 1980 established a process for admitting and resettling refugees.",
        "Sanders scored a decisive victory, embarrassing Hillary Clinton in a state she won eight years ago and "
        "upending the Democratic nominating contest.",
        "After Clinton testified, Gowdy and his team seemed to shift focus away from her inner circle.",
        "Most voters do not know who their state senator is, so they simply pull the lever for R or D, according to "
        "their instinctive preference.",
        "Mr. Manafort, who had been hired to steer the fight for delegates, rose in power after repeated clashes with "
        "Mr. Lewandowski.",
        "Rubio has won the backing of many party elders, reflecting his status as the establishment favorite.",
        "At the front, he spends his time meeting with fellow commanders, observing training and leading seminars.",
        "Cruz has boasted of his appeal to the overlapping demographics that comprise the GOP base.",
        "Trump has railed against the loopholes for the rich that pock the tax code.",
        "One thousand supporters snapped his picture in unison.",
        "The government called snap parliamentary elections for October.",
        "The team lost again, reminded fans of last season.",
    ],
)
def test_no_speech(text: str) -> None:
    """Reporting words used as nouns or in other senses give no quote."""
    assert extract_quotes(text) == []


def test_object_relative_clause_subject_speaks_its_own_verb() -> None:
    """"which President Obama declared ...": the relative clause's subject speaks, not "which President Obama",
    and not for the main clause before it."""
    quotes = extract_quotes("The chants were loud in front of the Stonewall Inn, which President Obama declared a "
                            "national monument on Friday.")
    assert [(q.span.text, q.speaker.mention.text if q.speaker else None) for q in quotes] == [
        ("a national monument on Friday", "President Obama")
    ]
    quotes = extract_quotes("Mr. Obama sent Mr. Xi a letter with a proposal in which the United States would pledge "
                            "to increase its target.")
    assert [(q.span.text, q.speaker.mention.text if q.speaker else None) for q in quotes] == [
        ("to increase its target", "the United States")
    ]


@pytest.mark.parametrize("text", [
    "Other former CIA officers with no direct knowledge of the case chafed at such second-guessing and said seeking "
    "reinforcements was right.",
    "Cruz knocked Rubio on trade and called him a \"moderate,\" a subtle dig at a candidate.",
    "Donald Trump named Sen. Ted Cruz, R-Texas, when asked to pick a possible running mate.",
])
def test_no_speaker_mention_ends_with_a_coordinator(text: str) -> None:
    """A subject and its first verb before "and" (or "when") are no speaker of the second verb ("... chafed at
    such second-guessing and" is no one)."""
    assert not any(q.speaker is not None and q.speaker.mention.text.split()[-1] in ("and", "or", "but", "when")
                   for q in extract_quotes(text))


@pytest.mark.parametrize("text", [
    'Talks\n\nMonday: "We are ready to go."',
    'Talks\n\nThe result: "A total victory for workers."',
    'Talks\n\nRelated: "Ten things to know about the strike."',
])
def test_label_that_names_no_one_credits_no_quotation(text: str) -> None:
    """A time, a thing or a heading before the colon is no speaker's label."""
    assert [q.speaker for q in extract_quotes(text)] in ([], [None])


def test_next_sentence_that_credits_no_one_leaves_the_quotation_unattributed() -> None:
    """"That was the message of the day" names no speaker: the quotation before it keeps none."""
    (quote,) = extract_quotes('"It works." That was the message of the day.')
    assert (quote.cue, quote.speaker) == (None, None)


def test_clause_ending_in_who_is_no_speaker() -> None:
    """A relative "who" is never the last word of a speaker: not "Santos, who took office in 2021, has faced
    criticism from lawmakers who" (say)."""
    text = ("Rates\n\nSantos, who took office in 2021, has faced criticism from lawmakers who say the bank moved too "
            "slowly. Critics, who say the bank was late, want a review.")
    assert not any(q.speaker and q.speaker.mention.text.endswith(" who") for q in extract_quotes(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith said the plan would work but Jones said it would fail.",
         [("the plan would work", "said", "Smith"), ("it would fail", "said", "Jones")]),
        ("He said the plan would work, but critics said it would fail.",
         [("the plan would work", "said", "He"), ("it would fail", "said", "critics")]),
        ("Police said the man was armed, but witnesses disputed that account.",
         [("the man was armed", "said", "Police")]),
        ("The mayor called the strike illegal; the union said it was justified.",
         [("the strike illegal", "called", "The mayor"), ("it was justified", "said", "the union")]),
        ("Several supporters said the president had made a good case, while other voters said they had not heard "
         "anything new.", [("the president had made a good case", "said", "Several supporters"),
                           ("they had not heard anything new", "said", "other voters")]),
        ("The mayor said the budget was balanced, while critics argued it relied on one-time money.",
         [("the budget was balanced", "said", "The mayor"), ("it relied on one-time money", "argued", "critics")]),
        ("38 percent of voters said he should step down, while 60 percent said he should stay.",
         [("he should step down", "said", "38 percent of voters"), ("he should stay", "said", "60 percent")]),
        ("Among millennials, 53% describe themselves as liberal on social issues; 26% say they are conservative.",
         [("themselves as liberal on social issues", "describe", "53%"), ("they are conservative", "say", "26%")]),
        ("About two-thirds of caucus attendees described themselves as liberals with about three in 10 saying they "
         "are very liberal.", [("themselves as liberals", "described", "About two-thirds of caucus attendees"),
                               ("they are very liberal", "saying", "about three in 10")]),
        ("Donald Trump describes himself as antiabortion and has said that he would nominate justices who oppose "
         "abortion.", [("himself as antiabortion", "describes", "Donald Trump"),
                       ("he would nominate justices who oppose abortion", "said", "Donald Trump")]),
        ("Among nurses who said they planned to leave, three in four described their workload as unmanageable.",
         [("they planned to leave", "said", "who"), ("their workload as unmanageable", "described", "three in four")]),
        ("While only 7 percent said they are undecided, 27 percent said they could be persuaded.",
         [("they are undecided", "said", "only 7 percent"), ("they could be persuaded", "said", "27 percent")]),
        ("The mayor said the budget was balanced, and council members said it was not.",
         [("the budget was balanced", "said", "The mayor"), ("it was not", "said", "council members")]),
        ("Police said two men were arrested, and the suspects' lawyer said they were innocent.",
         [("two men were arrested", "said", "Police"), ("they were innocent", "said", "the suspects' lawyer")]),
        ("He said he intends to pursue a slot as an at-large delegate, and other GOP leaders said he is an example "
         "of a backer who could make it.",
         [("he intends to pursue a slot as an at-large delegate", "said", "He"),
          ("he is an example of a backer who could make it", "said", "other GOP leaders")]),
        ("The mayor said taxes would rise, but the city's finance director said they would not.",
         [("taxes would rise", "said", "The mayor"), ("they would not", "said", "the city's finance director")]),
        ("Smith said the plan would work, but Jones said it would fail, and Brown said it was too early to tell.",
         [("the plan would work", "said", "Smith"), ("it would fail", "said", "Jones"),
          ("it was too early to tell", "said", "Brown")]),
        ("Democrats said the bill would help families while Republicans argued it would raise the deficit.",
         [("the bill would help families", "said", "Democrats"),
          ("it would raise the deficit", "argued", "Republicans")]),
        ("Clinton accuses Sanders of a smear while Sanders suggests the former secretary of state is a captive of the "
         "establishment.", [("Sanders of a smear", "accuses", "Clinton"),
                            ("the former secretary of state is a captive of the establishment", "suggests",
                             "Sanders")]),
        ("Republicans said they are convinced the department mishandled the inquiry and Democrats accused the GOP of "
         "stoking the issue.", [("they are convinced the department mishandled the inquiry", "said", "Republicans"),
                                ("the GOP of stoking the issue", "accused", "Democrats")]),
        ("Ms. Ripert said that when she was earning little, a boss invited her to lunch and she thought it meant a "
         "promotion.", [("when she was earning little, a boss invited her to lunch and she thought it meant a "
                         "promotion", "said", "Ms. Ripert")]),
        ("The study found that coffee drinkers lived longer, though the authors cautioned that the link may not be "
         "causal.", [("coffee drinkers lived longer", "found", "The study"),
                     ("the link may not be causal", "cautioned", "the authors")]),
    ],
    ids=["but-another-speaker-said", "but-a-plural-said", "but-a-plural-disputed", "semicolon-then-a-report",
         "while-other-voters-said", "while-critics-argued",
         "while-a-share-said", "semicolon-then-a-share-says",
         "with-a-share-saying", "described-as-and-has-said", "restrictive-who-in-an-opening-phrase",
         "subordinate-then-a-number", "and-a-plural-said", "and-a-possessive-subject-said",
         "and-a-capitalised-modifier-said", "but-a-possessive-subject-said", "a-chain-of-three-speakers",
         "while-without-a-comma", "while-and-a-present-verb", "and-another-subject-accused", "and-she-thought-goes-on",
         "a-finding-though-the-authors-cautioned"],
)
def test_contrasting_second_report(text: str, expected: list[tuple[str, str, str]]) -> None:
    """", while X said ...", "; X say ...", "with X saying ..." and "and has said ..." end the first report's
    content and are reports of their own; "described X as Y" reports without quotation marks."""
    quotes = extract_quotes(text)
    assert _triples(quotes) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Barkley, who said he typically votes Democratic, said one candidate he likes is John Kasich.",
         [("he typically votes Democratic", "said", "who"),
          ("one candidate he likes is John Kasich", "said", "Barkley")]),  # (the mention ends before the relative
        # clause that reports, an attribution of its own, as PolNeAR marks the source)
        ("Zucker, who in the past has voiced the desire to run for office, told BuzzFeed he would still consider it.",
         [("the desire to run for office", "voiced", "who"),
          ("he would still consider it", "told", "Zucker, who in the past has voiced the desire to run for office,")]),
        ("Obama has clashed with McConnell, now the Senate majority leader, who in 2010 said the GOP's goal was to "
         "make Obama a one-term president.",
         [("the GOP's goal was to make Obama a one-term president", "said", "who")]),
        ('Clinton, who called Sanders shortly after the winner was declared, told her supporters, "I still love New '
         'Hampshire."', [('"I still love New Hampshire."', "told",
                          "Clinton, who called Sanders shortly after the winner was declared,")]),
        ("“It has been years,” McCain said, asked about the plan. “Why should I be surprised?”",
         [("“It has been years,” McCain said, asked about the plan. “Why should I be surprised?”", "said",
           "McCain")]),
        ("Salceda, citing data from the State Department, said that about 4 million people of Philippine descent "
         "live here.", [("data from the State Department", "citing", "Salceda"),
                        ("about 4 million people of Philippine descent live here", "said", "Salceda")]),
        ("A group of rabbis called for a boycott of his speech.",
         [("a boycott of his speech", "called for", "A group of rabbis")]),
        ("Mrs. Clinton, who did not explicitly say that Mr. Sanders was not qualified, said on Wednesday that he had "
         "not done his homework.",
         [("Mr. Sanders was not qualified", "did not explicitly say", "who"),
          ("he had not done his homework", "said",
           "Mrs. Clinton, who did not explicitly say that Mr. Sanders was not qualified,")]),
        ("Cruz, who has boasted that small donors make up his base, did significant business with the firm.",
         [("small donors make up his base", "has boasted", "who")]),
        ("Vin Weber, who advises Kasich, is no fan of Trump.", []),
        ("The Fed, after predicting in December that it would raise rates four times, has yet to move again.",
         [("it would raise rates four times", "predicting", "The Fed")]),
        ("The Journal, citing internal documents, reported that the campaign is spending more than it takes in.",
         [("internal documents", "citing", "The Journal"),
          ("the campaign is spending more than it takes in", "reported", "The Journal")]),
        ("The Sanders campaign responded, saying that the criticism, which is outlined in a report from Greenpeace, is "
         "fair game.", [("the criticism, which is outlined in a report from Greenpeace, is fair game", "saying",
                         "The Sanders campaign")]),
    ],
    ids=["aside-reports-then-main-clause", "time-after-who-then-main-clause", "time-after-who",
         "passive-in-aside-frames-nothing", "said-then-asked-participle",
         "participle-aside-then-said-that", "called-for", "aside-with-auxiliaries-then-main-clause",
         "aside-ends-before-main-auxiliary", "one-word-aside-object-is-no-report",
         "participle-aside-after-a-preposition", "participle-aside-then-reported",
         "participle-after-the-main-verb-keeps-its-aside"],
)
def test_relative_aside_and_main_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A relative aside's report ends where the main clause's verb follows, and the main clause reports too."""
    quotes = extract_quotes(text)
    assert _triples(quotes) == expected


def test_later_cue_frames_the_quotation() -> None:
    """A first cue whose content leaves the sentence's quotation out does not take the sentence: the later cue
    that frames the quotation gives a report too."""
    quotes = extract_quotes('After Clinton said the plan was bad, he warned, "If they play that card, it will be '
                            'fair game."')
    found = _triples(quotes)
    assert found == [
        ("the plan was bad", "said", "Clinton"),
        ('"If they play that card, it will be fair game."', "warned", "he"),
    ]


def test_second_attribution_of_a_quotation_in_one_sentence() -> None:
    """A sentence with two attributions, each of its own quotation, gives both."""
    quotes = extract_quotes('"It was an auto bailout bill," Axelrod tweeted after Clinton argued for the second '
                            'time that "if everyone had voted as he voted, we would not have an auto industry."')
    assert [(q.cue and q.cue.text, q.speaker and q.speaker.mention.text) for q in quotes] == [
        ("tweeted", "Axelrod"), ("argued", "Clinton")]


def test_lead_in_after_a_quotation_starts_a_sentence() -> None:
    """`... now." He added, "..."`: "He added," opens the next quotation, so the sentence ends before it."""
    quotes = extract_quotes('Reid said that Sanders has energized "a lot of people" who "are involved now." He added, '
                            '"What I am so impressed with is that we have these new people."')
    assert [(q.cue and q.cue.text, q.speaker and q.speaker.mention.text) for q in quotes] == [
        ("said", "Reid"), ("added", "He")]


def test_each_part_with_its_own_attribution() -> None:
    """`“A,” read one. “B,” read another.`: two quotes, not one interrupted quote."""
    quotes = extract_quotes("“America is great! Trump is disgusting,” read one. “Anybody but Trump,” read another.")
    assert [(q.span.text, q.speaker and q.speaker.mention.text) for q in quotes] == [
        ("“America is great! Trump is disgusting,”", "one"), ("“Anybody but Trump,”", "another")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Asked on Monday whether Mr. Clinton would hold a cabinet post, Mrs. Clinton shook her head and said, "No."',
         [("whether Mr. Clinton would hold a cabinet post", "Asked", None), ('"No."', "said", "Mrs. Clinton")]),
        ("“It’s everything but Hillary Clinton,” Le Pen told CNN when asked which candidate she would back.",
         [("“It’s everything but Hillary Clinton,”", "told", "Le Pen"),
          ("which candidate she would back", "asked", None)]),
        ("“The questions asked in this debate illustrate why people don’t trust the media,” Cruz said.",
         [("“The questions asked in this debate illustrate why people don’t trust the media,”", "said", "Cruz")]),
        ('Asked by a reporter whether this differed from Nazi Germany, Trump said, "You tell me."',
         [("whether this differed from Nazi Germany", "Asked", "a reporter"), ('"You tell me."', "said", "Trump")]),
        ("Asked about taking a more forceful approach, the Florida Republican said he would stay the course.",
         [("taking a more forceful approach", "Asked about", None),
          ("he would stay the course", "said", "the Florida Republican")]),
        ("Clinton was asked about securing the border to stop the flow of illegal immigrants.",
         [("securing the border to stop the flow of illegal immigrants", "asked about", None)]),
        ("When asked whom she supported, Ms. Sherman declined to say.", [("whom she supported", "asked", None)]),
        ("When asked why, Sembler shrugged.", [("why", "asked", None)]),
        ("When asked to confirm the report, a separate intelligence official declined.",
         [("to confirm the report", "asked", None)]),
        ("Asked by Stephanopoulos to respond to Trump’s criticism, Carson said, “What I say is true.”",
         [("to respond to Trump’s criticism", "Asked", "Stephanopoulos"), ("“What I say is true.”", "said", "Carson")]),
        ("He was asked to leave the room, officials said.", [("He was asked to leave the room", "said", "officials")]),
        ('Asked by counsel to the inquiry, Hugo Keith KC, whether the lane was "fair", he replied: "It was not '
         'perfect."', [('whether the lane was "fair"', "Asked", "counsel to the inquiry, Hugo Keith KC,"),
                       ('"It was not perfect."', "replied", "he")]),
        ("Asked Tuesday about Sullivan's emails, Feinstein said she had no concerns.",
         [("Sullivan's emails", "Asked", None), ("she had no concerns", "said", "Feinstein")]),
        ("CNBC moderator Carl Quintanilla asked Carson about his ties to a supplement maker.",
         [("his ties to a supplement maker", "asked", "CNBC moderator Carl Quintanilla")]),
    ],
    ids=["asked-whether-then-said", "when-asked-after-quote", "asked-inside-quotation", "asked-by-someone",
         "asked-about-then-said", "was-asked-about", "when-asked-whom", "when-asked-why", "when-asked-to",
         "asked-by-someone-to", "was-asked-to-is-no-question", "asked-by-someone-with-an-appositive",
         "asked-on-a-day-about", "asked-someone-about"],
)
def test_question_put_to_the_speaker(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """ "Asked whether ..." and "Asked about ..." report the question or its topic (no speaker: the asker is
    unnamed), beside the answer's report."""
    found = _triples(extract_quotes(text))
    assert found == expected


def test_common_word_opening_a_sentence_is_no_speaker() -> None:
    """An uncued fragment's sentence subject speaks only if it is a name: "Good" in "Good information ..." is
    a word the article also writes in lower case; "Sroka" is a name."""
    text = "It was a good year. Good information drives out bad only when “the truth is sexier than the lie.”"
    assert extract_quotes(text)[0].speaker is None
    text = "Sroka spoke. Sroka called it a “let a thousand flowers bloom” approach to the whole campaign."
    speaker = extract_quotes(text)[0].speaker
    assert speaker is not None and speaker.mention.text == "Sroka"


def test_participle_opening_the_sentence_before_is_no_speaker() -> None:
    """An uncued quotation after "Acknowledging the risk, voters ..." is not spoken by "Acknowledging"."""
    (quote,) = extract_quotes("Acknowledging the risk, voters seemed unmoved. “We want change, whatever it costs.”")
    assert quote.speaker is None


def test_adverb_is_no_content() -> None:
    """ "Still, The Times reported at the time that X": the content is X, not "Still"."""
    (quote,) = extract_quotes("Still, The Times reported at the time that the editor had warned her.")
    assert quote.span.text == "the editor had warned her" and quote.speaker is not None
    assert quote.speaker.mention.text == "The Times"


def test_signed_quotation_ends_there() -> None:
    """A quotation signed after a dash is not continued by the next line's quotation, which has its own
    signature; fragments of a sentence after a cued quotation make one report of what follows it."""
    text = ("Latinos speak.\n\n“The most unqualified child ever.” ― Francisco Herrero\n"
            "“We are united against him.” ― Ana Ruiz")
    found = [(q.span.text, q.speaker.mention.text if q.speaker else None) for q in extract_quotes(text)]
    assert found == [("“The most unqualified child ever.”", "Francisco Herrero"),
                     ("“We are united against him.”", "Ana Ruiz")]
    quotes = extract_quotes("“You winning?” she said, but Kevin was drifting off, and as Trump went on about “how "
                            "the system is rigged” and “our own struggling citizens,” Melanie nodded.")
    assert [(q.kind, q.span.text[:20], q.speaker and q.speaker.mention.text) for q in quotes] == [
        (QuoteKind.DIRECT, "“You winning?”", "she"), (QuoteKind.MIXED, "Kevin was drifting o", None)]


def test_label_before_colon_speaks_only_when_named_elsewhere() -> None:
    """ "Update: “...”" is a label, not a speaker; "Bush: “...”" after "Bush" is named in the article is."""
    (quote,) = extract_quotes('Update: "The mission is to destroy ISIS."')
    assert quote.speaker is None and quote.cue is None
    (quote,) = extract_quotes('Bush spoke. Bush: "The mission is to destroy ISIS."')
    assert quote.speaker is not None and quote.speaker.name == "Bush"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The Sanders campaign responded Friday.", "The Sanders campaign"),
        ("Shortly after the merger announcement, the families of the founders had mobilized.", None),
        ("Band member Flea shared the news.", "Band member Flea"),
        ("His chief aide doubled down.", "His chief aide"),
        ("Former Secretary of State Madeleine Albright recently urged women to vote.",
         "Former Secretary of State Madeleine Albright"),
        ("Mrs. Clinton shook her head.", "Mrs. Clinton"),
        ("At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried again.", "Mrs. Clinton"),
        ("Describing the attack as “a wake-up call for the people,” Smith urged voters to act.", "Smith"),
        ("And then Trump went on the attack.", "Trump"),
        ("But Sen. Pat Toomey (R-Pa.) refused.", "Sen. Pat Toomey (R-Pa.)"),
        ("Holding signs, the protesters marched.", "the protesters"),
        ("In a long interview, the former president described the night.", "the former president"),
        ("Reprising a line, the former secretary of state talked about progress.", None),
        ("In the end, the plan failed.", None),
        ("Noting the attack, Smith urged voters to act.", "Smith"),
        ("Boeing said it would cut jobs.", "Boeing"),
        ("In Washington, Iowa, Pastor Bradley Cranston endorsed Cruz.", "Pastor Bradley Cranston"),
        ("But a few days later, Trump reversed himself.", "Trump"),
        ("Last week, the senator reversed himself.", "the senator"),
        ("But he reversed himself.", "he"),
    ],
)
def test_sentence_subject(text: str, subject: str | None) -> None:
    """The subject at the head of a sentence, which participles and shared predicates take as their speaker."""
    found = sentence_subject(text, 0, len(text))
    assert (text[found[0] : found[1]] if found else None) == subject


def test_transcript_labels() -> None:
    """Transcript labels with a party or a title in lower case ("Rep. Trey Gowdy (R-S.C.):", "Former secretary of
    state Hillary Rodham Clinton:") speak their quotation when the article names them elsewhere; "Continued
    Stone:" is a lead-in, not a label."""
    text = ("Gowdy questioned Clinton.\n\nRep. Trey Gowdy (R-S.C.):\"Who told you that figure?\"\n\n"
            "Former secretary of state Hillary Rodham Clinton:\"We learned that from the State Department.\"")
    found = [(q.span.text, q.speaker and q.speaker.mention.text) for q in extract_quotes(text)]
    assert found == [
        ('"Who told you that figure?"', "Rep. Trey Gowdy (R-S.C.)"),
        ('"We learned that from the State Department."', "Former secretary of state Hillary Rodham Clinton"),
    ]
    text = "Stone spoke.\n\nContinued Stone: “They will not stop until they win.”"
    (quote,) = extract_quotes(text)
    assert (quote.cue and quote.cue.text, quote.speaker and quote.speaker.mention.text) == ("Continued", "Stone")


def test_connective_before_inverted_lead_in() -> None:
    """ "But, said Solovey, “...”": the sentence opens with its cue after a connective."""
    (quote,) = extract_quotes('But, said Solovey, "I don\'t want to drum up conflict with him."')
    assert (quote.span.text, quote.cue and quote.cue.text, quote.speaker and quote.speaker.mention.text) == (
        '"I don\'t want to drum up conflict with him."', "said", "Solovey"
    )


def test_uncued_quote_continues_speaker() -> None:
    """A quote paragraph right after a cued quote continues that quote; a later one continues its speaker."""
    text = "Lee wins\n\n“We will win,” Sen. Ann Lee said.\n\n“Nobody can stop us now, not after this night.”"
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    text = ("Lee wins\n\n“We will win,” Sen. Ann Lee said.\n\nThe crowd cheered loudly in the hall.\n\n"
            "“Nobody can stop us now, not after this night.”")
    quotes = extract_quotes(text)
    assert len(quotes) == 2 and quotes[1].cue is None
    assert quotes[1].speaker is not None and quotes[1].speaker.name == "Ann Lee"


def test_manner_verb_with_a_clause_of_its_own_is_no_attribution() -> None:
    """'“Enough!” Trump warned that ...': a verb of manner after an exclamation attributes it only when a punctuation
    mark follows the verb at once; with a clause of its own, the clause is what it reports."""
    quotes = extract_quotes("“Enough!” Trump warned that the crowd would turn on him.")
    assert [(q.span.text, q.cue and q.cue.text) for q in quotes] == [
        ("“Enough!”", None), ("the crowd would turn on him", "warned")
    ]


def test_naming_in_a_relative_clause() -> None:
    """A naming verb's quoted complement in a relative clause: after "that" in an opening phrase it ends at its
    comma, the main clause after it the writer's ('in a clip that Judge Mosman called "distasteful," Santilli
    ...'); nested in another report's content it is a report of its own ("..., which he called “...”")."""
    quotes = extract_quotes('And, in a clip that District Judge Michael Mosman called "distasteful," Santilli walked '
                            "in.")
    assert [(q.span.text, q.cue and q.cue.text) for q in quotes][0] == ('"distasteful,"', "called")
    quotes = extract_quotes("He attacked the accreditation bodies, which he called “a cartel for higher education.”")
    assert [(q.span.text, q.cue and q.cue.text) for q in quotes] == [
        ("the accreditation bodies, which he called “a cartel for higher education.”", "attacked"),
        ("“a cartel for higher education.”", "called"),
    ]
    quotes = extract_quotes('Pelosi attacked the candidate, whom she described as "volatile," with unusual force.')
    assert [(q.span.text, q.cue and q.cue.text, q.speaker and q.speaker.mention.text) for q in quotes][1:] == [
        ('"volatile,"', "described", "she")
    ]  # ("whom she described as": a one-word quoted name ends at its comma, not "with unusual force")


def test_quote_goes_on_past_a_participle_of_its_attribution() -> None:
    """'“A,” X told the AP after hinting that C. “B.”': B goes on with A (PolNeAR's one content), past the
    participle's report, also after another sentence before A; not past a sentence of its own."""
    text = ("“Everything is on the table,” Carson told the AP on Wednesday after hinting that “personnel changes” "
            "could come. “Every single thing is on the table.”")
    quotes = extract_quotes(text)
    assert [(q.span.text, q.cue and q.cue.text) for q in quotes] == [
        (text, "told"), ("“personnel changes” could come", "hinting")
    ]
    text = ("As for Trump, he said he’s not worried. “Let's see what happens,” he said, adding that there should be "
            "no focus on an artificial number. “I think that whoever gets the most delegates should win.”")
    quotes = extract_quotes(text)
    assert [(q.kind, q.cue and q.cue.text) for q in quotes] == [
        (QuoteKind.INDIRECT, "said"), (QuoteKind.DIRECT, "said"), (QuoteKind.INDIRECT, "adding")
    ]
    assert quotes[1].span.text.endswith("should win.”")
    text = ("“It goes in here and out here,” Tom Ebeling said, pointing to his ears. Betsy Ebeling shook her head. "
            "“Tom’s much better about it than I am.”")
    quotes = extract_quotes(text)
    assert quotes[0].span.text == "“It goes in here and out here,”"
    # the quote after is hers: the short sentence just before it, in its paragraph, is about her
    assert [q.speaker and q.speaker.name for q in quotes] == ["Tom Ebeling", "Betsy Ebeling"]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("The newspaper quoted Ann Lee as saying the plant would close.", "the plant would close",
         "quoted", "Ann Lee"),
        ("Lee was quoted as saying that the plant would close.", "the plant would close", "quoted as saying", "Lee"),
        ("“We will rebuild every home,” Lee was quoted as saying.", "“We will rebuild every home,”",
         "quoted as saying", "Lee"),
        ("“We will rebuild every home on this street.” — Commissioner Ann Lee",
         "“We will rebuild every home on this street.”", "—", "Commissioner Ann Lee"),
        ("Per two sources familiar with the matter, the administration will announce the tariffs on Friday.",
         "the administration will announce the tariffs on Friday", "Per", "two sources familiar with the matter"),
        ("The president will sign the order on Friday, per Axios.", "The president will sign the order on Friday",
         "per", "Axios"),
        ("According to the minutes of the previous meeting, released last month, most members saw risks as balanced.",
         "most members saw risks as balanced", "According to", "the minutes of the previous meeting"),
        ("About 10:03 p.m., according to a congressional timeline, the CIA security contractors left for the "
         "compound.", "the CIA security contractors left for the compound", "according to",
         "a congressional timeline"),
        ("The economy grew 2 percent, according to John Smith, a professor at Yale.", "The economy grew 2 percent",
         "according to", "John Smith, a professor at Yale"),
        ("The company, according to two people familiar with the matter, is weighing a sale.", "The company, according "
         "to two people familiar with the matter, is weighing a sale", "according to",
         "two people familiar with the matter"),
        ("Apple, according to the filing, paid $3 billion for the startup.", "Apple, according to the filing, paid $3 "
         "billion for the startup", "according to", "the filing"),
        ("The company, according to two people familiar with the matter, announced a deal.", "The company, according "
         "to two people familiar with the matter, announced a deal", "according to",
         "two people familiar with the matter"),
        ("The vote was delayed, as first reported by Politico.", "The vote was delayed", "reported", "Politico"),
        ("The vote was delayed, as Politico first reported on Monday.", "The vote was delayed", "reported", "Politico"),
        ("Carson noted in an interview that he was tired, as reported by BuzzFeed News.", "he was tired", "noted",
         "Carson"),
        ("The company said profits rose, as Reuters reported.", "profits rose", "said", "The company"),
        ('The deal ("a historic step for peace," according to the White House) was signed.',
         '"a historic step for peace,"', "according to", "the White House"),
        ("Trump cited a false figure (the actual number is closer to 15 percent, according to Factcheck.org).",
         "the actual number is closer to 15 percent", "according to", "Factcheck.org"),
    ],
    ids=["quoted-as-saying", "passive-quoted-as-saying", "passive-quoted-as-saying-after", "dash-signature", "per-lead",
         "per-tail", "according-to-then-participle-aside", "according-to-mid-sentence-then-clause",
         "according-to-with-final-appositive", "according-to-after-the-subject", "according-to-after-a-name",
         "according-to-before-a-regular-past", "as-first-reported-by-closing", "as-outlet-reported-closing",
         "as-reported-by-after-a-verb-cue", "as-outlet-reported-after-a-verb-cue", "according-to-in-parentheses",
         "according-to-in-parentheses-after-a-clause"],
)
def test_cue_phrases(text: str, content: str, cue: str, speaker: str) -> None:
    """Cue phrases: "quoted X as saying" and a quote signed after a dash."""
    quote = extract_quotes(text)[0]
    assert (quote.span.text, quote.cue.text if quote.cue else None) == (content, cue)
    assert quote.speaker is not None and quote.speaker.mention.text == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Rally\n\n17-year-old Jared Potts echoed:\n\n“He speaks his mind, and that is what the country needs.”",
         "echoed", "17-year-old Jared Potts"),
        ("Rally\n\nIn a 1963 speech, he declared:\n\n“We sound the drum for freedom as have our people before.”",
         "declared", "he"),
        ("Rally\n\nContinued Stone:\n\n“So I think it is a very real problem for the voters.”", "Continued", "Stone"),
        ("Rally\n\nOn July 6, 2015, Sanders made the following comment:\n\n“For young people who have dropped out of "
         "high school, the unemployment rate is 33 percent.”", "made the following comment", "Sanders"),
        ("Taxes\n\nSmith spoke first.\n\nHere is what the governor said on Tuesday:\n\n“We are not going to raise "
         "taxes. Not this year, not next year.”", "said", "the governor"),
        ("Kelly\n\nFrom Andrea Peyser writing at The New York Post:\n\n\"Rising to the A-list requires extreme "
         "cunning and good hair.\"", "writing", "Andrea Peyser"),
    ],
    ids=["lead-in", "lead-in-after-intro", "inverted-lead-in", "lead-in-without-a-reporting-verb", "what-x-said",
         "digest-from-writer"],
)
def test_colon_lead_in_paragraph(text: str, cue: str, speaker: str) -> None:
    """A paragraph ending "X said:" gives its cue and speaker to the quote paragraph after it."""
    quote = extract_quotes(text)[0]
    assert quote.kind is QuoteKind.DIRECT and quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.mention.text == speaker


def test_block_quotation_after_a_lead_in_paragraph() -> None:
    """ "Hewitt writes:" closing a paragraph, then a paragraph with no quotation marks: a block quotation (set off by
    indenting on the page), what Hewitt wrote; not after "Watch his remarks below:", nor after a clause whose last
    word only looks like a cue ("... while China breaks WTO rules:")."""
    text = ("Benghazi film\n\nHewitt writes:\n\nThe movie mentions neither the president nor the then secretary of "
            "state by name. But the impression is clear.\n\nThe film opens Friday.")
    assert _triples(extract_quotes(text)) == [
        ("The movie mentions neither the president nor the then secretary of state by name. But the impression is "
         "clear", "writes", "Hewitt")
    ]
    text = "Video\n\nWatch the full video of his remarks below:\n\nThe movie opens Friday in theaters nationwide."
    assert extract_quotes(text) == []
    text = ("Trade\n\nNor has he stood idle while China breaks WTO rules:\n\nIn 2009, the administration slapped a "
            "35% duty on cheap Chinese truck tires.")
    assert extract_quotes(text) == []


def test_transcript_heading_is_no_lead_in() -> None:
    """ "Partial transcript as follows:" heads a transcript; it speaks none of it."""
    text = ("Clinton at the debate\n\nAt the debate, candidate Hillary Clinton said the mother was “absolutely "
            "wrong” to call her a liar.\n\nPartial transcript as follows:\n\n\"RAMOS: Secretary Clinton, you sent an "
            "e-mail to your daughter that night.\n\nCLINTON: Look, I understand the grief.\"")
    quote = extract_quotes(text)[-1]
    assert quote.span.text.startswith('"RAMOS') and quote.cue is None


def test_evaluative_verbs_need_a_quotation() -> None:
    """ "called X “...”" reports speech; "praised the plan" does not; "called for talks" reports a demand."""
    quotes = extract_quotes("Hillary Clinton called the agreement “an historic step forward for all of us.”")
    assert quotes and quotes[0].cue is not None and quotes[0].cue.text == "called"
    assert quotes[0].kind is QuoteKind.MIXED
    assert extract_quotes("The senator praised the plan on Tuesday.") == []
    demand = extract_quotes("The senator called for new talks with the union.")
    assert [(q.span.text, q.cue and q.cue.text) for q in demand] == [("new talks with the union", "called for")]
    assert extract_quotes("The senator called the union on Tuesday.") == []


def test_coordinated_predicate_and_leading_subordinate() -> None:
    """"X says A, but insists B" is two reports; "While X said A, he ..." stops A at the main clause."""
    quotes = extract_quotes("She says people may not like the answer, but insists Sanders is mounting an attack.")
    assert [(q.span.text, q.cue.text if q.cue else None) for q in quotes] == [
        ("people may not like the answer", "says"), ("Sanders is mounting an attack", "insists")]
    quote = extract_quotes("While Ramos said that journalists cannot take sides, he appears uneasy.")[0]
    assert quote.span.text == "journalists cannot take sides"
    quotes = extract_quotes('So when Patriot signaled last summer that it would make a deal with Mr. Clarke, '
                            'Mr. Barrett said, "we were floored."')
    assert [(q.span.text, q.cue.text if q.cue else None) for q in quotes] == [
        ("it would make a deal with Mr. Clarke", "signaled"), ('"we were floored."', "said")]
    quotes = extract_quotes("He has proposed watching mosques and signaled support for a database.")
    assert [(q.span.text, q.cue.text if q.cue else None) for q in quotes] == [("watching mosques", "has proposed")]


def test_progressive_cue_after_an_adverb_has_its_own_subject() -> None:
    """ "..., but X is already claiming ...": the progressive's subject speaks, not the first clause's."""
    quote = extract_quotes("The final results aren't in, but John Kasich's campaign is already claiming victory in "
                           "the so-called \"governor's bracket.\"")[0]
    assert quote.speaker is not None and quote.speaker.mention.text == "John Kasich's campaign"


def test_passive_with_an_adverb_frames_nothing() -> None:
    """ "it was widely reported that ...": a passive's subject is no speaker, with an adverb too (the impersonal
    report is read with no speaker); "was written by X, Y and Z" lists agents, not words."""
    quotes = extract_quotes("The jet was bought in 2011, and it was widely reported that Mr. Trump paid $100m.")
    assert [(q.span.text, q.speaker) for q in quotes] == [("Mr. Trump paid $100m", None)]
    assert extract_quotes("The letter was jointly written by the senator, her aide, and a lawyer from Ohio.") == []


def test_citing_a_source_is_no_second_report() -> None:
    """ "..., citing people familiar with the matter": the report's source, not words of its own; a label's noun
    before a colon ("Injury report:") is no cue."""
    quotes = extract_quotes("Apple plans to cut 100 jobs, Bloomberg News reported on Friday, citing people familiar "
                            "with the matter.")
    assert [(q.cue.text if q.cue else None, q.speaker.mention.text if q.speaker else None) for q in quotes] == [
        ("reported", "Bloomberg News")]
    assert extract_quotes("The Chiefs won.\n\nInjury report: Chiefs safety Justin Reid left with a knee injury.") == []


def test_contrasting_report_after_though() -> None:
    """ "..., saying A, though Mrs. Fiorina said B": A ends at "though", and B is Fiorina's report."""
    quotes = extract_quotes("Other Republican candidates have followed suit, saying his history is a legitimate "
                            "criticism, though Mrs. Fiorina said she doubted voters would care.")
    assert [(q.span.text, q.speaker.mention.text if q.speaker else None) for q in quotes] == [
        ("his history is a legitimate criticism", "Other Republican candidates"),
        ("she doubted voters would care", "Mrs. Fiorina")]


def test_titled_name_after_an_opening_phrase_without_comma() -> None:
    """ "Saturday at the party convention Sen. Elizabeth Warren (D-MA) said ...": the name speaks; not a name that
    ends a noun phrase before a participle ("a collection from the cartoonist Garry Trudeau called ...")."""
    quote = extract_quotes("Saturday at the state party convention Sen. Elizabeth Warren (D-MA) said Donald Trump "
                           "was a failure in business.")[0]
    assert quote.speaker is not None and quote.speaker.mention.text == "Sen. Elizabeth Warren (D-MA)"
    assert extract_quotes("There is also a collection from the cartoonist Garry Trudeau called 'Yuge!' on sale.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("With Mrs. Clinton facing accusations from her time as secretary of state, former President Bill Clinton told "
         "employees on Thursday that the foundation would stop taking foreign money.", "former President Bill Clinton"),
        ("Reflecting on his earlier career as a trial lawyer, the Senate Democratic leader said he would settle.",
         "the Senate Democratic leader"),
        ("When Mr. Thiel was revealed as a Trump delegate, a columnist for the tech news site Pando said he was "
         "ashamed.", "a columnist for the tech news site Pando"),
        ("As the LinkedIn chief executive, Jeff Weiner, put it, “Imagine a world where we are no longer looking up "
         "at tech titans.”",
         "the LinkedIn chief executive, Jeff Weiner,"),
        ("Friday morning, as the parade rolled through Pasadena, CNN reported that it rained.", "CNN"),
    ],
)
def test_role_after_a_prepositional_as_is_no_speaker(text: str, speaker: str) -> None:
    """ "(her time as) secretary of state, |Bill Clinton told": "as" before a role with no verb is a preposition and
    the subject follows the comma; not "as the chief executive, Jeff Weiner, put it", a clause naming its speaker."""
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.mention.text == speaker


def test_participle_opening_an_infinitive_cue_is_no_speaker() -> None:
    """ "Continuing to explain his perspective, Carson rejected ...": "Continuing" opens the sentence, it names no one;
    the main clause reports."""
    (quote,) = extract_quotes("Continuing to explain his perspective, Carson rejected the notion that the episode "
                              "should be water under the bridge.")
    assert quote.cue is not None and quote.cue.text == "rejected"
    assert quote.speaker is not None and quote.speaker.mention.text == "Carson"


def test_subject_of_the_first_of_two_verbs_after_an_opening_clause() -> None:
    """ "When told ..., Bush thought for a moment and said that ...": the subject after the opening clause speaks."""
    quotes = extract_quotes("When told Perez was in the running for a bigger job, Bush thought for a moment and said "
                            "that in the current climate, \"Just being an everyday guy would have appeal.\"")
    assert [(q.cue.text if q.cue else None, q.speaker.mention.text if q.speaker else None) for q in quotes] == [
        ("said", "Bush")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Seeing his brother suffering led him to avoid ever trying alcohol or cigarettes, he said.",
         "Seeing his brother suffering led him to avoid ever trying alcohol or cigarettes"),
        ("Watching the damage made her angry, the mayor said.", "Watching the damage made her angry"),
    ],
)
def test_gerund_subject_opens_a_content(text: str, content: str) -> None:
    """ "Seeing ... led him to ..., he said": a gerund that is the clause's subject, not an introductory phrase
    (its verb has an object pronoun)."""
    (quote,) = extract_quotes(text)
    assert quote.span.text == content and quote.cue is not None and quote.cue.text == "said"


def test_subject_of_a_free_relative_said_was() -> None:
    """ "displaying what many analysts said was a sign of ...": the free relative's subject speaks."""
    (quote,) = extract_quotes("The sailors were swiftly released, displaying what many analysts said was a sign of "
                              "Iran's improving relations with the West.")
    assert quote.speaker is not None and quote.speaker.mention.text == "many analysts"
    assert quote.span.text == "was a sign of Iran's improving relations with the West"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The video shows Trump saying that he would win the state.", "Trump"),
        ("Clinton heard voters saying they wanted change.", "voters"),
        ('The movie depicts one of the security contractors asking, "For what, so more guys have to save your ass '
         'again?"', "one of the security contractors"),
    ],
)
def test_the_one_seen_or_heard_speaks_a_participle(text: str, speaker: str) -> None:
    """ "shows Trump saying ...", "heard voters saying ...": the object of seeing, hearing or showing speaks the
    participle, not the sentence's subject."""
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.mention.text == speaker


def test_shown_keeping_a_lead_reports_nothing() -> None:
    """ "A poll shows the billionaire maintaining his lead": "maintain" reports only with its clause."""
    assert extract_quotes("A national poll released Sunday shows the New York billionaire maintaining his lead "
                          "among Republicans.") == []


@pytest.mark.parametrize(
    ("text", "quotation", "speaker"),
    [
        ("As America prepares for what Newt Gingrich called “the loudest, most contentious election in modern "
         "history,” the former speaker is intrigued.", "“the loudest, most contentious election in modern history,”",
         "Newt Gingrich"),
        ('It was what the mayor called "a disgrace."', '"a disgrace."', "the mayor"),
    ],
)
def test_what_someone_called_a_quotation(text: str, quotation: str, speaker: str) -> None:
    """ "what X called “...”": X's name for it, the quotation X's words, "called" the cue."""
    (quote,) = extract_quotes(text)
    assert quote.span.text == quotation
    assert (quote.cue.text if quote.cue else None, quote.speaker.mention.text if quote.speaker else None) == (
        "called", speaker)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The decision, which critics called "a betrayal," was announced Friday.', '"a betrayal,"'),
        ('The decision, which critics called "slow, costly and unfair," was announced Friday.',
         '"slow, costly and unfair,"'),
        ("Trump has blasted the delegate system, which he said runs the risk of leaving millions of voters, especially "
         "his supporters, disenfranchised.",
         "runs the risk of leaving millions of voters, especially his supporters, disenfranchised"),
    ],
)
def test_report_in_an_object_relative_ends_with_it(text: str, content: str) -> None:
    """ "X, which critics called “...,” was announced": the report ends where the relative clause does, before the
    main clause's predicate; one that runs to the sentence's end keeps its commas."""
    assert extract_quotes(text)[0].span.text == content


def test_marvel_needs_a_quotation() -> None:
    """ "marveled at the crowd" reports nothing; “...,” he marveled does."""
    assert extract_quotes("An ultraconservative at odds with the party, Black marveled at the size of the crowd.") == []
    quote = extract_quotes("“It is amazing,” Black marveled.")[0]
    assert (quote.cue.text if quote.cue else None, quote.speaker.mention.text if quote.speaker else None) == (
        "marveled", "Black")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Trump had initially welcomed the election and said he would make an exception for the mayor.",
         "he would make an exception for the mayor", "Trump"),
        ("Rubio told a crowd in Miami Tuesday that voters are angry.", "voters are angry", "Rubio"),
        ("Carter however said he would welcome a principled security network.",
         "he would welcome a principled security network", "Carter"),
        ("Still, 26 percent of Democrats say they have not been paying attention.",
         "they have not been paying attention", "26 percent of Democrats"),
        ("People who have battled other online threats say it could be doing more.", "it could be doing more",
         "People who have battled other online threats"),
        ("Voters view her as prepared, with 50 percent saying she is ready for the job.",
         "she is ready for the job", "50 percent"),
        ("At least half of voters in each state say the positions are about right.", "the positions are about right",
         "At least half of voters in each state"),
        ("Multiple sources privy to negotiations say the leaders insisted on acting now.",
         "the leaders insisted on acting now", "Multiple sources privy to negotiations"),
        ("It was a year in which a majority of Americans say they do not trust her.", "they do not trust her",
         "a majority of Americans"),
    ],
    ids=["and-said-shares-subject", "told-object-then-that", "however-between", "percent-of", "relative-clause",
         "with-absolute", "at-least-half", "privy-to", "in-which"],
)
def test_more_speaker_first_frames(text: str, content: str, speaker: str) -> None:
    """Subjects shared over "and", "that" after a told-object and a place, poll groups, relative clauses."""
    quote = extract_quotes(text)[0]
    assert quote.span.text == content
    assert quote.speaker is not None and quote.speaker.mention.text == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Gorka warned that military officers he has spoken with “understand that we don’t have a strategy.”",
         "military officers he has spoken with “understand that we don’t have a strategy.”"),
        ("She warned that voters “know that we do not have a strategy.”",
         "voters “know that we do not have a strategy.”"),
        ("He told NBC’s “Meet the Press” on Sunday that he would run.", "he would run"),
    ],
    ids=["subject-before-quotation", "short-subject", "show-title-before-that"],
)
def test_the_that_after_a_tell_verb_opens_the_content(text: str, content: str) -> None:
    """ "warned that voters “know that ...”": the first "that" opens the content, whose subject stands before the
    quotation (a MIXED quote); a "that" inside the quotation is the speaker's own, not where the content begins."""
    (quote,) = extract_quotes(text)
    assert quote.span.text == content
    assert quote.kind is (QuoteKind.MIXED if "“" in content else QuoteKind.INDIRECT)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The people of Scranton and towns like it “deserve someone who’s with them. That’s Hillary Clinton,” he "
         "said.", "The people of Scranton and towns like it “deserve someone who’s with them. That’s Hillary "
         "Clinton,”"),
        ("Instead, Dena Grayson “is trying to take a shortcut. The campaign has hit a pothole,” Schroeder wrote.",
         "Dena Grayson “is trying to take a shortcut. The campaign has hit a pothole,”"),
        ("He spoke of “a new era. It is over,” she said.", "“a new era. It is over,”"),
        ("He met “a new generation of voters. They are angry,” she said.", "“a new generation of voters. They are "
         "angry,”"),
        ("GOP nominees Sen. John McCain and former Massachusetts Gov. Mitt Romney “were stiff. There was no joy,” "
         "Gingrich said.", "“were stiff. There was no joy,”"),
    ],
    ids=["subject-of-the-quoted-predicate", "after-a-connective", "not-a-clause", "not-an-irregular-past",
         "not-after-an-abbreviation"],
)
def test_a_quotation_of_several_sentences_keeps_its_subject(text: str, content: str) -> None:
    """ "The people of Scranton “deserve ... That’s Hillary Clinton,” he said": the quotation goes on past its first
    sentence, and the noun phrase opening that sentence before it is the quoted predicate's subject, part of the
    content (MIXED), as where the quotation is one sentence; a lead-in with a verb is no subject."""
    quote = extract_quotes(text)[-1]
    assert quote.span.text == content
    assert quote.kind is (QuoteKind.DIRECT if content.startswith("“") else QuoteKind.MIXED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We are not against any community," Mehta submitted.',
         [('"We are not against any community,"', "submitted", "Mehta")]),
        ("The counsel for the state submitted that no such order had been passed.",
         [("no such order had been passed", "submitted", "The counsel for the state")]),
        ("He submitted his resignation on Monday.", []),
        ("Senior advocate Kapil Sibal said the law was arbitrary.",
         [("the law was arbitrary", "said", "Senior advocate Kapil Sibal")]),
        ("Consumer advocate Ralph Nader said the law was arbitrary.",
         [("the law was arbitrary", "said", "Consumer advocate Ralph Nader")]),
        ("Senator Bernie Sanders advocates tax increases of $15 trillion.",
         [("tax increases of $15 trillion", "advocates", "Senator Bernie Sanders")]),
    ],
    ids=["submitted-after-quotation", "submitted-that", "submitted-an-object", "senior-advocate-name",
         "consumer-advocate-name", "advocates-an-object"],
)
def test_court_reporting_submitted_and_advocate_the_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Court reporting's "Mehta submitted" reports a quotation or a "that" clause (not "submitted his
    resignation"); "advocate" before a name is the noun of a title ("Senior advocate Kapil Sibal said"), not a cue."""
    assert _triples(extract_quotes(text)) == expected


def test_a_question_set_off_after_the_subject_is_put_to_them() -> None:
    """ "Leavitt, asked whether ..., said: “...”": "asked" after the comma is a passive participle, the question
    put to her by someone unnamed; her report is the verb after it (not "asked" with her as the asker and the rest
    of the sentence as the question)."""
    quotes = extract_quotes('White House press secretary Karoline Leavitt, asked whether the president would sign '
                            'the bill, said: "He is reviewing it."')
    assert _triples(quotes) == [
        ("whether the president would sign the bill", "asked", None),
        ('"He is reviewing it."', "said", "White House press secretary Karoline Leavitt"),
    ]
    (active,) = extract_quotes("Smith, a Democrat from Ohio, asked whether the bill would pass.")
    assert _triples([active]) == [("whether the bill would pass", "asked", "Smith, a Democrat from Ohio,")]


@pytest.mark.parametrize(
    "text",
    [
        "Biden, for his part, has said little publicly.",
        "The company has said nothing about the layoffs.",
        "She has said little about the plan in recent months, and aides say she now backs it.",
    ],
    ids=["little-publicly", "nothing-about", "little-about-then-a-second-clause"],
)
def test_saying_little_or_nothing_is_no_claim(text: str) -> None:
    """ "has said little publicly", "said nothing about the layoffs": the writer says no claim was made; there is
    no content to report (but "said little had changed" reports a clause)."""
    assert [q.cue and q.cue.text for q in extract_quotes(text)] == (["say"] if "aides" in text else [])
    assert _triples(extract_quotes("He said little had changed since the vote.")) == [
        ("little had changed since the vote", "said", "He")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('"If we do not act now, we will regret it," the senator, a Democrat, said, her voice rising.',
         '"If we do not act now, we will regret it,"'),
        ("“It is over,” she said, tears streaming down her face.", "“It is over,”"),
        ("Longer term, they said, their forces holding firm would win.",
         "Longer term, they said, their forces holding firm would win"),
    ],
    ids=["her-voice-rising", "tears-streaming", "gerund-clause-goes-on"],
)
def test_an_absolute_phrase_after_the_attribution_is_how_it_was_said(text: str, content: str) -> None:
    """ "“...,” she said, her voice rising.": an absolute phrase closing the sentence after the attribution tells
    how the words were said, not more of them (but a clause with its own verb after a parenthetical attribution
    goes on with the content)."""
    (quote,) = extract_quotes(text)
    assert quote.span.text == content


def test_a_digest_lead_in_from_a_writing_credits_its_author() -> None:
    """ "From Bush's Facebook post: “...”": a digest's lead-in names whose writing the quotation comes from; the
    author speaks (not the speaker of the sentence before), the writing is the cue."""
    quotes = extract_quotes("Aides say the former governor will back Cruz. From Bush's Facebook post: \"For the sake "
                            "of our party and country, we must move on.\"")
    assert _triples(quotes)[1] == ('"For the sake of our party and country, we must move on."', "Facebook post", "Bush")


def test_a_subordinate_report_ending_in_a_quotation_ends_before_the_main_clause() -> None:
    """ 'After Scalia said that students might do better at "less advanced schools," Trump said: “...”': the
    subordinate clause's content ends with the quotation that closes it, and the main clause reports on its own."""
    quotes = extract_quotes('After Scalia said that minority students might do better at "less advanced schools," '
                            'Trump said: "I thought it was very tough to the African-American community."')
    assert _triples(quotes) == [
        ('minority students might do better at "less advanced schools,"', "said", "Scalia"),
        ('"I thought it was very tough to the African-American community."', "said", "Trump"),
    ]


def test_transcript_turns_are_their_speakers_words() -> None:
    """Paragraphs opened by a speaker's label in capitals, two speakers at least, are a transcript: each turn is a
    DIRECT quote, its cue the colon, its speaker the label read as a name (and matched to a fuller mention)."""
    article = parse_article(
        "CNN's Jake Tapper interviewed Vice President Kamala Harris on Sunday.\n\n"
        "TAPPER: Will you accept the results of the election?\n\n"
        "HARRIS: Of course. I believe in our democracy.\n\n"
        "SEN. TIM SCOTT: I will call to congratulate the winner."
    )
    found = [(q.kind, q.cue and q.cue.text, q.speaker and q.speaker.name, q.span.text) for q in article.quotes]
    assert found == [
        (QuoteKind.DIRECT, ":", "Jake Tapper", "Will you accept the results of the election?"),
        (QuoteKind.DIRECT, ":", "Kamala Harris", "Of course. I believe in our democracy."),
        (QuoteKind.DIRECT, ":", "Tim Scott", "I will call to congratulate the winner."),
    ]
    assert all(q.speaker is not None and q.speaker.kind is SpeakerKind.PERSON for q in article.quotes)


_INTERVIEW = (
    "Q&A with Vice President Joe Biden.\n\n"
    "Vice President Joe Biden spoke with Politico's Michael Grunwald on Air Force Two. Biden complained about the "
    "dour tone of the primary. Here is the edited transcript.\n\n"
    "Q: Bernie's a socialist. He wants a revolution. Why is the campaign so negative?\n\n"
    "A: The only thing I can figure is, they both have large campaign organizations. They must say there's no way "
    "to sell a positive message. I said, hey, you've got to change the culture.\n\n"
    "Q: Have you talked to her?\n\n"
    "A: It's been about a month."
)


def test_interview_questions_and_answers_are_turns() -> None:
    """ "Q: ..." / "A: ..." paragraphs are an interview's turns (DIRECT, cue the colon, as PolNeAR marks them):
    the answers are the words of the person the introduction names most often, the questions the unnamed
    interviewer's."""
    quotes = [q for q in extract_quotes(_INTERVIEW) if q.cue is not None and q.cue.text == ":"]
    found = [(q.kind, q.speaker and q.speaker.mention.text, q.speaker and q.speaker.name) for q in quotes]
    assert found == [
        (QuoteKind.DIRECT, "Q", "Q"),
        (QuoteKind.DIRECT, "A", "Joe Biden"),
        (QuoteKind.DIRECT, "Q", "Q"),
        (QuoteKind.DIRECT, "A", "Joe Biden"),
    ]
    assert quotes[-1].span.text == "It's been about a month."
    assert quotes[1].speaker is not None and quotes[1].speaker.antecedent is not None
    assert quotes[1].speaker.antecedent.text == "Vice President Joe Biden"


def test_pronouns_inside_an_interview_answer() -> None:
    """Inside an answer, "I" is the one who answers; "they" and "he" are others, never the interviewee (nor the
    interviewer, whose questions are no antecedents)."""
    by_cue = {q.cue.text: q.speaker for q in extract_quotes(_INTERVIEW) if q.cue is not None}
    assert by_cue["said"] is not None and (by_cue["said"].mention.text, by_cue["said"].name) == ("I", "Joe Biden")
    assert by_cue["must say"] is not None and by_cue["must say"].name == "They"


def test_title_case_labels_that_alternate_are_an_interview() -> None:
    """ "Tribune: ..." / "Santos: ..." in turn, each label twice at least: an interview in title case."""
    text = ("Interview\n\nTribune: Will you sign the budget?\n\nSantos: No. We can't afford it.\n\nTribune: What "
            "happens if there's a shutdown?\n\nSantos: There won't be one.")
    quotes = extract_quotes(text)
    assert [(q.speaker and q.speaker.mention.text, q.span.text) for q in quotes] == [
        ("Tribune", "Will you sign the budget?"), ("Santos", "No. We can't afford it."),
        ("Tribune", "What happens if there's a shutdown?"), ("Santos", "There won't be one."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The site listed the rifle for sale.\n\nUPDATE: The listing was removed on Friday.",
        "Polls moved.\n\nHUFFPOLLSTER: Cruz gains in Iowa polls.\n\nHUFFPOLLSTER: Trump leads in New Hampshire.",
        "The plan has two sides.\n\nPros: It is cheap and quick.\n\nCons: It may not last a winter.",
        "Fact check\n\nClaim: The senator voted against the bill.\n\nVerdict: False. He voted for it twice.\n\n"
        "Claim: Crime doubled last year.\n\nVerdict: Misleading at best.",
        "Results\n\nClinton: 49.9 percent of delegates\n\nSanders: 49.6 percent of delegates\n\nClinton: 1,234 "
        "pledged delegates so far\n\nSanders: 1,100 pledged delegates so far",
    ],
    ids=["a-note-label", "one-label-twice", "title-case-labels-once-each", "fact-check-labels", "figures-by-name"],
)
def test_labelled_paragraphs_of_one_voice_are_no_transcript(text: str) -> None:
    """An "UPDATE:" note, or a digest's one label over several paragraphs, is no exchange between speakers."""
    assert [q.cue and q.cue.text for q in extract_quotes(text)] == []


def test_told_reporters_aboard_then_a_colon_frames_the_quotation() -> None:
    """ "told reporters aboard Air Force One: “...”", "announced via Twitter that ...": a place or a channel after
    the cue is no part of what was said."""
    quotes = extract_quotes('The president told reporters aboard Air Force One: "We will see what happens."')
    assert _triples(quotes) == [('"We will see what happens."', "told", "The president")]
    quotes = extract_quotes("Kasich's campaign announced via Twitter that it had won a plurality of delegates.")
    assert _triples(quotes) == [("it had won a plurality of delegates", "announced", "Kasich's campaign")]


def test_a_past_participle_phrase_after_the_attribution_is_no_content() -> None:
    """ "“...,” Johnson said at a news conference, flanked by members of his team.": who stood by is no part of
    the quotation (but "..., the group said, compared with $2,700 for ..." goes on with the claim)."""
    (quote,) = extract_quotes('"It is a great day for America," Speaker Johnson said at a news conference, flanked by '
                              "members of his leadership team.")
    assert quote.span.text == '"It is a great day for America,"'
    (quote,) = extract_quotes("The top 1 percent would see a tax cut of $275,000, the group said, compared with $2,700 "
                              "for those in the middle.")
    assert quote.span.text.endswith("for those in the middle")


def test_a_demonstrative_object_before_an_absolute_reports_nothing() -> None:
    """ "disputed that figure, with X calling ...": "that figure" is the object; the absolute after it reports
    on its own. A parenthetical after "that" and a subject still leaves a clause ("that voters, as always, would
    decide")."""
    quotes = extract_quotes('The White House disputed that figure, with press secretary Karoline Leavitt calling the '
                            'analysis "fundamentally flawed."')
    assert [q.cue and q.cue.text for q in quotes] == ["calling"]
    assert _triples(extract_quotes("He said that voters, as always, would decide.")) == [
        ("voters, as always, would decide", "said", "He")
    ]


def test_a_dash_signature_may_hold_a_title_s_period() -> None:
    """ "“Enough is enough.” — Rep. Alexandria Ocasio-Cortez on X": the title's period is no end of the signature
    (the quotation had been left to the speaker before it)."""
    quotes = extract_quotes("The mayor said the city would appeal.\n\n“Enough is enough.” — Rep. Alexandria "
                            "Ocasio-Cortez on X")
    assert _triples(quotes)[1] == ("“Enough is enough.”", "—", "Rep. Alexandria Ocasio-Cortez")


def test_and_a_named_subject_s_report_ends_the_content() -> None:
    """ "Ted Cruz accuses Obama of “...” and Donald Trump says he's “...”": a named subject and its own finite
    reporting verb after "and" open a second report, with no comma before them."""
    quotes = extract_quotes('Ted Cruz accuses Obama of "leading from behind" and Donald Trump says he\'s "losing the '
                            'war on terrorism."')
    assert _triples(quotes) == [
        ('Obama of "leading from behind"', "accuses", "Ted Cruz"),
        ('he\'s "losing the war on terrorism."', "says", "Donald Trump"),
    ]


def test_an_absolute_with_a_reporting_participle_reports() -> None:
    """ "Republicans were quick to chime in, with Donald Trump tweeting that ...": the absolute's subject reports,
    not the group before it."""
    quotes = extract_quotes('Republicans were quick to chime in, with Donald Trump tweeting that it was a "disaster" '
                            "for Clinton.")
    assert _triples(quotes) == [('it was a "disaster" for Clinton', "tweeting", "Donald Trump")]


def test_a_reply_joined_by_to_which_is_its_speaker_s() -> None:
    """ "She said that ..., to which O'Malley interjected: “...”": the content ends before the reply, whose
    quotation is O'Malley's."""
    quotes = extract_quotes("She said that her proposals were effective and strong, to which O'Malley interjected: "
                            '"It is just not true."')
    assert _triples(quotes) == [
        ("her proposals were effective and strong", "said", "She"),
        ('"It is just not true."', "interjected", "O'Malley"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It is often said that the first casualty of war is truth.", "the first casualty of war is truth"),
        ("It was reported that the talks had failed.", "the talks had failed"),
        ("But it was later revealed that he had lied.", "he had lied"),
    ],
    ids=["is-often-said", "was-reported", "was-later-revealed"],
)
def test_an_impersonal_passive_report_has_no_speaker(text: str, content: str) -> None:
    """ "It was reported that ...": a claim reported with its source unnamed; "it" is no speaker."""
    (quote,) = extract_quotes(text)
    assert (quote.span.text, quote.speaker) == (content, None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Still, the data show that voters are angry.", "the data"),
        ("However, official data show that unemployment fell.", "official data"),
        ("Sure, official data suggest that production peaked in 2013.", "official data"),
    ],
    ids=["still-the-data", "however-official-data", "sure-official-data"],
)
def test_a_sentence_adverb_and_its_comma_open_no_subject(text: str, speaker: str) -> None:
    """ "Still, the data show ...": the adverb and its comma open the sentence; the common noun after them is the
    subject (a document whose finding is reported)."""
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.mention.text == speaker


def test_a_poll_shows_that_voters() -> None:
    """ "A new poll shows that voters are angry": "that voters" is no relative clause's "that vote(d)" ("states
    that voted ..."), so "shows" is the poll's verb, not a plural noun."""
    assert _triples(extract_quotes("A new poll shows that voters are angry.")) == [
        ("voters are angry", "shows", "A new poll")
    ]


def test_an_accusing_verb_s_object_is_no_inverted_speaker() -> None:
    """ "The party, in a statement signed by X, accused the ruling party of plotting ...": the object and its charge
    follow "accused"; they are no inverted speaker of the words before (but "..., said a spokesman for the
    company" is one)."""
    (quote,) = extract_quotes("The Peoples Democratic Party (PDP), in a statement signed by its National Publicity "
                              "Secretary, Debo Ologunagba, accused the ruling party of plotting to rig the polls.")
    assert quote.span.text == "the ruling party of plotting to rig the polls"
    assert _triples(extract_quotes("The plan will fail, said a spokesman for the company.")) == [
        ("The plan will fail", "said", "a spokesman for the company")
    ]


def test_second_predicate_with_pronoun_subject() -> None:
    """ "X said ..., and he accused Y of ...": the content of "said" ends before the second predicate, which is a
    report of its own."""
    text = "Mr. Khan said that Mr. Trump had shown disrespect, and he accused Mr. Trump of running ''a hate campaign.''"
    found = [(q.span.text, q.cue and q.cue.text) for q in extract_quotes(text)]
    assert found == [
        ("Mr. Trump had shown disrespect", "said"), ("Mr. Trump of running ''a hate campaign.''", "accused")
    ]


def test_participle_after_before() -> None:
    """ "..., before adding that ...": a second report by the same speaker."""
    text = '"Thank you, son," Cruz replied, before adding that he thinks "children should speak with respect."'
    found = _triples(extract_quotes(text))
    assert found == [
        ('"Thank you, son,"', "replied", "Cruz"), ('he thinks "children should speak with respect."', "adding", "Cruz")
    ]


def test_uncued_fragment_ends_before_a_later_report() -> None:
    """A quoted fragment in an opening participle's clause ends before the main clause's report ("..., Allen did
    suggest ..."), the participle its cue and the main clause's subject its speaker; a parenthetical attribution
    stays inside a content ("..., she says, “...”")."""
    text = ("Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest that the mogul’s wealth "
            "gives him an advantage.")
    found = [(q.span.text, q.cue and q.cue.text, q.speaker and q.speaker.mention.text) for q in extract_quotes(text)]
    assert found == [
        ("Trump “says a lot of stupid stuff,”", "Acknowledging", "Allen"),
        ("the mogul’s wealth gives him an advantage", "did suggest", "Allen"),
    ]
    text = 'His support means "he must be doing something right," she says, "but I do not know if I would vote."'
    first = extract_quotes(text)[0]
    assert first.span.text == text and first.cue is not None and first.cue.text == "says"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Instead of attacking Cruz, Mr. Trump said, ''I'm a guy with common sense.''",
         "''I'm a guy with common sense.''"),
        ("In February, as a protester was being removed, Mr. Trump said, ''I'd like to punch him in the face.''",
         "''I'd like to punch him in the face.''"),
        ("But “the real issue,” Mr. Holtz-Eakin added, “is that nobody listens.”",
         "But “the real issue,” Mr. Holtz-Eakin added, “is that nobody listens.”"),
    ],
)
def test_quotation_after_an_attribution_set_off_by_commas(text: str, content: str) -> None:
    """ "Instead of ..., Mr. Trump said, ''...''": the quotation (in two apostrophes too) is the content, not the
    whole sentence; a sentence begun in scare-quoted words ("the real issue", whose "issue" is no verb) goes on
    in the quotation after its attribution."""
    quote = extract_quotes(text)[0]
    assert quote.span.text == content and quote.cue is not None and quote.speaker is not None


def test_participle_in_attribution_between_quoted_sentences() -> None:
    """`“A,” she said, adding that CLAUSE. “B.”`: A and B are one quote; the participle's clause is a report of
    its own by the same speaker (PolNeAR annotates both)."""
    text = ("“I think that speaks volumes,” she said, adding that the campaign will work hard to win them over. "
            "“I think they’re waiting to be courted.”")
    quotes = extract_quotes(text)
    assert [(q.kind, q.span.text, q.cue.text if q.cue else None) for q in quotes] == [
        (QuoteKind.DIRECT, text, "said"),
        (QuoteKind.INDIRECT, "the campaign will work hard to win them over", "adding"),
    ]
    assert [len(q.quoted) for q in quotes] == [2, 0]


def test_interrupted_quotation_joins_once() -> None:
    """ "“A,” Alawee said. “B.”" is one quotation of its speaker; a third part after a second attribution ("Zahed
    said: “C.”") is another speaker's quotation, not a third part of the first."""
    text = ("Refugees spoke.\n\n''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: "
            "''The attack that happened today is the work of terrorists.''")
    found = [(q.span.text, q.speaker and q.speaker.mention.text) for q in extract_quotes(text)]
    assert found == [
        ("''We are refugees,'' Ms. Alawee said. ''We are not terrorists.''", "Ms. Alawee"),
        ("''The attack that happened today is the work of terrorists.''", "Mr. Zahed"),
    ]


def test_lead_in_between_quotations_is_no_interruption() -> None:
    """ "“A.” He added, “B.”": the bridge introduces the second quotation, so the two are separate quotes."""
    text = "Brafman spoke to the court. “The zeal of this case is unusual.” He added, “Things happened here.”"
    found = [(q.span.text, q.cue and q.cue.text) for q in extract_quotes(text)]
    assert found == [("“The zeal of this case is unusual.”", None), ("“Things happened here.”", "added")]


def test_put_it_needs_a_quotation() -> None:
    """ "put it" reports only a quotation: "He put it in the fridge" and "as expected" asides report nothing."""
    assert extract_quotes("He put it in the fridge before the guests came.") == []
    quote = extract_quotes("As expected, prices rose, officials said.")[0]
    assert (quote.span.text, quote.speaker and quote.speaker.mention.text) == ("As expected, prices rose", "officials")


def test_plural_verb_does_not_invert() -> None:
    """"..., economists say taxing ...": a base-form verb after a comma does not take what follows as its
    speaker (only "said X"/"says X" invert)."""
    text = "Yet Democratic economists, like their Republican counterparts, say taxing consumption encourages savings."
    assert all(q.speaker is None or "taxing" not in q.speaker.mention.text for q in extract_quotes(text))


def test_uncued_fragment_continues_the_speaker_of_its_paragraph() -> None:
    """A quoted fragment with no cue of its own, in the paragraph of a cued quote, is that speaker's (PolNeAR
    annotates it so); in a later paragraph, or in the sentence of a report that left it out, it is nobody's."""
    first = "Republicans met on Monday.\n\n''It's an enormous moment,'' said Steve Schmidt, a strategist."
    fragment = "Unless rivals quit the race soon, ''it's very difficult to see how he is stopped.''"
    quotes = extract_quotes(f"{first} The party is split. {fragment}")
    assert [(q.kind, q.speaker and q.speaker.name) for q in quotes] == [
        (QuoteKind.DIRECT, "Steve Schmidt"), (QuoteKind.MIXED, "Steve Schmidt")
    ]
    later = extract_quotes(f"{first}\n\nThe vote is close.\n\n{fragment}")
    assert [(q.kind, q.speaker and q.speaker.name) for q in later] == [
        (QuoteKind.DIRECT, "Steve Schmidt"), (QuoteKind.MIXED, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It seems unfair to tell the communities: ''We're sorry, but it didn't work out.''",
        "Signs of momentum were there all along: “Data collected by our firm helps confirm that.”",
        'The result was clear: "We will win this state in November."',
    ],
)
def test_colon_after_no_speaker(text: str) -> None:
    """A lead-in whose subject is no speaker (an expletive "it", a noun phrase that goes on with "of", a thing)
    gives its quotation neither cue nor speaker."""
    (quote,) = extract_quotes(text)
    assert quote.kind is QuoteKind.DIRECT and quote.span.text == text[text.index(":") + 2 :]
    assert quote.cue is None and quote.speaker is None


def test_participle_after_before_without_comma() -> None:
    """ "“...,” Rubio responded before adding that ...": a second report by the same speaker, with no comma."""
    text = "“You don’t win by how many states you win,” Rubio responded before adding that he will win some states."
    found = _triples(extract_quotes(text))
    assert found == [
        ("“You don’t win by how many states you win,”", "responded", "Rubio"),
        ("he will win some states", "adding", "Rubio"),
    ]


def test_content_ends_before_a_quotation_with_its_own_attribution() -> None:
    """ "X asserted that A: “B,” he claimed.": A is the first report's content and B the quotation the second cue
    attributes; a quoted fragment inside the first content ("he was “kind of riding the fence,”") stays in it."""
    text = "Trump asserted that France had lost its identity: “France is no longer France,” he claimed."
    found = [(q.kind, q.span.text, q.cue and q.cue.text, q.speaker and q.speaker.name) for q in extract_quotes(text)]
    assert found == [
        (QuoteKind.INDIRECT, "France had lost its identity", "asserted", "Trump"),
        (QuoteKind.DIRECT, "“France is no longer France,”", "claimed", "Trump"),
    ]
    text = ('Clinton suggested that the plan was unserious - "Again, we need to get into the details," she said - '
            "and charged that he was wrong.")
    assert [q.span.text for q in extract_quotes(text)] == [
        "the plan was unserious", '"Again, we need to get into the details,"', "he was wrong"
    ]
    (quote,) = extract_quotes("Sims say he was “kind of riding the fence,” said Haley, who endorsed him.")
    assert quote.kind is QuoteKind.MIXED and quote.span.text.endswith("said Haley, who endorsed him")


def test_dash_aside_is_no_speaker() -> None:
    """ 'And although X lamented her gaffes - "...?" - Democrats said they were unfazed': the subordinate clause's
    subject speaks, without its "although", and what follows the dash aside is no speaker of the quotation."""
    text = ("And although Martin O'Malley lamented her tendency to commit gaffes - \"does she have to keep giving them "
            'so much ammunition?" - Democrats in Iowa who watched the debate said they were unfazed by the flap.')
    quotes = extract_quotes(text)
    assert [q.speaker and q.speaker.mention.text for q in quotes] == ["Martin O'Malley"]


def test_told_object_stops_at_a_clause() -> None:
    """ "a woman asked for a photo and Clinton said, “...”": the object of "asked" stops before "and Clinton
    said", whose speaker the quotation is."""
    text = "At one point, a woman asked for a photo and Clinton said, “as long as we are not violating any laws.”"
    (quote,) = extract_quotes(text)
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.mention.text == "Clinton"


def test_participle_aside_may_quote_a_comma() -> None:
    """ "Mr. Manafort, citing ''the unique magic of Trump,'' said ...": the aside's quotation holds the comma that
    closes the aside, and the name before it speaks."""
    text = "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be competitive."
    found = [(q.span.text, q.speaker and q.speaker.mention.text) for q in extract_quotes(text) if q.cue is not None]
    assert found == [
        ("''the unique magic of Trump,''", "Mr. Manafort"),
        ("the candidate could be competitive", "Mr. Manafort"),
    ]


def test_next_paragraph_with_its_own_attribution_is_no_continuation() -> None:
    """A cued quote continues into the next paragraph's uncued quote, but not where that paragraph opens with an
    attribution of its own ("Another commenter said, “...”")."""
    text = ("Clinton laid flowers at the memorial.\n\nOne man wrote, “She could barely bend over to place those "
            "flowers. Never, never Hillary.”\n\nAnother commenter said, “We all know how she feels about the police, "
            "and our military for that matter.”")
    quotes = extract_quotes(text)
    assert [(q.cue.text if q.cue else None, q.speaker.mention.text if q.speaker else None) for q in quotes] == [
        ("wrote", "One man"), ("said", "Another commenter")]
    assert "\n" not in quotes[0].span.text
    continued = extract_quotes("Clinton laid flowers.\n\n“We will win this race,” she said.\n\n“And we will win it "
                               "by a mile, wait and see.”")
    assert len(continued) == 1 and continued[0].span.text.endswith("wait and see.”")


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Iowa State University's Dianne Bystrom agreed. \"Mainstream Republicans are running out of time to stop "
         "him.\"", "agreed", "Iowa State University's Dianne Bystrom"),
        ("Smith disagreed. “That is not how this works at all, and he knows it.”", "disagreed", "Smith"),
        ("The listing was replaced by a message that said, \"Sorry, but the item you have requested is no longer "
         "in the system.\"", "said", "a message"),
    ],
    ids=["sentence-before", "sentence-before-short", "document-that-said"],
)
def test_attribution_sentence_before_and_document_relative(text: str, cue: str, speaker: str) -> None:
    """A sentence that is only a speaker and a reporting verb attributes the quotation right after it; a document
    noun's relative clause ("a message that said") speaks for the document."""
    quote = extract_quotes(text)[0]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.mention.text == speaker


def test_quoted_sentence_before_is_no_bare_attribution() -> None:
    """ "''I think ...,'' he said. ''...''": the sentence before holds its own quotation, and the two stay one
    quote; "That report" and "that claim" stay nouns."""
    text = "Sooner or later, ''I think we will have a consumption tax,'' he said. ''It's a good thing to talk about.''"
    assert len(extract_quotes(text)) == 1
    assert extract_quotes("The senator made that claim again on Sunday.") == []


def test_signature_on_the_next_line() -> None:
    """A digest's quotation alone on its line, signed on the next one after a dash, has that signer; a dash line
    that does not follow a lone quotation signs nothing."""
    text = ("Quotable.\n\n\"The whole idea of a Crooked Hillary is something we hear about all the time.\"\n\n"
            "-Michelle Marks, Philadelphia.\n\nThe convention ended on Thursday.")
    quote = extract_quotes(text)[0]
    assert quote.cue is not None and quote.cue.text == "-"
    assert quote.speaker is not None and quote.speaker.mention.text == "Michelle Marks, Philadelphia"
    inline = extract_quotes("He said the plan was \"a total failure from start to finish.\"\n\n- Sanders.")
    assert all(q.speaker is None or q.speaker.mention.text != "Sanders" for q in inline)


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("One lawmaker took a private moment during a holiday party", False),
        ("The mayor met survivors", False),
        ("Carson made a bizarre attack", False),
        ("Gilda Cobb-Hunter, a member of the committee, recalled what happened in 2008", False),
        ("The senator explained how", False),
        ("A panel of reporters led by Chris Matthews", True),
        ("A memo sent by the board", True),
        ("Supporters who met him", True),
        ("The Rose Law Firm", True),
        ("the results in Iowa effectively narrowed the primary to a three-man race, his team", False),
        ("a recent review of Hillary Clinton's emails seems", False),
        ("people directly involved in the talks", True),
        ("a newly elected senator", True),
        ("Democrats trying to regain control of the Senate in November", True),
        ("residents living near the plant", True),
        ("obtained by AP", False),
        ("thousands of people watching from the National Mall, Mr. Obama", False),
        ("video surfaced showing an ailing Hillary Clinton stumbling to a van (her campaign", False),
        ("Asawitiri Media also uses the same report", False),
        ("The group still owns a newspaper", False),
        ("The campaign now runs an ad", False),
        ("Mr. Rubio, who uses the line often,", True),
        ("which means that individuals and offices are tasked with FOIA", False),
        ("which the bank", True),
        ("the territory offers more delegates than about half of the other Democratic", False),
        ("more than a dozen people familiar with the talks", True),
        ("anti-Latino", False),
        ("the Anti-Defamation League", True),
    ],
)
def test_clause_is_no_speaker_phrase(phrase: str, speaker: bool) -> None:
    """A past form after the head makes a clause ("took a moment", "met survivors", "made a", "recalled what"); a
    participle before "by"/"to" or inside a relative clause does not, nor a capitalised word."""
    assert looks_like_speaker(phrase, strict=False) is speaker


def test_that_after_a_named_told_object_opens_the_content() -> None:
    """Only after an object with an article is "that" a relative pronoun ('told a crowd that the campaign
    estimated at 3,000'); after "Politico" it opens what the spokeswoman told."""
    text = "Citing “obligations in Tennessee,” the spokeswoman told Politico that Gore plans to skip the convention."
    reports = [(q.span.text, q.cue.text if q.cue else None) for q in extract_quotes(text)]
    assert ("Gore plans to skip the convention", "told") in reports


def test_main_clause_report_after_a_concessive_report() -> None:
    """ "While X has said A, Y said B": the concessive clause's report and the main clause's, both."""
    text = ("While Comey has said that he regularly makes recommendations, Lewandowski said he does not do them "
            "publicly.")
    reports = [(q.span.text, q.speaker.mention.text if q.speaker else None) for q in extract_quotes(text)]
    assert reports == [("he regularly makes recommendations", "Comey"), ("he does not do them publicly", "Lewandowski")]


def test_opening_subordinate_clause_is_no_content_of_the_main_clause() -> None:
    """ "While X say A, others disagree": the clause before the main clause's comma is an adverbial of its own
    sentence, not what the main clause's subject said; a report inside it stands ("Whereas aides said ...")."""
    text = ("Although there's broad agreement that action should be taken to curb inversions, politicians disagree "
            "on how.")
    assert _triples(extract_quotes(text)) == []
    text = "Whereas aides said the trip was canceled, the White House insisted it would go ahead."
    assert _triples(extract_quotes(text)) == [
        ("the trip was canceled", "said", "aides"), ("it would go ahead", "insisted", "the White House")
    ]
    text = ("Although the Scott administration doesn’t track opt-out rates, Lopez-Cantera said about the movement, "
            "“I support parents making the best decisions for their kids’ education.”")
    assert _triples(extract_quotes(text)) == [
        ("“I support parents making the best decisions for their kids’ education.”", "said", "Lopez-Cantera")
    ]


def test_lead_in_announcing_the_words_is_no_part_of_them() -> None:
    """ "said the following: ..." and "wrote as follows: ...": the content is what the colon introduces."""
    assert _triples(extract_quotes("The senator said the following: “We will not back down.”")) == [
        ("“We will not back down.”", "said", "The senator")
    ]
    text = "Rubio's campaign manager posted a photo, tweeting the following: Crowd in Hialeah going wild for Rubio!"
    assert _triples(extract_quotes(text)) == [
        ("Crowd in Hialeah going wild for Rubio", "tweeting", "Rubio's campaign manager")
    ]
    assert _triples(extract_quotes("He wrote as follows: the bill is dead.")) == [("the bill is dead", "wrote", "He")]


def test_participles_in_a_row_each_report() -> None:
    """ "urging A and promising B": two reports, the first ending before the second participle; a participle
    with no clause ("warning against allowing in the refugees") reports nothing, and the one after it does."""
    text = ("Mrs. Clinton spoke in Ohio, urging voters to see the big picture and promising to manage economic and "
            "immigration upheaval.")
    assert _triples(extract_quotes(text)) == [
        ("voters to see the big picture", "urging", "Mrs. Clinton"),
        ("to manage economic and immigration upheaval", "promising", "Mrs. Clinton"),
    ]
    text = ('"America needs to get tough," Trump says in the spot, warning against allowing in the refugees, '
            'pledging to "quickly bomb the hell out of ISIS."')
    assert _triples(extract_quotes(text))[1:] == [('to "quickly bomb the hell out of ISIS."', "pledging", "Trump")]
    text = ("Trump has indicated he would try to curb critics, vowing to open up libel laws, and suggesting he would "
            "require federal employees to sign nondisclosure agreements.")
    assert [(q.cue.text, q.span.text) for q in extract_quotes(text) if q.cue] == [
        ("has indicated", "he would try to curb critics"),
        ("vowing", "to open up libel laws"),
        ("suggesting", "he would require federal employees to sign nondisclosure agreements"),
    ]
    assert _triples(extract_quotes("He said it was a bold and promising plan.")) == [
        ("it was a bold and promising plan", "said", "He")
    ]


def test_lawyer_arguing_a_case_reports_nothing() -> None:
    """ "who argued the case" is a lawyer's work, not a report; "argued the case for tax cuts was strong" is one."""
    text = ("Lee Gelernt of the American Civil Liberties Union, who argued the case, called it “a major victory for "
            "families.”")
    assert [q.cue.text for q in extract_quotes(text) if q.cue] == ["called"]
    assert extract_quotes("She argued the case before the Supreme Court in 2019.") == []
    assert _triples(extract_quotes("He argued the case for tax cuts was strong.")) == [
        ("the case for tax cuts was strong", "argued", "He")
    ]


def test_participle_after_a_dash_or_before_a_quotation_reports_on_its_own() -> None:
    """ "X said, adding, “...”" gives two quotes, the second cued by "adding" (its first sentence however short);
    " - noting that ..." ends the content before it and reports; a closing ", while trying to ..." is a
    circumstance, not what was said."""
    text = "“It’s been a total disaster,” Trump said, adding, “Nobody cares. And frankly, I’m the most solid person.”"
    assert _triples(extract_quotes(text)) == [
        ("“It’s been a total disaster,”", "said", "Trump"),
        ("“Nobody cares. And frankly, I’m the most solid person.”", "adding", "Trump"),
    ]
    text = ("He said he could make no distinction between Santilli and the armed occupants - noting that he saw "
            "Santilli carrying weapons on the refuge.")
    assert _triples(extract_quotes(text)) == [
        ("he could make no distinction between Santilli and the armed occupants", "said", "He"),
        ("he saw Santilli carrying weapons on the refuge", "noting", "He"),
    ]
    text = ("Ayotte says she will vote for Trump but will not campaign with him - essentially conceding that she does "
            "not feel comfortable telling others to vote for him.")
    assert [(q.cue.text, q.span.text) for q in extract_quotes(text) if q.cue] == [
        ("says", "she will vote for Trump but will not campaign with him"),
        ("conceding", "she does not feel comfortable telling others to vote for him"),
    ]
    text = ("She said she was going to put coal companies out of business, while trying to explain her plan to sink "
            "money into Appalachia.")
    assert _triples(extract_quotes(text)) == [("she was going to put coal companies out of business", "said", "She")]
    text = ("Sanders released a statement that, while condemning violence, accused the party of abusing “its power "
            "to prevent a fair process.”")
    assert [q.cue.text for q in extract_quotes(text) if q.cue] != ["condemning"]


def test_demonstrative_that_and_adjectival_participle_report_nothing() -> None:
    """ "doesn't mention that on the campaign trail": "that" is the object, no clause; "racially charged dismissal":
    an adjective. A "that" before a phrase and then a clause still opens the content."""
    assert extract_quotes("Grayson was a lobbyist, but she doesn’t mention that on the campaign trail.") == []
    assert extract_quotes("Trump faced an outcry over his rough and racially charged dismissal of the couple.") == []
    assert _triples(extract_quotes("He said that in 2012 prices rose.")) == [("in 2012 prices rose", "said", "He")]
    assert _triples(extract_quotes("She noted that in May it rains.")) == [("in May it rains", "noted", "She")]
    assert extract_quotes("He repeated that claim on Tuesday.") == []  # "that claim": a demonstrative and its noun
    assert extract_quotes("Trump repeated that promise at a rally in Ohio.") == []
    assert _triples(extract_quotes("He said that voters want change.")) == [("voters want change", "said", "He")]


def test_supposed_as_an_adjective_and_showing_no_sign_report_nothing() -> None:
    """ "several supposed alternatives" is no supposition reported; "shows no sign of change" is an idiom; "The
    poll shows little sign that voters care" is a poll's finding."""
    assert extract_quotes("For all the criticism, several supposed alternatives are things already tried.") == []
    assert extract_quotes("Obama's policy has barely budged and shows no sign of change this term.") == []
    assert _triples(extract_quotes("The poll shows little sign that voters care.")) == [
        ("little sign that voters care", "shows", "The poll")
    ]


def test_stating_and_echoing_participles_end_the_content_before_them() -> None:
    """ ", stating that ...", ", echoing ...", ", contrasting herself with ...": the participle's own report (or the
    speaker's act), not more of what was said before it."""
    text = ('Cruz said Trump represents "New York values," stating during the debate that they are "socially liberal '
            'or pro-abortion."')
    assert [(q.cue.text, q.span.text) for q in extract_quotes(text) if q.cue] == [
        ("said", 'Trump represents "New York values,"'),
        ("stating", 'they are "socially liberal or pro-abortion."'),
    ]
    text = ("Clinton frequently emphasizes that she is a proud Democrat who wants to help elect other Democrats, "
            "contrasting herself with rival Bernie Sanders.")
    assert [q.span.text for q in extract_quotes(text)] == [
        "she is a proud Democrat who wants to help elect other Democrats"
    ]


def test_writers_comment_on_a_figure_after_its_attribution_is_no_content() -> None:
    """ "..., a new poll finds, a debate that ...", "..., a figure that surprised economists", "..., an increase of
    ...": the writer's comment after the attribution, not more of the finding."""
    text = ("Americans oppose cutting off funds for Planned Parenthood, a new USA TODAY/Suffolk University Poll finds, "
            "a debate that is likely to come to a head this week.")
    assert [q.span.text for q in extract_quotes(text)] == ["Americans oppose cutting off funds for Planned Parenthood"]
    text = "Unemployment fell to 3.9 percent last month, the department said, a figure that surprised economists."
    assert [q.span.text for q in extract_quotes(text)] == ["Unemployment fell to 3.9 percent last month"]
    text = "Over the long term, according to the budget office, the rise in annual deficits is mainly due to aging."
    assert [q.span.text for q in extract_quotes(text)] == ["the rise in annual deficits is mainly due to aging"]


def test_adverb_before_the_colon_is_no_part_of_the_quotation() -> None:
    """ "said only: “We’ll see.”", "said simply: “No.”": the quotation after the colon is the content."""
    assert _triples(extract_quotes("Smith said only: “We’ll see.”")) == [("“We’ll see.”", "said", "Smith")]
    assert _triples(extract_quotes("He said simply: “No.”")) == [("“No.”", "said", "He")]


def test_one_word_answer_is_reported() -> None:
    """ "46 percent of voters said yes", "the candidate said no": an answer is what was said; a one-word object of
    another verb is not ("is no fan of Trump")."""
    text = "Asked if her email practices were illegal, 46 percent of voters said yes."
    assert _triples(extract_quotes(text))[-1] == ("yes", "said", "46 percent of voters")
    text = "Asked if he was ever bullied, the Republican presidential candidate said no."
    assert _triples(extract_quotes(text))[-1] == ("no", "said", "the Republican presidential candidate")
    (quote,) = extract_quotes("Everyone but Hewlett said yes.")
    assert quote.speaker is not None and quote.speaker.name == "Everyone but Hewlett"
    assert quote.speaker.kind is SpeakerKind.GROUP


def test_name_spelled_like_a_modal_speaks_before_a_past_form() -> None:
    """ "Will wrote", "In particular, Will wrote": the columnist; "Will say ...?" is a modal and its verb."""
    assert _triples(extract_quotes("In particular, Will wrote that the candidate was unfit.")) == [
        ("the candidate was unfit", "wrote", "Will")
    ]
    assert extract_quotes("Will say that the candidate was unfit?") == []


def test_sign_reads_its_words() -> None:
    """ "“Enough is enough,” read one sign", "A sign at the rally read: “...”": the sign is the speaker, a document."""
    for text, mention in [("“Enough is enough,” read one sign.", "one sign"),
                          ("A sign at the rally read: “Lock her up.”", "A sign at the rally"),
                          ("The plaque read: “In memory of the fallen.”", "The plaque"),
                          ("The screen read: “Game over for everyone.”", "The screen")]:
        (quote,) = extract_quotes(text)
        assert quote.cue is not None and quote.cue.text == "read"
        assert quote.speaker is not None and quote.speaker.mention.text == mention
        assert quote.speaker.kind is SpeakerKind.DOCUMENT
    assert extract_quotes("He read the statement aloud.") == []


def test_list_of_names_after_with_speaks_through_the_participle() -> None:
    """ "..., with Donald Trump, Mike Huckabee and Chris Christie all calling for ...": the listed names speak, not
    the sentence's subject."""
    text = ("The 2016 Republican field is split, with Donald Trump, Mike Huckabee and Chris Christie all calling for a "
            "strong ethanol blending rule.")
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention.text == "Donald Trump, Mike Huckabee and Chris Christie"


def test_second_subject_report_after_a_comma() -> None:
    """ "A has been warning that X, and Ms. Acosta said Y": two reports, each with its own speaker; a compound
    subject ("Congress and President Obama agreed") is no second report, nor a quote-only verb without a quotation
    (", and Emanuel released the video")."""
    text = ("Puerto Rico has been warning that it is running out of cash, and Ms. Acosta said the measures were "
            "unsustainable.")
    reports = [(q.span.text, q.speaker.mention.text if q.speaker else None) for q in extract_quotes(text)]
    assert reports == [("it is running out of cash", "Puerto Rico"), ("the measures were unsustainable", "Ms. Acosta")]
    text = "Prosecutors said they charged Van Dyke with murder, and Emanuel released the video hours later."
    assert [q.cue.text for q in extract_quotes(text) if q.cue] == ["said"]


def test_closing_run_of_three_apostrophes() -> None:
    """A quotation closing an inner quotation in the NYT's apostrophes (",'''") ends at the third one: the speaker
    after it has no stray apostrophe, and its cue is read."""
    text = "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies.''"
    quote = extract_quotes(text)[0]
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.mention.text == "Mr. Putin"
    text = "''I would use the word 'old-school,''' said Gregory W. Slayton, a former ambassador."
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.mention.text == "Gregory W. Slayton, a former ambassador"


def test_participle_after_a_closing_quotation_mark() -> None:
    """ '... "maniacal," adding, "..."': the participle after a quotation that closes with its comma makes a second
    report; a participle of telling skips its object ("reminding the co-hosts that"); one with only a prepositional
    phrase after it ("warning against ...") reports nothing."""
    quotes = extract_quotes('Trump told Newsmax that Mitt Romney "had a crazy policy which was maniacal," adding, '
                            '"He lost all of the Latino vote."')
    assert [(q.span.text, q.cue.text if q.cue else None) for q in quotes] == [
        ('Mitt Romney "had a crazy policy which was maniacal,"', "told"),
        ('"He lost all of the Latino vote."', "adding")]
    quotes = extract_quotes('"He is a former president," Fiorina told the show, reminding the co-hosts that Trump has '
                            "denounced George W. Bush.")
    assert quotes[-1].span.text == "Trump has denounced George W. Bush"
    quotes = extract_quotes('"We need to get tough," Trump says in the spot titled "Dangerous," warning against '
                            "allowing in the refugees.")
    assert [q.cue.text if q.cue else None for q in quotes] == ["says"]


def test_contrasting_report_after_while_and_a_common_noun() -> None:
    """'..., while the charity Oxfam called the pact "..."': a second report, not more of the first content."""
    quotes = extract_quotes('Amnesty International said the reforms would "set back asylum law for decades", while the '
                            'charity Oxfam called the pact "a gift to smugglers".')
    assert [(q.span.text, q.speaker.mention.text if q.speaker else None) for q in quotes] == [
        ('the reforms would "set back asylum law for decades"', "Amnesty International"),
        ('the pact "a gift to smugglers"', "the charity Oxfam")]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ('She and other Democrats on the stage refused to say the words "radical Islam," which Republicans want.',
         "to say", "She and other Democrats on the stage"),
        ("Hammond, the Indiana national committeeman, hesitated to repeat his previous criticism of the mogul.",
         "to repeat", "Hammond, the Indiana national committeeman"),
        ("The decisive victory led Republican National Committee Chairman Reince Priebus to declare him the "
         "presumptive nominee.", "to declare", "Republican National Committee Chairman Reince Priebus"),
        ("Trump, Ryan and RNC Chairman Reince Priebus have spent the last week trying to tell Republicans that there "
         "is nothing to see here.", "to tell", "Trump, Ryan and RNC Chairman Reince Priebus"),
        ("Sanders wants voters to recall that he took a rare stand against the Iraq war.", "to recall", "Sanders"),
    ],
)
def test_infinitive_cue_speaker_leaves_out_the_verb(text: str, cue: str, speaker: str) -> None:
    """The speaker of an infinitive cue is the subject before the verb that governs it ("refused", "have spent
    ... trying"), or the object of a verb like "led"; never a phrase holding that verb."""
    quote = extract_quotes(text)[0]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.mention.text == speaker


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("Smith claimed he had been framed, his lawyer told reporters.",
         ("Smith claimed he had been framed", "told", "his lawyer"), ("he had been framed", "claimed", "Smith")),
        ("The minister promised to resign if the bill failed, aides said.",
         ("The minister promised to resign if the bill failed", "said", "aides"),
         ("to resign if the bill failed", "promised", "The minister")),
        ("He asked not to be disturbed during the broadcast, his press secretary said.",
         ("He asked not to be disturbed during the broadcast", "said", "his press secretary"),
         ("not to be disturbed during the broadcast", "asked", "He")),
        ("Two officials said the deal was near, Reuters reported, citing documents.",
         ("Two officials said the deal was near", "reported", "Reuters"),
         ("the deal was near", "said", "Two officials")),
    ],
)
def test_attribution_after_a_reporting_sentence(
    text: str, outer: tuple[str, str, str], inner: tuple[str, str, str]
) -> None:
    """ "X claimed C, Y said.": Y reports X's claim (the whole clause) and X claims C; both are reports."""
    found = {(q.span.text, q.cue.text if q.cue else None, q.speaker.mention.text if q.speaker else None)
             for q in extract_quotes(text)}
    assert found == {outer, inner}


def test_new_sentence_quotation_is_no_outer_content() -> None:
    """A quotation that opens a sentence the segmentation missed is attributed on its own, not as the end of the
    sentence before."""
    text = ("Ramos corrected the candidate by tweeting a study proving “immigrants are less likely to be criminals "
            "than the native-born.”“Your facts are wrong,” Ramos wrote.")
    assert not any(q.span.text.startswith("Ramos corrected") and q.cue is not None and q.cue.text == "wrote"
                   for q in extract_quotes(text))


def test_same_speaker_said_again_after_a_quotation_is_no_outer_report() -> None:
    """ "X said C because “Q,” she said.": the trailing attribution repeats X for the quotation; no report of X's
    report by "she"."""
    text = ("DuVernay said she felt the amendment was worth examining because “most people don’t know about that "
            "loop-hole,” she said.")
    quotes = extract_quotes(text)
    assert not any(q.span.text.startswith("DuVernay said") for q in quotes)
    assert any(q.speaker is not None and q.speaker.mention.text == "DuVernay" for q in quotes)


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ('Miami coach Gerardo "Tata" Martino praised his captain but insisted the win was a team effort.',
         'Miami coach Gerardo "Tata" Martino', "Gerardo Martino"),
        ('"We played well," said Gerardo "Tata" Martino, the Miami coach.',
         'Gerardo "Tata" Martino, the Miami coach', "Gerardo Martino"),
        ("Gov. C.L. ''Butch'' Otter said the state would appeal.", "Gov. C.L. ''Butch'' Otter", "C.L. Otter"),
    ],
)
def test_nickname_in_quotation_marks_is_part_of_the_name(text: str, mention: str, name: str) -> None:
    """A nickname in quotation marks between a first name and a surname belongs to the mention; the canonical
    name leaves it out (so "Martino said" later resolves to it)."""
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.mention.text, quote.speaker.name) == (mention, name)
    assert text[quote.speaker.mention.start : quote.speaker.mention.end] == quote.speaker.mention.text


def test_contrasting_report_after_a_closing_quotation_mark() -> None:
    """ ', while ...' after a quotation's comma and closing mark ends the first content and opens a second report."""
    found = [(q.span.text, q.cue.text if q.cue else None, q.speaker.mention.text if q.speaker else None)
             for q in extract_quotes('Critics called the plan "reckless," while supporters said it was long overdue.')]
    assert found == [('the plan "reckless,"', "called", "Critics"), ("it was long overdue", "said", "supporters")]


def test_quotation_with_its_own_attribution_is_no_colon_lead_in() -> None:
    """ "...: ''...,'' the pitch on Kickstarter says.": the clause before the colon is no cue of the quotation."""
    text = ("Echo Point is now running a Kickstarter campaign to raise $5,000 for a print run of the book: ''Publish "
            "the book that Donald Trump doesn't want you to read,'' the pitch on Kickstarter says.")
    assert all(q.cue is None or "Kickstarter campaign" not in q.cue.text for q in extract_quotes(text))


def test_main_clause_after_a_relative_clause_with_scare_quotes() -> None:
    """The quotation marks of a relative clause's own words do not hide the name before it from the main verb."""
    text = "Humphrey, who calls Trump a “sociopath,” said he does not believe the effort needs an alternative."
    found = [(q.span.text, q.cue.text if q.cue else None, q.speaker.mention.text if q.speaker else None)
             for q in extract_quotes(text)]
    assert ("he does not believe the effort needs an alternative", "said",
            "Humphrey, who calls Trump a “sociopath,”") in found


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Sixty percent said the economy was getting worse, and 30 percent said it was improving.",
         ("it was improving", "30 percent")),
        ("About half said the party was indifferent and one in four said the party was outright hostile.",
         ("the party was outright hostile", "one in four")),
        ("A strong majority of voters say they are paying attention; 26 percent of Democrats say they have not been "
         "paying much attention.", ("they have not been paying much attention", "26 percent of Democrats")),
        ('37 percent of Americans say Trump is "very responsible" for violence at his rallies, 39 percent blame his '
         'supporters and 22 percent say he is "not at all responsible."', ('he is "not at all responsible."',
                                                                           "22 percent")),
    ],
)
def test_second_poll_share_reports_on_its_own(text: str, second: tuple[str, str]) -> None:
    """A poll's second share and its "said" make a second report, whose speaker is that share alone (not "39
    percent blame his supporters and 22 percent")."""
    quotes = extract_quotes(text)
    assert len(quotes) == 2
    assert (quotes[1].span.text, quotes[1].speaker.mention.text if quotes[1].speaker else None) == second


def test_participle_after_the_main_clause_is_the_subjects() -> None:
    """After a relative aside's report and the main clause's verb, a participle's speaker is the sentence's subject,
    not the relative "who"."""
    quotes = extract_quotes("President Trump, who has repeatedly called on Powell to lower rates, criticized the "
                            'decision on social media, writing that the Fed chair was "always too late."')
    assert [(q.cue.text if q.cue else None, q.speaker.mention.text if q.speaker else None) for q in quotes] == [
        ("has repeatedly called on", "who"), ("writing", "President Trump")
    ]


def test_statement_participle_with_an_object_is_no_speaker() -> None:
    """ "both men issued a statement expressing optimism ... – Ryan saying ...": "issued a" is a verb and its object,
    not a postmodifier of "both men", so no speaker "both men issued a statement"; Ryan's report stays."""
    quotes = extract_quotes("And soon after it was over, both men issued a statement expressing optimism about "
                            "working together – Ryan saying he was “very encouraged” and Trump calling it a “great "
                            "meeting.”")
    assert all(q.speaker is None or "issued" not in q.speaker.mention.text for q in quotes)
    assert any(q.cue is not None and q.cue.text == "saying" and q.speaker and q.speaker.mention.text == "Ryan"
               for q in quotes)


def test_no_content_after_a_cue_and_a_coordinator() -> None:
    """ "has expressed frustration, and even a little trepidation, about ..., recently telling ...": nothing is
    reported right after the cue; the participle's report is."""
    quotes = extract_quotes("Hillary Clinton has expressed frustration, and even a little trepidation, about her "
                            "first face-off with Donald Trump, recently telling one person close to her that she is "
                            "perplexed about the debate.")
    assert [(q.cue.text if q.cue else None, q.span.text) for q in quotes] == [
        ("telling", "she is perplexed about the debate")
    ]


def test_document_subject_shared_by_a_second_verb() -> None:
    """ "The affidavit cited ... and said that ...": the affidavit reports both, "said" included."""
    quotes = extract_quotes("The affidavit cited interviews with Fields and said that Bujnowski had seen bruises.")
    assert [(q.cue.text if q.cue else None, q.speaker.mention.text if q.speaker else None) for q in quotes] == [
        ("cited", "The affidavit"), ("said", "The affidavit")
    ]


def test_coordinated_passive_participle_reports_nothing() -> None:
    """ "... Gruenberg, who was nominated by President Barack Obama and confirmed by the U.S. Senate": the second
    participle is passive, its agent no content."""
    quotes = extract_quotes("The report accused the agency of hiding the hacks to protect Gruenberg, who was "
                            "nominated by President Barack Obama and confirmed by the U.S. Senate in November 2012.")
    assert [q.cue.text for q in quotes if q.cue] == ["accused"]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("She clinched an outright majority of regular pledged delegates.", "pledged"),
        ("Clinton's victory hands her the state's 20 pledged delegates.", "pledged"),
        ("Its requirements are so much more demanding than before.", "demanding"),
    ],
)
def test_cue_form_used_as_an_adjective(text: str, form: str) -> None:
    """A cue form before "delegates", between a number and a plural noun, or after a word of degree modifies a
    noun: no reporting verb."""
    start = text.index(form)
    assert _used_as_noun(text, start, start + len(form))


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ('Asked if Clinton "gets" race, Sharpton avoided a declarative answer.', 'if Clinton "gets" race'),
        ("Asked whether Clinton “has the integrity to serve effectively as president,” 75 percent of Democrats said "
         "she does.", "whether Clinton “has the integrity to serve effectively as president,”"),
    ],
)
def test_question_holding_a_quoted_phrase(text: str, question: str) -> None:
    """A question put to the speaker may hold a quoted phrase, and may end at a comma inside its closing mark."""
    quotes = extract_quotes(text)
    assert quotes and quotes[0].span.text == question and quotes[0].cue is not None
    assert quotes[0].cue.text == "Asked"


@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        ("Mr. Smith said of Mr. Trump, ''He cares about the united team.''", "''He cares about the united team.''"),
        ("''We've started all those conversations,'' Mr. Manafort said, adding of Mr. Trump, ''He cares about the "
         "united team.''", "''He cares about the united team.''"),
        ('She said the plan was bad, adding of the mayor: "He never listens to anyone."',
         '"He never listens to anyone."'),
    ],
)
def test_quotation_after_an_of_phrase_is_the_content(text: str, quotation: str) -> None:
    """ "said of Mr. Trump, “...”", ", adding of the mayor: “...”": what the speaker said of someone is the
    quotation; the "of" phrase says whom it is about."""
    quote = extract_quotes(text)[-1]
    assert (quote.span.text, quote.kind) == (quotation, QuoteKind.DIRECT)


def test_quoted_words_then_quote_after_the_attribution_are_one_mixed_content() -> None:
    """'The summit accomplished "too little," he added. "Without ..."': the content before the cue ends on the
    speaker's quoted words and the quotation after the attribution goes on in them: one MIXED quote (PolNeAR's
    convention for an interrupted quotation), with the cue and speaker of the first part."""
    text = (
        'EU summit\n\nItalian Prime Minister Matteo Renzi left early. The summit accomplished "too little," he '
        'added on Twitter. "Without changing policies '
        'on the economy and immigration, Europe risks a lot."\n\nIn a separate post, Merkel said "the summit was '
        'a start," and Macron called it "a step." "We will meet again in Bratislava," said the Slovak premier.'
    )
    quotes = extract_quotes(text)
    first = quotes[0]
    assert first.kind is QuoteKind.MIXED
    assert first.span.text.startswith('The summit accomplished "too little," he added')
    assert first.span.text.endswith('Europe risks a lot."')
    assert first.cue is not None and first.cue.text == "added"
    assert first.speaker is not None and first.speaker.name == "Matteo Renzi"
    # a quotation with a cue of its own after short quoted words is its own quote
    last = quotes[-1]
    assert last.span.text == '"We will meet again in Bratislava,"'
    assert last.cue is not None and last.cue.text == "said"
    assert all(text[q.span.start : q.span.end] == q.span.text for q in quotes)


def test_contrast_clause_after_according_to_reports_too() -> None:
    """"..., according to X, though legal experts said ...": the contrasting clause is a second report, not more
    of the first content."""
    quotes = extract_quotes("Lindqvist faces up to 10 years in prison, according to state sentencing guidelines, "
                            "though legal experts said he would likely receive about four years.")
    assert [(q.span.text, q.cue.text if q.cue else None) for q in quotes] == [
        ("Lindqvist faces up to 10 years in prison", "according to"),
        ("he would likely receive about four years", "said"),
    ]


def test_headline_with_an_ing_noun_subject_and_no_verb() -> None:
    """ "Housing affordability worst on record, report finds": "Housing" is a noun, not a participle opening an
    introductory phrase, whatever the body writes after the headline."""
    for body in ("Australia's housing affordability has hit its worst level in three decades.",
                 "Federal Housing Minister Clare O'Neil says the government is building homes."):
        text = "Housing affordability worst on record, report finds\n\n" + body
        headline = [q for q in extract_quotes(text) if q.span.end <= text.index("\n")]
        assert [(q.span.text, q.cue.text if q.cue else None) for q in headline] == [
            ("Housing affordability worst on record", "finds")
        ]


def test_participle_writing_after_an_object_reports_on_its_own() -> None:
    """"claimed credit, writing on social media that ...": "writing" (like "saying") opens a second report; the
    object of "claimed" is no content of the writing."""
    quotes = extract_quotes("President-elect Donald Trump claimed credit, writing on social media that the agreement "
                            "\"could only have happened as a result of our historic victory in November.\"")
    assert [(q.cue.text if q.cue else None, q.span.text) for q in quotes] == [
        ("writing", 'the agreement "could only have happened as a result of our historic victory in November."')
    ]


def test_a_when_clause_is_no_content() -> None:
    """ "Washington did not complain when ..., a Chinese official said, adding ...": a "when" clause is when, not
    what was complained of; the official's trailing attribution takes the sentence, and the participle is hers."""
    quotes = extract_quotes("Washington did not complain when China's spending helped global growth, a Chinese "
                            "official said, adding that the impact of closing factories was hard to estimate.")
    assert _triples(quotes) == [
        ("Washington did not complain when China's spending helped global growth", "said", "a Chinese official"),
        ("the impact of closing factories was hard to estimate", "adding", "a Chinese official"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seventy-four percent of Democratic registered voters say they have a favorable view of Clinton, compared "
         "with 64 percent who say the same of Sanders.",
         [("they have a favorable view of Clinton", "Seventy-four percent of Democratic registered voters"),
          ("the same of Sanders", "64 percent")]),
        ("For Trump, a majority of likely voters, 56%, have a negative response to his prospective nomination, "
         "including 18% who say they would be dissatisfied.", [("they would be dissatisfied", "18%")]),
        ("Among those who said they cared most about a candidate being honest and trustworthy, most in both states "
         "supported Sanders.", [("they cared most about a candidate being honest and trustworthy", "those")]),
    ],
    ids=["compared-with-a-second-share", "a-share-in-per-cent-signs", "among-those-who-said"],
)
def test_poll_shares_who_say(text: str, expected: list[tuple[str, str]]) -> None:
    """A poll's shares that say something in a restrictive relative clause ("64 percent who say ...", "18% who
    say ...", "those who said ..., most ...") report it, "who" standing for the share."""
    quotes = extract_quotes(text)
    assert [(q.span.text, q.speaker and q.speaker.name) for q in quotes] == expected


@pytest.mark.parametrize(
    "text",
    [
        "But ''the more interesting issue,'' Mr. Holtz-Eakin added, ''is whether the strong October report represents "
        "a one-time blip.''",
        "But “the more interesting issue,” Mr. Holtz-Eakin added, “is whether the strong October report represents a "
        "one-time blip.”",
        "The “animosity is like I've never seen before,” he told Chris Cuomo of CNN after the debate, “and I hope we "
        "can straighten it out.”",
    ],
    ids=["two-apostrophes", "curly-marks", "told-someone-then-a-circumstance"],
)
def test_sentence_opening_word_then_a_quotation_split_by_its_attribution(text: str) -> None:
    """ "But “the more interesting issue,” X added, “is ...”": a verb form inside the first quotation ("issue") is
    quoted words, not a clause before the attribution; the whole sentence is one quote, cued and attributed."""
    quotes = extract_quotes(text)
    cue, speaker = ("told", "he") if " told " in text else ("added", "Mr. Holtz-Eakin")
    assert [(q.kind, q.span.text, q.cue and q.cue.text, q.speaker and q.speaker.mention.text) for q in quotes] == [
        (QuoteKind.MIXED, text, cue, speaker)
    ]


def test_what_someone_called_is_not_the_words_of_a_later_cue() -> None:
    """ "under what Mr. Hedge called ''the prior economy model,'' the club ... charged a $100,000 fee": the quotation
    is Mr. Hedge's name for it; "charged" a price reports nothing."""
    quotes = extract_quotes("In 2009, under what Mr. Hedge called ''the prior economy model,'' the Marsh Landing "
                            "Country Club, a private course, charged a $100,000 initiation fee.")
    assert _triples(quotes) == [
        ("''the prior economy model,''", "called", "Mr. Hedge")
    ]


def test_what_someone_called_with_an_article_before_the_quotation() -> None:
    """ 'what Sroka called a "let a thousand flowers bloom" approach': an article may stand between "called" and
    the quotation it names."""
    quotes = extract_quotes('Another would be a leadership PAC, while a third would be what Sroka called a "let a '
                            'thousand flowers bloom" approach.')
    assert _triples(quotes) == [
        ('"let a thousand flowers bloom"', "called", "Sroka")
    ]


def test_participle_speaker_is_the_whole_subject() -> None:
    """ "..., former Secretary of State Hillary Clinton, drew a contrast, saying ...": the participle's speaker is
    the main clause's whole subject, not the words before its first lower-case "of"."""
    quotes = extract_quotes("But the other candidate on the stage, former Secretary of State Hillary Clinton, drew a "
                            "contrast, saying that concerns about potential job loss were overblown.")
    assert [(q.speaker and q.speaker.mention.text, q.speaker and q.speaker.name) for q in quotes] == [
        ("former Secretary of State Hillary Clinton", "Hillary Clinton")
    ]


def test_relative_clause_set_off_by_dashes_in_a_mention_reports() -> None:
    """ 'Trump - who previously said he would "bomb ..." oil fields - said ...': the relative clause set off by
    dashes is an attribution of its own (its quoted fragment with it), and the outer mention ends before it."""
    quotes = extract_quotes('GOP front-runner Donald Trump - who previously said he would "bomb the [expletive] out '
                            'of" oil fields - said at a Saturday rally in Texas that the United States should close '
                            "its borders.")
    assert [(q.span.text, q.speaker and q.speaker.mention.text, q.speaker and q.speaker.name) for q in quotes] == [
        ('he would "bomb the [expletive] out of" oil fields', "who", "Donald Trump"),
        ("the United States should close its borders", "GOP front-runner Donald Trump", "Donald Trump"),
    ]


def test_two_roles_joined_by_and_before_a_name_are_one_subject() -> None:
    """ "Conservative columnist and Fox News contributor George Will reignited ..., after writing ...": the
    participle's speaker is the whole subject, both roles and the name."""
    quotes = extract_quotes("Conservative columnist and Fox News contributor George Will reignited his feud with "
                            "Donald Trump this week after writing a scathing op-ed that targeted the candidate.")
    assert [(q.speaker and q.speaker.mention.text, q.speaker and q.speaker.name) for q in quotes] == [
        ("Conservative columnist and Fox News contributor George Will", "George Will")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The DNC denies any wrongdoing and points out that Sanders signed the same joint fundraising agreement.",
         [("any wrongdoing", "denies"), ("Sanders signed the same joint fundraising agreement", "points out")]),
        ("He called a former Miss Universe “disgusting” and referred to her “sex tape.”",
         [("a former Miss Universe “disgusting”", "called"), ("her “sex tape.”", "referred to")]),
        ("The employee first said he did not recall making deletions, but in a later interview said he had deleted "
         "an email archive.",
         [("he did not recall making deletions", "first said"), ("he had deleted an email archive", "said")]),
        ("The senator denied the allegations against him and at a rally on Sunday said the charges were invented.",
         [("the allegations against him", "denied"), ("the charges were invented", "said")]),
    ],
    ids=["phrasal-second-verb", "quoted-object-then-a-second-verb", "circumstance-before-second-verb",
         "rally-before-second-verb"],
)
def test_object_then_a_coordinated_report(text: str, expected: list[tuple[str, str]]) -> None:
    """A cue whose words are an object, then "and" and a second reporting verb (phrasal ones too): two reports
    by one subject, the first ending before the coordinator."""
    quotes = extract_quotes(text)
    assert [(q.span.text, q.cue and q.cue.text) for q in quotes] == expected
    assert len({q.speaker and q.speaker.mention.text for q in quotes}) == 1


def test_an_object_ends_at_a_semicolon_before_a_clause() -> None:
    """ "calls for X; she calls for Y": an object ends at a semicolon where a clause follows, whose own report is
    read; a list of objects separated by semicolons stays one content."""
    quotes = extract_quotes("He calls for $1 trillion in new spending to improve infrastructure; she calls for $275 "
                            "billion.")
    assert [(q.span.text, q.speaker and q.speaker.mention.text) for q in quotes] == [
        ("$1 trillion in new spending to improve infrastructure", "He"), ("$275 billion", "she")
    ]
    (listed,) = extract_quotes("Trump spent the debate alleging fraud in his university; his clothing line, some of "
                               "which is made abroad; and his resorts, which hire foreign workers.")
    assert listed.span.text.endswith("which hire foreign workers")


def test_a_judging_participle_after_its_noun_is_passive() -> None:
    """ "Alan Gross, an American contractor accused of spying, ...": "accused of" right after a noun is a passive
    participle, no report (the contractor accused no one); the sentence's real report is read."""
    quotes = extract_quotes("Cuba also released Alan Gross, an American contractor accused of spying, but the "
                            "administration insisted that was not part of the deal.")
    assert _triples(quotes) == [
        ("that was not part of the deal", "insisted", "the administration")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Club for Growth is reportedly spending $1.5 million on television advertisements ahead of the primary.",
        "Reportedly, he made ISIS-sympathetic comments to co-workers.",
    ],
)
def test_reportedly_credits_a_sentence_to_unnamed_reports(text: str) -> None:
    """A sentence with "reportedly" and no reporting verb is a claim credited to reports it does not name: one
    quote, the sentence its content, the adverb its cue, no speaker."""
    (quote,) = extract_quotes(text)
    assert (quote.span.text, quote.cue and quote.cue.text.lower(), quote.speaker) == (
        text.removesuffix("."), "reportedly", None
    )


def test_reportedly_with_a_reporting_verb_keeps_the_verb() -> None:
    """ "He reportedly said the plan would fail": the verb reports, "reportedly" is part of its cue."""
    (quote,) = extract_quotes("He reportedly said the plan would fail.")
    assert (quote.span.text, quote.cue and quote.cue.text) == ("the plan would fail", "reportedly said")


@pytest.mark.parametrize(
    ("text", "cue", "mention"),
    [
        ('"It is a disgrace to this city" — that\'s how one resident, who asked that her name not be used, summed up '
         "the mood at the meeting.", "summed up", "one resident, who asked that her name not be used,"),
        ('"We will not be moved" -- that was how Mayor Jane Doe put it on Monday.', "put", "Mayor Jane Doe"),
    ],
)
def test_quotation_credited_after_a_dash(text: str, cue: str, mention: str) -> None:
    """ "“...” — that's how X summed up the mood": the words after the dash credit the quotation, which is the one
    report (the verb's object, "the mood", is no content)."""
    quotes = extract_quotes(text)
    assert [(q.kind, q.cue.text if q.cue else None) for q in quotes] == [(QuoteKind.DIRECT, cue)]
    speaker = quotes[0].speaker
    assert speaker is not None and speaker.mention.text == mention
    assert quotes[0].span.text == text[: text.index('"', 1) + 1]


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        ('Her husband, Jorge, put it more bluntly: "They lied to us about everything."', QuoteKind.DIRECT,
         '"They lied to us about everything."'),
        ('Her husband put it this way: "They lied to us about everything."', QuoteKind.DIRECT,
         '"They lied to us about everything."'),
        ('Smith said it plainly: "They lied to us about everything."', QuoteKind.DIRECT,
         '"They lied to us about everything."'),
        ('Smith said the problem is simple: "They lied to us about everything."', QuoteKind.MIXED,
         'the problem is simple: "They lied to us about everything."'),
    ],
)
def test_manner_before_a_colon_is_no_content(text: str, kind: QuoteKind, content: str) -> None:
    """ "put it more bluntly: “...”": how the words were put is no part of them; a clause before the colon is."""
    quotes = extract_quotes(text)
    assert [(q.kind, q.span.text) for q in quotes] == [(kind, content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Manchester Crown Court heard that Daniel Hughes, 34, attacked Peter Walsh outside his home in March.",
         [("Daniel Hughes, 34, attacked Peter Walsh outside his home in March", "heard", None)]),
        ("The inquest was told the road had been closed for repairs.",
         [("the road had been closed for repairs", "was told", None)]),
        ("The jury has been told Smith had lost all control.", [("Smith had lost all control", "has been told", None)]),
        ("The tribunal heard that Ms Jones had told her manager she was frightened.",
         [("Ms Jones had told her manager she was frightened", "heard", None),
          ("she was frightened", "had told", "Ms Jones")]),
        ("The court heard from three witnesses on Monday.", []),
        ("The court heard the case on Monday.", []),
    ],
)
def test_what_a_hearing_heard(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """ "The court heard that ...", "The inquest was told ...": what was said in a hearing by speakers the
    sentence leaves unnamed (no speaker, not the court), with the reports inside it; its witnesses or its case
    are no content."""
    assert _triples(extract_quotes(text)) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ms Jones had told her manager she was frightened.", "she was frightened"),
        ("Smith told his lawyer the money was gone.", "the money was gone"),
        ("She told her the plan had failed.", "the plan had failed"),
        ("She told her friends they were leaving.", "they were leaving"),
    ],
)
def test_told_a_possessive_object_then_a_clause(text: str, content: str) -> None:
    """ "told her manager she was frightened": "her manager" is whom she told, not "her" and a content opening
    with "manager"."""
    assert [q.span.text for q in extract_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Giant screens hanging over the arena read: "Make America Safe Again."',
         [('"Make America Safe Again."', "read", "Giant screens hanging over the arena")]),
        ('Signs held by protesters read: "No justice, no peace."',
         [('"No justice, no peace."', "read", "Signs held by protesters")]),
        ('Trump keeps saying: "We will build the wall."', [('"We will build the wall."', "keeps saying", "Trump")]),
        ("She kept insisting that she was innocent.", [("she was innocent", "kept insisting", "She")]),
    ],
)
def test_signage_subjects_and_keeps_saying(text: str, expected: list[tuple[str, str, str]]) -> None:
    """ "Giant screens hanging over the arena read: “...”": the subject runs to the verb before the colon (the
    capitalised adjective opening it is no name); "keeps saying" is the cue's verb group, not part of its
    subject."""
    assert _triples(extract_quotes(text)) == expected


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Later, the district GOP Chairman Craig Dunn declined to comment but said the party would meet on Friday.",
         "the district GOP Chairman Craig Dunn"),
        ("Later, the chairman declined to comment but said the party would meet on Friday.", "the chairman"),
    ],
)
def test_subject_after_an_opening_time_word_with_its_comma(text: str, mention: str) -> None:
    """ "Later, the district GOP Chairman X declined ... but said ...": "Later," opens an introductory phrase
    (its comma too), and a lower-case word may stand between the article and the capitalised title after it."""
    assert _triples(extract_quotes(text)) == [("the party would meet on Friday", "said", mention)]


def test_lower_case_word_after_an_article_is_no_subject_after_a_clause() -> None:
    """ "Fiorina was upfront about her distaste for Donald Trump, the current GOP front-runner, saying ...": the
    appositive after the clause's comma is no subject; the sentence's subject says it."""
    text = ("Fiorina was upfront about her distaste for Donald Trump, the current GOP front-runner, saying "
            "conservatives need to band together to stop him.")
    assert _triples(extract_quotes(text)) == [
        ("conservatives need to band together to stop him", "saying", "Fiorina")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Sanders called it the mark of a desperate candidate.", "it the mark of a desperate candidate"),
        ("She called it the worst deal in history.", "it the worst deal in history"),
        ("Biden called him the best president of his lifetime.", "him the best president of his lifetime"),
        ("Trump called himself pro-choice in 1999.", "himself pro-choice in 1999"),
        ("He called them the next morning.", None),
        ("She called her the next day.", None),
    ],
)
def test_naming_with_the_and_a_superlative(text: str, content: str | None) -> None:
    """ "called it the worst deal", "called it the mark of ...", "called himself pro-choice": a naming verb's
    object and what it is called; "called them the next morning" is a telephone call."""
    assert [q.span.text for q in extract_quotes(text)] == ([content] if content else [])


@pytest.mark.parametrize(
    "attribution",
    ["he said in his victory speech that night.", "he said in a speech that night.", "he said that night, smiling."],
)
def test_that_with_a_time_noun_is_a_time_not_a_clause(attribution: str) -> None:
    """ "said in his victory speech that night": "that night" is when it was said, not a "that" clause the cue
    reports, so the quotation before it is the cue's."""
    quotes = extract_quotes(f"Obama spoke in Iowa. “This was the moment, and this was the place,” {attribution}")
    assert [(q.cue.text if q.cue else None, q.speaker.mention.text if q.speaker else None) for q in quotes] == [
        ("said", "he")
    ]


@pytest.mark.parametrize(
    "opening", ["But even as Trump claimed on Tuesday", "Even as Trump claimed", "Even though Trump claimed"]
)
def test_even_as_clause_then_main_clause_reports(opening: str) -> None:
    """ "(But) even as X claimed ..., Y said ...": the concession's content ends at its comma, and the main clause
    is a report of its own."""
    quotes = extract_quotes(f"{opening} that Petraeus got in trouble for far less, one of the former prosecutors said "
                            "the two cases were quite different.")
    assert _triples(quotes) == [
        ("Petraeus got in trouble for far less", "claimed", "Trump"),
        ("the two cases were quite different", "said", "one of the former prosecutors"),
    ]


@pytest.mark.parametrize(
    ("text", "second_speaker"),
    [
        ("The White House contends that it is on track, and Brian Deese, the White House climate change adviser, said "
         "the staff were preparing plans.", "Brian Deese, the White House climate change adviser,"),
        ("The company said profits rose, and its chief executive, Jane Doe, said more gains were coming.",
         "its chief executive, Jane Doe,"),
    ],
)
def test_and_then_a_subject_with_an_appositive_reports(text: str, second_speaker: str) -> None:
    """ "X contends that A, and Y, an adviser, said B": the first content ends before ", and Y", and Y's clause is a
    report of its own."""
    quotes = extract_quotes(text)
    assert len(quotes) == 2
    assert quotes[0].span.text in ("it is on track", "profits rose")
    assert quotes[1].speaker is not None and quotes[1].speaker.mention.text == second_speaker


@pytest.mark.parametrize("link", [", adding:", ", before adding:"])
def test_participle_with_a_colon_and_a_short_quotation(link: str) -> None:
    """ "..., Trump told the crowd, adding: “Believe me.”": a participle's colon and quotation are its content,
    however short, and its speaker is the main clause's, not the told object."""
    quotes = extract_quotes(f'"We are going to win," Trump told the crowd{link} "Believe me."')
    assert _triples(quotes) == [
        ('"We are going to win,"', "told", "Trump"),
        ('"Believe me."', "adding", "Trump"),
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("He hired Joel Benenson, whom one Obama insider described as “his brother and closest friend.”",
         "“his brother and closest friend.”", "one Obama insider"),
        ("Twenty-nine people were injured by an explosion that Mayor Bill de Blasio described as “an intentional act.”",
         "“an intentional act.”", "Mayor Bill de Blasio"),
        ('The deal, which critics described as "a giveaway to the rich," passed.', '"a giveaway to the rich,"',
         "critics"),
    ],
)
def test_object_relative_described_as(text: str, content: str, speaker: str) -> None:
    """ "whom X described as “...”", "that X described as “...”": the relative pronoun is the object, so the content
    is what follows "as", and "whom" is no part of the speaker."""
    quote = extract_quotes(text)[0]
    assert quote.span.text == content
    assert (quote.cue.text if quote.cue else None, quote.speaker.mention.text if quote.speaker else None) == (
        "described", speaker)


def test_noun_after_adjectives_and_a_gerund_is_no_cue() -> None:
    """ "the hard-fought Democratic nominating contest": "contest" is a noun after its modifiers, not a cue whose
    speaker is the participle phrase before it."""
    text = ("Mrs. Clinton struck many of the same notes, hitting themes that fueled the candidacy of Senator Bernie "
            "Sanders in the hard-fought Democratic nominating contest.")
    assert [q.cue.text for q in extract_quotes(text) if q.cue is not None] == []


def test_circumstance_before_a_lead_in_colon_is_no_content() -> None:
    """ "He told his audience, to rowdy applause:" and the quotation in the next paragraph: the circumstance before
    the colon is no content; the quotation is what was told."""
    quotes = extract_quotes('Obama spoke in Philadelphia.\n\nHe told his Democratic audience, to rowdy applause:\n\n'
                            '"We will win this election."')
    assert _triples(quotes) == [('"We will win this election."', "told", "He")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Lord Frost told peers the protocol "cannot stand" in its present form.',
         'the protocol "cannot stand" in its present form'),
        ("She told mourners her son had been a hero to the town.", "her son had been a hero to the town"),
        ("He tells audiences she may be prosecuted over her email server.",
         "she may be prosecuted over her email server"),
        ("Trump is telling a veterans group that the military is depleted.", "the military is depleted"),
        ("We asked what our followers thought about the result of the primary.",
         "what our followers thought about the result of the primary"),
        ("The employee told FBI agents that he had not made the changes.", "he had not made the changes"),
        ("Melania Trump tells New Hampshire supporters that “he loves you.”", "“he loves you.”"),
    ],
)
def test_told_audience_is_no_content(text: str, content: str) -> None:
    """ "told peers", "told mourners": the audience is the object, not content; "a veterans group" is one object
    (the noun a modifier), and "asked what ..." has no object; "FBI agents" is one audience, not a name and content."""
    assert [q.span.text for q in extract_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Smith lamented that the plan would fail.", "lamented", "the plan would fail"),
        ("The CEO touted that sales had doubled in a year.", "touted", "sales had doubled in a year"),
        ("He made clear that he would not resign.", "made clear", "he would not resign"),
        ("She has made it clear she will run again.", "has made it clear", "she will run again"),
    ],
)
def test_that_clause_after_a_verb_of_lament_or_making_clear(text: str, cue: str, content: str) -> None:
    """ "lamented that ...", "touted that ...", "made (it) clear (that) ...": a report of the clause, though
    "lamented the loss" and "made clear his opposition" report nothing."""
    assert [(q.cue.text if q.cue else None, q.span.text) for q in extract_quotes(text)] == [(cue, content)]


@pytest.mark.parametrize(
    "text",
    ["Smith lamented the loss of his friend.", "Trump made clear his opposition to the bill.",
     "She laughed at the suggestion that she would run."],
)
def test_lament_or_making_clear_with_an_object_reports_nothing(text: str) -> None:
    """A verb of lament or "made clear" with a plain object frames no speech."""
    assert extract_quotes(text) == []


def test_object_relative_inside_a_content_reports_on_its_own() -> None:
    """ "Trump cited Obama's policies, which he said had harmed the economy": the relative clause inside the first
    content is a nested report of its own (as PolNeAR marks it)."""
    quotes = extract_quotes("Trump cited Obama's policies, which he said had harmed the economy.")
    assert _triples(quotes) == [
        ("Obama's policies, which he said had harmed the economy", "cited", "Trump"),
        ("had harmed the economy", "said", "he"),
    ]


@pytest.mark.parametrize(
    "lead", ["Rubio responded on Twitter, tweeting the following:", "Rubio tweeted the following:"]
)
def test_announcing_lead_in_ending_a_paragraph_takes_the_next(lead: str) -> None:
    """ "..., tweeting the following:" closing its paragraph: "the following" is no content; the next paragraph
    is what was tweeted."""
    quotes = extract_quotes(f"{lead}\n\nCrowd in Hialeah going wild for Marco Rubio as he arrives!")
    assert [(q.span.text, q.speaker.mention.text if q.speaker else None) for q in quotes] == [
        ("Crowd in Hialeah going wild for Marco Rubio as he arrives", "Rubio")
    ]


@pytest.mark.parametrize(
    "text", ["The Kremlin, via its spokesman, said the report was false.",
             "The Kremlin, through its spokesman, said the report was false."]
)
def test_prepositional_aside_after_the_subject(text: str) -> None:
    """ "The Kremlin, via its spokesman, said ...": the subject before its aside speaks; the aside is no content of
    an inverted cue nor a speaker."""
    assert _triples(extract_quotes(text)) == [("the report was false", "said", "The Kremlin")]


def test_opening_reporting_participle_speaks_with_the_main_subject() -> None:
    """ "Noting that ..., Schlafly said ...": the participle that opens the sentence reports its clause, and the
    main clause's subject is its speaker."""
    quotes = extract_quotes("Noting that both Reagan and Trump battled the media, Schlafly said Trump would win.")
    assert _triples(quotes) == [
        ("both Reagan and Trump battled the media", "Noting", "Schlafly"),
        ("Trump would win", "said", "Schlafly"),
    ]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("The speech was an expansion of Trump's by-now-familiar claims that Clinton is unqualified.",
         "Clinton is unqualified", "claims", "Trump's"),
        ("Khan, who is Muslim, also decried Trump’s repeated calls to ban all Muslims from entering the country.",
         "to ban all Muslims from entering the country", "calls", "Trump’s"),
        ("Sanders dismissed Trump's claim that the system was rigged.", "the system was rigged", "claim", "Trump's"),
        ("Critics cited Mr. Obama's pledge to remove all troops from Afghanistan, a promise he broke.",
         "to remove all troops from Afghanistan", "pledge", "Mr. Obama's"),
        ("In polls, Trump's promises to deport immigrants and build a wall along the border have put immigration at "
         "the center of the race.", "to deport immigrants and build a wall along the border", "promises",
         "Trump's"),
        ("Critics cited the EPA's call to fall behind the mandates that Congress had written into the law.",
         "to fall behind the mandates that Congress had written into the law", "call", "EPA's"),
        ("Frazier said that Rubio's claim that Cruz is in favor of legalizing illegal immigrants is simply not true.",
         "Cruz is in favor of legalizing illegal immigrants", "claim", "Rubio's"),
        ("Sanders dismissed Trump's claim that the election was rigged and the media would lie.",
         "the election was rigged and the media would lie", "claim", "Trump's"),
    ],
)
def test_possessive_claim_noun(text: str, content: str, cue: str, speaker: str) -> None:
    """ "Trump's claim that ...", "Trump’s repeated calls to ...": a claim named by a noun, its named possessor the
    speaker (PolNeAR's source), its "that" clause or infinitive the content."""
    claims = [q for q in extract_quotes(text) if q.cue is not None and q.cue.text == cue]
    assert [(q.span.text, q.speaker.mention.text if q.speaker else None) for q in claims] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    ["The king's claim to the throne was disputed.",
     "Mr. Trump's assertion that Russia should hack the emails drew criticism.",
     "Grayson's spokeswoman challenged the assertion that Grayson had ever attacked Clinton."],
)
def test_possessive_claim_noun_look_alikes(text: str) -> None:
    """No noun claim where the complement is no clause ("claim to the throne"), where a subject's clause runs into
    the sentence's predicate with nothing to end it, or where the possessor's noun is another ("Grayson's
    spokeswoman ... the assertion")."""
    assert all(q.speaker is None or not q.speaker.mention.text.endswith("'s") for q in extract_quotes(text))
