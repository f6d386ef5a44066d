"""Writes for the report: the user's choices, remembered for next time."""

from datetime import date
from typing import TypedDict, Unpack

from django.utils import timezone

from ..models import ReportSettings
from .common import atomic


class ReportChoices(TypedDict):
    period: str
    first_day: date | None
    last_day: date | None
    sections: list[str]
    questions: str


@atomic
def save_report_settings(user, **choices: Unpack[ReportChoices]) -> ReportSettings:
    """Remember the period, sections and questions; idempotent, so a double
    tap saves the same row twice."""
    settings, _ = ReportSettings.objects.update_or_create(
        user=user, defaults={**choices, "updated_at": timezone.now()}
    )
    return settings
