"""The report page's form: period, sections and questions. Validation only."""

from django import forms
from django.utils import timezone

from ..domain import report
from ..domain.dates import format_day
from ..models import ReportSettings
from ..models.report import QUESTIONS_MAX
from .common import CHOOSE_SHOWN
from .dates import DateInput, check_day, limit_to_past


class ReportForm(forms.Form):
    period = forms.ChoiceField(
        label="Which period?",
        choices=ReportSettings.Period.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose a period.",
            "invalid_choice": CHOOSE_SHOWN,
        },
    )
    first_day = forms.DateField(
        label="From (for “Dates I choose”)",
        required=False,
        widget=DateInput,
        error_messages={"invalid": "Enter a date like 2026-03-21."},
    )
    last_day = forms.DateField(
        label="To (for “Dates I choose”)",
        required=False,
        widget=DateInput,
        error_messages={"invalid": "Enter a date like 2026-03-21."},
    )
    sections = forms.MultipleChoiceField(
        label="What to include",
        choices=list(report.SECTIONS.items()),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Choose at least one thing to include.",
            "invalid_choice": CHOOSE_SHOWN,
        },
    )
    questions = forms.CharField(
        label="Questions for my clinician (optional)",
        required=False,
        max_length=QUESTIONS_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Write down what you want to ask, so it is not forgotten on the "
        "day. It goes at the end of the report.",
    )

    def __init__(self, data=None, *, settings: ReportSettings):
        super().__init__(data)
        self.today = timezone.localdate()
        self.initial.update(
            period=settings.period,
            first_day=settings.first_day,
            last_day=settings.last_day,
            sections=settings.sections,
            questions=settings.questions,
        )
        for name in ("first_day", "last_day"):
            limit_to_past(self.fields[name], self.today)

    def clean_first_day(self):
        day = self.cleaned_data["first_day"]
        return day and check_day(day, self.today)

    def clean_last_day(self):
        day = self.cleaned_data["last_day"]
        return day and check_day(day, self.today)

    def clean(self):
        data = super().clean()
        if data.get("period") == report.DATES:
            first, last = data.get("first_day"), data.get("last_day")
            if first is None and "first_day" not in self.errors:
                self.add_error("first_day", "Enter the first day of the report.")
            if last is None and "last_day" not in self.errors:
                self.add_error("last_day", "Enter the last day of the report.")
            if first and last and first > last:
                self.add_error(
                    "last_day",
                    f"The last day must be on or after {format_day(first)}.",
                )
        elif "period" in data:
            data["first_day"] = data["last_day"] = None
        return data

    def choices(self) -> dict:
        return {
            name: self.cleaned_data[name]
            for name in ("period", "first_day", "last_day", "sections", "questions")
        }
