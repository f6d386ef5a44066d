"""The stable id that each record a user logs carries through export and import."""

import uuid

from django.db import models


def stable_id() -> models.UUIDField:
    """A random id made when the row is, kept as it is by export and import.

    Re-importing a file adds only the records whose ids the user does not
    have yet (``tracker/portability/``). It is unique per user, not across the
    site: the same file may be imported into two accounts.
    """
    return models.UUIDField(
        "stable id",
        default=uuid.uuid4,
        editable=False,
        help_text="Kept by export and import, so a record is never added twice.",
    )
