"""The shared page check fails on a page a user could not use.

A query count alone passes on any answer, a 404 included: ``assert_page`` also
checks the status and what the page shows.
"""

import pytest

from tracker.models import Food, Source


@pytest.mark.parametrize("path", ["/trendz/", "/weeks/2099-W01/"])
def test_a_page_that_is_not_found_fails_the_check(alice_client, assert_page, path):
    with pytest.raises(AssertionError, match="answered 404, not 200"):
        assert_page(alice_client, path, max_queries=50, shows=["Page not found"])


def test_a_page_that_does_not_show_the_text_fails_the_check(
    alice_client, assert_page, guidance
):
    assert_page(alice_client, "/trends/", max_queries=50, shows=["Trends"])
    with pytest.raises(AssertionError, match="does not show"):
        assert_page(alice_client, "/trends/", max_queries=50, shows=["Tremds"])


def test_a_page_over_its_query_budget_fails_the_check(client, assert_page, guidance):
    with pytest.raises(AssertionError, match="ran 2 queries, expected at most 1"):
        assert_page(client, "/about/foods/", max_queries=1, shows=["Almonds"])
    with pytest.raises(AssertionError, match="ran 2 queries, expected 3"):
        assert_page(client, "/about/foods/", queries=3, shows=["Almonds"])


def test_a_redirect_elsewhere_fails_the_check(client, assert_page, db):
    with pytest.raises(AssertionError, match="redirected to /accounts/login/"):
        assert_page(client, "/trends/", max_queries=5, redirects_to="/trends/")
    with pytest.raises(AssertionError, match="answered 302, not 200"):
        assert_page(client, "/trends/", max_queries=5, shows=["Trends"])


def test_text_is_found_as_the_user_reads_it_and_hidden_text_is_checked(
    client, assert_page, guidance
):
    Food.objects.create(
        name="Bob's  oat\nmilk",
        serving="1 cup",
        calcium_mg=350,
        vitamin_d_iu=100,
        source=Source.objects.first(),
    )
    assert_page(
        client,
        "/about/foods/",
        max_queries=2,
        shows=["Bob's oat milk"],  # escaped in the page, and its spaces collapsed
        hides=["Bob's shake"],
    )
    with pytest.raises(AssertionError, match="which it must not"):
        assert_page(
            client, "/about/foods/", max_queries=2, shows=["Almonds"], hides=["Bob's"]
        )


def test_a_page_check_must_say_what_the_page_shows(client, assert_page, db):
    with pytest.raises(TypeError, match="Say what the page shows"):
        assert_page(client, "/healthz/", queries=1)
    with pytest.raises(TypeError, match="either max_queries or queries"):
        assert_page(client, "/healthz/", shows=["ok"])
