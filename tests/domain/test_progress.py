from decimal import Decimal

from tracker.domain.progress import Progress


def test_progress_says_how_much_is_left():
    progress = Progress(done=1195, target=1200, unit="mg")
    assert progress.words == "1,195 of 1,200 mg (5 mg to go)"
    assert not progress.met
    assert progress.percent == 99


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
