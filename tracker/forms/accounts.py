import json

from django import forms
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.forms import UserCreationForm
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.crypto import get_random_string

from ..domain import time_zones
from ..emails import send_in_background
from ..models import Profile
from .common import TOO_LONG
from .dates import DateInput

# What sign-up says when a user name or an email address is taken, from the form's
# own check or from the database's unique index when two sign-ups race. The first
# is Django's own wording, which UserCreationForm shows.
USERNAME_TAKEN = "A user with that username already exists."
EMAIL_TAKEN = (
    "An account already uses this email address. Try logging in, or reset your "
    "password."
)


def password_is_right(request, user, password: str) -> bool:
    """Check the signed-in user's password the way signing in does.

    Going through ``authenticate`` lets django-axes count a wrong password here
    toward the same limit as the sign-in page, and refuse a paused account
    before any password is hashed.
    """
    checked = authenticate(request, username=user.get_username(), password=password)
    return checked is not None and checked.pk == user.pk


class SignupForm(UserCreationForm):
    email = forms.EmailField(
        help_text="Used only to reset your password if you forget it.",
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")

    def clean_email(self):
        email = self.cleaned_data["email"]
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(EMAIL_TAKEN, code="duplicate_email")
        return email


def first_birth_year(this_year: int) -> int:
    """Return the earliest plausible year of birth: 120 years ago."""
    return this_year - 120


class TimeZoneField(forms.ChoiceField):
    """Offers the short list, and accepts any zone the tz database knows, so a
    saved or imported legacy name ("US/Eastern") stays valid; the form saves a
    legacy alias as its listed zone."""

    def valid_value(self, value):
        return value in time_zones.known_time_zones()


class DisplayForm(forms.ModelForm):
    """Text size and contrast: saved on their own, as soon as they change."""

    class Meta:
        model = Profile
        fields = ["text_size", "high_contrast"]
        labels = {
            "text_size": "Text size",
            "high_contrast": "High contrast: black text, heavier lines and borders",
        }
        help_texts = {
            "text_size": "Makes the text and buttons of every page bigger.",
        }
        widgets = {"text_size": forms.RadioSelect}


class ProfileForm(forms.ModelForm):
    preferred_name = forms.CharField(
        label="What should we call you? (optional)",
        max_length=150,  # the user's first_name column
        required=False,
        help_text="Used to greet you, as in “Hello, Maria”. Without it, we say “Hello”.",
        error_messages={"max_length": TOO_LONG},
    )
    time_zone = TimeZoneField(
        choices=time_zones.time_zone_choices,
        help_text="So that “today” and “this week” match your clock.",
    )

    class Meta:
        model = Profile
        fields = [
            "birth_year",
            "birth_date",
            "sex",
            "time_zone",
            "vitamin_d_unit",
            "had_spine_fracture",
            "weekly_digest",
        ]
        labels = {
            "birth_year": "Year of birth (optional)",
            "birth_date": "Date of birth (optional, more exact than the year)",
            "vitamin_d_unit": "Show vitamin D in",
        }
        help_texts = {
            "birth_year": "Calcium and vitamin D targets change at ages 51 and 71.",
            "sex": "Calcium targets differ for women and men between 51 and 70.",
            "had_spine_fracture": (
                "If so, the exercise pages suggest gentler, lower-impact choices."
            ),
            "weekly_digest": (
                "Sent early each week. Every email has a link to stop them."
            ),
        }
        widgets = {
            "birth_year": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "birth_date": DateInput,
            "sex": forms.RadioSelect,
            "vitamin_d_unit": forms.RadioSelect,
        }
        error_messages = {
            "birth_date": {"invalid": "Enter a date like 1958-04-23."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("preferred_name", self.instance.user.first_name)
        # The name comes first, before the questions about targets.
        self.order_fields(["preferred_name"])
        today = timezone.localdate()
        self.fields["birth_date"].widget.attrs.update(
            min=f"{first_birth_year(today.year):04d}-01-01", max=today.isoformat()
        )
        zone_field = self.fields["time_zone"]
        saved = self.instance.time_zone
        # A saved legacy alias shows as its listed zone ("US/Eastern" as America /
        # New York) and is saved as that; a saved zone with no listed match
        # ("Etc/GMT+5") stays on offer, so nobody's saved zone turns invalid.
        listed = time_zones.canonical_time_zone(saved)
        self.initial["time_zone"] = listed
        if listed not in time_zones.canonical_time_zones():
            zone_field.choices = [
                (saved, time_zones.time_zone_label(saved)),
                *time_zones.time_zone_choices(),
            ]
        if self.instance.onboarded_at is None:
            # static/js/time_zone.js preselects the browser's zone on first visit,
            # through its alias when the browser reports a legacy name.
            zone_field.widget.attrs["data-detect-time-zone"] = "true"
            zone_field.widget.attrs["data-time-zone-aliases"] = json.dumps(
                time_zones.time_zone_aliases(), separators=(",", ":")
            )

    def clean_time_zone(self):
        return time_zones.canonical_time_zone(self.cleaned_data["time_zone"])

    def clean_birth_year(self):
        year = self.cleaned_data["birth_year"]
        this_year = timezone.localdate().year
        if year is not None and not (first_birth_year(this_year) <= year <= this_year):
            raise forms.ValidationError(
                "Enter a four-digit year between %(first)s and %(last)s.",
                code="implausible_year",
                params={"first": first_birth_year(this_year), "last": this_year},
            )
        return year

    def clean_birth_date(self):
        birth_date = self.cleaned_data["birth_date"]
        today = timezone.localdate()
        if birth_date is not None and birth_date > today:
            raise forms.ValidationError(
                "Your date of birth cannot be in the future.", code="future_birth_date"
            )
        if birth_date is not None and birth_date.year < first_birth_year(today.year):
            raise forms.ValidationError(
                "Enter a date of birth in %(first)s or later, like 1958-04-23.",
                code="implausible_birth_date",
                params={"first": first_birth_year(today.year)},
            )
        return birth_date

    def clean(self):
        cleaned = super().clean()
        birth_date = cleaned.get("birth_date")
        birth_year = cleaned.get("birth_year")
        if birth_date and birth_year and birth_date.year != birth_year:
            self.add_error(
                "birth_date",
                forms.ValidationError(
                    "This date is not in the year of birth you gave (%(year)s).",
                    code="year_mismatch",
                    params={"year": birth_year},
                ),
            )
        elif birth_date:
            cleaned["birth_year"] = birth_date.year
        return cleaned


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="To be sure it is you.",
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not password_is_right(self.request, self.request.user, password):
            raise forms.ValidationError(
                "That password is not right. Nothing was deleted.",
                code="wrong_password",
            )
        return password


class PasswordChangeForm(auth_forms.PasswordChangeForm):
    """Django's form, with the old password checked as signing in checks it."""

    def __init__(self, user, *args, request, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.request = request

    def clean_old_password(self):
        old_password = self.cleaned_data["old_password"]
        if not password_is_right(self.request, self.user, old_password):
            raise forms.ValidationError(
                self.error_messages["password_incorrect"], code="password_incorrect"
            )
        return old_password


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's form, doing the same work whether or not the address has an account.

    For an unknown address it makes the link and the message for a stand-in
    user and then drops them, and a real message is sent from another thread:
    either way the answer takes the same time, so it does not tell a stranger
    which addresses have accounts.
    """

    def get_users(self, email):
        users = list(super().get_users(email))
        self.has_account = bool(users)
        if users:
            return users
        # Never saved: its only use is to make a link of the usual cost.
        stand_in = get_user_model()(
            pk=0, email=email, password=f"!{get_random_string(40)}"
        )
        return [stand_in]

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        message = self.build_message(
            subject_template_name,
            email_template_name,
            context,
            from_email,
            to_email,
            html_email_template_name,
        )
        if self.has_account:
            send_in_background(message)

    @staticmethod
    def build_message(
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name,
    ) -> EmailMultiAlternatives:
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        message = EmailMultiAlternatives(
            subject,
            render_to_string(email_template_name, context),
            from_email,
            [to_email],
        )
        if html_email_template_name is not None:
            message.attach_alternative(
                render_to_string(html_email_template_name, context), "text/html"
            )
        return message
