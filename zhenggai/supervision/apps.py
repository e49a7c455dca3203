from django.apps import AppConfig


class SupervisionConfig(AppConfig):
    """督办: the half of the job that pushes the work — escalation ladder, 签收, 调度 rounds, 考核."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "zhenggai.supervision"
    verbose_name = "督办"

    def ready(self) -> None:
        from zhenggai.supervision import exporters  # noqa: F401  (registers the ranking exporter)
