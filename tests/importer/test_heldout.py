"""The parser on our held-out documents (tests/importer/heldout), scored as the shared scorer does.

The held-out documents were written to be unlike the seed corpus and the
samples the parser was first tuned on, and their truth files were written by
hand before the parser was run on them. The scoring follows
/work/shared/tools/score_import.py: problems are aligned by title similarity
(≥ 0.8, greedy, order-free), F1 is over all problems of all documents, and
field accuracies are over the aligned pairs.
"""
from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from zhenggai.importer.parse import parse_file

from tests.importer.helpers import normalised as _norm, truth_pairs

HELDOUT = Path(__file__).resolve().parent / "heldout"
FIELD_FLOOR = 0.9


def _similarity(a: str | None, b: str | None) -> float:
    return difflib.SequenceMatcher(None, _norm(a), _norm(b), autojunk=False).ratio()


def _align(truth_problems: list[dict], pred_problems: list[dict]) -> list[tuple[dict, dict]]:
    scored = []
    for i, t in enumerate(truth_problems):
        for j, p in enumerate(pred_problems):
            s = _similarity(t["title"], p["title"])
            if s >= 0.8:
                scored.append((s, i, j))
    scored.sort(reverse=True)
    used_t, used_p, out = set(), set(), []
    for _, i, j in scored:
        if i not in used_t and j not in used_p:
            used_t.add(i)
            used_p.add(j)
            out.append((truth_problems[i], pred_problems[j]))
    return out


class _Tally:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}

    def add(self, key: str, ok: bool) -> None:
        hit_total = self.counts.setdefault(key, [0, 0])
        hit_total[0] += int(ok)
        hit_total[1] += 1

    def rate(self, key: str) -> float | None:
        hit, total = self.counts.get(key, (0, 0))
        return None if total == 0 else hit / total


def _score(truth: dict, pred: dict, tally: _Tally) -> tuple[int, int, int]:
    matched = _align(truth["problems"], pred["problems"])
    for t, p in matched:
        tally.add("title_exact", _norm(t["title"]) == _norm(p["title"]))
        tally.add("seq", t["seq"] == p["seq"])
        if t["category"] is not None:
            tally.add("category", _norm(t["category"]) == _norm(p["category"]))
        if t["status"] is not None:
            tally.add("status", t["status"] == p["status"])
        tally.add("measure_count", t["measure_count"] == p["measure_count"])
        if t["deadline"] is not None:
            tally.add("deadline", _norm(t["deadline"]) == _norm(p["deadline"]))
        if t["responsible_units"]:
            tally.add("units", sorted(map(_norm, t["responsible_units"])) == sorted(map(_norm, p["responsible_units"])))
    for key in ("kind", "report_date"):
        if truth[key] is not None:
            tally.add("doc_fields", truth[key] == pred[key])
    for key in ("start", "end", "feedback_date"):
        if truth["inspection"][key] is not None:
            tally.add("dates", truth["inspection"][key] == pred["inspection"][key])
    for key, value in truth["headline"].items():
        if value is not None:
            tally.add("headline", value == pred["headline"][key])
    return len(truth["problems"]), len(pred["problems"]), len(matched)


@pytest.fixture(scope="module")
def scored() -> tuple[float, _Tally]:
    tally = _Tally()
    n_truth = n_pred = n_matched = 0
    for doc, truth_path in truth_pairs(HELDOUT, exactly_one=True):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        pred = parse_file(doc).to_dict()
        t, p, m = _score(truth, pred, tally)
        n_truth, n_pred, n_matched = n_truth + t, n_pred + p, n_matched + m
    precision = n_matched / n_pred if n_pred else 0.0
    recall = n_matched / n_truth if n_truth else 0.0
    f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return f1, tally


def test_the_held_out_set_has_at_least_eight_documents_in_several_formats():
    pairs = truth_pairs(HELDOUT, exactly_one=True)
    assert len(pairs) >= 8
    assert {doc.suffix for doc, _ in pairs} >= {".txt", ".docx", ".pdf", ".html"}


def test_problems_are_found_in_the_held_out_documents_with_f1_of_at_least_0_95(scored):
    f1, _ = scored
    assert f1 >= 0.95


@pytest.mark.parametrize("field", ["title_exact", "seq", "category", "status", "measure_count", "deadline", "units", "doc_fields", "dates", "headline"])
def test_each_field_of_the_held_out_documents_is_right_at_least_nine_times_in_ten(scored, field):
    _, tally = scored
    rate = tally.rate(field)
    assert rate is not None, f"no held-out document states {field}"
    assert rate >= FIELD_FLOOR, f"{field}: {rate:.3f}"
