"""/bones/fractures/spine-setting/: ticking the profile's spine fracture."""

from tests.helpers import add_fracture
from tracker.models import Profile


def test_the_offer_turns_the_setting_on(alice_client, alice):
    add_fracture(alice, 2024, "spine")
    response = alice_client.post("/bones/fractures/spine-setting/", follow=True)
    assert "Your profile now says you have had a spine fracture." in response.text
    assert Profile.objects.get(user=alice).had_spine_fracture


def test_a_get_changes_nothing(alice_client, alice):
    assert alice_client.get("/bones/fractures/spine-setting/").status_code == 405
    assert not Profile.objects.get(user=alice).had_spine_fracture
