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
import io
import itertools
import math
import re
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, ClassVar

from django.db.models.functions import Coalesce
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils.datetime import to_excel

from zhenggai.ledger.deadlines import Deadline, DeadlineKind
from zhenggai.ledger.models import Inspection, Light, Measure, Problem
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
        """Write the workbook; return the number of data rows.

        openpyxl writes everything but the cells (workbook, styles, the sheet's views, column widths and print
        setup) into a skeleton; the cells are written here as XML text straight into the sheet's entry of the
        zip, in the form openpyxl's writer gives them (inline strings, the same style ids). openpyxl builds an
        object and an lxml element per cell: at 100,000 measures that was 50 s of CPU for a 15-column sheet.
        """
        skeleton, sheet_name, head, tail = self._skeleton()
        spool = _MergeSpool()
        try:
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
                for info in skeleton.infolist():
                    if info.filename != sheet_name:
                        zf.writestr(info, skeleton.read(info.filename))
                with zf.open(sheet_name, "w", force_zip64=True) as raw:
                    sheet = _SheetText(raw)
                    sheet.write(head)
                    rows = self._write_rows(sheet, spool)
                    sheet.write("</sheetData>")
                    if spool.count:
                        sheet.write(f'<mergeCells count="{spool.count}">')
                        for ref in spool:
                            sheet.write(f'<mergeCell ref="{ref}"/>')
                        sheet.write("</mergeCells>")
                    sheet.write(tail)
                    sheet.close()
        finally:
            spool.close()
        return rows

    def _skeleton(self) -> tuple[zipfile.ZipFile, str, str, str]:
        """The workbook without cells, from openpyxl: the zip, the sheet's entry, its XML up to <sheetData>
        (inclusive) and after </sheetData>."""
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(self.title)
        ws.freeze_panes = "A2"
        for i, column in enumerate(self.columns, 1):
            ws.column_dimensions[get_column_letter(i)].width = column.width
        _print_setup(ws, sum(c.width for c in self.columns), f"{self.inspection.name} {self.title}")
        self._styles = _Styles(ws)  # registers the cell styles with the workbook, so styles.xml has them
        buffer = io.BytesIO()
        wb.save(buffer)
        skeleton = zipfile.ZipFile(buffer)
        sheet_name = next(n for n in skeleton.namelist() if n.startswith("xl/worksheets/sheet"))
        xml = skeleton.read(sheet_name).decode("utf-8")
        match = re.search(r"<sheetData\s*/>|<sheetData>(.*?)</sheetData>", xml, re.S)
        if match is None or match.group(1):
            raise RuntimeError("unexpected worksheet skeleton")  # openpyxl changed its output
        return skeleton, sheet_name, xml[:match.start()] + "<sheetData>", xml[match.end():]

    def _write_rows(self, sheet: _SheetText, spool: _MergeSpool) -> int:
        styles = self._styles
        columns = self.columns
        letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
        sheet.write('<row r="1">' + "".join(
            _cell_xml(f"{letter}1", styles.header_id, column.header) for letter, column in zip(letters, columns))
            + "</row>")
        kinds = [(letter, column.merge, column.kind == "light", styles.id_of(column.kind))
                 for letter, column in zip(letters, columns)]
        light_ids = styles.light_ids
        merge_letters = [letter for letter, column in zip(letters, columns) if column.merge]
        row_idx = 1
        for group in self.groups():
            first = row_idx + 1
            group = iter(group)
            # Heights for the group's first rows are set together, so that a long merged problem text
            # gets room spread over its measures; rows beyond them (long unit groups) stream as they come.
            head = list(itertools.islice(group, HEIGHT_LOOKAHEAD))
            heights = _group_heights(columns, head)
            for n, values in enumerate(itertools.chain(head, group)):
                row_idx += 1
                height = heights[n] if n < len(heights) else _row_height(columns, values)
                parts = [f'<row r="{row_idx}" ht="{height:.16g}" customHeight="1">' if height > DEFAULT_ROW_HEIGHT
                         else f'<row r="{row_idx}">']
                for (letter, merge, is_light, style_id), value in zip(kinds, values, strict=True):
                    ref = f"{letter}{row_idx}"
                    if n and merge:
                        value = None  # a merged range shows its first cell only
                    if is_light and value is not None:
                        light = Light(value)
                        parts.append(_cell_xml(ref, light_ids[light], light.label))
                    else:
                        parts.append(_cell_xml(ref, style_id, neutralise(value)))
                parts.append("</row>")
                sheet.write("".join(parts))
            if row_idx > first:
                for letter in merge_letters:
                    spool.add(f"{letter}{first}:{letter}{row_idx}")
        return row_idx - 1


class _SheetText:
    """UTF-8 text into the zip entry in blocks of about 256 KB (a write per cell would cost more than the XML)."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.size = 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size > 1 << 18:
            self.flush()

    def flush(self) -> None:
        self.raw.write("".join(self.parts).encode("utf-8"))
        self.parts, self.size = [], 0

    def close(self) -> None:
        self.flush()


_EPOCH = dt.date(1899, 12, 30)


def _cell_xml(ref: str, style_id: int, value: Any) -> str:
    """One <c> as openpyxl's writer gives it (its data types, inline strings, numbers as %.16g, dates as
    serial numbers in the 1900 system)."""
    if value is None:
        return f'<c r="{ref}" s="{style_id}" t="n"/>'
    if isinstance(value, str):
        if not value:
            return f'<c r="{ref}" s="{style_id}" t="inlineStr"/>'
        value = value[:32767]
        if ILLEGAL_CHARACTERS_RE.search(value):  # openpyxl refuses them; a spreadsheet cannot hold them
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
        text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
        space = ' xml:space="preserve"' if value != value.strip() else ""
        return f'<c r="{ref}" s="{style_id}" t="inlineStr"><is><t{space}>{text}</t></is></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" s="{style_id}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        if math.isnan(value) or math.isinf(value):
            return f'<c r="{ref}" s="{style_id}" t="n"><v></v></c>'
        return f'<c r="{ref}" s="{style_id}" t="n"><v>{value:.16g}</v></c>'
    if isinstance(value, (dt.date, dt.datetime)):
        return f'<c r="{ref}" s="{style_id}" t="n"><v>{to_excel(_naive(value)):.16g}</v></c>'
    return _cell_xml(ref, style_id, str(value))


def _naive(value: dt.date) -> dt.date:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return timezone.localtime(value).replace(tzinfo=None)
    return value


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

        # The style ids the sheet's cells carry (registering each with the workbook, so styles.xml lists it).
        registry = ws.parent._cell_styles
        self.header_id = registry.add(self._header)
        self._ids = {kind: registry.add(style) for kind, style in self._by_kind.items()}
        self.light_ids = {light: registry.add(style) for light, style in self._lights.items()}

    def id_of(self, kind: str) -> int:
        return self._ids[kind]


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

def _percent(progress: int | None) -> float | None:
    return None if progress is None else progress / 100


@dataclass(slots=True)
class _ExportProblem:
    seq: int
    category: str
    statement: str
    target: str
    deadline_display: str
    lead_leader: str
    units: str  # the lead unit, then the co-units
    light_rank: int | None


@dataclass(slots=True)
class _ExportMeasure:
    seq: int
    text: str
    deadline_display: str
    responsible_person: str
    state_display: str
    progress: int | None
    completion_note: str
    completion_date: dt.date | None
    light_rank: int | None
    units: str  # its own units, else its problem's


class _ProblemsWithMeasures(Exporter):
    """Problems in ledger order, each with its (filtered) measures, streamed chunk by chunk as plain rows.

    Rows, not model instances: building a Problem, a Measure and two related managers for every row was most
    of an export's time at 100,000 measures. A chunk costs four queries (problems, their co-units, their
    measures, the measures' co-units), so the count grows with the chunks, not the rows."""

    PROBLEM_CHUNK = CHUNK // 4

    def problems_with_measures(self) -> Iterator[tuple[_ExportProblem, list[_ExportMeasure]]]:
        from zhenggai.accounts.models import Unit

        units = {pk: (name, (path, sort)) for pk, name, path, sort in Unit.objects.values_list("pk", "name", "path", "sort")}
        deadlines: dict[tuple[str, dt.date | None], str] = {}
        states = dict(Measure._meta.get_field("state").flatchoices)

        def deadline(kind: str, date: dt.date | None) -> str:
            key = (kind, date)
            if key not in deadlines:
                deadlines[key] = str(Deadline(DeadlineKind(kind), date))
            return deadlines[key]

        def names(lead: int | None, co: list[int]) -> str:
            # As `_units`: the lead unit, then the co-units in the units' order (path, sort), the lead not twice.
            shown = [units[lead][0]] if lead is not None else []
            shown += [units[u][0] for u in sorted(co, key=lambda u: units[u][1]) if u != lead]
            return "、".join(shown)

        problems = (
            self.filter.problems(self.inspection, user=self.user, on=self.on)
            .order_by("category__seq", "seq", "id")
            .values_list("pk", "seq", "category__name", "statement", "target", "deadline_kind", "deadline_date",
                         "lead_leader", "lead_unit_id", "light_rank")
        )
        measures = self.filter.measures(self.inspection, user=self.user, on=self.on)
        problem_co = Problem.co_units.through.objects
        measure_co = Measure.co_units.through.objects
        rows = problems.iterator(chunk_size=self.PROBLEM_CHUNK)
        while chunk := list(itertools.islice(rows, self.PROBLEM_CHUNK)):
            ids = [row[0] for row in chunk]
            p_co: dict[int, list[int]] = {}
            for problem_id, unit_id in problem_co.filter(problem_id__in=ids).values_list("problem_id", "unit_id"):
                p_co.setdefault(problem_id, []).append(unit_id)
            m_rows = list(measures.filter(problem_id__in=ids).order_by("problem_id", "seq", "id").values_list(
                "pk", "problem_id", "seq", "text", "deadline_kind", "deadline_date", "responsible_person", "state",
                "progress", "completion_note", "completion_date", "light_rank", "lead_unit_id"))
            m_co: dict[int, list[int]] = {}
            if m_rows:
                for measure_id, unit_id in measure_co.filter(measure_id__in=[m[0] for m in m_rows]).values_list(
                        "measure_id", "unit_id"):
                    m_co.setdefault(measure_id, []).append(unit_id)
            by_problem: dict[int, list[_ExportMeasure]] = {}
            problem_units: dict[int, str] = {}
            for pk, seq, category, statement, target, kind, date, leader, lead_unit, light_rank in chunk:
                problem_units[pk] = names(lead_unit, p_co.get(pk, []))
            for (pk, problem_id, seq, text, kind, date, person, state, progress, note, completed, light_rank,
                 lead_unit) in m_rows:
                co = m_co.get(pk)
                by_problem.setdefault(problem_id, []).append(_ExportMeasure(
                    seq, text, deadline(kind, date), person, states.get(state, state), progress, note, completed,
                    light_rank, names(lead_unit, co or []) if lead_unit or co else problem_units[problem_id]))
            for pk, seq, category, statement, target, kind, date, leader, lead_unit, light_rank in chunk:
                yield (_ExportProblem(seq, category or "", statement, target, deadline(kind, date), leader,
                                      problem_units[pk], light_rank), by_problem.get(pk, []))


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
            head = (problem.seq, problem.category, problem.statement, problem.target, problem.deadline_display,
                    problem.lead_leader)
            if not measures:
                yield [(*head, problem.units, "", "", "", "", None, "", None,
                        light_of(problem.light_rank) if problem.light_rank is not None else None)]
                continue
            yield [
                (*head, m.units, m.text, m.deadline_display, m.responsible_person, m.state_display,
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
                    (problem.seq, problem.statement, m.seq, m.text, m.deadline_display, m.units,
                     m.responsible_person, m.state_display, _percent(m.progress), light_of(m.light_rank))
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
