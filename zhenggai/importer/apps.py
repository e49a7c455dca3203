from django.apps import AppConfig


class ImporterConfig(AppConfig):
    name = "zhenggai.importer"
    verbose_name = "文档导入"
