from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from ..forms.accounts import DeleteAccountForm, ProfileForm, SignupForm
from ..models import Profile


def signup(request):
    if request.user.is_authenticated:
        return redirect("tracker:summary_dashboard")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        Profile.objects.create(user=user)
        login(request, user, backend="tracker.auth_backends.ProfileModelBackend")
        messages.success(request, "Welcome! Your account is ready.")
        return redirect("tracker:account_profile")
    return render(request, "registration/signup.html", {"form": form})


@login_required
def profile(request):
    """Edit the profile; the first visit explains why each answer helps."""
    profile = request.profile
    first_visit = profile.onboarded_at is None
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        profile = form.save(commit=False)
        profile.onboarded_at = profile.onboarded_at or timezone.now()
        profile.save()
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
    """Record that the user chose not to answer now, so we do not ask again."""
    profile = request.profile
    if profile.onboarded_at is None:
        profile.onboarded_at = timezone.now()
        profile.save(update_fields=["onboarded_at"])
    messages.info(
        request,
        "No problem. General adult targets apply until you add your details in "
        "your profile.",
    )
    return redirect("tracker:summary_dashboard")


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        user.delete()  # cascades to the profile and everything the user logged
        messages.success(request, "Your account and everything in it are deleted.")
        return redirect("tracker:summary_dashboard")
    return render(request, "tracker/delete_account.html", {"form": form})
