"""/bones/scans/<id>/delete/: asks first, then deletes the scan and its sites."""

from datetime import date

from tests.helpers import add_scan
from tracker.models import BoneScan, ScanSite


def test_deleting_asks_first(alice_client, alice, assert_page):
    scan = add_scan(alice, date(2026, 1, 5), {"spine": {"bmd": "0.800"}})
    # session, user and profile, the scan
    assert_page(
        alice_client,
        f"/bones/scans/{scan.pk}/delete/",
        queries=3,
        shows=["Delete this scan?", "Your scan at City Hospital on Monday 5 January"],
    )
    assert BoneScan.objects.exists()
    response = alice_client.post(f"/bones/scans/{scan.pk}/delete/", follow=True)
    assert "The scan of 5 January 2026 is deleted." in response.text
    assert not BoneScan.objects.exists()
    assert not ScanSite.objects.exists()
