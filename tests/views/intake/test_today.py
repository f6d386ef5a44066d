"""/intake/: today's diary in the user's own time zone, and the date picker."""

from datetime import UTC, datetime

import pytest
import time_machine

from tracker.models import Profile


def test_intake_goes_to_today_in_the_users_own_time_zone(alice_client):
    # 03:00 UTC on the 26th is still the evening of the 25th in New York.
    with time_machine.travel(datetime(2026, 11, 26, 3, 0, tzinfo=UTC), tick=False):
        response = alice_client.get("/intake/")
    assert response["Location"] == "/intake/2026-11-25/"


def test_a_user_in_tokyo_is_already_on_the_next_day(client, alice):
    Profile.objects.filter(user=alice).update(time_zone="Asia/Tokyo")
    client.force_login(alice)
    with time_machine.travel(datetime(2026, 11, 25, 16, 0, tzinfo=UTC), tick=False):
        response = client.get("/intake/")
    assert response["Location"] == "/intake/2026-11-26/"


def test_the_date_picker_goes_to_the_day_picked(alice_client):
    response = alice_client.get("/intake/?day=2026-11-02")
    assert response["Location"] == "/intake/2026-11-02/"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-11-26", "That date is in the future. Today is Wednesday 25 November"),
        ("someday", "Enter a date like 2026-11-25."),
        ("1899-12-31", "That date is too far in the past."),
        ("", "This field is required."),
    ],
)
def test_a_bad_date_pick_shows_why_by_the_field(alice_client, guidance, value, message):
    response = alice_client.get("/intake/", {"day": value})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["picker"].errors["day"]
