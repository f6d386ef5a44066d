import io

import pytest
from django.core.management import CommandError, call_command

from tests.helpers import SKIM, catalogue_food, log_intake
from tests.views.test_my_data import DAY
from tracker.models import IntakeEntry

pytestmark = pytest.mark.django_db


def test_export_then_import_into_another_account(guidance, alice, bob, tmp_path):
    log_intake(alice, catalogue_food(SKIM), DAY)
    target = tmp_path / "alice.zip"
    call_command("export_user_data", "alice", str(target), stdout=io.StringIO())
    out = io.StringIO()
    call_command("import_user_data", "bob", str(target), stdout=out)
    assert "intake entries: 1 added, 0 already there" in out.getvalue()
    assert IntakeEntry.objects.filter(user=bob).count() == 1


def test_unknown_users_and_bad_files_are_errors(guidance, alice, tmp_path):
    with pytest.raises(CommandError, match="no user called 'nobody'"):
        call_command("export_user_data", "nobody", str(tmp_path / "x.zip"))
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"nonsense")
    with pytest.raises(CommandError, match="not a zip file"):
        call_command("import_user_data", "alice", str(bad))
