"""The format carries every field of a user's records, or says why not."""

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models

from tracker.portability import format
from tracker.portability.planning import Unsupported, holds


def points_at_user(model) -> list[models.Field]:
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    return [
        field
        for field in model._meta.concrete_fields
        if field.is_relation and field.related_model is user_model
    ]


def test_every_field_of_an_exported_model_is_carried_or_explained():
    missing = []
    for kind in format.KINDS:
        carried = {column.field for column in kind.columns if column.field}
        carried |= {column.ref for column in kind.columns if column.ref}
        for field in kind.model._meta.concrete_fields:
            if field.name not in carried and field.name not in kind.not_carried:
                missing.append(f"{kind.model.__name__}.{field.name}")
    assert missing == [], (
        "Add these fields to tracker/portability/format.py, as columns or in "
        f"not_carried with the reason: {missing}"
    )


def test_every_model_with_a_users_rows_is_exported_or_explained():
    exported = {kind.model for kind in format.KINDS}
    owned = {
        model
        for model in apps.get_app_config("tracker").get_models()
        if points_at_user(model)
        or any(
            field.is_relation
            and field.related_model in exported
            and field.related_model is not model
            for field in model._meta.concrete_fields
        )
        or "user_id" in {field.attname for field in model._meta.concrete_fields}
    }
    unexplained = [
        model._meta.label
        for model in owned
        if model not in exported and model._meta.label not in format.NOT_EXPORTED
    ]
    assert unexplained == [], (
        "Export these models' rows in tracker/portability/format.py, or list "
        f"them in NOT_EXPORTED with the reason: {unexplained}"
    )


def test_each_column_is_declared_once_per_file():
    for kind in format.KINDS:
        names = [column.name for column in kind.columns]
        assert len(names) == len(set(names)), kind.key
    assert len({kind.key for kind in format.KINDS}) == len(format.KINDS)


@pytest.mark.parametrize("kind", format.KINDS, ids=lambda kind: kind.key)
def test_every_check_constraint_can_be_evaluated_without_a_query(kind):
    instance = kind.model()
    for constraint in kind.model._meta.constraints:
        if isinstance(constraint, models.CheckConstraint):
            try:
                holds(constraint.condition, instance)
            except Unsupported as error:  # pragma: no cover - the failure message
                pytest.fail(f"{constraint.name} uses {error}: teach holds() it")
