"""Adding a medicine as prescribed: from the library or one not in it, with
errors by the field and nothing saved on bad input."""

from datetime import date

import pytest

from tests.helpers import sent_once
from tracker.models import Dose, Prescription

from .conftest import TODAY


def test_choosing_shows_every_library_medicine_and_one_not_listed(
    alice_client, guidance, assert_page
):
    assert_page(
        alice_client,
        "/medicines/add/",
        max_queries=3,
        shows=[
            "Which medicine were you prescribed?",
            "Alendronate",
            "Zoledronic acid",
            "A medicine not in this list",
        ],
    )


def test_the_form_offers_the_medicines_own_schedules(
    alice_client, guidance, assert_page
):
    assert_page(
        alice_client,
        "/medicines/add/risedronate/",
        max_queries=3,
        shows=[
            "Add Risedronate",
            "Every week",
            "Every month",
            "Every day",
            "First dose, or the day you start",
        ],
        hides=["Every 6 months"],
    )
    assert_page(
        alice_client,
        "/medicines/add/denosumab/",
        max_queries=3,
        shows=[
            "Date of your last injection (or of the first, if it is still to come)",
            "When it is urgent",
        ],
    )


def test_a_weekly_alendronate_is_added_and_due_on_its_weekday(
    alice_client, alice, guidance
):
    response = alice_client.post(
        "/medicines/add/alendronate/",
        sent_once(
            {
                "schedule": "weekly",
                "first_dose_on": "2026-11-16",
                "usual_time": "07:00",
                "remind_at": "09:00",
                "reminders": ["due"],
            }
        ),
    )
    prescription = Prescription.objects.get(user=alice)
    assert response.status_code == 302
    assert response["Location"] == f"/medicines/{prescription.pk}/"
    assert (prescription.interval_count, prescription.interval_unit) == (1, "week")
    assert prescription.remind_due and not prescription.remind_late
    page = alice_client.get(response["Location"]).content.decode()
    assert "Due every Monday, counted from your first dose." in page
    assert "Due today" in page


def test_denosumab_given_seven_months_ago_is_logged_and_urgent(
    alice_client, alice, guidance
):
    response = alice_client.post(
        "/medicines/add/denosumab/",
        sent_once(
            {
                "schedule": "every_6_months",
                "first_dose_on": "2026-04-23",
                "remind_at": "09:00",
            }
        ),
    )
    assert response.status_code == 302
    dose = Dose.objects.get(user=alice)
    assert (dose.day, dose.taken) == (date(2026, 4, 23), True)
    page = alice_client.get(response["Location"]).content.decode()
    assert "Urgent: 31 days late" in page
    assert "Due 6 months after your last dose at the clinic" in page


def test_a_first_clinic_dose_still_to_come_is_not_logged(alice_client, alice, guidance):
    alice_client.post(
        "/medicines/add/zoledronic-acid/",
        sent_once(
            {"schedule": "yearly", "first_dose_on": "2026-12-10", "remind_at": "09:00"}
        ),
    )
    prescription = Prescription.objects.get(user=alice)
    assert not Dose.objects.exists()
    page = alice_client.get(f"/medicines/{prescription.pk}/").content.decode()
    assert "Next: Thursday 10 December" in page


def test_a_medicine_not_in_the_library_has_its_own_name_route_and_interval(
    alice_client, alice, guidance
):
    response = alice_client.post(
        "/medicines/add/other/",
        sent_once(
            {
                "own_name": "Calcitriol",
                "own_route": "tablet",
                "interval_count": "2",
                "interval_unit": "week",
                "first_dose_on": "2026-11-18",
                "remind_at": "09:00",
            }
        ),
    )
    assert response.status_code == 302
    prescription = Prescription.objects.get(user=alice)
    assert (prescription.name, prescription.interval.words) == (
        "Calcitriol",
        "every 2 weeks",
    )
    page = alice_client.get(response["Location"]).content.decode()
    assert "Due every 2 weeks on Wednesday" in page


def test_a_double_tap_on_add_saves_once(alice_client, alice, guidance):
    """Even from two forms (two tokens): the same medicine and first dose
    within a minute."""
    data = {"schedule": "weekly", "first_dose_on": "2026-11-16", "remind_at": "09:00"}
    first = alice_client.post("/medicines/add/alendronate/", sent_once(data))
    second = alice_client.post("/medicines/add/alendronate/", sent_once(data))
    assert Prescription.objects.filter(user=alice).count() == 1
    assert first["Location"] == second["Location"]


@pytest.mark.parametrize(
    ("path", "data", "field", "message"),
    [
        (
            "/medicines/add/alendronate/",
            {"schedule": "every_6_months"},
            "schedule",
            "Choose one of the options shown.",
        ),
        (
            "/medicines/add/alendronate/",
            {"schedule": ""},
            "schedule",
            "Choose how often it is prescribed.",
        ),
        (
            "/medicines/add/alendronate/",
            {"schedule": "weekly", "first_dose_on": "2026-02-30"},
            "first_dose_on",
            "Enter a real date",
        ),
        (
            "/medicines/add/alendronate/",
            {"schedule": "weekly", "first_dose_on": "2040-01-01"},
            "first_dose_on",
            "more than 5 years ahead",
        ),
        (
            "/medicines/add/alendronate/",
            {"schedule": "weekly", "first_dose_on": "1899-12-31"},
            "first_dose_on",
            "too far in the past",
        ),
        (
            "/medicines/add/alendronate/",
            {"schedule": "weekly", "end_on": "2026-11-01"},
            "end_on",
            "The last day cannot be before the first dose",
        ),
        (
            "/medicines/add/alendronate/",
            {"schedule": "weekly", "reminders": ["sometimes"]},
            "reminders",
            "Choose one of the options shown.",
        ),
        (
            "/medicines/add/alendronate/",
            {"schedule": "weekly", "remind_at": "25:00"},
            "remind_at",
            "Enter a time like 09:00.",
        ),
        (
            "/medicines/add/other/",
            {
                "own_name": "X",
                "own_route": "tablet",
                "interval_count": "0",
                "interval_unit": "day",
            },
            "interval_count",
            "1 or more",
        ),
        (
            "/medicines/add/other/",
            {
                "own_name": "X",
                "own_route": "tablet",
                "interval_count": "61",
                "interval_unit": "month",
            },
            "interval_count",
            "more than 5 years apart",
        ),
        (
            "/medicines/add/other/",
            {
                "own_name": "X",
                "own_route": "tablet",
                "interval_count": "1",
                "interval_unit": "fortnight",
            },
            "interval_unit",
            "Choose one of the options shown.",
        ),
        (
            "/medicines/add/other/",
            {
                "own_name": "X",
                "own_route": "by owl",
                "interval_count": "1",
                "interval_unit": "day",
            },
            "own_route",
            "Choose one of the options shown.",
        ),
        (
            "/medicines/add/other/",
            {
                "own_name": "",
                "own_route": "tablet",
                "interval_count": "1",
                "interval_unit": "day",
            },
            "own_name",
            "Enter the medicine",
        ),
        (
            "/medicines/add/other/",
            {
                "own_name": "X" * 101,
                "own_route": "tablet",
                "interval_count": "1",
                "interval_unit": "day",
            },
            "own_name",
            "Keep the name to 100 characters or fewer.",
        ),
    ],
)
def test_bad_input_is_shown_by_the_field_and_saves_nothing(
    alice_client, guidance, path, data, field, message
):
    data = sent_once({"first_dose_on": "2026-11-16", "remind_at": "09:00", **data})
    response = alice_client.post(path, data)
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors
    assert message in " ".join(form.errors[field])
    assert "Please check the form" in response.content.decode()
    assert not Prescription.objects.exists()


def test_an_unknown_medicine_cannot_be_added(alice_client, guidance):
    assert alice_client.get("/medicines/add/aspirin/").status_code == 404
    assert (
        alice_client.post(
            "/medicines/add/aspirin/", sent_once({"schedule": "weekly"})
        ).status_code
        == 404
    )
    assert not Prescription.objects.exists()


def test_the_form_starts_on_today_for_a_home_medicine(alice_client, guidance):
    response = alice_client.get("/medicines/add/raloxifene/")
    assert f'value="{TODAY.isoformat()}"' in response.content.decode()


def test_a_clinic_medicine_not_in_the_library_counts_from_its_last_dose(
    alice_client, alice, guidance
):
    response = alice_client.post(
        "/medicines/add/other/",
        sent_once(
            {
                "own_name": "Ibandronate by drip",
                "own_route": "infusion",
                "interval_count": "6",
                "interval_unit": "month",
                "first_dose_on": "2026-09-24",  # 60 days ago: the last one given
                "remind_at": "09:00",
                "reminders": ["due"],
            }
        ),
        follow=True,
    )
    page = response.content.decode()
    assert "Next: Wednesday 24 March 2027" in page
    assert Dose.objects.get(user=alice).day == date(2026, 9, 24)


def test_a_clinic_medicine_not_in_the_library_has_no_reminder_before(
    alice_client, guidance
):
    response = alice_client.post(
        "/medicines/add/other/",
        sent_once(
            {
                "own_name": "Zoledronate",
                "own_route": "infusion",
                "interval_count": "1",
                "interval_unit": "month",
                "first_dose_on": "2026-11-01",
                "remind_at": "09:00",
                "reminders": ["before", "due"],
            }
        ),
    )
    assert "untick “Before it is due”" in " ".join(
        response.context["form"].errors["reminders"]
    )
    assert not Prescription.objects.exists()
