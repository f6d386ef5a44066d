"""Test settings: the production settings, with fast local stand-ins.

Only what tests cannot use is changed; everything else is exactly what ships.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-not-a-secret")
os.environ["DEBUG"] = "false"

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
