"""The bone record: DXA scans, height, fractures and FRAX."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from ..domain import bones, targets
from ..domain.dates import format_day
from ..forms.bones import (
    FractureForm,
    FraxResultForm,
    HeightForm,
    HeightSettingsForm,
    measured_sites,
    scan_forms,
    valid_scan,
)
from ..models import BoneScan, Fracture, FraxResult, HeightMeasurement
from ..queries import bones as queries
from ..services import bones as services
from .common import confirm_delete, owned_or_404, post_data


@login_required
def scans(request):
    """Every scan, the latest one's change by site and in plain words, and
    when a next scan may be worth discussing."""
    record = queries.scan_record(request.user, request.profile)
    context = {
        "record": record,
        "settings": record.settings,
        "diagnosis_note": bones.DIAGNOSIS_NOTE,
    }
    return render(request, "tracker/bones_scans.html", context)


def scan_form_page(request, scan: BoneScan):
    scan_form, site_forms = scan_forms(post_data(request), scan)
    if request.method == "POST" and valid_scan(scan_form, site_forms):
        fields = scan_form.cleaned_data
        sites = measured_sites(site_forms)
        if scan.pk:
            services.update_scan(request.user, scan=scan, sites=sites, **fields)
            messages.success(request, "Your changes are saved.")
        else:
            services.log_scan(request.user, sites=sites, **fields)
            messages.success(
                request, f"Your scan of {format_day(fields['day'])} is saved."
            )
        return redirect("tracker:bones_scans")
    context = {
        "form": scan_form,
        "site_forms": site_forms,
        "scan": scan if scan.pk else None,
    }
    return render(request, "tracker/bones_scan_form.html", context)


@login_required
def scan_new(request):
    return scan_form_page(request, BoneScan(user=request.user))


@login_required
def scan_edit(request, pk):
    scan = queries.owned_scan(request.user, pk)
    if scan is None:
        raise Http404("No such scan")
    return scan_form_page(request, scan)


@login_required
def scan_delete(request, pk):
    scan = owned_or_404(BoneScan, pk, request.user)
    back = reverse("tracker:bones_scans")
    return confirm_delete(
        request,
        delete=lambda: services.delete_scan(request.user, scan=scan),
        done=f"The scan of {format_day(scan.day)} is deleted.",
        redirect_to=back,
        heading="Delete this scan?",
        what=f"Your scan at {scan.facility} on",
        day=scan.day,
        after="Its results at every site go with it. This cannot be undone.",
        cancel_url=back,
    )


@login_required
def height(request):
    """Heights with dates, the losses, and a form to add one."""
    record = queries.height_record(request.user)
    form = HeightForm(post_data(request), user=request.user, unit=record.unit)
    if request.method == "POST" and form.is_valid():
        measurement = services.log_height(request.user, **form.measurement())
        messages.success(
            request,
            f"Your height of {bones.height_words(measurement.cm, record.unit)} on "
            f"{format_day(measurement.day)} is saved.",
        )
        return redirect("tracker:bones_height")
    context = {"record": record, "form": form, "settings": record.settings}
    return render(request, "tracker/bones_height.html", context)


@login_required
def height_settings(request):
    profile = queries.height_profile(request.user)
    form = HeightSettingsForm(post_data(request), profile=profile)
    if request.method == "POST" and form.is_valid():
        services.save_height_profile(request.user, **form.settings())
        messages.success(request, "Your height settings are saved.")
        return redirect("tracker:bones_height")
    return render(request, "tracker/bones_height_settings.html", {"form": form})


@login_required
def height_delete(request, pk):
    measurement = owned_or_404(HeightMeasurement, pk, request.user)
    back = reverse("tracker:bones_height")
    return confirm_delete(
        request,
        delete=lambda: services.delete_height(request.user, height=measurement),
        done=f"The height of {format_day(measurement.day)} is deleted.",
        redirect_to=back,
        heading="Delete this height?",
        what="Your height measured on",
        day=measurement.day,
        after="This cannot be undone.",
        cancel_url=back,
    )


@login_required
def fractures(request):
    """The fractures, and an offer to tick the profile's spine-fracture setting
    when a spine fracture is logged and the setting is off."""
    rows = queries.fractures(request.user)
    context = {
        "fractures": rows,
        "offer_spine_setting": not request.profile.had_spine_fracture
        and any(row.bone == Fracture.Bone.SPINE for row in rows),
        "settings": queries.bone_settings(),
    }
    return render(request, "tracker/bones_fractures.html", context)


def fracture_form_page(request, fracture: Fracture):
    form = FractureForm(post_data(request), instance=fracture, user=request.user)
    if request.method == "POST" and form.is_valid():
        if fracture.pk:
            services.update_fracture(
                request.user, fracture=fracture, **form.cleaned_data
            )
            messages.success(request, "Your changes are saved.")
        else:
            saved = services.log_fracture(request.user, **form.cleaned_data)
            messages.success(
                request,
                f"Your {saved.bone_words.lower()} fracture of {saved.when} is saved.",
            )
        return redirect("tracker:bones_fractures")
    context = {"form": form, "fracture": fracture if fracture.pk else None}
    return render(request, "tracker/bones_fracture_form.html", context)


@login_required
def fracture_new(request):
    fracture = Fracture(user=request.user)
    fall_id = request.GET.get("fall", "")
    if fall_id.isdigit() and fall_id.isascii():
        fall = queries.fall_for_fracture(request.user, int(fall_id))
        if fall:
            fracture.fall, fracture.year = fall, fall.day.year
            fracture.month = fall.day.month
    return fracture_form_page(request, fracture)


@login_required
def fracture_edit(request, pk):
    return fracture_form_page(request, owned_or_404(Fracture, pk, request.user))


@login_required
def fracture_delete(request, pk):
    fracture = owned_or_404(Fracture, pk, request.user)
    back = reverse("tracker:bones_fractures")
    return confirm_delete(
        request,
        delete=lambda: services.delete_fracture(request.user, fracture=fracture),
        done="The fracture is deleted.",
        redirect_to=back,
        heading="Delete this fracture?",
        what=f"{fracture.bone_words}, {fracture.when}.",
        after="This cannot be undone.",
        cancel_url=back,
    )


@login_required
@require_POST
def spine_setting(request):
    services.note_spine_fracture(request.user)
    messages.success(
        request,
        "Your profile now says you have had a spine fracture. The exercise pages "
        "suggest gentler choices where it matters.",
    )
    return redirect("tracker:bones_fractures")


@login_required
def frax(request):
    """The answers the FRAX calculator asks for, gathered to copy from, a link
    to it, and the results the user chose to store."""
    user, profile, today = request.user, request.profile, timezone.localdate()
    form = FraxResultForm(post_data(request), instance=FraxResult(user=user))
    if request.method == "POST" and form.is_valid():
        services.save_frax_result(user, **form.cleaned_data)
        messages.success(request, "Your FRAX result is saved.")
        return redirect("tracker:bones_frax")
    record = queries.scan_record(user, profile)
    heights = queries.height_record(user)
    fracture_rows = queries.fractures(user)
    neck = femoral_neck(record)
    context = {
        "form": form,
        "results": queries.frax_results(user),
        "settings": record.settings,
        "age": targets.age_on(
            today, birth_date=profile.birth_date, birth_year=profile.birth_year
        ),
        "sex": profile.get_sex_display() if profile.sex != "unspecified" else "",
        "height": heights.loss.latest,
        "unit": heights.unit,
        "fragility_fractures": [row for row in fracture_rows if row.is_fragility],
        "other_fractures": [row for row in fracture_rows if not row.is_fragility],
        "neck": neck,
    }
    return render(request, "tracker/bones_frax.html", context)


def femoral_neck(record: queries.ScanRecord):
    """The latest scan's lower femoral neck BMD, with the scan, or None."""
    for view in reversed(record.scans):
        values = [
            value
            for value in view.scan.sites
            if value.site in (bones.FEMORAL_NECK_LEFT, bones.FEMORAL_NECK_RIGHT)
            and value.bmd is not None
        ]
        if values:
            return {"value": min(values, key=lambda v: v.bmd), "scan": view.row}
    return None


@login_required
def frax_delete(request, pk):
    result = owned_or_404(FraxResult, pk, request.user)
    back = reverse("tracker:bones_frax")
    return confirm_delete(
        request,
        delete=lambda: services.delete_frax_result(request.user, result=result),
        done="The FRAX result is deleted.",
        redirect_to=back,
        heading="Delete this FRAX result?",
        what="Your FRAX result of",
        day=result.day,
        after="This cannot be undone.",
        cancel_url=back,
    )
