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
