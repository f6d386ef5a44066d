"""Every free-text field has a maximum length: in its form, in model validation,
and in the database."""

from datetime import date

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from tests.helpers import sent_once
from tracker.forms.home_safety import FallForm
from tracker.forms.intake import EntryEditForm, OwnFoodForm, OwnSupplementForm
from tracker.models import Fall, Tip
from tracker.models.home_safety import WHAT_HAPPENED_MAX
from tracker.models.text import BoundedTextField

# Django's own columns, written by Django and never typed by anyone.
NOT_USER_TEXT = {"UserSession.session_data"}

TEXT_FIELDS = [
    pytest.param(field, id=f"{model.__name__}.{field.name}")
    for model in apps.get_app_config("tracker").get_models()
    for field in model._meta.get_fields()
    if isinstance(field, models.CharField | models.TextField)
    and f"{model.__name__}.{field.name}" not in NOT_USER_TEXT
]


@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_every_text_field_has_a_maximum_length(field):
    assert field.max_length, f"{field} has no max_length"
    if isinstance(field, models.TextField):
        # A TextField's max_length reaches only its form field by itself.
        assert isinstance(field, BoundedTextField), f"{field} is not bounded"
        name = f"{field.model._meta.model_name}_{field.name}_max_length"
        checks = {check.name: check for check in field.model._meta.constraints}
        assert name in checks, f"{field} has no length_checks() in its Meta"
        assert checks[name].condition.rhs == field.max_length


def fall_data(**changes):
    data = {
        "kind": "fall",
        "day": "2026-11-25",
        "place": "The stairs",
        "what_happened": "",
        "hurt": "no",
    }
    return {**data, **changes}


def test_the_fall_form_says_how_long_what_happened_may_be(alice_client, guidance):
    # It had no limit: 2,000,000 characters were stored.
    response = alice_client.post(
        "/home-safety/falls/new/", fall_data(what_happened="x" * 20_000)
    )
    assert response.status_code == 200
    assert "Keep this to 2000 characters or fewer (it has 20000)." in (
        response.content.decode()
    )
    assert not Fall.objects.exists()


def test_the_fall_form_takes_what_happened_up_to_the_limit(alice, guidance):
    form = FallForm(sent_once(fall_data(what_happened="x" * WHAT_HAPPENED_MAX)))
    assert form.is_valid(), form.errors
    assert f'maxlength="{WHAT_HAPPENED_MAX}"' in str(form["what_happened"])


def test_the_fall_form_says_how_long_the_place_may_be(alice, guidance):
    form = FallForm(fall_data(place="x" * 101))
    assert form.errors["place"] == [
        "Keep this to 100 characters or fewer (it has 101)."
    ]


def test_model_validation_refuses_text_over_the_limit(alice):
    fall = Fall(
        user=alice,
        day=date(2026, 11, 25),
        place="Hall",
        hurt=False,
        what_happened="x" * (WHAT_HAPPENED_MAX + 1),
    )
    with pytest.raises(ValidationError) as refused:
        fall.full_clean()
    assert list(refused.value.message_dict) == ["what_happened"]


@pytest.mark.parametrize(
    ("model", "field", "limit"),
    [(Fall, "what_happened", WHAT_HAPPENED_MAX), (Tip, "body", 20_000)],
)
def test_the_database_refuses_text_over_the_limit(alice, guidance, model, field, limit):
    row = model.objects.first() or Fall.objects.create(
        user=alice, day=date(2026, 11, 25), place="Hall", hurt=False
    )
    model.objects.filter(pk=row.pk).update(**{field: "é" * limit})  # characters
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.filter(pk=row.pk).update(**{field: "x" * (limit + 1)})


@pytest.mark.django_db(transaction=True)
def test_the_migration_cuts_text_stored_before_it_to_the_limit():
    executor = MigrationExecutor(connection)
    before = [("tracker", "0005_medicines")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    user = old.get_model("auth", "User").objects.create(username="old")
    old.get_model("tracker", "Fall").objects.create(
        user=user,
        day=date(2026, 3, 1),
        place="Hall",
        what_happened="a" * 2_000_000,
        hurt=False,
        created_at=timezone.now(),
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    assert Fall.objects.get().what_happened == "a" * WHAT_HAPPENED_MAX


def test_own_food_and_supplement_names_say_how_long_they_may_be(alice, guidance):
    food = OwnFoodForm(
        {"name": "x" * 201, "serving": "y" * 101, "calcium_mg": "1", "vitamin_d": "0"},
        unit="iu",
    )
    assert food.errors["name"] == ["Keep this to 200 characters or fewer (it has 201)."]
    assert food.errors["serving"] == [
        "Keep this to 100 characters or fewer (it has 101)."
    ]
    supplement = OwnSupplementForm(
        {"name": "Pill", "dose": "z" * 101, "calcium_mg": "1", "vitamin_d": "0"},
        unit="iu",
    )
    assert supplement.errors["dose"] == [
        "Keep this to 100 characters or fewer (it has 101)."
    ]


def test_an_amount_too_long_to_be_a_number_says_so(alice, guidance):
    form = EntryEditForm({"amount": "1" * 21})
    assert form.errors["amount"] == ["Enter a number, such as 1, ½, 1½ or 0.25."]
