"""Reads for "Your data": the export zip, and what an import needs to know.

``write_export`` runs one query per kind of record (21), whatever the history:
each is read in chunks straight into the zip, so years of data never sit in
memory at once. ``existing`` and ``catalogue`` run one query each.
"""

import csv
import io
import json
import shutil
import tempfile
import zipfile
from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

from ..models import (
    ChecklistItem,
    ExerciseType,
    Food,
    Medicine,
    Profile,
    SelfCheckStatement,
    Supplement,
)
from ..portability import format
from ..portability.readme import readme_text

CHUNK = 2000


def rows(kind: format.Kind, user):
    """The user's rows of ``kind`` as ``values()`` dicts, in the export's order."""
    query = kind.model._base_manager.filter(**{kind.owner: user})
    return query.order_by(*kind.order).values(*kind.lookups)


def user_zone(user) -> ZoneInfo:
    profile = Profile.objects.filter(user=user).values_list("time_zone", flat=True)
    return ZoneInfo(profile.first() or "UTC")


def write_export(user, target, *, zone: ZoneInfo, now: datetime | None = None) -> None:
    """Write the user's zip to ``target``, a binary file open for writing.

    One query a kind; the zip and a temporary data.json grow on disk.
    """
    exported_at = timezone.localtime(now or timezone.now(), zone)
    with (
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive,
        tempfile.TemporaryFile() as staging,
    ):
        header = {
            "format": format.FORMAT,
            "version": format.VERSION,
            "exported_at": exported_at.isoformat(),
        }
        staging.write(json.dumps(header, ensure_ascii=False)[:-1].encode())
        for kind in format.KINDS:
            write_kind(archive, staging, kind, user, zone)
        staging.write(b"\n}\n")
        staging.seek(0)
        with archive.open(format.DATA_JSON, "w") as out:
            shutil.copyfileobj(staging, out)
        archive.writestr(format.README_TXT, readme_text(exported_at))


def write_kind(archive, staging, kind: format.Kind, user, zone) -> None:
    """Write one kind's CSV into the zip, and its part of data.json to staging."""
    staging.write(f',\n"{kind.key}": '.encode())
    with (
        archive.open(kind.file_name, "w") as raw,
        io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as text,
    ):
        writer = csv.writer(text)
        writer.writerow([column.name for column in kind.columns])
        first = True
        if not kind.single:
            staging.write(b"[")
        for row in rows(kind, user).iterator(chunk_size=CHUNK):
            record = kind.encode(row, zone)
            writer.writerow(kind.csv_row(record))
            line = json.dumps(record, ensure_ascii=False)
            if kind.single:
                staging.write(line.encode())
            else:
                staging.write((b"\n" if first else b",\n") + line.encode())
            first = False
        if kind.single and first:
            staging.write(b"null")
        elif not kind.single:
            staging.write(b"]" if first else b"\n]")


# --- For the import -------------------------------------------------------


def existing(kind: format.Kind, user) -> dict[tuple, int]:
    """The keys (``kind.key_columns``) of the user's rows of ``kind``, to their
    database ids. One query."""
    if kind.single:
        return {}
    if not kind.key_columns:  # a row of settings: the user's one, if any
        query = kind.model._base_manager.filter(**{kind.owner: user})
        pk = query.values_list("pk", flat=True).first()
        return {} if pk is None else {(): pk}
    lookups = [kind.column(name).lookup for name in kind.key_columns]
    whens = [kind.column(name).when for name in kind.key_columns]
    found = {}
    query = kind.model._base_manager.filter(**{kind.owner: user})
    extra = sorted({when[0] for when in whens if when})
    for row in query.values_list("pk", *lookups, *extra).iterator(chunk_size=CHUNK):
        pk, values, owners = row[0], row[1 : 1 + len(lookups)], row[1 + len(lookups) :]
        owner_of = dict(zip(extra, owners, strict=True))
        key = []
        for value, when in zip(values, whens, strict=True):
            if when is not None and (owner_of[when[0]] is not None) != when[1]:
                value = None
            key.append(value)
        found[tuple(key)] = pk
    return found


def catalogue() -> dict[str, dict[tuple, int]]:
    """The app's own lists by natural key, to their database ids. Six queries."""
    return {
        "food": {
            (name, serving): pk
            for pk, name, serving in Food._base_manager.filter(
                owner__isnull=True
            ).values_list("pk", "name", "serving")
        },
        "supplement": {
            (name,): pk
            for pk, name in Supplement._base_manager.filter(
                owner__isnull=True
            ).values_list("pk", "name")
        },
        "exercise_type": {
            (slug,): pk for pk, slug in ExerciseType.objects.values_list("pk", "slug")
        },
        "item": {
            (slug, order): pk
            for pk, slug, order in ChecklistItem.objects.values_list(
                "pk", "room__slug", "order"
            )
        },
        "statement": {
            (number,): pk
            for pk, number in SelfCheckStatement.objects.values_list("pk", "number")
        },
        "medicine": {
            (slug,): pk for pk, slug in Medicine.objects.values_list("pk", "slug")
        },
    }
