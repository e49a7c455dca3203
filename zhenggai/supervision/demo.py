"""督办 in the demo: 签收 of the plan's measures, three 调度 rounds (two closed into 调度通报, one open),
督办 records with their scans, and the daily ladder run over the last three weeks.

Planned as steps of the ledger demo's loader (`zhenggai.ledger.demo_data._Loader`), so they replay at their own
moments, in time order with the rest, through the real services. Only the demo imports this module.
"""
from __future__ import annotations

import datetime as dt

from zhenggai.ledger import services as ledger
from zhenggai.ledger.models import Measure
from zhenggai.ledger.workflow import MeasureState
from zhenggai.notify.reminders import morning_run
from zhenggai.supervision import services
from zhenggai.supervision.models import Assignment, AssignmentState, ProgressRound

# (days ago opened, working days to report, closed the next working day?, round number)
ROUNDS = ((48, 7, True, 4), (22, 7, True, 5), (5, 7, False, 6))
# Units that report into each round: the two the demo's accounts log in as; the others report only what their
# own stories report (so the round page shows who did not).
SLOW_TO_SIGN = ("shui", "ql")
REPORTING = {4: ("zf", "fg"), 5: ("zf", "fg"), 6: ("zf",)}


def plan_supervision(loader) -> None:
    loader.at(loader.day(56), "08:10", lambda: _assign(loader))
    # Every unit signs for its measures the next day, but two that are slow (the 催签收 reminder reaches them);
    # 审批处 sends one back to the office.
    from zhenggai.ledger.demo_data import UNITS

    for i, unit_key in enumerate(k for k in UNITS if k not in SLOW_TO_SIGN):
        loader.at(loader.day(55), f"{9 + i // 4:02d}:{(i % 4) * 15:02d}",
                  lambda u=unit_key: _sign(loader, u, reject_one=u == "fg"))
    for opened_ago, workdays, closes, number in ROUNDS:
        opened = loader.day(opened_ago)
        due = loader._forward(opened, workdays)
        loader.at(opened, "09:30", lambda n=number, d=due: _open_round(loader, n, d))
        report_day = min(loader._forward(opened, 2), loader.day(1))  # the open round: reported yesterday
        for i, unit_key in enumerate(REPORTING[number]):
            loader.at(report_day, f"1{4 + i}:00", lambda n=number, u=unit_key: _report(loader, n, u))
        if closes:
            loader.at(loader._forward(due, 1), "17:00", lambda n=number: _close_round(loader, n))
    loader.at(loader.day(12), "10:30", lambda: _supervise(loader, "order", "江环整改督〔{y}〕3号", 0))
    loader.at(loader.day(5), "11:00", lambda: _supervise(loader, "letter", "江环整改函〔{y}〕1号", 1))
    loader.at(loader.day(4), "15:00", lambda: _supervise(loader, "talk", "", 2))
    for ago in range(21, 0, -1):  # the morning run (reminders, 签收, the ladder) as the schedule runs it
        day = loader.today - dt.timedelta(days=ago)
        loader.at(day, "07:30", lambda d=day: morning_run(d))


def _office(loader):
    return loader.users["office"]


def _assign(loader) -> None:
    services.assignments_sync(today=loader._now.date())


def _sign(loader, unit_key: str, *, reject_one: bool = False) -> None:
    user = loader.fillers[unit_key]
    pending = list(Assignment.objects.filter(unit=loader.units[unit_key], state=AssignmentState.PENDING)
                   .select_related("measure__problem", "unit").order_by("measure__problem__seq", "measure__seq"))
    for i, assignment in enumerate(pending):
        loader.tick(40)
        if reject_one and i == len(pending) - 1:
            services.assignment_reject(user=user, assignment=assignment,
                                       reason="该措施涉及的执法案卷评查由执法支队牵头，建议改由执法支队负责、本处配合。")
        else:
            services.assignment_acknowledge(user=user, assignment=assignment)


def _open_round(loader, number: int, due: dt.date) -> None:
    services.round_open(user=_office(loader), inspections=list(loader.inspections.values()), due_date=due,
                        number=number,
                        note="请各责任单位对照整改任务清单，逐项报送本期进展和佐证材料。")


def _report(loader, number: int, unit_key: str) -> None:
    rnd = ProgressRound.objects.get(number=number)
    user = loader.fillers[unit_key]
    entries = (rnd.entries.filter(unit=loader.units[unit_key]).select_related("measure__problem", "measure__lead_unit")
               # Signed off, or waiting for a sign-off decision (no report may be made then).
               .exclude(measure__state__in=[MeasureState.SIGNED_OFF, MeasureState.REQUESTED, MeasureState.REVIEWED]))
    today = loader._now.date()
    for entry in entries:
        measure = entry.measure
        inspection = measure.problem.inspection
        if measure.deadline.is_long_term and (measure.last_reported_on or dt.date.min) < \
                inspection.report_period_start(today):
            continue  # a long-term measure whose reports stopped (its story): the round shows it 未报送
        loader.tick(30)
        progress = min(95, measure.progress + 10) if measure.progress < 95 else measure.progress
        ledger.measure_report_progress(user=user, measure=measure, progress=progress,
                                       text=f"按{rnd}要求报送：本期已完成阶段性任务，进度{progress}%，下一步继续推进。")


def _close_round(loader, number: int) -> None:
    services.round_close(user=_office(loader), round=ProgressRound.objects.get(number=number))


def _supervise(loader, kind: str, doc_number: str, nth: int) -> None:
    """督办 the nth most overdue open measure."""
    today = loader._now.date()
    overdue = list(Measure.objects.filter(deadline_kind="date", deadline_date__lt=today)
                   .exclude(state=MeasureState.SIGNED_OFF).select_related("problem", "lead_unit")
                   .order_by("deadline_date", "id")[:3])
    if len(overdue) <= nth:
        return
    measure = overdue[nth]
    days = (today - measure.deadline_date).days
    text = (f"该项整改措施整改期限为{measure.deadline_date.year}年{measure.deadline_date.month}月{measure.deadline_date.day}日，"
            f"已逾期{days}天仍未完成。请{measure.lead_unit.name if measure.lead_unit else '责任单位'}主要负责人亲自研究部署，"
            "倒排工期、压实责任，在限期内完成整改，并将整改落实情况和佐证材料书面报送局整改办。")
    file = loader.pdf(f"督办扫描件{nth + 1}.pdf", measure, [text]) if kind != "talk" else None
    services.supervision_record_create(
        user=_office(loader), measure=measure, kind=kind, issued_on=today, doc_number=doc_number.format(y=today.year),
        addressee=f"{measure.lead_unit.name}主要负责人" if measure.lead_unit else "", text=text,
        reply_by=today + dt.timedelta(days=10), file=file)
