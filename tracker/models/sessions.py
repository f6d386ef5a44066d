"""Sessions that know whose they are."""

from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models


class UserSession(AbstractBaseSession):
    """Django's database session, plus the id of the user signed in with it.

    Django's own table cannot be searched by user, since it keeps the user
    inside the encoded data. With the id in a column, deleting an account ends
    its sessions on every device in one statement. It is a plain number rather
    than a foreign key: a request still in flight on another device may save
    its session just after the account is gone.
    """

    user_id = models.PositiveBigIntegerField(null=True, db_index=True)

    class Meta(AbstractBaseSession.Meta):
        db_table = "tracker_user_session"

    @classmethod
    def get_session_store_class(cls):
        from ..sessions import SessionStore

        return SessionStore
