"""The bone record's cited defaults: seeded from docs/bone-facts.md §8, kept to
one row, and an admin's change shows on the pages at once."""

from datetime import date
from pathlib import Path

from tests.helpers import add_scan
from tracker.models import BoneSettings
from tracker.seed.bones import SETTINGS, SOURCE_FIELDS

ROOT = Path(__file__).resolve().parents[1]


def test_the_seeded_row_cites_a_source_for_every_default(guidance):
    settings = BoneSettings.objects.get()
    assert settings.lsc_spine_percent == 5
    assert (settings.historical_height_loss_cm, settings.measured_height_loss_cm) == (
        4,
        2,
    )
    assert (settings.scan_after_change_months, settings.scan_stable_months) == (12, 24)
    for name in SOURCE_FIELDS:
        assert getattr(settings, name).key == SETTINGS[name]
        assert getattr(settings, f"{name}_detail")
    assert settings.frax_source.url == "https://frax.shef.ac.uk/FRAX/"


def test_the_bone_facts_file_names_every_default():
    facts = (ROOT / "docs/bone-facts.md").read_text(encoding="utf-8")
    section = facts[facts.index("## 8. Bone density") :]
    for text in ("3–5%", "≥ 4 cm", "≥ 2 cm", "1–2 years", "every ~2 years"):
        assert text in section


def test_the_admin_changes_a_default_lsc_and_the_page_follows(
    admin_client, alice_client, alice, guidance
):
    add_scan(alice, date(2024, 2, 1), {"spine": {"bmd": "0.900"}})
    add_scan(alice, date(2026, 2, 1), {"spine": {"bmd": "0.870"}})
    assert (
        "(−3.3 %). Within measurement error" in alice_client.get("/bones/scans/").text
    )
    settings = BoneSettings.objects.get()
    page = admin_client.get("/admin/tracker/bonesettings/1/change/").content.decode()
    assert "Default least significant change (LSC)" in page
    data = {
        name: getattr(settings, name)
        for name in (
            "lsc_total_hip_percent",
            "lsc_femoral_neck_percent",
            "lsc_radius_percent",
            "historical_height_loss_cm",
            "measured_height_loss_cm",
            "scan_after_change_months",
            "scan_stable_months",
        )
    }
    for name in SOURCE_FIELDS:
        data[name] = getattr(settings, f"{name}_id")
        data[f"{name}_detail"] = ""
    data["lsc_spine_percent"] = "3.0"
    response = admin_client.post("/admin/tracker/bonesettings/1/change/", data)
    assert response.status_code == 302
    page = alice_client.get("/bones/scans/").text
    assert "(−3.3 %). A real loss" in page
    assert "Least significant change: 3.0 %, assumed." in page
