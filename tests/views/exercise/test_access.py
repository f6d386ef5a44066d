"""Who may open the exercise pages, and whose sessions they show."""

import pytest

from tests.helpers import EXERCISE_THIS_WEEK, TODAY, log_session, session_post
from tracker.models import ExerciseSession


@pytest.mark.parametrize(
    "path",
    [
        "/exercise/",
        EXERCISE_THIS_WEEK,
        "/exercise/log/",
        "/exercise/sessions/1/edit/",
        "/exercise/sessions/1/delete/",
    ],
)
def test_anonymous_visitors_are_sent_to_log_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")


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
