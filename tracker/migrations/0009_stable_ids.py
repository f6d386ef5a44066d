"""Give each record a user logs a stable id that export and import keep.

Added empty, filled with a new random id for each existing row, then made
required: a default on AddField would give every existing row the same id.
"""

import uuid

from django.db import migrations, models

MODELS = [
    "checklistanswer",
    "dose",
    "exercisesession",
    "fall",
    "food",
    "intakeentry",
    "prescription",
    "selfcheck",
    "supplement",
]


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
        ("tracker", "0008_submission_claims"),
    ]

    operations = [
        *(
            migrations.AddField(
                model_name=name, name="uid", field=stable_id(null=True)
            )
            for name in MODELS
        ),
        migrations.RunPython(fill_ids, migrations.RunPython.noop),
        *(
            migrations.AlterField(model_name=name, name="uid", field=stable_id())
            for name in MODELS
        ),
    ]
