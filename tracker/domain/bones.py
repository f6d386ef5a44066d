"""The bone record's arithmetic: comparing DXA scans, what a score means in
plain words, when a next scan may be worth discussing, and height loss.

Plain Python: no ORM, no HTTP. Every number comes from docs/bone-facts.md §8;
the ones an admin can change (default LSC, height-loss thresholds, scan
intervals) arrive as arguments from the settings row. The words inform and
never diagnose: a score is "in the osteoporosis range", never "you have".
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .weeks import add_months

# --- Scan sites -----------------------------------------------------------------

SPINE = "spine"
TOTAL_HIP_LEFT = "total_hip_left"
TOTAL_HIP_RIGHT = "total_hip_right"
FEMORAL_NECK_LEFT = "femoral_neck_left"
FEMORAL_NECK_RIGHT = "femoral_neck_right"
RADIUS = "radius"

# The sites a DXA report gives (§8, "DXA sites reported"), in report order.
SITES = {
    SPINE: "Lumbar spine (L1–L4)",
    TOTAL_HIP_LEFT: "Total hip, left",
    TOTAL_HIP_RIGHT: "Total hip, right",
    FEMORAL_NECK_LEFT: "Femoral neck, left",
    FEMORAL_NECK_RIGHT: "Femoral neck, right",
    RADIUS: "One-third radius (forearm)",
}

# The admin's default LSC is set per kind of site; left and right share one.
LSC_GROUPS = {
    SPINE: "spine",
    TOTAL_HIP_LEFT: "total_hip",
    TOTAL_HIP_RIGHT: "total_hip",
    FEMORAL_NECK_LEFT: "femoral_neck",
    FEMORAL_NECK_RIGHT: "femoral_neck",
    RADIUS: "radius",
}

# Plausible ranges (issue 13): outside them a value is almost surely mistyped.
T_SCORE_RANGE = (Decimal("-6"), Decimal("4"))
Z_SCORE_RANGE = (Decimal("-6"), Decimal("4"))
BMD_RANGE = (Decimal("0.2"), Decimal("2.0"))
LSC_RANGE = (Decimal("0.1"), Decimal("20"))
HEIGHT_RANGE_CM = (Decimal("90"), Decimal("250"))

ONE_DECIMAL = Decimal("0.1")
THREE_DECIMALS = Decimal("0.001")
CM_PER_INCH = Decimal("2.54")


def round_to(value: Decimal, step: Decimal) -> Decimal:
    return value.quantize(step, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class SiteValue:
    """One site's numbers on one scan; any of them may be missing."""

    site: str
    bmd: Decimal | None = None
    t_score: Decimal | None = None
    z_score: Decimal | None = None
    lsc_percent: Decimal | None = None

    @property
    def label(self) -> str:
        return SITES[self.site]


@dataclass(frozen=True)
class Scan:
    id: int
    day: date
    facility: str
    machine_make: str = ""
    machine_model: str = ""
    sites: tuple[SiteValue, ...] = ()

    def site(self, code: str) -> SiteValue | None:
        return next((value for value in self.sites if value.site == code), None)

    @property
    def machine(self) -> str:
        return " ".join(
            part for part in (self.machine_make, self.machine_model) if part
        )


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


# How two scans' machines compare.
SAME_MACHINE = "same"
OTHER_MACHINE = "other"  # another facility, or another machine named
MACHINE_NOT_RECORDED = "not_recorded"  # same facility, machine missing on one


def machine_match(earlier: Scan, later: Scan) -> str:
    """Whether two scans can be compared directly (§8: only on the same machine).

    Another facility, or another make or model, is another machine. The same
    facility with the machine left out of either scan is taken as the same,
    and said so.
    """
    if not _same_text(earlier.facility, later.facility):
        return OTHER_MACHINE
    for a, b in (
        (earlier.machine_make, later.machine_make),
        (earlier.machine_model, later.machine_model),
    ):
        if a and b and not _same_text(a, b):
            return OTHER_MACHINE
    if not (earlier.machine and later.machine):
        return MACHINE_NOT_RECORDED
    if bool(earlier.machine_model) != bool(later.machine_model):
        return MACHINE_NOT_RECORDED
    return SAME_MACHINE


# --- Comparing scans ------------------------------------------------------------

NOT_COMPARABLE = "not_comparable"  # another facility or machine
BMD_CHANGE = "bmd"  # both scans have BMD: judged against the LSC
T_ONLY = "t_only"  # no BMD on one of them: only scores to compare
NOTHING_TO_COMPARE = "nothing"

GAIN = "gain"
LOSS = "loss"
WITHIN_LSC = "within"


@dataclass(frozen=True)
class Lsc:
    """The least significant change used for a comparison, in %."""

    percent: Decimal
    assumed: bool  # the admin's default, not the facility's own


@dataclass(frozen=True)
class SiteChange:
    """One site's change from an earlier scan to a later one."""

    site: str
    earlier: Scan
    later: Scan
    kind: str
    machine: str = SAME_MACHINE
    change_g: Decimal | None = None  # g/cm², to 3 decimals
    change_percent: Decimal | None = None  # rounded to 1 decimal
    lsc: Lsc | None = None
    verdict: str = ""
    t_change: Decimal | None = None

    @property
    def label(self) -> str:
        return SITES[self.site]

    @property
    def is_real(self) -> bool:
        return self.verdict in (GAIN, LOSS)

    @property
    def words(self) -> str:
        """The change in one plain sentence, without the numbers."""
        if self.kind == NOT_COMPARABLE:
            return "Not directly comparable: ask your clinician."
        if self.kind == T_ONLY:
            return (
                "Only scores to compare here: the BMD in g/cm² is the number to "
                "compare between scans."
            )
        if self.kind == NOTHING_TO_COMPARE:
            return "No BMD or T-score on both scans to compare."
        if self.verdict == GAIN:
            return "A real gain: at least the least significant change."
        if self.verdict == LOSS:
            return "A real loss: at least the least significant change."
        return "Within measurement error: smaller than the least significant change."


def lsc_for(site: str, earlier: Scan, later: Scan, defaults: dict[str, Decimal]) -> Lsc:
    """The facility's LSC for ``site`` (the later scan's, else the earlier's),
    or else the admin's default for its kind of site, marked as assumed."""
    for scan in (later, earlier):
        value = scan.site(site)
        if value and value.lsc_percent is not None:
            return Lsc(value.lsc_percent, assumed=False)
    return Lsc(defaults[LSC_GROUPS[site]], assumed=True)


def percent_change(earlier: Decimal, later: Decimal) -> Decimal:
    """The change from ``earlier`` to ``later`` in %, rounded half up to 0.1."""
    return round_to((later - earlier) / earlier * 100, ONE_DECIMAL)


def judge(change_percent: Decimal, lsc_percent: Decimal) -> str:
    """A change is real when it is at least the LSC (§8, ISCD method).

    It is judged as rounded for the page, so the words always match the
    number shown: 5.0 % against an LSC of 5.0 % is real.
    """
    if abs(change_percent) >= lsc_percent and change_percent != 0:
        return GAIN if change_percent > 0 else LOSS
    return WITHIN_LSC


def compare_site(
    site: str, earlier: Scan, later: Scan, defaults: dict[str, Decimal]
) -> SiteChange:
    """Compare one site between two scans; ``defaults`` maps LSC groups to %."""
    before, after = earlier.site(site), later.site(site)
    if before is None or after is None:
        raise ValueError(f"both scans must measure {site}")
    machine = machine_match(earlier, later)
    common = {"site": site, "earlier": earlier, "later": later, "machine": machine}
    if machine == OTHER_MACHINE:
        return SiteChange(kind=NOT_COMPARABLE, **common)
    if before.bmd is not None and after.bmd is not None:
        change = round_to(after.bmd - before.bmd, THREE_DECIMALS)
        percent = percent_change(before.bmd, after.bmd)
        lsc = lsc_for(site, earlier, later, defaults)
        return SiteChange(
            kind=BMD_CHANGE,
            change_g=change,
            change_percent=percent,
            lsc=lsc,
            verdict=judge(percent, lsc.percent),
            **common,
        )
    if before.t_score is not None and after.t_score is not None:
        return SiteChange(
            kind=T_ONLY, t_change=after.t_score - before.t_score, **common
        )
    return SiteChange(kind=NOTHING_TO_COMPARE, **common)


@dataclass(frozen=True)
class SiteComparison:
    """A site of the latest scan against the previous and the first scan that
    measured it (either may be None; the first only when it is not also the
    previous)."""

    site: str
    value: SiteValue
    previous: SiteChange | None
    first: SiteChange | None

    @property
    def label(self) -> str:
        return SITES[self.site]


def compare_latest(
    scans: list[Scan], defaults: dict[str, Decimal]
) -> list[SiteComparison]:
    """Compare each site of the latest scan (``scans`` oldest first) with the
    previous and the first scan that measured it, in report order."""
    if not scans:
        return []
    latest, earlier_scans = scans[-1], scans[:-1]
    comparisons = []
    for site in SITES:
        value = latest.site(site)
        if value is None:
            continue
        measured = [scan for scan in earlier_scans if scan.site(site)]
        previous = (
            compare_site(site, measured[-1], latest, defaults) if measured else None
        )
        first = (
            compare_site(site, measured[0], latest, defaults)
            if len(measured) > 1
            else None
        )
        comparisons.append(SiteComparison(site, value, previous, first))
    return comparisons


# --- What a score means ---------------------------------------------------------

# WHO categories of a T-score (§8, WHO 1994).
NORMAL = "normal"
LOW_BONE_MASS = "low_bone_mass"
OSTEOPOROSIS = "osteoporosis"
OSTEOPENIA_ABOVE = Decimal("-1.0")  # T at or above: normal
OSTEOPOROSIS_AT = Decimal("-2.5")  # T at or below: the osteoporosis range
# A Z-score at or below this is "below the expected range for age" (§8, ISCD).
Z_BELOW_EXPECTED_AT = Decimal("-2.0")
# T-scores apply from this age (men) or after menopause (women) (§8, ISCD).
T_SCORE_AGE = 50

CATEGORY_WORDS = {
    NORMAL: "in the normal range",
    LOW_BONE_MASS: "in the low bone mass (osteopenia) range",
    OSTEOPOROSIS: "in the osteoporosis range",
}
DIAGNOSIS_NOTE = (
    "This is what the number alone says. A diagnosis also takes into account "
    "any fractures and your other risks, and it is your clinician's to make."
)


def who_category(t_score: Decimal) -> str:
    if t_score >= OSTEOPENIA_ABOVE:
        return NORMAL
    if t_score <= OSTEOPOROSIS_AT:
        return OSTEOPOROSIS
    return LOW_BONE_MASS


def z_score_words(z_score: Decimal) -> str:
    if z_score <= Z_BELOW_EXPECTED_AT:
        return "below the expected range for your age"
    return "within the expected range for your age"


FEMALE = "female"
MALE = "male"
BEFORE_MENOPAUSE = "before"
AFTER_MENOPAUSE = "after"

T_SCORE = "T"
Z_SCORE = "Z"


@dataclass(frozen=True)
class ScoreChoice:
    """Which score is the figure for someone, and what the app assumed."""

    score: str
    assumption: str = ""


def score_to_use(age: int | None, sex: str, menopause: str = "") -> ScoreChoice:
    """The T-score for men from 50 and women after menopause; the Z-score for
    anyone younger or before menopause (§8, ISCD).

    ``menopause`` is "before", "after" or "" (not said). Unknown answers are
    taken the likelier way, and said so.
    """
    if sex == FEMALE and menopause == AFTER_MENOPAUSE:
        return ScoreChoice(T_SCORE)
    if sex == FEMALE and menopause == BEFORE_MENOPAUSE:
        return ScoreChoice(Z_SCORE)
    if age is None:
        return ScoreChoice(
            T_SCORE,
            "Your age is not in your profile, so this reads the T-score, which "
            "applies from 50 and after menopause. Under 50, or before menopause, "
            "the Z-score is the figure to use.",
        )
    if sex == MALE:
        return ScoreChoice(T_SCORE if age >= T_SCORE_AGE else Z_SCORE)
    if sex == FEMALE:
        if age >= T_SCORE_AGE:
            return ScoreChoice(
                T_SCORE,
                "This takes it that you were past menopause at this scan. If you "
                "were not, the Z-score is the figure to use: you can say so on the "
                "scan.",
            )
        return ScoreChoice(
            Z_SCORE,
            "This takes it that you were before menopause at this scan. If you "
            "were past it, the T-score applies: you can say so on the scan.",
        )
    if age >= T_SCORE_AGE:
        return ScoreChoice(T_SCORE)
    return ScoreChoice(Z_SCORE)


@dataclass(frozen=True)
class Reading:
    """The lowest score of a scan in plain words."""

    score: str  # T_SCORE or Z_SCORE
    site: str
    value: Decimal
    words: str  # "in the osteoporosis range"
    category: str = ""  # a WHO category, for T-scores
    assumption: str = ""

    @property
    def label(self) -> str:
        return SITES[self.site]


def read_scan(scan: Scan, choice: ScoreChoice) -> Reading | None:
    """Say what the lowest score of the chosen kind means, or None when the
    scan has no score of that kind."""
    attribute = "t_score" if choice.score == T_SCORE else "z_score"
    scored = [
        (getattr(value, attribute), index, value.site)
        for index, value in enumerate(scan.sites)
        if getattr(value, attribute) is not None
    ]
    if not scored:
        return None
    value, _, site = min(scored)
    if choice.score == T_SCORE:
        category = who_category(value)
        return Reading(
            T_SCORE, site, value, CATEGORY_WORDS[category], category, choice.assumption
        )
    return Reading(Z_SCORE, site, value, z_score_words(value), "", choice.assumption)


# --- The next scan --------------------------------------------------------------


@dataclass(frozen=True)
class NextScan:
    day: date
    after_treatment_change: bool

    def is_due(self, today: date) -> bool:
        return today >= self.day


def last_treatment_change(
    first_and_stop_days: Iterable[tuple[date, date | None]],
) -> date | None:
    """The last day a medicine was started or stopped, from each prescription's
    (first dose, stopped) days; None without any."""
    return max(
        (day for pair in first_and_stop_days for day in pair if day), default=None
    )


def next_scan(
    last_scan: date | None,
    treatment_changed: date | None,
    *,
    after_change_months: int,
    stable_months: int,
) -> NextScan | None:
    """When another scan may be worth discussing (§8, "Repeat DXA").

    After a treatment starts or changes since the last scan: ``after_change_months``
    after the change. Otherwise ``stable_months`` after the last scan. None
    without a scan: the first one is the clinician's call.
    """
    if last_scan is None:
        return None
    if treatment_changed is not None and treatment_changed > last_scan:
        return NextScan(add_months(treatment_changed, after_change_months), True)
    return NextScan(add_months(last_scan, stable_months), False)


# --- Height ---------------------------------------------------------------------

CM = "cm"
FT_IN = "ft_in"


def cm_from_feet_inches(feet: int, inches: Decimal) -> Decimal:
    """Centimetres, to 2 decimals, from feet and inches."""
    return round_to((feet * 12 + inches) * CM_PER_INCH, Decimal("0.01"))


def inches_of(cm: Decimal) -> Decimal:
    """Inches to 1 decimal."""
    return round_to(cm / CM_PER_INCH, ONE_DECIMAL)


def feet_inches(cm: Decimal) -> tuple[int, Decimal]:
    """Feet and inches (to 1 decimal) of a height: 162.56 cm is 5 ft 4.0 in."""
    total = inches_of(cm)
    feet = int(total // 12)
    return feet, total - feet * 12


def height_words(cm: Decimal, unit: str) -> str:
    """A height as the user prefers it: "162.6 cm" or "5 ft 4 in"."""
    if unit == FT_IN:
        feet, inches = feet_inches(cm)
        inches_text = f"{inches.normalize():f}" if inches % 1 else f"{int(inches)}"
        return f"{feet} ft {inches_text} in"
    return f"{round_to(cm, ONE_DECIMAL)} cm"


@dataclass(frozen=True)
class Loss:
    """A height loss, rounded to 0.1 cm, and whether it reaches its threshold."""

    cm: Decimal
    threshold_cm: Decimal

    @property
    def inches(self) -> Decimal:
        return inches_of(self.cm)

    @property
    def worth_mentioning(self) -> bool:
        return self.cm >= self.threshold_cm

    @property
    def threshold_inches(self) -> Decimal:
        return inches_of(self.threshold_cm)


@dataclass(frozen=True)
class Height:
    day: date
    cm: Decimal


@dataclass(frozen=True)
class HeightLoss:
    """Historical loss (from the tallest remembered) and measured loss (first
    measurement to latest); None when there is not enough to tell."""

    historical: Loss | None
    measured: Loss | None
    first: Height | None = None
    latest: Height | None = None
    heights: tuple[Height, ...] = field(default=())

    @property
    def worth_mentioning(self) -> bool:
        return any(
            loss is not None and loss.worth_mentioning
            for loss in (self.historical, self.measured)
        )


def height_loss(
    heights: list[Height],
    tallest_cm: Decimal | None,
    *,
    historical_threshold_cm: Decimal,
    measured_threshold_cm: Decimal,
) -> HeightLoss:
    """Height loss from ``heights`` (any order) and the tallest remembered
    adult height (§8: 4 cm historical, 2 cm measured by default).

    Each loss is rounded to 0.1 cm before it is judged, so the note matches
    the number shown. A gain is shown as no loss (0.0 cm).
    """
    ordered = tuple(sorted(heights, key=lambda height: height.day))
    if not ordered:
        return HeightLoss(None, None)
    first, latest = ordered[0], ordered[-1]

    def loss(before: Decimal, now: Decimal, threshold: Decimal) -> Loss:
        return Loss(max(round_to(before - now, ONE_DECIMAL), Decimal("0.0")), threshold)

    historical = (
        loss(tallest_cm, latest.cm, historical_threshold_cm)
        if tallest_cm is not None
        else None
    )
    measured = (
        loss(first.cm, latest.cm, measured_threshold_cm) if len(ordered) > 1 else None
    )
    return HeightLoss(historical, measured, first, latest, ordered)
