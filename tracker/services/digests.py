"""Writes for the weekly summary email: claim a user-week, send it once, and
stop the emails from an unsubscribe link.

A digest row is claimed with a conditional UPDATE, so two runs at once never
both send it. A failed send is logged and left "failed"; the next run claims
it again.
"""

import logging
from datetime import datetime, timedelta

from django.db.models import F, Q

from .. import digests
from ..domain.weeks import Week
from ..models import Profile, WeeklyDigest
from ..queries import medicines as medicine_queries
from ..queries import summary as summary_queries
from .common import atomic

logger = logging.getLogger(__name__)

# A claim older than this is from a run that died mid-send; it may be taken again.
STALE_CLAIM = timedelta(minutes=30)
# After this many failed attempts a digest is left alone (and stays logged).
MAX_ATTEMPTS = 5
# The email lists the clinic doses due this far ahead, so there is time to book.
CLINIC_DOSES_AHEAD = timedelta(weeks=6)


@atomic
def claim_digest(user, *, week: Week, now: datetime) -> WeeklyDigest | None:
    """Claim the user's digest for ``week``; return it, or None if taken or sent."""
    digest, _ = WeeklyDigest.objects.get_or_create(user=user, week_start=week.monday)
    claimable = Q(
        state__in=[WeeklyDigest.State.PENDING, WeeklyDigest.State.FAILED]
    ) | Q(state=WeeklyDigest.State.SENDING, claimed_at__lt=now - STALE_CLAIM)
    claimed = (
        WeeklyDigest.objects.filter(pk=digest.pk, attempts__lt=MAX_ATTEMPTS)
        .filter(claimable)
        .update(
            state=WeeklyDigest.State.SENDING,
            claimed_at=now,
            attempts=F("attempts") + 1,
        )
    )
    return digest if claimed == 1 else None


def send_digest(profile: Profile, *, now: datetime) -> bool:
    """Send the user's digest for their last complete week, once; return True if sent.

    No transaction spans the whole: the claim commits before the email goes,
    so another run sees it taken while this one talks to the mail server, and
    each outcome is one UPDATE of its own.
    """
    week = digests.last_complete_week(profile, now)
    digest = claim_digest(profile.user, week=week, now=now)
    if digest is None:
        return False
    try:
        today = digests.local_today(profile, now)
        context = {
            "summary": summary_queries.weekly_summary(
                profile.user, profile, week, today
            ),
            "clinic_doses": medicine_queries.upcoming_clinic_doses(
                profile.user, today, today + CLINIC_DOSES_AHEAD
            ),
        }
        digests.build_message(profile, week, context).send()
    except Exception as error:  # any failure: log it, keep the row for a retry
        logger.exception("Weekly digest %s for user %s failed", week, profile.user_id)
        WeeklyDigest.objects.filter(pk=digest.pk).update(
            state=WeeklyDigest.State.FAILED, last_error=repr(error)[:2000]
        )
        return False
    WeeklyDigest.objects.filter(pk=digest.pk).update(
        state=WeeklyDigest.State.SENT, sent_at=now, last_error=""
    )
    return True


@atomic
def unsubscribe(profile: Profile) -> None:
    """Stop the user's weekly summary emails."""
    profile.weekly_digest = False
    profile.save(update_fields=["weekly_digest"])
