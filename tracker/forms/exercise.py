from datetime import date

from django import forms

from ..domain import exercise
from ..models import ExerciseSession, ExerciseType
from ..models.exercise import (
    IMPACTS_MAX,
    MINUTES_MAX,
    MINUTES_MIN,
    REPS_MAX,
    SETS_MAX,
)
from ..queries import exercise as queries
from .common import CHOOSE_SHOWN, OneSubmissionMixin
from .dates import DateInput, check_day, limit_to_past, past_day

MINUTES_ERROR = f"Enter the minutes as a number from {MINUTES_MIN} to {MINUTES_MAX}."


def count_errors(what: str, most: int) -> dict[str, str]:
    """Return kind messages for an optional count such as sets or repetitions."""
    message = (
        f"Enter the {what} as a whole number from 0 to {most:,}, or leave it empty."
    )
    return {"invalid": message, "min_value": message, "max_value": message}


class ActivityChoiceField(forms.ModelChoiceField):
    """The activity select; after a spine fracture, options say their impact."""

    had_spine_fracture = False

    def label_from_instance(self, obj: ExerciseType) -> str:
        if exercise.needs_gentler_choice(
            obj.impact, had_spine_fracture=self.had_spine_fracture
        ):
            return f"{obj.name} ({obj.get_impact_display().lower()})"
        return obj.name


class ExerciseSessionForm(OneSubmissionMixin, forms.ModelForm):
    """Log or change a session. ``today`` is the user's local date."""

    effort = forms.ChoiceField(
        label="How hard did it feel? (optional)",
        choices=[("", "Not recorded"), *ExerciseSession.Effort.choices],
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": CHOOSE_SHOWN},
    )

    class Meta:
        model = ExerciseSession
        fields = [
            "exercise_type",
            "day",
            "minutes",
            "sets",
            "reps",
            "impacts",
            "effort",
            "note",
        ]
        field_classes = {"exercise_type": ActivityChoiceField}
        labels = {
            "exercise_type": "Activity",
            "day": "Date",
            "minutes": "Minutes",
            "sets": "Sets (optional)",
            "reps": "Repetitions in each set (optional)",
            "impacts": "Impacts (optional)",
            "note": "Note (optional)",
        }
        help_texts = {
            "day": "",
            "minutes": "How long you were active, from 1 to 600 minutes.",
            "sets": "For strength exercises: how many rounds you did.",
            "impacts": (
                "Hops, skips, jumps or heel drops. The guidance suggests building up "
                "slowly to about 50 in a session."
            ),
            "note": "Only you can see it.",
        }
        widgets = {
            "day": DateInput,
            "minutes": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "sets": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "reps": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "impacts": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "note": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "exercise_type": {
                "required": "Choose the activity you did.",
                "invalid_choice": (
                    "That activity is not in the library. Choose one from the list."
                ),
            },
            "day": {
                "required": "Enter the date you exercised.",
                "invalid": "Enter a real date, for example 2026-11-25.",
            },
            "minutes": {
                "required": MINUTES_ERROR,
                "invalid": MINUTES_ERROR,
                "min_value": MINUTES_ERROR,
                "max_value": MINUTES_ERROR,
            },
            "sets": count_errors("sets", SETS_MAX),
            "reps": count_errors("repetitions", REPS_MAX),
            "impacts": count_errors("impacts", IMPACTS_MAX),
            "note": {
                "max_length": "Keep the note to 500 characters or fewer.",
            },
        }

    def __init__(self, *args, today: date, had_spine_fracture: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        field = self.fields["exercise_type"]
        field.had_spine_fracture = had_spine_fracture
        field.empty_label = "Choose an activity"
        # A session of a since-retired activity keeps it; new ones cannot pick it.
        field.queryset = queries.loggable_types(self.instance.exercise_type_id)
        limit_to_past(self.fields["day"], today)
        # The model's range validators do not reach the inputs by themselves.
        for name, least, most in [
            ("minutes", MINUTES_MIN, MINUTES_MAX),
            ("sets", 0, SETS_MAX),
            ("reps", 0, REPS_MAX),
            ("impacts", 0, IMPACTS_MAX),
        ]:
            self.fields[name].widget.attrs.update(min=least, max=most)

    def clean_day(self):
        return check_day(self.cleaned_data["day"], self.today)

    def selected_type_id(self) -> str:
        """Return the id of the chosen activity as the select holds it, or ""."""
        value = self["exercise_type"].value()
        return "" if value is None else str(value)


def initial_for_new_session(query, today: date) -> dict:
    """Return the log form's starting values from ``?day=`` and ``?type=``.

    A missing, malformed, future or too early day falls back to today; an unknown or retired
    activity is ignored, so a stale link still opens the form.
    """
    initial = {"day": past_day(query.get("day", ""), today) or today}
    type_id = queries.active_type_id(query.get("type", ""))
    if type_id is not None:
        initial["exercise_type"] = type_id
    return initial
