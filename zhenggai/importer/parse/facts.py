"""Document facts: title, issuer, kind, report date (the inspection is in inspection.py, the headline figures in headline.py)."""
from __future__ import annotations

import datetime as dt
import re

from .dates import _month_day, arabic_dates, find_dates, iso, make_date, parse_date_text, roc_years
from .normalize import RE_DATE_LINE, RE_META_DATE
from .numbering import per_parse
from .rx import NearAnchor, Needles, end_literals, ends_with_any

RE_TITLE_END = re.compile(
    r"(?:通报|方案|报告|情况|公告|公示|说明|清单|台账|总结|的函|请示|通知|汇报|计划|工作安排|实施意见|(?:一览|情况|进展|进度|明细|分解|汇总|销号|清单|台账|对照|落实)表|工作简报|问题和(?:相应)?对策|问题及(?:其)?对策|简报|综述"
    # (a speech at a feedback meeting and a feedback's own title: "在…巡察情况反馈会议上的讲话", "市委第一巡察组向…党委反馈意见"
    # — blind28 school, xiangtan)
    # (spelt out: end_literals reads literal branches only)
    r"|会议上的讲话|大会上的讲话|反馈意见|反馈巡察意见|反馈巡视意见"
    # (bw24: results made public, "…专项整治工作成果公布", "…检查结果公布", "…整改情况公布")
    r"|成果公布|结果公布|情况公布"
    # res19: the problems or a self-check report with their countermeasures ("银行自查报告及整改措施")
    r"|报告及整改措施|问题及整改措施)$"
)
RE_FILE_SUFFIX = re.compile(r"\.(?:docx?|wps|pdf|txt|html?|xlsx?)$", re.I)


# the empty cells a web table's copy leaves after a title in its first row: "关于…销号的公示 | ||||||||||"
RE_TRAILING_CELLS = re.compile(r"(?<=[^\s|｜])\s*[|｜](?:\s*[|｜])*\s*$")


# A title is the document's own name, not the page's labels around it: a column tag before it ("【通报】关于…",
# "【反馈】…") or a series number run in before it ("某局审计结果公告2021年第3号(总第69号)——关于…的报告") is not part of it.
RE_COLUMN_TAG = re.compile(r"^\s*【[^】]{1,6}】\s*")
RE_SERIES_NUMBER_LEAD = re.compile(r"^.{2,60}?第\s*\d{1,4}\s*号\s*(?:[(（][^)）]{0,12}[)）])?\s*(?:——|—|--|－－)\s*(?=关于)")


# figs23: a 范文 or document site's card index before the document's heading, "第一篇:某矿隐患整改方案" (R35: the card
# heading is the title, without its place in the page's list)
RE_CARD_INDEX = re.compile(r"^\s*第\s*[一二三四五六七八九十\d]{1,3}\s*篇\s*[:：]\s*(?=\S)")


def clean_title(text: str) -> str:
    t = RE_SERIES_NUMBER_LEAD.sub("", RE_COLUMN_TAG.sub("", RE_CARD_INDEX.sub("", text.strip())))
    if t.endswith(("|", "｜")):
        cut = RE_TRAILING_CELLS.sub("", t)
        if not re.search(r"[|｜]", cut):  # (a row of several cells, "文件名称|…的通报|", is no title)
            t = cut
    if t.startswith("原标题"):  # (cases23: the credit "原标题：…" names the title after its label)
        t = re.sub(r"^原标题\s*[:：|｜]\s*", "", t)
    t = RE_FILE_SUFFIX.sub("", t)
    if t.endswith("页"):
        t = RE_PAGE_CAPTION.sub("", t)
    t = t.strip("《》 ")
    return t


# res19: a document-sharing site's page caption, the document's name and its page ("银行自查报告及整改措施_第1页")
RE_PAGE_CAPTION = re.compile(r"_第\d{1,3}页$")


# a version or scope note after a title: "…整改方案（公开版）", "…的通报（摘要）"; or its date: "…工作简报(2018年11月28日)";
# or its place in a series: "…公示(第三十一批)"
RE_TITLE_QUALIFIER = re.compile(r"\s*[(（](?:公开版|公开稿|全文|摘要|简版|修订稿|修订版|征求意见稿|送审稿|试行|暂行"
                                r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                                # a batch or issue of a series: "…查处整改公示(第三十一批)", "…工作简报（第5期）"
                                r"|第[一二三四五六七八九十百零〇\d]{1,6}[批期]"
                                # env24: the batch with its date or its place, "(第八批 2025年8月24日)", "(第二十八批·沂源县)"
                                # (R171), or a bare ordinal of the series, "…核实查处情况通报(二)"
                                r"(?:\s*[·・]?\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[\u4e00-\u9fff]{2,8}))?"
                                r"|[一二三四五六七八九十]{1,3})[)）]$")

# (both are read at a title's end only, "…$": a title ending on none of RE_TITLE_END's words, or not on a bracket, is
# not searched at every offset — RE_TITLE_END's words are listed from the pattern itself)
_TITLE_ENDINGS = end_literals(RE_TITLE_END)


def _title_end(t: str) -> bool:
    if _TITLE_ENDINGS is not None and not ends_with_any(t, _TITLE_ENDINGS):
        return False
    return bool(RE_TITLE_END.search(t))


# s24 C35 (lead, R35): a batch or issue number printed after a title is the series' place, not the document's name:
# "…公示(第三十一批)", "…一览表 (第二十五批 2024年6月3日)", "…(第二十八批·沂源县)", "…通报(十)", "…简报（第十二期）",
# "…通报(2024003期)", "…通报(2023年第2期)", "…(第201704期)" — dropped from the title (its date is still read first, R174).
# Not a version or scope note ("(公开版)", "(含案例)"), a date alone ("(2018年11月28日)"), nor a named part ("(第三责任区 …)");
# after the batch only its date or its place (env24's form), not a sentence ("(第三批 请各单位对照检查整改)").
_CN_NUM = r"[一二三四五六七八九十百零〇]"
RE_SERIES_NUMBER_TAIL = re.compile(
    r"\s*[(（]\s*(?:第\s*(?:\d{1,6}|" + _CN_NUM + r"{1,6})\s*批(?:\s*[·・]?\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[\u4e00-\u9fff]{2,8}))?"
    r"|(?:(?:19|20)\d{2}\s*年\s*)?第?\s*(?:\d{1,7}|" + _CN_NUM + r"{1,6})\s*期(?:\s*[(（]?总第?\s*\d+\s*期[)）]?)?"
    r"|" + _CN_NUM + r"{1,4})\s*[)）]\s*$")


def without_series_number(title: str | None) -> str | None:
    """The title without a batch or issue number after it (C35): None and titles not ending on a bracket unchanged."""
    if not title or not title.rstrip().endswith((")", "）")):
        return title
    cut = RE_SERIES_NUMBER_TAIL.sub("", title).rstrip()
    return cut if len(cut) >= 4 else title


def _without_qualifier(t: str) -> str:
    if not ends_with_any(t, (")", "）")):
        return t  # (its every match ends on a bracket)
    # (bw24: a series number too, "…通报(十)", "…简报(2023年第2期)", "…公示(第八批 2025年8月24日)": C35's forms)
    return RE_SERIES_NUMBER_TAIL.sub("", RE_TITLE_QUALIFIER.sub("", t))


# figs23, cases23: a repost's note of the item's original heading, "原标题：…" (on its own line, usually last; "（原标题：…）"
# in brackets, "原标题|…" after a bar): when that heading names a document (a 通报, a report, an announcement, a plan), it
# is the document's own heading (R35, R145); a news headline there ("国家电网9轮巡视…守护民生用电底线") is not (R34)
RE_ORIGINAL_TITLE = re.compile(r"^\s*[(（]?\s*原标题\s*[:：|｜]\s*(\S.*?)\s*[)）]?\s*$")
RE_NAMES_A_DOCUMENT = re.compile(r"(?:通报|报告|公告|公示|整改方案|情况说明)$")


# figs23: a notice transmitting its attachment by name ("附件：周督导问题清单", "附件:某市…整改任务清单"): when the attachment
# names a rectification document (a list, a plan, a report), it is the title of a notice with no title line, or of one
# whose title line only says the document was made public ("某市公开…整改任务清单": the portal's headline over it, R36)
RE_ATTACHMENT_NAME = re.compile(r"^\s*附件\s*(?:\d{1,2}|[一二三四五六七八九十])?\s*[:：.．、]?\s*(?:\d{1,2}\s*[.．、]\s*)?(.+?)\s*$")
RE_RECTIFICATION_DOCUMENT = re.compile(r"(?:整改|督导|督查|督察|巡察|巡视|审计)[^。，,；;]{0,20}?(?:问题清单|任务清单|整改清单|台账|方案|报告)$")
RE_MADE_PUBLIC_HEADLINE = re.compile(r"^[^，,。]{0,20}?(?:公开|公布|发布|印发)(?:了)?")


def attachment_title(lines: list[str], title: str | None) -> str | None:
    names = []
    for text in lines:
        if "附件" not in text:
            continue
        m = RE_ATTACHMENT_NAME.match(text)
        if m:
            name = clean_title(re.sub(r"\.(?:jpg|jpeg|png|pdf|docx?|xlsx?)$", "", m.group(1), flags=re.I))
            if RE_RECTIFICATION_DOCUMENT.search(name) and title_like(name):
                names.append(name)
    if len(set(names)) != 1:
        return None  # (none, or several attachments: no one of them is the document)
    if title is None or (RE_MADE_PUBLIC_HEADLINE.match(title) and title[-2:] == names[0][-2:]):
        return names[0]
    return None


def original_title(paras: list[tuple[int, str]], is_chrome=None) -> tuple[str | None, list[int]]:
    """The heading a "原标题：…" line names, when it names a document, and the line's position (the title finder passes
    a text's last lines, the parse every line when no title was found)."""
    for pos, text in paras:
        if "原标题" not in text:
            continue
        m = RE_ORIGINAL_TITLE.match(text)
        if m:
            name = clean_title(m.group(1).strip("《》"))
            if RE_NAMES_A_DOCUMENT.search(name) and title_like(name) and not (is_chrome and is_chrome(name)):
                return name, [pos]
    return None, []


@per_parse
def title_like(text: str) -> bool:
    t = clean_title(text)
    # not a table's heading row run together ("序号反馈问题整改措施…完成情况")
    # (not a breadcrumb ">政府信息公开>…>文件通知", nor a byline or subtitle "——某县政府督查室关于…的汇报")
    # (not the bare heading "存在问题及整改措施": a section's, no document's name)
    return (6 <= len(t) <= 90 and _title_end(_without_qualifier(t)) and "。" not in t
            and not re.fullmatch(r"(?:存在)?(?:的)?(?:主要)?问题及整改措施", t)
            and not re.search(r"[:：>＞]", t) and not t.startswith(("序号", "编号", "—", "-", "－"))
            # (robust25: nor a news item's dateline lead cut at a page's width, "某某新闻网讯 近日,记者走访…小区公告", nor a
            # lead's first words the width cut after the document it cites, "根据《…专项行动方案》" / "(陕环执法函…)及…")
            and not ("讯" in t[:16] and RE_NEWS_LEAD.match(t))
            and not (t.startswith(("根据《", "按照《", "依据《")) and text.strip().endswith("》") and t.count("《") == 1))


def find_title(paras: list[tuple[int, str]], is_chrome, full_lines: set[int] | frozenset = frozenset()) -> tuple[str | None, list[int]]:
    """The title and the positions of the lines it was built from.

    Looks only at the head of the document, before the first real sentence; a
    title split over several short lines is put back together. In a text wrapped
    at a page's width, a line that fills the width and holds a comma or a stop is
    the first sentence already, however short the page's lines are.
    """
    listed = _listed_company_title(paras[:15])
    if listed is not None:
        return listed
    head: list[tuple[int, str]] = []
    for pos, text in paras:
        if _is_body_sentence(text) or (pos in full_lines and ("," in text or "。" in text)):
            break
        head.append((pos, text))
    for i, (pos, text) in enumerate(head):
        used = [pos]
        j = i - 1
        # a long title wrapped at a page's width leaves its last words alone on a line ("…整改进展" | "情况的通报"):
        # the tail is read with the line above it
        if (not title_like(text) and 2 <= len(text) < 6 and i and _title_part(text) and _title_part(head[i - 1][1])
                and not is_chrome(head[i - 1][1]) and title_like(head[i - 1][1] + text)):
            text = head[i - 1][1] + text
            used, j = [head[i - 1][0], pos], i - 2
        if is_chrome(text) or not title_like(text) or RE_SECTION_NUMBER.match(text):  # "三、整改完成情况" is a section
            continue
        title = clean_title(text)
        while j >= 0 and _title_part(head[j][1]) and not is_chrome(head[j][1]):
            prev = clean_title(head[j][1])
            if "关于" not in title and "关于" in prev:
                pass
            elif title.startswith("关于") and RE_ORG.match(prev) and RE_ORG.match(prev).group(1) == prev:
                pass
            else:
                break
            title = prev + title
            used.insert(0, head[j][0])
            j -= 1
        # a portal's page-title line, the site and its section run before the title ("某市人民政府门户网站 某市某局 政务公告
        # 中共某市某局党组关于…的通报"), with the title on a line of its own below it: the title is that line (not where
        # what stands before it is a body's name, "中共某局党组" printed over "关于…的通报")
        for later_pos, later in head[i + 1: i + 6]:
            lt = clean_title(later)
            if 8 <= len(lt) < len(title) and title.endswith(lt) and title_like(later) and not is_chrome(later):
                prefix = title[: -len(lt)]
                mo = RE_ORG.match(prefix)
                if not (mo and mo.group(1) == prefix) and not re.search(r"关于", prefix):
                    return lt, [later_pos]
        return title, used
    title, used = _reposted_title(paras[:6], is_chrome)
    # cases23: a news copy with no title line that closes by crediting the document it copies, "原标题：…典型案例集中通报"
    return (title, used) if title else original_title(paras[-8:], is_chrome)


# rs20: a news item reposting a document whole ("8月14日，某局发布关于…的公示。" / "全文如下：" / "关于…的公示" / its text):
# with no title line at its head, the line after the lead's "全文如下：" / "原文如下：" is the document's own title (R35)
RE_REPOST_LEAD = re.compile(r"(?:全文|原文)(?:内容)?如下\s*[:：]?\s*$")


def _reposted_title(paras: list[tuple[int, str]], is_chrome) -> tuple[str | None, list[int]]:
    for k, (_pos, text) in enumerate(paras[:-1]):
        if "如下" in text and RE_REPOST_LEAD.search(text):
            pos, later = paras[k + 1]
            if title_like(later) and not is_chrome(later) and not RE_SECTION_NUMBER.match(later):
                return clean_title(later), [pos]
            break
    return None, []


# a listed company's announcement header, its title after the number: "证券代码:601678 股票简称:某某股份 公告编号:临2012-009
# 某某股份有限公司关于" (the title may go on in the next line: "…检查相关问题的整改报告")
RE_STOCK_HEADER = re.compile(r"(?:证券|股票)代码\s*[:：]\s*\d{6}.{0,40}?公告编号\s*[:：]\s*[^\s\u4e00-\u9fff]*[\u4e00-\u9fff]?\d{4}[-－]\d{2,4}\s*(\S.*)?$")
RE_ANNOUNCEMENT_END = re.compile(r"(?:报告|公告|通知|说明|情况|通报|决定|意见|方案|函)$")


def _listed_company_title(paras: list[tuple[int, str]]) -> tuple[str, list[int]] | None:
    """The title a listed company's announcement gives after its header, joined with the next line when it does not
    end there ("…有限公司关于" | "山东监管局现场检查相关问题的整改报告")."""
    for k, (pos, text) in enumerate(paras):
        m = RE_STOCK_HEADER.search(text)
        if m is None:
            continue
        title, used = (m.group(1) or "").strip(), [pos]
        if not RE_ANNOUNCEMENT_END.search(title) and k + 1 < len(paras) and _title_part(paras[k + 1][1]):
            title, used = title + paras[k + 1][1].strip(), [pos, paras[k + 1][0]]
        return (clean_title(title), used) if RE_ANNOUNCEMENT_END.search(title) and len(title) >= 8 else None
    return None


# (also an item numbered in figures: "1.第三轮督察完成情况" is a list's item, not the document's name)
RE_SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\s*[.．、](?!\d))")


def _title_part(text: str) -> bool:
    return 2 <= len(text) <= 40 and not re.search(r"[。,，:：;；!！?？>@]", text) and not RE_DATE_LINE.match(text)


def _is_body_sentence(text: str) -> bool:
    return len(text) >= 40 and ("。" in text or "," in text) and not title_like(text) or _wrapped_body_line(text)


# expo25: a line of a paragraph wrapped at a page's width (a PDF viewer's copy, 30-40 columns) is shorter than a body
# sentence is told by, yet it is body text when a sentence ends inside it and the next goes on ("…现象。经统计,截至7月11日,"),
# or when it stops on a comma: no title holds a full stop before its end, none ends on a comma
RE_WRAPPED_BODY_LINE = re.compile(r"。(?=[^”’」』)）\s])|[,，]$")


# robust25: nor a news item's dateline lead, "文成新闻网讯 近日,记者走访…", "本报讯(记者 某某)…", "某某日报讯 …" (its
# first line cut at a page's width: no stop nor a closing comma in it, yet the article's first words, never its title)
RE_NEWS_LEAD = re.compile(r"^[\u4e00-\u9fff]{0,12}?(?:网|报|台|社|新闻)讯(?:\s|[(（:：,，]|近日|日前|\d|[一二三四五六七八九十]+月)")


def _wrapped_body_line(text: str) -> bool:
    t = text.strip()
    return len(t) >= 20 and (bool(RE_WRAPPED_BODY_LINE.search(t)) or ("讯" in t[:16] and bool(RE_NEWS_LEAD.match(t))))


def kind_of(title: str | None, text: str) -> str:
    # a plan, unless the title reports on it: "关于…整改方案落实情况的报告" is a bulletin
    # (problems with their countermeasures are a plan too: "关于基层党组织存在的问题和相应对策")
    # (a list of the problems found, "…自查问题清单", says what is wrong, not what will be done: not by its name a plan;
    # a list of the progress made reports it: "…反馈意见整改进展清单", "…整改完成情况清单")
    # (figs23: not a reply that says it answers and that the faults are put right, under a card heading naming a plan:
    # "所有隐患都已整改到位,现回复如下" — a report of rectification done, R27)
    if title and re.search(r"(?:方案|(?<!问题)清单|任务分解|对策)(?!.*(?:情况|进展|通报|报告|公告|公示|汇报|总结))", title) \
            and not re.search(r"(?:进展|进度|完成情况|落实情况)(?:清单|台账)", title) \
            and not (RE_REPLY_SELF.search(text[:3000]) and RE_DONE_SAID.search(text)):
        return "plan"
    # what will be done by its other names ("…整改工作计划", "…整改工作安排", "…整改实施意见", "…整改台账"), in a title
    # that reports nothing ("…2015年工作总结和2016年工作安排" reports)
    if title and re.search(r"台账|计划|工作安排|实施意见", title) and not re.search(r"情况|进展|通报|报告|公告|公示|汇报|总结", title):
        return "plan"
    # what a check proposes be put right, not what was done: a report of the problems found "及建议" ("现将具体情况及建议
    # 报告如下": a 报告 in form, its content proposals), or the problems listed under a heading "整改建议：" — a plan, as
    # an article proposing measures is; not where the text says a problem was put right
    suggests = RE_SUGGESTIONS_SELF.search(text[:3000]) or (
        not (title and re.search(r"通报|报告|情况|公告|公示|汇报|总结", title)) and RE_SUGGESTIONS_HEADING.search(text[:3000]))
    if suggests and not RE_DONE_SAID.search(text):
        return "plan"
    # res19: a title whose last words name the countermeasures ("银行自查报告及整改措施", "…存在的问题及整改措施"): the
    # problems and what is to be done about them — a plan (R28), unless the text reports what it did ("现将…自查整改情况
    # 报告如下", "已完成整改")
    if title and re.search(r"(?:及|和|与)(?:相应的?)?整改措施$", title) and not RE_REPORT_SELF.search(text[:3000]) \
            and not RE_DONE_SAID.search(text):
        return "plan"
    if title and re.search(r"通报|报告|情况|公告|公示|汇报|总结", title):
        return "bulletin"
    if len(re.findall(r"整改目标\s*[:：]", text)) >= 2 and not re.search(r"已整改完成|已完成整改", text):
        return "plan"
    # "…，特制定本整改方案。": a plan says what it is (a report that says so too is a report: "…现将整改进展情况通报如下")
    # (so does an article that says it will propose what should be done: "本文将…提出相应的整改措施", "…阐述相应的整改
    # 方向"; not one that says it will tell what was done: "本文将从…整改成效…等方面进行剖析")
    if not title and (RE_PLAN_SELF.search(text[:3000]) or RE_PROPOSAL_SELF.search(text[:3000])) \
            and not RE_REPORT_SELF.search(text[:3000]):
        return "plan"
    # a covering notice handing out the plan it names ("《…整改方案》已经党委会审议通过，现印发给你们"): the plan follows it
    if not title and RE_PLAN_HANDED_OUT.search(text[:1500]):
        return "plan"
    # a notice that a plan is now public ("…制定了《…整改任务清单》。整改任务清单包括43项整改任务…。现向社会进行公开"):
    # it announces the plan, and says nothing is done yet
    if not title and RE_PLAN_MADE_PUBLIC.search(text[:3000]) and not RE_DONE_SAID.search(text):
        return "plan"
    return "bulletin"


# a plan naming itself in its preamble: "特制定本整改方案", "结合我市实际，制定本方案", "现制定整改方案如下"
# (by any of its names — 方案, 计划, 清单 — and any way of pointing at itself: 本, 如下, 以下, 特/现 制定, 现将…公布如下;
# not "研究制定了整改方案": a past act a report tells of)
RE_PLAN_SELF = re.compile(r"(?:(?:特|现|为此|据此)制定|制定(?=本|如下|以下))(?:本|如下|以下)?的?(?:整改|实施|工作|整改措施)?(?:工作|实施)?(?:方案|计划|清单)"
                          r"|制定(?:整改|实施|工作)?(?:工作)?(?:方案|计划)如下"
                          r"|现将[^。；;]{0,20}?(?:方案|计划)(?:予以)?(?:公布|印发|公示)(?:如下)?")
RE_PLAN_SELF = Needles(RE_PLAN_SELF)  # (tried only in a text holding a literal every match reads)
# an article announcing the measures it proposes: "本文将…提出切实可行的整改路径", "本文将从背景、存在问题、整改措施…等方面分析"
RE_PROPOSAL_SELF = re.compile(r"本文(?:将|拟)[^。]{0,80}?(?:整改(?:路径|措施|方向|思路|对策|建议)|(?:对策|改进)建议|应对(?:措施|策略)|对策)")
# a covering notice handing out a plan by name: "现将《…实施方案》印发给你们", "《…整改方案》已经…审议通过，现印发给你们"
RE_PLAN_HANDED_OUT = re.compile(r"《[^》]{2,80}?(?:方案|计划)》[^。《》]{0,30}?印发给你们")
# the plan named in the sentence right before the notice says it is public: "…清单包括…。现向社会进行公开"
RE_PLAN_MADE_PUBLIC = re.compile(r"(?:方案|清单)[^。]{0,120}。\s*现(?:向社会)?(?:进行|予以)?(?:公开|公布|公示)")
# a report of problems found and what it suggests: "现将具体情况及建议报告如下" (not "…整改落实情况报告如下")
RE_SUGGESTIONS_SELF = re.compile(r"现将[^。；;]{0,20}?(?:情况|问题)(?:及|和|与)(?:整改)?建议[^。；;]{0,6}?(?:报告|汇报|反馈)如下")
# a line that is only the heading "整改建议" over the items that follow
# (figs23: by any name of proposals, "建议解决方案：", "对策建议", "改进建议", "解决对策")
RE_SUGGESTIONS_HEADING = re.compile(r"(?:^|\n)\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?\s*"
                                    r"(?:(?:整改|改进|对策|优化)建议|建议(?:的)?(?:解决|整改|改进|应对)(?:方案|措施|对策|办法)|(?:解决|应对)(?:对策|建议))"
                                    r"\s*[:：]?\s*(?:\n|$)")
RE_SUGGESTIONS_HEADING = Needles(RE_SUGGESTIONS_HEADING)  # (tried only in a text holding a literal every match reads)
# a text saying a problem was put right ("已整改到位", "已完成整改"): a report, not a list of suggestions
RE_DONE_SAID = re.compile(r"已(?:经)?(?:整改到位|完成整改|整改完成|整改完毕|全部整改|销号)")
# a reply that says what it is: "现回复如下", "现将整改情况答复如下", "特此回复"
RE_REPLY_SELF = re.compile(r"现(?:将[^。；;]{0,30}?)?(?:回复|答复|函复)如下|特此(?:回复|答复|函复)")
# a report that says what it is: "现将整改进展情况通报如下", "现将有关情况报告如下"
RE_REPORT_SELF = re.compile(r"现将[^。；;]{0,30}?(?:情况|进展|成效)[^。；;]{0,6}?(?:通报|报告|汇报|说明|公布|公示)如下")


RE_ORG = re.compile(
    r"^(.{2,40}?(?:党组|党委|党工委|委员会|人民政府|政府|办公室|办公厅|管理局|局|厅|委|院|部|中心|公司|集团|大学|学院|学校|银行|协会|站|所|署))"
    r"(?=贯彻|落实|关于|巡察|巡视|审计|整改|对|$)"
)
# the body whose round of inspections a ledger's title names: "中国某某集团有限公司党委第三轮巡察反馈问题整改台账"
RE_ROUND_ORG = re.compile(
    r"^(.{2,40}?(?:党组|党委|党工委|委员会|[省市州县区旗]委|公司|集团|大学|学院|银行))(?=第[一二三四五六七八九十\d]{1,3}(?:轮|批)巡[察视])")


def round_owner(title: str | None) -> str | None:
    """The body before "第N轮巡察" in a title (a ledger's keeper: a report titled "某区委第二轮巡察整改进展情况" is
    signed by its inspection office, so this is for ledgers, which carry no signature)."""
    m = RE_ROUND_ORG.match(title or "")
    return m.group(1) if m else None
RE_PLACE = re.compile(r"^(.{2,12}?(?:省|自治区|市|州|盟|县|区|旗))(?=贯彻|落实|关于|巡察|巡视|审计|整改|对)")


# a name a copying site cut out ("(略)林业和草原局": a tender site's copy for non-members) names no one (a template's
# placeholder names, "XX市XX镇", "××社区", stand for the name and stay)
RE_MASKED_NAME = re.compile(r"[(（]略[)）]")


def unmasked(name: str | None) -> str | None:
    return None if name and RE_MASKED_NAME.search(name) else name


def issuer_from_title(title: str | None) -> str | None:
    # a title that opens with 关于 names its subject, not its issuer ("关于省委巡视反馈意见…的公示")
    if not title or title.startswith("关于"):
        return None
    if title.startswith("在") and title.endswith("讲话"):
        return None  # "在…巡察情况反馈会议上的讲话": a speech names the meeting it was given at, not who issues it
    if "关于" in title:
        # (the body that issues another's text: "上海市人民政府印发《关于…的实施意见》的通知")
        prefix = re.sub(r"(?:印发|转发|批转)?《.*$", "", title.split("关于", 1)[0]).strip()
        if len(prefix) >= 2:
            return prefix
    m = RE_ORG.match(title) or RE_PLACE.match(title)
    return m.group(1) if m else None


# the signing body and its date on one line: "中共某县某局党组 2023年10月20日"
RE_SIGNED_ON_ONE_LINE = re.compile(
    r"^(?P<org>[^\s，,。；;:：\d]{2,40}?)[\s\u3000]*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$")


RE_SIGNATURE_LOST_UNITS = re.compile(r"(?<!\d)((?:19|20)\d{2})年(\d{3,4})\s*$")
RE_SIGNATURE_LOST_UNITS = NearAnchor(RE_SIGNATURE_LOST_UNITS.pattern, "19|20", 0)  # (perf22: tried at a year's first digits only)


def _signature_lost_units(text: str) -> str:
    m = RE_SIGNATURE_LOST_UNITS.search(text) if "年" in text else None
    if m is None:
        return text
    md = _month_day(m.group(2))
    return text[: m.start()] + f"{m.group(1)}年{md[0]}月{md[1]}日" if md else text


def signature(closing: list[tuple[int, str]]) -> tuple[str | None, str | None]:
    """(signing body, date) from the last lines."""
    org, date = None, None
    closing = [(pos, roc_years(text)) for pos, text in closing]  # "民國112年12月1日" under the signing body
    # a signature whose date lost its 月 and 日 at the line's end ("闻喜县人民政府 2019年1222"): the digits after a whole
    # year are a month and a day when they split one way only (not a year alone, not "2019年12" nor "2019年111")
    closing = [(pos, _signature_lost_units(text)) for pos, text in closing]
    for k in range(len(closing) - 1, -1, -1):
        text = closing[k][1]
        one = RE_SIGNED_ON_ONE_LINE.match(text.strip())
        if one and RE_SIGNER.search(one.group("org")):
            return one.group("org"), iso(parse_date_text(one.group("date")))
        # the signing body and its date run on after the last sentence, where a web page, an HTML export or a PDF's
        # wrap lost the breaks between them: "…的大力支持！特此公告。省委第六巡视组2018年5月5日"
        tail = _after_last_sentence(text) if k == len(closing) - 1 and date is None else ""
        one = RE_SIGNED_ON_ONE_LINE.match(tail) if tail and tail != text.strip() else None
        if one and _title_part(one.group("org")):
            return one.group("org"), iso(parse_date_text(one.group("date")))
        # the imprint at a red-header document's foot: "中共某市委办公室　某市人民政府办公室 / 2022年8月30日印发" (the
        # offices that print it are not its issuer)
        if date is None and k >= len(closing) - 2 and RE_PRINTED_ON.match(text.strip()):
            return None, iso(parse_date_text(text))
        if date is None and RE_DATE_LINE.match(text):
            date = iso(parse_date_text(text))
            if k > 0 and _title_part(closing[k - 1][1]) and not RE_DATE_LINE.match(closing[k - 1][1]):
                org = closing[k - 1][1]
            break
        # os18: a date under the signing body that lost 年, 月 and 日 alike ("迎泽区文化局 / 201685"): a whole year, then
        # digits that split into a month and a day one way only (not "2016111": 1-11 or 11-1)
        dd = RE_DIGITS_ONLY_DATE_LINE.match(text.strip()) if date is None and k > 0 else None
        md = _month_day(dd.group(2)) if dd else None
        above = _after_last_sentence(closing[k - 1][1]) if md else ""
        if md and above and _title_part(above) and RE_SIGNER.search(above):
            d = make_date(int(dd.group(1)), md[0], md[1])
            if d is not None:
                return above, iso(d)
        # a date written in figures under the signing body: "中共某县水利局党组 / 2023.9.1" (or 2023-09-01)
        nd = RE_NUMERIC_DATE_LINE.match(text.strip())
        above = _after_last_sentence(closing[k - 1][1]) if nd and k > 0 else ""
        if date is None and nd and above and _title_part(above) and (RE_SIGNER.search(above) or _RE_SCHOOL_SIGNER.search(above)):
            d = make_date(int(nd.group(1)), int(nd.group(2)), int(nd.group(3)))
            if d is not None:
                return above, iso(d)
    # the signing body and a date in figures on one last line: "商州区某某中学 2018.06.15", "某县水利局2023-9-1"
    # (also run on after the last sentence of a copy that lost its line breaks: "…的验收。商州区某某中学 2018.06.15")
    if date is None and closing:
        mr = RE_SIGNED_NUMERIC_ONE_LINE.match(_after_last_sentence(closing[-1][1]))
        if mr:
            d = make_date(int(mr.group("y")), int(mr.group("m")), int(mr.group("d")))
            if d is not None:
                return mr.group("org"), iso(d)
    # no signature: a digital newspaper's record line closing the text dates it ("浙江日报 … 2020年09月30日 星期三")
    mp = RE_PAPER_RECORD_LINE.match(closing[-1][1].strip()) if date is None and closing else None
    if mp:
        date = iso(make_date(int(mp.group(1)), int(mp.group(2)), int(mp.group(3))))
    return org, date


# the bodies that sign over a date in figures on one line (RE_SIGNED_NUMERIC_ONE_LINE) sign over one on the next line too
_RE_SCHOOL_SIGNER = re.compile(r"(?:中学|小学|医院)$")
_RE_LAST_SENTENCE_STOP = re.compile(r"^.*[。！？!?]\s*", re.S)


def _after_last_sentence(text: str) -> str:
    """What a line holds after its last full stop (the whole line when it has none): a signature that a web page,
    a PDF's wrap or an HTML export ran on after the text's last sentence ("…的验收。商州区某某中学")."""
    return _RE_LAST_SENTENCE_STOP.sub("", text.strip(), count=1) if len(text) < 20000 else text.strip()


RE_SIGNED_NUMERIC_ONE_LINE = re.compile(
    r"^(?P<org>[^\s，。,;；:：、\d]{2,24}?(?:党组|党委|党工委|委员会|人民政府|办公室|局|中学|小学|学校|学院|大学|医院|中心|公司))"
    r"\s*(?P<y>(?:19|20)\d{2})\s*[.．\-/]\s*(?P<m>\d{1,2})\s*[.．\-/]\s*(?P<d>\d{1,2})$")
RE_PRINTED_ON = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$")
RE_DIGITS_ONLY_DATE_LINE = re.compile(r"^((?:19|20)\d{2})(\d{2,4})$")
RE_NUMERIC_DATE_LINE = re.compile(r"^((?:19|20)\d{2})\s*[.．\-/]\s*(\d{1,2})\s*[.．\-/]\s*(\d{1,2})$")


# An issuer is a body, named as a noun phrase: not a clause that holds an act ("市委巡察组督查回访公司…" is a title's
# subject and its act), and not the posts of the person who signs for it ("某市中级人民法院党组书记、院长": the body is
# the 党组).
RE_ISSUER_ACT = re.compile(r"督查|回访|调研|检查(?!组|室|院|局|站|所|处)|督导(?!组|室)|反馈|进驻|召开")
# a group named for the rectification of what was fed back, whose name holds the act: "…督察反馈意见整改工作领导小组办公室"
RE_GROUP_FOR_MATTER = re.compile(r"(?:反馈意见|反馈问题|督察|督导|检查)[^，,。；;\s]{0,12}?整改(?:工作)?领导小组(?:办公室)?$")
RE_SIGNER_POSTS = re.compile(r"(?:(?<=党组)|(?<=党委)|(?<=党工委))(?:(?:副)?书记|院长|局长|主任|校长|厅长|县长|市长|区长|镇长|乡长|董事长|总经理|[、，,])+$")


# (a body's name ends as a body or a place does: "…全部公开", a news headline's verb, is no issuer)
RE_ISSUER_END = re.compile(r"(?:党组|党委|党工委|委员会|政府|办公室|办公厅|局|厅|委|院|部|中心|公司|集团|大学|学院|学校|学|领导小组|组|办|处"
                           r"|室|科|队|所|站|馆|校|园|行|社|司|团|署|会|省|市|县|区|州|旗|盟|镇|乡|街道|村|社区|支部|总支)$")


def issuer_name(org: str | None) -> str | None:
    """The issuing body's name (RE_ISSUER_ACT, RE_SIGNER_POSTS, RE_ISSUER_END): None for a clause, a body without its
    signer's posts."""
    if not org:
        return org
    if RE_ISSUER_ACT.search(org) and not RE_GROUP_FOR_MATTER.search(org):
        return None
    org = RE_SIGNER_POSTS.sub("", org)
    return org if RE_ISSUER_END.search(org) else None


def fuller_issuer(named: str | None, signed: str | None) -> str | None:
    """The issuer by its fullest name: a title that names only the place ("青石县关于…") is signed by a body of that
    place ("青石县人民政府", "青石县…领导小组办公室"; not the place's party committee, which the place stands for); a title
    that names a body by its level alone ("县林业局党组关于…") is signed by it in full ("中共宁远县林业局党组"). A title
    that names a body in full keeps its name."""
    if not named or not signed or len(signed) <= len(named):
        return named
    if RE_PLACE_ONLY.fullmatch(named):
        return signed if signed.startswith(named) and not RE_PARTY_COMMITTEE.fullmatch(signed) else named
    rest = named[1:]
    body = re.sub(r"^(?:中共|中国共产党)", "", signed)
    k = body.find(rest) if named[0] in "省市县区州" and len(rest) >= 3 else -1
    return signed if k > 0 and body[k - 1] == named[0] else named


RE_PLACE_ONLY = re.compile(r"[^\s，,。;；]{2,8}?(?:省|自治区|市|州|盟|县|区|旗)")
RE_PARTY_COMMITTEE = re.compile(r"(?:中共|中国共产党)?[^\s]{2,10}?(?:省|自治区|市|州|盟|县|区|旗)(?:委员会|委)")


def office_of(above: str, org: str) -> str:
    """A signing office split over two lines, "某县中央环境保护督察反馈意见 / 整改工作领导小组办公室": the office line
    names no body of its own, the line above names whose office it is (not a second body that signs, "某县人民政府 /
    某县生态环境局", nor a closing phrase, "特此公示")."""
    above = above.strip()
    if RE_OFFICE_ONLY.match(org.strip()) and _title_part(above) and not RE_SIGNER.search(above) \
            and RE_WHOSE_OFFICE.search(above) and not RE_DATE_LINE.match(above):
        return above + org.strip()
    return org


# a signing line that is only an office, no body's name before it: "整改工作领导小组办公室", "领导小组办公室"
RE_OFFICE_ONLY = re.compile(r"^(?:(?:整改|督察整改|巡察整改|巡视整改)?工作)?领导小组(?:办公室)?$|^整改(?:工作)?办公室$")
# the line above it names what the group is for, a body and its matter: "…督察反馈意见", "…巡察整改"
RE_WHOSE_OFFICE = re.compile(r"(?:省|市|县|区|州|旗|镇|乡|党委|党组).{0,30}?(?:意见|督察|巡察|巡视|审计|整改)$")
RE_SIGNER = re.compile(r"(?:党组|党委|党工委|委员会|人民政府|政府|办公室|办公厅|局|厅|委|院|部|中心|公司|集团|大学|学院|学校|领导小组|工作组|督查室|督察室|督导室)$")  # kfg: a 督查室 signs a 督查通知单


def inner_signature_date(lines: list[tuple[int, str]]) -> str | None:
    """The date of a signature that is not at the very end (an attachment follows it):
    a date line right below a short line naming a body."""
    found = None
    for (_, a), (_, b) in zip(lines, lines[1:]):
        if RE_DATE_LINE.match(b) and _title_part(a) and RE_SIGNER.search(a):
            found = iso(parse_date_text(b))
    if found is None:
        found = _date_after_attachment_note(lines)
    return found


# the note listing a notice's attachment, over one or two lines: "附件：国务院安委会…督查组" | "莅许督查发现的问题和隐患"
RE_ATTACHMENT_NOTE = re.compile(r"^附件\s*\d{0,2}\s*[:：]\s*\S")


def _date_after_attachment_note(lines: list[tuple[int, str]]) -> str | None:
    """A document's date alone on its line right after its attachment note (the note's title may wrap onto a second
    line), the signer's name left out of a web copy: "附件：…" "2017年9月14日" "附件：" then the attachment (a 公文 puts
    附件说明 before 署名 and 成文日期 — blind28 xuchang's 督办通知)."""
    for k in range(1, len(lines)):
        b = lines[k][1].strip()
        if not RE_DATE_LINE.match(b):
            continue
        for back in (1, 2):
            if k - back < 0:
                break
            a = lines[k - back][1].strip()
            if RE_ATTACHMENT_NOTE.match(a):
                return iso(parse_date_text(b))
            if len(a) > 40 or a.endswith(("。", "；", ";", ":", "：")) or RE_DATE_LINE.match(a):
                break
    return None


RE_SPEECH_DATE = re.compile(  # (also in brackets under the title: "（2018年9月27日在市五届人大常委会第五次会议上）")
    r"^[—\-－─]{0,3}\s*[(（]?\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{6}日)\s*在.{2,60}(?:会议|大会)")


RE_SPEECH_DATE_OPENS = re.compile(r"^[—\-－─]{1,3}\s*[(（]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^。，,；;]{0,40}$")


# the same dateline run on after the title in its own line: "关于…审计查出问题整改情况的报告——2023年12月26日在…会议上"
RE_RUN_ON_SPEECH_DATE = re.compile(  # (perf23: "[—－─][—－─]{0,2}" for "[—－─]{1,3}": a class first, scanned for)
    r"[—－─][—－─]{0,2}\s*[(（]?\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*在[^。，,；;]{2,60}?(?:会议|大会)上?\s*[)）]?\s*$")


# a dated report: the date alone in parentheses under the title, "（2023年10月20日）"
RE_DATELINE = re.compile(r"^[(（]\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[)）]$")


# ps18: an audit result announcement's own dateline under its title, "（2025年4月1日公告）" (the form of 审计结果公告 from the
# 审计署 down to a district's): the day the announcement was made, before any date the web page's index block gives it
# (snippets25's pingshui: "发文日期 2025-04-08" in the block is the day it was posted)
RE_ANNOUNCED_DATELINE = re.compile(r"^[(（]\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*公告\s*[)）]$")


def announced_date(lines: list[str]) -> str | None:
    """The date of an announcement dated under its title "（2025年4月1日公告）" (the first such line)."""
    for text in lines:
        if "公告" in text:
            # (audit24: its date written in Chinese numerals, "（二〇二二年六月十五日公告）", as the digits read)
            m = RE_ANNOUNCED_DATELINE.match(arabic_dates(text.strip()) if "月" in text else text.strip())
            if m:
                return iso(parse_date_text(m.group(1)))
    return None


# audit24: an audit office's announcement printed under its masthead — the office's name, the series' name "审计结果公告"
# (its pinyin, its number "2022年第27号", "(总第709号)", the issuing office) — then the announcement's own title line right
# before its dateline "(二〇二二年六月十五日公告)": that line is the title, the masthead's office the issuer (the series'
# name is no title of this announcement)
RE_SERIES_NAME = re.compile(r"^(?P<office>[\u4e00-\u9fff]{2,20}?(?:审计局|审计厅|审计署))?(?:审计)?(?:结果)?公告$")
RE_AUDIT_OFFICE_LINE = re.compile(r"^[\u4e00-\u9fff]{2,20}?(?:审计局|审计厅|审计署|审计办公室)$")
RE_ANNOUNCED_TITLE = re.compile(r"审计(?:调查)?结果(?:公告)?$")


def announcement_masthead(lines: list[str], title: str | None) -> tuple[str, str | None] | None:
    """(the announcement's own title, the masthead's office) of an audit announcement printed under its series' masthead."""
    series = RE_SERIES_NAME.match(title.strip()) if title else None
    if series is None:
        return None
    texts = [t.strip() for t in lines]
    # (the title may have taken in the office's line above it: "某省审计厅" + "审计公告")
    at = next((k for k, t in enumerate(texts) if t and t in title and title.strip().endswith(t) and RE_SERIES_NAME.match(t)), None)
    if at is None:
        return None
    office = series.group("office") or next((t for t in texts[:at] if RE_AUDIT_OFFICE_LINE.match(t)), None)
    for k in range(at + 1, len(texts)):
        if "公告" in texts[k] and RE_ANNOUNCED_DATELINE.match(arabic_dates(texts[k])):
            own = next((t for t in reversed(texts[at + 1:k]) if t), "")
            if len(own) >= 8 and RE_ANNOUNCED_TITLE.search(own):
                return own, office
            return None
    return None


# the same dateline in a copy whose encoding was mangled: its opening bracket and the first digit of the year read as "?"
RE_DAMAGED_DATELINE = re.compile(r"^[?？][。.]?[?？]([09]\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[)）]$")


# "11月24日，省审计厅厅长…在省十三届人大常委会第四十二次会议上作了《关于…的报告》": a report read at a meeting,
# its day given in the lead without a year
RE_PROSE_SPEECH = re.compile(
    r"^[^。]{0,12}?(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[,，]?[^。]{0,40}?在[^。]{2,60}?(?:会议|大会)上?\s*"
    r"(?:作了?|做了?|所作的?|报告了)\s*《[^》]{4,80}》")


def prose_speech_title(lines: list[str]) -> str | None:
    """The name of a report read at a meeting, given in the lead ("…会议上作了《关于…的报告》"): the title of a
    copy that has no title line of its own."""
    for line in lines:
        m = RE_PROSE_SPEECH.match(line.strip())
        if m:
            name = clean_title(m.group(0)[m.group(0).rfind("《"):])
            return name if title_like(name) else None
    return None


def prose_speech_date(lines: list[str], text: str) -> str | None:
    """The day a report was read out, stated in the lead without a year ("11月24日，…在…会议上作了《…报告》"):
    a report comes after everything it reports, so its year is that of the latest full date the text gives
    (the next year when the day would come before that date)."""
    for line in lines:
        m = RE_PROSE_SPEECH.match(line.strip())
        if not m:
            continue
        latest = None
        for f in find_dates(text):
            if f.year and (latest is None or (f.year, f.month, f.day) > latest):
                latest = (f.year, f.month, f.day)
        for y, mo in re.findall(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)", text):  # "截至2022年10月中旬"
            if latest is None or (int(y), int(mo), 1) > latest:
                latest = (int(y), int(mo), 1)
        if latest is None:
            return None
        month, day = int(m.group(1)), int(m.group(2))
        year = latest[0] + (1 if (month, day) < latest[1:] else 0)
        return iso(make_date(year, month, day))
    return None


# figs23: a news item's day in its lead, the day its reporter was told (R40's dateline, written into the lead): "5月21日，
# 某报记者从省某办获悉，…", "记者6月3日从市生态环境局了解到", "3月8日，本台记者在某县采访时得知…" — the item is dated that day
RE_NEWS_LEAD_DAY = re.compile(
    r"(?:(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:上午|下午|晚间|晚)?\s*[,，]\s*[^。;；,，\d]{0,20}?记者[^。;；\d]{0,40}?"
    r"|记者[^。;；,，\d]{0,8}?(?:于)?\s*(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:上午|下午)?\s*(?:从|在|向)[^。;；\d]{0,40}?)"
    r"(?:获悉|了解到|得知|获知)")
# (perf25: led by look-behinds, tried at every offset of a lead line, ~40 ns a character: searched only in a line holding
# 记者, the literal both its branches read — rx.Needles)
RE_NEWS_LEAD_DAY = Needles(RE_NEWS_LEAD_DAY)


def news_lead_date(lines: list[str], text: str) -> str | None:
    """The day a news item's lead dates its reporter's news ("5月21日，…记者从…获悉"), in the first lines, without a year:
    the year the lead itself states before the day, in its paragraph ("2025年首批…督察进驻工作结束在即,5月21日,…记者…
    获悉", R58: the context lends its year; one year only). A year only elsewhere — a span audited after the day ("6月5日,记者获悉,…对…
    2020年至2022年…开展了…调查"), a later paragraph — does not date the lead's day: no date (R60)."""
    for line in lines:
        m = RE_NEWS_LEAD_DAY.search(line)
        if not m:
            continue
        day_at = m.start(1) if m.group(1) else m.start(3)
        years = re.findall(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d)", line[:day_at])
        if len(set(years)) != 1:
            return None
        return iso(make_date(int(years[0]), int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))))
    return None


def title_date(title: str | None) -> str | None:
    """The date a title gives itself in parentheses at its end: "第二督导组工作简报(2018年11月28日)"."""
    m = RE_TITLE_QUALIFIER.search(title or "")
    if m is None and title and title.rstrip().endswith((")", "）")):
        # bw24 (R174): the day printed with the batch, "…一览表 (第二十五批 2024年6月3日)"
        m = RE_SERIES_NUMBER_TAIL.search(title)
        m = m if m and re.search(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", m.group(0)) else None
    return iso(parse_date_text(m.group(0))) if m and re.search(r"\d\s*日", m.group(0)) else None


def speech_date(lines: list[str]) -> str | None:
    """The date of a report read out at a meeting: "——2024年12月24日在…常务委员会第…次会议上"
    (also when a web copy lost the 年 and 月: "——20211228日在…会议上"), or dated under its title "（2023年10月20日）"."""
    for k, text in enumerate(lines):
        d = RE_DATELINE.match(text.strip())
        if d:
            return iso(parse_date_text(d.group(1)))
        if k + 1 < len(lines) and "在" in text and RE_SPEECH_DATE_OPENS.match(text.strip()) and not RE_SPEECH_DATE.match(text.strip()):
            # notice25: the dateline wrapped before its meeting's name ("——2025年12月30日在广州市第十六届" over
            # "人民代表大会常务委员会第四十五次会议上"): the two lines read as one
            text = text.strip() + lines[k + 1].strip()
        d = RE_DAMAGED_DATELINE.match(text.strip())
        if d:  # "?。?016年11月26日)": the bracket and the year's first digit lost in a mis-decoded copy
            year = int(("2" if d.group(1)[0] in "012" else "1") + d.group(1))
            return iso(make_date(year, int(d.group(2)), int(d.group(3))))
        m = RE_SPEECH_DATE.match(text.strip())
        if m:
            raw = m.group(1)
            compact = re.fullmatch(r"((?:19|20)\d{2})(\d{2})(\d{2})日", raw)
            if compact:
                return iso(make_date(*(int(g) for g in compact.groups())))
            return iso(parse_date_text(raw))
    for text in lines:
        m = RE_RUN_ON_SPEECH_DATE.search(text)
        # a title before it (no sentence), the dateline closing the line
        if m and m.start() >= 4 and not re.search(r"[。，,；;]", text[: m.start()]):
            return iso(parse_date_text(m.group(1)))
    return None


# (also with the author's name after it: "2022-06-08 20:36   马兴然")
RE_BARE_META_DATE = re.compile(r"^((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:来源|[^\d。，,；;:：]{0,12}$"
                               # a page's counter after the time: "2014-10-22 09:06:46人气:", "… 浏览次数："
                               r"|(?:人气|浏览|阅读|点击|访问)(?:次数|量|数)?\s*[:：])")


# a WeChat article's copy keeps its header line: the column tag, the time published, the place it was posted from
# ("民生   2024-11-21 19:27   湖北"): the time is the page's date (the whole line: a short tag, a date with its time, a
# province's or city's name of two to four characters; no sentence)
# (not a sentence giving a time: "检查组于2024-09-21 19:27到达湖北" — no 于/在 before the time, no verb of going after it)
RE_TAG_TIME_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,8}(?<![于在至到自从])\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}\s*"
                               r"(?!到|赴|前往|抵达|来到|在)[\u4e00-\u9fff]{2,4}$")


# a page's date in its own line: "2022年09月27日 17:56:15 | 来源:…", "中国证券报 2023-02-22" (a source, then the date)
RE_BARE_CN_META_DATE = re.compile(r"^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*\d{1,2}:\d{2}")
RE_SOURCE_DATE = re.compile(r"^(?!截至|截止|至|于|到|自|从|在)[\u4e00-\u9fff]{2,12}(?<!截至|截止)(?<![至于到自从在])\s*((?:19|20)\d{2})\s*[-年/]\s*(\d{1,2})\s*[-月/]\s*(\d{1,2})\s*日?"
                            r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?$")  # "人民网 2023年09月12日10:21"
# kfg: a news app's byline, its parts joined by middle dots, the timestamp among them: "大众报业·海报新闻·2021-05-13 22:57·海报某市"
# (outlet, channel, time, then at most one more part; the whole line, no sentence in it; the time may follow the last part
# after a blank: "某某新闻·某某号·政务 2021-05-13 22:57")
RE_DOTTED_BYLINE = re.compile(r"^(?=[^\n]*[·•・])[\u4e00-\u9fffA-Za-z]{2,12}(?:\s*[·•・]\s*[\u4e00-\u9fffA-Za-z]{2,12}){0,3}\s*[·•・]?\s*"
                              r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[·•・]\s*[^\s。，,；;·•・]{1,16})?$")
# "来源:中国…网 2023-10-11 14:22:54": a source line naming the site, then the page's timestamp
RE_SOURCE_LINE_DATE = re.compile(r"^[来來]源\s*[:：]\s*[^\d:：]{1,30}?\s*[|丨｜]?\s*((?:19|20)\d{2})\s*[-年]\s*(\d{1,2})\s*[-月]\s*(\d{1,2})\s*日?"
                                 r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
# a page's date at the very top with no label, or an English one: "date 2025-12-23 ▲…", "2025-12-23 ▲图片说明",
# "2025年12月23日 ▲…"
RE_TOP_DATE = re.compile(r"^(?:date\s*[:：]?\s*)?[\[【(（]?\s*((?:19|20)\d{2})\s*[-年]\s*(\d{1,2})\s*[-月]\s*(\d{1,2})\s*日?\s*[\]】)）]?"
                         r"(?=$|\s*[▲△■□●◆★|丨｜]|\s+[^\d\s至到—\-~～])", re.I)
# a page's date under an English label at the top, the text run on after it: "date 2025-11-28據新華社報道，…"
# (any English label of a page's date: "Time：2023-12-01", "Posted on 2023-12-01", "Published: 2023/12/01")
RE_EN_DATE_LABEL = re.compile(r"^(?:date|time|posted|published|updated|released?)(?:\s+(?:on|at))?\s*[:：]?\s*((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?!\d)", re.I)
# a page's date after a label saying when it was put out: "釋出於: 綜合2021-04-18標籤:…", "发布于：2023-05-04"
RE_PUBLISHED_AT = re.compile(r"(?:释出于|发布于|发表于)\s*[:：]\s*[^\d。，,；;]{0,6}?((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
# a title line ending in the page's date written with dashes: "某街道2015年工作总结和2016年工作安排 2016-03-07"
RE_TITLE_THEN_DATE = re.compile(r"^[^。，,；;:：]{4,60}?(?<![\d\-于至到止])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})$")
# a newspaper archive's record of the page, opening with its date: "2017-08-26 九届省委… 1 1 河北日报 c17408.html …"
RE_PAGE_RECORD = re.compile(r"^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d).{0,120}?(?:\.s?html?\b|enpproperty)", re.I)
# the paper a piece was printed in, closing it: "《某某日报》（2021年5月8日 第3版）"
RE_PAPER_LINE = re.compile(r"^(?:[(（]?(?:来源|原载|刊于|摘自)\s*[:：]?\s*)?《[^》]{2,16}报》\s*[(（]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                           r"\s*(?:[^()（）]{0,6}?第?\s*[\d一二三四五六七八九十]+\s*版)?\s*[)）][)）]?$")
# a page's line of facts at the top opening with its date in figures (after at most a tag: "©原创"), no sentence in it:
# "2020-12-21 观察者网", "©原创 2018-12-07 15:34 云上荆州", "2018-12-25 本文已影响0人 某作者" (a copy may have lost the
# spaces between the parts)
RE_TOP_FACTS_DATE = re.compile(r"^(?:©\s*)?(?:原创|转载|原文)?\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:(?<=-\d\d)|(?=\s))(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
                               r"(?![\d\-/.至到—~～])[^，,。；;：:！!？?]{0,30}$")
# a list page's date glued to the lead it heads: "2025-03-183月4日，四川…" (two-digit month and day, then the lead's day)
RE_TOP_DATE_GLUED = re.compile(r"^((?:19|20)\d{2})-(\d{2})-(\d{2})(?=\d{1,2}月\d{1,2}日)")
# figs23: a page's timestamp (date and time of day) at the top with the copy run on after the time, no break: "2019-07-25
# 18:222017年9月5日至19日,…", "2023/03/02 09:15本报讯…" — the time's minutes close the stamp, the next character opens the copy
RE_TOP_STAMP_GLUED = re.compile(r"^((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"
                                r"(?=(?:19|20)\d{2}\s*年|\d{1,2}\s*月\s*\d|[\u4e00-\u9fff“(（【])")
# expo25: a page's timestamp alone on a top line that lost its blank and maybe its first dash, two figures a part:
# "2022-01-1503:32", "202201-1503:32" (2022-01-15 03:32) — the time's hh:mm closes it, the day's two figures before it
RE_TOP_STAMP_RUN = re.compile(r"^((?:19|20)\d{2})-?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$")
# a page's date opening its line of page facts: "2023-10-21 作者：某某 来源：某局", "2023年10月21日 来源：某局"
RE_DATE_THEN_LABEL = re.compile(r"^((?:19|20)\d{2})\s*[-年]\s*(\d{1,2})\s*[-月]\s*(\d{1,2})\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?"
                                r"(?:来源|作者|编辑|责任编辑|浏览|点击|阅读|字号|信息来源)\s*[:：]")
# a metadata table pasted as rows: "文号 | 督察通报第十七期 | 成文日期: | 2022年09月14日 |"
RE_TABLE_META_DATE = re.compile(r"(?<!上传)(?:发布|发文|成文)(?:日期|时间)\s*[:：]?\s*[|丨｜]\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
# "成文日期:" with the date on the next line (a metadata table flattened to lines)
# ps18: a page's facts run together with no colon after the label, a page label right after the date: "发布时间2023年7月28日
# 来源:泉州市妇联 阅读7695次" (a page stored as one line: snippets25's quanzhou) — the label and the source or counter after
# it make it the page's date line, not a sentence about a release
RE_GLUED_META_DATE = re.compile(r"(?<!上传)(?:发布|发文|成文)(?:日期|时间)\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"
                                r"\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?[|丨｜]?\s*(?:[来來]源|作者|编辑|阅读|浏览|点击|访问|字号)")
RE_META_LABEL = re.compile(r"^[•·\-*\s]*(?:发布|发文|成文|更新|公开)(?:日期|时间)\s*[:：]?\s*$")


# a page's line of facts holding its timestamp anywhere: "2019-03-20 17:03:08 | 来源: 海东纪委网",
# "四平市铁西区人民政府   2022-11-10 09:43:00   来源: 区政府办公室" — a date with a clock time on a short line that
# also names the source, author, editor or a counter
RE_STAMP = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?")
# (ducha25: and a forum post's "发表于 2025-06-28 05:49:10 股吧网页版", the stamp's label with no other fact beside it)
RE_PAGE_LABEL = re.compile(r"[来來]源|作者|编辑|浏览|点击|阅读|字号|发布|访问量|信息来源|供稿|撰稿|发表于|发表时间")


RE_DATE_BEFORE_SOURCE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-年/]\s*(\d{1,2})\s*[-月/]\s*(\d{1,2})\s*日?\s*[|丨｜]?\s*(?:[来來]源|信息来源|作者|编辑)\s*[:：]")
# a page's date with its weekday, alone on its line: "2023年5月4日 星期四"
RE_DATE_WEEKDAY = re.compile(r"^((?:19|20)\d{2})\s*[-年/]\s*(\d{1,2})\s*[-月/]\s*(\d{1,2})\s*日?\s*(?:星期|周)[一二三四五六日天]$")
RE_LABELLED_DATE_AT_END = re.compile(r"((?:19|20)\d{2})\s*[-年/]\s*(\d{1,2})\s*[-月/]\s*(\d{1,2})\s*日?\s*$")


def _page_facts_date(t: str):
    if len(t) > 100 or "。" in t:
        return None
    m = RE_STAMP.search(t)
    if m and RE_PAGE_LABEL.search(t):
        return m
    m = RE_DATE_BEFORE_SOURCE.search(t)  # "【字体：大 中 小】 2023-05-04 来源：某局": a date right before the source's label
    if m:
        return m
    # "发布者：县纪委  2023-09-12": a labelled line of page facts ending in a date
    if len(t) <= 60 and not re.search(r"[，,；;]", t) and re.search(r"[:：]", t) and RE_PAGE_LABEL.search(t.replace("发布者", "发布")):
        return RE_LABELLED_DATE_AT_END.search(t)
    return None


# a page that says its text was uploaded by a user: its time is when a doc-sharing site got the copy
RE_UPLOADED_COPY = re.compile(r"(?:网友|用户|会员)(?:上传|分享)")
# a document site's line of facts giving the day a copy was published and where: "2026-01-11 发布于四川" (a bullet of
# "约5.93千字 / 约13页 / 2026-01-11 发布于四川 / 举报"): the page's date
RE_DATE_PUBLISHED_IN = re.compile(r"^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s*发布于\s*[\u4e00-\u9fff]{2,4}$")


# the record line a digital newspaper adds to an article: the paper's name first, its issue's day and weekday last
# (its spaces may be lost: "浙江日报今日湖州00023…2020年09月30日星期三")
RE_PAPER_RECORD_LINE = re.compile(r"^[^\s，。,;；:：]{0,8}?(?:日报|晚报|时报|商报)[^。；;，,]{0,120}?"
                                  r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:星期|周)[一二三四五六日天]$")
# a page date written day.month.year, alone on its line near the top, with or without the time of day
RE_DMY_PAGE_DATE = re.compile(r"^(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


# a page's line of facts split by slashes, the date one of its parts: "新疆生态环境厅 / 2022-11-10 / :9"
# (source / date / views) — the date stands alone between the slashes, the other parts are short and hold no sentence
RE_SLASHED_FACTS_DATE = re.compile(r"^[^/。，,；;]{2,24}?\s*/\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
                                   r"(?:\s*/\s*[^/。，,；;]{0,16})?$")
# a site's address then the page's timestamp, alone on a line: "http://www.CRNTT.com   2022-03-04 10:01:31"
RE_SITE_THEN_STAMP = re.compile(r"^(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}(?:/\S*)?\s+((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})"
                                r"\s*[-/.]\s*(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
# a Taiwanese page's labelled date, its Republic's year already read as the common era's by roc_years (民國 106 年 = 2017):
# "公發布日: 民國 106 年 07 月 06 日"
RE_LABELLED_DATE = re.compile(r"^(?:公?[發发][布佈]日(?:期)?|公布日期|[發发]文日期|成文日期|[發发][布佈]時間|[发發]布时间)\s*[:：]\s*"
                              r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


# a newspaper page's head line: the paper, the issue's day, its page ("某某日报  2024年06月12日  第02版：要闻")
RE_PAPER_ISSUE_LINE = re.compile(r"^[^\s，。,;；:：《》]{2,10}(?:日报|晚报|时报|商报|报)\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                                 r"\s*第\s*[\d一二三四五六七八九十]+\s*版(?:\s*[:：]\s*[^\s，。,;；]{1,10})?$")


# a page's date under a date label, its year the Republic's written in two or three figures (Taiwan's sites):
# "日期:93-06-24" (2004), "公告日期: | 111/03/10" (2022); a year from 38 (1949) on, so that no common-era short year
# ("日期:23-06-24") is read as one
RE_ROC_NUMERIC_DATE = re.compile(r"^(?:公告|公布|发布|发文|成文|公开)?日期\s*[:：]\s*[|丨｜]?\s*(\d{2,3})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?![\d/.-])")
RE_ROC_NUMERIC_VALUE = re.compile(r"^[|丨｜]?\s*(\d{2,3})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[|丨｜]?$")
# the label alone, its value on the next line (a field table flattened to lines: "公告日期: |" then "111/03/10")
RE_ROC_LABEL_ALONE = re.compile(r"^(?:公告|公布|发布|发文|成文|公开)?日期\s*[:：]\s*[|丨｜]?\s*$")


def _roc_numeric(y: str, m: str, d: str) -> dt.date | None:
    year = int(y)
    return make_date(year + 1911, int(m), int(d)) if 38 <= year <= 200 else None


# a list page's date block with the day run into the year and month: "152018-06" (the 15th of June 2018), alone on a
# line at the top
RE_DAY_THEN_MONTH = re.compile(r"^(\d{1,2})((?:19|20)\d{2})-(\d{1,2})$")
# the same block split over two lines, either way round: "15" then "2018-06", or "2018-06" then "15"
RE_DAY_ALONE = re.compile(r"^(\d{1,2})$")
RE_YEAR_MONTH_ALONE = re.compile(r"^((?:19|20)\d{2})-(\d{1,2})$")


def _split_day_block(a: str, b: str) -> dt.date | None:
    d, ym = RE_DAY_ALONE.match(a), RE_YEAR_MONTH_ALONE.match(b)
    if d is None or ym is None:
        d, ym = RE_DAY_ALONE.match(b), RE_YEAR_MONTH_ALONE.match(a)
    if d is None or ym is None:
        return None
    return make_date(int(ym.group(1)), int(ym.group(2)), int(d.group(1)))
# bullets a page puts before its facts ("• 2020-06-09", "• 日期:93-06-24")
RE_LEADING_BULLET = re.compile(r"^[•·▪◦●■◆▶►]\s*")


def _roc_or_page_line_date(t: str) -> dt.date | None:
    m = RE_SLASHED_FACTS_DATE.match(t) or RE_SITE_THEN_STAMP.match(t) or RE_PAPER_ISSUE_LINE.match(t)
    if m:
        return make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = RE_LABELLED_DATE.match(t)
    if m:
        return make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


RE_DOTTED_DATE = re.compile(r"(?<![\d.])((?:19|20)\d{2})[.．](\d{1,2})[.．](\d{1,2})(?![\d.．])")
RE_DOTTED_DATE = Needles(RE_DOTTED_DATE)  # (tried only in a text holding a literal every match reads)


# a portal's source line with the day it put the item up: "来源: 某某建设网 上传日期:2018-07-24 打印本文章" is its page
# date (a repost's report date); a document-sharing site's upload beside its uploader, number and pages is not
# (test_real_genre_blind7)
RE_SOURCE_UPLOAD_DATE = re.compile(r"^(?:信息)?来源\s*[:：]\s*[^\s:：\d]{2,30}?\s*上传(?:日期|时间)\s*[:：]\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)")
RE_SHARING_SITE_FACTS = re.compile(r"上传人|文档编号|页数|格式\s*[:：]")


# a bulletin's masthead: under its issue line ("2021年 第六期") the issuing office and the day of the issue on one line
# ("市某某指挥部办公室     2021年1月13日"): the issue's own date and issuer, before any page date
RE_ISSUE_LINE = re.compile(r"(?:^|\s|年)第\s*(?:\d{1,4}|[一二三四五六七八九十百〇零]{1,6})\s*期\s*(?:[(（]总第?\s*\d+\s*期[)）])?$")
RE_ISSUE_LINE = Needles(RE_ISSUE_LINE)  # (tried only in a text holding a literal every match reads)
RE_MASTHEAD_LINE = re.compile(r"^\s*([^\s\d。，,；;:：()（）]{4,40}?(?:办公室|指挥部|委员会|领导小组|工作组|督察组|督查组|局|厅|委|办|中心|党委|党组|政府))"
                              r"\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")


def masthead(lines: list[str]) -> tuple[str, str] | None:
    """The issuing office and date a bulletin's masthead prints under its issue line, within the first lines."""
    for k, t in enumerate(lines[:15]):
        line = t.strip()
        if line.endswith(("期", ")", "）")) and RE_ISSUE_LINE.search(line):  # (a match ends the line: 期, or its bracket)
            for u in lines[k + 1: k + 4]:
                m = RE_MASTHEAD_LINE.match(u)
                if m and make_date(int(m.group(2)), int(m.group(3)), int(m.group(4))) is not None:
                    return m.group(1), iso(make_date(int(m.group(2)), int(m.group(3)), int(m.group(4))))
            return None
    return None


# an information-disclosure page's facts stacked one to a line above the text (index number, title, publishing body, a
# bare "2024-01-18", "主动公开"): a line holding only a date in figures, among the first six, with no sentence above it,
# is the page's date (lower down, or under a line of prose, a bare date line may be anything)
RE_BARE_ISO_LINE = re.compile(r"^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})$")
_RE_SENTENCE_MARK = re.compile(r"[。，,；;！!？?]")


_RE_DOCUMENT_NAME_LINE = re.compile(r"(?:通报|报告|情况|公告|公示|意见|方案|决定|通知)\s*$")


def _header_block(lines: list[str]) -> bool:
    """Short lines with no sentence among them, one of them the document's name (the block is the page's facts, not a
    table's cells exploded one to a line)."""
    return all(not _RE_SENTENCE_MARK.search(x) and len(x.strip()) <= 60 for x in lines) \
        and any(_RE_DOCUMENT_NAME_LINE.search(x) for x in lines)


# cs20: a page's date widget, a slashed date alone on its line at the top, under nothing but the site's buttons ("TOP" /
# "返回前页" / "Menu" / "2023/06/20" / "信息公开目录" / the title): the page's date. Not under a line of prose or a title (a
# bare date lower down may be anything), nor a date with more on its line.
RE_SLASHED_DATE_LINE = re.compile(r"^((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})$")


def _site_buttons_only(lines: list[str]) -> bool:
    return all(len(x.strip()) <= 8 and not _RE_SENTENCE_MARK.search(x) and not _RE_DOCUMENT_NAME_LINE.search(x) for x in lines)


# (res22: written with slashes too, "2024/3/5", and with the time after it, "2024-03-05 10:20", as on one line)
RE_DATE_VALUE_ALONE = re.compile(r"^(?:19|20)\d{2}\s*(?:-\s*\d{1,2}\s*-\s*\d{1,2}|/\s*\d{1,2}\s*/\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
                                 r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


# res22: a page's date label alone on its line ("发布日期：", "发布时间:", "成文日期："), its value on the next
_RE_DATE_LABEL_ALONE = re.compile(r"^[^\d:：，,。]{0,8}(?:日期|时间)\s*[:：]\s*$")


def date_label_alone(text: str) -> bool:
    t = text.strip()
    return len(t) <= 14 and t.endswith((":", "：")) and _RE_DATE_LABEL_ALONE.match(t) is not None


def date_label_cut(text: str) -> bool:
    """robust25: a page's facts line a page's width cut inside its date's label: "来源:某领导小组    时" (its "间:2022-07-29"
    on the next line), "…发布日" ("期：…")."""
    t = text.rstrip()
    return t[-1:] in ("时", "日") and (t.endswith(("发布时", "发布日", "更新时", "发文日", "成文日")) or t[-2:-1] in (" ", "\u3000")
                                     or (len(t) <= 60 and t.startswith(("来源", "信息来源", "作者", "编辑", "责任编辑"))))


def meta_date(lines: list[str]) -> str | None:
    if any(RE_UPLOADED_COPY.search(t) for t in lines):
        return None  # "时间:2022-06-25 09:05:00 / 导语:…一文来源于网友上传,不代表本站观点"
    # a page's facts in any calendar and with any separator read alike: "民國112年12月1日", "發布日期：民國 106 年 07 月 06 日",
    # "编辑：张三 2023.12.01" (dots as dashes)
    # (and in Chinese numerals: "發布日期：民國一百一十二年三月五日")
    lines = [RE_DOTTED_DATE.sub(r"\1-\2-\3", arabic_dates(roc_years(t))) for t in lines]
    for k, text in enumerate(lines):
        t = RE_LEADING_BULLET.sub("", text.strip())
        m = RE_ROC_NUMERIC_DATE.match(t)
        if m is None and RE_ROC_LABEL_ALONE.match(t) and k + 1 < len(lines):
            m = RE_ROC_NUMERIC_VALUE.match(lines[k + 1].strip())
        if m and _roc_numeric(*m.groups()) is not None:
            return iso(_roc_numeric(*m.groups()))
        if k < 3 and k + 1 < len(lines):
            split = _split_day_block(t, RE_LEADING_BULLET.sub("", lines[k + 1].strip()))
            if split is not None:
                return iso(split)
        m = RE_DAY_THEN_MONTH.match(t) if k < 3 else None
        if m and make_date(int(m.group(2)), int(m.group(3)), int(m.group(1))) is not None:
            return iso(make_date(int(m.group(2)), int(m.group(3)), int(m.group(1))))
        if t.endswith((":", "：")) and len(t) <= 12 and k + 1 < len(lines) and RE_DATE_VALUE_ALONE.match(lines[k + 1].strip()):
            # res21: a record's date label over its value on the next line ("交办日期:" / "2024-06-05", a form copied
            # one cell a line): the label's date, as on one line
            m = RE_META_DATE.search(t + lines[k + 1].strip())
            if m and make_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) is not None:
                return iso(make_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        if k and t[:1] in "间期" and t[1:2] in ":：" and lines[k - 1].rstrip()[-1:] in "时日":
            # robust25: a page's date label cut at a page's width, "来源:某领导小组    时" / "间:2022-07-29" ("发布日" /
            # "期：…"): the label's date, as on one line
            m = RE_META_DATE.search(lines[k - 1].rstrip()[-4:] + t)
            if m and make_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) is not None:
                return iso(make_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        m = (RE_META_DATE.search(text) or RE_TABLE_META_DATE.search(t) or RE_BARE_META_DATE.match(t)  # "2019-11-21 09:14:39 来源:"
             or RE_BARE_CN_META_DATE.match(t) or RE_SOURCE_DATE.match(t) or RE_DATE_THEN_LABEL.match(t)
             or RE_SOURCE_LINE_DATE.match(t) or RE_DOTTED_BYLINE.match(t) or (RE_TAG_TIME_PLACE.match(t) if k < 6 else None)
             or ((RE_TOP_DATE.match(t) or RE_TOP_DATE_GLUED.match(t) or RE_TOP_FACTS_DATE.match(t) or RE_TOP_STAMP_GLUED.match(t))
                 if k < 3 else None)
             # (robust25: the run-together stamp, a whole line of its own, also under a title a page's width broke over
             # two lines: within the top six lines)
             or (RE_TOP_STAMP_RUN.match(t) if k < 6 else None)
             or _page_facts_date(t)
             or (RE_BARE_ISO_LINE.match(t) if 3 <= k < 6 and _header_block(lines[:k]) else None)
             or (RE_SLASHED_DATE_LINE.match(t) if k < 6 and _site_buttons_only(lines[:k]) else None)
             or (RE_EN_DATE_LABEL.match(t) if k < 3 else None) or RE_PUBLISHED_AT.search(t) or (RE_TITLE_THEN_DATE.match(t) if k < 3 else None)
             or RE_PAGE_RECORD.match(t) or RE_PAPER_LINE.match(t) or RE_DATE_WEEKDAY.match(t) or RE_DATE_PUBLISHED_IN.match(t)
             or (RE_SOURCE_UPLOAD_DATE.match(t) if not RE_SHARING_SITE_FACTS.search(t) else None)
             or (RE_GLUED_META_DATE.search(t) if "发" in t or "成文" in t else None))
        if m:
            return iso(make_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        m = RE_PAPER_RECORD_LINE.match(t)  # "浙江日报 今日湖州 00023 某标题 … 2020年09月30日 星期三": a digital paper's record
        if m and make_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) is not None:
            return iso(make_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        d = _roc_or_page_line_date(t)
        if d is not None:
            return iso(d)
        m = RE_DMY_PAGE_DATE.match(t) if k < 3 else None  # "24.10.2015  12:23" alone under the title: day, month, year
        if m and make_date(int(m.group(3)), int(m.group(2)), int(m.group(1))) is not None:
            return iso(make_date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
        if RE_META_LABEL.match(t) and k + 1 < len(lines):
            found = find_dates(lines[k + 1])
            if found and found[0].start == 0 and found[0].year:
                return iso(found[0].resolve(None))
    return None
