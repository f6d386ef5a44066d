"""Short source names: plain Python, no database."""

import pytest

from tracker.domain.citations import Citation, short_title

TFTF = (
    "Giangregorio et al., Too Fit To Fracture: exercise recommendations for "
    "people with osteoporosis, Osteoporosis International 2014"
)


def test_the_short_name_is_shown_first_when_set():
    assert short_title("Osteoporosis Canada, 2014", TFTF) == "Osteoporosis Canada, 2014"
    citation = Citation(TFTF, "https://doi.org/x", "Table 2", "  Osteoporosis Canada ")
    assert citation.short_title == "Osteoporosis Canada"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (TFTF, "Giangregorio et al."),
        ("CDC STEADI: Check for Safety", "CDC STEADI"),
        ("OsteoEd", "OsteoEd"),
        ("World Health Organization (1994)", "World Health Organization"),
        (": odd title", ": odd title"),  # nothing before the comma: the title
    ],
)
def test_an_empty_short_name_falls_back_to_the_title_first_part(title, expected):
    assert short_title("", title) == expected
    assert Citation(title, "https://example.org").short_title == expected
