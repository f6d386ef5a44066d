"""The weekly summary email: its week, its message and its unsubscribe link.

Nothing here writes; ``tracker.services.digests`` claims a user-week and sends
it once, and ``send_weekly_summaries`` (a cron job) calls it for each user.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core import signing
from django.urls import reverse

from .domain.weeks import Week
from .emails import UnfoldedEmail, message_from_templates
from .models import Profile

UNSUBSCRIBE_SALT = "tracker.weekly-digest-unsubscribe"


def local_today(profile: Profile, now: datetime) -> date:
    return now.astimezone(ZoneInfo(profile.time_zone)).date()


def last_complete_week(profile: Profile, now: datetime) -> Week:
    """Return the most recent week that has ended in the user's own time zone."""
    return Week.of(local_today(profile, now)).previous()


def unsubscribe_token(user) -> str:
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(user.pk))


def user_id_from_token(token: str) -> int | None:
    try:
        return int(signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None


def build_message(profile: Profile, week: Week, context: dict) -> UnfoldedEmail:
    unsubscribe_url = settings.SITE_URL + reverse(
        "tracker:digest_unsubscribe", args=[unsubscribe_token(profile.user)]
    )
    context = {
        **context,
        "user": profile.user,
        "week": week,
        "site_url": settings.SITE_URL,
    }
    return message_from_templates(
        "weekly_summary",
        context,
        to=profile.user.email,
        unsubscribe_url=unsubscribe_url,
    )
