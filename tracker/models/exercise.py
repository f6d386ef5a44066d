"""What a user logs: exercise sessions, each of one type from the library."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from .guidance import ExerciseType
from .stable_ids import stable_id

# Input sanity limits, not guidance: the issue sets 1 to 600 minutes (10 hours) a
# session. The others only keep typing slips out of the diary.
MINUTES_MIN = 1
MINUTES_MAX = 600
SETS_MAX = 100
REPS_MAX = 1000
IMPACTS_MAX = 10000


class ExerciseSession(models.Model):
    """One spell of exercise on a local day; it counts toward every category its
    type belongs to."""

    class Effort(models.TextChoices):
        EASY = "easy", "Easy"
        MODERATE = "moderate", "Moderate"
        HARD = "hard", "Hard"

    uid = stable_id()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="exercise_sessions",
    )
    # PROTECT: a type that has sessions is retired (is_active=False), not deleted,
    # so old weeks keep their sessions.
    exercise_type = models.ForeignKey(
        ExerciseType,
        on_delete=models.PROTECT,
        related_name="sessions",
        verbose_name="activity",
    )
    day = models.DateField("date", help_text="The day in the user's own time zone.")
    minutes = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(MINUTES_MIN), MaxValueValidator(MINUTES_MAX)]
    )
    sets = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(SETS_MAX)]
    )
    reps = models.PositiveSmallIntegerField(
        "repetitions",
        null=True,
        blank=True,
        validators=[MaxValueValidator(REPS_MAX)],
    )
    impacts = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(IMPACTS_MAX)]
    )
    effort = models.CharField(max_length=10, choices=Effort, blank=True)
    note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["day", "created_at", "pk"]
        indexes = [models.Index(fields=["user", "day"], name="exercise_user_day")]
        constraints = [
            models.CheckConstraint(
                condition=Q(minutes__gte=MINUTES_MIN, minutes__lte=MINUTES_MAX),
                name="exercise_minutes_in_range",
            ),
            models.CheckConstraint(
                condition=Q(sets__isnull=True) | Q(sets__lte=SETS_MAX),
                name="exercise_sets_in_range",
            ),
            models.CheckConstraint(
                condition=Q(reps__isnull=True) | Q(reps__lte=REPS_MAX),
                name="exercise_reps_in_range",
            ),
            models.CheckConstraint(
                condition=Q(impacts__isnull=True) | Q(impacts__lte=IMPACTS_MAX),
                name="exercise_impacts_in_range",
            ),
            models.CheckConstraint(
                condition=Q(effort__in=["", "easy", "moderate", "hard"]),
                name="exercise_effort_known",
            ),
        ]

    def __str__(self):
        # No user or note: the admin may show sessions (see tracker/admin.py).
        return f"{self.exercise_type}, {self.minutes} min on {self.day}"
