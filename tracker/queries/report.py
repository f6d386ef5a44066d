"""Reads for the report: the user's saved choices, and everything the report
shows for a period, in a fixed number of queries however long the history.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Sum

from ..domain import report, targets
from ..models import Fall, IntakeEntry, Profile, ReportSettings, SelfCheck
from . import bones as bone_queries
from . import exercise as exercise_queries
from . import guidance
from . import home_safety as home_safety_queries
from . import intake as intake_queries
from . import medicines as medicine_queries


def report_settings(user) -> ReportSettings:
    """Return the user's saved report choices, or the defaults unsaved (1 query)."""
    return ReportSettings.objects.filter(user=user).first() or ReportSettings(user=user)


def period_of(settings: ReportSettings, today: date) -> report.Period:
    return report.period_for(
        settings.period, today, settings.first_day, settings.last_day
    )


@dataclass(frozen=True)
class Report:
    """Everything one report shows; a section not chosen is None."""

    period: report.Period
    today: date
    sections: tuple[str, ...]
    profile: Profile
    age: int | None
    medicines: list | None = None
    scans: bone_queries.ScanRecord | None = None
    fractures: list | None = None
    falls: list | None = None
    heights: bone_queries.HeightRecord | None = None
    height_chart: report.Chart | None = None
    intake: report.IntakeAverage | None = None
    targets: "targets.PersonalTargets | None" = None
    exercise: list[report.GoalWeeks] | None = None
    self_checks: list[report.Score] | None = None
    latest_self_check: report.Score | None = None
    self_check_trend: str = ""
    open_hazards: list | None = None
    questions: str = ""

    def has(self, section: str) -> bool:
        return section in self.sections


def supplements_by_day(
    user, period: report.Period
) -> dict[date, tuple[Decimal, Decimal]]:
    """Return calcium (mg) and vitamin D (IU) from supplements on each day of
    ``period`` that has any (1 query)."""
    rows = (
        IntakeEntry.objects.filter(
            user=user,
            day__range=(period.first, period.last),
            kind=IntakeEntry.Kind.SUPPLEMENT,
        )
        .values("day")
        .annotate(calcium=Sum("calcium_mg"), vitamin_d=Sum("vitamin_d_iu"))
        .values_list("day", "calcium", "vitamin_d")
        .order_by()
    )
    return {day: (Decimal(calcium), Decimal(d)) for day, calcium, d in rows}


def build_report(
    user, profile: Profile, settings: ReportSettings, today: date
) -> Report:
    """Read everything the chosen sections show (at most 20 queries, whatever
    the period: each section reads its whole range at once)."""
    period = period_of(settings, today)
    sections = tuple(code for code in report.SECTIONS if code in settings.sections)
    parts: dict[str, object] = {}
    if report.MEDICINES in sections:
        # 2 queries (3 with the library not cached)
        states = medicine_queries.medicine_states(user, today)
        parts["medicines"] = [
            state for state in states if state.status.stage != "ended"
        ] or None
    if report.SCANS in sections:
        parts["scans"] = bone_queries.scan_record(user, profile)  # 3 or 4
    if report.FRACTURES in sections:
        parts["fractures"] = bone_queries.fractures(user)  # 1
        parts["falls"] = list(
            Fall.objects.filter(
                user=user, day__range=(period.first, period.last)
            ).order_by("day")
        )  # 1
        heights = bone_queries.height_record(user)  # 2
        parts["heights"] = heights
        parts["height_chart"] = report.line_chart(
            [(row.day, row.cm) for row in heights.rows]
        )
    if report.INTAKE in sections:
        parts["intake"] = report.intake_average(
            period,
            intake_queries.daily_totals(user, period.first, period.last),
            supplements_by_day(user, period),
        )  # 2
        parts["targets"] = guidance.personal_targets(profile, period.last)  # 0 or 1
    if report.EXERCISE in sections:
        parts["exercise"] = report.exercise_weeks(
            period,
            exercise_queries.session_values_between(user, period.first, period.last),
            exercise_queries.weekly_targets(),
            had_spine_fracture=profile.had_spine_fracture,
        )  # 1, and 1 for the targets when not cached
    if report.HOME_SAFETY in sections:
        scores = [
            report.Score(day, score, max_score)
            for day, score, max_score in SelfCheck.objects.filter(
                user=user, day__lte=period.last
            )
            .order_by("taken_at", "id")
            .values_list("day", "score", "max_score")
        ]  # 1
        in_period = [score for score in scores if period.contains(score.day)]
        parts["self_checks"] = in_period
        parts["latest_self_check"] = scores[-1] if scores else None
        parts["self_check_trend"] = report.score_trend(in_period)
        summary = home_safety_queries.dashboard_summary(user, today)  # 3 to 5
        # What to do about each, not the question again.
        parts["open_hazards"] = [view.item.fix for view in summary.needs_fixing]
    if report.QUESTIONS in sections:
        parts["questions"] = settings.questions
    return Report(
        period=period,
        today=today,
        sections=sections,
        profile=profile,
        age=targets.age_on(
            period.last, birth_date=profile.birth_date, birth_year=profile.birth_year
        ),
        **parts,
    )
