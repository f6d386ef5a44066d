"""Writes for "Your data": importing a file, all of it or none of it."""

from django.utils import timezone

from ..models import Profile
from ..portability.planning import Plan, plan_import
from ..portability.reading import Document
from .common import atomic, one_change_at_a_time

BATCH = 500


@atomic
def import_data(user, *, document: Document, now=None) -> Plan:
    """Add what ``document`` holds and the user has not, in one transaction;
    return the plan. A plan with problems (``not plan.ok``) wrote nothing.

    The plan is made again here, after the lock, so a double tap or an import
    in another tab adds nothing twice: each record's stable id is looked for
    among the user's rows first. Queries: the plan's, then a bulk insert (and,
    for fields the database would stamp, a bulk update) per kind, in batches.
    """
    one_change_at_a_time(user)
    plan = plan_import(user, document, now=now or timezone.now())
    if not plan.ok:
        return plan
    if plan.profile_changes:
        Profile._base_manager.filter(user=user).update(**plan.profile_changes)
    for part in plan.kinds:
        add_all(part.kind.model, part.to_add)
    return plan


def add_all(model, rows: list) -> None:
    """Insert ``rows``, keeping the times they carry.

    ``auto_now`` and ``auto_now_add`` fields are stamped on insert; the file's
    times are put back with a bulk update.
    """
    if not rows:
        return
    stamped = [
        field.attname
        for field in model._meta.concrete_fields
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]
    kept = [[getattr(row, name) for name in stamped] for row in rows]
    # The plain manager: own foods are not guidance, whose manager bumps its
    # version on bulk writes.
    model._base_manager.bulk_create(rows, batch_size=BATCH)
    if stamped:
        for row, values in zip(rows, kept, strict=True):
            for name, value in zip(stamped, values, strict=True):
                setattr(row, name, value)
        model._base_manager.bulk_update(rows, stamped, batch_size=BATCH)
