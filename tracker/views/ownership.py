"""A user's own rows: fetched only by their owner, changed one request at a time."""

from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404


def owned_or_404(model_or_queryset, pk, user, *, owner_field="user"):
    """Return row ``pk`` if ``user`` owns it; another user's row is a 404.

    A 404, never a 403, so an id says nothing about whether another user's row
    exists. ``owner_field`` is "owner" for own foods and supplements.
    """
    return get_object_or_404(model_or_queryset, pk=pk, **{owner_field: user})


def one_change_at_a_time(user) -> None:
    """Make the user's other requests that call this wait for this transaction.

    A double tap can send two requests at once; without the lock both could
    look for a duplicate before either saves. Call it inside
    ``transaction.atomic()``, before reading what that check needs. PostgreSQL,
    the production database, locks the user's row until the transaction ends;
    SQLite has no row locks and ignores it.
    """
    list(get_user_model().objects.select_for_update().filter(pk=user.pk).values("pk"))
