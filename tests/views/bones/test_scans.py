"""/bones/scans/: every scan, the change at each site, the plain words and the
next scan."""

from datetime import date, timedelta

import pytest

from tests.helpers import add_medicine, add_scan
from tracker.models import BoneScan, Profile


def test_no_scans_says_what_to_do(alice_client):
    page = alice_client.get("/bones/scans/").text
    assert "No scans yet." in page
    assert 'href="/bones/scans/new/"' in page


def test_two_scans_are_compared_against_the_reports_lsc(alice_client, alice):
    add_scan(alice, date(2024, 2, 1), {"spine": {"bmd": "0.900", "t_score": "-1.8"}})
    add_scan(
        alice,
        date(2026, 2, 1),
        {
            "spine": {"bmd": "0.860", "t_score": "-2.2", "lsc_percent": "2.8"},
            "femoral_neck_left": {"bmd": "0.600", "t_score": "-2.6"},
        },
    )
    page = alice_client.get("/bones/scans/").text
    assert "Since the previous scan (1 February 2024):" in page
    assert "−0.040 g/cm² (−4.4 %). A real loss" in page
    assert "Least significant change: 2.8 %, from your report." in page
    # The lowest T-score, in plain words, never as a diagnosis.
    assert "is −2.6 (Femoral neck, left). That is" in page
    assert "<strong>in the osteoporosis range</strong>" in page
    assert "is your clinician&#x27;s to make" in page
    assert "you have osteoporosis" not in page.lower()
    assert "World Health Organization" in page
    # No LSC was assumed, so no assumption is shown.
    assert "the app assumes one" not in page


def test_a_missing_lsc_is_assumed_and_sourced(alice_client, alice):
    add_scan(alice, date(2024, 2, 1), {"spine": {"bmd": "0.900"}})
    add_scan(alice, date(2026, 2, 1), {"spine": {"bmd": "0.870"}})
    page = alice_client.get("/bones/scans/").text
    assert "(−3.3 %). Within measurement error" in page
    assert "Least significant change: 5.0 %, assumed." in page
    assert "the app assumes one: 5.0 % at the spine" in page
    assert "American Bone Health" in page


def test_another_facility_is_not_directly_comparable(alice_client, alice):
    add_scan(alice, date(2024, 2, 1), {"spine": {"bmd": "0.900"}})
    add_scan(alice, date(2026, 2, 1), {"spine": {"bmd": "0.800"}}, facility="Town")
    page = alice_client.get("/bones/scans/").text
    assert "Not directly comparable: ask your clinician." in page
    assert "g/cm² (" not in page


def test_t_scores_alone_point_to_bmd(alice_client, alice):
    add_scan(alice, date(2024, 2, 1), {"spine": {"t_score": "-1.8"}})
    add_scan(alice, date(2026, 2, 1), {"spine": {"t_score": "-2.0"}})
    page = alice_client.get("/bones/scans/").text
    assert "T-score −0.2." in page
    assert "the BMD in g/cm² is the number to compare" in page


def test_under_50_the_z_score_is_read(alice_client, alice):
    Profile.objects.filter(user=alice).update(birth_year=1990, sex="male")
    add_scan(alice, date(2026, 2, 1), {"spine": {"t_score": "-2.7", "z_score": "-2.1"}})
    page = alice_client.get("/bones/scans/").text
    assert "Your lowest Z-score" in page
    assert "below the expected range for your age" in page
    assert "osteoporosis range" not in page
    assert "International Society for Clinical Densitometry" in page


def test_the_next_scan_is_suggested_and_on_the_dashboard_when_due(
    alice_client, alice, guidance
):
    add_scan(alice, date(2024, 6, 1), {"spine": {"bmd": "0.900"}})
    page = alice_client.get("/bones/scans/").text
    assert "from <strong>1 June 2026</strong>" in page
    assert "about 24 months after your last scan" in page
    assert "Bone density scan" not in alice_client.get("/").text  # not due yet
    add_scan(alice, date(2024, 3, 1), {"spine": {"bmd": "0.900"}}, facility="Old")
    BoneScan.objects.filter(day=date(2024, 6, 1)).update(day=date(2024, 3, 1))
    dashboard = alice_client.get("/").text
    assert "Bone density scan" in dashboard
    assert "from <strong>1 March 2026</strong>" in dashboard


def test_a_treatment_started_since_the_last_scan_moves_the_next_one(
    alice_client, alice, guidance
):
    add_scan(alice, date(2025, 1, 10), {"spine": {"bmd": "0.900"}})
    add_medicine(alice, "alendronate", first_dose_on=date(2025, 2, 3))
    page = alice_client.get("/bones/scans/").text
    assert "from <strong>3 February 2026</strong>" in page
    assert "about 12 months after a medicine was started or changed" in page
    assert "The clinician&#x27;s guide" in page or "LeBoff" in page
    assert "Bone density scan" in alice_client.get("/").text


@pytest.mark.parametrize("count", [1, 30])
def test_the_page_runs_a_fixed_number_of_queries(
    alice_client, alice, assert_page, count
):
    for n in range(count):
        add_scan(
            alice,
            date(2026, 3, 1) - timedelta(days=30 * n),
            {"spine": {"bmd": "0.800"}, "total_hip_left": {"bmd": "0.700"}},
        )
    shows = ["Bone density scans", "Total hip, left", "1 March 2026"]
    if count > 1:
        shows.append("Since your first scan")
    # session, user and profile, settings, scans, sites, treatment changes
    assert_page(alice_client, "/bones/scans/", queries=6, shows=shows)
    # the settings are cached
    response = assert_page(alice_client, "/bones/scans/", queries=5, shows=shows)
    assert response.text.count("Edit<span") == count
