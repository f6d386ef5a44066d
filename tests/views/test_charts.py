"""Chart data: unlogged days are gaps, vitamin D follows the user's unit."""

from datetime import date

from tests.domain.test_summary import (
    CALCIUM_TARGET,
    MON,
    TUE,
    VITAMIN_D_TARGET,
    WEEK,
    day,
    exercise_week,
)
from tracker.domain import summary, trends
from tracker.views import charts


def test_week_charts_leave_unlogged_days_as_gaps_and_draw_the_target():
    report = summary.weekly_summary(
        WEEK,
        today=date(2026, 12, 2),
        totals_by_day={MON: day(1000, 400), TUE: day(1300, 800)},
        calcium_target=CALCIUM_TARGET,
        vitamin_d_target=VITAMIN_D_TARGET,
        vitamin_d_unit="mcg",
        exercise=exercise_week([]),
    )
    chart = charts.week_charts(report, "mcg")
    calcium = chart["calcium_chart"]
    assert calcium["labels"][:2] == ["Mon 23", "Tue 24"]
    assert calcium["datasets"][0]["data"] == [1000, 1300, None, None, None, None, None]
    assert calcium["datasets"][1]["data"] == [1200] * 7
    vitamin_d = chart["vitamin_d_chart"]
    assert vitamin_d["unit"] == "µg"
    assert vitamin_d["datasets"][0]["data"][:2] == [10.0, 20.0]
    assert vitamin_d["datasets"][1]["label"] == "Target (20 µg)"


def test_trend_chart_stacks_minutes_by_purpose():
    rows = summary.trend([WEEK], today=date(2026, 12, 2), totals_by_day={}, sessions=[])
    points = [trends.week_point(row) for row in rows]
    chart = charts.trend_charts(points, summary_targets(), "IU")["exercise_chart"]
    assert chart["labels"] == ["23 Nov"]
    assert chart["stacked"] is True
    assert [dataset["label"] for dataset in chart["datasets"]] == [
        "Weight-bearing and impact",
        "Resistance and strength",
        "Balance",
        "Posture",
    ]


def summary_targets():
    from tracker.domain.targets import PersonalTargets

    return PersonalTargets(CALCIUM_TARGET, None, None, VITAMIN_D_TARGET, None, None)
