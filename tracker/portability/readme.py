"""README.txt of the export: what each file and column means, from ``format``."""

from datetime import datetime

from . import format

INTRODUCTION = """\
Your data from Bone Health Tracker
===================================

Exported {exported_at}. Format "{format}", version {version}.

This zip holds everything you logged, in two forms:

- one CSV file per kind of record, to open in a spreadsheet. Each has a header
  row, is written in UTF-8 (with a byte-order mark, so spreadsheets show
  accented letters rightly) and has one record a line;
- data.json, the same records in one document. This is the file the app reads
  when you import your data, on this server or another one.

Dates are written YYYY-MM-DD. Dates with a time are written in your time zone
with its offset from UTC, like 2026-11-25T09:30:00-05:00. Units are in the
column names: calcium_mg is in milligrams, vitamin_d_iu in international units,
minutes in minutes. true and false are yes and no; an empty cell means no value.

Each record has a stable id (the "id" column). Importing the same file again
adds nothing: records whose ids you already have are skipped. Foods, activities,
checklist questions, self-check statements and medicines from the app's own
lists are named by their name or short name, so they are found again on
another server.

"""


def readme_text(exported_at: datetime) -> str:
    parts = [
        INTRODUCTION.format(
            exported_at=exported_at.isoformat(timespec="seconds"),
            format=format.FORMAT,
            version=format.VERSION,
        )
    ]
    for kind in format.KINDS:
        title = f"{kind.file_name} ({kind.title})"
        parts.append(f"{title}\n{'-' * len(title)}\n{kind.help}\n\n")
        for column in kind.columns:
            note = " Import does not read it." if column.info else ""
            parts.append(
                f"  {column.name} ({column.codec.name}): {column.help}{note}\n"
            )
        parts.append("\n")
    parts.append(
        'data.json\n---------\nOne JSON object: "format", "version" and '
        '"exported_at", then one key per file above (without .csv) holding a '
        "list of records, or for the profile one record. Each record has the "
        "columns of its CSV file as fields, with numbers of servings, calcium and "
        'vitamin D written as text ("1.5") so that no digit is lost.\n'
    )
    return "".join(parts)
