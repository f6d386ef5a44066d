"""The bone record in "Your data": carried whole, and checked by the forms'
and models' rules on import."""

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from tests.helpers import add_fracture, add_height, add_scan
from tests.portability.helpers import document_of, export_zip, import_zip, read
from tracker.models import (
    BoneScan,
    Fall,
    Fracture,
    FraxResult,
    HeightMeasurement,
    HeightProfile,
    ReportSettings,
    ScanSite,
)
from tracker.portability.planning import plan_import
from tracker.services import bones as bone_services
from tracker.services import report as report_services

pytestmark = pytest.mark.django_db


def bone_record(user) -> None:
    """Two scans, heights and their settings, a fracture from a fall, a FRAX
    result and the report's choices."""
    add_scan(
        user,
        date(2024, 2, 5),
        {"spine": {"bmd": "0.900", "t_score": "-1.6", "lsc_percent": "2.8"}},
    )
    add_scan(
        user,
        date(2025, 2, 5),
        {
            "spine": {"bmd": "0.870", "t_score": "-1.9"},
            "femoral_neck_left": {"z_score": "-0.8"},
        },
        model="Horizon A",
        menopause="after",
    )
    bone_services.save_height_profile(user, tallest_cm=Decimal("165.5"), unit="ft_in")
    add_height(user, date(2025, 1, 6), "163")
    add_height(user, date(2025, 6, 6), "162.4")
    fall = Fall.objects.create(
        user=user, day=date(2025, 3, 14), place="the ice", hurt=True
    )
    add_fracture(user, 2025, "wrist", month=3, fall=fall)
    add_fracture(user, 1990, "other", low="no")
    bone_services.save_frax_result(
        user,
        day=date(2025, 2, 10),
        major_percent=Decimal("14.5"),
        hip_percent=None,
        with_bmd=True,
    )
    report_services.save_report_settings(
        user,
        period="dates",
        first_day=date(2025, 1, 1),
        last_day=date(2025, 6, 30),
        sections=["scans", "questions"],
        questions="Should I take a break from alendronate?",
    )


BONE_KEYS = (
    "bone_scans",
    "scan_sites",
    "heights",
    "height_settings",
    "fractures",
    "frax_results",
    "report_settings",
)


def bone_rows(document: dict) -> dict:
    return {key: document[key] for key in BONE_KEYS}


def test_the_bone_record_moves_to_another_account_whole(alice, bob):
    bone_record(alice)
    first = export_zip(alice)
    plan = import_zip(bob, first)
    assert plan.ok, plan.problems
    sent = bone_rows(document_of(first))
    assert all(sent.values())
    assert bone_rows(document_of(export_zip(bob))) == sent
    assert ScanSite.objects.filter(scan__user=bob).count() == 3
    fracture = Fracture.objects.get(user=bob, bone="wrist")
    assert fracture.fall.user == bob and fracture.fall.place == "the ice"
    settings = ReportSettings.objects.get(user=bob)
    assert settings.questions == "Should I take a break from alendronate?"
    assert settings.sections == ["scans", "questions"]
    assert HeightProfile.objects.get(user=bob).unit == "ft_in"

    again = import_zip(bob, first)
    assert again.adding == 0 and again.skipping == plan.adding


def test_settings_you_have_are_kept(alice, bob):
    """One-row settings are added only to an account without them."""
    bone_record(alice)
    bone_services.save_height_profile(bob, tallest_cm=None, unit="cm")
    plan = import_zip(bob, export_zip(alice))
    assert plan.ok
    assert HeightProfile.objects.get(user=bob).unit == "cm"
    assert ReportSettings.objects.filter(user=bob).count() == 1


def test_a_scan_of_yours_keeps_its_own_sites(alice):
    """Sites come and go with their scan: a scan you have is skipped whole."""
    bone_record(alice)
    data = export_zip(alice)
    ScanSite.objects.filter(scan__user=alice, site="femoral_neck_left").delete()
    plan = import_zip(alice, data)
    assert plan.ok and plan.adding == 0
    assert ScanSite.objects.filter(scan__user=alice).count() == 2


def problems_in(user, document: dict) -> list[str]:
    plan = plan_import(user, read(json.dumps(document).encode()))
    return [problem.message for problem in plan.problems]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["scan_sites"][0].update(t_score="-9.0"),
            "scan site t score plausible",
        ),
        (lambda d: d["scan_sites"][0].update(site="skull"), "site: Value"),
        (
            lambda d: d.update(scan_sites=d["scan_sites"][1:]),
            "this scan has no results in scan_sites",
        ),
        (
            lambda d: d["scan_sites"].append(dict(d["scan_sites"][1])),
            "this record is in the file twice",
        ),
        (
            lambda d: d["bone_scans"][0].update(day="2999-01-01"),
            "day: That date is in the future",
        ),
        (lambda d: d["heights"][0].update(cm="20"), "height plausible"),
        (
            lambda d: d["height_settings"][0].update(tallest_cm="20"),
            "tallest height plausible",
        ),
        (
            lambda d: d["height_settings"].append(dict(d["height_settings"][0])),
            "this record is in the file twice",
        ),
        (
            lambda d: d["fractures"][0].update(
                fall_id="3f2b5c1e-0000-4000-8000-000000000000"
            ),
            "fall_id: there is no fall or near-miss with this id",
        ),
        (lambda d: d["fractures"][0].update(year=2999), "that is in the future"),
        (lambda d: d["fractures"][0].update(year=1850), "greater than or equal"),
        (lambda d: d["fractures"][0].update(bone="skull"), "bone: Value"),
        (lambda d: d["frax_results"][0].update(major_percent="-1"), "greater than"),
        (
            lambda d: d["frax_results"][0].update(major_percent=None),
            "frax has a result",
        ),
        (
            lambda d: d["report_settings"][0].update(sections=["scans", "gossip"]),
            "sections: Choose one or more of",
        ),
        (
            lambda d: d["report_settings"][0].update(sections="scans"),
            "sections should be a list of short names",
        ),
        (
            lambda d: d["report_settings"][0].update(first_day="2025-12-01"),
            "last_day: The last day must be on or after the first day",
        ),
        (
            lambda d: d["report_settings"][0].update(first_day=None),
            "report dates when chosen",
        ),
        (
            lambda d: d["report_settings"][0].update(questions="x" * 2001),
            "questions: Ensure this value has at most 2000 characters",
        ),
    ],
)
def test_a_bad_bone_record_is_refused_with_the_reason(alice, bob, change, expected):
    bone_record(alice)
    document = document_of(export_zip(alice))
    change(document)
    plan = import_zip(bob, json.dumps(document).encode())
    messages = [problem.message for problem in plan.problems]
    assert not plan.ok
    assert any(expected in message for message in messages), messages
    assert not BoneScan.objects.filter(user=bob).exists()
    assert not HeightMeasurement.objects.filter(user=bob).exists()
    assert not FraxResult.objects.filter(user=bob).exists()


def test_a_fracture_this_month_is_not_in_the_future(alice, bob):
    today = timezone.localdate()
    add_fracture(alice, today.year, "hip", month=today.month)
    document = document_of(export_zip(alice))
    assert problems_in(bob, document) == []
    later = today + timedelta(days=32)
    document["fractures"][0].update(year=later.year, month=later.month)
    assert problems_in(bob, document) == ["year and month: that is in the future."]
