"""Personal calcium and vitamin D targets from population reference values.

Plain Python: no ORM, no HTTP. ``queries.nutrient_target_rows()`` turns database rows
into ``TargetRow`` values; everything here works on those.

When age or sex is unknown (or "prefer not to say"), the protective choice applies:
the higher of the candidate intake targets and the lower of the candidate upper
limits. Each such choice is returned as a plain-language assumption to show the user.
"""

from dataclasses import dataclass
from datetime import date

from .progress import CLOSE_PERCENT

CALCIUM = "calcium"
VITAMIN_D = "vitamin_d"

RECOMMENDED = "recommended"
UPPER_LIMIT = "upper_limit"
BONE_HEALTH = "bone_health"

FEMALE = "female"
MALE = "male"
ANY_SEX = "any"

ADULT_AGE = 19


@dataclass(frozen=True)
class TargetRow:
    nutrient: str
    kind: str
    sex: str
    age_min: int
    age_max: int | None
    amount: int
    amount_max: int | None
    unit: str
    source_title: str
    source_url: str
    source_detail: str = ""
    note: str = ""
    source_short_name: str = ""
    close_percent: int = CLOSE_PERCENT  # the admin's goal settings

    def covers_age(self, age: int) -> bool:
        return self.age_min <= age and (self.age_max is None or age <= self.age_max)

    def covers_sex(self, sex: str) -> bool:
        return self.sex in (sex, ANY_SEX)


@dataclass(frozen=True)
class Person:
    """What targets need to know about someone; None or "unspecified" if not told."""

    age: int | None
    sex: str

    @property
    def sex_known(self) -> bool:
        return self.sex in (FEMALE, MALE)


@dataclass(frozen=True)
class Target:
    nutrient: str
    kind: str
    amount: int
    amount_max: int | None
    unit: str
    source_title: str
    source_url: str
    source_detail: str
    note: str
    assumptions: tuple[str, ...] = ()
    source_short_name: str = ""
    close_percent: int = CLOSE_PERCENT  # from the admin's goal settings


@dataclass(frozen=True)
class PersonalTargets:
    calcium: Target | None
    calcium_upper_limit: Target | None
    calcium_bone_health: Target | None
    vitamin_d: Target | None
    vitamin_d_upper_limit: Target | None
    vitamin_d_bone_health: Target | None

    @property
    def assumptions(self) -> tuple[str, ...]:
        """Every distinct assumption behind these targets, in a stable order."""
        seen: dict[str, None] = {}
        for target in (
            self.calcium,
            self.calcium_upper_limit,
            self.calcium_bone_health,
            self.vitamin_d,
            self.vitamin_d_upper_limit,
            self.vitamin_d_bone_health,
        ):
            if target:
                seen.update(dict.fromkeys(target.assumptions))
        return tuple(seen)


def age_on(
    day: date, *, birth_date: date | None = None, birth_year: int | None = None
) -> int | None:
    """Return the age in whole years on ``day``.

    With only a birth year, return the age reached during that calendar year, so a
    target band changes on 1 January of the year someone turns 51 or 71.
    """
    if birth_date is not None:
        before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
        return day.year - birth_date.year - before_birthday
    if birth_year is not None:
        return day.year - birth_year
    return None


SEX_ASSUMPTION = (
    "You chose not to say your sex, so where women and men have different values "
    "this uses the higher target and the lower upper limit."
)
AGE_ASSUMPTION = (
    "Your age is not in your profile, so this uses the highest adult target and the "
    "lowest adult upper limit."
)
CHILD_ASSUMPTION = (
    "These targets are for adults; for anyone under 19, ask a clinician for the "
    "right amounts. The adult values shown use the highest target."
)


def nutrient_target(
    rows: list[TargetRow], person: Person, nutrient: str, kind: str
) -> Target | None:
    """Return the target of ``kind`` for ``nutrient`` that applies to ``person``.

    Return None when no row of that kind exists for the nutrient.
    """
    candidates = [row for row in rows if row.nutrient == nutrient and row.kind == kind]
    assumptions: list[str] = []

    if person.sex_known:
        candidates = [row for row in candidates if row.covers_sex(person.sex)]
    elif len({row.sex for row in candidates}) > 1:
        assumptions.append(SEX_ASSUMPTION)

    if person.age is None:
        assumptions.append(AGE_ASSUMPTION)
    elif person.age < ADULT_AGE:
        assumptions.append(CHILD_ASSUMPTION)
    else:
        candidates = [row for row in candidates if row.covers_age(person.age)]

    if not candidates:
        return None

    if kind == UPPER_LIMIT:
        chosen = min(candidates, key=lambda row: (row.amount, row.amount_max or 0))
    else:
        chosen = max(candidates, key=lambda row: (row.amount, row.amount_max or 0))
    return Target(
        nutrient=nutrient,
        kind=kind,
        amount=chosen.amount,
        amount_max=chosen.amount_max,
        unit=chosen.unit,
        source_title=chosen.source_title,
        source_url=chosen.source_url,
        source_detail=chosen.source_detail,
        note=chosen.note,
        assumptions=tuple(assumptions),
        source_short_name=chosen.source_short_name,
        close_percent=chosen.close_percent,
    )


def personal_targets(rows: list[TargetRow], person: Person) -> PersonalTargets:
    """Return the person's targets; each carries its row's "close" margin."""

    def target(nutrient: str, kind: str) -> Target | None:
        return nutrient_target(rows, person, nutrient, kind)

    return PersonalTargets(
        calcium=target(CALCIUM, RECOMMENDED),
        calcium_upper_limit=target(CALCIUM, UPPER_LIMIT),
        calcium_bone_health=target(CALCIUM, BONE_HEALTH),
        vitamin_d=target(VITAMIN_D, RECOMMENDED),
        vitamin_d_upper_limit=target(VITAMIN_D, UPPER_LIMIT),
        vitamin_d_bone_health=target(VITAMIN_D, BONE_HEALTH),
    )
