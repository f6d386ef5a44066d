"""Stable ids for the bone record's scans, fractures and FRAX results, which
export and import keep (as 0009_stable_ids gave the other records theirs), and
the forms' rules the import checks: a fracture's year from 1900, FRAX results
not below 0, known report sections, a plausible tallest height.

The ids are added empty, filled with a new random id for each existing row,
then made required: a default on AddField would give every row the same id.
"""

import uuid
from decimal import Decimal

import django.core.validators
from django.db import migrations, models

import tracker.models.report

MODELS = ["bonescan", "fracture", "fraxresult"]


def stable_id(**changes):
    return models.UUIDField(
        default=uuid.uuid4,
        editable=False,
        help_text="Kept by export and import, so a record is never added twice.",
        verbose_name="stable id",
        **changes,
    )


def fill_ids(apps, schema_editor):
    for name in MODELS:
        model = apps.get_model("tracker", name)
        rows = []
        for row in model.objects.filter(uid__isnull=True).only("pk").iterator(2000):
            row.uid = uuid.uuid4()
            rows.append(row)
            if len(rows) == 2000:
                model.objects.bulk_update(rows, ["uid"])
                rows = []
        model.objects.bulk_update(rows, ["uid"])


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0013_report_questions_limit"),
    ]

    operations = [
        *(
            migrations.AddField(model_name=name, name="uid", field=stable_id(null=True))
            for name in MODELS
        ),
        migrations.RunPython(fill_ids, migrations.RunPython.noop),
        *(
            migrations.AlterField(model_name=name, name="uid", field=stable_id())
            for name in MODELS
        ),
        migrations.AlterField(
            model_name="fracture",
            name="year",
            field=models.PositiveSmallIntegerField(
                validators=[django.core.validators.MinValueValidator(1900)]
            ),
        ),
        migrations.AlterField(
            model_name="fraxresult",
            name="hip_percent",
            field=models.DecimalField(
                blank=True,
                decimal_places=1,
                max_digits=4,
                null=True,
                validators=[django.core.validators.MinValueValidator(0)],
                verbose_name="hip fracture (%)",
            ),
        ),
        migrations.AlterField(
            model_name="fraxresult",
            name="major_percent",
            field=models.DecimalField(
                blank=True,
                decimal_places=1,
                max_digits=4,
                null=True,
                validators=[django.core.validators.MinValueValidator(0)],
                verbose_name="major osteoporotic fracture (%)",
            ),
        ),
        migrations.AlterField(
            model_name="reportsettings",
            name="sections",
            field=models.JSONField(
                default=tracker.models.report.every_section,
                validators=[tracker.models.report.known_sections],
            ),
        ),
        migrations.AddConstraint(
            model_name="heightprofile",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("tallest_cm__isnull", True),
                    models.Q(
                        ("tallest_cm__gte", Decimal("90")),
                        ("tallest_cm__lte", Decimal("250")),
                    ),
                    _connector="OR",
                ),
                name="tallest_height_plausible",
            ),
        ),
    ]
