"""The IANA time zone names a profile may use, and the short list it offers.

Every name the tz database holds stays valid (``known_time_zones``), so a zone
saved long ago, or sent by a browser, still works. The profile's list is shorter
and plain (``time_zone_choices``): the tz database's own list of zones by country,
``zone.tab`` (Area/City names only, such as Europe/London: no "Factory",
"localtime", "W-SU", "US/Eastern" or Etc/ offsets), plus UTC, grouped by region
with readable city names. A legacy alias ("Asia/Calcutta", "US/Eastern") maps to
its canonical zone (``canonical_time_zone``) through the database's links
(``tzdata.zi``).

Both files are read from the first tz database Python's ``zoneinfo`` would use
(``zoneinfo.TZPATH``, then the ``tzdata`` package). Without them the list falls
back to every Area/City name, and aliases map to themselves.
"""

import functools
import importlib.resources
import zoneinfo
from pathlib import Path

UTC = "UTC"
# Zones that are UTC under another name; the list offers UTC for each.
UTC_ZONES = frozenset(
    {"Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "Etc/GMT", "Etc/Greenwich"}
)

# The regions of zone.tab, in the order the list shows them.
REGIONS = (
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)


@functools.cache
def known_time_zones() -> frozenset[str]:
    """Return every time zone name this machine's tz database holds.

    Finding them walks the whole database on disk (several ms), so it is done once
    per process; new zones arrive with a tzdata upgrade, which means a restart.
    """
    return frozenset(zoneinfo.available_timezones())


def _tz_file(name: str) -> str | None:
    """Return the text of ``name`` from the tz database zoneinfo uses, or None."""
    for directory in zoneinfo.TZPATH:
        path = Path(directory) / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    try:
        return (
            importlib.resources.files("tzdata.zoneinfo")
            .joinpath(name)
            .read_text(encoding="utf-8")
        )
    except (ModuleNotFoundError, FileNotFoundError):
        return None


@functools.cache
def canonical_time_zones() -> frozenset[str]:
    """Return the zones the profile offers: zone.tab's Area/City zones and UTC."""
    text = _tz_file("zone.tab")
    if text is None:
        names = {name for name in known_time_zones() if name.split("/")[0] in REGIONS}
    else:
        names = {
            line.split("\t")[2]
            for line in text.splitlines()
            if line and not line.startswith("#")
        }
    return frozenset(names & known_time_zones()) | {UTC}


@functools.cache
def time_zone_links() -> dict[str, str]:
    """Return each alias the tz database links to a zone: {"US/Eastern":
    "America/New_York", ...}, from tzdata.zi's "L target alias" lines."""
    text = _tz_file("tzdata.zi") or ""
    links = {}
    for line in text.splitlines():
        if line.startswith("L "):
            _, target, alias = line.split()
            links[alias] = target
    return links


def canonical_time_zone(name: str) -> str:
    """Return the listed zone for ``name``: itself when listed, the zone a
    legacy alias links to ("Asia/Calcutta" → "Asia/Kolkata"; any UTC alias →
    "UTC"), else ``name`` unchanged (a saved zone stays valid)."""
    listed = canonical_time_zones()
    seen = set()
    zone = name
    while zone not in listed and zone in time_zone_links() and zone not in seen:
        seen.add(zone)
        zone = time_zone_links()[zone]
    if zone in listed:
        return zone
    if zone in UTC_ZONES:
        return UTC
    return name


@functools.cache
def time_zone_aliases() -> dict[str, str]:
    """Return {alias: listed zone} for every alias that maps to a listed zone,
    so a browser reporting "Asia/Calcutta" preselects Asia/Kolkata."""
    aliases = {}
    for alias in time_zone_links():
        zone = canonical_time_zone(alias)
        if zone != alias and zone in canonical_time_zones():
            aliases[alias] = zone
    return aliases


def time_zone_label(name: str) -> str:
    """Say a zone as a person reads it: "America / New York", "UTC"."""
    return " / ".join(part.replace("_", " ") for part in name.split("/"))


def city_label(name: str) -> str:
    """Say a zone within its region: "New York", "Argentina / Buenos Aires"."""
    return time_zone_label(name.split("/", 1)[1]) if "/" in name else name


@functools.cache
def time_zone_choices() -> tuple[tuple[str, object], ...]:
    """Return grouped choices for a select: UTC first, then each region with its
    cities sorted by label: (("UTC", "UTC"), ("Africa", (("Africa/Abidjan",
    "Abidjan"), ...)), ...)."""
    listed = canonical_time_zones()
    groups: list[tuple[str, object]] = [(UTC, "UTC (Coordinated Universal Time)")]
    for region in REGIONS:
        cities = sorted(
            (
                (name, city_label(name))
                for name in listed
                if name.startswith(region + "/")
            ),
            key=lambda choice: choice[1],
        )
        if cities:
            groups.append((region, tuple(cities)))
    return tuple(groups)
