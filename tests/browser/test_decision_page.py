"""The office reviews a sign-off request in a real browser, with the evidence beside the buttons."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.browser.conftest import log_in, screenshot
from tests.conftest import pdf_upload
from tests.ledger.test_decision_pages import png_upload
from zhenggai.ledger import services
from zhenggai.ledger.workflow import MeasureState

pytestmark = pytest.mark.browser
DOCS_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "decision-with-evidence.png"


def test_the_office_reviews_with_the_photo_the_pdf_and_the_earlier_send_back_in_view(live_server, world_live, page):
    world = world_live
    measure = world.measure
    services.measure_report_progress(user=world.unit, measure=measure, text="规程修订稿已提交局党组会审议",
                                     progress=90, files=[png_upload("执法检查现场.png", size=(480, 300))])
    services.measure_request_sign_off(user=world.unit, measure=measure, completion_note="规程已起草",
                                      files=[pdf_upload("规程草案.pdf")])
    services.measure_review(user=world.office2, measure=measure, passed=False, note="规程尚未印发，请附印发文件")
    services.measure_request_sign_off(user=world.unit, measure=measure,
                                      completion_note="印发《执法检查工作规程》（环执〔2026〕12号），明确检查频次和处罚裁量标准。",
                                      files=[pdf_upload("关于印发执法检查工作规程的通知.pdf")])

    log_in(page, live_server, "office")
    page.goto(f"{live_server.url}/measures/{measure.pk}/review/")
    page.wait_for_load_state("networkidle")
    photo = page.locator("img.evidence-thumb")
    assert photo.count() == 1
    assert photo.evaluate("img => img.complete && img.naturalWidth > 0")  # the preview really loads
    body = page.inner_text("main")
    assert "规程尚未印发，请附印发文件" in body
    assert "关于印发执法检查工作规程的通知.pdf" in body and "在线预览" in body
    assert "90%" in body
    path = screenshot(page, "decision-with-evidence.png")
    if os.environ.get("ZHENGGAI_UPDATE_DOCS_SCREENSHOTS"):  # refresh the committed copy only when asked
        shutil.copyfile(path, DOCS_SCREENSHOT)

    page.check("input[name=decision][value=pass]")
    page.click("main button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "审核意见已提交" in page.content()
    measure.refresh_from_db()
    assert measure.state == MeasureState.REVIEWED
