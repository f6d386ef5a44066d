"""Control characters in any address, query parameter or form field get a 400
page (InputHygieneMiddleware), never a server error, and save nothing."""

import pytest
from django.test import Client

from tracker.models import Fall

REFUSED = "This could not be used"


@pytest.mark.parametrize("character", ["\x00", "\x01", "\x08", "\x0b", "\x1f", "\x7f"])
def test_a_control_character_in_a_query_parameter_gets_a_400_page(
    alice_client, guidance, character
):
    # A NUL in ?type= was a server error on PostgreSQL, which refuses it in text.
    response = alice_client.get("/exercise/log/", {"type": f"1{character}"})
    assert response.status_code == 400
    page = response.content.decode()
    assert REFUSED in page
    assert "Nothing was saved." in page
    assert "Log out" in page  # the site's own page, with alice's menu
    assert "Content-Security-Policy" in response.headers


@pytest.mark.parametrize("text", ["a\tb", "line one\r\nline two", "line\n"])
def test_tab_and_line_breaks_are_text(alice_client, guidance, text):
    response = alice_client.get("/exercise/log/", {"type": text})
    assert response.status_code == 200


def test_a_nul_in_a_form_field_saves_nothing(alice_client, guidance):
    response = alice_client.post(
        "/home-safety/falls/new/",
        {
            "kind": "fall",
            "day": "2026-11-25",
            "place": "The stairs",
            "what_happened": "I slipped\x00",
            "hurt": "no",
        },
    )
    assert response.status_code == 400
    assert REFUSED in response.content.decode()
    assert not Fall.objects.exists()


def test_a_control_character_in_a_field_name_is_refused(alice_client, guidance):
    response = alice_client.post("/home-safety/falls/new/", {"place\x1b": "Hall"})
    assert response.status_code == 400


def test_a_control_character_in_the_address_is_refused(alice_client, guidance):
    # The calendar feed's token is any text: a NUL reached the database.
    assert alice_client.get("/medicines/calendar/%00.ics").status_code == 400
    assert alice_client.get("/tips/%7F/").status_code == 400


def test_visitors_get_the_same_page(client, guidance):
    response = client.get("/accounts/login/", {"next": "/\x00"})
    assert response.status_code == 400
    assert "Log in" in response.content.decode()


def test_djangos_own_400_answer_uses_the_same_page(db):
    # Django renders 400.html without the request: the visitor's menu shows.
    response = Client().get("/", HTTP_HOST="not-allowed.example")
    assert response.status_code == 400
    assert REFUSED in response.content.decode()
