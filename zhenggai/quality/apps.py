from django.apps import AppConfig


class QualityConfig(AppConfig):
    name = "zhenggai.quality"
    verbose_name = "整改质量"
    default_auto_field = "django.db.models.BigAutoField"
