"""A unit user logs in, reports progress with a file and requests sign-off — in a real browser."""
from __future__ import annotations

import pytest

from tests.browser.conftest import log_in, screenshot
from tests.conftest import PDF_BYTES
from zhenggai.ledger.workflow import MeasureState

pytestmark = pytest.mark.browser


def test_a_unit_user_reports_progress_with_a_file_and_requests_sign_off(live_server, world_live, page, tmp_path):
    world = world_live
    evidence = tmp_path / "执法规程印发通知.pdf"
    evidence.write_bytes(PDF_BYTES)

    log_in(page, live_server, "unit")
    assert "我的任务" in page.content()
    screenshot(page, "my-work.png")

    page.click(f"a[href='/measures/{world.measure.pk}/']")
    page.click("text=报送进展")
    page.fill("#id_text", "已完成执法检查工作规程修订，提交局党组会审议。")
    page.fill("#id_progress", "80")
    page.set_input_files("#id_files", str(evidence))
    page.click("main button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "进展已报送" in page.content()
    assert "执法规程印发通知.pdf" in page.content()

    page.click("text=申请销号")
    page.fill("#id_completion_note", "印发《执法检查工作规程》，明确检查频次和裁量基准。")
    page.click("main button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "销号申请已提交" in page.content()
    screenshot(page, "measure-after-request.png")

    world.measure.refresh_from_db()
    assert world.measure.state == MeasureState.REQUESTED
    assert world.measure.progress == 80
    assert world.measure.evidence.count() == 1
