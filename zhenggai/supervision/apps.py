from django.apps import AppConfig


class SupervisionConfig(AppConfig):
    """督办: the half of the job that pushes the work — escalation ladder, 签收, 调度 rounds, 考核."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "zhenggai.supervision"
    verbose_name = "督办"

    def ready(self) -> None:
        from zhenggai.accounts import scope
        from zhenggai.notify.reminders import register_morning_source
        from zhenggai.notify.scope import register_scope_check
        from zhenggai.supervision import jobs
        from zhenggai.supervision import exporters  # noqa: F401  (registers the ranking exporter)
        from zhenggai.supervision.models import ProgressRound, SupervisionRecord

        def record_visible(user, record) -> bool:
            from django.http import Http404

            try:
                scope.get_measure_for_user(user, record.measure_id)
            except Http404:
                return False
            return True

        def round_visible(user, rnd) -> bool:
            # A unit hears of a round that covers an inspection it answers in (its link is 我的任务).
            return scope.inspections_for_user(user).filter(pk__in=rnd.inspections.values("pk")).exists()

        register_morning_source("supervision", jobs.morning_items)
        register_scope_check(SupervisionRecord, record_visible)
        register_scope_check(ProgressRound, round_visible)
