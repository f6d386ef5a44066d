"""Builders shared by several test modules."""

from datetime import date

from tracker.domain import intake, targets
from tracker.forms.intake import create_entry
from tracker.models import Food, Supplement
from tracker.queries import intake as intake_queries
from tracker.seed.intake import NUTRIENT_TARGETS

# The shipped nutrient targets as plain values, for tests that need no database.
SEED_TARGET_ROWS = [
    targets.TargetRow(
        nutrient=row["nutrient"],
        kind=row["kind"],
        sex=row["sex"],
        age_min=row["age_min"],
        age_max=row["age_max"],
        amount=row["amount"],
        amount_max=row.get("amount_max"),
        unit=row["unit"],
        source_title=row["source"],
        source_url="https://example.org/",
    )
    for row in NUTRIENT_TARGETS
]


def catalogue_food(name_serving: tuple[str, str]) -> Food:
    name, serving = name_serving
    return Food.objects.get(owner__isnull=True, name=name, serving=serving)


def log_intake(user, item: Food | Supplement, day: date, amount: str = "1"):
    """Log ``amount`` servings of a food or supplement on ``day``, as the diary does."""
    loggable = (
        intake_queries.loggable_supplement(item)
        if isinstance(item, Supplement)
        else intake_queries.loggable_food(item)
    )
    return create_entry(user, day, loggable, intake.parse_servings(amount))
