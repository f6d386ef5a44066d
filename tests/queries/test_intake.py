"""The diary's reads: totals by day and over a range of days."""

from datetime import timedelta
from decimal import Decimal

import pytest

from tests.helpers import (
    COMBINATION,
    SKIM,
    SPINACH,
    TODAY,
    YESTERDAY,
    catalogue_food,
    catalogue_supplement,
    log_intake,
)
from tracker.models import Food, IntakeEstimate
from tracker.queries import intake as queries


def test_range_totals_match_day_totals(alice, guidance, django_assert_num_queries):
    log_intake(alice, catalogue_food(SKIM), TODAY, amount="½")
    log_intake(alice, catalogue_food(SKIM), TODAY, amount="½")
    log_intake(alice, catalogue_food(SPINACH), TODAY)
    log_intake(alice, catalogue_supplement(COMBINATION), YESTERDAY)
    log_intake(alice, catalogue_food(SKIM), YESTERDAY)  # replaced by the day's estimate
    IntakeEstimate.objects.create(
        user=alice,
        day=YESTERDAY,
        calcium_mg=Decimal("900.5"),
        vitamin_d_iu=Decimal(100),
        baseline_calcium_mg=250,
    )
    # entries summed by day and kind, with the estimates joined on (UNION ALL)
    with django_assert_num_queries(1):
        totals = queries.daily_totals(alice, YESTERDAY, TODAY)
    assert totals[TODAY].calcium_mg == 299
    assert totals[TODAY].low_absorption_calcium_mg == 122
    assert totals[YESTERDAY].calcium_mg == 600 + 901 + 250  # tablet, estimate, baseline
    assert totals[YESTERDAY].uses_estimate
    assert totals[YESTERDAY].replaced_calcium_mg == 299
    with django_assert_num_queries(1):
        assert queries.day_totals(alice, TODAY) == totals[TODAY]


def test_counted_by_day_matches_the_full_day_totals(
    alice, guidance, django_assert_num_queries
):
    log_intake(alice, catalogue_food(SKIM), TODAY, amount="½")
    log_intake(alice, catalogue_food(SKIM), TODAY, amount="⅓")
    log_intake(alice, catalogue_food(SPINACH), TODAY)
    log_intake(alice, catalogue_supplement(COMBINATION), TODAY, amount="½")
    log_intake(alice, catalogue_supplement(COMBINATION), YESTERDAY)
    log_intake(alice, catalogue_food(SKIM), YESTERDAY)  # replaced by the day's estimate
    day_before = YESTERDAY - timedelta(days=1)
    for day, baseline in ((YESTERDAY, 250), (day_before, None)):  # one with no entry
        IntakeEstimate.objects.create(
            user=alice,
            day=day,
            calcium_mg=Decimal("900.5"),
            vitamin_d_iu=Decimal("100.25"),
            baseline_calcium_mg=baseline,
        )
    full = queries.daily_totals(alice, day_before, TODAY)
    # entries summed by day and how they count, with the estimates (UNION ALL)
    with django_assert_num_queries(1):
        counted = queries.counted_by_day(alice, day_before, TODAY)
    assert counted.keys() == full.keys() == {day_before, YESTERDAY, TODAY}
    for day, totals in full.items():
        assert (counted[day].calcium_mg, counted[day].vitamin_d_iu) == (
            totals.calcium_mg,
            totals.vitamin_d_iu,
        )
        assert counted[day].uses_estimate == totals.uses_estimate
        assert counted[day].logged


def test_counted_by_day_is_empty_without_entries(alice, guidance):
    assert queries.counted_by_day(alice, YESTERDAY, TODAY) == {}


# --- Search, with the catalogue that ships -----------------------------------

YOGURT_FRUIT = ("Yogurt, fruit, low fat", "6 oz container")


def found(user, text):
    foods, supplements, _ = queries.search(user, text, TODAY)
    return [item.name for item in foods + supplements]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("yoghurt", "Yogurt, fruit, low fat"),
        ("greek yoghurt", "Greek yogurt, plain, nonfat"),
        ("Yoghurt, Greek", "Greek yogurt, plain, nonfat"),
        ("semi-skimmed", "Milk, 2% reduced fat, vitamin D added"),
        ("semi skimmed milk", "Milk, 2% reduced fat, vitamin D added"),
        ("skimmed milk", "Milk, nonfat (skim), vitamin D added"),
        ("fat-free milk", "Milk, nonfat (skim), vitamin D added"),
        ("full-fat milk", "Milk, whole 3.25%, vitamin D added"),
        ("whole milk", "Milk, whole 3.25%, vitamin D added"),
        ("chedar", "Cheddar cheese"),
        ("chedder cheese", "Cheddar cheese"),
        ("yougurt", "Yogurt, fruit, low fat"),
        ("mozarella", "Mozzarella, part skim"),
        ("sardine", "Sardines, Atlantic, canned in oil, drained, with bones"),
        ("tinned salmon", "Salmon, pink, canned, drained solids with bones"),
        ("soya milk", "Soy milk, with added calcium and vitamins A and D"),
        ("wholemeal bread", "Bread, whole-wheat, commercial"),
        ("pak choi", "Bok choy (pak-choi), cooked, boiled"),
        ("vitamin d3", "Vitamin D3, 1,000 IU"),
    ],
)
def test_search_forgives_spelling_order_plurals_and_typos(alice, guidance, text, first):
    assert found(alice, text)[0] == first


def test_cheese_finds_every_cheese(alice, guidance):
    names = found(alice, "cheese")
    for cheese in ["Cheddar", "Mozzarella", "Parmesan", "Ricotta", "Swiss cheese"]:
        assert any(name.startswith(cheese) for name in names), cheese
    assert found(alice, "cheeses") == names


def test_milk_lists_milks_before_foods_that_merely_hold_the_word(alice, guidance):
    names = found(alice, "milk")
    assert names[:3] == [
        "Milk, 2% reduced fat, vitamin D added",
        "Milk, nonfat (skim), vitamin D added",
        "Milk, whole 3.25%, vitamin D added",
    ]
    assert names.index("Soy milk, with added calcium and vitamins A and D") < (
        names.index("Buttermilk, cultured, low fat")
    )
    assert names[-1] == "Buttermilk, cultured, low fat"


def test_a_group_word_finds_its_group(alice, guidance):
    assert "Herring, Atlantic, cooked (dry heat)" in found(alice, "fish")
    assert "Kale, raw" in found(alice, "vegetables")


def test_own_and_recently_logged_items_come_first(alice, bob, guidance):
    Food.objects.create(
        owner=alice,
        name="Milk, my farm",
        serving="1 cup",
        calcium_mg=300,
        vitamin_d_iu=0,
    )
    log_intake(alice, catalogue_food(SKIM), TODAY - timedelta(days=3))
    # Bob's diary does not change alice's order.
    log_intake(
        bob, catalogue_food(("Milk, whole 3.25%, vitamin D added", "1 cup")), TODAY
    )
    assert found(alice, "milk")[:3] == [
        "Milk, my farm",
        "Milk, nonfat (skim), vitamin D added",
        "Milk, 2% reduced fat, vitamin D added",
    ]
    assert found(bob, "milk")[0] == "Milk, whole 3.25%, vitamin D added"
    # Logged more than 30 days ago, a food is no longer recent.
    log_intake(bob, catalogue_food(YOGURT_FRUIT), TODAY - timedelta(days=40))
    assert found(bob, "low fat")[0] == "Buttermilk, cultured, low fat"
    log_intake(bob, catalogue_food(YOGURT_FRUIT), TODAY - timedelta(days=30))
    assert found(bob, "low fat")[0] == "Yogurt, fruit, low fat"


def test_an_own_food_is_found_by_its_own_words_and_typos_only_fix_catalogue_words(
    alice, guidance
):
    Food.objects.create(
        owner=alice,
        name="Kefir, plain",
        serving="1 cup",
        calcium_mg=300,
        vitamin_d_iu=0,
    )
    assert found(alice, "kefir") == ["Kefir, plain"]
    assert found(alice, "kefirs") == ["Kefir, plain"]
    assert found(alice, "zzzz") == []


def test_search_runs_two_queries(alice, guidance, django_assert_num_queries):
    with django_assert_num_queries(2):
        assert found(alice, "yoghurt")
