"""Sign-in throttling (django-axes) on every form that checks a password."""

from datetime import timedelta
from unittest import mock

import pytest
import time_machine
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from tests.conftest import PASSWORD

User = get_user_model()
LIMIT = settings.AXES_FAILURE_LIMIT
PAUSED = "Signing in is paused for 15 minutes"


def sign_in(client, username, password, *, path="/accounts/login/"):
    return client.post(path, {"username": username, "password": password})


def fail_until_paused(client, username="alice", **kwargs):
    """Send wrong passwords up to the limit: the last one is answered with the pause."""
    for _ in range(LIMIT - 1):
        assert sign_in(client, username, "wrong", **kwargs).status_code == 200
    assert_paused(sign_in(client, username, "wrong", **kwargs))


def assert_paused(response):
    assert response.status_code == 429
    page = response.content.decode()
    assert PAUSED in page
    assert "Please try again in 15 minutes." in page


@pytest.fixture
def hashing():
    """Count the password checks that hash a password."""
    with mock.patch(
        "django.contrib.auth.base_user.check_password", autospec=True
    ) as check:
        check.return_value = False
        yield check


class TestSiteSignIn:
    def test_wrong_passwords_up_to_the_limit_are_answered_as_usual(self, client, alice):
        for _ in range(LIMIT - 1):
            response = sign_in(client, "alice", "wrong")
            assert response.status_code == 200
            assert response.context["form"].non_field_errors()
        assert sign_in(client, "alice", PASSWORD).status_code == 302

    def test_after_the_limit_even_the_right_password_is_refused(self, client, alice):
        fail_until_paused(client)
        assert_paused(sign_in(client, "alice", PASSWORD))
        assert "_auth_user_id" not in client.session

    def test_a_paused_attempt_hashes_no_password(self, client, alice, hashing):
        fail_until_paused(client)
        hashing.reset_mock()
        assert_paused(sign_in(client, "alice", "another guess"))
        hashing.assert_not_called()

    def test_a_paused_attempt_is_answered_before_the_form_is_checked(
        self, client, alice
    ):
        fail_until_paused(client)
        with mock.patch(
            "django.contrib.auth.views.LoginView.post", autospec=True
        ) as view:
            assert_paused(sign_in(client, "alice", "another guess"))
        view.assert_not_called()

    def test_the_limit_is_per_address_too(self, client, alice, bob):
        for number in range(LIMIT):
            sign_in(client, f"someone{number}", "wrong")
        assert_paused(sign_in(client, "bob", PASSWORD))

    def test_the_limit_is_per_account_from_any_address(self, client, alice):
        for number in range(LIMIT):
            client.post(
                "/accounts/login/",
                {"username": "alice", "password": "wrong"},
                REMOTE_ADDR=f"10.0.0.{number}",
            )
        response = client.post(
            "/accounts/login/",
            {"username": "alice", "password": PASSWORD},
            REMOTE_ADDR="10.0.0.99",
        )
        assert_paused(response)

    def test_failures_are_kept_in_the_database(self, client, alice):
        """So that every process and machine serving the site sees them."""
        fail_until_paused(client)
        attempt = AccessAttempt.objects.get(username="alice")
        assert attempt.failures_since_start == LIMIT

    def test_the_pause_ends_after_the_cool_off(self, client, alice):
        fail_until_paused(client)
        later = timezone.now() + settings.AXES_COOLOFF_TIME + timedelta(seconds=1)
        with time_machine.travel(later, tick=False):
            assert sign_in(client, "alice", PASSWORD).status_code == 302

    def test_more_tries_during_the_pause_do_not_lengthen_it(self, client, alice):
        fail_until_paused(client)
        almost = timezone.now() + settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
        with time_machine.travel(almost, tick=False):
            assert_paused(sign_in(client, "alice", "wrong"))
        later = almost + timedelta(minutes=2)
        with time_machine.travel(later, tick=False):
            assert sign_in(client, "alice", PASSWORD).status_code == 302


class TestAdminSignIn:
    def test_it_is_paused_after_the_limit(self, client, db):
        User.objects.create_superuser("editor", "editor@example.com", PASSWORD)
        fail_until_paused(client, "editor", path="/admin/login/")
        assert_paused(sign_in(client, "editor", PASSWORD, path="/admin/login/"))


class TestPasswordChange:
    def change(self, client, old_password):
        return client.post(
            "/accounts/password_change/",
            {
                "old_password": old_password,
                "new_password1": "another long phrase",
                "new_password2": "another long phrase",
            },
        )

    def test_wrong_old_passwords_count_toward_the_limit(self, alice_client, alice):
        for _ in range(LIMIT - 1):
            response = self.change(alice_client, "wrong")
            assert response.status_code == 200
            assert response.context["form"].errors["old_password"]
        assert_paused(self.change(alice_client, "wrong"))
        assert_paused(self.change(alice_client, PASSWORD))
        alice.refresh_from_db()
        assert alice.check_password(PASSWORD)


class TestDeleteAccount:
    def test_wrong_passwords_count_toward_the_limit(self, alice_client, alice):
        for _ in range(LIMIT - 1):
            response = alice_client.post("/account/delete/", {"password": "wrong"})
            assert response.status_code == 200
            assert "That password is not right" in response.content.decode()
        assert_paused(alice_client.post("/account/delete/", {"password": "wrong"}))
        assert_paused(alice_client.post("/account/delete/", {"password": PASSWORD}))
        assert User.objects.filter(username="alice").exists()

    def test_wrong_passwords_elsewhere_pause_deleting_too(self, alice_client, alice):
        fail_until_paused(Client(REMOTE_ADDR="10.0.0.1"))
        assert_paused(alice_client.post("/account/delete/", {"password": PASSWORD}))
        assert User.objects.filter(username="alice").exists()


def test_a_new_password_from_the_emailed_link_lifts_the_pause(client, alice):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    fail_until_paused(client)
    uid = urlsafe_base64_encode(force_bytes(alice.pk))
    token = default_token_generator.make_token(alice)
    form_page = client.get(f"/accounts/reset/{uid}/{token}/", follow=True)
    client.post(
        form_page.redirect_chain[-1][0],
        {
            "new_password1": "a fresh long phrase",
            "new_password2": "a fresh long phrase",
        },
    )
    assert sign_in(client, "alice", "a fresh long phrase").status_code == 302


class TestClientAddress:
    """Whose address a wrong password counts against."""

    def request(self, forwarded):
        from django.test import RequestFactory

        return RequestFactory().get(
            "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded
        )

    def test_without_a_proxy_the_connection_is_the_client(self, settings):
        from tracker.middleware import client_address

        settings.TRUSTED_PROXY_COUNT = 0
        assert client_address(self.request("203.0.113.7")) == "10.0.0.1"

    def test_behind_one_proxy_the_address_it_saw_is_the_clients(self, settings):
        from tracker.middleware import client_address

        settings.TRUSTED_PROXY_COUNT = 1
        # The first entry was written by the client and could be anything.
        forwarded = "198.51.100.1, 203.0.113.7"
        assert client_address(self.request(forwarded)) == "203.0.113.7"


@pytest.mark.parametrize("path", ["/accounts/login/", "/admin/login/"])
def test_a_very_long_user_name_is_a_wrong_password_like_any_other(client, db, path):
    """The fuzz suite's find: axes keeps user names in 255 characters, and
    PostgreSQL refused to store a longer guess, a server error."""
    response = sign_in(client, "x" * 10_000, "wrong", path=path)
    assert response.status_code == 200
    assert "correct username and password" in response.content.decode()
    attempt = AccessAttempt.objects.get()
    assert attempt.username == "x" * 150
