"""Who may open the report, and whose rows it shows."""

from datetime import date

import pytest
from django.urls import reverse

from tests.helpers import add_fracture, add_scan


@pytest.mark.parametrize("path", ["/report/", "/report/print/", "/report/pdf/"])
def test_the_report_asks_an_anonymous_visitor_to_log_in(client, db, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_the_report_shows_only_the_users_own_rows(alice_client, bob, guidance):
    add_scan(bob, date(2026, 11, 2), {"spine": {"bmd": "0.777"}}, facility="Bob's")
    add_fracture(bob, 2026, "hip", month=10)
    page = alice_client.get("/report/print/").text
    assert "0.777" not in page and "Hip, October 2026" not in page
    assert "No scans logged." in page
