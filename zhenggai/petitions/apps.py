from django.apps import AppConfig


class PetitionsConfig(AppConfig):
    name = "zhenggai.petitions"
    verbose_name = "信访件"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from zhenggai.notify.scope import register_scope_check
        from zhenggai.petitions.models import PetitionCase
        from zhenggai.petitions.selectors import can_see_case

        register_scope_check(PetitionCase, can_see_case)
