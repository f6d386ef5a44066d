"""Text size and contrast: saved from the profile page, applied on every page."""

from tracker.models import Profile


def display_post(text_size="large", high_contrast=False):
    data = {"display-text_size": text_size}
    if high_contrast:
        data["display-high_contrast"] = "on"
    return data


class TestDisplaySetting:
    def test_it_needs_login(self, client, db):
        response = client.post("/profile/display/", display_post())
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/")

    def test_it_needs_a_post(self, alice_client):
        assert alice_client.get("/profile/display/").status_code == 405

    def test_the_form_saves_and_goes_back_to_the_profile(self, alice_client, alice):
        response = alice_client.post(
            "/profile/display/", display_post("larger", high_contrast=True)
        )
        assert response.status_code == 302
        assert response.url == "/profile/#display-heading"
        alice.profile.refresh_from_db()
        assert alice.profile.text_size == Profile.TextSize.LARGER
        assert alice.profile.high_contrast is True

    def test_the_script_gets_an_empty_answer(self, alice_client, alice):
        response = alice_client.post(
            "/profile/display/",
            display_post("large"),
            headers={"X-Display-Setting": "1"},
        )
        assert response.status_code == 204
        alice.profile.refresh_from_db()
        assert alice.profile.text_size == Profile.TextSize.LARGE

    def test_an_unknown_size_saves_nothing(self, alice_client, alice):
        response = alice_client.post(
            "/profile/display/",
            display_post("huge"),
            headers={"X-Display-Setting": "1"},
        )
        assert response.status_code == 400
        response = alice_client.post("/profile/display/", display_post("huge"))
        assert response.status_code == 302
        alice.profile.refresh_from_db()
        assert alice.profile.text_size == Profile.TextSize.NORMAL

    def test_it_changes_only_the_display(self, alice_client, alice):
        alice_client.post("/profile/display/", display_post("large"))
        alice.profile.refresh_from_db()
        assert (alice.profile.birth_year, alice.profile.time_zone) == (
            1964,
            "America/New_York",
        )


class TestEveryPage:
    def test_the_users_setting_is_a_class_on_html_at_no_extra_query(
        self, alice_client, alice, assert_page
    ):
        Profile.objects.filter(user=alice).update(
            text_size=Profile.TextSize.LARGER, high_contrast=True
        )
        # session, user joined with profile: as before the setting existed
        assert_page(
            alice_client,
            "/profile/",
            max_queries=2,
            shows=['<html lang="en" class="no-js text-larger high-contrast">'],
        )

    def test_the_default_adds_no_class(self, alice_client, assert_page):
        assert_page(
            alice_client,
            "/profile/",
            max_queries=2,
            shows=[
                '<html lang="en" class="no-js">',
                'value="normal"  id="id_display-text_size_0" required checked',
            ],
        )

    def test_visitors_get_the_default(self, client, db):
        response = client.get("/accounts/login/")
        assert '<html lang="en" class="no-js">' in response.text
