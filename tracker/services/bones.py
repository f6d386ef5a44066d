"""Writes for the bone record: scans and their sites, heights, fractures, FRAX
results, and the profile's spine-fracture setting."""

from datetime import date
from decimal import Decimal
from typing import TypedDict, Unpack

from django.utils import timezone

from ..models import (
    BoneScan,
    Fracture,
    FraxResult,
    HeightMeasurement,
    HeightProfile,
    Profile,
    ScanSite,
)
from .common import (
    DOUBLE_TAP_WINDOW,
    atomic,
    check_owner,
    one_change_at_a_time,
    save_changes,
)


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
    user, *, sites: list[SiteResult], **fields: Unpack[ScanFields]
) -> BoneScan:
    """Save a scan with its sites (at least one).

    The same scan (date and facility) saved again within a minute is a double
    tap: the first one is returned and nothing is added.
    """
    if not sites:
        raise ValueError("a scan needs at least one site")
    one_change_at_a_time(user)
    repeat = BoneScan.objects.filter(
        user=user,
        day=fields["day"],
        facility=fields["facility"],
        created_at__gte=timezone.now() - DOUBLE_TAP_WINDOW,
    ).first()
    if repeat is not None:
        return repeat
    scan = BoneScan.objects.create(user=user, **fields)
    ScanSite.objects.bulk_create(ScanSite(scan=scan, **site) for site in sites)
    return scan


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
def log_height(user, *, day: date, cm: Decimal) -> HeightMeasurement:
    """Save a measured height; a second one for the same day (a double tap)
    changes nothing and returns the first."""
    height, _ = HeightMeasurement.objects.get_or_create(
        user=user, day=day, defaults={"cm": cm}
    )
    return height


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
def log_fracture(user, **fields: Unpack[FractureFields]) -> Fracture:
    """Log a fracture; the same one again within a minute is a double tap."""
    one_change_at_a_time(user)
    repeat = Fracture.objects.filter(
        user=user,
        year=fields["year"],
        month=fields["month"],
        bone=fields["bone"],
        created_at__gte=timezone.now() - DOUBLE_TAP_WINDOW,
    ).first()
    if repeat is not None:
        return repeat
    if fields["fall"] is not None:
        check_owner(fields["fall"], user)
    return Fracture.objects.create(user=user, **fields)


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
def save_frax_result(user, **fields: Unpack[FraxFields]) -> FraxResult:
    """Store a FRAX result; the same one again within a minute is a double tap."""
    one_change_at_a_time(user)
    repeat = FraxResult.objects.filter(
        user=user, created_at__gte=timezone.now() - DOUBLE_TAP_WINDOW, **fields
    ).first()
    return repeat or FraxResult.objects.create(user=user, **fields)


@atomic
def delete_frax_result(user, *, result: FraxResult) -> None:
    check_owner(result, user)
    result.delete()
