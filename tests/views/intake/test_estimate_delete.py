"""/intake/<day>/estimate/delete/: removing the quick estimate."""

from decimal import Decimal

from django.urls import reverse

from tests.helpers import (
    ESTIMATE,
    SKIM,
    TODAY,
    catalogue_food,
    day_url,
    estimate_url,
    log_intake,
)
from tracker.models import IntakeEstimate


def test_removing_an_estimate_asks_first_and_counts_the_diary_again(
    alice_client, alice, guidance
):
    log_intake(alice, catalogue_food(SKIM), TODAY)
    alice_client.post(estimate_url(), ESTIMATE)
    url = reverse("tracker:intake_estimate_delete", kwargs={"day": TODAY})
    assert "Remove the quick estimate?" in alice_client.get(url).content.decode()
    alice_client.post(url)
    assert not IntakeEstimate.objects.exists()
    assert "299 of 1,200 mg" in alice_client.get(day_url()).content.decode()
    assert alice_client.get(url).status_code == 404


def test_another_users_estimate_is_untouched(alice_client, bob, guidance):
    IntakeEstimate.objects.create(
        user=bob, day=TODAY, calcium_mg=Decimal(1), vitamin_d_iu=Decimal(0)
    )
    url = reverse("tracker:intake_estimate_delete", kwargs={"day": TODAY})
    assert alice_client.post(url).status_code == 404
    assert IntakeEstimate.objects.exists()
