"""The public page shows nothing unpublished: a unique marker in every unpublished field, none on any public page."""
from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import pdf_upload
from tests.portal.conftest import form_data
from zhenggai.ledger import services
from zhenggai.ledger.models import Measure, Problem
from zhenggai.portal import services as portal_services

# Shown only when the inspection allows personal names (public_names).
NAMES = {"lead_leader": "标记责任领导甲", "responsible_person": "标记责任人乙"}
# Never shown.
SECRETS = {
    "measure_text": "标记措施内容丙", "target": "标记整改目标丁", "unit_name": "标记责任单位戊",
    "completion_note": "标记完成情况己", "completion_note_2": "标记完成情况庚", "send_back": "标记退回理由辛",
    "review_note": "标记审核意见壬", "approval_note": "标记审批意见癸", "progress_text": "标记进展情况子",
    "evidence": "标记佐证材料丑.pdf", "extension": "标记延期理由寅", "follow_up": "标记回头看卯",
    "rule": "标记制度名称辰", "feedback_name": "标记留言人巳", "feedback_contact": "标记联系方式午",
    "unanswered": "标记未答复意见未", "hidden_answer": "标记不公开答复申", "ip": "10.98.76.54",
}
USER_NAMES = {persona: f"标记用户{persona}" for persona in ("office", "office2", "leader", "unit", "other_unit",
                                                           "observer", "admin")}


@pytest.fixture
def planted(published):
    """A ledger that has lived: names, notes, reasons, evidence, extensions, follow-ups, rules and feedback."""
    w = published
    for persona, name in USER_NAMES.items():
        user = w.persona(persona)
        user.full_name = name
        user.save()
    w.enforcement.name = SECRETS["unit_name"]
    w.enforcement.save()
    Problem.objects.filter(pk=w.problem.pk).update(lead_leader=NAMES["lead_leader"], target=SECRETS["target"])
    Measure.objects.filter(pk=w.measure.pk).update(responsible_person=NAMES["responsible_person"],
                                                   text="一是" + SECRETS["measure_text"])
    w.measure.refresh_from_db()

    services.measure_report_progress(user=w.unit, measure=w.measure, text=SECRETS["progress_text"], progress=60,
                                     files=[pdf_upload(SECRETS["evidence"])])
    services.measure_request_sign_off(user=w.unit, measure=w.measure, completion_note=SECRETS["completion_note"],
                                      completion_date=dt.date(2026, 8, 20))
    services.measure_review(user=w.office, measure=w.measure, passed=False, note=SECRETS["send_back"])
    for measure, day in ((w.measure, 25), (w.measure2, 28)):
        services.measure_request_sign_off(user=w.unit, measure=measure, completion_note=SECRETS["completion_note_2"],
                                          completion_date=dt.date(2026, 8, day), files=[pdf_upload()])
        services.measure_review(user=w.office, measure=measure, passed=True, note=SECRETS["review_note"])
        services.measure_approve(user=w.leader, measure=measure, approved=True, note=SECRETS["approval_note"])
    services.follow_up_record(user=w.office, problem=w.problem, outcome="holds", note=SECRETS["follow_up"])
    services.extension_request(user=w.other_unit, measure=w.measure3, reason=SECRETS["extension"],
                               new_date=timezone.localdate() + dt.timedelta(days=60))
    services.rule_create(user=w.office, inspection=w.inspection, fields={"title": SECRETS["rule"]})

    answered = portal_services.feedback_submit(inspection=w.inspection, text="建议加快审批。",
                                               name=SECRETS["feedback_name"], contact=SECRETS["feedback_contact"],
                                               ip=SECRETS["ip"])
    portal_services.feedback_answer(user=w.office, feedback=answered, answer="已压缩审批时限。")
    hidden = portal_services.feedback_submit(inspection=w.inspection, text="另一条意见。", ip="10.0.0.2")
    portal_services.feedback_answer(user=w.office, feedback=hidden, answer=SECRETS["hidden_answer"],
                                    show_publicly=False)
    portal_services.feedback_submit(inspection=w.inspection, text=SECRETS["unanswered"], ip="10.0.0.3")
    _publish_a_bulletin(w)
    return w


def _publish_a_bulletin(w) -> None:
    """A published bulletin, if the reports app has its models (its own text is published on purpose)."""
    try:
        from zhenggai.reports.models import Bulletin, BulletinVersion
    except ImportError:
        return
    bulletin = Bulletin.objects.create(inspection=w.inspection, title="中共市生态环境局党组关于巡察整改进展情况的通报")
    BulletinVersion.objects.create(bulletin=bulletin, number=1, organisation_text="成立整改工作领导小组。",
                                   next_steps_text="持续抓好整改。", content={"opening": "现将巡察整改进展情况予以公布。"},
                                   created_at=timezone.now(), published_at=timezone.now(), published_by=w.office)


def public_pages(client, world) -> dict[str, str]:
    urls = [reverse("portal:index"), reverse("portal:inspection", args=[world.inspection.pk]),
            reverse("portal:feedback", args=[world.inspection.pk])]
    index = client.get(urls[0])
    urls += [reverse("portal:bulletin", args=[b.pk]) for b in index.context["bulletins"]]
    pages = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
    return pages


def test_no_unpublished_field_appears_on_any_public_page(client, planted):
    pages = public_pages(client, planted)
    for url, html in pages.items():
        for field, marker in {**SECRETS, **NAMES, **USER_NAMES}.items():
            assert marker not in html, f"{field} ({marker}) leaked on {url}"
    inspection_page = pages[reverse("portal:inspection", args=[planted.inspection.pk])]
    assert "执法检查“宽松软”" in inspection_page  # the problem statement is published
    assert "已完成" in inspection_page and "2026年8月28日" in inspection_page  # status, latest completion date
    assert "建议加快审批。" in inspection_page and "已压缩审批时限。" in inspection_page


def test_names_appear_only_when_the_inspection_allows_them(client, planted):
    planted.inspection.public_names = True
    planted.inspection.save()
    pages = public_pages(client, planted)
    html = pages[reverse("portal:inspection", args=[planted.inspection.pk])]
    assert NAMES["lead_leader"] in html and NAMES["responsible_person"] in html
    for url, page in pages.items():
        for field, marker in {**SECRETS, **USER_NAMES}.items():
            assert marker not in page, f"{field} ({marker}) leaked on {url}"


def test_a_logged_in_office_user_sees_the_same_public_page(client, planted):
    """Nothing personal creeps in for a logged-in visitor: the page may sit in a shared cache."""
    client.force_login(planted.office)
    for url, html in public_pages(client, planted).items():
        assert USER_NAMES["office"] not in html and "退出" not in html, url
