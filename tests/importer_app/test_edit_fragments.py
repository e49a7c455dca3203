"""An edit on the preview answers htmx with only what it changed: the problem's card (or a unit's row), plus the
counters and the list of what must be fixed, all as out-of-band swaps. Structural edits redraw the preview;
without JavaScript every edit is a plain POST and a redirect."""
from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.importer_app.conftest import last_job, long_bulletin, upload
from zhenggai.importer.models import ImportJob
from zhenggai.importer.drafts import draft_problems

PROBLEMS = 60
CARD = re.compile(r'<section class="imp-card[^"]*" id="(p\d+)"')


def _edit(client, job, **data):
    return client.post(reverse("importer:edit", args=[job.pk]), data, HTTP_HX_REQUEST="true")


def _draft(job):
    job = ImportJob.objects.get(pk=job.pk)
    return {**job.draft, "problems": draft_problems(job)}


@pytest.fixture
def large_job(office_client):
    """A bulletin of 60 problems with two measures each."""
    upload(office_client, "长通报.txt", long_bulletin(PROBLEMS).encode("utf-8"))
    job = last_job()
    assert job.status == "parsed" and len(draft_problems(job)) == PROBLEMS, job.error_message
    return job


def _problem_form(problem, **changes):
    data = {"op": "problem", "key": problem["key"], "seq": problem["seq"], "title": problem["title"],
            "status": problem["status"], "deadline": problem["deadline"], "category": problem["category"]}
    return {**data, **changes}


def test_a_single_field_edit_answers_with_that_problems_card_and_the_counters_only(office_client, large_job):
    problem = draft_problems(large_job)[30]
    response = _edit(office_client, large_job, **_problem_form(problem, title="第31项问题（已改）"))
    page = response.content.decode()
    assert response.status_code == 200 and response["HX-Reswap"] == "none"
    assert CARD.findall(page) == [problem["key"]]
    assert "第31项问题（已改）" in page and f'id="{problem["key"]}" hx-swap-oob="true"' in page
    assert 'id="imp-summary" hx-swap-oob="true"' in page and 'id="imp-sticky" hx-swap-oob="true"' in page
    assert 'id="preview"' not in page and "<html" not in page
    whole = office_client.get(reverse("importer:job", args=[large_job.pk])).content.decode()
    assert len(CARD.findall(whole)) == PROBLEMS
    assert len(page) * 20 < len(whole)
    assert _draft(large_job)["problems"][30]["title"] == "第31项问题（已改）"


def test_moving_a_measure_answers_with_the_two_cards_it_changed(office_client, large_job):
    source, target = draft_problems(large_job)[3], draft_problems(large_job)[40]
    page = _edit(office_client, large_job, op="move", key=source["measures"][0]["key"], to="41").content.decode()
    assert CARD.findall(page) == [source["key"], target["key"]]
    draft = _draft(large_job)
    assert [len(draft["problems"][3]["measures"]), len(draft["problems"][40]["measures"])] == [1, 3]


def test_editing_or_deleting_a_measure_answers_with_its_problems_card(office_client, large_job):
    problem = draft_problems(large_job)[5]
    measure = problem["measures"][1]
    page = _edit(office_client, large_job, op="measure", key=measure["key"], text="改过的措施", deadline="",
                 units="", completion_date="2026-09-01", status="done", progress="100",
                 completion_note="已全部完成", responsible_person="王五").content.decode()
    assert CARD.findall(page) == [problem["key"]]
    assert "改过的措施" in page and "完成情况：已全部完成" in page and "责任人：王五" in page
    saved = _draft(large_job)["problems"][5]["measures"][1]
    assert (saved["status"], saved["progress"], saved["completion_note"], saved["responsible_person"]) == (
        "done", 100, "已全部完成", "王五")
    page = _edit(office_client, large_job, op="delete_measure", key=measure["key"]).content.decode()
    assert CARD.findall(page) == [problem["key"]] and "改过的措施" not in page


def test_a_measure_form_from_an_older_page_keeps_the_fields_it_does_not_post(office_client, large_job):
    measure = draft_problems(large_job)[0]["measures"][0]
    _edit(office_client, large_job, op="measure", key=measure["key"], text="甲", deadline="", units="",
          completion_date="", completion_note="做了甲", progress="40")
    _edit(office_client, large_job, op="measure", key=measure["key"], text="乙", deadline="", units="",
          completion_date="")
    saved = _draft(large_job)["problems"][0]["measures"][0]
    assert (saved["text"], saved["completion_note"], saved["progress"]) == ("乙", "做了甲", 40)


def test_a_progress_outside_0_to_100_is_refused_on_the_measures_card(office_client, large_job):
    problem = draft_problems(large_job)[7]
    page = _edit(office_client, large_job, op="measure", key=problem["measures"][0]["key"], text="甲", deadline="",
                 units="", completion_date="", progress="150").content.decode()
    assert CARD.findall(page) == [problem["key"]]
    assert "修改未保存：进度应为0到100之间的整数" in page


def test_a_refused_problem_edit_shows_its_reason_on_that_card_only(office_client, large_job):
    problem = draft_problems(large_job)[12]
    page = _edit(office_client, large_job, **_problem_form(problem, deadline="下辈子")).content.decode()
    assert CARD.findall(page) == [problem["key"]]
    card = page[page.index(f'id="{problem["key"]}"'):]
    assert card.index("修改未保存") < card.index("</section>")


def test_the_counters_follow_a_local_edit(office_client, large_job):
    problem = draft_problems(large_job)[2]
    page = _edit(office_client, large_job, **_problem_form(problem, title="")).content.decode()
    assert "请填写问题标题" in page  # the form refuses an empty title: nothing changed
    _edit(office_client, large_job, op="add_measure", key=problem["key"], text="", deadline="", units="",
          completion_date="")
    page = _edit(office_client, large_job, op="add_measure", key=problem["key"], text="新措施", deadline="",
                 units="", completion_date="").content.decode()
    summary = page[page.index('id="imp-summary"'):]
    total = sum(len(p["measures"]) for p in _draft(large_job)["problems"])
    assert f'<div class="n">{total}</div><div class="l">识别出的措施' in summary


@pytest.mark.parametrize("op", ["merge", "split", "delete_problem"])
def test_structural_edits_redraw_the_whole_preview(office_client, large_job, op):
    problem = draft_problems(large_job)[10]
    key = problem["measures"][1]["key"] if op == "split" else problem["key"]
    response = _edit(office_client, large_job, op=op, key=key)
    page = response.content.decode()
    assert response["HX-Retarget"] == "#preview" and response["HX-Reswap"] == "outerHTML"
    assert page.lstrip().startswith('<div id="preview"')
    assert len(CARD.findall(page)) == len(_draft(large_job)["problems"])


def test_a_category_change_redraws_the_preview_because_the_headings_move(office_client, large_job):
    problem = draft_problems(large_job)[10]
    response = _edit(office_client, large_job, **_problem_form(problem, category="新的类别"))
    assert response["HX-Retarget"] == "#preview"
    assert "新的类别" in response.content.decode()


def test_without_javascript_an_edit_redirects_to_the_preview(office_client, large_job):
    problem = draft_problems(large_job)[0]
    response = office_client.post(reverse("importer:edit", args=[large_job.pk]),
                                  _problem_form(problem, title="无脚本修改"))
    assert response.status_code == 302 and response["Location"] == reverse("importer:job", args=[large_job.pk])
    assert _draft(large_job)["problems"][0]["title"] == "无脚本修改"
    response = office_client.post(reverse("importer:edit", args=[large_job.pk]),
                                  _problem_form(problem, deadline="下辈子"))
    page = response.content.decode()
    assert response.status_code == 200 and "<html" in page and "无法识别的整改时限" in page


LEDGER_CSV = (
    "序号,反馈问题,整改措施,责任单位\n"
    "1,会议记录不规范,统一会议记录模板,综合科\n"
    "2,档案管理混乱,清理档案,档案室\n"
    "3,公务接待超标准,清退超标费用,局办公室\n"
)


def test_mapping_a_unit_answers_with_that_units_row_and_the_counters(office_client, world):
    upload(office_client, "台账.csv", LEDGER_CSV.encode("utf-8"))
    job = last_job()
    assert job.draft["units"]["综合科"]["action"] == "" and job.draft["units"]["局办公室"]["action"] == "map"
    page = _edit(office_client, job, op="unit", name="综合科", choice=f"unit:{world.office_unit.pk}").content.decode()
    assert CARD.findall(page) == []
    rows = re.findall(r'<tr id="(u-[0-9a-f]+)"[^>]*hx-swap-oob="true"', page)
    assert len(rows) == 1 and page.count("<template>") == 1
    assert "综合科" in page and "档案室" not in page
    assert _draft(job)["units"]["综合科"] == {"action": "map", "unit": world.office_unit.pk, "parent": None}
    summary = page[page.index('id="imp-summary"'):]
    assert "1个单位名称尚未对应" in summary


def test_leaving_out_the_remaining_units_redraws_the_unit_panel_only(office_client, world):
    upload(office_client, "台账.csv", LEDGER_CSV.encode("utf-8"))
    job = last_job()
    page = _edit(office_client, job, op="units_rest_none").content.decode()
    assert CARD.findall(page) == [] and 'id="units" hx-swap-oob="true"' in page
    assert "尚未对应" not in page


def test_a_new_unit_name_on_a_problem_redraws_the_unit_panel_too(office_client, large_job):
    problem = draft_problems(large_job)[4]
    page = _edit(office_client, large_job, op="measure", key=problem["measures"][0]["key"], text="措施",
                 deadline="", units="新成立的专班", completion_date="").content.decode()
    # The units column appears for the first time on this bulletin: the whole preview is redrawn.
    assert page.lstrip().startswith('<div id="preview"') and "新成立的专班" in page
    other = draft_problems(large_job)[5]
    page = _edit(office_client, large_job, op="measure", key=other["measures"][0]["key"], text="措施",
                 deadline="", units="另一个专班", completion_date="").content.decode()
    assert CARD.findall(page) == [other["key"]] and 'id="units" hx-swap-oob="true"' in page
