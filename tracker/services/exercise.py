"""Writes for the exercise log: sessions logged, repeated, changed and deleted."""

from datetime import date

from django.utils import timezone

from ..models import ExerciseSession, ExerciseType
from ..queries import exercise as queries
from .common import DOUBLE_TAP_WINDOW, atomic, check_owner, one_change_at_a_time


@atomic
def log_session(
    user,
    *,
    exercise_type: ExerciseType,
    day: date,
    minutes: int,
    sets: int | None = None,
    reps: int | None = None,
    impacts: int | None = None,
    effort: str = "",
    note: str = "",
) -> ExerciseSession:
    """Log a session of ``exercise_type`` on ``day``; return it."""
    return ExerciseSession.objects.create(
        user=user,
        exercise_type=exercise_type,
        day=day,
        minutes=minutes,
        sets=sets,
        reps=reps,
        impacts=impacts,
        effort=effort,
        note=note,
    )


@atomic
def log_session_again(
    user, *, earlier: ExerciseSession, today: date
) -> tuple[ExerciseSession, bool]:
    """Log a session like ``earlier`` on ``today``; return it and True.

    The same session saved in the last minute is a double tap: return that
    one and False, and save nothing. A tap in flight saves first, as this
    waits for it.
    """
    check_owner(earlier, user)
    one_change_at_a_time(user)
    just_saved = queries.same_session_since(
        user,
        earlier.exercise_type_id,
        today,
        earlier.minutes,
        timezone.now() - DOUBLE_TAP_WINDOW,
    )
    if just_saved:
        return just_saved, False
    session = ExerciseSession.objects.create(
        user=user,
        exercise_type=earlier.exercise_type,
        day=today,
        minutes=earlier.minutes,
        sets=earlier.sets,
        reps=earlier.reps,
        impacts=earlier.impacts,
        effort=earlier.effort,
    )
    return session, True


@atomic
def update_session(
    user,
    *,
    session: ExerciseSession,
    exercise_type: ExerciseType,
    day: date,
    minutes: int,
    sets: int | None = None,
    reps: int | None = None,
    impacts: int | None = None,
    effort: str = "",
    note: str = "",
) -> ExerciseSession:
    """Change every field of the user's ``session``; return it."""
    check_owner(session, user)
    session.exercise_type, session.day, session.minutes = exercise_type, day, minutes
    session.sets, session.reps, session.impacts = sets, reps, impacts
    session.effort, session.note = effort, note
    session.save()
    return session


@atomic
def delete_session(user, *, session: ExerciseSession) -> None:
    check_owner(session, user)
    session.delete()
