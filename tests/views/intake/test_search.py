"""Search: the fragment at /intake/foods/search/ and the day page's ?q=."""

from tests.helpers import COMBINATION, day_url, sent_once
from tracker.models import Food


def test_search_finds_foods_and_supplements_by_any_words(alice_client, guidance):
    response = alice_client.get(day_url(), {"q": "skim milk"})
    assert [item.name for item in response.context["foods"]] == [
        "Milk, nonfat (skim), vitamin D added",
        "Yogurt, plain, nonfat (skim)",
    ][:1]
    response = alice_client.get(day_url(), {"q": "calcium"})
    assert COMBINATION in [item.name for item in response.context["supplements"]]


def test_search_puts_names_that_start_with_the_word_first(alice_client, guidance):
    response = alice_client.get(day_url(), {"q": "milk"})
    names = [item.name for item in response.context["foods"]]
    assert names[:3] == [
        "Milk, 2% reduced fat, vitamin D added",
        "Milk, nonfat (skim), vitamin D added",
        "Milk, whole 3.25%, vitamin D added",
    ]


def test_the_search_fragment_has_results_and_a_status_but_no_page(
    alice_client, guidance, assert_page
):
    # 1 session, 2 user with profile, 3 foods, 4 supplements.
    response = assert_page(
        alice_client,
        "/intake/foods/search/",
        data={"q": "sardines", "day": "2026-11-24"},
        max_queries=4,
        shows=["Sardines"],
    )
    page = response.content.decode()
    assert "<html" not in page
    assert page.count('class="loggable"') == 2
    # The add forms post back with the search, so that without JavaScript the
    # answer shows the same results.
    assert 'action="/intake/2026-11-24/add/?q=sardines#add-heading"' in page
    assert 'id="search-status" data-hx-swap-oob="innerHTML"' in page
    assert "2 foods and 0 supplements match “sardines”." in page


def test_search_only_shows_the_users_own_items(alice_client, alice, bob, guidance):
    Food.objects.create(
        owner=alice,
        name="Oat milk, my brand",
        serving="1 cup",
        calcium_mg=350,
        vitamin_d_iu=100,
    )
    Food.objects.create(
        owner=bob, name="Oat milk, Bob's", serving="1 cup", calcium_mg=1, vitamin_d_iu=0
    )
    page = alice_client.get("/intake/foods/search/", {"q": "oat"}).content.decode()
    assert "Oat milk, my brand" in page
    assert "Yours" in page
    assert "Bob" not in page


def test_a_search_that_finds_nothing_suggests_adding_a_food(alice_client, guidance):
    page = alice_client.get("/intake/foods/search/", {"q": "zzz"}).content.decode()
    assert "Nothing matches “zzz”." in page
    assert "/intake/my-foods/add/?day=2026-11-25&amp;name=zzz" in page


def test_ice_cream_offers_an_own_food_named_as_typed(
    alice_client, guidance, assert_page
):
    # 1 session, 2 user with profile, 3 foods, 4 supplements, 5 the
    # catalogue's words and names (cached after), which give no correction
    # and no name that looks like it.
    response = assert_page(
        alice_client,
        "/intake/foods/search/",
        data={"q": "ice cream", "day": "2026-11-24"},
        max_queries=5,
        shows=[
            "Nothing matches “ice cream”.",
            'href="/intake/my-foods/add/?day=2026-11-24&amp;name=ice%20cream"',
            "Add it as your own food from its label",
        ],
    )
    assert "Did you mean" not in response.content.decode()
    page = alice_client.get(
        "/intake/my-foods/add/", {"day": "2026-11-24", "name": "ice cream"}
    ).content.decode()
    assert 'name="name" value="ice cream"' in page


def test_a_search_that_finds_nothing_suggests_names_that_look_alike(
    alice_client, guidance, assert_page
):
    # As above; "salmn" is corrected to "salmon", so 6 foods and 7 supplements
    # again, still without a match. The names come from the cached read 5.
    response = assert_page(
        alice_client,
        "/intake/foods/search/",
        data={"q": "salmn fillet", "day": "2026-11-24"},
        max_queries=7,
        shows=["Did you mean:", "Add it as your own food from its label"],
    )
    page = response.content.decode()
    assert (
        'href="/intake/2026-11-24/?q=Salmon%2C%20pink%2C%20canned%2C%20drained%20'
        'solids%20with%20bones#search-status"' in page
    )
    page = alice_client.get(day_url(), {"q": "salmn fillet"}).content.decode()
    assert "Did you mean:" in page


def test_an_admins_alias_is_found_on_the_next_search(alice_client, guidance):
    def names(text):
        response = alice_client.get("/intake/foods/search/", {"q": text})
        return [item.name for item in response.context["foods"]]

    assert names("quark") == []
    food = Food.objects.get(owner__isnull=True, name="Cottage cheese, 1% milkfat")
    food.aliases = "curd cheese, curds, quark"
    food.save()  # as the admin does: the guidance version moves on
    assert names("quark") == ["Cottage cheese, 1% milkfat"]
    assert names("quarks") == ["Cottage cheese, 1% milkfat"]
    assert names("qaurk") == ["Cottage cheese, 1% milkfat"]  # a typo of an alias


def test_a_search_with_a_bad_day_falls_back_to_today(alice_client, guidance):
    page = alice_client.get(
        "/intake/foods/search/", {"q": "milk", "day": "not-a-day"}
    ).content.decode()
    assert 'action="/intake/2026-11-25/add/?q=milk#add-heading"' in page


def test_odd_search_text_is_harmless(alice_client, guidance):
    for text in ["%", "_", "' OR 1=1 --", "ü" * 200, "🦴"]:
        assert alice_client.get(day_url(), {"q": text}).status_code == 200
        response = alice_client.get("/intake/foods/search/", {"q": text})
        assert response.status_code == 200


def test_a_nul_in_the_search_is_refused(alice_client, guidance):
    # PostgreSQL refuses NUL in a query; InputHygieneMiddleware answers first.
    for text in ["\x00", "milk\x00"]:
        assert alice_client.get(day_url(), {"q": text}).status_code == 400
        response = alice_client.get("/intake/foods/search/", {"q": text})
        assert response.status_code == 400


def test_search_words_are_trimmed_and_capped(alice_client, guidance):
    response = alice_client.get(day_url(), {"q": "  milk   " + "x" * 500})
    assert len(response.context["q"]) == 100


def test_a_misspelt_search_is_corrected_within_a_fixed_number_of_queries(
    alice_client, guidance, assert_page
):
    # 1 session, 2 user with profile, 3 foods, 4 supplements: nothing matches
    # "chedar", so 5 the catalogue's words (cached after), 6 foods and 7
    # supplements again.
    assert_page(
        alice_client,
        "/intake/foods/search/",
        data={"q": "chedar"},
        max_queries=7,
        shows=["Cheddar cheese", "1 food and 0 supplements match “chedar”."],
    )
    assert_page(
        alice_client,
        "/intake/foods/search/",
        data={"q": "parmasan"},
        max_queries=6,
        shows=["Parmesan, grated"],
    )


def test_the_examples_of_issue_12_find_what_a_user_expects(alice_client, guidance):
    expected = {
        "yoghurt": "Yogurt, fruit, low fat",
        "greek yoghurt": "Greek yogurt, plain, nonfat",
        "semi-skimmed": "Milk, 2% reduced fat, vitamin D added",
        "skimmed milk": "Milk, nonfat (skim), vitamin D added",
        "chedar": "Cheddar cheese",
    }
    for text, first in expected.items():
        response = alice_client.get("/intake/foods/search/", {"q": text})
        assert response.context["foods"][0].name == first, text
    response = alice_client.get(day_url(), {"q": "cheese"})
    names = [item.name for item in response.context["foods"]]
    assert "Parmesan, grated" in names
    assert "Mozzarella, part skim" in names


def test_supplements_are_found_labelled_and_added_from_the_search(
    alice_client, alice, guidance
):
    from tracker.models import IntakeEntry, Supplement

    own = Supplement.objects.create(
        owner=alice,
        name="My calcium chew",
        dose="1 chew",
        calcium_mg=500,
        vitamin_d_iu=0,
    )
    page = alice_client.get(
        "/intake/foods/search/", {"q": "calcium", "day": "2026-11-25"}
    ).content.decode()
    supplements = page[page.index('<h3 class="h4">Supplements</h3>') :]
    assert COMBINATION in supplements
    assert 'My calcium chew</strong> <span class="badge text-bg-secondary">Yours' in (
        supplements
    )
    # Each can be added where it was found, with htmx or without.
    assert f'id="add-search-supplement-{own.pk}"' in supplements
    assert 'data-hx-post="/intake/2026-11-25/add/?q=calcium"' in supplements
    form = {"kind": "supplement", "item": own.pk, "amount": "1"}
    alice_client.post("/intake/2026-11-25/add/?q=calcium", sent_once(form))
    assert IntakeEntry.objects.get(user=alice).name == "My calcium chew"
