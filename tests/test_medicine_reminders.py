"""Medicine reminder emails: each stage on the user's own day and time, once per
dose and stage, retried on failure, and stopped per medicine from one link."""

import email.policy
import io
from datetime import UTC, date, datetime, time, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail, signing
from django.core.management import call_command
from django.test import Client, override_settings

from tests.helpers import at_once, log_dose, skip_on_sqlite_memory
from tracker import digests, medicine_reminders
from tracker.domain import medicines
from tracker.models import Medicine, MedicineReminder, Prescription
from tracker.models.medicines import Route
from tracker.queries.medicine_reminders import due_reminders
from tracker.services import emails
from tracker.services import medicines as services

AUCKLAND = ZoneInfo("Pacific/Auckland")  # UTC+13 in November
LOS_ANGELES = ZoneInfo("America/Los_Angeles")  # UTC-8 in November
EVERY_STAGE = (medicines.BEFORE, medicines.DUE, medicines.LATE, medicines.URGENT)
SITE = "http://127.0.0.1:8000"


def run():
    call_command("send_medicine_reminders", stdout=io.StringIO())


def run_at(moment):
    with time_machine.travel(moment, tick=False):
        run()


def lives_in(user, zone):
    user.profile.time_zone = zone.key
    user.profile.save()
    return user


def prescribe(
    user,
    slug,
    *,
    first_dose_on,
    remind=EVERY_STAGE,
    remind_at=time(9, 0),
    last_given_on=None,
):
    """Add the library medicine ``slug`` on its first schedule, as the app's
    add page does, with reminders for the ``remind`` stages."""
    medicine = Medicine.objects.get(slug=slug)
    interval = medicines.SCHEDULES[medicine.schedules[0]]
    prescription, _ = services.add_prescription(
        user,
        medicine=medicine,
        zone=ZoneInfo(user.profile.time_zone),
        last_given_on=last_given_on,
        interval_count=interval.count,
        interval_unit=interval.unit,
        first_dose_on=first_dose_on,
        remind_before=medicines.BEFORE in remind,
        remind_due=medicines.DUE in remind,
        remind_late=medicines.LATE in remind,
        remind_urgent=medicines.URGENT in remind,
        remind_at=remind_at,
    )
    return prescription


def alendronate(user, **fields):
    """Weekly alendronate on Mondays, taken on each one so far: next due Monday
    23 November 2026."""
    prescription = prescribe(
        user, "alendronate", first_dose_on=date(2026, 11, 2), **fields
    )
    for monday in (date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)):
        log_dose(user, prescription, monday)
    return prescription


def denosumab(user, **fields):
    """Denosumab last given on 26 May 2026: due Thursday 26 November, booking
    from 29 October (28 days before), urgent from 24 December (28 days late)."""
    given = date(2026, 5, 26)
    return prescribe(
        user, "denosumab", first_dose_on=given, last_given_on=given, **fields
    )


def text_of(message):
    """The email's text, and its HTML part, each as one line of words."""
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    return " ".join(message.body.split()), " ".join(html.split())


# --- Each stage, on the user's own day and time ----------------------------


@pytest.mark.parametrize(
    ("day", "subject", "says"),
    [
        (
            date(2026, 11, 22),
            "Alendronate: due tomorrow",
            ["Alendronate Due tomorrow, Monday 23 November."],
        ),
        (
            date(2026, 11, 23),
            "Alendronate: due today",
            [
                "Alendronate Due today, Monday 23 November.",
                "Take it as your prescription says.",
            ],
        ),
        (
            date(2026, 11, 24),
            "Alendronate: 1 day late",
            [
                "1 day late. It was due on Monday 23 November.",
                "Ask your pharmacist what to do about a late dose, and follow "
                "their advice.",
            ],
        ),
    ],
)
def test_a_home_medicine_reminds_at_the_users_time_in_los_angeles(
    alice, guidance, day, subject, says
):
    lives_in(alice, LOS_ANGELES)
    prescription = alendronate(alice, remind_at=time(18, 30))
    # 18:30 in Los Angeles is 02:30 UTC the next day.
    run_at(datetime.combine(day, time(18, 29), tzinfo=LOS_ANGELES))
    assert mail.outbox == []

    run_at(datetime.combine(day, time(18, 30), tzinfo=LOS_ANGELES))
    [message] = mail.outbox
    assert message.to == ["alice@example.com"]
    assert message.subject == subject
    body, html = text_of(message)
    for text in says:
        assert text in body
    assert f"Open Alendronate in the app: {SITE}/medicines/{prescription.pk}/" in body
    assert f'<a href="{SITE}/medicines/{prescription.pk}/">' in html
    assert "<h1>Alendronate</h1>" in html
    assert (
        "This is a reminder of your own prescription, as you entered it. The app "
        "never suggests a medicine, a dose or a change: follow your prescriber, and "
        "ask your pharmacist about anything you are not sure of." in body
    )


@pytest.mark.parametrize(
    ("day", "subject", "says"),
    [
        (
            date(2026, 10, 29),
            "Denosumab: book your appointment, due Thursday 26 November",
            [
                "Book your appointment: due Thursday 26 November.",
                "Book it now, so that it is given on time.",
            ],
        ),
        (
            date(2026, 11, 26),
            "Denosumab: due today",
            [
                "Due today, Thursday 26 November.",
                "If you have no appointment for today, contact your clinic.",
            ],
        ),
        (
            date(2026, 11, 27),
            "Denosumab: 1 day late",
            [
                "1 day late. It was due on Thursday 26 November.",
                "Late: contact your clinic to have it as soon as you can.",
            ],
        ),
        (
            date(2026, 12, 24),
            "Denosumab: contact your clinician now",
            [
                "Urgent: 28 days late. It was due on Thursday 26 November.",
                "Contact your clinician now: a dose this late needs a plan.",
            ],
        ),
    ],
)
def test_a_clinic_medicine_reminds_at_the_users_time_in_auckland(
    alice, guidance, day, subject, says
):
    lives_in(alice, AUCKLAND)
    prescription = denosumab(alice)
    # 9:00 in Auckland is 20:00 UTC the day before.
    run_at(datetime.combine(day, time(8, 59), tzinfo=AUCKLAND))
    assert mail.outbox == []

    run_at(datetime.combine(day, time(9, 0), tzinfo=AUCKLAND))
    [message] = mail.outbox
    assert (message.to, message.subject) == (["alice@example.com"], subject)
    body, html = text_of(message)
    for text in says:
        assert text in body and text in html
    assert f"{SITE}/medicines/{prescription.pk}/" in body


def test_a_clinic_medicine_sends_nothing_before_its_booking_stage(alice, guidance):
    lives_in(alice, AUCKLAND)
    denosumab(alice)
    run_at(datetime(2026, 10, 28, 23, 59, tzinfo=AUCKLAND))
    assert mail.outbox == []


def test_the_reminder_time_follows_the_clock_on_the_day_summer_time_ends(
    alice, guidance
):
    """On 1 November 2026 Los Angeles goes back to UTC-8 at 2:00: 9:00 is then
    17:00 UTC, and 16:30 UTC is only 8:30 there."""
    lives_in(alice, LOS_ANGELES)
    prescribe(
        alice, "alendronate", first_dose_on=date(2026, 10, 4), remind=[medicines.DUE]
    )
    run_at(datetime(2026, 11, 1, 16, 30, tzinfo=UTC))
    assert mail.outbox == []
    run_at(datetime(2026, 11, 1, 17, 0, tzinfo=UTC))
    body, _ = text_of(mail.outbox[0])
    assert "Due today, Sunday 1 November." in body


def test_only_the_stages_the_user_ticked_are_sent(alice, guidance):
    lives_in(alice, LOS_ANGELES)
    alendronate(alice, remind=[medicines.LATE])
    run_at(datetime(2026, 11, 22, 21, 0, tzinfo=LOS_ANGELES))  # the day before
    run_at(datetime(2026, 11, 23, 21, 0, tzinfo=LOS_ANGELES))  # due
    assert mail.outbox == []
    run_at(datetime(2026, 11, 24, 21, 0, tzinfo=LOS_ANGELES))
    assert [m.subject for m in mail.outbox] == ["Alendronate: 1 day late"]


def test_a_late_dose_that_becomes_urgent_without_urgent_ticked_sends_nothing_more(
    alice, guidance
):
    lives_in(alice, AUCKLAND)
    denosumab(alice, remind=[medicines.LATE])
    run_at(datetime(2026, 11, 27, 9, 0, tzinfo=AUCKLAND))
    run_at(datetime(2026, 12, 24, 9, 0, tzinfo=AUCKLAND))
    assert [m.subject for m in mail.outbox] == ["Denosumab: 1 day late"]


def test_a_dose_taken_before_the_reminder_time_leaves_nothing_to_remind(
    alice, guidance
):
    lives_in(alice, LOS_ANGELES)
    prescription = alendronate(alice, remind=[medicines.DUE, medicines.LATE])
    services.log_dose(
        alice,
        prescription=prescription,
        taken=True,
        taken_at=datetime(2026, 11, 23, 7, 0, tzinfo=LOS_ANGELES),
        zone=LOS_ANGELES,
    )
    run_at(datetime(2026, 11, 23, 9, 0, tzinfo=LOS_ANGELES))
    run_at(datetime(2026, 11, 24, 9, 0, tzinfo=LOS_ANGELES))
    assert mail.outbox == []


def stop(user, prescription):
    services.stop_prescription(
        user,
        prescription=prescription,
        stopped_on=date(2026, 11, 20),
        stop_reason=Prescription.StopReason.CLINICIAN,
    )


def pause(user, prescription):
    services.pause_prescription(
        user, prescription=prescription, today=date(2026, 11, 20)
    )


def finish(user, prescription):
    services.update_prescription(
        user, prescription=prescription, end_on=date(2026, 11, 20)
    )


def remove_email(user, prescription):
    user.email = ""
    user.save()


@pytest.mark.parametrize("change", [stop, pause, finish, remove_email])
def test_stopped_paused_and_finished_medicines_and_users_without_email_get_nothing(
    alice, bob, guidance, change
):
    lives_in(alice, LOS_ANGELES)
    change(alice, alendronate(alice))
    prescribe(bob, "risedronate", first_dose_on=date(2026, 11, 2))  # bob is in UTC
    run_at(datetime(2026, 11, 23, 10, 0, tzinfo=LOS_ANGELES))
    assert [(m.to, m.subject) for m in mail.outbox] == [
        (["bob@example.com"], "Risedronate: due today")
    ]


# --- Once, retried, never twice ------------------------------------------------


def test_running_again_the_same_day_sends_nothing_twice(alice, guidance):
    lives_in(alice, LOS_ANGELES)
    alendronate(alice)
    for hour in (9, 9.25, 13, 23.75):
        minutes = int(hour * 60)
        run_at(datetime(2026, 11, 23, tzinfo=LOS_ANGELES) + timedelta(minutes=minutes))
    assert [m.subject for m in mail.outbox] == ["Alendronate: due today"]
    reminder = MedicineReminder.objects.get()
    assert (reminder.stage, reminder.state, reminder.attempts) == ("due", "sent", 1)
    assert reminder.due_on == date(2026, 11, 23)


def test_each_due_date_and_stage_has_its_own_email(alice, guidance):
    lives_in(alice, LOS_ANGELES)
    alendronate(alice, remind=[medicines.DUE, medicines.LATE])
    for day in (23, 24, 25, 30):
        run_at(datetime(2026, 11, day, 9, 0, tzinfo=LOS_ANGELES))
        run_at(datetime(2026, 11, day, 9, 15, tzinfo=LOS_ANGELES))
    assert [m.subject for m in mail.outbox] == [
        "Alendronate: due today",
        "Alendronate: 1 day late",  # and not again on the 25th, 2 days late
        "Alendronate: due today",
    ]
    body, _ = text_of(mail.outbox[-1])
    assert "Due today, Monday 30 November." in body


def test_each_medicine_has_its_own_email_naming_it(alice, guidance):
    lives_in(alice, LOS_ANGELES)
    alendronate(alice)
    prescribe(alice, "risedronate", first_dose_on=date(2026, 11, 9))
    run_at(datetime(2026, 11, 23, 9, 0, tzinfo=LOS_ANGELES))
    assert sorted(m.subject for m in mail.outbox) == [
        "Alendronate: due today",
        "Risedronate: due today",
    ]


def test_a_failure_is_logged_and_retried_on_the_next_run(alice, guidance, caplog):
    lives_in(alice, LOS_ANGELES)
    prescription = alendronate(alice)
    with mock.patch(
        "django.core.mail.EmailMultiAlternatives.send",
        side_effect=ConnectionError("SMTP down"),
    ):
        run_at(datetime(2026, 11, 23, 9, 0, tzinfo=LOS_ANGELES))
    assert mail.outbox == []
    reminder = MedicineReminder.objects.get()
    assert (reminder.state, reminder.attempts) == ("failed", 1)
    assert "SMTP down" in reminder.last_error
    assert (
        f"Medicine reminder (due, due 2026-11-23) for prescription {prescription.pk} "
        "failed" in caplog.text
    )

    run_at(datetime(2026, 11, 23, 9, 15, tzinfo=LOS_ANGELES))
    assert [m.subject for m in mail.outbox] == ["Alendronate: due today"]
    reminder.refresh_from_db()
    assert (reminder.state, reminder.attempts, reminder.last_error) == ("sent", 2, "")


def test_it_gives_up_after_too_many_failures(alice, guidance):
    lives_in(alice, LOS_ANGELES)
    prescription = alendronate(alice)
    MedicineReminder.objects.create(
        prescription=prescription,
        due_on=date(2026, 11, 23),
        stage="due",
        state="failed",
        attempts=emails.MAX_ATTEMPTS,
    )
    run_at(datetime(2026, 11, 23, 9, 0, tzinfo=LOS_ANGELES))
    assert mail.outbox == []


def test_a_claim_held_by_a_run_that_died_is_taken_over_later(alice, guidance):
    lives_in(alice, LOS_ANGELES)
    prescription = alendronate(alice)
    now = datetime(2026, 11, 23, 9, 0, tzinfo=LOS_ANGELES)
    claim = {"due_on": date(2026, 11, 23), "stage": "due"}
    assert services.claim_reminder(prescription, now=now, **claim) is not None
    # The run that claimed it died: the reminder is neither sent nor sent twice.
    run_at(now + timedelta(minutes=15))
    assert mail.outbox == []
    assert services.claim_reminder(prescription, now=now, **claim) is None  # held
    run_at(now + emails.STALE_CLAIM + timedelta(minutes=1))
    assert [m.subject for m in mail.outbox] == ["Alendronate: due today"]
    assert MedicineReminder.objects.get().attempts == 2


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_send_one_email(alice, guidance):
    skip_on_sqlite_memory()
    lives_in(alice, LOS_ANGELES)
    alendronate(alice)
    with time_machine.travel(datetime(2026, 11, 23, 9, 0, tzinfo=LOS_ANGELES)):
        _, errors = at_once([run, run])
    assert errors == []
    assert [m.subject for m in mail.outbox] == ["Alendronate: due today"]
    reminder = MedicineReminder.objects.get()
    assert (reminder.state, reminder.attempts) == ("sent", 1)


# --- Reads ---------------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 30])
def test_a_run_reads_in_three_queries_however_many_medicines(
    alice, bob, guidance, django_assert_num_queries, count
):
    lives_in(alice, AUCKLAND)
    for number in range(count):
        user = alice if number % 2 == 0 else bob
        prescription = Prescription.objects.create(
            user=user,
            own_name=f"Medicine {number + 1}",
            own_route=Route.TABLET,
            interval_count=1,
            interval_unit=medicines.WEEK,
            first_dose_on=date(2026, 11, 2) + timedelta(days=number % 3),
            remind_due=True,
        )
        services.log_dose(
            user,
            prescription=prescription,
            taken=True,
            taken_at=datetime(2026, 11, 16, 12, tzinfo=UTC),
            zone=UTC,
        )
    now = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # 23:00 on Monday in Auckland
    # The prescriptions with reminders on, their doses and pauses, and the
    # reminders already sent.
    with django_assert_num_queries(3):
        found = due_reminders(now)
    assert sorted(reminder.prescription.name for reminder in found) == sorted(
        f"Medicine {number + 1}" for number in range(count) if number % 3 == 0
    )


# --- The email and its one-click unsubscribe -------------------------------------


def test_the_email_names_an_own_medicine_as_typed(alice, guidance):
    lives_in(alice, LOS_ANGELES)
    Prescription.objects.create(
        user=alice,
        own_name="Calcium & D <Forte>",
        own_route=Route.TABLET,
        interval_count=1,
        interval_unit=medicines.DAY,
        first_dose_on=date(2026, 11, 1),
        remind_due=True,
    )
    run_at(datetime(2026, 11, 23, 9, 0, tzinfo=LOS_ANGELES))
    [message] = mail.outbox
    assert message.subject == "Calcium & D <Forte>: due today"
    assert "Calcium & D <Forte>\nDue today, Monday 23 November." in message.body
    assert "<h1>Calcium &amp; D &lt;Forte&gt;</h1>" in message.alternatives[0][0]


def stop_url(prescription):
    return f"/medicines/reminders/stop/{medicine_reminders.unsubscribe_token(prescription)}/"


def test_the_email_has_a_link_and_headers_to_stop_that_medicines_reminders(
    alice, guidance
):
    lives_in(alice, LOS_ANGELES)
    prescription = alendronate(alice)
    run_at(datetime(2026, 11, 23, 9, 0, tzinfo=LOS_ANGELES))
    [message] = mail.outbox
    url = SITE + stop_url(prescription)
    assert message.extra_headers["List-Unsubscribe"] == f"<{url}>"
    assert (
        message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    )
    assert f"To stop them, open: {url}" in " ".join(message.body.split())
    _, html = text_of(message)
    assert f'<a href="{url}">stop the reminders for Alendronate</a>' in html
    edit = f"{SITE}/medicines/{prescription.pk}/edit/"
    assert f'<a href="{edit}">Change them or their time of day</a>' in html


@override_settings(SITE_URL="https://bone-health-tracker.example.org")
def test_mail_apps_can_read_the_one_click_headers_as_sent(alice, guidance):
    """A long address is sent on one header line: folded, Python would write
    it as encoded words, which no mail app reads as a URL."""
    lives_in(alice, LOS_ANGELES)
    prescription = alendronate(alice)
    run_at(datetime(2026, 11, 23, 9, 0, tzinfo=LOS_ANGELES))
    sent = mail.outbox[0].message(policy=email.policy.SMTP).as_bytes()
    url = "https://bone-health-tracker.example.org" + stop_url(prescription)
    assert f"\r\nList-Unsubscribe: <{url}>\r\n".encode() in sent
    assert b"\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n" in sent


def test_the_stop_link_asks_before_it_stops_anything(
    client, alice, guidance, assert_page
):
    prescription = alendronate(alice)
    assert_page(
        client,
        stop_url(prescription),
        max_queries=1,
        shows=[
            "Stop the reminder emails for Alendronate?",
            "Reminders for your other medicines carry on.",
            "Yes, stop these reminders",
        ],
    )
    prescription.refresh_from_db()
    assert prescription.reminder_stages == frozenset(EVERY_STAGE)


def test_one_click_stops_that_medicines_reminders_without_logging_in(
    alice, guidance, assert_page
):
    lives_in(alice, LOS_ANGELES)
    prescription = alendronate(alice)
    prescribe(alice, "risedronate", first_dose_on=date(2026, 11, 9))
    mail_app = Client(enforce_csrf_checks=True)  # a one-click POST has no CSRF token
    assert_page(
        mail_app,
        stop_url(prescription),
        method="post",
        max_queries=2,  # the prescription, then one UPDATE
        shows=["You will get no more reminders for Alendronate"],
    )
    prescription.refresh_from_db()
    assert prescription.reminder_stages == frozenset()
    assert prescription.stopped_on is None  # still taken, just not reminded

    run_at(datetime(2026, 11, 23, 9, 0, tzinfo=LOS_ANGELES))
    assert [m.subject for m in mail.outbox] == ["Risedronate: due today"]
    assert_page(
        Client(),
        stop_url(prescription),
        max_queries=1,
        shows=["Reminder emails for Alendronate are off"],
        hides=["Yes, stop these reminders"],
    )


@pytest.mark.parametrize("token", ["junk", "1:forged-signature", "9" * 30])
def test_a_bad_stop_link_is_not_found(client, alice, guidance, token):
    prescription = alendronate(alice)
    url = f"/medicines/reminders/stop/{token}/"
    assert client.get(url).status_code == 404
    assert Client(enforce_csrf_checks=True).post(url).status_code == 404
    prescription.refresh_from_db()
    assert prescription.reminder_stages == frozenset(EVERY_STAGE)


def test_a_weekly_summary_link_cannot_stop_medicine_reminders(client, alice, guidance):
    prescription = alendronate(alice)
    # The weekly summary's link for a user whose id is this prescription's.
    token = signing.Signer(salt=digests.UNSUBSCRIBE_SALT).sign(str(prescription.pk))
    url = f"/medicines/reminders/stop/{token}/"
    assert Client(enforce_csrf_checks=True).post(url).status_code == 404
    prescription.refresh_from_db()
    assert prescription.reminder_stages == frozenset(EVERY_STAGE)


def test_the_link_of_a_deleted_medicine_is_not_found(client, alice, guidance):
    prescription = alendronate(alice)
    url = stop_url(prescription)
    services.delete_prescription(alice, prescription=prescription)
    assert client.get(url).status_code == 404
