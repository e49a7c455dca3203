"""The documents 督办 writes: the 督办通知单 (one page) and the 调度通报.

Each is a small content object with `title`, `issuer`, `blocks()` and `title_lines()`, the shape the bulletin's
GB/T 9704 writer (`zhenggai.reports.docx_writer.write_docx`) consumes, so both documents follow the bulletin's
layout rules (fonts, margins, 28-pt lines, signature and date indents, page numbers) without a second writer.
The on-screen pages render the same blocks.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from zhenggai.reports.bulletin import Block, cn_date, signature_indents, title_lines
from zhenggai.supervision.models import ProgressRound, SupervisionRecord
from zhenggai.supervision.selectors import RoundStatus

OFFICE_NAME = "整改工作领导小组办公室"


@dataclass
class Document:
    title: str
    issuer: str
    date_text: str
    body: list[Block] = field(default_factory=list)

    def blocks(self) -> list[Block]:
        sig_right, date_right = signature_indents(self.issuer, self.date_text)
        return [Block("title", self.title), *self.body, Block("blank"),
                Block("signature", self.issuer, right_chars=sig_right),
                Block("date", self.date_text, right_chars=date_right)]

    def title_lines(self) -> list[str]:
        return title_lines(self.title)


def issuer_for(body_name: str) -> str:
    return f"{body_name}{OFFICE_NAME}"


def supervision_notice(record: SupervisionRecord) -> Document:
    """督办通知单: to whom, about what, by when, under which document number — one page."""
    measure = record.measure
    problem = measure.problem
    inspection = problem.inspection
    # The document number sits right under the title, the addressee flush left (GB/T 9704 7.2.4, 7.3.2).
    body = [Block("date", record.doc_number)] if record.doc_number else []
    addressee = record.addressee or record.unit.name
    body += [
        Block("blank"),
        Block("addressee", f"{addressee}："),
        Block("body", f"根据{inspection.name}工作安排，现以{record.get_kind_display()}方式对下列整改事项进行督办。"),
        Block("heading1", lead="一、督办事项"),
        Block("body", f"问题{problem.seq}：{problem.statement}"),
        Block("body", f"整改措施{measure.seq}：{measure.text}"),
        Block("body", f"整改时限：{measure.deadline_display}；当前进度：{measure.progress}%。"),
        Block("heading1", lead="二、督办要求"),
        Block("body", record.text),
    ]
    if record.reply_by:
        body.append(Block("body", f"请于{cn_date(record.reply_by)}前将整改落实情况书面报送整改办。"))
    return Document(title="督办通知单",
                    issuer=issuer_for(inspection.inspected_unit.name), date_text=cn_date(record.issued_on), body=body)


def round_bulletin(status: RoundStatus, body_name: str) -> Document:
    """调度通报: progress from the headline figures, the laggards, and the units that did not report on time."""
    rnd: ProgressRound = status.round
    f = rnd.figures or {}
    names = "、".join(i.name for i in rnd.inspections.all())
    blocks = [Block("blank"), Block("body", f"按照整改工作安排，整改办于{cn_date(rnd.opened_on)}开展{rnd}，"
                            f"要求各责任单位于{cn_date(rnd.due_date)}前报送{names}未销号整改措施的最新进展。现将调度情况通报如下。")]
    blocks.append(Block("heading1", lead="一、总体进展"))
    blocks.append(Block("body", f"截至{cn_date(rnd.closed_on or rnd.due_date)}，共有问题{f.get('problems_total', 0)}个，"
                                f"已完成整改{f.get('problems_done', 0)}个；整改措施{f.get('measures_total', 0)}项，"
                                f"已销号{f.get('measures_done', 0)}项，总体完成{f.get('percent_done', 0)}%；"
                                f"逾期未完成{f.get('overdue', 0)}项，未达序时进度{f.get('behind_schedule', 0)}项。"))
    blocks.append(Block("body", f"本次调度应报送措施{status.owed}项，按时报送{status.on_time}项，逾期报送{status.late}项，"
                                f"未报送{status.missing}项；调度期间进度提升{status.changes['progressed']}项，"
                                f"销号{status.changes['signed_off']}项。"))
    blocks.append(Block("heading1", lead="二、进展滞后单位"))
    laggards = f.get("laggards") or []
    if laggards:
        blocks.append(Block("body", "有逾期未完成措施（亮红灯），或未达序时进度措施占比高于总体水平的单位如下："))
        for i, r in enumerate(laggards, 1):
            blocks.append(Block("body", f"{i}.{r['unit']}：整改措施{r['total']}项，已销号{r['done']}项，"
                                        f"亮红灯{r['red']}项，未达序时进度{r['behind']}项。"))
    else:
        blocks.append(Block("body", "暂无。"))
    blocks.append(Block("heading1", lead="三、未按时报送单位"))
    late_units = status.laggard_units
    if late_units:
        for i, u in enumerate(late_units, 1):
            blocks.append(Block("body", f"{i}.{u.unit_name}：应报{u.owed}项，按时报送{u.on_time}项，"
                                        f"逾期报送{u.late}项，未报送{u.missing}项。"))
    else:
        blocks.append(Block("body", "各责任单位均按时报送。"))
    blocks.append(Block("heading1", lead="四、工作要求"))
    blocks.append(Block("body", "进展滞后和未按时报送的单位要认真分析原因，压实整改责任，倒排工期、挂图作战，"
                                "确保按期完成整改任务；整改办将对逾期未整改的问题依程序督办。"))
    return Document(title=f"关于{rnd}情况的通报", issuer=issuer_for(body_name),
                    date_text=cn_date(rnd.closed_on or rnd.due_date), body=blocks)
