"""The bone record in a phone-sized browser: two scans and their change
against the LSC, heights crossing the 4 cm note, with axe and the size checks
on each page."""

from decimal import Decimal

from playwright.sync_api import expect

from tests.browser.checks import check_page
from tests.browser.conftest import sign_in
from tracker.models import BoneScan, HeightMeasurement


def enter_scan(site, day, facility, sites):
    site.goto(site.base + "/bones/scans/new/")
    site.get_by_label("Date of the scan").fill(day)
    site.get_by_label("Where it was done").fill(facility)
    site.get_by_label("Machine make (optional)").fill("Hologic")
    for name, values in sites.items():
        group = site.get_by_role("group", name=name)
        for label, value in values.items():
            group.get_by_label(label).fill(value)
    site.get_by_role("button", name="Save the scan").click()


def test_two_scans_show_the_change_judged_against_the_lsc(site, guidance, alice):
    sign_in(site, alice)
    site.goto(site.base + "/bones/scans/")
    expect(site.get_by_text("No scans yet.")).to_be_visible()
    check_page(site)

    # A mistyped T-score is caught by its box, and nothing is saved.
    enter_scan(
        site,
        "2024-02-05",
        "City Hospital",
        {"Lumbar spine (L1–L4)": {"BMD (g/cm²)": "0.900", "T-score": "-16"}},
    )
    spine = site.get_by_role("group", name="Lumbar spine (L1–L4)")
    expect(spine.get_by_text("That looks mistyped")).to_be_visible()
    expect(spine.get_by_label("T-score")).to_have_attribute("aria-invalid", "true")
    check_page(site)
    assert not BoneScan.objects.exists()

    enter_scan(
        site,
        "2024-02-05",
        "City Hospital",
        {
            "Lumbar spine (L1–L4)": {"BMD (g/cm²)": "0.900", "T-score": "-1.6"},
            "Total hip, left": {"BMD (g/cm²)": "0.800", "T-score": "−1.9"},
        },
    )
    expect(site.get_by_text("Your scan of 5 February 2024 is saved.")).to_be_visible()
    expect(
        site.get_by_text("With one scan there is nothing to compare")
    ).to_be_visible()
    check_page(site)

    enter_scan(
        site,
        "2026-02-02",
        "City Hospital",
        {
            "Lumbar spine (L1–L4)": {
                "BMD (g/cm²)": "0.860",
                "T-score": "-2.0",
                "LSC (%) if the report gives it": "2.8",
            },
            "Total hip, left": {"BMD (g/cm²)": "0,790", "T-score": "-2.0"},
        },
    )
    expect(site.get_by_text("Your scan of 2 February 2026 is saved.")).to_be_visible()
    changes = site.locator(".site-changes")
    expect(changes).to_contain_text("−0.040 g/cm² (−4.4 %). A real loss")
    expect(changes).to_contain_text(
        "Least significant change: 2.8 %, from your report."
    )
    expect(changes).to_contain_text("−0.010 g/cm² (−1.3 %). Within measurement error")
    expect(changes).to_contain_text("Least significant change: 5.0 %, assumed.")
    expect(site.get_by_text("in the low bone mass (osteopenia) range")).to_be_visible()
    check_page(site)
    assert BoneScan.objects.count() == 2


def test_heights_crossing_4_cm_bring_a_calm_note(site, guidance, alice):
    sign_in(site, alice)
    site.goto(site.base + "/bones/height/settings/")
    site.get_by_label("Your tallest height as an adult (cm)").fill("165")
    site.get_by_role("button", name="Save").click()
    expect(site.get_by_text("Your height settings are saved.")).to_be_visible()

    for day, cm in (
        ("2025-01-06", "163.5"),
        ("2025-09-01", "162"),
        ("2026-03-02", "160.9"),
    ):
        site.get_by_label("Date measured").fill(day)
        site.get_by_label("Height (cm)").fill(cm)
        site.get_by_role("button", name="Save the height").click()
        expect(site.get_by_text("is saved.")).to_be_visible()
        if cm == "162":
            expect(site.get_by_text("Worth mentioning")).to_have_count(0)
            check_page(site)

    expect(
        site.get_by_text("you have lost 4.1 cm (1.6 in) since your tallest")
    ).to_be_visible()
    expect(
        site.get_by_text("your measured height has gone down by 2.6 cm")
    ).to_be_visible()
    check_page(site)
    assert HeightMeasurement.objects.filter(user=alice).count() == 3
    assert HeightMeasurement.objects.get(day="2026-03-02").cm == Decimal("160.9")


def test_the_report_opens_from_the_menu_and_prints_clean(site, guidance, alice):
    from datetime import date

    from tests.helpers import add_scan

    add_scan(alice, date(2026, 1, 5), {"spine": {"bmd": "0.850", "t_score": "-2.6"}})
    sign_in(site, alice)
    site.goto(site.base + "/")
    menu = site.get_by_role("button", name="Menu")
    menu.click()
    # Click once the menu has finished opening: a click while it still slides
    # open can land on nothing (seen once in a full run).
    expect(site.locator("#main-nav.collapse.show")).to_be_visible()
    site.get_by_role("link", name="Report").click()
    expect(
        site.get_by_role("heading", name="Report for your clinician")
    ).to_be_visible()
    check_page(site)
    site.get_by_label("The last 12 months").check()
    site.get_by_label("Questions for my clinician (optional)").fill(
        "Do I need a spine X-ray?"
    )
    site.get_by_role("button", name="Save and open the print view").click()
    expect(site.get_by_role("heading", name="Bone health report")).to_be_visible()
    expect(site.get_by_text("Do I need a spine X-ray?")).to_be_visible()
    expect(
        site.get_by_text("−2.6 (Lumbar spine (L1–L4)), in the osteoporosis range")
    ).to_be_visible()
    check_page(site)
    # Printed: no navigation, black on white.
    site.emulate_media(media="print")
    expect(site.get_by_role("navigation", name="Report")).to_be_hidden()
    colours = site.evaluate(
        "() => [getComputedStyle(document.body).color,"
        " getComputedStyle(document.body).backgroundColor,"
        " getComputedStyle(document.body).fontSize]"
    )
    assert colours[:2] == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"]
    assert float(colours[2].removesuffix("px")) >= 16  # 12 pt
