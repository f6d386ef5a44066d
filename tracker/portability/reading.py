"""Open an uploaded zip or data.json safely, and read data.json with line numbers.

Every way a file can be wrong ends in ``Unreadable`` with a sentence for the
user: never a server error, and nothing is written.
"""

import json
import re
import zipfile
import zlib
from dataclasses import dataclass

from . import format

LIMIT_MB = format.MAX_UPLOAD_BYTES // (1024 * 1024)


class Unreadable(Exception):
    """The file cannot be imported at all; ``str()`` says why, plainly."""


@dataclass(frozen=True)
class Document:
    """data.json: its version, and each kind's records with their line numbers."""

    version: int
    exported_at: str
    records: dict[str, list[tuple[int, object]]]


def read_file(source) -> Document:
    """Read a zip or a data.json from ``source``, a binary file open for reading."""
    start = source.read(4)
    source.seek(0)
    if start.startswith(b"PK"):
        data = read_zip(source)
    else:
        data = read_capped(source, format.MAX_JSON_BYTES, "data.json")
        if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
            raise Unreadable(
                "This is not a zip file or a data.json file from Bone Health "
                "Tracker. Choose the .zip file you downloaded from “Your data”."
            )
    return parse_document(data)


def read_capped(source, limit: int, name: str) -> bytes:
    data = source.read(limit + 1)
    if len(data) > limit:
        raise Unreadable(
            f"{name} is larger than {limit // (1024 * 1024)} MB, more than an "
            "export from this app can be."
        )
    return data


def read_zip(source) -> bytes:
    """Return data.json from the zip, refusing zip bombs and broken zips."""
    try:
        with zipfile.ZipFile(source) as archive:
            members = archive.infolist()
            if len(members) > format.MAX_ZIP_FILES:
                raise Unreadable(
                    f"The zip holds {len(members)} files; an export holds "
                    f"{len(format.KINDS) + 2}. Choose the zip you downloaded."
                )
            if sum(m.file_size for m in members) > format.MAX_ZIP_UNCOMPRESSED_BYTES:
                raise Unreadable(
                    "The zip would unpack to more than "
                    f"{format.MAX_ZIP_UNCOMPRESSED_BYTES // (1024 * 1024)} MB, "
                    "more than an export from this app can be."
                )
            found = [m for m in members if m.filename.rsplit("/", 1)[-1] == "data.json"]
            if len(found) != 1:
                raise Unreadable(
                    "The zip has no data.json file in it. Choose the zip you "
                    "downloaded from “Your data”, or its data.json."
                )
            # The sizes in the zip are only claims: stop reading at the limit.
            with archive.open(found[0]) as member:
                return read_capped(member, format.MAX_JSON_BYTES, "data.json")
    except Unreadable:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        OSError,
        RuntimeError,  # an encrypted member
        NotImplementedError,  # a compression we do not read
        ValueError,
    ):
        raise Unreadable(
            "The zip file is damaged or in a form we cannot open. Download "
            "your data again and use the new file."
        ) from None


def parse_document(data: bytes) -> Document:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Unreadable("data.json is not in UTF-8 text.") from None
    try:
        top = parse_with_lines(text)
    except json.JSONDecodeError as error:
        raise Unreadable(
            f"data.json, line {error.lineno}: this is not valid JSON "
            f"({error.msg.lower()})."
        ) from None
    header = {key: value for key, (_, value) in top.items() if key in HEADER}
    if header.get("format") != format.FORMAT:
        raise Unreadable(
            "data.json is not from Bone Health Tracker: its “format” is not "
            f"“{format.FORMAT}”."
        )
    version = header.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise Unreadable("data.json has no valid “version” number.")
    if version > format.VERSION:
        raise Unreadable(
            f"This file was made by a newer version of the app (format version "
            f"{version}); this one reads version {format.VERSION} and older. "
            "Ask whoever runs this app to update it, then import again."
        )
    exported_at = header.get("exported_at")
    records = {key: value for key, value in top.items() if key not in HEADER}
    return Document(
        version=version,
        exported_at=exported_at if isinstance(exported_at, str) else "",
        records=records,
    )


HEADER = ("format", "version", "exported_at")
SPACE = re.compile(r"[ \t\n\r]*")


def _reject_constant(name):
    raise ValueError(f"{name} is not a number JSON allows")


DECODER = json.JSONDecoder(parse_constant=_reject_constant)


class Lines:
    """Line numbers of positions in a text, counted once from front to back."""

    def __init__(self, text: str):
        self.text, self.position, self.line = text, 0, 1

    def at(self, position: int) -> int:
        self.line += self.text.count("\n", self.position, position)
        self.position = position
        return self.line


def parse_with_lines(text: str) -> dict[str, tuple[int, object]]:
    """Parse a JSON object whose values are lists of records, or one record.

    Returns each key with (line, value), where a list's value is a list of
    (line, record): the line each record starts on, for the preview's problems.
    Raises ``json.JSONDecodeError`` with the line of the first error.
    """
    lines = Lines(text)

    def skip(position):
        return SPACE.match(text, position).end()

    def expect(position, char, what):
        if text[position : position + 1] != char:
            raise json.JSONDecodeError(f"Expecting {what}", text, position)
        return position + 1

    def value_at(position):
        try:
            return DECODER.raw_decode(text, position)
        except json.JSONDecodeError:
            raise
        except (ValueError, RecursionError) as error:
            raise json.JSONDecodeError(str(error), text, position) from None

    top = {}
    position = expect(skip(0), "{", "'{'")
    position = skip(position)
    if text[position : position + 1] == "}":
        position += 1
    else:
        while True:
            key_line = lines.at(position)
            key, position = value_at(position)
            if not isinstance(key, str):
                raise json.JSONDecodeError("Expecting property name", text, position)
            position = expect(skip(position), ":", "':' delimiter")
            position = skip(position)
            if text[position : position + 1] == "[":
                items, position = [], skip(position + 1)
                if text[position : position + 1] == "]":
                    position += 1
                else:
                    while True:
                        line = lines.at(position)
                        item, position = value_at(position)
                        items.append((line, item))
                        position = skip(position)
                        if text[position : position + 1] == ",":
                            position = skip(position + 1)
                            continue
                        position = expect(position, "]", "',' or ']'")
                        break
                top[key] = (key_line, items)
            else:
                line = lines.at(position)
                value, position = value_at(position)
                top[key] = (line, value)
            position = skip(position)
            if text[position : position + 1] == ",":
                position = skip(position + 1)
                continue
            position = expect(position, "}", "',' or '}'")
            break
    if skip(position) != len(text):
        raise json.JSONDecodeError("Extra data", text, skip(position))
    return top
