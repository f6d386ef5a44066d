from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db.models import Subquery

from .models import GuidanceVersion


class ProfileModelBackend(ModelBackend):
    """ModelBackend that loads the user's profile in the same query as the user.

    Every signed-in page needs the profile (time zone, targets), so this saves one
    query on each request. The same query reads the guidance version
    (``user.guidance_version``), which the guidance cache checks on every
    request.
    """

    def get_user(self, user_id):
        user_model = get_user_model()
        try:
            user = (
                user_model._default_manager.select_related("profile")
                .annotate(
                    guidance_version=Subquery(
                        GuidanceVersion.objects.filter(pk=1).values("number")[:1]
                    )
                )
                .get(pk=user_id)
            )
        except user_model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
