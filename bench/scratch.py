"""Throwaway databases for the benchmark, and Django set up to use one.

The benchmark never touches a database someone works in: on SQLite it makes a
temporary file, and on PostgreSQL it uses only the server and credentials of the
URL it is given, in a scratch database of its own that it creates and drops.
"""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

POSTGRES_SCHEMES = ("postgres", "postgresql", "pgsql")
# Every user may connect to this one, so CREATE and DROP DATABASE run from it.
MAINTENANCE_DB = "postgres"


def is_postgres(url: str | None) -> bool:
    return bool(url) and urlsplit(url).scheme in POSTGRES_SCHEMES


def with_database(url: str, name: str) -> str:
    """Return ``url`` pointing at database ``name`` on the same server."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def quoted_name(name: str) -> str:
    """Return ``name`` quoted as an SQL identifier, refusing anything odd.

    Database names cannot be query parameters, so only plain names are allowed.
    """
    if not name.replace("_", "").isalnum():
        raise ValueError(f"{name!r} is not a plain database name (letters, _).")
    return f'"{name}"'


def run_maintenance(url: str, statement: str) -> None:
    """Run one statement outside a transaction, as CREATE DATABASE requires."""
    import psycopg

    with psycopg.connect(with_database(url, MAINTENANCE_DB), autocommit=True) as conn:
        conn.execute(statement)


@contextmanager
def postgres_database(url: str, name: str) -> Iterator[str]:
    """Create database ``name`` on ``url``'s server, yield its URL, then drop it.

    A database left by an interrupted run has the same reserved name, so it is
    dropped first.
    """
    quoted = quoted_name(name)
    run_maintenance(url, f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)")
    run_maintenance(url, f"CREATE DATABASE {quoted}")
    try:
        yield with_database(url, name)
    finally:
        close_django_connections()
        run_maintenance(url, f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)")


@contextmanager
def sqlite_database() -> Iterator[str]:
    """Yield the URL of a new temporary SQLite file, deleted afterwards."""
    handle, name = tempfile.mkstemp(prefix="bh_bench-", suffix=".sqlite3")
    os.close(handle)
    path = Path(name)
    try:
        yield f"sqlite:///{path}"
    finally:
        close_django_connections()
        for leftover in (path, Path(f"{path}-journal"), Path(f"{path}-wal")):
            leftover.unlink(missing_ok=True)


def scratch_database(server_url: str | None, name: str):
    """Return a context manager for a scratch database: PostgreSQL when
    ``server_url`` is a PostgreSQL URL, a temporary SQLite file otherwise."""
    if is_postgres(server_url):
        return postgres_database(server_url, name)
    return sqlite_database()


def close_django_connections() -> None:
    """Close Django's connections, if Django is set up, so the database can go."""
    from django.apps import apps

    if apps.ready:
        from django.db import connections

        connections.close_all()


def setup_django(database_url: str) -> None:
    """Set up Django with the test settings on ``database_url``.

    ``tests.settings`` is production with DEBUG off and static files served from
    the finders; the bench adds only its URLconf with the trivial view. Those
    settings fix their own SECRET_KEY: a server that should read the sessions
    made here must be given ``settings.SECRET_KEY`` (see ``bench/load.py``).
    """
    import django
    from django.conf import settings

    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.settings"
    os.environ["DATABASE_URL"] = database_url
    django.setup()
    settings.ROOT_URLCONF = "bench.urls"


def prepare_database() -> None:
    """Migrate the scratch database and load the guidance the app ships."""
    import io

    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("seed_guidance", stdout=io.StringIO())


def describe_database(name: str) -> str:
    """Say which database the figures come from: "PostgreSQL 15.18 (...)"."""
    from django.db import connection

    if connection.vendor == "postgresql":
        version = connection.pg_version  # 150018 for 15.18
        return (
            f"PostgreSQL {version // 10000}.{version % 10000} (scratch database {name})"
        )
    return f"SQLite {connection.Database.sqlite_version} (a temporary file)"
