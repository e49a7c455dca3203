"""The preview says which reading of the document was chosen and offers the runner-up in one click (issue 10);
it says so when the inspected body the document names is not a unit of the system (issue 9)."""
from __future__ import annotations

from django.urls import reverse

from tests.importer_app.conftest import last_job, upload
from zhenggai.importer.drafts import draft_problems

NOTICE = "\n".join([
    "关于某区中央生态环境保护督察反馈问题整改任务（第43项）整改情况的公示",
    "现将某区中央生态环境保护督察反馈问题第43项整改完成情况进行公示。",
    "整改任务：部分河道两岸仍有生活垃圾堆放，清运不及时。",
    "整改完成情况：",
    "1、开展河道垃圾集中清理，清运垃圾120吨。",
    "2、建立河道保洁日巡查制度。",
    "特此公示。",
    "某区水务局",
    "2024年5月6日",
])


def test_the_preview_names_the_reading_and_switches_to_the_runner_up_and_back(office_client):
    assert upload(office_client, "公示.txt", NOTICE.encode("utf-8")).status_code == 302
    job = last_job()
    assert job.status == "parsed", job.error_message
    page = office_client.get(reverse("importer:job", args=[job.pk])).content.decode()
    assert "读法：</strong>整篇作为一个问题" in page
    assert "不含问题清单（只读取文中数字）：0个问题" in page
    assert [p["title"] for p in draft_problems(job)] == ["部分河道两岸仍有生活垃圾堆放，清运不及时"]

    response = office_client.post(reverse("importer:edit", args=[job.pk]), {"op": "reading"})
    assert response.status_code in (200, 302)
    job.refresh_from_db()
    assert draft_problems(job) == [] and job.draft["doc"]["reading"]["name"] == "none"
    page = office_client.get(reverse("importer:job", args=[job.pk])).content.decode()
    assert "整篇作为一个问题：1个问题" in page

    office_client.post(reverse("importer:edit", args=[job.pk]), {"op": "reading"})
    job.refresh_from_db()
    assert [p["title"] for p in draft_problems(job)] == ["部分河道两岸仍有生活垃圾堆放，清运不及时"]


def test_an_inspected_body_that_is_not_a_unit_is_said_not_silently_replaced(office_client):
    text = "\n".join([
        "中共江川市水务局党组关于市委第三巡察组巡察反馈意见整改进展情况的通报",
        "根据市委统一部署，2026年3月1日至4月30日，市委第三巡察组对江川市水务局党组开展了巡察，并于2026年6月1日反馈了巡察意见。",
        "一、整改落实情况",
        "1.关于“防汛物资储备不足”问题的整改。",
        "一是新增储备库2个。二是建立物资台账。",
    ])
    assert upload(office_client, "通报.txt", text.encode("utf-8")).status_code == 302
    job = last_job()
    assert job.draft["facts"]["inspected_named"] == "江川市水务局党组"
    assert job.draft["facts"]["inspected_matched"] is False
    page = office_client.get(reverse("importer:job", args=[job.pk])).content.decode()
    assert "“江川市水务局党组”在系统中没有找到对应单位" in page
