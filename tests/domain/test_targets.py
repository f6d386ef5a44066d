"""Personal targets, tested on the shipped seed rows without a database."""

from dataclasses import replace
from datetime import date

import pytest

from tests.helpers import SEED_TARGET_ROWS
from tracker.domain import targets
from tracker.domain.targets import Person

ROWS = SEED_TARGET_ROWS


def calcium(person):
    return targets.nutrient_target(ROWS, person, targets.CALCIUM, targets.RECOMMENDED)


@pytest.mark.parametrize(
    ("sex", "age", "expected_mg"),
    [
        ("female", 19, 1000),
        ("female", 50, 1000),
        ("female", 51, 1200),
        ("female", 70, 1200),
        ("female", 71, 1200),
        ("male", 50, 1000),
        ("male", 51, 1000),
        ("male", 70, 1000),
        ("male", 71, 1200),
    ],
)
def test_calcium_target_follows_the_age_bands(sex, age, expected_mg):
    target = calcium(Person(age=age, sex=sex))
    assert target.amount == expected_mg
    assert target.unit == "mg"
    assert target.assumptions == ()


@pytest.mark.parametrize(("age", "expected_iu"), [(50, 600), (70, 600), (71, 800)])
def test_vitamin_d_target_rises_at_71(age, expected_iu):
    person = Person(age=age, sex="male")
    target = targets.nutrient_target(
        ROWS, person, targets.VITAMIN_D, targets.RECOMMENDED
    )
    assert target.amount == expected_iu


@pytest.mark.parametrize(("age", "expected_mg"), [(50, 2500), (51, 2000), (90, 2000)])
def test_calcium_upper_limit_drops_at_51(age, expected_mg):
    person = Person(age=age, sex="female")
    limit = targets.nutrient_target(ROWS, person, targets.CALCIUM, targets.UPPER_LIMIT)
    assert limit.amount == expected_mg


def test_prefer_not_to_say_uses_the_higher_target_and_says_so():
    target = calcium(Person(age=60, sex="unspecified"))
    assert target.amount == 1200  # women 51-70: 1,200; men: 1,000
    assert target.assumptions == (targets.SEX_ASSUMPTION,)


def test_prefer_not_to_say_needs_no_assumption_where_sexes_agree():
    person = Person(age=60, sex="unspecified")
    target = targets.nutrient_target(
        ROWS, person, targets.VITAMIN_D, targets.RECOMMENDED
    )
    assert target.amount == 600
    assert target.assumptions == ()


def test_unknown_age_uses_the_highest_target_and_lowest_upper_limit():
    person = Person(age=None, sex="male")
    assert calcium(person).amount == 1200
    assert calcium(person).assumptions == (targets.AGE_ASSUMPTION,)
    limit = targets.nutrient_target(ROWS, person, targets.CALCIUM, targets.UPPER_LIMIT)
    assert limit.amount == 2000


def test_bone_health_vitamin_d_is_a_range_from_50():
    person = Person(age=50, sex="female")
    target = targets.nutrient_target(
        ROWS, person, targets.VITAMIN_D, targets.BONE_HEALTH
    )
    assert (target.amount, target.amount_max) == (800, 1000)
    younger = targets.nutrient_target(
        ROWS, Person(age=49, sex="female"), targets.VITAMIN_D, targets.BONE_HEALTH
    )
    assert (younger.amount, younger.amount_max) == (400, 800)


def test_under_19_gets_adult_values_with_a_note():
    target = calcium(Person(age=16, sex="female"))
    assert target.amount == 1200
    assert targets.CHILD_ASSUMPTION in target.assumptions


def test_personal_targets_collects_each_assumption_once():
    personal = targets.personal_targets(ROWS, Person(age=None, sex="unspecified"))
    assert personal.calcium.amount == 1200
    assert personal.vitamin_d.amount == 800
    assert personal.vitamin_d_upper_limit.amount == 4000
    assert personal.assumptions == (targets.SEX_ASSUMPTION, targets.AGE_ASSUMPTION)


def test_missing_rows_give_no_target():
    assert calcium(Person(age=60, sex="female")) is not None
    assert (
        targets.nutrient_target([], Person(60, "female"), "calcium", "recommended")
        is None
    )


@pytest.mark.parametrize(
    ("day", "birth_date", "expected"),
    [
        (date(2026, 6, 14), date(1956, 6, 15), 69),
        (date(2026, 6, 15), date(1956, 6, 15), 70),
        (date(2028, 2, 28), date(1960, 2, 29), 67),
        (date(2028, 2, 29), date(1960, 2, 29), 68),
    ],
)
def test_age_from_a_birth_date_changes_on_the_birthday(day, birth_date, expected):
    assert targets.age_on(day, birth_date=birth_date) == expected


def test_age_from_a_birth_year_is_the_age_reached_this_year():
    assert targets.age_on(date(2026, 1, 1), birth_year=1955) == 71
    assert targets.age_on(date(2026, 12, 31), birth_year=1955) == 71


def test_age_is_unknown_without_birth_details():
    assert targets.age_on(date(2026, 1, 1)) is None


def test_each_target_carries_the_admin_close_margin_and_its_source_name():
    person = Person(age=60, sex="female")
    assert targets.personal_targets(ROWS, person).calcium.close_percent == 95
    rows = [
        replace(row, close_percent=90, source_short_name="IOM, 2011") for row in ROWS
    ]
    personal = targets.personal_targets(rows, person)
    assert personal.calcium.close_percent == 90
    assert personal.vitamin_d_upper_limit.close_percent == 90
    assert personal.calcium.source_short_name == "IOM, 2011"
