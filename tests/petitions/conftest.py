"""A 督察 in the shared world, with one batch of petition cases."""
from __future__ import annotations

import datetime as dt

import pytest

from zhenggai.ledger.models import Inspection
from zhenggai.petitions.models import PetitionBatch, PetitionCase


class Petitions:
    def __init__(self, world) -> None:
        self.world = world
        self.inspection = Inspection.objects.create(
            kind="ducha", name="第三轮中央生态环境保护督察反馈意见整改", inspector="中央第三生态环境保护督察组",
            inspected_unit=world.bureau, feedback_date=dt.date(2026, 5, 20))
        world.observer.observed_inspections.add(self.inspection)
        self.batch = PetitionBatch.objects.create(inspection=self.inspection, number="第二十五批",
                                                  handed_over_on=dt.date(2026, 5, 30), time_limit_days=15)
        self.case = self.make_case(1, "D3HN202605280040", lead_unit=world.enforcement)
        self.case2 = self.make_case(2, "X3HN202605290011", lead_unit=world.approvals)

    def make_case(self, seq: int, number: str, **fields) -> PetitionCase:
        fields.setdefault("complaint", "某化工厂夜间偷排废气，气味刺鼻，影响周边居民休息。")
        fields.setdefault("area", "雨花区")
        fields.setdefault("pollution_type", "air")
        fields.setdefault("state", "assigned" if fields.get("lead_unit") else "new")
        fields.setdefault("deadline_date", self.batch.handed_over_on + dt.timedelta(days=15))
        return PetitionCase.objects.create(
            inspection=self.inspection, batch=self.batch, seq=seq, number=number, handed_over_on=self.batch.handed_over_on,
            deadline_kind="date", **fields)


@pytest.fixture
def petitions(world) -> Petitions:
    return Petitions(world)
