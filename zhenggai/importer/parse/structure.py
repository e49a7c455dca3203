"""Building the problems and choosing a reading of the document.

Paragraphs become a tree by their numbering (``tree``); the level that carries the problems is chosen
by its evidence (``levels``); each chosen heading becomes a problem — its title and status (``titles``),
its fields and its measures (``measures``). The candidate readings (the whole document's list, each
section's and each attachment's list, one task, a notice in fixed sections, no list) are scored in
``readings`` and the best is kept, the runner-up offered.
"""
from __future__ import annotations

import re
from dataclasses import replace
from ..result import ParseResult, ParsedMeasure, ParsedProblem
from ..ledger_reader import RE_COMPLETION_STATUS, completion_status
from .dates import clean_deadline
from .fields import DONE_LABELS, PROGRESS_LABELS, RE_BRACKET_GROUP, add_units, bracket_fields, names_duty, split_fields, split_units, with_co_units
from .normalize import Para
from .rx import AtStops
from .numbering import LEVEL_CN, LEVEL_LABELLED, RE_FED_BACK_PLAIN, cn_to_int, find_xs_items, int_to_cn, parse_marker
from .tree import Node, RE_ATTACHMENT_START, build_tree
from .titles import RE_ASSIGNMENT_SENTENCE, RE_STATED_STATUS, _clean_title, heading_title, run_on_heading, section_status, split_heading, status_of
from .levels import (RE_SYMPTOMS_LABEL, _direct_text, _evidence, charged_site, choose_problem_nodes, place_group_line,
                     under_stated_problems)
from .measures import BodyItem, _cut_next_step, _measure_from, split_measures
from .levels import _run_lead, stated_problems_lead  # (helper b14: a list's lead line)
from .levels import RE_PROBLEMS_SHOW

# a bare label of the problems, its colon stripped: "存在问题", "主要问题", "检查发现的问题", "存在的具体问题"
RE_PROBLEMS_LABEL_LINE = re.compile(r"(?:存在|发现|检查发现|督查发现|巡查发现|现场发现)?的?(?:主要|突出|具体)?问题")
# a lead-in sentence naming only "the problems" over a list: "存在问题主要有：", "发现的问题是：", "主要问题表现为：" (no
# category, s24 C13; a bare label alone, "存在问题：", is R79's label and stays)
RE_LEAD_IN = re.compile(r"^(?:存在的?|发现的?|检查发现的?|督查发现的?|测评发现的?)?(?:主要|突出|具体)?问题(?:主要)?"
                        r"(?:表现(?:为|在|有)|有|是|为)(?:以下几个方面|以下几点|如下)?\s*[:：]?$")
# a heading that is a field with its value: "项目名称:上城国际三期建设项目", "检查对象：南门农贸市场"
RE_FIELD_WITH_VALUE = re.compile(r"[^:：，,。；;\s]{2,8}[:：]\s*\S.*")
from .levels import RE_ACTION_OPENING, RE_CHECK_FOUND, RE_SHORTFALL, _reads_as_action
from .titles import RE_ASPECT_THEN_FINDINGS, RE_LABEL_THEN_STATEMENT, RE_SHORTFALL_ITEM_LABEL
from .titles import RE_FIELD_WORD_LABEL, STATE_DONE_WORDS, STATE_GOING_WORDS, STATE_LONG_WORDS, said_state

__all__ = ["BodyItem", "build_problem", "parse_structure", "split_measures"]  # BodyItem/split_measures: the ledger reader's

_READINGS = None


def _readings():
    """The readings module, imported on the first call and kept (the package imports it after this module: it imports
    this module's neighbours); a function-level import costs ~2 µs a call, in the functions run for every heading
    (PERF21.txt)."""
    global _READINGS
    if _READINGS is None:
        from . import readings

        _READINGS = readings
    return _READINGS


# a status sentence opening a report field: "已完成。…", "正在推进。…", "已经完成，长期坚持。…"
RE_STATUS_LEAD = re.compile(
    r"\s*((?:(?:已经|已)(?:全部)?(?:完成|整改完成|完成整改|整改到位|整改|销号|办结)(?:整改)?|正在(?:推进|整改)|持续推进中?|推进中|基本完成"
    rf"|阶段性完成|部分完成|{STATE_GOING_WORDS}|{STATE_LONG_WORDS})(?:[，,](?:长期坚持|持续推进))?)\s*[。；;，,]\s*")


# a line that is only the state of the problem, in a field of its own wherever it sits among the item's fields (often
# the last, after what was done): "整改进度：已完成。", "整改状态：正在推进", "完成状态：长期坚持，持续推进。"
# (mix20: also the label naming the problem, "问题整改状态：已整改。", an audit notice's field beside "问题整改措施：")
# (bw23: also where it stands now, "目前进度：正在推进", "当前进展：长期坚持。" — the status label family of fields.bracket_fields)
RE_STATUS_FIELD_LINE = re.compile(r"^\s*(?:问题)?(?:整改进度|整改状态|完成状态|办理状态|进展状态|(?:目前|当前|现在)(?:整改)?(?:进度|进展|状态))"
                                  r"\s*[:：]\s*([^。;；:：]{1,14})[。;；]?\s*$")


# an audit or inspection finding wrapped as "关于…问题。" with what was done after it in the same paragraph
RE_FINDING_WRAPPER = re.compile(r"^关于[^。]{2,80}?问题[。.]")
# the paragraph after such a wrapper opening by who found the problem: "省委第五巡视组指出，", "市审计局审计发现，",
# "督察组交办的信访件中，有11件反映…" (a finding described, not an account of what was done)
RE_FOUND_BY = re.compile(r"[^。；;，,]{0,24}?(?:指出|发现|反映|通报|交办的[^。；;，,]{0,8}?中)[，,：:]")
RE_FAULT_CLAUSE = re.compile(r"[^。；;，,]{2,40}?(?:滞后|不到位|不达标|不规范|不严|缓慢|偏低|不足|未(?:彻底)?(?:解决|到位|完成))[，,。]")
RE_PLANNED_STEP = re.compile(r"要|将|加快|确保|加强|建立|完善|开展|督促|责令|组织|制定|推动|落实|整改")
# the state closing a problem's account, said of "this problem" or "this work" (see _problem_from, the status)
# (bw25: of any class, the work still under way too: "…决算批复后即办理资产移交手续该问题正在整改中。", "此项工作正在持续推进。",
# "该问题按计划推进中" — at the account's very end only, as the done and long-term classes)
RE_CLOSING_STATE = re.compile(rf"(?:该|此)(?:问题|项工作)[^。；;，,\n]{{0,4}}?({STATE_DONE_WORDS}|{STATE_GOING_WORDS}|{STATE_LONG_WORDS})[。]?$")
RE_NO_STEP_LINE = re.compile(r"(?:整改前|整改后)\s*[:：]?$|本帖最后由\s*\S.{0,40}?编辑$")
RE_ACCOUNT_GOING = re.compile(r"正在|预计|尚未|仍在|推进中|持续推进|计划于|将于")
RE_ACCOUNT_DONE = re.compile(r"已(?:经)?[^，,。;；]{0,12}?(?:完成|到位|批复|开工|整改|办结|投入|生产|建成|验收|出台|印发|制定|修订|建立|收回|归还|拨付|追回|缴回|补缴|补办|清退|约谈)")


RE_ACCOUNT_TITLE = re.compile(r"(?:完成|进展|落实|推进)情况")


_N_PARTS = r"\s*(?:\d+|[一二三四五六七八九十两]{1,3})\s*[个项条]"
_STATE_GOING = r"(?:阶段性完成|基本完成|正在(?:整改|推进)|持续推进|未完成|尚未完成|序时推进|推进中)"
RE_PARTS_DONE_AND_GOING = re.compile(r"已(?:经)?(?:全部)?(?:完成|实现)?(?:整改|完成|销号)(?:到位|完成)?(?:的)?(?:问题|任务|事项)?(?:有|共)?" + _N_PARTS +
                                     r"(?:问题|任务|事项)?\s*[,，、；;]\s*(?:" + _STATE_GOING + r"(?:整改)?(?:的)?(?:问题|任务|事项)?(?:有|共)?" + _N_PARTS +
                                     r"|(?:其余|剩余|另有|还有)?" + _N_PARTS + r"(?:问题|任务|事项)?\s*(?:正在|仍在|仍)?" + _STATE_GOING + ")")


def account_status(account: str) -> str | None:
    """The status an account of what was done states without a label: anything still under way
    (正在安装、预计…到位、尚未) is in progress; only things done (已批复、已开始试生产) is done."""
    if RE_ACCOUNT_GOING.search(account):
        return "in_progress"
    if RE_ACCOUNT_DONE.search(account):
        return "done"
    return None


# the account's last sentence, where the problem stands now, without naming it: "目前已全部整改到位。", "目前正在整改中。"
# (ks19: also work said to go on as it stands now, "目前正在持续推进。", "目前正在持续整改中。", "目前持续整改中。")
_STATE = f"({STATE_DONE_WORDS}|{STATE_GOING_WORDS}|{STATE_LONG_WORDS})"  # (syn22: titles' classes)
# (each "(?:^|[。；;\n])…": AtStops, the same matches without trying the alternation at every offset)
_NOW = r"\s*(?:目前|截至目前|当前|现)[，,]?\s*" + _STATE
# (also the state alone as the account's last sentence: "…开展专项检查3次。已完成整改。")
RE_NOW_STATE = AtStops(r"[。；;\n]", r"\s*(?:(?:目前|截至目前|当前|现)[，,]?\s*)?" + _STATE + r"[。；;]?$")
# st21: …or where it stands now, then a clause more, as the account's last sentence: "目前正在推进，已完成阶段性目标。",
# "目前该项工作需长期坚持，已纳入常态化管理。" (the state said of now, of this problem or this work)
RE_NOW_CLAUSE = AtStops(r"[。；;\n]", r"\s*(?:目前|截至目前|当前|现)[，,]?\s*(?:(?:该|此|这)项?(?:问题|工作|任务)[^，,。；;\n]{0,3}?)?"
                        + _STATE + r"[，,][^。；;\n]*[。；;]?$")
# the same said anywhere in the account of a notice's one problem: "目前正在整改中，预计2024年底前完成。"
RE_NOW_SAID = AtStops(r"[。；;\n]", _NOW + r"(?=[。；;，,]|$)")


# a listed task named by its number in the feedback: "第12项：", "第12项整改任务：", "第十七项问题："
RE_TASK_HEAD = re.compile(r"^第\s*(\d{1,4}|[一二三四五六七八九十百]{1,5})\s*项\s*(?:整改任务|反馈问题|问题|任务)?\s*[:：、]\s*")
# a notice's lead saying every listed task was accepted: "以下3项整改任务已达到销号条件"
RE_ALL_ACCEPTED = re.compile(r"(?:以下|下列|上述|如下)[^。]{0,30}?(?:已达到销号(?:条件|要求|标准)|已通过(?:核查)?验收|同意(?:予以)?销号)")


# a category heading's own count, "水环境方面（共3个问题）": a figure about the category, not part of its name
# (also petitions and clues counted in pieces: "…信访件办理情况（共3件）")
# (s24, C1 settled: every form of the note is dropped, a place's group too, "鹿城镇(14个)", and in Chinese numerals or
# other measure words, "（三项）", "（共5处问题）", "(2起)", "（共6个典型案例）", "典型案例（3起）", "（2例）"; settled24 and bw24)
RE_COUNT_NOTE = re.compile(r"\s*[(（]\s*(?:共|计|合计)?\s*(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?:个|项|条|件|处|起|宗|例)"
                           r"(?:问题|任务|事项|典型案例|案例|案件|隐患)?\s*[)）]$")


# a typical case exposed by a 纪委 or a ministry: the numbered heading names the case "<who>违规发包本村工程项目问题" on its
# own line, and what follows tells its facts from their dates ("2016年8月15日,某某违规将…发包给…。2018年12月18日,某某受到
# 党内警告处分。", "2020年3月至2022年10月,…未经批准擅自占用耕地…"): what happened, not what was done about it (no step of
# rectification said: nothing removed, restored, ordered or rectified)
RE_DATED_FACTS = re.compile(r"^(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:[、至到-](?:(?:19|20)\d{2}\s*年)?(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?)?\s*[,，]"
                            r"[^。]{0,60}?(?:违规|违法|擅自|未经批准|私自|超标准|非法|违反)")
RE_RECTIFYING_STEP = re.compile(r"整改|拆除|复垦|清理|清退|退还|收回|恢复|责令|措施|立案|查处|组织|开展|督促|推进|完善|建立|制定|落实")


# env24 (blind50 dingxiangcj): or the heading states the violation itself ("…组织推动顶风违法侵占耕地挖湖造景") and the facts
# open on the body that did it, the date inside ("某县农业农村局在实施…中,自2021年9月起未经批准擅自占用…")
RE_VIOLATION_HEAD = re.compile(r"违法|违规|非法|擅自|侵占|顶风|未批先建|弄虚作假")
RE_FACTS_DATED_INSIDE = re.compile(r"^[^。；;]{2,50}?(?:[,，]\s*(?:自|于|从|在)?|自|于|从)\s*(?:19|20)\d{2}\s*年[^。]{0,60}?"
                                   r"(?:违规|违法|擅自|未经批准|私自|超标准|非法|违反)")


def _case_facts_only(node, inline, region) -> bool:
    head = node.text.strip().rstrip("。 ")
    if inline or not region:
        return False
    if head.endswith("问题"):
        return all(RE_DATED_FACTS.match(it.text.strip()) and not RE_RECTIFYING_STEP.search(it.text) for it in region)
    return bool(RE_VIOLATION_HEAD.search(head)) and all(
        (RE_DATED_FACTS.match(it.text.strip()) or RE_FACTS_DATED_INSIDE.match(it.text.strip()))
        and not RE_RECTIFYING_STEP.search(it.text) for it in region)


# a 纪委 notice groups its typical cases in parts named "…篇" on a line of their own ("问责篇", "违反中央八项规定精神篇"),
# the part's name over its numbered cases: their category
RE_PIECE_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,10}篇$")
# expo25: a place's or a body's section line over its problems and their answers, unnumbered: "龙溪镇群众反映问题整改落实
# 情况", "某街道反馈问题整改情况", "某局存在问题清单" — the part it names is the items' category (R79, R82), longer than a bare label
RE_PLACE_PROBLEMS_LINE = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|村|社区|县|区|市|局|单位|学校|医院)"
                                    r"[\u4e00-\u9fff]{0,8}?问题[\u4e00-\u9fff]{0,6}?(?:情况|清单)$")


def _without_count_note(heading: str) -> str:
    """RE_COUNT_NOTE.sub("", heading), tried only on a heading ending with a closing bracket (as the note ends; $ is also
    before a final newline): the pattern, opening with \\s*, is otherwise tried at every offset."""
    if not heading.endswith((")", "）", ")\n", "）\n")):
        return heading
    return RE_COUNT_NOTE.sub("", heading)


# (also how it shows: "问题表现" as a bare label, its bullets joined on: "问题表现•部分单位…")
RE_CAUSE_LABEL = re.compile(r"^(?:问题)?(?:成因|原因|原因分析|产生原因|主要原因|成因分析|具体表现|主要表现|表现)\s*(?:[:：]|[•·]|$)")
# a paragraph opening by saying what the problem is: "…机制不健全的一个重要问题是制度不完善。首先，…", "另一个突出问题在于…"
# (its description, not what was done about it)
RE_SAYS_WHAT_IS_WRONG = re.compile(r"^[^。!！?？;；]{0,40}?(?:问题|不足|短板)(?:主要)?(?:是|在于|表现为|体现在)(?!指)")
# a problem's own number printed after the list's: "1.?编号8：…", "2. 序号14：…" (the notice numbers its items 1, 2)
RE_OWN_NUMBER = re.compile(r"^[?？\s]*(?:编号|序号)\s*(\d{1,4})\s*[:：]\s*")
# the lead says every listed problem is rectified: "交办的2个问题…由我单位牵头整改。现已完成整改工作", "…已全部整改完毕"
# (not a count of some of them, "已完成整改25个"; not a target, "到2025年底…全部完成整改"; not the headline's figure,
# "反馈的5个问题已全部整改完成" — its count is the done count, and each problem's state is its own)
# (cases23: also "所有隐患都已整改到位", "全部已整改完成": 都已 / 全部已 as 均已 / 已全部)
RE_ALL_DONE = re.compile(r"(?:现已|均已|都已|已全部|全部已)(?:完成整改|整改完毕|整改到位|整改完成)(?:工作)?(?![\d一二三四五六七八九十])")


def all_done_in_lead(lead: str) -> bool:
    for m in RE_ALL_DONE.finditer(lead):
        start = max(lead.rfind(c, 0, m.start()) for c in "。；;\n,，")
        clause = lead[start + 1:m.start()]
        after = re.match(r"[^。；;\n,，]*", lead[m.end():]).group(0)  # "现已完成整改的有25个": some of them
        if not re.search(r"确保|力争|要求|务必|争取|计划|将|应|\d+\s*[个项条件]", clause) and not re.search(r"\d|的", after):
            return True
    return False


# a body charged with the rectification in an account of it: "责成我院执行局案件协调管理处进行整改", "责成立案一庭立行立改",
# "责成县水利局限期整改" (the reporting body's own "我院/我局/本单位" dropped; not "责成相关单位…", no body named; nor an order to
# investigate, "责成纪委调查处理": no rectification)
RE_CHARGED_BODY = re.compile(r"责成(?:我院|我局|我委|我办|我校|我司|我单位|本院|本局|本单位)?"
                             r"((?!相关|有关|各)[^，,。；;、\s“”]{2,20}?(?:处|庭|局|科|室|股|中心|办公室|办|所|队|站|委员会|政府|公司|街道|社区|院|部))"
                             r"(?:进行|立即|及时|限期|负责|牵头|认真|迅速|全面)?(?:整改|立行立改|纠正)")


def charged_bodies(text: str) -> list[str]:
    return [m.group(1) for m in RE_CHARGED_BODY.finditer(text)] if "责成" in text else []


# hs19: the lead counts the items and says as many done: "移交的2件立行立改事项已完成2件", "反馈的3个问题已整改完成3个" —
# every item listed, when the list holds that many (not "反馈问题5个，已完成整改2个" over 2 listed: some are not done)
# (perf23: "(?<![第\d])(\d{1,3})…" written "(\d(?<![第\d]\d)\d{0,2})…", led by its first digit — as rx.digits_first)
RE_COUNTED_THEN_DONE = re.compile(r"(\d(?<![第\d]\d)\d{0,2})\s*([件项个条])[^。；;\n\d]{0,16}?已(?:全部|经)?(?:完成|办结|整改完成|完成整改|整改到位|整改完毕)"
                                  r"(?:整改)?\s*(\d{1,3})\s*\2")


def all_counted_done(lead: str, listed: int) -> bool:
    return any(int(m.group(1)) == int(m.group(3)) == listed for m in RE_COUNTED_THEN_DONE.finditer(lead))


# task25: a 公示 whose lead publishes the problems it says are done — "以下问题已经完成整改，现予以公示", or a count done
# and the same count published: "…已完成整改并通过市级验收26项。…现将26项反馈问题及整改情况进行集中公示" (the notice lists
# the done ones, though the copy may be cut after the first): each listed problem is done (R94). Not a count of some done
# and all published ("已完成整改26项…现将43项问题整改情况公示"), nor a goal ("以下问题要于年底前完成整改").
RE_LISTED_SAID_DONE = re.compile(r"(?:以下|下列|如下)(?:问题|任务|事项)(?:均|都)?已(?:经)?(?:全部)?(?:完成整改|整改完成|整改到位|整改完毕|通过验收)")
RE_DONE_COUNT = re.compile(r"已(?:全部)?(?:完成整改|整改完成|整改到位)[^。；;\d]{0,14}?(\d{1,3})\s*[项个件条]")
RE_PUBLISHED_COUNT = re.compile(r"(?:现将|现对|将)[^。；;\d]{0,10}?(\d{1,3})\s*[项个件条][^。；;]{0,24}?(?:予以|进行|集中)?公示")


def published_done_in_lead(lead: str) -> bool:
    if "公示" not in lead:
        return False
    if "以下" in lead or "下列" in lead or "如下" in lead:
        if RE_LISTED_SAID_DONE.search(lead):
            return True
    done = {m.group(1) for m in RE_DONE_COUNT.finditer(lead)}
    return bool(done) and any(m.group(1) in done for m in RE_PUBLISHED_COUNT.finditer(lead))


# --- building the problems -------------------------------------------------------------
def _body_items(node: Node, inline: str) -> list[BodyItem]:
    items: list[BodyItem] = []
    if inline:
        items.append(BodyItem(inline, node.pos))
    for d in node.walk():
        items.append(BodyItem(d.text if d.marker is None else d.para.text, d.pos, d.marker))
    return items


# the problem's fields in brackets closing its statement: "…等。(牵头单位:扶贫办、村建所;责任单位:各村支部)",
# "…不到位（责任单位：县水务局）"
RE_TRAILING_FIELDS = re.compile(r"[。.]?\s*[(（]\s*((?:牵头单位|责任单位|牵头部门|责任部门)\s*[:：][^()（）]{1,80})[)）]\s*[。.]?$")


# the labels inside such a bracket; a deadline label ends the units before it, whatever separates them ("，", "；" or a
# blank: "(责任单位：某街道，完成时限：5月底前)", "(责任单位：某所 整改时限：立即整改)")
RE_BRACKET_LABEL = re.compile(r"(牵头单位|责任单位|牵头部门|责任部门|配合单位|完成时限|整改时限|整改期限|完成时间|时限)\s*[:：]")


def _bracket_parts(fields: str) -> dict[str, str]:
    labels = list(RE_BRACKET_LABEL.finditer(fields))
    parts: dict[str, str] = {}
    for j, m in enumerate(labels):
        end = labels[j + 1].start() if j + 1 < len(labels) else len(fields)
        value = re.split(r"[;；]", fields[m.end():end])[0].strip(" \u3000，,。.")
        parts.setdefault(m.group(1), value)
    return parts


_RE_FIELDS_ONLY = re.compile(RE_BRACKET_GROUP.pattern + r"\s*[。.；;]?")


def _trailing_units(fields: str) -> list[str]:
    """The units of "牵头单位:A、B;责任单位:C": those answerable (责任单位) when named, else those leading."""
    parts = {k[:2]: v for k, v in reversed(list(_bracket_parts(fields).items())) if k[:2] in ("责任", "牵头")}
    named = parts.get("责任") or parts.get("牵头") or ""
    return [u.strip(" 。.") for u in re.split(r"[、,，]", named) if u.strip(" 。.")]


def _trailing_deadline(fields: str) -> str | None:
    """The deadline of "(责任单位:A，完成时限:5月底前)" as written."""
    parts = _bracket_parts(fields)
    return next((parts[k] for k in ("整改时限", "完成时限", "整改期限", "完成时间", "时限") if parts.get(k)), None)


# a check list's topic run into its labelled problem: "便民服务：问题清单：…", "安全管理:存在问题:…", "食堂【问题】…"
RE_TOPIC_THEN_LABEL = re.compile(r"^([^:：。，,；;【】\[\]“”]{2,16}?)\s*(?:[:：]\s*(?:问题清单|存在(?:的)?问题|问题)\s*[:：]"
                                 r"|[:：]?\s*[【\[]问题[】\]]\s*[:：]?)\s*")


# a sentence opening on how widespread a fault is ("部分灭火器箱老旧生锈…", "个别教室…"): another fault found, not a sign
# (xs18: or a fault done, "少数农户将秸秆或垃圾集中堆放后焚烧" — a burning is what a 人居环境 check finds wrong)
RE_FURTHER_FAULT = re.compile(r"^(?:部分|个别|少数|一些|有的|多处|多个)[^。]{2,40}?(?:老化|破损|损坏|生锈|缺失|不足|不够|不到位|不规范|未|无|乱|脏|过期|失效|焚烧)")
# (the item's two sentences together at most so long: one finding and its sign, not a paragraph of description; xs18:
# 120, for a sign told in four clauses, "沟渠整治进展迟缓。部分村计划在10月份对…进行清理,但并未落实到位,有的村甚至未开展,…")
FURTHER_FAULT_MAX = 120


# the one line of an item's body labelled as what was found there: "发现问题：…", "存在问题：…", "暗访发现：…"
RE_FINDING_LINE = re.compile(r"^(?:发现(?:的)?问题|存在(?:的)?问题|(?:暗访|检查|督查)发现(?:的问题)?)\s*[:：]\s*(\S.{3,})$")


# a heading that itself names a fault, in the few words of a hazard list ("路面坑槽破损", "公路路侧私自修建围墙",
# "涉路施工堆放场无安全警示标识"): what a check list's item heading says, where a place visited says nothing amiss
RE_HEADING_STOP = re.compile(r"[。；;]")
RE_HEADING_NAMES_FAULT = re.compile(r"[未无缺乱脏]|不|破损|损坏|老化|失效|过期|私自|擅自|违规|违章|违法|非法|超标|堆放|隐患")


def _finding_line(node: Node) -> str:
    """An item that names a place visited (its first sentence states no shortcoming) and whose body holds exactly one
    line labelled as what was found there, and nothing numbered: that line is the problem ("" otherwise)."""
    found = _one_finding_line(node)
    if found is None:
        return ""
    from .readings import RE_SHORTCOMING

    first = RE_HEADING_STOP.split(node.text.strip(), maxsplit=1)[0]
    if RE_SHORTCOMING.search(first) or _names_fault(first):
        return ""
    return found.group(1).strip()


# gs20: the label alone on its line, what was found on the next ("存在问题:" / "货架遮挡…消火栓" / "整改措施:…": an
# exposure card as a page lays it out): read as the one labelled line it is
RE_FINDING_LABEL_ALONE = re.compile(r"^(?:发现(?:的)?问题|存在(?:的)?问题|(?:暗访|检查|督查)发现(?:的问题)?)\s*[:：]$")


RE_EDITOR_LINE = re.compile(r"^(?:编审|编辑|责任编辑|责编|审核|校对|终审)\s*[:：]\s*[\u4e00-\u9fff]{2,4}(?:\s+\S.*)?$")


def _one_finding_line(node: Node):
    kids = node.children
    if kids and len(kids) == 4 and RE_EDITOR_LINE.match(kids[-1].text.strip()):
        kids = kids[:-1]  # (the page's editor line after the last card, "编审:某某": no part of the card)
    if not kids or len(kids) > 3 or any(c.marker is not None for c in kids):
        return None
    texts = [c.text.strip() for c in kids]
    for k in range(len(texts) - 1):
        if texts[k][-1:] in ":：" and RE_FINDING_LABEL_ALONE.match(texts[k]) and not RE_ITEM_MEASURE_LINE.match(texts[k + 1]):
            texts[k:k + 2] = [texts[k] + texts[k + 1]]
            break
    found = [m for m in (RE_FINDING_LINE.match(t) for t in texts) if m]
    return found[0] if len(found) == 1 else None


def _names_fault(first: str) -> bool:
    """A short heading sentence naming a fault by itself (a hazard list's "1.渡船救生衣破损。")."""
    return len(first) <= 24 and RE_HEADING_NAMES_FAULT.search(first) is not None


def _fault_heading_detail(node: Node) -> str:
    """"1.路面坑槽破损。" then "存在问题：<where and how>" then "整改措施：<what is ordered>": a hazard list's item whose
    heading states the fault; the labelled finding line is its detail (a note), neither the title nor a measure
    ("" when the item is not so laid out: a place visited is _finding_line's)."""
    found = _one_finding_line(node)
    if found is None or not any(RE_ITEM_MEASURE_LINE.match(c.text.strip()) for c in node.children):
        return ""
    first = RE_HEADING_STOP.split(node.text.strip(), maxsplit=1)[0]
    return found.group(0).strip() if _names_fault(first) else ""


RE_SHOP_NAMED = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:店|铺|馆|公司|厂|超市|商店|商场|商行|酒店|宾馆|饭店|餐厅|会所|网吧|药房)$")
RE_DANGLING_OPENER = re.compile(r"^(?:针对|关于|对于)[^，,。；;:：!！?？\s]{1,10}$")
RE_ITEM_MEASURE_LINE = re.compile(r"^(?:整改措施|整改要求|处理措施|整改情况)\s*[:：]\s*\S")
# the order a hazard list gives each item: "责令公路建设养护中心立即对路面进行修复", "责令路政执法队、安丰乡人民政府派人…":
# the body told to rectify is the item's responsible unit (not "施工单位", "该船所有人": no body named)
RE_ORDERED_BODY = re.compile(r"^责令((?:[^，,。；;、\s]{2,20}?(?:中心|政府|执法队|大队|中队|局|站|所|办|办事处|委员会|公司|街道|社区)、?)+)"
                             r"(?:派人|立即|限期|尽快|及时|迅速|马上|对|将|于)")


RE_ASPECT_HEADING = re.compile(r"^[^。；;:：]{2,40}方面$")


def _shortfall_heading(text: str) -> bool:
    """audit24: a short numbered line of one sentence that states a shortcoming ("1.社区综合党委自身建设质量不高。"), not
    what was done: a heading over the labelled problems under it, as the aspect's is (a measure line opens on its action)."""
    t = text.strip()
    return (4 <= len(t) <= 40 and t.endswith("。") and t[:-1].find("。") < 0 and not re.search(r"[；;:：，,\d]|已|进行|^对", t)
            and bool(RE_SHORTFALL.search(t)) and not RE_ACTION_OPENING.match(t))


def _preceding(node: Node) -> Node | None:
    """The node just before this one in document order (its previous sibling's last descendant, or its parent)."""
    p = node.parent
    if p is None:
        return None
    k = next(i for i, c in enumerate(p.children) if c is node)
    if k == 0:
        return p if p.marker is not None else None
    n = p.children[k - 1]
    while n.children:
        n = n.children[-1]
    return n


def topic_labelled_run(node: Node) -> bool:
    """ns18b: a finding section whose items each open on their topic and a colon ("二、存在的主要问题 （一）住宅专项维修
    资金：部分企业没有…。 （二）物业管理方面：部分企业没有…；…。"), the topics not all aspects: each finding is titled as
    printed, its topic with it, the aspect one too (a list of aspects alone, "1、基础设施方面：… 2、市容环境方面：…", is
    titled by its aspects: titles.RE_ASPECT_THEN_FINDINGS)."""
    p = node.parent
    if p is None or "方面" not in node.text[:22] or not RE_ASPECT_THEN_FINDINGS.match(node.text):
        return False
    sibs = [c for c in p.children if c.marker is not None and c.level == node.level]
    if len(sibs) < 2 or not all(RE_LABEL_THEN_STATEMENT.match(c.text) for c in sibs):
        return False
    return any(not re.split(r"[:：]", c.text, maxsplit=1)[0].rstrip().endswith("方面") for c in sibs)


def titles_field_label(text: str) -> bool:
    return text[:1] in "整交反督问" and RE_FIELD_WORD_LABEL.match(text) is not None


def field_labelled_run(node: Node) -> bool:
    """res21: the item is one of two or more items of its list that open on the problem's field label ("1.整改任务：…",
    "2.整改任务：…"): titles.RE_FIELD_WORD_LABEL is no part of their titles."""
    p = node.parent
    if p is None or not titles_field_label(node.text):
        return False
    return sum(1 for c in p.children if c.marker is not None and c.level == node.level and titles_field_label(c.text)) >= 2


def build_problem(node: Node, level: int, result: ParseResult) -> ParsedProblem:
    has_body = bool(node.children)
    title, inline, tag = split_heading(node.text, has_body, topic_labelled_run(node), field_labelled_run(node))
    # number 0: a label with no number printed ("存在的问题：…")
    added = ""
    if RE_SHORTFALL_ITEM_LABEL.match(node.text) and re.search(r"[;；]", title):
        # "3.第(C4)点的存在的不足与建议:要将…融入各部门工作中;要提供…": a check point's statement ends at its first stop
        # or semicolon, as an inline item's does; what follows adds to it (kept as a note)
        from .readings import _item_title

        first = _item_title(title)
        if first and first != title:
            title, added = first, title[title.find(first) + len(first):].lstrip(" ;；,，")
    problem = ParsedProblem(seq=node.marker.number or None, title=title, position=node.pos)
    if added:
        problem.notes.append(added)
    p = node.parent
    if (problem.seq is None and node.marker.number == 0 and p is not None and p.marker is not None and p.marker.number
            and sum(1 for c in p.children if c.marker is not None) == 1 and "问题" not in p.marker.rest
            and not getattr(node, "bulleted_finding", False)):  # (a bullet under "二、交通安全隐患" is no label: us18)
        # "三、意见征集 / 问题清单：…": the one problem labelled without a number under a numbered heading is
        # printed under that number (a check list one aspect a section) — not under a heading over the problems
        # themselves ("二、存在问题及整改情况 / 存在问题：…": the section's number, not the problem's)
        problem.seq = p.marker.number
    task = RE_TASK_HEAD.match(title)
    if task and title[task.end():].strip():
        # "一、第12项：…" in a notice listing the tasks of the feedback: the task's number, not the list's
        raw = task.group(1)
        problem.seq = int(raw) if raw.isdigit() else (cn_to_int(raw) or problem.seq)
        problem.title = title = title[task.end():].strip()
    trailing = RE_TRAILING_FIELDS.search(title) if title.endswith((")", "）", "。", ".")) else None
    if trailing is None and inline and inline.lstrip()[:1] in "(（":
        # "1.某路段人行道破损。(责任单位:某街道)": the statement's full stop comes before its bracketed unit, so the
        # bracket is all the item says after its title — the problem's unit (not a bracket opening a longer body)
        trailing = RE_TRAILING_FIELDS.match(inline.strip())
    if trailing and title[: trailing.start()].strip() and trailing.string is title:  # "…没跟上等。(牵头单位:扶贫办;责任单位:各村支部)"
        problem.title = title = _clean_title(title[: trailing.start()])
    topic = RE_TOPIC_THEN_LABEL.match(title) if ("问题" in title[:30]) else None
    if topic and title[topic.end():].strip():  # "一、便民服务：问题清单：…": the topic is its category, the rest the problem
        problem.category, problem.title = topic.group(1).strip(), _clean_title(title[topic.end():])
        title = problem.title
    own = RE_OWN_NUMBER.match(title) if "号" in title[:8] else None
    if own and title[own.end():].strip():  # "1. 编号8：…": the problem's own number in the list it comes from
        problem.seq, problem.title = int(own.group(1)), title[own.end():].strip()

    found = _finding_line(node)
    detail = "" if found else _fault_heading_detail(node)
    if found:  # "点位一：某社区。这里…。 发现问题：长宁路上车辆乱停放…。": the place visited, then what was found there
        problem.notes.append(title)
        if RE_SHOP_NAMED.match(title):
            # gs20: an exposure card's heading naming the shop or firm found at fault ("一、某区某麻辣烫店" over "存在问题:
            # …"): that body is the unit charged with the problem (R102); a place visited (某社区, 某路段) is no unit
            add_units(problem.responsible_units, [title])
        problem.title = title = _clean_title(found)
    elif "发现" in title and "。" not in title.rstrip("。") and not node.children:
        # mix20: a patrol's one-sentence item, "…到某小区检查环境卫生,发现仍存在个别地方保洁不到位,已通知…整改": the
        # problem is the clause found (levels._evidence_of reads the item so), the visit and the order around it notes
        # (only where the sentence goes on after the finding, with what was done or ordered: a title that ends on its
        # finding, "对部分水库的检查中，发现防汛物资储备不足", is kept as printed — test_is)
        checked = RE_CHECK_FOUND.search(title)
        parts = re.split(r"[,，;；]", checked.group(1), maxsplit=1) if checked else []
        clause = parts[0].strip() if len(parts) == 2 and parts[1].strip() else ""
        if len(clause) >= 4 and RE_SHORTFALL.search(clause):
            problem.notes.append(title)
            problem.title = title = _clean_title(clause)

    # a problem labelled by name ("问题1：…") right after a numbered line that stands alone as a heading ("1.关于“…”方面",
    # childless, no full stop, not itself labelled): the labelled level sits between (一) and 1., so the tree puts the
    # label beside that line (or the line under the problem before), yet it is the nearest heading over the problem —
    # its category, as any nearest sub-heading is (not a "1.…" measure line, which has a full stop or a body of its own)
    if node.marker.level == LEVEL_LABELLED and node.marker.number:
        before = _preceding(node)
        if (before is not None and before.marker is not None and before.marker.level > LEVEL_LABELLED
                and not before.children and (RE_ASPECT_HEADING.search(before.text.strip()) or _shortfall_heading(before.text))):
            problem.category = _clean_title(before.text)
    # category and status from the headings above (in an attachment with no headings: its title)
    sec_status = None
    a = node.parent
    while a is not None and a.marker is not None:
        if problem.category is None:
            problem.category = getattr(a, "aspect", None) or (
                _without_count_note(heading_title(a))) or None
        if sec_status is None:
            sec_status = section_status(heading_title(a))
        a = a.parent
    if sec_status is None and getattr(node, "attachment", None) and not RE_ACCOUNT_TITLE.search(node.attachment):
        # "附件1 已完成整改问题清单" / "附件2 正在整改问题清单": the attachment a problem sits in says where it stands
        # (not an account of every problem: "…问题整改完成情况表", "整改进展情况")
        sec_status = section_status(node.attachment)
    site = charged_site(node) if problem.category is None else None
    if site is not None:
        # "胖东来时代广场(责任单位:魏都区,市消防支队)" over its faults 1.–6.: each fault is the site's, charged to its
        # units (the site is finer than the attachment's title around it — blind28 xuchang)
        problem.category = site[0]
        add_units(problem.responsible_units, split_units(site[1]))
    if problem.category is None:
        problem.category = getattr(node, "attachment", None)
    shows = _run_lead(node).strip().rstrip(":：") if node.parent is not None and problem.category is not None else ""
    if shows and RE_PROBLEMS_LABEL_LINE.fullmatch(shows) and (
            RE_FIELD_WITH_VALUE.fullmatch(problem.category) or problem.category.rstrip(":：") == shows):
        # figs22: a bare label of the problems alone on its line right over the list ("存在问题:"), under a card whose
        # heading is a field with its value ("一、项目名称:…", "一、检查对象：…" — a label with its value is no category)
        # or under no heading: the nearest heading, their category (R79/R80), its colon dropped. A heading naming a body
        # or a place over the label ("（一）某中学", R82) stays the category.
        problem.category = shows
    elif shows and RE_PROBLEMS_SHOW.match(shows):
        # "（一）总体情况 … 主要问题表现有： 1、…": the line announcing the problems is a lead-in sentence, no heading, and
        # the section they sit in is not theirs either ("总体情况"): no category (s24, C13 settled: R84)
        problem.category = None
        shows = "lead-in"
    if problem.category is None and node.parent is not None and shows != "lead-in":
        # a short unnumbered line right before the list, its label ("整改建议：", "存在的具体问题", "党风建设方面") — not a
        # page's menu or title line ("环保督察 环保督察动态")
        # (not a sentence announcing them, "检查中发现以下安全隐患：": a lead, no label — blind28 jsviat)
        # (nor a lead-in naming only "the problems", "存在问题主要有：", "发现的问题是：": s24, C13)
        lead = _run_lead(node).strip()
        if 2 <= len(lead) <= 12 and "以下" not in lead and not RE_LEAD_IN.match(lead) and "如下" not in lead and not re.search(r"[，,。；;！!？?]", lead.rstrip(":：")) and (
                lead.endswith((":", "：", "方面")) or stated_problems_lead(lead) or RE_PIECE_LABEL.match(lead)):
            problem.category = _clean_title(lead)
        elif 12 < len(lead) <= 24 and RE_PLACE_PROBLEMS_LINE.match(lead):
            problem.category = lead
    if problem.category is None and node.parent is not None:
        problem.category = place_group_line(node) or None  # "花园市场： 1、… 2、… 沿江市场： 1、…"

    # fields
    items = _body_items(node, inline)
    described = bool(inline) and not node.children and run_on_heading(node.text) is not None
    region: list[BodyItem] = []
    label_status = None
    stated_status = None
    current: str | None = None
    labelled_measures = fielded = False
    co_values: list[str] = []
    duty_named = False
    for k_it, it in enumerate(items):
        if it.marker is None and ("状态" in it.text[:8] or "进度" in it.text[:8] or "进展" in it.text[:8]):
            sf = RE_STATUS_FIELD_LINE.match(it.text)
            if sf and status_of(sf.group(1)):
                stated_status = stated_status or status_of(sf.group(1))
                continue
        if k_it == 0 and inline and it.marker is None and inline.startswith(it.text):
            # "关于“…”整改进展情况：达到序时进度，持续推进。1.…": the state the heading runs into (its label read with the
            # quote), then what was done, numbered
            st = re.match(r"([^。；;:：]{2,12}?)[。；;]\s*", it.text)
            rest_text = it.text[st.end():].strip() if st else ""
            if st and status_of(st.group(1)) and not find_xs_items(st.group(1)) and (not rest_text or parse_marker(rest_text)):
                stated_status = stated_status or status_of(st.group(1))
                if not rest_text:
                    continue
                it = BodyItem(rest_text, it.pos, parse_marker(rest_text))
        if k_it < 3 and it.marker is None:
            ms = RE_STATED_STATUS.match(it.text)
            said = ms and (ms.group(1) or ms.group(2) or ms.group(3))
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
            fielded = fielded or fname is not None
            if fname is None:
                if current == "target":
                    _append_field(problem, current, value)
                elif value:
                    region.append(BodyItem(value, it.pos, parse_marker(value)))
                continue
            current = fname
            lead = RE_STATUS_LEAD.match(value) if fname == "measures" else None
            cell = RE_COMPLETION_STATUS.match(value) if fname == "measures" and lead is None else None
            if lead and value[lead.end():].strip() and status_of(lead.group(1)):
                # "整改情况：已完成。修订学习制度，建立学习台账。": the status, then what was done
                stated_status = stated_status or status_of(lead.group(1))
                value = value[lead.end():]
            elif cell and value[cell.end():].strip() and completion_status(cell.group(0)):
                # st21: a field opening with the words a ledger's progress cell states its status in (one class for
                # the cell and the labelled field, so the format does not change the reading): "整改进展情况：达到序时
                # 进度。各项措施按计划推进…" — on schedule, under way; "未达到序时进度" too
                stated_status = stated_status or completion_status(cell.group(0))
                value = value[cell.end():]
            elif fname == "measures" and len(value) <= 12 and status_of(value) and not find_xs_items(value):
                stated_status = stated_status or status_of(value)  # "整改进展情况：已完成整改" states a status
                continue
            if fname == "co_units":  # (the helpers: units unless a 责任… field names who answers for it, below)
                co_values.append(value)
                current = None
                continue
            if fname == "units" and names_duty(label):
                duty_named = True
            if fname == "measures":
                labelled_measures = True
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

    if co_values:
        problem.responsible_units = with_co_units(problem.responsible_units, co_values, duty_named)
    region = [BodyItem(it.text, it.pos, it.marker if (it.marker and it.marker.level > level) else None) for it in region]
    causes = [it for it in region if RE_CAUSE_LABEL.match(it.text) or (it.marker is None and RE_SAYS_WHAT_IS_WRONG.match(it.text))]
    if causes:  # "成因：…" / "原因分析：…": why it went wrong, not what was done
        problem.notes.extend(it.text for it in causes)
        region = [it for it in region if not any(it is c for c in causes)]
        # "问题表现•…" then "典型案例:" bullets: a body that opens by how the problem shows goes on describing it
        described = described or RE_SYMPTOMS_LABEL.match(causes[0].text) is not None
    if detail:  # the heading is the fault; its labelled finding line describes it (not something done)
        problem.notes.append(detail)
        region = [it for it in region if it.text.strip() != detail]
        ordered = RE_ORDERED_BODY.match(region[0].text.strip()) if len(region) == 1 else None
        if ordered:
            add_units(problem.responsible_units, split_units(ordered.group(1)))
    whole = "\n".join([node.text] + [d.text for d in node.walk()]) if node.children else node.text
    closing = bracket_fields(whole) if ("（" in whole or "(" in whole) and ("：" in whole or ":" in whole) else []
    if region and closing:
        # bw23: a line that is only the bracket of fields ("（责任部门：A；目前进度：已完成）" alone after the statement or
        # the measures) is no measure (kept as a note): its fields are read below, with the status
        fields_only = [it for it in region if _RE_FIELDS_ONLY.fullmatch(it.text.strip())]
        if fields_only:
            problem.notes.extend(it.text for it in fields_only)
            region = [it for it in region if not any(it is f for f in fields_only)]
    region, next_step = _cut_next_step(region)
    region = _cut_about_all(node, region, problem)
    if getattr(node, "_sub_items", False):  # each （1） sub-item with what was done about it is one measure
        measures = [_measure_from(c.text + "\n" + "\n".join(d.text for d in c.walk()), c.marker.number, c.pos)
                    for c in node.children if c.marker is not None]
        notes, numbering = [], []
    elif not fielded and not any(it.marker for it in region) and (under_stated_problems(node) or described
                                                                   or RE_SHORTFALL_ITEM_LABEL.match(node.text)
                                                                   or _case_facts_only(node, inline, region)
                                                                   or getattr(node, "bulleted_finding", False)):
        # "二、存在的问题 （二）党员发展难度大。一是…二是…": under a heading of the problems found, a problem's unlabelled
        # paragraphs describe it (its signs, its causes); what is done about it is labelled (整改措施：), numbered
        # under it ("（1）…（2）…", with its 整改时限), or sits in a section of its own. So does the description a
        # heading runs into ("学习深度不足,流于表面化部分单位将…。如…"): a self-check list's signs, not what was done
        # (us18: so do the lines under a bullet of a heading naming its part's problems, "一、校园设施安全问题 - 消防设施
        #不足 / 部分灭火器陈旧,…": the heading line, then its description — tree.RE_PROBLEMS_HEADING)
        measures, notes, numbering = [], [it.text for it in region], []
        if (under_stated_problems(node) and not node.children and inline and len(region) == 1 and region[0].text == inline
                and inline.count("。") <= 1 and len(problem.title) + len(inline) <= FURTHER_FAULT_MAX and not find_xs_items(inline)
                and RE_FURTHER_FAULT.match(inline) and (problem.title + "。") in node.text):
            # "1.消防水带老化，需要更换。部分灭火器箱老旧生锈，需要更换。": a second fault found, in the same item
            problem.title, notes = problem.title + "。" + inline.rstrip("。 "), []
    else:
        measures, notes, numbering = split_measures(region)
    if measures and not labelled_measures and (getattr(node, "_sub_items", False) or (
            region and all(it.marker is not None for it in region))) and all(_fault_detail(m.text) for m in measures):
        # res21: a problem's numbered sub-items each a short sentence ending on what is wrong ("1、上级决策部署落实不
        # 彻底。" over "（1）开展基层治理不均衡。" "（2）…不到位。"): the signs of the problem (its details), not what was
        # done about it — a measure says what was or will be done, it does not end on a shortfall
        notes, measures = notes + [m.text for m in measures], []
    if measures and any(RE_NO_STEP_LINE.match(m.text.strip()) for m in measures if len(m.text) <= 60):
        # mix20: a photo's caption whose photo the copy lost ("整改前:", "整改后:") and a forum's edit stamp ("本帖最后由
        # 某某 于 2021-8-13 09:24 编辑"): lines of the page, not things done (notes)
        notes = notes + [m.text for m in measures if len(m.text) <= 60 and RE_NO_STEP_LINE.match(m.text.strip())]
        measures = [m for m in measures if not (len(m.text) <= 60 and RE_NO_STEP_LINE.match(m.text.strip()))]
    if measures and RE_DANGLING_OPENER.match(measures[-1].text.strip()):
        # os18: "2、旅游交通标志牌。针对隽北" where the copy stops: a sentence cut right after its opening "针对…", before
        # anything was said done, is no measure (kept as a note)
        notes = notes + [measures[-1].text]
        measures = measures[:-1]
    if (len(measures) == 1 and inline and not node.children and trailing is None and "关于" in node.text[:3]
            and RE_FINDING_WRAPPER.match(node.text) and not RE_ACCOUNT_DONE.search(measures[0].text)
            and (RE_FOUND_BY.match(measures[0].text.strip())
                 or (RE_FAULT_CLAUSE.match(measures[0].text.strip()) and not RE_PLANNED_STEP.search(measures[0].text)))):
        # mix20: "（一）关于耕地保护责任落实不到位的问题。省委巡视组指出，…目前仍有9宗未拆除复耕到位。（牵头单位：…；完成
        # 时限：…）": a problem assigned in a speech or a 交办 list — the wrapper names it, the paragraph tells who found
        # what (R97: a description, no measure); an account of what was done says it done ("已追回…", RE_ACCOUNT_DONE)
        # (or by the fault itself in its first clause, "…2条水体治理工程进度滞后，…", with no step planned in it); its
        # bracket's units and deadline are the problem's
        add_units(problem.responsible_units, measures[0].responsible_units)
        problem.deadline = problem.deadline or measures[0].deadline
        notes = notes + [measures[0].text]
        measures = []
    if found:  # the line telling what was found is the problem itself, not something done about it
        kept = [m for m in measures if not RE_FINDING_LINE.match(m.text.strip())]
        notes = notes + [m.text for m in measures if RE_FINDING_LINE.match(m.text.strip())]
        measures = kept
    problem.measures = measures
    problem.notes.extend(notes)
    problem.notes.extend(it.text for it in next_step)
    for msg in numbering:
        result.add_anomaly("measure_numbering", f"问题{problem.seq}“{_short(problem.title)}”：{msg}", node.pos)
    for m in measures:
        add_units(problem.responsible_units, m.responsible_units)
    if not problem.responsible_units and measures and any("责成" in m.text for m in measures):
        # hs19: the body the account says was charged with rectifying it: "立即责成我院执行局案件协调管理处进行整改",
        # "责成立案一庭立行立改" — its unit (R104, as "由<unit>…负责")
        for m in measures:
            add_units(problem.responsible_units, charged_bodies(m.text))

    # status: section, heading tag, labels must agree
    tag_status = status_of(tag) if tag else None
    if closing:
        # bw23: the bracket closing the item's measures, its fields in any order ("（责任部门：A；完成时限：2024年9月；目前
        # 进度：已完成）", "（整改进度：按计划推进；责任股室：B；完成时限：…）"): the status field's value a word of the status
        # classes (已完成 / 已办结, 正在推进 / 按计划推进, 长期坚持), the units field's bodies, the deadline as written
        said = {status_of(f["status"]) for f in closing if f.get("status")}
        said.discard(None)
        if stated_status is None and len(said) == 1:
            stated_status = said.pop()
        if not problem.responsible_units and trailing is None:  # (the statement's own bracket is read below)
            for f in closing:
                if f.get("units"):
                    add_units(problem.responsible_units, split_units(f["units"]))
        deadlines = {clean_deadline(f["deadline"]) for f in closing if f.get("deadline")}
        if problem.deadline is None and len(deadlines) == 1:
            problem.deadline = deadlines.pop()
    candidates = [s for s in (sec_status, tag_status, stated_status) if s]
    if sec_status and label_status:
        candidates.append(label_status)
    if not candidates and inline and not node.children and len(measures) == 1 and RE_FINDING_WRAPPER.match(node.text):
        # "(二)关于“…”进展缓慢问题。目前设备已购置到位，正在安装…": an audit finding with one paragraph of what was done
        account = account_status(inline)
        if account:
            candidates.append(account)
    if not candidates:
        # audit24: the account opens by counting the item's parts done and the parts still under way ("…11个问题中,已完成整改
        # 5个问题,阶段性完成整改6个问题"): some not yet done, the item is under way (R71/R93)
        split = RE_PARTS_DONE_AND_GOING.search("\n".join([inline] + [d.text for d in node.children[:1]])[:160])
        if split is not None:
            candidates.append("in_progress")
    if not candidates:
        # "目前，该问题已完成整改。" / "该问题已于2022年12月完成整改。": the state the account of this problem ends on
        account = "\n".join([inline] + [d.text for d in node.walk()])
        said = list(_readings().RE_STATE_SENTENCE.finditer(account))
        if said and said_state(said[-1].group(1)):
            candidates.append(said_state(said[-1].group(1)))
        else:  # "…二是追回违规支付的医保基金133万元。目前正在整改中。": the last sentence says where it stands now
            now = RE_NOW_STATE.search(account.rstrip())
            if now is None and inline and node.children:
                # "问题三：…。整改情况：…。目前已完成整改。" closing the item's own paragraph, then paragraphs that are
                # not its account (a news story's quotes, next steps): where the item's own account ends
                now = RE_NOW_STATE.search(inline.rstrip())
            if now is None and ("目前" in account or "当前" in account or "现" in account):
                now = RE_NOW_CLAUSE.search(account.rstrip())
            if now and status_of(now.group(1).replace("全部", "")):
                candidates.append(status_of(now.group(1).replace("全部", "")))
        if not candidates:
            # mix20: the account's closing words say where this problem stands, run on after what was done without a
            # stop ("…对3名违规人员严肃处理该问题已完成整改。") or of "this work" ("该项工作将长期坚持。"): only at the
            # account's very end, so a state said of something else mid-account is not read
            tail = account.rstrip()[-24:]
            closing = RE_CLOSING_STATE.search(tail) if ("该" in tail or "此" in tail) else None
            if closing and status_of(closing.group(1)):
                candidates.append(status_of(closing.group(1)))
    if inline and (not problem.responsible_units or problem.deadline is None) and RE_ASSIGNMENT_SENTENCE.match(inline):
        _assignment_fields(problem, inline)
    if trailing and not problem.responsible_units:
        problem.responsible_units = _trailing_units(trailing.group(1))
    if trailing and problem.deadline is None:
        problem.deadline = _trailing_deadline(trailing.group(1))
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


# a paragraph about every problem listed, not the last one's: "巡视组针对发现的问题提出了具体的整改措施", "针对上述问题，…"
RE_ABOUT_ALL = re.compile(r"(?:针对|对照|对于|就)(?:上述|以上|这些|前述|所|(?:巡视|巡察|督察|检查|审计)?(?:组)?(?:发现|指出|反馈)的)(?:各项|全部|所有)?问题")


# a paragraph opening on all the listed tasks: "以上整改任务的验收，由…", "上述2项任务均已…" (a notice's closing account)
RE_ABOUT_ALL_LISTED = re.compile(r"(?:以上|上述)(?:[\d一二两三四五六七八九十]{1,3}[项个条])?(?:整改|反馈)?(?:任务|事项)"
                                 # figs23: or a paragraph about the whole rectification's time, after the last item's answer
                                 # ("据了解，整改期间，医院党委…制定修订制度11项", "整改以来，共建立完善制度8项"): its figures are
                                 # the document's, not the last item's
                                 r"|(?:据了解|据悉|另外|此外)?\s*[,，]?\s*(?:在)?(?:整改期间|整改以来|整改过程中|整改工作中)\s*[,，]")


def _bare_heading(text: str) -> bool:
    return len(text) <= 12 and not re.search(r"[。，,；;:：!！?？、]", text)


def _cut_about_all(node: Node, region: list[BodyItem], problem: ParsedProblem) -> list[BodyItem]:
    """The last item of a list keeps the unnumbered paragraphs after it up to one about all the problems: that one and
    what follows speak of the whole list (a closing account), they are no measures of the last problem."""
    found = next((k for k, it in enumerate(region) if it.marker is None and (("问题" in it.text[:40]
                  and RE_ABOUT_ALL.search(it.text[:40])) or RE_ABOUT_ALL_LISTED.match(it.text))), None)
    p = node.parent
    if found is None or p is None:
        return region
    for c in reversed(p.children):  # (the last item: no heading of its level or above after it)
        if c is node:
            break
        if c.marker is not None and c.level <= node.level:
            return region
    k = found
    while k > 0 and region[k - 1].marker is None and _bare_heading(region[k - 1].text):
        k -= 1  # (with its own heading line: "巡视整改")
    problem.notes.extend(x.text for x in region[k:])
    return region[:k]


def closing_account(problem: ParsedProblem) -> list[str]:
    """The notes of the last problem that close the document (from one about all the listed tasks on): its figures
    are the document's ("以上整改任务的验收… 截至12月15日，…已有21项完成验收销号")."""
    for k, t in enumerate(problem.notes):
        if RE_ABOUT_ALL_LISTED.match(t):
            return problem.notes[k:]
    for k, t in enumerate(problem.notes):
        if RE_ABOUT_THE_WHOLE.match(t):
            return problem.notes[k:]
    return []


# bw23: a note after the last answer telling the rectification as a whole by its time span ("据了解，整改期间，…制定修订
# 制度11项…", "整改以来，共…"): the document's closing figures, as a paragraph on all the listed tasks gives them
RE_ABOUT_THE_WHOLE = re.compile(r"^\s*(?:据了解|据悉|经了解|记者(?:了解到|获悉))?\s*[，,]?\s*(?:整改期间|整改以来|整改工作开展以来|整改过程中)[，,]")


# res21: a detail of a problem: one short sentence (its first line; a copy may cut the next one to a character) that
# ends on a shortfall word (levels.RE_SHORTFALL) and opens on no action (levels.RE_ACTION_OPENING, 针对/解决/对…)
RE_SHORTFALL_AT_END = re.compile(r"(?:" + RE_SHORTFALL.pattern + r")(?:的问题|问题|现象|情况)?[。；;]?$")
_RE_ANSWER_OPENING = re.compile(r"^(?:针对|解决|对照|对|通过|经过|已|目前|现已|截至|整改)")


def _fault_detail(text: str) -> bool:
    first = text.strip().split("\n", 1)[0].strip()
    if not first or len(first) > 40 or first.count("。") > 1 or (first.count("。") == 1 and not first.endswith("。")):
        return False
    if RE_ACTION_OPENING.match(first) or _RE_ANSWER_OPENING.match(first):
        return False
    return bool(RE_SHORTFALL_AT_END.search(first))


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


def _unanswered_feedback(node: Node) -> bool:
    """An unquoted feedback item ("第一轮督察反馈指出，…。") with no account of work done under it (what was done, the
    state it is in: "目前，该问题正在推进。", or the answer "对此，我市一是…")."""
    if not _plain_feedback(node):
        return False
    from .readings import RE_DONE_WORK, RE_STATE_SENTENCE, RE_STILL_GOING  # (after the test above: most nodes fail it)

    told = "\n".join([node.text] + [d.text for d in node.walk()])
    return not (RE_DONE_WORK.search(told) or RE_STATE_SENTENCE.search(told) or RE_STILL_GOING.search(told)
                or RE_ANSWER.search(told))


RE_ANSWER = re.compile(r"(?:对此|为此|针对[^。，,]{0,12})[，,]?[^。]{0,20}?一是")


def _plain_feedback(node: Node) -> bool:
    if node.marker is None or node.marker.number != 0 or node.para is None:
        return False
    return bool(RE_FED_BACK_PLAIN.match(node.para.text))


def _list_candidate(root: Node, result: ParseResult, detail: str = "", name: str = "list"):
    level, nodes = choose_problem_nodes(root)
    if level is None or not nodes:
        return None
    if any(_unanswered_feedback(n) for n in nodes):
        return None  # "督察组反馈指出，…。" then "督察组要求，…": a news item on the feedback meeting, not a report of rectification
    if len(nodes) == 1 and _plain_feedback(nodes[0]):
        return None  # one such item is the whole notice's problem (readings.whole_document_candidate reads it)
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
    problems = _place_findings_joined(problems, nodes)
    bodies = [" ".join(c.text for c in _direct_text(n)[:1]) for n in nodes]
    opened = _status_sections_opened(problems, nodes)
    if opened is not problems:  # sections by status over 一是… problems: the list is read by those problems
        readings = _readings()
        c = readings.Candidate(name, opened, nodes, readings.list_features(opened, _evidence_share(nodes), bodies, None), detail)
        c.anomalies = scratch.anomalies  # type: ignore[attr-defined]
        return c
    readings = _readings()
    c = readings.Candidate(name, problems, nodes, readings.list_features(problems, _evidence_share(nodes), bodies, nodes), detail)
    c.anomalies = scratch.anomalies  # type: ignore[attr-defined]
    return c


# --- chk21: a check's report whose entries each name a place, body or aspect and state what was wrong there -----------
# SHAPE (not wording): a 督查/测评/检查 通报 or 曝光 lists entries; each opens on a NAME — a place, a body, a kind of body
# or an aspect ("1、某社区", "2.社区", "(一)某某方面") — that itself states nothing wrong, and what was found there follows
# the name. Two layouts of what follows:
# (a) numbered findings "(1)…" each on its own line under a place's or body's name: the place is ONE problem
#     (CONVENTIONS R11, R12: one body's faults are one problem), titled by the name and its findings joined as printed,
#     the same title the entry has when its findings run on the name's line ("3.某花园:(1)…;(2)…") — _place_findings_joined;
# (b) an unnumbered paragraph under a heading in the section of problems (its heading names the problems found): each
#     "一是/二是" item (R76a, R20), or else each ";" clause that states a fault (R10), is a problem; a paragraph of one
#     statement is one problem (R12); the heading is the category (R82), the number the heading's, not the problem's
#     (R78); a heading with nothing under it that states nothing wrong (a table reference) is no problem (R109) —
#     _headed_findings_opened.
# Near misses left alone: an aspect ("…方面") over numbered lines (those lines are the problems, the aspect their
# category, as the list reads them already); a name over numbered lines of what was done (measures); a heading that
# states a fault itself (the heading is the problem, R88); headings outside a section of problems (a plan's).
RE_ENTRY_NAME = re.compile(r"^[^，,。；;:：！!？?“”\s]{2,20}$")
RE_NOT_ENTRY_NAME = re.compile(r"问题|不足|措施|情况|要求|建议|做法|成效|打算|安排|整改|工作|附件|统计|表$|单$")  # (perf23: "表$|单$" for "[表单]$": literal-led alternatives, scanned for)
RE_LAST_STOP = re.compile(r"[。；;，,\s]+$")


def _entry_name(head: str) -> bool:
    from .levels import _reads_as_action, states_amiss

    return len(head) <= 20 and bool(RE_ENTRY_NAME.match(head)) and not RE_NOT_ENTRY_NAME.search(head) and not states_amiss(head) \
        and not _reads_as_action(head) and not RE_SUM_AT_END.search(head) and not RE_DISORDER.search(head)


# notice25: a heading closing on a sum of money ("费用挂往来16.80万元", "多结转销售成本32.50万元") is an audit's finding,
# named by the sum found, not the name of a place, body or aspect; so is one saying a thing is in disorder ("部分固定资产
# 管理混乱": no name says 混乱 — kept out of states_amiss, whose clause readers read "工程管理混乱" in a round's prose)
RE_SUM_AT_END = re.compile(r"\d[\d,.，]*\s*(?:万|亿)?元$")
RE_DISORDER = re.compile(r"混乱|无序")


def _finding_text(text: str) -> bool:
    from .levels import _reads_as_action, states_amiss

    t = text.strip()
    return len(t) >= 3 and states_amiss(t) and not _reads_as_action(t) and not RE_MEASURE_WORDS.search(t) \
        and not RE_ACCOUNT_DONE.search(t)


def _place_findings_joined(problems: list[ParsedProblem], nodes: list[Node]) -> list[ParsedProblem]:
    """(a) above: each item that is a name over its own numbered finding lines, titled by the name and the findings."""
    if len(nodes) != len(problems) or len(nodes) < 2:
        return problems
    joined: dict[int, str] = {}
    for k, n in enumerate(nodes):
        head = n.text.strip()
        kids = n.children
        if not kids and "一是" in head[:16]:  # (cheap: the name is short, its first item right after it)
            run_on = _name_run_into_findings(head)
            if run_on is not None:
                joined[k] = run_on
            continue
        # (the cheap tests of the layout first: most items have no such children, and the word tests run per item)
        if (not kids or any(c.marker is None or c.children for c in kids) or len({c.level for c in kids}) != 1
                or "方面" in head or not _entry_name(head) or not all(_finding_text(c.text) for c in kids)):
            continue
        joined[k] = RE_LAST_STOP.sub("", head + "".join(c.marker.raw + c.text.strip() for c in kids))
    if len(joined) < 2:
        return problems
    for k in joined:
        nodes[k].findings_joined = True  # (its findings state what is wrong there: readings.list_features' shortcoming)
    # (the findings a title now holds are no notes of it: the inline run's split, _name_run_into_findings)
    return [replace(p, title=joined[k], measures=[], notes=[x for x in p.notes if x.strip() not in joined[k]])
            if k in joined else p for k, p in enumerate(problems)]


def _name_run_into_findings(text: str) -> str | None:
    """ducha25 (CONVENTIONS C42, s25): (a) with the findings counted off 一是/二是 on the name's own line — a check
    notice's "(三)客运站一是无健康教育专栏…;二是候车大厅内有人吸烟无人劝阻…;三是…": the place or aspect is ONE problem,
    titled the whole item as printed (R11/R137, R88), its final stop dropped. Every item but the last states what is
    wrong there (the last may be cut by the copy, "四是创卫宣传"), two at least; an aspect ("…方面") over its 一是 items is
    _aspects_opened's, and a name over what was done ("某局一是加强学习;二是完善制度") is no finding."""
    xs = find_xs_items(text)
    if len(xs) < 2 or xs[0][1] != 1 or not 0 < xs[0][0] <= 14:
        return None
    head = text[:xs[0][0]]
    if "方面" in head or not _entry_name(head):
        return None
    items = [text[at + len(int_to_cn(num)) + 1:(xs[j + 1][0] if j + 1 < len(xs) else len(text))]
             for j, (at, num) in enumerate(xs)]
    stated = [_finding_text(RE_LAST_STOP.sub("", t)) for t in items]
    if not all(stated[:-1]) or sum(stated) < 2:
        return None
    return RE_LAST_STOP.sub("", text)


# (a 巡视/巡察 feedback's per-body or per-aspect prose, "（一）某局 / 存在A;B;C等问题。", is R19/R20's unlabelled prose, not a
# check's findings: its ';' clauses and single statements stay unread; its 一是/二是 items are labelled as R20 says)
RE_FEEDBACK_ROUND = re.compile(r"巡视|巡察|反馈")


# notice25: an audit result's findings grouped by the aspect they belong to, the aspect named as the problems found there
# ("财务管理中存在的问题", "资产管理方面存在的问题") — in a line of its own before the numbered findings, or numbered like
# them ("(三)国有资产管理中存在的问题" over the unnumbered finding "应计未计固定资产2498元" and its account): the aspect is
# the category of the findings after it (R79), and a numbered aspect's own finding is its first line, unnumbered (R128:
# seq null). Only an aspect named before 存在的问题 (not a bare "存在的问题", the section's label), and a first line that
# states a fault or closes on a sum, shorter than a sentence of account.
RE_ASPECT_PROBLEMS_LINE = re.compile(r"^[^，,。；;:：()（）\s]{2,16}?(?:中|方面|工作中)的?(?:主要)?存在的?(?:主要|突出)?问题[。:：]?$")


def _aspect_lines_over_findings(problems: list[ParsedProblem], nodes: list[Node]) -> None:
    from .levels import states_amiss

    parents = {id(n.parent): n.parent for n in nodes if n.parent is not None}
    if not any("存在" in (n.text or "") for n in nodes) and not any(
            "存在" in c.text for a in parents.values() for c in a.children if c.marker is None):
        return  # (a cheap look first)
    aspect = None
    parent = None
    at: dict[int, int] = {}
    for k, (p, n) in enumerate(zip(problems, nodes)):
        if n.parent is not parent:
            parent, aspect = n.parent, None
            at = {id(c): i for i, c in enumerate(parent.children)} if parent is not None else {}
        sibs = parent.children if parent is not None else []
        j = at.get(id(n))
        before = sibs[j - 1] if j else None
        # (the line unnumbered, or read as a label of its own: a marker numbered 0)
        line = (before.text if before.marker is None else heading_title(before)).strip() if before is not None and (
            before.marker is None or before.marker.number == 0) else ""
        if line and RE_ASPECT_PROBLEMS_LINE.match(line):
            aspect = _clean_title(line.rstrip("。:："))
        head = heading_title(n).strip().rstrip("。:：")
        if RE_ASPECT_PROBLEMS_LINE.match(head) and n.children and n.children[0].marker is None:
            first = n.children[0].text.strip()
            if len(first) <= 40 and "。" not in first.rstrip("。") and (states_amiss(first) or RE_SUM_AT_END.search(first.rstrip("。"))):
                aspect = _clean_title(head)
                q = ParsedProblem(seq=None, title=_clean_title(first.rstrip("。")), position=n.children[0].pos, category=aspect,
                                  status=p.status, responsible_units=list(p.responsible_units), deadline=p.deadline)
                q.notes = [c.text for c in n.children[1:] if c.marker is None]
                problems[k] = q
                continue
        if aspect is not None:
            p.category = aspect


def _headed_findings_opened(problems: list[ParsedProblem], nodes: list[Node], lead: str = "") -> list[ParsedProblem]:
    """(b) above: each heading naming a place, body or aspect over an unnumbered paragraph of findings, in the section
    of problems: the findings are the problems, the heading their category."""
    from .readings import _headings_over, _item_title, _sequential, _under_problem_section

    if not any(n.children and all(c.marker is None for c in n.children) for n in nodes):
        return problems  # (cheap: no heading over unnumbered paragraphs only)
    feedback = bool(RE_FEEDBACK_ROUND.search(lead))
    out: list[ParsedProblem] = []
    opened = 0
    empty: list[int] = []
    for p, n in zip(problems, nodes):
        kids = n.children
        if not kids:
            empty.append(len(out))
            out.append(p)
            continue
        if any(c.marker is not None for c in kids) or len(n.text) > 40:  # (a name is short: RE_ENTRY_NAME)
            out.append(p)
            continue
        head = heading_title(n)
        if not _entry_name(head) or not _under_problem_section(n):
            out.append(p)
            continue
        body = "\n".join(c.text.strip() for c in kids)
        found: list[ParsedProblem] = []
        xs = _sequential(find_xs_items(body))
        led = _led_items_paragraph(kids)
        if led is not None:
            # bw24: the place's lead paragraph ("督导组随机抽查了…。检查发现以下问题："), then its findings 一是…；二是…
            # in a paragraph of their own, then the demand ("请某局牵头，督促…于5月31日前完成整改。"): the items are the
            # problems (seq as printed, R76a), the demand's body and date their unit and deadline (R104/R105/R106)
            k, items_text = led
            xs = _sequential(find_xs_items(items_text))
            demand = _head_demand(" ".join(c.text.strip() for c in kids[k + 1:]))
            for j, (at, num) in enumerate(xs):
                end = xs[j + 1][0] if j + 1 < len(xs) else len(items_text)
                q = ParsedProblem(seq=num, title=_clean_title(_item_title(items_text[at + len(int_to_cn(num)) + 1:end])),
                                  category=head, position=n.pos)
                if demand is not None:
                    q.responsible_units, q.deadline = [demand[0]], demand[1]
                found.append(q)
        elif len(xs) >= 2 and not body[:xs[0][0]].strip():
            for j, (at, num) in enumerate(xs):
                end = xs[j + 1][0] if j + 1 < len(xs) else len(body)
                found.append(ParsedProblem(seq=num, title=_clean_title(_item_title(body[at + len(int_to_cn(num)) + 1:end])),
                                           category=head, position=n.pos))
        elif feedback or any(RE_FEEDBACK_ROUND.search(h[:40]) for h in _headings_over(n)):
            out.append(p)
            continue
        else:
            clauses = [RE_LAST_STOP.sub("", c) for c in re.split(r"[;；]", body.replace("\n", ""))]
            clauses = [c for c in clauses if c.strip()]
            if len(clauses) < 2 and body.rstrip("。 ").count("。"):
                clauses = []  # (several sentences with no items: not one statement)
            found = [ParsedProblem(seq=None, title=_clean_title(c), category=head, position=n.pos) for c in clauses]
        if not found or not all(_finding_text(q.title) for q in found):
            out.append(p)
            continue
        out.extend(found)
        opened += 1
    if not opened:
        return problems
    # (an item with nothing under it that states nothing wrong, among opened entries: a table's reference, no finding)
    return [q for k, q in enumerate(out) if k not in empty or _finding_text(q.title)]


def _led_items_paragraph(kids) -> tuple[int, str] | None:
    """(index, text) of the paragraph under a place's heading that lists its findings 一是…二是… from its start, after a
    lead paragraph closing on a colon that names them ("…检查发现以下问题：", "存在的主要问题有："); None otherwise (the
    lead stating what was done or asked, "整改措施如下：", is no lead of findings)."""
    from .readings import RE_INLINE_LEAD, RE_INLINE_LEAD_NOT, _sequential

    for k in range(1, min(len(kids), 4)):
        t = kids[k].text.strip()
        if not t.startswith("一是"):
            continue
        lead = kids[k - 1].text.strip()
        last = re.split(r"[。；;！!]", lead.rstrip("：:"))[-1]
        if not lead.endswith(("：", ":")) or not RE_INLINE_LEAD.search(last) or RE_INLINE_LEAD_NOT.search(last):
            return None
        xs = _sequential(find_xs_items(t))
        return (k, t) if len(xs) >= 2 and xs[0][0] == 0 else None
    return None


# the demand closing a place's findings, naming the body that leads their rectification and the date: "请梓溪县农业农村局
# 牵头，督促相关乡镇于2025年5月31日前完成整改。", "由某区住建局负责，于6月底前整改到位" (not a time to report by, "…前报送整改情况")
RE_HEAD_DEMAND = re.compile(
    r"(?:^|[。；;]\s*)(?:请|由|责成)\s*(?P<u>[^，,。；;、\s]{2,30}?(?:局|委员会|委|办公室|办|厅|中心|政府|街道办事处|街道|镇|乡|公司|院|所|站|管委会))"
    r"\s*(?:牵头|负责|牵头负责)[^。]{0,40}?(?:于|在)\s*(?P<d>(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|中旬|上旬|下旬)?\s*(?:之|以)?前)"
    r"\s*(?:完成(?:问题)?整改|整改(?:完毕|到位|完成)|完成)(?!情况|结果|报告|材料)")


def _head_demand(text: str) -> tuple[str, str] | None:
    m = RE_HEAD_DEMAND.search(text) if ("请" in text or "由" in text or "责成" in text) else None
    return (m.group("u"), re.sub(r"\s+", "", m.group("d"))) if m else None


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


RE_OCR_SLIP = re.compile(r"[lIO]")


def _mend_ocr_numbers(problems: list[ParsedProblem], nodes: list[Node]) -> None:
    """"项目3.1 / 项目3.l / 项目3.3": a number with an OCR slip (l, I, O for 1, 1, 0) that repeats the one before it,
    between two numbers that leave one out, is the one left out."""
    if len(nodes) != len(problems):
        return
    for k in range(1, len(problems) - 1):
        raw = nodes[k].marker.raw if nodes[k].marker is not None else ""
        a, b, c = problems[k - 1].seq, problems[k].seq, problems[k + 1].seq
        if RE_OCR_SLIP.search(raw) and a is not None and b == a and c == a + 2:
            problems[k].seq = a + 1


# an aspect a check names at the start of a heading: "1.办学条件方面：对照标准，主要存在以下问题：…", "（一）在…方面"
RE_ASPECT_HEAD = re.compile(r"^([^。:：;；]{2,40}?方面)(?:的问题|存在的问题)?(?=$|[:：。,，])")


# a count of problems done: "已完成整改合计4项", "已全部整改到位共4个", "已整改完成4项" (not "已完成5个，正在整改5个":
# the number is compared with the problems listed)
RE_DONE_COUNTED = re.compile(r"已(?:全部)?(?:完成整改|整改完成|整改到位|整改完毕)(?:问题)?(?:合计|共计?|累计)?\s*(\d{1,3})\s*[项个条]")


from .levels import RE_ANSWER_LABEL, answered_itself as _answered  # noqa: E402


def _subheads_opened(problems: list[ParsedProblem], nodes: list[Node], result) -> tuple[list[ParsedProblem], list[Node]]:
    """In a list whose problems are each answered under a label ("整改完成情况：…"), an item that is one short sentence
    standing alone ("2.巡视巡察、审计等反馈问题整改不到位。"), with no answer of its own but numbered items under it
    (①…) that each have theirs, is a sub-heading: the items under it are the problems, it their category (the nearest
    heading over them), each numbered by its own marker. An item with an answer, or with a body, stays a problem."""
    if not any(_answered(n) for n in nodes):
        return problems, nodes
    out: list[ParsedProblem] = []
    out_nodes: list[Node] = []
    for p, n in zip(problems, nodes):
        head = n.text.strip()
        kids = [c for c in n.children if c.marker is not None]
        if (_answered(n) or not kids or len(kids) != len(n.children) or len(head) > 40
                or head.rstrip("。").count("。") or re.search(r"[;；:：]", head) or not all(_answered(c) for c in kids)):
            out.append(p)
            out_nodes.append(n)
            continue
        for c in kids:
            q = build_problem(c, c.level, result)
            q.category = _clean_title(head)
            out.append(q)
            out_nodes.append(c)
    return out, out_nodes


def _aspects_opened(problems: list[ParsedProblem], nodes: list[Node]) -> list[ParsedProblem]:
    """An item that is an aspect ("…方面") whose own problems follow it as 一是/二是 (inline or one per paragraph),
    led by no measure or demand, under a heading or lead naming problems: its items are the problems, the aspect their
    category (a self-check's 对照检查材料, a 限期整改通知's findings). Items with numbered children stay as they are."""
    from .readings import RE_INLINE_LEAD, RE_INLINE_LEAD_NOT, _item_title, _lead_sentence, inline_items

    out: list[ParsedProblem] = []
    for p, n in zip(problems, nodes):
        head = heading_title(n)
        m = RE_ASPECT_HEAD.match(head)
        if not m or any(c.marker is not None for c in n.children):
            out.append(p)
            continue
        body = "\n".join([n.text] + [c.text for c in n.children])
        items = inline_items(body)
        named = bool(RE_INLINE_LEAD.search(body[: items[0][0]] if items else ""))
        a = n.parent
        while a is not None and a.marker is not None and not named:
            named = bool(RE_INLINE_LEAD.search(heading_title(a)))
            a = a.parent
        if len(items) < 2 or not named or RE_INLINE_LEAD_NOT.search(_lead_sentence(body[: items[0][0]])):
            out.append(p)
            continue
        titles = []
        for j, (_, num, start) in enumerate(items):
            end = items[j + 1][0] if j + 1 < len(items) else len(body)
            titles.append((num, _item_title(body[start:end])))
        if any(len(t) < 4 for _, t in titles):
            out.append(p)
            continue
        out.extend(ParsedProblem(seq=num, title=t, category=m.group(1), position=n.pos) for num, t in titles)
    return out


# a category naming a kind of problem, closed by a colon: "（一）定点医疗机构医保管理问题：一是…", "（二）医保基金使用违法违规
# 问题：" (not a problem stated and wrapped: "关于“…”的问题：", "（一）理论学习不深入的问题：")
RE_KIND_HEAD = re.compile(r"^(?!关于)([^。:：;；，,“”()（）]{2,30}?(?<!的)问题)\s*[:：]")


def _kinds_opened(problems: list[ParsedProblem], nodes: list[Node]) -> list[ParsedProblem]:
    """Two or more categories each naming a kind of problem with a colon, over their own 一是/二是 items (inline or one
    a paragraph), after a lead naming the problems ("具体问题包括："): the items are the problems — seq the printed number
    (一是 → 1: CONVENTIONS R76a), titled by their first sentence — the kind their category (blind28 nhsa's 医保 突击检查). Every item must state
    a fault: "（一）…问题：一是加强…二是建立…" answers a problem with measures and stays as it is."""
    from .readings import RE_DONE_WORK, RE_INLINE_LEAD_NOT, _item_title, _sequential

    if len(nodes) < 2 or len(nodes) != len(problems) or not all(RE_KIND_HEAD.match(n.text) for n in nodes):
        return problems
    lead = _run_lead(nodes[0]).strip()
    if "问题" not in lead or RE_INLINE_LEAD_NOT.search(lead) or any(c.marker is not None for n in nodes for c in n.children):
        return problems
    out: list[ParsedProblem] = []
    for n in nodes:
        kind = RE_KIND_HEAD.match(n.text)
        body = "\n".join([n.text[kind.end():]] + [c.text for c in n.children])
        xs = _sequential(find_xs_items(body))
        if len(xs) < 2 or body[:xs[0][0]].strip() or RE_DONE_WORK.search(body) or RE_MEASURE_WORDS.search(body):
            return problems  # (nor items told with what was done about them: a report's account of that kind)
        for j, (at, num) in enumerate(xs):
            end = xs[j + 1][0] if j + 1 < len(xs) else len(body)
            title = _clean_title(_item_title(body[at + len(int_to_cn(num)) + 1:end]))
            if len(title) < 4 or _reads_as_action(title):
                return problems
            out.append(ParsedProblem(seq=num, title=title, category=kind.group(1), position=n.pos))
    return out


# a 巡察/巡视 feedback told to the inspected body: "正式反馈巡察意见", "巡察情况反馈会议", "向…反馈了巡视情况"
RE_FEEDBACK_TOLD = re.compile(r"反馈(?:了)?(?:巡察|巡视)(?:意见|情况)|(?:巡察|巡视)(?:情况|意见)?反馈(?:会|意见)")
RE_XS_OPENING = re.compile(r"^([一二三四五六七八九十]{1,3})是")
RE_MEASURE_WORDS = re.compile(r"整改(?:措施|情况|进展|时限)|责任(?:单位|人)\s*[:：]")


# gs20: a heading naming problems ("三、目前我县突出环境问题") over one paragraph that runs its items "关于X。<bureau>(牵头)负责,
# …" together — a speech's list of the problems in hand, each with the bureau charged: one problem per "关于" item,
# titled X (关于 stripped, a closing 问题 kept: R86/R87), the bureau its unit, the heading its category; the copy's last
# item cut right after its bureau's name is kept. Two items at least with "负责" right after them.
RE_ABOUT_ITEM = re.compile(r"(?:^|(?<=[。！!；;]))\s*关于([^。；;，,]{2,30})。\s*([\u4e00-\u9fff]{2,16}?(?:局|委|办|部|厅|中心|政府|街道|镇|乡))"
                           r"(?:(?:牵头)?(?:负责|落实)|\s*$)")


def _about_items_opened(problems: list[ParsedProblem], nodes: list[Node]) -> list[ParsedProblem]:
    if not any(len(n.children) == 1 and n.children[0].text.lstrip().startswith("关于") for n in nodes):
        return problems  # (cheap: no heading over one paragraph opening on 关于)
    out: list[ParsedProblem] = []
    changed = False
    for p, n in zip(problems, nodes):
        head = heading_title(n)
        if not head.endswith("问题") or len(n.children) != 1 or n.children[0].marker is not None:
            out.append(p)
            continue
        body = n.children[0].text.strip()
        items = list(RE_ABOUT_ITEM.finditer(body))
        charged = [m for m in items if m.group(0).rstrip().endswith(("负责", "落实"))]
        opened = len(re.findall(r"(?:^|[。！!；;])\s*关于", body))  # (every sentence opening on 关于 must be such an item)
        if len(charged) < 2 or not body.startswith("关于") or items[0].start() != 0 or opened != len(items):
            out.append(p)
            continue
        for m in items:
            out.append(ParsedProblem(seq=None, title=_clean_title(m.group(1)), category=head, position=n.pos,
                                     responsible_units=[m.group(2)]))
        changed = True
    return out if changed else problems


def _feedback_areas_opened(problems: list[ParsedProblem], nodes: list[Node], lead: str) -> list[ParsedProblem]:
    """A 巡察/巡视 feedback (its lead says the feedback is being given) whose areas "一、聚焦…，政治引领作用有待强化" each hold,
    after at most one lead paragraph ("巡察发现，…存在“知行不一”的现象。"), paragraphs opening "一是…" "二是…" that state
    what is wrong: those are the problems — seq the printed number (R76a), titled by their first sentence — the area their category (blind28
    school speech; blind26 lnst's 一是 per body). Paragraphs "一是加强…" answering an area are measures: left alone."""
    from .readings import RE_DONE_WORK, RE_SHORTCOMING, _item_title

    if not RE_FEEDBACK_TOLD.search(lead):
        return problems
    out: list[ParsedProblem] = []
    for n in nodes:
        kids = n.children
        if any(c.marker is not None for c in kids):
            return problems
        inline = _inline_area_items(n)
        if inline is not None:
            # gs20: the area's heading sentence run straight into its "一是…二是…" (on its own line, or the items inline
            # in the one paragraph below it): each item is a problem, titled by the whole item with its "如，…"
            # examples (R88: a heading run into its description on the same line)
            # (each item must state a fault in its first sentence — "落实…政策迟缓" is no action though it opens with
            # 落实 — and tell nothing done: "一是加强…二是建立…" answering the area stays as it is)
            # (st21: the check is on the item's statement; its account, a paragraph of its own under an answer label,
            # gives its measures and status — a progress report's ordinary shape)
            for j, item in enumerate(inline, 1):
                first = _item_title(item.text)
                faulted = bool(RE_SHORTFALL.search(first) or RE_SHORTCOMING.search(first))
                if (len(first) < 6 or not faulted or RE_DONE_WORK.search(item.text) or RE_MEASURE_WORDS.search(item.text)):
                    return problems
                q = ParsedProblem(seq=j, title=item.title, category=heading_title(n), position=n.pos)
                if item.account:
                    _answer_read(q, item.account, item.pos)
                out.append(q)
            continue
        if not kids:
            return problems
        first = next((k for k, c in enumerate(kids) if RE_XS_OPENING.match(c.text)), None)
        if first is None or first > 1:
            return problems
        for j, c in enumerate(kids[first:], 1):
            m = RE_XS_OPENING.match(c.text)
            if m is None or cn_to_int(m.group(1)) != j:
                return problems
            title = _clean_title(_item_title(c.text[m.end():]))
            if len(title) < 6 or _reads_as_action(title) or not (RE_SHORTFALL.search(title) or RE_SHORTCOMING.search(title)):
                return problems
            if RE_DONE_WORK.search(c.text) or RE_MEASURE_WORDS.search(c.text):
                return problems  # (a report's sub-problem told with what was done about it: "一是…不规范。整改情况：已…")
            out.append(ParsedProblem(seq=j, title=title, category=heading_title(n), position=c.pos))
    return out


# st21: an area's items as a document states them, whatever its format did to the paragraphs. The shape: an area heading
# ("（一）…有差距。") over its 一是…N是 items, where the items run on — into the heading's own paragraph, or several to a
# paragraph — and each item may go on in paragraphs that are its continuation: its examples ("如，…", "又如，…"), or the
# rest of a sentence a PDF broke off mid-line (the paragraph before ends without closing punctuation); and in a
# progress report each item is followed by its account, a paragraph under an answer label ("整改情况：（1）…；（2）….目前，
# 该问题已完成整改。" — levels.RE_ANSWER_LABEL) that gives the item's measures and, in its closing sentence, its status.
# The area is read as one stream of its statement paragraphs joined without a separator, so a .txt line, a .docx
# paragraph and a PDF's broken lines give the same items (blindwritten20 w20_01/w20_06, w20_02; blind38 lzq).
RE_EXAMPLE_LEAD = re.compile(r"^\s*(?:如|又如|例如|比如|譬如|再如)[，,：:]")
_CLOSED = ("。", "！", "!", "？", "?", "；", ";", "”", "）", ")")


class AreaItem:
    __slots__ = ("title", "text", "account", "pos")

    def __init__(self, title: str, text: str, account: str, pos: int | None) -> None:
        self.title, self.text, self.account, self.pos = title, text, account, pos


def _inline_area_items(n: Node) -> list[AreaItem] | None:
    """gs20/st21: each "一是/二是…" item an area heading runs into — "（一）…有差距。一是…。如，…。二是…" in one paragraph,
    the heading alone on its line over the items, or the items run on over several paragraphs, each item's continuation
    (its examples, a sentence broken off) joined to it and its account ("整改情况：…", a paragraph of its own) kept
    apart — numbered 1, 2, … from the heading's first full stop (or the first paragraph's start) on; None when the area
    is not told so (every item opening a paragraph of its own with nothing run on, a lead sentence before them, fewer
    than two, a paragraph that neither opens an item nor continues one, accounts for some items only)."""
    from .readings import _sequential

    i = n.text.find("。")
    rest = n.text[i + 1:] if i >= 0 else ""
    if "二是" not in rest and not any("二是" in c.text for c in n.children):
        return None  # (cheap: no second item anywhere in the area)
    stream = ""
    starts: list[int] = []  # the stream offset where each statement paragraph starts
    accounts: list[tuple[int, str, int | None]] = []  # (stream offset, account text after its label, position)
    segments = ([(rest, n.pos)] if rest.strip() else []) + [(c.text, c.pos) for c in n.children]
    after_account = False
    for text, pos in segments:
        t = text.strip()
        label = RE_ANSWER_LABEL.match(t)
        if label:
            if not stream:
                return None  # (an account before any item: the area's own account)
            accounts.append((len(stream), t[label.end():].strip(), pos))
            after_account = True
            continue
        opens_item = RE_XS_OPENING.match(t) is not None
        if stream and not opens_item and (after_account or (stream.endswith(_CLOSED) and not RE_EXAMPLE_LEAD.match(t))):
            return None  # (a paragraph that neither opens an item nor goes on with one: not this shape)
        after_account = False
        starts.append(len(stream))
        stream += t
    if "二是" not in stream:
        return None
    xs = _sequential(find_xs_items(stream))
    if len(xs) < 2 or stream[:xs[0][0]].strip():
        return None
    run_on = bool(rest.strip()) or any(at not in starts for at, _ in xs)
    if not run_on:
        return None  # (every item opens its own paragraph: _feedback_areas_opened reads them one a paragraph)
    bounds = [at for at, _ in xs] + [len(stream)]
    for k, (at, _, _) in enumerate(accounts):
        # an account must follow an item's statement and precede the next item's (a paragraph of statement after an
        # account belongs to no item)
        if at not in bounds[1:] or (k + 1 < len(accounts) and accounts[k + 1][0] == at):
            return None
    if accounts and len(accounts) != len(xs):
        return None  # (some items answered, some not: not one account an item)
    told = {at: (text, pos) for at, text, pos in accounts}
    out = []
    for j, (at, num) in enumerate(xs):
        end = bounds[j + 1]
        text = stream[at + len(int_to_cn(num)) + 1:end]
        account, pos = told.get(end, ("", n.pos))
        out.append(AreaItem(_clean_title(text.strip(" 　,，、:：；;")), text, account, pos))
    return out


# st21: the sentences assigning a problem after its statement (titles.RE_ASSIGNMENT_SENTENCE): the lead body "由X牵头"
# and its partners ", Y、Z配合" are its units, lead first (R104); "要求于…前完成整改" its deadline as written (R106),
# "要求长期坚持" the long-term deadline
RE_ASSIGNED_LEAD = re.compile(r"由([^。；;，,]{2,40}?)(?:牵头|负责)")
RE_ASSIGNED_PARTNERS = re.compile(r"[，,]\s*([^。；;，,]{2,60}?)(?:配合|协助|协办|参与)")
RE_ASSIGNED_LONG_TERM = re.compile(r"(?:要求|需|须)(长期坚持|持续整改)")
RE_ASSIGNED_BY = re.compile(r"(?:整改|完成)(?:时限|期限)(?:为|是)\s*([^。；;，,]{2,20})")


def _assignment_fields(problem: ParsedProblem, inline: str, duties_only: bool = False) -> None:
    """Units and deadline from the sentences assigning a problem: those opening ``inline`` (what was done follows them),
    or, ``duties_only`` (a field of the duties, "整改责任：…"), every such sentence of it."""
    from . import RE_MEASURE_BY, RE_MEASURE_DATE_BY

    units: list[str] = []
    deadline = None
    for sentence in inline.split("。"):
        sentence = sentence.strip()
        if not RE_ASSIGNMENT_SENTENCE.match(sentence):
            if duties_only:
                continue
            break  # (only the sentences opening the body: what was done follows them)
        lead = RE_ASSIGNED_LEAD.search(sentence)
        if lead:
            add_units(units, split_units(lead.group(1)))
            partners = RE_ASSIGNED_PARTNERS.search(sentence, lead.end())
            if partners:
                add_units(units, split_units(partners.group(1)))
        if deadline is None:
            by = RE_MEASURE_BY.search(sentence) or RE_MEASURE_DATE_BY.search(sentence) or RE_ASSIGNED_BY.search(sentence)
            long_term = RE_ASSIGNED_LONG_TERM.search(sentence)
            deadline = re.sub(r"\s+", "", by.group(1)) if by else (long_term.group(1) if long_term else None)
    if not problem.responsible_units and units:
        problem.responsible_units = units
    if problem.deadline is None and deadline:
        problem.deadline = deadline


# bw23: a one-task account telling in a sentence of the problem who is to rectify it and by when, among what the leaders
# do: "…将该问题列为县级领导领办事项，由分管副县长牵头督办，明确由县水利局牵头，县财政局、某镇政府配合整改，要求于2024年
# 6月底前完成整改。" — the clause "由<body>牵头" (or 负责) standing alone, the clause "<bodies>配合" after it, and the clause
# "要求于<date>前完成整改" (or 限于 / 须在 … 整改到位 / 办结): the units (lead first, R104) and the deadline as written (R106).
# A leader leading the supervision ("由分管副县长牵头督办", "由县长负责协调") is no unit: the clause ends on 牵头/负责 (or
# 牵头整改/负责整改) and names a body, not a person's post.
_RE_PROSE_LEAD = re.compile(r"^(?:并|同时)?(?:[^，,。；;由]{0,10}?(?:明确|确定|指定|责成|决定)|(?:该|此|这一?)项?(?:问题|任务|事项)(?:的)?(?:整改)?)?由([^，,。；;]{2,30}?)(?:牵头|负责)(?:整改|落实|推进|办理)?$")
_RE_PROSE_PARTNERS = re.compile(r"^([^，,。；;]{2,60}?)(?:配合|协助|协同|参与)(?:整改|落实|推进|办理)?$")
_RE_PROSE_BY = re.compile(r"^(?:并)?(?:要求|限|须|需|必须|确保|力争)(?:于|在)?\s*((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|中旬|上旬|下旬)?"
                          r"\s*(?:之|以)?前|\d{4}\s*年\s*(?:底|年底)\s*(?:之|以)?前)\s*(?:全面|全部)?(?:完成整改|整改到位|整改完毕|完成|办结)$"
                          # bw25: the time limit named as such in its clause, "整改时限为2022年12月底前", "完成时限定为2024年6月
                          # 30日", "整改期限为立行立改" (as written, R106; not "整改时限内", a clause naming no date)
                          r"|^(?:并)?(?:整改|完成)?(?:时限|期限)(?:为|是|定为|确定为|明确为)\s*((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*"
                          r"(?:\d{1,2}\s*日|底|中旬|上旬|下旬)?\s*(?:之|以)?前?|\d{4}\s*年\s*(?:底|年底)\s*(?:之|以)?前?|立行立改|长期坚持)$")
_RE_PERSON_POST = re.compile(r"(?:县长|市长|区长|镇长|乡长|书记|主任|局长|领导|同志|主席|负责人|组长)$")
_RE_OF_THE_PROBLEM = re.compile(r"(?:该|此|这一?|上述)(?:项)?(?:问题|任务|事项)")


def prose_assignment(text: str, of_problem: bool = True) -> tuple[list[str], str | None]:
    """(units, deadline) a sentence about the problem assigns in clauses (see _RE_PROSE_LEAD): the first such sentence.
    (of_problem=False: any sentence assigning units, not only one naming "该问题" — for a notice of one problem, whose
    every assignment is that problem's.)"""
    if "由" not in text:
        return [], None
    for sentence in re.split(r"[。；;]", text):
        if "由" not in sentence or (of_problem and not _RE_OF_THE_PROBLEM.search(sentence)):
            continue
        clauses = [c.strip() for c in re.split(r"[，,]", sentence)]
        units: list[str] = []
        deadline = None
        for k, clause in enumerate(clauses):
            lead = _RE_PROSE_LEAD.match(clause)
            if lead and not units and not _RE_PERSON_POST.search(lead.group(1)) and "分管" not in lead.group(1):
                add_units(units, split_units(lead.group(1)))
                partners = _RE_PROSE_PARTNERS.match(clauses[k + 1]) if k + 1 < len(clauses) else None
                if partners and not _RE_PERSON_POST.search(partners.group(1)):
                    add_units(units, split_units(partners.group(1)))
                continue
            by = _RE_PROSE_BY.match(clause) if units and deadline is None else None
            if by:
                deadline = re.sub(r"\s+", "", by.group(1) or by.group(2))
        if units:
            return units, deadline
    return [], None


def closing_status(account: str) -> tuple[str | None, int]:
    """(status, where the stating sentence starts) of an account that ends by saying where its problem stands: "目前，该问题
    已完成整改。", "目前正在整改中。", "该项工作需长期坚持。" (the same sentences build_problem reads at an account's
    end); (None, len(account)) when it does not."""
    from .readings import RE_STATE_SENTENCE

    text = account.rstrip()
    said = list(RE_STATE_SENTENCE.finditer(text))
    if said:
        st = status_of(said[-1].group(1).replace("完成整改", "已完成整改"))
        if st:
            return st, said[-1].start()
    now = RE_NOW_STATE.search(text) or RE_NOW_CLAUSE.search(text)
    if now and status_of(now.group(1).replace("全部", "")):
        return status_of(now.group(1).replace("全部", "")), now.start()
    tail_at = max(0, len(text) - 24)
    tail = text[tail_at:]
    closing = RE_CLOSING_STATE.search(tail) if ("该" in tail or "此" in tail) else None
    if closing and status_of(closing.group(1)):
        return status_of(closing.group(1)), tail_at + closing.start()
    return None, len(account)


def _answer_read(problem: ParsedProblem, account: str, pos: int | None) -> None:
    """An item's account under its answer label (R118: the item's sole account of what was done): its numbered items
    (an undivided paragraph: one) are the measures, its closing sentence the status (R93) and no measure."""
    status, at = closing_status(account)
    problem.status = status
    body = account[:at].strip() if at > 0 else account.strip()
    # (the stop before the status sentence, when it had none: "…登记备案目前，该问题已完成整改。")
    body = body.rstrip("，,；; ")
    if body:
        problem.measures, notes, _ = split_measures([BodyItem(body, pos, parse_marker(body))])
        problem.notes.extend(notes)


# what was done, told in the same clause run as the problem: "理论学习不深入，已制定学习计划"
RE_ACCOUNT_CLAUSE = re.compile(r"[，,]\s*(?=(?:目前|现|均|已经?|正在|经)[^，,。；;]{0,4}?(?:已|正在|完成|整改|推进|制定|修订|建立|开展|腾退|清理|追回))")


def _status_sections_opened(problems: list[ParsedProblem], nodes: list[Node]) -> list[ParsedProblem]:
    """Sections by status ("一、已完成整改的问题" "二、正在推进的问题") each holding its problems as 一是/二是 with no
    number of their own: the headings are no problems, their 一是… items are, each with its section's status and, when
    the item goes on to what was done ("…不深入，已制定学习计划"), that as its one measure."""
    from .readings import _sequential

    if not nodes or len(nodes) != len(problems) or not section_status(heading_title(nodes[0])):
        return problems  # (the first heading tells most lists apart: no status, no look at the others)
    statuses = [section_status(heading_title(n)) for n in nodes]
    if not all(statuses):
        return problems
    changed = False
    out: list[ParsedProblem] = []
    for p, n, st in zip(problems, nodes, statuses):
        body = "\n".join(c.text for c in n.children if c.marker is None)
        xs = _sequential(find_xs_items(body)) if body and not any(c.marker is not None for c in n.children) else []
        if not xs or xs[0][0] > 0:
            out.append(p)
            continue
        changed = True
        for j, (at, num) in enumerate(xs):
            end = xs[j + 1][0] if j + 1 < len(xs) else len(body)
            chunk = body[at + len(int_to_cn(num)) + 1:end].strip(" 　，,；;。\n")
            cut = RE_ACCOUNT_CLAUSE.search(chunk)
            title, account = (chunk[:cut.start()], chunk[cut.end():]) if cut else (chunk, "")
            q = ParsedProblem(seq=num, title=_clean_title(title), category=heading_title(n), status=st, position=n.pos)
            if account.strip(" 。"):
                q.measures = [ParsedMeasure(seq=None, text=account.strip(" 。"), position=n.pos)]
            out.append(q)
    return out if changed else problems


# items run together in one paragraph, each a numbered statement with its rectification labelled inline:
# "…共5个。1.理论学习流于形式，整改情况：一是…。（已完成整改）2.财务…，整改情况：…" (a number after a full stop, a
# colon closing the lead ("…汇报如下:(一)…。整改措施:…") or a closing bracket, then a statement with no full stop before "整改情况：/整改措施：", or "问题一：<statement>。整改情况：…")
RE_RUN_TOGETHER_ITEM = re.compile(r"(?<=[。）):：])(?=(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十]{1,3}[）)]"
                                  r"|问题[一二三四五六七八九十\d]{1,3}[:：])"
                                  r"[^。；;]{4,60}?。?(?:整改情况|整改措施|整改进展)[:：])")
# (perf25: searched as the stop itself, then the same look-ahead — led by a class the engine scans for, where the
# look-behind had it try every offset; the cut is the match's end, right after the stop: the same cuts, test_perf25)
RE_RUN_TOGETHER_ITEM_AT_STOP = re.compile("[。）):：]" + RE_RUN_TOGETHER_ITEM.pattern[len("(?<=[。）):：])"):])


# an item opening with the point of a check list it answers and a label: "9.第(C13)点的存在的不足与建议:"
RE_POINT_LABELLED_ITEM = re.compile(r"(\d{1,3})[.．、]\s*(第\s*[(（]?[A-Za-z]{0,2}\d{1,3}[)）]?\s*[点项条][^:：。;；]{0,14}[:：])")


def _label_shape(label: str) -> str:
    return re.sub(r"[A-Za-z]{0,2}\d{1,3}", "#", re.sub(r"\s+", "", label))


def _split_point_labelled(paras: list[Para]) -> list[Para]:
    """Items opening alike ("N.第(Cx)点的存在的不足与建议:", three or more): one run into the line before it ("…收费备案表
    未提供10.第(C16)点的存在的不足与建议:…") is an item of its own, numbered after the one it is run into."""
    opened = [RE_POINT_LABELLED_ITEM.match(p.text) for p in paras]
    shapes = [_label_shape(m.group(2)) for m in opened if m]
    common = {sh for sh in shapes if shapes.count(sh) >= 3}
    if not common:
        return paras
    out: list[Para] = []
    for p, m0 in zip(paras, opened):
        if not m0 or _label_shape(m0.group(2)) not in common:
            out.append(p)
            continue
        cuts = [m.start() for m in RE_POINT_LABELLED_ITEM.finditer(p.text, m0.end())
                if _label_shape(m.group(2)) in common and int(m.group(1)) > int(m0.group(1))]
        bounds = [0, *cuts, len(p.text)]
        out.extend(replace(p, text=p.text[a:b].strip()) for a, b in zip(bounds, bounds[1:]) if p.text[a:b].strip())
    return out


def split_labelled_items(paras: list[Para]) -> list[Para]:
    """Each run-together item of a paragraph holding two or more of them as a paragraph of its own."""
    paras = _split_point_labelled(paras) if "第" in "".join(p.text[:12] for p in paras) else paras
    out: list[Para] = []
    for p in paras:
        # (every item the pattern cuts at names 整改情况/整改措施/整改进展: a paragraph naming none has none, and the
        # pattern, opening with a look-behind, is tried at every offset)
        t = p.text
        cuts = ([m.end() for m in RE_RUN_TOGETHER_ITEM_AT_STOP.finditer(t)]
                if "整改情况" in t or "整改措施" in t or "整改进展" in t else [])
        if len(cuts) < 2:
            out.append(p)
            continue
        bounds = [0, *cuts, len(p.text)]
        pieces = [p.text[a:b].strip() for a, b in zip(bounds, bounds[1:])]
        # one run switching style ("1. 2. 4. （五）"): an item numbered unlike most of the run is read at their level
        marks = [parse_marker(t) for t in pieces[1:]]
        levels = [m.level for m in marks if m]
        common = max(set(levels), key=levels.count) if levels else None
        model = next((m for m in marks if m and m.level == common), None)
        for i, m in enumerate(marks, 1):
            if m and model and m.level != common and model.raw[:-1].isdigit():
                pieces[i] = f"{m.number}{model.raw[-1]}{m.rest}"
        out.extend(replace(p, text=t) for t in pieces if t)
    return out


# the lead of a list answering the problems: a heading "二、整改措施", or the sentence closing the last problem's paragraph
# "针对以上诸多问题，学校请求镇政府…解决：" (not "二、下一步工作打算", nor the checker's "三、整改要求" to those checked)
RE_ANSWER_LEAD = re.compile(r"整改措施|整改情况|措施|针对|对此|为此")
RE_ANSWER_LEAD_NOT = re.compile(r"下一步|打算|计划|长效|要求")
# a closing sentence saying every problem found is rectified: "青杠坡小学对于检查中出现的问题已整改", "以上问题均已整改到位"
# (not some of them: "已整改3个", "正在整改")
# (news22: also of the hazards above, of a kind named, fixed on the spot: "以上火灾隐患已经现场整改完毕")
RE_FOUND_ALL_RECTIFIED = re.compile(r"(?:以上|上述|检查中?|发现|出现|存在|反馈)的?(?:问题|不足|(?<=[上述的])[\u4e00-\u9fff]{0,4}?隐患)"
                                    r"(?:均|都|全部)?已(?:全部)?(?:经)?(?:现场|当场|立即)?"
                                    r"(?:整改(?:完毕|到位|完成)?|完成整改)(?![\d一二三四五六七八九十]|[^。！!，,]{0,6}[个项条])")


# ks20: a closing paragraph saying it of the problems above: "以上反馈问题已全部整改到位。" (the whole paragraph: not "以上问题
# 已整改完毕的，…" going on, nor a goal, "确保以上问题全部整改到位")
RE_CLOSING_ALL_RECTIFIED = re.compile(r"(?:目前|截至[^，,。]{2,12}|至此)?[，,]?\s*(?:以上|上述)(?:所列|反馈|巡察|巡视|督察|审计|检查)?的?"
                                      r"(?:反馈)?(?:问题|不足)(?:均|都|全部)?已(?:全部)?(?:经)?(?:整改(?:完毕|到位|完成)?|完成整改)[。！!]?$")


# an answer that only names its problem again: "关于《审计报告》中提出“扩大开支范围”的问题情况属实" (cut there)
RE_RESTATED_ONLY = re.compile(r"^关于[^。，,；;]{0,120}?的?问题(?:的?情况)?(?:属实|确实存在)?$")


def _cut_in(node: Node) -> bool:
    """The copy is cut in the node: nothing follows it, and it stops mid-sentence."""
    if node.children or not node.text or node.text.rstrip()[-1] in "。！!？?；;）)”》":
        return False
    while node.parent is not None:
        if node.parent.children[-1] is not node:
            return False
        node = node.parent
    return True


def _pair_answering_list(problems: list[ParsedProblem], nodes: list[Node]) -> None:
    """Problems 1…n with nothing done under them, then a list numbered again from 1 at the same level that answers them
    one by one — the next section "二、整改措施 1、…4、", or items after "针对以上诸多问题，…：" closing the last problem's
    paragraph: item k is the one measure of problem k (as many items, or fewer where the copy is cut). A sentence after
    the answer saying the problems found are rectified ("…对于检查中出现的问题已整改") gives each problem status done."""
    n = len(problems)
    if n < 2 or len(nodes) != n or any(p.measures for p in problems) or [p.seq for p in problems] != list(range(1, n + 1)):
        return
    last, level = nodes[-1], nodes[-1].level
    if any(c.marker is not None for nd in nodes for c in nd.children) or last.parent is None:
        return
    sibs = last.parent.children
    k = next(i for i, c in enumerate(sibs) if c is last)
    after = [c for c in sibs[k + 1:]]
    lead = ""
    if after and after[0].marker is not None and after[0].level == level and after[0].marker.number == 1:
        stop = last.text.find("。")
        lead = last.text[stop + 1:] if stop >= 0 else ""
        run = after
    else:
        sec = last.parent
        if sec.marker is None or sec.parent is None:
            return
        ups = sec.parent.children
        j = next(i for i, c in enumerate(ups) if c is sec)
        nxt = ups[j + 1] if j + 1 < len(ups) else None
        if nxt is None or nxt.marker is None or nxt.level != sec.level:
            return
        lead = heading_title(nxt)
        run = [c for c in nxt.children if c.marker is not None]
        if not any(c.level == level and c.marker.number == 1 for c in run):
            # check24: the answering list one rank down, under its own heading in that section ("二、整改情况汇报 (一)整改
            # 时限 … (二)整改措施 …：(1)…(4)"): the items of the subsection naming the measures, numbered in their own rank
            sub = next((c for c in run if RE_ANSWER_LEAD.search(heading_title(c)) and not RE_ANSWER_LEAD_NOT.search(heading_title(c))
                        and any(d.marker is not None for d in c.children)), None)
            if sub is not None:
                lead = heading_title(sub)
                run = [d for d in sub.children if d.marker is not None]
                level = run[0].level
    if not RE_ANSWER_LEAD.search(lead) or RE_ANSWER_LEAD_NOT.search(lead):
        return
    items: list[Node] = []
    for c in run:
        if c.marker is None or c.level != level or c.marker.number != len(items) + 1:
            break
        items.append(c)
    if len(items) < 2 or len(items) > n or (len(items) < n and not _cut_in(items[-1])):
        return
    closing = ""
    for p, it in zip(problems, items):
        text = it.text
        if it is items[-1]:
            stop = text.find("。")
            if 0 <= stop < len(text) - 1:
                text, closing = text[:stop], text[stop + 1:]
        text = text.strip(" 　,，;；。")
        if RE_RESTATED_ONLY.match(text):
            continue  # the answer names its problem again and the copy stops there: nothing done is told
        p.measures = [_measure_from(text, it.marker.number, it.pos)]
    if RE_FOUND_ALL_RECTIFIED.search(closing):
        for p in problems:
            p.status = p.status or "done"


RE_CHECK_TOLD = re.compile(r"检查|督查|督导|暗访|巡查|抽查|核查|察看|走访")
RE_ONE_TASK_WORDS = re.compile(r"公示|销号|验收|整改任务|反馈问题|督察反馈|交办")


def _found_label_clauses(c, paras: list[Para]):
    """res22: a check's record whose one labelled item is the check's finding label over its ';' clauses ("存在问题：A；B等
    问题。" then "整改情况：…"): the list reads the label as one item, but each clause is a finding (R10) — read as the
    check's paragraph of findings is (readings._labelled_problem_clauses: each clause stating a fault, the account after
    them answering in order). Not a task's field ("整改任务：A；B", R14: one problem) nor a label of one statement."""
    if len(c.problems) != 1 or len(c.nodes) != 1:
        return c
    n = c.nodes[0]
    if n.marker is None or n.marker.number != 0 or n.para is None or ("；" not in n.para.text and ";" not in n.para.text):
        return c
    from .readings import RE_FOUND_LABEL_OPENING, _labelled_problem_clauses

    if not RE_FOUND_LABEL_OPENING.match(n.para.text.strip()):
        return c
    before = "\n".join(p.text for p in paras if p.pos < n.para.pos)[-300:]
    if not RE_CHECK_TOLD.search(before) or RE_ONE_TASK_WORDS.search(before):
        return c  # (a check told before it; not a one-task form's field, "…公示如下：存在问题：…", R14)
    found = _labelled_problem_clauses(paras)
    if len(found) < 2 or any(p.position != n.para.pos for p in found):
        return c
    c.problems = found
    return c




# cards23: a check's bulletin whose numbered headings are bare classes of bodies ("(一)工贸行业", "(二)建筑施工"), each
# over a paragraph telling bodies' faults one statement each ("甲公司存在A、B等问题;乙公司存在…"): the list reads the
# class headings as problems (they state nothing wrong); the statements are the problems (R12), their class heading the
# category (R79). Read only when every item of the list is a short heading that states no fault and holds no measure,
# and every statement sits under one of them.
def _classes_over_statements(candidates, paras) -> None:
    from .levels import states_amiss
    from .readings import NONE_SCORE, body_statements_candidate

    lists = [c for c in candidates if c.name == "list" and c.nodes and c.score() >= NONE_SCORE]
    if not lists:
        return
    best = max(lists, key=lambda c: c.score())
    if len(best.nodes) != len(best.problems) or not all(
            len(p.title) <= 12 and not states_amiss(p.title) and not p.measures for p in best.problems):
        return
    heads = sorted((n.para.pos, p.title) for n, p in zip(best.nodes, best.problems) if n.para is not None)
    if len(heads) != len(best.problems):
        return
    told = body_statements_candidate(paras)
    if told is None or len(told.problems) <= len(best.problems) or any(
            q.position is None or q.position <= heads[0][0] for q in told.problems):
        return
    for q in told.problems:
        q.category = [t for pos, t in heads if pos < q.position][-1]
    candidates[candidates.index(best)] = told


def _field_labels_only(c) -> bool:
    """Every problem of the reading is titled by a field label of a one-problem notice ("问题内容", "整改措施", "完成情况")."""
    from .readings import SECTION_LABELS

    return bool(c.problems) and all(any(rx.match(p.title.strip()) for rx in SECTION_LABELS.values()) for p in c.problems)


RE_RECTIFIED_PROBLEMS_SECTION = re.compile(r"^(?:(?:审计|巡察|巡视|督察|督查|检查)?(?:发现|反馈|指出|查出)?的?)?问题(?:的)?整改(?:落实)?情况[。:：]?$")


def parse_structure(paras: list[Para], result: ParseResult, extra: list | None = None, raw_lines: list[Para] | None = None) -> tuple[list[ParsedProblem], list[Node], Node]:
    from .readings import (NONE_SCORE, Candidate, _norm_title, duty_closed_candidate, essay_titled, exposure_cards_candidate,
                           labelled_sections_candidate, unnumbered_findings_candidate, whole_document_candidate)

    paras = split_labelled_items(paras)
    root = build_tree(paras)
    candidates: list[Candidate] = []
    whole_list = _list_candidate(root, result)
    if whole_list is not None:
        whole_list = _found_label_clauses(whole_list, paras)
        candidates.append(whole_list)
    # a list with strong evidence throughout needs no second look section by section
    inside = {id(d) for n in whole_list.nodes for d in n.walk()} if whole_list is not None else set()
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
            if whole_list.score() >= NONE_SCORE and all(id(n) in inside for n in c.nodes):
                continue  # the section's items sit under the whole list's problems: their measures, not other problems
        candidates.append(c)

    # a list that would be kept rules out "one task" (a weak list of 1、2、 done-items does not)
    best_list = max((c for c in candidates if c.score() >= NONE_SCORE), key=lambda c: len(c.problems), default=None)
    whole = whole_document_candidate(paras, result, best_list)
    if whole is not None:
        candidates.append(whole)
    notice = labelled_sections_candidate(root, ((result.title or "") + "\n" + "\n".join(p.text for p in paras)),
                                         "\n".join(p.text for p in (raw_lines or paras)[-12:]))
    if notice is None and whole is None and not any(c.score() >= NONE_SCORE and not _field_labels_only(c) for c in candidates):
        # audit24: a notice's section of the problem's rectification ("二、问题整改情况") whose items are the one
        # problem's labelled fields ("（一）问题描述。…（二）整改情况。…（三）整改结果。…"): the fields read as a notice's,
        # the section's heading the problem's category
        for c in root.children:
            if c.marker is None or c.level != LEVEL_CN or not RE_RECTIFIED_PROBLEMS_SECTION.match(heading_title(c).strip()):
                continue
            notice = labelled_sections_candidate(c, ((result.title or "") + "\n" + "\n".join(p.text for p in paras)),
                                                 "\n".join(p.text for p in (raw_lines or paras)[-12:]), stop_labels=True)
            if notice is not None:
                from .readings import RE_BASIS_CLAUSE, RE_FINDING_BODY_OPENS

                for p in notice.problems:
                    p.category = p.category or heading_title(c).strip().rstrip("。:：")
                    # (the statement's lead-in "根据审计报告反馈，" is whose finding it is, not the finding, R92; the body
                    # the finding opens on is the one to rectify it when no unit is named, C31)
                    lead = RE_BASIS_CLAUSE.match(p.title)
                    if lead and len(p.title) - lead.end() >= 8:
                        p.title = p.title[lead.end():].lstrip()
                    body = RE_FINDING_BODY_OPENS.match(p.title)
                    if body and not p.responsible_units:
                        p.responsible_units = [body.group(1)]
                break
    if notice is not None:
        candidates.append(notice)
    from .readings import field_cards_candidate

    field_cards, fields_read = None, False
    if not any(c.score() >= NONE_SCORE for c in candidates):
        from .readings import announced_lines_candidate, inline_list_candidate, ordinal_faults_candidate

        from .readings import unit_cards_candidate

        # (us18: cards of "隐患单位:…" then "存在隐患:1、…;2、…": one problem a card, its inner items kept in its title)
        # (bs18: the join of short lines may glue a page's cards into one run, "隐患单位" / "某公司" / "存在隐患:…" each a
        # line, and drop its "【定海】" headings as chrome: the cards are read from the lines as printed first)
        from .readings import unit_hazard_blocks_candidate

        # (bs18: a unit's name line over "存在隐患:" and its numbered hazards, one problem a hazard, read from the lines)
        # (chk21: cards printed one field a line are field_cards' (below), whatever their labels' words: us18's reader of
        # the same cards stays only for a copy that glued them into one run, which field_cards cannot part)
        field_cards, fields_read = (field_cards_candidate(raw_lines) if raw_lines else None), True
        inline = (ordinal_faults_candidate(paras)  # (a case's faults counted off by 首先/其次/再者: first, it is specific)
                  or (None if field_cards else unit_cards_candidate(paras))
                  or (unit_hazard_blocks_candidate(raw_lines) if raw_lines else None) or inline_list_candidate(paras)  # no list read at all: problems may run inline (一是…/其一…/1、…；2、…)
                  or (announced_lines_candidate(raw_lines) if raw_lines else None))  # (its unnumbered items glued: the lines)
        if inline is not None:
            candidates.append(inline)
    if not any(c.score() >= NONE_SCORE for c in candidates):
        from .readings import body_clause_paragraphs_candidate

        from .readings import audit_finding_section_candidate

        # audit24: an audit-result notice's "审计发现的主要问题" section over one unnumbered finding, then its handling
        told = audit_finding_section_candidate(paras)
        if told is None:
            told = body_clause_paragraphs_candidate(paras)  # "一、县卫生健康局党组" over "A;B;C。" (a round's feedback, by body)
        if told is None:
            from .readings import body_statements_candidate

            # body22: each inspected body's faults in a statement of its own, "甲景区,…;乙景区,…。", "据通报,甲…。乙…。"
            told = body_statements_candidate(paras, raw_lines)
        if told is None:
            from .readings import checked_body_finding_candidate

            # cards23: a check's news of its finding at one body it names as checked ("抽查了…的甲公司。…发现这里…",
            # "发现甲工地存在…"), then the order: one problem, its ";" parts one body's (R12)
            told = checked_body_finding_candidate(paras)
        if told is None:
            told = unnumbered_findings_candidate(paras)  # "检查发现，…。" one finding a line; a visit story, one a paragraph
        if told is None:
            from .readings import units_in_prose_candidate

            told = units_in_prose_candidate(paras)  # one place a paragraph, "…，该项整治由市住建局负责。"
        if told is None:
            from .readings import recheck_points_candidate

            told = recheck_points_candidate(paras)  # "1、某广场（责任单位：…）：前期通报该点位存在…已整改到位。"
        if told is None:
            from .readings import grouped_findings_candidate

            told = grouped_findings_candidate(paras)  # "…具体如下： 甲市场： …。 …。 乙市场： …。" (no numbers)
        if told is None:
            from .readings import timed_entries_candidate

            told = timed_entries_candidate(paras)  # "10:30,某窗口一名男同志看网络视频。" an unannounced visit's log
        if told is None:
            from .readings import team_place_clauses_candidate

            # env24: "督察组在甲省发现,A;督察组督察乙省发现,B;在丙省,督察组发现,C。" a round's cases, a clause a place (before
            # the teams' paragraphs read a "," clause at a time: here a place's finding runs over its commas)
            told = team_place_clauses_candidate(paras)
        if told is None:
            from .readings import team_findings_candidate

            told = team_findings_candidate(paras)  # "第一督查组来到…。但在巡查中发现，甲村…正在焚烧垃圾，…"
        if told is None:
            from .readings import fault_clauses_candidate

            told = fault_clauses_candidate(paras)  # "…但也存在不少问题。甲市场…；乙市场…；" / "甲区：…；…。乙区：…"
        if told is None:
            from .readings import prose_findings_candidate

            told = prose_findings_candidate(paras)  # cs20: "主要问题有:A;B;C。" / "在某社区,…发现A。在某院落…存在B。…"
        if told is None:
            from .readings import counted_findings_candidate

            told = counted_findings_candidate(paras)  # "发现有1家网吧…,有1家KTV…,有1家KTV…"
        if told is None:
            from .readings import named_in_prose_candidate

            told = named_in_prose_candidate(paras)  # "…整改2个，分别是A；B。" / "如A、B、C等3个问题" / "例如，A；B；C"
        if told is None:
            from .readings import counted_case_lines_candidate

            told = counted_case_lines_candidate(paras)  # "通报了4起…问题。其中,<case>…元。" then one case a line
        if told is None and raw_lines:
            from .readings import case_headings_candidate

            told = case_headings_candidate(raw_lines)  # "某省部分地方…不力" over "2024年5月,…督察组督察某省发现,…" (gs20)
        if told is None:
            from .readings import one_example_finding_candidate

            told = one_example_finding_candidate(paras)  # "检查…但仍然存在…的情况,如A不到位,B杂乱。" (gs20)
        if told is None:
            from .readings import case_paragraphs_candidate

            told = case_paragraphs_candidate(paras)  # ducha25: "督察发现,<case>。…" a case a paragraph, two or more
        if told is None:
            from .readings import one_finding_news_candidate

            # news21: news of one inspection finding, what was done and a result: "巡察组…发现A存在缺口,…下发整改建议书…
            # 已全部整修到位"; also gs20's follow-up on one exposed problem, "某镇X问题在问政节目中曝光后,该镇…整改"
            told = one_finding_news_candidate(paras)
        if told is None:
            from .readings import exposed_findings_candidate

            # env24: an exposure's findings at one place, a sentence each: "督察还发现,X。…督察发现,Y。" (R140)
            told = exposed_findings_candidate(paras)
        if told is None:
            from .readings import commented_case_candidate

            # notice25: a comment on one named body's problem, "某局党组虚假整改的问题,反映出…" (R108, R124)
            told = commented_case_candidate(paras)
        if told is not None:
            candidates.append(told)

    _classes_over_statements(candidates, paras)
    from .readings import self_check_shortfalls_candidate

    own = self_check_shortfalls_candidate(paras)  # body22: a self-check's "二、存在问题" over "A；B；C。"
    if own is not None:
        candidates.append(own)
    from .readings import dated_found_section_candidate

    dated = dated_found_section_candidate(paras)  # check24: "二、排查发现问题" over "12月22日抽查发现:A;B。" paragraphs
    if dated is not None:
        candidates.append(dated)
    from .readings import region_cases_candidate

    cases = region_cases_candidate(paras)  # ducha25 (R140): "一、<kind of fault>" over "在某州,…。在某市,…。" cases
    if cases is not None:
        candidates.append(cases)
    from .readings import correction_cases_candidate

    corrected = correction_cases_candidate(paras)  # ducha25: "某委员提,<body><faults>,均核有违失,爰依法提案纠正"
    if corrected is not None:
        candidates.append(corrected)
    from .readings import area_items_candidate

    areas = area_items_candidate(paras)  # check24: "1、三号楼餐饮区(1)…(2)…" an area's heading run into its findings
    if areas is not None:
        candidates.append(areas)
    from .readings import before_after_candidate, own_shortfalls_section_candidate

    shown = before_after_candidate(paras)  # self23: "整改前:" / "整改后:" pairs, one problem each
    if shown is not None:
        candidates.append(shown)

    own = own_shortfalls_section_candidate(paras)  # self23: "存在的主要问题及改进措施" over "1.…2." and "改进措施 1.…2."
    if own is None and raw_lines and "存在" in "".join(p.text for p in raw_lines[:60]):
        from .readings import own_shortfalls_form_candidate

        own = own_shortfalls_form_candidate(raw_lines)  # a form's "存在的主要问题" line over its value's line
    if own is not None:
        candidates.append(own)
    cards = exposure_cards_candidate(paras)  # 【问题一】【存在问题】…【整改要求】…【整改期限】…: one problem a card
    if cards is not None and notice is None:
        candidates.append(cards)

    closed = duty_closed_candidate(paras)  # findings each closed by the unit charged ("整改责任单位：… 整改时限：…")
    if closed is not None and all(len(c.problems) < len(closed.problems) for c in candidates if c.score() >= NONE_SCORE):
        candidates.append(closed)  # (a plan whose every problem has its fields is read as well by its list)
    if essay_titled(result.title, paras[0].text if paras else None):
        for c in candidates:
            if c.problems:
                c.features["essay"] = 1.0
    candidates.extend(c for c in (extra or []) if c is not None)  # readings built from the lines (a pasted check table)
    if raw_lines and not any(c.detail.endswith("及逐条列出的隐患") for c in candidates):
        from .readings import unit_hazard_blocks_candidate

        # (bs18: the hazard blocks compete with a list read otherwise, which the page's unit lines and labels cut
        # short: each hazard is a problem of its unit whatever the numbered lines alone would give)
        blocks = unit_hazard_blocks_candidate(raw_lines)
        if blocks is not None and all(len(c.problems) <= len(blocks.problems) for c in candidates):
            candidates.append(blocks)
    # ws20: a list of the work divided among bodies, none of its items a shortcoming (readings.list_features'
    # "work_division"), is no problem list
    candidates = [c for c in candidates if not c.features.get("work_division")]
    if raw_lines:
        # (cs20: cards of field lines, "单位名称:…" / "地址:…" / "★存在问题:" over its lines: one problem a card; a list
        # read from the cards' inner items, or from one card's, gives way to them; a reading of the same cards, us18's
        # unit_cards, is kept as it is)
        fields = field_cards if fields_read else field_cards_candidate(raw_lines)
        mine = [_norm_title(p.title) for p in fields.problems] if fields is not None else []
        # (chk21: bs18's hazard blocks reading the same cards' findings, one a card, take the body's name for a heading:
        # the cards' reading, with the heading printed over them, replaces it)
        candidates = [c for c in candidates if fields is None or not c.detail.endswith("及逐条列出的隐患")
                      or [_norm_title(p.title) for p in c.problems] != mine]
        if fields is not None and not any(c.score() >= NONE_SCORE and [_norm_title(p.title) for p in c.problems] == mine
                                          for c in candidates):
            text = "\n".join(mine)
            candidates = [c for c in candidates if c.score() < NONE_SCORE
                          or not all(_norm_title(p.title) in text for p in c.problems)]
            if all(len(c.problems) < len(fields.problems) for c in candidates if c.score() >= NONE_SCORE):
                candidates.append(fields)
        if fields is None:
            from .readings import named_cards_candidate, unit_hazard_blocks_candidate

            # (cards23: cards headed by the body's name, "某养老院(某区)" / "火灾隐患情况:" / "…", "1.某店:地址:…。隐患:…":
            # one problem a card; a list read from the cards' own lines — their name lines as items, one card's inner
            # items — gives way to them. bs18's blocks, a label alone over hazard lines, read one problem a line: not
            # read here where they read)
            named = named_cards_candidate(raw_lines, paras)
            if named is not None and unit_hazard_blocks_candidate(raw_lines) is None:
                first = min(p.position for p in named.problems)
                span = re.sub(r"\s", "", "".join(p.text for p in raw_lines if p.pos >= first - 3))
                candidates = [c for c in candidates if c.score() < NONE_SCORE or c.name != "list"
                              or not all(re.sub(r"\s", "", p.title) in span for p in c.problems)]
                if all(len(c.problems) < len(named.problems) for c in candidates if c.score() >= NONE_SCORE):
                    candidates.append(named)
    if raw_lines:
        from ..ledger_reader import petition_table_span

        # env24: a table disclosing how handed-down petitions were investigated and handled (a header row of 受理编号 /
        # 调查核实情况 / 是否属实 / 处理和整改情况 / 是否办结): its rows are complaints, no problems (R17, R169), whatever
        # list a cell's own "1、2、" steps or a row's complaint would make; a reading with problems outside it stays
        span = petition_table_span([(p.pos, p.text) for p in raw_lines])
        if span is not None:
            candidates = [c for c in candidates if not c.problems or not all(
                p.position is not None and span[0] <= p.position <= span[1] for p in c.problems)]
    candidates.append(Candidate("none", [], [], {}))
    ranked = sorted(candidates, key=lambda c: (-c.score(), candidates.index(c)))
    chosen = ranked[0]
    _mend_ocr_numbers(chosen.problems, chosen.nodes)
    if (chosen.name == "list" and len(chosen.problems) == 1 and chosen.problems[0].seq is None and whole is not None
            and len(whole.problems) == 1 and whole.problems[0].seq is not None
            and _norm_title(whole.problems[0].title) == _norm_title(chosen.problems[0].title)):
        # a notice of one numbered task whose problem the list reads under its label ("存在的问题：…"): the same problem
        # as the one-task reading's, which has the task's number from the title ("…反馈问题第7项整改情况的说明")
        chosen.problems[0].seq = whole.problems[0].seq
    if chosen.problems and chosen.problems[0].position is not None:
        lead = [p.text for p in paras if p.pos < chosen.problems[0].position]
        if any(RE_ALL_ACCEPTED.search(t) for t in lead):  # the notice accepts every task it lists
            for p in chosen.problems:
                p.status = p.status or "done"
    if chosen.name == "list" and chosen.problems and all(p.status is None for p in chosen.problems):
        lead_nodes = []
        for d in root.walk():  # (the tree's paragraphs: a run-together one is split there)
            if chosen.nodes and d is chosen.nodes[0]:
                break
            lead_nodes.append(d.para.text if d.para else "")
        lead = "\n".join(lead_nodes) if chosen.nodes else ""
        if lead and ("全部" in lead or "已" in lead) and (all_done_in_lead(lead) or all_counted_done(lead, len(chosen.problems))
                                                         or published_done_in_lead(lead)):
            for p in chosen.problems:
                p.status = "done"
    if chosen.name == "list" and len(chosen.problems) >= 2 and all(p.status is None for p in chosen.problems):
        last = max((p.position for p in chosen.problems if p.position is not None), default=None)
        # a closing paragraph after the list counting as many problems done as it lists ("截至7月底，已完成整改合计4项"
        # after four problems): each is done (a smaller count says some are not, and names none: left alone)
        closing = [p.text for p in paras if last is not None and p.pos > last and not RE_ANSWER_LABEL.match(p.text.strip())]
        if any(int(m.group(1)) == len(chosen.problems) for t in closing if "完成" in t or "到位" in t
               for m in RE_DONE_COUNTED.finditer(t)) \
                or any(len(t.strip()) <= 60 and RE_CLOSING_ALL_RECTIFIED.match(t.strip()) for t in closing
                       if "以上" in t or "上述" in t):
            # ks20: or a short closing paragraph of its own saying the problems above are all rectified, with no count
            # ("以上反馈问题已全部整改到位。", "目前，上述问题均已整改完毕。"): each is done (R94)
            for p in chosen.problems:
                p.status = "done"
    if chosen.name == "list" and len(chosen.nodes) == len(chosen.problems):
        chosen.problems, chosen.nodes = _subheads_opened(chosen.problems, chosen.nodes, result)
    if chosen.name == "list" and len(chosen.nodes) == len(chosen.problems):
        chosen.problems = _aspects_opened(chosen.problems, chosen.nodes)
    if chosen.name == "list" and len(chosen.nodes) == len(chosen.problems):
        chosen.problems = _kinds_opened(chosen.problems, chosen.nodes)
    if chosen.name == "list" and len(chosen.nodes) == len(chosen.problems) and chosen.nodes:
        chosen.problems = _about_items_opened(chosen.problems, chosen.nodes)
    if chosen.name == "list" and len(chosen.nodes) == len(chosen.problems) and chosen.nodes:
        chosen.problems = _feedback_areas_opened(chosen.problems, chosen.nodes,
                                                 "\n".join(p.text for p in paras if p.pos < (chosen.nodes[0].pos or 0)))
    if chosen.name == "list" and len(chosen.nodes) == len(chosen.problems) and chosen.nodes:
        _aspect_lines_over_findings(chosen.problems, chosen.nodes)
    if chosen.name == "list" and len(chosen.nodes) == len(chosen.problems) and chosen.nodes:
        chosen.problems = _headed_findings_opened(chosen.problems, chosen.nodes,
                                                  "\n".join(p.text for p in paras if p.pos < (chosen.nodes[0].pos or 0)))
    if chosen.name == "list":
        _pair_answering_list(chosen.problems, chosen.nodes)
    if chosen.name == "list":
        from .readings import own_shortfalls_titled_whole

        own_shortfalls_titled_whole(chosen.problems, paras)  # self23: "存在的主要问题 1.X。在抽查中发现…" titled whole
    if chosen.name == "list" and len(chosen.problems) >= 3 and "是否" in "".join(p.title for p in chosen.problems):
        _checks_without_finding_dropped(chosen)
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


# cs20: a patrol's numbered items mix what it found ("三、某小区楼下存在垃圾堆放问题。") with what it only looked at
# ("二、检查辖区内消防设施巡查记录是否完善,消防设备是否存在破损、缺失的情况。"): an item that opens on a check verb and,
# its "是否…" clauses set aside, states no shortcoming and no finding is a check made, not a problem (R7: a problem needs
# its statement). Dropped only from a list whose other items (two or more) stay; its number stays a gap.
RE_CHECK_ITEM_OPENS = re.compile(r"^(?:检查|查看|核查|抽查|察看|督查)")
RE_WHETHER_CLAUSE = re.compile(r"是否[^，,。；;]*")


def _check_only_item(title: str) -> bool:
    from .readings import RE_SHORTCOMING

    return bool(RE_CHECK_ITEM_OPENS.match(title)) and "是否" in title and "发现" not in title \
        and not RE_SHORTCOMING.search(RE_WHETHER_CLAUSE.sub("", title))


def _checks_without_finding_dropped(chosen) -> None:
    keep = [k for k, p in enumerate(chosen.problems) if not _check_only_item(p.title)]
    if len(keep) == len(chosen.problems) or len(keep) < 2:
        return
    aligned = len(chosen.nodes) == len(chosen.problems)
    chosen.problems = [chosen.problems[k] for k in keep]
    if aligned:
        chosen.nodes = [chosen.nodes[k] for k in keep]
