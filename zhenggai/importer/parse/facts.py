"""Document facts: title, issuer, kind, report date, the inspection, headline figures."""
from __future__ import annotations

import datetime as dt
import re

from ..result import Headline, ParsedInspection
from .dates import RE_PERIOD, find_dates, iso, last_full_date_before, make_date, parse_date_text, restore_lost_units
from .normalize import RE_DATE_LINE, RE_META_DATE

RE_TITLE_END = re.compile(
    r"(?:通报|方案|报告|情况|公告|公示|说明|清单|台账|总结|的函|请示)$"
)
RE_FILE_SUFFIX = re.compile(r"\.(?:docx?|wps|pdf|txt|html?|xlsx?)$", re.I)


def clean_title(text: str) -> str:
    t = RE_FILE_SUFFIX.sub("", text.strip())
    t = t.strip("《》 ")
    return t


def title_like(text: str) -> bool:
    t = clean_title(text)
    return 6 <= len(t) <= 90 and bool(RE_TITLE_END.search(t)) and "。" not in t and not re.search(r"[:：]", t)


def find_title(paras: list[tuple[int, str]], is_chrome) -> tuple[str | None, list[int]]:
    """The title and the positions of the lines it was built from.

    Looks only at the head of the document, before the first real sentence; a
    title split over several short lines is put back together.
    """
    head: list[tuple[int, str]] = []
    for pos, text in paras:
        if _is_body_sentence(text):
            break
        head.append((pos, text))
    for i, (pos, text) in enumerate(head):
        if is_chrome(text) or not title_like(text) or RE_SECTION_NUMBER.match(text):  # "三、整改完成情况" is a section
            continue
        used = [pos]
        title = clean_title(text)
        j = i - 1
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
        return title, used
    return None, []


RE_SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])")


def _title_part(text: str) -> bool:
    return 2 <= len(text) <= 40 and not re.search(r"[。,，:：;；!！?？>@]", text) and not RE_DATE_LINE.match(text)


def _is_body_sentence(text: str) -> bool:
    return len(text) >= 40 and ("。" in text or "," in text) and not title_like(text)


def kind_of(title: str | None, text: str) -> str:
    if title and re.search(r"方案|清单|任务分解", title):
        return "plan"
    if title and re.search(r"通报|报告|情况|公告|公示", title):
        return "bulletin"
    if len(re.findall(r"整改目标\s*[:：]", text)) >= 2 and not re.search(r"已整改完成|已完成整改", text):
        return "plan"
    return "bulletin"


RE_ORG = re.compile(
    r"^(.{2,40}?(?:党组|党委|党工委|委员会|人民政府|政府|办公室|办公厅|管理局|局|厅|委|院|部|中心|公司|集团|大学|学院|学校|银行|协会|站|所|署))"
    r"(?=贯彻|落实|关于|巡察|巡视|审计|整改|对|$)"
)
RE_PLACE = re.compile(r"^(.{2,12}?(?:省|自治区|市|州|盟|县|区|旗))(?=贯彻|落实|关于|巡察|巡视|审计|整改|对)")


def issuer_from_title(title: str | None) -> str | None:
    if not title:
        return None
    if "关于" in title:
        prefix = title.split("关于", 1)[0].strip()
        if len(prefix) >= 2:
            return prefix
    m = RE_ORG.match(title) or RE_PLACE.match(title)
    return m.group(1) if m else None


def signature(closing: list[tuple[int, str]]) -> tuple[str | None, str | None]:
    """(signing body, date) from the last lines."""
    org, date = None, None
    for k in range(len(closing) - 1, -1, -1):
        text = closing[k][1]
        if date is None and RE_DATE_LINE.match(text):
            date = iso(parse_date_text(text))
            if k > 0 and _title_part(closing[k - 1][1]) and not RE_DATE_LINE.match(closing[k - 1][1]):
                org = closing[k - 1][1]
            break
    return org, date


RE_SIGNER = re.compile(r"(?:党组|党委|党工委|委员会|人民政府|政府|办公室|办公厅|局|厅|委|院|部|中心|公司|集团|大学|学院|学校|领导小组|工作组)$")


def inner_signature_date(lines: list[tuple[int, str]]) -> str | None:
    """The date of a signature that is not at the very end (an attachment follows it):
    a date line right below a short line naming a body."""
    found = None
    for (_, a), (_, b) in zip(lines, lines[1:]):
        if RE_DATE_LINE.match(b) and _title_part(a) and RE_SIGNER.search(a):
            found = iso(parse_date_text(b))
    return found


RE_SPEECH_DATE = re.compile(
    r"^[—\-－─]{0,3}\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{6}日)\s*在.{2,60}(?:会议|大会)")


# a dated report: the date alone in parentheses under the title, "（2023年10月20日）"
RE_DATELINE = re.compile(r"^[(（]\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[)）]$")


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


def speech_date(lines: list[str]) -> str | None:
    """The date of a report read out at a meeting: "——2024年12月24日在…常务委员会第…次会议上"
    (also when a web copy lost the 年 and 月: "——20211228日在…会议上"), or dated under its title "（2023年10月20日）"."""
    for text in lines:
        d = RE_DATELINE.match(text.strip())
        if d:
            return iso(parse_date_text(d.group(1)))
        m = RE_SPEECH_DATE.match(text.strip())
        if m:
            raw = m.group(1)
            compact = re.fullmatch(r"((?:19|20)\d{2})(\d{2})(\d{2})日", raw)
            if compact:
                return iso(make_date(*(int(g) for g in compact.groups())))
            return iso(parse_date_text(raw))
    return None


RE_BARE_META_DATE = re.compile(r"^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:来源|$)")


# a page's date in its own line: "2022年09月27日 17:56:15 | 来源:…", "中国证券报 2023-02-22" (a source, then the date)
RE_BARE_CN_META_DATE = re.compile(r"^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*\d{1,2}:\d{2}")
RE_SOURCE_DATE = re.compile(r"^[\u4e00-\u9fff]{2,12}\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})$")
# "来源:中国…网 2023-10-11 14:22:54": a source line naming the site, then the page's timestamp
RE_SOURCE_LINE_DATE = re.compile(r"^[来來]源\s*[:：]\s*[^\d:：]{1,30}?\s*[|丨｜]?\s*((?:19|20)\d{2})\s*[-年]\s*(\d{1,2})\s*[-月]\s*(\d{1,2})\s*日?"
                                 r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
# a page's date at the very top with no label, or an English one: "date 2025-12-23 ▲…", "2025-12-23 ▲图片说明",
# "2025年12月23日 ▲…"
RE_TOP_DATE = re.compile(r"^(?:date\s*[:：]?\s*)?((?:19|20)\d{2})\s*[-年]\s*(\d{1,2})\s*[-月]\s*(\d{1,2})\s*日?"
                         r"(?=$|\s*[▲△■□●◆★|丨｜]|\s+[^\d\s至到—\-~～])", re.I)
# "成文日期:" with the date on the next line (a metadata table flattened to lines)
RE_META_LABEL = re.compile(r"^[•·\-*\s]*(?:发布|发文|成文|更新|公开)(?:日期|时间)\s*[:：]?\s*$")


def meta_date(lines: list[str]) -> str | None:
    for k, text in enumerate(lines):
        t = text.strip()
        m = (RE_META_DATE.search(text) or RE_BARE_META_DATE.match(t)  # "2019-11-21 09:14:39 来源:"
             or RE_BARE_CN_META_DATE.match(t) or RE_SOURCE_DATE.match(t) or RE_SOURCE_LINE_DATE.match(t)
             or (RE_TOP_DATE.match(t) if k < 3 else None))
        if m:
            return iso(make_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        if RE_META_LABEL.match(t) and k + 1 < len(lines):
            found = find_dates(lines[k + 1])
            if found and found[0].start == 0 and found[0].year:
                return iso(found[0].resolve(None))
    return None


# --- the inspection --------------------------------------------------------------------
RE_TEAM = re.compile(
    r"((?:中央|省委|市委|县委|区委|州委|旗委|盟委|省|市|县|区|州)?[^\s,，。;；、:：()（）“”对于向在由经]{0,14}?"
    r"(?:巡视组|巡察组|督察组|审计组|检查组|督导组|巡视工作组|审计厅|审计局|审计署|巡[视察][一二三四五六七八九十]组))"
)
RE_INSPECTED = re.compile(r"对\s*(.{2,40}?)(?:开展了?|进行了?|实施了?)(?:.{0,8}?)(?:巡视|巡察|督察|审计|检查|督导)")


RE_FEEDBACK = re.compile(
    r"反馈了|进行了反馈|进行反馈|正式反馈|集中反馈|反馈意见|反馈会|作了反馈|作出反馈|反馈问题|反馈了?(?:巡|督|审)|"
    r"进行了会议反馈|向[^。,，;；]{1,20}?反馈(?:了|第|本轮|巡|督|审)|(?<=日)\s*(?:正式|集中|统一)?反馈|"
    r"出具了?(?:审计)?报告|下达了?(?:审计)?(?:决定|报告|意见)|送达了?审计|印发了?审计报告"
)


def inspection_facts(text: str, issuer: str | None, title: str | None = None) -> ParsedInspection:
    out = ParsedInspection()
    text = restore_lost_units(text)
    sentences = re.split(r"(?<=[。;；])", text)
    offset = 0
    period_sentence = None
    visits: list[tuple[str, re.Match]] = []
    for s in sentences:
        if out.start is None and RE_INSPECTION_WORD.search(s):
            m = RE_PERIOD.search(s)
            # "2022年4月15日至17日，…巡视整改进展情况分批…公布": when the progress was published, not the inspection
            if m and re.search(r"公布|公开|公示", s) and not RE_INSPECTED.search(s):
                m = None
            # "11月16日至18日，…督察组下沉陆良督察…反馈问题整改情况": a visit that checks the rectification, not the inspection
            # (a 回头看 of the rectification is an inspection of its own, with its own feedback: it stays the period)
            if m and RE_CHECKS_RECTIFICATION.match(s, m.end()) and "回头看" not in s:
                visits.append((s, m))  # nor when feedback was given
                m = None
            # "于2021年2月1日至3日…进行了反馈": the days the feedback was given, not the inspection's period
            if m:
                fb = RE_FEEDBACK.search(s, m.end())
                if fb and not RE_INSPECTION_ACT.search(s, m.end(), fb.start()):
                    m = None
            if m:
                ctx = last_full_date_before(text, offset + m.start())
                y1 = int(m.group("y1")) if m.group("y1") else (ctx.year if ctx else None)
                start = make_date(y1, int(m.group("m1")), int(m.group("d1")))
                if start is None:  # "12月10日—11日" with no year before it: not a period this text can date
                    offset += len(s)
                    continue
                y2 = int(m.group("y2")) if m.group("y2") else y1
                m2 = int(m.group("m2")) if m.group("m2") else int(m.group("m1"))
                end = make_date(y2, m2, int(m.group("d2")))
                if start and end and end < start and not m.group("y2"):
                    end = make_date(y2 + 1, m2, int(m.group("d2")))
                out.start, out.end = iso(start), iso(end)
                period_sentence = (offset, s, m)
        offset += len(s)
    if out.start is None and RE_PERIOD_DOT.search(text):  # "2023.4.10—2023.6.9，市委第一巡察组对…开展了常规巡察": dotted dates
        for s in sentences:
            md = RE_PERIOD_DOT.search(s)
            if md and re.search(r"巡视|巡察|督察|审计|检查|督导", s):
                y1, m1, d1, y2, m2, d2 = md.groups()
                start = make_date(int(y1), int(m1), int(d1))
                end = make_date(int(y2 or y1), int(m2), int(d2))
                if start and end and end >= start:
                    out.start, out.end = iso(start), iso(end)
                    period_sentence = (None, s, md)
                    break
    if out.start is None and RE_START_ONLY.search(text):  # "从2018年8月30日开始，…巡察组对…进行了巡察": a start with no end
        for s in sentences:
            ms = RE_START_ONLY.search(s)
            if ms and re.search(r"巡视|巡察|督察|审计|检查|督导", s):
                out.start = iso(make_date(int(ms.group(1)), int(ms.group(2)), int(ms.group(3))))
                break
    # feedback: the date nearest before 反馈 in its sentence
    offset = 0
    for s in sentences:
        fm = RE_FEEDBACK.search(s)
        k = fm.start() if fm else -1
        if k >= 0:
            candidates = []
            for f in find_dates(s):
                # a page's own timestamp ("上传时间:2022-08-05", "2019-12-13 16:36") is not when feedback was given
                if re.match(r"\s*\d{1,2}:\d{2}", s[f.end: f.end + 8]) or re.search(r"(?:时间|日期)\s*[:：]\s*$", s[max(0, f.start - 6): f.start]):
                    continue
                spans = [pm for vs, pm in visits if vs is s]
                if period_sentence and period_sentence[1] is s:
                    spans.append(period_sentence[2])
                if any(f.start < pm.end() and f.end > pm.start() for pm in spans):
                    continue
                candidates.append(f)
            if not candidates and (out.end or out.start):
                day = _bare_day_after_period(s[:k], dt.date.fromisoformat(out.end or out.start))
                if day:
                    out.feedback_date = iso(day)
                    break
            if candidates:
                before = [f for f in candidates if f.start < k]
                f = before[-1] if before else candidates[0]
                ctx = last_full_date_before(text, offset + f.start)
                after = out.end or out.start  # the feedback follows the inspection: its year when the text gives none before
                if after:
                    end = dt.date.fromisoformat(after)
                    if ctx is None or ctx < end:
                        ctx = end
                d = f.resolve(ctx)
                if d:
                    out.feedback_date = iso(d)
                    break
        offset += len(s)
    # the team that inspected: the first one named as the subject of the inspection ("…巡察一组对叶塘镇党委进行了…"),
    # else the first named ("…就落实市委巡察组反馈意见…" only mentions one)
    m = first = None
    for t in RE_TEAM.finditer(text, 0, min(len(text), 4000)):  # the inspection is introduced near the top
        first = first or t
        if RE_INSPECTED.match(text, t.end(), t.end() + 60) or RE_STATIONED.match(text, t.end(), t.end() + 30):
            m = t
            break
    m = m or first or RE_TEAM.search(text)
    if m:
        out.inspector = _trim_team(_whole_team(text, m))
        tail = text[m.end(): m.end() + 120]
        mi = RE_INSPECTED.search(tail) or RE_STATIONED.search(tail)
        if mi:
            inspected = mi.group(1).strip()
            if re.fullmatch(r"我(?:市|县|区|省|州|局|委|厅|校|院|单位|公司)", inspected):
                own = issuer or (RE_TITLE_PLACE.match(title).group(1) if title and RE_TITLE_PLACE.match(title) else None)
                inspected = own if own and own[-1] == inspected[-1] else (issuer or None)
            # "对我市推进…重大项目计划执行情况进行了审计": a matter audited, not a body
            out.inspected = None if inspected and re.search(r"(?:情况|工作|项目|资金)$", inspected) else inspected
    return out


# what an inspection is called: also a technical review or acceptance check a report rectifies ("技术评估", "核查")
RE_INSPECTION_WORD = re.compile(r"巡视|巡察|督察|审计|检查|督导|评估|核查")
# the act of inspecting ("开展了第三轮省级生态环境保护督察"), not a mention ("对被巡察单位…进行了反馈")
RE_INSPECTION_ACT = re.compile(r"(?:开展|进行|实施|组织)了?[^,，。;；]{0,14}?(?:巡视|巡察|督察|审计|检查|督导|评估|核查|回头看)")
# the clause after a period says the visit checked how the rectification went ("…督察…反馈问题整改情况", "回访")
RE_CHECKS_RECTIFICATION = re.compile(r"[,，\s]*[^,，。;；]*?(?:整改(?:落实|推进|工作)?(?:情况|进展|成效)|回访)")
# a bare day before the feedback, in the month of the period ("在23日下午的技术评估反馈会上")
RE_BARE_DAY = re.compile(r"(?<![\d月.\-/])(\d{1,2})\s*日(?:上午|下午|晚上|晚)?")
RE_PERIOD_DOT = re.compile(r"((?:19|20)\d{2})[.．/](\d{1,2})[.．/](\d{1,2})\s*(?:至|到|—{1,2}|–|-|~|－|～)\s*"
                           r"(?:((?:19|20)\d{2})[.．/])?(\d{1,2})[.．/](\d{1,2})(?![\d.])")
RE_START_ONLY = re.compile(r"(?:从|自|于)\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:开始|起)")
# "…督察组进驻我市开展第二轮省级生态环境保护督察"
RE_STATIONED = re.compile(r"进驻\s*(.{2,20}?)(?:开展|进行|实施)")
RE_TITLE_PLACE = re.compile(r"^(.{2,8}?(?:省|自治区|市|州|盟|县|区|旗))")


RE_TEAM_STOP = re.compile(r"[\s,，。;；、:：()（）“”《》对于向在由经\-—–·•▲|丨]")


def _whole_team(text: str, m: re.Match) -> str:
    """The team's name from where its words start: a long name the pattern cut ("十二届湘潭市委第七轮巡察…组",
    not "潭市委第七轮…") is taken back to the stop before it, when one is near."""
    start = m.start(1)
    if start == 0 or RE_TEAM_STOP.match(text, start - 1) or RE_TEAM_STOP.match(text, start):
        return m.group(1)
    k = start - 1
    while k > 0 and start - k < 12 and not RE_TEAM_STOP.match(text, k - 1):
        k -= 1
    if k == 0 or RE_TEAM_STOP.match(text, k - 1):
        return text[k: m.end(1)]
    return m.group(1)


def _bare_day_after_period(before: str, last: dt.date) -> dt.date | None:
    """The last bare day ("23日") before the feedback word, in the month of the period's last day or the next one."""
    days = list(RE_BARE_DAY.finditer(before))
    if not days:
        return None
    n = int(days[-1].group(1))
    d = make_date(last.year, last.month, n)
    if d is None or d < last:
        d = make_date(last.year + (last.month == 12), last.month % 12 + 1, n)
    return d if d is not None and (d - last).days <= 31 else None


def _trim_team(team: str) -> str:
    """The team's name without what the match took in before it: a meeting subtitle ("…会议上市审计局"),
    a breadcrumb ("网站首页>市审计局"), a page button ("打印"), a verb ("区委组建4个巡察组", "…常委会审议了县审计局"),
    a page's date and photo mark run into it ("2025-12-23▲大陆国务院审计署")."""
    team = re.split(r"会议上?|[>》|▲△■□●◆★丨｜]|了", team)[-1]
    team = re.sub(r"^(?:\d{2,4}[-./]\d{1,2}[-./]\d{1,2}|[-./:])+", "", team)
    team = re.sub(r"^(?:打印|来自|自|由|经|根据|依据|据)", "", team)
    team = re.sub(r"(?:组建|派出|成立|抽调)(?=\d|[一二三四五六七八九十]+个)", "", team)
    return team


# --- headline figures --------------------------------------------------------------------
_DONE = r"(?:已(?:全部)?(?:整改完成|完成整改|整改到位|整改落实|完成|销号|整改|办结|落实)|已完成或基本完成|验收销号|整改完成|完成整改)"
# "N个问题" with what kind of problem between the count and the noun: "18个突出问题", "9070个各类生态环境问题",
# "5个共性问题"; not "3个方面问题" (aspects), nor "问题线索" (leads handed over, not problems). A pattern string:
# the declared-total pattern embeds it.
RE_PROBLEM_COUNT = (r"(\d+)\s*(?:个|项|条)(?!方面|大类|类|领域|单位|部门|地方|乡镇|县|市|区|批|轮|次)"
                    # not "向8个被巡察党组织反馈问题156个" (a count of bodies), nor "5条措施解决…问题" (27条具体问题: 条 counts them too)
                    r"(?:(?!党组织|党委|党组|党支部|单位|部门|企业|学校|社区|村|措施|建议|意见|举措|制度|机制)[^\d\s,，。;；、:：()（）“”\"]){0,8}?问题(?!线索)")
RE_BADLY_DONE = re.compile(r"\s*(?:的)?整改(?:工作)?(?:不够|不)(?:到位|彻底|扎实)|\s*(?:尚)?未(?:按期)?(?:完成)?整改|\s*整改不力")
# a sentence that gives one unit's case as an example is not the document's headline
RE_EXAMPLE_CLAUSE = re.compile(r"^(?:有些|有的|部分|个别|其中|例如|比如|如)[^,，]{0,8}?(?:单位|部门|地方|乡镇|县|区)")


# the done part stated after its total: "45个具体问题有39个已完成整改", "问题41个,其中35个已整改"
RE_PART_DONE = re.compile(rf"\s*[,，]?\s*(?:其中|中)?\s*[,，]?\s*(?:已)?(?:有)?\s*(\d+)\s*[个项条](?:问题)?\s*(?:均|已经|经)?{_DONE}")
# a count of aspects just before the count of problems: "…三大方面的45项问题", "等10个方面27条具体问题"
RE_ASPECTS_BEFORE = re.compile(r"(?:\d+|[一二三四五六七八九十两]{1,3})\s*(?:个|大)?方面(?:的)?\s*$")
# problems that someone else found: the body's own discipline committee or its spot checks
# ("公司纪委…现场督查3次,发现问题3个"), not the inspection's total
RE_OTHERS_FINDINGS = re.compile(
    r"(?:纪委|纪检|纪工委|监察专员)[^。;；]{0,80}?(?:发现|查出|查找)(?:各类)?问题\s*\d+\s*[个项条]"
    r"|(?:督查|检查|抽查|暗访|巡查)\s*\d+\s*(?:次|轮|批)\s*[,，、]\s*(?:共)?(?:发现|查出)(?:各类)?问题\s*\d+\s*[个项条]")


def _without_others_findings(t: str) -> str:
    """The text with the counts of problems found by someone other than the inspection left out."""
    return RE_OTHERS_FINDINGS.sub(lambda m: "，" * len(m.group(0)), t) if "问题" in t else t


def headline_figures(text: str) -> Headline:
    h = Headline()
    # drop example clauses ("有些单位建立长效机制抓整改，附海镇…21个问题…") before reading figures
    t = "".join(c for c in re.split(r"(?<=[。;；\n])", text) if not RE_EXAMPLE_CLAUSE.match(c.strip()))
    t = _without_others_findings(t)
    declared = _declared_problems(t)
    if declared is not None:
        h.problems_total = declared
    shared = _shared_and_own(t)  # "共性问题5个、个性问题12个": the two kinds add up
    if shared is not None:
        h.problems_total, end = shared
        after = re.split(r"[。;；]", t[end:], maxsplit=1)[0]
        md = re.search(rf"{_DONE}(?:整改)?(?:问题)?(\d+)\s*[个项]", after)
        if md:
            h.problems_done = int(md.group(1))
        elif re.search(r"已(?:经)?全部(?:完成)?整改|全部整改到位|已全部完成|全部销号", after):
            h.problems_done = h.problems_total
    # problems
    own_done = RE_LEVEL_DONE.search(t)  # "完成镇级问题整改38个": a done count given alone, of the body the text is about
    for m in re.finditer(RE_PROBLEM_COUNT, t):
        n = int(m.group(1))
        after = t[m.end(): m.end() + 14]
        before = t[max(0, m.start() - 24): m.start()]
        md = re.match(rf"[^。;；]{{0,4}}?{_DONE}(?:整改)?(\d+)\s*[个项]", after) or RE_PART_DONE.match(after)
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
        if re.match(rf"\s*{_DONE}", after) or re.search(r"(?:已|完成|整改完成)[^。,，]{0,4}$", before):
            if h.problems_done is None:
                h.problems_done = n
                if "全部" in after[:6] and h.problems_total is None:
                    h.problems_total = n
            continue
        if RE_BADLY_DONE.match(after):  # "…存在8个方面36个问题整改不够到位": a supervision's finding, not the total
            continue
        if re.match(r"\s*[,，]?\s*(?:均|全部|都)已(?:经)?(?:全部)?(?:完成)?整改|\s*[,，]?\s*已(?:经)?全部(?:完成)?整改", after):
            # "反馈的4个方面21个问题，均已完成整改": all of them
            if h.problems_total is None or h.problems_total == n:
                h.problems_total, h.problems_done = n, n
            continue
        if re.match(r"\s*(?:正在|仍在|尚在|持续)", after):
            h.problems_in_progress = h.problems_in_progress or n
            continue
        # "针对…审计报告的24个项目的483个问题": the problems an audit report or a feedback states
        # "…对该镇党委4大类16个方面22个问题…的整改情况进行了检查": the problems whose rectification is reported
        if h.problems_total is None and (re.search(r"反馈|指出|梳理|交办|查出|发现|存在|共|涉及|明确|反映|提出|列出|针对|审计报告",
                                                   before + t[m.start():m.end()])
                                         # "…在落实党的全面领导、…三大方面的45项问题": problems counted after their aspects
                                         or re.search(r"方面(?:的|存在的|共)?\s*$", before) or RE_ASPECTS_BEFORE.search(before)
                                         or re.match(r"[^。;；,，]{0,16}?的整改(?:情况|落实情况|进展)", after + t[m.end() + 14: m.end() + 30])):
            h.problems_total = n
            md = RE_DONE_OF_THEM.match(t, m.end())
            if md and h.problems_done is None:
                h.problems_done = int(md.group(1) or md.group("n2"))
    for m in re.finditer(r"问题(?:清单)?(?:共计|总计|合计|共有|共|有)?(\d+)\s*([个项条])", t):
        if re.search(r"整改(?:完成|到位)?$", t[max(0, m.start() - 4): m.start()]):  # "共整改问题312个": done, not the total
            if h.problems_done is None and h.problems_total is None:
                h.problems_done = int(m.group(1))
            continue
        if h.problems_total is None and re.search(r"反馈|指出|交办|反映|涉及|发现|查出|梳理|共|(?<!累)计", t[max(0, m.start() - 10): m.start() + 4]):
            h.problems_total = int(m.group(1))
            md = RE_DONE_OF_THEM.match(t, m.end()) or RE_PART_DONE.match(t, m.end(), m.end() + 20)  # "指出具体问题41个，其中35个已整改"
            if md and h.problems_done is None:
                h.problems_done = int(md.group(1) or md.groupdict().get("n2"))
            # "指出问题28条，已整改26条": the done count in the total's own counter, right after it
            md = re.match(rf"\s*[,，]\s*{_DONE}(?:整改)?(\d+)\s*{m.group(2)}", t[m.end(): m.end() + 16])
            if md and h.problems_done is None:
                h.problems_done = int(md.group(1))
    m = re.search(r"(?:已整改到位|已整改完成|已完成整改|已整改|已完成|完成整改|已销号|已办结)(?:的)?(?:问题)?(\d+)\s*(?:个|项)(?!措施|条|制度|机制)", t)
    if own_done is not None and (m is None or own_done.start() < m.start()):
        m = own_done
    if m and h.problems_done is None:
        # the done count belongs to the count of problems just before it ("…反馈18项问题，完成整改11项"), when there is one
        before_done = t[: m.start()]
        nearest = [int(c.group(1)) for c in sorted(list(re.finditer(RE_PROBLEM_COUNT, before_done))
                                                   + list(re.finditer(r"问题(\d+)\s*[个项]", before_done)), key=lambda c: c.end())]
        if h.problems_total is None or not nearest or nearest[-1] == h.problems_total:
            h.problems_done = int(m.group(1))
    m = re.search(r"(?:正在整改|正在推进(?:整改)?|持续推进|推进中)(\d+)\s*(?:个|项)", t)
    if m and h.problems_in_progress is None:
        h.problems_in_progress = int(m.group(1))
    if h.problems_total is None and h.problems_done is not None and h.problems_in_progress is not None:
        h.problems_total = h.problems_done + h.problems_in_progress
    # problems refined into specific ones ("反馈的12个问题…细化为45项具体问题，已完成整改40项"): the ledger holds the 45
    mr = RE_REFINED_PROBLEMS.search(t)
    if mr:
        h.problems_total = int(mr.group(1))
        md = re.match(rf"[^。;；]{{0,12}}?{_DONE}(?:整改)?(\d+)\s*[个项]", t[mr.end(): mr.end() + 30])
        h.problems_done = int(md.group(1)) if md else None
    # "反馈的问题已全部整改完毕，共完成整改问题89个": every problem done, so the done count is the total too
    if h.problems_total is None and h.problems_done is not None and RE_EVERY_PROBLEM_DONE.search(t):
        h.problems_total = h.problems_done
    # "对照反馈的3个问题，逐条制定整改措施，截至目前已全部完成整改": all of them, said later in the sentence
    if h.problems_total is not None and h.problems_done is None:
        h.problems_done = _all_done_later(t, h.problems_total)
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
    # an inspection's feedback divided into tasks (督察: "反馈的30项整改任务，已完成或基本完成25项"): the tasks are its problems
    if re.search(r"督察|督查", t):
        tasks = _task_figures(t)
        if tasks is not None:
            total, done, at = tasks
            first_problem = re.search(RE_PROBLEM_COUNT, t)
            if h.problems_total is None or (first_problem is not None and at < first_problem.start()):
                h.problems_total, h.problems_done = total, done
            t = RE_TASKS.sub("", t)
    # measures
    for m in re.finditer(r"(\d+)\s*(?:条|项)(?:具体|整改|工作)*(?:整改)?(?:措施|任务)", t):
        n = int(m.group(1))
        after = t[m.end(): m.end() + 10]
        before = t[max(0, m.start() - 8): m.start()]
        md = re.match(rf"\s*(?:中)?[,，]?\s*{_DONE}(?:整改)?(\d+)\s*(?:项|条)", after)
        if md:  # "58项整改措施已完成51项"
            if h.measures_total is None:
                h.measures_total = n
            if h.measures_done is None:
                h.measures_done = int(md.group(1))
        elif re.match(rf"\s*{_DONE}", after) or re.search(r"(?:已完成|已落实|完成)\s*$", before):
            h.measures_done = h.measures_done if h.measures_done is not None else n
            # "29项整改措施已完成" with no count after it: all of them, so the total too (not "其中12项…")
            if h.measures_total is None and re.match(rf"\s*{_DONE}\s*(?:[,，。;；]|$)", after) and not re.search(r"其中\s*$", before):
                h.measures_total = n
        elif h.measures_total is None:
            h.measures_total = n
    for m in re.finditer(r"(\d+)\s*条(?:整改措施)?已(?:全部)?(?:完成|落实)", t):
        if h.measures_done is None:
            h.measures_done = int(m.group(1))
    m = re.search(r"(?:已完成|已落实|完成|已整改)(?:整改)?(?:措施|任务)(\d+)\s*(?:条|项)", t)
    if m and h.measures_done is None:
        h.measures_done = int(m.group(1))
    for m in re.finditer(r"(?<!完成)(?<!落实)(?:制定|明确|细化|共有|共)?整改(?:措施|任务)(\d+)\s*(?:条|项)", t):
        if h.measures_total is None:
            h.measures_total = int(m.group(1))
        # "共制定整改措施37条，已完成31条": the done count belongs to the total it follows
        md = re.match(rf"\s*[,，]?\s*(?:其中)?\s*{_DONE}(?:整改)?(\d+)\s*(?:条|项)", t[m.end(): m.end() + 16])
        if md and h.measures_done is None and int(m.group(1)) == h.measures_total:
            h.measures_done = int(md.group(1))
            break
    # rules
    for rx in (
        r"(?:形成|建立|制定|出台|修订|完善|新制定|建立健全|修订完善|新建|印发|健全)[^。;；,，\d]{0,10}?(?:制度机制|长效机制|工作制度|规章制度|制度|机制)[^。;；,，\d]{0,4}?(\d+)\s*(?:项|个|份|条|件|套)",
        r"(?:形成|建立|制定|出台|修订|新制定|印发|完善|健全)[^。;；,，\d]{0,6}?(\d+)\s*(?:项|个|份|条|件|套)[^。;；,，\d]{0,6}?(?:制度|机制|规定|办法)",
        r"建章立制\s*(\d+)\s*(?:项|个|份|条|件|套)",
    ):
        m = re.search(rx, t)
        if m:
            h.rules_made = int(m.group(1))
            break
    m = re.search(r"(?:总体?进度|完成率|整改率|总完成率)\s*(?:为|达到?)?\s*(\d+(?:\.\d+)?)\s*%", t)
    if m:
        h.progress_percent = float(m.group(1))
    return h


# a done count of one level's problems given alone: "完成镇级问题整改38个", "完成本级问题整改12项"
RE_LEVEL_DONE = re.compile(r"(?<!未)完成(?:[省市县区镇乡村校院局]级|本级|本单位)问题整改(\d+)\s*[个项]")
# the done part of a count just stated: "…问题41个，其中35个已整改" / "…，其中已整改35个"
RE_DONE_OF_THEM = re.compile(rf"\s*[,，]\s*其中\s*(?:(\d+)\s*[个项](?:问题)?\s*{_DONE}|{_DONE}(?:整改)?(?:问题)?(?P<n2>\d+)\s*[个项])")
RE_TASKS = re.compile(r"(\d+)\s*项(?:具体)?(?:整改)?任务|整改任务(?:共|总计|合计)?(\d+)\s*项")
RE_FEEDBACK_TASKS = re.compile(
    r"(?:反馈意见|反馈问题|整改任务)[^。;；\d]{0,12}?(?:明确|分解|梳理|细化|归纳|确定)为\s*(\d+)\s*项(?:主要|重点)?(?:整改)?任务")
_TASK_DONE = r"(?:已(?:全部|基本)?(?:整改完成|完成整改|整改到位|整改|完成|销号|办结|落实)|已完成或基本完成|完成整改|整改完成)"


def _task_figures(t: str) -> tuple[int, int | None, int] | None:
    """(tasks, done, where) of the first task count of an inspection divided into tasks.

    "共反馈整改任务41项，已完成整改25项"; "55项整改任务…13项整改任务已基本完成6项";
    "已完成313项整改任务，占…明确531项任务" (the done count first); "20项整改任务已全部整改到位"."""
    found = list(RE_TASKS.finditer(t))
    if not found:
        return None
    first = found[0]
    n = int(first.group(1) or first.group(2))
    before = t[max(0, first.start() - 8): first.start()]
    if re.search(r"(?:已|已经|累计)(?:全部|基本)?完成(?:整改)?\s*$", before):  # done first, then its total
        later = next((m for m in found[1:] if m.start() - first.end() < 40), None)
        if later is None:
            return None
        return int(later.group(1) or later.group(2)), n, first.start()
    after = t[first.end(): first.end() + 160]
    if re.match(r"[^。;；\d]{0,6}?已(?:经)?全部(?:整改|完成|销号)", after):
        return n, n, first.start()
    md = re.search(rf"{_TASK_DONE}[^\d。;；]{{0,4}}?(\d+)\s*项", after)
    return n, (int(md.group(1)) if md else None), first.start()


RE_REFINED_PROBLEMS = re.compile(r"(?:细化|分解|细化分解|拆分)为\s*(\d+)\s*[个项](?:具体|细化)?问题")
# one part of a split count: "立行立改问题12个，已全部整改到位" / "需持续整改问题40个，已完成35个"
RE_SPLIT_PART = re.compile(
    rf"(?:其中)?[^\d,，。;；、]{{0,10}}?问题\s*(\d+)\s*[个项]\s*[,，]?\s*"
    rf"(?:(?P<all>(?:均|都)?已(?:经)?全部(?:完成)?(?:整改(?:到位|完成)?|完成|销号))|{_DONE}(?:整改)?\s*(?P<done>\d+)\s*[个项])")


RE_EVERY_PROBLEM_DONE = re.compile(r"(?:反馈|交办|指出)的?问题(?:已经?|均已|都已)全部(?:完成)?整改(?:完毕|到位|完成)?")
# said as done ("已全部完成整改", "均已整改到位"), not as a goal ("确保…全部整改到位")
RE_ALL_DONE = re.compile(r"(?:已经?|均已|都已)全部(?:完成)?整改(?:到位|完成)?|已全部(?:完成|销号)|均已(?:完成)?整改(?:到位)?"
                         r"|(?<!确保)(?<!力争)(?<!要)(?<!将)(?<!务必)全部完成(?:了)?整改")


def _all_done_later(t: str, total: int) -> int | None:
    """The total when the sentence that states it says, with no other count between, that all are done."""
    for m in re.finditer(RE_PROBLEM_COUNT, t):
        if int(m.group(1)) != total:
            continue
        rest = re.split(r"[。;；]", t[m.end():], maxsplit=1)[0]
        done = RE_ALL_DONE.search(rest)
        if done and not re.search(r"\d+\s*[个项条件]", rest[: done.start()]) and not re.match(r"\s*\d", rest[done.end():]):
            return total
        return None
    return None


def _split_done(t: str, total: int) -> int | None:
    """The done count of a total split into parts that each state theirs, in one sentence; None unless the parts
    add up to the total."""
    for sentence in re.split(r"。", t):
        parts = list(RE_SPLIT_PART.finditer(sentence))
        if len(parts) < 2:
            continue
        counts = [int(p.group(1)) for p in parts]
        if sum(counts) != total:
            continue
        return sum(n if p.group("all") else int(p.group("done")) for n, p in zip(counts, parts))
    return None


RE_SHARED_OWN = re.compile(
    r"共性问题\s*(\d+)\s*[个项]\s*[、,，和及]\s*个性问题\s*(\d+)\s*[个项]"
    r"|(\d+)\s*[个项]共性问题\s*[、,，和及]\s*(\d+)\s*[个项]个性问题")


def _shared_and_own(t: str) -> tuple[int, int] | None:
    """(total, end) of "共性问题5个、个性问题12个" / "5个共性问题和12个个性问题"."""
    m = RE_SHARED_OWN.search(t)
    if not m:
        return None
    a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return int(a) + int(b), m.end()


def _declared_problems(t: str) -> int | None:
    """The first stated total of problems ("反馈的697个问题", "共计50项具体问题", "问题有46项")."""
    best = None
    for rx in (r"(?:反馈|指出|梳理|交办|查出|发现|存在|共计|共|涉及|明确|反映|列出|围绕|聚焦|针对)[^。;；,，\d]{0,12}?"
               r"(?:\d+\s*(?:个|大)?(?:方面|类|大类|领域)[、,，]?\s*){0,2}" + RE_PROBLEM_COUNT,
               r"问题(?:共计|总计|合计|共有|有)(\d+)\s*[个项]",
               r"问题总数(?:为|是|达)?\s*(\d+)\s*[个项]"):  # "完成整改问题313个，占问题总数531个的58.9%"
        m = next((m for m in re.finditer(rx, t)
                  if not re.match(rf"\s*{_DONE}", t[m.end(): m.end() + 8]) and not RE_BADLY_DONE.match(t[m.end(): m.end() + 14])), None)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), int(m.group(1)))
    return best[1] if best else None


# "附件1 …整改进展情况（共20个问题，已完成13个）": counts given per attachment
RE_ATTACHMENT_COUNT = re.compile(
    r"[(（]\s*共\s*(\d+)\s*个(?:具体)?问题(?:\s*[,，、;；]\s*(?:其中)?\s*已(?:完成|整改)(?:整改)?\s*(\d+)\s*个)?")


def attachment_counts(texts: list[str]) -> list[tuple[int, int | None]]:
    """(problems, done) declared under each attachment heading ("附件1" and the two lines after it)."""
    from .tree import RE_ATTACHMENT_START

    out: list[tuple[int, int | None]] = []
    left = 0
    for t in texts:
        if RE_ATTACHMENT_START.match(t):
            left = 3
        if left:
            m = RE_ATTACHMENT_COUNT.search(t)
            if m:
                out.append((int(m.group(1)), int(m.group(2)) if m.group(2) else None))
                left = 0
                continue
            left -= 1
    return out


def add_attachment_counts(h: Headline, texts: list[str]) -> None:
    """Counts given per attachment add up to the document's when the body states no total of its own
    (the list of attachments at the end of the body repeats each attachment's count: not a total)."""
    counts = attachment_counts(texts)
    if len(counts) < 2:
        return
    if h.problems_total is not None and h.problems_total not in [n for n, _ in counts]:
        return
    h.problems_total = sum(n for n, _ in counts)
    dones = [d for _, d in counts]
    if all(d is not None for d in dones):
        h.problems_done = sum(dones)
    elif h.problems_done in dones:
        h.problems_done = None
