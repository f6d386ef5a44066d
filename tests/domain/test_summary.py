"""Weekly summaries and trends, tested without a database."""

from dataclasses import replace
from datetime import UTC, date, datetime

from tracker.domain import exercise, home_safety, intake, summary
from tracker.domain.targets import Target
from tracker.domain.weeks import Week

WEEK = Week(2026, 48)  # Monday 23 to Sunday 29 November 2026
MON, TUE, WED, THU, FRI, SAT, SUN = WEEK.days
AFTER_THE_WEEK = date(2026, 12, 2)


def target(amount, unit="mg"):
    return Target(
        nutrient="calcium",
        kind="recommended",
        amount=amount,
        amount_max=None,
        unit=unit,
        source_title="Source",
        source_url="https://example.org/",
        source_detail="",
        note="",
    )


CALCIUM_TARGET = target(1200)
VITAMIN_D_TARGET = target(800, "IU")

STRENGTH = exercise.WeeklyTarget(
    id=1, label="Strength sessions", category="resistance", measure="sessions", amount=2
)
BALANCE = exercise.WeeklyTarget(
    id=2, label="Balance minutes", category="balance", measure="minutes", amount=120
)
TARGETS = [STRENGTH, BALANCE]


def day(calcium, vitamin_d=800):
    return intake.DayTotals(calcium_mg=calcium, vitamin_d_iu=vitamin_d, logged=True)


def session(on, minutes, *categories):
    return exercise.Session(
        day=on, minutes=minutes, impact=0, categories=frozenset(categories)
    )


def exercise_week(sessions, week=WEEK):
    return exercise.exercise_week(week, sessions, TARGETS, had_spine_fracture=False)


def weekly(totals, sessions=(), today=AFTER_THE_WEEK, home=None, **kwargs):
    return summary.weekly_summary(
        WEEK,
        today=today,
        totals_by_day=totals,
        calcium_target=kwargs.pop("calcium_target", CALCIUM_TARGET),
        vitamin_d_target=VITAMIN_D_TARGET,
        vitamin_d_unit="IU",
        exercise=exercise_week(list(sessions)),
        home=home,
        **kwargs,
    )


def lines(report):
    return [line.words for line in report.overview]


def test_a_full_week_opens_with_one_short_line_per_habit():
    totals = {d: day(1250) for d in (MON, TUE, WED, THU, FRI)} | {
        SAT: day(900),
        SUN: day(700),
    }
    sessions = [
        session(MON, 30, "resistance"),
        session(WED, 30, "resistance"),
        session(TUE, 40, "balance"),
        session(THU, 40, "balance"),
    ]
    report = weekly(totals, sessions)
    # (5 × 1,250 + 900 + 700) / 7 = 1,121.4: the average of the logged days.
    assert lines(report) == [
        "Calcium: 1,121 mg a day on average (goal 1,200) — not yet",
        "Vitamin D: 800 IU a day on average (goal 800) — met",
        "Strength: 2 sessions (goal 2) — met",
        "Balance: 80 minutes (goal 120) — not yet",
    ]
    assert (report.calcium_days_met, report.vitamin_d_days_met) == (5, 7)


def test_the_average_counts_only_logged_days_so_one_gap_is_not_a_failure():
    report = weekly({MON: day(1300), TUE: day(1100)})
    assert report.logged_days == 2
    assert report.calcium_average.words == "1,200 mg (goal 1,200): target met"
    assert lines(report)[0] == "Calcium: 1,200 mg a day on average (goal 1,200) — met"


def test_a_week_with_no_data_says_so_calmly():
    report = weekly({})
    assert lines(report) == ["This week: nothing logged"]
    assert not report.anything_logged
    assert report.calcium_average is None
    assert all(not d.logged for d in report.days)


def test_the_current_week_counts_only_the_days_so_far():
    report = weekly({MON: day(1200), TUE: day(1250)}, today=WED)
    assert report.is_current
    assert report.days_so_far == 3
    assert report.calcium_days_met == 2
    assert lines(report)[0] == "Calcium: 1,225 mg a day on average (goal 1,200) — met"
    assert [d.is_future for d in report.days] == [False] * 3 + [True] * 4


def test_vitamin_d_average_is_in_the_users_unit():
    report = summary.weekly_summary(
        WEEK,
        today=AFTER_THE_WEEK,
        totals_by_day={MON: day(1000, 600), TUE: day(1000, 1000)},
        calcium_target=CALCIUM_TARGET,
        vitamin_d_target=VITAMIN_D_TARGET,
        vitamin_d_unit="mcg",
        exercise=exercise_week([]),
    )
    assert report.vitamin_d_average.words == "20.0 µg (goal 20.0): target met"


def test_without_targets_nothing_is_marked_met():
    report = summary.weekly_summary(
        WEEK,
        today=AFTER_THE_WEEK,
        totals_by_day={MON: day(5000)},
        calcium_target=None,
        vitamin_d_target=None,
        vitamin_d_unit="IU",
        exercise=exercise_week([]),
    )
    assert report.calcium_days_met == 0
    assert report.calcium_average is None


def answer(item_id, status, when, fixed_on=None, answer_id=0):
    return home_safety.Answer(
        item_id=item_id,
        status=status,
        answered_at=when,
        day=when.date(),
        fixed_on=fixed_on,
        id=answer_id,
    )


def test_home_week_counts_fixes_of_the_week_and_what_was_still_open():
    answers = [
        answer(
            1, home_safety.NEEDS_FIXING, datetime(2026, 11, 1, tzinfo=UTC), answer_id=1
        ),
        answer(
            1, home_safety.FIXED, datetime(2026, 11, 24, tzinfo=UTC), TUE, answer_id=2
        ),
        answer(
            2, home_safety.NEEDS_FIXING, datetime(2026, 11, 2, tzinfo=UTC), answer_id=3
        ),
        answer(
            3,
            home_safety.FIXED,
            datetime(2026, 11, 3, tzinfo=UTC),
            date(2026, 11, 3),
            4,
        ),
        answer(4, home_safety.FINE, datetime(2026, 11, 3, tzinfo=UTC), answer_id=5),
    ]
    home = summary.home_week(
        WEEK,
        answers,
        questions={1: "Loose rugs?", 2: "Dark stairs?", 3: "Cords?", 4: "Clutter?"},
        fall_kinds=[home_safety.FALL, home_safety.NEAR_MISS, home_safety.NEAR_MISS],
        self_checks=[summary.SelfCheckScore(WED, 5, 14, 4)],
    )
    assert home.fixed == (summary.FixedItem("Loose rugs?", TUE),)
    assert home.still_open == 1
    assert (home.falls, home.near_misses) == (1, 2)
    assert home.self_checks[0].talk_to_clinician


def test_a_fix_then_a_new_problem_is_open_not_fixed():
    answers = [
        answer(1, home_safety.FIXED, datetime(2026, 11, 23, 9, tzinfo=UTC), MON, 1),
        answer(
            1,
            home_safety.NEEDS_FIXING,
            datetime(2026, 11, 25, 9, tzinfo=UTC),
            answer_id=2,
        ),
    ]
    home = summary.home_week(
        WEEK, answers, questions={1: "Rugs?"}, fall_kinds=[], self_checks=[]
    )
    assert (home.fixed, home.still_open) == ((), 1)


def test_a_week_of_near_misses_is_close_not_met_on_0_days():
    report = weekly({d: day(1195, 790) for d in WEEK.days})
    assert report.calcium_days_met == 0
    assert report.calcium_days_close == 7
    assert report.close_note == (
        "Calcium came close on 7 more days (within 5 % of the target, "
        "not counted as met)."
    )
    assert report.close_meaning == (
        "Close means within 5 % of the goal; it does not count as met."
    )

    assert [d.target_words for d in report.days] == ["Both close"] * 7
    assert lines(report)[:2] == [
        "Calcium: 1,195 mg a day on average (goal 1,200) — close",
        "Vitamin D: 790 IU a day on average (goal 800) — close",
    ]


def test_the_admin_margin_decides_close_and_is_said_as_such():
    target = replace(CALCIUM_TARGET, close_percent=90)
    report = weekly({d: day(1100, 790) for d in WEEK.days}, calcium_target=target)
    assert report.calcium_days_met == 0
    assert report.calcium_days_close == 7
    assert "within 10 % of the target" in report.close_note
    assert report.close_meaning == (
        "Close means within 10 % of the goal; it does not count as met."
    )


def test_each_day_says_which_targets_it_met_and_came_close_to():
    report = weekly(
        {MON: day(1200, 800), TUE: day(1200, 790), WED: day(1000, 790), THU: day(0, 0)}
    )
    assert [d.target_words for d in report.days[:4]] == [
        "Both",
        "Calcium; vitamin D close",
        "Vitamin D close",
        "Not yet",
    ]
    assert report.close_note == ""


def test_home_news_joins_the_list():
    home = summary.HomeWeek(fixed=(summary.FixedItem("Rugs?", TUE),), falls=1)
    assert lines(weekly({}, home=home)) == [
        "Calcium and vitamin D: nothing logged",
        "Strength: 0 sessions (goal 2) — not yet",
        "Balance: 0 minutes (goal 120) — not yet",
        "Home safety: 1 fix made",
        "Falls: 1 fall logged",
    ]


def test_sessions_past_the_goal_never_read_as_5_of_2():
    sessions = [session(d, 20, "balance") for d in (MON, TUE, WED, THU, FRI)]
    report = weekly({}, sessions)
    assert "Balance: 100 minutes (goal 120) — not yet" in lines(report)
    strength = [session(d, 20, "resistance") for d in (MON, TUE, WED, THU, FRI)]
    assert "Strength: 5 sessions (goal 2) — met" in lines(weekly({}, strength))
    assert not any(" of 2" in line for line in lines(weekly({}, strength)))


def test_trend_gives_each_week_its_averages_and_minutes():
    previous = WEEK.previous()
    totals = {previous.monday: day(1000, 400), MON: day(1200), TUE: day(1300)}
    sessions = [
        session(previous.monday, 30, "balance"),
        session(MON, 45, "balance", "weight_bearing"),  # dancing counts twice...
    ]
    rows = summary.trend(
        [previous, WEEK], today=AFTER_THE_WEEK, totals_by_day=totals, sessions=sessions
    )
    assert [row.week for row in rows] == [previous, WEEK]
    assert (rows[0].average_calcium_mg, rows[1].average_calcium_mg) == (1000, 1250)
    assert rows[1].minutes_by_category == {"balance": 45, "weight_bearing": 45}
    assert rows[1].total_minutes == 45  # ...but is one session of 45 minutes


def test_trend_weeks_with_nothing_logged_have_no_average():
    rows = summary.trend([WEEK], today=AFTER_THE_WEEK, totals_by_day={}, sessions=[])
    assert rows[0].average_calcium_mg is None
    assert rows[0].total_minutes == 0


def test_trend_says_which_weeks_met_every_exercise_goal():
    sessions = [session(MON, 30, "resistance"), session(TUE, 30, "resistance")]
    sessions += [session(WED, 120, "balance")]
    rows = summary.trend(
        [WEEK.previous(), WEEK],
        today=AFTER_THE_WEEK,
        totals_by_day={},
        sessions=sessions,
        targets=TARGETS,
        had_spine_fracture=False,
    )
    assert [row.exercise_goals_met for row in rows] == [False, True]
    assert summary.goal_streak([row.exercise_goals_met for row in rows]) == 1


def test_streaks_count_weeks_in_a_row_ending_now():
    assert summary.goal_streak([True, False, True, True]) == 2
    assert summary.goal_streak([True, True, False]) == 0
    assert summary.goal_streak([]) == 0


def test_vitamin_d_chart_values_follow_the_unit():
    assert summary.vitamin_d_value(800, "mcg") == 20.0
    assert summary.vitamin_d_value(800, "IU") == 800.0
    assert summary.vitamin_d_value(None, "IU") is None


def test_week_overviews_give_each_week_what_trend_gives_it():
    previous = WEEK.previous()
    totals = {previous.monday: day(1000, 400), MON: day(1200), TUE: day(1301)}
    sessions = [session(previous.monday, 30, "balance"), session(MON, 45, "balance")]
    sessions += [session(MON, 20, "resistance")]
    trend = summary.trend(
        [previous, WEEK], today=AFTER_THE_WEEK, totals_by_day=totals, sessions=sessions
    )
    rows = summary.week_overviews(
        [previous, WEEK],
        today=AFTER_THE_WEEK,
        totals_by_day=totals,
        minutes_by_day={previous.monday: 30, MON: 65},
    )
    assert [
        (row.week, row.logged_days, row.average_calcium_mg, row.total_minutes)
        for row in rows
    ] == [
        (row.week, row.logged_days, row.average_calcium_mg, row.total_minutes)
        for row in trend
    ]
    assert rows[1].average_calcium_mg == 1251  # 1250.5, half up
    assert [row.average_vitamin_d_iu for row in rows] == [
        row.average_vitamin_d_iu for row in trend
    ]
