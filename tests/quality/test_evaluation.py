"""Precision and recall of each quality signal on the labelled sets in tests/quality/data (see its README)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.quality.data import SHARED
from zhenggai.importer.parse import parse_file
from zhenggai.quality.signals import concrete, recurrence
from zhenggai.quality.signals.text import _STRIP, compare

from .data.own_measures import MEASURES
from .data.own_notes import NOTES
from .data.own_problems import PROBLEMS

DATA = Path(__file__).parent / "data"
SEEDS = SHARED / "corpus" / "seeds"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seed corpus (../shared/corpus) is not present")


def _seed_measures() -> dict[str, str]:
    texts = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for problem in parse_file(path).problems:
            for measure in problem.measures:
                # named by the text without punctuation and spaces: the same whatever the parser does with them
                key = path.name[:3] + ":" + hashlib.sha1(_STRIP.sub("", measure.text).encode()).hexdigest()[:16]
                texts[key] = measure.text
    return texts


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _precision_recall(pairs) -> tuple[float, float, int]:
    tp = sum(1 for predicted, actual in pairs if predicted and actual)
    fp = sum(1 for predicted, actual in pairs if predicted and not actual)
    fn = sum(1 for predicted, actual in pairs if not predicted and actual)
    return tp / ((tp + fp) or 1), tp / ((tp + fn) or 1), len(pairs)


def _own_copied_pairs():
    for i, (note, copy, other) in enumerate(NOTES):
        yield note, copy, True
        yield note, other, False
        yield copy, other, False
        for earlier, _, _ in NOTES[:i]:
            yield note, earlier, False


@pytest.fixture(scope="module")
def seed_texts():
    return _seed_measures()


@needs_seeds
def test_copied_text_finds_reuse_with_precision_095_and_recall_090(seed_texts):
    rows = _rows("seed_pairs.jsonl")
    missing = [r["where"] for r in rows if r["left"] not in seed_texts or r["right"] not in seed_texts]
    assert len(missing) <= len(rows) * 0.05, f"the parser no longer yields these seed measures: {missing[:5]}"
    results = [(compare(seed_texts[r["left"]], seed_texts[r["right"]]).copied, r["copied"])
               for r in rows if r["where"] not in missing]
    results += [(compare(a, b).copied, label) for a, b, label in _own_copied_pairs()]
    precision, recall, n = _precision_recall(results)
    print(f"copied text: P={precision:.3f} R={recall:.3f} on {n} pairs")
    assert n >= 300
    assert precision >= 0.95 and recall >= 0.90


def test_copied_text_on_our_own_notes_alone_meets_the_bar():
    precision, recall, n = _precision_recall([(compare(a, b).copied, label) for a, b, label in _own_copied_pairs()])
    assert n >= 250 and precision >= 0.95 and recall >= 0.90


@needs_seeds
def test_vague_measures_are_found_with_precision_080_and_recall_070(seed_texts):
    rows = _rows("seed_measures.jsonl")
    results = [(concrete.score(seed_texts[r["measure"]]).vague, r["vague"]) for r in rows if r["measure"] in seed_texts]
    assert len(results) >= len(rows) * 0.95
    results += [(concrete.score(text).vague, vague) for text, vague in MEASURES]
    precision, recall, n = _precision_recall(results)
    print(f"vague measures: P={precision:.3f} R={recall:.3f} on {n} measures")
    assert n >= 200
    assert precision >= 0.80 and recall >= 0.70


@needs_seeds
def test_each_concreteness_feature_earns_its_keep(seed_texts):
    """Drop one feature at a time: the score gets worse on the labelled measures."""
    labelled = [(seed_texts[r["measure"]], r["vague"]) for r in _rows("seed_measures.jsonl") if r["measure"] in seed_texts]
    labelled += MEASURES

    def f1() -> float:
        precision, recall, _ = _precision_recall([(concrete.score(t).vague, v) for t, v in labelled])
        return 2 * precision * recall / ((precision + recall) or 1)

    full = f1()
    for feature in ("date", "quantity", "document", "output"):
        saved = concrete.WEIGHTS[feature]
        concrete.WEIGHTS[feature] = 0.0
        try:
            assert f1() < full, f"dropping {feature} does not lower F1 ({full:.3f})"
        finally:
            concrete.WEIGHTS[feature] = saved


def test_the_same_problem_again_is_recognised_with_precision_085_and_recall_080():
    results = []
    for i, (earlier, again, different) in enumerate(PROBLEMS):
        results += [(recurrence.same_problem(earlier, again), True), (recurrence.same_problem(earlier, different), False),
                    (recurrence.same_problem(again, different), False)]
        results += [(recurrence.same_problem(earlier, other), False) for other, _, _ in PROBLEMS[:i]]
    precision, recall, n = _precision_recall(results)
    print(f"recurrence: P={precision:.3f} R={recall:.3f} on {n} pairs")
    assert n >= 40 and precision >= 0.85 and recall >= 0.80
