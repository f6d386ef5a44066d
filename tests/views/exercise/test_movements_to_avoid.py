"""/exercise/avoid/: movements to avoid or change, for anyone."""

from tracker.models import MovementToAvoid


def test_the_movements_to_avoid_page_lists_safer_ways(client, guidance):
    page = client.get("/exercise/avoid/").text
    assert "Movements to avoid or change with spinal osteoporosis" in page
    assert "sit-ups, crunches, toe touches" in page
    assert "Safer way:" in page
    assert "Too Fit To Fracture" in page


def test_the_movements_to_avoid_page_runs_a_fixed_number_of_queries(
    client, guidance, assert_page
):
    movements = MovementToAvoid.objects.order_by("order")
    # 1 movements with sources, 2 the guidance version and 3 the physiotherapy
    # source, the first time (then cached).
    assert_page(
        client,
        "/exercise/avoid/",
        max_queries=3,
        shows=[movements.first().movement, movements.last().movement, "Safer way:"],
    )


def test_the_old_exercise_guide_address_is_gone(client, guidance):
    assert client.get("/about/exercise/").status_code == 404
