"""Compute every quality signal of one inspection and store them as flags (one short transaction).

Reads are bounded: a fixed number of queries per inspection whatever its size (measures, their latest
sign-off, their updates' progress, evidence hashes, earlier problems of the same body), then pure functions.
"""
from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils import timezone

from zhenggai.ledger.models import EvidenceFile, Inspection, Measure, ProgressUpdate, SignOffRequest
from zhenggai.ledger.workflow import MeasureState
from zhenggai.petitions.models import PetitionCase
from zhenggai.quality.body import BodyProblem, BodyProblems, body_root
from zhenggai.quality.models import EvidenceFingerprint, FlagKind, ProblemLink, QualityFlag, ScanState, Severity
from zhenggai.quality import store
from zhenggai.quality.signals import concrete, files
from zhenggai.quality.signals.text import find_copied

PENDING = (MeasureState.REQUESTED, MeasureState.REVIEWED)
FLAG_COLUMNS = ["inspection", "problem", "measure", "petition_case", "kind", "severity", "key", "explanation", "detail", "active",
                "first_seen", "last_seen", "dismiss_reason"]
RUSHED_WITHIN_DAYS = 3        # a sign-off requested this soon after the measure was assigned…
RUSHED_DEADLINE_DAYS = 60     # …for a measure whose deadline was this far away
JUMP_FROM_BELOW = 50          # a request to close at 100% when no report ever reached this
SAME_DAY_BATCH = 5            # this many requests by one unit on one day
SIMILAR_KEPT = 5              # 举一反三: the most similar problems kept per problem
RECURRENCE_KEPT = 3           # 问题反复: the closest earlier problems linked per problem
COPIES_SHOWN = 3              # 文字雷同: the closest partners flagged per measure and text (the rest counted)
TEXT_FIELDS = {"text": "措施内容", "note": "完成情况", "update": "进展情况"}
PICTURES_PER_LOOKUP = 100     # images whose bands are looked up in one query (17 values a band each)
DATE_SOURCES = {"exif": "拍摄时间（照片EXIF信息）", "pdf": "创建时间（PDF文件属性）",
                "update": "报送日期（上传时填报）", "sign_off": "完成时间（申请销号时填报）"}


@dataclass(frozen=True)
class Evidence:
    """One evidence file of the inspection as the signals need it (one query, see `compute`)."""

    pk: int
    measure_id: int | None     # a measure's file, or
    case_id: int | None        # a petition case's (信访件) file: exactly one of the two
    sha256: str
    name: str
    reported_on: dt.date | None      # the progress report it came with: the date the uploader declared
    completion_date: dt.date | None  # the sign-off request it came with: the completion date declared
    phash: str
    dated: dt.date | None
    date_source: str


@dataclass
class Found:
    key: str
    kind: str
    problem_id: int | None
    measure_id: int | None
    explanation: str
    severity: str = Severity.RISK
    detail: dict = field(default_factory=dict)
    case_id: int | None = None


@dataclass(slots=True)
class Case:
    """A petition case (信访件) of the inspection whose evidence is scanned with the measures'."""

    pk: int
    problem_id: int | None
    label: str


def _case_label(batch_number: str, seq: int, number: str) -> str:
    """As PetitionCase.label writes it: 第2批第7号（D3201…）."""
    return f"信访件{batch_number}第{seq}号" + (f"（{number}）" if number else "")


@dataclass(slots=True)
class Row:
    """One measure as the signals read it: a plain row (one query), not a model instance with its relations."""

    pk: int
    problem_id: int
    problem_seq: int
    seq: int
    lead_unit_id: int | None
    unit_name: str | None
    text: str
    completion_note: str
    state: str
    deadline_date: dt.date | None
    created_on: dt.date


@dataclass(slots=True)
class Request:
    """The latest sign-off request of a measure."""

    pk: int
    completion_note: str
    completion_date: dt.date
    requested_at: dt.datetime


ROW_FIELDS = ("pk", "problem_id", "problem__seq", "seq", "lead_unit_id", "lead_unit__name", "text", "completion_note",
              "state", "deadline_date", "created_on")


def _label(m: Row) -> str:
    return f"措施{m.problem_seq}.{m.seq}"


def _unit_name(m: Row) -> str:
    return m.unit_name if m.lead_unit_id else "未定单位"


def compute(inspection: Inspection, body: BodyProblems | None = None) -> list[Found]:
    measures = [Row(*values) for values in (Measure.objects.filter(problem__inspection=inspection)
                                            .order_by("problem__seq", "seq").values_list(*ROW_FIELDS))]
    by_id = {m.pk: m for m in measures}
    latest_request: dict[int, Request] = {}
    for measure_id, *values in (SignOffRequest.objects.filter(measure__problem__inspection=inspection)
                                .order_by("measure_id", "requested_at")
                                .values_list("measure_id", "pk", "completion_note", "completion_date", "requested_at")):
        latest_request[measure_id] = Request(*values)
    latest_update: dict[int, str] = {}
    for measure_id, text in (ProgressUpdate.objects.filter(measure__problem__inspection=inspection)
                             .order_by("measure_id", "reported_on", "pk").values_list("measure_id", "text")):
        latest_update[measure_id] = text
    update_stats = {row["measure_id"]: row for row in (
        ProgressUpdate.objects.filter(measure__problem__inspection=inspection).values("measure_id")
        .annotate(n=Count("pk"), top=Max("progress")))}
    evidence = [Evidence(*row, phash or "", dated, source or "") for *row, phash, dated, source in (
        EvidenceFile.objects.filter(_of_inspection(inspection)).order_by("pk")
        .values_list("pk", "measure_id", "petition_case_id", "sha256", "original_name", "update__reported_on",
                     "sign_off__completion_date", "fingerprint__phash", "fingerprint__dated", "fingerprint__date_source"))]
    case_ids = {e.case_id for e in evidence if e.case_id}
    cases = {pk: Case(pk, problem_id, _case_label(batch, seq, number)) for pk, problem_id, batch, seq, number in (
        PetitionCase.objects.filter(pk__in=case_ids).values_list("pk", "problem_id", "batch__number", "seq", "number"))
        } if case_ids else {}

    found: list[Found] = []
    found += _copied_text(measures, by_id, latest_request, latest_update)
    found += _vague(measures, evidence)
    found += _evidence(measures, by_id, latest_request, evidence, cases)
    found += _same_pictures(inspection, by_id, evidence, cases)
    found += _evidence_predates(inspection, by_id, [e for e in evidence if e.measure_id])
    found += _timing(measures, latest_request, update_stats)
    found += _recurrence(inspection, body or BodyProblems.load(inspection))
    return found


def _note_of(m: Row, latest_request: dict[int, Request]) -> str:
    req = latest_request.get(m.pk)
    return (req.completion_note if req and m.state in PENDING else "") or m.completion_note


def _copied_text(measures, by_id, latest_request, latest_update) -> list[Found]:
    """One flag per measure and partner, for the COPIES_SHOWN closest partners of each measure and field.

    A note pasted into twenty measures says so in one sentence (另有…项), not in twenty flags on each of them:
    other units' copies first, then the longest shared passage."""
    out = []
    texts = {
        "text": [(m.pk, m.text) for m in measures],
        "note": [(m.pk, _note_of(m, latest_request)) for m in measures],
        "update": [(m.pk, latest_update.get(m.pk, "")) for m in measures],
    }
    for field_name, items in texts.items():
        what = TEXT_FIELDS[field_name]
        partners: dict[int, list] = defaultdict(list)
        for pair in find_copied([item for item in items if item[1]]):
            for this, other in ((pair.left, pair.right), (pair.right, pair.left)):
                across = by_id[this].lead_unit_id != by_id[other].lead_unit_id
                partners[this].append((not across, -pair.overlap.passage_length, -pair.overlap.jaccard, other, pair.overlap))
        for this, found in partners.items():
            found.sort(key=lambda row: row[:4])
            a = by_id[this]
            more = len(found) - COPIES_SHOWN
            for same_unit, _, _, other, overlap in found[:COPIES_SHOWN]:
                b = by_id[other]
                whose = "本单位" if same_unit else f"{_unit_name(b)}的"
                sentence = (f"{what}与{_label(b)}（{whose}{what}）有{overlap.passage_length}字相同"
                            f"（整体相似度{overlap.percent}%）：“{overlap.passage[:80]}”。")
                if more > 0:
                    sentence += f"另有{more}项措施的{what}与之雷同。"
                out.append(Found(
                    key=f"copied:{field_name}:{this}:{other}", kind=FlagKind.COPIED_TEXT, problem_id=a.problem_id,
                    measure_id=this, explanation=sentence,
                    severity=Severity.RISK if field_name != "text" or not same_unit else Severity.INFO,
                    detail={"field": field_name, "other": other, "other_label": _label(b), "other_unit": _unit_name(b),
                            "across_units": not same_unit, "passage": overlap.passage,
                            "passage_length": overlap.passage_length, "similarity": overlap.percent,
                            **({"more": more} if more > 0 else {})}))
    return out


def _vague(measures, evidence) -> list[Found]:
    with_evidence = {e.measure_id for e in evidence}
    out = []
    for m in measures:
        if m.state == MeasureState.SIGNED_OFF:
            continue
        result = concrete.score(m.text)
        if not result.vague:
            continue
        pending_bare = m.state in PENDING and m.pk not in with_evidence
        sentence = result.explain()
        if pending_bare:
            sentence += "该措施正在申请销号，且没有佐证材料。"
        out.append(Found(key=f"vague:{m.pk}", kind=FlagKind.VAGUE, problem_id=m.problem_id, measure_id=m.pk,
                         explanation=sentence, severity=Severity.RISK if pending_bare else Severity.INFO,
                         detail={"score": result.score, "features": {k: v[:5] for k, v in result.features.items() if v}}))
    return out


def _of_inspection(inspection: Inspection) -> Q:
    """Evidence files of the inspection: its measures' and its petition cases'."""
    return Q(measure__problem__inspection=inspection) | Q(petition_case__inspection=inspection)


def _owner(measure_id: int | None, case_id: int | None) -> tuple[str, int]:
    return ("m", measure_id) if measure_id else ("c", case_id)


def _owner_label(owner: tuple[str, int], by_id, cases) -> str:
    return _label(by_id[owner[1]]) if owner[0] == "m" else cases[owner[1]].label


def _about(owner: tuple[str, int], by_id, cases) -> dict:
    """Whom a flag concerns: the measure and its problem, or the case (and its problem when it has one)."""
    if owner[0] == "m":
        return {"problem_id": by_id[owner[1]].problem_id, "measure_id": owner[1]}
    return {"problem_id": cases[owner[1]].problem_id, "measure_id": None, "case_id": owner[1]}


def _evidence(measures, by_id, latest_request, evidence, cases) -> list[Found]:
    """No evidence for a sign-off; a file (same SHA-256) already used for another measure or petition case."""
    out = []
    files_of: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
    holders: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for e in evidence:
        owner = _owner(e.measure_id, e.case_id)
        files_of[owner].append((e.sha256, e.name))
        holders[e.sha256].add(owner)
    for owner, held in files_of.items():
        key = f"{owner[1]}" if owner[0] == "m" else f"case{owner[1]}"
        for sha, name in held:
            others = sorted(holders[sha] - {owner}, key=lambda o: (o[0] != "m", o[1]))
            if others:
                labels = "、".join(_owner_label(o, by_id, cases) for o in others[:5])
                out.append(Found(key=f"evidence_reused:{key}:{sha[:16]}", kind=FlagKind.EVIDENCE_REUSED,
                                 explanation=f"佐证材料“{name}”与{labels}上传的文件完全相同（SHA-256一致）。",
                                 detail={"sha256": sha, "others": [o[1] for o in others if o[0] == "m"],
                                         "other_cases": [o[1] for o in others if o[0] == "c"]},
                                 **_about(owner, by_id, cases)))
    for m in measures:
        if m.state in PENDING and not files_of.get(("m", m.pk)):
            out.append(Found(key=f"no_evidence:{m.pk}", kind=FlagKind.NO_EVIDENCE, problem_id=m.problem_id, measure_id=m.pk,
                             explanation="申请销号时没有上传任何佐证材料。"))
        req = latest_request.get(m.pk)
        if req and m.state in PENDING and req.completion_date > timezone.localtime(req.requested_at).date():
            out.append(Found(key=f"completed_after_request:{m.pk}:{req.pk}", kind=FlagKind.COMPLETED_AFTER_REQUEST,
                             problem_id=m.problem_id, measure_id=m.pk,
                             explanation=f"填报的完成时间{req.completion_date:%Y年%m月%d日}晚于申请销号的日期"
                                         f"{timezone.localtime(req.requested_at):%Y年%m月%d日}：尚未完成就申请了销号。"))
    return out


def _same_pictures(inspection: Inspection, by_id, evidence: list[Evidence], cases) -> list[Found]:
    """A photo re-saved (resized, recompressed) and uploaded for another measure or petition case of the same body.

    Candidates come from the band index (signals/files.py), a query per PICTURES_PER_LOOKUP pictures; files
    with the same SHA-256 are left to the identical-file signal.
    """
    pictures = [e for e in evidence if e.phash]
    if not pictures:
        return []
    root = body_root(inspection)
    in_body = (Q(evidence__measure__problem__inspection__inspected_unit__path__startswith=root,
                 evidence__measure__problem__inspection__archived_at__isnull=True)
               | Q(evidence__petition_case__inspection__inspected_unit__path__startswith=root,
                   evidence__petition_case__inspection__archived_at__isnull=True))
    matches: dict[int, list[dict]] = defaultdict(list)
    for start in range(0, len(pictures), PICTURES_PER_LOOKUP):
        batch = pictures[start:start + PICTURES_PER_LOOKUP]
        wanted = [set() for _ in range(files.BANDS)]
        for e in batch:
            for i, band in enumerate(files.bands(e.phash)):
                wanted[i].update(files.band_neighbours(band))
        near = Q()
        for i, values in enumerate(wanted):
            near |= Q(**{f"band{i}__in": sorted(values)})
        candidates = list(EvidenceFingerprint.objects.filter(near, in_body).exclude(phash="").values(
            "evidence_id", "phash", "evidence__sha256", "evidence__original_name", "evidence__measure_id",
            "evidence__measure__seq", "evidence__measure__problem__seq", "evidence__measure__problem__inspection_id",
            "evidence__measure__problem__inspection__name", "evidence__measure__lead_unit__name", "evidence__petition_case_id",
            "evidence__petition_case__seq", "evidence__petition_case__number", "evidence__petition_case__batch__number",
            "evidence__petition_case__inspection_id", "evidence__petition_case__inspection__name"))
        for e in batch:
            mine = _owner(e.measure_id, e.case_id)
            for c in candidates:
                if (_owner(c["evidence__measure_id"], c["evidence__petition_case_id"]) != mine
                        and c["evidence__sha256"] != e.sha256
                        and files.distance(e.phash, c["phash"]) <= files.SAME_IMAGE_WITHIN):
                    matches[e.pk].append(c)
    out = []
    for e in pictures:
        others = sorted(matches.get(e.pk, []), key=lambda c: c["evidence_id"])
        if not others:
            continue
        labels = []
        for c in others[:5]:
            if c["evidence__measure_id"]:
                label = f"措施{c['evidence__measure__problem__seq']}.{c['evidence__measure__seq']}"
                if c["evidence__measure__lead_unit__name"]:
                    label += f"（{c['evidence__measure__lead_unit__name']}）"
                where = c["evidence__measure__problem__inspection_id"], c["evidence__measure__problem__inspection__name"]
            else:
                label = _case_label(c["evidence__petition_case__batch__number"], c["evidence__petition_case__seq"],
                                    c["evidence__petition_case__number"])
                where = c["evidence__petition_case__inspection_id"], c["evidence__petition_case__inspection__name"]
            if where[0] != inspection.pk:
                label = f"{where[1]}{label}"
            labels.append(f"{label}的“{c['evidence__original_name']}”")
        bits = min(files.distance(e.phash, c["phash"]) for c in others)
        owner = _owner(e.measure_id, e.case_id)
        key = f"{e.measure_id}" if e.measure_id else f"case{e.case_id}"
        out.append(Found(key=f"image_reused:{key}:{e.pk}", kind=FlagKind.EVIDENCE_REUSED,
                         explanation=f"照片“{e.name}”与{'、'.join(labels)}是同一画面（感知哈希仅差{bits}位，"
                                     f"文件不同，可能经过缩放或重新压缩）。",
                         detail={"phash": e.phash, "others": [c["evidence__measure_id"] for c in others
                                                              if c["evidence__measure_id"]],
                                 "other_cases": [c["evidence__petition_case_id"] for c in others
                                                 if c["evidence__petition_case_id"]],
                                 "other_files": [c["evidence_id"] for c in others], "bits": bits},
                         **_about(owner, by_id, cases)))
    return out


def _evidence_predates(inspection: Inspection, by_id, evidence: list[Evidence]) -> list[Found]:
    """An evidence file dated before the problem was raised (the inspection's feedback): old material as new work.

    The date is the photo's EXIF date, the PDF's creation date, else the date declared with the upload.
    """
    raised = inspection.feedback_date
    out = []
    for e in evidence:
        dates = [(e.dated, e.date_source), (e.reported_on, "update"), (e.completion_date, "sign_off")]
        early = [(day, source) for day, source in dates if day and source and day < raised]
        if not early:
            continue
        day, source = early[0]
        m = by_id[e.measure_id]
        out.append(Found(key=f"evidence_predates:{e.measure_id}:{e.pk}", kind=FlagKind.EVIDENCE_PREDATES,
                         problem_id=m.problem_id, measure_id=m.pk,
                         explanation=f"佐证材料“{e.name}”的{DATE_SOURCES[source]}为{day:%Y年%m月%d日}，早于问题提出"
                                     f"（{raised:%Y年%m月%d日}反馈）：可能不是这次整改形成的材料。",
                         detail={"date": day.isoformat(), "source": source, "raised": raised.isoformat()}))
    return out


def _fingerprint_new_evidence(inspection: Inspection) -> None:
    """Read the picture hash and the date of every evidence file of the inspection not read yet (once a file)."""
    from zhenggai.ledger.evidence import evidence_path

    fresh = list(EvidenceFile.objects.filter(_of_inspection(inspection), fingerprint__isnull=True)
                 .only("pk", "stored_name", "content_type"))
    rows = []
    for evidence in fresh:
        facts = files.read_facts(evidence_path(evidence), evidence.content_type)
        band = files.bands(facts.phash) if facts.phash else [None] * files.BANDS
        rows.append(EvidenceFingerprint(evidence=evidence, phash=facts.phash, dated=facts.dated,
                                        date_source=facts.date_source, **{f"band{i}": b for i, b in enumerate(band)}))
    EvidenceFingerprint.objects.bulk_create(rows, batch_size=500, ignore_conflicts=True)


def _timing(measures, latest_request, update_stats) -> list[Found]:
    out = []
    per_unit_day: dict[tuple[int | None, dt.date], list[Row]] = defaultdict(list)
    for m in measures:
        req = latest_request.get(m.pk)
        if not req or m.state not in PENDING:
            continue
        asked_on = timezone.localtime(req.requested_at).date()
        per_unit_day[(m.lead_unit_id, asked_on)].append(m)
        if m.deadline_date and (asked_on - m.created_on).days <= RUSHED_WITHIN_DAYS \
                and (m.deadline_date - m.created_on).days >= RUSHED_DEADLINE_DAYS:
            out.append(Found(key=f"rushed:{m.pk}:{req.pk}", kind=FlagKind.RUSHED, problem_id=m.problem_id, measure_id=m.pk,
                             explanation=f"措施{m.created_on:%Y年%m月%d日}下达，{(asked_on - m.created_on).days}天后即申请销号，"
                                         f"而整改期限在{m.deadline_date:%Y年%m月%d日}。"))
        stats = update_stats.get(m.pk)
        top = stats["top"] if stats else 0
        reports = stats["n"] if stats else 0
        if top < JUMP_FROM_BELOW and reports <= 1:
            out.append(Found(key=f"progress_jump:{m.pk}:{req.pk}", kind=FlagKind.PROGRESS_JUMP, problem_id=m.problem_id,
                             measure_id=m.pk, severity=Severity.INFO,
                             explanation=f"进度从{top}%直接申请销号（100%），此前仅报送{reports}次进展。"))
    for (unit_id, day), group in per_unit_day.items():
        if len(group) >= SAME_DAY_BATCH:
            for m in group:
                out.append(Found(key=f"same_day_batch:{m.pk}:{day.isoformat()}", kind=FlagKind.SAME_DAY_BATCH,
                                 problem_id=m.problem_id, measure_id=m.pk, severity=Severity.INFO,
                                 explanation=f"{_unit_name(m)}在{day:%Y年%m月%d日}同一天申请销号{len(group)}项措施。"))
    return out


def _recurrence(inspection: Inspection, body: BodyProblems) -> list[Found]:
    """This round's problems against the signed-off (or rebounded) problems of earlier rounds of the same unit."""

    this, before = inspection.pk, inspection.feedback_date

    def earlier_and_closed(other: BodyProblem) -> bool:
        return other.feedback_date < before and other.inspection_id != this and (other.closed or other.rebounded)

    if not body.has_other_inspections(this):
        return []
    matches = {p.pk: body.similar(p, earlier_and_closed, limit=RECURRENCE_KEPT, unit_id=inspection.inspected_unit_id)
               for p in body.of_inspection(this)}
    olds = {old.pk for found in matches.values() for _, old in found}
    if not olds:
        return []
    closing = defaultdict(list)
    for problem_id, note in (Measure.objects.filter(problem_id__in=olds).exclude(completion_note="")
                             .order_by("problem_id", "seq").values_list("problem_id", "completion_note")):
        closing[problem_id].append(note)
    out = []
    for pk, found in matches.items():
        for similarity, old in found:
            how = "；".join(closing.get(old.pk, [])[:2])[:160] or "（未填写完成情况）"
            rebound = "，回头看发现反弹" if old.rebounded else ""
            out.append(Found(
                key=f"recurrence:{pk}:{old.pk}", kind=FlagKind.RECURRENCE, problem_id=pk, measure_id=None,
                explanation=f"与{body.inspection_names.get(old.inspection_id, '')}第{old.seq}个问题相似"
                            f"（相似度{round(similarity * 100)}%），该问题上一轮已销号{rebound}。上次的整改情况：{how}",
                detail={"other_problem": old.pk, "other_inspection": old.inspection_id, "similarity": round(similarity, 2),
                        "rebound": old.rebounded}))
    return out


def quality_scan_inspection(inspection_id: int, body: BodyProblems | None = None) -> ScanState:
    """Scan one inspection and store what fired; flags that stopped firing go inactive, dismissals stay.

    `body`: the body's problems already read (a full re-scan reads them once per body, not once per inspection).
    """
    started = time.monotonic()
    inspection = Inspection.all_objects.select_related("inspected_unit").get(pk=inspection_id)
    if body is None or body.root != body_root(inspection):
        body = BodyProblems.load(inspection)
    _fingerprint_new_evidence(inspection)
    found = {f.key: f for f in compute(inspection, body)}
    with transaction.atomic():
        # One row lock serialises two scans of the same inspection (a job and `quality scan --all`).
        ScanState.objects.get_or_create(inspection=inspection)
        state = ScanState.objects.select_for_update().get(inspection=inspection)
        now = timezone.now()
        existing = {key: rest for key, *rest in QualityFlag.objects.filter(inspection=inspection).values_list(
            "key", "pk", "explanation", "detail", "severity", "active")}
        to_create, to_update = [], []
        for key, f in found.items():
            old = existing.get(key)
            if old is None:
                to_create.append((inspection.pk, f.problem_id, f.measure_id, f.case_id, f.kind, f.severity, key,
                                  f.explanation, f.detail, True, now, now, ""))
            elif tuple(old[1:]) != (f.explanation, f.detail, f.severity, True):
                to_update.append((old[0], f.explanation, f.detail, f.severity, True, now))
        gone = [old[0] for key, old in existing.items() if key not in found and old[4]]
        store.insert_rows(QualityFlag, FLAG_COLUMNS, to_create)
        store.update_rows(QualityFlag, ["explanation", "detail", "severity", "active", "last_seen"], to_update)
        if gone:
            QualityFlag.objects.filter(pk__in=gone).update(active=False)
        _store_similar(inspection, body)
        state.scanned_at = now
        state.measures = Measure.objects.filter(problem__inspection=inspection).count()
        state.flags = len(found)
        state.seconds = round(time.monotonic() - started, 3)
        state.save(update_fields=["scanned_at", "measures", "flags", "seconds"])
    return state


def _store_similar(inspection: Inspection, body: BodyProblems) -> None:
    """举一反三: the few most similar problems of other inspections of the body, per problem of this one."""
    this = inspection.pk
    elsewhere = lambda other: other.inspection_id != this  # noqa: E731
    wanted = {(p.pk, other.pk): round(score, 3)
              for p in (body.of_inspection(this) if body.has_other_inspections(this) else [])
              for score, other in body.similar(p, elsewhere, limit=SIMILAR_KEPT)}
    stored = {(problem_id, other_id): (pk, similarity) for pk, problem_id, other_id, similarity in (
        ProblemLink.objects.filter(problem__inspection=inspection).values_list("pk", "problem_id", "other_id", "similarity"))}
    stale = [pk for pair, (pk, similarity) in stored.items() if wanted.get(pair) != similarity]
    if stale:
        ProblemLink.objects.filter(pk__in=stale).delete()
    store.insert_rows(ProblemLink, ["problem", "other", "similarity"],
                      [(*pair, score) for pair, score in wanted.items() if stored.get(pair, (0, None))[1] != score])
