"""/bones/fractures/<id>/edit/."""

from tests.helpers import add_fracture


def test_editing_a_fracture(alice_client, alice, assert_page):
    fracture = add_fracture(alice, 2024, "other")
    # session, user and profile, the fracture, the falls to choose from
    assert_page(
        alice_client,
        f"/bones/fractures/{fracture.pk}/edit/",
        queries=4,
        shows=["Edit a fracture", 'value="2024"'],
    )
    data = {
        "year": "2023",
        "bone": "other",
        "other_bone": "Ankle",
        "from_low_fall": "unsure",
    }
    response = alice_client.post(
        f"/bones/fractures/{fracture.pk}/edit/", data, follow=True
    )
    assert "Ankle, 2023" in response.text
    fracture.refresh_from_db()
    assert (fracture.year, fracture.other_bone) == (2023, "Ankle")


def test_another_bone_than_other_drops_its_name(alice_client, alice):
    fracture = add_fracture(alice, 2024, "other")
    data = {"year": "2024", "bone": "hip", "other_bone": "Ankle", "from_low_fall": "no"}
    alice_client.post(f"/bones/fractures/{fracture.pk}/edit/", data)
    fracture.refresh_from_db()
    assert (fracture.bone, fracture.other_bone) == ("hip", "")
