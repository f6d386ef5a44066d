"""Every page of the app, for the checks that run on all of them (axe, HTML, size).

Add each new page here. Paths are built from seeded guidance and the `alice` user.
"""

from tracker.seed.tips import TIPS

# Pages anyone can open.
PUBLIC_PAGES = [
    "/",
    "/about/",
    "/about/foods/",
    "/exercise/library/",
    "/exercise/library/brisk-walking/",
    "/exercise/avoid/",
    "/about/home-safety/",
    "/about/medicines/",
    "/about/medicines/denosumab/",
    "/tips/",
    f"/tips/{TIPS[0]['slug']}/",
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password_reset/",
    "/accounts/password_reset/done/",
]

# Pages a signed-in user opens.
USER_PAGES = [
    "/",
    "/weeks/",
    "/weeks/2026-W02/",
    "/trends/",
    "/profile/",
    "/about/",
    "/account/delete/",
    "/account/data/",
    "/account/data/import/",
    "/exercise/",
    "/exercise/log/",
    "/exercise/library/",
    "/exercise/library/skipping/",
    "/exercise/avoid/",
    "/accounts/password_change/",
    "/accounts/password_change/done/",
    "/intake/",  # today's diary
    "/intake/2026-01-05/",
    "/intake/2026-01-05/?q=milk",
    "/intake/2026-01-05/?supplements=all",
    "/intake/2026-01-05/estimate/",
    "/intake/2026-W02/",
    "/intake/my-foods/",
    "/intake/my-foods/add/",
    "/intake/my-supplements/",
    "/intake/my-supplements/add/",
    "/home-safety/",
    "/home-safety/floors/",
    "/home-safety/stairs-and-steps/",
    "/home-safety/self-check/",
    "/home-safety/self-check/history/",
    "/home-safety/falls/",
    "/home-safety/falls/new/",
    "/medicines/",
    "/medicines/add/",
    "/medicines/add/alendronate/",
    "/medicines/add/denosumab/",
    "/medicines/add/other/",
    "/medicines/calendar/",
]

# Pages that show one of alice's rows: ``alices_rows`` makes them, and each path
# is formatted with the ids and tokens it returns.
ROW_PAGES = [
    "/medicines/{prescription}/",
    "/medicines/{prescription}/edit/",
    "/medicines/{prescription}/stop/",
    "/medicines/{prescription}/delete/",
    "/medicines/{prescription}/doses/new/",
    "/medicines/doses/{dose}/edit/",
    "/medicines/doses/{dose}/delete/",
]
# Pages of alice's rows that open without signing in, from a link in an email.
ROW_LINK_PAGES = [
    "/medicines/reminders/stop/{reminder_token}/",
]


def alices_rows(alice) -> dict[str, object]:
    """Give alice a weekly tablet with a dose and a calendar address; return the
    ids and tokens that ROW_PAGES and ROW_LINK_PAGES name."""
    from datetime import date

    from tests.helpers import add_medicine, log_dose
    from tracker.medicine_reminders import unsubscribe_token

    prescription = add_medicine(
        alice, "alendronate", first_dose_on=date(2026, 1, 5), remind_due=True
    )
    dose = log_dose(alice, prescription, date(2026, 1, 5))
    return {
        "prescription": prescription.pk,
        "dose": dose.pk,
        "reminder_token": unsubscribe_token(prescription),
    }
