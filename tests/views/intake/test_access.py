"""Who may open the diary's pages, and whose rows they show."""

import pytest
from django.urls import reverse

from tests.helpers import SKIM, TODAY, catalogue_food, log_intake
from tracker.models import IntakeEntry


@pytest.mark.parametrize(
    "path",
    [
        "/intake/",
        "/intake/2026-11-25/",
        "/intake/2026-W48/",
        "/intake/2026-11-25/estimate/",
        "/intake/foods/search/?q=milk",
        "/intake/entries/1/edit/",
        "/intake/entries/1/delete/",
        "/intake/my-foods/",
        "/intake/my-foods/add/",
        "/intake/my-supplements/",
        "/intake/my-supplements/add/",
    ],
)
def test_anonymous_visitors_are_sent_to_log_in(client, db, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize(
    "path",
    [
        "/intake/2026-11-25/add/",
        "/intake/2026-11-25/copy-previous/",
        "/intake/favourites/",
    ],
)
def test_anonymous_posts_save_nothing(client, db, path):
    response = client.post(path, {"kind": "food", "item": 1, "amount": "1"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not IntakeEntry.objects.exists()


@pytest.mark.parametrize("action", ["edit", "delete"])
def test_another_users_entry_is_not_found(alice_client, bob, guidance, action):
    entry = log_intake(bob, catalogue_food(SKIM), TODAY)
    url = reverse(f"tracker:intake_entry_{action}", kwargs={"pk": entry.pk})
    assert alice_client.get(url).status_code == 404
    assert alice_client.post(url, {"amount": "2"}).status_code == 404
    entry.refresh_from_db()
    assert entry.amount == 1


def test_an_id_beyond_the_database_range_is_not_found(alice_client, guidance):
    huge = "9" * 30
    assert alice_client.get(f"/intake/entries/{huge}/edit/").status_code == 404
    assert alice_client.get(f"/intake/my-foods/{huge}/edit/").status_code == 404
