"""Every diary page runs a fixed number of queries, however much is logged."""

import pytest

from tests.helpers import build_intake_history, day_url, estimate_url
from tracker.models import Food, IntakeEntry, IntakeEstimate, Supplement

# Each page's queries. Every page starts with 1 session and 2 user with profile.
PAGE_QUERIES = {
    # 3 entries, 4 estimate, 5 ODS source, 6 targets, 7 favourites, 8 recent,
    # 9 yesterday's entries (to copy), 10 supplements to choose from.
    "day": 10,
    # 3 foods, 4 supplements.
    "search": 4,
    # 3 entries summed by day and kind with the estimates joined on, 4 targets.
    "week": 4,
    # 3 the day's estimate, 4 settings, 5 the latest earlier one, 6 line foods.
    "estimate": 6,
    # 3 the estimate.
    "estimate_delete": 3,
    # 3 the entry.
    "entry_edit": 3,
    "entry_delete": 3,
    # 3 count, 4 the page.
    "own_foods": 4,
    "own_supplements": 4,
    # nothing more.
    "own_food_add": 2,
    # 3 the food or supplement.
    "own_food_edit": 3,
    "own_food_delete": 3,
    "own_supplement_edit": 3,
    "own_supplement_delete": 3,
}


def page_url(name, user):
    entry = IntakeEntry.objects.filter(user=user).first()
    own_food = Food.objects.filter(owner=user).first()
    own_supplement = Supplement.objects.filter(owner=user).first()
    estimate_day = IntakeEstimate.objects.filter(user=user).first().day
    return {
        "day": day_url(),
        "search": "/intake/foods/search/?q=own&day=2026-11-25",
        "week": "/intake/2026-W48/",
        "estimate": estimate_url(),
        "estimate_delete": f"/intake/{estimate_day}/estimate/delete/",
        "entry_edit": f"/intake/entries/{entry.pk}/edit/",
        "entry_delete": f"/intake/entries/{entry.pk}/delete/",
        "own_foods": "/intake/my-foods/",
        "own_supplements": "/intake/my-supplements/",
        "own_food_add": "/intake/my-foods/add/",
        "own_food_edit": f"/intake/my-foods/{own_food.pk}/edit/",
        "own_food_delete": f"/intake/my-foods/{own_food.pk}/delete/",
        "own_supplement_edit": f"/intake/my-supplements/{own_supplement.pk}/edit/",
        "own_supplement_delete": f"/intake/my-supplements/{own_supplement.pk}/delete/",
    }[name]


def page_shows(name, user):
    """What each page shows of ``user``'s rows, as a user reads it."""
    entry = IntakeEntry.objects.filter(user=user).first()
    own_food = Food.objects.filter(owner=user).first()
    own_supplement = Supplement.objects.filter(owner=user).first()
    estimate_day = IntakeEstimate.objects.filter(user=user).first().day
    return {
        "day": ["Own 0", "Your favourites"],
        "search": ["Own 0", "Own pill 0"],
        "week": [
            "Week of Monday 23 November 2026",
            'href="/intake/2026-11-25/">Wednesday 25</a>',
        ],
        "estimate": ["Quick estimate", "Wednesday 25 November 2026"],
        "estimate_delete": [
            "Remove the quick estimate?",
            f"{estimate_day:%A} {estimate_day.day} {estimate_day:%B}",
        ],
        "entry_edit": [f"<h1>Change {entry.name}</h1>"],
        "entry_delete": ["Delete this entry?", f"of {entry.name}, logged on"],
        "own_foods": ["Your foods", own_food.name],
        "own_supplements": ["Your supplements", own_supplement.name],
        "own_food_add": ["Add your own food", 'name="calcium_mg"'],
        "own_food_edit": [f"<h1>Change {own_food.name}</h1>"],
        "own_food_delete": [f"Delete {own_food.name}?"],
        "own_supplement_edit": [f"<h1>Change {own_supplement.name}</h1>"],
        "own_supplement_delete": [f"Delete {own_supplement.name}?"],
    }[name]


@pytest.mark.parametrize("name", PAGE_QUERIES)
def test_every_diary_page_runs_the_same_queries_at_1_and_30_of_everything(
    alice_client, alice, guidance, assert_page, name
):
    build_intake_history(alice, 0, 1)
    assert_page(
        alice_client,
        page_url(name, alice),
        max_queries=PAGE_QUERIES[name],
        shows=page_shows(name, alice),
    )
    build_intake_history(alice, 1, 30)
    assert_page(
        alice_client,
        page_url(name, alice),
        max_queries=PAGE_QUERIES[name],
        shows=page_shows(name, alice),
    )
