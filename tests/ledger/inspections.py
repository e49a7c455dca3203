"""More inspections for the tests that count queries per inspection: each with its own warning window and
reporting cadence (so their lights are computed with different settings), a category, problems, measures
(overdue, due soon, long-term, signed off) and a rule, all inside the world's bureau."""
from __future__ import annotations

import datetime as dt

from zhenggai.ledger.models import Category, Inspection, Measure, Problem, Rule
from zhenggai.ledger.workflow import MeasureState

CADENCES = ["monthly", "weekly", "biweekly"]


def add_inspections(world, n: int) -> list[Inspection]:
    units = [world.enforcement, world.approvals, world.office_unit]
    made = []
    for i in range(n):
        inspection = Inspection.objects.create(
            name=f"第{i + 1}轮专项巡察整改", inspector=f"第{i + 1}巡察组", inspected_unit=world.bureau, kind="xuncha",
            feedback_date=dt.date(2026, 5, 1) + dt.timedelta(days=i), cadence=CADENCES[i % 3], cadence_day=1 + i % 5,
            warning_days=5 + i % 4,
        )
        world.observer.observed_inspections.add(inspection)
        category = Category.objects.create(inspection=inspection, seq=1, name="履行主体责任方面")
        for p in range(1, 3):
            problem = Problem.objects.create(inspection=inspection, category=category if p == 1 else None, seq=p,
                                             statement=f"第{i + 1}轮问题{p}", lead_unit=units[(i + p) % 3])
            Measure.objects.bulk_create([
                Measure(problem=problem, seq=1, text="已逾期的措施", lead_unit=units[i % 3], deadline_kind="date",
                        deadline_date=dt.date(2026, 10, 1), created_on=dt.date(2026, 6, 1)),
                Measure(problem=problem, seq=2, text="将到期的措施", deadline_kind="date",
                        deadline_date=dt.date(2026, 11, 30), created_on=dt.date(2026, 6, 1), progress=50),
                Measure(problem=problem, seq=3, text="长期坚持的措施", lead_unit=units[p % 3], deadline_kind="long_term",
                        created_on=dt.date(2026, 6, 1), last_reported_on=dt.date(2026, 11, 20)),
                Measure(problem=problem, seq=4, text="已销号的措施", lead_unit=units[p % 3], deadline_kind="date",
                        deadline_date=dt.date(2026, 9, 1), created_on=dt.date(2026, 6, 1),
                        state=MeasureState.SIGNED_OFF, progress=100),
            ])
        Rule.objects.create(inspection=inspection, title=f"第{i + 1}轮制度")
        made.append(inspection)
    return made
