"""Reads for the exercise library, the session log and weekly progress."""

from datetime import date, datetime

from django.db.models import F, Prefetch, Q, Sum

from ..domain import exercise
from ..domain.citations import Citation
from ..domain.weeks import Week
from ..models import (
    ExerciseCategory,
    ExerciseSession,
    ExerciseType,
    MovementToAvoid,
    Source,
    WeeklyExerciseTarget,
)
from . import cache, guidance

# Too Fit To Fracture: after a spine fracture, see a physiotherapist for a safe
# programme (bone-facts.md §4.1).
PHYSIOTHERAPY_SOURCE_KEY = "TFTF-2014"

# How far back "repeat a recent session" looks, in sessions; the buttons show the
# first few different ones.
RECENT_SESSIONS_SCANNED = 20


def categories_with_targets() -> list[ExerciseCategory]:
    """Return the four categories with their weekly targets and sources (2 queries)."""
    return list(
        ExerciseCategory.objects.select_related("source").prefetch_related(
            Prefetch(
                "weekly_targets",
                queryset=WeeklyExerciseTarget.objects.select_related("source"),
            )
        )
    )


def library_types(category: ExerciseCategory | None = None) -> list[ExerciseType]:
    """Return active types, optionally of one category, with everything a library
    entry shows (2 queries: types with source and gentler alternative, then their
    categories)."""
    types = ExerciseType.objects.filter(is_active=True)
    if category is not None:
        types = types.filter(categories=category)
    return list(
        types.select_related("source", "lower_impact_alternative").prefetch_related(
            "categories"
        )
    )


def library_type(slug: str) -> ExerciseType | None:
    """Return the active type ``slug`` with its categories, or None (2 queries)."""
    return (
        ExerciseType.objects.filter(is_active=True, slug=slug)
        .select_related("source", "lower_impact_alternative")
        .prefetch_related("categories")
        .first()
    )


def active_type_id(slug: str) -> int | None:
    """Return the id of the active type ``slug``, or None (1 query, none if no slug)."""
    if not slug:
        return None
    return (
        ExerciseType.objects.filter(is_active=True, slug=slug)
        .values_list("pk", flat=True)
        .first()
    )


def types_needing_gentler_choice() -> list[ExerciseType]:
    """Return active types of moderate impact or more, with their gentler
    alternatives (1 query)."""
    return list(
        ExerciseType.objects.filter(
            is_active=True, impact__gte=exercise.GENTLER_CHOICE_FROM_IMPACT
        ).select_related("lower_impact_alternative")
    )


def physiotherapy_source() -> Source | None:
    """Return the source advising a physiotherapist after a spine fracture, or
    None if an admin removed it (1 query; none while cached)."""
    return cache.cached(
        "physiotherapy_source",
        lambda: Source.objects.filter(key=PHYSIOTHERAPY_SOURCE_KEY).first(),
    )


def movements_to_avoid():
    """Return the movements to avoid with their sources (1 query)."""
    return MovementToAvoid.objects.select_related("source")


def loggable_types(current_id: int | None = None):
    """Return the types a session may be logged as: the active ones, plus the
    session's own type ``current_id`` if it has since been retired (1 query when
    evaluated)."""
    loggable = Q(is_active=True)
    if current_id is not None:
        loggable |= Q(pk=current_id)
    return ExerciseType.objects.filter(loggable).order_by("name")


def sessions_between(user, first_day: date, last_day: date) -> list[ExerciseSession]:
    """Return the user's sessions from ``first_day`` to ``last_day``, inclusive,
    oldest first, each with its type and the type's gentler alternative, for a
    page that lists them (1 query)."""
    return list(
        ExerciseSession.objects.filter(
            user=user, day__gte=first_day, day__lte=last_day
        ).select_related("exercise_type", "exercise_type__lower_impact_alternative")
    )


def weekly_targets() -> tuple[exercise.WeeklyTarget, ...]:
    """Return every weekly target as plain values, in display order (1 query;
    none while cached)."""
    return cache.cached("weekly_targets", read_weekly_targets)


def read_weekly_targets() -> tuple[exercise.WeeklyTarget, ...]:
    rows = guidance.with_close_percent(
        WeeklyExerciseTarget.objects.select_related("category", "source")
    )
    return tuple(
        exercise.WeeklyTarget(
            id=row.pk,
            label=row.label,
            category=row.category.code,
            measure=row.measure,
            amount=row.amount,
            min_impact=row.min_impact,
            audience=row.audience,
            note=row.note,
            source=Citation(
                title=row.source.title,
                url=row.source.url,
                detail=row.source_detail,
                short_name=row.source.short_name,
            ),
            close_percent=guidance.close_margin_of(row),
        )
        for row in rows
    )


def exercise_week(
    user, week: Week, *, had_spine_fracture: bool
) -> exercise.ExerciseWeek:
    """Return the week's progress toward each target that applies (2 queries:
    sessions as values, weekly targets)."""
    return exercise.exercise_week(
        week,
        session_values_between(user, week.monday, week.sunday),
        weekly_targets(),
        had_spine_fracture=had_spine_fracture,
    )


def same_session_since(
    user, exercise_type_id: int, day: date, minutes: int, since: datetime
) -> ExerciseSession | None:
    """Return the user's latest session of this type, day and minutes created
    at or after ``since``, or None (1 query)."""
    return (
        ExerciseSession.objects.filter(
            user=user,
            exercise_type_id=exercise_type_id,
            day=day,
            minutes=minutes,
            created_at__gte=since,
        )
        .select_related("exercise_type")
        .order_by("-created_at", "-pk")
        .first()
    )


def sessions_to_repeat(user, limit: int = 3) -> list[ExerciseSession]:
    """Return the user's latest sessions, one per activity and length, newest first,
    of activities still in the library (1 query)."""
    recent = (
        ExerciseSession.objects.filter(user=user, exercise_type__is_active=True)
        .select_related("exercise_type")
        .order_by("-day", "-created_at", "-pk")[:RECENT_SESSIONS_SCANNED]
    )
    chosen: dict[tuple[int, int], ExerciseSession] = {}
    for session in recent:
        chosen.setdefault((session.exercise_type_id, session.minutes), session)
        if len(chosen) == limit:
            break
    return list(chosen.values())


def session_values_between(
    user, first_day: date, last_day: date
) -> list[exercise.Session]:
    """Return the user's sessions from ``first_day`` to ``last_day`` as plain
    values for the arithmetic (1 query: one row per session and category)."""
    rows = (
        ExerciseSession.objects.filter(user=user, day__range=(first_day, last_day))
        .values("pk", "day", "minutes", "exercise_type__impact")
        .annotate(category=F("exercise_type__categories__code"))
        .order_by("day", "pk")
    )
    sessions: dict[int, tuple[dict, set[str]]] = {}
    for row in rows:
        _, categories = sessions.setdefault(row["pk"], (row, set()))
        if row["category"]:
            categories.add(row["category"])
    return [
        exercise.Session(
            day=row["day"],
            minutes=row["minutes"],
            impact=row["exercise_type__impact"],
            categories=frozenset(categories),
        )
        for row, categories in sessions.values()
    ]


def minutes_by_day(user, first_day: date, last_day: date) -> dict[date, int]:
    """Return the user's exercise minutes on each day from ``first_day`` to
    ``last_day`` that has a session (1 query: summed in SQL by day)."""
    return dict(
        ExerciseSession.objects.filter(user=user, day__range=(first_day, last_day))
        .values("day")
        .annotate(minutes=Sum("minutes"))
        .values_list("day", "minutes")
        .order_by()
    )
