"""Sign-up to home page in a real browser, and axe plus size checks on every page."""

import re

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.checks import check_page
from tests.browser.conftest import PHONE, log_in, sign_in, tab_to
from tests.pages import (
    PUBLIC_PAGES,
    ROW_LINK_PAGES,
    ROW_PAGES,
    USER_PAGES,
    alices_rows,
)
from tracker.models import Profile


@pytest.fixture
def csp_errors(reused_site):
    """Collect console messages that report a blocked script, style or image."""
    errors = []

    def collect(message):
        if "Content Security Policy" in message.text:
            errors.append(message.text)

    reused_site.on("console", collect)
    yield errors
    reused_site.remove_listener("console", collect)


def test_new_user_signs_up_fills_in_profile_and_sees_their_targets(site, guidance):
    site.goto(site.base + "/")
    site.get_by_role("link", name="Create a free account").click()
    site.get_by_label("Username").fill("maria")
    site.get_by_label("Email").fill("maria@example.com")
    site.get_by_role("textbox", name="Password", exact=True).fill(
        "a long and private phrase"
    )
    site.get_by_label("Password confirmation").fill("a long and private phrase")
    site.get_by_role("button", name="Create my account").click()

    expect(site.get_by_role("heading", name="Your profile")).to_be_visible()
    expect(site.get_by_text("Calcium and vitamin D targets depend on")).to_be_visible()
    # The browser's zone (Europe/London in these tests) is preselected.
    expect(site.get_by_label("Time zone")).to_have_value("Europe/London")
    check_page(site)

    site.get_by_label("What should we call you? (optional)").fill("Maria")
    site.get_by_label("Year of birth (optional)").fill("1958")
    site.get_by_label("Female").check()
    site.get_by_role("button", name="Save my profile").click()

    expect(site.get_by_role("heading", name="Hello, Maria")).to_be_visible()
    expect(site.get_by_text("1,200 mg of calcium", exact=False)).to_be_visible()
    profile = Profile.objects.get(user__username="maria")
    assert (profile.birth_year, profile.time_zone) == (1958, "Europe/London")


def test_sign_up_and_profile_work_by_keyboard_alone(site, guidance):
    site.goto(site.base + "/")
    site.keyboard.press("Tab")  # the skip link comes first
    expect(site.get_by_role("link", name="Skip to main content")).to_be_focused()
    site.keyboard.press("Enter")
    expect(site.locator("main")).to_be_focused()
    site.keyboard.press("Tab")  # the first link in the page's main content
    expect(site.get_by_role("link", name="Read about the guidance")).to_be_focused()

    site.goto(site.base + "/accounts/signup/")
    expect(site.get_by_label("Username")).to_be_focused()  # Django's autofocus
    site.keyboard.type("kim")
    site.keyboard.press("Tab")
    site.keyboard.type("kim@example.com")
    site.keyboard.press("Tab")
    site.keyboard.type("a long and private phrase")
    site.keyboard.press("Tab")
    site.keyboard.type("a long and private phrase")
    site.keyboard.press("Enter")

    expect(site.get_by_role("heading", name="Your profile")).to_be_visible()
    site.get_by_label("Year of birth (optional)").focus()
    site.keyboard.type("1950")
    # Tab lands on the checked radio button; arrow keys move the choice.
    tab_to(site, site.get_by_role("radio", name="Prefer not to say"))
    site.keyboard.press("ArrowUp")
    site.keyboard.press("ArrowUp")
    expect(site.get_by_role("radio", name="Female")).to_be_checked()
    tab_to(site, site.get_by_role("button", name="Save my profile"))
    site.keyboard.press("Enter")

    # No name given: "Hello" alone, never the user name.
    expect(site.get_by_role("heading", name="Hello", exact=True)).to_be_visible()
    profile = Profile.objects.get(user__username="kim")
    assert (profile.birth_year, profile.sex) == (1950, "female")


def test_profile_errors_show_by_the_field_and_save_nothing(site, alice):
    sign_in(site, alice)
    site.goto(site.base + "/profile/")
    site.get_by_label("Year of birth (optional)").fill("1789")
    site.get_by_role("button", name="Save my profile").click()

    # By the field, and as a link in the error summary above the form.
    feedback = site.locator(".invalid-feedback")
    expect(feedback.get_by_text("Enter a four-digit year between")).to_be_visible()
    expect(
        site.get_by_role(
            "link", name=re.compile("^Year of birth .*: Enter a four-digit")
        )
    ).to_be_visible()
    expect(site.get_by_label("Year of birth (optional)")).to_have_attribute(
        "aria-invalid", "true"
    )
    check_page(site)
    alice.profile.refresh_from_db()
    assert alice.profile.birth_year == 1964


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_passes_axe_and_size_checks(
    reused_site, guidance, csp_errors, path
):
    reused_site.goto(reused_site.base + path)
    check_page(reused_site)
    assert csp_errors == []


@pytest.mark.parametrize("path", USER_PAGES)
def test_user_page_passes_axe_and_size_checks(
    reused_site, guidance, alice, csp_errors, path
):
    sign_in(reused_site, alice)
    reused_site.goto(reused_site.base + path)
    check_page(reused_site)
    assert csp_errors == []


@pytest.mark.parametrize("path", ROW_PAGES + ROW_LINK_PAGES)
def test_page_of_a_users_row_passes_axe_and_size_checks(
    reused_site, guidance, alice, csp_errors, path
):
    rows = alices_rows(alice)
    if path not in ROW_LINK_PAGES:
        sign_in(reused_site, alice)
    reused_site.goto(reused_site.base + path.format(**rows))
    check_page(reused_site)
    assert csp_errors == []


def test_menu_opens_on_a_phone_and_shows_the_main_links(site, alice):
    log_in(site, "alice")
    menu = site.get_by_role("button", name="Menu")
    expect(menu).to_have_attribute("aria-expanded", "false")
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(site.get_by_role("link", name="Profile")).to_be_visible()
    expect(site.get_by_role("button", name="Log out")).to_be_visible()


def test_without_javascript_the_menu_is_open_and_log_out_reachable(
    browser, live_server, alice
):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.base = live_server.url
    log_in(page, "alice")
    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    expect(page.get_by_role("link", name="Profile")).to_be_visible()
    log_out = page.get_by_role("button", name="Log out")
    tab_to(page, log_out)
    assert log_out.bounding_box()["height"] >= 48
    page.keyboard.press("Enter")
    menu = page.get_by_role("navigation", name="Main")
    expect(menu.get_by_role("link", name="Log in")).to_be_visible()
    context.close()


def test_focus_ring_is_visible(site):
    site.emulate_media(reduced_motion="reduce")  # no half-finished transition
    site.goto(site.base + "/accounts/login/")
    site.get_by_label("Username").focus()
    outline = site.get_by_label("Username").evaluate(
        "(el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).boxShadow"
    )
    assert outline.startswith("solid")
    assert re.search(r"rgb\(255, 212, 0\)", outline)


def test_user_deletes_their_account_after_confirming(site, alice):
    sign_in(site, alice)
    site.goto(site.base + "/profile/")
    site.get_by_role("link", name="Delete your account and everything in it").click()
    site.get_by_label("Your password").fill("not my password")
    site.get_by_role("button", name="Yes, delete everything").click()
    expect(
        site.get_by_text("That password is not right. Nothing was deleted.", exact=True)
    ).to_be_visible()

    site.get_by_label("Your password").fill("correct horse battery staple")
    site.get_by_role("button", name="Yes, delete everything").click()
    expect(
        site.get_by_text("Your account and everything in it are deleted.")
    ).to_be_visible()
    assert not Profile.objects.filter(pk=alice.profile.pk).exists()


def test_a_paused_sign_in_says_when_to_try_again(site, alice):
    """Five wrong passwords in the real form, then the pause page, checked."""
    for _ in range(settings.AXES_FAILURE_LIMIT):
        site.goto(site.base + "/accounts/login/")
        site.get_by_label("Username").fill("alice")
        site.get_by_label("Password").fill("not the password")
        site.get_by_role("button", name="Log in").click()
    expect(site.get_by_role("heading", level=1)).to_have_text(
        "Signing in is paused for 15 minutes"
    )
    expect(site.get_by_text("Please try again in 15 minutes.")).to_be_visible()
    check_page(site)


def test_a_browser_reporting_a_legacy_zone_name_gets_its_listed_zone(
    live_server, browser, browser_context_args, bob
):
    # Browsers may report India's zone by its legacy name, Asia/Calcutta, which
    # the list offers as Asia/Kolkata (through data-time-zone-aliases).
    context = browser.new_context(
        **{**browser_context_args, "timezone_id": "Asia/Kolkata"}
    )
    page = context.new_page()
    page.base = live_server.url
    try:
        sign_in(page, bob)
        page.goto(page.base + "/profile/")
        expect(page.get_by_label("Time zone")).to_have_value("Asia/Kolkata")
    finally:
        context.close()
