"""/exercise/library/: the activities and the weekly goals, for anyone."""

from tracker.models import ExerciseType


def test_the_library_lists_every_active_activity_with_what_it_is_for(client, guidance):
    response = client.get("/exercise/library/")
    assert response.status_code == 200
    page = response.text
    assert f"All activities ({ExerciseType.objects.count()})" in page
    assert "Dancing" in page
    assert "Weight-bearing and impact; Balance." in page  # dancing counts toward both
    assert "How to do it safely:" in page
    assert "Cautions:" in page
    assert "Gentler choice:" in page
    assert "Source:" in page
    assert "150 minutes a week" in page  # the weekly goals, with their sources


def test_the_library_can_show_one_category(client, guidance):
    response = client.get("/exercise/library/?category=balance")
    page = response.text
    assert "Activities for balance" in page
    assert "Tai chi" in page
    assert "Dancing" in page
    assert "Squats" not in page
    assert 'aria-current="page">Balance</a>' in page


def test_an_unknown_category_is_not_found(client, guidance):
    assert client.get("/exercise/library/?category=nonsense").status_code == 404


def test_a_retired_activity_leaves_the_library(client, guidance):
    ExerciseType.objects.filter(slug="hiking").update(is_active=False)
    page = client.get("/exercise/library/").text
    assert f"All activities ({ExerciseType.objects.count() - 1})" in page
    assert ">Walking<" in page
    assert ">Hiking<" not in page
    assert client.get("/exercise/library/hiking/").status_code == 404


def test_the_library_runs_a_fixed_number_of_queries(client, guidance, assert_page):
    # 1 categories, 2 their targets (with sources), 3 types (with source and
    # gentler alternative), 4 their categories, 5 the guidance version and 6
    # the physiotherapy source, the first time (then cached).
    assert_page(
        client,
        "/exercise/library/",
        max_queries=6,
        shows=[
            f"All activities ({ExerciseType.objects.count()})",
            "Weight-bearing and impact; Balance.",  # dancing, with its categories
            "150 minutes a week",
        ],
    )
