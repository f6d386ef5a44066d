from uuid import uuid4

from django import template

register = template.Library()


@register.simple_tag
def new_submission_token():
    """A new one-time token for a form that adds a row (``_submission.html``)."""
    return uuid4()
