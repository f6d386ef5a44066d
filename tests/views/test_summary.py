"""The dashboard, weekly summaries, the weeks index and trends."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine

from tests.helpers import (
    COMBINATION,
    NOW,
    SKIM,
    TODAY,
    add_medicine,
    answer_item,
    catalogue_food,
    catalogue_supplement,
    log_dose,
    log_intake,
    log_realistic_days,
    log_session,
)
from tracker.models import (
    ChecklistAnswer,
    ChecklistItem,
    Fall,
    IntakeEstimate,
    SelfCheck,
)

LAST_WEEK = "2026-W47"  # Monday 16 to Sunday 22 November


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(NOW, tick=False):
        yield


class TestDashboard:
    def test_visitors_see_the_landing_page(self, client, db):
        response = client.get("/")
        assert response.templates[0].name == "tracker/landing.html"

    def test_a_new_user_is_told_what_to_do_first_not_shown_zeros(
        self, alice_client, guidance
    ):
        content = alice_client.get("/").content.decode()
        assert "Nothing logged yet today" in content
        assert "No exercise logged yet this week" in content
        assert "Start the checklist" in content
        assert "Take the self-check" in content
        assert "0 of 1,200 mg" not in content

    def test_it_shows_today_the_week_home_safety_and_a_tip(
        self, alice_client, alice, guidance
    ):
        log_intake(alice, catalogue_food(SKIM), TODAY, amount="2")
        log_session(alice, "brisk-walking", TODAY, minutes=45)
        history_item = ChecklistItem.objects.first()
        answer_item(alice, history_item, "needs_fixing", TODAY)
        SelfCheck.objects.create(
            user=alice, day=TODAY, score=5, max_score=14, threshold=4
        )
        content = alice_client.get("/").content.decode()
        assert "598 of 1,200 mg (602 mg to go)" in content
        assert "45 of 150 minutes (105 minutes to go)" in content
        # "Still to fix" says what to do, not the question again.
        assert f"<li>{history_item.fix}</li>" in content
        assert f"<li>{history_item.question}</li>" not in content
        assert "5 out of 14" in content
        assert "talk to your clinician" in content
        assert "Tip:" in content

    def test_it_says_calmly_when_today_is_over_the_upper_limit(
        self, alice_client, alice, guidance
    ):
        # 7 cups: 2,093 mg; the limit at 62 is 2,000
        log_intake(alice, catalogue_food(SKIM), TODAY, amount="7")
        content = alice_client.get("/").content.decode()
        assert "above the upper limit for calcium (2,000 mg a day)" in content
        # The bar has its own state and words, never a green "target met".
        assert "2,093 mg (goal 1,200): above the upper limit" in content
        assert '<div class="progress-meter is-over-limit">' in content
        assert "2,093 mg (goal 1,200): target met" not in content

    def test_it_never_shows_another_users_data(self, alice_client, bob, guidance):
        log_intake(bob, catalogue_food(SKIM), TODAY, amount="3")
        log_session(bob, "tai-chi", TODAY, minutes=60)
        content = alice_client.get("/").content.decode()
        assert "Nothing logged yet today" in content
        assert "No exercise logged yet this week" in content

    def test_without_medicines_it_offers_to_add_one(self, alice_client, guidance):
        content = alice_client.get("/").content.decode()
        assert "Add the osteoporosis medicines you take, as prescribed" in content
        assert 'href="/medicines/"' in content

    def test_medicines_due_today_come_with_one_tap_buttons_and_the_rest_of_the_week(
        self, alice_client, alice, guidance
    ):
        add_medicine(alice, "alendronate", first_dose_on=date(2026, 11, 4))  # Wed
        risedronate = add_medicine(
            alice, "risedronate", first_dose_on=date(2026, 11, 6)
        )  # Fridays, each one taken so far
        for friday in (date(2026, 11, 6), date(2026, 11, 13), date(2026, 11, 20)):
            log_dose(alice, risedronate, friday)
        add_medicine(
            alice,
            "denosumab",
            first_dose_on=date(2026, 6, 1),
            last_given_on=date(2026, 6, 1),
        )
        content = alice_client.get("/").content.decode()
        assert "Alendronate</h3>" in content and "Due today" in content
        assert "Taken now<span" in content
        assert "Book your appointment: due Tuesday 1 December" in content
        assert "Risedronate: Friday 27 November" in content

    @pytest.mark.parametrize("days", [1, 365])
    def test_it_runs_a_fixed_number_of_queries(
        self, alice_client, alice, guidance, assert_page, days
    ):
        log_realistic_days(alice, days)
        needs_fixing = ChecklistAnswer.objects.filter(user=alice).first().item
        shows = [
            "899 of 1,200 mg (301 mg to go)",  # a cup of milk and the tablet
            f"{30 * min(days, 3)} of 150 minutes",  # Monday to Wednesday
            needs_fixing.fix,
            "3 out of 14",
            "Alendronate",
            "Due today",
        ]
        # The first visit also reads the guidance it shows (nutrient targets,
        # weekly targets, home-safety settings, checklist items, tips, the
        # medicine library, the bone record settings), which is then cached.
        assert_page(alice_client, "/", max_queries=17, shows=shows)
        # session, user with profile (and the guidance version), today's entries
        # with any estimate, the week's sessions, the last fall, the latest
        # self-check, answers, medicines, their doses and pauses, the last scan
        # and treatment change
        assert_page(alice_client, "/", max_queries=10, shows=shows)


class TestWeeklySummary:
    def test_it_needs_login(self, client, db):
        response = client.get(f"/weeks/{LAST_WEEK}/")
        assert response["Location"] == f"/accounts/login/?next=/weeks/{LAST_WEEK}/"

    def test_a_realistic_week_is_summed_up_in_words(
        self, alice_client, alice, guidance
    ):
        monday = date(2026, 11, 16)
        for offset in range(5):  # 299 + 600 + 299 = 1,198 mg: 2 mg short
            day = monday + timedelta(days=offset)
            log_intake(alice, catalogue_food(SKIM), day)
            log_intake(alice, catalogue_food(SKIM), day)
            log_intake(alice, catalogue_supplement(COMBINATION), day)
        log_intake(alice, catalogue_food(SKIM), monday + timedelta(days=5), amount="5")
        log_session(alice, "squats", monday)
        log_session(alice, "bridges", monday + timedelta(days=2))
        log_session(alice, "tai-chi", monday + timedelta(days=3), minutes=80)
        response = alice_client.get(f"/weeks/{LAST_WEEK}/")
        report = response.context["summary"]
        assert report.logged_days == 6
        assert report.calcium_days_met == 1  # 5 cups: 1,495 mg
        # (5 × 1,198 + 1,495) / 6 = 1,247.5: the logged days' average.
        words = [line.words for line in report.overview]
        assert words[0] == "Calcium: 1,248 mg a day on average (goal 1,200) — met"
        assert "Strength: 2 sessions (goal 2) — met" in words
        assert "Balance: 80 minutes (goal 120) — not yet" in words
        content = response.content.decode()
        assert "<li>Strength: 2 sessions (goal 2) — met</li>" in content
        # 1,198 of 1,200 mg on five days: close, and never counted as met.
        assert report.calcium_days_close == 5
        assert "Calcium came close on 5 more days" in content
        assert "Vitamin D; calcium close</td>" in content
        assert "1,198 mg" in content
        assert 'data-chart="calcium-chart-data"' in content

    def test_an_estimated_day_is_marked_in_the_averages_charts_and_table(
        self, alice_client, alice, guidance
    ):
        monday = date(2026, 11, 16)
        log_intake(alice, catalogue_food(SKIM), monday)
        IntakeEstimate.objects.create(
            user=alice, day=monday + timedelta(days=1), calcium_mg=1152, vitamin_d_iu=0
        )
        response = alice_client.get(f"/weeks/{LAST_WEEK}/")
        content = response.content.decode()
        assert "Average calcium a day (includes an estimate)" in content
        assert "Average vitamin D a day (includes an estimate)" in content
        assert "One of these days is a quick estimate" in content
        assert "1,152 mg (estimate)" in content
        labels = response.context["calcium_chart"]["labels"]
        assert labels[0] == "Mon 16"
        assert labels[1] == ["Tue 17", "(estimate)"]
        assert response.context["vitamin_d_chart"]["labels"] == labels

    def test_a_week_without_estimates_says_nothing_of_them(
        self, alice_client, alice, guidance
    ):
        log_intake(alice, catalogue_food(SKIM), date(2026, 11, 16))
        content = alice_client.get(f"/weeks/{LAST_WEEK}/").content.decode()
        assert "Average calcium a day" in content
        assert "estimate" not in content.lower()

    def test_medicines_show_doses_taken_against_doses_due(
        self, alice_client, alice, guidance
    ):
        tablet = add_medicine(alice, "alendronate", first_dose_on=date(2026, 11, 2))
        log_dose(alice, tablet, date(2026, 11, 16))
        injection = add_medicine(
            alice,
            "denosumab",
            first_dose_on=date(2026, 5, 18),
            last_given_on=date(2026, 5, 18),
        )
        log_dose(alice, injection, date(2026, 11, 19))  # due 18 November
        content = alice_client.get(f"/weeks/{LAST_WEEK}/").content.decode()
        assert "1 of 1 weekly dose taken" in content
        assert (
            "due on Wednesday 18 November, given; given on Thursday 19 November"
            in " ".join(content.split())
        )

    def test_home_safety_news_of_the_week(self, alice_client, alice, guidance):
        item = ChecklistItem.objects.first()
        answer_item(alice, item, "needs_fixing", date(2026, 11, 2))
        answer_item(
            alice, item, "fixed", date(2026, 11, 18), fixed_on=date(2026, 11, 18)
        )
        Fall.objects.create(
            user=alice, day=date(2026, 11, 19), place="Garden", hurt=False
        )
        report = alice_client.get(f"/weeks/{LAST_WEEK}/").context["summary"]
        assert [fixed.question for fixed in report.home.fixed] == [item.question]
        assert report.home.falls == 1
        words = [line.words for line in report.overview]
        assert words[-2:] == ["Home safety: 1 fix made", "Falls: 1 fall logged"]

    def test_an_empty_week_says_so_and_offers_the_next_step(
        self, alice_client, guidance
    ):
        content = alice_client.get(f"/weeks/{LAST_WEEK}/").content.decode()
        assert "<li>This week: nothing logged</li>" in content
        assert "a quiet week never resets anything" in content

    def test_it_never_shows_another_users_data(self, alice_client, bob, guidance):
        log_intake(bob, catalogue_food(SKIM), date(2026, 11, 17))
        report = alice_client.get(f"/weeks/{LAST_WEEK}/").context["summary"]
        assert report.logged_days == 0

    def test_previous_and_next_weeks_are_linked_but_not_the_future(
        self, alice_client, guidance
    ):
        content = alice_client.get(f"/weeks/{LAST_WEEK}/").content.decode()
        assert "/weeks/2026-W46/" in content and "/weeks/2026-W48/" in content
        this_week = alice_client.get("/weeks/2026-W48/").content.decode()
        assert "<h1>This week</h1>" in this_week
        assert 'href="/weeks/2026-W47/" rel="prev"' in this_week
        assert "/weeks/2026-W49/" not in this_week

    @pytest.mark.parametrize(
        "path",
        ["/weeks/2026-W49/", "/weeks/2026-W60/", "/weeks/2025-W53/", "/weeks/junk/"],
    )
    def test_future_or_impossible_weeks_are_not_found(
        self, alice_client, guidance, path
    ):
        assert alice_client.get(path).status_code == 404

    def test_the_users_time_zone_decides_the_week(self, client, alice, guidance):
        # Sunday 23:30 in Auckland is still Sunday there, though UTC is Sunday morning.
        alice.profile.time_zone = "Pacific/Auckland"
        alice.profile.save()
        client.force_login(alice)
        with time_machine.travel(
            datetime(2026, 11, 29, 10, 30, tzinfo=UTC), tick=False
        ):
            assert client.get("/").context["this_week"].number == 48
        with time_machine.travel(
            datetime(2026, 11, 29, 11, 30, tzinfo=UTC), tick=False
        ):
            assert client.get("/").context["this_week"].number == 49

    @pytest.mark.parametrize("days", [1, 365])
    def test_it_runs_a_fixed_number_of_queries(
        self, alice_client, alice, guidance, assert_page, days
    ):
        log_realistic_days(alice, days)
        logged = min(days, 3)  # Monday to Wednesday
        shows = [
            "<h1>This week</h1>",
            f"Logged on {logged} of 3 days.",
            '<td data-label="Calcium">899 mg</td>',
            f'<td data-label="Minutes">{30 * logged}</td>',
            "3 checklist items still need fixing",
            "Self-check on Wednesday 25 November: 3 out of 14.",
            "Alendronate:</strong>",
            "0 of 1 weekly dose taken",  # due today, not taken yet
        ]
        # The first visit also reads the nutrient and weekly targets, the
        # checklist items and the medicine library, which are then cached.
        assert_page(alice_client, "/weeks/2026-W48/", max_queries=13, shows=shows)
        # session, user with profile (and the guidance version), entries with
        # estimates, sessions, answers, falls, self-checks, medicines, their
        # doses and pauses
        assert_page(alice_client, "/weeks/2026-W48/", max_queries=9, shows=shows)


class TestWeeksIndex:
    def test_it_lists_weeks_newest_first_with_links(
        self, alice_client, alice, guidance
    ):
        log_intake(alice, catalogue_food(SKIM), date(2026, 11, 2))
        response = alice_client.get("/weeks/")
        weeks = [str(row.week) for row, _ in response.context["rows"]]
        assert weeks[0] == "2026-W48"
        assert "2026-W45" in weeks
        assert "/weeks/2026-W45/" in response.content.decode()

    def test_it_is_paginated(self, alice_client, alice, guidance):
        log_intake(alice, catalogue_food(SKIM), TODAY - timedelta(weeks=30))
        first = alice_client.get("/weeks/")
        assert len(first.context["rows"]) == 12
        assert first.context["page"].paginator.num_pages == 3
        last = alice_client.get("/weeks/?page=3")
        assert len(last.context["rows"]) == 7
        assert alice_client.get("/weeks/?page=junk").context["page"].number == 1
        assert alice_client.get("/weeks/?page=99").context["page"].number == 3

    @pytest.mark.parametrize("days", [1, 365])
    def test_it_runs_a_fixed_number_of_queries(
        self, alice_client, alice, guidance, assert_page, days
    ):
        log_realistic_days(alice, days)
        # session, user with profile, first logged day, intake counted by day
        # with estimates, minutes by day
        response = assert_page(
            alice_client,
            "/weeks/",
            max_queries=5,
            shows=[
                '<a href="/weeks/2026-W48/">This week</a>',
                "899 mg",
                f"{30 * min(days, 3)} minutes",
            ],
        )
        assert len(response.context["rows"]) == min(days // 7 + 1, 12)


class TestTrends:
    def test_it_shows_12_weeks_with_tables_and_charts(
        self, alice_client, alice, guidance
    ):
        log_realistic_days(alice, 20)
        response = alice_client.get("/trends/")
        assert len(response.context["rows"]) == 12
        content = response.content.decode()
        assert 'data-chart="exercise-chart-data"' in content
        assert "<caption>Exercise minutes by purpose, by week</caption>" in content

    def test_it_offers_each_span_and_remembers_the_choice_in_the_address(
        self, alice_client, alice, guidance
    ):
        page = alice_client.get("/trends/?span=1y").content.decode()
        for key, label in [
            ("12w", "12 weeks"),
            ("6m", "6 months"),
            ("all", "Everything"),
        ]:
            assert f'<a href="?span={key}">{label}</a>' in page
        assert 'aria-current="page" class="is-current">1 year</a>' in page
        assert "Each bar is a month." in page
        assert "<caption>Exercise minutes by purpose, by month</caption>" in page

    def test_an_unknown_span_shows_12_weeks(self, alice_client, alice, guidance):
        response = alice_client.get("/trends/?span=forever")
        assert len(response.context["rows"]) == 12
        assert "Each bar is a week." in response.content.decode()

    def test_a_week_with_an_estimated_day_is_marked(
        self, alice_client, alice, guidance
    ):
        log_intake(alice, catalogue_food(SKIM), date(2026, 11, 16))
        IntakeEstimate.objects.create(
            user=alice, day=date(2026, 11, 17), calcium_mg=1152, vitamin_d_iu=0
        )
        response = alice_client.get("/trends/")
        assert "2 (1 estimate)" in response.content.decode()
        labels = response.context["calcium_chart"]["labels"]
        assert labels[-2][1] == "(estimate)"  # week 47, the week before this one
        assert isinstance(labels[-1], str)
        weeks = alice_client.get("/weeks/").content.decode()
        assert "2 (1 estimate)" in weeks

    @pytest.mark.parametrize("days", [1, 365])
    @pytest.mark.parametrize(
        ("span", "title", "first_row"),
        [
            (
                "",
                "Trends over 12 weeks",
                '<a href="/weeks/2026-W48/">23 November 2026</a>',
            ),
            ("?span=6m", "Trends over 6 months", '<a href="/weeks/2026-W48/">'),
            ("?span=1y", "Trends over 1 year", '<th scope="row">November 2026</th>'),
            ("?span=all", "Trends over everything", "2026</"),
        ],
    )
    def test_it_runs_a_fixed_number_of_queries(
        self, alice_client, alice, guidance, assert_page, days, span, title, first_row
    ):
        log_realistic_days(alice, days)
        # session, user with profile, the first day with history, entries with
        # estimates, sessions, weekly targets, nutrient targets: the same for
        # every span and every length of history
        assert_page(
            alice_client,
            "/trends/" + span,
            queries=7,
            shows=[title, first_row, "899 mg"],
        )
