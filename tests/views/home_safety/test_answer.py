"""/home-safety/<room>/items/<id>/answer/: one question saved as it is answered
(htmx, on change); the room's Save button still saves the whole room."""

import pytest
from django.test import Client

from tests.helpers import Status, add_items, answer_item, items_of, room_post
from tracker.models import ChecklistAnswer

HTMX = {"HTTP_HX_REQUEST": "true"}


def answer_url(item):
    return f"/home-safety/{item.room.slug}/items/{item.id}/answer/"


def test_it_saves_one_answer_and_says_so(alice_client, alice, guidance, clock):
    stool = items_of("kitchen")[1]
    data = room_post("kitchen", **{f"item_{stool.id}": {"status": "needs_fixing"}})
    response = alice_client.post(answer_url(stool), data, **HTMX)
    assert response.status_code == 200
    assert response.text.strip() == (
        "<strong>Saved</strong>: Needs fixing."
        # The question's folded summary shows the new answer too (htmx, out of band).
        f'<span class="item-answer" id="answer-{stool.id}" data-hx-swap-oob="true">'
        "Needs fixing</span>"
    )
    saved = ChecklistAnswer.objects.get(user=alice)
    assert (saved.item, saved.status) == (stool, Status.NEEDS_FIXING)


def test_a_double_tap_saves_it_once(alice_client, alice, guidance, clock):
    stool = items_of("kitchen")[1]
    data = room_post("kitchen", **{f"item_{stool.id}": {"status": "fine"}})
    for _ in range(2):
        response = alice_client.post(answer_url(stool), data, **HTMX)
        assert "Saved" in response.text
    assert ChecklistAnswer.objects.filter(user=alice).count() == 1


def test_the_other_questions_of_the_room_are_left_alone(
    alice_client, alice, guidance, clock
):
    shelves, stool = items_of("kitchen")[:2]
    data = room_post(
        "kitchen",
        **{
            f"item_{shelves.id}": {"status": "fine"},
            f"item_{stool.id}": {"status": "fixed"},
        },
    )
    alice_client.post(answer_url(stool), data, **HTMX)
    assert list(ChecklistAnswer.objects.values_list("item", flat=True)) == [stool.id]


def test_a_refused_answer_says_why_and_saves_nothing(
    alice_client, alice, guidance, clock
):
    stool = items_of("kitchen")[1]
    data = room_post(
        "kitchen",
        **{f"item_{stool.id}": {"status": "fixed", "fixed_on": "2099-01-01"}},
    )
    response = alice_client.post(answer_url(stool), data, **HTMX)
    assert "<strong>Not saved:</strong> That date is in the future." in response.text
    assert not ChecklistAnswer.objects.exists()


def test_without_htmx_it_goes_back_to_the_room(alice_client, alice, guidance):
    stool = items_of("kitchen")[1]
    response = alice_client.post(answer_url(stool), room_post("kitchen"))
    assert response.status_code == 302
    assert response["Location"] == "/home-safety/kitchen/"
    assert not ChecklistAnswer.objects.exists()


def test_a_question_of_another_room_is_not_found(alice_client, alice, guidance):
    stool = items_of("kitchen")[1]
    url = f"/home-safety/bedrooms/items/{stool.id}/answer/"
    assert alice_client.post(url, room_post("kitchen"), **HTMX).status_code == 404


def test_it_needs_a_post_and_a_signed_in_user(alice_client, guidance):
    stool = items_of("kitchen")[1]
    assert alice_client.get(answer_url(stool)).status_code == 405
    response = Client().post(answer_url(stool), room_post("kitchen"), **HTMX)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("items", [1, 30])
def test_it_runs_a_fixed_number_of_queries(
    alice_client, alice, guidance, assert_page, items, clock
):
    add_items("floors", items)
    floors = items_of("floors")
    for item in floors:
        answer_item(alice, item, Status.FINE)
    item = floors[-1]
    data = room_post("floors", **{f"item_{item.id}": {"status": "needs_fixing"}})
    alice_client.get("/home-safety/floors/")  # the guidance, read and cached
    alice_client.defaults.update(HTMX)
    # session, user, the room, its checklist (answers, last fall), then the
    # write: lock the user, recent answers, savepoint, insert, release
    response = assert_page(
        alice_client,
        answer_url(item),
        method="post",
        data=data,
        max_queries=10,
        shows=["Saved"],
    )
    assert response.status_code == 200
