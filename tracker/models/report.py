"""What a user chose for their report last time: period, sections, questions."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from ..domain import report
from .text import BoundedTextField, length_checks

QUESTIONS_MAX = 2000


def every_section() -> list[str]:
    return list(report.SECTIONS)


def known_sections(value) -> None:
    """The report form's rule for ``sections``: one or more of the sections,
    each once (a JSON field checks nothing by itself)."""
    if (
        not isinstance(value, list)
        or not value
        or any(section not in report.SECTIONS for section in value)
        or len(set(value)) != len(value)
    ):
        raise ValidationError(
            "Choose one or more of: %(sections)s, each once.",
            code="sections",
            params={"sections": ", ".join(report.SECTIONS)},
        )


class ReportSettings(models.Model):
    """One row per user, saved each time they make a report."""

    class Period(models.TextChoices):
        THREE = "3", "The last 3 months"
        SIX = "6", "The last 6 months"
        TWELVE = "12", "The last 12 months"
        DATES = report.DATES, "Dates I choose"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    period = models.CharField(max_length=6, choices=Period, default=Period.THREE)
    first_day = models.DateField(null=True, blank=True)
    last_day = models.DateField(null=True, blank=True)
    sections = models.JSONField(default=every_section, validators=[known_sections])
    questions = BoundedTextField(
        "questions for my clinician", max_length=QUESTIONS_MAX, blank=True
    )
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "report settings"
        constraints = [
            models.CheckConstraint(
                condition=~Q(period=report.DATES)
                | Q(first_day__isnull=False, last_day__isnull=False),
                name="report_dates_when_chosen",
            ),
            *length_checks(questions=QUESTIONS_MAX),
        ]

    def __str__(self):
        return "Report settings"

    def clean(self):
        if self.first_day and self.last_day and self.first_day > self.last_day:
            raise ValidationError(
                {"last_day": "The last day must be on or after the first day."}
            )
