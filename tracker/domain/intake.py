"""Calcium and vitamin D arithmetic for the intake diary. Plain Python: no ORM, no HTTP.

Rounding is decided once, here:

- An amount is a number of servings, kept to 4 decimal places. Anything that ends
  there (½, ¼, ⅛, 0.25) is exact; a third is kept as 0.3333.
- An entry's calcium and vitamin D are the per-serving value times the amount,
  exactly (an integer times a 4-place decimal needs no rounding). Half a cup of skim
  milk is 149.5 mg, and two halves add up to 299 mg, as one cup does.
- A day's totals add those exact values and round half up to a whole mg (and a whole
  IU) once, at the end. Week averages are the mean of those day totals, rounded half
  up once.

Counting rules:

- Supplements always count.
- Food calcium flagged ``low_absorption`` (spinach: oxalate binds its calcium and no
  official weighting factor exists) is shown but not counted toward the target; its
  vitamin D counts as usual.
- A day with a quick estimate is an estimate day: the estimate stands in for
  everything eaten that day, so food entries are listed but not counted (for
  calcium or vitamin D). Supplements still add, because the calculators the
  estimate follows ask about food only. Nothing is ever counted twice.
"""

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Protocol

from .citations import Citation
from .progress import Progress
from .targets import PersonalTargets, Target
from .units import MCG, format_number, format_vitamin_d, iu_to_mcg, unit_symbol

# The bound for a plausible serving count: more is almost surely a typo.
MAX_SERVINGS = 20
SERVINGS_PLACES = Decimal("0.0001")

# docs/bone-facts.md §1.4 (ODS-Ca): calcium from supplements is absorbed best in
# doses of 500 mg of elemental calcium or less.
DOSE_ABSORPTION_LIMIT_MG = 500

_VULGAR_FRACTIONS = {
    "½": Fraction(1, 2),
    "⅓": Fraction(1, 3),
    "⅔": Fraction(2, 3),
    "¼": Fraction(1, 4),
    "¾": Fraction(3, 4),
    "⅕": Fraction(1, 5),
    "⅖": Fraction(2, 5),
    "⅗": Fraction(3, 5),
    "⅘": Fraction(4, 5),
    "⅙": Fraction(1, 6),
    "⅚": Fraction(5, 6),
    "⅛": Fraction(1, 8),
    "⅜": Fraction(3, 8),
    "⅝": Fraction(5, 8),
    "⅞": Fraction(7, 8),
}
# Shown back to the user in this order of preference: halves before quarters, etc.
_DISPLAY_FRACTIONS = ["½", "⅓", "⅔", "¼", "¾", "⅛", "⅜", "⅝", "⅞"]

_DECIMAL_RE = re.compile(r"^(\d+(\.\d*)?|\.\d+)$")
_FRACTION_RE = re.compile(r"^(?:(\d+)\s+)?(\d+)\s*/\s*(\d+)$")
_VULGAR_RE = re.compile(r"^(\d+)?\s*([" + "".join(_VULGAR_FRACTIONS) + r"])$")


NOT_A_NUMBER = "Enter a number, such as 1, ½, 1½ or 0.25."


class ServingsError(ValueError):
    """An amount that cannot be logged; ``message`` says why, for the user."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


def parse_servings(text: str, *, allow_zero: bool = False) -> Decimal:
    """Return the number of servings typed as ``text``, to 4 decimal places.

    Accepts 1, 0.25, 0,25, ½, 1½, 1 ½, 1/2 and 1 1/2. Raise ServingsError for
    anything else, for zero (unless ``allow_zero``), and for more than MAX_SERVINGS.
    """
    cleaned = " ".join(str(text).strip().replace("⁄", "/").split())
    if cleaned.startswith("-"):
        raise ServingsError(
            "Enter an amount more than 0." if not allow_zero else "Enter 0 or more.",
            code="negative",
        )
    value = _parse_fraction(cleaned.replace(",", "."))
    if value is None:
        raise ServingsError(NOT_A_NUMBER, code="not_a_number")
    amount = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        SERVINGS_PLACES, rounding=ROUND_HALF_UP
    )
    if amount == 0 and not allow_zero:
        raise ServingsError(
            "Enter an amount more than 0. To remove an entry, delete it.",
            code="zero",
        )
    if amount > MAX_SERVINGS:
        raise ServingsError(
            f"Enter {MAX_SERVINGS} servings or fewer. For more than that, check "
            "the serving size: one serving may be bigger than you think.",
            code="too_many",
        )
    return amount


def _parse_fraction(text: str) -> Fraction | None:
    if _DECIMAL_RE.match(text):
        return Fraction(Decimal(text))
    if match := _FRACTION_RE.match(text):
        whole, numerator, denominator = match.groups()
        if int(denominator) == 0:
            return None
        return int(whole or 0) + Fraction(int(numerator), int(denominator))
    if match := _VULGAR_RE.match(text):
        whole, vulgar = match.groups()
        return int(whole or 0) + _VULGAR_FRACTIONS[vulgar]
    return None


def format_servings(amount: Decimal) -> str:
    """Return ``amount`` as a person writes it: "1", "½", "1½", "⅓", "0.3"."""
    whole = int(amount)
    part = amount - whole
    if part == 0:
        return str(whole)
    for symbol in _DISPLAY_FRACTIONS:
        fraction = _VULGAR_FRACTIONS[symbol]
        exact = Decimal(fraction.numerator) / Decimal(fraction.denominator)
        if abs(part - exact) < SERVINGS_PLACES:
            return f"{whole}{symbol}" if whole else symbol
    return format(amount.normalize(), "f")


def portion_text(amount: Decimal, serving: str) -> str:
    """Return how much was had: "1 cup", or "1½ × 1 cup"."""
    if amount == 1:
        return serving
    return f"{format_servings(amount)} × {serving}"


def scale(per_serving: int, servings: Decimal) -> Decimal:
    """Return ``per_serving`` × ``servings``, exactly (no rounding)."""
    return Decimal(per_serving) * servings


def round_whole(value: Decimal | int) -> int:
    """Round half up to a whole number: 149.5 → 150."""
    return int(Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_mg(value: Decimal | int) -> str:
    """Return an entry's calcium: "299 mg", or "149.5 mg" when it is not whole."""
    tenths = Decimal(value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    places = 0 if tenths == tenths.to_integral_value() else 1
    return f"{format_number(tenths, places)} mg"


# --- Day totals -------------------------------------------------------------


@dataclass(frozen=True)
class Amounts:
    """Calcium and vitamin D of one entry, or of several entries of the same kind."""

    calcium_mg: Decimal
    vitamin_d_iu: Decimal
    is_supplement: bool = False
    low_absorption: bool = False
    name: str = ""


@dataclass(frozen=True)
class Estimate:
    """A quick estimate of a day's food: servings counted, plus an optional baseline."""

    calcium_mg: Decimal
    vitamin_d_iu: Decimal
    baseline_calcium_mg: int | None = None

    @property
    def total_calcium_mg(self) -> Decimal:
        return self.calcium_mg + (self.baseline_calcium_mg or 0)


@dataclass(frozen=True)
class DayTotals:
    """What a day adds up to, and what was shown but not counted.

    ``calcium_mg`` and ``vitamin_d_iu`` are what counts toward the targets.
    """

    calcium_mg: int
    vitamin_d_iu: int
    low_absorption_calcium_mg: int = 0
    low_absorption_names: tuple[str, ...] = ()
    uses_estimate: bool = False
    replaced_calcium_mg: int = 0
    replaced_vitamin_d_iu: int = 0
    replaced_entries: int = 0
    logged: bool = False

    @property
    def calcium_intake_mg(self) -> int:
        """All calcium logged and counted for the day, poorly absorbed included.

        This is what the upper limit is compared with: the limit is about intake,
        not about what the body absorbs.
        """
        return self.calcium_mg + self.low_absorption_calcium_mg


NOTHING_LOGGED = DayTotals(calcium_mg=0, vitamin_d_iu=0)


def day_totals(entries: Iterable[Amounts], estimate: Estimate | None) -> DayTotals:
    """Add up a day's entries (and its quick estimate, if any) by the counting rules."""
    calcium = vitamin_d = Decimal(0)
    low_absorption = replaced_calcium = replaced_vitamin_d = Decimal(0)
    low_names: dict[str, None] = {}
    replaced = 0
    logged = estimate is not None
    for entry in entries:
        logged = True
        if entry.is_supplement:
            calcium += entry.calcium_mg
            vitamin_d += entry.vitamin_d_iu
        elif estimate is not None:
            replaced += 1
            replaced_calcium += entry.calcium_mg
            replaced_vitamin_d += entry.vitamin_d_iu
        elif entry.low_absorption:
            low_absorption += entry.calcium_mg
            vitamin_d += entry.vitamin_d_iu
            if entry.name:
                low_names[entry.name] = None
        else:
            calcium += entry.calcium_mg
            vitamin_d += entry.vitamin_d_iu
    if estimate is not None:
        calcium += estimate.total_calcium_mg
        vitamin_d += estimate.vitamin_d_iu
    return DayTotals(
        calcium_mg=round_whole(calcium),
        vitamin_d_iu=round_whole(vitamin_d),
        low_absorption_calcium_mg=round_whole(low_absorption),
        low_absorption_names=tuple(low_names),
        uses_estimate=estimate is not None,
        replaced_calcium_mg=round_whole(replaced_calcium),
        replaced_vitamin_d_iu=round_whole(replaced_vitamin_d),
        replaced_entries=replaced,
        logged=logged,
    )


@dataclass(frozen=True)
class DaySums:
    """A day's entries summed by how they count, for pages that need only what
    counts: supplements, well-absorbed food, and the vitamin D of all food."""

    supplement_calcium_mg: Decimal
    supplement_vitamin_d_iu: Decimal
    food_calcium_mg: Decimal  # poorly absorbed food left out
    food_vitamin_d_iu: Decimal


NO_ENTRIES = DaySums(Decimal(0), Decimal(0), Decimal(0), Decimal(0))


def counted_totals(sums: DaySums, estimate: Estimate | None) -> DayTotals:
    """Return what counts toward the targets on a day, by the rules of
    ``day_totals``, from its sums: a quick estimate stands in for the food.
    What was left out (poorly absorbed, replaced) is not told apart."""
    calcium, vitamin_d = sums.supplement_calcium_mg, sums.supplement_vitamin_d_iu
    if estimate is not None:
        calcium += estimate.total_calcium_mg
        vitamin_d += estimate.vitamin_d_iu
    else:
        calcium += sums.food_calcium_mg
        vitamin_d += sums.food_vitamin_d_iu
    return DayTotals(
        calcium_mg=round_whole(calcium),
        vitamin_d_iu=round_whole(vitamin_d),
        uses_estimate=estimate is not None,
        logged=True,
    )


# --- Quick estimate ---------------------------------------------------------


@dataclass(frozen=True)
class EstimateLine:
    """One question of the quick estimate and the catalogue food it counts as."""

    key: str
    label: str
    food_name: str
    food_serving: str


# The BHOF and IOF calculators ask about servings of milk, yogurt, cheese and
# fortified foods. Each is counted as one named catalogue row (docs/bone-facts.md
# §3.1 rows 2, 5, 9 and 18); an admin can correct those rows' values.
ESTIMATE_LINES = (
    EstimateLine(
        "milk", "Cups of milk", "Milk, 2% reduced fat, vitamin D added", "1 cup"
    ),
    EstimateLine(
        "yogurt", "Pots of yogurt (8 oz)", "Yogurt, plain, low fat", "8 oz container"
    ),
    EstimateLine("cheese", "Portions of cheese (1.5 oz)", "Cheddar cheese", "1.5 oz"),
    EstimateLine(
        "fortified",
        "Cups of calcium-fortified juice or plant milk",
        "Orange juice, fortified with calcium and vitamin D",
        "1 cup",
    ),
)


@dataclass(frozen=True)
class PerServing:
    calcium_mg: int
    vitamin_d_iu: int


def estimate_from_servings(
    per_serving: Mapping[str, PerServing],
    servings: Mapping[str, Decimal],
    baseline_calcium_mg: int | None,
) -> Estimate:
    """Return the estimate for ``servings`` of each line, plus the baseline if set.

    A line missing from ``per_serving`` (its food was retired) counts nothing.
    """
    calcium = vitamin_d = Decimal(0)
    for key, count in servings.items():
        values = per_serving.get(key)
        if values is None:
            continue
        calcium += scale(values.calcium_mg, count)
        vitamin_d += scale(values.vitamin_d_iu, count)
    return Estimate(
        calcium_mg=calcium,
        vitamin_d_iu=vitamin_d,
        baseline_calcium_mg=baseline_calcium_mg,
    )


# --- Copying a day ------------------------------------------------------------


class Logged(Protocol):
    """A logged entry as copying sees it (``IntakeEntry`` is one)."""

    kind: str
    amount: Decimal

    @property
    def item_id(self) -> int | None: ...

    @property
    def can_repeat(self) -> bool: ...


@dataclass(frozen=True)
class CopyPlan[E: Logged]:
    """What copying the previous day's entries to a day would do."""

    to_copy: list[E]
    already: int  # on the day already, with the same item and amount
    gone: int  # retired or deleted since: they can't be newly logged


def plan_copy[E: Logged](
    previous: Iterable[E], present: Iterable[Logged]
) -> CopyPlan[E]:
    """Match the previous day's entries against the day's, each used once.

    Copying twice (a double tap, or coming back later) adds nothing the second
    time; two entries of a cup of milk need two on the day.
    """
    on_the_day = Counter((e.kind, e.item_id, e.amount) for e in present if e.item_id)
    to_copy, already, gone = [], 0, 0
    for entry in previous:
        key = (entry.kind, entry.item_id, entry.amount)
        if on_the_day[key] > 0:
            on_the_day[key] -= 1
            already += 1
        elif not entry.can_repeat:
            gone += 1
        else:
            to_copy.append(entry)
    return CopyPlan(to_copy, already, gone)


# --- Already on the day ------------------------------------------------------


def servings_on_day(present: Iterable[Logged]) -> dict[tuple[str, int], Decimal]:
    """Return the servings of each item (kind, id) logged on a day, summed.

    The diary's one-tap "+" buttons say how much of their item is on the day
    already, so a second tap is a choice, never a surprise.
    """
    servings: dict[tuple[str, int], Decimal] = {}
    for entry in present:
        if entry.item_id:
            key = (entry.kind, entry.item_id)
            servings[key] = servings.get(key, Decimal(0)) + entry.amount
    return servings


def on_day_text(servings: Decimal, *, is_today: bool) -> str:
    """Say how much of an item is on the day: "On today: 1½ servings"."""
    when = "On today" if is_today else "On this day"
    noun = "serving" if servings <= 1 else "servings"
    amount = format_servings(servings)
    if len(amount.partition(".")[2]) > 1:  # 0.8453, from 200 ml of a 236.6 ml cup
        amount = "about " + format(servings.quantize(Decimal("0.1")), "f")
    return f"{when}: {amount} {noun}"


# --- Targets, progress and notices ------------------------------------------


def citation_of(target: Target) -> Citation:
    return Citation(
        target.source_title,
        target.source_url,
        target.source_detail,
        target.source_short_name,
    )


def target_citations(targets: PersonalTargets) -> list[Citation]:
    """Return the distinct sources of the calcium and vitamin D targets a day shows."""
    shown = (targets.calcium, targets.vitamin_d, targets.vitamin_d_bone_health)
    citations = [citation_of(target) for target in shown if target is not None]
    return list(dict.fromkeys(citations))


@dataclass(frozen=True)
class Notice:
    """Something worth knowing about the day, said calmly, with its source."""

    code: str
    message: str
    citation: Citation | None = None


@dataclass(frozen=True)
class Dose:
    """One logged supplement entry: what was taken at once."""

    name: str
    amount_text: str
    calcium_mg: Decimal


def calcium_progress(
    calcium_mg: int, target: Target | None, *, over_limit: bool = False
) -> Progress | None:
    if target is None:
        return None
    return Progress(
        done=calcium_mg,
        target=target.amount,
        unit="mg",
        over_limit=over_limit,
        close_percent=target.close_percent,
    )


def vitamin_d_progress(
    vitamin_d_iu: int, target: Target | None, unit: str, *, over_limit: bool = False
) -> Progress | None:
    """Return vitamin D progress in the user's unit (IU, or µg to one decimal)."""
    if target is None:
        return None
    if unit == MCG:
        return Progress(
            done=iu_to_mcg(vitamin_d_iu),
            target=iu_to_mcg(target.amount),
            unit=unit_symbol(unit),
            places=1,
            over_limit=over_limit,
            close_percent=target.close_percent,
        )
    return Progress(
        done=vitamin_d_iu,
        target=target.amount,
        unit=unit_symbol(unit),
        over_limit=over_limit,
        close_percent=target.close_percent,
    )


def calcium_over_limit(totals: DayTotals, targets: PersonalTargets) -> bool:
    """Return whether the day's calcium is above its upper limit. The limit is
    about intake, so poorly absorbed calcium counts toward it."""
    limit = targets.calcium_upper_limit
    return limit is not None and totals.calcium_intake_mg > limit.amount


def vitamin_d_over_limit(totals: DayTotals, targets: PersonalTargets) -> bool:
    limit = targets.vitamin_d_upper_limit
    return limit is not None and totals.vitamin_d_iu > limit.amount


def day_progress(
    totals: DayTotals, targets: PersonalTargets, unit: str
) -> tuple[Progress | None, Progress | None]:
    """Return a day's calcium and vitamin D progress; a bar above its upper
    limit says so (``Progress.over_limit``) instead of "target met"."""
    return (
        calcium_progress(
            totals.calcium_mg,
            targets.calcium,
            over_limit=calcium_over_limit(totals, targets),
        ),
        vitamin_d_progress(
            totals.vitamin_d_iu,
            targets.vitamin_d,
            unit,
            over_limit=vitamin_d_over_limit(totals, targets),
        ),
    )


def upper_limit_notices(
    totals: DayTotals, targets: PersonalTargets, unit: str
) -> list[Notice]:
    """Return a notice for each nutrient whose day total is above its upper limit."""
    notices = []
    limit = targets.calcium_upper_limit
    if limit is not None and calcium_over_limit(totals, targets):
        including = (
            f", including {format_number(totals.low_absorption_calcium_mg)} mg from "
            "poorly absorbed foods"
            if totals.low_absorption_calcium_mg
            else ""
        )
        notices.append(
            Notice(
                code="calcium_over_limit",
                message=(
                    f"Calcium today adds up to "
                    f"{format_number(totals.calcium_intake_mg)} mg{including}, which is "
                    f"above the upper limit of {format_number(limit.amount)} mg a day "
                    "for your age. One day over is not a cause for alarm. Going over "
                    "often, usually from supplements, is linked to kidney stones, so "
                    "if this is a usual day for you, ask your clinician or pharmacist "
                    "about your supplements."
                ),
                citation=citation_of(limit),
            )
        )
    limit = targets.vitamin_d_upper_limit
    if limit is not None and vitamin_d_over_limit(totals, targets):
        notices.append(
            Notice(
                code="vitamin_d_over_limit",
                message=(
                    f"Vitamin D today adds up to "
                    f"{format_vitamin_d(totals.vitamin_d_iu, unit)}, which is above "
                    f"the upper limit of {format_vitamin_d(limit.amount, unit)} a day "
                    "for adults. Some people take more on their clinician's advice. "
                    "If nobody has advised that for you, ask your clinician or "
                    "pharmacist about your dose."
                ),
                citation=citation_of(limit),
            )
        )
    return notices


def dose_notices(
    doses: Iterable[Dose], citation: Citation | None = None
) -> list[Notice]:
    """Return a notice for each supplement entry above 500 mg of elemental calcium."""
    return [
        Notice(
            code="large_dose",
            message=(
                f"{dose.name} ({dose.amount_text}) gives {format_mg(dose.calcium_mg)} "
                "of calcium at once. Calcium is absorbed best "
                f"{DOSE_ABSORPTION_LIMIT_MG} mg or less at a time, so if you take "
                "this much together, splitting it into two doses across the day "
                "helps your body use more of it."
            ),
            citation=citation,
        )
        for dose in doses
        if dose.calcium_mg > DOSE_ABSORPTION_LIMIT_MG
    ]


@dataclass(frozen=True)
class DayReport:
    totals: DayTotals
    calcium: Progress | None
    vitamin_d: Progress | None
    notices: tuple[Notice, ...]


def day_report(
    totals: DayTotals,
    targets: PersonalTargets,
    unit: str,
    doses: Sequence[Dose] = (),
    dose_citation: Citation | None = None,
) -> DayReport:
    """Return the day's progress toward the targets and its notices."""
    calcium, vitamin_d = day_progress(totals, targets, unit)
    return DayReport(
        totals=totals,
        calcium=calcium,
        vitamin_d=vitamin_d,
        notices=tuple(
            upper_limit_notices(totals, targets, unit)
            + dose_notices(doses, dose_citation)
        ),
    )


# --- Week -------------------------------------------------------------------


# A day a quick estimate stands in for is marked "Estimate" in each list of days;
# a figure that counts such days says so in the same words.
ESTIMATE = "estimate"


def estimate_mark(estimated_days: int) -> str:
    """Return " (includes an estimate)" for a figure that counts estimated days,
    to follow its label; "" when it counts none."""
    if estimated_days <= 0:
        return ""
    if estimated_days == 1:
        return f" (includes an {ESTIMATE})"
    return f" (includes {estimated_days} {ESTIMATE}s)"


def estimate_count(estimated_days: int) -> str:
    """Return " (1 estimate)" to follow a count of days; "" without estimates."""
    if estimated_days <= 0:
        return ""
    plural = "" if estimated_days == 1 else "s"
    return f" ({estimated_days} {ESTIMATE}{plural})"


def estimate_note(estimated_days: int) -> str:
    """Say in a sentence which of a figure's days are quick estimates."""
    if estimated_days <= 0:
        return ""
    if estimated_days == 1:
        return (
            "One of these days is a quick estimate, which stands in for that "
            "day's food."
        )
    return (
        f"{estimated_days} of these days are quick estimates, which stand in for "
        "those days' food."
    )


@dataclass(frozen=True)
class IntakeDay:
    day: date
    totals: DayTotals
    is_future: bool

    @property
    def logged(self) -> bool:
        return self.totals.logged


@dataclass(frozen=True)
class IntakeWeek:
    """A week of day totals and the average of the days that were logged.

    Days with nothing logged are left out of the average rather than counted as
    zero, as are days still to come: a day not logged says nothing about intake.
    """

    days: tuple[IntakeDay, ...]
    logged_days: int
    average_calcium_mg: int | None
    average_vitamin_d_iu: int | None
    estimated_days: int = 0  # logged days a quick estimate stands in for

    @property
    def estimate_mark(self) -> str:
        return estimate_mark(self.estimated_days)

    @property
    def estimate_note(self) -> str:
        return estimate_note(self.estimated_days)


def intake_week(
    days: Sequence[date], totals_by_day: Mapping[date, DayTotals], today: date
) -> IntakeWeek:
    week_days = tuple(
        IntakeDay(
            day=day,
            totals=totals_by_day.get(day, NOTHING_LOGGED),
            is_future=day > today,
        )
        for day in days
    )
    logged = [
        week_day.totals
        for week_day in week_days
        if week_day.logged and not week_day.is_future
    ]
    if not logged:
        return IntakeWeek(week_days, 0, None, None)
    count = len(logged)
    return IntakeWeek(
        days=week_days,
        logged_days=count,
        estimated_days=sum(day.uses_estimate for day in logged),
        average_calcium_mg=round_whole(
            Decimal(sum(day.calcium_mg for day in logged)) / count
        ),
        average_vitamin_d_iu=round_whole(
            Decimal(sum(day.vitamin_d_iu for day in logged)) / count
        ),
    )
