"""Export and import as the pages do, for the tests of "Your data"."""

import io
import json
import zipfile

from tracker.portability import format
from tracker.portability.reading import read_file
from tracker.queries import my_data as queries
from tracker.services import my_data as services


def export_zip(user) -> bytes:
    target = io.BytesIO()
    queries.write_export(user, target, zone=queries.user_zone(user))
    return target.getvalue()


def files_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def document_of(data: bytes) -> dict:
    return json.loads(files_of(data)[format.DATA_JSON])


def read(data: bytes):
    return read_file(io.BytesIO(data))


def import_zip(user, data: bytes):
    return services.import_data(user, document=read(data))


def without_export_time(files: dict[str, bytes]) -> dict[str, object]:
    """The files, with the moment of the export taken out."""
    kept = dict(files)
    document = json.loads(kept.pop(format.DATA_JSON))
    document.pop("exported_at")
    kept.pop(format.README_TXT)
    return {**kept, format.DATA_JSON: document}
