from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from ..forms.accounts import DeleteAccountForm, ProfileForm, SignupForm
from ..services import accounts as services
from .common import post_data


def signup(request):
    if request.user.is_authenticated:
        return redirect("tracker:summary_dashboard")
    form = SignupForm(post_data(request))
    if request.method == "POST" and form.is_valid():
        user = services.create_account(
            username=form.cleaned_data["username"],
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password1"],
        )
        login(request, user, backend="tracker.auth_backends.ProfileModelBackend")
        messages.success(request, "Welcome! Your account is ready.")
        return redirect("tracker:account_profile")
    return render(request, "registration/signup.html", {"form": form})


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
        request, "tracker/profile.html", {"form": form, "first_visit": first_visit}
    )


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
    form = DeleteAccountForm(post_data(request), user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.delete_account(user)
        messages.success(request, "Your account and everything in it are deleted.")
        return redirect("tracker:summary_dashboard")
    return render(request, "tracker/delete_account.html", {"form": form})
