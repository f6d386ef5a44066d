"""/bones/fractures/new/: adding a fracture, from a fall or not."""

from datetime import date

import pytest

from tests.helpers import sent_once
from tracker.models import Fall, Fracture


def test_a_wrist_fracture_is_saved(alice_client, alice):
    data = {"year": "2025", "month": "11", "bone": "wrist", "from_low_fall": "yes"}
    response = alice_client.post("/bones/fractures/new/", sent_once(data), follow=True)
    assert "Your wrist fracture of November 2025 is saved." in response.text
    fracture = Fracture.objects.get(user=alice)
    assert (fracture.year, fracture.month, fracture.is_fragility) == (2025, 11, True)


def test_a_fracture_from_a_logged_fall_starts_from_it(alice_client, alice):
    fall = Fall.objects.create(
        user=alice, day=date(2026, 2, 14), place="ice", hurt=True
    )
    Fall.objects.create(
        user=alice, day=date(2026, 2, 1), place="x", kind="near_miss", hurt=False
    )
    page = alice_client.get(f"/bones/fractures/new/?fall={fall.pk}").text
    assert f'<option value="{fall.pk}" selected>14 February 2026: ice</option>' in page
    assert 'value="2026"' in page
    assert ": x</option>" not in page  # near-misses are not offered
    data = {"year": "2026", "month": "2", "bone": "hip", "from_low_fall": "yes"}
    alice_client.post("/bones/fractures/new/", sent_once(data, fall=fall.pk))
    assert Fracture.objects.get().fall == fall


@pytest.mark.parametrize("query", ["?fall=x", "?fall=99999", "?fall=١"])
def test_a_bad_fall_in_the_address_is_ignored(alice_client, query):
    assert alice_client.get(f"/bones/fractures/new/{query}").status_code == 200


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"year": ""}, "year", "Enter the year it happened"),
        ({"year": "2027"}, "year", "That year is in the future."),
        ({"year": "1850"}, "year", "Enter a year from 1900 on."),
        ({"year": "soon"}, "year", "Enter the year as a number"),
        ({"month": "4"}, "month", "That month is in the future."),
        ({"month": "13"}, "month", "Choose one of the options shown."),
        ({"bone": ""}, "bone", "Choose the bone that broke."),
        ({"bone": "skull"}, "bone", "Choose one of the options shown."),
        ({"from_low_fall": ""}, "from_low_fall", "Please choose one answer."),
        ({"note": "x" * 201}, "note", "at most 200 characters"),
        ({"bone": "other", "other_bone": "x" * 61}, "other_bone", "at most 60"),
    ],
)
def test_a_bad_fracture_shows_the_error_by_the_field_and_saves_nothing(
    alice_client, changes, field, error
):
    data = {"year": "2026", "month": "3", "bone": "wrist", "from_low_fall": "no"}
    response = alice_client.post("/bones/fractures/new/", sent_once(data, **changes))
    assert response.status_code == 200
    errors = response.context["form"].errors[field]
    assert any(error in message for message in errors), errors
    assert not Fracture.objects.exists()


def test_the_form_page_runs_a_fixed_number_of_queries(alice_client, alice, assert_page):
    for n in range(1, 30):
        Fall.objects.create(user=alice, day=date(2026, 1, n), place="hall", hurt=True)
    # session, user and profile, the falls to choose from
    response = assert_page(
        alice_client,
        "/bones/fractures/new/",
        queries=3,
        shows=["Add a fracture", "No, or not logged here"],
    )
    assert response.text.count(": hall</option>") == 29
