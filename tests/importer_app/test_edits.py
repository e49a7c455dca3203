"""Editing the draft on the preview page: each edit is a small POST that rewrites the JSON (what the answer
holds, a card or the whole preview, is tested in test_edit_fragments)."""
from __future__ import annotations

from django.urls import reverse

from zhenggai.importer.models import ImportJob
from zhenggai.importer.drafts import draft_problems


def _edit(client, job, **data):
    return client.post(reverse("importer:edit", args=[job.pk]), data, HTTP_HX_REQUEST="true")


def _draft(job):
    job = ImportJob.objects.get(pk=job.pk)
    return {**job.draft, "problems": draft_problems(job)}


def _titles(job):
    return [p["title"] for p in _draft(job)["problems"]]


def test_an_edit_that_changes_a_category_answers_htmx_with_the_re_rendered_preview(office_client, parsed_job):
    key = draft_problems(parsed_job)[0]["key"]
    response = _edit(office_client, parsed_job, op="problem", key=key, seq=1, title="执法检查宽松软（已改）",
                     status="in_progress", deadline="2026年12月底前", category="执法方面")
    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<div id="preview"')
    assert "执法检查宽松软（已改）" in page and "<html" not in page
    p = _draft(parsed_job)["problems"][0]
    assert (p["title"], p["status"], p["deadline"], p["category"]) == ("执法检查宽松软（已改）", "in_progress",
                                                                       "2026年12月底前", "执法方面")


def test_a_bad_deadline_is_refused_with_a_chinese_message_and_changes_nothing(office_client, parsed_job):
    key = draft_problems(parsed_job)[0]["key"]
    response = _edit(office_client, parsed_job, op="problem", key=key, seq=1, title="标题", status="done",
                     deadline="下辈子", category="")
    page = response.content.decode()
    assert "修改未保存" in page and "无法识别的整改时限" in page
    assert _draft(parsed_job)["problems"][0]["title"] != "标题"


def test_merge_puts_a_problem_into_the_previous_one_keeping_its_title_as_a_measure(office_client, parsed_job):
    second = draft_problems(parsed_job)[1]
    _edit(office_client, parsed_job, op="merge", key=second["key"])
    draft = _draft(parsed_job)
    assert len(draft["problems"]) == 2
    first = draft["problems"][0]
    assert len(first["measures"]) == 3 + 1 + 2
    assert first["measures"][3]["text"] == second["title"]
    assert [m["seq"] for m in first["measures"]] == [1, 2, 3, 4, 5, 6]


def test_merging_the_first_problem_is_refused(office_client, parsed_job):
    page = _edit(office_client, parsed_job, op="merge", key=draft_problems(parsed_job)[0]["key"]).content.decode()
    assert "无法合并" in page
    assert len(_draft(parsed_job)["problems"]) == 3


def test_split_makes_the_measures_from_k_on_a_new_problem_that_needs_a_title(office_client, parsed_job):
    first = draft_problems(parsed_job)[0]
    _edit(office_client, parsed_job, op="split", key=first["measures"][1]["key"])
    draft = _draft(parsed_job)
    assert len(draft["problems"]) == 4
    assert len(draft["problems"][0]["measures"]) == 1
    new = draft["problems"][1]
    assert [m["text"] for m in new["measures"]] == [m["text"] for m in first["measures"][1:]]
    assert new["seq"] == 2 and new["title"] == ""
    page = office_client.get(reverse("importer:job", args=[parsed_job.pk])).content.decode()
    assert "请填写问题标题" in page


def test_move_sends_a_measure_to_another_problem_by_its_item_number(office_client, parsed_job):
    measure = draft_problems(parsed_job)[0]["measures"][2]
    _edit(office_client, parsed_job, op="move", key=measure["key"], to="3")
    draft = _draft(parsed_job)
    assert len(draft["problems"][0]["measures"]) == 2
    assert draft["problems"][2]["measures"][-1]["text"] == measure["text"]
    page = _edit(office_client, parsed_job, op="move", key=measure["key"], to="9").content.decode()
    assert "没有第9项问题" in page


def test_a_stray_measure_and_a_stray_problem_can_be_deleted(office_client, parsed_job):
    first = draft_problems(parsed_job)[0]
    _edit(office_client, parsed_job, op="delete_measure", key=first["measures"][0]["key"])
    _edit(office_client, parsed_job, op="delete_problem", key=draft_problems(parsed_job)[2]["key"])
    draft = _draft(parsed_job)
    assert len(draft["problems"]) == 2
    assert len(draft["problems"][0]["measures"]) == 2


def test_a_measure_is_edited_and_a_measure_added(office_client, parsed_job):
    problem = draft_problems(parsed_job)[2]
    _edit(office_client, parsed_job, op="measure", key=problem["measures"][0]["key"], text="改过的措施",
          deadline="2026年10月底", units="局办公室", completion_date="")
    _edit(office_client, parsed_job, op="add_measure", key=problem["key"], text="新加的措施", deadline="长期坚持",
          units="", completion_date="")
    measures = _draft(parsed_job)["problems"][2]["measures"]
    assert measures[0]["text"] == "改过的措施" and measures[0]["units"] == ["局办公室"]
    assert measures[-1]["text"] == "新加的措施" and measures[-1]["seq"] == 3
    # 局办公室 is a unit of this body: mapped at once.
    assert _draft(parsed_job)["units"]["局办公室"]["action"] == "map"


def test_an_edit_from_a_stale_page_says_so(office_client, parsed_job):
    page = _edit(office_client, parsed_job, op="delete_measure", key="m999").content.decode()
    assert "页面可能已过期" in page


def test_inspection_facts_are_editable_and_validated(office_client, world, parsed_job):
    data = {"op": "facts", "name": "新名称", "kind": "ducha", "inspector": "省第二生态环境保护督察组",
            "inspected_unit": world.enforcement.pk, "period_start": "2026-03-01", "period_end": "2026-02-01",
            "feedback_date": "2026-06-01"}
    page = _edit(office_client, parsed_job, **data).content.decode()
    assert "巡察结束日期不能早于开始日期" in page
    data["period_end"] = "2026-04-30"
    _edit(office_client, parsed_job, **data)
    facts = _draft(parsed_job)["facts"]
    assert (facts["name"], facts["kind"], facts["inspected_unit"], facts["period_end"]) == (
        "新名称", "ducha", world.enforcement.pk, "2026-04-30")
    data["inspected_unit"] = world.water.pk  # another body's unit
    assert "请选择您管辖范围内的单位" in _edit(office_client, parsed_job, **data).content.decode()


def test_an_unplaced_paragraph_can_be_put_under_a_problem_or_ignored(office_client, parsed_job):
    draft = parsed_job.draft
    draft["doc"]["unplaced"] = [{"position": 30, "text": "漏掉的一段措施。", "reason": "section_text"},
                                {"position": 31, "text": "无关的一段。", "reason": "section_text"}]
    ImportJob.objects.filter(pk=parsed_job.pk).update(draft=draft)
    page = office_client.get(reverse("importer:job", args=[parsed_job.pk])).content.decode()
    assert "未归入问题的段落（2段）" in page
    _edit(office_client, parsed_job, op="place", index=0, to="2")
    assert _draft(parsed_job)["problems"][1]["measures"][-1]["text"] == "漏掉的一段措施。"
    _edit(office_client, parsed_job, op="drop_unplaced", index=0)
    page = office_client.get(reverse("importer:job", args=[parsed_job.pk])).content.decode()
    assert "未归入问题的段落" not in page


def test_edits_are_refused_once_the_job_is_committed(office_client, parsed_job):
    office_client.post(reverse("importer:confirm", args=[parsed_job.pk]))
    response = _edit(office_client, parsed_job, op="delete_problem", key=draft_problems(parsed_job)[0]["key"])
    assert response["HX-Redirect"] == reverse("importer:job", args=[parsed_job.pk])
    assert len(_draft(parsed_job)["problems"]) == 3


def test_the_edited_structure_is_what_gets_committed(office_client, parsed_job):
    _edit(office_client, parsed_job, op="merge", key=draft_problems(parsed_job)[2]["key"])
    office_client.post(reverse("importer:confirm", args=[parsed_job.pk]))
    parsed_job.refresh_from_db()
    assert parsed_job.status == "committed"
    problems = list(parsed_job.inspection.problems.order_by("seq"))
    assert len(problems) == 2
    assert problems[1].measures.count() == 2 + 1 + 2


def test_the_preview_highlights_anomalies_where_they_occur(office_client, parsed_job):
    draft = parsed_job.draft
    second = draft_problems(parsed_job)[1]
    key = second["key"]
    draft["doc"]["anomalies"] = [{"code": "measure_numbering", "message": "问题2：措施编号从“一是”跳到“三是”",
                                  "position": second["position"] + 1, "problem_key": key}]
    ImportJob.objects.filter(pk=parsed_job.pk).update(draft=draft)
    page = office_client.get(reverse("importer:job", args=[parsed_job.pk])).content.decode()
    assert f'href="#{key}">问题2：措施编号' in page  # listed at the top, linked …
    card = page[page.index(f'id="{key}"'):]
    assert card.index("措施编号从") < card.index("</section>")  # … and shown on the problem itself
