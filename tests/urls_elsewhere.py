"""The app mounted under /elsewhere/, for tests of reversing URLs."""

from django.urls import include, path

urlpatterns = [path("elsewhere/", include("bonehealth.urls"))]
