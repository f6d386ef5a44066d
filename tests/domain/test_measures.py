"""Grams and millilitres to servings, on the shipped catalogue's serving sizes."""

from decimal import Decimal

import pytest

from tracker.domain import intake, measures
from tracker.domain.intake import ServingsError
from tracker.domain.measures import GRAMS, MILLILITRES, SERVINGS, Measures
from tracker.seed.intake import FOODS

MILK = Measures(grams=Decimal("245"), millilitres=Decimal("236.6"))  # skim, 1 cup
CHEDDAR = Measures(grams=Decimal("42.5"))  # 1.5 oz
PARMESAN = Measures(grams=Decimal("5"))  # 1 tbsp


@pytest.mark.parametrize(
    ("serving", "ml"),
    [
        ("1 cup", "236.6"),
        ("1/2 cup", "118.3"),
        ("2 cups", "473.2"),
        ("1 tbsp", "14.8"),
        ("1 tsp", "4.9"),
        ("8 oz container", None),  # a weight
        ("1 cup chopped", None),  # a solid
        ("1 serving (per label)", None),
    ],
)
def test_a_household_volume_in_millilitres(serving, ml):
    assert measures.volume_ml(serving) == (ml and Decimal(ml))


def test_the_units_a_food_offers():
    assert MILK.units == (SERVINGS, GRAMS, MILLILITRES)
    assert CHEDDAR.units == (SERVINGS, GRAMS)
    assert measures.NO_MEASURES.units == (SERVINGS,)


@pytest.mark.parametrize(
    ("text", "unit", "size", "servings"),
    [
        ("1½", SERVINGS, measures.NO_MEASURES, "1.5"),
        ("245", GRAMS, MILK, "1"),
        ("200", GRAMS, MILK, "0.8163"),
        ("200", MILLILITRES, MILK, "0.8453"),
        ("236.6", MILLILITRES, MILK, "1"),
        ("30", GRAMS, CHEDDAR, "0.7059"),
        ("12,5", GRAMS, PARMESAN, "2.5"),
        ("100", GRAMS, PARMESAN, "20"),
    ],
)
def test_an_amount_becomes_servings_to_four_places(text, unit, size, servings):
    assert measures.servings_in(text, unit, size) == Decimal(servings)


def test_grams_count_as_the_per_serving_values_do():
    # 30 g of Cheddar (307 mg per 42.5 g serving): 0.7059 × 307 mg, exactly.
    cheddar = next(row for row in FOODS if row["name"] == "Cheddar cheese")
    servings = measures.servings_in("30", GRAMS, CHEDDAR)
    assert intake.scale(cheddar["calcium_mg"], servings) == Decimal(
        cheddar["calcium_mg"]
    ) * Decimal("0.7059")
    # A whole serving's weight gives the cited value itself.
    assert measures.servings_in("42.5", GRAMS, CHEDDAR) == 1


@pytest.mark.parametrize(
    ("text", "unit", "size", "code", "message"),
    [
        ("0", GRAMS, MILK, "zero", "Enter an amount more than 0."),
        ("0.01", GRAMS, PARMESAN, "too_precise", "one decimal place"),
        ("-5", GRAMS, MILK, "negative", "more than 0"),
        ("lots", MILLILITRES, MILK, "not_a_number", "such as 200 or 12.5"),
        ("½", GRAMS, MILK, "not_a_number", "such as 200 or 12.5"),
        ("101", GRAMS, PARMESAN, "too_many", "Enter 100 g or less (20 servings)"),
        ("5000", MILLILITRES, MILK, "too_many", "Enter 4,732 ml or less"),
        ("200", MILLILITRES, CHEDDAR, "no_size", "enter it in servings"),
        ("0", SERVINGS, MILK, "zero", "more than 0"),
    ],
)
def test_amounts_that_cannot_be_logged_say_why(text, unit, size, code, message):
    with pytest.raises(ServingsError) as error:
        measures.servings_in(text, unit, size)
    assert error.value.code == code
    assert message in error.value.message


def test_every_typed_amount_shows_again_as_typed():
    """Servings kept to 4 places turn back into the grams or ml typed, for
    every serving size in the catalogue, whole and with one decimal."""
    sizes = {Decimal(row["serving_grams"]) for row in FOODS if row["serving_grams"]}
    sizes |= {Decimal(row["serving_ml"]) for row in FOODS if row["serving_ml"]}
    for size in sizes:
        most = size * intake.MAX_SERVINGS
        for typed in [Decimal("0.5"), Decimal("1"), Decimal("12.5"), Decimal("30")] + [
            Decimal(n) for n in range(50, int(most) + 1, 50)
        ]:
            if typed > most:
                continue
            servings = measures.servings_in(str(typed), GRAMS, Measures(grams=size))
            assert measures.quantity_of(servings, size) == typed, (size, typed)


@pytest.mark.parametrize(
    ("servings", "unit", "text", "amount"),
    [
        ("1", SERVINGS, "1 cup", "1"),
        ("1.5", SERVINGS, "1½ × 1 cup", "1½"),
        ("0.8453", MILLILITRES, "200 ml", "200"),
        ("0.8163", GRAMS, "200 g", "200"),
        ("5", MILLILITRES, "1,183 ml", "1183"),
        ("1.0588", GRAMS, "45 g", "45"),
    ],
)
def test_a_logged_amount_reads_in_its_unit(servings, unit, text, amount):
    size = MILK if unit != GRAMS or servings != "1.0588" else CHEDDAR
    assert measures.portion_text(Decimal(servings), "1 cup", unit, size) == text
    assert measures.amount_in(Decimal(servings), unit, size) == amount


def test_a_unit_without_a_size_reads_as_servings():
    assert (
        measures.portion_text(Decimal("2"), "1 tbsp", MILLILITRES, CHEDDAR)
        == "2 × 1 tbsp"
    )


def test_the_catalogue_offers_millilitres_for_drinks_only():
    poured = {row["name"] for row in FOODS if row["serving_ml"]}
    assert "Milk, 2% reduced fat, vitamin D added" in poured
    assert "Orange juice, fortified with calcium and vitamin D" in poured
    assert "Cottage cheese, 1% milkfat" not in poured  # 1 cup, but not poured
    assert "Yogurt, plain, low fat" not in poured
    # Every food with a gram weight can be logged in grams.
    assert all(
        row["serving_grams"] for row in FOODS if "per label" not in row["serving"]
    )
