"""zhenggai export ledger|problems|tasks|responsibility --inspection ID -o FILE.xlsx [--filter status=done …]"""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.http import Http404

from zhenggai.accounts.models import User
from zhenggai.accounts.scope import get_inspection_for_user
from zhenggai.ledger.models import Inspection
from zhenggai.reports.exporters import EXPORTERS
from zhenggai.ledger.filters import FilterError
from zhenggai.reports.services import export_write


class Command(BaseCommand):
    help = "导出 Excel：ledger（台账）、problems（问题清单）、tasks（任务清单）、responsibility（责任清单）。"

    def add_arguments(self, parser) -> None:
        parser.add_argument("kind", choices=sorted(EXPORTERS), help="导出哪一种清单")
        parser.add_argument("--inspection", type=int, required=True, help="巡察 ID")
        parser.add_argument("-o", "--output", required=True, help="输出文件，如 台账.xlsx")
        parser.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE",
                            help="与问题清单页面相同的筛选：unit、category、status、light、due、q；可重复")
        parser.add_argument("--user", help="以该用户的权限范围导出，并记入审计日志（默认：服务器操作员，全部数据）")

    def handle(self, *args, kind: str, inspection: int, output: str, filter: list[str], user: str | None,
               **options) -> None:
        try:
            obj = Inspection.objects.select_related("inspected_unit").get(pk=inspection)
        except Inspection.DoesNotExist:
            raise CommandError(f"没有找到巡察：{inspection}") from None
        params = {}
        for item in filter:
            key, sep, value = item.partition("=")
            if not sep:
                raise CommandError(f"筛选条件应写成 KEY=VALUE：{item}")
            params[key.strip()] = value.strip()
        actor = None
        if user:
            actor = User.objects.filter(username=user).first()
            if actor is None:
                raise CommandError(f"没有找到用户：{user}")
            try:
                get_inspection_for_user(actor, obj.pk)
            except Http404:
                raise CommandError(f"用户 {user} 无权查看巡察 {inspection}") from None
        if not output.lower().endswith(".xlsx"):
            raise CommandError("输出文件应以 .xlsx 结尾")
        try:
            rows = export_write(user=actor, inspection=obj, kind=kind, params=params, out=output)
        except FilterError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"已写出 {output}：{EXPORTERS[kind].title}，{rows}行")
