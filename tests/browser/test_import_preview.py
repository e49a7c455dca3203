"""The import preview in a real browser: an edit swaps only the changed card or unit row, a structural edit
redraws the preview, and the page raises no script or CSP errors."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in, screenshot
from zhenggai.importer.drafts import draft_problems
from zhenggai.importer.models import ImportJob

pytestmark = pytest.mark.browser

LEDGER_CSV = (
    "序号,反馈问题,整改措施,整改时限,责任单位,责任人,完成情况,进度,状态\n"
    "1,会议记录不规范,统一会议记录模板,2026年底,局办公室,王五,已印发模板,100%,已完成\n"
    "1,会议记录不规范,开展会议记录抽查,2026年底,综合科,王五,抽查两次,60%,正在推进\n"
    "2,档案管理混乱,清理档案,长期坚持,行政审批处,赵六,,30%,整改中\n"
    "3,公务接待超标准,清退超标费用,立行立改,行政审批处,赵六,,,整改中\n"
)


def _marked(page) -> int:
    """Cards still carrying the mark set before an edit: a card drawn again has lost it."""
    return page.evaluate("[...document.querySelectorAll('section.imp-card')].filter(s => s.dataset.mark).length")


def test_preview_edits_swap_only_what_they_changed(live_server, world_live, page, tmp_path):
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: d.accept())
    ledger = tmp_path / "台账.csv"
    ledger.write_text(LEDGER_CSV, encoding="utf-8-sig")

    log_in(page, live_server, "office")
    page.goto(f"{live_server.url}/import/")
    page.set_input_files("input[name=file]", str(ledger))
    page.click("main form:has(input[name=file]) button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert page.locator("section.imp-card").count() == 3
    assert "完成情况：抽查两次" in page.content()
    page.evaluate("document.querySelectorAll('section.imp-card').forEach(s => s.dataset.mark = '1')")

    # One measure's completion note: its card alone is drawn again.
    card = page.locator("section.imp-card").nth(0)
    row = card.locator("tbody tr").nth(1)
    row.locator("summary", has_text="编辑").click()
    row.locator("textarea[name=completion_note]").fill("抽查三次，问题已整改")
    with page.expect_response(lambda r: "/edit/" in r.url):
        row.locator("form:has(input[name=op][value=measure]) button[type=submit]").click()
    expect(card).to_contain_text("完成情况：抽查三次，问题已整改")
    assert _marked(page) == 2

    # A unit name mapped: its table row is swapped, the counters follow, no card is touched.
    page.evaluate("document.querySelectorAll('section.imp-card').forEach(s => s.dataset.mark = '1')")
    unit_row = page.locator("#units tbody tr", has_text="综合科")
    assert "尚未对应" in unit_row.inner_text()
    unit_row.locator("select[name=choice]").select_option("none")
    with page.expect_response(lambda r: "/edit/" in r.url):
        unit_row.locator("button[type=submit]").click()
    expect(page.locator("#units tr.bad")).to_have_count(0)
    assert "尚未对应" not in page.locator("#units").inner_text()
    assert page.locator("#units tbody tr").count() == 3
    assert _marked(page) == 3
    screenshot(page, "import-preview-ledger.png")

    # Merging is structural: the whole preview is drawn again.
    with page.expect_response(lambda r: "/edit/" in r.url):
        page.locator("section.imp-card").nth(2).locator("form:has(input[name=op][value=merge]) button").click()
    expect(page.locator("section.imp-card")).to_have_count(2)
    assert _marked(page) == 0

    draft = ImportJob.objects.get().draft
    assert draft_problems(ImportJob.objects.get())[0]["measures"][1]["completion_note"] == "抽查三次，问题已整改"
    assert draft["units"]["综合科"]["action"] == "none"
    assert problems == []
