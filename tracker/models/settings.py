"""The pattern both admin settings models share: exactly one row, id 1."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from .guidance import GuidanceManager


class SingleRowSettings(models.Model):
    """Settings an admin edits: one row, whose id is always 1.

    The check constraint keeps a second row out of the database. Read it with
    ``load()``: before ``seed_guidance`` or an admin has saved it, that returns
    an unsaved row of the model's defaults, so every page works on an empty
    database.
    """

    id = models.PositiveSmallIntegerField(primary_key=True, default=1, editable=False)

    objects = GuidanceManager()

    # Foreign keys ``load()`` reads with the row, in the same query.
    load_related: tuple[str, ...] = ()

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(id=1), name="%(app_label)s_%(class)s_single_row"
            ),
        ]

    @classmethod
    def load(cls):
        """Return the saved row with ``load_related``, or the defaults unsaved
        (1 query)."""
        return (
            cls.objects.select_related(*cls.load_related).filter(pk=1).first() or cls()
        )


# "Close" by default: at least 95 % of a goal (a day at 1,195 of 1,200 mg).
DEFAULT_CLOSE_PERCENT = 95


class GoalSettings(SingleRowSettings):
    """How every goal's "close" is drawn: one row, set by an admin.

    A product choice, not a clinical fact: docs/bone-facts.md gives targets, not
    a margin around them. Close is said as such and never counted as met.
    """

    close_percent = models.PositiveSmallIntegerField(
        "close from (percent of the goal)",
        default=DEFAULT_CLOSE_PERCENT,
        validators=[MinValueValidator(50), MaxValueValidator(99)],
        help_text=(
            "A product choice, not a clinical fact: no source sets it. A day or "
            "week at this share of its goal or more, but short of it, reads "
            "“close” instead of “not yet”, and pages say what close means "
            "(95 reads “close means within 5 % of the goal”). Close never counts "
            "as met. From 50 to 99; 95 unless you change it."
        ),
    )

    class Meta(SingleRowSettings.Meta):
        verbose_name = "goal settings"
        verbose_name_plural = "goal settings"
        constraints = [
            *SingleRowSettings.Meta.constraints,
            models.CheckConstraint(
                condition=Q(close_percent__gte=50, close_percent__lte=99),
                name="goal_close_percent_range",
                violation_error_message="Close must be from 50 to 99 % of the goal.",
            ),
        ]

    def __str__(self):
        return "Goal settings"
