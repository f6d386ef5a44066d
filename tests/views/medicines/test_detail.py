"""One medicine's page: status, course, adherence, and changing, pausing,
stopping or deleting it."""

from datetime import date, timedelta

import pytest

from tests.helpers import add_medicine, log_dose, sent_once
from tracker.models import Dose, Prescription, PrescriptionPause
from tracker.services import medicines as services

from .conftest import TODAY


@pytest.mark.parametrize("doses", [1, 100])
def test_the_page_runs_a_fixed_number_of_queries(
    alice_client, alice, guidance, assert_page, doses
):
    daily = add_medicine(alice, "raloxifene", first_dose_on=TODAY - timedelta(days=120))
    for number in range(doses):
        log_dose(alice, daily, TODAY - timedelta(days=number + 1))
    shows = ["Raloxifene", "Due today", f"You took {doses} of 120 daily doses since"]
    # The first visit also reads the medicine library, which is then cached.
    assert_page(alice_client, f"/medicines/{daily.pk}/", max_queries=7, shows=shows)
    # session, user with profile, the prescriptions, their doses with pauses,
    # the page of doses and their count
    assert_page(alice_client, f"/medicines/{daily.pk}/", max_queries=6, shows=shows)


def test_a_pth_course_is_counted_across_a_switch(alice_client, alice, guidance):
    teriparatide = add_medicine(
        alice, "teriparatide", first_dose_on=date(2026, 1, 1), earlier_doses=100
    )
    for number in range(30):
        log_dose(alice, teriparatide, date(2026, 1, 1) + timedelta(days=number))
    services.stop_prescription(
        alice,
        prescription=teriparatide,
        stopped_on=date(2026, 1, 31),
        stop_reason="switched",
    )
    abaloparatide = add_medicine(alice, "abaloparatide", first_dose_on=date(2026, 2, 1))
    for number in range(83):
        log_dose(alice, abaloparatide, date(2026, 2, 1) + timedelta(days=number))
    page = alice_client.get(f"/medicines/{abaloparatide.pk}/").content.decode()
    assert "Dose 213 of 730 (about 17 months left)" in page


def test_near_the_course_limit_the_page_suggests_asking_what_comes_next(
    alice_client, alice, guidance
):
    course = add_medicine(
        alice,
        "romosozumab",
        first_dose_on=date(2026, 3, 1),
        last_given_on=date(2026, 3, 1),
    )
    for month in range(4, 12):
        log_dose(alice, course, date(2026, month, 1))
    page = alice_client.get(f"/medicines/{course.pk}/").content.decode()
    assert "Injection 9 of 12" in page
    assert "Ask your clinician what comes next" in page


def test_a_six_monthly_medicine_lists_each_dose_on_time_or_late(
    alice_client, alice, guidance
):
    injection = add_medicine(
        alice,
        "denosumab",
        first_dose_on=date(2025, 5, 1),
        last_given_on=date(2025, 5, 1),
    )
    log_dose(alice, injection, date(2025, 11, 1))
    log_dose(alice, injection, date(2026, 5, 20))
    page = alice_client.get(f"/medicines/{injection.pk}/").content.decode()
    assert "20 May 2026: 19 days late (due 1 May)" in page
    assert "1 November 2025: on time" in page
    assert "3 days late" in page  # due on 20 November, 6 months after 20 May


def test_pausing_and_taking_up_again(alice_client, alice, guidance):
    tablet = add_medicine(alice, "alendronate", first_dose_on=date(2026, 9, 7))
    response = alice_client.post(
        f"/medicines/{tablet.pk}/pause/", sent_once({"action": "pause"}), follow=True
    )
    page = response.content.decode()
    assert (
        "is paused from today" in page and "Paused" in page and "Take up again" in page
    )
    assert "Taken now" not in page
    alice_client.post(f"/medicines/{tablet.pk}/pause/", sent_once({"action": "pause"}))
    assert PrescriptionPause.objects.count() == 1  # a second tap changes nothing
    alice_client.post(f"/medicines/{tablet.pk}/pause/", sent_once({"action": "resume"}))
    assert not PrescriptionPause.objects.exists()  # paused and resumed the same day
    page = alice_client.get(f"/medicines/{tablet.pk}/pause/").content.decode()
    assert "Pause Alendronate?" in page and "Yes, pause it" in page
    assert not PrescriptionPause.objects.exists()  # asking changes nothing


def test_pausing_denosumab_says_first_what_a_pause_hides(alice_client, alice, guidance):
    injection = add_medicine(
        alice,
        "denosumab",
        first_dose_on=date(2026, 6, 1),
        last_given_on=date(2026, 6, 1),
    )
    page = alice_client.get(f"/medicines/{injection.pk}/pause/").content.decode()
    assert "a late dose is not shown while Denosumab is paused" in page
    assert "Do not stop or put off denosumab without a plan" in page


def test_stopping_a_paused_medicine_ends_its_pause(alice_client, alice, guidance):
    tablet = add_medicine(alice, "alendronate", first_dose_on=date(2026, 9, 7))
    services.pause_prescription(alice, prescription=tablet, today=TODAY)
    services.stop_prescription(
        alice,
        prescription=tablet,
        stopped_on=TODAY - timedelta(days=1),
        stop_reason="other",
    )
    services.restart_prescription(alice, prescription=tablet)
    page = alice_client.get(f"/medicines/{tablet.pk}/").content.decode()
    assert "Paused" not in page and "Take up again" not in page


def test_stopping_denosumab_asks_about_a_follow_on_and_says_why(
    alice_client, alice, guidance
):
    injection = add_medicine(
        alice,
        "denosumab",
        first_dose_on=date(2026, 6, 1),
        last_given_on=date(2026, 6, 1),
    )
    page = alice_client.get(f"/medicines/{injection.pk}/stop/").content.decode()
    assert "Is a follow-on treatment planned?" in page
    assert "Do not stop or put off denosumab without a plan" in page
    response = alice_client.post(
        f"/medicines/{injection.pk}/stop/",
        {"stopped_on": "2026-11-23", "stop_reason": "side_effects"},
    )
    assert response.status_code == 200
    assert (
        "Please answer: is a follow-on treatment planned?" in response.content.decode()
    )
    assert not Prescription.objects.get().is_stopped
    response = alice_client.post(
        f"/medicines/{injection.pk}/stop/",
        {
            "stopped_on": "2026-11-23",
            "stop_reason": "side_effects",
            "follow_on": "not_sure",
        },
        follow=True,
    )
    page = response.content.decode()
    assert "Denosumab is stopped on Monday 23 November 2026" in page
    assert "Please talk to your clinician about it soon." in page
    assert Dose.objects.count() == 1  # its history stays


def test_a_stopped_medicine_can_be_taken_up_again(alice_client, alice, guidance):
    tablet = add_medicine(alice, "alendronate", first_dose_on=date(2026, 9, 7))
    services.stop_prescription(
        alice, prescription=tablet, stopped_on=TODAY, stop_reason="other"
    )
    alice_client.post(f"/medicines/{tablet.pk}/restart/")
    tablet.refresh_from_db()
    assert not tablet.is_stopped


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"stopped_on": "2026-11-24", "stop_reason": "other"},
            "That date is in the future",
        ),
        ({"stopped_on": "2026-09-01", "stop_reason": "other"}, "before the first dose"),
        (
            {"stopped_on": "2026-11-23", "stop_reason": "bored"},
            "Choose one of the options shown.",
        ),
    ],
)
def test_a_bad_stop_is_refused_by_the_field(
    alice_client, alice, guidance, data, message
):
    tablet = add_medicine(alice, "alendronate", first_dose_on=date(2026, 9, 7))
    response = alice_client.post(f"/medicines/{tablet.pk}/stop/", data)
    assert message in response.content.decode()
    assert not Prescription.objects.get().is_stopped


def test_changing_the_schedule_and_a_first_dose_after_logged_doses(
    alice_client, alice, guidance
):
    tablet = add_medicine(alice, "risedronate", first_dose_on=date(2026, 9, 7))
    log_dose(alice, tablet, date(2026, 9, 14))
    response = alice_client.post(
        f"/medicines/{tablet.pk}/edit/",
        {"schedule": "monthly", "first_dose_on": "2026-10-01", "remind_at": "09:00"},
    )
    assert (
        "A dose is logged on Monday 14 September 2026, before this date"
        in response.content.decode()
    )
    response = alice_client.post(
        f"/medicines/{tablet.pk}/edit/",
        {
            "schedule": "monthly",
            "first_dose_on": "2026-09-07",
            "remind_at": "08:00",
            "reminders": ["due", "late"],
        },
    )
    assert response.status_code == 302
    tablet.refresh_from_db()
    assert tablet.interval.words == "every month"
    assert tablet.reminder_stages == {"due", "late"}


def test_deleting_asks_first_then_removes_its_doses(alice_client, alice, guidance):
    tablet = add_medicine(alice, "alendronate", first_dose_on=date(2026, 9, 7))
    log_dose(alice, tablet, date(2026, 9, 14))
    page = alice_client.get(f"/medicines/{tablet.pk}/delete/").content.decode()
    assert "Delete Alendronate?" in page and "stop it instead" in page
    response = alice_client.post(f"/medicines/{tablet.pk}/delete/", follow=True)
    assert "Alendronate and its doses are deleted." in response.content.decode()
    assert not Prescription.objects.exists() and not Dose.objects.exists()
