"""Your data in a real browser: download, delete the account, sign up again,
import with a preview, and see the data back."""

from datetime import date

from playwright.sync_api import expect

from tests.browser.checks import check_page
from tests.browser.conftest import sign_in
from tests.conftest import PASSWORD, make_user
from tests.helpers import SKIM, catalogue_food, log_intake, log_session
from tracker.models import ExerciseSession, IntakeEntry

DAY = date(2026, 1, 5)
NEW_PASSWORD = "a long and private phrase"


def test_download_delete_sign_up_and_import_it_all_back(
    site, guidance, tmp_path, settings
):
    settings.DATA_IMPORT_DIR = str(tmp_path / "imports")
    maria = make_user("maria", time_zone="Europe/London")
    log_intake(maria, catalogue_food(SKIM), DAY)
    log_session(maria, "brisk-walking", DAY, minutes=35)
    sign_in(site, maria)

    site.goto(site.base + "/profile/")
    site.get_by_role("link", name="Download or import your data").click()
    expect(site.get_by_role("heading", name="Your data", exact=True)).to_be_visible()
    check_page(site)
    with site.expect_download() as download:
        site.get_by_role("link", name="Download my data (.zip)").click()
    saved = tmp_path / "my-data.zip"
    download.value.save_as(saved)

    site.goto(site.base + "/account/delete/")
    site.get_by_label("Password").fill(PASSWORD)
    site.get_by_role("button", name="Yes, delete everything").click()
    expect(
        site.get_by_text("Your account and everything in it are deleted.")
    ).to_be_visible()
    assert not IntakeEntry.objects.exists()

    site.goto(site.base + "/accounts/signup/")
    site.get_by_label("Username").fill("maria")
    site.get_by_label("Email").fill("maria@example.com")
    site.get_by_role("textbox", name="Password", exact=True).fill(NEW_PASSWORD)
    site.get_by_label("Password confirmation").fill(NEW_PASSWORD)
    site.get_by_role("button", name="Create my account").click()
    expect(site.get_by_role("heading", name="Your profile")).to_be_visible()

    site.get_by_role("link", name="Download or import your data").click()
    site.get_by_role("link", name="Import a file").click()
    check_page(site)
    site.get_by_label("Your data file").set_input_files(saved)
    site.get_by_role("button", name="Check the file").click()

    expect(
        site.get_by_role("heading", name="Check what will be imported")
    ).to_be_visible()
    expect(site.get_by_role("row", name="Intake entries 1 0")).to_be_visible()
    expect(site.get_by_role("row", name="Exercise sessions 1 0")).to_be_visible()
    check_page(site)
    assert not IntakeEntry.objects.exists()
    site.get_by_role("button", name="Import 2 records").click()

    expect(site.get_by_text("Imported 2 records.")).to_be_visible()
    site.goto(site.base + "/intake/2026-01-05/")
    expect(site.get_by_text("Milk, nonfat (skim)", exact=False).first).to_be_visible()
    session = ExerciseSession.objects.get()
    assert (session.user.username, session.minutes, session.day) == ("maria", 35, DAY)
