"""/exercise/sessions/<pk>/edit/: changing a session."""

from datetime import date

import pytest

from tests.helpers import exercise_type, log_session, session_post, week_with
from tracker.models import ExerciseSession, ExerciseType


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
