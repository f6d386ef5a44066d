"""Links built once for many rows, and pages' fixed URLs reversed once."""

from datetime import date

import pytest
from django.test import override_settings
from django.urls import reverse

from tracker.domain.weeks import Week
from tracker.templatetags.navigation import page_url_of
from tracker.views.common import urls_for


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("tracker:summary_week", [Week(2026, 48), Week(2025, 1), Week(2026, 9)]),
        ("tracker:intake_day", [date(2026, 11, 30), date(2024, 2, 29)]),
        ("tracker:intake_entry_edit", [1, 22, 333]),
        ("tracker:intake_entry_delete", [7]),
    ],
)
def test_urls_for_gives_what_reverse_gives_each_row(name, args):
    assert urls_for(name, args) == [reverse(name, args=[arg]) for arg in args]


def test_urls_for_nothing_reverses_nothing():
    assert urls_for("tracker:intake_entry_edit", []) == []


@pytest.mark.parametrize("name", ["tracker:about", "tracker:summary_weeks", "logout"])
def test_page_url_gives_what_reverse_gives(name):
    assert page_url_of(name) == reverse(name)
    assert page_url_of(name) == reverse(name)  # and again, from the cache


@override_settings(ROOT_URLCONF="tests.urls_elsewhere")
def test_page_url_follows_another_urlconf():
    assert page_url_of("tracker:about") == reverse("tracker:about")
    assert page_url_of("tracker:about").startswith("/elsewhere/")
