"""Forms of the bone record. They validate only; the services write."""

from decimal import Decimal

from django import forms
from django.utils import timezone

from ..domain import bones
from ..domain.dates import MONTHS, format_day
from ..domain.weeks import FIRST_DAY
from ..models import BoneScan, Fracture, FraxResult, HeightProfile
from ..queries import bones as queries
from .common import CHOOSE_SHOWN, SUBMISSION, OneSubmissionMixin
from .dates import DateInput, check_day, limit_to_past

MINUS_SIGNS = str.maketrans({"−": "-", "–": "-", "—": "-", ",": "."})


class NumberField(forms.DecimalField):
    """A number as a report prints it: "−2.6" (a true minus sign) and "0,812"
    (a decimal comma) read as -2.6 and 0.812.

    A text box, not type=number: a phone's number pad often has no minus key.
    """

    def __init__(self, *, label, low, high, places, unit="", keyboard="text", **kw):
        self.low, self.high, self.unit = low, high, unit
        super().__init__(
            label=label,
            required=kw.pop("required", False),
            max_digits=6,
            decimal_places=places,
            widget=forms.TextInput(
                attrs={"inputmode": keyboard, "autocomplete": "off", "size": 6}
            ),
            error_messages={
                "invalid": "Enter a number, like "
                + kw.pop("example", f"{low + (high - low) / 2:.1f}")
                + ".",
                "max_decimal_places": "Use at most %(max)s digits after the point.",
                "max_digits": "That number is too long.",
                "max_whole_digits": "That number is too long.",
                "required": kw.pop("required_message", "Enter a number."),
            },
            **kw,
        )

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().translate(MINUS_SIGNS)
        return super().to_python(value)

    def validate(self, value):
        super().validate(value)
        if value is not None and not (self.low <= value <= self.high):
            unit = f" {self.unit}" if self.unit else ""
            raise forms.ValidationError(
                "That looks mistyped: a %(what)s is between %(low)s and "
                "%(high)s%(unit)s. Check the number on your report.",
                code="out_of_range",
                params={
                    "what": self.label.split(" (")[0],
                    "low": f"{self.low}".replace("-", "−"),
                    "high": f"{self.high}".replace("-", "−"),
                    "unit": unit,
                },
            )


class ScanForm(OneSubmissionMixin, forms.ModelForm):
    """The scan itself: date, facility, machine. Its sites are ``SiteForm``s."""

    class Meta:
        model = BoneScan
        fields = ["day", "facility", "machine_make", "machine_model", "menopause"]
        labels = {
            "day": "Date of the scan",
            "facility": "Where it was done",
            "machine_make": "Machine make (optional)",
            "machine_model": "Machine model (optional)",
            "menopause": "Women only: at the time of this scan, were you… (optional)",
        }
        help_texts = {
            "facility": "The clinic or hospital, as on the report.",
            "machine_make": "For example Hologic or GE Lunar. Scans are best "
            "compared on the same machine.",
            "menopause": "It decides whether the T-score or the Z-score is the "
            "figure to read.",
        }
        widgets = {"day": DateInput, "menopause": forms.RadioSelect}
        error_messages = {
            "day": {
                "required": "Enter the date of the scan.",
                "invalid": "Enter a date like 2026-03-21.",
            },
            "facility": {"required": "Say where the scan was done, as on the report."},
            "menopause": {"invalid_choice": CHOOSE_SHOWN},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = timezone.localdate()
        limit_to_past(self.fields["day"], self.today)

    def clean_day(self):
        return check_day(self.cleaned_data["day"], self.today)


class SiteForm(forms.Form):
    """One site's results; all empty means the site was not measured."""

    bmd = NumberField(
        label="BMD (g/cm²)",
        low=bones.BMD_RANGE[0],
        high=bones.BMD_RANGE[1],
        places=3,
        unit="g/cm²",
        keyboard="decimal",
        example="0.812",
    )
    t_score = NumberField(
        label="T-score",
        low=bones.T_SCORE_RANGE[0],
        high=bones.T_SCORE_RANGE[1],
        places=1,
        example="−2.1",
    )
    z_score = NumberField(
        label="Z-score",
        low=bones.Z_SCORE_RANGE[0],
        high=bones.Z_SCORE_RANGE[1],
        places=1,
        example="−0.8",
    )
    lsc_percent = NumberField(
        label="LSC (%) if the report gives it",
        low=bones.LSC_RANGE[0],
        high=bones.LSC_RANGE[1],
        places=1,
        unit="%",
        keyboard="decimal",
        example="2.8",
    )

    def __init__(self, *args, site, **kwargs):
        super().__init__(*args, prefix=site, **kwargs)
        self.site = site
        self.label = bones.SITES[site]

    def clean(self):
        data = super().clean()
        values = [data.get(name) for name in ("bmd", "t_score", "z_score")]
        if (
            data.get("lsc_percent") is not None
            and not any(value is not None for value in values)
            and not self.errors
        ):
            self.add_error(
                "lsc_percent",
                "Enter this site's BMD, T-score or Z-score too, or clear its LSC.",
            )
        return data

    @property
    def measured(self) -> bool:
        return any(
            self.cleaned_data.get(name) is not None
            for name in ("bmd", "t_score", "z_score")
        )

    def result(self) -> dict:
        return {"site": self.site, **self.cleaned_data}


def scan_forms(data, scan: BoneScan) -> tuple[ScanForm, list[SiteForm]]:
    """The scan form and one site form per site, filled from ``scan``'s sites."""
    initial = {}
    if scan.pk:
        initial = {
            row.site: {
                "bmd": row.bmd,
                "t_score": row.t_score,
                "z_score": row.z_score,
                "lsc_percent": row.lsc_percent,
            }
            for row in scan.sites.all()
        }
    return ScanForm(data, instance=scan), [
        SiteForm(data, site=site, initial=initial.get(site)) for site in bones.SITES
    ]


NO_SITE = (
    "Enter the results of at least one site: its BMD, T-score or Z-score. "
    "The rest can stay empty."
)


def valid_scan(scan_form: ScanForm, site_forms: list[SiteForm]) -> bool:
    """Validate every form; a scan needs at least one measured site."""
    valid = all([form.is_valid() for form in (scan_form, *site_forms)])
    if valid and not any(form.measured for form in site_forms):
        scan_form.add_error(None, NO_SITE)
        return False
    return valid


def measured_sites(site_forms: list[SiteForm]) -> list[dict]:
    return [form.result() for form in site_forms if form.measured]


# --- Height ---------------------------------------------------------------------


def height_fields(unit: str, *, prefix_label: str, required: bool) -> dict:
    """A height's boxes: centimetres, or feet and inches."""
    need = "Enter the height." if required else None
    if unit == bones.FT_IN:
        return {
            "feet": forms.IntegerField(
                label=f"{prefix_label}: feet",
                required=required,
                min_value=3,
                max_value=8,
                widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
                error_messages={
                    "required": need or "",
                    "invalid": "Enter whole feet, like 5.",
                    "min_value": "Enter feet from 3 to 8.",
                    "max_value": "Enter feet from 3 to 8.",
                },
            ),
            "inches": NumberField(
                label=f"{prefix_label}: inches",
                low=Decimal(0),
                high=Decimal("11.9"),
                places=1,
                unit="inches",
                keyboard="decimal",
                example="4.5",
                required=False,
            ),
        }
    return {
        "cm": NumberField(
            label=f"{prefix_label} (cm)",
            low=bones.HEIGHT_RANGE_CM[0],
            high=bones.HEIGHT_RANGE_CM[1],
            places=1,
            unit="cm",
            keyboard="decimal",
            example="162.5",
            required=required,
            required_message=need or "",
        )
    }


def height_in_cm(form: forms.Form, unit: str) -> Decimal | None:
    data = form.cleaned_data
    if unit == bones.FT_IN:
        if data.get("feet") is None:
            if data.get("inches") is not None:
                form.add_error("feet", "Enter the feet as well as the inches.")
            return None
        cm = bones.cm_from_feet_inches(data["feet"], data.get("inches") or Decimal(0))
        low, high = bones.HEIGHT_RANGE_CM
        if not low <= cm <= high:
            form.add_error("feet", "That height looks mistyped: check it.")
            return None
        return cm
    return data.get("cm")


class HeightForm(OneSubmissionMixin, forms.Form):
    """A measured height, in the user's unit, with its date (one a day)."""

    day = forms.DateField(
        label="Date measured",
        widget=DateInput,
        error_messages={
            "required": "Enter the date it was measured.",
            "invalid": "Enter a date like 2026-03-21.",
        },
    )

    def __init__(self, data=None, *, user, unit):
        super().__init__(data)
        self.user, self.unit = user, unit
        self.today = timezone.localdate()
        self.initial["day"] = self.today
        limit_to_past(self.fields["day"], self.today)
        self.fields.update(height_fields(unit, prefix_label="Height", required=True))

    def clean_day(self):
        return check_day(self.cleaned_data["day"], self.today)

    def clean(self):
        data = super().clean()
        day = data.get("day")
        # After the token is read: this form sent again finds its own height.
        if day and queries.height_on(self.user, day, submission=data[SUBMISSION]):
            self.add_error(
                "day",
                forms.ValidationError(
                    "You already have a height for %(day)s. Delete it first to "
                    "enter another.",
                    code="taken",
                    params={"day": format_day(day)},
                ),
            )
        data["cm"] = height_in_cm(self, self.unit)
        return data

    def measurement(self) -> dict:
        return {
            "day": self.cleaned_data["day"],
            "cm": self.cleaned_data["cm"],
            "submission": self.cleaned_data[SUBMISSION],
        }


class HeightSettingsForm(forms.Form):
    """The tallest remembered adult height and the unit heights show in.

    The tallest height is read in the unit the page showed (``entered_in``),
    so changing the unit and the height together works.
    """

    unit = forms.ChoiceField(
        label="Show heights in",
        choices=HeightProfile.Unit.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a unit.", "invalid_choice": CHOOSE_SHOWN},
    )

    def __init__(self, data=None, *, profile: HeightProfile):
        super().__init__(data)
        self.entered_in = profile.unit
        self.initial["unit"] = profile.unit
        fields = height_fields(
            profile.unit, prefix_label="Your tallest height as an adult", required=False
        )
        for field in fields.values():
            field.help_text = ""
        self.fields.update(fields)
        if profile.tallest_cm is not None:
            if profile.unit == bones.FT_IN:
                feet, inches = bones.feet_inches(profile.tallest_cm)
                self.initial.update(feet=feet, inches=inches)
            else:
                self.initial["cm"] = bones.round_to(
                    profile.tallest_cm, bones.ONE_DECIMAL
                )

    def clean(self):
        data = super().clean()
        data["tallest_cm"] = height_in_cm(self, self.entered_in)
        return data

    def settings(self) -> dict:
        return {
            "tallest_cm": self.cleaned_data["tallest_cm"],
            "unit": self.cleaned_data["unit"],
        }


# --- Fractures and FRAX --------------------------------------------------------


class FractureForm(OneSubmissionMixin, forms.ModelForm):
    year = forms.IntegerField(
        label="Year",
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": "Enter the year it happened, like 2019.",
            "invalid": "Enter the year as a number, like 2019.",
        },
    )
    month = forms.TypedChoiceField(
        label="Month (optional)",
        choices=[("", "I don't remember")]
        + [(str(number), name) for number, name in enumerate(MONTHS, 1)],
        coerce=int,
        empty_value=None,
        required=False,
        error_messages={"invalid_choice": CHOOSE_SHOWN},
    )
    bone = forms.ChoiceField(
        label="Which bone?",
        choices=Fracture.Bone.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose the bone that broke.",
            "invalid_choice": CHOOSE_SHOWN,
        },
    )
    from_low_fall = forms.ChoiceField(
        label="Did it happen in a fall from standing height or less?",
        choices=Fracture.LowFall.choices,
        widget=forms.RadioSelect,
        help_text="For example tripping on the flat, or falling from a chair. "
        "Your clinician calls this a fragility fracture.",
        error_messages={
            "required": "Please choose one answer.",
            "invalid_choice": CHOOSE_SHOWN,
        },
    )

    class Meta:
        model = Fracture
        fields = [
            "year",
            "month",
            "bone",
            "other_bone",
            "from_low_fall",
            "fall",
            "note",
        ]
        labels = {
            "other_bone": "Which bone, if another (optional)",
            "fall": "Did a fall you logged cause it? (optional)",
            "note": "Note (optional)",
        }
        error_messages = {"fall": {"invalid_choice": CHOOSE_SHOWN}}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = timezone.localdate()
        self.fields["year"].widget.attrs.update(min=FIRST_DAY.year, max=self.today.year)
        falls = self.fields["fall"]
        falls.queryset = queries.falls_for_fractures(user)
        falls.empty_label = "No, or not logged here"
        falls.label_from_instance = lambda fall: f"{format_day(fall.day)}: {fall.place}"

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year < FIRST_DAY.year:
            raise forms.ValidationError(
                "Enter a year from %(first)s on.", params={"first": FIRST_DAY.year}
            )
        if year > self.today.year:
            raise forms.ValidationError(
                "That year is in the future. This year is %(year)s.",
                params={"year": self.today.year},
            )
        return year

    def clean(self):
        data = super().clean()
        year, month = data.get("year"), data.get("month")
        if year == self.today.year and month and month > self.today.month:
            self.add_error(
                "month",
                f"That month is in the future. This month is "
                f"{MONTHS[self.today.month - 1]} {self.today.year}.",
            )
        if data.get("bone") != Fracture.Bone.OTHER:
            data["other_bone"] = ""
        return data


class FraxResultForm(OneSubmissionMixin, forms.ModelForm):
    major_percent = NumberField(
        label="Major osteoporotic fracture (%)",
        low=Decimal(0),
        high=Decimal(100),
        places=1,
        unit="%",
        keyboard="decimal",
        example="12.5",
    )
    hip_percent = NumberField(
        label="Hip fracture (%)",
        low=Decimal(0),
        high=Decimal(100),
        places=1,
        unit="%",
        keyboard="decimal",
        example="2.1",
    )

    class Meta:
        model = FraxResult
        fields = ["day", "major_percent", "hip_percent", "with_bmd"]
        labels = {"day": "Date you ran the calculator"}
        widgets = {"day": DateInput}
        error_messages = {
            "day": {
                "required": "Enter the date you ran it.",
                "invalid": "Enter a date like 2026-03-21.",
            }
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = timezone.localdate()
        self.initial.setdefault("day", self.today)
        limit_to_past(self.fields["day"], self.today)

    def clean_day(self):
        return check_day(self.cleaned_data["day"], self.today)

    def clean(self):
        data = super().clean()
        if (
            not self.errors
            and data.get("major_percent") is None
            and data.get("hip_percent") is None
        ):
            self.add_error("major_percent", "Enter at least one of the two results.")
        return data
