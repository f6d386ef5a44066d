"""What a user chose for their report last time: period, sections, questions."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from ..domain import report
from .text import BoundedTextField, length_checks

QUESTIONS_MAX = 2000


def every_section() -> list[str]:
    return list(report.SECTIONS)


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
    sections = models.JSONField(default=every_section)
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
