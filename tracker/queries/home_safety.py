"""Reads for the home-safety checklist, self-check and falls log.

Each function runs a fixed number of queries, whatever the number of answers,
self-checks or falls; the arithmetic is done by ``tracker.domain.home_safety``.
"""

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.db.models import Max, Q

from ..domain import home_safety, summary
from ..domain.weeks import Week, utc_range
from ..models import (
    ChecklistAnswer,
    ChecklistItem,
    Fall,
    HomeSafetySettings,
    Room,
    SelfCheck,
    SelfCheckAnswer,
    SelfCheckStatement,
    Tip,
)
from . import cache


def home_safety_settings() -> HomeSafetySettings:
    """Return the settings row with its sources (1 query; none while cached).

    Before ``seed_guidance`` has run there is no row: the model's defaults apply,
    unsaved and without sources.
    """
    return cache.cached("home_safety_settings", HomeSafetySettings.load)


def active_items() -> tuple[ChecklistItem, ...]:
    """Return the checklist's active items with their rooms and sources, in
    walking order (1 query; none while cached)."""
    return cache.cached(
        "active_checklist_items",
        lambda: tuple(
            ChecklistItem.objects.filter(is_active=True)
            .select_related("room", "source")
            .order_by("room__order", "room__name", "order", "id")
        ),
    )


def falls_not_near_misses(user):
    """Return the user's falls, leaving out near-misses, latest logged first.

    ``user`` may be an ``OuterRef`` to a user, for a subquery.
    """
    return Fall.objects.filter(user=user, kind=Fall.Kind.FALL).order_by("-created_at")


def last_fall_logged_at(user) -> datetime | None:
    """Return when the user last logged a fall, not a near-miss (1 query)."""
    return falls_not_near_misses(user).aggregate(last=Max("created_at"))["last"]


ANSWER_FIELDS = ("item_id", "status", "answered_at", "day", "fixed_on", "note", "id")


def answers_of(user, items=None) -> list[home_safety.Answer]:
    """Return all the user's answers, to ``items`` only if given (1 query).

    Plain values: the arithmetic needs no model instances, and a year of
    answers as instances cost more to build than the query costs to run.
    """
    answers = ChecklistAnswer.objects.filter(user=user)
    if items is not None:
        answers = answers.filter(item__in=items)
    return [
        home_safety.Answer(*row)
        for row in answers.order_by().values_list(*ANSWER_FIELDS)
    ]


def latest_answers_since(user, since: datetime) -> dict[int, home_safety.Answer]:
    """Return the user's latest answer to each item answered at or after
    ``since``, by item id (1 query)."""
    latest = {}
    for answer in ChecklistAnswer.objects.filter(
        user=user, answered_at__gte=since
    ).order_by("answered_at", "id"):
        latest[answer.item_id] = answer.as_answer()
    return latest


@dataclass(frozen=True)
class ItemView:
    """A checklist item with where it stands for the user."""

    item: ChecklistItem
    state: home_safety.ItemState

    @property
    def status_label(self) -> str:
        return ChecklistAnswer.Status(self.state.status).label

    @property
    def folded(self) -> bool:
        """Whether the room page shows it folded, as its question and answer:
        answered safe or not applicable, and not due for a re-check. Open
        items are those still to answer or to fix."""
        state = self.state
        return state.checked and not state.due and not state.needs_fixing


@dataclass(frozen=True)
class RoomView:
    room: Room
    items: list[ItemView]
    progress: home_safety.ChecklistProgress


@dataclass(frozen=True)
class Checklist:
    overall: home_safety.ChecklistProgress
    rooms: list[RoomView]
    needs_fixing: list[ItemView]
    due: list[ItemView]
    last_fall_logged_at: datetime | None

    @property
    def has_answers(self) -> bool:
        overall = self.overall
        return overall.safe + overall.needs_fixing + overall.not_applicable > 0

    @property
    def first_unchecked_room(self) -> Room | None:
        """Return the first room with an item not checked yet."""
        return next(
            (view.room for view in self.rooms if view.progress.not_checked), None
        )

    @property
    def any_due_after_fall(self) -> bool:
        return any(view.state.due_after_fall for view in self.due)


def checklist(
    user, today: date, *, interval_months: int, room: Room | None = None
) -> Checklist:
    """Return the user's checklist, or one room of it, as it stands ``today``.

    ``interval_months`` is the settings' re-check interval. 3 queries: active
    items with their rooms and sources, the user's answers to them, and the
    time of the last fall.
    """
    return checklist_from(
        user,
        today,
        room=room,
        interval_months=interval_months,
        last_fall_at=last_fall_logged_at(user),
    )


def checklist_from(
    user,
    today: date,
    *,
    interval_months: int,
    last_fall_at: datetime | None,
    room: Room | None = None,
) -> Checklist:
    """Return the checklist given the re-check interval and last fall already
    read (2 queries: active items with their rooms and sources, none while they
    are cached, and the user's answers)."""
    items = [item for item in active_items() if room is None or item.room_id == room.pk]
    summary = home_safety.checklist_summary(
        [home_safety.Item(item.id, item.room_id) for item in items],
        answers_of(user, [item.id for item in items] if room else None),
        today=today,
        interval_months=interval_months,
        last_fall_logged_at=last_fall_at,
    )
    views = {item.id: ItemView(item, summary.states[item.id]) for item in items}
    rooms: dict[int, RoomView] = {}
    for item in items:
        if item.room_id not in rooms:
            rooms[item.room_id] = RoomView(item.room, [], summary.by_room[item.room_id])
        rooms[item.room_id].items.append(views[item.id])
    return Checklist(
        overall=summary.overall,
        rooms=list(rooms.values()),
        needs_fixing=[views[item_id] for item_id in summary.needs_fixing],
        due=[views[item_id] for item_id in summary.due],
        last_fall_logged_at=last_fall_at,
    )


def room_checklist(user, today: date, room: Room) -> RoomView:
    """Return one room's active items, as they stand, and its progress (4 queries:
    the settings, and those of ``checklist``)."""
    interval = home_safety_settings().recheck_interval_months
    found = checklist(user, today, interval_months=interval, room=room)
    if found.rooms:
        return found.rooms[0]
    return RoomView(room, [], home_safety.ChecklistProgress())


def rooms_in_order() -> tuple[Room, ...]:
    """Return the rooms that have active items, in walking order (1 query; none
    while cached)."""
    return cache.cached(
        "rooms_in_order",
        lambda: tuple(
            Room.objects.filter(items__is_active=True)
            .distinct()
            .order_by("order", "name")
        ),
    )


def retired_items_answered(user):
    """Return retired items the user once answered (1 query)."""
    return (
        ChecklistItem.objects.filter(is_active=False, answers__user=user)
        .select_related("room")
        .distinct()
        .order_by("room__order", "order")
    )


def item_history(user, item: ChecklistItem):
    """Return the user's answers to ``item``, newest first (1 query)."""
    return ChecklistAnswer.objects.filter(user=user, item=item).order_by(
        "-answered_at", "-id"
    )


def fall_prevention_tips() -> tuple[Tip, ...]:
    """Return published tips on home safety, or citing the checklist's or the
    self-check's brochures, such as the medicine review (1 query; none while
    cached)."""
    return cache.cached("fall_prevention_tips", read_fall_prevention_tips)


def read_fall_prevention_tips() -> tuple[Tip, ...]:
    brochures = Q(
        source__in=ChecklistItem.objects.filter(is_active=True).values("source")
    ) | Q(source__in=SelfCheckStatement.objects.filter(is_active=True).values("source"))
    return tuple(
        Tip.objects.filter(published=True, kind=Tip.Kind.TIP)
        .filter(Q(topic=Tip.Topic.HOME_SAFETY) | brochures)
        .select_related("source")
        .order_by("order", "title")
    )


def active_statements() -> tuple[SelfCheckStatement, ...]:
    """Return the statements of the self-check, in order (1 query; none while
    cached)."""
    return cache.cached(
        "active_statements",
        lambda: tuple(
            SelfCheckStatement.objects.filter(is_active=True)
            .select_related("source")
            .order_by("number")
        ),
    )


def self_checks(user):
    """Return the user's self-checks, newest first (1 query, or 2 when paged).

    ``user`` may be an ``OuterRef`` to a user, for a subquery.
    """
    return SelfCheck.objects.filter(user=user).order_by("-taken_at", "-id")


def latest_self_check(user) -> SelfCheck | None:
    """Return the user's latest self-check (1 query)."""
    return self_checks(user).first()


def self_check_answers(self_check: SelfCheck):
    """Return the answers of a self-check with their statements (1 query)."""
    return list(
        SelfCheckAnswer.objects.filter(self_check=self_check)
        .select_related("statement")
        .order_by("statement__number")
    )


def falls(user, *, with_fractures=False):
    """Return the user's falls and near-misses, latest first (1 query, 2 paged;
    one more ``with_fractures``, the fractures each fall caused)."""
    rows = Fall.objects.filter(user=user).order_by("-day", "-created_at", "-id")
    return rows.prefetch_related("fractures") if with_fractures else rows


@dataclass(frozen=True)
class LatestSelfCheck(summary.SelfCheckScore):
    """The user's latest self-check, as the dashboard shows and links to it."""

    pk: int


@dataclass(frozen=True)
class DashboardSummary:
    """Home safety at a glance, for the dashboard."""

    progress: home_safety.ChecklistProgress
    due: list[ItemView]
    needs_fixing: list[ItemView]
    latest_self_check: LatestSelfCheck | None


def dashboard_summary(user, today: date) -> DashboardSummary:
    """Return checklist progress, due items and the latest self-check.

    3 queries: the last fall, the latest self-check and the answers; the
    settings and the active items too when they are not cached.
    """
    facts = home_facts(user)
    found = checklist_from(
        user,
        today,
        interval_months=facts.recheck_interval_months,
        last_fall_at=facts.last_fall_at,
    )
    return DashboardSummary(
        progress=found.overall,
        due=found.due,
        needs_fixing=found.needs_fixing,
        latest_self_check=facts.latest_self_check,
    )


@dataclass(frozen=True)
class HomeFacts:
    recheck_interval_months: int
    last_fall_at: datetime | None
    latest_self_check: LatestSelfCheck | None


SELF_CHECK_FIELDS = ("pk", "day", "score", "max_score", "threshold")


def home_facts(user) -> HomeFacts:
    """Return the re-check interval, the last fall and the latest self-check
    (2 queries, and the settings when they are not cached).

    Plain rows, not a model instance: one User row with seven subqueries cost
    more to build in the ORM than these two small queries cost to run.
    """
    last_fall_at = (
        falls_not_near_misses(user).values_list("created_at", flat=True).first()
    )
    latest = self_checks(user).values(*SELF_CHECK_FIELDS).first()
    return HomeFacts(
        home_safety_settings().recheck_interval_months,
        last_fall_at,
        LatestSelfCheck(**latest) if latest else None,
    )


def week_of_home_safety(user, week: Week, zone: ZoneInfo) -> summary.HomeWeek:
    """Return fixes made in ``week``, what still needed fixing at its end, and the
    week's falls and self-checks (3 queries: answers given up to the week's end,
    the week's falls, the week's self-checks; and the active items when they are
    not cached).

    Answers are read as plain values: the arithmetic needs no model instances,
    and the questions come from the cached items.
    """
    _, end = utc_range(week.monday, week.sunday, zone)
    questions = {item.id: item.question for item in active_items()}
    answers = [
        home_safety.Answer(*row)
        for row in ChecklistAnswer.objects.filter(
            user=user, answered_at__lt=end, item_id__in=questions
        )
        .order_by()
        .values_list(*ANSWER_FIELDS)
    ]
    # Only counted, so in no order.
    falls = Fall.objects.filter(
        user=user, day__range=(week.monday, week.sunday)
    ).order_by()
    checks = SelfCheck.objects.filter(
        user=user, day__range=(week.monday, week.sunday)
    ).order_by("taken_at", "id")
    return summary.home_week(
        week,
        answers,
        questions=questions,
        fall_kinds=list(falls.values_list("kind", flat=True)),
        self_checks=[
            summary.SelfCheckScore(*row)
            for row in checks.values_list("day", "score", "max_score", "threshold")
        ],
    )
