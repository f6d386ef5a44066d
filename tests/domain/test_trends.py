"""The trends page's spans and points: plain Python, no database."""

from datetime import date, timedelta

import pytest

from tracker.domain import exercise, intake, trends
from tracker.domain.weeks import Week

TODAY = date(2026, 11, 25)  # a Wednesday
STRENGTH = exercise.WeeklyTarget(1, "Strength", "resistance", "sessions", 2)


def day(calcium, vitamin_d=800):
    return intake.DayTotals(calcium_mg=calcium, vitamin_d_iu=vitamin_d, logged=True)


def squats(on, minutes=20):
    return exercise.Session(
        day=on, minutes=minutes, impact=0, categories=frozenset({"resistance"})
    )


def trend_of(span, totals=None, sessions=(), first_day=date(2024, 1, 1)):
    return trends.trend(
        span,
        today=TODAY,
        first_day=first_day,
        totals_by_day=totals or {},
        sessions=sessions,
        targets=[STRENGTH],
    )


@pytest.mark.parametrize(
    ("key", "span"),
    [
        ("12w", trends.TWELVE_WEEKS),
        ("6m", trends.SIX_MONTHS),
        ("1y", trends.ONE_YEAR),
        ("all", trends.EVERYTHING),
        (None, trends.TWELVE_WEEKS),
        ("forever", trends.TWELVE_WEEKS),
    ],
)
def test_a_span_is_named_in_the_address_and_defaults_to_12_weeks(key, span):
    assert trends.span_of(key) == span


def test_up_to_six_months_each_point_is_a_week_ending_this_week():
    for span, count in [(trends.TWELVE_WEEKS, 12), (trends.SIX_MONTHS, 26)]:
        trend = trend_of(span)
        assert not trend.monthly and trend.period == "week"
        assert len(trend.points) == count
        assert trend.points[-1].week == Week.of(TODAY)
        assert trend.points[-1].heading == "23 November 2026"
        assert trend.points[-1].chart_label == "23 Nov"


def test_a_year_is_a_point_a_month_each_averaging_only_the_days_logged():
    totals = {date(2026, 10, 1): day(1000, 400), date(2026, 10, 20): day(1300, 800)}
    sessions = [squats(date(2026, 10, 5), 20), squats(date(2026, 10, 30), 25)]
    trend = trend_of(trends.ONE_YEAR, totals, sessions)
    assert trend.monthly and trend.period == "month"
    months = [point.heading for point in trend.points]
    assert months[0] == "December 2025"  # the month of the first of 52 weeks
    assert months[-1] == "November 2026"
    assert len(months) == 12
    october = trend.points[-2]
    assert (october.first, october.last) == (date(2026, 10, 1), date(2026, 10, 31))
    assert october.week is None and october.chart_label == "Oct 2026"
    assert october.logged_days == 2
    assert october.average_calcium_mg == 1150  # two days logged, not 31
    assert october.average_vitamin_d_iu == 600
    assert october.minutes_by_category == {"resistance": 45}
    assert trend.points[-3].average_calcium_mg is None  # September: nothing logged


def test_everything_starts_at_the_first_day_and_is_monthly_past_six_months():
    short = trend_of(trends.EVERYTHING, first_day=TODAY - timedelta(weeks=3))
    assert not short.monthly
    assert len(short.points) == 4  # the first day's week to this one
    long = trend_of(trends.EVERYTHING, first_day=date(2025, 3, 10))
    assert long.monthly
    assert long.points[0].heading == "March 2025"
    assert len(long.points) == 21  # March 2025 to November 2026


def test_the_streak_counts_weeks_even_when_points_are_months():
    this_monday = Week.of(TODAY).monday
    sessions = [
        squats(monday + timedelta(days=offset))
        for monday in (this_monday, this_monday - timedelta(weeks=1))
        for offset in (0, 1)
    ]
    assert trend_of(trends.ONE_YEAR, sessions=sessions).streak == 2
    assert trend_of(trends.TWELVE_WEEKS, sessions=sessions).streak == 2


def test_reads_start_where_the_first_point_does():
    assert trends.first_day_to_read(trends.TWELVE_WEEKS, TODAY, TODAY) == date(
        2026, 9, 7
    )
    assert trends.first_day_to_read(trends.ONE_YEAR, TODAY, TODAY) == date(2025, 12, 1)


def test_months_between_covers_each_calendar_month_once():
    assert trends.months_between(date(2024, 1, 31), date(2024, 3, 1)) == [
        (date(2024, 1, 1), date(2024, 1, 31)),
        (date(2024, 2, 1), date(2024, 2, 29)),
        (date(2024, 3, 1), date(2024, 3, 31)),
    ]
