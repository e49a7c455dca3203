"""Helpers for the public page's tests: a clean rate-limit cache and a form that passes the bot checks."""
from __future__ import annotations

import random
import time

import pytest
from django.core.cache import cache

from zhenggai.portal.challenge import challenge_issue


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def published(world):
    world.inspection.is_public = True
    world.inspection.save()
    return world


def form_data(*, seconds_ago: float = 10, wrong: bool = False, **fields) -> dict:
    """A submission as a person would send it: the challenge issued `seconds_ago`, answered right."""
    challenge = challenge_issue(now=time.time() - seconds_ago, rng=random.Random(7))
    data = {"text": "建议公开执法检查结果。", "name": "", "contact": "", "website": "", "token": challenge.token,
            "answer": str(challenge.answer + (1 if wrong else 0))}
    data.update(fields)
    return data
