"""/bones/scans/<id>/edit/: changing a scan and its sites."""

from datetime import date
from decimal import Decimal

import pytest

from tests.helpers import add_scan, scan_post
from tracker.models import ScanSite


def test_editing_replaces_the_sites(alice_client, alice):
    scan = add_scan(
        alice,
        date(2026, 1, 5),
        {"spine": {"bmd": "0.800"}, "radius": {"t_score": "-1.0"}},
    )
    page = alice_client.get(f"/bones/scans/{scan.pk}/edit/").text
    assert 'value="0.800"' in page
    data = scan_post(day="2026-01-05", facility="City Hospital, Leeds")
    response = alice_client.post(f"/bones/scans/{scan.pk}/edit/", data, follow=True)
    assert "Your changes are saved." in response.text
    scan.refresh_from_db()
    assert scan.facility == "City Hospital, Leeds"
    assert [(row.site, row.bmd) for row in ScanSite.objects.filter(scan=scan)] == [
        ("spine", Decimal("0.812"))
    ]


def test_a_bad_edit_changes_nothing(alice_client, alice):
    scan = add_scan(alice, date(2026, 1, 5), {"spine": {"bmd": "0.800"}})
    data = scan_post(**{"spine-bmd": "", "spine-t_score": "-7"})
    response = alice_client.post(f"/bones/scans/{scan.pk}/edit/", data)
    assert "That looks mistyped" in response.text
    assert ScanSite.objects.get(scan=scan).bmd == Decimal("0.800")


@pytest.mark.parametrize("sites", [1, 6])
def test_the_edit_page_runs_a_fixed_number_of_queries(
    alice_client, alice, assert_page, sites
):
    codes = ["spine", "total_hip_left", "total_hip_right", "femoral_neck_left"]
    codes += ["femoral_neck_right", "radius"]
    scan = add_scan(
        alice, date(2026, 1, 5), {code: {"bmd": "0.700"} for code in codes[:sites]}
    )
    # session, user and profile, the scan, its sites
    response = assert_page(
        alice_client,
        f"/bones/scans/{scan.pk}/edit/",
        queries=4,
        shows=["Edit your scan of 5 January 2026", 'value="0.700"'],
    )
    assert response.text.count('value="0.700"') == sites
