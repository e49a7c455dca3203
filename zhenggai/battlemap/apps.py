from django.apps import AppConfig


class BattlemapConfig(AppConfig):
    name = "zhenggai.battlemap"
    verbose_name = "挂图作战"
