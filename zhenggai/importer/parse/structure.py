"""Headings, sections, problems and measures.

Paragraphs become a tree by their numbering (一、 > （一） > 1. > （1） > ①).
The level that carries the problems is the one with the most evidence:
"关于“…”问题的整改" wrappers and plan fields (整改目标/整改措施) count most,
headings whose body lists 一是/二是 items count too. Headings above that level
are categories and status sections; content below it is the problem's body,
from which the measures are counted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..result import ParsedMeasure, ParsedProblem, ParseResult
from .dates import clean_deadline
from .fields import DONE_LABELS, PROGRESS_LABELS, add_units, split_fields, split_units, units_in, RE_PAREN_DEADLINE
from .normalize import Para, is_label_line
from .numbering import (
    LEVEL_CN,
    Marker,
    find_circled,
    find_inline_numbered,
    find_inline_paren,
    find_xs_items,
    int_to_cn,
    parse_marker,
    RE_NEXT_STEP,
)


@dataclass
class Node:
    para: Para | None
    marker: Marker | None
    parent: "Node | None" = None
    children: list["Node"] = field(default_factory=list)

    @property
    def level(self) -> int:
        return self.marker.level if self.marker else 99

    @property
    def text(self) -> str:
        if self.marker:
            return self.marker.rest
        return self.para.text if self.para else ""

    @property
    def pos(self) -> int | None:
        return self.para.pos if self.para else None

    def walk(self):
        """Every node below this one, depth first in document order (a loop: nested generators cost a frame a level)."""
        stack = self.children[::-1]
        while stack:
            n = stack.pop()
            yield n
            if n.children:
                stack.extend(n.children[::-1])


def _opens_fields(node: Node) -> bool:
    return any(c.marker is None and c.para is not None and is_label_line(c.para.text) for c in node.children)


# "附件1" / "附件2：…整改进展情况" opens an attachment, a top-level part of its own; "附件：1.…2.…" (the
# list of attachments at the end of the body) and "附件中…" in a sentence do not
RE_ATTACHMENT_START = re.compile(r"^附件\s*(?:[\dl一二三四五六七八九十]{1,3}\s*(?:[:：]\s*)?(?!\s*\d{1,2}\s*[.．、])|[:：]?\s*$)")
RE_DECLARED_COUNT = re.compile(r"\s*[(（]\s*共\s*\d+\s*个[^)）]*[)）]\s*$")


def build_tree(paras: list[Para]) -> Node:
    root = Node(None, None)
    stack = [root]
    attachment: str | None = None  # the title of the attachment being read (the category of its problems)
    awaiting_title = False
    for p in paras:
        marker = parse_marker(p.text)
        node = Node(p, marker)
        if marker is None and RE_ATTACHMENT_START.match(p.text):
            del stack[1:]
            rest = p.text[RE_ATTACHMENT_START.match(p.text).end():].strip()
            attachment, awaiting_title = (RE_DECLARED_COUNT.sub("", rest) or None), not rest
            root.children.append(node)
            node.parent = root
            continue
        if awaiting_title and marker is None:
            attachment, awaiting_title = RE_DECLARED_COUNT.sub("", p.text).strip("。 ") or None, False
        elif marker is not None:
            awaiting_title = False
            if attachment:
                node.attachment = attachment
        if marker is None:
            if is_label_line(p.text) and len(stack) > 2 and not _opens_fields(stack[-1]):
                # "整改时限：…" after a numbered list of measures belongs to the heading
                # whose labelled fields (整改目标：/整改措施：…) the list is part of
                for k in range(len(stack) - 2, 0, -1):
                    if _opens_fields(stack[k]):
                        del stack[k + 1:]
                        break
            stack[-1].children.append(node)
            node.parent = stack[-1]
            continue
        while len(stack) > 1 and stack[-1].level >= marker.level:
            stack.pop()
        stack[-1].children.append(node)
        node.parent = stack[-1]
        stack.append(node)
    return root


# --- problem titles ------------------------------------------------------------
_SUFFIX = r"(?:的)?(?:整改|落实|整改落实|整改工作)+(?:情况|进展情况|进展|工作|成效)?"
RE_WRAP_QUOTED = re.compile(
    rf"^(?:关于)?[“\"](?P<t>.+?)[”\"]\s*(?:等|方面|的)*(?:问题{_SUFFIX}|问题|{_SUFFIX})\s*[。.;；:：]?"
)
RE_WRAP_PLAIN = re.compile(rf"^关于(?P<t>.+?)(?:等|方面)?问题{_SUFFIX}\s*[。.;；:：]?")
# "关于…的问题。" with nothing after it but the body: the same wrapper without 的整改
RE_WRAP_BARE = re.compile(r"^关于(?P<t>[^。]+?)(?:的|等|方面的?)?问题\s*(?:[。.;；:：]|$)")
RE_INLINE_LABEL = re.compile(r"(?:整改目标|整改情况|整改措施|整改进展|整改结果|整改成效|阶段性成效|完成情况|落实情况)[^。]{0,6}?[:：]")
RE_STATUS_TAG = re.compile(r"[(（【\[]\s*(已完成|已整改|已整改完成|已销号|完成|正在推进|正在整改|推进中|整改中|持续推进|长期坚持|长期推进)\s*[)）】\]]\s*[。.]?$")


# "整改状态：完成" / "该问题已完成整改。" at the head of a problem's body
RE_STATED_STATUS = re.compile(
    r"^(?:整改状态|完成状态|办理状态|整改结果)\s*[:：]\s*([^。;；]{1,10})[。;；]?"
    r"|^该(?:问题|事项|项问题|项任务)\s*(已完成整改|已整改完成|已整改到位|已完成|已整改|已销号|正在整改|正在推进|持续推进|基本完成|长期坚持)[。;；,，]?"
)
RE_REPORT_LABEL = re.compile(r"(?:^|(?<=[。;；]))\s*(?:整改情况|整改进展情况|整改进展|整改落实情况|整改结果|落实情况)\s*[:：]")


RE_STATEMENT_COLON = re.compile(r"^(?P<t>[^:：。]{4,}?问题)\s*[:：]")


def _quotes_nest(t: str) -> bool:
    depth = 0
    for ch in t:
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


# "关于审计发现问题的整改情况" / "关于巡察反馈问题的整改落实情况": the wrapper holds where the problems come from, not
# a statement of one — a section over the problems, not a problem
RE_SOURCE_ONLY = re.compile(r"^(?:审计|巡察|巡视|督察|检查|督导)?(?:组)?(?:发现|查出|反馈|指出|移交|交办|提出)(?:的)?(?:具体|主要|突出)?$")


def is_wrapped(text: str) -> bool:
    m = RE_WRAP_QUOTED.match(text) or RE_WRAP_PLAIN.match(text) or RE_WRAP_BARE.match(text)
    return bool(m) and not RE_SOURCE_ONLY.match(m.group("t").strip())


def _clean_title(t: str) -> str:
    t = t.strip()
    t = re.sub(r"^(?:存在的?问题|反馈问题|问题描述|问题内容|具体问题|问题)\s*[:：]\s*", "", t)
    t = re.sub(r"[。.;；,，:：\s]+$", "", t)
    return t.strip()


def split_heading(text: str, has_body: bool) -> tuple[str, str, str | None]:
    """(title, inline body, status tag) of a problem heading paragraph."""
    tag = None
    m = RE_STATUS_TAG.search(text)
    if m:
        tag = m.group(1)
        text = text[: m.start()].rstrip()
    for rx in (RE_WRAP_QUOTED, RE_WRAP_PLAIN, RE_WRAP_BARE):
        m = rx.match(text)
        if m and rx is RE_WRAP_QUOTED and not _quotes_nest(m.group("t")):
            # “政策法规”-“…”栏目存在“…”的问题：… — the first quote closes early: no outer quotes to strip
            m2 = RE_STATEMENT_COLON.match(text)
            if m2:
                return _clean_title(m2.group("t")), text[m2.end():].strip(), tag
            continue
        if m:
            return _clean_title(m.group("t")), text[m.end():].strip(), tag
    m = RE_INLINE_LABEL.search(text)
    if m and m.start() > 0:
        return _clean_title(text[: m.start()]), text[m.start():].strip(), tag
    items = find_xs_items(text)
    if items and items[0][0] > 0:
        head = text[: items[0][0]]
        cut = max(head.rfind("。"), head.rfind(":"), head.rfind("："))
        if cut > 0:
            return _clean_title(head[:cut]), text[cut + 1:].strip(), tag
        return _clean_title(head), text[items[0][0]:].strip(), tag
    if not has_body:
        first = text.find("。")
        if 0 < first < len(text) - 1:
            return _clean_title(text[:first]), text[first + 1:].strip(), tag
    return _clean_title(text), "", tag


def heading_title(node: Node) -> str:
    """Title of a category/section heading: its first sentence."""
    t = node.text
    i = t.find("。")
    if 0 < i < len(t) - 1:
        t = t[:i]
    return _clean_title(t)


STATUS_RULES = [
    ("long_term", re.compile(r"长期坚持|长期推进|长期整改|持续深化")),
    ("in_progress", re.compile(r"阶段性完成|正在推进|正在整改|推进中|整改中|按计划持续推进|持续推进|基本完成|阶段性|未完成|尚未完成|序时推进|序时进度")),
    ("done", re.compile(r"已整改完成|已完成整改|已经完成|已完成|整改完成|已销号|已整改到位|已整改|已办结|^完成$|^全部完成$")),
]


def section_status(heading: str) -> str | None:
    """Status of a status section ("已整改完成的问题"), not of a category that happens to say 推进."""
    if len(heading) <= 14 or re.search(r"(?:问题|事项|任务|整改|情况)[)）]?$|[(（]\d+个[)）]$", heading):
        return status_of(heading)
    return None


def status_of(text: str | None) -> str | None:
    if not text:
        return None
    for status, rx in STATUS_RULES:
        if rx.search(text):
            return status
    return None


# --- choosing the problem level ----------------------------------------------------
def _direct_text(node: Node) -> list[Node]:
    return [c for c in node.children if c.marker is None]


RE_PLAN_LABEL = re.compile(r"(?:整改目标|整改时限|整改措施|完成时限)\s*[:：]")


def _in_parentheses(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


def _evidence(node: Node) -> tuple[bool, bool]:
    """(strong, weak) evidence that a heading is a problem (memoised on the node: readings ask twice)."""
    cached = getattr(node, "_ev", None)
    if cached is not None:
        return cached
    node._ev = _evidence_of(node)
    return node._ev


def _evidence_of(node: Node) -> tuple[bool, bool]:
    text = node.text
    strong = is_wrapped(text)
    body = " ".join(c.text for c in node.walk() if c.marker is None or c.level > node.level)
    own = text + " " + " ".join(c.text for c in _direct_text(node))
    if any(not _in_parentheses(own, m.start()) for m in RE_PLAN_LABEL.finditer(own)):
        strong = True
    # a statement followed by its rectification: "…的问题。整改情况：…", or a first paragraph "整改情况：…"
    first = _direct_text(node)[:1]
    if RE_REPORT_LABEL.search(text) or (first and RE_REPORT_LABEL.match(first[0].text)):
        strong = True
    weak = False
    heading_kids = [c for c in node.children if c.marker is not None]
    direct = _direct_text(node)
    if find_xs_items(" ".join(c.text for c in direct) + " " + text):
        weak = True
    elif direct and not heading_kids:
        weak = True
    elif heading_kids and not direct and all(not k.children for k in heading_kids) and body:
        weak = True  # body made of numbered measure paragraphs
    return strong, weak


_NOT_PROBLEM_SECTION = re.compile(
    r"组织|领导|推进落实情况|工作推进|工作开展|开展情况|总体|基本情况|主要做法|下一步|打算|政治站位|思想认识|"
    r"指导思想|基本原则|工作目标|保障措施|成果运用|经验|体会|工作要求|主要任务|"
    # an audit-result notice: "二、关于审计建议的采纳情况" (recommendations), "一、关于审计发现问题的整改情况" (the
    # section over the findings, whose items — if numbered — are the problems)
    r"审计建议|建议的?采纳|采纳情况|^关于(?:审计|巡察|巡视|督察)?(?:发现|查出|反馈|指出)的?问题的?整改"
)


def _runs(nodes: list[Node]) -> list[list[Node]]:
    runs: list[list[Node]] = []
    by_parent: dict[int, list[Node]] = {}
    order: list[int] = []
    for n in nodes:
        key = id(n.parent)
        if key not in by_parent:
            by_parent[key] = []
            order.append(key)
        by_parent[key].append(n)
    for key in order:
        group = by_parent[key]
        current: list[Node] = []
        for n in group:
            if current and n.marker.number == 1:  # numbering restarts: a new list
                runs.append(current)
                current = []
            current.append(n)
        if current:
            runs.append(current)
    return runs


def _top_ancestor(node: Node) -> Node | None:
    a = node.parent
    top = None
    while a is not None and a.marker is not None:
        top = a
        a = a.parent
    return top


def choose_problem_nodes(root: Node) -> tuple[int | None, list[Node]]:
    headings = [n for n in root.walk() if n.marker is not None]
    if not headings:
        return None, []
    ev = {id(n): _evidence(n) for n in headings}
    scores: dict[int, float] = {}
    for n in headings:
        strong, weak = ev[id(n)]
        scores[n.level] = scores.get(n.level, 0) + (3 if strong else 0) + (1 if weak and not strong else 0)
    level = max(sorted(scores), key=lambda lv: (scores[lv], lv))
    if scores[level] <= 0:
        return None, []
    any_strong = any(ev[id(n)][0] for n in headings if n.level == level)
    chosen: list[Node] = []
    for run in _runs([n for n in headings if n.level == level]):
        strong = sum(1 for n in run if ev[id(n)][0])
        weak = sum(1 for n in run if ev[id(n)][1] or ev[id(n)][0])
        if any_strong:
            ok = strong >= 1 and strong >= 0.3 * len(run)
        else:
            top = _top_ancestor(run[0])
            ok = weak >= 0.5 * len(run) and not (
                top is not None and _NOT_PROBLEM_SECTION.search(heading_title(top)) and "问题" not in heading_title(top)
            )
            if level == LEVEL_CN and all(_NOT_PROBLEM_SECTION.search(heading_title(n)) for n in run):
                ok = False
        if ok:
            chosen.extend(run)
    return _promote_sub_items(level, chosen)


def _promote_sub_items(level: int, chosen: list[Node]) -> tuple[int, list[Node]]:
    """一、section > （一）category > 1.problem > （1）sub-item: when the items chosen sit three numbered
    headings deep and their parent headings hold nothing but such items, the parents are the problems
    ("1.结余药品使用不规范。" over "（1）结余药品管理、使用不规范。整改情况：一是…") and the items its measures."""
    if not chosen:
        return level, chosen
    parents: list[Node] = []
    for n in chosen:
        a, depth = n.parent, 0
        while a is not None and a.marker is not None:
            depth += 1
            a = a.parent
        p = n.parent
        if depth < 3 or p is None or p.marker is None or _direct_text(p) or _opens_fields(p):
            return level, chosen
        if not parents or parents[-1] is not p:
            parents.append(p)
    if len({p.level for p in parents}) != 1:
        return level, chosen
    for p in parents:
        kids = [_evidence(c) for c in p.children if c.marker is not None]
        p._ev = (any(e[0] for e in kids), any(e[1] for e in kids))  # the sub-items' evidence is the problem's
        p._sub_items = True
    return parents[0].level, parents


# --- measures ----------------------------------------------------------------------
@dataclass
class BodyItem:
    text: str
    pos: int | None
    marker: Marker | None = None


def _cut_next_step(items: list[BodyItem]) -> tuple[list[BodyItem], list[BodyItem]]:
    for i, it in enumerate(items):
        m = RE_NEXT_STEP.search(it.text) if "下一步" in it.text else None
        if m:
            kept = items[:i]
            head = it.text[: m.start()].strip()
            if head:
                kept.append(BodyItem(head, it.pos, it.marker))
            rest = [BodyItem(it.text[m.start():], it.pos)] + items[i + 1:]
            return kept, rest
    return items, []


def _measure_from(text: str, seq: int | None, pos: int | None) -> ParsedMeasure:
    text = text.strip()
    units = units_in(text)
    deadline = None
    m = RE_PAREN_DEADLINE.search(text)
    if m:
        deadline = clean_deadline(m.group(1))
    return ParsedMeasure(seq=seq, text=text, deadline=deadline, responsible_units=units, position=pos)


def split_measures(items: list[BodyItem]) -> tuple[list[ParsedMeasure], list[str], list[str]]:
    """(measures, intro/orphan notes, numbering notes) from the measure region of a problem."""
    items = [it for it in items if it.text.strip()]
    notes: list[str] = []
    numbering: list[str] = []
    if not items:
        return [], notes, numbering
    marked = [it for it in items if it.marker is not None]
    if len(marked) >= 2 and not _items_also_inline(items, marked):
        top = min(it.marker.level for it in marked)
        measures: list[ParsedMeasure] = []
        for it in items:
            if it.marker is not None and it.marker.level == top:
                measures.append(_measure_from(it.marker.rest, it.marker.number, it.pos))
            elif measures:
                measures[-1].text += "\n" + (it.marker.raw + it.marker.rest if it.marker else it.text)
                add_units(measures[-1].responsible_units, units_in(it.text))
            else:
                notes.append(it.text)
        _check_sequence([m.seq for m in measures], numbering, "")
        return measures, notes, numbering
    # one text with paragraph breaks kept as boundaries
    joined = ""
    offsets: list[tuple[int, BodyItem]] = []
    for it in items:
        if joined:
            joined += "\n"
        offsets.append((len(joined), it))
        joined += it.text

    def pos_at(off: int) -> int | None:
        p = None
        for start, it in offsets:
            if start <= off:
                p = it.pos
        return p

    numbered = find_inline_numbered(joined)
    finders = [(find_xs_items, "xs"), (find_inline_numbered, "num"), (find_circled, "circled"), (find_inline_paren, "paren")]
    if len(numbered) >= 2 and numbered[0][0] == 0:
        finders.insert(0, (find_inline_numbered, "num"))
    for finder, style in finders:
        found = finder(joined)
        if style in ("circled", "paren") and len(found) < 2:
            continue
        if found:
            intro = joined[: found[0][0]].strip()
            if intro:
                notes.append(intro)
            measures = []
            bounds = [f[0] for f in found] + [len(joined)]
            previous = None
            kept: list[int] = []
            for (start, n), end in zip(found, bounds[1:]):
                chunk = joined[start:end]
                if previous is not None and previous == (n, chunk.strip()):
                    numbering.append(f"措施“{int_to_cn(n) + '是' if style == 'xs' else n}”整句重复出现，只计一次")
                    continue
                previous = (n, chunk.strip())
                kept.append(n)
                if style == "xs":
                    chunk = re.sub(r"^[一二三四五六七八九十]{1,3}是\s*[,，:：、]?", "", chunk)
                elif style == "num":
                    chunk = re.sub(r"^\d{1,2}\s*[.．、]", "", chunk)
                else:
                    chunk = chunk[1:] if style == "circled" else re.sub(r"^[(（]\d{1,2}[)）]", "", chunk)
                measures.append(_measure_from(chunk.replace("\n", ""), n, pos_at(start)))
            _check_sequence(kept, numbering, "是" if style == "xs" else "")
            return measures, notes, numbering
    return [_measure_from(joined.replace("\n", ""), None, items[0].pos)], notes, numbering


def _items_also_inline(items: list[BodyItem], marked: list[BodyItem]) -> bool:
    """Numbered items that run on inside lines as well as starting them
    ("整改措施：（1）…；" / "（2）…；（3）…；" / "（4）…"): count them in the joined text."""
    top = min(it.marker.level for it in marked)
    numbers = [it.marker.number for it in marked if it.marker.level == top]
    if numbers == list(range(1, len(numbers) + 1)) and not any(
        it.marker is None and find_inline_paren(it.text) for it in items[: items.index(marked[0])]
    ):
        return False
    joined = "\n".join(it.text for it in items)
    for finder in (find_inline_paren, find_inline_numbered, find_circled):
        found = [n for _, n in finder(joined)]
        if len(found) > len(numbers) and set(numbers) <= set(found):
            return True
    return False


def _check_sequence(numbers: list[int | None], out: list[str], suffix: str) -> None:
    def label(n: int) -> str:
        return (int_to_cn(n) + suffix) if suffix else str(n)

    seen: set[int] = set()
    prev = 0
    for n in numbers:
        if n is None:
            continue
        if n in seen:
            out.append(f"措施编号“{label(n)}”重复")
        elif n > prev + 1:
            out.append(f"措施编号从“{label(prev)}”跳到“{label(n)}”" if prev else f"措施编号从“{label(n)}”开始")
        seen.add(n)
        prev = max(prev, n)


# --- building the problems -------------------------------------------------------------
def _body_items(node: Node, inline: str) -> list[BodyItem]:
    items: list[BodyItem] = []
    if inline:
        items.append(BodyItem(inline, node.pos))
    for d in node.walk():
        items.append(BodyItem(d.text if d.marker is None else d.para.text, d.pos, d.marker))
    return items


def build_problem(node: Node, level: int, result: ParseResult) -> ParsedProblem:
    has_body = bool(node.children)
    title, inline, tag = split_heading(node.text, has_body)
    problem = ParsedProblem(seq=node.marker.number, title=title, position=node.pos)

    # category and status from the headings above (in an attachment with no headings: its title)
    sec_status = None
    a = node.parent
    while a is not None and a.marker is not None:
        if problem.category is None:
            problem.category = heading_title(a) or None
        if sec_status is None:
            sec_status = section_status(heading_title(a))
        a = a.parent
    if problem.category is None:
        problem.category = getattr(node, "attachment", None)

    # fields
    items = _body_items(node, inline)
    region: list[BodyItem] = []
    label_status = None
    stated_status = None
    current: str | None = None
    for k_it, it in enumerate(items):
        if k_it < 3 and it.marker is None:
            ms = RE_STATED_STATUS.match(it.text)
            said = ms and (ms.group(1) or ms.group(2))
            if said and status_of(said):
                stated_status = stated_status or status_of(said)
                rest_text = it.text[ms.end():].strip()
                if not rest_text:
                    continue
                it = BodyItem(rest_text, it.pos, it.marker)
        parts = split_fields(it.text)
        if len(parts) == 1 and parts[0][0] is None:
            if current == "target":
                _append_field(problem, current, it.text)
            else:
                region.append(it)
            continue
        for fname, label, value in parts:
            value = value.strip()
            if fname is None:
                if current == "target":
                    _append_field(problem, current, value)
                elif value:
                    region.append(BodyItem(value, it.pos, parse_marker(value)))
                continue
            current = fname
            if fname == "measures" and len(value) <= 12 and status_of(value) and not find_xs_items(value):
                stated_status = stated_status or status_of(value)  # "整改进展情况：已完成整改" states a status
                continue
            if fname == "measures":
                if DONE_LABELS.match(label):
                    label_status = "done"
                elif PROGRESS_LABELS.match(label):
                    label_status = "in_progress"
                if value:
                    region.append(BodyItem(value, it.pos, parse_marker(value)))
            else:
                _append_field(problem, fname, value)
                if fname != "target":
                    current = None

    region = [BodyItem(it.text, it.pos, it.marker if (it.marker and it.marker.level > level) else None) for it in region]
    region, next_step = _cut_next_step(region)
    if getattr(node, "_sub_items", False):  # each （1） sub-item with what was done about it is one measure
        measures = [_measure_from(c.text + "\n" + "\n".join(d.text for d in c.walk()), c.marker.number, c.pos)
                    for c in node.children if c.marker is not None]
        notes, numbering = [], []
    else:
        measures, notes, numbering = split_measures(region)
    problem.measures = measures
    problem.notes.extend(notes)
    problem.notes.extend(it.text for it in next_step)
    for msg in numbering:
        result.add_anomaly("measure_numbering", f"问题{problem.seq}“{_short(problem.title)}”：{msg}", node.pos)
    for m in measures:
        add_units(problem.responsible_units, m.responsible_units)

    # status: section, heading tag, labels must agree
    tag_status = status_of(tag) if tag else None
    candidates = [s for s in (sec_status, tag_status, stated_status) if s]
    if sec_status and label_status:
        candidates.append(label_status)
    if candidates and all(c == candidates[0] for c in candidates):
        problem.status = candidates[0]
    elif candidates:
        problem.status = None
        result.add_anomaly(
            "status_conflict",
            f"问题{problem.seq}“{_short(problem.title)}”所在部分与其标注的整改状态不一致，状态未确定",
            node.pos,
        )
    return problem


def _append_field(problem: ParsedProblem, fname: str | None, value: str) -> None:
    value = value.strip()
    if not value or fname is None:
        return
    if fname == "target":
        problem.target = _join(problem.target, value.strip("。; ；"))
    elif fname == "deadline":
        if problem.deadline is None:
            problem.deadline = clean_deadline(value)
    elif fname in ("units", "co_units"):
        add_units(problem.responsible_units, split_units(value.strip().strip("()（）")))
    elif fname == "leader":
        problem.lead_leader = _join(problem.lead_leader, value.strip("。;；"))
    elif fname == "person":
        problem.responsible_person = _join(problem.responsible_person, value.strip())


def _join(a: str | None, b: str) -> str:
    return b if not a else a + b


def _short(title: str, n: int = 16) -> str:
    return title if len(title) <= n else title[:n] + "…"


def _evidence_share(nodes: list[Node]) -> float:
    if not nodes:
        return 0.0
    ev = [_evidence(n) for n in nodes]
    return sum(1.0 if strong else (0.5 if weak else 0.0) for strong, weak in ev) / len(nodes)


def _list_candidate(root: Node, result: ParseResult, detail: str = "", name: str = "list"):
    from .readings import Candidate, list_features

    level, nodes = choose_problem_nodes(root)
    if level is None or not nodes:
        return None
    scratch = ParseResult()
    problems = []
    for n in nodes:
        # the section-by-section candidates meet the same headings again: each is built once per level
        built = getattr(n, "_built", None)
        if built is None or built[0] != level:
            one = ParseResult()
            built = n._built = (level, build_problem(n, level, one), one.anomalies)
        problems.append(built[1])
        scratch.anomalies.extend(built[2])
    bodies = [" ".join(c.text for c in _direct_text(n)[:1]) for n in nodes]
    c = Candidate(name, problems, nodes, list_features(problems, _evidence_share(nodes), bodies), detail)
    c.anomalies = scratch.anomalies  # type: ignore[attr-defined]
    return c


def _sections(root: Node) -> list[tuple[str, Node]]:
    """Top-level parts a problem list may sit in: each 一、 section, and each attachment (from "附件1" to the next)."""
    out: list[tuple[str, Node]] = []
    tops = [c for c in root.children if c.marker is not None and c.level == LEVEL_CN]
    if len(tops) >= 2:
        for t in tops:
            part = Node(None, None)
            part.children = [t]
            out.append((f"“{t.marker.raw}{heading_title(t)[:12]}”一节", part))
    # attachments: children of the root after a line "附件1…"
    starts = [k for k, c in enumerate(root.children) if c.marker is None and c.para and RE_ATTACHMENT_START.match(c.para.text)]
    for j, k in enumerate(starts):
        end = starts[j + 1] if j + 1 < len(starts) else len(root.children)
        part = Node(None, None)
        part.children = root.children[k + 1:end]
        out.append((f"附件{j + 1}", part))
    return out


def parse_structure(paras: list[Para], result: ParseResult) -> tuple[list[ParsedProblem], list[Node], Node]:
    from .readings import Candidate, labelled_sections_candidate, whole_document_candidate

    root = build_tree(paras)
    candidates: list[Candidate] = []
    whole_list = _list_candidate(root, result)
    if whole_list is not None:
        candidates.append(whole_list)
    # a list with strong evidence throughout needs no second look section by section
    settled = whole_list is not None and whole_list.features.get("evidence", 0) >= 1.0 and not whole_list.features.get("category_summary")
    for detail, part in ([] if settled else _sections(root)):
        name = "attachments" if detail.startswith("附件") else "list"
        c = _list_candidate(part, result, detail, name)
        if c is None:
            continue
        if len(c.nodes) == 1 and c.nodes[0] in part.children:
            continue  # the section heading itself is the only item: the whole-document list already has it
        if whole_list is not None:
            ids = {id(n) for n in whole_list.nodes}
            if [id(n) for n in c.nodes] == [id(n) for n in whole_list.nodes]:
                continue
            if all(id(n) in ids for n in c.nodes) and not whole_list.features.get("action"):
                continue  # a part of the same list, and nothing in the whole list reads as organisation
        candidates.append(c)
    from .readings import NONE_SCORE

    # a list that would be kept rules out "one task" (a weak list of 1、2、 done-items does not)
    best_list = max((c for c in candidates if c.score() >= NONE_SCORE), key=lambda c: len(c.problems), default=None)
    whole = whole_document_candidate(paras, result, best_list)
    if whole is not None:
        candidates.append(whole)
    notice = labelled_sections_candidate(root)
    if notice is not None:
        candidates.append(notice)
    candidates.append(Candidate("none", [], [], {}))
    ranked = sorted(candidates, key=lambda c: (-c.score(), candidates.index(c)))
    chosen = ranked[0]
    for a in getattr(chosen, "anomalies", []):
        result.add_anomaly(a.code, a.message_zh, a.position)
    result.reading = chosen.name
    result.reading_detail = chosen.detail
    result.candidates = [
        {"reading": c.name, "label": c.label, "detail": c.detail, "score": c.score(), "problems": len(c.problems),
         "features": {k: round(v, 3) for k, v in c.features.items()}} for c in ranked]
    runner = next((c for c in ranked[1:] if [p.title for p in c.problems] != [p.title for p in chosen.problems]), None)
    result.alternative = runner
    return chosen.problems, chosen.nodes, root
