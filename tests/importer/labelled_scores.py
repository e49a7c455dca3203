"""Every labelled set's figures, computed in this process with the shared scorer (corpus/../tools/score_import.py):
what `tests/importer/real/tools/score_sets.sh` prints, as data, for the floor test (test_labelled_floor.py) and for
`tests/importer/real/tools/floors.py`, which records the floors."""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = Path(os.environ.get("ZHENGGAI_SHARED") or ROOT.parent / "shared")
SCORER = SHARED / "tools" / "score_import.py"
SEEDS = SHARED / "corpus" / "seeds"
FLOORS = HERE / "real" / "FLOORS.json"
# what the CLI reads (`zhenggai parse`: .txt .docx .pdf .html .xlsx .csv; old Word via LibreOffice)
EXTENSIONS = {".txt", ".docx", ".pdf", ".html", ".htm", ".xlsx", ".csv", ".doc", ".wps"}


def set_dirs() -> dict[str, Path]:
    """Every labelled set by name, as score_sets.sh lists them (the seeds only where the shared corpus is)."""
    dirs = {"seeds": SEEDS} if SEEDS.is_dir() else {}
    for name in ("heldout", "samples"):
        dirs[name] = HERE / name
    for d in sorted(HERE.glob("blindwritten*")):
        if d.is_dir():  # (not blindwritten_kit.py, the generators' shared module)
            dirs[d.name] = d
    real = HERE / "real"
    for d in sorted([*real.glob("blind*"), *real.glob("snippets*"), real / "tune", real / "tune_sentences"]):
        if d.is_dir():
            dirs[d.name] = d
    return dirs


def scorer():
    spec = importlib.util.spec_from_file_location("score_import", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_result(path: Path):
    """The parser's result for one file as `zhenggai parse FILE` reads it (in this process; a lazy ledger's problems
    materialised), or a refused file's {"error": code, "message": …}."""
    from zhenggai.importer.extract import ExtractError, extract_bytes, read_file
    from zhenggai.importer.ledger_reader import LedgerResult
    from zhenggai.importer.parse import _parse_extracted

    try:
        result = _parse_extracted(extract_bytes(read_file(path), path.name, lazy_ledger=True))
    except ExtractError as exc:
        return {"error": exc.code, "message": exc.message_zh}
    if isinstance(result, LedgerResult):
        result.materialise()
    return result


def parse(path: Path) -> dict:
    """The parser's JSON for one file, as `zhenggai parse FILE --json` gives it (a refused file: {"error": …}); the
    CLI's JSON is json.dumps of to_dict(), so a round trip gives the same values (tuples as lists)."""
    result = parse_result(path)
    if isinstance(result, dict):
        return result
    return json.loads(json.dumps(result.to_dict(), ensure_ascii=False))


def documents(d: Path):
    """(document, truth path) of a set, as the scorer pairs them."""
    for truth in sorted(d.glob("*.truth.json")):
        stem = truth.name[: -len(".truth.json")]
        docs = sorted(p for p in d.glob(stem + ".*") if p.suffix.lower() in EXTENSIONS)
        if docs:
            yield docs[0], truth


def predictions(d: Path) -> tuple[list[tuple[dict, dict]], list[str]]:
    """(truth, the parser's JSON) for every document of a set, and the crashes (a crashed document's JSON is {})."""
    pairs, crashes = [], []
    for doc, truth_path in documents(d):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        try:
            pred = parse(doc)
        except Exception as exc:  # noqa: BLE001 - a crash is what the floor test reports
            crashes.append(f"{doc.name}: {type(exc).__name__}: {exc}")
            pred = {}
        pairs.append((truth, pred))
    return pairs, crashes


def figures(pairs: list[tuple[dict, dict]], sc=None) -> dict:
    """The TOTAL row score_import.py prints for these (truth, prediction) pairs: {"f1": …, "title_exact": …, …},
    None where nothing is scored."""
    sc = sc or scorer()
    total = sc.Tally()
    agg = {"truth": 0, "pred": 0, "matched": 0}
    for truth, pred in pairs:
        tally, counts = sc.score(truth, pred)
        total.merge(tally)
        for k in agg:
            agg[k] += counts[k]
    out = {"f1": round(sc.f1(agg), 4)}
    for key in sc.KEYS:
        rate = total.rate(key)
        out[key] = None if rate is None else round(rate, 4)
    return out


def set_figures(d: Path, sc=None) -> tuple[dict, list[str]]:
    """The set's TOTAL row and its crashes."""
    pairs, crashes = predictions(d)
    return figures(pairs, sc), crashes
