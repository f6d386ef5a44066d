"""Weekly exercise progress by bone-health purpose. Plain Python: no ORM, no HTTP.

A session counts toward every category its activity belongs to: dancing is both
weight-bearing and balance. Each weekly target measures one category in minutes,
sessions or days, and a target with ``min_impact`` counts only activities at or
above that step of the impact ladder.

Weeks are ISO weeks (Monday to Sunday) of the user's own local days. A session
carries the local day it was done on, decided once when it is logged, so a
daylight-saving change or a time zone far from UTC cannot move it to another week.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .citations import Citation
from .progress import CLOSE_PERCENT, Progress
from .weeks import Week

WEIGHT_BEARING = "weight_bearing"
RESISTANCE = "resistance"
BALANCE = "balance"
POSTURE = "posture"

MINUTES = "minutes"
SESSIONS = "sessions"
DAYS = "days"

EVERYONE = "everyone"
NO_SPINE_FRACTURE = "no_spine_fracture"
SPINE_FRACTURE = "spine_fracture"

# Moderate impact and above on the Royal Osteoporosis Society's ladder: after a
# spine fracture the guidance moves to lower-impact activity (bone-facts.md §4.2).
GENTLER_CHOICE_FROM_IMPACT = 2

_UNIT_WORDS = {
    MINUTES: ("minutes", "minute"),
    SESSIONS: ("sessions", "session"),
    DAYS: ("days", "day"),
}


@dataclass(frozen=True)
class Session:
    """A logged session, as the arithmetic needs it."""

    day: date
    minutes: int
    impact: int
    categories: frozenset[str]


@dataclass(frozen=True)
class WeeklyTarget:
    """A weekly dose, e.g. 150 weight-bearing minutes or posture on 7 days."""

    id: int
    label: str
    category: str
    measure: str
    amount: int
    min_impact: int | None = None
    audience: str = EVERYONE
    note: str = ""
    source: Citation | None = None
    close_percent: int = CLOSE_PERCENT  # from the admin's goal settings

    def counts(self, session: Session) -> bool:
        """Return whether ``session`` counts toward this target.

        A target for people after a spine fracture that counts by impact (the
        "gentle weight-bearing activity" days) counts only the gentler choices:
        below moderate impact (GENTLER_CHOICE_FROM_IMPACT), as the guidance
        suggests. Low jumps and other moderate or high impact do not count there.
        """
        if self.category not in session.categories:
            return False
        if self.min_impact is None:
            return True
        if self.audience == SPINE_FRACTURE and (
            session.impact >= GENTLER_CHOICE_FROM_IMPACT
        ):
            return False
        return session.impact >= self.min_impact


@dataclass(frozen=True)
class TargetProgress:
    target: WeeklyTarget
    progress: Progress

    @property
    def html_id(self) -> str:
        return f"target-{self.target.id}"


@dataclass(frozen=True)
class ExerciseWeek:
    """A week of exercise against the targets that apply to the user."""

    week: Week
    targets: tuple[TargetProgress, ...]
    minutes_by_category: dict[str, int]
    active_days: frozenset[date]

    @property
    def all_met(self) -> bool:
        return bool(self.targets) and all(item.progress.met for item in self.targets)

    @property
    def source_names(self) -> list[str]:
        """The goals' sources by short name, each once, in the goals' order."""
        sources = (item.target.source for item in self.targets)
        return list(dict.fromkeys(source.short_title for source in sources if source))


def applies_to(target: WeeklyTarget, *, had_spine_fracture: bool) -> bool:
    """Return whether ``target`` is for someone with (or without) a spine fracture."""
    if target.audience == SPINE_FRACTURE:
        return had_spine_fracture
    if target.audience == NO_SPINE_FRACTURE:
        return not had_spine_fracture
    return True


def targets_for(
    targets: Iterable[WeeklyTarget], *, had_spine_fracture: bool
) -> list[WeeklyTarget]:
    """Return the targets that apply, in the order given."""
    return [
        target
        for target in targets
        if applies_to(target, had_spine_fracture=had_spine_fracture)
    ]


def amount_done(target: WeeklyTarget, sessions: Iterable[Session]) -> int:
    """Return the minutes, sessions or distinct days that count toward ``target``."""
    counted = [session for session in sessions if target.counts(session)]
    if target.measure == MINUTES:
        return sum(session.minutes for session in counted)
    if target.measure == SESSIONS:
        return len(counted)
    if target.measure == DAYS:
        return len({session.day for session in counted})
    raise ValueError(f"Unknown measure {target.measure!r}")


def minutes_by_category(sessions: Iterable[Session]) -> dict[str, int]:
    """Return the minutes in each category; a session counts in each of its own."""
    totals: dict[str, int] = {}
    for session in sessions:
        for category in session.categories:
            totals[category] = totals.get(category, 0) + session.minutes
    return totals


def impact_days(sessions: Iterable[Session], min_impact: int) -> frozenset[date]:
    """Return the days with at least one weight-bearing session of ``min_impact``."""
    return frozenset(
        session.day
        for session in sessions
        if WEIGHT_BEARING in session.categories and session.impact >= min_impact
    )


def progress_toward(target: WeeklyTarget, sessions: Iterable[Session]) -> Progress:
    unit, unit_one = _UNIT_WORDS[target.measure]
    return Progress(
        done=amount_done(target, sessions),
        target=target.amount,
        unit=unit,
        unit_one=unit_one,
        close_percent=target.close_percent,
    )


def exercise_week(
    week: Week,
    sessions: Iterable[Session],
    targets: Iterable[WeeklyTarget],
    *,
    had_spine_fracture: bool,
) -> ExerciseWeek:
    """Return the progress of ``week`` toward each target that applies.

    Sessions outside the week are ignored, so a caller may pass a longer range.
    """
    in_week = [session for session in sessions if week.contains(session.day)]
    return ExerciseWeek(
        week=week,
        targets=tuple(
            TargetProgress(target, progress_toward(target, in_week))
            for target in targets_for(targets, had_spine_fracture=had_spine_fracture)
        ),
        minutes_by_category=minutes_by_category(in_week),
        active_days=frozenset(session.day for session in in_week),
    )


def needs_gentler_choice(impact: int, *, had_spine_fracture: bool) -> bool:
    """Return whether to suggest a lower-impact choice for an activity."""
    return had_spine_fracture and impact >= GENTLER_CHOICE_FROM_IMPACT
