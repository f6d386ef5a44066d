"""Chart data for the weekly summary and trends pages, as plain dicts.

``static/js/charts.js`` draws them with Chart.js from ``json_script`` blocks.
Every colour has at least 3:1 contrast on white, as WCAG asks of graphics, and
each chart has a table beside it with the same numbers.
"""

from ..domain import intake, summary
from ..domain.dates import format_day
from ..domain.units import format_number, unit_symbol
from ..models import ExerciseCategory

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
                "label": f"Target ({format_number(target, 0 if float(target).is_integer() else 1)} {unit})",
                "data": [target] * len(labels),
                "borderColor": "#1b1b1b",
                "borderDash": [6, 4],
                "pointRadius": 0,
            }
        )
    return {"labels": labels, "datasets": datasets, "unit": unit}


def marked(label, estimated):
    """A chart label, with "(estimate)" on a second line for a figure that counts
    a quick estimate, as the table beside it marks the row."""
    return [label, f"({intake.ESTIMATE})"] if estimated else label


def week_charts(report, unit):
    """Return the daily calcium and vitamin D charts of a weekly summary."""
    labels = [
        marked(
            format_day(day.day, "chart_day"), day.logged and day.totals.uses_estimate
        )
        for day in report.days
    ]
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
            label=f"Vitamin D ({unit_symbol(unit)})",
            unit=unit_symbol(unit),
            colour=GREEN,
            target=summary.vitamin_d_value(vitamin_d_target.amount, unit)
            if vitamin_d_target
            else None,
        ),
    }


def trend_charts(rows, targets, unit):
    """Return the trends charts, a bar a week or a month (``rows`` are
    ``domain.trends.TrendPoint``): average calcium, average vitamin D, exercise."""
    labels = [marked(row.chart_label, row.estimated_days) for row in rows]
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
            label=f"Average vitamin D a day ({unit_symbol(unit)})",
            unit=unit_symbol(unit),
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
