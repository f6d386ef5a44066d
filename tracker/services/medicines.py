"""Writes for medicines: prescriptions, doses, pauses, stops, the calendar feed
and reminder emails."""

import logging
from datetime import date, datetime, time, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

from django.utils import timezone

from .. import medicine_reminders
from ..domain import medicines
from ..models import (
    CalendarFeed,
    Dose,
    Medicine,
    MedicineReminder,
    Prescription,
    PrescriptionPause,
)
from ..models.medicines import new_feed_token
from ..queries import medicines as queries
from ..queries.medicine_reminders import DueReminder
from . import emails
from .common import (
    DOUBLE_TAP_WINDOW,
    atomic,
    check_owner,
    earlier_submission,
    one_change_at_a_time,
    record_submission,
)

# Fields a prescription form may set; the rest belong to stopping and reminders.
PRESCRIPTION_FIELDS = (
    "interval_count",
    "interval_unit",
    "first_dose_on",
    "end_on",
    "usual_time",
    "prescriber",
    "note",
    "earlier_doses",
    "remind_before",
    "remind_due",
    "remind_late",
    "remind_urgent",
    "remind_at",
)


def dose_moment(day: date, at: time | None, zone: ZoneInfo) -> datetime:
    """Return the aware moment of a dose given on ``day``, at ``at`` or noon.

    A clinic dose logged with a date only is put at midday, so that it stays on
    that day in the user's zone.
    """
    return datetime.combine(day, at or time(12, 0), tzinfo=zone)


@atomic
def add_prescription(
    user,
    *,
    medicine: Medicine | None,
    own_name: str = "",
    own_route: str = "",
    last_given_on: date | None = None,
    zone: ZoneInfo,
    submission: UUID | None = None,
    **fields,
) -> tuple[Prescription, bool]:
    """Add a medicine as prescribed; return it and True.

    For a clinic medicine, ``last_given_on`` (a day up to today) is logged as a
    dose given then, and the schedule counts from it. The form sent again as
    ``submission``, or the same medicine added with the same first dose in the
    last minute, is a double tap: return that one and False.
    """
    one_change_at_a_time(user)
    mine = Prescription.objects.filter(user=user)
    if (earlier := earlier_submission(user, submission, mine)) is not None:
        return earlier, False
    same = Prescription.objects.filter(
        user=user,
        medicine=medicine,
        own_name=own_name,
        first_dose_on=fields["first_dose_on"],
        created_at__gte=timezone.now() - DOUBLE_TAP_WINDOW,
    ).first()
    if same is not None:
        record_submission(user, submission, same)
        return same, False
    prescription = Prescription.objects.create(
        user=user,
        medicine=medicine,
        own_name=own_name,
        own_route="" if medicine else own_route,
        **{
            name: value for name, value in fields.items() if name in PRESCRIPTION_FIELDS
        },
    )
    if last_given_on is not None:
        moment = dose_moment(last_given_on, None, zone)
        Dose.objects.create(
            user=user,
            prescription=prescription,
            taken=True,
            taken_at=moment,
            day=last_given_on,
            time_known=False,
        )
    record_submission(user, submission, prescription)
    return prescription, True


@atomic
def update_prescription(user, *, prescription: Prescription, **fields) -> Prescription:
    """Change a prescription's schedule, dates, details or reminders."""
    check_owner(prescription, user)
    changed = [name for name in fields if name in PRESCRIPTION_FIELDS]
    for name in changed:
        setattr(prescription, name, fields[name])
    if "own_name" in fields and prescription.medicine_id is None:
        prescription.own_name = fields["own_name"]
        prescription.own_route = fields.get("own_route") or prescription.own_route
        changed += ["own_name", "own_route"]
    prescription.save(update_fields=changed)
    return prescription


@atomic
def pause_prescription(
    user, *, prescription: Prescription, today: date, submission: UUID | None = None
) -> bool:
    """Pause from ``today``; return False if it was already paused, or this
    pause form (``submission``) was already sent."""
    check_owner(prescription, user)
    one_change_at_a_time(user)
    pauses = PrescriptionPause.objects.filter(prescription__user=user)
    if earlier_submission(user, submission, pauses) is not None:
        return False
    if prescription.pauses.filter(end_on__isnull=True).exists():
        return False
    pause = PrescriptionPause.objects.create(prescription=prescription, start_on=today)
    record_submission(user, submission, pause)
    return True


@atomic
def resume_prescription(user, *, prescription: Prescription, today: date) -> bool:
    """Take it up again from ``today``; return False if it was not paused.

    A pause that began today and ends today is removed: no day was paused.
    """
    check_owner(prescription, user)
    one_change_at_a_time(user)
    pause = prescription.pauses.filter(end_on__isnull=True).first()
    if pause is None:
        return False
    if pause.start_on >= today:
        pause.delete()
    else:
        pause.end_on = today
        pause.save(update_fields=["end_on"])
    return True


@atomic
def stop_prescription(
    user,
    *,
    prescription: Prescription,
    stopped_on: date,
    stop_reason: str,
    stop_note: str = "",
    follow_on: str = "",
) -> Prescription:
    """Stop a medicine; it keeps its history. An open pause ends on the stop."""
    check_owner(prescription, user)
    record_stop(
        prescription,
        stopped_on=stopped_on,
        stop_reason=stop_reason,
        stop_note=stop_note,
        follow_on=follow_on,
    )
    # A pause still open ends with the stop; one begun after the stop date has
    # no days left.
    PrescriptionPause.objects.filter(
        prescription=prescription, end_on__isnull=True, start_on__lte=stopped_on
    ).update(end_on=stopped_on)
    PrescriptionPause.objects.filter(
        prescription=prescription, end_on__isnull=True
    ).delete()
    return prescription


@atomic
def restart_prescription(user, *, prescription: Prescription) -> Prescription:
    """Undo a stop: the medicine is current again, with its history."""
    check_owner(prescription, user)
    record_stop(prescription, stopped_on=None)
    return prescription


def record_stop(
    prescription: Prescription,
    *,
    stopped_on: date | None,
    stop_reason: str = "",
    stop_note: str = "",
    follow_on: str = "",
) -> None:
    prescription.stopped_on = stopped_on
    prescription.stop_reason = stop_reason
    prescription.stop_note = stop_note
    prescription.follow_on = follow_on
    prescription.save(
        update_fields=["stopped_on", "stop_reason", "stop_note", "follow_on"]
    )


@atomic
def delete_prescription(user, *, prescription: Prescription) -> None:
    """Delete a medicine with its doses, pauses and reminders."""
    check_owner(prescription, user)
    prescription.delete()


@atomic
def log_dose(
    user,
    *,
    prescription: Prescription,
    taken: bool,
    taken_at: datetime,
    zone: ZoneInfo,
    note: str = "",
    time_known: bool = True,
    submission: UUID | None = None,
) -> tuple[Dose, bool]:
    """Log a dose taken (or given) at ``taken_at``, or skipped; return it and True.

    Its day is the user's own day of ``taken_at``. The form sent again as
    ``submission``, or the same kind of dose for the same day logged for this
    medicine in the last minute, is a double tap: return that one and False,
    and save nothing. Doses of other days can be logged one after another.
    """
    check_owner(prescription, user)
    one_change_at_a_time(user)
    mine = Dose.objects.filter(user=user)
    if (earlier := earlier_submission(user, submission, mine)) is not None:
        return earlier, False
    day = medicines.local_day(taken_at, zone)
    just_logged = queries.latest_dose_since(
        prescription,
        taken=taken,
        day=day,
        since=timezone.now() - DOUBLE_TAP_WINDOW,
    )
    if just_logged is not None:
        record_submission(user, submission, just_logged)
        return just_logged, False
    dose = Dose.objects.create(
        user=user,
        prescription=prescription,
        taken=taken,
        taken_at=taken_at,
        day=day,
        note=note,
        time_known=time_known,
    )
    record_submission(user, submission, dose)
    return dose, True


@atomic
def update_dose(
    user,
    *,
    dose: Dose,
    taken: bool,
    taken_at: datetime,
    zone: ZoneInfo,
    note: str,
    time_known: bool = True,
) -> Dose:
    check_owner(dose, user)
    dose.taken = taken
    dose.taken_at = taken_at
    dose.day = medicines.local_day(taken_at, zone)
    dose.note = note
    dose.time_known = time_known
    dose.save(update_fields=["taken", "taken_at", "day", "note", "time_known"])
    return dose


@atomic
def delete_dose(user, *, dose: Dose) -> None:
    check_owner(dose, user)
    dose.delete()


@atomic
def start_calendar_feed(user, *, shows_names: bool) -> CalendarFeed:
    """Make the user's private calendar address, or a new one in place of the
    old, which then stops working."""
    one_change_at_a_time(user)
    feed, created = CalendarFeed.objects.get_or_create(
        user=user, defaults={"shows_names": shows_names}
    )
    if not created:
        feed.token = new_feed_token()
        feed.shows_names = shows_names
        feed.save(update_fields=["token", "shows_names"])
    return feed


@atomic
def set_calendar_names(user, *, feed: CalendarFeed, shows_names: bool) -> CalendarFeed:
    check_owner(feed, user)
    feed.shows_names = shows_names
    feed.save(update_fields=["shows_names"])
    return feed


@atomic
def revoke_calendar_feed(user) -> None:
    """Remove the private calendar address: calendars subscribed to it get
    nothing more."""
    CalendarFeed.objects.filter(user=user).delete()


@atomic
def stop_reminders(prescription: Prescription) -> None:
    """Turn off every reminder email of one medicine (the one-click unsubscribe)."""
    prescription.remind_before = prescription.remind_due = False
    prescription.remind_late = prescription.remind_urgent = False
    prescription.save(
        update_fields=["remind_before", "remind_due", "remind_late", "remind_urgent"]
    )


# --- Reminder emails ----------------------------------------------------------

logger = logging.getLogger(__name__)

# A claim older than this is from a run that died mid-send; it may be taken again.
STALE_CLAIM = timedelta(minutes=30)
# After this many failed attempts a reminder is left alone (and stays logged).
MAX_ATTEMPTS = 5


@atomic
def claim_reminder(
    prescription: Prescription, *, due_on: date, stage: str, now: datetime
) -> MedicineReminder | None:
    """Claim the reminder for this dose and stage; None if another run has it,
    it was sent, or it failed too often (see ``tracker.services.emails``)."""
    reminder, _ = MedicineReminder.objects.get_or_create(
        prescription=prescription, due_on=due_on, stage=stage
    )
    return reminder if emails.claim(reminder, now=now) else None


def send_reminder(reminder: DueReminder, *, now: datetime) -> bool:
    """Send one reminder email, once; return True if sent."""
    prescription = reminder.prescription
    claimed = claim_reminder(
        prescription, due_on=reminder.due, stage=reminder.stage, now=now
    )
    if claimed is None:
        return False
    return emails.deliver(
        claimed,
        now=now,
        message=lambda: medicine_reminders.build_message(reminder),
        what=f"Medicine reminder ({reminder.stage}, due {reminder.due}) for "
        f"prescription {prescription.pk}",
    )
