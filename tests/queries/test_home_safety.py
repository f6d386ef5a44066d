"""Home-safety reads: the dashboard's summary and the settings."""

from datetime import UTC, date, datetime

from tests.helpers import Status, answer_item, items_of
from tracker.models import Fall, HomeSafetySettings, SelfCheck
from tracker.queries import cache
from tracker.queries import home_safety as queries


def test_dashboard_summary_gives_progress_due_items_and_the_latest_self_check(
    alice, guidance, django_assert_num_queries
):
    floors = items_of("floors")
    answer_item(alice, floors[0], Status.FINE, day=date(2025, 1, 1))
    answer_item(alice, floors[1], Status.NEEDS_FIXING, day=date(2026, 3, 1))
    check = SelfCheck.objects.create(
        user=alice, day=date(2026, 3, 1), score=5, max_score=14, threshold=4
    )
    # In a request, once the settings and items are cached: the last fall, the
    # latest self-check and the answers.
    token = cache.begin_request(cache.read_version())
    try:
        queries.dashboard_summary(alice, date(2026, 3, 3))
        with django_assert_num_queries(3):
            summary = queries.dashboard_summary(alice, date(2026, 3, 3))
    finally:
        cache.end_request(token)
    assert (summary.progress.done, summary.progress.target) == (1, 17)
    assert [view.item for view in summary.due] == [floors[0]]
    assert [view.item for view in summary.needs_fixing] == [floors[1]]
    assert summary.latest_self_check.pk == check.pk
    assert (summary.latest_self_check.score, summary.latest_self_check.day) == (
        5,
        date(2026, 3, 1),
    )


def test_dashboard_summary_counts_a_fall_and_works_before_any_settings(alice, guidance):
    HomeSafetySettings.objects.all().delete()
    floors = items_of("floors")
    answer_item(alice, floors[0], Status.FINE, day=date(2026, 3, 1))
    Fall.objects.create(
        user=alice,
        day=date(2026, 3, 2),
        place="Hall",
        hurt=False,
        created_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
    )
    summary = queries.dashboard_summary(alice, date(2026, 3, 3))
    assert [view.item for view in summary.due] == [floors[0]]
    assert summary.latest_self_check is None


def test_seeding_adds_one_settings_row_with_its_sources(guidance):
    settings = queries.home_safety_settings()
    assert (settings.pk, settings.recheck_interval_months) == (1, 12)
    assert settings.self_check_threshold == 4
    assert settings.self_check_threshold_source.key == "STEADI-SI"


def test_without_a_settings_row_the_defaults_apply(db):
    HomeSafetySettings.objects.all().delete()  # as before seed_guidance has run
    settings = queries.home_safety_settings()
    assert settings.pk == 1
    assert settings._state.adding
    assert (settings.recheck_interval_months, settings.self_check_threshold) == (12, 4)
