"""Your data: download everything, and import it back."""

import tempfile

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from ..forms.my_data import ImportForm
from ..portability import format, uploads
from ..portability.planning import plan_import
from ..portability.reading import LIMIT_MB, Unreadable, read_file
from ..queries import my_data as queries
from ..services import my_data as services
from .common import post_data


@login_required
def overview(request):
    return render(
        request,
        "tracker/my_data.html",
        {"kinds": format.KINDS, "limit_mb": LIMIT_MB},
    )


@login_required
def download(request):
    """The zip, built in a temporary file that closes with the response."""
    zone = timezone.get_current_timezone()
    target = tempfile.TemporaryFile()  # noqa: SIM115 (the response closes it)
    queries.write_export(request.user, target, zone=zone)
    target.seek(0)
    day = timezone.localdate()
    return FileResponse(
        target,
        as_attachment=True,
        filename=f"bone-health-data-{day.isoformat()}.zip",
        content_type="application/zip",
    )


@login_required
def import_upload(request):
    form = ImportForm(post_data(request), request.FILES or None)
    if request.method == "POST" and form.is_valid():
        uploads.keep_upload(request.session, request.user, form.cleaned_data["file"])
        return redirect("tracker:account_data_preview")
    return render(
        request, "tracker/my_data_import.html", {"form": form, "limit_mb": LIMIT_MB}
    )


@login_required
def import_preview(request):
    """What the kept file would add; on confirm, import it in one go."""
    path = uploads.kept_path(request.session, request.user)
    if path is None:
        messages.info(request, "Choose the file to import first.")
        return redirect("tracker:account_data_import")
    try:
        with path.open("rb") as source:
            document = read_file(source)
    except Unreadable as error:  # it was read on upload: only if the file changed
        uploads.discard_upload(request.session)
        messages.error(request, str(error))
        return redirect("tracker:account_data_import")
    if request.method == "POST":
        plan = services.import_data(request.user, document=document)
        if plan.ok:
            uploads.discard_upload(request.session)
            messages.success(request, imported_message(plan))
            return redirect("tracker:account_data")
    else:
        plan = plan_import(request.user, document)
    return render(
        request,
        "tracker/my_data_preview.html",
        {"plan": plan, "file_name": uploads.kept_name(request.session)},
    )


@login_required
@require_POST
def import_cancel(request):
    uploads.discard_upload(request.session)
    messages.info(request, "Nothing was imported. The file is removed.")
    return redirect("tracker:account_data")


def imported_message(plan) -> str:
    added = plan.adding
    skipped = plan.skipping
    text = f"Imported {added} record{'' if added == 1 else 's'}."
    if plan.profile_changes:
        text += " Your profile is updated."
    if skipped:
        text += f" {skipped} you already had {'was' if skipped == 1 else 'were'} left as they were."
    return text
