"""Excel (.xlsx) and CSV ledgers → ParseResult (kind "ledger").

The header row is found by its column names, in any order. One problem may
span several measure rows, written either with merged cells or with the
problem cells left empty below the first row.

One row, one measure: when any problem of the sheet spans several rows, or the
sheet has a column of the measure's own (措施整改时限), every measure cell is one
measure, kept exactly as written (numbering, line breaks and all). A sheet with
one row per problem often holds all of a problem's measures in one cell
("一是…二是…", "1.… 2.…"): such a cell is split into its measures.

Formula-looking texts: spreadsheets run a cell that starts with = + - @ as a
formula, so zhenggai's exporters (and many other systems) write such a text with
a leading apostrophe. The reader gives back the original text ("'=SUM(A1)" →
"=SUM(A1)"). That is safe: the text is stored as text, shown HTML-escaped, and
every exporter neutralises it again on the way out. Formulas themselves are never
run: workbooks are read with their cached values only.
"""
from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from . import guards

from .result import ParsedMeasure, ParsedProblem, ParseResult

COLUMNS: dict[str, list[str]] = {
    "seq": ["序号", "编号", "问题序号", "序"],
    "problem": ["反馈问题", "问题描述", "存在问题", "问题内容", "具体问题", "问题清单", "反馈意见", "审计发现问题", "审计查出问题", "问题"],
    "measure": ["整改措施", "具体措施", "整改任务", "措施", "任务"],
    "target": ["整改目标", "目标"],
    "deadline": ["整改时限", "完成时限", "整改期限", "计划完成时间", "时限"],
    # A deadline of its own per measure row, next to the problem's (zhenggai's 台账 writes both).
    "measure_deadline": ["措施整改时限", "措施时限", "措施完成时限"],
    "leader": ["责任领导", "牵头领导", "分管领导", "领导"],
    "units": ["责任单位", "牵头单位", "责任部门", "牵头部门", "责任处室", "牵头处室"],
    "co_units": ["配合单位", "协办单位", "配合部门", "协同单位"],
    "person": ["责任人", "具体责任人"],
    "completion": ["整改完成情况", "完成情况", "整改进展", "进展情况", "整改情况", "落实情况", "进展"],
    "percent": ["进度", "完成进度", "整改进度", "进度%", "完成比例", "完成率"],
    "status": ["完成状态", "整改状态", "状态", "是否完成"],
    "completion_date": ["实际完成时间", "完成时间", "销号时间", "完成日期"],
    "category": ["问题类别", "问题类型", "类别", "方面", "类型", "领域"],
    # Known, and computed from the other columns: read, and not reported as unknown.
    "light": ["亮灯", "亮灯情况", "预警", "红黄绿灯", "预警等级"],
}

STATUS_WORDS = [
    ("long_term", re.compile(r"长期坚持|长期")),
    # zhenggai's own measure states: a sign-off under review or sent back is not done yet.
    ("in_progress", re.compile(r"正在推进|推进中|整改中|正在整改|未完成|进行中|持续推进|待.{0,6}审[核批]|回炉|返工|退回|驳回")),
    ("done", re.compile(r"已完成|已销号|完成|已整改|办结|是")),
]
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _norm(cell) -> str:
    if cell is None:
        return ""
    if hasattr(cell, "isoformat") and not isinstance(cell, str):
        return cell.isoformat()[:10]
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    text = str(cell).strip()
    if text.startswith("'") and text[1:2] and text[1:].startswith(FORMULA_PREFIXES):
        return text[1:]  # a text neutralised against formula injection: see the module docstring
    return text


def _key(cell: str) -> str:
    return re.sub(r"[\s*＊:：()（）]", "", cell)


def match_header(cells: list[str]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        k = _key(cell)
        if not k or len(k) > 16:
            continue
        best = None
        for col, aliases in COLUMNS.items():
            if col in found:
                continue
            for alias in aliases:
                if k == alias:
                    best = (col, 100)
                    break
                if alias in k and len(alias) >= 2 and (best is None or best[1] < len(alias)):
                    best = (col, len(alias))
            if best and best[1] == 100:
                break
        if best:
            found[best[0]] = i
    if len(found) >= 2 and ("problem" in found or "measure" in found):
        return found
    return None


def status_word(text: str) -> str | None:
    for status, rx in STATUS_WORDS:
        if rx.search(text):
            return status
    return None


def percent_value(text: str) -> int | None:
    """'60%', '60', '0.6' → 60; None when the text is not a percentage from 0 to 100."""
    m = re.fullmatch(r"(\d{1,3}(?:\.\d+)?)\s*[%％]?", text.strip())
    if not m:
        return None
    value = float(m.group(1))
    if not text.strip().endswith(("%", "％")) and "." in m.group(1) and value <= 1:
        value *= 100  # a fraction written without the percent sign
    return round(value) if 0 <= value <= 100 else None


class _Row(NamedTuple):
    index: int
    cells: Sequence[str]


@dataclass(slots=True)
class _Group:
    problem: ParsedProblem
    rows: list[_Row] = field(default_factory=list)


def rows_to_result(rows: Iterable[Sequence], title_hint: str | None = None) -> ParseResult | None:
    """A ledger result from table rows, or None when no header row is found in the first 20.

    ``rows`` is consumed once, row by row: a reader can stream a sheet of any length through here
    without the whole sheet ever being held as raw rows.
    """
    from .parse.facts import issuer_from_title

    source = iter(rows)
    head: list[list[str]] = []
    cols = None
    for raw in source:
        head.append([_norm(c) for c in raw])
        cols = match_header(head[-1])
        if cols or len(head) >= 20:
            break
    if not cols:
        return None
    header_at = len(head) - 1
    result = ParseResult(kind="ledger")
    for r in head[:header_at]:
        values = [c for c in r if c]
        if values and len(set(values)) == 1 and result.title is None:
            result.title = values[0]
    result.title = result.title or title_hint
    result.issuer = issuer_from_title(result.title)
    header = head[header_at]
    known = set(cols.values())
    for i, cell in enumerate(header):
        if cell and i not in known:
            result.add_anomaly("unknown_column", f"台账中的“{cell}”列无法识别，已忽略", header_at)

    def get(row: Sequence[str], col: str) -> str:
        i = cols.get(col)
        return row[i].strip() if i is not None and i < len(row) else ""

    # Pass 1: which rows belong to which problem. A ledger repeats the same short values (units,
    # deadlines, statuses) on thousands of rows: each is kept once.
    shared: dict[str, str] = {}

    def keep(text: str) -> str:
        if len(text) > 40 or len(shared) >= 100_000:
            return text
        return shared.setdefault(text, text)

    groups: list[_Group] = []
    category = None
    section_status = None
    current: _Group | None = None
    current_text = current_seq_text = ""
    for r_index, raw in enumerate(source, start=header_at + 1):
        row = [keep(_norm(c)) for c in raw]
        values = [c for c in row if c]
        if not values:
            continue
        if len(set(values)) == 1 and not get(row, "measure") or (len(set(values)) == 1 and len(values) >= max(2, len(header) - 1)):
            # a section row spanning the table: "一、…方面" or a status heading
            text = re.sub(r"^[一二三四五六七八九十]+[、.．]|^[(（][一二三四五六七八九十]+[)）]", "", values[0]).strip()
            category = text.rstrip("。")
            section_status = status_word(text) if re.search(r"完成|推进|长期|整改中", text) else None
            current = None
            continue
        seq_cell = get(row, "seq")
        problem_text = get(row, "problem")
        new_problem = current is None or (problem_text and problem_text != current_text) or (
            seq_cell and not problem_text and seq_cell != current_seq_text
        )
        if new_problem:
            seq = int(seq_cell) if re.fullmatch(r"\d+", seq_cell) else None
            title = re.sub(r"^\d+[.、．]\s*", "", problem_text) or (
                current.problem.title if current and not problem_text else "")
            problem = ParsedProblem(seq=seq, title=title, category=get(row, "category") or category, position=r_index)
            current_text, current_seq_text = problem_text, seq_cell
            problem.target = get(row, "target") or None
            problem.lead_leader = get(row, "leader") or None
            problem.responsible_person = get(row, "person") or None
            problem.deadline = get(row, "deadline") or None
            if section_status:
                problem.status = section_status
            current = _Group(problem)
            groups.append(current)
            result.problems.append(problem)
        current.rows.append(_Row(r_index, tuple(row)))
        del raw

    # Pass 2: the measures. Several measure rows under one problem anywhere, or a column that belongs to a
    # measure (措施整改时限): one row is one measure.
    one_per_row = "measure_deadline" in cols or any(
        sum(1 for r in g.rows if get(r.cells, "measure")) > 1 for g in groups)
    for g in groups:
        p = g.problem
        for row in g.rows:
            cells = row.cells
            status_text = get(cells, "status")
            status = status_word(status_text) if status_text else None
            units = _unique(_split_units(get(cells, "units")) + _split_units(get(cells, "co_units")))
            percent_text = get(cells, "percent")
            percent = percent_value(percent_text) if percent_text else None
            if percent_text and percent is None:
                result.add_anomaly("bad_percent", f"进度“{percent_text}”无法识别为百分比，已忽略", row.index)
            for m in _row_measures(get(cells, "measure"), row.index, split=not one_per_row):
                m.deadline = get(cells, "measure_deadline") or m.deadline or get(cells, "deadline") or None
                m.responsible_units = _unique(units + m.responsible_units)
                m.status = status
                m.completion_note = get(cells, "completion") or None
                m.progress = percent
                m.completion_date = get(cells, "completion_date") or None
                m.responsible_person = get(cells, "person") or None
                p.measures.append(m)
            for u in units:
                if u not in p.responsible_units:
                    p.responsible_units.append(u)
            if p.deadline is None and get(cells, "deadline"):
                p.deadline = get(cells, "deadline")
            if status and not section_status:
                p.notes.append(status_text)
        g.rows = []  # the cells this group's measures use live on in them; the rest can go
    del groups
    for p in result.problems:
        statuses = [m.status for m in p.measures if m.status]
        if p.status is None and statuses:
            if all(s == statuses[0] for s in statuses):
                p.status = statuses[0]
            elif "in_progress" in statuses:
                p.status = "in_progress"
            else:
                p.status = "long_term"
        if p.status is None and p.notes:
            p.status = status_word(p.notes[0])
        p.notes = []
    if not result.problems:
        result.add_anomaly("no_problems", "台账中没有找到问题行", header_at)
    return result


def _split_units(text: str) -> list[str]:
    return list(_split_units_cached(text))


@functools.lru_cache(maxsize=4096)
def _split_units_cached(text: str) -> tuple[str, ...]:
    # A ledger names the same few units on thousands of rows.
    from .parse.fields import split_units

    return tuple(split_units(text))


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _row_measures(text: str, position: int, *, split: bool) -> list[ParsedMeasure]:
    """The measures of one cell: the cell as written, or its numbered items when it lists several."""
    from .parse.structure import BodyItem, split_measures

    if not text:
        return []
    measures, _, _ = split_measures([BodyItem(text, position)])
    if split and len(measures) > 1:
        for m in measures:
            m.position = position
        return measures
    found = measures[0] if measures else None
    return [ParsedMeasure(seq=None, text=text, deadline=found.deadline if found else None,
                          responsible_units=list(found.responsible_units) if found else [], position=position)]


def read_ledger_bytes(data: bytes, filename: str, kind: str, budget: guards.Budget | None = None) -> ParseResult:
    """The first sheet with a ledger header, read row by row under the budget (see ``guards``)."""
    from .extract import decode_text

    budget = budget or guards.current()
    if kind == "csv":
        text = decode_text(data)
        del data
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;，")
        except csv.Error:
            dialect = csv.excel
        sheets: Iterable[tuple[str, Iterable[Sequence]]] = [("", guards.csv_rows(text, dialect, budget))]
        del text  # the rows own it now: it goes once they are read, before the measures are made
        return _first_ledger(sheets)
    shapes = guards.check_xlsx(io.BytesIO(data), budget)
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        return _first_ledger((ws.title, xlsx_sheet_rows(ws, shapes, budget)) for ws in wb.worksheets)
    finally:
        wb.close()


def _first_ledger(sheets: Iterable[tuple[str, Iterable[Sequence]]]) -> ParseResult:
    from .extract import ExtractError

    for name, rows in sheets:
        result = rows_to_result(rows, title_hint=None)
        if result is not None:
            if not result.title:
                result.title = name or None
            return result
    raise ExtractError("表格中没有找到表头（需要“问题”或“整改措施”等列名），无法按台账导入", "no_header")


def xlsx_sheet_rows(ws, shapes: dict[str, guards.SheetShape], budget: guards.Budget) -> Iterator[list]:
    """The rows of one read-only worksheet from A1, one at a time, with merged ranges filled from their
    top-left cell. The declared dimension is ignored (a sheet may declare far more than it holds);
    every row is as long as its last cell, and the guard has already counted what that costs."""
    part = (getattr(ws, "_worksheet_path", "") or "").lstrip("/")
    merges = sorted((shapes[part].merges or []) if part in shapes else [])
    ws.reset_dimensions()
    pending = 0  # merges[pending:] start below the current row
    active: list[tuple[int, int, int, int, object]] = []
    cells = 0
    for r_index, cells_row in enumerate(ws.iter_rows(), start=1):
        row = [_cell_value(c) for c in cells_row]
        cells += len(row)
        if cells > budget.xlsx_max_cells:
            raise guards.Refused(f"表格中的单元格过多（超过{budget.xlsx_max_cells}个），已拒绝", "xlsx_cells")
        while pending < len(merges) and merges[pending][0] <= r_index:
            r1, c1, r2, c2 = merges[pending]
            if r1 == r_index:
                active.append((r1, c1, r2, c2, row[c1 - 1] if c1 <= len(row) else None))
            pending += 1
        if active:
            active = [m for m in active if m[2] >= r_index]
            for _r1, c1, _r2, c2, value in active:
                if len(row) < c2:
                    row.extend([None] * (c2 - len(row)))
                for c in range(c1 - 1, c2):
                    row[c] = value
        yield row


def _cell_value(cell):
    """The cell's value; a number shown as a percentage comes back as the text people see ("60%")."""
    value = cell.value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "%" in (getattr(cell, "number_format", "") or ""):
        return f"{value * 100:g}%"
    return value
