"""Export, delete the account, sign up again, import, export again: nothing lost."""

import pytest

from bench.history import YEAR, seed_history
from tests.portability.helpers import (
    document_of,
    export_zip,
    files_of,
    import_zip,
    without_export_time,
)
from tracker.portability import format
from tracker.services import accounts

pytestmark = pytest.mark.django_db

BONE_RECORD = (
    format.SCANS,
    format.SCAN_SITES,
    format.HEIGHTS,
    format.HEIGHT_SETTINGS,
    format.FRACTURES,
    format.FRAX_RESULTS,
    format.REPORT_SETTINGS,
)


def test_a_year_of_history_comes_back_exactly(guidance):
    history = seed_history(YEAR)
    user = history.user
    first = export_zip(user)
    before = files_of(first)
    document = document_of(first)
    # The year covers the bone record too: scans with their sites, heights and
    # their settings, a fracture linked to the fall, FRAX, the report's choices.
    for kind in BONE_RECORD:
        assert document[kind.key], kind.key
    assert any(row["fall_id"] for row in document[format.FRACTURES.key])
    username, email = user.username, user.email
    accounts.delete_account(user)

    again = accounts.create_account(username=username, email=email, password="x" * 12)
    plan = import_zip(again, first)

    assert plan.ok and plan.skipping == 0
    assert plan.adding == sum(
        len(records)
        for key, records in without_export_time(before)[format.DATA_JSON].items()
        if isinstance(records, list)
    )
    second = export_zip(again)
    assert without_export_time(files_of(second)) == without_export_time(before)
    # Re-importing the same file adds nothing.
    repeat = import_zip(again, first)
    assert repeat.adding == 0 and repeat.skipping == plan.adding


def test_the_name_to_call_you_is_exported_for_reference(alice):
    alice.first_name = "Alice"
    alice.save()
    profile = document_of(export_zip(alice))[format.PROFILE.key]
    rows = profile if isinstance(profile, list) else [profile]
    assert rows[0]["preferred_name"] == "Alice"
