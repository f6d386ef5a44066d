"""Helpers the views of every area share: a user's own rows, form data, weeks
that have begun, the sources a page cites, links to many rows, and the page
that asks before deleting."""

from collections.abc import Callable, Sequence
from datetime import date

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from ..domain.weeks import Week


def owned_or_404(model_or_queryset, pk, user, *, owner_field="user"):
    """Return row ``pk`` if ``user`` owns it; another user's row is a 404.

    A 404, never a 403, so an id says nothing about whether another user's row
    exists. ``owner_field`` is "owner" for own foods and supplements.
    """
    return get_object_or_404(model_or_queryset, pk=pk, **{owner_field: user})


def post_data(request):
    """Return the POST data, even empty, on a POST; None (an unbound form) else.

    ``request.POST or None`` would leave a form unbound when a POST sends no
    fields (every box of a form left empty), so it would show no errors.
    """
    return request.POST if request.method == "POST" else None


def started_or_404(week: Week, today: date) -> None:
    """Refuse, with a 404, a week that has not started yet in the user's zone."""
    if week > Week.of(today):
        raise Http404("This week has not started yet")


def urls_for(name: str, args: Sequence) -> list[str]:
    """Return the URL of view ``name`` for each of ``args`` (a week, a day, a
    pk), in order, with one ``reverse()`` rather than one for each.

    A page listing many rows links each to the same view; reversing costs as
    much as rendering the row. The URLs differ only where the argument goes,
    written as ``str()`` writes it, which the converters of weeks, days and
    pks do; nothing in them needs quoting.
    """
    if not args:
        return []
    head, found, tail = reverse(name, args=[args[0]]).rpartition(str(args[0]))
    if not found:
        raise ValueError(f"{name} does not write its argument as str() does.")
    return [f"{head}{arg}{tail}" for arg in args]


def is_htmx(request) -> bool:
    """Whether htmx sent the request, to answer with a part of the page."""
    return request.headers.get("HX-Request") == "true"


def distinct_sources(rows):
    """Return the sources cited by ``rows``, each once, in first-seen order."""
    return list({row.source_id: row.source for row in rows}.values())


def confirm_delete(
    request,
    *,
    delete: Callable[[], object],
    done: str,
    redirect_to: str,
    heading: str,
    what: str,
    cancel_url: str,
    day: date | None = None,
    after: str = "",
    button: str = "",
    about_a_medicine: bool = False,
) -> HttpResponse:
    """Ask before deleting; on a POST call ``delete`` (a service), say ``done``
    and go to ``redirect_to``.

    The page (``confirm_delete.html``) shows ``heading``, then ``what``
    followed by ``day`` if given, then ``after``; ``button`` replaces "Yes,
    delete it". ``about_a_medicine`` adds the medicines pages' reminder to
    follow the prescriber.
    """
    if request.method == "POST":
        delete()
        messages.success(request, done)
        return redirect(redirect_to)
    context = {
        "heading": heading,
        "what": what,
        "day": day,
        "after": after,
        "cancel_url": cancel_url,
        "button": button,
        "about_a_medicine": about_a_medicine,
    }
    return render(request, "confirm_delete.html", context)
