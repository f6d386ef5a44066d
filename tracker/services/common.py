"""What every service shares: its transaction, the row lock, the owner check."""

from collections.abc import Callable, Mapping
from datetime import timedelta
from functools import wraps

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Model

# The same write repeated within this time is a double tap, or the page sent
# again, not a second thing done.
DOUBLE_TAP_WINDOW = timedelta(seconds=60)


def atomic[**P, R](service: Callable[P, R]) -> Callable[P, R]:
    """Run ``service`` in a transaction: its own, or the one it is called in.

    Outermost (a view's call), it commits or rolls back the service's writes
    together. Inside another transaction (another service's, or a test's) it
    joins that one instead of adding a savepoint, which would be two more
    statements for every write; an error inside then rolls back the caller's
    transaction too, which is what a failed write should do.
    """

    @wraps(service)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with transaction.atomic(savepoint=False):
            return service(*args, **kwargs)

    return run


def one_change_at_a_time(user) -> None:
    """Make the user's other requests that call this wait for this transaction.

    A double tap can send two requests at once; without the lock both could
    look for a duplicate before either saves. Call it inside a transaction,
    before reading what that check needs. PostgreSQL, the production
    database, locks the user's row until the transaction ends; SQLite has no
    row locks and ignores it.
    """
    list(get_user_model().objects.select_for_update().filter(pk=user.pk).values("pk"))


def save_changes[M: Model](user, row: M, changes: Mapping[str, object]) -> M:
    """Set ``changes`` (field name to value) on the user's ``row``, save it and
    return it."""
    check_owner(row, user)
    for name, value in changes.items():
        setattr(row, name, value)
    row.save()
    return row


def check_owner(row, user, *, owner_field: str = "user") -> None:
    """Refuse to change a row that ``user`` does not own.

    Views fetch rows with ``owned_or_404``, so this never fails from a page;
    it keeps a service from changing another user's row when called wrongly.
    """
    if getattr(row, f"{owner_field}_id") != user.pk:
        raise ValueError(f"{row!r} does not belong to user {user.pk}")
