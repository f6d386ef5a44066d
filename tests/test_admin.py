"""Admins edit all guidance content; each list shows sources, search and filters."""

import importlib
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
from tracker.admin import HomeSafetySettingsAdmin, RoomForm, SourceFilter
from tracker.models import (
    ChecklistAnswer,
    ChecklistItem,
    EstimateSettings,
    ExerciseCategory,
    ExerciseType,
    Favourite,
    Food,
    GoalSettings,
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


# Every list and change form of guidance, with the settings rows.
ADMIN_MODELS = [*GUIDANCE_MODELS, HomeSafetySettings, EstimateSettings]


def a_row(model):
    """The row of ``model`` whose pages a test opens, with the sources they show."""
    if model is EstimateSettings:
        row = EstimateSettings.objects.create(
            other_foods_calcium_mg=250,
            source=Source.objects.get(key="BHOF"),
            source_detail="a cited baseline",
        )
        return row, [row.source]
    if model is GoalSettings:  # it cites nothing: a product choice
        return GoalSettings.objects.create(close_percent=90), []
    if model is Source:
        row = Source.objects.get(key="USDA-SR28")
        return row, [row]
    if model is Room:
        row = Room.objects.first()
        return row, [item.source for item in row.items.all()]
    if model is HomeSafetySettings:
        row = HomeSafetySettings.objects.get()
        return row, [row.recheck_interval_source, row.self_check_threshold_source]
    rows = (
        model.objects.filter(owner=None)
        if model in (Food, Supplement)
        else model.objects
    )
    row = rows.order_by("pk").first()
    return row, [row.source]


def cited_as(source):
    """How a list cites a source: its full title, with its key as a hint."""
    return [source.title, source.key]


# Spellings an editor should never meet: one term, one spelling.
OTHER_SPELLINGS = ["Self check", "self check", "Recheck", "Source detail"]


@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda m: m.__name__)
def test_each_list_shows_where_its_rows_come_from_in_few_queries(
    admin_client, guidance, assert_page, model
):
    row, sources = a_row(model)
    rows = (
        model.objects.filter(owner=None)
        if model in (Food, Supplement)
        else model.objects
    )
    count = rows.count()
    name = model._meta.verbose_name if count == 1 else model._meta.verbose_name_plural
    # session, user, 2 counts, the page of rows with their sources (and the
    # categories or items they list), the "By source" filter's sources, a filter
    # of categories or rooms, and whether each settings row may be added (one
    # check per settings row: four)
    assert_page(
        admin_client,
        admin_url(model),
        max_queries=12,
        shows=[
            f"Select {model._meta.verbose_name} to change",
            f"{count} {name}",
            *(text for source in sources for text in cited_as(source)),
        ],
        hides=OTHER_SPELLINGS,
    )
    searched = admin_client.get(admin_url(model) + "?q=a")
    assert searched.status_code == 200


@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda m: m.__name__)
def test_each_change_form_shows_the_rows_source_in_few_queries(
    admin_client, guidance, assert_page, model
):
    row, sources = a_row(model)
    if model is Source:
        shows = [row.title, row.key]
    elif model is Room:  # a room cites nothing itself
        shows = [row.name]
    else:
        shows = [f"{source.title} ({source.key})" for source in sources]
    # session, user, the row, the source drop-downs (and categories, activities,
    # rooms: one each), and whether each of the four settings rows may be added
    assert_page(
        admin_client,
        admin_url(model, "change", row.pk),
        max_queries=12,
        shows=[f"Change {model._meta.verbose_name}", *shows],
        hides=[*OTHER_SPELLINGS, "docs/", ".md"],
    )
    if model not in (HomeSafetySettings, EstimateSettings, GoalSettings):
        assert admin_client.get(admin_url(model, "add")).status_code == 200


def test_every_guidance_list_can_be_searched_and_filtered_by_source(guidance):
    for model in ADMIN_MODELS:
        model_admin = admin.site._registry[model]
        if model not in (HomeSafetySettings, EstimateSettings, GoalSettings):
            assert model_admin.search_fields, model
        if model not in (
            Source,
            Room,
            HomeSafetySettings,
            EstimateSettings,
            GoalSettings,
        ):
            assert ("source", SourceFilter) in model_admin.list_filter, model


def test_the_source_filter_lists_only_the_sources_a_list_uses(
    admin_client, guidance, assert_page
):
    used = Source.objects.filter(
        pk__in=Food.objects.filter(owner=None).values("source")
    )
    unused = Source.objects.exclude(pk__in=used.values("pk"))
    assert used.exists() and unused.exists()
    page = assert_page(
        admin_client,
        admin_url(Food),
        max_queries=10,
        shows=["By source", *(str(source) for source in used)],
        hides=[source.title for source in unused],
    ).content.decode()
    assert "source__isnull" not in page  # no "-" entry for rows without one


def test_a_room_lists_the_sources_of_its_checklist_items(
    admin_client, guidance, assert_page
):
    Room.objects.create(name="Shed", slug="shed", order=99)
    assert_page(
        admin_client,
        admin_url(Room) + "?q=Shed",
        max_queries=10,
        shows=["Sources of its checklist items", "Shed", "No items yet"],
    )


def test_source_notes_are_wide_text_boxes(admin_client, guidance):
    target = NutrientTarget.objects.first()
    page = admin_client.get(admin_url(NutrientTarget, "change", target.pk)).text
    assert '<textarea name="source_detail"' in page
    assert "css/admin.css" in page
    settings_page = admin_client.get(admin_url(HomeSafetySettings, "change", 1)).text
    assert '<textarea name="recheck_interval_source_detail"' in settings_page


def test_help_texts_say_what_a_field_does_and_point_at_no_file(guidance):
    for model in ADMIN_MODELS:
        for field in model._meta.get_fields():
            help_text = str(getattr(field, "help_text", ""))
            assert ".md" not in help_text and "seed" not in help_text, field
    assert Tip._meta.get_field("slug").help_text
    assert Tip._meta.get_field("order").help_text
    assert ExerciseType._meta.get_field("is_active").help_text
    assert ExerciseType._meta.get_field("categories").help_text


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
    assert "1 self-check answer by a user" in page
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
    assert "None ships with the app: the sources it cites give no baseline." in page
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
        "source_note_checked": "on",  # the note still fits a third session
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


def settings_post(**changes):
    """The home-safety settings form as saved, with ``changes``."""
    row = HomeSafetySettings.objects.get()
    return {
        "recheck_interval_months": row.recheck_interval_months,
        "recheck_interval_source": row.recheck_interval_source_id,
        "recheck_interval_source_detail": row.recheck_interval_source_detail,
        "recheck_note_checked": "False",
        "self_check_threshold": row.self_check_threshold,
        "self_check_threshold_source": row.self_check_threshold_source_id,
        "self_check_threshold_source_detail": row.self_check_threshold_source_detail,
        "threshold_note_checked": "False",
        **changes,
    }


NOTE_WARNING = "You changed the value; check that the source note still describes it."


def test_a_new_interval_with_the_same_note_asks_to_check_the_note(
    admin_client, guidance, assert_page
):
    url = admin_url(HomeSafetySettings, "change", 1)
    page = admin_client.get(url).text
    assert 'type="hidden" name="recheck_note_checked"' in page  # no tick box yet

    response = assert_page(
        admin_client,
        url,
        method="post",
        data=settings_post(recheck_interval_months="6"),
        max_queries=22,
        shows=[
            NOTE_WARNING,
            "The source note still describes the re-check interval",
            "a home fall prevention checklist",  # the note, in the same section
        ],
    )
    assert 'type="checkbox" name="recheck_note_checked"' in response.text
    assert 'type="hidden" name="threshold_note_checked"' in response.text
    assert HomeSafetySettings.objects.get().recheck_interval_months == 12

    response = admin_client.post(
        url, settings_post(recheck_interval_months="6", recheck_note_checked="on")
    )
    assert response.status_code == 302
    assert HomeSafetySettings.objects.get().recheck_interval_months == 6
    page = admin_client.get(response["Location"]).text
    assert "The home-safety settings are saved." in page
    assert "was changed successfully" not in page


def test_a_new_value_with_a_new_note_saves_at_once(admin_client, guidance):
    response = admin_client.post(
        admin_url(HomeSafetySettings, "change", 1),
        settings_post(
            self_check_threshold="5",
            self_check_threshold_source_detail="our own stricter choice",
        ),
    )
    assert response.status_code == 302
    row = HomeSafetySettings.objects.get()
    assert row.self_check_threshold == 5
    assert row.self_check_threshold_source_detail == "our own stricter choice"


def test_a_cleared_baseline_needs_no_check(admin_client, guidance):
    bhof = Source.objects.get(key="BHOF")
    EstimateSettings.objects.create(
        other_foods_calcium_mg=250, source=bhof, source_detail="a cited baseline"
    )
    data = {
        "other_foods_calcium_mg": "300",
        "source": bhof.pk,
        "source_detail": "a cited baseline",
        "source_note_checked": "False",
    }
    url = admin_url(EstimateSettings, "change", 1)
    response = admin_client.post(url, data)
    assert NOTE_WARNING in response.text
    response = admin_client.post(url, {**data, "other_foods_calcium_mg": ""})
    assert response.status_code == 302
    assert EstimateSettings.objects.get().other_foods_calcium_mg is None


def test_the_shipped_re_check_note_names_no_interval(guidance):
    note = HomeSafetySettings.objects.get().recheck_interval_source_detail
    assert "yearly" not in note
    assert "the interval is the app's suggestion" in note


def test_a_nutrient_targets_new_amount_asks_to_check_its_note(admin_client, guidance):
    target = NutrientTarget.objects.filter(amount_max=None).first()
    data = {
        "nutrient": target.nutrient,
        "kind": target.kind,
        "sex": target.sex,
        "age_min": target.age_min,
        "age_max": target.age_max or "",
        "amount": target.amount + 100,
        "amount_max": "",
        "unit": target.unit,
        "note": target.note,
        "source": target.source_id,
        "source_detail": target.source_detail,
    }
    url = admin_url(NutrientTarget, "change", target.pk)
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert NOTE_WARNING in response.text
    assert NutrientTarget.objects.get(pk=target.pk).amount == target.amount

    response = admin_client.post(url, {**data, "source_note_checked": "on"})
    assert response.status_code == 302
    assert NutrientTarget.objects.get(pk=target.pk).amount == target.amount + 100


def test_a_new_target_needs_no_check(admin_client, guidance):
    category = ExerciseCategory.objects.get(code="posture")
    response = admin_client.post(
        admin_url(WeeklyExerciseTarget, "add"),
        {
            "label": "Posture sessions",
            "category": category.pk,
            "audience": "everyone",
            "order": "9",
            "amount": "3",
            "measure": "sessions",
            "min_impact": "",
            "note": "",
            "source": category.source_id,
            "source_detail": "",
        },
    )
    assert response.status_code == 302
    assert WeeklyExerciseTarget.objects.filter(label="Posture sessions").exists()


def test_a_categorys_targets_are_read_there_and_changed_on_their_own_page(
    admin_client, guidance
):
    category = ExerciseCategory.objects.get(code="resistance")
    target = category.weekly_targets.first()
    page = admin_client.get(admin_url(ExerciseCategory, "change", category.pk)).text
    assert admin_url(WeeklyExerciseTarget, "change", target.pk) in page
    assert 'name="weekly_targets-0-amount"' not in page  # no box to type in
    assert str(target) in page


# --- Rules an editor could break ----------------------------------------------


def nutrient_target_post(**changes):
    source = Source.objects.get(key="ODS-Ca")
    return {
        "nutrient": "calcium",
        "kind": "recommended",
        "sex": "female",
        "age_min": "30",
        "age_max": "40",
        "amount": "1000",
        "amount_max": "",
        "unit": "mg",
        "note": "",
        "source": source.pk,
        "source_detail": "",
        **changes,
    }


@pytest.mark.parametrize(
    "changes, field, message",
    [
        (
            {"age_min": "9", "age_max": "18", "amount_max": "900"},
            "amount_max",
            "The top of the range must be at least the amount.",
        ),
        (
            {"age_min": "18", "age_max": "9"},
            "age_max",
            "The last age must be the first age or later.",
        ),
        (
            {"age_min": "60", "age_max": "65"},
            "age_min",
            "These ages overlap “Calcium Recommended intake (RDA), women 51–70”.",
        ),
    ],
    ids=["range", "band", "overlap"],
)
def test_a_nutrient_target_out_of_order_or_overlapping_is_refused(
    admin_client, guidance, changes, field, message
):
    before = NutrientTarget.objects.count()
    response = admin_client.post(
        admin_url(NutrientTarget, "add"), nutrient_target_post(**changes)
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert message in errors[field][0]
    assert NutrientTarget.objects.count() == before


def test_a_band_beside_the_others_is_accepted(admin_client, guidance):
    response = admin_client.post(
        admin_url(NutrientTarget, "add"),
        nutrient_target_post(age_min="9", age_max="18", amount_max="1300"),
    )
    assert response.status_code == 302


def test_an_activity_cannot_be_its_own_gentler_alternative(admin_client, guidance):
    walking = exercise_type("walking")
    data = {
        "name": walking.name,
        "slug": walking.slug,
        "categories": [c.pk for c in walking.categories.all()],
        "impact": walking.impact,
        "description": walking.description,
        "how_to": walking.how_to,
        "cautions": walking.cautions,
        "lower_impact_alternative": walking.pk,
        "source": walking.source_id,
        "source_detail": walking.source_detail,
        "is_active": "on",
    }
    response = admin_client.post(admin_url(ExerciseType, "change", walking.pk), data)
    assert response.status_code == 200
    assert "An activity cannot be its own gentler alternative." in response.text
    walking.refresh_from_db()
    assert walking.lower_impact_alternative_id != walking.pk


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


def test_the_migration_rewords_a_shipped_re_check_note_nobody_changed(guidance):
    from django.apps import apps

    migration = importlib.import_module("tracker.migrations.0007_admin_wording")
    HomeSafetySettings.objects.update(
        recheck_interval_source_detail=migration.OLD_RECHECK_NOTE
    )
    migration.reword_recheck_note(apps, None)
    row = HomeSafetySettings.objects.get()
    assert row.recheck_interval_source_detail == migration.NEW_RECHECK_NOTE

    HomeSafetySettings.objects.update(recheck_interval_source_detail="an admin's")
    migration.reword_recheck_note(apps, None)
    assert HomeSafetySettings.objects.get().recheck_interval_source_detail == (
        "an admin's"
    )
