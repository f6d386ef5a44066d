from django import template

from ..domain import exercise

register = template.Library()


@register.filter
def needs_gentler_choice(exercise_type, had_spine_fracture):
    """{% if type|needs_gentler_choice:spine_fracture %}: suggest a gentler choice."""
    return exercise.needs_gentler_choice(
        exercise_type.impact, had_spine_fracture=bool(had_spine_fracture)
    )
