from django import template
from django.urls import reverse

register = template.Library()


@register.inclusion_tag("_nav_link.html", takes_context=True)
def nav_link(context, url_name, label, section=""):
    """A menu link, marked current on its page and, with ``section``, on every
    page whose path starts with it (all the diary's days and weeks, say)."""
    url = reverse(url_name)
    path = context["request"].path
    current = path == url or bool(section and path.startswith(section))
    return {"url": url, "label": label, "current": current}
