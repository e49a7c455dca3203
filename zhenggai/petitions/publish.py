"""边督边改公开一览表: a batch published in the 11-column form, as a public page and as .xlsx/.docx.

Every text goes through `masking.public_text`; the row values come from one function, `public_rows`, so the page
and both files show the same thing.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import IO

from django.db import transaction
from django.utils import timezone

from zhenggai.accounts.models import Role, User
from zhenggai.accounts.scope import require_role
from zhenggai.audit.services import audit_record
from zhenggai.ledger.workflow import WorkflowError
from zhenggai.petitions.masking import public_text
from zhenggai.petitions.models import PetitionBatch, PetitionCase, conclusion_label
from zhenggai.reports.exporters import Column, Exporter

HEADINGS = ("序号", "受理编号", "交办问题基本情况", "行政区域", "问题类型", "调查核实情况", "是否属实", "办结目标",
            "处理和整改情况", "是否办结", "责任人被处理情况")


def public_rows(batch: PetitionBatch) -> Iterator[tuple]:
    """The batch's cases as published, in 序号 order."""
    cases = PetitionCase.objects.filter(batch=batch).order_by("seq", "id")
    for c in cases.iterator(chunk_size=2000):
        yield (c.seq, c.number, public_text(c, "complaint"), c.area, c.get_pollution_type_display(),
               public_text(c, "investigation"), c.get_verdict_display(), public_text(c, "goal"),
               public_text(c, "handling"), conclusion_label(c.state), public_text(c, "accountability") or "无")


def batch_publish(*, user: User, batch: PetitionBatch, published: bool = True) -> PetitionBatch:
    """Put the batch's 一览表 on the public site (or take it off). The inspection's public page must be on."""
    from zhenggai.petitions.services import _require_in_scope_of_inspection, published_figures_changed

    require_role(user, Role.OFFICE)
    _require_in_scope_of_inspection(user, batch.inspection)
    if published and not batch.inspection.is_public:
        raise WorkflowError("该督察尚未开启信息公开（在“修改巡察信息”中勾选“公开问题清单”后再公开批次）")
    with transaction.atomic():
        locked = PetitionBatch.objects.select_for_update().get(pk=batch.pk)
        before = locked.published_at
        locked.published_at = timezone.now() if published else None
        locked.save(update_fields=["published_at"])
        audit_record(actor=user, action="petition.publish", obj=locked, before={"published_at": before},
                     after={"published_at": locked.published_at}, inspection_id=locked.inspection_id)
        published_figures_changed(locked.inspection_id)
    return locked


class PublicListExporter(Exporter):
    """The 一览表 as .xlsx, through the reports' one writer (formula texts neutralised, widths, wrapping)."""

    key = "petition_public_list"
    title = "边督边改公开一览表"
    columns = (Column("序号", 6, kind="number"), Column("受理编号", 18), Column("交办问题基本情况", 40),
               Column("行政区域", 10), Column("问题类型", 10), Column("调查核实情况", 36), Column("是否属实", 8),
               Column("办结目标", 20), Column("处理和整改情况", 40), Column("是否办结", 10),
               Column("责任人被处理情况", 16))

    def __init__(self, batch: PetitionBatch) -> None:
        super().__init__(batch.inspection)
        self.batch = batch

    def filename(self) -> str:
        return f"{self.inspection.name}-{self.batch.number}边督边改公开一览表.xlsx"

    def groups(self):
        for row in public_rows(self.batch):
            yield [row]


def write_docx(batch: PetitionBatch, out: str | IO[bytes]) -> int:
    """The 一览表 as a landscape Word table (仿宋 body, 黑体 headings)."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    from zhenggai.reports.docx_writer import set_font

    doc = docx.Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    title = doc.add_paragraph()
    run = title.add_run(f"{batch.inspection.name}\n{batch.number}交办信访件边督边改公开一览表")
    set_font(run._element, "方正小标宋简体", Pt(16))
    title.alignment = 1
    table = doc.add_table(rows=1, cols=len(HEADINGS))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, HEADINGS):
        cell.text = ""
        set_font(cell.paragraphs[0].add_run(heading)._element, "黑体", Pt(9))
    n = 0
    for row in public_rows(batch):
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = ""
            set_font(cell.paragraphs[0].add_run(str(value))._element, "仿宋_GB2312", Pt(9))
        n += 1
    doc.save(out)
    return n


def export_name(batch: PetitionBatch, ext: str) -> str:
    return f"{batch.inspection.name}-{batch.number}边督边改公开一览表-{dt.date.today():%Y%m%d}.{ext}"
