"""Writes for the weekly summary email: claim a user-week, send it once, and
stop the emails from an unsubscribe link.

Each digest is claimed and sent once by ``tracker.services.emails``.
"""

from datetime import datetime, timedelta

from .. import digests
from ..domain.weeks import Week
from ..models import Profile, WeeklyDigest
from ..queries import medicines as medicine_queries
from ..queries import summary as summary_queries
from . import emails
from .common import atomic

# The email lists the clinic doses due this far ahead, so there is time to book.
CLINIC_DOSES_AHEAD = timedelta(weeks=6)


@atomic
def claim_digest(user, *, week: Week, now: datetime) -> WeeklyDigest | None:
    """Claim the user's digest for ``week``; return it, or None if taken or sent."""
    digest, _ = WeeklyDigest.objects.get_or_create(user=user, week_start=week.monday)
    return digest if emails.claim(digest, now=now) else None


def send_digest(profile: Profile, *, now: datetime) -> bool:
    """Send the user's digest for their last complete week, once; return True if
    sent (see ``tracker.services.emails``)."""
    week = digests.last_complete_week(profile, now)
    digest = claim_digest(profile.user, week=week, now=now)
    if digest is None:
        return False

    def message():
        today = digests.local_today(profile, now)
        context = {
            "summary": summary_queries.weekly_summary(
                profile.user, profile, week, today
            ),
            "clinic_doses": medicine_queries.upcoming_clinic_doses(
                profile.user, today, today + CLINIC_DOSES_AHEAD
            ),
        }
        return digests.build_message(profile, week, context)

    return emails.deliver(
        digest,
        now=now,
        message=message,
        what=f"Weekly digest {week} for user {profile.user_id}",
    )


@atomic
def unsubscribe(profile: Profile) -> None:
    """Stop the user's weekly summary emails."""
    profile.weekly_digest = False
    profile.save(update_fields=["weekly_digest"])
