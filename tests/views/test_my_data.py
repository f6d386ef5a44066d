"""The "Your data" pages: download, upload, preview, confirm, and bad files."""

import io
import json
import zipfile
from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tests.helpers import (
    SKIM,
    answer_item,
    catalogue_food,
    items_of,
    log_intake,
    log_session,
)
from tests.portability.helpers import export_zip, files_of
from tracker.models import ExerciseSession, IntakeEntry
from tracker.portability import format, uploads

pytestmark = pytest.mark.usefixtures("guidance")

DAY = date(2026, 1, 5)


@pytest.fixture(autouse=True)
def upload_folder(settings, tmp_path):
    settings.DATA_IMPORT_DIR = str(tmp_path / "imports")


def some_history(user, days=1):
    for back in range(days):
        day = DAY - timedelta(days=back)
        log_intake(user, catalogue_food(SKIM), day)
        log_session(user, "brisk-walking", day)
    answer_item(user, items_of("floors")[0], "fine", day=DAY)


def upload(client, data: bytes, name="my-data.zip"):
    return client.post(
        "/account/data/import/", {"file": SimpleUploadedFile(name, data)}
    )


def edited(data: bytes, change) -> bytes:
    """The zip's data.json, after ``change(document)``, as a data.json upload."""
    document = json.loads(files_of(data)[format.DATA_JSON])
    change(document)
    return json.dumps(document, indent=1).encode()


class TestOverview:
    def test_it_needs_login(self, client):
        response = client.get("/account/data/")
        assert response["Location"] == "/accounts/login/?next=/account/data/"

    def test_the_page_says_what_is_in_the_zip(self, alice_client, assert_page):
        assert_page(
            alice_client,
            "/account/data/",
            max_queries=4,
            shows=["Download my data (.zip)", "intake_entries.csv", "20 MB"],
        )

    def test_the_profile_links_to_it(self, alice_client):
        assert b'href="/account/data/"' in alice_client.get("/profile/").content


class TestDownload:
    def test_it_is_a_zip_of_every_file(self, alice_client, alice):
        some_history(alice)
        response = alice_client.get("/account/data/download/")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/zip"
        assert "attachment" in response["Content-Disposition"]
        files = files_of(b"".join(response.streaming_content))
        assert set(files) == {
            *(kind.file_name for kind in format.KINDS),
            format.DATA_JSON,
            format.README_TXT,
        }
        entries = files["intake_entries.csv"].decode("utf-8-sig").splitlines()
        assert entries[0].startswith("id,day,kind,catalogue_food_name")
        assert "calcium_mg" in entries[0] and len(entries) == 2
        assert "minutes" in files["exercise_sessions.csv"].decode("utf-8-sig")
        document = json.loads(files[format.DATA_JSON])
        assert document["format"] == format.FORMAT
        assert document["version"] == format.VERSION
        # Aware times, in alice's zone (New York), with their offset.
        assert document["intake_entries"][0]["created_at"][-6:] in ("-05:00", "-04:00")

    def test_the_queries_do_not_grow_with_the_history(self, alice_client, alice, bob):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        some_history(bob, days=1)
        alice_client.force_login(bob)
        with CaptureQueriesContext(connection) as one:
            alice_client.get("/account/data/download/")
        some_history(alice, days=30)
        alice_client.force_login(alice)
        with CaptureQueriesContext(connection) as thirty:
            response = alice_client.get("/account/data/download/")
        assert response.status_code == 200
        assert len(one) == len(thirty) <= 27  # a query per kind: 21


class TestImport:
    def test_the_upload_page(self, alice_client, assert_page):
        assert_page(
            alice_client,
            "/account/data/import/",
            max_queries=4,
            shows=["Import your data", "at most 20 MB", "Check the file"],
        )

    def test_preview_then_confirm_adds_everything_once(self, client, alice, bob):
        some_history(alice, days=3)
        data = export_zip(alice)
        client.force_login(bob)
        response = upload(client, data)
        assert response["Location"] == "/account/data/import/preview/"
        preview = client.get("/account/data/import/preview/")
        page = preview.content.decode()
        assert "Import 7 records" in page and "Intake entries" in page
        assert IntakeEntry.objects.filter(user=bob).count() == 0

        done = client.post("/account/data/import/preview/")
        assert done["Location"] == "/account/data/"
        assert IntakeEntry.objects.filter(user=bob).count() == 3
        assert ExerciseSession.objects.filter(user=bob).count() == 3
        assert list(uploads.folder().iterdir()) == []

        upload(client, data)
        again = client.get("/account/data/import/preview/").content.decode()
        assert "there is nothing to import" in again
        client.post("/account/data/import/preview/")
        assert IntakeEntry.objects.filter(user=bob).count() == 3

    def test_the_preview_runs_a_fixed_number_of_queries(
        self, client, alice, bob, assert_page
    ):
        some_history(alice, days=30)
        client.force_login(bob)
        upload(client, export_zip(alice))
        assert_page(
            client,
            "/account/data/import/preview/",
            max_queries=35,
            shows=["Import 61 records", "Exercise sessions"],
        )

    def test_the_preview_needs_an_upload_first(self, alice_client):
        response = alice_client.get("/account/data/import/preview/")
        assert response["Location"] == "/account/data/import/"

    def test_another_users_session_cannot_use_the_file(self, client, alice, bob):
        client.force_login(alice)
        upload(client, export_zip(alice))
        session = client.session
        kept = session[uploads.SESSION_KEY]
        client.force_login(bob)
        session = client.session
        session[uploads.SESSION_KEY] = kept
        session.save()
        response = client.get("/account/data/import/preview/")
        assert response["Location"] == "/account/data/import/"

    def test_cancel_removes_the_file(self, alice_client, alice):
        upload(alice_client, export_zip(alice))
        response = alice_client.post("/account/data/import/cancel/")
        assert response["Location"] == "/account/data/"
        assert list(uploads.folder().iterdir()) == []


def refused(client, data, name="data.zip"):
    response = upload(client, data, name)
    assert response.status_code == 200, "a bad file is refused on the form"
    return " ".join(response.context["form"].errors["file"])


class TestBadFiles:
    """Each bad file: a clear error, no file kept, nothing changed."""

    @pytest.fixture(autouse=True)
    def nothing_changes(self, alice, bob):
        some_history(alice)
        before = IntakeEntry.objects.count()
        yield
        assert IntakeEntry.objects.count() == before
        assert list(uploads.folder().iterdir()) == []

    def test_not_a_zip(self, alice_client):
        assert "not a zip file" in refused(alice_client, b"hello", "notes.txt")

    def test_a_damaged_zip(self, alice_client, alice):
        data = export_zip(alice)
        assert "damaged" in refused(alice_client, data[: len(data) // 2])

    def test_too_many_files(self, alice_client):
        target = io.BytesIO()
        with zipfile.ZipFile(target, "w") as archive:
            for number in range(format.MAX_ZIP_FILES + 1):
                archive.writestr(f"{number}.txt", "")
        assert "holds 31 files" in refused(alice_client, target.getvalue())

    def test_a_zip_bomb(self, alice_client, monkeypatch):
        monkeypatch.setattr(format, "MAX_ZIP_UNCOMPRESSED_BYTES", 1_000_000)
        target = io.BytesIO()
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(format.DATA_JSON, b" " * 2_000_000)
        assert len(target.getvalue()) < 10_000
        assert "would unpack to more than" in refused(alice_client, target.getvalue())

    def test_a_data_json_larger_than_it_says(self, alice_client, monkeypatch):
        monkeypatch.setattr(format, "MAX_JSON_BYTES", 1000)
        target = io.BytesIO()
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(format.DATA_JSON, b" " * 5000)
        assert "larger than" in refused(alice_client, target.getvalue())

    def test_a_file_too_large(self, alice_client, alice, monkeypatch):
        monkeypatch.setattr(format, "MAX_UPLOAD_BYTES", 100)
        assert "the most we take is" in refused(alice_client, export_zip(alice))

    def test_a_newer_version(self, alice_client, alice):
        data = edited(export_zip(alice), lambda d: d.update(version=99))
        assert "newer version of the app" in refused(alice_client, data, "data.json")

    def test_malformed_json(self, alice_client, alice):
        data = export_zip(alice)
        text = files_of(data)[format.DATA_JSON].replace(
            b'"kind": "food"', b'"kind" "food"'
        )
        message = refused(alice_client, text, "data.json")
        assert "line" in message and "not valid JSON" in message

    def test_another_apps_json(self, alice_client):
        message = refused(alice_client, b'{"hello": 1}', "data.json")
        assert "not from Bone Health Tracker" in message


class TestBadRecords:
    """Records that break a rule: listed with their line, and no import."""

    def preview(self, client, data):
        upload(client, data, "data.json")
        return client.get("/account/data/import/preview/")

    def test_out_of_range_and_future_values(self, client, alice, bob):
        some_history(alice)
        tomorrow = (timezone.localdate() + timedelta(days=2)).isoformat()

        def change(document):
            document["exercise_sessions"][0]["minutes"] = 9999
            document["intake_entries"][0]["day"] = tomorrow
            document["intake_entries"][0]["calcium_mg"] = "-3"

        data = edited(export_zip(alice), change)
        client.force_login(bob)
        response = self.preview(client, data)
        page = response.content.decode()
        problems = [str(problem) for problem in response.context["plan"].problems]
        assert any(
            "minutes: Ensure this value is less than or equal to 600" in p
            for p in problems
        )
        assert any("day: That date is in the future" in p for p in problems)
        assert any("intake values not negative" in p for p in problems)
        assert all(p.startswith("data.json, line ") for p in problems)
        assert "cannot be imported yet" in page and "Import 1" not in page
        client.post("/account/data/import/preview/")
        assert ExerciseSession.objects.filter(user=bob).count() == 0
        assert IntakeEntry.objects.filter(user=bob).count() == 0

    def test_a_catalogue_row_that_is_gone_is_reported_not_guessed(
        self, client, alice, bob
    ):
        some_history(alice)
        data = edited(
            export_zip(alice),
            lambda d: d["exercise_sessions"][0].update(activity_slug="moonwalking"),
        )
        client.force_login(bob)
        problems = self.preview(client, data).context["plan"].problems
        assert [
            "moonwalking" in p.message and "activity library" in p.message
            for p in problems
        ] == [True]

    def test_wrong_types_and_missing_fields(self, client, alice, bob):
        some_history(alice)

        def change(document):
            document["falls"] = [{"id": "x"}]
            document["intake_entries"][0]["servings"] = 2
            del document["exercise_sessions"][0]["minutes"]

        client.force_login(bob)
        plan = self.preview(client, edited(export_zip(alice), change)).context["plan"]
        messages = " ".join(p.message for p in plan.problems)
        assert "servings should be a number written as text" in messages
        assert "minutes is missing" in messages
        assert "id should be an id" in messages
