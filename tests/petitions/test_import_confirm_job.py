"""确认导入 of a 交办清单 hands the write to the job worker: the page says 处理中 and refreshes until it is written;
a second click writes nothing; a preview made stale meanwhile is refused by the worker and nothing is written."""
from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD
from tests.petitions import files
from tests.petitions.test_import import ROWS, changsha  # noqa: F401 (fixture)
from zhenggai.petitions.imports import petition_import_confirm, petition_import_create
from zhenggai.petitions.models import PetitionCase, PetitionImport


@pytest.fixture
def queued(settings, monkeypatch):
    """A worker that does not run by itself: the tasks handed to it, to run when the test says."""
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    tasks: list[tuple] = []
    monkeypatch.setattr("django_q.tasks.async_task", lambda func, *args, **kwargs: tasks.append((func, args)))
    return tasks


def _run(tasks) -> None:
    from django.utils.module_loading import import_string

    while tasks:
        func, args = tasks.pop(0)
        import_string(func)(*args)


def _preview(world, p, rows=ROWS) -> PetitionImport:
    job = petition_import_create(user=world.office, inspection=p.inspection, uploaded=files.xlsx(rows),
                                 handed_over_on=dt.date(2026, 6, 10), time_limit_days=15)
    assert job.status == "preview"
    return job


def _cases(p):
    return PetitionCase.objects.filter(inspection=p.inspection, batch__number="第二十五批")


def _office(client, world):
    client.login(username=world.office.username, password=PASSWORD)
    return client


def test_the_confirm_returns_at_once_and_the_page_says_it_is_being_written_until_the_worker_has(
        client, world, changsha, queued):
    job = _preview(world, changsha)
    c = _office(client, world)
    page = c.post(reverse("petitions:import_decide", args=[job.pk, "confirm"]), follow=True).content.decode()
    assert [func for func, _ in queued] == ["zhenggai.petitions.imports.petition_import_commit_job"]
    assert "处理中" in page and 'http-equiv="refresh"' in page and "已确认导入，正在后台写入" in page
    assert not _cases(changsha).exists()
    _run(queued)
    page = c.get(reverse("petitions:import_detail", args=[job.pk])).content.decode()
    assert "新增信访件 <strong>3</strong> 件" in page and 'http-equiv="refresh"' not in page
    assert _cases(changsha).count() == 3


def test_a_second_click_while_it_is_being_written_queues_nothing_and_writes_once(client, world, changsha, queued):
    job = _preview(world, changsha)
    c = _office(client, world)
    url = reverse("petitions:import_decide", args=[job.pk, "confirm"])
    c.post(url)
    again = c.post(url, follow=True).content.decode()
    assert "正在写入，未重复导入" in again and len(queued) == 1
    func, args = queued[0]
    _run(queued)
    from django.utils.module_loading import import_string

    import_string(func)(*args)  # the worker handed the same task again: nothing more is written
    assert _cases(changsha).count() == 3
    cancel = c.post(reverse("petitions:import_decide", args=[job.pk, "cancel"]), follow=True).content.decode()
    assert "不能放弃" in cancel


def test_a_preview_made_stale_before_the_worker_writes_it_is_refused_and_shown_on_the_preview(
        client, world, changsha, queued):
    from zhenggai.petitions import services

    petition_import_confirm(job=_preview(world, changsha), user=world.office)
    again = [files.row(1, "D3HN202606080001", "某砂石场无手续开采，噪声扰民。", area="浏阳市", kind="噪声", verdict="属实")]
    job = _preview(world, changsha, again)
    c = _office(client, world)
    c.post(reverse("petitions:import_decide", args=[job.pk, "confirm"]))
    case = PetitionCase.objects.get(number="D3HN202606080001")
    services.case_assign(user=world.office2, case=case, lead_unit=world.enforcement)  # meanwhile, someone assigns it
    _run(queued)
    job.refresh_from_db()
    case.refresh_from_db()
    assert job.status == "preview" and case.verdict == "" and case.lead_unit == world.enforcement
    page = c.get(reverse("petitions:import_detail", args=[job.pk])).content.decode()
    assert "上次确认导入未能写入，没有写入任何信访件" in page and "本次预览已过期" in page


def test_a_write_that_fails_in_the_worker_leaves_no_case_and_the_preview_to_retry(world, changsha, queued,
                                                                                     monkeypatch):
    from zhenggai.petitions import imports

    job = _preview(world, changsha)

    def failing(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(imports, "petition_import_commit", failing)
    imports.petition_import_confirm_request(job=job, user=world.office)
    _run(queued)
    job.refresh_from_db()
    assert job.status == "preview" and "内部错误（RuntimeError）" in job.errors[0]["message"]
    assert not _cases(changsha).exists()
