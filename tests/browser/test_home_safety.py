"""Home safety in a phone-sized browser: a room, the self-check and the falls log,
by keyboard, with axe and the size checks on each state of each page."""

import re

from playwright.sync_api import expect

from tests.browser.checks import check_page
from tests.browser.conftest import sign_in, tab_to
from tracker.models import ChecklistAnswer, ChecklistItem, Fall, SelfCheck


def question(site, text):
    return site.get_by_role("group", name=text)


def test_user_walks_through_a_room_by_keyboard_and_sees_progress(site, guidance, alice):
    sign_in(site, alice)
    site.goto(site.base + "/home-safety/")
    expect(
        site.get_by_text("0 of 17 items safe or fixed: 17 not checked yet.")
    ).to_be_visible()
    check_page(site)

    site.get_by_role("heading", name="Home safety").focus()
    tab_to(site, site.get_by_role("link", name="Start with Floors"))
    site.keyboard.press("Enter")
    expect(site.get_by_role("heading", name="Floors", exact=True)).to_be_visible()
    check_page(site)

    furniture = question(site, "Can you walk through each room without going")
    rugs = question(site, "Are your floors free of loose rugs and mats?")
    clutter = question(site, "Are your floors clear of papers, shoes, books")
    cords = question(site, "Can you walk about without stepping over")

    # Tab reaches each question's chosen answer; arrow keys change it.
    tab_to(site, furniture.get_by_role("radio", name="Not checked yet"), limit=40)
    site.keyboard.press("ArrowDown")
    expect(
        furniture.get_by_role("radio", name="Fine: not a problem here")
    ).to_be_checked()
    # Each answer is saved as it is chosen, and says so.
    expect(furniture.get_by_role("status")).to_have_text(
        "Saved: Fine: not a problem here."
    )
    # The question's summary, which it folds up to, says so too.
    expect(site.locator("details.checklist-item > summary").first).to_contain_text(
        "Fine: not a problem here"
    )

    tab_to(site, rugs.get_by_role("radio", name="Not checked yet"))
    site.keyboard.press("ArrowDown")
    site.keyboard.press("ArrowDown")
    expect(rugs.get_by_role("radio", name="Needs fixing")).to_be_checked()
    expect(rugs.get_by_role("status")).to_have_text("Saved: Needs fixing.")
    tab_to(site, rugs.get_by_text("Add a note"))
    site.keyboard.press("Enter")
    tab_to(site, rugs.get_by_label("Note (optional)"))
    site.keyboard.type("ask my son to tape the rug")

    # The date field appears only once "Fixed" is chosen.
    expect(clutter.get_by_label("Date it was fixed (optional)")).to_be_hidden()
    tab_to(site, clutter.get_by_role("radio", name="Not checked yet"))
    for _ in range(3):
        site.keyboard.press("ArrowDown")
    expect(clutter.get_by_label("Date it was fixed (optional)")).to_be_visible()
    # As a user sees it saved before moving on.
    expect(clutter.get_by_role("status")).to_have_text("Saved: Fixed.")

    tab_to(site, cords.get_by_role("radio", name="Not checked yet"))
    for _ in range(4):
        site.keyboard.press("ArrowDown")
    expect(cords.get_by_role("radio", name="Does not apply here")).to_be_checked()
    expect(cords.get_by_role("status")).to_have_text("Saved: Does not apply here.")
    # Stepping through the answers saves only the one stopped on: a "Fixed"
    # passed on the way would count as a fix in the weekly summary.
    assert list(
        ChecklistAnswer.objects.filter(
            item__question__startswith="Can you walk about without stepping over"
        ).values_list("status", flat=True)
    ) == [ChecklistAnswer.Status.NOT_APPLICABLE]
    assert ChecklistAnswer.objects.count() >= 4  # saved before any Save button

    tab_to(site, site.get_by_role("button", name="Save and go to Stairs and steps"))
    site.keyboard.press("Enter")

    # Each answer was saved as it was given; the button adds nothing new.
    expect(site.get_by_text("Your answers for Floors are saved.")).to_be_visible()
    expect(
        site.get_by_role("heading", name="Stairs and steps", exact=True)
    ).to_be_visible()
    check_page(site)

    site.goto(site.base + "/home-safety/")
    expect(
        site.get_by_text(
            "2 of 16 items safe or fixed: 1 needs fixing, 13 not checked yet."
        )
    ).to_be_visible()
    expect(site.get_by_role("heading", name="Needs fixing (1)")).to_be_visible()
    expect(site.get_by_text("ask my son to tape the rug")).to_be_visible()
    check_page(site)
    fixed = ChecklistAnswer.objects.get(status=ChecklistAnswer.Status.FIXED)
    assert fixed.fixed_on == fixed.day


def test_a_future_fixed_date_is_refused_by_the_question(site, guidance, alice):
    sign_in(site, alice)
    site.goto(site.base + "/home-safety/kitchen/")
    stool = question(site, "Is your step stool steady?")
    stool.get_by_role("radio", name="Fixed").check()
    stool.get_by_label("Date it was fixed (optional)").fill("2099-01-01")
    stool.get_by_label("Date it was fixed (optional)").blur()
    # Saved as it is answered: "Fixed" alone (today) is kept, the date is refused.
    expect(stool.get_by_role("status")).to_contain_text(
        "Not saved: That date is in the future."
    )
    site.get_by_role("button", name="Save and go to Bathrooms").click()

    expect(site.get_by_text("Please check your answers")).to_be_visible()
    expect(stool.get_by_text("That date is in the future.")).to_be_visible()
    expect(stool.get_by_label("Date it was fixed (optional)")).to_have_attribute(
        "aria-invalid", "true"
    )
    check_page(site)
    assert not ChecklistAnswer.objects.filter(fixed_on__year=2099).exists()


def test_history_page_lists_each_dated_answer(site, guidance, alice):
    item = ChecklistItem.objects.get(question__startswith="Is your step stool")
    ChecklistAnswer.objects.create(
        user=alice, item=item, status="needs_fixing", day="2026-03-01", note="wobbly"
    )
    sign_in(site, alice)
    site.goto(site.base + "/home-safety/kitchen/")
    # The answer has a note, so its note and past answers are open.
    site.get_by_role("link", name=re.compile(r"Your past answers \(1\)")).click()
    expect(site.get_by_role("heading", name="Your answers over time")).to_be_visible()
    expect(site.get_by_text("Note: wobbly")).to_be_visible()
    check_page(site)


def test_user_takes_the_self_check_by_keyboard(site, guidance, alice):
    sign_in(site, alice)
    site.goto(site.base + "/home-safety/self-check/")
    check_page(site)

    # Sending it unanswered marks every statement.
    site.get_by_role("button", name="See my score").focus()
    site.keyboard.press("Enter")
    expect(site.get_by_text("Please check the form")).to_be_visible()
    feedback = site.locator(".invalid-feedback")
    expect(feedback.get_by_text("Please answer yes or no.")).to_have_count(12)
    check_page(site)

    site.get_by_role("heading", name="Fall-risk self-check").focus()
    for number in range(1, 13):
        group = site.get_by_role("group", name=re.compile(rf"^{number}\. "))
        tab_to(site, group.get_by_role("radio", name="Yes"))
        # Space chooses "Yes"; the arrow key moves to "No" and chooses it.
        site.keyboard.press("Space" if number in (1, 2) else "ArrowDown")
    tab_to(site, site.get_by_role("button", name="See my score"))
    site.keyboard.press("Enter")

    expect(site.get_by_text("4 out of 14")).to_be_visible()
    expect(
        site.get_by_role("heading", name="Talk to your clinician about falls")
    ).to_be_visible()
    expect(
        site.get_by_text("Having fallen once makes another fall more likely.")
    ).to_be_visible()
    expect(site.get_by_text("screening aid, not a diagnosis").first).to_be_visible()
    check_page(site)

    site.get_by_role("link", name="All your past results").click()
    expect(site.get_by_role("link", name=re.compile("4 out of 14"))).to_be_visible()
    check_page(site)
    assert SelfCheck.objects.get().score == 4


def test_logging_a_fall_invites_the_self_check_and_asks_for_a_re_check(
    site, guidance, alice
):
    item = ChecklistItem.objects.get(question__startswith="Is your step stool")
    ChecklistAnswer.objects.create(
        user=alice, item=item, status="fine", day="2026-01-01"
    )
    sign_in(site, alice)
    site.goto(site.base + "/home-safety/falls/")
    expect(site.get_by_text("Nothing logged yet")).to_be_visible()
    check_page(site)

    site.get_by_role("link", name="Log a fall or near-miss").click()
    site.get_by_role("button", name="Log it").click()
    expect(
        site.get_by_text("Say where it happened, in a few words.", exact=True)
    ).to_be_visible()
    check_page(site)

    site.get_by_label("Where it happened").fill("back steps")
    site.get_by_label("What happened (optional)").fill("Missed the last step.")
    site.get_by_role("group", name="Were you hurt?").get_by_role(
        "radio", name="No"
    ).check()
    site.get_by_role("button", name="Log it").click()

    expect(site.get_by_text(re.compile("Your fall on .* is logged"))).to_be_visible()
    expect(site.get_by_text("Missed the last step.")).to_be_visible()
    check_page(site)

    site.get_by_role("link", name="Take the fall-risk self-check").click()
    expect(site.get_by_role("heading", name="Fall-risk self-check")).to_be_visible()

    site.goto(site.base + "/home-safety/")
    expect(site.get_by_role("heading", name="Due for a re-check (1)")).to_be_visible()
    check_page(site)

    site.goto(site.base + "/home-safety/falls/")
    site.get_by_role("link", name=re.compile("^Delete")).click()
    expect(site.get_by_role("heading", name="Delete this entry?")).to_be_visible()
    check_page(site)
    site.get_by_role("button", name="Yes, delete it").click()
    expect(site.get_by_text("Nothing logged yet")).to_be_visible()
    assert not Fall.objects.exists()
