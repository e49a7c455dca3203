"""Excel lists print as people print ledgers: landscape, one page wide, header repeated, rows tall enough."""
from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from zhenggai.ledger.models import Measure, Problem
from zhenggai.reports.exporters import DEFAULT_ROW_HEIGHT, LINE_HEIGHT, _text_lines
from zhenggai.reports.services import export_write


def export(world, kind: str):
    buffer = io.BytesIO()
    export_write(user=world.office, inspection=world.inspection, kind=kind, params={}, out=buffer)
    buffer.seek(0)
    return load_workbook(buffer).active


@pytest.mark.parametrize(("kind", "paper"), [("ledger", "8"), ("problems", "8"), ("tasks", "9"), ("responsibility", "9")])
def test_each_list_prints_landscape_one_page_wide_with_the_header_repeated(ledger, kind, paper):
    ws = export(ledger, kind)
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == paper  # A3 for the wide lists, A4 for the others
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.print_title_rows.replace("$", "") == "1:1"
    assert "&P" in ws.oddFooter.center.text and ledger.inspection.name in ws.oddHeader.center.text


def test_a_long_measure_text_gets_a_row_tall_enough_for_its_lines(ledger):
    long_text = "建立健全执法检查工作规程和处罚裁量基准，" * 12
    Measure.objects.filter(pk=ledger.measure.pk).update(text=long_text)
    ws = export(ledger, "tasks")
    row = next(r[0].row for r in ws.iter_rows(min_row=2) if r[3].value == long_text)
    lines = _text_lines(long_text, ws.column_dimensions["D"].width)
    assert lines > 5
    assert ws.row_dimensions[row].height >= lines * LINE_HEIGHT


def test_a_long_problem_merged_over_short_measures_shares_its_height_among_them(ledger):
    statement = "执法检查“宽松软”，对企业违法行为查处不及时，" * 15
    Problem.objects.filter(pk=ledger.problem.pk).update(statement=statement)
    Measure.objects.filter(problem=ledger.problem).update(text="短措施")
    ws = export(ledger, "tasks")
    rows = [r[0].row for r in ws.iter_rows(min_row=2) if r[1].value == statement]
    assert len(rows) == 1  # the merged cell shows on the first row only
    merged = next(m for m in ws.merged_cells.ranges if m.min_row == rows[0] and m.min_col == 2)
    total = sum(ws.row_dimensions[r].height or DEFAULT_ROW_HEIGHT for r in range(merged.min_row, merged.max_row + 1))
    assert total >= _text_lines(statement, ws.column_dimensions["B"].width) * LINE_HEIGHT


def test_rows_whose_cells_fit_on_one_line_keep_the_default_height(ledger):
    Measure.objects.update(text="短")
    Problem.objects.update(statement="短", target="")
    ws = export(ledger, "tasks")
    widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
    one_liners = [row[0].row for row in ws.iter_rows(min_row=2)
                  if all(_text_lines(c.value, w) == 1 for c, w in zip(row, widths))]
    assert one_liners
    assert all(ws.row_dimensions[r].height in (None, DEFAULT_ROW_HEIGHT) for r in one_liners)
