"""Reads for the medicine library and each user's medicines.

A user's medicines are read in two queries whatever their history: the
prescriptions (with their medicine, its sources, the last dose given and the
number taken), then their doses since a cut-off and all their pauses as one
UNION ALL. The arithmetic is done by ``tracker.domain.medicines``.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import DateField, F, Q, Value

from ..domain import bones, medicines
from ..models import CalendarFeed, Dose, Medicine, Prescription, PrescriptionPause
from . import cache

# Doses this far back are enough for a year's adherence and any status; older
# ones only count toward courses (a count in the first query).
HISTORY_DAYS = 400


def library() -> list[Medicine]:
    """Return the medicines in the library, with their sources (1 query)."""
    return list(
        Medicine.objects.filter(is_active=True).select_related(
            "source", "stopping_source"
        )
    )


def library_medicine(slug: str) -> Medicine | None:
    """Return the library medicine ``slug``, or None (1 query)."""
    return (
        Medicine.objects.filter(is_active=True, slug=slug)
        .select_related("source", "stopping_source")
        .first()
    )


def thresholds_of(prescription: Prescription) -> medicines.Thresholds:
    medicine = prescription.medicine
    if medicine is None or not prescription.is_clinic:
        return medicines.NO_THRESHOLDS
    return medicines.Thresholds(
        book_days=medicine.book_days_before_due,
        urgent_days=medicine.urgent_days_after_due,
    )


def medicines_by_id() -> dict[int, Medicine]:
    """Return every medicine of the library, retired ones too, with its sources,
    by id (1 query; none while cached)."""
    return cache.cached(
        "medicines_by_id",
        lambda: {
            medicine.pk: medicine
            for medicine in Medicine.objects.select_related("source", "stopping_source")
        },
    )


def prescriptions(user) -> list[Prescription]:
    """Return the user's prescriptions, current ones first, each with its
    medicine and sources (1 query, and the library when it is not cached).

    The medicines come from the cached library rather than a join, and the
    figures that need doses come from ``history``: a plain query costs the ORM
    a third of one with joins and subqueries, which on these pages cost more
    than running them.
    """
    found = list(
        Prescription.objects.filter(user=user).order_by(
            F("stopped_on").asc(nulls_first=True), "created_at", "pk"
        )
    )
    if any(prescription.medicine_id for prescription in found):
        library = medicines_by_id()
        for prescription in found:
            if prescription.medicine_id is not None:
                prescription.medicine = library[prescription.medicine_id]
    return found


@dataclass(frozen=True)
class History:
    """Doses since a cut-off and every pause, by prescription id."""

    doses: dict[int, list[medicines.Dose]]
    pauses: dict[int, list[medicines.Pause]]


DOSE, PAUSE = "dose", "pause"


def history(
    prescriptions: Sequence[Prescription], since: Mapping[int, date | None]
) -> History:
    """Return the doses and pauses of ``prescriptions`` (1 query: doses UNION
    ALL pauses; none when there are no prescriptions).

    ``since`` gives, by prescription id, the first day of doses to read, or
    None for all of them; pauses are read whatever their age.
    """
    doses: dict[int, list[medicines.Dose]] = defaultdict(list)
    pauses: dict[int, list[medicines.Pause]] = defaultdict(list)
    ids = [prescription.pk for prescription in prescriptions]
    if not ids:
        return History(doses, pauses)
    by_cutoff: dict[date | None, list[int]] = defaultdict(list)
    for prescription_id in ids:
        by_cutoff[since[prescription_id]].append(prescription_id)
    wanted = Q()
    for cutoff, cut_ids in by_cutoff.items():
        day = Q() if cutoff is None else Q(day__gte=cutoff)
        wanted |= Q(prescription_id__in=cut_ids) & day
    dose_rows = (
        Dose.objects.filter(wanted)
        .annotate(kind=Value(DOSE), until=Value(None, output_field=DateField()))
        .values_list("kind", "prescription_id", "day", "until", "taken")
        .order_by()
    )
    pause_rows = (
        PrescriptionPause.objects.filter(prescription_id__in=ids)
        .annotate(kind=Value(PAUSE), taken=Value(False))
        .values_list("kind", "prescription_id", "start_on", "end_on", "taken")
        .order_by()
    )
    for kind, prescription_id, day, until, taken in dose_rows.union(
        pause_rows, all=True
    ).order_by():
        if kind == DOSE:
            doses[prescription_id].append(medicines.Dose(day, bool(taken)))
        else:
            pauses[prescription_id].append(medicines.Pause(day, until))
    for listed in doses.values():
        listed.sort(key=lambda dose: dose.day)
    return History(doses, pauses)


def judged_dose_by_dose(prescription: Prescription) -> bool:
    """Whether each dose is listed as on time or late, rather than measured as
    days covered: clinic medicines, and any given months apart."""
    return prescription.interval.is_long or prescription.is_clinic


def history_since(prescription: Prescription, today: date) -> date | None:
    """Return the first day of doses a page needs for ``prescription``: a year
    and a bit, for adherence, and three intervals for its status; None (every
    dose) for one judged dose by dose, whose doses are few, and for one with a
    course limit, whose doses it counts and which the limit keeps few."""
    if judged_dose_by_dose(prescription) or course_limit_of(prescription):
        return None
    return min(
        today - timedelta(days=HISTORY_DAYS), prescription.interval.after(today, -3)
    )


def plan_of(
    prescription: Prescription, pauses: Sequence[medicines.Pause]
) -> medicines.Plan:
    """Return the plan of a prescription: it ends on its end date or the day
    it was stopped, whichever comes first."""
    ends = [day for day in (prescription.end_on, prescription.stopped_on) if day]
    return medicines.Plan(
        interval=prescription.interval,
        rule=prescription.rule,
        start=prescription.first_dose_on,
        end=min(ends) if ends else None,
        pauses=tuple(pauses),
    )


def course_limit_of(prescription: Prescription) -> medicines.CourseLimit | None:
    medicine = prescription.medicine
    if medicine is None or medicine.course_limit_doses is None:
        return None
    return medicines.CourseLimit(
        doses=medicine.course_limit_doses,
        warn_within=medicine.course_warning_doses or 0,
        interval=prescription.interval,
        noun="Injection" if prescription.is_clinic else "Dose",
    )


@dataclass(frozen=True)
class MedicineState:
    """A prescription and where it stands: status, course and adherence."""

    prescription: Prescription
    plan: medicines.Plan
    doses: list[medicines.Dose]
    status: medicines.Status
    course: medicines.CourseProgress | None
    adherence: medicines.Adherence | None
    timings: list[medicines.DoseTiming]
    today: date

    @property
    def id(self) -> int:
        return self.prescription.pk

    @property
    def name(self) -> str:
        return self.prescription.name

    @property
    def medicine(self) -> Medicine | None:
        return self.prescription.medicine

    @property
    def last_taken(self) -> date | None:
        return max((dose.day for dose in self.doses if dose.taken), default=None)

    @property
    def taken_today(self) -> bool:
        return any(dose.day == self.today and dose.taken for dose in self.doses)

    @property
    def rule_words(self) -> str:
        return medicines.rule_words(self.plan)

    @property
    def adherence_words(self) -> str:
        if self.adherence is None:
            return ""
        return self.adherence.words(self.plan.start)

    @property
    def shows_timing_reason(self) -> bool:
        """Whether to say why the timing matters: at the booking, late and
        urgent stages of a medicine whose library entry explains it."""
        stages = (medicines.BOOK, medicines.LATE, medicines.URGENT)
        medicine = self.medicine
        return self.status.stage in stages and bool(medicine and medicine.stages_note)


def states(
    prescriptions: Sequence[Prescription],
    found: History,
    today: date,
    *,
    every_prescription: Sequence[Prescription] | None = None,
    with_adherence: bool = True,
) -> list[MedicineState]:
    """Return where each prescription stands (no query).

    A course counts the doses of every medicine of its group that the user
    has had: ``every_prescription`` when only some are asked for. ``found``
    holds every dose of those (see ``history_since``).
    """
    taken_by_group: dict[str, list[int]] = defaultdict(list)
    earlier_by_group: dict[str, int] = defaultdict(int)
    for prescription in every_prescription or prescriptions:
        group = prescription.medicine and prescription.medicine.course_group
        if group:
            taken_by_group[group].append(
                sum(dose.taken for dose in found.doses.get(prescription.pk, []))
            )
            earlier_by_group[group] += prescription.earlier_doses
    result = []
    for prescription in prescriptions:
        doses = list(found.doses.get(prescription.pk, []))
        plan = plan_of(prescription, found.pauses.get(prescription.pk, []))
        limit = course_limit_of(prescription)
        group = prescription.medicine and prescription.medicine.course_group
        course = None
        if limit is not None:
            course = medicines.course_progress(
                taken_by_group[group],
                earlier_by_group[group],
                limit,
            )
        long_interval = judged_dose_by_dose(prescription)
        result.append(
            MedicineState(
                prescription=prescription,
                plan=plan,
                doses=doses,
                status=medicines.status(
                    plan,
                    doses,
                    today,
                    thresholds_of(prescription),
                    stopped=prescription.is_stopped,
                ),
                course=course,
                adherence=None
                if long_interval or not with_adherence
                else medicines.adherence(plan, doses, today),
                timings=medicines.dose_timings(plan, doses)
                if long_interval and with_adherence
                else [],
                today=today,
            )
        )
    return result


def medicine_states(
    user,
    today: date,
    *,
    ids: Iterable[int] | None = None,
    with_adherence: bool = True,
) -> list[MedicineState]:
    """Return where each of the user's medicines stands, or the ones in ``ids``
    (2 queries). ``with_adherence=False`` leaves out how each has gone, for a
    page that shows only what is due."""
    every = prescriptions(user)
    wanted = None if ids is None else set(ids)
    chosen = [p for p in every if wanted is None or p.pk in wanted]
    # A course's count takes in the other medicines of its group.
    groups = {p.medicine.course_group for p in chosen if course_limit_of(p)}
    mates = [
        p
        for p in every
        if p not in chosen and p.medicine and p.medicine.course_group in groups
    ]
    return states(
        chosen,
        history(
            chosen + mates, {p.pk: history_since(p, today) for p in chosen + mates}
        ),
        today,
        every_prescription=every,
        with_adherence=with_adherence,
    )


@dataclass(frozen=True)
class DueSoon:
    """What the dashboard lists: doses due or late today, and the week's rest."""

    today: list[MedicineState]
    this_week: list[MedicineState]
    has_medicines: bool  # any current medicine at all, due or not
    # The last day any medicine, stopped ones too, was started or stopped: when
    # a next bone scan may be worth discussing depends on it.
    treatment_changed_on: date | None


def due_soon(user, today: date, week_end: date) -> DueSoon:
    """Return the current medicines with a dose due or late on ``today`` (or at
    the booking stage), and those due later up to ``week_end`` (2 queries)."""
    every = medicine_states(user, today, with_adherence=False)
    current = [
        state
        for state in every
        if state.status.stage
        not in (medicines.STOPPED, medicines.PAUSED, medicines.ENDED)
    ]
    now = [
        state
        for state in current
        if state.status.needs_attention or state.status.stage == medicines.BOOK
    ]
    return DueSoon(
        today=now,
        this_week=[
            state
            for state in current
            if state not in now
            and state.status.due is not None
            and state.status.due <= week_end
        ],
        has_medicines=bool(current),
        treatment_changed_on=bones.last_treatment_change(
            (state.prescription.first_dose_on, state.prescription.stopped_on)
            for state in every
        ),
    )


@dataclass(frozen=True)
class MedicineWeek:
    """One medicine's doses in a week, for the weekly summary."""

    name: str
    is_clinic: bool
    doses: medicines.WeekOfDoses
    dose_adjective: str


def weeks_doses(user, first: date, last: date, today: date) -> list[MedicineWeek]:
    """Return each medicine in force from ``first`` to ``last`` with its doses
    due and taken then (2 queries: prescriptions, their doses and pauses)."""
    found = [
        prescription
        for prescription in prescriptions(user)
        if prescription.first_dose_on <= last
        and (prescription.stopped_on is None or prescription.stopped_on >= first)
        and (prescription.end_on is None or prescription.end_on >= first)
    ]
    week_history = history(
        found,
        {
            p.pk: None if judged_dose_by_dose(p) else p.interval.after(first, -3)
            for p in found
        },
    )
    rows = []
    for prescription in found:
        plan = plan_of(prescription, week_history.pauses.get(prescription.pk, []))
        doses = week_history.doses.get(prescription.pk, [])
        rows.append(
            MedicineWeek(
                name=prescription.name,
                is_clinic=prescription.is_clinic,
                doses=medicines.week_of_doses(plan, doses, first, last, today),
                dose_adjective=prescription.interval.dose_adjective,
            )
        )
    return rows


@dataclass(frozen=True)
class ClinicDose:
    name: str
    due: date
    late: bool  # due before the day it is listed on


def upcoming_clinic_doses(user, today: date, until: date) -> list[ClinicDose]:
    """Return the clinic doses due from ``today`` (or already late) to
    ``until``, soonest first (2 queries)."""
    found = [
        ClinicDose(state.name, due, due < today)
        for state in medicine_states(user, today, with_adherence=False)
        if state.prescription.is_clinic and not state.prescription.is_stopped
        for due in medicines.upcoming_due_dates(state.plan, state.doses, today, until)
    ]
    return sorted(found, key=lambda dose: dose.due)


@dataclass(frozen=True)
class MorningNote:
    """After an oral bisphosphonate: when calcium, food and lying down are fine."""

    name: str
    taken_at: datetime
    wait_until: datetime


def morning_notes(user, day: date) -> list[MorningNote]:
    """Return, for ``day``, each dose taken of a medicine that asks for a wait
    afterwards, with when the wait ends (1 query, none when no medicine in the
    library asks for a wait; and the library when it is not cached).

    Plain values, and the medicines from the cached library: this runs on
    every diary page, and nearly always finds nothing.
    """
    waits = {
        pk: medicine
        for pk, medicine in medicines_by_id().items()
        if medicine.wait_minutes
    }
    if not waits:
        return []
    rows = (
        Dose.objects.filter(
            user=user,
            day=day,
            taken=True,
            time_known=True,  # a wait needs a time to start from
            prescription__medicine_id__in=waits,
        )
        .order_by("-taken_at")
        .values_list("taken_at", "prescription__medicine_id")
    )
    return [
        MorningNote(
            name=waits[medicine_id].name,
            taken_at=taken_at,
            wait_until=medicines.wait_until(taken_at, waits[medicine_id].wait_minutes),
        )
        for taken_at, medicine_id in rows
    ]


def earliest_dose_day(prescription: Prescription) -> date | None:
    """Return the day of the first dose logged for ``prescription`` (1 query)."""
    return (
        Dose.objects.filter(prescription=prescription)
        .order_by("day")
        .values_list("day", flat=True)
        .first()
    )


def dose_history(prescription: Prescription):
    """Return a prescription's doses, latest first (1 query, 2 when paged)."""
    return Dose.objects.filter(prescription=prescription).order_by("-taken_at", "-pk")


def latest_dose_since(
    prescription: Prescription, *, taken: bool, day: date, since: datetime
) -> Dose | None:
    """Return the prescription's latest dose of this kind for ``day`` logged at
    or after ``since``: a double tap finds the first tap's dose (1 query)."""
    return (
        Dose.objects.filter(
            prescription=prescription, taken=taken, day=day, created_at__gte=since
        )
        .order_by("-created_at", "-pk")
        .first()
    )


def calendar_feed(user) -> CalendarFeed | None:
    """Return the user's calendar feed, if they made one (1 query)."""
    return CalendarFeed.objects.filter(user=user).first()


def calendar_feed_by_token(token: str) -> CalendarFeed | None:
    """Return the feed with this secret token, with its user and profile
    (1 query)."""
    if not token or len(token) > 64:
        return None
    return (
        CalendarFeed.objects.filter(token=token)
        .select_related("user", "user__profile")
        .first()
    )
