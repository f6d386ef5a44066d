"""/home-safety/self-check/: the fall-risk self-check and its score."""

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from tests.helpers import all_yes_no, make_self_checks, sent_once
from tracker.models import HomeSafetySettings, SelfCheck, SelfCheckStatement


def test_self_check_asks_every_active_statement_with_yes_and_no(alice_client, guidance):
    SelfCheckStatement.objects.filter(number=12).update(is_active=False)
    response = alice_client.get("/home-safety/self-check/")
    assert response.status_code == 200
    assert "1. I have had a fall in the past year." in response.text
    assert "It is a screening aid, not a diagnosis" in response.text
    assert "statement_11" in response.text
    assert "statement_12" not in response.text


def test_a_score_of_4_or_more_asks_to_talk_to_a_clinician_with_the_reasons(
    alice_client, alice, guidance, clock
):
    response = alice_client.post(
        "/home-safety/self-check/", all_yes_no({1: "yes", 3: "yes", 9: "yes"})
    )
    check = SelfCheck.objects.get(user=alice)
    assert response.url == f"/home-safety/self-check/{check.pk}/"
    assert (check.score, check.max_score, check.threshold) == (4, 14, 4)
    assert check.day == date(2026, 3, 3)
    assert check.answers.count() == 12
    assert check.answers.filter(yes=True).count() == 3

    text = alice_client.get(response.url).text
    assert "<strong>4 out of 14</strong>" in text
    assert "Talk to your clinician about falls" in text
    assert "Having fallen once makes another fall more likely." in text
    assert "When you cannot feel your feet well" in text
    assert "screening aid, not a diagnosis" in text


def test_a_score_below_4_says_keep_it_up(alice_client, alice, guidance):
    response = alice_client.post(
        "/home-safety/self-check/", all_yes_no({1: "yes", 3: "yes"})
    )
    text = alice_client.get(response.url).text
    assert "<strong>3 out of 14</strong>" in text
    assert "Keep it up" in text
    assert "Talk to your clinician about falls" not in text
    assert "Having fallen once makes another fall more likely." in text


def test_the_threshold_and_points_are_the_admins(alice_client, alice, guidance):
    HomeSafetySettings.objects.update(self_check_threshold=2)
    SelfCheckStatement.objects.filter(number=3).update(points=2)
    response = alice_client.post("/home-safety/self-check/", all_yes_no({3: "yes"}))
    check = SelfCheck.objects.get(user=alice)
    assert (check.score, check.max_score, check.threshold) == (2, 15, 2)
    assert "Talk to your clinician about falls" in alice_client.get(response.url).text


@pytest.mark.parametrize(
    ("answers", "errors"),
    [
        ({}, 12),
        ({1: "yes", 2: "no"}, 10),
        ({**dict.fromkeys(range(1, 13), "no"), 4: "maybe"}, 1),
    ],
)
def test_every_statement_needs_a_yes_or_no_and_nothing_is_saved_until_then(
    alice_client, guidance, answers, errors
):
    data = sent_once(
        {f"statement_{number}": value for number, value in answers.items()}
    )
    response = alice_client.post("/home-safety/self-check/", data)
    assert response.status_code == 200
    assert len(response.context["form"].errors) == errors
    # Once by each statement, and once in the error summary's link to it.
    assert response.text.count("Please answer yes or no.") == errors * 2
    assert "Nothing was saved." in response.text
    assert not SelfCheck.objects.exists()


@pytest.mark.parametrize("count", [1, 30])
def test_self_check_pages_run_a_fixed_number_of_queries(
    alice_client, alice, guidance, assert_page, count
):
    latest = make_self_checks(alice, count)
    taken = f"{latest.day.day} {latest.day:%B %Y}"
    score = f"{latest.score} out of 14"
    local = latest.taken_at.astimezone(ZoneInfo("America/New_York"))  # alice's zone
    at = f"{local.hour}:{local.minute:02d}"
    # session, user and profile, statements, latest self-check
    assert_page(
        alice_client,
        "/home-safety/self-check/",
        max_queries=4,
        shows=["1. I have had a fall in the past year.", "statement_12"],
    )
    # session, user and profile, self-check, its answers, settings
    assert_page(
        alice_client,
        f"/home-safety/self-check/{latest.pk}/",
        max_queries=5,
        shows=[
            f"Your score on {taken}: <strong>{score}</strong>",
            "Having fallen once makes another fall more likely.",
        ],
    )
    # session, user and profile, count, page
    assert_page(
        alice_client,
        "/home-safety/self-check/history/",
        max_queries=4,
        shows=["<h1>Your self-check results</h1>", f"{taken}, {at}: {score}"],
    )


def test_taking_the_self_check_runs_a_fixed_number_of_queries(
    alice_client, alice, guidance, assert_page
):
    data = all_yes_no({1: "yes"})
    # session, user and profile, statements, the claim (insert, read, prune),
    # settings, insert the check, insert its answers, note it in the claim
    response = assert_page(
        alice_client,
        "/home-safety/self-check/",
        max_queries=10,
        method="post",
        data=data,
        status=302,
    )
    check = SelfCheck.objects.get(user=alice)
    assert response.url == f"/home-safety/self-check/{check.pk}/"
    assert (check.score, check.answers.count()) == (2, 12)
