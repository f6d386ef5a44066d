"""Admins edit all guidance content; each list shows sources, search and filters."""

from datetime import date

import pytest
import time_machine
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from tests.conftest import PASSWORD
from tests.helpers import (
    EXERCISE_THIS_WEEK,
    NOW,
    SKIM,
    TODAY,
    answer_item,
    catalogue_food,
    exercise_type,
    log_intake,
    log_session,
)
from tracker.admin import HomeSafetySettingsAdmin, RoomForm
from tracker.models import (
    ChecklistAnswer,
    ChecklistItem,
    EstimateSettings,
    ExerciseCategory,
    ExerciseType,
    Favourite,
    Food,
    HomeSafetySettings,
    IntakeEntry,
    Medicine,
    MovementToAvoid,
    NutrientTarget,
    Profile,
    Room,
    SelfCheck,
    SelfCheckAnswer,
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
    Medicine,
]


@pytest.fixture
def admin_client(db):
    """A superuser with a profile, signed in on a client of their own."""
    user = get_user_model().objects.create_superuser(
        "root", "root@example.com", PASSWORD
    )
    Profile.objects.create(user=user)
    client = Client()
    client.force_login(user)
    return client


def admin_url(model, action="changelist", *args):
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
    admin_client, guidance, assert_page, model
):
    rows = (
        model.objects.filter(owner=None)
        if model in (Food, Supplement)
        else model.objects
    )
    count = rows.count()
    name = model._meta.verbose_name if count == 1 else model._meta.verbose_name_plural
    # session, user with profile, counts, the page of rows with sources (and
    # categories for types), the filter choices, a check per settings row
    assert_page(
        admin_client,
        admin_url(model),
        max_queries=11,
        shows=[f"Select {model._meta.verbose_name} to change", f"{count} {name}"],
    )


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
    changelist = admin_client.get(admin_url(Food))
    assert b"Almonds" in changelist.content
    assert b"smoothie" not in changelist.content
    assert admin_client.get(admin_url(Food, "change", own.pk)).status_code == 302


# --- Delete confirmation pages count users' rows, never list them -------------


def test_a_foods_delete_page_counts_favourites_and_names_no_user(
    admin_client, alice, bob, guidance
):
    milk = catalogue_food(SKIM)
    for user in (alice, bob):
        Favourite.objects.create(user=user, food=milk)
        log_intake(user, milk, date(2026, 11, 25))
    page = admin_client.get(admin_url(Food, "delete", milk.pk)).content.decode()
    assert "alice" not in page
    assert "bob" not in page
    assert "Favourite since" not in page  # no row of theirs is listed
    assert "2 favourites by users" in page

    response = admin_client.post(admin_url(Food, "delete", milk.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not Favourite.objects.exists()
    assert IntakeEntry.objects.filter(food__isnull=True).count() == 2  # days kept


def test_deleting_foods_in_bulk_counts_favourites_too(admin_client, alice, guidance):
    foods = list(Food.objects.filter(owner__isnull=True)[:2])
    for food in foods:
        Favourite.objects.create(user=alice, food=food)
    response = admin_client.post(
        admin_url(Food),
        {"action": "delete_selected", "_selected_action": [f.pk for f in foods]},
    )
    page = response.content.decode()
    assert "Are you sure" in page
    assert "alice" not in page
    assert "2 favourites by users" in page


def test_an_activitys_delete_page_counts_sessions_and_lists_none(
    admin_client, alice, guidance
):
    walking = exercise_type("brisk-walking")
    log_session(alice, "brisk-walking", date(2026, 11, 25), 42, note="my knee hurt")
    page = admin_client.get(
        admin_url(ExerciseType, "delete", walking.pk)
    ).content.decode()
    assert "would require deleting the following protected related objects" in page
    assert "1 exercise session by a user" in page
    assert "alice" not in page
    assert "42 min" not in page
    assert "my knee hurt" not in page


def test_a_checklist_items_delete_page_counts_answers(admin_client, alice, guidance):
    item = ChecklistItem.objects.first()
    answer_item(
        alice,
        item,
        ChecklistAnswer.Status.NEEDS_FIXING,
        date(2026, 11, 25),
        note="the rug by my bed",
    )
    page = admin_client.get(
        admin_url(ChecklistItem, "delete", item.pk)
    ).content.decode()
    assert "1 checklist answer by a user" in page
    assert "Needs fixing (2026-11-25)" not in page
    assert "alice" not in page
    assert "the rug by my bed" not in page


def test_a_self_check_statements_delete_page_counts_answers(
    admin_client, alice, guidance
):
    statement = SelfCheckStatement.objects.first()
    check = SelfCheck.objects.create(
        user=alice, day=date(2026, 11, 25), score=2, max_score=14, threshold=4
    )
    SelfCheckAnswer.objects.create(
        self_check=check, statement=statement, yes=True, points=2
    )
    page = admin_client.get(
        admin_url(SelfCheckStatement, "delete", statement.pk)
    ).content.decode()
    assert "1 self check answer by a user" in page
    assert "Yes to statement" not in page


def test_a_guidance_row_nobody_uses_is_deleted_as_before(admin_client, guidance):
    tip = Tip.objects.first()
    page = admin_client.get(admin_url(Tip, "delete", tip.pk)).content.decode()
    assert f'Tip: <a href="{admin_url(Tip, "change", tip.pk)}">' in page
    assert "by users" not in page
    admin_client.post(admin_url(Tip, "delete", tip.pk), {"post": "yes"})
    assert not Tip.objects.filter(pk=tip.pk).exists()


# --- Settings, targets and activities that users see at once ------------------


def test_the_baseline_is_set_once_in_the_admin(admin_client, guidance):
    page = admin_client.get("/admin/tracker/estimatesettings/add/").content.decode()
    assert "docs/bone-facts.md gives no baseline, so none ships." in page
    response = admin_client.post(
        "/admin/tracker/estimatesettings/add/", {"other_foods_calcium_mg": "250"}
    )
    assert response.status_code == 200  # a baseline needs its source
    assert not EstimateSettings.objects.exists()
    bhof = Source.objects.get(key="BHOF")
    admin_client.post(
        "/admin/tracker/estimatesettings/add/",
        {"other_foods_calcium_mg": "250", "source": bhof.pk},
    )
    assert EstimateSettings.objects.get().other_foods_calcium_mg == 250
    assert admin_client.get("/admin/tracker/estimatesettings/add/").status_code == 403


def test_an_admin_edit_of_a_target_shows_at_once_on_the_week(
    admin_client, alice, client, guidance
):
    target = WeeklyExerciseTarget.objects.get(label="Strength sessions")
    data = {
        "label": "Strength sessions",
        "category": target.category_id,
        "measure": target.measure,
        "amount": "3",
        "min_impact": "",
        "audience": target.audience,
        "note": "Now three, as the UK guidance allows.",
        "order": target.order,
        "source": target.source_id,
        "source_detail": target.source_detail,
    }
    response = admin_client.post(
        f"/admin/tracker/weeklyexercisetarget/{target.pk}/change/", data
    )
    assert response.status_code == 302
    client.force_login(alice)
    with time_machine.travel(NOW, tick=False):
        page = client.get(EXERCISE_THIS_WEEK).text
    assert "0 of 3 sessions (3 sessions to go)" in page
    assert "Now three, as the UK guidance allows." in page


def test_an_admin_cannot_set_a_target_of_zero(admin_client, guidance):
    target = WeeklyExerciseTarget.objects.get(label="Strength sessions")
    response = admin_client.post(
        f"/admin/tracker/weeklyexercisetarget/{target.pk}/change/",
        {"label": target.label, "amount": "0"},
    )
    assert response.status_code == 200
    target.refresh_from_db()
    assert target.amount == 2


def test_an_admin_edit_of_an_activity_shows_at_once_in_the_library(
    admin_client, client, guidance
):
    walking = exercise_type("walking")
    data = {
        "name": "Walking",
        "slug": "walking",
        "categories": [c.pk for c in walking.categories.all()],
        "impact": "1",
        "description": "A walk in the fresh air, at your own pace.",
        "how_to": walking.how_to,
        "cautions": "",
        "lower_impact_alternative": "",
        "source": walking.source_id,
        "source_detail": walking.source_detail,
        "is_active": "on",
    }
    response = admin_client.post(
        f"/admin/tracker/exercisetype/{walking.pk}/change/", data
    )
    assert response.status_code == 302
    page = client.get("/exercise/library/walking/").text
    assert "A walk in the fresh air, at your own pace." in page


def test_sessions_are_private_and_not_in_the_admin(admin_client, alice, guidance):
    log_session(alice, "walking", TODAY)
    assert admin_client.get("/admin/tracker/exercisesession/").status_code == 404


def test_the_admin_allows_exactly_one_settings_row(admin_client, guidance, rf):
    model_admin = HomeSafetySettingsAdmin(HomeSafetySettings, None)
    request = rf.get("/")
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_delete_permission(
        request, HomeSafetySettings.objects.get()
    )
    response = admin_client.get("/admin/tracker/homesafetysettings/1/change/")
    assert response.status_code == 200
    HomeSafetySettings.objects.all().delete()
    assert model_admin.has_add_permission(request)


def test_the_admin_changes_the_re_check_interval(admin_client, guidance):
    settings = HomeSafetySettings.objects.get()
    response = admin_client.post(
        "/admin/tracker/homesafetysettings/1/change/",
        {
            "recheck_interval_months": "6",
            "recheck_interval_source": settings.recheck_interval_source_id,
            "recheck_interval_source_detail": "",
            "self_check_threshold": "4",
            "self_check_threshold_source": settings.self_check_threshold_source_id,
            "self_check_threshold_source_detail": "",
        },
    )
    assert response.status_code == 302
    assert HomeSafetySettings.objects.get().recheck_interval_months == 6


@pytest.mark.parametrize("slug", ["self-check", "falls", "items"])
def test_a_room_cannot_take_the_address_of_another_page(db, slug):
    form = RoomForm(data={"name": "Odd", "slug": slug, "order": 9})
    assert not form.is_valid()
    assert "is the address of another page" in form.errors["slug"][0]


def test_a_medicines_schedules_are_ticked_and_its_course_warning_checked(
    admin_client, guidance
):
    medicine = Medicine.objects.get(slug="romosozumab")
    page = admin_client.get(admin_url(Medicine, "change", medicine.pk)).content.decode()
    assert 'type="checkbox" name="schedules" value="monthly"' in page
    assert "Every 6 months" in page
    data = {
        field: value
        for field, value in {
            "name": medicine.name,
            "slug": medicine.slug,
            "brand_names": medicine.brand_names,
            "drug_class": medicine.drug_class,
            "action": medicine.action,
            "route": medicine.route,
            "schedules": ["monthly"],
            "how_to_take": medicine.how_to_take,
            "course_group": medicine.course_group,
            "course_limit_doses": "12",
            "course_warning_doses": "12",
            "source": medicine.source_id,
            "order": medicine.order,
            "is_active": "on",
        }.items()
    }
    response = admin_client.post(admin_url(Medicine, "change", medicine.pk), data)
    assert "Make it less than the course limit." in response.content.decode()
    data["schedules"] = []
    response = admin_client.post(admin_url(Medicine, "change", medicine.pk), data)
    assert "This field is required." in response.content.decode()
    data.update(schedules=["monthly", "yearly"], course_warning_doses="3")
    response = admin_client.post(admin_url(Medicine, "change", medicine.pk), data)
    assert response.status_code == 302
    medicine.refresh_from_db()
    assert medicine.schedules == ["monthly", "yearly"]
