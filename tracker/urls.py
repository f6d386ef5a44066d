from django.urls import path, register_converter

from .converters import DateConverter, IsoWeekConverter
from .views import accounts, exercise, pages

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
]
