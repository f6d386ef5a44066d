"""The guidance admin passes axe-core (Django's own styling sets its text sizes)."""

import os

import pytest
from django.contrib.auth import get_user_model

from tests.browser.checks import axe_violations
from tests.browser.conftest import sign_in
from tests.conftest import PASSWORD

ADMIN_PAGES = [
    "/admin/",
    "/admin/tracker/food/",
    "/admin/tracker/food/add/",
    "/admin/tracker/nutrienttarget/",
    "/admin/tracker/room/",
    "/admin/tracker/homesafetysettings/",
    # A category's weekly targets, read-only with a link to each.
    "/admin/tracker/exercisecategory/1/change/",
    "/admin/tracker/exercisetype/add/",
    "/admin/tracker/tip/add/",
    # The settings rows: their source selects must have an accessible name.
    "/admin/tracker/homesafetysettings/1/change/",
    "/admin/tracker/estimatesettings/add/",
]


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser(
        "root", "root@example.com", PASSWORD
    )


def test_admin_pages_pass_axe(site, guidance, admin_user):
    sign_in(site, admin_user)
    for path in ADMIN_PAGES:
        site.goto(site.base + path)
        violations = axe_violations(site)
        assert not violations, f"axe on {path}: {violations}"
    # The tick box that a changed value without a changed note brings up.
    site.goto(site.base + "/admin/tracker/homesafetysettings/1/change/")
    site.get_by_label("Re-check interval (months)").fill("6")
    site.get_by_role("button", name="Save", exact=True).click()
    checked = site.get_by_label("The source note still describes the re-check interval")
    checked.wait_for()  # visible once the page with the warning has loaded
    violations = axe_violations(site)
    assert not violations, f"axe on the note check: {violations}"


# Every guidance list, read at 1280 px with the admin's menu open beside it.
GUIDANCE_LISTS = [
    "source",
    "nutrienttarget",
    "food",
    "supplement",
    "exercisecategory",
    "exercisetype",
    "weeklyexercisetarget",
    "movementtoavoid",
    "room",
    "checklistitem",
    "selfcheckstatement",
    "tip",
    "medicine",
    "homesafetysettings",
]
DESKTOP = {"width": 1280, "height": 800}

FITS_JS = """() => {
    const page = document.documentElement;
    const results = document.querySelector("#changelist-form .results");
    const menu = document.querySelector("#nav-sidebar");
    return {
        menuOpen: Boolean(menu) && menu.getBoundingClientRect().width > 0,
        pageOverflow: page.scrollWidth - page.clientWidth,
        listOverflow: results.scrollWidth - results.clientWidth,
    };
}"""


def test_every_guidance_list_fits_1280_px_with_the_menu_open(
    site, guidance, admin_user
):
    site.set_viewport_size(DESKTOP)
    sign_in(site, admin_user)
    problems = []
    for model in GUIDANCE_LISTS:
        site.goto(f"{site.base}/admin/tracker/{model}/")
        if os.environ.get("ADMIN_SCREENSHOTS"):  # to look at them
            site.screenshot(path=f"{os.environ['ADMIN_SCREENSHOTS']}/{model}.png")
        fits = site.evaluate(FITS_JS)
        # A list too wide scrolls inside its box, hiding its last columns.
        if not fits["menuOpen"] or fits["pageOverflow"] > 0 or fits["listOverflow"] > 0:
            problems.append((model, fits))
    assert not problems
