"""Headline figures: the counts a document states (problems and how many are done, measures, rules made),
read from its prose ("反馈问题697个，完成整改688个，完善和新建制度589项") and from counts given per attachment."""
from __future__ import annotations

import re

from ..result import Headline
from .numbering import cn_to_int
from .rx import (NearAnchor, Needles, SplitAfter, digits_first, look_behinds_after_first, number_not_after, required_literals,
                 words_not_after)

# sentences cut after their stops (and line breaks), as re.split(r"(?<=[。;；\n])", …) cut them
_AFTER_STOP_OR_BREAK = SplitAfter("[。;；\n]")
_AFTER_STOP = SplitAfter("[。;；]")

# "done", as one grammar: 已 (经) (全部) then the rectification finished — (完成/实现) 整改 (完成/到位/完毕/落实) (并销号)
# ("已整改", "已经整改到位", "已整改完毕", "已完成整改并销号", "已整改销号"), or a verb of finishing alone ("已完成", "已销号",
# "已办结", "已落实", "已解决", "已办理完毕"); or, without 已, the rectification named finished ("整改完成", "完成整改",
# "整改完毕", "验收销号"; "整改到位25个" right before its count, not as a goal: 确保/要求…整改到位; "已落实到位"). Not "基本完成"
# ("已基本完成整改25个"; tasks may count it: _TASK_DONE).
_DONE = (r"(?:已(?:经)?(?:全部)?(?:(?:完成|实现)?整改(?:完成|到位|完毕|落实)?(?:并?销号)?|(?:完成|办结|落实|解决)(?:到位|完毕)?|销号|(?:办理|处理)完毕)"
         r"|已完成或基本完成|验收销号|(?<![未已本])(?:整改完成|完成整改|整改完毕)|(?<![未已保求须将要])整改到位(?=\d))")
# what may stand between a done verb and its count: "已完成整改的有25个", "已整改问题25个", "已销号的共25个"
# (or a sum word: "已完成整改合计4项")
# fs19: or the problems named with whose they are and their rectification after them, 完成 governing "问题整改": "已完成反馈
# 问题整改5个", "已完成问题整改12个" (as RE_LEVEL_DONE's "完成镇级问题整改38个")
_GAP = (r"(?:整改)?(?:的)?(?:(?:反馈|交办|指出|巡视|巡察|督察)?问题(?:整改)?)?(?:的)?(?:有|共计|合计|总计|共)?")  # (a known miss: "已销号的问题共25个" is still read as a declared total)
# the verbs that find or hand over problems, which govern a count of them as the total ("反馈问题20个", "累计收集问题150个",
# "排查出问题36处")
_FINDING = r"反馈|指出|交办|下发|反映|发现|查出|查摆|查找|检视|梳理|排查|摸排|收集|征集"
# "N个问题" with what kind of problem between the count and the noun: "18个突出问题", "9070个各类生态环境问题", "7处问题",
# "5个共性问题"; not "3个方面问题" (aspects), nor "问题线索" (leads handed over, not problems). A pattern string:
# the declared-total pattern embeds it.
# (res19: nor "17个项目查出的问题", a count of the projects audited whose problems the text then counts, "审计查出问题50个";
# a headline's "5大问题" counts the problems it lists, 大 its counter right before 问题)
RE_PROBLEM_COUNT = (digits_first(r"(?<![第\d])(\d+)\s*(?:个|项|条|件|处|大(?=问题))(?!方面|大类|大方面|类|领域|点位|单位|部门|地方|乡镇|县|市|区|批|轮|次|项目)"
                    # not "向8个被巡察党组织反馈问题156个" (a count of bodies), nor "5条措施解决…问题" (27条具体问题: 条 counts them too)
                    # (the kind may be a quoted name: "12个“四风”方面问题", "3个“两不愁三保障”问题")
                    r"(?:[“\"][^”\"\d。，,]{1,8}[”\"](?:方面)?的?)?"
                    # (nor "17个疑似问题": suspected problems sent down to be checked, most of which prove to be none)
                    # (nor "墙面污损1处等问题": the count of the last finding listed, then 等问题 closing the list)
                    # (the kind may name a region and a field, "325个长江经济带生态环境问题": 9 to 12 characters when they
                    # hold no verb; not "12个督导组深入基层查找整改问题", a count of teams then what they did)
                    # (fs19: nor "17个项目查出的问题", a count of the projects audited, whose problems are counted elsewhere)
                    r"(?:(?:(?!党组织|党委|党组|党支部|单位|部门|企业|学校|社区|村|项目|措施|建议|意见|举措|制度|机制|件|疑似|等)[^\d\s,，。;；、:：()（）“”\"]){0,8}?"
                    r"|(?:(?!党组织|党委|党组|党支部|单位|部门|企业|学校|社区|村|项目|措施|建议|意见|举措|制度|机制|件|疑似|等"
                    r"|查|整改|发现|存在|开展|深入|反馈|推动|督促|解决|落实|指出|涉及|进行|组)[^\d\s,，。;；、:：()（）“”\"]){9,12}?)问题(?!线索)"))
# (perf23: written led by its digits, rx.digits_first — "(\d(?<![第\d]\d)\d*)": the same matches, but the engine scans for the
# digit in C where it tried the look-behind at every offset; so are the other counts below led by "(?<![第\d])(\d+)")
RE_BADLY_DONE = re.compile(r"\s*(?:的)?整改(?:工作)?(?:不够|不)(?:到位|彻底|扎实)|\s*(?:尚)?未(?:按期)?(?:完成)?整改|\s*整改不力")
# a sentence that gives one unit's case as an example is not the document's headline
# (not the document's own body: "其中涉及我区的问题4个" is the total of the district that reports)
RE_EXAMPLE_CLAUSE = re.compile(r"^(?:有些|有的|部分|个别|其中|例如|比如|如)[^,，]{0,8}?(?<![我本全])(?:单位|部门|地方|乡镇|县|区)"
                               # one body's line in a round summary: "2.区农业农村局：反馈问题14个，已整改13个"
                               r"|^(?:\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）])\s*[^，,。：:；;]{2,20}?"
                               r"(?:局|委|办|中心|镇|乡|街道|公司|集团|学校|学院|医院|院|所|党委|党组|党工委)\s*[:：]")

# a recheck's verb right before a count of problems: "复核了7个…反馈问题", "复查的12个问题" (kfg)
RE_RECHECKED = re.compile(r"(?:复核|复查|回访)(?:了|的)?\s*$")

# fs19: measures made for the problems just counted, next in their sentence: "…29个问题,提出117条整改举措", "…12个问题，
# 逐条制定了35项整改措施" (measures by their name, 措施 or 举措; not suggestions or opinions: "…,提出117条意见建议")
# (the measures written either way: "提出117条整改举措", "制定整改措施117条"; and so the problems: "29个问题", "问题29个")
RE_MEASURES_DRAWN_AFTER = re.compile(r"\s*[,，]\s*(?:并|共|逐条|逐项|逐一|有针对性地|针对性地)?\s*(?:研究)?(?:提出|制定|明确|细化|形成)(?:了|出)?\s*"
                                     r"(?:(?:共)?\s*\d+\s*[条项个](?:具体|针对性)?(?:整改)?(?:措施|举措)"
                                     r"|(?:具体|针对性)?(?:整改)?(?:措施|举措)(?:共计|共)?\s*\d+\s*[条项个])")

# the classifiers a count of problems, and the done count that follows it, may take: 个 项 条 件 处 宗
_CL = r"[个项条件处宗]"
# the done part stated after its total: "45个具体问题有39个已完成整改", "问题41个,其中35个已整改", "…问题中，已有35个完成整改"
# (a copy may double its commas: "问题95处,,其中71处…")
# (the part done may be told with how it was done between 已 and 完成整改: "其中71处已及时协调相关部门完成清理整改"; not
# when what stands between orders or plans it: "已责令…限期完成整改")
_DONE_VIA = r"已(?:(?!责令|要求|限期|督促|将|需|须|未|正在|计划)[^\d,，。;；]){1,12}?完成(?:清理|清运)?整改"
# figs22: (or how well it was done, with no 已, the count right before it so that no 未 can stand between: "其中已有277个
# 成功完成整改", "其中15个顺利完成整改"; not "基本完成", which is not done)
_DONE_MANNER = r"(?:成功|顺利|如期|按期|按时|彻底)完成(?:了)?整改"
RE_PART_DONE = re.compile(rf"\s*[,，]{{0,2}}\s*(?:其中|中)?\s*[,，]?\s*(?:已)?(?:有)?\s*(\d+)\s*{_CL}(?:问题)?\s*(?:均|已经|经)?(?:{_DONE}|{_DONE_VIA}|{_DONE_MANNER})")
# figs22: who handed the problems over, said after their count in a passive clause of its own ("290个突出环境问题由中央环保
# 督察组和省委、省政府交办，其中已有277个…"): the done part follows that clause
RE_HANDED_BY = re.compile(r"\s*由[^。;；,，\d]{2,30}?(?:交办|反馈|指出|移交|转办)(?=\s*[,，])")
RE_PLAN_TASKS = re.compile(r"(?:整改方案|问题清单|任务清单|责任清单)[^。;；\d]{0,40}?(?:提出|确定|明确|列出|梳理出?)(?:了)?\s*"
                           r"(?:(\d+)\s*项(?:具体|重点)?整改任务|整改任务(?:共)?(\d+)\s*项)")
RE_NICKNAMED_PROBLEMS = re.compile(r"(?:发现|查出|查找出|排查出|检视出)(?:了)?[^。;；\d]{2,80}?等\s*“(?P<name>[^”\d]{1,6})”\s*(?P<n>\d+)\s*[个项条处]")
RE_ASPECTS_COUNTED_OF = re.compile(
    rf"(?:反馈|指出|交办|发现|查出)(?:了|的)?\s*(\d+)\s*个(?:大)?方面(?:的)?(?:突出)?问题\s*中\s*[,，]?\s*(?:已有|已经|已)?\s*"
    rf"(?:{_DONE}{_GAP}(?P<done>\d+)\s*个|(?P<done2>\d+)\s*个\s*{_DONE})")
# a count of aspects just before the count of problems: "…三大方面的45项问题", "等10个方面27条具体问题"
RE_ASPECTS_BEFORE = re.compile(r"(?:\d+|[一二三四五六七八九十两]{1,3})\s*个?大?方面(?:的)?\s*$")
# problems that someone else found: the body's own discipline committee or its spot checks
# ("公司纪委…现场督查3次,发现问题3个"), not the inspection's total
_OTHERS_FOUND = r"[^。;；]{0,80}?(?:发现|查出|查找)(?:各类)?问题\s*\d+\s*[个项条]"
_CHECKS_FOUND = r"\s*\d+\s*(?:次|轮|批)\s*[,，、]\s*(?:共)?(?:发现|查出)(?:各类)?问题\s*\d+\s*[个项条]"
RE_OTHERS_FINDINGS = re.compile(
    # "(?:纪委|纪检|纪工委|监察专员)…|(?:督查|检查|抽查|暗访|巡查)…" with each word before its tail (perf23: alternatives
    # each led by a literal give the engine a set of first characters to scan for in C; led by groups, it tried the
    # pattern at every offset — the same matches, the words tried in the same order)
    "|".join(w + _OTHERS_FOUND for w in ("纪委", "纪检", "纪工委", "监察专员"))
    + "|" + "|".join(w + _CHECKS_FOUND for w in ("督查", "检查", "抽查", "暗访", "巡查")))


# one batch of problems (a week's, a month's, a day's) and, later, the running total of all of them
RE_BATCH_BEFORE = re.compile(r"(?:上|本|当|这)(?:周|月|旬)|当天|当日|本批|这批|此批|新一批")
RE_RUNNING_TOTAL = re.compile(r"(?:截至|截止|至)(?:目前|今|当前|现在)|累计|总计|合计")


def _batch_before_running_total(t: str, at: int) -> bool:
    """Whether the count of problems at ``at`` is one batch's ("对上周走访收集的12个问题逐个交办") and a running total of
    problems is stated after it ("截至目前，全乡累计收集到的150个问题"): the total is the headline, not the batch."""
    clause = re.split(r"[。;；,，\n]", t[max(0, at - 30): at])[-1]
    if not RE_BATCH_BEFORE.search(clause):
        return False
    end = re.search(r"[。;；\n]", t[at:])
    rest = t[at + (end.end() if end else len(t)):]
    for r in RE_RUNNING_TOTAL.finditer(rest):
        window = rest[r.start(): r.end() + 40]
        if re.search(RE_PROBLEM_COUNT, window) or re.search(RE_NOUN_FIRST, window):
            return True
    return False


def _without_others_findings(t: str) -> str:
    """The text with the counts of problems found by someone other than the inspection left out."""
    return RE_OTHERS_FINDINGS.sub(lambda m: "，" * len(m.group(0)), t) if "问题" in t else t


# a count of problems in Chinese numerals, read only where a finding or feedback verb governs it ("反馈了三个方面十二个
# 问题", "指出的五个具体问题"): not a slogan ("三项措施", "一个问题一个问题地解决", "发现一个问题、解决一个问题": a
# lone 一 is never read)
_CN_COUNT = r"(?:[二三四五六七八九十两]|[一二三四五六七八九十两]{2,3})"
RE_CN_PROBLEM_COUNT = re.compile(
    # (also the places a check found problems in, listed after: "发现以下两处问题：其一…")
    # (or across the body it found them in: "发现中心小学存在着以下亟待解决的四个问题")
    rf"(?P<verb>(?:反馈|指出|发现|查出|查找出|梳理出?|交办)(?:了|出)?(?:的)?(?:共|共计|以下|如下)?"
    rf"(?:[^。;；,，:：\d]{{0,16}}?存在着?(?:以下|如下)?[^。;；,，:：\d]{{0,8}}?(?<=[的着下])(?=[一二三四五六七八九十两]))?)"
    rf"(?:(?P<asp>{_CN_COUNT})(?P<asp_unit>个?大?方面(?:的)?))?"
    rf"(?P<n>{_CN_COUNT})(?P<unit>[个项条处](?:具体|突出|主要)?问题)"
    # written noun first: "共反馈问题三十八个"
    rf"|(?P<verb2>(?:反馈|指出|发现|查出|交办)(?:的)?问题(?:共计|共|总计)?)(?P<n2>{_CN_COUNT})(?P<unit2>[个项条])")
# (perf22: searched at its verbs only — each match opens with one — where the pattern, led by a group, was tried at
# every offset)
_CN_PROBLEM_COUNT_AT = NearAnchor(RE_CN_PROBLEM_COUNT.pattern, "反馈|指出|发现|查出|查找出|梳理|交办", 0)
# measures in Chinese numerals, read only as made for the rectification: "制定了二十六条整改措施" (not "采取三项措施")
# (also noun first: "制定整改措施六十二条")
RE_CN_MEASURE_COUNT = re.compile(rf"(?P<verb>(?:制定|细化|明确|提出)(?:了|出)?(?:具体)?)(?:(?P<n>{_CN_COUNT})(?P<unit>[条项](?:具体)?整改措施)"
                                 rf"|(?P<noun>整改措施(?:共计|共)?)(?P<n2>{_CN_COUNT})(?P<unit2>[条项]))")
# rules made counted in Chinese numerals after them: "建立健全规章制度十二项", "完善长效机制五个"
RE_CN_RULE_COUNT = re.compile(rf"(?P<pre>(?:建立|制定|出台|修订|完善|新建|印发|健全|形成)[^。;；,，\d]{{0,10}}?(?:制度|机制)[^。;；,，\d]{{0,4}}?)"
                              rf"(?P<n>{_CN_COUNT})(?P<unit>[项个份条件套])")
# the done count in Chinese numerals, read only in the sentence of such a count: "…，已整改三十个"
RE_CN_DONE = re.compile(rf"(?P<verb>{_DONE})(?P<n>{_CN_COUNT})(?P<unit>{_CL})")


def _cn(numeral: str) -> str:
    n = cn_to_int(numeral.replace("两", "二"))
    return str(n) if n is not None else numeral


def _cn_problem_counts(t: str) -> str:
    """The text with counts of problems (after a finding verb) and of measures (after a verb making them) written in Chinese
    numerals rewritten in figures, and the done count in the sentence of either."""
    measures = "整改措施" in t and RE_CN_MEASURE_COUNT.search(t) is not None
    rules = ("制度" in t or "机制" in t) and RE_CN_RULE_COUNT.search(t) is not None
    if not measures and not rules and ("问题" not in t or not _CN_PROBLEM_COUNT_AT.search(t)):
        return t

    def measure(m: re.Match) -> str:
        return m.group("verb") + (_cn(m.group("n")) + m.group("unit") if m.group("n") else m.group("noun") + _cn(m.group("n2")) + m.group("unit2"))

    def count(m: re.Match) -> str:
        if m.group("verb2"):
            return m.group("verb2") + _cn(m.group("n2")) + m.group("unit2")
        return (m.group("verb") + (_cn(m.group("asp")) + m.group("asp_unit") if m.group("asp") else "")
                + _cn(m.group("n")) + m.group("unit"))

    out = []
    for sentence in _AFTER_STOP_OR_BREAK.split(t):
        rewritten = RE_CN_PROBLEM_COUNT.sub(count, sentence)
        if measures:
            rewritten = RE_CN_MEASURE_COUNT.sub(measure, rewritten)
        if rules:
            rewritten = RE_CN_RULE_COUNT.sub(lambda m: m.group("pre") + _cn(m.group("n")) + m.group("unit"), rewritten)
        if rewritten != sentence:  # the done count in the sentence of a count so read ("…，已完成五十八条")
            rewritten = RE_CN_DONE.sub(lambda m: m.group("verb") + _cn(m.group("n")) + m.group("unit"), rewritten)
        out.append(rewritten)
    return "".join(out)


RE_CLASSES_TASKS_MEASURES = re.compile(r"\d\d*\s*(?:类|大类|个方面)[^、，,。；;\d]{0,8}?问题\s*[、，,和及]\s*(?:(?:细化|分解|明确|形成)(?:出|为)?)?\s*(\d+)\s*项(?:具体|重点)?(?:整改)?任务"
                                       r"\s*[、，,和及]\s*(\d+)\s*[条项](?:具体)?(?:整改)?措施")
RE_PROBLEM_PARCELS = re.compile(r"(?:下发|交办|反馈|移交|推送)[^。；;\d]{0,12}?(?<![第\d])(\d+)\s*宗(?:[^。；;\d()（）]|[(（][^()（）]{0,20}[)）]){0,30}?问题图斑"
                                r"|问题图斑\s*(?:共|共计)?\s*(\d+)\s*宗")
RE_PROBLEM_PARCELS = Needles(RE_PROBLEM_PARCELS)  # (tried only in a text holding a literal every match reads)


# the list of attachments closing a body ("附件：1.…具体问题整改进展情况（共12个问题）" and "2.…（共8个问题）" under it):
# each line names an attachment and repeats its count, which is not a total of the body's
RE_ATTACHMENT_LIST_HEAD = re.compile(r"^\s*附件\s*[:：]\s*(?:[1１一][.．、]|$)")
# (or each attachment named on its own line with its number: "附件1：…（共3个问题）" then "附件2：…（共2个问题）")
RE_ATTACHMENT_NAMED_LINE = re.compile(r"^\s*附件\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[:：.．、]\s*\S")
RE_ATTACHMENT_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[.．、]")


def _without_attachment_list(text: str) -> str:
    if "附件" not in text:
        return text
    lines = text.split("\n")
    listing = False
    for k, line in enumerate(lines):
        if RE_ATTACHMENT_LIST_HEAD.match(line):
            listing = True
        elif not (listing and RE_ATTACHMENT_LIST_ITEM.match(line)):
            listing = False
        if listing or RE_ATTACHMENT_NAMED_LINE.match(line):
            lines[k] = RE_ATTACHMENT_COUNT.sub("", line)
    return "\n".join(lines)


# problems found and rectified in one act: "发现并整改…等各类问题38个" (found and fixed: the total and the done count)
RE_FOUND_AND_FIXED = re.compile(r"(?:发现|查出|查找|排查|检视)(?:并|和|及)(?:督促|推动)?(?:立行立改|整改)(?:了)?[^。;；\d]{0,60}?"
                                # (or hazards, and their first signs: "发现并整改安全隐患苗头12个")
                                r"(?:(?:问题|隐患(?:苗头)?)\s*(\d+)\s*[个项条处件](?![余多])|(\d+)\s*[个项条处件](?:[^\d\s,，。;；、:：]{0,8}?)问题)")
# problems found, then all rectified in the same clause chain: "发现问题159条并督促整改到位"
RE_FOUND_THEN_FIXED = re.compile(r"(?:发现|查出|查找出?|排查出?|检视出?)(?:了)?[^。;；,，\d]{0,8}?问题\s*(\d+)\s*[个项条处件]\s*[,，]?\s*"
                                 r"(?:并|均|全部)(?:已)?(?:督促|推动|指导)?(?:其|全部|立即)?(?:已)?"
                                 r"(?:整改到位|整改完毕|完成整改|整改完成|全部整改|立行立改)")
# a later count that covers an earlier one and is said to be all done: "…前两轮巡视中…发现…问题651个。2016年以来，…反馈
# 问题1029个，目前均已完成整改" (the all-done count, larger than the total first read, is the document's)
RE_COUNT_ALL_DONE = re.compile(r"(?:(?:问题)\s*(?:共计|共|总计|合计)?\s*(\d+)\s*[个项条件]|(\d+)\s*[个项条件][^\d\s,，。;；、:：]{0,8}?问题)"
                               r"\s*[,，]?\s*(?:目前|现|截至目前|至今)?\s*[,，]?\s*(?:(?:均|全部|都)已(?:经)?(?:全部)?|已(?:经)?(?:全部|均))"
                               r"(?:完成整改|整改(?:完成|到位|完毕))")
# problems broken into items of work ("将…反馈的问题，细化成47个整改项目"): the items are the measures
RE_REFINED_ITEMS = re.compile(r"(?:细化|分解|拆分|细化分解)(?:成|为)\s*(\d+)\s*[个项条](?:具体)?整改(?:项目|事项)")
# problems of two named kinds counted together after them: "督察反馈意见具体问题和交办典型案例共20个"
RE_JOINED_KINDS_TOTAL = re.compile(r"问题(?:和|及|与|、)[^。;；,，\d]{1,12}?(?:共计|总计|合计|共有|共)\s*(\d+)\s*[个项件]")


# a special campaign run beside the rectification ("部署启动突出问题专项整治", "抓好…专项整治"): its measures are its own
RE_SIDE_CAMPAIGN = re.compile(r"专项整治")


def _in_side_campaign(t: str, at: int) -> bool:
    """The count at `at` is in a sentence about a special campaign (专项整治), not about the inspection's feedback."""
    begin = max(t.rfind(c, 0, at) for c in "。;；\n") + 1
    sentence = t[begin: at]
    return bool(RE_SIDE_CAMPAIGN.search(sentence)) and not re.search(r"巡视|巡察|督察|反馈", sentence)


# the words each of headline_figures' five rule counts reads in every match (one of each group), in their order there
_RULES_NEED = (
    (("制度", "机制"),),
    (("制度", "机制", "规定", "办法"),),
    (("建章立制", "整章建制"),),
    (("制度", "机制"), ("等",), ("、",)),
    (("制度", "机制"), ("等",)),
    (("制度", "机制"), ("等",), ("、",)),
)


def headline_figures(text: str) -> Headline:
    h = Headline()
    text = _without_attachment_list(_cn_problem_counts(text))
    # drop example clauses ("有些单位建立长效机制抓整改，附海镇…21个问题…") before reading figures
    t = "".join(c for c in _AFTER_STOP_OR_BREAK.split(text) if not RE_EXAMPLE_CLAUSE.match(c.strip()))
    t = _without_others_findings(t)
    t = _without_unfinished_counts(t)
    declared_at = _declared_problems_at(t)
    declared = declared_at[1] if declared_at else None
    if declared_at is not None and "问题" in t[:declared_at[0]] and RE_COUNT_THEN_NOUN.match(t, declared_at[2]):
        # st21: a total written noun first before a count written number first ("本轮巡察共反馈问题416个，…" then
        # "——重点单位整改。市教育局党组针对反馈的41个问题…"): the document's total is the one stated first, whatever
        # its word order — the later count is a part's (read below, as a total written noun first is). (A later total
        # written noun first again, "各轮巡察反馈问题共96个", is a running total over the first: read as before.)
        # (a total, said to sum: "共…", "累计…", "合计…" in its clause — not one inspection's count among others,
        # "反馈意见问题49个,已整改完成40件;…移交我县73个问题中…")
        first_noun = _first_noun_count(t[:declared_at[0]])
        if first_noun is not None:
            opens = max(t.rfind(c, 0, first_noun) for c in "。；;\n") + 1
            if RE_SUMMED.search(t, opens, first_noun + 12):
                declared = None
    joined = RE_JOINED_KINDS_TOTAL.search(t)
    # (petitions received are not problems; petitions an inspection handed over are: "反馈问题和交办信访件共5个")
    if joined and not (RE_PETITIONS.search(joined.group(0)) and not re.search(r"交办|移交|转办", joined.group(0))) \
            and not _petitions_concern(t, joined.start(1)):
        # counted before any other declared total ("…具体问题和交办典型案例共20个，已完成整改13个")
        first = _PROBLEM_COUNT_AT.search(t)
        if declared is None or first is None or joined.start() < first.start():
            declared = int(joined.group(1))
            md = re.match(rf"\s*[,，]\s*(?:其中)?\s*(?:已经)?{_DONE}{_GAP}(\d+)\s*[个项件]", t[joined.end(): joined.end() + 30])
            if md:
                h.problems_done = int(md.group(1))
    if declared is not None:
        h.problems_total = declared
    shared = _shared_and_own(t)  # "共性问题5个、个性问题12个": the two kinds add up
    if shared is not None:
        h.problems_total, end = shared
        after = re.split(r"[。;；]", t[end:], maxsplit=1)[0]
        md = re.search(rf"{_DONE}{_GAP}(\d+)\s*[个项]", after)
        if md:
            h.problems_done = int(md.group(1))
        elif re.search(r"已(?:经)?全部(?:完成)?整改|全部整改到位|已全部完成|全部销号", after):
            h.problems_done = h.problems_total
    if h.problems_total is None:
        _named_totals(h, t)
    # problems
    own_done = RE_LEVEL_DONE.search(t)  # "完成镇级问题整改38个": a done count given alone, of the body the text is about
    noun_first = _first_noun_count(t)  # "反馈问题46个": a total written noun first, to weigh against a later count
    for m in _PROBLEM_COUNT_AT.finditer(t):
        n = int(m.group(1))
        after = t[m.end(): m.end() + 14]
        before = t[max(0, m.start() - 24): m.start()]
        if RE_REMAINDER.search(before):  # "剩余2个问题正按时序推进": what is left, not the total
            continue
        if RE_PART_OF_CASES.search(before):  # "9个“垃圾”案例中,有7个都存在渗滤液问题": cases among cases (R68, C26)
            continue
        # kfg: problems a check re-examined ("复核了7个各渠道反馈问题的处理情况": others fed them back, the check looked at
        # how they were handled) are not what it found
        if RE_RECHECKED.search(before):
            continue
        if _petitions_concern(t, m.start()):
            continue
        # "…交办我省的第十一批59个环境问题全部移交": one numbered batch of petitions handed over, not the total
        if _petition_batch(t, m.start()):
            continue
        if _petition_noun(t, m.end()):
            continue  # "交办的40706件环境问题举报": petitions, named by the count's own noun
        if _batch_before_running_total(t, m.start()):
            continue  # "上周收集的12个问题…截至目前，累计收集到的150个问题": one batch, then the running total
        if h.problems_total is None and noun_first is not None and noun_first < m.start():
            continue  # "反馈问题46个，已完成整改44个，…其余2个问题…": the total was written noun first, before this count
        handed = RE_HANDED_BY.match(t, m.end()) if t.startswith("由", m.end()) else None
        if handed is not None:
            after = t[handed.end(): handed.end() + 14]
        # (the part done with how well it was done may run a little longer: "，其中已有277个成功完成整改")
        md = re.match(rf"[^。;；]{{0,4}}?{_DONE}{_GAP}(\d+)\s*{_CL}", after) \
            or RE_PART_DONE.match(t, handed.end() if handed else m.end(), (handed.end() if handed else m.end()) + 20)
        if md and own_done is not None and own_done.start() < m.start() and h.problems_total is None:
            continue  # "…完成镇级问题整改38个。村级反馈的289个问题已完成整改259个": the villages' pair, not the town's
        if md:
            # "…省级督察反馈18项问题，完成整改11项" after a document-wide 46: the 11 are done of the 18, not of the 46
            if h.problems_total is None or h.problems_total == n:
                h.problems_total = n
                h.problems_done = h.problems_done or int(md.group(1))
            continue
        if re.match(rf"\s*{_DONE}[^。,，\d]{{0,4}}?\d+(?:\.\d+)?\s*%", after):  # "9070个问题整改完成97.5%": a rate, not a done count
            h.problems_total = h.problems_total or n
            continue
        # (not the ones left undone: "对尚未完成的3个问题", "未完成整改的2个问题")
        if re.match(rf"\s*{_DONE}", after) or (re.search(r"(?:已|完成|整改完成)[^。,，]{0,4}$", before)
                                                and not re.search(r"(?:未|没有)[^。,，]{0,3}(?:完成|整改)[^。,，]{0,4}$", before)):
            if h.problems_done is None:
                h.problems_done = n
                if "全部" in after[:6] and h.problems_total is None:
                    h.problems_total = n
            continue
        if RE_BADLY_DONE.match(after):  # "…存在8个方面36个问题整改不够到位": a supervision's finding, not the total
            continue
        if re.match(r"\s*[,，]?\s*(?:均|全部|都)已(?:经)?(?:全部)?(?:完成)?整改|\s*[,，]?\s*已(?:经)?全部(?:完成)?整改", after) \
                or (re.match(r"\s*全部(?:整改完成|完成整改|整改到位|销号)", after)  # "截至6月底，12个问题全部整改完成"
                    and not re.search(r"(?:确保|力争|争取|要|将|务必|计划|预计)[^,，。;；]{0,6}$", before)):
            # "反馈的4个方面21个问题，均已完成整改": all of them
            if h.problems_total is None or h.problems_total == n:
                h.problems_total, h.problems_done = n, n
            continue
        if re.match(r"\s*(?:正在|仍在|尚在|持续)", after):
            h.problems_in_progress = h.problems_in_progress or n
            continue
        # "针对…审计报告的24个项目的483个问题": the problems an audit report or a feedback states
        # "…对该镇党委4大类16个方面22个问题…的整改情况进行了检查": the problems whose rectification is reported
        # ("纳入整改方案的1532项突出环境问题": the problems a plan or ledger took in)
        # (res19: or a headline that exposes them, "曝光!某建设发布:某项目5大问题,同时移交…": the problems it lists)
        if h.problems_total is None and (re.search(r"反馈|指出|梳理|交办|查出|发现|查摆|检视|存在|共|涉及|明确|反映|提出|列出|针对|审计报告|纳入整改|曝光",
                                                   before + t[m.start():m.end()])
                                         # "…发现的…不严谨、…不规范等15个问题": the count closing a list that a finding verb heads
                                         or _governed_by_finding(t, m.start())
                                         # "…在落实党的全面领导、…三大方面的45项问题": problems counted after their aspects
                                         or re.search(r"方面(?:的|存在的|共)?\s*$", before) or RE_ASPECTS_BEFORE.search(before)
                                         or re.match(r"[^。;；,，]{0,16}?的整改(?:情况|落实情况|进展)", after + t[m.end() + 14: m.end() + 30])
                                         # kfg: problems said exposed, as a check's news names its list ("27个问题清单曝光"):
                                         # the problems it found (not lists counted: "印发3个问题清单")
                                         or re.match(r"\s*(?:清单)?\s*(?:被)?曝光", after)
                                         # fs19: the problems the measures drawn right after them answer ("深入剖析29个问题,
                                         # 提出117条整改举措"): the problems being rectified, whatever verb takes them
                                         or RE_MEASURES_DRAWN_AFTER.match(t, m.end())):
            h.problems_total = n
            md = RE_DONE_OF_THEM.match(t, m.end())
            if md and h.problems_done is None:
                h.problems_done = int(md.group(1) or md.group("n2"))
    if h.problems_total is not None and ("问题和" in t or "问题及" in t):
        _parts_said_together(h, t)
    total_end = None  # where the total read noun first ends
    for m in _NOUN_FIRST_AT.finditer(t):
        if m.group(2) == "件" and not RE_FED_BACK_IN_JIAN.search(t, max(0, m.start() - 8), m.start()):
            continue
        if m.group(2) == "起" and not RE_FOUND_RIGHT_BEFORE.search(t, max(0, m.start() - 6), m.start()):
            continue
        # "共整改问题312个": done, not the total (but "涉及整改问题523项": the problems to rectify)
        # (hl20: nor the list of problems to rectify, "整改问题清单共18项，已销号16项": the list holds them all)
        to_rectify = re.search(r"(?:涉及|需要?|待|应)整改$", t[max(0, m.start() - 4): m.start()]) \
            or (t.startswith("问题清单", m.start()) and t.endswith("整改", 0, m.start()))
        if re.search(r"整改(?:完成|到位)?$", t[max(0, m.start() - 4): m.start()]) and not to_rectify:
            # "发现问题247个,整改问题247个": right after the total, in its clause chain, the done count of it
            if h.problems_done is None and (h.problems_total is None
                                            or (total_end is not None and re.fullmatch(r"\s*[,，、]\s*(?:共|累计|已)?", t[total_end: m.start() - 2]))):
                h.problems_done = int(m.group(1))
            continue
        if re.search(r"(?:举报|投诉|信访|来信|来电)$", t[max(0, m.start() - 2): m.start()]):
            continue  # "交办的群众举报问题55个": problems the public reported (petitions), not what a check found
        if _petitions_concern(t, m.start()):
            continue  # "本批转办的信访件,涉及环境问题36个": what the petitions are about (as a count written first)
        if _in_breakdown(t, m.start()):
            continue  # "…不到位问题795个,…作风问题607个,…涣散问题355个,涉及民生领域突出问题559个": kinds, no total
        if h.problems_total is None and _petitions_concern(t, m.start()):
            continue  # kfg: "…信访件,共3件。…。涉及环境问题3个": what petitions are about (as count first)
        if h.problems_total is None and _batch_before_running_total(t, m.start()):
            continue  # "上周收集问题12个…截至目前，累计收集问题150个": one batch, the running total follows (as count first)
        # (hl20: or the problems said to need rectifying, "应整改问题30个，已整改25个", "整改问题清单共18项": all of them)
        if h.problems_total is None and (re.search(rf"{_FINDING}|涉及|共|(?<!累)计", t[max(0, m.start() - 10): m.start() + 4])
                                         or to_rectify
                                         or _governed_by_finding(t, m.start())
                                         # fs19: the problems the measures drawn right after them answer ("深入剖析问题
                                         # 29个，提出整改举措117条"), as for a count written first
                                         or RE_MEASURES_DRAWN_AFTER.match(t, m.end())):
            h.problems_total = int(m.group(1))
            total_end = m.end()
            md = RE_DONE_OF_THEM.match(t, m.end()) or RE_PART_DONE.match(t, m.end(), m.end() + 30)  # "指出具体问题41个，其中35个已整改"
            if md and h.problems_done is None:
                h.problems_done = int(md.group(1) or md.groupdict().get("n2"))
            # "指出问题28条，已整改26条": the done count in the total's own counter, right after it
            # (also "…，目前已经完成整改问题523项")
            # (also as of a day: "反馈问题2个方面5个，截至12月底，已完成整改3个")
            md = re.match(rf"\s*[,，]\s*(?:目前|截至目前|现已|现|均|(?:截至|截止)[^,，。;；]{{1,14}}?[,，])?\s*[,，]?\s*(?:已经)?{_DONE}{_GAP}(\d+)\s*{m.group(2)}",
                          t[m.end(): m.end() + 40])
            if md and h.problems_done is None:
                h.problems_done = int(md.group(1))
    # (not a count of bodies whose check is done: "已完成8个部门单位…督导工作")
    m = _DONE_COUNT_AT.search(t)
    if m is not None and m.group(1) is None:
        m = _Done(m.group(2), m.start())
    # a done count of bodies: counted in bodies right after it ("已完成3个镇街合计16宗…核查"), or right after a count of
    # bodies in its own counter ("全县220个村级党组织,已完成153个")
    if m is not None and (re.match(r"\d+\s*个\s*(?:镇|街|乡|村|社区|单位|部门|党组织|企业|学校)(?![^，,。;；\d]{0,6}问题)",
                                   t[m.start():][len(re.split(r"\d", t[m.start():], maxsplit=1)[0]):])
                          or re.search(r"\d+\s*个[^\d,，。;；]{0,6}?(?:党组织|村|社区|单位|部门|企业|学校|乡镇|镇街)\s*[,，]\s*(?:目前|现)?\s*$",
                                       t[max(0, m.start() - 24): m.start()])):
        m = None
    if own_done is not None and (m is None or own_done.start() < m.start()):
        m = own_done
    mb = RE_MEASURE_COUNT_JUST_BEFORE.search(t[max(0, m.start() - 30): m.start()]) if m is not None else None
    if mb and "问题" not in re.split(r"\d", t[m.start(): m.start() + 12], maxsplit=1)[0] \
            and re.match(rf"\d+\s*{(mb.group('unit') or mb.group('unit2') or mb.group('unit3'))}", t[m.start():][len(re.split(r"\d", t[m.start():], maxsplit=1)[0]):]):
        m = None  # "共确定整改任务46项，已完成43项": done of the tasks, not of the problems
    if m and h.problems_done is None:
        # the done count belongs to the count of problems just before it ("…反馈18项问题，完成整改11项"), when there is one
        # (a part given in brackets after a total is in it, not a count of its own: "问题4个（含…指出问题1个）")
        before_done = RE_INCLUDED_PART.sub(lambda b: "，" * len(b.group(0)), t[: m.start()])
        found = sorted(list(_PROBLEM_COUNT_AT.finditer(before_done)) + list(re.finditer(r"问题(\d+)\s*[个项]", before_done)),
                       key=lambda c: c.end())
        nearest = [int(c.group(1)) for c in found]
        # (or to the total when the counts just before it are its parts: "…问题共12个，其中督察报告指出问题8个、
        # 督察组交办问题4个。截至目前，已完成整改7个")
        if h.problems_total is None or not nearest or nearest[-1] == h.problems_total \
                or _parts_of(found, h.problems_total, before_done):
            h.problems_done = int(m.group(1))
    m = re.search(r"(?:正在整改|正在推进(?:整改)?|持续推进|推进中)(\d+)\s*(?:个|项)", t)
    if m and h.problems_in_progress is None:
        h.problems_in_progress = int(m.group(1))
    summed = None  # ws20: a total made of the done and under-way parts, no count of the text's own
    if h.problems_total is None and h.problems_done is not None and h.problems_in_progress is not None:
        h.problems_total = summed = h.problems_done + h.problems_in_progress
    # the aspects are the problems when the done and open parts are counted of them: "督察反馈的4个方面问题中，
    # 已完成整改3个，1个正在按计划推进" (not "反馈了4个方面12个问题": there the 12 are the problems)
    if h.problems_total is None:
        ma = RE_ASPECTS_COUNTED_OF.search(t)
        if ma and int(ma.group("done") or ma.group("done2")) <= int(ma.group(1)):
            h.problems_total, h.problems_done = int(ma.group(1)), int(ma.group("done") or ma.group("done2"))
    # problems named by a quoted nickname closing a list a finding verb heads: "复查发现整改不彻底的“旧症”和…等“新疾”56个"
    if h.problems_total is None:
        mq = RE_NICKNAMED_PROBLEMS.search(t)
        if mq and not re.search(r"线索|信访|举报|人$|名$", mq.group("name")):
            h.problems_total = int(mq.group("n"))
    # problems refined into specific ones ("反馈的12个问题…细化为45项具体问题，已完成整改40项"): the ledger holds the 45
    mr = RE_REFINED_PROBLEMS.search(t)
    if mr:
        h.problems_total = int(mr.group(1))
        # (fs19: also in the next sentence, as of a day: "…细化分解为24个分项问题。截至2023年11月29日,已完成反馈问题整改5个")
        md = re.match(rf"(?:[^。;；]{{0,12}}?|[。;；]\s*(?:截至|截止)(?:目前|[^,，。;；\d]{{0,2}}(?:\d{{4}}年)?\d{{1,2}}月(?:\d{{1,2}}日|底|末)?)\s*[,，]?\s*)"
                      rf"{_DONE}{_GAP}(\d+)\s*[个项]", t[mr.end(): mr.end() + 50])
        # ps18: or the refined count said again later with its done count ("…细化分解为20个具体问题20项整改任务。截至目前,
        # 20个问题,已完成整改20个", snippets25's xinwu): the same problems
        md = md or next((r for r in RE_RESTATED_DONE.finditer(t, mr.end()) if int(r.group(1)) == h.problems_total), None)
        h.problems_done = int(md.group(md.lastindex)) if md else None
    # problems counted at two levels side by side, the finer one named 具体问题 ("反馈的五方面17项问题56项具体问题表现或
    # 案例"): the most specific count is the total (as "3个方面11类问题30项问题"); only when the finer count is larger
    mf = RE_FINER_PROBLEMS.search(t) if "具体问题" in t else None
    if mf and int(mf.group(2)) > int(mf.group(1)) and h.problems_total in (None, int(mf.group(1))):
        h.problems_total = int(mf.group(2))
        md = re.match(rf"[^。;；]{{0,12}}?{_DONE}{_GAP}(\d+)\s*[个项]", t[mf.end(): mf.end() + 30])
        h.problems_done = int(md.group(1)) if md else None
    # "反馈的问题已全部整改完毕，共完成整改问题89个": every problem done, so the done count is the total too
    if h.problems_total is None and h.problems_done is not None and RE_EVERY_PROBLEM_DONE.search(t):
        h.problems_total = h.problems_done
    # "对照反馈的3个问题，逐条制定整改措施，截至目前已全部完成整改": all of them, said later in the sentence
    if h.problems_total is not None and h.problems_done is None:
        h.problems_done = _all_done_later(t, h.problems_total)
    # "…反馈问题由区水利局牵头整改2个,分别是…。…反馈问题均已整改完毕": every problem fed back is said done (with 已: not a
    # plan's goal, "到2024年底，督察反馈的问题全部完成整改"), in a sentence of its own with no count: the done count is the total
    if h.problems_total is not None and h.problems_done is None:
        h.problems_done = _every_problem_done(h, t)
    # "截至目前,已全部完成整改。" — a sentence of its own with no subject and no count, said once, in a text that names no
    # work still open: the rectification of every problem counted is done (not where the text says some are not:
    # "尚未完成", "正在整改", "持续推进")
    if h.problems_total is not None and h.problems_done is None and "全部" in t:
        alls = RE_ALL_DONE_AS_OF.findall(t)
        if len(alls) == 1 and not RE_STILL_OPEN.search(t):
            h.problems_done = h.problems_total
    # counts split by how they are rectified, each with its done count, that add up to the total:
    # "反馈问题52个，其中立行立改问题12个，已全部整改到位；需持续整改问题40个，已完成35个" — 47 done
    if h.problems_total is not None and h.problems_done is None:
        h.problems_done = _split_done(t, h.problems_total)
    # feedback split into tasks ("根据…巡视组的反馈意见，学校将整改任务明确为12项主要任务"): the tasks are the problems,
    # and a finer count of 具体整改任务 after them the measures
    mt = RE_FEEDBACK_TASKS.search(t)
    if mt and h.problems_total is None:
        h.problems_total = int(mt.group(1))
        t = t[: mt.start()] + t[mt.end():]
    # the tasks a rectification plan sets out of an inspection's feedback, with no count of problems stated
    # ("研究巡视整改方案，确定问题清单、任务清单和责任清单，提出87项整改任务"): the tasks are its problems
    # (not where the plan also counts its measures: "明确20项整改任务、68条整改措施" keeps the tasks as measures)
    mp = RE_PLAN_TASKS.search(t)
    if mp and h.problems_total is None and not re.search(r"\d+\s*[条项]\s*(?:具体)?(?:整改)?措施|整改措施\s*\d", t) \
            and re.search(r"巡视|巡察|督察", t):
        h.problems_total = int(mp.group(1) or mp.group(2))
        md = RE_PLAN_TASKS_DONE.match(t, mp.end())  # "…明确整改任务40项，已完成35项"
        if md and int(md.group(1)) <= h.problems_total:
            h.problems_done = h.problems_done if h.problems_done is not None else int(md.group(1))
            t = t[: md.start()] + t[md.end():]
        t = t[: mp.start()] + t[mp.end():]
    # an inspection's feedback divided into tasks (督察: "反馈的30项整改任务，已完成或基本完成25项"): the tasks are its problems
    # (ps18: so are the tasks any inspection fed back, named so by the count's own verb: "针对巡察组反馈的6个方面11项整改
    # 任务…目前已经完成11项整改任务", snippets25's tongling — make_truths.py's 整改任务 rule; not tasks a plan set out)
    if re.search(r"督察|督查", t) or RE_FED_BACK_TASKS.search(t):
        tasks = _task_figures(t)
        if tasks is not None:
            total, done, at = tasks
            # the first count of problems, written either way ("18个问题", "反馈问题共18个")
            firsts = [f.start() for f in (_PROBLEM_COUNT_AT.search(t), _NOUN_FIRST_COUNT_AT.search(t)) if f is not None]
            # (ws20: also over a total summed from the done and under-way parts, when the tasks' count is stated with
            # the done part: "45项整改任务已完成32项，基本完成5项，持续推进5项，需长期坚持3项" — 45 tasks, not 32 + 5)
            if h.problems_total is None or (firsts and at < min(firsts)) \
                    or (summed is not None and h.problems_total == summed and done == h.problems_done and total > summed):
                h.problems_total, h.problems_done = total, done
                t = RE_TASKS.sub("", t)
            # (the tasks the problems counted just before them in the same sentence were refined into are their measures:
            # "对…反馈的3个方面9个问题，…细化为24项整改任务…", a 督查督办 group named elsewhere; not another round's tasks)
            # (hs19: also in the sentence's next clause after a "；" when the tasks are said refined, "反馈问题41个，已完成整改
            # 33个…；全省细化整改任务126项，已完成整改104项": the problems' tasks, their measures — R64/R73)
            elif not (firsts and (re.fullmatch(r"[^。;；\n]*", t[min(firsts): at])
                                  or (re.fullmatch(r"[^。\n]*[;；][^。;；\n]*?(?:细化|分解)(?:了|为|出)?", t[min(firsts): at])))):
                t = RE_TASKS.sub("", t)
        elif h.problems_done is None:
            # the running done count of the tasks given alone: "…督察反馈我市的问题整改任务已有21项完成验收销号"
            md = RE_TASKS_DONE_ALONE.search(t)
            if md:
                h.problems_done = int(md.group(1))
    # problems in classes, then tasks, then measures ("梳理的12类突出问题、42项具体任务、187条整改措施"): the classes are
    # categories, the tasks the problems, the measures the measures
    mc = RE_CLASSES_TASKS_MEASURES.search(t)
    if mc and h.problems_total is None:
        h.problems_total = int(mc.group(1))
        if h.measures_total is None:
            h.measures_total = int(mc.group(2))
        t = t[: mc.start()] + t[mc.end():]
    # measures
    # (measures by any name: 措施, 举措, 任务)
    counts = list(_MEASURE_COUNT_AT.finditer(t))  # not "第43项整改任务"
    side = [_in_side_campaign(t, m.start()) for m in counts]
    for m, in_side in zip(counts, side):
        if RE_TASK_PHASE.search(t[max(0, m.start() - 8): m.start()]):
            continue  # the tasks due in one phase
        if in_side and not all(side):
            continue  # a side campaign's measures ("突出问题专项整治…细化87项整改措施") when the text counts the inspection's too
        n = int(m.group(1))
        after = t[m.end(): m.end() + 12]
        before = t[max(0, m.start() - 8): m.start()]
        # the done count in the measures' own unit ("58项整改措施已完成51项"; not "52条措施，已完成整改16项": problems)
        # (also as of a day: "细化为98项整改措施，截至目前已完成92项")
        md = re.match(rf"\s*(?:中)?(?:[,，]?\s*(?:(?:截至|截止)[^,，。;；\d]{{0,6}}(?:\d{{4}}年)?(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?[^,，。;；\d]{{0,3}}|目前|现)?\s*[,，]?)?"
                      rf"\s*{_DONE}{_GAP}(\d+)\s*{m.group(2)}", t[m.end(): m.end() + 30])
        if md:  # "58项整改措施已完成51项"
            if h.measures_total is None:
                h.measures_total = n
            if h.measures_done is None:
                h.measures_done = int(md.group(1))
        elif re.match(rf"\s*{_DONE}", after) or re.search(r"(?:已完成|已落实|完成)了?\s*$", before):
            h.measures_done = h.measures_done if h.measures_done is not None else n
            # "29项整改措施已完成" with no count after it: all of them, so the total too (not "其中12项…")
            if h.measures_total is None and re.match(rf"\s*{_DONE}\s*(?:[,，。;；]|$)", after) and not re.search(r"其中\s*$", before):
                h.measures_total = n
        elif re.match(r"\s*[,，]\s*(?:目前|截至目前|现)?\s*(?:均|都)?已(?:经)?全部(?:完成|落实|整改到位)", after):
            # "制定了28条整改措施，目前已全部落实": all of them
            if h.measures_total is None:
                h.measures_total = n
            if h.measures_total == n and h.measures_done is None:
                h.measures_done = n
        elif h.measures_total is None:
            h.measures_total = n
    # (ws20: not a total followed by its done count, "整改措施152条已落实137条": the 152 are all the measures)
    # (bw24: nor things counted in 条 that a clause describes as done, "其余9条已完成治理的城市水体": …的 a noun follows)
    for m in re.finditer(r"(\d\d*)\s*条(?:整改措施)?已(?:全部)?(?:完成|落实)(?!\s*\d)(?![^，,。；;\d]{0,8}?的)", t):  # (perf22: \d\d*, as above)
        if h.measures_done is None:
            h.measures_done = int(m.group(1))
    if h.measures_done is None and "全部" in t:
        _measures_all_carried_out(h, t)
    m = re.search(r"(?:已完成|已落实|完成|已整改)(?:整改)?(?:措施|任务)(\d+)\s*(?:条|项)", t)
    if m and h.measures_done is None:
        h.measures_done = int(m.group(1))
    # "梳理分解整改任务106个，已完成整改98个": tasks are also counted in 个
    # (every count it reads follows 整改措施, 整改举措 or 整改任务: a text naming none is not scanned)
    named = "整改措施" in t or "整改举措" in t or "整改任务" in t
    for m in _NAMED_MEASURE_COUNT_AT.finditer(t) if named else ():
        m = _Counted(m)
        if RE_JOINED_KINDS.search(t[max(0, m.start() - 16): m.start()]):
            continue  # "规章制度和制定整改措施1664项": rules and measures counted together
        if h.measures_total is None:
            h.measures_total = int(m.group(1))
        # "共制定整改措施37条，已完成31条": the done count belongs to the total it follows, also when the next
        # sentence gives it as of a day in the same unit ("细化整改措施45条。截至目前，已完成43条")
        md = re.match(rf"\s*(?:[,，]|[。;；](?=\s*(?:截至|截止|目前)))?\s*(?:(?:截至|截止)[^,，。;；]{{0,12}}|目前)?\s*[,，]?\s*(?:其中)?\s*"
                      rf"{_DONE}{_GAP}(\d+)\s*(?:条|项|{m.group(2)})", t[m.end(): m.end() + 36])
        if md and h.measures_done is None and int(m.group(1)) == h.measures_total:
            h.measures_done = int(md.group(1))
            break
        # "逐条制定整改措施41条，已全部完成": all of them
        if h.measures_done is None and int(m.group(1)) == h.measures_total \
                and re.match(r"\s*[,，]\s*(?:目前|截至目前|现)?\s*(?:均|都)?已(?:经)?全部(?:完成|落实|整改到位)", t[m.end(): m.end() + 16]):
            h.measures_done = h.measures_total
            break
    # ps18: measures made, written noun first in 个 without 整改: "在整改中,制定措施44个,建章立制5个" (snippets25's qingshen)
    if h.measures_total is None and "措施" in t:
        m = RE_MEASURES_MADE_COUNTED.search(t)
        if m:
            h.measures_total = int(m.group(1))
    # a count that lost its counter, right after another count in a list of them: "确定了4个方面1640个整改事项151整改措施"
    if h.measures_total is None:
        m = RE_LOST_COUNTER_MEASURES.search(t)
        if m:
            h.measures_total = int(m.group(1))
    # hl20: or a count written noun first that lost its counter at the clause's end, after a verb making the measures:
    # "细化整改措施71,逐一明确责任领导" (a copy that dropped 条); not a year or a date ("整改措施2023年…": no stop follows)
    if h.measures_total is None and "整改措施" in t:
        m = RE_LOST_COUNTER_NOUN_FIRST.search(t)
        if m:
            h.measures_total = int(m.group(1))
    # "共制定具体措施85项…已完成了9项整改工作": items of the rectification done, of the measures just counted
    m = re.search(r"(?:已|已经)完成了?\s*(\d+)\s*[项条]整改工作", t)
    if m and h.measures_done is None and h.measures_total is not None and int(m.group(1)) <= h.measures_total:
        h.measures_done = int(m.group(1))
    # rules
    for rx, needs in zip((
        r"(?:形成|建立|制定|出台|修订|完善|新制定|建立健全|修订完善|新建|印发|健全)[^。;；,，\d]{0,10}?(?:制度机制|长效机制|工作制度|规章制度|制度|机制)[^。;；,，\d]{0,4}?(\d+)\s*(?:项|个|份|条|件|套)",
        r"(?:形成|建立|制定|出台|修订|新制定|印发|完善|健全)[^。;；,，\d]{0,6}?(\d+)\s*(?:项|个|份|条|件|套)[^。;；,，\d]{0,6}?(?:制度|机制|规定|办法)",
        # (hl20: or the words turned round, "整章建制4条": the rules put in order and made, counted after them)
        r"(?:建章立制|整章建制)\s*(\d+)\s*(?:项|个|份|条|件|套)",
        # "建立周报告、周检查、…、整改跟踪等7项巡察整改工作制度": the rules listed, then counted
        r"(?:建立|制定|出台|修订|完善|健全|建立健全)[^。;；,，\d]{0,60}?、[^。;；,，\d]{0,30}?等\s*(\d+)\s*(?:项|个|份|条|件|套)"
        r"[^。;；,，\d]{0,8}?(?:制度|机制)(?!建设)",
        # the rules listed before their count: "建立周报告、周检查、…、整改跟踪等7项巡察整改工作制度"
        r"(?:形成|建立|制定|出台|修订|完善|健全|印发)[^。;；,，\d]{0,60}?等\s*(\d+)\s*(?:项|个|份|条|件|套)[^。;；,，\d]{0,10}?(?:制度|机制)",
        # bw24: the rules listed, then named, then counted: "建立健全意识形态管理、食堂食材采购…等制度14项"
        r"(?:形成|建立|制定|出台|修订|完善|健全|印发)[^。;；,，\d]{0,60}?、[^。;；,，\d]{0,30}?等\s*(?:[^。;；,，\d]{0,4}?)"
        r"(?:制度机制|规章制度|管理制度|工作制度|制度|机制)\s*(\d+)\s*(?:项|个|份|条|件|套)",
    ), _RULES_NEED):
        if not all(any(w in t for w in group) for group in needs):
            continue  # (a word the pattern reads in every match is missing: it cannot match, the next is tried)
        m = re.search(rx, t)
        if m:
            # (res22: "制定制度54项，修订完善制度81项": made and revised counted apart are not added up — the first count
            # stated is read, R69/R74 as blindwritten21 w21_05 and w21_09 label it; "制定修订制度14项" is one count)
            h.rules_made = int(m.group(1))
            break
    if h.rules_made is None:  # "出台《某某管理办法》《…》等制度文件9个"
        m = re.search(r"(?:出台|制定|修订|印发|建立|完善)(?:了)?(?:《[^》]{1,40}》[、和及]?){1,6}等\s*(?:\d+\s*(?:项|个|份|条|件|套)\s*)?"
                      r"(?:制度|规章制度|管理制度|制度文件|制度机制)(?:文件)?\s*(\d+)?\s*(?:项|个|份|条|件|套)?", t)
        n = next((g for g in (m.groups() if m else ()) if g), None) if m else None
        if n is None and m:
            inner = re.search(r"等\s*(\d+)\s*(?:项|个|份|条|件|套)", m.group(0))
            n = inner.group(1) if inner else None
        if n is not None:
            h.rules_made = int(n)
    if h.rules_made is None:
        # regulations and normative documents made or revised count as rules ("制定修订生态环境保护领域地方性法规和规范性
        # 文件37件"); ones cleared, repealed or reviewed do not ("清理规范性文件120件")
        # (hl20: with the policy documents made beside them counted together, "新建或修订地方性法规和政策文件27项")
        m = re.search(r"(?:制定|修订|出台|印发|新制定)([^。;；,，\d]{0,24}?)(?:规范性文件|地方性法规|政府规章|法规|规章)"
                      r"(?:(?:和|及|与|、)(?:政策|规范性|配套)文件)?[^。;；,，\d]{0,4}?(\d+)\s*(?:项|个|份|件|部)", t)
        if m and not re.search(r"清理|废止|审查|备案|评估|征求", m.group(1)):
            h.rules_made = int(m.group(2))
    # parcels a land inspection handed down as suspected problems ("督察下发某县71宗设施农用地…疑似改变用途问题图斑")
    mg = RE_PROBLEM_PARCELS.search(t)
    if mg and h.problems_total is None:
        h.problems_total = int(mg.group(1) or mg.group(2))
    _found_and_fixed(h, t)
    if h.problems_total is None:
        _hazards_found(h, t)
    if h.problems_total is None and "事项" in t:
        _handed_matters_done(h, t)
    if h.problems_total is None and h.problems_done is None:
        _hazards_fixed_alone(h, t)
    if h.problems_total is None and h.problems_done is None:
        _problems_done_alone(h, t)
    if h.problems_total is not None and h.problems_done is None:
        _done_with_rest(h, t)
    if h.problems_total is not None and h.problems_done is None:
        _tally_done_confirmed(h, t)
    if h.problems_total is not None and h.problems_done is None:
        _found_ones_all_done(h, t)
    if h.problems_total is None:
        _point_counts(h, t)
    if h.problems_total is None:
        _published_done(h, t)
    if h.measures_total is None:
        mi = RE_REFINED_ITEMS.search(t)
        if mi:
            h.measures_total = int(mi.group(1))
            # "…细化分解为96个整改事项，已完成87个": the done count is of the items, not of the problems
            md = re.match(rf"\s*[,，]\s*(?:目前|截至目前|现)?\s*[,，]?\s*(?:已经)?{_DONE}{_GAP}(\d+)\s*[个项条]", t[mi.end(): mi.end() + 30])
            if md and int(md.group(1)) <= h.measures_total:
                h.measures_done = int(md.group(1))
                if h.problems_total is None and h.problems_done == h.measures_done:
                    h.problems_done = None
    if h.problems_total is None:
        _fallback_totals(h, t)
    m = re.search(r"(?:总体?进度|完成率|整改率|总完成率)\s*(?:为|达到?)?\s*(\d+(?:\.\d+)?)\s*%", t)
    if m:
        h.progress_percent = float(m.group(1))
        # "全面完成整改问题23个，整改完成率100%": every problem done, so the done count is the total
        if h.progress_percent == 100 and h.problems_total is None and h.problems_done is not None \
                and re.search(rf"{h.problems_done}\s*[个项条件][^。;；\d]{{0,16}}$", t[max(0, m.start() - 40): m.start()]):
            h.problems_total = h.problems_done
    return h


# ws18: problems counted in two parts joined ("将“回头看”反馈的3个方面9个问题和新发现的3个问题细化为31项整改措施"), then said
# together later, with their done count ("截至2024年10月底，12个问题已完成整改8个"): the parts add up to that later count,
# which is the total (not "镇党委22个问题及30个村级党组织244个问题": two bodies' problems, never said together)
RE_JOINED_PROBLEM_PARTS = re.compile(digits_first(r"(?<![第\d.])(\d+)\s*([个项条])(?:具体)?问题(?:和|及|以及)[^。;；,，\d]{0,12}?(?<![第\d.])(\d+)\s*\2(?:具体)?问题"))


RE_PROBLEMS_COUNTED = re.compile(digits_first(r"(?<![第\d.])(\d+)\s*[个项条](?:具体)?问题"))
RE_DONE_RIGHT_AFTER = re.compile(rf"[^。;；]{{0,4}}?{_DONE}{_GAP}(\d+)\s*{_CL}")


# (or the later account counts them by state, adding up to the parts' sum: "…已完成整改8个，正在推进3个，长期坚持1个")
RE_STATUS_BREAKDOWN = re.compile(rf"{_DONE}{_GAP}(\d+)\s*个\s*[,，、]\s*(?:其余|剩余)?\s*(?:正在(?:推进|整改)|持续(?:推进|整改)|序时推进|推进中)"
                                 r"(?:整改)?\s*(\d+)\s*个(?:\s*[,，、]\s*(?:需要?)?(?:长期坚持|长期整改)\s*(\d+)\s*个)?")


def _parts_said_together(h: Headline, t: str) -> None:
    for m in RE_JOINED_PROBLEM_PARTS.finditer(t):
        if int(m.group(1)) != h.problems_total:
            continue
        whole = int(m.group(1)) + int(m.group(3))
        for later in RE_PROBLEMS_COUNTED.finditer(t, m.end()):
            md = RE_DONE_RIGHT_AFTER.match(t[later.end(): later.end() + 24]) if int(later.group(1)) == whole else None
            if md and int(md.group(1)) <= whole:
                h.problems_total, h.problems_done = whole, int(md.group(1))
                return
        mb = RE_STATUS_BREAKDOWN.search(t, m.end())
        if mb and sum(int(g) for g in mb.groups() if g) == whole:
            h.problems_total, h.problems_done = whole, int(mb.group(1))
        return


# a count of problems named unfinished by its own kind: "对26个未完成整改的环境突出问题召开专题会督办"
RE_UNFINISHED_KIND_COUNT = re.compile(digits_first(r"(?<![第\d.])(\d+)\s*([个项条件处])\s*(?:尚)?未(?:按期)?(?:完成)?(?:整改|销号)"))


def _without_unfinished_counts(t: str) -> str:
    """The problems left unfinished, counted as such ("26个未完成整改的…问题"), are what is left, not the total; the same
    count said again later ("针对26个环境突出问题明确…牵头部门") is the same remainder: no reader takes either."""
    if "未" not in t:
        return t
    for mu in list(RE_UNFINISHED_KIND_COUNT.finditer(t)):
        t = re.sub(rf"(?<![\d.第]){mu.group(1)}(?=\s*{mu.group(2)})", "若干", t)
    return t


# the bodies a count may be of: "8个部门单位", "12个乡镇"
_BODIES = r"部门|单位|乡镇|街道|村|社区|学校|企业|团场|党组织|党支部|家"
# a count of feedback opinions said all done: "13个反馈意见已按期完成整改" (督察 feedback counted by its opinions; the
# opinions are its problems) — not opinions adopted, nor ones still being rectified
RE_OPINIONS_ALL_DONE = re.compile(digits_first(r"(?<![第\d])(\d+)\s*[个项条](?:督察|巡视|巡察|审计)?反馈意见\s*(?:均|都)?已(?:经)?(?:按期|按时|全部)?"
                                  r"(?:完成整改|整改完成|整改到位|整改完毕)"))
RE_OPINIONS_ALL_DONE = Needles(RE_OPINIONS_ALL_DONE, ("反馈意见",))  # (perf22: led by a look-behind; every match reads 反馈意见)
# the problems fed back, with the body that leads their rectification between the noun and the count: "反馈问题由区水利局
# 牵头整改2个" (not a done count: 牵头整改 names who leads, not what is finished)
RE_LED_PROBLEMS = re.compile(r"(?:反馈|指出|交办|移交|发现)(?:的)?问题由[^。;；,，\d]{2,20}?(?:牵头|负责)(?:整改)?\s*(\d+)\s*[个项条](?!方面|类)")
# the problems an audit of the body found, counted in its closing account: "对我单位审计的…建设项目问题4项"
RE_AUDITED_PROBLEMS = re.compile(r"对[^。;；,，\d]{0,12}?审计(?:的|中)[^。;；,，\d]{0,40}?问题\s*(?:共计|共)?\s*(\d+)\s*[个项条](?!方面|类)")
# problems named one by one, joined by 、, then counted: "如A、B、C等3个问题"
RE_OPINIONS_COUNTED = re.compile(digits_first(r"(?<![第\d])(\d+)\s*[条项个](?:巡视|巡察|督察)反馈意见(?!建议)"))
# figs23: or the team's feedback verb first, then its opinions counted ("对市委第五巡察组反馈的41条意见进行评估", "落实巡视组
# 反馈的12项意见"); not 意见建议 gathered (a pattern of its own, so that the one above stays led by its digits, test_perf23)
RE_OPINIONS_FED_BACK_COUNTED = re.compile(r"(?:巡视|巡察|督察)(?:组|[一二三四五六七八九十\d]{1,2}组)?(?:向[^。;；,，\d]{1,12}?)?反馈的\s*(\d+)\s*[条项个](?:整改)?意见(?!建议)")
# (figs23: or as of a day, "截至4月7日已全部整改到位", "截至2023年6月底,均已全部完成整改")
RE_ALL_DONE_AS_OF = re.compile(r"(?:^|(?<=[。;；\n]))\s*(?:截至|截止)(?:目前|今|当前|现在|(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末))\s*[,，]?\s*(?:均)?已(?:经)?全部"
                               r"(?:完成整改|整改(?:完成|到位|完毕))\s*(?=[。;；]|$)", re.M)
RE_STILL_OPEN = re.compile(r"尚未|未完成|正在整改|正在推进|持续推进|持续整改|长期整改|逐步整改")
RE_NAMED_THEN_COUNTED = re.compile(r"等\s*(\d+)\s*[个项条](?:突出|典型|具体)?问题")
# a notice's news naming how many problems it makes known: "自然资源部集中公开通报56个违法违规重大典型问题", "省纪委…
# 通报了4起超标准接待、超人数陪餐问题" — the count of the problems the notice lists (问题 the head noun; not "通报5起典型
# 案例", cases, R68; not a batch's ordinal "通报第二批…")
RE_NOTIFIED_PROBLEM_COUNT = re.compile(r"通报(?:了)?\s*(\d+|[一二三四五六七八九十两]{1,3})\s*[个起项]"
                                       r"((?:(?!案例|案件|线索|党组织|单位|部门)[^\d\s,，。;；:：()（）“”]){0,14}?)问题(?!线索)")
# quoted problems named one after another and closed by their count: "反馈关于“A”“B”两项问题" (the count is the number
# of quotations, or it is not theirs)
RE_QUOTED_THEN_COUNTED = re.compile(r"((?:“[^“”]{4,80}”\s*[、,，和及]?\s*){2,9})(\d+|[两二三四五六七八九])\s*[个项条]问题")


def _every_problem_done(h: Headline, t: str) -> int | None:
    me = next((x for x in RE_EVERY_PROBLEM_DONE.finditer(t) if "已" in x.group(0)), None)
    return h.problems_total if me and not re.match(r"\s*\d", t[me.end(): me.end() + 3]) else None


# headline_figures' measures counted after 整改措施/整改举措/整改任务 (perf22: tried only where 整改 starts, or one or two
# characters before it: the pattern, led by its look-behinds, was tried at every offset)
# (perf23: "(?<!完成)(?<!落实)(?:制定|明确|细化|提出|共有|共)?整改…", a NearAnchor at each 整改, written with its words spelt
# out in the order of their tries and the look-behinds after their first character — rx.words_not_after: the same
# matches, led by literals the engine scans for)
_NAMED_MEASURE_COUNT_AT = re.compile(words_not_after(("制定整改", "明确整改", "细化整改", "提出整改", "共有整改", "共整改", "整改"),
                                                     ("完成", "落实"))
                                     + r"(?:(?:措施|举措)(?:共计|共|总计|合计)?(\d+)\s*(条|项)"
                                     r"|任务(?:共计|共|总计|合计)?(\d+)\s*(条|项|个))")


def _named_totals(h: Headline, t: str) -> None:
    """Feedback opinions counted and said all done: the problems, all done."""
    m = RE_OPINIONS_ALL_DONE.search(t)
    if m:
        h.problems_total = h.problems_done = int(m.group(1))


def _fallback_totals(h: Headline, t: str) -> None:
    """When no reader found a total (these are weaker than a stated "反馈问题20个" anywhere in the text): a count after
    the body leading the rectification, an audit's count in its closing account, and a list of named problems closed by
    its count when the count is the number of names listed (a list of examples out of more, "如A、B等5个问题", is not
    the document's total)."""
    m = RE_LED_PROBLEMS.search(t) or RE_AUDITED_PROBLEMS.search(t)
    # the inspection's feedback counted by its opinions, each an item the measures answer ("对29条巡视反馈意见牵头组织
    # 实施…对应提出153条整改措施"): the opinions are the problems fed back (not 意见建议, nor opinions of a batch)
    mo = None
    if m is None and ("反馈意见" in t or "反馈的" in t):  # (the leftmost of the two forms, as one alternation would find)
        found = [x for x in (RE_OPINIONS_COUNTED.search(t), RE_OPINIONS_FED_BACK_COUNTED.search(t)) if x is not None]
        mo = min(found, key=lambda x: x.start()) if found else None
    if mo and not re.search(r"第[一二三四五六七八九十\d]{1,3}批\s*$", t[max(0, mo.start() - 8): mo.start()]):
        h.problems_total = int(mo.group(1))
        return
    if m:
        h.problems_total = int(m.group(1))
        if h.problems_done is None:
            h.problems_done = _every_problem_done(h, t)
        return
    m = RE_NOTIFIED_PROBLEM_COUNT.search(t)
    if m:
        n = cn_to_int(m.group(1).replace("两", "二")) if not m.group(1).isdigit() else int(m.group(1))
        if n:
            h.problems_total = n
            return
    for m in RE_QUOTED_THEN_COUNTED.finditer(t):
        n = cn_to_int(m.group(2).replace("两", "二")) if not m.group(2).isdigit() else int(m.group(2))
        if n and n == m.group(1).count("“"):
            h.problems_total = n
            return
    for m in RE_NAMED_THEN_COUNTED.finditer(t):
        begin = max(t.rfind(c, 0, m.start()) for c in "。;；\n:：") + 1
        listed = re.split(r"^(?:[^、]*?(?:例如|比如|如|包括|主要是|分别是))", t[begin: m.start()], maxsplit=1)[-1]
        names = [x for x in listed.split("、") if x.strip()]
        if len(names) == int(m.group(1)) >= 2 and not re.search(r"\d", listed):
            h.problems_total = int(m.group(1))
            return


def settle(h: Headline) -> None:
    """Once every figure is read (prose, attachments, closing lines): more done than there are is a done count of
    something else ("…投诉问题已办结2555件" before "反馈的51项问题"; a total that lost its noun, "需整改问515个,已整改完成
    479个" before "新发现…问题1个"), not the total's done count."""
    if h.problems_total is not None and h.problems_done is not None and h.problems_done > h.problems_total:
        h.problems_done = None


# a problem count whose noun goes on to name petitions: "环境问题举报", "问题投诉", "问题信访件"
RE_PETITION_NOUN = re.compile(r"(?:举报|投诉|信访|来信|来电)")


def _petition_noun(t: str, end: int) -> bool:
    """The count of problems ending at `end` goes on to name petitions ("40706件环境问题举报"): reports people made, not
    problems (the problems petitions raise, "交办386件环境信访投诉问题", stay problems: tune_sentences' dazhou)."""
    return bool(RE_PETITION_NOUN.match(t, end))


# (the verb makes them the measures set out, not done: not "落实措施44个")
RE_MEASURES_MADE_COUNTED = re.compile(r"(?:制定|明确|细化|提出)(?:了|出)?(?:具体)?(?:措施|举措)(?:共计|共)?\s*(\d+)\s*(?:个|条|项)")
RE_LOST_COUNTER_MEASURES = re.compile(r"\d\d*\s*[个项条][^\d\s,，。;；、:：]{1,6}?(?<=[\u4e00-\u9fff])(\d+)整改措施")
RE_LOST_COUNTER_MEASURES = Needles(RE_LOST_COUNTER_MEASURES)  # (tried only in a text holding a literal every match reads; perf23: \d\d* for \d+, a class first)
RE_LOST_COUNTER_NOUN_FIRST = re.compile(r"(?:制定|细化|明确|提出|形成)(?:了|出)?(?:具体)?整改措施(?:共计|共)?\s*(?<![\d.])(\d{1,4})(?=\s*[,，。;；])")
RE_INCLUDED_PART = re.compile(r"[(（]\s*(?:含|其中|包括)[^()（）]{0,60}[)）]")
# what is left of a total, or a part of it: "剩余2个问题", "其余3个问题", "尚有5个问题"
# ducha25: a count that is a part of a whole of cases said just before it ("9个“垃圾”案例中,有7个都存在…问题", "在通报的
# 12起典型案例中,有5起…"): how many cases share a fault, no count of the problems found (R68, C26)
RE_PART_OF_CASES = re.compile(r"\d+\s*[个起件][^，,。；;\d]{0,10}?(?:案例|案件|典型)[^，,。；;\d]{0,4}?中\s*[，,]?\s*(?:有|共有|就有)?\s*$")
RE_REMAINDER = re.compile(r"(?:剩余|其余|剩下|余下|尚余|尚有|还有|另有|仍有)\s*$")
# a count written after its noun: "反馈问题46个", "问题共22个", "指出问题清单18项"
# (hl20: or split into its aspects first, "反馈问题共分3个方面23项": the aspects are not the count)
# (hl20: also in 件, the counter 件 problems take as well as 个/项/条: "指出问题28件，目前已整改到位25件"; read only right
# after an inspection's verb of handing problems over, RE_FED_BACK_IN_JIAN: things the public reported are counted in 件 too,
# "群众反映问题共49件", "收集…等问题19件", and are no total)
RE_NOUN_FIRST_COUNT = re.compile(look_behinds_after_first(r"(?<!疑似)问题(?:清单|点位|隐患)?(?:共计|总计|合计|共有|共涉及|涉及|共分为?|共|有)?(?:\d+\s*个?大?(?:方面|类|领域)[、,，]?\s*){0,2}"
                                 r"(\d+)\s*[个项条处](?!措施|任务|方面|类|大类|大方面|领域)"))
RE_FED_BACK_IN_JIAN = re.compile(r"(?:巡视|巡察|督察|审计|检查组|督导组)?(?:反馈|指出|交办)(?:的)?$")
# the same, keeping the counter: "问题28条", "问题共4个方面17个" (the aspects are not the count)
# (res22: with what the count is of said between, "问题需要向社会公开的19个", "问题应当整改的12项": those problems)
RE_NOUN_FIRST = (look_behinds_after_first(r"(?<!疑似)问题(?:清单|点位|隐患)?(?:(?:需要|需|应当|应|须)[^\d。，,；;：:]{1,10}?的)?(?:共计|总计|合计|共有|共涉及|涉及|共分为?|共|有)?(?:\d+\s*个?大?(?:方面|类|领域)[、,，]?\s*){0,2}"
                 r"(\d+)\s*([个项条处宗件起])(?!方面|类|大类|大方面|领域)"))
# figs23: problems a check found counted in 起 (as incidents are: "暗访发现问题12起", "抽查发现问题5起"), read only right after
# the finding verb — 起 also counts cases dealt with ("查处…问题12起", "通报…问题3起"), petitions and violations, no figure (R68)
RE_FOUND_RIGHT_BEFORE = re.compile(r"(?:发现|查出|检查出|排查出|暗访出)(?:了)?(?:各类)?$")
# The counts above, searched over a whole text: each opened with a look-behind, so the engine would try it at every
# offset; every match starts at a run of digits (the count first, never after a digit) or at 问题 (the noun first; the
# done verbs' 已/验/整/完), so each was tried only there (rx.NearAnchor with no reach: the same matches, in the same
# order). perf23: the digit-first and noun-first ones are written led by their digit or their 问 instead (below); the
# done count, whose look-behinds sit inside its alternatives, is still a NearAnchor.
_PROBLEM_COUNT_AT = re.compile(RE_PROBLEM_COUNT)  # (perf23: led by its digits, which the engine scans for: no NearAnchor)
# (perf23: the noun-first counts, NearAnchors at 问题, are written "问(?<!疑似问)题…" where they are defined —
# rx.look_behinds_after_first: led by a literal the engine searches for, the same matches — and searched as they are)
_NOUN_FIRST_AT = re.compile(RE_NOUN_FIRST)
_NOUN_FIRST_COUNT_AT = RE_NOUN_FIRST_COUNT
_DONE_COUNT_AT = NearAnchor(rf"{_DONE}{_GAP}(\d+)\s*(?:个|项)(?!措施|条|制度|机制|方面|大方面|类|大类|{_BODIES})"
                            r"|(?<!未)完成问题整改(\d+)\s*[个项件]", r"[已验整完]", 0)  # "已完成问题整改314件"
_MEASURE_COUNT_AT = re.compile(digits_first(r"(?<![第\d])(\d+)\s*(条|项)(?:具体|细化|整改|工作)*(?:整改)?(?:措施|举措|任务)"))
# (perf22: the anchors r"\d\d*", the same runs as r"\d+": a pattern led by a class is scanned fast, one led by a repeat is
# tried at every offset)


def _first_noun_count(t: str) -> int | None:
    """Where the first total written noun first stands ("巡察组反馈问题46个"), when a feedback or finding verb
    governs it and it is not a done count ("共整改问题312个")."""
    for m in _NOUN_FIRST_COUNT_AT.finditer(t):
        around = t[max(0, m.start() - 10): m.start() + 4]
        if re.search(r"整改(?:完成|到位)?$|已$|完成$", t[max(0, m.start() - 4): m.start()]):
            continue
        if re.search(_FINDING, around):
            return m.start()
    return None


class _Counted:
    """A count and its unit from a pattern with alternative groups, shaped like a two-group match."""

    def __init__(self, m: re.Match):
        self._m = m
        groups = [g for g in m.groups() if g is not None]
        self._g = (m.group(0), groups[0], groups[1])

    def group(self, k: int = 0) -> str:
        return self._g[k]

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


class _Done:
    """A done count found by an alternative pattern, shaped like the match the caller reads."""

    def __init__(self, n: str, start: int):
        self._n, self._start = n, start

    def group(self, _k: int = 1) -> str:
        return self._n

    def start(self) -> int:
        return self._start


# a count of tasks or measures right before a done count, in the same clause chain: "整改任务46项，"
# (the done count is theirs when it is counted in their unit: "整改任务46项，已完成43项", not "措施5条，…已完成整改1个")
RE_MEASURE_COUNT_JUST_BEFORE = re.compile(r"(?:措施(?:共计|共|总计|合计)?\s*\d+\s*(?P<unit>[项条])|任务(?:共计|共|总计|合计)?\s*\d+\s*(?P<unit3>[项条个])|\d+\s*(?P<unit2>[项条])(?:具体|整改)*(?:措施|任务))"
                                          r"\s*[,，]\s*(?:目前|截至目前)?[,，]?\s*$")


# two kinds counted together ("规章制度和制定整改措施1664项"): the count is of neither alone
RE_JOINED_KINDS = re.compile(r"(?:制度|机制|建议|意见|办法|规定)[^。,，;；\d]{0,4}(?:和|及|与|、)[^。,，;；\d]{0,6}$")
# the verb that says problems were found or fed back, opening the clause list that ends in the count
RE_FINDING_VERB = re.compile(r"(?:共|累计)?(?:发现|反馈|指出|查出|查摆|检视|交办|梳理|反映)(?:了)?")


def _governed_by_finding(t: str, at: int) -> bool:
    """"…共发现党组织领导核心作用不强、党的建设薄弱、…等方面问题199条": the count after 问题 is what the verb at the
    head of its sentence found, when no other count stands between them."""
    back = re.split(r"[。;；\n]", t[max(0, at - 90): at])[-1]
    # (a list whose items are parted by semicolons, closed by 等: "发现建筑材料露天堆放;施工工地土堆苫盖不到位;…;物料
    # 未苫盖等各类扬尘污染问题95处" — the verb heads the sentence, before the first item)
    if "等" in back and not RE_FINDING_VERB.search(back):
        back = re.split(r"[。\n]", t[max(0, at - 160): at])[-1]
    # (or said to exist where the check looked: "其他9个受检村不同程度存在保洁不落实、垃圾乱堆乱倒…等12个问题", as a
    # count with 存在 just before it is read)
    verbs = sorted(list(RE_FINDING_VERB.finditer(back)) + list(re.finditer(r"存在", back)), key=lambda v: v.start())
    if not verbs and re.search(r"[;；]", t[max(0, at - 200): at]):
        # kfg: the findings listed with semicolons between them ("发现消防通道堵塞;灭火器过期;应急照明损坏等问题12处"):
        # the verb heads the whole list, in its sentence, when every item is short and holds no count
        wide = re.split(r"[。\n]", t[max(0, at - 200): at])[-1]
        wverbs = list(RE_FINDING_VERB.finditer(wide))
        if wverbs and all(len(x) <= 40 for x in re.split(r"[;；]", wide[wverbs[-1].end():])):
            back, verbs = wide, wverbs
    # (the problems may be qualified after the list: "…等方面不达标问题206个", "…等方面突出问题12个")
    # (or of every kind, "…报警装置失效等各类问题14个", also of one named kind, "…等各类扬尘污染问题95处": kfg)
    return bool(verbs) and re.search(r"\d", back[verbs[-1].end():]) is None \
        and re.search(r"(?:等|方面)(?:[一二三四五六七八九十两]+(?:大)?(?:类|个方面))?(?:的|存在的)?(?:不达标|不合格|不规范|突出|共性|具体|主要)?(?:的)?$",
                      back) is not None \
        or bool(verbs) and re.search(r"\d", back[verbs[-1].end():]) is None \
        and re.search(r"等(?:各类|各种|各项)[^\d\s,，。;；、:：()（）]{0,8}$", back) is not None  # "…等各类扬尘污染问题95处"


# a done count of one level's problems given alone: "完成镇级问题整改38个", "完成本级问题整改12项"
RE_LEVEL_DONE = re.compile(look_behinds_after_first(r"(?<!未)完成(?:[省市县区镇乡村校院局]级|本级|本单位)问题整改(\d+)\s*[个项]"))
# (perf23: "(?<!未)完成…" written "完(?<!未完)成…" — rx.look_behinds_after_first: led by a literal, no NearAnchor at 完成)
# the done part of a count just stated: "…问题41个，其中35个已整改" / "…，其中已整改35个"
RE_DONE_OF_THEM = re.compile(rf"\s*[,，]\s*其中\s*(?:(\d+)\s*{_CL}(?:问题)?\s*{_DONE}|{_DONE}{_GAP}(?P<n2>\d+)\s*{_CL})")
RE_TASKS = re.compile(r"(?<![第\d])(\d+)\s*项(?:具体)?(?:整改)?任务|整改任务(?:共|总计|合计)?(\d+)\s*项")
# (tried only in a text holding a literal every match reads; perf22: and there only at a digit or 整, where a match starts)
_TASKS_NEEDLES = required_literals(RE_TASKS)
RE_TASKS = NearAnchor(RE_TASKS.pattern, r"[\d整]", 0)
RE_TASKS = Needles(RE_TASKS, _TASKS_NEEDLES)
# (notice25: also with no 为, the verbs run together or 出 after them, and the tasks 具体: "对照巡视反馈意见梳理明确29项具体
# 任务,细化制定72条措施" — the feedback sorted into tasks, its problems; the measures counted after them its measures)
RE_FEEDBACK_TASKS = re.compile(
    r"(?:反馈意见|反馈问题|整改任务)[^。;；\d]{0,12}?(?:明确|分解|梳理|细化|归纳|确定)(?:为|出|明确|细化|分解)?\s*(\d+)\s*项(?:主要|重点|具体)?(?:整改)?任务")
# (also what is left: "对未完成的7项整改任务实行挂图作战")
# (nor the tasks one leader took on: "市委书记…带头认领重点整改任务5项")
# (nor the tasks a notice lists for sign-off: "下列2项整改任务已达到整改目标，拟予销号")
# ps18: tasks counted as the feedback itself, the finding verb right before the count (its aspects between):
# "反馈的6个方面11项整改任务", "交办的12项整改任务" (not "针对反馈问题，制定了30项整改任务": tasks a plan set)
RE_FED_BACK_TASKS = re.compile(r"(?:反馈|交办|指出)的?\s*(?:\d+\s*个?大?(?:方面|类)的?\s*)?\d+\s*项(?:具体|重点)?整改任务")
RE_FED_BACK_TASKS = Needles(RE_FED_BACK_TASKS)  # (tried only in a text holding a literal every match reads)
RE_TASK_PHASE = re.compile(r"(?:集中期|阶段|本批|批次|下列|以下|上述|如下|未完成|未销号|剩余|其余|余下|第[一二三四五六七八九十\d]+批|年内|今年|本年度|到期|应交账|应销号|序时"
                           r"|(?:认领|领办|包保|包联|分包)了?(?:的)?(?:重点)?)的?\s*$")
RE_PLACE_CLAIMS = re.compile(r"(?:我|全|本)(?:省|市|县|区|州|盟|旗)(?:共|累计|一共)认领了?\s*$")
_TASK_DONE = rf"(?:已基本(?:整改完成|完成整改|整改到位|整改|完成|销号|办结|落实)|{_DONE})"  # a task may count as done when basically done
RE_PLAN_TASKS_DONE = re.compile(rf"\s*[,，]\s*(?:目前|截至目前|现)?\s*[,，]?\s*{_TASK_DONE}(\d+)\s*项")


RE_TASKS_DONE_ALONE = re.compile(r"整改任务\s*(?:已有|已经有|累计已?有|已)\s*(\d+)\s*项\s*(?:已)?(?:完成|通过)(?:验收)?(?:销号|整改)?")


# ws20: measures counted and said all carried out, with no 已 ("…，47条整改措施全部落实到位"): all of them done; not as a goal
# ("确保47条整改措施全部落实到位") nor where the text counted other measures
RE_MEASURES_ALL_CARRIED_OUT = re.compile(digits_first(r"(?<![第\d])(\d+)\s*[条项](?:具体)?(?:整改)?(?:措施|举措)\s*(?:均|都)?(?:已经?)?全部(?:落实|完成)(?:到位)?"))
RE_GOAL_BEFORE = re.compile(r"(?:确保|力争|争取|要|将|务必|计划|预计|推动|督促)[^,，。;；]{0,6}$")


def _measures_all_carried_out(h: Headline, t: str) -> None:
    m = RE_MEASURES_ALL_CARRIED_OUT.search(t)
    if m is None or RE_GOAL_BEFORE.search(t[max(0, m.start() - 10): m.start()]):
        return
    n = int(m.group(1))
    if h.measures_total is None or h.measures_total == n:
        h.measures_total, h.measures_done = n, n


def _task_figures(t: str, offset: int = 0) -> tuple[int, int | None, int] | None:
    """(tasks, done, where) of the first task count of an inspection divided into tasks.

    "共反馈整改任务41项，已完成整改25项"; "55项整改任务…13项整改任务已基本完成6项";
    "已完成313项整改任务，占…明确531项任务" (the done count first); "20项整改任务已全部整改到位"."""
    # "推进整改集中期9项任务验收销号": the tasks due in one phase or batch, not the inspection's tasks
    # (but a place that claims the whole list is given its tasks: "对照…反馈意见，我市共认领38项整改任务", snippets19)
    found = [m for m in RE_TASKS.finditer(t) if not RE_TASK_PHASE.search(t[max(0, m.start() - 8): m.start()])
             or RE_PLACE_CLAIMS.search(t[max(0, m.start() - 8): m.start()])]
    if not found:
        return None
    first = found[0]
    n = int(first.group(1) or first.group(2))
    before = t[max(0, first.start() - 8): first.start()]
    if re.search(r"(?:已|已经|累计)(?:全部|基本)?完成(?:整改)?\s*$", before):  # done first, then its total
        later = next((m for m in found[1:] if m.start() - first.end() < 40), None)
        if later is None:
            # a done count alone (a news title run into the lead: "…:已完成整改任务313项"): the tasks are counted
            # again later with their done count ("531项整改任务已完成313项")
            return _task_figures(t[first.end():], offset + first.end()) if len(found) > 1 else None
        return int(later.group(1) or later.group(2)), n, offset + first.start()
    after = t[first.end(): first.end() + 160]
    if re.match(r"[^。;；\d]{0,6}?已(?:经)?全部(?:整改|完成|销号)", after):
        return n, n, offset + first.start()
    # figs23: the done part counted before its verb, right after the tasks ("46项整改任务中,34项已经完成整改,12项任务达到
    # 序时进度"): that count, not the next clause's
    md = re.match(rf"\s*(?:中|之中)?\s*[,，]?\s*(?:其中)?\s*[,，]?\s*(?:已有|有)?(\d+)\s*项(?:任务)?\s*{_TASK_DONE}", after) \
        or re.search(rf"{_TASK_DONE}[^\d。;；]{{0,4}}?(\d+)\s*项", after)
    # (the tasks split into parts first, "其中，年底前须完成任务23项，分阶段推进任务15项。…已完成21项": a done count of a part)
    if md and re.match(r"\s*[,，]?\s*其中", after) and len(re.findall(r"\d+\s*项", after[:md.start()])) >= 2:
        md = None
    if md is None:
        # hs19: the tasks counted first alone ("…整改方案，我市承担整改任务29项。"), then again with their done count
        # further on ("截至2023年12月底，我市承担的29项整改任务已完成22项"): the same count, its done part
        for later in found[1:]:
            if int(later.group(1) or later.group(2)) != n:
                continue
            ml = re.match(rf"[^\d。;；]{{0,6}}?{_TASK_DONE}[^\d。;；]{{0,4}}?(\d+)\s*项", t[later.end(): later.end() + 40])
            if ml and int(ml.group(1)) <= n:
                return n, int(ml.group(1)), offset + first.start()
    return n, (int(md.group(1)) if md else None), offset + first.start()


# a count of problems then its done count in the next clause: "20个问题,已完成整改20个" (ps18; read against a refined total)
RE_RESTATED_DONE = re.compile(digits_first(rf"(?<![第\d])(\d+)\s*[个项](?:具体)?问题\s*[,，]?\s*(?:其中|目前)?\s*[,，]?\s*(?:已经)?{_DONE}{_GAP}(\d+)\s*[个项]"))
RE_FINER_PROBLEMS = re.compile(digits_first(r"(?<![第\d])(\d+)\s*[个项条类]\s*(?:突出)?问题\s*[、,，]?\s*(\d+)\s*[个项条](?:具体|细化)问题"))
# (fs19: or into items or sub-problems, "细化分解为24个分项问题", "拆分成15个子问题": the finest level is the problem count, C11)
RE_REFINED_PROBLEMS = re.compile(r"(?:细化|分解|细化分解|分解细化|拆分)(?:为|成)\s*(\d+)\s*[个项](?:具体|细化|分项|子)?问题")
# "all done", as one grammar: (均/都)已(经)全部 or 均已/都已, then (完成) 整改(到位/完成/完毕), 完成 or 销号 ("已全部整改完毕",
# "均已完成整改", "都已全部销号"); or 全部完成整改 when not a goal ("确保…全部完成整改")
# (kfg: also pushed to be done, "已全部督促整改到位")
_ALL_DONE = (r"(?:(?:均|都)?已(?:经)?全部|均已|都已)(?:督促)?(?:完成)?(?:整改(?:到位|完成|完毕)?|完成|销号)"
             r"|(?<!确保)(?<!力争)(?<!要)(?<!将)(?<!务必)全部完成(?:了)?整改")
RE_EVERY_PROBLEM_DONE = re.compile(rf"(?:反馈|交办|指出)的?问题(?:{_ALL_DONE})")
# said as done ("已全部完成整改", "均已整改到位"), not as a goal ("确保…全部整改到位")
RE_ALL_DONE = re.compile(_ALL_DONE)


RE_THESE_ALL_DONE = re.compile(r"[^。；;]{0,24}?(?:这些|上述|以上|前述|该批|这批)(?:反馈)?问题\s*(?:目前|现在|现|截至目前)?\s*[，,]?\s*"
                               r"(?:(?:均|都)?已(?:经)?全部|均已|都已)(?:完成)?整改(?:到位|完成|完毕)?")
RE_SIGNED_OFF = re.compile(r"\s*(?:现|目前|现在|均)?已(?:全部)?完成整改(?:工作)?[,，]?\s*(?:进入|申请|予以|并)?销号")


# problem points: the places a 绿盾 / 督察 check found wrong ("3处自然保护地人类活动违法违规点位", "问题点位共7个") are its
# problems (not points checked: "核查点位1470个", "调查的13个点位"; not suspected ones sent down to be checked: "疑似问题点位25个";
# not a done count: "已完成5个…问题点位整改")
RE_POINT_COUNT = re.compile(r"(?<![第\d])(\d+)\s*[个处](?:[^\d\s,，。;；、:：]{0,16}?)(?:问题|违法违规|违法|违规)点位"
                            r"|(?:问题|违法违规|违法|违规)点位(共计|总计|合计|共有|共)?\s*(\d+)\s*[个处]")
# the points' sentence saying all are done: "…点位整改已全部完成", "…点位均已整改完成", "已于去年年底前完成整改并申请销号"
RE_POINTS_DONE = re.compile(rf"{_ALL_DONE}|整改(?:工作)?(?:均|都)?已(?:经)?全部(?:完成|到位)|已(?:于[^。;；,，\d]{{0,12}}|经)?完成整改并?(?:申请)?销号")
# what makes a count of points the total: a finding, handing down or confirming verb before it, or 共 / 涉及
RE_POINTS_FOUND = re.compile(rf"{_FINDING}|共|涉及|确认|认定|核实|核定")


def _point_counts(h: Headline, t: str) -> None:
    """Problem points counted where no other total of problems is stated: the total, and the done count when the
    points' own sentence says all are done (with no other count between) or gives it right after them."""
    if "点位" not in t:
        return
    for m in RE_POINT_COUNT.finditer(t):
        if "疑似" in m.group(0) or t.endswith("疑似", 0, m.start()):
            continue
        before = re.split(r"[。;；,，\n]", t[max(0, m.start() - 16): m.start()])[-1]
        if m.group(1) and re.search(r"(?:已|完成|剩余|还有|其余)[^。;；,，]{0,4}$", before):
            continue  # "已完成5个…问题点位整改" (done), "剩余3个点位" (what is left)
        rest = re.split(r"[。;；]", t[m.end():], maxsplit=1)[0]
        done = RE_POINTS_DONE.search(rest)
        all_done = done is not None and not re.search(r"\d+\s*[个项条件处]", rest[: done.start()])
        if not all_done and not m.group(2) and not RE_POINTS_FOUND.search(before):
            continue
        h.problems_total = int(m.group(1) or m.group(3))
        if h.problems_done is not None and h.problems_done > h.problems_total:
            h.problems_done = None
        if h.problems_done is not None:
            return
        if all_done:
            h.problems_done = h.problems_total
        else:  # the done part right after it: "排查发现违法违规问题点位15处，已整改12处"
            md = re.match(rf"\s*[,，]?\s*(?:其中|目前|截至目前|现)?\s*[,，]?\s*(?:已经)?{_DONE}{_GAP}(?:点位)?(\d+)\s*[个处]",
                          t[m.end(): m.end() + 30])
            if md and int(md.group(1)) <= h.problems_total:
                h.problems_done = int(md.group(1))
        return


# a notice publishing the rectification of the problems it says were done: "已完成4个问题整改工作,现将整改情况公示如下" —
# what it publishes is those N, its total and its done count
RE_DONE_THEN_PUBLISHED = re.compile(r"(?:已完成|已整改(?:完成)?)\s*(\d+)\s*[个项件处](?:[^\d\s,，。;；]{0,8}?)问题(?:的)?(?:整改)?(?:工作)?"
                                    r"\s*[,，]\s*现将[^。;；\d]{0,16}?(?:公示|公布|公告)如下")


def _published_done(h: Headline, t: str) -> None:
    m = RE_DONE_THEN_PUBLISHED.search(t)
    if m and (h.problems_done is None or h.problems_done == int(m.group(1))):
        h.problems_total = h.problems_done = int(m.group(1))


# all of them rectified as required: "其中有2个问题需要整改,现均按要求加以整改" (not a goal: "要求…均按期整改")
RE_ALL_AS_REQUIRED = re.compile(r"(?:现|目前|现已)\s*均(?:已)?(?:按要求|按照要求|按期|按时)(?:加以|进行了?|完成)?整改(?:到位|完成|完毕)?")


def _all_done_later(t: str, total: int) -> int | None:
    """The total when a sentence that states it says, with no other count between, that all are done
    ("反馈的3个问题，…已全部完成整改", "巡察反馈的问题共22个，已全部整改完成"; the first such sentence or one that repeats it)."""
    counts = sorted(list(_PROBLEM_COUNT_AT.finditer(t)) + list(_NOUN_FIRST_COUNT_AT.finditer(t)), key=lambda c: c.start())
    for m in counts:
        if int(m.group(1)) != total:
            continue
        rest = re.split(r"[。;；]", t[m.end():], maxsplit=1)[0]
        done = RE_ALL_DONE.search(rest) or RE_ALL_AS_REQUIRED.search(rest)
        if done and not re.search(r"\d+\s*[个项条件]", rest[: done.start()]) and not re.match(r"\s*\d", rest[done.end():]):
            return total
        # a sign-off notice: "交办的2个问题…由我单位牵头整改落实。现已完成整改工作,进入销号程序" — the next sentence
        # says the work is done and signed off, with no count of its own
        both = _AFTER_STOP.split(t[m.end():], maxsplit=2)
        if len(both) >= 2 and not re.search(r"\d+\s*[个项条件]", "".join(both[:2])) and RE_SIGNED_OFF.match(both[1]):
            return total
        # bw23: the next sentence says the problems just counted are all done, naming them back ("…发现突出问题4个，随
        # 反馈意见交…整改。回访发现，这些问题目前均已整改到位。"), with no count of its own
        if len(both) >= 2 and not re.search(r"\d+\s*[个项条件]", "".join(both[:2])) and RE_THESE_ALL_DONE.match(both[1]):
            return total
        # (or a later sentence that names the total again: "审计共发现问题20个。目前，20个问题已全部整改到位。")
    return None


# one part of a split count: "立行立改问题12个，已全部整改到位" / "需持续整改问题40个，已完成35个" (the kind of
# problem before 问题 is not read: the count and its done part are)
RE_SPLIT_PART = re.compile(
    rf"问题\s*(\d+)\s*[个项]\s*[,，]?\s*"
    rf"(?:(?P<all>{_ALL_DONE})|{_DONE}(?:整改)?\s*(?P<done>\d+)\s*[个项])")


def _split_done(t: str, total: int) -> int | None:
    """The done count of a total split into parts that each state theirs, in one sentence; None unless the parts
    add up to the total."""
    by_sentence: dict[int, list[re.Match]] = {}
    for m in RE_SPLIT_PART.finditer(t):
        by_sentence.setdefault(t.count("。", 0, m.start()), []).append(m)
    for parts in by_sentence.values():
        if len(parts) < 2:
            continue
        counts = [int(p.group(1)) for p in parts]
        if sum(counts) == total:
            return sum(n if p.group("all") else int(p.group("done")) for n, p in zip(counts, parts))
    return None


RE_SHARED_OWN = re.compile(
    r"共性问题\s*(\d+)\s*[个项]\s*[、,，和及]\s*个性问题\s*(\d+)\s*[个项]"
    r"|(\d+)\s*[个项]共性问题\s*[、,，和及]\s*(\d+)\s*[个项]个性问题")
RE_SHARED_OWN = Needles(RE_SHARED_OWN)  # (tried only in a text holding a literal every match reads)


def _shared_and_own(t: str) -> tuple[int, int] | None:
    """(total, end) of "共性问题5个、个性问题12个" / "5个共性问题和12个个性问题"."""
    m = RE_SHARED_OWN.search(t)
    if not m:
        return None
    a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return int(a) + int(b), m.end()


def _petition_batch(t: str, at: int) -> bool:
    """The count at `at` is one numbered batch ("交办我省的第十一批59个环境问题") of a text about petitions people sent
    an inspection (举报, 投诉, 信访 said before it): a batch of petitions handed over, not the problems found."""
    return re.search(r"第[一二三四五六七八九十\d]{1,4}批(?:的)?\s*$", t[max(0, at - 12): at]) is not None \
        and RE_PETITIONS.search(t, max(0, at - 400), at) is not None


# (it opened with a look-behind, and was tried only at 问题 by a NearAnchor; perf23: led by its 问, the look-behind after it)
_STATED_TOTAL_AT = re.compile(look_behinds_after_first(r"(?<!疑似)问题(?:共计|总计|合计|共有|共涉及|共|有)(?:\d+\s*个?大?(?:方面|类|领域)[、,，]?\s*){0,2}(\d+)\s*[个项]"
                              r"(?!方面|类|大类|大方面|领域)"))


RE_SUMMED = re.compile(r"共|累计|合计|总计")
RE_COUNT_THEN_NOUN = re.compile(r"\d+\s*[个项条件][^。；;，,\d]{0,6}?问题")


def _declared_problems(t: str) -> int | None:
    """The first stated total of problems ("反馈的697个问题", "共计50项具体问题", "问题有46项")."""
    at = _declared_problems_at(t)
    return at[1] if at else None


def _declared_problems_at(t: str) -> tuple[int, int, int] | None:
    """(where the statement starts, count, where the count stands) of ``_declared_problems``."""
    best = None
    # (problems handed over to the reporting body count as found: "国家移交我省的58个…问题"; not ones handed over for
    # another purpose, "督察移交的6个责任追究问题")
    # (audit24: not a verb whose own count went before, its noun then joined to the next: "推进31个省委巡视反馈问题以及…4个
    # 专项检查反馈问题" — 反馈 is the 31's kind; the 4 is a second list's)
    for rx in (r"(?:反馈|指出|梳理|交办|移交(?:给)?(?:我|本)(?:省|市|县|区|州|旗|镇|乡)|查出|发现|查摆|检视|存在|共计|共|涉及|明确|反映|列出|围绕|聚焦|针对)(?:(?!问题(?:[和及与、]|以及))[^。;；,，\d]){0,12}?"
               r"(?:\d+\s*个?大?(?:方面|类|领域)[、,，]?\s*){0,2}" + RE_PROBLEM_COUNT,
               _STATED_TOTAL_AT,
               r"问题总数(?:为|是|达)?\s*(\d+)\s*[个项]"):  # "完成整改问题313个，占问题总数531个的58.9%"
        m = next((m for m in (re.finditer(rx, t) if isinstance(rx, str) else rx.finditer(t))
                  if not re.match(rf"\s*{_DONE}", t[m.end(): m.end() + 8]) and not RE_BADLY_DONE.match(t[m.end(): m.end() + 14])
                  and not _petitions_concern(t, m.start(m.lastindex)) and not _petition_noun(t, m.end())
                  and not _petitions_said_concern(t, m.start(m.lastindex))
                  and not _batch_before_running_total(t, m.start(m.lastindex)) and not _petition_batch(t, m.start(m.lastindex))), None)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), int(m.group(1)), m.start(1))
    return best


# "附件1 …整改进展情况（共20个问题，已完成13个）": counts given per attachment
# (any classifier, figures or Chinese numerals, any done wording: "（共12项问题）", "（共十二个问题）", "（共12个问题，其中10个已销号）")
RE_ATTACHMENT_COUNT = re.compile(
    rf"[(（]\s*共计?\s*(\d+|{_CN_COUNT})\s*{_CL}(?:具体)?问题(?:\s*[,，、;；]\s*(?:其中)?\s*(?:{_DONE}(?:整改)?\s*(\d+|{_CN_COUNT})\s*{_CL}"
    rf"|(\d+|{_CN_COUNT})\s*{_CL}\s*{_DONE}))?")


def attachment_counts(texts: list[str]) -> list[tuple[int, int | None]]:
    """(problems, done) declared under each attachment heading ("附件1" and the two lines after it)."""
    from .tree import RE_ATTACHMENT_START

    found: dict[str, tuple[int, int | None]] = {}
    left = 0
    for t in texts:
        if RE_ATTACHMENT_START.match(t):
            left = 3
        if left:
            m = RE_ATTACHMENT_COUNT.search(t)
            if m:
                done = m.group(2) or m.group(3)
                # the body's list of attachments names each one again with its count ("附件：1.…（共12个问题）",
                # "附件1：…（共12个问题）"): one attachment, named twice, is counted once (the later naming: the attachment)
                key = RE_ATTACHMENT_NAME_PREFIX.sub("", t[: m.start()]).strip() or f"#{len(found)}"
                found.pop(key, None)
                found[key] = (int(_cn(m.group(1))), int(_cn(done)) if done else None)
                left = 0
                continue
            left -= 1
    return list(found.values())


RE_ATTACHMENT_NAME_PREFIX = re.compile(r"^\s*(?:附件\s*(?:\d{1,2}|[一二三四五六七八九十])?\s*[:：.．、]?\s*)?(?:\d{1,2}\s*[.．、]\s*)?")


# a top-level section about the lasting rules ("三、建立健全长效机制情况", "四、标本兼治，推动建章立制")
RE_MECHANISM_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}\s*[、.．]\s*[^。]{0,20}?(?:长效机制|建章立制|制度建设)[^。]{0,12}$")
RE_TOP_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}\s*[、.．]")


def mechanism_section_rules(texts: list[str]) -> int | None:
    """Rules made, stated in the document's own section about lasting mechanisms wherever it stands (often after
    the problems: "三、建立健全长效机制情况 … 共制定修订制度28项")."""
    for k, t in enumerate(texts):
        if RE_MECHANISM_SECTION.match(t.strip()):
            body = []
            for u in texts[k + 1: k + 6]:
                if RE_TOP_SECTION.match(u.strip()) or u.strip().startswith("附件"):
                    break
                body.append(u)
            # what comes after 下一步 is a plan, not a count of what was done
            found = headline_figures(re.split(r"下一步", "\n".join(body))[0]).rules_made
            if found is not None:
                return found
    return None


# a top-level section on the overall state of the rectification, wherever it stands ("三、整改总体成效")
RE_OVERALL_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}\s*[、.．]\s*[^。，,]{0,10}?(?:总体情况|总体进展|总体成效|整改成效|基本情况|整改目标完成情况)[^。，,]{0,6}$")


def _add_overall_section(h: Headline, texts: list[str]) -> None:
    """Figures the lead did not give, stated in the opening paragraph of a section on the overall state of the
    rectification (a report that puts "三、整改成效：反馈的16个问题已完成整改14个" after its problems; a notice's
    "四、整改目标完成情况 / 3处问题点位均已整改完成")."""
    for k, t in enumerate(texts):
        if RE_OVERALL_SECTION.match(t.strip()) and k + 1 < len(texts):
            first = texts[k + 1].strip()
            if RE_TOP_SECTION.match(first) or re.match(r"^(?:\d{1,2}\s*[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）])", first):
                continue
            found = headline_figures(re.split(r"下一步", first)[0])
            for key in ("problems_total", "problems_done", "measures_total", "measures_done", "rules_made"):
                if getattr(h, key) is None and getattr(found, key) is not None:
                    setattr(h, key, getattr(found, key))
            return


# the problems listed above said to be a selection of the problems: "以上列出的为巡视反馈的主要问题", "上述为部分问题",
# "以上公布的是反馈的重点问题" (not "以上问题已全部整改": no word of a selection)
RE_LISTED_ARE_SOME = re.compile(r"(?:以上|上述|上面)(?:所)?(?:列出|列举|列明|公布|通报|列)?的?(?:问题)?\s*(?:为|是)[^。;；,，\d]{0,12}?(?:主要|部分|重点|典型)问题")


def add_closing_figures(h: Headline, texts: list[str], listed: int) -> None:
    """Figures stated after the problems, in the closing section ("三、下一步工作打算 / 截至目前，反馈的10个问题已整改
    完成8个，…共制定整改措施26条，已完成24条…。下一步，…"): they fill what the lead left unsaid. What follows 下一步 is
    a plan, not a count. A closing total that is neither the lead's nor the number of problems listed counts
    another set ("四、举一反三情况 / …发现并纠正分配不规范问题23个" under one listed task): nothing is taken from it."""
    text = "\n".join(re.split(r"下一步", t)[0] for t in texts if t.strip())
    if not text.strip():
        return
    found = headline_figures(text)
    keys = ["measures_total", "measures_done", "rules_made"]
    if found.problems_total is not None:
        if h.problems_total is not None and h.problems_total != found.problems_total:
            return
        # hl20: unless the close says the problems listed are only the main ones of the total ("…18个问题中，已完成整改
        # 14个…。以上列出的为巡视反馈的主要问题及其整改情况"): a bulletin that publishes a selection, its total the larger
        if h.problems_total is None and found.problems_total != listed \
                and not (found.problems_total > listed and RE_LISTED_ARE_SOME.search(text)):
            return
        keys = ["problems_total", "problems_done"] + keys
    elif found.problems_done is not None and found.problems_done >= listed and "销号" in text:
        # a sign-off notice's running count after the tasks it lists ("截至12月15日，…问题整改任务已有21项完成验收
        # 销号，其余任务正在…推进"): the tasks signed off so far, these among them — its problems done
        keys = ["problems_done"] + keys
    for key in keys:
        if getattr(h, key) is None and getattr(found, key) is not None:
            setattr(h, key, getattr(found, key))


# hs19: the items an inspection handed over, counted in 件 ("期间移交立行立改事项2件", "移交的2件立行立改事项已完成2件")
RE_HANDED_ITEMS = re.compile(r"(?:移交|交办|转交)(?:的|了)?\s*(?:(?P<n1>\d{1,3})\s*件(?P<k1>[^。，,；;\d]{0,10}?事项)"
                             r"|(?P<k2>[^。，,；;\d]{0,10}?事项)\s*(?P<n2>\d{1,3})\s*件)")
RE_HANDED_ITEMS_DONE = re.compile(r"[^。；;\n\d]{0,6}?已(?:全部|经)?(?:完成|办结|整改完成|完成整改|整改到位)(?:整改)?\s*(\d{1,3})\s*件")


# figs22: matters an inspection handed over to be rectified, counted with their done count right after them ("省政府交办的
# 7个督查事项已整改到位1项", "督导组交办我县的12件整改事项，已全部办结"): the matters are the problems (as the tasks of a
# 督察, R63), the done count theirs. Not matters a plan set out ("确定了1640个整改事项": no handing over), nor matters
# counted with no rectification said of them ("把14个督查事项制作成表格"), nor petitions (R17), nor a round's 立行立改
# items (R68; test_hs19); basically done is not done.
RE_HANDED_MATTERS_DONE = re.compile(
    rf"(?:交办|移交|转交|转办|反馈)(?:给)?(?:[^。，,；;\d的]{{0,8}})?的\s*(?<![\d.])(\d{{1,4}})\s*([个项件])(?P<kind>[^。，,；;\d]{{0,6}}?)事项"
    rf"\s*[,，]?\s*(?:目前|现)?\s*(?:(?P<all>均已|已全部|已经全部|全部已)(?:完成|办结|整改到位|整改完成|完成整改|销号)"
    rf"|(?:均|已经?)?{_DONE}{_GAP}(?P<done>\d+)\s*[个项件])")


def _handed_matters_done(h: Headline, t: str) -> None:
    for m in RE_HANDED_MATTERS_DONE.finditer(t):
        # (nor a round's 立行立改 items, a subset of its findings, R68: add_handed_items reads them only when each is listed)
        if RE_PETITIONS.search(m.group("kind")) or "立行立改" in m.group("kind"):
            continue
        n = int(m.group(1))
        done = n if m.group("all") else int(m.group("done"))
        if done > n:
            continue
        h.problems_total = n
        if h.problems_done is None or h.problems_done == done:
            h.problems_done = done
        return


def add_handed_items(h: Headline, text: str, listed: int) -> None:
    """A notice wholly about the items an inspection handed over during its stay, each listed ("移交立行立改事项2件…
    已完成2件" over the two items): their count is its problems, their done count its done (blind32 qhdzy). Only when
    the text states no problem count and lists exactly that many items (a round's 立行立改 subset beside its larger
    total is no figure, R68); never petitions (R17)."""
    if h.problems_total is not None or not listed or "件" not in text:
        return
    for m in RE_HANDED_ITEMS.finditer(text):
        n = int(m.group("n1") or m.group("n2"))
        if n != listed or RE_PETITIONS.search(m.group("k1") or m.group("k2")):
            continue
        h.problems_total = n
        md = RE_HANDED_ITEMS_DONE.match(text, m.end())
        if md and int(md.group(1)) <= n and h.problems_done is None:
            h.problems_done = int(md.group(1))
        if h.problems_done is None:  # (the count said again with its done count: "移交的2件…事项已完成2件")
            for again in RE_HANDED_ITEMS.finditer(text, m.end()):
                md = RE_HANDED_ITEMS_DONE.match(text, again.end())
                if int(again.group("n1") or again.group("n2")) == n and md and int(md.group(1)) <= n:
                    h.problems_done = int(md.group(1))
                    break
        return


def add_attachment_counts(h: Headline, texts: list[str]) -> None:
    """Counts read from the whole document's paragraphs (the body's sections, the problems and the attachments):
    the rules made stated in a section about lasting mechanisms when the lead gave none, and counts given per
    attachment, which add up to the document's when the body states no total of its own (the list of attachments
    at the end of the body repeats each attachment's count: not a total)."""
    if h.rules_made is None:
        h.rules_made = mechanism_section_rules(texts)
    if h.problems_total is None and h.measures_total is None:
        _add_overall_section(h, texts)
    counts = attachment_counts(texts)
    if len(counts) == 1 and h.problems_total is None:
        # one attachment holds the problems ("附件 …整改进展情况（共20个问题，已完成13个）") and the body gives no total
        h.problems_total, done = counts[0]
        if done is not None:
            h.problems_done = done
        return
    if len(counts) < 2:
        return
    if h.problems_total is not None and h.problems_total not in [n for n, _ in counts]:
        return
    h.problems_total = sum(n for n, _ in counts)
    dones = [d for _, d in counts]
    if all(d is None for d in dones):
        # the body gives each attachment's done count after its total ("巡视反馈问题共11个，已完成整改7个；…移交问题共9个，
        # 已完成整改7个"), in the order of the attachments
        dones = _body_dones([n for n, _ in counts], "\n".join(texts)) or dones
    if all(d is not None for d in dones):
        h.problems_done = sum(dones)
    elif h.problems_done in dones:
        h.problems_done = None


def _body_dones(totals: list[int], text: str) -> list[int] | None:
    """The done count stated right after each of the totals, in order, in one sentence of the body; None unless
    every total has one."""
    for sentence in re.split(r"(?<=[。\n])", text):
        found, at = [], 0
        for n in totals:
            m = re.compile(rf"(?<!\d){n}\s*{_CL}[,，]\s*(?:其中)?\s*{_DONE}{_GAP}(\d+)\s*{_CL}").search(sentence, at)
            if m is None:
                break
            found.append(int(m.group(1)))
            at = m.end()
        if len(found) == len(totals):
            return found
    return None


def _parts_of(counts: list[re.Match], total: int, text: str) -> bool:
    """The last two or more counts add up to the total, with no done count among them: its parts
    ("其中…问题8个、…问题4个" of 12); not parts that each give their own done count ("…23项问题，完成整改20项…")."""
    acc = 0
    for k in range(len(counts) - 1, -1, -1):
        acc += int(counts[k].group(1))
        if acc >= total:
            return acc == total and len(counts) - k >= 2 and re.search(_DONE, text[counts[k].start():]) is None
    return False


RE_KIND_COUNT = re.compile(r"问题\s*\d+\s*余?\s*[个项条件]")


RE_ACTED_ON = re.compile(r"立行立改|立改|解决|推动|督促|帮助")


def _in_breakdown(t: str, at: int) -> bool:
    """The count at `at` is one of three or more counts of problems by kind in one sentence, none said to be
    the total ("共…", "合计…"): a breakdown whose parts are not the document's total."""
    start = max(t.rfind(c, 0, at) for c in "。;；\n") + 1
    ends = [k for k in (t.find(c, at) for c in "。;；\n") if k >= 0]
    sentence = t[start: min(ends) if ends else len(t)]
    # a count then split by kind after 其中, the parts adding up to it exactly ("涉及…方面的问题207个,其中大气污染问题
    # 61个、水污染问题32个、…其他问题44个"): the count is the total its breakdown tallies, not one of the parts
    own = RE_KIND_COUNT.match(t, at)
    if own is not None and re.match(r"\s*[,，]\s*其中", t[own.end(): own.end() + 6]):
        parts = [int(re.search(r"\d+", c.group(0)).group(0)) for c in RE_KIND_COUNT.finditer(sentence, own.end() - start)]
        if len(parts) >= 2 and sum(parts) == int(re.search(r"\d+", own.group(0)).group(0)):
            return False
    # (counts by status are not kinds: "发现问题82个,…已整改问题38个,…正在整改问题21个,移送问题13个")
    # (nor are problems acted on, each in a clause of its own: "发现问题430个,推动立行立改问题35个,…帮助群众解决实际问题37个")
    counts = [c for c in RE_KIND_COUNT.finditer(sentence)
              if not re.search(r"整改|移送|移交|完成|办结|销号|处理|推进|落实", sentence[max(0, c.start() - 4): c.start()])
              and not RE_ACTED_ON.search(re.split(r"[,，、]", sentence[:c.start()])[-1])]
    if len(counts) == 2:
        # (two counts by kind side by side, each named by its own kind, is a breakdown too: "发现工地存在扬尘问题81个,
        # 油品问题20个"; not a total and its part, "发现问题81个,其中扬尘问题20个", nor a count the verb names alone)
        a, b = counts
        between = sentence[a.end(): b.start()]
        return re.fullmatch(r"\s*[,，、]\s*[^\d,，。;；]{1,8}?", between) is not None \
            and not re.search(r"其中|包括|含|已|整改|完成|另|共", between) \
            and re.search(rf"(?:{_FINDING}|存在|有|共)$", sentence[max(0, a.start() - 4): a.start()]) is None \
            and not re.search(r"问题\s*(?:共计|总计|合计|共有|共)\s*\d", sentence)
    return len(counts) >= 3 and not re.search(r"问题\s*(?:共计|总计|合计|共有|共)\s*\d", sentence)


RE_PETITIONS = re.compile(r"信访|举报|投诉|来信来访|来电")


def _petitions_concern(t: str, at: int) -> bool:
    """The count at `at` is of what petitions are about ("交办群众举报信访件5件,涉及5个环境污染问题"): problems that
    people reported, not what the inspection found."""
    start = max(t.rfind(c, 0, at) for c in "。;；\n") + 1
    clauses = re.split(r"[,，]", t[start:at])
    if len(clauses) == 1 and re.match(r"\s*(?:共|均|主要)?涉及", clauses[0]):
        # kfg: a sentence that opens with 涉及 has no subject of its own: it goes on about what the paragraph's earlier
        # sentences told ("…移交第一批群众信访件,共3件…。其中:…。涉及环境问题3个"); petitions there, and no finding verb,
        # make its count what petitions are about
        para = t[t.rfind("\n", 0, start) + 1: start]
        return RE_PETITIONS.search(para) is not None and re.search(_FINDING, para) is None
    return len(clauses) >= 2 and re.match(r"\s*(?:共|均|主要)?涉及", clauses[-1]) is not None and RE_PETITIONS.search(clauses[-2]) is not None


# hs19: the problems petitions concern, said in the count's own clause: "…移交的群众信访举报件涉及的5127个各类生态环境问题",
# "群众举报件反映的120个问题"
RE_PETITIONS_CONCERN_BEFORE = re.compile(r"(?:信访|举报|投诉|来信|来访|来电)(?:件|事项|案件)?(?:共|均|主要)?(?:涉及|反映)(?:的)?\s*$")


def _petitions_said_concern(t: str, at: int) -> bool:
    """The count at `at` is of what the petitions named right before it concern ("信访举报件涉及的9070个…问题"): not a
    declared total of problems found — the loop over counts still reads it when nothing else is counted before it (a
    news item wholly about the petitions, blind7 sichuan), but a count of the feedback's own problems stated earlier
    ("反馈问题41个，已完成整改33个") is the headline (R17, R65)."""
    near = t[max(0, at - 4): at]
    return ("涉及" in near or "反映" in near) and RE_PETITIONS_CONCERN_BEFORE.search(t, max(0, at - 12), at) is not None


def _found_and_fixed(h: Headline, t: str) -> None:
    """Counts of problems said to be found and rectified together ("发现并整改…问题38个", "发现问题159条并督促整改到位"):
    the total and the done count are the same; and a later all-done count covering a smaller first total."""
    m = RE_FOUND_AND_FIXED.search(t) or RE_FOUND_THEN_FIXED.search(t)
    if m and not _petitions_concern(t, m.start()):
        n = int(next(g for g in m.groups() if g))
        if h.problems_total in (None, n) and h.problems_done in (None, n):
            h.problems_total = h.problems_done = n
            return
    if h.problems_total is not None and h.problems_done is None:
        for m in RE_COUNT_ALL_DONE.finditer(t):
            n = int(m.group(1) or m.group(2))
            if n > h.problems_total and not _petitions_concern(t, m.start()) and "其中" not in t[max(0, m.start() - 8): m.start()]:
                h.problems_total = h.problems_done = n
                return


# Hazards a check found are its problems (fire, gas and safety checks count 隐患, not 问题): "发现火灾隐患19处",
# "共排查出安全隐患63处". Not hazards "查处" (dealt with: test_figures_round3 reads "查处安全隐患45处" as no problem count),
# not hazards reported into a system or rectified in a campaign
# ("上报隐患", "排查整治隐患"), not an approximation ("120余处", "16.67万处"), not a running campaign total (its sentence
# says since when: "今年以来", "累计"), not one part of them ("其中…发现隐患3处").
# (figs22: a sweep's 排查 with the hazards' count right after their noun, "通过检查共排查安全隐患15条", "排查燃气隐患4处"; not
# hazards swept and dealt with, "排查整治隐患…", nor points swept, "排查隐患点位50处")
RE_HAZARDS_FOUND = re.compile(r"(?:发现|查出|查找出|排查出|检查出|(?<![共次])检查(?=[^。;；,，、\d]{0,4}隐患\s*\d)"
                              r"|排查(?=[^。;；,，、\d整改治]{0,4}隐患(?:问题)?\s*\d))了?(?:各类|各种)?"
                              # (what the hazards were, closed by 等: "发现通道堵塞、电线乱拉等安全隐患3处")
                              r"(?:[^。;；,，\d]{1,16}?等)?"
                              r"(?:(?!整治|整改|上报|报送|消除|排除)[^。;；,，、\d]){0,8}?隐患(?:问题)?\s*(?:共计?)?\s*"
                              r"(?<![\d.])(\d+)\s*([处个项条])(?![余多])"
                              # (or counted before the noun: "共摸排1173处隐患路段", "排查出26处安全隐患")
                              # (kfg: or named as found, "检查中发现的7处隐患")
                              r"|(?:发现|查出|排查出|摸排出?)(?:了|的)?\s*(?<![\d.])(\d+)\s*(处)(?![余多])(?:[^。;；,，、\d]{0,6}?)隐患(?:路段|点位|点|问题)?")
# the hazards rectified, right after them in the same sentence: "，当场督促整改火灾隐患13处", "，督促整改7231处",
# "，已整改11处"
RE_HAZARDS_FIXED = re.compile(r"\s*[,，]\s*(?:其中)?\s*(?:目前|现已|截至目前)?\s*(?:已经?)?(?:完成)?(?:当场|现场|立即)?(?:完成)?(?:督促|责令)?(?:闭环)?(?:整改|消除|排除)(?:完毕|到位)?了?"
                              r"(?:[^。;；,，\d]{0,8}?隐患)?\s*(\d+)\s*([处个项条])(?![余多])")
# or all of them, said right after: "发现隐患2处并立即完成整改", "，目前已全部落实整改完毕" (a finished rectification; not an
# order to rectify, "，要求立即整改", nor responsibilities set, "，已全部落实整改责任")
RE_HAZARDS_ALL_FIXED = re.compile(r"\s*(?:并|[,，]\s*(?:目前|现已|截至目前)?\s*(?:均|已经?|现已)?\s*(?=全部|均|立即|当场|现场))"
                                  r"\s*(?:已经?)?(?:全部|均)?(?:已经?)?(?:立即|当场|现场)?(?:落实)?"
                                  r"(?:完成整改|整改(?:完毕|到位|完成))(?!\s*\d)"  # (figs23: not a part counted after it, "现场完成整改14条")
                                  # (kfg: "，均已当场整改", "，目前均已整改": all of them, no count after)
                                  r"|\s*[,，]\s*(?:目前|现)?\s*(?:均|全部)已(?:经)?(?:全部)?(?:当场|现场|立即)?(?:完成整改|整改(?:完毕|到位|完成)?)(?!\s*\d)")
# the grade of hazards (重大/较大/一般) and the next grade's count right after a graded count of them (kfg)
RE_HAZARD_GRADE = re.compile(r"(?:重大|较大|一般)[^。;；,，、\d]{0,4}隐患")
RE_NEXT_HAZARD_GRADE = re.compile(r"\s*[、和及,，]\s*(?:重大|较大|一般)[^。;；,，、\d]{0,4}隐患(?:问题)?\s*(\d+)\s*([处个项条])(?![余多])")
RE_CAMPAIGN_SINCE = re.compile(r"以来|累计|全年|今年|年初|年度|其中|截至|截止")
# os18: a holiday's round of checks, its own bounded period ("中秋及国庆前夕,某局累计检查客货运企业16家次,发现隐患8处"):
# its "累计" adds up that round's checks, not a campaign's running count
RE_HOLIDAY_ROUND = re.compile(r"^[^,，。;；]{0,12}?(?:前夕|节前|节日期间|假期期间|(?:春节|国庆|中秋|元旦|五一|端午|清明)(?:节|假期)?(?:前|期间))[,，]")
# some of the bodies checked, or one of them: "浙江省部分地方和企业…仍发现隐患55项"
RE_SOME_OF_THEM = re.compile(r"部分|个别|有的|一些")


# kfg: hazards said rectified, with no count of hazards found anywhere ("已检查电梯23台,整改隐患5处"): the done count alone
# (as snippets17's done-only counts; "督促整改隐患5处" is done, as after a found count, snippets16); not an order or a goal
# ("责令整改隐患5处", snippets20's "当场责令改正"; "要求限期整改隐患5处", "需整改隐患5处"), nor a campaign's running count
# ("今年以来…整改隐患…")
RE_HAZARDS_FIXED_ALONE = re.compile(r"(?:已|共|累计)?(?:完成)?整改(?:了)?(?:[^。;；,，、\d]{0,4}?)隐患(?:问题)?\s*(\d+)\s*([处个项条])(?![余多])")
RE_ORDER_BEFORE = re.compile(r"(?:责令|要求|限期|需要?|应|待|将|正在|拟|计划|确保|力争|下达|排查|立即)\s*$")


# zs18: problems said rectified, with no count of the problems found anywhere ("截至目前，共计18个问题已整改完成" — a
# lead whose status section opens on its count, snippets26 huaian, R72): the done count alone. Not a total with its done
# count after it ("48个问题已整改完成40个": read elsewhere), nor what is left ("剩余2个问题已…"), nor a part ("其中…").
RE_PROBLEMS_DONE_ALONE = re.compile(digits_first(r"(?<![第\d])(\d+)\s*[个项条](?:具体)?问题\s*(?:均|都)?已(?:经)?(?:全部)?"
                                    r"(?:整改完成|完成整改|整改到位|整改完毕)(?![^。;；,，]{0,6}?\d)"))


def _problems_done_alone(h: Headline, t: str) -> None:
    if "问题" not in t:
        return
    for m in RE_PROBLEMS_DONE_ALONE.finditer(t):
        before = t[max(0, m.start() - 8): m.start()]
        if RE_REMAINDER.search(before) or "其中" in before:
            continue
        h.problems_done = int(m.group(1))
        return


def _hazards_fixed_alone(h: Headline, t: str) -> None:
    if "隐患" not in t or re.search(r"(?:发现|查出|排查出|检查出)[^。;；\d]{0,12}隐患", t):
        return
    for m in RE_HAZARDS_FIXED_ALONE.finditer(t):
        begin = max(t.rfind(c, 0, m.start()) for c in "。;；\n") + 1
        if RE_ORDER_BEFORE.search(t[max(begin, m.start() - 6): m.start()]) or RE_CAMPAIGN_SINCE.search(t[begin: m.start()]):
            continue
        h.problems_done = int(m.group(1))
        return


def _hazards_found(h: Headline, t: str) -> None:
    """The hazards one check found, and those rectified on the spot, as its problems (settled: hazards found by the
    check are problems, snippets16/17)."""
    if "隐患" not in t:
        return
    found = []
    for m in RE_HAZARDS_FOUND.finditer(t):
        begin = max(t.rfind(c, 0, m.start()) for c in "。;；\n") + 1
        # (a part told in brackets before the hazards, "共检查场所19家(其中…16家)，发现隐患5处", is a part of the bodies)
        before = RE_INCLUDED_PART.sub("", t[begin:m.start()])
        since = RE_CAMPAIGN_SINCE.findall(before)
        if (since and not (since == ["累计"] and RE_HOLIDAY_ROUND.match(before.lstrip()))) or RE_SOME_OF_THEM.search(before):
            continue
        k = 1 if m.group(1) else 3
        if re.match(r"\s*\.\d|\s*万", t[m.end(k): m.end(k) + 3]):
            continue
        n, end = int(m.group(k)), m.end()
        # kfg: hazards found counted by grade, one grade after the other ("查出重大安全隐患31项、一般安全隐患226项"): the
        # grades add up to the hazards found (not a count of something else after it: "发现隐患31项、下达整改通知书12份")
        if k == 1 and RE_HAZARD_GRADE.search(m.group(0)):
            for mg in RE_NEXT_HAZARD_GRADE.finditer(t, end):
                if mg.start() != end or mg.group(2) != m.group(2):
                    break
                n, end = n + int(mg.group(1)), mg.end()
        found.append((n, m.group(k + 1), end))
    # counts by department or by place ("市质监局…发现隐患36处", "市安监局…发现隐患5786条"): no total of one check
    if not found or len({n for n, _, _ in found}) > 1:
        return
    n, unit, end = found[0]
    h.problems_total = n
    if not found[0][1]:
        return
    md = RE_HAZARDS_FIXED.match(t, end)
    if md and md.group(2) == unit and int(md.group(1)) <= h.problems_total:
        h.problems_done = int(md.group(1))
    elif RE_HAZARDS_ALL_FIXED.match(t, end):
        h.problems_done = n


# a done count told with what is left, the two adding up to the total read: "共计发现问题25处。…截至目前，已整改11处，
# 剩余14处正在整改中", "交办问题57个,截至10月10日整改问题28个,未整改问题29个"; the sum vouches that the done count is
# of the same problems
# (perf22: _DONE_AND_REST_AT was a NearAnchor tried only where 整改 starts or up to four characters before it — 已经完成整改; perf23: below)
_DONE_AND_REST_TAIL = (r"(?:完成|到位|完毕)?(?:问题)?\s*(\d+)\s*([处个项条件])\s*[,，、]\s*"
                       r"(?:剩余|其余|余下|尚有|仍有|还有|未整改|尚未整改|未完成整改?)(?:问题)?\s*(\d+)\s*\2")
RE_DONE_AND_REST = re.compile(r"(?<!未)(?<!尚未)(?:已经?)?(?:完成)?整改" + _DONE_AND_REST_TAIL)
# (perf23: the same pattern with its leading words spelt out — "(?:已经?)?(?:完成)?整改" in the order of its tries — and the
# look-behinds after their first character, rx.words_not_after: led by literals, no NearAnchor)
_DONE_AND_REST_AT = re.compile(words_not_after(("已经完成整改", "已经整改", "已完成整改", "已整改", "完成整改", "整改"), ("未", "尚未"))
                               + _DONE_AND_REST_TAIL)
# or cleared as a campaign against "四乱" says it ("…问题56024个，截至2019年8月，已完成清理整治54173个"): right after the
# total, in its counter
RE_CLEARED_AFTER = re.compile(r"\s*[,，]\s*(?:(?:截至|截止)[^,，。;；]{1,14}?[,，]\s*)?已(?:经)?完成(?:清理)?整治(?:问题)?\s*(\d+)\s*([个处项条])")


# or rectified at once, right after the total in its counter ("发现问题40个，立行立改25个，限期整改15个"): done on the spot,
# as "当场整改" (snippets19); not problems someone was pushed to act on in a clause of their own ("推动立行立改问题35个")
# (nor a class of them, "其中立行立改问题8个", whose own done count follows: test_real_genre_blind7)
# (kfg: or fixed on the spot, "查出问题18个，现场整改12个，限期整改6个", as hazards' "当场整改" is done, snippets19/20)
# (bw24: also said done, or pushed to be, before the words: "共发现问题53个，已督促当场整改11个", "…，已当场整改3个")
RE_FIXED_AT_ONCE_AFTER = re.compile(r"\s*[,，]\s*(?:已(?:经)?)?(?:督促)?(?:(?:当场|现场)?立行立改|(?:当场|现场)(?:督促)?(?:完成)?整改(?:到位|完毕)?)\s*(\d+)\s*([个处项条])(?![余多])")
# figs23: the found count's own noun right after its counter ("检查中共发现了31个问题,现场整改3条", "查出9处隐患，当场整改
# 6处"): the on-the-spot clause follows the noun, not the counter
RE_COUNTED_NOUN = re.compile(r"(?:具体|各类|安全)?(?:问题|隐患)")


# kfg: the hazards or problems found, named again as such and said all rectified, after other clauses ("检查出隐患25处,
# 下发整改通知书12份,发现的隐患已整改完毕", "…,所有隐患均已整改到位"): done = found. Not a goal ("确保发现的隐患全部整改
# 到位": no 已), nor a count of its own ("发现的隐患已整改3处")
# (figs23: or named by a demonstrative, the next sentence on: "…发现突出问题4个…。回访发现,这些问题目前均已整改到位")
RE_FOUND_ONES_ALL_DONE = re.compile(r"(?:(?:发现|查出|排查出?|检查出|查找出?)的|所有|上述|以上|这些)(?:各类|安全)?(?:隐患|问题)(?:问题|隐患)?\s*"
                                    r"(?:目前|现在|现|如今|截至目前)?\s*[,，]?\s*(?:均|都|全部)?已(?:经)?(?:全部)?(?:完成)?整改(?:完毕|到位|完成)?(?![^。;；,，\d]{0,4}\d)")


def _found_ones_all_done(h: Headline, t: str) -> None:
    """The total's sentence or the next one says the ones found are all rectified, with no other count of problems or
    hazards between: all of them are done."""
    if "已" not in t:
        return
    m = re.search(number_not_after(h.problems_total) + r"\s*[个处项条]", t)  # (perf23: rf"(?<![\d.]){total}…", led by the number)
    if m is None:
        return
    rest = "".join(_AFTER_STOP_OR_BREAK.split(t[m.end():])[:2])
    md = RE_FOUND_ONES_ALL_DONE.search(rest)
    if md and not re.search(r"\d+\s*[个处项条]", rest[: md.start()]):
        h.problems_done = h.problems_total


# kfg: the done part right after the total, told with how it was done: "…问题95处,,其中71处已及时协调相关部门完成清理整改"
# (not a demand: "其中71处已要求限期完成整改")
RE_PART_DONE_HOW = re.compile(r"[,，\s]*其中\s*(\d+)\s*([个处项条])\s*已(?:经)?(?:(?!要求|责令|限期|确保|力争|计划)[^,，。;；\d]){0,14}?完成(?:清理)?整改")


def _done_with_rest(h: Headline, t: str) -> None:
    total = h.problems_total
    for m in _DONE_AND_REST_AT.finditer(t):
        if int(m.group(1)) + int(m.group(3)) == total:
            h.problems_done = int(m.group(1))
            return
    for m in re.finditer(number_not_after(total) + r"\s*([个处项条])", t):  # (perf23: rf"(?<![\d.]){total}…", led by the number)
        md = RE_CLEARED_AFTER.match(t, m.end()) or RE_FIXED_AT_ONCE_AFTER.match(t, m.end()) or RE_PART_DONE_HOW.match(t, m.end())
        if md and md.group(2) == m.group(1) and int(md.group(1)) <= total:
            h.problems_done = int(md.group(1))
            return
        # figs23: fixed on the spot right after the count and its noun, the fixes counted in another of the counters of
        # findings ("发现了31个问题,现场整改3条": a writer's 个 then 条 for the same findings; a clause of fixes on the spot
        # right after them is their done part, C16). Not a count of something else ("现场整改3家", "下达整改通知38份").
        noun = RE_COUNTED_NOUN.match(t, m.end())
        md = RE_FIXED_AT_ONCE_AFTER.match(t, noun.end() if noun else m.end())
        if md and (noun or md.group(2) != m.group(1)) and int(md.group(1)) <= total:
            h.problems_done = int(md.group(1))
            return


# cs20: a tally chain right after the total, its done count said bare ("反馈问题306个,整改279个,整改率达91.18%") or with
# its counter dropped ("发现问题39处,已整改39,延期整改0处"): read as the done count only when the chain itself confirms
# it — the rate stated next is that count over the total (to the rate's printed decimals), or the part left next adds
# up with it to the total. Without that ("发现问题12个,整改措施8条", "反馈问题30个,整改5个方面") nothing is read: a bare
# 整改 may be an order or count something else.
RE_TALLY_DONE_AFTER = re.compile(r"\s*[,，、]\s*(?:已经?)?(?:完成)?整改(?:完成|到位)?\s*(\d+)\s*([处个项条件])?(?![\d.%％])")
RE_TALLY_RATE_NEXT = re.compile(r"\s*[,，]\s*(?:整改(?:完成)?率|完成率|销号率)\s*(?:为|达到?)?\s*(\d+(?:\.(\d+))?)\s*[%％]")
RE_TALLY_REST_NEXT = re.compile(r"\s*[,，、]\s*(?:延期整改|正在整改|未整改|尚未整改|整改中|剩余|其余|限期整改|持续整改|未完成(?:整改)?)"
                                r"(?:问题)?\s*(\d+)\s*([处个项条件])")


def _tally_done_confirmed(h: Headline, t: str) -> None:
    total = h.problems_total
    if "整改" not in t:
        return
    for m in re.finditer(number_not_after(total) + r"\s*([个处项条件])", t):  # (perf23: rf"(?<![\d.]){total}…", led by the number)
        md = RE_TALLY_DONE_AFTER.match(t, m.end())
        if md is None or (md.group(2) and md.group(2) != m.group(1)):
            continue
        done = int(md.group(1))
        if done > total:
            continue
        rate = RE_TALLY_RATE_NEXT.match(t, md.end())
        rest = RE_TALLY_REST_NEXT.match(t, md.end())
        if rate:
            places = len(rate.group(2) or "")
            ok = abs(done * 100 / total - float(rate.group(1))) <= 0.5 * 10 ** -places + 1e-9
        else:
            ok = rest is not None and rest.group(2) == m.group(1) and done + int(rest.group(1)) == total
        if ok:
            h.problems_done = done
            return
