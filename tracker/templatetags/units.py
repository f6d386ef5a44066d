from django import template

from ..domain import units

register = template.Library()


@register.filter
def vitamin_d(iu, unit=units.IU):
    """Format IU in the user's unit: {{ 800|vitamin_d:profile.vitamin_d_unit }}."""
    if iu is None or iu == "":
        return ""
    return units.format_vitamin_d(iu, unit)
