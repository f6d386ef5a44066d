"""Logging a dose: one tap now, or a form for another day and time; a double tap
saves once; bad input is refused by the field."""

from datetime import date, timedelta

import pytest

from tests.helpers import add_medicine, log_dose, sent_once
from tracker.models import Dose

from .conftest import TODAY


@pytest.fixture
def tablet(alice, guidance):
    return add_medicine(alice, "alendronate", first_dose_on=date(2026, 9, 7))


def test_taken_now_logs_a_dose_and_shows_the_morning_routine(
    alice_client, alice, tablet
):
    response = alice_client.post(
        f"/medicines/{tablet.pk}/doses/new/", sent_once({"quick": "taken"})
    )
    dose = Dose.objects.get()
    assert response["Location"] == f"/medicines/{tablet.pk}/?logged={dose.pk}#logged"
    assert dose.day == TODAY and dose.taken
    page = alice_client.get(response["Location"]).content.decode()
    assert "Logged: Alendronate taken on Monday 23 November 2026 at 7:10." in page
    assert (
        "Calcium and breakfast from 7:40" in page
    )  # 30 minutes after 7:10 in New York
    assert "Next: Monday 30 November" in page
    assert "Undo: remove this dose" in page


def test_ibandronate_asks_for_an_hour(alice_client, alice, guidance):
    monthly = add_medicine(
        alice, "ibandronate-tablet", first_dose_on=date(2026, 11, 23)
    )
    response = alice_client.post(
        f"/medicines/{monthly.pk}/doses/new/", sent_once({"quick": "taken"})
    )
    assert (
        "Calcium and breakfast from 8:10"
        in alice_client.get(response["Location"]).content.decode()
    )


def test_a_double_tap_logs_once_and_says_so(alice_client, tablet):
    alice_client.post(
        f"/medicines/{tablet.pk}/doses/new/", sent_once({"quick": "taken"})
    )
    response = alice_client.post(
        f"/medicines/{tablet.pk}/doses/new/", sent_once({"quick": "taken"}), follow=True
    )
    assert Dose.objects.count() == 1
    assert "This was already logged a moment ago" in response.content.decode()


def test_skipped_settles_the_date_without_counting_as_taken(alice_client, tablet):
    response = alice_client.post(
        f"/medicines/{tablet.pk}/doses/new/",
        sent_once({"quick": "skipped"}),
        follow=True,
    )
    page = response.content.decode()
    assert not Dose.objects.get().taken
    assert "Logged: Alendronate skipped on Monday 23 November 2026." in page
    assert "Next: Monday 30 November" in page
    assert "Calcium and breakfast" not in page


def test_a_past_dose_is_backfilled_with_its_day_and_time(alice_client, alice, tablet):
    for day in ("2026-11-09", "2026-11-16"):
        response = alice_client.post(
            f"/medicines/{tablet.pk}/doses/new/",
            sent_once({"status": "taken", "day": day, "time": "06:45"}),
        )
        assert response.status_code == 302
    assert sorted(dose.day for dose in Dose.objects.all()) == [
        date(2026, 11, 9),
        date(2026, 11, 16),
    ]
    page = alice_client.get(f"/medicines/{tablet.pk}/").content.decode()
    assert "Taken: Monday 16 November 2026, 6:45" in page


def test_a_clinic_dose_is_given_on_a_date(alice_client, alice, guidance):
    injection = add_medicine(
        alice,
        "denosumab",
        first_dose_on=date(2026, 4, 23),
        last_given_on=date(2026, 4, 23),
    )
    page = alice_client.get(f"/medicines/{injection.pk}/doses/new/").content.decode()
    assert "Given at the clinic" in page
    response = alice_client.post(
        f"/medicines/{injection.pk}/doses/new/",
        sent_once({"status": "taken", "day": "2026-11-20"}),
        follow=True,
    )
    page = response.content.decode()
    assert "Logged: Denosumab given on Friday 20 November 2026." in page
    assert "Next: Thursday 20 May 2027" in page  # 6 months from the day it was given


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"status": "taken", "day": "2026-11-24"}, "day", "That date is in the future"),
        (
            {"status": "taken", "day": "2026-11-23", "time": "09:00"},
            "time",
            "That time has not come yet",
        ),
        (
            {"status": "taken", "day": "2026-09-06"},
            "day",
            "before this medicine's first dose (Monday 7 September 2026)",
        ),
        (
            {"status": "maybe", "day": "2026-11-20"},
            "status",
            "Choose one of the options shown.",
        ),
        ({"status": "taken", "day": "2026-13-01"}, "day", "Enter a real date"),
        (
            {"status": "taken", "day": "2026-11-20", "time": "7pm"},
            "time",
            "Enter a time like 07:30.",
        ),
        (
            {"status": "taken", "day": "2026-11-20", "note": "x" * 201},
            "note",
            "200 characters or fewer",
        ),
    ],
)
def test_bad_dose_input_is_shown_by_the_field_and_saves_nothing(
    alice_client, tablet, data, field, message
):
    response = alice_client.post(f"/medicines/{tablet.pk}/doses/new/", sent_once(data))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not Dose.objects.exists()


def test_another_users_medicine_and_doses_are_not_found(alice_client, bob, guidance):
    bobs = add_medicine(bob, "alendronate", first_dose_on=date(2026, 9, 7))
    bobs_dose = log_dose(bob, bobs, TODAY - timedelta(days=7))
    for path in (
        f"/medicines/{bobs.pk}/",
        f"/medicines/{bobs.pk}/edit/",
        f"/medicines/{bobs.pk}/stop/",
        f"/medicines/{bobs.pk}/delete/",
        f"/medicines/{bobs.pk}/doses/new/",
        f"/medicines/doses/{bobs_dose.pk}/edit/",
        f"/medicines/doses/{bobs_dose.pk}/delete/",
    ):
        assert alice_client.get(path).status_code == 404, path
        assert (
            alice_client.post(path, {"quick": "taken", "action": "pause"}).status_code
            == 404
        ), path
    for path in (f"/medicines/{bobs.pk}/pause/", f"/medicines/{bobs.pk}/restart/"):
        assert alice_client.post(path, {"action": "pause"}).status_code == 404, path
    assert Dose.objects.count() == 1
    assert not bobs.pauses.exists()


def test_a_dose_is_changed_and_deleted_after_asking(alice_client, alice, tablet):
    dose = log_dose(alice, tablet, date(2026, 11, 16))
    response = alice_client.post(
        f"/medicines/doses/{dose.pk}/edit/",
        {"status": "skipped", "day": "2026-11-17", "time": "08:00"},
    )
    assert response.status_code == 302
    dose.refresh_from_db()
    assert (dose.taken, dose.day) == (False, date(2026, 11, 17))
    page = alice_client.get(f"/medicines/doses/{dose.pk}/delete/").content.decode()
    assert (
        "Delete this dose?" in page
        and "Alendronate skipped on Tuesday 17 November 2026" in page
    )
    assert Dose.objects.exists()
    alice_client.post(f"/medicines/doses/{dose.pk}/delete/")
    assert not Dose.objects.exists()


def test_one_tap_is_refused_before_a_dose_counts_and_when_stopped(
    alice_client, alice, guidance
):
    from tracker.services import medicines as services

    later = add_medicine(alice, "alendronate", first_dose_on=date(2026, 12, 7))
    response = alice_client.post(
        f"/medicines/{later.pk}/doses/new/", sent_once({"quick": "taken"}), follow=True
    )
    assert (
        "Nothing was logged: the next dose of Alendronate is due on Monday 7 December 2026."
        in response.content.decode()
    )
    services.stop_prescription(
        alice, prescription=later, stopped_on=TODAY, stop_reason="other"
    )
    response = alice_client.post(
        f"/medicines/{later.pk}/doses/new/",
        sent_once({"quick": "skipped"}),
        follow=True,
    )
    assert "Nothing was logged: Alendronate is stopped." in response.content.decode()
    assert not Dose.objects.exists()


def test_a_dose_backfilled_for_an_earlier_day_asks_for_no_wait_now(
    alice_client, tablet
):
    response = alice_client.post(
        f"/medicines/{tablet.pk}/doses/new/",
        sent_once({"status": "taken", "day": "2026-11-16"}),
        follow=True,
    )
    page = response.content.decode()
    assert "Logged: Alendronate taken on Monday 16 November 2026" in page
    assert "Calcium and breakfast from" not in page
