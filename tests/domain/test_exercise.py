"""Weekly exercise arithmetic: plain Python, no database."""

from dataclasses import replace
from datetime import date

import pytest

from tracker.domain import exercise
from tracker.domain.citations import Citation
from tracker.domain.exercise import (
    BALANCE,
    DAYS,
    MINUTES,
    NO_SPINE_FRACTURE,
    POSTURE,
    RESISTANCE,
    SESSIONS,
    SPINE_FRACTURE,
    WEIGHT_BEARING,
    Session,
    WeeklyTarget,
)
from tracker.domain.weeks import Week, days_of_week

# The shipped targets (tracker/seed/exercise.py), as the week page gets them.
WEIGHT_BEARING_MINUTES = WeeklyTarget(1, "Weight-bearing", WEIGHT_BEARING, MINUTES, 150)
IMPACT_DAYS = WeeklyTarget(
    2, "Impact days", WEIGHT_BEARING, DAYS, 4, 2, NO_SPINE_FRACTURE
)
GENTLE_DAYS = WeeklyTarget(3, "Gentle days", WEIGHT_BEARING, DAYS, 7, 1, SPINE_FRACTURE)
STRENGTH_SESSIONS = WeeklyTarget(4, "Strength", RESISTANCE, SESSIONS, 2)
BALANCE_MINUTES = WeeklyTarget(5, "Balance minutes", BALANCE, MINUTES, 120)
BALANCE_SESSIONS = WeeklyTarget(6, "Balance sessions", BALANCE, SESSIONS, 2)
POSTURE_DAYS = WeeklyTarget(7, "Posture", POSTURE, DAYS, 7)
TARGETS = [
    WEIGHT_BEARING_MINUTES,
    IMPACT_DAYS,
    GENTLE_DAYS,
    STRENGTH_SESSIONS,
    BALANCE_MINUTES,
    BALANCE_SESSIONS,
    POSTURE_DAYS,
]


def walk(day, minutes=30):
    return Session(day, minutes, impact=1, categories=frozenset({WEIGHT_BEARING}))


def skip(day, minutes=10):
    return Session(day, minutes, impact=2, categories=frozenset({WEIGHT_BEARING}))


def dance(day, minutes=45):
    return Session(day, minutes, 1, frozenset({WEIGHT_BEARING, BALANCE}))


def squats(day, minutes=15):
    return Session(day, minutes, impact=0, categories=frozenset({RESISTANCE}))


def tai_chi(day, minutes=20):
    return Session(day, minutes, impact=0, categories=frozenset({BALANCE}))


def chin_tuck(day, minutes=5):
    return Session(day, minutes, impact=0, categories=frozenset({POSTURE}))


WEEK = Week(2026, 48)  # Monday 23 to Sunday 29 November 2026
MON, TUE, WED, THU, FRI, SAT, SUN = WEEK.days


def words(summary):
    return {item.target.label: item.progress.words for item in summary.targets}


def test_a_realistic_week_gives_the_right_progress_for_every_category():
    sessions = [
        walk(MON, 30),
        squats(MON),
        chin_tuck(MON),
        dance(TUE, 45),
        skip(TUE, 10),
        chin_tuck(TUE),
        tai_chi(WED, 20),
        walk(WED, 25),
        squats(THU),
        skip(FRI, 10),
        walk(SAT, 40),
        skip(SAT, 10),
        chin_tuck(SAT),
        tai_chi(SUN, 30),
        skip(SUN, 10),
    ]
    summary = exercise.exercise_week(WEEK, sessions, TARGETS, had_spine_fracture=False)
    assert words(summary) == {
        "Weight-bearing": "180 minutes (goal 150): target met",
        "Impact days": "4 days (goal 4): target met",
        "Strength": "2 sessions (goal 2): target met",
        "Balance minutes": "95 of 120 minutes (25 minutes to go)",
        "Balance sessions": "3 sessions (goal 2): target met",
        "Posture": "3 of 7 days (4 days to go)",
    }
    assert summary.minutes_by_category == {
        WEIGHT_BEARING: 180,
        RESISTANCE: 30,
        BALANCE: 95,
        POSTURE: 15,
    }
    assert summary.active_days == frozenset(WEEK.days)
    assert not summary.all_met


def test_a_session_counts_toward_every_category_of_its_activity():
    summary = exercise.exercise_week(
        WEEK, [dance(MON, 45)], TARGETS, had_spine_fracture=False
    )
    assert words(summary)["Weight-bearing"] == "45 of 150 minutes (105 minutes to go)"
    assert words(summary)["Balance minutes"] == "45 of 120 minutes (75 minutes to go)"
    assert words(summary)["Balance sessions"] == "1 of 2 sessions (1 session to go)"


def test_days_count_each_day_once_however_many_sessions_it_has():
    sessions = [chin_tuck(MON), chin_tuck(MON), chin_tuck(MON), chin_tuck(TUE)]
    assert exercise.amount_done(POSTURE_DAYS, sessions) == 2


def test_impact_days_count_only_activities_at_the_minimum_impact():
    sessions = [walk(MON), walk(TUE), skip(TUE), dance(WED)]
    assert exercise.amount_done(IMPACT_DAYS, sessions) == 1
    assert exercise.impact_days(sessions, 2) == frozenset({TUE})
    assert exercise.impact_days(sessions, 1) == frozenset({MON, TUE, WED})


def test_minimum_impact_applies_to_minutes_too():
    target = WeeklyTarget(9, "Impact minutes", WEIGHT_BEARING, MINUTES, 30, 2)
    assert exercise.amount_done(target, [walk(MON, 60), skip(MON, 10)]) == 10


def test_without_a_spine_fracture_the_impact_target_applies():
    labels = [
        target.label
        for target in exercise.targets_for(TARGETS, had_spine_fracture=False)
    ]
    assert "Impact days" in labels
    assert "Gentle days" not in labels
    assert len(labels) == 6


def test_after_a_spine_fracture_the_gentle_target_replaces_the_impact_one():
    summary = exercise.exercise_week(
        WEEK, [walk(MON), skip(TUE)], TARGETS, had_spine_fracture=True
    )
    assert "Impact days" not in words(summary)
    # The skip is moderate impact: not a gentle choice, so only the walk counts.
    assert words(summary)["Gentle days"] == "1 of 7 days (6 days to go)"


@pytest.mark.parametrize(
    ("impact", "counts"), [(0, False), (1, True), (2, False), (3, False)]
)
def test_the_gentle_days_count_only_lower_impact(impact, counts):
    session = exercise.Session(
        day=MON, minutes=20, impact=impact, categories=frozenset({WEIGHT_BEARING})
    )
    assert GENTLE_DAYS.counts(session) is counts
    # Without a spine fracture, moderate impact is just what the impact goal wants.
    assert IMPACT_DAYS.counts(session) is (impact >= 2)


def test_sessions_outside_the_week_are_ignored():
    sessions = [walk(date(2026, 11, 22)), walk(MON), walk(date(2026, 11, 30))]
    summary = exercise.exercise_week(WEEK, sessions, TARGETS, had_spine_fracture=False)
    assert words(summary)["Weight-bearing"] == "30 of 150 minutes (120 minutes to go)"
    assert summary.active_days == frozenset({MON})


def test_an_empty_week_has_everything_to_go_and_nothing_met():
    summary = exercise.exercise_week(WEEK, [], TARGETS, had_spine_fracture=False)
    assert words(summary)["Posture"] == "0 of 7 days (7 days to go)"
    assert summary.active_days == frozenset()
    assert not summary.all_met


def test_a_week_with_every_target_met_says_so():
    sessions = [walk(day, 25) for day in WEEK.days]
    sessions += [skip(day) for day in WEEK.days[:4]]
    sessions += [squats(MON), squats(THU), tai_chi(TUE, 60), tai_chi(FRI, 60)]
    sessions += [chin_tuck(day) for day in WEEK.days]
    summary = exercise.exercise_week(WEEK, sessions, TARGETS, had_spine_fracture=False)
    assert summary.all_met


def test_no_targets_is_not_all_met():
    assert not exercise.exercise_week(WEEK, [], [], had_spine_fracture=False).all_met


def test_the_sources_of_the_goals_are_named_once_each_in_order():
    canada = Citation("Too Fit To Fracture", "https://example.org/a", "", "OC, 2014")
    society = Citation("Strong, Steady and Straight", "https://example.org/b", "", "")
    targets = [
        replace(STRENGTH_SESSIONS, source=canada),
        replace(BALANCE_SESSIONS, source=society),
        replace(POSTURE_DAYS, source=canada),
        replace(BALANCE_MINUTES, source=None),
    ]
    summary = exercise.exercise_week(WEEK, [], targets, had_spine_fracture=False)
    # An empty short name falls back to the title's first part.
    assert summary.source_names == ["OC, 2014", "Strong"]


def test_an_unknown_measure_is_an_error_not_a_silent_zero():
    target = WeeklyTarget(9, "Odd", POSTURE, "hours", 1)
    with pytest.raises(ValueError):
        exercise.amount_done(target, [chin_tuck(MON)])


@pytest.mark.parametrize(
    ("impact", "had_spine_fracture", "expected"),
    [(0, True, False), (1, True, False), (2, True, True), (3, True, True)]
    + [(3, False, False), (2, False, False)],
)
def test_a_gentler_choice_is_suggested_from_moderate_impact_after_a_spine_fracture(
    impact, had_spine_fracture, expected
):
    assert (
        exercise.needs_gentler_choice(impact, had_spine_fracture=had_spine_fracture)
        is expected
    )


def test_a_week_across_a_daylight_saving_change_still_has_seven_local_days():
    # Clocks in Europe/London go forward on Sunday 29 March 2026. Sessions carry
    # their local day, so the short Sunday counts like any other day.
    week = Week.of(date(2026, 3, 29))
    assert str(week) == "2026-W13"
    sessions = [chin_tuck(day) for day in week.days]
    sessions.append(chin_tuck(date(2026, 3, 30)))  # Monday after: the next week
    summary = exercise.exercise_week(week, sessions, TARGETS, had_spine_fracture=False)
    assert words(summary)["Posture"] == "7 days (goal 7): target met"
    assert len(summary.active_days) == 7


def test_the_autumn_daylight_saving_week_counts_its_long_sunday_once():
    week = Week.of(date(2026, 10, 25))  # clocks go back on Sunday 25 October
    sessions = [tai_chi(date(2026, 10, 25), 20), tai_chi(date(2026, 10, 25), 20)]
    summary = exercise.exercise_week(week, sessions, TARGETS, had_spine_fracture=False)
    assert words(summary)["Balance minutes"] == "40 of 120 minutes (80 minutes to go)"
    assert summary.active_days == frozenset({date(2026, 10, 25)})


def test_days_of_week_lists_monday_to_sunday_with_their_sessions():
    sessions = [walk(TUE, 30), chin_tuck(TUE), squats(SUN), walk(date(2026, 12, 1))]
    days = days_of_week(WEEK, sessions, WED, lambda session: session.day)
    assert [day.day for day in days] == WEEK.days
    assert [len(day.items) for day in days] == [0, 2, 0, 0, 0, 0, 1]
    assert days[1].items == (walk(TUE, 30), chin_tuck(TUE))
    assert [day.is_today for day in days] == [False, False, True] + [False] * 4
    assert [day.is_future for day in days] == [False] * 3 + [True] * 4


def test_minutes_by_category_counts_a_session_in_each_of_its_categories():
    assert exercise.minutes_by_category([dance(MON, 45), walk(MON, 10)]) == {
        WEIGHT_BEARING: 55,
        BALANCE: 45,
    }


def test_a_weekly_goal_reads_close_by_the_admin_margin():
    monday = date(2026, 11, 23)
    walks = [walk(monday, 130)]  # 130 of 150 minutes: 86 %
    default = exercise.progress_toward(WEIGHT_BEARING_MINUTES, walks)
    assert default.status == "not yet"
    wider = replace(WEIGHT_BEARING_MINUTES, close_percent=85)
    assert exercise.progress_toward(wider, walks).status == "close"
    assert not exercise.progress_toward(wider, walks).met
