"""Separation of duties (MLPS 等保2.0 level 3): the three admin roles stay on their own pages.

The system admin manages accounts and units, the security admin unlocks accounts and resets second
factors, the audit admin reads and exports the audit log. None of them sees business data (inspections,
problems, measures, evidence, exports, bulletins, the battle map). The permission table
(`zhenggai.permissions`) says which URL names an admin role may use; this middleware refuses every other
named URL with a 403, before the view runs, so a business page that forgets a check cannot leak to them.
The views and scope helpers refuse them too (`zhenggai.accounts.scope.holds_admin_role`).
"""
from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from zhenggai.accounts.models import AdminRole, User

# Where each admin role lands instead of the (business) home page.
LANDING_URL_NAMES = {
    AdminRole.SYSTEM: "unit_list",
    AdminRole.SECURITY: "security_overview",
    AdminRole.AUDIT: "audit:event_list",
}


def admin_role_may_use(admin_role: str, access: str | tuple[str, ...]) -> bool:
    """May an account holding `admin_role` use a URL declared with `access` in the permission table?"""
    from zhenggai.permissions import ACCOUNT, PUBLIC

    if access in (PUBLIC, ACCOUNT):
        return True
    return isinstance(access, tuple) and f"admin_role:{admin_role}" in access


def landing_url(user: User) -> str:
    return reverse(LANDING_URL_NAMES[AdminRole(user.admin_role)])


class SeparationOfDutiesMiddleware:
    """After the login policy: an admin-role account reaches only the URLs the table grants its role.

    URLs outside the table (the Django admin site, static files) are guarded where they are served: the
    admin site's model admins refuse the admin roles (see `zhenggai.accounts.admin.AdminRoleGuard`).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from zhenggai.permissions import PERMISSIONS

        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not user.admin_role:
            return None
        match = request.resolver_match
        name = match.view_name if match is not None else None
        if name not in PERMISSIONS:
            return None
        if admin_role_may_use(user.admin_role, PERMISSIONS[name]):
            return None
        if name == "home":
            return redirect(landing_url(user))
        message = "管理员账号只能使用其管理职责内的页面，不能访问业务数据"
        if "api" in match.namespaces:
            return JsonResponse({"detail": message}, status=403)
        raise PermissionDenied(message)
