"""/intake/<week>/: the diary's week."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.helpers import SKIM, TODAY, catalogue_food, log_intake, log_many
from tracker.models import IntakeEstimate


def test_the_week_shows_each_day_and_the_average_of_logged_days(
    alice_client, alice, guidance
):
    monday = date(2026, 11, 23)
    for _ in range(4):
        log_intake(alice, catalogue_food(SKIM), monday)  # 1,196 mg
    log_intake(alice, catalogue_food(SKIM), monday + timedelta(days=1))  # 299 mg
    IntakeEstimate.objects.create(
        user=alice,
        day=TODAY,
        calcium_mg=Decimal(1152),
        vitamin_d_iu=Decimal(247),
    )
    page = alice_client.get("/intake/2026-W48/").content.decode()
    assert "The average of the 3 days you logged." in page
    assert "882 of 1,200 mg (318 mg to go)" in page  # (1,196 + 299 + 1,152) / 3
    assert '1,152 mg <span class="badge text-bg-info">Estimate</span>' in page
    # the average counts the estimated day, and says so
    assert "Calcium, average a day (includes an estimate)" in page
    assert "Vitamin D, average a day (includes an estimate)" in page
    assert "One of these days is a quick estimate" in page
    assert page.count("Nothing logged") == 0
    assert page.count("Still to come") == 4
    assert 'rel="next"' not in page


def test_a_past_week_links_forward_and_to_this_week(alice_client, guidance):
    page = alice_client.get("/intake/2026-W40/").content.decode()
    assert 'href="/intake/2026-W41/" rel="next"' in page
    assert 'href="/intake/2026-W48/">This week' in page
    assert "Nothing logged this week yet." in page
    assert "includes an estimate" not in page


@pytest.mark.parametrize(
    "path",
    [
        "/intake/2026-W60/",
        "/intake/2025-W53/",
        "/intake/1850-W02/",
        "/intake/1899-W52/",
        "/intake/9999-W52/",  # its Sunday would be in the year 10000
        "/intake/2026-W49/",  # next week: not started yet
        "/intake/2027-W01/",
    ],
)
def test_impossible_ancient_and_future_weeks_are_not_found(alice_client, path):
    assert alice_client.get(path).status_code == 404


def test_the_first_week_has_no_link_to_the_week_before(alice_client, guidance):
    response = alice_client.get("/intake/1900-W01/")
    assert response.status_code == 200
    assert 'rel="prev"' not in response.content.decode()


def test_the_week_query_count_does_not_grow_with_entries(
    alice_client, alice, guidance, assert_page
):
    # 1 session, 2 user with profile, 3 entries summed by day and kind with the
    # estimates joined on, 4 targets.
    log_intake(alice, catalogue_food(SKIM), TODAY)
    assert_page(
        alice_client,
        "/intake/2026-W48/",
        max_queries=4,
        shows=["Week of Monday 23 November 2026", "299 of 1,200 mg (901 mg to go)"],
    )
    log_many(alice, 29)
    assert_page(
        alice_client,
        "/intake/2026-W48/",
        max_queries=4,
        shows=["Week of Monday 23 November 2026", "The average of the 3 days"],
    )
