"""Home fall prevention: checklist state, progress, re-check dates and the Stay
Independent score. Plain Python: no ORM, no HTTP.

The checklist keeps every answer. An item's state is its latest answer; an item
never answered, or last answered "not checked yet", is unchecked. An answer is due
for a re-check when the re-check interval has run out since the day it was given,
or when the user logged a fall after giving it.
"""

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .weeks import add_months

# Answer statuses. The model's TextChoices reuse these values.
NOT_CHECKED = "not_checked"
FINE = "fine"
NEEDS_FIXING = "needs_fixing"
FIXED = "fixed"
NOT_APPLICABLE = "not_applicable"
STATUSES = (NOT_CHECKED, FINE, NEEDS_FIXING, FIXED, NOT_APPLICABLE)
SAFE_STATUSES = frozenset({FINE, FIXED})

# What a logged event was: a fall makes every answer due; a near-miss does not.
FALL = "fall"
NEAR_MISS = "near_miss"


@dataclass(frozen=True)
class Answer:
    """One dated answer to one checklist item."""

    item_id: int
    status: str
    answered_at: datetime
    day: date  # the user's local day of ``answered_at``
    fixed_on: date | None = None
    note: str = ""
    id: int = 0  # breaks ties between answers given in the same instant

    @property
    def order_key(self) -> tuple[datetime, int]:
        return (self.answered_at, self.id)


@dataclass(frozen=True)
class ItemState:
    """Where one checklist item stands for one user today."""

    item_id: int
    answer: Answer | None = None  # the latest answer; None if never answered
    first_answered_on: date | None = None
    answer_count: int = 0
    recheck_on: date | None = None  # when the re-check interval runs out
    due: bool = False
    due_after_fall: bool = False

    @property
    def status(self) -> str:
        return self.answer.status if self.answer else NOT_CHECKED

    @property
    def checked(self) -> bool:
        return self.status != NOT_CHECKED

    @property
    def applicable(self) -> bool:
        return self.status != NOT_APPLICABLE

    @property
    def safe(self) -> bool:
        return self.status in SAFE_STATUSES

    @property
    def needs_fixing(self) -> bool:
        return self.status == NEEDS_FIXING


def repeats_latest(new: Answer, latest: Answer | None, window: timedelta) -> bool:
    """Whether ``new`` is ``latest`` given again within ``window``: the same
    status, fixed date and note, sent twice by a double submit."""
    return (
        latest is not None
        and (new.status, new.fixed_on, new.note)
        == (latest.status, latest.fixed_on, latest.note)
        and new.answered_at - latest.answered_at <= window
    )


def item_state(
    item_id: int,
    history: Iterable[Answer],
    *,
    today: date,
    interval_months: int,
    last_fall_logged_at: datetime | None,
) -> ItemState:
    """Return the state of one item from all its answers, in any order."""
    answers = sorted(history, key=lambda answer: answer.order_key)
    if not answers:
        return ItemState(item_id)
    latest = answers[-1]
    state = ItemState(
        item_id,
        answer=latest,
        first_answered_on=min(answer.day for answer in answers),
        answer_count=len(answers),
    )
    if latest.status == NOT_CHECKED:
        return state
    recheck_on = add_months(latest.day, interval_months)
    after_fall = last_fall_logged_at is not None and (
        last_fall_logged_at > latest.answered_at
    )
    return ItemState(
        item_id,
        answer=latest,
        first_answered_on=state.first_answered_on,
        answer_count=state.answer_count,
        recheck_on=recheck_on,
        due=after_fall or recheck_on <= today,
        due_after_fall=after_fall,
    )


@dataclass(frozen=True)
class ChecklistProgress:
    """How many applicable items are safe (fine or fixed), with words for a bar.

    It has the attributes ``_progress.html`` reads (``met``, ``target``,
    ``bar_value``, ``percent``, ``words``). Items that do not apply count nowhere.
    """

    safe: int = 0
    needs_fixing: int = 0
    not_checked: int = 0
    not_applicable: int = 0

    @property
    def done(self) -> int:
        return self.safe

    @property
    def target(self) -> int:
        """The number of applicable items."""
        return self.safe + self.needs_fixing + self.not_checked

    @property
    def met(self) -> bool:
        return self.target > 0 and self.safe == self.target

    @property
    def bar_value(self) -> int:
        return self.safe

    @property
    def percent(self) -> int:
        return self.safe * 100 // self.target if self.target else 0

    @property
    def words(self) -> str:
        """Say it in words: "3 of 5 items safe or fixed: 1 needs fixing, ..."."""
        if self.target == 0:
            return "None of these items apply to your home."
        noun = "item" if self.target == 1 else "items"
        if self.met:
            return f"All {self.target} {noun} safe or fixed."
        left = []
        if self.needs_fixing:
            left.append(f"{self.needs_fixing} {_needs(self.needs_fixing)} fixing")
        if self.not_checked:
            left.append(f"{self.not_checked} not checked yet")
        return f"{self.safe} of {self.target} {noun} safe or fixed: {', '.join(left)}."


def _needs(count: int) -> str:
    return "needs" if count == 1 else "need"


def checklist_progress(states: Iterable[ItemState]) -> ChecklistProgress:
    counts = {FINE: 0, NEEDS_FIXING: 0, NOT_CHECKED: 0, NOT_APPLICABLE: 0}
    for state in states:
        counts[FINE if state.safe else state.status] += 1
    return ChecklistProgress(
        safe=counts[FINE],
        needs_fixing=counts[NEEDS_FIXING],
        not_checked=counts[NOT_CHECKED],
        not_applicable=counts[NOT_APPLICABLE],
    )


@dataclass(frozen=True)
class Item:
    """A checklist item, reduced to what the arithmetic needs."""

    id: int
    room_id: int


@dataclass(frozen=True)
class ChecklistSummary:
    """The whole checklist for one user today; item lists keep checklist order.

    ``due`` leaves out items that need fixing: they are listed already, and each
    state still says whether it is due.
    """

    overall: ChecklistProgress
    by_room: dict[int, ChecklistProgress]
    states: dict[int, ItemState]
    needs_fixing: tuple[int, ...]
    due: tuple[int, ...]


def checklist_summary(
    items: Sequence[Item],
    answers: Iterable[Answer],
    *,
    today: date,
    interval_months: int,
    last_fall_logged_at: datetime | None,
) -> ChecklistSummary:
    """Return progress overall and per room, and the items to fix and re-check.

    ``items`` are the active items in checklist order; answers to other items
    (retired ones) are ignored.
    """
    history: dict[int, list[Answer]] = {item.id: [] for item in items}
    for answer in answers:
        if answer.item_id in history:
            history[answer.item_id].append(answer)
    states = {
        item.id: item_state(
            item.id,
            history[item.id],
            today=today,
            interval_months=interval_months,
            last_fall_logged_at=last_fall_logged_at,
        )
        for item in items
    }
    room_ids = dict.fromkeys(item.room_id for item in items)
    return ChecklistSummary(
        overall=checklist_progress(states.values()),
        by_room={
            room_id: checklist_progress(
                states[item.id] for item in items if item.room_id == room_id
            )
            for room_id in room_ids
        },
        states=states,
        needs_fixing=tuple(item.id for item in items if states[item.id].needs_fixing),
        due=tuple(
            item.id
            for item in items
            if states[item.id].due and not states[item.id].needs_fixing
        ),
    )


@dataclass(frozen=True)
class Statement:
    """A self-check statement: the points a "yes" adds, and why it matters."""

    id: int
    points: int
    why: str = ""


def talk_to_clinician(score: int, threshold: int) -> bool:
    """Whether a self-check's score is a reason to talk to a clinician.

    ``threshold`` is the one of the day it was taken, kept with it.
    """
    return score >= threshold


@dataclass(frozen=True)
class SelfCheckResult:
    score: int
    max_score: int
    threshold: int
    reasons: tuple[str, ...]  # the "why" of each statement answered yes

    @property
    def talk_to_clinician(self) -> bool:
        return talk_to_clinician(self.score, self.threshold)


def score_self_check(
    statements: Sequence[Statement], yes: Collection[int], *, threshold: int
) -> SelfCheckResult:
    """Score the Stay Independent self-check as the brochure does.

    Each "yes" adds its statement's points (2 for each of the first two, 1 for
    the rest as shipped: 0 to 14). ``yes`` holds the ids of statements answered
    yes. A score at or above ``threshold`` (4 as shipped) is a reason to talk to
    a clinician.
    """
    answered_yes = [statement for statement in statements if statement.id in yes]
    return SelfCheckResult(
        score=sum(statement.points for statement in answered_yes),
        max_score=sum(statement.points for statement in statements),
        threshold=threshold,
        reasons=tuple(statement.why for statement in answered_yes if statement.why),
    )
