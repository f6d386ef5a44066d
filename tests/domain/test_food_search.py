"""The food search's word rules: spellings, plurals, group words, typos, ranking."""

import pytest

from tracker.domain import food_search
from tracker.domain.food_search import corrected, distance, nearest, rank, terms

NAMES = [
    ("Milk, nonfat (skim), vitamin D added", "dairy"),
    ("Milk, 2% reduced fat, vitamin D added", "dairy"),
    ("Milk, whole 3.25%, vitamin D added", "dairy"),
    ("Buttermilk, cultured, low fat", "dairy"),
    ("Yogurt, plain, low fat", "dairy"),
    ("Greek yogurt, plain, nonfat", "dairy"),
    ("Cheddar cheese", "dairy"),
    ("Mozzarella, part skim", "dairy"),
    ("Parmesan, grated", "dairy"),
    ("Cottage cheese, 1% milkfat", "dairy"),
    ("Soy milk, with added calcium and vitamins A and D", "fortified"),
    ("Sardines, Atlantic, canned in oil, drained, with bones", "fish"),
    ("Cod liver oil", "fish"),
    ("Bread, whole-wheat, commercial", "grains"),
    ("Edamame (green soybeans), frozen, prepared", "soy"),
]
KNOWN = food_search.vocabulary(name for name, _ in NAMES)


def found(text, *, fix=False, personal=()):
    query = terms(text)
    if fix:
        query = corrected(query, KNOWN)
    keyed = [
        (key, name)
        for name, group in NAMES
        if (key := rank(query, name, group, personal=name in personal)) is not None
    ]
    return [name for _, name in sorted(keyed)]


def test_words_keep_percentages_and_split_on_hyphens():
    assert food_search.words("Semi-skimmed, 2% MILK") == [
        "semi",
        "skimmed",
        "2%",
        "milk",
    ]
    assert food_search.words("  ") == []


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("cheeses", ["cheeses", "cheese", "chees"]),
        ("sardines", ["sardines", "sardine", "sardin"]),
        ("berries", ["berries", "berry", "berrie", "berri"]),
        ("figs", ["figs", "fig"]),
        ("glass", ["glass"]),
        ("milk", ["milk"]),
    ],
)
def test_singulars(word, forms):
    assert food_search.singulars(word) == forms


def test_known_phrases_are_one_term():
    assert [term.word for term in terms("semi-skimmed milk")] == [
        "semi skimmed",
        "milk",
    ]
    assert [term.word for term in terms("full fat  Milk")] == ["full fat", "milk"]
    assert len(terms("a b c d e f g h")) == food_search.MAX_TERMS


def test_british_spellings_and_names_find_the_catalogues():
    assert found("yoghurt") == ["Yogurt, plain, low fat", "Greek yogurt, plain, nonfat"]
    assert found("yoghurts") == found("yoghurt")
    assert found("skimmed milk") == ["Milk, nonfat (skim), vitamin D added"]
    assert found("fat-free milk") == ["Milk, nonfat (skim), vitamin D added"]
    assert found("full-fat milk") == ["Milk, whole 3.25%, vitamin D added"]
    assert found("soya milk") == ["Soy milk, with added calcium and vitamins A and D"]
    assert found("wholemeal bread") == ["Bread, whole-wheat, commercial"]
    assert found("tinned sardines") == [
        "Sardines, Atlantic, canned in oil, drained, with bones"
    ]


def test_semi_skimmed_puts_the_reduced_fat_milk_first():
    assert found("semi-skimmed")[0] == "Milk, 2% reduced fat, vitamin D added"
    assert found("semi skimmed milk")[0] == "Milk, 2% reduced fat, vitamin D added"
    assert found("2% milk")[0] == "Milk, 2% reduced fat, vitamin D added"


def test_word_order_and_plurals_do_not_matter():
    assert found("greek yoghurt") == ["Greek yogurt, plain, nonfat"]
    assert found("yogurt greek") == ["Greek yogurt, plain, nonfat"]
    assert found("sardine") == found("sardines") != []


def test_a_group_word_finds_every_member_and_its_group():
    cheeses = found("cheese")
    assert set(cheeses) == {
        "Cheddar cheese",
        "Mozzarella, part skim",
        "Parmesan, grated",
        "Cottage cheese, 1% milkfat",
    }
    assert found("cheeses") == cheeses
    assert "Cod liver oil" in found("fish")
    assert "Sardines, Atlantic, canned in oil, drained, with bones" in found("fish")


def test_milks_come_before_names_that_merely_hold_the_word():
    assert found("milk") == [
        "Milk, 2% reduced fat, vitamin D added",
        "Milk, nonfat (skim), vitamin D added",
        "Milk, whole 3.25%, vitamin D added",
        "Soy milk, with added calcium and vitamins A and D",
        "Cottage cheese, 1% milkfat",  # starts a longer word
        "Buttermilk, cultured, low fat",  # inside a word: last
    ]


def test_own_and_recent_items_come_first_among_good_matches():
    names = found(
        "milk", personal={"Soy milk, with added calcium and vitamins A and D"}
    )
    assert names[0] == "Soy milk, with added calcium and vitamins A and D"
    # A name that only holds the word inside another stays last.
    names = found("milk", personal={"Buttermilk, cultured, low fat"})
    assert names[-1] == "Buttermilk, cultured, low fat"


def test_misspellings_are_corrected_only_when_asked():
    assert found("chedar") == []
    assert found("chedar", fix=True) == ["Cheddar cheese"]
    assert found("chedar chese", fix=True) == ["Cheddar cheese"]
    assert found("yougurt", fix=True) == [
        "Yogurt, plain, low fat",
        "Greek yogurt, plain, nonfat",
    ]
    assert found("mozarela", fix=True) == ["Mozzarella, part skim"]
    assert found("parmasan", fix=True) == ["Parmesan, grated"]
    # A misspelt British word is corrected to it, then read as the catalogue's.
    assert found("yoghurtt", fix=True) == found("yoghurt")


def test_corrected_leaves_a_query_alone_when_nothing_is_near():
    query = terms("zzzz milk")
    assert corrected(query, KNOWN) is query


@pytest.mark.parametrize(
    ("a", "b", "edits"),
    [
        ("chedar", "cheddar", 1),
        ("mlik", "milk", 1),  # two neighbours swapped
        ("mozarela", "mozzarella", 2),
        ("milk", "milk", 0),
        ("kale", "salmon", 3),  # more than the limit of 2
    ],
)
def test_distance(a, b, edits):
    assert distance(a, b, limit=2) == edits


def test_nearest_skips_short_words_and_words_being_typed():
    assert nearest("mlik", KNOWN) == ["milk"]
    assert nearest("mik", KNOWN) == []  # too short to guess
    assert nearest("chedd", KNOWN) == []  # part of "cheddar": still typing
    assert nearest("xyzzy", KNOWN) == []


def test_a_query_must_match_every_term():
    assert found("cheddar milk") == []
    assert rank((), "Milk") is None
