"""Staff admin. The state is read-only here: it changes through the services and the audit log."""
from django.contrib import admin

from zhenggai.accounts.admin import AdminRoleGuard
from zhenggai.petitions.models import PetitionBatch, PetitionCase, PetitionReport


@admin.register(PetitionBatch)
class PetitionBatchAdmin(AdminRoleGuard, admin.ModelAdmin):
    list_display = ["number", "inspection", "handed_over_on", "time_limit_days", "published_at"]
    list_filter = ["inspection"]


@admin.register(PetitionCase)
class PetitionCaseAdmin(AdminRoleGuard, admin.ModelAdmin):
    list_display = ["number", "batch", "seq", "area", "pollution_type", "verdict", "state", "lead_unit",
                    "deadline_date"]
    list_filter = ["inspection", "state", "pollution_type", "verdict"]
    search_fields = ["number", "complaint"]
    readonly_fields = ["state", "concluded_at", "signed_off_at", "version"]
    raw_id_fields = ["problem", "repeat_of", "batch"]


@admin.register(PetitionReport)
class PetitionReportAdmin(AdminRoleGuard, admin.ModelAdmin):
    list_display = ["case", "state", "reported_by", "reported_at", "reviewed_by", "verified_by"]
    readonly_fields = ["state"]
