"""URL path converters for dated pages: /intake/2026-11-25/ and /weeks/2026-W48/.

A well-formed but impossible value (2026-02-30, 2026-W60) fails to convert, so
Django answers 404 instead of a server error.
"""

from datetime import date

from .weeks import ISO_WEEK_PATTERN, Week


class DateConverter:
    regex = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"

    def to_python(self, value: str) -> date:
        return date.fromisoformat(value)  # ValueError means no match: a 404

    def to_url(self, value: date) -> str:
        return value.isoformat()


class IsoWeekConverter:
    regex = ISO_WEEK_PATTERN

    def to_python(self, value: str) -> Week:
        return Week.parse(value)

    def to_url(self, value: Week) -> str:
        return str(value)
