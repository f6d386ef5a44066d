from django import template

from ..domain import units

register = template.Library()


@register.filter
def vitamin_d(iu, unit=units.IU):
    """Format IU in the user's unit: {{ 800|vitamin_d:profile.vitamin_d_unit }}."""
    if iu is None or iu == "":
        return ""
    return units.format_vitamin_d(iu, unit)


@register.filter
def thousands(number):
    """Write a number with thousands separators: {{ 1195|thousands }} is "1,195".

    As humanize's ``intcomma`` for the app's one language, at a fraction of its
    cost: pages such as the list of weeks write dozens of numbers.
    """
    if number is None or number == "":
        return ""
    return units.with_thousands(number)
