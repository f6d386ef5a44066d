"""Every form that adds a row saves once, however often it is sent.

Each such form carries a one-time token (``templates/_submission.html``): the
same form sent twice, one after the other or at the same moment, saves one row
and answers the second like the first; a form without a valid token saves
nothing and says so.
"""

import re
from dataclasses import dataclass
from datetime import date

import pytest
import time_machine
from django.contrib.messages import get_messages
from django.db.models import QuerySet
from django.test import Client
from django.urls import reverse

from tests.helpers import (
    COMBINATION,
    NOW,
    SKIM,
    TODAY,
    YESTERDAY,
    add_medicine,
    at_once,
    catalogue_food,
    catalogue_supplement,
    exercise_type,
    log_intake,
    scan_post,
    skip_on_sqlite_memory,
)
from tracker.forms.common import RESEND
from tracker.models import (
    BoneScan,
    Dose,
    ExerciseSession,
    Fall,
    Food,
    Fracture,
    FraxResult,
    HeightMeasurement,
    IntakeEntry,
    Prescription,
    PrescriptionPause,
    SelfCheck,
    SelfCheckStatement,
    SubmissionClaim,
    Supplement,
)
from tracker.views.medicines import OUT_OF_DATE

TOKEN = re.compile(r'name="submission" value="([0-9a-f-]{36})"')


@dataclass
class Form:
    """A form that adds a row: the page that shows it, where it posts, what it
    sends besides its token, and the rows it adds."""

    page: str
    action: str
    data: dict
    rows: QuerySet


def diary_search(user) -> Form:
    """The Add button of a search result (also what htmx shows)."""
    return Form(
        page="/intake/2026-11-25/?q=skim",
        action=reverse("tracker:intake_add", kwargs={"day": TODAY}),
        data={"kind": "food", "item": catalogue_food(SKIM).pk, "amount": "1"},
        rows=IntakeEntry.objects.filter(user=user),
    )


def diary_recent(user) -> Form:
    """The "+" button of an item logged recently: the first form on the day
    page with a token."""
    milk = catalogue_food(SKIM)
    log_intake(user, milk, YESTERDAY)
    return Form(
        page="/intake/2026-11-25/",
        action=reverse("tracker:intake_add", kwargs={"day": TODAY}),
        data={"kind": "food", "item": milk.pk, "amount": "1"},
        rows=IntakeEntry.objects.filter(user=user, day=TODAY),
    )


def own_food(user) -> Form:
    return Form(
        page="/intake/my-foods/add/",
        action="/intake/my-foods/add/",
        data={"name": "Oat milk", "serving": "1 cup", "calcium_mg": "350"}
        | {"vitamin_d": "100"},
        rows=Food.objects.filter(owner=user),
    )


def own_supplement(user) -> Form:
    return Form(
        page="/intake/my-supplements/add/",
        action="/intake/my-supplements/add/",
        data={"name": "D drops", "dose": "1 drop", "calcium_mg": "0"}
        | {"vitamin_d": "1000"},
        rows=Supplement.objects.filter(owner=user),
    )


def exercise(user) -> Form:
    return Form(
        page="/exercise/log/",
        action="/exercise/log/",
        data={
            "exercise_type": exercise_type("brisk-walking").pk,
            "day": "2026-11-25",
            "minutes": "30",
        },
        rows=ExerciseSession.objects.filter(user=user),
    )


def fall(user) -> Form:
    return Form(
        page="/home-safety/falls/new/",
        action="/home-safety/falls/new/",
        data={"kind": "fall", "day": "2026-11-24", "place": "hall", "hurt": "no"},
        rows=Fall.objects.filter(user=user),
    )


def self_check(user) -> Form:
    numbers = SelfCheckStatement.objects.values_list("number", flat=True)
    return Form(
        page="/home-safety/self-check/",
        action="/home-safety/self-check/",
        data={f"statement_{number}": "no" for number in numbers},
        rows=SelfCheck.objects.filter(user=user),
    )


def medicine(user) -> Form:
    return Form(
        page="/medicines/add/alendronate/",
        action="/medicines/add/alendronate/",
        data={"schedule": "weekly", "first_dose_on": "2026-11-18"}
        | {"remind_at": "09:00"},
        rows=Prescription.objects.filter(user=user),
    )


def weekly_tablet(user) -> Prescription:
    """Alendronate on Wednesdays: due today."""
    return add_medicine(user, "alendronate", first_dose_on=date(2026, 9, 9))


def dose(user) -> Form:
    """A dose on another day, from the dose form."""
    tablet = weekly_tablet(user)
    return Form(
        page=f"/medicines/{tablet.pk}/doses/new/",
        action=f"/medicines/{tablet.pk}/doses/new/",
        data={"status": "taken", "day": "2026-11-18", "time": "07:00"},
        rows=Dose.objects.filter(user=user),
    )


def dose_now(user) -> Form:
    """The one-tap "Taken now" on the medicine's page."""
    tablet = weekly_tablet(user)
    return Form(
        page=f"/medicines/{tablet.pk}/",
        action=f"/medicines/{tablet.pk}/doses/new/",
        data={"quick": "taken"},
        rows=Dose.objects.filter(user=user),
    )


def pause(user) -> Form:
    tablet = weekly_tablet(user)
    return Form(
        page=f"/medicines/{tablet.pk}/pause/",
        action=f"/medicines/{tablet.pk}/pause/",
        data={"action": "pause"},
        rows=PrescriptionPause.objects.filter(prescription__user=user),
    )


def scan(user) -> Form:
    """A scan with its spine results; the sites are saved with it."""
    data = scan_post(day="2026-11-20")
    del data["submission"]
    return Form(
        page="/bones/scans/new/",
        action="/bones/scans/new/",
        data=data,
        rows=BoneScan.objects.filter(user=user),
    )


def height(user) -> Form:
    return Form(
        page="/bones/height/",
        action="/bones/height/",
        data={"day": "2026-11-24", "cm": "160.5"},
        rows=HeightMeasurement.objects.filter(user=user),
    )


def fracture(user) -> Form:
    return Form(
        page="/bones/fractures/new/",
        action="/bones/fractures/new/",
        data={"year": "2026", "month": "11", "bone": "wrist"}
        | {"from_low_fall": "yes"},
        rows=Fracture.objects.filter(user=user),
    )


def frax(user) -> Form:
    return Form(
        page="/bones/frax/",
        action="/bones/frax/",
        data={"day": "2026-11-25", "major_percent": "12.5", "hip_percent": "3"},
        rows=FraxResult.objects.filter(user=user),
    )


FORMS = [
    diary_search,
    diary_recent,
    own_food,
    own_supplement,
    exercise,
    fall,
    self_check,
    medicine,
    dose,
    dose_now,
    pause,
    scan,
    height,
    fracture,
    frax,
]
# What the page says when a form came without a valid token.
REFUSED = {dose_now: OUT_OF_DATE}


@pytest.fixture(autouse=True)
def frozen_clock():
    """10:00 on Wednesday 25 November 2026 in New York, where alice lives."""
    with time_machine.travel(NOW, tick=False):
        yield


def token_on(client, path) -> str:
    """Return the first one-time token on the page at ``path``."""
    response = client.get(path)
    assert response.status_code == 200
    found = TOKEN.search(response.content.decode())
    assert found, f"{path} shows no token"
    return found[1]


def levels(response) -> list[str]:
    return [message.level_tag for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.__name__)
def test_the_same_form_sent_twice_saves_once_and_answers_alike(
    alice_client, alice, guidance, form
):
    form = form(alice)
    before = form.rows.count()
    data = {**form.data, "submission": token_on(alice_client, form.page)}
    first = alice_client.post(form.action, data)
    assert first.status_code == 302, first.content.decode()
    assert "error" not in levels(first)
    second = alice_client.post(form.action, data)
    assert form.rows.count() == before + 1
    assert second.status_code == 302
    assert second["Location"] == first["Location"]
    assert "error" not in levels(second)


@pytest.mark.parametrize("token", ["", "not-a-token", "1234"])
@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.__name__)
def test_a_form_without_a_valid_token_saves_nothing_and_says_so(
    alice_client, alice, guidance, form, token
):
    make = form
    form = make(alice)
    before = form.rows.count()
    data = {**form.data} if token == "" else {**form.data, "submission": token}
    response = alice_client.post(form.action, data, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert REFUSED.get(make, RESEND) in page
    assert form.rows.count() == before
    assert not SubmissionClaim.objects.exists()
    # The page shows the form again with a new token, ready to send.
    assert TOKEN.search(page)


def test_a_form_shown_again_with_errors_gets_a_new_token(alice_client, alice, guidance):
    form = fall(alice)
    token = token_on(alice_client, form.page)
    data = {**form.data, "place": "", "submission": token}
    response = alice_client.post(form.action, data)
    assert "Say where it happened" in response.content.decode()
    again = TOKEN.search(response.content.decode())[1]
    assert again != token
    assert not SubmissionClaim.objects.exists()


def test_each_form_on_a_page_has_its_own_token(alice_client, alice, guidance):
    """Two "+" buttons tapped one after the other add two items."""
    log_intake(alice, catalogue_food(SKIM), YESTERDAY)
    page = alice_client.get("/intake/2026-11-25/?q=milk").content.decode()
    tokens = TOKEN.findall(page)
    assert len(tokens) > 2 and len(set(tokens)) == len(tokens)
    fragment = alice_client.get("/intake/foods/search/?q=milk&day=2026-11-25")
    assert len(TOKEN.findall(fragment.content.decode())) > 1


def test_a_changed_row_needs_no_token(alice_client, alice, guidance):
    """Changing a row twice changes it to the same thing: edit forms have none."""
    logged = Fall.objects.create(user=alice, day=TODAY, place="hall", hurt=False)
    page = alice_client.get(f"/home-safety/falls/{logged.pk}/edit/").content.decode()
    assert not TOKEN.search(page)


# --- At the same moment --------------------------------------------------------


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.__name__)
def test_two_identical_posts_at_once_save_one_row(alice, guidance, form):
    """A double tap: both requests run at once; the second waits for the
    first's claim, then answers with its row."""
    skip_on_sqlite_memory()
    form = form(alice)
    before = form.rows.count()
    clients = [Client(), Client()]
    for client in clients:
        client.force_login(alice)
    data = {**form.data, "submission": token_on(clients[0], form.page)}
    answers, errors = at_once(
        [lambda client=client: client.post(form.action, data) for client in clients]
    )
    assert errors == []
    assert [answer.status_code for answer in answers] == [302, 302]
    assert answers[0]["Location"] == answers[1]["Location"]
    assert form.rows.count() == before + 1


@pytest.mark.django_db(transaction=True)
def test_two_copies_of_the_day_before_at_once_copy_it_once(alice, guidance):
    """A double tap on "Copy Tuesday's items", a write that reads before it
    writes: the second waits for the first, then finds nothing left to copy.
    (On SQLite's file database the same wait comes from its transaction mode,
    which tests/test_settings.py checks.)"""
    skip_on_sqlite_memory()
    log_intake(alice, catalogue_food(SKIM), YESTERDAY)
    log_intake(alice, catalogue_supplement(COMBINATION), YESTERDAY)
    clients = [Client(), Client()]
    for client in clients:
        client.force_login(alice)
    url = reverse("tracker:intake_copy_previous", kwargs={"day": TODAY})
    answers, errors = at_once(
        [lambda client=client: client.post(url) for client in clients]
    )
    assert errors == []
    assert [answer.status_code for answer in answers] == [302, 302]
    assert IntakeEntry.objects.filter(user=alice, day=TODAY).count() == 2
