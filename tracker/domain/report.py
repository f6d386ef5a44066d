"""The report's arithmetic: its period, calcium and vitamin D averages split
into food and supplements, exercise weeks met per goal, the self-check trend,
and the points of its small charts.

Plain Python: no ORM, no HTTP. Days with nothing logged are left out of the
averages, as everywhere in the app.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from . import exercise
from .intake import DayTotals
from .weeks import Week, add_months, weeks_between

# The report's sections, in page order.
MEDICINES = "medicines"
SCANS = "scans"
FRACTURES = "fractures"
INTAKE = "intake"
EXERCISE = "exercise"
HOME_SAFETY = "home_safety"
QUESTIONS = "questions"
SECTIONS = {
    MEDICINES: "Medicines",
    SCANS: "Bone density scans",
    FRACTURES: "Fractures, falls and height",
    INTAKE: "Calcium and vitamin D",
    EXERCISE: "Exercise",
    HOME_SAFETY: "Fall risk and home safety",
    QUESTIONS: "Questions for my clinician",
}

DATES = "dates"
MONTH_CHOICES = {"3": 3, "6": 6, "12": 12}


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last


def period_for(
    choice: str, today: date, first: date | None = None, last: date | None = None
) -> Period:
    """The last 3, 6 or 12 months up to ``today``, or the dates chosen.

    "The last 3 months" on 15 May runs from 16 February to 15 May.
    """
    if choice in MONTH_CHOICES:
        return Period(add_months(today, -MONTH_CHOICES[choice]) + timedelta(1), today)
    if first is None or last is None or first > last:
        raise ValueError("dates need a first day on or before the last")
    return Period(first, min(last, today))


def round_half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class IntakeAverage:
    """Calcium and vitamin D a day, averaged over the days logged."""

    days: int  # days in the period
    days_logged: int
    calcium_food_mg: int | None = None
    calcium_supplements_mg: int | None = None
    vitamin_d_food_iu: int | None = None
    vitamin_d_supplements_iu: int | None = None

    @property
    def calcium_mg(self) -> int | None:
        if self.calcium_food_mg is None or self.calcium_supplements_mg is None:
            return None
        return self.calcium_food_mg + self.calcium_supplements_mg

    @property
    def vitamin_d_iu(self) -> int | None:
        if self.vitamin_d_food_iu is None or self.vitamin_d_supplements_iu is None:
            return None
        return self.vitamin_d_food_iu + self.vitamin_d_supplements_iu


def intake_average(
    period: Period,
    totals_by_day: Mapping[date, DayTotals],
    supplements_by_day: Mapping[date, tuple[Decimal, Decimal]],
) -> IntakeAverage:
    """Average the logged days of ``period``: what counted each day (as the
    diary counts it), split into supplements (``supplements_by_day``: calcium
    mg and vitamin D IU, which always count) and food (the rest).

    Each part is averaged exactly and rounded half up once, so food and
    supplements add up to the total within 1 mg or IU.
    """
    days = [
        day
        for day, totals in totals_by_day.items()
        if period.contains(day) and totals.logged
    ]
    if not days:
        return IntakeAverage(period.days, 0)
    calcium_supplements = sum(
        (supplements_by_day.get(day, (Decimal(0), Decimal(0)))[0] for day in days),
        Decimal(0),
    )
    vitamin_d_supplements = sum(
        (supplements_by_day.get(day, (Decimal(0), Decimal(0)))[1] for day in days),
        Decimal(0),
    )
    calcium_total = sum(totals_by_day[day].calcium_mg for day in days)
    vitamin_d_total = sum(totals_by_day[day].vitamin_d_iu for day in days)
    count = Decimal(len(days))
    calcium_supplements_average = round_half_up(calcium_supplements / count)
    vitamin_d_supplements_average = round_half_up(vitamin_d_supplements / count)
    return IntakeAverage(
        days=period.days,
        days_logged=len(days),
        calcium_food_mg=max(
            round_half_up(calcium_total / count) - calcium_supplements_average, 0
        ),
        calcium_supplements_mg=calcium_supplements_average,
        vitamin_d_food_iu=max(
            round_half_up(vitamin_d_total / count) - vitamin_d_supplements_average, 0
        ),
        vitamin_d_supplements_iu=vitamin_d_supplements_average,
    )


@dataclass(frozen=True)
class GoalWeeks:
    """One weekly exercise goal over the period: weeks met of weeks counted."""

    target: exercise.WeeklyTarget
    weeks: int
    weeks_met: int
    average_done: int  # minutes, sessions or days a week, rounded

    @property
    def unit(self) -> str:
        return exercise._UNIT_WORDS[self.target.measure][0]


def exercise_weeks(
    period: Period,
    sessions: Iterable[exercise.Session],
    targets: Sequence[exercise.WeeklyTarget],
    *,
    had_spine_fracture: bool,
) -> list[GoalWeeks]:
    """Each goal that applies, over every week that began in the period."""
    weeks = [
        week
        for week in weeks_between(Week.of(period.first), Week.of(period.last))
        if period.contains(week.monday) or week.monday < period.first <= week.sunday
    ]
    by_week: dict[Week, list[exercise.Session]] = {week: [] for week in weeks}
    for session in sessions:
        week = Week.of(session.day)
        if week in by_week:
            by_week[week].append(session)
    applying = exercise.targets_for(targets, had_spine_fracture=had_spine_fracture)
    result = []
    for target in applying:
        done = [exercise.amount_done(target, by_week[week]) for week in weeks]
        result.append(
            GoalWeeks(
                target=target,
                weeks=len(weeks),
                weeks_met=sum(amount >= target.amount for amount in done),
                average_done=(
                    round_half_up(Decimal(sum(done)) / len(weeks)) if weeks else 0
                ),
            )
        )
    return result


@dataclass(frozen=True)
class Score:
    day: date
    score: int
    max_score: int


def score_trend(scores: Sequence[Score]) -> str:
    """The self-check scores in the period in words, oldest to latest."""
    if not scores:
        return ""
    if len(scores) == 1:
        return "One self-check in this period."
    first, latest = scores[0], scores[-1]
    if latest.score < first.score:
        direction = "down"
    elif latest.score > first.score:
        direction = "up"
    else:
        return f"{len(scores)} self-checks, all starting and ending at {latest.score}."
    return (
        f"{len(scores)} self-checks: {direction} from {first.score} to "
        f"{latest.score} (a lower score means fewer fall risks)."
    )


@dataclass(frozen=True)
class Chart:
    """A line chart's geometry for an inline SVG, in its viewBox units."""

    width: int
    height: int
    points: str  # "x,y x,y ..." for <polyline>
    dots: tuple[tuple[float, float], ...]
    low: Decimal
    high: Decimal


def line_chart(
    values: Sequence[tuple[date, Decimal]], *, width: int = 320, height: int = 120
) -> Chart | None:
    """Place dated values on a chart, time across and value up; None for
    fewer than two values."""
    if len(values) < 2:
        return None
    ordered = sorted(values)
    first_day, last_day = ordered[0][0], ordered[-1][0]
    low = min(value for _, value in ordered)
    high = max(value for _, value in ordered)
    span_days = max((last_day - first_day).days, 1)
    span = high - low or Decimal(1)
    pad = 10
    dots = tuple(
        (
            round(pad + (day - first_day).days / span_days * (width - 2 * pad), 1),
            round(
                pad + float((high - value) / span) * (height - 2 * pad),
                1,
            ),
        )
        for day, value in ordered
    )
    return Chart(
        width=width,
        height=height,
        points=" ".join(f"{x},{y}" for x, y in dots),
        dots=dots,
        low=low,
        high=high,
    )
