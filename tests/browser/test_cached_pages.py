"""The signed-in pages served from the page cache (zhenggai.ledger.page_cache) behave in Debian's chromium as
rendered ones do: charts drawn under this response's CSP nonce, a form posted with the cached page's CSRF token,
the message after the redirect shown, and the next view showing the write."""
from __future__ import annotations

import pytest
from django.core.cache import caches

from tests.battlemap.conftest import demo_live, save, screen_page  # noqa: F401 - fixtures
from tests.browser.conftest import log_in

pytestmark = pytest.mark.browser


def _cached_pages() -> int:
    return len(caches["pages"]._cache)  # locmem in tests: the live server's thread shares this process's cache


def test_a_cached_overview_draws_its_charts_and_its_form_posts_with_the_cached_csrf_token(
        live_server, demo_live, screen_page):  # noqa: F811
    from zhenggai.ledger.models import Inspection

    page = screen_page
    inspection = Inspection.objects.order_by("-feedback_date").first()
    log_in(page, live_server, "office", demo_live["office"])
    url = f"{live_server.url}/inspections/{inspection.pk}/"
    page.goto(url)
    page.wait_for_load_state("networkidle")
    stored = _cached_pages()
    assert stored >= 1  # the first view rendered and was kept

    page.goto(url)  # the second view: from the cache
    page.wait_for_load_state("networkidle")
    assert _cached_pages() == stored  # answered from the cache, nothing new stored
    assert page.locator("#chart-units canvas").count() >= 1  # the chart script ran under this response's nonce
    assert page.locator("#chart-cats canvas").count() >= 1
    assert page.js_errors == []  # no CSP refusal, no script error
    save(page, "overview-cached.png")

    # The 下达签收 form on the cached page posts with the token cut in for this session: no 403, the message shows.
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.click("button:has-text('下达签收')")
    page.wait_for_load_state("networkidle")
    assert posted.value.status == 302  # a refused token answers 403
    assert page.locator(".messages").count() == 1
    assert "交办" in page.locator(".messages").inner_text()


def test_a_cached_problem_list_shows_a_write_to_a_problem_on_the_next_view(
        live_server, demo_live, screen_page):  # noqa: F811
    from zhenggai.ledger.models import Inspection, Problem

    page = screen_page
    inspection = Inspection.objects.order_by("-feedback_date").first()
    log_in(page, live_server, "office", demo_live["office"])
    url = f"{live_server.url}/inspections/{inspection.pk}/problems/"
    page.goto(url)
    page.goto(url)  # from the cache
    page.wait_for_load_state("networkidle")
    problem = Problem.objects.filter(inspection=inspection).order_by("seq").first()
    assert problem.statement[:12] in page.content()

    # A write the page reads (the statement) turns the inspection's token: the next view is rendered afresh.
    Problem.objects.filter(pk=problem.pk).update(statement="浏览器缓存测试：问题表述已修改")
    page.goto(url)
    page.wait_for_load_state("networkidle")
    assert "浏览器缓存测试：问题表述已修改" in page.content()
    assert page.js_errors == []
