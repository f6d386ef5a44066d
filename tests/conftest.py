import io
import os
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from tracker.models import Profile, Source

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


def seed_guidance():
    call_command("seed_guidance", stdout=io.StringIO())


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the guidance that ships with the app once per run, not per test.

    Each test runs in a transaction that is rolled back, so it starts from the
    seeded guidance and can change it freely.
    """
    with django_db_blocker.unblock():
        seed_guidance()


@pytest.fixture
def guidance(db):
    """The guidance content that ships with the app.

    It is in the database from the start of the run; only a transactional test
    (a browser test) that runs after another has emptied the database loads it
    again.
    """
    if not Source.objects.exists():
        seed_guidance()


def skip_unless_ci(reason):
    """Skip a test that needs a missing tool; in CI, fail instead."""
    if os.environ.get("CI") == "true" or os.environ.get("REQUIRE_BROWSER"):
        pytest.fail(f"{reason} (CI must run every test)")
    pytest.skip(reason)
