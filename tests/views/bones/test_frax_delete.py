"""/bones/frax/<id>/delete/: asks first."""

from datetime import date

from tracker.models import FraxResult


def test_deleting_a_result_asks_first(alice_client, alice, assert_page):
    result = FraxResult.objects.create(user=alice, day=date(2026, 1, 5), hip_percent=2)
    # session, user and profile, the result
    assert_page(
        alice_client,
        f"/bones/frax/{result.pk}/delete/",
        queries=3,
        shows=["Delete this FRAX result?", "Monday 5 January 2026"],
    )
    alice_client.post(f"/bones/frax/{result.pk}/delete/")
    assert not FraxResult.objects.exists()
