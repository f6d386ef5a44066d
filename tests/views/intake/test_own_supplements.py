"""/intake/my-supplements/: a user's own supplements."""

from tests.helpers import sent_once
from tracker.models import Profile, Supplement


def test_vitamin_d_is_entered_in_the_users_unit(alice_client, alice, guidance):
    Profile.objects.filter(user=alice).update(vitamin_d_unit="mcg")
    page = alice_client.get("/intake/my-supplements/add/").content.decode()
    assert "Vitamin D per dose (µg)" in page
    alice_client.post(
        "/intake/my-supplements/add/",
        sent_once(name="D drops", dose="1 drop", calcium_mg="0", vitamin_d="25"),
    )
    assert Supplement.objects.get(owner=alice).vitamin_d_iu == 1000


def test_the_supplement_form_asks_for_elemental_calcium(alice_client, guidance):
    page = alice_client.get("/intake/my-supplements/add/").content.decode()
    assert "Elemental calcium per dose (mg)" in page
    assert "Supplement Facts" in page


def test_own_supplements_can_be_edited_and_deleted(alice_client, alice, bob, guidance):
    own = Supplement.objects.create(
        owner=alice, name="My calcium", dose="1 tablet", calcium_mg=500, vitamin_d_iu=0
    )
    alice_client.post(
        f"/intake/my-supplements/{own.pk}/edit/",
        {
            "name": "My calcium",
            "dose": "1 tablet",
            "calcium_mg": "600",
            "vitamin_d": "400",
        },
    )
    own.refresh_from_db()
    assert (own.calcium_mg, own.vitamin_d_iu) == (600, 400)
    alice_client.post(f"/intake/my-supplements/{own.pk}/delete/")
    assert not Supplement.objects.filter(owner=alice).exists()
    theirs = Supplement.objects.create(
        owner=bob, name="B", dose="1", calcium_mg=1, vitamin_d_iu=0
    )
    assert (
        alice_client.get(f"/intake/my-supplements/{theirs.pk}/edit/").status_code == 404
    )
