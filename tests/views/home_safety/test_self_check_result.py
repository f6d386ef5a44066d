"""/home-safety/self-check/<pk>/: a past result, as it was scored."""

from datetime import date

from tests.helpers import all_yes_no
from tracker.models import (
    HomeSafetySettings,
    SelfCheck,
    SelfCheckAnswer,
    SelfCheckStatement,
)


def test_a_result_keeps_the_points_and_threshold_of_its_day(
    alice_client, alice, guidance
):
    response = alice_client.post("/home-safety/self-check/", all_yes_no({3: "yes"}))
    SelfCheckStatement.objects.filter(number=3).update(points=5)
    HomeSafetySettings.objects.update(self_check_threshold=2)
    text = alice_client.get(response.url).text
    assert "<strong>1 out of 14</strong>" in text
    assert "Keep it up" in text
    assert SelfCheckAnswer.objects.get(statement__number=3).points == 1


def test_another_users_result_is_not_found(alice_client, bob, guidance):
    check = SelfCheck.objects.create(
        user=bob, day=date(2026, 3, 1), score=9, max_score=14, threshold=4
    )
    assert alice_client.get(f"/home-safety/self-check/{check.pk}/").status_code == 404
    assert alice_client.get("/home-safety/self-check/99999/").status_code == 404
