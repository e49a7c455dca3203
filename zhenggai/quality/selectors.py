"""Reads of the quality app: flags as the deciding pages show them, counts for the overview."""
from __future__ import annotations

from collections import Counter

from django.db.models import Count, Q, QuerySet

from zhenggai.ledger.models import Measure, Problem
from zhenggai.quality.models import QualityFlag, Severity

OPEN = Q(active=True, dismissed_at__isnull=True)


def flags_for_measure(measure: Measure, *, include_dismissed: bool = True) -> list[QualityFlag]:
    """The measure's own flags and its problem's (a recurrence concerns every measure under it)."""
    qs = QualityFlag.objects.filter(Q(measure=measure) | Q(problem_id=measure.problem_id, measure__isnull=True,
                                                           petition_case__isnull=True), active=True)
    if not include_dismissed:
        qs = qs.filter(dismissed_at__isnull=True)
    return list(qs.select_related("dismissed_by").order_by("dismissed_at", "severity", "kind", "pk"))


def flags_for_problem(problem: Problem) -> list[QualityFlag]:
    """The problem's flags and its measures' (not the flags of petition cases tied to it: those show on the case)."""
    return list(QualityFlag.objects.filter(problem=problem, active=True, petition_case__isnull=True)
                .select_related("measure", "dismissed_by").order_by("dismissed_at", "kind", "pk"))


def flags_for_case(case) -> list[QualityFlag]:
    """A petition case's flags (its evidence used again), dismissed last."""
    return list(QualityFlag.objects.filter(petition_case=case, active=True)
                .select_related("dismissed_by").order_by("dismissed_at", "severity", "kind", "pk"))


def other_texts(flags: list[QualityFlag]) -> dict[int, Measure]:
    """The measures a copied-text flag points at, fetched in one query, for side-by-side display."""
    ids = {f.detail.get("other") for f in flags if f.detail.get("other")}
    return {m.pk: m for m in Measure.objects.filter(pk__in=ids).select_related("problem", "lead_unit")}


def inspection_flags(inspection, *, kind: str | None = None, unit_id: int | None = None,
                     show_dismissed: bool = False, cases_only: bool = False) -> QuerySet:
    qs = QualityFlag.objects.filter(inspection=inspection, active=True)
    if cases_only:
        qs = qs.filter(petition_case__isnull=False)
    if not show_dismissed:
        qs = qs.filter(dismissed_at__isnull=True)
    if kind:
        qs = qs.filter(kind=kind)
    if unit_id:
        qs = qs.filter(Q(measure__lead_unit_id=unit_id) | Q(petition_case__lead_unit_id=unit_id))
    return qs.select_related("problem", "measure", "measure__lead_unit", "petition_case", "petition_case__batch",
                             "petition_case__lead_unit", "dismissed_by").order_by(
        "severity", "kind", "problem__seq", "measure__seq", "petition_case_id", "pk")


def counts_by_kind(inspection) -> Counter:
    rows = (QualityFlag.objects.filter(OPEN, inspection=inspection).values("kind").annotate(n=Count("pk")))
    return Counter({row["kind"]: row["n"] for row in rows})


def case_flag_count(inspection) -> int:
    """Open flags on the inspection's petition cases (信访件), counted apart on the 整改质量 page."""
    return QualityFlag.objects.filter(OPEN, inspection=inspection, petition_case__isnull=False).count()


def open_risk_counts(inspection_ids) -> dict[int, int]:
    """Open risk flags per inspection (one grouped query), for the overview and battle map."""
    rows = (QualityFlag.objects.filter(OPEN, severity=Severity.RISK, inspection_id__in=list(inspection_ids))
            .values("inspection_id").annotate(n=Count("pk")))
    return {row["inspection_id"]: row["n"] for row in rows}


def similar_problems(problem: Problem, user) -> list[dict]:
    """举一反三: the similar problems elsewhere that this user may see, and how the signed-off ones were fixed."""
    from zhenggai.accounts.scope import inspections_for_user
    from zhenggai.ledger.workflow import MeasureState
    from zhenggai.quality.models import ProblemLink

    links = list(ProblemLink.objects.filter(problem=problem, other__inspection__in=inspections_for_user(user))
                 .select_related("other", "other__inspection", "other__lead_unit")
                 .annotate(open_measures=Count("other__measures", filter=~Q(other__measures__state=MeasureState.SIGNED_OFF)))
                 [:5])
    notes: dict[int, list[str]] = {}
    for problem_id, note in (Measure.objects.filter(problem_id__in=[link.other_id for link in links])
                             .exclude(completion_note="").order_by("problem_id", "seq")
                             .values_list("problem_id", "completion_note")):
        notes.setdefault(problem_id, []).append(note)
    return [{"problem": link.other, "similarity": round(link.similarity * 100), "closed": link.open_measures == 0,
             "how": "；".join(notes.get(link.other_id, [])[:2])[:200]} for link in links]
