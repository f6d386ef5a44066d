"""/exercise/sessions/<pk>/repeat/: logging a session again, today."""

from datetime import date, timedelta

import time_machine

from tests.helpers import EXERCISE_THIS_WEEK, NOW, TODAY, log_session
from tracker.models import ExerciseSession, ExerciseType


def test_anonymous_repeat_is_sent_to_log_in_and_saves_nothing(client, alice, guidance):
    session = log_session(alice, "walking", TODAY)
    response = client.post(f"/exercise/sessions/{session.pk}/repeat/")
    assert response.url.startswith("/accounts/login/")
    assert ExerciseSession.objects.count() == 1


def test_repeat_logs_the_same_session_again_for_today(alice, alice_client, guidance):
    earlier = log_session(
        alice, "skipping", date(2026, 11, 20), 10, impacts=50, note="In the garden"
    )
    response = alice_client.post(f"/exercise/sessions/{earlier.pk}/repeat/")
    again = ExerciseSession.objects.exclude(pk=earlier.pk).get()
    assert response.url == f"{EXERCISE_THIS_WEEK}?logged={again.pk}"
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
    assert first.url == second.url == f"{EXERCISE_THIS_WEEK}?logged={again.pk}"
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
