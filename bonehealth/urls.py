from django.contrib import admin
from django.urls import include, path

from tracker.views import accounts

admin.site.site_header = "Bone Health Tracker: guidance content"
admin.site.site_title = "Bone Health Tracker admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/signup/", accounts.signup, name="signup"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("tracker.urls")),
]
