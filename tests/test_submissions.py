"""The claim of a form sent once (``services.common.earlier_submission``)."""

from datetime import date, timedelta
from uuid import uuid4

import time_machine
from django.utils import timezone

from tests.helpers import SKIM, catalogue_food, exercise_type
from tracker.models import ExerciseSession, Fall, IntakeEntry, SubmissionClaim
from tracker.queries import intake as intake_queries
from tracker.services import exercise as exercise_services
from tracker.services import home_safety as home_safety_services
from tracker.services import intake as intake_services
from tracker.services.common import SUBMISSION_KEPT

DAY = date(2026, 3, 3)


def log_fall(user, submission=None):
    return home_safety_services.log_fall(
        user,
        submission=submission,
        kind="fall",
        day=DAY,
        place="hall",
        what_happened="",
        hurt=False,
    )


def test_a_repeat_gets_the_first_row_and_makes_none(alice):
    token = uuid4()
    first = log_fall(alice, token)
    assert log_fall(alice, token) == first
    assert Fall.objects.count() == 1
    claim = SubmissionClaim.objects.get()
    assert (claim.row_kind, claim.row_id) == ("tracker.fall", first.pk)


def test_without_a_token_every_call_saves(alice):
    """Tests' builders and the benchmark call the services without one."""
    log_fall(alice)
    log_fall(alice)
    assert Fall.objects.count() == 2
    assert not SubmissionClaim.objects.exists()


def test_another_users_token_is_theirs_alone(alice, bob):
    """The same token from two users (only by tampering) is two claims."""
    token = uuid4()
    alices = log_fall(alice, token)
    bobs = log_fall(bob, token)
    assert bobs != alices and bobs.user == bob
    assert SubmissionClaim.objects.count() == 2


def test_a_repeat_after_the_row_was_deleted_saves_again(alice):
    token = uuid4()
    first = log_fall(alice, token)
    home_safety_services.delete_fall(alice, fall=first)
    again = log_fall(alice, token)
    assert again.pk != first.pk
    assert SubmissionClaim.objects.get().row_id == again.pk


def test_a_token_sent_to_another_form_finds_no_row_of_that_form(alice, guidance):
    token = uuid4()
    fall = log_fall(alice, token)
    session = exercise_services.log_session(
        alice,
        submission=token,
        exercise_type=exercise_type("brisk-walking"),
        day=DAY,
        minutes=30,
    )
    assert isinstance(session, ExerciseSession) and session.pk is not None
    assert Fall.objects.filter(pk=fall.pk).exists()


def test_claims_older_than_a_day_are_pruned_by_the_users_next_claim(
    alice, bob, guidance
):
    milk = intake_queries.loggable_food(catalogue_food(SKIM))
    start = timezone.now()
    log_fall(alice, uuid4())
    log_fall(bob, uuid4())
    with time_machine.travel(start + SUBMISSION_KEPT + timedelta(minutes=1)):
        kept = log_fall(alice, uuid4())  # a day on: alice's old claim goes
        intake_services.create_entry(
            alice, day=DAY, loggable=milk, amount=1, submission=uuid4()
        )
    assert sorted(
        SubmissionClaim.objects.values_list("user__username", "row_kind")
    ) == [
        ("alice", "tracker.fall"),
        ("alice", "tracker.intakeentry"),
        ("bob", "tracker.fall"),
    ]
    assert SubmissionClaim.objects.filter(user=alice, row_id=kept.pk).exists()
    assert IntakeEntry.objects.count() == 1
