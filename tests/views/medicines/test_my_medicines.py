"""Your medicines: each one's status in words, one tap to log a dose, and a
fixed number of queries whatever the history."""

from datetime import date, timedelta

import pytest

from tests.helpers import add_medicine, log_dose

from .conftest import TODAY


def test_visitors_are_sent_to_log_in(client, db):
    for path in ("/medicines/", "/medicines/add/", "/medicines/calendar/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_a_new_user_is_told_what_the_page_is_for(alice_client, guidance, assert_page):
    assert_page(
        alice_client,
        "/medicines/",
        max_queries=5,
        shows=["No medicines yet", "Add a medicine", "follow your prescriber"],
    )


def test_a_weekly_tablet_shows_its_next_monday_and_one_tap_buttons(
    alice_client, alice, guidance, assert_page
):
    tablet = add_medicine(alice, "alendronate", first_dose_on=date(2026, 9, 7))
    log_dose(alice, tablet, TODAY - timedelta(weeks=1))
    assert_page(
        alice_client,
        "/medicines/",
        max_queries=5,
        shows=[
            "Alendronate",
            "Every week. Due every Monday, counted from your first dose.",
            "Due today",
            "Last taken: Monday 16 November 2026",
            "Taken now",
            "Skipped",
        ],
    )


def test_denosumab_seven_months_after_the_last_injection_is_urgent(
    alice_client, alice, guidance, assert_page
):
    add_medicine(
        alice,
        "denosumab",
        first_dose_on=date(2026, 4, 23),
        last_given_on=date(2026, 4, 23),
    )
    assert_page(
        alice_client,
        "/medicines/",
        max_queries=5,
        shows=[
            "Urgent: 31 days late",
            "Contact your clinician now",
            "Why this matters",
            "Given at the clinic on",
        ],
        hides=["Taken now"],
    )


@pytest.mark.parametrize("doses", [1, 100])
def test_the_query_count_does_not_grow_with_doses(
    alice_client, alice, guidance, assert_page, doses
):
    daily = add_medicine(alice, "raloxifene", first_dose_on=TODAY - timedelta(days=150))
    add_medicine(
        alice,
        "denosumab",
        first_dose_on=date(2026, 9, 1),
        last_given_on=date(2026, 9, 1),
    )
    for number in range(doses):
        log_dose(alice, daily, TODAY - timedelta(days=number + 1))
    shows = ["Raloxifene", "Due today", "Denosumab", "Next: Monday 1 March 2027"]
    # The first visit also reads the medicine library, which is then cached.
    assert_page(alice_client, "/medicines/", max_queries=5, shows=shows)
    # session, user with profile, prescriptions, doses with pauses
    assert_page(alice_client, "/medicines/", max_queries=4, shows=shows)


def test_stopped_medicines_are_listed_apart_with_their_reason(
    alice_client, alice, guidance, assert_page
):
    from tracker.services import medicines as services

    tablet = add_medicine(alice, "alendronate", first_dose_on=date(2026, 1, 5))
    services.stop_prescription(
        alice, prescription=tablet, stopped_on=TODAY, stop_reason="clinician"
    )
    assert_page(
        alice_client,
        "/medicines/",
        max_queries=5,
        shows=["Stopped", "stopped on 23 November 2026 (my clinician decided)"],
        hides=["Taken now"],
    )


def test_other_users_medicines_are_not_listed(alice_client, bob, guidance, assert_page):
    add_medicine(bob, "romosozumab", first_dose_on=date(2026, 11, 1))
    assert_page(
        alice_client,
        "/medicines/",
        max_queries=5,
        shows=["No medicines yet"],
        hides=["Romosozumab"],
    )
