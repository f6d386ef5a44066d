"""Writes for the bone record: scans and their sites, heights, fractures, FRAX
results, and the profile's spine-fracture setting."""

from datetime import date
from decimal import Decimal
from typing import TypedDict, Unpack
from uuid import UUID

from ..models import (
    BoneScan,
    Fracture,
    FraxResult,
    HeightMeasurement,
    HeightProfile,
    Profile,
    ScanSite,
)
from .common import atomic, check_owner, once, save_changes


class ScanFields(TypedDict):
    day: date
    facility: str
    machine_make: str
    machine_model: str
    menopause: str


class SiteResult(TypedDict):
    site: str
    bmd: Decimal | None
    t_score: Decimal | None
    z_score: Decimal | None
    lsc_percent: Decimal | None


@atomic
def log_scan(
    user,
    *,
    sites: list[SiteResult],
    submission: UUID | None = None,
    **fields: Unpack[ScanFields],
) -> BoneScan:
    """Save a scan with its sites (at least one).

    The form sent twice as ``submission`` saves it once: the second gets the
    first one's scan.
    """
    if not sites:
        raise ValueError("a scan needs at least one site")

    def make():
        scan = BoneScan.objects.create(user=user, **fields)
        ScanSite.objects.bulk_create(ScanSite(scan=scan, **site) for site in sites)
        return scan

    return once(user, submission, BoneScan.objects.filter(user=user), make)


@atomic
def update_scan(
    user, *, scan: BoneScan, sites: list[SiteResult], **fields: Unpack[ScanFields]
) -> BoneScan:
    """Change a scan and replace its sites with ``sites`` (at least one)."""
    if not sites:
        raise ValueError("a scan needs at least one site")
    save_changes(user, scan, fields)
    ScanSite.objects.filter(scan=scan).delete()
    ScanSite.objects.bulk_create(ScanSite(scan=scan, **site) for site in sites)
    return scan


@atomic
def delete_scan(user, *, scan: BoneScan) -> None:
    check_owner(scan, user)
    scan.delete()


@atomic
def log_height(
    user, *, day: date, cm: Decimal, submission: UUID | None = None
) -> HeightMeasurement:
    """Save a measured height. The form sent twice as ``submission`` saves it
    once; a second height for the same day changes nothing either, and
    returns the first."""

    def make():
        height, _ = HeightMeasurement.objects.get_or_create(
            user=user, day=day, defaults={"cm": cm}
        )
        return height

    return once(user, submission, HeightMeasurement.objects.filter(user=user), make)


@atomic
def delete_height(user, *, height: HeightMeasurement) -> None:
    check_owner(height, user)
    height.delete()


@atomic
def save_height_profile(
    user, *, tallest_cm: Decimal | None, unit: str
) -> HeightProfile:
    """Set the tallest remembered adult height and the unit heights show in."""
    profile, _ = HeightProfile.objects.update_or_create(
        user=user, defaults={"tallest_cm": tallest_cm, "unit": unit}
    )
    return profile


class FractureFields(TypedDict):
    year: int
    month: int | None
    bone: str
    other_bone: str
    from_low_fall: str
    fall: object
    note: str


@atomic
def log_fracture(
    user, *, submission: UUID | None = None, **fields: Unpack[FractureFields]
) -> Fracture:
    """Log a fracture. The form sent twice as ``submission`` logs it once: the
    second gets the first one's row."""
    if fields["fall"] is not None:
        check_owner(fields["fall"], user)
    return once(
        user,
        submission,
        Fracture.objects.filter(user=user),
        lambda: Fracture.objects.create(user=user, **fields),
    )


@atomic
def update_fracture(
    user, *, fracture: Fracture, **changes: Unpack[FractureFields]
) -> Fracture:
    if changes["fall"] is not None:
        check_owner(changes["fall"], user)
    return save_changes(user, fracture, changes)


@atomic
def delete_fracture(user, *, fracture: Fracture) -> None:
    check_owner(fracture, user)
    fracture.delete()


@atomic
def note_spine_fracture(user) -> None:
    """Tick the profile's "I have had a spine fracture", which the exercise
    pages use (the user asked to, after logging one)."""
    Profile.objects.filter(user=user).update(had_spine_fracture=True)


class FraxFields(TypedDict):
    day: date
    major_percent: Decimal | None
    hip_percent: Decimal | None
    with_bmd: bool


@atomic
def save_frax_result(
    user, *, submission: UUID | None = None, **fields: Unpack[FraxFields]
) -> FraxResult:
    """Store a FRAX result. The form sent twice as ``submission`` stores it
    once: the second gets the first one's row."""
    return once(
        user,
        submission,
        FraxResult.objects.filter(user=user),
        lambda: FraxResult.objects.create(user=user, **fields),
    )


@atomic
def delete_frax_result(user, *, result: FraxResult) -> None:
    check_owner(result, user)
    result.delete()
