from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.domain.weeks import (
    FIRST_DAY,
    LAST_DAY,
    Week,
    add_months,
    in_range,
    local_day_start,
    previous_day,
    utc_range,
    week_nav,
    weeks_between,
)


def test_a_week_runs_monday_to_sunday():
    week = Week.of(date(2026, 11, 25))
    assert str(week) == "2026-W48"
    assert week.monday == date(2026, 11, 23)
    assert week.sunday == date(2026, 11, 29)
    assert len(week.days) == 7


def test_weeks_cross_the_new_year_the_iso_way():
    assert str(Week.of(date(2027, 1, 1))) == "2026-W53"
    assert str(Week.of(date(2024, 12, 30))) == "2025-W01"
    assert Week(2026, 53).next() == Week(2027, 1)
    assert Week(2027, 1).previous() == Week(2026, 53)


@pytest.mark.parametrize(
    "text", ["2026-W48", "2026-W01", "2026-W53", "0001-W02", "9999-W51"]
)
def test_week_names_round_trip(text):
    assert str(Week.parse(text)) == text


@pytest.mark.parametrize(
    "text", ["2025-W53", "2026-W00", "2026-W54", "2026-48", "junk", "9999-W52"]
)
def test_impossible_week_names_are_refused(text):
    with pytest.raises(ValueError):
        Week.parse(text)


def test_a_local_day_starts_at_local_midnight_in_utc():
    auckland = ZoneInfo("Pacific/Auckland")
    assert local_day_start(date(2026, 7, 1), auckland) == datetime(
        2026, 6, 30, 12, tzinfo=UTC
    )


def test_a_week_across_a_daylight_saving_change_is_an_hour_short():
    london = ZoneInfo("Europe/London")
    week = Week.of(date(2026, 3, 29))  # clocks go forward on Sunday 29 March
    start, end = utc_range(week.monday, week.sunday, london)
    assert start == datetime(2026, 3, 23, 0, tzinfo=UTC)
    assert end == datetime(2026, 3, 29, 23, tzinfo=UTC)
    assert (end - start).total_seconds() == 7 * 24 * 3600 - 3600


def test_weeks_between_is_inclusive():
    weeks = weeks_between(Week(2026, 52), Week(2027, 2))
    assert [str(week) for week in weeks] == [
        "2026-W52",
        "2026-W53",
        "2027-W01",
        "2027-W02",
    ]


def test_week_nav_has_no_next_link_from_the_current_week():
    nav = week_nav(Week(2026, 48), today=date(2026, 11, 25))
    assert nav.is_current
    assert nav.previous == Week(2026, 47)
    assert nav.next is None


def test_week_nav_links_forward_from_a_past_week():
    nav = week_nav(Week(2026, 47), today=date(2026, 11, 25))
    assert not nav.is_current
    assert nav.next == Week(2026, 48)


def test_week_nav_crosses_the_new_year_the_iso_way():
    nav = week_nav(Week(2027, 1), today=date(2027, 3, 1))
    assert nav.previous == Week(2026, 53)
    assert nav.next == Week(2027, 2)


def test_the_last_week_python_can_hold_has_all_its_days():
    week = Week.parse("9999-W51")
    assert week.sunday == LAST_DAY
    assert len(week.days) == 7
    assert Week.of(LAST_DAY) == week


def test_the_first_week_shown_has_no_previous_week():
    assert Week.of(FIRST_DAY).monday == FIRST_DAY  # 1900-W01 starts on it
    assert week_nav(Week(1900, 1), today=date(2026, 11, 25)).previous is None
    assert week_nav(Week(1900, 2), today=date(2026, 11, 25)).previous == Week(1900, 1)


def test_the_first_day_shown_has_no_day_before_it():
    assert previous_day(FIRST_DAY) is None
    assert previous_day(date(1900, 1, 2)) == FIRST_DAY


@pytest.mark.parametrize(
    ("day", "shown"),
    [
        (date(1899, 12, 31), False),
        (FIRST_DAY, True),
        (LAST_DAY, True),
        (date(9999, 12, 27), False),  # its week ends in the year 10000
    ],
)
def test_pages_show_days_from_the_first_day_to_the_last_whole_week(day, shown):
    assert in_range(day) is shown


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 3, 3), 12, date(2027, 3, 3)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 5, 31), 1, date(2026, 6, 30)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
    ],
)
def test_months_are_added_on_the_calendar_and_clamped_to_the_month_end(
    day, months, expected
):
    assert add_months(day, months) == expected
