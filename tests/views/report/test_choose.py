"""/report/: choosing the period, sections and questions, remembered."""

from datetime import date

import pytest

from tracker.models import ReportSettings


def test_the_choices_start_with_every_section(alice_client, assert_page):
    # session, user and profile, saved choices
    response = assert_page(
        alice_client,
        "/report/",
        queries=3,
        shows=["Report for your clinician", "The last 3 months", "Questions for my"],
    )
    assert response.text.count('name="sections" value=') == 7
    assert response.text.count("checked") >= 8  # the period and every section


def test_the_choices_are_remembered_and_lead_to_the_print_view(alice_client, alice):
    data = {
        "period": "dates",
        "first_day": "2026-01-01",
        "last_day": "2026-06-30",
        "sections": ["scans", "questions"],
        "questions": "Should I have a spine X-ray?",
        "then": "print",
    }
    response = alice_client.post("/report/", data)
    assert response.status_code == 302 and response["Location"] == "/report/print/"
    saved = ReportSettings.objects.get(user=alice)
    assert (saved.period, saved.first_day, saved.last_day) == (
        "dates",
        date(2026, 1, 1),
        date(2026, 6, 30),
    )
    assert saved.sections == ["scans", "questions"]
    page = alice_client.get("/report/").text
    assert "Should I have a spine X-ray?" in page
    assert 'value="2026-01-01"' in page
    data["then"] = "pdf"
    assert alice_client.post("/report/", data)["Location"] == "/report/pdf/"
    assert ReportSettings.objects.count() == 1


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"period": ""}, "period", "Choose a period."),
        ({"period": "24"}, "period", "Choose one of the options shown."),
        ({"sections": []}, "sections", "Choose at least one thing to include."),
        ({"sections": ["gossip"]}, "sections", "Choose one of the options shown."),
        ({"period": "dates", "first_day": ""}, "first_day", "Enter the first day"),
        ({"period": "dates", "last_day": ""}, "last_day", "Enter the last day"),
        ({"period": "dates", "last_day": "2025-12-31"}, "last_day", "on or after"),
        ({"period": "dates", "last_day": "2026-12-31"}, "last_day", "in the future"),
        ({"period": "dates", "first_day": "junk"}, "first_day", "Enter a date like"),
        ({"questions": "x" * 2001}, "questions", "at most 2000 characters"),
    ],
)
def test_bad_choices_show_the_error_by_the_field_and_save_nothing(
    alice_client, changes, field, error
):
    data = {
        "period": "6",
        "first_day": "2026-01-01",
        "last_day": "2026-06-30",
        "sections": ["scans"],
        "questions": "",
        "then": "print",
        **changes,
    }
    response = alice_client.post("/report/", data)
    assert response.status_code == 200
    errors = response.context["form"].errors[field]
    assert any(error in message for message in errors), errors
    assert not ReportSettings.objects.exists()


def test_a_month_period_forgets_any_dates(alice_client, alice):
    data = {"period": "12", "first_day": "2026-01-01", "sections": ["intake"]}
    alice_client.post("/report/", data)
    saved = ReportSettings.objects.get(user=alice)
    assert (saved.period, saved.first_day) == ("12", None)
