"""The numbering tree of a document: paragraphs nest by their markers (一、 > （一） > 1. > （1） > ①);
a line "附件1" opens an attachment, a top-level part of its own."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .normalize import RE_BULLET_LINE, Para, is_label_line
from .numbering import LEVEL_CN, LEVEL_CN_PAREN, LEVEL_LABELLED, Marker, parse_marker, per_parse


class _kept:
    """functools.cached_property without its lock (Python 3.11's takes an RLock on every first read, the cost of the
    read itself; a parse runs in one thread): the value worked out on the first read is stored in the instance's
    __dict__ under the same name, which later reads find before this (non-data) descriptor."""

    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


@dataclass
class Node:
    para: Para | None
    marker: Marker | None
    parent: "Node | None" = None
    children: list["Node"] = field(default_factory=list)

    # (level and text are read thousands of times a parse: each is worked out once and kept on the node. A node's
    # marker is set once, when it is made — build_tree replaces one right after, and forgets both then — and its
    # paragraph's text is not changed once the tree is built.)
    @_kept
    def level(self) -> int:
        return self.marker.level if self.marker else 99

    @_kept
    def text(self) -> str:
        if self.marker:
            return self.marker.rest
        return self.para.text if self.para else ""

    def forget_marker_values(self) -> None:
        """Drop the kept level and text (after the marker is replaced)."""
        self.__dict__.pop("level", None)
        self.__dict__.pop("text", None)

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
# (also petitions and clues counted in pieces: "…信访件办理情况（共3件）")
RE_DECLARED_COUNT = re.compile(r"\s*[(（]\s*共\s*\d+\s*[个件][^)）]*[)）]\s*$")


# a section heading run into its first item: "一、存在的问题(一)村级党支部…" / "（一）存在的问题1、政治学习不够…"
RE_HEADING_RUN_INTO_ITEM = re.compile(r"([^。，,；;:：()（）“”\d]{2,24}?)(?=[(（]一[)）]\S|1[、.．](?![\d年月日号个项条%]))")


# "…现将自查情况报告于后:一、…方面存在的问题及整改措施(一)存在的问题1、…": a section that opens after the lead's colon
RE_SECTION_AFTER_STOP = re.compile(r"(?<=[。:：；;])(?=一、)")
# "…2.1组织设置类问题1:…。成因:…。问题2:…": problems labelled 问题1: 问题2: run together in one paragraph
# (with where it comes from: "反馈问题2：", "审计发现问题2：")
RE_PROBLEM_LABEL_RUN = re.compile(r"(?:(?:巡察|巡视|督察)?反馈|审计发现|审计查出)?问题\s*(\d{1,2})\s*[:：]")


# (each branch opens with its own literal, so that the engine scans for the three first characters: a branch opening
# with a class, "[(（]一…|1…", has it try the pattern at every offset)
RE_FIRST_ITEM = re.compile(r"\(一[)）]|（一[)）]|1[、.．]")
_HEADING_OPENERS = frozenset("一二三四五六七八九十(（")


def _runs_into_item(text: str) -> bool:
    marker = parse_marker(text)
    m = RE_HEADING_RUN_INTO_ITEM.match(marker.rest) if marker is not None and marker.level < 3 else None
    inner = parse_marker(marker.rest[m.end():]) if m else None
    return inner is not None and inner.level > marker.level and inner.number == 1 and bool(inner.rest.strip())


def _cuts(text: str) -> list[int]:
    """Where a paragraph whose line breaks were lost holds the start of another: a section heading run into its
    first item (after the lead's colon, or opening the paragraph), and each of 问题1: 问题2: … in order."""
    # (a heading opens with 一、 or （一）, and holds the item it runs into: literal tests before any scan)
    opens = text[0] in _HEADING_OPENERS and RE_FIRST_ITEM.search(text, 1) is not None
    marker = parse_marker(text) if opens else None
    if marker is not None and marker.level < 3 and _runs_into_item(text):
        m = RE_HEADING_RUN_INTO_ITEM.match(marker.rest)
        return [len(text) - len(marker.rest) + m.end()]
    if marker is None and "一、" in text and RE_FIRST_ITEM.search(text, 1):
        for m in RE_SECTION_AFTER_STOP.finditer(text):
            if _runs_into_item(text[m.start():]):
                return [m.start()]
    if ("问题1" in text or "问题 1" in text) and len(text) >= 30:
        found, expected = [], 1
        for m in RE_PROBLEM_LABEL_RUN.finditer(text):
            if int(m.group(1)) == expected and not (m.start() == 0 and expected == 1):
                found.append(m.start())
                expected += 1
            elif int(m.group(1)) == expected:
                expected += 1  # the paragraph opens with 问题1:
        if expected > 2 and found:  # two labels at least, in order from 1
            # "…剖析2.1组织设置类问题1:…" — a dotted section heading right before a label is a paragraph of its own
            extra = [h.start() for c in found for h in [RE_DOTTED_HEAD_BEFORE.search(text, 0, c)] if h and h.start() > 0]
            return sorted(set(found + extra))
    return []


RE_DOTTED_HEAD_BEFORE = re.compile(r"(?<![\d.．])\d{1,2}[.．]\d{1,2}[^\d。，,；;:：、“”()（）\s]{2,12}$")
# a dotted section heading alone on its line over labelled problems: "2.1组织设置类" then "问题1:…"
RE_DOTTED_HEAD = re.compile(r"^(\d{1,2})[.．](\d{1,2})\s*([^\d。，,；;:：、“”()（）\s][^。，,；;:：、“”()（）\s]{1,11})$")
LEVEL_DOTTED_HEAD = 2.25  # above 问题1: (2.5)


def split_heading_run_into_item(paras: list[Para]) -> list[Para]:
    """Each paragraph that holds the start of another (a heading run into its first item, problems labelled
    问题1:…问题2:… run together) as one paragraph for each."""
    out: list[Para] = []
    work = list(reversed(paras))
    while work:
        p = work.pop()
        cuts = _cuts(p.text) if len(p.text) > 6 else []
        if not cuts:
            out.append(p)
            continue
        bounds = [0, *cuts, len(p.text)]
        pieces = [p.text[a:b].strip() for a, b in zip(bounds, bounds[1:])]
        pieces = [t for t in pieces if t]
        split = [Para(t, p.pos, p.page_jump_after and k == len(pieces) - 1, p.page_jump_before and k == 0)
                 for k, t in enumerate(pieces)]
        if len(split) == 2 and split[1].text[:1] == "1":
            # check24: the first item cut off its heading may hold the rest of its run ("一、…主要问题 1.…。2、…。3、…"):
            # parted as a paragraph opening on its item is (normalize.split_run_on_items)
            from .normalize import split_run_on_items

            split = split[:1] + split_run_on_items(split[1:])[0]
        out.append(split[0])
        work.extend(reversed(split[1:]))  # (each rest may open with another heading run into its item)
    return out


RE_PROGRESS_LABEL = re.compile(r"^\s*(?:整改进展|进展情况|整改进度|完成情况|整改状态|完成状态)\s*[:：]")


# a heading naming a topic only: short, no statement (no stop, no comma), nothing wrong said, no problem named
RE_NOT_TOPIC = re.compile(r"[。，,；;]|问题|不够|不到位|不严|不足|不强|不高|不实|不力|不规范|不及时|不健全|不完善|未|没有|缺|滞后|薄弱|差距|短板|违")


# (res22: or an aspect only, closed by a stop or not: "（四）加强舆情回应工作方面。", "（2）住房安全方面")
RE_ASPECT_TOPIC = re.compile(r"^[^。，,:：;；]{2,30}方面\s*[。.]?$")


def _names_topic_only(text: str) -> bool:
    t = text.strip().rstrip(":：")
    return (2 <= len(t) <= 16 and not RE_NOT_TOPIC.search(t)) or (
        "方面" in t and RE_ASPECT_TOPIC.match(t) is not None and not RE_NOT_TOPIC.search(t.rstrip("。. ")))


# an unnumbered line naming an aspect and announcing its problems, closing on them: "师资队伍方面：主要存在以下问题：",
# "办学条件方面存在的问题：", "（在）医疗服务方面，存在以下几个问题"
RE_ASPECT_LINE = re.compile(
    r"^([^。:：;；，,（(]{2,30}?方面)\s*(?:[:：,，]\s*[^。:：]{0,30}?)?(?:主要|还|仍然?)?(?:存在|发现|查摆出?)(?:的)?(?:以下|如下)?"
    r"(?:几个|[一二三四五六七八九十两\d]{1,3}[个类项条])?(?:方面)?(?:的)?(?:主要|突出|具体)?问题(?:有|如下)?\s*[:：]?\s*$")
# (or naming the aspect only, right over an item numbered 1: "经济发展方面" then "1.产业结构不合理…")
RE_ASPECT_BARE = re.compile(r"^([^。:：;；，,（()）“”]{2,20}方面)\s*[:：]?$")
LEVEL_ASPECT_LINE = 2.75  # between 问题一： (2.5) and 1. (3)
# a lead announcing the problems that follow, closing on a colon: "…但仍存在以下问题:", "主要存在如下几个方面的问题："
RE_PROBLEMS_ANNOUNCED = re.compile(r"(?:存在|有|发现|查出|查摆出?)(?:以下|如下|下列)(?:几个|[一二三四五六七八九十两\d]{1,3}[个类项条])?"
                                   r"(?:方面)?的?(?:主要|突出|具体)?问题\s*[:：]$")
# a short numbered heading that names its part's problems: "一、校园设施安全问题", "二、交通安全隐患" (us18)
RE_PROBLEMS_HEADING = re.compile(r"(?:问题|隐患)[:：]?$")
# the level of a bulleted item (normalize.RE_BULLET_LINE): below every numbered one
LEVEL_BULLET_ITEM = 5.5


# a wrapped item's heading that names no more than its problem: "关于“…”问题的整改", "关于“…”的问题" (a line of its own)
RE_WRAPPED_ITEM_HEAD = re.compile(r"^关于“.{4,120}”(?:的)?问题(?:的)?(?:整改(?:情况|落实情况|进展)?)?[。:：]?$")


# a numbered item that lost the mark after its number: "5践行安全发展理念有差距。" between "4.…" and "6.…" (a web copy's
# typo — blind28 xiangtan); not a count or a date opening a paragraph ("5家存在…", "5月…", "5个…")
RE_LOST_ITEM_MARK = re.compile(r"^(\d{1,2})(?=[\u4e00-\u9fff])(?![\d]|[年月日号时家个项条次件名人处所座户万亿元米吨台辆批种类份篇期届轮])")


def drop_repeated_labels(paras: list[Para]) -> list[Para]:
    """res22: a short section heading naming a label ("一、整改任务", "（二）整改措施："), the next paragraph opening on the
    same label and its colon ("整改任务：…", "整改措施：（1）…"): the label printed twice — the paragraph is read
    without it (its value a plain paragraph, or the first numbered item it opens on)."""
    out = paras
    for i in range(1, len(paras)):
        # (string tests first: the next paragraph's label, 2-10 characters before its colon, ends the short heading)
        nxt = paras[i].text.lstrip()
        colon = nxt.find("：", 2, 11)
        if colon < 0:
            colon = nxt.find(":", 2, 11)
        if colon < 0:
            continue
        label, t = nxt[:colon], paras[i - 1].text.strip()
        if len(t) > 16 or t[:1] not in _SECTION_MARK_OPENINGS or not t.rstrip(":：").endswith(label):
            continue
        m = parse_marker(t)
        rest = nxt[colon + 1:].strip()
        if m is not None and m.number >= 1 and m.rest.strip().rstrip(":：").strip() == label and rest:
            out = list(out) if out is paras else out
            out[i] = replace(paras[i], text=rest)
    return out


_SECTION_MARK_OPENINGS = frozenset("一二三四五六七八九十(（0123456789")


def mend_lost_item_marks(paras: list[Para]) -> list[Para]:
    """A paragraph opening "N<text>" right where item N is missing — the nearest numbered paragraph before it is N-1 and
    the nearest after it N+1, both printed alike ("4." … "6.") — is item N, its mark restored as theirs."""
    out = list(paras)
    for i, p in enumerate(paras):
        m = RE_LOST_ITEM_MARK.match(p.text) if p.text[:1].isdigit() else None
        if m is None or parse_marker(p.text) is not None:
            continue
        n = int(m.group(1))
        before = next((mk for q in reversed(paras[:i]) for mk in [parse_marker(q.text)] if mk is not None), None)
        after = next((mk for q in paras[i + 1:] for mk in [parse_marker(q.text)] if mk is not None), None)
        if (before is None or after is None or before.number != n - 1 or after.number != n + 1 or before.level != after.level
                or not before.raw.startswith(str(n - 1)) or not after.raw.startswith(str(n + 1))):
            continue
        mark = before.raw[len(str(n - 1)):]
        if after.raw[len(str(n + 1)):] != mark:
            continue
        out[i] = Para(str(n) + mark + p.text[m.end():], p.pos, p.page_jump_after, p.page_jump_before, list(p.joined))
    return out


# gen19: a section heading printed as a bare line, no number before it — "存在的主要问题" on a line of its own over
# "1.…2.…", or a notice's fixed sections "发现的问题 / 责任单位 / 整改时限 / 整改情况 / 验收销号意见" each a line — is the
# same heading as "二、存在的主要问题": a label of the genre's (a problem section's, a report's, a notice's field) said
# whole, short, no stop nor colon in it (a line "存在问题：" is a lead or a field label, read as before).
RE_LABEL_STOPS = re.compile(r"[，,。；;:：、()（）“”!！?？\s]")
BARE_LABEL_MAX = 16
# the problem section's labels said whole: "存在问题", "存在的主要问题", "发现的问题", "督导发现的主要问题", "反馈问题", "问题
# 清单", "主要问题", "存在的问题和不足", "主要问题及整改情况" — the finder, the verb and the qualifier only, nothing of a
# subject or a topic before them ("巡视整改长效机制不健全存在的问题", "…审计查出问题" are a title's or a category's words)
RE_BARE_PROBLEMS_LABEL = re.compile(
    r"^(?:(?:(?:检查|巡察|巡视|督察|督查|督导|审计|暗访|调研|评估|自查|抽查|排查|巡查|考核)(?:组)?(?:中|过程中)?)?"
    r"(?:发现|存在|反馈|指出|查出|查摆|交办)(?:的|出的?)?(?:主要|突出|具体)?|主要|突出|具体)问题(?:清单)?(?:(?:和|与|及)不足)?$"
    r"|^(?:问题清单|整改问题|问题描述|问题内容)$"
    r"|^(?:(?:检查|巡察|巡视|督察|督查|督导|审计|暗访|自查)?(?:组)?(?:中)?(?:发现|反馈|指出|存在)(?:的)?)?(?:主要|突出|具体)?"
    r"问题(?:及|和|与)(?:其)?整改(?:落实|完成|推进|进展)?情况$")


@per_parse
def bare_section_label(text: str) -> str | None:
    """"problems" when the line is a bare label naming the problems found ("存在的主要问题", "巡察发现的问题", "问题清单",
    "主要问题及整改情况"), "section" when it is another section's bare label ("基本情况", "工作亮点", "整改意见", "责任单位",
    "整改时限", "验收销号意见", "审计发现问题整改情况"), else None."""
    t = text.strip()
    if not (2 <= len(t) <= BARE_LABEL_MAX) or RE_LABEL_STOPS.search(t) or parse_marker(t) is not None:
        return None
    from .levels import RE_BARE_REPORT_SECTION, RE_GENERIC_PROBLEM_LABEL
    from .readings import SECTION_LABELS

    if "问题" in t and RE_BARE_PROBLEMS_LABEL.match(t):
        return "problems"
    if (RE_BARE_REPORT_SECTION.match(t) or RE_GENERIC_PROBLEM_LABEL.match(t)  # (… "审计发现问题整改情况")
            or any(rx.match(t) for rx in SECTION_LABELS.values())):
        return "section"
    return None


def bare_label_lines(paras: list[Para]) -> dict[int, str]:
    """The bare label lines a document heads its sections with (bare_section_label), by index: only when one names
    the problems and no label is said twice (a label said again under each item is each item's field)."""
    found: dict[int, str] = {}
    for i, p in enumerate(paras):
        if len(p.text) <= BARE_LABEL_MAX + 2:
            kind = bare_section_label(p.text)
            if kind is not None:
                found[i] = kind
    if "problems" not in found.values():
        return {}
    texts = [paras[i].text.strip() for i in found]
    return found if len(set(texts)) == len(texts) else {}


def _bare_sections(paras: list[Para]) -> dict[int, Marker]:
    """The markers of a document's bare section lines (bare_label_lines), by paragraph index: each line a heading, the
    one problem label, alone, only when it heads the numbered list right after it. Their level is that of the numbered
    headings beside them that are labels too ("一、基本情况" … "存在的主要问题" … "三、整改意见"), else one above every
    numbered heading after the first of them (一、 when the document numbers nothing so)."""
    found = bare_label_lines(paras)
    if not found:
        return {}
    marks = [(i, parse_marker(p.text)) for i, p in enumerate(paras)]
    marks = [(i, m) for i, m in marks if m is not None]
    if len(found) == 1:
        i = next(iter(found))
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        m = parse_marker(nxt.text) if nxt is not None else None
        if m is None or m.number != 1:
            return {}
    first = min(found)
    labelled = [m.level for _i, m in marks if bare_section_label(m.rest) is not None]
    after = [m.level for i, m in marks if i > first]
    if labelled and all(lv > min(labelled) for lv in after if lv not in labelled):
        level = min(labelled)
    else:
        low = min(after, default=LEVEL_CN + 1)
        level = LEVEL_CN if low > LEVEL_CN and all(m.level != LEVEL_CN for _i, m in marks) else low - 0.25
    return {i: Marker(level, k, "", paras[i].text.strip()) for k, i in enumerate(sorted(found), start=1)}


def _stated_heading(top: Node, marker: Marker) -> bool:
    """gen19b: "（一）路面坑槽破损。" then "存在问题：S512…": a numbered item stating its problem, closed by its stop, then the
    label — the item's field whatever rank the document numbers its items in (1. ranks below a label, （一） above it);
    not a section naming the problems ("（一）巡察发现的问题") nor a topic ("（一）便民服务")."""
    return (marker.level == LEVEL_LABELLED and top.level < marker.level and top.marker.number >= 1
            and top.text.strip().endswith("。") and len(top.text.strip()) <= 40)


def _aspect_level(paras: list[Para], i: int) -> float:
    """An aspect line's level: just above 1. (LEVEL_ASPECT_LINE), or just above the items it heads when a document
    numbers them higher ("经济发展方面" over "（一）…" "（二）…": gen19b, the rank the document chose)."""
    first = parse_marker(paras[i + 1].text) if i + 1 < len(paras) else None
    if _aspect_over_statements(first):
        return LEVEL_CN_PAREN - 0.25
    return LEVEL_ASPECT_LINE


def _aspect_over_statements(first: Marker | None) -> bool:
    """The first item under an aspect line is "（一）…" stating a problem, a sentence closed by its stop ("（一）一些党员
    干部存在违反中央八项规定精神的问题。") — not a category heading over 1.… ("（一）落实立德树人根本任务有差距")."""
    return (first is not None and first.number == 1 and first.level == LEVEL_CN_PAREN
            and first.rest.strip().endswith(("。", "；", ";")))


def build_tree(paras: list[Para]) -> Node:
    root = Node(None, None)
    stack = [root]
    paras = drop_repeated_labels(mend_lost_item_marks(split_heading_run_into_item(paras)))
    bare = _bare_sections(paras)
    restarted: tuple[Node, int] | None = None  # (the item whose own list runs on, the last number of that list)
    attachment: str | None = None  # the title of the attachment being read (the category of its problems)
    awaiting_title = False
    announced = False  # a lead announcing problems was just read, and bullets follow it
    bulleted = False  # a numbered heading naming problems was just read, and its bullets (each over lines) follow it
    for i, p in enumerate(paras):
        marker = parse_marker(p.text) if i not in bare else bare[i]
        dotted = RE_DOTTED_HEAD.match(p.text) if i + 1 < len(paras) and p.text[:1].isdigit() else None
        if dotted and RE_PROBLEM_LABEL_RUN.match(paras[i + 1].text):
            marker = Marker(LEVEL_DOTTED_HEAD, int(dotted.group(2)), p.text[: dotted.start(3)], dotted.group(3))
        if (marker is not None and marker.number == 0 and stack[-1].marker is not None
                and (stack[-1].level > marker.level or _stated_heading(stack[-1], marker)) and not stack[-1].children
                and not any(s.marker is not None and s.marker.number == 0 for s in stack[1:])):
            # "1.标题" then "存在问题：…" right under it: the numbered heading's field, not a problem of its own
            # (unless the problems are labelled so: "存在的问题：…" over "1.…" measures, then the next "存在的问题：");
            # under a heading that only names a topic ("1.便民服务：", "（2）档案管理") the labelled line is the
            # problem, one level below its topic, as under "一、便民服务："
            if _names_topic_only(stack[-1].text) and marker.rest.strip():
                # (one level below its topic; under a topic ranked above the label, "（四）…方面。", the label's own)
                marker = Marker(max(marker.level, stack[-1].level + 0.25), 0, marker.raw, marker.rest)
            else:
                marker = None
        aspect = RE_ASPECT_LINE.match(p.text) if marker is None and "方面" in p.text[:32] else None
        if aspect is not None:
            # "办学条件方面：对照标准，主要存在以下问题：" on a line of its own, then "1.…" "2.…": a category heading
            # without a number, over the items that follow (just above 1.: under any 一、 or （一） section)
            marker = Marker(_aspect_level(paras, i), 0, "", p.text)
        if (aspect is None and marker is None and p.text.endswith(("方面", "方面:", "方面：")) and i + 1 < len(paras)
                and RE_ASPECT_BARE.match(p.text)):
            first = parse_marker(paras[i + 1].text)
            if first is not None and first.number == 1 and (first.level >= 3 or _aspect_over_statements(first)):
                # "党风廉政建设方面" alone on its line, then "1.…" "2.…" (or "（一）…" "（二）…"): the same category
                # heading, announcing nothing
                aspect = RE_ASPECT_BARE.match(p.text)
                marker = Marker(_aspect_level(paras, i), 0, "", p.text)
        if marker is None and p.text.startswith("关于“") and RE_WRAPPED_ITEM_HEAD.match(p.text):
            # "3.关于“…”问题的整改" … "关于“…”问题的整改" … "5.关于“…”问题的整改": the fourth item's number was lost, not
            # its place — a sibling of the numbered items shaped the same (its seq stays empty)
            twin = next((s for s in reversed(stack[1:]) if s.marker is not None and s.marker.number
                         and s.marker.rest.lstrip().startswith("关于“") and RE_WRAPPED_ITEM_HEAD.match(s.marker.rest.lstrip())), None)
            if twin is not None:
                marker = Marker(twin.marker.level, 0, "", p.text)
        bullet = RE_BULLET_LINE.match(p.text) if marker is None and (announced or bulleted) else None
        if bullet is not None and len(p.text) > bullet.end():
            # "…仍存在以下问题:" then "- 整改不彻底:…" "- 整改不及时:…": the bullets are the problems announced,
            # each an item without a number (its seq stays empty), below any numbered heading
            marker = Marker(LEVEL_BULLET_ITEM, 0, bullet.group(0).strip(), p.text[bullet.end():])
        elif announced:
            announced = False  # the first paragraph that is no bullet closes the run
            while len(stack) > 1 and stack[-1].level == LEVEL_BULLET_ITEM:
                stack.pop()
        if (marker is None and len(stack) > 1 and p.text.endswith((":", "：")) and RE_PROBLEMS_ANNOUNCED.search(p.text)
                and i + 1 < len(paras)):
            # (only under a numbered section, whose heading is the problems' category: loose bullets at the top of a
            # page are left to the other readings)
            announced = RE_BULLET_LINE.match(paras[i + 1].text) is not None
        if marker is not None and bullet is None:
            # us18: a numbered heading naming the problems of its part ("一、校园设施安全问题", "二、交通安全隐患"), a
            # bullet on the next line: each bullet under it is one problem, told by the lines below it (its heading
            # line, then its description) — a non-bullet line stays under its bullet, the next number closes the run
            bulleted = (len(marker.rest) <= 20 and RE_PROBLEMS_HEADING.search(marker.rest) is not None
                        and i + 1 < len(paras) and RE_BULLET_LINE.match(paras[i + 1].text) is not None)
        node = Node(p, marker)
        if bullet is not None:
            node.announced = True
            node.bulleted_finding = bulleted  # (its lines below describe the problem found: build_problem)
        if aspect is not None:
            node.aspect = aspect.group(1)
        if marker is None and p.text.startswith("附件") and RE_ATTACHMENT_START.match(p.text):  # (its literal first)
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
            if restarted is not None and RE_PROGRESS_LABEL.match(p.text):
                # "1.开展… 2.建立… 整改进展：已完成" then "3．…": where the item stands closes its own list of measures
                restarted = None
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
        restarted, marker = _restarted_under(stack, marker, restarted)
        if restarted is not None and (getattr(restarted[0], "_restart_by_reading", False)
                                      or getattr(restarted[0], "_owned_level", None) is not None):
            node.marker = marker  # (a measure of a list restarted by its reading sits one level below its problem)
            node.forget_marker_values()
        while len(stack) > 1 and stack[-1].level >= marker.level:
            stack.pop()
        stack[-1].children.append(node)
        node.parent = stack[-1]
        stack.append(node)
    return root


# a label alone on its line, over what was done: "整改情况：", "整改措施:"
RE_BARE_DONE_LABEL = re.compile(r"^\s*(?:整改情况|整改措施|整改举措|整改落实情况|整改进展情况|落实情况)\s*[:：]?\s*$")


_TITLES = None


def _titles():
    """The titles module (it imports Node from here, so it is imported on first use, then kept: a function-level import
    costs ~2 µs a call)."""
    global _TITLES
    if _TITLES is None:
        from . import titles

        _TITLES = titles
    return _TITLES


def _restarted_under(stack: list[Node], marker: Marker, restarted):
    """"1.关于“…”问题 整改情况：已完成。 1．开展… 2．建立… 2.关于“…”问题": a list numbered again from 1 right under a
    wrapped item (or one that opens its fields), in the same style as the items, is that item's own list (what was
    done), one level below it — until the next wrapped item or the item's next number."""
    if restarted is None and marker.number != 1:
        return None, marker  # (most items: nothing restarts, no wrapper to test)
    is_wrapped = _titles().is_wrapped

    if restarted is not None:
        owner, last = restarted
        if (any(n is owner for n in stack) and marker.level == getattr(owner, "_owned_level", owner.level)
                and marker.number == last + 1
                and not is_wrapped(marker.rest) and not (getattr(owner, "_restart_by_reading", False)
                                                         and not _reads_as_done(marker.rest))):
            return (owner, marker.number), Marker(owner.level + 0.5, marker.number, marker.raw, marker.rest)
        restarted = None
    top = stack[-1]
    if (marker.number == 1 and top.marker is not None and top.marker.level == LEVEL_LABELLED and top.marker.number == 0
            and stack[-2].level < marker.level < top.level and top.children
            and RE_BARE_DONE_LABEL.match(top.children[-1].text)):
        # "存在问题：…" then a bare "整改情况：" then "（一）…（二）…": the list after the label is what was done about the
        # labelled problem, though its numbers rank above the label's (a section holding one unnumbered problem)
        top._owned_level = marker.level
        return (top, 1), Marker(top.level + 0.5, 1, marker.raw, marker.rest)
    if (marker.number == 1 and top.marker is not None and marker.level == top.level and top.marker.number >= 1
            and not is_wrapped(marker.rest)):
        if is_wrapped(top.text) or _opens_fields(top):
            return (top, 1), Marker(marker.level + 0.5, 1, marker.raw, marker.rest)
        if not top.children and _states_shortfall(top.text) and _reads_as_done(marker.rest):
            # "1.理论学习不深入。" then "1.制定学习计划。2.开展专题研讨。": a statement of what was wrong, then a list
            # numbered again from 1 in the same style saying what was done — its measures (while they read so)
            top._restart_by_reading = True
            return (top, 1), Marker(marker.level + 0.5, 1, marker.raw, marker.rest)
    return restarted, marker


def _states_shortfall(text: str) -> bool:
    from .levels import RE_SHORTFALL, _reads_as_action

    return bool(RE_SHORTFALL.search(text)) and not _reads_as_action(text)


def _reads_as_done(text: str) -> bool:
    from .levels import RE_ACTION_OPENING, RE_DONE_OPENING, RE_SHORTFALL

    return bool(RE_DONE_OPENING.match(text) or RE_ACTION_OPENING.match(text)) and not RE_SHORTFALL.search(text)
