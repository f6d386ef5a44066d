"""The private calendar feed: made, renamed, renewed and revoked; it parses as
iCalendar and names no drug unless asked."""

from datetime import date

from icalendar import Calendar

from tests.helpers import add_medicine, log_dose
from tracker.models import CalendarFeed


def feed_events(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return [event for event in Calendar.from_ical(response.content).walk("VEVENT")]


def test_the_page_offers_to_make_an_address(alice_client, guidance, assert_page):
    assert_page(
        alice_client,
        "/medicines/calendar/",
        max_queries=3,
        shows=[
            "Your doses in your calendar",
            "Make my calendar address",
            "Bone medicine",
        ],
    )


def test_a_feed_lists_a_year_of_doses_with_alarms_and_no_drug_names(
    client, alice_client, alice, guidance
):
    tablet = add_medicine(alice, "alendronate", first_dose_on=date(2026, 9, 7))
    log_dose(alice, tablet, date(2026, 11, 23))
    add_medicine(
        alice,
        "denosumab",
        first_dose_on=date(2026, 9, 1),
        last_given_on=date(2026, 9, 1),
    )
    response = alice_client.post(
        "/medicines/calendar/", {"action": "start"}, follow=True
    )
    feed = CalendarFeed.objects.get(user=alice)
    page = response.content.decode()
    assert "Your calendar address is ready." in page
    assert f"webcal://testserver/medicines/calendar/{feed.token}.ics" in page
    events = feed_events(client, f"/medicines/calendar/{feed.token}.ics")  # no login
    summaries = [str(event["SUMMARY"]) for event in events]
    assert "Bone medicine: dose due" in summaries
    assert "Bone medicine: dose due at the clinic" in summaries
    assert not any("Alendronate" in text or "Denosumab" in text for text in summaries)
    starts = sorted(
        event.decoded("DTSTART")
        for event in events
        if str(event["SUMMARY"]) == "Bone medicine: dose due"
    )
    assert starts[0] == date(2026, 11, 30) and len(starts) == 52
    clinic = [event for event in events if "clinic" in str(event["SUMMARY"])]
    assert [event.decoded("DTSTART") for event in clinic] == [
        date(2027, 3, 1),
        date(2027, 9, 1),
    ]
    assert len(clinic[0].walk("VALARM")) == 2  # on the day, and 4 weeks before to book


def test_names_are_shown_only_when_chosen(client, alice_client, alice, guidance):
    add_medicine(
        alice, "raloxifene", first_dose_on=date(2026, 11, 1), usual_time="08:30"
    )
    alice_client.post("/medicines/calendar/", {"action": "start", "shows_names": "on"})
    feed = CalendarFeed.objects.get(user=alice)
    events = feed_events(client, f"/medicines/calendar/{feed.token}.ics")
    assert str(events[0]["SUMMARY"]) == "Raloxifene: dose due"
    assert events[0].decoded("DTSTART").hour == 8  # at the usual time, in her zone
    calendar = Calendar.from_ical(
        client.get(f"/medicines/calendar/{feed.token}.ics").content
    )
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    alice_client.post("/medicines/calendar/", {"action": "names"})
    events = feed_events(client, f"/medicines/calendar/{feed.token}.ics")
    assert str(events[0]["SUMMARY"]) == "Bone medicine: dose due"


def test_a_new_address_replaces_the_old_and_revoking_ends_it(
    client, alice_client, alice, guidance
):
    alice_client.post("/medicines/calendar/", {"action": "start"})
    old = CalendarFeed.objects.get(user=alice).token
    response = alice_client.post(
        "/medicines/calendar/", {"action": "start"}, follow=True
    )
    assert "The old one no longer works." in response.content.decode()
    new = CalendarFeed.objects.get(user=alice).token
    assert new != old
    assert client.get(f"/medicines/calendar/{old}.ics").status_code == 404
    assert client.get(f"/medicines/calendar/{new}.ics").status_code == 200
    alice_client.post("/medicines/calendar/", {"action": "revoke"})
    assert client.get(f"/medicines/calendar/{new}.ics").status_code == 404
    assert not CalendarFeed.objects.exists()


def test_a_made_up_or_huge_token_is_not_found(client, db):
    assert client.get("/medicines/calendar/nope.ics").status_code == 404
    assert client.get("/medicines/calendar/" + "x" * 5000 + ".ics").status_code == 404


def test_stopped_and_paused_medicines_are_left_out(
    client, alice_client, alice, guidance
):
    from tracker.services import medicines as services

    tablet = add_medicine(alice, "alendronate", first_dose_on=date(2026, 9, 7))
    services.pause_prescription(alice, prescription=tablet, today=date(2026, 11, 23))
    alice_client.post("/medicines/calendar/", {"action": "start"})
    feed = CalendarFeed.objects.get(user=alice)
    assert feed_events(client, f"/medicines/calendar/{feed.token}.ics") == []
