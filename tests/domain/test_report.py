"""The report's arithmetic, without a database: periods, averages split into
food and supplements, exercise weeks met, the self-check trend, the chart."""

from datetime import date
from decimal import Decimal as D

import pytest

from tracker.domain import exercise, report
from tracker.domain.intake import DayTotals

TODAY = date(2026, 5, 15)


@pytest.mark.parametrize(
    ("choice", "first", "days"),
    [("3", date(2026, 2, 16), 89), ("6", date(2025, 11, 16), 181)],
)
def test_a_period_of_months_ends_today(choice, first, days):
    period = report.period_for(choice, TODAY)
    assert (period.first, period.last, period.days) == (first, TODAY, days)


def test_the_last_12_months_from_29_february():
    period = report.period_for("12", date(2028, 2, 29))
    assert period.first == date(2027, 3, 1)


def test_chosen_dates_stop_at_today_and_must_be_in_order():
    period = report.period_for("dates", TODAY, date(2026, 1, 1), date(2026, 12, 31))
    assert (period.first, period.last) == (date(2026, 1, 1), TODAY)
    with pytest.raises(ValueError):
        report.period_for("dates", TODAY, date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(ValueError):
        report.period_for("dates", TODAY)


def logged(calcium, vitamin_d):
    return DayTotals(calcium_mg=calcium, vitamin_d_iu=vitamin_d, logged=True)


def test_an_empty_period_has_no_average():
    period = report.period_for("3", TODAY)
    average = report.intake_average(period, {}, {})
    assert (average.days, average.days_logged, average.calcium_mg) == (89, 0, None)
    outside = {date(2025, 1, 1): logged(900, 100)}
    assert report.intake_average(period, outside, {}).days_logged == 0


def test_the_average_splits_food_and_supplements_over_logged_days():
    period = report.period_for("3", TODAY)
    totals = {
        date(2026, 5, 1): logged(1000, 900),
        date(2026, 5, 2): logged(301, 115),  # food only
        date(2026, 5, 3): DayTotals(0, 0),  # nothing logged: left out
    }
    supplements = {date(2026, 5, 1): (D(600), D(800))}
    average = report.intake_average(period, totals, supplements)
    assert average.days_logged == 2
    # Total (1000 + 301) / 2 = 650.5 → 651; supplements 300; food the rest.
    assert (average.calcium_supplements_mg, average.calcium_food_mg) == (300, 351)
    assert average.calcium_mg == 651
    assert (average.vitamin_d_supplements_iu, average.vitamin_d_food_iu) == (400, 108)


def target(category, measure, amount):
    return exercise.WeeklyTarget(
        id=amount, label=category, category=category, measure=measure, amount=amount
    )


def test_exercise_weeks_met_per_goal():
    period = report.Period(date(2026, 5, 4), date(2026, 5, 17))  # two full weeks
    walk = frozenset({"weight_bearing"})
    sessions = [
        exercise.Session(date(2026, 5, 4), 150, 2, walk),
        exercise.Session(date(2026, 5, 11), 60, 2, walk),
        exercise.Session(date(2026, 4, 1), 500, 2, walk),  # before the period
    ]
    (goal,) = report.exercise_weeks(
        period,
        sessions,
        [target("weight_bearing", "minutes", 150)],
        had_spine_fracture=False,
    )
    assert (goal.weeks, goal.weeks_met, goal.average_done) == (2, 1, 105)
    assert goal.unit == "minutes"
    (empty,) = report.exercise_weeks(
        period, [], [target("balance", "sessions", 2)], had_spine_fracture=False
    )
    assert (empty.weeks_met, empty.average_done) == (0, 0)


def test_the_self_check_trend_in_words():
    assert report.score_trend([]) == ""
    one = report.Score(date(2026, 1, 1), 5, 14)
    assert report.score_trend([one]) == "One self-check in this period."
    later = report.Score(date(2026, 3, 1), 3, 14)
    assert report.score_trend([one, later]).startswith(
        "2 self-checks: down from 5 to 3"
    )
    assert "all starting and ending at 5" in report.score_trend([one, one])


def test_the_chart_places_values_in_time_and_height():
    assert report.line_chart([(date(2026, 1, 1), D("160"))]) is None
    chart = report.line_chart(
        [(date(2026, 1, 11), D("160")), (date(2026, 1, 1), D("162"))],
        width=120,
        height=60,
    )
    assert chart.points == "10.0,10.0 110.0,50.0"
    assert (chart.low, chart.high) == (D("160"), D("162"))
