"""Golden table: datelines of the wire services and outlets, and openings that have none."""

from __future__ import annotations

import pytest

from newsclaims import parse_article

BODY = " The committee met on Tuesday to discuss the budget, officials said."

# (id, opening, location, region, agency, date)
POSITIVE = [
    # --- press-release wires, with the year
    ("pr-newswire", "NEW YORK, Dec. 9 /PRNewswire/ --", "NEW YORK", None, "PR Newswire", "Dec. 9"),
    ("pr-newswire-year", "SAN FRANCISCO, March 4, 2024 /PRNewswire/ --", "SAN FRANCISCO", None, "PR Newswire",
     "March 4, 2024"),
    ("globe-newswire", "BOSTON, Feb. 1, 2024 (GLOBE NEWSWIRE) --", "BOSTON", None, "GlobeNewswire", "Feb. 1, 2024"),
    ("cnw", "TORONTO, Jan. 5, 2024 /CNW/ -", "TORONTO", None, "CNW", "Jan. 5, 2024"),
    # --- Associated Press
    ("ap-plain", "WASHINGTON (AP) —", "WASHINGTON", None, "AP", None),
    ("ap-region", "KYIV, Ukraine (AP) —", "KYIV", "Ukraine", "AP", None),
    ("ap-underscore", "SAN DIEGO _", "SAN DIEGO", None, None, None),
    # --- UPI
    ("upi-state-date", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —", "HEMPSTEAD", "N.Y.", "UPI", "Sept. 26"),
    # --- Reuters
    ("reuters-date", "WASHINGTON, May 8 (Reuters) -", "WASHINGTON", None, "Reuters", "May 8"),
    ("reuters-no-place", "April 12 (Reuters) -", None, None, "Reuters", "April 12"),
    ("reuters-two-places", "WASHINGTON/NEW YORK (Reuters) -", "WASHINGTON/NEW YORK", None, "Reuters", None),
    # --- AFP
    ("afp-caps", "PARIS (AFP) -", "PARIS", None, "AFP", None),
    ("afp-title-case", "Aden (AFP) -", "Aden", None, "AFP", None),
    # --- Xinhua
    ("xinhua-date", "BEIJING, Nov. 24 (Xinhua) --", "BEIJING", None, "Xinhua", "Nov. 24"),
    ("xinhua-portuguese", "LISBOA, 18 jun (Xinhua) --", "LISBOA", None, "Xinhua", "18 jun"),
    # --- Indian agencies
    ("pti-no-separator", "New Delhi, Apr 25 (PTI)", "New Delhi", None, "PTI", "Apr 25"),
    ("ians-no-separator", "Chennai, Nov 12 (IANS)", "Chennai", None, "IANS", "Nov 12"),
    ("ani-bracket-region", "Damascus [Syria], June 9 (ANI):", "Damascus", "Syria", "ANI", "June 9"),
    ("ani-state-country", "Bengaluru (Karnataka) [India], June 1:", "Bengaluru", "Karnataka", None, "June 1"),
    # --- TASS
    ("tass-slashes", "MOSCOW, October 4. /TASS/.", "MOSCOW", None, "TASS", "October 4"),
    # --- agency only
    ("bloomberg", "(Bloomberg) --", None, None, "Bloomberg", None),
    ("cnn", "(CNN) —", None, None, "CNN", None),
    # --- colon and dash forms
    ("colon-title-case", "Baghdad:", "Baghdad", None, None, None),
    ("colon-two-places", "NEW DELHI/BEIJING:", "NEW DELHI/BEIJING", None, None, None),
    ("em-dash", "WASHINGTON —", "WASHINGTON", None, None, None),
    ("horizontal-bar", "WASHINGTON ―", "WASHINGTON", None, None, None),
    ("double-hyphen", "LONDON --", "LONDON", None, None, None),
]


@pytest.mark.parametrize(("opening", "location", "region", "agency", "date"), [r[1:] for r in POSITIVE],
                         ids=[r[0] for r in POSITIVE])
def test_dateline_found(opening: str, location: str | None, region: str | None, agency: str | None,
                        date: str | None) -> None:
    """Each wire format gives its location, region, agency and date, with a span over the dateline."""
    text = f"Budget talks resume\n\n{opening}{BODY}"
    dateline = parse_article(text).dateline
    assert dateline is not None
    assert (dateline.location, dateline.region, dateline.agency, dateline.date) == (location, region, agency, date)
    assert dateline.span.text == opening
    assert text[dateline.span.start : dateline.span.end] == dateline.span.text


@pytest.mark.parametrize(
    "before",
    [
        "By Jane Smith, Associated Press\n\n",
        "Dec 9, 2016 14:51 IST\n\n",
        "By JOHN DOE\nUpdated: Dec 09, 2016 14:51:04 IST\n\n",
    ],
    ids=["byline", "timestamp", "byline-and-timestamp"],
)
def test_dateline_after_byline_or_timestamp(before: str) -> None:
    """A byline or a timestamp line between the title and the body does not hide the dateline."""
    text = f"Budget talks resume\n\n{before}WASHINGTON (AP) —{BODY}"
    dateline = parse_article(text).dateline
    assert dateline is not None and dateline.location == "WASHINGTON" and dateline.agency == "AP"


def test_dateline_date_numbers() -> None:
    """The written date also comes as month and day numbers."""
    dateline = parse_article(f"HEMPSTEAD, N.Y., Sept. 26 (UPI) —{BODY}").dateline
    assert dateline is not None and (dateline.month, dateline.day) == (9, 26)
    dated = parse_article(f"SAN FRANCISCO, March 4, 2024 /PRNewswire/ --{BODY}").dateline
    assert dated is not None and (dated.month, dated.day) == (3, 4)  # the year is no day


NEGATIVE = [
    ("place-as-subject", "London is preparing for the largest strike in a decade, unions said."),
    ("place-as-subject-caps", "Paris has banned diesel cars from its center."),
    ("person-named-like-city", "Paris Hilton said on Tuesday that she would launch a new fragrance."),
    ("person-named-like-city-2", "Austin Dillon won the race at Daytona on Sunday."),
    ("caps-headline", "TRUMP WINS NEVADA CAUCUS AS RIVALS TRAIL"),
    ("caps-headline-colon", "OBAMA VETOES BILL: WHAT HAPPENS NEXT FOR CONGRESS"),
    ("update-prefix", "UPDATE 2-Oil prices climb as OPEC weighs output cut"),
    ("note", "Note: This story has been updated to include comment from the governor."),
    ("editors-note", "Editor's note: An earlier version misstated the date."),
    ("source-credit", "Source: PTI"),
    ("photo-credit", "Photo: Reuters"),
    ("headline-colon", "Trump: I will build the wall and Mexico will pay"),
    ("headline-colon-2", "Clinton camp: FBI letter is 'deeply troubling'"),
    ("breaking", "BREAKING: Senate passes the spending bill"),
    ("exclusive", "EXCLUSIVE: Inside the campaign's final week"),
    ("watch", "WATCH: The moment the vote was announced"),
    ("quote-opening", '"We will not back down," the mayor said on Monday.'),
    ("sentence-with-dash", "The senator - who had been silent for weeks - finally spoke."),
    ("name-then-dash", "Jeb Bush — once the front-runner — is now fifth in the polls."),
    ("number-opening", "More than 200 people were arrested in the protests, police said."),
    ("lowercase-after-colon", "Washington: a city divided by the shutdown"),
    ("analysis-label", "ANALYSIS: Why the polls got it wrong"),
]


@pytest.mark.parametrize("opening", [r[1] for r in NEGATIVE], ids=[r[0] for r in NEGATIVE])
def test_no_dateline(opening: str) -> None:
    """Openings that look a little like datelines give none, as a body's first line or alone."""
    assert parse_article(f"{opening}\n\nThe vote was close, officials said.").dateline is None
    assert parse_article(f"Budget talks resume\n\n{opening}").dateline is None


@pytest.mark.parametrize(
    ("opening", "location", "region", "agency"),
    [
        ("LOS ANGELES (KABC) -- A fire broke out in the hills on Sunday.", "LOS ANGELES", None, "KABC"),
        ("PHILADELPHIA (WPVI-TV) -- Police said a man was shot.", "PHILADELPHIA", None, "WPVI-TV"),
        ("LOUISVILLE, Ky. (WDRB) -- The mayor spoke on Monday.", "LOUISVILLE", "Ky.", "WDRB"),
    ],
)
def test_broadcaster_call_sign_is_the_agency(opening: str, location: str, region: str | None, agency: str) -> None:
    """A local broadcaster's call sign in brackets credits the story as an agency does, not a region."""
    dateline = parse_article(f"Fire in the hills\n\n{opening}").dateline
    assert dateline is not None and (dateline.location, dateline.region, dateline.agency) == (location, region, agency)
