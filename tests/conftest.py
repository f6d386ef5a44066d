import io
import os
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from tracker.models import Profile

# Playwright's sync API runs an event loop in the test thread; the ORM calls that
# tests make beside it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

PASSWORD = "correct horse battery staple"


def make_user(username, **profile_fields):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.com", password=PASSWORD
    )
    Profile.objects.create(user=user, **profile_fields)
    return user


@pytest.fixture
def alice(db):
    """A woman born in 1964 in New York, who has filled in her profile."""
    return make_user(
        "alice",
        birth_year=1964,
        sex=Profile.Sex.FEMALE,
        time_zone="America/New_York",
        onboarded_at=datetime(2026, 1, 1, tzinfo=UTC),
    )


@pytest.fixture
def bob(db):
    """Another user, whose data alice must never see."""
    return make_user("bob", birth_year=1950, sex=Profile.Sex.MALE)


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


@pytest.fixture
def guidance(db):
    """Load the guidance content that ships with the app."""
    call_command("seed_guidance", stdout=io.StringIO())


def skip_unless_ci(reason):
    """Skip a test that needs a missing tool; in CI, fail instead."""
    if os.environ.get("CI") == "true" or os.environ.get("REQUIRE_BROWSER"):
        pytest.fail(f"{reason} (CI must run every test)")
    pytest.skip(reason)
