"""The weekly summary email: once per user-week, retried on failure, easy to stop."""

import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from tests.helpers import (
    SKIM,
    at_once,
    catalogue_food,
    log_intake,
    skip_on_sqlite_memory,
)
from tracker import digests
from tracker.models import IntakeEstimate, WeeklyDigest
from tracker.services.digests import claim_digest
from tracker.services.emails import MAX_ATTEMPTS, STALE_CLAIM

MONDAY_MORNING = datetime(2026, 11, 23, 9, tzinfo=UTC)  # week 2026-W47 has ended


def run():
    call_command("send_weekly_summaries", stdout=io.StringIO())


@pytest.fixture
def subscriber(alice):
    alice.profile.weekly_digest = True
    alice.profile.save()
    return alice


def test_it_sends_the_last_complete_week_as_text_and_html(subscriber, guidance):
    with time_machine.travel(MONDAY_MORNING, tick=False):
        run()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["alice@example.com"]
    assert message.subject == "Your bone-health week: 16 November to 22 November"
    assert message.body.startswith("Hello,\n")  # no name given: never the user name
    assert "Nothing logged this week." in message.body
    assert "- This week: nothing logged" in message.body
    assert "/weeks/2026-W47/" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert "See the whole week" in html
    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<http://127.0.0.1:8000/emails/unsubscribe/")
    assert (
        message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    )


def test_an_estimated_day_is_marked_in_the_email(subscriber, guidance):
    log_intake(subscriber, catalogue_food(SKIM), date(2026, 11, 16))
    IntakeEstimate.objects.create(
        user=subscriber,
        day=date(2026, 11, 17),
        calcium_mg=Decimal(1152),
        vitamin_d_iu=Decimal(247),
    )
    with time_machine.travel(MONDAY_MORNING, tick=False):
        run()
    message = mail.outbox[0]
    html = message.alternatives[0][0]
    for text in (message.body, html):
        assert "Logged on 2 of 7 days. One of these days is a quick estimate" in text
        assert "Average calcium a day (includes an estimate):" in text
        assert "Average vitamin D a day (includes an estimate):" in text
    # The same short list as the page opens with: (299 + 1,152) / 2 = 725.5 mg.
    calcium = "Calcium: 726 mg a day on average (goal 1,200) — not yet"
    assert f"\n- {calcium}\n" in message.body
    assert f"<li>{calcium}</li>" in html


def test_running_twice_sends_once(subscriber, guidance):
    with time_machine.travel(MONDAY_MORNING, tick=False):
        run()
        run()
    assert len(mail.outbox) == 1
    digest = WeeklyDigest.objects.get()
    assert (digest.state, digest.attempts) == ("sent", 1)


def test_next_week_brings_the_next_digest(subscriber, guidance):
    with time_machine.travel(MONDAY_MORNING, tick=False):
        run()
    with time_machine.travel(MONDAY_MORNING + timedelta(days=7), tick=False):
        run()
    assert [m.subject for m in mail.outbox] == [
        "Your bone-health week: 16 November to 22 November",
        "Your bone-health week: 23 November to 29 November",
    ]


def test_only_users_who_asked_get_it(alice, bob, guidance):
    with time_machine.travel(MONDAY_MORNING, tick=False):
        run()
    assert mail.outbox == []
    alice.profile.weekly_digest = True
    alice.profile.save()
    with time_machine.travel(MONDAY_MORNING, tick=False):
        run()
    assert [message.to for message in mail.outbox] == [["alice@example.com"]]


def test_the_week_ends_in_the_users_own_time_zone(subscriber, guidance):
    subscriber.profile.time_zone = "Pacific/Auckland"
    subscriber.profile.save()
    # Sunday 29 November, 10:30 UTC, is 23:30 on Sunday in Auckland: W48 not over.
    with time_machine.travel(datetime(2026, 11, 29, 10, 30, tzinfo=UTC), tick=False):
        run()
    assert "16 November to 22 November" in mail.outbox[-1].subject
    # An hour later it is Monday there: W48 has ended.
    with time_machine.travel(datetime(2026, 11, 29, 11, 30, tzinfo=UTC), tick=False):
        run()
    assert "23 November to 29 November" in mail.outbox[-1].subject


def test_a_failure_is_logged_and_retried_on_the_next_run(subscriber, guidance, caplog):
    with (
        time_machine.travel(MONDAY_MORNING, tick=False),
        mock.patch(
            "django.core.mail.EmailMultiAlternatives.send",
            side_effect=ConnectionError("SMTP down"),
        ),
    ):
        run()
    digest = WeeklyDigest.objects.get()
    assert digest.state == "failed"
    assert "SMTP down" in digest.last_error
    assert "Weekly digest 2026-W47" in caplog.text

    with time_machine.travel(MONDAY_MORNING + timedelta(hours=1), tick=False):
        run()
    digest.refresh_from_db()
    assert (digest.state, digest.attempts) == ("sent", 2)
    assert len(mail.outbox) == 1


def test_a_claim_held_by_a_run_that_died_is_taken_again_later(subscriber, guidance):
    week = digests.last_complete_week(subscriber.profile, MONDAY_MORNING)
    assert claim_digest(subscriber, week=week, now=MONDAY_MORNING) is not None
    assert claim_digest(subscriber, week=week, now=MONDAY_MORNING) is None  # held
    later = MONDAY_MORNING + STALE_CLAIM + timedelta(seconds=1)
    assert claim_digest(subscriber, week=week, now=later) is not None


def test_it_gives_up_after_too_many_failures(subscriber, guidance):
    week = digests.last_complete_week(subscriber.profile, MONDAY_MORNING)
    WeeklyDigest.objects.create(
        user=subscriber,
        week_start=week.monday,
        state="failed",
        attempts=MAX_ATTEMPTS,
    )
    assert claim_digest(subscriber, week=week, now=MONDAY_MORNING) is None


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_send_one_email(subscriber, guidance):
    skip_on_sqlite_memory()
    with time_machine.travel(MONDAY_MORNING, tick=False):
        _, errors = at_once([run, run])
    assert errors == []
    assert len(mail.outbox) == 1
    assert WeeklyDigest.objects.get().state == "sent"


def test_claims_are_conditional_updates(subscriber, guidance):
    """Whichever run updates the row first wins; the other sees zero rows changed."""
    week = digests.last_complete_week(subscriber.profile, MONDAY_MORNING)
    first = claim_digest(subscriber, week=week, now=MONDAY_MORNING)
    second = claim_digest(subscriber, week=week, now=MONDAY_MORNING)
    assert first is not None and second is None
    assert WeeklyDigest.objects.get().attempts == 1


class TestUnsubscribe:
    def url(self, user):
        return f"/emails/unsubscribe/{digests.unsubscribe_token(user)}/"

    def test_the_link_asks_before_it_unsubscribes(self, client, subscriber):
        response = client.get(self.url(subscriber))
        assert b"Stop the weekly summary emails?" in response.content
        subscriber.profile.refresh_from_db()
        assert subscriber.profile.weekly_digest is True

    def test_one_post_unsubscribes_without_logging_in(self, subscriber):
        from django.test import Client

        client = Client(enforce_csrf_checks=True)  # as a mail app's one-click POST
        response = client.post(self.url(subscriber))
        assert b"no more weekly summaries" in response.content
        subscriber.profile.refresh_from_db()
        assert subscriber.profile.weekly_digest is False

    @pytest.mark.parametrize("token", ["junk", "1:forged-signature", "9" * 30])
    def test_a_bad_token_is_not_found(self, client, subscriber, token):
        assert client.get(f"/emails/unsubscribe/{token}/").status_code == 404
        assert client.post(f"/emails/unsubscribe/{token}/").status_code == 404

    def test_a_token_only_works_for_its_own_user(self, client, subscriber, bob):
        bob.profile.weekly_digest = True
        bob.profile.save()
        response = client.post(self.url(subscriber))
        assert b"no more weekly summaries" in response.content
        subscriber.profile.refresh_from_db()
        assert subscriber.profile.weekly_digest is False
        bob.profile.refresh_from_db()
        assert bob.profile.weekly_digest is True


def test_it_lists_the_clinic_doses_due_in_the_next_six_weeks(subscriber, guidance):
    from datetime import date

    from tests.helpers import add_medicine

    # Due 6 months after 23 June: 23 December, within 6 weeks of 23 November.
    add_medicine(
        subscriber,
        "denosumab",
        first_dose_on=date(2026, 6, 23),
        last_given_on=date(2026, 6, 23),
    )
    add_medicine(
        subscriber,
        "zoledronic-acid",
        first_dose_on=date(2026, 3, 1),
        last_given_on=date(2026, 3, 1),
    )
    add_medicine(subscriber, "alendronate", first_dose_on=date(2026, 9, 7))  # at home
    with time_machine.travel(MONDAY_MORNING, tick=False):
        run()
    message = mail.outbox[0]
    assert "MEDICINES AT THE CLINIC IN THE NEXT 6 WEEKS" in message.body
    assert "Denosumab: due Wednesday 23 December 2026" in message.body
    assert "Zoledronic acid" not in message.body  # due in March
    assert "Alendronate" not in message.body
    assert "Denosumab: due Wednesday 23 December 2026" in message.alternatives[0][0]


def test_the_one_click_header_goes_out_on_one_line(subscriber, guidance):
    with time_machine.travel(MONDAY_MORNING, tick=False):
        run()
    sent = mail.outbox[0].message().as_bytes().decode()
    header = next(
        line for line in sent.splitlines() if line.startswith("List-Unsubscribe:")
    )
    assert "/emails/unsubscribe/" in header and "=?" not in header


def test_a_late_clinic_dose_is_listed_as_late(subscriber, guidance):
    from datetime import date

    from tests.helpers import add_medicine

    add_medicine(
        subscriber,
        "denosumab",
        first_dose_on=date(2026, 5, 1),
        last_given_on=date(2026, 5, 1),
    )
    with time_machine.travel(MONDAY_MORNING, tick=False):
        run()
    assert (
        "Denosumab: was due Sunday 1 November 2026, and is late: contact your clinic"
        in mail.outbox[0].body
    )
