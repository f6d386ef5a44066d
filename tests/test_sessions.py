"""Sessions record whose they are, so an account's can all be ended."""

from django.test import Client

from tracker.models import UserSession


def signed_in_client(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_session_records_its_user(alice):
    signed_in_client(alice)
    assert list(UserSession.objects.values_list("user_id", flat=True)) == [alice.pk]


def test_signing_out_removes_the_session(alice):
    client = signed_in_client(alice)
    client.post("/accounts/logout/")
    assert not UserSession.objects.filter(user_id=alice.pk).exists()


def test_deleting_an_account_ends_its_sessions_on_every_device(alice, bob, guidance):
    phone, tablet = signed_in_client(alice), signed_in_client(alice)
    bobs = signed_in_client(bob)
    response = phone.post(
        "/account/delete/", {"password": "correct horse battery staple"}
    )
    assert response.status_code == 302
    assert not UserSession.objects.filter(user_id=alice.pk).exists()
    answer = tablet.get("/medicines/")
    assert answer.status_code == 302
    assert answer["Location"].startswith("/accounts/login/")
    assert bobs.get("/medicines/").status_code == 200
