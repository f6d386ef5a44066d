"""Who may open the bone record's pages, and whose rows they show."""

from datetime import date

import pytest
from django.urls import reverse

from tests.helpers import add_fracture, add_height, add_scan, scan_post, sent_once
from tracker.models import BoneScan, Fracture, FraxResult, HeightMeasurement

LOGIN_REQUIRED = [
    "/bones/scans/",
    "/bones/scans/new/",
    "/bones/scans/1/edit/",
    "/bones/scans/1/delete/",
    "/bones/height/",
    "/bones/height/settings/",
    "/bones/height/1/delete/",
    "/bones/fractures/",
    "/bones/fractures/new/",
    "/bones/fractures/1/edit/",
    "/bones/fractures/1/delete/",
    "/bones/fractures/spine-setting/",
    "/bones/frax/",
    "/bones/frax/1/delete/",
]


@pytest.mark.parametrize("path", LOGIN_REQUIRED)
def test_every_page_asks_an_anonymous_visitor_to_log_in(client, db, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def bobs_rows(bob):
    scan = add_scan(bob, date(2026, 1, 5), {"spine": {"bmd": "0.900"}})
    height = add_height(bob, date(2026, 1, 5), "170")
    fracture = add_fracture(bob, 2020)
    frax = FraxResult.objects.create(user=bob, day=date(2026, 1, 5), hip_percent=3)
    return {"scans": scan, "height": height, "fractures": fracture, "frax": frax}


@pytest.mark.parametrize(
    "path",
    [
        "/bones/scans/{scans}/edit/",
        "/bones/scans/{scans}/delete/",
        "/bones/height/{height}/delete/",
        "/bones/fractures/{fractures}/edit/",
        "/bones/fractures/{fractures}/delete/",
        "/bones/frax/{frax}/delete/",
    ],
)
def test_another_users_rows_are_not_found(alice_client, bob, path):
    rows = bobs_rows(bob)
    url = path.format(**{name: row.pk for name, row in rows.items()})
    assert alice_client.get(url).status_code == 404
    data = {**scan_post(), "year": "2020", "bone": "hip", "from_low_fall": "no"}
    assert alice_client.post(url, data).status_code == 404
    assert BoneScan.objects.get().facility == "City Hospital"
    assert HeightMeasurement.objects.count() == 1
    assert Fracture.objects.get().bone == "wrist"
    assert FraxResult.objects.count() == 1


def test_a_fall_of_another_user_is_not_offered(alice_client, bob):
    from tracker.models import Fall

    fall = Fall.objects.create(user=bob, day=date(2026, 3, 1), place="roof", hurt=True)
    page = alice_client.get(f"/bones/fractures/new/?fall={fall.pk}").text
    assert "roof" not in page
    data = {"year": "2026", "bone": "hip", "from_low_fall": "yes", "fall": fall.pk}
    response = alice_client.post("/bones/fractures/new/", sent_once(data))
    assert "Choose one of the options shown." in response.text
    assert not Fracture.objects.exists()
