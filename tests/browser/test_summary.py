"""A realistic month of history, then the dashboard and summaries in the browser.

The last two days are typed through the real diary and exercise forms; the 26 days
before them are logged through the app's own write code, which is what those forms
call, so the pages read the same rows either way.
"""

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.checks import check_page
from tests.browser.conftest import sign_in
from tests.helpers import catalogue_food, log_intake
from tracker.domain.weeks import Week
from tracker.models import ExerciseSession, ExerciseType, Supplement

SKIM = "Milk, nonfat (skim), vitamin D added"
COMBINATION = "Calcium 600 mg with vitamin D 800 IU"
DAYS = 28
TYPED_DAYS = 2  # today and yesterday, through the forms


def alices_today():
    return timezone.localdate(timezone=ZoneInfo("America/New_York"))


def cups_on(day):
    """Three cups on Mondays, Wednesdays and Fridays (target met), else two."""
    return 3 if day.weekday() in (0, 2, 4) else 2


def add_from_search(site, day, query, button, amount=None):
    site.goto(f"{site.base}/intake/{day.isoformat()}/?q={query}")
    add = site.get_by_role("button", name=button)
    if amount is not None:
        add.locator("xpath=ancestor::form").get_by_role("textbox").fill(str(amount))
    add.click()
    # The diary adds in place (htmx): wait for its note before going on.
    expect(site.locator("#add-status")).to_contain_text("Added")


def log_walk(site, day):
    site.goto(f"{site.base}/exercise/log/?day={day.isoformat()}&type=brisk-walking")
    site.get_by_label("Minutes").fill("30")
    site.get_by_role("button", name="Save session").click()
    expect(
        site.get_by_role("button", name="Undo: remove this Brisk walking session")
    ).to_be_visible()


def walks_on(day):
    """A walk every day but Sunday."""
    return day.weekday() != 6


def goal_words(done, target, unit):
    """A progress bar's words, as far as they go: "1,198 of 1,200 mg" before the
    target is met, "1,497 mg (goal 1,200)" after."""
    if done >= target:
        return f"{done:,} {unit} (goal {target:,})"
    return f"{done:,} of {target:,} {unit}"


def test_a_month_of_history_adds_up_on_every_page(site, guidance, alice):
    today = alices_today()
    days = [today - timedelta(days=offset) for offset in range(DAYS)]
    milk = catalogue_food((SKIM, "1 cup"))
    tablet = Supplement.objects.get(owner__isnull=True, name=COMBINATION)
    walking = ExerciseType.objects.get(slug="brisk-walking")
    for day in days[TYPED_DAYS:]:
        log_intake(alice, milk, day, str(cups_on(day)))
        log_intake(alice, tablet, day)
        if walks_on(day):
            ExerciseSession.objects.create(
                user=alice, exercise_type=walking, day=day, minutes=30
            )

    sign_in(site, alice)
    for day in days[:TYPED_DAYS]:
        add_from_search(site, day, "skim milk", f"Add {SKIM}, 1 cup", cups_on(day))
        add_from_search(
            site, day, "600 mg with vitamin D", f"Add {COMBINATION}, 1 tablet"
        )
        if walks_on(day):
            log_walk(site, day)

    # The dashboard: today's totals and this week's walking.
    site.goto(site.base + "/")
    calcium_today = cups_on(today) * 299 + 600
    expect(site.get_by_text(goal_words(calcium_today, 1200, "mg"))).to_be_visible()
    walks_this_week = sum(
        1 for day in Week.of(today).days if day <= today and walks_on(day)
    )
    minutes = walks_this_week * 30
    expect(site.get_by_text(goal_words(minutes, 150, "minutes"))).to_be_visible()
    check_page(site)

    # Last week's summary: three days met, six walks.
    last_week = Week.of(today).previous()
    site.goto(f"{site.base}/weeks/{last_week}/")
    expect(site.get_by_text("Calcium target met on 3 of them")).to_be_visible()
    expect(
        site.get_by_text("Weight-bearing: 180 minutes (goal 150) — met")
    ).to_be_visible()
    expect(site.get_by_text("1,497 mg").first).to_be_visible()
    expect(site.get_by_text("1,198 mg").first).to_be_visible()
    check_page(site)

    # Its previous-week link, then the index and the trends.
    site.get_by_role("link", name="Previous week").click()
    expect(site.get_by_text("Calcium target met on 3 of them")).to_be_visible()
    site.goto(site.base + "/weeks/")
    expect(site.get_by_role("link", name="This week")).to_be_visible()
    check_page(site)
    site.goto(site.base + "/trends/")
    expect(site.locator("canvas[data-chart]")).to_have_count(3)
    # The numbers behind each chart are a tap away.
    table = site.get_by_role("table", name="Exercise minutes by purpose, by week")
    expect(table).to_be_hidden()
    site.get_by_text("The minutes, week by week").click()
    expect(table).to_be_visible()
    check_page(site)

    # A year: a bar a month, the choice kept in the address.
    site.get_by_role("link", name="1 year").click()
    expect(site).to_have_url(re.compile(r"/trends/\?span=1y$"))
    expect(site.get_by_role("heading", name="Trends over 1 year")).to_be_visible()
    expect(site.get_by_text("Each bar is a month.")).to_be_visible()
    site.get_by_text("The numbers, month by month").click()
    expect(
        site.get_by_role("table", name="Average calcium and vitamin D a day, by month")
    ).to_be_visible()
    check_page(site)


def test_unsubscribing_from_the_email_link(site, alice):
    from tracker import digests

    alice.profile.weekly_digest = True
    alice.profile.save()
    site.goto(f"{site.base}/emails/unsubscribe/{digests.unsubscribe_token(alice)}/")
    check_page(site)
    site.get_by_role("button", name="Yes, stop the emails").click()
    expect(
        site.get_by_role("heading", name="You will get no more weekly summaries")
    ).to_be_visible()
    check_page(site)
    alice.profile.refresh_from_db()
    assert alice.profile.weekly_digest is False
