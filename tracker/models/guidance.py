"""Guidance that admins edit: sources, targets, foods, exercise, home safety, tips.

Every row a user sees as advice or as a number points at a Source, so each page can
say where it comes from. Numbers come from ``docs/bone-facts.md`` and nowhere else.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q

from ..domain import citations
from .stable_ids import stable_id
from .text import ARTICLE_MAX, GUIDANCE_TEXT_MAX, BoundedTextField, length_checks


class GuidanceVersion(models.Model):
    """A number that every change to guidance bumps: one row, id 1.

    Caches of guidance (``tracker/queries/cache.py``) keep the number they read
    at, so they know when to read again, in every process.
    """

    id = models.PositiveSmallIntegerField(primary_key=True, default=1, editable=False)
    number = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(id=1), name="guidance_version_single_row"
            ),
        ]

    def __str__(self):
        return f"Guidance version {self.number}"

    @classmethod
    def bump(cls) -> None:
        """Add one to the version, creating its row the first time."""
        if not cls.objects.filter(pk=1).update(number=F("number") + 1):
            cls.objects.get_or_create(pk=1, defaults={"number": 1})


class GuidanceQuerySet(models.QuerySet):
    """Guidance rows. Bulk writes send no signals, so they bump the version
    themselves (``tracker/signals.py`` does it for the rest)."""

    def update(self, **kwargs):
        rows = super().update(**kwargs)
        GuidanceVersion.bump()
        return rows

    def bulk_create(self, objs, *args, **kwargs):
        created = super().bulk_create(objs, *args, **kwargs)
        GuidanceVersion.bump()
        return created

    def bulk_update(self, objs, *args, **kwargs):
        rows = super().bulk_update(objs, *args, **kwargs)
        GuidanceVersion.bump()
        return rows


GuidanceManager = models.Manager.from_queryset(GuidanceQuerySet)


class Source(models.Model):
    """A published document that guidance rows cite."""

    key = models.CharField(
        max_length=30,
        unique=True,
        help_text="A code for editors, as the guidance notes use it, e.g. ODS-Ca.",
    )
    short_name = models.CharField(
        max_length=80,
        blank=True,
        help_text="What users see under advice, e.g. “Osteoporosis Canada, 2014”: "
        "who published it and when. One tap shows the full title. Left empty, "
        "pages show the title up to its first comma or colon.",
    )
    title = models.CharField(
        max_length=300,
        help_text="The full citation. Users see it, linked to the address, when "
        "they open a source and on the About page.",
    )
    url = models.URLField("web address", max_length=500)

    objects = GuidanceManager()

    class Meta:
        ordering = ["key"]

    def __str__(self):
        # The full title names a source; the key is a hint for editors who know it.
        return f"{self.title} ({self.key})"

    @property
    def short_title(self) -> str:
        """The name users see first ("Osteoporosis Canada, 2014")."""
        return citations.short_title(self.short_name, self.title)


SOURCE_NOTE_HELP = (
    "Where in the source, and what it says: a table, a page, a database id. "
    "Users see it after the source's title."
)


class CitedModel(models.Model):
    """Abstract base for admin-edited content: each row names its source."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="+")
    source_detail = models.CharField(
        "source note",
        max_length=200,
        blank=True,
        help_text=SOURCE_NOTE_HELP,
    )

    objects = GuidanceManager()

    class Meta:
        abstract = True


AGE_BAND_OUT_OF_ORDER = "The last age must be the first age or later."
RANGE_OUT_OF_ORDER = "The top of the range must be at least the amount."


class NutrientTarget(CitedModel):
    """A population reference value for one nutrient, sex and age band."""

    class Nutrient(models.TextChoices):
        CALCIUM = "calcium", "Calcium"
        VITAMIN_D = "vitamin_d", "Vitamin D"

    class Kind(models.TextChoices):
        RECOMMENDED = "recommended", "Recommended intake (RDA)"
        UPPER_LIMIT = "upper_limit", "Upper limit (UL)"
        BONE_HEALTH = "bone_health", "Bone-health recommendation"

    class Sex(models.TextChoices):
        ANY = "any", "Everyone"
        FEMALE = "female", "Women"
        MALE = "male", "Men"

    class Unit(models.TextChoices):
        MG = "mg", "mg"
        IU = "IU", "IU"

    nutrient = models.CharField(max_length=20, choices=Nutrient)
    kind = models.CharField(max_length=20, choices=Kind)
    sex = models.CharField(max_length=10, choices=Sex, default=Sex.ANY)
    age_min = models.PositiveSmallIntegerField(help_text="First year of age included.")
    age_max = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Last year of age included; empty means no limit.",
    )
    amount = models.PositiveIntegerField(help_text="Per day, in the unit given.")
    amount_max = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Top of a range, when the source gives a range.",
    )
    unit = models.CharField(max_length=5, choices=Unit)
    note = BoundedTextField(max_length=GUIDANCE_TEXT_MAX, blank=True)

    class Meta:
        ordering = ["nutrient", "kind", "sex", "age_min"]
        constraints = [
            *length_checks(note=GUIDANCE_TEXT_MAX),
            models.UniqueConstraint(
                fields=["nutrient", "kind", "sex", "age_min"],
                name="unique_nutrient_band",
            ),
            models.CheckConstraint(
                condition=Q(age_max__isnull=True) | Q(age_max__gte=models.F("age_min")),
                name="nutrient_age_band_in_order",
                violation_error_message=AGE_BAND_OUT_OF_ORDER,
            ),
            models.CheckConstraint(
                condition=Q(amount_max__isnull=True)
                | Q(amount_max__gte=models.F("amount")),
                name="nutrient_range_in_order",
                violation_error_message=RANGE_OUT_OF_ORDER,
            ),
            # Calcium is counted in mg and vitamin D in IU; µg is only a display choice.
            models.CheckConstraint(
                condition=Q(nutrient="calcium", unit="mg")
                | Q(nutrient="vitamin_d", unit="IU"),
                name="nutrient_unit_matches",
            ),
        ]

    def __str__(self):
        return (
            f"{self.get_nutrient_display()} {self.get_kind_display()}, "
            f"{self.get_sex_display().lower()} {self.age_band}"
        )

    @property
    def age_band(self):
        if self.age_max is None:
            return f"{self.age_min}+"
        return f"{self.age_min}–{self.age_max}"

    def clean(self):
        """Refuse a band or range out of order, and a band that overlaps another.

        Each error goes next to the field to change. Two bands of one nutrient,
        kind and sex that share an age would give a person two targets.
        """
        errors = {}
        if None not in (self.age_min, self.age_max) and self.age_max < self.age_min:
            errors["age_max"] = AGE_BAND_OUT_OF_ORDER
        if None not in (self.amount, self.amount_max) and self.amount_max < self.amount:
            errors["amount_max"] = RANGE_OUT_OF_ORDER
        if not errors and self.age_min is not None:
            overlapping = self.overlapping_band()
            if overlapping is not None:
                errors["age_min"] = (
                    f"These ages overlap “{overlapping}”. Change this band or that "
                    "one so that each age has one target."
                )
        if errors:
            raise ValidationError(errors)

    def overlapping_band(self):
        """Return another target of this nutrient, kind and sex that shares an age."""
        others = NutrientTarget.objects.filter(
            nutrient=self.nutrient, kind=self.kind, sex=self.sex
        ).exclude(pk=self.pk)
        if self.age_max is not None:
            others = others.filter(age_min__lte=self.age_max)
        return (
            others.filter(Q(age_max__isnull=True) | Q(age_max__gte=self.age_min))
            .order_by("age_min")
            .first()
        )


class Food(CitedModel):
    """A food with its calcium and vitamin D per household serving.

    Catalogue rows have no owner and must cite a source. A user's own foods have an
    owner, need no source, and are never shown to anyone else.
    """

    class Group(models.TextChoices):
        DAIRY = "dairy", "Dairy"
        FORTIFIED = "fortified", "Fortified foods and drinks"
        SOY = "soy", "Soy"
        FISH = "fish", "Fish"
        EGGS_MEAT = "eggs_meat", "Eggs and meat"
        MUSHROOMS = "mushrooms", "Mushrooms"
        VEGETABLES = "vegetables", "Vegetables"
        LEGUMES_NUTS = "legumes_nuts", "Beans, nuts and seeds"
        FRUIT_OTHER = "fruit_other", "Fruit"
        GRAINS = "grains", "Grains"
        OTHER = "other", "Other"

    uid = stable_id()
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="own_foods",
    )
    # Own foods cite nothing; the constraint below keeps catalogue rows cited.
    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    name = models.CharField(max_length=200)
    group = models.CharField(max_length=20, choices=Group, default=Group.OTHER)
    serving = models.CharField(
        max_length=100, help_text="Household measure, e.g. 1 cup."
    )
    serving_grams = models.DecimalField(
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Weight of one serving; empty when it depends on the product label. "
        "With it, the food can be logged in grams.",
    )
    serving_ml = models.DecimalField(
        "serving (ml)",
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="For drinks only: the volume of one serving, so that it can be "
        "logged in millilitres. 1 US cup is 236.6 ml, 1 tbsp 14.8 ml, 1 tsp 4.9 ml. "
        "Leave empty for foods that are not poured.",
    )
    aliases = models.CharField(
        max_length=300,
        blank=True,
        help_text="Other names people search for, separated by commas, e.g. "
        "yoghurt, curd. Only names that mean this food: general spellings "
        "(skimmed for skim) are known to the search already.",
    )
    calcium_mg = models.PositiveIntegerField("calcium (mg)")
    vitamin_d_iu = models.PositiveIntegerField("vitamin D (IU)")
    low_absorption = models.BooleanField(
        default=False,
        help_text="Oxalate-rich greens such as spinach: little calcium is absorbed.",
    )
    note = BoundedTextField(max_length=GUIDANCE_TEXT_MAX, blank=True)
    is_active = models.BooleanField(
        default=True, help_text="Untick to retire a food; past diary entries keep it."
    )

    class Meta(CitedModel.Meta):
        ordering = ["name", "serving"]
        constraints = [
            *length_checks(note=GUIDANCE_TEXT_MAX),
            models.UniqueConstraint(
                fields=["name", "serving"],
                condition=Q(owner__isnull=True),
                name="unique_catalogue_food",
            ),
            models.CheckConstraint(
                condition=Q(owner__isnull=False) | Q(source__isnull=False),
                name="catalogue_food_cites_source",
                violation_error_message="A catalogue food needs a source.",
            ),
        ]

    def __str__(self):
        return f"{self.name}, {self.serving}"


class Supplement(CitedModel):
    """A supplement dose: elemental calcium and vitamin D per tablet or serving.

    Presets have no owner and cite a source; a user's own supplements have an owner.
    """

    uid = stable_id()
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="own_supplements",
    )
    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    name = models.CharField(max_length=200)
    dose = models.CharField(
        max_length=100, default="1 tablet", help_text="What one dose is, e.g. 1 tablet."
    )
    calcium_mg = models.PositiveIntegerField(
        "elemental calcium (mg)",
        help_text="Calcium on the Supplement Facts label, not the compound weight.",
    )
    vitamin_d_iu = models.PositiveIntegerField("vitamin D (IU)")
    note = BoundedTextField(max_length=GUIDANCE_TEXT_MAX, blank=True)
    is_active = models.BooleanField(
        default=True,
        help_text="Untick to retire a preset; past diary entries keep it.",
    )

    class Meta(CitedModel.Meta):
        ordering = ["name"]
        constraints = [
            *length_checks(note=GUIDANCE_TEXT_MAX),
            models.UniqueConstraint(
                fields=["name"],
                condition=Q(owner__isnull=True),
                name="unique_supplement_preset",
            ),
            models.CheckConstraint(
                condition=Q(owner__isnull=False) | Q(source__isnull=False),
                name="supplement_preset_cites_source",
                violation_error_message="A supplement preset needs a source.",
            ),
        ]

    def __str__(self):
        return self.name


class ExerciseCategory(CitedModel):
    """One of the four bone-health purposes of exercise."""

    class Code(models.TextChoices):
        WEIGHT_BEARING = "weight_bearing", "Weight-bearing and impact"
        RESISTANCE = "resistance", "Resistance and strength"
        BALANCE = "balance", "Balance"
        POSTURE = "posture", "Posture"

    code = models.CharField(max_length=20, choices=Code, unique=True)
    name = models.CharField(max_length=100)
    description = BoundedTextField(max_length=GUIDANCE_TEXT_MAX)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta(CitedModel.Meta):
        ordering = ["order", "name"]
        verbose_name_plural = "exercise categories"
        constraints = length_checks(description=GUIDANCE_TEXT_MAX)

    def __str__(self):
        return self.name


class ExerciseType(CitedModel):
    """An activity in the exercise library; it may count toward several categories."""

    class Impact(models.IntegerChoices):
        # The Royal Osteoporosis Society's impact ladder.
        NONE = 0, "No impact"
        LOWER = 1, "Lower impact"
        MODERATE = 2, "Moderate impact"
        HIGHER = 3, "Higher impact"

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    categories = models.ManyToManyField(
        ExerciseCategory,
        related_name="exercise_types",
        help_text="Tick each purpose it serves: its minutes count toward the weekly "
        "goals of each one.",
    )
    impact = models.PositiveSmallIntegerField(choices=Impact, default=Impact.NONE)
    description = BoundedTextField(max_length=GUIDANCE_TEXT_MAX)
    how_to = BoundedTextField(
        "how to do it safely", max_length=GUIDANCE_TEXT_MAX, blank=True
    )
    cautions = BoundedTextField(max_length=GUIDANCE_TEXT_MAX, blank=True)
    lower_impact_alternative = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Suggested instead after a spine fracture; another activity.",
    )
    is_active = models.BooleanField(
        default=True,
        help_text="Untick to retire an activity: it leaves the library and cannot "
        "be logged, and past sessions keep it.",
    )

    class Meta(CitedModel.Meta):
        ordering = ["name"]
        constraints = length_checks(
            cautions=GUIDANCE_TEXT_MAX,
            description=GUIDANCE_TEXT_MAX,
            how_to=GUIDANCE_TEXT_MAX,
        )

    def __str__(self):
        return self.name

    def clean(self):
        if self.pk is not None and self.lower_impact_alternative_id == self.pk:
            raise ValidationError(
                {
                    "lower_impact_alternative": "An activity cannot be its own "
                    "gentler alternative. Choose another one, or leave it empty."
                }
            )


class WeeklyExerciseTarget(CitedModel):
    """A weekly dose of one kind of exercise, e.g. 150 weight-bearing minutes."""

    class Measure(models.TextChoices):
        MINUTES = "minutes", "minutes"
        SESSIONS = "sessions", "sessions"
        DAYS = "days", "days"

    class Audience(models.TextChoices):
        EVERYONE = "everyone", "Everyone"
        NO_SPINE_FRACTURE = "no_spine_fracture", "No spine fracture"
        SPINE_FRACTURE = "spine_fracture", "After a spine fracture"

    label = models.CharField(max_length=120)
    category = models.ForeignKey(
        ExerciseCategory, on_delete=models.PROTECT, related_name="weekly_targets"
    )
    measure = models.CharField(max_length=10, choices=Measure)
    amount = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    min_impact = models.PositiveSmallIntegerField(
        choices=ExerciseType.Impact,
        null=True,
        blank=True,
        help_text="Count only activities with at least this impact.",
    )
    audience = models.CharField(
        max_length=20, choices=Audience, default=Audience.EVERYONE
    )
    note = BoundedTextField(max_length=GUIDANCE_TEXT_MAX, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta(CitedModel.Meta):
        ordering = ["order", "label"]
        constraints = [
            *length_checks(note=GUIDANCE_TEXT_MAX),
            models.UniqueConstraint(
                fields=["category", "measure", "audience"],
                name="unique_weekly_target",
                violation_error_message=(
                    "This category already has a target of that measure for that "
                    "audience."
                ),
            ),
            # A target of 0 would read "0 of 0 minutes"; retire a target by
            # deleting it instead.
            models.CheckConstraint(
                condition=Q(amount__gte=1),
                name="weekly_target_amount_positive",
                violation_error_message="A weekly target needs an amount of 1 or more.",
            ),
        ]

    def __str__(self):
        return f"{self.label}: {self.amount} {self.get_measure_display()} a week"


class MovementToAvoid(CitedModel):
    """A movement to avoid or change with spinal osteoporosis, and a safer way."""

    movement = models.CharField(max_length=200)
    why = BoundedTextField(max_length=GUIDANCE_TEXT_MAX)
    instead = BoundedTextField("safer alternative", max_length=GUIDANCE_TEXT_MAX)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta(CitedModel.Meta):
        ordering = ["order"]
        verbose_name_plural = "movements to avoid"
        constraints = length_checks(instead=GUIDANCE_TEXT_MAX, why=GUIDANCE_TEXT_MAX)

    def __str__(self):
        return self.movement


class Room(models.Model):
    """A part of the home that the safety checklist walks through."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    order = models.PositiveSmallIntegerField(default=0)

    objects = GuidanceManager()

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class ChecklistItem(CitedModel):
    """A home hazard question and its fix."""

    room = models.ForeignKey(Room, on_delete=models.PROTECT, related_name="items")
    question = models.CharField(max_length=300)
    fix = BoundedTextField(max_length=GUIDANCE_TEXT_MAX)
    order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(
        default=True, help_text="Untick to retire an item; earlier answers are kept."
    )

    class Meta(CitedModel.Meta):
        ordering = ["room__order", "order"]
        constraints = [
            *length_checks(fix=GUIDANCE_TEXT_MAX),
            models.UniqueConstraint(fields=["room", "order"], name="unique_item_order"),
        ]

    def __str__(self):
        return self.question


class SelfCheckStatement(CitedModel):
    """A yes/no statement of the Stay Independent fall-risk self-check."""

    number = models.PositiveSmallIntegerField(unique=True)
    statement = models.CharField(max_length=300)
    points = models.PositiveSmallIntegerField(help_text="Points added for a yes.")
    why = BoundedTextField("why it matters", max_length=GUIDANCE_TEXT_MAX)
    is_active = models.BooleanField(
        default=True,
        help_text="Untick to leave it out of self-checks from now on; past results "
        "keep it.",
    )

    class Meta(CitedModel.Meta):
        verbose_name = "self-check statement"
        ordering = ["number"]
        constraints = length_checks(why=GUIDANCE_TEXT_MAX)

    def __str__(self):
        return f"{self.number}. {self.statement}"


class Tip(CitedModel):
    """A short tip or a longer article, written in our own words."""

    class Topic(models.TextChoices):
        NUTRITION = "nutrition", "Calcium and vitamin D"
        EXERCISE = "exercise", "Exercise"
        HOME_SAFETY = "home_safety", "Home safety and falls"
        MEDICATION = "medication", "Medication"
        GENERAL = "general", "General"

    class Kind(models.TextChoices):
        TIP = "tip", "Tip"
        ARTICLE = "article", "Article"

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200,
        unique=True,
        help_text="The end of its web address, filled in from the title. Changing "
        "it breaks links people have saved.",
    )
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.TIP)
    topic = models.CharField(max_length=20, choices=Topic, default=Topic.GENERAL)
    body = BoundedTextField(
        max_length=ARTICLE_MAX,
        help_text="Plain text; blank lines start new paragraphs.",
    )
    published = models.BooleanField(
        default=True, help_text="Untick to hide it from users without deleting it."
    )
    order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers come first in the list of tips."
    )

    class Meta(CitedModel.Meta):
        ordering = ["order", "title"]
        constraints = length_checks(body=ARTICLE_MAX)

    def __str__(self):
        return self.title
