"""The diary's reads: totals by day and over a range of days."""

from datetime import timedelta
from decimal import Decimal

from tests.helpers import (
    COMBINATION,
    SKIM,
    SPINACH,
    TODAY,
    YESTERDAY,
    catalogue_food,
    catalogue_supplement,
    log_intake,
)
from tracker.models import IntakeEstimate
from tracker.queries import intake as queries


def test_range_totals_match_day_totals(alice, guidance, django_assert_num_queries):
    log_intake(alice, catalogue_food(SKIM), TODAY, amount="½")
    log_intake(alice, catalogue_food(SKIM), TODAY, amount="½")
    log_intake(alice, catalogue_food(SPINACH), TODAY)
    log_intake(alice, catalogue_supplement(COMBINATION), YESTERDAY)
    log_intake(alice, catalogue_food(SKIM), YESTERDAY)  # replaced by the day's estimate
    IntakeEstimate.objects.create(
        user=alice,
        day=YESTERDAY,
        calcium_mg=Decimal("900.5"),
        vitamin_d_iu=Decimal(100),
        baseline_calcium_mg=250,
    )
    # entries summed by day and kind, with the estimates joined on (UNION ALL)
    with django_assert_num_queries(1):
        totals = queries.daily_totals(alice, YESTERDAY, TODAY)
    assert totals[TODAY].calcium_mg == 299
    assert totals[TODAY].low_absorption_calcium_mg == 122
    assert totals[YESTERDAY].calcium_mg == 600 + 901 + 250  # tablet, estimate, baseline
    assert totals[YESTERDAY].uses_estimate
    assert totals[YESTERDAY].replaced_calcium_mg == 299
    with django_assert_num_queries(1):
        assert queries.day_totals(alice, TODAY) == totals[TODAY]


def test_counted_by_day_matches_the_full_day_totals(
    alice, guidance, django_assert_num_queries
):
    log_intake(alice, catalogue_food(SKIM), TODAY, amount="½")
    log_intake(alice, catalogue_food(SKIM), TODAY, amount="⅓")
    log_intake(alice, catalogue_food(SPINACH), TODAY)
    log_intake(alice, catalogue_supplement(COMBINATION), TODAY, amount="½")
    log_intake(alice, catalogue_supplement(COMBINATION), YESTERDAY)
    log_intake(alice, catalogue_food(SKIM), YESTERDAY)  # replaced by the day's estimate
    day_before = YESTERDAY - timedelta(days=1)
    for day, baseline in ((YESTERDAY, 250), (day_before, None)):  # one with no entry
        IntakeEstimate.objects.create(
            user=alice,
            day=day,
            calcium_mg=Decimal("900.5"),
            vitamin_d_iu=Decimal("100.25"),
            baseline_calcium_mg=baseline,
        )
    full = queries.daily_totals(alice, day_before, TODAY)
    # entries summed by day and how they count, with the estimates (UNION ALL)
    with django_assert_num_queries(1):
        counted = queries.counted_by_day(alice, day_before, TODAY)
    assert counted.keys() == full.keys() == {day_before, YESTERDAY, TODAY}
    for day, totals in full.items():
        assert (counted[day].calcium_mg, counted[day].vitamin_d_iu) == (
            totals.calcium_mg,
            totals.vitamin_d_iu,
        )
        assert counted[day].uses_estimate == totals.uses_estimate
        assert counted[day].logged


def test_counted_by_day_is_empty_without_entries(alice, guidance):
    assert queries.counted_by_day(alice, YESTERDAY, TODAY) == {}
