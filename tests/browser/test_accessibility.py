"""Accessibility beyond axe: forced colours, error summaries, text size and contrast.

axe and the size checks run on every page in test_foundation.py at the default
settings; here they run over a few representative pages in each text size, in
high contrast and under emulated forced colours (Windows high contrast).
"""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.checks import axe_violations, size_problems
from tests.browser.conftest import PHONE, sign_in
from tests.helpers import catalogue_food, log_intake, log_session
from tests.pages import USER_PAGES
from tracker.domain.weeks import Week
from tracker.models import Profile

SKIM = ("Milk, nonfat (skim), vitamin D added", "1 cup")


def alices_today():
    return timezone.localdate(timezone=ZoneInfo("America/New_York"))


@pytest.fixture
def alice_with_weeks(alice, guidance):
    """Alice with a cup of milk today and sessions of each purpose over 3 weeks."""
    today = alices_today()
    log_intake(alice, catalogue_food(SKIM), today)
    for back, slug in enumerate(["brisk-walking", "tai-chi", "squats"] * 3):
        log_session(alice, slug, today - timedelta(days=back * 2), minutes=20 + back)
    return alice


def set_display(user, **fields):
    Profile.objects.filter(user=user).update(**fields)


# --- The setting itself ----------------------------------------------------------


def test_text_size_and_contrast_apply_at_once_and_on_every_page_after(
    site, alice, guidance
):
    sign_in(site, alice)
    site.goto(site.base + "/profile/")
    root = site.locator("html")
    root_size = "() => getComputedStyle(document.documentElement).fontSize"
    assert site.evaluate(root_size) == "18px"

    site.get_by_label("Larger").check()  # no reload: the page restyles itself
    expect(root).to_have_class("text-larger")
    assert site.evaluate(root_size) == "26px"
    expect(site.get_by_text("Saved. Every page now shows this way.")).to_be_visible()
    site.get_by_label("High contrast", exact=False).check()
    expect(root).to_have_class("text-larger high-contrast")
    expect(site.get_by_text("Saved. Every page now shows this way.")).to_be_visible()

    alice.profile.refresh_from_db()
    assert (alice.profile.text_size, alice.profile.high_contrast) == ("larger", True)
    site.goto(site.base + "/intake/")  # the server sets the classes
    expect(root).to_have_class("text-larger high-contrast")
    assert site.evaluate(root_size) == "26px"


def test_text_size_saves_without_javascript(browser, live_server, alice, guidance):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.base = live_server.url
    sign_in(page, alice)
    page.goto(page.base + "/profile/")
    page.get_by_label("Large", exact=True).check()
    page.get_by_role("button", name="Save text size and contrast").click()
    expect(page.get_by_text("Your text size and contrast are saved.")).to_be_visible()
    expect(page.locator("html")).to_have_class("no-js text-large")
    context.close()


# --- axe and sizes in each mode -------------------------------------------------


def representative_pages():
    week = Week.of(alices_today())
    return [
        "/",
        "/intake/",
        f"/intake/{week}/",
        "/exercise/",
        f"/weeks/{week}/",
        "/trends/",
        "/home-safety/floors/",
        "/profile/",
    ]


@pytest.mark.parametrize(
    ("mode", "display", "forced"),
    [
        ("large text", {"text_size": "large"}, False),
        ("larger text", {"text_size": "larger"}, False),
        ("high contrast", {"high_contrast": True}, False),
        ("forced colours", {}, True),
        (
            "forced colours, larger, high contrast",
            {"text_size": "larger", "high_contrast": True},
            True,
        ),
    ],
)
def test_pages_pass_axe_in_each_display_mode(
    reused_site, alice_with_weeks, mode, display, forced
):
    set_display(alice_with_weeks, **display)
    sign_in(reused_site, alice_with_weeks)
    reused_site.emulate_media(forced_colors="active" if forced else "none")
    try:
        for path in representative_pages():
            reused_site.goto(reused_site.base + path)
            assert axe_violations(reused_site) == [], f"{mode}: {path}"
    finally:
        reused_site.emulate_media(forced_colors="none")


@pytest.mark.parametrize(
    ("mode", "display", "forced"),
    [
        (
            "larger text, high contrast",
            {"text_size": "larger", "high_contrast": True},
            False,
        ),
        ("forced colours", {}, True),
    ],
)
def test_every_signed_in_page_passes_axe_in_the_most_demanding_modes(
    reused_site, alice_with_weeks, mode, display, forced
):
    """The representative pages above in every mode; here every page a signed-in
    user opens (tests/pages.py), in the two modes that change the most."""
    set_display(alice_with_weeks, **display)
    sign_in(reused_site, alice_with_weeks)
    reused_site.emulate_media(forced_colors="active" if forced else "none")
    try:
        for path in dict.fromkeys(USER_PAGES):
            reused_site.goto(reused_site.base + path)
            assert axe_violations(reused_site) == [], f"{mode}: {path}"
    finally:
        reused_site.emulate_media(forced_colors="none")


def test_nothing_scrolls_sideways_at_320px_in_larger_text(
    reused_site, alice_with_weeks
):
    set_display(alice_with_weeks, text_size="larger")
    sign_in(reused_site, alice_with_weeks)
    reused_site.set_viewport_size({"width": 320, "height": 640})
    try:
        for path in representative_pages():
            reused_site.goto(reused_site.base + path)
            assert size_problems(reused_site) == [], path
    finally:
        reused_site.set_viewport_size(PHONE)


# --- Forced colours -----------------------------------------------------------------


def colours_in(png: bytes, box=None) -> set:
    from io import BytesIO

    from PIL import Image

    image = Image.open(BytesIO(png)).convert("RGB")
    if box:
        image = image.crop(box)
    return {colour for _, colour in image.getcolors(maxcolors=1 << 20)}


def system_colour(page, name):
    """The rgb triple a system colour shows as under the page's forced colours,
    over the page's background (Chromium's Highlight is see-through)."""
    return tuple(
        page.evaluate(
            """(name) => {
                const rgba = (colour) => {
                    const probe = document.createElement("span");
                    probe.style.forcedColorAdjust = "none";
                    probe.style.color = colour;
                    document.body.append(probe);
                    const [r, g, b, a = 1] = getComputedStyle(probe).color
                        .match(/[\\d.]+/g).map(Number);
                    probe.remove();
                    return [r, g, b, a];
                };
                const colour = rgba(name);
                const paper = rgba("Canvas");
                const alpha = colour[3];
                return [0, 1, 2].map(
                    (i) => Math.round(colour[i] * alpha + paper[i] * (1 - alpha)));
            }""",
            name,
        )
    )


def test_progress_bars_keep_their_fill_in_forced_colours(site, alice_with_weeks):
    sign_in(site, alice_with_weeks)
    site.emulate_media(forced_colors="active")
    site.goto(site.base + "/intake/")
    bar = site.locator("progress").first  # 299 of 1,200 mg: a quarter filled
    box = bar.bounding_box()
    png = bar.screenshot()
    canvas = system_colour(site, "Canvas")
    middle = int(box["height"] / 2)
    fifth = int(box["width"] / 5)
    filled = colours_in(png, (8, middle - 2, fifth, middle + 2))
    empty = colours_in(png, (3 * fifth, middle - 2, 5 * fifth - 8, middle + 2))
    assert empty == {canvas}
    assert len(filled) == 1 and filled != empty


def canvas_colours(locator) -> set:
    """The opaque colours drawn on a canvas, read from its pixels."""
    return {
        tuple(colour)
        for colour in locator.evaluate(
            """(canvas) => {
                const pixels = canvas.getContext("2d")
                    .getImageData(0, 0, canvas.width, canvas.height).data;
                const seen = new Set();
                for (let i = 0; i < pixels.length; i += 4) {
                    if (pixels[i + 3] === 255) seen.add(`${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`);
                }
                return [...seen].map((rgb) => rgb.split(",").map(Number));
            }"""
        )
    }


def test_charts_draw_in_system_colours_in_forced_colours(site, alice_with_weeks):
    sign_in(site, alice_with_weeks)
    site.emulate_media(forced_colors="active")
    site.goto(site.base + "/trends/")
    exercise = site.locator("canvas[data-chart='exercise-chart-data']")
    expect(exercise).to_be_visible()
    site.wait_for_timeout(600)  # the bars grow in
    drawn = canvas_colours(exercise)
    for name in ("Highlight", "CanvasText", "LinkText"):
        assert system_colour(site, name) in drawn, name
    # The calcium chart's text and target line are drawn in the text colour.
    calcium = site.locator("canvas[data-chart='calcium-chart-data']")
    assert system_colour(site, "CanvasText") in canvas_colours(calcium)


def test_the_menu_icon_shows_in_forced_colours(site, guidance):
    site.emulate_media(forced_colors="active")
    site.goto(site.base + "/")
    icon = site.locator(".navbar-toggler-icon")
    assert system_colour(site, "ButtonText") in colours_in(icon.screenshot())


# --- Charts on a small phone ----------------------------------------------------


def test_charts_fit_a_320px_phone_with_their_legends(site, alice_with_weeks):
    sign_in(site, alice_with_weeks)
    site.set_viewport_size({"width": 320, "height": 640})
    site.goto(site.base + "/trends/")
    legend = site.locator(".chart-legend").last
    expect(legend.get_by_text("Resistance and strength")).to_be_visible()
    for item in legend.locator("li").all():
        assert item.bounding_box()["x"] + item.bounding_box()["width"] <= 320
    # On its side, each week has a row of its own: the chart grows with them.
    box = site.locator(".chart-box").last.bounding_box()
    assert box["height"] >= 12 * 18
    assert size_problems(site) == []


def test_the_week_table_fits_320px_with_every_column(site, alice_with_weeks):
    sign_in(site, alice_with_weeks)
    site.set_viewport_size({"width": 320, "height": 640})
    site.goto(site.base + f"/intake/{Week.of(alices_today())}/")
    # Today's row: its calcium and vitamin D, each named, both in sight.
    for label in ("Calcium", "Vitamin D"):
        cell = site.locator(f".week-table td[data-label='{label}']").first
        expect(cell).to_be_visible()
        box = cell.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320
        assert (
            cell.evaluate("(td) => getComputedStyle(td, '::before').content")
            == f'"{label}: "'
        )
    assert size_problems(site) == []


# --- Small things -----------------------------------------------------------------


def test_a_date_box_keeps_its_focus_ring_on_the_calendar_button(site, alice):
    sign_in(site, alice)
    site.goto(site.base + "/home-safety/falls/new/")
    date_box = site.locator("input[type=date]").first
    date_box.focus()
    # Tab moves through day, month and year, then to the calendar button.
    for _ in range(4):
        state = site.evaluate(
            """() => {
                const el = document.activeElement;
                return {date: el.type === "date", visible: el.matches(":focus-visible"),
                        outline: getComputedStyle(el).outlineStyle};
            }"""
        )
        if state["date"] and not state["visible"]:
            break
        site.keyboard.press("Tab")
    assert state == {"date": True, "visible": False, "outline": "solid"}


def test_the_search_status_is_present_while_empty(site, alice, guidance):
    sign_in(site, alice)
    site.goto(site.base + "/intake/")
    status = site.locator("#search-status")
    assert status.evaluate(
        "(el) => getComputedStyle(el).display !== 'none' && !el.hidden"
    )
    site.get_by_role("searchbox", name="Find a food or supplement").fill("skim milk")
    expect(status).to_contain_text("match")


# --- Focus after a failed submit --------------------------------------------------


def fail_profile(site):
    site.get_by_label("Year of birth (optional)").fill("1789")
    site.get_by_role("button", name="Save my profile").click()


def fail_diary_add(site):
    site.get_by_role("searchbox", name="Find a food or supplement").fill("skim milk")
    amount = site.get_by_label(f"Amount of {SKIM[0]}, 1 cup")
    amount.fill("0")
    amount.press("Enter")


def fail_room(site):
    stool = site.get_by_role("group", name="Is your step stool steady?")
    stool.get_by_role("radio", name="Fixed").check()
    stool.get_by_label("Date it was fixed (optional)").fill("2099-01-01")
    site.get_by_role("button", name="Save and go to Bathrooms").click()


def fail_delete(site):
    site.get_by_label("Your password").fill("not my password")
    site.get_by_role("button", name="Yes, delete everything").click()


def press(name):
    return lambda site: site.get_by_role("button", name=name).click()


FAILED_SUBMITS = [
    ("/profile/", fail_profile),
    ("/exercise/log/", press("Save session")),
    ("/intake/", fail_diary_add),
    ("/home-safety/kitchen/", fail_room),
    ("/home-safety/self-check/", press("See my score")),
    ("/home-safety/falls/new/", press("Log it")),
    ("/account/delete/", fail_delete),
    ("/bones/scans/new/", press("Save the scan")),
    ("/accounts/password_change/", press("Change my password")),
]


@pytest.mark.parametrize(
    ("path", "fail"), FAILED_SUBMITS, ids=[p for p, _ in FAILED_SUBMITS]
)
def test_a_failed_submit_focuses_the_error_summary_whose_links_reach_the_fields(
    reused_site, alice, guidance, path, fail
):
    site = reused_site
    sign_in(site, alice)
    site.goto(site.base + path)
    fail(site)

    summary = site.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_have_attribute("role", "alert")
    link = summary.get_by_role("link").first
    target = link.get_attribute("href")
    site.keyboard.press("Tab")
    expect(link).to_be_focused()
    site.keyboard.press("Enter")
    expect(site.locator(target)).to_be_focused()
    expect(site.locator(target)).to_be_in_viewport()


def test_a_failed_password_reset_focuses_the_error_summary(reused_site, guidance):
    site = reused_site
    site.goto(site.base + "/accounts/password_reset/")
    site.get_by_role("button", name="Send me the link").click()
    summary = site.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    summary.get_by_role("link").first.click()
    expect(site.get_by_label("Email")).to_be_focused()


def test_a_summary_link_shows_the_checklist_question_above_its_field(
    reused_site, alice, guidance
):
    site = reused_site
    sign_in(site, alice)
    site.goto(site.base + "/home-safety/kitchen/")
    fail_room(site)
    site.locator("[data-error-summary]").get_by_role("link").first.click()
    stool = site.get_by_role("group", name="Is your step stool steady?")
    expect(stool.get_by_label("Date it was fixed (optional)")).to_be_focused()
    # The question shows in its item's summary line (its legend is for screen
    # readers), above the field.
    expect(
        site.locator("summary", has_text="Is your step stool steady?")
    ).to_be_in_viewport()
