"""/report/print/: the report as a page to print, in a fixed number of queries."""

import pytest

from tests.helpers import Status, answer_item, items_of
from tests.views.report.conftest import history
from tracker.models import ReportSettings


@pytest.mark.parametrize("days", [1, 365])
def test_a_year_of_history_runs_a_fixed_number_of_queries(
    alice_client, alice, guidance, assert_page, days
):
    history(alice, days)
    ReportSettings.objects.create(
        user=alice, period="12", questions="Is my height loss a worry?"
    )
    shows = [
        "Bone health report",
        "26 November 2025 to 25 November 2026 (365 days)",
        "Everything here was reported by alice",
        "Alendronate",
        "Femoral neck, left",
        "−2.6",
        "−0.040 g/cm² (−4.4 %): real loss (LSC 2.8 %)",
        "Wrist, September 2026",
        "Lost since the tallest remembered (166.0 cm): 4.5 cm (1.8 in)",
        '<svg role="img" aria-labelledby="height-chart-title"',
        f"over the {days} day",
        "<td>299 mg</td><td>600 mg</td><td>899 mg</td><td>1,200 mg</td>",
        "3 out of 14",
        "Is my height loss a worry?",
    ]
    # The first visit also reads the guidance it shows (the medicine library,
    # bone and home-safety settings, nutrient and weekly targets, checklist
    # items), which is then cached.
    first = assert_page(alice_client, "/report/print/", queries=25, shows=shows)
    assert "navbar" not in first.text
    # session, user and profile, choices, prescriptions, doses and pauses,
    # scans, sites, treatment changes, fractures, falls, height settings,
    # heights, intake by day, supplements by day, sessions, self-checks, the
    # last fall, the latest self-check, checklist answers
    assert_page(alice_client, "/report/print/", queries=19, shows=shows)


def test_sections_left_out_leave_no_heading(alice_client, alice, guidance):
    history(alice, 3)
    ReportSettings.objects.create(user=alice, sections=["intake"])
    page = alice_client.get("/report/print/").text
    assert "Calcium and vitamin D</h2>" in page
    for heading in ("Medicines</h2>", "Bone density (DXA)</h2>", "Exercise</h2>"):
        assert heading not in page


def test_an_empty_period_says_so(alice_client, alice, guidance):
    ReportSettings.objects.create(user=alice, period="3")
    page = alice_client.get("/report/print/").text
    assert "over the 0 days logged, of 92 in the period" in page
    assert "No scans logged." in page
    assert "No heights logged." in page
    assert "Medicines</h2>" not in page  # no medicine: no empty heading


def test_home_hazards_still_to_fix_say_what_to_do(alice_client, alice, guidance):
    stairs_light = items_of("stairs-and-steps")[2]
    answer_item(alice, stairs_light, Status.NEEDS_FIXING)
    page = alice_client.get("/report/print/").text
    assert f"<li>{stairs_light.fix}</li>" in page
    assert f"<li>{stairs_light.question}</li>" not in page
