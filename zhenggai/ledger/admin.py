"""Staff admin. Workflow fields are read-only here: state changes go through the services and the audit log."""
from django.contrib import admin

from zhenggai.accounts.admin import AdminRoleGuard, BusinessDataAdmin
from zhenggai.ledger.models import Category, ExtensionRequest, FollowUp, Inspection, Measure, Problem, Rule, SignOffRequest


@admin.register(Inspection)
class InspectionAdmin(AdminRoleGuard, admin.ModelAdmin):
    list_display = ["name", "kind", "inspector", "inspected_unit", "feedback_date"]
    list_filter = ["kind"]


@admin.register(Category)
class CategoryAdmin(AdminRoleGuard, admin.ModelAdmin):
    list_display = ["name", "inspection", "seq"]


class MeasureInline(admin.TabularInline):
    model = Measure
    fields = ["seq", "text", "lead_unit", "deadline_kind", "deadline_date", "state", "progress"]
    readonly_fields = ["state", "progress"]
    extra = 0


@admin.register(Problem)
class ProblemAdmin(AdminRoleGuard, admin.ModelAdmin):
    list_display = ["seq", "statement", "inspection", "lead_unit"]
    list_filter = ["inspection"]
    search_fields = ["statement"]
    inlines = [MeasureInline]


@admin.register(Measure)
class MeasureAdmin(AdminRoleGuard, admin.ModelAdmin):
    list_display = ["__str__", "lead_unit", "state", "deadline_date", "progress"]
    list_filter = ["state", "problem__inspection"]
    readonly_fields = ["state", "signed_off_at", "last_reported_on", "version"]
    search_fields = ["text"]


for model in (Rule, ExtensionRequest, SignOffRequest, FollowUp):
    admin.site.register(model, BusinessDataAdmin)
