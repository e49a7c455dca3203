"""Problem titles and statuses: the 关于“…”问题的整改 wrappers, a heading split into its title, inline body
and status tag, and the status words of a heading or a sentence."""
from __future__ import annotations

import re

from .normalize import PROBLEM_FIELD_WORDS
from .numbering import find_xs_items, per_parse
from .tree import Node


# --- problem titles ------------------------------------------------------------
_SUFFIX = r"(?:的)?(?:整改|落实|整改落实|整改工作)+(?:情况|进展情况|进展|工作|成效)?"
RE_WRAP_QUOTED = re.compile(
    rf"^(?:关于)?[“\"](?P<t>.+?)[”\"]\s*(?:等|方面|的)*(?:问题{_SUFFIX}|问题|{_SUFFIX})\s*[。.;；:：]?"
)
# "一、关于“第一轮督察反馈指出，…。”" — the item is the quoted feedback and nothing else
RE_WRAP_QUOTE_ONLY = re.compile(r"^关于“(?P<t>.+)”\s*[。.;；]?$")
# "一、第一轮督察反馈指出，“…”。" — the quoted feedback is the problem, not the sentence introducing it
# (what was done may follow in the same paragraph: "…反馈指出，“…”。整改情况：…")
# (the quotation alone, when the paragraph's label was the lead: "“…”。")
RE_FED_BACK_LEAD = re.compile(r"^(?:(?:[^“”。]|“[^“”。]{1,8}”){0,40}?(?:反馈|指出|发现)(?:指出)?[，,:：]?)?\s*(?=“)")
# (the wrapper is one sentence: "关于X的问题。整改情况：…研究…问题整改工作" does not run on to the body's "问题整改")
RE_WRAP_PLAIN = re.compile(rf"^关于(?P<t>[^。\n]+?)(?:等|方面)?问题{_SUFFIX}\s*[。.;；:：]?")
# "关于…的问题。" with nothing after it but the body: the same wrapper without 的整改
RE_WRAP_BARE = re.compile(r"^关于(?P<t>[^。]+?)(?:的|等|方面的?)?问题\s*(?:[。.;；:：]|$)")
RE_INLINE_LABEL = re.compile(r"(?:整改目标|整改情况|整改措施|整改进展|整改结果|整改成效|阶段性成效|完成情况|落实情况)[^。]{0,6}?[:：]")
# a status in brackets at the end of a heading: "（已完成）", "（已完成整改）", "（基本完成）", "（持续推进中）", "【整改完成】" —
# words of a status only (not "（2023年底前完成）" nor "（责任单位：…）")
# (hs19: also a task's tag of work on schedule, "（序时推进）", "（按序时推进）": in_progress, as said in prose)
RE_STATUS_TAG = re.compile(r"[(（【\[]\s*((?:已经?|正在|基本|持续|长期|阶段性|全部|按计划|按?序时|整改|完成|推进|坚持|销号|到位|办结|中|，|,){2,8})"
                           r"\s*[)）】\]]\s*[。.]?$")


# syn22: the words of a problem's state said alone ("该问题已办结。", "目前已完成。", "（基本整改到位）"), one class for
# each state, read by every rule that finds a state said alone (RE_STATED_STATUS, structure's RE_STATUS_LEAD, _STATE,
# RE_CLOSING_STATE): the genre prints any member of a class for the same state; STATUS_RULES tells which state it is
# bw23: the work said to go on to a plan or schedule (a status word of the in-progress class): "按计划推进", "按照时间节点推进中",
# "按序时进度有序推进"
ON_PLAN_GOING = r"按(?:照)?(?:计划|既定计划|方案|序时进度|时序进度|序时|时间节点|节点|进度)(?:稳步|有序|持续|扎实)?推进(?:中)?"
# bw23: a matter still being handled or not yet closed, said in a progress cell or field: "正在办理", "办理中", "正在落实",
# "未办结", "尚未销号" (the in-progress class; "已办结" is done)
NOT_YET_CLOSED = r"|(?:未|尚未|没有)(?:办结|销号)|正在(?:办理|落实)|(?<![已])(?:办理|落实)中(?![\u4e00-\u9fff])"
STATE_DONE_WORDS = r"已全部整改到位|已整改到位|已全部完成整改|已完成整改|已整改完成|已全部整改|已全部完成|已完成|已办结|已销号"
STATE_GOING_WORDS = (r"正在(?:持续)?整改(?:中)?|正在(?:持续)?推进(?:中)?|持续推进(?:中)?|持续整改中|整改中|推进中"
                     r"|基本完成(?:整改)?|基本整改到位"
                     # bw23: work going on as planned, "按计划推进", "按照时间节点有序推进中", "按序时进度稳步推进"
                     rf"|{ON_PLAN_GOING}")
STATE_LONG_WORDS = r"长期坚持|长期推进"
STATE_WORDS = f"{STATE_DONE_WORDS}|{STATE_GOING_WORDS}|{STATE_LONG_WORDS}"

def said_state(word: str) -> str | None:
    """The state a word of RE_STATE_SENTENCE's says: a bare "完成整改" said of the problem is done; any other word as its
    class tells (syn22: "基本完成整改" in progress, not made "基本已完成整改", done)."""
    return status_of("已完成整改" if word == "完成整改" else word)


# "整改状态：完成" / "该问题已完成整改。" at the head of a problem's body
RE_STATED_STATUS = re.compile(
    r"^(?:整改状态|完成状态|办理状态|整改结果)\s*[:：]\s*([^。;；]{1,10})[。;；]?"
    rf"|^该(?:问题|事项|项问题|项任务)\s*({STATE_WORDS}|已整改)[。;；,，]?"
    # a status alone as the first sentence after the problem: "…未及时缴库问题。已整改。县财政局已督促…"
    # (also "正在整改中。", "部分整改，正在推进。")
    rf"|^((?:部分整改[，,]\s*)?(?:{STATE_WORDS}|已整改)中?)\s*[。;；]"
)
# also in brackets, as web pages print fields: "【整改情况】"
# (task25: also "整改完成情况：", a 公示's label of what was done under each problem — suizhou's 26 done problems)
RE_REPORT_LABEL = re.compile(r"(?:^|(?<=[。;；]))\s*(?:(?:整改情况|整改完成情况|整改进展情况|整改进展|整改落实情况|整改结果|落实情况)\s*[:：]"
                             r"|【\s*(?:整改情况|整改完成情况|整改进展情况|整改进展|整改落实情况|整改结果|落实情况)\s*】)")


RE_STATEMENT_COLON = re.compile(r"^(?P<t>[^:：。]{4,}?问题)\s*[:：]")


def quoted_from(text: str, start: int) -> str | None:
    """The text inside the quotation opening at ``start``, nested quotations balanced."""
    depth = 0
    for k in range(start, len(text)):
        if text[k] == "“":
            depth += 1
        elif text[k] == "”":
            depth -= 1
            if depth == 0:
                return text[start + 1:k]
    return None


# who said it, opening an item: "第一轮督察反馈指出，…", "督察交办信访件反映，…", "审计发现，…" (a source is named)
# (not what was done in answer to it: "针对巡察反馈，…", "根据督察反馈，…")
# (a short quoted word may sit in the lead, as in RE_FED_BACK_ITEM: "督察“回头看”反馈指出，…")
RE_SAID_LEAD = re.compile(r"^(?!针对|根据|按照|对照|对于|关于|结合|落实)(?P<who>(?:[^，,。：:“”；;（）()]|“[^“”。，,]{1,8}”){0,30}?)"
                          r"(?:反馈指出|指出|反映|发现|反馈)\s*[，,:：]\s*")
RE_SOURCE_WORD = re.compile(r"督察|巡视|巡察|审计|反馈|信访|群众|交办|检查|督查|举报|省委|市委|县委|中央|第[一二三四五六七八九十\d]+(?:轮|项|条)")
# "其中第7项问题指出：“…”", "反馈意见第3条指出，“…”", "整改任务为：“…”": a statement quoted after the verb that introduces it
RE_INTRODUCED = re.compile(r"(?:指出|反映|发现|反馈|内容为|任务为|问题为|问题是)\s*[，,:：]?\s*(?=“)")


def said_lead(text: str) -> int:
    """Where the statement starts after a lead naming who said it ("…反馈指出，"), 0 when there is none."""
    head = text[:40]
    if "指出" not in head and "反映" not in head and "发现" not in head and "反馈" not in head:
        return 0
    m = RE_SAID_LEAD.match(text)
    if m and RE_SOURCE_WORD.search(m.group("who")) and not text[m.end():].startswith("“"):
        return m.end()
    return 0


def said_statement(text: str, opening: bool = True) -> str | None:
    """The statement a paragraph reports as said by the inspection: quoted after 指出/反映 ("其中第7项问题指出：“…”"), or
    unquoted after a lead naming its source ("…省级生态环境保护督察反馈指出，洪湖周边…超标。"): up to its full stop.
    A paragraph that does not open the problem (``opening=False``) gives an unquoted statement only after a lead naming
    the task ("其中第7项问题指出，…")."""
    for m in RE_INTRODUCED.finditer(text):
        inner = quoted_from(text, m.end())
        if inner and len(inner.strip("。 ")) >= 8 and closes_statement(text, m.end() + len(inner) + 2):
            return inner
    m = RE_TASK_IS.search(text) if "为" in text or "是" in text else None
    if m:  # bw24: the task named then stated unquoted, "…，第28项整改任务为：某片区黑臭水体治理不彻底…。"
        stated = re.match(r"[^。\n]*", text[m.end():]).group(0).rstrip("；;，, ")
        if len(stated) >= 8:
            return stated
    for m in re.finditer(r"(?:^|(?<=[。；;\n]))", text):
        at = said_lead(text[m.end():])
        # (after the paragraph's first sentence only when the lead names the task: "…反馈督察意见。其中第7项问题指出，…";
        # not "…逐级减弱。督察组通过干部谈话发现，…", a finding told inside the statement)
        if at and ((opening and m.end() == 0) or RE_TASK_LEAD.search(text[m.end():m.end() + at])):
            rest = text[m.end() + at:]
            return re.match(r"[^。\n]*", rest).group(0) or None
    return None


RE_TASK_LEAD = re.compile(r"其中|第\s*[\d一二三四五六七八九十百]{1,4}\s*[项条号]")
# bw24: a one-task notice naming its task, then stating it unquoted after a colon: "第28项整改任务为：…", "该项反馈问题
# 是：…", "整改任务内容为：…" (the task named by its number or as the task/feedback item — not "主要问题是：", a summary
# of a round's several findings); a quoted statement is RE_INTRODUCED's
RE_TASK_IS = re.compile(r"(?:第\s*[\d一二三四五六七八九十百]{1,4}\s*[项条号]\s*(?:整改)?(?:任务|问题|反馈问题|反馈意见)"
                        r"|(?:该|此|本)项(?:整改)?(?:任务|问题)|整改任务|反馈问题)(?:内容)?\s*(?:为|是)\s*[:：]\s*(?![“\s])")


def closes_statement(text: str, end: int) -> bool:
    """A quotation ending at ``end`` is the whole statement, not a phrase opening it ("“环境就是民生”的责任意识不够强")."""
    after = text[end:].lstrip()
    return not after or after[0] in "。.;；,，、（(\n"


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


# a problem's wrapper cut by the copy's end: "关于“…" with no stop after it (see levels._cut_wrapper_at_end)
RE_CUT_WRAPPER = re.compile(r"^关于“[^。；;:：\n]{2,80}$")


def is_wrapped(text: str) -> bool:
    m = RE_WRAP_QUOTED.match(text) or RE_WRAP_PLAIN.match(text) or RE_WRAP_BARE.match(text)
    return bool(m) and not RE_SOURCE_ONLY.match(m.group("t").strip())


# an item's label naming it as a shortcoming found, with the point of the check list it answers:
# "第(C1)点的存在的不足与建议:…", "第3项存在问题：…", "存在的不足：…"
RE_SHORTFALL_ITEM_LABEL = re.compile(r"^(?:第\s*[(（]?[A-Za-z]{0,2}\d{1,3}[)）]?\s*[点项条]\s*的?)?存在的?(?:问题|不足)"
                                     r"(?:[与和及](?:建议|意见))?\s*[:：]\s*")


# a 文秘 site's pay-wall note where its copy stops: "……(未完,全文共939字,当前仅显示596字,请阅读下面提示信息。",
# "……(新文秘网…省略213字,正式会员可完整阅读)……" — not part of the statement it cuts
RE_SITE_CUT_NOTE = re.compile(r"\s*(?:…{1,3}|\.{3,6})\s*[(（]\s*(?:未完|全文共\s*\d+\s*字|[^()（）]{0,40}?省略\s*\d+\s*字)")


# (ks19: also the label naming who found it, "审计发现问题：…", "巡察反馈问题：…", "检查发现问题：…" — an audit
# rectification report's items "1.审计发现问题：…。" then "整改情况：…": the statement is after the label, R89)
RE_PROBLEM_LABEL = re.compile(r"(?:存在的?问题|(?:(?:审计|巡视|巡察|督察|督查|检查|核查|督导)(?:组)?)?(?:发现|查出|反馈|指出|交办)的?(?:主要)?问题"
                              r"|问题描述|问题内容|具体问题|问题)\s*[:：]\s*"
                              # audit24: the item's own label with its number after the list's marker, "1.问题1:…"
                              r"|问题\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[:：]\s*")  # (at the start: match)


# res21: a list whose every item opens on the label of the problem's own field (normalize.PROBLEM_FIELD_WORDS: "1.整改
# 任务：…", "（二）整改问题：…", "3、反馈意见：…") states each problem after it: the label names the field, it is no part of
# the title (as the one-task notice's "整改任务：…" line reads). Dropped from a problem item's heading only (split_heading),
# in a list of two such items or more (structure.field_labelled_run): a section's heading keeps it, where the one-task
# readings take the label for the section it is (and its category), and so does a lone "一、整改任务：…" over one task's
# fields (the whole reading's, ks19).
RE_FIELD_WORD_LABEL = re.compile(r"^(?:" + PROBLEM_FIELD_WORDS + r")\s*[:：]\s*(?=\S{4})")


# ks20: the label a one-task notice's task cell opens with, naming the task by its number in the round's plan:
# "第二轮省生态环境保护督察第9项整改任务：…", "巡察反馈意见第12项问题：…" — the statement is what follows it (R89)
# (the words before the number name the round or its plan, or nothing: not "县环保局未完成第3项整改任务：…", a statement)
# (a bare "第十七项整改任务：" is left: the list reads the task's number from it, structure.RE_TASK_HEAD)
RE_TASK_NUMBER_LABEL = re.compile(r"^[^，,。；;:：“”]{0,30}?(?:督察|巡视|巡察|审计|回头看|方案|反馈意见|清单|台账)第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*项\s*(?:整改)?(?:任务|问题)\s*[:：]\s*(?=\S)")


# cases23: an audit opinion in the formal style: the progress made, then "惟" (= 但) and the shortfalls, then the
# request to review them ("…件数已减少，惟死亡人数仍偏高，及…等，允宜检讨改善，以维护…"): the finding is the clause after
# 惟 up to the request (R16's clause after 但; the request is no part of it, as R121 drops ",应按…进行整改")
RE_ALBEIT_FINDING = re.compile(r"^[^。；;]*?[，,]\s*惟(?P<t>[^。；;]{4,}?)[，,]\s*(?:允宜|允[应應]|宜[请請]|宜即|[应應][请請]|亟待|亟[须須]|亟[应應])")


def albeit_finding(t: str) -> str:
    """The finding of an audit opinion "<progress>，惟<shortfalls>，允宜检讨改善…" (the text as it is otherwise)."""
    if "惟" not in t:
        return t
    albeit = RE_ALBEIT_FINDING.match(re.sub(r"^\d{1,3}\s*[.、．]\s*", "", t.strip()))
    return albeit.group("t").strip() if albeit else t


def _clean_title(t: str) -> str:
    t = albeit_finding(t.strip())
    if "未完" in t or "省略" in t or "全文共" in t:
        t = RE_SITE_CUT_NOTE.split(t, maxsplit=1)[0]
    if "项" in t[:40]:
        task = RE_TASK_NUMBER_LABEL.match(t)
        if task:
            t = t[task.end():]
    label = RE_SHORTFALL_ITEM_LABEL.match(t) if t.startswith("第") else None
    if label and label.group(0).startswith("第"):  # "第(C1)点的存在的不足与建议:…": one label, as the one below
        t = t[label.end():]
    else:
        label = RE_PROBLEM_LABEL.match(t)
        if label:
            t = t[label.end():]
    if "整改前" in t or "整改后" in t:
        t = RE_PHOTO_CAPTIONS_AFTER.sub("", t)
    while (cut := t.rstrip().rstrip("。.;；,，:：")) != t:  # what re.sub(r"[。.;；,，:：\s]+$", "", t) did, without a regex scan
        t = cut
    return t.strip()


# cs20: the captions of a post's before/after photos left after an item's statement ("…存在乱挂晒问题。整改前:" /
# "整改后:", the photos not in the copy): no part of the statement (only after its full stop: "整改前后对比…" or a
# statement's own "整改后仍…" are kept)
RE_PHOTO_CAPTIONS_AFTER = re.compile(r"(?<=[。.!！])\s*(?:整改前|整改后)(?:\s*[:：]?\s*(?:整改前|整改后))*\s*[:：]?\s*$")


# an item that opens on a short heading and a colon, then says what it means: "整改台账管理不规范：部分单位…"
RE_LABEL_THEN_STATEMENT = re.compile(r"^[^，,。；;：:“”\s]{4,14}[:：](?=[^\s])")
RE_ASPECT_THEN_FINDINGS = re.compile(r"^([^，,。:：;；“”]{2,20}方面)\s*[:：]\s*(\S.{8,})$", re.S)


_RE_STOP_OR_LABEL = re.compile(r"[。；;:：]")


def _wrapper_goes_on(text: str, end: int) -> bool:
    """ks19: a plain wrapper read up to the first "问题整改…" inside the statement, the sentence going on with no stop
    after it to its own "…的问题" at the line's end ("关于…，部分问题整改成效不明显的问题"): the wrapper is the last
    "…问题", the statement holds the first (not "关于X问题的整改情况：一是…", a wrapper then its body after a mark)."""
    nxt = text[end:end + 1]
    if not nxt or not ("\u4e00" <= nxt <= "\u9fff") or not ("\u4e00" <= text[end - 1] <= "\u9fff"):
        return False  # (the wrapper closed by a mark, or nothing after it)
    bare = RE_WRAP_BARE.match(text)
    return bare is not None and bare.end() > end and not _RE_STOP_OR_LABEL.search(text, end, bare.end() - 1)


# st21: the sentences that assign a problem, in prose, after its statement and before what was done: who leads it and
# who helps ("该问题由市住建局牵头，各区政府配合。", "此项任务由县教育局负责。") and by when it must be done ("要求于2024年
# 12月31日前完成整改。", "要求长期坚持。", "限于6月底前整改到位。", "整改时限为2025年6月30日前。") — fields told as sentences (R104, R106), not part of
# the statement (the title ends before them).
RE_ASSIGNMENT_SENTENCE = re.compile(r"(?:(?:该|此|这一?)项?(?:问题|任务|事项)?(?:整改)?由[^。；;]{2,80}?(?:牵头|负责)"
                                    r"|(?:该|此|这一?)?项?(?:问题|任务|事项)?(?:整改)?(?:要求|限于?|须于?|需于?)[^。；;，,]{0,20}?"
                                    r"(?:完成|整改到位|整改完毕|办结|长期坚持|持续整改))"
                                    r"|(?:整改|完成)(?:时限|期限)(?:为|是)")


def assignment_cut(head: str) -> int | None:
    """The offset of the full stop ending a problem's statement where the sentences after it (to ``head``'s end) each
    assign it (RE_ASSIGNMENT_SENTENCE), or None."""
    if "由" not in head and "要求" not in head and "限" not in head and "于" not in head:
        return None  # (cheap: no sentence can assign)
    first = head.find("。")
    if first <= 0:
        return None
    rest = [x for x in head[first + 1:].split("。") if x.strip()]
    if rest and all(RE_ASSIGNMENT_SENTENCE.match(x.strip()) for x in rest):
        return first
    return None


def split_heading(text: str, has_body: bool, topics_kept: bool = False,
                  field_run: bool = False) -> tuple[str, str, str | None]:
    """(title, inline body, status tag) of a problem heading paragraph (``topics_kept``: the item is one of a run of
    '<topic>:<finding>' items not all aspects — structure.topic_labelled_run — titled as printed, its aspect with it)."""
    tag = None
    if field_run and text[:1] in "整交反督问":  # (structure.field_labelled_run: the item is one of such a list)
        label = RE_FIELD_WORD_LABEL.match(text)
        if label:
            text = text[label.end():]
    m = RE_STATUS_TAG.search(text)
    if m and status_of(m.group(1)):
        tag = m.group(1)
        text = text[: m.start()].rstrip()
    m = RE_FED_BACK_LEAD.match(text)
    if m:
        inner = quoted_from(text, m.end())
        after = text[m.end() + len(inner) + 2:] if inner else ""
        # the quotation is the whole statement ("…指出，“三重一大”制度执行不严" quotes a phrase of it, not it)
        if inner and len(inner.strip("。 ")) >= 4 and (not after.strip() or after.lstrip()[0] in "。.;；,，"):
            return _clean_title(inner), after.lstrip("。.;；,， ").strip(), tag
    lead = said_lead(text)
    if lead:  # "第一轮督察反馈指出，县城污水处理厂…。": the statement, not who made it
        text = text[lead:]
    for rx in (RE_WRAP_QUOTE_ONLY, RE_WRAP_QUOTED, RE_WRAP_PLAIN, RE_WRAP_BARE):
        m = rx.match(text)
        if m and rx is RE_WRAP_QUOTE_ONLY and not _quotes_nest(m.group("t")):
            continue
        if m and rx is RE_WRAP_PLAIN and RE_SOURCE_ONLY.match(m.group("t").strip()) and text[m.end():].strip():
            continue  # "关于审计发现问题整改督促不到位的问题": 审计发现 is where it comes from, not the problem
        if m and rx is RE_WRAP_PLAIN and _wrapper_goes_on(text, m.end()):
            continue  # "关于上轮巡视整改不到位，部分问题整改成效不明显的问题": "问题整改成效" is inside the statement
        if (m and rx is RE_WRAP_QUOTED and not text.startswith("关于") and text[m.end():].strip()
                and not re.search(r"[。.;；:：]\s*$", m.group(0)) and not re.search(_SUFFIX + r"\s*$", m.group(0))):
            continue  # "“看病难”问题仍较突出，…": a quoted phrase opens the statement, which goes on; no wrapper
        if m and rx is RE_WRAP_QUOTED and not _quotes_nest(m.group("t")):
            # “政策法规”-“…”栏目存在“…”的问题：… — the first quote closes early: no outer quotes to strip
            m2 = RE_STATEMENT_COLON.match(text)
            if m2:
                return _clean_title(m2.group("t")), text[m2.end():].strip(), tag
            continue
        if m:
            t = m.group("t").strip()
            if len(t) > 2 and t[0] == "“" and t[-1] == "”" and _quotes_nest(t[1:-1]):
                t = t[1:-1]  # "关于“…“四乱”问题反复出现”问题": the quotation holding a quotation, taken whole
            return _clean_title(t), text[m.end():].strip(), tag
    if text.startswith("关于“") and RE_CUT_WRAPPER.match(text) and not text.rstrip().endswith(("问题", "”")):
        # a wrapper the copy cut before its 问题 ("关于“四个意识”不强,党组领" where the page stops): the problem as printed
        return _clean_title(text[2:]), "", tag
    m = RE_ASPECT_THEN_FINDINGS.match(text) if not topics_kept else None
    if m:  # "1、基础设施方面：人行道有损坏…；…": an aspect heading run into what was found in it — the aspect is the item
        return _clean_title(m.group(1)), m.group(2).strip(), tag
    m = RE_INLINE_LABEL.search(text)
    if m and m.start() > 0:
        return _clean_title(text[: m.start()]), text[m.start():].strip(), tag
    first = text.find("。")
    if 0 < first < len(text) - 1:
        rest = text[first + 1:].lstrip()
        ms = RE_STATED_STATUS.match(rest)
        said = ms and (ms.group(1) or ms.group(2) or ms.group(3))
        if said and status_of(said):
            # "(一)…缴库问题。该问题已整改。一是…": the statement is the first sentence; the state and what was done follow
            return _clean_title(text[:first]), rest, tag
    items = find_xs_items(text)
    if items and items[0][0] > 0:
        head = text[: items[0][0]]
        cut = max(head.rfind("。"), head.rfind(":"), head.rfind("："))
        if cut > 0:
            assigned = assignment_cut(head[:cut])
            if assigned is not None:
                cut = assigned  # (st21: the sentences assigning it are fields, not more of the statement)
            return _clean_title(head[:cut]), text[cut + 1:].strip(), tag
        return _clean_title(head), text[items[0][0]:].strip(), tag
    run_on = run_on_heading(text)
    if run_on:
        return _clean_title(run_on[0]), run_on[1], tag
    if not has_body:
        first = text.find("。")
        if 0 < first < len(text) - 1 and not RE_LABEL_THEN_STATEMENT.match(text):
            # ("整改台账管理不规范：部分单位…不一致。如某单位…": a heading run into its description keeps the whole
            # statement, its examples with it)
            if _describes_further(text[:first], text[first + 1:]) or _tells_the_facts(text[:first], text[first + 1:]):
                return _clean_title(text), "", tag
            return _clean_title(text[:first]), text[first + 1:].strip(), tag
    return _clean_title(text), "", tag


# a check notice's general finding (how widespread: 部分…, 个别…, 一些…) goes on, in the same paragraph, with the signs of
# the same shortcoming: "部分施工现场实体防护不到位。
# 作业层未设置防护，首层硬防护不严密，…。脚手架搭设不规范，…。" — every later sentence states more that is wrong (and none
# says what was done or will be; most of them name a fault): the paragraph is one statement, titled whole
_WRONG = re.compile(r"不佳|不理想|不达标|不满足|不符合|不够|不到位|不严|不足|不规范|不及时|不全|不当|不高|不力|不实|未|没有|缺乏|缺少|存在|过低|过高|较大|偏|乱|损坏|严重|无法|难以|不能"
                    # check24: the faults of a body's attitude to the work, as a check notice states them ("意识不强",
                    # "不熟悉…标准", "不重视", "流于形式", "置若罔闻", "推卸责任", "机制不健全")
                    r"|不强|不熟悉|不清楚|不重视|不主动|不健全|不明确|流于形式|形式主义|置若罔闻|推诿|推卸")
# (a work not done is what is wrong, not an answer: "未落实…制度", "尚未开展…", "没有建立")
_NOT_DONE = re.compile(r"(?:未|没有|尚未|未能|不)(?:及时)?(?:落实|开展|建立|完善|制定|督促|确保|加强)")
_ANSWERED = re.compile(r"已|整改|措施|要求|责令|将|下一步|建议|针对|对此|为此|立即|加强|建立|完善|制定|开展|落实|督促|确保")
# (check24: of those, the words that answer a finding wherever they stand; the others — 整改, 开展, 落实, 加强 … — name work,
# which a sentence stating a fault names as the work done badly: "部分单位…没有按照…开展自查,…查出问题后再整改", "…停留在做个
# 方案,落实在纸上")
_ANSWERED_ANYWHERE = re.compile(r"已|要求|责令|将|下一步|建议|针对|对此|为此|立即|措施")


_VERDICT_END = re.compile(r"(?:不佳|不达标|不理想|(?:尚|仍|还)需(?:要)?[\u4e00-\u9fff]{2,6})$")
_GENERAL_SUBJECT = re.compile(r"^(?:极|绝)?(?:部分|个别|少数|一些|有的|多数|大部分|大多数|不少)")
_LABELLED_SENTENCE = re.compile(r"^[^，,。:：]{1,8}[:：]")


def _answers(sentence: str) -> bool:
    """Whether a sentence after a finding's heading answers it (what was done, asked or will be) rather than stating more
    that is wrong: a word of answering anywhere, or a word of work in a sentence that states no fault."""
    plain = _NOT_DONE.sub("", sentence)
    return bool(_ANSWERED_ANYWHERE.search(plain) or (_ANSWERED.search(plain) and not _WRONG.search(sentence)))


def _describes_further(head: str, rest: str) -> bool:
    sentences = [x for x in re.split(r"[。；;]", rest) if x.strip()]
    if not sentences or not _WRONG.search(head):
        return False
    if any(_LABELLED_SENTENCE.match(x.strip()) for x in sentences):
        return False  # "成因：…", "整改情况：…": a labelled part of the item, not more of its statement
    if any(_answers(x) for x in sentences):
        return False
    wrong = sum(1 for x in sentences if _WRONG.search(x))
    if _GENERAL_SUBJECT.match(head):
        return wrong >= 0.6 * len(sentences)
    # self23: a check's finding told as the checker's verdict on a work ("课后服务开展状况不佳", "心理咨询室配置不达标",
    # "某项工作尚需尽快开展:"), then where it was found, every later sentence stating more that is wrong: one statement.
    # (A heading that states a fault itself, "财务管理不规范。内控制度执行不到位,…", keeps its first sentence: blind26/28.)
    verdict = head.split(":")[0].split("：")[0].strip()
    return bool(_VERDICT_END.search(verdict) or _VERDICT_END.search(head.strip())) and wrong == len(sentences)


# cases23: a finding's heading sentence run into the facts that establish it, on the same line with nothing below it —
# a typical case's "(一)基础设施严重缺失，大量污水直排。<城区现有污水厂…日处理…万吨，收集率仅为…%…>", an audit or
# investigation's "(二)审核不严格，支出混乱。<…经调查，实为…>", a check's "垃圾清运不及时。<个别村…未及时清运>": the
# facts are more of the statement (R88's heading run into its description, titled whole), not an answer to it. The rest
# tells facts when it says how they were found (a check's or a count's words: 发现, 据统计, 经调查, 显示, 抽查…) or
# counts them (three figures or more besides years), gives an example of it (如…, 例如…), opens on the span the case ran (2012年至…), or opens on a quantified subject (部分…, 个别…, 少数…) in
# sentences of some length, without breaking into a ";" list; never when it says what was done or asked (整改, 措施, 针对, 要求, 已完成…), labels a part
# ("成因：…") or names who answers ("(责任单位：…)"). Not a heading's run of sub-faults ("…有短板。人才总量不足，重要
# 岗位长期不轮岗", "…不到位；…有待提高"), which stays its heading (the sub-faults name no fact found).
_FAULT_WORD = re.compile(r"不|未|没有|缺|乏|差|低|慢|迟缓|滞后|依然|仍|严重|突出|混乱|薄弱|浪费|违规|违法|超标|虚假|失实|私|存在")
_FOUND_WORDS = re.compile(r"发现|据统计|统计显示|显示|经调查|调查发现|经查|经核查|核实|抽查|检查中|暗访|查阅|调阅")
_DONE_OR_ASKED = re.compile(r"(?:已|立即|限期|责令|进行|督促|要求|全面|认真)整改|整改(?:到位|完成|情况|措施|落实|进展|结果|意见|要求|目标|时限)|措施(?![^。，,；;]{0,3}(?:不|未|缺))|下一步|针对|对此|为此|立即|责令|要求|建议|督促|正在|已(?:经)?(?:完成|建立|制定|追回|清理|修订|"
                            r"印发|召开|开展|落实|拆除|关停|补缴|退还|签订)|已于|将(?:进一步|继续|加快|加强|持续)|高度重视|研究决定"
                            r"|取得|成效|好转|承诺")  # (nor what some did well: "部分村已于…进行清理，取得一定成效")
_FIGURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.]*\s*年)")
_EXAMPLE_OPENING = re.compile(r"^(?:例如|比如|譬如|如(?!期|实|何|果|需|有|此|下|今))")  # (the example of the fault, R13)
# (a case's account opening on the span it ran: "2012年至2020年5月，…", "自2018年以来，…" — unless it tells work done)
_SINCE_OPENING = re.compile(r"^(?:自|从)?\s*(?:19|20)\d\d\s*年[^，,。]{0,12}?(?:至|到|以来|起|期间)")
_WORK_DONE = re.compile(r"印发|出台|修订|召开|组织|完成|建立|健全|制定|开展|启动|部署|推进|实施|投入|落实")
_ITEM_OPENING = re.compile(r"^(?:[(（]\s*[\d一二三四五六七八九十]{1,2}\s*[)）]|\d{1,2}\s*[.、．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十]是)")
_QUANTIFIED_OPENING = re.compile(r"^(?:部分|个别|少数|一些|有的|多数|大部分|大多数|不少|某些)")


def _tells_the_facts(head: str, rest: str) -> bool:
    rest = rest.strip()
    if len(head) < 6 or not _FAULT_WORD.search(head) or not rest:
        return False
    if _DONE_OR_ASKED.search(rest) or _LABELLED_SENTENCE.match(rest) or re.search(r"[(（]\s*(?:责任|牵头|整改)", rest):
        return False
    if any(_LABELLED_SENTENCE.match(x.strip()) for x in re.split(r"[。；;]", rest) if x.strip()):
        return False
    if _ITEM_OPENING.match(rest):
        return False  # "…。（1）开展…；（2）…": what was done, item by item
    if _FOUND_WORDS.search(rest) or _EXAMPLE_OPENING.match(rest):
        return True
    if len(_FIGURE.findall(rest)) >= 3 and not _WORK_DONE.search(rest):
        return True
    if _SINCE_OPENING.match(rest) and not _WORK_DONE.search(rest):
        return True
    if not _QUANTIFIED_OPENING.match(rest) or re.search(r"[;；]", rest):
        return False
    # (a description, its sentences of some length: not a run of short sub-faults, "部分河段巡查记录不全。水质监测频次不足，…")
    sentences = [x for x in rest.split("。") if x.strip()]
    return sum(len(x) for x in sentences) >= 20 * len(sentences)


# a heading of two short problem phrases run into its description with no stop: "学习深度不足,流于表面化部分单位将…",
# "研讨质量不高,缺乏思想碰撞研讨环节存在…,…" (the run-on clause goes on to a comma): the first phrase ends in a shortcoming word; the second ends at the earliest of
# a shortcoming word's end, a quantified subject (部分/多数/个别… 单位), or the first phrase's opening word said again
_SHORT = r"(?:不足|不高|不够|不强|不严|不实|不力|不到位|不彻底|不规范|不健全|不完善|不明显|不及时|不深入|不扎实|脱节|盲区|单一|滞后|薄弱|缺失|缺位|形式化|表面化|走过场)"
RE_RUN_ON_FIRST = re.compile(r"^([^\s,，。;；:：、“”\"]{2,10}?" + _SHORT + r")[,，]([^,，。;；:：]{15,})[,，]")
RE_SHORT_END = re.compile(_SHORT)
RE_QUANTIFIED = re.compile(r"(?:部分|多数|大多数|个别|少数|一些|有的|某些)")


# one short problem phrase run straight into a description that opens with a quantified subject:
# "调查研究不够部分科室下基层次数偏少,…", "制度执行不严个别人员请假手续不全"
RE_RUN_ON_SINGLE = re.compile(r"^([^\s,，。;；:：、“”\"]{2,10}?" + _SHORT + r")(?=" + RE_QUANTIFIED.pattern + r")")


def run_on_heading(text: str) -> tuple[str, str] | None:
    """(title, description) of a heading run into its description, or None."""
    m = RE_RUN_ON_FIRST.match(text)
    if not m:
        single = RE_RUN_ON_SINGLE.match(text)
        if single and len(text) - single.end() >= 8:
            return text[: single.end()], text[single.end():].strip()
        return None
    first, second = m.group(1), m.group(2)
    cuts = [e.end() for e in RE_SHORT_END.finditer(second) if 3 <= e.end() <= 10]
    cuts += [q.start() for q in RE_QUANTIFIED.finditer(second) if 3 <= q.start() <= 10]
    again = second.find(first[:2], 3)
    if 3 <= again <= 10:
        cuts.append(again)
    if not cuts or len(second) - min(cuts) < 4:
        return None
    cut = m.start(2) + min(cuts)
    return text[:cut], text[cut:].strip()


def heading_title(node: Node) -> str:
    """Title of a category/section heading: its first sentence (memoised on the node with the text it was read from:
    the readings ask for each heading's title many times)."""
    t = node.text
    cached = getattr(node, "_heading_title", None)
    if cached is not None and cached[0] is t:
        return cached[1]
    text = t
    i = t.find("。")
    if 0 < i < len(t) - 1:
        t = t[:i]
    title = _clean_title(t)
    node._heading_title = (text, title)
    return title


STATUS_RULES = [
    ("long_term", re.compile(r"长期坚持|长期推进|长期整改|持续深化")),
    # (res19: also with the manner between "正在" and its verb: "整改状态：正在持续整改", "正在加快整改")
    # (mix20: also a status field's whole value "持续整改" — "问题整改状态：持续整改。" — anchored: in a sentence,
    # "已整改到位，今后持续整改巩固", it is a promise, not the state)
    # (task25: a stage closed, "原则同意阶段整改完成", "…任务阶段整改的公示", is a partial close as 阶段性 is: R187; not the
    # next stage's work, "下一阶段整改")
    ("in_progress", re.compile(ON_PLAN_GOING + NOT_YET_CLOSED + r"|^持续整改$|阶段性完成|部分完成|部分整改|正在推进|正在整改|正在(?:持续|加快|积极|抓紧)(?:整改|推进)|持续整改中|推进中|整改中|按计划持续推进|持续推进|基本完成|基本整改到位|阶段性|(?<![下一本该每])阶段整改|未完成|尚未完成|未整改到位|序时推进|序时进度")),
    ("done", re.compile(r"已整改完成|已完成整改|已经完成|已完成|整改完成|已销号|已整改到位|已整改|已办结|已落实到位|^完成$|^全部完成$"
                        r"|已全部(?:完成|整改|办结|销号)"
                        # res21: all of it put right, the work named ("裸露黄土全部覆盖到位", "违建全部拆除到位"; not
                        # "未全部整改到位", "尚未全部落实到位")
                        r"|(?<![未没不])全部[\u4e00-\u9fff]{1,4}到位"
                        # a sign-off verdict: "该项任务已达到验收销号标准", "已达到销号条件"
                        r"|已(?:经)?(?:全部)?达到(?:了)?(?:整改)?(?:验收)?销号(?:的)?(?:标准|条件|要求)")),
]


# (section_status and status_of are functions of their text alone, asked again for the same heading by each item under it
# and by each reading: kept during a parse — a dict look-up in place of up to four regex scans; PERF21.txt)
@per_parse
def section_status(heading: str) -> str | None:
    """Status of a status section ("已整改完成的问题"), not of a category that happens to say 推进, nor of the words of a
    statement it quotes ("关于“问题线索超期未办结”问题的整改": the quoted problem's own words, not where it stands)."""
    if len(heading) <= 14 or _ends_as_section(heading):
        return status_of(_RE_QUOTED.sub("", heading) if "“" in heading else heading)
    return None


_RE_QUOTED = re.compile(r"“[^“”]*”")


_SECTION_ENDS = ("问题", "事项", "任务", "整改", "情况")
_RE_COUNT_END = re.compile(r"[(（]\d+个[)）]")


def _ends_as_section(heading: str) -> bool:
    r"""re.search(r"(?:问题|事项|任务|整改|情况)[)）]?$|[(（]\d+个[)）]$", heading), read from the heading's end instead of
    tried at every offset ($ is also before a final newline)."""
    s = heading[:-1] if heading.endswith("\n") else heading
    t = s[:-1] if s.endswith((")", "）")) else s
    if t.endswith(_SECTION_ENDS):
        return True
    if not s.endswith(("个)", "个）")):
        return False
    i = max(s.rfind("("), s.rfind("（"))
    return i >= 0 and _RE_COUNT_END.fullmatch(s, i) is not None


@per_parse
def status_of(text: str | None) -> str | None:
    if not text:
        return None
    for status, rx in STATUS_RULES:
        if rx.search(text):
            return status
    return None
