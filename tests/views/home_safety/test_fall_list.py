"""/home-safety/falls/: the log of falls and near-misses."""

from datetime import date, timedelta

import pytest

from tracker.models import Fall


def test_falls_log_starts_empty_and_says_what_to_do(alice_client):
    text = alice_client.get("/home-safety/falls/").text
    assert "Nothing logged yet" in text
    assert "Log a fall or near-miss" in text


def test_falls_log_lists_only_the_users_falls(alice_client, alice, bob):
    Fall.objects.create(user=alice, day=date(2026, 3, 1), place="kitchen", hurt=False)
    Fall.objects.create(user=bob, day=date(2026, 3, 1), place="bob's roof", hurt=True)
    text = alice_client.get("/home-safety/falls/").text
    assert "kitchen" in text
    assert "roof" not in text


def test_falls_log_pages_past_twenty_entries(alice_client, alice):
    Fall.objects.bulk_create(
        Fall(
            user=alice,
            day=date(2026, 1, 1) + timedelta(days=n),
            place="hall",
            hurt=False,
        )
        for n in range(25)
    )
    first = alice_client.get("/home-safety/falls/").text
    assert "Page 1 of 2" in first
    assert "25 January 2026" in first
    second = alice_client.get("/home-safety/falls/?page=2").text
    assert "1 January 2026" in second
    assert alice_client.get("/home-safety/falls/?page=junk").status_code == 200


@pytest.mark.parametrize("count", [1, 30])
def test_falls_pages_run_a_fixed_number_of_queries(
    alice_client, alice, assert_page, count
):
    Fall.objects.bulk_create(
        Fall(
            user=alice,
            day=date(2026, 1, 1) + timedelta(days=n),
            place="hall",
            hurt=False,
        )
        for n in range(count)
    )
    fall = Fall.objects.filter(user=alice).first()  # the newest
    day = f"{fall.day.day} January 2026"
    # session, user and profile, count, page, the fractures of the page's falls
    response = assert_page(
        alice_client,
        "/home-safety/falls/",
        max_queries=5,
        shows=[f"{day}: Fall", "<strong>Where:</strong> hall"],
    )
    assert response.text.count("Edit<span") == min(count, 20)
    # session, user and profile, the fall
    assert_page(
        alice_client,
        f"/home-safety/falls/{fall.pk}/edit/",
        max_queries=3,
        shows=["Edit a fall or near-miss", f'value="{fall.day}"', 'value="hall"'],
    )
    assert_page(
        alice_client,
        f"/home-safety/falls/{fall.pk}/delete/",
        max_queries=3,
        shows=["Delete this entry?", f"{day}: Fall, hall."],
    )
    # session, user and profile
    assert_page(
        alice_client,
        "/home-safety/falls/new/",
        max_queries=2,
        shows=["Log a fall or near-miss", 'name="place"'],
    )


def test_a_fall_links_to_the_fracture_it_caused(alice_client, alice):
    from tracker.models import Fracture

    hurt = Fall.objects.create(user=alice, day=date(2026, 3, 1), place="ice", hurt=True)
    broke = Fall.objects.create(
        user=alice, day=date(2026, 2, 1), place="hall", hurt=True
    )
    Fracture.objects.create(
        user=alice, year=2026, month=2, bone="wrist", from_low_fall="yes", fall=broke
    )
    text = alice_client.get("/home-safety/falls/").text
    assert "Wrist, February 2026</a>" in text
    assert f'href="/bones/fractures/new/?fall={hurt.pk}"' in text
    assert f"?fall={broke.pk}" not in text
