"""Reads for the bone record: scans with their sites, heights, fractures, FRAX
results, the cited settings, and when a next scan may be worth discussing.

Each function's docstring says how many queries it runs; none grows with the
history.
"""

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from ..domain import bones, targets
from ..models import (
    BoneScan,
    BoneSettings,
    Fall,
    Fracture,
    FraxResult,
    HeightMeasurement,
    HeightProfile,
    Prescription,
    Profile,
    SubmissionClaim,
)
from . import cache


def bone_settings() -> BoneSettings:
    """Return the settings row with its sources (1 query; none while cached).

    Before ``seed_guidance`` has run there is no row: the model's defaults
    apply, unsaved and without sources.
    """
    return cache.cached("bone_settings", BoneSettings.load)


def scan_of(row: BoneScan) -> bones.Scan:
    """A scan row, with its prefetched sites, as the domain's plain value."""
    return bones.Scan(
        id=row.pk,
        day=row.day,
        facility=row.facility,
        machine_make=row.machine_make,
        machine_model=row.machine_model,
        sites=tuple(
            bones.SiteValue(
                site=site.site,
                bmd=site.bmd,
                t_score=site.t_score,
                z_score=site.z_score,
                lsc_percent=site.lsc_percent,
            )
            for site in sorted(
                row.sites.all(), key=lambda site: list(bones.SITES).index(site.site)
            )
        ),
    )


def scan_rows(user) -> list[BoneScan]:
    """Return the user's scans with their sites, oldest first (2 queries)."""
    return list(
        BoneScan.objects.filter(user=user)
        .prefetch_related("sites")
        .order_by("day", "id")
    )


@dataclass(frozen=True)
class ScanView:
    """A scan row and its plain value, for a page that lists scans."""

    row: BoneScan
    scan: bones.Scan


@dataclass(frozen=True)
class ScanRecord:
    """What the scans page and the report show."""

    scans: tuple[ScanView, ...]  # oldest first
    comparisons: tuple[bones.SiteComparison, ...]  # the latest scan's sites
    reading: bones.Reading | None
    next_scan: bones.NextScan | None
    settings: BoneSettings

    @property
    def latest(self) -> ScanView | None:
        return self.scans[-1] if self.scans else None

    @property
    def newest_first(self) -> tuple[ScanView, ...]:
        return tuple(reversed(self.scans))

    @property
    def assumed_lsc(self) -> bool:
        return any(
            change.lsc is not None and change.lsc.assumed
            for comparison in self.comparisons
            for change in (comparison.previous, comparison.first)
            if change is not None
        )


def score_choice(profile: Profile, scan: BoneScan) -> bones.ScoreChoice:
    """Which score is the figure for ``profile`` on the day of ``scan``."""
    age = targets.age_on(
        scan.day, birth_date=profile.birth_date, birth_year=profile.birth_year
    )
    return bones.score_to_use(age, profile.sex, scan.menopause)


def scan_record(user, profile: Profile) -> ScanRecord:
    """Return every scan, the latest one's comparisons and reading, and the
    next scan's suggestion (4 queries: scans, sites, treatment changes,
    settings; 3 while the settings are cached)."""
    settings = bone_settings()
    rows = scan_rows(user)
    scans = tuple(ScanView(row, scan_of(row)) for row in rows)
    plain = [view.scan for view in scans]
    latest = scans[-1] if scans else None
    return ScanRecord(
        scans=scans,
        comparisons=tuple(bones.compare_latest(plain, settings.default_lsc)),
        reading=(
            bones.read_scan(latest.scan, score_choice(profile, latest.row))
            if latest
            else None
        ),
        next_scan=bones.next_scan(
            latest.row.day if latest else None,
            treatment_changed_on(user) if latest else None,
            after_change_months=settings.scan_after_change_months,
            stable_months=settings.scan_stable_months,
        ),
        settings=settings,
    )


def treatment_changed_on(user) -> date | None:
    """Return the last day a medicine was started or stopped (1 query)."""
    return bones.last_treatment_change(
        Prescription.objects.filter(user=user).values_list(
            "first_dose_on", "stopped_on"
        )
    )


def next_scan_due(
    user, today: date, *, treatment_changed_on: date | None
) -> bones.NextScan | None:
    """Return the next scan's suggestion when its day has come, else None (1
    query: the last scan's day, with the settings cached).

    ``treatment_changed_on`` is the last day a medicine was started or stopped:
    the dashboard has read the prescriptions already, and reading them again
    beside the last scan, as subqueries of one row, cost more to build than the
    rest of the suggestion.
    """
    settings = bone_settings()
    last_scan = (
        BoneScan.objects.filter(user=user)
        .order_by("-day")
        .values_list("day", flat=True)
        .first()
    )
    found = bones.next_scan(
        last_scan,
        treatment_changed_on,
        after_change_months=settings.scan_after_change_months,
        stable_months=settings.scan_stable_months,
    )
    return found if found and found.is_due(today) else None


def owned_scan(user, pk: int) -> BoneScan | None:
    """Return the user's scan ``pk`` with its sites, or None (2 queries)."""
    return BoneScan.objects.filter(user=user, pk=pk).prefetch_related("sites").first()


# --- Height ---------------------------------------------------------------------


def height_profile(user) -> HeightProfile:
    """Return the user's height settings, or unsaved defaults (1 query)."""
    return HeightProfile.objects.filter(user=user).first() or HeightProfile(user=user)


@dataclass(frozen=True)
class HeightRecord:
    profile: HeightProfile
    rows: tuple[HeightMeasurement, ...]  # newest first
    loss: bones.HeightLoss
    settings: BoneSettings

    @property
    def unit(self) -> str:
        return self.profile.unit


def height_record(user) -> HeightRecord:
    """Return the height settings, every height and the losses (3 queries:
    settings row, heights, bone settings; 2 while the settings are cached)."""
    settings = bone_settings()
    profile = height_profile(user)
    rows = tuple(HeightMeasurement.objects.filter(user=user).order_by("-day"))
    loss = bones.height_loss(
        [bones.Height(row.day, row.cm) for row in rows],
        profile.tallest_cm,
        historical_threshold_cm=settings.historical_height_loss_cm,
        measured_threshold_cm=settings.measured_height_loss_cm,
    )
    return HeightRecord(profile, rows, loss, settings)


def height_on(user, day: date, *, submission: UUID | None = None) -> bool:
    """Whether the user has a height for ``day`` (1 query), other than one the
    form sent as ``submission`` made: that form sent again is a repeat, which
    the service answers with the height it made."""
    heights = HeightMeasurement.objects.filter(user=user, day=day)
    if submission is not None:
        heights = heights.exclude(
            pk__in=SubmissionClaim.objects.filter(
                user=user,
                token=submission,
                row_kind=HeightMeasurement._meta.label_lower,
            ).values("row_id")
        )
    return heights.exists()


# --- Fractures and FRAX --------------------------------------------------------


def fractures(user) -> list[Fracture]:
    """Return the user's fractures, latest first, with their falls (1 query)."""
    return list(Fracture.objects.filter(user=user).select_related("fall"))


def falls_for_fractures(user):
    """Return the user's falls (not near-misses), latest first, to link a
    fracture to (1 query when evaluated)."""
    return Fall.objects.filter(user=user, kind=Fall.Kind.FALL).order_by(
        "-day", "-created_at"
    )


def fall_for_fracture(user, pk: int) -> Fall | None:
    """Return the user's fall ``pk`` (not a near-miss), or None (1 query)."""
    return falls_for_fractures(user).filter(pk=pk).first()


def frax_results(user) -> list[FraxResult]:
    """Return the user's stored FRAX results, latest first (1 query)."""
    return list(FraxResult.objects.filter(user=user))
