from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from zhenggai.accounts.models import Unit, User


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "parent", "sort"]
    search_fields = ["name", "short_name"]
    list_select_related = ["parent"]


@admin.register(User)
class ZhenggaiUserAdmin(UserAdmin):
    list_display = ["username", "full_name", "unit", "role", "is_active", "is_staff"]
    list_filter = ["role", "is_active", "is_staff"]
    list_select_related = ["unit"]
    fieldsets = UserAdmin.fieldsets + (("整改台账", {"fields": ["full_name", "unit", "role", "phone", "observed_inspections"]}),)
    filter_horizontal = ["observed_inspections", "groups", "user_permissions"]
