from django import forms
from django.utils import timezone

from ..domain import home_safety
from ..domain.dates import format_day
from ..models import ChecklistAnswer, Fall, SelfCheckStatement
from .common import CHOOSE_SHOWN, TOO_LONG, OneSubmissionMixin
from .dates import DateInput, check_day, limit_to_past


class ChecklistAnswerForm(forms.Form):
    """The answer to one checklist item; a room page shows one per item.

    ``state`` is where the item stands now. An item that is not due starts with
    its current answer chosen, and saving it unchanged adds nothing to its
    history. An item due for a re-check starts with no answer chosen: choosing
    one, even the same as before, records the re-check; leaving it empty leaves
    the item due.
    """

    status = forms.ChoiceField(
        label="Your answer",
        choices=ChecklistAnswer.Status.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose one answer for this question.",
            "invalid_choice": "Choose one of the answers shown.",
        },
    )
    fixed_on = forms.DateField(
        label="Date it was fixed (optional)",
        required=False,
        widget=DateInput,
        help_text="Only for “Fixed”. Leave it empty for today.",
        error_messages={"invalid": "Enter a date like 2026-03-21."},
    )
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=200,
        help_text="For example: ask my son to fit the rail.",
        error_messages={
            "max_length": "Keep the note to %(limit_value)d characters "
            "(it has %(show_value)d)."
        },
    )

    def __init__(self, *args, state: home_safety.ItemState, today, **kwargs):
        self.state = state
        self.today = today
        self.current = {
            "status": state.status,
            "fixed_on": state.answer.fixed_on if state.answer else None,
            "note": state.answer.note if state.answer else "",
        }
        initial = dict(self.current)
        if state.due:
            initial["status"] = None
        kwargs.setdefault("initial", initial)
        super().__init__(*args, **kwargs)
        if state.due:
            self.fields["status"].required = False
        limit_to_past(self.fields["fixed_on"], today)

    def clean_fixed_on(self):
        fixed_on = self.cleaned_data["fixed_on"]
        if self.cleaned_data.get("status") != home_safety.FIXED:
            return None  # a date means nothing for other answers
        fixed_on = check_day(fixed_on or self.today, self.today)
        first = self.state.first_answered_on or self.today
        if fixed_on < first:
            raise forms.ValidationError(
                "The date it was fixed cannot be before you first answered this "
                "question (%(first)s). If it was already safe then, choose “Fine”.",
                code="fixed_before_first_answer",
                params={"first": format_day(first)},
            )
        return fixed_on

    def clean(self):
        cleaned = super().clean()
        note_changed = cleaned.get("note", "") != self.current["note"]
        if self.state.due and not cleaned.get("status") and note_changed:
            self.add_error(
                "status",
                forms.ValidationError(
                    "Choose your answer again to save the note.",
                    code="note_without_answer",
                ),
            )
        return cleaned

    def new_answer(self) -> dict | None:
        """Return the answer to record, or None when there is nothing to record.

        The dict has the item's id, status, fixed_on and note.
        """
        new = {
            "status": self.cleaned_data["status"],
            "fixed_on": self.cleaned_data["fixed_on"],
            "note": self.cleaned_data["note"],
        }
        if not new["status"] or (new == self.current and not self.state.due):
            return None
        return {"item_id": self.state.item_id, **new}


def new_answers(forms) -> list[dict]:
    """Return the answers that valid ``checklist_forms`` ask to record."""
    return [answer for _, form in forms if (answer := form.new_answer())]


def checklist_forms(item_views, data=None, *, today):
    """Return one answer form per item, prefixed by the item's id."""
    return [
        (
            view,
            ChecklistAnswerForm(
                data, prefix=f"item-{view.item.id}", state=view.state, today=today
            ),
        )
        for view in item_views
    ]


YES_NO = [("yes", "Yes"), ("no", "No")]


class SelfCheckForm(OneSubmissionMixin, forms.Form):
    """The Stay Independent statements, each answered yes or no."""

    def __init__(self, *args, statements: list[SelfCheckStatement], **kwargs):
        super().__init__(*args, **kwargs)
        self.statements = statements
        for statement in statements:
            self.fields[self.field_name(statement)] = forms.ChoiceField(
                label=f"{statement.number}. {statement.statement}",
                choices=YES_NO,
                widget=forms.RadioSelect,
                error_messages={
                    "required": "Please answer yes or no.",
                    "invalid_choice": "Please answer yes or no.",
                },
            )

    @staticmethod
    def field_name(statement) -> str:
        return f"statement_{statement.number}"

    def yes_ids(self) -> set[int]:
        return {
            statement.id
            for statement in self.statements
            if self.cleaned_data[self.field_name(statement)] == "yes"
        }


class FallForm(OneSubmissionMixin, forms.ModelForm):
    kind = forms.ChoiceField(
        label="What was it?",
        choices=[
            (Fall.Kind.FALL, "A fall"),
            (
                Fall.Kind.NEAR_MISS,
                "A near-miss (I slipped or tripped, but did not fall)",
            ),
        ],
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please say whether it was a fall or a near-miss.",
            "invalid_choice": CHOOSE_SHOWN,
        },
    )
    hurt = forms.TypedChoiceField(
        label="Were you hurt?",
        choices=[("yes", "Yes"), ("no", "No")],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please say whether you were hurt.",
            "invalid_choice": CHOOSE_SHOWN,
        },
    )

    class Meta:
        model = Fall
        fields = ["kind", "day", "place", "what_happened", "hurt"]
        labels = {
            "day": "Date it happened",
            "what_happened": "What happened (optional)",
        }
        help_texts = {
            "place": "For example: the back steps, the bathroom at night.",
            "what_happened": "For example: I tripped on the hall rug carrying laundry.",
        }
        widgets = {
            "day": DateInput,
            "what_happened": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "day": {
                "required": "Enter the date it happened.",
                "invalid": "Enter a date like 2026-03-21.",
            },
            "place": {
                "required": "Say where it happened, in a few words.",
                "max_length": TOO_LONG,
            },
            "what_happened": {"max_length": TOO_LONG},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = timezone.localdate()
        if self.instance.pk is None:
            self.initial["day"] = self.initial.get("day") or self.today
        else:
            self.initial["hurt"] = "yes" if self.instance.hurt else "no"
        limit_to_past(self.fields["day"], self.today)

    def clean_day(self):
        return check_day(self.cleaned_data["day"], self.today)
