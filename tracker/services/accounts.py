"""Writes for accounts: signing up, the profile, and deleting everything."""

from datetime import date
from typing import NotRequired, TypedDict, Unpack

from axes.models import AccessFailureLog, AccessLog
from axes.utils import reset as forget_wrong_passwords
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from ..models import Profile, UserSession
from .common import atomic, check_owner, save_changes


class AccountTaken(Exception):
    """Another account has this user name or email address (``field``)."""

    def __init__(self, field: str):
        super().__init__(field)
        self.field = field


@atomic
def create_account(*, username: str, email: str, password: str):
    """Create a user with ``password`` and an empty profile; return the user.

    The sign-up form checks both names first; when two sign-ups race, the
    database's unique indexes on the user name and on the lower-cased email
    refuse the second, and this raises ``AccountTaken`` naming the field.
    """
    user_model = get_user_model()
    user = user_model(username=username, email=email)
    user.set_password(password)
    try:
        # A savepoint, so the transaction is still usable to find out which.
        with transaction.atomic():
            user.save()
    except IntegrityError:
        if user_model.objects.filter(username=username).exists():
            raise AccountTaken("username") from None
        raise AccountTaken("email") from None
    Profile.objects.create(user=user)
    return user


@atomic
def create_profile(user) -> Profile:
    """Return the user's profile, creating an empty one if they have none.

    Sign-up creates it; an account made another way (``createsuperuser``)
    gets one on its first request.
    """
    profile, _ = Profile.objects.get_or_create(user=user)
    user.profile = profile
    return profile


class ProfileAnswers(TypedDict):
    """What the profile form asks, as it cleans it."""

    birth_year: int | None
    birth_date: date | None
    sex: str
    time_zone: str
    vitamin_d_unit: str
    had_spine_fracture: bool
    weekly_digest: bool
    preferred_name: NotRequired[str]  # kept in the user's first_name


@atomic
def save_profile(
    user, *, profile: Profile, **answers: Unpack[ProfileAnswers]
) -> Profile:
    """Save the user's answers; the first save also marks them as asked.

    The name to greet them by is the user's ``first_name`` (Django's own column).
    """
    if "preferred_name" in answers:
        name = " ".join(answers.pop("preferred_name").split())
        if name != user.first_name:
            user.first_name = name
            user.save(update_fields=["first_name"])
    onboarded_at = profile.onboarded_at or timezone.now()
    return save_changes(user, profile, {**answers, "onboarded_at": onboarded_at})


@atomic
def save_display(
    user, *, profile: Profile, text_size: str, high_contrast: bool
) -> Profile:
    """Save how the user wants pages shown: text size and contrast."""
    return save_changes(
        user, profile, {"text_size": text_size, "high_contrast": high_contrast}
    )


@atomic
def skip_profile(user, *, profile: Profile) -> None:
    """Record that the user chose not to answer now, so they are not asked again."""
    check_owner(profile, user)
    if profile.onboarded_at is None:
        profile.onboarded_at = timezone.now()
        profile.save(update_fields=["onboarded_at"])


@atomic
def delete_account(user) -> None:
    """Delete the user and, by cascade, their profile and everything they logged.

    Their sessions on every device end with it, and so does any record of
    sign-ins and wrong passwords under their user name.
    """
    UserSession.objects.filter(user_id=user.pk).delete()
    forget_wrong_passwords(username=user.get_username())
    for log in (AccessLog, AccessFailureLog):
        log.objects.filter(username=user.get_username()).delete()
    user.delete()


def lift_sign_in_pause(user) -> None:
    """Forget the wrong passwords for ``user``'s name, ending any pause on it."""
    forget_wrong_passwords(username=user.get_username())
