"""Days and ISO weeks in the user's own time zone. Plain Python: no ORM, no HTTP.

Weeks start on Monday (ISO 8601). A week is named like ``2026-W48``. Timestamps
are stored in UTC; these helpers turn a local day or week into the UTC range that
covers it, which is where daylight-saving changes must be handled.
"""

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ISO_WEEK_PATTERN = r"[0-9]{4}-W[0-9]{2}"
_ISO_WEEK_RE = re.compile(r"^([0-9]{4})-W([0-9]{2})$")

# The earliest day any page, link or form accepts. Nobody logs earlier, and
# stepping back from the earliest date Python knows would be an error. A Monday,
# so it is also the first day of the first week shown.
FIRST_DAY = date(1900, 1, 1)
# The latest Sunday Python can represent (date.max is Friday 9999-12-31): a day
# after it belongs to a week whose Sunday would overflow.
LAST_DAY = date(9999, 12, 26)


@dataclass(frozen=True, order=True)
class Week:
    """An ISO week: Monday to Sunday."""

    year: int
    number: int

    @classmethod
    def of(cls, day: date) -> "Week":
        year, number, _ = day.isocalendar()
        return cls(year, number)

    @classmethod
    def parse(cls, text: str) -> "Week":
        """Return the week named ``text`` ("2026-W48"); raise ValueError if none."""
        match = _ISO_WEEK_RE.match(text)
        if not match:
            raise ValueError(f"{text!r} is not an ISO week like 2026-W48")
        year, number = int(match[1]), int(match[2])
        # date.fromisocalendar rejects week 53 in years that have only 52.
        monday = date.fromisocalendar(year, number, 1)
        if monday > LAST_DAY - timedelta(days=6):
            raise ValueError(f"{text!r} ends after the last date Python can represent")
        return cls(year, number)

    def __str__(self) -> str:
        return f"{self.year:04d}-W{self.number:02d}"

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def days(self) -> list[date]:
        return [self.monday + timedelta(days=offset) for offset in range(7)]

    def previous(self) -> "Week":
        return Week.of(self.monday - timedelta(days=7))

    def next(self) -> "Week":
        return Week.of(self.monday + timedelta(days=7))

    def contains(self, day: date) -> bool:
        return self.monday <= day <= self.sunday


def add_months(day: date, months: int) -> date:
    """Return the same day ``months`` later, or the month's last day if it is shorter.

    2024-02-29 plus 12 months is 2025-02-28, and 31 January plus 1 month is the
    last day of February.
    """
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def in_range(day: date) -> bool:
    """Whether pages may show ``day``: from FIRST_DAY, and in a whole week."""
    return FIRST_DAY <= day <= LAST_DAY


def previous_day(day: date) -> date | None:
    """Return the day before ``day``, or None before FIRST_DAY."""
    return day - timedelta(days=1) if day > FIRST_DAY else None


def local_day_start(day: date, zone: ZoneInfo) -> datetime:
    """Return the UTC instant at which ``day`` begins in ``zone``."""
    return datetime.combine(day, time.min, tzinfo=zone).astimezone(UTC)


def utc_range(
    first_day: date, last_day: date, zone: ZoneInfo
) -> tuple[datetime, datetime]:
    """Return [start, end) in UTC covering local days ``first_day``..``last_day``.

    Each end is computed from its own local midnight, so a range across a
    daylight-saving change is 23 or 25 hours longer or shorter, as it should be.
    """
    return local_day_start(first_day, zone), local_day_start(
        last_day + timedelta(days=1), zone
    )


def weeks_between(first: Week, last: Week) -> list[Week]:
    """Return the weeks from ``first`` to ``last``, inclusive, oldest first."""
    weeks = []
    week = first
    while week <= last:
        weeks.append(week)
        week = week.next()
    return weeks


@dataclass(frozen=True)
class WeekNav:
    """Links from a week's page; no link into the future or before FIRST_DAY."""

    week: Week
    previous: Week | None
    next: Week | None
    is_current: bool


def week_nav(week: Week, today: date) -> WeekNav:
    current = Week.of(today)
    return WeekNav(
        week=week,
        previous=week.previous() if week.monday > FIRST_DAY else None,
        next=week.next() if week < current else None,
        is_current=week == current,
    )


class WeeksNewestFirst(Sequence[Week]):
    """The weeks from ``last`` back to ``first``, computed on demand.

    A paginator slices it, so a long history costs nothing but the page shown.
    """

    def __init__(self, first: Week, last: Week):
        self.first, self.last = first, last

    def __len__(self) -> int:
        return max((self.last.monday - self.first.monday).days // 7 + 1, 0)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return Week.of(self.last.monday - timedelta(weeks=index))


@dataclass(frozen=True)
class WeekDay[T]:
    """One day of a week's page, with what was logged on it."""

    day: date
    items: tuple[T, ...]
    is_today: bool
    is_future: bool


def days_of_week[T](
    week: Week, items: Iterable[T], today: date, day_of: Callable[[T], date]
) -> tuple[WeekDay[T], ...]:
    """Return Monday to Sunday, each with its items in the order given."""
    by_day: dict[date, list[T]] = {day: [] for day in week.days}
    for item in items:
        day = day_of(item)
        if day in by_day:
            by_day[day].append(item)
    return tuple(
        WeekDay(day, tuple(day_items), day == today, day > today)
        for day, day_items in by_day.items()
    )
