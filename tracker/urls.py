from django.urls import path, register_converter

from .converters import DateConverter, IsoWeekConverter
from .views import accounts, exercise, home_safety, pages

register_converter(DateConverter, "date")
register_converter(IsoWeekConverter, "isoweek")

app_name = "tracker"

urlpatterns = [
    path("", pages.home, name="home"),
    path("about/", pages.about, name="about"),
    path("about/foods/", pages.food_values, name="food_values"),
    path("about/home-safety/", pages.home_safety_guide, name="home_safety_guide"),
    path("tips/", pages.tip_list, name="tip_list"),
    path("tips/<slug:slug>/", pages.tip_detail, name="tip_detail"),
    path("exercise/", exercise.this_week, name="exercise"),
    path("exercise/<isoweek:week>/", exercise.week, name="exercise_week"),
    path("exercise/log/", exercise.log_session, name="exercise_log"),
    path(
        "exercise/sessions/<int:pk>/edit/",
        exercise.edit_session,
        name="exercise_edit",
    ),
    path(
        "exercise/sessions/<int:pk>/delete/",
        exercise.delete_session,
        name="exercise_delete",
    ),
    path(
        "exercise/sessions/<int:pk>/repeat/",
        exercise.repeat_session,
        name="exercise_repeat",
    ),
    path("exercise/library/", exercise.library, name="exercise_library"),
    path(
        "exercise/library/<slug:slug>/",
        exercise.library_type,
        name="exercise_type",
    ),
    path("exercise/avoid/", exercise.movements_to_avoid, name="exercise_avoid"),
    path("profile/", accounts.profile, name="profile"),
    path("profile/skip/", accounts.skip_profile, name="skip_profile"),
    path("account/delete/", accounts.delete_account, name="delete_account"),
    path("home-safety/", home_safety.overview, name="home_safety"),
    path("home-safety/self-check/", home_safety.self_check, name="self_check"),
    path(
        "home-safety/self-check/history/",
        home_safety.self_check_history,
        name="self_check_history",
    ),
    path(
        "home-safety/self-check/<int:pk>/",
        home_safety.self_check_result,
        name="self_check_result",
    ),
    path("home-safety/falls/", home_safety.fall_list, name="falls"),
    path("home-safety/falls/new/", home_safety.fall_new, name="fall_new"),
    path("home-safety/falls/<int:pk>/edit/", home_safety.fall_edit, name="fall_edit"),
    path(
        "home-safety/falls/<int:pk>/delete/",
        home_safety.fall_delete,
        name="fall_delete",
    ),
    path(
        "home-safety/items/<int:pk>/history/",
        home_safety.item_history,
        name="checklist_item_history",
    ),
    # Last: a room's slug must not be one of the words above (see RoomAdmin).
    path("home-safety/<slug:slug>/", home_safety.room, name="room"),
]
