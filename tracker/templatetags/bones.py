"""Filters for the bone record's numbers: true minus signs, signs on changes,
and heights in the user's unit."""

from decimal import Decimal

from django import template

from ..domain import bones

register = template.Library()

MINUS = "\N{MINUS SIGN}"


@register.filter
def score(value):
    """A score or BMD as a report prints it, with a true minus sign: −2.1."""
    if value is None or value == "":
        return ""
    return f"{value}".replace("-", MINUS)


@register.filter
def signed(value):
    """A change with its sign: +0.031, −3.7, 0.0."""
    if value is None or value == "":
        return ""
    if Decimal(value) > 0:
        return f"+{value}"
    return score(value)


@register.filter
def height(cm, unit=bones.CM):
    """A height in the user's unit: 162.6 cm, or 5 ft 4 in."""
    if cm is None or cm == "":
        return ""
    return bones.height_words(Decimal(cm), unit)
