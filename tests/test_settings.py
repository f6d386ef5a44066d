"""Settings come from the environment, fail loudly on junk, and pass check --deploy."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from bonehealth import settings as project_settings

ROOT = Path(__file__).resolve().parents[1]
PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "k" * 20 + "production-grade-secret-value-4f8e2a9c7b1d",
    "ALLOWED_HOSTS": "bones.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://bones.example.org",
    "DATABASE_URL": "sqlite:////tmp/bonehealth-deploy-check.sqlite3",
    "EMAIL_HOST": "smtp.example.org",  # the console backend is refused in production
    "ENV_FILE": os.devnull,  # never a developer's .env
}


def run_python(code, **env):
    """Run ``code`` in a fresh interpreter with only ``env`` (and PATH) set.

    ENV_FILE keeps a developer's .env (``scripts/start`` writes one, with DEBUG
    on) out of what is tested, unless ``env`` names a file.
    """
    clean_env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "bonehealth.settings",
        "ENV_FILE": os.devnull,
        **env,
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("value", ["true", "True", "1", "yes", "on"])
def test_true_booleans(monkeypatch, value):
    monkeypatch.setenv("SOME_FLAG", value)
    assert project_settings.env_bool("SOME_FLAG", False) is True


@pytest.mark.parametrize("value", ["false", "0", "no", "off"])
def test_false_booleans(monkeypatch, value):
    monkeypatch.setenv("SOME_FLAG", value)
    assert project_settings.env_bool("SOME_FLAG", True) is False


def test_an_empty_boolean_takes_the_default(monkeypatch):
    monkeypatch.setenv("SOME_FLAG", "")
    assert project_settings.env_bool("SOME_FLAG", True) is True


def test_junk_in_a_boolean_stops_with_a_message(monkeypatch):
    monkeypatch.setenv("SOME_FLAG", "maybe")
    with pytest.raises(
        ImproperlyConfigured, match="SOME_FLAG='maybe' is not a boolean"
    ):
        project_settings.env_bool("SOME_FLAG", False)


def test_junk_in_an_integer_stops_with_a_message(monkeypatch):
    monkeypatch.setenv("SOME_NUMBER", "ten")
    with pytest.raises(
        ImproperlyConfigured, match="SOME_NUMBER='ten' is not a whole number"
    ):
        project_settings.env_int("SOME_NUMBER", 1)


def test_lists_are_comma_separated(monkeypatch):
    monkeypatch.setenv("SOME_LIST", "a.example, b.example,")
    assert project_settings.env_list("SOME_LIST", []) == ["a.example", "b.example"]


def test_start_up_fails_without_a_secret_key_when_debug_is_off():
    result = run_python("import django; django.setup()", DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY is required when DEBUG is off" in result.stderr


def test_start_up_fails_on_a_junk_debug_value():
    result = run_python("import django; django.setup()", DEBUG="sometimes")
    assert "DEBUG='sometimes' is not a boolean" in result.stderr


def test_defaults_are_safe():
    result = run_python(
        "from django.conf import settings as s; "
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, "
        "s.DATABASES['default']['ENGINE'], s.TIME_ZONE, s.MAILERS['default']['BACKEND'])",
        SECRET_KEY="x" * 50,
    )
    assert result.stdout.split() == [
        "False",
        "True",
        "True",
        "django.db.backends.sqlite3",
        "UTC",
        "django.core.mail.backends.console.EmailBackend",
    ]


# Two transactions at once, each reading and then writing, as a service does
# (``one_change_at_a_time`` reads the user's row first).
READ_THEN_WRITE_AT_ONCE = """
import threading, time
import django
django.setup()
from django.db import connection, transaction
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE taps (n integer)")
start, errors = threading.Barrier(2), []
def tap():
    try:
        start.wait()
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM taps")
            time.sleep(0.2)
            cursor.execute("INSERT INTO taps VALUES (1)")
    except Exception as error:
        errors.append(error)
    finally:
        connection.close()
threads = [threading.Thread(target=tap) for _ in range(2)]
[thread.start() for thread in threads]
[thread.join() for thread in threads]
with connection.cursor() as cursor:
    cursor.execute("SELECT count(*) FROM taps")
    print(cursor.fetchone()[0], errors)
"""


def test_sqlite_runs_two_writes_at_once_one_after_the_other(tmp_path):
    """Begun the default way, the second one to write failed at once with
    "database is locked", a server error on a double tap; the app's SQLite
    transactions take the write lock as they begin, so the second waits."""
    result = run_python(
        READ_THEN_WRITE_AT_ONCE,
        SECRET_KEY="x" * 50,
        DATABASE_URL=f"sqlite:///{tmp_path / 'taps.sqlite3'}",
    )
    assert result.stdout.split() == ["2", "[]"], result.stderr


def test_smtp_is_used_when_a_host_is_set():
    result = run_python(
        "from django.conf import settings as s; m = s.MAILERS['default']; "
        "print(m['BACKEND'], m['OPTIONS']['host'], m['OPTIONS']['port'])",
        SECRET_KEY="x" * 50,
        EMAIL_HOST="smtp.example.org",
        EMAIL_PORT="2525",
    )
    assert result.stdout.split() == [
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.example.org",
        "2525",
    ]


def test_production_settings_pass_check_deploy_without_warnings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], **PRODUCTION_ENV},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_a_dotenv_file_is_read_and_the_environment_wins(tmp_path):
    env_file = tmp_path / "local.env"
    env_file.write_text("# local\nDEBUG=true\nTIME_ZONE='Europe/Paris'\n")
    result = run_python(
        "from django.conf import settings as s; print(s.DEBUG, s.TIME_ZONE)",
        ENV_FILE=str(env_file),
        TIME_ZONE="Asia/Tokyo",
    )
    assert result.stdout.split() == ["True", "Asia/Tokyo"]


def test_the_test_settings_ignore_a_dotenv_and_stray_variables(tmp_path):
    """What scripts/start writes, and a developer's shell, change no test."""
    env_file = tmp_path / "developer.env"
    env_file.write_text("DEBUG=true\nSECRET_KEY=from-the-dotenv\n")
    result = run_python(
        "from django.conf import settings as s; "
        "print(s.DEBUG, s.SECRET_KEY, s.TIME_ZONE, s.MAILERS['default']['BACKEND'])",
        DJANGO_SETTINGS_MODULE="tests.settings",
        ENV_FILE=str(env_file),
        DEBUG="true",
        TIME_ZONE="Asia/Tokyo",
        EMAIL_HOST="smtp.example.org",
    )
    assert result.stdout.split() == [
        "False",
        "tests-only-not-a-secret",
        "UTC",
        "django.core.mail.backends.console.EmailBackend",
    ], result.stderr
