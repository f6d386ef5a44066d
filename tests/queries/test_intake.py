"""The diary's reads: totals by day and over a range of days."""

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
