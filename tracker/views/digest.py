"""Unsubscribe from the weekly summary email, from a link, without logging in."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import csrf_exempt

from .. import digests
from ..models import Profile
from ..services import digests as services


# Mail apps unsubscribe with a plain POST (RFC 8058 one-click) that carries no
# CSRF token; the signed token in the address is what authorises it.
@csrf_exempt
def unsubscribe(request, token):
    user_id = digests.user_id_from_token(token)
    if user_id is None:
        raise Http404("This unsubscribe link is not valid")
    profile = get_object_or_404(Profile, user_id=user_id)
    if request.method == "POST":
        services.unsubscribe(profile)
        return render(request, "tracker/unsubscribed.html", {"done": True})
    return render(request, "tracker/unsubscribed.html", {"done": False})
