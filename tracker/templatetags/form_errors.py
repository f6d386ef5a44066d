"""The error summary shown above a form that came back with errors."""

from dataclasses import dataclass

from django import template

register = template.Library()


@dataclass(frozen=True)
class ErrorLink:
    """One problem in the summary; ``href`` is ``#<field id>``, or empty for a
    problem no single field owns."""

    text: str
    href: str = ""


class Problems(list):
    """The summary's problems; ``linked`` says whether any names a field."""

    @property
    def linked(self) -> bool:
        return any(problem.href for problem in self)


@register.simple_tag
def error_links(*forms) -> Problems:
    """Return one link per field at fault in ``forms``, in page order.

    Each argument is a form, a list of forms, or a list of ``(view, form)``
    pairs as a checklist room has; a pair's problems are named by its question
    (``view.item.question``), a form's by its ``label`` if it has one (a bone
    scan's site), so two forms with the same field names read apart.
    Errors of hidden fields and of the form as a whole are listed unlinked,
    unless they point to a form's first shown field.
    """
    links = Problems()
    for form, group in _each_form(forms):
        if not form.is_bound or not form.errors:
            continue
        shown = [field for field in form if not field.is_hidden]
        for message in form.non_field_errors():
            href = f"#{_field_id(shown[0])}" if group and shown else ""
            links.append(ErrorLink(_named(group, message), href))
        for field in form:
            for message in field.errors:
                if field.is_hidden:
                    links.append(ErrorLink(message))
                else:
                    text = _named(group, _named(field.label, message))
                    links.append(ErrorLink(text, f"#{_field_id(field)}"))
    return links


def _each_form(forms):
    for entry in forms:
        if entry is None or entry == "":
            continue
        if isinstance(entry, (list, tuple)):
            for item in entry:
                if isinstance(item, tuple):
                    view, form = item
                    yield form, str(view.item.question)
                else:
                    yield item, getattr(item, "label", "")
        else:
            yield entry, ""


def _named(group: str, text: str) -> str:
    """Put a label before a message: "Minutes: Enter…", "Were you hurt? Please…"."""
    if not group:
        return text
    return (
        f"{group} {text}"
        if str(group).rstrip().endswith(("?", ":"))
        else f"{group}: {text}"
    )


def _field_id(field) -> str:
    """The id of the input a field's link should focus: a radio group's first
    button, a split field's first box."""
    return field.id_for_label or field.subwidgets[0].id_for_label
