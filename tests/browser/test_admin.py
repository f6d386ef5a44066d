"""The guidance admin passes axe-core (Django's own styling sets its text sizes)."""

import pytest
from django.contrib.auth import get_user_model

from tests.browser.checks import axe_violations
from tests.browser.conftest import sign_in
from tests.conftest import PASSWORD

ADMIN_PAGES = [
    "/admin/",
    "/admin/tracker/food/",
    "/admin/tracker/food/add/",
    "/admin/tracker/nutrienttarget/",
    "/admin/tracker/exercisetype/add/",
    "/admin/tracker/tip/add/",
    # The settings rows: their source selects must have an accessible name.
    "/admin/tracker/homesafetysettings/1/change/",
    "/admin/tracker/estimatesettings/add/",
]


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser(
        "root", "root@example.com", PASSWORD
    )


def test_admin_pages_pass_axe(site, guidance, admin_user):
    sign_in(site, admin_user)
    for path in ADMIN_PAGES:
        site.goto(site.base + path)
        violations = axe_violations(site)
        assert not violations, f"axe on {path}: {violations}"
