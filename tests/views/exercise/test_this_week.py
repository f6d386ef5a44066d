"""/exercise/: this week, in the user's own time zone."""

from tests.helpers import EXERCISE_THIS_WEEK


def test_exercise_opens_this_week_in_the_users_own_time_zone(alice_client):
    response = alice_client.get("/exercise/")
    assert response.status_code == 302
    assert response.url == EXERCISE_THIS_WEEK
