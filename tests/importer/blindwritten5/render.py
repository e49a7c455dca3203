"""Rendering half of make.py (kept apart so the document data stays readable)."""
import json
import re
import subprocess
import tempfile
from pathlib import Path

CATNUM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、．.])\s*")


# s24, lead: C1 — a category heading's count note ('（4个）', '（共4个问题）') is a figure about the category, not part of
# its name: dropped from the truth's category (the documents keep it as written).
CATCOUNT = re.compile(r"\s*[（(]共?\d+个(?:问题)?[）)]\s*$")


def clean_cat(c):
    if c is None:
        return None
    return CATCOUNT.sub("", CATNUM.sub("", c).rstrip("。").strip())


def build_text(d, recount, lines_only=False):
    out = []
    for s in d["segs"]:
        if isinstance(s, str):
            out.append(s)
        elif isinstance(s, tuple) and s[0] == "TABLE":
            continue
        else:
            p, tpl = s
            head, body = tpl(p)
            n = recount(body)
            if n != len(p["ms"]):
                raise SystemExit(f"{d['stem']}: seq {p['seq']} measures data={len(p['ms'])} recount={n}\n{body}")
            out.append(head + body)
    return "".join(out)


def truth_of(d):
    t = dict(d["truth"])
    probs = []
    for p in d["probs"]:
        probs.append(dict(seq=p["seq"], category=clean_cat(p["category"]), title=p["title"], status=p["status"],
                          measure_count=len(p["ms"]), responsible_units=p["units"], deadline=p["deadline"]))
    t["problems"] = probs
    order = ["kind", "title", "issuer", "report_date", "inspection", "headline", "problems", "anomalies"]
    return {k: t.get(k) for k in order}


def write_docx(d, text, path, recount):
    import docx
    from docx.shared import Pt
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(12)
    for s in d["segs"]:
        if isinstance(s, str):
            for line in s.split("\n"):
                if line.strip():
                    document.add_paragraph(line)
        elif isinstance(s, tuple) and s[0] == "TABLE":
            _, header, rows, merges = s
            tbl = document.add_table(rows=1 + len(rows), cols=len(header))
            tbl.style = "Table Grid"
            for j, h in enumerate(header):
                tbl.cell(0, j).text = h
            for i, r in enumerate(rows, 1):
                for j, v in enumerate(r):
                    if v is not None:
                        tbl.cell(i, j).text = v
            for (r0, r1, col) in merges:
                a = tbl.cell(r0, col)
                keep = a.text
                a.merge(tbl.cell(r1, col))
                a.text = keep
        else:
            p, tpl = s
            head, body = tpl(p)
            for line in (head + body).split("\n"):
                if line.strip():
                    document.add_paragraph(line)
    document.save(path)


def soffice(src, fmt, outdir):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)
