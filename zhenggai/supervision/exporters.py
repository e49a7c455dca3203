"""考核 ranking as an Excel sheet, one more exporter in the reports registry (`zhenggai.reports.exporters`).

Registered under "ranking": `reports:export` and `zhenggai export ranking --inspection N` give one inspection's
units; the ranking page's download gives every inspection in the user's scope.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from zhenggai.accounts.models import Role
from zhenggai.accounts.scope import require_role
from zhenggai.ledger.models import Inspection
from zhenggai.reports.exporters import Column, Exporter, register
from zhenggai.supervision.selectors import unit_scores, weights_for


@dataclass
class Scope:
    """What the sheet's print title names when it covers several inspections."""

    name: str


@register
class RankingExporter(Exporter):
    key = "ranking"
    title = "考核排名"
    columns = (
        Column("名次", 6, kind="number"),
        Column("责任单位", 28),
        Column("综合得分", 9, kind="number"),
        Column("应报送", 8, kind="number"),
        Column("按时报送", 8, kind="number"),
        Column("按时报送率", 10, kind="percent"),
        Column("逾期措施", 8, kind="number"),
        Column("销号申请", 8, kind="number"),
        Column("被退回", 8, kind="number"),
        Column("销号平均用时（天）", 12, kind="number"),
        Column("回头看反弹", 9, kind="number"),
        Column("被督办", 8, kind="number"),
    )

    def __init__(self, inspection, ledger_filter=None, *, user=None, on: dt.date | None = None,
                 inspections=None, start: dt.date | None = None, end: dt.date | None = None, weights=None) -> None:
        super().__init__(inspection, ledger_filter, user=user, on=on)
        if user is not None:
            # The ranking is the office's and the leaders' (as its page): `reports:export` lets any signed-in user
            # in scope download a list, so the exporter refuses the others itself (a 403 there).
            require_role(user, Role.OFFICE, Role.LEADER)
        if isinstance(inspection, Inspection):
            self.inspections = Inspection.objects.filter(pk=inspection.pk)
            body = inspection.inspected_unit
        else:
            self.inspections = inspections
            body = None
        self.start = start or self.on.replace(month=1, day=1)
        self.end = end or self.on
        self.weights = weights or weights_for(body)

    def filename(self) -> str:
        return f"{self.inspection.name}-{self.title}-{self.start:%Y%m%d}-{self.end:%Y%m%d}.xlsx"

    def groups(self) -> Iterator[list[list]]:
        for s in unit_scores(self.inspections, start=self.start, end=self.end, weights=self.weights):
            rate = s.on_time / s.owed if s.owed else None
            yield [[s.rank, s.unit_name, s.score, s.owed, s.on_time, rate, s.overdue, s.sign_offs, s.send_backs,
                    s.sign_off_days, s.rebounds, s.supervised]]
