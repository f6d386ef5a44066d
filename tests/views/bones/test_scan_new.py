"""/bones/scans/new/: entering a scan, site by site."""

from datetime import date
from decimal import Decimal

import pytest

from tests.helpers import scan_post
from tracker.models import BoneScan, ScanSite


def test_a_scan_with_two_sites_is_saved(alice_client, alice):
    data = scan_post(
        **{
            "spine-t_score": "−2.1",  # a true minus sign, as reports print it
            "spine-lsc_percent": "2,8",  # a decimal comma
            "femoral_neck_left-bmd": "0.640",
            "femoral_neck_left-z_score": "–0.9",  # an en dash
        }
    )
    response = alice_client.post("/bones/scans/new/", data, follow=True)
    assert "Your scan of 2 March 2026 is saved." in response.text
    scan = BoneScan.objects.get(user=alice)
    assert (scan.day, scan.facility, scan.machine_make) == (
        date(2026, 3, 2),
        "City Hospital",
        "Hologic",
    )
    rows = {row.site: row for row in ScanSite.objects.filter(scan=scan)}
    assert set(rows) == {"spine", "femoral_neck_left"}
    spine = rows["spine"]
    assert (spine.bmd, spine.t_score, spine.lsc_percent) == (
        Decimal("0.812"),
        Decimal("-2.1"),
        Decimal("2.8"),
    )
    assert rows["femoral_neck_left"].z_score == Decimal("-0.9")


def test_the_same_scan_sent_twice_is_saved_once(alice_client, alice):
    data = scan_post()
    alice_client.post("/bones/scans/new/", data)
    alice_client.post("/bones/scans/new/", data)
    assert BoneScan.objects.count() == 1
    assert ScanSite.objects.count() == 1


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"spine-t_score": "-6.1"}, "t_score", "a T-score is between −6 and 4"),
        ({"spine-t_score": "4.1"}, "t_score", "a T-score is between −6 and 4"),
        ({"spine-bmd": "0.19"}, "bmd", "a BMD is between 0.2 and 2.0 g/cm²"),
        ({"spine-bmd": "2.01"}, "bmd", "a BMD is between 0.2 and 2.0 g/cm²"),
        ({"spine-bmd": "812"}, "bmd", "That looks mistyped"),
        ({"spine-bmd": "abc"}, "bmd", "Enter a number, like 0.812."),
        ({"spine-bmd": "0.8125"}, "bmd", "Use at most 3 digits after the point."),
        ({"spine-z_score": "-9"}, "z_score", "a Z-score is between −6 and 4"),
        ({"spine-lsc_percent": "50"}, "lsc_percent", "between 0.1 and 20 %"),
        ({"spine-t_score": "NaN"}, "t_score", "Enter a number"),
        ({"spine-t_score": "1e3"}, "t_score", "a T-score is between"),
    ],
)
def test_a_bad_number_shows_the_error_by_the_site_and_saves_nothing(
    alice_client, changes, field, error
):
    response = alice_client.post("/bones/scans/new/", scan_post(**changes))
    assert response.status_code == 200
    spine = response.context["site_forms"][0]
    assert any(error in message for message in spine.errors[field]), spine.errors
    assert "Please check the form" in response.text
    assert not BoneScan.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"day": "2026-03-04"}, "day", "That date is in the future."),
        ({"day": ""}, "day", "Enter the date of the scan."),
        ({"day": "2026-02-30"}, "day", "Enter a date like"),
        ({"facility": ""}, "facility", "Say where the scan was done"),
        ({"facility": "x" * 101}, "facility", "at most 100 characters"),
        ({"machine_make": "x" * 51}, "machine_make", "at most 50 characters"),
        ({"menopause": "during"}, "menopause", "Choose one of the options shown."),
    ],
)
def test_a_bad_scan_field_shows_its_error_and_saves_nothing(
    alice_client, changes, field, error
):
    response = alice_client.post("/bones/scans/new/", scan_post(**changes))
    assert response.status_code == 200
    errors = response.context["form"].errors[field]
    assert any(error in message for message in errors), errors
    assert not BoneScan.objects.exists()


def test_a_scan_needs_at_least_one_site(alice_client):
    data = scan_post(**{"spine-bmd": "", "spine-t_score": ""})
    response = alice_client.post("/bones/scans/new/", data)
    assert "Enter the results of at least one site" in response.text
    assert not BoneScan.objects.exists()


def test_an_lsc_alone_is_not_a_measured_site(alice_client):
    data = scan_post(**{"radius-lsc_percent": "3"})
    response = alice_client.post("/bones/scans/new/", data)
    radius = response.context["site_forms"][-1]
    assert (
        "Enter this site's BMD, T-score or Z-score too"
        in (radius.errors["lsc_percent"][0])
    )
    assert not BoneScan.objects.exists()


def test_the_form_offers_every_site_and_a_keyboard_with_a_minus(
    alice_client, assert_page
):
    # session, user and profile
    response = assert_page(
        alice_client,
        "/bones/scans/new/",
        queries=2,
        shows=["Add a scan", "Lumbar spine (L1–L4)", "One-third radius (forearm)"],
    )
    assert response.text.count("<legend") == 6 + 1  # the sites and menopause
    assert 'name="spine-t_score" inputmode="text"' in response.text
    assert 'name="spine-bmd" inputmode="decimal"' in response.text
    assert 'max="2026-03-03"' in response.text
