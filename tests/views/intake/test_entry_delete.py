"""/intake/entries/<pk>/delete/: deleting an entry, and the Undo after an add."""

from datetime import timedelta

import time_machine
from django.urls import reverse

from tests.helpers import (
    NOW,
    SKIM,
    TODAY,
    YESTERDAY,
    catalogue_food,
    day_url,
    log_intake,
)
from tracker.models import IntakeEntry


def delete_url(entry):
    return reverse("tracker:intake_entry_delete", kwargs={"pk": entry.pk})


def test_deleting_an_entry_asks_first(alice_client, alice, guidance):
    entry = log_intake(alice, catalogue_food(SKIM), TODAY)
    url = delete_url(entry)
    page = alice_client.get(url).content.decode()
    assert "Delete this entry?" in page
    assert "1 cup of Milk, nonfat (skim), vitamin D added, logged on Wednesday 25" in (
        page
    )
    assert IntakeEntry.objects.exists()
    response = alice_client.post(url)
    assert response["Location"] == day_url()
    assert not IntakeEntry.objects.exists()


def test_undo_without_javascript_removes_the_entry_just_added(
    alice_client, alice, guidance
):
    kept = log_intake(alice, catalogue_food(SKIM), TODAY)
    added = log_intake(alice, catalogue_food(SKIM), TODAY)
    page = alice_client.get(day_url(), {"added": added.pk}).content.decode()
    assert f'action="{delete_url(added)}"' in page  # the Undo button's form
    response = alice_client.post(delete_url(added), {"day": "2026-11-25"})
    assert response["Location"] == day_url()
    page = alice_client.get(day_url()).content.decode()
    assert "Deleted 1 cup of Milk, nonfat (skim), vitamin D added." in page
    assert list(IntakeEntry.objects.all()) == [kept]


def test_undo_sent_twice_removes_once_and_says_so_calmly(alice_client, alice, guidance):
    kept = log_intake(alice, catalogue_food(SKIM), TODAY)
    added = log_intake(alice, catalogue_food(SKIM), TODAY)
    alice_client.post(delete_url(added), {"day": "2026-11-25"})
    response = alice_client.post(delete_url(added), {"day": "2026-11-25"})
    assert response["Location"] == day_url() + "#main"
    page = alice_client.get(response["Location"]).content.decode()
    assert "That entry is not in your diary: it was removed already." in page
    assert list(IntakeEntry.objects.all()) == [kept]


def test_undo_of_another_users_entry_deletes_nothing_and_says_the_same(
    alice_client, bob, guidance
):
    bobs = log_intake(bob, catalogue_food(SKIM), TODAY)
    response = alice_client.post(delete_url(bobs), {"day": "2026-11-25"})
    page = alice_client.get(response["Location"]).content.decode()
    assert "That entry is not in your diary: it was removed already." in page
    assert IntakeEntry.objects.filter(pk=bobs.pk).exists()
    # Without a day to go back to, as before: not found.
    assert alice_client.post(delete_url(bobs)).status_code == 404
    assert alice_client.get(delete_url(bobs)).status_code == 404


def htmx(client):
    client.defaults["HTTP_HX_REQUEST"] = "true"
    return client


def test_undo_with_htmx_answers_the_day_without_the_entry(
    alice_client, alice, guidance, assert_page
):
    log_intake(alice, catalogue_food(SKIM), YESTERDAY)
    added = log_intake(alice, catalogue_food(SKIM), TODAY)
    # 1 session, 2 user with profile, 3 the entry, 4 the entry deleted; then
    # the day: 5 entries, 6 estimate, 7 targets and 8 the ODS source (both
    # cached after), 9 favourites, 10 recent items.
    assert_page(
        htmx(alice_client),
        delete_url(added),
        method="post",
        data={"day": "2026-11-25"},
        queries=10,
        shows=[
            "Removed 1 cup of Milk, nonfat (skim), vitamin D added.",
            "0 of 1,200 mg (1,200 mg to go)",
            "Nothing logged on this day yet.",
            "Copy Tuesday's 1 item to this day",
        ],
        hides=["<html", "Undo"],
    )
    assert not IntakeEntry.objects.filter(pk=added.pk).exists()
    page = (
        htmx(alice_client)
        .post(delete_url(added), {"day": "2026-11-25"})
        .content.decode()
    )
    assert "That entry is not in your diary: it was removed already." in page
    assert IntakeEntry.objects.count() == 1


def test_the_undo_offer_lasts_ten_minutes_after_the_add(alice_client, alice, guidance):
    added = log_intake(alice, catalogue_food(SKIM), TODAY)
    with time_machine.travel(NOW + timedelta(minutes=9), tick=False):
        page = alice_client.get(day_url(), {"added": added.pk}).content.decode()
        assert "Undo" in page
    with time_machine.travel(NOW + timedelta(minutes=11), tick=False):
        page = alice_client.get(day_url(), {"added": added.pk}).content.decode()
        assert "Added 1 cup" not in page
        assert "Undo" not in page


def test_no_undo_for_another_users_entry_or_another_day(
    alice_client, alice, bob, guidance
):
    bobs = log_intake(bob, catalogue_food(SKIM), TODAY)
    yesterdays = log_intake(alice, catalogue_food(SKIM), YESTERDAY)
    for pk in (bobs.pk, yesterdays.pk, "junk", "", "²", "-1"):
        page = alice_client.get(day_url(), {"added": pk}).content.decode()
        assert "Calcium and vitamin D" in page
        assert "Undo" not in page
