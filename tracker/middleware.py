import zoneinfo

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

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


class PrivatePagesMiddleware:
    """Keep a signed-in user's answers out of every cache.

    A shared browser or a proxy could otherwise keep a health page after its
    owner signs out. Any answer to a signed-in user, pages, redirects, errors and
    downloads alike, is marked ``private, no-store``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response


def client_address(request) -> str | None:
    """The address a request came from, for sign-in throttling.

    Behind ``TRUSTED_PROXY_COUNT`` proxies, each appended the address it saw to
    X-Forwarded-For, so the client's is that many places from the end; anything
    before it was written by the client and cannot be trusted. With no proxy,
    the connection's own address is the client's.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")
