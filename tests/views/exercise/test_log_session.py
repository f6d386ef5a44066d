"""/exercise/log/: logging a session."""

from datetime import UTC, date, datetime

import pytest
import time_machine

from tests.helpers import (
    EXERCISE_THIS_WEEK,
    TODAY,
    exercise_type,
    session_post,
    spine_fracture,
    user_in,
    week_with,
)
from tracker.models import ExerciseSession, ExerciseType


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
    assert response.redirect_chain == [
        (f"{EXERCISE_THIS_WEEK}?logged={session.pk}", 302)
    ]
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
