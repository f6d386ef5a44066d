from datetime import date

import pytest

from tracker.domain.dates import STYLES, format_day

WEDNESDAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("long", "Wednesday 25 November 2026"),
        ("date", "25 November 2026"),
        ("day", "Wednesday 25 November"),
        ("short", "25 November"),
        ("week_row", "Wednesday 25"),
        ("weekday", "Wednesday"),
        ("chart_day", "Wed 25"),
        ("chart_week", "25 Nov"),
        ("iso", "2026-11-25"),
    ],
)
def test_each_style_writes_a_day_as_pages_show_it(style, expected):
    assert format_day(WEDNESDAY, style) == expected


def test_every_style_is_tested():
    assert set(STYLES) == {
        "long",
        "date",
        "day",
        "short",
        "week_row",
        "weekday",
        "chart_day",
        "chart_week",
        "iso",
    }


def test_an_unknown_style_fails_loudly():
    with pytest.raises(KeyError):
        format_day(WEDNESDAY, "medium")


def test_the_filter_shows_nothing_for_no_date():
    from tracker.templatetags.dates import day_format

    assert day_format(None, "long") == ""
    assert day_format(date(2026, 9, 7), "chart_week") == "7 Sep"


def test_a_time_reads_as_a_24_hour_clock_without_a_leading_zero():
    from datetime import time

    from tracker.domain.dates import format_clock

    assert (format_clock(time(7, 40)), format_clock(time(17, 5))) == ("7:40", "17:05")
