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
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from . import guards

from .result import ParsedMeasure, ParsedProblem, ParseResult, titled_as_report

COLUMNS: dict[str, list[str]] = {
    "seq": ["序号", "编号", "问题序号", "序", "项次"],
    # bw24: the number the plan gave the task, printed beside the table's own 序号 ("序号 | 任务编号 | 督察反馈问题 …" over
    # "1 | 第3项 | …"): the row's seq (R77, the item's own number before the notice's enumeration)
    "task_no": ["任务编号", "整改任务编号", "问题编号", "反馈问题编号", "事项编号", "任务序号"],
    # (syn22: each column's header any word of its class — the problem "发现的问题" / "主要问题", the measures "主要措施",
    # the deadline "时限要求", the units "承办单位", the progress "整改落实情况": normalize.LABEL_CLASSES)
    "problem": ["反馈问题", "问题描述", "存在问题", "问题内容", "具体问题", "问题清单", "反馈意见", "审计发现问题", "审计查出问题",
                "发现的问题", "主要问题", "问题",
                # (cases23: an audit office's table of its opinions, one finding a row: "审核意见标题", "审计意见")
                "审核意见", "审计意见", "查核意见",
                # (a check's table of hazards found: "消防隐患问题", "存在隐患", "隐患内容", "安全隐患")
                "隐患", "存在隐患", "隐患内容", "隐患描述", "发现隐患", "安全隐患"],
    # ("整改成效": what was done, in a table of closed items with no measures column: "1、进行了行政处罚 2、…")
    "measure": ["整改措施", "具体措施", "整改举措", "主要措施", "整改任务", "措施", "举措", "任务", "整改成效"],
    "target": ["整改目标", "目标"],
    # (task25: also the planned day named with the work, "计划完成整治时间", "计划完成整改时间" — a 水源地 progress table)
    "deadline": ["整改时限", "完成时限", "整改期限", "时限要求", "计划完成时间", "计划完成整治时间", "计划完成整改时间", "时限"],
    # A deadline of its own per measure row, next to the problem's (zhenggai's 台账 writes both).
    "measure_deadline": ["措施整改时限", "措施时限", "措施完成时限"],
    "leader": ["责任领导", "牵头领导", "分管领导", "领导"],
    # (a table of problems handed down to localities names each row's county: "县(市、区)", "县市区" — the one that answers)
    # (bw23: every unit word after 责任 / 牵头 / 主责: a county bureau's 股室, "牵头股室")
    "units": ["责任单位", "牵头单位", "责任部门", "承办单位", "牵头部门", "责任处室", "牵头处室", "责任科室", "牵头科室", "责任股室",
              "牵头股室", "主责单位", "主责部门", "主责科室", "主责处室", "主责股室",
              "县市、区", "县市区", "县区"],
    "co_units": ["配合单位", "协办单位", "配合部门", "协同单位"],
    "person": ["责任人", "具体责任人"],
    "completion": ["整改完成情况", "整改落实情况", "完成情况", "整改进展", "进展情况", "整改情况", "落实情况", "进展"],
    "percent": ["进度", "完成进度", "整改进度", "进度%", "完成比例", "完成率"],
    # (an audit office's table gives its verdict on each finding: "认定结果" 已整改 / 持续整改 / 未整改 — zs18)
    # (st21: the same verdict headed the other way round, "整改结果认定", or as what the office found, "认定情况")
    # (bw23: whether the item was closed, "是否销号" / "是否办结" / "是否整改到位": 是 done, 否 says nothing more)
    "status": ["完成状态", "整改状态", "状态", "是否完成", "认定结果", "结果认定", "认定情况", "是否销号", "是否办结", "是否整改到位",
               "是否整改完成",
               # (bw24: a 验收销号 table's verdict on each task, "验收意见" — "经验收，…同意销号" done; "不同意销号" not)
               "验收意见", "验收结论", "验收情况", "销号意见"],
    "completion_date": ["实际完成时间", "完成时间", "销号时间", "完成日期"],
    "category": ["问题类别", "问题类型", "类别", "方面", "类型", "领域"],
    # (check24: where a check found each fault, a room or a part of a building: "校区、建筑、房间", "检查地点", "隐患部位";
    # known, so a table of findings by place reads as one, and not used further — the place is no unit, R103)
    "place": ["检查地点", "隐患部位", "检查部位", "地点", "位置", "部位", "房间", "楼栋", "楼宇"],
    # Known, and computed from the other columns: read, and not reported as unknown.
    "light": ["亮灯", "亮灯情况", "预警", "红黄绿灯", "预警等级"],
}

STATUS_WORDS = [
    # "持续整改" in a status column: the work goes on with no end set (not "持续整改中", under way)
    ("long_term", re.compile(r"长期坚持|长期|持续整改(?!中)")),
    # zhenggai's own measure states: a sign-off under review or sent back is not done yet; part of it done
    # ("部分整改", "部分完成", "基本完成") or on schedule ("序时推进") is not done either
    # (bw23: also work going on to plan, "按计划推进", "按照时间节点推进" — titles.ON_PLAN_GOING)
    ("in_progress", re.compile(r"按(?:照)?(?:计划|既定计划|方案|序时进度|时序进度|序时|时间节点|节点|进度)(?:稳步|有序|持续|扎实)?推进"
                               r"|(?:未|尚未|没有)(?:办结|销号)|正在(?:办理|落实)|(?<![已])(?:办理|落实)中(?![\u4e00-\u9fff])"  # (bw23: not yet closed)
                               r"|正在推进|推进中|整改中|正在整改|未完成|进行中|持续推进|待.{0,6}审[核批]|回炉|返工|退回|驳回"
                               r"|部分整改|部分完成|基本完成|基本整改到位|序时推进|阶段性")),
    ("done", re.compile(r"已完成|已销号|完成|已整改|办结|是|(?<![不未])同意(?:予以)?销号|(?<![未不])通过(?:核查)?验收|验收合格")),
]
RE_VERDICT_GOING = re.compile(r"持续整改")
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
    # ks20: a problem or measure heading that carries a unit of count ("整改任务（项）", "反馈问题（个）", "问题数") heads a
    # column of tallies, one body a row (a round's per-city figures annex): not a ledger's column of statements
    cells = ["" if (RE_COUNT_HEADING.search(c) if ("项" in c or "个" in c or "条" in c or "数" in c) else None) else c
             for c in cells]
    # a heading that is a column's own name takes the column before one that only holds its word: "问题描述" is the
    # problem, not the "问题编号" or "问题来源" printed before it
    for i, cell in enumerate(cells):
        k = _key(cell)
        for col, aliases in COLUMNS.items():
            if col not in found and k in aliases:
                found[col] = i
                break
    if "task_no" not in found and "seq" in found:
        # task25: two number columns, "编号 | 序号 | 反馈问题 …" or "序号 | 编号 | …": the first is the table's own count,
        # the second the number the plan gave the task (R77, R183: the task's own number over the table's count)
        second = next((i for i, cell in enumerate(cells) if i > found["seq"] and _key(cell) in ("序号", "编号", "问题序号")), None)
        if second is not None:
            found["task_no"] = second
    taken = set(found.values())
    for i, cell in enumerate(cells):
        k = _key(cell)
        if not k or len(k) > 16 or i in taken:
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
    if "units" not in found and "problem" in found:
        # a check-results table without a 责任单位 column, whose column names the bodies checked ("学校食堂",
        # "被检查单位", "企业名称"): each row's body is the one that must put its problem right
        taken = set(found.values())
        for i, cell in enumerate(cells):
            if i not in taken and i < found["problem"] and RE_BODIES_CHECKED.fullmatch(_key(cell)):
                found["units"] = i
                break
    if "units" not in found and "place" in found and "problem" in found:
        # check24: a table of findings by place whose "备注" names who answers for each ("…宿舍楼643 | 多次使用…插座引线 |
        # 某学院"): the note is the unit when it is a name (a sentence in it names none, _problem)
        note = next((i for i, cell in enumerate(cells) if _key(cell) == "备注" and i not in found.values()), None)
        if note is not None:
            found["units"] = note
    if "problem" not in found and "measure" in found:
        _task_as_problem(cells, found)
    if len(found) >= 2 and ("problem" in found or "measure" in found):
        return found
    return None


# a note cell telling something rather than naming a body: a clause mark, or a word of doing or of state
RE_NOTE_SENTENCE = re.compile(r"[，,。；;:：!！]|已|未|将|需|请|整改|通知|清理|处理")


# a heading naming a count, not a statement: "整改任务（项）", "问题（个）", "整改措施(条)", "反馈问题数", "任务数量"
RE_COUNT_HEADING = re.compile(r"^[^（(]{1,10}(?:[（(]\s*[项个条件]\s*[)）]|数(?:量)?(?:[（(]\s*[项个条件]\s*[)）])?)\s*$")


# ws20: a 督察 task table names the task and its measures side by side and no problem column ("序号 | 整改任务 | 整改措施 |
# 责任单位 | 完成时限 | 完成情况", a city report's 附件1): the task is what was fed back to be put right (the problem, as a
# 督察's "45项整改任务" are its problems), the measures cell holds its measures. Only when a column of measures proper stands
# beside it: a table with a problem column keeps 整改任务 as the measures. A task table with no measures column at all
# ("序号 | 整改任务 | 责任单位 | 完成时限 | 完成情况") lists the tasks alone: each is a problem, with no measures (R14/R63);
# not a bare "任务" or "工作任务" column (a 责任分工表's work: 成立领导小组, 制定方案…).
_TASK_HEADINGS = ("整改任务", "重点整改任务", "督察整改任务", "任务")
_TASK_ALONE_HEADINGS = ("整改任务", "重点整改任务", "督察整改任务")
_MEASURE_HEADINGS = ("整改措施", "具体措施", "整改举措", "措施", "举措", "具体整改措施", "主要措施", "整改措施及进展")


def _task_as_problem(cells: list[str], found: dict[str, int]) -> None:
    at = found["measure"]
    if _key(cells[at]) not in _TASK_HEADINGS:
        return
    taken = set(found.values())
    proper = next((i for i, c in enumerate(cells) if i not in taken and _key(c) in _MEASURE_HEADINGS), None)
    if proper is not None and proper > at:
        found["problem"], found["measure"] = at, proper
    elif proper is None and _key(cells[at]) in _TASK_ALONE_HEADINGS:
        found["problem"] = found.pop("measure")


# a column naming the bodies a check visited: "学校食堂", "被检查单位", "检查对象", "企业名称", "门店"
# (not "检查单位": the body that made the check)
RE_BODIES_CHECKED = re.compile(r"(?:被检查|被检)?(?:单位|企业|学校|食堂|门店|商户|医院|场所)(?:名称)?|检查对象"
                               r"|[\u4e00-\u9fff]{1,4}(?:食堂|学校|企业|门店|医院)(?:名称)?")


# a progress cell that is a status ("已完成", "持续推进", "基本完成。…"), when the table has no status column
# (ks19: also the words a 督察 task table's 整改进展 cell opens with for work on schedule, "达到序时进度。已完成…",
# "按序时进度推进", "未达到序时进度", and a 完成情况 cell's "持续整改" / "正在持续推进": the work goes on — in_progress)
RE_COMPLETION_STATUS = re.compile(
    r"^\s*(已完成(?:整改)?|已整改(?:到位|完成)?|已销号|已办结|完成整改|整改完成|正在(?:持续)?推进|正在(?:持续)?整改|持续推进中?|推进中|整改中"
    r"|基本完成|部分完成|部分整改|(?:按|按照)?序时推进中?|长期坚持|未完成"
    r"|按(?:照)?(?:计划|既定计划|方案|序时进度|时序进度|时间节点|节点|进度)(?:稳步|有序|持续|扎实)?推进中?"
    r"|(?:已|已经)?(?:未|尚未)?(?:达到|符合|超过|滞后于?|落后于?)(?:序时|时序)进度(?:要求)?|(?:按|按照)(?:序时|时序)进度推进(?:中)?"
    r"|持续整改中?)\s*(?:[。，,；;]|$)")


# a 整改情况 cell telling what was done as done: "已更换新的防蝇帘", "已对卫生及时清理"
RE_DONE_ACT = re.compile(r"^\s*已(?:经)?[\u4e00-\u9fff]")
# …with something still to do: "已制定方案，正在推进", "已清理一半，剩余部分计划月底前完成"
RE_PENDING = re.compile(r"正在|推进|逐步|计划|拟|将于|尚未|未完成|持续|部分|剩余|待")


def completion_status(text: str) -> str | None:
    m = RE_COMPLETION_STATUS.match(text)
    if m is None:
        return None
    # 基本完成 / 部分完成: part of it is done, the rest goes on; on schedule (序时), or 持续整改 where a row stands (not a
    # status column's verdict of work with no end, STATUS_WORDS): under way
    word = m.group(1)
    if word in ("基本完成", "部分完成", "部分整改") or "序时" in word or "时序" in word or word.startswith("持续整改"):
        return "in_progress"
    return status_word(word)


def status_word(text: str) -> str | None:
    for status, rx in STATUS_WORDS:
        if rx.search(text):
            return status
    return None


def status_word_strict(text: str) -> str | None:
    """The status a short cell states in a word of the status classes (titles.status_of: "已办结", "正在整改", "长期坚持",
    "按计划推进"), not the ledger status column's looser reading (where "是" / "完成" alone say done)."""
    from .parse.titles import status_of

    return status_of(text)


def percent_value(text: str) -> int | None:
    """'60%', '60', '0.6' → 60; None when the text is not a percentage from 0 to 100."""
    m = re.fullmatch(r"(\d{1,3}(?:\.\d+)?)\s*[%％]?", text.strip())
    if not m:
        return None
    value = float(m.group(1))
    if not text.strip().endswith(("%", "％")) and "." in m.group(1) and value <= 1:
        value *= 100  # a fraction written without the percent sign
    return round(value) if 0 <= value <= 100 else None


@dataclass
class LedgerResult(ParseResult):
    """A ledger read in two passes. The first (``read_ledger_rows``) reads every row and groups them by
    problem, keeping only the cells; the second makes the problems and their measures, one at a time
    (``stream``), so a caller that writes each one out (the sandbox child) never holds all of them.
    ``materialise`` puts them all in ``problems`` instead, for every other caller.

    The second pass needs the whole sheet: whether one row is one measure depends on every problem."""

    _groups: list | None = field(default=None, repr=False, compare=False)
    _pick: Any = field(default=None, repr=False, compare=False)
    _one_per_row: bool = field(default=False, repr=False, compare=False)
    _reports: bool = field(default=False, repr=False, compare=False)
    _done_as_measure: bool = field(default=False, repr=False, compare=False)
    _note_units: bool = field(default=False, repr=False, compare=False)  # (the units read from a 备注 column)
    _report_above: list | None = field(default=None, repr=False, compare=False)  # (hs19: see _first_ledger)
    problem_count: int = field(default=0, repr=False, compare=False)
    _states_by_number: dict | None = field(default=None, repr=False, compare=False)  # (bw23: status_sheet)

    @property
    def pending(self) -> bool:
        """Whether its problems are still to be made."""
        return self._groups is not None

    def stream(self) -> Iterator[ParsedProblem]:
        """Each problem once, in order; the rows it was made from are let go as it is handed over."""
        groups, self._groups = self._groups, None
        if groups is None:
            raise RuntimeError("the ledger's problems were already streamed")
        for i in range(len(groups)):
            head, rows = groups[i]
            groups[i] = None
            problem = self._problem(head, rows)
            del head, rows
            yield problem

    def materialise(self) -> LedgerResult:
        if self._groups is not None:
            self.problems = list(self.stream())
        return self

    def schema_kind(self) -> str:
        if self.kind != "ledger":
            return self.kind
        if self._groups is not None:
            raise RuntimeError("a ledger's kind is known once its problems are made")
        return "bulletin" if self._reports or titled_as_report(self.title) else "plan"

    def _problem(self, head: tuple, rows: list[tuple]) -> ParsedProblem:
        seq, title, category, position, target, leader, person, deadline, section_status = head
        p = ParsedProblem(seq=seq, title=title, category=category, position=position, target=target,
                          lead_leader=leader, responsible_person=person, deadline=deadline,
                          status=section_status)
        pick = self._pick
        notes: list[str] = []
        row_statuses: list[str] = []
        for row in rows:
            (r_index, measure_text, units_text, co_units_text, status_text, percent_text, m_deadline,
             row_deadline, completion, completion_date, row_person) = pick(row)
            status = status_word(status_text) if status_text else (completion_status(completion) if completion else None)
            if status == "long_term" and getattr(self, "_verdict", False) and RE_VERDICT_GOING.search(status_text):
                status = "in_progress"
            if units_text and self._note_units and (len(units_text) > 30 or RE_NOTE_SENTENCE.search(units_text)):
                units_text = ""  # (a note that is a sentence, "已通知周边单位,近期将统一组织清理": no name)
            units = _unique(_split_units(units_text) + _split_units(co_units_text)) if co_units_text else (
                _unique(_split_units(units_text)))
            percent = percent_value(percent_text) if percent_text else None
            if percent_text and percent is None and status is None and len(percent_text) <= 12 and (
                    completion_status(percent_text) or status_word_strict(percent_text)):
                # bw23: a progress column ("整改进度") stating the state in words, not a percentage ("已办结", "按计划推进",
                # "长期坚持"): the row's status
                status = completion_status(percent_text) or status_word_strict(percent_text)
                percent_text = ""
            if percent_text and percent is None:
                self.add_anomaly("bad_percent", f"进度“{percent_text}”无法识别为百分比，已忽略", r_index)
            if status or completion or percent is not None or completion_date:
                self._reports = True
            if status and not measure_text:
                row_statuses.append(status)
            if not measure_text and completion and self._done_as_measure and not completion_status(completion):
                # a table with no measure column: its 整改情况 cell telling what was done ("已更换新的防蝇帘") is the
                # problem's one measure (a cell that is only a status, "已完成", stays a status)
                measure_text = completion
                if status is None and RE_DONE_ACT.match(completion) and not RE_PENDING.search(completion):
                    status = "done"  # ("已更换新的防蝇帘", "已对卫生及时清理": the act told as done, nothing left pending)
            for m in _row_measures(measure_text, r_index, split=not self._one_per_row):
                m.deadline = m_deadline or m.deadline or row_deadline or None
                m.responsible_units = _unique(units + m.responsible_units) if m.responsible_units else list(units)
                m.status = status
                m.completion_note = completion or None
                m.progress = percent
                m.completion_date = completion_date or None
                m.responsible_person = row_person or None
                p.measures.append(m)
            for u in units:
                if u not in p.responsible_units:
                    p.responsible_units.append(u)
            if p.deadline is None and row_deadline:
                p.deadline = row_deadline
            if status and not section_status:
                notes.append(status_text)
        # (a row with no measure still states the problem's status in its 整改情况 cell: "已完成")
        statuses = [m.status for m in p.measures if m.status] or row_statuses
        if p.status is None and statuses:
            if all(s == statuses[0] for s in statuses):
                p.status = statuses[0]
            elif "in_progress" in statuses:
                p.status = "in_progress"
            else:
                p.status = "long_term"
        if p.status is None and notes:
            p.status = status_word(notes[0])
        if p.status is None and self._states_by_number and p.seq is not None:
            p.status = self._states_by_number.get(p.seq)  # (bw23: the state the status sheet gives this number)
        if p.status:
            self._reports = True
        return p


# The columns the second pass reads from each kept row, in this order (after the row's index).
_KEPT = ("measure", "units", "co_units", "status", "percent", "measure_deadline", "deadline",
         "completion", "completion_date", "person")


def rows_to_result(rows: Iterable[Sequence], title_hint: str | None = None) -> ParseResult | None:
    """A ledger result from table rows, with all its problems made; None when no header row is found in
    the first 20 rows."""
    result = read_ledger_rows(rows, title_hint)
    return result.materialise() if result is not None else None


HEADER_SEARCH_ROWS = 20


def find_header(source, norm, match) -> tuple[list[list[str]], dict | None]:
    """Read rows from the iterator `source` (each cell through `norm`) until `match` recognises a heading row,
    at most HEADER_SEARCH_ROWS: (the rows read, the heading being the last one; its columns or None). The rest
    of `source` is left for the caller: a table of any length streams through once. The ledger reader and the
    petitions reader share it."""
    head: list[list[str]] = []
    cols = None
    for raw in source:
        head.append([norm(c) for c in raw])
        cols = match(head[-1])
        if cols or len(head) >= HEADER_SEARCH_ROWS:
            break
    return head, cols or None


# bs20: a table disclosing how handed-down petitions were handled ("交办问题基本情况 | 调查核实情况 | 是否属实 | 处理处罚和
# 问责情况 | 是否办结"): each row is a citizen's complaint and its investigation — a petition (zhenggai/petitions reads such
# lists), not a problem of a rectification ledger (R17). The sign is an investigation column (调查核实情况) next to a column
# only a petition has: the verdict 是否属实, the petition's 受理编号, what the complaint said (举报内容, 交办/转办问题基本情况),
# whether the case is closed (是否办结) or who was held to account (问责情况, 责任人被处理情况). A rectification ledger has
# none of them (it says what was found and what was done, not whether a complaint held).
# env24: the verdict column alone missed a page whose header cells lost their second word ("是否 | … | 是否"): any of the
# petition's own columns with the investigation one is the sign (blind50 jyg; R169).
RE_INVESTIGATION_COLUMN = re.compile(r"^(?:调查|核实|調查|核實)(?:核实|核實|处理|處理)?(?:情况|情況|结果|結果)")
RE_PETITION_COLUMN = re.compile(
    r"^(?:是否(?:属实|屬實)|受理(?:编号|編號)|(?:举报|舉報|投诉|投訴|信访|信訪|来信|來信)(?:内容|內容|事项|事項|问题|問題)"
    r"|(?:交办|交辦|转办|轉辦)(?:问题|問題|事项|事項)?(?:的)?基本(?:情况|情況)|是否(?:办结|辦結)"
    r"|(?:责任人|責任人)被(?:处理|處理|问责|問責)(?:情况|情況)|(?:问责|問責)(?:处理)?(?:情况|情況)"
    r"|(?:处理处罚|處理處罰)和(?:问责|問責)(?:情况|情況))$")


def petition_disclosure_columns(cells: list[str]) -> bool:
    """A header row of a petition-handling disclosure: an investigation column and one of a petition's own."""
    keys = [re.sub(r"\s+", "", c) for c in cells if c]
    return any(RE_INVESTIGATION_COLUMN.match(k) for k in keys) and any(RE_PETITION_COLUMN.match(k) for k in keys)


_RE_INVESTIGATION_CELL = re.compile(RE_INVESTIGATION_COLUMN.pattern.lstrip("^"))
_RE_PETITION_CELL = re.compile(RE_PETITION_COLUMN.pattern.lstrip("^").rstrip("$"))


def petition_disclosure_row(text: str) -> bool:
    """A text line that is a petition disclosure's header row as a page's table is copied: its cells parted by "|", tabs
    or spaces, or glued (the copy dropped the tabs): short, no sentence in it, an investigation cell and a petition's."""
    if len(text) > 200 or re.search(r"[。，,；;]", text):
        return False
    cells = [c for c in re.split(r"[\s|｜]+", text.strip()) if c]
    if len(cells) >= 3:
        return petition_disclosure_columns(cells)
    # (glued: two of a petition's own cells, so that a heading naming petitions and their handling, "…信访问题调查处理
    # 情况的通报", is no header row)
    glued = "".join(cells)
    return bool(_RE_INVESTIGATION_CELL.search(glued)) and len({m.group() for m in _RE_PETITION_CELL.finditer(glued)}) >= 2


def petition_table_span(lines: list[tuple[int, str]]) -> tuple[int, int] | None:
    """(first, last) positions of a petition disclosure table pasted as "|" rows: its header row to its last row."""
    start = None
    last = None
    for k, (pos, text) in enumerate(lines):
        if start is None:
            if "|" in text or "｜" in text:
                # (a header row wrapped by the copy over a few lines, each a run of its cells)
                for j in range(k + 1, min(len(lines), k + 4)):
                    nxt = lines[j][1]
                    if ("|" not in nxt and "｜" not in nxt) or re.search(r"[。，,；;]", nxt) or len(text) + len(nxt) > 300:
                        break
                    text = text + nxt  # (a cell's word may be cut at the break: "调查" / "核实情况")
            if ("调查" in text or "核实" in text or "調查" in text or "核實" in text) and petition_disclosure_row(text):
                start = last = pos
        elif "|" in text or "｜" in text or "\t" in text or re.match(r"\s*\d{1,4}\s", text):
            last = pos  # (a row: its cells parted as the header's, or its number opening it)
    return (start, last) if start is not None else None


def read_ledger_rows(rows: Iterable[Sequence], title_hint: str | None = None) -> LedgerResult | None:
    """The first pass: a ledger whose problems are still to be made (see ``LedgerResult``), or None when
    no header row is found in the first 20 rows.

    ``rows`` is consumed once, row by row: a reader can stream a sheet of any length through here
    without the whole sheet ever being held as raw rows. Each row is kept as a tuple of the few cells
    the second pass reads.
    """
    from .parse.dates import iso, parse_date_text
    from .parse.facts import issuer_from_title, round_owner

    source = iter(rows)
    head, cols = find_header(source, _norm, match_header)
    if not cols:
        return None
    header_at = len(head) - 1
    header = head[header_at]
    if petition_disclosure_columns(header):
        return None
    # a two-row heading: "责任单位" over "牵头单位 | 配合单位", "整改进展" over "完成情况 | 佐证材料"
    nxt = next(source, None)
    if nxt is not None and header and nxt:
        more = [_norm(c) for c in nxt]
        # (env24: a petition header wrapped by the copy, "…|调查" over "核实情况|是否属实|…", its cut word rejoined)
        if petition_disclosure_columns(header + more) or petition_disclosure_columns(header[:-1] + [header[-1] + more[0]] + more[1:]):
            return None
    if nxt is not None:
        sub = _sub_header(header, [_norm(c) for c in nxt])
        if sub is not None:
            header, cols = sub
            header_at += 1
        else:
            source = itertools.chain([nxt], source)
    result = LedgerResult(kind="ledger")
    if header_at >= 4 and is_report_sheet(head[:header_at]):
        # hs19: the report's text in the rows above the table on the same sheet (title, addressee, prose, signature,
        # "附件", the table's own title): kept for _first_ledger to read as a report sheet before the ledger is read
        result._report_above = ["\t".join(dict.fromkeys(c for c in r if c)) for r in head[:header_at] if any(r)]
    filled_by = filled_on = None
    for r in head[:len(head) - 1]:
        values = [c for c in r if c]
        if values and len(set(values)) == 1 and result.title is None and not _RE_FILLED.search(values[0]) \
                and not _RE_ATTACHMENT_ONLY.match(values[0]):
            result.title = values[0]
        by, on = _filled(values)  # "填报单位（盖章）：…　填报日期：2024年12月10日" above the heading
        filled_by, filled_on = filled_by or by, filled_on or on
    result.title = result.title or title_hint
    result.issuer = filled_by or issuer_from_title(result.title) or round_owner(result.title)
    if filled_on:
        result.report_date = iso(parse_date_text(filled_on))
    # a note row under the title (one merged cell: "（巡察组：…；巡察时间：2023年5月8日—7月7日；反馈时间：2023年8月30日。
    # 反馈问题8个，…已完成整改5个）"): the inspection and the headline figures, as a document's lead gives them
    notes = [r[0] for r in ([c for c in row if c] for row in head[:len(head) - 1])
             if r and len(set(r)) == 1 and r[0] != result.title and not _RE_FILLED.search(r[0]) and len(r[0]) >= 20]
    if notes:
        from .parse import headline as _headline
        from .parse.inspection import inspection_facts
        note = "\n".join(notes)
        result.inspection = inspection_facts(note, result.issuer, result.title, result.report_date)
        result.headline = _headline.headline_figures(note)
        _headline.settle(result.headline)
    known = set(cols.values())
    for i, cell in enumerate(header):
        if cell and i not in known:
            result.add_anomaly("unknown_column", f"台账中的“{cell}”列无法识别，已忽略", header_at)

    # A row is kept as (index, the _KEPT cells…); a missing column reads as "" (the width of the widest row).
    kept_at = [cols.get(col) for col in _KEPT]
    width = max(known) + 1
    blank = ("",) * width
    take = [i for i in kept_at if i is not None]

    def get_at(i: int | None) -> Any:
        return (lambda row: row[i]) if i is not None else (lambda row: "")

    seq_of, problem_of, measure_of = get_at(cols.get("seq")), get_at(cols.get("problem")), get_at(cols.get("measure"))
    task_no_of = get_at(cols.get("task_no"))
    category_of, target_of = get_at(cols.get("category")), get_at(cols.get("target"))
    leader_of, person_of, deadline_of = get_at(cols.get("leader")), get_at(cols.get("person")), get_at(cols.get("deadline"))
    place_of = get_at(cols.get("place"))
    current_place = ""
    header_width = len(header)

    # A ledger repeats the same short values (units, deadlines, statuses) on thousands of rows: each is kept once.
    shared: dict[str, str] = {}

    groups: list[tuple[tuple, list[tuple]]] = []
    spanning: list[tuple[int, str]] = []  # (problems above it, text) of each long row spanning the table
    below: list[tuple[int, str]] = []  # (problems above it, text) of every row spanning the table (a signature's too)
    category = None
    section_status = None
    current: list[tuple] | None = None
    current_title = ""
    current_text = current_seq_text = ""
    current_measure_text = ""
    measure_rows_max = 0  # the most measure rows under one problem
    current_measure_rows = 0
    for r_index, raw in enumerate(source, start=header_at + 1):
        row = [_norm(c) for c in raw]
        if len(row) < width:
            row.extend(blank[len(row):])
        values = [c for c in row if c]
        if not values:
            continue
        if all(_RE_SIGN_CELL.match(v) for v in values):
            # the table's signing row ("填报单位：…　填报时间：2024年8月30日"): who filled it and when, not a problem
            by, on = _filled(values)
            if on and filled_on is None:
                filled_on = on
                result.report_date = result.report_date or iso(parse_date_text(on))
            if by and filled_by is None:
                filled_by = by
                result.issuer = result.issuer or by
            current = None
            continue
        if len(set(values)) == 1 and (not measure_of(row) or len(values) >= max(2, header_width - 1)):
            # a section row spanning the table: "一、…方面" or a status heading
            text = re.sub(r"^[一二三四五六七八九十]+[、.．]|^[(（][一二三四五六七八九十]+[)）]", "", values[0]).strip()
            # (without its count: "政治建设和党的领导方面（2个问题）")
            from .parse.structure import RE_COUNT_NOTE

            category = RE_COUNT_NOTE.sub("", text.rstrip("。")).strip() or text.rstrip("。")
            if groups and len(text) >= 20:
                spanning.append((len(groups), values[0]))
            if groups:
                below.append((len(groups), values[0]))
            section_status = status_word(text) if re.search(r"完成|推进|长期|整改中", text) else None
            current = None
            continue
        if "计" in values[0] and len(values[0]) <= 5 and _RE_TOTAL_ROW.match(values[0]) and len(values) <= header_width:
            # res22: the table's totals row ("合计 | 10个问题 | 22条措施 | 已完成7个"): counts of the rows above, no problem
            current = None
            continue
        seq_cell = seq_of(row)
        problem_text = problem_of(row)
        if problem_text and len(problem_text) <= 8 and not measure_of(row) and _RE_NOTHING_FOUND.match(problem_text):
            # res22: a check's table of every place checked, a row that passed saying so in its finding cell ("合格 |
            # 无", "/", "未发现问题"): no finding, no problem (R109) — its number stays unused
            current = None
            continue
        # (a numbered row whose problem AND measure cells both repeat the row above is another problem worded the same
        # — a 公示 table of places with one shared fault — not a second measure: one problem never takes the same
        # measure twice)
        new_problem = current is None or (problem_text and problem_text != current_text) or (
            seq_cell and not problem_text and seq_cell != current_seq_text
        ) or (seq_cell and seq_cell != current_seq_text and problem_text and measure_of(row)
              and measure_of(row) == current_measure_text) or (
            # check24: a table of findings by place ("校区、建筑、房间 | 消防隐患问题 | 备注"): a row of another place with
            # the same fault worded the same is that place's own finding, not a second row of the one above
            problem_text and place_of(row) and place_of(row) != current_place and not measure_of(row))
        current_place = place_of(row) or current_place
        if new_problem:
            seq = int(seq_cell) if seq_cell.isdecimal() else _task_number(seq_cell)
            task_no = task_no_of(row)
            if task_no:
                own = int(task_no) if task_no.isdecimal() and len(task_no) <= 4 else _task_number(task_no)
                seq = own if own is not None else seq
            title = _strip_number(problem_text) or (current_title if current is not None and not problem_text else "")
            current_title = title
            current_text, current_seq_text = problem_text, seq_cell
            own_category = category_of(row)
            if own_category and own_category.endswith((")", "）")):  # (C1: "政治建设（3个）" in a category column too)
                from .parse.structure import RE_COUNT_NOTE

                own_category = RE_COUNT_NOTE.sub("", own_category).strip() or own_category
            problem_head = (seq, title, own_category or category, r_index, target_of(row) or None,
                            leader_of(row) or None, person_of(row) or None, deadline_of(row) or None, section_status)
            current = []
            groups.append((problem_head, current))
            current_measure_rows = 0
        current_measure_text = measure_of(row)
        if measure_of(row):
            current_measure_rows += 1
            if current_measure_rows > measure_rows_max:
                measure_rows_max = current_measure_rows
        kept = [r_index]
        for i in take:
            value = row[i]
            if value and len(value) <= 40 and len(shared) < 100_000:
                value = shared.setdefault(value, value)
            kept.append(value)
        current.append(tuple(kept))
        del raw, row

    # Which kept cell each _KEPT column is (by position in the tuple), "" for a column the sheet lacks.
    positions: list[int | None] = []
    n = 1
    for i in kept_at:
        positions.append(n if i is not None else None)
        n += 1 if i is not None else 0

    def pick(row: tuple, _positions=tuple(positions)) -> tuple:
        return (row[0], *(row[p] if p is not None else "" for p in _positions))

    result._pick = pick
    # st21: the rows spanning the table under its last problem close the ledger — a total stated as a sentence
    # ("合计：查出问题16个，已整改10个…；促进完善制度5项。"), its notes (说明：…): the headline figures the ledger states
    # of itself, as a note row under its title gives them (only where nothing above gave the figure)
    closing = [t for k, t in spanning if k == len(groups)]
    # bw24: the notice signed under its table, a row for the signing body then one for the date ("某县督察整改办" /
    # "2025年4月1日"): who issued it and when, where no 填报 row said so
    signed = [t for k, t in below if k == len(groups)]
    if signed and result.report_date is None:
        from .parse import facts as _facts

        org, on = _facts.signature(list(enumerate(signed[-3:])))
        if on:
            result.report_date = on
            if org and (result.issuer is None or org.endswith(result.issuer)):
                result.issuer = _facts.issuer_name(org)
    if closing and not any(getattr(result.inspection, k) for k in ("inspector", "start", "end", "feedback_date")):
        # bw25: the inspection told in a note under the table ("说明：1.区委第六巡察组于2024年9月9日至11月8日对区司法局
        # 党组开展了常规巡察，2024年12月19日反馈了巡察意见；2.…"), where no note over it did: read as a lead's sentence
        from .parse.inspection import inspection_facts

        # (its items apart, each a line without its number: "说明：1.区委第六巡察组…" names the team, not "1.区委…")
        note = _RE_NOTE_ITEM.sub("\n", "\n".join(closing))
        result.inspection = inspection_facts(note, result.issuer, result.title, result.report_date)
    if closing:
        from .parse import headline as _headline

        figures = _headline.headline_figures("\n".join(closing))
        _headline.settle(figures)
        for key in ("problems_total", "problems_done", "measures_total", "measures_done", "rules_made"):
            if getattr(result.headline, key) is None and getattr(figures, key) is not None:
                setattr(result.headline, key, getattr(figures, key))
    # zs18: an audit's verdict column ("认定结果"): its "持续整改" is a finding still being put right (the audit office's
    # three verdicts, 已整改 / 持续整改 / 未整改; blindwritten14 w14_06), not the long-term work that word means in a
    # ledger's own status column
    result._verdict = "status" in cols and cols["status"] < len(header) and "认定" in _key(header[cols["status"]])
    result._done_as_measure = "measure" not in cols and "completion" in cols
    result._note_units = "units" in cols and _key(header[cols["units"]]) == "备注"
    # Several measure rows under one problem anywhere, or a column that belongs to a measure (措施整改时限):
    # one row is one measure.
    result._one_per_row = "measure_deadline" in cols or measure_rows_max > 1
    if groups and all(_RE_TALLY_CELL.fullmatch(head[1] or "") for head, _ in groups):
        # bw23: every "problem" a bare count ("序号 | 被巡察党组织 | 反馈问题 | 已整改 | 整改措施 …" over "1 | 市某局党组 | 24 |
        # 22 | 68"): a table of tallies, one body a row, its unit said in the lead ("（单位：个、条、项）") — no ledger of
        # problems (R19), as a heading naming its unit of count is none (RE_COUNT_HEADING)
        return None
    result._groups = groups
    result.problem_count = len(groups)
    if not groups:
        result.add_anomaly("no_problems", "台账中没有找到问题行", header_at)
    return result


# the numbered items of a note under a table: "说明：1.…；2.…" (the mark after the label or an item's end)
_RE_NOTE_ITEM = re.compile(r"(?:^|(?<=[:：;；。\n]))\s*\d{1,2}[.．、](?!\d)")
_RE_TALLY_CELL = re.compile(r"\d{1,7}(?:\.\d+)?\s*(?:[%％个项条件起处])?")
_NUMBER_PREFIX = re.compile(r"^\d+[.、．]\s*")
# the first cell of a table's totals row: "合计", "总 计", "小计：", "共计"
_RE_TOTAL_ROW = re.compile(r"^(?:合|总|小|共)\s*计\s*[:：]?$")
# a finding cell saying nothing was found: "无", "无。", "/", "—", "暂无", "未发现问题", "无问题"
_RE_NOTHING_FOUND = re.compile(r"^(?:[—\-－–/／\\·…]+|(?:无|暂无|没有|未发现)(?:明显)?(?:问题|隐患)?)[。.]?$")
# ws18: an attachment's label alone in the row over its title ("附件", "附件2", "附件：") names no table: the next row does
_RE_ATTACHMENT_ONLY = re.compile(r"^附\s*件\s*(?:\d{1,2}|[一二三四五六七八九十])?\s*[:：]?$")
# the lines above a ledger's heading: "填报单位（盖章）：中共…党组", "填报日期：2024年12月10日"
# (bw25: the form's other words for the same lines — "报送单位：", "填表日期：", "报送时间：", and the day a kept ledger was
# last brought up to date, "更新日期：2025年3月10日", "更新时间：": the date it reports as of, R40's date line)
_RE_FILLED = re.compile(r"(?:填报|报送|填表|更新)(单位|日期|时间)\s*(?:[（(][^）)]{1,6}[)）])?\s*[:：]\s*([^\s:：]{2,40})")
def _filled(values: list[str]) -> tuple[str | None, str | None]:
    """Who filled the form and when, from its 填报 lines (the first of each): ("某局党组", "2024年12月10日")."""
    by = on = None
    for v in dict.fromkeys(values):
        for m in _RE_FILLED.finditer(v):
            if m.group(1) == "单位":
                # (bw25: the seal noted after the name, "填报单位：中共某局党组（盖章）", is no part of it)
                by = by or RE_SEAL.sub("", m.group(2).strip())
            else:
                on = on or m.group(2).strip()
    return by, on


# a row under the table that only signs it: "填报单位：…" / "填报时间：…" / "填表人：…" / "审核人：…" (merged across the columns)
_RE_SIGN_CELL = re.compile(r"^(?:填报(?:单位|日期|时间|人)|填表(?:人|日期|时间)|制表(?:人|日期|时间)?|报送(?:单位|日期|时间)|更新(?:日期|时间)"
                           r"|审核人|负责人|联系人|联系电话)"
                           r"\s*(?:[（(][^）)]{1,6}[)）])?\s*[:：]")


def _sub_header(header: list[str], row: list[str]) -> tuple[list[str], dict[str, int]] | None:
    """The heading's second row, when the row under a recognised heading names columns too: its names replace the
    group's ("责任单位" → "牵头单位", "配合单位"), and the heading then reads more columns. None when it is a data row."""
    cells = [c for c in row if c]
    if len(cells) < 2 or any(len(_key(c)) > 8 or _key(c).isdigit() for c in cells):
        return None
    at = (match_header(header) or {}).get("problem")
    if at is not None and at < len(row) and row[at] and row[at] != header[at]:
        return None  # a data row states its problem; the heading's second row leaves that cell empty (merged down)
    merged = [(row[i] if i < len(row) and row[i] else c) for i, c in enumerate(header)]
    merged += row[len(header):]
    before, after = match_header(header) or {}, match_header(merged)
    # (the heading's cells merged down repeat in its second row, "问题描述" under "问题描述": a heading row though it
    # names no more columns than the first, "整改情况" over "完成情况 | 佐证材料")
    repeated = at is not None and at < len(row) and row[at] == header[at] and sum(
        1 for i, c in enumerate(row) if c and i < len(header) and c == header[i]) >= 2
    if after is None or len(after) < len(before) or (len(after) == len(before) and not repeated):
        return None
    known = [c for i, c in enumerate(row) if c and c != (header[i] if i < len(header) else "")
             and any(a in _key(c) for aliases in COLUMNS.values() for a in aliases if len(a) >= 2)]
    if not known:  # (a group's heading repeated down its merged cells, and a name the reader does not know, "佐证材料")
        return None
    return merged, after


def _strip_number(text: str) -> str:
    text = _NUMBER_PREFIX.sub("", text) if text[:1].isdigit() else text
    if "惟" in text:  # (cases23: an audit opinion's finding after 惟, titles.albeit_finding)
        from .parse.titles import albeit_finding

        text = albeit_finding(text)
    return text


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


def read_ledger_bytes(data: bytes, filename: str, kind: str, budget: guards.Budget | None = None, *,
                      lazy: bool = False) -> ParseResult:
    """The first sheet with a ledger header, read row by row under the budget (see ``guards``). With
    ``lazy`` its problems are made as the caller streams them (``LedgerResult.stream``)."""
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
        result = _first_ledger(sheets)
    else:
        shapes = guards.check_xlsx(io.BytesIO(data), budget)
        result = _first_ledger(workbook_sheets(io.BytesIO(data), shapes, budget))
    return result if lazy else result.materialise()


# bw23: a sheet (or table) of its own giving each problem's state by its number, beside the sheet of problems: "问题编号 |
# 整改状态 | 是否销号", "序号 | 整改进度", "编号 | 完成情况" — a key column (the problem's number) and a state column, no problem
# or measure column; each row's state a word of the status classes (已整改到位, 正在整改, 长期坚持, 按计划推进)
_STATE_HEADINGS = ("status", "percent", "completion")


def status_sheet(rows: Iterable[Sequence]) -> dict[int, str] | None:
    """{problem number: status} from a status sheet's rows, or None when the rows are no such sheet."""
    it = iter(rows)
    key_at = state_at = None
    for _ in range(5):
        raw = next(it, None)
        if raw is None:
            return None
        cells = [_key(_norm(c)) for c in raw]
        if match_header([_norm(c) for c in raw]) is not None:
            return None  # (a sheet of problems, not of their states)
        key_at = next((i for i, k in enumerate(cells) if k in COLUMNS["seq"] or (k.endswith(("编号", "序号")) and len(k) <= 6)), None)
        # (the first heading of the status classes in their order: "整改状态" before "是否销号" beside it)
        state_at = next((cells.index(a) for col in _STATE_HEADINGS for a in COLUMNS[col] if a in cells), None)
        if key_at is not None and state_at is not None and key_at != state_at:
            break
    else:
        return None
    if key_at is None or state_at is None:
        return None
    found: dict[int, str] = {}
    for raw in it:
        row = [_norm(c) for c in raw]
        if len(row) <= max(key_at, state_at):
            continue
        key, state = row[key_at], row[state_at]
        n = int(key) if key.isdecimal() and len(key) <= 4 else _task_number(key)
        st = (completion_status(state) or status_word_strict(state) or (status_word(state) if state == "是" else None)
              ) if state and len(state) <= 16 else None
        if n is not None and st:
            found.setdefault(n, st)
    return found if len(found) >= 2 else None


def _first_ledger(sheets: Iterable[tuple[str, Iterable[Sequence]]]) -> LedgerResult:
    from .extract import ExtractError

    cover: list[list[str]] | None = None
    report: list[str] | None = None  # ws18: a sheet before the ledger holding the report's text (see is_report_sheet)
    try:
        for name, rows in sheets:
            seen: list[list[str]] = []
            recorded = _recording(rows, seen)
            result = read_ledger_rows(recorded, title_hint=None)
            if result is not None:
                if cover:
                    apply_cover(result, cover)
                elif report:
                    apply_report(result, report)
                elif result._report_above:
                    # hs19: one sheet holding the report, then (after its signature and "附件") the ledger: the report
                    # gives the document's fields as a report sheet before the ledger does (ws18, is_report_sheet)
                    apply_report(result, result._report_above)
                if not result.title:
                    result.title = name or None
                for _name, more in sheets:
                    # bw23: a later sheet giving each problem's state by its number (status_sheet), joined by the number
                    states = status_sheet(more)
                    if states:
                        result._states_by_number = states
                        break
                return result
            if cover is None and is_cover(seen):
                cover = seen
            elif cover is None and report is None and is_report_sheet(seen):
                report = _report_lines(seen, recorded)
    finally:
        if hasattr(sheets, "close"):
            sheets.close()  # the workbook's archive closes now
    if report is not None:
        # ks20: a workbook holding a report's text and no ledger (its only table a figures annex, one city a row:
        # "序号 | 市（州） | 整改任务（项） | 已完成（项） | 完成率"): the report is read as a text document is
        raise ReportOnly(report)
    raise ExtractError("表格中没有找到表头（需要“问题”或“整改措施”等列名），无法按台账导入", "no_header")


class ReportOnly(Exception):
    """A workbook with a report sheet and no ledger sheet: its report's lines, for the caller to read as text."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("report_only")
        self.lines = lines


def _recording(rows: Iterable[Sequence], seen: list[list[str]]) -> Iterator[Sequence]:
    """The rows, each also kept (as text cells) in `seen` while it holds fewer than HEADER_SEARCH_ROWS: the rows a
    sheet without a ledger header was searched through, for ``is_cover``."""
    for row in rows:
        if len(seen) < HEADER_SEARCH_ROWS:
            seen.append([_norm(c) for c in row])
        yield row


# A workbook's cover sheet: a form before the ledger, each row a label and its value ("填报单位 | 某某委员会（盖章）",
# "巡察组 | 市委第一巡察组", "巡察时间 | 2023年2月20日至4月10日", "反馈时间 | …", "整改总体情况 | 反馈问题共7个…",
# "填报日期 | 2023年6月30日") under a title in one merged cell: it gives the ledger's title, who filled it and when, the
# inspection and the headline figures, as a document's head does (the ledger sheet's own title names only its table).
RE_COVER_LABEL = re.compile(r"^[\u4e00-\u9fff（）()]{2,10}$")
RE_SEAL = re.compile(r"\s*[（(](?:盖章|公章|签章|签字|章)[)）]\s*$")
RE_COVER_TEAM = re.compile(r"^(?:巡[察视](?:组|单位)|督察组|督查组|检查组|审计组|审计单位|督导组)$")
RE_COVER_PERIOD = re.compile(r"^(?:巡[察视]|督察|督查|检查|审计|督导|进驻)(?:时间|期间|日期)$")
RE_COVER_FEEDBACK = re.compile(r"^(?:巡[察视]|督察|审计)?反馈(?:时间|日期)$")
RE_COVER_INSPECTED = re.compile(r"^被(?:巡[察视]|督察|检查|审计)(?:单位|党组织|对象)$")


# (or the label and its value in one cell: "巡察组：市委第一巡察组")
RE_COVER_FIELD_CELL = re.compile(r"^([\u4e00-\u9fff（）()]{2,10})\s*[:：]\s*(\S.*)$")


def _cover_field(values: list[str]) -> tuple[str, str] | None:
    if len(values) == 2 and RE_COVER_LABEL.match(values[0].rstrip(":：")):
        return values[0].rstrip(":："), values[1]
    m = RE_COVER_FIELD_CELL.match(values[0]) if len(values) == 1 else None
    return (m.group(1), m.group(2)) if m else None


def _cover_fields(rows: list[list[str]]) -> list[tuple[str, str]]:
    fields = []
    for r in rows:
        field = _cover_field(list(dict.fromkeys(c for c in r if c)))
        if field:
            fields.append(field)
        else:
            fields.extend(_paired_fields([c for c in r if c]))
    return fields


def _paired_fields(cells: list[str]) -> list[tuple[str, str]]:
    """A row of two or three label/value pairs side by side, as a public-disclosure metadata table lays them out
    ("文件名称 | …台账 | 索引号 | hpxtjj/2024-0412", "成文日期 | 2024年04月18日 | 公开日期 | 2024年04月19日"): every
    label a short name, every value not one of the labels' kind."""
    if len(cells) not in (4, 6):
        return []
    pairs = [(cells[k], cells[k + 1]) for k in range(0, len(cells), 2)]
    if all(RE_COVER_LABEL.match(k.rstrip(":：")) for k, _ in pairs):
        return [(k.rstrip(":："), v) for k, v in pairs]
    return []


# a public-disclosure table's own fields: the document's name, the day it was written, a summary of it
RE_COVER_NAME = re.compile(r"^(?:文件名称|文件标题|标题|名称)$")
RE_COVER_WRITTEN = re.compile(r"^(?:成文日期|成文时间|发文日期)$")
RE_COVER_SUMMARY = re.compile(r"^(?:内容概述|内容摘要|内容简介|摘要)$")


def is_cover(rows: list[list[str]]) -> bool:
    """Whether a sheet without a ledger header is a cover: at least three labelled fields, one of them saying who
    filled the form, when, or which inspection it answers."""
    fields = _cover_fields(rows)
    # (or a disclosure table that names the document, the day it was written and what it says: "文件名称", "成文日期",
    # "内容概述")
    return len(fields) >= 3 and (any(_RE_FILLED.search(f"{k}：{v}") or RE_COVER_TEAM.match(k) or RE_COVER_PERIOD.match(k)
                                     for k, v in fields)
                                 or all(any(r.match(k) for k, _ in fields) for r in (RE_COVER_NAME, RE_COVER_WRITTEN, RE_COVER_SUMMARY)))


def apply_cover(result: ParseResult, rows: list[list[str]]) -> None:
    """Fill the ledger's document fields from its cover sheet (see RE_COVER_LABEL); what the cover does not state
    stays as the ledger sheet gave it."""
    from .parse import headline as _headline
    from .parse.dates import RE_PERIOD, find_dates, iso, make_date, parse_date_text
    from .parse.facts import issuer_from_title
    from .parse.inspection import inspection_facts

    fields = _cover_fields(rows)
    titles = [v[0] for v in (list(dict.fromkeys(c for c in r if c)) for r in rows)
              if len(v) == 1 and len(v[0]) >= 6 and _cover_field(v) is None]
    if titles:
        result.title = titles[0]
    lines = [f"{k}：{RE_SEAL.sub('', v)}" for k, v in fields]
    by, on = _filled(lines)
    if by:
        result.issuer = by
    elif titles and not result.issuer:
        result.issuer = issuer_from_title(titles[0])
    if on and parse_date_text(on):
        result.report_date = iso(parse_date_text(on))
    named = next((v for k, v in fields if RE_COVER_NAME.match(k)), None)
    if named and not titles:
        result.title = named
        if not by and issuer_from_title(named):
            result.issuer = issuer_from_title(named)
    written = next((v for k, v in fields if RE_COVER_WRITTEN.match(k)), None)
    if not on and written and parse_date_text(written):
        result.report_date = iso(parse_date_text(written))
    note = "\n".join(lines)
    found = inspection_facts(note, result.issuer, result.title, result.report_date)
    ins = result.inspection
    for k, v in fields:
        if RE_COVER_TEAM.match(k) and not ins.inspector:
            ins.inspector = v
        elif RE_COVER_INSPECTED.match(k) and not ins.inspected:
            ins.inspected = RE_SEAL.sub("", v)
        elif RE_COVER_PERIOD.match(k) and not ins.start:
            m = RE_PERIOD.search(v)
            if m and m.group("y1"):
                start = make_date(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
                end = make_date(int(m.group("y2") or m.group("y1")), int(m.group("m2") or m.group("m1")), int(m.group("d2")))
                if start and end and end >= start:
                    ins.start, ins.end = iso(start), iso(end)
        elif RE_COVER_FEEDBACK.match(k) and not ins.feedback_date:
            f = next((f for f in find_dates(v) if f.year), None)
            ins.feedback_date = iso(f.resolve(None)) if f else None
    for key in ("inspector", "inspected", "start", "end", "feedback_date"):
        if getattr(ins, key) is None and getattr(found, key) is not None and key != "inspector":
            setattr(ins, key, getattr(found, key))
    # the body that fills in a rectification ledger for an inspection is the body inspected
    if ins.inspected is None and ins.inspector and result.issuer:
        ins.inspected = result.issuer
    figures = _headline.headline_figures(note)
    _headline.settle(figures)
    for key in ("problems_total", "problems_done", "measures_total", "measures_done", "rules_made"):
        if getattr(result.headline, key) is None and getattr(figures, key) is not None:
            setattr(result.headline, key, getattr(figures, key))


# ws18: a workbook whose first sheet is the report itself, one paragraph a row in one cell ("…整改情况的报告" / "…领导小组
# 办公室：" / "2022年11月7日至12月7日，…督察组对我县开展了…督察…" / "一、整改工作推进情况" / … / "附件：…任务清单" /
# "东坪县人民政府" / "2024年4月8日"), and whose next sheet is the ledger its 附件 line names (序号 | 督察反馈问题 | 整改措施 |
# …): the report gives the document's title, issuer, date, inspection and headline figures, as a .docx's text around its
# table does (extract._ledger_from_tables) — the ledger sheet's own title names only its table, or only "附件". A sheet
# of label/value rows is a cover form instead (is_cover); a sheet of notes without a report's prose is neither.
REPORT_SHEET_ROWS = 2000  # a report's paragraphs, at most (the rest of a longer sheet is not text of a report)


def is_report_sheet(rows: list[list[str]]) -> bool:
    """Whether a sheet without a ledger header is a report's text: four or more rows, nearly all of one cell each, three
    of them prose (a long sentence ending in "。")."""
    values = [v for v in (list(dict.fromkeys(c for c in r if c)) for r in rows) if v]
    ones = [v[0] for v in values if len(v) == 1]
    prose = [t for t in ones if len(t) >= 40 and "。" in t]
    return len(values) >= 4 and len(ones) >= 0.8 * len(values) and len(prose) >= 3


def _report_lines(seen: list[list[str]], rest: Iterator[Sequence]) -> list[str]:
    """The report's paragraphs: the rows searched for a header, then the rest of its sheet (a report runs past 20 rows)."""
    lines = ["\t".join(dict.fromkeys(c for c in r if c)) for r in seen]
    for row in rest:
        if len(lines) >= REPORT_SHEET_ROWS:
            break
        lines.append("\t".join(dict.fromkeys(c for c in (_norm(x) for x in row) if c)))
    return [t for t in lines if t]


def apply_report(result: ParseResult, lines: list[str]) -> None:
    """Fill the ledger's document fields from the report sheet before it (see is_report_sheet): the problems are the
    ledger's, so the report's own sections are not problems — its figures and dates are read from all its prose."""
    from .extract import _text_figures, _text_inspection
    from .parse import parse_paragraphs

    text = parse_paragraphs(lines)
    result.title = text.title or result.title
    result.issuer = text.issuer or result.issuer
    result.report_date = text.report_date or result.report_date
    result.inspection = text.inspection
    ins = result.inspection
    if ins.start is None and ins.end is None and ins.feedback_date is None:
        _text_inspection(ins, lines, [], text)
    result.headline = _text_figures(lines, [])


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


def _shared_strings(archive, budget: guards.Budget) -> list[str]:
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
            while si.getprevious() is not None:
                del si.getparent()[0]
            if len(out) > budget.xlsx_max_cells:
                raise guards.refuse_cells(budget)
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


# a sequence cell naming the task of the feedback: "第12项", "第十二项", "12号"
_RE_TASK_CELL = re.compile(r"^第?\s*(\d{1,4}|[一二三四五六七八九十百]{1,5})\s*[项号条个]$")


# res22: a dotted number, bare or after the word for the entry: "项目1.3", "问题2.1", "1.2" — the last component (R76)
_RE_DOTTED_CELL = re.compile(r"^(?:项目|问题|任务|事项)?\s*\d{1,3}(?:\s*[.．]\s*\d{1,3})+$")


# bw23: the number after the word for the entry, "问题01", "问题 3", "任务12", "事项五" (R76, as "问题一")
_RE_NAMED_NUMBER_CELL = re.compile(r"^(?:问题|任务|事项|整改任务|反馈问题|审计问题)\s*(?:编号)?\s*[:：]?\s*(\d{1,4}|[一二三四五六七八九十百]{1,5})$")


def _task_number(cell: str) -> int | None:
    m = _RE_TASK_CELL.match(cell) or _RE_NAMED_NUMBER_CELL.match(cell)
    if not m:
        if "." in cell or "．" in cell:
            d = _RE_DOTTED_CELL.match(cell)
            return int(re.split(r"[.．]", cell)[-1].strip()) if d else None
        return None
    from .parse.numbering import cn_to_int

    return int(m.group(1)) if m.group(1).isdigit() else cn_to_int(m.group(1))


def _number(text: str):
    try:
        value = float(text)
    except ValueError:
        return text
    if value.is_integer() and "." not in text and "E" not in text.upper():
        return int(value)
    return value


class _Tags(NamedTuple):
    row: str
    c: str
    v: str
    inline: str
    t: tuple[str, ...]


def _tags(ns: str) -> _Tags:
    return _Tags(f"{{{ns}}}row", f"{{{ns}}}c", f"{{{ns}}}v", f"{{{ns}}}is", (f"{{{ns}}}t",))


_TAGS = {ns: _tags(ns) for ns in _MAIN}
_DIGITS = "0123456789"


def _sheet_xml_rows(archive, part: str, shared: list[str], styles: list[str], epoch: dt.datetime,
                    budget: guards.Budget) -> Iterator[list]:
    """The rows of one worksheet from row 1, one list of cell values at a time, gaps filled with empty rows.

    Values as openpyxl gives them with data_only=True. A row numbered out of order is taken as the next
    one (a sheet that jumps back and forth must not be read as millions of empty rows)."""
    from lxml import etree

    n_shared = len(shared)
    n_styles = len(styles)
    last_row = 10 * budget.max_rows
    columns: dict[str, int | None] = {}
    with archive.open(part) as fh:
        context = etree.iterparse(fh, events=("end",), tag=[f"{{{ns}}}row" for ns in _MAIN], resolve_entities=False,
                                  no_network=True, huge_tree=False, load_dtd=False)
        r_index = 0
        tags = None
        for _event, row_el in context:
            if tags is None or row_el.tag != tags.row:
                tags = _TAGS[row_el.tag[1:-4]]
            c_tag, v_tag = tags.c, tags.v
            r = row_el.get("r")
            number = int(r) if r and r.isdigit() else r_index + 1
            if number <= r_index:
                number = r_index + 1
            if number > last_row:
                raise guards.refuse_rows(budget)
            while r_index + 1 < number:
                r_index += 1
                yield []
            r_index = number
            row: list = []
            for c in row_el:
                if c.tag != c_tag:
                    continue
                ref = c.get("r")
                col = None
                if ref:
                    letters = ref.rstrip(_DIGITS)
                    col = columns.get(letters)
                    if col is None and letters not in columns:
                        col = columns[letters] = guards.column_of(ref) if len(columns) < 20_000 else None
                kind = c.get("t")
                if kind == "s":
                    v = c.findtext(v_tag)
                    value = shared[int(v)] if v is not None and v.isdigit() and int(v) < n_shared else None
                elif kind is None or kind == "n":
                    v = c.findtext(v_tag)
                    if v is None:
                        value = None
                    else:
                        value = _number(v)
                        style = c.get("s")
                        if style is not None and style.isdigit() and int(style) < n_styles and type(value) is not str:
                            look = styles[int(style)]
                            if look == "percent":
                                value = f"{value * 100:g}%"
                            elif look == "date" and 0 <= value < 2958466:
                                value = epoch + dt.timedelta(days=value)
                elif kind == "inlineStr":
                    found = c.find(tags.inline)
                    value = "".join(t.text or "" for t in found.iter(*tags.t)) if found is not None else None
                elif kind == "str" or kind == "e":
                    value = c.findtext(v_tag)
                elif kind == "b":
                    v = c.findtext(v_tag)
                    value = None if v is None else v == "1"
                else:
                    value = c.findtext(v_tag)
                if col is None:
                    row.append(value)
                elif col > len(row):
                    if col > len(row) + 1:
                        row.extend([None] * (col - 1 - len(row)))
                    row.append(value)
                else:
                    row[col - 1] = value
            row_el.clear()
            while row_el.getprevious() is not None:
                del row_el.getparent()[0]
            yield row


def workbook_sheets(source, shapes: dict[str, guards.SheetShape], budget: guards.Budget
                    ) -> Iterator[tuple[str, Iterator[list]]]:
    """(title, rows) of each worksheet, in order, read lazily (see ``_sheet_xml_rows``), under one cell
    budget for the whole workbook."""
    import zipfile

    from lxml import etree

    try:
        archive = zipfile.ZipFile(source)
        parts = _sheet_parts(archive)
        shared = _shared_strings(archive, budget)
        styles = _styles(archive)
        epoch = dt.datetime(1904, 1, 1) if _date1904(archive) else dt.datetime(1899, 12, 30)
    except (KeyError, etree.XMLSyntaxError, zipfile.BadZipFile):
        raise guards.Refused("Excel文件已损坏（工作簿结构无法读取）", "corrupt") from None
    spent = [0]
    with archive:
        for title, part in parts:
            yield title, xlsx_sheet_rows(_sheet_xml_rows(archive, part, shared, styles, epoch, budget), part, shapes,
                                         budget, spent)


def xlsx_sheet_rows(rows: Iterable[list], part: str, shapes: dict[str, guards.SheetShape],
                    budget: guards.Budget, spent: list[int] | None = None) -> Iterator[list]:
    """The rows of one worksheet from A1, one at a time, with merged ranges filled from their top-left
    cell. The declared dimension is ignored (a sheet may declare far more than it holds); every row is as
    long as its last cell, and that length (the padding of a sparse row included) is counted against the
    budget's cells (``spent``: what the workbook's earlier sheets used), the rows against its rows."""
    from lxml import etree

    merges = sorted((shapes[part].merges or []) if part in shapes else [])
    pending = 0  # merges[pending:] start below the current row
    active: list[tuple[int, int, int, int, object]] = []
    spent = spent if spent is not None else [0]
    max_cells, max_rows = budget.xlsx_max_cells, budget.max_rows
    filled = 0
    try:
        for r_index, row in enumerate(rows, start=1):
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
            spent[0] += len(row)
            if spent[0] > max_cells:
                raise guards.refuse_cells(budget)
            if row:
                filled += 1
                if filled > max_rows:
                    raise guards.refuse_rows(budget)
            yield row
    except etree.XMLSyntaxError:
        raise guards.Refused("Excel文件已损坏（工作表内容无法读取）", "corrupt") from None
