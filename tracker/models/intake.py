"""The calcium and vitamin D diary: entries, quick estimates and favourites.

An entry keeps a copy of what it was logged with (name, serving, values per serving
and the computed amounts), so an admin's later correction of a food leaves past days
as they were. Arithmetic lives in ``tracker/intake.py``.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from ..domain import intake, measures
from .guidance import SOURCE_NOTE_HELP, Food, Source, Supplement
from .settings import SingleRowSettings
from .stable_ids import stable_id

# An integer per serving times up to 20 servings, to 4 decimal places.
NUTRIENT_DIGITS = {"max_digits": 16, "decimal_places": 4}
SERVINGS_DIGITS = {"max_digits": 6, "decimal_places": 4}


class IntakeEntry(models.Model):
    """One food or supplement logged on a day, with the values it was logged with."""

    class Kind(models.TextChoices):
        FOOD = "food", "Food"
        SUPPLEMENT = "supplement", "Supplement"

    class Unit(models.TextChoices):
        SERVINGS = measures.SERVINGS, "servings"
        GRAMS = measures.GRAMS, "grams (g)"
        MILLILITRES = measures.MILLILITRES, "millilitres (ml)"

    uid = stable_id()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    day = models.DateField(help_text="The user's own local day.")
    kind = models.CharField(max_length=10, choices=Kind)
    # Kept only to repeat or favourite the item; the values below never follow it.
    food = models.ForeignKey(
        Food, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    supplement = models.ForeignKey(
        Supplement, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    name = models.CharField(max_length=200)
    serving = models.CharField(
        max_length=100, help_text="One serving or dose, e.g. 1 cup or 1 tablet."
    )
    amount = models.DecimalField("servings", **SERVINGS_DIGITS)
    # How the amount was typed; ``amount`` holds it in servings all the same.
    unit = models.CharField(
        max_length=8, choices=Unit, default=Unit.SERVINGS, help_text="As typed."
    )
    # One serving's weight and (drinks) volume, as logged, to show and change
    # the amount in grams or millilitres.
    grams_per_serving = models.DecimalField(
        max_digits=7, decimal_places=2, null=True, blank=True
    )
    ml_per_serving = models.DecimalField(
        max_digits=7, decimal_places=2, null=True, blank=True
    )
    calcium_mg_per_serving = models.PositiveIntegerField()
    vitamin_d_iu_per_serving = models.PositiveIntegerField()
    calcium_mg = models.DecimalField(**NUTRIENT_DIGITS)
    vitamin_d_iu = models.DecimalField(**NUTRIENT_DIGITS)
    low_absorption = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["day", "created_at", "pk"]
        verbose_name_plural = "intake entries"
        indexes = [models.Index(fields=["user", "day"], name="intake_user_day")]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gt=0), name="intake_amount_positive"
            ),
            models.CheckConstraint(
                condition=Q(calcium_mg__gte=0, vitamin_d_iu__gte=0),
                name="intake_values_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(kind="food", supplement__isnull=True)
                | Q(kind="supplement", food__isnull=True, low_absorption=False),
                name="intake_kind_matches_item",
            ),
            models.CheckConstraint(
                condition=Q(unit="servings")
                | Q(unit="g", grams_per_serving__gt=0)
                | Q(unit="ml", ml_per_serving__gt=0),
                name="intake_unit_has_size",
            ),
        ]

    def __str__(self):
        return f"{self.day}: {self.amount} × {self.name}, {self.serving}"

    @property
    def is_supplement(self):
        return self.kind == self.Kind.SUPPLEMENT

    @property
    def item_id(self):
        return self.supplement_id if self.is_supplement else self.food_id

    @property
    def can_repeat(self):
        """Whether the item is still in the list, so it can be logged or starred.
        Only entries read by ``queries.intake.entries_by_day`` know it."""
        return self.item_is_active

    @property
    def item_key(self):
        """ "food-12" or "supplement-3"; empty once the item is deleted."""
        return f"{self.kind}-{self.item_id}" if self.item_id else ""

    @property
    def measures(self):
        return measures.Measures(self.grams_per_serving, self.ml_per_serving)

    @property
    def portion_text(self):
        """ "1½ × 1 cup", or "200 ml" when logged in millilitres."""
        return measures.portion_text(
            self.amount, self.serving, self.unit, self.measures
        )

    @property
    def calcium_text(self):
        return intake.format_mg(self.calcium_mg)


class IntakeEstimate(models.Model):
    """A quick estimate of a day's food, in servings, as the BHOF/IOF calculators ask.

    The computed values are kept as they were on saving, like an entry's.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    day = models.DateField(help_text="The user's own local day.")
    milk_servings = models.DecimalField(default=0, **SERVINGS_DIGITS)
    yogurt_servings = models.DecimalField(default=0, **SERVINGS_DIGITS)
    cheese_servings = models.DecimalField(default=0, **SERVINGS_DIGITS)
    fortified_servings = models.DecimalField(default=0, **SERVINGS_DIGITS)
    calcium_mg = models.DecimalField(
        help_text="From the servings, without the baseline.", **NUTRIENT_DIGITS
    )
    vitamin_d_iu = models.DecimalField(**NUTRIENT_DIGITS)
    baseline_calcium_mg = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="The baseline for other foods when saved; empty if none was set.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="one_estimate_a_day"),
            models.CheckConstraint(
                condition=Q(
                    milk_servings__gte=0,
                    yogurt_servings__gte=0,
                    cheese_servings__gte=0,
                    fortified_servings__gte=0,
                    calcium_mg__gte=0,
                    vitamin_d_iu__gte=0,
                ),
                name="estimate_not_negative",
            ),
        ]

    def __str__(self):
        return f"Estimate for {self.day}"

    @property
    def calcium_whole_mg(self):
        """Calcium from the servings, rounded half up to a whole mg."""
        return intake.round_whole(self.calcium_mg)

    @property
    def servings(self):
        """Servings by estimate line key (see ``intake.ESTIMATE_LINES``)."""
        return {
            "milk": self.milk_servings,
            "yogurt": self.yogurt_servings,
            "cheese": self.cheese_servings,
            "fortified": self.fortified_servings,
        }


class EstimateSettings(SingleRowSettings):
    """The quick estimate's baseline for "other foods": one row, set by an admin.

    docs/bone-facts.md has no baseline number, so none ships: until an admin enters
    one with its source, the estimate counts only the servings a user enters.
    """

    other_foods_calcium_mg = models.PositiveIntegerField(
        "baseline calcium from other foods (mg a day)",
        null=True,
        blank=True,
        help_text=(
            "Calcium a typical day's other foods (bread, vegetables, meat...) "
            "provide, as the calculator you follow gives it. Leave empty if you "
            "have no cited number."
        ),
    )
    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    source_detail = models.CharField(
        "source note", max_length=200, blank=True, help_text=SOURCE_NOTE_HELP
    )

    load_related = ("source",)

    class Meta(SingleRowSettings.Meta):
        verbose_name = "quick estimate settings"
        verbose_name_plural = "quick estimate settings"
        constraints = [
            *SingleRowSettings.Meta.constraints,
            models.CheckConstraint(
                condition=Q(other_foods_calcium_mg__isnull=True)
                | Q(source__isnull=False),
                name="estimate_baseline_cites_source",
                violation_error_message="A baseline needs a source.",
            ),
        ]

    def __str__(self):
        return "Quick estimate settings"


class Favourite(models.Model):
    """A food or supplement a user starred, to log it with one tap."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    food = models.ForeignKey(
        Food, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    supplement = models.ForeignKey(
        Supplement, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(food__isnull=False, supplement__isnull=True)
                | Q(food__isnull=True, supplement__isnull=False),
                name="favourite_is_one_item",
            ),
            models.UniqueConstraint(
                fields=["user", "food"],
                condition=Q(food__isnull=False),
                name="unique_favourite_food",
            ),
            models.UniqueConstraint(
                fields=["user", "supplement"],
                condition=Q(supplement__isnull=False),
                name="unique_favourite_supplement",
            ),
        ]

    def __str__(self):
        # No user: the admin may list favourites when a food is deleted.
        return f"Favourite since {self.created_at:%Y-%m-%d}"
