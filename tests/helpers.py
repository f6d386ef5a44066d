"""Builders shared by several test modules."""

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.urls import reverse

from tests.conftest import make_user
from tracker.domain import intake, medicines, targets
from tracker.models import (
    ChecklistAnswer,
    ChecklistItem,
    ExerciseSession,
    ExerciseType,
    Favourite,
    Food,
    IntakeEstimate,
    Medicine,
    Profile,
    Room,
    SelfCheck,
    SelfCheckAnswer,
    SelfCheckStatement,
    Source,
    Supplement,
)
from tracker.queries import intake as intake_queries
from tracker.seed.intake import NUTRIENT_TARGETS
from tracker.services import intake as intake_services
from tracker.services import medicines as medicine_services

# The diary, exercise and summary tests freeze the clock here: Wednesday
# 25 November 2026, 15:00 UTC, which is 10:00 the same day in New York, where
# alice lives.
NOW = datetime(2026, 11, 25, 15, tzinfo=UTC)
TODAY = date(2026, 11, 25)
YESTERDAY = TODAY - timedelta(days=1)

# The shipped nutrient targets as plain values, for tests that need no database.
SEED_TARGET_ROWS = [
    targets.TargetRow(
        nutrient=row["nutrient"],
        kind=row["kind"],
        sex=row["sex"],
        age_min=row["age_min"],
        age_max=row["age_max"],
        amount=row["amount"],
        amount_max=row.get("amount_max"),
        unit=row["unit"],
        source_title=row["source"],
        source_url="https://example.org/",
    )
    for row in NUTRIENT_TARGETS
]


def sent_once(data=None, **fields):
    """Return POST data for a form that adds a row, with the one-time token the
    page renders into it (``_submission.html``): a new one each call."""
    return {"submission": str(uuid4()), **(data or {}), **fields}


# --- Calcium and vitamin D ---------------------------------------------------

# Catalogue foods (name, serving) and supplements the tests log.
SKIM = ("Milk, nonfat (skim), vitamin D added", "1 cup")
YOGURT = ("Yogurt, plain, low fat", "8 oz container")
SALMON = ("Salmon, pink, canned, drained solids with bones", "3 oz")
COLLARDS = ("Collard greens, cooked, boiled", "1 cup chopped")
SPINACH = ("Spinach, cooked, boiled", "1/2 cup")
COMBINATION = "Calcium 600 mg with vitamin D 800 IU"

# The quick estimate's form: 2 × 293 + 415 + ½ × 302 = 1,152 mg; 247 IU.
ESTIMATE = {"milk": "2", "yogurt": "1", "cheese": "½", "fortified": "0"}


def catalogue_food(name_serving: tuple[str, str]) -> Food:
    name, serving = name_serving
    return Food.objects.get(owner__isnull=True, name=name, serving=serving)


def catalogue_supplement(name: str) -> Supplement:
    return Supplement.objects.get(owner__isnull=True, name=name)


def log_intake(user, item: Food | Supplement, day: date, amount: str = "1"):
    """Log ``amount`` servings of a food or supplement on ``day``, as the diary does."""
    loggable = (
        intake_queries.loggable_supplement(item)
        if isinstance(item, Supplement)
        else intake_queries.loggable_food(item)
    )
    return intake_services.create_entry(
        user, day=day, loggable=loggable, amount=intake.parse_servings(amount)
    )


def log_many(user, count, day=TODAY):
    """Log ``count`` different foods, spread over the days before ``day``."""
    foods = list(Food.objects.filter(owner__isnull=True)[:count])
    for index in range(count):
        log_intake(user, foods[index % len(foods)], day - timedelta(days=index % 5))


def build_intake_history(user, first, last):
    """Give ``user`` rows ``first`` to ``last`` of everything: entries, estimates,
    own foods and supplements, and stars."""
    catalogue = list(Food.objects.filter(owner__isnull=True))
    for index in range(first, last):
        day = TODAY - timedelta(days=index)
        own_food = Food.objects.create(
            owner=user, name=f"Own {index}", serving="1", calcium_mg=10, vitamin_d_iu=0
        )
        Supplement.objects.create(
            owner=user, name=f"Own pill {index}", calcium_mg=100, vitamin_d_iu=0
        )
        log_intake(user, own_food, day)
        log_intake(user, catalogue[index % len(catalogue)], day)
        Favourite.objects.create(user=user, food=own_food)
        IntakeEstimate.objects.create(
            user=user, day=day - timedelta(days=1), calcium_mg=1, vitamin_d_iu=0
        )


def day_url(day=TODAY):
    return reverse("tracker:intake_day", kwargs={"day": day})


def estimate_url(day=TODAY):
    return reverse("tracker:intake_estimate", kwargs={"day": day})


def add_entry(client, item, amount="1", day=TODAY, unit=None):
    """Log ``item`` through the diary's add form, as a user does; in servings
    unless ``unit`` ("g", "ml") is given."""
    kind = "supplement" if isinstance(item, Supplement) else "food"
    fields = {"unit": unit} if unit else {}
    return client.post(
        reverse("tracker:intake_add", kwargs={"day": day}),
        sent_once(kind=kind, item=item.pk, amount=amount, **fields),
    )


# --- Exercise ----------------------------------------------------------------

EXERCISE_THIS_WEEK = "/exercise/2026-W48/"


def exercise_type(slug):
    return ExerciseType.objects.get(slug=slug)


def log_session(user, slug, day, minutes=30, **fields):
    """Log ``minutes`` of the activity ``slug`` on ``day``."""
    return ExerciseSession.objects.create(
        user=user, exercise_type=exercise_type(slug), day=day, minutes=minutes, **fields
    )


def week_with(user, count):
    """Log ``count`` sessions of five activities from Monday to Wednesday this week."""
    days = [date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25)]
    for number in range(count):
        slug = ["brisk-walking", "dancing", "squats", "chin-tuck", "skipping"][
            number % 5
        ]
        log_session(user, slug, days[number % 3], 10 + number)


def spine_fracture(user):
    Profile.objects.filter(user=user).update(had_spine_fracture=True)


def user_in(zone):
    """A user who lives in the time zone ``zone``."""
    return make_user("traveller", time_zone=zone)


def session_post(**changes):
    """POST data for the session form: 30 minutes of brisk walking today."""
    data = {
        "exercise_type": exercise_type("brisk-walking").pk,
        "day": "2026-11-25",
        "minutes": "30",
        "sets": "",
        "reps": "",
        "impacts": "",
        "effort": "",
        "note": "",
    }
    return sent_once(data, **changes)


# --- Home safety -------------------------------------------------------------

# The home-safety tests freeze the clock here, when they need it: 15:00 UTC is
# 10:00 in New York, where alice lives, the same day in both zones.
MARCH_3 = datetime(2026, 3, 3, 15, tzinfo=UTC)
Status = ChecklistAnswer.Status


def room(slug):
    return Room.objects.get(slug=slug)


def items_of(slug):
    return list(ChecklistItem.objects.filter(room__slug=slug).order_by("order"))


def answer_item(user, item, status, day=date(2026, 3, 3), **fields):
    """Answer a checklist item on ``day``, at 15:00 UTC."""
    at = datetime(day.year, day.month, day.day, 15, tzinfo=UTC)
    return ChecklistAnswer.objects.create(
        user=user, item=item, status=status, day=day, answered_at=at, **fields
    )


def two_answers_per_item(user, items):
    for item in items:
        answer_item(user, item, Status.NEEDS_FIXING, date(2025, 1, 1))
        answer_item(user, item, Status.FIXED, fixed_on=date(2026, 3, 1))


def add_items(slug, count):
    """Add ``count`` more active items to a room, after its shipped ones."""
    the_room = room(slug)
    source = Source.objects.get(key="STEADI-CfS")
    return ChecklistItem.objects.bulk_create(
        ChecklistItem(
            room=the_room,
            question=f"Extra question {n}?",
            fix=f"Extra fix {n}.",
            order=100 + n,
            source=source,
        )
        for n in range(count)
    )


def room_post(slug, **changes):
    """Return POST data for a room's form: every item as it stands, plus changes.

    ``changes`` maps "item_<id>" to a dict of status, fixed_on and note.
    """
    data = {}
    for item in ChecklistItem.objects.filter(room__slug=slug, is_active=True):
        fields = {
            "status": Status.NOT_CHECKED,
            "fixed_on": "",
            "note": "",
        }
        fields.update(changes.get(f"item_{item.id}", {}))
        for name, value in fields.items():
            data[f"item-{item.id}-{name}"] = value
    return data


def all_yes_no(answers=None):
    """Return POST data answering every active statement: no, unless listed."""
    answers = answers or {}
    return sent_once(
        {
            f"statement_{number}": answers.get(number, "no")
            for number in SelfCheckStatement.objects.values_list("number", flat=True)
        }
    )


def make_self_checks(user, count):
    """Take the self-check ``count`` days running from 1 January 2026; return the last."""
    for n in range(count):
        check = SelfCheck.objects.create(
            user=user,
            day=date(2026, 1, 1) + timedelta(days=n),
            score=n % 15,
            max_score=14,
            threshold=4,
        )
        SelfCheckAnswer.objects.bulk_create(
            SelfCheckAnswer(self_check=check, statement=s, yes=True, points=s.points)
            for s in SelfCheckStatement.objects.all()
        )
    return check


# --- Everything at once --------------------------------------------------------


def log_realistic_days(user, days):
    """Log a realistic day on each of the last ``days`` days, some home safety,
    and a weekly medicine.

    Each day: a cup of skim milk and the combination tablet (899 mg of calcium)
    and 30 minutes of brisk walking. Today: three checklist items that need
    fixing and a self-check scoring 3 out of 14. A weekly alendronate due on
    Wednesdays, today among them, taken every week before.
    """
    milk = catalogue_food(SKIM)
    tablet = catalogue_supplement(COMBINATION)
    for offset in range(days):
        day = TODAY - timedelta(days=offset)
        log_intake(user, milk, day)
        log_intake(user, tablet, day)
        log_session(user, "brisk-walking", day)
    for item in ChecklistItem.objects.all()[:3]:
        answer_item(user, item, Status.NEEDS_FIXING, TODAY)
    SelfCheck.objects.create(user=user, day=TODAY, score=3, max_score=14, threshold=4)
    # A weekly tablet, due on Wednesdays and taken on each until last week's.
    tablet = add_medicine(
        user, "alendronate", first_dose_on=TODAY - timedelta(weeks=52)
    )
    for week in range(1, min(days // 7, 52) + 1):
        log_dose(user, tablet, TODAY - timedelta(weeks=week))


# --- Medicines --------------------------------------------------------------

NEW_YORK = ZoneInfo("America/New_York")  # alice's zone


def add_medicine(user, slug, *, first_dose_on, last_given_on=None, **fields):
    """Add the library medicine ``slug`` as prescribed, on its first schedule
    (or ``schedule=``), as the add page does."""
    medicine = Medicine.objects.get(slug=slug)
    interval = medicines.SCHEDULES[fields.pop("schedule", medicine.schedules[0])]
    prescription, _ = medicine_services.add_prescription(
        user,
        medicine=medicine,
        zone=NEW_YORK,
        last_given_on=last_given_on,
        interval_count=interval.count,
        interval_unit=interval.unit,
        first_dose_on=first_dose_on,
        **fields,
    )
    return prescription


def log_dose(user, prescription, day, *, taken=True, at=time(7, 0)):
    """Log a dose of ``prescription`` on ``day`` at ``at``, New York time."""
    dose, _ = medicine_services.log_dose(
        user,
        prescription=prescription,
        taken=taken,
        taken_at=datetime.combine(day, at, tzinfo=NEW_YORK),
        zone=NEW_YORK,
    )
    return dose


# --- Bone record ------------------------------------------------------------------


def add_scan(user, day, sites, *, facility="City Hospital", make="Hologic", **fields):
    """Save a scan with ``sites``: {site code: {"bmd": "0.812", "t_score": ...}}."""
    from decimal import Decimal

    from tracker.services import bones as bone_services

    rows = [
        {
            "site": site,
            **{
                name: None if values.get(name) is None else Decimal(values[name])
                for name in ("bmd", "t_score", "z_score", "lsc_percent")
            },
        }
        for site, values in sites.items()
    ]
    return bone_services.log_scan(
        user,
        sites=rows,
        day=day,
        facility=facility,
        machine_make=make,
        machine_model=fields.pop("model", ""),
        menopause=fields.pop("menopause", ""),
    )


def add_height(user, day, cm):
    from decimal import Decimal

    from tracker.services import bones as bone_services

    return bone_services.log_height(user, day=day, cm=Decimal(cm))


def add_fracture(user, year, bone="wrist", *, month=None, fall=None, low="yes"):
    from tracker.services import bones as bone_services

    return bone_services.log_fracture(
        user,
        year=year,
        month=month,
        bone=bone,
        other_bone="",
        from_low_fall=low,
        fall=fall,
        note="",
    )


def scan_post(**changes):
    """A new scan form's data, with its token: one spine row; ``changes``
    override any field."""
    data = {
        "day": "2026-03-02",
        "facility": "City Hospital",
        "machine_make": "Hologic",
        "machine_model": "",
        "menopause": "",
        "spine-bmd": "0.812",
        "spine-t_score": "-2.1",
        "spine-z_score": "",
        "spine-lsc_percent": "",
    }
    return sent_once(data, **changes)


# --- At the same moment ---------------------------------------------------------


def skip_on_sqlite_memory():
    """Skip a race test on SQLite: its test database is in memory, where SQLite
    locks whole tables and never waits. A database file, as the app uses, waits
    its turn (tests/test_settings.py checks that)."""
    if connection.vendor == "sqlite":
        pytest.skip("SQLite's in-memory test database can't race")


def at_once[R](calls: list[Callable[[], R]]) -> tuple[list[R], list[Exception]]:
    """Run each of ``calls`` in its own thread, all starting at the same moment;
    return what they returned, in order of finishing, and any error raised."""
    start = threading.Barrier(len(calls))
    results, errors = [], []

    def run(call):
        try:
            start.wait()
            results.append(call())
        except Exception as error:  # collected, so the test reports it
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=[call]) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors
