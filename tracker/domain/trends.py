"""The trends page's time spans, and its points: weeks, or months past six months.

Plain Python. A span ends with the current week (or month). Up to six months the
page shows a point a week, as before; a year or everything shows a point a
month, so a long history stays a dozen or so bars and table rows rather than
fifty-two. Averages count only the days logged, weeks or months alike, so a
missed day never pulls a point down.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from . import exercise, intake, summary
from .dates import MONTHS, format_day
from .weeks import Week, weeks_between


@dataclass(frozen=True)
class Span:
    """A choice on the trends page: "12 weeks", "1 year", "everything"."""

    key: str  # in the address: /trends/?span=1y
    label: str
    weeks: int | None  # None: from the first week with history
    monthly: bool  # a point a month rather than a week


TWELVE_WEEKS = Span("12w", "12 weeks", 12, monthly=False)
SIX_MONTHS = Span("6m", "6 months", 26, monthly=False)
ONE_YEAR = Span("1y", "1 year", 52, monthly=True)
EVERYTHING = Span("all", "everything", None, monthly=True)
SPANS = (TWELVE_WEEKS, SIX_MONTHS, ONE_YEAR, EVERYTHING)
DEFAULT_SPAN = TWELVE_WEEKS

# "Everything" shows weeks until the history is longer than six months.
MONTHLY_AFTER_WEEKS = SIX_MONTHS.weeks


def span_of(key: str | None) -> Span:
    """Return the span named ``key`` in the address; any other is the default."""
    return next((span for span in SPANS if span.key == key), DEFAULT_SPAN)


@dataclass(frozen=True)
class TrendPoint:
    """One bar of the charts and one row of their tables: a week or a month."""

    first: date
    last: date
    week: Week | None  # a week's point links to its summary; a month's has none
    logged_days: int
    average_calcium_mg: int | None
    average_vitamin_d_iu: int | None
    minutes_by_category: dict[str, int]
    estimated_days: int = 0

    @property
    def heading(self) -> str:
        """The table row's name: "23 November 2026" or "November 2026"."""
        if self.week is not None:
            return format_day(self.first, "date")
        return f"{MONTHS[self.first.month - 1]} {self.first.year}"

    @property
    def chart_label(self) -> str:
        """The chart's label: "23 Nov" or "Nov 2026"."""
        if self.week is not None:
            return format_day(self.first, "chart_week")
        return f"{MONTHS[self.first.month - 1][:3]} {self.first.year}"

    @property
    def estimate_count(self) -> str:
        return intake.estimate_count(self.estimated_days)


@dataclass(frozen=True)
class Trend:
    span: Span
    points: tuple[TrendPoint, ...]
    monthly: bool
    streak: int  # weeks in a row, ending this week, with every exercise goal met

    @property
    def period(self) -> str:
        """What one point is, for captions: "week" or "month"."""
        return "month" if self.monthly else "week"


def weeks_of(span: Span, today: date, first_day: date) -> list[Week]:
    """Return the weeks ``span`` covers, ending with this week, oldest first.

    A span of a number of weeks covers them all, logged or not; "everything"
    starts at ``first_day``, the user's first day with history.
    """
    this_week = Week.of(today)
    if span.weeks is None:
        return weeks_between(Week.of(min(first_day, today)), this_week)
    return weeks_between(Week.of(today - timedelta(weeks=span.weeks - 1)), this_week)


def months_between(first: date, last: date) -> list[tuple[date, date]]:
    """Return each calendar month from ``first``'s to ``last``'s, as its first
    and last day, oldest first."""
    months = []
    start = first.replace(day=1)
    while start <= last:
        following = (start + timedelta(days=32)).replace(day=1)
        months.append((start, following - timedelta(days=1)))
        start = following
    return months


def first_day_to_read(span: Span, today: date, first_day: date) -> date:
    """Return the earliest day ``trend`` needs, for the reads to start at."""
    monday = weeks_of(span, today, first_day)[0].monday
    return monday.replace(day=1) if span.monthly else monday


def trend(
    span: Span,
    *,
    today: date,
    first_day: date,
    totals_by_day: Mapping[date, intake.DayTotals],
    sessions: Iterable[exercise.Session],
    targets: Sequence[exercise.WeeklyTarget] = (),
    had_spine_fracture: bool = False,
) -> Trend:
    """Return the points of ``span``: a week each, or a calendar month each for a
    year or for everything longer than six months.

    The streak always counts weeks (a missed day cannot break one), however the
    points are drawn.
    """
    sessions = list(sessions)
    weeks = weeks_of(span, today, first_day)
    weekly = summary.trend(
        weeks,
        today=today,
        totals_by_day=totals_by_day,
        sessions=sessions,
        targets=targets,
        had_spine_fracture=had_spine_fracture,
    )
    streak = summary.goal_streak([row.exercise_goals_met for row in weekly])
    monthly = span.monthly and len(weeks) > MONTHLY_AFTER_WEEKS
    if not monthly:
        points = tuple(week_point(row) for row in weekly)
    else:
        points = month_points(
            weeks[0].monday, today, totals_by_day=totals_by_day, sessions=sessions
        )
    return Trend(span=span, points=points, monthly=monthly, streak=streak)


def week_point(row: summary.TrendWeek) -> TrendPoint:
    return TrendPoint(
        first=row.week.monday,
        last=row.week.sunday,
        week=row.week,
        logged_days=row.logged_days,
        average_calcium_mg=row.average_calcium_mg,
        average_vitamin_d_iu=row.average_vitamin_d_iu,
        minutes_by_category=row.minutes_by_category,
        estimated_days=row.estimated_days,
    )


def month_points(
    first: date,
    today: date,
    *,
    totals_by_day: Mapping[date, intake.DayTotals],
    sessions: Sequence[exercise.Session],
) -> tuple[TrendPoint, ...]:
    """Return a point for each calendar month from ``first``'s to this one: the
    average of the days logged in it, and all its exercise minutes."""
    points = []
    for month_first, month_last in months_between(first, today):
        days = [
            month_first + timedelta(days=offset)
            for offset in range((month_last - month_first).days + 1)
        ]
        intake_month = intake.intake_week(days, totals_by_day, today)
        in_month = [s for s in sessions if month_first <= s.day <= month_last]
        points.append(
            TrendPoint(
                first=month_first,
                last=month_last,
                week=None,
                logged_days=intake_month.logged_days,
                average_calcium_mg=intake_month.average_calcium_mg,
                average_vitamin_d_iu=intake_month.average_vitamin_d_iu,
                minutes_by_category=exercise.minutes_by_category(in_month),
                estimated_days=intake_month.estimated_days,
            )
        )
    return tuple(points)
