"""The one authentication backend: the login policy sits where credentials are checked.

Every login path (the login page, the admin's, the API's session login) goes through
`django.contrib.auth.authenticate`, so a lock or an IP limit cannot be sidestepped.
"""
from __future__ import annotations

from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from zhenggai.accounts import security
from zhenggai.accounts.models import User
from zhenggai.audit.middleware import client_ip


class LockoutBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(User.USERNAME_FIELD)
        if username is None or password is None:
            return None
        ip = client_ip(request) if request is not None else None
        if security.ip_is_limited(ip):
            self._refuse(request, username, None, "ip_limited")
            raise PermissionDenied  # stops authenticate() from trying anything else
        try:
            user = User._default_manager.get_by_natural_key(username)
        except User.DoesNotExist:
            User().set_password(password)  # same work as a real check: no timing oracle for usernames
            self._refuse(request, username, None, "unknown_user")
            return None
        if user.is_locked():
            # Refused even when the password is right: a lock is not lifted by guessing correctly.
            self._refuse(request, username, user, "locked")
            raise PermissionDenied
        if not user.check_password(password):
            self._refuse(request, username, user, "bad_password")
            user.refresh_from_db(fields=["locked_until"])
            if user.is_locked():
                if request is not None:
                    request.zg_login_refusal = "locked"
            return None
        if not self.user_can_authenticate(user):
            self._refuse(request, username, user, "inactive")
            return None
        security.login_succeeded(request=request, user=user)
        return user

    def get_user(self, user_id):
        # Every signed-in page shows the user's unit (the header) and scopes by it: one query, not two.
        try:
            user = User._default_manager.select_related("unit").get(pk=user_id)
        except User.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

    @staticmethod
    def _refuse(request, username: str, user: User | None, reason: str) -> None:
        if request is not None:
            request.zg_login_refusal = reason
        security.login_failed(request=request, username=username, user=user, reason=reason)
