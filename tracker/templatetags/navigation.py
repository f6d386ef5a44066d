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


@register.inclusion_tag("_nav_link.html", takes_context=True)
def nav_link(context, url_name, label, section=""):
    """A menu link, marked current on its page and, with ``section``, on every
    page whose path starts with it (all the diary's days and weeks, say)."""
    url = page_url_of(url_name)
    path = context["request"].path
    current = path == url or bool(section and path.startswith(section))
    return {"url": url, "label": label, "current": current}
