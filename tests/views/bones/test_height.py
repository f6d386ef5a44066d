"""/bones/height/: heights with dates, the losses, and adding one."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.helpers import add_height, sent_once
from tracker.models import HeightMeasurement, HeightProfile


def test_no_heights_yet(alice_client):
    page = alice_client.get("/bones/height/").text
    assert "No heights yet." in page
    assert 'name="cm"' in page


def test_adding_a_height_in_cm(alice_client, alice):
    data = {"day": "2026-03-01", "cm": "161,5"}
    response = alice_client.post("/bones/height/", sent_once(data), follow=True)
    assert "Your height of 161.5 cm on 1 March 2026 is saved." in response.text
    assert HeightMeasurement.objects.get(user=alice).cm == Decimal("161.5")


def test_adding_a_height_in_feet_and_inches(alice_client, alice):
    HeightProfile.objects.create(user=alice, unit="ft_in")
    data = {"day": "2026-03-01", "feet": "5", "inches": "4"}
    response = alice_client.post("/bones/height/", sent_once(data), follow=True)
    assert "Your height of 5 ft 4 in on 1 March 2026 is saved." in response.text
    assert HeightMeasurement.objects.get(user=alice).cm == Decimal("162.56")


def test_historical_loss_of_4_cm_gets_a_calm_note_with_its_source(alice_client, alice):
    HeightProfile.objects.create(user=alice, tallest_cm=Decimal("165"))
    add_height(alice, date(2026, 1, 1), "161.1")
    page = alice_client.get("/bones/height/").text
    assert "<strong>3.9 cm (1.5 in)</strong> lost" in page
    assert "Worth mentioning" not in page
    add_height(alice, date(2026, 3, 1), "161.0")
    page = alice_client.get("/bones/height/").text
    assert "<strong>4.0 cm (1.6 in)</strong> lost" in page
    assert "Worth mentioning to your clinician:</strong> you have lost 4.0 cm" in page
    assert "can be a sign of a spine fracture" in page
    assert "The clinician&#x27;s guide" in page or "LeBoff" in page
    # Measured: 161.1 to 161.0 is 0.1 cm, no note for that.
    assert "<strong>0.1 cm (0.0 in)</strong> lost" in page
    assert "your measured height has gone down" not in page


def test_measured_loss_of_2_cm_gets_its_note(alice_client, alice):
    add_height(alice, date(2025, 3, 1), "163.0")
    add_height(alice, date(2026, 3, 1), "161.0")
    page = alice_client.get("/bones/height/").text
    assert "your measured height has gone down by 2.0 cm (0.8 in)" in page
    assert "Add <a" in page  # no tallest height yet


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        ({"cm": "40"}, "cm", "That looks mistyped"),
        ({"cm": "tall"}, "cm", "Enter a number, like 162.5."),
        ({"cm": ""}, "cm", "Enter the height."),
        ({"day": "2026-03-04"}, "day", "That date is in the future."),
        ({"day": "2026-01-01"}, "day", "You already have a height for 1 January"),
    ],
)
def test_a_bad_height_shows_the_error_by_the_field_and_saves_nothing(
    alice_client, alice, data, field, error
):
    add_height(alice, date(2026, 1, 1), "160")
    response = alice_client.post(
        "/bones/height/", sent_once({"day": "2026-03-01"}, **data)
    )
    assert response.status_code == 200
    assert any(error in message for message in response.context["form"].errors[field])
    assert HeightMeasurement.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        ({"feet": "", "inches": "4"}, "feet", "Enter the feet as well"),
        ({"feet": "9", "inches": "0"}, "feet", "Enter feet from 3 to 8."),
        ({"feet": "5", "inches": "12"}, "inches", "That looks mistyped"),
    ],
)
def test_bad_feet_and_inches_show_the_error(alice_client, alice, data, field, error):
    HeightProfile.objects.create(user=alice, unit="ft_in")
    response = alice_client.post(
        "/bones/height/", sent_once({"day": "2026-03-01"}, **data)
    )
    assert any(error in message for message in response.context["form"].errors[field])
    assert not HeightMeasurement.objects.exists()


@pytest.mark.parametrize("count", [1, 30])
def test_the_page_runs_a_fixed_number_of_queries(
    alice_client, alice, assert_page, count
):
    HeightProfile.objects.create(user=alice, tallest_cm=Decimal("170"))
    for n in range(count):
        add_height(alice, date(2026, 3, 1) - timedelta(days=30 * n), "165")
    shows = ["Height lost", "1 March 2026: <strong>165.0 cm</strong>"]
    # session, user and profile, bone settings, height settings, heights
    assert_page(alice_client, "/bones/height/", queries=5, shows=shows)
    response = assert_page(alice_client, "/bones/height/", queries=4, shows=shows)
    assert response.text.count("Delete<span") == count
