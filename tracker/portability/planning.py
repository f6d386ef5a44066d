"""Check a data.json against the app's rules and say what importing it would do.

``plan_import`` runs a fixed number of queries (the user's existing keys per
kind, the catalogue, the profile), whatever the size of the file. Each record
becomes an unsaved model instance, checked by the model's own field rules
(``full_clean``), its check constraints (evaluated here in Python, so no query
per row) and, for days, the forms' own rule (``check_day``: not in the future).
The profile goes through ``ProfileForm`` and ``DisplayForm`` themselves.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils import timezone

from ..domain.time_zones import known_time_zones
from ..forms.accounts import DisplayForm, ProfileForm
from ..forms.dates import check_day
from ..models import Profile
from ..queries import my_data as queries
from . import format
from .reading import Document

# A preview lists at most this many problems, then says how many more.
PROBLEMS_SHOWN = 100


@dataclass(frozen=True)
class Problem:
    line: int
    kind: str  # the kind's title
    message: str
    file: str = format.DATA_JSON

    def __str__(self):
        return f"{self.file}, line {self.line} ({self.kind}): {self.message}"


@dataclass
class KindPlan:
    kind: format.Kind
    to_add: list = field(default_factory=list)
    skipped: int = 0


@dataclass
class Plan:
    kinds: list[KindPlan]
    problems: list[Problem]
    profile_changes: dict | None  # fields to set on the profile, or None
    profile_line: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def adding(self) -> int:
        return sum(len(part.to_add) for part in self.kinds)

    @property
    def skipping(self) -> int:
        return sum(part.skipped for part in self.kinds)

    @property
    def problems_shown(self) -> list[Problem]:
        return self.problems[:PROBLEMS_SHOWN]

    @property
    def problems_not_shown(self) -> int:
        return max(0, len(self.problems) - PROBLEMS_SHOWN)


class Planner:
    """One import's checks, gathering problems as it goes."""

    def __init__(self, user, document: Document, now: datetime):
        self.user, self.document, self.now = user, document, now
        self.problems: list[Problem] = []
        self.catalogue = queries.catalogue()
        self.existing: dict[str, dict[tuple, int]] = {}
        # New records by kind and key, for the records that refer to them.
        self.new: dict[str, dict[tuple, models.Model]] = defaultdict(dict)
        # New records by kind, with their lines, for checks across kinds.
        self.added: dict[str, list[tuple[int, models.Model]]] = defaultdict(list)
        self.profile = Profile.objects.filter(user=user).first()

    def problem(self, line: int, kind: format.Kind, message: str) -> None:
        self.problems.append(Problem(line, kind.title, message))

    # --- The profile, and so the user's today -----------------------------

    def plan_profile(self) -> tuple[dict | None, int]:
        line, record = self.document.records.get("profile", (0, None))
        if record is None:
            return None, line
        kind = format.PROFILE
        values = self.decode(kind, line, record)
        if values is None:
            return None, line
        if self.profile is not None:
            # A file older than a field keeps the user's own setting of it, not
            # the default the older file implies.
            for column in kind.columns:
                if column.since > self.document.version:
                    values[column.name] = getattr(self.profile, column.field)
        # The profile's own fields, through the forms that edit them: the name
        # to call the user is the account's, which import does not change.
        changes = {"onboarded_at": values["onboarded_at"]}
        for form_class in (ProfileForm, DisplayForm):
            form = form_class(
                data={
                    name: form_value(values[name])
                    for name in form_class.Meta.fields
                    if values[name] is not None
                },
                instance=Profile(user=self.user),
            )
            if not form.is_valid():
                for name, errors in form.errors.items():
                    for error in errors:
                        self.problem(line, kind, f"{name}: {error}")
                return None, line
            changes.update(
                {name: form.cleaned_data[name] for name in form_class.Meta.fields}
            )
        self.check_moments(kind, line, values)
        current = self.profile
        if current is not None and all(
            getattr(current, name) == value for name, value in changes.items()
        ):
            return {}, line
        return changes, line

    def today(self, changes: dict | None):
        zone_name = (changes or {}).get("time_zone") or (
            self.profile.time_zone if self.profile else "UTC"
        )
        zone = ZoneInfo(zone_name if zone_name in known_time_zones() else "UTC")
        return timezone.localdate(self.now, zone)

    # --- Records ----------------------------------------------------------

    def decode(self, kind: format.Kind, line: int, record) -> dict | None:
        """Return the record's values by column name, or None after reporting
        each problem with it."""
        if not isinstance(record, dict):
            self.problem(line, kind, "this should be a record in braces { }.")
            return None
        values, good = {}, True
        for column in kind.columns:
            if column.info:
                continue
            if column.name not in record:
                if column.since > self.document.version:
                    field = kind.model._meta.get_field(column.field)
                    values[column.name] = field.get_default()
                    continue
                self.problem(line, kind, f"{column.name} is missing.")
                good = False
                continue
            raw = record[column.name]
            try:
                values[column.name] = (
                    None if raw is None else column.codec.from_json(raw)
                )
            except format.BadValue as error:
                self.problem(line, kind, f"{column.name} {error}.")
                good = False
        return values if good else None

    def plan_kind(self, kind: format.Kind, today) -> KindPlan:
        plan = KindPlan(kind)
        entry = self.document.records.get(kind.key)
        self.existing[kind.key] = existing = queries.existing(kind, self.user)
        if entry is None:
            return plan
        line, items = entry
        if not isinstance(items, list):
            self.problem(line, kind, f"“{kind.key}” should be a list of records.")
            return plan
        seen = set()
        for line, record in items:
            values = self.decode(kind, line, record)
            if values is None:
                continue
            key = tuple(values[name] for name in kind.key_columns)
            if key in seen:
                self.problem(line, kind, "this record is in the file twice.")
                continue
            seen.add(key)
            if key in existing or self.parent_exists(kind, values):
                plan.skipped += 1
                continue
            instance = self.build(kind, line, values)
            if instance is None or not self.check(kind, line, values, instance, today):
                continue
            self.new[kind.key][key] = instance
            self.added[kind.key].append((line, instance))
            plan.to_add.append(instance)
        if kind is format.PAUSES:
            self.check_open_pauses(kind, plan.to_add)
        if kind is format.SCAN_SITES:
            self.check_scans_have_sites(plan.to_add)
        return plan

    def parent_exists(self, kind: format.Kind, values: dict) -> bool:
        """Whether this is part of a record the user has (answers of a
        self-check, pauses of a medicine): those come and go with it."""
        parent = PARTS.get(kind.key)
        if parent is None:
            return False
        column, parent_kind = parent
        return (values[column],) in self.existing[parent_kind.key]

    def build(self, kind: format.Kind, line: int, values: dict):
        fields = {
            column.field: values[column.name]
            for column in kind.columns
            if column.field is not None
        }
        instance = kind.model(**fields)
        if kind.owner in ("user", "owner"):
            setattr(instance, kind.owner, self.user)
        good = True
        for relation, columns in references(kind).items():
            given = {column.name: values[column.name] for column in columns}
            try:
                self.link(instance, kind, relation, columns, given)
            except LookupError as error:
                self.problem(line, kind, str(error))
                good = False
        return instance if good else None

    def link(self, instance, kind, relation: str, columns, given: dict) -> None:
        """Point ``instance``'s ``relation`` at the row ``given`` names, or
        raise LookupError saying what is not there."""
        catalogue_keys = tuple(
            given[c.name] for c in columns if c.when is None or not c.when[1]
        )
        own = [c for c in columns if c.when is not None and c.when[1]]
        own_id = given[own[0].name] if own else None
        if own_id is not None:
            own_kind = (
                format.OWN_FOODS if relation == "food" else format.OWN_SUPPLEMENTS
            )
            target = self.new[own_kind.key].get((own_id,))
            if target is None and (own_id,) in self.existing[own_kind.key]:
                target = self.existing[own_kind.key][(own_id,)]
            if target is None:
                raise LookupError(
                    f"{own[0].name}: there is no {own_kind.title[:-1]} with this id "
                    f"in the file or in your account."
                )
            set_relation(instance, relation, target)
            return
        if all(value is None for value in catalogue_keys):
            return  # nothing named: the model's own rules say if that may be
        if relation in PARENTS:
            parent_kind = PARENTS[relation]
            target = self.new[parent_kind.key].get(catalogue_keys)
            if target is None:
                target = self.existing[parent_kind.key].get(catalogue_keys)
            if target is None:
                raise LookupError(
                    f"{columns[0].name}: there is no {PARENT_NAMES[relation]} with "
                    "this id in the file or in your account."
                )
            set_relation(instance, relation, target)
            return
        found = self.catalogue[relation].get(catalogue_keys)
        if found is None:
            named = ", ".join(str(value) for value in catalogue_keys)
            raise LookupError(
                f"“{named}” is not in this app's {CATALOGUE_NAMES[relation]}, so "
                "this record cannot be linked to it. Nothing was guessed."
            )
        set_relation(instance, relation, found)

    def check(self, kind, line, values, instance, today) -> bool:
        before = len(self.problems)
        excluded = [
            f.name
            for f in kind.model._meta.concrete_fields
            if f.is_relation or f.primary_key
        ]
        try:
            instance.full_clean(
                exclude=excluded, validate_unique=False, validate_constraints=False
            )
        except ValidationError as error:
            names = {c.field: c.name for c in kind.columns if c.field}
            for name, messages in error.message_dict.items():
                label = "" if name == NON_FIELD_ERRORS else f"{names.get(name, name)}: "
                for message in messages:
                    self.problem(line, kind, f"{label}{message}")
        for constraint in kind.model._meta.constraints:
            if (
                isinstance(constraint, models.CheckConstraint)
                and holds(constraint.condition, instance) is False
            ):
                self.problem(line, kind, constraint_message(constraint))
        if kind is format.FRACTURES:
            self.check_fracture_past(kind, line, instance, today)
        for name in format.PAST_DAYS.get(kind.key, ()):
            if values[name] is not None:
                try:
                    check_day(values[name], today)
                except ValidationError as error:
                    self.problem(line, kind, f"{name}: {error.messages[0]}")
        self.check_moments(kind, line, values)
        return len(self.problems) == before

    def check_moments(self, kind, line, values) -> None:
        for column in kind.columns:
            value = values.get(column.name)
            late = column.codec is format.DATETIME and value is not None
            if late and value > self.now:
                self.problem(line, kind, f"{column.name}: that is in the future.")

    def check_fracture_past(self, kind, line, fracture, today) -> None:
        """The fracture form's rule: not a year, or a month, still to come."""
        if fracture.year is None:
            return
        month = fracture.month or 1
        if (fracture.year, month) > (today.year, today.month):
            self.problem(line, kind, "year and month: that is in the future.")

    def check_scans_have_sites(self, sites) -> None:
        """A scan needs at least one site's results, as its form does."""
        with_sites = {id(site.scan) for site in sites}
        for line, scan in self.added[format.SCANS.key]:
            if id(scan) not in with_sites:
                self.problem(
                    line,
                    format.SCANS,
                    "this scan has no results in scan_sites: it needs at least "
                    "one site.",
                )

    def check_open_pauses(self, kind, pauses) -> None:
        open_pauses = defaultdict(int)
        for pause in pauses:
            if pause.end_on is None:
                open_pauses[id(pause.prescription)] += 1
        if any(count > 1 for count in open_pauses.values()):
            self.problem(
                0, kind, "a medicine has more than one pause without an end date."
            )


# Records that are parts of another record, by the column naming it.
PARTS = {
    format.SELF_CHECK_ANSWERS.key: ("self_check_id", format.SELF_CHECKS),
    format.PAUSES.key: ("prescription_id", format.PRESCRIPTIONS),
    format.SCAN_SITES.key: ("scan_id", format.SCANS),
}
# Relations to the user's own records, found by the id in the file.
PARENTS = {
    "self_check": format.SELF_CHECKS,
    "prescription": format.PRESCRIPTIONS,
    "scan": format.SCANS,
    "fall": format.FALLS,
}
PARENT_NAMES = {
    "self_check": "self-check",
    "prescription": "medicine",
    "scan": "scan",
    "fall": "fall or near-miss",
}
CATALOGUE_NAMES = {
    "food": "food list",
    "supplement": "supplement list",
    "exercise_type": "activity library",
    "item": "home checklist",
    "statement": "self-check",
    "medicine": "medicines library",
}


def references(kind: format.Kind) -> dict[str, list[format.Column]]:
    found = defaultdict(list)
    for column in kind.columns:
        if column.ref is not None:
            found[column.ref].append(column)
    return found


def set_relation(instance, relation: str, target) -> None:
    if isinstance(target, models.Model):
        setattr(instance, relation, target)
    else:
        setattr(instance, f"{relation}_id", target)


def form_value(value):
    """A cleaned value as a form's data would carry it."""
    if isinstance(value, bool):
        return "on" if value else ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def constraint_message(constraint) -> str:
    if constraint.violation_error_message and "“" not in str(
        constraint.violation_error_message
    ):
        return str(constraint.violation_error_message)
    return (
        "these values do not fit together (the rule "
        f"“{constraint.name.replace('_', ' ')}”)."
    )


# --- Check constraints, evaluated in Python ---------------------------------

OPERATORS = {
    "exact": lambda a, b: a == b,
    "gt": lambda a, b: a > b,
    "gte": lambda a, b: a >= b,
    "lt": lambda a, b: a < b,
    "lte": lambda a, b: a <= b,
    "in": lambda a, b: a in b,
}


class Unsupported(ValueError):
    """A constraint uses a lookup ``holds`` does not evaluate."""


def field_value(instance, name: str):
    model_field = instance._meta.get_field(name)
    value = getattr(instance, model_field.attname)
    if value is None and model_field.is_relation:
        value = model_field.get_cached_value(instance, None)
    return value


def holds(condition: Q | LessThanOrEqual, instance) -> bool | None:
    """Evaluate a check constraint's condition on an unsaved instance, as the
    database would: True, False, or None when a NULL makes it unknown (which
    a CHECK lets pass). Raises Unsupported for a lookup it does not know."""
    if isinstance(condition, LessThanOrEqual):
        return length_holds(condition, instance)
    results = []
    for child in condition.children:
        if isinstance(child, Q):
            results.append(holds(child, instance))
            continue
        lookup, expected = child
        name, _, operator = lookup.partition("__")
        operator = operator or "exact"
        value = field_value(instance, name)
        if operator == "isnull":
            results.append((value is None) == expected)
            continue
        if operator not in OPERATORS or "__" in operator:
            raise Unsupported(lookup)
        if isinstance(expected, F):
            expected = field_value(instance, expected.name)
        if value is None or expected is None:
            results.append(None)
        else:
            results.append(OPERATORS[operator](value, expected))
    if condition.connector == Q.AND:
        result = False if False in results else (None if None in results else True)
    elif condition.connector == Q.OR:
        result = True if True in results else (None if None in results else False)
    else:
        raise Unsupported(condition.connector)
    if condition.negated and result is not None:
        result = not result
    return result


def length_holds(condition: LessThanOrEqual, instance) -> bool | None:
    """``LENGTH(column) <= limit``, the text limits' checks (``length_checks``)."""
    measured, limit = condition.lhs, condition.rhs
    if not (isinstance(measured, Length) and isinstance(measured.lhs, F)):
        raise Unsupported(repr(condition))
    value = field_value(instance, measured.lhs.name)
    return None if value is None else len(value) <= limit


def plan_import(user, document: Document, *, now: datetime | None = None) -> Plan:
    """Say what importing ``document`` into ``user``'s account would add and
    skip, and every problem that stops it."""
    planner = Planner(user, document, now or timezone.now())
    profile_changes, profile_line = planner.plan_profile()
    today = planner.today(profile_changes)
    kinds = [planner.plan_kind(kind, today) for kind in format.KINDS if not kind.single]
    problems = sorted(planner.problems, key=lambda problem: problem.line)
    return Plan(kinds, problems, profile_changes, profile_line)
