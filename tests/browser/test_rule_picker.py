"""The rules form's linked-measure field is a searchable picker (an external script: the CSP allows no inline one)."""
from __future__ import annotations

import pytest

from tests.browser.conftest import log_in, screenshot

pytestmark = pytest.mark.browser


def test_typing_a_word_narrows_the_measures_and_the_ticked_one_is_saved(live_server, world_live, page):
    world = world_live
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    log_in(page, live_server, "office")
    page.goto(f"{live_server.url}/inspections/{world.inspection.pk}/rules/new/")
    page.wait_for_load_state("networkidle")
    page.fill(".picker-search", "案卷")
    visible = page.locator(".picker-options label:not(.hidden)")
    assert visible.count() == 1 and "案卷评查" in visible.inner_text()
    visible.locator("input").check()
    assert page.inner_text(".picker-count") == "已选1项"
    page.fill("#id_title", "执法案卷评查办法")
    screenshot(page, "rule-picker.png")
    page.click("main button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "已登记制度机制" in page.content()
    assert list(world.inspection.rules.get().measures.all()) == [world.measure2]
    assert not [e for e in errors if "Content Security Policy" in e]
