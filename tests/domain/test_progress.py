from decimal import Decimal

import pytest

from tracker.domain.progress import (
    CLOSE,
    MET,
    NOT_YET,
    Progress,
    close_meaning,
    standing,
)


def test_progress_says_how_much_is_left():
    progress = Progress(done=900, target=1200, unit="mg")
    assert progress.words == "900 of 1,200 mg (300 mg to go)"
    assert not progress.met
    assert progress.percent == 75


def test_a_near_miss_is_close_and_never_counted_as_met():
    progress = Progress(done=1195, target=1200, unit="mg")
    assert progress.words == "1,195 of 1,200 mg: close, 5 mg to go"
    assert progress.status == CLOSE
    assert not progress.met
    assert progress.percent == 99


@pytest.mark.parametrize(
    ("done", "target", "expected"),
    [
        (1200, 1200, MET),
        (1201, 1200, MET),
        (1199, 1200, CLOSE),
        (1140, 1200, CLOSE),  # exactly 95 %
        (1139, 1200, NOT_YET),
        (0, 1200, NOT_YET),
        (Decimal("19.0"), 20, CLOSE),
        (Decimal("18.9"), 20, NOT_YET),
        (1, 2, NOT_YET),  # half the sessions is not close
        (0, 0, NOT_YET),  # no target is never met
    ],
)
def test_one_rule_says_met_close_or_not_yet(done, target, expected):
    assert standing(done, target) == expected
    assert Progress(done=done, target=target, unit="mg").status == expected


def test_progress_past_the_target_is_met_and_the_bar_stops_at_the_end():
    progress = Progress(done=1450, target=1200, unit="mg")
    assert progress.words == "1,450 mg (goal 1,200): target met"
    assert progress.met
    assert progress.bar_value == 1200
    assert progress.percent == 100


def test_progress_can_show_decimals():
    progress = Progress(done=Decimal("12.5"), target=20, unit="µg", places=1)
    assert progress.words == "12.5 of 20.0 µg (7.5 µg to go)"


def test_nothing_done_yet():
    assert Progress(done=0, target=2, unit="sessions").words == (
        "0 of 2 sessions (2 sessions to go)"
    )


def test_progress_says_one_in_the_singular_when_given_the_word():
    progress = Progress(done=1, target=2, unit="sessions", unit_one="session")
    assert progress.words == "1 of 2 sessions (1 session to go)"
    assert Progress(done=0, target=1, unit="days", unit_one="day").words == (
        "0 of 1 day (1 day to go)"
    )


@pytest.mark.parametrize(
    ("done", "close_percent", "expected"),
    [
        (1080, 90, CLOSE),  # exactly 90 % of 1,200
        (1079, 90, NOT_YET),
        (1140, 96, NOT_YET),  # 95 % is not close when the admin asks for 96
        (1199, 99, CLOSE),
        (1200, 99, MET),
    ],
)
def test_the_admin_margin_decides_close(done, close_percent, expected):
    assert standing(done, 1200, close_percent) == expected
    progress = Progress(done=done, target=1200, unit="mg", close_percent=close_percent)
    assert progress.status == expected
    assert progress.met is (expected == MET)


def test_close_says_what_it_means():
    assert close_meaning() == (
        "Close means within 5 % of the goal; it does not count as met."
    )
    progress = Progress(done=1100, target=1200, unit="mg", close_percent=90)
    assert progress.close_meaning == (
        "Close means within 10 % of the goal; it does not count as met."
    )
