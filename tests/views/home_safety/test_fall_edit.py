"""/home-safety/falls/<pk>/edit/ and delete/: changing or removing a fall."""

from datetime import date

from tracker.models import Fall


def test_a_fall_can_be_edited_and_deleted_after_confirming(
    alice_client, alice, guidance, clock
):
    fall = Fall.objects.create(
        user=alice, day=date(2026, 3, 1), place="hall", hurt=False
    )
    form = alice_client.get(f"/home-safety/falls/{fall.pk}/edit/").context["form"]
    assert form["hurt"].value() == "no"
    response = alice_client.post(
        f"/home-safety/falls/{fall.pk}/edit/",
        {"kind": "near_miss", "day": "2026-03-01", "place": "garden", "hurt": "no"},
    )
    assert response.url == "/home-safety/falls/"
    fall.refresh_from_db()
    assert (fall.kind, fall.place) == (Fall.Kind.NEAR_MISS, "garden")

    confirm = alice_client.get(f"/home-safety/falls/{fall.pk}/delete/")
    assert "Delete this entry?" in confirm.text
    assert Fall.objects.filter(pk=fall.pk).exists()
    response = alice_client.post(f"/home-safety/falls/{fall.pk}/delete/")
    assert response.url == "/home-safety/falls/"
    assert not Fall.objects.filter(pk=fall.pk).exists()
