"""/bones/height/settings/: the tallest remembered height and the unit."""

from decimal import Decimal

from tracker.models import HeightProfile


def test_the_tallest_height_and_unit_are_saved(alice_client, alice, assert_page):
    # session, user and profile, height settings
    assert_page(
        alice_client,
        "/bones/height/settings/",
        queries=3,
        shows=["Your tallest height and units", 'name="cm"'],
    )
    data = {"unit": "ft_in", "cm": "165.1"}
    response = alice_client.post("/bones/height/settings/", data, follow=True)
    assert "Your height settings are saved." in response.text
    profile = HeightProfile.objects.get(user=alice)
    assert (profile.tallest_cm, profile.unit) == (Decimal("165.10"), "ft_in")
    page = alice_client.get("/bones/height/settings/").text
    assert 'name="feet"' in page and 'value="5"' in page


def test_a_bad_height_setting_saves_nothing(alice_client, alice):
    response = alice_client.post(
        "/bones/height/settings/", {"unit": "metres", "cm": "500"}
    )
    form = response.context["form"]
    assert form.errors["unit"] == ["Choose one of the options shown."]
    assert "That looks mistyped" in form.errors["cm"][0]
    assert not HeightProfile.objects.exists()


def test_the_tallest_height_may_stay_empty(alice_client, alice):
    alice_client.post("/bones/height/settings/", {"unit": "cm", "cm": ""})
    assert HeightProfile.objects.get(user=alice).tallest_cm is None
