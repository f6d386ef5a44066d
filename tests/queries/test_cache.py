"""The guidance cache: read once per process, never stale across processes."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tracker.models import Food, GuidanceVersion, NutrientTarget
from tracker.queries import cache
from tracker.queries import guidance as guidance_queries

VERSION_QUERY = 'SELECT "tracker_guidanceversion"."number"'


def queries_of(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries], response


def test_a_second_visit_reads_no_guidance(alice_client, guidance):
    first, _ = queries_of(alice_client, "/")
    second, response = queries_of(alice_client, "/")
    assert "Calcium and vitamin D today" in response.content.decode()
    # Targets, weekly goals, home-safety settings, checklist items, tips and
    # the bone record settings come from the cache.
    assert len(second) == len(first) - 6
    assert not any("tracker_nutrienttarget" in sql for sql in second)
    assert not any(
        sql.startswith(VERSION_QUERY) for sql in second
    )  # it came with the user


def test_an_edit_shows_on_the_next_request_even_from_another_process(
    alice_client, guidance
):
    assert "1,200 mg" in alice_client.get("/about/").content.decode()
    target = NutrientTarget.objects.get(
        nutrient="calcium", kind="recommended", sex="female", age_min=51
    )
    target.amount = 1250  # as an admin in another process would save it
    target.save()
    assert "1,250 mg" in alice_client.get("/").content.decode()


def test_a_bulk_update_bumps_the_version_too(alice_client, guidance):
    alice_client.get("/")
    before = cache.read_version()
    NutrientTarget.objects.filter(nutrient="calcium").update(amount=1111)
    assert cache.read_version() == before + 1
    assert "1,111 mg" in alice_client.get("/").content.decode()


def test_a_visitor_reads_the_version_once_a_request(client, guidance):
    queries_of(client, "/about/home-safety/")
    warm, response = queries_of(client, "/about/home-safety/")
    assert "Room-by-room checklist" in response.content.decode()
    assert sum(sql.startswith(VERSION_QUERY) for sql in warm) == 1


def test_a_users_own_food_is_not_guidance(alice, guidance):
    before = cache.read_version()
    Food.objects.create(
        owner=alice, name="My shake", serving="1", calcium_mg=1, vitamin_d_iu=0
    )
    assert cache.read_version() == before


def test_without_a_version_row_guidance_is_read_each_time(
    guidance, django_assert_num_queries
):
    GuidanceVersion.objects.all().delete()
    with django_assert_num_queries(2):  # the version, then the targets
        rows = guidance_queries.nutrient_target_rows()
    assert len(rows) == NutrientTarget.objects.count()
