"""Home safety pages: the checklist, its history, the self-check and the falls log."""

from datetime import UTC, date, datetime, timedelta
from unittest import mock

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.db.models import ProtectedError
from django.urls import reverse

from tests.helpers import (
    add_items,
    all_yes_no,
    answer_item,
    items_of,
    make_self_checks,
    room,
    room_post,
    two_answers_per_item,
)
from tracker.admin import HomeSafetySettingsAdmin, RoomForm
from tracker.models import (
    ChecklistAnswer,
    ChecklistItem,
    Fall,
    HomeSafetySettings,
    SelfCheck,
    SelfCheckAnswer,
    SelfCheckStatement,
)
from tracker.queries import home_safety as queries

# 15:00 UTC is 10:00 in New York, where alice lives: the same day in both zones.
MARCH_3 = datetime(2026, 3, 3, 15, tzinfo=UTC)
Status = ChecklistAnswer.Status


@pytest.fixture
def clock():
    with time_machine.travel(MARCH_3, tick=False) as traveller:
        yield traveller


LOGIN_REQUIRED = [
    "/home-safety/",
    "/home-safety/floors/",
    "/home-safety/items/1/history/",
    "/home-safety/self-check/",
    "/home-safety/self-check/1/",
    "/home-safety/self-check/history/",
    "/home-safety/falls/",
    "/home-safety/falls/new/",
    "/home-safety/falls/1/edit/",
    "/home-safety/falls/1/delete/",
]


@pytest.mark.parametrize("path", LOGIN_REQUIRED)
def test_every_page_asks_an_anonymous_visitor_to_log_in(client, db, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


# Overview.


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


# Coming back a year later, and after a fall.


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
            {"kind": "fall", "day": "2026-03-05", "place": "hall", "hurt": "no"},
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
        {"kind": "near_miss", "day": "2026-03-03", "place": "hall", "hurt": "no"},
    )
    assert response.status_code == 302
    assert Fall.objects.get(user=alice).kind == Fall.Kind.NEAR_MISS
    text = alice_client.get("/home-safety/").text
    assert "1 of 17 items safe or fixed" in text
    assert "3 March 2026: Near-miss, hall." in text
    assert "Due for a re-check" not in text


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
        "Nothing changed in Floors."
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
    assert "Nothing changed in Floors." in response.text


def test_a_note_on_a_due_item_needs_an_answer_too(alice_client, alice, guidance, clock):
    item = items_of("floors")[0]
    answer_item(alice, item, Status.FINE, day=date(2025, 1, 1))
    data = room_post("floors", **{f"item_{item.id}": {"note": "rug moved back"}})
    data.pop(f"item-{item.id}-status")
    response = alice_client.post("/home-safety/floors/", data)
    assert_room_error(response, item, "Choose your answer again to save the note.")
    assert ChecklistAnswer.objects.count() == 1


# A room.


def test_room_page_shows_each_question_with_its_fix_and_current_answer(
    alice_client, alice, guidance, clock
):
    kitchen = items_of("kitchen")
    answer_item(alice, kitchen[0], Status.NEEDS_FIXING, note="top shelf")
    response = alice_client.get("/home-safety/kitchen/")
    assert response.status_code == 200
    assert "Move them to lower shelves, at about waist height." in response.text
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
        "Nothing changed in Kitchen."
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


# An item's history.


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
    assert "Is the way from your bed to the bathroom dark?" in text
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


# The self-check.


def test_self_check_asks_every_active_statement_with_yes_and_no(alice_client, guidance):
    SelfCheckStatement.objects.filter(number=12).update(is_active=False)
    response = alice_client.get("/home-safety/self-check/")
    assert response.status_code == 200
    assert "1. I have had a fall in the past year." in response.text
    assert "It is a screening aid, not a diagnosis" in response.text
    assert "statement_11" in response.text
    assert "statement_12" not in response.text


def test_a_score_of_4_or_more_asks_to_talk_to_a_clinician_with_the_reasons(
    alice_client, alice, guidance, clock
):
    response = alice_client.post(
        "/home-safety/self-check/", all_yes_no({1: "yes", 3: "yes", 9: "yes"})
    )
    check = SelfCheck.objects.get(user=alice)
    assert response.url == f"/home-safety/self-check/{check.pk}/"
    assert (check.score, check.max_score, check.threshold) == (4, 14, 4)
    assert check.day == date(2026, 3, 3)
    assert check.answers.count() == 12
    assert check.answers.filter(yes=True).count() == 3

    text = alice_client.get(response.url).text
    assert "<strong>4 out of 14</strong>" in text
    assert "Talk to your clinician about falls" in text
    assert "Having fallen once makes another fall more likely." in text
    assert "When you cannot feel your feet well" in text
    assert "screening aid, not a diagnosis" in text


def test_a_score_below_4_says_keep_it_up(alice_client, alice, guidance):
    response = alice_client.post(
        "/home-safety/self-check/", all_yes_no({1: "yes", 3: "yes"})
    )
    text = alice_client.get(response.url).text
    assert "<strong>3 out of 14</strong>" in text
    assert "Keep it up" in text
    assert "Talk to your clinician about falls" not in text
    assert "Having fallen once makes another fall more likely." in text


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


def test_the_threshold_and_points_are_the_admins(alice_client, alice, guidance):
    HomeSafetySettings.objects.update(self_check_threshold=2)
    SelfCheckStatement.objects.filter(number=3).update(points=2)
    response = alice_client.post("/home-safety/self-check/", all_yes_no({3: "yes"}))
    check = SelfCheck.objects.get(user=alice)
    assert (check.score, check.max_score, check.threshold) == (2, 15, 2)
    assert "Talk to your clinician about falls" in alice_client.get(response.url).text


@pytest.mark.parametrize(
    ("answers", "errors"),
    [
        ({}, 12),
        ({1: "yes", 2: "no"}, 10),
        ({**dict.fromkeys(range(1, 13), "no"), 4: "maybe"}, 1),
    ],
)
def test_every_statement_needs_a_yes_or_no_and_nothing_is_saved_until_then(
    alice_client, guidance, answers, errors
):
    data = {f"statement_{number}": value for number, value in answers.items()}
    response = alice_client.post("/home-safety/self-check/", data)
    assert response.status_code == 200
    assert len(response.context["form"].errors) == errors
    assert response.text.count("Please answer yes or no.") == errors
    assert "Nothing was saved." in response.text
    assert not SelfCheck.objects.exists()


def test_another_users_result_is_not_found(alice_client, bob, guidance):
    check = SelfCheck.objects.create(
        user=bob, day=date(2026, 3, 1), score=9, max_score=14, threshold=4
    )
    assert alice_client.get(f"/home-safety/self-check/{check.pk}/").status_code == 404
    assert alice_client.get("/home-safety/self-check/99999/").status_code == 404


def test_self_check_history_lists_past_scores_with_dates(
    alice_client, alice, bob, guidance
):
    SelfCheck.objects.create(
        user=alice, day=date(2026, 1, 5), score=2, max_score=14, threshold=4
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
    assert "3 March 2026: 6 out of 14, talk to your clinician" in text
    assert "5 January 2026: 2 out of 14" in text
    assert "11 out of 14" not in text


def test_self_check_history_is_empty_at_first(alice_client):
    text = alice_client.get("/home-safety/self-check/history/").text
    assert "You have not taken the self-check yet." in text


@pytest.mark.parametrize("count", [1, 30])
def test_self_check_pages_run_a_fixed_number_of_queries(
    alice_client, alice, guidance, assert_page, count
):
    latest = make_self_checks(alice, count)
    taken = f"{latest.day.day} {latest.day:%B %Y}"
    score = f"{latest.score} out of 14"
    # session, user and profile, statements, latest self-check
    assert_page(
        alice_client,
        "/home-safety/self-check/",
        max_queries=4,
        shows=["1. I have had a fall in the past year.", "statement_12"],
    )
    # session, user and profile, self-check, its answers, settings
    assert_page(
        alice_client,
        f"/home-safety/self-check/{latest.pk}/",
        max_queries=5,
        shows=[
            f"Your score on {taken}: <strong>{score}</strong>",
            "Having fallen once makes another fall more likely.",
        ],
    )
    # session, user and profile, count, page
    assert_page(
        alice_client,
        "/home-safety/self-check/history/",
        max_queries=4,
        shows=["<h1>Your self-check results</h1>", f"{taken}: {score}"],
    )


def test_taking_the_self_check_runs_a_fixed_number_of_queries(
    alice_client, alice, guidance, assert_page
):
    data = all_yes_no({1: "yes"})
    # session, user and profile, statements, settings, savepoint, insert the
    # check, insert its answers, release
    response = assert_page(
        alice_client,
        "/home-safety/self-check/",
        max_queries=8,
        method="post",
        data=data,
        status=302,
    )
    check = SelfCheck.objects.get(user=alice)
    assert response.url == f"/home-safety/self-check/{check.pk}/"
    assert (check.score, check.answers.count()) == (2, 12)


# Falls and near-misses.


def test_falls_log_starts_empty_and_says_what_to_do(alice_client):
    text = alice_client.get("/home-safety/falls/").text
    assert "Nothing logged yet" in text
    assert "Log a fall or near-miss" in text


def test_logging_a_fall_invites_the_self_check(alice_client, alice, guidance, clock):
    form = alice_client.get("/home-safety/falls/new/").context["form"]
    assert form["day"].value() == date(2026, 3, 3)
    response = alice_client.post(
        "/home-safety/falls/new/",
        {
            "kind": "fall",
            "day": "2026-03-02",
            "place": "back steps",
            "what_happened": "Missed the last step in the dark.",
            "hurt": "yes",
        },
        follow=True,
    )
    fall = Fall.objects.get(user=alice)
    assert (fall.day, fall.place, fall.hurt) == (date(2026, 3, 2), "back steps", True)
    assert "Your fall on 2 March 2026 is logged" in response.text
    assert 'href="/home-safety/self-check/">Take the fall-risk self-check' in (
        response.text
    )
    assert "Missed the last step in the dark." in response.text


@pytest.mark.parametrize(
    ("fields", "field", "error"),
    [
        ({"day": "2026-03-04"}, "day", "That date is in the future. Today is Tuesday"),
        ({"day": "1899-12-31"}, "day", "That date is too far in the past."),
        ({"day": "0001-01-01"}, "day", "That date is too far in the past."),
        ({"day": "yesterday"}, "day", "Enter a date like"),
        ({"place": ""}, "place", "Say where it happened"),
        ({"hurt": ""}, "hurt", "Please say whether you were hurt."),
        ({"hurt": "maybe"}, "hurt", "Choose one of the options shown."),
        ({"kind": "trip"}, "kind", "Choose one of the options shown."),
        ({"kind": ""}, "kind", "Please say whether it was a fall or a near-miss."),
    ],
)
def test_a_bad_fall_shows_the_error_by_the_field_and_saves_nothing(
    alice_client, guidance, clock, fields, field, error
):
    data = {"kind": "fall", "day": "2026-03-03", "place": "hall", "hurt": "no"}
    response = alice_client.post("/home-safety/falls/new/", {**data, **fields})
    assert response.status_code == 200
    assert any(error in message for message in response.context["form"].errors[field])
    assert not Fall.objects.exists()


def test_the_fall_date_box_offers_the_first_day_to_today(alice_client, guidance, clock):
    page = alice_client.get("/home-safety/falls/new/").text
    assert 'min="1900-01-01"' in page
    assert 'max="2026-03-03"' in page


def test_an_impossible_fall_date_is_not_echoed_into_the_date_box(
    alice_client, guidance, clock
):
    data = {"kind": "fall", "day": "2026-02-30", "place": "hall", "hurt": "no"}
    response = alice_client.post("/home-safety/falls/new/", data)
    assert "Enter a date like" in response.text
    assert "2026-02-30" not in response.text  # invalid in a type=date input


def test_a_fall_can_be_edited_and_deleted_after_confirming(
    alice_client, alice, guidance, clock
):
    fall = Fall.objects.create(
        user=alice, day=date(2026, 3, 1), place="hall", hurt=False
    )
    form = alice_client.get(f"/home-safety/falls/{fall.pk}/edit/").context["form"]
    assert form["hurt"].value() == "no"
    response = alice_client.post(
        f"/home-safety/falls/{fall.pk}/edit/",
        {"kind": "near_miss", "day": "2026-03-01", "place": "garden", "hurt": "no"},
    )
    assert response.url == "/home-safety/falls/"
    fall.refresh_from_db()
    assert (fall.kind, fall.place) == (Fall.Kind.NEAR_MISS, "garden")

    confirm = alice_client.get(f"/home-safety/falls/{fall.pk}/delete/")
    assert "Delete this entry?" in confirm.text
    assert Fall.objects.filter(pk=fall.pk).exists()
    response = alice_client.post(f"/home-safety/falls/{fall.pk}/delete/")
    assert response.url == "/home-safety/falls/"
    assert not Fall.objects.filter(pk=fall.pk).exists()


@pytest.mark.parametrize("action", ["edit", "delete"])
def test_another_users_fall_is_not_found(alice_client, bob, action):
    fall = Fall.objects.create(user=bob, day=date(2026, 3, 1), place="x", hurt=True)
    url = f"/home-safety/falls/{fall.pk}/{action}/"
    assert alice_client.get(url).status_code == 404
    data = {"kind": "fall", "day": "2026-03-01", "place": "mine", "hurt": "no"}
    assert alice_client.post(url, data).status_code == 404
    fall.refresh_from_db()
    assert fall.place == "x"


def test_falls_log_lists_only_the_users_falls(alice_client, alice, bob):
    Fall.objects.create(user=alice, day=date(2026, 3, 1), place="kitchen", hurt=False)
    Fall.objects.create(user=bob, day=date(2026, 3, 1), place="bob's roof", hurt=True)
    text = alice_client.get("/home-safety/falls/").text
    assert "kitchen" in text
    assert "roof" not in text


@pytest.mark.parametrize("count", [1, 30])
def test_falls_pages_run_a_fixed_number_of_queries(
    alice_client, alice, assert_page, count
):
    Fall.objects.bulk_create(
        Fall(
            user=alice,
            day=date(2026, 1, 1) + timedelta(days=n),
            place="hall",
            hurt=False,
        )
        for n in range(count)
    )
    fall = Fall.objects.filter(user=alice).first()  # the newest
    day = f"{fall.day.day} January 2026"
    # session, user and profile, count, page
    response = assert_page(
        alice_client,
        "/home-safety/falls/",
        max_queries=4,
        shows=[f"{day}: Fall", "<strong>Where:</strong> hall"],
    )
    assert response.text.count("Edit<span") == min(count, 20)
    # session, user and profile, the fall
    assert_page(
        alice_client,
        f"/home-safety/falls/{fall.pk}/edit/",
        max_queries=3,
        shows=["Edit a fall or near-miss", f'value="{fall.day}"', 'value="hall"'],
    )
    assert_page(
        alice_client,
        f"/home-safety/falls/{fall.pk}/delete/",
        max_queries=3,
        shows=["Delete this entry?", f"{day}: Fall, hall."],
    )
    # session, user and profile
    assert_page(
        alice_client,
        "/home-safety/falls/new/",
        max_queries=2,
        shows=["Log a fall or near-miss", 'name="place"'],
    )


def test_falls_log_pages_past_twenty_entries(alice_client, alice):
    Fall.objects.bulk_create(
        Fall(
            user=alice,
            day=date(2026, 1, 1) + timedelta(days=n),
            place="hall",
            hurt=False,
        )
        for n in range(25)
    )
    first = alice_client.get("/home-safety/falls/").text
    assert "Page 1 of 2" in first
    assert "25 January 2026" in first
    second = alice_client.get("/home-safety/falls/?page=2").text
    assert "1 January 2026" in second
    assert alice_client.get("/home-safety/falls/?page=junk").status_code == 200


# For the dashboard.


def test_dashboard_summary_gives_progress_due_items_and_the_latest_self_check(
    alice, guidance, django_assert_num_queries
):
    floors = items_of("floors")
    answer_item(alice, floors[0], Status.FINE, day=date(2025, 1, 1))
    answer_item(alice, floors[1], Status.NEEDS_FIXING, day=date(2026, 3, 1))
    check = SelfCheck.objects.create(
        user=alice, day=date(2026, 3, 1), score=5, max_score=14, threshold=4
    )
    # the user's facts (settings, last fall, latest self-check), items, answers
    with django_assert_num_queries(3):
        summary = queries.dashboard_summary(alice, date(2026, 3, 3))
    assert (summary.progress.done, summary.progress.target) == (1, 17)
    assert [view.item for view in summary.due] == [floors[0]]
    assert [view.item for view in summary.needs_fixing] == [floors[1]]
    assert summary.latest_self_check == check
    assert (summary.latest_self_check.score, summary.latest_self_check.day) == (
        5,
        date(2026, 3, 1),
    )


def test_dashboard_summary_counts_a_fall_and_works_before_any_settings(alice, guidance):
    HomeSafetySettings.objects.all().delete()
    floors = items_of("floors")
    answer_item(alice, floors[0], Status.FINE, day=date(2026, 3, 1))
    Fall.objects.create(
        user=alice,
        day=date(2026, 3, 2),
        place="Hall",
        hurt=False,
        created_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
    )
    summary = queries.dashboard_summary(alice, date(2026, 3, 3))
    assert [view.item for view in summary.due] == [floors[0]]
    assert summary.latest_self_check is None


# Settings, admin and data safety.


def test_seeding_adds_one_settings_row_with_its_sources(guidance):
    settings = queries.home_safety_settings()
    assert (settings.pk, settings.recheck_interval_months) == (1, 12)
    assert settings.self_check_threshold == 4
    assert settings.self_check_threshold_source.key == "STEADI-SI"


def test_without_a_settings_row_the_defaults_apply(db):
    HomeSafetySettings.objects.all().delete()  # as before seed_guidance has run
    settings = queries.home_safety_settings()
    assert settings.pk == 1
    assert settings._state.adding
    assert (settings.recheck_interval_months, settings.self_check_threshold) == (12, 4)


def test_the_admin_allows_exactly_one_settings_row(admin_client, guidance, rf):
    model_admin = HomeSafetySettingsAdmin(HomeSafetySettings, None)
    request = rf.get("/")
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_delete_permission(
        request, HomeSafetySettings.objects.get()
    )
    response = admin_client.get("/admin/tracker/homesafetysettings/1/change/")
    assert response.status_code == 200
    HomeSafetySettings.objects.all().delete()
    assert model_admin.has_add_permission(request)


def test_the_admin_changes_the_re_check_interval(admin_client, guidance):
    settings = HomeSafetySettings.objects.get()
    response = admin_client.post(
        "/admin/tracker/homesafetysettings/1/change/",
        {
            "recheck_interval_months": "6",
            "recheck_interval_source": settings.recheck_interval_source_id,
            "recheck_interval_source_detail": "",
            "self_check_threshold": "4",
            "self_check_threshold_source": settings.self_check_threshold_source_id,
            "self_check_threshold_source_detail": "",
        },
    )
    assert response.status_code == 302
    assert HomeSafetySettings.objects.get().recheck_interval_months == 6


@pytest.mark.parametrize("slug", ["self-check", "falls", "items"])
def test_a_room_cannot_take_the_address_of_another_page(db, slug):
    form = RoomForm(data={"name": "Odd", "slug": slug, "order": 9})
    assert not form.is_valid()
    assert "is the address of another page" in form.errors["slug"][0]


def test_an_answered_item_cannot_be_deleted_only_retired(alice, guidance):
    item = items_of("floors")[0]
    answer_item(alice, item, Status.FINE)
    with pytest.raises(ProtectedError):
        item.delete()


def test_deleting_an_account_deletes_its_home_safety_data(alice, guidance):
    answer_item(alice, items_of("floors")[0], Status.FINE)
    make_self_checks(alice, 1)
    Fall.objects.create(user=alice, day=date(2026, 3, 1), place="hall", hurt=False)
    get_user_model().objects.filter(pk=alice.pk).delete()
    assert not ChecklistAnswer.objects.exists()
    assert not SelfCheck.objects.exists()
    assert not Fall.objects.exists()


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
