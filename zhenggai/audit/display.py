"""The audit log in words: "措施10.2" instead of "measure:25", before/after as field → old → new.

Reads only; a page of events costs one query per kind of object on it, whatever the page size.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.apps import apps

# object_type (a model name) → how the object is named in words
TYPE_LABELS = {
    "inspection": "巡察", "category": "类别", "problem": "问题", "measure": "措施", "progressupdate": "进展报送",
    "signoffrequest": "销号申请", "extensionrequest": "延期申请", "followup": "回头看", "rule": "制度机制",
    "unit": "单位", "user": "用户", "importjob": "导入", "bulletin": "通报", "feedback": "意见建议",
}
# Keys services put in before/after that are not model fields.
EXTRA_LABELS = {
    "co_unit_note": "配合单位报送", "files": "附件数", "measures": "措施", "archived": "已归档", "reason": "原因",
    "measures_created": "新建措施", "measure_id_ranges": "新建措施（编号区间）", "job": "导入批次", "file": "文件", "sha256": "文件摘要", "mode": "导入方式",
    "problems": "问题数", "signed_off": "销号数", "units_created": "新建单位", "username": "用户名",
    "new_date": "申请延至", "headline": "通报数字", "inspection_id": "巡察",
}
MAX_VALUE = 200


@dataclass
class Change:
    field: str
    before: str
    after: str


def _measure_names(ids) -> dict[int, str]:
    from zhenggai.ledger.models import Measure

    return {pk: f"措施{p}.{s}" for pk, p, s in
            Measure.objects.filter(pk__in=ids).values_list("pk", "problem__seq", "seq")}


def object_names(events) -> dict[int, str]:
    """Event id → the object it concerns, in words ("措施10.2", "问题3", "《…》"); deleted ones say so."""
    from zhenggai.accounts.models import Unit, User
    from zhenggai.ledger.models import Category, Inspection, Problem, Rule

    wanted: dict[str, set[int]] = defaultdict(set)
    measure_ids: set[int] = set()
    for e in events:
        if e.object_id.isdigit():
            wanted[e.object_type].add(int(e.object_id))
        if e.measure_id:
            measure_ids.add(e.measure_id)
    measures = _measure_names(measure_ids | wanted.get("measure", set()))
    found: dict[str, dict[int, str]] = {"measure": measures}
    lookups = {
        "inspection": lambda ids: {pk: f"《{n}》" for pk, n in
                                   Inspection.all_objects.filter(pk__in=ids).values_list("pk", "name")},
        "problem": lambda ids: {pk: f"问题{s}" for pk, s in Problem.objects.filter(pk__in=ids).values_list("pk", "seq")},
        "category": lambda ids: dict(Category.objects.filter(pk__in=ids).values_list("pk", "name")),
        "rule": lambda ids: {pk: f"《{t}》" for pk, t in Rule.objects.filter(pk__in=ids).values_list("pk", "title")},
        "unit": lambda ids: dict(Unit.objects.filter(pk__in=ids).values_list("pk", "name")),
        "user": lambda ids: {u.pk: u.display_name for u in User.objects.filter(pk__in=ids)},
    }
    for kind, ids in wanted.items():
        if kind in lookups:
            found[kind] = lookups[kind](ids)
    out: dict[int, str] = {}
    for e in events:
        if not e.object_type:
            out[e.id] = ""
            continue
        label = TYPE_LABELS.get(e.object_type, e.object_type)
        pk = int(e.object_id) if e.object_id.isdigit() else None
        name = found.get(e.object_type, {}).get(pk) if pk is not None else None
        if name is None and e.object_type == "measure" and pk is not None:
            name = _deleted_measure_name(e) or f"措施（已删除，编号{pk}）"
        elif name is None and e.measure_id and e.measure_id in measures:
            name = f"{measures[e.measure_id]}的{label}"
        elif name is None and e.object_type in found:
            name = f"{label}（已删除，编号{e.object_id}）"
        out[e.id] = name or f"{label}{e.object_id}"
    return out


def _deleted_measure_name(event) -> str:
    before = event.before if isinstance(event.before, dict) else {}
    if event.action == "measure.delete" and "seq" in before:
        return f"措施（已删除）第{before['seq']}条"
    return ""


def _field_label(object_type: str, key: str) -> str:
    if key in EXTRA_LABELS:
        return EXTRA_LABELS[key]
    for app in ("ledger", "accounts", "importer", "reports", "portal"):
        try:
            model = apps.get_model(app, object_type)
        except LookupError:
            continue
        try:
            return str(model._meta.get_field(key).verbose_name)
        except Exception:  # noqa: BLE001 - not a field of this model: show the key
            break
    return key


def _value(value) -> str:
    if value is None or value == "":
        return "—"
    if value is True:
        return "是"
    if value is False:
        return "否"
    if isinstance(value, list):
        text = "、".join(_value(v) for v in value) if len(value) <= 20 else f"{len(value)}项"
    elif isinstance(value, dict):
        text = "；".join(f"{k}：{_value(v)}" for k, v in value.items())
    else:
        text = str(value)
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE] + "…"


def changes(event) -> list[Change]:
    """Field by field: what the event changed (only fields whose value differs, when both sides are known)."""
    before = event.before if isinstance(event.before, dict) else {}
    after = event.after if isinstance(event.after, dict) else {}
    rows: list[Change] = []
    for key in list(dict.fromkeys([*before, *after])):
        if key in ("version", "id"):
            continue
        old, new = before.get(key), after.get(key)
        if key in before and key in after and old == new:
            continue
        rows.append(Change(_field_label(event.object_type, key), _value(old) if key in before else "",
                           _value(new) if key in after else ""))
    return rows
