from __future__ import annotations

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_login_counters():
    """The per-IP failure counter lives in the cache; each test starts from zero."""
    cache.clear()
    yield
    cache.clear()


def post_login(client, username: str, password: str):
    from django.urls import reverse

    return client.post(reverse("login"), {"username": username, "password": password})
