"""The IANA time zone names a profile may use."""

import functools
import zoneinfo


@functools.cache
def known_time_zones() -> frozenset[str]:
    """Return every time zone name this machine's tz database holds.

    Finding them walks the whole database on disk (several ms), so it is done once
    per process; new zones arrive with a tzdata upgrade, which means a restart.
    """
    return frozenset(zoneinfo.available_timezones())


@functools.cache
def time_zone_choices() -> tuple[tuple[str, str], ...]:
    """Return (name, label) pairs for a select, sorted by name."""
    return tuple((name, name.replace("_", " ")) for name in sorted(known_time_zones()))
