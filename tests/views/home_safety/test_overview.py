"""/home-safety/: progress, what needs fixing, what is due, and falls."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine

from tests.helpers import (
    MARCH_3,
    Status,
    add_items,
    answer_item,
    items_of,
    room_post,
    sent_once,
    two_answers_per_item,
)
from tracker.models import ChecklistItem, Fall, SelfCheck


def test_overview_starts_with_nothing_checked_and_a_button_to_begin(
    alice_client, guidance, clock
):
    response = alice_client.get("/home-safety/")
    assert response.status_code == 200
    assert "0 of 17 items safe or fixed: 17 not checked yet." in response.text
    assert "Start with Floors" in response.text
    assert "Needs fixing" not in response.text
    assert "Each answer is due for a re-check after 12 months" in response.text


def test_overview_lists_what_needs_fixing_before_what_is_due(
    alice_client, alice, guidance, clock
):
    floors = items_of("floors")
    answer_item(
        alice, floors[0], Status.NEEDS_FIXING, note="ask my son to fit the rail"
    )
    answer_item(alice, floors[1], Status.FINE, day=date(2025, 3, 1))
    answer_item(alice, floors[2], Status.NOT_APPLICABLE)

    text = alice_client.get("/home-safety/").text

    assert "1 of 16 items safe or fixed: 1 needs fixing, 14 not checked yet." in text
    assert "Needs fixing (1)" in text
    assert "Due for a re-check (1)" in text
    assert text.index("Needs fixing (1)") < text.index("Due for a re-check (1)")
    assert "ask my son to fit the rail" in text
    assert "Due since 1 March 2026" in text
    assert "Continue with Floors" in text


def test_overview_shows_per_room_progress_and_a_room_where_nothing_applies(
    alice_client, alice, guidance, clock
):
    for item in items_of("stairs-and-steps"):
        answer_item(alice, item, Status.NOT_APPLICABLE)
    answer_item(alice, items_of("kitchen")[0], Status.FIXED, fixed_on=date(2026, 3, 3))

    text = alice_client.get("/home-safety/").text

    assert "None of these items apply to your home." in text
    assert "1 of 2 items safe or fixed: 1 not checked yet." in text


def test_overview_never_shows_another_users_answers(alice_client, bob, guidance, clock):
    answer_item(
        bob, items_of("floors")[0], Status.NEEDS_FIXING, note="bob's secret note"
    )
    text = alice_client.get("/home-safety/").text
    assert "bob&#x27;s secret note" not in text
    assert "Needs fixing" not in text
    assert "0 of 17 items" in text


def test_overview_shows_the_fall_prevention_tips_from_the_brochures(
    alice_client, guidance
):
    text = alice_client.get("/home-safety/").text
    assert "Have your eyes checked every year" in text
    assert "Ask for a medicine review" in text
    assert "Wear sturdy shoes, indoors and out" in text
    assert "Carbonate or citrate?" not in text


def test_a_retired_item_leaves_progress_but_keeps_its_history(
    alice_client, alice, guidance, clock
):
    item = items_of("floors")[0]
    answer_item(alice, item, Status.NEEDS_FIXING)
    item.is_active = False
    item.question = "Do you walk around furniture? (old wording)"
    item.save()

    text = alice_client.get("/home-safety/").text
    assert "0 of 16 items safe or fixed" in text
    assert "Needs fixing" not in text
    assert "Questions no longer on the checklist" in text
    assert "(old wording)" in text

    history = alice_client.get(f"/home-safety/items/{item.pk}/history/").text
    assert "This question has been retired from the checklist" in history
    assert "Needs fixing" in history


@pytest.mark.parametrize("answered", [1, 30])
def test_overview_runs_a_fixed_number_of_queries(
    alice_client, alice, guidance, clock, assert_page, answered
):
    add_items("floors", 13)  # 30 active items in all
    items = list(ChecklistItem.objects.filter(is_active=True))[:answered]
    two_answers_per_item(alice, items)
    Fall.objects.create(user=alice, day=date(2026, 3, 1), place="hall", hurt=False)
    SelfCheck.objects.create(
        user=alice, day=date(2026, 3, 1), score=3, max_score=14, threshold=4
    )
    words = "1 of 30 items safe or fixed" if answered == 1 else "All 30 items safe"
    # session, user and profile, settings, items, answers, last fall, latest
    # self-check, recent falls, retired items, tips
    assert_page(
        alice_client,
        "/home-safety/",
        max_queries=10,
        shows=[
            words,
            "Your last score was 3 out of 14, on 1 March 2026.",
            "1 March 2026: Fall, hall.",
            "Wear sturdy shoes, indoors and out",
        ],
    )


def test_answers_come_due_a_year_later_with_their_history_intact(
    alice_client, alice, guidance
):
    floors = items_of("floors")
    with time_machine.travel(MARCH_3, tick=False):
        alice_client.post(
            "/home-safety/floors/",
            room_post(
                "floors",
                **{
                    f"item_{floors[0].id}": {"status": Status.NEEDS_FIXING},
                    f"item_{floors[1].id}": {"status": Status.FINE},
                },
            ),
        )
    with time_machine.travel(datetime(2026, 4, 1, 15, tzinfo=UTC), tick=False):
        alice_client.post(
            "/home-safety/floors/",
            room_post(
                "floors",
                **{
                    f"item_{floors[0].id}": {"status": Status.FIXED},
                    f"item_{floors[1].id}": {"status": Status.FINE},
                },
            ),
        )
        text = alice_client.get("/home-safety/").text
        assert "Due for a re-check" not in text

    with time_machine.travel(datetime(2027, 3, 4, 15, tzinfo=UTC), tick=False):
        alice_client.force_login(alice)  # the session of a year ago has expired
        text = alice_client.get("/home-safety/").text
        assert "Due for a re-check (1)" in text
        assert "Due since 3 March 2027" in text  # the "Fine" of 3 March 2026
    with time_machine.travel(datetime(2027, 4, 2, 15, tzinfo=UTC), tick=False):
        alice_client.force_login(alice)
        text = alice_client.get("/home-safety/").text
        assert "Due for a re-check (2)" in text
        assert "Due since 1 April 2027" in text  # the fix of 1 April 2026
        history = alice_client.get(f"/home-safety/items/{floors[0].pk}/history/").text

    assert "1 April 2026</strong>: Fixed on 1 April 2026" in history
    assert "3 March 2026</strong>: Needs fixing" in history
    assert history.index("1 April 2026") < history.index("3 March 2026")


def test_a_logged_fall_makes_every_answer_due_at_once(alice_client, alice, guidance):
    floors = items_of("floors")
    with time_machine.travel(MARCH_3, tick=False):
        answer_item(alice, floors[0], Status.FINE)
        answer_item(alice, floors[1], Status.NOT_APPLICABLE)
    with time_machine.travel(MARCH_3 + timedelta(days=2), tick=False):
        assert "Due for a re-check" not in alice_client.get("/home-safety/").text
        response = alice_client.post(
            "/home-safety/falls/new/",
            sent_once(kind="fall", day="2026-03-05", place="hall", hurt="no"),
        )
        assert response.status_code == 302
        text = alice_client.get("/home-safety/").text
    assert "Due for a re-check (2)" in text
    assert "You logged a fall, so it is worth going through your home again" in text


def test_a_near_miss_does_not_make_answers_due(alice_client, alice, guidance, clock):
    answer_item(alice, items_of("floors")[0], Status.FINE)
    clock.shift(timedelta(hours=1))
    response = alice_client.post(
        "/home-safety/falls/new/",
        sent_once(kind="near_miss", day="2026-03-03", place="hall", hurt="no"),
    )
    assert response.status_code == 302
    assert Fall.objects.get(user=alice).kind == Fall.Kind.NEAR_MISS
    text = alice_client.get("/home-safety/").text
    assert "1 of 17 items safe or fixed" in text
    assert "3 March 2026: Near-miss, hall." in text
    assert "Due for a re-check" not in text
