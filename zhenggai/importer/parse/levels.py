"""Choosing the numbering level that carries the problems: the level with the most evidence (wrappers,
plan fields, a statement followed by its rectification, 一是/二是 bodies), and the runs of that level that
are problem lists rather than sections about organising the work."""
from __future__ import annotations

import re

from .normalize import RE_CHARGED_SITE_LINE
from .numbering import LEVEL_CN, find_xs_items, per_parse
from .tree import Node, _opens_fields
from .titles import RE_REPORT_LABEL, RE_SHORTFALL_ITEM_LABEL, _clean_title, heading_title, is_wrapped


# --- choosing the problem level ----------------------------------------------------
def _direct_text(node: Node) -> list[Node]:
    return [c for c in node.children if c.marker is None]


RE_PLAN_LABEL = re.compile(r"(?:整改目标|整改时限|整改措施|完成时限)\s*[:：]|【\s*(?:整改目标|整改时限|整改措施|完成时限)\s*】")
_PLAN_LABEL_WORDS = ("整改目标", "整改时限", "整改措施", "完成时限")  # one is in every match (a cheaper test first)
# (perf23: RE_PLAN_LABEL as scanned — its first alternative spread over its words, so that every alternative opens with a
# literal and the engine scans for their first characters in C, where the group-led form was tried at every offset:
# the same matches; RE_PLAN_LABEL's own text is kept, test_speed_shortcuts reads its labels from it)
_PLAN_LABEL_SCAN = re.compile("|".join(w + r"\s*[:：]" for w in _PLAN_LABEL_WORDS)
                              + r"|【\s*(?:整改目标|整改时限|整改措施|完成时限)\s*】")


def _in_parentheses(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


def _evidence(node: Node) -> tuple[bool, bool]:
    """(strong, weak) evidence that a heading is a problem (memoised on the node: readings ask twice)."""
    cached = getattr(node, "_ev", None)
    if cached is not None:
        return cached
    ev = _evidence_of(node)
    if not ev[0] and not ev[1] and RE_SHORTFALL_ITEM_LABEL.match(node.text):
        ev = (False, True)  # "1.第(C1)点的存在的不足与建议：…": a problem by its label, like "问题2：…"
    node._ev = ev
    return ev


def _names_report_label(text: str) -> bool:
    return "情况" in text or "整改进展" in text or "整改结果" in text


def _evidence_of(node: Node) -> tuple[bool, bool]:
    text = node.text
    strong = is_wrapped(text)
    direct = _direct_text(node)  # (once: the node's unnumbered paragraphs, read three times below)
    own = text + " " + " ".join(c.text for c in direct)
    if any(w in own for w in _PLAN_LABEL_WORDS) and any(not _in_parentheses(own, m.start()) for m in _PLAN_LABEL_SCAN.finditer(own)):
        strong = True
    # a statement followed by its rectification: "…的问题。整改情况：…", or a first paragraph "整改情况：…"
    first = direct[:1]
    # (every label the pattern reads names 情况, 整改进展 or 整改结果: a heading naming none is not searched at every offset)
    if (_names_report_label(text) and RE_REPORT_LABEL.search(text)) or (first and RE_REPORT_LABEL.match(first[0].text)):
        strong = True
    if not strong and not direct and not node.children and _cut_wrapper_at_end(node):
        strong = True
    if not strong and not direct and "方面" in (node.parent.text if node.parent is not None else "") and _task_under_tasks_aspect(node):
        strong = True  # a task of the feedback, named as such by its section (a problem by the labelled convention)
    weak = False
    heading_kids = [c for c in node.children if c.marker is not None]
    if find_xs_items(" ".join(c.text for c in direct) + " " + text):
        weak = True
    elif direct and RE_SYMPTOMS_LABEL.match(direct[0].text):
        weak = True  # "1.1 政治站位不高" then "问题表现" (how the problem shows), whatever follows (cases, 整改方向 1.–3.)
    elif direct and not heading_kids:
        weak = True
    elif heading_kids and not direct and all(not k.children for k in heading_kids) and not RE_ASPECT_ONLY_HEAD.match(
            heading_title(node)) and not _shortfall_categories(node) and not _counted_category(node) and " ".join(
            c.text for c in node.walk() if c.marker is None or c.level > node.level):  # (the body: joined only here)
        weak = True  # body made of numbered measure paragraphs
    elif not heading_kids and not direct:
        # "3.工程项目管理不严格。严格执行招投标制度，完善项目台账。": a shortcoming, then what was done, in one paragraph
        # (under a section of the feedback's problems, "二、反馈问题整改情况", any statement then what was done:
        # "2.医疗设备采购论证不充分。已建立采购论证专家库…")
        head, _, rest = text.partition("。")
        weak = bool(rest.strip()) and (bool(RE_SHORTFALL.search(head)) or (
            bool(RE_DONE_OPENING.match(rest.strip())) and not _reads_as_action(head) and _under_feedback_problems(node)))
        if not weak and "发现" in text:
            # mix20: a patrol's item told in one sentence, the check then what it found ("…到某小区检查环境卫生,发现仍
            # 存在个别地方保洁不到位,已通知…整改"): a problem found, as a check list's item (not a check that found nothing
            # said, "检查…记录是否完善,…是否存在破损")
            found = RE_CHECK_FOUND.search(head)
            weak = found is not None and RE_SHORTFALL.search(found.group(1)) is not None
    if not weak and not strong and (getattr(node, "announced", False) or under_stated_problems(node) or under_problems_and_rectification(node)
                                    or (node.marker.number and "问题" in node.marker.raw)
                                    or _shortfall_under_aspect(node) or _charged_finding(node, heading_kids, direct)
                                    or in_problem_list_attachment(node)
                                    or (_counted_category(node.parent) and not _reads_as_action(heading_title(node)))):
        # "二、存在问题 1.…2.…": a problem by its place, though nothing was done about it yet; "问题2：…": by its label
        weak = True
    return strong, weak


# a problem's wrapper the copy cut: the document's last line, a heading opening "关于“" with no end to its quotation nor
# any stop ("（一）关于“四个意识”不强,党组领" where the page stops) — the heading of a problem, as printed up to the cut
from .titles import RE_CUT_WRAPPER  # noqa: E402


def _cut_wrapper_at_end(node: Node) -> bool:
    if not node.text.startswith("关于“") or not RE_CUT_WRAPPER.match(node.text) or node.text.rstrip().endswith(("问题", "”")):
        return False
    root = node
    while root.parent is not None:
        root = root.parent
    last = None
    for last in root.walk():
        pass
    return last is node


# a childless item closed by the unit charged with it and nothing else: "1.某路人行道破损。(责任单位:某街道)" — a
# finding handed to a unit to put right (a check notice's list), whatever its wording
RE_CHARGED_END = re.compile(r"[(（]\s*(?:整改)?(?:责任单位|责任部门)\s*[:：][^()（）]{1,60}[)）]\s*[。.]?\s*$")


def _charged_finding(node: Node, heading_kids, direct) -> bool:
    if heading_kids or direct or "责任" not in node.text:
        return False
    return bool(RE_CHARGED_END.search(node.text)) and "措施" not in node.text


# the label of how a problem shows, opening the item's body: "问题表现", "主要表现：…", "具体表现:" (not "整改表现")
# (a bullet may follow the bare label in the same paragraph, its line joined on: "问题表现•部分单位…")
RE_SYMPTOMS_LABEL = re.compile(r"^(?:问题|主要|具体)表现(?:为|形式)?\s*(?:[:：•·]|$)")


# what was done, opening the sentence after a statement: "已修订…", "开展专项整治…", "建立…"
RE_DONE_OPENING = re.compile(r"^(?:(?:目前|现|经[^。，,；;]{0,8}?)?[，,]?已(?:经)?|(?:立即|及时|全面|认真|组织)?(?:开展|建立|修订|制定|完善|出台|印发|成立|召开|组织|落实|清理|整治|追回|收回|拆除|规范))")
# a section heading over the feedback's problems: "二、反馈问题整改情况", "（二）巡察发现问题整改落实情况"
RE_FEEDBACK_PROBLEMS = re.compile(r"(?:反馈|巡察|巡视|督察|审计|检查|督查)(?:组)?(?:反馈|发现|指出|查出|交办)?的?(?:具体|主要)?问题(?:的)?整改")


def _under_feedback_problems(node: Node) -> bool:
    a = node.parent
    while a is not None and a.marker is not None:
        t = heading_title(a)
        if RE_FEEDBACK_PROBLEMS.search(t) and not re.search(r"下一步|打算|组织|领导", t):
            return True
        a = a.parent
    return False


# a heading that names what follows as the problems found, and nothing else: "二、存在问题", "一、存在的主要问题",
# "（一）自查发现的问题", "第二章 检查发现的主要问题及成因" — not "存在问题及整改措施" nor "问题整改情况" (their items are
# problems with what was done, found by their own evidence), nor "问题产生的原因"
# (also led by the aspect the problems belong to, and announcing them: "（一）医疗服务方面，主要存在以下问题：",
# "一、大气污染防治方面存在以下几个问题", "财务管理方面存在的问题")
_ASPECT_LEAD = r"(?:[^，,。；;:：()（）]{2,30}?方面\s*[，,]?\s*)?"
# (the verb may name where the problems were found before announcing them: "走访中发现该村以下问题", "检查发现各校如下问题"
# — only with 以下/如下, which makes the line an announcement and not a sentence about some problem)
_FOUND_IN = r"[^，,。；;:：()（）“”问]{1,8}?的?(?:以下|如下)"
# (us18: the count may be told in 方面 with no measure word, "存在以下四方面问题：", "存在几方面问题" — a bare number
# only before 方面)
# (what a safety check finds is named 隐患 as often as 问题: "检查中发现以下安全隐患：", "发现的问题和隐患" — the same
# announcement; a hazard line is a finding like a problem line)
_FOUND_NOUN = r"(?:问题(?:(?:和|与|及)(?:安全)?隐患)?|(?:安全|消防|火灾)?隐患)"
# gen19: a label naming the problems found together with their rectification — "二、主要问题及整改情况", "存在问题及整改
# 情况", "巡察发现的主要问题及整改落实情况": the same section as "存在问题" (each item under it one problem, told with what
# was done about it: under_problems_and_rectification), not a report's section of what was rectified ("问题整改情况"
# names no problem first and is not read)
_PROBLEMS_AND_RECTIFICATION = (r"(?:(?:检查|巡察|巡视|督察|督查|督导|审计|暗访|自查)?(?:组)?(?:中)?(?:发现|反馈|指出|存在)(?:的)?)?"
                               r"(?:主要|突出|具体)?问题(?:及|和|与)(?:其)?整改(?:落实|完成|推进|进展)?情况")
RE_PROBLEMS_AND_RECTIFICATION = re.compile(_PROBLEMS_AND_RECTIFICATION + "$")
RE_STATED_PROBLEMS = re.compile(
    r"^" + _ASPECT_LEAD + r"[^，,。；;:：()（）]{0,12}?(?:(?:主要|还|仍然?|依然)?存在(?:的)?(?:以下|如下)?(?:几个|一些|[一二三四五六七八九十两\d]{1,3}[个类项条]|(?:几|[一二三四五六七八九十两\d]{1,3})(?=方面))?(?:方面)?(?:的)?(?:主要|突出|具体)?" + _FOUND_NOUN + r"|(?:自查|检查|抽查|督查|督导|巡察|巡视|督察|审计|排查|查摆)?"
    r"(?:中|过程中)?(?:发现|出现|查摆|查找|查出|指出)(?:(?:的|出的?)?(?:以下|如下)?|" + _FOUND_IN + r")(?:主要|突出|具体)?" + _FOUND_NOUN + r")(?:(?:和|与|及)不足)?(?:及(?:其)?(?:成因|原因)(?:分析|剖析)?)?(?:如下)?"
    # (notice25: or with how they were handled, an audit result's "审计发现的主要问题及处理意见", "…问题和处理情况": the
    # findings, each item one, as under the bare label — not "…问题及整改情况", _PROBLEMS_AND_RECTIFICATION's)
    r"(?:(?:[和及与、]|以及)(?:其)?(?:处理|处罚|处理处罚|审计处理)(?:意见|情况|决定)?)?$"
    # (gen18b: the genre's other bare labels of the same section — "反馈问题", "问题清单", "巡察反馈的主要问题" — the
    # whole title, nothing after it: not "反馈问题整改情况")
    # (rs20: and a case's or report's bare "二、主要问题" / "突出问题", after "一、基本情况": what was found, each item's
    # paragraphs its description)
    r"|^(?:(?:巡察|巡视|督察|督导|督查|检查|审计)(?:组)?)?反馈(?:的)?(?:主要|具体)?问题$|^问题清单$|^(?:主要|突出)问题$")


def _shortfall_under_aspect(node: Node) -> bool:
    """"一、工作作风方面 1.调查研究不够…": an item stating a shortfall right under a heading naming an aspect only.
    Also under a category that itself states a kind of shortcoming, in a section naming the problems:
    "一、整改问题梳理与分析 （一）医疗服务流程效率不足 1.急诊急救协同短板：…" (each item one problem of that kind)."""
    p = node.parent
    if p is not None and p.marker is not None and not node.children and _shortfall_category(p):
        t = heading_title(node)
        return (bool(RE_SHORTFALL.search(t)) and not _reads_as_action(t)) or (_states_fault(t) and _shortfall_categories(p))
    if p is None or p.marker is None or "方面" not in p.text:
        return False
    t = heading_title(node)
    return bool(RE_ASPECT_ONLY_HEAD.match(heading_title(p))) and (
        bool(RE_SHORTFALL.search(t)) or _topic_then_account(node)) and not _reads_as_action(t)


RE_CLAUSE_MARK = re.compile(r"[，,、:：;；]")
# vs18: a bulletin's section of the rectification tasks carried out ("二、巡察整改任务落实情况", "整改任务完成情况"): the
# feedback split into tasks, sorted by aspect ("（一）关于…方面"); each task is one of the feedback's problems (the
# labelled convention reads 整改任务 as problems) though worded as a task, "1.全面学习贯彻…论述。<what was done>"
RE_TASKS_CARRIED_SECTION = re.compile(r"^[^。，,:：]{0,8}整改任务(?:的)?(?:落实|完成|推进|进展)(?:情况)?$")


def _task_under_tasks_aspect(node: Node) -> bool:
    """A childless item opening on a sentence, what was done after it, right under an aspect heading that states no
    shortcoming itself (else the items are its measures), in a section of the rectification tasks carried out."""
    p = node.parent
    if node.children or p is None or p.marker is None or "方面" not in p.text:
        return False
    g = p.parent
    if g is None or g.marker is None or "任务" not in g.text or not RE_TASKS_CARRIED_SECTION.match(heading_title(g)):
        return False
    aspect = heading_title(p)
    if not RE_ASPECT_ONLY_HEAD.match(aspect) or RE_SHORTFALL.search(aspect):
        return False
    head, stop, rest = node.marker.rest.strip().partition("。")
    return bool(stop) and 4 <= len(head) <= 40 and len(rest.strip()) >= 4


def _topic_then_account(node: Node) -> bool:
    """os18: "一、旅游公共服务方面 / 1、旅游厕所。针对…的问题,我局立即整改…": under an aspect heading, an item that names its
    matter in a few words, then tells in the same paragraph what was found and done about it (a rectification report's
    item; its heading as printed is the problem's title)."""
    if node.children:
        return False
    head, stop, rest = node.marker.rest.strip().partition("。")
    return bool(stop) and 2 <= len(head) <= 12 and not RE_CLAUSE_MARK.search(head) and len(rest.strip()) >= 4


# cases23: a statement of a fault in the words items of a problem list use beyond RE_SHORTFALL's: "…存在偏差", "…不明确",
# "…未按时安装…", "数据造假", "巡查形式化" (what was found wrong, not done)
RE_STATES_FAULT = re.compile(r"存在|不(?!断|仅|少|同|但|再|久|论|管|得不|只)[\u4e00-\u9fff]|未|无法|难以|造假|虚假|弄虚作假|形式化|表面化"
                             r"|推诿|失实|违法|违规|突出|严重")


def _states_fault(title: str) -> bool:
    return (bool(RE_SHORTFALL.search(title)) or bool(RE_STATES_FAULT.search(title))) and not _reads_as_action(title)


def _fault_items(p: Node) -> bool:
    """A heading stating a kind of shortcoming over two numbered items or more, each stating a fault of that kind
    and none a step taken, with nothing unnumbered under it: "一、监管机制存在缺陷 1.基层执法…不敢碰硬… 2.…巡查形式化…"."""
    kids = [c for c in p.children if c.marker is not None]
    t = heading_title(p)
    return (len(kids) >= 2 and not any(c.marker is None for c in p.children)
            and not any(k.marker is not None for c in kids for k in c.children)
            and len(t) <= 20 and not re.search(r"[，,:：；;]", t) and _states_fault(t)
            and all(_states_fault(heading_title(c)) for c in kids))


def _shortfall_categories(p: Node) -> bool:
    """cases23: the items sit under top sections that each state a kind of shortcoming (no section above names the
    problems: an explainer's or a case's "一、企业主体责任落实不力 1.… 2.…"), every such section over fault items only:
    the sections are categories, the items the problems (not a problem's measures)."""
    top = p.parent
    if top is None or top.marker is not None:
        return False
    cached = getattr(top, "_fault_sections", None)  # (the same answer for every section of the level: once a parent)
    if cached is not None and p.level in cached:
        return cached[p.level]
    sibs = [c for c in top.children if c.marker is not None and c.level == p.level]
    with_items = [c for c in sibs if any(k.marker is not None for k in c.children)]
    got = len(with_items) >= 2 and all(_fault_items(c) for c in with_items)
    top._fault_sections = {**(cached or {}), p.level: got}
    return got


# cases23: a heading that counts the items under it, "一、违法占用耕地…问题(28个)", "（二）虚假整改典型案例（共7起）": a
# category of that many problems or cases, its numbered items each one of them (not its measures)
RE_COUNT_NOTE = re.compile(r"[(（]\s*(?:共|计)?\s*\d{1,3}\s*(?:个|项|条|起|宗|处|例)\s*[)）]\s*[。:：]?$")


def _counted_category(p: Node | None) -> bool:
    if p is None or p.marker is None:
        return False
    t = heading_title(p)
    return bool(RE_COUNT_NOTE.search(t)) and not _status_group(t) and ("问题" in t or "案例" in t or _states_fault(t)) and any(
        c.marker is not None for c in p.children)


def _shortfall_category(p: Node) -> bool:
    g = p.parent
    if g is None or g.marker is None or "问题" not in g.text or _NOT_PROBLEM_SECTION.search(heading_title(g)):
        return _shortfall_categories(p)
    t = heading_title(p)
    return (len(t) <= 20 and not re.search(r"[，,:：；;]", t) and bool(RE_SHORTFALL.search(t)) and not _reads_as_action(t)
            and sum(1 for c in p.children if c.marker is not None) >= 2 and not any(c.marker is None for c in p.children))


RE_ASPECT_ONLY_HEAD = re.compile(r"^[^。，,:：;；]{2,30}方面(?:[(（][^()（）]{1,10}[)）])?[。.]?$")


def _restarted_run(node: Node) -> bool:
    """gen19: the item is in a run numbered again under the same heading ("存在的具体问题 1、…4、…针对以上诸多问题，…"
    then "1、…2、…"): a second list (what is asked or done about the first), not stated problems by its place."""
    if node.marker is None or node.parent is None:
        return False
    for c in node.parent.children:
        if c is node:
            return False
        if c.marker is not None and c.marker.level == node.marker.level and c.marker.number >= node.marker.number:
            return True
    return False


# self23: an attachment titled a list of the problems ("附件 周督导问题清单", "附件2 检查问题清单", "问题台账"): the numbered
# items right in it are problems by their place, as under "二、存在问题" (the notice before it issued the list)
RE_PROBLEM_LIST_TITLE = re.compile(r"^[\u4e00-\u9fff（）()]{0,20}?问题(?:清单|台账)$")


def in_problem_list_attachment(node: Node) -> bool:
    att = getattr(node, "attachment", None)
    return (bool(att) and node.parent is not None and node.parent.marker is None
            and RE_PROBLEM_LIST_TITLE.match(RE_LABEL_END.sub("", att.strip())) is not None)


def under_problems_and_rectification(node: Node) -> bool:
    """gen19: the item sits right under a heading naming the problems with their rectification ("二、主要问题及整改情况"):
    a problem by its place, as under "二、存在问题" — but told with what was done about it (its sentences after the
    first may be measures), so not one of under_stated_problems' findings before any rectification."""
    p = node.parent
    return (p is not None and p.marker is not None and "整改" in p.text
            and RE_PROBLEMS_AND_RECTIFICATION.match(RE_LABEL_END.sub("", heading_title(p))) is not None
            and not _restarted_run(node))


@per_parse
def states_problems(title: str) -> bool:
    """RE_STATED_PROBLEMS.match(title) (kept during a parse: asked for one heading by every item under it)."""
    return RE_STATED_PROBLEMS.match(title) is not None


def under_stated_problems(node: Node) -> bool:
    """The item sits right under a heading that names the problems found (二、存在问题, 一、检查中出现的问题), or its
    run of items is led by an unnumbered line that does ("存在的具体问题" as a line of its own; "经查，我校安全工作存在以下
    问题：" closing the paragraph before 1、). (Kept on the node once worked out: the evidence, the list's features and
    the problem built from it each ask, and what it reads — the tree above and beside the node, their markers and texts
    — is fixed once the tree is built.)"""
    known = node.__dict__.get("_under_stated")
    if known is None:
        known = node._under_stated = _under_stated_problems(node)
    return known


def _under_stated_problems(node: Node) -> bool:
    p = node.parent
    if p is None:
        return False
    if p.marker is not None and "问题" in p.text and (
            getattr(p, "aspect", None) is not None or states_problems(heading_title(p))) and not _restarted_run(node):
        return True
    if (p.marker is not None and p.parent is not None and p.parent.marker is not None and "问题" in p.parent.text
            and not any(c.marker is None for c in p.children) and states_problems(heading_title(p.parent))
            and (RE_GROUP_HEAD.match(heading_title(p)) or RE_CATEGORY_STATES_FAULT.search(heading_title(p)))):
        # "二、存在问题 （一）鹿城镇（14个） 1.…": the problems found, grouped by the place (or body) they were found in;
        # "一、巡察发现的问题 （一）学习贯彻…不到位，履行…能力有待提升 1.…不到位。…有待加强。…": grouped by a category that
        # itself states what is wrong — an inspection's findings before any rectification, each item a heading sentence
        # and the sentences after it its details (more of what was found), not what was done
        return True
    lead = _run_lead(node)
    if lead and stated_problems_lead(lead):
        return True
    if p.marker is not None and node.marker is not None and _under_place_headings(node, lead):
        return True
    return node.marker is not None and _grouped_under_stated_lead(node)


# ns18b: a check notice's list under the places checked: "存在问题如下： 一、体育馆 1.… 2.…", "突出问题如下： 一、某社区
# （三）背街小巷 1.…(责任单位:…)" — the items under numbered headings that each name a place or site alone (a bare name, no
# clause: RE_GROUP_HEAD), the first of them right after a lead naming what follows as the problems found, are those
# problems. A site the notice judges in order on a line before its items ("该点位文明创建工作整体良好。") lists what was
# found in order there: those items are no faults.
RE_SITE_IN_ORDER = re.compile(r"整体(?:良好|较好)|总体(?:良好|较好)|基本(?:良好|较好)|情况(?:良好|较好)|工作(?:良好|较好)"
                              r"|未发现(?:明显|突出)?问题|无(?:明显)?问题")  # (perf22: literal-led alternatives)


def _under_place_headings(node: Node, own_lead: str) -> bool:
    if own_lead and RE_SITE_IN_ORDER.search(own_lead):
        return False
    # (the rest reads the headings above the node alone, the same for every item under one heading: kept on that heading,
    # as the tree is fixed by now — see under_stated_problems)
    p = node.parent
    known = p.__dict__.get("_place_headings") if p is not None else None
    if known is None and p is not None:
        known = p._place_headings = _placed_under_headings(p)
    return bool(known)


def _placed_under_headings(a: Node | None) -> bool:
    for _ in range(3):  # (a place, a site in it: two levels at most, a third for a district over them)
        if a is None or a.marker is None or a.marker.number == 0 or not RE_GROUP_HEAD.match(heading_title(a)):
            return False
        if bare_report_section(a):
            # gen18: "存在问题如下： 一、体育馆 1.… 二、工作建议 1.进一步…": a report's section label ("工作建议", "下一步
            # 工作打算", "整改要求") names no place checked; its items are no faults found there
            return False
        if RE_SITE_IN_ORDER.search(_run_lead(a)):
            return False
        lead = _run_lead(a)
        if lead:
            return stated_problems_lead(lead)
        a = a.parent
    return False


# a category heading that states a shortcoming ("…不到位", "…有待提升", "…力度不足"): a category of the problems found
RE_CATEGORY_STATES_FAULT = re.compile(r"不到位|不够|不足|不强|不力|不实|不严|不高|不规范|有待|亟待|仍需|差距|短板|薄弱|欠缺|缺失|缺乏|滞后|弱化|漏洞|风险|隐患")


# a group of the problems found named by a place or body alone, often with its count: "（一）鹿城镇（14个）", "（二）市场监管局"
RE_GROUP_HEAD = re.compile(r"^[^，,。；;:：、]{2,16}?(?:[(（]\d{1,3}\s*[个项条处][)）])?$")


def index_of(nodes: list[Node], node: Node) -> int | None:
    """Where ``node`` itself (not an equal node) stands in ``nodes``; None when it is not there. (The nodes' ids are
    looked up in C: a generator testing each sibling by identity cost a frame step a sibling, for every item asked.)"""
    try:
        return list(map(id, nodes)).index(id(node))
    except ValueError:
        return None


def _run_lead(node: Node) -> str:
    """The unnumbered paragraph right before the first item of the node's run of numbered siblings ("" when none)."""
    lead = getattr(node, "_run_lead", None)
    if lead is not None:
        return lead
    sibs = node.parent.children
    k = index_of(sibs, node)
    lead = ""
    if (k is not None and k > 0 and node.marker is not None and node.marker.number != 1 and sibs[k - 1].marker is not None
            and sibs[k - 1].level == node.level and sibs[k - 1].__dict__.get("_run_lead") is not None):
        # (the walk below goes back through the sibling before, of the same level, whose walk was the same from there on:
        # its lead, already found, is this one's — a run's leads found in one pass, not one walk back an item)
        lead = sibs[k - 1]._run_lead
        node._run_lead = lead
        return lead
    if k is not None and node.marker is not None:
        j = k
        while j > 0 and sibs[j].marker is not None and sibs[j].marker.number != 1 and sibs[j - 1].marker is not None \
                and sibs[j - 1].level == node.level:
            j -= 1
        if sibs[j].marker is not None and sibs[j].marker.number == 1 and j > 0 and sibs[j - 1].marker is None:
            lead = sibs[j - 1].text
            # a line that the items' own labels repeat ("基层减负工作存在的问题" over "基层减负工作存在的问题之一：…") is the
            # labels' stem (the document's title), not a lead or a category of its own
            first = sibs[j].para.text.strip() if sibs[j].para else ""
            if len(lead.strip()) >= 4 and first.startswith(lead.strip()):
                lead = ""
    node._run_lead = lead
    return lead


# us18: a safety check names its findings 隐患 as others name them 问题: a clause closing on the hazards found, "学校检查到
# 一些有待上级领导关心支持的学校安全工作隐患：", "检查发现存在以下安全隐患：" (a finding verb, then at most a short
# description of them) — not what was done about them ("已整改排查出的隐患", "针对发现的隐患") nor a call to find them
# (what RE_FOUND_HAZARDS_LEAD refuses: a clause about hazards dealt with or to be looked for, "我校及时整改了排查出的隐患",
# "针对检查发现的安全隐患" — not to be read as a lead by the general 问题/隐患 rule below either)
RE_HAZARDS_DEALT_WITH = re.compile(r"^(?:[^，,。]*(?:整改|消除|排除|治理|处置|销号|及时|立即|加强|要求|继续)|针对|对于?|关于|根据|按照|就)")
RE_FOUND_HAZARDS_LEAD = re.compile(r"^(?![^，,。]*(?:整改|消除|排除|治理|处置|销号|及时|立即|加强|要求|继续))(?!针对|对于?|关于|根据|按照|就)"
                                   r"[^，,。；;:：“”]{0,16}?(?:存在|检查到|查到|发现|查出|排查出)(?:了|的)?[^，,。；;:：“”]{0,24}?隐患$")


@per_parse  # (a function of the text alone, asked again for the same lead by each item of its run: kept during a parse)
def stated_problems_lead(text: str) -> bool:
    """A line, or the last clause of a paragraph, that names what follows as the problems found: "存在的具体问题",
    "经查，我校安全工作存在以下问题：" (not "针对检查发现的问题，现将整改情况报告如下：")."""
    t = text.strip()
    if "隐患" in t[-8:]:
        clause = re.split(r"[，,。；;]", t.rstrip(" 　:：。"))[-1].strip()
        if RE_FOUND_HAZARDS_LEAD.match(clause):
            return True
        if RE_HAZARDS_DEALT_WITH.match(clause):
            return False  # (hazards already dealt with, or a duty to look for them: no findings follow)
    if "问题" not in t[-24:] and "隐患" not in t[-24:]:
        return False
    parts = re.split(r"[，,。；;]", t.rstrip(" 　:：。"))
    last = parts[-1]
    if len(parts) > 1 and RE_AS_FOLLOWS.match(last.strip()):
        # "检查发现各市场不同程度存在一些问题，具体如下：": the clause before "具体如下" names them
        last = parts[-2]
    # (gen19: a lead line "主要问题及整改情况：" over the items names them as the problems found too)
    return bool(RE_STATED_PROBLEMS.match(_clean_title(last)) or RE_PROBLEMS_NOTIFIED.match(last.strip())
                or RE_PROBLEMS_SHOW.match(last.strip()) or RE_PROBLEMS_AND_RECTIFICATION.match(last.strip()))


RE_AS_FOLLOWS = re.compile(r"^(?:具体|现)?(?:情况)?(?:通报)?如下$")


# a line naming the place or body the items after it were found in: "花园市场：", "二号楼：" (short, a colon, no clause)
RE_PLACE_GROUP_LINE = re.compile(r"^[^，,。；;:：、()（）\d]{2,12}[:：]$")
# (or the site's name with the bodies charged with it in brackets: "胖东来时代广场(责任单位:魏都区,市消防支队)" over its
# faults 1.–6. — blind28 xuchang; the items take the site as category and its units, as blind23 jingzhou's closing unit;
# normalize.RE_CHARGED_SITE_LINE)
# an attachment's title naming what follows as what an inspection found: "…第十二综合督查组莅许督查发现的问题和隐患",
# "省安委会检查发现的问题清单" (a title line, no clause; not "针对督查发现的问题", "…发现问题整改情况")
# (syn22: the finding said with any verb of its class, "督查发现的问题" / "督查指出的问题" / "督查反馈的问题" / "检查查出的问题")
RE_FINDINGS_TITLE = re.compile(r"^(?!针对|对照|对于|关于|就)[^，,。；;:：()（）“”]{2,40}?(?:督查|检查|巡查|督导|暗访|排查|抽查|督察)"
                               r"(?:组)?(?:中)?(?:发现|指出|反馈|查出)的(?:主要)?(?:问题(?:(?:和|与|及)(?:安全)?隐患)?|(?:安全)?隐患)(?:清单)?$")


def place_group_line(node: Node) -> str:
    """The line naming the place the node's run of items was found in ("花园市场：" right before its 1、, or fallen under
    the previous run's last item), when the runs chain back to a lead naming the problems found; "" otherwise."""
    if node.parent is None or node.marker is None or not _grouped_under_stated_lead(node):
        return ""
    sibs = node.parent.children
    j = index_of(sibs, node)
    j = 0 if j is None else j
    while j > 0 and sibs[j].marker is not None and sibs[j].marker.number != 1 and sibs[j - 1].marker is not None:
        j -= 1
    prev = sibs[j - 1]
    line = (prev.text if prev.marker is None else prev.children[-1].text).strip()
    site = RE_CHARGED_SITE_LINE.match(line)
    return site.group(1).strip() if site else line.rstrip(":：")


def charged_site(node: Node) -> tuple[str, str] | None:
    """(site, units as printed) when the node's run of items is led by a site line naming the bodies charged with it
    ("胖东来时代广场(责任单位:魏都区,市消防支队)") under a lead or title naming the findings; None otherwise."""
    if node.parent is None or node.marker is None:
        return None
    sibs = node.parent.children
    j = index_of(sibs, node)
    if j is None:
        return None
    while j > 0 and sibs[j].marker is not None and sibs[j].marker.number != 1 and sibs[j - 1].marker is not None:
        j -= 1
    if j == 0 or sibs[j].marker is None or sibs[j].marker.number != 1:
        return None
    prev = sibs[j - 1]
    line = (prev.text if prev.marker is None else (prev.children[-1].text if prev.children else "")).strip()
    site = RE_CHARGED_SITE_LINE.match(line)
    if site is None or not _grouped_under_stated_lead(node):
        return None
    return site.group(1).strip(), site.group(2).strip()


def _grouped_under_stated_lead(node: Node) -> bool:
    """"…存在一些问题，具体如下： 花园市场： 1、… 2、… 沿江市场： 1、…": runs of items each led by a line naming the place
    they were found in, the first such line following a lead that names what follows as the problems found."""
    sibs = node.parent.children
    k = index_of(sibs, node)
    for _ in range(12):
        if k is None:
            return False
        j = k
        while j > 0 and sibs[j].marker is not None and sibs[j].marker.number != 1 and sibs[j - 1].marker is not None:
            j -= 1
        if j == 0 or sibs[j].marker is None or sibs[j].marker.number != 1:
            return False
        prev = sibs[j - 1]
        if prev.marker is None:
            group, k = prev.text.strip(), j - 1
        else:  # the group line fell under the previous run's last item
            if not prev.children or prev.children[-1].marker is not None:
                return False
            group, k = prev.children[-1].text.strip(), j - 1
        site = RE_CHARGED_SITE_LINE.match(group)
        if not site and not RE_PLACE_GROUP_LINE.match(group):
            return False
        if prev.marker is None:  # the first group: its lead is the line before it
            if k == 0 or sibs[k - 1].marker is not None:
                return False
            lead = sibs[k - 1].text.strip()
            return stated_problems_lead(lead) or bool(site and RE_FINDINGS_TITLE.match(lead.rstrip(":：")))
    return False


# a lead naming how the problems found show, the items after it being those problems: "主要问题表现有：", "存在的主要问题
#有：", "问题主要表现在：" (not "整改成效主要表现在：")
RE_PROBLEMS_SHOW = re.compile(r"^(?:存在的|发现的|测评发现的)?(?:主要|突出)?问题(?:主要)?(?:表现(?:为|在|有)|有)(?:以下几个方面|如下)?$"
                              # ns18b: "…共发现问题22个，…，突出问题如下：" (the notable ones of those found, listed)
                              r"|^(?:主要|突出)问题如下$")


# a check notice hands the problems it found down one by one: "现将督办问题逐村通报如下：", "现重点将督办的问题乡村通报如下：",
# "现将发现的问题通报如下" — the items after it are the problems (not "现将问题整改情况通报如下", "现将有关情况通报如下")
RE_PROBLEMS_NOTIFIED = re.compile(r"^现(?:重点)?将(?:(?!整改|情况)[^，,。；;:：]){0,10}问题(?:(?!整改|情况)[^，,。；;:：]){0,6}(?:通报|曝光|交办)如下$")


_NOT_PROBLEM_SECTION = re.compile(
    r"组织|领导|推进落实情况|工作推进|工作开展|开展情况|总体|基本情况|主要做法|下一步|打算|政治站位|思想认识|"
    r"指导思想|基本原则|工作目标|保障措施|成果运用|经验|体会|工作要求|主要任务|"
    # an audit-result notice: "二、关于审计建议的采纳情况" (recommendations), "一、关于审计发现问题的整改情况" (the
    # section over the findings, whose items — if numbered — are the problems)
    r"审计建议|建议的?采纳|采纳情况|^关于(?:审计|巡察|巡视|督察)?(?:发现|查出|反馈|指出)的?问题的?整改"
)


# a heading that says what was done ("坚持问题导向，推动问题逐项整改", "强化成果运用，建立长效机制"): it opens with a verb of
# the work and states no shortcoming
RE_ACTION_OPENING = re.compile(
    r"^(?:深入|切实|持续|全面|坚决|认真|扎实|进一步|着力|始终|不断|强化|加强|提高|提升|压实|健全|完善|建立|成立|召开|坚持|扛起|扛牢|"
    r"推动|推进|落实|抓好|抓实|高度重视|突出|聚焦|统筹|细化|明确|严格|加大|做好|巩固|深化|注重|创新|织密|筑牢"
    r"|紧盯|盯紧|盯住|瞄准|围绕|立足|紧扣|锚定|靶向|用好|用活)")
# (also a work said to need strengthening: "…政治引领作用有待强化", a 巡察 feedback's area heading — blind28 school)
# a check, then what it found, in one sentence (see _evidence_of)
RE_CHECK_FOUND = re.compile(r"(?:检查|巡查|暗访|督查)[^。]{0,40}?[,，]\s*发现([^。]{2,60})")
RE_SHORTFALL = re.compile(
    r"不够|不到位|不严|不足|不强|不高|不深|不实|不力|不细|不规范|不及时|不健全|不完善|不全面|不明显|不彻底|不准确|不精准|不合理|不牢"
    # (st21: also "没能" as "未能", and a rate or degree said to be low, "参与率低", "知晓度较低" — not "低于", a comparison)
    # (perf22: every alternative opens with a literal — "率…|度…", not "(?:率|度)…" — so the engine scans for their first
    # characters; an alternative led by a group made it try the whole pattern at every offset)
    r"|不均衡|不平衡|未能?|没能|没有|率(?:较|过)?低(?!于)|度(?:较|过)?低(?!于)|缺乏|缺失|缺位|欠缺|滞后|偏低|偏高|薄弱|繁琐|烦琐|缓慢|迟缓|不迅速|不主动|不充分|偏松|偏软|进展(?:较|偏)?慢|进度(?:较|偏)?慢|速度(?:较|偏)?慢|差距|短板|弱化|淡化|虚化|流于|宽松软|隐患|漏洞|违规|违反|超标|闲置|挤占|挪用|套取|拖欠|有待(?:进一步)?(?:加强|强化|提高|提升|改进|完善|增强|规范|健全|落实|深化|优化|改善|探索|建立)")


# chk21: what a check finds wrong at a place, in the concrete words of a site visit ("有明显垃圾", "无景观小品", "车辆乱停乱放",
# "疏散指示灯破损", "灭火器钢瓶过期", "占用疏散通道") beside RE_SHORTFALL's words of a work's shortfall. The readers of checks
# in readings.py each kept a part of these (RE_SAYS_AMISS, RE_FAULT_CLAUSE, RE_SEGMENT_FAULT, RE_FOUND_FAULT): this is their
# union, for new rules to share (states_amiss).
# (perf23: every alternative opens with a literal — "率…低|度…低" for "(?:率|度)…低", "无(?!…)|未(?!…)" for "[无未](?!…)" —
# so that the engine scans for their first characters in C rather than trying the pattern at every offset: the same matches)
RE_SITE_FAULT = re.compile(
    r"乱[拉设扔倒堆停放搭建排摆丢贴晾晒牵挂涂写刻画张占]|脏|污[水渍垢染]|破损|损坏|脱落|堆放|堆积|杂物|垃圾|积水|坑洼|裸露|占道|遮挡|堵塞"
    r"|占用|过期|故障|失效|老化|锈蚀|松动|渗漏|断裂|私拉|私搭|飞线|直排|偷排|焚烧|冒烟|脱岗|离岗|无人|缺少|无法|较差|没能|率(?:较|偏|很)?低|度(?:较|偏|很)?低|无(?!论|偿|锡|疑|比|来|发现)|未(?!论|偿|锡|疑|比|来|发现)"
    # (ducha25: and what a 创城/创卫 check sees untidy or dead — "车辆停放不整齐", "招牌参差不齐", "宣传氛围不浓", "绿化带植物
    # 枯死", "苗木枯萎")
    r"|枯死|枯萎|不(?:能|符合|达标|合格|规范|清洁|整洁|整齐|齐|浓|及时|到位|完好|完整|齐全|正常|亮|通|净)")


def states_amiss(text: str) -> bool:
    """The text says something is wrong: a shortfall of a work (RE_SHORTFALL) or a fault found on site (RE_SITE_FAULT)."""
    return bool(RE_SHORTFALL.search(text) or RE_SITE_FAULT.search(text))


RE_GENERIC_PROBLEM_LABEL = re.compile(r"^(?:(?:巡[视察]|督察|督查|督导|检查)(?:组)?(?:反馈)?|审计|反馈|具体|存在的?)?(?:发现|指出|查出|交办|反映)?的?(?:具体|主要)?问题的?整改(?:落实|进展)?情况$")


# a report's own section of its shortcomings, named by a bare label ("三、存在的不足", "存在的问题和不足"): among the
# sections of a report (总体情况 / 主要做法 / 下一步工作打算) it is one more label, not a problem
RE_SHORTFALL_LABEL = re.compile(r"^(?:(?:工作中)?存在的?(?:主要)?(?:问题|不足)(?:[和及与、](?:问题|不足))?|(?:问题[和及与])?不足之处|困难和问题|问题[和及与]不足)[。.]?$")


# zs18: a section grouping the problems by where they stand — "一、已整改完成的问题", "二、正在整改的问题",
# "三、需长期坚持整改的问题（3个）" — is a status, not a problem: its problems are the numbered items under it (a lead
# cut before them lists none; snippets26 huaian_tcm_hospital_xuncha_18_done). Short, a status, ending in 问题/事项/任务,
# and stating no shortcoming (not "部分整改任务推进滞后问题", a problem).
RE_STATUS_GROUP_HEADING = re.compile(r"^[^，,。；;:：]{1,12}?(?:的)?(?:问题|事项|任务)(?:清单)?(?:[(（]\d+\s*[个项条][)）])?[。.]?$")


def _status_group(title: str) -> bool:
    from .titles import status_of

    return bool(RE_STATUS_GROUP_HEADING.match(title)) and status_of(title) is not None and not RE_SHORTFALL.search(title)


def _empty_status_group(n: Node) -> bool:
    """A status section with no problems of its own under it: no numbered item, no 一是/二是 in its body (a section
    whose problems are "一是…；二是…" reads them, test_gens_families)."""
    return _status_group(heading_title(n)) and not any(c.marker is not None or find_xs_items(c.text) for c in n.children)


def _section_label(title: str) -> bool:
    """"整改落实情况", "问题整改情况", "下一步工作安排": a section's label, not a statement of what was wrong."""
    if len(title) > 16 or not re.search(r"(?:情况|打算|安排|计划|成效|做法)$", title) or RE_SHORTFALL.search(title):
        return False
    # "…预算执行问题的整改情况" names a kind of problem (an audit report's category, or a problem): not a bare label
    return "问题" not in title or bool(RE_GENERIC_PROBLEM_LABEL.match(title))


# bw25: an audit notice's section of the auditors' recommendations and their uptake — "二、关于审计建议的采纳情况",
# "三、审计建议落实情况", "（二）对审计建议的采纳情况", "采纳审计建议情况" — over items that quote each recommendation
# ("（一）审计建议：“加强财务收支管理…”。" then "公司采纳审计建议，一是…"): advice to the body, not problems found (R68), however
# each is answered. Not a section naming the problems with them ("关于审计发现问题和审计建议的整改情况"): it holds findings.
RE_RECOMMENDATIONS_SECTION = re.compile(r"(?:审计|巡察|巡视|督察|检查)?建议(?:的)?(?:采纳|落实|采用|吸收|办理)(?:和|及|与)?(?:落实|整改)?(?:情况)?[。:：]?$"
                                        r"|采纳(?:审计|巡察|巡视|督察)?建议(?:的)?(?:情况)?[。:：]?$")
# the item's own label quoting one recommendation: "审计建议：“…”", "建议：“…”", "审计组建议：…"
RE_RECOMMENDATION_ITEM = re.compile(r"^(?:审计|巡察|巡视|督察|检查)?(?:组|机关|局)?建议\s*[:：]")


# a report's section of background facts: "基本情况", "总体情况", "项目概况" (see readings.RE_FACTS_SECTION)
RE_FACTS_SECTION_LABEL = re.compile(r"^(?:(?:问题|任务|项目|工程|单位)?(?:基本|总体|整体)?(?:情况|概况)|基本信息)$")


def _recommendations_run(run: list[Node]) -> bool:
    """Items under a section of the auditors' recommendations, or every item labelled as one."""
    p = run[0].parent
    if p is not None and p.marker is not None:
        t = heading_title(p)
        if "问题" not in t and RE_RECOMMENDATIONS_SECTION.search(t):
            return True
    return all(RE_RECOMMENDATION_ITEM.match(heading_title(n)) for n in run)


def _next_or_done(title: str) -> bool:
    """A heading over what will be or was done (下一步工作打算, 健全长效机制…), not over a category of problems."""
    return bool(re.search(r"下一步|打算|长效机制|成果运用|保障措施|工作要求|整改要求|主要做法", title)) or (
        _reads_as_action(title) and not title.startswith("关于"))


def _reads_as_action(title: str) -> bool:
    return bool(RE_ACTION_OPENING.match(title)) and not RE_SHORTFALL.search(title)


# ws18: a report's section that faces up to its own shortcomings, alone or with what it will do next ("三、正视差距不足，
# 持续推进整改工作", "四、正视工作差距"): a section of the report like 下一步工作打算, not a problem the inspection found —
# its shortfall words are the report's word for what is left, so the heading is read as work done or to be done. (Not a
# problem stated with a verb of finding: "查找问题不深入，…" has its shortfall right after the noun.)
RE_FACING_SHORTFALLS = re.compile(
    r"^(?:正视|直面|认清|找准|查找|清醒认识|清醒看到)(?:工作|整改|存在的|工作中的|整改中的)?"
    r"(?:问题|差距|不足|短板)(?:[和与及、]?(?:差距|不足|短板|问题))?(?:$|[，,；;])")


def _faces_shortfalls(title: str) -> bool:
    m = RE_FACING_SHORTFALLS.match(title)
    if m is None:
        return False
    rest = title[m.end():].strip()
    return not rest or bool(RE_ACTION_OPENING.match(rest)) and not RE_SHORTFALL.search(rest)


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


RE_MEASURES_HEADING = re.compile(r"^(?:主要|具体|采取的)?(?:整改)?措施(?:如下)?$")


def _without_measures_runs(chosen: list[Node]) -> list[Node]:
    """A run under a heading of the measures ("二、整改措施") lists what is done about the problems that a run under a
    heading or lead naming them ("一、自查情况 经查…存在以下问题：") states: measures, not more problems."""
    runs = _runs(chosen)

    def named(n: Node) -> bool:  # (gen19: or under "三、主要问题及整改情况", the problems named with their rectification)
        return under_stated_problems(n) or under_problems_and_rectification(n)

    if len(runs) > 1 and any(named(r[0]) for r in runs) and any(_under_measures_heading(r[0]) for r in runs):
        return [n for r in runs if not _under_measures_heading(r[0]) for n in r]
    if len(runs) > 1 and any(named(r[0]) for r in runs):
        # "二、突出重点 1.对全县各乡镇水库…进行了一次全面大检查 2.对水库枢纽三大件…是否完好" beside "三、存在的问题 1.…":
        # a run telling what was checked, outside the section naming the problems found, lists no problems
        stated = {id(_top_ancestor(r[0])) for r in runs if named(r[0])}
        kept = [r for r in runs if named(r[0]) or id(_top_ancestor(r[0])) in stated
                or not all(RE_CHECK_DONE.search(heading_title(n)) for n in r)]
        if len(kept) < len(runs):
            return [n for r in kept for n in r]
    return chosen


# an item telling what was checked: "对全县各乡镇水库的…进行了一次全面大检查", "对水库枢纽三大件是否完好…"
RE_CHECK_DONE = re.compile(r"^(?:重点)?对[^。]{2,80}?(?:进行了?|开展了?|是否)|^(?:检查|查看|核查)[^。]{2,40}?是否")


def _under_measures_heading(node: Node) -> bool:
    a = node.parent
    while a is not None and a.marker is not None:
        if RE_MEASURES_HEADING.match(heading_title(a)):
            return True
        a = a.parent
    return False


# gen18: a report's bare section label — "一、基本情况", "二、工作亮点", "三、存在问题", "四、整改意见", "下一步工作打算" —
# names a part of the report, never one problem: a heading whose whole title is one gives its level no evidence, so
# that a textbook report's four labelled sections (prose under the first two, numbered problems under 存在问题,
# numbered demands under 整改意见) do not outweigh the problems listed one level down. (A title stating anything
# more — "二、组织建设薄弱", "（一）住宅专项维修资金：部分…没有落实…" — is no bare label.)
RE_BARE_REPORT_SECTION = re.compile(
    r"^(?:(?:检查|督导|督查|巡查|暗访|调研|自查|工作|整改工作|整改|检查工作|督导工作)?(?:基本|总体|整体|开展|推进|进展)?情况"
    r"|(?:工作|主要)?(?:亮点|特色|成效|成绩|做法|经验)(?:[和及与、](?:亮点|特色|成效|成绩|做法|经验|体会|不足))?"
    # (gen18b: also "反馈问题", "问题清单", "巡察发现的主要问题": the same label said another way of the genre)
    r"|(?:存在|发现|(?:检查|督导|督查|巡察|巡视|督察|审计)?(?:发现|反馈))?的?(?:主要|突出)?(?:问题|不足)(?:清单)?"
    r"(?:[和及与、](?:不足|困难|建议|意见))?"
    r"|(?:整改|督导|工作|检查|督查)?(?:意见|建议|要求)(?:[和及与、](?:意见|建议|要求))?"
    # (gen19: "下步工作要求", "下步打算": 下一步 said short)
    r"|(?:下一步|下阶段|下步)(?:工作)?(?:打算|计划|安排|措施|重点|建议|要求|思路)?|(?:下一步|下阶段|下步|今后)(?:的)?工作(?:打算|计划|安排|思路)?)$")
RE_LABEL_END = re.compile(r"[\s。.:：]+$")
# hs19: the fixed sections of an audit result notice (审计结果公告) that no other label names: "审计评价意见", "审计评价",
# "审计处理及整改情况", "审计处理情况和建议", "审计处理处罚情况", and the findings' section said with 查出, "审计查出的主要
# 问题" ("审计发现的主要问题" is a bare label above; a section stating a finding, "二、专项资金未单独核算", is no label;
# syn22: the finding's verb any of its class, 发现 / 查出 / 指出 / 反馈)
# (audit24: also the findings' section named with their handling, "审计发现的主要问题和处理意见", "…问题及整改情况", and the
# rectification's own, "审计整改情况")
# (notice25: and the handling of the problems found said with them, "存在问题的处理及整改情况", "审计发现问题的处理情况",
# "问题处理及整改情况")
RE_AUDIT_NOTICE_SECTION = re.compile(r"^(?:审计|存在)?(?:发现|查出)?的?问题的?(?:处理|处罚|处理处罚)(?:(?:[和及与、]|以及)(?:整改|纠正))?(?:落实)?情况$"
                                     r"|^(?:审计)?(?:评价意见|评价|结论)$|^(?:工程|项目)(?:基本)?(?:概况|情况)$|^审计(?:发现|查出|指出|反馈)的?(?:主要)?问题(?:(?:[和及与、]|以及)(?:处理|整改|纠正)(?:意见|情况|决定)?)*$|^审计(?:发现问题的?)?整改(?:落实)?情况$|^审计(?:处理|处罚|处理处罚)(?:意见|决定)?(?:[和及与、](?:整改|建议|纠正)(?:意见)?)?(?:情况)?(?:[和及与、]建议)?$")


def bare_report_section(node: Node) -> bool:
    """The heading's title is nothing but a report's section label (基本情况, 工作亮点, 存在问题, 整改意见, 下一步打算)."""
    t = heading_title(node)
    if t[-1:].isspace() or t[-1:] in ("。", ".", ":", "："):  # (the pattern ends a title only where its last character is one)
        t = RE_LABEL_END.sub("", t)
    # (gen19: "主要问题及整改情况", "巡察发现的主要问题及整改情况" too, the problems' label with their rectification)
    return (len(t) <= 10 and bool(RE_BARE_REPORT_SECTION.match(t))) or (
        "整改" in t and len(t) <= 18 and RE_PROBLEMS_AND_RECTIFICATION.match(t) is not None)


# (of those labels, the ones over what went well or what is asked next — "工作亮点", "主要做法", "整改意见", "工作建议",
# "整改要求", "下一步工作打算" — hold no problems: items right under one are praise or demands)
RE_PRAISE_OR_DEMAND_LABEL = re.compile(r"亮点|特色|成效|成绩|做法|经验|意见|建议|要求|下一步|下阶段|下步|今后|打算|计划|安排|思路")


def praise_or_demand_section(p: Node | None) -> bool:
    return (p is not None and p.marker is not None and bare_report_section(p)
            and bool(RE_PRAISE_OR_DEMAND_LABEL.search(heading_title(p))))


# task25: a notice's own administrative sections — when to object and whom to call — are never problems: "二、公示时间",
# "三、受理部门及联系电话、地址", "四、监督电话", "公示期限", "联系方式", "意见反馈渠道" (a short heading, the label alone)
RE_NOTICE_ADMIN_SECTION = re.compile(
    r"^(?:公示(?:时间|期限|期|日期|方式|时限)|受理(?:部门|单位|机构|方式|时间)|联系(?:电话|方式|人|地址|部门)|监督(?:电话|方式|渠道|举报)"
    r"|举报(?:电话|方式|渠道)|(?:意见)?反馈(?:方式|渠道|途径)|异议(?:受理|反馈))[^。；;:：，,]{0,14}$")


def notice_admin_section(node: Node) -> bool:
    """The heading is one of a notice's own administrative sections (RE_NOTICE_ADMIN_SECTION)."""
    return RE_NOTICE_ADMIN_SECTION.match(heading_title(node).strip()) is not None


def choose_problem_nodes(root: Node) -> tuple[int | None, list[Node]]:
    headings = [n for n in root.walk() if n.marker is not None and not notice_admin_section(n)]
    if not headings:
        return None, []
    ev = {id(n): _evidence(n) for n in headings}
    scores: dict[int, float] = {}
    for n in headings:
        if bare_report_section(n):
            continue  # a section's label is no problem (gen18: above)
        strong, weak = ev[id(n)]
        scores[n.level] = scores.get(n.level, 0) + (3 if strong else 0) + (1 if weak and not strong else 0)
    # the level with the most evidence; when none of its runs is a problem list (a bulletin's 一、 sections are labels:
    # 整改工作组织情况 / 整改落实情况 / 下一步工作打算), the next one
    for level in sorted((lv for lv in scores if scores[lv] > 0), key=lambda lv: (-scores[lv], -lv)):
        chosen = _problem_runs(level, headings, ev)
        chosen = _without_measures_runs(chosen) if chosen else chosen
        if chosen:
            level, chosen = _promote_sub_items(level, chosen)
            return level, _with_places_section(_with_siblings_of_aspects(chosen, headings, ev))
    return None, []


# xs18: a check notice's problems section, then a section telling each place checked with what was found there:
# "二、存在的问题 1.…4." then "三、各村情况 (一)詹桥村:少数农户房前屋后杂草及垃圾未及时清理。 (二)…" — the second list is
# more of the findings (each place's own), read after the first, under its own heading. Every item is a bare place name,
# a colon and a statement of a fault; a section of praise or demands, or one whose items state nothing wrong
# ("(一)詹桥村:村容整洁"), is not read; nor one under anything but a section named for the problems found.
RE_PLACE_FINDING_ITEM = re.compile(r"^[^，,。；;:：、()（）\d\s]{2,12}[:：]\s*\S")
RE_PLACE_FINDING_FAULT = re.compile(r"未|不(?:到位|及时|规范|整洁|彻底)|没有|缺|乱|存在|破损|损坏|黑臭|脏")


def _with_places_section(chosen: list[Node]) -> list[Node]:
    if not chosen:
        return chosen
    p = chosen[-1].parent
    if p is None or p.marker is None or p.parent is None or not _names_problems(p):
        return chosen
    sibs = [c for c in p.parent.children if c.marker is not None and c.level == p.level]
    k = next((i for i, c in enumerate(sibs) if c is p), None)
    if k is None or k + 1 >= len(sibs):
        return chosen
    q = sibs[k + 1]
    if praise_or_demand_section(q) or _next_or_done(heading_title(q)) or len(heading_title(q)) > 10:
        return chosen
    items = [c for c in q.children if c.marker is not None]
    if (len(items) < 2 or any(c.children for c in items) or any(c.marker is None and c.text.strip() for c in q.children)
            or not all(RE_PLACE_FINDING_ITEM.match(c.text) and RE_PLACE_FINDING_FAULT.search(c.text) for c in items)):
        return chosen
    for c in items:  # (each place's finding is read as the problems section's own items are: their evidence is its)
        c._ev = _evidence(chosen[-1])
    return chosen + items


# a heading naming an aspect only ("（2）住房安全方面。", "2.在作风建设方面"): a category of the problems under it
RE_ASPECT_ONLY = re.compile(r"^[^。，,:：;；]{2,30}方面[。.]?$")


def _with_siblings_of_aspects(chosen: list[Node], headings: list[Node], ev: dict) -> list[Node]:
    """"1.专项整改问题 > (1)problem; (2)住房安全方面 > ①problem": the problems sit one level deeper under an aspect
    heading than beside it. The aspect's siblings that are problems themselves (evidence of their own, no numbered
    items under them, not aspects) join the list, in document order."""
    ids = {id(n) for n in chosen}
    extra: list[Node] = []
    for n in chosen:
        p = n.parent
        if p is None or p.marker is None or p.parent is None or not RE_ASPECT_ONLY.match(heading_title(p)):
            continue
        for s in p.parent.children:
            if (s is p or s.marker is None or s.level != p.level or id(s) in ids or RE_ASPECT_ONLY.match(heading_title(s))
                    or any(c.marker is not None for c in s.children) or not ev.get(id(s), (False, False))[0]):
                continue
            ids.add(id(s))
            extra.append(s)
    if not extra:
        return chosen
    order = {id(n): k for k, n in enumerate(headings)}
    return sorted(chosen + extra, key=lambda n: order[id(n)])


def _problem_runs(level: int, headings: list[Node], ev: dict) -> list[Node]:
    any_strong = any(ev[id(n)][0] for n in headings if n.level == level)
    runs: list[list[Node]] = []
    pending: list[list[Node]] = []
    for run in _runs([n for n in headings if n.level == level]):
        strong = sum(1 for n in run if ev[id(n)][0])
        weak = sum(1 for n in run if ev[id(n)][1] or ev[id(n)][0])
        if any_strong:
            # a few wrapped items ("关于“…”的问题") among plain statements of what was wrong, each with what was done
            # under it, make the whole run a problem list too
            ok = strong >= 1 and (strong >= 0.3 * len(run) or (
                weak >= 0.5 * len(run) and sum(1 for n in run if RE_SHORTFALL.search(heading_title(n))) >= 0.5 * len(run)))
        else:
            top = _top_ancestor(run[0])
            # (a section heading that states a shortcoming — "…工作要求还有差距方面" — is a category of problems)
            ok = weak >= 0.5 * len(run) and not (
                top is not None and _NOT_PROBLEM_SECTION.search(heading_title(top)) and "问题" not in heading_title(top)
                and not RE_SHORTFALL.search(heading_title(top))
            )
            if praise_or_demand_section(run[0].parent):
                ok = False  # gen18: "四、整改意见 1、进一步加强管理…": the demands of a report's labelled section
            if level == LEVEL_CN and all(_NOT_PROBLEM_SECTION.search(heading_title(n)) or _reads_as_action(heading_title(n))
                                         or _section_label(heading_title(n)) or RE_SHORTFALL_LABEL.match(heading_title(n))
                                         or _faces_shortfalls(heading_title(n)) or _empty_status_group(n)
                                         or bare_report_section(n) or RE_AUDIT_NOTICE_SECTION.match(heading_title(n))
                                         for n in run):
                ok = False  # a report of what was done: "一、提高政治站位，带头扛起整改责任 二、坚持问题导向，推动问题逐项整改"
                # (hs19: nor a report's sections all named by a bare label, as an 审计结果公告's fixed ones: "一、基本情况
                # 二、审计评价意见 三、审计发现的主要问题 四、审计处理及整改情况" — prose under each, the findings one
                # "、"-list sentence: no section is a problem)
        if ok and _recommendations_run(run):
            ok = False  # bw25: the auditors' recommendations and how they were taken up (R68), no problems
        if ok:
            runs.append(run)
        else:
            pending.append(run)
    if runs and pending:
        # the categories of one section hold problems alike: a run under a sibling of a kept run's category, with
        # some evidence (a statement, then what was done), is a problem list too, though none of its items is wrapped
        # and some are one undivided paragraph
        kept_parents = {(id(r[0].parent.parent), r[0].parent.level) for r in runs
                        if r[0].parent is not None and r[0].parent.marker is not None}
        for run in pending:
            p = run[0].parent
            weak = sum(1 for n in run if ev[id(n)][1] or ev[id(n)][0])
            if (p is not None and p.marker is not None and (id(p.parent), p.level) in kept_parents
                    and weak >= 0.3 * len(run)
                    and not _next_or_done(heading_title(p))
                    # gen18: nor one under a report's label of praise or demands ("二、工作建议", "四、整改意见"
                    # after the sections of the places checked)
                    and not praise_or_demand_section(p)
                    and not _recommendations_run(run)  # (bw25: nor the recommendations beside the findings)
                    # (bw25: nor the items of a background section, "一、基本情况 （一）重点项目计划：… （二）…进展：…", a
                    # report's bare label naming no problems, beside "二、审计查出的主要问题及整改情况")
                    and not RE_FACTS_SECTION_LABEL.match(RE_LABEL_END.sub("", heading_title(p)))):
                runs.append(run)
        order = {id(n): k for k, n in enumerate(headings)}
        runs.sort(key=lambda r: order[id(r[0])])
    # runs whose every item opens with a verb of the work and states no shortcoming ("持续推进长期整改事项",
    # "深化成果运用") are what was or will be done, when another run states what was wrong: a bulletin's closing
    # section of long-term mechanisms or next steps, not a second problem list
    # (a run right under a section named for the problems found — "二、问题剖析", "一、高校巡视难题" — states what was
    # wrong by its place, though its items are bare names: "1. 党的建设问题")
    def states_shortfalls(run: list[Node]) -> bool:
        return (sum(1 for n in run if RE_SHORTFALL.search(heading_title(n))) >= 0.5 * len(run)
                or _names_problems(run[0].parent))

    if any(states_shortfalls(r) for r in runs):
        # (also a run under a section of illustrative cases, "三、典型案例分析 1. 案例一:某高校…成效显著": examples
        # told whole beside the problem list, not more problems)
        runs = [r for r in runs if not all(_reads_as_action(heading_title(n)) for n in r) and not _case_analysis(r[0].parent)]
    return [n for r in runs for n in r]


# a section heading naming the problems found, and not what was done about them or why: "问题剖析", "存在的问题",
# "高校巡视难题", "巡视整改存在的问题" (not "问题整改情况", "问题产生的原因")
RE_NAMES_PROBLEMS = re.compile(r"问题|难题|不足|短板")
RE_NOT_NAMES_PROBLEMS = re.compile(r"整改(?:情况|落实|进展|成效|结果|完成)|原因|成因|措施|对策|建议|下一步|打算")


def _names_problems(p: Node | None) -> bool:
    if p is None or p.marker is None:
        return False
    t = heading_title(p)
    return len(t) <= 16 and bool(RE_NAMES_PROBLEMS.search(t)) and (
        not RE_NOT_NAMES_PROBLEMS.search(t) or RE_PROBLEMS_AND_RECTIFICATION.match(t) is not None)


# a section analysing cases: "三、典型案例分析", "案例剖析" (an inspection's 交办典型案例 are problems; an analysis is not)
RE_CASE_ANALYSIS = re.compile(r"案例(?:分析|剖析|解读|评析)$")


def _case_analysis(p: Node | None) -> bool:
    return p is not None and p.marker is not None and bool(RE_CASE_ANALYSIS.search(heading_title(p)))


# the label of an item's answer: "整改情况：", "整改完成情况：", "完成情况：", "整改进展：", "整改结果："
RE_ANSWER_LABEL = re.compile(r"^(?:整改(?:完成|落实|推进)?情况|完成情况|整改进展(?:情况)?|整改结果|进展情况)\s*[:：]")


def answered_itself(n: Node) -> bool:
    """The item has its own answer, an unnumbered paragraph under it opening on an answer label."""
    return any(c.marker is None and RE_ANSWER_LABEL.match(c.text.strip()) for c in n.children)


def _states_a_problem(title: str) -> bool:
    """A heading that states a shortcoming ("结余药品使用不规范") or names itself a problem ("…问题仍有发生") — not one
    naming an area the problems are in ("聚焦群众身边…腐败问题情况", "…问题方面")."""
    if RE_SHORTFALL.search(title):
        return True
    return "问题" in title and not title.rstrip("：:。. ").endswith(("情况", "方面"))


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
        if RE_ASPECT_ONLY.match(heading_title(p)):
            return level, chosen  # "（2）住房安全方面。" over "①…": an aspect is the problems' category, not a problem
        if not _states_a_problem(heading_title(p)):
            # res22: nor is a heading naming an area of the work, stating nothing wrong ("1.聚焦基层贯彻落实…决策部署情况:"
            # over "(1)…不到位。整改情况:…"): its items, each answered, are the problems and it their category
            return level, chosen
        if not parents or parents[-1] is not p:
            parents.append(p)
    if len({p.level for p in parents}) != 1:
        return level, chosen
    # a mixed list: beside the parents sit items of their level answered themselves ("1.…。 整改完成情况：…" then
    # "2.…不到位。" over "①… 整改完成情况：…" "②…"): those items are problems, and so are the sub-items under the bare
    # parents (structure._subheads_opened reads each bare parent as its sub-items' category)
    mine = {id(p) for p in parents}
    sibs = {id(s): s for p in parents if p.parent is not None for s in p.parent.children}
    answered = [s for s in sibs.values()
                if s.marker is not None and s.level == parents[0].level and id(s) not in mine and answered_itself(s)]
    if answered:
        return parents[0].level, sorted(parents + answered, key=lambda n: n.pos if n.pos is not None else -1)
    for p in parents:
        kids = [_evidence(c) for c in p.children if c.marker is not None]
        p._ev = (any(e[0] for e in kids), any(e[1] for e in kids))  # the sub-items' evidence is the problem's
        p._sub_items = True
    return parents[0].level, parents
