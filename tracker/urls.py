from django.urls import path, register_converter

from .converters import DateConverter, IsoWeekConverter
from .views import accounts, pages

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
]
