"""/intake/entries/<pk>/delete/: deleting an entry."""

from django.urls import reverse

from tests.helpers import SKIM, TODAY, catalogue_food, day_url, log_intake
from tracker.models import IntakeEntry


def test_deleting_an_entry_asks_first(alice_client, alice, guidance):
    entry = log_intake(alice, catalogue_food(SKIM), TODAY)
    url = reverse("tracker:intake_entry_delete", kwargs={"pk": entry.pk})
    page = alice_client.get(url).content.decode()
    assert "Delete this entry?" in page
    assert "1 cup of Milk, nonfat (skim), vitamin D added, logged on Wednesday 25" in (
        page
    )
    assert IntakeEntry.objects.exists()
    response = alice_client.post(url)
    assert response["Location"] == day_url()
    assert not IntakeEntry.objects.exists()
