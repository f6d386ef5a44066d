import re
import zoneinfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import render
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


def sign_in_name(request, credentials=None) -> str | None:
    """The user name a sign-in attempt counts against, for sign-in throttling.

    As django-axes reads it (the credentials given to ``authenticate``, else the
    form), but cut to the longest a user name can be: axes stores it in a
    column of 255 characters, and a longer guess would fail to save (a server
    error on PostgreSQL). No account has a longer name, so nothing is lost.
    """
    field = settings.AXES_USERNAME_FORM_FIELD
    name = credentials.get(field) if credentials else request.POST.get(field)
    if not isinstance(name, str):
        return name
    return name[: get_user_model()._meta.get_field("username").max_length]


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
