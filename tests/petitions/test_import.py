"""Importing a 交办清单: column variants, flags, updates, repeats, another body's list, all or nothing."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.petitions import files
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger.workflow import WorkflowError
from zhenggai.petitions.imports import petition_import_confirm, petition_import_create
from zhenggai.petitions.models import PetitionBatch, PetitionCase


@pytest.fixture
def changsha(world, petitions):
    """The inspected body is named as the lists name it: 长沙市."""
    world.bureau.name = "长沙市生态环境局"
    world.bureau.save()
    petitions.batch.number = "第二十四批"  # the fixture's own cases stay out of the batch the files hand over
    petitions.batch.save()
    return petitions


def _import(world, petitions, upload, **kw):
    """Upload, then 确认导入 when the preview allows it (a refused file never reaches a preview)."""
    kw.setdefault("handed_over_on", dt.date(2026, 6, 10))
    kw.setdefault("time_limit_days", 15)
    job = petition_import_create(user=world.office, inspection=petitions.inspection, uploaded=upload, **kw)
    if job.status == "preview":
        job = petition_import_confirm(job=job, user=world.office)
    return job


ROWS = [
    files.row(1, "D3HN202606080001", "某砂石场无手续开采，噪声扰民。", area="浏阳市", kind="噪声"),
    files.row(2, "X3HN202606080002", "某小区旁餐馆油烟直排。", area="岳麓区", kind="大气", investigation="经核查属实",
              verdict="属实", handling="处理情况：责令整改。整改情况：已安装油烟净化器。", conclusion="已办结"),
    files.row(3, "", "河道两岸堆放生活垃圾，无人清理。", area="雨花区", kind="固废"),
]


@pytest.mark.parametrize("make", [files.xlsx, files.csv_file, files.docx_file, files.html_file])
def test_each_format_imports_every_row_in_the_eleven_column_form(world, changsha, make):
    # A .csv has no title row: its batch comes from the form (or the file name).
    job = _import(world, changsha, make(ROWS), batch_number="第二十五批" if make is files.csv_file else "")
    assert job.status == "done", job.errors
    batch = PetitionBatch.objects.get(inspection=changsha.inspection, number="第二十五批")
    cases = {c.seq: c for c in PetitionCase.objects.filter(batch=batch)}
    assert cases[1].source == "D" and cases[1].received_on == dt.date(2026, 6, 8)
    assert (cases[1].area, cases[1].pollution_type, cases[1].state) == ("浏阳市", "noise", "new")
    assert (cases[2].verdict, cases[2].state, cases[2].source) == ("true", "concluded", "X")
    assert cases[2].deadline_date == dt.date(2026, 6, 10) + dt.timedelta(days=15)
    assert cases[3].number == "" and cases[3].pollution_type == "solid_waste"
    assert job.summary["missing_number"] == 1
    assert any("缺少受理编号" in w["message"] for w in job.summary["warnings"])


def test_heading_variants_spaces_and_traditional_characters_are_read(world, changsha):
    headings = ["序號", "受理 编号", "交辦問題基本情況", "所属区县", "问题类型", "调查核实情况", "是否 属实", "办结目标",
                "處理和整改情況", "是否辦結", "責任人被處理情況"]
    job = _import(world, changsha, files.xlsx([files.row(1, "D3HN202606080003", "化工厂夜间偷排废水。", area="望城区",
                                                         kind="水", verdict="基本屬實", conclusion="阶段性办结")],
                                              headings=headings))
    assert job.status == "done", job.errors
    case = PetitionCase.objects.get(number="D3HN202606080003")
    assert (case.area, case.pollution_type, case.verdict, case.state) == ("望城区", "water", "mostly", "phased")
    assert not [w for w in job.summary["warnings"] if "无法识别" in w["message"]]


def test_an_unknown_column_is_reported_and_no_row_is_dropped(world, changsha):
    headings = files.HEADINGS + ["督察组意见"]
    rows = [r + ["请加快办理"] for r in ROWS]
    job = _import(world, changsha, files.xlsx(rows, headings=headings))
    assert job.status == "done"
    assert any("督察组意见" in w["message"] for w in job.summary["warnings"])
    assert PetitionCase.objects.filter(inspection=changsha.inspection, batch__number="第二十五批").count() == 3


def test_the_same_acceptance_number_again_updates_the_case(world, changsha):
    _import(world, changsha, files.xlsx(ROWS))
    again = [files.row(1, "D3HN202606080001", "某砂石场无手续开采，噪声扰民。", area="浏阳市", kind="噪声",
                       investigation="经现场核查，该砂石场已停产。", verdict="属实")]
    job = _import(world, changsha, files.xlsx(again))
    assert job.summary["created"] == 0 and job.summary["updated"] == 1
    case = PetitionCase.objects.get(number="D3HN202606080001")
    assert case.verdict == "true" and "已停产" in case.investigation
    assert PetitionCase.objects.filter(number="D3HN202606080001").count() == 1
    assert AuditEvent.objects.filter(action="petition.import_update", object_id=str(case.pk)).exists()


def test_a_repeat_complaint_links_to_the_earlier_case(world, changsha):
    _import(world, changsha, files.xlsx(ROWS))
    later = [files.row(1, "D3HN202606200009", "砂石场又在夜间开采（与第25批D3HN202606080001号反映的属同一案件）。",
                       area="浏阳市", kind="噪声")]
    job = _import(world, changsha, files.xlsx(later, title="长沙市边督边改公开一览表（第二十六批）"))
    assert job.status == "done", job.errors
    new = PetitionCase.objects.get(number="D3HN202606200009")
    assert new.repeat_of.number == "D3HN202606080001"
    assert job.summary["repeats"][0]["number"] == "D3HN202606080001"


def test_a_list_of_another_body_is_refused_with_its_name_and_writes_nothing(world, changsha):
    job = _import(world, changsha, files.xlsx(ROWS, title="岳阳市第三轮中央生态环境保护督察边督边改公开一览表（第二十五批）"))
    assert job.status == "failed"
    assert "岳阳市" in job.errors[0]["message"]
    assert not PetitionCase.objects.filter(batch__number="第二十五批").exists()


def test_a_row_without_a_complaint_fails_the_whole_file_and_writes_nothing(world, changsha):
    rows = ROWS + [files.row(4, "D3HN202606080004", "", area="天心区")]
    before = PetitionCase.objects.count()
    job = _import(world, changsha, files.xlsx(rows))
    assert job.status == "failed"
    assert job.errors[0]["line"] == 6 and "交办问题基本情况" in job.errors[0]["message"]
    assert PetitionCase.objects.count() == before
    assert not PetitionBatch.objects.filter(number="第二十五批", inspection=changsha.inspection).exclude(
        pk=changsha.batch.pk).exists()


def test_a_file_that_is_not_a_list_is_refused_with_a_chinese_message(world, changsha):
    from django.core.files.uploadedfile import SimpleUploadedFile

    job = _import(world, changsha, SimpleUploadedFile("x.csv", "名称,金额\n甲,1\n".encode()))
    assert job.status == "failed" and "表头" in job.errors[0]["message"]


def test_only_the_office_imports(world, changsha):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        petition_import_create(user=world.unit, inspection=changsha.inspection, uploaded=files.xlsx(ROWS))


def test_a_large_file_is_read_by_the_worker(world, changsha, settings):
    settings.IMPORT_INLINE_MAX_KB = 0  # every file counts as large: the job goes through django-q (sync in tests)
    job = _import(world, changsha, files.xlsx(ROWS))
    assert job.status == "done" and job.summary["created"] == 3


def test_a_list_with_no_batch_anywhere_is_refused_once_not_row_by_row(world, changsha):
    job = _import(world, changsha, files.csv_file(ROWS))
    assert job.status == "failed" and len(job.errors) == 1 and "批次" in job.errors[0]["message"]
