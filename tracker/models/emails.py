"""What every email the app sends by itself keeps: a row that is its claim."""

from django.db import models

from .text import BoundedTextField, length_checks

# The start of the last error, for whoever looks into a failed send.
ERROR_MAX = 2_000


class ClaimedEmail(models.Model):
    """An email sent once, whatever runs at the same moment.

    The row is the claim: a run moves it from pending (or failed) to sending
    with a conditional update (``tracker.services.emails.claim``), so no two
    runs, even at the same moment on two machines, send it twice.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed, to be retried"

    state = models.CharField(max_length=10, choices=State, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = BoundedTextField(max_length=ERROR_MAX, blank=True)

    class Meta:
        abstract = True
        constraints = length_checks(last_error=ERROR_MAX)
