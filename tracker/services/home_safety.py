"""Writes for home safety: checklist answers, self-checks, falls and near-misses."""

from collections.abc import Iterable
from datetime import date
from typing import TypedDict, Unpack
from uuid import UUID

from django.utils import timezone

from ..domain import home_safety
from ..models import (
    ChecklistAnswer,
    Fall,
    SelfCheck,
    SelfCheckAnswer,
    SelfCheckStatement,
)
from ..queries import home_safety as queries
from .common import (
    DOUBLE_TAP_WINDOW,
    atomic,
    check_owner,
    once,
    one_change_at_a_time,
    save_changes,
)


class NewAnswer(TypedDict):
    """An answer to record for one checklist item, as a room's form gives it."""

    item_id: int
    status: str
    fixed_on: date | None
    note: str


@atomic
def save_answers(user, *, answers: Iterable[NewAnswer], today: date) -> int:
    """Record each new answer, dated now and ``today``; return how many were saved.

    An answer the same as the item's latest, given under a minute ago, is the
    same submit twice (a double tap, or the page sent again) and is not
    added: a due item's re-check is already recorded by the first. A submit
    in flight saves first, as this waits for it.
    """
    one_change_at_a_time(user)
    now = timezone.now()
    recent = queries.latest_answers_since(user, now - DOUBLE_TAP_WINDOW)
    rows = [
        ChecklistAnswer(user=user, answered_at=now, day=today, **answer)
        for answer in answers
    ]
    return len(
        ChecklistAnswer.objects.bulk_create(
            row
            for row in rows
            if not home_safety.repeats_latest(
                row.as_answer(), recent.get(row.item_id), DOUBLE_TAP_WINDOW
            )
        )
    )


@atomic
def save_answer(user, *, answer: NewAnswer, today: date) -> bool:
    """Record one question's answer as it is given (the room page saves each
    as it is answered); return whether it was saved.

    The same answer again within a minute (a double tap, a change event sent
    twice) is not added, as for a whole room in ``save_answers``.
    """
    return save_answers(user, answers=[answer], today=today) == 1


def build_self_check(
    user,
    *,
    statements: list[SelfCheckStatement],
    yes_ids: set[int],
    threshold: int,
    day: date,
) -> tuple[SelfCheck, list[SelfCheckAnswer]]:
    """Return an unsaved self-check, scored with the points and ``threshold``
    of the day, and its unsaved answers (save the check first).

    ``yes_ids`` are the statements answered yes; every other one is a no.
    """
    result = home_safety.score_self_check(
        [home_safety.Statement(s.id, s.points, s.why) for s in statements],
        yes_ids,
        threshold=threshold,
    )
    check = SelfCheck(
        user=user,
        day=day,
        score=result.score,
        max_score=result.max_score,
        threshold=threshold,
    )
    answers = [
        SelfCheckAnswer(
            self_check=check,
            statement=statement,
            yes=statement.id in yes_ids,
            points=statement.points,
        )
        for statement in statements
    ]
    return check, answers


@atomic
def save_self_check(
    user,
    *,
    statements: list[SelfCheckStatement],
    yes_ids: set[int],
    today: date,
    submission: UUID | None = None,
) -> SelfCheck:
    """Score the answers and save them with the settings' threshold of today.

    The form sent twice as ``submission`` saves once: the second gets the
    first one's self-check.
    """

    def make():
        check, answers = build_self_check(
            user,
            statements=statements,
            yes_ids=yes_ids,
            threshold=queries.home_safety_settings().self_check_threshold,
            day=today,
        )
        check.save()
        SelfCheckAnswer.objects.bulk_create(answers)
        return check

    return once(user, submission, SelfCheck.objects.filter(user=user), make)


class FallLogged(TypedDict):
    """What a fall or near-miss records, as the fall form cleans it."""

    kind: str
    day: date
    place: str
    what_happened: str
    hurt: bool


@atomic
def log_fall(
    user, *, submission: UUID | None = None, **fall: Unpack[FallLogged]
) -> Fall:
    """Log a fall or a near-miss; a fall makes every checklist answer due.

    The form sent twice as ``submission`` logs it once: the second gets the
    first one's row.
    """
    return once(
        user,
        submission,
        Fall.objects.filter(user=user),
        lambda: Fall.objects.create(user=user, **fall),
    )


@atomic
def update_fall(user, *, fall: Fall, **changes: Unpack[FallLogged]) -> Fall:
    return save_changes(user, fall, changes)


@atomic
def delete_fall(user, *, fall: Fall) -> None:
    check_owner(fall, user)
    fall.delete()
