"""The quality scan on a real ledger: what fires, what the reviewer sees, what a re-scan keeps."""
from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.conftest import PDF_BYTES, pdf_upload
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger import services
from zhenggai.ledger.models import Inspection, Measure, Problem
from zhenggai.ledger.workflow import MeasureState
from zhenggai.quality.models import FlagKind, QualityFlag
from zhenggai.quality.scan import quality_scan_inspection

NOTE = ("制定印发《执法检查工作规程》，明确检查频次和处罚裁量标准，对2026年以来办理的46件行政处罚案件逐件复核，"
        "发现程序瑕疵的3件已全部整改，相关责任人作出书面检查。")


def other_pdf(name: str = "另一份佐证.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF_BYTES.replace(b"%%EOF", b"% another\n%%EOF"), content_type="application/pdf")


def _request(world, measure, note, user=None, files=None):
    user = user or (world.other_unit if measure.lead_unit_id == world.approvals.pk else world.unit)
    services.measure_request_sign_off(user=user, measure=measure, completion_note=note, files=files or [pdf_upload()])


def _flags(measure, kind):
    return QualityFlag.objects.filter(measure=measure, kind=kind, active=True)


def test_a_completion_note_copied_from_another_unit_is_flagged_on_both_measures(world):
    _request(world, world.measure, NOTE)
    _request(world, world.measure3, NOTE.replace("执法检查工作规程", "审批工作规程"), files=[other_pdf()])
    mine, theirs = _flags(world.measure, FlagKind.COPIED_TEXT).get(), _flags(world.measure3, FlagKind.COPIED_TEXT).get()
    assert mine.detail["other"] == world.measure3.pk and theirs.detail["other"] == world.measure.pk
    assert mine.detail["across_units"] is True
    assert "行政审批处" in mine.explanation and "完成情况" in mine.explanation
    assert "逐件复核" in mine.detail["passage"]


def test_the_reviewer_sees_why_on_the_review_page_with_the_passage_marked(client, world):
    _request(world, world.measure, NOTE)
    _request(world, world.measure3, NOTE, files=[other_pdf()])
    client.force_login(world.office)
    page = client.get(reverse("measure_review", args=[world.measure.pk])).content.decode()
    assert "整改质量提示" in page and "文字雷同" in page
    assert "<mark>" in page and "措施2.1" in page


def test_unit_users_see_no_panel_and_no_quality_page(client, world):
    _request(world, world.measure, NOTE)
    _request(world, world.measure3, NOTE, files=[other_pdf()])
    client.force_login(world.unit)
    assert "整改质量提示" not in client.get(reverse("measure_detail", args=[world.measure.pk])).content.decode()
    assert client.get(reverse("quality:inspection", args=[world.inspection.pk])).status_code == 403
    client.force_login(world.outsider)
    assert client.get(reverse("quality:inspection", args=[world.inspection.pk])).status_code == 404


def test_the_quality_page_lists_flags_by_signal_and_unit(client, world):
    _request(world, world.measure, NOTE)
    _request(world, world.measure3, NOTE, files=[other_pdf()])
    client.force_login(world.leader)
    page = client.get(reverse("quality:inspection", args=[world.inspection.pk]), {"kind": "copied_text"}).content.decode()
    assert "措施1.1" in page and "措施2.1" in page
    only_approvals = client.get(reverse("quality:inspection", args=[world.inspection.pk]),
                                {"kind": "copied_text", "unit": world.approvals.pk}).content.decode()
    assert only_approvals.count('class="qflag ') == 1 and "措施2.1</a><span" in only_approvals
    assert "措施1.1</a><span" not in only_approvals


def test_a_rescan_changes_nothing_and_a_dismissed_flag_stays_dismissed(client, world):
    _request(world, world.measure, NOTE)
    _request(world, world.measure3, NOTE, files=[other_pdf()])
    flag = _flags(world.measure, FlagKind.COPIED_TEXT).get()
    client.force_login(world.office)
    response = client.post(reverse("quality:dismiss", args=[flag.pk]), {"reason": "两项措施为同一项联合检查，已核实"})
    assert response.status_code == 302
    before = list(QualityFlag.objects.order_by("pk").values_list("pk", "key", "active", "dismissed_at"))
    quality_scan_inspection(world.inspection.pk)
    quality_scan_inspection(world.inspection.pk)
    assert list(QualityFlag.objects.order_by("pk").values_list("pk", "key", "active", "dismissed_at")) == before
    flag.refresh_from_db()
    assert flag.is_dismissed and flag.dismiss_reason.startswith("两项措施")
    event = AuditEvent.objects.filter(action="quality.dismiss").get()
    assert event.actor == world.office


def test_dismissing_needs_a_reason_and_a_deciding_role(client, world):
    _request(world, world.measure, NOTE)
    _request(world, world.measure3, NOTE, files=[other_pdf()])
    flag = _flags(world.measure, FlagKind.COPIED_TEXT).get()
    client.force_login(world.office)
    client.post(reverse("quality:dismiss", args=[flag.pk]), {"reason": " "})
    flag.refresh_from_db()
    assert not flag.is_dismissed
    client.force_login(world.unit)
    assert client.post(reverse("quality:dismiss", args=[flag.pk]), {"reason": "我觉得没问题"}).status_code == 403
    flag.refresh_from_db()
    assert not flag.is_dismissed
    client.force_login(world.outsider)
    assert client.post(reverse("quality:dismiss", args=[flag.pk]), {"reason": "范围外的人"}).status_code == 404


def test_a_flag_goes_inactive_once_the_copied_note_is_rewritten(world):
    _request(world, world.measure, NOTE)
    _request(world, world.measure3, NOTE, files=[other_pdf()])
    services.measure_review(user=world.office, measure=world.measure3, passed=False, note="完成情况与执法支队雷同")
    measure3 = Measure.objects.get(pk=world.measure3.pk)
    _request(world, measure3, "压缩环评审批时限至10个工作日，办理流程已于2026年9月在政务大厅和官网公开。", files=[other_pdf()])
    assert not _flags(world.measure, FlagKind.COPIED_TEXT).exists()
    assert QualityFlag.objects.filter(measure=world.measure, kind=FlagKind.COPIED_TEXT, active=False).exists()


def test_the_same_evidence_file_for_two_measures_is_flagged(world):
    _request(world, world.measure, NOTE)
    _request(world, world.measure3, "压缩环评审批时限至10个工作日，办理流程已在官网公开。")
    flag = _flags(world.measure3, FlagKind.EVIDENCE_REUSED).get()
    assert "措施1.1" in flag.explanation and "SHA-256" in flag.explanation


def test_a_completion_date_after_the_request_is_flagged(world):
    services.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note=NOTE,
                                      completion_date=dt.date.today() + dt.timedelta(days=20), files=[pdf_upload()])
    assert _flags(world.measure, FlagKind.COMPLETED_AFTER_REQUEST).exists()


def test_a_request_the_day_after_assignment_for_a_distant_deadline_is_flagged(world):
    Measure.objects.filter(pk=world.measure.pk).update(created_on=dt.date.today() - dt.timedelta(days=1),
                                                        deadline_date=dt.date.today() + dt.timedelta(days=180))
    _request(world, Measure.objects.get(pk=world.measure.pk), NOTE)
    flag = _flags(world.measure, FlagKind.RUSHED).get()
    assert "1天后即申请销号" in flag.explanation
    jump = _flags(world.measure, FlagKind.PROGRESS_JUMP).get()
    assert "0%" in jump.explanation


def test_a_vague_measure_requested_without_evidence_is_a_risk(world):
    vague = Measure.objects.create(problem=world.problem, seq=3, text="进一步提高政治站位，切实加强执法队伍作风建设。",
                                   lead_unit=world.enforcement, state=MeasureState.REQUESTED)
    quality_scan_inspection(world.inspection.pk)
    flag = _flags(vague, FlagKind.VAGUE).get()
    assert flag.severity == "risk" and "抽象表述" in flag.explanation and "没有佐证材料" in flag.explanation
    assert _flags(vague, FlagKind.NO_EVIDENCE).exists()
    assert not _flags(world.measure, FlagKind.VAGUE).exists()  # 修订执法检查工作规程，明确检查频次… is checkable


def test_a_problem_raised_again_after_an_earlier_sign_off_is_linked_with_how_it_was_closed(client, world, drive):
    drive(world, MeasureState.SIGNED_OFF, world.measure)
    drive(world, MeasureState.SIGNED_OFF, world.measure2)
    later = Inspection.objects.create(name="市委第二巡察组巡察反馈意见整改", inspector="市委第二巡察组", inspected_unit=world.bureau,
                                      kind="xuncha", feedback_date=world.inspection.feedback_date + dt.timedelta(days=400))
    again = Problem.objects.create(inspection=later, seq=1, statement="执法检查仍然“宽松软”，企业违法行为查处不及时、处罚偏轻",
                                   lead_unit=world.enforcement)
    quality_scan_inspection(later.pk)
    flag = QualityFlag.objects.get(problem=again, kind=FlagKind.RECURRENCE)
    assert world.inspection.name in flag.explanation and "已印发执法检查工作规程" in flag.explanation
    client.force_login(world.office)
    page = client.get(reverse("problem_detail", args=[again.pk])).content.decode()
    assert "问题反复" in page and "举一反三" in page and world.inspection.name[:10] in page


def test_the_scan_asks_the_same_number_of_queries_for_a_small_and_a_larger_inspection(world, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            quality_scan_inspection(world.inspection.pk)
        return len(ctx.captured_queries)

    quality_scan_inspection(world.inspection.pk)
    small = queries()
    for n in range(40):
        Measure.objects.create(problem=world.problem2, seq=10 + n, text=f"第{n}项：组织开展专项检查{n}次，形成检查报告。",
                               lead_unit=world.approvals)
    quality_scan_inspection(world.inspection.pk)
    assert queries() == small


def test_the_inspection_list_and_the_battle_map_count_the_open_risks(client, world):
    _request(world, world.measure, NOTE)
    _request(world, world.measure3, NOTE, files=[other_pdf()])
    risks = QualityFlag.objects.filter(inspection=world.inspection, active=True, severity="risk").count()
    assert risks >= 2
    client.force_login(world.office)
    listing = client.get(reverse("inspection_list")).content.decode()
    assert "质量风险" in listing
    assert f'href="{reverse("quality:inspection", args=[world.inspection.pk])}" title="查看整改质量提示">{risks}</a>' in listing
    board = client.get(reverse("battlemap:overview")).content.decode()
    assert "质量风险" in board and f'<td class="num">{risks}</td></tr>' in board
    client.force_login(world.unit)
    assert "质量风险" not in client.get(reverse("inspection_list")).content.decode()


def test_a_full_rescan_reads_each_body_once_and_finds_what_scanning_one_by_one_finds(world, drive):
    from io import StringIO

    from django.core.management import call_command

    drive(world, MeasureState.SIGNED_OFF, world.measure)
    drive(world, MeasureState.SIGNED_OFF, world.measure2)
    later = Inspection.objects.create(name="市委第二巡察组巡察反馈意见整改", inspector="市委第二巡察组", inspected_unit=world.bureau,
                                      kind="xuncha", feedback_date=world.inspection.feedback_date + dt.timedelta(days=400))
    Problem.objects.create(inspection=later, seq=1, statement="执法检查仍然“宽松软”，企业违法行为查处不及时、处罚偏轻",
                           lead_unit=world.enforcement)
    for pk in (world.inspection.pk, later.pk):
        quality_scan_inspection(pk)
    one_by_one = set(QualityFlag.objects.filter(active=True).values_list("key", "explanation"))
    QualityFlag.objects.all().delete()
    out = StringIO()
    call_command("quality", "scan", "--all", stdout=out, stderr=StringIO())
    assert set(QualityFlag.objects.filter(active=True).values_list("key", "explanation")) == one_by_one
    assert any(key.startswith("recurrence:") for key, _ in one_by_one)
    assert out.getvalue().startswith("检查了2个巡察、3项措施")  # the later round has no measures yet


def test_a_note_pasted_into_many_measures_flags_the_three_closest_and_counts_the_rest(world):
    units = [world.enforcement, world.approvals, world.office_unit]
    copies = [Measure.objects.create(problem=world.problem2, seq=10 + n, text=f"第{n}项措施。", lead_unit=units[n % 3],
                                     completion_note=NOTE, state=MeasureState.SIGNED_OFF) for n in range(6)]
    quality_scan_inspection(world.inspection.pk)
    first = list(QualityFlag.objects.filter(measure=copies[0], kind=FlagKind.COPIED_TEXT, detail__field="note"))
    assert len(first) == 3
    assert all("另有2项措施的完成情况与之雷同" in f.explanation for f in first)
    # the 4 other units' copies come before the same unit's (copies[3])
    assert {f.detail["other"] for f in first} < {c.pk for c in copies if c.lead_unit_id != copies[0].lead_unit_id}
    assert all(f.detail["across_units"] and f.detail["more"] == 2 for f in first)
