"""The reading choice in a real browser: the notice is read as one task; one click reads it as no list, one
more reads it back; no script or CSP error."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in, screenshot
from tests.importer_app.test_reading_choice import NOTICE

pytestmark = pytest.mark.browser


def test_the_runner_up_reading_is_one_click_away(live_server, world_live, page, tmp_path):
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    notice = tmp_path / "公示.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    log_in(page, live_server, "office")
    page.goto(f"{live_server.url}/import/")
    page.set_input_files("input[name=file]", str(notice))
    page.click("main form:has(input[name=file]) button[type=submit]")
    page.wait_for_load_state("networkidle")
    expect(page.locator("#imp-reading")).to_contain_text("整篇作为一个问题")
    assert page.locator("section.imp-card").count() == 1
    screenshot(page, "import_reading_whole.png")
    with page.expect_response(lambda r: "/edit/" in r.url):
        page.locator("#imp-reading button[type=submit]").click()
    expect(page.locator("#imp-reading")).to_contain_text("不含问题清单")
    assert page.locator("section.imp-card").count() == 0
    with page.expect_response(lambda r: "/edit/" in r.url):
        page.locator("#imp-reading button[type=submit]").click()
    expect(page.locator("#imp-reading")).to_contain_text("读法：整篇作为一个问题")
    assert page.locator("section.imp-card").count() == 1
    assert problems == []
