"""The parser against hand-checked truth: the shared seed corpus and our own samples."""
from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from zhenggai.importer.parse import parse_file

from tests.importer.helpers import normalised as _norm, truth_pairs

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SAMPLES = Path(__file__).resolve().parent / "samples"


def _check(doc: Path, truth_path: Path) -> None:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    pred = parse_file(doc).to_dict()
    assert pred["kind"] == truth["kind"]
    if truth["report_date"]:
        assert pred["report_date"] == truth["report_date"]
    for key in ("start", "end", "feedback_date"):
        if truth["inspection"][key]:
            assert pred["inspection"][key] == truth["inspection"][key], key
    for key, value in truth["headline"].items():
        if value is not None:
            assert pred["headline"][key] == value, key
    assert len(pred["problems"]) == len(truth["problems"])
    for t, p in zip(truth["problems"], pred["problems"]):
        ratio = difflib.SequenceMatcher(None, _norm(t["title"]), _norm(p["title"]), autojunk=False).ratio()
        assert ratio >= 0.8, (t["title"], p["title"])
        assert _norm(p["title"]) == _norm(t["title"])
        assert p["seq"] == t["seq"]
        assert p["measure_count"] == t["measure_count"], t["title"]
        if t["category"] is not None:
            assert _norm(p["category"]) == _norm(t["category"])
        if t["status"] is not None:
            assert p["status"] == t["status"]
        if t["deadline"] is not None:
            assert _norm(p["deadline"]) == _norm(t["deadline"])
        if t["responsible_units"]:
            assert sorted(map(_norm, p["responsible_units"])) == sorted(map(_norm, t["responsible_units"]))


@pytest.mark.skipif(not (CORPUS / "seeds").is_dir(), reason="the shared seed corpus (../shared/corpus) is not present")
@pytest.mark.parametrize("stem", sorted(p.name[: -len(".truth.json")] for p in (CORPUS / "seeds").glob("*.truth.json")) if (CORPUS / "seeds").is_dir() else [])
def test_it_matches_the_truth_of_each_seed_document(stem):
    doc, truth = next((d, t) for d, t in truth_pairs(CORPUS / "seeds") if t.name.startswith(stem))
    _check(doc, truth)


@pytest.mark.parametrize("doc, truth", truth_pairs(SAMPLES), ids=lambda p: p.name)
def test_it_matches_the_truth_of_our_own_samples(doc, truth):
    _check(doc, truth)
