"""The layers keep to their imports and their jobs (docs/architecture.md).

These read the source with ``ast``, so a failure names the file and line.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRACKER = ROOT / "tracker"

# Model and queryset methods that write to the database.
WRITES = {
    "save",
    "delete",
    "create",
    "bulk_create",
    "bulk_update",
    "get_or_create",
    "update_or_create",
}
# ``update`` writes on a queryset, but dicts and widget attrs have one too: it
# counts when the receiver is reached through ``.objects`` or a queryset method.
QUERYSET_METHODS = {
    "objects",
    "filter",
    "exclude",
    "all",
    "select_for_update",
    "select_related",
    "prefetch_related",
    "order_by",
}


def sources(package: str) -> list[tuple[str, str]]:
    """Return (path from the repository root, source) for each module of
    ``tracker/<package>``."""
    return [
        (str(path.relative_to(ROOT)), path.read_text())
        for path in sorted((TRACKER / package).rglob("*.py"))
    ]


def imports(name: str, source: str) -> list[tuple[int, str]]:
    """Return (line, absolute module) for each import in the module at ``name``.

    ``from ..models import Food`` in tracker/domain/x.py names tracker.models;
    ``from . import units`` names tracker.domain.units.
    """
    package = Path(name).with_suffix("").parts[:-1]
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                found.append((node.lineno, node.module))
                continue
            base = ".".join(package[: len(package) - node.level + 1])
            if node.module:
                found.append((node.lineno, f"{base}.{node.module}"))
            else:
                found += [(node.lineno, f"{base}.{a.name}") for a in node.names]
    return found


def outside_domain(module: str) -> bool:
    top = module.split(".")[0]
    in_domain = module == "tracker.domain" or module.startswith("tracker.domain.")
    return top == "django" or (top == "tracker" and not in_domain)


def reaches_queryset(node: ast.expr) -> bool:
    """Whether ``node`` is reached through ``.objects`` or a queryset method."""
    while isinstance(node, ast.Attribute | ast.Call | ast.Subscript):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in QUERYSET_METHODS:
                return True
            node = func
        elif isinstance(node, ast.Attribute):
            if node.attr == "objects":
                return True
            node = node.value
        else:
            node = node.value
    return False


def writes(name: str, source: str) -> list[str]:
    """Return "file:line calls .save()" for each database write in the module,
    and "file:line defines save()" for each ``save`` method it defines."""
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.FunctionDef) and node.name == "save":
            found.append(f"{name}:{node.lineno} defines save()")
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method = node.func.attr
        if method in WRITES or (
            method == "update" and reaches_queryset(node.func.value)
        ):
            found.append(f"{name}:{node.lineno} calls .{method}()")
    return sorted(found, key=lambda text: int(text.split(":")[1].split()[0]))


def test_domain_modules_import_no_django_and_nothing_else_from_tracker():
    offenders = [
        f"{name}:{line} imports {module}"
        for name, source in sources("domain")
        for line, module in imports(name, source)
        if outside_domain(module)
    ]
    assert offenders == [], "tracker/domain is plain Python:\n" + "\n".join(offenders)


def test_views_write_only_through_services():
    offenders = [
        line for name, source in sources("views") for line in writes(name, source)
    ]
    assert offenders == [], "Call a service in tracker/services:\n" + "\n".join(
        offenders
    )


def test_forms_validate_and_write_nothing():
    offenders = [
        line for name, source in sources("forms") for line in writes(name, source)
    ]
    assert offenders == [], "Forms validate; services write:\n" + "\n".join(offenders)


def test_the_import_check_sees_django_and_the_other_layers():
    source = (
        "from datetime import date\n"
        "from . import units\n"
        "from .weeks import Week\n"
        "import django.db\n"
        "from ..models import Food\n"
        "from .. import queries\n"
        "from tracker.services import intake\n"
    )
    found = imports("tracker/domain/example.py", source)
    assert [(line, module) for line, module in found if outside_domain(module)] == [
        (4, "django.db"),
        (5, "tracker.models"),
        (6, "tracker.queries"),
        (7, "tracker.services"),
    ]


def test_the_write_check_sees_writes_and_not_dict_updates():
    source = (
        "class EntryForm:\n"
        "    def save(self):\n"
        "        pass\n"
        "def view(request, entry, form):\n"
        "    context = {}\n"
        "    context.update(a=1)\n"
        "    form.fields['day'].widget.attrs.update(max=1)\n"
        "    entry.delete()\n"
        "    Entry.objects.filter(user=request.user).update(amount=2)\n"
        "    Favourite.objects.get_or_create(user=request.user)\n"
    )
    assert writes("tracker/views/example.py", source) == [
        "tracker/views/example.py:2 defines save()",
        "tracker/views/example.py:8 calls .delete()",
        "tracker/views/example.py:9 calls .update()",
        "tracker/views/example.py:10 calls .get_or_create()",
    ]
