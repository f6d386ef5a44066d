"""Weekly summaries: a week of intake, exercise and home safety, in numbers and words.

Plain Python: no ORM, no HTTP. ``queries.summary`` reads a week (or many) in a
fixed number of queries and hands the values here. Progress is weekly: a missed
day never resets anything, and days with nothing logged are not counted as zero.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from . import exercise, home_safety, intake
from .progress import CLOSE, CLOSE_PERCENT, MET, Progress, close_meaning, standing
from .targets import Target
from .units import MCG, iu_to_mcg
from .weeks import Week


@dataclass(frozen=True)
class FixedItem:
    question: str
    fixed_on: date


@dataclass(frozen=True)
class SelfCheckScore:
    day: date
    score: int
    max_score: int
    threshold: int

    @property
    def talk_to_clinician(self) -> bool:
        return home_safety.talk_to_clinician(self.score, self.threshold)


@dataclass(frozen=True)
class HomeWeek:
    """Home safety in one week: fixes made, what was still open at its end, falls."""

    fixed: tuple[FixedItem, ...] = ()
    still_open: int = 0
    falls: int = 0
    near_misses: int = 0
    self_checks: tuple[SelfCheckScore, ...] = ()

    @property
    def anything(self) -> bool:
        return bool(
            self.fixed or self.still_open or self.falls or self.near_misses
        ) or bool(self.self_checks)


@dataclass(frozen=True)
class NutrientDay:
    """One day's calcium and vitamin D, and how each stands against its target:
    MET, CLOSE or NOT_YET (progress.standing), "" without a target or a log."""

    day: date
    totals: intake.DayTotals
    is_future: bool
    calcium_status: str = ""
    vitamin_d_status: str = ""

    @property
    def logged(self) -> bool:
        return self.totals.logged and not self.is_future

    @property
    def calcium_met(self) -> bool:
        return self.calcium_status == MET

    @property
    def vitamin_d_met(self) -> bool:
        return self.vitamin_d_status == MET

    @property
    def target_words(self) -> str:
        """Say which targets the day met, and which it came close to:
        "Both", "Calcium", "Calcium; vitamin D close", "Not yet"."""
        if self.calcium_met and self.vitamin_d_met:
            return "Both"
        statuses = {"calcium": self.calcium_status, "vitamin D": self.vitamin_d_status}
        met = [name for name, status in statuses.items() if status == MET]
        close = [name for name, status in statuses.items() if status == CLOSE]
        parts = list(met)
        if len(close) == 2:
            parts.append("both close")
        elif close:
            parts.append(f"{close[0]} close")
        words = "; ".join(parts)
        return words[0].upper() + words[1:] if words else "Not yet"


@dataclass(frozen=True)
class OverviewLine:
    """One line of the week's opening list: a habit, how much, and how it stands.

    ``words`` is the one wording of the line, for the page and both emails:
    "Strength: 2 sessions (goal 2) — met".
    """

    label: str
    amount: str
    status: str = ""

    @property
    def words(self) -> str:
        status = f" — {self.status}" if self.status else ""
        return f"{self.label}: {self.amount}{status}"


NOTHING_LOGGED = OverviewLine("This week", "nothing logged")


@dataclass(frozen=True)
class WeeklySummary:
    week: Week
    is_current: bool
    days: tuple[NutrientDay, ...]
    days_so_far: int  # days of the week that have begun: 7 for a past week
    logged_days: int
    calcium_days_met: int
    calcium_days_close: int  # days close to the target, never counted as met
    vitamin_d_days_met: int
    estimated_days: int  # logged days a quick estimate stands in for
    calcium_average: Progress | None
    vitamin_d_average: Progress | None
    calcium_target: Target | None
    vitamin_d_target: Target | None
    exercise: exercise.ExerciseWeek
    home: HomeWeek
    overview: tuple[OverviewLine, ...]

    @property
    def estimate_mark(self) -> str:
        return intake.estimate_mark(self.estimated_days)

    @property
    def close_note(self) -> str:
        """Say how many more days came close to the calcium target, and what
        close means: "Calcium came close on 7 more days (within 5 % of the
        target, not counted as met)." "" when none did."""
        if not self.calcium_days_close or self.calcium_target is None:
            return ""
        days = "day" if self.calcium_days_close == 1 else "days"
        margin = 100 - self.calcium_target.close_percent
        return (
            f"Calcium came close on {self.calcium_days_close} more {days} (within "
            f"{margin} % of the target, not counted as met)."
        )

    @property
    def close_percent(self) -> int:
        """The admin's margin, as the week's goals carry it."""
        if self.calcium_target is not None:
            return self.calcium_target.close_percent
        if self.exercise.targets:
            return self.exercise.targets[0].target.close_percent
        return CLOSE_PERCENT

    @property
    def close_meaning(self) -> str:
        """What "close" means, when a line of the week's list says it; else ""."""
        if any(line.status == CLOSE for line in self.overview):
            return close_meaning(self.close_percent)
        return ""

    @property
    def estimate_note(self) -> str:
        return intake.estimate_note(self.estimated_days)

    @property
    def anything_logged(self) -> bool:
        return (
            self.logged_days > 0
            or bool(self.exercise.active_days)
            or self.home.anything
        )


def weekly_summary(
    week: Week,
    *,
    today: date,
    totals_by_day: Mapping[date, intake.DayTotals],
    calcium_target: Target | None,
    vitamin_d_target: Target | None,
    vitamin_d_unit: str,
    exercise: exercise.ExerciseWeek,
    home: HomeWeek | None = None,
) -> WeeklySummary:
    """Return the summary of ``week`` as it stands on ``today``."""
    home = home or HomeWeek()
    intake_week = intake.intake_week(week.days, totals_by_day, today)
    days = tuple(
        NutrientDay(
            day=week_day.day,
            totals=week_day.totals,
            is_future=week_day.is_future,
            calcium_status=day_status(
                week_day.logged, week_day.totals.calcium_mg, calcium_target
            ),
            vitamin_d_status=day_status(
                week_day.logged, week_day.totals.vitamin_d_iu, vitamin_d_target
            ),
        )
        for week_day in intake_week.days
    )
    logged = [day for day in days if day.logged]
    days_so_far = sum(1 for day in days if not day.is_future)
    calcium_days_met = sum(day.calcium_met for day in logged)
    calcium_days_close = sum(day.calcium_status == CLOSE for day in logged)
    vitamin_d_days_met = sum(day.vitamin_d_met for day in logged)
    averaged = intake_week.logged_days > 0
    calcium_average = (
        intake.calcium_progress(intake_week.average_calcium_mg, calcium_target)
        if averaged
        else None
    )
    vitamin_d_average = (
        intake.vitamin_d_progress(
            intake_week.average_vitamin_d_iu, vitamin_d_target, vitamin_d_unit
        )
        if averaged
        else None
    )
    return WeeklySummary(
        week=week,
        is_current=week.contains(today),
        days=days,
        days_so_far=days_so_far,
        logged_days=len(logged),
        calcium_days_met=calcium_days_met,
        calcium_days_close=calcium_days_close,
        vitamin_d_days_met=vitamin_d_days_met,
        estimated_days=intake_week.estimated_days,
        calcium_average=calcium_average,
        vitamin_d_average=vitamin_d_average,
        calcium_target=calcium_target,
        vitamin_d_target=vitamin_d_target,
        exercise=exercise,
        home=home,
        overview=overview(
            logged_days=len(logged),
            calcium=calcium_average,
            vitamin_d=vitamin_d_average,
            exercise=exercise,
            home=home,
        ),
    )


def day_status(logged: bool, amount: int, target: Target | None) -> str:
    """Return how a logged day stands against ``target`` ("" if not logged)."""
    if not logged or target is None:
        return ""
    return standing(amount, target.amount, target.close_percent)


def overview(
    *,
    logged_days: int,
    calcium: Progress | None,
    vitamin_d: Progress | None,
    exercise: exercise.ExerciseWeek,
    home: HomeWeek,
) -> tuple[OverviewLine, ...]:
    """Say the week as a short list, one line per habit.

    For example: "Calcium: 1,250 mg a day on average (goal 1,200) — met",
    "Strength: 2 sessions (goal 2) — met", "Balance: 80 minutes (goal 120) — not
    yet". Intake lines average the days logged; a habit without a goal or
    without anything logged is left out.
    """
    if not logged_days and not exercise.active_days and not home.anything:
        return (NOTHING_LOGGED,)
    lines = []
    per_day = " a day on average"
    if not logged_days:
        lines.append(OverviewLine("Calcium and vitamin D", "nothing logged"))
    if calcium is not None:
        lines.append(
            OverviewLine("Calcium", calcium.goal_words(per_day), calcium.status)
        )
    if vitamin_d is not None:
        lines.append(
            OverviewLine("Vitamin D", vitamin_d.goal_words(per_day), vitamin_d.status)
        )
    lines.extend(exercise_line(item) for item in exercise.targets)
    if home.fixed:
        fixes = "fix" if len(home.fixed) == 1 else "fixes"
        lines.append(OverviewLine("Home safety", f"{len(home.fixed)} {fixes} made"))
    if home.falls:
        falls = "fall" if home.falls == 1 else "falls"
        lines.append(OverviewLine("Falls", f"{home.falls} {falls} logged"))
    return tuple(lines)


# The short name of each category in the week's list.
SHORT_CATEGORY = {
    "weight_bearing": "Weight-bearing",
    "resistance": "Strength",
    "balance": "Balance",
    "posture": "Posture",
}


def exercise_line(item: exercise.TargetProgress) -> OverviewLine:
    """Say one weekly goal briefly: "Strength: 2 sessions (goal 2) — met"."""
    target = item.target
    name = SHORT_CATEGORY.get(target.category, target.category)
    if target.min_impact is not None and target.measure == "days":
        name = "Impact" if target.audience == "no_spine_fracture" else "Gentle activity"
    return OverviewLine(name, item.progress.goal_words(), item.progress.status)


# --- Trends over many weeks -------------------------------------------------


@dataclass(frozen=True)
class TrendWeek:
    week: Week
    logged_days: int
    average_calcium_mg: int | None
    average_vitamin_d_iu: int | None
    minutes_by_category: dict[str, int]
    total_minutes: int  # each session once, though it may count in several categories
    exercise_goals_met: bool = False  # every weekly exercise target met
    estimated_days: int = 0  # logged days a quick estimate stands in for

    @property
    def estimate_count(self) -> str:
        return intake.estimate_count(self.estimated_days)


def trend(
    weeks: Sequence[Week],
    *,
    today: date,
    totals_by_day: Mapping[date, intake.DayTotals],
    sessions: Iterable[exercise.Session],
    targets: Sequence[exercise.WeeklyTarget] = (),
    had_spine_fracture: bool = False,
) -> list[TrendWeek]:
    """Return each week's intake averages and exercise minutes, oldest first."""
    sessions_by_week: dict[Week, list[exercise.Session]] = {week: [] for week in weeks}
    for session in sessions:
        sessions_by_week.setdefault(Week.of(session.day), []).append(session)
    rows = []
    for week in weeks:
        intake_week = intake.intake_week(week.days, totals_by_day, today)
        rows.append(
            TrendWeek(
                week=week,
                logged_days=intake_week.logged_days,
                estimated_days=intake_week.estimated_days,
                average_calcium_mg=intake_week.average_calcium_mg,
                average_vitamin_d_iu=intake_week.average_vitamin_d_iu,
                minutes_by_category=exercise.minutes_by_category(
                    sessions_by_week[week]
                ),
                total_minutes=sum(
                    session.minutes for session in sessions_by_week[week]
                ),
                exercise_goals_met=exercise.exercise_week(
                    week,
                    sessions_by_week[week],
                    targets,
                    had_spine_fracture=had_spine_fracture,
                ).all_met,
            )
        )
    return rows


@dataclass(frozen=True)
class WeekOverview:
    """A week in the list of weeks: days logged, intake averages and minutes."""

    week: Week
    logged_days: int
    average_calcium_mg: int | None
    average_vitamin_d_iu: int | None
    total_minutes: int
    estimated_days: int = 0  # logged days a quick estimate stands in for

    @property
    def estimate_count(self) -> str:
        return intake.estimate_count(self.estimated_days)


def week_overviews(
    weeks: Sequence[Week],
    *,
    today: date,
    totals_by_day: Mapping[date, intake.DayTotals],
    minutes_by_day: Mapping[date, int],
) -> list[WeekOverview]:
    """Return each week's intake averages and exercise minutes, as ``trend``
    does but without each goal, in the order given."""
    rows = []
    for week in weeks:
        days = week.days
        intake_week = intake.intake_week(days, totals_by_day, today)
        rows.append(
            WeekOverview(
                week=week,
                logged_days=intake_week.logged_days,
                estimated_days=intake_week.estimated_days,
                average_calcium_mg=intake_week.average_calcium_mg,
                average_vitamin_d_iu=intake_week.average_vitamin_d_iu,
                total_minutes=sum(minutes_by_day.get(day, 0) for day in days),
            )
        )
    return rows


def vitamin_d_value(iu: int | None, unit: str) -> float | None:
    """Return a vitamin D amount as a chart value in the user's unit."""
    if iu is None:
        return None
    return float(iu_to_mcg(iu)) if unit == MCG else float(iu)


def goal_streak(weeks_met: Sequence[bool]) -> int:
    """Return how many weeks in a row, ending with the latest, met the goal.

    Streaks count weeks, never days, so one missed day cannot break one.
    """
    streak = 0
    for was_met in reversed(weeks_met):
        if not was_met:
            break
        streak += 1
    return streak


# --- Home safety in a week ---------------------------------------------------


def home_week(
    week: Week,
    answers: Iterable[home_safety.Answer],
    *,
    questions: Mapping[int, str],
    fall_kinds: Iterable[str],
    self_checks: Sequence[SelfCheckScore],
) -> HomeWeek:
    """Return the week's home-safety news from every answer given up to its end.

    An item counts as fixed in the week when its latest answer says it was fixed
    on a day of the week; it is still open when its latest answer needs fixing.
    """
    latest: dict[int, home_safety.Answer] = {}
    for answer in answers:
        if (
            answer.item_id not in latest
            or answer.order_key > latest[answer.item_id].order_key
        ):
            latest[answer.item_id] = answer
    fixed = sorted(
        (
            FixedItem(questions[answer.item_id], answer.fixed_on)
            for answer in latest.values()
            if answer.status == home_safety.FIXED
            and answer.fixed_on is not None
            and week.contains(answer.fixed_on)
        ),
        key=lambda item: item.fixed_on,
    )
    kinds = list(fall_kinds)
    return HomeWeek(
        fixed=tuple(fixed),
        still_open=sum(
            answer.status == home_safety.NEEDS_FIXING for answer in latest.values()
        ),
        falls=kinds.count(home_safety.FALL),
        near_misses=kinds.count(home_safety.NEAR_MISS),
        self_checks=tuple(self_checks),
    )
