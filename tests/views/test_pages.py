import pytest
from django.test import Client

from tests.pages import (
    PUBLIC_PAGES,
    ROW_LINK_PAGES,
    ROW_PAGES,
    USER_PAGES,
    alices_rows,
)
from tracker.models import (
    ChecklistItem,
    Food,
    HomeSafetySettings,
    NutrientTarget,
    SelfCheckStatement,
    Source,
    Tip,
)

FOOTER = "This app informs and never diagnoses"


@pytest.fixture
def source(db):
    return Source.objects.create(
        key="TEST", title="A test source", url="https://example.org/"
    )


def make_tips(source, count):
    Tip.objects.bulk_create(
        Tip(title=f"Tip {n}", slug=f"tip-{n}", body="Some advice.", source=source)
        for n in range(count)
    )


def make_foods(source, count):
    Food.objects.bulk_create(
        Food(
            name=f"Food {n}",
            serving="1 cup",
            calcium_mg=100,
            vitamin_d_iu=10,
            source=source,
        )
        for n in range(count)
    )


class TestHome:
    def test_users_see_their_targets_in_their_unit(self, alice_client, alice, guidance):
        # Alice reaches 62 this year (born 1964): 1,200 mg calcium, 600 IU vitamin D.
        content = alice_client.get("/").content.decode()
        assert "1,200 mg of calcium and 600 IU of vitamin D" in content
        alice.profile.vitamin_d_unit = "mcg"
        alice.profile.save()
        assert "15 µg of vitamin D" in alice_client.get("/").content.decode()

    def test_prefer_not_to_say_is_explained(self, client, bob, guidance):
        bob.profile.sex = "unspecified"
        bob.profile.save()
        client.force_login(bob)
        assert "You chose not to say your sex" in client.get("/").content.decode()


class TestAbout:
    def test_it_lists_every_target_with_its_source(self, client, guidance):
        response = client.get("/about/")
        content = response.content.decode()
        listed = [
            row for group in response.context["target_groups"] for row in group["rows"]
        ]
        assert len(listed) == NutrientTarget.objects.count() == 18
        assert "Women, 51–70: <strong>1,200 mg</strong> a day" in content
        for source in Source.objects.filter(
            pk__in=NutrientTarget.objects.values("source")
        ):
            assert source.url in content
        assert "It does not diagnose" in content

    def test_it_shows_a_signed_in_users_own_targets(self, alice_client, guidance):
        response = alice_client.get("/about/")
        assert response.context["targets"].calcium.amount == 1200

    @pytest.mark.parametrize("rows", [1, 30])
    def test_queries_do_not_grow_with_the_targets(
        self, client, source, assert_page, rows
    ):
        NutrientTarget.objects.bulk_create(
            NutrientTarget(
                nutrient="calcium",
                kind="recommended",
                sex="any",
                age_min=19 + n,
                amount=1000,
                unit="mg",
                source=source,
            )
            for n in range(rows)
        )
        # targets with sources, all sources
        response = assert_page(
            client,
            "/about/",
            max_queries=2,
            shows=[f"Everyone, {18 + rows}+: <strong>1,000 mg</strong> a day"],
        )
        listed = [
            row for group in response.context["target_groups"] for row in group["rows"]
        ]
        assert len(listed) == NutrientTarget.objects.count() == 18 + rows  # + shipped


class TestFoodValues:
    def test_it_lists_all_66_foods_and_flags_spinach(self, client, guidance):
        response = client.get("/about/foods/")
        assert len(response.context["foods"]) == 66
        content = response.content.decode()
        assert content.count("Poorly absorbed") == 2
        assert "Milk, nonfat (skim), vitamin D added" in content
        assert "NDB 01085" in content

    def test_users_own_foods_are_never_listed(self, client, alice, guidance):
        Food.objects.create(
            owner=alice,
            name="Alice's secret smoothie",
            serving="1 glass",
            calcium_mg=300,
            vitamin_d_iu=0,
        )
        response = client.get("/about/foods/")
        assert len(response.context["foods"]) == 66
        assert b"Milk, nonfat (skim), vitamin D added" in response.content
        assert b"secret smoothie" not in response.content

    @pytest.mark.parametrize("rows", [1, 30])
    def test_queries_do_not_grow_with_the_foods(
        self, client, source, assert_page, rows
    ):
        make_foods(source, rows)
        # foods with sources, supplements with sources
        response = assert_page(
            client, "/about/foods/", max_queries=2, shows=[f"Food {rows - 1}"]
        )
        assert len(response.context["foods"]) == 66 + rows  # and the shipped ones


class TestTips:
    def test_only_published_tips_are_listed_and_shown(self, client, source):
        make_tips(source, 2)
        Tip.objects.filter(slug="tip-1").update(published=False)
        listing = client.get("/tips/").content.decode()
        assert "Tip 0" in listing and "Tip 1" not in listing
        assert client.get("/tips/tip-0/").status_code == 200
        assert client.get("/tips/tip-1/").status_code == 404
        assert client.get("/tips/no-such-tip/").status_code == 404

    def test_a_tip_shows_its_source(self, client, source):
        make_tips(source, 1)
        assert b"https://example.org/" in client.get("/tips/tip-0/").content

    @pytest.mark.parametrize("rows", [1, 30])
    def test_queries_do_not_grow_with_the_tips(self, client, source, assert_page, rows):
        make_tips(source, rows)
        # tips with sources
        assert_page(
            client,
            "/tips/",
            max_queries=1,
            shows=['href="/tips/tip-0/"', f'href="/tips/tip-{rows - 1}/"'],
        )


class TestHomeSafetyGuide:
    def test_it_lists_17_items_and_12_statements_with_sources(self, client, guidance):
        response = client.get("/about/home-safety/")
        assert sum(len(room.items.all()) for room in response.context["rooms"]) == 17
        assert len(response.context["statements"]) == 12
        assert b"https://www.cdc.gov/steadi/patient.html" in response.content

    def test_it_gives_the_score_to_talk_to_a_clinician_from_the_settings(
        self, client, guidance
    ):
        assert "A score of 4 or more is a reason" in (
            client.get("/about/home-safety/").content.decode()
        )
        HomeSafetySettings.objects.update(self_check_threshold=5)
        assert "A score of 5 or more is a reason" in (
            client.get("/about/home-safety/").content.decode()
        )

    def test_it_runs_a_fixed_number_of_queries(self, client, guidance, assert_page):
        item = ChecklistItem.objects.order_by("room__order", "order").last()
        statement = SelfCheckStatement.objects.order_by("number").last()
        # rooms, their items with sources, statements with sources, the guidance
        # version and the settings, the first time (then cached)
        assert_page(
            client,
            "/about/home-safety/",
            max_queries=5,
            shows=[
                item.question,
                statement.statement,
                "A score of 4 or more is a reason",
            ],
        )


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_public_page_carries_the_footer_disclaimer(client, guidance, path):
    response = client.get(path, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain == []  # the page itself, not where it sent us
    assert FOOTER in response.content.decode()


@pytest.mark.parametrize("path", USER_PAGES)
def test_every_user_page_carries_the_footer_disclaimer(alice, guidance, path):
    client = Client()
    client.force_login(alice)
    response = client.get(path, follow=True)
    assert response.status_code == 200
    # /intake/ and /exercise/ go on to today's page; none sends alice to log in.
    assert len(response.redirect_chain) == (path in ("/intake/", "/exercise/"))
    assert response.context["user"] == alice
    assert FOOTER in response.content.decode()


def test_the_menu_marks_the_current_section_on_dated_pages(alice_client, guidance):
    content = alice_client.get("/exercise/2026-W40/").content.decode()
    assert 'href="/exercise/" aria-current="page">Exercise</a>' in content
    assert 'href="/intake/" aria-current="page"' not in content


@pytest.mark.parametrize("path", ROW_PAGES + ROW_LINK_PAGES)
def test_every_page_of_a_users_row_carries_the_footer_disclaimer(alice, guidance, path):
    client = Client()
    if path not in ROW_LINK_PAGES:
        client.force_login(alice)
    response = client.get(path.format(**alices_rows(alice)))
    assert response.status_code == 200
    assert FOOTER in response.content.decode()
