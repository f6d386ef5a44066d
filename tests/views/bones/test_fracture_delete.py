"""/bones/fractures/<id>/delete/: asks first."""

from tests.helpers import add_fracture
from tracker.models import Fracture


def test_deleting_a_fracture_asks_first(alice_client, alice, assert_page):
    fracture = add_fracture(alice, 2024, "hip", month=5)
    # session, user and profile, the fracture
    assert_page(
        alice_client,
        f"/bones/fractures/{fracture.pk}/delete/",
        queries=3,
        shows=["Delete this fracture?", "Hip, May 2024."],
    )
    response = alice_client.post(f"/bones/fractures/{fracture.pk}/delete/", follow=True)
    assert "The fracture is deleted." in response.text
    assert not Fracture.objects.exists()
