"""The report for a clinician: choices, a print view and a tagged PDF from the
same template."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone

from ..domain import bones
from ..forms.report import ReportForm
from ..queries import report as queries
from ..services import report as services
from .common import post_data

NEXT_STEPS = {"print": "tracker:report_print", "pdf": "tracker:report_pdf"}


@login_required
def choose(request):
    """Choose the period, sections and questions; they are remembered."""
    settings = queries.report_settings(request.user)
    form = ReportForm(post_data(request), settings=settings)
    if request.method == "POST" and form.is_valid():
        services.save_report_settings(request.user, **form.choices())
        then = request.POST.get("then")
        if then in NEXT_STEPS:
            return redirect(NEXT_STEPS[then])
        messages.success(request, "Your choices are saved.")
        return redirect("tracker:report")
    return render(request, "tracker/report_choose.html", {"form": form})


def report_context(request, *, pdf: bool) -> dict:
    settings = queries.report_settings(request.user)
    found = queries.build_report(
        request.user, request.profile, settings, timezone.localdate()
    )
    return {
        "report": found,
        "pdf": pdf,
        "unit": request.profile.vitamin_d_unit,
        "diagnosis_note": bones.DIAGNOSIS_NOTE,
    }


@login_required
def print_view(request):
    """The report as a page to print: no menu, black on white, 12 pt or more."""
    return render(request, "tracker/report.html", report_context(request, pdf=False))


def render_pdf(html: str) -> bytes:
    """Make a tagged PDF (PDF/UA-1) from the report's HTML, offline: it may
    load nothing but data: addresses, and its stylesheet is read from disk."""
    from weasyprint import CSS, HTML
    from weasyprint.urls import URLFetcher

    offline = URLFetcher(allowed_protocols={"data"})
    with open(finders.find("css/report.css"), encoding="utf-8") as css:
        stylesheet = CSS(string=css.read(), url_fetcher=offline)
    return HTML(string=html, url_fetcher=offline).write_pdf(
        stylesheets=[stylesheet], pdf_variant="pdf/ua-1"
    )


@login_required
def pdf(request):
    """The same report as a tagged PDF to download."""
    context = report_context(request, pdf=True)
    content = render_pdf(
        render_to_string("tracker/report.html", context, request=request)
    )
    response = HttpResponse(content, content_type="application/pdf")
    name = f"bone-health-report-{context['report'].today.isoformat()}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
