"""Sending an email once: claim its row, send, and record how it went.

Both of the app's own emails (the weekly summary, the medicine reminders) go
through here. A row is claimed with a conditional UPDATE, so two runs at once,
even on two machines, never both send it. No transaction spans the whole: the
claim commits before the email goes, so another run sees it taken while this
one talks to the mail server, and each outcome is one UPDATE of its own. A
failed send is logged and left "failed"; a later run claims it again.
"""

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from django.core.mail import EmailMessage
from django.db.models import F, Q

from ..models.emails import ERROR_MAX, ClaimedEmail
from .common import atomic

logger = logging.getLogger(__name__)

# A claim older than this is from a run that died mid-send; it may be taken again.
STALE_CLAIM = timedelta(minutes=30)
# After this many failed attempts an email is left alone (and stays logged).
MAX_ATTEMPTS = 5


@atomic
def claim(row: ClaimedEmail, *, now: datetime) -> bool:
    """Claim ``row`` for this run; False if another run has it, it was sent,
    or it has failed ``MAX_ATTEMPTS`` times."""
    State = ClaimedEmail.State
    claimable = Q(state__in=[State.PENDING, State.FAILED]) | Q(
        state=State.SENDING, claimed_at__lt=now - STALE_CLAIM
    )
    claimed = (
        type(row)
        .objects.filter(pk=row.pk, attempts__lt=MAX_ATTEMPTS)
        .filter(claimable)
        .update(state=State.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    )
    return claimed == 1


def deliver(
    row: ClaimedEmail, *, now: datetime, message: Callable[[], EmailMessage], what: str
) -> bool:
    """Send ``message()`` for a claimed ``row`` and record it; return True if
    sent. ``what`` names the email in the log."""
    State = ClaimedEmail.State
    rows = type(row).objects.filter(pk=row.pk)
    try:
        message().send()
    except Exception as error:  # any failure: log it, keep the row for a retry
        logger.exception("%s failed", what)
        rows.update(state=State.FAILED, last_error=repr(error)[:ERROR_MAX])
        return False
    rows.update(state=State.SENT, sent_at=now, last_error="")
    return True
