"""Writes for the exercise log: sessions logged, repeated, changed and deleted."""

from datetime import date
from typing import NotRequired, TypedDict, Unpack
from uuid import UUID

from django.utils import timezone

from ..models import ExerciseSession, ExerciseType
from ..queries import exercise as queries
from .common import (
    DOUBLE_TAP_WINDOW,
    atomic,
    check_owner,
    once,
    one_change_at_a_time,
    save_changes,
)


class Session(TypedDict):
    """What a session records, as the session form cleans it."""

    exercise_type: ExerciseType
    day: date
    minutes: int
    sets: NotRequired[int | None]
    reps: NotRequired[int | None]
    impacts: NotRequired[int | None]
    effort: NotRequired[str]  # "" when not recorded
    note: NotRequired[str]


@atomic
def log_session(
    user, *, submission: UUID | None = None, **session: Unpack[Session]
) -> ExerciseSession:
    """Log a session; return it. The form sent twice as ``submission`` logs
    it once: the second gets the first one's session."""
    return once(
        user,
        submission,
        ExerciseSession.objects.filter(user=user),
        lambda: ExerciseSession.objects.create(user=user, **session),
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
    user, *, session: ExerciseSession, **changes: Unpack[Session]
) -> ExerciseSession:
    """Change the user's ``session`` to ``changes``; return it."""
    return save_changes(user, session, changes)


@atomic
def delete_session(user, *, session: ExerciseSession) -> None:
    check_owner(session, user)
    session.delete()
