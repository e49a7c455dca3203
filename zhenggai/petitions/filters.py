"""The case list's filters, read once from the query string: a bad value is an error the page shows."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import QuerySet

from zhenggai.ledger.models import Inspection, Light
from zhenggai.ledger.workflow import PetitionState
from zhenggai.petitions.models import PetitionCase, PollutionType, Verdict
from zhenggai.petitions.numbers import normalize_number
from zhenggai.petitions.selectors import case_light_q, cases_for_user, cases_with_light


class CaseFilterError(ValueError):
    def __init__(self, messages: list[str]) -> None:
        super().__init__("；".join(messages))
        self.messages = messages


def _int(params, name: str, label: str, errors: list[str]) -> int | None:
    raw = (params.get(name) or "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        errors.append(f"{label}“{raw}”不正确")
        return None
    return int(raw)


def _choice(params, name: str, label: str, choices, errors: list[str]) -> str:
    raw = (params.get(name) or "").strip()
    if raw and raw not in choices:
        errors.append(f"{label}“{raw}”不正确")
        return ""
    return raw


@dataclass(frozen=True)
class CaseFilter:
    batch: int | None = None
    unit: int | None = None
    area: str = ""
    pollution_type: str = ""
    state: str = ""
    verdict: str = ""
    light: str = ""
    number: str = ""
    no_number: bool = False

    @classmethod
    def from_params(cls, params) -> CaseFilter:
        errors: list[str] = []
        f = cls(batch=_int(params, "batch", "批次", errors), unit=_int(params, "unit", "责任单位", errors),
                area=(params.get("area") or "").strip()[:60],
                pollution_type=_choice(params, "type", "问题类型", PollutionType.values, errors),
                state=_choice(params, "state", "办理状态", PetitionState.values + ["open", "overdue"], errors),
                verdict=_choice(params, "verdict", "是否属实", Verdict.values + ["none"], errors),
                light=_choice(params, "light", "亮灯", Light.values, errors),
                number=normalize_number(params.get("number") or "")[:40],
                no_number=params.get("no_number") == "1")
        if errors:
            raise CaseFilterError(errors)
        return f

    def cases(self, inspection: Inspection, *, user, on: dt.date) -> QuerySet[PetitionCase]:
        qs = cases_with_light(inspection, cases_for_user(user, inspection), on=on)
        if self.batch:
            qs = qs.filter(batch_id=self.batch)
        if self.unit:
            qs = qs.filter(lead_unit_id=self.unit)
        if self.area:
            qs = qs.filter(area=self.area)
        if self.pollution_type:
            qs = qs.filter(pollution_type=self.pollution_type)
        if self.state == "open":
            qs = qs.exclude(state__in=[PetitionState.CONCLUDED, PetitionState.SIGNED_OFF])
        elif self.state == "overdue":
            qs = qs.filter(case_light_q(Light.RED, inspection, on))
        elif self.state:
            qs = qs.filter(state=self.state)
        if self.verdict == "none":
            qs = qs.filter(verdict="")
        elif self.verdict:
            qs = qs.filter(verdict=self.verdict)
        if self.light:
            qs = qs.filter(case_light_q(self.light, inspection, on))
        if self.number:
            qs = qs.filter(number=self.number)
        if self.no_number:
            qs = qs.filter(number="")
        return qs
