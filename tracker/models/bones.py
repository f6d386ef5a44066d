"""The bone record: DXA scans by site, heights, fractures and FRAX results,
and the admin's cited defaults for reading them.

The arithmetic (comparing scans, height loss, what a score means) lives in
``tracker/domain/bones.py``; every default here comes from docs/bone-facts.md §8.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from ..domain import bones
from ..domain.dates import MONTHS
from ..domain.weeks import FIRST_DAY
from .guidance import Source
from .home_safety import Fall
from .settings import SingleRowSettings
from .stable_ids import stable_id

TEXT_MAX = 100
NOTE_MAX = 200


def cited(verbose_name: str):
    """A source foreign key of the settings row, and the field for where in it."""
    return (
        models.ForeignKey(
            Source,
            on_delete=models.PROTECT,
            related_name="+",
            verbose_name=f"source of {verbose_name}",
        ),
        models.CharField(
            f"where in the source ({verbose_name})", max_length=NOTE_MAX, blank=True
        ),
    )


def lsc_field(site: str, default: str):
    return models.DecimalField(
        f"default LSC, {site} (%)",
        max_digits=4,
        decimal_places=1,
        default=Decimal(default),
        validators=[
            MinValueValidator(bones.LSC_RANGE[0]),
            MaxValueValidator(bones.LSC_RANGE[1]),
        ],
    )


class BoneSettings(SingleRowSettings):
    """The admin's defaults for the bone record: one row, each value cited.

    The default least significant change applies only when a scan's report
    gives none; pages show it as an assumption, with its source.
    """

    lsc_spine_percent = lsc_field("lumbar spine", "5.0")
    lsc_total_hip_percent = lsc_field("total hip", "5.0")
    lsc_femoral_neck_percent = lsc_field("femoral neck", "5.0")
    lsc_radius_percent = lsc_field("one-third radius", "5.0")
    lsc_source, lsc_source_detail = cited("the default LSC")
    historical_height_loss_cm = models.DecimalField(
        "historical height loss worth mentioning (cm)",
        max_digits=3,
        decimal_places=1,
        default=Decimal("4.0"),
        validators=[MinValueValidator(Decimal("0.5"))],
        help_text="From the tallest height remembered to the latest measured.",
    )
    historical_source, historical_source_detail = cited("historical height loss")
    measured_height_loss_cm = models.DecimalField(
        "measured height loss worth mentioning (cm)",
        max_digits=3,
        decimal_places=1,
        default=Decimal("2.0"),
        validators=[MinValueValidator(Decimal("0.5"))],
        help_text="From the first height measured to the latest.",
    )
    measured_source, measured_source_detail = cited("measured height loss")
    scan_after_change_months = models.PositiveSmallIntegerField(
        "next scan after a treatment starts or changes (months)",
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
    )
    scan_after_change_source, scan_after_change_source_detail = cited(
        "the interval after a treatment change"
    )
    scan_stable_months = models.PositiveSmallIntegerField(
        "next scan when treatment is unchanged (months)",
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
    )
    scan_stable_source, scan_stable_source_detail = cited("the stable interval")
    categories_source, categories_source_detail = cited("the T-score categories")
    z_score_source, z_score_source_detail = cited("T- or Z-score by age")
    fragility_source, fragility_source_detail = cited("fragility fractures")
    frax_source, frax_source_detail = cited("FRAX")

    load_related = (
        "lsc_source",
        "historical_source",
        "measured_source",
        "scan_after_change_source",
        "scan_stable_source",
        "categories_source",
        "z_score_source",
        "fragility_source",
        "frax_source",
    )

    class Meta(SingleRowSettings.Meta):
        verbose_name = "bone record settings"
        verbose_name_plural = "bone record settings"
        constraints = [
            *SingleRowSettings.Meta.constraints,
            models.CheckConstraint(
                condition=Q(scan_after_change_months__gte=1)
                & Q(scan_stable_months__gte=1),
                name="bone_scan_intervals_positive",
                violation_error_message="Scan intervals must be at least 1 month.",
            ),
        ]

    def __str__(self):
        return "Bone record settings"

    @property
    def default_lsc(self) -> dict[str, Decimal]:
        """The default LSC by kind of site, as ``bones.LSC_GROUPS`` names them."""
        return {
            "spine": self.lsc_spine_percent,
            "total_hip": self.lsc_total_hip_percent,
            "femoral_neck": self.lsc_femoral_neck_percent,
            "radius": self.lsc_radius_percent,
        }


def plausible_or_empty(field: str, limits, name: str) -> models.CheckConstraint:
    """A CHECK that ``field`` is empty or within ``limits`` (low, high)."""
    low, high = limits
    return models.CheckConstraint(
        condition=Q(**{f"{field}__isnull": True})
        | Q(**{f"{field}__gte": low, f"{field}__lte": high}),
        name=name,
    )


class BoneScan(models.Model):
    """One DXA scan: where and on what machine; its sites are ``ScanSite`` rows."""

    class Menopause(models.TextChoices):
        NOT_SAID = "", "Not said, or does not apply"
        BEFORE = bones.BEFORE_MENOPAUSE, "Before menopause"
        AFTER = bones.AFTER_MENOPAUSE, "After menopause"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="bone_scans"
    )
    uid = stable_id()
    day = models.DateField("date of the scan")
    facility = models.CharField("where it was done", max_length=TEXT_MAX)
    machine_make = models.CharField("machine make", max_length=50, blank=True)
    machine_model = models.CharField("machine model", max_length=50, blank=True)
    menopause = models.CharField(
        "at the time of the scan", max_length=10, choices=Menopause, blank=True
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-day", "-id"]
        indexes = [models.Index(fields=["user", "-day"], name="bone_scan_user_day")]

    def __str__(self):
        return f"DXA scan of {self.day:%Y-%m-%d}"


class ScanSite(models.Model):
    """One site's results on one scan: at least one of BMD, T-score, Z-score."""

    scan = models.ForeignKey(BoneScan, on_delete=models.CASCADE, related_name="sites")
    site = models.CharField(max_length=20, choices=list(bones.SITES.items()))
    bmd = models.DecimalField(
        "BMD (g/cm²)", max_digits=4, decimal_places=3, null=True, blank=True
    )
    t_score = models.DecimalField(max_digits=3, decimal_places=1, null=True, blank=True)
    z_score = models.DecimalField(max_digits=3, decimal_places=1, null=True, blank=True)
    lsc_percent = models.DecimalField(
        "facility's LSC (%)", max_digits=4, decimal_places=1, null=True, blank=True
    )

    class Meta:
        ordering = ["scan", "id"]
        constraints = [
            models.UniqueConstraint(fields=["scan", "site"], name="one_row_per_site"),
            models.CheckConstraint(
                condition=Q(bmd__isnull=False)
                | Q(t_score__isnull=False)
                | Q(z_score__isnull=False),
                name="scan_site_has_a_value",
            ),
            plausible_or_empty("bmd", bones.BMD_RANGE, "scan_site_bmd_plausible"),
            plausible_or_empty(
                "t_score", bones.T_SCORE_RANGE, "scan_site_t_score_plausible"
            ),
            plausible_or_empty(
                "z_score", bones.Z_SCORE_RANGE, "scan_site_z_score_plausible"
            ),
            plausible_or_empty(
                "lsc_percent", bones.LSC_RANGE, "scan_site_lsc_plausible"
            ),
        ]

    def __str__(self):
        return self.get_site_display()


class HeightProfile(models.Model):
    """A user's tallest remembered adult height and how they like heights shown."""

    class Unit(models.TextChoices):
        CM = bones.CM, "Centimetres (cm)"
        FT_IN = bones.FT_IN, "Feet and inches (ft/in)"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    tallest_cm = models.DecimalField(
        "tallest height as an adult (cm)",
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
    )
    unit = models.CharField(
        "show heights in", max_length=6, choices=Unit, default=Unit.CM
    )

    class Meta:
        constraints = [
            plausible_or_empty(
                "tallest_cm", bones.HEIGHT_RANGE_CM, "tallest_height_plausible"
            ),
        ]

    def __str__(self):
        return "Height settings"


class HeightMeasurement(models.Model):
    """A measured height on a day (one a day)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    day = models.DateField("date measured")
    cm = models.DecimalField("height (cm)", max_digits=5, decimal_places=2)

    class Meta:
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="one_height_a_day"),
            models.CheckConstraint(
                condition=Q(cm__gte=bones.HEIGHT_RANGE_CM[0])
                & Q(cm__lte=bones.HEIGHT_RANGE_CM[1]),
                name="height_plausible",
            ),
        ]

    def __str__(self):
        return f"Height on {self.day:%Y-%m-%d}"


class Fracture(models.Model):
    """A broken bone: when (a year, and the month if known), which bone, and
    whether it came from a fall from standing height or less."""

    class Bone(models.TextChoices):
        SPINE = "spine", "Spine (a vertebra)"
        HIP = "hip", "Hip"
        WRIST = "wrist", "Wrist"
        OTHER = "other", "Another bone"

    class LowFall(models.TextChoices):
        YES = "yes", "Yes: from standing height or less"
        NO = "no", "No: from higher, or a harder knock"
        UNSURE = "unsure", "I am not sure"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="fractures"
    )
    uid = stable_id()
    year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(FIRST_DAY.year)]
    )
    month = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    bone = models.CharField(max_length=10, choices=Bone)
    other_bone = models.CharField("which bone", max_length=60, blank=True)
    from_low_fall = models.CharField(
        "did it happen in a fall from standing height or less?",
        max_length=10,
        choices=LowFall,
    )
    fall = models.ForeignKey(
        Fall,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="fractures",
        verbose_name="the fall that caused it",
    )
    note = models.CharField(max_length=NOTE_MAX, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-year", models.F("month").desc(nulls_last=True), "-id"]
        indexes = [models.Index(fields=["user", "-year"], name="fracture_user_year")]
        constraints = [
            models.CheckConstraint(
                condition=Q(month__isnull=True) | Q(month__gte=1, month__lte=12),
                name="fracture_month_in_range",
            ),
        ]

    def __str__(self):
        return f"{self.get_bone_display()} fracture, {self.year}"

    @property
    def bone_words(self) -> str:
        if self.bone == self.Bone.OTHER and self.other_bone:
            return self.other_bone
        return self.get_bone_display()

    @property
    def when(self) -> str:
        """ "March 2026", or "2019" when the month is not known."""
        if self.month:
            return f"{MONTHS[self.month - 1]} {self.year}"
        return str(self.year)

    @property
    def is_fragility(self) -> bool:
        return self.from_low_fall == self.LowFall.YES


class FraxResult(models.Model):
    """A 10-year probability the user got from the official FRAX calculator."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    uid = stable_id()
    day = models.DateField("date you ran it")
    major_percent = models.DecimalField(
        "major osteoporotic fracture (%)",
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    hip_percent = models.DecimalField(
        "hip fracture (%)",
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    with_bmd = models.BooleanField("I entered my femoral neck BMD", default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-day", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(major_percent__isnull=False) | Q(hip_percent__isnull=False),
                name="frax_has_a_result",
            ),
            models.CheckConstraint(
                condition=(Q(major_percent__isnull=True) | Q(major_percent__lte=100))
                & (Q(hip_percent__isnull=True) | Q(hip_percent__lte=100)),
                name="frax_percent_in_range",
            ),
        ]

    def __str__(self):
        return f"FRAX result of {self.day:%Y-%m-%d}"
