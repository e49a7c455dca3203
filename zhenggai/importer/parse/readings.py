"""Readings of a document: which problem list it holds, chosen by scoring candidates.

A rectification document can be read several ways: a numbered list at some level is the problem
list (the usual bulletin or plan), the problems are in the attachments ("项目1.1："), the whole
notice is about one assigned task (a 公示 of 第7项), or it lists no problem at all (a round
summary with figures only, a report on how the work was organised, a copy cut off before the list).
Instead of firing the first rule that matches, the parser builds each candidate, measures features
of the genre on it, and keeps the best total; the runner-up is kept too, so the preview can offer it.

All weights are in ``WEIGHTS``; ``tests/importer/test_readings.py`` shows that each one changes the
reading of at least one labelled document for the better.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..result import ParsedMeasure, ParsedProblem
# (every module the readings use is imported here once, not in the functions: a function-level import costs ~2 µs a
# call, and these ran ~300 times a pass over the bench's documents — PERF21.txt; the package's other modules are all
# loaded before this one, which the package imports on the first parse)
from .dates import clean_deadline
from .fields import add_units, add_units as _add_units, names_duty, split_fields, split_units, split_units as _split_units, with_co_units
from .levels import (_PROBLEMS_AND_RECTIFICATION, RE_ACTION_OPENING, RE_PLACE_GROUP_LINE, RE_SHORTFALL, RE_SHORTFALL_LABEL, RE_SITE_IN_ORDER,
                     RE_STATES_FAULT, states_amiss, stated_problems_lead, under_stated_problems)
from .measures import BodyItem, _measure_from, split_measures
from .normalize import Para, RE_BULLET_LINE
from .normalize import RE_FIELD_LINE as RE_KNOWN_FIELD_LINE  # (normalize's known labels; this module's RE_FIELD_LINE is any label)
from .numbering import (LEVEL_ARABIC, LEVEL_CN, Marker, cn_to_int, find_circled, find_inline_numbered, find_inline_paren,
                        find_xs_items, int_to_cn, item_marker, parse_marker)
from .rx import AtStops, LiteralBranches, NearAnchor, RareBranch, Needles
from .titles import STATE_DONE_WORDS, STATE_WORDS, said_state  # (syn22: the state classes)
from .titles import RE_ASSIGNMENT_SENTENCE, RE_FED_BACK_LEAD, _clean_title, closes_statement, heading_title, quoted_from, said_statement, status_of
from .tree import LEVEL_BULLET_ITEM, Node
# (structure imports this module only inside its functions, and the package's __init__ loads structure first)
from .structure import RE_FOUND_ALL_RECTIFIED, RE_NOW_SAID, _assignment_fields, account_status, prose_assignment

READING_LABELS = {
    "list": "按正文中的编号列表读取问题",
    "attachments": "按附件中的问题读取",
    "whole": "整篇作为一个问题",
    "notice": "按公示的固定栏目读取（整改问题、措施、时限）",
    "inline": "按段落内的分项（一是、其一、1、）读取问题",
    "none": "不含问题清单（只读取文中数字）",
}

# feature -> weight. A candidate's score is the sum of weight × feature value (values are 0…1).
WEIGHTS: dict[str, float] = {
    "shortcoming": 0.5,     # list: share of items (or their category, or their section naming the feedback's problems:
                            # 二、巡察反馈问题整改情况) that read as a shortcoming (不够, 未…, 存在…)
    "evidence": 3.5,        # list: share of items with the structure's evidence (关于“…”问题 wrappers, fields, 一是…)
    "category_summary": -4.0,  # list: items are audit sections whose body opens with their own counts (问题6项…已整改2项)
    "no_shortcoming": -0.5,  # list: not one item (nor its category or section) reads as a shortcoming — a report's
                             # organisation (一、提高站位，带头认领整改责任), the audits it lists (1.…决算草案审计)
    "example_cases": -1.0,  # list: items whose body names example offenders (…有限公司等企业未安装…): kinds of violations
                            # an enforcement check found among firms, told as news, not a body's problems to rectify
    "single_task": 4.5,     # whole: the notice names one task (序号十/第7项/整改任务：/反馈指出…)
    "labelled_sections": 5.0,  # notice: 一、整改问题 二、整改实施主体 三、重点措施 … (a 验收销号公示 in fixed sections)
    "essay": -4.0,          # any reading with problems, of a document titled as an essay (…的思考, 浅谈…, …探析): its
                            # "(二)存在问题 一是…" analyse a kind of work in general, they are no body's problems to rectify
}
# The score a reading must beat to be kept rather than "no problem list": the "none" reading's score.
NONE_SCORE = 1.5  # below a list whose every item has weak evidence (0.5 × 3.5)
# "shortcoming" was left out in the second session (it changed no reading of the 45 documents labelled then); since the
# fourth it counts a little (+0.5): of the 113 labelled documents of test_readings only one changes reading between 0 and
# +0.5, the constructed sample below (no real text needs it; the eight real batches read the same up to +1.0), but a
# list of audit findings each followed by what was done in its own paragraph (samples/audit_report_findings_inline)
# has weak evidence only (0.4 × 3.5 = 1.4, below "none") and is read because its items state what was wrong.
# Since the fifth (helper structure), an item under a section naming the feedback's problems ("二、巡察反馈问题整改落实
# 情况", "附件1 …具体问题整改进展情况") also reads as a shortcoming: a category whose problems are told as one paragraph
# each ("规范党费收缴。对照…补缴到位。") has weak evidence 0.3 and is read by its place (samples/bulletin_plain_items_
# under_categories). Tried first as a weight of its own ("problem_section", +1.0): it made "shortcoming" redundant on
# the labelled documents (both read the two samples), so it was folded into "shortcoming" instead.
# Tried and left out because they changed no reading of the 45 documents labelled then (not tried again since):
# "action" (items read as organisation: 加强组织领导…, −2.5) and "count_match" (the declared count equals
# the items, +1.5). The organisation words still keep 一、 sections out of the list in structure._NOT_PROBLEM_SECTION.

RE_SHORTCOMING = re.compile(
    r"不够|不到位|不严|不足|不强|不高|不深|不实|不力|不细|不规范|不及时|不健全|不完善|不全面|不明显|不彻底|不准确|不精准|不合理|不透|不牢"
    r"|未能?|没有|缺乏|缺失|缺位|欠缺|滞后|偏低|偏高|偏长|偏弱|薄弱|差距|短板|弱化|淡化|虚化|失之于|流于|宽松软|较大|突出"
    r"|存在|问题|反馈指出|指出|隐患|风险|漏洞|违规|违反|超标|闲置|沉淀|挤占|挪用|套取|拖欠"
    r"|有待(?:进一步)?(?:加强|强化|提高|提升|改进|完善|增强|规范)"  # ("…政治引领作用有待强化": blind28 school)
)
RE_ACTION = re.compile(
    r"^(?:深入|切实|持续|全面|坚决|认真|扎实|进一步|着力|始终|不断|强化|加强|提高|提升|压实|健全|完善|建立|成立|召开|坚持|扛起|扛牢|"
    r"推动|推进|落实|抓好|抓实|高度重视|把|以|坚持|突出|聚焦|统筹|细化|明确|严格|加大|做好|巩固|深化|注重|创新|织密|筑牢)"
    r"|组织领导|政治站位|思想认识|工作机制|总体部署|推进情况|组织整改|整改工作|主要做法|下一步|长效机制|责任落实情况"
)
RE_COUNT_OPENING = re.compile(r"^[^。，,；;]{0,16}?(?:问题|事项)\s*\d+\s*[项个][^。]{0,30}?(?:已整改|整改到位|部分整改|完成整改)")
_TASK_NUMBER_TAIL = r"\s*([一二三四五六七八九十百\d]{1,4})\s*(?:项|号|个|条)?(?=[)）\]】]|项|号|关于|问题|整改|$)"
_RE_TASK_NUMBER_PRINTED = RareBranch(  # (also a task named by its number: "…突出生态环境243号问题已整改完成")
    r"(?:序号|编号|第|(?<![\d〔\[（(])(?=\d{1,4}号问题))" + _TASK_NUMBER_TAIL,
    r"(?:序号|编号|第)" + _TASK_NUMBER_TAIL, "号问题")  # (searched over whole documents: ~9x faster without "号问题")
# res22: or by its number after the list it is in, "反馈问题25号", "整改任务清单25号": a 号 after the word for the list's
# entries (found from each 号 back: a pattern opening on those words would be tried at every offset of a document)
_RE_TASK_LISTED = re.compile(r"(?:问题|任务|清单)" + _TASK_NUMBER_TAIL)


class _TaskNumber:
    """The task number a text prints, the leftmost of _RE_TASK_NUMBER_PRINTED's and _RE_TASK_LISTED's matches: the
    same match as ``pattern`` (both alternations in one) gives, test_perf16."""

    pattern = (r"(?:序号|编号|第|(?:问题|任务|清单)(?=\d{1,4}号)|(?<![\d〔\[（(])(?=\d{1,4}号问题))" + _TASK_NUMBER_TAIL)

    @staticmethod
    def search(text: str) -> re.Match | None:
        m = _RE_TASK_NUMBER_PRINTED.search(text)
        at = text.find("号")
        # (a listed number starts at most 6 characters before its 号: none past the printed match's start + 6 is earlier)
        while at >= 0 and (m is None or at < m.start() + 6):
            j = at
            while j > 0 and text[j - 1].isdigit():
                j -= 1
            if 1 <= at - j <= 4 and j >= 2 and text[j - 2:j] in ("问题", "任务", "清单"):
                listed = _RE_TASK_LISTED.match(text, j - 2)
                if listed is not None and (m is None or listed.start() < m.start()):
                    return listed
            at = text.find("号", at + 1)
        return m


RE_TASK_NUMBER = _TaskNumber()
# "整改任务：…", also with the task's number between the label and its colon and the task quoted:
# "整改任务（序号十）：“…”，责任单位为…", "反馈问题第7项：“…”"
# (ot20: also "整改任务内容：…", the task's content, the row of a 公示表 whose section form is "一、整改任务内容")
# The label is also read by its shape, whatever its wording: a short label opening its paragraph (or after a marker)
# that names the problem — ending in 问题, or in 表述/内容/描述 right after 问题 ("问题表述：", "问题内容：", "具体问题：",
# "巡视反馈问题：", "存在的问题：") — not what was done about it ("问题整改情况：", "问题整改内容：").
_PROBLEM_LABEL = r"(?<![^\n、.．)）])[\u4e00-\u9fff]{0,6}?问题(?:(?!整改)[\u4e00-\u9fff]{0,2}?(?:表述|内容|描述|概述))?"
# (task25: or the task by its place in the plan's list, "任务清单第4项：…", "整改问题清单第12项：…" — the number required;
# or a petition handed down, "转办问题基本情况：…", a 销号 公示's row of the case)
_TASK_LABEL_WORDED = r"(?:整改任务(?:内容)?|整改事项|交办问题|反馈问题|问题描述|存在问题|督察反馈问题|(?:督察|巡视|巡察)?反馈意见(?:建议)?|(?:整改)?任务清单(?=\s*第)|(?:整改)?问题清单(?=\s*第)|转办(?:信访)?问题(?:的)?基本情况|交办(?:信访)?问题(?:的)?基本情况)"
RE_TASK_FIELD = re.compile(r"(?:" + _TASK_LABEL_WORDED[3:-1] + r"|" + _PROBLEM_LABEL + r")\s*(?:[(（][^()（）\n]{1,10}[)）]|第\s*[\d一二三四五六七八九十百]{1,4}\s*[项号条])?\s*(?:为|是)?\s*[:：]\s*"
                           r"(?:“([^“”\n]{4,200})”|([^。\n]+))")
_TASK_FIELD_WORDS = ("整改任务", "整改事项", "交办问题", "问题", "反馈意见", "任务清单")  # one is in every match
# (searched over whole documents: rx.NearAnchor tries it only where one of those words is within TASK_FIELD_REACH
# characters of the offset tried — every label holds one, test_speed_shortcuts; within reach, test_perf16 — not at every
# offset: ~4x faster)
TASK_FIELD_REACH = 6  # (the shape-read label: up to 6 characters before its 问题; the worded ones: up to 4)
_TASK_FIELD_ANCHORS = [w for w in _TASK_FIELD_WORDS if not any(v != w and v in w for v in _TASK_FIELD_WORDS)]
RE_TASK_FIELD = NearAnchor(RE_TASK_FIELD.pattern, "|".join(_TASK_FIELD_ANCHORS), TASK_FIELD_REACH)
# (a form's fields may run together in one paragraph: the value ends at the next label "问题描述:" or a full stop)
RE_CATEGORY_FIELD = re.compile(r"(?:问题类别|问题类型|问题分类|所属类别|所属方面|问题所属方面)\s*[:：]\s*"
                               r"([^:：。;；\n]{2,40}?)(?=(?:问题|整改|责任|报送|完成|佐证)[^:：。，,]{0,6}[:：]|[。;；\n]|$)")
# "责任单位为某区人民政府、市生态环境局。" — the unit named in a sentence, not a labelled field
RE_UNITS_NAMED = re.compile(r"(?:责任单位|牵头单位|责任部门)(?:为|是)\s*([^。;；\n]{2,60})")
# (perf25: the alternatives kept as parts led by their literal words, 责任 and 牵头 — rx.LiteralBranches: the same matches,
# the engine scanning for a literal, not for a set of first characters; test_perf25 holds each to its original)
RE_UNITS_NAMED = LiteralBranches(RE_UNITS_NAMED.pattern, [r"责任(?:单位|部门)(?:为|是)\s*([^。;；\n]{2,60})",
                                                          r"牵头单位(?:为|是)\s*([^。;；\n]{2,60})"])
# rs20: the body named first, then called the lead: "由县自然资源局为牵头督导单位", "由市住建局为责任单位" (R104)
RE_UNIT_MADE_LEAD = re.compile(r"由\s*([^\s，,。；;、:：“”()（）]{2,20}?(?:局|委员会|委|办公室|办|政府|中心|管委会|公司|厅))\s*(?:作)?为"
                               r"(?:整改)?(?:牵头|责任)[^。，,；;]{0,4}?(?:单位|部门)")
RE_BRACKET_FIELDS = re.compile(r"[(（]\s*((?:责任单位|牵头单位|责任部门|整改时限|完成时限)\s*[:：][^()（）]{1,160})[)）]")
# a one-task notice's label over its task opening a paragraph unnumbered, its number or 为 allowed before the colon
RE_TASK_SECTION_LABEL = re.compile(r"\s*(整改任务(?:内容)?|整改问题|整改事项|(?:转办|交办)(?:信访)?问题(?:的)?基本情况)\s*(?:[(（][^()（）\n]{1,10}[)）]|第\s*[\d一二三四五六七八九十百]{1,4}\s*[项号条])?"
                                   r"\s*(?:为|是)?\s*[:：]")
RE_TASK_NOTICE = re.compile(r"公示|销号|验收|情况说明|整改任务|反馈问题第|督察反馈指出(?!的)|反馈(?:意见)?指出(?!的)|督察组指出(?!的)|巡视组指出(?!的)"
                            r"|巡察组指出(?!的)")
# (notice25: not "把巡视反馈指出的每个问题都当作“必答题”": the problems fed back named as the object of the work, no
# statement of one — as RE_FED_VERB's readers skip a verb followed by 的)
# (perf23: "(?:督察|巡视|巡察)组指出" spread into literal-led alternatives: a set of first characters the engine scans for)
RE_QUOTE_CALLED_PROBLEM = re.compile(r"问题\s*[，,。;；]")
RE_PUBLIC_NOTICE = re.compile(r"公示|销号|验收")  # (news21: the notice's own word, not a verb of the finding's)
RE_QUOTE_WRAPPER_END = re.compile(r"的?问题\s*[。;；]")  # (news21: "“…”的问题。" closing a quoted item, R86)
# who says what the one problem is: "第一轮督察反馈指出，", "督察组反馈意见指出：", "巡视组指出，"
# (os19: also the numbered item itself, "督察反馈问题第二十七项指出，“…”问题")
# (rs20: or the round's report quoted, "督察报告指出：…" — the feedback as the 督察报告 printed it)
RE_FED_VERB = re.compile(r"反馈(?:意见)?指出|反馈(?:意见|问题)?第\s*[一二三四五六七八九十百\d]{1,4}\s*[项条](?:问题)?指出|(?:督察|巡视|巡察)组指出"
                         r"|(?:督察|巡视|巡察)(?:组)?(?:反馈)?报告指出")


# an essay or study names itself in its title: "关于对某县对村巡察工作的思考", "…存在问题与对策思考", "浅谈…", "浅析…",
# "…问题探析", "试论…" (not "…存在的问题和相应对策", a body's own problems with what it will do about them, nor "调研组到…调研")
RE_ESSAY_TITLE = re.compile(r"(?:的|与|和|及|之)(?:策略|对策|实践|几点)?(?:思考|启示|探析|探讨|浅析|刍议)$"
                            r"|^(?:浅谈|浅析|浅议|试论|刍议|略论|探析)")
# what a copy adds to the title it shows: "(第2/2页)", "Word文档下载推荐.docx", ".doc"
RE_TITLE_WRAPPING = re.compile(r"\s*[(（]第\s*\d+\s*/\s*\d+\s*页[)）]\s*$|(?:Word文档(?:下载推荐)?|文档)?\.(?:docx?|pdf|wps)$")


def essay_titled(title: str | None, first_line: str | None = None) -> bool:
    """The document is an essay by its title (or, when none was found, by its first line, a short line without a full
    stop: a page of the essay cut from the site that shows its title over it)."""
    for t in (title, first_line if not title else None):
        t = (t or "").strip()
        if not t or len(t) > 60 or "。" in t:
            continue
        t = RE_TITLE_WRAPPING.sub("", t).strip()
        if RE_ESSAY_TITLE.search(t):
            return True
    return False


@dataclass
class Candidate:
    name: str
    problems: list[ParsedProblem]
    nodes: list = field(default_factory=list)  # tree nodes behind the problems (for where-did-it-go bookkeeping)
    features: dict[str, float] = field(default_factory=dict)
    detail: str = ""

    @property
    def label(self) -> str:
        return READING_LABELS[self.name]

    def score(self, weights: dict[str, float] | None = None) -> float:
        if self.name == "none":
            return NONE_SCORE
        w = WEIGHTS if weights is None else weights
        return round(sum(w.get(k, 0.0) * v for k, v in self.features.items()), 3)


def _ratio(items: list[str], rx: re.Pattern) -> float:
    return sum(1 for t in items if rx.search(t)) / len(items) if items else 0.0


# a section or attachment heading that names the problems of the feedback: "二、巡察反馈问题整改落实情况",
# "附件1 反馈意见具体问题整改进展情况", "存在的主要问题及整改情况" (not "下一步工作打算", "整改工作组织情况")
# (gen19: and "主要问题及整改情况", the problems named with their rectification)
RE_PROBLEM_SECTION = re.compile(r"(?:反馈|巡察|巡视|督察|审计|发现|指出|交办|存在|具体|突出)(?:的|出)?(?:主要)?问题|问题(?:整改|清单)"
                                r"|问题(?:及|和|与)(?:其)?整改")


def _headings_over(node):
    """The item's own attachment heading, then each enclosing section's heading (or attachment), innermost first."""
    yield getattr(node, "attachment", None) or ""
    a = node.parent
    while a is not None:
        yield (a.text if a.marker is not None else "") or getattr(a, "attachment", None) or ""
        a = a.parent


# ws20: a heading (or attachment title) dividing the work of rectifying among bodies: "巡察整改工作责任分工表", "整改工作任务
# 分工", "责任分工方案" — not one naming the problems ("巡察反馈问题整改责任分工表": the problems, each given its bodies)
RE_WORK_DIVISION = re.compile(r"分工(?:表|方案|清单|一览表)?$")


def _in_work_division(node) -> bool:
    if node is None:
        return False
    for h in _headings_over(node):
        first = re.sub(r"[(（][^()（）]*[)）]$", "", re.split(r"[。:：]", h, maxsplit=1)[0].strip()).strip()
        if first and "分工" in first and RE_WORK_DIVISION.search(first) and "问题" not in first:
            return True
    return False


def _under_problem_section(node) -> bool:
    return any(RE_PROBLEM_SECTION.search(h[:40]) and not re.search(r"下一步|打算", h[:40]) for h in _headings_over(node))


# a heading over what was rectified: "二、整改落实情况", "巡察反馈问题整改进展情况", "整改任务清单" (not a secretary's
# "一、履行整改第一责任人职责情况", about organising the work)
RE_RECTIFICATION_HEADING = re.compile(r"(?:整改(?:落实|完成)?情况|整改进展(?:情况)?|整改任务(?:清单)?|整改清单|整改事项)$")
# ps18: nor a heading that arranges the tasks ("一、强化主体责任,周密部署整改任务", "安排整改任务"): how the work was
# organised, its (一)… items the steps taken (snippets25's yiyang, a lead read as a one-item problem list)
RE_ARRANGING_TASKS = re.compile(r"(?:部署|安排)(?:落实)?整改任务$")


def _under_rectification(node) -> bool:
    """The item sits under a heading (or attachment) about what was rectified."""
    def said(heading: str) -> bool:
        first = re.split(r"[。:：]", heading, maxsplit=1)[0].strip()
        first = re.sub(r"[(（][^()（）]*[)）]$", "", first).strip()  # "（共8个）"
        return (bool(RE_RECTIFICATION_HEADING.search(first)) and not re.search(r"职责|责任人|组织|下一步|打算", first)
                and not RE_ARRANGING_TASKS.search(first))

    return any(said(h) for h in _headings_over(node))


# the checker's demand opening an item's account: "整改要求：…", "整改意见:…" (not "整改措施：", what was done)
RE_DEMAND_FIELD = re.compile(r"\s*(?:整改要求|整改意见)\s*[:：]")


# example offenders naming a kind of violation: "天津市某电气设备有限公司等企业未安装…", "某装饰材料厂等3家企业存在…"
RE_EXAMPLE_OFFENDERS = re.compile(r"(?:公司|厂|集团|企业|工地|养殖场|加油站)等(?:\d+家|多家|[一二三四五六七八九十几]+家)?(?:企业|单位|工地)")


# notice25: problems named as the object of what the body does about them — "聚焦突出问题,精准实施整改", "查找问题根源,
# 明确整改方向", "深入剖析问题根源", "着力解决群众反映强烈的问题" — say nothing is wrong: an organisation report's section
# on how the work was done (issue 10, kinds 2 and 5). Taken out of a heading before RE_SHORTCOMING reads it; "存在的问题",
# "整改问题" (a label) and "查找问题不深入" (a shortfall word after it) still read as shortcomings.
RE_PROBLEMS_AS_OBJECT = re.compile(
    r"(?:聚焦|查找|查摆|找准|剖析|深挖|挖掘|解决|破解|针对|对照|梳理|正视|直面|紧盯|盯紧|瞄准|直击|回应|分析)"
    r"(?:[^，,。；;、\s]{0,8}?的)?(?:突出|存在的?|反馈的?|重点|主要|具体|难点|热点|共性|个性|深层次)?问题(?:根源|症结|成因|原因|清单)?")


def names_shortcoming(text: str) -> bool:
    """The heading says something is wrong (RE_SHORTCOMING), not counting problems it names as the object of an action."""
    if not RE_SHORTCOMING.search(text):
        return False
    if "问题" not in text or not RE_PROBLEMS_AS_OBJECT.search(text):
        return True
    return bool(RE_SHORTCOMING.search(RE_PROBLEMS_AS_OBJECT.sub("，", text)))


def list_features(problems: list[ParsedProblem], evidence: float, bodies: list[str], nodes: list | None = None) -> dict[str, float]:
    titles = [p.title for p in problems]
    # an item reads as a shortcoming when its own words do, or when its category heading does (…还有差距方面)
    # (an item told as "规范党费收缴。对照…补缴到位。" under "二、巡察反馈问题整改落实情况" is one of the feedback's problems)
    nodes = nodes if nodes and len(nodes) == len(problems) else [None] * len(problems)
    # (or when it is labelled as a problem: "【问题】…", "问题清单：…", "问题3：…")
    # (or when a heading or lead line right above names them as the problems found: "经查，我校存在以下问题：")
    # (cut19: or when its own account opens with the checker's demand that it be put right, "整改要求：由…负责清除。":
    # a site check lists what it found in plain words, "…有垃圾死角和建筑垃圾", each item under its demand)
    demands = bodies if len(bodies) == len(titles) else [""] * len(titles)
    short = [t for t, p, n, b in zip(titles, problems, nodes, demands) if names_shortcoming(t)
             or (p.category and names_shortcoming(p.category)) or (n is not None and _under_problem_section(n))
             or (n is not None and n.marker is not None and under_stated_problems(n))
             or (n is not None and n.marker is not None and "问题" in n.marker.raw)
             or (n is not None and getattr(n, "findings_joined", False))  # (chk21: a place's name over its findings)
             or (b and RE_DEMAND_FIELD.match(b))]
    # (each body names the firms found at fault as examples of its kind, and tells nothing done about it)
    # (perf25: every match reads 等 after the kind of body: a literal test before the scan, which opens on a set of words)
    cases = [b for b in bodies if "等" in b and RE_EXAMPLE_OFFENDERS.search(b) and not RE_DONE_WORK.search(b)]
    feats = {
        "evidence": evidence,
        "shortcoming": len(short) / len(titles) if titles else 0.0,
        "example_cases": 1.0 if titles and len(cases) == len(titles) else 0.0,
        # (items under a section of the rectification, "二、整改落实情况 （一）作风建设方面 1.规范公务用车管理", are what
        # was rectified, named by the remedy: not penalised)
        "no_shortcoming": 1.0 if titles and not short and not any(n is not None and _under_rectification(n) for n in nodes) else 0.0,
        "category_summary": _ratio(bodies, RE_COUNT_OPENING),
    }
    # ws20: every item sits in a division of the work ("附件 巡察整改工作责任分工表": 1.成立领导小组… 牵头单位：…) and none
    # reads as a shortcoming: who does which step, not problems. Not a weight (no labelled document holds one, and each
    # weight must earn its keep on them, test_readings): structure.parse_structure sets such a list aside. Kept out of
    # the features where it does not fire.
    if titles and not short and all(_in_work_division(n) for n in nodes):
        feats["work_division"] = 1.0
    return feats


def explain(result) -> str:
    """A readable table of the candidates of a parse result, best first (``zhenggai parse --explain``)."""
    lines = ["候选读法（得分最高者被采用，权重见 zhenggai/importer/parse/readings.py 的 WEIGHTS）："]
    for k, c in enumerate(result.candidates):
        feats = "，".join(f"{name}={v:.2f}×{WEIGHTS.get(name, 0):+g}" for name, v in c["features"].items() if v)
        if c["reading"] == "none":
            feats = f"门槛{NONE_SCORE:g}"
        mark = "→" if k == 0 else " "
        where = f"（{c['detail']}）" if c.get("detail") else ""
        lines.append(f"{mark} {c['score']:6.2f}  {c['label']}{where}：{c['problems']}个问题  [{feats or '无特征'}]")
    if not result.candidates:
        lines.append("  （表格台账：按列读取，没有候选读法）")
    return "\n".join(lines) + "\n"


# notice25: a leader's instruction quoted by its words, "习近平总书记关于“党和政府带头过紧日子…”的重要指示精神", "关于“…”
# 的重要论述": what the work follows, not a problem wrapped as 关于“…”的问题
RE_DIRECTIVE_AFTER_QUOTE = re.compile(r"\s*(?:的)?(?:重要)?(?:指示|批示|讲话|论述|要求|部署|精神)")


def _quoted_after_guanyu(text: str) -> tuple[int, str] | None:
    """(offset, inside) of the first 关于“…” quotation, nested quotes balanced (not a quoted instruction)."""
    i = text.find("关于“")
    while i >= 0:
        depth, start = 0, i + 2
        for k in range(start, len(text)):
            ch = text[k]
            if ch == "“":
                depth += 1
            elif ch == "”":
                depth -= 1
                if depth == 0:
                    if not RE_DIRECTIVE_AFTER_QUOTE.match(text, k + 1):
                        return k + 1, text[start + 1:k]
                    break
        else:
            return None
        i = text.find("关于“", i + 3)
    return None


RE_STATED = re.compile(r"(?:整改进展情况|整改进展|整改进度|整改状态|完成情况|整改情况)\s*[:：]\s*([^。:：\n]{1,14})[。;；\n]")
RE_STATED_CLAUSE = re.compile(r"(?:整改进展情况|整改进展|整改状态|完成情况|整改情况)\s*[:：]\s*([^。:：\n,，;；]{2,10})[,，;；]")
# (perf25: both searched over all of a notice's account by whole_document_candidate: their alternatives kept as parts
# led by 整改 and by 完成情况 — rx.LiteralBranches, the same matches)
RE_STATED = LiteralBranches(RE_STATED.pattern, [r"整改(?:进展情况|进展|进度|状态|情况)\s*[:：]\s*([^。:：\n]{1,14})[。;；\n]",
                                                r"完成情况\s*[:：]\s*([^。:：\n]{1,14})[。;；\n]"])
RE_STATED_CLAUSE = LiteralBranches(RE_STATED_CLAUSE.pattern, [r"整改(?:进展情况|进展|状态|情况)\s*[:：]\s*([^。:：\n,，;；]{2,10})[,，;；]",
                                                              r"完成情况\s*[:：]\s*([^。:：\n,，;；]{2,10})[,，;；]"])
# (hs19: also what was done under the measures' own name, "整改措施落实情况：" over "（一）…（四）…" in a 验收销号 公示)
RE_MEASURE_LABEL = re.compile(r"(?:整改完成情况|整改落实情况|整改措施(?:落实|完成)?情况|整改措施|整改情况|整改进展情况|完成情况|整改成效)\s*[:：]")
# (perf25: searched over all of a notice's account: parts led by 整改 and by 完成情况, rx.LiteralBranches — the same matches)
RE_MEASURE_LABEL = LiteralBranches(RE_MEASURE_LABEL.pattern, [
    r"整改(?:完成情况|落实情况|措施(?:落实|完成)?情况|措施|情况|进展情况|成效)\s*[:：]", r"完成情况\s*[:：]"])
RE_NOTICE_END = re.compile(r"^(?:特此公示|特此说明|特此公告|公示时间|公示期|公示日期|联系电话|监督电话|举报电话|附表|附件|下一步[^。:：]{0,12}[:：]"
                           r"|(?:如|若)(?:对|有)[^。]{0,30}异议)")


RE_FACTS_SECTION = re.compile(r"^(?:问题|任务|整改任务|反馈问题)?(?:基本情况|概况|基本信息|描述)[。:：]?$")


def _states_only(line: str) -> bool:
    """A line that is only the state of the task: "整改进度：已完成", "整改状态：正在推进"."""
    m = RE_STATED.match(line.strip() + "\n")
    return bool(m and m.end() >= len(line.strip()) and status_of(m.group(1)))


# a short heading alone on its line, without a number or a stop: "案例分析", "典型案例"
RE_BARE_CASE_HEADING = re.compile(r"^\s*[\u4e00-\u9fff]{2,8}\s*$")
# a field of a record on its own line: "企业名称：某化工有限公司"
RE_SHORT_RECORD_FIELD = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}[:：]\s*\S{2,30}$")


# a line opening on the results of what was done: "整改效果：…", "整改成效："
RE_RESULTS_LABEL = re.compile(r"(?m)^\s*(?:整改效果|整改成效|取得成效|整改后的效果)\s*[:：]")


RE_DONE_LIST_LABEL = re.compile(r"(?m)^\s*(?:整改)?(?:任务)?(?:完成|落实)情况\s*[:：]")
# a paragraph that is one more field of a form: a short label and its colon opening it ("整改目标：…")
RE_FORM_FIELD_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d+[.．、])?[\u4e00-\u9fff]{2,8}\s*[:：]")


def _field_runs_to_paragraph_end(t: str, end: int, following: str) -> bool:
    """A problem's field read up to its first full stop ("整改问题：X。Y。") runs on to its paragraph's end when the rest
    of the paragraph holds no other field (no colon) and the next paragraph is the form's next field ("整改目标：…")."""
    rest = t[end:]
    return (rest.startswith("。") and len(rest.strip("。 ")) >= 4 and ":" not in rest and "：" not in rest
            and bool(RE_FORM_FIELD_START.match(following)))


def _marker_or_bullet(text: str):
    """A line's number, or its bullet ("- 引进先进的废水处理设备…"): each bulleted line under 整改措施： is one item."""
    marker = parse_marker(text)
    if marker is None:
        bullet = RE_BULLET_LINE.match(text)
        if bullet and len(text) > bullet.end():
            marker = Marker(LEVEL_BULLET_ITEM, 0, bullet.group(0).strip(), text[bullet.end():])
    return marker


# several feedback items quoted one after another and counted in one sentence ("督察反馈关于“A”“B”两项问题，…"), each
# answered later by a passage of its own naming it again ("针对“A”问题，…完成了整改工作。针对“B”问题，…"): one problem per
# quotation, the passage its one measure (the shared "一是…二是…" between them answers both: general, not counted)
RE_QUOTED_ITEMS_COUNTED = re.compile(r"关于\s*((?:“[^“”]{4,80}”\s*[、,，和及]?\s*){2,9})(\d+|[两二三四五六七八九])\s*[个项条]问题")
RE_ANSWER_OF_QUOTED = re.compile(r"针对\s*“([^“”]{4,80})”\s*(?:的)?问题\s*[,，]")
RE_ANSWER_DONE = re.compile(r"(?:已经?|提前|全面)完成了?(?:全部)?整改|完成了整改|已整改到位|已整改完成")
# the bodies a passage orders to rectify at once: "城中区政府责成办事处及村委立行立改" — its units, and 立行立改 its deadline
RE_ORDERED_AT_ONCE = re.compile(r"责成([^，,。；;“”]{2,24}?)(立行立改)")


def quoted_items_answered(paras) -> list | None:
    """The problems of a text quoting several counted feedback items each answered by a '针对“…”问题，' passage."""
    for k, para in enumerate(paras):
        t = para.text
        if "关于“" not in t:
            continue
        m = RE_QUOTED_ITEMS_COUNTED.search(t)
        if not m:
            continue
        quotes = re.findall(r"“([^“”]+)”", m.group(1))
        raw = m.group(2)
        n = int(raw) if raw.isdigit() else cn_to_int(raw.replace("两", "二"))
        if n != len(quotes):
            return None
        rest = [(j, paras[j].text[m.end():] if j == k else paras[j].text) for j in range(k, len(paras))]
        answers = {}
        for j, tx in rest:
            found = list(RE_ANSWER_OF_QUOTED.finditer(tx))
            for i, a in enumerate(found):
                end = found[i + 1].start() if i + 1 < len(found) else len(tx)
                if a.group(1) in quotes and a.group(1) not in answers:
                    answers[a.group(1)] = (j, tx[a.end():end].strip(" 。\n"))
        if len(answers) != len(quotes):
            return None  # (quoted items not each answered: not this layout)
        problems = []
        for q in quotes:
            j, body = answers[q]
            pr = ParsedProblem(seq=None, title=_clean_title(q), position=para.pos,
                               status="done" if RE_ANSWER_DONE.search(body) else None)
            if body:
                pr.measures, _, _ = split_measures([BodyItem(body, paras[j].pos)])
                om = RE_ORDERED_AT_ONCE.search(body)
                if om:
                    for part in re.split(r"[及和、]", om.group(1)):  # ("办事处及村委": two bodies)
                        add_units(pr.responsible_units, split_units(part))
                    pr.deadline = om.group(2)
            problems.append(pr)
        return problems
    return None


# bs20: feedback items named by their quoted statements, each calling itself a 问题 ("全力推进“A…问题”和“B…问题”的整改"),
# then each restated once to open the passage that answers it ("针对“A…问题”，全区…。目前，…该问题已完成整改：…"), as a
# news item or report on a few items tells them: one problem per quotation, the passage its one measure. Safe: the quotes
# must be named before their passage (a list, then its answers), each must be a 问题 (not a slogan, "针对“放管服”要求"),
# and every passage must be a different item; quotations may nest ("…“三同时”执行率低问题").
_RE_ANSWER_OPEN = re.compile(r"针对\s*(?=“)")


def quoted_items_restated(paras) -> list | None:
    """The problems of a text restating each of its earlier quoted 问题 to open the passage that answers it."""
    texts = [p.text for p in paras]
    opens = []  # (paragraph, start of the passage's answer, the quotation)
    for k, t in enumerate(texts):
        if "针对“" not in t:
            continue
        for m in _RE_ANSWER_OPEN.finditer(t):
            q = quoted_from(t, m.end())
            if not q:
                continue
            close = m.end() + len(q) + 2
            called = re.match(r"\s*(?:的)?问题", t[close:])
            if not (q.rstrip().endswith("问题") or called) or len(q) < 6:
                continue
            after = close + (called.end() if called else 0)
            if t[after:after + 1] not in ",，":
                continue
            opens.append((k, m.start(), after + 1, q))
    if not opens or len({q for *_x, q in opens}) != len(opens):
        return None
    problems = []
    for i, (k, s0, a0, q) in enumerate(opens):
        # (named before its passage: in an earlier paragraph, or earlier in the same one)
        earlier = "\n".join(texts[:k]) + "\n" + texts[k][:s0]
        if "“" + q + "”" not in earlier:
            return None
        nxt = opens[i + 1] if i + 1 < len(opens) else None
        body = texts[k][a0:nxt[1]] if nxt is not None and nxt[0] == k else texts[k][a0:]
        body = body.strip(" 。\n")
        if len(body) < 8:
            return None
        pr = ParsedProblem(seq=None, title=_clean_title(q), position=paras[k].pos,
                           status="done" if RE_ANSWER_DONE.search(body) or RE_ITEM_SAID_DONE.search(body) else None)
        pr.measures, _, _ = split_measures([BodyItem(body, paras[k].pos)])
        problems.append(pr)
    return problems


# "该问题已完成整改", "中央环保督察反馈的该问题已整改完成": the passage's closing verdict on its item
# (syn22: any word of the done class, titles.STATE_DONE_WORDS: "该问题已办结", "该问题已全部整改到位")
RE_ITEM_SAID_DONE = re.compile(rf"该问题(?:已经?完成整改|{STATE_DONE_WORDS}|已完成销号)")


def _unbracketed(value: str) -> str:
    """A field's value without the brackets the field sat in ("（责任单位：某局）" leaves "某局）"): an end bracket left
    unmatched is stripped (ot19b: a masked name's own, "(略)市人民政府", is matched and kept)."""
    v = value.strip()
    while v[-1:] in (")", "）") and v.count("(") + v.count("（") < v.count(")") + v.count("）"):
        v = v[:-1].rstrip()
    while v[:1] in ("(", "（") and v.count("(") + v.count("（") > v.count(")") + v.count("）"):
        v = v[1:].lstrip()
    if v[:1] in ("(", "（") and v[-1:] in (")", "）") and not re.search(r"[()（）]", v[1:-1]):
        v = v[1:-1].strip()  # "（某局）": the whole value in brackets
    return v


# an item mark whose number a masked copy hides: "(十* )", "（*）", "( * )" — a bracket holding a star and at most one
# Chinese numeral (not a bracketed note of words, "(略)")
_RE_MASKED_ITEM_MARK = re.compile(r"[(（]\s*[一二三四五六七八九十]?\s*\*+\s*[)）]\s*")


# rs20: a self-check report on one fed-back problem in sections, "一、问题整改情况 督察报告指出：… 二、整改措施及落实情况
# …": its numbered headings name the parts of the account (…情况, …措施, …成效), not problems
_RE_REPORT_SECTION = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:情况|措施|成效|打算|计划)$")


# st21: a notice's field of who is charged with what, by its label ("整改责任：", "责任分工：", "责任主体：")
RE_DUTY_FIELD = re.compile(r"^\s*(?:整改)?(?:责任|责任分工|责任主体|责任落实)\s*[:：]")


# res21: a check record's field of what the check found ("存在问题：A；B；C。", "检查发现问题：…") that lists two faults or
# more in ";" clauses, in a text that names no notice of one task (公示, 销号, 验收, 整改任务 …: RE_TASK_NOTICE, in its
# title or the paragraphs before the field), is a
# list of findings, one problem a clause (R10), not one task's statement: the whole reading leaves it to the others.
RE_FORM_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]\s*\S")


def _form_of_fields(texts: list[str]) -> bool:
    """res21: two lines or more opening on a known field's label (its 整改目标 and 整改措施 at least): a form of one task,
    its finding told in the target field, in a copy cut before the state it reached."""
    return sum(1 for t in texts if RE_KNOWN_FIELD_LINE.match(t)) >= 2


def _opens_on_field(text: str) -> bool:
    return RE_KNOWN_FIELD_LINE.match(text) is not None


def _found_clauses_field(label: str, value: str, heading: str) -> bool:
    if not re.match(r"^[^:：]{0,6}?(?:存在|发现)", label) or RE_TASK_NOTICE.search(heading):
        return False
    clauses = [c.strip(" ，,。") for c in re.split(r"[；;]", value or "") if c.strip(" ，,。")]
    return len(clauses) >= 2 and all(_fault_clause(c) for c in clauses)


def whole_document_candidate(paras, result, best_list) -> Candidate | None:
    """The whole notice as one problem: a 公示 of one task, or one quoted feedback item with what was done."""
    texts = [p.text for p in paras]
    if not texts:
        return None
    several = (quoted_items_answered(paras) or quoted_items_restated(paras)) if "针对“" in "\n".join(texts) else None
    if several and (best_list is None or len(best_list.problems) < 2):
        return Candidate("whole", several, [], {"single_task": 1.0})
    doc = "\n".join(texts)
    title = None
    from_field = False
    at = None  # (paragraph index, offset) after which the measures start
    field_k = -1  # the paragraph of the task's field ("整改任务：…")
    section_label = None  # that field's label when it opens its paragraph unnumbered ("整改任务：…", a form's row)
    numbered_fields = bool(RE_TASK_NOTICE.search(result.title or "") and RE_TASK_NUMBER.search(result.title or ""))
    for k, t in enumerate(texts):
        m = RE_TASK_FIELD.search(t) if (":" in t or "：" in t) and any(w in t for w in _TASK_FIELD_WORDS) else None
        # "（一）反馈问题：…" is a category heading, not the task's field — unless the notice is about one numbered
        # task and numbers its fields: "关于…整改任务（第8项）…的公示 一、整改任务：…"
        # (ot20: "整改任务内容：1.…；2.…" too, a content label like "问题内容": the label of one task's row or of a list)
        if m and (not re.match(_TASK_LABEL_WORDED, m.group(0)) or m.group(0).startswith("整改任务内容")) \
                and inline_items(m.group(1) or m.group(2) or ""):
            m = None  # a label read by its shape over several problems ("问题表述：1.…；2.…；3.…") is no one task's
        pm = parse_marker(t) if m else None
        # (nor is a label read as a marker of its own, "存在的问题：…" (number 0): it is the field's label itself)
        if m and (pm is None or (numbered_fields and m.start() == len(pm.raw)) or (pm.number == 0 and m.start() == 0
                                                                                   and m.group(0).startswith(pm.raw.rstrip(":： ")))):
            title = m.group(1) or m.group(2)
            if m.group(2) and _field_runs_to_paragraph_end(t, m.end(), texts[k + 1] if k + 1 < len(texts) else ""):
                # a form of one task, each field a paragraph ("整改问题：X。Y。" / "整改目标：…" / "整改措施：1、…"):
                # the problem's field is all of its paragraph — its later sentences (the cases found) are the statement
                title = t[m.start(2):].rstrip("。；; ")
            if m.group(2) and "指出" in t[m.start(2):] and "“" in t[m.start(2):] and not RE_SHORTCOMING_HINT.search(m.group(2)):
                # one19: a task's field that tells the round before the feedback it quotes ("反馈问题 | 2021年10月，…反馈
                # 督察意见。其中第7项问题指出：“…”", a notice's section put in a table's cell): the quoted statement is the
                # task, not the sentence about the round (as labelled_sections_candidate reads the section)
                said = said_statement(t[m.start(2):])
                if said:
                    title = said
            at_quote, wrapped_end = t.find("“", m.start(), m.end()), None
            if at_quote >= 0 and t[m.start():at_quote].rstrip().endswith(("：", ":")):
                # a quoted task that itself holds quotations ("““环境就是民生”的责任意识不够强…”"): up to its own close
                inner = quoted_from(t, at_quote)
                close = at_quote + len(inner) + 2 if inner else -1
                # (a quotation ending on its own full stop is the whole task: "…为：“…滞后。”责任单位：…")
                wrapped = RE_QUOTE_WRAPPER_END.match(t, close) if inner else None
                if inner and (close >= len(t) or t[close] in "，,。；;、（(\n 　" or inner.rstrip().endswith(("。", "；", ";"))):
                    title = inner
                elif wrapped:
                    # news21: the quoted item in its wrapper, "反馈意见:“…”的问题。" (R86): the item, and what was done
                    # follows in the same paragraph after the wrapper's stop
                    title, wrapped_end = inner, wrapped.end()
                else:  # "督察反馈问题：“净土保卫战”攻坚治理不到位…": the quotation opens the task, it is not all of it
                    title = re.match(r"[^。\n]+", t[at_quote:]).group(0)
            # a quoted task is followed in its paragraph by who answers for it; what was done comes after (in the same
            # paragraph when the fields run together: "反馈问题：…。责任单位：…。整改措施：一是…；二是…")
            # (a field listing several problems, "存在问题：1.…；2.…", is no one task's)
            at = (k, m.end()) if RE_MEASURE_LABEL.search(t, m.end()) and not inline_items(t[m.start():m.end()]) else (k + 1, 0)
            if wrapped_end is not None and len(t) - wrapped_end >= 8:
                at = (k, wrapped_end)
            field_k = k
            from_field = True
            if pm is None:
                section_label = RE_TASK_SECTION_LABEL.match(t)
            if _found_clauses_field(m.group(0), title, (result.title or "") + "\n" + "\n".join(texts[:k])[:200]):
                return None
            break
    quoted = None
    if title is None:
        for k, t in enumerate(texts):
            q = _quoted_after_guanyu(t)
            if q:
                quoted = q
                title, at = q[1], (k, q[0])
                break
    fed_back = False  # "…反馈指出，…": one feedback item said in a sentence
    opinion_answered = False  # a quoted opinion handed to a body, and the next paragraph tells what that body did
    finding = None  # "审计发现“10个项目建设进度滞后”。": one quoted finding of an audit or inspection, then what was done
    called_item = False  # bs20: that finding is a quoted label called a 问题 after 反馈 (RE_FED_BACK_CALLED)
    if title is None:
        found = [(k, m) for k, t in enumerate(texts) if "“" in t for m in RE_QUOTED_FINDING.finditer(t)]  # (quoted: “ first)
        # (or the opinion the inspectors handed to the body: "巡察组向县某局提出“…”的整改意见。")
        found += [(k, m) for k, t in enumerate(texts) if "提出" in t for m in RE_QUOTED_OPINION.finditer(t)]
        if not found:
            # bs20: the quoted label after "…巡视…，反馈存在“X”问题，指出：“…”" (a news item's one item: see
            # RE_FED_BACK_CALLED; its quoted description after 指出 is the same item, part of what follows)
            found = [(k, m) for k, t in enumerate(texts) if "反馈" in t and "“" in t for m in RE_FED_BACK_CALLED.finditer(t)]
            called_item = len(found) == 1
        if not found and "”问题" in (result.title or "") + doc:
            # res22: a notice naming its one item by the quoted words, called a 问题, in its heading or its lead —
            # "关于…督察反馈“X”问题整改完成情况公示", "现将我市“X”问题整改完成情况公示如下:" — each naming the same item
            # (the heading's is read as sitting before the body: what was done follows the lead)
            named = [(k, m) for k, t in enumerate(texts) if "”问题" in t for m in RE_NOTICE_NAMES_ITEM.finditer(t)]
            headed = [m for m in RE_NOTICE_NAMES_ITEM.finditer(result.title or "")]
            # (the last of several items named together, "“A”问题和“B”问题整改情况", is no one item's notice)
            joined = any(_RE_ITEM_JOINED_BEFORE.search(m.string, 0, m.start()) for m in headed + [m for _, m in named])
            if (named or headed) and not joined:
                if len({m.group("q") for _, m in named} | {m.group("q") for m in headed}) == 1:
                    found = named[-1:] or [(-1, headed[0])]
                    called_item = True
        if len(found) == 1:
            k, m = found[0]
            finding = m.group("q") if m.re in (RE_QUOTED_OPINION, RE_NOTICE_NAMES_ITEM) else m.group(1)
            title, at = finding, (k, m.end()) if k >= 0 else (0, 0)
            if called_item:  # (its quoted description, "指出：“…”", is the same item: what was done starts after it)
                d = re.match(r"\s*指出\s*[:：，,]?\s*(?=“)", texts[k][m.end():])
                described = quoted_from(texts[k], m.end() + d.end()) if d else None
                if described is not None:
                    at = (k, m.end() + d.end() + len(described) + 2)
            if m.re is RE_QUOTED_OPINION and k + 1 < len(texts):
                # the paragraph after the opinion opens with the body it was handed to ("县某局迅速行动，…"): what it did
                addressee = _clean_title(m.group("to")).lstrip("县市区省镇乡")
                opinion_answered = len(addressee) >= 2 and addressee in texts[k + 1][: len(m.group("to")) + 4]
    # rs20: a headline or lead naming the task by its quoted opening words ("…发布关于…督察反馈“全省各类废弃矿山达N座，…”
    # 问题整改完成情况公示。") before the body quotes the whole feedback ("…督察反馈指出“全省各类废弃矿山达N座，…。督察还
    # 发现，…。”问题，我县…"): the body's full statement is the task, when it opens with the words the lead quoted
    short_finding = (title, at) if finding is not None and not opinion_answered and "指出" in doc else None
    if title is None or short_finding:
        for k, t in enumerate(texts):
            v = RE_FED_VERB.search(t) if "指出" in t else None  # (every wording ends with 指出: a C scan first)
            if v is None or t[v.end():v.end() + 1] == "的":
                continue  # ("对反馈指出的“…”问题，由本人牵头…": a problem named as the object of what was done, no statement)
            # the sentence the verb is in, and where the verb ends
            s0, ve = max(t.rfind("。", 0, v.start()), t.rfind("\n", 0, v.start())) + 1, v.end()
            e = t.find("。", ve)
            e = len(t) if e < 0 else e
            sentence = t[s0:e]
            # (res21: or what was done told before it, when nothing after says any: a report's lead "…反馈问题“X”的问题,
            # 已落实整改措施,达到验收标准。…现将有关情况报告如下" over the statement, in a copy cut inside the fields that
            # follow it — the account the lead announces is cut off, what it says done is not)
            if _reads_as_feedback_item(sentence, "\n".join([t[e:]] + texts[k + 1:])) or (
                    k > 0 and _reads_as_feedback_item(sentence, "\n".join(texts[:k]))
                    and not RE_DONE_WORK.search("\n".join([t[e:]] + texts[k + 1:]))):
                # the statement after "…反馈指出，", not who made it (nor a page's lines run into it)
                title, at = t[ve:e].lstrip("，,:：　 ") or sentence, (k, e)
                fed_back = True
                if v.start() == 0 and t[ve:ve + 1] in ":：" and "“" not in t[ve:ve + 3] and not re.search(
                        r"整改|我(?:县|市|区|局|委|镇|乡)|高度重视", t[e:]):
                    # rs20: "督察报告指出：A。B。" opening its paragraph, the paragraph nothing but the statement (the
                    # task's fields and what was done follow in their own lines): the whole paragraph is the task
                    title, at = t[ve:].lstrip("，,:：　 ").rstrip("。；; "), (k, len(t))
                # "第一轮…反馈指出，“…”。": the quoted feedback is the problem, not the sentence that introduces it
                oq = re.match(r"[，,:：]?\s*(?=“)", t[ve:])
                if oq:
                    start = ve + oq.end()
                    inner = quoted_from(t, start)
                    # (not a quoted phrase opening the statement: "反馈指出，“环境就是民生”的责任意识不够强…")
                    # (os19: or the quote then called a 问题, "…第二十七项指出，“…”问题，我县…": R86's wrapper)
                    close = start + len(inner) + 2 if inner else 0
                    called = RE_QUOTE_CALLED_PROBLEM.match(t, close) if inner else None
                    if inner and len(inner.strip("。 ")) >= 4 and (closes_statement(t, close) or called):
                        title, at = inner, (k, called.end() if called else close)
                if short_finding:
                    if (len(title) > len(finding) and re.sub(r"\s", "", title).startswith(re.sub(r"\s", "", finding))
                            and k != short_finding[1][0]):
                        finding, fed_back = None, True  # (the full statement wins over the lead's short name)
                    else:
                        (title, at), fed_back = short_finding, False
                break
    target_finding = False  # bs20: a form with no problem field, the finding told in its 整改目标 field (RE_TARGET_FINDING)
    if title is None and "整改目标" in doc:
        for k, t in enumerate(texts):
            tm = RE_TARGET_FINDING.match(t) if t.startswith("整改目标") else None
            if tm and RE_SHORTCOMING_WORDS.search(tm.group("x")):
                title, at, target_finding = tm.group("x"), (k + 1, 0), True
                break
    checked = False  # bs20: one named problem the object of a check of its rectification (RE_CHECKED_NAMED)
    if title is None and "的整改" in doc and "问题" in doc:
        seen = [(k, m) for k, t in enumerate(texts) if "的整改" in t for m in RE_CHECKED_NAMED.finditer(t)]
        if len(seen) == 1 and not RE_NOT_A_NAMED_PROBLEM.search(seen[0][1].group("x")) and not re.search(
                r"^(?:部分|重点|有关|相关|一些|主要|多个|各类|各项)", seen[0][1].group("x")):
            k, m = seen[0]
            title, at, checked = m.group("x"), (k, m.end()), True
    record = None  # bs20: a tracker's record of one handed-down task, label lines with their values under them
    if title is None and any(t.startswith(_RECORD_TASK_LABELS) for t in texts):
        record = _record_fields(texts)
        task = next(((k, v) for k, (lab, v) in enumerate(record or []) if lab in _RECORD_TASK_LABELS and v), None) \
            if record else None
        finding = _handed_finding(task[1]) if task else None
        if finding:
            kv = next(k for k, t in enumerate(texts) if t.strip() == task[1])
            title, at = finding, (kv, len(texts[kv]))
        else:
            record, finding = None, None
    if not title:
        return None
    item_seq = None
    if from_field and title[:1] in "(（第0123456789":
        # one19: the task's field opening with its own item mark, "整改问题 | (一)宿马园区唐河…" / "第43项:部分矿山…" (a
        # notice's section put in a table's cell): the mark numbers the task, it is not its statement — when the field
        # holds that one item only
        im = parse_marker(title)
        if im is not None and im.number >= 1 and len(im.rest.strip()) >= 8 and not re.search(
                r"[(（][一二三四五六七八九十\d]{1,2}[)）]|(?:^|[。；;\s])\d{1,2}[.．、]", im.rest):
            title, item_seq = im.rest, im.number
        elif im is None and "*" in title[:8]:
            # ot19b: the same mark in a masked copy, its number hidden ("整改任务 | (十 * ) * 年，…", a tender site's copy
            # of a 公示表): the mark is stripped, the number left unknown (the masks inside the statement are kept)
            masked = _RE_MASKED_ITEM_MARK.match(title)
            if masked and len(title) - masked.end() >= 8:
                title = title[masked.end():]
    title = _clean_title(re.sub(r"^(?:关于)", "", title.strip()))
    lead = RE_SOURCE_LEAD_IN.match(title) if title[:1] in _SOURCE_LEAD_FIRST else None
    if lead and len(title) - lead.end() >= 8:
        title = title[lead.end():]  # task25: who found it or said it, "据有部门调查,", "督察还发现,", is no part of it (R92)
    k0, off = at
    wrappers = doc.count("关于“")
    heading = (result.title or "") + "\n" + doc
    seq = None
    m = RE_TASK_NUMBER.search(heading)
    if m:
        raw = m.group(1)
        seq = int(raw) if raw.isdigit() else cn_to_int(raw)
    elif "问题" in heading[:400] and (named := RE_PROBLEM_NAMED_BY_NUMBER.search(heading[:400])):
        # task25: the notice names its item by the problem's number in words, "…反馈问题四十七整改销号公示" (R77)
        seq = int(named.group(1)) if named.group(1).isdigit() else cn_to_int(named.group(1))
    elif quoted is not None:  # "一、关于“…”": the item's own number
        before = texts[k0][: texts[k0].find("关于“")]
        mn = re.search(r"([一二三四五六七八九十]{1,3}|\d{1,3})[、.．]\s*$", before)
        if mn:
            seq = int(mn.group(1)) if mn.group(1).isdigit() else cn_to_int(mn.group(1))
    elif item_seq is not None:  # (the field's own item mark, no task number in the heading)
        seq = item_seq
    elif finding is not None:  # the one finding under "一、关于审计发现问题的整改情况": the number printed over it
        for t in reversed(texts[: k0 + 1]):
            pm = parse_marker(t)
            if pm is not None and pm.level == LEVEL_CN:
                seq = pm.number
                break
    # what was done: the text after the problem, from its label (整改完成情况：…) to the notice's end
    region: list[str] = []
    positions: list[int] = []
    crossed = False
    skip_to = -1  # bw25: a background section skipped, up to the section of what was done after it
    for k in range(k0, len(texts)):
        if k < skip_to:
            continue
        t = texts[k][off:] if k == k0 else texts[k]
        if RE_NOTICE_END.match(t):
            break
        pm = parse_marker(t) if k > k0 else None
        if pm is not None and pm.level == LEVEL_CN and not crossed and RE_FACTS_SECTION.match(pm.rest.strip()):
            # bw25: a report on one quoted item, its sections after the quote "一、基本情况" (the place and its history)
            # then "二、整改落实情况" / "二、主要整改措施" (what was done): the background is no account of the work — what
            # was done is read from the section naming it, when one follows
            later = next((j for j in range(k + 1, len(texts)) if texts[j][:1] in "一二三四五六七八九十"
                          and (qm := parse_marker(texts[j])) is not None and qm.level == LEVEL_CN), None)
            if later is not None:
                nxt_label = parse_marker(texts[later]).rest.strip().rstrip("。：: ")
                if SECTION_LABELS["measures"].match(nxt_label) or SECTION_LABELS["result"].match(nxt_label):
                    skip_to = later
                    continue
        if pm is not None and pm.level == LEVEL_CN:  # the next 一、 section ("二、关于审计建议的采纳情况") is not this problem's
            # — unless the problem sits in a section of its own ("一、反馈问题") and the next one tells what was done about
            # it ("二、整改落实情况"): its heading labels the measures, and the section after it ends them
            label = pm.rest.strip().rstrip("。：: ")
            # one19: "二、验收情况" over numbered items ("1.2023年10月，柳沟镇组织清运…" "2.对场地进行平整…") tells the
            # work the acceptance found done: the account of what was done, as "二、整改完成情况" would be (not an
            # acceptance told in a sentence, "经验收组现场核查，同意销号": that is no measure)
            nxt = parse_marker(texts[k + 1]) if k + 1 < len(texts) and SECTION_LABELS["acceptance"].match(label) else None
            accepted_items = nxt is not None and nxt.level != LEVEL_CN and nxt.number == 1
            if (crossed or RE_MEASURE_LABEL.search("\n".join(region))
                    or not (SECTION_LABELS["measures"].match(label) or SECTION_LABELS["result"].match(label)
                            or accepted_items)):
                break
            crossed = True
            region.append(("整改完成情况" if accepted_items else label) + "：")
            positions.append(paras[k].pos)
            continue
        region.append(t)
        positions.append(paras[k].pos)
    if opinion_answered:  # (what the body did is the paragraph opening with it; the story goes on to praise and a byline)
        region, positions = [texts[k0 + 1]], [paras[k0 + 1].pos]
    joined = "\n".join(region)
    status = None
    sm = RE_STATED.search(joined + "\n")
    if sm:
        status = status_of(sm.group(1))
    if status is None:  # "整改情况:未整改到位,预计X月XX日整改到位。": the state is the field's first clause
        sc = RE_STATED_CLAUSE.search(joined) if any(w in joined for w in ("整改情况", "完成情况", "整改进展", "整改状态")) else None
        status = status_of(sc.group(1)) if sc else None
    if status is None:  # "目前，该问题整改工作持续推进中。": the state the account ends on
        said = RE_STATE_SENTENCE.search(joined)
        status = said_state(said.group(1)) if said else None
    if status is None:  # "目前正在整改中，预计…完成。": where it stands now, without naming it

        now = RE_NOW_SAID.search(joined)
        status = status_of(now.group(1).replace("全部", "")) if now else None
    # (rs20: or the lead's verdict on it, "…已落实整改措施，达到验收标准" — not "达到验收标准后", "未达到…")
    # (perf23: "(?<![未不没])达到" written "达(?<![未不没]达)到", the look-behind after the 达: every alternative opens with a
    # literal, a set of first characters the engine scans for)
    if status is None and re.search(r"整改完成情况|已完成整改|已整改完成|验收销号|销号|达(?<![未不没]达)到(?:了)?(?:验收|销号)+(?:标准|条件)(?!后)",
                                    heading):
        status = "done"
    if status is None and finding is not None and RE_STILL_GOING.search(joined):  # "…2个项目整改工作将持续推进"
        status = "in_progress"
    lm = RE_MEASURE_LABEL.search(joined)
    measures = []
    if lm:
        body = joined[lm.end():]
        sm2 = RE_STATED.match(joined[lm.start():] + "\n")
        if sm2 and status_of(sm2.group(1)):  # "整改进展情况：已经完成，长期坚持。1.…": the status sentence is not a measure
            body = joined[lm.start() + sm2.end():]
        # (a row stating the state after the measures, "整改进度：已完成", is not one of them)
        # (up to the results said after them: "整改效果：废水排放达标…" is what came of the measures, not one)
        body = RE_RESULTS_LABEL.split(body, maxsplit=1)[0]
        if lm.group(0).startswith("整改措施"):
            # (under "整改措施：1、2、3", a later line labelled "整改任务完成情况：1、…" tells how each measure was done:
            # it restates them, it does not add more)
            body = RE_DONE_LIST_LABEL.split(body, maxsplit=1)[0]
        items = [BodyItem(x.strip(), positions[0] if positions else None, _marker_or_bullet(x.strip()))
                 for x in body.split("\n") if x.strip() and not _states_only(x)]
        if items:
            measures, _, _ = split_measures(items)
            for mm in measures:
                mm.seq = mm.seq or None  # (a bullet has no number)
    elif quoted is None and joined.strip() and (find_inline_numbered(joined) or find_xs_items(joined)):
        # "…立即组织整改：一是…二是…三是…" after a quoted feedback item
        measures, _, _ = split_measures([BodyItem(joined.strip(), positions[0] if positions else None)])
    elif (finding is not None or fed_back) and "另一方面" in joined and RE_ON_BOTH_HANDS.search(joined):
        # os19: "一方面对反馈的个案问题进行立行立改…;另一方面在全县范围内大排查…": two measures, counted as 一是/二是
        both = RE_ON_BOTH_HANDS.search(joined)
        pos = positions[0] if positions else None
        measures = [_measure_from(both.group(1).strip(" ，,"), None, pos), _measure_from(both.group(2).strip(" ，,"), None, pos)]
    elif (finding is not None or from_field or (fed_back and RE_DONE_WORK.search(joined))) and joined.strip(" 。\n"):
        # what was done in one undivided paragraph: one measure (also after a feedback item said in a sentence,
        # "…反馈指出，X。我县开展…，建立…。经验收，该项整改任务已完成。")
        measures, _, _ = split_measures([BodyItem(joined.strip(" 。\n"), positions[0] if positions else None)])
    if record is not None:  # (a record's own fields: its state, its number and the body charged)
        fields = dict((lab, v) for lab, v in record if v)
        state = next((fields[lab] for lab in ("当前状态", "办理状态", "整改状态", "整改进度") if lab in fields), None)
        status, measures = status_of(state) if state else None, []
        number = next((fields[lab] for lab in ("交办单编号", "任务编号", "交办编号") if lab in fields), None)
        seq = int(number) if number and number.isdigit() and len(number) <= 4 else seq
    if checked:  # (a caption or brief of the check: it tells no work done and no state)
        status, measures = None, []
    further = []
    if fed_back and RE_FOUND_OTHERWISE.search(joined):
        # a 回头看 report: the feedback item quoted ("…反馈指出，X。"), what the body claimed, then what the inspectors
        # found ("但督察组发现，…仍有…直接排放"): the account is the inspection's, not the body's work — no measure, and
        # the problem is still there (under way); a later paragraph opening "此外，" on a shortcoming is a further
        # problem the inspection found, under way too when its paragraph says so (仍/尚未/仅有/至今)
        status, measures = "in_progress", []
        for k in range(k0 + 1, len(texts)):
            fm = RE_FURTHER_FINDING.match(texts[k])
            if fm is None:
                continue
            first = re.split(r"[。；;]", texts[k][fm.end():], maxsplit=1)[0]
            ft = _clean_title(first.strip(" ，,"))
            if len(ft) >= 6 and RE_SHORTCOMING.search(ft):
                further.append(ParsedProblem(seq=None, title=ft, position=paras[k].pos,
                                             status="in_progress" if RE_STILL_SO.search(texts[k]) else None))
    problem = ParsedProblem(seq=seq, title=title, status=status, position=paras[k0].pos if k0 < len(paras) else None)
    if record is not None:
        for lab, v in record:
            if lab in ("责任单位", "承办单位", "牵头单位") and v:
                _add_units(problem.responsible_units, _split_units(v))
    problem.measures = measures
    # the notice's own fields: "责任单位：…", "整改时限：…", or "责任单位为…" in a sentence
    co_values: list[str] = []
    duty_named = False
    for t in texts:
        named = RE_UNITS_NAMED.search(t) if ("单位" in t or "部门" in t) else None  # (a scan for the words first)
        if named and ":" not in named.group(0) and "：" not in named.group(0):
            add_units(problem.responsible_units, split_units(named.group(1)))
        made = RE_UNIT_MADE_LEAD.search(t) if named is None and "由" in t and "为" in t else None
        if made:
            add_units(problem.responsible_units, [made.group(1)])
        for fname, label, value in split_fields(t):
            if fname == "co_units" and value.strip():  # (the helpers: see fields.with_co_units, below)
                co_values.append(_unbracketed(value))
            elif fname == "units" and value.strip():
                duty_named = duty_named or names_duty(label)
                add_units(problem.responsible_units, split_units(_unbracketed(value)))
            elif fname == "deadline" and problem.deadline is None and value.strip():
                problem.deadline = clean_deadline(value)
        duty = RE_DUTY_FIELD.match(t) if "责任" in t[:8] else None
        if duty and RE_ASSIGNMENT_SENTENCE.match(t[duty.end():].strip()):
            # st21: the notice's duties told in sentences under their label: "整改责任：该问题由A牵头整改，B、C配合。…整改
            # 时限为2025年6月30日前。" (the same sentences a list's item assigns its problem in)

            _assignment_fields(problem, t[duty.end():].strip(), duties_only=True)
    if co_values:
        problem.responsible_units = with_co_units(problem.responsible_units, co_values, duty_named)
    if not problem.responsible_units or problem.deadline is None:
        # bw23: who rectifies it and by when, told in a sentence of the problem ("…明确由A牵头，B、C配合整改，要求于…前完成
        # 整改", structure.prose_assignment): the first such sentence of the notice
        # (bw25: also the field the notice's other sentences left open — its units read, its time limit in the same
        # sentence as them, "明确由A牵头，B配合，整改时限为2022年12月底前")
        for t in texts:
            units, by = prose_assignment(t)
            if units:
                problem.responsible_units = problem.responsible_units or units
                problem.deadline = problem.deadline or by
                break
    if problem.deadline is None or not problem.responsible_units:
        # bw25: a notice of one problem assigns it in a sentence that need not name it ("对此，县委、县政府高度重视，明确由A
        # 牵头，B配合，整改时限为2022年6月底前。"): the first sentence assigning units — the units where none were read, its
        # time limit where none was, when it names the same lead unit as the notice's fields
        for t in texts:
            units, by = prose_assignment(t, of_problem=False)
            if not units:
                continue
            if not problem.responsible_units:
                problem.responsible_units = units
            if problem.deadline is None and by and units[0] == problem.responsible_units[0]:
                problem.deadline = by
            break
    # the fields in brackets closing the statement: "…存在环境风险。（责任单位：县住建局、市生态环境局某分局；整改时限：2020年12月底）"
    for bm in RE_BRACKET_FIELDS.finditer(texts[k0] if k0 < len(texts) else ""):
        for part in re.split(r"[;；]", bm.group(1)):
            lm = re.match(r"\s*(责任单位|牵头单位|责任部门|配合单位|整改时限|完成时限)\s*[:：]\s*(.+)", part)
            if not lm or not lm.group(2).strip():
                continue
            if lm.group(1) in ("整改时限", "完成时限"):
                problem.deadline = problem.deadline or clean_deadline(lm.group(2).strip())
            elif lm.group(1) != "配合单位":
                add_units(problem.responsible_units, split_units(lm.group(2).strip()))
    if from_field:  # "问题类别：…方面" / "问题类型:…" — the one problem's category in a field of its own
        for t in texts[: field_k + 1] if at else texts:
            cm = RE_CATEGORY_FIELD.search(t)
            if cm and cm.group(1).strip(" 。"):
                problem.category = _clean_title(cm.group(1).strip(" 。"))
                break
    listed = len(best_list.problems) if best_list is not None else 0
    if from_field and best_list is not None and all(
            p.position is not None and p.position > paras[field_k].pos for p in best_list.problems):
        listed = 0  # the numbered items after "督察反馈问题：…" are what was done about it, not more problems
    # one problem in labelled fields, then what was done in labelled fields ("问题描述：…" "整改情况：…" "整改措施：1、…"),
    # the document's only such problem
    # (the label may carry the task's number before its colon: "反馈问题第7项：…")
    fielded = from_field and bool(lm) and bool(measures) and sum(
        1 for fm in RE_TASK_FIELD.finditer(doc) if any(w in fm.group(0) for w in _TASK_FIELD_WORDS)) == 1
    if fielded and best_list is not None and any(
            d.pos == paras[field_k].pos for n in best_list.nodes for d in n.walk()):
        listed = 0  # the problem's fields sit in an item of the list: its items are the report's sections
    if fed_back and listed >= 2 and at is not None and all(_RE_REPORT_SECTION.match(p.title or "") for p in best_list.problems) \
            and sum(1 for t in texts if "指出" in t and RE_FED_VERB.search(t)) == 1:
        listed = 0  # rs20: the list is the report's sections ("一、问题整改情况" over the quoted item, "二、整改措施及落实情况")
        over = [p for p in best_list.problems if p.position is not None and p.position < paras[at[0]].pos]
        if over and problem.category is None:
            problem.category = _clean_title(over[-1].title)  # (the section the statement sits in, R79)
    if from_field and problem.category is None and field_k > 0:
        # "案例分析 / 以下为一起问题企业整改案例： / 企业名称：… / 问题：…": a bare heading over the case, above its lead and
        # the case's other fields, is the problem's category
        for t in reversed(texts[max(0, field_k - 4): field_k]):
            if RE_BARE_CASE_HEADING.match(t) and t.strip().endswith("表"):
                break  # rs20: the name of the form the fields fill ("具体整改情况表", "销号公示表"), no category of problems
            if RE_BARE_CASE_HEADING.match(t):
                problem.category = t.strip()
                break
            if not (t.rstrip().endswith((":", "：")) or RE_SHORT_RECORD_FIELD.match(t)):
                break
    if fed_back and seq is not None and problem.category is None:
        # os19: a one-task notice's fields under its one section heading ("一、省级生态环境保护督察反馈问题整改情况" over
        # "问题编号：第二十七项" … "整改情况：…第二十七项指出，“…”问题，…"): the heading is the category (R79)
        cn = [(j, pm) for j, pm in ((j, parse_marker(t)) for j, t in enumerate(texts[: k0 + 1]) if t[:1] in "一二三四五六七八九十")
              if pm is not None and pm.level == LEVEL_CN]
        later_cn = any(t[:1] in "一二三四五六七八九十" and (pm := parse_marker(t)) is not None and pm.level == LEVEL_CN
                       for t in texts[k0 + 1:])
        if len(cn) == 1 and not later_cn and len(cn[0][1].rest) <= 30 and not RE_FACTS_SECTION.match(cn[0][1].rest.strip()):
            problem.category = _clean_title(cn[0][1].rest)
    if fielded and problem.category is None:  # its category: the section it sits in ("二、整改情况")
        for t in reversed(texts[: field_k]):
            pm = parse_marker(t)
            if pm is not None and pm.level == LEVEL_CN:
                # (not a section of the problem's facts: "一、问题基本情况")
                problem.category = _clean_title(pm.rest) if len(pm.rest) <= 20 and not RE_FACTS_SECTION.match(
                    pm.rest.strip()) else None
                break
    if section_label is not None and problem.category is None and RE_TASK_NOTICE.search(heading[:200]):
        # ks19: a one-task notice's own label over its task, "整改任务：…" / "整改问题：…" (a line, or the row of a
        # two-column 验收销号 table): the section label is its category (R83) — not a numbered field heading
        # ("一、整改任务：…", R84), nor a label of any other wording; a numbered section over the label, "一、问题表述", is
        # read first, above
        problem.category = section_label.group(1)
    # (news21: or a 公示/销号/验收 notice of one quoted finding — "依据…问题清单:“…”的问题。经核查,…现将整改情况予以公示"
    # (R14); not news of what inspectors said, "督察组指出：“…”", whose verb RE_TASK_NOTICE also holds)
    marked = (bool(RE_TASK_NOTICE.search(heading)) and (seq is not None or RE_TASK_FIELD.search(doc) or "反馈指出" in title or fed_back
                                                          or quoted is not None
                                                          or (finding is not None and RE_PUBLIC_NOTICE.search(heading)))) or (finding is not None and bool(measures)
                                                                                      and bool(status or RE_DONE_WORK.search(joined)
                                                                                               or opinion_answered)) or fielded or record is not None or checked or (target_finding and bool(measures) and (status is not None or _form_of_fields(texts))) or (
        called_item and bool(measures) and "整改" in joined)
    # res21: the task's own field opening its line in a form of fields, the next line another field of the form
    # ("反馈问题：…" over "核查情况：…", a two-column table's rows cut off before what was done): the form of one task
    # is the evidence, the only task field of the text
    form_row = (from_field and field_k + 1 < len(texts) and _opens_on_field(texts[field_k])
                and RE_FORM_FIELD_LINE.match(texts[field_k + 1]) is not None and sum(
                    1 for fm in RE_TASK_FIELD.finditer(doc) if any(w in fm.group(0) for w in _TASK_FIELD_WORDS)) == 1)
    marked = marked or form_row
    same = best_list is not None and any(_norm_title(p.title) == _norm_title(title) for p in best_list.problems)
    # a kept list holding this very problem already reads it better (with its measures under their heading)
    single = 1.0 if marked and wrappers <= 1 and listed < 2 and not same else 0.0
    return Candidate("whole", [problem] + further, [], {"single_task": single})


# task25: the section of a 销号 公示 of one handed-down petition naming the case: "转办问题基本情况", "交办信访件基本情况"
RE_HANDED_CASE_SECTION = re.compile(r"(?:转办|交办)(?:问题|信访件?|信访问题|事项|件)基本情况")


# task25: a one-task notice naming its item by the problem's own number right after the word, in its title or lead:
# "…督察反馈问题四十七整改销号公示", "现对…反馈问题四十七整改情况进行公示", "交办问题12整改完成情况" — the number then
# the rectification or notice at once (not a count, "反馈问题43项", "问题12个"; not "问题整改")
RE_PROBLEM_NAMED_BY_NUMBER = re.compile(r"(?:反馈|督察|交办|督办)问题\s*([一二三四五六七八九十百]{1,4}|\d{1,3})\s*(?=整改|销号|的整改|公示)")


# task25: a source lead-in opening the one task's statement (R92): "据有部门调查,", "据群众反映,", "督察还发现,",
# "督察组发现,", "经查,", "检查发现,", "此外," — dropped when a statement of 8 characters or more follows
RE_SOURCE_LEAD_IN = re.compile(r"(?:据[^，,。；;]{0,10}?(?:调查|统计|反映|了解|核实)|(?:督察|巡视|巡察|督查|检查|调查|核查|审计)(?:组)?(?:还|同时|也)?发现|经(?:调)?查"
                               r"|经核查|此外|另外)\s*[，,:：]\s*")
_SOURCE_LEAD_FIRST = frozenset("据督巡检调核审经此另")


# what was done told in two halves: "一方面…；另一方面…。" (each half up to its stop; the second ends the sentence)
RE_ON_BOTH_HANDS = re.compile(r"(?:^|[。；;，,\n])\s*一方面([^。；;]{6,300})[；;，,]\s*另一方面([^。；;]{6,300})")


# "但督察组发现，…", "但检查发现…": what the inspectors found, against the body's claim
RE_FOUND_OTHERWISE = re.compile(r"(?:^|[。\n])\s*(?:但|然而|但是)[,，\s]*(?:督察组|巡视组|巡察组|检查组|调查组|督查组)?[^。，,\n]{0,6}?发现")
RE_FURTHER_FINDING = re.compile(r"^\s*(?:此外|另外)[,，\s]+")
RE_STILL_SO = re.compile(r"仍|尚未|仅有|至今")


# "审计发现“…”" / "巡察反馈指出：“…”" — a finding quoted after its source
# A story of one inspection's opinion and what came of it: "巡察组向县供销社提出“强化服务意识，提升…质效”的整改意见。"
# then "县供销社迅速行动，…": the quoted opinion is the one problem (seq null: nothing numbers it), the account after it
# one undivided measure — counted only when the next paragraph opens with the body the opinion was handed to (a
# feature story that quotes an opinion and goes on about something else is no account of its rectification).
RE_QUOTED_OPINION = re.compile(r"(?:巡察|巡视|督察|督查|督导|审计|检查)(?:组|办)?向(?P<to>[^“”。，,；;\s]{2,20}?)(?:党组|党委|党支部)?提出(?:了)?"
                               r"(?:整改意见|意见|建议)?\s*[:：]?\s*“(?P<q>[^“”]{4,120})”(?:的)?(?:整改意见|整改建议|意见建议|意见|建议|要求)?[。;；]?")
# (os19: also the item named by its quoted words after a bare 反馈, the quote then called a 问题: "…督察反馈“砂石土矿非法开采
# 问题依然存在”问题整改情况进行现场核查"; not the first of several, "反馈“A”问题和“B”问题")
# bs20: a news item's one feedback item named by its quoted label after the round that fed it back, the label then called
# a 问题: "省委巡视组对某市委开展巡视，反馈存在“重大战略落实不够到位”问题，指出：“…”" (an inspection word in the same
# sentence before 反馈; not the first of several, "反馈“A”问题和“B”问题"; read only when no finding of the forms above is
# quoted anywhere)
RE_FED_BACK_CALLED = re.compile(r"(?:巡视|巡察|督察|审计)[^。“”]{0,24}?反馈(?:存在|了)?“(?P<q>[^“”]{4,80})”问题(?![和及与、]\s*“)[，,。；;]?")
# res22: a notice of one item's rectification naming the item by its quoted words, called a 问题: "督察反馈“X”问题整改完成
# 情况公示", "现将我市“X”问题整改情况予以公示" (the notice's own words after the quote: 整改…情况 and 公示/公告/公布)
RE_NOTICE_NAMES_ITEM = re.compile(r"“(?P<q>[^“”]{4,80})”问题的?整改(?:完成|落实|销号|验收)?(?:情况|进展)?(?:予以|进行|的)?"
                                  r"(?:公示|公告|公布)")
_RE_ITEM_JOINED_BEFORE = re.compile(r"”(?:问题)?\s*[和及与、]\s*$")
# bs20: a news report of one named problem's sign-off (since news21 one way of naming the finding in
# one_finding_news_candidate, no longer a one-task reading of its own): "经督查组核实，我县大石头水库农业面源污染问题整改完成已进行了
# 销号" — the problem named in the clause (a place and a thing, 6+ characters before its closing 问题), then "整改完成"/
# "已完成整改"/"已整改到位" and 销号 in the same clause. Not a round's problems at large ("反馈问题整改完成并销号", "5个问题",
# "各项问题", "突出问题": RE_NOT_A_NAMED_PROBLEM), and only when the text says so of one problem only.
RE_NAMED_SIGNED_OFF = re.compile(r"(?:^|(?<=[，,。：:；;\n]))\s*(?P<x>[^，,。：:；;\n“”]{6,40}?问题)(?:的)?\s*(?:已经?)?"
                                 r"(?:整改完成|完成整改|整改到位|完成了整改)[^，,。；;\n]{0,8}?销号")
# bs20: a one-task form with no problem field (任务名称 / 整改目标 / 整改措施 / 整改完成情况), whose 整改目标 tells the finding
# between the list it came from and what it asks: "整改目标：根据2024年第二轮生态环境保护督察问题清单，X工作不严不实，尚存…
# 标准不高，应按…要求进行整改。" — X…, the finding (R92), when it states a shortcoming; a target that only says what done
# means ("有效治理…，做到…") has no such lead and no shortcoming, and is left alone.
RE_TARGET_FINDING = re.compile(r"整改目标\s*[:：]\s*(?:根据|按照|依据)[^，,。]{2,50}(?:问题清单|反馈意见|反馈问题|交办问题|问题台账|指出的问题)"
                               r"\s*[，,]\s*(?P<x>[^。]{8,200}?)\s*[，,;；]\s*(?:应|须|需|要求)[^。]{0,60}整改[^。]{0,10}。?\s*$")
RE_SHORTCOMING_WORDS = re.compile(r"不严|不实|不高|不够|不到位|不规范|不彻底|不达标|未|尚存|仍|存在|滞后|超标|缺乏|缺失|违规|违法")
# bs20: a task tracker's record of one handed-down task (交办单): short labels each alone on its line with a colon,
# each value on the line under it ("交办单编号:" / "37", "责任单位:" / "某处", "当前状态:" / "正在整改", "交办内容:" / "…")
# — four such pairs or more make a record; its task is the 交办内容 (or 问题描述) value, its state, number and unit the
# fields so named. The task's value opens with why it was handed down (a check found problems left: "…核查发现仍有问题未
# 彻底整改到位。") and ends with the request to the unit ("根据《…》文件要求，请你单位…立即组织开展整改工作。"): the
# finding is between them (R92); a value that is all request, or (without that lead) no shortcoming, gives none.
_RECORD_TASK_LABELS = ("交办内容", "问题描述", "反映问题", "问题内容")
_RE_RECORD_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,8})\s*[:：]\s*$")
_RE_HANDED_LEAD = re.compile(r"^[^。]{0,120}?(?:发现|指出)[^。]{0,30}?(?:仍有|仍存在|存在|有)[^。]{0,8}问题[^。]{0,20}。")
_RE_HANDED_REQUEST = re.compile(r"(?:^|(?<=[。；;]))\s*(?:根据|按照|依据)?[^。]{0,80}?(?:请你单位|请你们|请各单位|请你局|请你镇|请你县)")


def _record_fields(texts: list[str]) -> list | None:
    pairs = []
    k = 0
    while k < len(texts):
        m = _RE_RECORD_LABEL.match(texts[k].strip())
        if m:
            nxt = texts[k + 1].strip() if k + 1 < len(texts) else ""
            value = "" if (not nxt or _RE_RECORD_LABEL.match(nxt)) else nxt
            pairs.append((m.group(1), value))
            k += 2 if value else 1
            continue
        k += 1
    return pairs if sum(1 for _l, v in pairs if v) >= 4 else None


def _handed_finding(value: str) -> str | None:
    lead = _RE_HANDED_LEAD.match(value)
    body = value[lead.end():] if lead else value
    req = _RE_HANDED_REQUEST.search(body)
    if req is None:
        return None
    finding = body[:req.start()].strip().rstrip("。；; ")
    # (after a lead saying the check found problems left, what follows is the finding; without it, it must read as one)
    return finding if len(finding) >= 8 and (lead or RE_SHORTCOMING_WORDS.search(finding)) else None


# bs20: one named problem the object of an on-site check of its rectification (a photo caption or a brief: "图为…带队实地督查
# 去年审计工作报告反映的某矿选矿区生态修复工程建设滞后问题的整改情况"): the problem is the named item after 反映的/指出的/
# 发现的 up to its 问题; read only when the text names one such item and none of the forms above (a check of "部分重点问题"
# or of "反馈问题" names none)
RE_CHECKED_NAMED = re.compile(r"(?:督查|检查|核查|查看|督导|调研)[^。]{0,40}?(?:反映|指出|发现)的(?P<x>[^，,。；;“”:：]{8,60}?问题)的整改(?:落实)?情况")
RE_NOT_A_NAMED_PROBLEM = re.compile(r"(?:反馈|交办|督察|巡视|巡察|审计|指出|发现|存在|各项|所有|全部|突出|个|项|条|批|等)的?问题$"
                                    r"|^(?:对|针对|经|根据|按照)")
RE_QUOTED_FINDING = re.compile(r"(?:(?:审计|巡察|巡视|督察|检查)(?:组)?(?:(?:发现|指出|反馈(?:意见)?指出|查出)\s*[:：]?\s*|反馈(?=“[^“”]{4,300}”问题(?![和及与、，,]\s*“)))"
                               # news21: or an item named by the list it comes from, "依据某省人大突出环境问题清单:“…”的问题"
                               # (a one-task notice of a list's item, whoever drew the list up: R14, R86)
                               r"|(?:依据|根据|按照)[^。“”:：]{2,40}?(?:问题清单|问题台账|反馈意见|交办清单)\s*[:：]\s*(?=“[^“”]{4,300}”的?问题))"
                               r"“([^“”]{4,300})”(?:的?问题)?[。;；]?")
# the state of the one problem, said of it at the end of the account: "目前，该问题整改工作持续推进中。"
# (also without 目前: "该问题已于2022年12月完成整改。")
RE_STATE_SENTENCE = AtStops(r"[。；;，,\n]", r"\s*(?:(?:目前|截至目前|截至[^，,。\n]{2,14})[，,]?)?\s*(?:该|此|这一|上述)项?(?:问题|任务|整改任务)"
                               rf"[^。\n]{{0,16}}?({STATE_WORDS}|完成整改|部分完成)",  # (syn22: titles' state classes)
                               # (perf23: searched only in a text holding one of the words that name the problem — most
                               # paragraphs hold none, and the stops it opens with are in every one: a few substring scans
                               # in place of the engine's try at every comma)
                               needles=("该", "此", "这一", "上述"))
RE_STILL_GOING = re.compile(r"阶段性成果|正在(?:整改|推进)|尚未(?:完成|整改)|将持续推进|持续整改中")
# what was done about it, in the past tense (not "反馈要求…整改到位", a demand)
RE_DONE_WORK = re.compile(r"已(?:经)?(?:全部)?(?:完成|整改|销号|办结)|整改完成|完成整改|立即(?:组织)?整改|(?:整改|完成)(?:情况|进展)\s*[:：]"
                          # res21: the measures said carried out and the sign-off standard met ("已落实整改措施,达到验收标准")
                          r"|已(?:经)?落实(?:了)?整改措施|达到(?:了)?(?:整改)?验收(?:销号)?(?:标准|条件|要求)"
                          r"|(?:整改|采取)[^。；;]{0,10}(?:措施)?[:：]\s*一是"  # not "反馈要求：一是…" (demands)
                          # the account of the work under way: "整改以来，一是…", "目前正在整改中", "接到督察反馈后，…"
                          r"|整改以来|正在(?:整改|推进)|(?:接到|收到)[^。，,]{0,12}(?:反馈|意见|交办)[^。，,]{0,6}后"
                          # rs20: the body's account opening its list of what it did: "我县高度重视，…从以下方面进行整改："
                          r"|(?:从|在)以下(?:几个)?方面(?:进行|开展|推进|抓好|抓)?整改[^。；;]{0,4}[:：]"
                          # (or the report's section of it: "二、整改措施及落实情况")
                          r"|(?:^|\n)\s*(?:[一二三四五六七八九十]{1,2}\s*[、.．]\s*)?整改措施(?:及|和|与)(?:其)?(?:落实|完成|推进)情况\s*(?:\n|$)")
# praise in a feedback round ("反馈指出，被巡察党组织…各项工作取得较好成效") is not a problem
RE_PRAISE = re.compile(r"取得(?:了)?[^。]{0,10}(?:成效|成绩|进展)|总体(?:向好|较好|良好)|(?:较好|良好)(?:成效|效果)")


def _reads_as_feedback_item(sentence: str, after: str) -> bool:
    """"第一轮督察反馈指出，…" is one problem when it states a shortcoming, not praise nor a count of problems
    ("巡察反馈指出了…六个方面存在的56个具体问题" is a headline), and what was done follows it."""
    from .headline import RE_PROBLEM_COUNT

    verb = RE_FED_VERB.search(sentence)
    said = sentence[verb.end():] if verb else sentence
    if re.search(RE_PROBLEM_COUNT, said) or RE_PRAISE.search(said):
        return False
    if said.count("有的") >= 2:
        return False  # "有的…；有的…": the findings of a round over several bodies (a news item), not one problem
    if RE_SOME_PROBLEMS_IN_ASPECTS.search(said):
        return False  # ws18: "…在A、B、C等方面还存在一些问题和不足": the aspects summed up, no one problem stated
    if len(find_xs_items(said)) >= 2:
        # "…指出了巡察发现的问题,一是在…方面,存在…等问题;二是…方面,存在…等问题": a summary counting off several
        # aspects in one sentence — no one feedback item (and, each aspect named by one example, no problem list)
        return False
    # what was done, told outside the demands a feedback meeting made ("反馈要求，…", "会议强调，要…将整改完成情况作为…")
    told = [x for x in re.split(r"(?<=[。！!？?\n])", after) if not RE_DEMAND_SENTENCE.match(x.strip())]
    return bool(RE_DONE_WORK.search("".join(told)))


# ws18: a feedback summed up by its aspects, its shortcoming only "some problems" ("巡察反馈指出，学院党委在学习贯彻党的创新
#理论、落实立德树人根本任务…等方面还存在一些问题和不足"): a report's lead before its own account, not one feedback item
# (not "…方面存在违规列支劳务费问题": a problem named)
RE_SOME_PROBLEMS_IN_ASPECTS = re.compile(r"方面(?:还|仍|也|都|均)?(?:不同程度(?:地)?)?存在(?:着)?(?:一些|一定的?|某些|若干|不少)"
                                         r"(?:问题|不足|差距|短板)(?:[和与及、](?:问题|不足|差距|短板))?"
                                         # (also when the sentence goes on to introduce the findings it sums up, cut at
                                         # its colon: "…方面还存在一些问题，主要是：" then "有的…；有的…" — zs18,
                                         # blindwritten14 w14_09, a round summary over 9 bodies)
                                         r"(?:[，,]\s*(?:主要|具体)(?:是|有|为|表现(?:为|在)?)\s*[:：]?)?\s*$")


# a sentence of demands: "反馈要求，…", "会议强调，要…", "市委巡察组要求：…", "要坚持…", "按照有关规定，…要在…"
RE_DEMAND_SENTENCE = re.compile(r"^(?:[^，,。:：]{0,12}?(?:要求|强调|提出|希望)[，,:：]|要[^求]|按照(?:有关|相关)?规定)")


_RE_TITLE_NOISE = re.compile(r"[\s。.;；,，:：“”\"]")


def _norm_title(t: str) -> str:
    return _RE_TITLE_NOISE.sub("", t or "")


# --- a notice in fixed sections ------------------------------------------------------
# 验收销号公示: "一、整改问题 （一）… 二、整改实施主体 三、重点措施 四、目标任务 五、完成时限 六、整改完成情况".
# The headings are field labels, not problems: the items of the problem section are the problems and the
# other sections are their fields.
# The labels are recognised as a set: a notice needs its problem section and at least two other labelled sections.
SECTION_LABELS = {
    # (gen18b: the same label said another way of the genre: "存在的主要问题", "发现的问题", "巡察发现的主要问题")
    "problems": re.compile(r"^(?:整改问题(?:内容)?|存在(?:的)?(?:主要)?问题|发现的(?:主要)?问题|反馈问题|问题描述|问题内容|具体问题|交办问题|整改任务(?:内容)?|问题清单"
                           r"|(?:(?:督察|巡视|巡察|审计)(?:组)?)?反馈(?:的)?(?:意见(?:建议)?|问题|意见问题)(?:内容)?"
                           # os19: the label naming the round or the inspection whose item it is: "第二轮省生态环境保护督察
                           # 反馈问题", "中央环境保护督察反馈意见整改任务" (a one-task notice's first section)
                           r"|(?:第[一二三四五六七八九十]{1,2}轮)?(?:中央|省级?|市级?|自治区)?(?:生态环境保护|环境保护|生态环保|环保)?"
                           r"督察(?:“回头看”)?反馈(?:的)?(?:意见)?(?:问题|整改任务)"
                           r"|(?:督察|巡视|巡察|审计)(?:发现|指出|反馈)(?:的)?(?:主要)?问题"
                           # (gen19: "主要问题及整改情况": the problem named with its rectification — levels)
                           r"|" + _PROBLEMS_AND_RECTIFICATION +
                           # the places found at fault, each its own problem: "一、点位的基本问题", "问题图斑基本情况"
                           r"|(?:问题)?(?:点位|图斑|地块)(?:的)?(?:基本)?(?:问题|情况)"
                           # bs20: a 销号 公示 of one petition handed down: "一、转办问题基本情况" over the complaint
                           r"|(?:转办|交办)(?:信访)?(?:问题|件)(?:的)?基本情况)$"),
    # "二、责任单位及整改时限": both fields under one heading, each with its label
    "units": re.compile(r"^(?:整改实施主体|整改主体|实施主体|责任主体|整改责任主体|责任单位|整改责任单位|牵头单位|整改单位)"
                        r"(?:(?:及|和|、)(?:整改|完成)?(?:时限|期限|时间))?$"),
    # ("四、整改措施及完成情况 （1）…（2）…": the measures, each with what it did)
    # ("三、整改措施落实情况 点位一：…": what was done for each item, in the order of the problems)
    "measures": re.compile(r"^(?:重点措施|整改措施|主要措施|具体措施|工作措施)(?:(?:及|和|、)?(?:完成|落实|进展)情况)?$"),
    "target": re.compile(r"^(?:目标任务|整改目标|工作目标)$"),
    # what the task demands of whom and by when: "二、整改要求" over "牵头单位 …" "配合单位 …" "整改时限…"
    "demands": re.compile(r"^(?:整改要求|工作要求|责任分工|任务分工)$"),  # (only over labelled units or deadline)
    "deadline": re.compile(r"^(?:完成时限|整改时限|整改期限|时限要求)$"),
    # (also the work named more loosely: "整改工作开展情况", "整改措施及成效", "主要整改措施", "整改落实情况及成效")
    "result": re.compile(r"^(?:整改完成情况|完成情况|整改情况|整改结果|整改成效|整改落实情况|整改进展情况|落实情况|(?:整改)?目标完成情况"
                         r"|(?:主要|具体)?整改(?:工作)?(?:开展|落实|推进|完成)?(?:情况|措施|举措|成效)(?:及(?:其)?(?:成效|效果|结果|完成情况))?)$"),
    # where the task stands, after what was done: "三、整改进展 目前，该问题整改持续推进中。"
    "progress": re.compile(r"^(?:整改进展|整改进度|进展情况|目前进展)$"),
    # the acceptance of the task: "四、验收意见 经验收组现场核查…同意验收销号"
    "acceptance": re.compile(r"^(?:验收意见|验收结论|核查意见|销号意见|验收销号意见|验收销号情况|验收情况)$"),
    # what comes next is part of the notice, not a problem nor what was done: "四、下一步持续深化整改措施"
    # ("四、存在的困难和下一步打算": the difficulties left, then the next steps)
    "next": re.compile(r"^(?:(?:存在的?(?:困难|问题|不足)(?:和|及|与))?下一?步[^。]{0,16}"
                       r"|(?:持续|巩固|深化|长效)[^。]{0,10}(?:措施|打算|计划|机制))$"),
}


# a paragraph of a notice's result section that states the outcome of the check, not a measure:
# "经监测，…该项任务已完成整改，达到整改目标要求。", "经县级验收，该问题已完成整改，达到销号条件。"
# a notice's verdict that its task(s) may be signed off: "该项任务已达到验收销号标准，拟予以销号", "已达到销号条件"
# (not "未达到销号标准的", "达到验收销号标准后")
# (also "经…组织验收，符合销号条件，现予以公示": the conditions met — not a rule, "符合销号条件的予以销号", nor "不符合")
RE_SIGNOFF_VERDICT = re.compile(r"(?<![未不没])已(?:经)?(?:全部)?达到(?:了)?(?:整改)?(?:验收)?销号(?:的)?(?:标准|条件|要求)"
                                r"|(?<![不未没是否])符合(?:了)?(?:整改)?(?:验收)?销号(?:的)?(?:标准|条件|要求)(?![的后])")
_ACCEPTED = re.compile(r"^(?:经[^。]{0,40}?(?:验收|核查|核实|监测|检查|评估|复核)|目前|截至[^。，,]{0,12}[，,])[^。]{0,80}?"
                       r"(?:已完成|完成整改|整改到位|达到|通过|销号|已整改)")


def _until_end(node):
    """The paragraphs under a notice's section up to the notice's end ("特此公示。", "公示期：…", "联系电话：…")."""
    for d in node.walk():
        if RE_NOTICE_END.match(d.text.strip()):
            return
        yield d


STATUS_LONG_TERM = re.compile(r"长期坚持|长期推进|常态化推进|长期整改")


# a top-level item that is a field: a short label, a colon and its value ("二、责任单位：区人民政府、市生态环境局")
_LABEL_VALUE = re.compile(r"^([^：:。，,；;“”]{2,12})\s*[：:]\s*(\S.*)$", re.S)


# A sign-off notice (验收销号意见/公示) whose numbered section labels run straight into their values, no colon between:
# "一、整改任务秸秆禁烧工作宣传力度不够…" "二、整改目标全县范围内杜绝…" "四、验收意见已完成整改,同意销号。" — the longest
# known label the section opens with is its label, the rest its value. Read only when the notice speaks of 销号 (a
# report's "一、整改任务全面完成" elsewhere is a sentence, not a label) and, as every labelled form, only when the
# problem section and two others are found.
def _glued_label(title: str) -> tuple[str, str, str] | None:
    """(section name, label, value) of a section heading whose label runs into its value, or None."""
    title = title.strip()
    for j in range(min(12, len(title) - 4), 1, -1):
        head, value = title[:j], title[j:].strip()
        if value[:1] in "：:，,。；;、)）" or len(value) < 6 or value.rstrip("。：: ").endswith("情况"):
            continue  # (a value is a statement: "二、整改任务完成情况" is one heading, no label and its value)
        for name, rx in SECTION_LABELS.items():
            if name in ("next", "demands"):
                continue  # (their patterns take free words; no glued value can be told from them)
            if rx.match(head):
                return name, head, value
    return None


# os19: a sign-off notice may open on a site's chrome line ("欢迎进入某市人民政府网站!") and name the sign-off only in its
# title or lead: "…第36项问题整改公示" / "…完成…问题整改,拟申请验收销号。现对…公示:". The text before the first
# numbered section (a few short paragraphs) naming a 公示 or a 销号 is the genre's signal.
RE_SIGNOFF_LEAD = re.compile(r"销号|(?:整改|完成|结果|办结)[^。\n]{0,8}公示|公示如下")


def _notice_lead(root) -> str:
    """The paragraphs before a notice's first numbered section (nothing when there are more than a few)."""
    lead = []
    for c in root.children:
        if c.marker is not None:
            break
        lead.append(c.text)
        if len(lead) > 6:
            return ""
    text = "\n".join(lead)
    return text if len(text) <= 400 else ""


# a 公示's closing lines: its period, the phone to call, the way to object
RE_NOTICE_TAIL = re.compile(r"(?m)^\s*(?:公示(?:时间|期限?|日期)\s*[:：]|监督电话|举报电话|(?:如|若)(?:对|有)[^。\n]{0,30}异议)")


def _sections_needed(doc_text: str, signoff: bool) -> int:
    """A labelled form needs its problem section and two others; a sign-off 公示 (a 公示 or 销号 lead, a 公示时间 or
    监督电话 tail: os19) names its genre itself, and its problem section and one other do (the third often printed
    "三:整改完成情况:", no marker)."""
    if signoff and ("公示" in doc_text or "电话" in doc_text) and RE_NOTICE_TAIL.search(doc_text):
        return 2
    return 3


def _signoff_lead(root) -> bool:
    return bool(RE_SIGNOFF_LEAD.search(_notice_lead(root)))


# os19: a one-task notice that announces the task done in its title or lead — "…整改结果公示", "…整改完成情况公示",
# "…已整改完成，…现将有关整改情况公示如下", "完成…问题整改，拟申请验收销号", "…并通过核查验收" — or whose result section
# is the work completed ("四、整改完成情况", "三、整改结果", "四、整改效果") in a 公示, or that gives the date it was
# completed ("六、整改完成时间。2021年9月"): its task is done (R94), unless the account says it goes on
# (res22: or the notice of the sign-off itself, "…整改 销号公示", "…验收销号情况的公示" — R94; a lead saying the check is
# still to come is RE_PENDING_LEAD's)
RE_DONE_NOTICE = re.compile(r"(?:整改结果|完成情况)的?公示|已(?:经)?(?:全部)?(?:整改完成|完成整改)|拟(?:申请)?(?:验收)?销号"
                            r"|通过(?:核查|现场)?验收|达到(?:验收)?销号(?:条件|标准)|销号\s*(?:情况)?的?\s*公示")
# (a result heading alone is not enough: its account says the work was finished — "已于…完成", "…竣工", "已经全部拆除" —
# not only names it, "（一）完成污水处理厂提标改造。", test_structure_session13)
RE_WORK_FINISHED = re.compile(r"已(?:经)?(?:于[^，,。；;]{1,14})?(?:全部)?(?:完成|建成|竣工|拆除|关闭|整改|达到)|竣工|建成投[用运]|完成了")
RE_PENDING_LEAD = re.compile(r"正在|尚未|待(?:验收|销号|核查)|未(?:完成|通过|达到)")
# (the bare label of R84's example, or one naming the round or level of the inspection; "一、督察反馈问题" keeps its
# category as test_real_genre_blind8 reads it — a conflict with R84 left to the lead)
RE_FED_BACK_LABEL = re.compile(r"^(?:(?:第[一二三四五六七八九十]{1,2}轮|中央|省|市|自治区)[^。，,]{0,24})?反馈(?:的)?(?:意见)?问题$")
RE_DONE_RESULT_HEADING = re.compile(r"(?m)^[一二三四五六七八九十]{1,2}\s*[、.．]\s*(?:整改)?(?:完成情况|结果|效果)\s*$")
RE_COMPLETED_ON = re.compile(r"(?m)^[一二三四五六七八九十]{1,2}、\s*(?:整改)?完成时间\s*[。:：]?\s*\d{4}\s*年")


def _fields_under_task(section):
    """ot19b: a notice whose task section is numbered ("一、第二轮…督察反馈问题" over its statement) and whose other sections
    sit under it as a two-column table's rows ("整改目标：…", "整改措施：…", "整改措施落实情况：(一)…" then "(二)…"): each
    row a labelled field of the genre (SECTION_LABELS, two rows at least) is a section of its own, with the paragraphs after
    it up to the next row; the task section keeps what comes before the first row. (task section, {name: section}) or
    None."""
    kids = section.children
    rows: list[tuple[int, str, str]] = []  # (child index, section name, value)
    for k, c in enumerate(kids):
        if c.marker is not None or c.para is None or ("：" not in c.text[:14] and ":" not in c.text[:14]):
            continue
        lv = _LABEL_VALUE.match(c.text.strip())
        if lv is None:
            continue
        name = next((n for n, rx in SECTION_LABELS.items() if rx.match(lv.group(1).strip())), None)
        if name is not None and name != "problems":
            rows.append((k, name, lv.group(2).strip()))
    if len(rows) < 2 or rows[0][0] == 0:
        return None
    task = Node(section.para, section.marker, section.parent, kids[: rows[0][0]])
    fields: dict[str, object] = {}
    for j, (k, name, value) in enumerate(rows):
        end = rows[j + 1][0] if j + 1 < len(rows) else len(kids)
        if name not in fields:
            host = Node(kids[k].para, None, section.parent, list(kids[k + 1: end]))
            fields[name] = _inline_section(host, value)
    return task, fields


def _inline_section(node, value: str):
    """A labelled item "一、整改任务：…" as a section without a heading: its value is its first paragraph."""
    first = Node(Para(value, node.pos), None)
    section = Node(Para(value, node.pos), None, node.parent, [first] + list(node.children))
    first.parent = section
    return section


# where a task stands, said in a sentence: "该项任务目前整改进度为基本完成", "整改状态为正在推进"
RE_STANDS_AT = re.compile(r"(?:整改进度|整改进展|整改状态|完成状态)(?:为|是)[:：]?\s*([^，,。；;]{2,10})")
# the labels of a notice's demands, each followed by its value after a colon, a space or nothing, the lines often run
# together: "牵头单位市自然资源和规划局配合单位市农业农村局、各镇人民政府整改时限2023年9月底前"
RE_DEMAND_LABEL = re.compile(r"(牵头单位|配合单位|责任单位|协办单位|整改时限|完成时限|整改期限)\s*[:：]?\s*")


def _demanded_fields(text: str) -> dict[str, list[str]]:
    """The units and deadline a demands section names by their labels (nothing when it opens with no label: demands
    told in sentences, "整改要求：一是…", name none)."""
    out: dict[str, list[str]] = {}
    labels = list(RE_DEMAND_LABEL.finditer(text))
    if not labels or labels[0].start() > 0:
        return out
    for m, end in zip(labels, [n.start() for n in labels[1:]] + [len(text)]):
        value = text[m.end():end].strip().strip("。；;，, ")
        if value:
            out.setdefault("deadline" if m.group(1).endswith(("时限", "期限")) else "units", []).append(value)
    return out


# a name masked in a copy ("(略)", "***", "XX"): no unit
RE_MASKED_NAME = re.compile(r"^[(（]?(?:略|\*+|[xX×]+)[)）]?$")


def _units_text(node, text_of) -> str:
    """The units a notice's units section names: its text, or, when it goes on item by item ("二、责任单位：某局 点位一：
    对…追责问责"; what each item demands), only its paragraphs before the first item; a masked name names none."""
    marked = [k for k, c in enumerate(node.children) if c.marker is not None]
    text = "".join(c.text for c in node.children[: marked[0]]) if marked else text_of(node)
    text = text.strip().strip("。")
    return "" if RE_MASKED_NAME.match(text) else text


RE_CHARGED_WITH_TASK = re.compile(r"(?:^|[\n。；;，,:：]|(?<=\d))\s*(?:由)?([^\s\d，,。；;、:：“”()（）]{2,20}?(?:局|委员会|委|办公室|办|政府|中心|管委会|公司))"
                                  r"(?:牵头)?负责的[^。\n]{0,40}?(?:第\s*[\d一二三四五六七八九十百]{1,4}\s*[项号]|整改任务|任务)")
# (searched over the whole notice: tried only within reach before each "负责的", not at every offset)
RE_CHARGED_WITH_TASK = NearAnchor(RE_CHARGED_WITH_TASK.pattern, "负责的", 1 + 40 + 2 + 2)


# A plan's task section is no field of a one-task notice (session 18, gen18b: a plan "一、总体要求 二、整改目标 三、整改
# 任务 四、保障措施" given one more labelled section, "下一步工作打算" or "整改工作开展情况", has the three a notice has):
# - its items, at any depth ("（一）水污染防治方面 1.…"), carry their own fields: "整改时限：…", "责任单位：…" under two
#   or more of them — a list of tasks, each with its units and date, not one task whose demands sit in other sections;
# - it tells no task but where they are listed: "三、整改任务 （详见附件《…整改任务清单》）".
# (a notice's one problem may carry its own "（责任单位：…）" line: one item with fields is still a notice's)
RE_LISTED_IN_ANNEX = re.compile(r"^[(（]?\s*(?:具体|详细)?(?:(?:整改)?(?:任务|问题|内容)\s*)?(?:详见|参见|见)\s*(?:附件|附表|清单|《)")
_OWN_TASK_FIELDS = {"units", "co_units", "deadline"}


def _tasks_listed_elsewhere(section) -> bool:
    marked = [c for c in section.children if c.marker is not None]
    if not marked:
        told = "".join(c.text for c in section.children if c.text.strip()).strip()
        return bool(told) and len(told) <= 80 and bool(RE_LISTED_IN_ANNEX.match(told))
    carrying = 0
    for item in (d for d in section.walk() if d.marker is not None and d is not section):
        own = [item.text] + [c.text for c in item.children if c.marker is None]
        if any(f in _OWN_TASK_FIELDS and v.strip() for line in own for f, _l, v in split_fields(line.strip())):
            carrying += 1
            if carrying >= 2:
                return True
    return False


# os19: a one-task notice's statement opening on the task's own number as its label: "{编号364(35-11)}:…",
# "编号12：…", "（序号5）…：" (the bracketed "(35-11)" after it a cross-reference to the feedback's item, not the number)
RE_OWN_NUMBER_LABEL = re.compile(r"^\s*[{【\[(（]?\s*(?:编号|序号|问题编号)\s*(\d{1,4})\s*(?:[(（]\s*\d{1,3}\s*[-—－]\s*\d{1,3}\s*[)）])?"
                                 r"\s*[}】\])）]?\s*[:：]\s*")


def _before_work(doc_text: str, sections) -> int:
    """Where a notice's account of its work begins (its measures or result section): a task number is said before."""
    cut = len(doc_text)
    for name in ("measures", "result"):
        if name in sections:
            at = doc_text.find(sections[name].text.strip()[:20]) if sections[name].text.strip() else -1
            if at > 0:
                cut = min(cut, at)
    return cut


# os19: a notice's measures "（一）…。（二）…。（三）…" run together on one line: each bracketed number, in sequence from
# （一） at the line's start and each later one after a full stop, opens one item (not "（二）" quoted inside a sentence)
RE_PAREN_CN_AFTER_STOP = re.compile(r"(?:^|(?<=[。；;]))\s*[(（]([一二三四五六七八九十]{1,2})[)）]")


RE_COLON_NUMBERED_LABEL = re.compile(r"^[一二三四五六七八九十]{1,2}\s*[:：]\s*([^:：。，,]{2,12}?)\s*[:：]?$")
RE_COLON_NUMBERED_LABEL_RUN = re.compile(r"^[一二三四五六七八九十]{1,2}\s*[:：]\s*([^:：。，,\s]{2,12}?)\s*[:：]\s*(\S.*)$", re.S)


def _paren_items_run_together(text: str) -> list[tuple[int, str]]:
    """[(number, text)] of the （一）（二）… items a line runs together, or [] when it opens no such run."""
    if "（二" not in text and "(二" not in text:
        return []
    found = [m for m in RE_PAREN_CN_AFTER_STOP.finditer(text)]
    if not found or found[0].start() != 0:
        return []
    items, expected = [], 1
    for k, m in enumerate(found):
        if cn_to_int(m.group(1)) != expected:
            return []
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        items.append((expected, text[m.end():end].strip()))
        expected += 1
    return items if len(items) >= 2 and all(len(t) >= 4 for _n, t in items) else []


# the sentence telling a shortcoming (not "2021年10月，督察组对某市开展督察，并于…反馈督察意见", the round's account)
RE_SHORTCOMING_HINT = re.compile(r"[不未无]|缺|差|滞后|薄弱|问题|突出|超标|直排|违规|违法")


# one19: a one-task notice cut short (a page's excerpt, a preview) keeps its task's section and the one after it
# ("一、整改任务 <the task> 二、整改目标 …" / "二、责任单位 …" and nothing more): two of its labelled sections are enough
# when the notice names itself one in its first lines (公示 / 销号 / 验收 / 情况说明 / 整改任务 / 反馈问题第N项) and the
# task's section holds one statement in at most three paragraphs (one of them numbered at most) — not a report's "一、存在问题 1.… 2.…
# 二、整改措施" (numbered problems), nor a page whose head says nothing of a notice of one task.
RE_EXCERPT_HEAD = re.compile(r"公示|销号|验收|情况说明|完成情况的说明|整改任务[(（]|反馈问题第|第\s*[\d一二三四五六七八九十]{1,3}\s*项")


# (the lead's verdict on the one task: done and accepted — not "尚未完成整改", "未通过验收")
RE_LEAD_DONE = re.compile(r"(?<![未不没尚])(?:已(?:按[^。，,；;]{0,16})?(?:全部)?完成(?:了)?整改|已整改完成|已整改到位)"
                          r"|(?<![未不没])通过(?:了)?[^。，,；;未不]{0,8}验收|同意(?:验收)?销号")


# a count of the tasks or problems a report covers ("整改任务21项", "问题共30个", "18个问题"): a report of many, not one
RE_MANY_COUNTED = re.compile(r"(?:任务|问题|事项)(?:共|总计|合计)?\s*\d+\s*[项个条件]|(?<![第序号\d])\d+\s*[项个条件](?:整改)?(?:任务|问题|事项)"
                             r"|第\s*[\d一二三四五六七八九十]{1,3}\s*[、,，和及至-]\s*[\d一二三四五六七八九十]{1,3}\s*项")


def _many_counted(head: str) -> bool:
    """A count of tasks in a notice's head (RE_MANY_COUNTED) — but not the notice's own task number said again without its
    第 (ot19b: "…反馈问题第36项问题整改公示" then "完成…反馈问题36项问题整改": the figure the head numbers its task by
    counts nothing)."""
    numbered = RE_TASK_NUMBER.search(head)
    own = re.sub(r"\D", "", numbered.group(0)) if numbered else ""
    for m in RE_MANY_COUNTED.finditer(head):
        if not own or re.sub(r"\D", "", m.group(0)) != own:
            return True
    return False


def _one_task_excerpt(section, doc_text: str) -> bool:
    head = doc_text.lstrip()[:400]
    first = head.split("\n", 1)[0]
    # the notice names itself in its first line (its title, or a lead standing for it: "…(序号32)整改销号情况公示如下"),
    # or names its one task's number in its head; a report's lead may say 销号/验收 of its many tasks
    # (ot19b: or the excerpt opens on the task's section itself, "一、反馈问题" over its one statement and "二、整改目标"
    # after it — a page copied from its first section on, no title or lead left to name it; the section is no list)
    para = getattr(section, "para", None)
    opens_on_task = getattr(section, "marker", None) is not None and para is not None and first.strip() == para.text.strip()
    if not (RE_EXCERPT_HEAD.search(first) or RE_TASK_NUMBER.search(head) or opens_on_task) or "报告" in first:
        return False
    if _many_counted(head):
        return False  # (a report of several tasks: "整改任务21项，已完成整改14项", "第5、6、7项整改任务")
    if sum(1 for c in section.children if c.marker is not None) > 1:
        return False  # (one numbered line is the task named by its number: "第43项：部分矿山…")
    texts = [c for c in section.children if c.text.strip()]
    return 1 <= len(texts) <= 3


# bs20: a petition's complaint under the one-task notice's problem section ("一、转办问题基本情况 / 投诉人反映：X。Y。希望相关
# 部门查处。"): the statement is what was complained of — without who complained (the lead up to 反映) and without the
# closing plea to the authorities ("希望…查处", "请求…处理"), which asks for action and states nothing wrong.
RE_COMPLAINT_LEAD = re.compile(r"^\s*(?:投诉人|举报人|来信人|来电人|信访人|群众|信访件)(?:来信|来电|信访)?反映\s*[:：，,]\s*")
RE_COMPLAINT_PLEA = re.compile(r"(?:^|(?<=[。；;]))\s*(?:希望|请求|恳请|要求)[^。]{0,30}(?:查处|处理|解决|调查|整治|关停)[^。]{0,10}[。！!]?\s*$")


def _complaint_statement(text: str) -> str | None:
    lead = RE_COMPLAINT_LEAD.match(text)
    if lead is None:
        return None
    body = text[lead.end():]
    plea = RE_COMPLAINT_PLEA.search(body)
    return (body[:plea.start()] if plea else body).strip().rstrip("。；; ") or None


# audit24: the fields of one problem told inside a notice's own section, each label closed by a full stop instead of a
# colon: "二、问题整改情况 （一）问题描述。根据审计报告反馈，市某局…。（二）整改情况。…（三）整改结果。已完成整改。"
_LABEL_STOP_VALUE = re.compile(r"^([^：:。，,；;“”]{2,8})。\s*(\S.*)$", re.S)


def labelled_sections_candidate(root, doc_text: str = "", tail: str = "", stop_labels: bool = False) -> Candidate | None:
    """A notice in fixed labelled sections; ``tail`` is the page's closing lines (its 公示时间, its phone), kept out of
    the body. ``stop_labels``: ``root`` is one section of a notice, whose items may be labels closed by "。"."""
    # the sections are the top level of the notice, whichever numbering it uses (一、 or （一）)
    levels = sorted({c.level for c in root.children if c.marker is not None})
    sections: dict[str, object] = {}
    # (a label run into its value is read only in a notice of a sign-off: see _glued_label)
    # (the notice names the sign-off in its title, the text's first line: not a report's "实行台账管理、对账销号")
    signoff = "销号" in doc_text.lstrip()[:160].split("\n", 1)[0] or _signoff_lead(root)
    glued_category: dict[str, str] = {}
    inline = False  # a form whose sections are short labels followed by a colon and their value: "一、整改任务：…"
    again: list = []  # a second section of a kind already met ("二、整改落实情况" then "三、整改成效")
    pair = None  # the problem's section and one other at a level (an excerpt of a one-task notice: _one_task_excerpt)
    needed = _sections_needed(tail or doc_text, signoff)
    for level in levels[:2]:
        sections = {}
        glued_category = {}
        inline = False
        again = []
        for t in (c for c in root.children if c.marker is not None and c.level == level):
            title = heading_title(t).strip()
            lv = _LABEL_VALUE.match(t.text.strip())
            stopped = _LABEL_STOP_VALUE.match(t.text.strip()) if stop_labels and lv is None else None
            if stopped:  # (its heading is the label alone: the label with its value, as "标签：内容")
                lv, title = stopped, ""
            for name, rx in SECTION_LABELS.items():
                if name == "demands" and rx.match(title) and not _demanded_fields("".join(d.text for d in t.walk())):
                    break  # a plan's "五、工作要求 （一）压实整改责任…": demands told in sentences are no field of a task
                if rx.match(title):
                    if name in sections:
                        if name != "problems":  # (a second problem section is another task's, not this one's field)
                            again.append(t)
                        break
                    sections[name] = t
                    break
                if lv and rx.match(lv.group(1).strip()) and name not in sections:
                    sections[name] = _inline_section(t, lv.group(2).strip())
                    inline = True
                    break
                if stopped and rx.match(lv.group(1).strip()) and name != "problems":
                    again.append(_inline_section(t, lv.group(2).strip()))  # ("（三）整改结果。已完成整改。" after 整改情况)
                    break
            else:
                glued = _glued_label(title) if signoff else None
                if glued and glued[0] not in sections:
                    sections[glued[0]] = _inline_section(t, glued[2])
                    glued_category[glued[0]] = glued[1]
                    inline = True
        if "problems" in sections and len(sections) + len(again) < needed and sections["problems"].marker is not None:
            unfolded = _fields_under_task(sections["problems"])
            if unfolded is not None and len(set(sections) | set(unfolded[1])) + len(again) >= needed:
                sections = {**unfolded[1], **sections, "problems": unfolded[0]}
                inline = True
        if "problems" in sections and len(sections) + len(again) >= needed:
            break
        if "problems" in sections and len(sections) + len(again) == 2 and pair is None and sum(
                1 for c in root.children if c.marker is not None and c.level == level) == 2:
            # (the excerpt holds those two sections only: a full notice with a third section no label knows, "三、整改
            # 结论", is read as it was)
            pair = (sections, glued_category, inline, again)
    if ("problems" not in sections or len(sections) + len(again) < needed) and pair is not None and _one_task_excerpt(
            pair[0]["problems"], doc_text):
        sections, glued_category, inline, again = pair
    elif "problems" not in sections or len(sections) + len(again) < needed:
        return None
    if _tasks_listed_elsewhere(sections["problems"]):
        return None

    def items(node) -> list:
        return [c for c in node.children if c.marker is not None]

    def text_of(node) -> str:
        return "".join(d.text for d in _until_end(node)).strip()

    section = sections["problems"]
    heads = items(section)
    single = None  # "一、问题内容" over unnumbered paragraphs: the notice's one problem, titled by the first
    more: list[str] = []
    if not heads:
        texts = [c for c in section.children if c.marker is None and c.text.strip()]
        if not texts or len(texts) > 3:
            return None
        single = texts[0]
        heads = [single]
        more = [c.text.strip() for c in texts[1:]]
    category = None if section.marker is None else heading_title(section)  # (a label with its value is no category)
    if category is None and glued_category.get("problems"):
        # (but a label run into its value is printed as the section's heading: "一、整改任务秸秆禁烧…" → 整改任务)
        category = glued_category["problems"]
    if category is None and inline and section.marker is None:
        # bs20 (C17, the label side): a one-task notice's numbered label with its value, "一、整改问题：生活垃圾…", is read
        # as a field, but its label names the task as the unnumbered one does (ks19, R83): 整改问题/整改任务/整改事项 is
        # the category; other labels ("一、反馈问题：…", "一、问题描述：…") stay fields (R84)
        orig = next((c for c in root.children if c.marker is not None and c.pos == section.pos), None)
        lv = _LABEL_VALUE.match(heading_title(orig).strip()) if orig is not None else None
        # (task25: or a petition's section so labelled, "一、转办问题基本情况：…" — C17's label side, as blind36
        # ganzhouxinwen's section over the complaint)
        if lv and (lv.group(1).strip() in ("整改问题", "整改任务", "整改事项") or RE_HANDED_CASE_SECTION.fullmatch(lv.group(1).strip())):
            category = lv.group(1).strip()
    if single is not None and not more and section.marker is None:
        # "一、存在问题：经自查，发现以下问题：1.…；2.…；3.…": the field lists its problems inline, one problem each
        listed = inline_items(single.text)
        lead = single.text[: listed[0][0]] if listed else ""
        if len(listed) >= 2 and RE_INLINE_LEAD.search(lead) and not RE_INLINE_LEAD_NOT.search(lead):
            bounds = [a for a, _n, _s in listed[1:]] + [len(single.text)]
            heads = []
            for (a, n, start), end in zip(listed, bounds):
                title = _item_title(single.text[start:end])
                if title:
                    heads.append(Node(single.para, Marker(LEVEL_ARABIC, n, "", title), section))
            if len(heads) >= 2:
                single = None
            else:
                heads = [single]
    title_of = {}
    if single is not None:
        # one task, one notice: the problem is the feedback the paragraph quotes ("…其中第7项问题指出：“…”"), not the
        # sentence about the inspection round (the section's label stays its category, as the labelled notices have it)
        # (or the paragraph after one about the round: "2021年10月，…反馈督察意见。" then "其中第7项问题指出：“…”")
        said = said_statement(single.text)
        for k, later in enumerate(more):
            if said:
                break
            said = said_statement(later, opening=False)
            if said:
                more = more[k + 1:]
        if not said:
            said = _complaint_statement(single.text)
        if said and len(said.strip("。 ")) >= 8:
            title_of[id(single)] = said
    units = split_units(_units_text(sections["units"], text_of)) if "units" in sections else []
    deadline = clean_deadline(text_of(sections["deadline"])) if "deadline" in sections else None
    if "units" in sections:  # "牵头单位：区国资委。整改时限：2024年3月底。": the section's own labelled fields
        fielded = [(f, lab, v.strip().strip("。；;，, ")) for f, lab, v in split_fields(text_of(sections["units"])) if f]
        labelled = [(f, v) for f, _l, v in fielded]
        if labelled:
            units = []
            for f, _l, v in fielded:
                if f == "units" and v:
                    units.extend(u for u in split_units(v) if u not in units)
            units = with_co_units(units, [v for f, _l, v in fielded if f == "co_units" and v],
                                  any(f == "units" and names_duty(lab) for f, lab, _v in fielded))
            deadline = deadline or next((clean_deadline(v) for f, v in labelled if f == "deadline" and v), None)
    if "demands" in sections:  # "牵头单位 区国资委" "整改时限2024年3月底": the demands' own labelled lines
        demanded = _demanded_fields(text_of(sections["demands"]))
        if demanded.get("units"):
            units = units or split_units("、".join(demanded["units"]))
        if demanded.get("deadline"):
            deadline = deadline or clean_deadline(demanded["deadline"][0])
    if "progress" in sections and "result" not in sections and "measures" not in sections:
        # syn22: a notice whose only account of the work is labelled 整改进展 / 进展情况 (the class of 完成情况 / 整改落实
        # 情况: the genre prints any of them over what was done and where it stands) tells what was done there
        sections = dict(sections, result=sections["progress"])
    result_text = text_of(sections["result"]) if "result" in sections else ""
    status = status_of(result_text) or ("done" if result_text and re.search(r"经核查|已通过|验收合格|达到.*要求", result_text) else None)
    if status is None and "progress" in sections:
        status = status_of(text_of(sections["progress"]))
    if status is None and "acceptance" in sections:  # "该整改任务已按要求完成，同意验收销号"
        accepted = text_of(sections["acceptance"])
        # the verdict first: "…通过验收，同意销号。…在整改推进中，…" tells how it was done after the verdict
        status = "done" if re.search(r"同意(?:验收)?销号|验收合格|通过验收", accepted) else status_of(accepted)
    measure_nodes = items(sections["measures"]) if "measures" in sections else []
    if "measures" not in sections and "result" not in sections and "acceptance" in sections:
        # one19: "三、验收情况 1.…清运… 2.…复绿…": the work the acceptance found done, item by item, where no section
        # tells the measures or the work (an acceptance told in a sentence, "经验收…同意销号", has no items: no measure)
        measure_nodes = items(sections["acceptance"])
    told = None  # a section of what was done without numbered items: its paragraphs, split as a problem's body
    if ("measures" not in sections and "result" not in sections and "acceptance" in sections and not measure_nodes
            and text_of(sections["acceptance"])):
        # (its paragraphs when unnumbered, "一是…二是…" or one account; the verdict's own lines are left out below)
        told = sections["acceptance"]
    if "measures" in sections and not measure_nodes and text_of(sections["measures"]):
        told = sections["measures"]
    if "measures" not in sections and "result" in sections:
        measure_nodes = items(sections["result"])  # "四、整改完成情况 1.新建… 2.委托…": what was done, item by item
        if not measure_nodes and result_text:
            told = sections["result"]  # "一是…二是…三是…" in a paragraph, or one undivided paragraph (one measure)
    told_measures = []
    if told is not None:
        body = [BodyItem(d.text, d.pos) for d in _until_end(told) if d.text.strip() and not _ACCEPTED.search(d.text)]
        if body or told is not sections.get("acceptance"):  # (an acceptance that is only its verdict: no measure)
            told_measures, _notes, _numbering = split_measures(body or [BodyItem(text_of(told), told.pos)])
    if told is None and not measure_nodes and "measures" not in sections and "result" not in sections:
        # os19: the result section printed with a colon for its mark, "三:整改完成情况:", falls under the section before:
        # its paragraphs after it (not "下一步，…", what comes next, R98) tell what was done
        for owner in sections.values():
            kids = list(owner.children)
            at = next((k for k, c in enumerate(kids) if c.marker is None and RE_COLON_NUMBERED_LABEL.match(c.text.strip())
                       and SECTION_LABELS["result"].match(RE_COLON_NUMBERED_LABEL.match(c.text.strip()).group(1))), None)
            run_on = None
            if at is None:
                # mix20: the label's line break lost, its value run on after it ("三:整改完成情况: 2025年1月2日,…验收…"):
                # the value opens what was done
                at = next((k for k, c in enumerate(kids) if c.marker is None and (run_on := RE_COLON_NUMBERED_LABEL_RUN.match(
                    c.text.strip())) and SECTION_LABELS["result"].match(run_on.group(1))), None)
            if at is None:
                continue
            done = [BodyItem(run_on.group(2), kids[at].pos)] if run_on is not None and not run_on.group(2).startswith("下一步") else []
            for c in kids[at + 1:]:
                if c.marker is not None or RE_NOTICE_END.match(c.text.strip()) or c.text.strip().startswith("下一步"):
                    break
                if c.text.strip():
                    done.append(BodyItem(c.text, c.pos))
            if done:
                told_measures = split_measures(done)[0]
                told = owner
                result_text = result_text or "".join(b.text for b in done)
            break
    if status is None and again:  # "三、整改成效 …经核查，该问题已完成整改。": the outcome told in a section of its own
        status = next((st for st in (status_of(text_of(a)) for a in again) if st), None)
    if status is None and RE_SIGNOFF_VERDICT.search(doc_text):
        # the verdict said before the sections: "经现场核查、资料审核，该项任务已达到验收销号标准，拟予以销号。"
        status = "done"
    if status is None and pair is not None and sections is pair[0]:
        # one19: an excerpt's account of what was done may be cut away; the lead before the task's section says where
        # the task stands: "…整改任务（序号十）已按整改方案要求完成整改，并通过市级验收。" / "…第43项已整改完成,并通过核查验收"
        # (the lead: the text before the task's statement, its first paragraph under the section)
        said = next((c.text.strip() for c in sections["problems"].children if c.text.strip()), "")
        at = doc_text.find(said[:16]) if said else -1
        lead = RE_LEAD_DONE.search(doc_text[:at]) if at > 0 else None
        status = "done" if lead else None
    if status is None and "next" in sections:
        # "该项任务目前整改进度为基本完成，需长期坚持": where the task stands, stated among the next steps
        stated = RE_STANDS_AT.search(text_of(sections["next"]))
        status = status_of(stated.group(1)) if stated else None
    if status is None and "next" in sections:  # "按照“长期坚持”的整改要求，…": the next steps say it goes on
        status = "long_term" if STATUS_LONG_TERM.search(text_of(sections["next"])) else None
    if status is None and single is not None and not RE_STILL_GOING.search(result_text):
        lead_text = doc_text.split("\n", 1)[0] + "\n" + _notice_lead(root)
        # (not when the lead says the check is still to come: "该项任务正在组织验收，现将有关情况公示如下")
        if not RE_PENDING_LEAD.search(lead_text) and (
                RE_DONE_NOTICE.search(lead_text) or RE_COMPLETED_ON.search(doc_text)
                or (RE_DONE_RESULT_HEADING.search(doc_text) and "公示" in doc_text and RE_WORK_FINISHED.search(result_text or doc_text))):
            status = "done"
    if single is not None and category and RE_FED_BACK_LABEL.search(category):
        category = None  # os19: "一、反馈问题", "一、第二轮省生态环境保护督察反馈问题": a field label, no heading (R84)
    if not units and len(heads) == 1 and "负责的" in doc_text:
        # a one-task notice with no unit section names the body charged with the task in its lead: "市生态环境局牵头
        # 负责的省委生态环境保护督察整改任务第43项已整改完成" (the body answering for that task: its unit; the lead may
        # follow the page's date line run into it: "发表时间:2023-01-09市…局牵头负责的…")
        charged = RE_CHARGED_WITH_TASK.search(doc_text)
        if charged:
            units = [charged.group(1)]
    problems = []
    for k, h in enumerate(heads):
        seq = h.marker.number if h.marker is not None else None
        title = title_of.get(id(h), h.text)
        own_number = RE_OWN_NUMBER_LABEL.match(title) if single is not None else None
        if own_number:  # os19: "{编号364(35-11)}:饮用水水源保护不力。": the task's number labels its statement
            title, seq = title[own_number.end():], int(own_number.group(1))
        elif single is not None or seq == 0:  # its number is the task's: "反馈我县的第15项问题" ("巡视反馈指出：“…”" has none)
            # (os19: said before what was done — "（一）关于第1项整改措施落实情况" numbers a measure, not the task)
            m = RE_TASK_NUMBER.search(doc_text[:_before_work(doc_text, sections)])
            seq = (int(m.group(1)) if m.group(1).isdigit() else cn_to_int(m.group(1))) if m else None
        lead = RE_FED_BACK_LEAD.match(title) if len(heads) == 1 and "“" in title else None
        inner = quoted_from(title, lead.end()) if lead else None
        if inner and len(inner.strip("。 ")) >= 4:  # "督察反馈意见第7项指出：“…。”": the quoted feedback is the problem
            title = inner
        p = ParsedProblem(seq=seq, title=_clean_title(title), category=category, status=status,
                          position=h.pos, deadline=deadline)
        p.responsible_units = list(units)
        if len(heads) == 1:  # the one problem's own lines: "（责任单位：…）", "整改时限：…"
            co_values: list[str] = []
            duty_named = False
            for line in ([d.text for d in h.walk()] if h.marker is not None else more):
                for fname, lab, value in split_fields(line.strip().strip("()（）")):
                    value = value.strip().strip("。；;，, ")
                    if fname == "co_units" and value and "units" not in sections:
                        co_values.append(value)
                    elif fname == "units" and value and "units" not in sections:
                        duty_named = duty_named or names_duty(lab)
                        p.responsible_units.extend(u for u in split_units(value) if u not in p.responsible_units)
                    elif fname == "deadline" and value and p.deadline is None:
                        p.deadline = clean_deadline(value)
            if co_values:
                p.responsible_units = with_co_units(p.responsible_units, co_values, duty_named)
            if (not p.responsible_units or p.deadline is None) and "units" not in sections and "deadline" not in sections:
                # res22: the notice's lead assigning its one task in sentences, before the sections: "该项任务由A牵头整改，
                # B、C配合，整改时限为2024年10月底前。" (the sentences a list's item assigns its problem in, st21)
                lead_text = _notice_lead(root)
                if "由" in lead_text or "时限" in lead_text or "期限" in lead_text:

                    _assignment_fields(p, lead_text.replace("\n", "。"), duties_only=True)
        if single is not None:
            p.notes.extend(more)  # the problem's description, after its first paragraph
        # one measure item per problem when they pair up, otherwise every problem shares them
        mine = [measure_nodes[k]] if len(measure_nodes) == len(heads) > 1 else measure_nodes
        if told is not None:  # the section's own unnumbered paragraphs, split as a problem's body
            p.measures = list(told_measures)
        elif len(mine) == 1:
            # one item: one measure, or the items its paragraph runs together (一是…四是, ①…④)
            body = [BodyItem(t, mine[0].pos) for t in [mine[0].para.text] + [d.text for d in mine[0].walk()] if t.strip()]
            p.measures = split_measures(body)[0] if body else []
            if len(p.measures) < 2:
                run = _paren_items_run_together(mine[0].para.text) if mine[0].para is not None else []
                if len(run) >= 2:  # os19: "（一）…。（二）…。（三）…" printed on one line: one measure each
                    p.measures = [_measure_from(t, n, mine[0].pos) for n, t in run]
            if len(p.measures) < 2:
                m = mine[0]
                p.measures = [_measure_from(m.text if m.marker is not None else text_of(m),
                                            m.marker.number if m.marker else None, m.pos)]  # "（一）…": its number
        else:
            p.measures = [_measure_from(m.text if m.marker is not None else text_of(m), m.marker.number if m.marker else None,
                                        m.pos) for m in mine]
        problems.append(p)
    return Candidate("notice", problems, heads, {"labelled_sections": 1.0},
                     f"“{category}”一栏" if category else "各栏为“标签：内容”")


# ---- problems listed inline in one paragraph (round 3) ----------------------------------------------------------
# A lead stating that problems (shortcomings) were found, then its items run together in the paragraph or the next one:
# "检查发现存在以下问题：1、…；2、…。", "对工作的不足作了剖析。一是…。二是…", "发现以下两处问题：其一，…；其二，…",
# "（1）…（2）…", "①…②…", "第一，…第二，…". The lead's last sentence must name problems and must not be a demand, a
# plan or a report of what was done (整改要求：一是…, 下一步…一是…, 现将整改情况报告如下：1、…).
# (task25: or a check's own label of what it found, the items run into it: "检查发现：一是…；二是…" — gzdf)
RE_INLINE_LEAD = re.compile(r"问题|不足|短板|差距|薄弱|缺点|缺陷|隐患|毛病|失误|(?:检查|督查|督察|巡查|暗访|抽查|核查)发现$")
RE_INLINE_LEAD_NOT = re.compile(
    r"要求|措施|下一步|建议|做法|举措|计划|打算|将要|经验|成效|亮点|优点|整改(?:情况|如下|结果|进展|工作|落实)|目标|任务|意见|"
    r"已(?:经)?(?:整改|完成|解决)|报告如下|部署|安排")
# the whole lead sentence says whose problems and what they are: a feedback news item naming the areas a 巡察/巡视
# found in another body ("巡察组反馈指出，该单位存在以下四个方面的问题：一是…"), or a progress summary's remaining
# weaknesses ("整改工作取得明显进展，但仍然存在一些薄弱环节。一是…") — neither is a problem list
RE_INLINE_SENTENCE_NOT = re.compile(r"巡察|巡视|反馈|(?:几|[一二三四五六七八九十两\d]+)(?:个|大)?方面|取得|成效|进展|成绩")
# a clause giving what the check was based on ("根据县委巡察组反馈意见，", "按照督导组反馈要求，") says nothing of whose
# problems follow: a body reporting its own ("经自查，我院主要存在以下问题：一是…") is not a news item on a feedback
RE_BASIS_CLAUSE = re.compile(r"^\s*(?:根据|按照|依据|对照|结合)[^，,。；;]{2,40}?(?:意见|要求|反馈|通知|部署|精神|清单)[^，,。；;]{0,6}[，,]")


# a body examining itself: "经认真查摆，本人存在以下几方面不足", "经自查，我所…" — its aspects are its own problems
RE_SELF_EXAMINED = re.compile(r"(?:经|通过)[^，,。]{0,6}(?:自查|查摆|对照检查|剖析|梳理)|本人|我(?:局|院|校|所|镇|乡|街道|村|单位|支部|公司|中心|委|办)")
RE_INLINE_SENTENCE_NOT_SELF = re.compile(r"巡察|巡视|反馈|取得|成效|进展|成绩")


def _whole_sentence_named(before: str) -> bool | None:
    """The lead's whole sentence, its basis clause left out, tells of a feedback or of progress (not a problem list):
    True; None when only the aspects a body found in itself are named (its items are problems if they say what is
    wrong, "一是理论学习不够深入", and not when they only name the areas, "一是理论学习；二是作风建设")."""
    whole = RE_BASIS_CLAUSE.sub("", _lead_whole_sentence(before))
    if not RE_INLINE_SENTENCE_NOT.search(whole):
        return False
    if RE_SELF_EXAMINED.search(whole) and not RE_INLINE_SENTENCE_NOT_SELF.search(whole):
        return None
    return True


RE_SAYS_WRONG = re.compile(r"[不未无缺差弱低少慢乱难]")
RE_INLINE_QI = re.compile(r"其([一二三四五六七八九十]{1,2})\s*[,，、:：]")
RE_INLINE_DI = re.compile(r"(?<![\d一二三四五六七八九十])第([一二三四五六七八九十]{1,2})\s*[,，、:：]")
RE_INLINE_DI = Needles(RE_INLINE_DI)  # (tried only in a text holding a literal every match reads)


def _sequential(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items numbered 1, 2, 3 … in order from the first 1 (a repeated or skipped number ends the run)."""
    out: list[tuple[int, int]] = []
    for at, n in found:
        if n == len(out) + 1:
            out.append((at, n))
        elif out:
            break
    return out


def _cn_items(rx: re.Pattern, text: str) -> list[tuple[int, int, int]]:
    return [(m.start(), cn_to_int(m.group(1)) or 0, m.end()) for m in rx.finditer(text)]


def _cut_single_item(text: str) -> list[tuple[int, int, int]]:
    """ks20: a later run of a paragraph's inline items ("…下降15%。个人零售业务主要问题集中在…环节:其一,客户信息录入不规范,
    …7份系统") that the copy cuts inside its first item: one item, "其一"/"一是", when the paragraph stops with no closing
    mark (a cut copy, R25) — a run of one in a whole paragraph is no run."""
    if not text or text.rstrip()[-1:] in "。！!？?；;”」）)…." or ("其一" not in text and "一是" not in text):
        return []
    firsts = [f for f in _cn_items(RE_INLINE_QI, text) if f[1] == 1]
    firsts += [(a, n, a + len(_int_cn(n)) + 1) for a, n in find_xs_items(text) if n == 1]
    if not firsts:
        return []
    first = min(firsts)
    return [first] if len(text) - first[2] >= 10 else []


def inline_items(text: str) -> list[tuple[int, int, int]]:
    """(marker start, number, text start) of the first run of items 1…n (n ≥ 2) inline in ``text``, of one family."""
    runs: list[list[tuple[int, int, int]]] = []
    xs = _sequential(find_xs_items(text))
    runs.append([(a, n, a + len(_int_cn(n)) + 1) for a, n in xs])
    for finder in (find_inline_numbered, find_inline_paren):
        got = _sequential(finder(text))
        ends = []
        for a, n in got:
            m = re.match(r"[(（]?\d{1,2}\s*[.．、)）]", text[a:])
            ends.append((a, n, a + (m.end() if m else 1)))
        runs.append(ends)
    runs.append([(a, n, a + 1) for a, n in _sequential(find_circled(text))])
    runs.append(_glued_digit_items(text))
    for rx in (RE_INLINE_QI, RE_INLINE_DI):
        found = _cn_items(rx, text)
        seq = _sequential([(a, n) for a, n, _ in found])
        runs.append([f for f in found if (f[0], f[1]) in seq])
    runs = [r for r in runs if len(r) >= 2]
    return min(runs, key=lambda r: r[0][0]) if runs else []


# items numbered by a bare digit glued to their text, the first after a colon and each next after a semicolon:
# "主要发现以下问题: 1三河中小学家属院…; 2建新街绿化带内…; 3…" (no "." or "、": lost in the copy, or never typed) —
# not a count ("问题:1家企业…;2处…": a measure word after the digit)
RE_GLUED_DIGIT_ITEM = re.compile(r"([:：;；])[ 　]?([1-9])(?=[\u4e00-\u9fff])(?![家个处项条名人次年月日号元万千百天座件台辆户所起批份位支])")


def _glued_digit_items(text: str) -> list[tuple[int, int, int]]:
    """(digit, number, text start) of a run 1, 2, 3 … (at least three) of digit-glued items, or []."""
    if "1" not in text:
        return []
    out: list[tuple[int, int, int]] = []
    for m in RE_GLUED_DIGIT_ITEM.finditer(text):
        n = int(m.group(2))
        if n == len(out) + 1 and (out or m.group(1) in ":："):
            out.append((m.start(2), n, m.end(2)))
        elif out:
            break
    return out if len(out) >= 3 else []


def _int_cn(n: int) -> str:
    return int_to_cn(n)


def _lead_sentence(before: str) -> str:
    """The last clause of ``before`` (the text ahead of the first item), its closing punctuation dropped: "检查组依照
    相关要求逐项检查，发现存在以下问题：" is led by "发现存在以下问题", not by the 要求 the check followed."""
    t = before.rstrip(" 　:：,，。;；")
    cut = max(t.rfind(c) for c in "。!！?？,，;；")
    return t[cut + 1:]


def _lead_whole_sentence(before: str) -> str:
    t = before.rstrip(" 　:：,，。;；")
    cut = max(t.rfind(c) for c in "。!！?？")
    return t[cut + 1:]


def _item_title(chunk: str) -> str:
    """The item's statement: up to its first full stop or semicolon outside brackets ("…超标（标准为50人；含借读生）；")."""
    t = chunk.lstrip(" 　,，、:：")
    depth = 0
    for i, ch in enumerate(t):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif ch in "。;；!！?？" and (depth == 0 or ch in "。!！?？"):
            t = t[:i]
            break
    if "注" in t or "说明" in t:
        # audit24: a bracketed aside that explains a term, "…规范等(备注:…实行“4+X”…)": no part of the statement (R92)
        t = RE_ASIDE_NOTE.sub("", t)
    return t.strip(" 　,，、")


RE_ASIDE_NOTE = re.compile(r"\s*[(（]\s*(?:备注|附注|注|说明)\s*[:：].*$", re.S)


RE_INLINE_MEASURES_LEAD = re.compile(r"整改|措施|改进|针对|对此|为此")
# "…保证2024年7月底完成整改", "确保 2024 年 9 月底装配到位": the date a rectification is to be done by
RE_INLINE_DEADLINE = re.compile(r"(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:\s*[底低末])?)(?=[^。;；]{0,8}?(?:完成|到位|前|投入使用))")


def _pair_rectifications(problems, rest: str, later: list[str], later_pos: list, pos) -> None:
    """"现将整改情况报告如下：1、…；2、…" after the problems, numbered again from 1 with as many items: each item is the
    one measure of the same-numbered problem (and its date to be done by, the problem's deadline)."""
    if any(p.measures for p in problems):
        return  # each item told its own measure
    # the problems' own paragraph first (its rest after the last problem), then the next few paragraphs
    for text, at in [(rest, pos)] + list(zip(later, later_pos)):
        first = text.find("。")
        body = text[first + 1:] if text is rest and first >= 0 else text
        items = inline_items(body)
        if len(items) != len(problems):
            continue
        # (the lead's last clause, "…采取以下整改措施：", or its whole sentence, "对此，我院一是…", "针对以上问题，一是…")
        lead = _lead_whole_sentence(body[: items[0][0]])
        if not RE_INLINE_MEASURES_LEAD.search(lead):
            return
        for j, (_, n, start) in enumerate(items):
            end = items[j + 1][0] if j + 1 < len(items) else len(body)
            chunk = body[start:end]
            stop = re.search(r"[。;；]", chunk)
            measure = chunk[: stop.start()] if stop else chunk
            measure = measure.strip(" 　,，、:：")
            problems[j].measures.append(ParsedMeasure(seq=n, text=measure, position=at))
            d = RE_INLINE_DEADLINE.search(measure)
            if d and problems[j].deadline is None:
                problems[j].deadline = clean_deadline(d.group(1))
        return


# "…检查发现存在以下问题：" closing its paragraph, then one short unnumbered statement a paragraph (a page's <h3> list)
# the demand a check's inline item ends on: "…,要求及时更换", "…,责令限期整改" (a clause opening on the demand)
RE_ITEM_DEMAND_CLAUSE = re.compile(r"[,，]\s*(?:并)?(?:要求|责令|责成)(?![^，,。;；]{0,2}(?:不|未|没))")
# (rs20: or a batch of a 督察's typical cases announced, "第二批7个典型案例如下：", each case's heading a line of its own)
# (cases23: or the batch's bare label on a line of its own, "典型案例：", the cases' headings a line each below it)
RE_LIST_ANNOUNCED = re.compile(r"(?:以下|如下)[^。:：]{0,12}(?:问题|不足)[^。:：]{0,10}[:：]\s*$|典型(?:问题)?案例如下\s*[:：]\s*$"
                               r"|^\s*(?:[^，,。:：]{0,12}典型(?:问题)?案例)\s*[:：]\s*$")
RE_LIST_CLOSED = re.compile(r"^(?:以上|综上|针对|下一步|请|望|特此|对此|为此)")


RE_BYLINE_LINE = re.compile(r"(?:摘编|编辑|来源|作者|记者|供稿|整理|原标题)\s*[:：|｜]")


def _unnumbered_after(texts: list[str], k: int) -> list[int]:
    """Indexes of the unnumbered short paragraphs (two or more) after paragraph k announcing "以下问题："."""
    t = texts[k]
    if not RE_LIST_ANNOUNCED.search(t) or RE_INLINE_LEAD_NOT.search(_lead_sentence(t)) or \
            RE_INLINE_SENTENCE_NOT.search(_lead_whole_sentence(t)):
        return []
    out: list[int] = []
    for j in range(k + 1, len(texts)):
        x = texts[j].strip()
        if not x or RE_LIST_CLOSED.match(x) or parse_marker(x) is not None or len(x) > 80 or len(x) < 4:
            break
        if RE_BYLINE_LINE.search(x):
            break  # rs20: the page's byline after the list ("某网摘编:某某", "责任编辑：…"), no item
        out.append(j)
    return out if len(out) >= 2 else []


# "主要问题如下：(1)…" closing a paragraph with the first item and no second: the copy lists one problem (the list of a
# short check, or the rest cut off)
RE_ONE_ITEM_ANNOUNCED = re.compile(r"(?:如下|以下)[^。:：]{0,4}[:：]\s*(?:[(（]1[)）]|1[、.．](?!\d)|①)\s*")
RE_SECOND_ITEM = re.compile(r"[(（]2[)）]|(?<!\d)2[、.．](?!\d)|②")


def _one_announced_item(t: str) -> tuple[str, str | None, str] | None:
    """(title, category, lead) of the one item after a lead announcing problems, when no second item follows."""
    m = RE_ONE_ITEM_ANNOUNCED.search(t) if ("如下" in t or "以下" in t) else None
    if m is None:
        return None
    before, rest = t[: m.start() + 2], t[m.end():]
    lead = _lead_sentence(before)
    if not RE_INLINE_LEAD.search(lead) or RE_INLINE_LEAD_NOT.search(lead) or _whole_sentence_named(before) is not False:
        return None
    if RE_SECOND_ITEM.search(rest):
        return None
    stop = rest.find("。")
    title = (rest[:stop] if stop >= 0 else rest).strip(" 　,，;；")
    if not 4 <= len(title) <= 200:
        return None
    labelled = RE_LEAD_LABEL.match(lead)
    return title, (labelled.group(1) if labelled else None), lead


# cases23: a typical case told in prose counts its faults off by ordinal words after the sentence that announces them —
# "…被发现存在多项问题。首先，…不够完善，如…；其次，…较弱，…；再者，…不及时。" — each a problem, seq null (the words are
# no printed numbers, R149), titled without the word (R92); a later paragraph answering "针对以上问题" with the same words
# in order ("首先，针对安全问题，…；其次，…；最后，…") gives each problem its one measure (R96). Only when every part states
# a fault (an account of work done in 首先/其次 is none).
RE_ORDINAL_WORD = re.compile(r"(?:^|(?<=[。；;，,:：]))\s*(首先|其次|再次|再者|然后|最后|此外)\s*[，,]\s*")
RE_CASE_SOLVED = re.compile(r"问题(?:都|均|全部)?(?:已经?|得到了?)(?:有效|彻底|妥善|根本)?(?:解决|整改到位)")
RE_ORDINAL_ANSWER_LEAD = re.compile(r"针对|对此|为此|整改")
RE_FAULTS_ANNOUNCED = re.compile(r"存在[^。；;]{0,8}?(?:问题|不足|隐患|短板|缺陷)\s*[。:：]\s*$")


def _ordinal_parts(text: str) -> tuple[int, list[str]] | None:
    """(where the first ordinal word starts, the parts it and the next ones open), when the first is 首先 and two more
    follow it, each part closed by "；"/"。"."""
    marks = list(RE_ORDINAL_WORD.finditer(text))
    if len(marks) < 3 or marks[0].group(1) != "首先":
        return None
    parts = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        part = text[m.end():end].strip()
        if not part or part[-1] not in "；;。":
            return None  # (a comma before the next word: words inside one sentence, not its parts)
        parts.append(part.rstrip("；;。 "))
    return marks[0].start(), parts


def ordinal_faults_candidate(paras) -> Candidate | None:
    texts = [p.text.strip() for p in paras]
    for k, t in enumerate(texts):
        if "首先" not in t:
            continue
        got = _ordinal_parts(t)
        if got is None or not RE_FAULTS_ANNOUNCED.search(t[:got[0]]):
            continue
        at, parts = got
        if not all(RE_SHORTCOMING.search(x) or states_amiss(x) or RE_STATES_FAULT.search(x) for x in parts):
            return None
        problems = [ParsedProblem(seq=None, title=x, position=paras[k].pos) for x in parts]
        for j in range(k + 1, min(len(texts), k + 3)):
            answer = _ordinal_parts(texts[j]) if "首先" in texts[j] else None
            if answer is not None and len(answer[1]) == len(parts) and RE_ORDINAL_ANSWER_LEAD.search(texts[j]):
                for q, x in zip(problems, answer[1]):
                    q.measures = [ParsedMeasure(seq=None, text=x, position=paras[j].pos)]
                break
        # (the case closed by saying its problems solved, "…的问题得到了有效解决": each done, R94; not a goal, "确保…")
        if any(RE_CASE_SOLVED.search(x) and not re.search(r"确保|力争|争取|要求|务必", x) for x in texts[k + 1:k + 4]):
            for q in problems:
                q.status = "done"
        return Candidate("inline", problems, [], {"evidence": 1.0, "shortcoming": 1.0},
                         f"第{k + 1}段“首先/其次…”逐项写出的问题")
    return None


def announced_lines_candidate(lines) -> Candidate | None:
    """cases23: the unnumbered items after a lead announcing them (``_unnumbered_after``), read from the lines as printed
    when the join of short lines glued them into one paragraph ("典型案例：" over one case heading a line)."""
    texts = [p.text for p in lines]
    for k, t in enumerate(texts):
        listed = _unnumbered_after(texts, k) if t.rstrip().endswith((":", "：")) else []
        if listed:
            problems = [ParsedProblem(seq=None, title=_item_title(texts[j]), position=lines[j].pos) for j in listed]
            shortcoming = sum(1 for p in problems if RE_SHORTCOMING.search(p.title)) / len(problems)
            return Candidate("inline", problems, [], {"evidence": 1.0, "shortcoming": shortcoming},
                             f"第{k + 1}行“{_lead_sentence(t)[-16:]}”之后的{len(problems)}行")
    return None


def inline_list_candidate(paras) -> Candidate | None:
    """Problems listed inline: the first paragraph (or paragraph pair, the lead closing the one before) whose items
    1…n follow a lead naming problems. Read only when no other reading holds a list (parse_structure)."""
    texts = [p.text for p in paras]
    for k, t in enumerate(texts):
        items = inline_items(t)
        if not items:
            one = _one_announced_item(t)
            if one is not None:
                title, category, lead = one
                problem = ParsedProblem(seq=1, title=title, category=category, position=paras[k].pos)
                shortcoming = 1.0 if RE_SHORTCOMING.search(title) else 0.0
                return Candidate("inline", [problem], [], {"evidence": 1.0, "shortcoming": shortcoming},
                                 f"第{k + 1}段“{lead[-16:]}”之后的1项")
            listed = _unnumbered_after(texts, k)
            if listed:
                problems = [ParsedProblem(seq=None, title=_item_title(texts[j]), position=paras[j].pos) for j in listed]
                shortcoming = sum(1 for p in problems if RE_SHORTCOMING.search(p.title)) / len(problems)
                return Candidate("inline", problems, [], {"evidence": 1.0, "shortcoming": shortcoming},
                                 f"第{k + 1}段“{_lead_sentence(t)[-16:]}”之后的{len(problems)}段")
            continue
        got = _inline_paragraph(texts, paras, k, items)
        if got is None:
            continue
        if not got:
            return None
        problems, lead = got
        body = RE_BODY_PROBLEMS_OPENING.match(t) if problems[0].category is None else None
        if body and body.end() == items[0][0]:
            # one body a paragraph ("区委办存在的主要问题是：一是…。二是…。" then "区人大机关党组存在的主要问题是：一是…"):
            # a round's public feedback; each later paragraph that opens on the next body adds that body's problems, and
            # each body is its problems' category (a lone body's paragraph is read as before, with no category)
            more = [q for j in range(k + 1, len(texts)) for q in _body_paragraph_problems(texts[j], paras[j].pos)]
            if more:
                for q in problems:
                    q.category = body.group(1)
                problems.extend(more)
        # one aspect a paragraph ("办学条件方面：…主要存在以下问题：一是…" then "师资队伍方面：…一是…"): each later paragraph
        # opening with an aspect and listing its problems inline adds them, the aspect their category
        elif problems[0].category is not None:
            for j in range(k + 1, len(texts)):
                more_items = inline_items(texts[j]) if RE_ASPECT_OPENING.match(texts[j]) else []
                more = _inline_paragraph(texts, paras, j, more_items) if more_items else None
                if more:
                    problems.extend(more[0])
        # us18: a recheck told in a later paragraph lists what is left, inline after "还存在:" ("截止7月3日,该单位还存在:
        # 1、…;2、…"): those items are problems too, numbered again from 1, not yet rectified (the first paragraph's
        # run is the check's; a later run after any other lead — "针对以上问题…", a plan — is not read)
        for j in range(k + 1, min(k + 4, len(texts))):
            later_items = inline_items(texts[j])
            if not later_items:
                continue
            lead_j = texts[j][: later_items[0][0]]
            if not (RE_STILL_EXISTS_LEAD.search(_lead_sentence(lead_j)) and RE_COLON_END.search(lead_j)):
                break
            more = _inline_paragraph(texts, paras, j, later_items)
            if not more:
                break
            for q in more[0]:
                q.status = q.status or "in_progress"
            problems.extend(more[0])
            break
        head = parse_marker(lead.strip())
        named = (head.rest if head is not None else lead).strip().rstrip("。:： ")
        if all(q.category is None for q in problems) and RE_AUDIT_FINDINGS_HEADING.match(named):
            # audit24: the items right under an audit notice's findings section ("二、审计发现的主要问题" over "一是…。二是…"):
            # the section is their category (R79), as it is of the findings it numbers (一)(二)
            for q in problems:
                q.category = named
        shortcoming = sum(1 for p in problems if RE_SHORTCOMING.search(p.title)) / len(problems)
        return Candidate("inline", problems, [], {"evidence": 1.0, "shortcoming": shortcoming},
                         f"第{k + 1}段“{lead[-16:]}”之后的{len(problems)}项")
    return None


# a paragraph opening with the aspect its problems belong to: "办学条件方面：", "（在）师资队伍方面，"
RE_ASPECT_OPENING = re.compile(r"^\s*([^。:：;；，,]{2,30}?方面)\s*[:：,，]")
# a round's public feedback made one paragraph per body fed back, the body named before what it was told: "区委办存在的
# 主要问题是：一是…。二是…。三是…。" — that body's 一是/二是 are its problems and the body is their category (the items sort
# the feedback by the body it was given to; no 责任单位 is printed, so the body is no unit). The name is a body's (it ends
# in 党委/党组/局/办/镇…; not the writer's own "我局"), the colon closes the lead, and the items follow it: not "工作中存在的
# 主要问题是：" (no body), nor a body's unnumbered prose under such a lead ("虾峙镇党委存在的主要问题：" on a line of its own, then sentences: no list)
RE_BODY_PROBLEMS_OPENING = re.compile(
    r"^\s*(?![我本该])([^，,。:：;；、“”()（）\s]{1,22}?(?:党委|党组|党工委|党总支|党支部|总支|支部|委员会|机关|局|办|委|院|所|站|队|馆|镇|乡|街道|村"
    r"|社区|公司|中心|学校|政府|管委会|社|会|部|厅|处|室))(?:还|主要|仍然?)?存在的?(?:主要|突出)?问题(?:主要)?(?:是|有|为)?\s*[:：]\s*")


def _body_paragraph_problems(t: str, pos) -> list[ParsedProblem]:
    """The problems of one body's paragraph in a round's feedback ([] when the paragraph does not open on a body and its
    一是 at once): every 一是/二是 item, its category the body; a paragraph the copy cut after its 一是 gives that one."""
    m = RE_BODY_PROBLEMS_OPENING.match(t)
    if m is None:
        return []
    items = inline_items(t)  # (一是…二是…, or 1.…2.…, （1）…（2）…)
    if not items:
        xs = find_xs_items(t)[:1]
        items = [(at, n, at + len(_int_cn(n)) + 1) for at, n in xs if n == 1]
    if not items or items[0][0] != m.end():
        return []
    out: list[ParsedProblem] = []
    for j, (_, n, start) in enumerate(items):
        end = items[j + 1][0] if j + 1 < len(items) else len(t)
        title = _item_title(t[start:end])
        if len(title) < 4:
            break
        out.append(ParsedProblem(seq=n, title=title, category=m.group(1), position=pos))
    return out



def _own_shortfalls_heading(text: str) -> bool:
    """A report's section over its own shortcomings, "三、存在的不足", "（三）存在的问题和不足": what the writer says is
    still lacking in the work (一是…重视不够；二是…), not the problems an inspection fed back."""
    m = parse_marker(text.strip())
    if m is None:
        return False
    rest = m.rest.strip()
    return "不足" in rest and bool(RE_SHORTFALL_LABEL.match(rest))


# ks20: the sections a progress report is made of besides its shortfalls: "一、总体进展情况", "二、主要做法和成效",
# "四、下一步工作要求" / "下一步工作打算"
RE_PROGRESS_SECTION = re.compile(r"^(?:总体|整改)?进展情况|^(?:主要)?(?:做法|工作)?(?:和|及|与)?成效|^主要做法|^下一步")


def _progress_report_problems_section(texts: list[str], heading: str) -> bool:
    """ks20: a bare "三、存在的主要问题" among a progress report's own sections ("一、总体进展情况 / 二、主要做法和成效 /
    三、存在的主要问题 / 四、下一步工作要求"): the problems of the rectification work itself (进展滞后, 资金缺口, 长效机制有待
    加强), told as a progress summary's remaining weaknesses are (RE_INLINE_SENTENCE_NOT) — not the problems fed back;
    the caller asks too that they be told of an unnamed few (部分任务, 个别地方: as many such words as half the items),
    not of named places (a check's "二、存在的问题" naming each village at fault is its list).
    Two sections of progress, done work or next steps at the heading's level are needed (a feedback's "二、发现的主要
    问题" sits among 巡察基本情况 / 意见建议, and a plan's among 指导思想 / 整改措施)."""
    m = parse_marker(heading.strip())
    if m is None or not RE_SHORTFALL_LABEL.match(m.rest.strip()):
        return False
    mates = 0
    for t in texts:
        if len(t) > 40 or t[:1] not in "一二三四五六七八九十（(0123456789":
            continue
        o = parse_marker(t.strip())
        if o is not None and o.level == m.level and RE_PROGRESS_SECTION.match(o.rest.strip()):
            mates += 1
            if mates >= 2:
                return True
    return False


def _section_heading_over(texts: list[str], k: int) -> str:
    """The nearest numbered heading before paragraph k (a short numbered paragraph: "三、存在的不足"), or ""."""
    for j in range(k - 1, -1, -1):
        m = parse_marker(texts[j].strip())
        if m is not None:
            return texts[j] if len(m.rest.strip()) <= 16 else ""
    return ""


# the place a run of problems was found in, named by its lead: "关于甲辖区发现以下问题", "在乙村检查发现"
# (rs20: or the place said after the finding verb, "发现某项目土护降工程存在如下问题：一是…" then "发现某地块项目存在如下问题：
# 一是…" — a site's full name may be long)
RE_RUN_PLACE = re.compile(r"^(?:关于|对于|对|在)\s*([^，,。:：；;]{2,20}?)(?:的)?(?:检查|督查|督导|暗访)?(?:发现|存在)"
                          r"|^(?:[^，,。:：；;]{0,12}?[,，])?(?:检查|督查|督导|暗访)?发现\s*([^，,。:：；;]{2,60}?)(?:还|仍)?存在(?:如下|以下)")
# a lead that is only the list's label: "主要问题如下", "存在的主要问题如下" (it labels the list as a heading would) — but
# not when it names no topic, only "the problems" (s24, C13 settled: "主要问题如下:(1)…", "存在的问题如下" are lead-in
# sentences, no category, R84); a label naming its area stays ("安全生产方面问题如下")
RE_LEAD_LABEL = re.compile(r"^(?!(?:存在的?|发现的?|检查发现的?|督查发现的?)?(?:主要|突出|具体)?问题(?:主要)?(?:如下|有以下几点|有以下几个方面)$)"
                           r"([^，,。:：；;]{0,8}问题)(?:如下|有以下几点|有以下几个方面)$")
# the bodies handed the check's notices, one for each place in turn: "随后，督导组分别向甲镇及乙办事处下发督导通知单"
RE_HANDED_NOTICES = re.compile(r"分别(?:向|对|给)([^。，,；;]{2,60}?)(?:下发|发出|印发|送达|交办|下达)[^。]{0,8}?"
                               r"(?:通知单|通知书|整改通知|督办单|交办单|提醒函|督办函|整改单)")


def _run_end(t: str, items) -> int | None:
    """Where the text after a run of inline items goes on (after the full stop closing its last item), or None."""
    stop = t.find("。", items[-1][2])
    return stop + 1 if 0 <= stop < len(t) - 1 else None


def _units_handed_notices(problems: list[ParsedProblem], runs, after: str) -> None:
    """Each place's problems answer to the body the check handed its notice, named in the same order ("分别向…")."""
    m = RE_HANDED_NOTICES.search(after)
    if not m:
        return
    bodies = [b.strip() for b in re.split(r"[及和与、]", m.group(1)) if b.strip()]
    if len(bodies) != len(runs):
        return
    k = 0
    for (run, _lead), body in zip(runs, bodies):
        for _ in run:
            problems[k].responsible_units = [body]
            k += 1


# us18: a check's own finding verb closing the lead with a colon, the items right after it: "检查时发现该单位存在重大火灾
# 隐患,存在:1、…;2、…", "截止7月3日,该单位还存在:1、…" — a bare 存在 (还/仍存在 at a recheck) announces what is wrong as
# the list, though the clause names no 问题/隐患 (not "存在" in mid-sentence, nor a clause going on after it)
RE_EXISTS_LEAD = re.compile(r"(?:^|[^不未没无])(?:还|仍然?|依然|尚|主要)?存在$")
RE_STILL_EXISTS_LEAD = re.compile(r"(?:还|仍然?|依然|尚)存在$")
RE_COLON_END = re.compile(r"[:：]\s*$")


def _exists_lead(before: str, lead: str) -> bool:
    return bool(RE_EXISTS_LEAD.search(lead)) and bool(RE_COLON_END.search(before))


def _inline_paragraph(texts: list[str], paras, k: int, items) -> tuple[list[ParsedProblem], str] | None | list:
    """The problems listed inline in paragraph k after a lead naming problems (None: not such a paragraph; []: an
    item too short to be a statement), with what was done paired to them, and the lead."""
    t = texts[k]
    before = t[: items[0][0]]
    if not before.strip(" 　") and k > 0:
        before = texts[k - 1]
    lead = _lead_sentence(before)
    if not (RE_INLINE_LEAD.search(lead) or _exists_lead(before, lead)) or RE_INLINE_LEAD_NOT.search(lead):
        return None
    if _own_shortfalls_heading(before) or _own_shortfalls_heading(_section_heading_over(texts, k)) \
            or (len(RE_UNNAMED_FEW.findall(t)) * 2 >= len(items) and _progress_report_problems_section(texts, before)):
        # (also when the lead sentence opens the items' paragraph under the heading: "三、存在的不足" then "从整改情况看，
        # 仍存在一些问题和不足。一是…二是…")
        return None
    named = _whole_sentence_named(before)
    if named:
        return None
    aspect = RE_ASPECT_OPENING.match(t)
    category = aspect.group(1) if aspect and aspect.end() <= items[0][0] else None
    # a check of several places tells each one's problems in turn, in one paragraph: "关于甲辖区发现以下问题：其一，…；
    # 其二，…。关于乙辖区发现以下问题：其一，…" — each run numbered from 1 after its own lead naming problems
    runs = [(items, lead)]
    at = _run_end(t, items)
    while at is not None:
        more = inline_items(t[at:]) or _cut_single_item(t[at:])
        lead_more = _lead_sentence(t[at:at + more[0][0]]) if more else ""
        if not more or not (RE_INLINE_LEAD.search(lead_more) or _exists_lead(t[at:at + more[0][0]], lead_more)) \
                or RE_INLINE_LEAD_NOT.search(lead_more) \
                or RE_INLINE_MEASURES_LEAD.search(lead_more):
            break  # (not the answer to them: "针对以上问题，一是…", "对此，…")
        runs.append(([(a + at, n, b + at) for a, n, b in more], lead_more))
        at = _run_end(t, runs[-1][0])
    problems = []
    for r, (run, run_lead) in enumerate(runs):
        end_of_run = runs[r + 1][0][0][0] if r + 1 < len(runs) else len(t)
        place = RE_RUN_PLACE.match(run_lead) if len(runs) > 1 else None
        labelled = RE_LEAD_LABEL.match(run_lead)
        run_category = category or (place.group(1) or place.group(2) if place else None) or (labelled.group(1) if labelled else None)
        for j, (_, n, start) in enumerate(run):
            end = run[j + 1][0] if j + 1 < len(run) else end_of_run
            title = _item_title(t[start:end])
            if len(title) < 4:
                return []
            if named is None and not (RE_SHORTCOMING.search(title) or RE_SAYS_WRONG.search(title)):
                return None  # an area named, not a problem stated
            demand = RE_ITEM_DEMAND_CLAUSE.search(title)
            if demand and demand.start() >= 6:
                # "1.例检例保台账填写不规范,车辆例检时间均没有填写,要求严格例检例保流程;": the inspector's demand closing
                # the item is not part of the fault found
                title = title[: demand.start()]
            label = RE_MEASURE_LABEL.search(title)
            done = ""
            if label and label.start() >= 4:  # "1、村务公开不及时，整改措施：每季度公开一次；": the item's own measure
                title, done = title[: label.start()].rstrip(" ，,、"), title[label.end():].strip()
            q = ParsedProblem(seq=n, title=title, category=run_category, position=paras[k].pos)
            if done:
                q.measures.append(ParsedMeasure(seq=None, text=done, position=paras[k].pos))
            problems.append(q)
    if len(runs) > 1:
        _units_handed_notices(problems, runs, t[runs[-1][0][-1][2]:])
    _pair_rectifications(problems, t[runs[-1][0][-1][2]:], texts[k + 1:k + 4], [p.pos for p in paras[k + 1:k + 4]], paras[k].pos)
    _pair_numbered_answers(problems, texts, paras, k)
    return problems, lead


# task25: the findings' answers under a heading of their own, one numbered paragraph each: "整改进展情况" over "1、及时修复
# 防渗膜。一是…" "2、垃圾按卫生填埋要求进行填埋。…" "3、…" — answer n is the one measure of finding n (R98, R99: its own
# 一是/二是 inside count one); a finding with no answer of its number has none. Only right after the findings' paragraph,
# under a bare heading of the work's progress, numbered 1, 2, … with no more answers than findings.
RE_ANSWERS_HEADING = re.compile(r"^\s*(?:整改(?:进展|落实|完成)?情况|整改进展|整改结果|落实情况)\s*[:：]?\s*$")
RE_ANSWER_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[、.．]\s*(?!\d)")


def _pair_numbered_answers(problems, texts: list[str], paras, k: int) -> None:
    if any(p.measures for p in problems) or k + 2 >= len(texts) or not RE_ANSWERS_HEADING.match(texts[k + 1]):
        return
    answers = []
    for j in range(k + 2, len(texts)):
        m = RE_ANSWER_NUMBER.match(texts[j])
        if m is None or int(m.group(1)) != len(answers) + 1:
            break
        answers.append((j, m))
    if len(answers) < 2 or len(answers) > len(problems):
        return
    for j, m in answers:
        body = texts[j][m.end():]
        stop = re.search(r"[。;；]", body)
        measure = (body[: stop.start()] if stop else body).strip(" 　,，、:：")
        if measure:
            problems[int(m.group(1)) - 1].measures.append(ParsedMeasure(seq=int(m.group(1)), text=measure, position=paras[j].pos))


# --- a check table pasted one cell per line -----------------------------------------------------------------------
# A check's table of findings copied from a page comes one cell per line: the header row ("抽查时间 / 被抽查单位 / 发现问题
# 个数 / 问题清单 / 整改完成时限"), then each row: its date, the unit checked, a count, the findings numbered 1.…N. inside
# the 问题清单 cell, the days given to rectify. Each numbered finding is one problem (its number as printed, restarting
# per row), charged to the unit of its row (the body that rectifies) — the header names the column the items sit in.
RE_TABLE_PROBLEM_COLUMN = re.compile(r"^(?:问题清单|(?:存在|发现|检查发现|督查发现|主要)的?问题(?:清单|描述)?|问题(?:描述|内容|表现))$")
RE_TABLE_UNIT_COLUMN = re.compile(r"^(?:被?(?:抽查|检查|督查|检测|巡查)(?:的)?(?:单位|对象|学校|企业|场所)|受检单位|单位(?:名称)?|责任单位|检查对象|点位(?:名称)?)$")
RE_TABLE_CELL = re.compile(r"^[^。，,；;:：!！?？]{1,12}$")
# the column giving the days to rectify ("整改完成时限"), and its cell: "3天", "5个工作日", "6月10日前", "立即整改"
RE_TABLE_DEADLINE_COLUMN = re.compile(r"^(?:整改)?(?:完成)?(?:时限|期限)$|^整改(?:完成)?时间$")
RE_TABLE_DEADLINE_CELL = re.compile(r"^(?:\d{1,3}\s*(?:天|日|个工作日)内?|(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:之|以)?前|立即整改|立行立改)$")
RE_FIGURE_CELL = re.compile(r"^[\d\s.．/\-年月日天个项%]+$")


def check_table_candidate(lines: list[tuple[int, str]]) -> Candidate | None:
    """The findings of a check table pasted one cell per line (None when no such header row is met)."""
    start = None
    for k, (_, t) in enumerate(lines):
        if not RE_TABLE_PROBLEM_COLUMN.match(t.strip()):
            continue
        lo = k
        while lo > 0 and k - lo < 8 and RE_TABLE_CELL.match(lines[lo - 1][1].strip()):
            lo -= 1
        hi = k
        while hi + 1 < len(lines) and hi - k < 8 and RE_TABLE_CELL.match(lines[hi + 1][1].strip()) \
                and not RE_FIGURE_CELL.match(lines[hi + 1][1].strip()):
            hi += 1
        if any(RE_TABLE_UNIT_COLUMN.match(lines[j][1].strip()) for j in range(lo, hi + 1)):
            start = hi + 1
            timed = any(RE_TABLE_DEADLINE_COLUMN.match(lines[j][1].strip()) for j in range(lo, hi + 1))
            break
    if start is None:
        return _headerless_cell_rows(lines)
    problems: list[ParsedProblem] = []
    unit = None
    level = None
    row_from = 0  # the first problem of the current row
    for pos, t in lines[start:]:
        t = t.strip()
        if timed and RE_TABLE_DEADLINE_CELL.match(t) and len(problems) > row_from:
            for q in problems[row_from:]:  # the row's deadline cell, after its findings
                q.deadline = q.deadline or t
            row_from = len(problems)
            continue
        m = item_marker(t, level)  # (a cell's findings numbered 1. or （一） or （1）, as the document chose: one rank)
        if m is not None:
            level = m.level
            title = m.rest.strip().rstrip("。；;")
            if len(title) < 3:
                continue
            problems.append(ParsedProblem(seq=m.number, title=title, position=pos,
                                          responsible_units=[unit] if unit else []))
        elif m is None and not RE_FIGURE_CELL.match(t) and len(t) <= 30 and not re.search(r"[。，,；;:：!！?？]", t) \
                and re.search(r"[\u4e00-\u9fff]{2}", t):
            unit = t  # the row's unit cell (its date, count and days are figures)
            row_from = len(problems)
        elif m is None and len(t) > 60:
            break  # prose after the table
    if len(problems) < 2 or not any(p.responsible_units for p in problems):
        return None
    return Candidate("list", problems, [], {"evidence": 1.0, "shortcoming": _ratio([p.title for p in problems], RE_SHORTCOMING)},
                     "检查表“问题清单”栏中的各项")


# check24: the same table copied with no header row at all (a paper's copy of a 通报's list: its caption line, then "6 /
# 山西 / “某县环境保护局”网 / 首页面大量内容无法访问" one cell a line, the next row's number after the last cell): rows
# told by their running numbers alone on their lines, as many cells between each two (2 to 6), three rows at least.
# The column of findings is the one whose cells state a fault in most rows; each row is one problem, numbered as
# printed, titled by its finding cell, the caption line over the first row its category. The row's other cells
# (a region, the body or site) name no unit (R102/R103).
RE_ROW_NUMBER_CELL = re.compile(r"\d{1,3}")
RE_ROW_CELL_TEXT = re.compile(r"^[^。；;!！?？]{1,40}$")
RE_CAPTION_LINE = re.compile(r"^[^。，,；;:：!！?？]{4,40}(?:名单|清单|一览表|情况表|问题表|汇总表|台账)$")


def _headerless_cell_rows(lines: list[tuple[int, str]]) -> Candidate | None:
    texts = [t.strip() for _, t in lines]
    numbers = [k for k, t in enumerate(texts) if RE_ROW_NUMBER_CELL.fullmatch(t)]
    if len(numbers) < 3:
        return None
    for a, k0 in enumerate(numbers[:-2]):
        width = numbers[a + 1] - k0  # (the number and its cells)
        if not 3 <= width <= 7:
            continue
        rows, k, n = [], k0, int(texts[k0])
        while k < len(texts) and texts[k] == str(n):
            cells = texts[k + 1:k + width]
            if len(cells) < width - 1 and k + width < len(texts):
                break  # (only the copy's last row may come short)
            if not cells or any(not RE_ROW_CELL_TEXT.match(c) or RE_ROW_NUMBER_CELL.fullmatch(c) for c in cells):
                break
            rows.append((k, n, cells))
            k, n = k + width, n + 1
        if len(rows) < 3:
            continue
        # (a cell says what is wrong in a word of lack or fault: 不全, 无防蝇设施, 过期, 空白, 未更新)
        fault = [sum(1 for _, _, cells in rows if j < len(cells) and (RE_SHORTCOMING.search(cells[j])
                     or RE_SEGMENT_FAULT.search(cells[j]) or RE_FOUND_FAULT.search(cells[j]) or RE_SAYS_WRONG.search(cells[j])))
                 for j in range(width - 1)]
        col = max(range(width - 1), key=lambda j: (fault[j], j))
        if fault[col] * 2 < len(rows):
            continue
        caption = texts[k0 - 1] if k0 > 0 and RE_CAPTION_LINE.match(texts[k0 - 1]) else None
        problems = [ParsedProblem(seq=n, title=cells[col], category=caption, position=lines[k][0])
                    for k, n, cells in rows if col < len(cells)]
        return Candidate("list", problems, [], {"evidence": 1.0, "shortcoming": _ratio([p.title for p in problems], RE_SHORTCOMING)},
                         "无表头、逐格一行的表格中写明问题的一栏")
    return None


# --- findings each closed by the unit charged with them -------------------------------------------------------------
# An exposure of what a check found lists the findings and closes each (or each group of them) with who must rectify it
# and by when: "1.…；2.…。 整改责任单位：县市场监督管理局 整改时限：2021年8月13日前", "● …。 (主体责任：某村委会，监督责任：
# 市工商局)". Each finding is one problem (numbered ones by their number, restarting per group), charged to the group's
# unit (the 主体责任 — the body that rectifies — not the one that supervises), with its deadline as written.
# (syn22: the unit's and the deadline's labels any word of their class — 责任单位 / 牵头单位 / 责任部门 (承办单位 folded to
# 责任单位 by normalize.LABEL_CLASSES), 整改时限 / 完成时限 / 整改期限 / 时限要求)
_DEADLINE_WORDS = r"(?:(?:整改|完成)(?:期)?时限|(?:整改|完成)期限|时限要求)"
_DUTY_FIELDS_REST = (
    r"\s*[:：]\s*((?:(?!" + _DEADLINE_WORDS + r"|监督责任|\d{1,2}[.．、])[^\s,，;；。)）]){2,30})"
    r"(?:[,，;；]\s*(?:监督|监管)责任(?:单位)?\s*[:：][^\n)）]{1,40})?(?:\s*" + _DEADLINE_WORDS + r"\s*[:：]\s*((?:\d{4}\s*年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:之?前|底|以前)?"
    r"|立行立改|立即整改|长期坚持|\d+\s*(?:天|个工作日)内?|\d+\s*日内))?\s*[)）]?")
# (perf25: scanned over whole documents: the two labels' parts led by 责任 and by 牵头, rx.LiteralBranches — the same matches)
RE_DUTY_FIELDS = LiteralBranches(r"(?:责任(?:单位|部门)?|牵头(?:单位|部门))" + _DUTY_FIELDS_REST,
                                 [r"责任(?:单位|部门)?" + _DUTY_FIELDS_REST, r"牵头(?:单位|部门)" + _DUTY_FIELDS_REST])
RE_DUTY_LEAD = re.compile(r"[(（]?\s*(?:整改)?(?:主体)?$")  # what may open the field before its 责任
RE_CHUNK_ITEM = re.compile(r"(?:(?<=^)|(?<=[\s;；。?？!！:：]))(\d{1,2})[.．、](?!\d)")
RE_BULLET_MARK = re.compile(r"^[●•·▪■◆◇○◎\-—]+\s*")
RE_NOT_FINDING_CHUNK = re.compile(r"整改措施|整改情况|整改进展|完成情况|整改目标")


# a group headed by the place checked, its findings numbered under it and its unit line closing it: "2. 某医院 / (1)…；
# (2)…。 / 问题整改责任单位：某委 整改时限：5天". The heading (a short line, no stop) is the findings' category; each
# "(n)" item is one problem, numbered as printed.
RE_GROUP_HEADING = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,3}[、.．])\s*([^。；;，,:：!！?？]{2,30})\s*$")
RE_PAREN_ITEM = re.compile(r"(?:(?<=^)|(?<=[\s;；。]))[(（](\d{1,2})[)）]")


# a finding that ends by saying where it stands ("…活动正在整改", "…已整改到位"): its status
RE_FINDING_STATE_END = re.compile(r"(?:正在整改中?|整改中|已整改到位|已完成整改|已整改完成|已办结)$")


# gen19b: the same group numbered in the ranks another document chooses — "（一）某医院" over "1.…", "（1）某医院" over
# "①…", "一、某医院" over "（一）…": the heading a numbered line naming the place (a short name, no stop), its findings
# the lines right under it numbered from 1 in one lower-or-other rank, one per line and counting on
RE_GROUP_NAME = re.compile(r"^[^。；;，,:：!！?？]{2,30}$")


def _headed_group_any_rank(chunk: str, closed: bool = True):
    lines = chunk.split("\n")
    offsets, k = [], 0
    for line in lines:
        offsets.append(k)
        k += len(line) + 1
    full = [j for j, line in enumerate(lines) if line.strip()]
    for a, b in zip(full, full[1:]):
        first = item_marker(lines[b].strip())
        if first is None or first.number != 1:
            continue
        head = item_marker(lines[a].strip())
        if head is None or head.level == first.level or not RE_GROUP_NAME.match(head.rest.strip()):
            continue  # ("（1） 某医院" is the heading numbered 1, not its first finding)
        pieces = []
        for j in full[full.index(b):]:
            m = item_marker(lines[j].strip(), first.level)
            if m is None:
                break
            if m.number != len(pieces) + 1:
                return None  # (the items count on one by one)
            pieces.append((m.number, m.rest.strip(), offsets[j] + len(lines[j]) - len(lines[j].lstrip())))
            last = j
        if closed and (last == len(lines) - 1 or len("".join(lines[last + 1:]).strip()) > 6):
            return None  # (the unit's line closes the group on a line of its own, not each finding in its own line)
        return head.rest.strip(), pieces
    return None


def _headed_group(chunk: str, closed: bool = True):
    """(heading, [(n, finding)]) for a group "heading / (1)… (2)…" (None when the chunk is not one); `closed`: a unit's
    line follows the chunk (not the page's last group)."""
    if "(1)" not in chunk and "（1）" not in chunk:
        return _headed_group_any_rank(chunk, closed)
    items = list(RE_PAREN_ITEM.finditer(chunk))
    if not items or items[0].group(1) != "1":
        return _headed_group_any_rank(chunk, closed)
    lines = [x for x in chunk[:items[0].start()].split("\n") if x.strip()]
    heading = RE_GROUP_HEADING.match(lines[-1]) if lines else None
    if heading is None:
        return _headed_group_any_rank(chunk, closed)
    pieces = []
    for j, m in enumerate(items):
        if j and int(m.group(1)) != int(items[j - 1].group(1)) + 1:
            return None  # (the items count on one by one)
        end = items[j + 1].start() if j + 1 < len(items) else len(chunk)
        piece = chunk[m.end():end].strip()
        if "\n" in piece:
            piece = piece.split("\n")[0]  # (an item is one line: the rest is what follows the group)
        pieces.append((int(m.group(1)), piece, m.start()))
    return heading.group(1).strip(), pieces


def duty_closed_candidate(paras) -> Candidate | None:
    """Findings closed by their units (None unless at least two groups are so closed and each holds a finding)."""
    text = "\n".join(p.text for p in paras)
    if "责任" not in text and "牵头" not in text:
        return None
    fields = []
    for f in RE_DUTY_FIELDS.finditer(text):  # (a literal first: the scan stays cheap on long documents)
        lead = RE_DUTY_LEAD.search(text, max(0, f.start() - 6), f.start())
        if text[max(0, f.start() - 2):f.start()] in ("监督", "监管"):
            continue
        fields.append((lead.start() if lead else f.start(), f))
    if len(fields) < 2:
        return None
    problems: list[ParsedProblem] = []
    prev = 0
    pos_of = []
    k = 0
    any_headed = False
    group_end = None  # (level, number) of the last finding of the group just read
    for p in paras:
        pos_of.append((k, p.pos))
        k += len(p.text) + 1
    for start, f in fields:
        chunk = text[prev:start]
        chunk_at, prev = prev, f.end()
        if RE_NOT_FINDING_CHUNK.search(chunk):
            return None  # a plan's problem with its measures and progress: the list reading's
        if ("良好" in chunk or "问题" in chunk) and RE_SITE_IN_ORDER.search(chunk):
            # ns18b: a check notice that lists what a site judged in order had ("该点位…整体良好。 1.显著位置设置…")
            # before the faults charged to their units: the chunk mixes the two, the list reading tells them apart
            return None
        headed = _headed_group(chunk)
        if headed is None and group_end is not None:
            # gen19b: a group's next finding right after the unit line ("（一）青石镇 （1）…（责任单位：…） （2）…（责任单位：…）"):
            # each finding closes with its own unit, the group is no group closed by one (the list reading's layout)
            nxt = item_marker(chunk.lstrip("）)。；;，, \t\n").split("\n")[0])
            if nxt is not None and nxt.level == group_end[0] and nxt.number == group_end[1] + 1:
                return None
        items = list(RE_CHUNK_ITEM.finditer(chunk))
        pieces: list[tuple[int | None, str]] = []
        group_end = None
        if headed is not None:
            category, pieces = headed[0], [(n, piece) for n, piece, _ in headed[1]]
            item_at = [next((pos for off, pos in reversed(pos_of) if off <= chunk_at + o), None) for _, _, o in headed[1]]
            any_headed = True
            last = item_marker(chunk[headed[1][-1][2]:].split("\n")[0].strip())
            group_end = (last.level, last.number) if last is not None else None
        elif items and items[0].group(1) == "1":
            for j, m in enumerate(items):
                end = items[j + 1].start() if j + 1 < len(items) else len(chunk)
                pieces.append((int(m.group(1)), chunk[m.end():end]))
        else:
            last = chunk.strip().split("\n")[-1]
            last = re.split(r"[?？:：]\s*", last)[-1] if re.search(r"[?？]|如下[:：]", last) else last
            pieces.append((None, last))
        at = next((pos for off, pos in reversed(pos_of) if off <= start), None)
        for j, (seq, piece) in enumerate(pieces):
            if headed is not None:
                at = item_at[j]  # (each item its own paragraph)
            title = RE_BULLET_MARK.sub("", piece.strip()).strip().rstrip("。；;，, ")
            if len(title) < 4 or len(title) > 200:
                return None
            problems.append(ParsedProblem(seq=seq, title=title, position=at, responsible_units=[f.group(1)],
                                          deadline=f.group(2), category=category if headed is not None else None))
    for q in problems:
        said = RE_FINDING_STATE_END.search(q.title) if q.title.endswith(("改", "中", "位", "成", "结")) else None
        if said:  # "(3)全民阅读活动正在整改": the finding says where it stands
            q.status = status_of(said.group(0))
    tail = _headed_group(text[prev:], closed=False) if any_headed else None
    if tail is not None:
        # the last group's items with no closing line after them (the page is cut, or the line is missing): problems
        # all the same, with no unit or deadline stated
        for seq, piece, o in tail[1]:
            at = next((pos for off, pos in reversed(pos_of) if off <= prev + o), None)
            title = piece.strip().rstrip("。；;，, ")
            if title:
                problems.append(ParsedProblem(seq=seq, title=title, position=at, category=tail[0]))
    if len(problems) < 2:
        return None
    return Candidate("list", problems, [], {"evidence": 1.0, "shortcoming": _ratio([p.title for p in problems], RE_SHORTCOMING)},
                     "每条（组）问题后注明责任单位、整改时限")


# --- exposure cards: 【问题一】【存在问题】…【整改要求】…【整改期限】… ---------------------------------------------------------
# An exposure platform posts each problem as a card of bracketed fields: a header naming the problem's number
# ("【1月21日 问题一】"), the place (【点位名称】【位置】), the body in charge (【主管单位】), 【存在问题】 the statement,
# 【整改要求】 what is demanded (not a measure taken), 【整改期限】 by when — and often asks a body to act ("请某区开展现场
# 调查"). Each card is one problem: its number from the header, its unit the body in charge (or the one asked to act).
RE_CARD_FIELD = re.compile(r"【([^【】\n]{1,16})】")
RE_CARD_HEADER = re.compile(r"问题\s*([一二三四五六七八九十\d]{1,3})\s*$")
RE_CARD_STATEMENT = re.compile(r"^(?:存在|主要|发现)?的?问题(?:描述|内容|表现)?$|^存在问题$")
RE_CARD_DEADLINE = re.compile(r"^整改(?:期)?(?:时限|期限|时间)$|^完成时限$")
RE_CARD_UNIT = re.compile(r"^(?:主管|责任|属地|监管)(?:单位|部门|主体)$")
RE_CARD_DEMAND = re.compile(r"^整改(?:要求|建议|意见)$")
RE_ASKED_TO_ACT = re.compile(r"请([^，,。；;\s]{2,20}?)(?:立即|尽快|及时)?(?:开展|组织|进行|核查|调查|整改|处理|落实)")


def exposure_cards_candidate(paras) -> Candidate | None:
    text = "\n".join(p.text for p in paras)
    if "】" not in text:
        return None
    fields = list(RE_CARD_FIELD.finditer(text))
    labels = [f.group(1).strip() for f in fields]
    if not any(RE_CARD_STATEMENT.match(x) for x in labels) or not any(RE_CARD_DEMAND.match(x) or RE_CARD_DEADLINE.match(x) for x in labels):
        return None
    cards: list[dict] = []
    for j, f in enumerate(fields):
        label = labels[j]
        value = text[f.end(): fields[j + 1].start() if j + 1 < len(fields) else len(text)].strip()
        header = RE_CARD_HEADER.search(label)
        if header or not cards:
            n = header.group(1) if header else None
            cards.append({"seq": (int(n) if n.isdigit() else cn_to_int(n)) if n else None, "at": f.start(), "fields": {}})
            if header:
                continue
        cards[-1]["fields"].setdefault(label, value)
        cards[-1]["last"] = value
    problems = []
    pos_of = []
    k = 0
    for p in paras:
        pos_of.append((k, p.pos))
        k += len(p.text) + 1
    for c in cards:
        fs = c["fields"]
        statement = next((v for lab, v in fs.items() if RE_CARD_STATEMENT.match(lab)), None)
        if not statement:
            continue
        title = statement.split("\n")[0].strip().rstrip("。；; ")
        if len(title) < 4:
            continue
        deadline = next((v.split("\n")[0].strip() for lab, v in fs.items() if RE_CARD_DEADLINE.match(lab)), None)
        if deadline:  # (the card's last field runs on into the request that closes it: "立行立改请市城管局开展…")
            deadline = re.match(r"[^，,。；;]*?(?=请|[，,。；;]|$)", deadline).group(0).strip()
        unit = next((v.split("\n")[0].strip() for lab, v in fs.items() if RE_CARD_UNIT.match(lab) and v.strip()), None)
        if unit is None:
            asked = RE_ASKED_TO_ACT.search(c.get("last") or "")
            unit = asked.group(1) if asked else None
        at = next((pos for off, pos in reversed(pos_of) if off <= c["at"]), None)
        problems.append(ParsedProblem(seq=c["seq"], title=title, position=at, deadline=deadline or None,
                                      responsible_units=[unit] if unit else []))
    if not problems:
        return None
    return Candidate("notice", problems, [], {"labelled_sections": 1.0}, "曝光卡片（【存在问题】【整改要求】【整改期限】）")


# --- findings told one a paragraph, without numbers ------------------------------------------------------------------
# An unannounced check's exposure tells what it found one place a line: "检查发现，甲村村委西路边有生活垃圾。" then
# "乙村村东河道内漂浮垃圾。" … and closes on them all: "现对以上问题公开曝光，提醒某乡和有关村居…抓紧整改。" Each line is one
# problem (no number), charged to the body the closing reminds to rectify. A visit story tells one village a paragraph:
# "下午2时许，暗访组来到某乡某村，发现…。" — each finding one problem, titled by what was found (not the time and place,
# nor what villagers said after it); a village found in good order ("整治情况比较彻底") is no problem.
RE_FOUND_LEAD = re.compile(r"^(?:经|在)?(?:检查|督查|暗访|巡查|调查|督导|抽查)(?:组|中|时|人员)?(?:还)?发现[，,:：]\s*")
RE_ALL_ABOVE = re.compile(r"(?:以上|上述)(?:问题|情况|点位)")
RE_REMINDED = re.compile(r"(?:提醒|要求|责令|督促)([^，,。、；;\s]{2,12}?)(?:和|及|、|对照|抓紧|立即|限期|尽快|认真)")
RE_VISIT_FOUND = re.compile(r"(?:来到|到达|走进|在)[^，,。；;]{2,24}?(?:村|社区|小区|街道|集镇|市场|工地|学校|园区)[^。；;]{0,14}?(?:发现|看到)[，,:：]?\s*")
RE_GOOD_ORDER = re.compile(r"比较彻底|较为彻底|干净整洁|整洁有序|井然有序|效果明显|成效明显|没有发现|未发现")
RE_HEARSAY = re.compile(r"[。；;]\s*(?:据[^，,。]{0,8}(?:介绍|反映|了解|称)|记者了解到|村民(?:说|表示|反映))")


# env24 (blind50 meipian): a visit story's lead listing the sites it went to, "先后到甲煤矿、乙水库、丙填埋场等地,现场督查…",
# "分别深入甲村、乙村和丙社区等点位": (the lead's index, the sites' names); each later paragraph opening on a name is its site's
RE_SITES_VISITED = re.compile(r"(?:先后|分别|相继|依次)(?:到|来到|深入|前往|赴|走访|察看|实地察看|实地查看)(?P<list>[^。；;，,：:]{4,90}?)"
                              r"等(?:地|处|点位|地点|现场|单位|企业|项目|场所)")
RE_SITE_FOUND = re.compile(r"(?<![未没])发现\s*[，,:：]?\s*(?=[^。]{4})")
RE_SITE_PROGRESS = re.compile(r"^(?:已|正在|目前已|均已)|运行正常|正常运行|有序推进|基本完成")


def _sites_visited(texts: list[str]) -> tuple[int, tuple[str, ...]]:
    for k, t in enumerate(texts[:12]):
        m = RE_SITES_VISITED.search(t) if "等" in t else None
        if m is None:
            continue
        names = tuple(n for n in re.split(r"[、]|和|及|以及", m.group("list")) if len(n) >= 3)
        if len(names) >= 2:
            return k, names
    return len(texts), ()


# env24 (blind50 caigoupt): a check's visits told in one paragraph, a sentence each opening on its date and the team at
# the place, "*月*日,检查组在甲河旧桥下游发现,有…等问题。", "5月9日,督查组在乙村发现,…": each finding a fault is one problem
# (titled by what was found, to its full stop); a later visit that finds the fault still there ("但前期检查组指出的问题没有
# 得到有效解决") or cleared ("…已经被清理干净") is the 回头看 of the finding before it: its status, no problem of its own;
# a visit finding good order only ("河面清洁美观") is none.
RE_TEAM_VISIT = re.compile(r"(?:^|(?<=[。!！\s]))\s*(?:(?:(?:19|20)\d{2}\s*年)?\s*[*\d]{1,2}\s*月\s*[*\d]{1,2}\s*日\s*(?:[上下]午)?\s*[,，]?\s*)?"
                           r"(?:检查组|督查组|督察组|暗访组|督导组|巡查组|调研组|检查人员|督查人员)(?:还|又)?在(?P<place>[^，,。；;]{2,40}?)"
                           r"(?<![未没])发现\s*[，,:：]?\s*")
RE_VISIT_STILL = re.compile(r"没有得到(?:有效)?(?:解决|整改|落实)|(?:仍|尚|依然|仍然)未(?:整改|解决|清理)|(?:仍然|依然|仍)存在")
RE_VISIT_CLEARED = re.compile(r"已(?:经)?(?:被)?(?:全部)?(?:清理|清除|清运|拆除|整改|修复|恢复)(?:干净|完毕|到位)?|已完成整改")


def _team_visits_told(t: str, positions: list) -> list[ParsedProblem]:
    """t: the paragraphs' texts joined by newlines; positions: each paragraph's position, in order."""
    ms = list(RE_TEAM_VISIT.finditer(t))
    if len(ms) < 2:
        return []
    problems: list[ParsedProblem] = []
    for m, nxt in zip(ms, ms[1:] + [None]):
        pos = positions[min(t.count("\n", 0, m.start()), len(positions) - 1)]
        told = t[m.end(): nxt.start() if nxt else len(t)].strip()
        told = "\n".join(told.split("\n")[:2])  # (its paragraph and the next at most: a verdict a copy broke off)
        if RE_VISIT_STILL.search(told):
            if problems:
                problems[-1].status = "in_progress"
            continue
        if RE_VISIT_CLEARED.search(told):
            if problems:
                problems[-1].status = "done"
            continue
        first = re.split(r"(?<=[。；;!！])", told, maxsplit=1)[0].strip().rstrip("。；;!！ ")
        if len(first) >= 6 and (RE_SHORTCOMING.search(first) or RE_SEGMENT_FAULT.search(first) or RE_FAULT_CLAUSE.search(first)) \
                and not RE_GOOD_ORDER.search(first):
            # (the town or township the place opens on is the body whose rectification is checked: its unit, R104)
            town = RE_PLACE_TOWN.match(m.group("place"))
            problems.append(ParsedProblem(seq=None, title=first, position=pos, responsible_units=[town.group(1)] if town else []))
    return problems


RE_PLACE_TOWN = re.compile(r"^([\u4e00-\u9fff]{1,5}?(?:镇|乡|街道|街道办事处))(?=[\u4e00-\u9fff])")


def unnumbered_findings_candidate(paras) -> Candidate | None:
    texts = [p.text.strip() for p in paras]
    for k, t in enumerate(texts):
        m = RE_FOUND_LEAD.match(t)
        if m is None or not t[m.end():].strip():
            continue
        items = [(k, t[m.end():])]
        closing = None
        for j in range(k + 1, min(len(texts), k + 40)):
            u = texts[j]
            if RE_ALL_ABOVE.search(u):
                closing = u
                break
            if len(u) > 100 or u.count("。") > 1 or (u and u[-1] not in "。；;"):
                break
            items.append((j, u))
        if closing is None or len(items) < 2:
            continue
        unit = RE_REMINDED.search(closing)
        problems = [ParsedProblem(seq=None, title=x.rstrip("。；; "), position=paras[j].pos,
                                  responsible_units=[unit.group(1)] if unit else []) for j, x in items]
        return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": _ratio([p.title for p in problems], RE_SHORTCOMING)},
                         "“检查发现，”后逐行列出的问题（以“以上问题”收尾）")
    # (the sentence a body, "…发现甲幼儿园存在A;B;…等消防隐患。乙幼儿园存在…等问题。", was read here until body22: now
    # body_statements_candidate's, tried before this one)
    if sum(t.count("发现") for t in texts) >= 2:
        # (read over the paragraphs as one run: a copy may break the paragraph between a visit and its recheck's verdict)
        told = _team_visits_told("\n".join(texts), [p.pos for p in paras])
        if len(told) >= 2:
            return Candidate("list", told, [], {"evidence": 0.5, "shortcoming": 1.0}, "检查组逐处“在某地发现，”写出的问题（及回头看所见）")
    visits = []
    sites = _sites_visited(texts)
    for k, t in enumerate(texts):
        m = RE_VISIT_FOUND.search(t)
        if (m is None or m.start() > 40) and k > sites[0] and any(t.startswith(n) for n in sites[1]):
            # env24: a paragraph opening on a site the lead listed as visited tells what was seen there: what it found
            # ("黄源水库现场发现有…现象"), or its first sentence when that states a fault ("某项目现场未施工,治理进度滞后");
            # a site in good order or making progress ("…运行正常", "已完成…建设") is none
            f = RE_SITE_FOUND.search(t)
            first = re.split(r"(?<=[。；;!！])", t, maxsplit=1)[0]
            if f is None and not (RE_SHORTCOMING.search(first) or RE_SEGMENT_FAULT.search(first)):
                continue
            found = t[f.end():] if f else first
            found = re.split(r"(?<=[。；;!！])", found, maxsplit=1)[0].strip().rstrip("。；;!！ ")
            if len(found) >= 6 and not RE_GOOD_ORDER.search(found) and not RE_SITE_PROGRESS.search(found):
                visits.append(ParsedProblem(seq=None, title=found, position=paras[k].pos))
            continue
        if m is None or m.start() > 40:
            continue
        found = t[m.end():]
        h = RE_HEARSAY.search(found)
        if h:
            found = found[: h.start()]
        found = found.strip().rstrip("。；; ")
        if len(found) < 6 or RE_GOOD_ORDER.search(found):
            continue
        visits.append(ParsedProblem(seq=None, title=found, position=paras[k].pos))
    if len(visits) >= 2:
        return Candidate("list", visits, [], {"evidence": 0.5, "shortcoming": _ratio([p.title for p in visits], RE_SHORTCOMING)},
                         "暗访中每到一处发现的问题（一段一处）")
    return _checked_found_paragraphs(paras, texts)


# cases23: a news item on an inspection's exposed cases tells each inspected body in a paragraph of its own, the team's
# arrival and the body's welcome, then what the check established: "…经与某县共同核查发现，某县在…防治不力，职能部门监管不严
# 不实。", "经督察组与某县共同核查发现，…问题突出。" (R141). Each such paragraph is one problem, titled by the finding after
# "…核查发现，" to its full stop; a paragraph telling the fault put right (整改, 解决, 已…) is a found-and-fixed story, no
# exposure (R125), and so is one whose finding states nothing wrong.
RE_CHECKED_FOUND = re.compile(r"(?:^|(?<=[。；;，,]))\s*(?:经|通过)[^。，,；;]{0,24}?(?:核查|调查|检查|督察|暗访|核实|排查)"
                              r"[^。，,；;]{0,4}?发现\s*[，,:：]\s*(?P<f>[^。]{6,160}?)。")
RE_TOLD_FIXED = re.compile(r"整改|解决|已(?:经)?(?:完成|拆除|关停|清理|修复|恢复)|立即|马上|随即")


def _checked_found_paragraphs(paras, texts) -> Candidate | None:
    found = []
    for k, t in enumerate(texts):
        if "发现" not in t:
            continue
        ms = list(RE_CHECKED_FOUND.finditer(t))
        if len(ms) != 1 or RE_TOLD_FIXED.search(t):
            continue
        title = ms[0].group("f").strip().rstrip("；; ")
        if not (RE_SHORTCOMING.search(title) or states_amiss(title)):
            continue
        found.append(ParsedProblem(seq=None, title=title, position=paras[k].pos))
    if len(found) < 2:
        return None
    return Candidate("list", found, [], {"evidence": 0.5, "shortcoming": _ratio([p.title for p in found], RE_SHORTCOMING)},
                     "每段一个被督察对象“经…核查发现，”之后的问题")


# --- one place a paragraph, its responsible unit named in prose -------------------------------------------------------
# A city's 创城 exposure news tells each place found at fault in a paragraph of its own and names who answers for it in
# the sentence: "…现象，该项整治由市住建局负责。", "由某管委会负责的某小区内，督查组发现…", "某小区的责任单位是市人社局，…",
# "…，其责任单位为某区政府。", "…，应由市交警支队负责整治。" Each such paragraph is one problem of that unit, titled by what
# was found (after "发现", without the clause naming the unit); a place found put right ("已整治完成") is none.
RE_UNIT_IN_PROSE = re.compile(r"(?:由|责任单位(?:是|为))\s*([^\s，,。的、；;]{1,12}?(?:局|委|政府|办|办公室|支队|大队|中心|公司|管委会|街道|镇|乡|村|社区|站|所|院|队))"
                              r"\s*(?:负责|[，,。；;]|$)")
RE_PUT_RIGHT = re.compile(r"已(?:经)?(?:整治|整改)(?:完成|到位|完毕)|已完成(?:整改|整治)|整改较好")
RE_SAYS_AMISS = re.compile(r"[乱脏破损随意堆脱落未无缺差]|不")


def _without_unit_clause(body: str) -> str:
    spans = [m for m in re.finditer(r"[^,，。；;]+", body) if m.group(0).strip()]
    kept = [m for m in spans if not RE_UNIT_IN_PROSE.search(m.group(0) + "，")]
    if not kept:
        return ""
    if all(b.start() - a.end() <= 2 for a, b in zip(kept, kept[1:])) and len(kept) == len(
            [m for m in spans if kept[0].start() <= m.start() <= kept[-1].start()]):
        return body[kept[0].start(): kept[-1].end()].strip()
    return "，".join(m.group(0).strip() for m in kept)


def units_in_prose_candidate(paras) -> Candidate | None:
    problems = []
    for p in paras:
        t = p.text.strip()
        um = RE_UNIT_IN_PROSE.search(t)
        if um is None or RE_PUT_RIGHT.search(t) or len(t) > 200:
            continue
        fm = re.search(r"发现\s*[，,:：]?\s*", t)
        body = t[fm.end():] if fm else t
        title = _without_unit_clause(body).rstrip("。 ")
        if len(title) < 6 or not RE_SAYS_AMISS.search(title):
            continue
        problems.append(ParsedProblem(seq=None, title=title, position=p.pos, responsible_units=[um.group(1).strip()]))
    if len(problems) < 2:
        return None
    return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": _ratio([p.title for p in problems], RE_SHORTCOMING)},
                     "每段一处点位，段中写明责任单位")


# --- points of a recheck under headings of how far they got --------------------------------------------------------
# A 创文 weekly 督查通报 rechecks the points reported before, one a line — "1、某广场（责任单位：县商务局）：前期通报该点位
# 存在…等问题已按时整改到位。" — under headings saying how far they got ("整改较好的点位" / "整改未落实的点位"). Each point is one
# problem: titled by what is said of it, its units from the bracket, its heading its category, its state from its own
# closing words (已…整改到位 / 仍未整改到位). Points under a heading of praise ("工作亮点") are none.
RE_POINT_LINE = re.compile(r"^(?:(\d{1,2})\s*[、.．]\s*)?([^()（）:：。]{2,60}?)[(（]\s*(?:责任单位|责任部门)\s*[:：]\s*([^()（）]{2,60})[)）]\s*[:：]\s*(.{6,})$")
RE_GLUED_HEADING = re.compile(r"^((?:整改|已|未|仍)[^()（）:：。，,]{1,10}?(?:点位|问题|单位))")
RE_PRAISE_HEADING = re.compile(r"亮点|经验|做法|典型|好的|表扬|先进")
RE_POINT_DONE = re.compile(r"已(?:按时|按要求)?(?:整改到位|完成整改|整改完成|整改完毕)")


def recheck_points_candidate(paras) -> Candidate | None:
    heading = None
    problems = []
    for p in paras:
        t = p.text.strip()
        m = RE_POINT_LINE.match(t)
        num = int(m.group(1)) if m and m.group(1) else None
        if num is None and "责任" in t and (mk := item_marker(t)) is not None:
            point = RE_POINT_LINE.match(mk.rest.strip())  # (a point numbered （一） or （1） as the document chose)
            m, num = (point, mk.number) if point else (m, None)
        if m is None:
            if len(t) <= 14 and not re.search(r"[，,。；;:：!！?？]", t):
                heading = t
            continue
        glued = RE_GLUED_HEADING.match(m.group(2)) if num is None else None
        if glued and m.group(2)[glued.end():].strip():  # a heading line joined onto the first point under it
            heading = glued.group(1)
        if heading and RE_PRAISE_HEADING.search(heading) and not re.search(r"整改", heading):
            continue
        title = m.group(4).strip().rstrip("。 ")
        if not RE_SHORTCOMING.search(title):
            continue
        status = "done" if RE_POINT_DONE.search(title[-16:]) else status_of(title[-10:])
        problems.append(ParsedProblem(seq=num, title=title, category=heading,
                                      status=status, position=p.pos, responsible_units=split_units(m.group(3))))
    if len(problems) < 2:
        return None
    return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0}, "复查点位（“某点位（责任单位：…）：…”）")


# --- an unannounced visit told in timed entries ----------------------------------------------------------------------
# A 作风 暗访 通报 tells what the visitors saw clock time by clock time — "10:30,某局窗口一名男同志看网络视频。" — often
# several entries in one paragraph ("…看录像;10:10,612房间…"), under one heading per county. Each entry that tells of
# misconduct is one problem, titled by what was seen; an entry praising what was seen (到岗情况良好, 秩序井然, 坚守岗位)
# is none, and neither is a last entry cut before its full stop. Only in a document that says it reports a visit.
RE_TIMED_ENTRY = re.compile(r"(?:^|(?<=[;；。])|(?<=[上下]午|全天)|(?<=[日天晚]))\s*(\d{1,2}\s*[:：]\s*\d{2})\s*[,，]\s*")
# the line giving the visit's day, run into its first entry: "时间:3月28日全天10:30,…"
RE_ENTRY_DAY = re.compile(r"^(?:时间\s*[:：]\s*)?(?:\d{1,2}月\d{1,2}日)?\s*(?:全天|上午|下午|晚上|夜间)?\s*$")
RE_VISIT_REPORT = re.compile(r"暗访|明察暗访|突击检查|随机抽查|督查|巡查")
RE_ENTRY_PRAISE = re.compile(r"良好|井然|有序|坚守岗位|热情|周到|全部在位|均在岗|在岗在位|认真|规范有序|整洁")
RE_ENTRY_MISCONDUCT = re.compile(
    r"无人|不在岗|脱岗|离岗|空岗|紧锁|看(?:网络)?视频|看录像|看电影|玩(?:网络)?游戏|游戏|上网|网购|网上购物|购物|聊(?:QQ|天|微信)|"
    r"吃|睡觉|打牌|炒股|迟到|早退|串岗|闲聊|听音乐|玩手机|刷手机|只有一个房间有人|打台球"
    r"|股票|扑克|不雅")  # (check24: "浏览股票网页", "在网上打扑克", "播放不雅照片")
# check24: a visit story tells one office a paragraph, opened by the clock time in words or by "随后," ("当日上午10时30分,
# 暗访组来到某区发改委。在会计办公室内,一名工作人员正在浏览股票网页。被督查员发现后,…", "下午3时07分,…", "随后,督查员来到
# 某科,一名工作人员的电脑…播放不雅照片。"): each such paragraph is one entry, its finding the first sentence telling of
# misconduct, without the clauses leading in to it (where the visitors went, "在…办公室内,", "督查员发现,"); what the staff
# said after it is no part of it (R92).
RE_CLOCK_PARAGRAPH = re.compile(r"^(?:当日|当天|次日|同日)?(?:[上中下]午|晚上|凌晨)?\s*\d{1,2}\s*时(?:\s*\d{1,2}\s*分|许|左右)?\s*[,，]"
                                r"|^(?:随后|接着|紧接着|之后)\s*[,，]")
RE_VISIT_LEAD_CLAUSE = re.compile(r"^(?:在[^，,]{1,24}?(?:内|里|中|处|前|门口)|[^，,]{0,10}?(?:督查员|暗访组|检查组|督查组|暗访人员|检查人员|记者)"
                                  r"[^，,]{0,4}?(?:来到|走进|进入|发现|看到)[^，,]{0,24})$")


def _visit_paragraph_finding(t: str) -> str | None:
    t = RE_CLOCK_PARAGRAPH.sub("", t, count=1)
    for sentence in re.split(r"[。！!]", t):
        if not RE_ENTRY_MISCONDUCT.search(sentence):
            continue
        shared = RE_SHARED_AT.match(sentence.strip())
        if shared is not None and re.search(r"均|都", sentence.strip()[shared.end():]):
            continue  # (port24: several bodies' shared fault, "在甲所、乙所,…均无人值守": none, R122)
        clauses = [c.strip() for c in re.split(r"[，,]", sentence) if c.strip()]
        while clauses and RE_VISIT_LEAD_CLAUSE.match(clauses[0]):
            clauses.pop(0)
        found = ",".join(clauses)
        if len(found) >= 6 and RE_ENTRY_MISCONDUCT.search(found) and not RE_HEARSAY_OPENS.match(found):
            return found
        return None
    return None


# the body a visit came to, named whole before the sentence ends ("暗访组来到江汉区发改委。"), not an office inside it
# ("督查员来到…分局办公室", "来到经济发展科": a part of the body visited last)
RE_VISITED_BODY = re.compile(r"(?:暗访组|督查组|检查组|督查员|暗访人员|检查人员)(?:一行)?(?:来到|走进|进入|抵达)"
                             r"([\u4e00-\u9fff]{2,20}?(?:委|局|政府|法院|检察院|医院|中心|公司|管委会))(?=[。，,；;]|$)")
# (or an office of a body named with it, "来到某区城管局执法科": that body; a branch inside the body visited last, "…分局
# 办公室", is none of its own)
RE_VISITED_BODY_PART = re.compile(r"(?:暗访组|督查组|检查组|督查员|暗访人员|检查人员)(?:一行)?(?:来到|走进|进入|抵达)"
                                  r"([\u4e00-\u9fff]{2,20}?(?<!分)(?:委|局|政府|法院|检察院|医院|公司))"
                                  r"[\u4e00-\u9fff]{1,10}?(?:办公室|科|股|室|窗口|大厅)(?=[。，,；;]|$)")
RE_VISITED_ANY = re.compile(r"(?:来到|走进|进入|抵达)")
RE_VISITED_PART = re.compile(r"(?:来到|走进|进入|抵达)[\u4e00-\u9fff]{0,20}?(?:办公室|科|股|室|窗口|大厅|分局)")
RE_HEARSAY_OPENS = re.compile(r"^(?:[他她其]|该[^，,]{0,6}?)(?:本人)?(?:表示|解释|承认|说|称)")


# port24 (from news24): a stop at several bodies sharing one fault, "在甲派出所、乙派出所,督查员发现,…公示牌均更新不及时。",
# is none (R122); each body told on its own in the next sentence's comma clauses, "甲派出所的公示牌还停留在…,乙派出所的
# 公示牌则停留在…", is one problem of that body, titled by its clause (when every clause opens on one of the bodies named)
_SHARED_BODY = r"[^，,。、]{2,16}?(?:所|局|委|办|院|站|中心|队|科|街道|社区|公司|厂)"
RE_SHARED_AT = re.compile(r"^在\s*((?:" + _SHARED_BODY + r"[、和及与]){1,4}" + _SHARED_BODY + r")\s*[，,]")


def _bodies_told_apart(t: str) -> list[tuple[str, str]]:
    sentences = [x.strip() for x in re.split(r"[。！!]", RE_CLOCK_PARAGRAPH.sub("", t, count=1)) if x.strip()]
    for i, sentence in enumerate(sentences[:-1]):
        shared = RE_SHARED_AT.match(sentence)
        if shared is None or not re.search(r"均|都", sentence[shared.end():]):
            continue
        names = [x.strip() for x in re.split(r"[、和及与]", shared.group(1)) if len(x.strip()) >= 3]
        parts = [x.strip() for x in re.split(r"[，,]", sentences[i + 1]) if x.strip()]
        own = [(x, next(n for n in names if x.startswith(n))) for x in parts if any(x.startswith(n) for n in names)]
        if len(own) == len(parts) and len({n for _, n in own}) >= 2:
            return own
    return []


RE_ENTRY_GROUP = re.compile(r"^([^:：，,。；;\s\d]{2,10})\s*[:：](?!\s*\d)[^。]{0,30}$")


def timed_entries_candidate(paras) -> Candidate | None:
    if not any(RE_VISIT_REPORT.search(p.text) for p in paras[:6]):
        return None
    problems = []
    entries = 0
    heading = None
    for k, p in enumerate(paras):
        t = p.text.strip()
        ms = list(RE_TIMED_ENTRY.finditer(t))
        if not ms or (ms[0].start() > 0 and not RE_ENTRY_DAY.match(t[:ms[0].start()])):
            h = RE_ENTRY_GROUP.match(t)
            if h and not t.startswith("时间"):  # "濮阳县:有人上班工作忙 有人上班娱乐忙": the place the entries after it are in
                heading = h.group(1)
            continue
        for i, m in enumerate(ms):
            entries += 1
            body = t[m.end():ms[i + 1].start()] if i + 1 < len(ms) else t[m.end():]
            body = body.strip()
            last = k == len(paras) - 1 and i == len(ms) - 1
            if last and not re.search(r"[。.!！;；]$", body):  # a copy cut inside its last entry
                continue
            title = body.rstrip("。.;； ")
            if len(title) < 4 or not RE_ENTRY_MISCONDUCT.search(title) or (
                    RE_ENTRY_PRAISE.search(title) and not re.search(r"无人|不在岗|紧锁|玩|看|聊|购物", title)):
                continue
            problems.append(ParsedProblem(seq=None, title=title, category=heading, position=p.pos))
    if entries < 4 and sum(1 for p in paras if RE_CLOCK_PARAGRAPH.match(p.text.strip())) >= 3:
        problems, entries, body = [], 0, None
        for p in paras:
            t = p.text.strip()
            if not RE_CLOCK_PARAGRAPH.match(t):
                continue
            entries += 1
            visited = RE_VISITED_BODY.search(t) or RE_VISITED_BODY_PART.search(t)
            if visited:
                body = visited.group(1)  # (the body visited answers for what is found in its offices after, R104/C31)
            elif RE_VISITED_ANY.search(t) and not RE_VISITED_PART.search(t):
                body = None  # (a place visited that is no body, "来到某区。": no unit)
            found = _visit_paragraph_finding(t)
            told = _bodies_told_apart(t) if "均" in t or "都" in t else []
            if told:
                problems.extend(ParsedProblem(seq=None, title=x, position=p.pos, responsible_units=[n]) for x, n in told)
            elif found:
                problems.append(ParsedProblem(seq=None, title=found, position=p.pos, responsible_units=[body] if body else []))
        if entries >= 3 and len(problems) >= 2:
            return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0}, "暗访中一段一处、按时间记下的情况（“上午10时30分，…”）")
        return None
    if entries < 4 or len(problems) < 2:
        return None
    return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0}, "暗访中逐个时间点记下的情况（“10:30，某窗口…”）")


# --- findings without numbers, place by place, after a lead naming them -----------------------------------------------
# A notice's findings listed place by place ("…存在一些问题，具体如下： 花园市场： 水果摊位摆放不整齐…。 市场入口…。
# 沿江市场： …") with no numbers (a copy that lost them): each one-sentence line under a place line is one problem of that
# place, up to the line that closes the list ("以上为检查中发现的问题…") or a paragraph that is no finding.
RE_PLACES_CLOSED = re.compile(r"^(?:以上|上述)")


def grouped_findings_candidate(paras) -> Candidate | None:
    texts = [p.text.strip() for p in paras]
    for k, t in enumerate(texts):
        if not t.endswith((":", "：")) or not stated_problems_lead(t):
            continue
        problems, place, groups = [], None, 0
        for j in range(k + 1, min(len(texts), k + 80)):
            u = texts[j]
            if RE_PLACE_GROUP_LINE.match(u):
                place, groups = u.rstrip(":：").strip(), groups + 1
                continue
            if place is None or RE_PLACES_CLOSED.match(u) or len(u) > 100 or u.rstrip("。").count("。") > 0:
                break
            problems.append(ParsedProblem(seq=None, title=u.rstrip("。；; "), category=place, position=paras[j].pos))
        if groups >= 2 and len(problems) >= 2 * groups:
            return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": _ratio([p.title for p in problems], RE_SHORTCOMING)},
                             "逐个地点列出、未编号的问题（“某市场：…。…。”）")
    return None


# --- a check's red and black lists ------------------------------------------------------------------------------------
# check24: a check's results published as a 红黑榜: a label line over each list ("红榜小区", "黑榜小区", "本期黑榜单位:",
# "曝光榜"), then one row a line, its cells apart by spaces or bars: the body, what was found there, the result
# ("青草湾一期 未明显开展分类工作 拒绝清运"). Each row under a black list's label is one finding (R10), titled by its finding
# cell (R89), the label its category (R130); a red list's rows are praise (R16). The body named first is a place or a body
# the list exposes: the rows give no unit (R103).
RE_BLACK_LIST_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:黑榜|曝光榜|差评榜|后进榜|黑名单)[\u4e00-\u9fff]{0,6}\s*[:：]?$")
RE_ROW_CELL_GAP = re.compile(r"\s*[|｜]\s*|[ \u3000\t]+")
RE_ROW_PUNCT = re.compile(r"[。；;!！?？]")


def _black_list_row(text: str) -> str | None:
    """The finding cell of a list's row "<body> <finding> [<result>…]", or None when the line is no such row."""
    if RE_ROW_PUNCT.search(text):
        return None
    cells = [c for c in RE_ROW_CELL_GAP.split(text.strip()) if c]
    if not 2 <= len(cells) <= 5 or any(len(c) > 40 for c in cells) or len(cells[0]) > 20 or re.search(r"[，,:：]", cells[0]):
        return None
    finding = cells[1]
    # (the list exposes what its rows name: the finding cell is what was wrong whatever its words, but words it is — not
    # a score or a figure, "65分")
    if len(finding) < 3 or RE_FIGURE_CELL.match(finding) or not re.search(r"[\u4e00-\u9fff]{3}", finding):
        return None
    return finding


def black_list_candidate(lines) -> Candidate | None:
    """The rows of a check's black list, one finding a row (None when no black list's label stands over two rows), from
    the lines as printed (``lines``: Para of the raw text, its spaces kept)."""
    if not lines or not any("榜" in p.text or "黑名单" in p.text for p in lines):
        return None
    from .normalize import clean_text
    problems = []
    texts = [p.text.strip() for p in lines]
    for k, t in enumerate(texts):
        if not RE_BLACK_LIST_LABEL.match(t):
            continue
        label = t.rstrip(":： ")
        rows = []
        for j in range(k + 1, len(texts)):
            if not texts[j]:
                continue
            finding = _black_list_row(texts[j])
            if finding is None:
                break
            rows.append(ParsedProblem(seq=None, title=clean_text(finding), category=clean_text(label), position=lines[j].pos))
        if len(rows) >= 2:
            problems.extend(rows)
    if not problems:
        return None
    return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0}, "“黑榜”下逐行列出的对象及其问题")


# --- findings told inside each team's paragraph ------------------------------------------------------------------------
# A night check told team by team ("第一督查组来到…督查，…基本到岗到位。但在巡查中发现，甲村路边正在焚烧垃圾，乙村一农田正在
# 焚烧秸秆，督查组要求相关人员立即扑灭火点。") names its findings in the clauses after "发现，", up to the clause telling what
# the team did about them (要求…, 立即…, 发现问题后…). Each clause telling of a fault (焚烧, 乱…, 未…, 无人…) is one problem;
# clauses of good order (到岗到位, 均按要求) are none.
RE_TEAM = re.compile(r"(?:督查|检查|暗访|巡查|督导)组")
# (not "共计发现问题25处，涉及：…": a count of what was found, summed up by kind)
RE_FOUND_AT = re.compile(r"发现(?!\s*(?:(?:的?问题|各类问题|隐患)\s*(?:\d|[一二三四五六七八九十两]+\s*[处个项条起])|\d+\s*[处个项条](?:问题|隐患)))\s*[，,:：]?\s*")
RE_RESPONSE_CLAUSE = re.compile(r"要求|责令|立即|督促|发现问题后|已安排|已责成|当即|现场")
RE_FAULT_CLAUSE = re.compile(r"不规范|不到位|焚烧|焚毁|乱[扔倒堆停放搭建排摆丢贴]|违规|违法|偷排|直排|未(?!发现)[^，,。]{1,8}|无人|脱岗|离岗|堆放|占道|破损|冒烟|火点|污水|私搭")


# news22 (R12, R82): when the sentence names the one body checked before "发现" ("督查组对丰台区某印刷有限公司现场检查时
# 发现,该公司正在生产,…未安装VOCs治理设施,有机废气直排。"), its clauses are that body's faults: one problem, titled by them
# all up to the team's response; a team's name standing alone on the line above the paragraph ("北京市督查组") is its
# category (a check's teams sorting its findings).
RE_KINDS_SUMMED = re.compile(r"等(?:方面的?)?(?:问题|隐患|情况|现象)$")
RE_BODY_CHECKED_THEN_FOUND = re.compile(r"对[^，,。；;对]{2,40}?(?:进行了?)?(?:现场|实地)?(?:检查|督查|暗访|抽查|巡查)(?:时|中|过程中)?\s*$")
RE_TEAM_HEADING = re.compile(r"^[^，,。:：；;\s]{2,12}(?:督查|督察|检查|暗访|巡查|督导)组$")
# (or the team's line glued by the copy to the paragraph it heads, the paragraph opening on its date: "北京市督查组7月31日,…")
RE_GLUED_TEAM_HEADING = re.compile(r"^([^，,。:：；;\s\d]{2,12}?(?:督查|督察|检查|暗访|巡查|督导)组)(?=\d{1,4}\s*[年月日]|近日|日前|当天|今年)")


def team_findings_candidate(paras) -> Candidate | None:
    if sum(len(RE_TEAM.findall(p.text)) for p in paras) < 2:
        return None
    problems = []
    for k, p in enumerate(paras):
        t = p.text
        if not RE_TEAM.search(t):
            continue
        head = paras[k - 1].text.strip() if k > 0 else ""
        glued = RE_GLUED_TEAM_HEADING.match(t) if p.joined else None
        head = glued.group(1) if glued else head
        for sentence in re.split(r"(?<=[。；;！!])", t):
            m = RE_FOUND_AT.search(sentence)
            if m is None:
                continue
            one_body = RE_BODY_CHECKED_THEN_FOUND.search(sentence, 0, m.start())
            run = []
            for clause in re.split(r"[，,]", sentence[m.end():].rstrip("。；;！! ")):
                clause = clause.strip()
                if not clause:
                    continue
                if RE_RESPONSE_CLAUSE.search(clause) or RE_TEAM.search(clause):
                    break
                if one_body:
                    run.append(clause)
                    continue
                if len(clause) >= 5 and RE_FAULT_CLAUSE.search(clause) and not RE_GOOD_ORDER.search(clause) \
                        and not RE_KINDS_SUMMED.search(clause):  # (news22: "…等问题" sums the kinds found up, R19)
                    # ("…未能正常运行 的问题": the closing "的问题" names the list, not the fault)
                    problems.append(ParsedProblem(seq=None, title=re.sub(r"\s*的问题$", "", clause), position=p.pos))
            if run and any(len(c) >= 4 and (RE_FAULT_CLAUSE.search(c) or states_amiss(c)) for c in run):
                problems.append(ParsedProblem(seq=None, title=",".join(run), position=p.pos,
                                              category=head if RE_TEAM_HEADING.match(head) else None))
    if len(problems) < 2:
        return None
    return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0}, "各督查组段落中“发现，”后逐句记下的问题")


# --- faults told as the clauses of a paragraph ---------------------------------------------------------------------------
# A market 通报 says that problems exist ("…大多数市场经营有序，但也存在不少问题。") and then names them in one sentence, a
# place and its fault a clause, apart by "；"; a city's evaluation goes district by district ("甲区：整体情况一般。部分市场
# …，如…；乙市场…未整改。"), each "；"/"。" segment a place and its fault. Each segment telling of a fault is one problem;
# a segment of praise or of a plain grade ("大部分市场情况一般", "…情况较好") is none, and an overall grade opening a
# segment before "但" ("整体情况较好，但…") is not part of the problem.
RE_PROBLEMS_EXIST = re.compile(r"(?:但|仍|也|还|均|都|普遍)[^。；;]{0,6}存在(?:着)?(?:不少|一些|较多|部分|诸多|以下|如下)?(?:的)?(?:[\u4e00-\u9fff]{0,6}污染)?问题\s*[。:：]"
                               # os18: or hazards, said to show in what follows: "但还是存在一定的安全隐患,主要表现在:A;B;C等。"
                               r"|(?:但|仍|也|还)[^。；;]{0,6}存在(?:着)?(?:一定|不少|一些|较多|诸多)?(?:的)?[\u4e00-\u9fff]{0,4}(?:隐患|问题)"
                               r"\s*[,，]\s*(?:主要)?表现(?:在|为)\s*[:：]")
RE_DISTRICT_OPEN = re.compile(r"^\s*([\u4e00-\u9fff]{1,8}(?:区|县|市|镇|乡|街道))\s*[:：]\s*")
RE_SEGMENT_FAULT = re.compile(r"不(?:及时|到位|清洁|规范|整洁|能正常|达标|合格)|积灰|乱[摆放堆停扔贴搭倒]|比较乱|较乱|回潮|未整改|得不到|脏污|污垢"
                              r"|失效|过期"
                              r"|缺失|较差|突出|异味|堆积|破损|未(?!发现)[\u4e00-\u9fff]{1,8}|无明显|零碎垃圾|共性问题"
                              r"|严重|较多|有待"
                              # news21: faults of a built thing or a site as a story tells them (a railing's gap, a
                              # blocked drain, sewage overflowing, a collapsed wall, standing water)
                              r"|缺口|堵塞|污水|溢出|溢水|倒灌|坍塌|垮塌|损毁|渗漏|漏水|断裂|积水"
                              # news22: and the faults of a matter as a story tells them: a thing left unattended, a
                              # road or a way blocked, money kept back or its whereabouts unknown, a matter dragged on,
                              # a work stopped ("垃圾池无人清理", "先后堵了3次路", "补助金去向不明", "仍留存于村基本户中",
                              # "退还的事一拖再拖", "发生纠纷停工")
                              r"|(?:无|没)人(?:清理|清运|管理|维护|维修|打扫|看管|过问|问津|疏通|管)|[堵拦](?:住|了|路)|封堵"
                              r"|(?:去向|底数|用途|账目)不明"
                              r"|截留|滞留|(?:仍|一直|长期)(?:留存|存放)|一拖再拖|久拖不决|拖延|停工|停滞|搁置")
RE_RESPONSE_SENTENCE = re.compile(r"^(?:我局|我们|已|随即|当即|现场|对此|针对)|要求|责令|下达|督促|限期")
RE_STILL_FAULT = re.compile(r"仍(?:有|存在)\s*([^；;。]{4,120}?等?(?:缺失|问题|情形|情况))\s*(?:尚)?未(?:完成)?(?:改善|整改|改正)")
RE_NOT_YET_RECTIFIED = re.compile(r"(?:仍|尚|还)?未(?:能)?整改(?:到位)?|仍得不到(?:有效)?整改"
                                  r"|整改(?:仍|尚|还|依然)未(?:能)?(?:到位|完成)")  # (chk21: "该隐患整改仍未到位")
RE_OVERALL_BEFORE_BUT = re.compile(r"^(?:整体|总体|大部分|大多数|多数)[^，,。]{0,10}[，,]\s*但\s*")
RE_SEGMENT_LEAD = re.compile(r"^(?:此外|另外|同时)\s*[，,]\s*")


def _fault_segments(text: str, pos: int) -> list:
    out = []
    for seg in re.split(r"[。；;]", text):
        seg = RE_SEGMENT_LEAD.sub("", RE_OVERALL_BEFORE_BUT.sub("", seg.strip())).strip(" ，,")
        if seg.endswith("等") and len(seg) >= 7 and text.rstrip(" 。").endswith(seg):
            seg = seg[:-1]  # (the closing "等" of the last clause closes the list: "…;地面未设置防滑设施等。")
        if len(seg) >= 6 and RE_SEGMENT_FAULT.search(seg) and not RE_GOOD_ORDER.search(seg):
            # (a fault said to be still not rectified, "…未整改", "仍得不到有效整改": under way)
            out.append(ParsedProblem(seq=None, title=seg, position=pos,
                                     status="in_progress" if RE_NOT_YET_RECTIFIED.search(seg) else None))
    return out


# a check's finding verb, the check named just before it in the sentence: "检查发现：", "…开展飞行检查，发现该企业…"
# (not "未发现", "没有发现"); what follows to the sentence's end, in ";" clauses, is what it found
RE_CHECK_FOUND = re.compile(r"(?:检查|排查|督查|抽查|巡查|暗访|督导)[^。；;!！?？]{0,40}?(?<![未没])发现\s*"
                            r"(?:(?:的|了)?(?:主要)?问题\s*(?=[:：]))?[:：，,]?\s*")  # (chk21: "检查发现问题:A;B;C" — the label whole)
# a clause opening on an unnamed few of the bodies checked: "个别村级党组织…", "少数村…", "部分单位…", "有的乡镇…"
RE_UNNAMED_FEW = re.compile(r"(?:极)?(?:个别|少数|部分|有的|一些|少部分)")
# the label a list of findings opens on, after the finding verb: "的主要问题包括:", "了不少问题,如", "的问题有:", "以下隐患:"
RE_FOUND_LIST_LABEL = re.compile(r"^(?:的|了|出)?(?:不少|一些|许多|诸多|较多|以下|如下)?(?:的)?(?:主要|突出)?(?:的)?(?:问题|隐患|情况)"
                                 r"(?:主要)?(?:包括|有|是|为|如下)?\s*[:：，,]\s*(?:如|比如|例如|主要有|包括)?\s*[:：]?\s*")
# a clause opening on a kind of fault, not a body: "环境卫生方面:", "消防安全方面：", "在电梯方面,"
RE_KIND_OPENS = re.compile(r"^(?:在)?[\u4e00-\u9fff]{2,10}方面\s*[:：，,]")
# the words closing the last clause that sum up the whole list: "…外挂机锈蚀严重等安全隐患问题"
RE_LIST_SUMMED = re.compile(r"等(?:[\u4e00-\u9fff]{0,6}?)(?:问题|隐患)$")
# (a fault a check finds in a place, beyond RE_SHORTCOMING's and RE_SEGMENT_FAULT's words: "缺少防蝇设施", "无法提供…记录",
# "无外包装车间", "灭火器失效", "外挂机锈蚀", "堆放大量杂物")
RE_FOUND_FAULT = re.compile(r"缺少|无法|(?:^|[^\u4e00-\u9fff]|企业|单位|现场)无|损坏|失效|老化|锈蚀|杂物|堵塞|私拉|乱拉|过期"
                            r"|空白")  # (check24: a website's or a form's "栏目空白")


RE_COUNT_THEN_NAMED = re.compile(r"^[^，,；;。]{0,20}?\d+\s*[个家处项条起所][，,]\s*(?:其中|包括|分别是|如|例如)\s*[，,:：]?\s*")
# a clause after a comma opening on another place, the region first ("…网超过6年未更新,内蒙古自治区某旗“…”网超过2年…")
RE_PLACE_CLAUSE_AT = re.compile(r"[，,](?=[\u4e00-\u9fff]{2,5}(?:省|自治区|市|县)[\u4e00-\u9fff“])")
# two bodies named before one fault ("甲省“…”网、乙省“…”网超过2年未更新"): no one body's finding (R122)
RE_TWO_BODIES = re.compile(r"”\s*[、和及与]\s*[\u4e00-\u9fff]{0,12}“|、[\u4e00-\u9fff]{2,5}(?:省|自治区)")


def _places_parted(clause: str) -> list[str]:
    """check24 (R162): a finding clause holding a second place's finding after a comma, each stating a fault, parted into
    one finding each; a part naming two bodies before one shared fault is none (R122). The clause whole otherwise."""
    cuts = [m.start() for m in RE_PLACE_CLAUSE_AT.finditer(clause)]
    if not cuts:
        return [clause]
    bounds = [0, *cuts, len(clause)]
    parts = [clause[a:b].strip(" ，,") for a, b in zip(bounds, bounds[1:])]
    if not all(RE_SHORTCOMING.search(x) or RE_SEGMENT_FAULT.search(x) or RE_FOUND_FAULT.search(x) for x in parts):
        return [clause]
    kept = [x for x in parts if not RE_TWO_BODIES.search(x)]
    return kept or [clause]


def _check_found_clauses(paras) -> Candidate | None:
    """"检查发现：A；B；C等安全隐患问题。", "…开展飞行检查，发现该企业A；B；…；H。": a check's findings in one sentence, three or
    more ";" clauses after its finding verb, most of them stating a fault: one problem per clause, titled whole (the first
    keeps its subject), the "等…问题" summing up the list dropped from the last (blind28 college, food; blind19's clauses)."""
    for p in paras:
        if "发现" not in p.text or (p.text.count("；") + p.text.count(";")) < 2:
            continue
        summed_to = -1  # (a sentence read as a summing-up: no finding verb inside it starts another list)
        for m in RE_CHECK_FOUND.finditer(p.text):
            if m.start() < summed_to:
                continue
            sentence = re.split(r"(?<=。)", p.text[m.end():], maxsplit=1)[0].rstrip("。 ")
            clauses = [c.strip(" ，,") for c in re.split(r"[；;]", sentence)]
            if len(clauses) < 3 or any(len(c) < 4 or len(c) > 80 for c in clauses):
                continue
            clauses[-1] = RE_LIST_SUMMED.sub("", clauses[-1]).strip(" ，,")
            # (the list's own label left before the first clause: "暗访发现的主要问题包括:A;B", "发现了不少问题,如A;B")
            clauses[0] = RE_FOUND_LIST_LABEL.sub("", clauses[0]).strip(" ，,")
            # (a count of what was found, then "其中," naming them: "不合格网站112个,其中,甲网…" — the count is no part of
            # the first finding, R92)
            clauses[0] = RE_COUNT_THEN_NAMED.sub("", clauses[0]).strip(" ，,")
            clauses = [part for c in clauses for part in _places_parted(c)]
            if all(RE_UNNAMED_FEW.match(c) for c in clauses) or all(RE_KIND_OPENS.match(c) for c in clauses):
                # (or every clause opens on a kind of fault, "环境卫生方面:…;电梯方面:…;消防安全方面:…等三类问题12个": a
                # check's findings summed up by kind over the many bodies it saw, R19)
                # ks20: every clause opens on an unnamed few ("个别村…；少数村…；有的单位…"): a round's summing-up of the
                # kinds of fault it saw across many bodies, not one finding a clause (R19: [] for many bodies at once)
                summed_to = m.end() + len(sentence)
                continue
            faults = sum(1 for c in clauses if RE_SHORTCOMING.search(c) or RE_SEGMENT_FAULT.search(c) or RE_FOUND_FAULT.search(c))
            if faults * 2 < len(clauses) or any(RE_RESPONSE_SENTENCE.search(c) for c in clauses):
                continue
            problems = [ParsedProblem(seq=None, title=c, position=p.pos) for c in clauses]
            firms = [RE_FIRM_OPENS.match(c) for c in clauses]
            if all(firms):
                # res19: every clause opens on the firm it found at fault ("执法人员在检查中发现甲化工科技有限公司厂区内
                # 有扬尘…;乙化工有限公司…等问题;丙传动件厂未纳入…名单,属于停产企业,必须现场查封"): the firm is its unit,
                # and the order the regulator gave it, closing its clause, is no part of the finding (R92)
                for q, f in zip(problems, firms):
                    q.responsible_units = [f.group(1)]
                    q.title = RE_CLAUSE_ORDER.sub("", RE_FIRM_ORDER.sub("", q.title))
            return Candidate("list", problems, [],
                             {"evidence": 0.5, "shortcoming": 1.0}, "检查“发现”之后一句中以“；”分开列出的问题")
    return None


# res19: the firm a recheck clause opens on, by the short name news uses after naming it in full ("卡多利亚经卫生局复查仍有
# …", "顶旺复查仍有…"): the full name the text quotes that begins with it ("台南市「卡多利亚食品股份有限公司」"), the firm's
# unit; a short name the text quotes no full name for is no unit
RE_CLAUSE_SUBJECT = re.compile(r"\s*([\u4e00-\u9fff]{2,24}?)(?=经|复查|于)")
RE_QUOTED_FIRM = r"[「“\"『]({}[\u4e00-\u9fff]{{0,20}}?(?:有限责任公司|有限公司|公司|工厂|厂|店|餐厅|中心))[」”\"』]"


def _firm_of_clause(para: str, at: int, text: str) -> list:
    start = max(para.rfind(c, 0, at) for c in "；;。、，,\n") + 1
    m = RE_CLAUSE_SUBJECT.match(para, start, at)
    if m is None:
        return []
    full = re.search(RE_QUOTED_FIRM.format(re.escape(m.group(1))), text)
    return [full.group(1)] if full else []


# a clause that opens on a firm's name, its words running straight on ("甲化工科技有限公司厂区内有扬尘…", "丙传动件厂未纳入…")
RE_FIRM_OPENS = re.compile(r"^([\u4e00-\u9fff]{2,24}?(?:有限责任公司|有限公司|公司|厂|店|餐馆|饭店|酒店|宾馆|超市|商场|会所|作坊))"
                           r"(?=[\u4e00-\u9fff])")
# the order closing such a clause: "必须现场查封", "被依法关停", "责令停产整顿"
RE_FIRM_ORDER = re.compile(r"[,，]\s*(?:必须|须|应|被|已|予以|责令)?(?:现场|依法|临时|立即)?(?:查封|关停|取缔|停产整顿|停业整顿)\s*$")


# a 镇's check notice names each village's faults in one clause of one sentence, after the lead that says problems remain
# (or that the rectification of the villages rechecked is poor): "…但也依然存在一些问题,岗阳村发现多处…乱堆乱放…;榕树村存在
# 建筑垃圾未清理…;协和村发现…", "被督查村整改情况不容乐观,大湖村有两处未整改…;大布村有三处未整改;高车村有三处未整改。"
# — one problem per village clause, the village kept as its subject; every clause must open with a village (or 社区) and
# tell a fault. A notice may hold two such paragraphs (a 回头看 and a new check): both are read.
RE_VILLAGE_CLAUSES_LEAD = re.compile(r"(?:存在(?:着)?(?:不少|一些|较多|诸多)?(?:的)?问题|(?:整改)?(?:情况)?不容乐观)\s*[,，]\s*"
                                     r"(?=[\u4e00-\u9fff]{1,6}(?:村|社区)(?:发现|存在|有))")
RE_VILLAGE_CLAUSE_OPEN = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:村|社区)(?:发现|存在|有)")


def _village_clauses(paras) -> list:
    out = []
    for p in paras:
        m = RE_VILLAGE_CLAUSES_LEAD.search(p.text) if ("村" in p.text or "社区" in p.text) else None
        if m is None:
            continue
        sentence = re.split(r"(?<=。)", p.text[m.end():], maxsplit=1)[0]
        segs = [x.strip(" ，,。") for x in re.split(r"[；;]", sentence) if x.strip(" ，,。")]
        if len(segs) < 2 or not all(RE_VILLAGE_CLAUSE_OPEN.match(x) and RE_SEGMENT_FAULT.search(x) for x in segs):
            continue
        # xs18: the paragraph's heading on a line of its own ("整体情况", then "从此次督查情况来看,…") that the copy's
        # blank lines got it joined to (the paragraph is made of more than one line, and a new sentence opens right after
        # the label): the clauses' category, as a heading over them is
        g = RE_GLUED_OVERALL_HEADING.match(p.text) if p.joined else None
        out.extend(ParsedProblem(seq=None, title=x, position=p.pos, category=g.group(1) if g else None,
                                 status="in_progress" if RE_NOT_YET_RECTIFIED.search(x) else None) for x in segs)
    return out


RE_GLUED_OVERALL_HEADING = re.compile(r"^((?:整体|总体|基本|检查|督查|暗访)情况)(?=从|经|据|此次|本次|近日|日前)")


# an unannounced visit's report (暗访) tells, after its finding lead ("暗访发现,…但个别村庄存在…等问题。"), one place a
# sentence: "在临颍县台陈镇下坡郭村,主街村民的生活用水管道漏水,…。在郾城区商桥镇坡边村,…。" — each such sentence is one
# problem, titled by its faults after the place lead-in (a sentence opening otherwise ends nothing: it is skipped; the
# paragraphs after the lead are read while they open with such a sentence)
RE_VISIT_FINDING_LEAD = re.compile(r"(?:暗访|检查|督查|巡查|明察暗访)(?:中)?发现\s*[,，:：][^。]{0,80}?问题\s*[。:：]")
RE_PLACE_LEAD_IN = re.compile(r"^在([^，,。；;在]{2,24}?(?:村|社区|镇|乡|街道|县|区|路|道|口|附近|小区|市场|广场|公园|处)(?:[东南西北]{1,2}(?:侧|角)?|旁|内)?)\s*[,，]\s*")


RE_TOWNSHIP_VILLAGE_OPENING = re.compile(r"^(?![该各全本此每])[\u4e00-\u9fff]{1,6}(?:乡|镇)[\u4e00-\u9fff]{1,5}?村(?=[\u4e00-\u9fff])")
RE_HEAP_LEFT = re.compile(r"有(?:生活|建筑)?(?:垃圾|杂物|杂草|秸秆|渣土)[\u4e00-\u9fff]{0,2}堆放")


def _place_sentences(paras) -> list:
    out = []
    lead_at = next((k for k, p in enumerate(paras) if "发现" in p.text and RE_VISIT_FINDING_LEAD.search(p.text)), None)
    if lead_at is None:
        return out
    for p in paras[lead_at + 1:]:
        if not RE_PLACE_LEAD_IN.match(p.text):
            break
        for k, sent in enumerate(re.split(r"(?<=[。！!])", p.text)):
            m = RE_PLACE_LEAD_IN.match(sent.strip())
            if m is None and k > 0:
                # xs18: a later sentence of a place's paragraph opening on another village by its 乡/镇 and name, with
                # no 在 ("保和乡上澧村村口空地上一处厕所…破损,…。"): one more place, its name dropped as the lead-in is
                m = RE_TOWNSHIP_VILLAGE_OPENING.match(sent.strip())
            if m is None:
                continue
            title = sent.strip()[m.end():].rstrip("。！! ")
            # (xs18: a heap left where it should not be is the finding itself: "道边沟渠有垃圾堆放")
            if (len(title) >= 6 and (RE_SEGMENT_FAULT.search(title) or RE_HEAP_LEFT.search(title))
                    and not RE_RESPONSE_SENTENCE.search(title)):
                out.append(ParsedProblem(seq=None, title=title, position=p.pos))
    return out


# news22 (R123, R16): a 督查通报 tells each body's work in one ";" clause of a sentence, and what it still left undone after
# "但": "甲镇组织20余人对…进行清理,但对…清理不及时;乙办事处组织100余人对…进行了清理,但对…清理不及时;丙办事处…" — each
# clause's part after "但" that states a fault is one problem (the body's work before it is no problem, nor a clause with
# no "但", praise or a copy cut before it); the numbered heading the sentence stands under ("1、乡镇和街道:") its category
# (its number the heading's: seq null, R128). Only when three clauses or more of the sentence each open on a body's name
# and two or more of them turn on "但" to a fault.
RE_BODY_CLAUSE_OPEN = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:镇|乡|街道|办事处|社区|村|局|公司|中心|站|所)(?=[\u4e00-\u9fff])")
RE_BUT_FAULT = re.compile(r"[,，]\s*但(?:是)?\s*[,，]?\s*([^,，；;。]{4,120})$")
RE_INLINE_HEADING = re.compile(r"(?:^|(?<=[:：。；;\s]))\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[、.．]\s*([^，,。:：；;、\s]{2,12})\s*[:：]")


def _body_but_clauses(paras) -> list:
    for p in paras:
        if "但" not in p.text or ("；" not in p.text and ";" not in p.text):
            continue
        at = 0
        for sentence in re.split(r"(?<=。)", p.text):
            start, at = at, at + len(sentence)
            clauses = [c.strip(" ，,。") for c in RE_CLAUSE_SPLIT.split(sentence)]
            clauses = [c for c in clauses if c]
            if len(clauses) < 3 or not all(RE_BODY_CLAUSE_OPEN.match(c) for c in clauses):
                continue
            faults = [m.group(1) for c in clauses if (m := RE_BUT_FAULT.search(c))
                      and (RE_SHORTFALL.search(m.group(1)) or RE_SEGMENT_FAULT.search(m.group(1)))]
            if len(faults) < 2:
                continue
            heads = list(RE_INLINE_HEADING.finditer(p.text, 0, start))
            category = heads[-1].group(1) if heads else None
            return [ParsedProblem(seq=None, title=f, category=category, position=p.pos) for f in faults]
    return []


# env24 (blind50 dunya): a news item announcing a batch of typical cases ("…集中公开通报第一批3个典型案例", "通报了4起典型
#问题") and then telling them one paragraph a case, each opening on its place and a colon ("甲市:…问题突出,…。",
# "乙县:…"): one problem per paragraph, titled by all it says after the place (R88's whole paragraph; a cut last case kept
# as far as it goes); at most as many as announced, two at least, each stating a fault. A place's paragraph that is no
# case (a tally, "甲区:已完成整改12项") ends the run.
RE_CASES_ANNOUNCED = re.compile(r"(?:通报|公开|曝光|公布|发布)[^。]{0,12}?(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:个|起|宗|件)典型(?:问题)?(?:案例|问题|案件)"
                                r"|(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:个|起|宗|件)典型(?:问题)?(?:案例|问题|案件)[^。，,]{0,8}?(?:通报|公开|曝光|公布)")
RE_PLACE_CASE_OPEN = re.compile(r"^\s*([\u4e00-\u9fff]{1,10}(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道))\s*[:：]\s*")


def _announced_place_cases(paras) -> list[ParsedProblem]:
    for k, p in enumerate(paras[:-1]):
        m = RE_CASES_ANNOUNCED.search(p.text) if "典型" in p.text else None
        if m is None:
            continue
        n = _small_count(m.group(1) or m.group(2))
        problems = []
        for q in paras[k + 1:]:
            o = RE_PLACE_CASE_OPEN.match(q.text)
            rest = q.text[o.end():].strip().rstrip("。 ") if o else ""
            if o is None or len(rest) < 8 or not (RE_SHORTCOMING.search(rest) or RE_SEGMENT_FAULT.search(rest)) \
                    or RE_COUNT_OPENING.match(rest):
                break
            problems.append(ParsedProblem(seq=None, title=rest, position=q.pos))
        if 2 <= len(problems) <= max(n, 2):
            # (the section's heading over the lead is the cases' category: a short line of its own, or glued by the
            # copy to the lead's opening date, "广东:第一批典型案例集中通报10月下旬,…")
            g = RE_GLUED_SECTION_HEADING.match(p.text)
            before = paras[k - 1].text.strip() if k > 0 else ""
            head = g.group(1) if g else (before if 4 <= len(before) <= 30 and not re.search(r"[。，,；;]", before) else None)
            for q in problems:
                q.category = head
            return problems
    return []


RE_GLUED_SECTION_HEADING = re.compile(r"^([\u4e00-\u9fff]{1,8}[:：][^，,。:：；;\d]{4,24}?)(?=(?:19|20)?\d{1,4}\s*[年月]|近日|日前)")


def fault_clauses_candidate(paras) -> Candidate | None:
    bodies = _body_but_clauses(paras)
    if bodies:
        return Candidate("list", bodies, [], {"evidence": 0.5, "shortcoming": 1.0}, "逐单位以“；”分开、“但…”之后写出的问题")
    villages = _village_clauses(paras)
    if len(villages) >= 3:
        return Candidate("list", villages, [], {"evidence": 0.5, "shortcoming": 1.0}, "逐村以“；”分开写出的各村问题")
    places = _place_sentences(paras)
    if len(places) >= 3:
        return Candidate("list", places, [], {"evidence": 0.5, "shortcoming": 1.0}, "暗访发现之后逐处以“在某地,”写出的问题")
    problems = []
    for p in paras:  # a lead saying problems exist, then the sentence naming them clause by clause
        m = RE_PROBLEMS_EXIST.search(p.text)
        if m is None:
            continue
        rest = p.text[m.end():]
        sentence = re.split(r"(?<=。)", rest, maxsplit=1)[0]
        if sentence.count("；") + sentence.count(";") >= 2:
            problems = _fault_segments(sentence, p.pos)
            if len(problems) >= 3:
                return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0},
                                 "“存在不少问题”之后一句中以“；”分开逐处列出的问题")
            problems = []
        # (or one sentence a place: "德某地块，现场黄土裸露，道路泥土较多。某小学，防尘网破损。…", up to what was done)
        for sent in re.split(r"(?<=[。！!])", rest):
            sent = sent.strip()
            if not sent or RE_RESPONSE_SENTENCE.search(sent) or not RE_SEGMENT_FAULT.search(sent) or len(sent) > 120:
                break
            problems.append(ParsedProblem(seq=None, title=sent.rstrip("。！! "), position=p.pos))
        if len(problems) >= 3:
            return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0},
                             "“存在…问题”之后逐句写出的各处问题")
        problems = []
    found = _check_found_clauses(paras)
    if found is not None:
        return found
    # a news item of firms that failed a recheck: "甲公司复查仍有…等缺失未完成改善；乙…仍有…等缺失未完成改善" (each
    # firm's faults one problem, told as not yet put right: under way)
    still = [(p, m) for p in paras for m in RE_STILL_FAULT.finditer(p.text)]
    if len(still) >= 2:
        text = "\n".join(p.text for p in paras)
        return Candidate("list", [ParsedProblem(seq=None, title=m.group(1).strip(), position=p.pos, status="in_progress",
                                                responsible_units=_firm_of_clause(p.text, m.start(), text))
                                     for p, m in still],
                         [], {"evidence": 0.5, "shortcoming": 1.0}, "各业者复查“仍有…等缺失未完成改善”")
    cases = _announced_place_cases(paras)
    if cases:
        return Candidate("list", cases, [], {"evidence": 0.5, "shortcoming": 1.0}, "通报典型案例之后逐段以“某市：”写出的案例")
    districts = [(p, m) for p in paras if (m := RE_DISTRICT_OPEN.match(p.text)) and len(p.text) > 20]
    if len(districts) >= 2:
        for p, m in districts:
            found = _fault_segments(p.text[m.end():], p.pos)
            for f in found:
                f.category = m.group(1)
            problems.extend(found)
        if len(problems) >= 3:
            return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0},
                             "逐区段落中以“；”“。”分开、逐处写出的问题")
    return None  # (us18's bodies a ";" clause each, closing on the order given: body_statements_candidate's since body22)


# the order a regulator gave a body it found at fault, closing the clause that tells its faults: "…,责令限期整改",
# ",临时查封", ",下达…通知书" (us18; a clause of RE_CLAUSE_SPLIT's, a body's statement in body_statements_candidate)
RE_CLAUSE_ORDER = re.compile(r"[,，]\s*(?:已)?(?:被)?(?:责令(?:其)?(?:限期|立即|当场)?(?:整改|改正)(?:到位)?|临时查封|依法查封|查封|停业整顿|"
                             r"下达[^，,。；;]{0,12}(?:通知书|决定书)|立案(?:查处|处罚)?|罚款[^，,。；;]{0,10})\s*$")
RE_CLAUSE_SPLIT = re.compile(r"[;；]")


# --- cases a discipline notice counts, then tells one a line ---------------------------------------------------------------
# xs18: a paper's item on a 纪委's 通报 counts the cases and tells them one a line, the first run into the count's
# sentence after "其中,": "…通报了4起超标准接待、超人数陪餐问题。其中,省民政厅2015年5月25日,公务接待10人,…消费3736元。"
# then "2015年4月15日,黄州区政府公务接待15人两次,…花费2493元。" — each line closing on the sum spent is one problem,
# titled by the line with a leading date dropped (a time lead-in). Read only when the lines are exactly as many as the
# count says and each closes on a sum; the closing comment after them ("上述问题严重违反…") is no case.
RE_CASES_COUNTED_LEAD = re.compile(r"通报(?:了)?\s*(\d{1,2}|[两二三四五六七八九十])\s*起[^。]{2,40}?问题\s*。\s*其中\s*[,，]\s*")
RE_CASE_LINE_SUM = re.compile(r"\d+(?:\.\d+)?\s*(?:万)?元\s*。$")
RE_CASE_LINE_DATE = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]\s*")


def counted_case_lines_candidate(paras) -> Candidate | None:
    for k, p in enumerate(paras):
        m = RE_CASES_COUNTED_LEAD.search(p.text) if "其中" in p.text else None
        if m is None:
            continue
        n = _small_count(m.group(1))  # (the one table of small numerals, below)
        lines = [(p.text[m.end():].strip(), p.pos)] + [(q.text.strip(), q.pos) for q in paras[k + 1:k + n]]
        if n < 2 or len(lines) != n or not all(len(t) <= 300 and RE_CASE_LINE_SUM.search(t) for t, _ in lines):
            return None
        problems = [ParsedProblem(seq=None, title=RE_CASE_LINE_DATE.sub("", t).rstrip("。 "), position=pos) for t, pos in lines]
        return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0}, "通报“N起…问题。其中,”之后逐行写出的案例")
    return None


# --- typical cases, each a heading line over the paragraph of what the inspectors found --------------------------------
# gs20: a 督察's typical cases as news copies print them: a heading on its own line naming the case ("某省部分地方大气污染
# 反弹严重"), then one paragraph opening on when and which team found it ("2024年5月,中央第四生态环境保护督察组督察某省
# 发现,…"). Each heading is one problem, titled by the heading (R88: a heading on its own line over its description);
# a last heading the copy cuts before its paragraph ends ("…出现反弹" then "20") is kept. Two full pairs at least; a
# heading stating no fault, or a paragraph that is no finding, ends the run.
RE_CASE_FOUND_LINE = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月[^。]{0,6}?[,，]\s*)?[^。]{0,40}?"
                                r"(?:督察|督查|巡视|巡察|检查|暗访|调查)[^。]{0,30}?发现\s*[,，:：]")
RE_CASE_HEADING_PUNCT = re.compile(r"[。，,：:；;！!？?]")
RE_CASE_WORSENED = re.compile(r"反弹|下降|恶化|加剧|严重")  # (a case heading names a worsening: "空气质量出现反弹")


def case_headings_candidate(lines) -> Candidate | None:
    texts = [(ln.text.strip(), ln.pos) for ln in lines if ln.text.strip()]
    problems: list[ParsedProblem] = []
    j = 0
    while j < len(texts) - 1:
        head, pos = texts[j]
        nxt = texts[j + 1][0]
        if (4 <= len(head) <= 40 and "发现" in nxt and not RE_CASE_HEADING_PUNCT.search(head) and RE_CASE_FOUND_LINE.match(nxt)
                and (RE_SHORTFALL.search(head) or RE_SHORTCOMING.search(head) or RE_SEGMENT_FAULT.search(head)
                     or RE_CASE_WORSENED.search(head))):
            problems.append(ParsedProblem(seq=None, title=head, position=pos))
            j += 2
            continue
        if problems and len(problems) >= 2 and j + 2 >= len(texts) and 4 <= len(head) <= 40 \
                and not RE_CASE_HEADING_PUNCT.search(head) and len(nxt) <= 8 and not RE_CASE_HEADING_PUNCT.search(nxt):
            problems.append(ParsedProblem(seq=None, title=head, position=pos))  # (the last case, cut by the copy)
            break
        if len(problems) >= 2:
            break
        problems = []
        j += 1
    if len(problems) < 2:
        return None
    return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0}, "典型案例标题之下逐段写出督察发现")


# --- a follow-up news item on one exposed problem ------------------------------------------------------------------------
# (gs20, since news21 one way of naming the finding in one_finding_news_candidate below, no reading of its own)
# gs20: a media 问政/曝光 follow-up names the one problem exposed and the body it is about in one clause, "某镇环境脏乱差,
# 河面垃圾成堆问题在第三期媒体问政节目中曝光后,该镇迅速…整改": one problem, the body dropped from its title (R92) and
# made its unit, the wrapping 问题 stripped (R86); done when the item says it is now rectified ("目前…整改到位"). Only
# when the document names exactly one such exposed problem.
RE_EXPOSED_NAMED = re.compile(r"(?:^|[。！!)）\s])([\u4e00-\u9fff]{2,10}?(?:镇|乡|街道|社区|村|县|区|市|局|公司))"
                              r"([^。；;]{4,60}?)(?:的)?问题(?:在|被)[^。；;]{0,30}?曝光(?:后|以来)?")
RE_NOW_RECTIFIED = re.compile(r"(?:目前|现已|已经|现在)[^。；;]{0,20}?整改(?:到位|完成|完毕)")



# --- one finding given as the example of what a check still found ---------------------------------------------------------
# gs20: a check's news item praises what it saw, then says after "但" that some problems remain and gives the one example
# it names: "…开展现场突击检查…。各网点…整洁。但仍然存在部分问题没有纠改的情况,风险隐患依然存在,如内务清理不到位,
# 抽屉内物品摆放杂乱。" — the example after "如" is the one problem (R16: the clause after 但; R92: the lead-in dropped).
# Only when a check is named before it in the paragraph, the document has one such sentence, the example states a fault
# and lists no "等" many; a sentence saying that problems exist without an example names none.
RE_CHECK_NAMED = re.compile(r"检查|抽查|督查|巡查|暗访|督导")
RE_BUT_EXAMPLE = re.compile(r"但[^。；;]{0,6}存在[^。；;]{0,30}?(?:问题|情况|隐患|现象)[^。；;]{0,20}?[,，]\s*(?:例如|比如|如)\s*[,，:：]?\s*"
                            r"([^。；;]{6,80})。")


def one_example_finding_candidate(paras) -> Candidate | None:
    found = []
    for p in paras:
        if "但" not in p.text or "如" not in p.text:
            continue
        for m in RE_BUT_EXAMPLE.finditer(p.text):
            x = m.group(1).strip(" ，,")
            if (RE_CHECK_NAMED.search(p.text, 0, m.start()) and "等" not in x
                    and (RE_SHORTCOMING.search(x) or RE_SEGMENT_FAULT.search(x)) and not RE_RESPONSE_SENTENCE.search(x)):
                found.append(ParsedProblem(seq=None, title=x, position=p.pos))
    if len(found) != 1:
        return None
    return Candidate("list", found, [], {"evidence": 0.5, "shortcoming": 1.0}, "检查“但仍存在…,如…”所举的一处问题")


# --- news of one inspection finding: the finding, what was done, a result -------------------------------------------------
# news21 (R108 and its neighbours, R15, R91, R92): a news item (a local paper, a 纪委监委 site, a WeChat copy) tells of ONE
# problem an inspection (巡察/巡视/督察/督查/审计/检查/暗访…) came upon — found on a visit, reported to it by a resident, or
# seen on site as a scene that looked right and was not — then what was done about it (the finding fed back, an order
# given, the body repairing it) and often a result ("…已全部…到位", "解决了…"). Both labellers read it as one problem
# titled by the finding's fault clauses (the lead-in verb dropped), done when a result says so, with one measure when a
# later paragraph of its own tells the repair. Read by structure, not by a page's words:
#   1. the finding is the run of comma clauses after a verb of finding or reporting (RE_NEWS_FINDING_VERB) — or, when the
#      item has no such verb, from the clause of a scene sentence that turns on a contrast (…看起来…，内部却是…) — whose
#      first clause states a fault (the shared classes: levels.RE_SHORTFALL, RE_SEGMENT_FAULT), continued by clauses
#      that state a fault or its consequence (导致/造成/影响…) and ended by the first that does neither; or, with neither,
#      the finding named as "…问题" with what became of it — exposed ("某镇X问题在…曝光后": gs20's 问政 follow-up, its own
#      reading until news21) or signed off ("我县X问题整改完成已进行了销号": bs20's news, until news21 a branch of
#      whole_document_candidate);
#   2. an inspection is named before it in its paragraph, and something is done about it after it (RE_DEALT_WITH);
#   3. the document names exactly one such finding, counts no problems and names no kinds ("…等问题", "N个问题",
#      "两类问题": a round's or a meeting's news, R12/R19/R68/C20 stay []), and words in quotation marks (a villager's
#      complaint, a leader's remark) are never the finding;
#   4. a result ("已…到位/完成", "解决了…", "目前…整改到位", a sign-off) makes it done, and a repair told after the finding's
#      sentence (not quoted, not promised or demanded) is its one measure; with neither, the item tells nothing done to
#      this fault and is no such news.
RE_NEWS_INSPECTION = re.compile(r"巡察|巡视|督察|督查|督导|审计|检查|暗访|巡查|问政")
# (news22: also a quoted item's "指出" — "交办事项指出," — and "查清", as 查明)
RE_NEWS_FINDING_VERB = re.compile(r"(?:发现|查出|查实|查明|查清|反映|指出)(?:了|到|出)?\s*[:：,，]?\s*")
RE_CONTRAST_CLAUSE = re.compile(r"却|然而|可是")
RE_VISIT_NAMED = re.compile(r"走访|来到|实地|查看|入驻|巡察|检查|暗访|督查")
RE_CONSEQUENCE_OPEN = re.compile(r"^(?:从而|进而|并|还|甚至)?(?:导致|造成|致使|使得|影响)"
                                 # (news22: or an effect said of a thing, "对水库水质存在一定影响")
                                 r"|^对[^，,]{1,15}?(?:存在|造成|产生|带来)(?:了)?(?:一定|较大|严重)?的?(?:不良)?影响")
RE_DEALT_WITH = re.compile(r"整改|整修|修复|维修|修缮|清理|清运|疏通|处理|解决|拆除|立行立改|反馈|交办|督促|下发|下达"
                           r"|核实|核查|调查")  # (news22: the matter looked into is something done about it)
# (audit24: or money ordered back, "发出《清退…通知单》", "追缴违规发放的补贴")
RE_REPAIR_TOLD = re.compile(r"整修|修复|维修|修缮|清理|清运|疏通|拆除|整治|处理|召开|清退|追缴")
RE_NEWS_PROBLEMS_COUNTED = re.compile(r"\d+\s*(?:个|项|条|类|处|起)[^。，,；;\d]{0,8}?问题|问题\s*\d+\s*(?:个|项|条|处)"
                                 r"|[一二两三四五六七八九十]\s*(?:个|项|条|类|方面)[^。，,；;]{0,6}?问题|等(?:方面的?)?问题")
RE_RESULT_DONE = re.compile(r"已(?:经)?(?:全部)?[\u4e00-\u9fff]{0,4}?(?:到位|完成|完毕|销号)|解决了|(?:整改|修复|修好|处理)(?:到位|完毕)了?"
                            # expo25: the hazard said gone, "安全隐患消除了", "隐患已被排除" (a result, R132)
                            r"|(?:隐患|险情)(?:已经?|均已|全部)?(?:被|得到|得以)?(?:彻底|及时)?(?:消除|排除)了|(?:隐患|险情)已(?:经)?(?:被)?(?:彻底)?(?:消除|排除)"
                            # ducha25: the standard said reached, "已到达整改考核要求", "已达到验收销号标准"
                            r"|已(?:经)?(?:到达|达到)(?:了)?[^。，,；;]{0,8}?(?:要求|标准|条件)(?!后)"
                            # news22 (R132): money or goods kept back are said to be back — recovered or returned
                            # ("补助金已追回"), or back with the people owed them ("这两笔钱才能回到我们手中", "村委会退给
                            # 我们…保证金了"), not denied ("保证金也没退给我们")
                            r"|已(?:经)?(?:全部|足额)?(?:追回|退还|退回|返还|归还|收回|清退)"
                            r"|(?<![没未不])(?:回到|退到|发到|发放到|送到|还到)了?(?:我们|群众|村民|农户|百姓|老百姓|居民|农民|职工)(?:的)?手(?:中|里|上)"
                            r"|(?<![没未不])(?:退给|退还给|还给|返还给)了?(?:我们|群众|村民|农户|百姓|老百姓|居民|农民|职工)[^。！？!?，,]{0,12}?了"
                            # audit24: money handed back told in the past, "5人按照要求退还了发放的津补贴", "就到财政所退回了3500元"
                            r"|(?<![没未不须需应要])(?:追回|退还|退回|返还|归还|缴回|清退)了")
# (news22: a result of a part, with the rest still asked for — "渣土已清理完毕…确保如期高质量完成整改任务" — is no done, R95)
RE_STILL_TO_FINISH = re.compile(r"(?:确保|务必|力争|尽快|加快|按期|如期)[^。；;]{0,10}?完成[^。；;]{0,4}?整改")
# (a sentence that promises or demands the work, "…要…召开…", "将…整改到位", is no account of it)
# (expo25: nor one wished for, "希望相关部门尽快组织修复": an exposure's closing plea)
RE_PROMISE_BEFORE = re.compile(r"将|(?<![重主需])要|确保|力争|争取|计划|拟|务必|必须|强调|尚未|未能|决定|准备|打算|希望|呼吁|期盼|期待")
# (news22: a repair word that tells no repair: in a purpose clause, "为疏通…"; a field in a list, "环境整治等"; what a
# visit looked at, "察看矿区生态修复进度"; or the result itself, "渣土已清理完毕")
RE_PURPOSE_CLAUSE = re.compile(r"(?:^|[，,])\s*(?:为了?|旨在|以便)[^，,]*$")
RE_VISIT_CLAUSE = re.compile(r"(?:察看|查看|视察|调研|督导|检查)[^，,]*$")
# a finding named as a kind or counted ("…等问题", "隐患17处", "一些问题和不足") is a summary's, not one fault told
RE_TAKEN_IN_LEAD = re.compile(r"^包括[^，,。；;]{1,30}?在内的")
RE_HANDED_ON_TAIL = re.compile(r"问题并(?:向[^，,。；;]{1,16}?)?(?:反馈|通报|移交|交办|指出)$")
RE_KIND_OR_COUNT = re.compile(r"问题|隐患|不足|等|\d+\s*(?:个|项|条|处|起|家|件)|金额")
# a run that opens on a particle or a verb is the tail of another phrase ("…发现的问题", "…发现并整改隐患…")
# (or on an adverb of how often or how long: "…反映多次一直没有解决" — the report's own tail, its fault told before it)
RE_LOOSE_OPENING = re.compile(r"^(?:的|并|对|了|将|及|和|与|在|为|把|向|后|时|多次|一直|曾|过|至今|屡次|反复)")
# a finding of an analysis or a count ("…的统计分析发现", "对比发现"): a study's, not an inspection's on the ground
RE_ANALYSIS_BEFORE = re.compile(r"(?:分析|统计|研究|对比|比较|测算|梳理)(?:中|后)?$")
RE_COMMA_SPLIT = re.compile(r"[，,]")
RE_SENTENCE_SPLIT = re.compile(r"[。！？!?；;]")


def _fault_stated(clause: str) -> bool:
    return bool(RE_SHORTFALL.search(clause) or RE_SEGMENT_FAULT.search(clause))


def _in_quotes(text: str, at: int) -> bool:
    return text.count("“", 0, at) > text.count("”", 0, at)


# a name or a term in quotation marks inside a sentence ("“无法种植补偿费”"), not words said: a sentence is cut at
# the first quotation mark that is not such a term's (news22)
RE_TERM_QUOTE = re.compile(r"“[^“”，,。；;！!？?]{1,12}”")
# a finding named as a problem in one clause ("反映该村组退耕还林补助金集体部分去向不明的问题"): R124, "的问题" kept
RE_NAMED_AS_PROBLEM = re.compile(r"^[^、等]{6,60}?的?问题$")
# (a problem named with the place it is of by a pronoun, "我县大石头水库…问题", "该村组…去向不明的问题": the place dropped,
# R108; bs20's sign-off, and news22's problem named after a verb of reporting)
RE_OWN_PLACE_LEAD = re.compile(r"^\s*(?:我|全|该)(?:省|市|县|区|镇|乡|村组|村|组|社区)")
# (words that grade problems without naming a fault — "群众身边的突出问题" names none)
RE_PROBLEM_GRADED = re.compile(r"突出|严重|较多|重点|主要|重大")


def _speech_cut(sentence: str) -> str:
    masked = RE_TERM_QUOTE.sub(lambda m: "_" * len(m.group(0)), sentence)
    marks = [i for i in (masked.find("“"), masked.find("”")) if i >= 0]
    return sentence[:min(marks)] if marks else sentence


def _fault_run(rest: str) -> str | None:
    """The finding's clauses from the start of rest to the sentence's end: a fault first, then faults or consequences."""
    sentence = _speech_cut(RE_SENTENCE_SPLIT.split(rest, maxsplit=1)[0])
    clauses = [c.strip() for c in RE_COMMA_SPLIT.split(sentence)]
    if clauses and clauses[0]:
        # audit24: the finding without the bodies it takes in, "包括甲单位在内的多个站所存有…问题" (R92), and without the
        # inspectors' handing it on, "…问题并反馈" / "…问题并向镇党委通报" (the finding ends at its 问题)
        clauses[0] = RE_TAKEN_IN_LEAD.sub("", RE_HANDED_ON_TAIL.sub("问题", clauses[0]))
    if not clauses or not clauses[0] or not _fault_stated(clauses[0]):
        return None
    if len(clauses) > 1 and RE_DEMAND_OPENING.match(clauses[1]) and RE_NAMED_AS_PROBLEM.match(clauses[0]):
        clauses = clauses[:1]  # ("…问题并反馈,要求整改": the demand after the named problem is no part of it)
    if len(clauses) == 1 and RE_NAMED_AS_PROBLEM.match(clauses[0]) and not RE_LOOSE_OPENING.match(clauses[0]) \
            and _fault_stated(RE_PROBLEM_GRADED.sub("", clauses[0][:-2])):
        return RE_OWN_PLACE_LEAD.sub("", clauses[0])  # (the sentence names the one problem and ends: "…反映X去向不明的问题。")
    run = [clauses[0]]
    for c in clauses[1:]:
        if not c or not (_fault_stated(c) or RE_CONSEQUENCE_OPEN.match(c)) or RE_KIND_OR_COUNT.search(c):
            break  # (nor a clause that sums the fault up as a hazard or a problem: "…,存在安全隐患")
        run.append(c)
    title = ",".join(run)
    if not 6 <= len(title) <= 120 or RE_KIND_OR_COUNT.search(title) or RE_LOOSE_OPENING.match(title):
        return None
    return title


# expo25: an exposure's own reporters are its inspection — a 曝光台 item whose reporter visited and found the fault
# ("文明曝光台:… 近日,记者走访各个小区发现,X存在…的情况。如,…。希望…部门加强…"): the finding after the reporter's visit
# is the one problem, whether or not anything was done about it yet (an exposure asks for the repair, R108)
RE_REPORTER_VISIT = re.compile(r"记者[^。，,；;]{0,12}?(?:走访|暗访|探访|实地|来到|调查|巡访|回访|蹲守|体验)")
RE_EXPOSURE_NAMED = re.compile(r"曝光")


def _findings_told(paras, exposure: bool = False) -> list[tuple[int, int, str]]:
    """(paragraph index, end offset, title) of each finding told after a verb of finding or reporting, outside quotes
    (in an exposure, a finding after its reporter's visit too)."""
    found = []
    for k, p in enumerate(paras):
        t = p.text
        for m in RE_NEWS_FINDING_VERB.finditer(t):
            if _in_quotes(t, m.start()) or t.startswith("的", m.end()) or t.startswith("所", m.start() - 1) \
                    or RE_ANALYSIS_BEFORE.search(t, max(0, m.start() - 4), m.start()):
                continue
            if not RE_NEWS_INSPECTION.search(t, 0, m.start()) and not (
                    exposure and RE_REPORTER_VISIT.search(t, max(0, m.start() - 30), m.start())):
                continue  # (the inspection is the one that finds, or the one a resident tells: named before it in its
                # paragraph, "县委巡察组进驻某村。走访中发现…"; a reporter's own finding in a later paragraph is not it)
            title = _fault_run(t[m.end():])
            if title is not None:
                found.append((k, m.end() + len(title), title))
    return found


def _finding_seen(paras) -> list[tuple[int, int, str]]:
    """A scene's finding: in a sentence after a visit is named, the clause that turns on a contrast and states a fault."""
    visited = False
    for k, p in enumerate(paras):
        t = p.text
        start = 0
        for sentence in RE_SENTENCE_SPLIT.split(t):
            at = t.find(sentence, start)
            start = at + len(sentence)
            if visited and not _in_quotes(t, at) and not sentence.lstrip().startswith("“"):
                clauses = RE_COMMA_SPLIT.split(sentence)
                for i, c in enumerate(clauses[1:], 1):
                    if RE_CONTRAST_CLAUSE.search(c):
                        title = _fault_run(",".join(clauses[i:]))
                        if title is not None:
                            return [(k, at + sentence.find(c) + len(title), title)]
                        break
            if RE_VISIT_NAMED.search(sentence):
                visited = True
    return []


def _finding_named(paras) -> list[tuple[int, int, str | None, str | None, bool]]:
    """The finding named as "…问题" with what became of it: exposed (gs20's follow-up, "某镇X问题在…曝光后", the body its
    unit) or signed off (bs20's news, "经督查组核实，我县X问题整改完成已进行了销号", the place dropped, done); a round's
    problems at large said signed off ("反馈问题整改完成并销号") make it no one finding (title None)."""
    found = []
    for k, p in enumerate(paras):
        if "销号" in p.text:
            for m in RE_NAMED_SIGNED_OFF.finditer(p.text):
                x = m.group("x")
                title = None if RE_NOT_A_NAMED_PROBLEM.search(x) else RE_OWN_PLACE_LEAD.sub("", x)
                found.append((k, m.end(), title, None, True))
        if "曝光" not in p.text:
            continue
        for m in RE_EXPOSED_NAMED.finditer(p.text):
            title = m.group(2).strip(" ，,、")
            body = re.sub(r"^.*?(?:讯|电|报道)[:：]?", "", m.group(1))  # (the dateline run into it: "本台讯城南镇")
            if len(body) >= 2 and (RE_SHORTCOMING.search(title) or RE_SEGMENT_FAULT.search(title)
                                   or re.search(r"脏|乱|差|堆", title)):
                found.append((k, m.end(), title, body, False))
    return found


# ducha25 (R108): the finding named as "…问题" as the object of a check of its rectification or sign-off — "为切实做好中央
# 生态环境保护督察反馈意见指出蒋家嘴断面水质问题整改销号工作,…赴汉寿县开展蒋家嘴断面水质问题整改督导工作", "督导组对反映的
# X问题整改情况进行核查", "实地核查X问题整改落实情况": the item is about that one problem, whose state the account ends on
# ("目前…已到达整改考核要求"). The same problem named each time it is named so (a name said once and another said later is
# no one finding); not a round's problems at large ("反馈问题整改销号工作", "突出生态环境问题整改": RE_NOT_A_NAMED_PROBLEM,
# graded words), the body that reports its rectification to the team its unit (R104: "听取汉寿县汇报问题整改情况").
RE_NAMED_UNDER_CHECK = re.compile(r"(?:指出|反映|发现|开展|对|核查|督导|督查|查看)的?\s*(?P<x>[^，,。：:；;\n“”、]{6,40}?问题)的?"
                                  r"整改(?:销号|督导|督查|核查|验收|落实|推进)?(?:工作|情况)")
RE_REPORTED_TO_TEAM = re.compile(r"听取(?:了)?(?P<b>[\u4e00-\u9fff]{2,10}?(?:省|市|县|区|旗|镇|乡|街道|局|委|办|公司))(?:关于)?"
                                 r"(?:的)?(?:汇报|工作汇报)?[^。，,]{0,12}?整改(?:工作)?(?:情况|进展)(?:的?汇报)?")


def _finding_checked(paras) -> list[tuple[int, int, str, str | None, bool]]:
    found = []
    for k, p in enumerate(paras):
        if "整改" not in p.text or "问题" not in p.text:
            continue
        for m in RE_NAMED_UNDER_CHECK.finditer(p.text):
            # (the name after the last verb naming it: "…核查为切实做好…反馈意见指出X问题整改销号工作" — a heading the copy ran
            # into the lead — names X)
            x = re.split(r"指出|反映|发现", m.group("x"))[-1].strip().lstrip("的")
            if RE_NOT_A_NAMED_PROBLEM.search(x) or re.match(r"(?:部分|重点|有关|相关|一些|主要|多个|各类|各项|突出|该|此|上述|以上)", x) \
                    or RE_PROBLEM_GRADED.search(x):
                continue
            found.append((k, m.end("x"), RE_OWN_PLACE_LEAD.sub("", x), None, False))
    if len({_norm_title(f[2]) for f in found}) != 1:
        return []
    body = next((m.group("b") for p in paras for m in RE_REPORTED_TO_TEAM.finditer(p.text)), None)
    return [(k, end, title, body, False) for k, end, title, _b, _s in found[:1]]


# news22 (R108, R124, R132): the finding may be told in words said — a resident's complaint in quotation marks, or the
# account of the one responsible ("“…导致退还保证金的事一拖再拖。”…主任很是愧疚") — or in the account of what the team
# found out ("巡察组就查清了事情原委。原来,…村干部…既没有…,也没有…"), when the inspection verified the matter (核实/查清/
# 查明/了解到…) after it was raised. The statement titled: the facts established after the verification and before the
# team hands the matter on (交办/反馈/督办…), the last of them; with none, the complaint the team verified. Words said by
# the team's own people ("组长…说道") are never the finding; a quoted statement is titled whole from its first clause
# stating a fault to its sentence's end (a closing question, "这种事情你们管不管?", dropped), an account by its fault run;
# a clause that continues the one before it with no subject of its own ("既没有…", "先后堵了3次路") takes that clause with
# it, a consequence that opens the run loses its word ("导致"), and a time lead-in ("原先的") or a leading list of places
# counted ("甲村、乙村等5个村的") is dropped (R92).
RE_SPEECH = re.compile(r"“([^“”]{6,400})”")
RE_VERIFIED = re.compile(r"核实|查实|查清|查明|弄清|了解到|还原了")
RE_HANDED_ON = re.compile(r"交由|交办|反馈|督办|督促|下达|下发|移交|责令")
_INSPECTOR = r"(?:组长|工作人员|巡察组|巡视组|督查组|督察组|督导组|审计组|检查组)"
RE_INSPECTOR_SAYS_AFTER = re.compile(r"^[^。！？!?“]{0,30}?" + _INSPECTOR + r"[^，,。“”]{0,8}?(?:说|表示|强调|回答|答道|承诺|介绍)")
RE_INSPECTOR_SAYS_BEFORE = re.compile(_INSPECTOR + r"[^，,。“”]{0,8}?(?:说|表示|强调|回答|答道|承诺|介绍|指出)(?:道)?\s*[:：,，]?\s*$")
RE_TIME_LEAD = re.compile(r"^(?:原先|原来|以前|之前|过去|从前|早先|此前)的?")
RE_PLACES_COUNTED_LEAD = re.compile(r"^(?:[\u4e00-\u9fff]{1,10}?(?:村|社区|镇|乡|街道|县|区|市)[、和及与]?)+等\s*\d+\s*个(?:村|社区|镇|乡|街道|县|区|市)的?")
RE_PREDICATE_OPEN = re.compile(r"^(?:既|也|又|还|并|却|但|都|就|而且?|且|先后|多次|曾经?|一直|屡次|反复|均)")
RE_CONSEQUENCE_WORD = re.compile(r"^(?:从而|进而|并|还|甚至)?(?:导致|造成|致使|使得)(?:了)?")
RE_SENTENCE_WITH_MARK = re.compile(r"[^。！？!?；;]+[。！？!?；;]?")


def _statement(sentence: str, whole: bool) -> str | None:
    """The fault a sentence states: from its first clause stating a fault, to its end (words said) or to the end of its
    fault run (an account); None when it states none, asks, or counts or sums up faults."""
    asked = sentence.rstrip().endswith(("?", "？"))
    clauses = [c.strip() for c in RE_COMMA_SPLIT.split(sentence.strip(" \n。！？!?；;"))]
    if asked:
        clauses = clauses[:-1]  # (the question that closes a complaint: "这种事情你们管不管?")
    if any("是否" in c for c in clauses):
        return None
    i = next((i for i, c in enumerate(clauses) if c and _fault_stated(c)), None)
    if i is None:
        return None
    if i > 0 and RE_PREDICATE_OPEN.match(clauses[i]) and clauses[i - 1]:
        i -= 1
    run = [RE_CONSEQUENCE_WORD.sub("", clauses[i])]
    for c in clauses[i + 1:]:
        if not c or (not whole and not (_fault_stated(c) or RE_CONSEQUENCE_OPEN.match(c))):
            break
        run.append(c)
    title = RE_PLACES_COUNTED_LEAD.sub("", RE_TIME_LEAD.sub("", ",".join(run)))
    if not 6 <= len(title) <= 120 or RE_KIND_OR_COUNT.search(title):
        return None  # (no verb before it: a statement may open on any word, "后山的垃圾堆…")
    return title


def _finding_verified(paras) -> list[tuple[int, int, str]]:
    """(paragraph index, end offset, title) of the one finding a verified matter states (see above), or []."""
    text = "\n".join(p.text for p in paras)
    verified = next((m for m in RE_VERIFIED.finditer(text) if not _in_quotes(text, m.start())
                     and RE_NEWS_INSPECTION.search(text, 0, m.start())), None)
    if verified is None:
        return []
    handed = next((m.start() for m in RE_HANDED_ON.finditer(text, verified.end()) if not _in_quotes(text, m.start())
                   and not RE_PURPOSE_CLAUSE.search(RE_SENTENCE_SPLIT.split(text[:m.start()])[-1])), len(text))
    told = []  # (offset, end, title) of each statement, in order
    raised = False  # (the matter was raised in words said, before the team verified it)
    for q in RE_SPEECH.finditer(text):
        body = q.group(1)
        if not re.search(r"[，,。！!？?；;]", body):
            continue
        line_start = text.rfind("\n", 0, q.start()) + 1
        line_end = text.find("\n", q.end())
        after = text[q.end():len(text) if line_end < 0 else line_end]
        if RE_INSPECTOR_SAYS_AFTER.search(after) or RE_INSPECTOR_SAYS_BEFORE.search(text[line_start:q.start()]):
            continue  # (the team's own words)
        raised = raised or q.start() < verified.start()
        for m in RE_SENTENCE_WITH_MARK.finditer(body):
            title = _statement(m.group(0), True)
            if title is not None:
                told.append((q.start(1) + m.start(), q.start(1) + m.end(), title))
                break
    if not raised:
        return []  # (a check's own verification of work at large: no matter raised to it)
    # the account of what the team found out: sentences outside quotation marks after the verification's sentence
    stop = RE_SENTENCE_SPLIT.search(text, verified.end())
    start = stop.end() if stop else len(text)
    for m in RE_SENTENCE_WITH_MARK.finditer(text, start, handed):
        sentence = m.group(0)
        bare = RE_TERM_QUOTE.sub("", sentence)
        if _in_quotes(text, m.start()) or "“" in bare or "”" in bare:
            continue
        title = _statement(sentence, False)
        if title is not None:
            told.append((m.start(), m.end(), title))
    told.sort()
    later = [t for t in told if verified.end() <= t[0] < handed]
    earlier = [t for t in told if t[0] < verified.start()]
    if not later and not earlier:
        return []
    at, end, title = later[-1] if later else earlier[-1]
    k = text.count("\n", 0, at)
    para_start = sum(len(p.text) + 1 for p in paras[:k])
    return [(k, end - para_start, title)]


# env24 (blind50 javascriptjump): a news item telling a round's typical cases in one sentence, one ";" clause a place, each
# clause naming the team, the place it looked at and its finding verb: "督察组在甲省发现,A;督察组督察乙省发现,B;在丙省,督察组
# 发现,C;…". One problem per clause, titled by what follows the verb (the team and the place a lead-in, R92); three clauses
# or more, every one naming a place of its own and stating a fault after the verb. A clause without the verb or without a
# fault ("督察组在丁省调阅了资料", "检查组在丁县未发现问题") leaves the sentence unread: then it is no round of cases.
RE_PLACE_NAMED = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|县|区|州|盟|旗|镇|乡|街道)")
RE_TEAM_PLACE_FOUND = re.compile(r"^(?P<lead>[^；;。]{0,40}?(?:督察|督查|巡视|巡察|检查|暗访|督导|审计)组[^；;。]{0,24}?)"
                                 r"(?<![未没])发现\s*[，,:：]\s*(?P<rest>\S.*)$")


def team_place_clauses_candidate(paras) -> Candidate | None:
    for p in paras:
        t = p.text
        if "发现" not in t or (t.count("；") + t.count(";")) < 2 or "组" not in t:
            continue
        for sentence in re.split(r"(?<=[。！!])", t):
            clauses = [c.strip(" ，,。！!") for c in re.split(r"[；;]", sentence)]
            clauses = [c for c in clauses if c]
            if len(clauses) < 3:
                continue
            problems, places = [], set()
            for c in clauses:
                m = RE_TEAM_PLACE_FOUND.match(c)
                lead = m.group("lead") if m else ""
                where = RE_PLACE_NAMED.search(re.sub(r"[^，,]{0,12}?(?:督察|督查|巡视|巡察|检查|暗访|督导|审计)组", "", lead)) if m else None
                rest = m.group("rest").strip() if m else ""
                if where is None or where.group() in places or len(rest) < 6 \
                        or not (RE_SHORTCOMING.search(rest) or RE_FAULT_CLAUSE.search(rest)) or RE_GOOD_ORDER.search(rest):
                    problems = []
                    break
                places.add(where.group())
                problems.append(ParsedProblem(seq=None, title=rest, position=p.pos))
            if len(problems) >= 3:
                return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0},
                                 "一句中以“；”分开、逐地写出的“督察组在某地发现，”之后的问题")
    return None


# env24 (blind50 chuanbowang): a news item exposing what an inspection found at one place, finding after finding in
# sentences of their own, "督察还发现,X。", "督察组现场督察…,就发现了Y。", "督察发现,Z。" (R140): one problem per finding,
# titled by what was found to its full stop; three findings at least, each stating a fault, none in quotation marks (the
# team's summing-up "督察组指出:“…”" is no finding of its own). A story telling the faults put right ("…已整改到位",
# "已全部拆除") is a found-and-fixed round-up (R125): none.
RE_EXPOSED_FOUND = re.compile(r"(?:督察|巡视|巡察|督查|审计|检查|暗访)(?:组|人员)?[^。；;“”]{0,30}?(?<![未没])(?:发现|查实|查明)"
                              r"(?:了\s*|\s*[,，:：]\s*)(?P<x>[^的问隐并和及与、\d。“”][^。“”]{5,159}?)[。!！]")
# (no tally of what was found, "隐患36处,开具…", "问题线索84条", nor the order given for it: a check's summary, not a finding)
RE_FOUND_TALLY_OR_ORDER = re.compile(r"\d+\s*(?:处|条|个|项|份|起|家|件)\s*(?:[,，。;；]|$)|责令|督促|整改|通知书|问题线索")
RE_TOLD_PUT_RIGHT = re.compile(r"已(?:经)?(?:完成)?整改|整改(?:到位|完成|完毕)|已(?:经)?(?:被)?(?:全部)?(?:拆除|清理|关停|取缔|修复|复绿|复垦|恢复|退还)")


def exposed_findings_candidate(paras) -> Candidate | None:
    text = "\n".join(p.text for p in paras)
    if text.count("发现") + text.count("查实") + text.count("查明") < 3 or RE_TOLD_PUT_RIGHT.search(text):
        return None
    problems, seen = [], set()
    for p in paras:
        for m in RE_EXPOSED_FOUND.finditer(p.text):
            x = m.group("x").strip()
            if _in_quotes(p.text, m.start()) or RE_GOOD_ORDER.search(x) or RE_FOUND_TALLY_OR_ORDER.search(x) or _norm_title(x) in seen:
                continue
            seen.add(_norm_title(x))
            problems.append(ParsedProblem(seq=None, title=x, position=p.pos))
    # (what an exposure found is its fault; most of them say so in words of the genre: "存在…行为", "监管不到位")
    faults = sum(1 for q in problems if RE_SHORTCOMING.search(q.title) or RE_SEGMENT_FAULT.search(q.title)
                 or RE_FAULT_CLAUSE.search(q.title) or RE_SHORTFALL.search(q.title))
    if len(problems) < 3 or faults * 3 < len(problems) * 2:
        return None
    return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0}, "曝光新闻中督察逐句“发现，”的问题")


def one_finding_news_candidate(paras) -> Candidate | None:
    if not paras:
        return None
    text = "\n".join(p.text for p in paras)
    exposure = "记者" in text and bool(RE_EXPOSURE_NAMED.search(text)) and bool(RE_REPORTER_VISIT.search(text))
    if not (RE_NEWS_INSPECTION.search(text) or exposure) or RE_NEWS_PROBLEMS_COUNTED.search(text):
        return None
    found = _findings_told(paras, exposure) if ("发现" in text or "反映" in text or "查" in text or "指出" in text) else []
    # (the exposure's own finding: its reporter's, after the visit — nothing done about it yet is what it exposes)
    exposed = exposure and len(found) == 1 and RE_REPORTER_VISIT.search(
        paras[found[0][0]].text, max(0, found[0][1] - len(found[0][2]) - 40), found[0][1]) is not None
    if not found and RE_CONTRAST_CLAUSE.search(text):
        found = _finding_seen(paras)
    units, signed_off = [], False
    if not found and ("曝光" in text or "销号" in text):
        named = _finding_named(paras)
        if any(f[2] is None for f in named):
            return None
        found = [f[:3] for f in named]
        units = [named[0][3]] if len(named) == 1 and named[0][3] else []
        signed_off = len(named) == 1 and named[0][4]
    if not found and ("督导" in text or "督查" in text or "核查" in text or "督察" in text) and "整改" in text:
        found = _finding_checked(paras)  # ducha25: one named problem whose rectification a team checks
        units = [found[0][3]] if found and found[0][3] else units
        found = [f[:3] for f in found]
    verified = False
    if not found and "“" in text and RE_VERIFIED.search(text):
        found = _finding_verified(paras)  # (the matter raised, verified by the team: looking into it is what was done)
        verified = bool(found)
    if len({_norm_title(f[2]) for f in found}) != 1:
        return None
    k, end, title = found[0]
    if not verified and ("等" in title or not (exposed or RE_NEWS_INSPECTION.search(text, 0, sum(len(p.text) + 1 for p in paras[:k]) + end))):
        return None
    after = paras[k].text[end:] + "\n" + "\n".join(p.text for p in paras[k + 1:])
    if not signed_off and not verified and not exposed and not RE_DEALT_WITH.search(after):
        return None  # (a sign-off is itself what was done)
    problem = ParsedProblem(seq=None, title=title, position=paras[k].pos, responsible_units=units)
    # (a result, or a paragraph of its own telling the repair: the item is about what was done to this one fault)
    if signed_off or RE_NOW_RECTIFIED.search(text):  # (signed off; or "目前…整改到位": the state now, gs20)
        problem.status = "done"
    partly = False  # (a result of a part, the rest still asked for: something done, not done)
    for m in RE_RESULT_DONE.finditer(text) if problem.status is None else ():
        if not RE_PROMISE_BEFORE.search(RE_SENTENCE_SPLIT.split(text[:m.start()])[-1]):
            partly = bool(RE_STILL_TO_FINISH.search(text, m.end()))
            problem.status = None if partly else "done"
            break
    # the repair: told in a sentence after the finding's own (later in its paragraph, a copy that lost its breaks, or in
    # a paragraph of its own), not in quotation marks and not promised or demanded; the paragraph it opens is the measure
    stop = RE_SENTENCE_SPLIT.search(paras[k].text, end)
    for j in range(k, len(paras)):
        t = paras[j].text
        start = (stop.end() if stop else len(t)) if j == k else 0
        if j > k and t.lstrip().startswith("“"):
            continue
        told = next((m for m in RE_REPAIR_TOLD.finditer(t, start) if not _in_quotes(t, m.start())
                     and _repair_told(t, m, RE_SENTENCE_SPLIT.split(t[start:m.start()])[-1])), None)
        if told is not None:
            at = max(t.rfind(c, start, told.start()) for c in "。！？!?；;") + 1 if j == k else 0
            problem.measures = [ParsedMeasure(seq=None, text=t[max(at, start):].strip(), position=paras[j].pos)]
            break
    if problem.status is None and not problem.measures and not verified and not partly and not exposed:
        return None
    if exposed and problem.status is None and not problem.measures:
        return Candidate("list", [problem], [], {"evidence": 0.5, "shortcoming": 1.0}, "曝光栏目记者走访发现的一个问题")
    return Candidate("list", [problem], [], {"evidence": 0.5, "shortcoming": 1.0}, "新闻所述检查发现的一个问题、所做整改及结果")


RE_REPAIR_DENIED = re.compile(r"(?:无人|没人|没有|未|不|无|未曾|从未)(?:及时|按时|进行|去)?$")


# notice25 (R108, R124): a comment (网评, 点评) on one case a bulletin exposed, the case named as its subject — "平和县商务局党组
# 虚假整改的问题,反映出其主要负责人…", "某县水利局敷衍整改的问题,暴露出…", "某镇党委搞数字整改的问题,折射出…" — has that one
# problem: the name as printed, 的问题 kept (R87), the body opening it its unit (C31); nothing done is told, so no state
# and no measure. Not a comment on many ("一些地方虚假整改的问题,反映出…": no body named), nor one naming several cases.
RE_COMMENTED_CASE = re.compile(r"(?:^|(?<=[。！？!?；;，,]))\s*(?P<x>(?P<b>[^。！？!?；;，,、“”]{2,24}?(?:党组|党委|党支部|局|委员会|委|办公室|政府|中心|公司|医院|学校|镇|乡|街道|村))"
                               r"[^。！？!?；;，,“”]{2,40}?的问题)\s*[,，]\s*(?:反映出|暴露出|折射出|表明|说明|凸显出?|警示)")
RE_CASE_FAULT = re.compile(r"虚假|假整改|造假|弄虚作假|敷衍|走过场|形式主义|官僚主义|数字整改|纸面整改|表面整改|违规|违纪|违法|失职|渎职|不力|不到位|不作为|乱作为|侵害|截留|挪用|套取")
RE_NOT_ONE_BODY = re.compile(r"^(?:一些|部分|个别|少数|有的|多个|各地|各级|这些|上述|该)")


def commented_case_candidate(paras) -> Candidate | None:
    text = "\n".join(p.text for p in paras)
    if "的问题" not in text or not RE_NEWS_INSPECTION.search(text) or RE_NEWS_PROBLEMS_COUNTED.search(text):
        return None
    found = []
    for p in paras:
        if "的问题" not in p.text:
            continue
        for m in RE_COMMENTED_CASE.finditer(p.text):
            x = m.group("x").strip()
            if RE_NOT_ONE_BODY.match(x) or not RE_CASE_FAULT.search(x[len(m.group("b")):]):
                continue
            body = m.group("b").strip()
            party = re.match(r"党组|党委|党总支|党支部", x[len(body):])  # ("某局党组": the body named with its party group)
            found.append((p, x, body + party.group(0) if party else body))
    if len(found) != 1:
        return None
    p, x, body = found[0]
    problem = ParsedProblem(seq=None, title=x, position=p.pos, responsible_units=[body])
    return Candidate("list", [problem], [], {"evidence": 0.5, "shortcoming": 1.0}, "评论所针对的一个单位的问题（“某单位…的问题，反映出…”）")


# (the sentence's subject the checking team: "随后督导组召开了…座谈会", "核查组实地查看了…,随后召开座谈会")
# (not the team named in a phrase of what the body did, "在巡察组的监督推动下,某村开展…", "对于巡察组反馈的问题,该村…召开")
RE_TEAM_WORKS = re.compile(r"^\s*(?:随后|然后|之后|接着|同时)?[，,]?\s*(?![在对经由向被将把])[^，,。；;在对]{0,8}?"
                           r"(?:督导|督查|督察|检查|巡察|巡视|核查|调研)组(?!的|反馈|指出|交办)")


RE_NOW_OPENS = re.compile(r"^\s*(?:目前|截至目前|当前|现在|如今)\s*[,，]?")


def _repair_told(t: str, m, before: str) -> bool:
    """The repair word at m, its sentence's text before it `before`, tells a repair done: not promised or demanded, not
    in a purpose clause, a list of fields, what a visit looked at, nor the result itself ("已清理完毕")."""
    return not (RE_PROMISE_BEFORE.search(before) or RE_PURPOSE_CLAUSE.search(before) or RE_VISIT_CLAUSE.search(before)
                # (ducha25: the team's own work, "随后督导组召开了问题整改工作座谈会": the check, not the body's repair)
                or RE_TEAM_WORKS.search(before)
                or "已" in t[max(0, m.start() - 3):m.start()] or t[m.end():m.end() + 1] in ("等", "、")
                or RE_REPAIR_DENIED.search(t, max(0, m.start() - 3), m.start())  # (expo25: "无人维修", "没有清理")
                # (ducha25: the state now, "目前,临水河入河排污口已全部规范整治": a result, not the repair told)
                or (RE_NOW_OPENS.match(before) is not None and "已" in before)
                or t[m.start() - 1:m.start()] == "、")


# --- findings counted venue by venue in one sentence ----------------------------------------------------------------------
# os18: a check's news names its findings in one sentence, one clause per kind of venue, each opening on how many were at
# fault: "经检查,发现有1家网吧违规接受未成年人上网,有1家KTV未按规定悬挂有效证件,有1家KTV消防通道堆有杂物,我局执法人员…"
# — each such clause telling of a fault is one problem, titled as printed from its "有" (the run ends at the first
# clause that opens otherwise: what the inspectors did). Not "发现有3家已整改到位,有2家…" (no fault told).
RE_COUNTED_FINDINGS_OPEN = re.compile(r"发现(?:了)?\s*[,，:：]?\s*(?=有\s*\d+\s*[家个处所座台辆名])")
RE_SENTENCE_STOP = re.compile(r"[。;；!！]")
RE_COMMA = re.compile(r"[,，]")
RE_COUNTED_CLAUSE = re.compile(r"^有\s*\d+\s*[家个处所座台辆名]")


def counted_findings_candidate(paras) -> Candidate | None:
    for p in paras:
        if "发现" not in p.text:
            continue
        for m in RE_COUNTED_FINDINGS_OPEN.finditer(p.text):
            sentence = RE_SENTENCE_STOP.split(p.text[m.end():], maxsplit=1)[0]
            titles = []
            for clause in RE_COMMA.split(sentence):
                clause = clause.strip()
                if not RE_COUNTED_CLAUSE.match(clause):
                    break
                titles.append(clause)
            if len(titles) >= 2 and all(RE_SAYS_AMISS.search(t[2:]) or RE_SHORTCOMING.search(t) for t in titles) \
                    and not any(RE_PUT_RIGHT.search(t) for t in titles):
                problems = [ParsedProblem(seq=None, title=t, position=p.pos) for t in titles]
                return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0},
                                 "“发现有1家…,有1家…”一句中逐类写出的问题")
    # the faults an inspecting team names after its praise, in the clauses after "同时也指出" up to its demands: "省检查组对
    # 开原市各水库汛前准备工作给予肯定,同时也指出A,B,对检查中发现的问题要立即整改,要…" (blind19's erqi rule: one per clause)
    for p in paras:
        m = RE_POINTED_OUT_AFTER_PRAISE.search(p.text) if "指出" in p.text else None
        if m is None:
            continue
        sentence = RE_SENTENCE_STOP.split(p.text[m.end():], maxsplit=1)[0]
        titles = []
        for clause in RE_COMMA.split(sentence):
            clause = clause.strip()
            if not clause or RE_DEMAND_OPENING.match(clause):
                break
            titles.append(clause)
        if len(titles) >= 2 and all(len(t) >= 6 and (RE_SAYS_AMISS.search(t) or RE_SHORTCOMING.search(t) or RE_PART_OPENING.match(t))
                                    for t in titles):
            problems = [ParsedProblem(seq=None, title=t, position=p.pos) for t in titles]
            return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0}, "肯定之后“同时也指出”的各项问题")
    return None


RE_POINTED_OUT_AFTER_PRAISE = re.compile(r"(?:肯定|认可|好评)[^。]{0,6}?[,，]\s*(?:同时|但)(?:也|还)?指出(?:了)?\s*[,，:：]?\s*")
# a clause that demands instead of finding: "对检查中发现的问题要立即整改", "要高度重视…", "要求…", "希望…"
RE_DEMAND_OPENING = re.compile(r"^(?:对[^,，。]{0,20}?要|要|要求|希望|请|并要求|责令|督促)")
RE_PART_OPENING = re.compile(r"^(?:部分|个别|少数|一些)")


# --- problems named one after another inside a sentence of prose ---------------------------------------------------------
# A short notice or a news item may name its problems in one sentence instead of a list, after a word announcing them:
#  - "反馈问题由某局牵头整改2个，分别是A；B。" — after 分别是/分别为 in a sentence counting problems, one problem a "；"
#    clause, as many clauses as the count says (a count of something else, "设立3个工作组，分别是…", names no problem);
#    the numbered lines after the paragraph, as many as the problems, answer them one by one (one measure each), and a
#    sentence closing the paragraph saying they are all rectified ("反馈问题均已整改完毕") makes each done;
#  - "如A、B、C等3个问题" — the cases named before a count of problems, one a "、" item, exactly as many as the count;
#  - "例如，A；B；C…" opening a paragraph after one that says the places failed to rectify or that problems exist
#    ("…突出生态环境问题整改不力，普遍存在…等问题。"): one case a "；" clause, titled whole (at least three, most of them
#    reading as a shortcoming); a clause saying the problem is still there ("仍未得到有效解决", "依然严重", "未得到彻底解决")
#    is under way. Prefiltered by the literal announcing words (分别, 例如/比如, 等…问题).
RE_NAMED_COUNTED = re.compile(r"问题[^。；;]{0,30}?(\d{1,2}|[一二两三四五六七八九十])\s*[个项条起][，,:：]?\s*分别(?:是|为)\s*[:：]?\s*([^。]{8,600})。")
RE_NAMED_BEFORE_COUNT = re.compile(r"(?:^|[，,。；;])\s*(?:例)?如\s*[，,:：]?\s*([^。；;:：]{8,400}?)等\s*(\d{1,2}|[一二两三四五六七八九十])\s*[个项条起](?:突出|典型|生态环境)?问题")
RE_EXAMPLES_OPEN = re.compile(r"(?:^|(?<=。))\s*(?:例如|比如)\s*[，,:：]\s*")
RE_FAILED_OR_EXIST = re.compile(r"整改不力|整改不到位|整改不彻底|存在[^。]{0,40}?问题")
RE_STILL_THERE = re.compile(r"(?:仍|依然|依旧|仍然)(?:未|没有|存在|严重|突出|较为?严重)|未得到(?:有效|彻底|根本)?(?:解决|整改)")
RE_COUNT_CLAUSE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)\s*[个项条处件]$")
_CN_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _small_count(s: str) -> int:
    return int(s) if s.isdigit() else _CN_SMALL.get(s, 0)


# self23: a check's own record names what it found after a lead saying there are shortcomings, then lists them in ';'
# clauses after a word announcing the examples or the signs — "整体情况良好，但也存在一些问题，如:A;B;C。", "但也发现个别
# 同志存在…的问题，具体表现为:A;B;还有C。" (R10, R16, R136): one problem a clause, titled whole, a leading "还有"/"另外"
# dropped (R92). Not an inspector's feedback naming problems in one sentence ("反馈指出…主要是:A;B等", R19: kinds, not
# listed problems), nor a clause list that reads mostly as no shortcoming.
RE_SHORTFALLS_EXAMPLED = re.compile(r"(?:存在|发现|查出|有)[^。；;:：]{0,40}?(?:问题|不足|隐患|情况|现象)[^。；;:：]{0,12}?[，,]?\s*"
                                    r"(?:例如|比如|如|具体表现为|主要表现为|表现为|具体表现在|主要表现在|具体有)\s*[:：]\s*")
RE_FEEDBACK_SAID = re.compile(r"反馈|指出|巡视组|巡察组|督察组|督导组")
RE_CHECKED_BODIES = re.compile(r"被(?:检|查|检查|抽查|督查)单位|受检单位")
RE_CLAUSE_OPENER = re.compile(r"^(?:还有|另外|此外|同时|再者)\s*[,，]?")


def exampled_shortfalls(paras) -> list[ParsedProblem]:
    for p in paras:
        t = p.text.strip()
        if ":" not in t and "：" not in t:
            continue
        m = RE_SHORTFALLS_EXAMPLED.search(t)
        if m is None:
            continue
        lead = t[:m.end()]
        sentence = lead[max(lead.rfind("。"), 0):]
        if RE_FEEDBACK_SAID.search(sentence) or RE_CHECKED_BODIES.search(t):
            continue
        body = t[m.end():].split("。")[0]
        clauses = [RE_CLAUSE_OPENER.sub("", c.strip(" ，,")).strip() for c in re.split(r"[；;]", body)]
        clauses = [c for c in clauses if c]
        if len(clauses) < 2 or any(len(c) < 4 or len(c) > 120 for c in clauses):
            continue
        if sum(1 for c in clauses if _owns_shortfall(c)) * 2 < len(clauses):
            continue
        if any(RE_OTHER_BODIES.match(c) for c in clauses):
            continue  # (R19: a check of many bodies naming their faults at once, "部分单位…;…", is news over them all)
        return [ParsedProblem(seq=None, title=c, position=p.pos) for c in clauses]
    return []


# self23: the same list told with ordinal words instead of numbers — "…被发现存在多项问题。首先,A;其次,B;再者,C。" (R78: no
# number printed, seq null; the ordinal dropped, R92) — and answered by a later paragraph opening on the problems above
# with the same ordinals ("针对以上问题,…。首先,针对安全问题,X;其次,Y;最后,Z。"): item k is the one measure of problem k
# (R98); a closing sentence saying the problems were solved makes each done (R94).
RE_ORDINAL = r"(?:首先|其次|再次|再者|然后|此外|另外|最后|第[一二三四五六七八九十])"
RE_ORDINALS_LEAD = re.compile(r"存在(?:多项|以下|一些|几个|如下|诸多|不少)?(?:方面的)?(?:问题|不足)[。:：,，]\s*(?=首先|第一)")
RE_ORDINAL_SPLIT = re.compile(r"[；;。]\s*(?=" + RE_ORDINAL + r")")
RE_ORDINAL_OPEN = re.compile(r"^" + RE_ORDINAL + r"\s*[,，、:：]?\s*")
RE_ANSWERS_ABOVE = re.compile(r"^(?:针对|对于|对)(?:以上|上述|这些)(?:问题|不足)")
RE_SOLVED = re.compile(r"问题(?:都|均|也)?(?:得到了?|已)(?:有效|彻底|妥善)?(?:解决|整改)")


def _ordinal_clauses(text: str) -> list[str]:
    parts = RE_ORDINAL_SPLIT.split(text.strip().rstrip("。；; "))
    return [RE_ORDINAL_OPEN.sub("", c).strip(" ，,。；;") for c in parts if RE_ORDINAL_OPEN.match(c.strip())]


def ordinal_shortfalls(paras) -> list[ParsedProblem]:
    for k, p in enumerate(paras):
        m = RE_ORDINALS_LEAD.search(p.text) if "首先" in p.text or "第一" in p.text else None
        if m is None:
            continue
        clauses = _ordinal_clauses(p.text[m.end():].split("\n")[0])
        if len(clauses) < 2 or any(len(c) < 4 for c in clauses) or not all(_owns_shortfall(c) for c in clauses):
            continue
        problems = [ParsedProblem(seq=None, title=c, position=p.pos) for c in clauses]
        for q in paras[k + 1:k + 3]:
            if RE_ANSWERS_ABOVE.match(q.text.strip()):
                at = min((q.text.find(w) for w in ("首先", "第一") if w in q.text), default=-1)
                answers = _ordinal_clauses(q.text[at:]) if at >= 0 else []
                if len(answers) == len(problems):
                    for prob, a in zip(problems, answers):
                        prob.measures = [_measure_from(a, None, q.pos)]
                break
        if any(RE_SOLVED.search(q.text) for q in paras[k + 1:]):
            for prob in problems:
                prob.status = "done"
        return problems
    return []


def named_in_prose_candidate(paras) -> Candidate | None:
    found = ordinal_shortfalls(paras)
    if found:
        return Candidate("list", found, [], {"evidence": 0.5, "shortcoming": 1.0}, "“存在…问题。首先…其次…”逐个列出的问题")
    found = exampled_shortfalls(paras)
    if found:
        return Candidate("list", found, [], {"evidence": 0.5, "shortcoming": 1.0}, "“存在…问题，如：”之后以“；”分开列出的各项不足")

    texts = [p.text.strip() for p in paras]
    for k, t in enumerate(texts):
        if "分别" in t:
            m = RE_NAMED_COUNTED.search(t)
            clauses = [c.strip(" ，,") for c in re.split(r"[；;]", m.group(2))] if m else []
            # (not clauses that count problems by aspect: "发现问题3个，分别是政治建设方面1个；党的建设方面2个")
            if (m and len(clauses) >= 2 and all(len(c) >= 4 for c in clauses) and len(clauses) == _small_count(m.group(1))
                    and not any(RE_COUNT_CLAUSE.search(c) for c in clauses)):
                done = bool(RE_FOUND_ALL_RECTIFIED.search(t[m.end():]))
                problems = [ParsedProblem(seq=None, title=c, position=paras[k].pos, status="done" if done else None)
                            for c in clauses]
                answers = []
                for j in range(k + 1, min(len(texts), k + 1 + len(problems))):
                    a = re.match(r"^(\d{1,2})\s*[.．、]\s*(\S.*)$", texts[j])
                    if a is None or int(a.group(1)) != len(answers) + 1:
                        break
                    answers.append((j, a.group(2)))
                if len(answers) == len(problems):
                    for p, (j, a) in zip(problems, answers):
                        p.measures = [ParsedMeasure(seq=1, text=a.rstrip("。 "), position=paras[j].pos)]
                return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0}, "“分别是”之后以“；”分开列出的问题")
        if "等" in t and "问题" in t and "如" in t:
            m = RE_NAMED_BEFORE_COUNT.search(t)
            items = [c.strip() for c in m.group(1).split("、")] if m else []
            if m and len(items) >= 2 and len(items) == _small_count(m.group(2)) and all(len(c) >= 4 for c in items):
                return Candidate("list", [ParsedProblem(seq=None, title=c, position=paras[k].pos) for c in items], [],
                                 {"evidence": 0.5, "shortcoming": 1.0}, "“如…、…等N个问题”中逐个点名的问题")
        if "例如" in t or "比如" in t:
            m = RE_EXAMPLES_OPEN.search(t)
            if m is None:
                continue
            before = t[:m.start()] if m.start() > 0 else (texts[k - 1] if k > 0 else "")
            if not RE_FAILED_OR_EXIST.search(before.rstrip("。")[before.rstrip("。").rfind("。") + 1:]):
                continue
            clauses = [c.strip(" ，,") for c in re.split(r"[；;]", t[m.end():].split("。")[0])]
            clauses = [c for c in clauses if c]
            if len(clauses) < 3 or any(len(c) < 6 for c in clauses) or _ratio(clauses, RE_SHORTCOMING) < 0.5:
                continue
            problems = [ParsedProblem(seq=None, title=c, position=paras[k].pos,
                                      status="in_progress" if RE_STILL_THERE.search(c) else None) for c in clauses]
            return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0}, "“例如，”之后以“；”分开逐个列出的问题")
    return None


# --- one body a heading, its problems one paragraph of ";" clauses ---------------------------------------------------------
# vs18: a county's public list of one round's 巡察 feedback ("现将巡察组反馈的主要问题公布如下:") gives each body fed back a
# numbered heading of its name alone ("一、县卫生健康局党组") and under it one paragraph of ";" clauses, each a problem
# ("落实“第一议题”制度不严格;执行“三重一大”制度不够到位;…"). Each clause is a problem titled whole, the body its category
# (the bodies sort the feedback, as in RE_BODY_PROBLEMS_OPENING's layout). Read only after a lead announcing the feedback's
# problems, with two or more such bodies and most clauses stating a shortfall; not a body's unnumbered prose sentences
# (blind26 putuo: "虾峙镇党委存在的主要问题:" then "…还有差距,质效不明显。…": no heading number, no ";" clauses).
RE_FEEDBACK_PROBLEMS_ANNOUNCED = re.compile(r"(?:巡察|巡视)[^。]{0,24}问题[^。:：]{0,10}(?:如下|以下)\s*[:：]\s*$")
RE_BODY_NAME_ONLY = re.compile(
    r"^(?![我本该])[^，,。:：;；、“”()（）\s]{1,22}?(?:党委|党组|党工委|党总支|党支部|总支|支部|委员会|机关|局|办|委|院|所|站|队|馆|镇|乡"
    r"|街道|村|社区|公司|中心|学校|政府|管委会)$")
# (RE_CLAUSE_SPLIT, the clauses' ";" either width: defined above)


def _body_clause_problems(body: str, heading: str, pos) -> list[ParsedProblem]:
    """The ";" clauses of one body's paragraph as its problems ([] unless three or more, of a clause's length, most of
    them stating a shortfall)."""
    clauses = [c.strip(" ，,") for c in RE_CLAUSE_SPLIT.split(body.strip().rstrip("。 "))]
    if len(clauses) < 3 or any(not 4 <= len(c) <= 80 for c in clauses):
        return []
    faults = sum(1 for c in clauses if RE_SHORTCOMING.search(c) or RE_SEGMENT_FAULT.search(c))
    if faults * 2 < len(clauses) or any(RE_RESPONSE_SENTENCE.search(c) for c in clauses):
        return []
    return [ParsedProblem(seq=None, title=c, category=heading, position=pos) for c in clauses]


def body_clause_paragraphs_candidate(paras) -> Candidate | None:
    texts = [p.text for p in paras]
    lead = next((k for k, t in enumerate(texts) if RE_FEEDBACK_PROBLEMS_ANNOUNCED.search(t)), None)
    if lead is None:
        return None
    problems: list[ParsedProblem] = []
    bodies = 0
    j = lead + 1
    while j + 1 < len(texts):
        m = parse_marker(texts[j].strip())
        name = m.rest.strip(" 　:：") if m is not None else ""
        if not RE_BODY_NAME_ONLY.match(name) or parse_marker(texts[j + 1].strip()) is not None:
            break
        got = _body_clause_problems(texts[j + 1], name, paras[j + 1].pos)
        if not got:
            break
        problems.extend(got)
        bodies += 1
        j += 2
    if bodies < 2:
        return None
    return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": 1.0},
                     f"第{lead + 1}段之后逐个单位标题下以“；”分开列出的问题（{bodies}个单位）")


# --- us18: a check's exposure cards of fields, one unit a card -------------------------------------------------------
# A 消防/safety 曝光 posts each unit found at fault as a card of labelled lines: "隐患单位:某大厦", "存在隐患:1、…;2、…" (or
# "存在问题:…"), "整改措施:责令限期整改" — often under a short heading line naming where (a city) and a banner repeated on
# every card. Each card is one problem: the finding line's value as printed (its inner 1、…;2、… kept, seq null), the unit
# the card's unit field, the category the nearest short line above the card that the page prints once (the banner,
# printed on every card, is a label). Read only with two cards or more, each finding line right after its unit line.
# (bs18: the label may stand alone on its line, "隐患单位" / "浙江某公司" / "存在隐患:…", the unit the next line)
_CARD_UNIT_LABEL = r"(?:隐患单位|被?检查单位|受检单位|单位名称|场所名称|问题单位)(?:\s*[:：]\s*|[ \t]*\n[ \t]*)"
# (bs18: or "隐患问题:", a county page's "N、单位名称:某店" / "隐患问题:…" cards, the N its seq)
_CARD_FINDING_LABEL = r"(?:(?:存在|发现)的?(?:火灾|安全|消防)?(?:隐患|问题)|隐患问题)\s*[:：]\s*"
RE_CARD_SEQ_BEFORE = re.compile(r"(?:^|\n)(\d{1,2})\s*[、.．]\s*$")
# (the copy may glue a card's short lines together, "火灾隐患单位曝光隐患单位:某羊肉馆存在隐患:…": the labels part them)
RE_UNIT_CARD = re.compile(_CARD_UNIT_LABEL + r"([^\n:：，,。；;]{2,40}?)\s*\n?\s*" + _CARD_FINDING_LABEL + r"([^\n]+)")
RE_CARD_HEADING_LINE = re.compile(r"^[^，,。；;:：、\s\d]{2,10}$")
RE_CARD_LABEL = re.compile(_CARD_UNIT_LABEL + "|" + _CARD_FINDING_LABEL)


def unit_cards_candidate(paras) -> Candidate | None:
    text = "\n".join(p.text.strip() for p in paras)
    if "单位" not in text:
        return None
    cards = list(RE_UNIT_CARD.finditer(text))
    if len(cards) < 2:
        return None
    pos_of = []
    k = 0
    for p in paras:
        pos_of.append((k, p.pos))
        k += len(p.text.strip()) + 1
    lines = text.split("\n")
    problems: list[ParsedProblem] = []
    for m in cards:
        # the pieces above the card, nearest first: its own line's prefix (a glued banner or heading), then the lines
        before = text[max(0, m.start() - 80): m.start()].split("\n")
        # (bs18: a card under no heading of its own stays under the last one, "01 / 【定海】" over two cards; a heading
        # printed in 【】 is read without them)
        category = problems[-1].category if problems else None
        for piece in reversed(before[-4:]):
            piece = piece.strip()
            if not piece:
                continue
            if RE_CARD_LABEL.search(piece):
                break
            if RE_CARD_HEADING_LINE.match(piece) and sum(1 for x in lines if x.startswith(piece)) == 1:
                category = piece[1:-1] if piece[0] in "【[" and piece[-1] in "】]" and len(piece) > 3 else piece
                break
        title = m.group(2).strip().rstrip("。；;，, ")
        at = next((pos for off, pos in reversed(pos_of) if off <= m.start(2)), None)
        numbered = RE_CARD_SEQ_BEFORE.search(text, max(0, m.start() - 6), m.start())
        problems.append(ParsedProblem(seq=int(numbered.group(1)) if numbered else None, title=title, category=category, position=at,
                                      responsible_units=[m.group(1).strip()]))
    return Candidate("list", problems, [], {"evidence": 1.0, "shortcoming": 1.0}, f"{len(problems)}张“隐患单位/存在隐患”卡片")


# --- bs18: a 消防 曝光's hazard blocks, a unit's line over its label line and its numbered hazards -----------------------
# "某县宽兴加商铺" / "存在隐患:" (or "存在的主要隐患:") / "1、安全出口处摆放灶台。" / "2、…": each numbered line is one
# problem, the unit line its category and its unit (the county heading above the unit is no field the ledger keeps). A
# label with its one hazard on its own line ("存在的主要隐患:未按规定设置…") is one problem, seq null. A unit under an
# ordinal line "04" whose numbered hazards follow with no label is read as well, once the page has shown two labelled
# blocks. Read only with two labelled blocks or more, each label right under a name line (no sentence punctuation).
RE_HAZARD_BLOCK_LABEL = re.compile(r"^(?:存在|发现)的?(?:主要)?(?:火灾|安全|消防)?(?:隐患|问题)\s*[:：]\s*(.*)$")
RE_BLOCK_ORDINAL = re.compile(r"^0\d$")
RE_BLOCK_NAME_LINE = re.compile(r"^[^，,。；;:：、!！?？\s]{2,40}$")


def unit_hazard_blocks_candidate(paras) -> Candidate | None:
    lines = [(p.pos, p.text.strip()) for p in paras if p.text.strip()]
    starts = []  # (index of the unit line, index of the first line after the unit's label (or the unit))
    for i, (_, text) in enumerate(lines):
        m = RE_HAZARD_BLOCK_LABEL.match(text)
        if m and i > 0 and RE_BLOCK_NAME_LINE.match(lines[i - 1][1]) and not item_marker(lines[i - 1][1]):
            starts.append((i - 1, i))
    if len(starts) < 2:
        return None
    labelled = {u for u, _ in starts}
    for i in range(1, len(lines) - 1):
        if (RE_BLOCK_ORDINAL.match(lines[i - 1][1]) and i not in labelled and RE_BLOCK_NAME_LINE.match(lines[i][1])
                and not item_marker(lines[i][1])
                and not RE_HAZARD_BLOCK_LABEL.match(lines[i][1]) and item_marker(lines[i + 1][1])):
            starts.append((i, i))
    starts.sort()
    problems: list[ParsedProblem] = []
    for unit_at, label_at in starts:
        unit = lines[unit_at][1]
        j = label_at + 1 if label_at > unit_at else unit_at + 1
        block: list[ParsedProblem] = []
        level = None  # (the hazards numbered 1、 or （一） or （1）, as the document chose: one rank in a block)
        while j < len(lines):
            m = item_marker(lines[j][1], level)
            if not m or not m.rest.strip():
                break
            level = m.level
            title = m.rest.strip().rstrip("。；;，, ")
            block.append(ParsedProblem(seq=m.number, title=title, category=unit, position=lines[j][0],
                                       responsible_units=[unit]))
            j += 1
        if not block and label_at > unit_at:
            rest = RE_HAZARD_BLOCK_LABEL.match(lines[label_at][1]).group(1).strip().rstrip("。；;，, ")
            if rest:
                block.append(ParsedProblem(seq=None, title=rest, category=unit, position=lines[label_at][0],
                                           responsible_units=[unit]))
        if not block:
            return None  # a label over no hazard: not this layout
        problems.extend(block)
    return Candidate("list", problems, [], {"evidence": 1.0, "shortcoming": 1.0},
                     f"{len(starts)}个单位名称行下“存在隐患:”及逐条列出的隐患")


# --- cs20: exposure cards of labelled field lines whose finding field runs over the lines under its label ---------------
# A 消防 曝光 prints one card per body checked, each a run of labelled lines: "单位名称:某幼儿园" / "地址:…" /
# "★存在问题:" / "1.…;" / "2.…。" / "★处理措施:责令限期整改" (or numbered fields, "1.检查时间:…" / "2.单位名称:…" /
# "4.存在隐患:" / "(1)…" / "(2)…" / "5.所涉法条:…" / "6.整改情况:…" / "7.整改期限:…"), cards counted "01", "02" or
# grouped under a district line ("新城区"). The finding label stands alone on its line (or starts its value there) and
# the lines under it up to the next field line are its value. Each card is one problem (its (1)(2) are one body's
# findings, kept in its title as printed, lines joined); a card whose finding field is empty prints no statement (its
# findings were pictures) and is no problem. Seq the card's ordinal line; unit the name field; category the short line
# over the card's first field when two cards or more have one (a district heading, not the lead's last line); deadline
# the "整改期限" field as written; status from the "整改情况" field's account (a closure to rectify is work under way).
# Read only with two cards or more holding a statement, each name field followed within its card by a finding label.
# (us18's unit_cards needs the finding on the name's next line and on its own line; this shape has a field between or
# the finding below its label.)
# chk21: the two labels of a card are read by what they name, not by a list of the labels seen: the body's label is any
# short label ending in a word for a body or its name ("单位名称", "火灾隐患单位", "建筑(单位)名称", "场所名称", "企业名称",
# "检查对象"), a bracketed part allowed, but not a body charged with the work (责任单位, 牵头单位, 主管单位…: a plan's
# field), nor a project, task or problem named; the finding's label is "存在/发现" + up to four characters + 隐患/问题
# ("存在问题", "存在火灾隐患", "发现的消防安全问题"), or the hazard or problem named as the field's content ("隐患内容",
# "主要隐患", "问题描述", "检查发现"). Its value may stand on the line under a label printed alone.
RE_FIELD_LINE = re.compile(r"^(?:[★☆●■◆▲▶►]\s*)?(?:(\d{1,2})\s*[.．、]\s*)?([\u4e00-\u9fff]{1,8}(?:[(（][\u4e00-\u9fff]{1,4}[)）])?[\u4e00-\u9fff]{0,4})\s*[:：]\s*(.*)$")
RE_FIELD_CARD_UNIT = re.compile(r"^(?!.*(?:责任|牵头|配合|协办|主管|监管|问题|任务|项目|措施|文件))"
                                r"(?:[\u4e00-\u9fff]{0,6}(?:单位|场所|企业|商户|门店|对象)(?:[(（][\u4e00-\u9fff]{1,4}[)）])?"
                                r"|[\u4e00-\u9fff]{0,4}(?:[(（][\u4e00-\u9fff]{1,4}[)）])?名称)$")
RE_FIELD_CARD_NOT_UNIT = re.compile(r"^(?:检查|督查|执法|实施|发布|主办|承办)单位$")  # (who checks or publishes)
RE_FIELD_CARD_FINDING = re.compile(r"^(?:(?:存在|发现)的?(?:主要)?[\u4e00-\u9fff]{0,4}?(?:隐患|问题)|(?:主要)?隐患(?:问题|内容|情况|描述)?"
                                   r"|问题(?:内容|描述)|检查发现)$")  # (chk21: "隐患内容:", "主要隐患:", "检查发现:")
RE_FIELD_CARD_DEADLINE = re.compile(r"^(?:整改期限|整改时限|完成时限)$")
RE_FIELD_CARD_ACCOUNT = re.compile(r"^(?:整改情况|整改结果|整改进展)$")
RE_CARD_ORDINAL_LINE = re.compile(r"^0?\d{1,2}$")
RE_CLOSED_TO_RECTIFY = re.compile(r"停业整改|停产整改|停工整改")


def _field_value(lines: list[str], i: int, end: int) -> str:
    """A field's value: what follows its label on its line, and the lines under it up to the next field line (item
    lines "1." / "(1)" all of them; an unmarked line only as the whole value)."""
    first = RE_FIELD_LINE.match(lines[i]).group(3).strip()
    parts = [first] if first else []
    j = i + 1
    while j < end and len(parts) < 12:
        s = lines[j]
        if RE_FIELD_LINE.match(s) or RE_CARD_ORDINAL_LINE.match(s):
            break
        # (the next item by its number also when a decimal reading hides it: "2.3层走道堆放杂物" after "1.…")
        marked = item_marker(s) or re.match(rf"{len(parts) + 1}\s*[.．、]", s)
        if not marked and (parts or j + 1 < end and not RE_FIELD_LINE.match(lines[j + 1])):
            break
        parts.append(s)
        j += 1
        if not marked:
            break
    return "".join(parts)


# (what every card's unit line holds, its label RE_FIELD_CARD_UNIT before a colon or alone on its line: fewer than two
# lines with one give no cards — the cheap test before the rows are made, on every document)
_FIELD_CARD_UNIT_ENDINGS = ("单位", "场所", "企业", "商户", "门店", "对象", "名称", ")", "）")  # (a label alone on its line)
RE_FIELD_CARD_UNIT_NEEDLE = re.compile(r"(?:单位|场所|企业|商户|门店|对象|名称)(?:[(（][\u4e00-\u9fff]{1,4}[)）])?\s*(?:[:：]|$)")


def field_cards_candidate(lines_in) -> Candidate | None:
    seen = 0
    for p in lines_in:
        t = p.text
        if (":" in t or "：" in t or t.rstrip().endswith(_FIELD_CARD_UNIT_ENDINGS)) and RE_FIELD_CARD_UNIT_NEEDLE.search(t):
            seen += 1
            if seen == 2:
                break
    else:
        return None
    rows = [(p.pos, p.text.strip()) for p in lines_in if p.text.strip()]
    if len(rows) < 6 or not any("单位" in t or "场所" in t for _, t in rows):
        return None
    # (chk21: the body's label may stand alone with no colon, "隐患单位" / "某公司": read as a label with its value below)
    lines = [t + ":" if 4 <= len(t) <= 16 and RE_FIELD_CARD_UNIT.match(t) and not RE_FIELD_CARD_NOT_UNIT.match(t) else t
             for _, t in rows]
    fields = [RE_FIELD_LINE.match(t) if ":" in t or "：" in t else None for t in lines]  # (perf22: no colon, no field line)
    units = [i for i, m in enumerate(fields) if m and RE_FIELD_CARD_UNIT.match(m.group(2))
             and not RE_FIELD_CARD_NOT_UNIT.match(m.group(2))]
    if len(units) < 2:
        return None
    starts = []
    for i in units:  # the card opens at its ordinal line, or at the numbered fields before its name field
        s = i
        n = fields[i].group(1)
        while n and s > 0 and fields[s - 1] and fields[s - 1].group(1) and int(fields[s - 1].group(1)) < int(fields[s].group(1)):
            s -= 1
        seq = None
        if s > 0 and RE_CARD_ORDINAL_LINE.match(lines[s - 1]):
            s -= 1
            seq = int(lines[s])
        elif n and s == i:
            seq = int(n)  # (chk21: "1、单位名称:…" over an unnumbered finding field: the card's own number; see below)
        starts.append((s, i, seq))
    headed = []
    for s, _, _ in starts:
        # (a banner printed over every card, "火灾隐患单位曝光", is no heading: the line over it may be)
        # (nor the value printed under a label standing alone: "存在问题:" / "占用疏散通道")
        h = next((lines[k] for k in range(s - 1, max(-1, s - 3), -1)
                  if not fields[k] and lines.count(lines[k]) == 1
                  and not (k > 0 and fields[k - 1] and not fields[k - 1].group(3).strip())), "") if s > 0 else ""
        h = h if h and RE_CARD_HEADING_LINE.match(h) and all(lines.count(lines[k]) > 1 for k in range(lines.index(h) + 1, s)) else ""
        if len(h) > 3 and h[0] in "【[" and h[-1] in "】]":
            h = h[1:-1]  # (a heading printed in brackets, "【某区】", is read without them)
        headed.append(h or None)
    if sum(1 for h in headed if h) < 2:
        headed = [None] * len(starts)
    carried = list(headed)  # (chk21: a card printed under no heading of its own stays under the one above it)
    for k in range(1, len(carried)):
        carried[k] = carried[k] or carried[k - 1]
    problems: list[ParsedProblem] = []
    cards = 0
    for k, (s, u, seq) in enumerate(starts):
        end = len(lines) if k + 1 == len(starts) else starts[k + 1][0] - (1 if headed[k + 1] else 0)
        found = next((i for i in range(u + 1, end) if fields[i] and RE_FIELD_CARD_FINDING.match(fields[i].group(2))), None)
        if found is None:
            return None  # a name field with no finding label in its card: not this layout
        if fields[found].group(1) and fields[u].group(1) and seq == int(fields[u].group(1)):
            seq = None  # (numbered fields "2.单位名称" … "4.存在隐患": the numbers are the fields', not the card's)
        cards += 1
        title = _field_value(lines, found, end).rstrip("。；;，, ").rstrip()
        if len(title) < 4:
            continue  # an empty finding field: no statement printed
        deadline = next((_field_value(lines, i, end) for i in range(u + 1, end)
                         if fields[i] and RE_FIELD_CARD_DEADLINE.match(fields[i].group(2))), None)
        account = next((_field_value(lines, i, end) for i in range(u + 1, end)
                        if fields[i] and RE_FIELD_CARD_ACCOUNT.match(fields[i].group(2))), None)
        status = None
        if account:

            status = "in_progress" if RE_CLOSED_TO_RECTIFY.search(account) else account_status(account)
        unit = fields[u].group(3).strip()
        if not unit and u + 1 < found and not fields[u + 1] and not RE_CARD_ORDINAL_LINE.match(lines[u + 1]):
            unit = lines[u + 1]  # (chk21: the label alone on its line, the body's name on the next)
        problems.append(ParsedProblem(seq=seq, title=title, category=carried[k], status=status, position=rows[found][0],
                                      deadline=deadline or None, responsible_units=[unit] if unit else []))
    if len(problems) < 2:
        return None
    # (news22, R94: a closing line after the cards saying all they list is rectified, "以上火灾隐患已经现场整改完毕": each
    # card done that states no account of its own)

    if any(not RE_FIELD_LINE.match(t) and RE_FOUND_ALL_RECTIFIED.search(t) for t in lines[starts[-1][1] + 1:]):
        for p in problems:
            p.status = p.status or "done"
    return Candidate("list", problems, [], {"evidence": 1.0, "shortcoming": 1.0},
                     f"{cards}张字段卡片（单位名称/存在问题 分行列出）")


# --- cs20: a check's news naming its findings after a labelled lead-in, or one place a sentence -------------------------
# "…主要问题有:A;B;C;D。" (also "存在的主要问题是:", "发现的问题有:"): the lead-in says what follows are the problems, one
# a ";" clause of its sentence; read when three clauses or more, each of a finding's length, half of them or more
# stating a fault in words (a lead-in over praise alone, or over requests, is no list). Praise before the lead-in is no
# problem (not read). Not "问题有所减少" (no colon) nor a list the numbered readers took (this runs only when none did).
RE_PROBLEMS_ARE_LEAD = re.compile(r"(?:存在的|发现的)?(?:主要)?问题(?:主要)?(?:有|是|为|如下)\s*[:：]\s*")
# res21: the same list after a label that names the problems ("检查存在问题：A；B等问题。", "发现问题：…", "存在的问题：…"),
# or after a lead announcing them with how their rectification stands ("以下问题整改进度缓慢，效果不明显：A，B。"; not a
# feedback news item's "该局存在以下问题：一是…", another body's problems, nor clauses counted off 一是/二是) — a check
# record's or a 督查 notice's one paragraph of findings. Two clauses suffice there when every clause states a fault in
# the shared shortfall words (levels.RE_SHORTFALL, or a check's own fault words); and when the sentence has no ";",
# its "，" clauses are the items only if each of them states a fault and names its own subject (no clause opens on a
# verb or a connective continuing the one before).
RE_PROBLEMS_LABEL_LEAD = re.compile(r"(?:^|(?<=[。；;]))\s*(?:(?:检查|督查|巡查|抽查|现场)(?:发现)?)?(?:存在的?|发现的?)问题\s*[:：]\s*"
                                    r"|以下问题[^。:：；;“”]{0,16}?(?:整改|效果)[^。:：；;“”]{0,16}?[:：]\s*")
_RE_XS_CLAUSE = re.compile(r"^[一二三四五六七八九十]是")
_RE_CLAUSE_CONTINUES = re.compile(r"^(?:并|且|但|而|又|还|也|同时|导致|造成|致使|使|影响|以致|从而|甚至|其中|如|例如|主要|特别是|尤其)")


def _fault_clause(c: str) -> bool:
    return bool(RE_SHORTFALL.search(c) or RE_SEGMENT_FAULT.search(c) or RE_FOUND_FAULT.search(c))


def _label_lead_problem_clauses(paras) -> list:
    """res21's reading of the same paragraph (a label or a lead announcing the problems, '，' clauses when each states
    a fault and names its subject, the account after them answering in order): tried when chk21's finds nothing."""
    for k, p in enumerate(paras):
        semis = p.text.count("；") + p.text.count(";")
        if "问题" not in p.text:
            continue
        if semis >= 2:
            for m in RE_PROBLEMS_ARE_LEAD.finditer(p.text):
                sentence = re.split(r"(?<=。)", p.text[m.end():], maxsplit=1)[0].rstrip("。 ")
                clauses = [c.strip(" ，,") for c in re.split(r"[；;]", sentence)]
                if len(clauses) < 3 or any(len(c) < 6 or len(c) > 120 for c in clauses):
                    continue
                faults = sum(1 for c in clauses if RE_SHORTCOMING.search(c) or RE_SEGMENT_FAULT.search(c) or RE_FOUND_FAULT.search(c))
                if faults * 2 < len(clauses) or any(RE_RESPONSE_SENTENCE.search(c) for c in clauses):
                    continue
                return [ParsedProblem(seq=None, title=c, position=p.pos) for c in clauses]
        if "：" not in p.text and ":" not in p.text:
            continue
        for m in RE_PROBLEMS_LABEL_LEAD.finditer(p.text):
            sentence = re.split(r"(?<=。)", p.text[m.end():], maxsplit=1)[0].rstrip("。 ")
            clauses = [c.strip(" ，,") for c in re.split(r"[；;]", sentence)]
            if len(clauses) < 2:
                clauses = [c.strip() for c in re.split(r"[，,]", sentence)]
                if any(_RE_CLAUSE_CONTINUES.match(c) or len(c) < 8 for c in clauses):
                    continue
            if len(clauses) < 2 or any(len(c) < 6 or len(c) > 120 or _RE_XS_CLAUSE.match(c) for c in clauses):
                continue
            if not all(_fault_clause(c) for c in clauses) or any(RE_RESPONSE_SENTENCE.search(c) for c in clauses):
                continue
            category = None
            if k > 0:  # (the section over the paragraph, when it names the problems: "二、存在的问题", R79)
                mk = parse_marker(paras[k - 1].text)
                head = mk.rest.strip().rstrip("。:：") if mk else ""
                if head and len(head) <= 16 and "问题" in head:
                    category = head
            # (the lead saying how their rectification goes, "以下问题整改进度缓慢：", "以下问题整改不到位：": under way)
            said = m.group(0)
            status = "in_progress" if "整改" in said and RE_SHORTFALL.search(said) else None
            found = [ParsedProblem(seq=None, title=c, category=category, status=status, position=p.pos) for c in clauses]
            if k + 1 < len(paras):
                _answered_in_order(found, paras[k + 1])
            return found
    return []


# chk21: or a label that opens its paragraph naming what the check found, closed by its colon: "检查存在问题:A;B等问题。",
# "发现问题:…", "存在的主要问题:…" (the label says the clauses are the findings: two suffice, each stating a fault)
# (not a body's own label, "某镇党委存在问题:A;B;C": per-body prose, R20 — only the check's or the site's words before it)
RE_FOUND_LABEL_OPENING = re.compile(r"^(?:[^，,。；;:：]{0,6}?(?:检查|督查|督导|暗访|巡查|抽查|核查|现场))?(?:存在|发现)的?(?:主要)?问题\s*[:：]\s*")


def _labelled_problem_clauses(paras) -> list:
    """chk21's reading of a check's paragraph of findings after a found label or a lead-in (one problem a clause);
    when it finds none, res21's (_label_lead_problem_clauses)."""
    for p in paras:
        if "问题" not in p.text or (p.text.count("；") + p.text.count(";")) < 1:
            continue
        opening = RE_FOUND_LABEL_OPENING.match(p.text.strip())
        leads = [opening] if opening else []
        if p.text.count("；") + p.text.count(";") >= 2:
            leads += list(RE_PROBLEMS_ARE_LEAD.finditer(p.text))
        for m in leads:
            text = p.text.strip() if m is opening else p.text
            sentence = re.split(r"(?<=。)", text[m.end():], maxsplit=1)[0].rstrip("。 ")
            clauses = [c.strip(" ，,") for c in re.split(r"[；;]", sentence)]
            if len(clauses) < 2 or any(len(c) < 6 or len(c) > 120 for c in clauses):
                continue
            if any(RE_RESPONSE_SENTENCE.search(c) for c in clauses) or all(RE_KIND_OPENS.match(c) for c in clauses):
                continue  # (check24: or faults summed up by kind, "消防安全方面：…；用电安全方面：…等问题30个", R19)
            if len(clauses) == 2 or m is opening:
                if not all(states_amiss(c) for c in clauses):
                    continue
            else:
                faults = sum(1 for c in clauses if RE_SHORTCOMING.search(c) or RE_SEGMENT_FAULT.search(c) or RE_FOUND_FAULT.search(c))
                if faults * 2 < len(clauses) or len(clauses) < 3:
                    continue
            found = [ParsedProblem(seq=None, title=c, position=p.pos) for c in clauses]
            _progress_paired(found, paras, p)
            return found
    return _label_lead_problem_clauses(paras)


# body22: a self-check report (自查, 对照检查: the writer's own work checked, "现将自查情况汇报如下") has a section of its own
# shortcomings headed by a bare label ("二、存在问题", "（三）存在的不足") over one paragraph of ";" clauses: each clause is
# one problem (R9, R10, R129), the label its category, seq null. Not in a rectification progress report, whose own
# "存在的不足" are no problems (_own_shortfalls_heading): the report must say it is the writer's self-check. The label
# says the clauses are shortcomings: most of them must state one. Tried beside every other reading (a list of the
# report's own sections, "（一）自查情况（二）存在问题（三）整改措施", is no problem list; this reading outscores it).
RE_SELF_CHECK_REPORT = re.compile(r"(?:自查|自检|自评|对照检查|自我检查)[^。]{0,16}?(?:汇报|报告|如下)")


def _self_check_shortfall_clauses(paras) -> list:
    if not any("自" in p.text or "对照检查" in p.text for p in paras):
        return []  # (a cheap look first: every document is asked)
    for k in range(1, len(paras)):
        mk = parse_marker(paras[k - 1].text.strip())
        head = mk.rest.strip().rstrip("。:：") if mk else ""
        if not head or not RE_SHORTFALL_LABEL.match(head):
            continue
        nxt = paras[k + 1].text.strip() if k + 1 < len(paras) else ""
        if nxt and parse_marker(nxt) is None:
            continue  # (the section's one paragraph, the next section's heading after it)
        clauses = [c.strip(" ，,") for c in re.split(r"[；;]", paras[k].text.strip().rstrip("。 "))]
        if len(clauses) < 2 or any(len(c) < 4 or len(c) > 120 or "。" in c for c in clauses):
            continue
        if sum(1 for c in clauses if states_amiss(c) or RE_BODY_FAULT.search(c)) * 2 <= len(clauses):
            continue
        if not any(RE_SELF_CHECK_REPORT.search(p.text) for p in paras[:k]):
            continue
        return [ParsedProblem(seq=None, title=c, category=head, position=paras[k].pos) for c in clauses]
    return []


def self_check_shortfalls_candidate(paras) -> Candidate | None:
    found = _self_check_shortfall_clauses(paras)
    if not found:
        return None
    return Candidate("list", found, [], {"evidence": 1.0, "shortcoming": 1.0}, "自查报告“存在问题”一节中以“；”分开的各项不足")


# check24: a check notice's section of its findings headed by a bare label ("二、排查发现问题", "（二）检查发现的问题"),
# its body unnumbered paragraphs, each a day's check and what it found ("12月22日抽查发现:甲学院6号楼410宿舍存在…问题。",
# "12月23日15点03分,乙学院…1名学生在宿舍内吸烟,…。", "同日检查发现,A狭窄,B餐厅…未安装防火门。"): each ";" clause is
# one finding (R10), a second place's comma-joined clause too (R162), the day, time and check leading in dropped (R92);
# a clause of unnamed bodies ("部分单位未拆除防盗窗") is none (R19); the label is the category; the body a clause opens on
# ("甲学院…", "某公司…") its unit (C31), a place none (R103). A paragraph cut before its finding ("12月26日检") gives none.
RE_FOUND_SECTION_HEAD = re.compile(r"^(?:排查|检查|抽查|督查|巡查|暗访)(?:中)?发现(?:的)?(?:主要)?(?:问题|隐患)$")
RE_DATED_FINDING_LEAD = re.compile(r"^(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|同日|当日|当天|次日)(?:[上中下]午|晚上?)?"
                                   r"(?:\d{1,2}[点时:：](?:\d{1,2}分?)?)?(?:许|左右)?"
                                   r"(?:[^，,:：。；;]{0,16}?(?:抽查|检查|排查|巡查|督查|暗访|查看)(?:中|时)?(?:还)?发现)?\s*[:：，,]\s*")
RE_INNER_FOUND_LEAD = re.compile(r"^(?:同日|当日|当天|另外|此外|同时)?[，,]?\s*[^，,:：。；;]{0,8}?(?:抽查|检查|排查|巡查|督查|暗访)(?:中|时)?(?:还)?发现\s*[:：，,]\s*")
# a clause opening on a named place or body, before what is wrong there ("景明餐厅部分区域…", "综合服务楼自习室…")
RE_PLACE_OPENS = re.compile(r"^[\u4e00-\u9fff\d]{2,14}?(?:楼|馆|室|厅|堂|宿舍|中心|学院|公司|小区|市场|医院|学校|酒店|宾馆|店|站|库|车间|工地)")
RE_BODY_OPENS = re.compile(r"^([\u4e00-\u9fff]{1,16}?(?:学院|学校|公司|医院|单位))(?=[\u4e00-\u9fff\d])")


def _clause_findings(clause: str) -> list[str]:
    """The findings of one clause: the clause, or its comma parts when a later part opens on another place and states a
    fault, the part before it opening on a place of its own (R162: two places, each with its finding)."""
    parts = [x.strip() for x in re.split(r"[，,]", clause) if x.strip()]
    out, cur = [], parts[0] if parts else ""
    for k in range(1, len(parts)):
        if RE_PLACE_OPENS.match(parts[k]) and RE_PLACE_OPENS.match(cur) and "," not in cur and len(cur) >= 6 and (
                RE_SHORTCOMING.search(parts[k]) or RE_SEGMENT_FAULT.search(parts[k]) or RE_FOUND_FAULT.search(parts[k])):
            out.append(cur)
            cur = parts[k]
        else:
            cur += "," + parts[k]
    return out + [cur] if cur else out


def _dated_found_section(paras) -> list:
    for k, p in enumerate(paras):
        mk = parse_marker(p.text.strip()) if "发现" in p.text and len(p.text) <= 24 else None
        head = mk.rest.strip().rstrip("。:：") if mk else ""
        if not head or not RE_FOUND_SECTION_HEAD.match(head):
            continue
        found, dated, open_end = [], 0, False
        for q in paras[k + 1:]:
            t = q.text.strip()
            if parse_marker(t) is not None:
                break
            lead = RE_DATED_FINDING_LEAD.match(t)
            if lead is None and not open_end:
                continue
            # (a day's paragraph broken after a ";" by the copy goes on in the next one: its clauses are that day's)
            open_end = t[-1:] in ";；,，"
            dated += 1 if lead is not None else 0
            for clause in re.split(r"[。；;]", t[lead.end():] if lead is not None else t):
                clause = RE_INNER_FOUND_LEAD.sub("", clause.strip()).strip(" ，,")
                if len(clause) < 6 or RE_UNNAMED_FEW.match(clause) or RE_GOOD_ORDER.search(clause) or RE_RESPONSE_SENTENCE.search(clause):
                    continue
                for f in _clause_findings(clause):
                    body = RE_BODY_OPENS.match(f)
                    found.append(ParsedProblem(seq=None, title=f, category=head, position=q.pos,
                                               responsible_units=[body.group(1)] if body else []))
        if dated >= 2 and len(found) >= 2:
            return found
    return []


# expo25: a news item's dated captions, one place a paragraph, each one sentence opening on its day — a revisit's or an
# exposure's photos ("11月4日,某区某街道某小区大门口堆有垃圾杂物,媒体批评后依然未改。"): each caption stating a fault is one
# finding (R10), titled without its day (R92) and, where it turns on "但", by the clause after it (R16: what was done
# before it is no fault). Three captions at least, none telling the checker's own act ("11月4日,市创文办再次…回访": no
# fault stated, not read) and none a response ("已整改", "责令…").
RE_CAPTION_DAY = re.compile(r"^[?？\s]*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日\s*[,，]\s*")
RE_CAPTION_BUT = re.compile(r"[,，]\s*(?:但|但是)\s*[,，]?\s*")


def _dated_captions(paras) -> list:
    found = []
    for q in paras:
        lead = RE_CAPTION_DAY.match(q.text)
        if lead is None:
            continue
        rest = q.text[lead.end():].strip()
        if len(rest) > 100 or not rest.endswith(("。", "！", "!")) or re.search(r"[。！!；;]", rest[:-1]):
            continue  # (one sentence: a caption, not a paragraph of the story)
        title = rest.rstrip("。！! ")
        but = RE_CAPTION_BUT.search(title)
        if but is not None:
            title = title[but.end():]
        if len(title) < 6 or not (RE_SEGMENT_FAULT.search(title) or RE_BODY_FAULT.search(title) or states_amiss(title)) \
                or RE_RESPONSE_SENTENCE.search(title) or RE_GOOD_ORDER.search(title) or RE_UNNAMED_FEW.match(title) \
                or RE_TOLD_PUT_RIGHT.search(title):
            continue
        found.append(ParsedProblem(seq=None, title=title, position=q.pos))
    return found if len(found) >= 3 else []


# --- ducha25 (R140): a round-up of an inspection's cases under headings naming a kind of fault --------------------------
# A news round-up of a 督察's typical cases groups them under headings that name a kind of fault ("一、垃圾渗滤液积存、直排",
# "二、垃圾焚烧发电项目建设滞后", "——虚假整改 造假应对") and tells each case in a sentence opening on its place, a
# region ("在青海海北州,有部分垃圾填埋场设置暗管,渗滤液直排环境。", "此外,在广东清远,该市…", "在湖南湘西州,督察组指出,
# …"): one problem a place's sentence (R10, R140), titled without the leading 在 (the place is its subject, blind37
# nanmuxuan) or, where the team's verb stands after the place, from what follows it (R92); category the heading above
# it (R79, without its number or dash). Examples told after them ("比如,天津市大韩庄垃圾填埋场…") are the same cases
# (R13), and a summary ("这里边,主要是两大类问题") no case. Read with three place sentences or more, each stating a fault,
# no place told twice, each under a heading. Not a visit story of streets and yards (no region: _place_finding_sentences).
RE_REGION_SENTENCE = re.compile(r"^(?:(?:此外|另外|同时|还有)[，,]\s*)?在(?!全|本|我|各|该|此)(?P<place>[\u4e00-\u9fff]{2,12}?"
                                r"(?:省|自治区|市|州|盟|县|旗|区))[，,]\s*(?P<rest>\S.*)$")
RE_TEAM_SAID_LEAD = re.compile(r"^[^，,。]{0,12}?(?:督察|督查|巡视|巡察|检查|暗访|督导)(?:组|人员)?(?:现场)?(?:检查|督察)?"
                               r"(?<![未没])(?:指出|发现|通报)\s*[，,:：]\s*")
RE_DASH_HEADING = re.compile(r"^\s*(?:——|--|—)\s*(?P<h>[^。，,；;:：]{2,24})$")


def _fault_heading(text: str) -> str | None:
    """The kind of fault a heading names: a numbered heading ("一、…", "（二）…") or a dash heading ("——…"), short and
    with no sentence in it; None for any other paragraph."""
    t = text.strip()
    if len(t) > 30 or "。" in t:
        return None
    dash = RE_DASH_HEADING.match(t)
    if dash:
        return dash.group("h").strip()
    mk = parse_marker(t) if t[:1] in "一二三四五六七八九十(（" else None
    if mk is None or mk.level not in (LEVEL_CN, 2) or not mk.rest.strip():
        return None
    return mk.rest.strip().rstrip("。:：")


# perf25: a needle read off RE_REGION_SENTENCE — "在", the place and its ending, the comma — that every sentence it takes
# holds. No match of it can run across a sentence's start (its inner characters are Chinese characters only, none a
# stop, a comma or a space), so the document holds one for each sentence taken: fewer than three, no reading (the
# reader needs three); a paragraph without one holds no sentence to take.
RE_REGION_NEEDLE = re.compile(r"在[\u4e00-\u9fff]{2,12}?(?:省|自治区|市|州|盟|县|旗|区)[，,]")
RE_SENTENCE_ENDS = re.compile(r"(?<=[。！!])")


def region_cases_candidate(paras) -> Candidate | None:
    text = "\n".join(p.text for p in paras)
    if text.count("在") < 3:
        return None
    needles = RE_REGION_NEEDLE.finditer(text)
    if next(needles, None) is None or next(needles, None) is None or next(needles, None) is None:
        return None  # (perf25: fewer than three places told, no reading)
    found: list[ParsedProblem] = []
    places: set[str] = set()
    heading = None
    for p in paras:
        h = _fault_heading(p.text)
        if h is not None:
            heading = h
            continue
        if "在" not in p.text or not RE_REGION_NEEDLE.search(p.text):
            continue  # (perf25: no sentence of it could open on a place)
        for sent in RE_SENTENCE_ENDS.split(p.text):
            m = RE_REGION_SENTENCE.match(sent.strip())
            if m is None:
                continue
            rest = m.group("rest").rstrip("。！! ")
            said = RE_TEAM_SAID_LEAD.match(rest)
            title = rest[said.end():] if said else sent.strip()[m.start("place"):].rstrip("。！! ")
            if len(title) < 8 or heading is None or m.group("place") in places or not (
                    states_amiss(title) or RE_SHORTCOMING.search(title) or RE_SEGMENT_FAULT.search(title)
                    or RE_FAULT_CLAUSE.search(title)) or RE_GOOD_ORDER.search(title):
                return None
            places.add(m.group("place"))
            found.append(ParsedProblem(seq=None, title=title, category=heading, position=p.pos))
    if len(found) < 3:
        return None
    return Candidate("list", found, [], {"evidence": 1.0, "shortcoming": 1.0}, "按问题类别标题逐处以“在某地，”开头的督察典型案例")


# --- ducha25 (R139/R140, C40): a batch of typical cases, one a paragraph opening on the inspection's finding -------------
# A news copy of a 督察's typical-case notice tells each case in a paragraph of its own that opens on the finding verb,
# "督察发现,山西省临汾、长治等市生活垃圾焚烧设施建设滞后,…。临汾市现有2座焚烧设施,…。" / "督察发现,宁夏回族自治区吴忠市
# …", the facts of the case in the paragraphs after it ("临汾霍州市生活垃圾处理场…", "吴忠市第一污水处理厂…": R13, the same
# case). One problem a case: the paragraph after its lead (R92), to the paragraph's end (C40, the majority), the final
# stop dropped; its unit the one city or prefecture it opens on (C31: "宁夏回族自治区吴忠市…" → 吴忠市), none when it names
# several ("临汾、长治等市", R152). Two such paragraphs at least, each stating a fault; a paragraph of the team's work
# ("督察发现问题后,立即…") or of a thing found in order is no case.
# (the team named in full too, "中央第一生态环境保护督察组下沉督察发现,"; a mirror's doubled commas, "督察发现,,")
RE_CASE_PARAGRAPH_LEAD = re.compile(r"^\s*(?:(?:中央|省级?)?(?:第[一二三四五六七八九十]{1,3})?(?:生态环境保护|生态环保|环保)?督察(?:组|人员)?"
                                    r"(?:下沉督察|现场督察|进驻期间)?|督查组|巡视组|巡察组|检查组|暗访组)"
                                    # (or the place the team looked at named before the verb: "中央第一生态环境保护督察组督察
                                    # 山西省发现,临汾、长治等市…" — the place is the case's region)
                                    r"(?:督察(?P<where>[\u4e00-\u9fff]{2,8}?(?:省|自治区|市)))?"
                                    r"(?:还|也|同时)?(?<![未没])(?:发现|指出|查实)\s*[，,:：]+\s*")
RE_CASE_OPENS_ON_CITY = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}?(?:省|自治区))?(?P<city>[\u4e00-\u9fff]{2,6}?(?:市|州|盟|地区))"
                                   r"(?![\u4e00-\u9fff]{0,2}?[、和及])")


# (each case opens on the region it is of — a province, a region, a city — and no two on the same one: a batch over places)
RE_CASE_OPENS_ON_REGION = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|自治区)|^[\u4e00-\u9fff]{2,6}?(?:市|州|盟)")


def case_paragraphs_candidate(paras) -> Candidate | None:
    found: list[ParsedProblem] = []
    regions: list[str] = []
    for p in paras:
        head = p.text[:26]
        m = RE_CASE_PARAGRAPH_LEAD.match(p.text) if ("发现" in head or "指出" in head or "查实" in head) else None
        if m is None:
            continue
        title = p.text[m.end():].strip().rstrip("。，, ")
        if len(title) < 12 or not (RE_SHORTCOMING.search(title) or states_amiss(title) or RE_FAULT_CLAUSE.search(title)) \
                or RE_GOOD_ORDER.search(title) or RE_TOLD_PUT_RIGHT.search(title) or title.startswith(("问题", "的")):
            continue  # (what the team found in order, or put right, or no fault in words: no case)
        if title.startswith(("“", "\"")):
            continue  # (the team's summing-up in quotation marks, "督察组指出:“…”", is no case of its own)
        region = RE_CASE_OPENS_ON_REGION.match(title)
        city = RE_CASE_OPENS_ON_CITY.match(title) if (region or m.group("where")) else None
        found.append(ParsedProblem(seq=None, title=title, position=p.pos,
                                   responsible_units=[city.group("city")] if city else []))
        regions.append(m.group("where") or (region.group(0) if region else None))
    # (a batch over places: two cases at least opening on a region each, no region twice — then the batch's other cases,
    # "督察发现,第一轮督察交办的抚顺市…", "…督察发现,山西某公司…", are its cases too; findings at the one place an
    # exposure tells of open on no region)
    named = [r for r in regions if r is not None]
    if len(named) < 2 or len(set(named)) < len(named):
        return None
    return Candidate("list", found, [], {"evidence": 0.5, "shortcoming": 1.0}, "督察典型案例：逐段以“督察发现，”开头的案例")


# --- ducha25: a 监察院 糾正案 (correction) told by its 案由 --------------------------------------------------------------
# A correction's statement (a record's 案由 field, a row of the list of corrections, a news item) names who proposed it,
# then the body corrected and its faults, then the verdict: "刘委员德勋、蔡委员培村提,南投县政府对于…,以上均有违(怠)失,
# 爰依法提案纠正。", "章委员仁香、…提,104年台南市政府于…,均核有疏失,爰依法提案纠正。", "监院说,国防部已逾八个月未…等均核有失
# 当,因此依法提案纠正。" One problem a statement (R14 by analogy, R10 a row): the body and its faults without the proposers'
# lead-in and the verdict (R92), the body it opens on its unit (R102), its state the case's "已结案" (done) or "尚未结案"
# (under way) said after it, before the next statement. Statements are traditional-script copies mostly: read simplified.
# (the members named "刘委员德勋、蔡委员培村提"; NOT YET the other order, "王美玉委员、王幼玲委员提", nor the verdict "均确有违
# 失": they are the records of snippets14/17, whose truths label no problem (a snippet set labels dates and figures
# only) — read, they take both sets' F1 from 1.000 to 0.000 (measured, ducha25); the lead decides)
RE_CORRECTION_LEAD = re.compile(r"(?:(?:[\u4e00-\u9fff]委员[\u4e00-\u9fff]{1,3}[、,，]?\s*)+提"
                                r"|(?:监察院|监院)[^,，。:：]{0,6}?(?:说|指出|表示))"
                                r"\s*[,，:：]\s*")
RE_CORRECTION_VERDICT = re.compile(r"\s*(?:[,，;；]\s*以上)?\s*(?:等)?\s*[,，]?\s*均(?:核)?有(?:违|疏|怠)?(?:[(（]怠[)）])?失当?\s*[,，]\s*"
                                   r"(?:爰|因此|爰此|故)?\s*依法(?:提案)?纠正")
RE_CORRECTED_BODY = re.compile(r"^(?:\d{2,3}年)?(?P<b>[\u4e00-\u9fff]{2,10}?(?:政府|部|委员会|署|局|厅|处|府|院|公所)"
                               r"(?:[\u4e00-\u9fff]{2,4}?(?:署|局|处))?)(?=[\u4e00-\u9fff]{0,3}?(?:对|于|受托|办理|未|已|督导|在|就|所|辖|之|,|，))")
RE_CASE_STATE = re.compile(r"尚未结案|未结案|已结案")
# perf25: needles read off RE_CORRECTION_LEAD, one of which every lead holds: the last member named before 提 ("委员德勋提",
# "委员培村、提"), or the 监察院's name (监察院, 监院). Each opens on a literal the engine scans for fast (an alternation
# of the two would be scanned by a set of first characters, ~6x slower; the lead itself opens on any Chinese character
# and is tried at every offset)
RE_CORRECTION_NEEDLE = re.compile(r"委员[\u4e00-\u9fff]{1,3}[、,，]?\s*提")
RE_CONTROL_YUAN_NEEDLE = re.compile(r"监察?院")
RE_RECORD_FIELD_LINE = re.compile(r"^\s*[\u4e00-\u9fff ]{1,8}\s*[:：]")


def correction_cases_candidate(paras) -> Candidate | None:
    texts = [p.text for p in paras]
    text = "\n".join(texts)
    if "纠正" not in text:
        return None
    if not RE_CORRECTION_NEEDLE.search(text) and not RE_CONTROL_YUAN_NEEDLE.search(text):
        return None  # (perf25: no lead, no statement)
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    leads = [m for m in RE_CORRECTION_LEAD.finditer(text)]
    found: list[ParsedProblem] = []
    for j, lead in enumerate(leads):
        nxt = leads[j + 1].start() if j + 1 < len(leads) else len(text)
        verdict = RE_CORRECTION_VERDICT.search(text, lead.end(), nxt)
        if verdict is None:
            continue  # (a row the copy cut before its verdict: labelled by no finding, R126)
        title = text[lead.end():verdict.start()].strip(" ,，;；")
        if "\n" in title:
            # (robust25: a statement broken over lines by a page's width where a line ended on its clause's stop, "…民宿
            # 违章建筑泛滥;" / "另,该府…": one statement, joined — not across a record's field or a table's cell, "机关改善
            # 情形: |", which the statement's own lines never hold)
            pieces = title.split("\n")
            if any("|" in t or RE_RECORD_FIELD_LINE.match(t) for t in pieces[1:]):
                continue
            title = "".join(t.strip() for t in pieces)
        if len(title) < 12:
            continue
        body = RE_CORRECTED_BODY.match(title)
        state = RE_CASE_STATE.search(text, verdict.end(), nxt)
        k = bisect_left(starts, lead.end() + 1) - 1
        found.append(ParsedProblem(seq=None, title=title, position=paras[max(k, 0)].pos,
                                   responsible_units=[body.group("b")] if body else [],
                                   status=None if state is None else ("done" if state.group(0) == "已结案" else "in_progress")))
    if not found:
        return None
    return Candidate("list", found, [], {"evidence": 0.5, "shortcoming": 1.0}, "监察院纠正案：案由所述受纠正机关的违失")


def dated_found_section_candidate(paras) -> Candidate | None:
    found = _dated_found_section(paras)
    if not found:
        if sum(1 for q in paras[:40] if "月" in q.text[:12] and RE_CAPTION_DAY.match(q.text)) < 3:
            return None  # (a cheap look first: every document is asked)
        found = _dated_captions(paras)
        if not found:
            return None
        return Candidate("list", found, [], {"evidence": 0.5, "shortcoming": 1.0}, "逐张写出日期的图片说明，一处一句的问题")
    return Candidate("list", found, [], {"evidence": 1.0, "shortcoming": 1.0}, "“排查发现问题”一节中逐日写出的发现（一句一处）")


# check24: a check notice that goes area by area, each area's heading run into its "(1)…(2)…" findings on one line ("1、一、
# 二号楼餐饮、客房区(1)…不亮。(未修复原因:…)。(2)…检查情况较好,…。(3)…需部门紧急整改。", "二、后厨区域：（1）…（2）…"):
# each item is one finding (R10), numbered as printed (R75), its area its category (R79); an item of praise ("…情况较好",
# "…摆放有序,做的较好") is none (R16), nor a clause of praise inside an item; a bracketed note giving a reason or an answer
# ("(未修复原因:…)", "(经询问答复说:…)") is no part of the finding (R92). The demand closing an item ("需…整改",
# "应更换") stays with it as printed.
RE_AREA_RUN_IN = re.compile(r"^(?:\d{1,2}\s*[、.．]|[一二三四五六七八九十]{1,3}\s*、|[(（][一二三四五六七八九十]{1,3}[)）])\s*"
                            r"([^()（）。；;:：]{2,30}?)\s*[:：]?\s*(?=[(（]1[)）])")
RE_BRACKET_NOTE = re.compile(r"[(（][^()（）]{0,12}?[:：][^()（）]{0,120}[)）]")
RE_PRAISE_CLAUSE = re.compile(r"较好|良好|正常|有序|合理|到位|认真|仔细|整洁|整齐|干净|规范")
RE_PRAISE_NOT = re.compile(r"没有|未|不|无|缺|过期|乱|需|应|欠|损|堵|隐患")


def _praise_only(clause: str) -> bool:
    return bool(RE_PRAISE_CLAUSE.search(clause)) and not RE_PRAISE_NOT.search(clause)


def _area_item_title(text: str) -> str:
    text = RE_BRACKET_NOTE.sub("", text).strip()
    parts = re.split(r"([;；])", text)
    kept = ""
    for k in range(0, len(parts), 2):
        clause = parts[k].strip().rstrip("。 ")
        if not clause or _praise_only(clause):
            continue
        kept += (parts[k - 1] if kept and k > 0 else "") + clause
    return kept.strip().rstrip("。 ")


def area_items_candidate(paras) -> Candidate | None:
    """(Only where every line numbered in the areas' rank is such an area: a list of places whose items are statements,
    "1.某处…破损。" beside "3.某小区:(1)…(2)…", is a list of problems, each place's line one — blind16's.)"""
    problems, levels = [], set()
    for i, p in enumerate(paras):
        t = p.text.strip()
        if "1)" not in t and "1）" not in t:
            continue
        m = RE_AREA_RUN_IN.match(t)
        if m is None:
            continue
        rest = t[m.end():]
        for q in paras[i + 1:]:
            # (the area's run broken by the copy's line breaks: a paragraph going on mid-sentence, or opening on its next
            # "(n)" item or a bracketed note, is more of it — up to the next area)
            u = q.text.strip()
            if not u or RE_AREA_RUN_IN.match(u) or not (rest[-1:] not in "。！!？?" or u[:1] in "(（"):
                break
            rest += u
        items = find_inline_paren(rest)
        if len(items) < 2 or items[0][0] != 0:
            continue
        mk = parse_marker(t)
        if mk is not None:
            levels.add(mk.level)
        for j, (at, n) in enumerate(items):
            end = items[j + 1][0] if j + 1 < len(items) else len(rest)
            chunk = re.sub(r"^[(（]?\d{1,2}[)）]\s*", "", rest[at:end])
            title = _area_item_title(chunk)
            if len(title) >= 4:
                problems.append(ParsedProblem(seq=n, title=title, category=m.group(1).strip(), position=p.pos))
    if len(problems) < 2:
        return None
    for p in paras:
        mk = parse_marker(p.text.strip()) if levels else None
        if mk is not None and mk.level in levels and not RE_AREA_RUN_IN.match(p.text.strip()):
            return None
    return Candidate("list", problems, [], {"evidence": 0.5, "shortcoming": _ratio([p.title for p in problems], RE_SHORTCOMING)},
                     "逐个区域写出、区域名后接（1）（2）…的问题")


# res21: the paragraph right after such a list, labelled as the account of what was done ("整改情况：…", "今日整改进度：…",
# "整改结果：…"), answers its clauses in their order: one measure each (R96), its ";" clauses (else its "，" clauses)
# taken in order, the last problem given what is left; fewer clauses than problems give each problem the whole account.
# Each problem's status is its answer's (titles.status_of).
RE_CLAUSES_ANSWER_LABEL = re.compile(r"^[^，,。；;:：]{0,4}?整改(?:情况|进度|进展|进展情况|结果|落实情况)\s*[:：]\s*")


def _answered_in_order(problems: list[ParsedProblem], para) -> None:
    m = RE_CLAUSES_ANSWER_LABEL.match(para.text)
    value = para.text[m.end():].strip().rstrip("。") if m else ""
    if not value or any(RE_SHORTCOMING.search(c) and not _RE_SAYS_DONE.search(c) for c in re.split(r"[；;]", value)):
        return
    parts = [c.strip() for c in re.split(r"[；;]", value) if c.strip()]
    if len(parts) < len(problems):
        parts = [c.strip() for c in re.split(r"[，,]", value) if c.strip()]
    if len(parts) < len(problems):
        parts = [value] * len(problems)
    else:
        parts = parts[: len(problems) - 1] + ["，".join(parts[len(problems) - 1:])]
    for prob, answer in zip(problems, parts):
        prob.measures = [ParsedMeasure(seq=None, text=answer, deadline=None, responsible_units=[], position=para.pos)]
        prob.status = status_of(answer)


_RE_SAYS_DONE = re.compile(r"已|到位|完成")


# chk21: the findings' progress told right after them in one labelled paragraph ("今日整改进度:A到位,B已清理,C已安排…"):
# its clauses answer the findings in order, each going to the finding it shares the most words with (a clause sharing
# none goes with the one before it). Each finding so answered has that one measure (comma-joined clauses: one, R96) and
# is done only when every clause of its answer says the thing is done (R95: an action arranged is no done word).
RE_PROGRESS_OPENING = re.compile(r"^[^，,。:：]{0,4}?整改(?:进度|进展|情况)\s*[:：]\s*")
RE_CLAUSE_DONE = re.compile(r"到位|完毕|已(?:经)?(?:全部)?(?:清理|清除|完成|整改|拆除|覆盖|修复|更换|补齐|清运|硬化|封闭|关停)")
RE_CLAUSE_ARRANGED = re.compile(r"安排|组织|督促|要求|责令|将|计划|正在")


def _bigrams(t: str) -> set:
    return {t[i:i + 2] for i in range(len(t) - 1) if "\u4e00" <= t[i] <= "\u9fff" and "\u4e00" <= t[i + 1] <= "\u9fff"}


def _progress_paired(found: list, paras, after) -> None:
    k = next((i for i, q in enumerate(paras) if q is after), None)
    nxt = paras[k + 1] if k is not None and k + 1 < len(paras) else None
    m = RE_PROGRESS_OPENING.match(nxt.text.strip()) if nxt is not None else None
    if m is None or len(found) < 2:
        return
    clauses = [c.strip() for c in re.split(r"[，,；;。]", nxt.text.strip()[m.end():]) if c.strip()]
    words = [_bigrams(q.title) for q in found]
    owner: list[int] = []
    for c in clauses:
        shared = [len(_bigrams(c) & w) for w in words]
        best = max(range(len(found)), key=lambda i: shared[i])
        owner.append(best if shared[best] else (owner[-1] if owner else 0))
    if owner != sorted(owner):
        return  # (clauses that do not follow the findings' order answer no finding each)
    for i, q in enumerate(found):
        mine = [c for c, o in zip(clauses, owner) if o == i]
        if not mine:
            continue
        q.measures = [ParsedMeasure(seq=None, text="，".join(mine), position=nxt.pos)]
        if all(RE_CLAUSE_DONE.search(c) and not RE_CLAUSE_ARRANGED.search(c) for c in mine):
            q.status = "done"


# "在某社区,督查组…进行督查,发现A等问题。在某院落,督查组发现B。在某综合楼院落存在C等问题。": a check's news telling one place
# a sentence, each opening on "在" and its place and stating what was found there: one problem a sentence, titled from the
# word after its 发现 (the lead-in with the team and the place dropped, R92), or, with no 发现, the sentence without its
# opening 在 (the place is its subject). Read with three such sentences or more running one after another in a
# paragraph; a sentence of requests or of work done ends the run.
RE_PLACE_SENTENCE = re.compile(r"^在(?![^，,。]{0,24}?(?:期间|过程中|基础上|工作中|方面))[^，,。；;]{1,24}?(?:社区|村|小区|院落|市场|街道|路段|广场|公园|"
                               r"学校|楼|大院|沿线|门口|工地|商铺|店|区域"
                               # (chk21: or a body's premises, the words of RE_BODY_HAS: "在某假日宾馆,…")
                               r"|(?:幼儿园|医院|卫生院|中心|酒店|宾馆|饭店|超市|商场|大厦|园区|仓库|公司|厂|馆|站|场所|企业)(?=[，,]))")
RE_PLACE_FINDING = re.compile(r"(?<![未没])发现|存在")
# chk21: a clause after the place that tells the check, not the finding: "第二督察组对…整改情况开展“回头看”"
RE_CHECK_CLAUSE = re.compile(r"(?:督察|督查|检查|暗访|巡查|督导|调研)组|开展|进行")


def _place_finding_sentences(paras) -> list:
    for p in paras:
        if p.text.count("在") < 2 or ("发现" not in p.text and "存在" not in p.text):
            continue
        run: list[ParsedProblem] = []
        told: list[bool] = []  # (each found after a 发现)
        for sent in re.split(r"(?<=[。！!])", p.text):
            sent = sent.strip()
            m = RE_PLACE_SENTENCE.match(sent)
            f = None
            if m:
                found = [x for x in RE_PLACE_FINDING.finditer(sent) if x.group(0) == "发现"]
                if found:
                    f = sent[found[-1].end():].lstrip(":：,， ").rstrip("。！! ")
                elif RE_PLACE_FINDING.search(sent):
                    f = sent[1:].rstrip("。！! ")
                    # (chk21: "在某宾馆,某组对…开展回头看,该隐患…仍存在…等问题": the place and the check told before the
                    # finding are its lead-in, dropped as a 发现's is, R92)
                    parts = re.split(r"[，,]", f, maxsplit=2)
                    if len(parts) == 3 and RE_CHECK_CLAUSE.search(parts[1]) and RE_PLACE_FINDING.search(parts[2]):
                        f = parts[2]
            # (what a 发现 introduces is a finding; a sentence without it must state a fault in words)
            if f and len(f) >= 6 and not RE_RESPONSE_SENTENCE.search(f) and (
                    found or RE_SHORTCOMING.search(f) or RE_SEGMENT_FAULT.search(f) or RE_FOUND_FAULT.search(f)):
                run.append(ParsedProblem(seq=None, title=f, position=p.pos,
                                         status="in_progress" if RE_NOT_YET_RECTIFIED.search(f) else None))
                told.append(bool(found))
                continue
            if len(run) >= 3 or len(run) == 2 and all(said or states_amiss(q.title) for q, said in zip(run, told)):
                return run
            run, told = [], []
        # (chk21: two such sentences suffice when each names what was found after 发现 or states a fault in words)
        if len(run) >= 3 or len(run) == 2 and all(said or states_amiss(q.title) for q, said in zip(run, told)):
            return run
    return []


# a regulator's news of its check of one named body ("…监督员对某酒店管理有限公司开展夏季消防安全检查。…经检查发现该单位
# 存在堵塞消防车通道,个别灭火器压力不足的火灾隐患,针对上述火灾隐患…下发了《责令限期改正通知书》"): the one body's
# findings are one problem (R12), titled from "该单位存在…" to the 隐患/问题 closing them (the lead-in 经检查发现 dropped),
# the body its unit. Only with one body checked so named and one such finding in the whole text.
RE_ONE_BODY_CHECKED = re.compile(r"对([^，,。；;:：“”]{2,40}?(?:有限责任公司|有限公司|公司|酒店|宾馆|饭店|商场|超市|医院|学校|幼儿园|网吧|"
                                 r"市场|中心|厂))\s*(?:开展|进行)了?[^。；;，,]{0,20}?检查")
RE_BODY_FOUND_HAS = re.compile(r"(?<![未没])发现\s*(该(?:单位|场所|企业|公司|酒店|宾馆|店|医院|学校)存在[^。；;]{4,120}?(?:隐患|问题))(?=[,，。；;])")


def _one_body_finding(paras) -> list:
    text = "\n".join(p.text for p in paras)
    if "发现该" not in text:
        return []
    bodies = RE_ONE_BODY_CHECKED.findall(text)
    found = [(p, m) for p in paras for m in RE_BODY_FOUND_HAS.finditer(p.text)]
    if len(set(bodies)) != 1 or len(found) != 1:
        return []
    p, m = found[0]
    return [ParsedProblem(seq=None, title=m.group(1), position=p.pos, responsible_units=[bodies[0]])]


# c36 (C36 settled s24, R163, R12/R108): an audit or check of ONE named body whose notice names its faults in one sentence —
# "审计发现甲中学存在改变预算资金用途、政府采购不规范等问题", or, under the findings heading of an audit-result notice, one
# "、" sentence "A、B、C等问题。" — is ONE problem, titled by that sentence's faults as printed (the lead "审计发现" dropped,
# R92; "等问题" kept, R87), the body its unit. Only when the text tells one audit or check of that body ("对甲中学…进行了
# 审计"), one such sentence in the whole text, and no numbered findings (a list is read as several problems). Not a
# sentence over several bodies or a sector ("部分幼儿园存在…", "个别村仍存在…"), nor feedback news (巡察/巡视, R19).
RE_AUDITED_BODY = re.compile(r"对\s*([^，,。；;、:：“”()（）]{2,40}?(?:局|委员会|委|办公室|办|中心|中学|小学|学校|学院|大学|幼儿园|医院|卫生院|"
                             r"公司|集团|厂|站|所|馆|院|政府|镇|乡|街道|社区|村))\s*(?:[(（]以下简称\s*“?([^)）”]{2,12})”?[)）])?"
                             r"[^。；;]{0,40}?(?:进行了?|开展了?|实施了?)?(?:专项)?(?:审计|检查|核查|督查|抽查|稽查)")
RE_AUDIT_FOUND_BODY = re.compile(r"(?:审计|检查|核查|督查|抽查|稽查)(?:中|时)?(?<![未没])发现\s*[，,:：]?\s*"
                                 r"([^，,。；;、:：“”]{2,30}?存在[^。；;]{4,200}?等(?:方面的?)?问题)(?=[,，。；;]|$)")
RE_AUDIT_FOUND_NEEDLE = re.compile(r"(?:审计|检查|核查|督查|抽查|稽查)(?:中|时)?(?:发现|查出)")
RE_FINDINGS_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,2}\s*[、.．]\s*)?(?:审计|检查)(?:发现|查出)的?(?:主要)?问题\s*[:：]?\s*$")
RE_ONE_LIST_SENTENCE = re.compile(r"^\s*([^。；;:：\n]{4,}?、[^。；;:：\n]+?等(?:方面的?)?问题)\s*。?\s*$")
RE_NUMBERED_FINDING = re.compile(r"(?:^|\n)\s*(?:\d{1,2}\s*[、.．]|[(（][\d一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]是)")


# the account after the finding: a partial close ("部分已整改完毕", R187) is in progress; an account of the fix that names
# its actions ("采取A、B等措施进行整改") is one measure (R96, an undivided account), "积极整改" alone none (R97)
RE_PARTLY_CLOSED = re.compile(r"部分(?:问题)?(?:已经?|已)(?:整改|完成|落实)")
RE_AUDIT_ALL_CLOSED = re.compile(r"(?:已全部整改到位|已整改到位|已全部完成整改|已完成整改|已整改完成|已全部整改|已整改完毕)")
RE_FIX_ACTIONS_NAMED = re.compile(r"采取[^。；;]{4,}?等(?:措施|方式|办法)")


def _audit_account_read(problem: ParsedProblem, account: str) -> ParsedProblem:
    from .structure import closing_status

    if RE_PARTLY_CLOSED.search(account):
        problem.status = "in_progress"
    else:
        problem.status = closing_status(account)[0]
        last = account.rstrip().rstrip("。").rsplit("。", 1)[-1]
        if problem.status is None and RE_AUDIT_ALL_CLOSED.search(last):  # "截至目前,该单位审计发现问题已整改到位。" (R94)
            problem.status = "done"
    named = RE_FIX_ACTIONS_NAMED.search(account)
    if named:
        sentence = account[:named.end()].rsplit("。", 1)[-1].split("\n")[-1]
        problem.measures = [ParsedMeasure(seq=None, text=sentence + account[named.end():].split("。", 1)[0])]
    return problem


def _audited_body_sentence(paras) -> list:
    """The one problem of an audit or check of one named body whose faults are named in one sentence (C36)."""
    text = "\n".join(p.text for p in paras)
    if "等问题" not in text or not RE_AUDIT_FOUND_NEEDLE.search(text):  # (the needle: cheap before any pattern)
        return []
    audited = list(RE_AUDITED_BODY.finditer(text))
    if len({m.group(1) for m in audited}) != 1:
        return []
    body, short = audited[0].groups()
    clause = audited[0].group(0)  # (the name may run past the first word ending a body: "某街道社区卫生服务中心")
    found = [(p, m) for p in paras for m in RE_AUDIT_FOUND_BODY.finditer(p.text)]
    if len(found) == 1:
        p, m = found[0]
        title = m.group(1)
        named = title[:title.index("存在")]
        if RE_NOT_A_NAME_OPENING.match(named) or not (named in clause or body in named or (short and named == short)):
            return []
        after = text[text.index(title) + len(title):]
        if RE_NUMBERED_FINDING.search(after.split("整改", 1)[0]):
            return []
        return [_audit_account_read(ParsedProblem(seq=None, title=title, position=p.pos, responsible_units=[named]), after)]
    if found:
        return []
    for k, p in enumerate(paras[:-1]):
        if RE_FINDINGS_HEADING.match(p.text):
            m = RE_ONE_LIST_SENTENCE.match(paras[k + 1].text)
            if m and "存在" not in m.group(1) and not RE_NUMBERED_FINDING.search(paras[k + 1].text):
                after = "\n".join(q.text for q in paras[k + 2:])
                return [_audit_account_read(ParsedProblem(seq=None, title=m.group(1), position=paras[k + 1].pos,
                                                          responsible_units=[short or body]), after)]
            return []
    return []


def prose_findings_candidate(paras) -> Candidate | None:
    found = _audited_body_sentence(paras)
    if found:
        return Candidate("list", found, [], {"evidence": 0.5, "shortcoming": 1.0}, "审计（检查）一个单位，一句话列出其问题")
    found = _one_body_finding(paras)
    if found:
        return Candidate("list", found, [], {"evidence": 0.5, "shortcoming": 1.0}, "一个受检单位“经检查发现该单位存在…隐患”")
    found = _labelled_problem_clauses(paras)
    if found:
        return Candidate("list", found, [], {"evidence": 0.5, "shortcoming": 1.0}, "“主要问题有：”之后一句中以“；”分开列出的问题")
    found = _place_finding_sentences(paras)
    if found:
        return Candidate("list", found, [], {"evidence": 0.5, "shortcoming": 1.0}, "逐处以“在某地”开头、写明发现的句子")
    return None


# --- body22: each inspected body's faults told in running text ----------------------------------------------------------
# A check's notice or the news of it names the bodies it found at fault and tells each one's faults in a statement of its
# own: "甲景区,产品单一,…;乙景区,近3年未正常营业,…。", "检查发现甲幼儿园存在A;B…等消防隐患。乙幼儿园存在…", "据通报,甲景区欺客
# 宰客情况严重,…。乙景区外围…。", or one paragraph a body, "甲医院候诊区…等。" — often after a lead naming them all
# ("决定对甲、乙等3家…给予警告"), and with the order the checker gave closing a statement (",限期3个月整改"). Each statement
# is one problem of its body (R12): titled from the body's name to the end of its faults, the lead-in before the name
# (R92) and the closing order dropped; the body its unit (R102). A body opens a statement at a sentence's or clause's
# start, after a lead verb of reporting or finding ("检查发现", "据通报,", "某局指出,") or after "而"; its name ends in a
# word of the class of bodies a check inspects (a firm, a shop, a school, a hospital, a site, a scenic area …) followed
# by a comma, a colon or "存在" — or, where the faults run straight on, the name the document itself lists among the
# bodies dealt with. Not a statement: a body listed with others ("甲、乙…均存在…", R122), one the sentence only names
# before a verdict ("甲被警告"), one told without a fault. A sentence that goes on about the same body ("该景区已停业…")
# stays in its statement. Read when two bodies or more are so told, and not when the paragraph tells places alike, some
# of them no body (_places_told_alike). Two more ways of telling a body's faults are read the same way below: the body
# named as the one checked ("对甲公司现场检查时发现,该公司…") and a body told by what it did, then "但" what it did not.
_BODY_ENDING = (r"(?:景区|旅游区|风景区|度假区|景点|公园|乐园|博物馆|纪念馆|城|办事处|街道办|街道|镇|乡|幼儿园|学校|小学|中学|大学|学院|医院|卫生院|诊所|"
                r"药店|药房|加油站|加气站|工地|项目部|公司|厂|店|馆|园|院|校|站|所|中心|市场|超市|商场|酒店|宾馆|饭店|餐厅|食堂|"
                r"会所|吧|厅|楼|大厦|广场|基地|场|部|行)")
RE_BODY_ENDS = re.compile(_BODY_ENDING + "$")
RE_BODY_ENDING_AT = re.compile("(?=(" + _BODY_ENDING + "))")  # (every place one ends, overlapping: "街道办" and "办事处")
# a lead before the name: a verb of reporting or finding closing its clause's opening words, or a contrast
_LEAD_VERB = r"[^，,。；;!！?？]{0,16}?(?<![未没])(?:指出|通报|披露|显示|发现|获悉|查明|表明|了解到?|介绍)"
_LEAD_CONTRAST = (r"(?:而|另外[，,]?|此外[，,]?|同时[，,]?|其中[，,]?|例如[，,]?|比如[，,]?|如(?=[\u4e00-\u9fff]{2,7}?(?:省|市|县|区)))?\s*"  # (cards23: "其中," before the bodies of a lead's count; cases23: the example's word, "如<body>未经批准擅自占用…", R92 drops it)
                  r"(?:(?:辖区|园区|城区|区|市|县|镇)内[，,]?)?\s*"  # (and a place word of the checker's area, "区内", R92)
                  r"(?:在?[^，,。；;:：]{2,12}?(?:领域|方面|行业)(?:中|里|内)?[，,]\s*)?")  # (or the field told: "在建筑施工领域,")
RE_LEAD_VERB_WORD = re.compile(r"指出|通报|披露|显示|发现|获悉|查明|表明|了解|介绍")
LEAD_REACH = 1 + 16 + 1  # (a space, the lead's opening words, then its verb: where _LEAD_VERB may start it)
RE_BOUNDARY = re.compile(r"[。；;!！，,]")
RE_BODY_LEADS = (re.compile(r"\s*" + _LEAD_VERB + r"\s*[，,:：]\s*" + _LEAD_CONTRAST),  # "据通报,", "某局指出,"
                 re.compile(r"\s*" + _LEAD_VERB + r"\s*" + _LEAD_CONTRAST),  # "检查发现甲…", "消防监督人员发现甲…"
                 re.compile(r"\s*" + _LEAD_CONTRAST),  # none, or "而甲…"
                 # bw23: the field the sentence is about, opening it: "在建筑施工领域，甲项目部存在…", "人员密集场所方面，乙商场…",
                 # "餐饮行业中，丙饭店…" (only where a sentence starts)
                 re.compile(r"\s*(?:在)?[^，,。；;:：“”]{2,12}?(?:领域|方面|行业|系统|板块)(?:中|里|内)?\s*[，,]\s*" + _LEAD_CONTRAST))
# (audit24: nor a count of unnamed bodies, "几家医院涉及的…", "多家企业…", "数所学校…", "若干单位…")
RE_NOT_A_NAME_OPENING = re.compile(r"^(?:在|对|于|从|将|把|被|由|向|给|其他|其余|各|该|部分|有的|个别|一些|上述|以上|这些|所有|全|本|此|\d"
                                   r"|(?:几|多|数|若干)(?=家|个|所|座|间))")
# (a clause that tells the check, not a name: "全市共排查加油站,", "决定对甲景区")
RE_NAME_TELLS_CHECK = re.compile(r"检查|排查|督查|暗访|开展|组织|决定|对|发现|通报|要求|责令|给予|予以|[\d一二三四五六七八九十两]+\s*家")
RE_NAME_BREAK = re.compile(r"[，,。；;:：、!！？“”\"()（）\s的等]")  # (not "?": a copy's lost "·", "老界岭?恐龙遗址园")
RE_STATEMENT_STOP = re.compile(r"[。；;!！]")
# after the name: how a statement of the body's own faults goes on (not "、乙…", "和乙", nor "均存在", "被警告")
RE_AFTER_NAME_LISTED = re.compile(r"^(?:、|和|及|与|均|都|也均|等|被|给予|予以|荣获|获评|评为|获得|受到)")
RE_BODY_FAULT = re.compile(r"不(?!仅|但|断|少|同|得不)[\u4e00-\u9fff]|未(?!发现)|没有|缺|差|滞后|隐患|违规|违法|乱[\u4e00-\u9fff]|脏|破损|损坏|老化|过期"
                           r"|失效|堵塞|占用|欺|虚高|单一|下降|退化|薄弱|问题|锁闭|上锁|封堵|无法|无水|擅自|非法")
RE_SAME_BODY_GOES_ON = re.compile(r"\s*(?:该|此)[\u4e00-\u9fff]{0,4}?" + _BODY_ENDING)
# the order the checker gave, closing a statement: ",责令限期整改", ",按照…要求限期3个月进行整改", ",临时查封"
RE_STATEMENT_ORDER = re.compile(r"[,，]\s*(?:并)?(?:按照[^，,。；;]{0,20}?)?(?:要求)?(?:被)?(?:责令(?:其)?)?限期[^，,。；;]{0,10}?(?:进行)?整改(?:到位)?\s*$")
RE_BODIES_COUNTED = re.compile(r"[\d一二三四五六七八九十两]+\s*(?:家|所)")
RE_LISTED_COUNT = re.compile(r"(?:等|这)?\s*[\d一二三四五六七八九十两]+\s*(?:家|个|所|处)[\s\S]*$")
RE_ADMIN_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{1,7}?(?:省|自治区|市|州|盟|地区|县|旗))+")


# the body named as the one the check looked at, its faults after the finding verb told of "该…" (sf850): "督查组对甲
# 印刷有限公司现场检查时发现,该公司…未安装…" — titled from "该公司" (R92), no unit (the statement names none, R102)
RE_CHECKED_BODY_FOUND = re.compile(r"对([^，,。；;、:：“”]{2,30}?" + _BODY_ENDING + r")(?:进行|开展)?(?:了)?(?:现场|实地)?(?:检查|督查|抽查|暗访|核查|检测)"
                                   r"(?:时|中|后)?\s*[，,]?\s*(?<![未没])(?:发现|查明|看到)\s*[，,:：]?\s*(?=(?:该|此)[\u4e00-\u9fff]{0,4}?" + _BODY_ENDING + ")")
# a body told by what it did (daumloan): "乙镇组织20余人对…进行清理" — praise (R16) unless "但" follows with what it left
# undone, that clause the problem (R123); a numbered label run into the paragraph before the statements, "1、乡镇和街道:",
# their category (R79)
RE_AGENCY_VIOLATES = re.compile(r"(局|处|委员会|管委会|管理委员会|政府|集团|公司)(未经(?:批准|审批|许可)|擅自|违法|违规|非法)")
RE_SHARED_FACT = re.compile(r"(?:都|均)(?:在|是|有|存在|达|超)")
RE_BODY_DID = re.compile(r"(?:积极|迅速|认真|及时|主动)?(?:组织|对|开展|利用|投入|出动|安排|召开)")
RE_BUT_CLAUSE = re.compile(r"[，,]\s*(?:但|但是)\s*")
RE_RUN_IN_LABEL = re.compile(r"(?:^|(?<=[:：。;；\s]))\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[、.．]\s*([^，,。；;:：\d\s]{2,12})\s*[:：]")


RE_TWO_BODIES_COUNTED = re.compile(r"(?:^|(?<=[，,。；;:：]))\s*([\u4e00-\u9fff]{3,16}?)(?:和|及|与)([\u4e00-\u9fff]{3,16}?)"
                                   r"(?:等)?\s*(?:2|两|二)\s*家(?:单位|部门|企业|机构)")


def _listed_bodies(texts: list[str]) -> set[str]:
    """The bodies a document lists with others ("决定对甲景区、乙景区等2家…", "分别为:甲、乙、丙"): each listed name's core,
    its place words before it dropped ("云南省丽江市丽江古城景区" → "丽江古城景区")."""
    out = set()
    for t in texts:
        if "家" in t:
            # expo25: two bodies joined by 和/及/与 before their count ("市甲局和乙银行某分行2家单位…"): the count says both
            # are bodies, whatever their names end on — each name whole
            for m in RE_TWO_BODIES_COUNTED.finditer(t):
                for name in (m.group(1), m.group(2)):
                    if not RE_NOT_A_NAME_OPENING.match(name) and not RE_NAME_TELLS_CHECK.search(name):
                        out.add(name)
        if "、" not in t:
            continue
        for clause in re.split(r"[，,。；;:：]", t):
            items = clause.split("、")
            if len(items) < 2 or not RE_BODIES_COUNTED.search(clause):
                continue
            for item in items:
                item = RE_LISTED_COUNT.sub("", item).strip()
                if RE_BODY_ENDS.search(item[-6:]):
                    core = RE_ADMIN_PREFIX.sub("", item[-30:]) or item
                    if len(core) >= 4:
                        out.add(core)
    return out


# cards23: where the faults run straight on after the name and the document counts the bodies its check found at fault
# or exposed ("对…存在消防安全隐患的5家单位进行集中曝光"), the name is the longest opening ending in a word for a body after
# which the sentence states a fault — but not a floor of it ("酒店二楼", "六层") nor a generic word for premises
# ("家居城场所内…": "场所" is no body's ending)
RE_NOT_A_BODY_END = re.compile(r"(?:[\d一二三四五六七八九十]+[楼层]|场所)$")
# (a name tells no having or counting: "…实验楼仅有一部", "…共有3个")
RE_NAME_PREDICATE = re.compile(r"(?<!限)有(?!限)|仅|只|均|都|被|[一二两三四五六七八九十\d]\s*(?:个|部|处|台|具|只|名|间)")
# (the ending's character makes a word with the next: "场所", "部分", "楼梯", "部署", "所有", "厂区": no body ends there)
RE_WORD_ACROSS_END = frozenset("场所 部分 部署 部门 楼梯 楼道 楼层 所有 所以 所属 所在 厂房 厂区 园区 校区 院区 站点 店面 城市 城区".split())
# (nor does a name tell a purpose or a work: "为进一步加强…市场", "行动主要围绕…", "局党组落实…")
RE_NAME_TELLS_WORK = re.compile(r"^(?:为|随着|根据|按照|通过|经|据)|加强|落实|推进|贯彻|开展|围绕|主要|进行|实施|强化|提升|做好|行动|工作")
RE_SCANT = re.compile(r"仅有|仅设|只有|只设")


def _first_clause_faulty(rest: str) -> bool:
    """The clause right after the name states a fault ("…酒店应急照明不符合要求,", "…中学宿舍仅有一个疏散楼梯;")."""
    first = re.split(r"[，,；;。]", rest, maxsplit=1)[0]
    return bool(RE_BODY_FAULT.search(first) or states_amiss(first) or RE_SCANT.search(first))
RE_BODIES_FOUND_COUNTED = re.compile(r"[\d一二三四五六七八九十两]+\s*家[^，,。；;]{0,6}?(?:单位|企业|场所|商户|门店|店铺|学校|医院|酒店|宾馆)"
                                     r"|(?:曝光|检查|排查|抽查|暗访|督查)[^。]{0,30}?[\d一二三四五六七八九十两]+\s*家")


def _body_named_at(t: str, at: int, listed: set[str], counted: bool = False) -> tuple[int, str] | None:
    """The body whose name opens the statement at ``at`` and where its faults start, or None."""
    window = t[at: at + 40]
    stop = RE_NAME_BREAK.search(window)
    clause = window[: stop.start()] if stop else window
    if len(clause) < 3 or RE_NOT_A_NAME_OPENING.match(clause):
        return None
    named = None
    agency = RE_AGENCY_VIOLATES.search(clause)
    if agency and agency.start(2) >= 4:
        # cases23: a public body named by its office's ending, its violation straight after the name: "某市住房和城乡
        # 建设局未经批准擅自占用…", "某湖管理处违法占地建设…" (a case of a land or resource 督察, R12)
        named = agency.start(2), clause[:agency.start(2)]
    if named is None and "因" in clause:
        sanctioned = RE_SANCTIONED_NAME.match(t[at: at + 80])  # (past the clause: "…因X，被…通报批评")
        if sanctioned is not None:
            named = sanctioned.end(1), sanctioned.group(1)
    ends = [] if named else sorted({m.start() + len(m.group(1)) for m in RE_BODY_ENDING_AT.finditer(clause)})
    # the name closes its clause before a comma or a colon, or runs into "存在" ("甲景区存在…"); where the faults run
    # straight on ("甲景区周边黑车拉客…"), it is the longest opening whose core the document lists ("…海洋公园·老虎滩极地馆",
    # not "…海洋公园", nor "…极地馆游客服务中心")
    for end in ends:
        after = t[at + end: at + end + 4]
        if end >= 3 and (end == len(clause) and stop is not None and stop.group(0) in ",，:：" or after.startswith("存在")
                         or RE_BODY_DID.match(after)):  # (or what it did: "乙镇组织20余人…", read for its "但" clause)
            named = end, clause[:end]
            break
    for end in ([] if named else reversed(ends)):
        name = clause[:end]
        core = RE_ADMIN_PREFIX.sub("", name) or name
        if len(core) >= 4 and any(b.endswith(core) for b in listed):
            named = end, name
            break
    if named is None:
        # expo25: or a name the document listed whole that ends on no body's word (two bodies counted, "市甲局和乙分行2家
        # 单位"), opening the statement
        whole = max((b for b in listed if len(b) >= 4 and clause.startswith(b) and len(clause) > len(b)
                     and not RE_BODY_ENDS.search(b)), key=len, default=None)
        if whole is not None:
            named = len(whole), whole
    if named is None and counted:
        sentence = re.split(r"[。！!]", t[at:], maxsplit=1)[0]
        valid = [end for end in ends if 4 <= end <= 30 and not RE_NOT_A_BODY_END.search(clause[:end])
                 and t[at + end - 1: at + end + 1] not in RE_WORD_ACROSS_END and not RE_VERDICT_OR_ORDER.search(clause[:end])
                 and not (RE_BODY_FAULT.search(clause[:end]) or states_amiss(clause[:end]) or RE_NAME_PREDICATE.search(clause[:end]))
                 and not RE_NAME_TELLS_WORK.search(clause[:end]) and _first_clause_faulty(sentence[end:])]
        if valid:
            # (a part of the premises named after the body, "某医院住院部", "某中学实验楼": the body is the shorter name)
            end = valid[-1] if clause[valid[-1] - 1] not in "楼厅部场" else valid[0]
            named = end, clause[:end]
    if named is not None and t[at + named[0]: at + named[0] + 1] in ("(", "（"):
        # audit24: the body's other name in brackets right after it, "甘肃医学院附属医院(平凉市人民医院)经查存在…": part of
        # the name the statement gives it
        alias = RE_BRACKETED_ALIAS.match(t, at + named[0])
        if alias is not None:
            named = alias.end() - at, t[at: alias.end()]
    return None if named is None or RE_NAME_TELLS_CHECK.search(named[1]) else named


# notice25: a body named for what it was sanctioned for, a discipline bulletin's clause as news retells it: "县人防办因以电话
# 记录代替公函被通报", "某镇因环境整治不力被约谈", "县交通局因公车私用被县纪委通报批评" — the cause after 因 is its fault,
# whatever its words (not "因表现突出被表彰"); the name a public body's or a premises' (局, 办, 社, 委 besides _BODY_ENDING)
_SANCTION = r"(?:通报(?:批评)?(?!表扬|嘉奖|表彰|肯定)|约谈|问责|曝光|点名(?:批评)?|诫勉|处分|警告|批评|扣分|罚款|处罚|追责)"
RE_SANCTIONED_FOR = re.compile(r"\s*因[^，,。；;!！]{2,40}?[，,]?\s*被[^，,。；;!！因]{0,10}?" + _SANCTION)
RE_SANCTIONED_NAME = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:" + _BODY_ENDING + r"|局|办|社|委|队|村|政府|法院|检察院))(?=" + RE_SANCTIONED_FOR.pattern[3:] + r")")


RE_BRACKETED_ALIAS = re.compile(r"[(（][\u4e00-\u9fff]{2,20}?(?:" + _BODY_ENDING + r")[)）](?=[\u4e00-\u9fff])")


def _body_statements(paras) -> list[ParsedProblem]:
    listed = _listed_bodies([p.text for p in paras])
    counted = any(RE_BODIES_FOUND_COUNTED.search(p.text) for p in paras)
    out: list[ParsedProblem] = []
    for p in paras:
        t = p.text
        if len(t) < 12:
            continue
        openings = []  # (boundary, name's start, faults' start, name)
        bounds = [0] + [m.end() for m in RE_BOUNDARY.finditer(t)]
        verbs = [m.start() for m in RE_LEAD_VERB_WORD.finditer(t)]  # (a lead is tried only where its verb is near)
        for b in bounds:
            k = bisect_left(verbs, b)
            near = k < len(verbs) and verbs[k] <= b + LEAD_REACH
            for n, rx in enumerate(RE_BODY_LEADS):
                if (n < 2 and not near) or (n >= 2 and b > 0 and t[b - 1] in "，,"):
                    continue  # (after a comma only with a lead verb: "检查期间,消防监督人员发现甲…")
                lead = rx.match(t, b)
                if lead is None:
                    continue
                at = lead.end()
                named = _body_named_at(t, at, listed, counted)
                if named is None:
                    continue
                end, name = named
                if RE_AFTER_NAME_LISTED.match(t[at + end:].lstrip(" ,，:：")) or (openings and openings[-1][1] <= at < openings[-1][2]):
                    break
                openings.append((b, at, at + end, name))
                break
        # (or the body named as the one the check looked at, its faults after the finding verb, told of "该公司":
        # "督查组对甲印刷有限公司现场检查时发现,该公司…未安装…")
        for m in RE_CHECKED_BODY_FOUND.finditer(t) if "发现" in t else ():
            if not any(o[1] <= m.end() < o[2] or o[1] == m.end() for o in openings):
                b = max(t.rfind(c, 0, m.start()) for c in "。；;!！") + 1
                openings.append((b, m.end(), m.end(), m.group(1)))
        openings.sort(key=lambda o: o[1])
        told, spans = [], []
        for k, (b, at, faults_at, name) in enumerate(openings):
            stop_at = openings[k + 1][0] if k + 1 < len(openings) else len(t)
            # the statement ends with its sentence, unless the next one goes on about the same body ("该景区…")
            end = faults_at
            while True:
                s = RE_STATEMENT_STOP.search(t, end, stop_at)
                if s is None:
                    end = stop_at
                    break
                if s.group(0) in ";；" and not RE_SANCTIONED_FOR.match(t, faults_at):
                    end = s.end()
                    continue  # (notice25: not past a clause "X因Y被通报;" — complete in itself, the next tells another body)
                if RE_SAME_BODY_GOES_ON.match(t, s.end()) or (counted and _part_goes_on(t, s.end(), stop_at)):
                    end = s.end()
                    continue
                end = s.start()
                break
            title = t[at:end].strip().rstrip("。；;，, ")
            ordered = False
            while True:
                o = RE_STATEMENT_ORDER.search(title) or RE_CLAUSE_ORDER.search(title)
                if o is None or o.start() <= faults_at - at:
                    break
                title, ordered = title[: o.start()].rstrip("。；;，, "), True
            # (what it found, in words of a fault, or whatever the checker ordered put right: "…使用易燃可燃材料装饰,临时查封")
            said = title[faults_at - at:]
            if RE_BODY_DID.match(said.lstrip(" ,，")):
                # a body told by what it did ("乙镇组织20余人对…进行清理"): praise (R16), unless a "但" clause follows
                # with what it left undone — that clause is the problem (R123)
                but = RE_BUT_CLAUSE.search(said)
                if but is None:
                    continue
                title = said = said[but.end():].strip(" ,，")
            if len(said) < 4 or not (ordered or RE_BODY_FAULT.search(said) or states_amiss(said) or RE_SANCTIONED_FOR.match(said)) \
                    or RE_GOOD_ORDER.search(said):
                continue
            if said.count("、") >= 2 and RE_AGENCY_VIOLATES.search(said) and RE_SHARED_FACT.search(said):
                continue  # cases23: several bodies' violations joined in one sentence of a shared fact (R122)
            spans.append((b, end))
            # (the unit: the body as the statement names it; one told of as "该公司" or only in a "但" clause names
            # none, R102; the category: a numbered label run into the paragraph before it, "1、乡镇和街道:", R79)
            heads = list(RE_RUN_IN_LABEL.finditer(t, 0, b))
            told.append(ParsedProblem(seq=None, title=title, position=p.pos, category=heads[-1].group(1) if heads else None,
                                      responsible_units=[name] if title.startswith(name) else []))
        if told and not _places_told_alike(t, spans):
            out.extend(told)
    return out


# cards23: a sentence after a body's statement that names no body of its own and opens on a fault of a part of it
# ("…仅有一个疏散楼梯。女生宿舍室内消火栓无水;…") goes on about the same body; not the checker's verdict or order on it
# ("…判定甲为重大火灾隐患单位,并提请…挂牌督办"), nor the next step
RE_VERDICT_OR_ORDER = re.compile(r"判定|认定|提请|挂牌|督办|责令|要求|下达|处罚|罚款|查封|约谈|立案|下一步|目前|已[经]?")


def _part_goes_on(t: str, start: int, stop_at: int) -> bool:
    s = RE_STATEMENT_STOP.search(t, start, stop_at)
    sentence = t[start: s.start() if s else stop_at]
    opening = re.split(r"[，,；;]", sentence, maxsplit=1)[0]
    return (len(opening) >= 4 and not RE_VERDICT_OR_ORDER.search(sentence) and not RE_NOT_A_NAME_OPENING.match(opening)
            and bool(RE_BODY_FAULT.search(opening) or states_amiss(opening)))


# a sentence made like a body's statement, "<a short subject>,<faults>", whose subject is no body ("滨河地块,出入口车辆未
# 冲洗…"): the paragraph tells one place a sentence (fault_clauses_candidate's reading), not bodies
RE_SUBJECT_CLAUSE = re.compile(r"\s*[^，,。；;:：、“”]{2,12}[，,]")


RE_DAY_CLAUSE = re.compile(r"^\s*(?:(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|近日|日前|近期|前不久|此前|当天|当日|今年以来|昨天|今天)"
                           r"(?:上午|下午|晚上|晚|凌晨|以来|起|前后)?\s*[，,]$")
_RE_CONNECTIVE = re.compile(r"此外|另外|同时|而且|其中|总之|另一方面|与此同时|除此之外|除此以外")
# (cards23: a connective is no subject: "此外,城区部分在建项目均存在…" — a shared statement beside the bodies', R122)
RE_CONNECTIVE_CLAUSE = re.compile(r"^\s*(?:此外|另外|同时|其中|但是|然而|总之|另|再者|而且)[，,]$")


def _places_told_alike(t: str, spans: list[tuple[int, int]]) -> bool:
    for m in re.finditer(r"(?:^|(?<=[。！!]))", t):
        start = m.end()
        if any(b <= start < e for b, e in spans) or RE_BODY_LEADS[0].match(t, start):
            continue
        sub = RE_SUBJECT_CLAUSE.match(t, start)
        if sub is not None and _RE_CONNECTIVE.fullmatch(sub.group(0).strip(" ，,")):
            continue  # bw23: "此外，…", "另外，…": a connective, no subject (what follows is the document's, R122)
        if sub is None or any(start <= b <= sub.end() for b, _ in spans) or RE_CONNECTIVE_CLAUSE.match(sub.group(0)) \
                or RE_DAY_CLAUSE.match(sub.group(0)):
            continue  # (a time or a lead before the statement's body, "检查期间,消防监督人员发现甲…"; notice25: a day, "9月15日,")
        sentence = RE_STATEMENT_STOP.split(t[sub.end():], maxsplit=1)[0]
        if states_amiss(sentence) and not RE_RESPONSE_SENTENCE.search(t[start:sub.end()] + sentence):
            return True
    return False


# cards "<body>:存在…" one a line, under a line standing alone that heads them ("4家4A级旅游景区给予严重警告处理,限期6个月整改"):
# one problem a card, titled by what follows the colon (R89), the body its unit, the heading line its category (R130)
RE_BODY_CARD = re.compile(r"^([^，,。；;:：、!！?？“”\s]{3,30}?" + _BODY_ENDING + r")\s*[:：]\s*(\S.{3,})$")
RE_CARD_HEADING_STANDS = re.compile(r"^[^。；;:：!！?？]{4,40}$")
# (rest24: after its number a card's body may be a short name, "(一)宁安镇:…", "(二)城关乡:…")
RE_NUMBERED_BODY_CARD = re.compile(r"^([^，,。；;:：、!！?？“”\s()（）]{2,30}?" + _BODY_ENDING + r")\s*[:：]\s*(\S.{3,})$")


def _body_cards(lines) -> list[ParsedProblem]:
    out: list[ParsedProblem] = []
    texts = [(p.pos, p.text.strip()) for p in lines if p.text.strip()]
    heading = None
    for i, (pos, text) in enumerate(texts):
        # rest24: "(一)宁安镇:…" — the card's printed number (R75); port24 (from news24): an arabic item number alike, "2、某社区:…"
        mk = parse_marker(text) if text[:1] in "(（" or text[:1].isdigit() else None
        mk = mk if mk is not None and mk.level in (2, 3, 4) else None
        m = (RE_NUMBERED_BODY_CARD if mk is not None else RE_BODY_CARD).match(mk.rest if mk is not None else text)
        if m is None or RE_NOT_A_NAME_OPENING.match(m.group(1)) or not (RE_BODY_FAULT.search(m.group(2)) or states_amiss(m.group(2))):
            continue
        if not out and i > 0 and RE_CARD_HEADING_STANDS.match(texts[i - 1][1]) and not RE_BODY_CARD.match(texts[i - 1][1]):
            heading = texts[i - 1][1]
            hk = parse_marker(heading)
            if hk is not None and hk.rest.strip():
                heading = hk.rest.strip()  # (the heading's words, not its number: "一、环境卫生保洁情况", R79)
        title = RE_SCORE_VERDICT_TAIL.sub("", m.group(2).strip())
        out.append(ParsedProblem(seq=mk.number if mk is not None and m.string is mk.rest else None,
                                 title=title.strip().rstrip("。；;，, "), position=pos, category=heading,
                                 responsible_units=[m.group(1)]))
    return out


# rest24: a check's score after a body's faults — "根据“考核细则”,乡镇扣6分,保洁公司扣0.5分", "按《办法》扣除该单位3分",
# "依据评分标准,该项扣2分" — a verdict on the faults, not part of them (the title ends at the sentence before, R89)
RE_SCORE_VERDICT_TAIL = re.compile(r"[。；;]\s*(?:(?:按照|根据|依据|依照|对照|按)[^。]{0,60}?[，,]?\s*)?[^。；;，,]{0,12}?扣(?:除|减)?\s*[\d.．]+\s*分.*$", re.S)


# a line standing alone over a body's statement, the team or the place that checked it ("北京市督查组", "天津市督查组"):
# its category (R82), when every statement has one
RE_TEAM_HEADING_LINE = re.compile(r"^[^，,。；;:：!！?？\s\d]{2,16}$")


def _team_headings_over(problems: list[ParsedProblem], lines) -> None:
    texts = [p.text.strip() for p in lines if p.text.strip()]
    heads = []
    for q in problems:
        k = next((i for i, x in enumerate(texts) if q.title[:12] in x), None)
        if k is None or k == 0 or not RE_TEAM_HEADING_LINE.match(texts[k - 1]):
            return
        heads.append(texts[k - 1])
    if len(set(heads)) == len(heads):
        for q, h in zip(problems, heads):
            q.category = h


def body_statements_candidate(paras, lines=None) -> Candidate | None:
    cards = _body_cards(lines or [])
    if len(cards) >= 2:
        return Candidate("list", cards, [], {"evidence": 0.5, "shortcoming": 1.0}, "逐个受检单位“某单位:存在…”的卡片")
    found = _body_statements(paras)
    if len(found) >= 2 and len({p.title[:12] for p in found}) == len(found):
        _team_headings_over(found, lines or [])
        return Candidate("list", found, [], {"evidence": 0.5, "shortcoming": 1.0}, "逐个受检单位写出其问题的句子（“某单位存在…”）")
    return None


# self23: a body's OWN section of its shortcomings, answered by its own improvements — SHAPE (not wording): a report the
# body writes about itself (a yearly work report such as a 政府信息公开工作年度报告, a self-check, a unit's review)
# closes with a section naming its shortcomings, either alone ("存在的问题", "存在的主要问题", "工作中存在的不足",
# "查摆出的问题") or with what it will mend ("存在的主要问题及改进措施", "存在的问题和改进情况"); under it the
# shortcomings are listed (numbered "1.…2.…", or "一是…二是…" in a paragraph, the lead before 一是 dropped) — or, with
# the mends in the same section and nothing listed, said in one sentence ("…存在的主要问题是A，下步打算将B"). A label of
# the mends that follows ("改进措施", "整改措施", "改进方向") lists them numbered again: item k is the one measure of
# shortcoming k (R98; fewer where the copy is cut). Each item is one problem titled whole (R88), category the label it
# sits under (R79/R80), seq as printed (一是 → 1). Not read: a section whose items state nothing wrong (an achievements
# report's "主要成效"), what the body will do (the mends' own label, 下一步打算), nor a label of an inspector's
# requirements (整改要求/意见) — none of them names the shortcomings.
# (a label, not a heading stating one shortcoming: a word naming the work may come first only with 的 after the verb,
# "政府信息公开工作存在的主要问题" — "四、制度执行存在短板" states a problem)
_OWN_VERB = r"(?:存在|查摆出?|查找出?|自查(?:发现)?|梳理出?|(?:检查|督查|督导|巡查|巡察|巡视|督察|审计)?(?:发现|查出|反馈|指出))"
_OWN = r"(?:[\u4e00-\u9fff]{1,14}?" + _OWN_VERB + r"的|(?:工作中|工作|自身)?" + _OWN_VERB + r"的?)(?:主要|突出)?"
_SHORTFALL_WORDS = r"(?:问题|不足|短板|差距|薄弱环节)(?:[和及与、](?:问题|不足|短板|差距|困难))?"
RE_OWN_SHORTFALLS_LABEL = re.compile(r"^" + _OWN + _SHORTFALL_WORDS + r"$|^(?:问题[和及与])?不足之处$|^(?:主要|突出|具体)?问题(?:清单)?$")
# (the body's own word alone, 存在/查摆/自查: the label under which items are titled whole — an inspector's "巡察发现的问题"
# over "1.X不到位。<details>" keeps its first sentence, blind26 jieyang's labelling)
_OWN_ONLY = r"(?:[\u4e00-\u9fff]{1,14}?(?:存在|查摆出?|查找出?|自查(?:发现)?|梳理出?)的|(?:工作中|工作|自身)?(?:存在|查摆出?|查找出?|自查(?:发现)?|梳理出?)的?)(?:主要|突出)?"
RE_OWN_ONLY_LABEL = re.compile(r"^" + _OWN_ONLY + _SHORTFALL_WORDS + r"$|^(?:问题[和及与])?不足之处$")
RE_SHORTFALLS_AND_MENDS = re.compile(r"^" + _OWN + _SHORTFALL_WORDS
                                     + r"(?:[和及与、，,]|以及)(?:其)?(?:改进|整改|改正|整治|提升)(?:措施|情况|方向|举措|计划|打算)$")
RE_MENDS_LABEL = re.compile(r"^(?:主要|具体|下一步)?(?:改进|整改|改正|整治|提升)(?:措施|举措|方向)$")
# the one sentence of such a section: "公开存在的主要问题是A，下步打算将B" (the problem, then what will be done)
RE_SAID_SHORTFALL_THEN_MEND = re.compile(r"(?:问题|不足)(?:主要)?(?:是|为|有)[:：]?\s*(?P<p>[^。；;]{4,80}?)[，,；;]\s*"
                                         r"(?:下一?步|今后|下阶段|下一阶段)(?:工作)?(?:打算|计划|中)?[，,]?(?:将|要|拟)?(?P<m>[^。]{4,120})")
RE_LABEL_TAIL = re.compile(r"[\s。.:：]+$")


def _label_of(text: str) -> tuple[str, Marker | None]:
    """The paragraph as a label line: its text without its number and closing stop or colon (and the marker)."""
    t = text.strip()
    mk = parse_marker(t)
    rest = mk.rest if mk is not None else t
    return RE_LABEL_TAIL.sub("", rest.strip()), mk


def _listed_items(paras, j: int) -> tuple[list[tuple[int | None, str, int]], int]:
    """The items listed from paragraph j on: numbered paragraphs 1, 2, … of one rank (each whole, R88), or the
    一是…二是… of one paragraph (the lead before 一是 dropped). (number, text, position) each, and where they end."""
    if j >= len(paras):
        return [], j
    text = paras[j].text.strip()
    mk = parse_marker(text)
    if mk is not None and mk.number == 1 and mk.rest.strip():
        if len(find_xs_items(mk.rest)) >= 2:
            return [], j  # ("(一)思想认识方面。一是…二是…": an aspect over its items, which the list reading reads)
        items = []
        k = j
        while k < len(paras):
            m = parse_marker(paras[k].text.strip())
            if m is None or m.level != mk.level or m.number != len(items) + 1:
                break
            items.append((m.number, m.rest.strip(), paras[k].pos))
            k += 1
        return items, k
    if mk is None or mk.number == 1:
        xs = find_xs_items(text)
        if len(xs) == 1 and xs[0] == (0, 1):  # "一是…" / "二是…" each opening a paragraph of its own
            items = []
            k = j
            while k < len(paras):
                t = paras[k].text.strip()
                one = find_xs_items(t)
                if not one or one[0] != (0, len(items) + 1):
                    break
                items.append((len(items) + 1, re.sub(r"^[一二三四五六七八九十]{1,3}是\s*[,，:：、]?", "", t), paras[k].pos))
                k += 1
            return items, k
        if len(xs) >= 2 and [n for _, n in xs] == list(range(1, len(xs) + 1)):
            bounds = [at for at, _ in xs] + [len(text)]
            items = []
            for (at, n), end in zip(xs, bounds[1:]):
                body = re.sub(r"^[一二三四五六七八九十]{1,3}是\s*[,，:：、]?", "", text[at:end].strip())
                items.append((n, body, paras[j].pos))
            return items, j + 1
    if mk is None:
        return _clause_lines(paras, j)
    return [], j


def _clause_lines(paras, j: int) -> tuple[list[tuple[int | None, str, int]], int]:
    """expo25: a ";" list set out one clause a line, unnumbered — each line closed by "；" and the last by "。"
    ("在消防管理方面,…问题突出;" / "在秩序管理方面,…现象较多;" / … / "…有吸烟现象。"): three lines at least, each one
    sentence. (number None, text, position) each, and where they end; a paragraph of prose (closed by "。" alone) is none."""
    items = []
    k = j
    while k < len(paras):
        t = paras[k].text.strip()
        if not t or len(t) > 150 or parse_marker(t) is not None or "。" in t[:-1] or ";" in t[:-1] or "；" in t[:-1]:
            break
        if t[-1] in ";；":
            items.append((None, t, paras[k].pos))
            k += 1
            continue
        if t[-1] == "。" and items:
            items.append((None, t, paras[k].pos))
            k += 1
        break
    if len(items) < 3 or not items[-1][1].endswith("。"):
        return [], j
    return items, k


# what a body says of itself that is still short: "还需进一步细化", "有待提高", "仍需加强", "信息不多", "时效较慢"
RE_STILL_SHORT = re.compile(r"(?:还|仍|尚|亟)(?:需|待|要|须)|需要进一步|有待|不多|较少|偏少|较慢|较弱|较差|不高|不够|不全|不齐|不完整|混乱|杂乱|迟到|早退|脱岗|空岗|散漫|松散|懈怠|超过有效期|超期|逾期|[\u4e00-\u9fff]差$")


# an item whose subject is some of the bodies the writer reports on, not the writer itself: "个别单位…", "少数被巡察党组织…",
# "部分职能部门…", "个别市（州）…", "有的地方…" (a body's own "部分栏目", "部分工作人员", "少数班子成员" are its own)
RE_OTHER_BODIES = re.compile(r"^(?:个别|少数|部分|有的|一些|极少数|多数)(?:被(?:巡察|巡视|督察|检查|审计)的?)?[\u4e00-\u9fff]{0,4}?"
                             r"(?:单位|党组织|党组|部门|地方|市|县|区|乡镇|街道|企业|学校|医院)")


def _owns_shortfall(t: str) -> bool:
    return bool(states_amiss(t) or RE_SHORTCOMING.search(t) or RE_STILL_SHORT.search(t))


RE_LABEL_CELL_LIKE = re.compile(r"^[\u4e00-\u9fff、（）()]{2,10}$")


def _form_value(paras, j: int) -> bool:
    """Paragraph j is a form field's value: one short unnumbered statement of a shortfall, in a document laid out as a
    form (two label lines at least elsewhere, short words standing alone: "约谈时间", "被约谈人单位、职务")."""
    t = paras[j].text.strip()
    if not t or len(t) > 60 or parse_marker(t) is not None or "。" in t.rstrip("。") or not _owns_shortfall(t):
        return False
    if ";" in t or "；" in t:
        return False  # (clauses, "A;B": several findings, each its own problem — R136 — not one field's value)
    if RE_OTHER_BODIES.match(t) or "整改" in t or "问题" in t:
        return False  # (a statement about the problems — "未完成的5个问题主要涉及…" — is none of them)
    return sum(1 for q in paras if q is not paras[j] and RE_LABEL_CELL_LIKE.match(q.text.strip())
               and not RE_OWN_SHORTFALLS_LABEL.match(q.text.strip())) >= 2


# the form's other fields around its problem (R102, R106, R96, R93): the party's unit from its label line ("被约谈人单位、
# 职务" / "被检查单位" over "某镇某幼儿园园长", the post dropped), the deadline the demand sets ("请你园在12月底前…"), and
# the party's own reply ("某某:我园正在积极…"), its one measure, under way (正在) or done (已完成…)
RE_PARTY_LABEL = re.compile(r"^被(?:约谈|检查|督查|督导|巡查|访谈)(?:人|对象)?(?:单位|名称)")
RE_POST_AT_END = re.compile(r"(?:园长|校长|院长|局长|所长|站长|主任|负责人|书记|经理|厂长|馆长)$")
RE_DEMAND_DEADLINE = re.compile(r"(?:在|于)\s*(\d{1,2}\s*月(?:底|末|中旬|上旬|下旬|\d{1,2}\s*日)?(?:前|之前))")
RE_PARTY_REPLY = re.compile(r"^[^:：，,。\s]{1,8}[:：]\s*(我(?:园|校|院|局|单位|公司|所|站|村|社区|店|厂|中心)[^。]{4,}。?.*)$")


def _form_fields(paras, j: int, prob: ParsedProblem) -> None:
    for q in paras[:j]:
        if RE_PARTY_LABEL.match(q.text.strip()):
            k = paras.index(q)
            if k + 1 < j:
                unit = RE_POST_AT_END.sub("", paras[k + 1].text.strip().rstrip("。"))
                if 2 <= len(unit) <= 30:
                    add_units(prob.responsible_units, [unit])
            break
    for q in paras[j + 1:]:
        t = q.text.strip()
        if prob.deadline is None:
            m = RE_DEMAND_DEADLINE.search(t)
            if m is not None and not RE_PARTY_REPLY.match(t):
                prob.deadline = clean_deadline(m.group(1))
        reply = RE_PARTY_REPLY.match(t)
        if reply is not None and not prob.measures:
            said = reply.group(1).strip().rstrip("。")
            prob.measures = [_measure_from(said, None, q.pos)]
            if re.search(r"已(?:经)?(?:完成|整改到位|办结|整改完毕|办理完毕)", said):
                prob.status = "done"
            elif re.search(r"正在|积极|争取|着手", said):
                prob.status = "in_progress"


def _item_text(t: str) -> str:
    return t.strip().rstrip("。.；;，, ").strip()


# (what every label the section reader takes holds, RE_OWN_SHORTFALLS_LABEL's and RE_SHORTFALLS_AND_MENDS's words of a
# shortfall — a label is its line without its number, so a line without one of them is no label; and an inline section
# "…。二、存在问题,整改情况。(一)…" is a number, "、" and such a label before its stop: the cheap tests before _label_of and
# before RE_INLINE_SECTION's scan, which the reader ran on every line of every document)
RE_SHORTFALL_WORD = re.compile(r"问题|不足|短板|差距|薄弱环节")
# (and where such a label ends: on a word of a shortfall, "…不足之处", "问题清单", or the mends' word, before its stop)
RE_SHORTFALLS_LABEL_END = re.compile(r"(?:问题|不足|短板|差距|薄弱环节|困难|之处|清单|措施|情况|方向|举措|计划|打算)[\s。.:：]*$")
RE_INLINE_SHORTFALLS_NEEDLE = re.compile(r"[一二三四五六七八九十]\s*、[^。:：；;]*?(?:问题|不足|短板|差距|薄弱环节)")


def own_shortfalls_section_candidate(paras) -> Candidate | None:
    if not any(("问题" in p.text or "不足" in p.text or "短板" in p.text or "差距" in p.text) for p in paras):
        return None  # (a cheap look first: every document is asked)
    for k, p in enumerate(paras):
        if len(p.text) > 40 or not RE_SHORTFALLS_LABEL_END.search(p.text) or not RE_SHORTFALL_WORD.search(p.text):
            continue
        head, mk = _label_of(p.text)
        alone = bool(RE_OWN_SHORTFALLS_LABEL.match(head))
        with_mends = not alone and bool(RE_SHORTFALLS_AND_MENDS.match(head))
        if not (alone or with_mends):
            continue
        if k + 1 < len(paras) and len(paras[k + 1].text) <= 40 and RE_OWN_SHORTFALLS_LABEL.match(_label_of(paras[k + 1].text)[0]):
            continue  # ("六、存在的主要问题及改进措施" over "(一)存在的问题": the items are the sub-label's)
        items, end = _listed_items(paras, k + 1)
        problems: list[ParsedProblem] = []
        if items:
            if sum(1 for _, t, _ in items if _owns_shortfall(t)) * 2 < len(items):
                continue  # (items stating nothing wrong: what went well, or what is asked)
            if sum(1 for _, t, _ in items if RE_OTHER_BODIES.match(t) or "整改" in t) * 2 >= len(items):
                continue  # (R111: a report over many bodies, its 不足 the general ones of their work, "个别单位…", or of
                # the rectification work itself, "部分问题整改标准不高": the round's own review, no problems to rectify)
            for n, t, pos in items:
                problems.append(ParsedProblem(seq=n, title=_item_text(t), category=head, position=pos))
            # the mends' label right after (numbered as a sibling, or a line of its own), then their items
            if end < len(paras):
                mhead, _ = _label_of(paras[end].text)
                if len(paras[end].text) <= 40 and RE_MENDS_LABEL.match(mhead):
                    mends, _ = _listed_items(paras, end + 1)
                    if len(mends) <= len(problems):
                        for prob, (n, t, pos) in zip(problems, mends):
                            prob.measures = [_measure_from(_item_text(t), None, pos)]
        elif alone and k + 1 < len(paras) and _form_value(paras, k + 1):
            # a form's field (an interview record, a check sheet): the label on its line, its value the line after —
            # the one problem the form records (R14), the label its category (R83)
            prob = ParsedProblem(seq=None, title=_item_text(paras[k + 1].text), category=head, position=paras[k + 1].pos)
            _form_fields(paras, k + 1, prob)
            problems.append(prob)
        elif with_mends and k + 1 < len(paras):
            nxt = paras[k + 1]
            m = RE_SAID_SHORTFALL_THEN_MEND.search(nxt.text)
            if m is None or parse_marker(nxt.text.strip()) is not None or not (
                    states_amiss(m.group("p")) or RE_SHORTCOMING.search(m.group("p"))):
                continue
            prob = ParsedProblem(seq=None, title=_item_text(m.group("p")), category=head, position=nxt.pos)
            prob.measures = [_measure_from(_item_text(m.group("m")), None, nxt.pos)]
            problems.append(prob)
        if problems:
            return _own_shortfalls_read(problems)
    for p in paras:  # (a copy that lost its line breaks: the section and its items inside one paragraph)
        if (len(p.text) > 80 and ("存在" in p.text or "查摆" in p.text or "查找" in p.text) and "、" in p.text
                and RE_INLINE_SHORTFALLS_NEEDLE.search(p.text)):
            problems = _inline_own_shortfalls(p)
            if problems:
                return _own_shortfalls_read(problems)
    return None


def own_shortfalls_form_candidate(lines) -> Candidate | None:
    """The form's field read from the lines as printed (the joiner may glue a form's short label lines into one
    paragraph: "…约谈时间2024年5月被约谈人单位、职务…")."""
    for k, p in enumerate(lines[:-1]):
        t = p.text.strip()
        if len(t) > 16 or not RE_SHORTFALLS_LABEL_END.search(t) or not RE_SHORTFALL_WORD.search(t):
            continue
        head, mk = _label_of(t)
        if mk is None and RE_OWN_SHORTFALLS_LABEL.match(head) and _form_value(lines, k + 1):
            prob = ParsedProblem(seq=None, title=_item_text(lines[k + 1].text), category=head, position=lines[k + 1].pos)
            _form_fields(lines, k + 1, prob)
            return _own_shortfalls_read([prob])
    return None


def _own_shortfalls_read(problems: list[ParsedProblem]) -> Candidate:
    answered = sum(1 for q in problems if q.measures) / len(problems)
    # (each shortcoming answered by its own improvement is the structure's evidence; a bare list is half)
    return Candidate("list", problems, [], {"evidence": max(0.5, answered), "shortcoming": 1.0},
                     "本单位自述“存在的问题”一节中逐项列出的不足（及逐项对应的改进措施）")


# the section inside a paragraph: "…。二、存在问题,整改情况。(一)食堂卫生差,加强…培训。(二)…。三、下一步工作打算。…" — the
# section runs to the next section number; its items are its (一)(二) (a copy's "(-)" is a garbled (一)). Under a section
# of the shortcomings with their mends, an item "X,加强…" states X and then what was done about it: X is the problem, the
# rest its one measure (R96); otherwise the item is titled whole.
RE_INLINE_SECTION = re.compile(r"(?:^|(?<=[。；;:：]))\s*([一二三四五六七八九十])\s*、\s*([^。:：；;]{2,24}?)\s*[。:：]")
# (what a body does about it, beside RE_ACTION_OPENING's verbs of the work: "安排志愿者…", "立即清理…", "更换…")
RE_MEND_OPENING = re.compile(r"^(?:安排|组织|督促|要求|立即|及时|马上|更换|清理|清除|开展|增加|增配|配备|配齐|补充|设立|制定|修订|实行|落实|每天|每日|定期)")
RE_INLINE_PAREN_ITEM = re.compile(r"[(（]\s*([一二三四五六七八九十]|[-—－])\s*[)）]")


def _inline_own_shortfalls(p) -> list[ParsedProblem]:
    text = p.text
    for m in RE_INLINE_SECTION.finditer(text):
        head = m.group(2).strip()
        alone = bool(RE_OWN_SHORTFALLS_LABEL.match(head))
        with_mends = not alone and bool(RE_SHORTFALLS_AND_MENDS.match(head))
        if not (alone or with_mends):
            continue
        nxt_num = int_to_cn((cn_to_int(m.group(1)) or 0) + 1)
        end = text.find(nxt_num + "、", m.end())
        body = text[m.end(): end if end > 0 else len(text)]
        marks = list(RE_INLINE_PAREN_ITEM.finditer(body))
        if len(marks) < 2 or marks[0].start() > 2:
            continue
        problems = []
        for k, mk in enumerate(marks):
            item = body[mk.end(): marks[k + 1].start() if k + 1 < len(marks) else len(body)].strip().rstrip("。；; ")
            seq = cn_to_int(mk.group(1)) or 1
            if not item:
                continue
            parts = re.split(r"[,，]", item, maxsplit=1)
            if (with_mends and len(parts) == 2 and (RE_ACTION_OPENING.match(parts[1].strip()) or RE_MEND_OPENING.match(parts[1].strip()))
                    and _owns_shortfall(parts[0])):
                prob = ParsedProblem(seq=seq, title=parts[0].strip(), category=head, position=p.pos)
                prob.measures = [_measure_from(parts[1].strip(), None, p.pos)]
            else:
                prob = ParsedProblem(seq=seq, title=item, category=head, position=p.pos)
            problems.append(prob)
        if problems and sum(1 for q in problems if _owns_shortfall(q.title)) * 2 >= len(problems):
            return problems
    return []


# self23: the items of a section naming the shortcomings ("一、存在的主要问题", "一、自查发现的主要问题", "二、存在问题" over
# a typical case's findings) each state a shortcoming and go on, in the same paragraph, with how it shows
# ("1.病种认定把控不严。在抽查…时,发现12例…", "一是理论学习的系统性仍需强化。少数班子成员…,…", "(一)收入不入账,公款私存。
# 个别村干部…") — what it shows is more of the same statement, not what was done (that has a section of its own): the
# item is titled whole (R88, C9), up to the next 一是-item, the next problem in the paragraph or the paragraph's end (not
# the copy's cut note, "……(未完…)"). Not where the item has measures read from that text, nor where the rest answers it
# (a done word, an answer's label, what will be done). (A list with no such section, an inspection's feedback numbered
# "1.财务管理不规范。内控…", keeps its first sentence: blind26/blind28's labelling; so does a 巡视/巡察 round's feedback
# under "存在的主要问题", its lead naming the round — test_gen19. A typical case's "存在问题" is titled whole: blind43.)
RE_REST_ANSWERS = re.compile(r"已(?:经)?(?:整改|完成|落实|建立|制定|修订|出台|印发|清退|追回|收回|纠正)|整改(?:措施|情况|结果|进展)\s*[:：]"
                             r"|下一步|将(?:进一步|继续|加强|严格|持续)|一是|二是|目前")


def _own_shortfalls_positions(paras) -> dict:
    """Each paragraph's position -> whether the nearest section heading (一、…) or label line before it names the body's
    own shortcomings (one pass over the paragraphs)."""
    under, out = False, {}
    for q in paras:
        if q.pos is not None and q.pos not in out:
            out[q.pos] = under
        t = q.text.strip()
        if len(t) > 40:
            continue
        head, mk = _label_of(t)
        if RE_OWN_ONLY_LABEL.match(head) or RE_SHORTFALLS_AND_MENDS.match(head):
            under = True
        elif mk is not None and mk.level == LEVEL_CN:
            under = False
    return out


RE_COPY_CUT_NOTE = re.compile(r"……|\.\.\.|[(（]未完")


RE_ROUND_FEEDBACK_LEAD = re.compile(r"(?:巡察|巡视)组|开展了?(?:巡察|巡视)|(?:巡察|巡视)反馈")


def own_shortfalls_titled_whole(problems: list[ParsedProblem], paras) -> None:
    if not problems or not any("问题" in q.text or "不足" in q.text for q in paras if len(q.text) <= 40):
        return
    if any(RE_ROUND_FEEDBACK_LEAD.search(q.text) for q in paras[:3]):
        return  # (a 巡视/巡察 round's feedback keeps each finding's first sentence: blind26 jieyang, test_gen19)
    under = _own_shortfalls_positions(paras)
    at_pos: dict = {}
    for q in paras:
        at_pos.setdefault(q.pos, []).append(q)
    for k, prob in enumerate(problems):
        if prob.measures or prob.position is None or len(prob.title) < 4 or not under.get(prob.position):
            continue
        para = next((q for q in at_pos.get(prob.position, []) if prob.title in q.text), None)
        if para is None:
            continue
        text = para.text
        start = text.find(prob.title)
        at = start + len(prob.title)
        marks = [i for i, _ in find_xs_items(text)]
        xs = [i for i in marks if i >= at]
        end = xs[0] if xs else len(text)
        nxt = problems[k + 1].title if k + 1 < len(problems) else ""
        if nxt and 0 <= text.find(nxt, at) < end:
            end = text.find(nxt, at)  # (the next problem in the same paragraph: "A;B" read as two)
        cut = RE_COPY_CUT_NOTE.search(text, at)
        if cut is not None and cut.start() < end:
            end = cut.start()  # (the copy's note where it was cut: "……(未完,全文共939字…)")
        if text[at:at + 1] not in ("。", "."):
            continue  # (a heading sentence closed by its stop, then its description: not a topic's "…方面:" label)
        rest = text[at:end].strip().lstrip("。.;；,， ")
        if not rest or RE_REST_ANSWERS.search(rest) or not _owns_shortfall(rest):
            continue
        if xs and not any(i <= start for i in marks):
            continue  # (an item with 一是… after it, not one of them: those are its answers)
        prob.title = _item_text(text[start:end])


# self23: a notice showing a rectification by its state before and after ("整改前:" over what was wrong, "整改后:" over
# what was done — the 成果展示 of a 专项整治, a photo comparison's captions): each before/after pair is one problem
# (R14, R108), titled by the before statement (R89: the label dropped), the after statement its one measure (R118);
# done when the after statement or the lead says it is finished (R93), and the body the lead says finished it is its unit
# (R104). The labels may stand alone on their lines, the statement on the next.
RE_BEFORE_LABEL = re.compile(r"^\s*(?:【)?整改前(?:情况|状况|现状)?(?:】)?\s*[:：]?\s*")
RE_AFTER_LABEL = re.compile(r"^\s*(?:【)?整改后(?:情况|状况|效果)?(?:】)?\s*[:：]?\s*")
RE_SAID_FINISHED_BY = re.compile(r"(?:目前|现|截至目前|现已)[，,]?\s*([\u4e00-\u9fff]{2,24}?(?:学校|小学|中学|幼儿园|医院|卫生院|公司|局|村|社区|街道|镇|乡|中心|食堂|市场|超市|商场|小区|酒店|饭店|企业|工地|站|所|馆|厂))"
                                 r"(?:已经?|均已)(?:完成整改|整改完成|整改到位|完成)")
RE_AFTER_DONE = re.compile(r"已(?:经)?|完成|到位")


def _labelled_value(paras, k: int, rx) -> tuple[str, int] | None:
    """The value of the label opening paragraph k (on its line, or the next paragraph's when it stands alone; a short
    heading the copy joined to the label's line before it, "…整治对比整改前:…", is set aside)."""
    text = paras[k].text
    word = "整改前" if rx is RE_BEFORE_LABEL else "整改后"
    at = text.find(word)
    if 0 < at <= 30 and not re.search(r"[。；;，,:：]", text[:at]):
        text = text[at:]
    m = rx.match(text)
    if m is None:
        return None
    value = text[m.end():].strip()
    if value:
        return value, k + 1
    if k + 1 < len(paras) and not RE_BEFORE_LABEL.match(paras[k + 1].text) and not RE_AFTER_LABEL.match(paras[k + 1].text):
        return paras[k + 1].text.strip(), k + 2
    return None


def before_after_candidate(paras) -> Candidate | None:
    if not any("整改前" in p.text for p in paras) or not any("整改后" in p.text for p in paras):
        return None
    problems: list[ParsedProblem] = []
    k = 0
    while k < len(paras):
        before = _labelled_value(paras, k, RE_BEFORE_LABEL) if "整改前" in paras[k].text[:32] else None
        if before is None:
            k += 1
            continue
        value, j = before
        after = _labelled_value(paras, j, RE_AFTER_LABEL) if j < len(paras) and "整改后" in paras[j].text[:8] else None
        if after is None or not (states_amiss(value) or RE_SHORTCOMING.search(value)):
            k += 1
            continue
        prob = ParsedProblem(seq=None, title=_item_text(value), position=paras[k].pos)
        prob.measures = [_measure_from(_item_text(after[0]), None, paras[j].pos)]
        if RE_AFTER_DONE.search(after[0]):
            prob.status = "done"
        problems.append(prob)
        k = after[1]
    if not problems:
        return None
    first = problems[0].position
    lead = "\n".join(p.text for p in paras if p.pos is not None and first is not None and p.pos < first)
    by = RE_SAID_FINISHED_BY.search(lead)
    if by is not None:
        for prob in problems:
            prob.status = "done"
            if len(problems) == 1:
                add_units(prob.responsible_units, [by.group(1)])
    if len(problems) == 1:
        return Candidate("whole", problems, [], {"single_task": 1.0}, "整改前、整改后对照的一项整改")
    return Candidate("list", problems, [], {"evidence": 1.0, "shortcoming": 1.0}, "逐项“整改前／整改后”对照的整改")
# --- cards23: exposure cards headed by the body's name, not by a labelled name field ----------------------------------
# SHAPE (not wording): a check's exposure (a 消防 曝光, a column of hazards found, a 明查暗访 result) prints one card per
# body it found at fault. The card opens on the body's NAME — a line of its own ("某养老院(某区)", "一、某有限公司"), or the
# opening of the card's line run into its fields ("1.某店:地址:…。隐患:…", "某小区位于…,存在隐患:…"), or a name field
# numbered as the card ("一、隐患单位名称:某院") — then, after at most two other fields (地址, 时间), a FINDING field: a
# label naming the hazards or problems found ("存在隐患", "火灾隐患情况", "隐患问题", "隐患", "存在的主要问题"), its value on
# its line or on the lines under it (numbered lines all, or one line). Each card is ONE problem (R10, R12: one body's
# faults are one problem), titled by the finding field's value as printed (inner 1、2、 or ①② kept, lines joined, final
# "。" dropped; a value run into prose ends at its sentence's "。"); seq the number printed on the name, else null (R78);
# unit the name without a bracketed district tag, unless it names a place (an estate, a village, a rented dwelling, a
# site: R103); category a line standing alone over the name when two cards or more have one ("01生产企业" → "生产企业",
# R79, carried to the cards under it). Read with two cards or more. A name field labelled as such and not numbered is
# chk21's field_cards'; a label alone over numbered hazard lines in a block ("存在隐患:" / "1、…。" / "2、…。") is bs18's
# unit_hazard_blocks' (one problem a line, blind31): both are tried first and this reader stays out where they read.
# Where EVERY card is a bare label over numbered hazard lines ("主要问题:" / "1、…" / "2、…"), each line is a problem
# (blind31 wxredian, test_figs22): not read here; a card with numbered lines among cards of one statement each is one
# problem, its lines joined (blind47 163_taizhou).
# Near misses: a lead naming bodies with no finding field; several bodies named in one sentence; a card whose finding
# field is empty; praise or a sanction told per body (no finding label).
_NAMED_CARD_FINDING = (r"(?:(?:存在|发现)的?(?:主要|重大|重点)?[\u4e00-\u9fff]{0,4}?(?:隐患|问题)(?:情况)?"
                       r"|(?:主要|重大|重点)?(?:火灾|安全|消防|安全生产|燃气|用电)?(?:安全)?隐患(?:问题|内容|情况|描述)?)")
RE_NAMED_CARD_FINDING_LINE = re.compile(r"^(?:[★☆●■◆▲▶►]\s*)?" + _NAMED_CARD_FINDING + r"\s*[:：]\s*(.*)$")
RE_NAMED_CARD_FINDING_RUN_IN = re.compile(r"(?<=[。；;，,:：\s])" + _NAMED_CARD_FINDING + r"\s*[:：]\s*(?=\S)")
# a name run into its card's line: up to a colon, a comma, a bracketed tag or the words placing it ("位于", "地址")
RE_RUN_IN_NAME = re.compile(r"^([^，,。；;:：、()（）\s“”]{2,30}?)\s*(?:[(（][^()（）]{1,12}[)）])?\s*(?=[:：,，]|位于|地址|坐落)")
RE_NAME_LINE = re.compile(r"^([^，,。；;:：!！?？“”]{2,40}?)\s*(?:[(（][^()（）]{1,12}[)）])?$")
RE_CARD_OTHER_FIELD = re.compile(r"^(?:地址|地点|位置|所在地|检查时间|时间|日期|联系人|负责人|法人|法定代表人|类型|场所类型|行业)\s*[:：]")
# a place, not a body (R103): an estate, a village, a rented dwelling, a site, a road
RE_PLACE_NAME = re.compile(r"(?:小区|家园|花园|公寓|出租房|出租屋|民房|自建房|村|社区|工地|地块|路段|路口)$")
RE_CLASS_HEADING_LINE = re.compile(r"^(?:0?\d{1,2}\s*[.、．]?\s*|[【\[])?([^，,。；;:：!！?？\s\d【】\[\]]{2,12})[】\]]?$")


# (an aspect or a report's label heads a report's item, not a body's card: "(一)加强…公开方面" / "存在问题:…" / "整改措施:…")
RE_NOT_A_CARD_NAME = re.compile(r"方面[。.]?$|问题|不足|措施|情况|要求|建议|做法|成效|整改|附件")


def _card_name(text: str, run_in: bool) -> tuple[int | None, str] | None:
    """(the number printed on the card, the body's name) of a card's opening line, or None."""
    m = item_marker(text)
    seq, rest = (m.number, m.rest.strip()) if m else (None, text.strip())
    f = RE_FIELD_LINE.match(rest) if ":" in rest or "：" in rest else None
    if f and not f.group(1) and RE_FIELD_CARD_UNIT.match(f.group(2)) and not RE_FIELD_CARD_NOT_UNIT.match(f.group(2)):
        if run_in or not f.group(3).strip():
            return None  # (a labelled name field with the finding run into it, or with its value below: field_cards')
        name = re.sub(r"\s*[(（][^()（）]{1,12}[)）]$", "", f.group(3).strip())
    else:
        n = (RE_RUN_IN_NAME if run_in else RE_NAME_LINE).match(rest)
        if n is None:
            return None
        name = n.group(1).strip()
    if (len(name) < 2 or RE_NOT_A_NAME_OPENING.match(name) or RE_NAME_TELLS_CHECK.search(name) or states_amiss(name)
            or RE_NAME_TELLS_WORK.search(name) or RE_NOT_A_CARD_NAME.search(name)
            or RE_CARD_OTHER_FIELD.match(name + ":") or RE_NAMED_CARD_FINDING_LINE.match(name + ":")):
        return None
    return seq, name


def _card_value(lines: list[str], i: int, first: str, end: int) -> tuple[str, int]:
    """The finding's value: what follows its label on its line, else the lines under it (numbered lines all, or one);
    with the index of its last line."""
    if first:
        # (a value the copy wrapped goes on over the lines under it until its sentence ends, "…;" / "③…。")
        j = i + 1
        while j < end and j - i <= 8 and not RE_CARD_SENTENCE_END.search(first[-1:]) and not RE_FIELD_LINE.match(lines[j]) \
                and not RE_ORDINAL_HEADING.match(lines[j]):
            first += lines[j]
            j += 1
        return first, j - 1
    parts: list[str] = []
    j = i + 1
    while j < end and len(parts) < 12:
        s = lines[j]
        marked = item_marker(s) is not None or bool(RE_CIRCLED_OPENING.match(s))
        if (RE_FIELD_LINE.match(s) and not marked) or (not marked and parts):
            break
        parts.append(s)
        j += 1
        if not marked:
            break
    return "".join(parts), j - 1


RE_CIRCLED_OPENING = re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩]")
RE_CARD_ACCOUNT_LABEL = re.compile(r"(?:整改|完成|落实)(?:情况|措施|结果|进展|完成情况)\s*[:：]")
RE_ORDINAL_HEADING = re.compile(r"^0\d\s*\S{2,12}$")
RE_CARD_SENTENCE_END = re.compile(r"[。！!]")


# (what every card's finding line holds, RE_NAMED_CARD_FINDING_LINE's and _RUN_IN's label before its colon: fewer than
# two lines with one are no cards — the cheap test before the rows are made, on every document)
RE_CARD_FINDING_NEEDLE = re.compile(r"(?:隐患|问题)(?:情况|问题|内容|描述)?\s*[:：]")


def _card_rows(ps) -> list[tuple[int, str]]:
    """(position, text) of the lines or paragraphs holding text — none unless two of them hold a finding's label."""
    seen = 0
    for p in ps:
        t = p.text
        if (":" in t or "：" in t) and ("隐患" in t or "问题" in t) and RE_CARD_FINDING_NEEDLE.search(t):
            seen += 1
            if seen == 2:
                return [(p.pos, p.text.strip()) for p in ps if p.text.strip()]
    return []


def named_cards_candidate(lines_in, paras=None) -> Candidate | None:
    """Read from the lines as printed; cards run into one line each are read from the paragraphs as well (a copy that
    wrapped them breaks a card's line, the paragraphs join it again): the reading with more cards is kept."""
    by_lines = _named_cards(_card_rows(lines_in), True)
    by_paras = _named_cards(_card_rows(paras), False) if paras else None
    if by_paras is not None and (by_lines is None or len(by_paras.problems) > len(by_lines.problems)):
        return by_paras
    return by_lines


def _named_cards(rows, label_lines: bool) -> Candidate | None:
    if len(rows) < 2 or not any("隐患" in t or "问题" in t for _, t in rows):
        return None
    lines = [t for _, t in rows]
    cards = []  # (name line, finding line, seq, name, value on the finding line)
    for i, t in enumerate(lines):
        if ("隐患" not in t and "问题" not in t) or (":" not in t and "：" not in t):
            continue  # (a finding field names hazards or problems and has its colon: no other line is tried)
        m = RE_NAMED_CARD_FINDING_LINE.match(t) if label_lines else None
        if m is not None:
            # the name a line or two above, past other fields of the card ("地址:…")
            k = i - 1
            while k >= 0 and i - k <= 3 and RE_CARD_OTHER_FIELD.match(lines[k]):
                k -= 1
            if k < 0 or i - k > 3 or (cards and k <= cards[-1][1]):
                continue
            named = _card_name(lines[k], False)
            if named is None:
                continue
            cards.append((k, i, named[0], named[1], m.group(1).strip()))
            continue
        r = RE_NAMED_CARD_FINDING_RUN_IN.search(t)
        if r is None:
            continue
        named = _card_name(t, True)
        if named is None:
            continue
        value = RE_CARD_SENTENCE_END.split(t[r.end():], maxsplit=1)
        cards.append((i, i, named[0], named[1], value[0].strip() + ("。" if len(value) > 1 else "")))
    if len(cards) < 2:
        return None
    values, headed = [], []
    for c, (k, i, _, _, first) in enumerate(cards):
        end = cards[c + 1][0] if c + 1 < len(cards) else len(lines)
        values.append(_card_value(lines, i, first, end))
        # a class heading: the line standing alone over the name, after what the card before took
        above = lines[k - 1] if k > 0 and (c == 0 or k - 1 > values[c - 1][1]) else ""
        hm = RE_CLASS_HEADING_LINE.match(above)
        headed.append(hm.group(1) if hm and not item_marker(above) and not RE_FIELD_LINE.match(above)
                      and lines.count(above) == 1 else None)
    if any(RE_CARD_ACCOUNT_LABEL.search("".join(lines[k: cards[c + 1][0] if c + 1 < len(cards) else len(lines)]))
           for c, (k, _, _, _, _) in enumerate(cards)):
        return None  # (an item with what was done about it, "整改情况:…", is a report's, not an exposure's card)
    if all(not first and item_marker(lines[i + 1] if i + 1 < len(lines) else "") for _, i, _, _, first in cards):
        return None  # (every card a bare label over numbered hazard lines: one problem a line, the list's and bs18's reading)
    if sum(1 for h in headed if h) < 2:
        headed = [None] * len(cards)
    for c in range(1, len(headed)):
        headed[c] = headed[c] or headed[c - 1]
    problems: list[ParsedProblem] = []
    for c, (k, i, seq, name, _) in enumerate(cards):
        title = values[c][0].strip().rstrip("。；;，, ").rstrip()
        if len(title) < 4:
            continue  # (an empty finding field: no statement printed, R109)
        problems.append(ParsedProblem(seq=seq, title=title, category=headed[c], position=rows[i][0],
                                      responsible_units=[] if RE_PLACE_NAME.search(name) else [name]))
    if len(problems) < 2:
        return None
    return Candidate("list", problems, [], {"evidence": 1.0, "shortcoming": 1.0},
                     f"{len(problems)}张以单位名称开头的隐患卡片（名称/隐患情况）")


# --- cards23: news of a check's finding at ONE body it named as checked -----------------------------------------------
# SHAPE (not wording): a news item tells that a check (an unannounced visit, a spot check, a sweep) looked at one named
# body — "抽查了位于某区的甲公司", "在某区甲餐馆进行…排查时", or the body named after the finding verb, "发现甲工地存在…" —
# and what it found there in one sentence (its ";" parts, and a consequence clause, all of that body: R12), then the
# order the checker gave ("责令限期整改", "下达整改通知单"). ONE problem (R108, R12): titled from the body's name when the
# finding names it, else from after the finding verb with its pronoun subject ("其", "这里", "该企业") and a leading
# summary of the hazards' count or kind ("存在多处安全隐患,") dropped (R92), to the sentence's end; the unit the body
# (R102, C31), not a place (R103). Read only when the document tells one such finding and the checker's order after it.
# Near misses: bodies listed together with shared faults (R122); a round-up of counts; the finding of a check at large
# with no body named ("检查发现部分企业…"); praise of the body checked (no fault).
_PRONOUN_SUBJECT = r"(?:其|这里|此处|该(?:企业|公司|单位|场所|店|餐馆|餐厅|工地|项目|厂|酒店|宾馆|学校|医院|市场|超市))"
RE_BODY_CHECKED_NAMED = re.compile(
    r"(?:抽查|检查|暗访|走访|督查|排查|查看|突击检查)了?(?:位于[^，,。；;]{2,24}?的)?((?:(?!抽查|检查|暗访|走访|督查|排查|位于)[^，,。；;、“”\s]){2,16}?)[。，,]"
    r"|在([^，,。；;、]{2,30}?)(?:进行|开展)[^，,。；;]{0,16}?(?:检查|排查|督查|暗访|抽查)(?:时|中|过程中)?\s*[，,]")
RE_FINDING_OF_ONE = re.compile(r"(?<![未没])发现\s*[，,:：]?\s*")
RE_PRONOUN_SUBJECT = re.compile(r"^\s*" + _PRONOUN_SUBJECT)
RE_HAZARDS_SUMMED = re.compile(r"^\s*(?:存在|有)(?:多处|多项|诸多|不少|一些|以下|如下)?[^，,。；;:：]{0,8}?(?:隐患|问题)\s*[，,:：]\s*")
RE_ORDER_AFTER = re.compile(r"责令|整改通知|限期整改|限期改正|立即整改|要求[^。]{0,12}整改|下达|下发|挂[黄红]牌|停业整顿|停止供气")
RE_NAME_DECORATION = re.compile(r"^.*(?:——|—|”)")


def _checked_body(before: str) -> str | None:
    """The body the sentence before the finding names as checked, or None."""
    m = None
    for m in RE_BODY_CHECKED_NAMED.finditer(before):
        pass
    if m is None:
        return None
    name = (m.group(1) or m.group(2) or "").strip()
    name = RE_NAME_DECORATION.sub("", name).strip(" “”")  # (a tag before the name: "某区“网红餐馆”——甲砂锅")
    name = re.sub(r"^[\u4e00-\u9fff]{1,6}?[区县市](?=[\u4e00-\u9fff]{2})", "", name) if m.group(2) else name
    if len(name) < 2 or RE_NAME_TELLS_CHECK.search(name) or RE_NOT_A_NAME_OPENING.match(name) or RE_BODIES_COUNTED.search(name):
        return None
    return name


def checked_body_finding_candidate(paras) -> Candidate | None:
    found = []
    for k, p in enumerate(paras):
        t = p.text
        if "发现" not in t:
            continue
        for m in RE_FINDING_OF_ONE.finditer(t):
            if not RE_NEWS_INSPECTION.search(t, max(0, m.start() - 40), m.start()) and not RE_BODY_CHECKED_NAMED.search(t, max(0, m.start() - 80), m.start()):
                continue
            rest = t[m.end():]
            sentence = re.split(r"[。！!]", rest, maxsplit=1)[0]
            pron = RE_PRONOUN_SUBJECT.match(sentence)
            if pron is not None:
                body = _checked_body(t[max(0, m.start() - 120): m.start()])
                if body is None:
                    continue
                title = sentence[pron.end():]
                title = RE_HAZARDS_SUMMED.sub("", title, count=1)
            else:
                named = _body_named_at(t, m.end(), set())
                if named is None or not t.startswith("存在", m.end() + named[0]) or "、" in named[1] or re.search(r"[；;]", sentence):
                    continue  # (";" parts after a name may each open on a place of their own: R10's clauses, not one body's)
                body, title = named[1], sentence
            title = title.strip(" ，,").rstrip("；;，, ")
            if len(title) < 6 or not (RE_BODY_FAULT.search(title) or states_amiss(title)):
                continue
            found.append((k, m.end() + len(sentence), title, body))
    if len(found) != 1:
        return None
    k, end, title, body = found[0]
    after = paras[k].text[end:] + "\n".join(p.text for p in paras[k + 1:])
    if not RE_ORDER_AFTER.search(after):
        return None
    return Candidate("list", [ParsedProblem(seq=None, title=title, position=paras[k].pos,
                                            responsible_units=[] if RE_PLACE_NAME.search(body) else [body])], [],
                     {"evidence": 0.5, "shortcoming": 1.0}, "新闻所述检查在一个受检单位发现的问题（及所下整改要求）")


# --- an audit-result notice whose findings section states one finding, unnumbered ------------------------------------------
# audit24: a 审计结果公告 (or its mirror's copy) of one project: "二、审计发现的主要问题和处理意见" over one paragraph stating
# the one finding ("多计取工程价款774387.48元。"), then how it was handled or rectified, in that section or in a later
# "四、审计整改情况" ("…管理局多计工程价款问题已依法整改。", "…水利局已按审计报告核算的工程价款据实结算。"): one problem,
# seq null, category the section's heading, titled by the paragraph. Not a section naming its findings in one "、" list
# that ends "等问题" (R19: blind32 yuwangtai), nor one whose findings are numbered (the list reads them), nor one holding
# several finding paragraphs.
RE_AUDIT_FINDINGS_HEADING = re.compile(r"^(?:审计|检查|核查)(?:发现|查出|指出|反馈)的?(?:主要)?问题"
                                       r"(?:(?:[和及与、]|以及)(?:处理|处罚|整改|纠正|审计处理)(?:意见|情况|决定)?)*$")
RE_AUDIT_RECTIFIED_HEADING = re.compile(r"整改|处理(?:情况|意见|决定)|纠正")
# what an audit finds in money and procedure: misstated sums, funds kept or moved, rules not followed
RE_AUDIT_FAULT = re.compile(r"多(?:计|结算?|支付|付|报|列|拨|发|收|算)|少(?:计|缴|收|付|列|报)|重复(?:计|支付|申报|列)|虚(?:报|列|增|计)|高估"
                            r"|超(?:标准|范围|预算|规模|比例|概算)|扩大(?:开支|支出|使用)?范围|挤占|挪用|截留|滞留|套取|闲置|违规|违反|未按|未(?:及时|足额|履行|执行|纳入)")
RE_LISTED_KINDS_END = re.compile(r"等(?:方面的?)?(?:问题|情况|现象)[。.]?$")
# a fix told done: "已依法整改", "已按审计报告…据实结算", "已收回…", "已调整会计账目"
RE_AUDIT_FIX_DONE = re.compile(r"(?<![未不没尚])已(?:经)?(?:依法|全部|按照?[^，,。；;]{0,24}?)?(?:整改|纠正|收回|退回|追回|缴回|归还|调整|结算|据实结算|核减|扣[回减除]|上缴|缴入)"
                               r"|整改(?:到位|完毕|完成)|完成(?:了)?整改")
RE_AUDITED_BODY_OPENS = re.compile(r"^\s*([\u4e00-\u9fff]{2,30}?(?:局|委员会|委|办公室|中心|公司|政府|医院|学校|中学|小学|站|所|处|院|社区|街道|镇|乡|村))"
                                   r"(?=已|[\u4e00-\u9fff]{1,24}?问题[^，,。]{0,4}已)")
# the body a finding opens on: "市农业农村局“双随机、一公开”情况检查结果未…", "县教育局未按规定…" (not "部分单位…")
RE_FINDING_BODY_OPENS = re.compile(r"^([\u4e00-\u9fff]{1,20}?(?:局|委员会|委|办公室|中心|公司|政府|医院|学校|中学|小学|街道|镇|乡|所|站))"
                                   r"(?=[“\"「『]|[\u4e00-\u9fff]{0,24}?(?:未|不|没有|存在|违规|超|多|少))")
RE_RESULT_CLAUSE = re.compile(r"问题(?:已经?|均已|全部|都已)")


def _audit_clause_body(clause: str) -> str | None:
    m = RE_AUDITED_BODY_OPENS.match(clause)
    if m is None or re.search(r"审计(?:局|厅|署|组|办)$", m.group(1)):
        return None
    return m.group(1)


def audit_finding_section_candidate(paras) -> Candidate | None:
    if len(paras) < 3 or not any("审计" in p.text for p in paras[:6]):
        return None
    sections: list[tuple[int, str, list]] = []  # (paragraph index, heading title, paragraphs under it)
    for k, p in enumerate(paras):
        m = parse_marker(p.text)
        if m is not None and m.level == LEVEL_CN:
            sections.append((k, m.rest.strip().rstrip("。:： "), []))
        elif sections:
            sections[-1][2].append(p)
    found = [(j, s) for j, s in enumerate(sections) if RE_AUDIT_FINDINGS_HEADING.match(s[1])]
    if len(found) != 1:
        return None
    j, (k, heading, under) = found[0]
    if not under or any(parse_marker(p.text) is not None for p in under):
        return None  # (numbered findings are the list's)
    statement = under[0].text.strip()
    if (len(statement) < 6 or RE_LISTED_KINDS_END.search(statement) or statement.startswith(("针对", "对", "审计结果表明"))
            or not (RE_AUDIT_FAULT.search(statement) or states_amiss(statement))):
        return None
    rest = under[1:]
    if any(RE_AUDIT_FAULT.search(p.text) and not RE_AUDIT_FIX_DONE.search(p.text) and "审计报告" not in p.text
           and "审计决定" not in p.text and "整改" not in p.text for p in rest):
        return None  # (a second finding paragraph: not one finding)
    # what was done: the rest of the findings section and any later section of the handling or rectification
    told = list(rest)
    for _, h, ps in sections[j + 1:]:
        if RE_AUDIT_RECTIFIED_HEADING.search(h) and "建议" not in h:
            told.extend(ps)
    problem = ParsedProblem(seq=None, title=statement.rstrip("。；; "), category=heading, position=under[0].pos)
    for p in told:
        for sentence in re.split(r"(?<=[。；;])", p.text):
            fix = RE_AUDIT_FIX_DONE.search(sentence)
            if fix is None or RE_PROMISE_BEFORE.search(sentence[:fix.start()]):
                continue
            problem.status = "done"
            clauses = re.split(r"[，,]", sentence[:fix.start()])
            body = _audit_clause_body(clauses[-1] + sentence[fix.start():])
            if body:
                problem.responsible_units = [body]
            if not RE_RESULT_CLAUSE.search(clauses[-1] + sentence[fix.start():fix.start() + 4]):
                problem.measures = [ParsedMeasure(seq=None, text=sentence.strip(), position=p.pos)]
            break
        if problem.status:
            break
    return Candidate("list", [problem], [], {"evidence": 0.5, "shortcoming": 1.0}, "审计结果公告“审计发现的主要问题”一节所述的一个问题")
