"""/exercise/sessions/<pk>/delete/: deleting a session."""

from datetime import date

from tests.helpers import EXERCISE_THIS_WEEK, log_session
from tracker.models import ExerciseSession


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
    assert response.redirect_chain == [(EXERCISE_THIS_WEEK, 302)]
    assert "Deleted: Walking, 20 minutes, Tuesday 24 November." in response.text
    assert not ExerciseSession.objects.exists()
