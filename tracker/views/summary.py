"""The dashboard, the weekly summaries week by week, and the trends."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone

from ..domain import intake
from ..domain import trends as trends_domain
from ..domain.weeks import Week, week_nav
from ..models import ExerciseCategory
from ..queries import bones as bone_queries
from ..queries import exercise as exercise_queries
from ..queries import guidance
from ..queries import home_safety as home_safety_queries
from ..queries import intake as intake_queries
from ..queries import medicines as medicine_queries
from ..queries import summary as queries
from . import charts
from .common import started_or_404, urls_for

WEEKS_PER_PAGE = 12


def dashboard(request):
    """The dashboard for a signed-in user; a short landing page for visitors."""
    if not request.user.is_authenticated:
        return render(request, "tracker/landing.html")
    user, profile, today = request.user, request.profile, timezone.localdate()
    targets = guidance.personal_targets(profile, today)
    totals = intake_queries.day_totals(user, today)
    calcium, vitamin_d = intake.day_progress(totals, targets, profile.vitamin_d_unit)
    medicines = medicine_queries.due_soon(user, today, Week.of(today).sunday)
    context = {
        "ask_for_profile": profile.onboarded_at is None,
        "today": today,
        "targets": targets,
        "totals": totals,
        "calcium": calcium,
        "vitamin_d": vitamin_d,
        "exercise": exercise_queries.exercise_week(
            user, Week.of(today), had_spine_fracture=profile.had_spine_fracture
        ),
        "home_safety": home_safety_queries.dashboard_summary(user, today),
        "medicines": medicines,
        "tip": queries.tip_of_the_day(today),
        "next_scan": bone_queries.next_scan_due(
            user, today, treatment_changed_on=medicines.treatment_changed_on
        ),
        "bone_settings": bone_queries.bone_settings(),
        "this_week": Week.of(today),
    }
    return render(request, "tracker/dashboard.html", context)


@login_required
def weeks_index(request):
    """List every week with history, newest first, a page at a time."""
    today = timezone.localdate()
    page = Paginator(queries.weeks_with_history(request.user, today), WEEKS_PER_PAGE)
    weeks = page.get_page(request.GET.get("page"))
    rows = queries.week_overviews(request.user, sorted(weeks.object_list), today)
    rows.reverse()  # newest first
    links = urls_for("tracker:summary_week", [row.week for row in rows])
    context = {
        "page": weeks,
        "rows": list(zip(rows, links, strict=True)),
        "this_week": Week.of(today),
    }
    return render(request, "tracker/weeks_index.html", context)


@login_required
def week(request, week):
    today = timezone.localdate()
    started_or_404(week, today)
    unit = request.profile.vitamin_d_unit
    report = queries.weekly_summary(request.user, request.profile, week, today)
    context = {
        "summary": report,
        "days": list(
            zip(
                report.days,
                urls_for("tracker:intake_day", [day.day for day in report.days]),
                strict=True,
            )
        ),
        "medicines": medicine_queries.weeks_doses(
            request.user, week.monday, week.sunday, today
        ),
        "nav": week_nav(week, today),
        "unit": unit,
        "exercise_minutes": [
            {
                "name": code.label,
                "minutes": report.exercise.minutes_by_category.get(code, 0),
            }
            for code in ExerciseCategory.Code
        ],
        **charts.week_charts(report, unit),
    }
    return render(request, "tracker/week_summary.html", context)


@login_required
def trends(request):
    """Intake averages and exercise minutes over a span the address names
    (``?span=12w``, ``6m``, ``1y`` or ``all``): a point a week, or a month past
    six months. The same queries whatever the span."""
    today = timezone.localdate()
    span = trends_domain.span_of(request.GET.get("span"))
    trend = queries.trend_of(request.user, request.profile, span, today)
    unit = request.profile.vitamin_d_unit
    targets = guidance.personal_targets(request.profile, today)
    categories = list(ExerciseCategory.Code)
    context = {
        "trend": trend,
        "rows": trend.points,
        "spans": trends_domain.SPANS,
        "unit": unit,
        "streak": trend.streak,
        "categories": categories,
        "exercise_rows": [
            {
                "point": point,
                "cells": [
                    {
                        "label": code.label,
                        "minutes": point.minutes_by_category.get(code, 0),
                    }
                    for code in categories
                ],
            }
            for point in trend.points
        ],
        **charts.trend_charts(trend.points, targets, unit),
    }
    return render(request, "tracker/trends.html", context)
