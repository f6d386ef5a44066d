"""Load the guidance that ships with the app: ``manage.py seed_guidance``.

Rows are matched by a natural key. Missing rows are added; rows that exist are left
as they are, so an admin's edits survive and a second run changes nothing.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from tracker.models import (
    BoneSettings,
    ChecklistItem,
    ExerciseCategory,
    ExerciseType,
    Food,
    HomeSafetySettings,
    Medicine,
    MovementToAvoid,
    NutrientTarget,
    Room,
    SelfCheckStatement,
    Source,
    Supplement,
    Tip,
    WeeklyExerciseTarget,
)
from tracker.seed import bones, exercise, home_safety, intake, medicines, sources, tips


class Command(BaseCommand):
    help = "Add the guidance content that ships with the app, skipping existing rows."

    @transaction.atomic
    def handle(self, *args, **options):
        self.added = {}
        source_by_key = {}
        for row in sources.SOURCES:
            source_by_key[row["key"]] = self.add(Source, row, ["key"])

        def cited(row):
            return {**row, "source": source_by_key[row["source"]]}

        for row in intake.NUTRIENT_TARGETS:
            self.add(NutrientTarget, cited(row), ["nutrient", "kind", "sex", "age_min"])
        for row in intake.FOODS:
            self.add(Food, {**cited(row), "owner": None}, ["name", "serving", "owner"])
        for row in intake.SUPPLEMENTS:
            self.add(Supplement, {**cited(row), "owner": None}, ["name", "owner"])

        category_by_code = {}
        for row in exercise.EXERCISE_CATEGORIES:
            category_by_code[row["code"]] = self.add(
                ExerciseCategory, cited(row), ["code"]
            )
        type_by_name = {}
        for row in exercise.EXERCISE_TYPES:
            fields = {
                key: value
                for key, value in cited(row).items()
                if key not in ("categories", "lower_impact_alternative")
            }
            exercise_type = self.add(ExerciseType, fields, ["slug"])
            if not exercise_type.categories.exists():  # new, or never categorised
                exercise_type.categories.set(
                    [category_by_code[code] for code in row["categories"]]
                )
            type_by_name[row["name"]] = exercise_type
        for row in exercise.EXERCISE_TYPES:
            alternative = row.get("lower_impact_alternative")
            exercise_type = type_by_name[row["name"]]
            if alternative and exercise_type.lower_impact_alternative_id is None:
                exercise_type.lower_impact_alternative = type_by_name[alternative]
                exercise_type.save(update_fields=["lower_impact_alternative"])
        for row in exercise.WEEKLY_EXERCISE_TARGETS:
            row = {**cited(row), "category": category_by_code[row["category"]]}
            self.add(WeeklyExerciseTarget, row, ["category", "measure", "audience"])
        for row in exercise.MOVEMENTS_TO_AVOID:
            self.add(MovementToAvoid, cited(row), ["movement"])

        room_by_slug = {}
        for row in home_safety.ROOMS:
            room_by_slug[row["slug"]] = self.add(Room, row, ["slug"])
        for row in home_safety.CHECKLIST_ITEMS:
            row = {**cited(row), "room": room_by_slug[row["room"]]}
            self.add(ChecklistItem, row, ["room", "order"])
        for row in home_safety.SELF_CHECK_STATEMENTS:
            self.add(SelfCheckStatement, cited(row), ["number"])
        row = home_safety.SETTINGS
        row = {
            **row,
            "recheck_interval_source": source_by_key[row["recheck_interval_source"]],
            "self_check_threshold_source": source_by_key[
                row["self_check_threshold_source"]
            ],
        }
        self.add(HomeSafetySettings, row, ["id"])

        for row in tips.TIPS:
            self.add(Tip, cited(row), ["slug"])

        for row in medicines.MEDICINES:
            stopping_source = row.get("stopping_source")
            row = {
                **cited(row),
                "stopping_source": stopping_source and source_by_key[stopping_source],
            }
            self.add(Medicine, row, ["slug"])

        row = bones.SETTINGS
        row = {
            **row,
            **{name: source_by_key[row[name]] for name in bones.SOURCE_FIELDS},
        }
        self.add(BoneSettings, row, ["id"])

        summary = ", ".join(
            f"{count} {model._meta.verbose_name_plural}"
            for model, count in self.added.items()
            if count
        )
        self.stdout.write(
            f"Guidance added: {summary}."
            if summary
            else "Guidance already up to date: nothing added."
        )

    def add(self, model, row, key_fields):
        """Create ``row`` unless a row with the same key exists; return the row."""
        lookup = {field: row[field] for field in key_fields}
        defaults = {field: value for field, value in row.items() if field not in lookup}
        obj, created = model.objects.get_or_create(**lookup, defaults=defaults)
        self.added[model] = self.added.get(model, 0) + created
        return obj
