from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from ..domain.time_zones import known_time_zones


def validate_time_zone(value):
    if value not in known_time_zones():
        raise ValidationError(
            "“%(value)s” is not a time zone we know. Pick one from the list.",
            code="unknown_time_zone",
            params={"value": value},
        )


class Profile(models.Model):
    """What a user tells us so targets and "today" fit them."""

    class Sex(models.TextChoices):
        FEMALE = "female", "Female"
        MALE = "male", "Male"
        UNSPECIFIED = "unspecified", "Prefer not to say"

    class VitaminDUnit(models.TextChoices):
        IU = "IU", "IU (international units)"
        MCG = "mcg", "µg (micrograms)"

    class TextSize(models.TextChoices):
        NORMAL = "normal", "Normal"
        LARGE = "large", "Large"
        LARGER = "larger", "Larger"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    birth_year = models.PositiveSmallIntegerField(null=True, blank=True)
    birth_date = models.DateField(null=True, blank=True)
    sex = models.CharField(max_length=12, choices=Sex, default=Sex.UNSPECIFIED)
    time_zone = models.CharField(
        max_length=64, default="UTC", validators=[validate_time_zone]
    )
    vitamin_d_unit = models.CharField(
        max_length=3, choices=VitaminDUnit, default=VitaminDUnit.IU
    )
    had_spine_fracture = models.BooleanField(
        "I have had a spine (vertebral) fracture", default=False
    )
    weekly_digest = models.BooleanField(
        "Email me a summary of each week", default=False
    )
    # Set the first time the user saves or skips the profile, so we ask only once.
    onboarded_at = models.DateTimeField(null=True, blank=True)
    text_size = models.CharField(
        max_length=6, choices=TextSize, default=TextSize.NORMAL
    )
    high_contrast = models.BooleanField("High contrast", default=False)

    def __str__(self):
        return f"Profile of {self.user}"

    @property
    def display_classes(self) -> str:
        """The classes ``<html>`` carries for this user's text size and contrast.

        static/css/app.css sizes every page from them; static/js/display.js sets
        the same classes when the setting changes, without a reload.
        """
        classes = (
            [] if self.text_size == self.TextSize.NORMAL else [f"text-{self.text_size}"]
        )
        if self.high_contrast:
            classes.append("high-contrast")
        return " ".join(classes)
