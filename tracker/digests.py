"""Weekly summary emails: claim a user-week, build the message, send it once.

``send_weekly_summaries`` (a cron job) calls ``send_due_digests``. A digest row
is claimed with a conditional UPDATE, so two runs at once never both send it.
A failed send is logged and left "failed"; the next run claims it again.
"""

import logging
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse

from .domain.weeks import Week
from .models import Profile, WeeklyDigest

logger = logging.getLogger(__name__)

# A claim older than this is from a run that died mid-send; it may be taken again.
STALE_CLAIM = timedelta(minutes=30)
# After this many failed attempts a digest is left alone (and stays logged).
MAX_ATTEMPTS = 5
UNSUBSCRIBE_SALT = "tracker.weekly-digest-unsubscribe"


def local_today(profile: Profile, now: datetime) -> date:
    return now.astimezone(ZoneInfo(profile.time_zone)).date()


def last_complete_week(profile: Profile, now: datetime) -> Week:
    """Return the most recent week that has ended in the user's own time zone."""
    return Week.of(local_today(profile, now)).previous()


def claim(user, week: Week, now: datetime) -> WeeklyDigest | None:
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


def unsubscribe_token(user) -> str:
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(user.pk))


def user_id_from_token(token: str) -> int | None:
    try:
        return int(signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None


def build_message(
    profile: Profile, week: Week, context: dict
) -> EmailMultiAlternatives:
    unsubscribe_url = settings.SITE_URL + reverse(
        "tracker:digest_unsubscribe", args=[unsubscribe_token(profile.user)]
    )
    context = {
        **context,
        "user": profile.user,
        "week": week,
        "site_url": settings.SITE_URL,
        "unsubscribe_url": unsubscribe_url,
    }
    subject = render_to_string("emails/weekly_summary_subject.txt", context).strip()
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("emails/weekly_summary_body.txt", context),
        to=[profile.user.email],
        headers={
            # One-click unsubscribe in mail apps (RFC 8058).
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(
        render_to_string("emails/weekly_summary_body.html", context), "text/html"
    )
    return message


def send_digest(profile: Profile, now: datetime, build_context) -> bool:
    """Send the user's digest for their last complete week, once; return True if sent.

    ``build_context(profile, week, today)`` returns the summary's template context.
    """
    week = last_complete_week(profile, now)
    digest = claim(profile.user, week, now)
    if digest is None:
        return False
    try:
        context = build_context(profile, week, local_today(profile, now))
        build_message(profile, week, context).send()
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
