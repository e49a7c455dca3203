"""The import's preview step: upload → read → preview → 确认导入 writes once, 放弃 writes nothing."""
from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD
from tests.petitions import files
from tests.petitions.test_import import ROWS, changsha  # noqa: F401 (fixture)
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger.workflow import WorkflowError
from zhenggai.petitions.imports import ImportStale, petition_import_cancel, petition_import_confirm, petition_import_create
from zhenggai.petitions.models import PetitionCase


def _upload(world, p, upload, **kw):
    kw.setdefault("handed_over_on", dt.date(2026, 6, 10))
    kw.setdefault("time_limit_days", 15)
    return petition_import_create(user=world.office, inspection=p.inspection, uploaded=upload, **kw)


def _cases(p):
    return PetitionCase.objects.filter(inspection=p.inspection, batch__number="第二十五批")


def test_the_upload_stops_at_a_preview_that_says_what_will_happen_and_writes_nothing(world, changsha):
    job = _upload(world, changsha, files.xlsx(ROWS))
    assert job.status == "preview"
    assert not _cases(changsha).exists()
    s = job.summary
    assert (s["rows_total"], s["created"], s["updated"]) == (3, 3, 0)
    assert s["missing_number"] == [5]  # the third case sits on line 5 under the title and the heading
    assert s["states"] == {"new": 2, "concluded": 1}
    assert s["new_batches"] == ["第二十五批"]


def test_the_preview_counts_updates_by_acceptance_number_unknown_columns_and_repeats(world, changsha):
    petition_import_confirm(job=_upload(world, changsha, files.xlsx(ROWS)), user=world.office)
    rows = [files.row(1, "D3HN202606080001", "某砂石场无手续开采，噪声扰民。", area="浏阳市", kind="噪声",
                      verdict="属实") + ["请加快"],
            files.row(2, "D3HN202606200009", "砂石场又在夜间开采（与第25批D3HN202606080001号反映的属同一案件）。",
                      area="浏阳市", kind="噪声") + [""]]
    job = _upload(world, changsha, files.xlsx(rows, headings=files.HEADINGS + ["督察组意见"]))
    s = job.summary
    assert (s["created"], s["updated"]) == (1, 1)
    assert s["updated_numbers"] == ["D3HN202606080001"]
    assert s["unknown_columns"] == ["督察组意见"]
    assert s["repeats"] == [{"line": 4, "number": "D3HN202606200009", "repeat_of": "D3HN202606080001"}]


def test_another_bodys_list_is_refused_by_name_before_any_preview(world, changsha):
    job = _upload(world, changsha, files.xlsx(ROWS, title="岳阳市第三轮中央生态环境保护督察边督边改公开一览表（第二十五批）"))
    assert job.status == "failed" and "岳阳市" in job.errors[0]["message"]


def test_confirming_writes_everything_once_and_a_second_confirmation_writes_nothing(world, changsha):
    job = _upload(world, changsha, files.xlsx(ROWS))
    done = petition_import_confirm(job=job, user=world.office)
    assert done.status == "done" and done.summary["created"] == 3
    with pytest.raises(WorkflowError, match="已导入，未重复导入"):
        petition_import_confirm(job=job, user=world.office)
    assert _cases(changsha).count() == 3
    assert AuditEvent.objects.filter(action="petition.import").count() == 1


def test_cancelling_discards_the_preview_and_it_cannot_be_confirmed_after(world, changsha):
    job = _upload(world, changsha, files.xlsx(ROWS))
    assert petition_import_cancel(job=job, user=world.office).status == "cancelled"
    with pytest.raises(WorkflowError, match="已放弃"):
        petition_import_confirm(job=job, user=world.office)
    assert not _cases(changsha).exists()


def test_a_preview_made_stale_by_a_change_to_its_batch_is_refused_clearly(world, changsha):
    from zhenggai.petitions import services

    petition_import_confirm(job=_upload(world, changsha, files.xlsx(ROWS)), user=world.office)
    again = [files.row(1, "D3HN202606080001", "某砂石场无手续开采，噪声扰民。", area="浏阳市", kind="噪声", verdict="属实")]
    job = _upload(world, changsha, files.xlsx(again))
    case = PetitionCase.objects.get(number="D3HN202606080001")
    services.case_assign(user=world.office2, case=case, lead_unit=world.enforcement)  # meanwhile, someone assigns it
    with pytest.raises(ImportStale, match="预览已过期"):
        petition_import_confirm(job=job, user=world.office)
    case.refresh_from_db()
    assert case.verdict == "" and case.lead_unit == world.enforcement
    job.refresh_from_db()
    assert job.status == "preview"  # nothing was written; the office uploads again


def _login(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def test_the_preview_page_confirms_once_even_when_the_button_is_pressed_twice(client, world, changsha):
    job = _upload(world, changsha, files.xlsx(ROWS))
    c = _login(client, world.office)
    page = c.get(reverse("petitions:import_detail", args=[job.pk]))
    html = page.content.decode()
    assert "导入预览" in html and "新增 3 件" in html and "确认导入" in html and "缺少受理编号" in html
    assert 'class="badge pending">待确认导入</span></h1>' in html
    once = page.context["once"]
    url = reverse("petitions:import_decide", args=[job.pk, "confirm"])
    assert c.post(url, {"_once": once}).status_code == 302
    second = c.post(url, {"_once": once}, follow=True)
    assert "已经提交过" in second.content.decode()
    assert _cases(changsha).count() == 3


@pytest.mark.parametrize("persona,status", [("office", 200), ("office2", 200), ("leader", 403), ("unit", 403),
                                            ("outsider", 404)])
def test_the_preview_page_answers_each_role_as_the_matrix_says(client, world, changsha, persona, status):
    job = _upload(world, changsha, files.xlsx(ROWS))
    assert _login(client, world.persona(persona)).get(
        reverse("petitions:import_detail", args=[job.pk])).status_code == status


@pytest.mark.parametrize("persona,status", [("leader", 403), ("unit", 403), ("outsider", 404)])
def test_only_the_office_in_scope_confirms_a_preview(client, world, changsha, persona, status):
    job = _upload(world, changsha, files.xlsx(ROWS))
    response = _login(client, world.persona(persona)).post(reverse("petitions:import_decide", args=[job.pk, "confirm"]))
    assert response.status_code == status
    assert not _cases(changsha).exists()


def test_the_preview_says_when_the_same_file_was_already_imported(client, world, changsha):
    data = files.xlsx(ROWS)
    first = _upload(world, changsha, data)
    assert first.summary["same_file"] is None
    petition_import_confirm(job=first, user=world.office)
    data.seek(0)
    again = _upload(world, changsha, data)
    assert again.summary["same_file"]["created"] == 3 and again.summary["same_file"]["id"] == first.pk
    page = _login(client, world.office).get(reverse("petitions:import_detail", args=[again.pk])).content.decode()
    assert "同一文件已于" in page and "缺少受理编号的1件会再新增一次" in page
    # Confirmed anyway: the numbered cases are updates, the one without 受理编号 is added again, as the page warns.
    petition_import_confirm(job=again, user=world.office)
    assert _cases(changsha).count() == 4
