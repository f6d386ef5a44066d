"""Schedules, next doses, stages, courses and adherence, without a database."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.domain.medicines import (
    BEFORE,
    BOOK,
    CALENDAR,
    DAY,
    DUE,
    ENDED,
    FROM_LAST_DOSE,
    LATE,
    MONTH,
    PAUSED,
    SCHEDULES,
    STOPPED,
    UPCOMING,
    URGENT,
    WEEK,
    CourseLimit,
    Dose,
    Interval,
    IntervalError,
    Pause,
    Plan,
    Thresholds,
    adherence,
    course_progress,
    dose_timings,
    local_day,
    next_due,
    occurrences,
    reminder_stage,
    reminder_stages_offered,
    rule_words,
    status,
    upcoming_due_dates,
    wait_until,
    week_of_doses,
)

MONDAY = date(2026, 11, 23)  # a Monday
WEEKLY = Plan(Interval(1, WEEK), CALENDAR, start=date(2026, 1, 5))  # Mondays
DAILY = Plan(Interval(1, DAY), CALENDAR, start=date(2026, 1, 1))
MONTHLY_31ST = Plan(Interval(1, MONTH), CALENDAR, start=date(2026, 1, 31))
DENOSUMAB = Plan(Interval(6, MONTH), FROM_LAST_DOSE, start=date(2026, 1, 10))
# §7: book 4 weeks before due; urgent from 4 weeks late.
DENOSUMAB_STAGES = Thresholds(book_days=28, urgent_days=28)


def taken(*days):
    return [Dose(day) for day in days]


# --- Intervals ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "unit", "message"),
    [
        (0, WEEK, "1 or more"),
        (-3, DAY, "1 or more"),
        (61, MONTH, "more than 5 years"),
        (261, WEEK, "more than 5 years"),
        (1827, DAY, "more than 5 years"),
        (1, "fortnight", "days, weeks or months"),
    ],
)
def test_an_interval_of_0_or_over_5_years_is_refused_with_a_reason(
    count, unit, message
):
    with pytest.raises(IntervalError, match=message):
        Interval(count, unit)


def test_the_longest_intervals_are_5_years():
    assert Interval(60, MONTH).after(date(2026, 1, 1)) == date(2031, 1, 1)
    assert Interval(1826, DAY).count == 1826
    assert Interval(260, WEEK).count == 260


@pytest.mark.parametrize(
    ("code", "words", "one_dose"),
    [
        ("daily", "every day", "daily"),
        ("weekly", "every week", "weekly"),
        ("monthly", "every month", "monthly"),
        ("every_3_months", "every 3 months", "3-monthly"),
        ("every_6_months", "every 6 months", "6-monthly"),
        ("yearly", "every year", "yearly"),
        ("every_2_years", "every 2 years", "2-yearly"),
    ],
)
def test_every_library_schedule_says_how_often(code, words, one_dose):
    assert SCHEDULES[code].words == words
    assert SCHEDULES[code].dose_adjective == one_dose


@pytest.mark.parametrize(
    ("interval", "day", "expected"),
    [
        (Interval(6, MONTH), date(2026, 8, 31), date(2027, 2, 28)),
        (Interval(6, MONTH), date(2027, 8, 31), date(2028, 2, 29)),  # leap year
        (Interval(12, MONTH), date(2028, 2, 29), date(2029, 2, 28)),
        (Interval(1, MONTH), date(2026, 1, 31), date(2026, 2, 28)),
        (Interval(2, WEEK), date(2026, 12, 28), date(2027, 1, 11)),
        (Interval(3, DAY), date(2026, 2, 27), date(2026, 3, 2)),
    ],
)
def test_month_arithmetic_clamps_to_the_months_end(interval, day, expected):
    assert interval.after(day) == expected


def test_calendar_months_count_from_the_first_dose_not_from_the_clamped_date():
    """31 January, 28 February, then 31 March again: not the 28th ever after."""
    found = occurrences(MONTHLY_31ST, date(2026, 1, 1), date(2026, 4, 30))
    assert [each.due for each in found] == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
    ]


def test_a_dose_counts_a_little_early_or_late_until_the_next_date():
    found = occurrences(WEEKLY, MONDAY - timedelta(days=14), MONDAY + timedelta(14))
    monday = next(each for each in found if each.due == MONDAY)
    assert (monday.opens, monday.until) == (date(2026, 11, 22), date(2026, 11, 30))
    monthly = occurrences(MONTHLY_31ST, date(2026, 3, 1), date(2026, 3, 31))
    assert [(each.due, each.opens) for each in monthly] == [
        (date(2026, 2, 28), date(2026, 2, 25)),
        (date(2026, 3, 31), date(2026, 3, 28)),
    ]
    daily = occurrences(DAILY, MONDAY, MONDAY)
    assert [(each.opens, each.until) for each in daily] == [
        (MONDAY, MONDAY + timedelta(days=1))
    ]


# --- Rules in words ------------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "words"),
    [
        (WEEKLY, "Due every Monday, counted from your first dose."),
        (
            Plan(Interval(2, WEEK), CALENDAR, date(2026, 1, 7)),
            "Due every 2 weeks on Wednesday, counted from your first dose.",
        ),
        (DAILY, "Due every day, counted from your first dose."),
        (
            Plan(Interval(1, MONTH), CALENDAR, date(2026, 1, 1)),
            "Due on the 1st each month, counted from your first dose.",
        ),
        (
            MONTHLY_31ST,
            "Due on the 31st (or the month's last day) each month, counted from "
            "your first dose.",
        ),
        (
            DENOSUMAB,
            "Due 6 months after your last dose at the clinic, counted from the day "
            "it was actually given.",
        ),
        (
            Plan(Interval(12, MONTH), FROM_LAST_DOSE, date(2026, 1, 1)),
            "Due 1 year after your last dose at the clinic, counted from the day it "
            "was actually given.",
        ),
    ],
)
def test_each_medicine_says_which_rule_sets_its_dates(plan, words):
    assert rule_words(plan) == words


# --- Calendar schedules: home tablets ----------------------------------------------


def test_a_weekly_tablet_is_due_on_its_weekday():
    doses = taken(MONDAY - timedelta(weeks=1))
    assert status(WEEKLY, doses, MONDAY - timedelta(days=2)).words == (
        "Next: Monday 23 November"
    )
    assert status(WEEKLY, doses, MONDAY).words == "Due today"
    assert status(WEEKLY, doses, MONDAY + timedelta(days=2)).words == "2 days late"


def test_a_dose_taken_moves_the_next_one_a_week_on():
    found = status(WEEKLY, taken(MONDAY), MONDAY)
    assert (found.stage, found.due) == (UPCOMING, date(2026, 11, 30))
    assert found.words == "Next: Monday 30 November"


def test_a_dose_taken_a_day_early_counts_for_its_date():
    sunday = MONDAY - timedelta(days=1)
    doses = taken(MONDAY - timedelta(weeks=1), sunday)
    assert next_due(WEEKLY, doses, MONDAY) == date(2026, 11, 30)


def test_a_late_dose_counts_for_the_date_it_missed_not_the_next():
    """Monday's dose taken on Friday is Monday's: the next Monday is still due."""
    friday = MONDAY + timedelta(days=4)
    doses = taken(MONDAY - timedelta(weeks=1), friday)
    assert next_due(WEEKLY, doses, friday) == date(2026, 11, 30)
    assert status(WEEKLY, doses, date(2026, 11, 30)).words == "Due today"


def test_a_monthly_dose_taken_mid_month_is_that_months():
    plan = Plan(Interval(1, MONTH), CALENDAR, start=date(2026, 1, 1))
    doses = taken(date(2026, 1, 1), date(2026, 2, 17))
    assert next_due(plan, doses, date(2026, 2, 20)) == date(2026, 3, 1)


def test_a_late_dose_counts_for_its_date_and_the_next_keeps_its_weekday():
    thursday_late = MONDAY + timedelta(days=3)
    assert next_due(WEEKLY, taken(thursday_late), thursday_late) == date(2026, 11, 30)


def test_a_missed_week_stays_late_until_the_next_date_then_gives_way():
    doses = taken(MONDAY - timedelta(weeks=1))
    friday = MONDAY + timedelta(days=4)
    assert status(WEEKLY, doses, friday).words == "4 days late"
    found = status(WEEKLY, doses, date(2026, 11, 30))
    assert (found.stage, found.due) == (DUE, date(2026, 11, 30))  # no pile-up


def test_a_skipped_dose_settles_its_date():
    found = status(WEEKLY, [Dose(MONDAY, taken=False)], MONDAY)
    assert found.due == date(2026, 11, 30)


def test_a_daily_medicine_is_due_every_day():
    assert status(DAILY, taken(MONDAY - timedelta(1)), MONDAY).stage == DUE
    assert next_due(DAILY, taken(MONDAY), MONDAY) == MONDAY + timedelta(days=1)


def test_a_monthly_tablet_on_the_31st_is_due_on_the_last_day_of_shorter_months():
    doses = taken(date(2026, 1, 31))
    assert next_due(MONTHLY_31ST, doses, date(2026, 2, 10)) == date(2026, 2, 28)
    assert next_due(MONTHLY_31ST, [*doses, Dose(date(2026, 2, 28))], date(2026, 3, 1))
    assert next_due(
        MONTHLY_31ST, [*doses, Dose(date(2026, 2, 28))], date(2026, 3, 1)
    ) == date(2026, 3, 31)


def test_a_schedule_that_starts_later_is_next_due_on_its_first_day():
    plan = Plan(Interval(1, WEEK), CALENDAR, start=date(2026, 12, 7))
    assert status(plan, [], MONDAY).words == "Next: Monday 7 December"


def test_a_date_next_year_says_the_year():
    plan = Plan(Interval(1, MONTH), CALENDAR, start=date(2027, 1, 4))
    assert status(plan, [], MONDAY).words == "Next: Monday 4 January 2027"


def test_a_prescription_past_its_end_date_is_finished():
    plan = Plan(Interval(1, WEEK), CALENDAR, date(2026, 1, 5), end=date(2026, 3, 1))
    assert status(plan, [], MONDAY).stage == ENDED
    assert status(plan, [], MONDAY).words == "Finished"


def test_doses_logged_weeks_ahead_still_leave_a_next_date():
    early = [MONDAY + timedelta(weeks=week) for week in range(12)]
    assert next_due(WEEKLY, taken(*early), MONDAY) == MONDAY + timedelta(weeks=12)


# --- Pauses and stops ----------------------------------------------------------


def test_a_paused_medicine_is_paused_and_its_dates_are_not_due():
    plan = Plan(
        WEEKLY.interval,
        CALENDAR,
        WEEKLY.start,
        pauses=(Pause(MONDAY - timedelta(days=10), MONDAY + timedelta(days=1)),),
    )
    assert status(plan, [], MONDAY).stage == PAUSED
    # Taken up again on Tuesday: the Monday inside the pause is not owed.
    tuesday = MONDAY + timedelta(days=1)
    assert next_due(plan, [], tuesday) == MONDAY + timedelta(weeks=1)


def test_a_stopped_medicine_says_so_whatever_its_dates():
    assert status(WEEKLY, [], MONDAY, stopped=True).stage == STOPPED


# --- From the last dose: clinic injections and infusions --------------------------


def test_a_clinic_dose_is_due_one_interval_after_the_last_one_given():
    assert next_due(DENOSUMAB, taken(date(2026, 1, 10)), MONDAY) == date(2026, 7, 10)


def test_a_late_clinic_dose_moves_the_next_one():
    doses = taken(date(2026, 1, 10), date(2026, 8, 1))  # three weeks late
    assert next_due(DENOSUMAB, doses, MONDAY) == date(2027, 2, 1)


def test_a_skipped_appointment_leaves_the_dose_owed():
    doses = [Dose(date(2026, 1, 10)), Dose(date(2026, 7, 10), taken=False)]
    assert next_due(DENOSUMAB, doses, MONDAY) == date(2026, 7, 10)


def test_the_first_clinic_dose_is_due_on_the_start_date():
    assert next_due(DENOSUMAB, [], date(2026, 1, 1)) == date(2026, 1, 10)


@pytest.mark.parametrize(
    ("today", "stage", "words"),
    [
        (date(2026, 6, 11), UPCOMING, "Next: Friday 10 July"),
        (date(2026, 6, 12), BOOK, "Book your appointment: due Friday 10 July"),
        (date(2026, 7, 9), BOOK, "Book your appointment: due Friday 10 July"),
        (date(2026, 7, 10), DUE, "Due today"),
        (date(2026, 7, 11), LATE, "1 day late"),
        (date(2026, 8, 6), LATE, "27 days late"),
        # 4 weeks late: 7 months after the last injection.
        (date(2026, 8, 7), URGENT, "Urgent: 28 days late"),
        (date(2026, 10, 1), URGENT, "Urgent: 83 days late"),
    ],
)
def test_denosumab_moves_through_book_due_late_and_urgent(today, stage, words):
    found = status(DENOSUMAB, taken(date(2026, 1, 10)), today, DENOSUMAB_STAGES)
    assert (found.stage, found.words) == (stage, words)


def test_the_advice_for_a_late_clinic_dose_is_to_contact_the_clinic():
    late = status(DENOSUMAB, taken(date(2026, 1, 10)), date(2026, 7, 20))
    assert late.advice.startswith("Late: contact your clinic")
    urgent = status(
        DENOSUMAB, taken(date(2026, 1, 10)), date(2026, 8, 10), DENOSUMAB_STAGES
    )
    assert urgent.advice.startswith("Contact your clinician now")


def test_without_thresholds_there_is_no_booking_or_urgent_stage():
    plan = Plan(Interval(12, MONTH), FROM_LAST_DOSE, date(2025, 1, 1))
    assert status(plan, taken(date(2025, 1, 1)), date(2025, 12, 20)).stage == UPCOMING
    assert status(plan, taken(date(2025, 1, 1)), date(2026, 6, 1)).stage == LATE


# --- Reminders ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "today", "expected"),
    [
        (FROM_LAST_DOSE, date(2026, 6, 11), None),
        (FROM_LAST_DOSE, date(2026, 6, 12), BEFORE),
        (FROM_LAST_DOSE, date(2026, 7, 10), DUE),
        (FROM_LAST_DOSE, date(2026, 7, 11), LATE),
        (FROM_LAST_DOSE, date(2026, 8, 7), URGENT),
        (CALENDAR, date(2026, 7, 8), None),
        (CALENDAR, date(2026, 7, 9), BEFORE),
        (CALENDAR, date(2026, 7, 10), DUE),
    ],
)
def test_each_reminder_stage_starts_on_its_day(rule, today, expected):
    thresholds = DENOSUMAB_STAGES if rule == FROM_LAST_DOSE else Thresholds()
    plan = Plan(Interval(1, WEEK), rule, date(2026, 1, 2))
    assert reminder_stage(date(2026, 7, 10), today, plan, thresholds) == expected


def test_a_daily_medicine_has_no_reminder_the_day_before():
    assert reminder_stage(MONDAY, MONDAY - timedelta(1), DAILY, Thresholds()) is None
    assert reminder_stage(MONDAY, MONDAY, DAILY, Thresholds()) == DUE


@pytest.mark.parametrize(
    ("rule", "thresholds", "offered"),
    [
        (CALENDAR, Thresholds(), (BEFORE, DUE, LATE)),
        (FROM_LAST_DOSE, DENOSUMAB_STAGES, (BEFORE, DUE, LATE, URGENT)),
        (FROM_LAST_DOSE, Thresholds(), (DUE, LATE)),
    ],
)
def test_only_reminders_that_can_happen_are_offered(rule, thresholds, offered):
    assert reminder_stages_offered(rule, thresholds) == offered


# --- Courses ---------------------------------------------------------------------


PTH_COURSE = CourseLimit(doses=730, warn_within=90, interval=Interval(1, DAY))
ROMOSOZUMAB_COURSE = CourseLimit(
    doses=12, warn_within=3, interval=Interval(1, MONTH), noun="Injection"
)


def test_a_pth_course_counts_across_a_switch_between_teriparatide_and_abaloparatide():
    progress = course_progress([100, 113], 0, PTH_COURSE)
    assert progress.words == "Dose 213 of 730 (about 17 months left)"
    assert not progress.near_end


def test_doses_before_the_app_count_toward_the_course():
    assert course_progress([10], 600, PTH_COURSE).taken == 610


def test_a_course_nearing_its_limit_says_so_and_then_stops_counting_down():
    near = course_progress([640], 0, PTH_COURSE)
    assert near.near_end and near.words == "Dose 640 of 730 (about 3 months left)"
    assert course_progress([725], 0, PTH_COURSE).words.endswith("(5 days left)")
    done = course_progress([730], 0, PTH_COURSE)
    assert done.reached and not done.near_end and done.words == "Dose 730 of 730"
    past = course_progress([800], 0, PTH_COURSE)
    assert past.words == "Dose 800: past the course limit of 730"


def test_romosozumab_counts_injections_of_twelve():
    assert course_progress([4], 0, ROMOSOZUMAB_COURSE).words == "Injection 4 of 12"
    assert course_progress([9], 0, ROMOSOZUMAB_COURSE).near_end


# --- Adherence ---------------------------------------------------------------------


A_YEAR_OF_MONDAYS = Plan(Interval(1, WEEK), CALENDAR, start=date(2025, 1, 6))
SUNDAY = date(2026, 11, 22)


def mondays_until(last):
    return [last - timedelta(weeks=week) for week in range(100)]


def test_every_weekly_dose_taken_covers_every_day():
    result = adherence(
        A_YEAR_OF_MONDAYS, taken(*mondays_until(date(2026, 11, 16))), SUNDAY
    )
    assert (result.taken, result.due) == (52, 52)
    assert (result.days, result.percent) == (365, 100)
    assert result.words(A_YEAR_OF_MONDAYS.start) == (
        "You took 52 of 52 weekly doses in the last year"
    )


def test_missed_weeks_show_in_both_counts():
    days = [day for day in mondays_until(date(2026, 11, 16)) if day.month not in (3, 4)]
    result = adherence(A_YEAR_OF_MONDAYS, taken(*days), SUNDAY)
    # Nine Mondays in March and April 2026, each leaving a week uncovered.
    assert (result.taken, result.due) == (43, 52)
    assert result.percent == round(100 * (365 - 63) / 365)


def test_early_doses_are_not_lost_when_supply_overlaps():
    """Taking Sunday instead of Monday twice, then back on Monday: every day is
    still covered, because the early dose's days start when the last run out."""
    plan = Plan(Interval(1, WEEK), CALENDAR, start=date(2026, 11, 2))
    doses = taken(date(2026, 11, 2), date(2026, 11, 8), date(2026, 11, 15), MONDAY)
    result = adherence(plan, doses, MONDAY)
    assert (result.taken, result.due) == (4, 4)
    assert result.covered_days == result.days == 22


def test_a_late_dose_leaves_uncovered_days():
    plan = Plan(Interval(1, WEEK), CALENDAR, start=date(2026, 11, 2))
    doses = taken(date(2026, 11, 2), date(2026, 11, 12))  # second one 3 days late
    result = adherence(plan, doses, date(2026, 11, 18))
    assert (result.taken, result.due) == (2, 2)
    assert result.days - result.covered_days == 3


def test_a_dose_not_yet_due_and_today_not_yet_taken_are_not_held_against_anyone():
    result = adherence(WEEKLY, taken(MONDAY - timedelta(weeks=1)), MONDAY)
    assert result.due == 46  # 5 January to 16 November, not today's
    assert result.until == MONDAY - timedelta(days=1)
    assert result.words(WEEKLY.start) == (
        "You took 1 of 46 weekly doses since Monday 5 January 2026"
    )


def test_a_late_dose_still_within_its_days_is_not_yet_missed():
    result = adherence(WEEKLY, taken(MONDAY - timedelta(weeks=1)), MONDAY)
    wednesday = adherence(WEEKLY, [], MONDAY + timedelta(days=2))
    assert wednesday.due == result.due


def test_paused_days_count_neither_way():
    plan = Plan(
        DAILY.interval,
        CALENDAR,
        start=date(2026, 11, 1),
        pauses=(Pause(date(2026, 11, 10), date(2026, 11, 20)),),
    )
    doses = [date(2026, 11, 1) + timedelta(days=n) for n in range(22)]
    doses = [day for day in doses if not date(2026, 11, 10) <= day < date(2026, 11, 20)]
    result = adherence(plan, taken(*doses), date(2026, 11, 22))
    assert (result.taken, result.due, result.days) == (12, 12, 12)
    assert result.percent == 100


def test_a_daily_medicine_counts_each_day():
    doses = [MONDAY - timedelta(days=n) for n in range(30) if n != 5]
    plan = Plan(Interval(1, DAY), CALENDAR, start=MONDAY - timedelta(days=29))
    result = adherence(plan, taken(*doses), MONDAY)
    assert (result.taken, result.due, result.percent) == (29, 30, 97)
    assert result.words(plan.start).startswith("You took 29 of 30 daily doses since")


def test_nothing_due_yet_says_so():
    plan = Plan(Interval(1, WEEK), CALENDAR, start=MONDAY)
    result = adherence(plan, [], MONDAY)
    assert result.words(plan.start) == "No dose has been due yet"
    assert result.percent is None


# --- Long intervals: each dose on time or late ---------------------------------------


def test_each_clinic_dose_is_on_time_or_so_many_days_late():
    doses = taken(date(2025, 1, 10), date(2025, 7, 10), date(2026, 1, 30))
    timings = dose_timings(
        Plan(Interval(6, MONTH), FROM_LAST_DOSE, date(2025, 1, 10)), doses
    )
    assert [timing.words for timing in timings] == [
        "On time",
        "On time",
        "20 days late",
    ]
    assert timings[2].due == date(2026, 1, 10)


def test_a_calendar_dose_is_judged_against_its_own_date():
    plan = Plan(Interval(3, MONTH), CALENDAR, date(2026, 1, 1))
    timings = dose_timings(plan, taken(date(2026, 1, 1), date(2026, 4, 15)))
    assert [timing.days_late for timing in timings] == [0, 14]


# --- Time zones and the morning routine ----------------------------------------------


def test_a_dose_counts_for_the_users_own_day_far_from_utc():
    moment = datetime(2026, 11, 22, 11, 30, tzinfo=UTC)  # Sunday in London
    assert local_day(moment, ZoneInfo("Pacific/Kiritimati")) == MONDAY  # UTC+14
    assert local_day(moment, ZoneInfo("Pacific/Pago_Pago")) == date(2026, 11, 22)
    # So a weekly Monday tablet taken then, in Kiritimati, is Monday's dose.
    assert next_due(
        WEEKLY, taken(local_day(moment, ZoneInfo("Pacific/Kiritimati"))), MONDAY
    ) == (date(2026, 11, 30))


def test_the_wait_after_a_bisphosphonate_ends_in_the_users_own_time():
    zone = ZoneInfo("Pacific/Auckland")
    taken_at = datetime(2026, 11, 23, 7, 10, tzinfo=zone)
    assert wait_until(taken_at, 30) == datetime(2026, 11, 23, 7, 40, tzinfo=zone)
    assert wait_until(taken_at, 60).hour == 8


# --- The calendar feed ------------------------------------------------------------


def test_a_weekly_tablet_fills_the_calendar_with_its_mondays():
    found = upcoming_due_dates(
        WEEKLY, taken(MONDAY), MONDAY, MONDAY + timedelta(days=365)
    )
    assert found[:2] == [date(2026, 11, 30), date(2026, 12, 7)]
    assert len(found) == 52
    assert all(day.weekday() == 0 for day in found)


def test_a_clinic_medicine_lists_its_next_dose_then_every_interval_after():
    found = upcoming_due_dates(
        DENOSUMAB, taken(date(2026, 8, 31)), MONDAY, date(2027, 11, 30)
    )
    assert found == [date(2027, 2, 28), date(2027, 8, 28)]


def test_a_late_dose_is_listed_first_and_a_paused_medicine_lists_nothing():
    late = upcoming_due_dates(WEEKLY, [], MONDAY + timedelta(days=1), date(2026, 12, 8))
    assert late == [MONDAY, date(2026, 11, 30), date(2026, 12, 7)]
    paused = Plan(WEEKLY.interval, CALENDAR, WEEKLY.start, pauses=(Pause(MONDAY),))
    assert upcoming_due_dates(paused, [], MONDAY, date(2026, 12, 31)) == []


# --- A week's doses ------------------------------------------------------------------


def test_a_week_of_a_weekly_tablet_has_one_dose_due():
    sunday = MONDAY + timedelta(days=6)
    week = week_of_doses(WEEKLY, taken(MONDAY), MONDAY, sunday, sunday)
    assert (week.due, week.taken_for_due, week.taken_on) == (1, 1, (MONDAY,))


def test_a_dose_taken_a_day_early_counts_for_the_week_it_was_due_in():
    sunday_before = MONDAY - timedelta(days=1)
    doses = taken(MONDAY - timedelta(weeks=1), sunday_before)
    sunday = MONDAY + timedelta(6)
    week = week_of_doses(WEEKLY, doses, MONDAY, sunday, sunday)
    assert (week.due, week.taken_for_due, week.taken_on) == (1, 1, ())


def test_the_current_week_counts_only_the_days_so_far():
    wednesday = MONDAY + timedelta(days=2)
    week = week_of_doses(DAILY, taken(MONDAY), MONDAY, MONDAY + timedelta(6), wednesday)
    assert (week.due, week.taken_for_due) == (3, 1)


def test_a_late_clinic_dose_counts_for_the_week_it_was_due():
    doses = taken(date(2026, 1, 10), date(2026, 7, 30))  # due 10 July
    due_week = week_of_doses(
        DENOSUMAB, doses, date(2026, 7, 6), date(2026, 7, 12), MONDAY
    )
    assert (due_week.due, due_week.taken_for_due, due_week.taken_on) == (1, 1, ())
    given_week = week_of_doses(
        DENOSUMAB, doses, date(2026, 7, 27), date(2026, 8, 2), MONDAY
    )
    assert (given_week.due, given_week.taken_on) == (0, (date(2026, 7, 30),))


def test_a_clinic_dose_due_and_not_given_yet_shows_as_due():
    week = week_of_doses(
        DENOSUMAB,
        taken(date(2026, 5, 25)),
        MONDAY,
        MONDAY + timedelta(6),
        MONDAY + timedelta(3),
    )
    assert (week.due_on, week.taken_for_due) == ((date(2026, 11, 25),), 0)


def test_one_tap_logging_opens_a_little_before_the_date():
    last_week = taken(MONDAY - timedelta(weeks=1))
    assert status(WEEKLY, last_week, MONDAY - timedelta(days=1)).open_now  # Sunday
    assert not status(WEEKLY, last_week, MONDAY - timedelta(days=3)).open_now
    assert not status(WEEKLY, taken(MONDAY), MONDAY + timedelta(days=2)).open_now
    assert not status(DAILY, taken(MONDAY), MONDAY).open_now  # tomorrow's
    later = Plan(Interval(1, WEEK), CALENDAR, start=MONDAY + timedelta(weeks=2))
    assert not status(later, [], MONDAY).open_now  # not before it starts
    assert status(DENOSUMAB, taken(date(2026, 1, 10)), MONDAY).open_now


def test_a_late_injection_does_not_quietly_end_a_course():
    plan = Plan(
        Interval(6, MONTH), FROM_LAST_DOSE, date(2026, 5, 1), end=date(2027, 5, 1)
    )
    doses = taken(date(2026, 5, 1), date(2026, 11, 10))  # 9 days late
    found = status(plan, doses, MONDAY)
    assert (found.stage, found.due) == (UPCOMING, date(2027, 5, 10))
    assert status(plan, doses, date(2027, 5, 2)).stage == ENDED


def test_an_ended_prescription_is_measured_up_to_its_end():
    plan = Plan(Interval(1, DAY), CALENDAR, date(2025, 1, 1), end=date(2025, 3, 1))
    doses = [date(2025, 1, 1) + timedelta(days=n) for n in range(60)]
    result = adherence(plan, taken(*doses), MONDAY)
    assert (result.taken, result.due, result.days, result.percent) == (60, 60, 60, 100)
    assert result.until == date(2025, 3, 1)
