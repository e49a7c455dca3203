"""What the second labellings' generators share (docs/agreement21, 22, 22b, 23 and 23b /make_second_labelling.py): the
truth's records (ins, head, prob), the text helpers (simp, between, norm), reading the texts and their urls, and
writing and re-reading a truth. Each generator imports them with
``sys.path.insert(0, str(Path(__file__).resolve().parents[1]))`` and keeps its own reading of its texts (the DOCS
table, EXPECTED, MEASURES, the recounts) and its own checks.

The generators were written by independent helpers (agree21, agree22, agree23 …), each copying these helpers from the
one before "so that this file stands alone"; session 24 moved them here. Run with an interpreter that has opencc
(/work/main/.venv/bin/python).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import opencc

GLOSS = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")  # a pinyin gloss after a word, "(dǎng)"
CC = opencc.OpenCC("t2s")
CN = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}
TRUTH_KEYS = ("url", "excerpt", "genre", "kind", "title", "issuer", "report_date", "inspection", "headline", "problems",
              "anomalies")


def simp(s):
    """Simplified characters without pinyin glosses (R91, opencc t2s as make_truths_blind10.simplified)."""
    return CC.convert(GLOSS.sub("", s)) if s else s


def ins(inspector=None, inspected=None, start=None, end=None, feedback=None):
    return {"inspector": inspector, "inspected": inspected, "start": start, "end": end, "feedback_date": feedback}


def head(pt=None, pd=None, mt=None, md=None, rules=None):
    return {"problems_total": pt, "problems_done": pd, "measures_total": mt, "measures_done": md, "rules_made": rules}


def prob(seq, title, category=None, status=None, measures=0, units=(), deadline=None):
    return {"seq": seq, "category": category, "title": title, "status": status, "measure_count": measures,
            "responsible_units": list(units), "deadline": deadline}


def between(text, start, end):
    i = text.index(start) + len(start)
    return text[i:text.index(end, i)]


def norm(s):
    return re.sub(r"\s+", "", simp(s))


def read_urls(here: Path) -> dict[str, str]:
    """urls.txt beside the generator, "<stem> <url>" per line."""
    return dict(line.split(None, 1)
                for line in (here / "urls.txt").read_text(encoding="utf-8").splitlines() if line.strip())


def read_texts(texts: Path, pattern: str = "*.txt") -> tuple[list[str], dict[str, str]]:
    """The texts' stems, sorted, and each stem's text."""
    stems = sorted(p.name[:-4] for p in texts.glob(pattern))
    return stems, {s: (texts / f"{s}.txt").read_text(encoding="utf-8") for s in stems}


def check_fields(key, d, text):
    """A truth's title, issuer, inspector and inspected stand in the text as written, and each headline figure as a
    number of its own."""
    for k in ("title", "issuer"):
        assert d[k] is None or d[k] in text, (key, k)
    for k in ("inspector", "inspected"):
        v = d["inspection"][k]
        assert v is None or v in text, (key, k)
    for k, v in d["headline"].items():
        assert v is None or re.search(rf"(?<!\d){v}(?!\d)", text), (key, k)


def check_problem(key, p, flat, *, ends=("。", ";"), simplified=True, norm=norm):
    """A problem's title, category and units stand in the text (flat: the text through norm); the title does not end
    on one of ends and, with simplified, is in simplified characters."""
    assert p["title"] and norm(p["title"]) in flat and not p["title"].endswith(ends), (key, p["title"])
    if simplified:
        assert p["title"] == simp(p["title"]), (key, "not simplified", p["title"])
    assert p["category"] is None or norm(p["category"]) in flat, (key, p["category"])
    for u in p["responsible_units"]:
        assert norm(u) in flat, (key, u)


def write_truth(out: Path, stem: str, url: str, d: dict):
    body = {"url": url, "excerpt": d["excerpt"], "genre": d["genre"]}
    body.update({k: d[k] for k in ("kind", "title", "issuer", "report_date", "inspection", "headline", "problems",
                                   "anomalies")})
    (out / f"{stem}.truth.json").write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def reload_truth(out: Path, stem: str) -> dict:
    """A written truth read back, with exactly the schema's keys."""
    j = json.loads((out / f"{stem}.truth.json").read_text(encoding="utf-8"))
    assert set(j) == set(TRUTH_KEYS)
    return j
