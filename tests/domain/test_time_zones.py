from tracker.domain.time_zones import known_time_zones, time_zone_choices


def test_known_time_zones_include_canonical_names_and_browser_aliases():
    assert {"UTC", "America/New_York", "Pacific/Auckland"} <= known_time_zones()
    # Some browsers still report this legacy name, and preselection must find it.
    assert "Asia/Calcutta" in known_time_zones()


def test_choices_are_every_known_zone_sorted_with_readable_labels():
    choices = time_zone_choices()
    names = [name for name, _ in choices]
    assert names == sorted(known_time_zones())
    assert ("America/New_York", "America/New York") in choices
