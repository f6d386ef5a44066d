"""Writes for the calcium and vitamin D diary: entries, copies, estimates, stars
and the user's own foods and supplements."""

from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID

from django.db.models import prefetch_related_objects

from ..domain import intake, measures
from ..models import Favourite, Food, IntakeEntry, IntakeEstimate, Supplement
from ..queries import intake as queries
from .common import atomic, check_owner, once, one_change_at_a_time


def build_entry(
    user,
    *,
    day: date,
    loggable: queries.Loggable,
    amount: Decimal,
    unit: str = measures.SERVINGS,
) -> IntakeEntry:
    """Return an unsaved entry for ``amount`` servings of ``loggable``, typed
    in ``unit`` (servings, or g or ml that ``measures.servings_in`` turned
    into servings).

    The entry copies the item's name, serving and values per serving, so a
    later correction of the item leaves the day as it was logged.
    """
    is_food = loggable.kind == IntakeEntry.Kind.FOOD
    return IntakeEntry(
        user=user,
        day=day,
        kind=loggable.kind,
        food_id=loggable.pk if is_food else None,
        supplement_id=None if is_food else loggable.pk,
        name=loggable.name,
        serving=loggable.serving,
        amount=amount,
        calcium_mg_per_serving=loggable.calcium_mg,
        vitamin_d_iu_per_serving=loggable.vitamin_d_iu,
        calcium_mg=intake.scale(loggable.calcium_mg, amount),
        vitamin_d_iu=intake.scale(loggable.vitamin_d_iu, amount),
        low_absorption=loggable.low_absorption,
        unit=unit if loggable.measures.size(unit) else measures.SERVINGS,
        grams_per_serving=loggable.measures.grams,
        ml_per_serving=loggable.measures.millilitres,
    )


@atomic
def create_entry(
    user,
    *,
    day: date,
    loggable: queries.Loggable,
    amount: Decimal,
    unit: str = measures.SERVINGS,
    submission: UUID | None = None,
) -> IntakeEntry:
    """Log ``amount`` servings of ``loggable`` on ``day``, typed in ``unit``;
    return the entry.

    The add form sent twice as ``submission`` logs it once: the second gets
    the first one's entry.
    """

    def make():
        entry = build_entry(user, day=day, loggable=loggable, amount=amount, unit=unit)
        entry.save()
        return entry

    return once(user, submission, IntakeEntry.objects.filter(user=user), make)


@atomic
def update_entry(
    user, *, entry: IntakeEntry, amount: Decimal, unit: str = measures.SERVINGS
) -> IntakeEntry:
    """Change how much of an entry was eaten (``amount`` servings, typed in
    ``unit``); its values per serving and its serving's size stay."""
    check_owner(entry, user)
    entry.amount = amount
    entry.unit = unit if entry.measures.size(unit) else measures.SERVINGS
    entry.calcium_mg = intake.scale(entry.calcium_mg_per_serving, amount)
    entry.vitamin_d_iu = intake.scale(entry.vitamin_d_iu_per_serving, amount)
    entry.save(update_fields=["amount", "unit", "calcium_mg", "vitamin_d_iu"])
    return entry


@atomic
def delete_entry(user, *, entry: IntakeEntry) -> None:
    check_owner(entry, user)
    entry.delete()


@atomic
def copy_day(
    user, *, day: date
) -> tuple[list[IntakeEntry], intake.CopyPlan[IntakeEntry]]:
    """Log again the previous day's entries on ``day``, with today's values.

    Return the new entries and the plan that chose them. Entries already on
    the day, and items retired or deleted since, are left out, so copying
    twice (even two taps at once: the second waits for the first) copies once.
    """
    one_change_at_a_time(user)
    before = day - timedelta(days=1)
    by_day = queries.entries_by_day(user, [before, day])
    plan = intake.plan_copy(by_day[before], by_day[day])
    prefetch_related_objects(plan.to_copy, "food", "supplement")
    copied = [
        build_entry(
            user,
            day=day,
            loggable=queries.loggable_food(entry.food)
            if entry.food
            else queries.loggable_supplement(entry.supplement),
            amount=entry.amount,
            unit=entry.unit,
        )
        for entry in plan.to_copy
    ]
    IntakeEntry.objects.bulk_create(copied)
    return copied, plan


@atomic
def set_favourite(user, *, loggable: queries.Loggable, starred: bool) -> bool:
    """Star an item, or remove its star; return True if it is now a favourite.

    Either way it is idempotent, so a double tap asks for the same thing twice
    and gets it once.
    """
    key = (
        {"food_id": loggable.pk}
        if loggable.kind == IntakeEntry.Kind.FOOD
        else {"supplement_id": loggable.pk}
    )
    if not starred:
        Favourite.objects.filter(user=user, **key).delete()
        return False
    # get_or_create retries its read when a tap in flight inserted the row
    # first, instead of failing on the unique constraint.
    Favourite.objects.get_or_create(user=user, **key)
    return True


@atomic
def save_estimate(
    user,
    *,
    day: date,
    lines: list[queries.EstimateLineFood],
    servings: dict[str, Decimal],
    baseline_calcium_mg: int | None,
) -> IntakeEstimate:
    """Save the day's quick estimate from ``servings`` of each line, replacing
    any earlier one for the day (so saving twice keeps one)."""
    asked = {each.line.key: servings[each.line.key] for each in lines}
    estimate = intake.estimate_from_servings(
        {
            each.line.key: intake.PerServing(
                each.food.calcium_mg, each.food.vitamin_d_iu
            )
            for each in lines
        },
        asked,
        baseline_calcium_mg,
    )
    # A line not asked (its food retired) is saved as 0 servings.
    counts = {
        f"{line.key}_servings": asked.get(line.key, Decimal(0))
        for line in intake.ESTIMATE_LINES
    }
    saved, _ = IntakeEstimate.objects.update_or_create(
        user=user,
        day=day,
        defaults={
            **counts,
            "calcium_mg": estimate.calcium_mg,
            "vitamin_d_iu": estimate.vitamin_d_iu,
            "baseline_calcium_mg": baseline_calcium_mg,
        },
    )
    return saved


@atomic
def delete_estimate(user, *, estimate: IntakeEstimate) -> None:
    check_owner(estimate, user)
    estimate.delete()


@atomic
def save_own_food(
    user,
    *,
    food: Food | None = None,
    name: str,
    serving: str,
    calcium_mg: int,
    vitamin_d_iu: int,
    low_absorption: bool = False,
    submission: UUID | None = None,
) -> Food:
    """Add the user's own food, or change ``food``; days logged keep their values.

    The add form sent twice as ``submission`` adds it once.
    """

    def save(food):
        check_owner(food, user, owner_field="owner")
        food.name, food.serving, food.calcium_mg = name, serving, calcium_mg
        food.vitamin_d_iu, food.low_absorption = vitamin_d_iu, low_absorption
        food.save()
        return food

    if food is not None:
        return save(food)
    mine = Food.objects.filter(owner=user)
    return once(user, submission, mine, lambda: save(Food(owner=user)))


@atomic
def save_own_supplement(
    user,
    *,
    supplement: Supplement | None = None,
    name: str,
    dose: str,
    calcium_mg: int,
    vitamin_d_iu: int,
    submission: UUID | None = None,
) -> Supplement:
    """Add the user's own supplement, or change ``supplement``.

    The add form sent twice as ``submission`` adds it once.
    """

    def save(supplement):
        check_owner(supplement, user, owner_field="owner")
        supplement.name, supplement.dose = name, dose
        supplement.calcium_mg, supplement.vitamin_d_iu = calcium_mg, vitamin_d_iu
        supplement.save()
        return supplement

    if supplement is not None:
        return save(supplement)
    mine = Supplement.objects.filter(owner=user)
    return once(user, submission, mine, lambda: save(Supplement(owner=user)))


@atomic
def delete_own_item(user, *, item: Food | Supplement) -> None:
    """Delete the user's own food or supplement; days logged with it keep it."""
    check_owner(item, user, owner_field="owner")
    item.delete()
