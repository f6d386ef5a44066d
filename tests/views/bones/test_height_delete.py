"""/bones/height/<id>/delete/: asks first."""

from datetime import date

from tests.helpers import add_height
from tracker.models import HeightMeasurement


def test_deleting_a_height_asks_first(alice_client, alice, assert_page):
    height = add_height(alice, date(2026, 1, 5), "160")
    # session, user and profile, the height
    assert_page(
        alice_client,
        f"/bones/height/{height.pk}/delete/",
        queries=3,
        shows=["Delete this height?", "Your height measured on Monday 5 January"],
    )
    response = alice_client.post(f"/bones/height/{height.pk}/delete/", follow=True)
    assert "The height of 5 January 2026 is deleted." in response.text
    assert not HeightMeasurement.objects.exists()
