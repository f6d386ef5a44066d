"""The medicine library: public, cited, and careful about unchecked facts."""


def test_the_library_lists_every_medicine_with_how_it_is_given(
    client, guidance, assert_page
):
    assert_page(
        client,
        "/about/medicines/",
        max_queries=1,
        shows=[
            "Osteoporosis medicines",
            "Alendronate",
            "Fosamax, Binosto",
            "Denosumab",
            "Injection given at a clinic, every 6 months.",
            "Romosozumab",
            "never suggests a medicine, a dose or a change",
        ],
    )


def test_a_medicine_says_how_to_take_it_and_what_stopping_means(
    client, guidance, assert_page
):
    assert_page(
        client,
        "/about/medicines/denosumab/",
        max_queries=1,
        shows=[
            "Denosumab",
            "Prolia",
            "RANKL antibody",
            "given as soon as possible, and the next ones every 6 months from that date",
            "Do not stop or put off denosumab without a plan",
            "ECTS",
            "Source:",
            "US FDA prescribing information (drug labels), on DailyMed",
            "Anastasilakis et al.",
        ],
    )


def test_unchecked_facts_say_to_check_with_the_pharmacist(
    client, guidance, assert_page
):
    assert_page(
        client,
        "/about/medicines/ibandronate-tablet/",
        max_queries=1,
        shows=["at least 60 minutes", "Check this with your pharmacist"],
    )
    response = assert_page(
        client,
        "/about/medicines/alendronate/",
        max_queries=1,
        shows=["stay sitting or standing for at least 30 minutes", "plain water"],
    )
    # How to take it is from the label; only the note on stopping is unchecked.
    assert response.content.decode().count("Check this with your pharmacist") == 1


def test_course_limits_are_stated(client, guidance, assert_page):
    assert_page(
        client,
        "/about/medicines/teriparatide/",
        max_queries=1,
        shows=[
            "at most 2 years in a lifetime",
            "teriparatide and abaloparatide together",
            "Builds bone",
        ],
    )
    assert_page(
        client,
        "/about/medicines/romosozumab/",
        max_queries=1,
        shows=["At most 12 monthly doses"],
    )


def test_an_unknown_or_retired_medicine_is_not_found(client, guidance):
    from tracker.models import Medicine

    assert client.get("/about/medicines/aspirin/").status_code == 404
    Medicine.objects.filter(slug="raloxifene").update(is_active=False)
    assert client.get("/about/medicines/raloxifene/").status_code == 404
    assert "Raloxifene" not in client.get("/about/medicines/").content.decode()


def test_a_signed_in_user_can_add_from_a_library_page(
    alice_client, guidance, assert_page
):
    assert_page(
        alice_client,
        "/about/medicines/alendronate/",
        max_queries=3,
        shows=[
            'href="/medicines/add/alendronate/"',
            "Add Alendronate to your medicines",
        ],
    )
