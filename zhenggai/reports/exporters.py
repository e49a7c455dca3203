"""Excel ledgers: 问题清单, 任务清单, 责任清单 and the full 台账.

A small registry of exporter classes. Each one names its columns and yields *groups* of rows
(the measures of one problem, or of one unit); the base class writes them with openpyxl's
write-only (streaming) workbook: Chinese headers, a frozen header row, column widths, wrapped
text, the light as a cell fill, the group's `merge` columns merged over its rows, and every
text that a spreadsheet would run as a formula neutralised.

Memory stays bounded: rows are read with `.iterator(chunk_size=…)` and written as they come,
and merged ranges are spooled to a temporary file and streamed into the sheet's tail.
"""
from __future__ import annotations

import copy
import datetime as dt
import itertools
import math
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, ClassVar

from django.db.models import Prefetch
from django.db.models.functions import Coalesce
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter

from zhenggai.ledger.models import Inspection, Light, Measure
from zhenggai.ledger.selectors import light_of, today
from zhenggai.ledger.filters import LedgerFilter

CHUNK = 2000

LIGHT_FILLS = {
    Light.RED: "FF6B6B",
    Light.YELLOW: "FFD94A",
    Light.GREEN: "7ED67E",
    Light.BLUE: "6FA8FF",
    Light.GREY: "C8C8C8",
}
# A spreadsheet treats a cell starting with these as a formula (CSV/formula injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Text that would start a formula gets a leading apostrophe, so it stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    merge: bool = False  # merged over the rows of a group (the problem's, or the unit's, cells)
    kind: str = "text"  # text | number | percent | date | light


class _MergeSpool:
    """Merged ranges written to a temporary file as they are made, read back once at the end."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile("w+", encoding="ascii")
        self.count = 0

    def add(self, ref: str) -> None:
        self.file.write(ref + "\n")
        self.count += 1

    def __iter__(self) -> Iterator[str]:
        self.file.seek(0)
        for line in self.file:
            yield line.rstrip("\n")

    def close(self) -> None:
        self.file.close()


class _StreamingWorksheetWriter(WorksheetWriter):
    """openpyxl keeps merged ranges as objects and builds one element of them all at the end; with
    100,000 measures that is most of the memory. This writes <mergeCells> from the spool instead."""

    def __init__(self, ws, spool: _MergeSpool) -> None:
        super().__init__(ws)
        self.spool = spool

    def write_merged_cells(self) -> None:
        if not self.spool.count:
            return
        xf = self.xf.send(True)
        with xf.element("mergeCells", count=str(self.spool.count)):
            for ref in self.spool:
                xf.write(_merge_element(ref))
        self.xf.send(None)


def _merge_element(ref: str):
    from openpyxl.xml.functions import Element

    return Element("mergeCell", ref=ref)


class Exporter:
    """One kind of Excel list. Subclasses set key/title/columns and yield groups of rows."""

    key: ClassVar[str]
    title: ClassVar[str]
    columns: ClassVar[Sequence[Column]]

    def __init__(self, inspection: Inspection, ledger_filter: LedgerFilter | None = None, *, user=None,
                 on: dt.date | None = None) -> None:
        self.inspection = inspection
        self.filter = ledger_filter or LedgerFilter()
        self.user = user
        self.on = on or today()

    def groups(self) -> Iterator[Iterable[Sequence[Any]]]:
        """Groups of rows; a group may be a generator (a unit's rows are streamed, not collected)."""
        raise NotImplementedError

    def filename(self) -> str:
        return f"{self.inspection.name}-{self.title}-{self.on:%Y%m%d}.xlsx"

    # --- the writer ---------------------------------------------------------------------------------------

    def write(self, out: str | IO[bytes]) -> int:
        """Write the workbook; return the number of data rows."""
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(self.title)
        ws.freeze_panes = "A2"
        for i, column in enumerate(self.columns, 1):
            ws.column_dimensions[get_column_letter(i)].width = column.width
        _print_setup(ws, sum(c.width for c in self.columns), f"{self.inspection.name} {self.title}")
        spool = _MergeSpool()
        # The writer must exist before the first row and after the sheet views and column widths are set.
        ws._writer = _StreamingWorksheetWriter(ws, spool)
        ws._writer.write_top()
        styles = _Styles(ws)
        try:
            ws.append([styles.header(ws, c.header) for c in self.columns])
            row_idx = 1
            merge_cols = [i for i, c in enumerate(self.columns) if c.merge]
            for group in self.groups():
                first = row_idx + 1
                group = iter(group)
                # Heights for the group's first rows are set together, so that a long merged problem text
                # gets room spread over its measures; rows beyond them (long unit groups) stream as they come.
                head = list(itertools.islice(group, HEIGHT_LOOKAHEAD))
                heights = _group_heights(self.columns, head)
                for n, values in enumerate(itertools.chain(head, group)):
                    row_idx += 1
                    height = heights[n] if n < len(heights) else _row_height(self.columns, values)
                    if height > DEFAULT_ROW_HEIGHT:
                        ws.row_dimensions[row_idx].height = height
                    ws.append([
                        # A merged range shows its first cell only.
                        styles.cell(ws, column, None if n and column.merge else value)
                        for column, value in zip(self.columns, values, strict=True)
                    ])
                    ws.row_dimensions.pop(row_idx, None)  # written: keep memory flat
                if row_idx > first:
                    for i in merge_cols:
                        letter = get_column_letter(i + 1)
                        spool.add(f"{letter}{first}:{letter}{row_idx}")
            wb.save(out)
        finally:
            spool.close()
        return row_idx - 1


# --- layout: row heights and printing -------------------------------------------------------------------
# Spreadsheets do not grow a row to fit wrapped text in merged cells (and LibreOffice not at all for rows
# written with content): estimate the lines each cell needs from its column width instead.

DEFAULT_ROW_HEIGHT = 15.0  # points, one line of 11-pt text
LINE_HEIGHT = 14.5
HEIGHT_LOOKAHEAD = 200
MAX_ROW_HEIGHT = 409.0  # Excel's limit


def _text_lines(value: Any, width: float) -> int:
    """Lines a wrapped cell needs: CJK and full-width characters take two width units, others one."""
    if value is None or isinstance(value, (int, float, dt.date)):
        return 1
    per_line = max(width - 1.5, 4.0)
    lines = 0
    for paragraph in str(value).split("\n"):
        # Width units without a per-character loop: a CJK character is 3 bytes in UTF-8 and 2 units wide,
        # an ASCII one 1 byte and 1 unit; (bytes - chars) / 2 counts the wide ones.
        units = len(paragraph) + (len(paragraph.encode("utf-8")) - len(paragraph)) // 2
        lines += max(1, math.ceil(units / per_line))
    return lines


def _row_height(columns: Sequence[Column], values: Sequence[Any], *, skip_merged: bool = False) -> float:
    lines = max((_text_lines(v, c.width) for c, v in zip(columns, values) if not (skip_merged and c.merge)),
                default=1)
    return DEFAULT_ROW_HEIGHT if lines == 1 else min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3)


def _group_heights(columns: Sequence[Column], rows: list[Sequence[Any]]) -> list[float]:
    """Each row's own height; then, if the merged cells need more than the rows give, share out the rest."""
    if not rows:
        return []
    merged = [c.merge for c in columns]
    if len(rows) == 1 or not any(merged):
        return [_row_height(columns, r) for r in rows]
    heights = [_row_height(columns, r, skip_merged=True) for r in rows]
    needed = max(_text_lines(v, c.width) for c, v in zip(columns, rows[0]) if c.merge) * LINE_HEIGHT + 3
    short = needed - sum(heights)
    if short > 0:
        heights = [min(MAX_ROW_HEIGHT, h + short / len(heights)) for h in heights]
    return heights


def _print_setup(ws, total_width: float, title: str) -> None:
    """Landscape, one page wide (A3 for the wide 台账), the header row repeated, page numbers in the footer."""
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 8 if total_width > 180 else 9  # 8 = A3, 9 = A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddHeader.center.text = title
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


class _Styles:
    """Cell styles, resolved once. Assigning font/fill/alignment objects to each cell makes openpyxl hash them
    again for every cell (most of the export time); instead each cell gets a copy of a template's style array."""

    def __init__(self, ws) -> None:
        thin = Side(style="thin", color="999999")
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        wrap = Alignment(wrap_text=True, vertical="center")
        centre = Alignment(wrap_text=True, vertical="center", horizontal="center")

        def template(alignment, fill=None, font=None, number_format=None):
            cell = WriteOnlyCell(ws)
            cell.alignment, cell.border = alignment, border
            if fill is not None:
                cell.fill = fill
            if font is not None:
                cell.font = font
            if number_format is not None:
                cell.number_format = number_format
            return cell._style

        self._header = template(centre, PatternFill("solid", fgColor="DDE6F0"), Font(bold=True))
        self._by_kind = {
            "text": template(wrap),
            "number": template(centre),
            "percent": template(centre, number_format="0%"),
            "date": template(centre, number_format="yyyy-mm-dd"),
            "light": template(centre),
        }
        self._lights = {light: template(centre, PatternFill("solid", fgColor=colour))
                        for light, colour in LIGHT_FILLS.items()}

    @staticmethod
    def _make(ws, value: Any, style) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=value)
        cell._style = copy.copy(style)
        return cell

    def header(self, ws, text: str) -> WriteOnlyCell:
        return self._make(ws, text, self._header)

    def cell(self, ws, column: Column, value: Any) -> WriteOnlyCell:
        if column.kind == "light" and value is not None:
            light = Light(value)
            return self._make(ws, light.label, self._lights[light])
        return self._make(ws, neutralise(value), self._by_kind[column.kind])


EXPORTERS: dict[str, type[Exporter]] = {}


def register(cls: type[Exporter]) -> type[Exporter]:
    EXPORTERS[cls.key] = cls
    return cls


def get_exporter(key: str) -> type[Exporter]:
    try:
        return EXPORTERS[key]
    except KeyError:
        raise KeyError(f"没有这种导出：{key}（可选：{'、'.join(EXPORTERS)}）") from None


# --- the four lists ---------------------------------------------------------------------------------------

def _units(lead, co_units) -> str:
    names = [lead.name] if lead is not None else []
    names += [u.name for u in co_units if lead is None or u.pk != lead.pk]
    return "、".join(names)


def _measure_units(measure: Measure) -> str:
    if measure.lead_unit_id or measure.co_units.all():
        return _units(measure.lead_unit, measure.co_units.all())
    return _units(measure.problem.lead_unit, measure.problem.co_units.all())


def _percent(progress: int | None) -> float | None:
    return None if progress is None else progress / 100


class _ProblemsWithMeasures(Exporter):
    """Problems in ledger order, each with its (filtered) measures prefetched, streamed chunk by chunk."""

    def problems_with_measures(self):
        measures = (
            self.filter.measures(self.inspection, user=self.user, on=self.on)
            .select_related("lead_unit").prefetch_related("co_units").order_by("seq", "id")
        )
        problems = (
            self.filter.problems(self.inspection, user=self.user, on=self.on)
            .select_related("category", "lead_unit")
            .prefetch_related("co_units", Prefetch("measures", queryset=measures, to_attr="export_measures"))
            .order_by("category__seq", "seq", "id")
        )
        # A chunk of problems brings up to ten times as many measures: keep it smaller than CHUNK.
        for problem in problems.iterator(chunk_size=CHUNK // 4):
            for measure in problem.export_measures:
                measure.problem = problem  # the problem is already here: no query per measure
            yield problem, problem.export_measures


@register
class LedgerExporter(_ProblemsWithMeasures):
    key = "ledger"
    title = "台账"
    columns = (
        Column("序号", 6, merge=True, kind="number"),
        Column("类别", 16, merge=True),
        Column("问题", 40, merge=True),
        Column("整改目标", 28, merge=True),
        Column("整改时限", 12, merge=True),
        Column("责任领导", 10, merge=True),
        Column("责任单位", 18),
        Column("整改措施", 44),
        Column("措施整改时限", 12),
        Column("责任人", 10),
        Column("状态", 10),
        Column("进度", 8, kind="percent"),
        Column("完成情况", 36),
        Column("完成时间", 12, kind="date"),
        Column("亮灯", 8, kind="light"),
    )

    def groups(self):
        for problem, measures in self.problems_with_measures():
            head = (problem.seq, problem.category.name if problem.category else "", problem.statement,
                    problem.target, problem.deadline_display, problem.lead_leader)
            if not measures:
                yield [(*head, _units(problem.lead_unit, problem.co_units.all()), "", "", "", "", None, "", None,
                        light_of(problem.light_rank) if problem.light_rank is not None else None)]
                continue
            yield [
                (*head, _measure_units(m), m.text, m.deadline_display, m.responsible_person, m.get_state_display(),
                 _percent(m.progress), m.completion_note, m.completion_date, light_of(m.light_rank))
                for m in measures
            ]


@register
class TaskListExporter(_ProblemsWithMeasures):
    """任务清单: one row per measure, the problem merged over its measures."""

    key = "tasks"
    title = "任务清单"
    columns = (
        Column("问题序号", 8, merge=True, kind="number"),
        Column("问题", 36, merge=True),
        Column("措施序号", 8, kind="number"),
        Column("整改措施", 48),
        Column("整改时限", 12),
        Column("责任单位", 20),
        Column("责任人", 10),
        Column("状态", 10),
        Column("进度", 8, kind="percent"),
        Column("亮灯", 8, kind="light"),
    )

    def groups(self):
        for problem, measures in self.problems_with_measures():
            if measures:
                yield [
                    (problem.seq, problem.statement, m.seq, m.text, m.deadline_display, _measure_units(m),
                     m.responsible_person, m.get_state_display(), _percent(m.progress), light_of(m.light_rank))
                    for m in measures
                ]


@register
class ProblemListExporter(Exporter):
    """问题清单: one row per problem, with its status and worst light, as the problem list page shows it."""

    key = "problems"
    title = "问题清单"
    columns = (
        Column("序号", 6, kind="number"),
        Column("类别", 18),
        Column("问题", 48),
        Column("整改目标", 32),
        Column("整改时限", 12),
        Column("责任领导", 10),
        Column("牵头单位", 16),
        Column("配合单位", 20),
        Column("措施数", 8, kind="number"),
        Column("已完成", 8, kind="number"),
        Column("状态", 10),
        Column("亮灯", 8, kind="light"),
    )

    def groups(self):
        from zhenggai.ledger.models import ProblemStatus

        problems = (
            self.filter.problems(self.inspection, user=self.user, on=self.on)
            .select_related("category", "lead_unit").prefetch_related("co_units")
            .order_by("category__seq", "seq", "id")
        )
        for p in problems.iterator(chunk_size=CHUNK):
            co = "、".join(u.name for u in p.co_units.all())
            light = light_of(p.light_rank) if p.light_rank is not None else None
            yield [(p.seq, p.category.name if p.category else "", p.statement, p.target, p.deadline_display,
                    p.lead_leader, p.lead_unit.name if p.lead_unit else "", co, p.measure_total, p.measure_done,
                    ProblemStatus(p.status).label, light)]


@register
class ResponsibilityListExporter(Exporter):
    """责任清单: by responsible unit (the measure's lead unit, else the problem's), the unit merged over its rows."""

    key = "responsibility"
    title = "责任清单"
    columns = (
        Column("责任单位", 18, merge=True),
        Column("问题序号", 8, kind="number"),
        Column("问题", 32),
        Column("责任领导", 10),
        Column("整改措施", 44),
        Column("配合单位", 18),
        Column("责任人", 10),
        Column("整改时限", 12),
        Column("状态", 10),
        Column("亮灯", 8, kind="light"),
    )
    NO_UNIT = "未明确责任单位"

    def groups(self):
        measures = (
            self.filter.measures(self.inspection, user=self.user, on=self.on)
            .select_related("lead_unit", "problem__lead_unit")
            .prefetch_related("co_units")
            .annotate(unit_path=Coalesce("lead_unit__path", "problem__lead_unit__path"))
            .order_by("unit_path", "problem__category__seq", "problem__seq", "seq", "id")
        )

        def unit_of(m: Measure) -> str:
            unit = m.lead_unit or m.problem.lead_unit
            return unit.name if unit else self.NO_UNIT

        def rows(unit_measures):
            for m in unit_measures:
                p = m.problem
                lead = m.lead_unit or p.lead_unit
                co = "、".join(u.name for u in m.co_units.all() if lead is None or u.pk != lead.pk)
                yield (unit_of(m), p.seq, p.statement, p.lead_leader, m.text, co, m.responsible_person,
                       m.deadline_display, m.get_state_display(), light_of(m.light_rank))

        for _path, unit_measures in itertools.groupby(measures.iterator(chunk_size=CHUNK), key=lambda m: m.unit_path):
            yield rows(unit_measures)
