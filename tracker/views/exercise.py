"""The exercise library, the session log and the week's progress."""

from operator import attrgetter

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from ..domain.dates import format_day
from ..domain.weeks import Week, days_of_week, week_nav
from ..forms.exercise import ExerciseSessionForm, initial_for_new_session
from ..models import ExerciseSession
from ..queries import exercise as queries
from ..services import exercise as services
from .common import confirm_delete, owned_or_404, post_data, started_or_404


def had_spine_fracture(request) -> bool:
    return request.profile is not None and request.profile.had_spine_fracture


def describe(session: ExerciseSession) -> str:
    """Say a session in words: "Brisk walking, 30 minutes, Wednesday 25 November"."""
    minutes = "1 minute" if session.minutes == 1 else f"{session.minutes} minutes"
    return f"{session.exercise_type}, {minutes}, {format_day(session.day, 'day')}"


def week_url(day, logged: ExerciseSession | None = None) -> str:
    url = reverse("tracker:exercise_week", args=[Week.of(day)])
    return f"{url}?logged={logged.pk}" if logged else url


def library(request):
    """List the active activities, optionally of one category (``?category=``)."""
    categories = queries.categories_with_targets()
    code = request.GET.get("category", "")
    chosen = next((c for c in categories if c.code == code), None)
    if code and chosen is None:
        raise Http404("No such category")
    context = {
        "categories": categories,
        "chosen": chosen,
        "shown_categories": [chosen] if chosen else categories,
        "types": queries.library_types(chosen),
        "spine_fracture": had_spine_fracture(request),
        "physio_source": queries.physiotherapy_source(),
    }
    return render(request, "tracker/exercise_library.html", context)


def library_type(request, slug):
    exercise_type = queries.library_type(slug)
    if exercise_type is None:
        raise Http404("No such activity")
    context = {"type": exercise_type, "spine_fracture": had_spine_fracture(request)}
    return render(request, "tracker/exercise_type.html", context)


def movements_to_avoid(request):
    context = {
        "movements": queries.movements_to_avoid(),
        "spine_fracture": had_spine_fracture(request),
        "physio_source": queries.physiotherapy_source(),
    }
    return render(request, "tracker/exercise_avoid.html", context)


@login_required
def this_week(request):
    return redirect("tracker:exercise_week", Week.of(timezone.localdate()))


@login_required
def week(request, week):
    """Show a week's progress toward each target and its sessions by day."""
    today = timezone.localdate()
    started_or_404(week, today)
    nav = week_nav(week, today)
    spine_fracture = had_spine_fracture(request)
    sessions = queries.sessions_between(request.user, week.monday, week.sunday)
    summary = queries.exercise_week(
        request.user, week, had_spine_fracture=spine_fracture
    )
    logged = request.GET.get("logged", "")
    context = {
        "summary": summary,
        "nav": nav,
        "days": days_of_week(week, sessions, today, attrgetter("day")),
        "to_repeat": queries.sessions_to_repeat(request.user) if nav.is_current else [],
        "just_logged": next((s for s in sessions if str(s.pk) == logged), None),
        "spine_fracture": spine_fracture,
        "physio_source": queries.physiotherapy_source() if spine_fracture else None,
    }
    return render(request, "tracker/exercise_week.html", context)


@login_required
def log_session(request):
    today = timezone.localdate()
    initial = initial_for_new_session(request.GET, today)
    form = ExerciseSessionForm(
        post_data(request),
        today=today,
        had_spine_fracture=had_spine_fracture(request),
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        session = services.log_session(request.user, **form.cleaned_data)
        messages.success(request, f"Saved: {describe(session)}.")
        return redirect(week_url(session.day, logged=session))
    return render_session_form(request, form, back_url=week_url(initial["day"]))


@login_required
def edit_session(request, pk):
    session = owned_or_404(ExerciseSession, pk, request.user)
    back_url = week_url(session.day)  # before the form changes the instance
    form = ExerciseSessionForm(
        post_data(request),
        instance=session,
        today=timezone.localdate(),
        had_spine_fracture=had_spine_fracture(request),
    )
    if request.method == "POST" and form.is_valid():
        session = services.update_session(
            request.user, session=session, **form.cleaned_data
        )
        messages.success(request, f"Changes saved: {describe(session)}.")
        return redirect(week_url(session.day))
    return render_session_form(request, form, session=session, back_url=back_url)


def render_session_form(request, form, **context):
    """Render the session form, with the gentler-choice notes after a spine
    fracture: the chosen activity's is shown, and static/js/exercise_log.js shows
    another when the choice changes."""
    if had_spine_fracture(request):
        context["gentler_choices"] = queries.types_needing_gentler_choice()
    context.update(form=form, selected_type_id=form.selected_type_id())
    return render(request, "tracker/exercise_session_form.html", context)


@login_required
def delete_session(request, pk):
    """Ask before deleting; a POST deletes (also the "Undo" after logging)."""
    session = owned_or_404(
        ExerciseSession.objects.select_related("exercise_type"), pk, request.user
    )
    note = f"Note: {session.note} " if session.note else ""
    return confirm_delete(
        request,
        delete=lambda: services.delete_session(request.user, session=session),
        done=f"Deleted: {describe(session)}.",
        redirect_to=week_url(session.day),
        heading="Delete this session?",
        what=f"{describe(session)}.",
        after=f"{note}It will no longer count toward that week’s goals. "
        "This cannot be undone.",
        cancel_url=week_url(session.day),
    )


@login_required
@require_POST
def repeat_session(request, pk):
    """Log the same activity and amounts again, for today, in one tap."""
    earlier = owned_or_404(
        ExerciseSession.objects.select_related("exercise_type").filter(
            exercise_type__is_active=True
        ),
        pk,
        request.user,
    )
    session, saved = services.log_session_again(
        request.user, earlier=earlier, today=timezone.localdate()
    )
    if saved:
        messages.success(request, f"Saved: {describe(session)}.")
    else:
        messages.info(
            request,
            f"This was already saved a moment ago: {describe(session)}. "
            "It counts once.",
        )
    return redirect(week_url(session.day, logged=session))
