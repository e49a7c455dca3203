"""Hostile and huge files, generated (never committed): each writes one file into a directory.

Used by tests/security/test_hostile_files.py and by scripts/hostile_files.py (the time/memory table).
"""
from __future__ import annotations

import csv
import zipfile
from collections.abc import Callable
from pathlib import Path

_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
       '</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>')
_WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
       '<sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>')
_HEADER = ('<row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1" t="inlineStr"><is><t>反馈问题</t></is></c>'
           '<c r="C1" t="inlineStr"><is><t>整改措施</t></is></c></row>')


def _xlsx(path: Path, sheet_xml: str | Callable) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CT)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WB)
        archive.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        if callable(sheet_xml):
            with archive.open("xl/worksheets/sheet1.xml", "w") as fh:
                sheet_xml(fh)
        else:
            archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return path


def _sheet(rows: str, *, dimension: str = "A1:C2", after: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dimension}"/><sheetData>{_HEADER}{rows}</sheetData>{after}</worksheet>')


def xlsx_sparse(d: Path) -> Path:
    """Cells a few apart in a 16,384-column, 1,048,576-row range: a row reader pads every row."""
    def write(fh):
        fh.write(_sheet("", dimension="A1:C1").split("</sheetData>")[0].encode())
        for r in range(2, 1_048_576, 7):
            fh.write(f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>'.encode())
        fh.write(b"</sheetData></worksheet>")
    return _xlsx(d / "sparse.xlsx", write)


def xlsx_merge(d: Path) -> Path:
    """One merged range over the whole sheet."""
    return _xlsx(d / "merge.xlsx", _sheet('<row r="2"><c r="A2"><v>1</v></c></row>',
                                          after='<mergeCells count="1"><mergeCell ref="B2:XFD1048576"/></mergeCells>'))


def xlsx_dimension(d: Path) -> Path:
    """A sheet that declares 20,000,000 cells (A1:T1000000) and holds two rows."""
    return _xlsx(d / "dimension.xlsx", _sheet('<row r="2"><c r="A2"><v>1</v></c></row>', dimension="A1:T1000000"))


def _zip_bomb(path: Path, part: str, parts: dict[str, str], mb: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        with archive.open(part, "w", force_zip64=True) as fh:
            chunk = b" " * (1024 * 1024)
            for _ in range(mb):
                fh.write(chunk)
    return path


def docx_zip_bomb(d: Path, mb: int = 300) -> Path:
    """word/document.xml unpacking to ``mb`` MB from about a thousandth of that."""
    return _zip_bomb(d / "bomb.docx", "word/document.xml", {"[Content_Types].xml": "<Types/>"}, mb)


def xlsx_zip_bomb(d: Path, mb: int = 300) -> Path:
    return _zip_bomb(d / "bomb.xlsx", "xl/worksheets/sheet1.xml",
                     {"[Content_Types].xml": _CT, "_rels/.rels": _RELS, "xl/workbook.xml": _WB,
                      "xl/_rels/workbook.xml.rels": _WB_RELS}, mb)


def html_nested(d: Path, depth: int) -> Path:
    path = d / f"nested{depth}.html"
    path.write_text("<html><body>" + "<div>" * depth + "一、问题" + "</div>" * depth + "</body></html>", encoding="utf-8")
    return path


def html_unclosed(d: Path, count: int = 200_000) -> Path:
    path = d / "unclosed.html"
    path.write_text("<html><body>" + "<span>问" * count, encoding="utf-8")
    return path


def csv_huge_field(d: Path, kb: int = 900) -> Path:
    path = d / "field.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["序号", "反馈问题", "整改措施"])
        writer.writerow(["1", "问题" * (kb * 1024 // 6), "措施"])
    return path


def csv_rows(d: Path, n: int = 200_000) -> Path:
    path = d / f"ledger{n}.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["序号", "反馈问题", "整改措施", "责任单位", "整改时限", "完成情况"])
        for i in range(1, n + 1):
            writer.writerow([i, f"问题{i}：制度执行不严格", f"修订完善制度{i}", "办公室", "2026年12月31日", "正在推进"])
    return path


def xlsx_rows(d: Path, n: int = 200_000) -> Path:
    """A real ledger workbook of ``n`` rows (written by openpyxl in write-only mode)."""
    import openpyxl

    path = d / f"ledger{n}.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("台账")
    ws.append(["序号", "反馈问题", "整改措施", "责任单位", "整改时限", "完成情况"])
    for i in range(1, n + 1):
        ws.append([i, f"问题{i}：制度执行不严格", f"修订完善制度{i}", "办公室", "2026年12月31日", "正在推进"])
    wb.save(path)
    return path


def text_pages(d: Path, pages: int = 5000) -> Path:
    """A 5,000-page text (about 20 MB): each page a heading and a long paragraph."""
    path = d / "pages.txt"
    body = "对照问题逐项整改，修订完善相关制度，加强日常监督检查，确保整改到位。" * 40
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(1, pages + 1):
            fh.write(f"{i}. 第{i}个问题\n{body}\n")
    return path


# name, generator, what is expected ("refused" with a message, or "read")
CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("xlsx sparse range", xlsx_sparse, "refused"),
    ("xlsx merged range", xlsx_merge, "refused"),
    ("xlsx 20M-cell dimension", xlsx_dimension, "refused"),
    ("docx zip bomb", docx_zip_bomb, "refused"),
    ("xlsx zip bomb", xlsx_zip_bomb, "refused"),
    ("HTML nested 10,000", lambda d: html_nested(d, 10_000), "refused"),
    ("HTML nested 100,000", lambda d: html_nested(d, 100_000), "refused"),
    ("HTML 200,000 unclosed tags", html_unclosed, "refused"),
    ("csv one 900 KB field", csv_huge_field, "refused"),
    ("txt 5,000 pages", text_pages, "refused"),
    ("csv 200,000 rows", csv_rows, "read"),
    ("xlsx 200,000 rows", xlsx_rows, "read"),
]
