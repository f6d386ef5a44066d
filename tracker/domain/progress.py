"""Progress toward a target, with the words a progress bar shows. Plain Python."""

from dataclasses import dataclass
from decimal import Decimal

from .units import format_number

# How a goal stands, in one word each, wherever a goal is summed up.
MET = "met"
CLOSE = "close"
NOT_YET = "not yet"

# "Close" is at least this share of the target, in percent, but short of it: a day
# at 1,195 of 1,200 mg is close. Close is said as such and never counted as met.
# The default of the admin's goal settings (``GoalSettings.close_percent``), a
# product choice rather than a clinical fact; pages pass the admin's value in.
CLOSE_PERCENT = 95

# A bar above its upper limit has a state of its own, in words and style, and
# never reads "target met".
ABOVE_LIMIT = "above the upper limit"


def standing(
    done: Decimal | int, target: Decimal | int, close_percent: int = CLOSE_PERCENT
) -> str:
    """Return how ``done`` stands against ``target``: MET, CLOSE or NOT_YET.

    The one rule for every goal: met at the target or above; close from
    ``close_percent`` of it; otherwise not yet. A target of 0 is never met.
    """
    if target <= 0:
        return NOT_YET
    if done >= target:
        return MET
    if Decimal(done) * 100 >= Decimal(target) * close_percent:
        return CLOSE
    return NOT_YET


def close_meaning(close_percent: int = CLOSE_PERCENT) -> str:
    """Say what "close" means: "Close means within 5 % of the goal; it does not
    count as met." """
    return (
        f"Close means within {100 - close_percent} % of the goal; it does not "
        "count as met."
    )


@dataclass(frozen=True)
class Progress:
    """How far ``done`` is toward ``target``, both in ``unit``.

    ``places`` is how many decimals to show (1 for µg of vitamin D, else 0).
    ``unit_one`` is the unit for exactly one, when it differs ("session").
    ``over_limit``: ``done`` is above the upper limit (decided by the caller,
    which knows the limit and what counts toward it).
    ``close_percent``: from what share of the target it reads "close" (the
    admin's goal settings).
    """

    done: Decimal | int
    target: Decimal | int
    unit: str
    places: int = 0
    unit_one: str = ""
    over_limit: bool = False
    close_percent: int = CLOSE_PERCENT

    @property
    def met(self) -> bool:
        return self.status == MET

    @property
    def status(self) -> str:
        """How the goal stands in a word: "met", "close" or "not yet"."""
        return standing(self.done, self.target, self.close_percent)

    @property
    def close_meaning(self) -> str:
        """What "close" means, for a page that says it: see ``close_meaning``."""
        return close_meaning(self.close_percent)

    @property
    def remaining(self) -> Decimal | int:
        return max(self.target - self.done, 0)

    @property
    def bar_value(self) -> Decimal | int:
        """The value for a <progress> bar: never past its end."""
        return min(self.done, self.target)

    @property
    def percent(self) -> int:
        if self.target <= 0:
            return 0
        return min(int(Decimal(self.done) * 100 / Decimal(self.target)), 100)

    @property
    def state(self) -> str:
        """The bar's state as a CSS word: "met", "close", "not-yet" or
        "over-limit"."""
        if self.over_limit:
            return "over-limit"
        return self.status.replace(" ", "-")

    def goal_words(self, per: str = "") -> str:
        """Say what was done, then the goal: "5 sessions (goal 2)".

        ``per`` follows the unit: " a day on average".
        """
        done = format_number(self.done, self.places)
        target = format_number(self.target, self.places)
        return f"{done} {self.unit_for(self.done)}{per} (goal {target})"

    @property
    def words(self) -> str:
        """Say it in words: "800 of 1,200 mg (400 mg to go)"; when close,
        "1,195 of 1,200 mg: close, 5 mg to go"; once met, "5 sessions (goal 2):
        target met", never "5 of 2"; above the upper limit, "2,600 mg (goal
        1,200): above the upper limit", never "target met"."""
        if self.over_limit:
            return f"{self.goal_words()}: {ABOVE_LIMIT}"
        if self.met:
            return f"{self.goal_words()}: target met"
        done = format_number(self.done, self.places)
        target = format_number(self.target, self.places)
        of_target = f"{done} of {target} {self.unit_for(self.target)}"
        remaining = format_number(self.remaining, self.places)
        to_go = f"{remaining} {self.unit_for(self.remaining)} to go"
        if self.status == CLOSE:
            return f"{of_target}: close, {to_go}"
        return f"{of_target} ({to_go})"

    def unit_for(self, amount: Decimal | int) -> str:
        return self.unit_one if self.unit_one and amount == 1 else self.unit
