"""How dates read on pages and in emails: one named style for each purpose.

Templates use these through the ``day_format`` filter; views, forms and
emails call ``format_day``. English names, whatever the server's locale.
"""

from datetime import date

WEEKDAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

STYLES = {
    # A day named on its own: a page's heading, "Today is ...", what a
    # delete page asks about. "Wednesday 25 November 2026".
    "long": lambda d: f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
    # A date in a sentence, a list or a title. "25 November 2026".
    "date": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    # A day within a week or beside another date, where the year goes
    # without saying: a week's rows, a session. "Wednesday 25 November".
    "day": lambda d: f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}",
    # A week's ends in its email's subject, or a neighbouring week's link.
    # "25 November".
    "short": lambda d: f"{d.day} {MONTHS[d.month - 1]}",
    # A row of the diary's week table, under a heading that names the month.
    # "Wednesday 25".
    "week_row": lambda d: f"{WEEKDAYS[d.weekday()]} {d.day}",
    # The day before, on the copy button. "Wednesday".
    "weekday": lambda d: WEEKDAYS[d.weekday()],
    # A bar's label on a week's chart. "Wed 25".
    "chart_day": lambda d: f"{WEEKDAYS[d.weekday()][:3]} {d.day}",
    # A bar's label on the trends chart, one a week. "23 Nov".
    "chart_week": lambda d: f"{d.day} {MONTHS[d.month - 1][:3]}",
    # For machines: links, hidden inputs, date boxes. "2026-11-25".
    "iso": lambda d: d.isoformat(),
}


def format_day(day: date, style: str = "date") -> str:
    """Return ``day`` written in ``style``, one of ``STYLES``.

    An unknown style is a KeyError, so a typo fails loudly in tests.
    """
    return STYLES[style](day)


def format_clock(moment) -> str:
    """Return a time of day as a 24-hour clock shows it: "7:40", "17:05"."""
    return f"{moment.hour}:{moment.minute:02d}"
