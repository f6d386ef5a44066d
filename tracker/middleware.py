import zoneinfo

from django.db import DatabaseError, connection
from django.http import HttpResponse
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
