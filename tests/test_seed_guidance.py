"""The shipped guidance: complete, cited, and idempotent to load."""

import importlib
import io
from decimal import Decimal

from django.apps import apps
from django.core.management import call_command

from tracker.models import (
    ChecklistItem,
    ExerciseCategory,
    ExerciseType,
    Food,
    MovementToAvoid,
    NutrientTarget,
    SelfCheckStatement,
    Supplement,
    Tip,
    WeeklyExerciseTarget,
)
from tracker.seed import intake as intake_seed

CITED_MODELS = [
    NutrientTarget,
    Food,
    Supplement,
    ExerciseCategory,
    ExerciseType,
    WeeklyExerciseTarget,
    MovementToAvoid,
    ChecklistItem,
    SelfCheckStatement,
    Tip,
]


def seed():
    out = io.StringIO()
    call_command("seed_guidance", stdout=out)
    return out.getvalue()


def snapshot():
    return {model: list(model.objects.values()) for model in CITED_MODELS}


def test_it_loads_every_adult_row_of_the_reference(guidance):
    assert NutrientTarget.objects.count() == 18
    assert Food.objects.filter(owner=None).count() == 66
    assert Supplement.objects.filter(owner=None).count() == 10
    assert ExerciseCategory.objects.count() == 4
    assert WeeklyExerciseTarget.objects.count() == 7
    assert ChecklistItem.objects.count() == 17
    assert SelfCheckStatement.objects.count() == 12
    assert sum(SelfCheckStatement.objects.values_list("points", flat=True)) == 14
    assert Tip.objects.filter(published=True).count() >= 5


def test_every_row_names_its_source(guidance):
    for model in CITED_MODELS:
        rows = (
            model.objects.filter(owner=None)
            if model in (Food, Supplement)
            else model.objects
        )
        assert not rows.filter(source=None).exists(), model
        assert all(
            row.source.url.startswith("https://")
            for row in rows.select_related("source")
        )


def test_reference_values_are_exact(guidance):
    def food(name, serving):
        return Food.objects.get(name=name, serving=serving)

    skim = food("Milk, nonfat (skim), vitamin D added", "1 cup")
    assert (skim.calcium_mg, skim.vitamin_d_iu, skim.source_detail) == (
        299,
        115,
        "NDB 01085",
    )
    assert food("Salmon, sockeye, cooked (dry heat)", "3 oz").vitamin_d_iu == 570
    assert food("Cod liver oil", "1 tbsp").vitamin_d_iu == 1360
    assert (
        food("Tofu, firm, prepared with calcium sulfate", "1/2 cup").calcium_mg == 861
    )
    women_51 = NutrientTarget.objects.get(
        nutrient="calcium", kind="recommended", sex="female", age_min=51
    )
    assert women_51.amount == 1200


def test_only_the_spinach_rows_are_flagged_low_absorption(guidance):
    flagged = Food.objects.filter(low_absorption=True).values_list("name", flat=True)
    assert sorted(flagged) == ["Spinach, cooked, boiled", "Spinach, raw"]


def test_loading_twice_changes_nothing(guidance):
    before = snapshot()
    assert "nothing added" in seed()
    assert snapshot() == before


def test_an_admins_edit_survives_a_reload(guidance):
    Food.objects.filter(name="Almonds").update(calcium_mg=80, note="Checked the label")
    tip = Tip.objects.first()
    tip.delete()
    seed()
    almonds = Food.objects.get(name="Almonds")
    assert (almonds.calcium_mg, almonds.note) == (80, "Checked the label")
    assert Tip.objects.filter(slug=tip.slug).exists()  # a deleted row comes back


def test_catalogue_foods_have_their_aliases_and_drink_volumes(guidance):
    soy_milk = Food.objects.get(
        name="Soy milk, with added calcium and vitamins A and D"
    )
    assert "soya milk" in soy_milk.aliases
    assert soy_milk.serving_ml == Decimal("236.6")
    assert Food.objects.get(name="Cheddar cheese").serving_ml is None


def test_the_migration_gives_databases_seeded_before_the_same_aliases(guidance):
    migration = importlib.import_module("tracker.migrations.0015_food_units")
    assert {
        row["name"]: row["aliases"] for row in intake_seed.FOODS if row["aliases"]
    } == migration.ALIASES
    assert {
        (row["name"], row["serving"]): row["serving_ml"]
        for row in intake_seed.FOODS
        if row["serving_ml"]
    } == migration.SERVING_ML
    # A database seeded before: the fields are empty, and an admin set one.
    Food.objects.update(aliases="", serving_ml=None)
    Food.objects.filter(name="Kale, raw").update(aliases="my kale")
    migration.fill_catalogue(apps, None)
    assert Food.objects.get(name="Kale, raw").aliases == "my kale"
    assert Food.objects.get(name="Kale, cooked, boiled").aliases == (
        "curly kale, borecole"
    )
    assert Food.objects.filter(serving_ml__isnull=False).count() == len(
        migration.SERVING_ML
    )
