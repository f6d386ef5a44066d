"""Reads for guidance content, targets and profiles."""

from datetime import date

from django.db.models import Prefetch, Subquery

from ..domain import targets
from ..models import (
    ChecklistItem,
    Food,
    GoalSettings,
    NutrientTarget,
    Profile,
    Room,
    SelfCheckStatement,
    Source,
    Supplement,
    Tip,
)
from ..models.settings import DEFAULT_CLOSE_PERCENT
from . import cache


def nutrient_target_rows() -> tuple[targets.TargetRow, ...]:
    """Return every nutrient target as plain values (1 query; none while
    cached)."""
    return cache.cached("nutrient_targets", read_nutrient_target_rows)


def read_nutrient_target_rows() -> tuple[targets.TargetRow, ...]:
    return tuple(
        targets.TargetRow(
            nutrient=row.nutrient,
            kind=row.kind,
            sex=row.sex,
            age_min=row.age_min,
            age_max=row.age_max,
            amount=row.amount,
            amount_max=row.amount_max,
            unit=row.unit,
            source_title=row.source.title,
            source_url=row.source.url,
            source_detail=row.source_detail,
            note=row.note,
            source_short_name=row.source.short_name,
            close_percent=close_margin_of(row),
        )
        for row in with_close_percent(NutrientTarget.objects.select_related("source"))
    )


def person_of(profile: Profile, today: date) -> targets.Person:
    return targets.Person(
        age=targets.age_on(
            today, birth_date=profile.birth_date, birth_year=profile.birth_year
        ),
        sex=profile.sex,
    )


def personal_targets(profile: Profile, today: date) -> targets.PersonalTargets:
    """Return the user's calcium and vitamin D targets on ``today`` (1 query;
    none while the targets are cached)."""
    return targets.personal_targets(nutrient_target_rows(), person_of(profile, today))


def with_close_percent(rows):
    """Annotate guidance rows with the admin's "close" margin (``GoalSettings``),
    read in the same query, so a page that reads its goals pays nothing for it,
    cached or not. ``close_margin_of`` reads it back."""
    return rows.annotate(
        goal_close_percent=Subquery(
            GoalSettings.objects.filter(pk=1).values("close_percent")[:1]
        )
    )


def close_margin_of(row) -> int:
    """The margin ``with_close_percent`` read, or its default before an admin
    has saved the goal settings."""
    return row.goal_close_percent or DEFAULT_CLOSE_PERCENT


def nutrient_targets_for_guide():
    """Return every nutrient target with its source, in reading order (1 query)."""
    return NutrientTarget.objects.select_related("source").order_by(
        "nutrient", "kind", "sex", "age_min"
    )


def sources():
    return Source.objects.all()


def catalogue_foods():
    """Return active catalogue foods with their sources (1 query)."""
    return (
        Food.objects.filter(owner__isnull=True, is_active=True)
        .select_related("source")
        .order_by("group", "name", "serving")
    )


def supplement_presets():
    return (
        Supplement.objects.filter(owner__isnull=True, is_active=True)
        .select_related("source")
        .order_by("name")
    )


def home_safety_guide():
    """Return rooms with their active items, and self-check statements (3 queries)."""
    rooms = list(
        Room.objects.prefetch_related(
            Prefetch(
                "items",
                queryset=ChecklistItem.objects.filter(is_active=True).select_related(
                    "source"
                ),
            )
        )
    )
    statements = list(
        SelfCheckStatement.objects.filter(is_active=True).select_related("source")
    )
    return rooms, statements


def published_tips():
    return Tip.objects.filter(published=True).select_related("source")
