"""Forms for a user's medicines: adding and changing one, logging a dose,
stopping, and the calendar feed. They validate; services write."""

from datetime import date, datetime, timedelta
from datetime import time as time_of_day

from django import forms
from django.utils import timezone

from ..domain import medicines
from ..domain.dates import format_day
from ..domain.weeks import FIRST_DAY
from ..models import Dose, Medicine, Prescription
from ..models.medicines import CLINIC_ROUTES, Route
from .common import CHOOSE_SHOWN, SUBMISSION, OneSubmissionMixin
from .dates import DateInput, check_day, limit_to_past

# A first dose or start this far ahead is a typing slip.
LATEST_START_YEARS = 5
STAGE_LABELS = {
    medicines.BEFORE: "Before it is due",
    medicines.DUE: "On the day it is due",
    medicines.LATE: "When it is late",
    medicines.URGENT: "When it is urgent",
}


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%H:%M")


def dose_word(route: str) -> str:
    return (
        "infusion"
        if route == Route.INFUSION
        else (
            "injection"
            if route in CLINIC_ROUTES or route == Route.SELF_INJECTION
            else "dose"
        )
    )


class PrescriptionForm(OneSubmissionMixin, forms.Form):
    """A medicine as prescribed: the schedule and dates, details and reminders.

    ``medicine`` is the library medicine, or None for one not in the library:
    the form then asks its name, who gives it and how often, in days, weeks or
    months. ``instance`` is the prescription being changed, if any.
    """

    own_name = forms.CharField(
        label="Name of the medicine",
        max_length=100,
        help_text="As on the pharmacy label.",
        error_messages={
            "required": "Enter the medicine's name.",
            "max_length": "Keep the name to 100 characters or fewer.",
        },
    )
    own_route = forms.ChoiceField(
        label="How is it given?",
        choices=Route.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose how it is given.",
            "invalid_choice": CHOOSE_SHOWN,
        },
    )
    schedule = forms.ChoiceField(
        label="How often, as prescribed",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose how often it is prescribed.",
            "invalid_choice": CHOOSE_SHOWN,
        },
    )
    interval_count = forms.IntegerField(
        label="Every",
        min_value=1,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": "Enter how often, such as 1 or 2.",
            "invalid": "Enter a whole number, such as 1 or 2.",
            "min_value": "Enter how often as a whole number of 1 or more.",
        },
    )
    interval_unit = forms.ChoiceField(
        label="Days, weeks or months",
        choices=[
            (medicines.DAY, "days"),
            (medicines.WEEK, "weeks"),
            (medicines.MONTH, "months"),
        ],
        error_messages={
            "required": "Choose days, weeks or months.",
            "invalid_choice": CHOOSE_SHOWN,
        },
    )
    first_dose_on = forms.DateField(
        widget=DateInput,
        error_messages={
            "required": "Enter the date.",
            "invalid": "Enter a real date, for example 2026-11-25.",
        },
    )
    end_on = forms.DateField(
        label="Last day of the prescription (optional)",
        required=False,
        widget=DateInput,
        help_text="Leave it empty if there is no end date.",
        error_messages={"invalid": "Enter a real date, for example 2027-05-31."},
    )
    usual_time = forms.TimeField(
        label="Usual time of day (optional)",
        required=False,
        widget=TimeInput,
        error_messages={"invalid": "Enter a time like 07:30."},
    )
    prescriber = forms.CharField(
        label="Who prescribed it (optional)",
        max_length=100,
        required=False,
        error_messages={"max_length": "Keep it to 100 characters or fewer."},
    )
    note = forms.CharField(
        label="Note (optional)",
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Only you can see it.",
        error_messages={"max_length": "Keep the note to 500 characters or fewer."},
    )
    earlier_doses = forms.IntegerField(
        label="Doses of this course taken before you started logging here (optional)",
        min_value=0,
        max_value=5000,
        required=False,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        help_text="So that the course count is right.",
        error_messages={
            "invalid": "Enter a whole number, or leave it empty.",
            "min_value": "Enter 0 or more, or leave it empty.",
            "max_value": "Enter at most 5,000.",
        },
    )
    reminders = forms.MultipleChoiceField(
        label="Email me a reminder (optional)",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": CHOOSE_SHOWN},
    )
    remind_at = forms.TimeField(
        label="At this time of day",
        initial="09:00",
        widget=TimeInput,
        error_messages={
            "required": "Enter a time like 09:00.",
            "invalid": "Enter a time like 09:00.",
        },
    )

    def __init__(
        self,
        *args,
        medicine: Medicine | None,
        today: date,
        instance: Prescription | None = None,
        earliest_dose: date | None = None,
        **kwargs,
    ):
        """``earliest_dose`` is the day of the first dose logged for
        ``instance``: its first dose may not come after it."""
        self.medicine = medicine
        self.instance = instance
        self.today = today
        self.earliest_dose = earliest_dose
        if instance is not None:
            kwargs.setdefault("initial", self.initial_from(instance))
        super().__init__(*args, **kwargs)
        route = medicine.route if medicine else None
        if medicine is not None:
            del self.fields["own_name"], self.fields["own_route"]
            del self.fields["interval_count"], self.fields["interval_unit"]
            self.fields["schedule"].choices = medicine.schedule_choices
            if len(medicine.schedule_choices) == 1:
                self.fields["schedule"].initial = medicine.schedules[0]
            if medicine.course_limit_doses is None:
                del self.fields["earlier_doses"]
        else:
            del self.fields["schedule"], self.fields["earlier_doses"]
            route = instance.own_route if instance else None
        self.is_clinic = route in CLINIC_ROUTES
        first = self.fields["first_dose_on"]
        if instance is not None:
            first.label = "First dose, or the day this schedule started"
        elif medicine is None:
            first.label = "First dose, or the day you start"
            first.help_text = (
                "For a medicine given at a clinic: the date of your last dose "
                "there, or of the first if it is still to come. The next one is "
                "counted from it."
            )
            first.initial = today
        elif self.is_clinic:
            word = dose_word(route)
            first.label = (
                f"Date of your last {word} (or of the first, if it is still to come)"
            )
            first.help_text = "The next one is counted from it."
        else:
            first.label = "First dose, or the day you start"
            first.help_text = "Due dates are counted from it."
            first.initial = today
        first.widget.attrs.update(min=FIRST_DAY.isoformat())
        self.fields["end_on"].widget.attrs.update(min=FIRST_DAY.isoformat())
        rule = medicines.FROM_LAST_DOSE if self.is_clinic else medicines.CALENDAR
        thresholds = medicines.NO_THRESHOLDS
        if medicine is not None and medicine.is_clinic:
            thresholds = medicines.Thresholds(
                medicine.book_days_before_due, medicine.urgent_days_after_due
            )
        reminders = self.fields["reminders"]
        reminders.choices = [
            (stage, STAGE_LABELS[stage])
            for stage in medicines.reminder_stages_offered(rule, thresholds)
        ]
        if rule == medicines.CALENDAR:
            reminders.help_text = (
                "“Before” comes the day before a dose is due; a medicine taken "
                "every day has none."
            )

    @staticmethod
    def initial_from(instance: Prescription) -> dict:
        schedule = next(
            (
                code
                for code, interval in medicines.SCHEDULES.items()
                if interval == instance.interval
            ),
            "",
        )
        return {
            "own_name": instance.own_name,
            "own_route": instance.own_route,
            "schedule": schedule,
            "interval_count": instance.interval_count,
            "interval_unit": instance.interval_unit,
            "first_dose_on": instance.first_dose_on,
            "end_on": instance.end_on,
            "usual_time": instance.usual_time,
            "prescriber": instance.prescriber,
            "note": instance.note,
            "earlier_doses": instance.earlier_doses or None,
            "reminders": sorted(instance.reminder_stages),
            "remind_at": instance.remind_at,
        }

    def clean_first_dose_on(self):
        day = self.cleaned_data["first_dose_on"]
        if day < FIRST_DAY:
            raise forms.ValidationError(
                "That date is too far in the past. Enter a date in %(year)s or later.",
                code="too_early",
                params={"year": FIRST_DAY.year},
            )
        if day > self.today + timedelta(days=365 * LATEST_START_YEARS):
            raise forms.ValidationError(
                "That is more than %(years)s years ahead. Check the year.",
                code="too_late",
                params={"years": LATEST_START_YEARS},
            )
        return day

    def clean(self):
        cleaned = super().clean()
        if self.medicine is not None:
            code = cleaned.get("schedule")
            if code:
                interval = medicines.SCHEDULES[code]
                cleaned["interval_count"], cleaned["interval_unit"] = (
                    interval.count,
                    interval.unit,
                )
        else:
            count, unit = cleaned.get("interval_count"), cleaned.get("interval_unit")
            if count is not None and unit:
                try:
                    medicines.Interval(count, unit)
                except medicines.IntervalError as error:
                    self.add_error(
                        "interval_count",
                        forms.ValidationError(error.message, code="bad_interval"),
                    )
        first, end = cleaned.get("first_dose_on"), cleaned.get("end_on")
        if first and end and end < first:
            self.add_error(
                "end_on",
                forms.ValidationError(
                    "The last day cannot be before the first dose (%(first)s).",
                    code="end_before_start",
                    params={"first": format_day(first, "long")},
                ),
            )
        if self.medicine is None and cleaned.get("own_route"):
            # A medicine not in the library says only now who gives it.
            self.is_clinic = cleaned["own_route"] in CLINIC_ROUTES
            stages = set(cleaned.get("reminders") or [])
            if self.is_clinic and medicines.BEFORE in stages:
                self.add_error(
                    "reminders",
                    forms.ValidationError(
                        "A medicine given at a clinic has no reminder before it "
                        "is due here: untick “Before it is due”.",
                        code="no_before_stage",
                    ),
                )
        earliest = self.earliest_dose
        if earliest is not None and first and first > earliest:
            self.add_error(
                "first_dose_on",
                forms.ValidationError(
                    "A dose is logged on %(day)s, before this date. Choose that day "
                    "or earlier, or delete that dose first.",
                    code="doses_before_start",
                    params={"day": format_day(earliest, "long")},
                ),
            )
        return cleaned

    def service_fields(self) -> dict:
        """Return the cleaned values as a service takes them."""
        data = self.cleaned_data
        stages = set(data.get("reminders") or [])
        fields = {
            "interval_count": data["interval_count"],
            "interval_unit": data["interval_unit"],
            "first_dose_on": data["first_dose_on"],
            "end_on": data.get("end_on"),
            "usual_time": data.get("usual_time"),
            "prescriber": data.get("prescriber", ""),
            "note": data.get("note", ""),
            "earlier_doses": data.get("earlier_doses") or 0,
            "remind_before": medicines.BEFORE in stages,
            "remind_due": medicines.DUE in stages,
            "remind_late": medicines.LATE in stages,
            "remind_urgent": medicines.URGENT in stages,
            "remind_at": data["remind_at"],
        }
        if self.medicine is None:
            fields["own_name"] = data["own_name"]
            fields["own_route"] = data["own_route"]
        if self.adds_a_row:
            fields["submission"] = data[SUBMISSION]
        return fields

    @property
    def last_given_on(self) -> date | None:
        """For a new clinic medicine, the date of the last dose, if it is past."""
        first = self.cleaned_data.get("first_dose_on")
        if self.instance is None and self.is_clinic and first and first <= self.today:
            return first
        return None


TAKEN, SKIPPED = "taken", "skipped"


class DoseForm(OneSubmissionMixin, forms.Form):
    """A dose on another day or time: taken (or given at a clinic), or skipped.

    ``instance`` is the dose being changed, if any.
    """

    status = forms.ChoiceField(
        label="What happened?",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose one answer.",
            "invalid_choice": CHOOSE_SHOWN,
        },
    )
    day = forms.DateField(
        label="Date",
        widget=DateInput,
        error_messages={
            "required": "Enter the date.",
            "invalid": "Enter a real date, for example 2026-11-25.",
        },
    )
    time = forms.TimeField(
        label="Time (optional)",
        required=False,
        widget=TimeInput,
        help_text="Leave it empty if you don't know.",
        error_messages={"invalid": "Enter a time like 07:30."},
    )
    note = forms.CharField(
        label="Note (optional)",
        max_length=200,
        required=False,
        error_messages={"max_length": "Keep the note to 200 characters or fewer."},
    )

    def __init__(
        self,
        *args,
        prescription: Prescription,
        now: datetime,
        instance: Dose | None = None,
        **kwargs,
    ):
        self.instance = instance
        super().__init__(*args, **kwargs)
        self.prescription = prescription
        self.now = now
        self.today = timezone.localdate(now)
        given = "Given at the clinic" if prescription.is_clinic else "Taken"
        self.fields["status"].choices = [(TAKEN, given), (SKIPPED, "Skipped")]
        self.fields["status"].initial = TAKEN
        self.fields["day"].initial = self.today
        limit_to_past(self.fields["day"], self.today)
        self.fields["day"].widget.attrs["min"] = prescription.first_dose_on.isoformat()

    def clean_day(self):
        day = check_day(self.cleaned_data["day"], self.today)
        first = self.prescription.first_dose_on
        if day < first:
            raise forms.ValidationError(
                "That is before this medicine's first dose (%(first)s). Check the date, "
                "or change the first dose on the medicine's page.",
                code="before_start",
                params={"first": format_day(first, "long")},
            )
        return day

    def clean(self):
        cleaned = super().clean()
        day = cleaned.get("day")
        if day is not None and "time" not in self.errors:
            moment = self.moment(day, cleaned.get("time"))
            if moment > self.now:
                self.add_error(
                    "time",
                    forms.ValidationError(
                        "That time has not come yet. Enter a time that has passed.",
                        code="future_time",
                    ),
                )
        return cleaned

    def taken_at(self) -> datetime:
        return self.moment(self.cleaned_data["day"], self.cleaned_data.get("time"))

    def moment(self, day: date, at: time_of_day | None) -> datetime:
        """Return the aware moment of a dose in the user's zone: without a time,
        now for today, and midday for an earlier day."""
        if at is None:
            if day == self.today:
                return self.now
            at = time_of_day(12, 0)
        return datetime.combine(day, at, tzinfo=timezone.get_current_timezone())

    @property
    def taken(self) -> bool:
        return self.cleaned_data["status"] == TAKEN

    def service_fields(self) -> dict:
        """Return the dose as ``services.medicines.log_dose`` takes it."""
        fields = {
            "taken": self.taken,
            "taken_at": self.taken_at(),
            "zone": timezone.get_current_timezone(),
            "note": self.cleaned_data["note"],
            "time_known": self.time_known,
        }
        if self.adds_a_row:
            fields["submission"] = self.cleaned_data[SUBMISSION]
        return fields

    @property
    def time_known(self) -> bool:
        """Whether the dose has a real time: one entered, or now for today."""
        return (
            self.cleaned_data.get("time") is not None
            or self.cleaned_data["day"] == self.today
        )


class QuickDoseForm(OneSubmissionMixin, forms.Form):
    """The one-tap dose now, taken or skipped: its button and its token."""

    quick = forms.ChoiceField(choices=[(TAKEN, "Taken now"), (SKIPPED, "Skipped")])

    @property
    def taken(self) -> bool:
        return self.cleaned_data["quick"] == TAKEN


class PauseForm(OneSubmissionMixin, forms.Form):
    """Pause a medicine from today: only its button's token to check."""


class StopForm(forms.Form):
    stopped_on = forms.DateField(
        label="Date you stopped",
        widget=DateInput,
        error_messages={
            "required": "Enter the date you stopped.",
            "invalid": "Enter a real date, for example 2026-11-25.",
        },
    )
    stop_reason = forms.ChoiceField(
        label="Why did you stop?",
        choices=Prescription.StopReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a reason.", "invalid_choice": CHOOSE_SHOWN},
    )
    stop_note = forms.CharField(
        label="Note (optional)",
        max_length=200,
        required=False,
        error_messages={"max_length": "Keep the note to 200 characters or fewer."},
    )
    follow_on = forms.ChoiceField(
        label="Is a follow-on treatment planned?",
        choices=Prescription.FollowOn.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please answer: is a follow-on treatment planned?",
            "invalid_choice": CHOOSE_SHOWN,
        },
    )

    def __init__(self, *args, prescription: Prescription, today: date, **kwargs):
        super().__init__(*args, **kwargs)
        self.prescription = prescription
        self.today = today
        self.fields["stopped_on"].initial = today
        limit_to_past(self.fields["stopped_on"], today)
        medicine = prescription.medicine
        if medicine is None or not medicine.needs_follow_on:
            del self.fields["follow_on"]

    def clean_stopped_on(self):
        day = check_day(self.cleaned_data["stopped_on"], self.today)
        first = self.prescription.first_dose_on
        if day < first:
            raise forms.ValidationError(
                "That is before the first dose (%(first)s).",
                code="before_start",
                params={"first": format_day(first, "long")},
            )
        return day


class CalendarFeedForm(forms.Form):
    shows_names = forms.BooleanField(
        label="Show my medicines' names in the calendar",
        required=False,
        help_text="Otherwise each dose is called “Bone medicine”, so that anyone who "
        "sees your calendar learns nothing about it.",
    )
