"""The calcium diary in a real browser, on a phone, by keyboard, with axe checks."""

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.checks import check_page
from tests.browser.conftest import PHONE, log_in, sign_in, tab_to
from tracker.domain import intake
from tracker.models import Food, IntakeEntry, Supplement
from tracker.queries import intake as queries
from tracker.services import intake as services

SKIM = "Milk, nonfat (skim), vitamin D added"
COMBINATION = "Calcium 600 mg with vitamin D 800 IU"


def alices_today():
    """Alice lives in New York: her "today" is New York's."""
    return timezone.localdate(timezone=ZoneInfo("America/New_York"))


def log(user, item, amount="1"):
    loggable = (
        queries.loggable_supplement(item)
        if isinstance(item, Supplement)
        else queries.loggable_food(item)
    )
    return services.create_entry(
        user,
        day=alices_today(),
        loggable=loggable,
        amount=intake.parse_servings(amount),
    )


def search_box(site):
    return site.get_by_role("searchbox", name="Find a food or supplement")


def test_logging_milk_and_a_supplement_by_keyboard_alone(site, alice, guidance):
    blocked = []
    site.on(
        "console",
        lambda message: (
            blocked.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    sign_in(site, alice)
    site.goto(site.base + "/intake/")
    expect(site.get_by_text("0 of 1,200 mg (1,200 mg to go)")).to_be_visible()
    check_page(site)

    tab_to(site, search_box(site), limit=40)
    site.keyboard.type("skim milk")
    add_milk = site.get_by_role("button", name=f"Add {SKIM}, 1 cup")
    expect(add_milk).to_be_visible()  # found as you type, without a reload
    expect(site.locator("#search-status")).to_have_text(
        "1 food and 0 supplements match “skim milk”."
    )
    check_page(site)
    tab_to(site, add_milk)
    site.keyboard.press("Enter")

    expect(site.get_by_text("299 of 1,200 mg (901 mg to go)")).to_be_visible()
    expect(site.get_by_text("115 of 600 IU (485 IU to go)")).to_be_visible()

    tab_to(site, search_box(site), limit=40)
    site.keyboard.type("600 mg with vitamin D")
    add_tablet = site.get_by_role("button", name=f"Add {COMBINATION}, 1 tablet")
    expect(add_tablet).to_be_visible()
    tab_to(site, add_tablet)
    site.keyboard.press("Enter")

    expect(site.get_by_text("899 of 1,200 mg (301 mg to go)")).to_be_visible()
    expect(site.get_by_text("915 IU (goal 600): target met")).to_be_visible()
    expect(site.get_by_text("gives 600 mg of calcium at once")).to_be_visible()
    check_page(site)
    assert IntakeEntry.objects.filter(user=alice).count() == 2
    assert blocked == []  # htmx ran within the page's content security policy


def test_a_bad_amount_is_shown_by_the_field(site, alice, guidance):
    sign_in(site, alice)
    site.goto(site.base + "/intake/")
    search_box(site).fill("skim milk")
    amount = site.get_by_label(f"Amount of {SKIM}, 1 cup")
    amount.fill("0")
    amount.press("Enter")

    expect(site.get_by_role("alert")).to_contain_text("Please check the form")
    field = site.get_by_label("How much?")
    expect(field).to_have_attribute("aria-invalid", "true")
    feedback = site.locator(".invalid-feedback")
    expect(feedback.get_by_text("Enter an amount more than 0.")).to_be_visible()
    check_page(site)

    field.fill("1½")
    field.press("Enter")
    expect(site.get_by_text("1½ × 1 cup: 448.5 mg calcium")).to_be_visible()


def test_milk_is_logged_in_millilitres_by_keyboard(site, alice, guidance):
    sign_in(site, alice)
    site.goto(site.base + "/intake/")
    tab_to(site, search_box(site), limit=40)
    site.keyboard.type("skim milk")
    amount = site.get_by_label(f"Amount of {SKIM}, 1 cup")
    tab_to(site, amount)
    site.keyboard.press("Control+A")
    site.keyboard.type("200")
    site.keyboard.press("Tab")
    unit = site.get_by_label(f"Unit for {SKIM}, 1 cup")
    expect(unit).to_be_focused()
    unit.select_option("ml")  # as arrow keys on the focused menu do
    site.keyboard.press("Tab")
    site.keyboard.press("Enter")
    expect(site.get_by_text("200 ml: 252.7 mg calcium")).to_be_visible()
    expect(site.get_by_text("253 of 1,200 mg (947 mg to go)")).to_be_visible()
    check_page(site)
    # Too much for 20 cups: the message is by the amount, in millilitres.
    search_box(site).fill("skim milk")
    site.get_by_label(f"Amount of {SKIM}, 1 cup").fill("9000")
    site.get_by_label(f"Unit for {SKIM}, 1 cup").select_option("ml")
    site.get_by_role("button", name=f"Add {SKIM}, 1 cup").click()
    field = site.get_by_label("How much?")
    expect(field).to_have_attribute("aria-invalid", "true")
    # By the field, and as a link in the summary above the form.
    message = "Enter 4,732 ml or less (20 servings)."
    expect(site.locator("strong", has_text=message)).to_be_visible()
    expect(site.get_by_role("link", name=f"How much? {message}")).to_be_visible()
    expect(site.get_by_label("Measured in")).to_have_value("ml")
    check_page(site)


def test_a_food_not_in_the_list_is_added_from_its_label(site, alice, guidance):
    sign_in(site, alice)
    site.goto(site.base + "/intake/")
    search_box(site).fill("ice cream")
    expect(site.locator("#search-status")).to_have_text("Nothing matches “ice cream”.")
    check_page(site)
    site.get_by_role("link", name="Add it as your own food from its label").click()
    expect(site.get_by_label("Name")).to_have_value("ice cream")


def test_editing_and_deleting_an_entry_by_keyboard(site, alice, guidance):
    log(alice, Food.objects.get(owner__isnull=True, name=SKIM))
    sign_in(site, alice)
    site.goto(site.base + "/intake/")
    expect(site.get_by_text("299 of 1,200 mg")).to_be_visible()

    tab_to(site, site.get_by_role("link", name=f"Edit {SKIM}"), limit=60)
    site.keyboard.press("Enter")
    amount = site.get_by_label("How much?")
    tab_to(site, amount)
    site.keyboard.press("ControlOrMeta+a")
    site.keyboard.type("abc")
    site.keyboard.press("Enter")
    expect(
        site.get_by_text("Enter a number, such as 1, ½, 1½ or 0.25.", exact=True)
    ).to_be_visible()
    check_page(site)

    # The error summary has the focus; its link takes it back to the field.
    expect(site.locator("[data-error-summary]")).to_be_focused()
    site.keyboard.press("Tab")
    site.keyboard.press("Enter")
    expect(amount).to_be_focused()
    site.keyboard.press("ControlOrMeta+a")
    site.keyboard.type("½")
    site.keyboard.press("Enter")
    expect(site.get_by_text("½ × 1 cup: 149.5 mg calcium")).to_be_visible()
    expect(site.get_by_text("150 of 1,200 mg (1,050 mg to go)")).to_be_visible()

    tab_to(site, site.get_by_role("link", name=f"Delete {SKIM}"), limit=60)
    site.keyboard.press("Enter")
    expect(site.get_by_role("heading", name="Delete this entry?")).to_be_visible()
    check_page(site)
    tab_to(site, site.get_by_role("button", name="Yes, delete it"))
    site.keyboard.press("Enter")
    expect(site.get_by_text(f"Deleted ½ × 1 cup of {SKIM}.")).to_be_visible()
    expect(site.get_by_text("Nothing logged on this day yet.")).to_be_visible()
    assert not IntakeEntry.objects.exists()


def test_warnings_are_shown_calmly_with_their_sources(site, alice, guidance):
    tablet = Supplement.objects.get(owner__isnull=True, name=COMBINATION)
    for _ in range(4):
        log(alice, tablet)  # 2,400 mg calcium and 3,200 IU vitamin D
    log(alice, Supplement.objects.get(owner__isnull=True, name="Vitamin D3, 1,000 IU"))
    log(alice, Food.objects.get(owner__isnull=True, name="Spinach, cooked, boiled"))
    sign_in(site, alice)
    site.goto(site.base + "/intake/")

    notices = site.get_by_role("region", name="Worth knowing")
    expect(notices).to_contain_text(
        "Calcium today adds up to 2,522 mg, including 122 mg from poorly absorbed "
        "foods, which is above the upper limit of 2,000 mg a day for your age."
    )
    expect(notices).to_contain_text("Vitamin D today adds up to 4,200 IU")
    expect(notices.get_by_text("gives 600 mg of calcium at once")).to_have_count(4)
    expect(
        site.get_by_text(
            "122 mg of calcium from Spinach, cooked, boiled is not counted"
        )
    ).to_be_visible()
    expect(site.get_by_text("Poorly absorbed").first).to_be_visible()
    check_page(site)


def test_one_tap_repeat_from_recent_items(site, alice, guidance):
    log(alice, Food.objects.get(owner__isnull=True, name=SKIM), amount="2")
    sign_in(site, alice)
    site.goto(site.base + "/intake/")
    site.get_by_role("button", name=f"Add {SKIM}: 2 × 1 cup").click()
    expect(site.get_by_text("1,196 of 1,200 mg: close, 4 mg to go")).to_be_visible()


def test_the_diary_works_without_javascript(browser, live_server, alice, guidance):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.base = live_server.url
    log_in(page, "alice")
    page.goto(page.base + "/intake/")
    search_box(page).fill("skim milk")
    page.get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"q=skim\+milk"))
    page.get_by_role("button", name=f"Add {SKIM}, 1 cup").click()
    expect(page.get_by_text("299 of 1,200 mg (901 mg to go)")).to_be_visible()
    # Back at the same search, with the note and its Undo.
    expect(search_box(page)).to_have_value("skim milk")
    expect(page.get_by_text(f"Added 1 cup of {SKIM}")).to_be_visible()
    page.get_by_role("button", name=f"Undo: remove 1 cup of {SKIM}").click()
    expect(page.get_by_text(f"Deleted 1 cup of {SKIM}.")).to_be_visible()
    expect(page.get_by_text("0 of 1,200 mg (1,200 mg to go)")).to_be_visible()
    assert not IntakeEntry.objects.exists()
    context.close()


def test_a_quick_estimate_is_marked_and_counts_instead_of_food(site, alice, guidance):
    log(alice, Food.objects.get(owner__isnull=True, name=SKIM))
    sign_in(site, alice)
    site.goto(site.base + "/intake/")
    site.get_by_role("link", name="Make a quick estimate for this day").click()
    expect(site.get_by_text("has not set that baseline yet")).to_be_visible()
    check_page(site)

    site.get_by_label("Cups of milk").fill("lots")
    site.get_by_role("button", name="Save the estimate").click()
    expect(
        site.get_by_text("Enter a number, such as 1, ½, 1½ or 0.25.", exact=True)
    ).to_be_visible()
    check_page(site)

    site.get_by_label("Cups of milk").fill("2")
    site.get_by_label("Pots of yogurt (8 oz)").fill("1")
    site.get_by_role("button", name="Save the estimate").click()
    expect(site.get_by_text("1,001 of 1,200 mg (199 mg to go)")).to_be_visible()
    expect(site.get_by_text("Calcium (estimated)")).to_be_visible()
    expect(
        site.get_by_text("Not counted: the quick estimate stands in for food")
    ).to_be_visible()
    check_page(site)

    site.get_by_role("link", name="Week of").first.click()
    expect(site.get_by_role("cell", name="1,001 mg Estimate")).to_be_visible()
    check_page(site)


def test_a_user_adds_their_own_supplement_and_logs_it(site, alice, guidance):
    sign_in(site, alice)
    site.goto(site.base + "/intake/")
    site.get_by_role("link", name="Add your own supplement").click()
    site.get_by_label("Name").fill("Bone Plus")
    site.get_by_label("Elemental calcium per dose (mg)").fill("-3")
    site.get_by_role("button", name="Save").click()
    expect(site.get_by_label("Elemental calcium per dose (mg)")).to_have_attribute(
        "aria-invalid", "true"
    )
    check_page(site)

    site.get_by_label("Elemental calcium per dose (mg)").fill("400")
    site.get_by_label("Vitamin D per dose (IU)").fill("1000")
    site.get_by_role("button", name="Save").click()
    site.get_by_role("button", name="Add Bone Plus, 1 tablet").click()
    expect(site.get_by_text("400 of 1,200 mg (800 mg to go)")).to_be_visible()


@pytest.mark.parametrize("path", ["/intake/my-foods/", "/intake/2026-W01/"])
def test_empty_pages_say_what_to_do(site, alice, guidance, path):
    sign_in(site, alice)
    site.goto(site.base + path)
    check_page(site)


def test_a_supplement_is_chosen_from_the_list_that_opens_by_keyboard(
    site, guidance, alice
):
    log_in(site, "alice")
    site.goto(site.base + "/intake/")
    summary = site.get_by_text("Choose a supplement")
    tab_to(site, summary, limit=80)
    site.keyboard.press("Enter")  # opens it, and htmx loads the list
    amount = site.get_by_label(re.compile(f"^Servings of {COMBINATION}"))
    expect(amount).to_be_visible()
    check_page(site)
    tab_to(site, site.get_by_role("button", name=re.compile(f"^Add {COMBINATION}")))
    site.keyboard.press("Enter")
    expect(
        site.get_by_text(re.compile(f"Added 1 tablet of {COMBINATION}"))
    ).to_be_visible()
    assert IntakeEntry.objects.get(user=alice).name == COMBINATION


def shift_tab_to(page, locator, limit=20):
    """Press Shift+Tab until ``locator`` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab")
        if locator.evaluate("(el) => el === document.activeElement"):
            return
    raise AssertionError(f"Shift+Tab never reached {locator}")


def test_on_a_phone_an_add_stays_in_place_and_undo_works_by_keyboard(
    site, alice, guidance
):
    milk = Food.objects.get(owner__isnull=True, name=SKIM)
    services.create_entry(  # yesterday, so "Recently logged" offers it
        alice,
        day=alices_today() - timedelta(days=1),
        loggable=queries.loggable_food(milk),
        amount=intake.parse_servings("1"),
    )
    sign_in(site, alice)
    site.goto(site.base + "/intake/")
    calcium = site.get_by_text("0 of 1,200 mg (1,200 mg to go)")
    vitamin_d = site.get_by_text(re.compile(r"^0 of \d+ IU"))
    for part in (search_box(site), calcium, vitamin_d):
        expect(part).to_be_in_viewport(ratio=1)  # one screen, no scrolling
    recent = site.get_by_role("button", name=f"Add {SKIM}: 1 cup")
    expect(recent).not_to_contain_text("On today")

    tab_to(site, search_box(site), limit=40)
    site.keyboard.type("skim milk")
    add_milk = site.get_by_role("button", name=f"Add {SKIM}, 1 cup")
    expect(add_milk).to_be_in_viewport(ratio=1)
    tab_to(site, add_milk)
    site.keyboard.press("Enter")

    expect(site.get_by_text(f"Added 1 cup of {SKIM}")).to_be_visible()
    calcium = site.get_by_text("299 of 1,200 mg (901 mg to go)")
    for part in (search_box(site), calcium):
        expect(part).to_be_in_viewport(ratio=1)  # swapped in place, no reload
    assert site.evaluate("window.scrollY") < 50
    expect(search_box(site)).to_have_value("skim milk")
    expect(recent).to_contain_text("On today: 1 serving")
    assert "added=" not in site.url
    check_page(site)

    undo = site.get_by_role("button", name=f"Undo: remove 1 cup of {SKIM}")
    shift_tab_to(site, undo)
    site.keyboard.press("Enter")
    removed = site.get_by_text(f"Removed 1 cup of {SKIM}.")
    expect(removed).to_be_focused()  # where the Undo button was
    expect(site.get_by_text("0 of 1,200 mg (1,200 mg to go)")).to_be_visible()
    expect(recent).not_to_contain_text("On today")
    check_page(site)
    assert IntakeEntry.objects.filter(user=alice).count() == 1  # yesterday's

    # The "+" of "Recently logged" adds in place too, and can be undone.
    tab_to(site, recent, limit=20)
    site.keyboard.press("Enter")
    expect(recent).to_contain_text("On today: 1 serving")
    expect(recent).to_be_focused()  # the list was redrawn around it
    expect(site.get_by_text("299 of 1,200 mg (901 mg to go)")).to_be_visible()
    assert IntakeEntry.objects.filter(user=alice).count() == 2

    # The box kept "skim milk": a tap on it selects the words, so typing starts
    # the next search without clearing the box first.
    search_box(site).click()
    site.keyboard.type("cheddar")
    expect(search_box(site)).to_have_value("cheddar")
