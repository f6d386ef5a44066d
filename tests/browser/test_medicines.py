"""Medicines on a phone, by keyboard alone: adding a weekly tablet and taking it,
a late injection, the calendar feed, and stopping a medicine."""

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from tests.browser.checks import check_page
from tests.browser.conftest import sign_in, tab_to
from tests.helpers import add_medicine
from tracker.domain.dates import format_clock
from tracker.models import Dose, Prescription

NEW_YORK = ZoneInfo("America/New_York")  # alice's zone


def today_in_new_york():
    return timezone.now().astimezone(NEW_YORK).date()


def test_a_weekly_tablet_is_added_and_taken_with_the_morning_routine(
    site, guidance, alice
):
    sign_in(site, alice)
    site.goto(site.base + "/medicines/")
    expect(site.get_by_role("heading", name="Your medicines")).to_be_visible()
    expect(site.get_by_text("No medicines yet")).to_be_visible()
    check_page(site)

    tab_to(site, site.get_by_role("link", name="Add a medicine"), limit=40)
    site.keyboard.press("Enter")
    expect(site.get_by_role("heading", name="Add a medicine")).to_be_visible()
    check_page(site)
    tab_to(site, site.get_by_role("link", name=re.compile("^Alendronate")), limit=40)
    site.keyboard.press("Enter")

    expect(site.get_by_role("heading", name="Add Alendronate")).to_be_visible()
    check_page(site)
    tab_to(site, site.get_by_role("radio", name="Every week"), limit=40)
    site.keyboard.press("Space")
    # The first dose is today unless changed.
    tab_to(site, site.get_by_role("button", name="Add it"), limit=40)
    site.keyboard.press("Enter")

    expect(site.get_by_text("Alendronate is added to your medicines.")).to_be_visible()
    expect(site.get_by_text("Due today")).to_be_visible()
    check_page(site)
    tab_to(site, site.get_by_role("button", name=re.compile("^Taken now")), limit=40)
    site.keyboard.press("Enter")

    expect(site.get_by_text("Taken today.")).to_be_visible()
    dose = Dose.objects.get(prescription__user=alice)
    until = dose.taken_at.astimezone(NEW_YORK) + timedelta(minutes=30)
    expect(
        site.get_by_text(f"Calcium and breakfast from {format_clock(until)}")
    ).to_be_visible()
    check_page(site)


def test_an_injection_seven_months_ago_is_urgent(site, guidance, alice):
    sign_in(site, alice)
    site.goto(site.base + "/medicines/add/")
    tab_to(site, site.get_by_role("link", name=re.compile("^Denosumab")), limit=40)
    site.keyboard.press("Enter")
    expect(site.get_by_role("heading", name="Add Denosumab")).to_be_visible()

    last = today_in_new_york() - timedelta(days=213)  # 7 months, about
    tab_to(site, site.get_by_label(re.compile("Date of your last injection")), limit=40)
    site.keyboard.type(f"{last:%m%d%Y}")  # the date box of an en-US browser
    tab_to(site, site.get_by_role("button", name="Add it"), limit=40)
    site.keyboard.press("Enter")

    expect(site.get_by_text(re.compile(r"^Urgent: \d+ days late"))).to_be_visible()
    expect(site.get_by_text("Contact your clinician now")).to_be_visible()
    assert Prescription.objects.get(user=alice).doses.get().day == last
    site.get_by_text("Why this matters").click()
    expect(site.get_by_text("at most about 4 weeks late")).to_be_visible()
    check_page(site)


def test_the_calendar_address_is_made_and_a_calendar_can_read_it(site, guidance, alice):
    add_medicine(alice, "alendronate", first_dose_on=today_in_new_york())
    sign_in(site, alice)
    site.goto(site.base + "/medicines/")
    tab_to(
        site,
        site.get_by_role("link", name="Add your doses to your phone's calendar"),
        limit=40,
    )
    site.keyboard.press("Enter")
    expect(
        site.get_by_role("heading", name="Your doses in your calendar")
    ).to_be_visible()
    check_page(site)
    tab_to(site, site.get_by_role("button", name="Make my calendar address"), limit=40)
    site.keyboard.press("Enter")

    expect(site.get_by_role("link", name="Subscribe on this phone")).to_be_visible()
    check_page(site)
    address = site.get_by_label("Or copy the address into your calendar app")
    url = address.input_value()
    assert url.endswith(".ics")
    response = site.request.get(url)  # as a phone's calendar would, signed out
    assert response.ok
    events = Calendar.from_ical(response.body()).walk("VEVENT")
    # Today's dose, not yet taken, and each week's for the next 12 months.
    days = sorted(event.decoded("DTSTART") for event in events)
    assert days[0] == today_in_new_york() and len(days) == 53
    assert {str(event["SUMMARY"]) for event in events} == {"Bone medicine: dose due"}


def test_a_medicine_is_stopped_with_a_reason_and_keeps_its_history(
    site, guidance, alice
):
    prescription = add_medicine(
        alice, "raloxifene", first_dose_on=today_in_new_york() - timedelta(days=30)
    )
    sign_in(site, alice)
    site.goto(site.base + f"/medicines/{prescription.pk}/")
    expect(site.get_by_role("heading", name="Raloxifene")).to_be_visible()
    check_page(site)
    tab_to(site, site.get_by_role("link", name="Stop", exact=True), limit=60)
    site.keyboard.press("Enter")

    expect(site.get_by_role("heading", name="Stop Raloxifene")).to_be_visible()
    check_page(site)
    # Tab reaches the first reason; the arrow keys move the choice.
    tab_to(site, site.get_by_role("radio", name="Finished the course"), limit=40)
    site.keyboard.press("ArrowDown")
    site.keyboard.press("ArrowDown")
    site.keyboard.press("ArrowDown")
    expect(site.get_by_role("radio", name="My clinician decided")).to_be_checked()
    tab_to(site, site.get_by_role("button", name="Stop it"), limit=40)
    site.keyboard.press("Enter")

    expect(site.get_by_text(re.compile("Raloxifene is stopped on"))).to_be_visible()
    expect(site.get_by_text(re.compile("my clinician decided"))).to_be_visible()
    check_page(site)
    prescription.refresh_from_db()
    assert prescription.stop_reason == "clinician"
