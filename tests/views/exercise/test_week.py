"""/exercise/<week>/: a week's sessions and progress toward each goal."""

from datetime import UTC, date, datetime

import pytest
import time_machine

from tests.helpers import (
    EXERCISE_THIS_WEEK,
    TODAY,
    log_session,
    spine_fracture,
    user_in,
    week_with,
)
from tracker.models import ExerciseSession, ExerciseType


def test_the_week_shows_progress_toward_each_goal_with_its_source(
    alice, alice_client, guidance
):
    log_session(alice, "brisk-walking", date(2026, 11, 23), 30)
    log_session(alice, "dancing", date(2026, 11, 24), 45)
    log_session(alice, "skipping", date(2026, 11, 24), 10, impacts=50)
    log_session(
        alice, "squats", date(2026, 11, 25), 15, sets=2, reps=10, effort="moderate"
    )
    log_session(alice, "chin-tuck", date(2026, 11, 25), 5)
    page = alice_client.get(EXERCISE_THIS_WEEK).text
    assert "Exercise this week" in page
    assert "85 of 150 minutes (65 minutes to go)" in page
    assert "1 of 4 days (3 days to go)" in page
    assert "1 of 2 sessions (1 session to go)" in page  # strength, and balance
    assert "45 of 120 minutes (75 minutes to go)" in page
    assert "1 of 7 days (6 days to go)" in page
    assert "Days with gentle weight-bearing activity" not in page
    # Each goal's full citation sits in one fold under the goals, which names
    # the sources briefly, each once.
    assert page.count("Source:") == 6
    assert "<summary>About these goals. Sources: Osteoporosis Canada" in page
    assert "15 minutes, 2 sets, 10 repetitions each, moderate effort" in page
    assert "10 minutes, 50 impacts" in page
    assert "You were active on 3 days this week." in page


def test_the_week_shows_empty_days_gently(alice_client, guidance):
    page = alice_client.get(EXERCISE_THIS_WEEK).text
    assert "Nothing logged yet this week." in page
    assert page.count("Nothing logged.") == 3  # Monday to Wednesday
    assert page.count("Still to come.") == 4  # Thursday to Sunday
    assert 'href="/exercise/log/?day=2026-11-23"' in page
    for word in ("failed", "missed", "behind"):
        assert word not in page.lower()


def test_the_week_hides_other_users_sessions(alice_client, bob, guidance):
    log_session(bob, "hiking", TODAY, 90, note="Bob's secret hike")
    page = alice_client.get(EXERCISE_THIS_WEEK).text
    assert "secret hike" not in page
    assert "0 of 150 minutes" in page


def test_this_week_has_a_previous_link_and_no_next_link(alice_client, guidance):
    page = alice_client.get(EXERCISE_THIS_WEEK).text
    assert 'href="/exercise/2026-W47/"' in page
    assert 'href="/exercise/2026-W49/"' not in page


def test_a_past_week_links_to_the_next_and_to_this_week(alice, alice_client, guidance):
    log_session(alice, "tai-chi", date(2026, 11, 17), 20)
    page = alice_client.get("/exercise/2026-W47/").text
    assert "Exercise, week of 16 November 2026" in page
    assert "20 of 120 minutes" in page
    assert 'href="/exercise/2026-W48/"' in page
    assert 'href="/exercise/2026-W46/"' in page
    assert 'href="/exercise/log/?day=2026-11-22"' in page  # log into that week


@pytest.mark.parametrize(
    "week",
    [
        "2026-W49",
        "2027-W01",
        "2026-W60",
        "2025-W53",
        "9999-W52",
        "1899-W52",  # before the earliest day any page shows
        "0001-W01",
    ],
)
def test_future_impossible_and_ancient_weeks_are_not_found(
    alice_client, guidance, week
):
    assert alice_client.get(f"/exercise/{week}/").status_code == 404


def test_the_first_week_shown_has_no_previous_link(alice_client, guidance):
    response = alice_client.get("/exercise/1900-W01/")
    assert response.status_code == 200
    assert "Exercise, week of 1 January 1900" in response.text
    assert 'href="/exercise/1900-W02/"' in response.text
    assert "Previous week" not in response.text


def test_after_a_spine_fracture_the_week_uses_the_gentle_goal_and_cautions(
    alice, alice_client, guidance
):
    spine_fracture(alice)
    log_session(alice, "skipping", TODAY, 10)
    log_session(alice, "walking", TODAY, 20)
    page = alice_client.get(EXERCISE_THIS_WEEK).text
    assert "Days with gentle weight-bearing activity" in page
    assert "Days with moderate-impact activity" not in page
    assert "1 of 7 days (6 days to go)" in page
    assert "seeing a physiotherapist" in page
    assert page.count("suggests lower-impact choices such as") == 1  # skipping only


def test_after_a_spine_fracture_low_jumps_are_not_gentle_activity(
    alice, alice_client, guidance
):
    spine_fracture(alice)
    log_session(alice, "skipping", TODAY, 10)  # moderate impact
    page = alice_client.get(EXERCISE_THIS_WEEK).text
    assert "0 of 7 days (7 days to go)" in page


def test_repeat_buttons_offer_recent_different_sessions(alice, alice_client, guidance):
    log_session(alice, "walking", date(2026, 11, 10), 20)
    log_session(alice, "tai-chi", date(2026, 11, 20), 15)
    log_session(alice, "tai-chi", date(2026, 11, 21), 15)
    walk = log_session(alice, "brisk-walking", date(2026, 11, 24), 30)
    page = alice_client.get(EXERCISE_THIS_WEEK).text
    assert "Repeat Brisk walking, 30 min, today" in page
    assert "Repeat Tai chi, 15 min, today" in page
    assert "Repeat Walking, 20 min, today" in page
    assert page.index("Repeat Brisk walking") < page.index("Repeat Tai chi")
    assert f'action="/exercise/sessions/{walk.pk}/repeat/"' in page
    assert "Repeat" not in alice_client.get("/exercise/2026-W47/").text


def test_a_retired_activity_still_shows_in_old_weeks(alice, alice_client, guidance):
    log_session(alice, "hiking", date(2026, 11, 17), 90)
    ExerciseType.objects.filter(slug="hiking").update(is_active=False)
    page = alice_client.get("/exercise/2026-W47/").text
    assert "<strong>Hiking</strong>, 90 minutes" in page
    assert "90 of 150 minutes" in page


def test_another_users_session_id_in_the_undo_link_shows_nothing(
    alice_client, bob, guidance
):
    session = log_session(bob, "walking", TODAY)
    page = alice_client.get(f"{EXERCISE_THIS_WEEK}?logged={session.pk}").text
    assert "Exercise this week" in page
    assert "Undo" not in page
    page = alice_client.get(f"{EXERCISE_THIS_WEEK}?logged=junk").text
    assert "Exercise this week" in page
    assert page.count("Undo") == 0


def test_the_daylight_saving_week_adds_up_every_day(client, guidance):
    user = user_in("Europe/London")
    client.force_login(user)
    for day in range(23, 30):  # Monday 23 to Sunday 29 March 2026
        log_session(user, "chin-tuck", date(2026, 3, day), 5)
    with time_machine.travel(datetime(2026, 3, 29, 22, 30, tzinfo=UTC), tick=False):
        page = client.get("/exercise/2026-W13/").text
    assert "7 days (goal 7): target met" in page


def session_lines(user):
    """How the week page lists the first and the last of ``user``'s sessions."""
    sessions = ExerciseSession.objects.filter(user=user).order_by("pk")
    return [
        f"<strong>{session.exercise_type.name}</strong>, {session.minutes} minutes"
        for session in (sessions.first(), sessions.last())
    ]


@pytest.mark.parametrize("count", [1, 30])
def test_the_week_runs_a_fixed_number_of_queries(
    alice, alice_client, guidance, assert_page, count
):
    week_with(alice, count)
    last = ExerciseSession.objects.filter(user=alice).latest("pk")
    # 1 session, 2 user with profile, 3 the week's sessions with their types and
    # gentler alternatives, 4 the types' categories, 5 weekly targets with their
    # categories and sources, 6 recent sessions for the repeat buttons.
    assert_page(
        alice_client,
        EXERCISE_THIS_WEEK,
        max_queries=6,
        shows=[
            "Exercise this week",
            *session_lines(alice),
            f"Repeat {last.exercise_type.name}, {last.minutes} min, today",
        ],
    )


@pytest.mark.parametrize("count", [1, 30])
def test_the_week_after_a_spine_fracture_runs_a_fixed_number_of_queries(
    alice, alice_client, guidance, assert_page, count
):
    spine_fracture(alice)
    week_with(alice, count)
    # As above, plus 7 the physiotherapy source.
    assert_page(
        alice_client,
        EXERCISE_THIS_WEEK,
        max_queries=7,
        shows=[
            "Days with gentle weight-bearing activity",
            "seeing a physiotherapist",
            *session_lines(alice),
        ],
    )
