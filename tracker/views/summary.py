"""The dashboard, the weekly summaries week by week, and the trends."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.dateformat import format as format_date

from .. import nutrition, summary
from ..models import ExerciseCategory
from ..queries import guidance, home_safety, intake
from ..queries import summary as queries
from ..units import MCG
from ..weeks import Week, week_nav

WEEKS_PER_PAGE = 12
TREND_WEEKS = 12


def home(request):
    """The dashboard for a signed-in user; a short landing page for visitors."""
    if not request.user.is_authenticated:
        return render(request, "tracker/landing.html")
    user, profile, today = request.user, request.profile, timezone.localdate()
    targets = guidance.personal_targets(profile, today)
    totals = intake.day_totals(user, today)
    context = {
        "ask_for_profile": profile.onboarded_at is None,
        "today": today,
        "targets": targets,
        "totals": totals,
        "calcium": nutrition.calcium_progress(totals.calcium_mg, targets.calcium),
        "vitamin_d": nutrition.vitamin_d_progress(
            totals.vitamin_d_iu, targets.vitamin_d, profile.vitamin_d_unit
        ),
        "exercise": queries.exercise_week(user, profile, Week.of(today)),
        "home_safety": home_safety.dashboard_summary(user, today),
        "tip": queries.tip_of_the_day(today),
        "this_week": Week.of(today),
    }
    return render(request, "tracker/dashboard.html", context)


@login_required
def weeks_index(request):
    """List every week with history, newest first, a page at a time."""
    today = timezone.localdate()
    page = Paginator(queries.weeks_with_history(request.user, today), WEEKS_PER_PAGE)
    weeks = page.get_page(request.GET.get("page"))
    rows = queries.trend(
        request.user, request.profile, sorted(weeks.object_list), today
    )
    context = {"page": weeks, "rows": list(reversed(rows)), "this_week": Week.of(today)}
    return render(request, "tracker/weeks_index.html", context)


@login_required
def week_summary(request, week):
    today = timezone.localdate()
    if week > Week.of(today):
        raise Http404("This week has not started yet")
    unit = request.profile.vitamin_d_unit
    report = queries.weekly_summary(request.user, request.profile, week, today)
    context = {
        "summary": report,
        "nav": week_nav(week, today),
        "unit": unit,
        "exercise_minutes": [
            {
                "name": code.label,
                "minutes": report.exercise.minutes_by_category.get(code, 0),
            }
            for code in ExerciseCategory.Code
        ],
        **week_charts(report, unit),
    }
    return render(request, "tracker/week_summary.html", context)


@login_required
def trends(request):
    today = timezone.localdate()
    last = Week.of(today)
    weeks = [last]
    for _ in range(TREND_WEEKS - 1):
        weeks.insert(0, weeks[0].previous())
    unit = request.profile.vitamin_d_unit
    rows = queries.trend(request.user, request.profile, weeks, today)
    targets = guidance.personal_targets(request.profile, today)
    categories = list(ExerciseCategory.Code)
    context = {
        "rows": rows,
        "unit": unit,
        "streak": summary.goal_streak([row.exercise_goals_met for row in rows]),
        "categories": categories,
        "exercise_rows": [
            {
                "week": row.week,
                "cells": [
                    {
                        "label": code.label,
                        "minutes": row.minutes_by_category.get(code, 0),
                    }
                    for code in categories
                ],
            }
            for row in rows
        ],
        **trend_charts(rows, targets, unit),
    }
    return render(request, "tracker/trends.html", context)


# --- Chart data (drawn by static/js/charts.js; every colour has at least 3:1
# contrast on white, as WCAG asks of graphics) --------------------------------

BLUE, GREEN, BROWN, PURPLE = "#0b4f8a", "#1e6b3a", "#7a4b00", "#6a1b9a"
CATEGORY_COLOURS = {
    ExerciseCategory.Code.WEIGHT_BEARING: BLUE,
    ExerciseCategory.Code.RESISTANCE: GREEN,
    ExerciseCategory.Code.BALANCE: BROWN,
    ExerciseCategory.Code.POSTURE: PURPLE,
}


def bars_with_target(labels, values, *, label, unit, colour, target=None):
    datasets = [
        {"type": "bar", "label": label, "data": values, "backgroundColor": colour}
    ]
    if target is not None:
        datasets.append(
            {
                "type": "line",
                "label": f"Target ({target:,} {unit})",
                "data": [target] * len(labels),
                "borderColor": "#1b1b1b",
                "borderDash": [6, 4],
                "pointRadius": 0,
            }
        )
    return {"labels": labels, "datasets": datasets, "unit": unit}


def day_labels(days):
    return [format_date(day, "D j") for day in days]


def unit_label(unit):
    return "µg" if unit == MCG else "IU"


def week_charts(report, unit):
    """Return the daily calcium and vitamin D charts of a weekly summary."""
    labels = day_labels(day.day for day in report.days)
    calcium_target = report.calcium_target
    vitamin_d_target = report.vitamin_d_target
    return {
        "calcium_chart": bars_with_target(
            labels,
            [day.totals.calcium_mg if day.logged else None for day in report.days],
            label="Calcium (mg)",
            unit="mg",
            colour=BLUE,
            target=calcium_target.amount if calcium_target else None,
        ),
        "vitamin_d_chart": bars_with_target(
            labels,
            [
                summary.vitamin_d_value(day.totals.vitamin_d_iu, unit)
                if day.logged
                else None
                for day in report.days
            ],
            label=f"Vitamin D ({unit_label(unit)})",
            unit=unit_label(unit),
            colour=GREEN,
            target=summary.vitamin_d_value(vitamin_d_target.amount, unit)
            if vitamin_d_target
            else None,
        ),
    }


def trend_charts(rows, targets, unit):
    """Return the 12-week charts: average calcium, average vitamin D, exercise."""
    labels = [format_date(row.week.monday, "j M") for row in rows]
    return {
        "calcium_chart": bars_with_target(
            labels,
            [row.average_calcium_mg for row in rows],
            label="Average calcium a day (mg)",
            unit="mg",
            colour=BLUE,
            target=targets.calcium.amount if targets.calcium else None,
        ),
        "vitamin_d_chart": bars_with_target(
            labels,
            [summary.vitamin_d_value(row.average_vitamin_d_iu, unit) for row in rows],
            label=f"Average vitamin D a day ({unit_label(unit)})",
            unit=unit_label(unit),
            colour=GREEN,
            target=summary.vitamin_d_value(targets.vitamin_d.amount, unit)
            if targets.vitamin_d
            else None,
        ),
        "exercise_chart": {
            "labels": labels,
            "unit": "minutes",
            "stacked": True,
            "datasets": [
                {
                    "type": "bar",
                    "label": code.label,
                    "data": [row.minutes_by_category.get(code, 0) for row in rows],
                    "backgroundColor": CATEGORY_COLOURS[code],
                }
                for code in ExerciseCategory.Code
            ],
        },
    }
