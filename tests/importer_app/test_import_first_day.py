"""A fresh import: not red for periods before it existed, says what it filled in, shows in each measure's history,
and a second copy of the same bulletin is recognised by its facts."""
from __future__ import annotations

import pytest
from django.urls import reverse

from tests.importer_app.conftest import BULLETIN, last_job, upload
from zhenggai.importer import services
from zhenggai.importer.drafts import DraftStore, draft_problems
from zhenggai.ledger.models import Inspection, Light, Measure
from zhenggai.ledger.selectors import inspection_headline, light_of, measures_with_light

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)

LONG_TERM = BULLETIN.replace("三、下一步工作打算", "（三）需要长期坚持的问题\n"
                             "4.关于“生态环境执法队伍作风建设有待加强”问题的整改。\n"
                             "一是开展作风纪律专项教育。二是开展执法人员轮岗交流。\n三、下一步工作打算")


def _import(client, text: str, name: str = "通报.txt"):
    upload(client, name, text.encode("utf-8"))
    job = last_job()
    assert job.status == "parsed", job.error_message
    return job


def _commit(client, job):
    client.post(reverse("importer:confirm", args=[job.pk]))
    job.refresh_from_db()
    return job


def test_long_term_measures_imported_today_are_blue_not_red_for_periods_before_the_import(office_client, world):
    job = _commit(office_client, _import(office_client, LONG_TERM))
    assert job.status == "committed", job.summary
    inspection = job.inspection
    long_term = measures_with_light(inspection).filter(deadline_kind="long_term")
    assert long_term.count() == 2
    assert {light_of(m.light_rank) for m in long_term} == {Light.BLUE}
    assert all(m.created_on == inspection.feedback_date for m in long_term)  # 序时 still runs from the feedback
    assert inspection_headline(inspection).lights["red"] == 0


def test_an_imported_long_term_measure_turns_red_once_a_whole_period_passes_without_a_report(office_client, world,
                                                                                           time_machine):
    job = _commit(office_client, _import(office_client, LONG_TERM))
    time_machine.move_to("2027-01-27 10:00 +0800")  # the 2026-11-26 … 12-25 round passed unreported
    long_term = measures_with_light(job.inspection).filter(deadline_kind="long_term")
    assert {light_of(m.light_rank) for m in long_term} == {Light.RED}


def test_the_preview_says_which_values_the_system_filled_in(office_client, world):
    job = _import(office_client, LONG_TERM)
    first = draft_problems(job)[0]
    first["measures"][0]["deadline"] = "立行立改，长期坚持"
    DraftStore(job).save(first)
    html = office_client.get(reverse("importer:job", args=[job.pk])).content.decode()
    assert "系统填写：立行立改的期限：文档未写日期，按反馈日期后15天计为2026年6月16日前" in html
    assert "系统填写：整改时限：文档未写，按状态记为“长期坚持”" in html
    assert "系统填写：完成时间：文档未写，记为通报日期2026-09-20" in html


def test_a_measure_with_a_written_date_is_not_marked_as_filled(world):
    ctx = services.ReviewContext("new", {}, set())
    draft = {"facts": {"feedback_date": "2026-06-01"}, "doc": {}}
    p = {"deadline": "", "status": "in_progress", "units": []}
    m = {"deadline": "立行立改，2026年9月底前", "units": []}
    assert services.system_filled(draft, p, m, ctx) == []


def test_each_new_measure_shows_the_import_in_its_history(office_client, world):
    job = _commit(office_client, _import(office_client, BULLETIN))
    measure = Measure.objects.filter(problem__inspection=job.inspection).first()
    html = office_client.get(reverse("measure_detail", args=[measure.pk])).content.decode()
    assert "由导入文档创建" in html and "据《通报.txt》导入台账" in html


def test_a_measure_created_by_an_import_logged_before_ranges_still_shows_it_and_others_do_not(office_client, world):
    """Audit events are never rewritten: an import.commit written with the plain id list still counts."""
    from zhenggai.audit.services import audit_record

    audit_record(actor=world.office, action="import.commit", obj=world.inspection, inspection_id=world.inspection.pk,
                 after={"job": 1, "file": "旧通报.docx", "measures_created": [world.measure.pk]})
    html = office_client.get(reverse("measure_detail", args=[world.measure.pk])).content.decode()
    assert "由导入文档创建" in html and "据《旧通报.docx》导入台账" in html
    other = office_client.get(reverse("measure_detail", args=[world.measure2.pk])).content.decode()
    assert "由导入文档创建" not in other


def test_the_ids_an_import_created_are_kept_as_ranges_and_read_back_exactly():
    from zhenggai.ledger.selectors import created_by_import, id_ranges

    ids = [12, 10, 11, 40, 13, 41, 7]
    ranges = id_ranges(ids)
    assert ranges == [[7, 7], [10, 13], [40, 41]]
    assert [pk for pk in range(0, 50) if created_by_import({"measure_id_ranges": ranges}, pk)] == sorted(ids)
    assert id_ranges(range(1, 200_001)) == [[1, 200_000]]


def test_a_resaved_copy_of_an_imported_bulletin_is_recognised_by_inspector_date_and_name(office_client, world):
    first = _commit(office_client, _import(office_client, BULLETIN))
    copy = _import(office_client, BULLETIN.replace("。\n", "。 \n") + "\n", "通报（另存）.txt")
    assert copy.sha256 != first.sha256
    html = office_client.get(reverse("importer:job", args=[copy.pk])).content.decode()
    assert "巡察组、反馈日期相同且名称相近的巡察" in html and first.inspection.name in html
    count = Inspection.objects.count()
    refused = office_client.post(reverse("importer:confirm", args=[copy.pk]), follow=True).content.decode()
    assert "可能是同一份文件的另一个版本" in refused
    assert Inspection.objects.count() == count
    office_client.post(reverse("importer:acknowledge_duplicate", args=[copy.pk]))
    assert _commit(office_client, copy).status == "committed"
    assert Inspection.objects.count() == count + 1


def test_a_different_inspection_of_the_same_team_on_the_same_day_is_not_a_duplicate(office_client, world):
    _commit(office_client, _import(office_client, BULLETIN))
    other = BULLETIN.replace("市生态环境局党组关于", "市水务局党组关于").replace("巡察反馈意见整改进展情况的通报",
                                                                              "巡察反馈问题整改落实工作方案")
    job = _import(office_client, other, "水务局.txt")
    draft = job.draft
    draft["facts"]["name"] = "市委第六巡察组对市水务局党组巡察反馈问题整改"
    job.draft = draft
    job.save(update_fields=["draft"])
    assert services.similar_inspections(job, world.office) == []
