"""What the models guarantee: deleting an account deletes its data, answers are kept."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.db.models import ProtectedError

from tests.helpers import (
    TODAY,
    Status,
    answer_item,
    items_of,
    log_session,
    make_self_checks,
)
from tracker.models import ChecklistAnswer, ExerciseSession, Fall, SelfCheck


def test_deleting_an_account_deletes_its_sessions(alice, guidance):
    log_session(alice, "walking", TODAY)
    get_user_model().objects.filter(pk=alice.pk).delete()
    assert not ExerciseSession.objects.exists()


def test_deleting_an_account_deletes_its_home_safety_data(alice, guidance):
    answer_item(alice, items_of("floors")[0], Status.FINE)
    make_self_checks(alice, 1)
    Fall.objects.create(user=alice, day=date(2026, 3, 1), place="hall", hurt=False)
    get_user_model().objects.filter(pk=alice.pk).delete()
    assert not ChecklistAnswer.objects.exists()
    assert not SelfCheck.objects.exists()
    assert not Fall.objects.exists()


def test_an_answered_item_cannot_be_deleted_only_retired(alice, guidance):
    item = items_of("floors")[0]
    answer_item(alice, item, Status.FINE)
    with pytest.raises(ProtectedError):
        item.delete()
