"""What the blind-written sets' generators share (blindwritten10, 11 and 12 /make.py): the problem record with its
measures as printed and counted twice, the truth writer, and the .docx/.pdf/web-page writers. Each generator writes
into its own folder: ``save_truth, write_docx, write_pdf = writers(OUT)``. Since blindwritten21: a problem with no answer
and circled items (ProbR97), the truth of a written page with its url/excerpt/genre, and byte-stable Office and PDF files
(``finish, ALL = page_finisher(OUT, byte_stable=True)``).

The generators were written by independent helpers (writer10, writer11, writer12); what they share was copied from
one to the next until session 18 moved it here. The documents' own layouts stay in each make.py.
"""
from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import openpyxl

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

CN = "一二三四五六七八九十"


def cn(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


# ---------------------------------------------------------------- problems and measures
class Prob:
    def __init__(self, seq, cat, title, measures, status=None, units=(), deadline=None, style="shi"):
        self.seq, self.cat, self.title, self.measures = seq, cat, title, list(measures)
        self.status, self.units, self.deadline, self.style = status, list(units), deadline, style

    def mtext(self, sep="") -> str:
        """The measures as printed; sep joins numbered items (\n for separate lines)."""
        ms = self.measures
        if len(ms) == 1:
            return ms[0]
        if self.style == "shi":
            parts = [f"{cn(i)}是{m.rstrip('。；')}" for i, m in enumerate(ms, 1)]
            return "；".join(parts) + "。"
        if self.style == "paren":
            items = [f"（{i}）{m.rstrip('。；')}" for i, m in enumerate(ms, 1)]
            return "；".join(items) + "。" if not sep else sep.join(i + "。" for i in items)
        if self.style == "num":
            return (sep or "\n").join(f"{i}.{m}" for i, m in enumerate(ms, 1))
        if self.style == "dun":
            return (sep or "\n").join(f"{i}、{m}" for i, m in enumerate(ms, 1))
        if self.style == "cnparen":
            return (sep or "\n").join(f"（{cn(i)}）{m}" for i, m in enumerate(ms, 1))
        raise ValueError(self.style)

    def recount(self) -> int:
        text = self.mtext("\n")
        n = {"shi": len(re.findall(r"[一二三四五六七八九十]+是", text)),
             "paren": len(re.findall(r"（\d+）", text)),
             "num": len(re.findall(r"(?m)^\d+\.", text)),
             "dun": len(re.findall(r"(?m)^\d+、", text)),
             "cnparen": len(re.findall(r"(?m)^（[一二三四五六七八九十]+）", text))}[self.style]
        return n or 1

    def truth(self) -> dict:
        assert self.recount() == len(self.measures), (self.title, self.recount(), len(self.measures))
        return {"seq": self.seq, "category": self.cat, "title": self.title, "status": self.status,
                "measure_count": len(self.measures), "responsible_units": self.units, "deadline": self.deadline}


CIRC = "①②③④⑤⑥⑦⑧⑨⑩"
RE_CIRC = "[①②③④⑤⑥⑦⑧⑨⑩]"


class ProbR97(Prob):
    """Prob with problems that have no answer (measures 0, printed as nothing, R97) and the circled items ① ② …
    (blindwritten22, 23). A set's own styles: OWN_STYLES {style: the regex that recounts its items} and own_mtext."""

    OWN_STYLES: dict[str, str] = {}

    def mtext(self, sep="") -> str:
        ms = self.measures
        if not ms:
            return ""
        if len(ms) == 1 or (self.style != "circ" and self.style not in self.OWN_STYLES):
            return super().mtext(sep)
        if self.style == "circ":
            return "；".join(f"{CIRC[i]}{m.rstrip('。；')}" for i, m in enumerate(ms)) + "。"
        return self.own_mtext(sep)

    def own_mtext(self, sep="") -> str:
        raise ValueError(self.style)

    def recount(self) -> int:
        if not self.measures:
            return 0
        pat = {"circ": RE_CIRC, **self.OWN_STYLES}.get(self.style)
        if pat is None:
            return super().recount()
        return len(re.findall(pat, self.mtext("\n"))) or 1


def save_truth(out: Path, stem, *, kind, title, issuer, date, insp, headline=None, probs=(), anomalies=(), koi=()):
    h = {"problems_total": None, "problems_done": None, "measures_total": None, "measures_done": None,
         "rules_made": None}
    h.update(headline or {})
    t = {"kind": kind, "title": title, "issuer": issuer, "report_date": date,
         "inspection": dict(zip(["inspector", "inspected", "start", "end", "feedback_date"], insp)),
         "headline": h, "problems": [p.truth() for p in probs], "anomalies": list(anomalies),
         "kind_of_issue": koi if isinstance(koi, int) else (list(koi) if len(koi) > 1 else koi[0])}
    (out / f"{stem}.truth.json").write_text(json.dumps(t, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- writers
def _field(run, instr):
    for tag, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def docx_doc(blocks, header=None) -> Document:
    """blocks: (kind, payload): title/h/p/pr (right-aligned)/table/break."""
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    _field(fp.add_run(), "PAGE")
    fp.add_run(" —")
    for kind, pay in blocks:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(pay)
            r.bold = True
            r.font.size = Pt(20)
        elif kind == "h":
            p = d.add_paragraph()
            p.add_run(pay).bold = True
        elif kind == "p":
            for line in pay.split("\n"):
                p = d.add_paragraph(line)
                p.paragraph_format.first_line_indent = Pt(28)
        elif kind == "pr":
            p = d.add_paragraph(pay)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "break":
            d.add_page_break()
        elif kind == "table":
            rows = pay
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    t.cell(i, j).text = str(val)
    return d


def write_docx(out: Path, stem, blocks, header=None):
    docx_doc(blocks, header).save(out / f"{stem}.docx")


def write_pdf(out: Path, stem, blocks, header=None):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{stem}.docx"
        docx_doc(blocks, header).save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(Path(tmp) / f"{stem}.pdf", out / f"{stem}.pdf")


def html_page(*, site, crumbs, title, meta, body, foot):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_{site}</title>
<link rel="stylesheet" href="/css/main.css"></head>
<body><div class="top"><a href="/">{site}</a> <a href="/wza">无障碍</a> <a href="/old">长者模式</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="crumb">当前位置：{' &gt; '.join(crumbs)}</div>
<div class="article"><h1>{title}</h1>
<div class="info">{meta} <span class="fz">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="content">
{body}
</div>
<div class="tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="footer">{foot}</div>
<script src="/js/share.js"></script></body></html>
"""


def paras_html(text):
    return "\n".join(f"<p style=\"text-indent:2em\">{line}</p>" for line in text.split("\n") if line.strip())


def shi_block(items):
    return "；".join(f"{cn(i)}是{t}" for i, t in enumerate(items, 1)) + "。"


# ---------------------------------------------------------------- re-finding every truth value in the text
def doc_text(path: Path) -> str:
    """The document's own text, read back from the written file."""
    suf = path.suffix
    if suf == ".txt":
        raw = path.read_bytes()
        for enc in ("utf-8", "gb18030"):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                pass
    if suf == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                seen = []
                for c in row.cells:
                    if c._tc not in seen:
                        seen.append(c._tc)
                        parts.append(c.text)
        return "\n".join(parts)
    if suf == ".pdf":
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    if suf == ".html":
        import html as _h
        return _h.unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8", errors="replace")))
    if suf == ".xlsx":
        wb = openpyxl.load_workbook(path)
        return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    raise ValueError(suf)


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _date_forms(iso: str):
    y, m, d = (int(x) for x in iso.split("-"))
    return [f"{y}年{m}月{d}日", f"{m}月{d}日", iso, f"{y}.{m}.{d}", f"{y}年{m:02d}月{d:02d}日"]


def check_refound(out: Path, stem: str, trad: bool = False, min_len: int = 2500):
    """Every non-null truth value of `stem` is in its written file's own text (a traditional copy's problems in its
    t2s conversion), and the document is full-length (min_len to 12,000 characters without white space)."""
    path = next(p for p in out.glob(stem + ".*") if not p.name.endswith(".json") and p.suffix != ".py")
    full = doc_text(path)
    text = _flat(full)
    assert min_len <= len(text) <= 12000, (stem, "length", len(text))
    simp = text
    if trad:
        import opencc
        simp = opencc.OpenCC("t2s").convert(text)
    t = json.loads((out / f"{stem}.truth.json").read_text(encoding="utf-8"))
    miss = []

    def need(v, what, where=text):
        if v is not None and _flat(str(v)) not in where:
            miss.append((what, v))
    need(t["title"], "title")
    need(t["issuer"], "issuer")
    ins = t["inspection"]
    need(ins["inspector"], "inspector")
    need(ins["inspected"], "inspected")
    for k in ("start", "end", "feedback_date"):
        if ins[k] and not any(f in text for f in _date_forms(ins[k])):
            miss.append((k, ins[k]))
    if t["report_date"] and not any(f in text for f in _date_forms(t["report_date"])):
        miss.append(("report_date", t["report_date"]))
    for k, v in t["headline"].items():
        need(v, k)
    for p in t["problems"]:
        need(p["title"], "problem title", simp)
        need(p["category"], "category", simp)
        need(p["deadline"], "deadline", simp)
        for u in p["responsible_units"]:
            need(u, "unit", simp)
    assert not miss, (stem, miss)


def recount_file(out: Path, stem: str, pat: str, end: str, label: str = r"$^", trad: bool = False):
    """The second count of measures, over the written file read back: each problem's segment runs from its title to the
    next title (the last to `end`, or the text's end); `pat`'s hits there are its measures, and none counts 1 when the
    segment has an answer `label`, else 0. A traditional copy is counted in its t2s conversion."""
    path = next(p for p in out.glob(stem + ".*") if p.suffix not in (".json", ".py"))
    text = re.sub(r"\s+", "", doc_text(path))
    if trad:
        import opencc
        text = opencc.OpenCC("t2s").convert(text)
    t = json.loads((out / f"{stem}.truth.json").read_text(encoding="utf-8"))
    pos, at = [], 0
    for p in t["problems"]:
        at = text.index(re.sub(r"\s+", "", p["title"]), at) + 1
        pos.append(at - 1)
    stop = text.index(end, pos[-1]) if end else len(text)
    for k, p in enumerate(t["problems"]):
        seg = text[pos[k] + len(re.sub(r"\s+", "", p["title"])):pos[k + 1] if k + 1 < len(pos) else stop]
        n = len(re.findall(pat, seg)) if pat else 0
        if n == 0 and re.search(label, seg):
            n = 1
        assert n == p["measure_count"], (stem, p["title"][:20], n, p["measure_count"])


def writers(out: Path):
    """save_truth, write_docx and write_pdf bound to the folder ``out``."""
    return (functools.partial(save_truth, out), functools.partial(write_docx, out), functools.partial(write_pdf, out))


def recount_block(block: str, pattern: str, expect: int, what: str):
    """The second count of a measure list: items of one problem's rendered text, by regex."""
    n = len(re.findall(pattern, block))
    assert n == expect, (what, n, expect)


def shi_count(p) -> int:
    """Expected 一是 hits in p.mtext(): none for a single undivided measure."""
    return len(p.measures) if len(p.measures) > 1 else 0


def finisher(out: Path, min_len: int = 2500):
    """(finish, written): finish(stem, trad=False, **truth) writes the truth, re-finds every value in the written file
    (check_refound) and appends the stem to ``written``."""
    written: list[str] = []

    def finish(stem, trad=False, **kw):
        save_truth(out, stem, **kw)
        check_refound(out, stem, trad, min_len)
        written.append(stem)

    return finish, written


# ---------------------------------------------------------------- byte-stable files, a written page's truth
FIXED_TIME = "2025-01-01T00:00:00Z"


def fix_zip(path: Path):
    """Byte-stable Office files: every zip entry dated 2025-01-01 and the package's created/modified stamps fixed (python-docx
    and openpyxl write the time of the run)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + FIXED_TIME.encode(), data)
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def fix_pdf(path: Path):
    """Byte-stable PDF: soffice's /CreationDate and document /ID (the time of the run) replaced by fixed values of the
    same length, so the xref offsets stay right."""
    data = path.read_bytes()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250101000000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    path.write_bytes(data)


def page_finisher(out: Path, *, min_len: int = 2500, byte_stable: bool = False):
    """(finish, written) for the sets whose truths carry url, excerpt and genre (blindwritten21 on): finish(stem, *,
    genre, url=None, trad=False, excerpt=False, recount=None, min_len=…, **truth) makes the stem's .docx/.xlsx/.pdf
    byte-stable (with byte_stable), writes the truth, re-finds every value in the written file (check_refound), counts
    the measures again when recount = (pattern, end[, answer label]) is given (recount_file) and appends the stem to
    ``written``."""
    written: list[str] = []
    default_min = min_len

    def finish(stem, *, genre, url=None, trad=False, excerpt=False, recount=None, min_len=default_min, **kw):
        if byte_stable:
            for office in (out / f"{stem}.docx", out / f"{stem}.xlsx"):
                if office.exists():
                    fix_zip(office)
            if (out / f"{stem}.pdf").exists():
                fix_pdf(out / f"{stem}.pdf")
        save_truth(out, stem, **kw)
        path = out / f"{stem}.truth.json"
        t = json.loads(path.read_text(encoding="utf-8"))
        t = {"url": url, "excerpt": excerpt, "genre": genre, **t}
        path.write_text(json.dumps(t, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        check_refound(out, stem, trad, min_len)
        if recount:
            pat, end, *label = recount
            recount_file(out, stem, pat, end, label[0] if label else r"$^", trad=trad)
        written.append(stem)

    return finish, written


def mso_p(text, bold=False, center=False, indent=True, flush=""):
    """One paragraph as Word saves it as a web page (仿宋 16 pt, 28 pt lines); ``flush`` is the style of a paragraph
    neither centred nor indented ("" left, "text-align:right;" a signature block)."""
    style = "text-align:center;" if center else ("text-indent:32.0pt;" if indent else flush)
    span = (f"<span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\"'>{text}"
            f"<span lang=EN-US><o:p></o:p></span></span>")
    if bold:
        span = f"<b style='mso-bidi-font-weight:normal'>{span}</b>"
    return f"<p class=MsoNormal style='{style}line-height:28.0pt;mso-line-height-rule:exactly'>{span}</p>"


def word_html(title, parts, *, author=None, pages=None, grid_spacing=None, table_css=False):
    """A Word-saved web page around ``parts`` (mso_p paragraphs, tables). ``author``/``pages``: the document properties
    Word writes (with an Originator meta); ``grid_spacing``: the DrawingGridVerticalSpacing Word keeps ("7.8 磅");
    ``table_css``: the MsoTableGrid rule of a page holding tables."""
    props = (f"<meta name=Originator content=\"Microsoft Word 15\">\n<title>{title}</title>\n"
             f"<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>{author}</o:Author><o:Pages>{pages}</o:Pages>"
             "</o:DocumentProperties></xml><![endif]-->\n") if author else f"<title>{title}</title>\n"
    grid = f"<w:DrawingGridVerticalSpacing>{grid_spacing}</w:DrawingGridVerticalSpacing>" if grid_spacing else ""
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
            "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n<meta name=ProgId content=Word.Document>\n"
            "<meta name=Generator content=\"Microsoft Word 15\">\n" + props +
            f"<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom>{grid}</w:WordDocument></xml><![endif]-->\n"
            "<style>\n<!-- p.MsoNormal {mso-style-parent:\"\"; margin:0cm; text-align:justify; font-size:10.5pt;} "
            + ("table.MsoTableGrid {border:solid windowtext 1.0pt;} " if table_css else "") +
            "@page WordSection1 {size:595.3pt 841.9pt; margin:72.0pt 90.0pt 72.0pt 90.0pt;} div.WordSection1 {page:WordSection1;} -->\n</style>\n"
            "</head>\n<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n<div class=WordSection1 style='layout-grid:15.6pt'>\n"
            + "\n".join(parts) + "\n</div>\n</body>\n</html>\n")
