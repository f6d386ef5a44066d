"""Test settings: the production settings, with fast local stand-ins.

Only what tests cannot use is changed; everything else is exactly what ships.
The tests see neither a developer's .env (``scripts/start`` writes one with DEBUG
on) nor stray variables in the shell: every variable that .env.example lists is
dropped, except DATABASE_URL, which says which database to test on.
"""

import os
from pathlib import Path

KEPT = {"DATABASE_URL"}
for line in (
    (Path(__file__).resolve().parents[1] / ".env.example").read_text().splitlines()
):
    name = line.split("=", 1)[0].strip()
    if "=" in line and not line.startswith("#") and name not in KEPT:
        os.environ.pop(name, None)
os.environ["ENV_FILE"] = os.devnull
os.environ["SECRET_KEY"] = "tests-only-not-a-secret"

from bonehealth.settings import *  # noqa: E402, F403

# The manifest storage needs `collectstatic`; tests serve files from the finders.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The test client and live server speak plain HTTP.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Nothing is collected in tests; WhiteNoise would warn about the missing folder.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
