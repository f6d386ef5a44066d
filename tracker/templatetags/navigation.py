from dataclasses import dataclass
from functools import lru_cache

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

register = template.Library()


@lru_cache(maxsize=256)
def _reversed(name: str, urlconf: str, prefix: str) -> str:
    return reverse(name, urlconf=urlconf)


def page_url_of(name: str) -> str:
    """Return the URL of page ``name``, which takes no arguments.

    Reversed once per process (for each URLconf and script prefix, so a test's
    own URLconf gets its own): every page links the same dozen pages from its
    menu and footer, and reversing them on each request cost more than the rest
    of the menu.
    """
    return _reversed(name, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())


@register.simple_tag
def page_url(name):
    """{% page_url "tracker:about" %}: as {% url %}, for a page with no
    arguments, reversed once per process."""
    return page_url_of(name)


@dataclass(frozen=True)
class MenuEntry:
    url_name: str
    label: str
    # Marks the entry current on every page whose path starts with it (all the
    # diary's days and weeks, say); empty: only on the page itself.
    section: str = ""


SIGNED_IN_MENU = (
    MenuEntry("tracker:summary_dashboard", "Dashboard"),
    MenuEntry("tracker:intake_today", "Calcium diary", "/intake/"),
    MenuEntry("tracker:exercise_this_week", "Exercise", "/exercise/"),
    MenuEntry("tracker:home_safety", "Home safety", "/home-safety/"),
    MenuEntry("tracker:medicines", "Medicines", "/medicines/"),
    MenuEntry("tracker:bones_scans", "Bone record", "/bones/"),
    MenuEntry("tracker:report", "Report", "/report/"),
    MenuEntry("tracker:summary_weeks", "Your weeks", "/weeks/"),
    MenuEntry("tracker:account_profile", "Profile"),
)
VISITOR_MENU = (
    MenuEntry("tracker:about", "About the guidance"),
    MenuEntry("tracker:about_tips", "Tips"),
    MenuEntry("login", "Log in"),
    MenuEntry("signup", "Sign up"),
)


@dataclass(frozen=True)
class MenuLink:
    url: str
    label: str
    current: bool


@register.inclusion_tag("_main_menu.html", takes_context=True)
def main_menu(context):
    """The menu's links for a signed-in user or a visitor, the current page's
    marked. One tag and one loop: a tag per link cost a template render each, on
    every page."""
    request = context["request"]
    # The context's user, not the request's: an error page drawn before the
    # authentication middleware ran has none on the request.
    user = context.get("user")
    entries = SIGNED_IN_MENU if user and user.is_authenticated else VISITOR_MENU
    links = []
    for entry in entries:
        url = page_url_of(entry.url_name)
        current = request.path == url or bool(
            entry.section and request.path.startswith(entry.section)
        )
        links.append(MenuLink(url, entry.label, current))
    return {"links": links}
