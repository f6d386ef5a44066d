"""0017: short source names and the checklist's new wording reach existing
databases, and never overwrite an admin's edit."""

import importlib

from django.apps import apps

from tracker.models import ChecklistItem, GuidanceVersion, Source

migration = importlib.import_module("tracker.migrations.0017_short_pages")


def test_rows_still_as_shipped_get_the_new_wording(guidance):
    old_question, new_question, old_fix, new_fix = migration.CHECKLIST_REWRITES[6]
    assert old_question == "Is there no light above the stairway?"
    item = ChecklistItem.objects.get(question=new_question)
    edited = ChecklistItem.objects.get(order=8)
    ChecklistItem.objects.filter(pk=item.pk).update(question=old_question, fix=old_fix)
    ChecklistItem.objects.filter(pk=edited.pk).update(question="Our own question?")
    before = GuidanceVersion.objects.get().number

    migration.reword_checklist(apps, None)

    item.refresh_from_db()
    edited.refresh_from_db()
    assert (item.question, item.fix) == (new_question, new_fix)
    assert edited.question == "Our own question?"  # an admin's edit is kept
    assert GuidanceVersion.objects.get().number > before  # caches read again


def test_empty_short_names_are_filled_and_an_admins_name_is_kept(guidance):
    Source.objects.filter(key="TFTF-2014").update(short_name="")
    Source.objects.filter(key="OC-ex").update(short_name="Our own name")

    migration.fill_short_names(apps, None)

    assert Source.objects.get(key="TFTF-2014").short_name == "Osteoporosis Canada, 2014"
    assert Source.objects.get(key="OC-ex").short_name == "Our own name"


def test_the_shipped_wording_never_asks_a_double_negative():
    for _, question, _, fix in migration.CHECKLIST_REWRITES:
        assert " no " not in f" {question.lower()} ", question
        assert question.endswith("?") and not fix.endswith("?")


def test_the_migration_writes_what_seed_guidance_ships():
    from tracker.seed.home_safety import CHECKLIST_ITEMS
    from tracker.seed.sources import SOURCES

    shipped = {(row["question"], row["fix"]) for row in CHECKLIST_ITEMS}
    assert {(q, f) for _, q, _, f in migration.CHECKLIST_REWRITES} == shipped
    assert {row["key"]: row["short_name"] for row in SOURCES} == migration.SHORT_NAMES
