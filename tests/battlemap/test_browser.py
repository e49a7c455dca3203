"""The battle map in Debian's chromium: the full-screen board at 1920×1080, charts drawn, a screenshot."""
from __future__ import annotations

import pytest

from tests.battlemap.conftest import save
from tests.browser.conftest import log_in

pytestmark = pytest.mark.browser


def test_the_full_screen_battle_map_draws_its_charts_and_fits_the_projector(live_server, demo_live, screen_page):
    from zhenggai.ledger.models import Inspection

    page = screen_page
    inspection = Inspection.objects.order_by("-feedback_date").first()
    log_in(page, live_server, "office", demo_live["office"])
    page.goto(f"{live_server.url}/battle-map/{inspection.pk}/?static=1&screen=1")
    page.wait_for_load_state("networkidle")
    for chart in ("units", "categories", "weekly", "lag"):
        assert page.locator(f"#chart-{chart} canvas").count() >= 1, chart
    assert page.locator("nav").count() == 0
    assert page.evaluate("document.documentElement.scrollHeight") <= 1080
    assert page.evaluate("document.documentElement.scrollWidth") <= 1920
    assert page.js_errors == []
    save(page, "battle-map.png")

    page.goto(f"{live_server.url}/battle-map/?static=1&screen=1")  # across both inspections
    page.wait_for_load_state("networkidle")
    for chart in ("inspections", "units", "weekly"):
        assert page.locator(f"#chart-{chart} canvas").count() >= 1, chart
    assert page.evaluate("document.documentElement.scrollHeight") <= 1080
    assert page.js_errors == []
    save(page, "battle-map-overview.png")


def test_clicking_a_unit_bar_filters_the_list_below(live_server, demo_live, screen_page):
    from zhenggai.ledger.models import Inspection

    page = screen_page
    inspection = Inspection.objects.order_by("-feedback_date").first()
    log_in(page, live_server, "office", demo_live["office"])
    page.goto(f"{live_server.url}/battle-map/{inspection.pk}/?static=1")
    page.wait_for_load_state("networkidle")
    assert page.locator("#chart-units canvas").count() >= 1
    box = page.locator("#chart-units").bounding_box()
    # The first bar (the unit with most red lights) sits at the top of the chart, right of its label.
    page.mouse.click(box["x"] + box["width"] * 0.35, box["y"] + 52)
    page.wait_for_selector("#bm-list [data-bm-reset]", timeout=5000)  # only the filtered list has it
    assert "在问题清单中查看" in page.locator("#bm-list").inner_text()
    save(page, "battle-map-page.png", full_page=True)
    assert page.js_errors == []
