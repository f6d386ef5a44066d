"""Diary arithmetic, tested on the shipped seed values without a database."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.helpers import SEED_TARGET_ROWS
from tracker.domain import intake, targets
from tracker.domain.intake import Amounts, Dose, Estimate, PerServing, ServingsError
from tracker.domain.targets import Person
from tracker.seed.intake import FOODS, SUPPLEMENTS

ROWS = SEED_TARGET_ROWS


def food(name, serving=None):
    return next(
        row
        for row in FOODS
        if row["name"] == name and (serving is None or row["serving"] == serving)
    )


def supplement(name):
    return next(row for row in SUPPLEMENTS if row["name"] == name)


def logged(row, servings="1", *, is_supplement=False):
    """Log ``servings`` of a seed row, as the diary does."""
    amount = intake.parse_servings(servings)
    return Amounts(
        calcium_mg=intake.scale(row["calcium_mg"], amount),
        vitamin_d_iu=intake.scale(row["vitamin_d_iu"], amount),
        is_supplement=is_supplement,
        low_absorption=row.get("low_absorption", False),
        name=row["name"],
    )


SKIM = food("Milk, nonfat (skim), vitamin D added")
SPINACH = food("Spinach, cooked, boiled")
COMBINATION = supplement("Calcium 600 mg with vitamin D 800 IU")


def person_targets(age, sex):
    return targets.personal_targets(ROWS, Person(age=age, sex=sex))


# --- Amounts ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", "1"),
        ("2", "2"),
        ("0.25", "0.25"),
        (".5", "0.5"),
        ("0,25", "0.25"),
        ("½", "0.5"),
        ("1½", "1.5"),
        ("1 ½", "1.5"),
        ("1/2", "0.5"),
        ("1 1/2", "1.5"),
        ("3/4", "0.75"),
        ("¼", "0.25"),
        ("⅛", "0.125"),
        ("⅓", "0.3333"),
        ("2⅔", "2.6667"),
        ("  1.5  ", "1.5"),
        ("20", "20"),
    ],
)
def test_amounts_accept_decimals_and_fractions(text, expected):
    assert intake.parse_servings(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("0", "zero"),
        ("0.00001", "zero"),
        ("-1", "negative"),
        ("- 1", "negative"),
        ("", "not_a_number"),
        ("a cup", "not_a_number"),
        ("1e3", "not_a_number"),
        ("1/0", "not_a_number"),
        ("NaN", "not_a_number"),
        ("Infinity", "not_a_number"),
        ("1..5", "not_a_number"),
        ("20.01", "too_many"),
        ("21", "too_many"),
        ("99999999999999999999", "too_many"),
    ],
)
def test_bad_amounts_are_refused_with_a_reason(text, code):
    with pytest.raises(ServingsError) as error:
        intake.parse_servings(text)
    assert error.value.code == code
    assert error.value.message


def test_zero_is_allowed_where_asked_for():
    assert intake.parse_servings("0", allow_zero=True) == 0
    with pytest.raises(ServingsError):
        intake.parse_servings("-1", allow_zero=True)


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("1", "1"),
        ("1.0000", "1"),
        ("0.5", "½"),
        ("1.5", "1½"),
        ("0.25", "¼"),
        ("0.75", "¾"),
        ("0.3333", "⅓"),
        ("2.6667", "2⅔"),
        ("0.125", "⅛"),
        ("0.3", "0.3"),
        ("1.2500", "1¼"),
        ("0.1667", "0.1667"),
    ],
)
def test_amounts_are_shown_as_people_write_them(amount, text):
    assert intake.format_servings(Decimal(amount)) == text


@pytest.mark.parametrize("text", ["½", "1½", "⅓", "2⅔", "0.3", "⅛", "7"])
def test_a_shown_amount_reads_back_as_the_same_amount(text):
    amount = intake.parse_servings(text)
    assert intake.parse_servings(intake.format_servings(amount)) == amount


# --- One entry --------------------------------------------------------------


def test_an_entry_is_the_serving_value_times_the_amount_exactly():
    assert intake.scale(299, Decimal("1")) == 299
    assert intake.scale(299, Decimal("0.5")) == Decimal("149.5")
    assert intake.scale(299, Decimal("0.125")) == Decimal("37.375")
    assert intake.scale(115, Decimal("1.5")) == Decimal("172.5")


@pytest.mark.parametrize(
    ("mg", "text"),
    [
        ("299", "299 mg"),
        ("149.5", "149.5 mg"),
        ("37.375", "37.4 mg"),
        ("99.6567", "99.7 mg"),
        ("298.99", "299 mg"),
        ("1823", "1,823 mg"),
        ("0", "0 mg"),
    ],
)
def test_an_entrys_calcium_shows_a_decimal_only_when_it_has_one(mg, text):
    assert intake.format_mg(Decimal(mg)) == text


# --- Day totals -------------------------------------------------------------


def test_two_half_cups_of_milk_match_one_cup_exactly():
    totals = intake.day_totals([logged(SKIM, "½"), logged(SKIM, "1/2")], None)
    assert totals.calcium_mg == 299
    assert totals.vitamin_d_iu == 115


def test_three_thirds_of_a_cup_round_to_one_cup():
    totals = intake.day_totals([logged(SKIM, "⅓")] * 3, None)
    assert totals.calcium_mg == 299


def test_a_day_total_rounds_half_up_once_at_the_end():
    half = intake.day_totals([logged(SKIM, "½")], None)
    assert (half.calcium_mg, half.vitamin_d_iu) == (150, 58)  # 149.5 mg, 57.5 IU
    quarter = intake.day_totals([logged(SKIM, "¼")] * 3, None)
    assert quarter.calcium_mg == 224  # 3 × 74.75 = 224.25


def test_a_realistic_day_matches_the_reference_values():
    """Dairy, a fish, greens and a combination tablet, from bone-facts.md §3."""
    day = [
        logged(SKIM),  # 299 mg, 115 IU
        logged(food("Yogurt, plain, low fat")),  # 415 mg, 2 IU
        logged(food("Salmon, pink, canned, drained solids with bones")),  # 241, 493
        logged(food("Collard greens, cooked, boiled")),  # 268 mg, 0 IU
        logged(COMBINATION, is_supplement=True),  # 600 mg, 800 IU
    ]
    totals = intake.day_totals(day, None)
    assert totals.calcium_mg == 299 + 415 + 241 + 268 + 600 == 1823
    assert totals.vitamin_d_iu == 115 + 2 + 493 + 0 + 800 == 1410
    assert totals.logged


def test_spinach_calcium_is_shown_but_not_counted_and_its_vitamin_d_counts():
    spinach = Amounts(
        calcium_mg=Decimal(122),
        vitamin_d_iu=Decimal(3),  # spinach has none; a made-up value to show it counts
        low_absorption=True,
        name="Spinach, cooked, boiled",
    )
    totals = intake.day_totals([logged(SKIM), spinach], None)
    assert totals.calcium_mg == 299
    assert totals.low_absorption_calcium_mg == 122
    assert totals.low_absorption_names == ("Spinach, cooked, boiled",)
    assert totals.vitamin_d_iu == 118
    assert totals.calcium_intake_mg == 421


def test_an_estimate_replaces_food_entries_but_supplements_still_add():
    estimate = Estimate(calcium_mg=Decimal(586), vitamin_d_iu=Decimal(240))
    entries = [
        logged(SKIM),
        logged(SPINACH),
        logged(COMBINATION, is_supplement=True),
    ]
    totals = intake.day_totals(entries, estimate)
    assert totals.uses_estimate
    assert totals.calcium_mg == 586 + 600
    assert totals.vitamin_d_iu == 240 + 800
    assert totals.replaced_entries == 2
    assert totals.replaced_calcium_mg == 299 + 122
    assert totals.replaced_vitamin_d_iu == 115
    assert totals.low_absorption_calcium_mg == 0  # replaced, not "not counted"


def test_an_estimate_adds_its_baseline_only_when_one_is_set():
    lines = {"milk": PerServing(293, 120), "cheese": PerServing(302, 10)}
    servings = {"milk": Decimal(2), "cheese": Decimal("0.5")}
    without = intake.estimate_from_servings(lines, servings, None)
    assert without.total_calcium_mg == 293 * 2 + 151
    assert without.vitamin_d_iu == 245
    with_baseline = intake.estimate_from_servings(lines, servings, 250)
    assert with_baseline.total_calcium_mg == 293 * 2 + 151 + 250
    totals = intake.day_totals([], with_baseline)
    assert totals.calcium_mg == 987
    assert totals.logged


def test_an_estimate_line_whose_food_is_gone_counts_nothing():
    estimate = intake.estimate_from_servings(
        {"milk": PerServing(293, 120)}, {"milk": Decimal(1), "yogurt": Decimal(3)}, None
    )
    assert estimate.total_calcium_mg == 293


def test_a_day_with_nothing_logged_is_not_logged():
    totals = intake.day_totals([], None)
    assert (totals.calcium_mg, totals.vitamin_d_iu, totals.logged) == (0, 0, False)


# --- Targets, progress and notices ------------------------------------------


def test_progress_says_the_day_in_words():
    totals = intake.day_totals(
        [Amounts(calcium_mg=Decimal(1195), vitamin_d_iu=Decimal(0))], None
    )
    report = intake.day_report(totals, person_targets(60, "female"), "IU")
    assert report.calcium.words == "1,195 of 1,200 mg: close, 5 mg to go"
    assert report.vitamin_d.words == "0 of 600 IU (600 IU to go)"


def test_vitamin_d_progress_can_be_in_micrograms():
    report = intake.day_report(
        intake.DayTotals(calcium_mg=0, vitamin_d_iu=500),
        person_targets(60, "female"),
        "mcg",
    )
    assert report.vitamin_d.words == "12.5 of 15.0 µg (2.5 µg to go)"


@pytest.mark.parametrize(
    ("age", "sex", "target_mg"),
    [
        (50, "female", 1000),
        (51, "female", 1200),
        (70, "male", 1000),
        (71, "male", 1200),
        (60, "unspecified", 1200),  # prefer not to say: the higher target
        (None, "unspecified", 1200),
    ],
)
def test_the_same_day_meets_the_calcium_target_by_age_and_sex(age, sex, target_mg):
    totals = intake.DayTotals(calcium_mg=1100, vitamin_d_iu=0)
    report = intake.day_report(totals, person_targets(age, sex), "IU")
    assert report.calcium.target == target_mg
    assert report.calcium.met is (target_mg == 1000)


@pytest.mark.parametrize(("age", "met"), [(70, True), (71, False)])
def test_the_vitamin_d_target_rises_at_71(age, met):
    totals = intake.DayTotals(calcium_mg=0, vitamin_d_iu=700)
    report = intake.day_report(totals, person_targets(age, "female"), "IU")
    assert report.vitamin_d.met is met


@pytest.mark.parametrize(
    ("age", "sex", "over"),
    [
        (50, "female", False),  # upper limit 2,500 mg
        (51, "female", True),  # upper limit 2,000 mg
        (50, "unspecified", False),
        (51, "unspecified", True),
        (None, "unspecified", True),  # unknown age: the lowest adult limit
    ],
)
def test_the_calcium_upper_limit_drops_at_51(age, sex, over):
    totals = intake.DayTotals(calcium_mg=2100, vitamin_d_iu=0)
    notices = intake.upper_limit_notices(totals, person_targets(age, sex), "IU")
    assert [notice.code for notice in notices] == (
        ["calcium_over_limit"] if over else []
    )


def test_the_upper_limit_notice_says_the_numbers_calmly():
    totals = intake.DayTotals(
        calcium_mg=1950, vitamin_d_iu=4400, low_absorption_calcium_mg=122
    )
    calcium, vitamin_d = intake.upper_limit_notices(
        totals, person_targets(60, "female"), "IU"
    )
    assert calcium.message.startswith(
        "Calcium today adds up to 2,072 mg, including 122 mg from poorly absorbed "
        "foods, which is above the upper limit of 2,000 mg a day for your age."
    )
    assert "not a cause for alarm" in calcium.message
    assert calcium.citation.title == "ODS-Ca"
    assert vitamin_d.message.startswith(
        "Vitamin D today adds up to 4,400 IU, which is above the upper limit of "
        "4,000 IU a day"
    )


def test_a_bar_above_the_upper_limit_has_its_own_state_never_target_met():
    totals = intake.DayTotals(
        calcium_mg=1950, vitamin_d_iu=4400, low_absorption_calcium_mg=122
    )
    report = intake.day_report(totals, person_targets(60, "female"), "IU")
    # 2,072 mg of intake, poorly absorbed calcium included, is above 2,000 mg.
    assert report.calcium.over_limit
    assert report.calcium.state == "over-limit"
    assert report.calcium.words == "1,950 mg (goal 1,200): above the upper limit"
    assert report.vitamin_d.words == "4,400 IU (goal 600): above the upper limit"
    assert "target met" not in report.calcium.words


def test_a_bar_at_the_upper_limit_is_simply_met():
    totals = intake.DayTotals(calcium_mg=2000, vitamin_d_iu=4000)
    report = intake.day_report(totals, person_targets(60, "female"), "IU")
    assert (report.calcium.state, report.vitamin_d.state) == ("met", "met")
    assert report.calcium.words == "2,000 mg (goal 1,200): target met"


def test_vitamin_d_at_the_upper_limit_is_not_over_it():
    totals = intake.DayTotals(calcium_mg=0, vitamin_d_iu=4000)
    assert intake.upper_limit_notices(totals, person_targets(60, "male"), "mcg") == []


def test_the_vitamin_d_notice_uses_the_users_unit():
    totals = intake.DayTotals(calcium_mg=0, vitamin_d_iu=4400)
    (notice,) = intake.upper_limit_notices(totals, person_targets(60, "male"), "mcg")
    assert "110 µg" in notice.message
    assert "100 µg" in notice.message


@pytest.mark.parametrize(
    ("calcium_mg", "flagged"),
    [("500", False), ("500.0001", True), ("600", True), ("315", False)],
)
def test_a_supplement_dose_above_500_mg_gets_the_absorption_tip(calcium_mg, flagged):
    dose = Dose(name="Calcium", amount_text="1 tablet", calcium_mg=Decimal(calcium_mg))
    notices = intake.dose_notices([dose])
    assert bool(notices) is flagged


def test_two_tablets_in_one_entry_count_as_one_dose():
    dose = Dose(
        name="Calcium carbonate, 500 mg calcium",
        amount_text="2 × 1 tablet",
        calcium_mg=intake.scale(500, Decimal(2)),
    )
    (notice,) = intake.dose_notices([dose])
    assert notice.message.startswith(
        "Calcium carbonate, 500 mg calcium (2 × 1 tablet) gives 1,000 mg of calcium "
        "at once. Calcium is absorbed best 500 mg or less at a time"
    )


def test_no_target_rows_means_no_progress_bar():
    empty = targets.personal_targets([], Person(age=60, sex="female"))
    report = intake.day_report(intake.NOTHING_LOGGED, empty, "IU")
    assert (report.calcium, report.vitamin_d, report.notices) == (None, None, ())


# --- Week -------------------------------------------------------------------

MONDAY = date(2026, 11, 23)
WEEK = [MONDAY + timedelta(days=offset) for offset in range(7)]


def day(calcium_mg, vitamin_d_iu=0):
    return intake.DayTotals(
        calcium_mg=calcium_mg, vitamin_d_iu=vitamin_d_iu, logged=True
    )


def test_the_week_average_leaves_out_days_with_nothing_logged():
    totals = {WEEK[0]: day(1300, 600), WEEK[1]: day(400, 100), WEEK[3]: day(1300, 500)}
    summary = intake.intake_week(WEEK, totals, today=WEEK[6])
    assert summary.logged_days == 3
    assert summary.average_calcium_mg == 1000
    assert summary.average_vitamin_d_iu == 400
    assert [week_day.logged for week_day in summary.days] == [
        True,
        True,
        False,
        True,
        False,
        False,
        False,
    ]


def test_the_week_average_rounds_half_up_once():
    totals = {WEEK[0]: day(1000), WEEK[1]: day(1001)}
    summary = intake.intake_week(WEEK, totals, today=WEEK[6])
    assert summary.average_calcium_mg == 1001  # 1000.5


def test_days_still_to_come_are_marked_and_not_averaged():
    totals = {WEEK[0]: day(1200), WEEK[5]: day(0)}
    summary = intake.intake_week(WEEK, totals, today=WEEK[2])
    assert [week_day.is_future for week_day in summary.days] == [
        False,
        False,
        False,
        True,
        True,
        True,
        True,
    ]
    assert summary.logged_days == 1
    assert summary.average_calcium_mg == 1200


def test_a_week_counts_its_estimated_days_and_says_so():
    estimated = intake.DayTotals(
        calcium_mg=900, vitamin_d_iu=0, logged=True, uses_estimate=True
    )
    totals = {WEEK[0]: day(1200), WEEK[1]: estimated, WEEK[5]: estimated}
    summary = intake.intake_week(WEEK, totals, today=WEEK[3])
    assert summary.estimated_days == 1  # the one still to come is not counted
    assert summary.estimate_mark == " (includes an estimate)"
    assert summary.estimate_note == (
        "One of these days is a quick estimate, which stands in for that day's food."
    )
    without = intake.intake_week(WEEK, {WEEK[0]: day(1200)}, today=WEEK[3])
    assert (without.estimated_days, without.estimate_mark) == (0, "")
    assert without.estimate_note == ""


@pytest.mark.parametrize(
    "days, mark, count",
    [
        (0, "", ""),
        (1, " (includes an estimate)", " (1 estimate)"),
        (3, " (includes 3 estimates)", " (3 estimates)"),
    ],
)
def test_estimated_days_are_marked_as_the_rows_are(days, mark, count):
    assert intake.estimate_mark(days) == mark
    assert intake.estimate_count(days) == count
    if days > 1:
        assert intake.estimate_note(days) == (
            f"{days} of these days are quick estimates, which stand in for those "
            "days' food."
        )


def test_a_week_with_nothing_logged_has_no_average():
    summary = intake.intake_week(WEEK, {}, today=WEEK[6])
    assert (summary.logged_days, summary.average_calcium_mg) == (0, None)
    assert all(not week_day.logged for week_day in summary.days)


@pytest.mark.parametrize("with_estimate", [False, True])
def test_counted_totals_follow_the_rules_of_day_totals(with_estimate):
    entries = [
        intake.Amounts(Decimal("149.5"), Decimal("58.5")),
        intake.Amounts(Decimal("122"), Decimal("1"), low_absorption=True),
        intake.Amounts(Decimal("300.25"), Decimal("400"), is_supplement=True),
    ]
    estimate = (
        intake.Estimate(Decimal("700.25"), Decimal("90"), baseline_calcium_mg=250)
        if with_estimate
        else None
    )
    sums = intake.DaySums(
        supplement_calcium_mg=Decimal("300.25"),
        supplement_vitamin_d_iu=Decimal("400"),
        food_calcium_mg=Decimal("149.5"),
        food_vitamin_d_iu=Decimal("59.5"),
    )
    full = intake.day_totals(entries, estimate)
    counted = intake.counted_totals(sums, estimate)
    assert (counted.calcium_mg, counted.vitamin_d_iu, counted.uses_estimate) == (
        full.calcium_mg,
        full.vitamin_d_iu,
        full.uses_estimate,
    )
    assert counted.logged


# --- Already on the day ------------------------------------------------------


@dataclass(frozen=True)
class LoggedEntry:
    kind: str
    item_id: int | None
    amount: Decimal
    can_repeat: bool = True


def test_servings_on_a_day_are_summed_per_item():
    present = [
        LoggedEntry("food", 1, Decimal(1)),
        LoggedEntry("food", 1, Decimal("0.5")),
        LoggedEntry("supplement", 1, Decimal(2)),
        LoggedEntry("food", None, Decimal(1)),  # its food was deleted since
    ]
    assert intake.servings_on_day(present) == {
        ("food", 1): Decimal("1.5"),
        ("supplement", 1): Decimal(2),
    }
    assert intake.servings_on_day([]) == {}


@pytest.mark.parametrize(
    ("servings", "is_today", "text"),
    [
        ("1", True, "On today: 1 serving"),
        ("1.5", True, "On today: 1½ servings"),
        ("0.5", False, "On this day: ½ serving"),
        ("2", False, "On this day: 2 servings"),
        ("0.25", True, "On today: ¼ serving"),
        ("1.2", True, "On today: 1.2 servings"),
        ("0.8453", True, "On today: about 0.8 serving"),
    ],
)
def test_the_one_tap_buttons_say_how_much_is_on_the_day(servings, is_today, text):
    assert intake.on_day_text(Decimal(servings), is_today=is_today) == text
