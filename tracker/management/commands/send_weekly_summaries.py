"""Email each opted-in user the summary of their last complete week, once.

Meant for cron, hourly (see the README): each user's week ends at midnight on
Sunday in their own time zone, and a run sends only the digests not yet sent.
Two runs at once never send the same digest twice; a failed send is retried by
the next run.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from tracker.models import Profile
from tracker.services import digests as services


class Command(BaseCommand):
    help = "Email each opted-in user the summary of their last complete week, once."

    def handle(self, *args, **options):
        now = timezone.now()
        profiles = (
            Profile.objects.filter(weekly_digest=True, user__is_active=True)
            .exclude(user__email="")
            .select_related("user")
            .order_by("pk")
        )
        sent = sum(
            services.send_digest(profile, now=now) for profile in profiles.iterator()
        )
        self.stdout.write(f"Weekly summaries sent: {sent}.")
