"""/home-safety/falls/new/: logging a fall or near-miss."""

from datetime import date

import pytest

from tests.helpers import sent_once
from tracker.models import Fall


def test_logging_a_fall_invites_the_self_check(alice_client, alice, guidance, clock):
    form = alice_client.get("/home-safety/falls/new/").context["form"]
    assert form["day"].value() == date(2026, 3, 3)
    response = alice_client.post(
        "/home-safety/falls/new/",
        sent_once(
            kind="fall",
            day="2026-03-02",
            place="back steps",
            what_happened="Missed the last step in the dark.",
            hurt="yes",
        ),
        follow=True,
    )
    fall = Fall.objects.get(user=alice)
    assert (fall.day, fall.place, fall.hurt) == (date(2026, 3, 2), "back steps", True)
    assert "Your fall on 2 March 2026 is logged" in response.text
    assert 'href="/home-safety/self-check/">Take the fall-risk self-check' in (
        response.text
    )
    assert "Missed the last step in the dark." in response.text


@pytest.mark.parametrize(
    ("fields", "field", "error"),
    [
        ({"day": "2026-03-04"}, "day", "That date is in the future. Today is Tuesday"),
        ({"day": "1899-12-31"}, "day", "That date is too far in the past."),
        ({"day": "0001-01-01"}, "day", "That date is too far in the past."),
        ({"day": "yesterday"}, "day", "Enter a date like"),
        ({"place": ""}, "place", "Say where it happened"),
        ({"hurt": ""}, "hurt", "Please say whether you were hurt."),
        ({"hurt": "maybe"}, "hurt", "Choose one of the options shown."),
        ({"kind": "trip"}, "kind", "Choose one of the options shown."),
        ({"kind": ""}, "kind", "Please say whether it was a fall or a near-miss."),
    ],
)
def test_a_bad_fall_shows_the_error_by_the_field_and_saves_nothing(
    alice_client, guidance, clock, fields, field, error
):
    data = {"kind": "fall", "day": "2026-03-03", "place": "hall", "hurt": "no"}
    response = alice_client.post("/home-safety/falls/new/", {**data, **fields})
    assert response.status_code == 200
    assert any(error in message for message in response.context["form"].errors[field])
    assert not Fall.objects.exists()


def test_the_fall_date_box_offers_the_first_day_to_today(alice_client, guidance, clock):
    page = alice_client.get("/home-safety/falls/new/").text
    assert 'min="1900-01-01"' in page
    assert 'max="2026-03-03"' in page


def test_an_impossible_fall_date_is_not_echoed_into_the_date_box(
    alice_client, guidance, clock
):
    data = {"kind": "fall", "day": "2026-02-30", "place": "hall", "hurt": "no"}
    response = alice_client.post("/home-safety/falls/new/", data)
    assert "Enter a date like" in response.text
    assert "2026-02-30" not in response.text  # invalid in a type=date input
