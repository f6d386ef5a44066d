"""Medicine reminder emails: their words, their message and the link that stops
them.

Nothing here writes; ``tracker.services.medicines.send_reminder`` claims a
reminder and sends it once, and ``send_medicine_reminders`` (a cron job) calls
it for each reminder ``tracker.queries.medicine_reminders`` finds due.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse

from .domain import medicines
from .emails import message_from_templates
from .queries.medicine_reminders import DueReminder

# Its own salt: a weekly summary's token for user 7 must not stop the
# reminders of prescription 7.
UNSUBSCRIBE_SALT = "tracker.medicine-reminder-unsubscribe"


def unsubscribe_token(prescription) -> str:
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(prescription.pk))


def prescription_id_from_token(token: str) -> int | None:
    try:
        return int(signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None


@dataclass(frozen=True)
class Wording:
    """What a reminder says: after the medicine's name in the subject, its
    headline, and what to do (empty when nothing is needed)."""

    subject: str
    headline: str
    advice: str


def wording(reminder: DueReminder) -> Wording:
    """Word a reminder from the medicine's status, as its page says it.

    A home medicine's status the day before it is due is only "Next: …", so
    that stage alone has words of its own here.
    """
    status, stage = reminder.status, reminder.stage
    day = medicines.long_day(status.due, status.today)
    if stage == medicines.BEFORE and status.stage == medicines.BOOK:
        return Wording(
            subject=f"book your appointment, due {day}",
            headline=f"{status.words}.",
            advice=status.advice,
        )
    if stage == medicines.BEFORE:
        return Wording(
            subject="due tomorrow", headline=f"Due tomorrow, {day}.", advice=""
        )
    if stage == medicines.DUE:
        return Wording(
            subject="due today",
            headline=f"{status.words}, {day}.",
            advice=status.advice,
        )
    subject = status.words if stage == medicines.LATE else "contact your clinician now"
    return Wording(
        subject=subject,
        headline=f"{status.words}. It was due on {day}.",
        advice=status.advice,
    )


def build_message(reminder: DueReminder) -> EmailMultiAlternatives:
    prescription = reminder.prescription
    site = settings.SITE_URL
    unsubscribe_url = site + reverse(
        "tracker:medicines_unsubscribe", args=[unsubscribe_token(prescription)]
    )
    context = {
        "user": prescription.user,
        "name": prescription.name,
        "stage": reminder.stage,
        "wording": wording(reminder),
        "medicine_url": site
        + reverse("tracker:medicines_detail", args=[prescription.pk]),
        "edit_url": site + reverse("tracker:medicines_edit", args=[prescription.pk]),
    }
    return message_from_templates(
        "medicine_reminder",
        context,
        to=prescription.user.email,
        unsubscribe_url=unsubscribe_url,
    )
