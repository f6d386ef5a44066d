from django.urls import path, register_converter

from .converters import DateConverter, IsoWeekConverter
from .views import (
    about,
    accounts,
    bones,
    digest,
    exercise,
    home_safety,
    intake,
    medicines,
    my_data,
    report,
    summary,
)

register_converter(DateConverter, "date")
register_converter(IsoWeekConverter, "isoweek")

app_name = "tracker"

urlpatterns = [
    path("", summary.dashboard, name="summary_dashboard"),
    path("weeks/", summary.weeks_index, name="summary_weeks"),
    path("weeks/<isoweek:week>/", summary.week, name="summary_week"),
    path("trends/", summary.trends, name="summary_trends"),
    path(
        "emails/unsubscribe/<str:token>/", digest.unsubscribe, name="digest_unsubscribe"
    ),
    path("about/", about.about, name="about"),
    path("about/foods/", about.food_values, name="about_foods"),
    path("about/home-safety/", about.home_safety_guide, name="about_home_safety"),
    path("tips/", about.tip_list, name="about_tips"),
    path("tips/<slug:slug>/", about.tip_detail, name="about_tip"),
    path("exercise/", exercise.this_week, name="exercise_this_week"),
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
    path("profile/", accounts.profile, name="account_profile"),
    path("profile/skip/", accounts.skip_profile, name="account_skip_profile"),
    path("profile/display/", accounts.display, name="account_display"),
    path("account/delete/", accounts.delete_account, name="account_delete"),
    path("account/data/", my_data.overview, name="account_data"),
    path("account/data/download/", my_data.download, name="account_data_download"),
    path("account/data/import/", my_data.import_upload, name="account_data_import"),
    path(
        "account/data/import/preview/",
        my_data.import_preview,
        name="account_data_preview",
    ),
    path(
        "account/data/import/cancel/",
        my_data.import_cancel,
        name="account_data_cancel",
    ),
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
    path(
        "intake/supplements/",
        intake.supplement_choices,
        name="intake_supplement_choices",
    ),
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
    path("home-safety/", home_safety.overview, name="home_safety"),
    path(
        "home-safety/self-check/", home_safety.self_check, name="home_safety_self_check"
    ),
    path(
        "home-safety/self-check/history/",
        home_safety.self_check_history,
        name="home_safety_self_check_history",
    ),
    path(
        "home-safety/self-check/<int:pk>/",
        home_safety.self_check_result,
        name="home_safety_self_check_result",
    ),
    path("home-safety/falls/", home_safety.fall_list, name="home_safety_falls"),
    path("home-safety/falls/new/", home_safety.fall_new, name="home_safety_fall_new"),
    path(
        "home-safety/falls/<int:pk>/edit/",
        home_safety.fall_edit,
        name="home_safety_fall_edit",
    ),
    path(
        "home-safety/falls/<int:pk>/delete/",
        home_safety.fall_delete,
        name="home_safety_fall_delete",
    ),
    path(
        "home-safety/items/<int:pk>/history/",
        home_safety.item_history,
        name="home_safety_item_history",
    ),
    path("about/medicines/", medicines.library, name="medicines_library"),
    path(
        "about/medicines/<slug:slug>/",
        medicines.library_medicine,
        name="medicines_library_entry",
    ),
    path("medicines/", medicines.my_medicines, name="medicines"),
    path("medicines/add/", medicines.add_choose, name="medicines_add"),
    # Before the library's slugs: "other" is not a medicine.
    path("medicines/add/other/", medicines.add, name="medicines_add_own"),
    path(
        "medicines/add/<slug:slug>/",
        medicines.add,
        name="medicines_add_from_library",
    ),
    path("medicines/<int:pk>/", medicines.detail, name="medicines_detail"),
    path("medicines/<int:pk>/edit/", medicines.edit, name="medicines_edit"),
    path("medicines/<int:pk>/pause/", medicines.pause, name="medicines_pause"),
    path("medicines/<int:pk>/stop/", medicines.stop, name="medicines_stop"),
    path("medicines/<int:pk>/restart/", medicines.restart, name="medicines_restart"),
    path("medicines/<int:pk>/delete/", medicines.delete, name="medicines_delete"),
    path(
        "medicines/<int:pk>/doses/new/",
        medicines.log_dose,
        name="medicines_log_dose",
    ),
    path(
        "medicines/doses/<int:pk>/edit/",
        medicines.dose_edit,
        name="medicines_dose_edit",
    ),
    path(
        "medicines/doses/<int:pk>/delete/",
        medicines.dose_delete,
        name="medicines_dose_delete",
    ),
    path("medicines/calendar/", medicines.calendar, name="medicines_calendar"),
    path(
        "medicines/calendar/<str:token>.ics",
        medicines.calendar_feed,
        name="medicines_calendar_feed",
    ),
    path(
        "medicines/reminders/stop/<str:token>/",
        medicines.reminders_unsubscribe,
        name="medicines_unsubscribe",
    ),
    path("bones/scans/", bones.scans, name="bones_scans"),
    path("bones/scans/new/", bones.scan_new, name="bones_scan_new"),
    path("bones/scans/<int:pk>/edit/", bones.scan_edit, name="bones_scan_edit"),
    path("bones/scans/<int:pk>/delete/", bones.scan_delete, name="bones_scan_delete"),
    path("bones/height/", bones.height, name="bones_height"),
    path("bones/height/settings/", bones.height_settings, name="bones_height_settings"),
    path(
        "bones/height/<int:pk>/delete/", bones.height_delete, name="bones_height_delete"
    ),
    path("bones/fractures/", bones.fractures, name="bones_fractures"),
    path("bones/fractures/new/", bones.fracture_new, name="bones_fracture_new"),
    path(
        "bones/fractures/<int:pk>/edit/",
        bones.fracture_edit,
        name="bones_fracture_edit",
    ),
    path(
        "bones/fractures/<int:pk>/delete/",
        bones.fracture_delete,
        name="bones_fracture_delete",
    ),
    path(
        "bones/fractures/spine-setting/",
        bones.spine_setting,
        name="bones_spine_setting",
    ),
    path("bones/frax/", bones.frax, name="bones_frax"),
    path("bones/frax/<int:pk>/delete/", bones.frax_delete, name="bones_frax_delete"),
    path("report/", report.choose, name="report"),
    path("report/print/", report.print_view, name="report_print"),
    path("report/pdf/", report.pdf, name="report_pdf"),
    # Last: a room's slug must not be one of the words above (see RoomAdmin).
    path("home-safety/<slug:slug>/", home_safety.room, name="home_safety_room"),
    path(
        "home-safety/<slug:slug>/items/<int:pk>/answer/",
        home_safety.answer,
        name="home_safety_answer",
    ),
]
