from django.contrib import admin

from zhenggai.accounts.admin import AdminRoleGuard
from zhenggai.accounts.models import AdminRole
from zhenggai.audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(AdminRoleGuard, admin.ModelAdmin):
    """Read-only: the log is append-only. Of the admin roles, only the audit admin reads it."""

    admin_roles = (AdminRole.AUDIT,)

    list_display = ["created_at", "actor_name", "actor_role", "ip", "action", "object_type", "object_id", "outcome"]
    list_filter = ["action", "outcome", "actor_role"]
    search_fields = ["actor_name", "action", "object_id", "note"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
