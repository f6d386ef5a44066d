"""Who may open the home-safety pages, and whose rows they show."""

from datetime import date

import pytest
from django.urls import reverse

from tracker.models import Fall

LOGIN_REQUIRED = [
    "/home-safety/",
    "/home-safety/floors/",
    "/home-safety/items/1/history/",
    "/home-safety/self-check/",
    "/home-safety/self-check/1/",
    "/home-safety/self-check/history/",
    "/home-safety/falls/",
    "/home-safety/falls/new/",
    "/home-safety/falls/1/edit/",
    "/home-safety/falls/1/delete/",
]


@pytest.mark.parametrize("path", LOGIN_REQUIRED)
def test_every_page_asks_an_anonymous_visitor_to_log_in(client, db, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize("action", ["edit", "delete"])
def test_another_users_fall_is_not_found(alice_client, bob, action):
    fall = Fall.objects.create(user=bob, day=date(2026, 3, 1), place="x", hurt=True)
    url = f"/home-safety/falls/{fall.pk}/{action}/"
    assert alice_client.get(url).status_code == 404
    data = {"kind": "fall", "day": "2026-03-01", "place": "mine", "hurt": "no"}
    assert alice_client.post(url, data).status_code == 404
    fall.refresh_from_db()
    assert fall.place == "x"
