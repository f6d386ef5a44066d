"""/home-safety/<room>/: a room's checklist, answered in one form."""

from datetime import UTC, date, datetime, timedelta
from unittest import mock

import pytest
import time_machine

from tests.helpers import (
    MARCH_3,
    Status,
    add_items,
    answer_item,
    items_of,
    room,
    room_post,
    two_answers_per_item,
)
from tracker.models import ChecklistAnswer, ChecklistItem, Fall
from tracker.queries import home_safety as queries


def test_room_page_shows_each_question_with_its_fix_and_current_answer(
    alice_client, alice, guidance, clock
):
    kitchen = items_of("kitchen")
    answer_item(alice, kitchen[0], Status.NEEDS_FIXING, note="top shelf")
    response = alice_client.get("/home-safety/kitchen/")
    assert response.status_code == 200
    assert (
        "Move things you use often to shelves at about waist height." in response.text
    )
    assert "Last answered 3 March 2026: Needs fixing." in response.text
    assert "Your past answers (1)" in response.text
    forms = response.context["forms"]
    assert forms[0][1]["status"].value() == Status.NEEDS_FIXING
    assert forms[0][1]["note"].value() == "top shelf"
    assert forms[1][1]["status"].value() == Status.NOT_CHECKED
    assert "Save and go to Bathrooms" in response.text


def test_an_unknown_room_is_not_found(alice_client, guidance):
    assert alice_client.get("/home-safety/attic/").status_code == 404


def test_saving_a_room_adds_a_history_row_only_for_changed_items(
    alice_client, alice, guidance, clock
):
    kitchen = items_of("kitchen")
    answer_item(alice, kitchen[0], Status.NEEDS_FIXING, day=date(2026, 3, 1))
    response = alice_client.post(
        "/home-safety/kitchen/",
        room_post(
            "kitchen",
            **{
                f"item_{kitchen[0].id}": {"status": Status.NEEDS_FIXING},
                f"item_{kitchen[1].id}": {"status": Status.FINE, "note": "new stool"},
            },
        ),
    )
    assert response.status_code == 302
    assert response.url == "/home-safety/bathrooms/"
    rows = ChecklistAnswer.objects.filter(user=alice)
    assert rows.count() == 2
    new = rows.get(item=kitchen[1])
    assert (new.status, new.note, new.day) == (Status.FINE, "new stool", MARCH_3.date())
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["Saved 1 answer for Kitchen."]


def test_saving_an_unchanged_room_saves_nothing_and_says_so(
    alice_client, alice, guidance, clock
):
    response = alice_client.post("/home-safety/kitchen/", room_post("kitchen"))
    assert response.status_code == 302
    assert not ChecklistAnswer.objects.exists()
    assert [str(m) for m in response.wsgi_request._messages] == [
        "Your answers for Kitchen are saved."
    ]


def test_saving_the_last_room_goes_back_to_the_overview(alice_client, guidance):
    response = alice_client.post("/home-safety/bedrooms/", room_post("bedrooms"))
    assert response.url == "/home-safety/"


def test_fixed_without_a_date_is_fixed_today_in_the_users_time_zone(
    alice_client, alice, guidance
):
    item = items_of("kitchen")[0]
    # 03:00 UTC on 4 March is still 3 March in New York.
    with time_machine.travel(datetime(2026, 3, 4, 3, tzinfo=UTC), tick=False):
        answer_item(alice, item, Status.NEEDS_FIXING, day=date(2026, 3, 1))
        alice_client.post(
            "/home-safety/kitchen/",
            room_post("kitchen", **{f"item_{item.id}": {"status": Status.FIXED}}),
        )
    latest = ChecklistAnswer.objects.filter(item=item).latest("answered_at")
    assert (latest.status, latest.fixed_on, latest.day) == (
        Status.FIXED,
        date(2026, 3, 3),
        date(2026, 3, 3),
    )


def test_a_date_given_with_another_answer_is_ignored(alice_client, alice, guidance):
    item = items_of("kitchen")[0]
    alice_client.post(
        "/home-safety/kitchen/",
        room_post(
            "kitchen",
            **{f"item_{item.id}": {"status": Status.FINE, "fixed_on": "2020-01-01"}},
        ),
    )
    assert ChecklistAnswer.objects.get(item=item).fixed_on is None


def assert_room_error(response, item, text):
    assert response.status_code == 200
    assert "Nothing was saved." in response.text
    form = dict((view.item.id, form) for view, form in response.context["forms"])[
        item.id
    ]
    assert any(text in error for errors in form.errors.values() for error in errors)
    assert text in response.text


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"status": "broken"}, "Choose one of the answers shown."),
        ({"status": ""}, "Choose one answer for this question."),
        (
            {"status": Status.FIXED, "fixed_on": "2026-03-04"},
            "That date is in the future. Today is Tuesday 3 March 2026.",
        ),
        (
            {"status": Status.FIXED, "fixed_on": "2026-02-27"},
            "cannot be before you first answered this question (28 February 2026)",
        ),
        (
            {"status": Status.FIXED, "fixed_on": "1899-12-31"},
            "That date is too far in the past.",
        ),
        ({"status": Status.FIXED, "fixed_on": "1st March"}, "Enter a date like"),
        ({"status": Status.FINE, "note": "x" * 201}, "Keep the note to 200"),
    ],
)
def test_bad_input_is_shown_by_the_question_and_saves_nothing(
    alice_client, alice, guidance, clock, fields, error
):
    kitchen = items_of("kitchen")
    answer_item(alice, kitchen[0], Status.NEEDS_FIXING, day=date(2026, 2, 28))
    before = list(ChecklistAnswer.objects.values_list("id", flat=True))
    response = alice_client.post(
        "/home-safety/kitchen/",
        room_post(
            "kitchen",
            **{
                f"item_{kitchen[0].id}": fields,
                # A valid change beside the bad one is not saved either.
                f"item_{kitchen[1].id}": {"status": Status.FINE},
            },
        ),
    )
    assert_room_error(response, kitchen[0], error)
    assert list(ChecklistAnswer.objects.values_list("id", flat=True)) == before


def test_a_first_answer_of_fixed_cannot_be_dated_before_today(
    alice_client, guidance, clock
):
    item = items_of("kitchen")[0]
    response = alice_client.post(
        "/home-safety/kitchen/",
        room_post(
            "kitchen",
            **{f"item_{item.id}": {"status": Status.FIXED, "fixed_on": "2026-03-02"}},
        ),
    )
    assert_room_error(response, item, "(3 March 2026). If it was already safe")
    assert not ChecklistAnswer.objects.exists()


def test_a_tampered_item_id_saves_nothing_and_says_which_question(
    alice_client, guidance, clock
):
    item = items_of("kitchen")[0]
    data = room_post("kitchen", **{f"item_{item.id}": {"status": Status.FINE}})
    for name in ("status", "fixed_on", "note"):
        data[f"item-99999-{name}"] = data.pop(f"item-{item.id}-{name}")
    bathroom_item = items_of("bathrooms")[0]
    data[f"item-{bathroom_item.id}-status"] = Status.FINE  # another room's item
    response = alice_client.post("/home-safety/kitchen/", data)
    assert_room_error(response, item, "Choose one answer for this question.")
    assert not ChecklistAnswer.objects.exists()


def test_another_users_answers_are_neither_shown_nor_changed(
    alice_client, alice, bob, guidance, clock
):
    item = items_of("kitchen")[0]
    bobs = answer_item(bob, item, Status.NEEDS_FIXING, note="bob's note")
    response = alice_client.get("/home-safety/kitchen/")
    assert item.question in response.text
    assert "bob&#x27;s note" not in response.text
    response = alice_client.post(
        "/home-safety/kitchen/",
        room_post("kitchen", **{f"item_{item.id}": {"status": Status.FINE}}),
    )
    assert response.status_code == 302
    assert ChecklistAnswer.objects.get(user=alice).status == Status.FINE
    assert list(ChecklistAnswer.objects.filter(user=bob)) == [bobs]
    bobs.refresh_from_db()
    assert bobs.status == Status.NEEDS_FIXING


def test_a_due_item_is_re_checked_by_choosing_its_answer_again(
    alice_client, alice, guidance, clock
):
    item = items_of("floors")[0]
    answer_item(alice, item, Status.FINE, day=date(2026, 3, 1), note="all clear")
    Fall.objects.create(user=alice, day=date(2026, 3, 2), place="hall", hurt=False)
    clock.shift(timedelta(hours=1))

    form = alice_client.get("/home-safety/floors/").context["forms"][0][1]
    assert form["status"].value() is None  # asks again, rather than assume
    assert form["note"].value() == "all clear"

    # Left unanswered, the item stays due and nothing is saved.
    data = room_post("floors", **{f"item_{item.id}": {"note": "all clear"}})
    data.pop(f"item-{item.id}-status")
    response = alice_client.post("/home-safety/floors/", data)
    assert [str(m) for m in response.wsgi_request._messages] == [
        "Your answers for Floors are saved."
    ]
    assert ChecklistAnswer.objects.filter(item=item).count() == 1
    assert "Due for a re-check (1)" in alice_client.get("/home-safety/").text

    # The same answer, chosen again, is the re-check.
    response = alice_client.post(
        "/home-safety/floors/",
        room_post(
            "floors",
            **{f"item_{item.id}": {"status": Status.FINE, "note": "all clear"}},
        ),
    )
    assert [str(m) for m in response.wsgi_request._messages] == [
        "Saved 1 answer for Floors."
    ]
    assert ChecklistAnswer.objects.filter(item=item).count() == 2
    assert "Due for a re-check" not in alice_client.get("/home-safety/").text


def test_a_room_sent_twice_at_once_records_one_re_check(
    alice_client, alice, guidance, clock
):
    item = items_of("floors")[0]
    answer_item(alice, item, Status.FINE, day=date(2025, 1, 1))  # due for a re-check
    # Both submits were read before either saved: each sees the item still due.
    stale = queries.room_checklist(alice, date(2026, 3, 3), room("floors"))
    data = room_post("floors", **{f"item_{item.id}": {"status": Status.FINE}})
    with mock.patch.object(
        queries, "room_checklist", return_value=stale
    ) as room_checklist:
        first = alice_client.post("/home-safety/floors/", data)
        clock.shift(timedelta(seconds=2))
        response = alice_client.post("/home-safety/floors/", data, follow=True)
    rooms = [call.args[2].slug for call in room_checklist.call_args_list]
    assert rooms.count("floors") == 2  # both submits read the stale state
    assert first.url == "/home-safety/stairs-and-steps/"
    assert ChecklistAnswer.objects.filter(item=item).count() == 2  # one re-check
    assert "Your answers for Floors are saved." in response.text


def test_a_note_on_a_due_item_needs_an_answer_too(alice_client, alice, guidance, clock):
    item = items_of("floors")[0]
    answer_item(alice, item, Status.FINE, day=date(2025, 1, 1))
    data = room_post("floors", **{f"item_{item.id}": {"note": "rug moved back"}})
    data.pop(f"item-{item.id}-status")
    response = alice_client.post("/home-safety/floors/", data)
    assert_room_error(response, item, "Choose your answer again to save the note.")
    assert ChecklistAnswer.objects.count() == 1


def test_a_room_whose_items_are_all_retired_says_there_is_nothing_to_answer(
    alice_client, guidance
):
    ChecklistItem.objects.filter(room__slug="kitchen").update(is_active=False)
    response = alice_client.get("/home-safety/kitchen/")
    assert response.status_code == 200
    assert "There are no questions for this part of the home" in response.text
    overview = alice_client.get("/home-safety/").text
    assert "0 of 15 items safe or fixed" in overview
    assert "Kitchen" not in overview


@pytest.mark.parametrize("answered", [1, 30])
def test_room_page_runs_a_fixed_number_of_queries(
    alice_client, alice, guidance, clock, assert_page, answered
):
    add_items("floors", 26)  # 30 items in the room
    items = items_of("floors")[:answered]
    two_answers_per_item(alice, items)
    words = "1 of 30 items safe or fixed" if answered == 1 else "All 30 items safe"
    # session, user and profile, room, settings, items, answers, last fall, rooms
    assert_page(
        alice_client,
        "/home-safety/floors/",
        max_queries=8,
        shows=[
            words,
            "Extra question 25?",
            "Last answered 3 March 2026: Fixed on 1 March 2026.",
            "Your past answers (2)",
        ],
    )


@pytest.mark.parametrize("answered", [1, 30])
def test_saving_a_room_runs_a_fixed_number_of_queries(
    alice_client, alice, guidance, clock, assert_page, answered
):
    add_items("floors", 26)
    items = items_of("floors")
    two_answers_per_item(alice, items[:answered])
    data = room_post(
        "floors", **{f"item_{item.id}": {"status": Status.FINE} for item in items}
    )
    # session, user and profile, room, settings, items, answers, last fall, rooms,
    # then in a savepoint (2 queries: open, release) the lock on the user's row,
    # the answers of the last minute and one insert for all the new answers
    response = assert_page(
        alice_client,
        "/home-safety/floors/",
        max_queries=13,
        method="post",
        data=data,
        redirects_to="/home-safety/stairs-and-steps/",
    )
    assert ChecklistAnswer.objects.filter(status=Status.FINE).count() == 30
    assert [str(m) for m in response.wsgi_request._messages] == [
        "Saved 30 answers for Floors."
    ]
