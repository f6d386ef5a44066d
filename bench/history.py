"""Realistic, repeatable history for the benchmark's users.

Each user has logged 4 to 8 diary entries a day from the catalogue foods and the
supplement presets, exercised on most days, answered the whole home-safety
checklist (some items again later, and all of it after a fall), taken the
self-check every couple of months, and logged a couple of falls or near-misses. Rows are written with bulk_create,
but every value is built by the app's own code (``build_entry``, the loggable
helpers, the self-check scoring), so the pages read what the app would have stored.
Everything comes from one ``random.Random(seed)``: the same seed, the same rows.
"""

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone

from tracker.domain import home_safety, medicines
from tracker.models import (
    ChecklistAnswer,
    ChecklistItem,
    Dose,
    ExerciseSession,
    ExerciseType,
    Fall,
    Favourite,
    Food,
    IntakeEntry,
    Medicine,
    Profile,
    SelfCheck,
    SelfCheckAnswer,
    SelfCheckStatement,
    Supplement,
)
from tracker.queries import home_safety as home_safety_queries
from tracker.queries.intake import Loggable, loggable_food, loggable_supplement
from tracker.services import bones as bone_services
from tracker.services import report as report_services
from tracker.services.home_safety import build_self_check
from tracker.services.intake import build_entry
from tracker.services.medicines import add_prescription

ZONE = "America/New_York"
DEFAULT_SEED = 20260


@dataclass(frozen=True)
class HistorySize:
    key: str  # "1w", as printed in the table
    label: str
    days: int


WEEK = HistorySize("1w", "1 week", 7)
QUARTER = HistorySize("3m", "3 months", 91)
YEAR = HistorySize("1y", "1 year", 364)
SIZES = (WEEK, QUARTER, YEAR)

ENTRIES_A_DAY = (4, 8)
# The foods someone eats week after week, and the supplements they take.
REPERTOIRE_FOODS = 14
SUPPLEMENT_HABITS = (0.9, 0.5)  # the chance each usual supplement is taken a day
FAVOURITES = 3
SERVINGS = tuple(Decimal(text) for text in ("0.5", "1", "1", "1", "1.5", "2"))

SESSION_CHANCE = 0.85  # one session on most days...
SECOND_SESSION_CHANCE = 0.1  # ...and now and then a second one
# Plausible minutes for a session whose activity's first category is the key.
MINUTES = {
    "weight_bearing": (20, 45),
    "resistance": (15, 30),
    "balance": (10, 20),
    "posture": (5, 15),
}
EFFORTS = ("", "easy", "moderate", "moderate", "hard")

# First answers to the checklist, by weight.
FIRST_STATUSES = {
    home_safety.FINE: 65,
    home_safety.NEEDS_FIXING: 20,
    home_safety.NOT_APPLICABLE: 15,
}
REANSWER_CHANCE = 0.25
# Local hours of the first answers, of later ones, and of a re-check after a fall.
FIRST_HOUR, LATER_HOUR, RECHECK_HOUR = 10, 11, 12
SELF_CHECK_EVERY_DAYS = 60
SELF_CHECK_YES_CHANCE = 0.3

WEEKLY_DOSE_TAKEN_CHANCE = 0.95  # a weekly tablet, now and then forgotten
CLINIC_DAYS_LATE = (0, 0, 3, 12)  # an injection on time, or a few days late


@dataclass(frozen=True)
class History:
    """A seeded user, their "today", and how many rows of each kind they have."""

    size: HistorySize
    user: AbstractBaseUser
    today: date
    counts: Counter

    def describe(self) -> str:
        """Say what the user has: "1y = 364 days: intake entries 2202, ..."."""
        kinds = ", ".join(f"{kind} {count}" for kind, count in self.counts.items())
        return f"{self.size.key} = {self.size.days} days: {kinds}"


class Clock:
    """Local days and times in the user's zone, never later than now."""

    def __init__(self, zone: str):
        self.zone = ZoneInfo(zone)
        self.now = timezone.now()
        self.today = timezone.localdate(self.now, timezone=self.zone)

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        local = datetime.combine(day, time(hour, minute), tzinfo=self.zone)
        return min(local, self.now)


def seed_history(size: HistorySize, seed: int = DEFAULT_SEED) -> History:
    """Create a user with ``size.days`` of history ending today in their zone."""
    rng = random.Random(f"{seed}-{size.key}")
    clock = Clock(ZONE)
    days = [clock.today - timedelta(days=back) for back in range(size.days - 1, -1, -1)]
    user = create_user(f"bench-{size.key}", clock)
    counts = Counter()
    counts["intake entries"] = add_intake(user, days, clock, rng)
    counts["exercise sessions"] = add_sessions(user, days, rng)
    falls = add_falls(user, days, clock)
    counts["falls or near-misses"] = len(falls)
    rechecks = [
        min(fall.day + timedelta(days=rng.randint(1, 7)), clock.today)
        for fall in falls
        if fall.kind == Fall.Kind.FALL
    ]
    counts["checklist answers"] = add_checklist_answers(
        user, days, clock, rng, rechecks
    )
    counts["self-checks"] = add_self_checks(user, days, clock, rng)
    counts["medicine doses"] = add_medicines(user, days, clock, rng)
    counts["bone record rows"] = add_bone_record(user, days, rng, falls)
    return History(size, user, clock.today, counts)


def create_user(username: str, clock: Clock) -> AbstractBaseUser:
    """Create an onboarded user in their sixties, as most of our users are."""
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.com"
    )
    Profile.objects.create(
        user=user,
        birth_year=clock.today.year - 64,
        sex=Profile.Sex.FEMALE,
        time_zone=ZONE,
        onboarded_at=clock.now,
    )
    return user


# --- The diary --------------------------------------------------------------


def add_intake(user, days: list[date], clock: Clock, rng: random.Random) -> int:
    """Log each day's foods and usual supplements, and star a few favourites."""
    foods = [
        loggable_food(food)
        for food in Food.objects.filter(owner=None, is_active=True).order_by("pk")
    ]
    supplements = [
        loggable_supplement(row)
        for row in Supplement.objects.filter(owner=None, is_active=True).order_by("pk")
    ]
    repertoire = rng.sample(foods, min(REPERTOIRE_FOODS, len(foods)))
    usual = rng.sample(supplements, min(len(SUPPLEMENT_HABITS), len(supplements)))
    entries = []
    for day in days:
        entries += day_entries(user, day, repertoire, usual, clock, rng)
    IntakeEntry.objects.bulk_create(entries)
    Favourite.objects.bulk_create(
        Favourite(user=user, food_id=item.pk) for item in repertoire[:FAVOURITES]
    )
    return len(entries)


def day_entries(
    user,
    day: date,
    repertoire: list[Loggable],
    usual: list[Loggable],
    clock: Clock,
    rng: random.Random,
) -> list[IntakeEntry]:
    """Return one day's entries, built as the diary builds them, at meal times."""
    total = rng.randint(*ENTRIES_A_DAY)
    taken = [
        (supplement, Decimal(1))
        for supplement, chance in zip(usual, SUPPLEMENT_HABITS, strict=False)
        if rng.random() < chance
    ]
    eaten = [
        (food, rng.choice(SERVINGS))
        for food in rng.choices(repertoire, k=total - len(taken))
    ]
    logged = taken + eaten
    hours = sorted(rng.sample(range(7, 22), len(logged)))
    entries = []
    for (item, amount), hour in zip(logged, hours, strict=True):
        entry = build_entry(user, day=day, loggable=item, amount=amount)
        entry.created_at = clock.at(day, hour, rng.randrange(60))
        entries.append(entry)
    return entries


# --- Exercise ---------------------------------------------------------------


def add_sessions(user, days: list[date], rng: random.Random) -> int:
    """Log one session on most days, mostly walking, sometimes a second one."""
    types = list(
        ExerciseType.objects.filter(is_active=True)
        .prefetch_related("categories")
        .order_by("pk")
    )
    weights = [activity_weight(exercise_type) for exercise_type in types]
    sessions = []
    for day in days:
        count = int(rng.random() < SESSION_CHANCE)
        count += int(count and rng.random() < SECOND_SESSION_CHANCE)
        for exercise_type in rng.choices(types, weights=weights, k=count):
            sessions.append(session_of(user, day, exercise_type, rng))
    ExerciseSession.objects.bulk_create(sessions)
    return len(sessions)


def activity_weight(exercise_type: ExerciseType) -> float:
    """Favour gentle weight-bearing activity, as people in their sixties do."""
    if exercise_type.impact == ExerciseType.Impact.LOWER:
        return 4.0
    if exercise_type.impact == ExerciseType.Impact.HIGHER:
        return 0.3
    return 1.0


def session_of(user, day: date, exercise_type, rng: random.Random) -> ExerciseSession:
    codes = [category.code for category in exercise_type.categories.all()]
    low, high = MINUTES.get(codes[0] if codes else "", (10, 30))
    strength = "resistance" in codes
    moderate_impact = exercise_type.impact >= ExerciseType.Impact.MODERATE
    return ExerciseSession(
        user=user,
        exercise_type=exercise_type,
        day=day,
        minutes=rng.randint(low, high),
        sets=rng.randint(2, 3) if strength else None,
        reps=rng.randint(8, 12) if strength else None,
        impacts=rng.randint(20, 50) if moderate_impact else None,
        effort=rng.choice(EFFORTS),
    )


# --- Home safety ------------------------------------------------------------


def add_checklist_answers(
    user, days: list[date], clock: Clock, rng: random.Random, rechecks: list[date]
) -> int:
    """Answer every active item on the first day; later, fix what needed fixing,
    look again at some of the rest, and go through the whole list again after a
    fall, as the app then asks."""
    items = list(ChecklistItem.objects.filter(is_active=True).order_by("pk"))
    answers = []
    for item in items:
        timeline = item_timeline(days, rng)
        for day in rechecks:
            timeline.append((day, RECHECK_HOUR, confirmed(timeline, day)))
        answers += [
            answer(user, item, status, day, clock.at(day, hour))
            for day, hour, status in sorted(timeline)
        ]
    ChecklistAnswer.objects.bulk_create(answers)
    return len(answers)


def item_timeline(days: list[date], rng: random.Random) -> list[tuple[date, int, str]]:
    """Return one item's answers as (day, hour, status), before any re-check."""
    statuses, weights = zip(*FIRST_STATUSES.items(), strict=True)
    status = rng.choices(statuses, weights=weights)[0]
    timeline = [(days[0], FIRST_HOUR, status)]
    if status == home_safety.NEEDS_FIXING:
        timeline.append((rng.choice(days), LATER_HOUR, home_safety.FIXED))
    elif status == home_safety.FINE and rng.random() < REANSWER_CHANCE:
        timeline.append((rng.choice(days), LATER_HOUR, home_safety.FINE))
    return timeline


def confirmed(timeline: list[tuple[date, int, str]], day: date) -> str:
    """Return the answer a re-check on ``day`` gives: what was safe stays fine."""
    latest = max(entry for entry in timeline if entry[:2] <= (day, RECHECK_HOUR))
    return home_safety.FINE if latest[2] in home_safety.SAFE_STATUSES else latest[2]


def answer(user, item, status: str, day: date, at: datetime) -> ChecklistAnswer:
    return ChecklistAnswer(
        user=user,
        item=item,
        status=status,
        fixed_on=day if status == home_safety.FIXED else None,
        answered_at=at,
        day=day,
    )


def add_self_checks(user, days: list[date], clock: Clock, rng: random.Random) -> int:
    """Take the self-check on the first day and every couple of months after,
    scored as the self-check page scores it."""
    statements = list(SelfCheckStatement.objects.filter(is_active=True))
    threshold = home_safety_queries.home_safety_settings().self_check_threshold
    checks, answers = [], []
    for day in days[::SELF_CHECK_EVERY_DAYS]:
        yes = {s.id for s in statements if rng.random() < SELF_CHECK_YES_CHANCE}
        check, check_answers = build_self_check(
            user, statements=statements, yes_ids=yes, threshold=threshold, day=day
        )
        check.taken_at = clock.at(day, 15)
        checks.append(check)
        answers += check_answers
    SelfCheck.objects.bulk_create(checks)  # sets each check's pk for its answers
    SelfCheckAnswer.objects.bulk_create(answers)
    return len(checks)


def add_falls(user, days: list[date], clock: Clock) -> list[Fall]:
    """Log a near-miss a third of the way in and, given time, a fall later."""
    falls = [
        Fall(
            user=user,
            kind=Fall.Kind.NEAR_MISS,
            day=days[len(days) // 3],
            place="the back steps",
            what_happened="Slipped on a wet step and caught the rail.",
            hurt=False,
            created_at=clock.at(days[len(days) // 3], 19),
        )
    ]
    if len(days) > 30:
        day = days[2 * len(days) // 3]
        falls.append(
            Fall(
                user=user,
                kind=Fall.Kind.FALL,
                day=day,
                place="the bathroom at night",
                what_happened="Tripped on the bath mat.",
                hurt=False,
                created_at=clock.at(day, 20),
            )
        )
    return Fall.objects.bulk_create(falls)


# --- Medicines --------------------------------------------------------------


def add_medicines(user, days: list[date], clock: Clock, rng: random.Random) -> int:
    """Prescribe a weekly tablet and a 6-monthly injection from the first day,
    and log their doses: the tablet most weeks on its day, the injection
    every 6 months, sometimes a little late."""
    weekly, _ = add_prescription(
        user,
        medicine=Medicine.objects.get(slug="alendronate"),
        zone=clock.zone,
        interval_count=1,
        interval_unit=medicines.WEEK,
        first_dose_on=days[0],
        usual_time=time(7, 0),
    )
    injection, _ = add_prescription(
        user,
        medicine=Medicine.objects.get(slug="denosumab"),
        zone=clock.zone,
        interval_count=6,
        interval_unit=medicines.MONTH,
        first_dose_on=days[0],
    )
    doses = [
        dose_on(user, weekly, day, clock.at(day, 7, rng.randint(0, 40)))
        for day in days[::7]
        if rng.random() < WEEKLY_DOSE_TAKEN_CHANCE
    ]
    given = days[0]
    while given <= days[-1]:
        doses.append(dose_on(user, injection, given, clock.at(given, 11)))
        given = medicines.Interval(6, medicines.MONTH).after(given) + timedelta(
            days=rng.choice(CLINIC_DAYS_LATE)
        )
    return len(Dose.objects.bulk_create(doses))


def dose_on(user, prescription, day: date, at: datetime) -> Dose:
    return Dose(user=user, prescription=prescription, taken=True, taken_at=at, day=day)


def add_bone_record(
    user, days: list[date], rng: random.Random, falls: list[Fall]
) -> int:
    """A DXA scan of spine and both hips every 6 months (at least one), a
    height each month with the tallest one remembered, a wrist fracture from
    the fall (when there is one), a FRAX result, and the report's choices with
    a question."""
    added = 0
    bmd = Decimal("0.880")
    for day in days[::182] or days[:1]:
        bmd -= Decimal(rng.randint(0, 30)) / 1000
        sites = [
            {
                "site": site,
                "bmd": bmd,
                "t_score": Decimal("-2.0"),
                "z_score": None,
                "lsc_percent": Decimal("2.8") if site == "spine" else None,
            }
            for site in ("spine", "total_hip_left", "total_hip_right")
        ]
        bone_services.log_scan(
            user,
            sites=sites,
            day=day,
            facility="City Hospital",
            machine_make="Hologic",
            machine_model="",
            menopause="after",
        )
        added += 1
    bone_services.save_height_profile(user, tallest_cm=Decimal("165.5"), unit="cm")
    height = Decimal("162.0")
    for day in days[::30]:
        height -= Decimal(rng.randint(0, 3)) / 10
        bone_services.log_height(user, day=day, cm=height)
        added += 1
    bone_services.log_fracture(
        user,
        year=days[0].year,
        month=days[0].month,
        bone="wrist",
        other_bone="",
        from_low_fall="yes",
        fall=None,
        note="",
    )
    added += 1
    fall = next((fall for fall in falls if fall.kind == Fall.Kind.FALL), None)
    if fall is not None:
        bone_services.log_fracture(
            user,
            year=fall.day.year,
            month=fall.day.month,
            bone="other",
            other_bone="rib",
            from_low_fall="yes",
            fall=fall,
            note="Cracked on the edge of the bath.",
        )
        added += 1
    bone_services.save_frax_result(
        user,
        day=days[-1],
        major_percent=Decimal("14.5"),
        hip_percent=Decimal("3.2"),
        with_bmd=True,
    )
    report_services.save_report_settings(
        user,
        period="dates",
        first_day=days[0],
        last_day=days[-1],
        sections=["medicines", "scans", "questions"],
        questions="Should I keep taking alendronate after five years?",
    )
    return added + 1
