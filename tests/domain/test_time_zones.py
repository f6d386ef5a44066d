from tracker.domain.time_zones import (
    canonical_time_zone,
    canonical_time_zones,
    known_time_zones,
    time_zone_aliases,
    time_zone_choices,
    time_zone_label,
)


def test_known_time_zones_include_canonical_names_and_browser_aliases():
    assert {"UTC", "America/New_York", "Pacific/Auckland"} <= known_time_zones()
    # Some browsers still report this legacy name, and saved zones may be any.
    assert {"Asia/Calcutta", "US/Eastern", "W-SU"} <= known_time_zones()


def test_the_list_offers_area_city_zones_and_utc_only():
    listed = canonical_time_zones()
    assert {"UTC", "America/New_York", "Europe/London", "Asia/Kolkata"} <= listed
    assert {"Europe/Stockholm", "Europe/Oslo"} <= listed  # links, yet countries' zones
    for legacy in ("Factory", "localtime", "W-SU", "US/Eastern", "Asia/Calcutta"):
        assert legacy not in listed
    assert not any(name.startswith("Etc/") for name in listed)
    assert all("/" in name for name in listed - {"UTC"})
    assert len(listed) < len(known_time_zones())


def test_choices_are_grouped_by_region_with_city_names():
    choices = time_zone_choices()
    assert choices[0] == ("UTC", "UTC (Coordinated Universal Time)")
    groups = dict(choices[1:])
    assert list(groups)[:2] == ["Africa", "America"]
    assert ("America/New_York", "New York") in groups["America"]
    assert (
        "America/Argentina/Buenos_Aires",
        "Argentina / Buenos Aires",
    ) in groups["America"]
    labels = [label for _, label in groups["Europe"]]
    assert labels == sorted(labels)
    offered = {name for group in groups.values() for name, _ in group} | {"UTC"}
    assert offered == canonical_time_zones()


def test_legacy_aliases_map_to_their_listed_zone():
    assert canonical_time_zone("Asia/Calcutta") == "Asia/Kolkata"
    assert canonical_time_zone("US/Eastern") == "America/New_York"
    assert canonical_time_zone("W-SU") == "Europe/Moscow"
    assert canonical_time_zone("Europe/Kiev") == "Europe/Kyiv"
    assert canonical_time_zone("Etc/UTC") == "UTC"
    assert canonical_time_zone("Europe/London") == "Europe/London"
    # No listed match: kept as it is, so a saved zone stays valid.
    assert canonical_time_zone("Etc/GMT+5") == "Etc/GMT+5"
    assert time_zone_aliases()["Asia/Calcutta"] == "Asia/Kolkata"


def test_labels_read_as_words():
    assert time_zone_label("America/New_York") == "America / New York"
    assert time_zone_label("UTC") == "UTC"
