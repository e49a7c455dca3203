"""The parse result: plain dataclasses, independent of Django.

The command line, the preview page and the commit service all consume the same
object. ``ParseResult.to_dict()`` produces the truth schema of the seed corpus
(kind, title, issuer, report_date, inspection, headline, problems, anomalies)
plus extra fields (measures, target, positions, preamble, closing, unplaced; a measure's
completion_date, responsible_person, status, completion_note and progress when the document gives them).

Positions are 0-based indexes into the paragraph list the parser was given
(for ``parse_text``: the non-empty lines of the text).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

STATUSES = ("done", "in_progress", "long_term")
STATUS_LABELS_ZH = {"done": "已完成", "in_progress": "正在推进", "long_term": "长期坚持", None: "未标明"}


# a table whose title names it a notice or report of what was done ("…名单公示", "…情况通报") was published after the
# fact: not a plan, though it has no status column ("…整改方案", "…整改计划" are plans whatever else they say)
_RE_REPORT_TITLE = re.compile(r"公示|通报|报告|公告")
_RE_PLAN_TITLE = re.compile(r"方案|计划|任务分解|台账")


def titled_as_report(title: str | None) -> bool:
    return bool(title and _RE_REPORT_TITLE.search(title) and not _RE_PLAN_TITLE.search(title))


@dataclass
class Anomaly:
    """Something a person should look at: what (``code``), in Chinese, and where."""

    code: str
    message_zh: str
    position: int | None = None
    # the opening of the problem's title when the anomaly is about one problem: several problems read from one
    # paragraph share its position, and the preview places the anomaly on the card whose title opens so
    problem_title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"code": self.code, "message": self.message_zh, "position": self.position}
        if self.problem_title:
            out["problem_title"] = self.problem_title
        return out


@dataclass
class ParsedInspection:
    inspector: str | None = None
    inspected: str | None = None
    start: str | None = None
    end: str | None = None
    feedback_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "inspector": self.inspector,
            "inspected": self.inspected,
            "start": self.start,
            "end": self.end,
            "feedback_date": self.feedback_date,
        }


@dataclass
class Headline:
    problems_total: int | None = None
    problems_done: int | None = None
    measures_total: int | None = None
    measures_done: int | None = None
    rules_made: int | None = None
    problems_in_progress: int | None = None
    progress_percent: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "problems_total": self.problems_total,
            "problems_done": self.problems_done,
            "measures_total": self.measures_total,
            "measures_done": self.measures_done,
            "rules_made": self.rules_made,
        }


@dataclass(slots=True)  # slots: a 200,000-row ledger holds that many of each
class ParsedMeasure:
    seq: int | None
    text: str
    deadline: str | None = None
    responsible_units: list[str] = field(default_factory=list)
    completion_date: str | None = None
    responsible_person: str | None = None
    status: str | None = None
    position: int | None = None
    completion_note: str | None = None  # 完成情况 / 进展, as a ledger writes it
    progress: int | None = None  # 进度, 0–100

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "seq": self.seq,
            "text": self.text,
            "deadline": self.deadline,
            "responsible_units": list(self.responsible_units),
            "position": self.position,
        }
        if self.completion_date is not None:
            out["completion_date"] = self.completion_date
        if self.responsible_person is not None:
            out["responsible_person"] = self.responsible_person
        if self.status is not None:
            out["status"] = self.status
        if self.completion_note is not None:
            out["completion_note"] = self.completion_note
        if self.progress is not None:
            out["progress"] = self.progress
        return out


@dataclass(slots=True)
class ParsedProblem:
    seq: int | None
    title: str
    category: str | None = None
    status: str | None = None
    measures: list[ParsedMeasure] = field(default_factory=list)
    responsible_units: list[str] = field(default_factory=list)
    deadline: str | None = None
    target: str | None = None
    lead_leader: str | None = None
    responsible_person: str | None = None
    position: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def measure_count(self) -> int:
        return len(self.measures)

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "category": self.category,
            "title": self.title,
            "status": self.status,
            "measure_count": self.measure_count,
            "responsible_units": list(self.responsible_units),
            "deadline": self.deadline,
            "target": self.target,
            "lead_leader": self.lead_leader,
            "responsible_person": self.responsible_person,
            "position": self.position,
            "measures": [m.to_dict() for m in self.measures],
            "notes": list(self.notes),
        }


@dataclass
class ParseResult:
    kind: str = "bulletin"
    title: str | None = None
    issuer: str | None = None
    report_date: str | None = None
    inspection: ParsedInspection = field(default_factory=ParsedInspection)
    headline: Headline = field(default_factory=Headline)
    problems: list[ParsedProblem] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    unplaced: list[dict[str, Any]] = field(default_factory=list)
    source_name: str | None = None
    # which reading of the document was kept (see parse/readings.py), the candidates with their scores,
    # and the runner-up reading (a readings.Candidate) the preview offers in one click
    reading: str = "list"
    reading_detail: str = ""
    candidates: list[dict[str, Any]] = field(default_factory=list)
    alternative: Any = None

    def add_anomaly(self, code: str, message_zh: str, position: int | None = None,
                    problem_title: str | None = None) -> None:
        key = (code, message_zh, position)
        if any((a.code, a.message_zh, a.position) == key for a in self.anomalies):
            return
        self.anomalies.append(Anomaly(code, message_zh, position, problem_title))

    @property
    def measure_total(self) -> int:
        return sum(p.measure_count for p in self.problems)

    def schema_kind(self) -> str:
        """"bulletin" or "plan", as the truth schema knows documents. A ledger (a table of problems and
        measures) reports progress when it carries any status, progress or completion; otherwise it is a plan."""
        if self.kind != "ledger":
            return self.kind
        reports = any(p.status for p in self.problems) or any(
            m.status or m.completion_note or m.progress is not None or m.completion_date
            for p in self.problems for m in p.measures)
        return "bulletin" if reports or titled_as_report(self.title) else "plan"

    def to_dict(self, *, with_problems: bool = True) -> dict[str, Any]:
        """The result as plain data; without the problems when the caller writes them out one by one."""
        headline = self.headline.to_dict()
        headline_extra = {
            "problems_in_progress": self.headline.problems_in_progress,
            "progress_percent": self.headline.progress_percent,
        }
        return {
            "kind": self.schema_kind(),
            "layout": "ledger" if self.kind == "ledger" else "text",
            "title": self.title,
            "issuer": self.issuer,
            "report_date": self.report_date,
            "inspection": self.inspection.to_dict(),
            "headline": headline,
            "headline_extra": headline_extra,
            **({"problems": [p.to_dict() for p in self.problems]} if with_problems else {}),
            "anomalies": [a.to_dict() for a in self.anomalies],
            "preamble": list(self.preamble),
            "closing": list(self.closing),
            "unplaced": [dict(u) for u in self.unplaced],
            "source_name": self.source_name,
            "reading": {"name": self.reading, "detail": self.reading_detail, "candidates": [dict(c) for c in self.candidates]},
            "alternative": None if self.alternative is None else {
                "name": self.alternative.name, "label": self.alternative.label, "detail": self.alternative.detail,
                "problems": [p.to_dict() for p in self.alternative.problems],
            },
        }
