"""The bone record's arithmetic, without a database: scan changes against the
LSC, other machines, T or Z by age and sex, height loss and its rounding."""

from datetime import date
from decimal import Decimal as D

import pytest

from tracker.domain import bones
from tracker.domain.bones import (
    BMD_CHANGE,
    GAIN,
    LOSS,
    NOT_COMPARABLE,
    NOTHING_TO_COMPARE,
    SPINE,
    T_ONLY,
    WITHIN_LSC,
    Height,
    Scan,
    SiteValue,
)
from tracker.seed.bones import SETTINGS

DEFAULTS = {
    "spine": D(SETTINGS["lsc_spine_percent"]),
    "total_hip": D(SETTINGS["lsc_total_hip_percent"]),
    "femoral_neck": D(SETTINGS["lsc_femoral_neck_percent"]),
    "radius": D(SETTINGS["lsc_radius_percent"]),
}


def scan(day, *sites, facility="City Hospital", make="Hologic", model="Horizon A"):
    return Scan(
        id=day.toordinal(),
        day=day,
        facility=facility,
        machine_make=make,
        machine_model=model,
        sites=tuple(sites),
    )


def spine(bmd=None, t=None, z=None, lsc=None, site=SPINE):
    def d(value):
        return None if value is None else D(value)

    return SiteValue(site, d(bmd), d(t), d(z), d(lsc))


FIRST = date(2022, 3, 1)
SECOND = date(2024, 3, 1)
THIRD = date(2026, 3, 1)


# --- Least significant change ----------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "lsc", "verdict", "percent"),
    [
        ("1.000", "0.950", "5.0", LOSS, "-5.0"),  # exactly the LSC: real
        ("1.000", "0.951", "5.0", WITHIN_LSC, "-4.9"),  # just under: not
        ("1.000", "1.050", "5.0", GAIN, "5.0"),
        ("0.800", "0.778", "2.8", LOSS, "-2.8"),  # -2.75 % rounds half up to -2.8
        ("0.800", "0.779", "2.8", WITHIN_LSC, "-2.6"),
        ("0.812", "0.812", "2.8", WITHIN_LSC, "0.0"),
    ],
)
def test_a_change_is_real_only_from_the_lsc(before, after, lsc, verdict, percent):
    earlier = scan(FIRST, spine(before, lsc=lsc))
    later = scan(SECOND, spine(after))
    change = bones.compare_site(SPINE, earlier, later, DEFAULTS)
    assert change.kind == BMD_CHANGE
    assert change.change_percent == D(percent)
    assert change.verdict == verdict
    assert change.lsc == bones.Lsc(D(lsc), assumed=False)


def test_the_later_scans_lsc_wins_over_the_earlier():
    earlier = scan(FIRST, spine("1.000", lsc="2.0"))
    later = scan(SECOND, spine("0.970", lsc="3.5"))
    change = bones.compare_site(SPINE, earlier, later, DEFAULTS)
    assert change.lsc.percent == D("3.5")
    assert change.verdict == WITHIN_LSC  # -3.0 % < 3.5 %


def test_a_missing_lsc_takes_the_admin_default_as_an_assumption():
    earlier = scan(FIRST, spine("1.000"))
    later = scan(SECOND, spine("0.960"))
    change = bones.compare_site(SPINE, earlier, later, DEFAULTS)
    assert change.lsc == bones.Lsc(D("5.0"), assumed=True)
    assert change.change_g == D("-0.040")
    assert change.change_percent == D("-4.0")
    assert change.verdict == WITHIN_LSC
    assert "Within measurement error" in change.words


def test_left_and_right_share_their_kinds_default():
    defaults = {**DEFAULTS, "femoral_neck": D("3.0")}
    site = bones.FEMORAL_NECK_RIGHT
    earlier = scan(FIRST, spine("0.700", site=site))
    later = scan(SECOND, spine("0.679", site=site))
    change = bones.compare_site(site, earlier, later, defaults)
    assert change.lsc == bones.Lsc(D("3.0"), assumed=True)
    assert change.verdict == LOSS  # -3.0 %


# --- Other machines -------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({}, bones.SAME_MACHINE),
        ({"facility": "  city hospital "}, bones.SAME_MACHINE),
        ({"facility": "Town Clinic"}, bones.OTHER_MACHINE),
        ({"make": "GE Lunar"}, bones.OTHER_MACHINE),
        ({"model": "Discovery W"}, bones.OTHER_MACHINE),
        ({"make": "", "model": ""}, bones.MACHINE_NOT_RECORDED),
        ({"model": ""}, bones.MACHINE_NOT_RECORDED),
    ],
)
def test_which_scans_are_on_the_same_machine(changes, match):
    earlier = scan(FIRST, spine("1.000"))
    later = scan(SECOND, spine("0.900"), **changes)
    assert bones.machine_match(earlier, later) == match


def test_another_facility_is_not_directly_comparable():
    earlier = scan(FIRST, spine("1.000"))
    later = scan(SECOND, spine("0.900"), facility="Town Clinic")
    change = bones.compare_site(SPINE, earlier, later, DEFAULTS)
    assert change.kind == NOT_COMPARABLE
    assert change.change_percent is None
    assert change.words == "Not directly comparable: ask your clinician."


def test_t_scores_alone_say_bmd_is_the_number_to_compare():
    earlier = scan(FIRST, spine(t="-2.1"))
    later = scan(SECOND, spine("0.800", t="-2.4"))
    change = bones.compare_site(SPINE, earlier, later, DEFAULTS)
    assert change.kind == T_ONLY
    assert change.t_change == D("-0.3")
    assert "BMD in g/cm² is the number to compare" in change.words


def test_z_scores_alone_have_nothing_to_compare():
    earlier = scan(FIRST, spine(z="-1.0"))
    later = scan(SECOND, spine(z="-1.2"))
    assert bones.compare_site(SPINE, earlier, later, DEFAULTS).kind == (
        NOTHING_TO_COMPARE
    )


def test_the_latest_scan_is_compared_with_the_previous_and_the_first():
    hip = bones.TOTAL_HIP_LEFT
    scans = [
        scan(FIRST, spine("1.000"), spine("0.800", site=hip)),
        scan(SECOND, spine("0.980")),
        scan(THIRD, spine("0.940"), spine("0.760", site=hip)),
    ]
    spine_row, hip_row = bones.compare_latest(scans, DEFAULTS)
    assert spine_row.previous.earlier.day == SECOND
    assert spine_row.previous.change_percent == D("-4.1")
    assert spine_row.first.earlier.day == FIRST
    assert spine_row.first.verdict == LOSS  # -6.0 %
    # The hip was not measured in 2024: its previous scan is the first, once.
    assert hip_row.previous.earlier.day == FIRST
    assert hip_row.first is None


def test_one_scan_or_none_has_nothing_to_compare():
    assert bones.compare_latest([], DEFAULTS) == []
    (only,) = bones.compare_latest([scan(FIRST, spine("1.000"))], DEFAULTS)
    assert only.previous is None and only.first is None


# --- T or Z, and the words ------------------------------------------------------


@pytest.mark.parametrize(
    ("t", "category"),
    [
        ("0.5", bones.NORMAL),
        ("-1.0", bones.NORMAL),
        ("-1.1", bones.LOW_BONE_MASS),
        ("-2.4", bones.LOW_BONE_MASS),
        ("-2.5", bones.OSTEOPOROSIS),
        ("-4.0", bones.OSTEOPOROSIS),
    ],
)
def test_who_categories_at_their_boundaries(t, category):
    assert bones.who_category(D(t)) == category


@pytest.mark.parametrize(
    ("age", "sex", "menopause", "score", "assumed"),
    [
        (50, "male", "", "T", False),
        (49, "male", "", "Z", False),
        (60, "female", "", "T", True),  # taken as after menopause, and said
        (50, "female", "", "T", True),
        (49, "female", "", "Z", True),
        (45, "female", "after", "T", False),  # early menopause
        (55, "female", "before", "Z", False),
        (None, "female", "", "T", True),  # age unknown
        (None, "female", "before", "Z", False),
        (70, "unspecified", "", "T", False),
        (30, "unspecified", "", "Z", False),
    ],
)
def test_t_or_z_by_age_sex_and_menopause(age, sex, menopause, score, assumed):
    choice = bones.score_to_use(age, sex, menopause)
    assert choice.score == score
    assert bool(choice.assumption) == assumed


def test_the_reading_names_the_lowest_t_score_in_plain_words():
    latest = scan(
        THIRD,
        spine("0.800", t="-2.1"),
        spine("0.600", t="-2.6", site=bones.FEMORAL_NECK_LEFT),
    )
    reading = bones.read_scan(latest, bones.ScoreChoice("T"))
    assert (reading.value, reading.site) == (D("-2.6"), bones.FEMORAL_NECK_LEFT)
    assert reading.words == "in the osteoporosis range"
    assert "you have" not in reading.words + bones.DIAGNOSIS_NOTE


def test_the_reading_of_a_z_score_compares_with_age():
    latest = scan(THIRD, spine(t="-2.6", z="-2.0"))
    reading = bones.read_scan(latest, bones.ScoreChoice("Z"))
    assert reading.words == "below the expected range for your age"
    latest = scan(THIRD, spine(z="-1.9"))
    assert bones.read_scan(latest, bones.ScoreChoice("Z")).words == (
        "within the expected range for your age"
    )
    assert bones.read_scan(latest, bones.ScoreChoice("T")) is None


# --- The next scan --------------------------------------------------------------


def test_the_next_scan_follows_the_last_or_a_treatment_change():
    intervals = {"after_change_months": 12, "stable_months": 24}
    assert bones.next_scan(None, date(2025, 1, 1), **intervals) is None
    stable = bones.next_scan(date(2024, 2, 29), None, **intervals)
    assert stable == bones.NextScan(date(2026, 2, 28), after_treatment_change=False)
    changed = bones.next_scan(date(2024, 3, 1), date(2025, 6, 15), **intervals)
    assert changed == bones.NextScan(date(2026, 6, 15), after_treatment_change=True)
    # A change before the last scan is what that scan already saw.
    older = bones.next_scan(date(2024, 3, 1), date(2023, 1, 1), **intervals)
    assert older.day == date(2026, 3, 1)
    assert older.is_due(date(2026, 3, 1)) and not older.is_due(date(2026, 2, 28))


# --- Height ---------------------------------------------------------------------


def test_feet_and_inches_convert_and_round():
    assert bones.cm_from_feet_inches(5, D("4")) == D("162.56")
    assert bones.cm_from_feet_inches(5, D("2.5")) == D("158.75")
    assert bones.feet_inches(D("162.56")) == (5, D("4.0"))
    assert bones.feet_inches(D("152.4")) == (5, D("0.0"))
    assert bones.inches_of(D("4.0")) == D("1.6")  # 1.575 rounds half up
    assert bones.inches_of(D("2.0")) == D("0.8")
    assert bones.height_words(D("162.56"), bones.FT_IN) == "5 ft 4 in"
    assert bones.height_words(D("158.75"), bones.FT_IN) == "5 ft 2.5 in"
    assert bones.height_words(D("162.56"), bones.CM) == "162.6 cm"
    assert bones.height_words(D("162.54"), bones.CM) == "162.5 cm"


THRESHOLDS = {
    "historical_threshold_cm": D(SETTINGS["historical_height_loss_cm"]),
    "measured_threshold_cm": D(SETTINGS["measured_height_loss_cm"]),
}


@pytest.mark.parametrize(
    ("tallest", "latest", "loss", "noted"),
    [
        ("165.0", "161.0", "4.0", True),  # exactly 4 cm
        ("165.0", "161.1", "3.9", False),
        ("165.00", "161.05", "4.0", True),  # 3.95 rounds to 4.0: noted as shown
        ("165.00", "161.06", "3.9", False),
        ("160.0", "161.0", "0.0", False),  # taller now: no loss
    ],
)
def test_historical_loss_is_noted_from_4_cm(tallest, latest, loss, noted):
    result = bones.height_loss([Height(THIRD, D(latest))], D(tallest), **THRESHOLDS)
    assert result.historical.cm == D(loss)
    assert result.historical.worth_mentioning is noted
    assert result.measured is None  # one measurement: nothing measured yet


@pytest.mark.parametrize(
    ("first", "latest", "noted"),
    [("163.0", "161.0", True), ("163.0", "161.1", False)],
)
def test_measured_loss_is_noted_from_2_cm(first, latest, noted):
    heights = [
        Height(THIRD, D(latest)),
        Height(FIRST, D(first)),
        Height(SECOND, D("170")),
    ]
    result = bones.height_loss(heights, None, **THRESHOLDS)
    assert (result.first.day, result.latest.day) == (FIRST, THIRD)
    assert result.measured.worth_mentioning is noted
    assert result.historical is None
    assert result.worth_mentioning is noted


def test_no_heights_means_no_loss():
    result = bones.height_loss([], D("170"), **THRESHOLDS)
    assert result == bones.HeightLoss(None, None)
    assert not result.worth_mentioning
