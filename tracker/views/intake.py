"""The calcium and vitamin D diary: a day, a week, quick estimates and own items."""

import re
from datetime import date, timedelta
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from ..domain import intake
from ..domain.weeks import Week, in_range, previous_day, week_nav
from ..forms.dates import past_day
from ..forms.intake import (
    GONE,
    STAR_AGAIN,
    CopyDayForm,
    DayPickerForm,
    EntryEditForm,
    EntryForm,
    EstimateForm,
    FavouriteForm,
    OwnFoodForm,
    OwnSupplementForm,
)
from ..models import Food, IntakeEntry, Supplement
from ..queries import guidance
from ..queries import intake as queries
from ..queries import medicines as medicine_queries
from ..services import intake as services
from .common import (
    confirm_delete,
    is_htmx,
    owned_or_404,
    post_data,
    started_or_404,
    urls_for,
)

SEARCH_MAX_LENGTH = 100
NAME_MAX_LENGTH = Food._meta.get_field("name").max_length
# Forms on the day page post to "...#add-heading", so a page with errors opens at
# them; a redirect with its own fragment opens at the top, where messages are.
TOP = "#main"
OWN_ITEMS_PER_PAGE = 20


def day_url(day, **query):
    url = reverse("tracker:intake_day", kwargs={"day": day})
    return f"{url}?{urlencode(query)}" if query else url


def add_url(day, q=""):
    """Return where the day's add forms post, built once for the page's many
    forms. It carries the search, so that without JavaScript the answer goes
    back to the same results."""
    url = reverse("tracker:intake_add", args=[day])
    return f"{url}?{urlencode({'q': q})}" if q else url


def search_text(request):
    # A NUL, which PostgreSQL refuses, never gets here (InputHygieneMiddleware).
    text = request.GET.get("q", "")
    return " ".join(text.split())[:SEARCH_MAX_LENGTH]


def return_day(request):
    """Return the valid, non-future ``day`` a form came from, or None."""
    text = request.GET.get("day") or request.POST.get("day", "")
    return past_day(text, timezone.localdate())


def day_context(request, day, *, entry_form=None, picker=None, failed_form=None):
    """Return everything the day page shows (10 queries, 8 with the guidance
    cached; a search adds 2, or up to 5 when it corrects a misspelling or
    finds nothing)."""
    user = request.user
    today = timezone.localdate()
    q = search_text(request)
    foods, supplements, more = queries.search(user, q, today)
    suggestions = queries.suggestions(q) if q and not (foods or supplements) else []
    state = day_state(request, day)
    return {
        **state,
        "day_url": day_url(day),
        "morning_notes": medicine_queries.morning_notes(user, day),
        "next_day": day + timedelta(days=1) if day < today else None,
        # A week that has not started has no page.
        "week": Week.of(day) if Week.of(day) <= Week.of(today) else None,
        "q": q,
        "foods": foods,
        "supplements": supplements,
        "more": more,
        "suggestions": suggestions,
        "picker": picker or DayPickerForm(initial={"day": day}, today=today),
        "entry_form": entry_form,
        "failed_form": failed_form or entry_form,
        "just_added": just_added(state["entries"], request.GET.get("added", "")),
        # Listed on the page only without JavaScript, when asked for; htmx
        # loads them from ``supplement_choices`` when the section is opened.
        "supplement_choices": queries.supplement_choices(user)
        if request.GET.get("supplements") == "all"
        else None,
    }


def day_state(request, day):
    """Return the parts of the day page that an add or an undo changes: the
    totals, the entries and the one-tap lists (6 queries, 4 with the guidance
    cached)."""
    user, unit = request.user, request.profile.vitamin_d_unit
    today = timezone.localdate()
    before = previous_day(day)
    by_day = queries.entries_by_day(user, [day, before] if before else [day])
    entries = by_day[day]
    estimate = queries.estimate_on(user, day)
    totals = intake.day_totals(
        queries.amounts_of(entries), queries.estimate_values(estimate)
    )
    targets = guidance.personal_targets(request.profile, day)
    report = intake.day_report(
        totals, targets, unit, queries.doses_of(entries), queries.dose_citation()
    )
    servings = intake.servings_on_day(entries)
    favourites = queries.favourites(user)
    is_today = day == today
    return {
        "day": day,
        "day_iso": day.isoformat(),
        "add_url": add_url(day, search_text(request)),
        "today": today,
        "can_log": day <= today,
        "previous_day": before,
        "entries": entries,
        "entry_rows": entry_rows(entries),
        "estimate": estimate,
        "report": report,
        "targets": targets,
        "target_sources": intake.target_citations(targets),
        "unit": unit,
        "favourites": favourites,
        "favourite_items": with_servings(favourites.items, servings, is_today),
        "recent": with_servings(queries.recent_items(user, today), servings, is_today),
        "copy_plan": before and intake.plan_copy(by_day[before], entries),
    }


def entry_rows(entries):
    """Return each entry with the URLs of its edit and delete pages."""
    pks = [entry.pk for entry in entries]
    return list(
        zip(
            entries,
            urls_for("tracker:intake_entry_edit", pks),
            urls_for("tracker:intake_entry_delete", pks),
            strict=True,
        )
    )


def with_servings(items, servings, is_today):
    """Pair each one-tap item with how much of it is on the day already ("" if
    none), so that "+" never adds a second helping unawares."""
    rows = []
    for item in items:
        found = servings.get((item.kind, item.pk))
        rows.append((item, found and intake.on_day_text(found, is_today=is_today)))
    return rows


# How long after an add the page (reloaded, or after a redirect without
# JavaScript) still offers to undo it; later, Delete is the way.
UNDO_SHOWN_FOR = timedelta(minutes=10)


def just_added(entries, pk_text):
    """Return the entry ``?added=`` names among the day's, if it was logged in
    the last few minutes; else None. Only the user's own entries of the day can
    match, so another user's id shows nothing (and costs no query)."""
    if not pk_text.isdecimal():
        return None
    since = timezone.now() - UNDO_SHOWN_FOR
    pk = int(pk_text)
    return next((e for e in entries if e.pk == pk and e.created_at >= since), None)


@login_required
def today(request):
    """Go to today's page, or to the day picked with ``?day=``."""
    today = timezone.localdate()
    if "day" not in request.GET:
        return redirect("tracker:intake_day", day=today)
    picker = DayPickerForm(request.GET, today=today)
    if picker.is_valid():
        return redirect("tracker:intake_day", day=picker.cleaned_data["day"])
    context = day_context(request, today, picker=picker)
    return render(request, "tracker/intake_day.html", context)


@login_required
def day(request, day):
    return render(request, "tracker/intake_day.html", day_context(request, day))


def fragment_day(request) -> date:
    """Return the ``?day=`` a fragment of the day page is for, or today."""
    try:
        day = date.fromisoformat(request.GET.get("day", ""))
    except ValueError:
        day = timezone.localdate()
    if not in_range(day):  # as the <date:day> converter refuses it
        raise Http404("No diary for that day.")
    return day


@login_required
def search(request):
    """Return search results as a fragment for htmx; the day page works without it."""
    day = fragment_day(request)
    q = search_text(request)
    foods, supplements, more = queries.search(request.user, q, timezone.localdate())
    context = {
        "day": day,
        "day_iso": day.isoformat(),
        "day_url": day_url(day),
        "add_url": add_url(day, q),
        "can_log": day <= timezone.localdate(),
        "q": q,
        "foods": foods,
        "supplements": supplements,
        "more": more,
        "suggestions": queries.suggestions(q)
        if q and not (foods or supplements)
        else [],
        "unit": request.profile.vitamin_d_unit,
    }
    return render(request, "tracker/_intake_search.html", context)


@login_required
def supplement_choices(request):
    """Return every supplement the user may log, as a fragment for htmx, when
    the day page's "Choose a supplement" is opened."""
    day = fragment_day(request)
    context = {
        "day": day,
        "day_iso": day.isoformat(),
        "add_url": add_url(day),
        "can_log": day <= timezone.localdate(),
        "supplement_choices": queries.supplement_choices(request.user),
        "unit": request.profile.vitamin_d_unit,
    }
    return render(request, "tracker/_intake_supplement_choices.html", context)


@login_required
@require_POST
def add(request, day):
    """Log a food or supplement. With htmx the answer swaps the day's totals,
    lists and a note with Undo into the page, which stays where it was;
    without, it goes back to the day, to the same search, with the note."""
    form = EntryForm(
        request.POST, user=request.user, day=day, today=timezone.localdate()
    )
    if form.is_valid():
        entry = services.create_entry(
            request.user,
            day=day,
            loggable=form.cleaned_data["loggable"],
            amount=form.cleaned_data["amount"],
            unit=form.cleaned_data["unit"],
            submission=form.cleaned_data["submission"],
        )
        if is_htmx(request):
            return day_changed(request, day, just_added=entry)
        query = {"q": search_text(request), "added": entry.pk}
        return redirect(day_url(day, **{k: v for k, v in query.items() if v}) + TOP)
    if is_htmx(request):
        context = {"entry_form": form, "failed_form": form, "day": day}
        context.update(add_url=add_url(day), unit=request.profile.vitamin_d_unit)
        return render(request, "tracker/_intake_add_failed.html", context)
    context = day_context(request, day, entry_form=form)
    return render(request, "tracker/intake_day.html", context)


# The id of the add form that was sent (htmx's HX-Trigger header), so the
# answer can give that form a new one-time token; ids are written by
# _intake_loggable.html.
FORM_ID = re.compile(r"add-[a-z]+-[a-z]+-[0-9]+")


def day_changed(request, day, *, just_added=None, removed=None, gone=False):
    """Answer an add or an undo sent by htmx: the note (with Undo after an
    add) in place of the last one, and the totals, one-tap lists and entries
    swapped out of band (those of ``day_state``)."""
    trigger = request.headers.get("HX-Trigger", "")
    context = {
        **day_state(request, day),
        "just_added": just_added,
        "removed": removed,
        "gone": gone,
        "sent_form": trigger if FORM_ID.fullmatch(trigger) else "",
    }
    return render(request, "tracker/_intake_day_changed.html", context)


@login_required
@require_POST
def copy_previous(request, day):
    """Log again everything logged the day before, with today's values."""
    form = CopyDayForm(request.POST, day=day, today=timezone.localdate())
    if not form.is_valid():
        context = day_context(request, day, failed_form=form)
        return render(request, "tracker/intake_day.html", context)
    copied, plan = services.copy_day(request.user, day=day)
    messages.success(request, copied_message(len(copied), plan))
    return redirect(day_url(day) + TOP)


def copied_message(count, plan):
    def was(n):
        return "was" if n == 1 else "were"

    message = f"Copied {count} item{pluralize(count)}." if count else "Nothing copied."
    if plan.already:
        message += f" {plan.already} {was(plan.already)} already on this day."
    if plan.gone:
        message += f" {plan.gone} no longer in the list {was(plan.gone)} left out."
    return message


@login_required
def entry_edit(request, pk):
    entry = owned_or_404(IntakeEntry, pk, request.user)
    form = EntryEditForm(post_data(request), instance=entry)
    if request.method == "POST" and form.is_valid():
        entry = services.update_entry(
            request.user,
            entry=entry,
            amount=form.cleaned_data["amount"],
            unit=form.cleaned_data["unit"],
        )
        messages.success(request, f"Changed to {entry.portion_text} of {entry.name}.")
        return redirect("tracker:intake_day", day=entry.day)
    return render(
        request, "tracker/intake_entry_edit.html", {"form": form, "entry": entry}
    )


@login_required
def entry_delete(request, pk):
    """Ask before deleting an entry; a POST deletes it. The diary's Undo after
    an add is this POST, with the day: sent twice (a double tap), or for an
    entry that is not the user's, it deletes nothing and says the entry is not
    there, the same in both cases."""
    entry = IntakeEntry.objects.filter(pk=pk, user=request.user).first()
    back_to = return_day(request) if request.method == "POST" else None
    if entry is None:
        if back_to is None:
            raise Http404("No such entry.")
        if is_htmx(request):
            return day_changed(request, back_to, gone=True)
        messages.info(request, ALREADY_REMOVED)
        return redirect(day_url(back_to) + TOP)
    if is_htmx(request) and request.method == "POST":
        services.delete_entry(request.user, entry=entry)
        return day_changed(request, entry.day, removed=entry)
    return confirm_delete(
        request,
        delete=lambda: services.delete_entry(request.user, entry=entry),
        done=f"Deleted {entry.portion_text} of {entry.name}.",
        redirect_to=day_url(entry.day),
        heading="Delete this entry?",
        what=f"{entry.portion_text} of {entry.name}, logged on",
        day=entry.day,
        cancel_url=day_url(entry.day),
    )


ALREADY_REMOVED = "That entry is not in your diary: it was removed already."


@login_required
@require_POST
def favourite(request):
    """Star an item, or remove its star, then go back to the day."""
    form = FavouriteForm(request.POST, user=request.user)
    if form.is_valid():
        loggable = form.cleaned_data["loggable"]
        starred = services.set_favourite(
            request.user, loggable=loggable, starred=form.cleaned_data["starred"]
        )
        name = loggable.name
        messages.success(
            request,
            f"{name} is in your favourites."
            if starred
            else f"{name} is no longer a favourite.",
        )
    else:
        messages.error(request, STAR_AGAIN if "starred" in form.errors else GONE)
    return redirect(day_url(return_day(request) or timezone.localdate()))


@login_required
def estimate(request, day):
    today = timezone.localdate()
    existing = queries.estimate_on(request.user, day)
    settings = queries.estimate_settings()
    baseline = settings.other_foods_calcium_mg
    earlier = existing or queries.latest_estimate_before(request.user, day)
    lines = queries.estimate_lines()
    form = EstimateForm(
        post_data(request),
        initial=earlier.servings if earlier else {},
        day=day,
        today=today,
        lines=lines,
    )
    if request.method == "POST" and form.is_valid():
        services.save_estimate(
            request.user,
            day=day,
            lines=lines,
            servings=form.cleaned_data,
            baseline_calcium_mg=baseline,
        )
        messages.success(request, "Your quick estimate is saved.")
        return redirect("tracker:intake_day", day=day)
    context = {
        "form": form,
        "day": day,
        "can_log": day <= today,
        "existing": existing,
        "settings": settings,
        "baseline": baseline,
    }
    return render(request, "tracker/intake_estimate.html", context)


@login_required
def estimate_delete(request, day):
    estimate = queries.estimate_on(request.user, day)
    if estimate is None:
        raise Http404("No estimate on that day.")
    return confirm_delete(
        request,
        delete=lambda: services.delete_estimate(request.user, estimate=estimate),
        done="The quick estimate is removed. This day now counts your diary.",
        redirect_to=day_url(day),
        heading="Remove the quick estimate?",
        what="The quick estimate for",
        day=day,
        after="Your diary entries for the day will count instead.",
        cancel_url=day_url(day),
        button="Yes, remove it",
    )


# --- A week -----------------------------------------------------------------


@login_required
def week(request, week):
    today = timezone.localdate()
    started_or_404(week, today)
    unit = request.profile.vitamin_d_unit
    summary = intake.intake_week(
        week.days, queries.daily_totals(request.user, week.monday, week.sunday), today
    )
    targets = guidance.personal_targets(request.profile, min(week.sunday, today))
    averaged = summary.average_calcium_mg is not None
    context = {
        "week": week,
        "summary": summary,
        "targets": targets,
        "unit": unit,
        "calcium": averaged
        and intake.calcium_progress(summary.average_calcium_mg, targets.calcium),
        "vitamin_d": averaged
        and intake.vitamin_d_progress(
            summary.average_vitamin_d_iu, targets.vitamin_d, unit
        ),
        "nav": week_nav(week, today),
        "this_week": Week.of(today),
        "today": today,
    }
    return render(request, "tracker/intake_week.html", context)


# --- Own foods and supplements ----------------------------------------------


def own_items_page(request, kind):
    rows = (
        queries.own_foods(request.user)
        if kind == "food"
        else (queries.own_supplements(request.user))
    )
    page = Paginator(rows, OWN_ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"page": page, "kind": kind, "unit": request.profile.vitamin_d_unit}
    return render(request, "tracker/intake_own_items.html", context)


@login_required
def own_foods(request):
    return own_items_page(request, "food")


@login_required
def own_supplements(request):
    return own_items_page(request, "supplement")


def own_item_form(request, form_class, instance, list_url):
    """Add or edit an own food or supplement; after adding, offer to log it."""
    adding = instance.pk is None
    # A search that found nothing links here with what was typed as ``?name=``.
    name = " ".join(request.GET.get("name", "").split())[:NAME_MAX_LENGTH]
    form = form_class(
        post_data(request),
        instance=instance,
        unit=request.profile.vitamin_d_unit,
        initial={"name": name} if adding and name else None,
    )
    if request.method == "POST" and form.is_valid():
        existing = None if adding else instance
        if isinstance(instance, Food):
            item = services.save_own_food(
                request.user, food=existing, **form.cleaned_data
            )
        else:
            item = services.save_own_supplement(
                request.user, supplement=existing, **form.cleaned_data
            )
        messages.success(request, f"Saved {item.name}.")
        back_to = return_day(request)
        if back_to and adding:
            return redirect(day_url(back_to, q=item.name))
        return redirect(list_url)
    context = {
        "form": form,
        "is_food": form_class is OwnFoodForm,
        "adding": adding,
        "day": return_day(request),
        "list_url": list_url,
    }
    return render(request, "tracker/intake_own_item_form.html", context)


@login_required
def own_food_add(request):
    return own_item_form(
        request, OwnFoodForm, Food(), reverse("tracker:intake_own_foods")
    )


@login_required
def own_food_edit(request, pk):
    food = owned_or_404(Food, pk, request.user, owner_field="owner")
    return own_item_form(
        request, OwnFoodForm, food, reverse("tracker:intake_own_foods")
    )


@login_required
def own_supplement_add(request):
    list_url = reverse("tracker:intake_own_supplements")
    return own_item_form(request, OwnSupplementForm, Supplement(), list_url)


@login_required
def own_supplement_edit(request, pk):
    supplement = owned_or_404(Supplement, pk, request.user, owner_field="owner")
    list_url = reverse("tracker:intake_own_supplements")
    return own_item_form(request, OwnSupplementForm, supplement, list_url)


def own_item_delete(request, item, list_url):
    return confirm_delete(
        request,
        delete=lambda: services.delete_own_item(request.user, item=item),
        done=f"Deleted {item.name}. Days you logged it keep it.",
        redirect_to=list_url,
        heading=f"Delete {item.name}?",
        what=f"{item.name} will no longer be offered when you log.",
        after="Days you already logged it on keep it, with its values.",
        cancel_url=list_url,
    )


@login_required
def own_food_delete(request, pk):
    food = owned_or_404(Food, pk, request.user, owner_field="owner")
    return own_item_delete(request, food, reverse("tracker:intake_own_foods"))


@login_required
def own_supplement_delete(request, pk):
    supplement = owned_or_404(Supplement, pk, request.user, owner_field="owner")
    return own_item_delete(
        request, supplement, reverse("tracker:intake_own_supplements")
    )
