"""Logging a food by weight or volume: grams and millilitres to servings.

A catalogue food's calcium and vitamin D are per household serving, and
docs/bone-facts.md §3.1 gives each serving's gram weight (its values are USDA
SR28 per 100 g × that weight). So 200 g of a food is 200 ÷ the serving's grams
servings, and from there the entry is counted exactly as servings are
(``intake``): the per-serving value × the servings, kept to 4 places, rounded
once per day. No value per 100 g or per ml is ever stored or invented.

Millilitres are offered only for a drink whose serving is a US volume measure
(1 cup of milk, 1 tbsp of cod liver oil): the measure's volume is fixed by
definition, so the servings in 200 ml follow from it as they do from grams.
"""

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .intake import (
    MAX_SERVINGS,
    SERVINGS_PLACES,
    ServingsError,
    format_servings,
    parse_servings,
)
from .intake import portion_text as servings_text

SERVINGS = "servings"
GRAMS = "g"
MILLILITRES = "ml"
UNITS = (SERVINGS, GRAMS, MILLILITRES)
UNIT_LABELS = {
    SERVINGS: "servings",
    GRAMS: "grams (g)",
    MILLILITRES: "millilitres (ml)",
}

# US customary volumes, exact by definition: 1 US cup = 8 US fluid ounces and
# 1 US fluid ounce = 29.5735295625 ml (NIST Handbook 44, Appendix C), so a cup is
# 236.5882365 ml, a tablespoon (1/16 cup) 14.7868 ml and a teaspoon (1/3 tbsp)
# 4.9289 ml. USDA's household measures are these US measures. Kept to one
# decimal, as a measuring jug shows them (docs/units.md).
US_CUP_ML = Decimal("236.6")
US_TABLESPOON_ML = Decimal("14.8")
US_TEASPOON_ML = Decimal("4.9")
_VOLUMES = {
    "cup": US_CUP_ML,
    "cups": US_CUP_ML,
    "tbsp": US_TABLESPOON_ML,
    "tsp": US_TEASPOON_ML,
}
_MEASURE = re.compile(r"^\s*(\d+(?:/\d+)?)\s+(cups?|tbsp|tsp)\s*$")

# Grams and millilitres are typed whole or to one decimal place: 200, 12.5.
QUANTITY_PLACES = Decimal("0.1")
_QUANTITY = re.compile(r"^(\d+(\.\d*)?|\.\d+)$")
NOT_A_QUANTITY = "Enter a number, such as 200 or 12.5."


def volume_ml(serving: str) -> Decimal | None:
    """Return the millilitres of a household measure such as "1 cup" or
    "1/2 cup", or None when the serving is not a plain volume ("8 oz
    container" is a weight, "1 cup chopped" a solid)."""
    match = _MEASURE.match(serving.lower())
    if match is None:
        return None
    count, measure = match.groups()
    numerator, _, denominator = count.partition("/")
    ml = _VOLUMES[measure] * Decimal(numerator) / Decimal(denominator or 1)
    return ml.quantize(QUANTITY_PLACES, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Measures:
    """How much one serving weighs and, for a drink, holds; None when unknown."""

    grams: Decimal | None = None
    millilitres: Decimal | None = None

    def size(self, unit: str) -> Decimal | None:
        """Return one serving in ``unit`` (g or ml), or None if not known."""
        if unit == GRAMS:
            return self.grams or None
        if unit == MILLILITRES:
            return self.millilitres or None
        return None

    @property
    def units(self) -> tuple[str, ...]:
        """The units this food may be logged in: servings, and g and ml if known."""
        return tuple(u for u in UNITS if u == SERVINGS or self.size(u) is not None)


NO_MEASURES = Measures()


def parse_quantity(text: str) -> Decimal:
    """Return grams or millilitres typed as ``text`` (200, 12.5, 12,5)."""
    cleaned = str(text).strip().replace(",", ".")
    if cleaned.startswith("-"):
        raise ServingsError("Enter an amount more than 0.", code="negative")
    if not _QUANTITY.match(cleaned):
        raise ServingsError(NOT_A_QUANTITY, code="not_a_number")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern allows only digits
        raise ServingsError(NOT_A_QUANTITY, code="not_a_number") from None
    if value != value.quantize(QUANTITY_PLACES):
        raise ServingsError(
            "Enter a whole number, or one with one decimal place, such as 12.5.",
            code="too_precise",
        )
    return value


def servings_in(text: str, unit: str, measures: Measures) -> Decimal:
    """Return the servings that ``text`` in ``unit`` amounts to, to 4 places.

    Servings are read as ``intake.parse_servings`` reads them. Grams and
    millilitres are divided by the serving's size. Raise ServingsError with a
    message for the user: for a unit the food has no size in, for zero, and for
    more than MAX_SERVINGS servings (said in the unit typed).
    """
    if unit == SERVINGS:
        return parse_servings(text)
    size = measures.size(unit)
    if size is None:
        raise ServingsError(
            "This one has no known weight or volume, so enter it in servings.",
            code="no_size",
        )
    quantity = parse_quantity(text)
    servings = (quantity / size).quantize(SERVINGS_PLACES, rounding=ROUND_HALF_UP)
    if servings == 0:
        raise ServingsError(
            "Enter an amount more than 0. To remove an entry, delete it.",
            code="zero",
        )
    if servings > MAX_SERVINGS:
        most = format_quantity(size * MAX_SERVINGS, unit)
        raise ServingsError(
            f"Enter {most} or less ({MAX_SERVINGS} servings). Check the number: "
            "it may have an extra 0.",
            code="too_many",
        )
    return servings


def quantity_of(servings: Decimal, size: Decimal) -> Decimal:
    """Return ``servings`` in grams or millilitres, to one decimal place.

    Servings are kept to 4 places, so 200 g of a 244 g serving is 0.8197
    servings, which is 200.0068 g: to one decimal, the 200 typed. That holds for
    any serving under 1,000 g.
    """
    return (servings * size).quantize(QUANTITY_PLACES, rounding=ROUND_HALF_UP)


def format_quantity(value: Decimal, unit: str) -> str:
    """Return "200 g", "12.5 ml" or "1,000 g"."""
    value = value.quantize(QUANTITY_PLACES, rounding=ROUND_HALF_UP)
    places = 0 if value == value.to_integral_value() else 1
    return f"{value:,.{places}f} {unit}"


def amount_in(servings: Decimal, unit: str, measures: Measures) -> str:
    """Return ``servings`` as the text to show in an amount box for ``unit``:
    "1½" servings, or "200" g."""
    size = measures.size(unit)
    if unit == SERVINGS or size is None:
        return format_servings(servings)
    value = quantity_of(servings, size)
    return format(value.normalize(), "f")


def portion_text(servings: Decimal, serving: str, unit: str, measures: Measures) -> str:
    """Return how much was had: "1 cup", "1½ × 1 cup", or "200 ml" when it was
    logged in millilitres."""
    size = measures.size(unit)
    if unit == SERVINGS or size is None:
        return servings_text(servings, serving)
    return format_quantity(quantity_of(servings, size), unit)
