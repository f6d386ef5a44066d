"""A user's own rows: changed by one request at a time."""

from django.contrib.auth import get_user_model


def one_change_at_a_time(user) -> None:
    """Make the user's other requests that call this wait for this transaction.

    A double tap can send two requests at once; without the lock both could
    look for a duplicate before either saves. Call it inside
    ``transaction.atomic()``, before reading what that check needs. PostgreSQL,
    the production database, locks the user's row until the transaction ends;
    SQLite has no row locks and ignores it.
    """
    list(get_user_model().objects.select_for_update().filter(pk=user.pk).values("pk"))
