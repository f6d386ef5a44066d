"""The private calendar feed: a user's next doses as iCalendar (RFC 5545),
made with the icalendar library, for a phone's calendar to subscribe to."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from ..domain import medicines
from ..queries.medicines import MedicineState

# A medicine's name stays out of the calendar unless the user asks for it: a
# calendar is often seen by others, or synced to other services.
PRIVATE_NAME = "Bone medicine"
FEED_MONTHS = 12
# An all-day dose's alarm rings at this hour of its day.
ALARM_HOUR = 9


def dose_calendar(
    states: list[MedicineState],
    *,
    shows_names: bool,
    today: date,
    zone: ZoneInfo,
    now: datetime,
    site: str,
) -> bytes:
    """Return the next 12 months of due doses of current medicines, each with an
    alarm; clinic medicines with a booking stage get a second alarm then."""
    calendar = Calendar()
    calendar.add("prodid", "-//Bone Health Tracker//Medicine doses//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Bone medicines" if shows_names else PRIVATE_NAME)
    calendar.add("x-published-ttl", "PT1H")
    until = medicines.Interval(FEED_MONTHS, medicines.MONTH).after(today)
    for state in states:
        prescription = state.prescription
        if prescription.is_stopped:
            continue
        name = state.name if shows_names else PRIVATE_NAME
        for due in medicines.upcoming_due_dates(state.plan, state.doses, today, until):
            event = Event()
            event.add("uid", f"dose-{prescription.pk}-{due.isoformat()}@{site}")
            event.add("dtstamp", now)
            verb = "due at the clinic" if prescription.is_clinic else "due"
            event.add("summary", f"{name}: dose {verb}")
            usual = prescription.usual_time
            if usual is not None and not prescription.is_clinic:
                start = datetime.combine(due, usual, tzinfo=zone)
                event.add("dtstart", start)
                event.add("dtend", start + timedelta(minutes=15))
                ring = timedelta(0)
            else:
                event.add("dtstart", due)
                event.add("dtend", due + timedelta(days=1))
                ring = timedelta(hours=ALARM_HOUR)
            event.add(
                "description",
                "A reminder of your own prescription, from Bone Health Tracker. "
                "Follow your prescriber's instructions.",
            )
            event.add_component(alarm(f"{name}: dose {verb} today", ring))
            booking = state.medicine and state.medicine.book_days_before_due
            if booking and prescription.is_clinic:
                event.add_component(
                    alarm(
                        f"{name}: book your appointment",
                        ring - timedelta(days=booking),
                    )
                )
            calendar.add_component(event)
    # Timed doses name the user's zone, which RFC 5545 wants defined in the file.
    calendar.add_missing_timezones()
    return calendar.to_ical()


def alarm(text: str, trigger: timedelta) -> Alarm:
    found = Alarm()
    found.add("action", "DISPLAY")
    found.add("description", text)
    found.add("trigger", trigger)
    return found
