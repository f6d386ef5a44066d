import pytest

from tests.conftest import PASSWORD


def test_pages_send_a_strict_content_security_policy(client, db):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_pages_cannot_be_framed(client, db):
    assert client.get("/").headers["X-Frame-Options"] == "DENY"


def test_templates_have_no_inline_scripts_or_styles(client, alice, guidance):
    client.force_login(alice)
    for path in ["/", "/profile/", "/about/"]:
        response = client.get(path)
        assert response.status_code == 200
        html = response.content.decode()
        assert "This app informs and never diagnoses" in html
        assert '<script src="/static/' in html
        assert "<script>" not in html
        assert "style=" not in html
        assert "<style" not in html


class TestPrivatePages:
    """A signed-in user's answers are kept out of browser and proxy caches."""

    @pytest.mark.parametrize(
        ("path", "status", "text"),
        [
            ("/", 200, "This week"),
            ("/intake/", 302, ""),
            ("/home-safety/", 200, "Home safety"),
            ("/medicines/", 200, "Your medicines"),
            ("/trendz/", 404, "Not Found"),
            ("/accounts/signup/", 302, ""),
        ],
    )
    def test_every_answer_to_a_signed_in_user_is_private(
        self, alice_client, guidance, path, status, text
    ):
        response = alice_client.get(path)
        assert response.status_code == status
        assert text in response.content.decode()
        directives = {
            part.strip() for part in response.headers["Cache-Control"].split(",")
        }
        assert {"private", "no-store"} <= directives

    def test_the_answer_to_signing_in_is_private_too(self, client, alice):
        response = client.post(
            "/accounts/login/", {"username": "alice", "password": PASSWORD}
        )
        assert response.status_code == 302
        assert "no-store" in response.headers["Cache-Control"]

    def test_public_pages_for_visitors_are_not_marked(self, client, db):
        response = client.get("/about/")
        assert response.status_code == 200
        assert "no-store" not in response.headers.get("Cache-Control", "")
