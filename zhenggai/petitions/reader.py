"""A 交办清单 (.xlsx, .csv, a .docx table, an HTML table) → rows of raw cells by column, and what surrounds them.

Plain Python, no Django: it runs in the importer's sandbox child (`zhenggai.importer.sandbox`, reader
"petitions") under the same time, memory and file-shape limits as every other import. It reads; it does not
interpret: the commit service (`zhenggai.petitions.imports`) decides what each cell means.

Headings vary between 督察组 and years: 行政区域 or 所属区县, 问题类型 or 污染类型, "是否 属实" with a space,
traditional characters (是否屬實). A heading is folded (spaces, punctuation and traditional characters out) and
matched against the aliases below, exact first, then the longest alias it contains. A heading that matches
nothing is reported, with its column, and its cells are not read; no row is dropped.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field

from zhenggai.importer.ledger_reader import find_header

COLUMNS: dict[str, list[str]] = {
    "seq": ["序号", "序", "编号序号"],
    "number": ["受理编号", "信访编号", "举报编号", "案件编号", "交办编号", "转办编号", "受理号", "编号"],
    "complaint": ["交办问题基本情况", "问题基本情况", "交办问题", "举报内容", "信访内容", "反映问题", "投诉内容",
                  "群众反映问题", "信访举报问题", "举报问题", "反映情况"],
    "area": ["行政区域", "所属区县", "所属区域", "区县", "行政区划", "所在地区", "属地", "所在区县", "县市区"],
    "pollution_type": ["问题类型", "污染类型", "举报类型", "信访类型", "类型", "污染类别"],
    "investigation": ["调查核实情况", "调查核实", "核查情况", "核实情况", "调查情况"],
    "verdict": ["是否属实", "属实情况", "核实结果", "是否属实情况"],
    "goal": ["办结目标", "整改目标"],
    "handling": ["处理和整改情况", "处理整改情况", "处理及整改情况", "办理情况", "处理情况", "整改情况"],
    "conclusion": ["是否办结", "办结情况", "办理状态", "办结状态", "办理进度"],
    "accountability": ["责任人被处理情况", "责任人处理情况", "责任追究情况", "问责情况"],
    "batch": ["交办批次", "批次"],
    "handed_over_on": ["交办日期", "交办时间", "转办日期"],
    "lead_unit": ["牵头单位", "责任单位", "承办单位", "办理单位", "责任部门"],
    "co_units": ["配合单位", "协办单位", "配合部门"],
    "time_limit": ["办结时限", "办理时限", "办结期限"],
    "fines": ["罚款金额", "罚款", "罚款万元", "罚款金额万元"],
    "cases_filed": ["立案数", "立案", "立案处罚", "立案件数", "立案查处"],
    "rectification_orders": ["责令整改数", "责令整改", "责令改正"],
    "people_held_accountable": ["问责人数", "追责问责人数", "问责人员"],
}
LABELS = {"seq": "序号", "number": "受理编号", "complaint": "交办问题基本情况", "area": "行政区域",
          "pollution_type": "问题类型", "investigation": "调查核实情况", "verdict": "是否属实", "goal": "办结目标",
          "handling": "处理和整改情况", "conclusion": "是否办结", "accountability": "责任人被处理情况",
          "batch": "批次", "handed_over_on": "交办日期", "lead_unit": "牵头单位", "co_units": "配合单位",
          "time_limit": "办结时限", "fines": "罚款（万元）", "cases_filed": "立案", "rectification_orders": "责令整改",
          "people_held_accountable": "问责人数"}


class ReadError(Exception):
    def __init__(self, message_zh: str, code: str = "petition_read") -> None:
        super().__init__(message_zh)
        self.message_zh, self.code = message_zh, code


@dataclass
class Row:
    line: int  # 1-based, as the user sees it in the sheet (for a .docx/HTML: the table row)
    cells: dict[str, str]
    extra: list[str] = field(default_factory=list)  # cells under unknown headings: searched for repeat references


@dataclass
class Sheet:
    title: str = ""
    paragraphs: list[str] = field(default_factory=list)  # the text around the table (a .docx's or page's)
    columns: dict[str, str] = field(default_factory=dict)  # field → the heading as written
    unknown_columns: list[tuple[int, str]] = field(default_factory=list)  # (1-based column, heading)
    rows: list[Row] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)  # (line, what happened to a non-case row)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Sheet:
        return cls(title=data["title"], paragraphs=data["paragraphs"], columns=data["columns"],
                   unknown_columns=[tuple(x) for x in data["unknown_columns"]],
                   rows=[Row(**r) for r in data["rows"]], notes=[tuple(x) for x in data["notes"]])


_STRIP = re.compile(r"[\s*＊:：()（）【】\[\]、/／\\%％.．]")


def _t2s(text: str) -> str:
    from zhenggai.importer.parse.normalize import traditional_map

    return text.translate(traditional_map([text]))


def heading_key(cell: str) -> str:
    """"是否 属实", "是否屬實", "罚款（万元）" → 是否属实, 是否属实, 罚款万元."""
    return _STRIP.sub("", _t2s(cell or ""))


def match_heading(cell: str) -> str | None:
    key = heading_key(cell)
    if not key or len(key) > 20:
        return None
    for col, aliases in COLUMNS.items():
        if key in aliases:
            return col
    best: tuple[str, int] | None = None
    for col, aliases in COLUMNS.items():
        for alias in aliases:
            if len(alias) >= 2 and alias in key and (best is None or len(alias) > best[1]):
                best = (col, len(alias))
    return best[0] if best else None


def _header(cells: list[str]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        col = match_heading(cell)
        if col and col not in found:
            found[col] = i
    return found if "complaint" in found and len(found) >= 3 else None


def _text(cell) -> str:
    if cell is None:
        return ""
    if hasattr(cell, "isoformat") and not isinstance(cell, str):
        return cell.isoformat()[:10]
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    text = str(cell).replace("\r\n", "\n").replace("\r", "\n").strip()
    if text.startswith("'") and text[1:2] in ("=", "+", "-", "@"):
        return text[1:]  # an exporter's guard against formula injection, as the ledger reader reads it
    return text


def rows_to_sheet(rows: Iterable[Sequence], *, start_line: int = 1, sheet: Sheet | None = None) -> Sheet | None:
    """The sheet of a table's rows, or None when no heading row is found in the first 20."""
    sheet = sheet or Sheet()
    source = iter(rows)
    head, cols = find_header(source, _text, _header)
    if not cols:
        return None
    header_at = len(head) - 1
    for r in head[:header_at]:
        values = list(dict.fromkeys(c for c in r if c))
        if values and not sheet.title:
            sheet.title = " ".join(values)
    header = head[header_at]
    sheet.columns = {col: header[i] for col, i in cols.items()}
    known = set(cols.values())
    sheet.unknown_columns = [(i + 1, cell) for i, cell in enumerate(header) if cell and i not in known]
    unknown = [i for i, _ in ((i - 1, c) for i, c in sheet.unknown_columns)]
    width = len(header)
    for line, raw in enumerate(source, start=start_line + header_at + 1):
        cells = [_text(c) for c in raw]
        values = [c for c in cells if c]
        if not values:
            continue
        if _repeated_header(cells, cols):
            sheet.notes.append((line, "重复的表头行（跨页表格），未作为信访件导入"))
            continue
        if len(set(values)) == 1 and (len(values) >= max(2, width - 1) or len(values) == 1 and not _cell(cells, cols, "complaint")):
            sheet.notes.append((line, f"“{values[0][:40]}”是标题或分组行，未作为信访件导入"))
            continue
        sheet.rows.append(Row(line=line, cells={col: _cell(cells, cols, col) for col in cols},
                              extra=[cells[i] for i in unknown if i < len(cells) and cells[i]]))
    return sheet


def _repeated_header(cells: list[str], cols: dict[str, int]) -> bool:
    """A table broken across pages repeats its heading row: its complaint cell is a heading, not a complaint."""
    text = _cell(cells, cols, "complaint")
    return 0 < len(text) <= 20 and match_heading(text) == "complaint"


def _cell(cells: list[str], cols: dict[str, int], col: str) -> str:
    i = cols.get(col)
    return cells[i] if i is not None and i < len(cells) else ""


def read_petition_bytes(data: bytes, filename: str) -> Sheet:
    """The first table of the file with a 交办清单 heading row; ReadError (a message in Chinese) otherwise."""
    from zhenggai.importer import guards
    from zhenggai.importer.extract import decode_text, docx_paragraphs, html_paragraphs, sniff

    budget = guards.current()
    try:
        kind = sniff(data, filename)
        if kind == "csv" or kind == "txt" and filename.lower().endswith(".csv"):
            text = decode_text(data)
            try:
                dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;，")
            except csv.Error:
                dialect = csv.excel
            sheet = rows_to_sheet(guards.csv_rows(text, dialect, budget))
            return _found(sheet)
        if kind == "xlsx":
            from zhenggai.importer.ledger_reader import workbook_sheets

            shapes = guards.check_xlsx(io.BytesIO(data), budget)
            sheets = workbook_sheets(io.BytesIO(data), shapes, budget)
            try:
                for title, rows in sheets:
                    sheet = rows_to_sheet(rows)
                    if sheet is not None:
                        sheet.title = sheet.title or title
                        return sheet
            finally:
                sheets.close()  # the workbook's archive closes now, not whenever the generator is collected
            return _found(None)
        if kind in ("docx", "html"):
            if kind == "docx":
                guards.check_zip(io.BytesIO(data), budget)
                paragraphs, tables = docx_paragraphs(data)
            else:
                guards.check_html(data, budget)
                paragraphs, tables = html_paragraphs(data)
            sheet = None
            line = 0
            for rows in tables:
                if sheet is None:
                    sheet = rows_to_sheet(rows, start_line=1)
                    line = len(rows)
                else:
                    # A table broken across pages continues in the next table: same columns, header repeated or not.
                    more = rows_to_sheet([list(sheet.columns.values())] + rows, start_line=line)
                    if more is not None and more.columns == sheet.columns:
                        sheet.rows += more.rows
                        sheet.notes += more.notes
                    line += len(rows)
            if sheet is not None:
                sheet.paragraphs = [p for p in paragraphs if p.strip()][:20]
                sheet.title = sheet.title or next((p for p in sheet.paragraphs if "批" in p or "交办" in p), "")
            return _found(sheet)
    except ReadError:
        raise
    except guards.Refused as exc:
        raise ReadError(exc.message_zh, exc.code) from None
    except MemoryError:
        raise
    except Exception as exc:  # a broken file ends in a message, not a traceback
        raise ReadError(f"读取文件失败，文件可能已损坏：{type(exc).__name__}", "corrupt") from exc
    raise ReadError("交办清单请上传 .xlsx、.csv、.docx（含表格）或网页（HTML）格式的文件", "petition_type")


def _found(sheet: Sheet | None) -> Sheet:
    if sheet is None:
        raise ReadError("文件中没有找到交办清单的表头（需要“交办问题基本情况”“受理编号”“行政区域”等列名）",
                        "petition_no_header")
    return sheet
