import re
import threading
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.utils import timezone

from tests.conftest import PASSWORD
from tests.helpers import at_once, skip_on_sqlite_memory
from tracker.emails import wait_for_background_emails
from tracker.models import Profile

User = get_user_model()


def signup_data(**overrides):
    data = {
        "username": "maria",
        "email": "maria@example.com",
        "password1": "a long and private phrase",
        "password2": "a long and private phrase",
    }
    return {**data, **overrides}


class TestSignup:
    def test_it_creates_the_account_and_profile_and_asks_for_the_profile(
        self, client, db
    ):
        response = client.post("/accounts/signup/", signup_data())
        assert response.status_code == 302
        assert response["Location"] == "/profile/"
        user = User.objects.get(username="maria")
        assert user.email == "maria@example.com"
        assert Profile.objects.get(user=user).onboarded_at is None
        assert client.get("/profile/").context["first_visit"] is True

    def test_a_used_email_is_refused_by_the_field(self, client, alice):
        response = client.post(
            "/accounts/signup/", signup_data(email="ALICE@example.com")
        )
        assert response.status_code == 200
        assert "An account already uses this email address" in str(
            response.context["form"].errors["email"]
        )
        assert not User.objects.filter(username="maria").exists()

    def test_mismatched_passwords_save_nothing(self, client, db):
        response = client.post(
            "/accounts/signup/", signup_data(password2="something else")
        )
        assert response.context["form"].errors["password2"]
        assert not User.objects.exists()

    def test_a_signed_in_user_goes_home(self, alice_client):
        response = alice_client.get("/accounts/signup/")
        assert response.status_code == 302
        assert response["Location"] == "/"


class TestLoginAndLogout:
    def test_login_then_logout(self, client, alice):
        response = client.post(
            "/accounts/login/", {"username": "alice", "password": PASSWORD}
        )
        assert response.status_code == 302
        assert client.get("/").context["user"] == alice
        client.post("/accounts/logout/")
        assert not client.get("/").context["user"].is_authenticated

    def test_a_wrong_password_says_so(self, client, alice):
        response = client.post(
            "/accounts/login/", {"username": "alice", "password": "x"}
        )
        assert response.status_code == 200
        assert response.context["form"].non_field_errors()


class TestPasswordChange:
    def test_it_needs_login(self, client, db):
        response = client.get("/accounts/password_change/")
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")

    def test_it_changes_the_password(self, alice_client, alice):
        response = alice_client.post(
            "/accounts/password_change/",
            {
                "old_password": PASSWORD,
                "new_password1": "another long phrase",
                "new_password2": "another long phrase",
            },
        )
        assert response["Location"] == "/accounts/password_change/done/"
        alice.refresh_from_db()
        assert alice.check_password("another long phrase")


class TestPasswordReset:
    def test_the_emailed_link_sets_a_new_password(self, client, alice):
        client.post("/accounts/password_reset/", {"email": "alice@example.com"})
        wait_for_background_emails()
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.subject == "Reset your Bone Health Tracker password"
        link = re.search(r"http://testserver(/accounts/reset/\S+/)", message.body)[1]

        form_page = client.get(link, follow=True)
        assert form_page.context["validlink"] is True
        client.post(
            form_page.redirect_chain[-1][0],
            {
                "new_password1": "a fresh long phrase",
                "new_password2": "a fresh long phrase",
            },
        )
        alice.refresh_from_db()
        assert alice.check_password("a fresh long phrase")

    def test_an_unknown_email_sends_nothing_and_reveals_nothing(self, client, db):
        response = client.post(
            "/accounts/password_reset/", {"email": "nobody@example.com"}
        )
        assert response["Location"] == "/accounts/password_reset/done/"
        wait_for_background_emails()
        assert mail.outbox == []


class TestProfile:
    def test_it_needs_login(self, client, db):
        response = client.get("/profile/")
        assert response.status_code == 302
        assert response["Location"] == "/accounts/login/?next=/profile/"

    def test_the_owner_sees_their_own_profile(self, alice_client):
        response = alice_client.get("/profile/")
        assert response.status_code == 200
        assert response.context["form"].instance.user.username == "alice"

    def test_saving_updates_the_profile(self, alice_client, alice):
        response = alice_client.post(
            "/profile/",
            {
                "birth_year": "1955",
                "birth_date": "",
                "sex": "unspecified",
                "time_zone": "Pacific/Auckland",
                "vitamin_d_unit": "mcg",
                "had_spine_fracture": "on",
            },
        )
        assert response.status_code == 302
        alice.profile.refresh_from_db()
        assert alice.profile.birth_year == 1955
        assert alice.profile.time_zone == "Pacific/Auckland"
        assert alice.profile.vitamin_d_unit == "mcg"
        assert alice.profile.had_spine_fracture is True

    def test_the_time_zone_list_is_short_grouped_and_readable(self, alice_client):
        page = alice_client.get("/profile/").content.decode()
        assert '<optgroup label="America">' in page
        assert '<option value="America/New_York" selected>New York</option>' in page
        assert 'value="Europe/London"' in page
        for legacy in ("Factory", "localtime", "W-SU", "US/Eastern", "Etc/GMT+5"):
            assert f'value="{legacy}"' not in page

    def test_a_saved_legacy_zone_shows_and_saves_as_its_listed_zone(
        self, alice_client, alice
    ):
        Profile.objects.filter(user=alice).update(time_zone="US/Eastern")
        page = alice_client.get("/profile/").content.decode()
        assert '<option value="America/New_York" selected>New York</option>' in page
        assert 'value="US/Eastern"' not in page

    def test_a_legacy_zone_sent_is_saved_as_its_listed_zone(self, alice_client, alice):
        response = alice_client.post(
            "/profile/",
            {"sex": "female", "time_zone": "W-SU", "vitamin_d_unit": "IU"},
        )
        assert response.status_code == 302
        alice.profile.refresh_from_db()
        assert alice.profile.time_zone == "Europe/Moscow"

    def test_a_saved_zone_without_a_listed_match_stays_valid(self, alice_client, alice):
        Profile.objects.filter(user=alice).update(time_zone="Etc/GMT+5")
        page = alice_client.get("/profile/").content.decode()
        assert '<option value="Etc/GMT+5" selected>Etc / GMT+5</option>' in page
        response = alice_client.post(
            "/profile/",
            {"sex": "female", "time_zone": "Etc/GMT+5", "vitamin_d_unit": "IU"},
        )
        assert response.status_code == 302
        alice.profile.refresh_from_db()
        assert alice.profile.time_zone == "Etc/GMT+5"

    def test_the_name_to_call_you_is_saved_and_used_to_greet(self, alice_client, alice):
        assert "<h1>Hello</h1>" in alice_client.get("/").text  # not the user name
        response = alice_client.post(
            "/profile/",
            {
                "preferred_name": "  Alice  ",
                "sex": "female",
                "time_zone": "UTC",
                "vitamin_d_unit": "IU",
            },
        )
        assert response.status_code == 302
        alice.refresh_from_db()
        assert alice.first_name == "Alice"
        assert "<h1>Hello, Alice</h1>" in alice_client.get("/").text
        assert 'value="Alice"' in alice_client.get("/profile/").text

    def test_a_birth_date_sets_the_year(self, alice_client, alice):
        alice_client.post(
            "/profile/",
            {
                "birth_year": "",
                "birth_date": "1957-03-04",
                "sex": "female",
                "time_zone": "UTC",
                "vitamin_d_unit": "IU",
            },
        )
        alice.profile.refresh_from_db()
        assert alice.profile.birth_year == 1957

    @pytest.mark.parametrize(
        ("field", "value", "message"),
        [
            ("birth_year", "1789", "Enter a four-digit year between"),
            ("birth_year", "nineteen", "Enter a whole number."),
            ("birth_date", "2999-01-01", "cannot be in the future"),
            ("birth_date", "0001-01-01", "Enter a date of birth in "),
            ("birth_date", "1789-07-14", "Enter a date of birth in "),
            ("birth_date", "1957-02-30", "Enter a date like 1958-04-23."),
            ("birth_date", "1960-01-01", "not in the year of birth you gave"),
            ("time_zone", "Mars/Olympus_Mons", "Select a valid choice."),
            ("preferred_name", "M" * 151, "Keep this to 150 characters or fewer"),
            ("sex", "other", "Select a valid choice."),
            ("vitamin_d_unit", "grains", "Select a valid choice."),
        ],
    )
    def test_bad_input_is_explained_by_the_field_and_saves_nothing(
        self, alice_client, alice, field, value, message
    ):
        data = {
            "birth_year": "1964",
            "birth_date": "",
            "sex": "female",
            "time_zone": "Europe/Paris",
            "vitamin_d_unit": "IU",
        }
        response = alice_client.post("/profile/", {**data, field: value})
        assert response.status_code == 200
        assert message in str(response.context["form"].errors[field])
        alice.profile.refresh_from_db()
        assert (alice.profile.time_zone, alice.profile.birth_year) == (
            "America/New_York",
            1964,
        )

    def test_an_implausible_birth_date_is_refused_with_the_range(
        self, alice_client, alice
    ):
        first = timezone.localdate().year - 120
        response = alice_client.post(
            "/profile/",
            {
                "birth_year": "",
                "birth_date": "0001-01-01",
                "sex": "female",
                "time_zone": "UTC",
                "vitamin_d_unit": "IU",
            },
        )
        page = response.content.decode()
        assert f"Enter a date of birth in {first} or later, like 1958-04-23." in page
        assert f'min="{first}-01-01"' in page
        alice.profile.refresh_from_db()
        assert alice.profile.birth_year == 1964

    def test_skipping_is_remembered_so_we_ask_once(self, client, bob):
        client.force_login(bob)
        assert client.get("/").context["ask_for_profile"] is True
        client.post("/profile/skip/")
        assert client.get("/").context["ask_for_profile"] is False

    def test_skip_needs_a_post(self, client, bob):
        client.force_login(bob)
        assert client.get("/profile/skip/").status_code == 405

    def test_a_user_without_a_profile_gets_one(self, client, db):
        admin = User.objects.create_superuser("root", "root@example.com", PASSWORD)
        client.force_login(admin)
        assert client.get("/profile/").status_code == 200
        assert Profile.objects.filter(user=admin).exists()

    def test_the_page_runs_a_fixed_number_of_queries(self, alice_client, assert_page):
        # session, user joined with profile
        assert_page(
            alice_client,
            "/profile/",
            max_queries=2,
            shows=['name="birth_year" value="1964"', '"America/New_York" selected'],
        )


class TestDeleteAccount:
    def test_it_needs_login(self, client, db):
        response = client.get("/account/delete/")
        assert response.status_code == 302
        assert response["Location"] == "/accounts/login/?next=/account/delete/"

    def test_it_asks_for_confirmation_first(self, alice_client, alice):
        response = alice_client.get("/account/delete/")
        assert b"cannot be undone" in response.content
        assert User.objects.filter(pk=alice.pk).exists()

    def test_a_wrong_password_deletes_nothing(self, alice_client, alice):
        response = alice_client.post("/account/delete/", {"password": "wrong"})
        assert "Nothing was deleted" in str(response.context["form"].errors["password"])
        assert User.objects.filter(pk=alice.pk).exists()

    def test_it_deletes_the_user_and_their_profile_only(self, alice_client, alice, bob):
        response = alice_client.post("/account/delete/", {"password": PASSWORD})
        assert response.status_code == 302
        assert not User.objects.filter(pk=alice.pk).exists()
        assert not Profile.objects.filter(user_id=alice.pk).exists()
        assert User.objects.filter(pk=bob.pk).exists()
        assert not alice_client.get("/").context["user"].is_authenticated


class TestSignupRaces:
    """The database, not only the form, keeps one account per name and address."""

    @pytest.fixture
    def form_checks_skipped(self, monkeypatch):
        """Let the form pass as it would for a sign-up racing another."""
        from tracker.forms.accounts import SignupForm

        monkeypatch.setattr(
            SignupForm, "clean_username", lambda form: form.cleaned_data["username"]
        )
        monkeypatch.setattr(
            SignupForm, "clean_email", lambda form: form.cleaned_data["email"]
        )

    # A service that refuses rolls back the transaction it is in, which in a
    # plain test is the test's own; these need real transactions, as a request.
    @pytest.mark.django_db(transaction=True)
    def test_a_lost_race_for_the_user_name_shows_the_forms_message(
        self, client, alice, form_checks_skipped
    ):
        response = client.post(
            "/accounts/signup/", signup_data(username="alice", email="new@example.com")
        )
        assert response.status_code == 200
        assert response.context["form"].errors["username"] == [
            "A user with that username already exists."
        ]
        assert User.objects.count() == 1

    @pytest.mark.django_db(transaction=True)
    def test_a_lost_race_for_the_email_shows_the_forms_message(
        self, client, alice, form_checks_skipped
    ):
        response = client.post(
            "/accounts/signup/", signup_data(email="Alice@Example.com")
        )
        assert response.status_code == 200
        assert "An account already uses this email address" in str(
            response.context["form"].errors["email"]
        )
        assert list(User.objects.values_list("username", flat=True)) == ["alice"]
        assert not Profile.objects.filter(user__username="maria").exists()

    def test_accounts_without_an_email_may_share_the_empty_one(self, db):
        User.objects.create_user("first", email="")
        User.objects.create_user("second", email="")
        assert User.objects.filter(email="").count() == 2

    @pytest.mark.django_db(transaction=True)
    @pytest.mark.parametrize("shared", ["username", "email"])
    def test_ten_sign_ups_at_once_make_one_account(self, shared):
        skip_on_sqlite_memory()

        def sign_up(number):
            data = signup_data(
                username="maria" if shared == "username" else f"maria{number}",
                email="maria@example.com" if shared == "email" else f"m{number}@x.org",
            )
            client = Client()
            return lambda: client.post("/accounts/signup/", data).status_code

        statuses, errors = at_once([sign_up(n) for n in range(10)])
        assert errors == []
        assert sorted(statuses) == [200] * 9 + [302]
        assert User.objects.count() == 1
        assert Profile.objects.count() == 1


class TestPasswordResetTiming:
    """Known and unknown addresses cost the same work, so timing reveals nothing."""

    @pytest.fixture
    def work(self, monkeypatch):
        from django.contrib.auth.tokens import PasswordResetTokenGenerator

        from tracker.forms import accounts as account_forms

        done = []
        make_token = PasswordResetTokenGenerator.make_token
        render = account_forms.render_to_string
        monkeypatch.setattr(
            PasswordResetTokenGenerator,
            "make_token",
            lambda self, user: done.append("token") or make_token(self, user),
        )
        monkeypatch.setattr(
            account_forms,
            "render_to_string",
            lambda name, context: done.append(name) or render(name, context),
        )
        return done

    def reset(self, client, email):
        response = client.post("/accounts/password_reset/", {"email": email})
        assert response["Location"] == "/accounts/password_reset/done/"
        wait_for_background_emails()

    def test_an_unknown_address_does_the_same_work_as_a_known_one(
        self, client, alice, work
    ):
        self.reset(client, "alice@example.com")
        known = list(work)
        work.clear()
        self.reset(client, "nobody@example.com")
        assert work == known
        assert known == [
            "token",
            "registration/password_reset_subject.txt",
            "registration/password_reset_email.html",
        ]
        assert [message.to for message in mail.outbox] == [["alice@example.com"]]

    def test_the_answer_does_not_wait_for_the_mail_server(self, client, alice):
        sending = threading.Event()
        release = threading.Event()
        sent = threading.Event()

        def slow_send(message):
            sending.set()
            release.wait(5)
            sent.set()
            return 1

        with mock.patch(
            "django.core.mail.backends.locmem.EmailBackend.send_messages",
            side_effect=slow_send,
        ):
            response = client.post(
                "/accounts/password_reset/", {"email": "alice@example.com"}
            )
            assert response.status_code == 302
            assert sending.wait(5)
            assert not sent.is_set()  # answered while the server was still busy
            release.set()
            wait_for_background_emails()
