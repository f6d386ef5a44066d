"""The date box and the date range that every form with a date shares."""

from datetime import date

from django import forms

from ..domain.dates import format_day
from ..domain.weeks import FIRST_DAY

IN_THE_FUTURE = "That date is in the future. Today is %(today)s."
TOO_EARLY = "That date is too far in the past. Enter a date in %(year)s or later."


class DateInput(forms.DateInput):
    """A date box that shows nothing, rather than invalid HTML, for a bad date.

    A value such as 2026-02-30 is not a valid date, so echoing it back into a
    ``type=date`` input would make the HTML invalid and show an empty box anyway.
    """

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")

    def format_value(self, value):
        if isinstance(value, str):
            try:
                date.fromisoformat(value)
            except ValueError:
                return None
        return super().format_value(value)


def limit_to_past(field: forms.DateField, today: date) -> None:
    """Let the date box offer only FIRST_DAY to ``today``, as ``check_day`` does."""
    field.widget.attrs.update(min=FIRST_DAY.isoformat(), max=today.isoformat())


def past_day(text: str, today: date) -> date | None:
    """Return the day ``text`` names (2026-11-25) if it is from FIRST_DAY to
    ``today``, as a link's ``?day=`` may; None for anything else."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return day if FIRST_DAY <= day <= today else None


def check_day(day: date, today: date) -> date:
    """Return ``day`` if it is from FIRST_DAY to ``today``; else raise a form error."""
    if day > today:
        raise forms.ValidationError(
            IN_THE_FUTURE,
            code="future_day",
            params={"today": format_day(today, "long")},
        )
    if day < FIRST_DAY:
        raise forms.ValidationError(
            TOO_EARLY, code="too_early", params={"year": FIRST_DAY.year}
        )
    return day
