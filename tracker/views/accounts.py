from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from ..forms.accounts import (
    EMAIL_TAKEN,
    USERNAME_TAKEN,
    DeleteAccountForm,
    DisplayForm,
    PasswordChangeForm,
    PasswordResetForm,
    ProfileForm,
    SignupForm,
)
from ..services import accounts as services
from .common import post_data


def signup(request):
    if request.user.is_authenticated:
        return redirect("tracker:summary_dashboard")
    form = SignupForm(post_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            user = services.create_account(
                username=form.cleaned_data["username"],
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password1"],
            )
        except services.AccountTaken as taken:
            # Another sign-up with the same name or address won the race.
            form.add_error(
                taken.field,
                USERNAME_TAKEN if taken.field == "username" else EMAIL_TAKEN,
            )
        else:
            login(request, user, backend="tracker.auth_backends.ProfileModelBackend")
            messages.success(request, "Welcome! Your account is ready.")
            return redirect("tracker:account_profile")
    return render(request, "registration/signup.html", {"form": form})


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's view, with the old password counted toward sign-in throttling."""

    form_class = PasswordChangeForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}


class PasswordResetView(auth_views.PasswordResetView):
    """Django's view, answering known and unknown addresses alike."""

    form_class = PasswordResetForm


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Django's view; a new password also lifts a pause on signing in.

    Whoever opened the emailed link has shown that the account is theirs, so a
    stranger's wrong guesses should not keep them out.
    """

    def form_valid(self, form):
        response = super().form_valid(form)
        services.lift_sign_in_pause(form.user)
        return response


def signing_in_paused(request, original_response=None, credentials=None):
    """What django-axes shows instead of a page whose password check was refused."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "registration/signing_in_paused.html",
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )


@login_required
def profile(request):
    """Edit the profile; the first visit explains why each answer helps."""
    profile = request.profile
    first_visit = profile.onboarded_at is None
    form = ProfileForm(post_data(request), instance=profile)
    if request.method == "POST" and form.is_valid():
        services.save_profile(request.user, profile=profile, **form.cleaned_data)
        messages.success(request, "Your profile is saved.")
        return redirect(
            "tracker:summary_dashboard" if first_visit else "tracker:account_profile"
        )
    return render(
        request,
        "tracker/profile.html",
        {
            "form": form,
            "first_visit": first_visit,
            "display_form": DisplayForm(instance=profile, prefix="display"),
        },
    )


@login_required
@require_POST
def display(request):
    """Save the text size and contrast.

    static/js/display.js sends the form as soon as a choice changes and has
    already restyled the page, so it gets an empty answer; without JavaScript the
    Save button sends it and the profile page shows again, restyled.
    """
    form = DisplayForm(request.POST, instance=request.profile, prefix="display")
    sent_by_script = request.headers.get("X-Display-Setting") == "1"
    if not form.is_valid():
        if sent_by_script:
            return HttpResponse(status=400)
        messages.error(
            request, "That text size is not one we offer. Nothing was saved."
        )
        return redirect("tracker:account_profile")
    services.save_display(request.user, profile=request.profile, **form.cleaned_data)
    if sent_by_script:
        return HttpResponse(status=204)
    messages.success(request, "Your text size and contrast are saved.")
    return redirect(reverse("tracker:account_profile") + "#display-heading")


@login_required
@require_POST
def skip_profile(request):
    """Record that the user chose not to answer now, so they are not asked again."""
    services.skip_profile(request.user, profile=request.profile)
    messages.info(
        request,
        "No problem. General adult targets apply until you add your details in "
        "your profile.",
    )
    return redirect("tracker:summary_dashboard")


@login_required
def delete_account(request):
    form = DeleteAccountForm(post_data(request), request=request)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.delete_account(user)
        messages.success(request, "Your account and everything in it are deleted.")
        return redirect("tracker:summary_dashboard")
    return render(request, "tracker/delete_account.html", {"form": form})
