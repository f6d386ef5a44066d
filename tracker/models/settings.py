"""The pattern both admin settings models share: exactly one row, id 1."""

from django.db import models
from django.db.models import Q

from .guidance import GuidanceManager


class SingleRowSettings(models.Model):
    """Settings an admin edits: one row, whose id is always 1.

    The check constraint keeps a second row out of the database. Read it with
    ``load()``: before ``seed_guidance`` or an admin has saved it, that returns
    an unsaved row of the model's defaults, so every page works on an empty
    database.
    """

    id = models.PositiveSmallIntegerField(primary_key=True, default=1, editable=False)

    objects = GuidanceManager()

    # Foreign keys ``load()`` reads with the row, in the same query.
    load_related: tuple[str, ...] = ()

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(id=1), name="%(app_label)s_%(class)s_single_row"
            ),
        ]

    @classmethod
    def load(cls):
        """Return the saved row with ``load_related``, or the defaults unsaved
        (1 query)."""
        return (
            cls.objects.select_related(*cls.load_related).filter(pk=1).first() or cls()
        )
