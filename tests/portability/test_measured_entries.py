"""Format version 3: a diary entry keeps the unit it was typed in, and the
profile its text size and contrast; files of older versions still import."""

import json
from decimal import Decimal

from tests.helpers import TODAY, catalogue_food
from tests.portability.helpers import document_of, export_zip, import_zip, read
from tracker.domain import measures
from tracker.models import IntakeEntry, Profile
from tracker.portability import format
from tracker.queries import intake as intake_queries
from tracker.services import intake as intake_services
from tracker.services import my_data as services

SKIM = ("Milk, nonfat (skim), vitamin D added", "1 cup")


def log_200_ml_of_milk(user) -> IntakeEntry:
    loggable = intake_queries.loggable_food(catalogue_food(SKIM))
    servings = measures.servings_in("200", "ml", loggable.measures)
    return intake_services.create_entry(
        user, day=TODAY, loggable=loggable, amount=servings, unit="ml"
    )


def test_an_entry_in_millilitres_and_the_display_settings_move_whole(
    alice, bob, guidance
):
    log_200_ml_of_milk(alice)
    Profile.objects.filter(user=alice).update(text_size="larger", high_contrast=True)
    plan = import_zip(bob, export_zip(alice))
    assert plan.ok, plan.problems
    entry = IntakeEntry.objects.get(user=bob)
    assert (entry.unit, entry.amount, entry.ml_per_serving) == (
        "ml",
        Decimal("0.8453"),
        Decimal("236.6"),
    )
    assert entry.portion_text.startswith("200 ml")
    profile = Profile.objects.get(user=bob)
    assert (profile.text_size, profile.high_contrast) == ("larger", True)


def test_a_version_2_file_without_the_new_columns_imports_in_servings(
    alice, bob, guidance
):
    log_200_ml_of_milk(alice)
    Profile.objects.filter(user=bob).update(text_size="large")
    document = document_of(export_zip(alice))
    assert document["version"] == format.VERSION == 3
    document["version"] = 2
    for record in document["intake_entries"]:
        for name in ("unit", "grams_per_serving", "ml_per_serving"):
            del record[name]
    for name in ("text_size", "high_contrast"):
        del document["profile"][name]
    plan = services.import_data(bob, document=read(json.dumps(document).encode()))
    assert plan.ok, plan.problems
    entry = IntakeEntry.objects.get(user=bob)
    assert (entry.unit, entry.amount, entry.ml_per_serving) == (
        "servings",
        Decimal("0.8453"),
        None,
    )
    # Bob's own text size stays: the older file says nothing about it.
    assert Profile.objects.get(user=bob).text_size == "large"


def test_a_version_3_file_must_have_the_new_columns(alice, bob, guidance):
    log_200_ml_of_milk(alice)
    document = document_of(export_zip(alice))
    del document["intake_entries"][0]["unit"]
    plan = services.import_data(bob, document=read(json.dumps(document).encode()))
    assert not plan.ok
    assert any("unit is missing." in problem.message for problem in plan.problems)
