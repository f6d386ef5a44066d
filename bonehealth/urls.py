from axes.decorators import axes_dispatch
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from tracker.views import accounts

admin.site.site_header = "Bone Health Tracker: guidance content"
admin.site.site_title = "Bone Health Tracker admin"

urlpatterns = [
    # A paused sign-in is answered before the view runs: no form is checked or
    # drawn for it, so a guessing loop costs the server only the lookup.
    path("admin/login/", axes_dispatch(admin.site.login)),
    path("admin/", admin.site.urls),
    path("accounts/signup/", accounts.signup, name="signup"),
    path(
        "accounts/login/", axes_dispatch(auth_views.LoginView.as_view()), name="login"
    ),
    # Django's account pages, with the changes tracker/views/accounts.py explains.
    path(
        "accounts/password_change/",
        accounts.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "accounts/password_reset/",
        accounts.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        accounts.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("tracker.urls")),
]
