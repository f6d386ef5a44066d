"""/exercise/library/<slug>/: one activity's page."""

from tests.helpers import spine_fracture


def test_each_activity_has_its_own_page(client, guidance):
    response = client.get("/exercise/library/skipping/")
    page = response.text
    assert "<h1" in page and "Skipping</h1>" in page
    assert "Moderate impact." in page
    assert 'href="/exercise/library/marching/">Marching</a>' in page
    assert client.get("/exercise/library/no-such-thing/").status_code == 404


def test_signed_in_users_can_log_an_activity_from_the_library(alice_client, guidance):
    page = alice_client.get("/exercise/library/skipping/").text
    assert 'href="/exercise/log/?type=skipping"' in page


def test_after_a_spine_fracture_the_library_suggests_gentler_choices(
    alice, alice_client, guidance
):
    spine_fracture(alice)
    page = alice_client.get("/exercise/library/skipping/").text
    assert "After a spine fracture, the guidance suggests lower-impact choices" in page
    assert 'such as <a href="/exercise/library/marching/">marching</a>' in page
    assert "a physiotherapist can help you plan" in page
    # Lower-impact activities carry no such note.
    page = alice_client.get("/exercise/library/marching/").text
    assert "suggests lower-impact choices such as" not in page


def test_without_a_spine_fracture_no_gentler_choice_is_pressed(alice_client, guidance):
    page = alice_client.get("/exercise/library/skipping/").text
    assert "Skipping</h1>" in page
    assert 'href="/exercise/log/?type=skipping"' in page
    assert "suggests lower-impact choices such as" not in page
