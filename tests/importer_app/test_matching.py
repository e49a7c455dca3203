"""The fuzzy matcher: government abbreviations, character overlap, problem titles."""
from __future__ import annotations

import pytest
from django.urls import reverse

from tests.importer_app.conftest import last_job, upload
from zhenggai.accounts.models import Unit
from zhenggai.importer import matching


@pytest.fixture
def city(db):
    root = Unit.objects.create(name="市人民政府")
    names = ["市发展和改革委员会", "市生态环境局", "市住房和城乡建设局", "市市场监督管理局", "市自然资源和规划局",
             "市纪委监委", "市财政局", "市交通运输局", "市委组织部"]
    return [Unit.objects.create(name=n, parent=root) for n in names]


@pytest.mark.parametrize("doc_name, expected", [
    ("市发改委", "市发展和改革委员会"),
    ("发改委", "市发展和改革委员会"),
    ("市环保局", "市生态环境局"),
    ("住建局", "市住房和城乡建设局"),
    ("市市监局", "市市场监督管理局"),
    ("市自规局", "市自然资源和规划局"),
    ("市纪委市监委", "市纪委监委"),
    ("财政局", "市财政局"),
    ("市交通局", "市交通运输局"),
])
def test_the_top_suggestion_expands_common_abbreviations(city, doc_name, expected):
    suggestions = matching.suggest_units(doc_name, city)
    assert suggestions[0].unit.name == expected
    assert suggestions[0].score >= 0.8
    assert len(suggestions) <= 3
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)


def test_an_unrelated_name_gets_no_confident_suggestion(city):
    suggestions = matching.suggest_units("某某科技有限公司", city)
    assert all(s.score < 0.6 for s in suggestions)


def test_problem_titles_match_despite_the_wrapper_and_punctuation():
    assert matching.text_similarity("关于“执法检查“宽松软”，对企业违法行为查处不及时”问题的整改",
                                    "执法检查“宽松软”,对企业违法行为查处不及时") == 1.0
    assert matching.text_similarity("审批事项办理时限偏长", "固体废物全过程监管存在短板") < 0.3


def test_the_preview_offers_the_top_three_units_with_scores(office_client, world):
    Unit.objects.create(name="市发展和改革委员会", parent=world.bureau)
    csv = "序号,问题,整改措施,责任单位\n1,项目审批慢,压缩审批时限,市发改委\n2,监管不严,加强检查,综合执法\n"
    upload(office_client, "台账.csv", csv.encode("utf-8"))
    job = last_job()
    page = office_client.get(reverse("importer:job", args=[job.pk])).content.decode()
    assert "市发展和改革委员会（相似度100%）" in page
    assert "市生态环境保护综合执法支队（相似度" in page
    # 综合执法 is not certain enough to be pre-selected: the user must decide before the commit.
    assert job.draft["units"]["综合执法"]["action"] == ""
    assert "1个单位名称尚未对应到系统中的单位" in page


def test_a_unit_can_be_mapped_created_under_a_parent_or_left_out(office_client, world):
    csv = "序号,问题,整改措施,责任单位\n1,项目审批慢,压缩审批时限,新设的专班\n2,监管不严,加强检查,综合执法\n"
    upload(office_client, "台账.csv", csv.encode("utf-8"))
    job = last_job()
    edit = reverse("importer:edit", args=[job.pk])
    office_client.post(edit, {"op": "unit", "name": "新设的专班", "choice": "create", "parent": world.bureau.pk})
    office_client.post(edit, {"op": "unit", "name": "综合执法", "choice": f"unit:{world.enforcement.pk}"})
    office_client.post(edit, {"op": "facts", "name": "台账", "kind": "xuncha", "inspector": "市委第六巡察组",
                              "inspected_unit": world.bureau.pk, "feedback_date": "2026-06-01"})
    office_client.post(reverse("importer:confirm", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == "committed"
    created = Unit.objects.get(name="新设的专班")
    assert created.parent == world.bureau
    problems = {p.statement: p for p in job.inspection.problems.all()}
    assert problems["项目审批慢"].lead_unit == created
    assert problems["监管不严"].lead_unit == world.enforcement
    assert problems["监管不严"].measures.get().lead_unit == world.enforcement


def test_a_unit_of_another_body_cannot_be_chosen(office_client, world):
    csv = "序号,问题,整改措施,责任单位\n1,项目审批慢,压缩审批时限,水务\n"
    upload(office_client, "台账.csv", csv.encode("utf-8"))
    job = last_job()
    page = office_client.post(reverse("importer:edit", args=[job.pk]),
                              {"op": "unit", "name": "水务", "choice": f"unit:{world.water.pk}"},
                              HTTP_HX_REQUEST="true").content.decode()
    assert "请选择您管辖范围内的单位" in page


def test_all_undecided_unit_names_can_be_left_out_at_once(office_client, world):
    csv = "序号,问题,整改措施,责任单位\n1,项目审批慢,压缩审批时限,甲单位\n2,监管不严,加强检查,乙单位、局办公室\n"
    upload(office_client, "台账.csv", csv.encode("utf-8"))
    job = last_job()
    page = office_client.get(reverse("importer:job", args=[job.pk])).content.decode()
    assert "2个单位名称尚未对应到系统中的单位" in page
    office_client.post(reverse("importer:edit", args=[job.pk]), {"op": "units_rest_none"})
    job.refresh_from_db()
    assert {k: v["action"] for k, v in job.draft["units"].items()} == {"甲单位": "none", "乙单位": "none",
                                                                       "局办公室": "map"}
