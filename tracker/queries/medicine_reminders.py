"""Reads for medicine reminder emails: which reminders are due at a moment.

A run reads in at most 3 queries, however many prescriptions and users: the
prescriptions with reminders on (with user, profile, medicine and last dose
given), the doses and pauses of those whose reminder time has come today
(``medicines.history``), and the reminders already sent for the due dates
found. Stages come from ``tracker.domain.medicines``.
"""

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.db.models import Max, Q

from ..domain import medicines
from ..models import MedicineReminder, Prescription, Profile
from . import medicines as queries

# Days over, in each stage there is nothing to send.
NO_REMINDER = (medicines.PAUSED, medicines.STOPPED, medicines.ENDED)


@dataclass(frozen=True)
class DueReminder:
    """A reminder to send now: a prescription's dose due on ``status.due``, at
    ``stage`` (before, due, late or urgent), as of the user's ``today``."""

    prescription: Prescription
    stage: str
    status: medicines.Status
    today: date

    @property
    def due(self) -> date:
        return self.status.due


def zone_of(user) -> ZoneInfo:
    """Return the user's zone; UTC for an account made without a profile."""
    try:
        return ZoneInfo(user.profile.time_zone)
    except Profile.DoesNotExist:
        return ZoneInfo("UTC")


def prescriptions_to_remind() -> list[Prescription]:
    """Return every current prescription with a reminder stage ticked, of an
    active user with an email address, each with its user, profile, medicine
    and ``last_taken_day`` (1 query)."""
    wanted = (
        Q(remind_before=True)
        | Q(remind_due=True)
        | Q(remind_late=True)
        | Q(remind_urgent=True)
    )
    return list(
        Prescription.objects.filter(wanted, stopped_on__isnull=True)
        .filter(user__is_active=True)
        .exclude(user__email="")
        .select_related("user", "user__profile", "medicine")
        .annotate(last_taken_day=Max("doses__day", filter=Q(doses__taken=True)))
        .order_by("pk")
    )


def look_back(prescription: Prescription, today: date) -> date:
    """Return the first day of doses that the next due date depends on.

    A calendar schedule looks at most two intervals back for a date not yet
    taken, and a dose there may count for a date half an interval earlier.
    A clinic medicine counts from its last dose given, which the first query
    already brings; its pauses are read whatever their age. This is much less
    than ``queries.medicines.history_since``, which also covers a year of
    adherence that a reminder does not need.
    """
    if prescription.rule == medicines.FROM_LAST_DOSE:
        return today
    return prescription.interval.after(today, -3)


def due_reminders(now: datetime) -> list[DueReminder]:
    """Return the reminders to send at ``now``, not yet sent (at most 3 queries).

    A prescription's reminder is due once ``remind_at`` has come on the user's
    own day, for the current stage of the current due date, if the user ticked
    that stage. Paused, stopped and finished medicines have none.
    """
    waiting = []
    for prescription in prescriptions_to_remind():
        local = now.astimezone(zone_of(prescription.user))
        if local.time() >= prescription.remind_at:
            waiting.append((prescription, local.date()))
    if not waiting:
        return []
    found = queries.history(
        [prescription for prescription, _ in waiting],
        {
            prescription.pk: look_back(prescription, today)
            for prescription, today in waiting
        },
    )
    due = []
    for prescription, today in waiting:
        doses = list(found.doses.get(prescription.pk, []))
        last = prescription.last_taken_day
        if last is not None and not any(dose.day == last for dose in doses):
            doses.insert(0, medicines.Dose(last))  # an older last dose sets the next
        plan = queries.plan_of(prescription, found.pauses.get(prescription.pk, []))
        thresholds = queries.thresholds_of(prescription)
        status = medicines.status(plan, doses, today, thresholds)
        if status.stage in NO_REMINDER:
            continue
        stage = medicines.reminder_stage(status.due, today, plan, thresholds)
        if stage is not None and stage in prescription.reminder_stages:
            due.append(DueReminder(prescription, stage, status, today))
    return not_sent(due)


def not_sent(due: list[DueReminder]) -> list[DueReminder]:
    """Leave out the reminders already sent (1 query; none when there are none)."""
    if not due:
        return []
    sent = set(
        MedicineReminder.objects.filter(
            prescription_id__in={reminder.prescription.pk for reminder in due},
            due_on__in={reminder.due for reminder in due},
            state=MedicineReminder.State.SENT,
        ).values_list("prescription_id", "due_on", "stage")
    )
    return [
        reminder
        for reminder in due
        if (reminder.prescription.pk, reminder.due, reminder.stage) not in sent
    ]


def prescription_by_id(pk: int) -> Prescription | None:
    """Return the prescription ``pk`` with its medicine, or None (1 query)."""
    return Prescription.objects.filter(pk=pk).select_related("medicine").first()
