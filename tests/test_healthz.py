from unittest import mock

from django.db import DatabaseError


def test_it_answers_ok_when_the_database_answers(client, db):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Cache-Control"] == "no-store"


def test_it_answers_an_unknown_host_over_plain_http(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz/", headers={"host": "10.0.0.7"})
    assert response.status_code == 200


def test_it_answers_503_when_the_database_does_not(client, db):
    with mock.patch("tracker.middleware.connection.cursor", side_effect=DatabaseError):
        response = client.get("/healthz/")
    assert response.status_code == 503


def test_it_runs_one_query(client, db, assert_page):
    assert_page(client, "/healthz/", queries=1, shows=["ok"])
