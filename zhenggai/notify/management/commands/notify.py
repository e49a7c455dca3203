"""`zhenggai notify schedules|morning|digest|deliver`: the scheduled jobs, by hand.

    zhenggai notify schedules   # (re)install the django-q2 schedules; idempotent
    zhenggai notify morning     # today's reminders now (a second run the same day sends nothing)
    zhenggai notify digest      # the daily digest for digest-mode users
    zhenggai notify deliver     # send what is due in the outbox now
"""
from __future__ import annotations

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "消息提醒：schedules 安装定时任务；morning 立即执行今日提醒；digest 发送每日汇总；deliver 发送待发消息"

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["schedules", "morning", "digest", "deliver"])

    def handle(self, *args, action: str, **options):
        from zhenggai.notify import jobs

        if action == "schedules":
            from django_q.models import Schedule

            from zhenggai.notify.schedules import install

            self.stdout.write(f"已安装 {install(Schedule)} 个定时任务")
        elif action == "morning":
            result = jobs.morning_run()
            self.stdout.write(f"今日提醒：写入站内消息 {result['notifications']} 条，站外消息 {result['deliveries']} 条（已存在的不重复）")
        elif action == "digest":
            self.stdout.write(f"每日汇总：{jobs.digest_run()} 条")
        else:
            self.stdout.write(f"发送结果：{jobs.deliver_due() or '没有待发送的消息'}")
