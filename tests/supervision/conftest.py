"""Helpers for the 督办 tests: the world of tests/conftest.py, and walking days under frozen time."""
from __future__ import annotations

import datetime as dt

import pytest

CN = dt.timezone(dt.timedelta(hours=8))


def at(day: dt.date, hour: int = 7) -> dt.datetime:
    """A moment of a day in China's time zone (the project's TIME_ZONE)."""
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=CN)


@pytest.fixture
def walk(time_machine):
    """walk(day): move the frozen clock to 07:00 of that day (the daily job's hour)."""
    def move(day: dt.date, hour: int = 7) -> None:
        time_machine.move_to(at(day, hour), tick=False)
    return move
