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
    "/trends/?span=1y",  # a bar a month
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
    "/intake/2026-01-05/?q=salmn+fillet",  # nothing found: names that look close
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
    "/bones/scans/",
    "/bones/scans/new/",
    "/bones/height/",
    "/bones/height/settings/",
    "/bones/fractures/",
    "/bones/fractures/new/",
    "/bones/frax/",
    "/report/",
    "/report/print/",
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
    # The bone record, with two scans, heights past the 4 cm note, a spine
    # fracture from a fall and a FRAX result.
    "/bones/scans/",
    "/bones/scans/{scan}/edit/",
    "/bones/scans/{scan}/delete/",
    "/bones/height/",
    "/bones/height/{height}/delete/",
    "/bones/fractures/",
    "/bones/fractures/{fracture}/edit/",
    "/bones/fractures/{fracture}/delete/",
    "/bones/frax/",
    "/bones/frax/{frax}/delete/",
    "/home-safety/falls/",
    "/report/print/",
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
        **alices_bone_record(alice),
    }


def alices_bone_record(alice) -> dict[str, object]:
    from datetime import date
    from decimal import Decimal

    from tests.helpers import add_fracture, add_height, add_scan
    from tracker.models import Fall, FraxResult, HeightProfile

    add_scan(
        alice,
        date(2024, 1, 8),
        {
            "spine": {"bmd": "0.900", "t_score": "-1.6"},
            "total_hip_left": {"bmd": "0.800"},
        },
    )
    scan = add_scan(
        alice,
        date(2026, 1, 6),
        {
            "spine": {"bmd": "0.850", "t_score": "-2.1", "lsc_percent": "2.8"},
            "total_hip_left": {"bmd": "0.790", "t_score": "-2.6"},
        },
    )
    HeightProfile.objects.create(user=alice, tallest_cm=Decimal("165"))
    add_height(alice, date(2025, 1, 6), "163")
    height = add_height(alice, date(2026, 1, 6), "160.5")
    fall = Fall.objects.create(
        user=alice, day=date(2025, 12, 1), place="ice", hurt=True
    )
    fracture = add_fracture(alice, 2025, "spine", month=12, fall=fall)
    frax = FraxResult.objects.create(
        user=alice, day=date(2026, 1, 6), major_percent=Decimal("14"), with_bmd=True
    )
    return {
        "scan": scan.pk,
        "height": height.pk,
        "fracture": fracture.pk,
        "frax": frax.pk,
    }
