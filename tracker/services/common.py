"""What every service shares: its transaction, the row lock, the claim of a
form sent once, the owner check."""

from collections.abc import Callable, Mapping
from datetime import timedelta
from functools import wraps
from uuid import UUID

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Model, QuerySet
from django.utils import timezone

from ..models import SubmissionClaim

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
    database, locks the user's row until the transaction ends. SQLite has no
    row locks and ignores it, but there every transaction takes the one write
    lock as it begins (``transaction_mode`` in settings.py), so writes never
    overlap at all.
    """
    list(get_user_model().objects.select_for_update().filter(pk=user.pk).values("pk"))


# A form's token is claimed for this long; a form sent again after that saves
# again. Each claim prunes its user's older ones.
SUBMISSION_KEPT = timedelta(days=1)


def earlier_submission[M: Model](
    user, submission: UUID | None, rows: QuerySet[M]
) -> M | None:
    """Claim the form sent as ``submission`` for this write; return the row the
    same form already made, or None to go ahead and make it (3 queries).

    Call it inside the service's transaction, before the write, then
    ``record_submission`` with the row made. A second request with the same
    token (a double tap, the page sent again) waits on the claim's unique
    constraint until the first commits (PostgreSQL; SQLite runs one writer at a
    time), then gets the first one's row from ``rows``, the user's rows of its
    model, and writes nothing. If that row has been deleted since, the form
    saves again. Without a token (tests' builders, the benchmark) there is
    nothing to claim: None.
    """
    if submission is None:
        return None
    # Inserted, or left alone if the token was claimed: either way the claim
    # is then read, and locked against a repeat making a deleted row again.
    SubmissionClaim.objects.bulk_create(
        [SubmissionClaim(user=user, token=submission)], ignore_conflicts=True
    )
    claim = SubmissionClaim.objects.select_for_update().get(user=user, token=submission)
    if claim.row_id is None:  # just claimed (or it made nothing): go ahead
        SubmissionClaim.objects.filter(
            user=user, claimed_at__lt=timezone.now() - SUBMISSION_KEPT
        ).delete()
        return None
    if claim.row_kind != rows.model._meta.label_lower:
        return None  # another form's token, sent here by hand
    return rows.filter(pk=claim.row_id).first()


def record_submission(user, submission: UUID | None, row: Model) -> None:
    """Note ``row`` as what the form sent as ``submission`` made (after
    ``earlier_submission``), for a repeat of it to find."""
    if submission is not None:
        SubmissionClaim.objects.filter(user=user, token=submission).update(
            row_kind=row._meta.label_lower, row_id=row.pk
        )


def once[M: Model](
    user, submission: UUID | None, rows: QuerySet[M], make: Callable[[], M]
) -> M:
    """Return the row ``make`` makes, once for the form sent as ``submission``:
    a repeat of the form gets the first one's row and makes nothing (see
    ``earlier_submission``)."""
    earlier = earlier_submission(user, submission, rows)
    if earlier is not None:
        return earlier
    row = make()
    record_submission(user, submission, row)
    return row


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
