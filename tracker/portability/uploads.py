"""Keep an uploaded file on the server between the preview and the import.

The file is written to ``settings.DATA_IMPORT_DIR`` under a random name, which
only the user's session knows. The confirm step reads that file again and
checks it afresh; nothing in the page is trusted. Files are removed after the
import, on cancel, on the next upload, and a day after they were left.
"""

import secrets
import time
from pathlib import Path

from django.conf import settings

SESSION_KEY = "my_data_upload"
KEPT_FOR_SECONDS = 24 * 60 * 60


def folder() -> Path:
    path = Path(settings.DATA_IMPORT_DIR)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def keep_upload(session, user, upload) -> None:
    """Store ``upload`` for ``user``, replacing any file they left before."""
    discard_upload(session)
    forget_stale()
    name = secrets.token_hex(16)
    with (folder() / name).open("wb") as target:
        for chunk in upload.chunks():
            target.write(chunk)
    session[SESSION_KEY] = {"name": name, "user": user.pk, "file": upload.name}


def kept_path(session, user) -> Path | None:
    """The file the user uploaded in this session, if it is still there."""
    kept = session.get(SESSION_KEY)
    if not isinstance(kept, dict) or kept.get("user") != user.pk:
        return None
    name = str(kept.get("name", ""))
    if len(name) != 32 or not all(c in "0123456789abcdef" for c in name):
        return None
    path = folder() / name
    return path if path.is_file() else None


def kept_name(session) -> str:
    return str((session.get(SESSION_KEY) or {}).get("file", ""))


def discard_upload(session) -> None:
    kept = session.pop(SESSION_KEY, None)
    name = str((kept or {}).get("name", "")) if isinstance(kept, dict) else ""
    if len(name) == 32 and name.isalnum():
        (folder() / name).unlink(missing_ok=True)


def forget_stale() -> None:
    """Remove files left more than a day ago (an import never confirmed)."""
    limit = time.time() - KEPT_FOR_SECONDS
    for path in folder().iterdir():
        try:
            if path.stat().st_mtime < limit:
                path.unlink(missing_ok=True)
        except OSError:
            continue
