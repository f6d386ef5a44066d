import os
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.servers.basehttp import WSGIServer
from django.db import connection, transaction
from django.test import Client
from django.test.testcases import LiveServerThread

from tests.conftest import PASSWORD, seed_guidance, skip_unless_ci
from tracker.models import Source

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# The machine's network is closed: without these flags Chromium keeps trying to
# reach Google's services at start-up.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        skip_unless_ci(f"Chromium is not installed at {CHROMIUM}")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # Phone-sized by default: most of our users are on a phone.
    return {**browser_context_args, "viewport": PHONE, "timezone_id": "Europe/London"}


class OneRequestAtATime(WSGIServer):
    """The live server for SQLite's in-memory test database.

    Every request thread of Django's threaded live server shares the one
    connection to that database, so two requests at once (an autosave while
    another question's is in flight) would run inside each other's
    transaction. Answered one at a time, they run as they do on a database
    file, where each transaction waits for the write lock.
    """

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


@pytest.fixture(scope="session", autouse=True)
def one_request_at_a_time_on_sqlite():
    if connection.vendor != "sqlite":
        yield
        return
    threaded = LiveServerThread.server_class
    LiveServerThread.server_class = OneRequestAtATime
    yield
    LiveServerThread.server_class = threaded


@pytest.fixture(scope="session", autouse=True)
def flush_by_delete():
    """On PostgreSQL, empty the tables after each browser test with DELETE.

    A browser test is transactional: Django empties every table after it, with one
    TRUNCATE of all of them, which took PostgreSQL 0.2 to 1 s here (new files for
    each table and index). DELETE of the few hundred rows left takes 40 to 90 ms.
    The flush runs in one transaction and Django's foreign keys are checked at its
    end, so the order of the tables does not matter.
    """
    ops = connection.ops
    if connection.vendor != "postgresql":
        yield
        return
    truncate = ops.sql_flush

    def sql_flush(style, tables, *, reset_sequences=False, allow_cascade=False):
        if reset_sequences or allow_cascade:
            return truncate(
                style,
                tables,
                reset_sequences=reset_sequences,
                allow_cascade=allow_cascade,
            )
        delete = style.SQL_KEYWORD("DELETE FROM")
        return [f"{delete} {style.SQL_FIELD(ops.quote_name(t))};" for t in tables]

    ops.sql_flush = sql_flush
    yield
    del ops.sql_flush


@pytest.fixture(scope="session")
def guidance_rows(django_db_setup, django_db_blocker):
    """The tracker app's rows once migrated and seeded, read once, by model.

    That is the guidance, and any row a migration made (such as a settings row).
    """
    with django_db_blocker.unblock():
        if not Source.objects.exists():  # a transactional test emptied it
            seed_guidance()
        models = apps.get_app_config("tracker").get_models(include_auto_created=True)
        return [(model, list(model.objects.all())) for model in models]


@pytest.fixture
def guidance(transactional_db, guidance_rows):
    """The guidance content that ships with the app, as tests/conftest.py's.

    A browser test is transactional: the database is emptied after each one. The
    rows seeded at the start are written back in one bulk insert per model, with
    their ids, rather than seeded again row by row. They go in in one transaction,
    and Django's foreign keys are checked at its end, so the order of the models
    does not matter.
    """
    if Source.objects.exists():
        return
    with transaction.atomic():
        for model, rows in guidance_rows:
            # Writing guidance creates the GuidanceVersion row as it bumps it;
            # a table that already has its rows again is left as it is.
            if rows and not model.objects.exists():
                model.objects.bulk_create(rows)


@pytest.fixture
def site(live_server, page):
    """The page, with the live server's address as its base."""
    page.set_default_timeout(10_000)
    page.base = live_server.url
    return page


@pytest.fixture(scope="module")
def shared_page(browser, browser_context_args):
    """One page for a module's tests that only open a page and check it.

    A new context and page for each such test costs more than the check.
    """
    context = browser.new_context(**browser_context_args)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def reused_site(live_server, shared_page):
    """Like ``site``, on the module's shared page, without the last test's cookies."""
    shared_page.context.clear_cookies()
    shared_page.base = live_server.url
    yield shared_page
    shared_page.goto("about:blank")


def log_in(page, username, password=PASSWORD):
    """Log in through the login form, as a person would."""
    page.goto(page.base + "/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def sign_in(page, user):
    """Sign ``user`` in without the login form: the browser gets a session cookie.

    For tests that are about something else: typing into the form costs two page
    loads each time. A few tests still log in through the form with ``log_in``.
    """
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": page.base,
                "httpOnly": True,
                "sameSite": "Lax",
            }
        ]
    )


def tab_to(page, locator, limit=20):
    """Press Tab until ``locator`` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("(el) => el === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {locator}")
