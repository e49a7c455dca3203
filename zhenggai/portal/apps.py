from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "zhenggai.portal"
    verbose_name = "信息公开"
