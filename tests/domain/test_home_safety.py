"""Checklist state, progress, re-check dates and the self-check score, without a
database. The self-check runs on the shipped seed statements."""

from datetime import UTC, date, datetime, timedelta

import pytest

from tracker.domain.home_safety import (
    FINE,
    FIXED,
    NEEDS_FIXING,
    NOT_APPLICABLE,
    NOT_CHECKED,
    Answer,
    Item,
    Statement,
    checklist_progress,
    checklist_summary,
    item_state,
    repeats_latest,
    score_self_check,
)
from tracker.seed.home_safety import SELF_CHECK_STATEMENTS

STATEMENTS = [
    Statement(id=row["number"], points=row["points"], why=row["why"])
    for row in SELF_CHECK_STATEMENTS
]
THRESHOLD = 4


def at(day, hour=12):
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def answer(item_id, status, day, hour=12, answer_id=0, **fields):
    return Answer(
        item_id=item_id,
        status=status,
        answered_at=at(day, hour),
        day=day,
        id=answer_id,
        **fields,
    )


def state(history, today, interval_months=12, last_fall_logged_at=None, item_id=1):
    return item_state(
        item_id,
        history,
        today=today,
        interval_months=interval_months,
        last_fall_logged_at=last_fall_logged_at,
    )


# Month arithmetic.


# Item state and due dates.


NOON = datetime(2026, 3, 3, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("new", "repeats"),
    [
        (Answer(1, FINE, NOON + timedelta(seconds=30), NOON.date()), True),
        (Answer(1, FINE, NOON + timedelta(seconds=60), NOON.date()), True),
        (Answer(1, FINE, NOON + timedelta(seconds=61), NOON.date()), False),
        (Answer(1, FINE, NOON, NOON.date(), note="rug moved"), False),
        (Answer(1, NEEDS_FIXING, NOON, NOON.date()), False),
        (Answer(1, FIXED, NOON, NOON.date(), fixed_on=NOON.date()), False),
    ],
)
def test_the_same_answer_within_a_minute_repeats_the_latest(new, repeats):
    latest = Answer(1, FINE, NOON, NOON.date())
    assert repeats_latest(new, latest, timedelta(seconds=60)) is repeats


def test_a_first_answer_repeats_nothing():
    new = Answer(1, FINE, NOON, NOON.date())
    assert repeats_latest(new, None, timedelta(seconds=60)) is False


def test_an_item_never_answered_is_not_checked_and_not_due():
    result = state([], today=date(2030, 1, 1))
    assert result.status == NOT_CHECKED
    assert not result.checked
    assert not result.due
    assert result.recheck_on is None
    assert result.answer_count == 0


def test_the_latest_answer_is_the_items_state_whatever_the_input_order():
    history = [
        answer(1, FIXED, date(2026, 5, 1), fixed_on=date(2026, 4, 30)),
        answer(1, NEEDS_FIXING, date(2026, 3, 3)),
    ]
    result = state(history, today=date(2026, 6, 1))
    assert result.status == FIXED
    assert result.answer.fixed_on == date(2026, 4, 30)
    assert result.first_answered_on == date(2026, 3, 3)
    assert result.answer_count == 2


def test_answers_in_the_same_instant_are_ordered_by_id():
    history = [
        answer(1, FINE, date(2026, 3, 3), answer_id=8),
        answer(1, NEEDS_FIXING, date(2026, 3, 3), answer_id=7),
    ]
    assert state(history, today=date(2026, 3, 3)).status == FINE


def test_an_answer_is_due_on_the_day_the_interval_runs_out_and_not_before():
    history = [answer(1, FINE, date(2026, 3, 3))]
    assert state(history, today=date(2027, 3, 2)).due is False
    due = state(history, today=date(2027, 3, 3))
    assert due.due is True
    assert due.recheck_on == date(2027, 3, 3)
    assert due.due_after_fall is False


@pytest.mark.parametrize(
    ("answered", "not_yet", "due_on"),
    [
        (date(2024, 2, 29), date(2025, 2, 27), date(2025, 2, 28)),
        (date(2028, 2, 29), date(2029, 2, 27), date(2029, 2, 28)),
    ],
)
def test_an_answer_given_on_a_leap_day_is_due_on_28_february(answered, not_yet, due_on):
    history = [answer(1, FIXED, answered, fixed_on=answered)]
    assert state(history, today=not_yet).due is False
    assert state(history, today=due_on).due is True
    assert state(history, today=due_on).recheck_on == due_on


@pytest.mark.parametrize(
    ("answered", "due_on"),
    [(date(2023, 1, 31), date(2023, 2, 28)), (date(2024, 1, 31), date(2024, 2, 29))],
)
def test_a_one_month_interval_from_31_january_ends_with_february(answered, due_on):
    history = [answer(1, FINE, answered)]
    assert state(history, today=due_on - timedelta(days=1), interval_months=1).due is (
        False
    )
    assert state(history, today=due_on, interval_months=1).due is True


def test_a_later_answer_restarts_the_interval():
    history = [
        answer(1, NEEDS_FIXING, date(2026, 3, 3)),
        answer(1, FINE, date(2027, 3, 5)),
    ]
    result = state(history, today=date(2027, 6, 1))
    assert not result.due
    assert result.recheck_on == date(2028, 3, 5)


def test_a_fall_logged_after_an_answer_makes_it_due_at_once():
    history = [answer(1, FINE, date(2026, 3, 3), hour=9)]
    fall = at(date(2026, 3, 3), hour=15)
    result = state(history, today=date(2026, 3, 3), last_fall_logged_at=fall)
    assert result.due is True
    assert result.due_after_fall is True


def test_a_fall_logged_before_the_answer_does_not_make_it_due():
    history = [answer(1, FINE, date(2026, 3, 3), hour=15)]
    fall = at(date(2026, 3, 3), hour=9)
    assert not state(history, today=date(2026, 3, 4), last_fall_logged_at=fall).due


def test_an_item_reset_to_not_checked_is_neither_due_nor_counted_as_checked():
    history = [
        answer(1, FINE, date(2025, 1, 1)),
        answer(1, NOT_CHECKED, date(2025, 2, 1)),
    ]
    result = state(
        history, today=date(2027, 1, 1), last_fall_logged_at=at(date(2026, 1, 1))
    )
    assert not result.checked
    assert not result.due
    assert result.first_answered_on == date(2025, 1, 1)
    assert result.answer_count == 2


@pytest.mark.parametrize("status", [FINE, NEEDS_FIXING, FIXED, NOT_APPLICABLE])
def test_every_kind_of_answer_comes_due_for_a_re_check(status):
    fixed_on = date(2026, 3, 3) if status == FIXED else None
    history = [answer(1, status, date(2026, 3, 3), fixed_on=fixed_on)]
    assert state(history, today=date(2027, 3, 3)).due


# Progress.


def states_with(*statuses):
    return [
        state([answer(n, status, date(2026, 3, 3))], today=date(2026, 3, 3), item_id=n)
        if status != NOT_CHECKED
        else state([], today=date(2026, 3, 3), item_id=n)
        for n, status in enumerate(statuses)
    ]


def test_progress_counts_fine_and_fixed_as_safe_out_of_the_applicable_items():
    progress = checklist_progress(
        states_with(FINE, FIXED, NEEDS_FIXING, NOT_CHECKED, NOT_APPLICABLE)
    )
    assert (progress.done, progress.target) == (2, 4)
    assert progress.percent == 50
    assert not progress.met
    assert progress.words == (
        "2 of 4 items safe or fixed: 1 needs fixing, 1 not checked yet."
    )


def test_items_that_do_not_apply_leave_progress_unchanged():
    with_na = checklist_progress(states_with(FINE, NEEDS_FIXING, NOT_APPLICABLE))
    without = checklist_progress(states_with(FINE, NEEDS_FIXING))
    assert (with_na.done, with_na.target) == (without.done, without.target) == (1, 2)
    assert with_na.not_applicable == 1


def test_progress_is_met_when_every_applicable_item_is_safe():
    progress = checklist_progress(states_with(FINE, FIXED, NOT_APPLICABLE))
    assert progress.met
    assert progress.percent == 100
    assert progress.words == "All 2 items safe or fixed."


def test_progress_words_are_singular_for_one_item():
    assert checklist_progress(states_with(FINE)).words == "All 1 item safe or fixed."
    assert checklist_progress(states_with(NEEDS_FIXING, NEEDS_FIXING)).words == (
        "0 of 2 items safe or fixed: 2 need fixing."
    )


def test_a_room_where_nothing_applies_has_no_target_and_says_so():
    progress = checklist_progress(states_with(NOT_APPLICABLE, NOT_APPLICABLE))
    assert progress.target == 0
    assert not progress.met
    assert progress.percent == 0
    assert progress.words == "None of these items apply to your home."


def test_nothing_answered_yet_is_zero_of_all():
    progress = checklist_progress(states_with(NOT_CHECKED, NOT_CHECKED, NOT_CHECKED))
    assert progress.words == "0 of 3 items safe or fixed: 3 not checked yet."


# The whole checklist.


def test_the_summary_gives_progress_per_room_and_lists_in_checklist_order():
    items = [Item(1, room_id=10), Item(2, room_id=10), Item(3, room_id=20)]
    answers = [
        answer(3, FINE, date(2025, 1, 1)),
        answer(1, NEEDS_FIXING, date(2026, 3, 3)),
        answer(2, NEEDS_FIXING, date(2025, 1, 1)),
        answer(99, NEEDS_FIXING, date(2026, 3, 3)),  # a retired item: ignored
    ]
    summary = checklist_summary(
        items,
        answers,
        today=date(2026, 3, 4),
        interval_months=12,
        last_fall_logged_at=None,
    )
    assert (summary.overall.done, summary.overall.target) == (1, 3)
    assert (summary.by_room[10].done, summary.by_room[10].target) == (0, 2)
    assert (summary.by_room[20].done, summary.by_room[20].target) == (1, 1)
    assert summary.needs_fixing == (1, 2)
    # Item 2 is due too, but it is listed with the items that need fixing.
    assert summary.states[2].due
    assert summary.due == (3,)
    assert 99 not in summary.states


def test_after_a_fall_every_answered_item_is_due_but_unanswered_ones_are_not():
    items = [Item(1, 10), Item(2, 10), Item(3, 20)]
    answers = [
        answer(1, FINE, date(2026, 3, 3)),
        answer(2, NOT_APPLICABLE, date(2026, 3, 3)),
    ]
    summary = checklist_summary(
        items,
        answers,
        today=date(2026, 3, 10),
        interval_months=12,
        last_fall_logged_at=at(date(2026, 3, 10)),
    )
    assert summary.due == (1, 2)


# The Stay Independent self-check.


def score(yes, threshold=THRESHOLD):
    return score_self_check(STATEMENTS, yes, threshold=threshold)


def test_the_shipped_self_check_scores_from_0_to_14():
    assert score(set()).score == 0
    assert score({s.id for s in STATEMENTS}).score == 14
    assert score(set()).max_score == 14


def every_answer_set():
    """Yield every way to answer yes to the first two and some of the others."""
    ones = [s.id for s in STATEMENTS if s.points == 1]
    for first_two in ([], [1], [2], [1, 2]):
        for count in range(len(ones) + 1):
            yield set(first_two) | set(ones[:count])


def test_every_score_from_0_to_14_is_reached_and_counted_as_the_brochure_does():
    seen = set()
    for yes in every_answer_set():
        expected = 2 * len(yes & {1, 2}) + len(yes - {1, 2})
        result = score(yes)
        assert result.score == expected
        assert result.talk_to_clinician is (expected >= 4)
        seen.add(result.score)
    assert seen == set(range(15))


@pytest.mark.parametrize(
    ("yes", "expected_score", "talk"),
    [
        ({3, 4, 5}, 3, False),
        ({3, 4, 5, 6}, 4, True),
        ({1, 3}, 3, False),
        ({1, 2}, 4, True),
        ({1, 3, 4}, 4, True),
    ],
)
def test_a_score_of_4_or_more_means_talk_to_your_clinician(yes, expected_score, talk):
    result = score(yes)
    assert result.score == expected_score
    assert result.talk_to_clinician is talk


def test_the_reasons_are_the_why_of_each_yes_in_statement_order():
    result = score({6, 1})
    assert result.reasons == (STATEMENTS[0].why, STATEMENTS[5].why)


def test_the_threshold_is_a_setting():
    assert score({3, 4}, threshold=2).talk_to_clinician
    assert not score({3, 4, 5, 6}, threshold=5).talk_to_clinician


def test_points_come_from_the_statements():
    statements = [Statement(1, 3, "a"), Statement(2, 0, "b"), Statement(3, 1, "")]
    result = score_self_check(statements, {1, 2, 3}, threshold=4)
    assert (result.score, result.max_score) == (4, 4)
    assert result.reasons == ("a", "b")
