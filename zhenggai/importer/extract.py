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

from . import guards
from .guards import Budget, Refused
from .result import Anomaly, ParseResult

MAX_BYTES = 50 * 1024 * 1024
MAX_PDF_PAGES = 2000


class ExtractError(Refused):
    """A file that cannot be read; ``message_zh`` says why, for the user."""

    def __init__(self, message_zh: str, code: str = "extract_failed") -> None:
        super().__init__(message_zh, code)


@dataclass
class Extracted:
    name: str
    paragraphs: list[str] = field(default_factory=list)
    ledger: ParseResult | None = None
    anomalies: list[Anomaly] = field(default_factory=list)


def extract_file(path: Path, budget: Budget | None = None) -> Extracted:
    return extract_bytes(read_file(path), path.name, budget)


def read_file(path: Path) -> bytes:
    """The bytes of a file to import, or an ``ExtractError`` saying why they cannot be read."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ExtractError(f"“{path.name}”是文件夹，不是文件", "not_a_file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ExtractError("文件超过50MB，无法导入", "too_large")
        return path.read_bytes()
    except FileNotFoundError:
        raise ExtractError(f"找不到文件“{path}”", "not_found") from None
    except PermissionError:
        raise ExtractError(f"没有权限读取文件“{path}”", "no_permission") from None
    except OSError as exc:
        raise ExtractError(f"读取文件“{path}”失败：{exc.strerror or exc}", "io_error") from None


def detect_type(path: Path, filename: str) -> str:
    """The type of a stored file from its first bytes (and, for a zip, its directory): 'pdf', 'docx',
    'xlsx', 'html', 'csv', 'txt', or 'doc'/'wps' for old Word files; ``ExtractError`` otherwise."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise ExtractError("文件已损坏（压缩包结构无法读取）", "corrupt") from None
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "OFD.xml" in names:
            raise ExtractError("OFD版式文件只能作为佐证材料上传，不能导入。请导入该文件的Word（.docx）或PDF版本", "ofd")
        raise ExtractError("这是一个压缩包，不是Word或Excel文件，无法导入", "unsupported")
    if not head.strip():
        with open(path, "rb") as fh:
            if not fh.read().strip():
                raise ExtractError("文件是空的", "empty")
    kind = sniff(head, filename)
    if kind == "old_word":
        return Path(filename).suffix.lower().lstrip(".")
    return kind


def sniff(data: bytes, filename: str) -> str:
    """'pdf', 'docx', 'xlsx', 'html', 'csv' or 'txt'."""
    ext = Path(filename).suffix.lower().lstrip(".")
    head = data[:8]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise ExtractError("文件已损坏（压缩包结构无法读取）", "corrupt") from None
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "OFD.xml" in names:
            raise ExtractError("OFD版式文件只能作为佐证材料上传，不能导入。请导入该文件的Word（.docx）或PDF版本", "ofd")
        raise ExtractError("这是一个压缩包，不是Word或Excel文件，无法导入", "unsupported")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if ext in ("doc", "wps"):
            return "old_word"
        raise ExtractError("这是旧版Office格式（.doc/.xls/.wps），请在Office或WPS中另存为.docx或.xlsx后再导入", "old_office")
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


def extract_bytes(data: bytes, filename: str, budget: Budget | None = None, *, lazy_ledger: bool = False) -> Extracted:
    """Text paragraphs (or a ledger) of a file, after the format's guard has passed (see ``guards``).

    ``lazy_ledger``: a .xlsx/.csv ledger's problems are made as they are streamed (``LedgerResult``).

    ``budget`` defaults to the process's (``guards.configure``: the parse child sets it from settings).
    """
    budget = budget or guards.current()
    if len(data) > MAX_BYTES:
        raise ExtractError("文件超过50MB，无法导入", "too_large")
    if not data.strip():
        raise ExtractError("文件是空的", "empty")
    kind = sniff(data, filename)
    if kind == "old_word":
        raise ExtractError("这是旧版Word/WPS格式（.doc/.wps），服务器上没有可用的转换程序。请在Office或WPS中"
                           "另存为.docx后再导入", "old_office")
    out = Extracted(name=filename)
    try:
        if kind == "txt":
            # Stop before decoding what cannot fit: no encoding spends more than 4 bytes on a character.
            guards.check_text_length(len(data) // 4, budget)
            text = decode_text(data)
            guards.check_text_length(len(text), budget)
            out.paragraphs = text.splitlines()
            del text
            _ledger_from_tables(out, text_tables(out.paragraphs))
        elif kind == "html":
            guards.check_html(data, budget)
            out.paragraphs, tables = html_paragraphs(data)
            _ledger_from_tables(out, tables)
        elif kind == "docx":
            guards.check_zip(io.BytesIO(data), budget)
            out.paragraphs, tables = docx_paragraphs(data)
            _ledger_from_tables(out, tables)
        elif kind == "pdf":
            tables: list[list[list[str]]] = []
            out.paragraphs = pdf_paragraphs(data, tables)
            _ledger_from_tables(out, tables)
        elif kind in ("xlsx", "csv"):
            from .ledger_reader import ReportOnly, read_ledger_bytes

            try:
                out.ledger = read_ledger_bytes(data, filename, kind, budget, lazy=lazy_ledger)
            except ReportOnly as report:
                out.paragraphs = report.lines  # (a report sheet and no ledger: read as a text document)
        if kind in ("html", "docx", "pdf") and out.ledger is None and out.paragraphs:
            # a table typed as lines (cells apart by tabs, one cell a line, cells closed by " |") reads the same in
            # a .docx, .pdf or web page as in a .txt: where the file's own tables hold no ledger, its lines are read
            # as a .txt's are (a ruled table's rows come out as lines too, so this is only looked at without one)
            _ledger_from_tables(out, text_tables(out.paragraphs))
        guards.check_paragraphs(out.paragraphs, budget)
    except ExtractError:
        raise
    except Refused as exc:
        raise ExtractError(exc.message_zh, exc.code) from None
    except MemoryError:
        raise  # the sandbox turns this into its own message
    except RecursionError:
        raise ExtractError("文件结构嵌套过深，无法读取", "too_deep") from None
    except Exception as exc:  # a broken file must end in a message, not a traceback
        raise ExtractError(f"读取{kind.upper()}文件失败，文件可能已损坏：{type(exc).__name__}", "corrupt") from exc
    if out.ledger is None and not any(p.strip() for p in out.paragraphs):
        raise ExtractError("文件中没有可读取的文字", "empty")
    return out


def _ledger_from_tables(out: Extracted, tables: list[list[list[str]]]) -> None:
    from .ledger_reader import rows_to_result, status_sheet

    states: dict[int, str] = {}
    for rows in tables:
        result = rows_to_result(rows, title_hint=None)
        if result is not None and result.problems and not _work_rows_only(result):
            _caption_status(result, _caption_of(out.paragraphs, rows))
            out.ledger = _merge_ledger(out.ledger, result)
        elif result is None and out.ledger is not None:
            # bw23: a later table giving each problem's state by its number ("问题编号 | 整改状态"): joined by the number
            states = status_sheet(rows) or states
    if out.ledger is not None and states:
        for p in out.ledger.problems:
            if p.status is None and p.seq is not None:
                p.status = states.get(p.seq)
    if out.ledger is not None:
        from .parse import parse_paragraphs

        text_result = parse_paragraphs(out.paragraphs)
        ledger = out.ledger
        ledger.title = ledger.title or text_result.title
        ledger.issuer = ledger.issuer or text_result.issuer
        ledger.report_date = ledger.report_date or text_result.report_date
        if ledger.title is None:
            # task25: a table's own heading printed under its rows, "…整治进展情况统计表(2018年7月20日)" (a page that
            # gives no title line above the table): the document's title, the day in its brackets its date (R174)
            below = _caption_below(out.paragraphs)
            if below:
                from .parse import facts

                ledger.report_date = ledger.report_date or facts.title_date(below)
                ledger.title = facts.RE_TITLE_QUALIFIER.sub("", below).strip() or below
        ledger.inspection = text_result.inspection
        ins = ledger.inspection
        if ins.start is None and ins.end is None and ins.feedback_date is None:
            # the problems are in the table, so the text's own sections are not problems: the inspection's days may be
            # told in any of them ("一、…工作部署推进情况 / 2023年8月25日，县审计局向县人民政府提交了…审计工作报告"), not
            # only in the lead before the first — they are read from all the prose outside the table
            _text_inspection(ins, out.paragraphs, tables, text_result)
        ledger.headline = text_result.headline
        if all(v is None for v in vars(ledger.headline).values()):
            # the problems are in the table, so the text reading took the plan's own sections for problems and read
            # no figures from them ("二、整改目标 / 针对巡察反馈的3个方面8个问题…"): read the text outside the table
            ledger.headline = _text_figures(out.paragraphs, tables)
        elif any(v is None for v in (ledger.headline.measures_total, ledger.headline.problems_done, ledger.headline.rules_made)):
            # fs19: the text reading read some figures from the lead but took the plan's later sections for problems
            # ("四、整改任务 / 针对巡察反馈的3个方面11个具体问题，制定整改措施28条…"): the prose outside the table completes
            # them, when it reads the same count of problems (the same figures, read over more of the text)
            outside = _text_figures(out.paragraphs, tables)
            if outside.problems_total is not None and outside.problems_total == ledger.headline.problems_total:
                for key, value in vars(outside).items():
                    if getattr(ledger.headline, key) is None and value is not None:
                        setattr(ledger.headline, key, value)
        ledger.preamble = text_result.preamble
        ledger.closing = text_result.closing
        # (task25: or a page with no title line, its lead the notice: "整改情况经各牵头单位组织检查验收，以下问题已经完成
        # 整改，现予以公示。" over the table — baoji)
        if ledger.problems and all(p.status is None for p in ledger.problems) and ("公示" in (ledger.title or "") or not ledger.title) \
                and "方案" not in (ledger.title or "") and _checked_and_published(out.paragraphs, tables):
            # ks20: a 公示 whose lead says its rows were checked and are published for objections ("经过街道自评、区审核和
            # 市初步检查，…将第四批…名单予以公示"): the rectification of each row is done, put up for sign-off (R94)
            for p in ledger.problems:
                p.status = "done"
        ledger.kind = "plan" if text_result.kind == "plan" or (ledger.title and "方案" in ledger.title) else "ledger"


RE_TABLE_CAPTION = re.compile(r"^[^|。，,；;:：]{4,50}(?:表|清单|台账)\s*(?:[(（][^()（）]{4,20}[)）])?$")


def _caption_below(paragraphs: list[str]) -> str | None:
    """The line right after a text table's last row ("…|" lines), when it names a table ("…统计表", "…问题清单(2019年3月)")."""
    last = max((k for k, t in enumerate(paragraphs) if isinstance(t, str) and t.rstrip().endswith("|")), default=None)
    if last is None:
        return None
    # (robust25: the caption broken by a narrow copy, "…统计表(2018年7月20" / "日)": its lines joined, up to three)
    near = [t.strip() for t in paragraphs[last + 1:last + 5] if isinstance(t, str) and t.strip()]
    for n in range(1, min(3, len(near)) + 1):
        t = "".join(near[:n])
        if len(t) > 60:
            break
        if RE_TABLE_CAPTION.match(t):
            return t
    return None


# a notice's lead saying what it lists was checked and is now published: "经过…审核和市初步检查，…予以公示", "经验收合格，现予
# 公示" (not "经研究，现将整改方案予以公示": no check; nor a goal, "检查后将予以公示")
RE_CHECKED_PUBLISHED = re.compile(r"经(?:过)?[^。；;]{0,40}?(?:检查|审核|验收|核查|考核|评估)(?:合格|通过)?[^。；;]{0,40}?"
                                  r"(?<!将)(?:予以|现予|进行)公示")


def _checked_and_published(paragraphs: list[str], tables: list[list[list[str]]]) -> bool:
    """Whether a paragraph of the notice before its table says the rows were checked and are published."""
    from .parse.normalize import to_simplified

    in_table = {c for t in tables for r in t for c in r}
    # (robust25: the lead's lines as printed, not as copied — a paragraph broken over lines by a PDF viewer's width
    # ("…组织检查验收,以下问" / "题已经完成整改,现予以公示。") joined up to its sentence's end; blank lines and a line's
    # indent or trailing spaces (an indented copy: "首页 > … |  " is no table row) not counted)
    lines = [t.strip() for t in paragraphs[:60] if isinstance(t, str) and t.strip()][:24]
    # (task25: a traditional copy's lead read as the simplified one, "以下問題已經完成整改，現予以公示": the table's cells
    # are simplified already)
    said = ""
    for text in to_simplified(lines)[0] + [""]:
        if not text or text in in_table or " | " in text:
            break
        said += text
        if said[-1] in "。！？；;!?":
            if "公示" in said and RE_CHECKED_PUBLISHED.search(said):
                return True
            said = ""
    return bool(said) and "公示" in said and RE_CHECKED_PUBLISHED.search(said) is not None


# bw24: a table's caption naming the problems it lists by where they stand ("附件1 / 已完成整改的问题清单", "正在整改的问题
# 清单", "需长期坚持的问题"): the status of each of its rows that states none of its own (a status section, R79/R93), as
# a text attachment's title gives it (structure: the attachment's status). Not a caption naming a mix ("正在整改和需长期
# 坚持的问题清单": section_status reads none), nor a table of the work's results ("整改完成情况表": no problems named).
RE_PROBLEM_LIST_CAPTION = re.compile(r"(?:问题|事项|任务)(?:清单|台账|明细表?|一览表|汇总表|表)?(?:[（(]\s*(?:共)?\d+\s*[个项条][)）])?$")


def _caption_of(paragraphs: list[str], rows: list[list[str]]) -> str | None:
    """The paragraph right above a table's first row among the document's lines (rows are written there as _row_line
    makes them), skipping an attachment's bare label ("附件1"); None where the row is not found."""
    first = next((r for r in rows if any(c.strip() for c in r)), None)
    if first is None:
        return None
    line = _row_line(first)
    if not line:
        return None
    for k, text in enumerate(paragraphs):
        if text == line:
            for j in range(k - 1, max(-1, k - 4), -1):
                above = paragraphs[j].strip()
                if not above or re.fullmatch(r"附\s*件\s*\d{0,2}\s*[:：]?", above):
                    continue
                return above
            return None
    return None


def _caption_status(result: ParseResult, caption: str | None) -> None:
    if not caption or len(caption) > 40 or not RE_PROBLEM_LIST_CAPTION.search(caption):
        return
    from .parse.titles import section_status

    status = section_status(re.sub(r"^附\s*件\s*\d{0,2}\s*[:：]?\s*", "", caption))
    if status is None:
        return
    for p in result.problems:
        if p.status is None:
            p.status = status


def _work_rows_only(result: ParseResult) -> bool:
    """ws20: a document's table with no problem column and no group rows, whose rows are work to do with its units and
    days ("序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限", a report's 责任分工表 attachment: 成立领导小组, 制定方案…):
    no row names a problem, so the table is no list of problems (the document's text is read instead)."""
    return all(not p.title and not p.category for p in result.problems)


def text_tables(lines: list[str]) -> list[list[list[str]]]:
    """The tables typed into lines of text: tab-separated rows, one cell a line under a 序号 header, cells closed by
    " |", rows with "|" between cells. A traditional copy's table reads as the simplified one does: its headings
    (序號, 問題描述) are the ledger's."""
    from .parse.normalize import to_simplified

    simple = to_simplified(lines)[0]
    return tab_tables(simple) + cell_per_line_tables(simple) + pipe_cell_tables(simple) + pipe_row_tables(
        _rows_rejoined(_wrapped_header_rows(simple)))


_RE_ROW_NUMBER_CELL = re.compile(r"^\s*\d{1,4}\s*\|")


def _bar_cells(line: str) -> list[str]:
    """The cells a "|" line closes ("a | b |" -> ["a", "b"]; "a | |" -> ["a", ""])."""
    return [c.strip() for c in line.strip().split("|")[:-1]]


def _bar_lines(lines: list[str], k: int, skip: set[int]) -> list[tuple[str, int]]:
    """robust25: the lines of a "|" table from line k on as the table printed them, each closed by its bar, with the
    last physical line each ends on: what a copy did to them undone — a cell broken over lines by a PDF viewer's or a
    narrow page's width ("… | 乌木水库水源地一级保护区,百岛湖度假" / "村已停业,… | 立即整改 |": joined, up to six lines,
    until one ends on a bar), blank lines between them (an indented copy's), a page's chrome ("字号：大 中 小") and a
    paged copy's footers and running headers (``skip``) stepped over. Stops at a line that is none of these and
    starts no row (no bar in the lines that follow it): the caption or text under the table."""
    from .parse.normalize import is_chrome

    out: list[tuple[str, int]] = []
    buf, held = "", 0
    for j in range(k, len(lines)):
        t = lines[j]
        s = t.strip() if isinstance(t, str) else ""
        if j in skip or is_chrome(s):
            continue
        buf += s
        held += 1
        if buf.endswith("|"):
            out.append((buf, j))
            buf, held = "", 0
        elif held >= 6:
            break
    return out


def _wrapped_header_rows(lines: list[str]) -> list[str]:
    """task25: a "|" table copied from a narrow page with its header AND its rows wrapped over several lines, each line
    closed by its bar ("序号 | 省份 | 所在地 | … |" / "保护区类型 |" / "问题类型 | 问题具体情况 | … |" over "12 | 四川省 | … |" /
    "县级 | 一级 | … |"): the header is the lines from one opening on 序号/编号 to the first opening on a row's number, each
    row the lines from its number to the next row's (numbers one apart). Rejoined one row a line (a row a cell or two
    short, its empty cells dropped by the copy, padded at its end) for pipe_row_tables — when the header is a ledger's
    (``match_header``) of short headings, wrapped (a line of it shorter than the whole) and every row near its width.
    (robust25: the lines as ``_bar_lines`` gives them: a cell broken inside by the copy, blank lines, chrome and page
    furniture between them do not end the table)"""
    if not any(t.lstrip().startswith(("序号", "编号")) and "|" in t for t in lines):
        return lines
    from .ledger_reader import match_header
    from .parse.normalize import page_furniture

    skip = page_furniture(lines)
    out: list[str] = []
    k = 0
    while k < len(lines):
        s = lines[k].strip()
        # (robust25: its first line may be broken by the copy too, "序号 | 省份 | … | 水源地类别 (地级/县" / "级) |")
        if not (s.startswith(("序号", "编号")) and s.count("|") >= 2):
            out.append(lines[k])
            k += 1
            continue
        printed = _bar_lines(lines, k, skip)
        header: list[str] = []
        j = 0
        while j < len(printed) and not _RE_ROW_NUMBER_CELL.match(printed[j][0]):
            header += _bar_cells(printed[j][0])
            j += 1
        width = len(header)
        rows: list[list[str]] = []
        end = k
        while j < len(printed):
            line = printed[j][0]
            cells = _bar_cells(line)
            if _RE_ROW_NUMBER_CELL.match(line) and (not rows or int(cells[0]) == int(rows[-1][0]) + 1):
                rows.append(cells)
            elif rows and len(rows[-1]) + len(cells) <= width:  # (wider than the header: the table has ended)
                rows[-1] += cells
            else:
                break
            end = printed[j][1]
            j += 1
        if (j - len(rows) >= 2 and rows and 5 <= width <= 24 and all(0 < len(c) <= 16 for c in header)
                and match_header(header) is not None and all(width - 2 <= len(r) <= width for r in rows)):
            out.append(" | ".join(header) + " |")
            out.extend(" | ".join(r + [""] * (width - len(r))) + " |" for r in rows)
            k = end + 1
            continue
        out.append(lines[k])
        k += 1
    return out


def _rows_rejoined(lines: list[str]) -> list[str]:
    """check24: rows of a "|" table wrapped by the copy (a PDF viewer's or a narrow page's line breaks): "某楼643 | 多次使用…
    引线" / "至宿舍内 | 某学院 |", "某楼梯 | 摆放杂物 |" / "已通知… |" — a line after a whole row (as many bars as it, the
    last closing it) that holds fewer bars is joined with the lines after it, up to three, when together they make a row
    as wide, closed by its bar."""
    if not any("|" in t for t in lines):
        return lines
    out: list[str] = []
    width = 0
    k = 0
    while k < len(lines):
        t = lines[k]
        s = t.strip()
        if width >= 2 and "|" in s and s.count("|") < width:
            joined, j = s, k
            while j + 1 < len(lines) and j - k < 3 and joined.count("|") < width:
                j += 1
                joined += lines[j].strip()
            if joined.count("|") == width and joined.endswith("|"):
                out.append(joined)
                k = j + 1
                continue
        if s.endswith("|") and s.count("|") >= 2:
            width = s.count("|")
        elif s and "|" not in s:
            width = 0 if len(s) > 40 else width
        out.append(t)
        k += 1
    return out


RE_CELL_GAP = re.compile(r"\t+|[ \u3000]{2,}|\u3000")  # a tab, or a gap of two spaces or an ideographic space


def tab_tables(lines: list[str]) -> list[list[list[str]]]:
    """Tables pasted into plain text as tab-separated lines (a Word or web table copied into a .txt; also cells
    apart by two spaces or an ideographic space): runs of at least two lines of three or more cells. Whether a run is a ledger is the header's to say (``rows_to_result``)."""
    tables: list[list[list[str]]] = []
    run: list[list[str]] = []
    for line in lines + [""]:
        if "\t" in line and run and len(run[0]) >= 3:
            # a row under a header, cell by cell: a cell merged down in the table it was copied from is empty here
            # ("\t\t第二项措施\t\t"), so each tab is a cell boundary and the leading ones are kept
            parts = [c.strip() for c in line.rstrip("\r\n").split("\t")]
            while len(parts) > len(run[0]) and not parts[-1]:
                parts.pop()
            if sum(1 for c in parts if c) < 1 or len(parts) < 3:
                parts = []
        else:
            parts = [c.strip() for c in RE_CELL_GAP.split(line.strip())] if "\t" in line or "  " in line or "\u3000" in line else []
        cells = parts if len(parts) >= 3 else None
        if cells is not None and (not run or abs(len(cells) - len(run[0])) <= 1):
            run.append(cells)
            continue
        if len(run) >= 2:
            tables.append(run)
        run = [cells] if cells is not None else []
    return tables


SEQ_HEADINGS = frozenset(("序号", "编号", "问题序号", "序"))


def cell_per_line_tables(lines: list[str]) -> list[list[list[str]]]:
    """Tables copied from a web page as one cell per line: a line "序号", then the other headings one a line
    (a ledger's, as ``match_header`` knows them), then rows whose first cell is the running number 1, 2, 3…
    Each row takes as many lines as there are headings; blank lines between cells are skipped. The row breaks
    only where the number is expected, so a table whose cells themselves hold numbers alone stays text."""
    from .ledger_reader import match_header

    tables: list[list[list[str]]] = []
    cells = [t.strip() for t in lines]
    i = 0
    while i < len(cells):
        if cells[i] not in SEQ_HEADINGS:
            i += 1
            continue
        k = i + 1
        while k < len(cells) and 0 < len(cells[k]) <= 12 and _is_heading_cell(cells[k]):
            k += 1
        header = cells[i:k]
        if len(header) < 3 or match_header(header) is None:
            i += 1
            continue
        rows = [header]
        at, want = k, 1
        while True:
            row: list[str] = []
            j = at
            while j < len(cells):
                c = cells[j]
                if not c:
                    j += 1
                    continue
                # a cell spanning lines: "1.开展…；" then "2.建立…" — the next numbered item joins the cell before it
                if row and len(row) > 1 and _RE_CELL_ITEM.match(c) and _RE_CELL_ITEM.match(row[-1].split("\n")[0]):
                    row[-1] += "\n" + c
                    j += 1
                    continue
                if len(row) == len(header):
                    break
                row.append(c)
                j += 1
            if len(row) < len(header) or row[0] != str(want):
                break
            rows.append(row)
            at, want = j, want + 1
        if len(rows) >= 2:
            tables.append(rows)
        i = at if len(rows) >= 2 else i + 1
    return tables


_RE_PAGE_MARK = re.compile(r"^\s*(?:[-—–－]+\s*\d|第\s*\d{1,4}\s*页|共\s*\d{1,4}\s*页)")


def pipe_cell_tables(lines: list[str]) -> list[list[list[str]]]:
    """Tables copied from a web page one cell per line, each cell closed by " |" ("学校食堂 |", "具体问题 |", "整改情况 |",
    then the rows' cells): a run of such lines whose first few are a ledger's headings (``match_header``) and whose
    length is a whole number of rows. No running number is needed: the " |" marks every cell."""
    from .ledger_reader import match_header

    from .parse.normalize import is_chrome, page_furniture

    tables: list[list[list[str]]] = []
    run: list[str] = []
    # robust25: a long cell broken over lines by the copy (a PDF viewer's or a narrow page's width: "岐山…工业" /
    # "聚集区,…凤州现代" / "科技产业园未建设… |") is one cell, its lines joined up to the one its bar closes — held
    # here, up to fifteen lines, a page's footer, running header or chrome between them stepped over
    skip = page_furniture(lines) if any(_RE_PAGE_MARK.search(t) for t in lines if isinstance(t, str)) else set()
    held: list[str] = []
    for i, line in enumerate(lines + ["<end>"]):
        t = line.strip()
        if not t or i in skip:
            continue
        if t.endswith("|") and t.count("|") == 1 and (len(t) > 1 or run):
            run.append("".join(held) + t[:-1].strip())  # (a "|" alone inside a run is an empty cell: a 备注 left blank)
            held = []
            continue
        if (len(run) >= 3 and "|" not in t and i < len(lines) and len(held) < 15
                and (held or not is_chrome(t))):
            held.append(t)
            continue
        if held:  # (the run ends inside a cell: the copy's cut, read as far as it goes)
            t = "".join(held)
            held = []
        widths = list(range(3, min(8, len(run) // 2) + 1))
        # a header whose next cell is the first row's running number "1" is as wide as that (not a narrower width that
        # happens to divide the run: five columns of six rows also divide by three)
        widths.sort(key=lambda w: run[w] != "1" if w < len(run) else True)
        # (task25: a header so known is the table's width even when the run holds less than two rows of it — one row,
        # or a row cut by the copy: no narrower width is tried, which would read the header's last cells as a row)
        numbered = next((w for w in range(3, min(8, len(run) - 1) + 1) if run[w] == "1"
                         and not any(len(c) > 12 for c in run[:w]) and match_header(run[:w]) is not None), None)
        if numbered is not None:
            widths = [numbered] if len(run) % numbered == 0 else []
        for width in widths:
            header = run[:width]
            if len(run) % width or any(len(c) > 12 for c in header) or match_header(header) is None:
                continue
            tables.append([run[k:k + width] for k in range(0, len(run), width)])
            break
        else:
            cut = _cut_pipe_table(run, t, match_header) if numbered is not None else None
            if cut:
                tables.append(cut)
        run = []
    return tables


def _cut_pipe_table(run: list[str], cut_line: str, match_header) -> list[list[str]] | None:
    """task25: a pipe-cell table whose copy is cut inside a cell of its last row ("1 |", "15 |", "岐山…问题… |", "①…④… |",
    "2024年12月31日 |", then "①渭滨区…成立工作专" with no bar: a 公示 of one task cut in its 整改进展 cell): the header
    is as wide as the cells before the first row's running number "1"; the rows before the cut are whole; the cut row
    is read when the problem's cell was closed before the cut, its cut cell as far as it goes and the cells after it
    blank (as pipe_row_tables reads a row cut after its problem cell)."""
    if cut_line == "<end>" or "|" in cut_line:
        return None
    for width in range(3, min(8, len(run) - 2) + 1):
        if run[width] != "1":
            continue
        header = run[:width]
        cols = match_header(header) if not any(len(c) > 12 for c in header) else None
        rest = len(run) % width
        if cols is None or not rest or cols.get("problem") is None or cols["problem"] >= rest:
            return None
        rows = [run[k:k + width] for k in range(0, len(run) - rest, width)]
        rows.append(run[len(run) - rest:] + [cut_line] + [""] * (width - rest - 1))
        return rows
    return None


def pipe_row_tables(lines: list[str]) -> list[list[list[str]]]:
    """Tables copied from a web page one row a line, the cells apart by "|" ("序号 | 县(市、区) | 问题描述 | … |"): a run of
    such lines (three or more cells) holding a ledger's header (``match_header``) and rows as wide as it. A row cut short
    (the copy ends inside it) is not read; lines of one cell and empty ones (a caption "…的公示 | |||") pass."""
    from .ledger_reader import match_header

    tables: list[list[list[str]]] = []
    run: list[list[str]] = []
    bars: list[int] = []  # how many cells each line of the run closes with a "|"
    closed = 0  # how many cells of the run's last line a "|" closes
    for line in lines + [""]:
        if line.count("|") >= 3:
            cells = [c.strip() for c in line.strip().split("|")]
            if all(not c or re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue  # cases23: a markdown table's rule line under its header ("|---|---|"), no row
            closed = len(cells) - 1
            while cells and not cells[-1]:
                cells.pop()
            run.append(cells)
            bars.append(closed)
            continue
        if len(run) >= 2:
            at = next((k for k, r in enumerate(run) if len(r) >= 3 and match_header(r) is not None), None)
            if at is not None:
                width = len(run[at])
                # (task25: a row whose last cells are empty, "… | 30% |  |", closes as many cells as the header: read,
                # its empty cells kept)
                rows = [run[at]] + [r if len(r) == width else r + [""] * (width - len(r))
                                    for r, b in zip(run[at + 1:], bars[at + 1:]) if len(r) == width or (len(r) < width and b == width)]
                # (the copy cut inside its last row after a "|" closing the row's problem cell: the problem is whole
                # and the row is read, its missing cells blank; cut inside the problem cell, it is left out)
                last, problem_at = run[-1], (match_header(run[at]) or {}).get("problem")
                if (len(run) - 1 > at and len(last) < width and closed != width and problem_at is not None and closed > problem_at
                        and last and last[0].isdecimal()):
                    rows.append(last + [""] * (width - len(last)))
                if len(rows) >= 2:
                    tables.append(rows)
        run = []
        bars = []
    return tables


_RE_CELL_ITEM = re.compile(r"^(?:\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])")


def _is_heading_cell(text: str) -> bool:
    from .ledger_reader import COLUMNS, _key

    k = _key(text)
    return any(alias in k for aliases in COLUMNS.values() for alias in aliases if len(alias) >= 2)


def _prose(paragraphs: list[str], tables: list[list[list[str]]]) -> list[str]:
    """The paragraphs that are not a table's rows (a row's cells, joined by a separator)."""
    cells = {c.strip() for rows in tables for row in rows for c in row if c and c.strip()}

    def tabular(p: str) -> bool:
        parts = [x.strip() for x in re.split(r"[；\t]| {2,}|\u3000", p) if x.strip()]
        return bool(parts) and all(x in cells for x in parts)

    return [p for p in paragraphs if p.strip() and not tabular(p)]


def _text_inspection(ins, paragraphs: list[str], tables: list[list[list[str]]], text_result: ParseResult) -> None:
    """Fill the inspection's days from all the prose of a document whose problems are a table."""
    from .parse.inspection import inspection_facts
    from .parse.normalize import to_simplified

    prose = to_simplified(_prose(paragraphs, tables))[0]
    found = inspection_facts("\n".join(re.split(r"下一步", t)[0] for t in prose), text_result.issuer, text_result.title,
                             text_result.report_date)
    ins.start, ins.end, ins.feedback_date = found.start, found.end, found.feedback_date


def _text_figures(paragraphs: list[str], tables: list[list[list[str]]]):
    """The headline figures of the paragraphs that are not a table's rows (a row's cells, joined by a separator)."""
    from .parse import headline

    cells = {c.strip() for rows in tables for row in rows for c in row if c and c.strip()}

    def tabular(p: str) -> bool:
        parts = [x.strip() for x in re.split(r"[；\t]| {2,}|\u3000", p) if x.strip()]
        return bool(parts) and all(x in cells for x in parts)

    texts = [p for p in paragraphs if p.strip() and not tabular(p)]
    h = headline.headline_figures("\n".join(re.split(r"下一步", t)[0] for t in texts))
    headline.add_attachment_counts(h, texts)
    headline.settle(h)
    return h


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

    # LibreOffice leaves <li> open: a parser that closes them as a browser does keeps its lists apart
    office = bool(_RE_OFFICE_META.search(data[:8192]))
    try:
        soup = BeautifulSoup(data, "lxml" if office else "html.parser")
    except Exception:
        soup = BeautifulSoup(decode_text(data), "html.parser")
    office = office and _office_html(soup)
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
    if office:
        _office_lists(soup)
    for label in soup.find_all(style=re.compile(r"mso-list:\s*Ignore", re.I)):
        # Word's list label, then &nbsp; runs standing in for the tab after it
        label.string = label.get_text("").replace("\xa0", " ").strip()
    for spacer in soup.find_all("span", style=re.compile(r"font:\s*7\.0pt", re.I)):
        # the same tab in Word's filtered HTML, which has no mso-list marks
        if not spacer.get_text("").replace("\xa0", " ").strip():
            spacer.decompose()
    tables: list[list[list[str]]] = []
    for table in soup.find_all("table"):
        rows = _html_table_rows(table)
        if rows:
            tables.append(rows)
    _collapse_source_breaks(soup, breaks_at_spaces=office)
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


_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_RE_SOURCE_BREAK = re.compile(r"[ \t\r]*\n\s*")


def _collapse_source_breaks(soup, breaks_at_spaces: bool = False) -> None:
    """A line break in the HTML source is not a break on the page (Word and LibreOffice wrap their source at
    about 80 columns): white space holding one becomes nothing between two Chinese characters and one space
    elsewhere, as a browser shows it. Text in <pre> keeps its lines; block tags and <br> make the lines.

    ``breaks_at_spaces``: LibreOffice wraps its source only where the text has a space (a run of Chinese without
    one stays on one source line however long), so there each break in the text stands for a space that was
    typed ("…通报制度等。 二、审计查出的…", "…的验收。 某某中学 2018.06.15") and is kept as one."""
    from bs4 import NavigableString
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    skip = (Comment, Declaration, Doctype, ProcessingInstruction)
    for node in list(soup.find_all(string=re.compile("\n"))):
        if isinstance(node, skip) or node.find_parent(["pre", "textarea"]):
            continue
        text = str(node)
        core = text.strip()
        if core:
            core = _RE_SOURCE_BREAK.sub(lambda m: "" if not breaks_at_spaces and _is_cjk_join(core, m) else " ", core)
            lead = _break_space(text[: len(text) - len(text.lstrip())], _neighbour_char(node, -1), core[0])
            trail = _break_space(text[len(text.rstrip()):], core[-1], _neighbour_char(node, 1))
            node.replace_with(NavigableString(lead + core + trail))
        elif not (_is_block_edge(node.previous_sibling) and _is_block_edge(node.next_sibling)):
            # (white space between two blocks makes no text: it is left for the block breaks to drop)
            node.replace_with(NavigableString(_break_space(text, _neighbour_char(node, -1), _neighbour_char(node, 1))))


_BLOCK_SET = frozenset(_BLOCK + ["br", "body", "html", "head", "td", "th", "tbody", "thead", "col", "colgroup"])


def _is_block_edge(sibling) -> bool:
    from bs4 import Tag

    return sibling is None or (isinstance(sibling, Tag) and sibling.name in _BLOCK_SET)


def _neighbour_char(node, step: int) -> str:
    """The nearest non-space character before (step -1) or after (step 1) ``node`` in the page's text."""
    from bs4.element import Comment

    seen = 0
    other = node.find_previous(string=True) if step < 0 else node.find_next(string=True)
    while other is not None and seen < 20:
        if not isinstance(other, Comment) and str(other).strip():
            t = str(other).strip()
            return t[-1] if step < 0 else t[0]
        other = other.find_previous(string=True) if step < 0 else other.find_next(string=True)
        seen += 1
    return ""


def _break_space(space: str, before: str, after: str) -> str:
    if "\n" not in space:
        return space
    return "" if (re.match(f"[{_CJK}]", before or "") and re.match(f"[{_CJK}]", after or "")) else " "


def _is_cjk_join(text: str, m: re.Match) -> bool:
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    return bool(re.match(f"[{_CJK}]", before) and re.match(f"[{_CJK}]", after))


def _html_table_rows(table) -> list[list[str]]:
    """Cell texts row by row, as a Word table's are read (``_table_rows``): a cell spanning columns is given
    once, a cell spanning rows (rowspan) repeats its text in each row it covers."""
    rows: list[list[str]] = []
    carried: dict[int, tuple[int, str]] = {}  # column → (rows still covered, text)
    for tr in table.find_all("tr"):
        cells: list[str] = []
        col = 0
        for td in tr.find_all(["td", "th"]):
            while col in carried:
                left, text = carried[col]
                cells.append(text)
                carried[col] = (left - 1, text)
                if left - 1 <= 0:
                    del carried[col]
                col += 1
            text = _cell_text(td)
            cells.append(text)
            span_rows, span_cols = (str(td.get(a, "1")) for a in ("rowspan", "colspan"))
            if span_rows.isdigit() and int(span_rows) > 1:
                carried[col] = (int(span_rows) - 1, text)
            col += int(span_cols) if span_cols.isdigit() and int(span_cols) > 0 else 1
        for c in sorted(k for k in carried if k >= col):
            left, text = carried[c]
            cells.append(text)
            carried[c] = (left - 1, text)
            if left - 1 <= 0:
                del carried[c]
        rows.append(cells)
    return rows


def _cell_text(cell) -> str:
    """A table cell's text: its paragraphs and <br> lines one a line (as a Word cell's paragraphs are), the
    pieces of one paragraph joined as they show (Word and LibreOffice split a line into many <span>/<font>)."""
    import copy

    cell = copy.copy(cell)
    _collapse_source_breaks(cell)
    for br in cell.find_all("br"):
        br.replace_with("\n")
    for tag in cell.find_all(_BLOCK):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = cell.get_text("").replace("\xa0", " ")
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


_OFFICE_GENERATOR = re.compile(r"libreoffice|openoffice|staroffice", re.I)
# Word's automatic numbering saved by LibreOffice as <ol>/<li>, with no trace of the number format: the official
# document order of levels (GB/T 9704: 一、 /（一）/ 1. /（1）) by how deep the list is nested.
_LIST_LABELS = ("{cn}、", "（{cn}）", "{n}.", "（{n}）")


_RE_OFFICE_META = re.compile(rb"<meta\s+name=[\"']?generator[\"']?\s+content=[\"']?(?:LibreOffice|OpenOffice|StarOffice)", re.I)


def _office_html(soup) -> bool:
    """A page LibreOffice wrote (a .docx saved as HTML): its generator meta says so."""
    meta = soup.find("meta", attrs={"name": re.compile("^generator$", re.I)})
    return bool(meta and _OFFICE_GENERATOR.search(str(meta.get("content", ""))))


_RE_HEADING_TAG = re.compile(r"^h[1-6]$")


def _office_lists(soup) -> None:
    """Put the list labels back into the text of a LibreOffice page, and drop its page header and footer
    (``<div title="footer">`` with the page-number field). Counted as Word counts a multi-level list: an item
    follows the last one of its level unless an item of a higher level came between (LibreOffice closes and
    reopens the <ol> around deeper items and paragraphs, and does not always say where it goes on) or its
    <ol start> / <li value> says otherwise."""
    for div in soup.find_all("div", attrs={"title": re.compile("^(?:header|footer)$", re.I)}):
        div.decompose()
    counters: dict[int, int] = {}
    seen: set[int] = set()
    # A list of its own (Word's ①②③ or (1)(2) under an item of the multi-level list, another numbering) comes out as
    # a new top-level <ol> that starts afresh, where the multi-level list going on at its top level would say
    # <ol start="N">: its items are counted apart and labelled one level below the item they follow. (An <ol> that
    # opens with deeper items and then has an item of its own is the multi-level list going on: "<ol><ol><li>…</ol><li>".)
    own_lists: dict[int, int] = {}  # id(ol) -> the depth its items are labelled at
    own_counts: dict[int, int] = {}
    last_depth = -1
    for li in soup.find_all("li"):
        ol = li.find_parent("ol")
        if ol is None:
            continue
        depth = len(ol.find_parents("ol"))
        value, start = str(li.get("value", "")), str(ol.get("start", ""))
        if (id(ol) not in seen and depth == 0 and not start.isdigit() and value in ("", "1") and counters.get(0, 0) > 0
                and last_depth >= 1 and ol.find(["li", "ol"], recursive=False) is li
                # (an item set as a heading, <li><h1>, is the multi-level list starting again at its top level — an
                # annex's "一、" after the report's "三、" and its deep items — never a list of its own)
                and li.find(_RE_HEADING_TAG, recursive=False) is None):
            own_lists[id(ol)] = last_depth + 1
        if id(ol) in own_lists:
            seen.add(id(ol))
            n = int(value) if value.isdigit() else own_counts.get(id(ol), 0) + 1
            own_counts[id(ol)] = n
            depth = own_lists[id(ol)]
        else:
            if value.isdigit():
                n = int(value)
            elif id(ol) not in seen and start.isdigit():
                n = int(start)
            else:
                n = counters.get(depth, 0) + 1
            seen.add(id(ol))
            counters[depth] = n
            for deeper in [k for k in counters if k > depth]:
                del counters[deeper]
            last_depth = depth
        kind = str(ol.get("type", ""))
        if kind in ("a", "A", "i", "I"):
            label = _letters(n) if kind in "aA" else _roman(n).lower()
            label = (label.upper() if kind.isupper() else label) + "."
        else:
            label = _LIST_LABELS[min(depth, 3)].format(cn=_cn_count(n), n=n)
        first = li.find(string=lambda t: bool(t.strip()))
        if first is None:
            li.insert(0, label)
        elif first.find_parent("li") is li:
            first.replace_with(label + str(first).lstrip())


# --- Word ------------------------------------------------------------------------------------
def docx_paragraphs(data: bytes) -> tuple[list[str], list[list[list[str]]]]:
    """Paragraphs (with their Word list labels) and tables, in document order."""
    import docx
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    labels = WordNumbering.of(document).labels(document.element.body)

    def para_text(p) -> str:
        text = Paragraph(p, document).text
        label = labels.get(p)
        if label and not text.lstrip().startswith(label):
            text = label + text
        return text

    paragraphs: list[str] = []
    tables: list[list[list[str]]] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            for line in para_text(child).split("\n"):
                paragraphs.append(line)
        elif tag == "tbl":
            rows = _table_rows(child, para_text)
            tables.append(rows)
            form = _field_form_lines(rows)
            if form is not None:
                paragraphs.extend(form)
                continue
            for cells in rows:
                line = _field_row_line(cells) or _row_line(cells)
                if line:
                    paragraphs.append(line)
    return paragraphs, tables


def _field_form_lines(rows: list[list[str]]) -> list[str] | None:
    """ks19: a Word table of one record's fields in two columns (项目 | 内容: "整改任务 | …", "责任单位 | …", "整改措施及
    完成情况 | 1.…\n2.…"), as a web page's table reads (html_paragraphs): each row "label\tvalue", the value's later lines
    lines of their own — so the fields are read as a form's labelled fields (parse.normalize.label_field_cells), a cell's
    numbered lines kept apart, not run together after a "；". Only a table of rows of at most two cells, three of whose
    first cells or more are known field labels and nearly all of them short labels of words; None for any other."""
    from .parse.normalize import RE_FIELD_LABEL_CELL, RE_OTHER_LABEL_CELL

    pairs: list[list[str]] = []
    for cells in rows:
        parts: list[str] = []
        for c in cells:
            c = c.strip()
            if c and (not parts or parts[-1] != c):
                parts.append(c)
        if len(parts) > 2:
            return None
        pairs.append(parts)
    two = [p for p in pairs if len(p) == 2]
    known = sum(1 for p in two if _known_label_cell(p[0]))
    labelled = sum(1 for p in two if RE_OTHER_LABEL_CELL.fullmatch(p[0]))
    if known < 3 or labelled < len(two) - 1:
        return None
    lines: list[str] = []
    for k, parts in enumerate(pairs):
        if not parts:
            continue
        if len(parts) == 1 or not RE_OTHER_LABEL_CELL.fullmatch(parts[0]) or (
                k == 0 and RE_OTHER_LABEL_CELL.fullmatch(parts[1]) and len(parts[1]) <= 4):
            lines.append(_row_line(parts))  # a title row, a header row (项目 | 内容), a row that is no field
            continue
        value = [x.strip() for x in parts[1].split("\n") if x.strip()]
        lines.append(f"{parts[0]}\t{value[0]}")
        lines.extend(value[1:])
    return lines


def _table_rows(tbl, para_text) -> list[list[str]]:
    """Cell texts row by row; a cell merged across grid columns is given once,
    a cell merged down (w:vMerge) repeats the text of the cell it continues."""
    rows: list[list[str]] = []
    above: dict[int, str] = {}
    for tr in tbl.iterchildren(_w("tr")):
        cells: list[str] = []
        col = 0
        for tc in tr.iterchildren(_w("tc")):
            tc_pr = tc.find(_w("tcPr"))
            span_el = tc_pr.find(_w("gridSpan")) if tc_pr is not None else None
            span = int(_wval(span_el)) if span_el is not None and (_wval(span_el) or "").isdigit() else 1
            v_merge = tc_pr.find(_w("vMerge")) if tc_pr is not None else None
            if v_merge is not None and _wval(v_merge) != "restart":
                text = above.get(col, "")
            else:
                text = "\n".join(para_text(p) for p in tc.iter(_w("p"))).strip()
            above[col] = text
            cells.append(text)
            col += span
        rows.append(cells)
    return rows


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{_W_NS}}}{tag}"


def _wval(el, attr: str = "val") -> str | None:
    return None if el is None else el.get(_w(attr))


_CN_NUM = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN_NUM = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_STOP_NUM = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"


def _cn_count(n: int, digits: str = _CN_NUM, ten: str = "十", hundred: str = "百") -> str:
    if n <= 0:
        return digits[0]
    if n < 10:
        return digits[n]
    if n < 20:
        return ten + (digits[n - 10] if n > 10 else "")
    if n < 100:
        return digits[n // 10] + ten + (digits[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if rest == 0 else ((digits[0] if rest < 10 else "") + _cn_count(rest, digits, ten, hundred))
        if 10 <= rest < 20:
            tail = digits[1] + tail
        return digits[n // 100] + hundred + tail
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter: a … z, aa … zz
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str | None) -> str:
    """A list counter in one of Word's number formats (w:numFmt)."""
    fmt = fmt or "decimal"
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand"):
        return _cn_count(n)
    if fmt == "ideographDigital":
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional"):
        return _cn_count(n, _LEGAL, "拾", "佰")
    if fmt in ("ideographTraditional",):
        return _TIANGAN[(n - 1) % 10]
    if fmt in ("ideographZodiac",):
        return _DIZHI[(n - 1) % 12]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _CIRCLED[n - 1] if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedParen":
        return _PAREN_NUM[n - 1] if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return _STOP_NUM[n - 1] if 1 <= n <= 20 else f"{n}."
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None
    restart: int | None = None  # w:lvlRestart: None = after any higher level, 0 = never
    legal: bool = False  # w:isLgl: every number in the label as decimal


@dataclass
class _Num:
    abstract: str
    start_override: dict[int, int] = field(default_factory=dict)
    level_override: dict[int, _Level] = field(default_factory=dict)


class WordNumbering:
    """Render the list labels Word keeps in numbering.xml ("一、" "（一）" "1." "①").

    A paragraph is numbered by its own w:numPr or by its paragraph style's.
    Counters belong to the abstract list, so that two w:num that share one
    keep counting on, unless a w:lvlOverride/w:startOverride restarts it the
    first time that w:num is used. A level restarts after any higher level
    (or as its w:lvlRestart says).
    """

    def __init__(self, numbering_el, styles_el) -> None:
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.abstract_style_link: dict[str, str] = {}
        self.nums: dict[str, _Num] = {}
        self.style_num: dict[str, tuple[str | None, int | None]] = {}
        self.style_based: dict[str, str] = {}
        self.level_style: dict[str, tuple[str, int]] = {}  # pStyle named in a w:lvl → (abstract, ilvl)
        if numbering_el is not None:
            for an in numbering_el.iterchildren(_w("abstractNum")):
                aid = _wval(an, "abstractNumId")
                self.abstracts[aid] = {int(_wval(lvl, "ilvl") or 0): self._level(lvl) for lvl in an.iterchildren(_w("lvl"))}
                link = an.find(_w("numStyleLink"))
                if link is not None:
                    self.abstract_style_link[aid] = _wval(link)
                for lvl in an.iterchildren(_w("lvl")):
                    ps = lvl.find(_w("pStyle"))
                    if ps is not None:
                        self.level_style[_wval(ps)] = (aid, int(_wval(lvl, "ilvl") or 0))
            for num in numbering_el.iterchildren(_w("num")):
                n = _Num(_wval(num.find(_w("abstractNumId"))) or "")
                for ov in num.iterchildren(_w("lvlOverride")):
                    ilvl = int(_wval(ov, "ilvl") or 0)
                    so = ov.find(_w("startOverride"))
                    if so is not None and (_wval(so) or "").lstrip("-").isdigit():
                        n.start_override[ilvl] = int(_wval(so))
                    lvl = ov.find(_w("lvl"))
                    if lvl is not None:
                        n.level_override[ilvl] = self._level(lvl)
                self.nums[_wval(num, "numId")] = n
        if styles_el is not None:
            for st in styles_el.iterchildren(_w("style")):
                sid = _wval(st, "styleId")
                based = st.find(_w("basedOn"))
                if based is not None:
                    self.style_based[sid] = _wval(based)
                num_pr = st.find(f"{_w('pPr')}/{_w('numPr')}")
                if num_pr is not None:
                    ilvl = _wval(num_pr.find(_w("ilvl")))
                    self.style_num[sid] = (_wval(num_pr.find(_w("numId"))), int(ilvl) if ilvl and ilvl.isdigit() else None)
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()

    @classmethod
    def of(cls, document) -> "WordNumbering":
        numbering_el = styles_el = None
        try:
            numbering_el = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering_el = None
        try:
            styles_el = document.part.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            styles_el = None
        return cls(numbering_el, styles_el)

    @staticmethod
    def _level(lvl) -> _Level:
        out = _Level()
        start = _wval(lvl.find(_w("start")))
        if start and start.lstrip("-").isdigit():
            out.start = int(start)
        out.fmt = _wval(lvl.find(_w("numFmt"))) or "decimal"
        text_el = lvl.find(_w("lvlText"))
        out.text = _wval(text_el) if text_el is not None else None
        restart = _wval(lvl.find(_w("lvlRestart")))
        if restart and restart.isdigit():
            out.restart = int(restart)
        out.legal = lvl.find(_w("isLgl")) is not None and _wval(lvl.find(_w("isLgl"))) not in ("0", "false")
        return out

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self.style_num:
                num_id, ilvl = self.style_num[style_id]
                if ilvl is None:
                    ilvl = self.level_style.get(style_id, (None, 0))[1]
                return num_id, ilvl
            style_id = self.style_based.get(style_id)
        return None, None

    def _abstract_of(self, num: _Num) -> str:
        aid = num.abstract
        link = self.abstract_style_link.get(aid)
        if link:  # the list is defined by a numbering style that points at another w:num
            num_id, _ = self._style_numbering(link)
            if num_id in self.nums and self.nums[num_id].abstract != aid:
                return self.nums[num_id].abstract
        return aid

    def _level_def(self, num: _Num, aid: str, ilvl: int) -> _Level | None:
        return num.level_override.get(ilvl) or self.abstracts.get(aid, {}).get(ilvl)

    def label(self, p) -> str | None:
        """The label of paragraph element ``p``, advancing the counters; None when not numbered."""
        ppr = p.find(_w("pPr"))
        num_id = ilvl = None
        style_id = None
        if ppr is not None:
            style_id = _wval(ppr.find(_w("pStyle")))
            num_pr = ppr.find(_w("numPr"))
            if num_pr is not None:
                num_id = _wval(num_pr.find(_w("numId")))
                lv = _wval(num_pr.find(_w("ilvl")))
                ilvl = int(lv) if lv and lv.isdigit() else None
        if num_id is None or ilvl is None:
            s_num, s_ilvl = self._style_numbering(style_id)
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else s_ilvl
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        ilvl = min(max(ilvl or 0, 0), 8)
        num = self.nums[num_id]
        aid = self._abstract_of(num)
        level = self._level_def(num, aid, ilvl)
        if level is None:
            return None
        counters = self.counters.setdefault(aid, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for k in num.start_override:
                counters.pop(k, None)
        if ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = num.start_override.get(ilvl, level.start)
        for deeper in [k for k in counters if k > ilvl]:
            d = self._level_def(num, aid, deeper)
            restart = d.restart if d is not None else None
            if restart is None or (restart > 0 and ilvl < restart):
                del counters[deeper]
        if level.fmt in ("bullet", "none") or level.text is None:
            return None

        def sub(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            d = self._level_def(num, aid, k)
            value = counters.get(k, num.start_override.get(k, d.start if d else 1))
            fmt = "decimal" if (level.legal and k != ilvl) else (d.fmt if d else "decimal")
            return format_number(value, fmt)

        out = re.sub(r"%([1-9])", sub, level.text)
        return out or None

    def labels(self, body) -> dict:
        """Labels of every numbered paragraph under ``body``, counted in document order."""
        out: dict = {}
        if not self.nums:
            return out
        for p in body.iter(_w("p")):
            label = self.label(p)
            if label:
                out[p] = label
        return out


def _field_row_line(cells: list[str]) -> str | None:
    """ot19b: a row of two cells, a known field's label alone and its value ("整改问题 | 某路段路面被压坏…"), in a table
    too small to be a form (``_field_form_lines`` wants three such rows): "label：value", the field it is, not two cells
    run together after a "；" — not a header row whose second cell is a label too ("整改措施 | 完成情况")."""
    from .parse.normalize import RE_FIELD_LABEL_CELL, RE_OTHER_LABEL_CELL

    parts: list[str] = []
    for c in cells:
        c = c.replace("\n", "").strip()
        if c and (not parts or parts[-1] != c):
            parts.append(c)
    if len(parts) != 2 or not _known_label_cell(parts[0]) or RE_OTHER_LABEL_CELL.fullmatch(parts[1]):
        return None
    return f"{parts[0]}：{parts[1]}"


def _known_label_cell(cell: str) -> bool:
    """A cell that is a known field's label alone (parse.normalize.RE_FIELD_LABEL_CELL), in either script: the table
    is read before the document is converted to simplified characters, so a traditional copy's label ("整改問題",
    "整改實施主體", "完成時限") is folded first (res21; the word list is simplified only)."""
    from .parse.normalize import RE_FIELD_LABEL_CELL, folded_simplified

    return bool(RE_FIELD_LABEL_CELL.fullmatch(cell) or (len(cell) <= 12 and RE_FIELD_LABEL_CELL.fullmatch(folded_simplified(cell))))


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


_PDF_TERMINAL = set("。!！?？;；:：”）)】》…")


# A line that opens with a list label starts a paragraph, even after a line that ran to the right margin
# — and so does a line that opens with a field's label ("整改时限：2024年12月底" under a problem's last line)
_PDF_LABEL = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])|[（(][一二三四五六七八九十]{1,3}[)）]|[（(]\d{1,2}[)）]|\d{1,2}[.．、](?!\d)|[①-⑳]"
                        r"|(?:整改时限|完成时限|整改期限|责任单位|牵头单位|责任部门|配合单位|责任领导|牵头领导|责任人|整改目标|整改措施"
                        r"|整改进展情况|整改进展|完成情况|整改情况)\s*[:：])")
_PDF_CJK = "\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
# the gap a typesetter leaves between Chinese and Western characters (LibreOffice, Word) is not a space in the text;
# a round "O" written for zero in a Chinese date ("二Ο一四年", a Greek or a geometric circle) is set in a Western font
# and gets the same gap. A space before an item's number inside a paragraph ("…整改时限：8月13日前 1.员工食堂…",
# "…处罚 2、完善手续") is kept: it is how items run on in one paragraph, and the gap is a space there.
_PDF_AUTOSPACE = re.compile(rf"(?<=[{_PDF_CJK}]) (?!\d{{1,2}}[.．、](?![\d.．a-z]))(?=[0-9A-Za-zΟο○])"
                            rf"|(?<=[0-9A-Za-z%Οο○]) (?=[{_PDF_CJK}])")
# a Western word in brackets between Chinese characters (a pinyin gloss "發(fā)現", an abbreviation "项目(EPC)建设") gets
# the typesetter's gap on both sides: none in the text
_PDF_GLOSS = re.compile(rf"(?<=[{_PDF_CJK}]) ?(\([A-Za-z\u00c0-\u024f]{{1,8}}\)) ?(?=[{_PDF_CJK}])")
# a justified line stretched around a word that would not fit: "增 加 光 氧 一 体 + 活 性 炭" (a run of four or more)
_PDF_SPREAD = re.compile(rf"(?:[{_PDF_CJK}+;:,] ){{3,}}[{_PDF_CJK}+;:,]")
# the tab after an automatic number ("一、<tab>总体要求") reads as a space
_PDF_LABEL_GAP = re.compile(r"^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]|[⑴-⒇①-⑳]))\s+(?=\D)")
_RE_PDF_WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)", re.I)


def pdf_paragraphs(data: bytes, tables: list | None = None) -> list[str]:
    """Text lines of a PDF; a line that runs to the right margin without closing punctuation is wrapped, so it
    is joined with the line after it, unless that line starts a paragraph: it is indented, opens with a list
    label, or is set in another type size (a title over the body). A line that stops short of the margin is
    wrapped too when what opens the next line (a number, a Western word, with its quotes) would not have fit."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception:
        raise ExtractError("PDF文件已损坏或已加密，无法读取", "corrupt") from None
    with pdf:
        if len(pdf.pages) > MAX_PDF_PAGES:
            raise ExtractError(f"PDF文件页数过多（{len(pdf.pages)}页，上限{MAX_PDF_PAGES}页），请拆分后再导入", "too_many_pages")
        page_lines = _without_running_lines([_pdf_page_lines(page) for page in pdf.pages])
        if tables is not None:
            tables.extend(_pdf_tables(pdf.pages))
    lines = _pdf_join(page_lines)
    if not any(line.strip() for line in lines):
        raise ExtractError("该PDF没有文字层（可能是扫描件），请先进行文字识别（OCR）", "no_text_layer")
    return lines


def _pdf_join(page_lines: list[list["_PdfLine"]]) -> list[str]:
    """The paragraphs of a PDF's lines, page by page (see ``pdf_paragraphs``): a wrapped line joins the one above."""
    lines: list[str] = []
    open_gap = None  # room left at the end of the last line in ``lines`` when it may continue on the next one
    full_stop = False  # the last line fills the measure and ends with closing punctuation
    last_size = None
    para_indented = False  # the paragraph at the end of ``lines`` opened with an indented line that filled the measure
    # the document's paragraphs open with an indented first line (GB/T 9704: two characters)
    full = [line for lines_ in page_lines for line in lines_ if line.fills]
    indents = sum(line.opens_indented for line in full) >= 2 and sum(not line.opens_indented for line in full) >= 2
    for page_no, found in enumerate(page_lines):
        # a page number stands last on its page, or first on a page after the first; a number alone on a line inside
        # the page, or atop the first page, is the text's (a table's cell a line: "15", a unit's number "01", the
        # day over a web page's "2014-08")
        body = [line for line in found if line.text.strip()]
        edges = ((body[0], body[-1]) if page_no else (body[-1],)) if body else ()
        for line in found:
            if _PAGE_NO.match(line.text.strip()) and any(line is e for e in edges):
                continue
            text = _PDF_SPREAD.sub(lambda m: m.group(0).replace(" ", ""), line.text.strip())
            text = _PDF_LABEL_GAP.sub(r"\1", _PDF_AUTOSPACE.sub("", text))
            if "(" in text:
                text = _PDF_GLOSS.sub(r"\1", text)
            same_size = last_size is None or line.size is None or abs(line.size - last_size) <= 0.15 * last_size
            wrapped = open_gap is not None and (open_gap <= 2.5 * line.char_w or open_gap <= line.lead_w + line.char_w)
            # where paragraphs open indented, a line that fills the measure and ends a sentence goes on
            # when the next line is not indented
            # — and so it does when the paragraph it would go on opened indented (a short page with one paragraph
            # of several lines shows too few lines to tell the document's habit)
            wrapped = wrapped or (full_stop and (indents or para_indented))
            # a paragraph set centred (a title, or text set as one) breaks its lines at the measure whatever ends
            # them: a centred line under a full line of the same size is that paragraph's next line
            wrapped = wrapped or (full_stop and line.centred_off)
            # a web address opens a line of its own (a page's source line under its title), not the rest of one
            wrapped = wrapped and not _RE_PDF_WEB_ADDRESS.match(text)
            if (full_stop and lines and not line.indented and same_size and _PDF_LABEL.match(text)
                    and _continues_inline_list(lines[-1], text)):
                lines[-1] = lines[-1].rstrip() + text
            elif (wrapped and lines and text and not line.indented and same_size and not _PDF_LABEL.match(text)
                  and not _opens_labelled_item(text)):
                lines[-1] = lines[-1].rstrip() + text
            else:
                lines.append(text)
                para_indented = line.opens_indented and line.fills
            # (a line ending in a list label is open: the label opens what follows, "…已开始试生产。 (二)")
            ends_open = bool(text) and (lines[-1].rstrip()[-1:] not in _PDF_TERMINAL
                                        or _RE_PDF_LABEL_AT_END.search(lines[-1][-24:]) is not None)
            open_gap = line.gap if line.from_left and ends_open else None
            full_stop = line.from_left and not ends_open and bool(text) and line.gap <= 0.5 * line.char_w
            last_size = line.size
    return lines


def _opens_labelled_item(text: str) -> bool:
    """st21: a line opening with a labelled item's label as the parser reads them ("问题2.3：", "问题三：", "任务5：",
    "点位一：" — parse.numbering's labelled markers) starts a paragraph however short the line above it stopped: the
    same text reads the same whether the PDF's measure ended before the label or not."""
    if not text or text[0] not in "反巡督审问典交案整任项事点图地":
        return False
    from .parse.numbering import RE_LABELLED, RE_LABELLED_DOTTED, RE_PLACE_LABELLED

    return bool(RE_LABELLED_DOTTED.match(text) or RE_LABELLED.match(text) or RE_PLACE_LABELLED.match(text))


_RE_PDF_LABEL_AT_END = re.compile(r"(?:^|[\s。；;，,：:])(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）])\s*$"
                                  # an item's label and its few words run on in a paragraph, then a colon: the item's
                                  # text follows ("…一、基本情况 (一)重点项目计划:")
                                  r"|(?<=[\s。；;])[（(][一二三四五六七八九十]{1,3}[)）][^\s。；;，,：:()（）]{2,12}[:：]\s*$")
_RE_PDF_ITEM_NO = re.compile(r"^(?:(\d{1,2})([、.．])|[（(](\d{1,2})[)）])(?!\d)")


def _continues_inline_list(before: str, text: str) -> bool:
    """A line that opens with item N's label goes on the paragraph above when that paragraph holds item N-1 inside it,
    after a stop ("…；3、…完成整改任务；" then "4、学校要求…"): the items run on in one paragraph, and the page's
    measure happened to end at one of them. Where item N-1 opens its own paragraph, N opens one too."""
    m = _RE_PDF_ITEM_NO.match(text)
    if not m:
        return False
    n = int(m.group(1) or m.group(3))
    if n < 2:
        return False
    prev = f"{n - 1}{m.group(2)}" if m.group(1) else f"[（(]{n - 1}[)）]"
    inline = re.search(rf"[；;，,。:：]\s*{prev if not m.group(1) else re.escape(prev)}(?!\d)", before)
    # a paragraph that opens with a label of the same style is item N-1's sibling list; one that opens with an outer
    # label of another style ("4.信义花园：(1)…；" then "(2)…") holds the inline items
    opens = _RE_PDF_ITEM_NO.match(before)
    same_style = opens is not None and (opens.group(2) if opens.group(1) else "()") == (m.group(2) if m.group(1) else "()")
    return inline is not None and not same_style


def _without_running_lines(pages: list[list["_PdfLine"]]) -> list[list["_PdfLine"]]:
    """Drop running headers and footers: a line that stands first or last on at least half the pages (and on
    two or more) with the same words, its numbers aside ("第3页 共9页", "XX局文件  2024年"), at the same height on
    every page (a header or footer sits in the page's margin; a body line that happens to end two pages — each
    item's "整改进度：已完成。" — does not stand at the same height on both). Page numbers alone are dropped by
    ``_PAGE_NO`` anyway."""
    if len(pages) < 2:
        return [_without_title_header(pages[0]), *pages[1:]] if pages else pages

    def key(line: "_PdfLine") -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))

    def edges(lines: list["_PdfLine"]) -> list["_PdfLine"]:
        body = [line for line in lines if line.text.strip() and not _PAGE_NO.match(line.text.strip())]
        return body[:1] + body[-1:] if len(body) > 1 else body

    counts: dict[str, int] = {}
    tops: dict[str, list[float]] = {}
    for lines in pages:
        for k in {key(line) for line in edges(lines)}:
            counts[k] = counts.get(k, 0) + 1
        for line in edges(lines):
            if line.top is not None:
                tops.setdefault(key(line), []).append(line.top)
    running = {k for k, n in counts.items() if k and n >= 2 and n * 2 >= len(pages)
               and (k not in tops or max(tops[k]) - min(tops[k]) <= 2.0)}  # points
    if not running:
        return [_without_title_header(pages[0]), *pages[1:]]
    out = []
    for lines in pages:
        drop = {id(line) for line in edges(lines) if key(line) in running}
        out.append([line for line in lines if id(line) not in drop])
    return out


def _without_title_header(lines: list["_PdfLine"]) -> list["_PdfLine"]:
    """A running header that repeats the title's opening words (Word's header with the document's name) is dropped
    even on a one-page PDF, where no repetition shows it: the first line, set smaller than the line under it, whose
    words open the lines that follow (the title set large under it)."""
    body = [line for line in lines if line.text.strip()]
    if len(body) < 2 or body[0].size is None or body[1].size is None or body[0].size >= 0.8 * body[1].size:
        return lines
    head = re.sub(r"\s+", "", body[0].text)
    below = "".join(re.sub(r"\s+", "", line.text) for line in body[1:4])
    if len(head) < 6 or not below.startswith(head):
        return lines
    return [line for line in lines if line is not body[0]]


def _pdf_cell(text: str | None) -> str:
    """A ruled cell's text: the lines it wraps into joined, a line that opens with a list label kept apart."""
    out: list[str] = []
    for line in (text or "").splitlines():
        line = _PDF_AUTOSPACE.sub("", line.strip())
        if not line:
            continue
        if out and not _PDF_LABEL.match(line):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


def _pdf_tables(pages) -> list[list[list[str]]]:
    """Ruled tables, read as a Word table is: a row whose first cell is empty continues the row above — on the
    first row of a page, the row broken by the page break (its text joins the row's); elsewhere, cells merged down
    (the row's empty cells repeat the row above's). A table going on over the page keeps one header."""
    tables: list[list[list[str]]] = []
    for page in pages:
        if not (page.rects or page.lines):
            continue
        try:
            found = [_pdf_table_merged_down(t) for t in page.find_tables()]
        except Exception:
            continue
        for t_index, raw in enumerate(found):
            rows = [[_pdf_cell(c) for c in row] for row in raw if any((c or "").strip() for c in row)]
            if not rows:
                continue
            goes_on = t_index == 0 and tables and len(tables[-1][0]) == len(rows[0]) and rows[0] != tables[-1][0]
            table = tables[-1] if goes_on else []
            for i, row in enumerate(rows):
                if table and not row[0] and len(row) == len(table[-1]):
                    above = table[-1]
                    if goes_on and i == 0:  # the rest of the row the page break cut
                        table[-1] = [(a + b) if b and not _PDF_LABEL.match(b) else "\n".join(x for x in (a, b) if x)
                                     for a, b in zip(above, row)]
                        continue
                    row = [c or a for c, a in zip(row, above)]
                table.append(row)
            if not goes_on and table:
                tables.append(table)
    return tables


def _pdf_table_merged_down(table) -> list[list[str | None]]:
    """The table's cell texts; a cell merged down over several rows (a 责任单位 shared by two problems) is given
    in each row it covers, as Word gives a vMerge cell. pdfplumber gives None where no cell starts: a cell that
    started in a row above and reaches this row's bottom covers it (one merged across, a category row, does not)."""
    raw = table.extract()
    rows = table.rows
    if len(rows) != len(raw):
        return raw
    tops: dict[int, tuple] = {}  # column -> (bbox, text) of the last cell that started in it
    out = []
    for i, (row, texts) in enumerate(zip(rows, raw)):
        texts = list(texts)
        for j, cell in enumerate(row.cells):
            if j >= len(texts):
                break
            if cell is not None:
                tops[j] = (cell, texts[j])
            elif j in tops and texts[j] is None and tops[j][0][3] >= row.bbox[3] - 1 and (
                    j == 0 or row.cells[j - 1] is not None or texts[j - 1] is not None):
                texts[j] = tops[j][1]
        out.append(texts)
    return out


@dataclass
class _PdfLine:
    text: str
    from_left: bool = False  # starts at (or two characters in from) the left margin, on a page of full-width text
    gap: float = 0.0  # room between its end and the right margin
    indented: bool = False  # starts in from the left margin (a paragraph's first line), not the rest of a centred title
    size: float | None = None  # type size
    char_w: float = 10.0
    lead_w: float = 0.0  # width of what opens the line and cannot be broken (“12369”, 2.16亿, COD)
    fills: bool = False  # runs from the left margin (or a paragraph indent) to the right margin
    opens_indented: bool = False  # starts two characters or so in from the left margin
    centred_off: bool = False  # set in from both margins by the same room (a line of a centred paragraph)
    top: float | None = None  # distance from the page's top edge


# (with accented Latin letters: a pinyin gloss "(fèi)" that did not fit at the end of the line above)
_RE_PDF_WESTERN = re.compile(r"[0-9A-Za-z\u00c0-\u024f.%“”‘’\"'（(）)／/\-:：]")


def _wide_gaps(text: str, chars: list[dict], char_w: float) -> str:
    """A line's text with each gap of one and a half characters or more written as two spaces: a run of spaces in the
    source (fields set apart, "动态      发布时间：…"), never the typesetter's narrow gap between Chinese and Western
    characters, which ``_PDF_AUTOSPACE`` drops (it looks at single spaces only). pdfplumber writes one space for any
    gap; the text's non-space characters are the line's characters in order (else the text is left as it is)."""
    if " " not in text or len(text) - text.count(" ") != len(chars):
        return text
    out, i = [], 0
    for ch in text:
        if ch == " ":
            if 0 < i < len(chars) and chars[i]["x0"] - chars[i - 1]["x1"] >= 1.5 * char_w:
                out.append("  ")
            else:
                out.append(ch)
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _pdf_page_lines(page) -> list[_PdfLine]:
    try:
        found = page.extract_text_lines(return_chars=True)
    except Exception:
        found = None
    if not found:
        return [_PdfLine(line) for line in (page.extract_text() or "").splitlines()]
    # the width of a Chinese character (an indent is two of them), measured on Chinese characters when the page has
    # some: a page glossed in pinyin has as many narrow Latin letters as characters, and their median is no measure
    widths = sorted(c["x1"] - c["x0"] for line in found for c in line.get("chars", []) if c.get("text", "").strip())
    cjk = sorted(c["x1"] - c["x0"] for line in found for c in line.get("chars", []) if c.get("text", "") >= "\u2e80")
    widths = cjk if len(cjk) * 8 >= len(widths) else widths
    char_w = widths[len(widths) // 2] if widths else 10.0
    left = min(line["x0"] for line in found)
    right = max(line["x1"] for line in found)
    out: list[_PdfLine] = []
    for line in found:
        chars = [c for c in line.get("chars", []) if c.get("text", "").strip()]
        sizes = sorted(c.get("size") or 0 for c in chars)
        size = sizes[len(sizes) // 2] if sizes else None
        gap_left, gap_right = line["x0"] - left, right - line["x1"]
        centred = gap_left > char_w and abs(gap_left - gap_right) <= 1.5 * char_w  # the rest of a centred title
        lead = 0
        while lead < len(chars) and (lead == 0 or _RE_PDF_WESTERN.match(chars[lead]["text"])):
            lead += 1
        lead_w = chars[lead - 1]["x1"] - chars[0]["x0"] if lead > 1 else 0.0
        out.append(_PdfLine(
            text=_wide_gaps(line["text"], chars, char_w),
            from_left=gap_left <= 2.5 * char_w and (right - left) > 15 * char_w,
            gap=gap_right,
            indented=gap_left > 1.2 * (size or char_w) and not centred,
            size=size, char_w=char_w, lead_w=lead_w,
            fills=gap_right <= 0.5 * char_w and gap_left <= 3 * char_w,
            opens_indented=1.5 * char_w <= gap_left <= 3 * char_w,
            centred_off=gap_left > 0.2 * char_w and abs(gap_left - gap_right) <= 0.25 * char_w,
            top=line.get("top")))
    return out
