"""Reads for the calcium and vitamin D diary.

Each function says how many queries it runs; none grows with the data. Day and range
totals are public so other pages (the dashboard) can reuse them.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db.models import (
    DecimalField,
    Exists,
    F,
    Max,
    OuterRef,
    PositiveIntegerField,
    Q,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce

from ..domain import food_search, intake
from ..domain.citations import Citation
from ..domain.measures import (
    NO_MEASURES,
    SERVINGS,
    Measures,
    amount_in,
)
from ..domain.measures import portion_text as measured_portion
from ..models import (
    EstimateSettings,
    Favourite,
    Food,
    IntakeEntry,
    IntakeEstimate,
    Source,
    Supplement,
)
from . import cache

FOOD = IntakeEntry.Kind.FOOD
SUPPLEMENT = IntakeEntry.Kind.SUPPLEMENT
# Marks a quick estimate's row among entry rows in ``daily_totals``.
ESTIMATE = "estimate"

RECENT_DAYS = 30
RECENT_LIMIT = 8
SEARCH_LIMIT = 12
# Matches fetched to rank in Python; the catalogue has fewer foods than this.
SEARCH_CANDIDATES = 200
# The user's own items first, then the catalogue, by name.
FOOD_ORDER = (F("owner_id").desc(nulls_last=True), "name", "serving")
SUPPLEMENT_ORDER = (F("owner_id").desc(nulls_last=True), "name")


@dataclass(frozen=True)
class Loggable:
    """A food or supplement the user may log now, with its values per serving."""

    kind: str
    pk: int
    name: str
    serving: str
    calcium_mg: int
    vitamin_d_iu: int
    low_absorption: bool = False
    is_own: bool = False
    note: str = ""
    amount: Decimal = Decimal(1)
    # One serving's weight and (drinks) volume, to log it in g or ml.
    measures: Measures = NO_MEASURES
    unit: str = SERVINGS  # the unit ``amount`` (in servings) was typed in

    @property
    def amount_text(self) -> str:
        """The amount in its unit, as the add form takes it: "1½", "200"."""
        return amount_in(self.amount, self.unit, self.measures)

    @property
    def portion_text(self) -> str:
        return measured_portion(self.amount, self.serving, self.unit, self.measures)

    @property
    def key(self) -> str:
        """ "food-12" or "supplement-3", as ``IntakeEntry.item_key``."""
        return f"{self.kind}-{self.pk}"


def loggable_food(food: Food) -> Loggable:
    return Loggable(
        kind=FOOD,
        pk=food.pk,
        name=food.name,
        serving=food.serving,
        calcium_mg=food.calcium_mg,
        vitamin_d_iu=food.vitamin_d_iu,
        low_absorption=food.low_absorption,
        is_own=food.owner_id is not None,
        note=food.note,
        measures=Measures(food.serving_grams, food.serving_ml),
    )


def loggable_supplement(supplement: Supplement) -> Loggable:
    return Loggable(
        kind=SUPPLEMENT,
        pk=supplement.pk,
        name=supplement.name,
        serving=supplement.dose,
        calcium_mg=supplement.calcium_mg,
        vitamin_d_iu=supplement.vitamin_d_iu,
        is_own=supplement.owner_id is not None,
        note=supplement.note,
    )


# --- What a user may log ----------------------------------------------------


def available_foods(user):
    """Return the catalogue's active foods and the user's own (a queryset)."""
    return Food.objects.filter(
        Q(owner__isnull=True) | Q(owner=user), is_active=True
    ).order_by(*FOOD_ORDER)


def available_supplements(user):
    """Return the active presets and the user's own supplements (a queryset)."""
    return Supplement.objects.filter(
        Q(owner__isnull=True) | Q(owner=user), is_active=True
    ).order_by(*SUPPLEMENT_ORDER)


@dataclass(frozen=True)
class SearchCatalogue:
    """The catalogue's names as the search reads them when nothing matches."""

    words: frozenset[str]  # a misspelt word may be corrected to these
    names: tuple[tuple[str, tuple[str, ...]], ...]  # (name, aliases), to suggest


def search_catalogue() -> SearchCatalogue:
    """Return the catalogue's food and supplement names and the foods' aliases
    (1 query, cached until the guidance changes)."""
    return cache.cached("search_catalogue", read_search_catalogue)


def read_search_catalogue() -> SearchCatalogue:
    foods = Food.objects.filter(owner__isnull=True, is_active=True)
    supplements = Supplement.objects.filter(owner__isnull=True, is_active=True)
    rows = (
        foods.values_list("name", "aliases")
        .order_by()
        .union(supplements.values_list("name", Value("")).order_by())
        .order_by()
    )
    names = tuple(
        sorted({(name, food_search.aliases_of(aliases)) for name, aliases in rows})
    )
    return SearchCatalogue(
        words=food_search.vocabulary(
            text for name, aliases in names for text in (name, *aliases)
        ),
        names=names,
    )


def search_words() -> frozenset[str]:
    """Return the words a misspelt search word may be corrected to: those of the
    catalogue's food and supplement names and aliases (1 query, cached)."""
    return search_catalogue().words


def suggestions(text: str) -> list[str]:
    """Return catalogue names that look like ``text``, for a search that found
    nothing (1 query, none while cached)."""
    return food_search.suggestions(text, search_catalogue().names)


def _matching(rows, query: tuple[food_search.Term, ...], *, has_group: bool):
    """Filter ``rows`` to names that meet every term of ``query``."""
    for term in query:
        condition = Q()
        for text in term.texts:
            condition |= Q(name__icontains=text)
            if has_group:  # foods have aliases
                condition |= Q(aliases__icontains=text)
        if has_group and term.groups:
            condition |= Q(group__in=term.groups)
        rows = rows.filter(condition)
    return rows


def _ranked(rows, query, *, has_group: bool) -> list:
    """Return ``rows`` in the order of ``food_search.rank``, matches only."""
    keyed = []
    for row in rows:
        key = food_search.rank(
            query,
            row.name,
            row.group if has_group else "",
            aliases=food_search.aliases_of(row.aliases) if has_group else (),
            personal=row.owner_id is not None or row.recent,
        )
        if key is not None:
            keyed.append((key, row.pk, row))
    return [row for *_, row in sorted(keyed, key=lambda item: item[:2])]


def _search_once(user, query, today: date):
    since = today - timedelta(days=RECENT_DAYS)
    logged = IntakeEntry.objects.filter(user=user, day__range=(since, today))
    foods = _matching(available_foods(user), query, has_group=True).annotate(
        recent=Exists(logged.filter(food=OuterRef("pk")))
    )
    supplements = _matching(
        available_supplements(user), query, has_group=False
    ).annotate(recent=Exists(logged.filter(supplement=OuterRef("pk"))))
    return (
        _ranked(foods[:SEARCH_CANDIDATES], query, has_group=True),
        _ranked(supplements[:SEARCH_CANDIDATES], query, has_group=False),
    )


def search(user, text: str, today: date) -> tuple[list[Loggable], list[Loggable], bool]:
    """Return the foods and supplements that match ``text``, best first.

    ``domain.food_search`` reads the words: other spellings and names ("yoghurt",
    "semi-skimmed"), plurals, group words ("cheese") in any order. The user's own
    items and those logged in the last 30 days come first among good matches. When
    nothing matches, misspelt words are corrected to the catalogue's nearest
    ("chedar") and the search runs again. The bool says whether more matched than
    are shown (2 queries; 4 when nothing matched, and 1 more to read the
    catalogue's words until the guidance changes).
    """
    query = food_search.terms(text)
    if not query:
        return [], [], False
    foods, supplements = _search_once(user, query, today)
    if not foods and not supplements:
        fixed = food_search.corrected(query, search_words())
        if fixed != query:
            foods, supplements = _search_once(user, fixed, today)
    more = len(foods) > SEARCH_LIMIT or len(supplements) > SEARCH_LIMIT
    return (
        [loggable_food(food) for food in foods[:SEARCH_LIMIT]],
        [loggable_supplement(row) for row in supplements[:SEARCH_LIMIT]],
        more,
    )


def supplement_choices(user) -> list[Loggable]:
    """Return every supplement the user may log, own ones first (1 query)."""
    return [loggable_supplement(row) for row in available_supplements(user)]


@dataclass(frozen=True)
class Favourites:
    items: list[Loggable]
    keys: frozenset[str]  # every starred item's key, retired ones included


def favourites(user) -> Favourites:
    """Return the starred items the user can still log, and every star (1 query)."""
    # Sorted here, by name: the model's ordering would only cost the ORM time.
    rows = list(
        Favourite.objects.filter(user=user)
        .select_related("food", "supplement")
        .order_by()
    )
    items = []
    for row in rows:
        if row.food is not None and row.food.is_active:
            items.append(loggable_food(row.food))
        elif row.supplement is not None and row.supplement.is_active:
            items.append(loggable_supplement(row.supplement))
    return Favourites(
        items=sorted(items, key=lambda item: (item.kind, item.name.lower())),
        keys=frozenset(
            f"{FOOD}-{row.food_id}"
            if row.food_id
            else f"{SUPPLEMENT}-{row.supplement_id}"
            for row in rows
        ),
    )


def recent_items(user, today: date) -> list[Loggable]:
    """Return the items and amounts logged in the last 30 days, latest first (1 query).

    The same food in a different amount, or in another unit, is a different
    item: "2 cups of milk" or "200 ml of milk" is what someone repeats. Retired
    and deleted items are left out.
    """
    rows = (
        IntakeEntry.objects.filter(
            user=user,
            day__range=(today - timedelta(days=RECENT_DAYS), today),
        )
        .filter(Q(food__is_active=True) | Q(supplement__is_active=True))
        .values(
            "kind",
            "amount",
            "unit",
            "food_id",
            "food__name",
            "food__serving",
            "food__calcium_mg",
            "food__vitamin_d_iu",
            "food__low_absorption",
            "food__owner_id",
            "food__serving_grams",
            "food__serving_ml",
            "supplement_id",
            "supplement__name",
            "supplement__dose",
            "supplement__calcium_mg",
            "supplement__vitamin_d_iu",
            "supplement__owner_id",
        )
        # Latest by the days before today, then today's new items: logging
        # one again today leaves the list in its order, so the diary's "+"
        # buttons stay under the finger.
        .annotate(
            last_before=Max("created_at", filter=Q(day__lt=today)),
            last_logged=Max("created_at"),
        )
        .order_by(F("last_before").desc(nulls_last=True), "-last_logged")[:RECENT_LIMIT]
    )
    items = []
    for row in rows:
        if row["kind"] == FOOD:
            items.append(
                Loggable(
                    kind=FOOD,
                    pk=row["food_id"],
                    name=row["food__name"],
                    serving=row["food__serving"],
                    calcium_mg=row["food__calcium_mg"],
                    vitamin_d_iu=row["food__vitamin_d_iu"],
                    low_absorption=row["food__low_absorption"],
                    is_own=row["food__owner_id"] is not None,
                    amount=row["amount"],
                    measures=Measures(
                        row["food__serving_grams"], row["food__serving_ml"]
                    ),
                    unit=row["unit"],
                )
            )
        else:
            items.append(
                Loggable(
                    kind=SUPPLEMENT,
                    pk=row["supplement_id"],
                    name=row["supplement__name"],
                    serving=row["supplement__dose"],
                    calcium_mg=row["supplement__calcium_mg"],
                    vitamin_d_iu=row["supplement__vitamin_d_iu"],
                    is_own=row["supplement__owner_id"] is not None,
                    amount=row["amount"],
                )
            )
    return items


# --- A day ------------------------------------------------------------------


def entries_on(user, day: date) -> list[IntakeEntry]:
    """Return the user's entries on ``day``, in the order logged, with their items
    (1 query)."""
    return entries_by_day(user, [day])[day]


def entries_by_day(user, days: Sequence[date]) -> dict[date, list[IntakeEntry]]:
    """Return the user's entries on each of ``days``, in the order logged, each
    with ``item_is_active`` (1 query).

    An entry keeps its own copy of what it shows, so only whether its item can
    still be logged is read from the item: loading each food or supplement as
    well cost the diary about half a millisecond (issue 15).
    """
    found: dict[date, list[IntakeEntry]] = {day: [] for day in days}
    for entry in IntakeEntry.objects.filter(user=user, day__in=days).annotate(
        item_is_active=Coalesce("food__is_active", "supplement__is_active", False)
    ):
        found[entry.day].append(entry)
    return found


def estimate_on(user, day: date) -> IntakeEstimate | None:
    """Return the user's quick estimate for ``day``, if any (1 query)."""
    return IntakeEstimate.objects.filter(user=user, day=day).first()


def amounts_of(entries) -> list[intake.Amounts]:
    return [
        intake.Amounts(
            calcium_mg=entry.calcium_mg,
            vitamin_d_iu=entry.vitamin_d_iu,
            is_supplement=entry.is_supplement,
            low_absorption=entry.low_absorption,
            name=entry.name,
        )
        for entry in entries
    ]


def doses_of(entries) -> list[intake.Dose]:
    """Return each supplement entry as a dose taken at once."""
    return [
        intake.Dose(entry.name, entry.portion_text, entry.calcium_mg)
        for entry in entries
        if entry.is_supplement
    ]


def dose_citation() -> Citation | None:
    """Return where the 500 mg-per-dose advice comes from, if loaded (1 query;
    none while cached)."""
    return cache.cached("dose_citation", read_dose_citation)


def read_dose_citation() -> Citation | None:
    source = Source.objects.filter(key="ODS-Ca").first()
    if source is None:
        return None
    return Citation(source.title, source.url, "Calcium supplements", source.short_name)


def estimate_values(estimate: IntakeEstimate | None) -> intake.Estimate | None:
    if estimate is None:
        return None
    return intake.Estimate(
        calcium_mg=estimate.calcium_mg,
        vitamin_d_iu=estimate.vitamin_d_iu,
        baseline_calcium_mg=estimate.baseline_calcium_mg,
    )


def day_totals(user, day: date) -> intake.DayTotals:
    """Return the user's totals for ``day`` (1 query)."""
    return daily_totals(user, day, day).get(day, intake.NOTHING_LOGGED)


def daily_totals(user, first: date, last: date) -> dict[date, intake.DayTotals]:
    """Return totals for each day from ``first`` to ``last`` that has anything logged.

    One query: entries summed in SQL by day and kind, with the days' quick
    estimates joined on as rows of their own (UNION ALL). Names of poorly
    absorbed foods are not included; ``entries_on`` has them.
    """
    no_baseline = Value(None, output_field=PositiveIntegerField())
    entries = (
        IntakeEntry.objects.filter(user=user, day__range=(first, last))
        .values("day", "kind", "low_absorption")
        .annotate(
            calcium=Sum("calcium_mg"),
            vitamin_d=Sum("vitamin_d_iu"),
            baseline=no_baseline,
        )
        .values_list(
            "day", "kind", "low_absorption", "calcium", "vitamin_d", "baseline"
        )
        .order_by()
    )
    estimates = (
        IntakeEstimate.objects.filter(user=user, day__range=(first, last))
        .annotate(
            row_kind=Value(ESTIMATE),
            no_low_absorption=Value(False),
            calcium=F("calcium_mg"),
            vitamin_d=F("vitamin_d_iu"),
            baseline=F("baseline_calcium_mg"),
        )
        .values_list(
            "day", "row_kind", "no_low_absorption", "calcium", "vitamin_d", "baseline"
        )
        .order_by()
    )
    amounts: dict[date, list[intake.Amounts]] = {}
    day_estimates: dict[date, intake.Estimate] = {}
    rows = entries.union(estimates, all=True).order_by()  # no model ordering
    for day, kind, low_absorption, calcium, vitamin_d, baseline in rows:
        if kind == ESTIMATE:
            day_estimates[day] = intake.Estimate(
                calcium_mg=Decimal(calcium),
                vitamin_d_iu=Decimal(vitamin_d),
                baseline_calcium_mg=baseline,
            )
            continue
        amounts.setdefault(day, []).append(
            intake.Amounts(
                calcium_mg=Decimal(calcium),
                vitamin_d_iu=Decimal(vitamin_d),
                is_supplement=kind == SUPPLEMENT,
                low_absorption=bool(low_absorption),
            )
        )
    return {
        day: intake.day_totals(amounts.get(day, []), day_estimates.get(day))
        for day in sorted(set(amounts) | set(day_estimates))
    }


def counted_by_day(user, first: date, last: date) -> dict[date, intake.DayTotals]:
    """Return what counts toward the targets on each day from ``first`` to
    ``last`` that has anything logged, and nothing else (1 query).

    Cheaper than ``daily_totals`` over many weeks: SQL sums each day's entries
    into one row by how they count (``intake.DaySums``), with the days' quick
    estimates as rows of their own (UNION ALL).
    """
    supplement, food = Q(kind=SUPPLEMENT), Q(kind=FOOD)
    well_absorbed_food = food & Q(low_absorption=False)
    entries = (
        IntakeEntry.objects.filter(user=user, day__range=(first, last))
        .values("day")
        .annotate(
            row_kind=Value(FOOD),
            supplement_calcium=sum_of("calcium_mg", supplement),
            supplement_vitamin_d=sum_of("vitamin_d_iu", supplement),
            food_calcium=sum_of("calcium_mg", well_absorbed_food),
            food_vitamin_d=sum_of("vitamin_d_iu", food),
        )
        .values_list(
            "day",
            "row_kind",
            "supplement_calcium",
            "supplement_vitamin_d",
            "food_calcium",
            "food_vitamin_d",
        )
        .order_by()
    )
    estimates = (
        IntakeEstimate.objects.filter(user=user, day__range=(first, last))
        .annotate(
            row_kind=Value(ESTIMATE),
            baseline=F("baseline_calcium_mg"),
            unused=Value(None, output_field=DecimalField()),
            calcium=F("calcium_mg"),
            vitamin_d=F("vitamin_d_iu"),
        )
        .values_list("day", "row_kind", "baseline", "unused", "calcium", "vitamin_d")
        .order_by()
    )
    sums: dict[date, intake.DaySums] = {}
    day_estimates: dict[date, intake.Estimate] = {}
    for day, kind, *values in entries.union(estimates, all=True).order_by():
        if kind == ESTIMATE:
            baseline, _, calcium, vitamin_d = values
            day_estimates[day] = intake.Estimate(
                calcium_mg=calcium,
                vitamin_d_iu=vitamin_d,
                baseline_calcium_mg=None if baseline is None else int(baseline),
            )
        else:
            sums[day] = intake.DaySums(*values)
    return {
        day: intake.counted_totals(
            sums.get(day, intake.NO_ENTRIES), day_estimates.get(day)
        )
        for day in sums.keys() | day_estimates.keys()
    }


def sum_of(field: str, condition: Q) -> Sum:
    """The sum of ``field`` over a day's entries that meet ``condition``, or 0."""
    return Sum(field, filter=condition, default=Decimal(0))


# --- Quick estimate ---------------------------------------------------------


@dataclass(frozen=True)
class EstimateLineFood:
    line: intake.EstimateLine
    food: Food


def estimate_lines() -> tuple[EstimateLineFood, ...]:
    """Return each estimate line with the active catalogue food it counts as
    (1 query; none while cached).

    A line whose food is missing or retired is left out.
    """
    return cache.cached("estimate_lines", read_estimate_lines)


def read_estimate_lines() -> tuple[EstimateLineFood, ...]:
    names = Q()
    for line in intake.ESTIMATE_LINES:
        names |= Q(name=line.food_name, serving=line.food_serving)
    foods = {
        (food.name, food.serving): food
        for food in Food.objects.filter(
            names, owner__isnull=True, is_active=True
        ).select_related("source")
    }
    return tuple(
        EstimateLineFood(line, foods[(line.food_name, line.food_serving)])
        for line in intake.ESTIMATE_LINES
        if (line.food_name, line.food_serving) in foods
    )


def estimate_settings() -> EstimateSettings:
    """Return the admin's estimate settings with their source (1 query; none
    while cached).

    Until an admin saves them, the defaults apply, unsaved: no baseline.
    """
    return cache.cached("estimate_settings", EstimateSettings.load)


def latest_estimate_before(user, day: date) -> IntakeEstimate | None:
    """Return the user's most recent estimate before ``day`` (1 query)."""
    return (
        IntakeEstimate.objects.filter(user=user, day__lt=day).order_by("-day").first()
    )


# --- Own items -------------------------------------------------------------


def own_foods(user):
    return Food.objects.filter(owner=user).order_by("name", "serving", "pk")


def own_supplements(user):
    return Supplement.objects.filter(owner=user).order_by("name", "pk")
