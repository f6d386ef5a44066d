"""The export and import format, declared once.

Each ``Kind`` is one kind of record: one CSV file in the zip, one list in
``data.json`` (the profile is a single object). Its columns are the CSV header
and the JSON fields, in order, and say how each value is written and read.
README.txt in the zip, the README's "Your data" section, the export, the import
and the test that every user-data field is carried all read this module.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from django.db import models

from ..domain import bones, report
from ..models import (
    BoneScan,
    ChecklistAnswer,
    Dose,
    ExerciseSession,
    Fall,
    Favourite,
    Food,
    Fracture,
    FraxResult,
    HeightMeasurement,
    HeightProfile,
    IntakeEntry,
    IntakeEstimate,
    Prescription,
    PrescriptionPause,
    Profile,
    ReportSettings,
    ScanSite,
    SelfCheck,
    SelfCheckAnswer,
    Supplement,
)

FORMAT = "bone-health-tracker"
# Raised when a change means an older app could not read the file correctly:
# a new kind or column that import needs, or a changed meaning. The import
# reads files of this version and older; a newer file is refused.
VERSION = 3  # 2: the bone record and the report's choices; 3: see ``Column.since``
DATA_JSON = "data.json"
README_TXT = "README.txt"

# What an upload may be. A year of history is about 2 MB of data.json.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_JSON_BYTES = 60 * 1024 * 1024
MAX_ZIP_FILES = 30
MAX_ZIP_UNCOMPRESSED_BYTES = 200 * 1024 * 1024


class BadValue(ValueError):
    """A value in a file that is not of its column's type; the text says why."""


# --- Values ---------------------------------------------------------------


@dataclass(frozen=True)
class Codec:
    """How one type of value is written to CSV and JSON, and read from JSON."""

    name: str  # as README.txt describes it
    to_json: Callable[[object], object]
    from_json: Callable[[object], object]
    to_csv: Callable[[object], str] | None = None  # else str() of the JSON value


def _text_in(value):
    if not isinstance(value, str):
        raise BadValue("should be text")
    return value


def _int_in(value):
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadValue("should be a whole number")
    return value


def _decimal_out(value: Decimal) -> str:
    # 293.0000 as stored is written 293; 1.5000 as 1.5.
    return format(value.normalize(), "f")


def _decimal_in(value):
    if not isinstance(value, str):
        raise BadValue('should be a number written as text, like "1.5"')
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise BadValue("should be a number, like 1.5") from None
    if not number.is_finite():
        raise BadValue("should be a number, like 1.5")
    return number


def _bool_in(value):
    if not isinstance(value, bool):
        raise BadValue("should be true or false")
    return value


def _date_in(value):
    try:
        return date.fromisoformat(_text_in(value))
    except ValueError:
        raise BadValue("should be a date like 2026-11-25") from None


def _datetime_in(value):
    try:
        moment = datetime.fromisoformat(_text_in(value))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise BadValue(
            "should be a date and time with its offset, like 2026-11-25T09:30:00-05:00"
        )
    return moment


def _time_in(value):
    try:
        at = time.fromisoformat(_text_in(value))
    except ValueError:
        at = None
    if at is None or at.tzinfo is not None:
        raise BadValue("should be a time of day like 07:30:00")
    return at


def _uuid_in(value):
    try:
        return uuid.UUID(_text_in(value))
    except ValueError:
        raise BadValue("should be an id like 3f2b…, as exported") from None


def _bool_csv(value):
    return "true" if value else "false"


def _codes_in(value):
    if not isinstance(value, list) or not all(
        isinstance(code, str) and code and code.split() == [code] for code in value
    ):
        raise BadValue('should be a list of short names, like ["medicines", "scans"]')
    return value


TEXT = Codec("text", str, _text_in)
INTEGER = Codec("whole number", int, _int_in)
DECIMAL = Codec("number (in JSON, as text)", _decimal_out, _decimal_in)
BOOLEAN = Codec("true or false", bool, _bool_in, _bool_csv)
DATE = Codec("date, YYYY-MM-DD", date.isoformat, _date_in)
# Written in the user's own time zone, with its offset (see ``datetime_out``).
DATETIME = Codec(
    "date and time with offset, YYYY-MM-DDTHH:MM:SS±HH:MM",
    datetime.isoformat,
    _datetime_in,
)
TIME = Codec("time of day, HH:MM:SS", time.isoformat, _time_in)
ID = Codec("id (a UUID)", str, _uuid_in)
# A list of short names: in JSON a list, in CSV separated by spaces.
CODES = Codec(
    "short names (in CSV separated by spaces, in JSON a list)",
    list,
    _codes_in,
    " ".join,
)

CODECS = {
    models.CharField: TEXT,
    models.TextField: TEXT,
    models.SlugField: TEXT,
    models.PositiveSmallIntegerField: INTEGER,
    models.PositiveIntegerField: INTEGER,
    models.PositiveBigIntegerField: INTEGER,
    models.IntegerField: INTEGER,
    models.DecimalField: DECIMAL,
    models.BooleanField: BOOLEAN,
    models.DateField: DATE,
    models.DateTimeField: DATETIME,
    models.TimeField: TIME,
    models.UUIDField: ID,
}


def codec_for(model_field: models.Field) -> Codec:
    """The codec of the field's class, or of the nearest Django field it extends
    (``BoundedTextField`` is a ``TextField``)."""
    kind = next(kind for kind in type(model_field).__mro__ if kind in CODECS)
    return CODECS[kind]


# --- Columns --------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One CSV column and JSON field.

    ``field`` is the model field it is, set on import. A reference column
    (``ref``) names a catalogue row by its natural key or another record by
    its id; the import resolves it. An ``info`` column is only for reading
    (the name of an activity beside its slug) and import ignores it.
    """

    name: str
    help: str
    lookup: str  # what ``values()`` reads for it
    codec: Codec
    field: str | None = None
    ref: str | None = None
    info: bool = False
    # When set, the column is written only if the row's ``when`` lookup is
    # empty (a catalogue row) or not (an own food): see ``catalogue``, ``own``.
    when: tuple[str, bool] | None = None
    # The format version that added the column. A file of an older version
    # lacks it, and the record takes the model field's default (a diary entry
    # in servings, normal text size), as it had on the server it came from.
    since: int = 1

    @property
    def required(self) -> bool:
        return not self.info


@dataclass(frozen=True)
class Kind:
    """One kind of record, and so one file."""

    key: str  # the JSON key and the CSV file's name
    title: str  # "intake entries", as the preview says it
    model: type[models.Model]
    help: str
    columns: tuple[Column, ...]
    owner: str  # lookup from the model to the user
    order: tuple[str, ...]  # a stable order that ids do not decide
    # Fields of the model the files leave out on purpose, and why.
    not_carried: dict[str, str] = field(default_factory=dict)
    # The columns that tell two records apart: "id", or a natural key.
    key_columns: tuple[str, ...] = ("id",)
    single: bool = False  # one object, not a list (the profile)

    @property
    def file_name(self) -> str:
        return f"{self.key}.csv"

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.name == name)

    @property
    def lookups(self) -> list[str]:
        seen = []
        for column in self.columns:
            for lookup in (column.lookup, column.when and column.when[0]):
                if lookup and lookup not in seen:
                    seen.append(lookup)
        return seen

    def encode(self, row: dict, zone) -> dict:
        """Return the record as JSON values, from a ``values()`` row."""
        record = {}
        for column in self.columns:
            value = row[column.lookup]
            if column.when is not None:
                lookup, owned = column.when
                if (row[lookup] is not None) != owned:
                    value = None
            if value is not None and column.codec is DATETIME:
                value = value.astimezone(zone)
            record[column.name] = None if value is None else column.codec.to_json(value)
        return record

    def csv_row(self, record: dict) -> list[str]:
        cells = []
        for column in self.columns:
            value = record[column.name]
            if value is None:
                cells.append("")
            elif column.codec.to_csv is not None:
                cells.append(column.codec.to_csv(value))
            else:
                cells.append(str(value))
        return cells


def plain(
    model, name: str, help: str, *, field_name: str | None = None, since: int = 1
) -> Column:
    """A column that is one of the model's own fields."""
    field_name = field_name or name
    return Column(
        name,
        help,
        lookup=field_name,
        codec=codec_for(model._meta.get_field(field_name)),
        field=field_name,
        since=since,
    )


def stable_id(
    help: str = "The record's stable id: import skips an id you have.",
) -> Column:
    return Column("id", help, lookup="uid", codec=ID, field="uid")


def catalogue(name: str, relation: str, key: str, help: str, codec=TEXT) -> Column:
    """A catalogue row's natural key, empty for an own item."""
    return Column(
        name,
        help,
        lookup=f"{relation}__{key}",
        codec=codec,
        ref=relation,
        when=(f"{relation}__owner_id", False),
    )


def own(name: str, relation: str, help: str) -> Column:
    """The id of the user's own food or supplement, empty for a catalogue one."""
    return Column(
        name,
        help,
        lookup=f"{relation}__uid",
        codec=ID,
        ref=relation,
        when=(f"{relation}__owner_id", True),
    )


def reference(name: str, lookup: str, relation: str, help: str, codec=TEXT) -> Column:
    return Column(name, help, lookup=lookup, codec=codec, ref=relation)


def info(name: str, lookup: str, help: str) -> Column:
    return Column(name, help, lookup=lookup, codec=TEXT, info=True)


# --- The kinds ------------------------------------------------------------

NO_PK = {
    "id": "The database's own number differs on each server; `id` is the stable id."
}
OWNER = {"user": "The file is yours; import adds records to your account."}

PROFILE = Kind(
    "profile",
    "profile",
    Profile,
    "Your profile: one row.",
    (
        info(
            "username", "user__username", "Your user name (import does not change it)."
        ),
        info("email", "user__email", "Your email address (import does not change it)."),
        info(
            "preferred_name",
            "user__first_name",
            "What the app calls you; empty if not given (import does not change it).",
        ),
        plain(Profile, "birth_year", "Year of birth; empty if not given."),
        plain(Profile, "birth_date", "Date of birth; empty if not given."),
        plain(Profile, "sex", "female, male or unspecified."),
        plain(Profile, "time_zone", "Your time zone, e.g. America/New_York."),
        plain(Profile, "vitamin_d_unit", "How vitamin D is shown: IU or mcg."),
        plain(Profile, "had_spine_fracture", "Whether you have had a spine fracture."),
        plain(Profile, "weekly_digest", "Whether you get the weekly summary email."),
        plain(Profile, "onboarded_at", "When you first saved or skipped the profile."),
        plain(Profile, "text_size", "normal, large or larger.", since=3),
        plain(
            Profile, "high_contrast", "Whether pages show in high contrast.", since=3
        ),
    ),
    owner="user",
    order=(),
    not_carried={**NO_PK, **OWNER},
    key_columns=(),
    single=True,
)

OWN_ITEM_NOT_CARRIED = {
    **NO_PK,
    "owner": OWNER["user"],
    "source": "Your own foods cite no source.",
    "source_detail": "Your own foods cite no source.",
}
FOOD_HELP_SUFFIX = " Amounts are per serving."
OWN_FOODS = Kind(
    "own_foods",
    "own foods",
    Food,
    "Foods you added yourself." + FOOD_HELP_SUFFIX,
    (
        stable_id(),
        plain(Food, "name", "The food's name."),
        plain(Food, "serving", "What one serving is, e.g. 1 cup."),
        plain(Food, "group", "Food group code, e.g. dairy or other."),
        plain(Food, "serving_grams", "Weight of one serving in grams; may be empty."),
        plain(Food, "calcium_mg", "Calcium per serving, in mg."),
        plain(Food, "vitamin_d_iu", "Vitamin D per serving, in IU."),
        plain(Food, "low_absorption", "Poorly absorbed calcium (like spinach)."),
        plain(Food, "note", "Your note."),
        plain(Food, "is_active", "false once you deleted it while entries kept it."),
    ),
    owner="owner",
    order=("name", "serving", "uid"),
    not_carried={
        **OWN_ITEM_NOT_CARRIED,
        "aliases": "Search names that admins give catalogue foods.",
        "serving_ml": "A catalogue drink's volume, set by admins.",
    },
)

OWN_SUPPLEMENTS = Kind(
    "own_supplements",
    "own supplements",
    Supplement,
    "Supplements you added yourself. Amounts are per dose.",
    (
        stable_id(),
        plain(Supplement, "name", "The supplement's name."),
        plain(Supplement, "dose", "What one dose is, e.g. 1 tablet."),
        plain(Supplement, "calcium_mg", "Elemental calcium per dose, in mg."),
        plain(Supplement, "vitamin_d_iu", "Vitamin D per dose, in IU."),
        plain(Supplement, "note", "Your note."),
        plain(
            Supplement, "is_active", "false once you deleted it while entries kept it."
        ),
    ),
    owner="owner",
    order=("name", "dose", "uid"),
    not_carried=OWN_ITEM_NOT_CARRIED,
)

ITEM_COLUMNS = (
    catalogue(
        "catalogue_food_name",
        "food",
        "name",
        "A food from the app's list: its name. Empty for your own food, or if the "
        "food was taken out of the list.",
    ),
    catalogue(
        "catalogue_food_serving",
        "food",
        "serving",
        "That food's serving, which with the name finds it in the list.",
    ),
    own("own_food_id", "food", "The id of your own food (see own_foods.csv)."),
    catalogue(
        "catalogue_supplement_name",
        "supplement",
        "name",
        "A supplement from the app's list: its name.",
    ),
    own(
        "own_supplement_id",
        "supplement",
        "The id of your own supplement (see own_supplements.csv).",
    ),
)

INTAKE_ENTRIES = Kind(
    "intake_entries",
    "intake entries",
    IntakeEntry,
    "Each food or supplement you logged in the diary, with the values it was "
    "logged with.",
    (
        stable_id(),
        plain(IntakeEntry, "day", "The day it was logged for, in your time zone."),
        plain(IntakeEntry, "kind", "food or supplement."),
        *ITEM_COLUMNS,
        plain(IntakeEntry, "name", "The name as logged."),
        plain(IntakeEntry, "serving", "One serving or dose, as logged."),
        plain(IntakeEntry, "servings", "How many servings.", field_name="amount"),
        plain(IntakeEntry, "calcium_mg_per_serving", "Calcium in one serving, mg."),
        plain(IntakeEntry, "vitamin_d_iu_per_serving", "Vitamin D in one serving, IU."),
        plain(IntakeEntry, "calcium_mg", "Calcium in total, mg."),
        plain(IntakeEntry, "vitamin_d_iu", "Vitamin D in total, IU."),
        plain(
            IntakeEntry,
            "low_absorption",
            "true: the calcium is poorly absorbed and not counted.",
        ),
        plain(IntakeEntry, "created_at", "When you logged it."),
        plain(
            IntakeEntry,
            "unit",
            "How you typed the amount: servings, g or ml (servings holds it in "
            "servings either way).",
            since=3,
        ),
        plain(
            IntakeEntry,
            "grams_per_serving",
            "The serving's weight in grams when logged in grams or millilitres.",
            since=3,
        ),
        plain(
            IntakeEntry,
            "ml_per_serving",
            "The serving's volume in ml when logged in grams or millilitres.",
            since=3,
        ),
    ),
    owner="user",
    order=("day", "created_at", "uid"),
    not_carried={**NO_PK, **OWNER},
)

QUICK_ESTIMATES = Kind(
    "quick_estimates",
    "quick estimates",
    IntakeEstimate,
    "Quick estimates of a day's food, in servings. One a day: the day is its id.",
    (
        plain(IntakeEstimate, "day", "The day estimated; import skips a day you have."),
        plain(IntakeEstimate, "milk_servings", "Servings of milk."),
        plain(IntakeEstimate, "yogurt_servings", "Servings of yogurt."),
        plain(IntakeEstimate, "cheese_servings", "Servings of cheese."),
        plain(IntakeEstimate, "fortified_servings", "Servings of fortified foods."),
        plain(IntakeEstimate, "calcium_mg", "Calcium from the servings, mg."),
        plain(IntakeEstimate, "vitamin_d_iu", "Vitamin D from the servings, IU."),
        plain(
            IntakeEstimate,
            "baseline_calcium_mg",
            "The baseline for other foods then, mg; may be empty.",
        ),
        plain(IntakeEstimate, "updated_at", "When you last saved it."),
    ),
    owner="user",
    order=("day",),
    not_carried={**NO_PK, **OWNER},
    key_columns=("day",),
)

FAVOURITES = Kind(
    "favourites",
    "favourites",
    Favourite,
    "Foods and supplements you starred. The item is its id.",
    (*ITEM_COLUMNS, plain(Favourite, "created_at", "When you starred it.")),
    owner="user",
    order=(
        "created_at",
        "food__name",
        "food__serving",
        "supplement__name",
        "food__uid",
        "supplement__uid",
    ),
    not_carried={**NO_PK, **OWNER},
    key_columns=tuple(column.name for column in ITEM_COLUMNS),
)

EXERCISE_SESSIONS = Kind(
    "exercise_sessions",
    "exercise sessions",
    ExerciseSession,
    "Each exercise session you logged.",
    (
        stable_id(),
        plain(ExerciseSession, "day", "The day, in your time zone."),
        reference(
            "activity_slug",
            "exercise_type__slug",
            "exercise_type",
            "The activity, by its short name in the app's library.",
        ),
        info("activity", "exercise_type__name", "The activity's name."),
        plain(ExerciseSession, "minutes", "How long, in minutes."),
        plain(ExerciseSession, "sets", "Sets; may be empty."),
        plain(ExerciseSession, "reps", "Repetitions; may be empty."),
        plain(ExerciseSession, "impacts", "Impacts (jumps, stamps); may be empty."),
        plain(ExerciseSession, "effort", "easy, moderate or hard; may be empty."),
        plain(ExerciseSession, "note", "Your note."),
        plain(ExerciseSession, "created_at", "When you logged it."),
    ),
    owner="user",
    order=("day", "created_at", "uid"),
    not_carried={**NO_PK, **OWNER},
)

CHECKLIST_ANSWERS = Kind(
    "checklist_answers",
    "home checklist answers",
    ChecklistAnswer,
    "Every answer you gave to the home-safety checklist, oldest first: an "
    "item's latest answer is its state.",
    (
        stable_id(),
        reference(
            "room_slug", "item__room__slug", "item", "The room, by its short name."
        ),
        reference(
            "item_order",
            "item__order",
            "item",
            "The question's place in the room, which with the room finds it.",
            codec=INTEGER,
        ),
        info("question", "item__question", "The question, as the app asks it."),
        plain(
            ChecklistAnswer,
            "status",
            "fine, needs_fixing, fixed, not_applicable or not_checked.",
        ),
        plain(ChecklistAnswer, "fixed_on", "The day it was fixed; only for fixed."),
        plain(ChecklistAnswer, "note", "Your note."),
        plain(ChecklistAnswer, "answered_at", "When you answered."),
        plain(ChecklistAnswer, "day", "The day you answered, in your time zone."),
    ),
    owner="user",
    order=("answered_at", "uid"),
    not_carried={**NO_PK, **OWNER},
)

SELF_CHECKS = Kind(
    "self_checks",
    "self-checks",
    SelfCheck,
    "Each Stay Independent self-check you took, scored when you took it.",
    (
        stable_id(),
        plain(SelfCheck, "taken_at", "When you took it."),
        plain(SelfCheck, "day", "The day, in your time zone."),
        plain(SelfCheck, "score", "Your score."),
        plain(SelfCheck, "max_score", "The highest score possible then."),
        plain(SelfCheck, "threshold", "The score to talk to a clinician, then."),
    ),
    owner="user",
    order=("taken_at", "uid"),
    not_carried={**NO_PK, **OWNER},
)

SELF_CHECK_ANSWERS = Kind(
    "self_check_answers",
    "self-check answers",
    SelfCheckAnswer,
    "Your yes or no to each statement of a self-check. They come and go with "
    "their self-check.",
    (
        reference(
            "self_check_id",
            "self_check__uid",
            "self_check",
            "The self-check's id (see self_checks.csv).",
            codec=ID,
        ),
        reference(
            "statement_number",
            "statement__number",
            "statement",
            "The statement's number in the self-check.",
            codec=INTEGER,
        ),
        info("statement", "statement__statement", "The statement."),
        plain(SelfCheckAnswer, "yes", "true for yes, false for no."),
        plain(SelfCheckAnswer, "points", "Its points for a yes, then."),
    ),
    owner="self_check__user",
    order=("self_check__taken_at", "self_check__uid", "statement__number"),
    not_carried={**NO_PK, "self_check": "Named by self_check_id."},
    key_columns=("self_check_id", "statement_number"),
)

FALLS = Kind(
    "falls",
    "falls and near-misses",
    Fall,
    "Falls and near-misses you logged.",
    (
        stable_id(),
        plain(Fall, "kind", "fall or near_miss."),
        plain(Fall, "day", "The day, in your time zone."),
        plain(Fall, "place", "Where it happened."),
        plain(Fall, "what_happened", "What happened."),
        plain(Fall, "hurt", "Whether you were hurt."),
        plain(Fall, "created_at", "When you logged it."),
    ),
    owner="user",
    order=("day", "created_at", "uid"),
    not_carried={**NO_PK, **OWNER},
)

PRESCRIPTIONS = Kind(
    "prescriptions",
    "medicines",
    Prescription,
    "Your medicines, with their schedules, dates and reminder settings.",
    (
        stable_id(),
        reference(
            "medicine_slug",
            "medicine__slug",
            "medicine",
            "A medicine from the app's library, by its short name; empty for one "
            "you named yourself.",
        ),
        info("medicine", "medicine__name", "The library medicine's name."),
        plain(Prescription, "own_name", "The name, for a medicine not in the library."),
        plain(
            Prescription,
            "own_route",
            "How it is given, for a medicine not in the library.",
        ),
        plain(Prescription, "interval_count", "Every how many days, weeks or months."),
        plain(Prescription, "interval_unit", "day, week or month."),
        plain(
            Prescription,
            "first_dose_on",
            "The first dose, or when the schedule starts.",
        ),
        plain(Prescription, "end_on", "The last day of the course; may be empty."),
        plain(Prescription, "usual_time", "The usual time of a dose; may be empty."),
        plain(Prescription, "prescriber", "Who prescribed it."),
        plain(Prescription, "note", "Your note."),
        plain(
            Prescription,
            "earlier_doses",
            "Doses of the course before you logged any here.",
        ),
        plain(Prescription, "stopped_on", "The day you stopped; empty if you take it."),
        plain(Prescription, "stop_reason", "Why you stopped."),
        plain(Prescription, "stop_note", "Your note on stopping."),
        plain(Prescription, "follow_on", "Whether a follow-on treatment is planned."),
        plain(Prescription, "remind_before", "Reminder email before a dose is due."),
        plain(Prescription, "remind_due", "Reminder email on the day it is due."),
        plain(Prescription, "remind_late", "Reminder email when it is late."),
        plain(Prescription, "remind_urgent", "Reminder email when it is urgent."),
        plain(Prescription, "remind_at", "Your local time for reminder emails."),
        plain(Prescription, "created_at", "When you added it."),
    ),
    owner="user",
    order=("created_at", "uid"),
    not_carried={**NO_PK, **OWNER},
)

PAUSES = Kind(
    "prescription_pauses",
    "medicine pauses",
    PrescriptionPause,
    "Days a medicine was paused. They come and go with their medicine.",
    (
        reference(
            "prescription_id",
            "prescription__uid",
            "prescription",
            "The medicine's id (see prescriptions.csv).",
            codec=ID,
        ),
        plain(PrescriptionPause, "start_on", "The first day of the pause."),
        plain(
            PrescriptionPause, "end_on", "The day it was taken up again; may be empty."
        ),
    ),
    owner="prescription__user",
    order=("prescription__created_at", "prescription__uid", "start_on", "end_on"),
    not_carried={**NO_PK, "prescription": "Named by prescription_id."},
    key_columns=("prescription_id", "start_on"),
)

DOSES = Kind(
    "doses",
    "medicine doses",
    Dose,
    "Doses taken or given, and doses skipped on purpose.",
    (
        stable_id(),
        reference(
            "prescription_id",
            "prescription__uid",
            "prescription",
            "The medicine's id (see prescriptions.csv).",
            codec=ID,
        ),
        plain(Dose, "taken", "true if taken or given, false if skipped."),
        plain(Dose, "taken_at", "When it was taken, or when it was due."),
        plain(Dose, "day", "The day, in your time zone."),
        plain(
            Dose,
            "time_known",
            "false when only the day was given (the time is then midday).",
        ),
        plain(Dose, "note", "Your note."),
        plain(Dose, "created_at", "When you logged it."),
    ),
    owner="user",
    order=("taken_at", "uid"),
    not_carried={**NO_PK, **OWNER, "prescription": "Named by prescription_id."},
)

SCANS = Kind(
    "bone_scans",
    "bone density scans",
    BoneScan,
    "Each DXA scan you entered. Its results by site are in scan_sites.csv.",
    (
        stable_id(),
        plain(BoneScan, "day", "The date of the scan."),
        plain(BoneScan, "facility", "Where it was done."),
        plain(BoneScan, "machine_make", "The machine's make, e.g. Hologic."),
        plain(BoneScan, "machine_model", "The machine's model."),
        plain(
            BoneScan,
            "menopause",
            "before or after menopause at the time; empty if not said.",
        ),
        plain(BoneScan, "created_at", "When you entered it."),
    ),
    owner="user",
    order=("day", "created_at", "uid"),
    not_carried={**NO_PK, **OWNER},
)

SCAN_SITES = Kind(
    "scan_sites",
    "scan results by site",
    ScanSite,
    "The results of each site measured on a scan. They come and go with their scan.",
    (
        reference(
            "scan_id",
            "scan__uid",
            "scan",
            "The scan's id (see bone_scans.csv).",
            codec=ID,
        ),
        plain(
            ScanSite,
            "site",
            "Which site: " + ", ".join(bones.SITES) + ".",
        ),
        plain(ScanSite, "bmd", "Bone mineral density, g/cm²; may be empty."),
        plain(ScanSite, "t_score", "T-score; may be empty."),
        plain(ScanSite, "z_score", "Z-score; may be empty."),
        plain(
            ScanSite,
            "lsc_percent",
            "The facility's least significant change, %; may be empty.",
        ),
    ),
    owner="scan__user",
    order=("scan__day", "scan__created_at", "scan__uid", "site"),
    not_carried={**NO_PK, "scan": "Named by scan_id."},
    key_columns=("scan_id", "site"),
)

HEIGHTS = Kind(
    "heights",
    "heights",
    HeightMeasurement,
    "Each height you measured. One a day: the day is its id.",
    (
        plain(
            HeightMeasurement, "day", "The day measured; import skips a day you have."
        ),
        plain(HeightMeasurement, "cm", "Your height, in centimetres."),
    ),
    owner="user",
    order=("day",),
    not_carried={**NO_PK, **OWNER},
    key_columns=("day",),
)

# One row or none, like the settings below: import adds it if you have none
# yet and keeps the one you have (unlike the profile, which every account has).
ONE_ROW = " At most one row; import adds it only if you have none yet."

HEIGHT_SETTINGS = Kind(
    "height_settings",
    "height settings",
    HeightProfile,
    "Your tallest height as an adult and how heights are shown." + ONE_ROW,
    (
        plain(
            HeightProfile,
            "tallest_cm",
            "Your tallest height as an adult, in centimetres; may be empty.",
        ),
        plain(HeightProfile, "unit", "How heights are shown: cm or ft_in."),
    ),
    owner="user",
    order=(),
    not_carried={**NO_PK, **OWNER},
    key_columns=(),
)

FRACTURES = Kind(
    "fractures",
    "fractures",
    Fracture,
    "Each broken bone you logged.",
    (
        stable_id(),
        plain(Fracture, "year", "The year it happened."),
        plain(Fracture, "month", "The month, 1 to 12; empty if not remembered."),
        plain(Fracture, "bone", "spine, hip, wrist or other."),
        plain(Fracture, "other_bone", "Which bone, for other."),
        plain(
            Fracture,
            "from_low_fall",
            "yes, no or unsure: whether it came from a fall from standing "
            "height or less.",
        ),
        reference(
            "fall_id",
            "fall__uid",
            "fall",
            "The fall that caused it (see falls.csv); may be empty.",
            codec=ID,
        ),
        plain(Fracture, "note", "Your note."),
        plain(Fracture, "created_at", "When you logged it."),
    ),
    owner="user",
    order=("created_at", "uid"),
    not_carried={**NO_PK, **OWNER, "fall": "Named by fall_id."},
)

FRAX_RESULTS = Kind(
    "frax_results",
    "FRAX results",
    FraxResult,
    "10-year probabilities you copied from the FRAX calculator.",
    (
        stable_id(),
        plain(FraxResult, "day", "The day you ran the calculator."),
        plain(
            FraxResult,
            "major_percent",
            "Major osteoporotic fracture, %; may be empty.",
        ),
        plain(FraxResult, "hip_percent", "Hip fracture, %; may be empty."),
        plain(FraxResult, "with_bmd", "Whether you entered your femoral neck BMD."),
        plain(FraxResult, "created_at", "When you stored it."),
    ),
    owner="user",
    order=("day", "created_at", "uid"),
    not_carried={**NO_PK, **OWNER},
)

REPORT_SETTINGS = Kind(
    "report_settings",
    "report settings",
    ReportSettings,
    "What you chose for your report last time, with your questions for your "
    "clinician." + ONE_ROW,
    (
        plain(ReportSettings, "period", "3, 6 or 12 (months), or dates."),
        plain(ReportSettings, "first_day", "The first day, for dates."),
        plain(ReportSettings, "last_day", "The last day, for dates."),
        Column(
            "sections",
            "What the report includes: " + ", ".join(report.SECTIONS) + ".",
            lookup="sections",
            codec=CODES,
            field="sections",
        ),
        plain(ReportSettings, "questions", "Your questions for your clinician."),
        plain(ReportSettings, "updated_at", "When you last made a report."),
    ),
    owner="user",
    order=(),
    not_carried={**NO_PK, **OWNER},
    key_columns=(),
)

# In the order import adds them: what a record refers to comes first.
KINDS = (
    PROFILE,
    OWN_FOODS,
    OWN_SUPPLEMENTS,
    INTAKE_ENTRIES,
    QUICK_ESTIMATES,
    FAVOURITES,
    EXERCISE_SESSIONS,
    CHECKLIST_ANSWERS,
    SELF_CHECKS,
    SELF_CHECK_ANSWERS,
    FALLS,
    PRESCRIPTIONS,
    PAUSES,
    DOSES,
    SCANS,
    SCAN_SITES,
    HEIGHTS,
    HEIGHT_SETTINGS,
    FRACTURES,
    FRAX_RESULTS,
    REPORT_SETTINGS,
)
KINDS_BY_KEY = {kind.key: kind for kind in KINDS}

# Models with a user's rows that the files leave out, and why.
NOT_EXPORTED = {
    "tracker.WeeklyDigest": "A record of which weekly emails were sent.",
    "tracker.MedicineReminder": "A record of which reminder emails were sent.",
    "tracker.CalendarFeed": "A private calendar address: make a new one after moving.",
    "tracker.UserSession": "Sign-in sessions on your devices.",
    "tracker.SubmissionClaim": "Which forms were already sent, kept a day against double taps.",
}

# Days that, as in the forms, cannot be later than the user's today.
PAST_DAYS = {
    INTAKE_ENTRIES.key: ("day",),
    QUICK_ESTIMATES.key: ("day",),
    EXERCISE_SESSIONS.key: ("day",),
    CHECKLIST_ANSWERS.key: ("day", "fixed_on"),
    SELF_CHECKS.key: ("day",),
    FALLS.key: ("day",),
    PRESCRIPTIONS.key: ("stopped_on",),
    DOSES.key: ("day",),
    SCANS.key: ("day",),
    HEIGHTS.key: ("day",),
    FRAX_RESULTS.key: ("day",),
    REPORT_SETTINGS.key: ("first_day", "last_day"),
}
