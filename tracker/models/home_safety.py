"""A user's home-safety checklist answers, Stay Independent self-checks and falls.

Checklist answers are never changed or deleted by the app: each change is a new
row, and an item's state is its latest row (see ``tracker/home_safety.py``).
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from ..domain import home_safety
from .guidance import SOURCE_NOTE_HELP, ChecklistItem, SelfCheckStatement, Source
from .settings import SingleRowSettings
from .stable_ids import stable_id
from .text import BoundedTextField, length_checks

# A few sentences about a fall; longer text was stored whole before 0006.
WHAT_HAPPENED_MAX = 2_000


class HomeSafetySettings(SingleRowSettings):
    """The admin's settings for the home-safety pages: one row."""

    recheck_interval_months = models.PositiveSmallIntegerField(
        "re-check interval (months)",
        default=12,
        help_text="Each checklist answer is due for a re-check after this long.",
    )
    recheck_interval_source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="re-check interval source",
    )
    recheck_interval_source_detail = models.CharField(
        "re-check interval source note",
        max_length=200,
        blank=True,
        help_text=SOURCE_NOTE_HELP,
    )
    self_check_threshold = models.PositiveSmallIntegerField(
        "self-check score to talk to a clinician",
        default=4,
        help_text="At this score or more the result asks the user to talk to their "
        "clinician.",
    )
    self_check_threshold_source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="self-check score source",
    )
    self_check_threshold_source_detail = models.CharField(
        "self-check score source note",
        max_length=200,
        blank=True,
        help_text=SOURCE_NOTE_HELP,
    )

    load_related = ("recheck_interval_source", "self_check_threshold_source")

    class Meta(SingleRowSettings.Meta):
        verbose_name = "home-safety settings"
        verbose_name_plural = "home-safety settings"
        constraints = [
            *SingleRowSettings.Meta.constraints,
            models.CheckConstraint(
                condition=Q(recheck_interval_months__gte=1),
                name="recheck_interval_at_least_a_month",
                violation_error_message="The re-check interval must be at least 1 "
                "month.",
            ),
            models.CheckConstraint(
                condition=Q(self_check_threshold__gte=1),
                name="self_check_threshold_positive",
                violation_error_message="The self-check score must be at least 1.",
            ),
        ]

    def __str__(self):
        return "Home-safety settings"


class ChecklistAnswer(models.Model):
    """One dated answer to a checklist item; the latest one is the item's state."""

    class Status(models.TextChoices):
        NOT_CHECKED = home_safety.NOT_CHECKED, "Not checked yet"
        FINE = home_safety.FINE, "Fine: not a problem here"
        NEEDS_FIXING = home_safety.NEEDS_FIXING, "Needs fixing"
        FIXED = home_safety.FIXED, "Fixed"
        NOT_APPLICABLE = home_safety.NOT_APPLICABLE, "Does not apply here"

    uid = stable_id()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="checklist_answers",
    )
    # PROTECT: an item with answers is retired (is_active), never deleted.
    item = models.ForeignKey(
        ChecklistItem, on_delete=models.PROTECT, related_name="answers"
    )
    status = models.CharField(max_length=20, choices=Status)
    fixed_on = models.DateField(null=True, blank=True)
    note = models.CharField(max_length=200, blank=True)
    answered_at = models.DateTimeField(default=timezone.now)
    day = models.DateField(help_text="The user's local day of answered_at.")

    class Meta:
        ordering = ["answered_at", "id"]
        indexes = [
            models.Index(
                fields=["user", "item", "answered_at"], name="answer_user_item_time"
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status=home_safety.FIXED, fixed_on__isnull=False)
                | (~Q(status=home_safety.FIXED) & Q(fixed_on__isnull=True)),
                name="answer_fixed_on_only_when_fixed",
            ),
            models.CheckConstraint(
                condition=Q(fixed_on__isnull=True) | Q(fixed_on__lte=F("day")),
                name="answer_fixed_on_not_after_answer",
            ),
        ]

    def __str__(self):
        # No user or note: the admin may list answers when an item is deleted.
        return f"{self.get_status_display()} ({self.day:%Y-%m-%d})"

    def as_answer(self) -> home_safety.Answer:
        return home_safety.Answer(
            item_id=self.item_id,
            status=self.status,
            answered_at=self.answered_at,
            day=self.day,
            fixed_on=self.fixed_on,
            note=self.note,
            id=self.pk or 0,
        )


class SelfCheck(models.Model):
    """One completed Stay Independent self-check, scored when it was taken."""

    uid = stable_id()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="self_checks"
    )
    taken_at = models.DateTimeField(default=timezone.now)
    day = models.DateField(help_text="The user's local day of taken_at.")
    score = models.PositiveSmallIntegerField()
    max_score = models.PositiveSmallIntegerField()
    threshold = models.PositiveSmallIntegerField(
        help_text="The score to talk to a clinician, as set when it was taken."
    )

    class Meta:
        verbose_name = "self-check"
        ordering = ["-taken_at", "-id"]
        indexes = [
            models.Index(fields=["user", "-taken_at"], name="self_check_user_time")
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(score__lte=F("max_score")), name="self_check_score_in_range"
            )
        ]

    def __str__(self):
        return f"Self-check of {self.day:%Y-%m-%d}: {self.score} of {self.max_score}"

    def get_absolute_url(self):
        return reverse("tracker:home_safety_self_check_result", args=[self.pk])

    @property
    def talk_to_clinician(self) -> bool:
        return home_safety.talk_to_clinician(self.score, self.threshold)


class SelfCheckAnswer(models.Model):
    """A yes or no to one statement, with the points it was worth at the time."""

    self_check = models.ForeignKey(
        SelfCheck, on_delete=models.CASCADE, related_name="answers"
    )
    statement = models.ForeignKey(
        SelfCheckStatement, on_delete=models.PROTECT, related_name="answers"
    )
    yes = models.BooleanField()
    points = models.PositiveSmallIntegerField(
        help_text="The statement's points for a yes when the check was taken."
    )

    class Meta:
        verbose_name = "self-check answer"
        constraints = [
            models.UniqueConstraint(
                fields=["self_check", "statement"], name="one_answer_per_statement"
            )
        ]

    def __str__(self):
        return f"{'Yes' if self.yes else 'No'} to statement {self.statement_id}"


class Fall(models.Model):
    """A fall or a near-miss the user logged."""

    class Kind(models.TextChoices):
        FALL = home_safety.FALL, "Fall"
        NEAR_MISS = home_safety.NEAR_MISS, "Near-miss"

    uid = stable_id()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="falls"
    )
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.FALL)
    day = models.DateField("date")
    place = models.CharField("where it happened", max_length=100)
    what_happened = BoundedTextField(max_length=WHAT_HAPPENED_MAX, blank=True)
    hurt = models.BooleanField("were you hurt?")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-day", "-created_at", "-id"]
        indexes = [models.Index(fields=["user", "-day"], name="fall_user_day")]
        constraints = length_checks(what_happened=WHAT_HAPPENED_MAX)

    def __str__(self):
        return f"{self.get_kind_display()} on {self.day:%Y-%m-%d}"
