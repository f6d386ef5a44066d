from django import template

from ..domain import names

register = template.Library()


@register.filter
def greeting(user) -> str:
    """{{ user|greeting }}: "Hello, Maria", or "Hello" when no name was given."""
    return names.greeting(user.first_name)
