"""File → text paragraphs (or, for spreadsheets and ledger tables, a ledger result).

The type is read from the content (magic bytes) with the file name as a hint.
Every failure is an ``ExtractError`` carrying a message in Chinese.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .result import Anomaly, ParseResult

MAX_BYTES = 50 * 1024 * 1024


class ExtractError(Exception):
    """A file that cannot be read; ``message_zh`` says why, for the user."""

    def __init__(self, message_zh: str, code: str = "extract_failed") -> None:
        super().__init__(message_zh)
        self.message_zh = message_zh
        self.code = code


@dataclass
class Extracted:
    name: str
    paragraphs: list[str] = field(default_factory=list)
    ledger: ParseResult | None = None
    anomalies: list[Anomaly] = field(default_factory=list)


def extract_file(path: Path) -> Extracted:
    try:
        if path.is_dir():
            raise ExtractError(f"“{path.name}”是文件夹，不是文件", "not_a_file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ExtractError("文件超过50MB，无法导入", "too_large")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ExtractError(f"找不到文件“{path}”", "not_found") from None
    except PermissionError:
        raise ExtractError(f"没有权限读取文件“{path}”", "no_permission") from None
    except OSError as exc:
        raise ExtractError(f"读取文件“{path}”失败：{exc.strerror or exc}", "io_error") from None
    return extract_bytes(data, path.name)


def sniff(data: bytes, filename: str) -> str:
    """'pdf', 'docx', 'xlsx', 'html', 'csv' or 'txt'."""
    ext = Path(filename).suffix.lower().lstrip(".")
    head = data[:8]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            raise ExtractError("文件已损坏（压缩包结构无法读取）", "corrupt") from None
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        raise ExtractError("这是一个压缩包，不是Word或Excel文件，无法导入", "unsupported")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ExtractError("这是旧版Office格式（.doc/.xls），请在Office或WPS中另存为.docx或.xlsx后再导入", "old_office")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM")) or data[:4] in (b"II*\x00", b"MM\x00*"):
        raise ExtractError("这是图片文件，没有可读取的文字，请先进行文字识别（OCR）", "image")
    if head.startswith(b"{\\rtf"):
        raise ExtractError("暂不支持RTF格式，请另存为.docx后再导入", "unsupported")
    sample = data[:4096]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")) and not _looks_utf16(sample):
        raise ExtractError(f"无法识别的文件类型（{filename}），支持.txt .docx .pdf .html .xlsx .csv", "unsupported")
    if ext in ("csv",):
        return "csv"
    text_head = _decode(sample, strict=False)[:2000].lower().lstrip("\ufeff \r\n\t")
    if ext in ("html", "htm", "xhtml", "shtml") or text_head.startswith(("<!doctype html", "<html", "<?xml")) or re.search(r"<(?:html|body|div|p)[\s>]", text_head[:600]):
        return "html"
    if ext in ("xlsx", "docx", "pdf", "xls", "doc"):
        raise ExtractError(f"文件扩展名是.{ext}，但内容不是该格式，文件可能已损坏或被改名", "mismatch")
    return "txt"


def extract_bytes(data: bytes, filename: str) -> Extracted:
    if len(data) > MAX_BYTES:
        raise ExtractError("文件超过50MB，无法导入", "too_large")
    if not data.strip():
        raise ExtractError("文件是空的", "empty")
    kind = sniff(data, filename)
    out = Extracted(name=filename)
    try:
        if kind == "txt":
            out.paragraphs = decode_text(data).splitlines()
        elif kind == "html":
            out.paragraphs, tables = html_paragraphs(data)
            _ledger_from_tables(out, tables)
        elif kind == "docx":
            out.paragraphs, tables = docx_paragraphs(data)
            _ledger_from_tables(out, tables)
        elif kind == "pdf":
            out.paragraphs = pdf_paragraphs(data)
        elif kind in ("xlsx", "csv"):
            from .ledger_reader import read_ledger_bytes

            out.ledger = read_ledger_bytes(data, filename, kind)
    except ExtractError:
        raise
    except Exception as exc:  # a broken file must end in a message, not a traceback
        raise ExtractError(f"读取{kind.upper()}文件失败，文件可能已损坏：{type(exc).__name__}", "corrupt") from exc
    if out.ledger is None and not any(p.strip() for p in out.paragraphs):
        raise ExtractError("文件中没有可读取的文字", "empty")
    return out


def _ledger_from_tables(out: Extracted, tables: list[list[list[str]]]) -> None:
    from .ledger_reader import rows_to_result

    for rows in tables:
        result = rows_to_result(rows, title_hint=None)
        if result is not None and result.problems:
            out.ledger = _merge_ledger(out.ledger, result)
    if out.ledger is not None:
        from .parse import parse_paragraphs

        text_result = parse_paragraphs(out.paragraphs)
        ledger = out.ledger
        ledger.title = ledger.title or text_result.title
        ledger.issuer = ledger.issuer or text_result.issuer
        ledger.report_date = ledger.report_date or text_result.report_date
        ledger.inspection = text_result.inspection
        ledger.headline = text_result.headline
        ledger.preamble = text_result.preamble
        ledger.closing = text_result.closing
        ledger.kind = "plan" if text_result.kind == "plan" or (ledger.title and "方案" in ledger.title) else "ledger"


def _merge_ledger(a: ParseResult | None, b: ParseResult) -> ParseResult:
    if a is None:
        return b
    a.problems.extend(b.problems)
    a.anomalies.extend(b.anomalies)
    return a


# --- text encodings ------------------------------------------------------------------
def _looks_utf16(sample: bytes) -> bool:
    """UTF-16 without a BOM: decodes to mostly ASCII text and Chinese."""
    sample = sample[: len(sample) - len(sample) % 2]
    if not sample:
        return False
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        good = sum(1 for ch in text if ch in "\r\n\t" or " " <= ch <= "~" or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or "\u2000" <= ch <= "\u206f")
        if good >= 0.9 * len(text):
            return True
    return False


def _decode(data: bytes, strict: bool = True) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict" if strict else "replace")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32", errors="strict" if strict else "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="strict" if strict else "replace")
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    if not strict:
        return data.decode("utf-8", errors="replace")
    raise UnicodeDecodeError("unknown", data[:1], 0, 1, "no encoding")


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with BOM, GB18030/GBK; charset-normalizer as a fallback."""
    try:
        text = _decode(data)
    except UnicodeDecodeError:
        text = None
    if text is None and _looks_utf16(data[:4096]):
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
        except Exception:
            best = None
        if best is None:
            raise ExtractError("无法识别文本文件的编码，请另存为UTF-8编码后再导入", "encoding")
        text = str(best)
    return text.lstrip("\ufeff")


# --- HTML ---------------------------------------------------------------------------------
_CHROME_HINT = re.compile(r"nav|menu|footer|header|share|breadcrumb|crumb|sidebar|side-bar|toolbar|bdshare|print|copyright|topbar|banner|search|login|related|comment", re.I)
_BLOCK = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "blockquote", "pre", "table", "ul", "ol", "dd", "dt"]


def html_paragraphs(data: bytes) -> tuple[list[str], list[list[list[str]]]]:
    from bs4 import BeautifulSoup

    try:
        soup = BeautifulSoup(data, "html.parser")
    except Exception:
        soup = BeautifulSoup(decode_text(data), "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select", "input", "template"]):
        tag.decompose()
    for tag in list(soup.find_all(True)):
        if tag.decomposed if hasattr(tag, "decomposed") else False:
            continue
        attrs = getattr(tag, "attrs", None) or {}
        hint = " ".join([" ".join(attrs.get("class", []) or []), str(attrs.get("id", "")), str(attrs.get("role", ""))])
        if hint.strip() and _CHROME_HINT.search(hint) and tag.name not in ("html", "body"):
            # keep containers that hold the article itself
            text = tag.get_text("", strip=True)
            if len(text) < 400:
                tag.decompose()
    tables: list[list[list[str]]] = []
    for table in soup.find_all("table"):
        rows = []
        for tr in table.find_all("tr"):
            rows.append([c.get_text(" ", strip=True) for c in tr.find_all(["td", "th"])])
        if rows:
            tables.append(rows)
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for cell in soup.find_all(["td", "th"]):
        cell.insert_after("\t")
    for tag in soup.find_all(_BLOCK):
        tag.insert_before("\n")
        tag.insert_after("\n")
    root = soup.body or soup
    text = root.get_text("")
    return [line.strip() for line in text.splitlines() if line.strip()], tables


# --- Word ------------------------------------------------------------------------------------
def docx_paragraphs(data: bytes) -> tuple[list[str], list[list[list[str]]]]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    paragraphs: list[str] = []
    tables: list[list[list[str]]] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, document).text
            for line in text.split("\n"):
                paragraphs.append(line)
        elif tag == "tbl":
            table = Table(child, document)
            rows: list[list[str]] = []
            for row in table.rows:
                cells: list[str] = []
                last = None
                for cell in row.cells:
                    # a merged cell is returned once per grid column it spans
                    if last is not None and cell._tc is last:
                        continue
                    last = cell._tc
                    cells.append(cell.text.strip())
                rows.append(cells)
            tables.append(rows)
            for cells in rows:
                line = _row_line(cells)
                if line:
                    paragraphs.append(line)
    return paragraphs, tables


def _row_line(cells: list[str]) -> str:
    parts: list[str] = []
    for c in cells:
        c = c.replace("\n", "")
        if c and (not parts or parts[-1] != c):
            parts.append(c)
    out = ""
    for p in parts:
        if out and out[-1] not in "。；;：:，,":
            out += "；"
        out += p
    return out


# --- PDF --------------------------------------------------------------------------------------
_PAGE_NO = re.compile(r"^[-—–－\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*/\s*\d{1,4})?[-—–－\s]*(?:页)?$")


def pdf_paragraphs(data: bytes) -> list[str]:
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception:
        raise ExtractError("PDF文件已损坏或已加密，无法读取", "corrupt") from None
    lines: list[str] = []
    with pdf:
        for page in pdf.pages:
            text = page.extract_text() or ""
            for line in text.splitlines():
                if _PAGE_NO.match(line.strip()):
                    continue
                lines.append(line)
    if not any(line.strip() for line in lines):
        raise ExtractError("该PDF没有文字层（可能是扫描件），请先进行文字识别（OCR）", "no_text_layer")
    return lines
