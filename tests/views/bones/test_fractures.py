"""/bones/fractures/: the list, and the offer to note a spine fracture."""

import pytest

from tests.helpers import add_fracture
from tracker.models import Profile


def test_no_fractures_yet(alice_client):
    page = alice_client.get("/bones/fractures/").text
    assert "No fractures logged." in page
    assert "fragility fracture" in page


def test_a_spine_fracture_offers_the_profile_setting(alice_client, alice):
    add_fracture(alice, 2025, "wrist", month=3)
    page = alice_client.get("/bones/fractures/").text
    assert "Wrist, March 2025" in page
    assert "Add your spine fracture to your profile?" not in page
    add_fracture(alice, 2024, "spine")
    page = alice_client.get("/bones/fractures/").text
    assert "Spine (a vertebra), 2024" in page
    assert "Add your spine fracture to your profile?" in page
    Profile.objects.filter(user=alice).update(had_spine_fracture=True)
    page = alice_client.get("/bones/fractures/").text
    assert "Add your spine fracture to your profile?" not in page


@pytest.mark.parametrize("count", [1, 30])
def test_the_page_runs_a_fixed_number_of_queries(
    alice_client, alice, assert_page, count
):
    for n in range(count):
        add_fracture(alice, 2025 - n, "hip")
    shows = ["Hip, 2025", "Bone Health"]
    # session, user and profile, fractures with their falls, settings
    assert_page(alice_client, "/bones/fractures/", queries=4, shows=shows)
    response = assert_page(alice_client, "/bones/fractures/", queries=3, shows=shows)
    assert response.text.count("Edit<span") == count
