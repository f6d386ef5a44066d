"""/home-safety/items/<pk>/history/: one question's past answers."""

from datetime import date, timedelta

import pytest

from tests.helpers import Status, answer_item, items_of


def test_item_history_lists_only_the_users_answers_newest_first(
    alice_client, alice, bob, guidance
):
    item = items_of("bedrooms")[1]
    answer_item(alice, item, Status.NEEDS_FIXING, day=date(2025, 11, 2), note="so dark")
    answer_item(
        alice, item, Status.FIXED, day=date(2025, 12, 1), fixed_on=date(2025, 11, 30)
    )
    answer_item(bob, item, Status.FINE, day=date(2025, 12, 5), note="bob was here")
    text = alice_client.get(f"/home-safety/items/{item.pk}/history/").text
    assert "Is the way from your bed to the bathroom lit at night?" in text
    assert text.index("1 December 2025") < text.index("2 November 2025")
    assert "Fixed on 30 November 2025" in text
    assert "Note: so dark" in text
    assert "bob was here" not in text
    assert "5 December 2025" not in text


def test_item_history_of_an_unanswered_item_says_so(alice_client, guidance):
    item = items_of("bedrooms")[0]
    text = alice_client.get(f"/home-safety/items/{item.pk}/history/").text
    assert "You have not answered this question yet." in text


def test_item_history_of_an_unknown_item_is_not_found(alice_client, guidance):
    assert alice_client.get("/home-safety/items/99999/history/").status_code == 404


@pytest.mark.parametrize("count", [1, 30])
def test_item_history_runs_a_fixed_number_of_queries(
    alice_client, alice, guidance, assert_page, count
):
    item = items_of("floors")[0]
    for n in range(count):
        answer_item(alice, item, Status.FINE, day=date(2025, 1, 1) + timedelta(days=n))
    newest = date(2025, 1, 1) + timedelta(days=count - 1)
    # session, user and profile, item with room, count, page of answers
    assert_page(
        alice_client,
        f"/home-safety/items/{item.pk}/history/",
        max_queries=5,
        shows=[item.question, f"{newest.day} January 2025</strong>: Fine"],
    )
