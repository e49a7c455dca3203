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
import datetime as dt
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
    return _first_ledger(workbook_sheets(io.BytesIO(data), shapes, budget))


def _first_ledger(sheets: Iterable[tuple[str, Iterable[Sequence]]]) -> ParseResult:
    from .extract import ExtractError

    for name, rows in sheets:
        result = rows_to_result(rows, title_hint=None)
        if result is not None:
            if not result.title:
                result.title = name or None
            return result
    raise ExtractError("表格中没有找到表头（需要“问题”或“整改措施”等列名），无法按台账导入", "no_header")


# --- .xlsx, read as XML ----------------------------------------------------------------------------------------
# The sheet XML is streamed with lxml (iterparse, each row cleared once read), the shared strings likewise:
# openpyxl's read-only mode builds a cell object per cell and read a 200,000-row ledger in over a minute.
# Values as openpyxl gives them with data_only=True: the cached value of a formula (never the formula),
# numbers as int or float, dates (by their number format) as dates, a percentage format as "60%".

_MAIN = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main")
_REL_NS = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
           "http://purl.oclc.org/ooxml/officeDocument/relationships")
_PKG_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DATE_FORMATS = {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57}
_PERCENT_FORMATS = {9, 10}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse_xml(archive, name: str):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    with archive.open(name) as fh:
        return etree.parse(fh, parser).getroot()


def _sheet_parts(archive) -> list[tuple[str, str]]:
    """(title, part name) of each worksheet, in the workbook's order."""
    names = set(archive.namelist())
    book = _parse_xml(archive, "xl/workbook.xml")
    rels = {}
    if "xl/_rels/workbook.xml.rels" in names:
        for rel in _parse_xml(archive, "xl/_rels/workbook.xml.rels").iter(_PKG_RELS):
            target = rel.get("Target") or ""
            target = target.lstrip("/") if target.startswith("/") else "xl/" + target
            rels[rel.get("Id")] = re.sub(r"[^/]+/\.\./", "", target)
    out = []
    for sheet in book.iter():
        if _local(sheet.tag) != "sheet":
            continue
        rid = next((sheet.get(f"{{{ns}}}id") for ns in _REL_NS if sheet.get(f"{{{ns}}}id")), None)
        part = rels.get(rid)
        if part in names:
            out.append((sheet.get("name") or "", part))
    return out


def _shared_strings(archive) -> list[str]:
    """The shared strings, streamed: each <si>'s text runs joined (phonetic runs left out)."""
    from lxml import etree

    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    out: list[str] = []
    with archive.open("xl/sharedStrings.xml") as fh:
        for _event, si in etree.iterparse(fh, events=("end",), tag=[f"{{{ns}}}si" for ns in _MAIN],
                                          resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False):
            out.append("".join(t.text or "" for t in si.iter() if _local(t.tag) == "t"
                               and _local(t.getparent().tag) != "rPh"))
            si.clear()
    return out


def _styles(archive) -> list[str]:
    """For each cell style (the s="" index): "date", "percent" or ""."""
    if "xl/styles.xml" not in archive.namelist():
        return []
    root = _parse_xml(archive, "xl/styles.xml")
    custom = {}
    for el in root.iter():
        if _local(el.tag) == "numFmt" and (el.get("numFmtId") or "").isdigit():
            custom[int(el.get("numFmtId"))] = el.get("formatCode") or ""
    kinds = []
    for xfs in root.iter():
        if _local(xfs.tag) != "cellXfs":
            continue
        for xf in xfs:
            fmt = int(xf.get("numFmtId") or 0) if (xf.get("numFmtId") or "0").isdigit() else 0
            code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", custom.get(fmt, ""))
            if fmt in _PERCENT_FORMATS or "%" in code:
                kinds.append("percent")
            elif fmt in _DATE_FORMATS or (fmt not in _DATE_FORMATS and re.search(r"[ymdhs]", code, re.I)
                                          and "General" not in code):
                kinds.append("date")
            else:
                kinds.append("")
        break
    return kinds


def _date1904(archive) -> bool:
    book = _parse_xml(archive, "xl/workbook.xml")
    return any(_local(el.tag) == "workbookPr" and el.get("date1904") in ("1", "true") for el in book.iter())


def _number(text: str):
    try:
        value = float(text)
    except ValueError:
        return text
    if value.is_integer() and "." not in text and "E" not in text.upper():
        return int(value)
    return value


_V = {f"{{{ns}}}v" for ns in _MAIN}
_C = {f"{{{ns}}}c" for ns in _MAIN}
_IS = {f"{{{ns}}}is" for ns in _MAIN}
_T = [f"{{{ns}}}t" for ns in _MAIN]


def _cell(el, shared: list[str], styles: list[str], epoch: dt.datetime):
    kind = el.get("t") or "n"
    v = None
    inline = None
    for child in el:
        tag = child.tag
        if tag in _V:
            v = child.text
        elif tag in _IS:
            inline = "".join(t.text or "" for t in child.iter(*_T))
    if kind == "inlineStr":
        return inline
    if v is None:
        return None
    if kind == "s":
        i = int(v) if v.isdigit() else -1
        return shared[i] if 0 <= i < len(shared) else None
    if kind in ("str", "e"):
        return v
    if kind == "b":
        return v == "1"
    value = _number(v)
    style = el.get("s")
    look = styles[int(style)] if style and style.isdigit() and int(style) < len(styles) else ""
    if look == "percent" and isinstance(value, (int, float)):
        return f"{value * 100:g}%"
    if look == "date" and isinstance(value, (int, float)) and 0 <= value < 2958466:
        return epoch + dt.timedelta(days=value)
    return value


def _sheet_xml_rows(archive, part: str, shared: list[str], styles: list[str], epoch: dt.datetime) -> Iterator[list]:
    """The rows of one worksheet from row 1, one list of cell values at a time, gaps filled with empty rows."""
    from lxml import etree

    with archive.open(part) as fh:
        context = etree.iterparse(fh, events=("end",), tag=[f"{{{ns}}}row" for ns in _MAIN], resolve_entities=False,
                                  no_network=True, huge_tree=False, load_dtd=False)
        r_index = 0
        for _event, row_el in context:
            r = row_el.get("r")
            number = int(r) if r and r.isdigit() else r_index + 1
            while r_index + 1 < number:
                r_index += 1
                yield []
            r_index = number
            row: list = []
            for c in row_el:
                if c.tag not in _C:
                    continue
                col = guards.column_of(c.get("r") or "") or len(row) + 1
                if col > len(row) + 1:
                    row.extend([None] * (col - 1 - len(row)))
                value = _cell(c, shared, styles, epoch)
                if col <= len(row):
                    row[col - 1] = value
                else:
                    row.append(value)
            row_el.clear()
            while row_el.getprevious() is not None:
                del row_el.getparent()[0]
            yield row


def workbook_sheets(source, shapes: dict[str, guards.SheetShape], budget: guards.Budget
                    ) -> Iterator[tuple[str, Iterator[list]]]:
    """(title, rows) of each worksheet, in order, read lazily (see ``_sheet_xml_rows``)."""
    import zipfile

    from lxml import etree

    try:
        archive = zipfile.ZipFile(source)
        parts = _sheet_parts(archive)
        shared = _shared_strings(archive)
        styles = _styles(archive)
        epoch = dt.datetime(1904, 1, 1) if _date1904(archive) else dt.datetime(1899, 12, 30)
    except (KeyError, etree.XMLSyntaxError, zipfile.BadZipFile):
        raise guards.Refused("Excel文件已损坏（工作簿结构无法读取）", "corrupt") from None
    with archive:
        for title, part in parts:
            yield title, xlsx_sheet_rows(_sheet_xml_rows(archive, part, shared, styles, epoch), part, shapes, budget)


def xlsx_sheet_rows(rows: Iterable[list], part: str, shapes: dict[str, guards.SheetShape],
                    budget: guards.Budget) -> Iterator[list]:
    """The rows of one worksheet from A1, one at a time, with merged ranges filled from their top-left
    cell. The declared dimension is ignored (a sheet may declare far more than it holds); every row is as
    long as its last cell, and the guard has already counted what that costs."""
    merges = sorted((shapes[part].merges or []) if part in shapes else [])
    pending = 0  # merges[pending:] start below the current row
    active: list[tuple[int, int, int, int, object]] = []
    cells = 0
    for r_index, row in enumerate(rows, start=1):
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
