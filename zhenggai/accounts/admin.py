"""The Django admin site, kept to its duties: the MLPS admin roles see only their own models there.

`AdminRoleGuard` refuses every model to an account holding an admin role unless the model admin names that
role: units and users are the system admin's, the audit log the audit admin's, and ledger and import rows
nobody's. An account without an admin role (the bootstrap superuser, staff) keeps Django's own permissions.
"""
from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice

from zhenggai.accounts.models import AdminRole, Unit, User


class AdminRoleGuard:
    """Mix into a ModelAdmin (before it); `admin_roles` lists the MLPS admin roles that may use it."""

    admin_roles: tuple[str, ...] = ()

    def _admin_role_allowed(self, request) -> bool:
        role = getattr(request.user, "admin_role", "")
        return not role or role in self.admin_roles

    def has_module_permission(self, request) -> bool:
        return self._admin_role_allowed(request) and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None) -> bool:
        return self._admin_role_allowed(request) and super().has_view_permission(request, obj)

    def has_add_permission(self, request, *args) -> bool:
        return self._admin_role_allowed(request) and super().has_add_permission(request, *args)

    def has_change_permission(self, request, obj=None) -> bool:
        return self._admin_role_allowed(request) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return self._admin_role_allowed(request) and super().has_delete_permission(request, obj)


class BusinessDataAdmin(AdminRoleGuard, admin.ModelAdmin):
    """Ledger and import rows: business data, which none of the admin roles may see."""


@admin.register(Unit)
class UnitAdmin(AdminRoleGuard, admin.ModelAdmin):
    admin_roles = (AdminRole.SYSTEM,)
    list_display = ["name", "short_name", "parent", "head", "sort"]
    search_fields = ["name", "short_name"]
    list_select_related = ["parent", "head"]
    raw_id_fields = ["head"]


@admin.register(User)
class ZhenggaiUserAdmin(AdminRoleGuard, UserAdmin):
    admin_roles = (AdminRole.SYSTEM,)
    list_display = ["username", "full_name", "unit", "role", "is_active", "is_staff"]
    list_filter = ["role", "is_active", "is_staff"]
    list_select_related = ["unit"]
    fieldsets = UserAdmin.fieldsets + (("整改台账", {"fields": ["full_name", "unit", "role", "phone", "observed_inspections"]}),)
    filter_horizontal = ["observed_inspections", "groups", "user_permissions"]


# Second-factor devices change only through the audited pages (enrol, disable, the security admin's reset);
# django_otp's own admin would let a superuser read a secret or plant a device without a trace.
if admin.site.is_registered(TOTPDevice):
    admin.site.unregister(TOTPDevice)
