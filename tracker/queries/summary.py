"""Reads for the dashboard, the weekly summaries and the trends.

Each reads a whole date range at once: intake summed in SQL by day, sessions as
one row per session and category, so the query count never grows with history.
"""

from datetime import date
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from ..domain import summary, trends
from ..domain.weeks import Week, WeeksNewestFirst
from ..models import ExerciseSession, IntakeEntry, Profile, Tip
from . import cache, guidance
from . import exercise as exercise_queries
from . import home_safety as home_safety_queries
from . import intake as intake_queries


def weekly_summary(
    user, profile: Profile, week: Week, today: date
) -> summary.WeeklySummary:
    """Return the summary of ``week`` (7 queries: targets, intake entries with
    estimates, sessions, weekly targets, answers, falls, self-checks)."""
    targets = guidance.personal_targets(profile, min(week.sunday, today))
    return summary.weekly_summary(
        week,
        today=today,
        totals_by_day=intake_queries.daily_totals(user, week.monday, week.sunday),
        calcium_target=targets.calcium,
        vitamin_d_target=targets.vitamin_d,
        vitamin_d_unit=profile.vitamin_d_unit,
        exercise=exercise_queries.exercise_week(
            user, week, had_spine_fracture=profile.had_spine_fracture
        ),
        home=home_safety_queries.week_of_home_safety(
            user, week, ZoneInfo(profile.time_zone)
        ),
    )


def week_overviews(user, weeks: list[Week], today: date) -> list[summary.WeekOverview]:
    """Return days logged, intake averages and exercise minutes for each of
    ``weeks``, for the list of weeks (2 queries: intake counted by day with
    estimates, minutes by day; both summed in SQL, so a page of weeks reads a
    row a day rather than one for each entry or session)."""
    first, last = weeks[0].monday, weeks[-1].sunday
    return summary.week_overviews(
        weeks,
        today=today,
        totals_by_day=intake_queries.counted_by_day(user, first, last),
        minutes_by_day=exercise_queries.minutes_by_day(user, first, last),
    )


def trend_of(user, profile: Profile, span: trends.Span, today: date) -> trends.Trend:
    """Return the trends page's points for ``span``, a week or a month each (4
    queries whatever the span and the history: the first day with history,
    entries with estimates, sessions, weekly targets; the targets none while
    cached)."""
    first_day = first_history_day(user, today)
    start = trends.first_day_to_read(span, today, first_day)
    end = Week.of(today).sunday
    return trends.trend(
        span,
        today=today,
        first_day=first_day,
        totals_by_day=intake_queries.daily_totals(user, start, end),
        sessions=exercise_queries.session_values_between(user, start, end),
        targets=exercise_queries.weekly_targets(),
        had_spine_fracture=profile.had_spine_fracture,
    )


def weeks_with_history(user, today: date) -> WeeksNewestFirst:
    """Return every week from the user's first logged day (or sign-up) to this
    week, newest first (1 query)."""
    return WeeksNewestFirst(Week.of(first_history_day(user, today)), Week.of(today))


def first_history_day(user, today: date) -> date:
    """Return the user's first logged day, or the day they signed up if earlier
    (1 query)."""
    first_day = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            first_intake=Subquery(
                IntakeEntry.objects.filter(user=OuterRef("pk"))
                .order_by("day")
                .values("day")[:1]
            ),
            first_session=Subquery(
                ExerciseSession.objects.filter(user=OuterRef("pk"))
                .order_by("day")
                .values("day")[:1]
            ),
        )
        .values("first_intake", "first_session")
        .get()
    )
    joined = timezone.localdate(user.date_joined)
    return min(day for day in (*first_day.values(), joined, today) if day)


def tip_of_the_day(today: date) -> Tip | None:
    """Return one published tip, a different one each day (1 query; none while
    the tips are cached)."""
    tips = cache.cached(
        "tips_of_the_day",
        lambda: tuple(guidance.published_tips().order_by("order", "pk")),
    )
    return tips[today.toordinal() % len(tips)] if tips else None
