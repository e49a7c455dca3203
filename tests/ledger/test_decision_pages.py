"""The review, approval and extension pages show what the decision needs, and say when it was already taken."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.conftest import pdf_upload
from zhenggai.ledger import services
from zhenggai.ledger.models import ExtensionRequest
from zhenggai.ledger.workflow import MeasureState

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)


def png_upload(name: str = "现场照片.png", size: tuple[int, int] = (40, 30)) -> SimpleUploadedFile:
    """A real PNG: sky, ground and a building, so a preview shows something."""
    from PIL import Image, ImageDraw

    buf = io.BytesIO()
    image = Image.new("RGB", size, (150, 200, 235))
    w, h = size
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, h * 2 // 3, w, h], fill=(110, 160, 90))
    draw.rectangle([w // 4, h // 3, w // 2, h * 2 // 3], fill=(200, 190, 170), outline=(90, 80, 70))
    draw.rectangle([w * 3 // 5, h // 2, w * 4 // 5, h * 2 // 3], fill=(180, 60, 50))
    image.save(buf, format="PNG")
    return SimpleUploadedFile(name, buf.getvalue(), content_type="image/png")


@pytest.fixture
def requested(world):
    """world.measure: reported at 80% with a photo, sent back once, requested again with a PDF."""
    services.measure_report_progress(user=world.unit, measure=world.measure, text="规程修订稿已提交局党组会",
                                     progress=80, files=[png_upload()])
    services.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note="第一次申请",
                                      files=[pdf_upload("初稿.pdf")])
    services.measure_review(user=world.office, measure=world.measure, passed=False, note="缺少印发文件")
    services.measure_request_sign_off(user=world.unit, measure=world.measure,
                                      completion_note="印发《执法检查工作规程》，明确检查频次", files=[pdf_upload("印发通知.pdf")])
    world.measure.refresh_from_db()
    return world.measure


def test_the_review_page_shows_the_note_progress_evidence_and_earlier_send_backs(client, world, requested):
    client.force_login(world.office)
    html = client.get(f"/measures/{requested.pk}/review/").content.decode()
    assert "印发《执法检查工作规程》，明确检查频次" in html
    assert "进度" in html and "80%" in html
    assert "规程修订稿已提交局党组会" in html
    assert "印发通知.pdf" in html and "初稿.pdf" in html and "现场照片.png" in html
    assert "缺少印发文件" in html and "第一次申请" in html
    photo = requested.evidence.get(original_name="现场照片.png")
    pdf = requested.evidence.get(original_name="印发通知.pdf")
    assert f'<img class="evidence-thumb" src="/evidence/{photo.pk}/view/"' in html
    assert f'href="/evidence/{pdf.pk}/view/"' in html and f'href="/evidence/{pdf.pk}/"' in html
    assert 'name="decision"' in html


def test_the_approval_page_shows_the_offices_review_beside_the_buttons(client, world, requested):
    services.measure_review(user=world.office2, measure=requested, passed=True, note="材料齐全，同意报领导审批")
    client.force_login(world.leader)
    html = client.get(f"/measures/{requested.pk}/approve/").content.decode()
    assert "材料齐全，同意报领导审批" in html and "陈复核" in html
    assert "印发通知.pdf" in html and "缺少印发文件" in html
    assert 'name="decision"' in html


def test_an_image_preview_is_served_inline_and_a_word_file_is_not(client, world, requested):
    client.force_login(world.office)
    photo = requested.evidence.get(original_name="现场照片.png")
    response = client.get(f"/evidence/{photo.pk}/view/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert not response["Content-Disposition"].startswith("attachment")
    assert "sandbox" in response["Content-Security-Policy"]
    pdf = requested.evidence.get(original_name="印发通知.pdf")
    assert client.get(f"/evidence/{pdf.pk}/view/")["Content-Type"] == "application/pdf"
    download = client.get(f"/evidence/{pdf.pk}/")
    assert download["Content-Disposition"].startswith("attachment")


def test_an_evidence_preview_is_404_outside_the_scope(client, world, requested):
    client.force_login(world.outsider)
    photo = requested.evidence.get(original_name="现场照片.png")
    assert client.get(f"/evidence/{photo.pk}/view/").status_code == 404


def test_a_review_page_opened_after_the_review_says_who_decided_and_when(client, world, requested):
    services.measure_review(user=world.office2, measure=requested, passed=True, note="")
    client.force_login(world.office)
    html = client.get(f"/measures/{requested.pk}/review/").content.decode()
    assert "该销号申请已经审核" in html
    assert "陈复核已于2026年11月23日 10:00审核通过该销号申请" in html
    assert 'name="decision"' not in html


def test_a_review_sent_after_someone_else_decided_changes_nothing_and_says_so(client, world, requested):
    client.force_login(world.office)
    form = client.get(f"/measures/{requested.pk}/review/").content.decode()
    services.measure_review(user=world.office2, measure=requested, passed=True, note="")
    response = client.post(f"/measures/{requested.pk}/review/", {"decision": "back", "note": "再补材料"}, follow=True)
    assert "陈复核已于" in response.content.decode() and "未重复处理" in response.content.decode()
    requested.refresh_from_db()
    assert requested.state == MeasureState.REVIEWED
    assert form  # the page had been rendered before the other decision


def test_a_double_click_on_a_decision_says_what_was_done(client, world, requested):
    client.force_login(world.office)
    html = client.get(f"/measures/{requested.pk}/review/").content.decode()
    key = html.split('name="_once" value="')[1].split('"')[0]
    data = {"decision": "pass", "note": "同意", "_once": key}
    first = client.post(f"/measures/{requested.pk}/review/", data, follow=True).content.decode()
    assert "审核意见已提交" in first
    second = client.post(f"/measures/{requested.pk}/review/", data, follow=True).content.decode()
    assert "王整改已于2026年11月23日 10:00审核通过该销号申请，本次提交未重复处理" in second
    requested.refresh_from_db()
    assert requested.state == MeasureState.REVIEWED


def test_a_double_submitted_progress_report_says_it_was_reported_once(client, world):
    client.force_login(world.unit)
    html = client.get(f"/measures/{world.measure.pk}/progress/").content.decode()
    key = html.split('name="_once" value="')[1].split('"')[0]
    data = {"text": "规程已起草", "progress": "50", "reported_on": "2026-11-23", "_once": key}
    client.post(f"/measures/{world.measure.pk}/progress/", data)
    second = client.post(f"/measures/{world.measure.pk}/progress/", data, follow=True).content.decode()
    assert "您已于10:00报送进展，没有重复处理" in second
    assert world.measure.updates.count() == 1


def test_the_extension_page_shows_the_reason_and_the_current_deadline(client, world):
    ext = services.extension_request(user=world.unit, measure=world.measure, new_date=dt.date(2027, 3, 31),
                                     reason="规程需经省厅备案，备案周期约三个月")
    client.force_login(world.leader)
    html = client.get(f"/measures/{world.measure.pk}/extension/{ext.pk}/").content.decode()
    assert "规程需经省厅备案，备案周期约三个月" in html
    assert "当前期限" in html and world.measure.deadline_display in html
    assert "2027年3月31日" in html and "延长90天" in html
    assert 'name="decision"' in html


def test_an_extension_page_opened_after_the_decision_says_who_decided(client, world):
    ext = services.extension_request(user=world.unit, measure=world.measure, new_date=dt.date(2027, 3, 31),
                                     reason="备案周期长")
    services.extension_decide(user=world.office, extension=ext, approved=True)
    client.force_login(world.leader)
    html = client.get(f"/measures/{world.measure.pk}/extension/{ext.pk}/").content.decode()
    assert "王整改已于2026年11月23日 10:00同意该延期申请" in html
    assert 'name="decision"' not in html
    assert ExtensionRequest.objects.get(pk=ext.pk).decided_by == world.office


def test_the_sign_off_request_form_shows_the_latest_progress_and_the_evidence_already_uploaded(client, world):
    services.measure_report_progress(user=world.unit, measure=world.measure, text="规程已经局党组会审议通过",
                                     progress=95, files=[pdf_upload("党组会纪要.pdf")])
    client.force_login(world.unit)
    html = client.get(f"/measures/{world.measure.pk}/sign-off/").content.decode()
    assert "规程已经局党组会审议通过" in html and "95%" in html
    assert "已上传的佐证材料" in html and "党组会纪要.pdf" in html
    assert 'name="completion_note"' in html
