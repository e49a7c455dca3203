"""The command line writes the bulletin and the Excel lists."""
from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from docx import Document
from openpyxl import load_workbook

from zhenggai.audit.models import AuditEvent
from zhenggai.reports.services import bulletin_save_draft


def test_bulletin_writes_the_default_when_nothing_is_saved(ledger, tmp_path, capsys):
    out = tmp_path / "通报.docx"
    call_command("bulletin", "--inspection", str(ledger.inspection.pk), "-o", str(out))
    doc = Document(out)
    assert doc.paragraphs[0].text.replace("\n", "").startswith("中共市生态环境局党组关于")
    assert "默认内容" in capsys.readouterr().out


def test_bulletin_writes_the_current_draft(ledger, tmp_path):
    bulletin_save_draft(user=ledger.office, inspection=ledger.inspection, organisation_text="（一）草稿内容。",
                        next_steps_text="一是草稿打算。")
    out = tmp_path / "draft.docx"
    call_command("bulletin", "--inspection", str(ledger.inspection.pk), "-o", str(out))
    assert any(p.text == "（一）草稿内容。" for p in Document(out).paragraphs)


def test_bulletin_refuses_an_unknown_inspection(db, tmp_path):
    with pytest.raises(CommandError, match="没有找到巡察"):
        call_command("bulletin", "--inspection", "999", "-o", str(tmp_path / "x.docx"))


@pytest.mark.parametrize(("kind", "title"), [("ledger", "台账"), ("problems", "问题清单"), ("tasks", "任务清单"),
                                             ("responsibility", "责任清单")])
def test_export_writes_each_list_and_audits_it(ledger, tmp_path, kind, title):
    out = tmp_path / f"{kind}.xlsx"
    call_command("export", kind, "--inspection", str(ledger.inspection.pk), "-o", str(out))
    assert load_workbook(out).active.title == title
    assert AuditEvent.objects.filter(action="export", inspection_id=ledger.inspection.pk).exists()


def test_export_takes_filters_and_a_user(ledger, tmp_path):
    out = tmp_path / "done.xlsx"
    call_command("export", "ledger", "--inspection", str(ledger.inspection.pk), "-o", str(out),
                 "--filter", "status=done", "--user", "office")
    ws = load_workbook(out).active
    assert [r[2] for r in ws.iter_rows(min_row=2, values_only=True)] == ["审批事项办理时限偏长"]
    assert AuditEvent.objects.filter(action="export").latest("id").actor == ledger.office


def test_export_refuses_a_bad_filter_and_a_user_outside_the_scope(ledger, tmp_path):
    with pytest.raises(CommandError, match="亮灯参数不正确"):
        call_command("export", "ledger", "--inspection", str(ledger.inspection.pk), "-o", str(tmp_path / "x.xlsx"),
                     "--filter", "light=purple")
    with pytest.raises(CommandError, match="无权查看"):
        call_command("export", "ledger", "--inspection", str(ledger.inspection.pk), "-o", str(tmp_path / "x.xlsx"),
                     "--user", "outsider")
