from django.contrib import admin
from django.urls import include, path

from tracker.views import accounts

admin.site.site_header = "Bone Health Tracker: guidance content"
admin.site.site_title = "Bone Health Tracker admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/signup/", accounts.signup, name="signup"),
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
