"""/home-safety/self-check/history/: past scores."""

from datetime import UTC, date, datetime

from tests.helpers import MARCH_3
from tracker.models import SelfCheck


def test_self_check_history_lists_past_scores_with_dates(
    alice_client, alice, bob, guidance
):
    SelfCheck.objects.create(
        user=alice,
        day=date(2026, 1, 5),
        score=2,
        max_score=14,
        threshold=4,
        taken_at=datetime(2026, 1, 5, 14, 5, tzinfo=UTC),
    )
    SelfCheck.objects.create(
        user=alice,
        day=date(2026, 3, 3),
        score=6,
        max_score=14,
        threshold=4,
        taken_at=MARCH_3,
    )
    SelfCheck.objects.create(
        user=bob, day=date(2026, 2, 1), score=11, max_score=14, threshold=4
    )
    text = alice_client.get("/home-safety/self-check/history/").text
    # Times are in alice's zone, New York: 15:00 UTC is 10:00 there.
    assert "3 March 2026, 10:00: 6 out of 14, talk to your clinician" in text
    assert "5 January 2026, 9:05: 2 out of 14" in text
    assert "11 out of 14" not in text


def test_self_check_history_is_empty_at_first(alice_client):
    text = alice_client.get("/home-safety/self-check/history/").text
    assert "You have not taken the self-check yet." in text


def test_two_checks_on_one_day_are_told_apart_by_their_time(alice_client, alice):
    for hour, score in ((13, 3), (22, 5)):  # 8:00 and 17:00 in New York
        SelfCheck.objects.create(
            user=alice,
            day=date(2026, 3, 3),
            score=score,
            max_score=14,
            threshold=4,
            taken_at=datetime(2026, 3, 3, hour, tzinfo=UTC),
        )
    text = alice_client.get("/home-safety/self-check/history/").text
    assert text.index("3 March 2026, 17:00: 5 out of 14") < text.index(
        "3 March 2026, 8:00: 3 out of 14"
    )
