from django import template

from ..domain.dates import format_day

register = template.Library()


@register.filter
def day_format(day, style="date"):
    """Write a date in a named style: {{ day|day_format:"long" }}.

    The styles are in ``tracker/domain/dates.py``; nothing (None) shows as "".
    """
    if day is None or day == "":
        return ""
    return format_day(day, style)
