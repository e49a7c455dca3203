"""A ledger with something in every bulletin section, built through the real services.

On 2026-11-23 (frozen): problem 1 (执法检查) in progress, one measure reported on; problem 2 (审批时限)
done, its one measure signed off; problem 3 (长效机制) long-term; two rules made; the bureau has its
public contact details.
"""
from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from tests.conftest import pdf_upload
from zhenggai.ledger import services
from zhenggai.ledger.models import Measure, Problem, Rule

FROZEN = "2026-11-23 10:00 +0800"
TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def frozen():
    with time_machine.travel(FROZEN, tick=False):
        yield TODAY


def fill_ledger(world) -> None:
    bureau = world.bureau
    bureau.phone, bureau.address, bureau.email = "0523-86195528", "泰州市海陵区永晖路18号", "zg@example.org"
    bureau.save()
    services.measure_report_progress(user=world.unit, measure=world.measure, text="已起草执法检查工作规程，正在征求意见",
                                     progress=60, reported_on=dt.date(2026, 11, 20))
    services.measure_request_sign_off(user=world.other_unit, measure=world.measure3,
                                      completion_note="印发《环评审批服务指南》，审批时限由30日压缩至15日",
                                      completion_date=dt.date(2026, 9, 20), files=[pdf_upload()])
    services.measure_review(user=world.office, measure=world.measure3, passed=True, note="材料齐全")
    services.measure_approve(user=world.leader, measure=world.measure3, approved=True, note="同意销号")
    world.problem3 = Problem.objects.create(
        inspection=world.inspection, category=world.category, seq=3, statement="制度建设不够健全，长效机制不完善。",
        lead_unit=world.office_unit, deadline_kind="long_term",
    )
    world.measure4 = Measure.objects.create(
        problem=world.problem3, seq=1, text="1.梳理现行制度，建立制度清单并定期更新；", lead_unit=world.office_unit,
        deadline_kind="long_term", created_on=dt.date(2026, 6, 1),
    )
    Rule.objects.create(inspection=world.inspection, title="环评审批服务指南", issued_on=dt.date(2026, 9, 20))
    Rule.objects.create(inspection=world.inspection, title="执法检查工作规程", issued_on=dt.date(2026, 11, 1))


@pytest.fixture
def ledger(world, frozen):
    fill_ledger(world)
    return world
