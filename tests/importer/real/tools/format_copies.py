"""Does the same labelled document read the same as .docx, .pdf and Word-HTML as it does as .txt? (issue 10)

Usage (from the repository root):
    .venv/bin/python tests/importer/real/tools/format_copies.py [--keep DIR] [--only SET/NAME,...]

For every labelled text (tests/importer/real/*/, the .txt held-out documents, samples and written sets, and the shared seeds)
it writes copies into a temporary directory, each with the same truth:
  txt        the text itself (the reference reading);
  docx_typed .docx made with python-docx, one paragraph a line, the numbers typed as in the text;
  docx_auto  .docx with Word automatic numbering: numbering.xml levels 一、 / （一） / 1. / （1）, the typed number
             removed from the paragraph, 一、 and （一） lines as Heading 1 / Heading 2 paragraphs; A4, 28 mm margins,
             仿宋 16 pt justified, the title 22 pt bold, a running header (the title's start) and a footer "— N —";
  pdf        docx_auto printed by LibreOffice (soffice --headless --convert-to pdf);
  pdf_typed  docx_typed printed by LibreOffice (the numbers typed, no header);
  html_lo    docx_auto saved as HTML by LibreOffice (--convert-to html);
  html_word  a Word-style HTML page written here (GB2312, MsoNormal paragraphs, mso-list labels inside
             <![if !supportLists]>, &nbsp; runs, <o:p></o:p>, the source wrapped at 76 columns as Word does).
Then it parses every copy, scores each format with the shared scorer (/work/shared/tools/score_import.py) and prints
one table (format x F1, measure count, doc fields, dates, headline) and the documents whose reading differs from
their .txt reading (problems, their measure counts, document fields, dates or headline figures).
"""
from __future__ import annotations

import argparse
import html
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
REAL = ROOT / "tests" / "importer" / "real"
SCORER = Path("/work/shared/tools/score_import.py")
SEEDS = Path("/work/shared/corpus/seeds")
# sets kept out of every parser round this session: never copied, parsed or scored here (session 16 held out six sets;
# session 19: every labelled set in the tree has been released, as in parse_snapshot.py's HELD_OUT)
HELD_OUT: set[str] = set()
FORMATS = ["txt", "docx_typed", "docx_auto", "pdf", "pdf_typed", "html_lo", "html_word"]
EXT = {"txt": "txt", "docx_typed": "docx", "docx_auto": "docx", "pdf": "pdf", "pdf_typed": "pdf", "html_lo": "html",
       "html_word": "html"}


# --- what the text holds --------------------------------------------------------------------------------------
_CN = "零一二三四五六七八九"
LEVELS = [  # (level, pattern of the typed label, how the number is written)
    (0, re.compile(r"^([一二三四五六七八九十]{1,3})、"), "cn"),
    (1, re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[)）]"), "cn"),
    (2, re.compile(r"^(\d{1,2})[.．](?!\d)"), "dec"),  # "1、" stays typed: the level shows "1."
    (3, re.compile(r"^[（(](\d{1,2})[)）]"), "dec"),
]
LVL_TEXT = ["%1、", "（%2）", "%3.", "（%4）"]
LVL_FMT = ["chineseCounting", "chineseCounting", "decimal", "decimal"]


def cn_value(s: str) -> int | None:
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        if len(a) > 1 or len(b) > 1:
            return None
        return (_CN.index(a) if a else 1) * 10 + (_CN.index(b) if b else 0)
    return _CN.index(s) if len(s) == 1 else None


def blocks_of(text: str) -> list[dict]:
    """One block a non-empty line: its text, and (when it opens with a typed list label) its level, value and the text after the label."""
    out = []
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        block = {"text": s, "level": None}
        for level, rx, kind in LEVELS:
            m = rx.match(s)
            if not m:
                continue
            value = cn_value(m.group(1)) if kind == "cn" else int(m.group(1))
            rest = s[m.end():].lstrip()
            if value and rest:
                block.update(level=level, value=value, rest=rest, heading=level <= 1 and len(rest) <= 60)
            break
        out.append(block)
    return out


# --- .docx ------------------------------------------------------------------------------------------------------
def _page_setup(document, header: str | None = None) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Mm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(28))
    for name in ("Normal", "Heading 1", "Heading 2"):
        style = document.styles[name]
        style.font.size = Pt(16)
        style.font.name = "仿宋"
        rpr = style.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋")
        if name != "Normal":
            style.font.color.rgb = None
    if header:  # a running header on every page, as report PDFs have
        top = section.header.paragraphs[0]
        top.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        top.add_run(header).font.size = Pt(10.5)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    footer.add_run(" —")


def write_docx_typed(blocks: list[dict], path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    _page_setup(d)
    for i, b in enumerate(blocks):
        p = d.add_paragraph(b["text"])
        _body_or_title(p, i == 0)
    d.save(path)


def _body_or_title(p, title: bool) -> None:
    """GB/T 9704: the title centred in 22 pt bold (小标宋), body paragraphs indented by two characters."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    if title:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in p.runs:
            run.font.size, run.bold = Pt(22), True
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY  # Word's default for Chinese text (两端对齐)
        p.paragraph_format.first_line_indent = Pt(32)


def _numbering_xml(nums: list[dict[int, int]]) -> str:
    from docx.oxml.ns import nsdecls

    levels = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{LVL_FMT[k]}"/><w:lvlText w:val="{LVL_TEXT[k]}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:lvl>' for k in range(4))
    num_xml = ""
    for i, overrides in enumerate(nums, start=1):
        ov = "".join(f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>' for k, v in sorted(overrides.items()))
        num_xml += f'<w:num w:numId="{i}"><w:abstractNumId w:val="1"/>{ov}</w:num>'
    return (f'<w:numbering {nsdecls("w")}><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>'
            f'{levels}</w:abstractNum>{num_xml}</w:numbering>')


def auto_numbers(blocks: list[dict]) -> list[dict[int, int]]:
    """Give each numbered block a w:num id so that Word's counters show the typed numbers: one list while the
    numbers run on; where a typed number is not the one the list would show next (a restart, a jump, a repeat),
    a new w:num that restarts every level at the value shown next. Returns the w:num overrides, in id order."""
    nums: list[dict[int, int]] = [{}]
    counters: dict[int, int] = {}
    for b in blocks:
        level = b["level"]
        if level is None:
            continue
        expected = counters.get(level, 0) + 1
        if b["value"] != expected:
            overrides = {k: counters.get(k, 0) + 1 for k in range(level)}
            overrides[level] = b["value"]
            nums.append(overrides)
        counters[level] = b["value"]
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        b["num_id"] = len(nums)
    return nums


def write_docx_auto(blocks: list[dict], path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    _page_setup(d, header=blocks[0]["text"][:24] if blocks else None)
    d.part.numbering_part._element = parse_xml(_numbering_xml(auto_numbers(blocks)))
    for i, b in enumerate(blocks):
        if b["level"] is None:
            _body_or_title(d.add_paragraph(b["text"]), i == 0)
            continue
        style = ("Heading 1", "Heading 2")[b["level"]] if b["heading"] else None
        p = d.add_paragraph(b["rest"], style=style)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{b["level"]}"/><w:numId w:val="{b["num_id"]}"/></w:numPr>'))
    d.save(path)


# --- Word-style HTML ----------------------------------------------------------------------------------------------
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>admin</o:Author>
  <o:Pages>3</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:仿宋;
	panose-1:2 1 6 9 6 1 1 1 1 1;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:16.0pt;
	font-family:仿宋;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:79.4pt 79.4pt 79.4pt 79.4pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

"""


def _wrap_source(line: str, width: int = 76) -> str:
    """Word wraps its HTML source: a long line is broken at a space (inside a tag or in the text)."""
    out, rest = [], line
    while len(rest) > width:
        cut = rest.rfind(" ", 0, width)
        if cut <= 0:
            cut = rest.find(" ", width)
            if cut <= 0:
                break
        out.append(rest[:cut])
        rest = rest[cut + 1:]
    out.append(rest)
    return "\n".join(out)


def _word_text(text: str) -> str:
    # Word writes a run of spaces as "&nbsp; " pairs and keeps single ASCII spaces
    escaped = html.escape(text, quote=False)
    escaped = re.sub(r"  +", lambda m: "&nbsp;" * (len(m.group(0)) - 1) + " ", escaped)
    return escaped.replace("\u3000", "<span style='mso-spacerun:yes'>&nbsp;&nbsp;</span>")


def write_word_html(blocks: list[dict], path: Path) -> None:
    title = blocks[0]["text"] if blocks else ""
    parts = [WORD_HEAD.format(title=html.escape(title[:60]))]
    auto_numbers(blocks)
    for i, b in enumerate(blocks):
        if i == 0:
            parts.append(f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;"
                         f"font-family:方正小标宋简体'>{_word_text(b['text'])}<o:p></o:p></span></b></p>")
            continue
        if b["level"] is None:
            parts.append(f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span "
                         f"style='font-family:仿宋'>{_word_text(b['text'])}<o:p></o:p></span></p>")
            continue
        label = LVL_TEXT[b["level"]].replace(f"%{b['level'] + 1}", _cn_label(b["value"]) if b["level"] <= 1 else str(b["value"]))
        cls = "MsoListParagraph"
        parts.append(
            f"<p class={cls} style='margin-left:0cm;text-indent:32.0pt;mso-char-indent-count:0;"
            f"mso-list:l0 level{b['level'] + 1} lfo{b['num_id']}'><![if !supportLists]><span style='font-family:仿宋;"
            f"mso-bidi-font-family:仿宋'><span style='mso-list:Ignore'>{label}<span style='font:7.0pt \"Times New Roman\"'>"
            f"&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span style='font-family:仿宋'>{_word_text(b['rest'])}"
            f"<o:p></o:p></span></p>")
        parts.append("\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>" if i == len(blocks) - 3 else "")
    parts.append("\n</div>\n\n</body>\n\n</html>\n")
    source = "\n\n".join(_wrap_source(p) for p in parts if p)
    path.write_bytes(source.encode("gb2312", errors="xmlcharrefreplace"))


def _cn_label(n: int) -> str:
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n - 10] if n > 10 else "")
    return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")


# --- the documents ------------------------------------------------------------------------------------------------
def sources() -> list[tuple[str, Path, Path]]:
    """(batch, text, truth) for every labelled .txt document."""
    out = []
    dirs = sorted(p for p in REAL.iterdir() if p.is_dir() and p.name != "tools" and p.name not in HELD_OUT)
    dirs += [ROOT / "tests" / "importer" / "heldout", ROOT / "tests" / "importer" / "samples", SEEDS]
    # the written sets' plain-text documents (their .docx/.pdf/.html documents have no .txt to compare with)
    dirs += sorted(p for p in (ROOT / "tests" / "importer").glob("blindwritten*") if p.is_dir() and p.name not in HELD_OUT)
    for d in dirs:
        if not d.is_dir():
            continue
        batch = "seeds" if d == SEEDS else (d.name if d.parent == REAL else d.name)
        for truth in sorted(d.glob("*.truth.json")):
            text = d / (truth.name[: -len(".truth.json")] + ".txt")
            if text.is_file():
                out.append((batch, text, truth))
    return out


def soffice_convert(files: list[Path], target: str, outdir: Path, profile: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found (scripts/bootstrap.sh installs libreoffice-writer-nogui)")
    for start in range(0, len(files), 40):  # one soffice per 40 files: a crash costs little, the start-up cost stays small
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                        "--outdir", str(outdir), *map(str, files[start:start + 40])],
                       check=False, capture_output=True, timeout=900)


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_import", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reading(pred: dict) -> dict:
    """What the scorer looks at in a reading, to compare two formats of one document."""
    return {
        "problems": [(p.get("seq"), re.sub(r"\s", "", p.get("title") or ""), p.get("category"), p.get("status"),
                      p.get("measure_count")) for p in pred.get("problems") or []],
        "kind": pred.get("kind"), "report_date": pred.get("report_date"),
        "dates": {k: (pred.get("inspection") or {}).get(k) for k in ("start", "end", "feedback_date")},
        "headline": pred.get("headline"),
    }


def describe(a: dict, b: dict) -> str:
    bits = []
    if len(a["problems"]) != len(b["problems"]):
        bits.append(f"problems {len(a['problems'])}→{len(b['problems'])}")
    else:
        for x, y in zip(a["problems"], b["problems"]):
            if x != y:
                what = [n for n, u, v in zip(("seq", "title", "category", "status", "measures"), x, y) if u != v]
                bits.append(f"problem {x[0]}: {','.join(what)}" + (f" {x[4]}→{y[4]}" if "measures" in what else ""))
                if "title" in what:
                    bits[-1] += f" “{x[1][:24]}”→“{y[1][:24]}”"
                break
    for key in ("kind", "report_date"):
        if a[key] != b[key]:
            bits.append(f"{key} {a[key]}→{b[key]}")
    for key, value in a["dates"].items():
        if value != b["dates"][key]:
            bits.append(f"{key} {value}→{b['dates'][key]}")
    for key, value in (a["headline"] or {}).items():
        if value != (b["headline"] or {}).get(key):
            bits.append(f"{key} {value}→{(b['headline'] or {}).get(key)}")
    return "; ".join(bits)


def word_files(scorer, parse_file, work: Path, profile: Path, reuse: bool) -> None:
    """The held-out set's own Word files (ledger tables with merged cells, automatic numbering) printed and
    saved as HTML by LibreOffice, scored beside the .docx."""
    held = ROOT / "tests" / "importer" / "heldout"
    docs = sorted(held.glob("*.docx"))
    out = work / "heldout_word"
    if not reuse:
        soffice_convert(docs, "pdf", out, profile)
        soffice_convert(docs, "html:HTML (StarWriter)", out, profile)
    print(f"# the held-out set's {len(docs)} .docx files, printed and saved by LibreOffice")
    print(f"{'format':11} {'F1':>6} {'measures':>8} {'units':>6} {'deadline':>8} {'doc_flds':>8} {'headline':>8} {'differ':>6}")
    fmt_ = lambda x: "  -  " if x is None else f"{x:5.3f}"  # noqa: E731
    base: dict[str, dict] = {}
    for ext in ("docx", "pdf", "html"):
        total, agg, differ = scorer.Tally(), {"truth": 0, "pred": 0, "matched": 0}, []
        for doc in docs:
            truth = json.loads((held / f"{doc.stem}.truth.json").read_text(encoding="utf-8"))
            path = doc if ext == "docx" else out / f"{doc.stem}.{ext}"
            try:
                pred = parse_file(path).to_dict()
            except Exception as exc:
                pred = {}
                differ.append(f"{doc.stem}: ERROR {type(exc).__name__}")
            tally, counts = scorer.score(truth, pred)
            total.merge(tally)
            for k in agg:
                agg[k] += counts[k]
            r = reading(pred) if pred else None
            if ext == "docx":
                base[doc.stem] = r
            elif pred and r != base[doc.stem]:
                differ.append(f"{doc.stem}: {describe(base[doc.stem], r)}")
        print(f"{ext:11} {scorer.f1(agg):6.3f} {fmt_(total.rate('measure_count')):>8} {fmt_(total.rate('units')):>6} "
              f"{fmt_(total.rate('deadline')):>8} {fmt_(total.rate('doc_fields')):>8} {fmt_(total.rate('headline')):>8} {len(differ):6d}")
        for line in differ:
            print(f"  {ext}: {line}")



def score_format(scorer, parse_file, names, fmt, path_of, readings, differ, *, read=None, change=None, keep=None,
                 preds=None):
    """Parse every copy of one format, score it against its truth, and note each document whose reading differs from
    its plain-text reading (fmt "txt", scored first, fills ``readings``). ``read``/``change`` default to this module's
    reading/describe; ``keep`` narrows a truth to what the copy can be scored on; ``preds``, when given, keeps every
    parse (by stem). Returns (tally, counts, errors)."""
    read, change = read or reading, change or describe
    total, agg, errors = scorer.Tally(), {"truth": 0, "pred": 0, "matched": 0}, 0
    for stem, (batch, name, truth_path) in names.items():
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        try:
            pred = parse_file(path_of(stem)).to_dict()
        except Exception as exc:  # a failed read scores as an empty prediction
            pred, errors = {}, errors + 1
            differ.append((fmt, batch, name, f"ERROR {type(exc).__name__}: {str(exc)[:80]}"))
        if keep:
            truth = keep(truth)
        if preds is not None:
            preds[stem] = pred
        tally, counts = scorer.score(truth, pred)
        total.merge(tally)
        for k in agg:
            agg[k] += counts[k]
        r = read(pred) if pred else None
        if fmt == "txt":
            readings[stem] = r
        elif pred and r != readings[stem]:
            differ.append((fmt, batch, name, change(readings[stem], r)))
    return total, agg, errors

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", type=Path, help="write the copies here and keep them")
    ap.add_argument("--only", help="only documents whose SET/NAME holds this (several, comma-separated: any of them)")
    ap.add_argument("--reuse", action="store_true", help="score the copies already in --keep DIR without making them again")
    ap.add_argument("--formats", help="comma-separated formats to score (txt is always scored)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from zhenggai.importer.extract import decode_text
    from zhenggai.importer.parse import parse_file

    scorer = load_scorer()
    work = args.keep or Path(tempfile.mkdtemp(prefix="zg_formats_"))
    wanted = [w for w in (args.only or "").split(",") if w]
    docs = [s for s in sources() if not wanted or any(w in f"{s[0]}/{s[1].name}" for w in wanted)]
    started = time.time()
    for fmt in FORMATS:
        (work / fmt).mkdir(parents=True, exist_ok=True)
    names = {}
    for batch, text_path, truth_path in docs:
        stem = f"{batch}__{text_path.stem}"
        names[stem] = (batch, text_path.stem, truth_path)
        if args.reuse:
            continue
        text = decode_text(text_path.read_bytes())
        blocks = blocks_of(text)
        shutil.copyfile(text_path, work / "txt" / f"{stem}.txt")
        write_docx_typed(blocks, work / "docx_typed" / f"{stem}.docx")
        write_docx_auto(blocks, work / "docx_auto" / f"{stem}.docx")
        write_word_html(blocks, work / "html_word" / f"{stem}.html")
    autos = [work / "docx_auto" / f"{stem}.docx" for stem in names]
    profile = work / "lo_profile"
    if not args.reuse:
        soffice_convert(autos, "pdf", work / "pdf", profile)
        soffice_convert(autos, "html:HTML (StarWriter)", work / "html_lo", profile)
        soffice_convert([work / "docx_typed" / f"{stem}.docx" for stem in names], "pdf", work / "pdf_typed", profile)
    made = time.time() - started

    rows, differ = [], []
    readings: dict[str, dict] = {}
    chosen = ["txt"] + [f for f in (args.formats.split(",") if args.formats else FORMATS) if f != "txt"]
    for fmt in chosen:
        total, agg, errors = score_format(scorer, parse_file, names, fmt, lambda stem: work / fmt / f"{stem}.{EXT[fmt]}",
                                          readings, differ)
        rate = lambda k: total.rate(k)  # noqa: E731
        rows.append((fmt, scorer.f1(agg), rate("measure_count"), rate("doc_fields"), rate("dates"), rate("headline"),
                     agg["truth"], agg["matched"], agg["pred"], errors,
                     sum(1 for d in differ if d[0] == fmt)))

    fmt_ = lambda x: "  -  " if x is None else f"{x:5.3f}"  # noqa: E731
    print(f"# {len(names)} labelled documents, {len(chosen)} formats (copies made in {made:.0f} s)")
    print(f"{'format':11} {'F1':>6} {'measures':>8} {'doc_flds':>8} {'dates':>6} {'headline':>8} {'truth/matched/pred':>19} {'errors':>6} {'differ':>6}")
    for fmt, f1, mc, df, dt, hl, t, m, p, e, n in rows:
        print(f"{fmt:11} {f1:6.3f} {fmt_(mc):>8} {fmt_(df):>8} {fmt_(dt):>6} {fmt_(hl):>8} {f'{t}/{m}/{p}':>19} {e:6d} {n:6d}")
    print()
    print("# documents whose reading differs from their .txt reading")
    for fmt, batch, name, what in differ:
        print(f"{fmt:11} {batch}/{name}: {what}")
    if not args.only:
        print()
        word_files(scorer, parse_file, work, profile, args.reuse)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
