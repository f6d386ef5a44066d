"""Email the medicine reminders that users asked for, each once.

Meant for cron, every 15 minutes (see the README): a reminder goes on the
first run at or after the medicine's reminder time, on the user's own day. Two
runs at once never send the same reminder twice; a failed send is retried by
the next runs.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from tracker.queries import medicine_reminders
from tracker.services import medicines


class Command(BaseCommand):
    help = "Email the medicine reminders that are due now, each once."

    def handle(self, *args, **options):
        now = timezone.now()
        sent = sum(
            medicines.send_reminder(reminder, now=now)
            for reminder in medicine_reminders.due_reminders(now)
        )
        self.stdout.write(f"Medicine reminders sent: {sent}.")
