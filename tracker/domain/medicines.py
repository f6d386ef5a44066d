"""Medicines as prescribed: schedules, next doses, stages, courses and adherence.

Plain Python: no ORM, no HTTP. Days are the user's own local days. The app
reminds people of their own prescription; nothing here suggests a drug, a dose or
a change to either.

Two rules say when a dose is due (docs/bone-facts.md §7):

- **Calendar** (home tablets and self-injections): on fixed dates counted from
  the first dose, such as every Monday or the 1st of each month. A dose taken a
  little early or late still counts for its date: each date owns the days from
  halfway since the date before to halfway to the date after.
- **From the last dose** (clinic injections and infusions): one interval after
  the last dose actually given, as the denosumab label says for a late dose
  ("then every 6 months from that date").

Months are calendar months, clamped to the month's end: 31 August plus 6 months
is the last day of February.
"""

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from .dates import format_day
from .weeks import add_months

DAY, WEEK, MONTH = "day", "week", "month"
UNITS = (DAY, WEEK, MONTH)
# An interval longer than 5 years is a typing slip: none of the medicines in
# §7 is given less often than every 2 years.
LONGEST = {DAY: 5 * 365 + 1, WEEK: 5 * 52, MONTH: 5 * 12}

CALENDAR = "calendar"
FROM_LAST_DOSE = "from_last_dose"

# Stages of a dose, in the order they come.
UPCOMING = "upcoming"
BOOK = "book"  # clinic medicines: time to book the appointment
DUE = "due"
LATE = "late"
URGENT = "urgent"  # clinic medicines: so late that the clinician should know now
PAUSED = "paused"
STOPPED = "stopped"
ENDED = "ended"
# Stages a reminder email can be sent for. "before" is the booking stage of a
# clinic medicine, and the day before for a medicine taken at home.
BEFORE = "before"
REMINDER_STAGES = (BEFORE, DUE, LATE, URGENT)


class IntervalError(ValueError):
    """An interval no schedule can have; ``message`` says why, for the form."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Interval:
    """Every ``count`` days, weeks or months."""

    count: int
    unit: str

    def __post_init__(self):
        if self.unit not in UNITS:
            raise IntervalError("Choose days, weeks or months.")
        if self.count < 1:
            raise IntervalError("Enter how often as a whole number of 1 or more.")
        if self.count > LONGEST[self.unit]:
            raise IntervalError(
                f"That is more than 5 years apart. Enter at most "
                f"{LONGEST[self.unit]} {self.unit}s."
            )

    def after(self, day: date, times: int = 1) -> date:
        """Return the day ``times`` intervals after ``day`` (before, if negative)."""
        if self.unit == MONTH:
            return add_months(day, self.count * times)
        days = self.count * times * (7 if self.unit == WEEK else 1)
        return day + timedelta(days=days)

    @property
    def is_long(self) -> bool:
        """Whether doses are months apart: each is then judged on time or late,
        rather than as days covered."""
        return self.unit == MONTH and self.count >= 3

    @property
    def words(self) -> str:
        """Say it as a schedule: "every week", "every 6 months", "every 2 years"."""
        if self.unit == MONTH and self.count % 12 == 0:
            years = self.count // 12
            return "every year" if years == 1 else f"every {years} years"
        if self.count == 1:
            return f"every {self.unit}"
        return f"every {self.count} {self.unit}s"

    @property
    def dose_adjective(self) -> str:
        """Describe one dose: "daily", "weekly", "6-monthly"; "scheduled" for the rest."""
        if self.count == 1:
            return {DAY: "daily", WEEK: "weekly", MONTH: "monthly"}[self.unit]
        if self.unit == MONTH and self.count == 12:
            return "yearly"
        if self.unit == MONTH and self.count in (2, 3, 4, 6, 24):
            return (
                f"{self.count // 12}-yearly"
                if self.count == 24
                else f"{self.count}-monthly"
            )
        return "scheduled"


# The schedules a library medicine can list, by code.
SCHEDULES = {
    "daily": Interval(1, DAY),
    "weekly": Interval(1, WEEK),
    "monthly": Interval(1, MONTH),
    "every_3_months": Interval(3, MONTH),
    "every_6_months": Interval(6, MONTH),
    "yearly": Interval(12, MONTH),
    "every_2_years": Interval(24, MONTH),
}


@dataclass(frozen=True)
class Dose:
    """A dose as logged: the local day it counts for, and whether it was taken
    (given, at a clinic) or skipped."""

    day: date
    taken: bool = True


@dataclass(frozen=True)
class Pause:
    """Days on which no dose is due: from ``start`` up to, not including, ``end``
    (the day it was taken up again); ``end`` is None while paused."""

    start: date
    end: date | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Plan:
    """A medicine as prescribed: how often, by which rule, from when to when."""

    interval: Interval
    rule: str
    start: date  # the first dose, or the day the schedule starts
    end: date | None = None  # the last day of the prescription, if it has one
    pauses: tuple[Pause, ...] = ()

    def paused_on(self, day: date) -> bool:
        return any(pause.covers(day) for pause in self.pauses)

    def in_force_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def rule_words(plan: Plan) -> str:
    """Say which rule sets the dates: "Due every Monday, counted from your first
    dose." or "Due 6 months after your last dose at the clinic."."""
    interval, start = plan.interval, plan.start
    if plan.rule == FROM_LAST_DOSE:
        gap = interval.words.removeprefix("every ")
        gap = {"month": "1 month", "year": "1 year", "week": "1 week"}.get(gap, gap)
        return (
            f"Due {gap} after your last dose at the clinic, counted from the day "
            "it was actually given."
        )
    if interval.unit == DAY:
        return f"Due {interval.words}, counted from your first dose."
    if interval.unit == WEEK:
        on = f"{start:%A}"
        every = "every" if interval.count == 1 else f"every {interval.count} weeks on"
        return f"Due {every} {on}, counted from your first dose."
    months = "each month" if interval.count == 1 else interval.words
    end_note = " (or the month's last day)" if start.day > 28 else ""
    return f"Due on the {ordinal(start.day)}{end_note} {months}, counted from your first dose."


def ordinal(number: int) -> str:
    if 11 <= number % 100 <= 13:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


# --- Calendar due dates ------------------------------------------------------


def early_days(interval: Interval) -> int:
    """Return how many days before its date a dose may be taken and still count
    for that date: none when taken daily, a day for a weekly medicine, and three
    for one taken monthly or less often."""
    days = interval.count * {DAY: 1, WEEK: 7, MONTH: 30}[interval.unit]
    if days < 2:
        return 0
    return 1 if days < 28 else 3


def _first_index_on_or_after(plan: Plan, day: date) -> int:
    """Return the smallest k with the k-th calendar date on or after ``day``."""
    interval = plan.interval
    if day <= plan.start:
        return 0
    if interval.unit == MONTH:
        months = (day.year - plan.start.year) * 12 + day.month - plan.start.month
        index = max(months // interval.count - 1, 0)
    else:
        step = interval.count * (7 if interval.unit == WEEK else 1)
        index = max((day - plan.start).days // step - 1, 0)
    while interval.after(plan.start, index) < day:
        index += 1
    return index


@dataclass(frozen=True)
class Occurrence:
    """A calendar due date. A dose counts for it from ``opens`` (a few days
    early at most) until ``until``, the next date, when it is missed if it has
    had none."""

    due: date
    opens: date
    until: date


def occurrences(plan: Plan, first: date, last: date) -> list[Occurrence]:
    """Return the calendar due dates whose days meet ``first`` to ``last``,
    leaving out paused dates and dates after the prescription's end."""
    interval = plan.interval
    early = timedelta(days=early_days(interval))
    index = max(_first_index_on_or_after(plan, first) - 1, 0)
    found = []
    due = interval.after(plan.start, index)
    while True:
        # Each date from the start, not from the date before: the 31st stays
        # the 31st after a short month.
        following = interval.after(plan.start, index + 1)
        if due - early > last or (plan.end is not None and due > plan.end):
            break
        if following > first and not (plan.pauses and plan.paused_on(due)):
            found.append(Occurrence(due, due - early, following))
        index += 1
        due = following
    return found


def settle(
    plan: Plan, doses: Iterable[Dose], first: date, last: date
) -> tuple[list[Occurrence], dict[date, list[Dose]]]:
    """Return the calendar due dates meeting ``first`` to ``last``, and the
    doses logged for each.

    A dose, taken or skipped, counts for the date before it if that has none
    yet and the next date has not come: a late dose. Failing that, it counts
    for the next date if that is at most ``early_days`` ahead: an early dose.
    A second dose for a date that has one counts for it too.
    """
    found = occurrences(plan, first, last)
    logged: dict[date, list[Dose]] = {occurrence.due: [] for occurrence in found}
    dues = [occurrence.due for occurrence in found]
    for dose in sorted(doses, key=lambda each: each.day):
        index = bisect_right(dues, dose.day) - 1
        current = found[index] if index >= 0 else None
        if current is not None and dose.day >= current.until:
            current = None
        coming = found[index + 1] if index + 1 < len(found) else None
        if coming is not None and dose.day < coming.opens:
            coming = None
        if current is not None and not logged[current.due]:
            chosen = current
        elif coming is not None and not logged[coming.due]:
            chosen = coming
        else:
            chosen = current or coming
        if chosen is not None:
            logged[chosen.due].append(dose)
    return found, logged


# --- Next dose and status ----------------------------------------------------


def next_due(plan: Plan, doses: Sequence[Dose], today: date) -> date | None:
    """Return the date the next dose is due (perhaps already passed: a late
    dose), or None when a calendar prescription has no date left before its
    end.

    A clinic dose is due one interval after the last one given, even past the
    prescription's end date: a late injection must not quietly end a course
    that needs a plan for what follows.
    """
    if plan.rule == FROM_LAST_DOSE:
        given = [dose.day for dose in doses if dose.taken]
        return plan.interval.after(max(given)) if given else plan.start
    # Look back far enough to know how recent doses were counted, and a few
    # dates ahead at a time: doses may have been logged early.
    first = plan.interval.after(today, -3)
    for _ in range(10):
        last = plan.interval.after(max(first, plan.start), 8)
        found, logged = settle(plan, doses, first, last)
        for occurrence in found:
            if occurrence.until <= today:
                continue  # the next date has come: it was taken, skipped or missed
            if not logged[occurrence.due]:
                return occurrence.due
        if plan.end is not None and last >= plan.end:
            return None
        first = last
    return None


@dataclass(frozen=True)
class Thresholds:
    """When a clinic medicine's stages begin: ``book_days`` before the due date,
    and ``urgent_days`` after it. None: the medicine has no such stage."""

    book_days: int | None = None
    urgent_days: int | None = None


NO_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Status:
    """Where a medicine stands today, in a word and in a sentence."""

    stage: str
    due: date | None = None
    today: date | None = None
    rule: str = CALENDAR
    # Whether a dose taken today would count for ``due``: from halfway since
    # the date before, for a calendar schedule; always for a clinic dose.
    open_now: bool = False

    @property
    def days_late(self) -> int:
        if self.due is None or self.today is None:
            return 0
        return max((self.today - self.due).days, 0)

    @property
    def needs_attention(self) -> bool:
        return self.stage in (DUE, LATE, URGENT)

    @property
    def words(self) -> str:
        """The headline: "Next: Monday 1 December", "Due today", "2 days late"."""
        due = self.due
        if self.stage == UPCOMING:
            return f"Next: {long_day(due, self.today)}"
        if self.stage == BOOK:
            return f"Book your appointment: due {long_day(due, self.today)}"
        if self.stage == DUE:
            return "Due today"
        if self.stage == LATE:
            return f"{days(self.days_late)} late"
        if self.stage == URGENT:
            return f"Urgent: {days(self.days_late)} late"
        return {PAUSED: "Paused", STOPPED: "Stopped", ENDED: "Finished"}[self.stage]

    @property
    def advice(self) -> str:
        """What to do about it, calmly; empty when nothing is needed."""
        clinic = self.rule == FROM_LAST_DOSE
        if self.stage == BOOK:
            return "Book it now, so that it is given on time."
        if self.stage == DUE:
            if clinic:
                return "If you have no appointment for today, contact your clinic."
            return "Take it as your prescription says."
        if self.stage == LATE:
            if clinic:
                return "Late: contact your clinic to have it as soon as you can."
            return (
                "Ask your pharmacist what to do about a late dose, and follow "
                "their advice."
            )
        if self.stage == URGENT:
            return "Contact your clinician now: a dose this late needs a plan."
        return ""


def days(count: int) -> str:
    return "1 day" if count == 1 else f"{count:,} days"


def long_day(day: date, today: date | None = None) -> str:
    """Say a day as "Monday 1 December", with the year when it is not this one."""
    return format_day(day, "day" if today and day.year == today.year else "long")


def stage_of(due: date, today: date, thresholds: Thresholds) -> str:
    """Return the stage of a dose due on ``due``, seen on ``today``."""
    ahead = (due - today).days
    if ahead > 0:
        booking = thresholds.book_days
        return BOOK if booking is not None and ahead <= booking else UPCOMING
    if ahead == 0:
        return DUE
    urgent = thresholds.urgent_days
    return URGENT if urgent is not None and -ahead >= urgent else LATE


def status(
    plan: Plan,
    doses: Sequence[Dose],
    today: date,
    thresholds: Thresholds = NO_THRESHOLDS,
    *,
    stopped: bool = False,
) -> Status:
    """Return where the medicine stands on ``today``."""
    if stopped:
        return Status(STOPPED)
    if plan.end is not None and today > plan.end:
        return Status(ENDED, rule=plan.rule)
    if plan.paused_on(today):
        return Status(PAUSED)
    due = next_due(plan, doses, today)
    if due is None:
        return Status(ENDED, rule=plan.rule)
    open_now = plan.rule == FROM_LAST_DOSE or (due - today).days <= early_days(
        plan.interval
    )
    return Status(stage_of(due, today, thresholds), due, today, plan.rule, open_now)


def reminder_stage(
    due: date, today: date, plan: Plan, thresholds: Thresholds
) -> str | None:
    """Return the reminder stage ``today`` is in for a dose due on ``due``, or
    None before the first one.

    "before" begins at the booking stage of a clinic medicine, and the day
    before the due date for one taken at home, unless it is taken every day:
    the day before is then the last dose's day.
    """
    stage = stage_of(due, today, thresholds)
    if stage in (DUE, LATE, URGENT):
        return stage
    if plan.rule == FROM_LAST_DOSE:
        return BEFORE if stage == BOOK else None
    if plan.interval == Interval(1, DAY):
        return None
    return BEFORE if (due - today).days == 1 else None


def reminder_stages_offered(rule: str, thresholds: Thresholds) -> tuple[str, ...]:
    """Return the reminder stages a medicine can have: a clinic medicine has a
    "before" stage only with a booking stage, and "urgent" only with an urgent
    one; a medicine taken at home has neither a booking nor an urgent stage."""
    before = rule == CALENDAR or thresholds.book_days is not None
    urgent = rule == FROM_LAST_DOSE and thresholds.urgent_days is not None
    return tuple(
        stage
        for stage, offered in (
            (BEFORE, before),
            (DUE, True),
            (LATE, True),
            (URGENT, urgent),
        )
        if offered
    )


def upcoming_due_dates(
    plan: Plan, doses: Sequence[Dose], today: date, until: date
) -> list[date]:
    """Return the due dates from the next one (perhaps already late) to
    ``until``, for a calendar feed. A clinic medicine's later dates assume each
    dose is given on its day; paused dates are left out."""
    first = next_due(plan, doses, today)
    if first is None or plan.paused_on(today):
        return []
    if plan.rule == FROM_LAST_DOSE:
        found, times = [], 0
        while (due := plan.interval.after(first, times)) <= until:
            found.append(due)
            times += 1
        return found
    return [first] + [
        each.due for each in occurrences(plan, first, until) if each.due > first
    ]


# --- Courses -----------------------------------------------------------------


@dataclass(frozen=True)
class CourseLimit:
    """The most doses a course may have (counted over a lifetime, across every
    medicine of the same group), and how soon before the end to say so."""

    doses: int
    warn_within: int
    interval: Interval
    noun: str = "Dose"


@dataclass(frozen=True)
class CourseProgress:
    taken: int
    limit: CourseLimit

    @property
    def left(self) -> int:
        return max(self.limit.doses - self.taken, 0)

    @property
    def reached(self) -> bool:
        return self.taken >= self.limit.doses

    @property
    def near_end(self) -> bool:
        return not self.reached and self.left <= self.limit.warn_within

    @property
    def words(self) -> str:
        """ "Dose 213 of 730 (about 17 months left)" or "Injection 4 of 12"."""
        limit = self.limit
        if self.taken > limit.doses:
            return (
                f"{limit.noun} {self.taken:,}: past the course limit of {limit.doses:,}"
            )
        text = f"{limit.noun} {self.taken:,} of {limit.doses:,}"
        if self.reached or limit.interval.unit == MONTH:
            return text
        return f"{text} ({time_left(self.left, limit.interval)} left)"


def time_left(doses_left: int, interval: Interval) -> str:
    """Say how long ``doses_left`` doses last: "about 17 months", "3 weeks"."""
    total = doses_left * interval.count * (7 if interval.unit == WEEK else 1)
    if total < 14:
        return days(total)
    if total < 61:
        weeks = round(total / 7)
        return f"about {weeks} weeks"
    months = int((Decimal(total) / Decimal("30.44")).quantize(0, ROUND_HALF_UP))
    return f"about {months} months"


def course_progress(
    taken_by_medicine: Iterable[int], earlier: int, limit: CourseLimit
) -> CourseProgress:
    """Count a course across every medicine of its group (teriparatide then
    abaloparatide, say), plus the doses taken before the app knew of them."""
    return CourseProgress(sum(taken_by_medicine) + earlier, limit)


# --- Adherence ----------------------------------------------------------------


@dataclass(frozen=True)
class Adherence:
    """Doses taken against doses due, and the proportion of days covered (PDC)
    from ``since`` to ``until``."""

    since: date
    until: date
    due: int
    taken: int
    days: int
    covered_days: int
    interval: Interval

    @property
    def proportion(self) -> Decimal | None:
        if self.days == 0:
            return None
        return Decimal(self.covered_days) / Decimal(self.days)

    @property
    def percent(self) -> int | None:
        if self.proportion is None:
            return None
        return int((self.proportion * 100).quantize(0, ROUND_HALF_UP))

    def words(self, started: date) -> str:
        """ "You took 49 of 52 weekly doses in the last year"."""
        if self.due == 0:
            return "No dose has been due yet"
        period = (
            "in the last year" if self.since > started else f"since {long_day(started)}"
        )
        dose_word = "dose" if self.due == 1 else "doses"
        return (
            f"You took {self.taken:,} of {self.due:,} "
            f"{self.interval.dose_adjective} {dose_word} {period}"
        )


PERIOD_DAYS = 365


def adherence(
    plan: Plan, doses: Sequence[Dose], today: date, *, period_days: int = PERIOD_DAYS
) -> Adherence:
    """Measure a calendar medicine over the last ``period_days`` or since it
    started; for one that has ended, over the time up to its end.

    A due date counts once it has a dose, or once the next date has come. The
    proportion of days covered follows the PQA measure as AdhereR computes it
    (CMA7): each dose taken covers the days until the next due date; a dose
    taken before the last one's days ran out starts when they do, so doses
    taken early are not lost. Paused days count neither way.
    """
    end = today if plan.end is None else min(today, plan.end)
    since = max(plan.start, end - timedelta(days=period_days - 1))
    found, logged = settle(plan, doses, plan.interval.after(since, -2), end)
    spans = _coverage(plan, sorted(dose.day for dose in doses if dose.taken))
    covers_end = any(start <= end < stop for start, stop in spans)
    until = end if end < today or covers_end else end - timedelta(days=1)
    counted = [
        occurrence
        for occurrence in found
        if since <= occurrence.due <= end
        and (logged[occurrence.due] or occurrence.until <= today)
    ]
    stop = until + timedelta(days=1)
    paused = [
        (pause.start, pause.end or date.max) for pause in plan.pauses
    ]  # pauses never overlap: one is open at a time, and each ends before the next
    days = (
        (stop - since).days - _days_within(paused, since, stop) if stop > since else 0
    )
    covered = _days_within(spans, since, stop) - sum(
        _days_within(spans, max(start, since), min(pause_end, stop))
        for start, pause_end in paused
        if start < stop and pause_end > since
    )
    return Adherence(
        since=since,
        until=until,
        due=len(counted),
        taken=sum(
            1
            for occurrence in counted
            if any(dose.taken for dose in logged[occurrence.due])
        ),
        days=max(days, 0),
        covered_days=max(covered, 0),
        interval=plan.interval,
    )


def _coverage(plan: Plan, taken_days: Sequence[date]) -> list[tuple[date, date]]:
    """Return the spans of days the doses cover, each from its first day up to,
    not including, its last: consecutive and never overlapping, as a dose taken
    early starts when the one before runs out."""
    spans = []
    cursor = date.min
    for day in taken_days:
        start = max(cursor, day)
        cursor = start + (plan.interval.after(day) - day)
        spans.append((start, cursor))
    return spans


def _days_within(spans: Iterable[tuple[date, date]], first: date, end: date) -> int:
    """Count the days of ``spans`` that fall from ``first`` up to ``end``."""
    return sum(
        max((min(stop, end) - max(start, first)).days, 0) for start, stop in spans
    )


@dataclass(frozen=True)
class DoseTiming:
    """A dose given, against the day it was due."""

    day: date
    due: date

    @property
    def days_late(self) -> int:
        return max((self.day - self.due).days, 0)

    @property
    def words(self) -> str:
        return "On time" if self.days_late == 0 else f"{days(self.days_late)} late"


def dose_timings(plan: Plan, doses: Sequence[Dose]) -> list[DoseTiming]:
    """Return each dose given, oldest first, judged against its due date: for
    a clinic medicine the start for the first, then one interval after the
    dose before; on a calendar, the date it counts for."""
    given = sorted(dose.day for dose in doses if dose.taken)
    if plan.rule == FROM_LAST_DOSE:
        return [
            DoseTiming(
                day,
                plan.start if number == 0 else plan.interval.after(given[number - 1]),
            )
            for number, day in enumerate(given)
        ]
    if not given:
        return []
    found, logged = settle(plan, doses, plan.start, given[-1])
    timings = [
        DoseTiming(dose.day, due)
        for due, settled in logged.items()
        for dose in settled
        if dose.taken
    ]
    return sorted(timings, key=lambda timing: timing.day)


# --- A week's doses ------------------------------------------------------------


@dataclass(frozen=True)
class WeekOfDoses:
    """The doses due from ``first`` to ``last`` (so far, in the current week),
    whether each was taken, and the days doses were taken in the week."""

    due_on: tuple[date, ...]
    due_taken: tuple[bool, ...]  # for each date of ``due_on``
    taken_on: tuple[date, ...]

    @property
    def due(self) -> int:
        return len(self.due_on)

    @property
    def taken_for_due(self) -> int:
        return sum(self.due_taken)

    @property
    def dates(self) -> list[tuple[date, bool]]:
        return list(zip(self.due_on, self.due_taken, strict=True))


def week_of_doses(
    plan: Plan, doses: Sequence[Dose], first: date, last: date, today: date
) -> WeekOfDoses:
    """Return the week's due dates, up to ``today``, and the doses taken in it.

    A calendar date counts as taken when a dose was taken for it (perhaps a day
    early, in the week before). A clinic dose counts for the date it was due,
    which a late dose may leave in an earlier week.
    """
    end = min(last, today)
    taken_on = tuple(
        sorted(dose.day for dose in doses if dose.taken and first <= dose.day <= last)
    )
    if plan.rule == FROM_LAST_DOSE:
        timings = [t for t in dose_timings(plan, doses) if first <= t.due <= end]
        dates = {timing.due: True for timing in timings}
        coming = next_due(plan, doses, today)
        if coming is not None and first <= coming <= end:
            dates.setdefault(coming, False)
        ordered = sorted(dates.items())
        return WeekOfDoses(
            tuple(day for day, _ in ordered), tuple(t for _, t in ordered), taken_on
        )
    found, logged = settle(plan, doses, plan.interval.after(first, -2), end)
    due = [each for each in found if first <= each.due <= end]
    return WeekOfDoses(
        due_on=tuple(each.due for each in due),
        due_taken=tuple(any(dose.taken for dose in logged[each.due]) for each in due),
        taken_on=taken_on,
    )


# --- The morning routine -----------------------------------------------------


def wait_until(taken_at: datetime, wait_minutes: int) -> datetime:
    """Return when someone who took an oral bisphosphonate at ``taken_at`` may
    lie down, eat, drink other than plain water, and take calcium or other
    medicines (§7: 30 minutes; 60 for ibandronate)."""
    return taken_at + timedelta(minutes=wait_minutes)


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    """Return the user's own day of an aware ``moment``."""
    return moment.astimezone(zone).date()
