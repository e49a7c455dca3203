"""Checks a file must pass before any parser reads it, shared by the importer and evidence uploads.

A small file can ask a parser for gigabytes: a zip that unpacks a thousandfold, a sheet that declares
(or sparsely fills) a range of millions of cells, a merged range over a whole sheet, HTML nested a
hundred thousand deep, a CSV field of a megabyte. Each check here reads only what it needs
(a zip's directory, a worksheet streamed element by element, a tokeniser pass over HTML) and
refuses with a message in Chinese. The sandbox (``zhenggai.importer.sandbox``) bounds whatever
gets past these: the checks make the refusal quick and clear, the sandbox makes it certain.

Django-free on purpose: this runs inside the parse child process.
"""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO, Iterable, Iterator


class Refused(Exception):
    """A file refused before (or while) it is read; ``message_zh`` says why, for the user."""

    def __init__(self, message_zh: str, code: str = "refused") -> None:
        super().__init__(message_zh)
        self.message_zh = message_zh
        self.code = code


@dataclass(frozen=True)
class Budget:
    """How much one file may ask for. Defaults fit the largest real ledgers and documents seen,
    times a safety factor; settings can change them (see README, "Limits")."""

    zip_max_uncompressed: int = 200 * 1024 * 1024
    zip_max_entries: int = 5000
    zip_max_ratio: int = 100  # whole archive: uncompressed / compressed
    zip_member_max_ratio: int = 1000  # one member above 1 MB unpacked
    xlsx_max_cells: int = 5_000_000  # cells a reader would hand over, counting the padding of sparse rows
    xlsx_max_dimension: int = 10_000_000  # cells in the range a sheet declares (<dimension ref="A1:…">)
    xlsx_max_merged_cells: int = 1_000_000
    max_rows: int = 300_000  # rows of a ledger (.xlsx or .csv)
    csv_max_field: int = 32_767  # Excel's own limit for one cell
    html_max_tags: int = 150_000
    html_max_depth: int = 400
    text_max_chars: int = 3_000_000  # ~2,000 pages of a bulletin; a rectification document is far shorter
    max_paragraphs: int = 200_000

    def to_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


DEFAULT = Budget()
_current = DEFAULT


def configure(budget: Budget) -> None:
    """Set the budget this process reads files under (the parse child does, from the parent's settings)."""
    global _current
    _current = budget


def current() -> Budget:
    return _current


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f}MB"


# --- zip containers (.docx .xlsx .ofd) ------------------------------------------------------------------

_NESTED_SUFFIXES = (".zip", ".jar", ".docx", ".xlsx", ".pptx", ".docm", ".xlsm", ".odt", ".ods", ".ofd", ".7z",
                    ".rar", ".gz", ".tgz", ".bz2", ".xz", ".cab")
# Members a browser (or Office) would run or render: refused in evidence, where the file is handed out again.
ACTIVE_MEMBER = re.compile(r"\.(?:html?|xhtml|shtml|mht|mhtml|svg|svgz|js|mjs|vbs|hta|wsf|swf|xsl|xslt)$"
                           r"|(?:^|/)vbaProject\.bin$", re.I)
_ACTIVE_MARKERS = (b"<html", b"<script", b"<!doctype html", b"<svg", b"<body", b"<iframe", b"<object", b"<embed",
                   b"javascript:")


@dataclass
class ZipSummary:
    names: set[str]
    total: int
    entries: int
    active_members: list[str]


def check_zip(source: str | IO[bytes], budget: Budget = DEFAULT, *, _depth: int = 0) -> ZipSummary:
    """Refuse zip bombs by the archive's directory alone: entry count, total unpacked size, ratios.

    An archive inside the archive (an Excel sheet embedded in a Word file is normal) is opened and
    checked the same way, its sizes counted in the total; an archive inside that one is refused.
    """
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise Refused("文件已损坏（压缩包结构无法读取）", "corrupt") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > budget.zip_max_entries:
            raise Refused(f"压缩包内文件过多（{len(infos)}个，上限{budget.zip_max_entries}个），已拒绝", "zip_entries")
        total = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos) or 1
        if total > budget.zip_max_uncompressed:
            raise Refused(f"文件解压后过大（{_mb(total)}，上限{_mb(budget.zip_max_uncompressed)}），疑似压缩炸弹，已拒绝",
                          "zip_bomb")
        if total / packed > budget.zip_max_ratio and total > 1024 * 1024:
            raise Refused(f"文件压缩比异常（{total / packed:.0f}倍），疑似压缩炸弹，已拒绝", "zip_bomb")
        active: list[str] = []
        for info in infos:
            if info.file_size > 1024 * 1024 and info.file_size / max(info.compress_size, 1) > budget.zip_member_max_ratio:
                raise Refused("文件中有一个部件压缩比异常，疑似压缩炸弹，已拒绝", "zip_bomb")
            name = info.filename
            if ACTIVE_MEMBER.search(name):
                active.append(name)
            if info.is_dir() or info.file_size < 4:
                continue
            nested_by_name = name.lower().endswith(_NESTED_SUFFIXES)
            try:
                with archive.open(info) as member:
                    head = member.read(1024)
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError, ValueError):
                raise Refused("文件已损坏或已加密（压缩包中的部件无法读取）", "corrupt") from None
            if not name.lower().endswith((".xml", ".rels", ".vml")) and any(
                    m in head.lower() for m in _ACTIVE_MARKERS) and name not in active:
                active.append(name)
            if head.startswith(b"PK\x03\x04") or nested_by_name and head.startswith(b"PK"):
                if _depth >= 1:
                    raise Refused("文件中嵌套了多层压缩包，已拒绝", "zip_nested")
                data = archive.read(info)  # bounded: its size was counted in the total above
                inner = check_zip(io.BytesIO(data), budget, _depth=_depth + 1)
                total += inner.total
                if total > budget.zip_max_uncompressed:
                    raise Refused("文件（连同其中嵌入的文件）解压后过大，疑似压缩炸弹，已拒绝", "zip_bomb")
                active.extend(f"{name}!{n}" for n in inner.active_members)
        return ZipSummary(names={i.filename for i in infos}, total=total, entries=len(infos), active_members=active)


# --- .xlsx ----------------------------------------------------------------------------------------------------

_REF = re.compile(r"^\$?([A-Z]{1,3})\$?(\d{1,7})$")


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


_COLUMNS: dict[str, int | None] = {}
_DIGITS = "0123456789"


def column_of(ref: str) -> int | None:
    """'C12' → 3, quickly (a sheet has millions of cell references, and few distinct columns)."""
    letters = ref.rstrip(_DIGITS)
    found = _COLUMNS.get(letters, 0)
    if found == 0:
        parsed = parse_ref(letters + "1") if len(letters) < 8 else None
        found = parsed[1] if parsed else None
        if len(_COLUMNS) < 20_000:
            _COLUMNS[letters] = found
    return found


def parse_ref(ref: str) -> tuple[int, int] | None:
    """'C12' → (12, 3); None when it is not a cell reference."""
    m = _REF.match(ref.strip().upper())
    if not m:
        return None
    return int(m.group(2)), _col_number(m.group(1))


def parse_range(ref: str) -> tuple[int, int, int, int] | None:
    """'A1:C12' → (min_row, min_col, max_row, max_col)."""
    first, _, last = ref.partition(":")
    a = parse_ref(first)
    b = parse_ref(last) if last else a
    if a is None or b is None:
        return None
    return min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])


@dataclass
class SheetShape:
    """What one worksheet declares, found without parsing it: its dimension and its merged ranges.

    Rows and cells are counted by the reader as it reads (``ledger_reader.xlsx_sheet_rows``), under the same
    budget: a sparse sheet is refused there after the first few hundred padded rows."""

    part: str
    merges: list[tuple[int, int, int, int]] | None = None
    merged_cells: int = 0
    dimension: int = 0


def _worksheet_parts(archive: zipfile.ZipFile) -> list[str]:
    return sorted((n for n in archive.namelist() if re.fullmatch(r"xl/worksheets/[^/]+\.xml", n)),
                  key=lambda n: (len(n), n))


# A worksheet's <dimension ref=…> and <mergeCell ref=…> elements, found in its bytes (any namespace prefix).
# A real element these miss (an entity in the attribute, say) is only not filled by the reader, which never
# spends more than the cell budget; a look-alike in a comment or CDATA is only counted against the budget.
_DIMENSION = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?dimension\s[^>]*?\bref\s*=\s*[\"']([^\"'<>]{0,40})[\"']")
_MERGE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref\s*=\s*[\"']([^\"'<>]{0,40})[\"']")
_SCAN_CHUNK = 1 << 20


def check_xlsx(source: str | IO[bytes], budget: Budget = DEFAULT) -> dict[str, SheetShape]:
    """Refuse a workbook whose archive is a bomb, or a sheet that declares a range or merges more cells
    than the budget. Returns each sheet's shape (with its merged ranges, which the reader fills).

    The sheets are scanned as bytes, not parsed (decompressing a 200,000-row sheet costs a tenth of a
    second; parsing it, five seconds): the reader parses each sheet once, and counts its rows and padded
    cells against the budget as it goes (``ledger_reader.xlsx_sheet_rows``).
    """
    check_zip(source, budget)
    if hasattr(source, "seek"):
        source.seek(0)
    shapes: dict[str, SheetShape] = {}
    with zipfile.ZipFile(source) as archive:
        for part in _worksheet_parts(archive):
            shape = SheetShape(part=part, merges=[])
            try:
                with archive.open(part) as fh:
                    _scan_sheet(fh, shape, budget)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
                raise Refused("Excel文件已损坏（工作表内容无法读取）", "corrupt") from None
            shapes[part] = shape
    return shapes


def _scan_sheet(fh: IO[bytes], shape: SheetShape, budget: Budget) -> None:
    carry = b""
    seen_dimension = False
    while True:
        chunk = fh.read(_SCAN_CHUNK)
        if not chunk:
            break
        buf = carry + chunk
        cut = buf.rfind(b">") + 1  # a whole element ends at or before the last '>'; the rest waits for more
        done, carry = buf[:cut], buf[cut:]
        if len(carry) > 65536:
            carry = carry[-4096:]  # no element this scan looks for is that long
        if not seen_dimension and b"dimension" in done:
            m = _DIMENSION.search(done)
            if m:
                seen_dimension = True
                rng = parse_range(m.group(1).decode("ascii", "replace"))
                if rng is not None:
                    shape.dimension = (rng[2] - rng[0] + 1) * (rng[3] - rng[1] + 1)
                    if shape.dimension > budget.xlsx_max_dimension:
                        raise Refused(f"表格声明的范围过大（{shape.dimension}个单元格，上限"
                                      f"{budget.xlsx_max_dimension}个），疑似异常文件，已拒绝", "xlsx_dimension")
        if b"mergeCell" not in done:
            continue
        for m in _MERGE.finditer(done):
            rng = parse_range(m.group(1).decode("ascii", "replace"))
            if rng is None:
                continue
            shape.merged_cells += (rng[2] - rng[0] + 1) * (rng[3] - rng[1] + 1)
            shape.merges.append(rng)
            if shape.merged_cells > budget.xlsx_max_merged_cells:
                raise Refused(f"表格中合并单元格的范围过大（超过{budget.xlsx_max_merged_cells}个单元格），"
                              "疑似异常文件，已拒绝", "xlsx_merge")


def refuse_cells(budget: Budget) -> Refused:
    return Refused(f"表格中的单元格过多或分布过散（超过{budget.xlsx_max_cells}个），疑似异常文件，已拒绝", "xlsx_cells")


def refuse_rows(budget: Budget) -> Refused:
    return Refused(f"表格行数过多（超过{budget.max_rows}行），请拆分后再导入", "too_many_rows")


# --- HTML ---------------------------------------------------------------------------------------------------

_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9:-]{0,30})(?:\s[^<>]*)?(/?)>")
# Never hold content, or are closed implicitly by the next one of their kind in every HTML parser:
# they do not nest, so they do not count for depth.
_FLAT = {b"br", b"img", b"hr", b"meta", b"link", b"input", b"col", b"area", b"base", b"wbr", b"source", b"embed",
         b"param", b"track", b"keygen", b"p", b"li", b"td", b"th", b"tr", b"dt", b"dd", b"option", b"html", b"head",
         b"body", b"tbody", b"thead", b"tfoot", b"colgroup"}


def check_html(data: bytes, budget: Budget = DEFAULT) -> None:
    """Count tags and open-tag depth in one pass of a tokeniser, before a tree is built."""
    tags = depth = 0
    for m in _TAG.finditer(data):
        name = m.group(2).lower()
        tags += 1
        if tags > budget.html_max_tags:
            raise Refused(f"网页中的元素过多（超过{budget.html_max_tags}个），无法导入。请复制正文到Word中另存为.docx后再导入",
                          "html_tags")
        if name in _FLAT or m.group(3):
            continue
        if m.group(1):
            depth = max(depth - 1, 0)
        else:
            depth += 1
            if depth > budget.html_max_depth:
                raise Refused(f"网页的嵌套层次过深（超过{budget.html_max_depth}层），疑似异常文件，无法导入", "html_depth")


# --- CSV and text -------------------------------------------------------------------------------------------

def csv_rows(text: str, dialect, budget: Budget = DEFAULT) -> Iterator[list[str]]:
    """Rows of a CSV text, one at a time, refusing a field or a row count beyond the budget."""
    import csv

    previous = csv.field_size_limit()
    csv.field_size_limit(budget.csv_max_field)
    try:
        reader = csv.reader(_lines(text), dialect)
        del text  # the lines hold it, and let go of it when they are read
        n = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if "field larger than field limit" in str(exc):
                    raise Refused(f"第{reader.line_num}行有一个字段超过{budget.csv_max_field}个字符"
                                  "（Excel单元格的上限），文件可能已损坏，无法导入", "csv_field") from None
                raise Refused(f"CSV文件第{reader.line_num}行格式有误：{exc}", "corrupt") from None
            n += 1
            if n > budget.max_rows:
                raise refuse_rows(budget)
            yield row
    finally:
        csv.field_size_limit(previous)


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their endings, one at a time (io.StringIO would copy the whole text,
    at four bytes a character)."""
    start, end = 0, len(text)
    while start < end:
        stop = text.find("\n", start)
        stop = end if stop < 0 else stop + 1
        yield text[start:stop]
        start = stop


def check_text_length(chars: int, budget: Budget = DEFAULT) -> None:
    """Refuse a text of more than ``budget.text_max_chars`` characters (about 1,500 a page)."""
    if chars > budget.text_max_chars:
        raise Refused(f"文件内容过长（约{chars // 10000}万字、{chars // 1500}页），超出一次导入的上限"
                      f"（{budget.text_max_chars // 10000}万字），请按巡察或部分拆分后再导入", "text_too_long")


def check_paragraphs(paragraphs: Iterable[str], budget: Budget = DEFAULT) -> None:
    count = chars = 0
    for p in paragraphs:
        count += 1
        chars += len(p)
    if count > budget.max_paragraphs:
        raise Refused(f"文件段落过多（{count}段，上限{budget.max_paragraphs}段），请拆分后再导入", "too_many_paragraphs")
    check_text_length(chars, budget)


# --- names -------------------------------------------------------------------------------------------------------

DISPLAY_NAME_MAX = 120


def clean_display_name(name: str, *, max_length: int = DISPLAY_NAME_MAX) -> str:
    """A file name fit to show and to offer on download: the last path part only, without control,
    format (bidi overrides such as U+202E, zero-width) or separator characters, cut to a length."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(" " if ch in "\t\r\n" or unicodedata.category(ch) in ("Zl", "Zp") else ch for ch in name
                   if ch in "\t\r\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs", "Cn"))
    name = re.sub(r'[<>:"|?*]', "_", name)
    name = re.sub(r"\s+", " ", name).strip(" .")
    if len(name) > max_length:
        stem, dot, ext = name.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            name = stem[: max_length - len(ext) - 1].rstrip() + "." + ext
        else:
            name = name[:max_length]
    return name or "文件"


def name_with_extension(display_name: str, ext: str) -> str:
    """``display_name`` with its extension replaced by the detected type's: "evil.html" (a PDF) → "evil.pdf"."""
    clean = clean_display_name(display_name)
    stem = PurePosixPath(clean).stem if "." in clean else clean
    stem = stem or "文件"
    return f"{stem}.{ext}"
