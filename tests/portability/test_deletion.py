"""Deleting an account leaves none of its rows, in any model, now or later."""

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.conf import settings
from django.test import Client

from bench.history import WEEK, seed_history
from tests.conftest import PASSWORD
from tracker.models import UserSession
from tracker.services import accounts

pytestmark = pytest.mark.django_db


def rows_of(user_id: int, username: str) -> dict[str, int]:
    """Count the user's rows in every model: by a relation to the user, by a
    relation to one of their rows, by a ``user_id`` column or a ``username``."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    owned_models = set()
    lookups = {}
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is user_model:
                owned_models.add(model)
                lookups.setdefault(model, []).append({field.name: user_id})
            elif field.attname == "user_id" and not field.is_relation:
                lookups.setdefault(model, []).append({"user_id": user_id})
            elif field.name == "username" and model is not user_model:
                lookups.setdefault(model, []).append({"username": username})
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model in owned_models:
                for parent_field in field.related_model._meta.concrete_fields:
                    if (
                        parent_field.is_relation
                        and parent_field.related_model is user_model
                    ):
                        lookup = f"{field.name}__{parent_field.name}"
                        lookups.setdefault(model, []).append({lookup: user_id})
    lookups[user_model] = [{"pk": user_id}]
    return {
        f"{model._meta.label} {lookup}": model._base_manager.filter(**lookup).count()
        for model, found in lookups.items()
        for lookup in found
    }


def test_deleting_an_account_leaves_nothing_behind(guidance, settings):
    settings.AXES_ENABLE_ACCESS_FAILURE_LOG = True
    user = seed_history(WEEK).user
    user.set_password(PASSWORD)
    user.save()
    # Signed in on two devices, and a wrong password typed once.
    for _ in range(2):
        Client().post(
            "/accounts/login/", {"username": user.username, "password": PASSWORD}
        )
    Client().post("/accounts/login/", {"username": user.username, "password": "no"})
    AccessLog.objects.create(username=user.username, ip_address="127.0.0.1")
    before = rows_of(user.pk, user.username)
    for label in (
        "tracker.IntakeEntry",
        "tracker.ExerciseSession",
        "tracker.Dose",
        "tracker.SelfCheckAnswer",
        "tracker.UserSession",
        "axes.AccessAttempt",
    ):
        assert any(
            key.startswith(label + " ") and count for key, count in before.items()
        ), label
    assert UserSession.objects.filter(user_id=user.pk).count() == 2
    assert AccessAttempt.objects.filter(username=user.username).exists()
    assert AccessFailureLog.objects.filter(username=user.username).exists()

    user_id, username = user.pk, user.username
    accounts.delete_account(user)

    left = {key: count for key, count in rows_of(user_id, username).items() if count}
    assert left == {}
