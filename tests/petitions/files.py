"""交办清单 files built in the tests: .xlsx, .csv, .docx tables and HTML tables."""
from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile

HEADINGS = ["序号", "受理编号", "交办问题基本情况", "行政区域", "污染类型", "调查核实情况", "是否属实", "办结目标",
            "处理和整改情况", "是否办结", "责任人被处理情况"]


def row(seq, number, complaint, area="雨花区", kind="大气", investigation="", verdict="", goal="", handling="",
        conclusion="", accountability=""):
    return [seq, number, complaint, area, kind, investigation, verdict, goal, handling, conclusion, accountability]


def xlsx(rows, *, headings=HEADINGS, title="长沙市第三轮中央生态环境保护督察边督边改公开一览表（第二十五批）",
         name="交办清单.xlsx") -> SimpleUploadedFile:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.append([title])
    ws.append(headings)
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return SimpleUploadedFile(name, out.getvalue())


def csv_file(rows, *, headings=HEADINGS, name="交办清单.csv") -> SimpleUploadedFile:
    import csv

    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(headings)
    for r in rows:
        w.writerow(r)
    return SimpleUploadedFile(name, out.getvalue().encode("utf-8-sig"))


def docx_file(rows, *, headings=HEADINGS, title="长沙市边督边改公开一览表（第二十五批）", name="交办清单.docx"):
    import docx

    d = docx.Document()
    d.add_paragraph(title)
    t = d.add_table(rows=1, cols=len(headings))
    for i, h in enumerate(headings):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = str(v)
    out = io.BytesIO()
    d.save(out)
    return SimpleUploadedFile(name, out.getvalue())


def html_file(rows, *, headings=HEADINGS, title="长沙市边督边改公开一览表（第二十五批）", name="交办清单.html"):
    from html import escape

    head = "".join(f"<th>{escape(h)}</th>" for h in headings)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in r) + "</tr>" for r in rows)
    page = f"<html><body><h1>{escape(title)}</h1><table><tr>{head}</tr>{body}</table></body></html>"
    return SimpleUploadedFile(name, page.encode("utf-8"))
