import io
import os
import re
from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from tracker.models import Profile, Source
from tracker.queries import cache

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


@pytest.fixture(autouse=True)
def fresh_guidance_cache():
    """Start each test with an empty guidance cache.

    A test's changes to guidance are rolled back afterwards, and the guidance
    version with them, so a cached read could outlive the rows it was read from.
    """
    cache.clear()


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


def _visible(content):
    """Page text with each run of whitespace as one space, as a browser shows it."""
    return re.sub(r"\s+", " ", content)


def _found(text, page):
    text = _visible(text)
    return text in page or _visible(escape(text)) in page


@pytest.fixture
def assert_page():
    """Request a page within a query budget, and check what it answers.

    ``assert_page(client, path, max_queries=6, shows=["Trends", "12 weeks"])``
    GETs ``path`` and fails with AssertionError unless the page answers 200,
    ran at most ``max_queries`` SQL queries (or exactly ``queries``) and
    contains every text in ``shows``. A text is found as written or
    HTML-escaped, as Django's templates print it ("Bob's" is "Bob&#x27;s" in
    the page), with any run of whitespace matching any other. ``hides`` lists
    texts the page must not contain.

    A write is pinned the same way, with ``method="post", data={...}`` and
    ``status=302, redirects_to="/where/"``; ``status`` is 302 by default when
    ``redirects_to`` is given. A 200 answer must say what it shows: a query
    count of a page nobody looked at passes just as well on a 404.

    Returns the response, for checks of the context or the database.
    """

    def check(
        client,
        path,
        *,
        max_queries=None,
        queries=None,
        method="get",
        data=None,
        status=None,
        shows=(),
        hides=(),
        redirects_to=None,
    ):
        if (max_queries is None) == (queries is None):
            raise TypeError("Give either max_queries or queries.")
        if isinstance(shows, str) or isinstance(hides, str):
            raise TypeError("shows and hides are lists of texts.")
        if status is None:
            status = 302 if redirects_to is not None else 200
        if status == 200 and not shows:
            raise TypeError("Say what the page shows: shows=[...].")
        request = f"{method.upper()} {path}"
        with CaptureQueriesContext(connection) as captured:
            response = getattr(client, method)(path, data)
        assert response.status_code == status, (
            f"{request} answered {response.status_code}, not {status}"
        )
        if redirects_to is not None:
            assert response["Location"] == redirects_to, (
                f"{request} redirected to {response['Location']}, not {redirects_to}"
            )
        ran = len(captured)
        budget = max_queries if max_queries is not None else queries
        if ran > budget or (queries is not None and ran != queries):
            listing = "\n".join(
                f"{number}. {query['sql']}"
                for number, query in enumerate(captured.captured_queries, 1)
            )
            expected = f"at most {max_queries}" if queries is None else str(queries)
            raise AssertionError(
                f"{request} ran {ran} queries, expected {expected}:\n{listing}"
            )
        page = _visible(response.content.decode(response.charset or "utf-8"))
        missing = [text for text in shows if not _found(text, page)]
        assert not missing, f"{request} does not show {missing}"
        present = [text for text in hides if _found(text, page)]
        assert not present, f"{request} shows {present}, which it must not"
        return response

    return check
