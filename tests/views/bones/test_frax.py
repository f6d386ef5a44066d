"""/bones/frax/: the answers to copy, the link out, and stored results."""

from datetime import date
from decimal import Decimal

import pytest

from tests.helpers import add_fracture, add_height, add_scan, sent_once
from tracker.models import FraxResult


def test_the_answers_are_gathered_to_copy(alice_client, alice, guidance):
    add_height(alice, date(2026, 1, 5), "160.5")
    add_fracture(alice, 2025, "wrist", month=11)
    add_fracture(alice, 1990, "other", low="no")
    add_scan(
        alice,
        date(2026, 1, 5),
        {"femoral_neck_left": {"bmd": "0.700"}, "femoral_neck_right": {"bmd": "0.650"}},
        make="GE Lunar",
    )
    page = alice_client.get("/bones/frax/").text
    assert 'href="https://frax.shef.ac.uk/FRAX/"' in page
    assert "<dd>62</dd>" in page  # born 1964
    assert "<dd>Female</dd>" in page
    assert "160.5 cm, measured 5 January 2026" in page
    assert "Yes: wrist (November 2025), from a fall" in page
    assert "You also logged: another bone (1990)." in page
    assert "0.650 (Femoral neck, right)" in page
    assert "on a GE Lunar machine" in page


def test_a_result_is_stored(alice_client, alice):
    data = {"day": "2026-03-01", "major_percent": "12.5", "hip_percent": "3"}
    response = alice_client.post("/bones/frax/", sent_once(data), follow=True)
    assert "Your FRAX result is saved." in response.text
    assert "major osteoporotic fracture 12.5 %; hip fracture 3.0 %" in response.text
    result = FraxResult.objects.get(user=alice)
    assert (result.major_percent, result.with_bmd) == (Decimal("12.5"), False)


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"major_percent": "", "hip_percent": ""}, "major_percent", "at least one"),
        ({"major_percent": "120"}, "major_percent", "between 0 and 100 %"),
        ({"hip_percent": "-1"}, "hip_percent", "between 0 and 100 %"),
        ({"day": "2026-03-04"}, "day", "That date is in the future."),
    ],
)
def test_a_bad_result_saves_nothing(alice_client, changes, field, error):
    data = {"day": "2026-03-01", "major_percent": "12", "hip_percent": ""}
    response = alice_client.post("/bones/frax/", sent_once(data, **changes))
    errors = response.context["form"].errors[field]
    assert any(error in message for message in errors), errors
    assert not FraxResult.objects.exists()


@pytest.mark.parametrize("count", [1, 30])
def test_the_page_runs_a_fixed_number_of_queries(
    alice_client, alice, assert_page, count
):
    for n in range(count):
        FraxResult.objects.create(user=alice, day=date(2026, 1, 1), hip_percent=n)
        add_scan(alice, date(2026, 1, 1 + n % 28), {"spine": {"bmd": "0.8"}})
    shows = ["FRAX: your answers to copy", "hip fracture 0.0 %"]
    # session, user and profile, bone settings, scans, sites, treatment
    # changes, height settings, heights, fractures, results
    assert_page(alice_client, "/bones/frax/", queries=10, shows=shows)
    response = assert_page(alice_client, "/bones/frax/", queries=9, shows=shows)
    assert response.text.count("Delete<span") == count
