"""The search on the shipped catalogue: what people type, and what comes first.

The catalogue is the seed (tracker/seed/intake.py) with its aliases, searched by
``food_search.search``, which does what ``queries.intake.search`` does without
the database: match every word, rank, and correct misspellings only when
nothing matched.
"""

import pytest

from tracker.domain import food_search
from tracker.seed.intake import FOODS, SUPPLEMENTS

CATALOGUE = [
    food_search.Candidate(
        row["name"], row["group"], food_search.aliases_of(row["aliases"])
    )
    for row in FOODS
]
PRESETS = [food_search.Candidate(row["name"]) for row in SUPPLEMENTS]
KNOWN = food_search.vocabulary(
    [item.name for item in CATALOGUE + PRESETS]
    + [alias for item in CATALOGUE for alias in item.aliases]
)

SKIM = "Milk, nonfat (skim), vitamin D added"
SEMI = "Milk, 2% reduced fat, vitamin D added"
WHOLE = "Milk, whole 3.25%, vitamin D added"
SOY_MILK = "Soy milk, with added calcium and vitamins A and D"
ALMOND_MILK = "Almond milk, fortified, sweetened vanilla, ready-to-drink"
GREEK = "Greek yogurt, plain, nonfat"
YOGURTS = {
    "Yogurt, plain, low fat",
    "Yogurt, plain, nonfat (skim)",
    "Yogurt, fruit, low fat",
    GREEK,
}
SARDINES = "Sardines, Atlantic, canned in oil, drained, with bones"
TOFUS = {
    "Tofu, firm, prepared with calcium sulfate",
    "Tofu, regular, prepared with calcium sulfate",
    "Tofu, firm, calcium sulfate + magnesium chloride (nigari)",
}


def foods(text):
    return [item.name for item in food_search.search(text, CATALOGUE, KNOWN)]


def supplements(text):
    return [item.name for item in food_search.search(text, PRESETS, KNOWN)]


# (what is typed, the foods expected first, in any order among themselves)
TABLE = [
    # The misses of issue 12.
    ("yoghurt", YOGURTS),
    ("greek yoghurt", {GREEK}),
    ("semi-skimmed", {SEMI}),
    ("semi skimmed milk", {SEMI}),
    ("skimmed milk", {SKIM}),
    ("chedar", {"Cheddar cheese"}),
    # British and American names and spellings.
    ("yogurt", YOGURTS),
    ("skim milk", {SKIM}),
    ("fat-free milk", {SKIM}),
    ("2% milk", {SEMI}),
    ("full fat milk", {WHOLE}),
    ("whole milk", {WHOLE}),
    ("soya milk", {SOY_MILK}),
    ("fat free yoghurt", {"Yogurt, plain, nonfat (skim)", GREEK}),
    ("wholemeal bread", {"Bread, whole-wheat, commercial"}),
    (
        "tinned salmon",
        {
            "Salmon, pink, canned, drained solids with bones",
            "Salmon, sockeye, canned, drained solids",
        },
    ),
    ("pak choi", {"Bok choy (pak-choi), cooked, boiled"}),
    ("oj", {"Orange juice, fortified with calcium and vitamin D"}),
    # A food's own aliases, as an admin keeps them.
    ("soy drink", {SOY_MILK}),
    ("almond drink", {ALMOND_MILK}),
    ("natural yoghurt", {"Yogurt, plain, low fat", "Yogurt, plain, nonfat (skim)"}),
    ("bean curd", TOFUS),
    ("soya beans", {"Edamame (green soybeans), frozen, prepared"}),
    ("pilchards", {SARDINES}),
    ("calabrese", {"Broccoli, cooked, boiled", "Broccoli, raw"}),
    ("ladies fingers", {"Okra, cooked, boiled"}),
    ("haricot beans", {"Navy beans, cooked, boiled"}),
    ("cannellini", {"White beans, canned", "White beans, cooked, boiled"}),
    ("sesame paste", {"Tahini (sesame butter), roasted kernels"}),
    ("turnip tops", {"Turnip greens, cooked, boiled"}),
    ("curly kale", {"Kale, cooked, boiled", "Kale, raw"}),
    # Plurals and word order.
    ("sardine", {SARDINES}),
    ("sardines", {SARDINES}),
    ("fig", {"Figs, dried"}),
    (
        "mushroom",
        {
            "Mushrooms, white, raw, UV-exposed",
            "Mushrooms, portabella, raw, UV-exposed",
            "Mushrooms, white, raw (not UV-treated)",
        },
    ),
    ("yogurt greek", {GREEK}),
    ("milk skim", {SKIM}),
    (
        "salmon tinned",
        {
            "Salmon, pink, canned, drained solids with bones",
            "Salmon, sockeye, canned, drained solids",
        },
    ),
    ("boiled kale", {"Kale, cooked, boiled"}),
    # Typos of one and two letters.
    ("parmasan", {"Parmesan, grated"}),
    ("mozarella", {"Mozzarella, part skim"}),
    ("brocoli", {"Broccoli, cooked, boiled", "Broccoli, raw"}),
    ("ricota", {"Ricotta, part skim"}),
    ("sardins", {SARDINES}),
    (
        "mackrel",
        {
            "Mackerel, Pacific and jack, cooked (dry heat)",
            "Mackerel, jack, canned, drained",
        },
    ),
    (
        "salmom",
        {
            "Salmon, pink, canned, drained solids with bones",
            "Salmon, sockeye, canned, drained solids",
            "Salmon, sockeye, cooked (dry heat)",
            "Salmon, Atlantic, farmed, cooked (dry heat)",
        },
    ),
    ("cottage chese", {"Cottage cheese, 1% milkfat"}),
    ("yougurt", YOGURTS),
    ("edamamme", {"Edamame (green soybeans), frozen, prepared"}),
    # Plain names.
    ("tofu", TOFUS),
    ("cod liver oil", {"Cod liver oil"}),
    ("tahini", {"Tahini (sesame butter), roasted kernels"}),
    (
        "cereal",
        {
            "Ready-to-eat breakfast cereal fortified with 10% DV calcium and 10% DV "
            "vitamin D"
        },
    ),
]


@pytest.mark.parametrize(("text", "first"), TABLE, ids=[text for text, _ in TABLE])
def test_the_expected_foods_come_first(text, first):
    found = foods(text)
    assert set(found[: len(first)]) == first, found


def test_the_table_is_long_enough():
    assert len(TABLE) >= 40


def test_cheese_lists_every_cheese_parmesan_and_mozzarella_included():
    found = foods("cheese")
    for name in [
        "Cheddar cheese",
        "Mozzarella, part skim",
        "Parmesan, grated",
        "Ricotta, part skim",
        "Swiss cheese",
        "Cottage cheese, 1% milkfat",
        "American cheese (processed), vitamin D fortified",
    ]:
        assert name in found
    assert foods("cheeses") == found


def test_milk_lists_milks_before_foods_that_merely_hold_the_word():
    found = foods("milk")
    assert set(found[:3]) == {SKIM, SEMI, WHOLE}
    assert set(found[3:5]) == {SOY_MILK, ALMOND_MILK}
    assert found[-2:] == ["Cottage cheese, 1% milkfat", "Buttermilk, cultured, low fat"]


def test_supplements_are_found_by_their_words():
    assert supplements("calcium citrate") == ["Calcium citrate, 1,500 mg"]
    assert "Vitamin D3, 1,000 IU" in supplements("vit d")
    assert foods("calcium citrate") == []


def test_ice_cream_is_not_in_the_catalogue_and_nothing_looks_like_it():
    assert foods("ice cream") == []
    names = [(item.name, item.aliases) for item in CATALOGUE + PRESETS]
    assert food_search.suggestions("ice cream", names) == []


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        ("brocolli florets", "Broccoli,"),
        ("salmn fillet", "Salmon,"),
        ("oat milk", "Soy milk,"),
    ],
)
def test_a_search_that_finds_nothing_suggests_names_that_look_alike(text, suggested):
    assert foods(text) == []
    names = [(item.name, item.aliases) for item in CATALOGUE + PRESETS]
    suggested_names = food_search.suggestions(text, names)
    assert suggested_names
    assert len(suggested_names) <= food_search.SUGGESTIONS
    assert any(name.startswith(suggested) for name in suggested_names)
