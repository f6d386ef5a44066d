"""Logging exercise by keyboard on a phone, and the week's bars that follow."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.db.models import F
from playwright.sync_api import expect

from tests.browser.checks import check_page
from tests.browser.conftest import sign_in, tab_to
from tracker.domain.weeks import Week
from tracker.models import ExerciseSession, ExerciseType, Profile


def goal(page, label):
    """Return the words under the progress bar named ``label``."""
    bar = page.get_by_role("progressbar", name=label, exact=True)
    return page.locator(f"#{bar.get_attribute('aria-describedby')}")


def test_a_session_logged_by_keyboard_moves_the_weeks_bars(site, guidance, alice):
    sign_in(site, alice)
    site.goto(site.base + "/exercise/")
    expect(site.get_by_role("heading", name="Exercise this week")).to_be_visible()
    expect(goal(site, "Weight-bearing activity")).to_have_text(
        "0 of 150 minutes (150 minutes to go)"
    )
    check_page(site)

    tab_to(site, site.get_by_role("link", name="Log a session"), limit=40)
    site.keyboard.press("Enter")
    expect(site.get_by_role("heading", name="Log a session")).to_be_visible()
    check_page(site)

    activity = site.get_by_label("Activity")
    tab_to(site, activity, limit=40)
    site.keyboard.type("Dancing")  # a closed select jumps to the typed option
    expect(activity).to_have_value(str(ExerciseType.objects.get(slug="dancing").pk))
    tab_to(site, site.get_by_label("Minutes"))  # past the date, already today
    site.keyboard.type("45")
    site.keyboard.press("Enter")

    expect(site.get_by_text(re.compile(r"Saved: Dancing, 45 minutes"))).to_be_visible()
    # Dancing counts toward weight-bearing and balance at once.
    expect(goal(site, "Weight-bearing activity")).to_have_text(
        "45 of 150 minutes (105 minutes to go)"
    )
    expect(goal(site, "Balance minutes")).to_have_text(
        "45 of 120 minutes (75 minutes to go)"
    )
    expect(goal(site, "Balance sessions")).to_have_text(
        "1 of 2 sessions (1 session to go)"
    )
    check_page(site)

    # Later that day, repeat it in one tap (within a minute of the same session,
    # a repeat is taken as a double tap), then undo the repeat.
    ExerciseSession.objects.filter(user=alice).update(
        created_at=F("created_at") - timedelta(minutes=5)
    )
    site.reload()
    repeat = site.get_by_role("button", name=re.compile(r"Repeat Dancing, 45 min"))
    tab_to(site, repeat, limit=40)
    site.keyboard.press("Enter")
    expect(goal(site, "Balance sessions")).to_have_text(
        "2 sessions (goal 2): target met"
    )
    # A second tap saves nothing and says so calmly.
    tab_to(site, repeat, limit=40)
    site.keyboard.press("Enter")
    expect(site.get_by_text("This was already saved a moment ago")).to_be_visible()
    expect(goal(site, "Balance sessions")).to_have_text(
        "2 sessions (goal 2): target met"
    )
    check_page(site)
    undo = site.get_by_role("button", name=re.compile(r"^Undo"))
    undo.focus()
    site.keyboard.press("Enter")
    expect(site.get_by_text(re.compile(r"Deleted: Dancing"))).to_be_visible()
    expect(goal(site, "Balance sessions")).to_have_text(
        "1 of 2 sessions (1 session to go)"
    )
    assert ExerciseSession.objects.filter(user=alice).count() == 1


def test_bad_minutes_are_explained_by_the_field_and_nothing_is_saved(
    site, guidance, alice
):
    sign_in(site, alice)
    site.goto(site.base + "/exercise/log/")
    site.get_by_label("Activity").select_option(label="Tai chi")
    site.get_by_label("Minutes").fill("0")
    site.get_by_label("Sets (optional)").fill("-2")
    site.get_by_role("button", name="Save session").click()

    expect(site.get_by_text("Please check the form")).to_be_visible()
    expect(site.get_by_label("Minutes")).to_have_attribute("aria-invalid", "true")
    expect(
        site.get_by_text("Enter the minutes as a number from 1 to 600.", exact=True)
    ).to_be_visible()
    feedback = site.locator(".invalid-feedback")
    expect(feedback.get_by_text("Enter the sets as a whole number")).to_be_visible()
    check_page(site)
    assert not ExerciseSession.objects.exists()


def test_after_a_spine_fracture_the_form_notes_gentler_choices_as_you_pick(
    site, guidance, alice
):
    Profile.objects.filter(user=alice).update(had_spine_fracture=True)
    sign_in(site, alice)
    site.goto(site.base + "/exercise/log/")
    note = site.get_by_text("Jogging or running:")
    expect(note).to_be_hidden()
    site.get_by_label("Activity").select_option(
        label="Jogging or running (moderate impact)"
    )
    expect(note).to_be_visible()
    expect(site.get_by_role("link", name="brisk walking")).to_be_visible()
    check_page(site)

    # Nothing is forbidden: the session is saved, and the week repeats the note.
    site.get_by_label("Minutes").fill("20")
    site.get_by_role("button", name="Save session").click()
    expect(site.get_by_text("seeing a physiotherapist")).to_be_visible()
    expect(
        site.get_by_text(re.compile("suggests lower-impact choices such as"))
    ).to_be_visible()
    # Saved, but after a spine fracture only lower-impact activity counts as gentle.
    expect(goal(site, "Days with gentle weight-bearing activity")).to_have_text(
        "0 of 7 days (7 days to go)"
    )
    check_page(site)


def test_changing_and_deleting_a_session(site, guidance, alice):
    sign_in(site, alice)
    site.goto(site.base + "/exercise/log/?type=chin-tuck")
    site.get_by_label("Minutes").fill("5")
    site.get_by_role("button", name="Save session").click()
    expect(goal(site, "Posture practice")).to_have_text("1 of 7 days (6 days to go)")

    site.get_by_role("link", name=re.compile(r"^Change Chin tuck")).click()
    expect(site.get_by_role("heading", name="Change a session")).to_be_visible()
    check_page(site)
    site.get_by_label("Minutes").fill("10")
    site.get_by_role("button", name="Save changes").click()
    expect(site.get_by_text("Changes saved: Chin tuck, 10 minutes")).to_be_visible()

    site.get_by_role("link", name=re.compile(r"^Delete Chin tuck")).click()
    expect(site.get_by_role("heading", name="Delete this session?")).to_be_visible()
    check_page(site)
    site.get_by_role("button", name="Yes, delete it").click()
    expect(goal(site, "Posture practice")).to_have_text("0 of 7 days (7 days to go)")
    assert not ExerciseSession.objects.exists()


def test_the_library_filters_by_purpose(site, guidance):
    site.goto(site.base + "/exercise/library/")
    site.get_by_role("link", name="Balance", exact=True).click()
    expect(
        site.get_by_role("heading", name=re.compile(r"Activities for balance"))
    ).to_be_visible()
    expect(site.get_by_role("link", name="Tai chi")).to_be_visible()
    expect(site.get_by_role("link", name="Squats")).to_have_count(0)
    check_page(site)


def log_by_form(page, day, activity, minutes):
    page.goto(f"{page.base}/exercise/log/?day={day.isoformat()}")
    page.get_by_label("Activity").select_option(label=activity)
    page.get_by_label("Minutes").fill(str(minutes))
    page.get_by_role("button", name="Save session").click()
    expect(page.get_by_text(f"Saved: {activity}, {minutes} minutes")).to_be_visible()


def test_a_realistic_week_gives_the_right_progress_for_every_goal(
    site, guidance, alice
):
    """Monday is typed through the form; Tuesday to Sunday are saved directly."""
    # Last week in alice's own zone, so that every day of it can be logged.
    today = datetime.now(ZoneInfo("America/New_York")).date()
    week = Week.of(today).previous()
    mon, tue, wed, thu, fri, sat, sun = week.days
    for day, activity, minutes in [
        (tue, "Dancing", 45),
        (tue, "Skipping", 10),
        (tue, "Chin tuck", 5),
        (wed, "Tai chi", 20),
        (wed, "Brisk walking", 25),
        (thu, "Sit-to-stand", 15),
        (thu, "Hopping", 10),
        (fri, "Walking", 40),
        (sat, "Hiking", 60),
        (sat, "Low jumps", 10),
        (sat, "Chin tuck", 5),
        (sun, "Tai chi", 30),
    ]:
        ExerciseSession.objects.create(
            user=alice,
            exercise_type=ExerciseType.objects.get(name=activity),
            day=day,
            minutes=minutes,
        )

    sign_in(site, alice)
    site.goto(site.base + "/exercise/")
    site.get_by_role("link", name="Previous week").click()
    site.get_by_role("link", name=re.compile(r"Add a session on Monday")).click()
    expect(site.get_by_label("Date")).to_have_value(mon.isoformat())
    site.get_by_label("Activity").select_option(label="Brisk walking")
    site.get_by_label("Minutes").fill("30")
    site.get_by_role("button", name="Save session").click()
    log_by_form(site, mon, "Squats", 20)
    log_by_form(site, mon, "Chin tuck", 5)

    assert site.url.startswith(f"{site.base}/exercise/{week}/")
    expected = {
        "Weight-bearing activity": "230 minutes (goal 150): target met",
        "Days with moderate-impact activity": "3 of 4 days (1 day to go)",
        "Strength sessions": "2 sessions (goal 2): target met",
        "Balance minutes": "95 of 120 minutes (25 minutes to go)",
        "Balance sessions": "3 sessions (goal 2): target met",
        "Posture practice": "3 of 7 days (4 days to go)",
    }
    for label, words in expected.items():
        expect(goal(site, label)).to_have_text(words)
    expect(site.get_by_text("You were active on 7 days this week.")).to_be_visible()
    check_page(site)
