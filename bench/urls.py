"""The project's URLs plus a trivial signed-in view, for the benchmark process only.

The trivial view pays what every signed-in page pays (middleware, the session,
the user and profile) and nothing more, so a page's time divided by its time says
how much the page itself costs, on any machine.
"""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.urls import include, path

from . import TRIVIAL_PATH


@login_required
def trivial(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok")


urlpatterns = [
    path(TRIVIAL_PATH.strip("/") + "/", trivial, name="bench_trivial"),
    path("", include("bonehealth.urls")),
]
