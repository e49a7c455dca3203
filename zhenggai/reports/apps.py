from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "zhenggai.reports"
    verbose_name = "报告与导出"
