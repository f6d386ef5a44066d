from decimal import Decimal

import pytest

from tracker.domain import units


def test_one_microgram_of_vitamin_d_is_40_iu():
    assert units.iu_to_mcg(800) == Decimal(20)
    assert units.mcg_to_iu(Decimal("2.5")) == Decimal(100)


@pytest.mark.parametrize(
    ("iu", "unit", "expected"),
    [
        (800, "IU", "800 IU"),
        (4000, "IU", "4,000 IU"),
        (800, "mcg", "20 µg"),
        (115, "mcg", "2.9 µg"),  # 2.875 rounds half up
        (1360, "mcg", "34 µg"),
        (0, "mcg", "0 µg"),
    ],
)
def test_vitamin_d_is_shown_in_the_users_unit(iu, unit, expected):
    assert units.format_vitamin_d(iu, unit) == expected


def test_numbers_round_half_up_with_thousands_separators():
    assert units.format_number(Decimal("1194.5")) == "1,195"
    assert units.format_number(Decimal("2.25"), 1) == "2.3"
