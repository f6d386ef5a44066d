from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from ..domain.dates import format_day
from ..forms.home_safety import (
    FallForm,
    SelfCheckForm,
    checklist_forms,
    new_answers,
)
from ..models import ChecklistAnswer, ChecklistItem, Fall, Room, SelfCheck
from ..queries import home_safety as queries
from ..services import home_safety as services
from .common import (
    confirm_delete,
    distinct_sources,
    is_htmx,
    owned_or_404,
    post_data,
)

PER_PAGE = 20


@login_required
def overview(request):
    """Show checklist progress, what needs fixing or a re-check, and the rest."""
    user = request.user
    settings = queries.home_safety_settings()
    context = {
        "settings": settings,
        "checklist": queries.checklist(
            user,
            timezone.localdate(),
            interval_months=settings.recheck_interval_months,
        ),
        "latest_self_check": queries.latest_self_check(user),
        "recent_falls": queries.falls(user)[:3],
        "retired_items": queries.retired_items_answered(user),
        "tips": queries.fall_prevention_tips(),
    }
    return render(request, "tracker/home_safety.html", context)


@login_required
def room(request, slug):
    """Answer a room's items in one form; save a history row per changed item."""
    room = get_object_or_404(Room, slug=slug)
    today = timezone.localdate()
    found = queries.room_checklist(request.user, today, room)
    forms = checklist_forms(found.items, post_data(request), today=today)
    previous_room, next_room = neighbours(queries.rooms_in_order(), room)
    if request.method == "POST" and all([form.is_valid() for _, form in forms]):
        saved = services.save_answers(
            request.user, answers=new_answers(forms), today=today
        )
        messages.success(request, saved_message(room, saved))
        if next_room:
            return redirect("tracker:home_safety_room", slug=next_room.slug)
        return redirect("tracker:home_safety")
    context = {
        "room": room,
        "progress": found.progress,
        "forms": forms,
        "sources": distinct_sources(view.item for view in found.items),
        "previous_room": previous_room,
        "next_room": next_room,
        "folded_count": sum(view.folded for view in found.items),
    }
    return render(request, "tracker/home_safety_room.html", context)


@login_required
@require_POST
def answer(request, slug, pk):
    """Save one question's answer as it is answered (htmx, on change); answer
    with a few words for the question's status line. Without htmx, back to the
    room: its Save button saves the whole room."""
    room = get_object_or_404(Room, slug=slug)
    if not is_htmx(request):
        return redirect("tracker:home_safety_room", slug=room.slug)
    today = timezone.localdate()
    found = queries.room_checklist(request.user, today, room)
    view = next((view for view in found.items if view.item.id == pk), None)
    if view is None:
        raise Http404("No such question in this room.")
    ((_, form),) = checklist_forms([view], request.POST, today=today)
    context = {"form": form, "item_id": pk}
    if form.is_valid():
        new = form.new_answer()
        if new:
            services.save_answer(request.user, answer=new, today=today)
        if form.cleaned_data["status"]:
            context["label"] = ChecklistAnswer.Status(form.cleaned_data["status"]).label
    return render(request, "tracker/_checklist_saved.html", context)


def neighbours(rooms, room):
    """Return the rooms before and after ``room`` in walking order, or None."""
    index = next((i for i, each in enumerate(rooms) if each.pk == room.pk), None)
    if index is None:
        return None, None
    before = rooms[index - 1] if index > 0 else None
    after = rooms[index + 1] if index + 1 < len(rooms) else None
    return before, after


def saved_message(room, count):
    if count == 0:
        # Each answer may already be saved as it was given (htmx).
        return f"Your answers for {room.name} are saved."
    answers = "answer" if count == 1 else "answers"
    return f"Saved {count} {answers} for {room.name}."


@login_required
def item_history(request, pk):
    """List the user's dated answers to one item, newest first."""
    item = get_object_or_404(ChecklistItem.objects.select_related("room"), pk=pk)
    answers = Paginator(queries.item_history(request.user, item), PER_PAGE)
    context = {"item": item, "page": answers.get_page(request.GET.get("page"))}
    return render(request, "tracker/home_safety_item_history.html", context)


@login_required
def self_check(request):
    """Take the Stay Independent self-check; every statement needs an answer."""
    statements = queries.active_statements()
    form = SelfCheckForm(post_data(request), statements=statements)
    if request.method == "POST" and form.is_valid():
        check = services.save_self_check(
            request.user,
            statements=statements,
            yes_ids=form.yes_ids(),
            today=timezone.localdate(),
            submission=form.cleaned_data["submission"],
        )
        messages.success(request, "Your answers are saved.")
        return redirect(check)
    context = {
        "form": form,
        "statements": statements,
        "sources": distinct_sources(statements),
        "latest": queries.latest_self_check(request.user),
    }
    return render(request, "tracker/self_check.html", context)


@login_required
def self_check_result(request, pk):
    check = owned_or_404(SelfCheck, pk, request.user)
    answers = queries.self_check_answers(check)
    context = {
        "check": check,
        "yes_answers": [answer for answer in answers if answer.yes],
        "settings": queries.home_safety_settings(),
    }
    return render(request, "tracker/self_check_result.html", context)


@login_required
def self_check_history(request):
    checks = Paginator(queries.self_checks(request.user), PER_PAGE)
    context = {"page": checks.get_page(request.GET.get("page"))}
    return render(request, "tracker/self_check_history.html", context)


@login_required
def fall_list(request):
    falls = Paginator(queries.falls(request.user, with_fractures=True), PER_PAGE)
    context = {"page": falls.get_page(request.GET.get("page"))}
    return render(request, "tracker/fall_list.html", context)


@login_required
def fall_new(request):
    form = FallForm(post_data(request), instance=Fall(user=request.user))
    if request.method == "POST" and form.is_valid():
        fall = services.log_fall(request.user, **form.cleaned_data)
        messages.success(request, fall_logged_message(fall))
        return redirect("tracker:home_safety_falls")
    return render(request, "tracker/fall_form.html", {"form": form})


def fall_logged_message(fall):
    if fall.kind == Fall.Kind.NEAR_MISS:
        return format_html(
            "Your near-miss on {} is logged. A near-miss is a useful warning: "
            '<a class="alert-link action-link" href="{}">look again at your '
            "home checklist</a>.",
            format_day(fall.day),
            reverse("tracker:home_safety"),
        )
    return format_html(
        "Your fall on {} is logged, and your home checklist is now due for a "
        're-check. <a class="alert-link action-link" href="{}">Take the fall-risk '
        "self-check</a>: it takes two minutes.",
        format_day(fall.day),
        reverse("tracker:home_safety_self_check"),
    )


@login_required
def fall_edit(request, pk):
    fall = owned_or_404(Fall, pk, request.user)
    form = FallForm(post_data(request), instance=fall)
    if request.method == "POST" and form.is_valid():
        services.update_fall(request.user, fall=fall, **form.cleaned_data)
        messages.success(request, "Your changes are saved.")
        return redirect("tracker:home_safety_falls")
    return render(request, "tracker/fall_form.html", {"form": form, "fall": fall})


@login_required
def fall_delete(request, pk):
    """Ask first; delete only on POST."""
    fall = owned_or_404(Fall, pk, request.user)
    falls_url = reverse("tracker:home_safety_falls")
    return confirm_delete(
        request,
        delete=lambda: services.delete_fall(request.user, fall=fall),
        done=f"The entry for {format_day(fall.day)} is deleted.",
        redirect_to=falls_url,
        heading="Delete this entry?",
        what=f"{format_day(fall.day)}: {fall.get_kind_display()}, {fall.place}.",
        after="This cannot be undone.",
        cancel_url=falls_url,
    )
