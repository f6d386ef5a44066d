from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from ..models import NutrientTarget
from ..queries import guidance
from ..queries import home_safety as home_safety_queries
from .common import distinct_sources


def about(request):
    """Show every target and its source, and say what the app is not."""
    context = {
        "target_groups": group_targets(guidance.nutrient_targets_for_guide()),
        "sources": guidance.sources(),
    }
    if request.user.is_authenticated:
        context["targets"] = guidance.personal_targets(
            request.profile, timezone.localdate()
        )
    return render(request, "tracker/about.html", context)


def food_values(request):
    context = {
        "foods": guidance.catalogue_foods(),
        "supplements": guidance.supplement_presets(),
    }
    return render(request, "tracker/food_values.html", context)


def home_safety_guide(request):
    rooms, statements = guidance.home_safety_guide()
    context = {
        "rooms": rooms,
        "statements": statements,
        "checklist_sources": distinct_sources(
            item for room in rooms for item in room.items.all()
        ),
        "statement_sources": distinct_sources(statements),
        "settings": home_safety_queries.home_safety_settings(),
    }
    return render(request, "tracker/home_safety_guide.html", context)


def tip_list(request):
    tips = guidance.published_tips().order_by("topic", "order", "title")
    return render(request, "tracker/tip_list.html", {"tips": tips})


def tip_detail(request, slug):
    tip = get_object_or_404(guidance.published_tips(), slug=slug)
    return render(request, "tracker/tip_detail.html", {"tip": tip})


KIND_ORDER = [
    NutrientTarget.Kind.RECOMMENDED,
    NutrientTarget.Kind.BONE_HEALTH,
    NutrientTarget.Kind.UPPER_LIMIT,
]


def group_targets(targets):
    """Group targets by nutrient and kind, each group with the sources it cites."""
    groups = {}
    for target in sorted(targets, key=lambda t: (t.nutrient, KIND_ORDER.index(t.kind))):
        key = (target.get_nutrient_display(), target.get_kind_display())
        groups.setdefault(key, []).append(target)
    return [
        {
            "nutrient": nutrient,
            "kind": kind,
            "rows": rows,
            "sources": distinct_sources(rows),
        }
        for (nutrient, kind), rows in groups.items()
    ]
