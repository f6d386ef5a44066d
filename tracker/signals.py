"""Bump the guidance version whenever guidance changes, so that every process's
cache of it (``tracker/queries/cache.py``) reads it again.

Signals are for exactly this: whichever way a row changes (the admin, seed_guidance,
a shell), the version moves with it, in the same transaction. Bulk writes, which
send no signals, bump it in ``GuidanceQuerySet``.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from .models import (
    BoneSettings,
    ChecklistItem,
    EstimateSettings,
    ExerciseCategory,
    ExerciseType,
    Food,
    GoalSettings,
    GuidanceVersion,
    HomeSafetySettings,
    Medicine,
    MovementToAvoid,
    NutrientTarget,
    Room,
    SelfCheckStatement,
    Source,
    Supplement,
    Tip,
    WeeklyExerciseTarget,
)

GUIDANCE_MODELS = (
    Source,
    NutrientTarget,
    Food,
    Supplement,
    ExerciseCategory,
    ExerciseType,
    WeeklyExerciseTarget,
    MovementToAvoid,
    Room,
    ChecklistItem,
    SelfCheckStatement,
    Tip,
    HomeSafetySettings,
    EstimateSettings,
    Medicine,
    BoneSettings,
    GoalSettings,
)


def bump_guidance_version(**_) -> None:
    GuidanceVersion.bump()


def guidance_changed(sender, instance, **kwargs) -> None:
    # A user's own foods and supplements share the catalogue's tables but are
    # not guidance, and no cache holds them.
    if getattr(instance, "owner_id", None) is not None:
        return
    bump_guidance_version()


def connect() -> None:
    for model in GUIDANCE_MODELS:
        post_save.connect(
            guidance_changed,
            sender=model,
            dispatch_uid=f"guidance-save-{model.__name__}",
        )
        post_delete.connect(
            guidance_changed,
            sender=model,
            dispatch_uid=f"guidance-delete-{model.__name__}",
        )
    m2m_changed.connect(
        bump_guidance_version,
        sender=ExerciseType.categories.through,
        dispatch_uid="guidance-exercise-categories",
    )
