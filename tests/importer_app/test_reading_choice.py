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


SECTIONED_NOTICE = "\n".join([
    "突出生态环境问题整改验收销号公示",
    "现将问题整改完成情况公示如下：",
    "一、整改问题", "（一）江东路南延，砂石物料露天未覆盖。", "（二）楚江大道南延，裸土未及时覆盖。",
    "二、整改实施主体", "某园区管委会",
    "三、重点措施", "（一）路面硬化铺设沥青。", "（二）每日作业后清扫洒水。",
    "四、目标任务", "路面过车无明显扬尘。",
    "五、完成时限", "2025年9月底前",
    "六、整改完成情况", "经核查，已完成整改。",
])


def test_a_notice_in_fixed_sections_is_read_by_its_sections_and_the_numbered_list_stays_on_offer(office_client):
    assert upload(office_client, "销号公示.txt", SECTIONED_NOTICE.encode("utf-8")).status_code == 302
    job = last_job()
    assert job.status == "parsed", job.error_message
    page = office_client.get(reverse("importer:job", args=[job.pk])).content.decode()
    assert "读法：</strong>按公示的固定栏目读取（整改问题、措施、时限）" in page
    assert [p["title"] for p in draft_problems(job)] == ["江东路南延，砂石物料露天未覆盖", "楚江大道南延，裸土未及时覆盖"]
    assert "按正文中的编号列表读取问题" in page  # the runner-up, one click away

    office_client.post(reverse("importer:edit", args=[job.pk]), {"op": "reading"})
    job.refresh_from_db()
    assert job.draft["doc"]["reading"]["name"] == "list"
