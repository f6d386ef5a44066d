"""A user's rows are fetched by id only through one helper, and only by their owner."""

import ast
from datetime import date
from pathlib import Path

import pytest
from django.forms.models import model_to_dict
from django.test import Client

from tests.helpers import log_intake, log_session
from tracker.models import ExerciseSession, Fall, Food, SelfCheck, Supplement

VIEWS = Path(__file__).resolve().parents[2] / "tracker" / "views"


def test_views_fetch_users_rows_only_through_owned_or_404():
    """No view filters get_object_or_404 by user or owner itself (style guide §6)."""
    offenders = []
    for path in VIEWS.glob("*.py"):
        if path.name == "ownership.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "get_object_or_404"
                and {keyword.arg for keyword in node.keywords} & {"user", "owner"}
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


@pytest.fixture
def bobs_rows(bob, guidance):
    """One row of each kind a URL names by id, all bob's."""
    food = Food.objects.create(
        owner=bob, name="Bob's shake", serving="1", calcium_mg=1, vitamin_d_iu=0
    )
    supplement = Supplement.objects.create(
        owner=bob, name="Bob's pill", dose="1", calcium_mg=1, vitamin_d_iu=0
    )
    entry = log_intake(bob, food, date(2026, 3, 3))
    session = log_session(bob, "brisk-walking", date(2026, 3, 3))
    check = SelfCheck.objects.create(
        user=bob, day=date(2026, 3, 3), score=1, max_score=14, threshold=4
    )
    fall = Fall.objects.create(user=bob, day=date(2026, 3, 3), place="hall", hurt=False)
    return {
        "food": food,
        "supplement": supplement,
        "entry": entry,
        "session": session,
        "check": check,
        "fall": fall,
    }


BY_ID = [
    ("/intake/entries/{entry}/edit/", "entry"),
    ("/intake/entries/{entry}/delete/", "entry"),
    ("/intake/my-foods/{food}/edit/", "food"),
    ("/intake/my-foods/{food}/delete/", "food"),
    ("/intake/my-supplements/{supplement}/edit/", "supplement"),
    ("/intake/my-supplements/{supplement}/delete/", "supplement"),
    ("/exercise/sessions/{session}/edit/", "session"),
    ("/exercise/sessions/{session}/delete/", "session"),
    ("/exercise/sessions/{session}/repeat/", "session"),
    ("/home-safety/self-check/{check}/", "check"),
    ("/home-safety/falls/{fall}/edit/", "fall"),
    ("/home-safety/falls/{fall}/delete/", "fall"),
]


@pytest.mark.parametrize(("url", "kind"), BY_ID)
@pytest.mark.parametrize("method", ["get", "post"])
def test_another_users_row_is_not_found_and_untouched(
    alice_client, bobs_rows, url, kind, method
):
    row = bobs_rows[kind]
    path = url.format(**{name: obj.pk for name, obj in bobs_rows.items()})
    before = model_to_dict(row)
    response = getattr(alice_client, method)(path, {"minutes": "1", "amount": "2"})
    if method == "get" and "repeat" in url:
        assert response.status_code == 405  # repeat is a POST only
    else:
        assert response.status_code == 404
    assert model_to_dict(type(row).objects.get(pk=row.pk)) == before
    assert ExerciseSession.objects.count() == 1  # nothing repeated


@pytest.mark.parametrize(("url", "kind"), BY_ID)
def test_each_address_opens_its_owners_row(bob, bobs_rows, url, kind):
    """The 404s above come from ownership, not from an address that is wrong."""
    client = Client()
    client.force_login(bob)
    path = url.format(**{name: obj.pk for name, obj in bobs_rows.items()})
    if "repeat" in url:
        response = client.post(path)
        assert response.status_code == 302
        assert ExerciseSession.objects.count() == 2  # repeated, for bob
    else:
        response = client.get(path)
        assert response.status_code == 200
        assert OWNERS_VIEW[url] in response.text


# What bob sees of his own row on each page.
OWNERS_VIEW = {
    "/intake/entries/{entry}/edit/": "<h1>Change Bob&#x27;s shake</h1>",
    "/intake/entries/{entry}/delete/": "1 of Bob&#x27;s shake, logged on",
    "/intake/my-foods/{food}/edit/": 'value="Bob&#x27;s shake"',
    "/intake/my-foods/{food}/delete/": "Delete Bob&#x27;s shake?",
    "/intake/my-supplements/{supplement}/edit/": 'value="Bob&#x27;s pill"',
    "/intake/my-supplements/{supplement}/delete/": "Delete Bob&#x27;s pill?",
    "/exercise/sessions/{session}/edit/": 'name="minutes" value="30"',
    "/exercise/sessions/{session}/delete/": "Brisk walking, 30 minutes, Tuesday 3 March",
    "/home-safety/self-check/{check}/": "<strong>1 out of 14</strong>",
    "/home-safety/falls/{fall}/edit/": 'value="hall"',
    "/home-safety/falls/{fall}/delete/": "3 March 2026: Fall, hall.",
}
