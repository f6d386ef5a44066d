"""Unit conversion and number wording shared by every page. Plain Python."""

from decimal import ROUND_HALF_UP, Decimal

IU_PER_MCG = 40  # vitamin D: 1 µg = 40 IU (NIH ODS vitamin D fact sheet)

IU = "IU"
MCG = "mcg"


def iu_to_mcg(iu: int | Decimal) -> Decimal:
    return Decimal(iu) / IU_PER_MCG


def mcg_to_iu(mcg: int | Decimal) -> Decimal:
    return Decimal(mcg) * IU_PER_MCG


def format_number(value: int | Decimal, places: int = 0) -> str:
    """Return ``value`` rounded half up, with thousands separators: 1,195 or 2.9."""
    quantum = Decimal(1).scaleb(-places)
    rounded = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{rounded:,.{places}f}"


def with_thousands(value: int | Decimal) -> str:
    """Return ``value`` as it is, with thousands separators: 1,195 or 1,195.5."""
    return f"{value:,}"


def unit_symbol(unit: str) -> str:
    """Return how a vitamin D unit is written after a number: "IU" or "µg"."""
    return "µg" if unit == MCG else "IU"


def format_vitamin_d(iu: int | Decimal, unit: str) -> str:
    """Return a vitamin D amount in the user's unit: "800 IU" or "20 µg"."""
    if unit == MCG:
        mcg = iu_to_mcg(iu)
        places = 0 if mcg == mcg.to_integral_value() else 1
        return f"{format_number(mcg, places)} {unit_symbol(unit)}"
    return f"{format_number(iu)} {unit_symbol(unit)}"
