"""A unit clerk on a phone (390×844, the WeChat / DingTalk in-app browser): the pages they use fit the screen."""
from __future__ import annotations

import pytest

from tests.browser.conftest import log_in, screenshot
from zhenggai.ledger.models import Measure

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
NO_OVERFLOW = "document.documentElement.scrollWidth"
# 3,000 characters without a space (a pasted link, a file name): it must wrap, not widen the page.
LONG_WORD = "https://example.org/" + "a" * 2980


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, locale="zh-CN", is_mobile=True, has_touch=True,
                                  device_scale_factor=2)
    page = context.new_page()
    yield page
    context.close()


def assert_fits(page, name: str) -> None:
    page.wait_for_load_state("networkidle")
    width = page.evaluate(NO_OVERFLOW)
    screenshot(page, name)
    assert width <= PHONE["width"], f"{page.url} is {width}px wide at {PHONE['width']}px"


def test_a_unit_clerk_works_from_a_phone_without_scrolling_sideways(live_server, world_live, phone):
    world = world_live
    Measure.objects.filter(pk=world.measure.pk).update(text=world.measure.text + LONG_WORD)
    log_in(phone, live_server, "unit")

    # The menu is folded behind 菜单 and opens on a tap.
    nav = phone.locator("header.top nav")
    assert not nav.is_visible()
    phone.click("header.top details.menu > summary")
    assert nav.is_visible() and phone.locator("header.top nav a", has_text="我的任务").is_visible()
    assert_fits(phone, "phone-menu.png")
    phone.click("header.top details.menu > summary")

    phone.goto(f"{live_server.url}/my-work/")
    assert_fits(phone, "phone-my-work.png")
    buttons = phone.locator("main a.btn", has_text="报送进展")
    assert buttons.count() == 2
    for i in range(buttons.count()):
        box = buttons.nth(i).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box

    phone.goto(f"{live_server.url}/measures/{world.measure.pk}/")
    assert_fits(phone, "phone-measure.png")

    phone.goto(f"{live_server.url}/measures/{world.measure.pk}/progress/")
    assert_fits(phone, "phone-progress.png")
    # The file input lets the phone offer its camera (image types accepted) and keeps the other evidence types.
    accept = phone.get_attribute("#id_files", "accept")
    assert "image/jpeg" in accept and ".pdf" in accept and ".docx" in accept and ".ofd" in accept
    assert phone.get_attribute("#id_files", "capture") is None  # the camera is offered, not forced

    phone.goto(f"{live_server.url}/search/?q=执法")
    assert_fits(phone, "phone-search.png")


def test_the_public_pages_fit_a_phone(live_server, world_live, phone):
    world = world_live
    world.inspection.is_public = True
    world.inspection.save()
    world.problem.statement += LONG_WORD
    world.problem.save()

    phone.goto(f"{live_server.url}/public/")
    assert_fits(phone, "phone-public.png")
    phone.goto(f"{live_server.url}/public/{world.inspection.pk}/")
    assert_fits(phone, "phone-public-inspection.png")


@pytest.mark.parametrize("width", [360, 414])
def test_the_office_pages_fit_the_narrowest_and_widest_phones(live_server, world_live, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="zh-CN", is_mobile=True)
    page = context.new_page()
    try:
        log_in(page, live_server, "office")
        for path in ("/inspections/", f"/inspections/{world_live.inspection.pk}/problems/", "/review/",
                     f"/battle-map/{world_live.inspection.pk}/", f"/problems/{world_live.problem.pk}/"):
            page.goto(live_server.url + path)
            page.wait_for_load_state("networkidle")
            assert page.evaluate(NO_OVERFLOW) <= width, (path, page.evaluate(NO_OVERFLOW))
    finally:
        context.close()


def test_printing_drops_the_menu_and_buttons_and_keeps_the_light_dots(live_server, world_live, page):
    log_in(page, live_server, "unit")
    page.goto(f"{live_server.url}/my-work/")
    page.emulate_media(media="print")
    assert not page.locator("header.top").is_visible()
    assert not page.locator("main a.btn").first.is_visible()
    light = page.locator("main .light").first
    assert light.is_visible()
    assert light.evaluate("e => getComputedStyle(e).printColorAdjust") == "exact"


@pytest.mark.parametrize("width", [390, 1366])
def test_the_names_beside_the_bars_keep_their_room_on_the_overview_and_the_battle_map(live_server, world_live,
                                                                                       browser, width):
    """Each chart reserves (label width + margin + slack) left of its axis, so no name loses its first character."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="zh-CN")
    page = context.new_page()
    room = """el => { const o = echarts.getInstanceByDom(el).getOption();
                      return [o.grid[0].left, o.yAxis[0].axisLabel.width, o.yAxis[0].axisLabel.margin, el.clientWidth]; }"""
    try:
        log_in(page, live_server, "office")
        for path, selector in ((f"/inspections/{world_live.inspection.pk}/", "#chart-units, #chart-cats"),
                               (f"/battle-map/{world_live.inspection.pk}/", ".bm-chart[data-kind=categories], "
                                                                            ".bm-chart[data-kind=units]")):
            page.goto(live_server.url + path)
            page.wait_for_load_state("networkidle")
            charts = page.locator(selector)
            assert charts.count() == 2
            for i in range(charts.count()):
                left, label, margin, chart_width = charts.nth(i).evaluate(room)
                assert left >= label + margin + 8, (path, i, left, label)
                assert label <= chart_width * 0.45
    finally:
        context.close()


def test_turning_the_phone_gives_the_names_the_room_of_the_new_width(live_server, world_live, browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")
    page = context.new_page()
    label_width = "el => echarts.getInstanceByDom(el).getOption().yAxis[0].axisLabel.width"
    try:
        log_in(page, live_server, "office")
        for path, selector in ((f"/inspections/{world_live.inspection.pk}/", "#chart-cats"),
                               (f"/battle-map/{world_live.inspection.pk}/", ".bm-chart[data-kind=categories]")):
            page.set_viewport_size({"width": 1366, "height": 900})
            page.goto(live_server.url + path)
            page.wait_for_load_state("networkidle")
            wide = page.locator(selector).evaluate(label_width)
            page.set_viewport_size({"width": 390, "height": 844})
            page.wait_for_timeout(600)
            narrow = page.locator(selector).evaluate(label_width)
            assert narrow < wide, (path, wide, narrow)
    finally:
        context.close()


def test_the_office_manages_units_and_accounts_from_a_phone_without_scrolling_sideways(live_server, world_live,
                                                                                         phone):
    log_in(phone, live_server, "office")
    phone.goto(f"{live_server.url}/accounts/units/")
    assert phone.locator("main input[name=q]").is_visible()
    assert_fits(phone, "phone-units.png")
    # Each row's 修改 is on the screen without scrolling the table sideways (the tables become cards).
    for table in ("单位", "用户"):
        panel = phone.locator("main .panel", has=phone.locator("h2", has_text=table))
        assert panel.locator("table").evaluate("t => t.scrollWidth <= t.clientWidth + 1"), table
        links = panel.locator("a", has_text="修改")
        assert links.count() >= 1, table
        for i in range(links.count()):
            box = links.nth(i).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (table, box)
