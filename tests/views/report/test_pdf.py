"""/report/pdf/: the same report as a tagged PDF, read back with pypdf."""

import io

import pytest
from pypdf import PdfReader

from tests.views.report.conftest import history
from tracker.models import ReportSettings


@pytest.fixture
def year_pdf(alice_client, alice, guidance):
    history(alice, 30)
    ReportSettings.objects.create(
        user=alice, period="12", questions="Should I have a spine X-ray?"
    )
    response = alice_client.get("/report/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="bone-health-report-2026-11-25.pdf"'
    )
    return PdfReader(io.BytesIO(response.content))


def text_of(reader):
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_pdf_reads_the_period_averages_and_latest_t_scores(year_pdf):
    text = text_of(year_pdf)
    assert "26 November 2025 to 25 November 2026 (365 days)" in text
    assert "Average a day over the 30 days logged, of 365 in the period" in text
    assert "Calcium 299 mg 600 mg 899 mg 1,200 mg 2,000 mg" in text
    assert "Vitamin D 115 IU 800 IU 915 IU" in text
    assert "Lumbar spine (L1–L4) 0.860 −2.0" in text
    assert "Femoral neck, left 0.610 −2.6" in text
    assert "in the osteoporosis range" in text
    assert "Alendronate" in text
    assert "Should I have a spine X-ray?" in text
    # Every page says who reported it, and its number.
    assert "Page 1 of" in text
    assert text.count("Reported by the user: not a medical record") == len(
        year_pdf.pages
    )


def test_the_pdf_is_tagged_with_its_language_and_title(year_pdf):
    root = year_pdf.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert year_pdf.metadata.title == (
        "Bone health report of alice, 26 November 2025 to 25 November 2026"
    )
    tags = set()

    def walk(node):
        node = node.get_object()
        if "/S" in node:
            tags.add(str(node["/S"]))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids]:
            if kid is not None and hasattr(kid.get_object(), "keys"):
                walk(kid)

    walk(root["/StructTreeRoot"])
    assert {"/Document", "/H1", "/H2", "/Table", "/TH", "/TD", "/Figure"} <= tags
    assert b"pdfuaid" in root["/Metadata"].get_object().get_data()


def test_the_pdf_of_an_empty_period(alice_client, alice):
    response = alice_client.get("/report/pdf/")
    text = text_of(PdfReader(io.BytesIO(response.content)))
    assert "26 August 2026 to 25 November 2026 (92 days)" in text
    assert "over the 0 days logged" in text
