"""The large import in the demo set-up, in a real browser: `zhenggai demo` (gunicorn + the job worker) takes a
.docx with a photo, over the inline limit; the progress page gives way to the preview once the worker parsed it."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.browser.conftest import screenshot
from tests.ops.live import big_bulletin_docx, finish_demo, start_demo
from zhenggai.ledger.demo_data import PASSWORDS

pytestmark = pytest.mark.browser  # no test database: the demo runs with its own
DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_a_large_docx_with_a_photo_is_parsed_by_the_demo_s_worker(browser, tmp_path):
    demo = start_demo(tmp_path / "var")
    try:
        context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(demo.url + "/accounts/login/")
        page.fill("#id_username", "office")
        page.fill("#id_password", PASSWORDS["office"])
        page.click("main button[type=submit]")
        page.wait_for_load_state("networkidle")
        document = tmp_path / "关于巡察反馈意见整改进展情况的通报（含会议照片）.docx"
        document.write_bytes(big_bulletin_docx())
        assert document.stat().st_size > 300 * 1024
        page.goto(demo.url + "/import/")
        page.set_input_files("input[name=file]", str(document))
        page.click("main form:has(input[name=file]) button[type=submit]")
        # The worker parses it; the page moves on to the preview by itself (htmx polling).
        page.wait_for_selector("section.imp-card", timeout=90_000)
        assert page.locator("section.imp-card").count() == 3
        assert "后台任务进程没有运行" not in page.content()
        path = screenshot(page, "large-import.png")
        if os.environ.get("ZHENGGAI_UPDATE_DOCS_SCREENSHOTS"):  # refresh the committed copy only when asked
            DOCS.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, DOCS / "large-import.png")
        assert not errors, errors
        context.close()
    finally:
        finish_demo(demo)
