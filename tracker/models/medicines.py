"""Osteoporosis medicines: the library admins edit, and each user's own
prescriptions, doses, pauses, reminders and calendar feed.

The app reminds people of their own prescription. The library says how each
medicine is usually given, from docs/bone-facts.md §7; it never suggests one.
Schedules, due dates and adherence are worked out in ``tracker/domain/medicines.py``.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from ..domain import medicines
from .emails import ClaimedEmail
from .guidance import CitedModel, Source
from .stable_ids import stable_id
from .text import GUIDANCE_TEXT_MAX, BoundedTextField, length_checks

NOTE_MAX = 500


def validate_schedules(value):
    if not isinstance(value, list) or not value:
        raise ValidationError("List at least one schedule.", code="no_schedules")
    unknown = [code for code in value if code not in medicines.SCHEDULES]
    if unknown:
        raise ValidationError(
            "Unknown schedules: %(codes)s. Use %(known)s.",
            code="unknown_schedule",
            params={
                "codes": ", ".join(map(str, unknown)),
                "known": ", ".join(medicines.SCHEDULES),
            },
        )


class Route(models.TextChoices):
    """How a medicine is given, and so who gives it."""

    TABLET = "tablet", "Tablet taken at home"
    SELF_INJECTION = "self_injection", "Injection you give yourself"
    CLINIC_INJECTION = "clinic_injection", "Injection given at a clinic"
    INFUSION = "infusion", "Infusion (drip) given at a clinic"


CLINIC_ROUTES = (Route.CLINIC_INJECTION, Route.INFUSION)


def rule_for(route: str) -> str:
    """Clinic doses are counted from the last one given; home doses keep to the
    calendar (docs/bone-facts.md §7)."""
    return medicines.FROM_LAST_DOSE if route in CLINIC_ROUTES else medicines.CALENDAR


class Medicine(CitedModel):
    """An osteoporosis medicine, as the library describes it."""

    class DrugClass(models.TextChoices):
        BISPHOSPHONATE = "bisphosphonate", "Bisphosphonate"
        RANKL_ANTIBODY = "rankl_antibody", "RANKL antibody"
        SERM = "serm", "SERM (selective estrogen receptor modulator)"
        PTH_ANALOGUE = "pth_analogue", "PTH analogue"
        SCLEROSTIN_ANTIBODY = "sclerostin_antibody", "Sclerostin antibody"

    class Action(models.TextChoices):
        SLOWS_LOSS = "slows_loss", "Slows bone loss"
        BUILDS = "builds", "Builds bone"

    name = models.CharField(
        "generic name",
        max_length=100,
        unique=True,
        help_text="As on the pharmacy label, e.g. Alendronate.",
    )
    slug = models.SlugField(max_length=100, unique=True)
    brand_names = models.CharField(
        max_length=200, blank=True, help_text="Comma-separated, e.g. Fosamax, Binosto."
    )
    drug_class = models.CharField(max_length=30, choices=DrugClass)
    action = models.CharField("what it does", max_length=20, choices=Action)
    route = models.CharField("how it is given", max_length=20, choices=Route)
    schedules = models.JSONField(
        default=list,
        validators=[validate_schedules],
        help_text="The schedules it is prescribed on; users choose one of them.",
    )
    how_to_take = BoundedTextField(
        max_length=GUIDANCE_TEXT_MAX,
        help_text="In plain words, as a reminder of what the pharmacy label says.",
    )
    how_to_take_unverified = models.BooleanField(
        "how to take it is not yet checked against the label",
        default=False,
        help_text="Shown with “check this with your pharmacist”.",
    )
    wait_minutes = models.PositiveSmallIntegerField(
        "minutes to stay upright and wait",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text="For tablets taken on waking: after a dose, the page shows until "
        "when to stay upright and wait before food, drinks, calcium or other "
        "medicines. Leave empty for other medicines.",
    )
    course_group = models.SlugField(
        max_length=30,
        blank=True,
        help_text="Medicines with the same group share one course limit, counted "
        "together over a lifetime (teriparatide and abaloparatide).",
    )
    course_limit_doses = models.PositiveSmallIntegerField(
        "course limit (doses)",
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="The most doses in a lifetime; empty when there is no limit.",
    )
    course_warning_doses = models.PositiveSmallIntegerField(
        "say the end is near this many doses before it",
        null=True,
        blank=True,
        help_text="Then a note suggests asking the clinician what comes next.",
    )
    course_note = BoundedTextField(max_length=GUIDANCE_TEXT_MAX, blank=True)
    course_unverified = models.BooleanField(
        "the course limit is not yet checked against the label", default=False
    )
    missed_dose_note = BoundedTextField(
        max_length=GUIDANCE_TEXT_MAX,
        blank=True,
        help_text="What the label says about a late or missed dose.",
    )
    stopping_note = BoundedTextField(
        "what stopping means",
        max_length=GUIDANCE_TEXT_MAX,
        blank=True,
        help_text="Shown when someone stops this medicine.",
    )
    stopping_unverified = models.BooleanField(
        "what stopping means is not yet checked", default=False
    )
    stopping_source = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Where the note on stopping comes from, if not the main source.",
    )
    needs_follow_on = models.BooleanField(
        "needs a follow-on treatment when stopped",
        default=False,
        help_text="Stopping then asks whether a follow-on treatment is planned, "
        "and says why it matters.",
    )
    book_days_before_due = models.PositiveSmallIntegerField(
        "days before the due date to say “book your appointment”",
        null=True,
        blank=True,
        help_text="For medicines given at a clinic. Empty: no booking stage.",
    )
    urgent_days_after_due = models.PositiveSmallIntegerField(
        "days after the due date to say “urgent: contact your clinician now”",
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="Empty: a late dose is only ever “late”.",
    )
    stages_note = BoundedTextField(
        "why the timing matters",
        max_length=GUIDANCE_TEXT_MAX,
        blank=True,
        help_text="The reason behind the booking and urgent stages, shown with them.",
    )
    stages_unverified = models.BooleanField(
        "the timing is not yet checked against its source", default=False
    )
    order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(
        default=True,
        help_text="Untick to take it out of the library; people's own prescriptions "
        "of it are kept.",
    )

    class Meta(CitedModel.Meta):
        ordering = ["order", "name"]
        constraints = [
            *length_checks(
                course_note=GUIDANCE_TEXT_MAX,
                how_to_take=GUIDANCE_TEXT_MAX,
                missed_dose_note=GUIDANCE_TEXT_MAX,
                stages_note=GUIDANCE_TEXT_MAX,
                stopping_note=GUIDANCE_TEXT_MAX,
            ),
            models.CheckConstraint(
                condition=Q(course_limit_doses__isnull=True)
                | Q(course_limit_doses__gte=1),
                name="medicine_course_limit_positive",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.course_warning_doses is not None and self.course_limit_doses is None:
            raise ValidationError(
                {"course_warning_doses": "Set a course limit first."},
                code="warning_without_limit",
            )
        if (
            self.course_warning_doses is not None
            and self.course_limit_doses is not None
            and self.course_warning_doses >= self.course_limit_doses
        ):
            raise ValidationError(
                {"course_warning_doses": "Make it less than the course limit."},
                code="warning_past_limit",
            )

    @property
    def is_clinic(self) -> bool:
        return self.route in CLINIC_ROUTES

    @property
    def schedule_choices(self) -> list[tuple[str, str]]:
        return [
            (code, medicines.SCHEDULES[code].words.capitalize())
            for code in self.schedules
            if code in medicines.SCHEDULES
        ]


class Prescription(models.Model):
    """A medicine as prescribed to one user: their own schedule and dates.

    ``medicine`` is empty for a medicine not in the library; ``own_name`` and
    ``own_route`` then say what it is and who gives it.
    """

    class StopReason(models.TextChoices):
        FINISHED = "finished", "Finished the course"
        SWITCHED = "switched", "Switched to another medicine"
        SIDE_EFFECTS = "side_effects", "Side effects"
        CLINICIAN = "clinician", "My clinician decided"
        OTHER = "other", "Another reason"

    class FollowOn(models.TextChoices):
        PLANNED = "planned", "Yes, a follow-on treatment is planned"
        NOT_PLANNED = "not_planned", "No"
        NOT_SURE = "not_sure", "I am not sure"

    uid = stable_id()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="prescriptions"
    )
    # PROTECT: a library medicine that people take is retired, not deleted.
    medicine = models.ForeignKey(
        Medicine,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="prescriptions",
    )
    own_name = models.CharField("name", max_length=100, blank=True)
    own_route = models.CharField(
        "how it is given", max_length=20, choices=Route, blank=True
    )
    interval_count = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    interval_unit = models.CharField(
        max_length=5,
        choices=[
            (medicines.DAY, "days"),
            (medicines.WEEK, "weeks"),
            (medicines.MONTH, "months"),
        ],
    )
    first_dose_on = models.DateField(
        help_text="The first dose, or the day this schedule starts; the user's own day."
    )
    end_on = models.DateField(null=True, blank=True)
    usual_time = models.TimeField(null=True, blank=True)
    prescriber = models.CharField(max_length=100, blank=True)
    note = models.CharField(max_length=NOTE_MAX, blank=True)
    earlier_doses = models.PositiveSmallIntegerField(
        default=0,
        validators=[MaxValueValidator(5000)],
        help_text="Doses of this course taken before they were logged here.",
    )
    stopped_on = models.DateField(null=True, blank=True)
    stop_reason = models.CharField(max_length=20, choices=StopReason, blank=True)
    stop_note = models.CharField(max_length=200, blank=True)
    follow_on = models.CharField(max_length=20, choices=FollowOn, blank=True)
    remind_before = models.BooleanField(default=False)
    remind_due = models.BooleanField(default=False)
    remind_late = models.BooleanField(default=False)
    remind_urgent = models.BooleanField(default=False)
    remind_at = models.TimeField(
        default="09:00", help_text="The user's local time for reminder emails."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["user", "stopped_on"], name="prescription_user")
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(medicine__isnull=False) | ~Q(own_name=""),
                name="prescription_names_its_medicine",
            ),
            models.CheckConstraint(
                condition=Q(medicine__isnull=False) | ~Q(own_route=""),
                name="prescription_own_medicine_has_route",
            ),
            models.CheckConstraint(
                condition=Q(interval_unit__in=medicines.UNITS)
                & Q(interval_count__gte=1),
                name="prescription_interval_known",
            ),
            models.CheckConstraint(
                condition=Q(end_on__isnull=True)
                | Q(end_on__gte=models.F("first_dose_on")),
                name="prescription_ends_after_it_starts",
            ),
        ]

    def __str__(self):
        # No user: the admin may list prescriptions when a medicine is deleted.
        return f"{self.name}, {self.interval.words}"

    @property
    def name(self) -> str:
        return self.medicine.name if self.medicine_id else self.own_name

    @property
    def route(self) -> str:
        return self.medicine.route if self.medicine_id else self.own_route

    @property
    def is_clinic(self) -> bool:
        return self.route in CLINIC_ROUTES

    @property
    def rule(self) -> str:
        return rule_for(self.route)

    @property
    def interval(self) -> medicines.Interval:
        return medicines.Interval(self.interval_count, self.interval_unit)

    @property
    def is_stopped(self) -> bool:
        return self.stopped_on is not None

    @property
    def reminder_stages(self) -> frozenset[str]:
        return frozenset(
            stage
            for stage, wanted in (
                (medicines.BEFORE, self.remind_before),
                (medicines.DUE, self.remind_due),
                (medicines.LATE, self.remind_late),
                (medicines.URGENT, self.remind_urgent),
            )
            if wanted
        )


class PrescriptionPause(models.Model):
    """Days on which a prescription was paused: no dose is due and none counts."""

    prescription = models.ForeignKey(
        Prescription, on_delete=models.CASCADE, related_name="pauses"
    )
    start_on = models.DateField()
    end_on = models.DateField(
        null=True, blank=True, help_text="The day it was taken up again."
    )

    class Meta:
        ordering = ["start_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_on__isnull=True) | Q(end_on__gte=models.F("start_on")),
                name="pause_ends_after_it_starts",
            ),
            models.UniqueConstraint(
                fields=["prescription"],
                condition=Q(end_on__isnull=True),
                name="one_open_pause",
            ),
        ]

    def __str__(self):
        return f"Paused from {self.start_on}"

    def as_pause(self) -> medicines.Pause:
        return medicines.Pause(self.start_on, self.end_on)


class Dose(models.Model):
    """A dose taken (or given at a clinic), or skipped on purpose."""

    uid = stable_id()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    prescription = models.ForeignKey(
        Prescription, on_delete=models.CASCADE, related_name="doses"
    )
    taken = models.BooleanField(default=True, help_text="Untick for a skipped dose.")
    taken_at = models.DateTimeField(help_text="When it was taken, or when it was due.")
    day = models.DateField(help_text="The user's own local day of taken_at.")
    time_known = models.BooleanField(
        default=True,
        help_text="False when only the day was given; taken_at is then midday.",
    )
    note = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-taken_at", "-pk"]
        indexes = [
            models.Index(fields=["prescription", "day"], name="dose_prescription_day"),
            models.Index(fields=["user", "day"], name="dose_user_day"),
        ]

    def __str__(self):
        return f"{'Taken' if self.taken else 'Skipped'} on {self.day:%Y-%m-%d}"

    def as_dose(self) -> medicines.Dose:
        return medicines.Dose(self.day, self.taken)


class MedicineReminder(ClaimedEmail):
    """One reminder email: a prescription's dose due on a day, at one stage.

    The row is the claim: ``send_medicine_reminders`` moves it from pending (or
    failed) to sending with a conditional update, so no two runs, even at the same
    moment on two machines, send the same reminder twice.
    """

    prescription = models.ForeignKey(
        Prescription, on_delete=models.CASCADE, related_name="reminders"
    )
    due_on = models.DateField()
    stage = models.CharField(
        max_length=10, choices=[(stage, stage) for stage in medicines.REMINDER_STAGES]
    )

    class Meta(ClaimedEmail.Meta):
        constraints = [
            *ClaimedEmail.Meta.constraints,
            models.UniqueConstraint(
                fields=["prescription", "due_on", "stage"],
                name="one_reminder_per_dose_and_stage",
            ),
        ]

    def __str__(self):
        return f"Reminder ({self.stage}) for a dose due {self.due_on}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(24)


class CalendarFeed(models.Model):
    """A private calendar address listing the user's next doses.

    The token is the only key: revoking makes a new one, and the old address
    stops answering. Drug names are left out unless the user asks for them.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    shows_names = models.BooleanField(
        "show the medicines' names in my calendar", default=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return "Calendar feed"
