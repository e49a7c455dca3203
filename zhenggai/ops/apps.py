from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "zhenggai.ops"
    label = "ops"
    verbose_name = "运行状态"

    def ready(self) -> None:
        from django_q.signals import pre_enqueue

        from zhenggai.ops.tasks import set_task_timeout

        pre_enqueue.connect(set_task_timeout, dispatch_uid="zhenggai-task-timeouts")
