"""The medicine library, and each user's own medicines and doses."""

from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .. import medicine_reminders
from ..domain import medicines
from ..domain.dates import format_clock, format_day
from ..forms.medicines import (
    CalendarFeedForm,
    DoseForm,
    PauseForm,
    PrescriptionForm,
    QuickDoseForm,
    StopForm,
)
from ..models import Dose, Prescription
from ..queries import medicine_reminders as reminder_queries
from ..queries import medicines as queries
from ..services import medicines as services
from .common import confirm_delete, owned_or_404, post_data
from .ical import dose_calendar

DOSES_PER_PAGE = 20
# A one-tap dose button sent without its token (forms.common.SubmissionField).
OUT_OF_DATE = (
    "Nothing was logged: the page was out of date. Please tap the button again."
)


def library(request):
    """List every medicine in the library, with how it is given and its source."""
    return render(
        request, "tracker/medicines_library.html", {"medicines": queries.library()}
    )


def library_medicine(request, slug):
    medicine = queries.library_medicine(slug)
    if medicine is None:
        raise Http404("No such medicine")
    return render(
        request, "tracker/medicines_library_entry.html", {"medicine": medicine}
    )


@login_required
def my_medicines(request):
    """List the user's medicines: each one's status and a one-tap dose."""
    today = timezone.localdate()
    states = queries.medicine_states(request.user, today)
    context = {
        "current": [state for state in states if not state.prescription.is_stopped],
        "stopped": [state for state in states if state.prescription.is_stopped],
        "today": today,
    }
    return render(request, "tracker/medicines_list.html", context)


@login_required
def add_choose(request):
    """Choose the medicine to add: from the library, or one not in it."""
    return render(
        request, "tracker/medicines_add.html", {"medicines": queries.library()}
    )


@login_required
def add(request, slug=None):
    """Add a medicine as prescribed; ``slug`` None is one not in the library."""
    medicine = None
    if slug is not None:
        medicine = queries.library_medicine(slug)
        if medicine is None:
            raise Http404("No such medicine")
    today = timezone.localdate()
    form = PrescriptionForm(post_data(request), medicine=medicine, today=today)
    if request.method == "POST" and form.is_valid():
        prescription, added = services.add_prescription(
            request.user,
            medicine=medicine,
            last_given_on=form.last_given_on,
            zone=timezone.get_current_timezone(),
            **form.service_fields(),
        )
        if added:
            messages.success(
                request, f"{prescription.name} is added to your medicines."
            )
        return redirect("tracker:medicines_detail", prescription.pk)
    context = {"form": form, "medicine": medicine, "adding": True}
    return render(request, "tracker/medicines_prescription_form.html", context)


def state_or_404(request, pk) -> queries.MedicineState:
    states = queries.medicine_states(request.user, timezone.localdate(), ids=[pk])
    if not states:
        raise Http404("No such medicine")
    return states[0]


@login_required
def detail(request, pk):
    """One medicine: where it stands, its course, adherence and doses."""
    state = state_or_404(request, pk)
    doses = Paginator(queries.dose_history(state.prescription), DOSES_PER_PAGE)
    page = doses.get_page(request.GET.get("page"))
    logged = request.GET.get("logged", "")
    just_logged = next(
        (dose for dose in page.object_list if str(dose.pk) == logged), None
    )
    context = {
        "state": state,
        "prescription": state.prescription,
        "page": page,
        "just_logged": just_logged,
        "wait": wait_note(just_logged, state.prescription),
    }
    return render(request, "tracker/medicines_detail.html", context)


def wait_note(dose: Dose | None, prescription: Prescription):
    """Return until when to wait after a dose just taken of an oral
    bisphosphonate, or None."""
    medicine = prescription.medicine
    if dose is None or not dose.taken or medicine is None or not medicine.wait_minutes:
        return None
    if dose.day != timezone.localdate():
        return None  # a dose logged for another day asks for no wait now
    return medicines.wait_until(dose.taken_at, medicine.wait_minutes)


@login_required
def edit(request, pk):
    prescription = owned_or_404(
        Prescription.objects.select_related("medicine"), pk, request.user
    )
    form = PrescriptionForm(
        post_data(request),
        medicine=prescription.medicine,
        today=timezone.localdate(),
        instance=prescription,
        earliest_dose=queries.earliest_dose_day(prescription),
    )
    if request.method == "POST" and form.is_valid():
        services.update_prescription(
            request.user, prescription=prescription, **form.service_fields()
        )
        messages.success(request, "Your changes are saved.")
        return redirect("tracker:medicines_detail", prescription.pk)
    context = {
        "form": form,
        "medicine": prescription.medicine,
        "prescription": prescription,
    }
    return render(request, "tracker/medicines_prescription_form.html", context)


@login_required
def pause(request, pk):
    """Ask before pausing; a POST pauses (``action=pause``) or takes it up
    again (``action=resume``)."""
    prescription = owned_or_404(
        Prescription.objects.select_related("medicine", "medicine__stopping_source"),
        pk,
        request.user,
    )
    if prescription.is_stopped:
        return redirect("tracker:medicines_detail", prescription.pk)
    context = {"prescription": prescription, "medicine": prescription.medicine}
    if request.method != "POST":
        context["form"] = PauseForm()
        return render(request, "tracker/medicines_pause.html", context)
    today = timezone.localdate()
    action = request.POST.get("action")
    if action == "pause":
        form = PauseForm(request.POST)
        if not form.is_valid():
            context["form"] = form
            return render(request, "tracker/medicines_pause.html", context)
        if services.pause_prescription(
            request.user,
            prescription=prescription,
            today=today,
            submission=form.cleaned_data["submission"],
        ):
            messages.success(
                request,
                f"{prescription.name} is paused from today: no dose is due and no "
                "reminder is sent until you take it up again.",
            )
    elif action == "resume":
        if services.resume_prescription(
            request.user, prescription=prescription, today=today
        ):
            messages.success(
                request, f"{prescription.name} is taken up again from today."
            )
    else:
        messages.error(request, "Nothing changed. Press Pause or Take up again.")
    return redirect("tracker:medicines_detail", prescription.pk)


@login_required
def stop(request, pk):
    prescription = owned_or_404(
        Prescription.objects.select_related("medicine", "medicine__stopping_source"),
        pk,
        request.user,
    )
    if prescription.is_stopped:
        return redirect("tracker:medicines_detail", prescription.pk)
    form = StopForm(
        post_data(request), prescription=prescription, today=timezone.localdate()
    )
    if request.method == "POST" and form.is_valid():
        services.stop_prescription(
            request.user, prescription=prescription, **form.cleaned_data
        )
        messages.success(
            request,
            f"{prescription.name} is stopped on {format_day(prescription.stopped_on, 'long')}. "
            "Its doses stay in your history.",
        )
        return redirect("tracker:medicines_detail", prescription.pk)
    context = {
        "form": form,
        "prescription": prescription,
        "medicine": prescription.medicine,
    }
    return render(request, "tracker/medicines_stop.html", context)


@login_required
@require_POST
def restart(request, pk):
    prescription = owned_or_404(
        Prescription.objects.select_related("medicine"), pk, request.user
    )
    if prescription.is_stopped:
        services.restart_prescription(request.user, prescription=prescription)
        messages.success(
            request, f"{prescription.name} is one of your current medicines again."
        )
    return redirect("tracker:medicines_detail", prescription.pk)


@login_required
def delete(request, pk):
    prescription = owned_or_404(
        Prescription.objects.select_related("medicine"), pk, request.user
    )
    return confirm_delete(
        request,
        delete=lambda: services.delete_prescription(
            request.user, prescription=prescription
        ),
        done=f"{prescription.name} and its doses are deleted.",
        redirect_to=reverse("tracker:medicines"),
        heading=f"Delete {prescription.name}?",
        what=f"{prescription.name} and every dose logged for it will be deleted.",
        after="To keep its history, stop it instead. Deleting cannot be undone.",
        about_a_medicine=True,
        cancel_url=reverse("tracker:medicines_detail", args=[prescription.pk]),
    )


@login_required
def log_dose(request, pk):
    """Log a dose: one tap for now (``quick=taken`` or ``quick=skipped``), or the
    form for another day and time."""
    if request.method == "POST" and request.POST.get("quick") in ("taken", "skipped"):
        return log_dose_now(request, pk)
    prescription = owned_or_404(
        Prescription.objects.select_related("medicine"), pk, request.user
    )
    if prescription.is_stopped:
        messages.error(
            request, f"{prescription.name} is stopped: take it up again first."
        )
        return redirect(detail_url(prescription))
    now = timezone.now()
    form = DoseForm(post_data(request), prescription=prescription, now=now)
    if request.method == "POST" and form.is_valid():
        dose, saved = services.log_dose(
            request.user, prescription=prescription, **form.service_fields()
        )
        say_logged(request, prescription, dose, saved)
        return redirect(detail_url(prescription, dose))
    context = {"form": form, "prescription": prescription}
    return render(request, "tracker/medicines_dose_form.html", context)


def log_dose_now(request, pk):
    """The one-tap dose, taken or skipped now: only while a dose now counts for
    the next date, as the buttons show; a second tap is the same dose."""
    state = state_or_404(request, pk)
    prescription, status = state.prescription, state.status
    form = QuickDoseForm(request.POST)
    # Only its token can be wrong: ``log_dose`` checked the button.
    if not form.is_valid():
        messages.error(request, OUT_OF_DATE)
        return redirect(detail_url(prescription))
    taken = form.taken
    now = timezone.now()
    if status.stage in (medicines.STOPPED, medicines.PAUSED, medicines.ENDED):
        messages.error(
            request,
            f"Nothing was logged: {prescription.name} is {status.words.lower()}.",
        )
        return redirect(detail_url(prescription))
    if not status.open_now and not queries.latest_dose_since(
        prescription,
        taken=taken,
        day=timezone.localdate(now),
        since=now - services.DOUBLE_TAP_WINDOW,
    ):
        messages.error(
            request,
            f"Nothing was logged: the next dose of {prescription.name} is due on "
            f"{format_day(status.due, 'long')}. For a dose taken on another day, "
            "use “Another day or time”.",
        )
        return redirect(detail_url(prescription))
    dose, saved = services.log_dose(
        request.user,
        prescription=prescription,
        taken=taken,
        taken_at=now,
        zone=timezone.get_current_timezone(),
        submission=form.cleaned_data["submission"],
    )
    say_logged(request, prescription, dose, saved)
    return redirect(detail_url(prescription, dose))


def detail_url(prescription, dose=None) -> str:
    url = reverse("tracker:medicines_detail", args=[prescription.pk])
    return f"{url}?logged={dose.pk}#logged" if dose else url


def say_logged(request, prescription, dose, saved):
    what = dose_words(prescription, dose)
    if saved:
        messages.success(request, f"Logged: {what}.")
    else:
        messages.info(
            request, f"This was already logged a moment ago: {what}. It counts once."
        )


def dose_words(prescription, dose) -> str:
    day = format_day(dose.day, "long")
    if not dose.taken:
        return f"{prescription.name} skipped on {day}"
    if prescription.is_clinic:
        return f"{prescription.name} given on {day}"
    if not dose.time_known:
        return f"{prescription.name} taken on {day}"
    return f"{prescription.name} taken on {day} at {format_clock(timezone.localtime(dose.taken_at))}"


@login_required
def dose_edit(request, pk):
    dose = owned_or_404(
        Dose.objects.select_related("prescription__medicine"), pk, request.user
    )
    prescription = dose.prescription
    local = timezone.localtime(dose.taken_at)
    initial = {
        "status": "taken" if dose.taken else "skipped",
        "day": dose.day,
        "time": local.time().replace(second=0, microsecond=0)
        if dose.time_known
        else None,
        "note": dose.note,
    }
    form = DoseForm(
        post_data(request),
        prescription=prescription,
        now=timezone.now(),
        initial=initial,
        instance=dose,
    )
    if request.method == "POST" and form.is_valid():
        services.update_dose(request.user, dose=dose, **form.service_fields())
        messages.success(request, f"Changed: {dose_words(prescription, dose)}.")
        return redirect(detail_url(prescription))
    context = {"form": form, "prescription": prescription, "dose": dose}
    return render(request, "tracker/medicines_dose_form.html", context)


@login_required
def dose_delete(request, pk):
    dose = owned_or_404(
        Dose.objects.select_related("prescription__medicine"), pk, request.user
    )
    prescription = dose.prescription
    return confirm_delete(
        request,
        delete=lambda: services.delete_dose(request.user, dose=dose),
        done=f"Deleted: {dose_words(prescription, dose)}.",
        redirect_to=detail_url(prescription),
        heading="Delete this dose?",
        what=f"{dose_words(prescription, dose)}.",
        after="Its due date will count as not taken.",
        about_a_medicine=True,
        cancel_url=detail_url(prescription),
    )


@login_required
def calendar(request):
    """Make, change or revoke the private calendar address (``action=start``,
    ``names`` or ``revoke``)."""
    feed = queries.calendar_feed(request.user)
    form = CalendarFeedForm(
        post_data(request), initial={"shows_names": bool(feed and feed.shows_names)}
    )
    if request.method == "POST" and form.is_valid():
        action = request.POST.get("action")
        shows_names = form.cleaned_data["shows_names"]
        if action == "start":
            services.start_calendar_feed(request.user, shows_names=shows_names)
            messages.success(
                request,
                "Your calendar address is ready."
                if feed is None
                else "You have a new calendar address. The old one no longer works.",
            )
        elif action == "names" and feed is not None:
            services.set_calendar_names(
                request.user, feed=feed, shows_names=shows_names
            )
            messages.success(request, "Saved. Calendars update within a few hours.")
        elif action == "revoke" and feed is not None:
            services.revoke_calendar_feed(request.user)
            messages.success(
                request,
                "Your calendar address is turned off. Calendars get nothing more.",
            )
        return redirect("tracker:medicines_calendar")
    context = {"feed": feed, "form": form}
    if feed is not None:
        path = reverse("tracker:medicines_calendar_feed", args=[feed.token])
        context["feed_url"] = request.build_absolute_uri(path)
        context["webcal_url"] = "webcal://" + request.get_host() + path
    return render(request, "tracker/medicines_calendar.html", context)


def calendar_feed(request, token):
    """The feed itself: no login, the secret address is the key."""
    feed = queries.calendar_feed_by_token(token)
    if feed is None:
        raise Http404("No such calendar")
    zone = ZoneInfo(feed.user.profile.time_zone)
    now = timezone.now()
    today = medicines.local_day(now, zone)
    states = queries.medicine_states(feed.user, today)
    body = dose_calendar(
        states,
        shows_names=feed.shows_names,
        today=today,
        zone=zone,
        now=now,
        site=request.get_host().split(":")[0],
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="bone-medicines.ics"'
    response["Cache-Control"] = "private, max-age=900"
    return response


# Mail apps unsubscribe with a plain POST (RFC 8058 one-click) that carries no
# CSRF token; the signed token in the address is what authorises it, and it
# can do nothing but turn this one medicine's reminder emails off.
@csrf_exempt
def reminders_unsubscribe(request, token):
    """Stop one medicine's reminder emails from the link in one, without
    logging in: GET asks, POST stops them."""
    pk = medicine_reminders.prescription_id_from_token(token)
    prescription = None if pk is None else reminder_queries.prescription_by_id(pk)
    if prescription is None:
        raise Http404("This link to stop reminders is not valid")
    done = request.method == "POST"
    if done:
        services.stop_reminders(prescription)
    context = {"prescription": prescription, "done": done}
    return render(request, "tracker/medicines_reminders_stop.html", context)
