from django.urls import path, register_converter

from .converters import DateConverter, IsoWeekConverter
from .views import accounts, intake, pages

register_converter(DateConverter, "date")
register_converter(IsoWeekConverter, "isoweek")

app_name = "tracker"

urlpatterns = [
    path("", pages.home, name="home"),
    path("about/", pages.about, name="about"),
    path("about/foods/", pages.food_values, name="food_values"),
    path("about/exercise/", pages.exercise_guide, name="exercise_guide"),
    path("about/home-safety/", pages.home_safety_guide, name="home_safety_guide"),
    path("tips/", pages.tip_list, name="tip_list"),
    path("tips/<slug:slug>/", pages.tip_detail, name="tip_detail"),
    path("profile/", accounts.profile, name="profile"),
    path("profile/skip/", accounts.skip_profile, name="skip_profile"),
    path("account/delete/", accounts.delete_account, name="delete_account"),
    path("intake/", intake.today, name="intake_today"),
    path("intake/<date:day>/", intake.day, name="intake_day"),
    path("intake/<date:day>/add/", intake.add, name="intake_add"),
    path(
        "intake/<date:day>/copy-previous/",
        intake.copy_previous,
        name="intake_copy_previous",
    ),
    path("intake/<date:day>/estimate/", intake.estimate, name="intake_estimate"),
    path(
        "intake/<date:day>/estimate/delete/",
        intake.estimate_delete,
        name="intake_estimate_delete",
    ),
    path("intake/<isoweek:week>/", intake.week, name="intake_week"),
    path("intake/foods/search/", intake.search, name="intake_search"),
    path("intake/favourites/", intake.favourite, name="intake_favourite"),
    path("intake/entries/<int:pk>/edit/", intake.entry_edit, name="intake_entry_edit"),
    path(
        "intake/entries/<int:pk>/delete/",
        intake.entry_delete,
        name="intake_entry_delete",
    ),
    path("intake/my-foods/", intake.own_foods, name="intake_own_foods"),
    path("intake/my-foods/add/", intake.own_food_add, name="intake_own_food_add"),
    path(
        "intake/my-foods/<int:pk>/edit/",
        intake.own_food_edit,
        name="intake_own_food_edit",
    ),
    path(
        "intake/my-foods/<int:pk>/delete/",
        intake.own_food_delete,
        name="intake_own_food_delete",
    ),
    path(
        "intake/my-supplements/", intake.own_supplements, name="intake_own_supplements"
    ),
    path(
        "intake/my-supplements/add/",
        intake.own_supplement_add,
        name="intake_own_supplement_add",
    ),
    path(
        "intake/my-supplements/<int:pk>/edit/",
        intake.own_supplement_edit,
        name="intake_own_supplement_edit",
    ),
    path(
        "intake/my-supplements/<int:pk>/delete/",
        intake.own_supplement_delete,
        name="intake_own_supplement_delete",
    ),
]
