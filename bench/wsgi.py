"""The app as production serves it, plus the bench's trivial signed-in view.

``bench/pages.py --load`` serves this with gunicorn, so the dashboard and the
trivial view (``bench/urls.py``) are timed on the same server.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bonehealth.settings")

application = get_wsgi_application()

from django.conf import settings  # noqa: E402  (only once Django is set up)

settings.ROOT_URLCONF = "bench.urls"
