from django.conf import settings
from django.db import models

from .emails import ClaimedEmail


class WeeklyDigest(ClaimedEmail):
    """One user's weekly summary email for one week.

    The row is the claim: ``send_weekly_summaries`` moves it from pending (or
    failed) to sending with a conditional update, so two runs, even at the same
    moment, never send the same week twice.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="weekly_digests",
    )
    week_start = models.DateField(help_text="Monday of the week, in the user's zone.")

    class Meta(ClaimedEmail.Meta):
        constraints = [
            *ClaimedEmail.Meta.constraints,
            models.UniqueConstraint(
                fields=["user", "week_start"], name="one_digest_per_user_week"
            ),
        ]

    def __str__(self):
        return f"Digest for {self.user} for the week of {self.week_start}"
