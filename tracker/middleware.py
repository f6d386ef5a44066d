import re
import zoneinfo

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from .models import Profile
from .queries import cache
from .services import accounts


class GuidanceVersionMiddleware:
    """Give the request its guidance version, for the guidance cache.

    A signed-in user's comes with the user (see ``tracker/auth_backends.py``);
    for a visitor it is read when a page first needs guidance, once.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        known = (
            getattr(user, "guidance_version", None) if user.is_authenticated else None
        )
        token = cache.begin_request(known)
        try:
            return self.get_response(request)
        finally:
            cache.end_request(token)


class UserTimeZoneMiddleware:
    """Attach the signed-in user's profile and activate their time zone.

    With the zone active, ``timezone.localdate()`` is the user's own "today".
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.profile = None
        if request.user.is_authenticated:
            request.profile = profile_of(request.user)
            timezone.activate(zoneinfo.ZoneInfo(request.profile.time_zone))
        else:
            timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


def profile_of(user) -> Profile:
    """Return the user's profile, creating it for accounts made outside sign-up."""
    try:
        return user.profile
    except Profile.DoesNotExist:
        return accounts.create_profile(user)


class HealthCheckMiddleware:
    """Answer ``/healthz/`` before host checks and HTTPS redirects.

    Load balancers probe by IP address over plain HTTP, which ALLOWED_HOSTS and
    SECURE_SSL_REDIRECT would refuse. The answer reveals nothing but "ok".
    """

    path = "/healthz/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != self.path:
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except DatabaseError:
            response = HttpResponse("database unavailable\n", status=503)
        else:
            response = HttpResponse("ok\n")
        response["Content-Type"] = "text/plain"
        response["Cache-Control"] = "no-store"
        return response


# C0 control characters and DEL; tab, line feed and carriage return are text.
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class InputHygieneMiddleware:
    """Refuse, with a 400 page, a request with a control character in its path,
    a query parameter or a form field (names and values).

    This is the one place such input is checked, so every page and form, the
    admin and Django's own account forms included, is covered without a line of
    its own. PostgreSQL refuses NUL in text (a server error before this check),
    and nobody types the others: they come from tampering, or from text pasted
    out of another program, and are never worth storing. Tab, line feed and
    carriage return are allowed, as a text box sends them.

    It runs last, so the 400 page passes back through the other middleware and
    gets the same headers (CSP, frame options) and menu as every page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_control_character(request):
            return render(request, "400.html", status=400)
        return self.get_response(request)


def has_control_character(request) -> bool:
    texts = [request.path_info]
    fields = [request.GET, request.POST] if request.method == "POST" else [request.GET]
    for data in fields:
        for name, values in data.lists():
            texts.append(name)
            texts.extend(values)
    return any(CONTROL_CHARACTER.search(text) for text in texts)
