"""zhenggai bulletin --inspection ID -o FILE.docx: write the current bulletin draft (or the default one)."""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from zhenggai.ledger.models import Inspection
from zhenggai.reports.docx_writer import write_docx
from zhenggai.reports.services import bulletin_content


class Command(BaseCommand):
    help = "写出巡察整改进展情况通报（.docx）：最新保存的版本；尚未保存时，根据当前台账生成默认内容。"

    def add_arguments(self, parser) -> None:
        parser.add_argument("--inspection", type=int, required=True, help="巡察 ID")
        parser.add_argument("-o", "--output", required=True, help="输出文件，如 通报.docx")

    def handle(self, *args, inspection: int, output: str, **options) -> None:
        try:
            obj = Inspection.objects.select_related("inspected_unit").get(pk=inspection)
        except Inspection.DoesNotExist:
            raise CommandError(f"没有找到巡察：{inspection}") from None
        if not output.lower().endswith(".docx"):
            raise CommandError("输出文件应以 .docx 结尾")
        content, version = bulletin_content(obj)
        write_docx(content, output)
        which = (f"第{version.number}版" + ("（已发布）" if version.is_published else "（草稿）")) if version else "默认内容（未保存）"
        self.stdout.write(f"已写出 {output}：{content.title}，{which}，数据截至{content.figures.as_of}")
