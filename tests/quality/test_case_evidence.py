"""Petition cases' (信访件) evidence is scanned with the measures': the same file, or the same photo saved again,
used for two cases or for a case and a measure is flagged, on the case page and on the 整改质量 page."""
from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tests.conftest import pdf_upload
from tests.petitions.conftest import Petitions
from tests.quality.test_evidence_files import BOARD, JETTY, resaved, upload
from zhenggai.ledger import services as ledger_services
from zhenggai.ledger.models import Measure, Problem
from zhenggai.petitions import services
from zhenggai.quality.models import FlagKind, QualityFlag
from zhenggai.quality.scan import quality_scan_inspection


@pytest.fixture
def petitions(world) -> Petitions:
    return Petitions(world)


def _report_case(world, case, files, *, user=None):
    """The lead unit investigates and reports the case with these files (the scan runs when the report commits)."""
    user = user or (world.other_unit if case.lead_unit_id == world.approvals.pk else world.unit)
    services.case_investigate(user=user, case=case, investigation="经现场核查，情况属实。", verdict="true")
    return services.case_report(user=user, case=case, handling="责令企业整改，立案处罚1件。", cases_filed=1, files=files)


def _case_flags(case):
    return QualityFlag.objects.filter(petition_case=case, kind=FlagKind.EVIDENCE_REUSED, active=True)


def _ducha_measure(world, petitions) -> Measure:
    problem = Problem.objects.create(inspection=petitions.inspection, seq=1, statement="化工园区废气治理不到位",
                                     lead_unit=world.enforcement)
    return Measure.objects.create(problem=problem, seq=1, text="开展化工园区废气专项执法检查。",
                                  lead_unit=world.enforcement, created_on=dt.date(2026, 5, 20))


def test_the_same_file_reported_for_two_cases_flags_both_with_the_other_case_named(world, petitions,
                                                                                  django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _report_case(world, petitions.case, [pdf_upload("现场核查记录.pdf")])
    with django_capture_on_commit_callbacks(execute=True):
        _report_case(world, petitions.case2, [pdf_upload("审批核查记录.pdf")])
    first, second = _case_flags(petitions.case).get(), _case_flags(petitions.case2).get()
    assert "SHA-256" in second.explanation and "第二十五批第1号（D3HN202605280040）" in second.explanation
    assert "第二十五批第2号（X3HN202605290011）" in first.explanation
    assert first.measure_id is None and first.problem_id is None and first.inspection_id == petitions.inspection.pk
    assert second.detail["other_cases"] == [petitions.case.pk] and second.detail["others"] == []


def test_a_case_file_that_is_also_a_measure_s_evidence_flags_the_case_and_the_measure(world, petitions):
    measure = _ducha_measure(world, petitions)
    ledger_services.measure_report_progress(user=world.unit, measure=measure, text="检查企业12家。", progress=40,
                                            files=[pdf_upload("检查记录.pdf")])
    _report_case(world, petitions.case, [pdf_upload("办理情况.pdf")])
    quality_scan_inspection(petitions.inspection.pk)
    case_flag = _case_flags(petitions.case).get()
    measure_flag = QualityFlag.objects.get(measure=measure, kind=FlagKind.EVIDENCE_REUSED)
    assert "措施1.1" in case_flag.explanation and case_flag.detail["others"] == [measure.pk]
    assert "信访件第二十五批第1号" in measure_flag.explanation and measure_flag.detail["other_cases"] == [petitions.case.pk]


def test_a_photo_re_saved_for_a_case_is_found_against_a_measure_of_another_round_of_the_body(world, petitions):
    ledger_services.measure_report_progress(user=world.unit, measure=world.measure, text="现场检查。", progress=50,
                                            files=[upload("执法现场.jpg", resaved(BOARD))])
    quality_scan_inspection(world.inspection.pk)
    _report_case(world, petitions.case, [upload("整改后现场.jpg", resaved(BOARD, scale=0.6, quality=50))])
    _report_case(world, petitions.case2, [upload("另一处现场.jpg", resaved(JETTY))])
    quality_scan_inspection(petitions.inspection.pk)
    flag = _case_flags(petitions.case).get()
    assert "同一画面" in flag.explanation and world.inspection.name in flag.explanation and "措施1.1" in flag.explanation
    assert flag.detail["others"] == [world.measure.pk] and flag.detail["bits"] <= 2
    assert not _case_flags(petitions.case2).exists()


def test_the_case_page_shows_the_flag_to_the_office_and_not_to_the_unit(client, world, petitions):
    _report_case(world, petitions.case, [pdf_upload("现场核查记录.pdf")])
    _report_case(world, petitions.case2, [pdf_upload("审批核查记录.pdf")])
    quality_scan_inspection(petitions.inspection.pk)
    url = reverse("petitions:case_detail", args=[petitions.case2.pk])
    client.force_login(world.office)
    page = client.get(url).content.decode()
    assert "整改质量提示" in page and "与信访件第二十五批第1号（D3HN202605280040）上传的文件完全相同" in page
    assert page.index("整改质量提示") < page.index('id="step-')  # above the review step it informs
    client.force_login(world.other_unit)
    assert "整改质量提示" not in client.get(url).content.decode()


def test_the_quality_page_counts_case_flags_and_lists_them_with_a_link_to_the_case(client, world, petitions):
    _report_case(world, petitions.case, [pdf_upload("现场核查记录.pdf")])
    _report_case(world, petitions.case2, [pdf_upload("审批核查记录.pdf")])
    quality_scan_inspection(petitions.inspection.pk)
    client.force_login(world.office)
    page = client.get(reverse("quality:inspection", args=[petitions.inspection.pk]) + "?case=1").content.decode()
    assert "其中信访件" in page
    assert reverse("petitions:case_detail", args=[petitions.case.pk]) in page
    assert reverse("petitions:case_detail", args=[petitions.case2.pk]) in page


def test_a_case_flag_tied_to_a_problem_does_not_show_on_that_problem_s_measures(world, petitions):
    from zhenggai.quality.selectors import flags_for_measure, flags_for_problem

    measure = _ducha_measure(world, petitions)
    for case in (petitions.case, petitions.case2):
        case.problem = measure.problem
        case.save(update_fields=["problem"])
    _report_case(world, petitions.case, [pdf_upload("现场核查记录.pdf")])
    _report_case(world, petitions.case2, [pdf_upload("审批核查记录.pdf")])
    quality_scan_inspection(petitions.inspection.pk)
    assert _case_flags(petitions.case).get().problem_id == measure.problem_id
    assert not [f for f in flags_for_measure(measure) if f.kind == FlagKind.EVIDENCE_REUSED]
    assert not [f for f in flags_for_problem(measure.problem) if f.kind == FlagKind.EVIDENCE_REUSED]


def test_a_dismissed_case_flag_stays_dismissed_after_a_re_scan(world, petitions):
    from zhenggai.quality.services import quality_flag_dismiss

    _report_case(world, petitions.case, [pdf_upload("现场核查记录.pdf")])
    _report_case(world, petitions.case2, [pdf_upload("审批核查记录.pdf")])
    quality_scan_inspection(petitions.inspection.pk)
    flag = _case_flags(petitions.case2).get()
    quality_flag_dismiss(user=world.office, flag=flag, reason="两件为同一企业的同一次核查，材料相同属实")
    quality_scan_inspection(petitions.inspection.pk)
    flag.refresh_from_db()
    assert flag.is_dismissed and flag.active
