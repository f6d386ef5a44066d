"""Chart data for the weekly summary and trends pages, as plain dicts.

``static/js/charts.js`` draws them with Chart.js from ``json_script`` blocks.
A dataset names its ``series``; the colours live in static/css/app.css
(``--chart-<series>``), so the charts follow the user's contrast setting and the
system's forced colours. Each exercise purpose also has a pattern of its own, and
each chart has a table beside it with the same numbers.
"""

from ..domain import intake, summary
from ..domain.dates import format_day
from ..domain.units import format_number, unit_symbol
from ..models import ExerciseCategory

CALCIUM, VITAMIN_D = "calcium", "vitamin-d"
CATEGORY_SERIES = {
    ExerciseCategory.Code.WEIGHT_BEARING: "weight-bearing",
    ExerciseCategory.Code.RESISTANCE: "resistance",
    ExerciseCategory.Code.BALANCE: "balance",
    ExerciseCategory.Code.POSTURE: "posture",
}


def bars_with_target(labels, values, *, label, unit, series, target=None):
    datasets = [{"type": "bar", "label": label, "data": values, "series": series}]
    if target is not None:
        datasets.append(
            {
                "type": "line",
                "label": f"Target ({format_number(target, 0 if float(target).is_integer() else 1)} {unit})",
                "data": [target] * len(labels),
                "series": "target",
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
            series=CALCIUM,
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
            series=VITAMIN_D,
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
            series=CALCIUM,
            target=targets.calcium.amount if targets.calcium else None,
        ),
        "vitamin_d_chart": bars_with_target(
            labels,
            [summary.vitamin_d_value(row.average_vitamin_d_iu, unit) for row in rows],
            label=f"Average vitamin D a day ({unit_symbol(unit)})",
            unit=unit_symbol(unit),
            series=VITAMIN_D,
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
                    "series": CATEGORY_SERIES[code],
                }
                for code in ExerciseCategory.Code
            ],
        },
    }
