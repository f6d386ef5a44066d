"""Read a page's forms and query parameters from its HTML, as a browser would.

The fuzz tests send what a person could send from the page, and worse, so they
take every form (its fields, the options of its selects and radio buttons, its
hidden inputs) and every query parameter of the page's own links from the HTML
that the page renders, rather than from a list kept by hand.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

# Inputs that send nothing of their own, or a file.
NOT_SENT = {"button", "reset", "image", "file"}
# Buttons and checkboxes send their value only when pressed or ticked.
CHOSEN_ONLY = {"submit", "checkbox", "radio"}
# A likely value for a required box of each type; a date is the latest allowed.
LIKELY = {
    "text": "Walk",
    "textarea": "Walk",
    "search": "milk",
    "email": "new@example.org",
    "password": "Tr1cky-horse-staple",
    "number": "1",
    "time": "07:30",
    "date": "",
}


@dataclass
class Field:
    """One named field of a form: a box, a select, or a group of radio buttons."""

    name: str
    kind: str  # the input's type, "select" or "textarea"
    value: str | None = None  # what the page would send unchanged; None: nothing
    options: list[str] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)  # the first element's


@dataclass
class Form:
    page: str
    method: str  # "get" or "post"
    action: str  # a path, with its query string
    fields: dict[str, Field] = field(default_factory=dict)

    @property
    def path(self) -> str:
        return urlsplit(self.action).path

    def unchanged(self) -> dict[str, str]:
        """Return the data the form sends as rendered, with its first named
        button pressed."""
        data = {
            name: f.value
            for name, f in self.fields.items()
            if f.value is not None and f.kind != "submit"
        }
        button = next((f for f in self.fields.values() if f.kind == "submit"), None)
        if button is not None:
            data[button.name] = button.options[0]
        return data

    def plausible(self, today: str) -> dict[str, str]:
        """Return the data of ``unchanged``, with a likely value in each required
        field left empty and each select and radio group left unchosen, so that
        fuzzing one field of it reaches past the others' checks."""
        data = self.unchanged()
        for name, f in self.fields.items():
            required = "required" in f.attrs
            if f.kind in ("select", "radio") and not data.get(name) and f.options:
                data[name] = next((o for o in f.options if o), f.options[0])
            elif required and not data.get(name) and f.kind in LIKELY:
                data[name] = f.attrs.get("max") if f.kind == "date" else LIKELY[f.kind]
                data[name] = data[name] or today
        return data

    def key(self) -> tuple:
        """Say what makes two forms the same form: the same address and fields."""
        return (self.method, self.action, tuple(sorted(self.fields)))


class _Parser(HTMLParser):
    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.forms: list[Form] = []
        self.links: list[str] = []
        self._form: Form | None = None
        self._select: Field | None = None
        self._option: dict | None = None
        self._textarea: Field | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = {name: value if value is not None else "" for name, value in attrs}
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        if "hx-get" in attrs:  # a fragment the page loads (htmx)
            self.links.append(attrs["hx-get"])
        if tag == "form":
            self._form = Form(
                page=self.page,
                method=attrs.get("method", "get").lower(),
                action=self._absolute(attrs.get("action", "")),
            )
            self.forms.append(self._form)
        elif tag == "option" and self._select is not None:
            if self._option is not None:  # the last option's end tag left out
                self._end_option()
            self._option = attrs
            self._text = []
        elif self._form is None or "name" not in attrs or "disabled" in attrs:
            return
        elif tag in ("input", "button"):
            self._add_input(tag, attrs)
        elif tag == "select":
            self._select = self._field(attrs["name"], "select", attrs)
        elif tag == "textarea":
            self._textarea = self._field(attrs["name"], "textarea", attrs)
            self._text = []

    def handle_data(self, data):
        if self._textarea is not None or self._option is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "textarea" and self._textarea is not None:
            # A browser drops one newline straight after <textarea>.
            self._textarea.value = "".join(self._text).removeprefix("\n")
            self._textarea = None
        elif tag == "option" and self._option is not None:
            self._end_option()
        elif tag == "select" and self._select is not None:
            if self._option is not None:
                self._end_option()
            select = self._select
            if select.value is None and select.options:
                select.value = select.options[0]  # a browser sends the first
            self._select = None

    def _end_option(self):
        option, select = self._option, self._select
        value = option.get("value", "".join(self._text).strip())
        select.options.append(value)
        if "selected" in option:
            select.value = value
        self._option = None

    def _add_input(self, tag, attrs):
        kind = attrs.get("type", "submit" if tag == "button" else "text").lower()
        if kind in NOT_SENT:
            return
        value = attrs.get("value", "on" if kind in ("checkbox", "radio") else "")
        found = self._field(attrs["name"], kind, attrs)
        if kind in CHOSEN_ONLY:
            found.options.append(value)
            if kind != "submit" and "checked" in attrs:
                found.value = value
        else:
            found.value = value

    def _field(self, name: str, kind: str, attrs: dict) -> Field:
        return self._form.fields.setdefault(
            name, Field(name=name, kind=kind, attrs=attrs)
        )

    def _absolute(self, url: str) -> str:
        """Return ``url`` as a path with its query, resolved against the page."""
        parts = urlsplit(urljoin(self.page, url))
        return f"{parts.path}?{parts.query}" if parts.query else parts.path


def read_page(page: str, html: str) -> tuple[list[Form], dict[str, set[str]]]:
    """Return the page's forms, and the query parameters its links and GET forms
    send, by path (``{"/exercise/log/": {"day", "type"}}``)."""
    parser = _Parser(page)
    parser.feed(html)
    parser.close()
    parameters: dict[str, set[str]] = {}
    for link in [page, *parser.links]:
        parts = urlsplit(urljoin(page, link))
        if parts.scheme in ("", "http") and parts.netloc in ("", "testserver"):
            names = {name for name, _ in parse_qsl(parts.query, True)}
            parameters.setdefault(parts.path, set()).update(names)
    for form in parser.forms:
        if form.method == "get":
            parameters.setdefault(form.path, set()).update(form.fields)
    return parser.forms, parameters
