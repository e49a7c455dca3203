from django.contrib import admin

from zhenggai.accounts.admin import AdminRoleGuard
from zhenggai.importer.models import ImportJob


@admin.register(ImportJob)
class ImportJobAdmin(AdminRoleGuard, admin.ModelAdmin):
    """Read-only: jobs change only through the import services."""

    list_display = ["file_name", "owner", "body", "mode", "status", "inspection", "created_at", "committed_at"]
    list_filter = ["status", "mode"]
    search_fields = ["file_name", "sha256"]
    readonly_fields = [f.name for f in ImportJob._meta.fields if f.name != "draft"]
    exclude = ["draft"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
