"""Free text with a maximum length, checked wherever text comes in."""

from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual

# Guidance an admin writes: a note, a description, a reason. The longest that
# ships is 526 characters (how to take alendronate).
GUIDANCE_TEXT_MAX = 2_000
# A tip or article's body. The longest that ships is 787 characters.
ARTICLE_MAX = 20_000


class BoundedTextField(models.TextField):
    """A TextField with a maximum length (``max_length``, required).

    A CharField's ``max_length`` reaches its form field and model validation,
    and PostgreSQL's ``varchar(n)`` column. A TextField's reaches only its form
    field; this one adds the model validation, and its model's Meta adds the
    column's check with ``length_checks``.
    """

    def __init__(self, *args, max_length: int, **kwargs):
        super().__init__(*args, max_length=max_length, **kwargs)
        self.validators.append(MaxLengthValidator(max_length))


def length_checks(**limits: int) -> list[models.CheckConstraint]:
    """Return CHECK constraints that keep each named column within its limit,
    ``LENGTH(column) <= limit``, which SQLite enforces too:
    ``constraints = [*length_checks(note=GUIDANCE_TEXT_MAX)]``."""
    return [
        models.CheckConstraint(
            condition=LessThanOrEqual(Length(name), limit),
            name=f"%(class)s_{name}_max_length",
        )
        for name, limit in sorted(limits.items())
    ]
