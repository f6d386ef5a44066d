"""The exercise library, the session log and the week's progress."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model

from tests.conftest import make_user
from tests.helpers import (
    NOW,
    TODAY,
    exercise_type,
    log_session,
    session_post,
    spine_fracture,
    week_with,
)
from tracker.models import (
    ExerciseSession,
    ExerciseType,
    MovementToAvoid,
    WeeklyExerciseTarget,
)

THIS_WEEK = "/exercise/2026-W48/"


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(NOW, tick=False):
        yield


# The library and the movements to avoid: public pages.


def test_the_library_lists_every_active_activity_with_what_it_is_for(client, guidance):
    response = client.get("/exercise/library/")
    assert response.status_code == 200
    page = response.text
    assert f"All activities ({ExerciseType.objects.count()})" in page
    assert "Dancing" in page
    assert "Weight-bearing and impact; Balance." in page  # dancing counts toward both
    assert "How to do it safely:" in page
    assert "Cautions:" in page
    assert "Gentler choice:" in page
    assert "Source:" in page
    assert "150 minutes a week" in page  # the weekly goals, with their sources


def test_the_library_can_show_one_category(client, guidance):
    response = client.get("/exercise/library/?category=balance")
    page = response.text
    assert "Activities for balance" in page
    assert "Tai chi" in page
    assert "Dancing" in page
    assert "Squats" not in page
    assert 'aria-current="page">Balance</a>' in page


def test_an_unknown_category_is_not_found(client, guidance):
    assert client.get("/exercise/library/?category=nonsense").status_code == 404


def test_a_retired_activity_leaves_the_library(client, guidance):
    ExerciseType.objects.filter(slug="hiking").update(is_active=False)
    page = client.get("/exercise/library/").text
    assert f"All activities ({ExerciseType.objects.count() - 1})" in page
    assert ">Walking<" in page
    assert ">Hiking<" not in page
    assert client.get("/exercise/library/hiking/").status_code == 404


def test_each_activity_has_its_own_page(client, guidance):
    response = client.get("/exercise/library/skipping/")
    page = response.text
    assert "<h1" in page and "Skipping</h1>" in page
    assert "Moderate impact." in page
    assert 'href="/exercise/library/marching/">Marching</a>' in page
    assert client.get("/exercise/library/no-such-thing/").status_code == 404


def test_signed_in_users_can_log_an_activity_from_the_library(alice_client, guidance):
    page = alice_client.get("/exercise/library/skipping/").text
    assert 'href="/exercise/log/?type=skipping"' in page


def test_after_a_spine_fracture_the_library_suggests_gentler_choices(
    alice, alice_client, guidance
):
    spine_fracture(alice)
    page = alice_client.get("/exercise/library/skipping/").text
    assert "After a spine fracture, the guidance suggests lower-impact choices" in page
    assert 'such as <a href="/exercise/library/marching/">marching</a>' in page
    assert "a physiotherapist can help you plan" in page
    # Lower-impact activities carry no such note.
    page = alice_client.get("/exercise/library/marching/").text
    assert "suggests lower-impact choices such as" not in page


def test_without_a_spine_fracture_no_gentler_choice_is_pressed(alice_client, guidance):
    page = alice_client.get("/exercise/library/skipping/").text
    assert "Skipping</h1>" in page
    assert 'href="/exercise/log/?type=skipping"' in page
    assert "suggests lower-impact choices such as" not in page


def test_the_library_runs_a_fixed_number_of_queries(client, guidance, assert_page):
    # 1 categories, 2 their targets (with sources), 3 types (with source and
    # gentler alternative), 4 their categories, 5 the physiotherapy source.
    assert_page(
        client,
        "/exercise/library/",
        max_queries=5,
        shows=[
            f"All activities ({ExerciseType.objects.count()})",
            "Weight-bearing and impact; Balance.",  # dancing, with its categories
            "150 minutes a week",
        ],
    )


def test_the_movements_to_avoid_page_lists_safer_ways(client, guidance):
    page = client.get("/exercise/avoid/").text
    assert "Movements to avoid or change with spinal osteoporosis" in page
    assert "sit-ups, crunches, toe touches" in page
    assert "Safer way:" in page
    assert "Too Fit To Fracture" in page


def test_the_movements_to_avoid_page_runs_a_fixed_number_of_queries(
    client, guidance, assert_page
):
    movements = MovementToAvoid.objects.order_by("order")
    # 1 movements with sources, 2 the physiotherapy source.
    assert_page(
        client,
        "/exercise/avoid/",
        max_queries=2,
        shows=[movements.first().movement, movements.last().movement, "Safer way:"],
    )


def test_the_old_exercise_guide_address_is_gone(client, guidance):
    assert client.get("/about/exercise/").status_code == 404


# Signed-in pages.


@pytest.mark.parametrize(
    "path",
    [
        "/exercise/",
        THIS_WEEK,
        "/exercise/log/",
        "/exercise/sessions/1/edit/",
        "/exercise/sessions/1/delete/",
    ],
)
def test_anonymous_visitors_are_sent_to_log_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")


def test_anonymous_repeat_is_sent_to_log_in_and_saves_nothing(client, alice, guidance):
    session = log_session(alice, "walking", TODAY)
    response = client.post(f"/exercise/sessions/{session.pk}/repeat/")
    assert response.url.startswith("/accounts/login/")
    assert ExerciseSession.objects.count() == 1


def test_exercise_opens_this_week_in_the_users_own_time_zone(alice_client):
    response = alice_client.get("/exercise/")
    assert response.status_code == 302
    assert response.url == THIS_WEEK


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
    page = alice_client.get(THIS_WEEK).text
    assert "Exercise this week" in page
    assert "85 of 150 minutes (65 minutes to go)" in page
    assert "1 of 4 days (3 days to go)" in page
    assert "1 of 2 sessions (1 session to go)" in page  # strength, and balance
    assert "45 of 120 minutes (75 minutes to go)" in page
    assert "1 of 7 days (6 days to go)" in page
    assert "Days with gentle weight-bearing activity" not in page
    assert page.count("Source:") == 6
    assert "15 minutes, 2 sets, 10 repetitions each, moderate effort" in page
    assert "10 minutes, 50 impacts" in page
    assert "You were active on 3 days this week." in page


def test_the_week_shows_empty_days_gently(alice_client, guidance):
    page = alice_client.get(THIS_WEEK).text
    assert "Nothing logged yet this week." in page
    assert page.count("Nothing logged.") == 3  # Monday to Wednesday
    assert page.count("Still to come.") == 4  # Thursday to Sunday
    assert 'href="/exercise/log/?day=2026-11-23"' in page
    for word in ("failed", "missed", "behind"):
        assert word not in page.lower()


def test_the_week_hides_other_users_sessions(alice_client, bob, guidance):
    log_session(bob, "hiking", TODAY, 90, note="Bob's secret hike")
    page = alice_client.get(THIS_WEEK).text
    assert "secret hike" not in page
    assert "0 of 150 minutes" in page


def test_this_week_has_a_previous_link_and_no_next_link(alice_client, guidance):
    page = alice_client.get(THIS_WEEK).text
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
    page = alice_client.get(THIS_WEEK).text
    assert "Days with gentle weight-bearing activity" in page
    assert "Days with moderate-impact activity" not in page
    assert "1 of 7 days (6 days to go)" in page
    assert "seeing a physiotherapist" in page
    assert page.count("suggests lower-impact choices such as") == 1  # skipping only


def test_repeat_buttons_offer_recent_different_sessions(alice, alice_client, guidance):
    log_session(alice, "walking", date(2026, 11, 10), 20)
    log_session(alice, "tai-chi", date(2026, 11, 20), 15)
    log_session(alice, "tai-chi", date(2026, 11, 21), 15)
    walk = log_session(alice, "brisk-walking", date(2026, 11, 24), 30)
    page = alice_client.get(THIS_WEEK).text
    assert "Repeat Brisk walking, 30 min, today" in page
    assert "Repeat Tai chi, 15 min, today" in page
    assert "Repeat Walking, 20 min, today" in page
    assert page.index("Repeat Brisk walking") < page.index("Repeat Tai chi")
    assert f'action="/exercise/sessions/{walk.pk}/repeat/"' in page
    assert "Repeat" not in alice_client.get("/exercise/2026-W47/").text


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
        THIS_WEEK,
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
        THIS_WEEK,
        max_queries=7,
        shows=[
            "Days with gentle weight-bearing activity",
            "seeing a physiotherapist",
            *session_lines(alice),
        ],
    )


# Logging a session.


def test_the_log_form_starts_on_today(alice_client, guidance):
    response = alice_client.get("/exercise/log/")
    assert response.status_code == 200
    assert response.context["form"]["day"].value() == TODAY
    assert 'max="2026-11-25"' in response.text


def test_the_log_form_takes_a_day_and_an_activity_from_the_address(
    alice_client, guidance
):
    response = alice_client.get("/exercise/log/?day=2026-11-20&type=tai-chi")
    form = response.context["form"]
    assert form["day"].value() == date(2026, 11, 20)
    assert form["exercise_type"].value() == exercise_type("tai-chi").pk


@pytest.mark.parametrize(
    "query",
    [
        "?day=2026-11-26",
        "?day=2026-02-30",
        "?day=junk",
        "?day=0001-01-01",
        "?type=nope",
        "?type=",
    ],
)
def test_the_log_form_ignores_a_bad_or_future_prefill(alice_client, guidance, query):
    response = alice_client.get("/exercise/log/" + query)
    assert response.status_code == 200
    assert response.context["form"]["day"].value() == TODAY
    assert response.context["form"]["exercise_type"].value() is None


def test_a_retired_activity_cannot_be_prefilled(alice_client, guidance):
    ExerciseType.objects.filter(slug="hiking").update(is_active=False)
    response = alice_client.get("/exercise/log/?type=hiking")
    assert response.context["form"]["exercise_type"].value() is None
    assert ">Hiking<" not in response.text


def test_logging_a_session_saves_it_for_the_user_and_shows_the_week(
    alice, alice_client, guidance
):
    data = session_post(
        exercise_type=exercise_type("squats").pk,
        day="2026-11-24",
        minutes="20",
        sets="2",
        reps="10",
        effort="hard",
        note="With the green band",
    )
    response = alice_client.post("/exercise/log/", data, follow=True)
    session = ExerciseSession.objects.get()
    assert session.user == alice
    assert (session.day, session.minutes, session.sets, session.reps) == (
        date(2026, 11, 24),
        20,
        2,
        10,
    )
    assert (session.effort, session.note) == ("hard", "With the green band")
    assert response.redirect_chain == [(f"{THIS_WEEK}?logged={session.pk}", 302)]
    page = response.text
    assert "Saved: Squats, 20 minutes, Tuesday 24 November." in page
    assert "1 of 2 sessions (1 session to go)" in page
    assert f'action="/exercise/sessions/{session.pk}/delete/"' in page  # Undo
    assert "Undo" in page


def test_logging_into_a_past_week_shows_that_week(alice_client, guidance):
    response = alice_client.post("/exercise/log/", session_post(day="2026-11-01"))
    assert response.url.startswith("/exercise/2026-W44/?logged=")


BAD_INPUT = [
    ({"minutes": "0"}, "minutes", "Enter the minutes as a number from 1 to 600."),
    ({"minutes": "601"}, "minutes", "Enter the minutes as a number from 1 to 600."),
    ({"minutes": ""}, "minutes", "Enter the minutes as a number from 1 to 600."),
    ({"minutes": "half"}, "minutes", "Enter the minutes as a number from 1 to 600."),
    ({"minutes": "99999999999999999999"}, "minutes", "from 1 to 600"),
    ({"sets": "-1"}, "sets", "Enter the sets as a whole number from 0 to 100"),
    ({"reps": "-3"}, "reps", "Enter the repetitions as a whole number from 0"),
    ({"impacts": "10001"}, "impacts", "Enter the impacts as a whole number from 0"),
    ({"impacts": "40000"}, "impacts", "Enter the impacts as a whole number from 0"),
    ({"day": "2026-11-26"}, "day", "That date is in the future. Today is Wednesday"),
    ({"day": "1899-12-31"}, "day", "That date is too far in the past."),
    ({"day": "0001-01-01"}, "day", "That date is too far in the past."),
    ({"day": "2026-02-30"}, "day", "Enter a real date, for example 2026-11-25."),
    ({"day": ""}, "day", "Enter the date you exercised."),
    ({"exercise_type": ""}, "exercise_type", "Choose the activity you did."),
    ({"exercise_type": "999999"}, "exercise_type", "That activity is not in"),
    ({"exercise_type": "junk"}, "exercise_type", "That activity is not in"),
    ({"effort": "extreme"}, "effort", "Choose one of the options shown."),
    ({"note": "x" * 501}, "note", "Keep the note to 500 characters or fewer."),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_INPUT)
def test_bad_input_is_explained_by_the_field_and_nothing_is_saved(
    alice_client, guidance, changes, field, message
):
    response = alice_client.post("/exercise/log/", session_post(**changes))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    page = response.text
    assert f'id="error_1_id_{field}"' in page  # crispy puts it under the field
    assert "Please check the form" in page
    assert ExerciseSession.objects.count() == 0


def test_an_impossible_date_is_not_echoed_into_the_date_box(alice_client, guidance):
    response = alice_client.post("/exercise/log/", session_post(day="2026-02-30"))
    page = response.text
    assert "Enter a real date" in page
    assert "2026-02-30" not in page  # invalid in a type=date input


def test_the_date_box_offers_the_first_day_to_today(alice_client, guidance):
    page = alice_client.get("/exercise/log/").text
    assert 'min="1900-01-01"' in page
    assert 'max="2026-11-25"' in page


def test_a_retired_activity_cannot_be_logged(alice_client, guidance):
    hiking = exercise_type("hiking")
    hiking.is_active = False
    hiking.save()
    response = alice_client.post(
        "/exercise/log/", session_post(exercise_type=hiking.pk)
    )
    assert "That activity is not in" in response.text
    assert ExerciseSession.objects.count() == 0


def test_a_tampered_post_with_another_user_field_is_ignored(
    alice, alice_client, bob, guidance
):
    alice_client.post("/exercise/log/", session_post(user=bob.pk))
    assert ExerciseSession.objects.get().user == alice


def test_after_a_spine_fracture_the_form_informs_but_still_logs_high_impact(
    alice, alice_client, guidance
):
    spine_fracture(alice)
    page = alice_client.get("/exercise/log/?type=skipping").text
    assert "Skipping (moderate impact)" in page
    assert "suggests lower-impact choices such as" in page
    assert "js/exercise_log.js" in page
    skipping = exercise_type("skipping")
    response = alice_client.post(
        "/exercise/log/", session_post(exercise_type=skipping.pk)
    )
    assert response.status_code == 302
    assert ExerciseSession.objects.get().exercise_type == skipping


def test_without_a_spine_fracture_the_form_has_no_impact_notes(alice_client, guidance):
    page = alice_client.get("/exercise/log/?type=skipping").text
    skipping = exercise_type("skipping")
    assert f'<option value="{skipping.pk}" selected>Skipping</option>' in page
    assert "(moderate impact)" not in page
    assert "suggests lower-impact choices" not in page
    assert "js/exercise_log.js" not in page


@pytest.mark.parametrize("count", [1, 30])
def test_the_log_form_runs_a_fixed_number_of_queries(
    alice, alice_client, guidance, assert_page, count
):
    spine_fracture(alice)
    week_with(alice, count)
    # 1 session, 2 user with profile, 3 the prefilled type, 4 the activities for
    # the select, 5 the activities with gentler choices.
    assert_page(
        alice_client,
        "/exercise/log/?type=skipping",
        max_queries=5,
        shows=[
            f'<option value="{exercise_type("skipping").pk}" selected>'
            "Skipping (moderate impact)</option>",
            "suggests lower-impact choices such as",
        ],
    )


# Logging at the edges of the day, far from UTC and across daylight saving.


def user_in(zone):
    user = make_user("traveller", time_zone=zone)
    return user


@pytest.mark.parametrize(
    ("zone", "instant", "local_day", "week"),
    [
        # 23:30 on Sunday 29 November in Auckland (NZDT, UTC+13) is 10:30 UTC.
        (
            "Pacific/Auckland",
            datetime(2026, 11, 29, 10, 30, tzinfo=UTC),
            date(2026, 11, 29),
            "2026-W48",
        ),
        # 00:30 on Monday 30 November in Auckland: UTC is still on Sunday.
        (
            "Pacific/Auckland",
            datetime(2026, 11, 29, 11, 30, tzinfo=UTC),
            date(2026, 11, 30),
            "2026-W49",
        ),
        # 23:30 on Sunday 29 November in Honolulu (UTC-10): UTC is on Monday.
        (
            "Pacific/Honolulu",
            datetime(2026, 11, 30, 9, 30, tzinfo=UTC),
            date(2026, 11, 29),
            "2026-W48",
        ),
        # Europe/London: 23:30 BST on Sunday 29 March 2026, the day clocks went
        # forward, is 22:30 UTC; 00:30 BST on Monday is 23:30 UTC on Sunday.
        (
            "Europe/London",
            datetime(2026, 3, 29, 22, 30, tzinfo=UTC),
            date(2026, 3, 29),
            "2026-W13",
        ),
        (
            "Europe/London",
            datetime(2026, 3, 29, 23, 30, tzinfo=UTC),
            date(2026, 3, 30),
            "2026-W14",
        ),
        # 00:30 GMT on Monday 26 October 2026, the day after clocks went back.
        (
            "Europe/London",
            datetime(2026, 10, 26, 0, 30, tzinfo=UTC),
            date(2026, 10, 26),
            "2026-W44",
        ),
    ],
)
def test_a_session_lands_on_the_users_local_day_and_week(
    client, guidance, zone, instant, local_day, week
):
    user = user_in(zone)
    client.force_login(user)
    with time_machine.travel(instant, tick=False):
        assert client.get("/exercise/").url == f"/exercise/{week}/"
        form = client.get("/exercise/log/").context["form"]
        assert form["day"].value() == local_day
        response = client.post(
            "/exercise/log/", session_post(day=local_day.isoformat(), minutes="25")
        )
        assert response.url.startswith(f"/exercise/{week}/?logged=")
        page = client.get(f"/exercise/{week}/").text
    assert ExerciseSession.objects.get().day == local_day
    assert "25 of 150 minutes" in page
    assert f"{local_day:%A} {local_day.day} {local_day:%B} (today)" in page


def test_in_auckland_tomorrow_in_utc_terms_is_not_the_future(client, guidance):
    # 00:30 on Monday 30 November in Auckland: "today" there is a day ahead of UTC.
    client.force_login(user_in("Pacific/Auckland"))
    with time_machine.travel(datetime(2026, 11, 29, 11, 30, tzinfo=UTC), tick=False):
        response = client.post("/exercise/log/", session_post(day="2026-11-30"))
        assert response.status_code == 302
        response = client.post("/exercise/log/", session_post(day="2026-12-01"))
        assert "That date is in the future." in response.text
    assert ExerciseSession.objects.count() == 1


def test_the_daylight_saving_week_adds_up_every_day(client, guidance):
    user = user_in("Europe/London")
    client.force_login(user)
    for day in range(23, 30):  # Monday 23 to Sunday 29 March 2026
        log_session(user, "chin-tuck", date(2026, 3, day), 5)
    with time_machine.travel(datetime(2026, 3, 29, 22, 30, tzinfo=UTC), tick=False):
        page = client.get("/exercise/2026-W13/").text
    assert "7 of 7 days: target met" in page


# Changing, deleting and repeating a session.


def test_the_owner_can_change_a_session(alice, alice_client, guidance):
    session = log_session(alice, "walking", date(2026, 11, 24), 20)
    response = alice_client.get(f"/exercise/sessions/{session.pk}/edit/")
    assert response.context["form"]["minutes"].value() == 20
    assert 'href="/exercise/2026-W48/"' in response.text
    response = alice_client.post(
        f"/exercise/sessions/{session.pk}/edit/",
        session_post(exercise_type=session.exercise_type_id, day="2026-11-16"),
        follow=True,
    )
    session.refresh_from_db()
    assert (session.day, session.minutes) == (date(2026, 11, 16), 30)
    assert response.redirect_chain == [("/exercise/2026-W47/", 302)]
    assert "Changes saved: Walking, 30 minutes, Monday 16 November." in response.text


def test_bad_changes_are_explained_and_nothing_changes(alice, alice_client, guidance):
    session = log_session(alice, "walking", date(2026, 11, 24), 20)
    response = alice_client.post(
        f"/exercise/sessions/{session.pk}/edit/",
        session_post(minutes="0", day="2026-11-20"),
    )
    assert "Enter the minutes as a number from 1 to 600." in response.text
    # The links still lead back to the session's own week.
    assert 'href="/exercise/2026-W48/"' in response.text
    session.refresh_from_db()
    assert (session.day, session.minutes) == (date(2026, 11, 24), 20)


def test_a_session_of_a_retired_activity_keeps_it_when_changed(
    alice, alice_client, guidance
):
    session = log_session(alice, "hiking", date(2026, 11, 24), 90)
    ExerciseType.objects.filter(slug__in=["hiking", "walking"]).update(is_active=False)
    response = alice_client.post(
        f"/exercise/sessions/{session.pk}/edit/",
        session_post(exercise_type=session.exercise_type_id, minutes="80"),
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.minutes == 80
    # But it cannot be switched to another retired activity.
    response = alice_client.post(
        f"/exercise/sessions/{session.pk}/edit/",
        session_post(exercise_type=exercise_type("walking").pk),
    )
    assert "That activity is not in" in response.text
    session.refresh_from_db()
    assert session.exercise_type.slug == "hiking"


def test_a_retired_activity_still_shows_in_old_weeks(alice, alice_client, guidance):
    log_session(alice, "hiking", date(2026, 11, 17), 90)
    ExerciseType.objects.filter(slug="hiking").update(is_active=False)
    page = alice_client.get("/exercise/2026-W47/").text
    assert "<strong>Hiking</strong>, 90 minutes" in page
    assert "90 of 150 minutes" in page


@pytest.mark.parametrize("count", [1, 30])
def test_the_change_and_delete_pages_run_a_fixed_number_of_queries(
    alice, alice_client, guidance, assert_page, count
):
    week_with(alice, count)
    session = ExerciseSession.objects.filter(user=alice).last()
    # 1 session, 2 user with profile, 3 the exercise session, 4 the activities for
    # the select.
    assert_page(
        alice_client,
        f"/exercise/sessions/{session.pk}/edit/",
        max_queries=4,
        shows=[
            f'name="minutes" value="{session.minutes}"',
            f'<option value="{session.exercise_type_id}" selected>',
        ],
    )
    # 1 session, 2 user with profile, 3 the exercise session with its activity.
    assert_page(
        alice_client,
        f"/exercise/sessions/{session.pk}/delete/",
        max_queries=3,
        shows=[
            "Delete this session?",
            f"{session.exercise_type.name}, {session.minutes} minutes, "
            f"{session.day:%A} {session.day.day} November",
        ],
    )


def test_deleting_asks_first_then_deletes(alice, alice_client, guidance):
    session = log_session(
        alice, "walking", date(2026, 11, 24), 20, note="Round the park"
    )
    response = alice_client.get(f"/exercise/sessions/{session.pk}/delete/")
    page = response.text
    assert "Delete this session?" in page
    assert "Walking, 20 minutes, Tuesday 24 November" in page
    assert "Round the park" in page
    assert ExerciseSession.objects.filter(pk=session.pk).exists()
    response = alice_client.post(
        f"/exercise/sessions/{session.pk}/delete/", follow=True
    )
    assert response.redirect_chain == [(THIS_WEEK, 302)]
    assert "Deleted: Walking, 20 minutes, Tuesday 24 November." in response.text
    assert not ExerciseSession.objects.exists()


def test_repeat_logs_the_same_session_again_for_today(alice, alice_client, guidance):
    earlier = log_session(
        alice, "skipping", date(2026, 11, 20), 10, impacts=50, note="In the garden"
    )
    response = alice_client.post(f"/exercise/sessions/{earlier.pk}/repeat/")
    again = ExerciseSession.objects.exclude(pk=earlier.pk).get()
    assert response.url == f"{THIS_WEEK}?logged={again.pk}"
    assert (again.user, again.exercise_type, again.day) == (
        alice,
        earlier.exercise_type,
        TODAY,
    )
    assert (again.minutes, again.impacts, again.note) == (10, 50, "")


def test_a_double_tap_on_repeat_logs_the_session_once(alice, alice_client, guidance):
    earlier = log_session(alice, "brisk-walking", date(2026, 11, 20), 30)
    url = f"/exercise/sessions/{earlier.pk}/repeat/"
    first = alice_client.post(url)
    second = alice_client.post(url)
    again = ExerciseSession.objects.exclude(pk=earlier.pk).get()
    assert first.url == second.url == f"{THIS_WEEK}?logged={again.pk}"
    page = alice_client.get(second.url).text
    assert "Saved: Brisk walking, 30 minutes, Wednesday 25 November." in page
    assert (
        "This was already saved a moment ago: Brisk walking, 30 minutes, Wednesday "
        "25 November. It counts once."
    ) in page
    assert "Undo" in page


def test_repeating_again_after_a_minute_is_another_session(
    alice, alice_client, guidance
):
    earlier = log_session(alice, "brisk-walking", date(2026, 11, 20), 30)
    url = f"/exercise/sessions/{earlier.pk}/repeat/"
    alice_client.post(url)
    with time_machine.travel(NOW + timedelta(seconds=61), tick=False):
        alice_client.post(url)
    assert ExerciseSession.objects.filter(user=alice, day=TODAY).count() == 2


def test_repeat_is_a_post_only(alice, alice_client, guidance):
    session = log_session(alice, "walking", TODAY)
    response = alice_client.get(f"/exercise/sessions/{session.pk}/repeat/")
    assert response.status_code == 405
    assert ExerciseSession.objects.count() == 1


def test_a_retired_activity_cannot_be_repeated(alice, alice_client, guidance):
    session = log_session(alice, "hiking", TODAY)
    ExerciseType.objects.filter(slug="hiking").update(is_active=False)
    response = alice_client.post(f"/exercise/sessions/{session.pk}/repeat/")
    assert response.status_code == 404
    assert ExerciseSession.objects.count() == 1


@pytest.mark.parametrize("action", ["edit", "delete", "repeat"])
def test_another_users_session_is_not_found_and_untouched(
    alice_client, bob, guidance, action
):
    session = log_session(bob, "walking", TODAY, minutes=20)
    path = f"/exercise/sessions/{session.pk}/{action}/"
    if action != "repeat":
        assert alice_client.get(path).status_code == 404
    assert alice_client.post(path, session_post(minutes="45")).status_code == 404
    session.refresh_from_db()
    assert session.minutes == 20
    assert ExerciseSession.objects.count() == 1


@pytest.mark.parametrize("pk", ["999999", "99999999999999999999999"])
def test_a_missing_or_absurd_session_id_is_not_found(alice_client, guidance, pk):
    assert alice_client.get(f"/exercise/sessions/{pk}/edit/").status_code == 404
    assert alice_client.post(f"/exercise/sessions/{pk}/delete/").status_code == 404


def test_another_users_session_id_in_the_undo_link_shows_nothing(
    alice_client, bob, guidance
):
    session = log_session(bob, "walking", TODAY)
    page = alice_client.get(f"{THIS_WEEK}?logged={session.pk}").text
    assert "Exercise this week" in page
    assert "Undo" not in page
    page = alice_client.get(f"{THIS_WEEK}?logged=junk").text
    assert "Exercise this week" in page
    assert page.count("Undo") == 0


# The admin edits the library and the targets; users see it at once.


def test_an_admin_edit_of_a_target_shows_at_once_on_the_week(
    admin_client, alice, client, guidance
):
    target = WeeklyExerciseTarget.objects.get(label="Strength sessions")
    data = {
        "label": "Strength sessions",
        "category": target.category_id,
        "measure": target.measure,
        "amount": "3",
        "min_impact": "",
        "audience": target.audience,
        "note": "Now three, as the UK guidance allows.",
        "order": target.order,
        "source": target.source_id,
        "source_detail": target.source_detail,
    }
    response = admin_client.post(
        f"/admin/tracker/weeklyexercisetarget/{target.pk}/change/", data
    )
    assert response.status_code == 302
    client.force_login(alice)
    page = client.get(THIS_WEEK).text
    assert "0 of 3 sessions (3 sessions to go)" in page
    assert "Now three, as the UK guidance allows." in page


def test_an_admin_cannot_set_a_target_of_zero(admin_client, guidance):
    target = WeeklyExerciseTarget.objects.get(label="Strength sessions")
    response = admin_client.post(
        f"/admin/tracker/weeklyexercisetarget/{target.pk}/change/",
        {"label": target.label, "amount": "0"},
    )
    assert response.status_code == 200
    target.refresh_from_db()
    assert target.amount == 2


def test_an_admin_edit_of_an_activity_shows_at_once_in_the_library(
    admin_client, client, guidance
):
    walking = exercise_type("walking")
    data = {
        "name": "Walking",
        "slug": "walking",
        "categories": [c.pk for c in walking.categories.all()],
        "impact": "1",
        "description": "A walk in the fresh air, at your own pace.",
        "how_to": walking.how_to,
        "cautions": "",
        "lower_impact_alternative": "",
        "source": walking.source_id,
        "source_detail": walking.source_detail,
        "is_active": "on",
    }
    response = admin_client.post(
        f"/admin/tracker/exercisetype/{walking.pk}/change/", data
    )
    assert response.status_code == 302
    page = client.get("/exercise/library/walking/").text
    assert "A walk in the fresh air, at your own pace." in page


def test_sessions_are_private_and_not_in_the_admin(admin_client, alice, guidance):
    log_session(alice, "walking", TODAY)
    assert admin_client.get("/admin/tracker/exercisesession/").status_code == 404


def test_deleting_an_account_deletes_its_sessions(alice, guidance):
    log_session(alice, "walking", TODAY)
    get_user_model().objects.filter(pk=alice.pk).delete()
    assert not ExerciseSession.objects.exists()
