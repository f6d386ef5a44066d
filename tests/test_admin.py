"""Admins edit all guidance content; each list shows sources, search and filters."""

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model

from tests.conftest import PASSWORD
from tracker.models import (
    ChecklistItem,
    ExerciseCategory,
    ExerciseType,
    Food,
    MovementToAvoid,
    NutrientTarget,
    Profile,
    Room,
    SelfCheckStatement,
    Source,
    Supplement,
    Tip,
    WeeklyExerciseTarget,
)

GUIDANCE_MODELS = [
    Source,
    NutrientTarget,
    Food,
    Supplement,
    ExerciseCategory,
    ExerciseType,
    WeeklyExerciseTarget,
    MovementToAvoid,
    Room,
    ChecklistItem,
    SelfCheckStatement,
    Tip,
]


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser(
        "root", "root@example.com", PASSWORD
    )
    Profile.objects.create(user=user)
    client.force_login(user)
    return client


def admin_url(model, action="changelist", *args):
    from django.urls import reverse

    return reverse(f"admin:tracker_{model._meta.model_name}_{action}", args=args)


@pytest.mark.parametrize("model", GUIDANCE_MODELS, ids=lambda m: m.__name__)
def test_every_guidance_model_can_be_listed_searched_and_edited(
    admin_client, guidance, model
):
    model_admin = admin.site._registry[model]
    assert model_admin.search_fields
    if model not in (Source, Room):
        assert "source" in model_admin.list_display
        assert model_admin.list_filter

    assert admin_client.get(admin_url(model)).status_code == 200
    assert admin_client.get(admin_url(model) + "?q=a").status_code == 200
    assert admin_client.get(admin_url(model, "add")).status_code == 200
    row = model.objects.first()
    assert admin_client.get(admin_url(model, "change", row.pk)).status_code == 200


@pytest.mark.parametrize("model", GUIDANCE_MODELS, ids=lambda m: m.__name__)
def test_changelists_run_a_fixed_number_of_queries(
    admin_client, guidance, django_assert_max_num_queries, model
):
    # session, user with profile, counts, the page of rows with sources (and
    # categories for types), the filter choices, the settings row check
    with django_assert_max_num_queries(10):
        admin_client.get(admin_url(model))


def test_an_admin_corrects_a_food_value(admin_client, guidance):
    almonds = Food.objects.get(name="Almonds")
    response = admin_client.post(
        admin_url(Food, "change", almonds.pk),
        {
            "name": "Almonds",
            "group": "legumes_nuts",
            "serving": almonds.serving,
            "serving_grams": "28.35",
            "calcium_mg": "77",
            "vitamin_d_iu": "0",
            "note": "",
            "source": almonds.source_id,
            "source_detail": "NDB 12061",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    almonds.refresh_from_db()
    assert almonds.calcium_mg == 77


def test_a_catalogue_food_must_cite_a_source(admin_client, guidance):
    response = admin_client.post(
        admin_url(Food, "add"),
        {
            "name": "Mystery",
            "group": "other",
            "serving": "1 cup",
            "calcium_mg": "1",
            "vitamin_d_iu": "0",
            "is_active": "on",
        },
    )
    assert response.status_code == 200
    assert "source" in response.context["adminform"].form.errors
    assert not Food.objects.filter(name="Mystery").exists()


def test_users_own_foods_stay_private(admin_client, alice, guidance):
    own = Food.objects.create(
        owner=alice,
        name="Alice's smoothie",
        serving="1 glass",
        calcium_mg=300,
        vitamin_d_iu=0,
    )
    assert b"smoothie" not in admin_client.get(admin_url(Food)).content
    assert admin_client.get(admin_url(Food, "change", own.pk)).status_code == 302
