"""The public page in Debian's chromium, logged out: the published problem list, bulletins and the feedback form."""
from __future__ import annotations

import pytest

from tests.battlemap.conftest import browser, demo_live, save, screen_page  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser


def test_a_visitor_reads_the_public_page_logged_out(live_server, demo_live, screen_page):  # noqa: F811
    from zhenggai.ledger.models import Inspection

    page = screen_page
    page.goto(f"{live_server.url}/public/")
    page.wait_for_load_state("networkidle")
    published = Inspection.objects.filter(is_public=True).order_by("-feedback_date").first()
    assert published is not None, "the demo publishes at least one inspection"
    assert published.name in page.content()
    page.click(f"a[href='/public/{published.pk}/']")
    page.wait_for_load_state("networkidle")
    assert page.locator("table.portal-problems tbody tr").count() >= 1
    assert "已完成" in page.content() or "正在推进" in page.content()
    assert page.locator("header nav").count() == 0  # no app navigation, no user
    assert page.js_errors == []
    save(page, "public.png", full_page=True)

    page.click("text=对整改工作提意见建议")
    page.wait_for_load_state("networkidle")
    assert "等于？" in page.content()
    box = page.locator("#id_website").bounding_box()
    assert box is None or box["x"] + box["width"] < 0  # the honeypot stays out of sight
    save(page, "public-feedback.png")
