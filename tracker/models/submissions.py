from django.conf import settings
from django.db import models
from django.utils import timezone


class SubmissionClaim(models.Model):
    """One sending of a form that adds a row, claimed by the request that saved it.

    Each such form carries a token made when it was shown. The first request
    with the token inserts this row in the transaction of its write; a second
    one (a double tap, the page sent again) waits for it on the unique
    constraint and then finds the row it made (``row_kind`` and ``row_id``)
    instead of adding another. Claims older than a day are pruned
    (``services.common.SUBMISSION_KEPT``).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    token = models.UUIDField()
    # The row the claim's request made, as "app_label.model" and its key; empty
    # only inside the transaction that is still making it.
    row_kind = models.CharField(max_length=100, blank=True)
    row_id = models.BigIntegerField(null=True, blank=True)
    claimed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "token"], name="one_claim_per_submission"
            )
        ]
        indexes = [
            models.Index(fields=["user", "claimed_at"], name="submission_claim_age")
        ]

    def __str__(self):
        return f"Submission {self.token} by user {self.user_id}"
