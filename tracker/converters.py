"""URL path converters for dated pages: /intake/2026-11-25/ and /weeks/2026-W48/.

A well-formed but impossible value (2026-02-30, 2026-W60) fails to convert, so
Django answers 404 instead of a server error. So does a day or week outside the
range pages show (``weeks.FIRST_DAY`` to ``weeks.LAST_DAY``).
"""

from datetime import date

from .domain.weeks import FIRST_DAY, ISO_WEEK_PATTERN, Week, in_range


class DateConverter:
    regex = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"

    def to_python(self, value: str) -> date:
        day = date.fromisoformat(value)  # ValueError means no match: a 404
        if not in_range(day):
            raise ValueError(f"{value} is outside the days pages show")
        return day

    def to_url(self, value: date) -> str:
        return value.isoformat()


class IsoWeekConverter:
    regex = ISO_WEEK_PATTERN

    def to_python(self, value: str) -> Week:
        week = Week.parse(value)
        if week.monday < FIRST_DAY:
            raise ValueError(f"{value} is before the weeks pages show")
        return week

    def to_url(self, value: Week) -> str:
        return str(value)
