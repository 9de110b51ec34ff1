"""Golden table: speaker mentions split into name, title, description, kind and count; coreference."""

from __future__ import annotations

import pytest

from newsclaims import SpeakerKind, attribute_sources, extract_quotes, parse_article
from newsclaims.cues import looks_like_speaker
from newsclaims.speakers import analyse_mention

# (id, text, mention, name, title, description, kind, count)
ROWS = [
    ("outlet-after-an-inverted-name", "\"The race is over,\" wrote Ben Jacobs in The Guardian.", "Ben Jacobs",
     "Ben Jacobs", None, None, SpeakerKind.PERSON, None),
    ("state-television", "State television reported that at least 30 people had been killed in the blast.",
     "State television", "State television", None, "State television", SpeakerKind.ORGANIZATION, None),
    ("relative-clause-going-on-past-a-comma", "Voters who have listened to his speeches, on television or at events, "
     "said he had less magnetism.", "Voters who have listened to his speeches, on television or at events,",
     "Voters who have listened to his speeches", None, "Voters who have listened to his speeches",
     SpeakerKind.GROUP, None),
    ("hyphenated-role-before-a-name", "The U.N. secretary-general, António Guterres, said the war must end.",
     "The U.N. secretary-general, António Guterres,", "António Guterres", "U.N. secretary-general", None,
     SpeakerKind.PERSON, 1),
    ("hyphenated-role-alone", "The WHO director-general said the outbreak was over.", "The WHO director-general",
     "WHO director-general", None, "WHO director-general", SpeakerKind.PERSON, 1),
    ("an-age-alone-is-no-description", "Park, 46, told senators that she would apply the law as written.", "Park, 46,",
     "Park", None, None, SpeakerKind.PERSON, None),
    ("a-body-reports-in-a-which-clause", "The figures were released by the ministry, which said the economy grew 2%.",
     "which", "ministry", None, "ministry", SpeakerKind.ORGANIZATION, None),
    ("firm-ending-in-electric", "General Electric says it paid $3.2 billion in income taxes.", "General Electric",
     "General Electric", None, None, SpeakerKind.ORGANIZATION, None),
    ("letters-after-a-name", "Jane Smith MP said the bill was flawed.", "Jane Smith MP", "Jane Smith", None, None,
     SpeakerKind.PERSON, None),
    ("post-nominal-is-no-acronym", "Asked by counsel to the inquiry, Hugo Keith KC, whether the lane was fair, he "
     "replied that it was not.", "counsel to the inquiry, Hugo Keith KC,", "Hugo Keith KC", "counsel to the inquiry",
     None, SpeakerKind.PERSON, 1),
    ("bank-named-like-a-person", "Goldman Sachs estimated in a research note that the tariffs would add 0.3 "
     "percentage points to inflation.", "Goldman Sachs", "Goldman Sachs", None, None, SpeakerKind.ORGANIZATION, None),
    ("party-and-ward-in-parentheses", "Councilman Dave Rutherford (D-Ward 4) told WTOP the letter was never shared.",
     "Councilman Dave Rutherford (D-Ward 4)", "Dave Rutherford", "Councilman", None, SpeakerKind.PERSON, None),
    ("past-week-after-an-appositive", "Reince Priebus, the GOP chairman, this past week announced that the party "
     "would explain the process.", "Reince Priebus, the GOP chairman,", "Reince Priebus", None,
     "the GOP chairman", SpeakerKind.PERSON, None),
    ("counted-plural-after-an-opening-phrase", "In a joint statement, the three countries said they would coordinate "
     "their response.", "the three countries", "three countries", None, "three countries", SpeakerKind.GROUP, 3),
    ("acronym-written-as-a-word", "Nasa said in a statement that further observations were planned.", "Nasa",
     "Nasa", None, None, SpeakerKind.ORGANIZATION, None),
    ("regulator-acronym-written-as-a-word", "Ofcom said it was investigating the broadcast.", "Ofcom", "Ofcom", None,
     None, SpeakerKind.ORGANIZATION, None),
    ("bank-named-like-two-words", "Standard Chartered said it had cooperated fully with the investigation.",
     "Standard Chartered", "Standard Chartered", None, None, SpeakerKind.ORGANIZATION, None),
    ("oil-company-named-like-a-person", "Exxon Mobil said it would cut costs.", "Exxon Mobil", "Exxon Mobil", None,
     None, SpeakerKind.ORGANIZATION, None),
    ("first-name-alone-after-a-kin-noun", "His wife, Mary, said the plan was dead.", "His wife, Mary,", "Mary",
     "His wife", None, SpeakerKind.PERSON, 1),
    ("approximate-count-of-party-members", "More than 100 Labour MPs said they would vote against the bill.",
     "More than 100 Labour MPs", "More than 100 Labour MPs", None, "More than 100 Labour MPs", SpeakerKind.GROUP, None),
    ("auction-house-is-a-firm", "The painting sold for $2 million, the auction house said.", "the auction house",
     "auction house", None, "auction house", SpeakerKind.ORGANIZATION, None),
    ("super-tuesday-is-no-time-of-speaking", "Majorities of Republican voters in six states going to the polls on "
     "Super Tuesday said they backed the ban.", "Majorities of Republican voters in six states going to the polls on "
     "Super Tuesday", "Majorities of Republican voters in six states going to the polls on Super Tuesday", None,
     "Majorities of Republican voters in six states going to the polls on Super Tuesday", SpeakerKind.GROUP, None),
    ("party-members-counted", "Two Labour MPs said the leader should go.", "Two Labour MPs", "Two Labour MPs", None,
     "Two Labour MPs", SpeakerKind.GROUP, 2),
    ("magazine-by-its-name", 'Rolling Stone called it "her most daring work yet."', "Rolling Stone", "Rolling Stone",
     None, None, SpeakerKind.ORGANIZATION, None),
    ("occasion-editorial-leaves-the-mention", '"Is this the end?" asked the Financial Times in an editorial.',
     "the Financial Times", "Financial Times", None, None, SpeakerKind.ORGANIZATION, None),
    ("unnamed-people-of-two-kinds", "The measures could come next week, according to two U.S. officials and a "
     "Western diplomat briefed on the plans.", "two U.S. officials and a Western diplomat briefed on the plans",
     "two U.S. officials and a Western diplomat briefed on the plans", None,
     "two U.S. officials and a Western diplomat briefed on the plans", SpeakerKind.GROUP, 3),
    ("unnamed-official-and-lawmaker", "A senior official and a lawmaker said the vote would be delayed.",
     "A senior official and a lawmaker", "senior official and a lawmaker", None, "A senior official and a lawmaker",
     SpeakerKind.GROUP, 2),
    ("two-firms-joined-by-and", "General Motors and Ford warned that new tariffs could cost them billions.",
     "General Motors and Ford", "General Motors and Ford", None, None, SpeakerKind.GROUP, 2),
    ("one-agency-named-with-and", "The Food and Drug Administration said the drug was safe.",
     "The Food and Drug Administration", "Food and Drug Administration", None, None, SpeakerKind.ORGANIZATION, None),
    ("one-department-named-with-of-and-and", "The Department of Health and Human Services said the rule was final.",
     "The Department of Health and Human Services", "Department of Health and Human Services", None, None,
     SpeakerKind.ORGANIZATION, None),
    ("name-with-which-is-an-organisation", "United Teachers Los Angeles, which represents about 35,000 educators, said "
     "the district had refused to budge.", "United Teachers Los Angeles, which represents about 35,000 educators,",
     "United Teachers Los Angeles", None, "which represents about 35,000 educators", SpeakerKind.ORGANIZATION, None),
    ("a-person-named-with-the", "The Dalai Lama said compassion was the path to peace.", "The Dalai Lama",
     "Dalai Lama", None, None, SpeakerKind.PERSON, None),
    ("role-then-name-then-description", "His opponent, Levon Allen, a former deputy, said he would do the opposite.",
     "His opponent, Levon Allen, a former deputy,", "Levon Allen", "His opponent", "a former deputy",
     SpeakerKind.PERSON, 1),
    ("regulations-are-a-document", "Federal Election Commission regulations suggest that candidates must divide "
     "their expenses.", "Federal Election Commission regulations", "Federal Election Commission regulations", None,
     "Federal Election Commission regulations", SpeakerKind.DOCUMENT, None),
    ("capitalised-agent-plural-is-a-group", "Librarians said the law had already had a chilling effect.",
     "Librarians", "Librarians", None, "Librarians", SpeakerKind.GROUP, None),
    ("plural-party-members-are-a-group", "Some Democrats said the bill went too far.", "Some Democrats",
     "Some Democrats", None, None, SpeakerKind.GROUP, None),
    ("a-name-after-the-is-an-outlet", "The Daily Caller reported that the vote was delayed.", "The Daily Caller",
     "Daily Caller", None, None, SpeakerKind.ORGANIZATION, None),
    ("a-people-after-the-is-a-group", "The Saudis said the talks had failed.", "The Saudis", "Saudis", None, None,
     SpeakerKind.GROUP, None),
    ("a-party-member-after-the-is-a-person", "The Wisconsin Republican said the budget would pass.",
     "The Wisconsin Republican", "Wisconsin Republican", None, None, SpeakerKind.PERSON, None),
    ("a-nationality-after-the-is-a-person", "The Dutchman said the race was over.", "The Dutchman", "Dutchman", None,
     None, SpeakerKind.PERSON, None),
    ("a-named-act-is-a-document", "The U.S. Refugee Act says that refugees must be screened.", "The U.S. Refugee Act",
     "U.S. Refugee Act", None, None, SpeakerKind.DOCUMENT, None),
    ("month-closing-a-mention", "Federal prosecutors in April charged two developers with fraud.",
     "Federal prosecutors", "Federal prosecutors", None, "Federal prosecutors", SpeakerKind.GROUP, None),
    ("approximate-share-is-a-group", "About half of Democratic primary voters said they want more liberal policies.",
     "About half of Democratic primary voters", "About half of Democratic primary voters", None,
     "About half of Democratic primary voters", SpeakerKind.GROUP, None),
    ("a-memoir-is-a-document", "She compared the talk to a root canal, according to Axelrod's memoir.",
     "Axelrod's memoir", "Axelrod's memoir", None, "Axelrod's memoir", SpeakerKind.DOCUMENT, None),
    ("a-movement-is-an-organisation", "The anti-abortion movement has argued that providers should be punished.",
     "The anti-abortion movement", "anti-abortion movement", None, "anti-abortion movement",
     SpeakerKind.ORGANIZATION, None),
    ("a-crowd-is-a-group", '"Get out!" the crowd chanted as the motorcade passed.', "the crowd", "crowd", None, "crowd",
     SpeakerKind.GROUP, None),
    ("post-on-x-is-no-initial", "The group claimed the attack, according to a post on X.", "a post on X", "post on X",
     None, "post on X", SpeakerKind.DOCUMENT, None),
    ("honorific-before-a-surname-that-is-a-title", "Mr. King said the network never edited him.", "Mr. King", "King",
     "Mr.", None, SpeakerKind.PERSON, None),
    ("rival-before-a-name", "Rival Hillary Clinton said the complaint was silly.", "Rival Hillary Clinton",
     "Hillary Clinton", "Rival", None, SpeakerKind.PERSON, None),
    ("moderator-is-a-title", "Moderator Jane Liu asked both men whether they would accept the result.",
     "Moderator Jane Liu", "Jane Liu", "Moderator", None, SpeakerKind.PERSON, None),
    ("aside-between-double-hyphens", "Kevin McCarthy -- who was ousted as speaker last year -- said he had no "
     "regrets.", "Kevin McCarthy -- who was ousted as speaker last year --", "Kevin McCarthy", None,
     "who was ousted as speaker last year", SpeakerKind.PERSON, None),
    ("name-and-relative-between-dashes-after-a-role", "A former Republican presidential candidate -- John McCain, who "
     "lost the 2008 election to Obama -- said the strategy had failed.", "A former Republican presidential candidate "
     "-- John McCain, who lost the 2008 election to Obama --", "John McCain", "former Republican presidential "
     "candidate", None, SpeakerKind.PERSON, 1),
    ("role-then-name-then-relative", "Rubio's deputy campaign manager, Rich Beeson, who oversaw Romney's ground game, "
     "said the vote was early.", "Rubio's deputy campaign manager, Rich Beeson, who oversaw Romney's ground game,",
     "Rich Beeson", "Rubio's deputy campaign manager", None, SpeakerKind.PERSON, 1),
    ("role-in-a-firm-described-by-the-firm", "The chief executive of Ora Media -- the production company that owns "
     "the show -- told the Times the network was neutral.", "The chief executive of Ora Media -- the production "
     "company that owns the show --", "chief executive of Ora Media", None, "the production company that owns the "
     "show", SpeakerKind.PERSON, 1),
    ("participle-and-place-after-an-unnamed-noun", "A Ukrainian soldier fighting near Pokrovsk said troops were "
     "advancing.", "A Ukrainian soldier fighting near Pokrovsk", "Ukrainian soldier fighting near Pokrovsk", None,
     "Ukrainian soldier fighting near Pokrovsk", SpeakerKind.PERSON, 1),
    ("role-in-a-body-then-its-holder", "The President of the Nigeria Labour Congress, Comrade Joe Ajaero, said "
     "labour would monitor compliance.", "The President of the Nigeria Labour Congress, Comrade Joe Ajaero,",
     "Joe Ajaero", "President of the Nigeria Labour Congress Comrade", None, SpeakerKind.PERSON, 1),
    ("role-to-a-place-then-name", "Former Indian ambassador to China Ashok Kantha said trust would take time.",
     "Former Indian ambassador to China Ashok Kantha", "Ashok Kantha", "Former Indian ambassador to China", None,
     SpeakerKind.PERSON, None),
    ("role-to-a-body-then-name", "US ambassador to the UN Linda Thomas-Greenfield said the vote was a disgrace.",
     "US ambassador to the UN Linda Thomas-Greenfield", "Linda Thomas-Greenfield", "US ambassador to the UN", None,
     SpeakerKind.PERSON, None),
    ("role-for-a-body-is-no-name", "A spokeswoman for the House Armed Services Committee said the law was clear.",
     "A spokeswoman for the House Armed Services Committee", "spokeswoman for the House Armed Services Committee",
     None, "spokeswoman for the House Armed Services Committee", SpeakerKind.PERSON, 1),
    ("rep-is-a-speaker-noun", "A rep for the singer said she was fine.", "A rep for the singer", "rep for the singer",
     None, "rep for the singer", SpeakerKind.PERSON, 1),
    ("publicist-is-a-speaker-noun", "Her publicist said the actress was resting at home.", "Her publicist",
     "Her publicist", None, "Her publicist", SpeakerKind.PERSON, 1),
    ("runner-up-appositive", "Sanders, runner-up to Hillary Clinton for the nomination, wrote that the race was over.",
     "Sanders, runner-up to Hillary Clinton for the nomination,", "Sanders", None,
     "runner-up to Hillary Clinton for the nomination", SpeakerKind.PERSON, None),
    ("document-unsealed", "According to the indictment unsealed Friday, the defendants wired $2 million abroad.",
     "the indictment unsealed Friday", "indictment unsealed Friday", None, "indictment unsealed Friday",
     SpeakerKind.DOCUMENT, None),
    ("coordinated-names-with-titles", "Commerce Secretary Howard Lutnick and Treasury Secretary Scott Bessent said "
     "the measures were overdue.", "Commerce Secretary Howard Lutnick and Treasury Secretary Scott Bessent",
     "Howard Lutnick and Scott Bessent", None, None, SpeakerKind.GROUP, 2),
    ("department-with-and-in-title", "Health and Human Services Secretary Xavier Becerra said the rule would "
     "change.", "Health and Human Services Secretary Xavier Becerra", "Xavier Becerra",
     "Health and Human Services Secretary", None, SpeakerKind.PERSON, None),
    ("committee-with-and-in-title", "Streets and Sanitation Commissioner Cole Stallard said crews would finish by "
     "Tuesday.", "Streets and Sanitation Commissioner Cole Stallard", "Cole Stallard",
     "Streets and Sanitation Commissioner", None, SpeakerKind.PERSON, None),
    ("british-police-title-without-periods", "Det Insp Sarah Jones, who is leading the investigation, said the "
     "attack was shocking.", "Det Insp Sarah Jones, who is leading the investigation,", "Sarah Jones", "Det Insp",
     "who is leading the investigation", SpeakerKind.PERSON, None),
    ("councillor-abbreviated", "Cllr Jason Perry said the community was shaken.", "Cllr Jason Perry", "Jason Perry",
     "Cllr", None, SpeakerKind.PERSON, None),
    ("share-with-percent-sign", "In a poll, 58% of Americans said they expected prices to rise.", "58% of Americans",
     "58% of Americans", None, None, SpeakerKind.GROUP, None),
    ("share-in-words-has-no-count", "58 percent of Americans said they expected prices to rise.",
     "58 percent of Americans", "58 percent of Americans", None, "58 percent of Americans", SpeakerKind.GROUP, None),
    ("named-survey-is-a-document", "According to the Periodic Labour Force Survey, the jobless rate stood at 17 per "
     "cent.", "the Periodic Labour Force Survey", "Periodic Labour Force Survey", None, None, SpeakerKind.DOCUMENT,
     None),
    ("survey-agency-is-an-organisation", "The U.S. Geological Survey said the quake struck at 3 a.m.",
     "The U.S. Geological Survey", "U.S. Geological Survey", None, None, SpeakerKind.ORGANIZATION, None),
    ("country-for-its-government", "Israel and Hamas agreed to extend the truce, mediator Qatar said on Monday.",
     "mediator Qatar", "Qatar", "mediator", None, SpeakerKind.ORGANIZATION, None),
    ("agency-administrator-title", "FEMA Administrator Deanne Criswell said federal teams were on the ground.",
     "FEMA Administrator Deanne Criswell", "Deanne Criswell", "FEMA Administrator", None, SpeakerKind.PERSON, None),
    ("state-media-is-an-organisation", "According to state media, Kim vowed to bolster the nuclear deterrent.",
     "state media", "state media", None, "state media", SpeakerKind.ORGANIZATION, None),
    ("name-described-as-an-organisation", "Workers United, the union representing baristas at 600 stores, said it "
     "would seek bargaining.", "Workers United, the union representing baristas at 600 stores,", "Workers United",
     None, "the union representing baristas at 600 stores", SpeakerKind.ORGANIZATION, None),
    ("person-described-with-an-organisation-noun", "Dan Conston, a senior adviser to the group, said the ads would "
     "run.", "Dan Conston, a senior adviser to the group,", "Dan Conston", None, "a senior adviser to the group",
     SpeakerKind.PERSON, None),
    ("seat-of-government", "Downing Street insisted it still expected to win the vote.", "Downing Street",
     "Downing Street", None, None, SpeakerKind.ORGANIZATION, None),
    ("company-name-ending", "Utility company MidAmerican Energy said crews were restoring service.",
     "Utility company MidAmerican Energy", "MidAmerican Energy", "Utility company", None, SpeakerKind.ORGANIZATION,
     None),
    ("web-site-name", "More than 200,000 homes were without power, according to PowerOutage.us.", "PowerOutage.us",
     "PowerOutage.us", None, None, SpeakerKind.ORGANIZATION, None),
    ("role-noun-opening-sentence", "Actor Clint Howard said the race was close.", "Actor Clint Howard", "Clint Howard",
     "Actor", None, SpeakerKind.PERSON, None),
    ("role-noun-journalist", "Journalist Jorge Ramos said the numbers were wrong.", "Journalist Jorge Ramos",
     "Jorge Ramos", "Journalist", None, SpeakerKind.PERSON, None),
    ("surname-spelt-as-modal", "Conservative columnist George Will said the race was close.",
     "Conservative columnist George Will", "George Will", "Conservative columnist", None, SpeakerKind.PERSON, None),
    ("surname-spelt-as-month", "British Prime Minister Theresa May said the country would leave.",
     "British Prime Minister Theresa May", "Theresa May", "British Prime Minister", None, SpeakerKind.PERSON, None),
    ("surname-spelt-as-month-alone", "The deal is dead, Theresa May said.", "Theresa May", "Theresa May", None, None,
     SpeakerKind.PERSON, None),
    ("surname-spelt-as-a-time-word", "“It is over,” said Kristen Day, executive director of Democrats for Life.",
     "Kristen Day, executive director of Democrats for Life", "Kristen Day", None,
     "executive director of Democrats for Life", SpeakerKind.PERSON, None),
    ("surname-summers", "Larry Summers said the plan was over.", "Larry Summers", "Larry Summers", None, None,
     SpeakerKind.PERSON, None),
    ("first-name-grace", "“It is over,” said Grace Meng.", "Grace Meng", "Grace Meng", None, None, SpeakerKind.PERSON,
     None),
    ("second-attribution-after-a-description", "“It is over,” said Kristen Smith, executive director of Democrats "
     "for Life, reports USA Today.", "Kristen Smith", "Kristen Smith", None, None, SpeakerKind.PERSON, None),
    ("association", "The association said fees would rise.", "The association", "association", None, "association",
     SpeakerKind.ORGANIZATION, None),
    ("air-force", "Ukraine's air force said on Sunday it had shot down 40 of 52 drones.", "Ukraine's air force",
     "Ukraine's air force", None, "Ukraine's air force", SpeakerKind.ORGANIZATION, None),
    ("palace", "The palace said the king would attend the service.", "The palace", "palace", None, "palace",
     SpeakerKind.ORGANIZATION, None),
    ("company-then-one-word-name", "The company, Eisai, said it would seek approval by March.", "The company, Eisai,",
     "Eisai", None, "The company", SpeakerKind.ORGANIZATION, None),
    ("organisation-noun-before-a-name", "The report is flawed, said the advocacy group Progress Iowa.",
     "the advocacy group Progress Iowa", "Progress Iowa", None, "the advocacy group", SpeakerKind.ORGANIZATION,
     None),
    ("document-results", "The results, published in the New England Journal of Medicine, showed that patients "
     "had fewer plaques.", "The results", "results", None, "results", SpeakerKind.DOCUMENT, None),
    ("records-show", "Court records show that he was arrested twice.", "Court records", "Court records", None,
     "Court records", SpeakerKind.DOCUMENT, None),
    ("title-name", "US Defense Secretary Ash Carter said the war would end.", "US Defense Secretary Ash Carter",
     "Ash Carter", "US Defense Secretary", None, SpeakerKind.PERSON, None),
    ("abbrev-title-appositive",
     "Rep. Jerry Nadler, a Democrat from New York and a Clinton ally, said the letter was improper.",
     "Rep. Jerry Nadler, a Democrat from New York and a Clinton ally,", "Jerry Nadler", "Rep.",
     "a Democrat from New York and a Clinton ally", SpeakerKind.PERSON, None),
    ("plural-in-es", "Witnesses said the car was travelling at high speed.", "Witnesses", "Witnesses", None,
     "Witnesses", SpeakerKind.GROUP, None),
    ("organisation-with-for-before-role", "A Department for Transport spokesperson said the strikes were "
     "unnecessary.", "A Department for Transport spokesperson", "Department for Transport spokesperson", None,
     "Department for Transport spokesperson", SpeakerKind.PERSON, 1),
    ("organisation-with-of-before-role", "Ministry of Defence officials said the jets had returned.",
     "Ministry of Defence officials", "Ministry of Defence officials", None, "Ministry of Defence officials",
     SpeakerKind.GROUP, None),
    ("organisation-name-with-for", "The Centers for Disease Control and Prevention said cases were rising.",
     "The Centers for Disease Control and Prevention", "Centers for Disease Control and Prevention", None, None,
     SpeakerKind.ORGANIZATION, None),
    ("group-is-an-organisation", "An advocacy group said the law was unfair.", "An advocacy group", "advocacy group",
     None, "advocacy group", SpeakerKind.ORGANIZATION, None),
    ("group-of-members", "A group of black bloggers said the word was apt.", "A group of black bloggers",
     "group of black bloggers", None, "group of black bloggers", SpeakerKind.GROUP, None),
    ("document-noun-opening-the-sentence", "Data from the 2014 American Community Survey show that women held 41 "
     "percent of the jobs.", "Data from the 2014 American Community Survey", "Data from the 2014 American Community "
     "Survey", None, "Data from the 2014 American Community Survey", SpeakerKind.DOCUMENT, None),
    ("figures-from-an-office-are-numbers", "Figures from the Office for National Statistics show that borrowing "
     "rose.", "Figures from the Office for National Statistics", "Figures from the Office for National Statistics",
     None, "Figures from the Office for National Statistics", SpeakerKind.DOCUMENT, None),
    ("party-figures-are-people", "Two senior Labour figures said the plan was dead.", "Two senior Labour figures",
     "Two senior Labour figures", None, "Two senior Labour figures", SpeakerKind.GROUP, 2),
    ("role-then-name-in-an-appositive", "Her neighbour, retired postman Dave Hughes, 71, added: 'We pay enough "
     "council tax as it is.'", "Her neighbour, retired postman Dave Hughes, 71,", "Dave Hughes", "Her neighbour",
     "retired postman", SpeakerKind.PERSON, 1),
    ("kin-then-name-in-an-appositive", "The other man, his cousin James York, 40, said the plan was bad.",
     "The other man, his cousin James York, 40,", "James York", "other man", "his cousin", SpeakerKind.PERSON, 1),
    ("description-with-an-article-names-no-one", "Charlie King, a prominent New York Democrat, said the plan was bad.",
     "Charlie King, a prominent New York Democrat,", "Charlie King", None, "a prominent New York Democrat",
     SpeakerKind.PERSON, 1),
    ("hyphenated-description-before-a-name", "Mum-of-two Sarah Jones said: 'It's a disgrace.'",
     "Mum-of-two Sarah Jones", "Sarah Jones", "Mum-of-two", None, SpeakerKind.PERSON, None),
    ("place-based-before-a-name", "Texas-based Matt Mackowiak said the campaign was unprepared.",
     "Texas-based Matt Mackowiak", "Matt Mackowiak", "Texas-based", None, SpeakerKind.PERSON, None),
    ("co-role-before-a-name", "Co-anchor Norah O’Donnell asked whether the plan would work.",
     "Co-anchor Norah O’Donnell", "Norah O’Donnell", "Co-anchor", None, SpeakerKind.PERSON, None),
    ("name-with-a-lower-case-second-part", "Secretary General Ban Ki-moon said the council must act.",
     "Secretary General Ban Ki-moon", "Ban Ki-moon", "Secretary General", None, SpeakerKind.PERSON, None),
    ("share-alone-is-a-group", "Nearly half say the plan works.", "Nearly half", "Nearly half", None, None,
     SpeakerKind.GROUP, None),
    ("ordinal-with-a-name-is-a-person", "One delegate backed Trump; a third, Daniel Traynor, said he preferred "
     "Kasich.", "a third, Daniel Traynor,", "Daniel Traynor", "third", None, SpeakerKind.PERSON, 1),
    ("campaign-camp", "Clinton's camp said the plan was a betrayal.", "Clinton's camp", "Clinton's camp", None,
     "Clinton's camp", SpeakerKind.ORGANIZATION, None),
    ("health-trust", "The NHS trust said it was working around the clock.", "The NHS trust", "NHS trust", None,
     "NHS trust", SpeakerKind.ORGANIZATION, None),
    ("state-legislature", "The state legislature said the plan was a betrayal.", "The state legislature",
     "state legislature", None, "state legislature", SpeakerKind.ORGANIZATION, None),
    ("intelligence-community", "The intelligence community has concluded that the emails were secret.",
     "The intelligence community", "intelligence community", None, "intelligence community", SpeakerKind.GROUP, None),
    ("possessed-staff", "His staff said the plan was a betrayal.", "His staff", "His staff", None, "His staff",
     SpeakerKind.GROUP, None),
    ("named-poll", "A new USA TODAY Poll finds that Americans oppose the cuts.", "A new USA TODAY Poll",
     "USA TODAY Poll", None, None, SpeakerKind.DOCUMENT, None),
    ("possessor-before-a-noun-cue", "Jones’ response: “We need a new plan.”", "Jones’", "Jones", None, None,
     SpeakerKind.PERSON, None),
    ("company-noun-airline", "The airline said flights would resume on Friday.", "The airline", "airline", None,
     "airline", SpeakerKind.ORGANIZATION, None),
    ("company-noun-bank", "The bank said profits rose.", "The bank", "bank", None, "bank", SpeakerKind.ORGANIZATION,
     None),
    ("company-noun-giant", "The tech giant said revenue rose.", "The tech giant", "tech giant", None, "tech giant",
     SpeakerKind.ORGANIZATION, None),
    ("company-noun-maker", "The iPhone maker said sales were strong.", "The iPhone maker", "iPhone maker", None,
     "iPhone maker", SpeakerKind.ORGANIZATION, None),
    ("organisation-noun-foundation", "The foundation said grants would rise.", "The foundation", "foundation", None,
     "foundation", SpeakerKind.ORGANIZATION, None),
    ("operators-with-members", "Rail operators, including Southern and Great Western Railway, said services would "
     "resume.", "Rail operators, including Southern and Great Western Railway,", "Rail operators", None,
     "including Southern and Great Western Railway", SpeakerKind.GROUP, None),
    ("group-interviewed-by-an-outlet", "Parents interviewed by the BBC said they were confused by the advice.",
     "Parents interviewed by the BBC", "Parents interviewed by the BBC", None, "Parents interviewed by the BBC",
     SpeakerKind.GROUP, None),
    ("findings-are-a-document", "The findings, published in The Lancet, suggest that one in five children has "
     "missed a dose.", "The findings", "findings", None, "findings", SpeakerKind.DOCUMENT, None),
    ("court-bench", "The bench, headed by Chief Justice D Y Chandrachud, said it would hear the matter next week.",
     "The bench, headed by Chief Justice D Y Chandrachud,", "bench", None, "headed by Chief Justice D Y Chandrachud",
     SpeakerKind.ORGANIZATION, None),
    ("role-noun-speechwriters", "In a column, two Republican speechwriters urged him to change course, arguing that "
     "the tone hurt him.", "two Republican speechwriters", "two Republican speechwriters", None,
     "two Republican speechwriters", SpeakerKind.GROUP, 2),
    ("group-with-members", "Critics, among them Sen. Elizabeth Warren, said the bill was too weak.",
     "Critics, among them Sen. Elizabeth Warren,", "Critics", None, "among them Sen. Elizabeth Warren",
     SpeakerKind.GROUP, None),
    ("group-including-members", "Several analysts, including Ben Wood of CCS Insight, said the move was risky.",
     "Several analysts, including Ben Wood of CCS Insight,", "Several analysts", None,
     "including Ben Wood of CCS Insight", SpeakerKind.GROUP, None),
    ("role-title", "Clinton campaign spokesman Brian Fallon said the memo was old.",
     "Clinton campaign spokesman Brian Fallon", "Brian Fallon", "Clinton campaign spokesman", None,
     SpeakerKind.PERSON, None),
    ("role-then-name-appositive", "A spokesman, Josh Earnest, said the plan was final.", "A spokesman, Josh Earnest,",
     "Josh Earnest", "spokesman", None, SpeakerKind.PERSON, 1),
    ("possessive-role-then-name", "Kasich's chief strategist, John Weaver, said the race was close.",
     "Kasich's chief strategist, John Weaver,", "John Weaver", "Kasich's chief strategist", None,
     SpeakerKind.PERSON, 1),
    ("organization-noun-then-name", "The company, General Motors, said the plant would close.",
     "The company, General Motors,", "General Motors", None, "The company", SpeakerKind.ORGANIZATION, None),
    ("surname-ending-in-ly", "Mrs. Schlafly said she considered the disclosure an attempt to embarrass her.",
     "Mrs. Schlafly", "Schlafly", "Mrs.", None, SpeakerKind.PERSON, None),
    ("full-name-ending-in-ly", "Sen. Joe Donnelly said the bill would pass.", "Sen. Joe Donnelly", "Joe Donnelly",
     "Sen.", None, SpeakerKind.PERSON, None),
    ("surname-ending-in-ly-with-appositive", "Kelly, the Fox News anchor, said the debate would go on.",
     "Kelly, the Fox News anchor,", "Kelly", None, "the Fox News anchor", SpeakerKind.PERSON, None),
    ("ampersand-firm", "Florida Power & Light said crews were working around the clock.", "Florida Power & Light",
     "Florida Power & Light", None, None, SpeakerKind.ORGANIZATION, None),
    ("particle-like-words", "Several GOP leaders on the ground said the map had changed.",
     "Several GOP leaders on the ground", "Several GOP leaders on the ground", None,
     "Several GOP leaders on the ground", SpeakerKind.GROUP, None),
    ("role-before-name-with-particle-like-word", "Clinton ally James Carville said the race was over.",
     "Clinton ally James Carville", "James Carville", "Clinton ally", None, SpeakerKind.PERSON, None),
    ("organization-joined-by-of", "The Royal College of Nursing said nurses had voted to strike.",
     "The Royal College of Nursing", "Royal College of Nursing", None, None, SpeakerKind.ORGANIZATION, None),
    ("bank-of", "The Bank of England said rates would stay on hold.", "The Bank of England", "Bank of England", None,
     None, SpeakerKind.ORGANIZATION, None),
    ("person-of-place-keeps-stripping", "Sen. Marco Rubio of Florida said the bill would pass.",
     "Sen. Marco Rubio of Florida", "Marco Rubio", "Sen.", None, SpeakerKind.PERSON, None),
    ("title-joined-by-of", "Secretary of State John Kerry said the talks would resume.",
     "Secretary of State John Kerry", "John Kerry", "Secretary of State", None, SpeakerKind.PERSON, None),
    ("long-title-joined-by-of", "President of the United States Barack Obama said the talks would resume.",
     "President of the United States Barack Obama", "Barack Obama", "President of the United States", None,
     SpeakerKind.PERSON, None),
    ("organization", "The Justice Department said the review was complete.", "The Justice Department",
     "Justice Department", None, None, SpeakerKind.ORGANIZATION, None),
    ("acronym-organization", "The FBI said the review was complete.", "The FBI", "FBI", None, None,
     SpeakerKind.ORGANIZATION, None),
    ("group-count", "Six officials said the plan had changed.", "Six officials", "Six officials", None,
     "Six officials", SpeakerKind.GROUP, 6),
    ("first-name-and-organisation-word", "Samantha Power, the U.N. ambassador, said the vote was a mistake.",
     "Samantha Power, the U.N. ambassador,", "Samantha Power", None, "the U.N. ambassador", SpeakerKind.PERSON, None),
    ("place-and-organisation-word", "Georgia Power said rates would rise next year.", "Georgia Power",
     "Georgia Power", None, None, SpeakerKind.ORGANIZATION, None),
    ("appositive-name-with-employer", "The study's lead author, Lijing Cheng of the Chinese Academy of Sciences, "
     "said the trend was clear.", "The study's lead author, Lijing Cheng of the Chinese Academy of Sciences,",
     "Lijing Cheng", "study's lead author", None, SpeakerKind.PERSON, 1),
    ("from-appositive", "Two officials, from the ministry, said the plan was dead.",
     "Two officials, from the ministry,", "Two officials", None, "from the ministry", SpeakerKind.GROUP, 2),
    ("confederation-of-name", "The Confederation of British Industry said the tax was a heavy blow.",
     "The Confederation of British Industry", "Confederation of British Industry", None, None,
     SpeakerKind.ORGANIZATION, None),
    ("chambers-of-name", "The British Chambers of Commerce said business rates were too high.",
     "The British Chambers of Commerce", "British Chambers of Commerce", None, None, SpeakerKind.ORGANIZATION, None),
    ("dozen-count", "A dozen lawmakers said they would vote against the bill.", "A dozen lawmakers",
     "dozen lawmakers", None, "dozen lawmakers", SpeakerKind.GROUP, 12),
    ("half-dozen-count", "Half a dozen employees said the culture was toxic.", "Half a dozen employees",
     "Half a dozen employees", None, "Half a dozen employees", SpeakerKind.GROUP, 6),
    ("dozens-no-count", "Dozens of residents said they had not been warned.", "Dozens of residents",
     "Dozens of residents", None, "Dozens of residents", SpeakerKind.GROUP, None),
    ("document", "A report released Monday said the program had failed.", "A report released Monday",
     "report released Monday", None, "report released Monday", SpeakerKind.DOCUMENT, None),
    ("notes-document", "FBI notes released Monday said the server was never secured.",
     "FBI notes released Monday", "FBI notes released Monday", None, "FBI notes released Monday",
     SpeakerKind.DOCUMENT, None),
    ("time-is-not-speaker", "The plan will fail, the senator said Tuesday.", "the senator", "senator", None,
     "senator", SpeakerKind.PERSON, 1),
    ("party-label", "Sen. Chuck Schumer (D-N.Y.) said the bill would pass.", "Sen. Chuck Schumer (D-N.Y.)",
     "Chuck Schumer", "Sen.", None, SpeakerKind.PERSON, None),
    ("party-label-then-appositive", "Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said he would vote no.",
     "Sen. Rob Portman (R-Ohio), another vulnerable incumbent,", "Rob Portman", "Sen.",
     "another vulnerable incumbent", SpeakerKind.PERSON, None),
    ("acronym-after-organisation", "Doctors will strike next month, the British Medical Association (BMA) said.",
     "the British Medical Association (BMA)", "British Medical Association", None, None,
     SpeakerKind.ORGANIZATION, None),
    ("undotted-title", "Dr Vivek Trivedi said the government had refused to talk.", "Dr Vivek Trivedi",
     "Vivek Trivedi", "Dr", None, SpeakerKind.PERSON, None),
    ("titles-professor-sir", "Professor Sir Stephen Powis warned that operations would be delayed.",
     "Professor Sir Stephen Powis", "Stephen Powis", "Professor Sir", None, SpeakerKind.PERSON, None),
    ("gen-is-a-first-name", "Defense Minister Gen Nakatani said the drills would go ahead.",
     "Defense Minister Gen Nakatani", "Gen Nakatani", "Defense Minister", None, SpeakerKind.PERSON, None),
    ("two-named-people", "Dr Robert Laurenson and Dr Vivek Trivedi, co-chairs of the committee, said talks failed.",
     "Dr Robert Laurenson and Dr Vivek Trivedi, co-chairs of the committee,", "Robert Laurenson and Vivek Trivedi",
     None, "co-chairs of the committee", SpeakerKind.GROUP, 2),
    ("surname-and-titled-name", "Clinton and Sen. Bernie Sanders (I-Vt.) said the rules were fair.",
     "Clinton and Sen. Bernie Sanders (I-Vt.)", "Clinton and Bernie Sanders", None, None, SpeakerKind.GROUP, 2),
    ("plural-possessor-before-name", "Fox News’ Bret Baier said the debate would go on.", "Fox News’ Bret Baier",
     "Bret Baier", "Fox News’", None, SpeakerKind.PERSON, None),
    ("capitalised-chair-title", "Fed Chair Jerome Powell said rates would stay high.", "Fed Chair Jerome Powell",
     "Jerome Powell", "Fed Chair", None, SpeakerKind.PERSON, None),
    ("role-then-name-with-titles",
     "NHS England's national medical director, Professor Sir Stephen Powis, warned that operations would slip.",
     "NHS England's national medical director, Professor Sir Stephen Powis,", "Stephen Powis",
     "NHS England's national medical director Professor Sir", None, SpeakerKind.PERSON, 1),
    ("participle-after-role-and-name", "Her attorney, Mark Deloach, had asked for a sentence of five years, arguing "
     "that his client had struggled with addiction.", "Her attorney, Mark Deloach,", "Mark Deloach", "Her attorney",
     None, SpeakerKind.PERSON, 1),
    ("title-councilmember", "“We're losing,” Councilmember Eunisses Hernandez said.",
     "Councilmember Eunisses Hernandez", "Eunisses Hernandez", "Councilmember", None, SpeakerKind.PERSON, None),
    ("rank-after-role", "Police spokesman Inspector Mark Jones said officers were called at 3 a.m.",
     "Police spokesman Inspector Mark Jones", "Mark Jones", "Police spokesman Inspector", None, SpeakerKind.PERSON,
     None),
    ("title-mp", "“We will raise it in both Houses,” said TMC MP Derek O'Brien.", "TMC MP Derek O'Brien",
     "Derek O'Brien", "TMC MP", None, SpeakerKind.PERSON, None),
    ("role-appositive-without-article",
     "“We are not worried,” Jennifer Palmieri, communications director for the Clinton campaign, told reporters.",
     "Jennifer Palmieri, communications director for the Clinton campaign,", "Jennifer Palmieri", None,
     "communications director for the Clinton campaign", SpeakerKind.PERSON, None),
    ("party-of-state-appositive",
     "The tax plan is a disaster, Representative Steve Cohen, Democrat of Tennessee, said on Monday.",
     "Representative Steve Cohen, Democrat of Tennessee,", "Steve Cohen", "Representative",
     "Democrat of Tennessee", SpeakerKind.PERSON, None),
    ("nyt-double-apostrophes-long-appositive",
     "''I just don't think she's been truthful,'' Cecelia Purner, 67, a retired customer service representative"
     " in Allentown, Pa., said.",
     "Cecelia Purner, 67, a retired customer service representative in Allentown, Pa.,", "Cecelia Purner", None,
     "67, a retired customer service representative in Allentown, Pa.", SpeakerKind.PERSON, None),
    ("six-commas-between-quote-and-cue",
     "“Both Trump and Cruz scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said.",
     "Harry Bond, 30, of Raleigh, N.C., who was among those polled,", "Harry Bond", None,
     "30, of Raleigh, N.C., who was among those polled", SpeakerKind.PERSON, None),
    ("state-abbreviation-ends-sentence", "“It is over,” said Rachel Woolard, 20, of Jacksonville, Fla.",
     "Rachel Woolard, 20, of Jacksonville, Fla.", "Rachel Woolard", None, "20, of Jacksonville, Fla.",
     SpeakerKind.PERSON, None),
    ("dotted-acronym", "“The deal is done,” said the F.B.I.", "the F.B.I.", "F.B.I.", None, None,
     SpeakerKind.ORGANIZATION, None),
    ("both-and-pair", "Both Palmer and Sherman said they would stay on.", "Both Palmer and Sherman",
     "Palmer and Sherman", None, None, SpeakerKind.GROUP, 2),
    ("pair-with-states", "Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky said the bill would fail.",
     "Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky", "Ted Cruz and Rand Paul", None, None,
     SpeakerKind.GROUP, 2),
    ("list-with-party-labels",
     "Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) said the claims were sound.",
     "Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.)",
     "Jeff Merkley, Sherrod Brown and Robert Menendez", None, None, SpeakerKind.GROUP, 3),
    ("both-before-noun", "Both candidates said the debate was fair.", "Both candidates", "candidates", None,
     "candidates", SpeakerKind.GROUP, 2),
    ("state-abbreviation-is-no-name",
     "Since the first tunnel was found in Douglas, Ariz., border officials say they have found 200 more.",
     "border officials", "border officials", None, "border officials", SpeakerKind.GROUP, None),
    ("data-are-a-document", "Analysts expect earnings of $2.50 a share, according to data from FactSet.",
     "data from FactSet", "data from FactSet", None, "data from FactSet", SpeakerKind.DOCUMENT, None),
    ("long-one-of-appositive", "Dan Ives of Wedbush Securities, long one of Tesla's most bullish backers, called "
     "the quarter “a train wreck.”", "Dan Ives of Wedbush Securities, long one of Tesla's most bullish backers,",
     "Dan Ives", None, "long one of Tesla's most bullish backers", SpeakerKind.PERSON, None),
    ("court-with-ordinal", "The 6th Circuit Court of Appeals said the law was unconstitutional.",
     "The 6th Circuit Court of Appeals", "6th Circuit Court of Appeals", None, None, SpeakerKind.ORGANIZATION, None),
    ("court-for-circuit", "The U.S. Court of Appeals for the 6th Circuit said the law was void.",
     "The U.S. Court of Appeals for the 6th Circuit", "U.S. Court of Appeals for the 6th Circuit", None, None,
     SpeakerKind.ORGANIZATION, None),
    ("occasion-between-name-and-cue", "RNC spokesman Sean Spicer in a Friday tweet said the party would not back down.",
     "RNC spokesman Sean Spicer", "Sean Spicer", "RNC spokesman", None, SpeakerKind.PERSON, None),
    ("at-the-time-between-name-and-cue", "Trump at the time said the party would not back down.", "Trump", "Trump",
     None, None, SpeakerKind.PERSON, None),
    ("clause-before-appositive-is-no-speaker",
     "Voters are watching an experienced member of the establishment, Hillary Clinton, argue that the system is"
     " rigged.", "Hillary Clinton", "Hillary Clinton", None, None, SpeakerKind.PERSON, None),
    ("capitalised-role-before-name", "Former Clinton Senior Adviser Sidney Blumenthal said that he had no idea.",
     "Former Clinton Senior Adviser Sidney Blumenthal", "Sidney Blumenthal", "Former Clinton Senior Adviser", None,
     SpeakerKind.PERSON, None),
    ("capitalised-manager-before-name", "Trump Campaign Manager Kellyanne Conway said the polls were wrong.",
     "Trump Campaign Manager Kellyanne Conway", "Kellyanne Conway", "Trump Campaign Manager", None,
     SpeakerKind.PERSON, None),
    ("title-joined-by-of-after-words", "White House Chief of Staff Reince Priebus said the bill was dead.",
     "White House Chief of Staff Reince Priebus", "Reince Priebus", "White House Chief of Staff", None,
     SpeakerKind.PERSON, None),
    ("republic-of", "The Republic of Turkey denies that the killings were a genocide.", "The Republic of Turkey",
     "Republic of Turkey", None, None, SpeakerKind.ORGANIZATION, None),
    ("participle-clause-before-subject",
     "In Berea, Ohio, after winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH), said, "
     "“I’m getting ready to rent a covered wagon.”", "Gov. John Kasich (R-OH)", "John Kasich", "Gov.", None,
     SpeakerKind.PERSON, None),
    ("based-on-opens-the-sentence",
     "Based on the evidence of a New York Times article, Sanders said he wants to change the tax code.", "Sanders",
     "Sanders", None, None, SpeakerKind.PERSON, None),
    ("regardless-opens-the-sentence", "Regardless, the State Department said it found no evidence of a breach.",
     "the State Department", "State Department", None, None, SpeakerKind.ORGANIZATION, None),
    ("time-after-a-short-noun-phrase", "The Trump campaign on Tuesday responded that it had expanded its staff.",
     "The Trump campaign", "Trump campaign", None, "Trump campaign", SpeakerKind.ORGANIZATION, None),
    ("time-after-a-participle-stays", "A report released Monday said the economy was growing.",
     "A report released Monday", "report released Monday", None, "report released Monday", SpeakerKind.DOCUMENT,
     None),
    ("share-of-poll-respondents",
     "About four in 10 South Carolina Republican primary voters say that the economy is the top issue.",
     "About four in 10 South Carolina Republican primary voters",
     "About four in 10 South Carolina Republican primary voters", None, None, SpeakerKind.GROUP, None),
    ("share-alone", "Six in 10 said the country was on the wrong track.", "Six in 10", "Six in 10", None, None,
     SpeakerKind.GROUP, None),
    ("percent-of-poll-respondents", "Most see her as liberal on social issues; 26% say they are conservative.",
     "26%", "26%", None, None, SpeakerKind.GROUP, None),
    ("plural-not-a-speaker-noun-before-say",
     "But security specialists say it is a realistic extension of Moscow's information warfare efforts.",
     "security specialists", "security specialists", None, "security specialists", SpeakerKind.GROUP, None),
    ("dash-aside-with-a-clause",
     "Joyce — who is listed as an attorney in Illinois but doesn’t practise law — told The Huffington Post he is "
     "not planning an appeal.", "Joyce — who is listed as an attorney in Illinois but doesn’t practise law —", "Joyce",
     None, "who is listed as an attorney in Illinois but doesn’t practise law", SpeakerKind.PERSON, None),
    ("dash-aside-appositive", "Sen. Joe Manchin — a Democrat from West Virginia — said the bill was dead.",
     "Sen. Joe Manchin — a Democrat from West Virginia —", "Joe Manchin", "Sen.", "a Democrat from West Virginia",
     SpeakerKind.PERSON, None),
    ("agent-noun-before-said", "The self-described democratic socialist said he would win the state’s primary.",
     "The self-described democratic socialist", "self-described democratic socialist", None,
     "self-described democratic socialist", SpeakerKind.PERSON, 1),
    ("affiliation-after-at",
     "For now, Pantucci, at the Royal United Services Institute, said China and Russia have reached a deal.",
     "Pantucci, at the Royal United Services Institute,", "Pantucci", None, "at the Royal United Services Institute",
     SpeakerKind.PERSON, None),
    ("intro-preposition-alongside",
     "Alongside BLM calls for action, even a top GOP strategist said Clinton will have to choose a side.",
     "a top GOP strategist", "top GOP strategist", None, "top GOP strategist", SpeakerKind.PERSON, 1),
    ("pair-of-names-with-plural-verb", "Rubio and Cruz argue that the bill is bad.", "Rubio and Cruz",
     "Rubio and Cruz", None, None, SpeakerKind.GROUP, 2),
    ("document-with-trailing-time",
     "Some 59 percent of voters view her unfavorably, according to an ABC News-Washington Post poll last week.",
     "an ABC News-Washington Post poll last week", "ABC News-Washington Post poll last week", None,
     "ABC News-Washington Post poll last week", SpeakerKind.DOCUMENT, None),
    ("source-before-a-dash-aside",
     "The plan would raise $1.1 trillion over the decade, according to the Tax Policy Center - half a percent of the"
     " total.", "the Tax Policy Center", "Tax Policy Center", None, None, SpeakerKind.ORGANIZATION, None),
    ("aside-in-contrast", "Gates, in contrast, told AP he was working with Manafort.", "Gates", "Gates", None, None,
     SpeakerKind.PERSON, None),
    ("adverb-in-ily-opens-the-sentence",
     "Hastily politicizing the tragedy in Nice ― much like he did after the attacks in Paris ― Trump cast the blame on"
     " his rivals, and emphasized that the threat was real.",
     "Trump", "Trump", None, None, SpeakerKind.PERSON, None),
    ("opening-phrase-then-a-double-hyphen-aside",
     "In a victory speech from Wyoming -- which holds a caucus on Saturday -- Sanders claimed momentum and argued he "
     "is a stronger general election candidate than Clinton.", "Sanders", "Sanders", None, None, SpeakerKind.PERSON,
     None),
    ("long-description-before-a-name",
     "A rumpled figure with short gray whiskers on his face, Bob said he arrived in Benghazi at night.", "Bob", "Bob",
     None, None, SpeakerKind.PERSON, None),
    ("clause-before-a-name",
     "The show made the point that individuals other than Muslims kill people in mass shootings or acts of "
     "destruction, Real Time host Bill Maher said it was wrong.", "Real Time host Bill Maher", "Bill Maher",
     "Real Time host", None, SpeakerKind.PERSON, None),
    ("participle-and-object-before-a-name",
     "After the shooting of a black man in Minnesota and a sniper killing five Dallas police officers, Governor Mary "
     "Fallin (R-OK) said the country was hurting.", "Governor Mary Fallin (R-OK)", "Mary Fallin", "Governor", None,
     SpeakerKind.PERSON, None),
    ("poll-respondents", "Again, those surveyed said Trump was best able to handle the issue.", "those surveyed",
     "those surveyed", None, "those surveyed", SpeakerKind.GROUP, None),
    ("place-adverb-after-the-subject", "Her campaign workers here said they have been working the state since spring.",
     "Her campaign workers", "Her campaign workers", None, "Her campaign workers", SpeakerKind.GROUP, None),
    ("participle-aside-clad",
     "Delegate Mary Susan, clad in a red cape with blinking lights that formed the name Trump, said the convention "
     "could fail.", "Delegate Mary Susan", "Mary Susan", "Delegate", None, SpeakerKind.PERSON, None),
    ("two-roles-joined-by-and",
     "However, Jill A. Martin, vice president and assistant general counsel for the Trump Organization, said in a"
     " written statement that the suit had no merit.",
     "Jill A. Martin, vice president and assistant general counsel for the Trump Organization,", "Jill A. Martin",
     None, "vice president and assistant general counsel for the Trump Organization", SpeakerKind.PERSON, None),
    ("party-before-a-full-name", "Republican Marco Rubio said he would run.", "Republican Marco Rubio",
     "Marco Rubio", "Republican", None, SpeakerKind.PERSON, None),
    ("ranking-member-before-a-full-name", "Senate Intelligence Ranking Democrat Dianne Feinstein said she would vote"
     " no.", "Senate Intelligence Ranking Democrat Dianne Feinstein", "Dianne Feinstein",
     "Senate Intelligence Ranking Democrat", None, SpeakerKind.PERSON, None),
    ("party-word-in-an-organisation-name", "The Republican National Committee said it would meet.",
     "The Republican National Committee", "Republican National Committee", None, None, SpeakerKind.ORGANIZATION,
     None),
    ("organisation-ending-in-watch", "Since November, according to Human Rights Watch, forces have killed 400 "
     "people.", "Human Rights Watch", "Human Rights Watch", None, None, SpeakerKind.ORGANIZATION, None),
    ("elect-title-before-a-name", "President-elect Donald Trump said he would win.", "President-elect Donald Trump",
     "Donald Trump", "President-elect", None, SpeakerKind.PERSON, None),
    ("pronoun-and-name", "It is not only about audiences, he and Mr. Allen said.", "he and Mr. Allen",
     "he and Mr. Allen", None, None, SpeakerKind.GROUP, 2),
    ("hyphenated-title", "WHO Director-General Tedros Adhanom Ghebreyesus told a news conference the risk was low.",
     "WHO Director-General Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus", "WHO Director-General", None,
     SpeakerKind.PERSON, None),
    ("police-force-named-by-its-headquarters", "A police officer has been charged, Scotland Yard said.",
     "Scotland Yard", "Scotland Yard", None, None, SpeakerKind.ORGANIZATION, None),
    ("everyday-role-before-a-name", "Shopper Denise Harper said she hid in a store for nearly an hour.",
     "Shopper Denise Harper", "Denise Harper", "Shopper", None, SpeakerKind.PERSON, None),
    ("outlet-after-an-inverted-name", "“It hits Hillary where she is most vulnerable,” wrote Larry O’Connor on Hot "
     "Air.", "Larry O’Connor", "Larry O’Connor", None, None, SpeakerKind.PERSON, None),
    ("organisation-name-with-for", "The court is split, said the Brennan Center for Justice.",
     "the Brennan Center for Justice", "Brennan Center for Justice", None, None, SpeakerKind.ORGANIZATION, None),
    ("relative-clause-in-parentheses", "Kasich (who has 25 delegates to date) said it is possible for him to win.",
     "Kasich (who has 25 delegates to date)", "Kasich", None, "who has 25 delegates to date", SpeakerKind.PERSON,
     None),
    ("hyphens-as-dashes-around-an-appositive", "Deborah Reynolds - his girlfriend - said his views turned extreme.",
     "Deborah Reynolds - his girlfriend -", "Deborah Reynolds", None, "his girlfriend", SpeakerKind.PERSON, None),
    ("time-between-a-party-label-and-the-cue", "Sen. Dianne Feinstein (D-Calif.) last week said Clinton did not "
     "originate the chains.", "Sen. Dianne Feinstein (D-Calif.)", "Dianne Feinstein", "Sen.", None,
     SpeakerKind.PERSON, None),
]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Politico reported that the campaign had run out of money.", SpeakerKind.ORGANIZATION),
        ("BuzzFeed reported that the memo was real.", SpeakerKind.ORGANIZATION),
        ("The claim is false, according to Factcheck.org.", SpeakerKind.ORGANIZATION),
        ("Apple said it will delay the launch in Europe.", SpeakerKind.ORGANIZATION),
        ("Kyiv says its strikes are aimed at military targets.", SpeakerKind.ORGANIZATION),
        ("McConnell said the vote would be held on Tuesday.", SpeakerKind.PERSON),
        ("DeSantis said the law would stand.", SpeakerKind.PERSON),
        ("Anonymous, the hacker collective, said in a video that it had breached the servers.",
         SpeakerKind.ORGANIZATION),
        ("Alcoholics Anonymous said in a statement that its meetings would continue.", SpeakerKind.ORGANIZATION),
        ("NHS England said the number of patients with flu had risen by 70% in a week.", SpeakerKind.ORGANIZATION),
        ("Brent Bozell III, founder of the Media Research Center, said he supported Cruz.", SpeakerKind.PERSON),
        ("Puerto Rico has been warning that it is running out of cash.", SpeakerKind.ORGANIZATION),
        ("Mortgage rates remain near 7 percent, according to Freddie Mac.", SpeakerKind.ORGANIZATION),
        ("Fannie Mae said it expects home sales to fall.", SpeakerKind.ORGANIZATION),
        ("OPEC+ said it would keep output cuts in place.", SpeakerKind.ORGANIZATION),
        ("The G20 said it would keep rates low.", SpeakerKind.ORGANIZATION),
    ],
    ids=["outlet", "camel-case-brand", "web-site", "company", "capital-for-government", "mc-surname", "de-surname",
         "hacker-collective", "fellowship-named-anonymous", "body-branch-for-a-country", "generation-number",
         "territory", "firm-named-like-a-person", "firm-named-like-a-person-2", "acronym-with-a-plus",
         "acronym-with-a-number"],
)
def test_one_word_organisation(text: str, kind: SpeakerKind) -> None:
    """A one-word name is an organisation when it is a known outlet or firm, or shaped like a brand or a site; so
    is a listed firm named like a person ("Freddie Mac")."""
    speaker = extract_quotes(text)[0].speaker
    assert speaker is not None and speaker.kind is kind


@pytest.mark.parametrize("text", [
    "Procter and Gamble said sales rose.", "Marks and Spencer said sales rose.",
    "Wilcox and Beruff, a Sarasota Republican, argued the department is not needed.",
])
def test_firm_joined_by_and_is_no_pair_of_people(text: str) -> None:
    """Two single names joined by "and" are no pair of people named in full."""
    speaker = extract_quotes(text)[0].speaker
    assert speaker is not None and speaker.kind is not SpeakerKind.GROUP and speaker.count != 2


@pytest.mark.parametrize(
    ("text", "name", "kind", "count"),
    [
        ("Procter and Gamble said sales rose.", "Procter and Gamble", SpeakerKind.ORGANIZATION, None),
        ("Smith and Wesson says demand is strong.", "Smith and Wesson", SpeakerKind.ORGANIZATION, None),
        ("Rubio and Cruz said the plan would fail.", "Rubio and Cruz", SpeakerKind.GROUP, 2),
        ("Trump, Ryan and Priebus said they would meet.", "Trump, Ryan and Priebus", SpeakerKind.GROUP, 3),
        ("Brunei and Taiwan said they would not attend.", "Brunei and Taiwan", SpeakerKind.GROUP, 2),
        ("Both Hensleys said they were grateful for the help.", "Hensleys", SpeakerKind.GROUP, 2),
        ("Sen. Chris Murphy, D-Conn., and Sen. James Lankford, R-Okla., who led the talks, both said the deal was "
         "strong.", "Chris Murphy and James Lankford", SpeakerKind.GROUP, 2),
        ("Microsoft, Alphabet and Meta have all said they will spend more.", "Microsoft, Alphabet and Meta",
         SpeakerKind.GROUP, 3),
    ],
)
def test_two_names_joined_by_and(text: str, name: str, kind: SpeakerKind, count: int | None) -> None:
    """A known firm or a singular verb makes "X and Y" one organisation; otherwise two people (never "Gamble"
    titled "Procter and")."""
    speaker = extract_quotes(text)[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.count, speaker.title) == (name, kind, count, None)


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        ("Sen. Chuck Schumer (D-N.Y.) said the bill would pass.", "D-N.Y."),
        ("Gov. Phil Bryant (R) said the state would appeal.", "R"),
        ("“We have avoided a shutdown,” Senate Majority Leader Chuck Schumer, D-N.Y., said.", "D-N.Y."),
        ("Mr. Mahaney, of RBC Capital Markets, said the shares were cheap.", "RBC Capital Markets"),
        ("The British Medical Association (BMA) said doctors would strike.", None),
        ("Rep. Sander M. Levin (Mich.) said the deal was bad.", None),
        ("Dan Ives of Wedbush Securities said the move was clever.", "Wedbush Securities"),
        ("Stacy Rasgon, an analyst at Bernstein, wrote that the risk was real.", "Bernstein"),
        ("Neera Tanden, president of the Center for American Progress, said the plan was sound.",
         "Center for American Progress"),
        ("Jason Gilbert of Cheyenne said she should have run from Virginia.", None),
        ("Michael Briggs, a spokesman for Sanders, said the campaign would go on.", None),
        ("Hany Farid, who once worked for Microsoft, said the tool was flawed.", None),
        ("Al Jazeera's Hiba Morgan said residents described heavy shelling.", "Al Jazeera"),
        ("Officials at the National Oceanic and Atmospheric Administration said the figures were late.",
         "National Oceanic and Atmospheric Administration"),
        ("Officials at the Pentagon, two senior officers, said the strike had worked.", "Pentagon"),
        ("Pantucci, at the Royal United Services Institute, said the deal was done.",
         "Royal United Services Institute"),
        ("Tamas Varga of oil broker PVM said the market was tight.", "PVM"),
        ("Michael Tanner, an analyst at the libertarian Cato Institute, said the plan would fail.", "Cato Institute"),
        ("Most of the vulnerable Senate Republicans said they would wait.", None),
        ("Doug Usher, director of research at Widmeyer Communications, said turnout would be high.",
         "Widmeyer Communications"),
        ("Leslie Wimes, president of the Democratic African-American Women Caucus, said turnout would be high.",
         "Democratic African-American Women Caucus"),
        ("Ed Gerwin, a senior fellow at the Trade Partnership, said the deal would pass.", "Trade Partnership"),
    ],
    ids=["party-and-state", "party", "ap-style-party-appositive", "of-appositive", "acronym-is-no-affiliation",
         "state-only", "of-after-name", "at-in-appositive", "of-organisation-in-appositive", "home-town-is-none",
         "a-person-is-none", "relative-clause-is-none", "possessor", "unnamed-group-at",
         "unnamed-group-at-then-appositive", "at-appositive-after-name", "of-role-word-then-acronym",
         "at-adjective-then-institute", "of-adjective-then-party-members-is-none", "role-of-field-at-firm",
         "of-caucus", "at-partnership"],
)
def test_affiliation(text: str, affiliation: str | None) -> None:
    """A party label in parentheses or an "of" appositive is the speaker's affiliation."""
    speaker = extract_quotes(text)[0].speaker
    assert speaker is not None and speaker.affiliation == affiliation


def test_party_appositive_is_no_description() -> None:
    """AP's ", D-N.Y.," after a name is the affiliation, not a description."""
    speaker = extract_quotes("Rep. Chip Roy, R-Texas, posted that the bill was a betrayal.")[0].speaker
    assert speaker is not None and (speaker.name, speaker.affiliation, speaker.description) == (
        "Chip Roy", "R-Texas", None)


def test_affiliation_carries_to_resolved_mentions_and_source() -> None:
    """A surname resolved to a mention with a party label keeps the label, and the source lists it."""
    article = parse_article("Sen. Chuck Schumer (D-N.Y.) said the bill would pass. Schumer said the vote was close.")
    assert [q.speaker.affiliation for q in article.quotes if q.speaker] == ["D-N.Y.", "D-N.Y."]
    assert [s.affiliations for s in article.sources] == [("D-N.Y.",)]


@pytest.mark.parametrize(("text", "mention", "name", "title", "description", "kind", "count"),
                         [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_speaker(text: str, mention: str, name: str, title: str | None, description: str | None,
                 kind: SpeakerKind, count: int | None) -> None:
    """The speaker of the first quote, analysed."""
    speaker = extract_quotes(text)[0].speaker
    assert speaker is not None
    assert (speaker.mention.text, speaker.name, speaker.title, speaker.description, speaker.kind, speaker.count) == (
        mention, name, title, description, kind, count)
    assert text[speaker.mention.start : speaker.mention.end] == speaker.mention.text


def test_name_before_a_possessive_appositive_speaks_through_a_participle() -> None:
    """ "Bush, Florida’s former governor, attacked Trump, calling him ...": the name speaks, not its appositive."""
    (quote,) = extract_quotes("Bush, Florida’s former governor, attacked Trump, calling him a “loser.”")
    assert quote.speaker is not None and quote.speaker.mention.text == "Bush"


def test_a_day_s_name_is_no_antecedent() -> None:
    """ "... prior to Election Day, he laughed and said": "Election Day" names a day, not the man "he" stands for."""
    quotes = extract_quotes("When the manager was asked if Clinton would hold a press conference prior to Election "
                            "Day, he laughed and said, “We’ll see.”")
    assert all(q.speaker is None or q.speaker.name != "Election Day" for q in quotes)


def test_party_label_with_a_district_number_is_the_affiliation() -> None:
    """ "(D-Ward 4)", "(R-FL-26)": a party label with a ward or district number, like "(D-N.Y.)"."""
    for text, label in [("Councilman Dave Rutherford (D-Ward 4) said the letter was never shared.", "D-Ward 4"),
                        ("Rep. Carlos Curbelo (R-FL-26) said the bill would fail.", "R-FL-26")]:
        speaker = extract_quotes(text)[0].speaker
        assert speaker is not None and speaker.affiliation == label


def test_relative_clause_quoting_the_speaker_is_no_part_of_the_inverted_mention() -> None:
    """ "said Leslie Feldman, 34, a plaintiff in the lawsuit who waited in an “extraordinarily long line”": the mention
    keeps the appositive and leaves out the relative clause that quotes her (PolNeAR's source); a relative clause
    that reports ("who added that ...") is still a report of its own."""
    text = ('"It was truly shameful," said Leslie Feldman, 34, a plaintiff in the lawsuit who waited in an '
            '"extraordinarily long line snaking around" a church.')
    speaker = extract_quotes(text)[0].speaker
    assert speaker is not None and speaker.mention.text == "Leslie Feldman, 34, a plaintiff in the lawsuit"
    text = ('"We are gearing up," said Scott Reed, the Chamber\'s chief strategist, who added that his group will '
            'focus on "folks running for sheriff."')
    assert [q.cue.text for q in extract_quotes(text) if q.cue] == ["said", "added"]


COREFERENCE = [
    ("family-name-written-first", "Chinese Foreign Minister Wang Yi said Beijing opposed any interference. Wang added "
     "that China would respond firmly.", "Wang", "Wang Yi", "Chinese Foreign Minister Wang Yi"),
    ("name-inside-a-long-name", "Brazilian President Luiz Inácio Lula da Silva said the Amazon was not for sale. "
     "Lula also said Brazil would defend its sovereignty.", "Lula", "Luiz Inácio Lula da Silva",
     "Brazilian President Luiz Inácio Lula da Silva"),
    ("hyphenated-particle-surname", "Egyptian President Abdel Fattah el-Sisi said Cairo would host the summit. "
     "El-Sisi later added that all parties had agreed.", "El-Sisi", "Abdel Fattah el-Sisi",
     "Egyptian President Abdel Fattah el-Sisi"),
    ("three-word-particle-surname", "European Commission President Ursula von der Leyen said the bloc stood united. "
     "Von der Leyen said sanctions would follow.", "Von der Leyen", "Ursula von der Leyen",
     "European Commission President Ursula von der Leyen"),
    ("according-to-him", "Jorge Ramos spoke to students. According to him, Mexico's powerful Televisa network "
     "censured his first report.", "him", "Jorge Ramos", "Jorge Ramos"),
    ("first-name-tells-the-sex", 'Bob Jones said the loans were fair.\n\nMelanie Roloson disagreed.\n\n"They are '
     'not," he said.', "he", "Bob Jones", "Bob Jones"),
    ("subject-of-a-one-sentence-paragraph-before", "Sen. Tim Kaine spoke on CBS on Tuesday.\n\n“But that was the "
     "first time in a long time, senator,” co-anchor DeMarco Morgan said.\n\nKaine did not see the media’s point."
     "\n\n“I don’t see the difference,” he said.", "he", "Tim Kaine", "Tim Kaine"),
    ("subject-of-a-question-before", "Rubio only briefly explained the utility of more visas, officials said.\n\n"
     "Scott Szlachta was in the audience.\n\nWas Szlachta satisfied with the response?\n\n\"To a point,\" he said.",
     "he", "Scott Szlachta", "Scott Szlachta"),
    ("role-after-a-title-and-a-name-with-a-particle", "Nine people were hurt by an explosion that Mayor Bill de Blasio "
     "described as intentional. At a press conference, the mayor also said it was too early to tell.", "the mayor",
     "Bill de Blasio", "Mayor Bill de Blasio"),
    ("surname-opening-with-a-particle", "Mayor Bill de Blasio said the city was safe. De Blasio said the threat was "
     "low.", "De Blasio", "Bill de Blasio", "Mayor Bill de Blasio"),
    ("knight-by-first-name", "Prime Minister Keir Starmer said the plan was fine. Sir Keir told delegates the "
     "country faced tough choices.", "Sir Keir", "Keir Starmer", "Prime Minister Keir Starmer"),
    ("lower-case-particle-surname", "Liverpool captain Virgil van Dijk said the team was ready. \"We are strong,\" "
     "van Dijk said.", "van Dijk", "Virgil van Dijk", "Liverpool captain Virgil van Dijk"),
    ("ten-particle-surname", "Erik ten Hag said his side showed character.\n\n\"It was a special day,\" ten Hag told "
     "Sky Sports.", "ten Hag", "Erik ten Hag", "Erik ten Hag"),
    ("the-utility", 'Thames Water has cut supplies to 10,000 homes. "We apologise," the utility said in a statement.',
     "the utility", "Thames Water", "Thames Water"),
    ("the-operator", "Network Rail closed the line on Sunday. The operator said it would reopen on Monday.",
     "The operator", "Network Rail", "Network Rail"),
    ("the-one-asked-answers", 'Ted Terry said the city welcomed them. Recently, Herman Cain, the former candidate '
     'who hosts a radio show, was asked by a caller why young men are coming. "So they can hurt us," he said.', "he",
     "Herman Cain", "Herman Cain"),
    ("the-asker-does-not-answer", 'Lord Bethell gave evidence on Tuesday. Asked by counsel to the inquiry, Hugo '
     'Keith KC, whether the lane was "fair", he replied: "It was not perfect."', "he", "Bethell", "Lord Bethell"),
    ("kin-named-by-a-first-name-in-commas", 'His daughter, Ellen, worries about him. "Dad thinks he is immortal," '
     "she says.", "she", "Ellen", "His daughter, Ellen,"),
    ("kin-named-by-a-first-name", 'His daughter Ellen worries about him. "Dad thinks he is immortal," she says.',
     "she", "Ellen", "His daughter Ellen"),
    ("the-agency-after-an-organization", "The World Health Organization declared an emergency. More than 15,600 "
     "cases had been reported in Africa this year, the agency said.", "the agency", "World Health Organization",
     "The World Health Organization"),
    ("one-word-firm-name-after-its-full-name", "Toyota Motor Corp said it would recall 1 million vehicles. Dealers will"
     " replace the sensors free of charge, Toyota said.", "Toyota", "Toyota Motor Corp", "Toyota Motor Corp"),
    ("the-company-after-a-firm-named-by-its-industry", "Acme Robotics said it raised $50 million. \"We will grow,\" "
     "said Jane Park, its chief executive. The company said it plans to double its staff.", "The company",
     "Acme Robotics", "Acme Robotics"),
    ("epithet-nationality-after-named-subject", "Liverpool captain Virgil van Dijk disagreed. \"It was a clear "
     "penalty. He pulled my shirt,\" the Dutchman told Sky Sports.", "the Dutchman", "Virgil van Dijk",
     "Liverpool captain Virgil van Dijk"),
    ("epithet-age-after-named-subject", "Virgil van Dijk scored twice. \"It was special,\" the 32-year-old said.",
     "the 32-year-old", "Virgil van Dijk", "Virgil van Dijk"),
    ("epithet-after-a-report", "Rafael Nadal said he was tired. \"I need rest,\" the Spaniard added.", "the Spaniard",
     "Rafael Nadal", "Rafael Nadal"),
    ("name-particle-in-subject", "Ursula von der Leyen arrived late. \"We are ready,\" she said.", "she",
     "Ursula von der Leyen", "Ursula von der Leyen"),
    ("she-skips-a-man", "Sen. Ann Lee said taxes would rise. Bill Smith said they would fall. Later, she said the vote "
     "would be close.", "she", "Ann Lee", "Sen. Ann Lee"),
    ("name-before-appositive-in-the-sentence-before", "Sen. Maria Lopez and Sen. James Hart clashed on Tuesday.\n\n"
     "Lopez, a Democrat, said the bill would pass.\n\nHart, a Republican from Texas, disagreed. He said the "
     "measure did nothing.", "He", "James Hart", "James Hart"),
    ("pronoun-he", "Ash Carter said the war would end. He said troops would stay.", "He", "Ash Carter",
     "Ash Carter"),
    ("pronoun-she-title", "Sen. Ann Lee said taxes would rise. Later, she said the vote would be close.", "she",
     "Ann Lee", "Sen. Ann Lee"),
    ("surname", "Rep. Jerry Nadler said the letter was improper. Nadler said it broke the rules.", "Nadler",
     "Jerry Nadler", "Rep. Jerry Nadler"),
    ("they-group", "Two officials said the talks failed. They said a new round was planned.", "They",
     "Two officials", "Two officials"),
    ("it-organization", "The Pentagon said the strike hit its target. It said no civilians were hurt.", "It",
     "Pentagon", "The Pentagon"),
    ("role-noun", "Maria Lopez, a spokeswoman for the mayor, said the budget was balanced. "
                  "The spokeswoman said taxes would not rise.", "The spokeswoman", "Maria Lopez",
     "Maria Lopez, a spokeswoman for the mayor,"),
    ("pronoun-across-paragraphs", "Budget vote\n\nGov. Jerry Brown said the budget was balanced.\n\n"
                                  "The vote is next week.\n\nHe said he expected it to pass.", "He",
     "Jerry Brown", "Gov. Jerry Brown"),
    ("pronoun-after-named-subject", "Anthony Davis said he felt good. Jayson Tatum led Boston with 31.\n\n"
                                    "Tatum was blunt. “We didn't deserve to win that game,” he said.", "he",
     "Jayson Tatum", "Jayson Tatum"),
    ("pronoun-after-asked-and-a-subject", "Snow response\n\nMayor Brandon Johnson said the city had done its "
                                          "best. “Nobody came,” said Marcus Green, a resident.\n\n"
                                          "Asked whether he would change anything, Johnson paused. "
                                          "“We'll look at everything,” he said.", "he",
     "Brandon Johnson", "Mayor Brandon Johnson"),
    ("pronoun-after-a-pronoun-subject-after-a-name", "Heat coach Erik Spoelstra said his team ran out of gas.\n\n"
                                                     "Boston coach Joe Mazzulla credited the defense. Asked about the "
                                                     "comeback, he shrugged. “That’s what we do,” he said.", "he",
     "Joe Mazzulla", "Boston coach Joe Mazzulla"),
    ("pronoun-after-subject-titled-boss", "Arsenal manager Mikel Arteta was furious. “It's a clear foul,” Arteta "
                                          "said.\n\nCity boss Pep Guardiola shrugged. “I didn't see it,” he said.",
     "he", "Pep Guardiola", "City boss Pep Guardiola"),
    ("she-after-a-first-name-and-an-organisation-word", "Economists were divided. Sarah House, a senior economist at "
                                                        "Wells Fargo, said the statement leaned hawkish. “The bar "
                                                        "just got higher,” she wrote.", "she", "Sarah House",
     "Sarah House, a senior economist at Wells Fargo,"),
    ("pronoun-after-subject-with-appositive",
     "Colette Kress said sales would fall. Jensen Huang, the company's chief executive, struck an upbeat tone. "
     "“Demand continues to be extraordinary,” he said on the call.", "he", "Jensen Huang", "Jensen Huang"),
    ("surname-of-a-name-that-did-not-speak", "Anthony Davis added 24 points and 15 rebounds.\n\n"
                                             "Davis said he felt “really good” and would play Saturday.", "Davis",
     "Anthony Davis", "Anthony Davis"),
    ("surname-after-a-first-name-in-two-capitalised-parts", "LeBron James scored 31 points and the Lakers won.\n\n"
     "“We just kept fighting,” James said.", "James", "LeBron James", "LeBron James"),
    ("surname-spelled-like-a-modal", "Conservative columnist George Will criticized Trump on Sunday.\n\n"
     "“This should hasten the eclipse of Carly Fiorina,” Will wrote.", "Will", "George Will", "George Will"),
    ("pronoun-after-role-and-appositive-name", "Another person said the president was angry. The White House press "
                                              "secretary, Karine Jean-Pierre, declined to comment on the meetings. "
                                              "“We don't discuss internal deliberations,” she said.", "she",
     "Karine Jean-Pierre", "The White House press secretary, Karine Jean-Pierre,"),
    ("it-after-a-firm-that-did-not-speak", "Layoffs\n\nTesla is cutting 10,000 jobs. It said the cuts would save "
                                           "$1 billion a year.", "It", "Tesla", "Tesla"),
    ("it-later-in-the-firms-sentence", "Apple on Monday unveiled an assistant that it said would run mostly on "
                                       "users' own devices.", "it", "Apple", "Apple"),
    ("the-planemaker-after-its-brand", "Boeing disputed his account. In a statement, the planemaker said it was "
                                       "fully confident in the 787.", "the planemaker", "Boeing", "Boeing"),
    ("the-company-after-its-brand", "Apple said it will delay the launch. “We are concerned,” the company said.",
     "the company", "Apple", "Apple"),
    ("surname-after-a-first-name-ending-like-a-participle", "Voters in Iowa backed Ted Cruz on Monday.\n\n"
                                                           "Cruz said the win was a turning point.", "Cruz",
     "Ted Cruz", "Ted Cruz"),
    ("honorific-surname-mr", "Hillary Clinton said the plan would work. Bill Clinton said he agreed. Mrs. Clinton "
                             "said it was time. Mr. Clinton said he was tired.", "Mr. Clinton", "Bill Clinton",
     "Bill Clinton"),
    ("titled-surname-dr-without-period", "Treasurer Jim Chalmers insisted inflation was moderating. Dr Chalmers "
                                         "said the latest figures showed price rises were easing.", "Dr Chalmers",
     "Jim Chalmers", "Treasurer Jim Chalmers"),
    ("titled-surname-sen", "Sen. Jane Smith said cases were falling. Later, Sen. Smith said the wave had peaked.",
     "Sen. Smith", "Jane Smith", "Sen. Jane Smith"),
    ("woman-named-lee", "Lee Epstein, who teaches law at Washington University, said the court had shifted. "
                        "“Wow, what a great idea,” she said.", "she", "Lee Epstein",
     "Lee Epstein, who teaches law at Washington University,"),
    ("role-with-modifier-named-as-a-title-before", "Civil service\n\nAllies of former President Donald Trump are "
     "drafting plans, according to people familiar with the effort.\n\nMax Stier, president of the Partnership for "
     "Public Service, called it “a recipe for chaos.”\n\nThe former president has repeatedly said he would “clean "
     "out the deep state.”", "The former president", "Donald Trump", "former President Donald Trump"),
    ("surname-not-resolved-to-a-quoted-epithet", "Feud\n\nElon Musk and Sam Altman traded insults on Tuesday.\n\n"
                                                "“Scam Altman,” Musk posted on X.\n\nAltman said Musk was "
                                                "“jealous.”", "Altman", "Sam Altman", "Sam Altman"),
    ("party-member-by-label", "Sen. Chris Murphy, D-Conn., said the deal included money for asylum officers. "
                              "“We're going to fix a broken system,” the Democrat said.", "the Democrat",
     "Chris Murphy", "Sen. Chris Murphy, D-Conn.,"),
    ("capitalised-article-before-role", "Rep. Tom Cole (R-Okla.) said the bill was dead. The Republican said it "
                                        "would not pass.", "The Republican", "Tom Cole", "Rep. Tom Cole (R-Okla.)"),
    ("newspaper-by-short-name", "The New York Times reported that the deal was close. The Times said the talks "
                                "would resume.", "The Times", "New York Times", "The New York Times"),
    ("according-to-object-pronoun", "Budget\n\nSen. Ann Lee spoke on Monday. According to her, the bill will pass "
                                    "next week.", "her", "Ann Lee", "Sen. Ann Lee"),
    ("surname-that-names-a-country", "Hearing\n\nRep. Jim Jordan led the questioning on Tuesday.\n\nJordan said "
                                     "the agency had misled Congress.", "Jordan", "Jim Jordan", "Jim Jordan"),
    ("possessive-pronoun-speaker", "Iran deal\n\nJohn Bolton was blunt on Monday. His message: “We cannot trust the "
                                   "Iranians with a nuclear program.”", "His", "John Bolton", "John Bolton"),
    ("first-name-of-the-one-person-so-named", "Wildfire\n\n“We lost everything,” Linda Hensley said.\n\n“This is "
                                              "home,” Mark Hensley said.\n\n“People brought us food,” Linda said.",
     "Linda", "Linda Hensley", "Linda Hensley"),
    ("pronoun-after-subject-with-long-appositive", "Recall\n\nPhilip Koopman, a professor of electrical and "
                                                   "computer engineering at Carnegie Mellon University who studies "
                                                   "vehicle safety, looked at the update closely. “It's a missed "
                                                   "opportunity,” he said.", "he", "Philip Koopman", "Philip Koopman"),
    ("the-agency-after-a-named-administration", "Recall\n\nTesla is recalling 2 million cars, the National Highway "
                                                "Traffic Safety Administration said.\n\n“Automated technology holds "
                                                "promise,” the agency said.", "the agency",
     "National Highway Traffic Safety Administration", "the National Highway Traffic Safety Administration"),
    ("the-company-named-by-its-content", "Restructuring\n\nStarbucks will close about 400 stores in North America, "
                                         "the company announced Thursday.", "the company", "Starbucks", "Starbucks"),
    ("the-company-named-by-its-content-with-a-bare-co", "Cuts\n\nGeneral Motors Co will cut about 3,000 jobs in "
                                                         "North America, the company said on Tuesday.", "the company",
     "General Motors Co", "General Motors Co"),
    ("initialism-after-the-firms-full-name", "Ford Motor Co said it would recall 1 million vehicles. FMC said the fix "
                                             "was free.", "FMC", "Ford Motor Co", "Ford Motor Co"),
    ("initialism-after-the-full-name-with-of", "The Federal Bureau of Investigation said it was looking into it. "
                                               "The FBI said later that two men were arrested.", "The FBI",
     "Federal Bureau of Investigation", "The Federal Bureau of Investigation"),
    ("initialism-of-a-union", "The United Auto Workers union said it was disappointed. The UAW said talks would go "
                              "on.", "The UAW", "United Auto Workers union", "The United Auto Workers union"),
    ("pronoun-after-a-sentence-with-a-scare-quote", "Nouriel Roubini spoke to us about inflation.\n\nRoubini, who "
                                                    "teaches at New York University, has been called \"Dr. Doom\" for "
                                                    "his forecasts. He said he prefers to be called a realist.", "He",
     "Nouriel Roubini", "Nouriel Roubini"),
    ("pronoun-after-a-scare-quoted-word", "Hillary Clinton is describing as “unhinged” a Donald Trump tweet. She says "
                                          "his temperament is dangerous.", "She", "Hillary Clinton", "Hillary Clinton"),
    ("quotation-after-a-role-subject-behind-an-opening-phrase", "Coup\n\nIn a long interview, the former president "
                                                                "described the night.\n\n\"I was in my office when "
                                                                "the phone rang.\"\n\n\"By morning,\" he recalled, "
                                                                "\"the soldiers had gone.\"", "he", "former president",
     "the former president"),
    ("surname-in-ing-opening-the-sentence-before", "\"We waited,\" says Jim Bowling, the county judge.\n\n\"You are "
                                                   "paying too much,\" says analyst Chris Edwards.\n\nBowling shrugs "
                                                   "off the criticism. \"Tell that to the kids,\" he says.", "he",
     "Jim Bowling", "Jim Bowling"),
    ("the-premier-after-a-prime-minister", "Prices\n\nPrime Minister Shehbaz Sharif said prices would fall.\n\n"
                                           "Chairing a meeting, the premier said relief was the top priority.",
     "the premier",
     "Shehbaz Sharif", "Prime Minister Shehbaz Sharif"),
    ("honorific-surname-that-is-a-title-after-full-name", "Talk\n\nLarry King, 82, said the network never edited "
                                                          "him.\n\n\"They pay us well,\" Mr. King said.", "Mr. King",
     "Larry King", "Larry King, 82,"),
    ("he-after-mr-surname-skips-his-daughter", "Pianist dies\n\nAhmad Khan, the pianist, died on Monday.\n\nHis "
                                               "daughter, Leila Khan, said the cause was pneumonia.\n\nBorn in "
                                               "Detroit, Mr. Khan began playing at 4. He once told an interviewer that "
                                               "he loved the radio.", "He", "Ahmad Khan", "Ahmad Khan"),
    ("she-after-a-subject-with-an-age", "Skaters\n\nSamantha Olivieri said she skates daily.\n\nYasmeen Wilkerson, 18, "
                                        "was dubious at first. \"I dumped the guy but kept the skateboard,\" she said.",
     "she", "Yasmeen Wilkerson", "Yasmeen Wilkerson"),
    ("he-after-a-pseudo-cleft-subject", "Midway\n\nPresident Barack Obama said the seas were rising.\n\nBombs may not "
                                        "be falling. What Mr. Obama has seen instead are the charts of a warming "
                                        "planet. \"And they're terrifying,\" he said.", "he", "Barack Obama",
     "President Barack Obama"),
    ("honorific-surname-mrs", "Hillary Clinton said the plan would work. Bill Clinton said he agreed. Mrs. Clinton "
                              "said it was time.", "Mrs. Clinton", "Hillary Clinton", "Hillary Clinton"),
    ("surname-of-the-person-named-first", "Bernie Sanders said the race was close. His wife, Jane Sanders, said "
                                          "she was proud. Sanders said he would stay in.", "Sanders",
     "Bernie Sanders", "Bernie Sanders"),
    ("surname-of-the-person-mentioned-most", "Betsy Ebeling said she was proud. Ebeling said it was hard. "
                                             "Tom Ebeling said he was tired. Ebeling said they would caucus.",
     "Ebeling", "Betsy Ebeling", "Betsy Ebeling"),
    ("the-organisation-by-its-noun", "The RMT union said the strike would go ahead. According to the union, 40,000 "
                                     "members will walk out.", "the union", "RMT union", "The RMT union"),
    ("the-sources-after-an-unnamed-group", "The tariffs could come in July, three people familiar with the matter "
                                           "told Reuters. The sources, who spoke on condition of anonymity, said the "
                                           "duties could reach 30%.",
     "The sources, who spoke on condition of anonymity,", "three people familiar with the matter",
     "three people familiar with the matter"),
    ("the-insider-after-an-unnamed-person", "One operative inside Trump Tower said the comments were no big deal. "
                                            "“Nobody seems to be preoccupied by it,” the insider said.", "the insider",
     "One operative inside Trump Tower", "One operative inside Trump Tower"),
    ("both-after-a-pair", "Rubio and Cruz said the plan would fail. Both said they would vote no.", "Both",
     "Rubio and Cruz", "Rubio and Cruz"),
    ("the-two-after-two", "The two lawmakers argue that there is precedent. “You seem to have picked a new standard "
                          "out of thin air,” the two write.", "the two", "two lawmakers", "The two lawmakers"),
    ("role-noun-for-an-abbreviated-title", "Sen. Ted Cruz said the bill was dead. The senator added that he would "
                                           "filibuster.", "The senator", "Ted Cruz", "Sen. Ted Cruz"),
    ("role-noun-for-rep", "Rep. Nancy Pelosi said the vote was close. The congresswoman said she had the votes.",
     "The congresswoman", "Nancy Pelosi", "Rep. Nancy Pelosi"),
    ("surname-of-a-full-name-with-middle-name", "Hillary Rodham Clinton arrived in Iowa on Monday.\n\n"
                                                "Clinton said the race was close.", "Clinton",
     "Hillary Rodham Clinton", "Hillary Rodham Clinton"),
    ("role-epithet-after-the-person-who-just-spoke", "Race\n\nMarco Rubio says the primary is now a three-person "
     "race. The Florida senator is predicting he will win it.", "The Florida senator", "Marco Rubio", "Marco Rubio"),
    ("role-epithet-after-the-named-subject", "Veterans\n\nDonald Trump cited problems in the Middle East and China. "
     "“We need change,” the New York businessman said.", "the New York businessman", "Donald Trump", "Donald Trump"),
    ("role-epithet-after-a-time-and-comma", "Fuel\n\nSir Keir Starmer has insisted that the cut was the right "
     "decision. Speaking to the BBC on Sunday, the prime minister said he understood the concerns.",
     "the prime minister", "Keir Starmer", "Sir Keir Starmer"),
    ("demonym-after-a-two-sentence-quotation", "Derby\n\n\"It was a massive win,\" Arsenal manager Mikel "
     "Arteta told Sky Sports. \"The team responded well.\"\n\nThe Spaniard added that Saka had been injured.",
     "The Spaniard", "Mikel Arteta", "Arsenal manager Mikel Arteta"),
    ("sports-epithet-after-the-named-subject", "Derby\n\nKai Havertz headed the winner.\n\nHavertz, who has now "
     "scored in four straight matches, was named player of the match. \"I just try to help the team,\" the Germany "
     "international told BBC Sport.", "the Germany international", "Kai Havertz", "Kai Havertz"),
    ("role-epithet-of-a-woman", "Vote\n\nThe actress Susan Sarandon said she was tired of the status quo. She "
     "will not vote for Clinton, the actress said.", "the actress", "Susan Sarandon", "The actress Susan Sarandon"),
    ("role-epithet-after-a-place-and-comma", "Strike\n\nRishi Sunak has insisted the government will not be "
     "blackmailed.\n\nSpeaking to broadcasters in Derbyshire, the prime minister said: 'We have made a fair offer.'",
     "the prime minister", "Rishi Sunak", "Rishi Sunak"),
    ("role-epithet-with-its-place", "Crime\n\nRudy Giuliani said the city was safer. \"Crime is down,\" said the "
     "mayor of New York.", "the mayor of New York", "Rudy Giuliani", "Rudy Giuliani"),
    ("role-epithet-with-its-state-after-a-quotation", "Debate\n\n\"Can you really reform Wall Street?\" Bernie "
     "Sanders asked.\n\nThe senator from Vermont said the financial system was \"corrupt.\"",
     "The senator from Vermont", "Bernie Sanders", "Bernie Sanders"),
    ("company-after-its-spokesperson-declined", "Deal\n\nBoeing Co is exploring a sale of its defense unit, people "
     "familiar with the matter said. A Boeing spokesperson declined to comment. \"We don't comment on market "
     "rumors,\" the company said.", "the company", "Boeing", "Boeing"),
    ("company-named-before-its-chief-executive", "Boeing CEO to step down\n\nBoeing Chief Executive Dave Calhoun "
     "will step down at the end of the year, the company said on Monday.", "the company", "Boeing", "Boeing"),
    ("newspaper-after-it-reported", "Charity\n\nThe registration issue was first reported by The Washington Post. "
     "The newspaper has also detailed foundation spending that personally benefited Trump.", "The newspaper",
     "Washington Post", "The Washington Post"),
    ("airline-named-in-the-content", "Crash\n\nAssem, the plane's co-pilot, had logged 2,766 flying hours with "
     "EgyptAir, the airline said Thursday.", "the airline", "EgyptAir", "EgyptAir"),
    ("honorific-and-surname-in-the-content", "Rally\n\nThen she steeled herself for the rally: protesting Mr. "
     "Trump inside it.\n\nThe moment that Ms. Nwanguma held up her signs, supporters ripped them away, she said in "
     "an interview.", "she", "Nwanguma", "Ms. Nwanguma"),
]


@pytest.mark.parametrize(("text", "mention", "name", "antecedent"), [r[1:] for r in COREFERENCE],
                         ids=[r[0] for r in COREFERENCE])
def test_coreference(text: str, mention: str, name: str, antecedent: str) -> None:
    """The last quote's speaker is resolved to the fuller earlier mention."""
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == mention
    assert speaker.name == name
    assert speaker.antecedent is not None and speaker.antecedent.text == antecedent


def test_restrictive_who_speaks_for_the_noun_before_it() -> None:
    """ "critics who say ...": "who" speaks for the shortest noun phrase before it, with its number ("six in 10
    voters"); a participle after it goes on with the sentence's subject, and a "she" after such a sentence is still
    its named subject."""
    quotes = extract_quotes('Talk\n\nPresident Obama rebuked critics who say he should condemn "radical Islamists," '
                            "saying another name will do nothing to defeat the group.")
    assert [(q.speaker.mention.text, q.speaker.name) for q in quotes if q.speaker] == [
        ("who", "critics"), ("President Obama", "Obama")
    ]
    (quote,) = extract_quotes("Poll\n\nAmong Democrats, six in 10 voters who said the economy mattered most backed "
                              "Clinton.")
    assert quote.speaker is not None and quote.speaker.name == "six in 10 voters"
    quotes = extract_quotes('Bank\n\nGovernor Maria Santos has faced criticism from lawmakers who say the bank moved '
                            'too slowly. "I understand the frustration," she said.')
    assert [q.speaker.name for q in quotes if q.speaker] == ["lawmakers", "Maria Santos"]


def test_relative_clause_inside_a_speakers_mention_reports() -> None:
    """ '“...,” said X, who said Y.': the relative clause is a report of its own, "who" standing for X (after a name,
    an age and a home town, the person, not the town), and X's mention ends before it (PolNeAR's source)."""
    quotes = extract_quotes('Vote\n\n"I will vote for Bernie," said Nicky Driscoll, 24, from Manchester, who said '
                            "Sanders is best suited to get corporate money out of government.")
    assert [(q.span.text, q.speaker.mention.text, q.speaker.name) for q in quotes if q.speaker] == [
        ('"I will vote for Bernie,"', "Nicky Driscoll, 24, from Manchester", "Nicky Driscoll"),
        ("Sanders is best suited to get corporate money out of government", "who", "Nicky Driscoll"),
    ]


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("\"I do not think he identifies as a Latino,\" said Lionel Sosa, a Texas media consultant and an influential "
         "Hispanic Republican who said he would not vote for Mr. Cruz.", "he would not vote for Mr. Cruz",
         "Lionel Sosa"),
        ("''You are going to see a variety of tactics,'' said Elizabeth Arnold, 32, a former staff member for the "
         "campaign in Philadelphia who said she planned to demonstrate.", "she planned to demonstrate",
         "Elizabeth Arnold"),
    ],
)
def test_restrictive_relative_inside_a_speakers_description_reports(text: str, content: str, name: str) -> None:
    """ '“...,” said X, a Y who said Z.': the description's relative clause reports too, and its "who" is X (the
    person the description describes, not a place or a noun inside it)."""
    quotes = extract_quotes(text)
    assert [(q.span.text, q.speaker.mention.text, q.speaker.name) for q in quotes[1:] if q.speaker] == [
        (content, "who", name)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"We show anger, we show emotion,\" said Harvey, who acknowledged Trump was his fourth choice for nominee.",
         [("Trump was his fourth choice for nominee", "acknowledged", "Harvey")]),
        ("''Things are moving,'' said Mr. Ekovich, who noted that the price of some golf courses had fallen by half.",
         [("the price of some golf courses had fallen by half", "noted", "Ekovich")]),
        ("\"It will matter,\" said Matt Borges, the state party chairman, who predicted about one-third of the vote "
         "will be cast early.", [("about one-third of the vote will be cast early", "predicted", "Matt Borges")]),
        ("\"It is over,\" said Laurence Meyer, a former governor, who argued with Ms. Brainard at the conference.", []),
    ],
)
def test_relative_report_verbs_inside_a_speakers_mention(text: str, expected: list[tuple[str, str, str]]) -> None:
    """ '“...,” said X, who acknowledged/noted/predicted ...': a report of X's own; not "who argued with Ms. Brainard"
    (a verb and its preposition: no reported clause)."""
    quotes = extract_quotes(text)[1:]
    assert [(q.span.text, q.cue.text if q.cue else None, q.speaker.name if q.speaker else None) for q in quotes] == (
        expected)


def test_restrictive_who_after_a_clause_is_not_the_name_before_it() -> None:
    """ "In New Hampshire, a young woman asked Mrs. Clinton about several women who said ...": the women, not a
    person named New Hampshire."""
    (quote,) = extract_quotes("At a town hall meeting in New Hampshire, a young woman asked Mrs. Clinton about "
                              "several women who said they were harassed by Mr. Clinton.")
    assert quote.speaker is not None and quote.speaker.name == "several women"


def test_sentence_adverb_before_a_title_is_no_name() -> None:
    """ "Perhaps Mr. Comey's ...": an opening adverb and a title are no person's name for a later "he" (the name
    after them is a possessor, so "he" stays unresolved)."""
    quotes = extract_quotes("Emails\n\nPerhaps Mr. Comey's most surprising suggestion was that Mrs. Clinton had used "
                            "her private email while in the territory of what he called ''sophisticated adversaries.''")
    assert [(q.cue.text if q.cue else None, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("called", "he")
    ]


def test_pronoun_inside_a_later_speakers_report_is_not_that_speaker() -> None:
    """In "He promised ..., Frankel said." Frankel reports what "he" promised: the closing attribution's speaker,
    whose mention comes after the pronoun, is no antecedent of it."""
    quotes = extract_quotes("Race\n\nHe promised to win the seat thanks to the family name, which is well known in "
                            "the district, Frankel said.")
    assert [(q.cue.text if q.cue else None, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("said", "Frankel"), ("promised", "He")
    ]


def test_honorific_elsewhere_tells_the_sex() -> None:
    """"President Obama" is written "Mr. Obama" elsewhere in the text: "she" is not him (the text names no woman
    here, so she stays unresolved)."""
    speaker = extract_quotes("Talks\n\nPresident Obama said the deal was done. Critics were not convinced by Mr. "
                             "Obama.\n\nBut she said the vote would be close.")[-1].speaker
    assert speaker is not None and speaker.mention.text == "she" and speaker.antecedent is None


@pytest.mark.parametrize("text", [
    "Rafael Nadal said he was tired. The crowd cheered loudly. \"I need rest,\" the Spaniard added.",
    "Maria Sharapova said she was tired. \"I need rest,\" the Dutchman added.",
    "With millions watching, the Slovenia-born former model spoke. \"He is a leader,\" said the 46-year-old.",
])
def test_epithet_left_unresolved(text: str) -> None:
    """An epithet resolves only to the person just named or the speaker of the sentence before, of its sex."""
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.antecedent is None


@pytest.mark.parametrize("text", [
    "Deal\n\nApple agreed to buy Twitter for $69 billion. \"This is a great day,\" the company said.",
    "Probe\n\nThe drug company faces shareholder lawsuits in the United States and Canada. On Tuesday, the company "
    "said it would not buy back shares.",
    "Markets\n\nThe Dow was held back partly by a drop in shares of Valeant. The company said it would cut costs.",
    "Guns\n\nThe paper was attacked by the NRA on Monday. According to the newspaper, the law had failed.",
    "Russia\n\nThe New York Times reported at the time that RT's editor disagreed. The network said it would fire "
    "no one.",
    "Suit\n\n\"Consumers should not pay more,\" Attorney General Merrick Garland said at a news conference in "
    "Washington.\n\nThe company called the lawsuit \"wrong on the facts and the law.\"",
])
def test_firm_noun_left_unresolved(text: str) -> None:
    """"the company" (the newspaper, the network) stands for a firm named just before only where one firm of its
    kind is named there: not one of two firms ("Apple ... Twitter"), a country, a place ("in Washington"), "The
    Dow", a lobby for "the newspaper" or a newspaper for "the network"."""
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text.lower().startswith("the ") and speaker.antecedent is None


@pytest.mark.parametrize("name", ["Manuel Valls", "Elijah Cummings", "Narendra Modi"])
def test_she_is_not_a_man_the_first_names_list_knows(name: str) -> None:
    """lexicons/first_names.tsv tells the sex of common first names, from several languages."""
    speaker = extract_quotes(f"{name} said the vote was close. Later, she said it was over.")[-1].speaker
    assert speaker is not None and speaker.mention.text == "she" and speaker.antecedent is None


def test_organisation_noun_is_not_a_person_with_that_role() -> None:
    """ "The campaign" after "Nick Merrill, a campaign spokesman," and "the Clinton campaign" is the campaign."""
    text = ("The Clinton campaign said the emails were not classified. Nick Merrill, a campaign spokesman, said the "
            "review was routine. The campaign would not say if Sullivan had been interviewed.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "The campaign"
    assert (speaker.name, speaker.kind) == ("Clinton campaign", SpeakerKind.ORGANIZATION)


def test_role_noun_is_not_the_possessor_in_a_role() -> None:
    """ "The nominee" is not "The nominee's spokesman, Tim Reynolds": the spokesman's role only names the nominee."""
    text = ("The nominee's spokesman, Tim Reynolds, said the concerns were unfounded. The nominee, for his part, has "
            "insisted that he supports conservation.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "The nominee"
    assert speaker.name == "nominee" and speaker.antecedent is None


def test_role_noun_agrees_in_number_and_kind() -> None:
    """ "The authors" are not the study's lead author; "the report" is not the report's authors."""
    text = ("“Move more,” said Dr. Amanda Paluch, the study's lead author. The authors wrote that the findings held "
            "across age groups.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "The authors"
    assert speaker.antecedent is None and speaker.kind is SpeakerKind.GROUP
    text = ("The authors of the report said the firms kept offshore subsidiaries. The report says the rules are weak.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "The report"
    assert speaker.kind is SpeakerKind.DOCUMENT and speaker.antecedent is None


def test_list_of_names_is_no_antecedent_of_one() -> None:
    """A list of three or more is a group: "the company" is the firm before it, and "He" none of the three."""
    text = ("Nvidia results\n\nNvidia said demand was strong.\n\nMicrosoft, Alphabet and Meta have all said they "
            "will keep increasing capital spending.\n\nRevenue rose 112% to $30.8 billion, the company said.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.name == "Nvidia"
    speaker = extract_quotes("Trump, Ryan and Priebus said they would meet. He said the talks went well.")[-1].speaker
    assert speaker is not None and speaker.antecedent is None
    text = "Most Republican voters in Alabama, Georgia and Virginia said they felt betrayed."
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.name.startswith("Most Republican voters")  # not the list of states


def test_honorific_surname_is_not_a_man_named_by_first_name() -> None:
    """ "Mrs. Clinton" is not "Bill Clinton", the only Clinton named before."""
    text = "Clinton book\n\nBill Clinton said he agreed.\n\nOthers disagreed.\n\nMrs. Clinton said it was time."
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "Mrs. Clinton"
    assert speaker.name == "Clinton" and speaker.antecedent is None


def test_plural_role_is_not_one_firm() -> None:
    """ "The companies" after "Eisai, the Japanese company ..." are not Eisai alone."""
    text = ("Drug\n\nEisai, the Japanese company that developed the drug with Biogen, said it would seek approval by "
            "March. The companies did not disclose a price.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "The companies" and speaker.antecedent is None


def test_organisation_is_not_a_group_of_its_members() -> None:
    """ "the FBI" is not "FBI officials"."""
    speaker = extract_quotes("FBI officials said the review was over. The FBI said it would not comment.")[-1].speaker
    assert speaker is not None and speaker.mention.text == "The FBI" and speaker.antecedent is None


def test_role_is_not_a_title_with_another_modifier() -> None:
    """ "the president" is not "Vice President Joseph R. Biden", nor "former President Bill Clinton"."""
    text = ("Museum opens\n\nVice President Joseph R. Biden and former President Bill Clinton attended.\n\nThe "
            "president said the museum told a story of resilience.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "The president" and speaker.antecedent is None


def test_surname_before_the_full_name_is_that_person() -> None:
    """A bare surname that no earlier speaker explains is the one person a later speaker names in full with it; not
    where two people with that surname speak."""
    text = ("Virginia\n\nAs he welcomed guests, Scott (D-Va.) said: \"This is a big year!\"\n\nBobby Scott said he "
            "would decide soon.")
    first = extract_quotes(text)[0].speaker
    assert first is not None and first.name == "Bobby Scott" and first.antecedent is not None
    text += "\n\nTim Scott said he would not run."
    first = extract_quotes(text)[0].speaker
    assert first is not None and first.name == "Scott" and first.antecedent is None


def test_mr_surname_is_not_a_woman_named_before() -> None:
    """"Mr. Trump" is not "Ivanka Trump", the only Trump written in full before him."""
    text = "Jets\n\nIvanka Trump toured the plane in 2011.\n\n\"It is like a new plane,\" Mr. Trump said."
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.name == "Trump" and speaker.antecedent is None


def test_he_is_not_a_woman_a_bare_surname_resolves_to() -> None:
    """"Lazar had no training. He told ..." is not Lazar's wife, the one Lazar who spoke before: left unresolved
    rather than given to anyone else."""
    text = ("Hacker\n\n\"We need him,\" his wife, Gabriela Violeta Lazar, wrote in a letter to the court.\n\n"
            "A high school graduate, Lazar had no formal training. He told the Times that he guessed passwords.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "He" and speaker.antecedent is None


def test_name_at_the_very_end_of_the_input() -> None:
    """A name that ends the input is looked up without reading past its end (found by the perturbed-news test)."""
    text = ("The Latest: Trump urges supporters to monitor polling places.\n\nWASHINGTON (AP) — The Latest on the U.S. "
            "presidential race (all times EDT):\n\n7 p.m.\n\nDonald Trump")
    article = parse_article(text)
    assert [q.speaker.name for q in article.quotes if q.speaker] == ["Trump"]  # the headline's speaker


def test_role_noun_inside_a_longer_word_is_no_match() -> None:
    """"the man" is not "the chairman of the party", whose description holds "man" inside a word."""
    text = ("Germany\n\nThe chairman of the Pirate Party said the ruling was fair.\n\nThe man had posted on "
            "Facebook that refugees should leave, the court said.\n\n\"We are celebrating!\" the man posted later.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "the man" and speaker.name != "chairman of the Pirate Party"


def test_role_with_a_portfolio_is_not_another_ministers() -> None:
    """ "the Prime Minister" is not "Robert Jenrick, the former immigration minister"."""
    text = ("Rebels\n\nFormer immigration minister Robert Jenrick said it was a gamble.\n\nSpeaking to reporters, the "
            "Prime Minister insisted: \"This bill will work.\"")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "the Prime Minister" and speaker.antecedent is None


def test_one_of_them_is_a_member_of_the_group_before() -> None:
    """ "One of them" after three unnamed officials is one of them, unnamed too, and no source of its own name."""
    text = ("The administration is preparing sanctions, three U.S. officials said. One of them said the package "
            "would target shipping firms.")
    article = parse_article(text)
    speaker = article.quotes[-1].speaker
    assert speaker is not None and speaker.mention.text == "One of them"
    assert (speaker.name, speaker.anonymous, speaker.antecedent) == ("one of three U.S. officials", True, None)
    assert [s.name for s in article.sources] == ["three U.S. officials", "one of three U.S. officials"]


def test_one_and_another_speak_for_themselves() -> None:
    """ "“...,” one said" is one of the group that spoke in its paragraph, not the speaker before; with no group
    there, it stays "one" (never the last speaker)."""
    text = ("Talks\n\nThree officials said the talks had failed. “It is over,” one said. “We tried,” another said.\n\n"
            "Fans flooded her comments. “We love you,” one wrote.")
    quotes = extract_quotes(text)
    assert [(q.speaker.mention.text, q.speaker.name) for q in quotes if q.speaker] == [
        ("Three officials", "Three officials"), ("one", "one of three officials"),
        ("another", "another of three officials"), ("one", "one"),
    ]


def test_name_modifying_a_noun_is_no_antecedent() -> None:
    """ "Former Obama operatives": a name before a speaker noun modifies it; "he" does not resolve to Obama."""
    text = ("Clinton backers\n\nFormer Obama operatives, who see Clinton as the likeliest heir, back her bid.\n\n"
            "“Too forced?” he tweeted.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.antecedent is None and speaker.name == "he"


def test_pronoun_in_a_leading_concessive_clause_is_the_main_speaker() -> None:
    """ "Though he said ..., John Smith said ...": the pronoun looks ahead to the main clause's named speaker."""
    text = ("Party slate\n\nAnn Lee runs the county party.\n\nThough he said the slate grew, John Smith said none "
            "were added.")
    speaker = extract_quotes(text)[0].speaker
    assert speaker is not None and speaker.mention.text == "he" and speaker.name == "John Smith"


def test_unnamed_noun_after_a_named_speaker_stays_unresolved() -> None:
    """ "the people" right after a named speaker's report is not linked to an earlier unnamed group."""
    text = ("The members wrote that they were gravely concerned. Eggleston said it could hurt the strategy. "
            "Eggleston had little time, the people said.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "the people"
    assert speaker.antecedent is None


def test_sources_merge_mentions() -> None:
    """A source gathers its full name, surname and pronoun mentions and all its quotes, in order."""
    text = ("Rep. Jerry Nadler, a Democrat from New York, said the letter was improper. "
            "Nadler said it broke the rules. He added that he would ask for a hearing. "
            "Two aides said the hearing was unlikely.")
    sources = attribute_sources(text)
    assert [s.name for s in sources] == ["Jerry Nadler", "Two aides"]
    nadler = sources[0]
    assert len(nadler.quotes) == 3 and nadler.titles == ("Rep.",)
    assert nadler.descriptions == ("a Democrat from New York",)
    assert [m.text for m in nadler.mentions][:2] == ["Rep. Jerry Nadler, a Democrat from New York,", "Nadler"]
    assert sources[1].anonymous and sources[1].count == 2


def test_writer_is_one_source() -> None:
    """Every "I" that reports outside quotation marks is the writer: one source with all its reports."""
    text = "I said the plan would fail. Smith disagreed, saying it would work. I wrote last year that it was doomed."
    assert [(s.name, len(s.quotes)) for s in attribute_sources(text)] == [("I", 2), ("Smith", 1)]


def test_unnamed_groups_stay_separate() -> None:
    """Two unnamed groups the text does not link are two sources."""
    text = "Two officials said the talks failed. Several diplomats said a deal was near."
    assert len(attribute_sources(text)) == 2


@pytest.mark.parametrize(
    ("text", "name", "antecedent"),
    [
        ("The loss was steep for Mr. Sanders, who said he intended to get ''recharged and take a day off.''",
         "Sanders", "Mr. Sanders"),
        ("Then there was the conservative radio host Charlie Sykes, who said the media had been demonized.",
         "Charlie Sykes", "the conservative radio host Charlie Sykes"),
        ("Scott Reed, the Chamber's chief political strategist, who added that his group plans to focus on local "
         "issues.", "Scott Reed", "Scott Reed, the Chamber's chief political strategist"),
        ("The group met in Columbia.\n\nGraham, who says the plan will fail, left early.", "Graham", "Graham"),
        ("Candidates such as Sen. Marco Rubio of Florida, who argued that the deal was a disaster, objected.",
         "Marco Rubio", "Sen. Marco Rubio of Florida"),
        ("Alan Berger, a gynecologist, who said he is friendly with the Kushners, left early.", "Alan Berger",
         "Alan Berger, a gynecologist"),
        ("He met Alan Berger, a gynecologist from Englewood, New Jersey, who said he is friendly with the Kushners.",
         "Alan Berger", "Alan Berger, a gynecologist from Englewood, New Jersey"),
        ("The plan was backed by Sen. Dianne Feinstein of California, the ranking Democrat on the committee, who said "
         "none of the emails originated with Clinton.", "Dianne Feinstein",
         "Sen. Dianne Feinstein of California, the ranking Democrat on the committee"),
    ],
)
def test_relative_who_speaks_for_its_antecedent(text: str, name: str, antecedent: str) -> None:
    """ "X, who said ...": the mention is "who" (as PolNeAR marks it), named by the phrase before its comma, within
    its sentence."""
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.mention.text == "who"
    assert quote.speaker.name == name
    assert quote.speaker.antecedent is not None and quote.speaker.antecedent.text == antecedent


def test_reflexive_is_not_part_of_the_name() -> None:
    """ "Trump himself told reporters ...": the mention keeps "himself", the name does not."""
    speaker = extract_quotes("Trump himself told reporters the deal was on.")[0].speaker
    assert speaker is not None and (speaker.mention.text, speaker.name) == ("Trump himself", "Trump")


def test_coordinated_cue_keeps_its_own_pronoun() -> None:
    """ "X said A, but he also warned B": the second report's mention is "he" (as PolNeAR marks it), resolved
    to X."""
    text = "Ash Carter said the approach remained strong, but he also warned China against provocative behavior."
    second = extract_quotes(text)[1]
    assert second.cue is not None and second.cue.text == "warned"
    assert second.speaker is not None and second.speaker.mention.text == "he"
    assert second.speaker.name == "Ash Carter"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Scientists have found evidence of water, a discovery they say could reshape the search for life.",
         "Scientists"),
        ("Researchers at Oxford published the data on Monday. They said the results were clear.",
         "Researchers at Oxford"),
        ("McConnell aides acknowledged a collaborative relationship with the administration on Burma. But they "
         "emphasized that the sanctions got results.", "McConnell aides"),
        ("They live a five-minute drive apart. So they threaten to split the vote.", "they"),
        ("Trump met the senators. They said the talks went well.", "They"),
    ],
    ids=["own-sentence-subject", "sentence-before", "sentence-before-reports-nothing", "not-another-pronoun",
         "not-an-object"],
)
def test_they_with_no_earlier_speaker_is_the_group_named_as_subject(text: str, name: str) -> None:
    """A "they" no earlier speaker explains stands for the group that is the subject of its sentence (before it) or
    of the sentence right before; not for an object ("met the senators"), nor for another pronoun."""
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == name


def test_quantifier_subject_is_a_group_no_pronoun_resolves_to() -> None:
    """ "Some said ..." is a group; a later "she" or "he" does not resolve to it."""
    quotes = extract_quotes("Some said the plan would fail. Clinton disagreed. She said the plan would work.")
    assert quotes[0].speaker is not None and quotes[0].speaker.kind is SpeakerKind.GROUP
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name != "Some"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the sentence before is about a place, a quotation or a group: the last speaker stays
        ("Hillary Clinton said she would win. Florida is one of the quintessential swing states. "
         "“We know we've got work to do,” she told the crowd.", "Hillary Clinton"),
        ("Donald Trump said he would not change. In Just the Way You Are, Billy Joel sings, “Don't go changing.” "
         "Just ask him. “You think I'm going to change?” he said.", "Donald Trump"),
        ("Bernie Sanders said the race was close. Many Democrats are worried about turnout. "
         "“We have come a long way,” he told supporters.", "Bernie Sanders"),
    ],
    ids=["place-subject", "word-written-in-lower-case-elsewhere", "group-subject"],
)
def test_pronoun_keeps_the_last_speaker_after_a_sentence_about_no_person(text: str, name: str) -> None:
    """"he"/"she" is the named subject of the sentence before only when that subject is a person's name."""
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "To give you the tenor of the interview, Trump went on to promote “Celebrity Apprentice,” note that he had"
        " just bought the Old Post Office building in Washington, D.C., and boast about his golf club.",
        "A lot of people didn’t like the phrase “self-deportation.” Why not just say: “They’ll go home the same way"
        " they came”?",
    ],
    ids=["verb-and-its-clause", "question-word"],
)
def test_no_speaker_phrase(text: str) -> None:
    """A verb with its clause ("note that ...") or a question word ("Why not just say") names no speaker."""
    for quote in extract_quotes(text):
        assert quote.speaker is None or quote.speaker.mention.text.split()[0] not in {"note", "Why"}


def test_pronoun_is_not_resolved_to_a_person_of_the_other_sex() -> None:
    """A first name or an honorific that tells a person's sex keeps "he" from resolving to "Maria Lopez"."""
    speaker = extract_quotes("Sen. Maria Lopez said the bill would pass. He said the measure did nothing.")[-1].speaker
    assert speaker is not None and speaker.mention.text == "He" and speaker.name != "Maria Lopez"


def test_he_is_not_a_woman_named_before() -> None:
    """The first-name list tells "Colette" and "Rachel" are women's names: "he" is not resolved to them, "she" is."""
    article = extract_quotes("Earnings\n\nChief Financial Officer Colette Kress said supply would improve. He said the "
                             "chips were sold out.")
    assert article[-1].speaker is not None and article[-1].speaker.name != "Colette Kress"
    article = extract_quotes("Rachel Berg, a philanthropist, called Carson a special person. She said he was kind.")
    assert article[-1].speaker is not None and article[-1].speaker.name == "Rachel Berg"


def test_appositive_name_keeps_its_employer_not_its_home_town() -> None:
    """The organisation after a name in an appositive is its affiliation; a home town is not."""
    (quote,) = extract_quotes("The study's lead author, Lijing Cheng of the Chinese Academy of Sciences, said the "
                              "trend was clear.")
    assert quote.speaker is not None and quote.speaker.affiliation == "Chinese Academy of Sciences"
    (quote,) = extract_quotes("Another superdelegate, Michael Brown of Washington, D.C., said he was undecided.")
    assert quote.speaker is not None and (quote.speaker.name, quote.speaker.affiliation) == ("Michael Brown", None)
    (quote,) = extract_quotes("Trump's rivals, Sens. Ted Cruz of Texas and Marco Rubio of Florida, said he should "
                              "release the tapes.")
    assert quote.speaker is not None and quote.speaker.kind is SpeakerKind.GROUP


def test_pronoun_skips_a_role_of_the_other_sex_and_a_place() -> None:
    """"he" is not a spokeswoman; "she" is not a place named after "the" ("the Middle East")."""
    quotes = extract_quotes("Flood\n\nA spokeswoman for the mayor said the city was ready.\n\n“This is a disaster,” "
                            "he told The Times.")
    assert [(q.speaker.mention.text, q.speaker.antecedent) for q in quotes if q.speaker][-1] == ("he", None)
    (quote,) = extract_quotes("Refugees\n\nMany Germans are alarmed by the rhetoric toward refugees fleeing war in "
                              "the Middle East.\n\nHer countrymen, she said, should not listen to those with hate in "
                              "their hearts.")
    assert quote.speaker is not None and quote.speaker.antecedent is None


@pytest.mark.parametrize(
    "text",
    [
        # the person asked answers, not the one asking
        "Debate\n\nModerator Gerard Baker asked Marco Rubio about tax credits. The Florida senator said families "
        "come first.",
        # a role's modifier the person's description lacks: "the former president" is not Jeb Bush
        "Bush\n\nJeb Bush brought his brother to New Hampshire on Monday. “Labels are for soup cans,” the former "
        "president told the crowd.",
        # roles beside the person a story is about bring in someone new
        "Ad\n\nRep. Ann Kirkpatrick released a web ad on Monday. “We need leaders,” the narrator says.",
        # an epithet of a woman is not the man who just spoke
        "Rally\n\nJohn Smith said the rally was loud. The actress said she had never seen such a crowd.",
        # another name in the epithet's own sentence: the epithet may be that person, not the last speaker
        "Ali\n\nThe Rev. Derek Penwell said the world had lost a voice. Before his death, Ali rebuked Trump when the "
        "businessman turned politician called for a ban.",
    ],
    ids=["asked", "former-needs-former", "narrator", "other-sex", "another-name-before"],
)
def test_role_epithet_left_unresolved(text: str) -> None:
    """A definite role that names no one ("the Florida senator") stands for the person just named only where
    nothing says it is someone else."""
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text.lower().startswith("the ")
    assert speaker.antecedent is None


def test_the_firm_noun_is_no_outlet_named_after_the() -> None:
    """ "the airline" after "The Guardian reported ...": a name that takes "the" is an outlet or an institution,
    not the brand a firm noun refers back to."""
    text = ("Crash\n\nThe Guardian reported that the plane crashed into the sea. The co-pilot had logged 2,766 flying "
            "hours, the airline said.")
    quotes = extract_quotes(text)
    assert quotes[0].speaker is not None and quotes[0].speaker.kind is SpeakerKind.ORGANIZATION
    speaker = quotes[-1].speaker
    assert speaker is not None and speaker.mention.text == "the airline"
    assert speaker.antecedent is None


def test_headline_document_is_the_one_the_body_cites() -> None:
    """ "..., report finds" in the headline is the report the body cites ("a new report from the Reserve Bank"): one
    source for both."""
    article = parse_article("Home prices have hit a record high, report finds\n\nAustralia's housing affordability "
                            "has hit its worst level in three decades, according to a new report from the Reserve "
                            "Bank.")
    headline = article.quotes[0].speaker
    assert headline is not None and headline.mention.text == "report"
    assert headline.antecedent is not None and headline.antecedent.text == "a new report from the Reserve Bank"
    assert [s.name for s in article.sources] == ["new report from the Reserve Bank"]


def test_determiner_before_a_surname_is_no_first_name() -> None:
    """"Another Clinton ally" names no person "Another Clinton": a later "Clinton" is the Clinton named in full."""
    text = ("Emails\n\nHillary Clinton was in Iowa on Friday.\n\nAnother Clinton ally, Agriculture Secretary Tom "
            "Vilsack, told MSNBC the timing was suspect.\n\n\"I think it's great,\" Clinton said at a town hall.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.name == "Hillary Clinton"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Democrats supporting Mrs. Clinton have pointed to Senators Harry Reid and Elizabeth Warren as peacemakers.",
         "Democrats supporting Mrs. Clinton"),
        ("One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said he had made 150 calls.",
         "Darran Whiting"),
        ("Republicans loyal to Mr. Trump said the rules were rigged.", "Republicans loyal to Mr. Trump"),
    ],
)
def test_group_backing_a_person_is_not_that_person(text: str, name: str) -> None:
    """ "Democrats supporting Mrs. Clinton": a group named by whom it backs, not Mrs. Clinton with a title."""
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Speaker Paul D. Ryan, who was reluctant to endorse Mr. Trump, was more direct in his remarks over the "
         "party's rift - what he called ''our arguments this year.''", "Paul D. Ryan"),
        ("''We will win,'' said Rafael Cruz, a pastor.\n\nSenator Marco Rubio of Florida is airing a new TV ad in the "
         "state, in which he declares, ''The purpose of our life is to cooperate with God's plan.''", "Marco Rubio"),
    ],
)
def test_pronoun_after_what_or_which_is_the_sentences_subject(text: str, name: str) -> None:
    """ "X ... - what he called “...”", "X is airing an ad, in which he declares ...": "he" is the sentence's
    named subject, not whoever spoke before."""
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "he" and speaker.name == name


def test_pronoun_is_not_a_name_its_words_are_about() -> None:
    """ "... a falsehood by Mr. Trump, he said, ...": a name a preposition governs inside what "he" says is whom the
    words are about, not who "he" is; with no one else named, "he" stays unresolved."""
    speaker = extract_quotes("Therefore any attempt to debunk a falsehood by Mr. Trump, he said, becomes hopeless.")[
        -1
    ].speaker
    assert speaker is not None and speaker.mention.text == "he" and speaker.name == "he"


def test_relative_clause_then_a_predicate_is_no_speaker() -> None:
    """ "Ms. Nwanguma, 21, who is black, held up her signs, ...": the relative clause closes and her own predicate
    follows, so the words up to a later participle are a clause, not a speaker's mention."""
    assert not looks_like_speaker("Ms. Nwanguma, 21, who is black, held up her signs, supporters ripped them away")
    assert looks_like_speaker("Ms. Nwanguma, 21, who is black,")


def test_a_place_with_its_state_is_no_antecedent() -> None:
    """ "... at HP's headquarters in Palo Alto, Calif. ... he said ...": a town named with its state is no
    person a later "he" could be (nor is a single surname one the nearby names are read for)."""
    text = (
        'The merger came from HP\'s longest-serving director, George "Jay" Keyworth. In late 2000, Keyworth rushed to '
        "meet with Fiorina at HP's headquarters in Palo Alto, Calif., to discuss his brainstorm.\n\nKeyworth was one "
        "of the more trusted minds on HP's board, and he was so fired up about a deal's potential he said she should "
        "call Compaq's chief right away."
    )
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "he" and speaker.name == "he"


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Lawyers for the workers, as well as several labor unions, said they would appeal.",
         "Lawyers for the workers, as well as several labor unions,", "Lawyers for the workers"),
        ("Fields, along with Washington Post reporter Ben Terris, say the police did nothing.",
         "Fields, along with Washington Post reporter Ben Terris,", "Fields"),
        ("Mrs. Clinton herself, as well as her campaign, has always maintained that the server was secure.",
         "Mrs. Clinton herself, as well as her campaign,", "Clinton"),
    ],
)
def test_speakers_added_by_along_with_or_as_well_as(text: str, mention: str, name: str) -> None:
    """ "X, along with Y, said": both speak, so the mention holds the added speakers (as PolNeAR marks the
    source), and the name is the subject's; "as well as" is no subordinator "as"."""
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and (speaker.mention.text, speaker.name) == (mention, name)


def test_an_added_speaker_aside_holds_no_predicate() -> None:
    """ "X, along with Y, also wrote to Lynch, urging ...": the words up to the participle hold a verb, so they
    are no speaker's mention."""
    assert not looks_like_speaker(
        "senior Democrats, along with top congressional leaders representing minority groups, also wrote to Lynch,"
    )
    assert looks_like_speaker("senior Democrats, along with top congressional leaders representing minority groups,")


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ('The measure was opposed by the ACLU, which called it "unconstitutional on its face and dangerous."',
         'it "unconstitutional on its face and dangerous."', "ACLU"),
        ("The suit was filed by business groups, including the U.S. Chamber of Commerce, which called the ruling "
         '"a win for small businesses."', 'the ruling "a win for small businesses."', "U.S. Chamber of Commerce"),
        ('The ACLU, which called it "unconstitutional on its face and dangerous," sued on Monday.',
         'it "unconstitutional on its face and dangerous,"', "ACLU"),
        ('The ACLU, which said the law was "unconstitutional on its face," sued on Monday.',
         'the law was "unconstitutional on its face,"', "ACLU"),
    ],
)
def test_which_naming_with_a_quotation_reports(text: str, content: str, name: str) -> None:
    """ "the ACLU, which called it “...”": a body's relative clause that names something in quotation marks
    reports its words, and a relative clause set off before the main verb ends after its quotation's mark."""
    quotes = extract_quotes(text)
    assert [(q.span.text, q.cue.text if q.cue else None) for q in quotes][-1][0] == content
    speaker = quotes[-1].speaker
    assert speaker is not None and speaker.mention.text == "which" and speaker.name == name


def test_industry_noun_stands_for_a_one_word_firm() -> None:
    """ "Ford will cut 3,800 jobs, the carmaker said": "Ford" reads as a surname alone, but an industry noun stands
    for a firm, and a later "the company" is the same firm; a name the text writes after a first name stays a
    person's, and "the company" alone is not read as the content's subject."""
    text = (
        "Ford will cut 3,800 jobs in Europe, the carmaker said on Tuesday. Most of the cuts will fall in Germany, "
        "the company said. \"This was a difficult decision,\" said Martin Sander, the head of Ford's European "
        "business."
    )
    names = [(q.speaker.mention.text, q.speaker.name, q.speaker.kind) for q in extract_quotes(text) if q.speaker]
    assert names[:2] == [
        ("the carmaker", "Ford", SpeakerKind.ORGANIZATION), ("the company", "Ford", SpeakerKind.ORGANIZATION)
    ]
    person = "Elon Musk founded the firm. Musk will step down as chief, the carmaker said."
    assert [q.speaker.name for q in extract_quotes(person) if q.speaker] == ["carmaker"]
    assert [q.speaker.name for q in extract_quotes("Sales fell 20 percent, the company said.") if q.speaker] == [
        "company"
    ]


def test_pronoun_after_an_unnamed_person_introduced_by_role() -> None:
    """ "A Ford spokeswoman declined to comment. She said ...": "she" is the spokeswoman the sentence before
    introduces, unnamed (and so an unnamed source), not left unresolved."""
    speaker = extract_quotes(
        "A Ford spokeswoman declined to comment on Tuesday. She said talks with unions would begin next month."
    )[-1].speaker
    assert speaker is not None and speaker.mention.text == "She"
    assert speaker.antecedent is not None and speaker.antecedent.text == "A Ford spokeswoman"
    assert speaker.anonymous


def test_appositive_that_names_the_subject() -> None:
    """ "Her neighbour, a retired teacher named Bill Harris, tells a similar story. He says ...": the appositive
    names the neighbour, and "he" is Bill Harris; a doctor's specialty heads a speaker phrase ("That pediatrician,
    Dr. Mona Hanna-Attisha, is blunt ... “...,” she tells me")."""
    text = (
        "Her neighbour, a retired teacher named Bill Harris, tells a similar story. He says the city ignored "
        "complaints for months.\n\nThat pediatrician, Dr. Mona Hanna-Attisha, is blunt about what went wrong. "
        '"This was a man-made disaster," she tells me.'
    )
    assert [q.speaker.name for q in extract_quotes(text) if q.speaker] == ["Bill Harris", "Mona Hanna-Attisha"]
    mention = "Her neighbour, a retired teacher named Bill Harris"
    speaker = analyse_mention(mention, 0, len(mention))
    assert speaker is not None
    assert (speaker.name, speaker.title, speaker.description) == ("Bill Harris", "Her neighbour", "a retired teacher")


def test_one_of_them_after_a_counted_group_that_reported_nothing() -> None:
    """ "But two U.S. officials familiar with the intelligence disputed that account. One of them said ...": "one of
    them" is one of the two officials (an unnamed source), though their own sentence reports no words."""
    text = ("But two U.S. officials familiar with the intelligence disputed that account. One of them said the warning "
            'had been "specific and credible."')
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "One of them"
    assert speaker.name == "one of two U.S. officials" and speaker.anonymous


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ('"We will respond," said Ayatollah Ali Khamenei.', "Ali Khamenei", "Ayatollah"),
        ("Taoiseach Simon Harris said the election would be held in November.", "Simon Harris", "Taoiseach"),
        ("Grand Mufti Shawki Allam said the ruling was final.", "Shawki Allam", "Grand Mufti"),
    ],
)
def test_religious_and_national_titles(text: str, name: str, title: str) -> None:
    """Titles of other countries' offices and faiths ("Ayatollah", "Taoiseach", "Mufti") are no part of the name."""
    speaker = extract_quotes(text)[0].speaker
    assert speaker is not None and (speaker.name, speaker.title) == (name, title)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gov. Mark Dayton said turnout would be high. Sen. Bernie Sanders drew cheers in Iowa on Monday, when he "
         "told supporters that the race was far from over.", "Bernie Sanders"),
        ("Gov. Mark Dayton said turnout would be high. Sen. Bernie Sanders is trailing but has invested a lot of time "
         "in Minnesota, where he says he can win.", "Bernie Sanders"),
        ("Conservative radio host Hugh Hewitt asked Donald Trump about statements he had made the previous night, "
         "when he claimed Obama was the founder of the group.", "Donald Trump"),
    ],
)
def test_pronoun_after_a_subordinator_is_the_sentences_subject(text: str, name: str) -> None:
    """ "X drew cheers ..., when he told ...": "he" after a comma and "when" (or "where", "as", ...) is the
    sentence's named subject; not where the clause before it has a "he" of its own ("statements he had made ...,
    when he claimed": that one goes on)."""
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "he" and speaker.name == name


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("As many as 40 percent of Clinton voters say they would consider a third party.",
         "As many as 40 percent of Clinton voters"),
        ("Polls show as many as 30 percent of Mr. Sanders's backers say they will not vote for Mrs. Clinton.",
         "as many as 30 percent of Mr. Sanders's backers"),
        ("As few as two senators said they would vote against the bill.", "As few as two senators"),
        ("Up to 30 residents said they had been evacuated overnight.", "Up to 30 residents"),
        ("Just shy of half, 49%, say the sharing economy reflects an improvement.", "Just shy of half, 49%,"),
        ("Just over a quarter, 26 percent, say they will vote for someone else.", "Just over a quarter, 26 percent,"),
    ],
)
def test_approximate_count_opens_the_group(text: str, mention: str) -> None:
    """ "as many as 40 percent of voters", "up to 30 residents": the approximation is part of the group's mention
    (the "as" is no subordinator, "Up" no name)."""
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == mention
    assert speaker.name == mention.split(",")[0] and speaker.kind is SpeakerKind.GROUP


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The film opened on Friday. “It was great,” the “Avatar” star said.", "the “Avatar” star"),
        ('"It was great," said the "Avatar" star.', 'the "Avatar" star'),
        ("The “Avatar” star said the film had been a risk.", "The “Avatar” star"),
        ("Washington, star of television’s “Scandal,” said the order was overdue.",
         "Washington, star of television’s “Scandal,”"),
        ('"You get your house ready for a party," Paris, who used to work on Capitol Hill, said about the activity.',
         "Paris, who used to work on Capitol Hill,"),
    ],
)
def test_one_word_quoted_title_inside_a_speaker(text: str, mention: str) -> None:
    """A one-word title in quotation marks after a determiner or a possessive ("the “Avatar” star", "television’s
    “Scandal,”") is part of the speaker's phrase, not a quotation that ends it; and a place-like name before an
    appositive role with no article ("Washington, star of ...") or a relative clause on "who" ("Paris, who ...")
    is a person, not where the sentence happens."""
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == mention


def test_surname_is_no_group_named_after_its_bearer() -> None:
    """ "Petraeus" is David Petraeus, not "one of the former prosecutors for David Petraeus", whose phrase merely
    ends with his name."""
    text = ("David Petraeus resigned in 2012. One of the former prosecutors for David Petraeus said the two cases "
            "were quite different. Petraeus acknowledged he knew the information was highly classified.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "Petraeus" and speaker.name == "David Petraeus"


@pytest.mark.parametrize(
    "sentence",
    ['"We will leave the EU," May said.', "May said the deal was the best available.",
     "May told MPs the deal was the best available.", "May insisted her deal was the best available."],
)
def test_surname_spelled_like_a_modal_speaks(sentence: str) -> None:
    """ "May said", "May told MPs": a name spelled like a modal, since a past or present form follows it (a modal
    takes the base form: "May say"), and resolved to the person the article names."""
    quotes = extract_quotes(f"Prime Minister Theresa May faced a revolt on Tuesday. {sentence}")
    assert [(q.speaker.mention.text, q.speaker.name) for q in quotes if q.speaker] == [("May", "Theresa May")]


def test_modal_before_a_base_form_is_no_name() -> None:
    """ "May say": a modal and its verb, no speaker named May."""
    quotes = extract_quotes("The talks have stalled. May say the deal is dead, and others disagree.")
    assert all(q.speaker is None or q.speaker.mention.text != "May" for q in quotes)


@pytest.mark.parametrize(("full", "surname"), [("Kristen Day", "Day"), ("Greg Winter", "Winter")])
def test_surname_spelled_like_a_time_word_speaks(full: str, surname: str) -> None:
    """ "Day said" after "Kristen Day": a time word is her surname where the article writes it after a first
    name (it is no speaker otherwise: "said Tuesday")."""
    text = (f"{full} spoke at the rally on Tuesday. {surname} said the platform is hurting the party. "
            f'"It is wrong," {surname} said.')
    assert [(q.speaker.mention.text, q.speaker.name) for q in extract_quotes(text) if q.speaker] == [
        (surname, full), (surname, full)
    ]


@pytest.mark.parametrize(
    "text",
    ["Shares of the company fell 5% after it cut its forecast, citing weak demand in China.",
     "Oil prices jumped 4 percent on Monday, reflecting fears of a wider war."],
)
def test_what_a_market_trades_is_no_speaker(text: str) -> None:
    """ "Shares ... fell ..., citing ...": shares and prices speak for no one; the participle gets no speaker
    rather than a wrong one."""
    assert all(q.speaker is None or q.speaker.mention.text.split()[0] not in {"Shares", "Oil"}
               for q in extract_quotes(text))


def test_role_title_does_not_override_the_sex_a_first_name_tells() -> None:
    """ "Its chief executive, John Stumpf," is a man (his first name says so), though "executive" tells no sex:
    "She" after him is the woman named before."""
    text = ("Senator Elizabeth Warren criticized the bank. Its chief executive, John Stumpf, defended the practices. "
            "She said he should resign.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.name == "Elizabeth Warren"


def test_document_about_a_topic_is_one_speaker_phrase() -> None:
    """ "A report about the integration of immigrants issued ... by the OECD": "about" postmodifies a document, so
    the whole phrase speaks (it had been cut to "Development", the name after its last "and")."""
    text = ("A report about the integration of immigrants issued over the summer by the Organization for Economic "
            "Cooperation and Development noted that a fifth of the immigrants were unemployed.")
    speaker = extract_quotes(text)[0].speaker
    assert speaker is not None and speaker.mention.text.startswith("A report about")
    assert speaker.kind.value == "document"


@pytest.mark.parametrize("phrase", ["calling Yahoo News", "contradicting Trump", "including The Washington Post"])
def test_participle_with_its_object_is_no_speaker(phrase: str) -> None:
    """ "calling Yahoo News", "contradicting Trump": a participle and its object name no speaker."""
    from newsclaims.cues.speaker_phrases import looks_like_speaker

    assert not looks_like_speaker(phrase) and not looks_like_speaker(phrase, strict=False)


def test_group_with_an_including_aside_speaks() -> None:
    """ "Several fact checkers, including The Washington Post, have pointed out ...": the group speaks."""
    text = ("Several fact checkers, including The Washington Post, have pointed out that Comey said only that her "
            "statements were truthful.")
    speaker = extract_quotes(text)[0].speaker
    assert speaker is not None and speaker.name == "Several fact checkers"


def test_possessor_of_a_claim_is_no_antecedent() -> None:
    """ "he" after "Trump's claim that ..." is still the man who spoke before: a possessor named in passing is no
    antecedent of a pronoun."""
    text = ('Khizr Khan spoke at the convention on Thursday. "He has sacrificed nothing," Khan said. He rejected '
            "Trump's claim that the family had been silenced by the campaign. \"We will not be silent,\" he told "
            "reporters.")
    speaker = extract_quotes(text)[-1].speaker
    assert speaker is not None and speaker.mention.text == "he" and speaker.name == "Khizr Khan"


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        ("A spokeswoman for the State Department, Jen Psaki, said the talks would resume.", "State Department"),
        ("An analyst at Bernstein, Stacy Rasgon, said the shares were cheap.", "Bernstein"),
        ("His best friend at Lehigh, Bruce Turry, said he was often angry.", None),
        ("UMWA Director of Government Affairs Phil Smith said the bill would pass.", None),
    ],
)
def test_affiliation_in_the_role_before_a_name(text: str, affiliation: str | None) -> None:
    """ "A spokeswoman for the State Department, Jen Psaki,": the organisation in the role that names her is her
    affiliation; not a relation's ("his best friend at Lehigh") nor an office's ("Director of Government
    Affairs")."""
    speaker = extract_quotes(text)[0].speaker
    assert speaker is not None and speaker.affiliation == affiliation
