"""Browser fixtures for the battle map and the public page: the demo ledger, committed, and a 1920×1080 window."""
from __future__ import annotations

import pytest

from tests.browser.conftest import CHROMIUM, SCREENSHOTS, browser  # noqa: F401 - re-exported fixture

SCREEN = {"width": 1920, "height": 1080}


@pytest.fixture
def demo_live(transactional_db, audit_flushable) -> dict[str, str]:
    """The demo ledger (two inspections with months of history), committed so the live server sees it."""
    from django.core.cache import cache

    from zhenggai.ledger.demo_data import load_demo

    # A fresh ledger: counters an earlier test left in the cache (the public feedback's rate limit per IP, which
    # the demo's own feedback would exceed after three loads in ten minutes) belong to another world.
    cache.clear()
    return load_demo()


@pytest.fixture
def screen_page(browser):  # noqa: F811
    context = browser.new_context(viewport=SCREEN, locale="zh-CN", device_scale_factor=1)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # Script errors and CSP refusals; a missing favicon ("Failed to load resource") is not ours to judge.
    page.on("console", lambda msg: errors.append(msg.text)
            if msg.type == "error" and not msg.text.startswith("Failed to load resource") else None)
    page.js_errors = errors
    yield page
    context.close()


def save(page, name: str, *, full_page: bool = False):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    page.screenshot(path=str(path), full_page=full_page)
    return path
