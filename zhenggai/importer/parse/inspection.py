"""The inspection a document reports: the team, the body inspected, the period it ran and the day feedback was given.

Days written without a year take it from the text before them, else from the document's own date (its page's or its
signature's): see ``_dated``."""
from __future__ import annotations

import datetime as dt
import re

from ..result import ParsedInspection
from .rx import NearAnchor, Needles, SplitAfter

_AFTER_STOP = SplitAfter("[。;；]")  # (sentences cut after their stops, as re.split(r"(?<=[。;；])", …) cut them)
from .dates import RE_PERIOD, FoundDate, _month_day, arabic_dates, find_dates, iso, last_full_date_before, make_date, restore_lost_units, roc_years
from .normalize import RE_DATED_CHECK_LINE

_TEAM_NAME = r"(?:巡视组|巡察组|督察组|审计组|检查组|督导组|巡视工作组|审计厅|审计局|审计署|巡[视察][一二三四五六七八九十]组)"
# (NearAnchor: the team's name starts at most 16 characters after the match does — a 2-character body, 14 between —
# so the pattern is tried only just before a team's name, not at every offset of the text's first 4,000)
RE_TEAM = NearAnchor(
    r"((?:中央|省委|市委|县委|区委|州委|旗委|盟委|省|市|县|区|州)?[^\s,，。;；、:：()（）“”对于向在由经]{0,14}?" + _TEAM_NAME + ")"
    r"(?!别)",  # not a field table's label "巡察组别" (the team is its value)
    _TEAM_NAME, 16)
RE_INSPECTED = re.compile(r"对\s*([^，,。;；\n]{2,40}?)(?:开展了?|进行了?|实施了?)(?:.{0,8}?)(?:巡视|巡察|督察|审计|检查|督导)")


RE_FEEDBACK = re.compile(
    # (notice25: the round named between the verb and its feedback, "专项巡察组对我院进行巡察反馈", "开展巡察反馈")
    r"反馈了|(?:进行|开展)了?(?:巡视|巡察|督察|集中|现场|书面)?反馈|正式反馈|集中反馈|反馈意见|反馈会|作了反馈|作出反馈|反馈问题|反馈了?(?:巡|督|审)|"
    r"进行了会议反馈|向[^。,，;；]{1,20}?反馈(?:了|第|本轮|专项|巡|督|审)|"
    # what the team found, however it is qualified: "向佘家镇党委反馈村级全覆盖巡察情况" (also a joint round named with
    # 暨, "向某局党组反馈联动巡察暨“回头看”情况")
    r"向[^。,，;；]{1,20}?反馈[^。,，;；]{1,10}?(?:巡视|巡察|督察|审计)(?:工作)?(?:暨[^。,，;；]{1,10}?)?情况|"
    # (a special round is named by its theme, which may run longer: "向某局党组反馈推动开发园区高质量发展专项巡视情况")
    r"向[^。,，;；]{1,20}?反馈[^。,，;；]{1,24}?专项(?:巡视|巡察|督察|审计)(?:工作)?情况|(?<=日)\s*向[^。,，;；]{1,20}?反馈的|(?<=日)\s*(?:正式|集中|统一)?反馈(?!时间|日期)|意见反馈|情况反馈|"
    r"出具了?(?:审计)?报告|下达了?(?:审计)?(?:决定|报告|意见)|送达了?审计(?:报告|决定|意见|结果)|印发了?审计报告"
    # (notice25: not "进行了送达审计", an audit done on the papers the body sends in — a kind of audit, not a handing over)
    # a regulator's decision after its check, handed down by name: "…进行了现场检查,并于2011年2月7日下发了《关于对…采取责令改正
    # 措施的决定》" (not a notice of work to do: "下发了《…工作方案的通知》")
    r"|(?:下发|下达|出具)了?《[^》]{0,60}?(?:决定|意见书|监管函|警示函|整改通知书|责令改正通知书)》"
    # os18: or the check's own bulletin of what it found, handed down on a dated day: "…开展了…督查,并于9月7日下发了
    # 《2020年上半年全市文化旅游公共服务督查情况通报》" (a 督查/检查 通报 by name; not a notice of work, "…工作的通知》")
    r"|(?<=日)\s*(?:下发|印发|下达)了?《[^》]{0,60}?(?:督查|督察|检查|督导|暗访|巡查)(?:情况|结果)?(?:的)?通报》"
    # the audit office handing its report to the body audited or to the government: "县审计局向县人民政府提交了…的审计工作报告"
    r"|(?:提交|报送|呈报)了?[^。,，;；]{0,40}?审计(?:工作)?报告"
    # fed back to someone, the clause ending there: "7月20日向集团党委书记反馈。"
    r"|向[^。,，;；]{1,20}?反馈(?=[。,，;；]|$)"
    # the team reporting what it found, then asking for rectification: "并于去年12月14日通报巡视工作情况，提出整改意见"
    # (or, on a dated day, to the body inspected: "于12月14日向县委通报巡视情况")
    r"|通报(?:了)?(?:巡视|巡察|督察)(?:工作)?情况(?=[,，、]?\s*(?:并|同时)?\s*(?:提出|指出|反馈))"
    r"|(?<=日)\s*向[^。,，;；]{1,20}?通报(?:了)?(?:巡视|巡察|督察)(?:工作)?情况"
    # the report or opinions handed over: "将督察报告移交我省", "巡视意见正式送达", "移交了巡察反馈意见"
    r"|(?:督察|巡视|巡察|审计)(?:报告|意见)(?:正式)?(?:移交|送达|转交)|(?:移交|送达|转交)了?[^。,，;；]{0,8}?(?:督察|巡视|巡察|审计)(?:报告|意见)"
    # figs22: the team's report or opinions handed over by their name, however the handing is qualified ("并于12月30日向
    # 我市书面反馈《某市省级生态环境保护督察报告》", "送达《关于巡视某校党委的反馈意见》"); not the body's own report of
    # its rectification sent back ("向市委书面反馈《…整改情况的报告》")
    # (bw25: an audit office's report issued under its name, "并于2024年6月12日出具了《审计报告》（某审报〔2024〕9号）",
    # "下达了《审计决定书》"… as "出具了审计报告" above; not the body's "出具了《…整改情况报告》")
    r"|(?:反馈|移交|送达|转交|出具|下达)了?《(?![^》]{0,60}?整改)[^》]{0,60}?(?:督察|巡视|巡察|审计|督查)[^》]{0,16}?(?:报告|意见|决定书?)》"
)
# (read a sentence at a time: every branch above holds one of these words, and most sentences hold none — a new branch
# must add its word here; test_perf17 holds the two forms to the same matches)
_FEEDBACK_WORDS = ("反馈", "出具", "下达", "送达", "印发", "下发", "提交", "报送", "呈报", "通报", "移交", "转交")
RE_FEEDBACK = Needles(RE_FEEDBACK, _FEEDBACK_WORDS)


# a date followed by a page label: the page's own date, not an event it reports
RE_BEFORE_PAGE_LABEL = re.compile(r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[|丨｜]?\s*(?:[来來]源|作者|编辑|浏览|点击|发布|信息来源)")


def _publication_date(text: str) -> dt.date | None:
    """The page's own date near its top ("2017-01-20 来源:教育部", "发布时间：2023-05-04"): every event the page
    reports happened by then."""
    head = text[:800]
    for f in find_dates(head):
        if f.year and (RE_BEFORE_PAGE_LABEL.match(head, f.end)
                       or re.search(r"(?:发布|发文|更新)(?:时间|日期)\s*[:：]?\s*$|^\s*(?:时间|日期)\s*[:：]\s*$",
                                    head[max(0, f.start - 8): f.start])):
            return f.resolve(None)
    return None


def _year_of_same_period(text: str, m: re.Match) -> int | None:
    """The year of a period written without one, from the same period written with one elsewhere in the text: the
    same first and last days are the same period (a caption or heading that repeats it)."""
    def days(p: re.Match) -> tuple:
        return int(p.group("m1")), int(p.group("d1")), int(p.group("m2") or p.group("m1")), int(p.group("d2"))
    return next((int(p.group("y1")) for p in RE_PERIOD.finditer(text) if p.group("y1") and days(p) == days(m)), None)


# an evaluation held in stages, online and then on site ("2023年5月15日-6月4日，学校接受线上评估…。2023年6月14-17日，
# 专家组对学校进行了入校评估"): the inspection runs from the online stage's first day to the on-site stage's last
RE_ON_SITE_STAGE = re.compile(r"(?:入校|现场|实地|进校)(?:考察|评估|考查)")
RE_ONLINE_STAGE = re.compile(r"(?:线上|网上|远程|在线)(?:考察|评估|考查)")


def _online_stage_first(out: ParsedInspection, visits: list, on_site: str) -> None:
    for s, m in visits:
        if s is on_site or not RE_ONLINE_STAGE.search(s) or not m.group("y1"):
            continue
        start = make_date(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
        if start is not None and out.start is not None and iso(start) < out.start:
            out.start = iso(start)
        break


# a heading that names the period its checks cover, and nothing else: "2025年3月17日-4月20日督导检查情况" (under a 督察通报's
# title, or as the title a copy gave it); the sub-checks its sections date ("4月10日-14日,共检查…") are parts of it
RE_PERIOD_HEADING = re.compile(r"^\s*(?:" + RE_PERIOD.pattern + r")\s*(?:的)?(?:督导检查|督查检查|督察检查|检查督导|督导|督查|督察|检查|巡查|暗访)"
                               r"(?:工作)?(?:情况)?\s*$", re.M)


def _period_heading(out: ParsedInspection, title: str | None, text: str) -> None:
    """The period a heading names for the checks a document reports, its first year written (a yearless heading is
    left to the period readers)."""
    for source in (title or "", text[:600]):
        m = RE_PERIOD_HEADING.search(source)
        if m and m.group("y1"):
            start = make_date(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
            end = make_date(int(m.group("y2") or m.group("y1")), int(m.group("m2") or m.group("m1")), int(m.group("d2")))
            if start and end and start <= end:
                out.start, out.end = iso(start), iso(end)
                return


# a form's field giving the one day of the check: "督导时间:2018年8月23日", "检查日期：2019.5.6", also with its 年/月/日
# lost ("督导时间:2018823": the digits split into a month and a day one way only)
def _dated_check_line(out: ParsedInspection, text: str, doc_date: dt.date | None) -> None:
    """ns18b: a line of its own naming a check by its full date and nothing else ("2024年8月31日开学前安全检查", a blog
    card's heading over what the check found): that day is the start and the end (a date inside a sentence is not read
    here, nor a day after the document's own date)."""
    for line in text.splitlines():
        line = line.strip()
        if line[:2] in ("19", "20") and RE_DATED_CHECK_LINE.match(line):
            m = RE_FULL_DAY_OPENING.match(line)
            day = make_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
            if day is not None and (doc_date is None or day <= doc_date):
                out.start = out.end = iso(day)
            return


RE_FULL_DAY_OPENING = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


RE_CHECK_DAY_FIELD = re.compile(r"(?:督导|检查|督查|巡查|暗访|抽查|督学)(?:时间|日期)\s*[:：]\s*")


RE_TITLE_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _day_named_by_title(text: str, title: str | None) -> str:
    """kfg: a copy that lost 月 and 日 from the day its lead opens with ("118,县双创办…进行了巡查" under the title "11月8日
    …情况的通报"): the digits at a line's start, before a comma, that spell the day the title names are that day (only
    that day: other digits are left alone)."""
    mt = RE_TITLE_DAY.search(title or "")
    if mt is None:
        return text
    digits = mt.group(1) + mt.group(2)
    return re.sub(rf"(?m)^(\s*){digits}(?=\s*[,，])", lambda m: f"{m.group(1)}{mt.group(1)}月{mt.group(2)}日", text, count=1)


RE_SUPERVISES_WORK = re.compile(r"对[^。;；]{2,60}?(?:专项整治|排查整治|问题整改|整改)工作(?:推进情况|落实情况|开展情况)?(?:开展|进行)了?(?:调研)?(?:督导|督查)")
RE_OWN_INSPECTION_WORD = re.compile(r"巡视|巡察|督察|审计")
RE_DATE_ALONE_LINE = re.compile(r"\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*")
RE_PAGE_STAMP_VALUE = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*[|丨｜]?\s*(?:[来來]源|作者|编辑|浏览|点击|发布|信息来源)")


def _check_day_field(out: ParsedInspection, text: str, doc_date: dt.date | None) -> None:
    """One day given in a check's date field (not a period: "检查时间：5月6日至8日" is read as one), on or before the
    document's own date."""
    for m in RE_CHECK_DAY_FIELD.finditer(text):
        value = text[m.end(): m.end() + 24]
        if RE_PERIOD.match(value) or re.match(r"[^\n]{0,16}?(?:至|到|—|~|－|～)", value):
            continue
        # kfg: a page's posting time with its clock and its page labels after it ("…专项检查" as a title glued to
        # "时间:2016-11-08 11:41作者:…来源:…") is the page's, not a check's day field
        if RE_PAGE_STAMP_VALUE.match(value + text[m.end() + 24: m.end() + 40]):
            continue
        day = None
        ml = re.match(r"((?:19|20)\d{2})(\d{2,4})(?![\d年.\-/])", value)
        if ml:
            md = _month_day(ml.group(2))
            day = make_date(int(ml.group(1)), *md) if md else None
        else:
            f = next((f for f in find_dates(value) if f.start == 0), None)
            day = f.resolve(None) if f is not None and f.year else None
        if day is not None and (doc_date is None or day <= doc_date):
            out.start = out.end = iso(day)
            return


# a table's column of the day each body was checked, its header alone ("抽查时间 | 被抽查单位 | 发现问题个数 | …")
RE_CHECK_DAY_COLUMN = re.compile(r"(?:抽查|检查|督查|督导|巡查|暗访)(?:时间|日期)(?!\s*[:：为])")


def _check_day_column(out: ParsedInspection, text: str, doc_date: dt.date | None) -> None:
    """A check-date column that gives the same day on every row ("2024.10.9" in each of eight rows) dates a one-day
    check; rows on different days give none (each body's own day)."""
    m = RE_CHECK_DAY_COLUMN.search(text)
    found = find_dates(text[m.end(): m.end() + 6000])
    days = {f.resolve(None) for f in found if f.year}
    if len(days) == 1 and len(found) >= 2:
        day = days.pop()
        if day is not None and (doc_date is None or day <= doc_date):
            out.start = out.end = iso(day)


# two days in a row listed: "8月22日、23日,市提升办分四组…进行了巡查暗访" (a two-day check)
RE_TWO_DAYS_LISTED = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[、和及]\s*(\d{1,2})\s*日")
# res19: three or more days listed, each with its 日 ("3月20日、21日、22日") or, written without them, counted after the
# list ("3月20、21、22三天", a 督学's monthly report): the list and its count
RE_DAYS_LISTED = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*(日?)((?:\s*[、和及]\s*\d{1,2}\s*日?){2,6})\s*([两二三四五六七]天)?")
_COUNT_DAYS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}


def _days_listed(m: re.Match) -> str:
    """Days listed one after another, each the day after the one before, are one span of days ("3月20、21、22三天" →
    "3月20日至22日三天"); days further apart, a count that does not match the list, or bare numbers with no 日 and no
    count after them ("3月20、21、22" may be anything) stay as written."""
    rest = [int(d) for d in re.findall(r"\d{1,2}", m.group(4))]
    days = [int(m.group(2))] + rest
    marked = m.group(3) and m.group(4).count("日") == len(rest)
    counted = m.group(5) and _COUNT_DAYS[m.group(5)[0]] == len(days)
    if not (marked or counted) or any(b != a + 1 for a, b in zip(days, days[1:])):
        return m.group(0)
    return f"{m.group(1)}月{days[0]}日至{days[-1]}日" + (m.group(5) or "")


def _two_days_listed(text: str) -> str:
    """Two days listed one after the other, the second the day after the first ("8月22日、23日"), are one span of
    days: written as a period ("8月22日至23日") so the period readers date it. Days further apart stay a list."""
    if "、" in text and "天" in text or "日、" in text:
        text = RE_DAYS_LISTED.sub(_days_listed, text)
    if "日、" not in text and "日和" not in text and "日及" not in text:
        return text

    def span(m: re.Match) -> str:
        return f"{m.group(1)}月{m.group(2)}日至{m.group(3)}日" if int(m.group(3)) == int(m.group(2)) + 1 else m.group(0)
    return RE_TWO_DAYS_LISTED.sub(span, text)


def _year_before(d: dt.date) -> dt.date:
    return make_date(d.year - 1, d.month, d.day) or d


# the text announcing itself: "现公布如下", "现将…结果公布如下", "现予以公布", "特此公布" (expo25)
RE_OWN_ANNOUNCEMENT = re.compile(r"(?:公布|公示|公开)如下|现予(?:以)?(?:公布|公示|公开)|特此(?:公布|公示|公告)")


def inspection_facts(text: str, issuer: str | None, title: str | None = None, report_date: str | None = None,
                     closing: str = "") -> ParsedInspection:
    """The inspection a text reports: its team, the body inspected, its period and the day feedback was given.

    `report_date` is the document's own date (its signature's or its page's), which bounds every event it reports and
    gives the year of days written without one when the text gives none before them ("从6月9日至8月23日…" signed
    "2022年6月9日"); `closing` is the text after the body (a notice's closing lines), read only for a period labelled
    as the inspection's."""
    out = ParsedInspection()
    text = _two_days_listed(_restore_lost_to(arabic_dates(restore_lost_units(roc_years(_masked_years(text))))))
    text = _day_named_by_title(text, title)
    doc_date = dt.date.fromisoformat(report_date) if report_date else None
    pub = _publication_date(text) or doc_date
    # a self-check report ("…自查情况及整改措施报告", named by its title or at the head of a copy that lost its title
    # line): the body's own check is what it rectifies
    self_check = bool(RE_SELF_CHECK_REPORT.search(title or "") or RE_SELF_CHECK_REPORT.search(text, 0, 150))
    inspection_word = RE_INSPECTION_WORD_SELF if self_check else RE_PERIOD_INSPECTION_WORD
    sentences = _AFTER_STOP.split(text)
    offset = 0
    period_sentence = None
    period_told_feedback = False
    _period_heading(out, title, text)
    visits: list[tuple[str, re.Match]] = []
    for s in sentences:
        # a later inspection told with its feedback in its own sentence, after an earlier one told without any
        # ("2016年7月14日至8月14日，…开展了第一轮督察；2018年6月1日至7月1日，…开展了督察“回头看”，并于2018年10月22日…
        # 反馈了“回头看”意见"): the one whose feedback the document answers is the inspection it reports
        later = (out.start is not None and period_sentence is not None and not period_told_feedback
                 and RE_FEEDBACK.search(s) is not None)
        if (out.start is None or later) and inspection_word.search(s):
            m = RE_PERIOD.search(s)
            # "2022年4月15日至17日，…巡视整改进展情况分批…公布": when the progress was published, not the inspection
            # (a page's 政务公开 / 信息公开 breadcrumb run in before the period says nothing of it)
            # ("现予以公示，公示期为2024年6月21日至6月27日": the days a notice is up are its own, named just before them)
            # (expo25: not the text's own "现…公布如下" / "特此公布", which names what it is, not what was published then;
            # notice25: nor the notice's own formula run into the sentence by a lost stop, "…进行专项审计调查现将审计结果
            # 公布如下": what this text does, not what happened in the period)
            if m and (re.search(r"公布|公开|公示", RE_OWN_ANNOUNCEMENT.sub("", RE_PUBLISHING_FORMULA.sub("", s[m.start():])))
                      or RE_NOTICE_PERIOD.search(s, max(0, m.start() - 12), m.start())) \
                    and not RE_INSPECTED.search(s):
                m = None
            # "11月16日至18日，…督察组下沉陆良督察…反馈问题整改情况": a visit that checks the rectification, not the inspection
            # (a 回头看 of the rectification is an inspection of its own, with its own feedback: it stays the period)
            if m and RE_CHECKS_RECTIFICATION.match(s, m.end()) and "回头看" not in s:
                visits.append((s, m))  # nor when feedback was given
                m = None
            # kfg: the days of a 督导/督查 of others' campaign or rectification work, as the text names it ("对某县城镇燃气安全
            # 专项整治工作开展督导检查", "针对…巡察的问题整改工作进行督导", then "2月1日至3日，督导组先后深入…开展调研督导"):
            # a supervision of that work, not an inspection (blind7, snippets17/19/20); not where the period's own sentence
            # names an inspection (巡视/巡察/督察/审计) held then
            # (said in the period's own sentence, "6月5日至7日，市委督查组对我县巡察整改工作开展督查", it is so whatever
            # inspection the work rectifies)
            if m and "回头看" not in s and (RE_SUPERVISES_WORK.search(s, m.end())
                                           or (not RE_OWN_INSPECTION_WORD.search(s) and RE_SUPERVISES_WORK.search(text))):
                visits.append((s, m))
                m = None
            # "于2021年2月1日至3日…进行了反馈": the days the feedback was given, not the inspection's period
            # (not a period a field table labels as the inspection's: "巡察时间2022年9月7日至9月26日意见反馈时间…", the
            # next field's word is no feedback of this period's)
            if m and not RE_FIELD_PERIOD_LABEL.search(s, max(0, m.start() - 8), m.start()):
                fb = RE_FEEDBACK.search(s, m.end())
                if fb and not any(a.end() <= fb.start() for a in RE_INSPECTION_ACT.finditer(s, m.end())):
                    m = None
            # hs19: "本批督察反馈采取书面形式，于2020年5月8日至12日集中进行": the feedback named before the period as what
            # was held then, with no act of inspecting before it (no 进驻, no "对…开展督察") — the feedback's days
            if m and "反馈" in s[:m.start()] and RE_FEEDBACK_HELD.search(s, 0, m.start()) \
                    and not RE_INSPECTION_ACT.search(s, 0, m.start()) and "进驻" not in s[:m.start()] and not RE_INSPECTED.search(s):
                m = None
            # "12月16日至12月30日，向学校党委汇报校内巡察“回头看”评估结果": a period is the inspection's only when its
            # sentence says someone inspected, moved in or carried it out, not when it only names an inspection
            # (a period labelled as the inspection's own is one: "巡察组在巡察期间(2020年8月20日至2020年10月20日),设有举报电话")
            if m and not RE_PERIOD_ACT.search(s) and not RE_PERIOD_LABEL.search(s, 0, m.start()):
                if not RE_FEEDBACK.search(s):
                    visits.append((s, m))  # nor the days feedback was given
                m = None
            if m:
                # a yearless start takes the year the text gave before it (not the next one: the period it opens may
                # come before a full date mentioned earlier), else the document's own date's ("3月6日至5月6日，省委第六巡视组
                # 对…进行集中巡视" signed "2018年5月5日"), never after that date ("2017-01-20 来源:… 11月21日至26日…")
                ctx = last_full_date_before(text, offset + m.start())
                # (or the year the text gives where it states the same days again: "7月1日至7月7日,…实施了督查" under
                # the caption "2019年7月1日至7月7日…问题清单")
                y1 = int(m.group("y1")) if m.group("y1") else _year_of_same_period(text, m)
                start = _dated(FoundDate(0, 0, y1, int(m.group("m1")), int(m.group("d1"))),
                               dt.date(ctx.year, 1, 1) if ctx else None, pub)
                if start is None:  # "12月10日—11日" with no year before it: not a period this text can date
                    offset += len(s)
                    continue
                y2 = int(m.group("y2")) if m.group("y2") else start.year
                m2 = int(m.group("m2")) if m.group("m2") else int(m.group("m1"))
                end = make_date(y2, m2, int(m.group("d2")))
                if start and end and end < start and not m.group("y2"):
                    end = make_date(y2 + 1, m2, int(m.group("d2")))
                # an inspection held in stints, listed one after the other ("2022年3月17日至3月22日、5月5日至7月12日"):
                # it runs from the first day to the last stint's end (not a single day after it: "…至3月22日，5月5日反馈";
                # nor the periods of rounds held apart, "…、2021年5月6日至6月5日分别开展了两轮巡察")
                at = m.end()
                while end is not None and (mn := RE_NEXT_STINT.match(s, at)) and "分别" not in s[mn.end():]:
                    y3 = int(mn.group("y")) if mn.group("y") else end.year
                    nxt_end = make_date(y3, int(mn.group("m2") or mn.group("m1")), int(mn.group("d2")))
                    if nxt_end is None or nxt_end <= end:
                        break
                    end, at = nxt_end, mn.end()
                # one more day listed right after the period, then the act ("两次组成督查组,于3月3日至7日,3月10日,深入…
                # 督查"): the checks ran to the last day listed (a day that opens its own clause, "…至7日,3月10日召开
                # 反馈会", is another event: the listed day must be followed by a comma)
                ml = RE_ONE_MORE_DAY.match(s, m.end())
                if ml and end:
                    more = make_date(end.year, int(ml.group(1) or end.month), int(ml.group(2)))
                    if more and end < more <= end + dt.timedelta(days=31):
                        end = more
                # teams that moved in one after another over the days ("7个督察组于11月24日至11月30日陆续对…实施督察
                # 进驻"): the days of their entry, not the inspection's end — its first day is the start, no end
                if re.match(r"\s*[,，]?\s*陆续", s[m.end():]):
                    end = None
                if later and (not RE_FEEDBACK.search(s, m.end()) or iso(start) <= out.start):
                    offset += len(s)
                    continue
                out.start, out.end = iso(start), iso(end) if end else None
                period_sentence = (offset, s, m)
                period_told_feedback = RE_FEEDBACK.search(s) is not None  # (read once, not again for each sentence after it)
        offset += len(s)
    if period_sentence is not None and visits and RE_ON_SITE_STAGE.search(period_sentence[1]):
        _online_stage_first(out, visits, period_sentence[1])
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
    if out.start is None and out.end is None and RE_SCHEDULE_LABEL.search(text):
        _schedule_windows(out, text, doc_date)
    if out.start is None and RE_STATIONED_ON.search(text):  # "于2022年3月21日进驻某市开展巡视，5月20日结束"
        at = 0
        for s in sentences:
            ms = RE_STATIONED_ON.search(s)
            at += len(s)
            if ms and re.search(r"巡视|巡察|督察|审计|检查|督导|巡查", s):
                # "根据市委2023年巡察工作计划，…于9月5日进驻…": a day without its year takes the year the text gave before
                year = int(ms.group(1)) if ms.group(1) else getattr(last_full_date_before(text, at - len(s) + ms.start()), "year", None)
                if year is None:  # none before it: the document's own date's
                    year = getattr(_dated(FoundDate(0, 0, None, int(ms.group(2)), int(ms.group(3))), None, pub), "year", None)
                if year is None:
                    # "12月6日，各巡察组完成进驻，自2023年12月上旬至2024年1月下旬…": the span that follows in the same
                    # sentence, beginning in the same month, gives its year
                    my = RE_YEAR_MONTH.search(s, ms.end())
                    if my and int(my.group(2)) == int(ms.group(2)):
                        year = int(my.group(1))
                if year is None:
                    continue
                start = make_date(year, int(ms.group(2)), int(ms.group(3)))
                me = RE_ENDED_ON.search(s, ms.end())
                end = None
                if me:
                    end = make_date(int(me.group(1) or year), int(me.group(2)), int(me.group(3)))
                    if end is not None and start is not None and end < start and not me.group(1):
                        end = make_date(start.year + 1, end.month, end.day)
                out.start, out.end = iso(start), iso(end) if end and start and end >= start else None
                break
    if out.start is None and "动员" in text:  # "12月4日上午，…巡察组巡察…工作动员会…召开": the team's first day
        _mobilisation(out, text, sentences, pub)
    # a rectification report's own self-check held on one dated day: "我校于2018年6月11日组织各部门负责人对…进行了自查"
    if out.start is None and out.end is None and RE_OWN_REPORT.search((title or "") + text[:150]):
        for s in sentences:
            mo = RE_ONE_DAY_SELF_CHECK.search(s)
            if mo and not RE_MANY_BODIES.search(s, 0, mo.start()):
                day = make_date(int(mo.group(1)), int(mo.group(2)), int(mo.group(3)))
                if day is not None and (doc_date is None or day <= doc_date):
                    out.start = out.end = iso(day)
                    break
    # a check made in one visit on one dated day, its sentence opening with that day: "2017年6月26日上午，…一行莅临某小学
    # 检查指导工作", "6月22日，…组成督察组，第一站对濂溪区开展督查检查", after a purpose clause "为进一步推进…，5月20日下午，
    # …督学莅临我园进行…专项督导检查" (also where a title line runs into it); a sentence, or a line in it; or the problems a check found on that day, which a
    # report rectifies ("针对10月9日市…办公室督查出的问题"): that day is the start and the end
    # (a headline the copy ran into its lead, with no stop between them: "某区开展安全生产专项督导检查12月23日上午，…",
    # read as if the lead opened its sentence)
    if out.start is None and out.end is None and "日" in text:
        _dated_check_line(out, text, doc_date)
    if out.start is None and out.end is None and (RE_ONE_DAY_VISIT.search(text) or RE_ONE_DAY_FOUND.search(text)
                                                  or RE_TEAM_DAY_VISIT.search(text) or RE_RUN_IN_HEAD.search(text)
                                                  or RE_BODY_DAY_CHECK.search(text) or RE_DAY_BODY_CHECK.search(text)
                                                  or RE_DAY_VISIT_PUSHING.search(text)):
        at = 0
        for s in sentences:
            at += len(s)
            mv = (RE_ONE_DAY_VISIT.search(s) or RE_ONE_DAY_FOUND.search(s) or RE_TEAM_DAY_VISIT.search(s)
                  or RE_BODY_DAY_CHECK.search(s) or RE_DAY_BODY_CHECK.search(s) or RE_DAY_VISIT_PUSHING.search(s))
            if mv is None and (mh := RE_RUN_IN_HEAD.match(s)):
                s = s[mh.end():]
                mv = RE_ONE_DAY_VISIT.match(s)
            # (the bodies it took in, told from its day on: a headline or purpose clause before it naming "各部门" as
            # partners does not make it a round of many)
            # (kfg: up to a notice's request after the visit: "…进行检查,…请各部门立即整改" asks the bodies to act later)
            asked = RE_REQUEST.search(s, mv.end()) if mv is not None else None
            # (and from the day's own line: a notice's addressee line above it, "各乡镇、县直各部门:", is no partner)
            if mv is None or any(not _checked_all(s, mv, n) for n in RE_MANY_BODIES.finditer(
                    s, max(0, mv.start("m") - 7, s.rfind("\n", 0, mv.start("m")) + 1), asked.start() if asked else len(s))):
                continue
            no = [n for n in RE_NOT_A_VISIT.finditer(s) if not (n.group(0) == "启动" and RE_VISIT_MADE.search(s))]
            # (kfg: a notice's request after the visit, "…进行检查,…梳理出11条问题,请各部门…整改,整改情况报督查室", asks for a
            # report later: its words are no act of that day)
            no = [n for n in no if not (n.start() >= mv.end() and RE_REQUEST.search(s, mv.end(), n.start()))]
            if no and all(n.group(0) == "期间" for n in no):
                purposes = [p.span() for p in RE_PURPOSE_CLAUSE.finditer(s)]
                if RE_PURPOSE_OPENS.match(s):  # (the sentence opens with its purpose: all before the day is that clause)
                    purposes.append((0, mv.start("m")))
                no = [n for n in no if not any(a <= n.start() < b for a, b in purposes)]
            elif no and RE_PURPOSE_OPENS.match(s, line := s.rfind("\n", 0, mv.start("m")) + 1):
                # (a meeting the purpose clause follows, "根据…会议精神要求，5月6日，…前往…开展检查", is not that day's act:
                # only what is told from the day on can make the day a meeting's; the clause opens the day's line, under
                # a page's title and source lines the sentence may hold)
                no = [n for n in no if not line <= n.start() < mv.start("m")]
            if no:
                continue
            year = int(mv.group("y")) if mv.group("y") else None
            before = last_full_date_before(text, at - len(s) + mv.start("m"))
            if year is None and before is None and pub is None:
                # (nothing dated before it and no page date: the year the visit's own words give its check, "7月8日上午，
                # …开展2021年度文物消防安全专项检查", is the day's)
                my = RE_CHECK_OF_YEAR.search(s, mv.start("m"), mv.end())
                year = int(my.group(1)) if my else None
            day = _dated(FoundDate(0, 0, year, int(mv.group("m")), int(mv.group("d"))), before, pub)
            if day is not None and (doc_date is None or day <= doc_date):
                out.start = out.end = iso(day)
                break
    # a team's dated visit the text says its problems were found on ("3月8日,某村工作队全面走访某村20个小组…并在走访中
    # 发现以下问题:"): that day is the start and the end (a 走访 alone, with nothing said found in it, is no inspection)
    if out.start is None and out.end is None and "走访" in text and RE_FOUND_IN_VISIT.search(text):
        at = 0
        for s in sentences:
            at += len(s)
            mv = RE_DAY_VISITED.search(s)
            if mv is None or RE_MANY_BODIES.search(s):
                continue
            day = _dated(FoundDate(0, 0, int(mv.group("y")) if mv.group("y") else None, int(mv.group("m")), int(mv.group("d"))),
                         last_full_date_before(text, at - len(s) + mv.start("m")), pub)
            if day is not None and (doc_date is None or day <= doc_date):
                out.start = out.end = iso(day)
            break
    if out.start is None and out.end is None and RE_CHECK_DAY_FIELD.search(text):
        _check_day_field(out, text, doc_date)
    if out.start is None and out.end is None and "日报" in text and "今日" in text:
        _daily_report_day(out, text, pub)
    if out.start is None and out.end is None and RE_CHECK_DAY_COLUMN.search(text):
        _check_day_column(out, text, doc_date)
    if out.start is None and out.end is None:
        for s in sentences:
            mb = RE_BEGUN_ON.search(s) or RE_LAUNCHED_ON.search(s)
            if mb and not RE_NOT_BEGUN.search(s):
                # (a launch day without its year: the year the text gave before it, else the page's own date's)
                start = _dated(FoundDate(0, 0, int(mb.group(1)) if mb.group(1) else None, int(mb.group(2)), int(mb.group(3))),
                               last_full_date_before(text, text.find(s) + mb.start()), pub)
                if start is not None and (doc_date is None or start <= doc_date):
                    out.start = iso(start)
                    break
    ended = None  # the sentence and match of an end given alone (its day is not the feedback's)
    if out.start is None and out.end is None:  # "督察进驻已于2025年6月28日结束": the day it ended, its start not given
        at = 0
        for s in sentences:
            me = RE_ENDED_ALONE.search(s)
            at += len(s)
            if me:
                end = _dated(FoundDate(0, 0, int(me.group("y")) if me.group("y") else None, int(me.group("m")), int(me.group("d"))),
                             last_full_date_before(text, at - len(s) + me.start("m")), pub)
                out.end = iso(end)
                ended = (s, me)
                break
    if out.end is None and closing:  # "巡察组在巡察期间(2020年8月20日至2020年10月20日),设有举报电话…" in a notice's closing lines
        for s in _AFTER_STOP.split(arabic_dates(restore_lost_units(closing))):
            m = RE_PERIOD.search(s)
            if m and m.group("y1") and RE_PERIOD_LABEL.search(s, 0, m.start()):
                start = make_date(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
                end = make_date(int(m.group("y2") or m.group("y1")), int(m.group("m2") or m.group("m1")), int(m.group("d2")))
                if start and end and end >= start and (out.start is None or out.start == iso(start)):
                    out.start, out.end = iso(start), iso(end)
                    break
    if out.start is None and (RE_START_ONLY.search(text) or RE_START_ONLY_DATED.search(text) or RE_START_LOST_END.search(text)):  # "从2018年8月30日开始，…巡察组对…进行了巡察": a start with no end
        at = 0
        for s in sentences:
            ms = RE_START_ONLY.search(s) or RE_START_ONLY_DATED.search(s) or RE_START_LOST_END.search(s)
            at += len(s)
            if ms and re.search(r"巡视|巡察|督察|审计|检查|督导", s):
                if ms.group(1):
                    start = make_date(int(ms.group(1)), int(ms.group(2)), int(ms.group(3)))
                else:
                    # "从3月9日开始，全面启动巡察“回头看”": the year the text gave before, or the page's own date's
                    # (a day after the page was published is in the year before)
                    start = _dated(FoundDate(0, 0, None, int(ms.group(2)), int(ms.group(3))),
                                   last_full_date_before(text, at - len(s) + ms.start()), pub)
                    if start is None:
                        continue
                out.start = iso(start)
                me = RE_ENDED_ON.search(s, ms.end())  # "…于2022年3月14日起对…开展巡察，5月13日巡察结束"
                if me and start is not None:
                    end = make_date(int(me.group(1) or start.year), int(me.group(2)), int(me.group(3)))
                    if end is not None and end < start and not me.group(1):
                        end = make_date(start.year + 1, end.month, end.day)
                    out.end = iso(end) if end and end >= start else None
                break
    # figs23: bodies that formed a team on a dated day, the team's check of a body finding its faults ("2011年9月5日，某局、
    # 某市煤炭局和某区人民政府组成联合验收组，对我矿技术改造进行竣工验收，…发现我矿还存在…问题"): a one-day check (R50,
    # start = end), the team its inspector; not an acceptance or check of rectification (R53: "对整改情况进行验收")
    if out.start is None and out.end is None and "组成" in text:
        for s in sentences:
            mf = RE_TEAM_FORMED_ON_DAY.search(s)
            if mf and "整改" not in mf.group(0):
                day = _dated(FoundDate(0, 0, int(mf.group("y")) if mf.group("y") else None, int(mf.group("m")), int(mf.group("d"))),
                             None, pub)
                if day is not None:
                    out.start = out.end = iso(day)
                    out.inspector = out.inspector or mf.group("team")
                break
    # figs23: a sweep launched on a day by the body that organised it ("10月22日组织各区…全面开展燃气餐饮场所安全隐患专项
    # 排查整治工作", "3月1日起部署开展…安全大检查"): its launch day is the start (R52), no end
    if out.start is None and out.end is None and ("排查" in text or "检查" in text):
        at = 0
        for s in sentences:
            ms = RE_SWEEP_LAUNCHED.search(s)
            if ms and not RE_NOT_BEGUN.search(s, ms.start(), ms.end()):
                start = _dated(FoundDate(0, 0, int(ms.group(1)) if ms.group(1) else None, int(ms.group(2)), int(ms.group(3))),
                               last_full_date_before(text, at + ms.start()), pub)
                if start is not None:
                    out.start = iso(start)
                break
            at += len(s)
    # feedback labelled as such, its date after the label: "反馈时间：2023年7月20日", "巡察反馈时间为2023年7月20日"
    ml = RE_FEEDBACK_LABEL.search(text)
    f = next((f for f in find_dates(text[ml.end(): ml.end() + 24]) if f.start == 0), None) if ml else None
    if f is not None:
        after = out.end or out.start
        out.feedback_date = iso(_dated(f, last_full_date_before(text, ml.end()) or (dt.date.fromisoformat(after) if after else None), pub))
    # feedback: the date nearest before 反馈 in its sentence
    offset = 0
    for s in sentences if out.feedback_date is None else ():
        # "…来我县调研中央生态环境保护督察反馈问题整改落实情况": problems fed back, named by the rectification that
        # follows them, are not the act of giving feedback
        fm = next((f for f in RE_FEEDBACK.finditer(s) if not RE_NAMED_BY_RECTIFICATION.match(s, f.end())), None)
        k = fm.start() if fm else -1
        if k >= 0:
            candidates = []
            for f in find_dates(s):
                # a page's own timestamp ("上传时间:2022-08-05", "2019-12-13 16:36") is not when feedback was given
                # (nor a 信息公开 table's date cell after its label, "成文日期: | 2020年12月16日 |": the document's own)
                if re.match(r"\s*\d{1,2}:\d{2}", s[f.end: f.end + 8]) or re.search(r"(?:时间|日期)\s*[:：]\s*(?:[|丨｜]\s*)?$", s[max(0, f.start - 8): f.start]) \
                        or RE_BEFORE_PAGE_LABEL.match(s, f.end):  # "2017-01-20 来源:教育部": the page's date
                    continue
                if RE_AS_OF.search(s, max(0, f.start - 4), f.start):  # "截至2023年12月31日，已整改688个": the figures' day
                    continue
                if s.startswith("电", f.end):  # a news dateline ("本报北京8月25日电"): the day the story was filed
                    continue
                # figs23: the start of a period whose end lost its units ("2021年10月26日至119某督察组对…开展了督察,并于…
                # 反馈", RE_START_LOST_END), an inspection told between it and the feedback word: the inspection's first day
                if RE_START_LOST_END.match(s, f.start) and re.search(r"巡视|巡察|督察|审计|检查|督导", s[f.end: max(k, f.end)]):
                    continue
                # res19: a day things are to be done by ("下发了《整改通知书》,要求该单位2019年7月21日前改正完毕"): a
                # deadline the notice sets, not the day it was handed down
                if re.match(r"\s*(?:之|以)?前", s[f.end: f.end + 3]):
                    continue
                # kfg: a date alone on its line, a covering notice's signature ("…办公室 / 2019年2月28日 / …督察反馈意见整改
                # 方案 / …根据督察组《反馈意见》"), dates the notice, not the feedback a later line names
                if RE_DATE_ALONE_LINE.fullmatch(s[s.rfind("\n", 0, f.start) + 1: (s.find("\n", f.end) + 1 or len(s) + 1) - 1]):
                    continue
                # "11月30日,…公众号公布了…督察组向陕西反馈专项统计督察意见": the day news of the feedback was published
                nxt = next((f2.start() for f2 in RE_FEEDBACK.finditer(s, f.end)), None)
                if nxt is not None and RE_PUBLISHED.search(s, f.end, nxt):
                    continue
                spans = [pm for vs, pm in visits if vs is s] + ([ended[1]] if ended and ended[0] is s else [])
                if period_sentence and period_sentence[1] is s:
                    spans.append(period_sentence[2])
                if any(f.start < pm.end() and f.end > pm.start() for pm in spans):
                    continue
                candidates.append(f)
            # (nor is such a word the act where the date before it is chosen: a covering notice's signature date before
            # the plan's title "…督察反馈意见整改方案", then "并于2023年1月11日向…反馈了督察意见")
            fms = [f2.start() for f2 in RE_FEEDBACK.finditer(s) if not RE_NAMED_BY_RECTIFICATION.match(s, f2.end())]
            for pm in RE_PERIOD.finditer(s):  # feedback given over days: its first day ("1月4至5日", the 4 has no 日)
                spans = [vm for vs, vm in visits if vs is s] + ([period_sentence[2]] if period_sentence and period_sentence[1] is s else [])
                if pm.start() < fms[-1] and not any(pm.start() < sp.end() and pm.end() > sp.start() for sp in spans) \
                        and not any(pm.start() <= f.start < pm.end() for f in candidates):
                    candidates.append(FoundDate(pm.start(), pm.end(), int(pm.group("y1")) if pm.group("y1") else None,
                                                int(pm.group("m1")), int(pm.group("d1"))))
            candidates.sort(key=lambda f: f.start)
            if not candidates and (out.end or out.start):
                day = _bare_day_after_period(s[:k], dt.date.fromisoformat(out.end or out.start))
                if day:
                    out.feedback_date = iso(day)
                    break
            if candidates:
                # the date nearest before the first feedback word that has one ("关于…的反馈意见\n…于6月6日反馈了…":
                # the title's word has none, the body's has)
                before = next(([f for f in candidates if f.start < k2] for k2 in fms if any(f.start < k2 for f in candidates)), [])
                f = before[-1] if before else candidates[0]
                # feedback given over days ("3月6日至3月24日,…分别向被巡察党组织反馈"): its first day
                for pm in RE_PERIOD.finditer(s):
                    if pm.start() < f.start < pm.end():
                        f = next((c for c in candidates if c.start == pm.start()), f)
                if not before and "\n" in s[k: f.start]:  # the feedback word was in another line (a title): not this date
                    offset += len(s)
                    continue
                ctx = last_full_date_before(text, offset + f.start)
                after = out.end or out.start  # the feedback follows the inspection: its year when the text gives none before
                if after:
                    end = dt.date.fromisoformat(after)
                    if ctx is None or ctx < end:
                        ctx = end
                if not f.year and not after:
                    # "1月18日上午,…巡察组…反馈巡察情况。…巡察组于2022年8月中旬至11月下旬,对…开展了政治巡察": the
                    # feedback follows an inspection the text dates by months only, before or after it
                    months = _month_period_end(text)
                    if months is not None and (ctx is None or ctx < months):
                        ctx = months
                d = _dated(f, ctx, pub)
                if d:
                    out.feedback_date = iso(d)
                    break
        offset += len(s)
    if out.feedback_date is None and "交办" in text:  # "市“双创”指挥部于8月4日向我区交办的问题清单"
        out.feedback_date = iso(_handover_day(text, sentences, out, pub))
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
        out.inspector = _joint_owners(text, m.end(1), team_name(_trim_team(_whole_team(text, m))))
        tail = text[m.end(): m.end() + 120]
        mi = RE_INSPECTED.search(tail) or RE_STATIONED.search(tail) or RE_FED_BACK_TO.match(tail)
        if mi:
            inspected = body_name(mi.group(1))
            if inspected and re.fullmatch(r"我(?:市|县|区|省|州|局|委|厅|校|院|单位|公司)", inspected):
                own = issuer or (RE_TITLE_PLACE.match(title).group(1) if title and RE_TITLE_PLACE.match(title) else None)
                # (a place of another level than the issuer's — "我省" in a county office's notice — stays as the text says)
                place = RE_TITLE_PLACE.match(issuer) if issuer else None
                inspected = own if own and own[-1] == inspected[-1] else (
                    inspected if place and place.group(1)[-1] != inspected[-1] and inspected[-1] in "省市县区州"
                    else (issuer or None))
            elif inspected and issuer:
                inspected = _fullest_name(inspected, issuer)
            # "对我市推进…重大项目计划执行情况进行了审计": a matter audited, not a body — unless a body heads it
            # ("对市第一人民医院2022年度财务收支情况进行了审计": the hospital)
            out.inspected = _body_of_matter(inspected) if inspected and RE_MATTER_END.search(inspected) else inspected
    # figs23: no team named, a body that checks (a fire brigade, a bureau, an office, a task force) as the subject of the
    # check the text reports ("近日,某区消防救援大队对…进行检查", "市消防支队集中曝光了11处火灾隐患", "县住房和城乡建设局联合
    # 县农业农村局…进行了检查"): that body is the inspector (R46: the body that checked, as printed)
    if out.inspector is None and RE_CHECK_WORD.search(text):
        mb = RE_CHECKING_BODY.search(text, 0, min(len(text), 1500))
        if mb and not RE_NOT_A_CHECKER.search(mb.group(1)) and "整改" not in mb.group(0) \
                and (RE_LEVEL_OPENING.match(mb.group(1)) or RE_FIRE_BRIGADE.search(mb.group(1))):
            # (the team it formed for the check, named after it: "县安委办组织…等部门组成明查暗访组" — the team)
            ends = [k for k in (text.find(c, mb.start(1)) for c in "。;；\n") if k >= 0]
            formed = RE_TEAM_FORMED.search(text, mb.start(1), min(ends) if ends else len(text))
            out.inspector = formed.group(1) if formed else mb.group(1)
    # s24 (C41 settled, R46 "as printed"): no team and no body, a leader named by post and name as the one who checks
    # ("10月31日下午,县政府副县长钟梁采取“四不两直”方式暗访督查…", "市委常委、秘书长李明带队督查…"): the inspector as
    # printed, the post kept; not one who only meets or speaks of checks ("县长王五在会上要求加强督查")
    if out.inspector is None and RE_CHECK_WORD.search(text) and RE_LEADER_POST_NEEDLE.search(text, 0, 1500):
        ml = RE_LEADER_CHECKS.search(text, 0, min(len(text), 1500))
        if ml:
            out.inspector = ml.group(1)
    # s24 (R46: "a self-check's body is both inspector and inspected"): no team, no checking body, a body opening a
    # sentence that checks itself in it ("某中学于2018年6月11日组织…对我校…进行了自查", "商务局严格按照…开展了…自查自纠
    # 工作", "根据…要求,县委、县政府领导班子…扎实推进对照检查阶段工作"); in a self-check report (its title or lead names
    # it) also the body's own clean-up or check ("根据…文件精神,实验幼儿园对校园内的…进行了统一清理和整治")
    if out.inspector is None and out.inspected is None and (self_check or "自查" in text or "对照检查" in text):
        ms = (RE_SELF_CHECKER_REPORT if self_check else RE_SELF_CHECKER).search(text, 0, min(len(text), 1500))
        if ms and not RE_NOT_SELF_CHECKER.search(ms.group(1)):
            out.inspector = out.inspected = ms.group(1)
    # an audit office reporting on the rectification of its own audit names no team: it is the inspector
    # ("宁波市审计局关于…审计工作报告反映问题整改情况的报告")
    if out.inspector is None and issuer and re.search(r"审计(?:署|厅|局)$", issuer):
        out.inspector = issuer
    # a start with no end on the very day feedback was given ("自2021年2月24日起,督察组陆续向6市反馈…"): the day is the
    # feedback's, read twice; an inspection does not begin on the day its findings are handed back
    if out.start is not None and out.end is None and out.start == out.feedback_date:
        out.start = None
    return out


RE_MATTER_END = re.compile(r"(?:情况|工作|项目|资金)$")
# where a body's name ends and the matter audited in it begins: a year ("2022年度"), a post held there ("原院长", "党委书记"),
# or the matter itself ("财务收支", "预算执行", "经济责任")
RE_MATTER_START = re.compile(r"(?:19|20)\d{2}\s*年|[(（]?(?:原|主要领导|党委书记|党组书记|书记|校长|院长|局长|主任|董事长|总经理|镇长|乡长|县长|区长)"
                             r"|的?(?:财务收支|财政收支|财政财务收支|预算执行|决算|经济责任|任期|专项资金|资金管理|资产管理)")
# a name that ends as a body does
RE_BODY_END = re.compile(r"(?:党委|党组|党工委|委员会|人民政府|政府|办公室|局|厅|委|院|部|中心|公司|集团|大学|学院|学校|中学|小学|幼儿园"
                         r"|医院|卫生院|所|站|镇|乡|街道|社区|村|馆|会|署|行|社)$")


def _body_of_matter(named: str) -> str | None:
    """The body whose matter was audited ("市第一人民医院2022年度财务收支情况" → "市第一人民医院"); None when the name
    does not begin with a body ("我市推进…重大项目计划执行情况", "全县扶贫资金使用情况")."""
    m = RE_MATTER_START.search(named)
    body = named[: m.start()].strip() if m else ""
    return body if len(body) >= 2 and RE_BODY_END.search(body) and not body.startswith(("我", "全")) else None


# a feedback day under its label: "反馈时间：…", "巡察反馈日期为…"
RE_FEEDBACK_LABEL = re.compile(r"(?:巡视|巡察|督察|审计|意见)?反馈(?:时间|日期)\s*(?:为|是)?\s*[:：]?\s*")
RE_FEEDBACK_LABEL = Needles(RE_FEEDBACK_LABEL, ("反馈时间", "反馈日期"))  # (tried only in a text holding what every match reads)


# the team, the day, then whom it fed back to: "…督察组2022年8月9日向某市反馈的督察意见" — the body fed back to was inspected
RE_FED_BACK_TO = re.compile(r"(?:于)?\s*(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*向([^。，,；;、\s]{2,20}?)反馈(?:了|的)")


def _dated(f: FoundDate, before: dt.date | None, pub: dt.date | None) -> dt.date | None:
    """A day as the text gives it. Without its year: the year of `before` (what the text dated before it; the next
    year when the day would fall well before that), else the year of the document's own date `pub` (its page's or
    its signature's); a document reports what came before it, so a yearless day that would fall after `pub` is of
    the year before. The one place where the document's date gives a day its year."""
    if f.year:
        return f.resolve(None)
    d = f.resolve(before or pub)
    if d is not None and pub is not None and d > pub:
        d = _year_before(d)
    return d


# the next stint of an inspection held in two or more, right after the first: "、5月5日至7月12日", "和2023年1月3日至1月9日"
RE_NEXT_STINT = re.compile(r"\s*[、,，和及]\s*(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日?\s*"
                           r"(?:至|到|—{1,2}|–|-|~|－|～)\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日")


# a period whose 至 a web copy lost: "于2020年5月6日6月5日对…进行了为期一个月的巡察"
RE_LOST_TO = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?=(\d{1,2})月(\d{1,2})日)")


# a year written but masked ("＊年4月17日至6月16日", "××年8月2日", "X年"): the day has a year the copy hides, so it is not
# a day written without one, and no other year (the text's, the page's) may be lent to it
RE_MASKED_YEAR_DAY = re.compile(r"(?<![0-9A-Za-z])[*＊×xXＸ]{1,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?"
                                r"(?:\s*(?:至|到|—{1,2}|–|-|~|－|～)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日?)?")


def _masked_years(text: str) -> str:
    # (perf22: nor without a mask character — every match reads one; the pattern, led by a look-behind, is tried at every
    # offset)
    if "年" not in text or not any(c in text for c in "*＊×xXＸ") or not RE_MASKED_YEAR_DAY.search(text):
        return text
    return RE_MASKED_YEAR_DAY.sub(lambda m: "某年某月某日", text)


def _restore_lost_to(text: str) -> str:
    """Two dates run together with nothing between them, the second later in the same year, are a period that lost
    its 至 (no other reading puts a day right after a day)."""
    if "日" not in text or not RE_LOST_TO.search(text):
        return text

    def put_back(m: re.Match) -> str:
        first = make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        second = make_date(int(m.group(1)), int(m.group(4)), int(m.group(5)))
        return m.group(0) + "至" if first and second and second > first else m.group(0)

    return RE_LOST_TO.sub(put_back, text)


# the meeting that opens an inspection's stationing: "…巡察组巡察文学院党委工作动员会", "召开…巡察…进驻工作动员会",
# "开展…司法巡查工作并召开动员大会"; not a rectification's ("巡察整改动员部署会"), nor a round's launch for all its
# teams ("巡视工作动员部署会议"), nor a training ("动员安置会")
# (hl20: the meeting's name holds no day: a headline run into the lead, "…启动2025年度巡察工作7月23日上午,…召开…巡察工作
# 动员会", is not one name from its 巡察 to the meeting, which would swallow the day that dates the meeting)
RE_MOBILISATION = re.compile(r"(?:巡视|巡察|督察|巡查)(?:(?!整改|反馈|部署|。|;|；|\d{1,2}\s*月\s*\d{1,2}\s*日)[^。;；]){0,40}?动员(?:大)?会(?!前)")


def _page_stamp(s: str, f: FoundDate) -> bool:
    """The date is a page's own ("发布时间:2025-11-05", "2019-12-13 16:36", "2017-01-20 来源:…")."""
    return bool(re.match(r"\s*\d{1,2}:\d{2}", s[f.end: f.end + 8]) or RE_BEFORE_PAGE_LABEL.match(s, f.end)
                or re.search(r"(?:时间|日期)\s*[:：]\s*(?:[|丨｜]\s*)?$", s[max(0, f.start - 8): f.start]))


# a problem list handed over on a day: "市“双创”指挥部于8月4日向我区交办的问题清单" (not petitions handed over:
# "交办群众信访举报件")
RE_HANDOVER = re.compile(r"向[^。,，;；]{1,12}?交办(?:了)?(?:的)?(?:问题清单|问题)")


def _handover_day(text: str, sentences: list[str], out: ParsedInspection, pub: dt.date | None) -> dt.date | None:
    """The day problems were handed over (交办), the feedback of an inspection that gave no 反馈 day: the date just
    before the handover in its sentence."""
    offset = 0
    for s in sentences:
        mh = RE_HANDOVER.search(s)
        if mh is None or RE_PETITIONS_WORD.search(s):
            offset += len(s)
            continue
        days = find_dates(s[: mh.start()])
        if not days:
            offset += len(s)
            continue
        f = days[-1]
        if f.year:
            return f.resolve(None)
        after = out.end or out.start
        return _dated(f, last_full_date_before(text, offset + f.start) or (dt.date.fromisoformat(after) if after else None), pub)
    return None


RE_PETITIONS_WORD = re.compile(r"信访|举报|投诉|来信|来电|来访")


# an inspection dated by months only: "于2022年8月中旬至11月下旬，对…开展了政治巡察"
RE_MONTH_PERIOD = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:上旬|中旬|下旬|初|底|末|份)?\s*(?:至|到|—{1,2}|–|-|~|－|～)\s*"
                             r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)")


def _month_period_end(text: str) -> dt.date | None:
    """The first day of the last month of an inspection the text dates by months only."""
    for s in _AFTER_STOP.split(text):
        m = RE_MONTH_PERIOD.search(s)
        if m and RE_INSPECTION_WORD.search(s) and RE_PERIOD_ACT.search(s):
            return make_date(int(m.group(3) or m.group(1)), int(m.group(4)), 1)
    return None


# what a feedback word names when the rectification follows it ("反馈问题整改落实情况", "反馈意见的整改")
# (also by their number first, and by their acceptance: "…督察反馈问题第9项整改情况进行了现场验收", "…反馈问题第9项通过
# 验收销号")
RE_NAMED_BY_RECTIFICATION = re.compile(r"(?:的)?(?:问题|意见)?(?:第[一二三四五六七八九十\d]{1,4}[项号条个])?(?:的)?(?:整改|通过验收|验收销号)")
# publishing news of something (the feedback): "公众号公布了…反馈…", "发布了…", "刊发…"
RE_PUBLISHED = re.compile(r"公布了?|发布了|刊发|刊登|转载|报道了")
# the day figures are given as of: "截至2023年12月31日", "截止到…"
RE_AS_OF = re.compile(r"(?:截至|截止|截止到|到)\s*$")
# a period named as the inspection's: "巡察期间(…至…)", "进驻时间：…至…"
# ("巡察组工作时间为…", "巡察组将在某局工作2个月左右，时间为…"; not the rectification's own time)
# (not the petitions window: "本轮巡察受理信访时间为2024年9月20日至12月5日")
# a field table's label of the inspection's period, right before it ("巡察时间 2022年9月7日至9月26日")
RE_FIELD_PERIOD_LABEL = re.compile(r"(?:巡视|巡察|督察|进驻|审计)(?:时间|期间|日期)\s*[:：]?\s*$")
RE_PERIOD_LABEL = re.compile(r"(?:巡视|巡察|督察|进驻|审计)(?:(?!整改|信访|受理|举报|来信|来电)[^。;；]){0,16}?(?:期间|时间)\s*(?:为|是)?\s*[(（:：]?\s*$")
# the act in a period's sentence: carrying out, moving in, or inspecting a body ("对…进行了巡察")
# (or the inspecting verb done to a body: "…巡察组巡察了市水务集团党委")
# (or going to a place to inspect it: "…于2004年6月17日至6月18日赴彰化县巡察")
RE_PERIOD_ACT = re.compile(r"开展|进行|实施|组织|进驻|派出|入驻|驻点|对[^。;；]{1,60}?(?:巡视|巡察|督察|审计|检查|督导|评估|核查|回头看|巡查)"
                           # (going deep into the places checked is going to them: "…分别由领导带队,深入7站1圃督查…")
                           r"|(?:巡视|巡察|督察|审计|督导)了(?!解)|(?:赴|深入)[^。;；,，]{1,30}?(?:巡视|巡察|督察|审计|检查|督导|巡查|督查)"
                           # what the period's checks covered, counted right after it: "5月7日至7月7日,共检查各类场所单位3847家"
                           r"|\d{1,2}\s*日\s*[,，]\s*(?:共|累计)?(?:检查|抽查|排查|督查|暗访|巡查)了?"
                           r"[^。;；,，\d]{0,12}?\d+\s*(?:家|个|处|所|户|村|条)"
                           # res19: checking teams or officers sent out over the period ("2月21日至25日,全区各级消防出动123个检查组,
                           # 深入全区5市,共检查单位567家"): a round of checks, told as news tells it (not vehicles or leaflets sent
                           # out, "出动宣传车23辆")
                           r"|出动[^。;；,，]{0,12}?(?:检查|督查|督导|暗访|执法|巡查)(?:组|人员|力量|队伍|小组)")
# a day listed right after a period, followed by a comma: "3月3日至7日,3月10日,深入…"
RE_ONE_MORE_DAY = re.compile(r"\s*[,，、]\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日\s*[,，]")
# what an inspection is called: also a technical review or acceptance check a report rectifies ("技术评估", "核查")
RE_PUBLISHING_FORMULA = re.compile(r"现(?:将|就|把)[^。，,；;]{0,24}?(?:公布|公开|公告|公示)(?:如下)?")
RE_INSPECTION_WORD = re.compile(r"巡视|巡察|督察|审计|检查|督导|评估|核查")
# a period's sentence names the inspection by any of its words, also a patrol inspection (安全生产巡查: "2025年3月14日至
# 20日，市安委会组织…巡查组，对各县区开展安全生产巡查")
# (a night check, "开展夜查", is a check)
# (expo25: and a 创建 测评 — "委托第三方对各区开展了模拟测评": the check whose findings a 测评 result lists)
RE_PERIOD_INSPECTION_WORD = re.compile(r"巡视|巡察|督察|审计|检查|督导|评估|核查|巡查|督查|暗访|夜查|抽查|测评")
# in a self-check report (its title names one: "…自查情况及整改措施报告"), the body's own self-check is the inspection
# ("本支部于2023年8月1日至8月31日开展首轮自查")
RE_SELF_CHECK_REPORT = re.compile(r"自查(?:自纠)?(?:工作)?(?:情况)?(?:及|和|与)?[^。,，;；]{0,8}?(?:报告|总结)")
RE_INSPECTION_WORD_SELF = re.compile(r"巡视|巡察|督察|审计|检查|督导|评估|核查|自查")
# the act of inspecting ("开展了第三轮省级生态环境保护督察"), not a mention ("对被巡察单位…进行了反馈")
RE_INSPECTION_ACT = re.compile(r"(?:开展|进行|实施|组织)了?[^,，。;；]{0,14}?(?:巡视|巡察|督察|督查|审计|检查|督导|评估|核查|回头看)"
                               r"(?!意见|情况反馈|反馈)")  # not "进行巡察意见反馈": that is the feedback
# the clause after a period says the visit checked how the rectification went ("…督察…反馈问题整改情况", "回访")
RE_CHECKS_RECTIFICATION = re.compile(r"[,，\s]*[^,，。;；]*?(?:整改(?:落实|推进|工作)?(?:情况|进展|成效)|回访"
                                     r"|反馈的[^。;；]{0,20}?(?:进行|开展)(?:了)?(?:评估|检查|核查|督查|复查))")  # "对…反馈的41条意见进行评估检查"
# a bare day before the feedback, in the month of the period ("在23日下午的技术评估反馈会上")
RE_BARE_DAY = re.compile(r"(?<![\d月.\-/])(\d{1,2})\s*日(?:上午|下午|晚上|晚)?")
RE_PERIOD_DOT = re.compile(r"((?:19|20)\d{2})[.．/](\d{1,2})[.．/](\d{1,2})\s*(?:至|到|—{1,2}|–|-|~|－|～)\s*"
                           r"(?:((?:19|20)\d{2})[.．/])?(\d{1,2})[.．/](\d{1,2})(?![\d.])")
# an inspection's schedule of windows, one per body: "此次巡察时间安排:甲村10月10日~10月15日,乙村10月16日~10月22日"
RE_SCHEDULE_LABEL = re.compile(r"(?:巡视|巡察|督察)(?:工作)?(?:时间|日程|进驻)安排\s*[:：为如下]*")


def _schedule_windows(out: ParsedInspection, text: str, doc_date: dt.date | None) -> None:
    """Two or more yearless windows after the schedule's label, in one sentence, in order: the first one's start to
    the last one's end, in the document's year (no document date: none)."""
    m = RE_SCHEDULE_LABEL.search(text)
    end_of_sentence = text.find("。", m.end())
    sentence = text[m.end(): end_of_sentence if end_of_sentence >= 0 else len(text)]
    windows = [p for p in RE_PERIOD.finditer(sentence) if p.group("m2")]
    if len(windows) < 2 or doc_date is None or any(p.group("y1") or p.group("y2") for p in windows):
        return
    first, last = windows[0], windows[-1]
    start = make_date(doc_date.year, int(first.group("m1")), int(first.group("d1")))
    end = make_date(doc_date.year, int(last.group("m2")), int(last.group("d2")))
    if start is None or end is None or not start <= end or start > doc_date + dt.timedelta(days=60):
        return
    out.start, out.end = iso(start), iso(end)


RE_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")
# the day a team moved in, and the day it left: "于2022年3月21日进驻某市开展巡视，5月20日结束"
# (a team's name may hold its number: "2024年12月3日，根据…的授权，某市统计局第4统计督察组正式进驻某区")
RE_STATIONED_ON = re.compile(r"(?:((?:19|20)\d{2})\s*年\s*|(?<![\d年]))(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[,，]?"
                             r"(?:[^。;；\d至到—]|(?<=第)\d{1,2}){0,40}?(?:正式)?(?:进驻|来到[^。;；,，]{1,20}?开展(?:(?!整改)[^。;；,，]){0,16}?(?:巡视|巡察|督察|审计|检查|督导|巡查|督查)(?!整改))")
# (a team that came to the body to carry out its inspection moved in that day: "10月24日,…率巡查组来到我院开展为期十天的
# 巡查"; what it came to carry out must be the inspection, not a study visit that hears of one: "来到我局开展调研,并对巡察
# 整改工作提出要求")
RE_STATIONED_ON = Needles(RE_STATIONED_ON)  # (tried only in a text holding a literal every match reads)
# a round begun on a dated day, the date heading its sentence: "2022年5月5日，县委正式启动第三轮巡察工作",
# "按照…部署，2019年5月5日，区扫黑办…组成督导工作组深入各镇开展督导检查工作"; not a meeting, a feedback, a
# deadline or a rectification dated so (those have rules of their own or give no start)
RE_BEGUN_ON = re.compile(r"^\s*(?:(?:根据|按照|依据)[^。;；]{0,60}?[,，]\s*)?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                         r"(?:上午|下午)?\s*[,，]\s*[^。;；]{0,120}?(?:正式启动|启动|开展|开始)(?:了)?[^。;；,，]{0,16}?"
                         r"(?:巡视|巡察|督察|督导检查|督导|专项检查)(?:工作)?")
# the inspection (its round) named, then the day it was launched: "第三轮中央生态环境保护督察11月21日全面启动"
# (not a rectification's launch: "巡视整改工作11月21日全面启动" names 整改, which RE_NOT_BEGUN refuses)
RE_LAUNCHED_ON = re.compile(r"(?:巡视|巡察|督察)(?:工作)?\s*(?:于|已于)?\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                            r"\s*(?:正式|全面)(?:启动|开展|展开)")
RE_OWN_REPORT = re.compile(r"(?:整改|自查)(?:工作)?(?:情况)?(?:的)?报告")
RE_ONE_DAY_SELF_CHECK = re.compile(r"(?:于|在)\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?!\s*[至到—\-~－])"
                                   r"[^。;；]{0,80}?(?:进行了?|开展了?)(?:全面的?|一次)?自查")
# (the day also written with 号, as news copy does: "12月6号")
# (kfg: any part of the day, "5月15日清晨", "凌晨", "早上", "中午", "傍晚", "夜间")
_RE_DAY_G = r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号](?:上午|下午|晚上|晚间|清晨|凌晨|早上|早晨|中午|傍晚|夜间|晚)?(?!\s*[至到—\-~－])"
# (an unannounced visit is a check too: "对…进行了暗访"; and one made on the spot: "进行实地督导检查")
# (a night check, "开展消防安全集中夜查行动", and a sweep for hazards, "开展道路交通安全隐患排查工作", are checks too)
_RE_CHECK_ACT = r"(?:实地|现场)?(?:督导检查|督查检查|检查指导|指导检查|督查|督导|督察|检查|明察暗访|暗访|巡查|考察|夜查|隐患排查)"
# a news report's dateline before the day: "云上荆州报道:12月6号,…", "本报讯 6月22日,…"
_RE_NEWS_LEAD = r"(?:[^。;；,，\n\d]{0,12}?(?:报道|讯)\s*(?:[(（][^()（）\d]{1,20}[)）])?\s*[:：]?\s*)?"  # "本站讯(记者 某某)10月16日上午,…"
RE_ONE_DAY_VISIT = re.compile(r"(?:(?<![^\n。;；>])\s*" + _RE_NEWS_LEAD + r"|(?<![作认成])为[^。;；\d]{2,60}?[,，]\s*"
                              # a purpose clause that cites documents by their numbers: "为认真贯彻落实…《…的通知》(鄂河办发〔2020〕9号)…文件要求,8月25日,…"
                              r"|(?<![作认成])为[^。;；]{2,200}?(?:文件|通知|部署|要求|精神)(?:要求|精神)?[,，]\s*"
                              # (or one that names what it follows: "根据…《…方案》的要求，4月9日，…")
                              # (also after a news lead's byline: "本网讯(保卫处 某某)根据…部署,7月10日,…" — blind28)
                              r"|(?<![^\n。;；>,，)）])\s*(?:根据|按照)[^。;；]{2,200}?(?:文件|通知|部署|要求|精神)\s*[,，]\s*)(?:于\s*)?" + _RE_DAY_G
                              # (the body may act where it is: "…支队在全市范围内开展统一夜查行动")
                              + r"\s*[,，]+[^。;；]{0,80}?(?:(?:莅临|深入|来到|前往|到|赴|对)[^。;；]{0,60}?|在[^。;；,，]{1,20}?"
                              # (or two bodies acting together, "…局会同市消防救援支队开展…督导检查工作")
                              r"|(?:会同|联合)[^。;；]{1,60}?)"
                              # (the act may name what it took in: "实地考察了我院")
                              r"(?:开展|进行)?了?" + _RE_CHECK_ACT + r"(?:[和及与](?:回访|指导|调研|督促))?(?:工作|行动)?(?:了[^。;；,，\d]{1,6})?"
                              # figs22: (or the matter it checked, closing the clause: "…深入到某路等路段，巡查督察市容环境
                              # 综合整治情况，", "…检查了防汛物资储备情况"; not a check of rectification, "督查整改工作")
                              r"(?:(?:(?!整改)[^。;；,，\d]){1,16}?(?:情况|工作))?"
                              # res19: or told as what the check found while it was made ("…对某大厦进行检查时发现该单位存在…",
                              # "…到某早餐店检查时,发现该单位存在以下隐患:"), as a regulator's case file does
                              r"(?=\s*(?:时|中|过程中)?\s*(?:[,，。;；]|发现)|$)")
# cs20: the same dated visit told with what its check pushes on ("为扎实推进…工作,6月26日上午,…带领…深入城区部分区域,
# 现场督导推动创文工作"): the check, then 推动/推进/督促/指导 and the work it is for, closing the clause (not "督导组深入…
# 督导推动整改工作期间": RE_NOT_A_VISIT's words still refuse it)
_VISIT_CLOSE = r"(?=\s*(?:时|中|过程中)?\s*(?:[,，。;；]|发现)|$)"
assert RE_ONE_DAY_VISIT.pattern.endswith(_VISIT_CLOSE)
RE_DAY_VISIT_PUSHING = Needles(RE_ONE_DAY_VISIT.pattern[: -len(_VISIT_CLOSE)]
                               + r"(?=(?:推动|推进|督促|指导)[^。;；,，\d]{1,12}?工作\s*(?:[,，。;；]|$))")
RE_ONE_DAY_VISIT = Needles(RE_ONE_DAY_VISIT)  # (tried only in a text holding a literal every match reads)
# cs20: a daily check report's heading line naming its day ("7月19日某社区创文日报", "2022年7月19日巡查日报"), over a
# tally of that day's patrol ("今日共出动人员25人次,…发现问题39处"): the report's day is the patrol's, start = end (the
# year the page's date gives a yearless day, as for a dated visit). Not a 日报 over several days' work ("本周", no 今日),
# nor a day named inside a sentence (the heading opens its line).
RE_DAILY_REPORT_HEADING = re.compile(r"^\s*(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
                                     r"[^\n。,，;；:：]{0,30}?日报", re.M)  # (a copy may run the heading into its lines)
RE_TODAY_PATROL = re.compile(r"今日[^。;；\n]{0,40}?(?:巡查|检查|督查|暗访|发现问题)")
# (the day need not open a line: a copy may glue a page's facts line to it, "…点击:03月8日,…")
RE_DAY_VISITED = re.compile(r"(?<![\d.])" + _RE_DAY_G + r"\s*[,，][^。;；\d]{0,30}?(?:全面|逐户|实地|入户)?走访")
RE_FOUND_IN_VISIT = re.compile(r"走访(?:中|时|过程中)(?:共)?发现")
# a news headline naming the team, its day and its visit, as such headlines run: "第三督导组6月13日深入某街道进行督导检查工作"
# (the team's word right before the day, the visit right after it; the headline may run into the lead a copy joined
# it to, so no stop is asked for after it)
RE_TEAM_DAY_VISIT = re.compile(r"(?:督导组|督查组|检查组|督察组|巡查组|暗访组|专家组)(?:一行)?\s*(?:于\s*)?" + _RE_DAY_G
                               + r"\s*(?:深入|来到|莅临|赴)[^。;；,，\d]{1,30}?(?:开展|进行)了?" + _RE_CHECK_ACT)
# os18: a body that checked on a dated day, as its sentence's subject: "我局执法队联合市文化执法队于2016年8月4日对柳巷地区的
# 网吧和娱乐场所进行了专项检查" (the day after 于, the place after 对, the check closing the clause)
# (xs18: a town's task force too, "工作专班于11月12日对各村进行了实地暗访" — the 专班 a 镇 sets up for a campaign checks
# as a team does; the villages it checked that day are what it took in, not bodies checking with it: see _checked_all)
RE_BODY_DAY_CHECK = re.compile(r"(?:队|组|局|站|所|中心|委员会|办公室|专班)[^。;；,，\d]{0,24}?于\s*" + _RE_DAY_G
                               + r"\s*对[^。;；,，\d]{2,40}?(?:开展|进行)了?[^。;；,，\d]{0,6}?" + _RE_CHECK_ACT
                               + r"(?:工作|行动)?(?=\s*[,，。;；]|$)")
# res19: a full date opening a clause, then the body that checked (a 局, 队, 组…) and its check, no comma after the day:
# "…的通知》,2012年7月20日科学城工商局重点在花园市场、沿江市场、望江市场开展了市场环境专项检查。" (a regulator's notice
# after the documents it cites); the year must be written (a bare "7月20日某局…" is left to the readers above)
RE_DAY_BODY_CHECK = re.compile(r"(?:^|(?<=[,，。;；\n]))\s*(?=(?:19|20)\d{2})" + _RE_DAY_G
                               + r"\s*[,，]?\s*[^。;；,，\d]{2,24}?(?:局|队|组|站|中心|委员会|办公室)[^。;；\d]{0,40}?(?:开展|进行)了?"
                               r"[^。;；,，\d]{0,10}?" + _RE_CHECK_ACT + r"(?:工作|行动)?(?=\s*[,，。;；]|$)")
RE_DAY_BODY_CHECK = Needles(RE_DAY_BODY_CHECK)  # (tried only in a text holding a literal every match reads)


def _daily_report_day(out: ParsedInspection, text: str, pub: dt.date | None) -> None:
    m = RE_DAILY_REPORT_HEADING.search(text)
    if m is None or not RE_TODAY_PATROL.search(text, m.end()):
        return
    day = _dated(FoundDate(0, 0, int(m.group("y")) if m.group("y") else None, int(m.group("m")), int(m.group("d"))), None, pub)
    if day is not None and (pub is None or day <= pub) and (m.group("y") or pub is not None):
        out.start = out.end = iso(day)


def _checked_all(s: str, mv: re.Match, many: re.Match) -> bool:
    """xs18: in a body's dated check the one body before 于 is who checked; "各村" right after its 对 ("工作专班于11月12日
    对各村进行了实地暗访") names what it checked that day, and bodies named after the check's clause ("…,现将各村…情况进行
    通报") are what the notice is about — neither is many bodies making checks of their own."""
    if mv.re is not RE_BODY_DAY_CHECK:
        return False
    return many.start() >= mv.end() or (mv.start() < many.start() and s[many.start() - 1] == "对")


# the visit said made that day ("…启动第五次暗访督查行动,对…进行了暗访"): a launch in its sentence is that visit's
RE_VISIT_MADE = re.compile(r"(?:进行|开展)了" + _RE_CHECK_ACT + r"(?=[,，。;；]|$)")
RE_ONE_DAY_FOUND = re.compile(r"针对\s*" + _RE_DAY_G + r"[^。;；,，]{0,40}?" + _RE_CHECK_ACT + r"(?:发现|出)的?问题")
# what a one-day visit is not: a meeting or talk, a recheck or acceptance of rectification, a period or a round
# ("分别对我校…进行了督查": several bodies checking on that one day is still one day's check; "开展为期十天的…巡查" is not)
RE_REQUEST = re.compile(r"[,，]\s*请")
RE_NOT_A_VISIT = re.compile(r"召开|会议|座谈|民主生活会|复查|验收|回头看|整改(?:落实|推进)?(?:情况|进展|成效)|至|期间|为期|启动|陆续|分别(?!对)")
# a purpose clause naming a holiday's time ("为确保双节期间安全形势稳定，") does not make the visit a period
RE_RUN_IN_HEAD = re.compile(r"(?:(?<=\n)|^)\s*[^\n。;；,，]{6,120}?[^\d\s。;；,，:：年月日](?=(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上|晚间|晚)?[,，])")
RE_PURPOSE_OPENS = re.compile(r"\s*(?:为|根据|按照)")
RE_PURPOSE_CLAUSE = re.compile(r"(?:^|[,，。;；\n])\s*为[^,，。;；\n]{2,40}[,，]")
RE_CHECK_OF_YEAR = re.compile(r"开展\s*((?:19|20)\d{2})\s*年度?")
RE_MANY_BODIES = re.compile(r"各(?:单位|部门|地|县|区|乡镇|镇|乡|街道|学校|村|支部|党支部|党组织)")
RE_NOT_BEGUN = re.compile(r"召开|会议|动员会|座谈|反馈|截至|截止|整改|回头看|公布|公示|通报|受理")
# (also the stationing said finished: "6月9日完成进驻工作", "6月9日结束了巡察进驻")
# (hs19: the inspection and its stay both named, "8月14日督察进驻结束")
RE_ENDED_ON = re.compile(r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(?:巡视|巡察|督察|进驻|(?:巡视|巡察|督察)进驻)?(?:工作)?(?:结束|撤离|撤出)"
                         r"|(?:完成|结束)了?(?:巡视|巡察|督察)?进驻)")
# the meeting that opens an inspection at the inspected body (not one on the rectification): its day is the start
RE_MOBILISED = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*|(?<![\d年]))(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日(?:上午|下午|晚上)?\s*[,，]?"
                          r"(?:(?!整改)[^。;；]){0,40}?(?:巡视|巡察)(?:(?!整改)[^。;；]){0,30}?动员会(?:(?!整改)[^。;；]){0,40}?召开"
                          # "…巡察…工作动员会于3月15日召开": the day after the meeting's name
                          r"|(?:巡视|巡察)(?:(?!整改)[^。;；\d]){0,30}?动员会\s*(?:于|在)\s*(?:(?P<y2>(?:19|20)\d{2})\s*年\s*)?(?P<m2>\d{1,2})\s*月\s*"
                          r"(?P<d2>\d{1,2})\s*日(?:上午|下午|晚上)?[^。;；\d]{0,30}?召开")
# "本轮集中驻点巡察将持续到17日结束": the last day, in the start's month unless it names its own
RE_LASTS_UNTIL = re.compile(r"(?:巡视|巡察)(?:工作)?[^。;；\d]{0,4}?(?:将)?(?:持续到|持续至|至)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日\s*(?:结束|止)")
# fs19: or the day named first, then the stationing it ends, as the team announces it: "…从今天起正式进驻…,6月11日结束现场
# 巡察", "将于28日结束驻点巡察" (a yearless day: the year, and the month when it names none, are the start's; not the end of the
# rectification, "6月11日前结束巡察整改", nor a day with its own year, read by the dated rules)
RE_ENDS_ON_DAY = re.compile(r"(?<![\d年月])(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日\s*(?:前)?(?:结束|完成)(?:现场|驻点|集中|进驻)?(?:巡视|巡察)(?!(?:工作)?整改)")


def _mobilisation(out: ParsedInspection, text: str, sentences: list[str], pub: dt.date | None) -> None:
    """The start of an inspection opened by a mobilisation meeting at the inspected body: the meeting's day.

    The day is tied to the meeting in one of two ways. Its sentence says the meeting was held (RE_MOBILISED: "12月4日上午，
    …巡察组巡察…工作动员会…召开", "…动员会于3月15日召开"): a yearless day may then take the one year the text names at
    all, and the inspection's last day may follow ("本轮集中驻点巡察将持续到17日结束"). Or the meeting is named with a day
    a few words before it, in a sentence that gives no period (RE_MOBILISATION: "2025年8月7日，市委第一巡察组巡察市中级
    人民法院党组工作动员会召开", "…召开动员大会"): the start alone. Years as ``_dated`` gives them."""
    m = RE_MOBILISED.search(text)
    if m:
        year, month, day = (m.group("y"), m.group("m"), m.group("d")) if m.group("m") else (m.group("y2"), m.group("m2"), m.group("d2"))
        f = FoundDate(0, 0, int(year) if year else None, int(month), int(day))
        before = last_full_date_before(text, m.start())
        if before is None and pub is None and not year:
            years = set(re.findall(r"((?:19|20)\d{2})\s*年", text))
            before = dt.date(int(years.pop()), 1, 1) if len(years) == 1 else None
        start = f.resolve(before or pub)
        # a dated meeting after the document's own date is not this inspection's
        if start is not None and not (pub is not None and start > pub and (year or _year_before(start) > pub)):
            start = _dated(f, before, pub)
            out.start = iso(start)
            me = RE_LASTS_UNTIL.search(text, m.end()) or RE_ENDS_ON_DAY.search(text, m.end())
            if me:
                month = int(me.group(1)) if me.group(1) else start.month
                end = make_date(start.year, month, int(me.group(2)))
                if end is not None and end < start:
                    end = make_date(start.year + (month == 12), month % 12 + 1, int(me.group(2))) if not me.group(1) else make_date(start.year + 1, month, int(me.group(2)))
                out.end = iso(end) if end and (end - start).days <= 120 else None
            return
    offset = 0
    for s in sentences:
        if RE_PERIOD.search(s):
            offset += len(s)
            continue
        for mm in RE_MOBILISATION.finditer(s):
            # the day opens the meeting's clause, a few words before it; not a page's own date line run into the text
            days = [f for f in find_dates(s[: mm.start()]) if mm.start() - f.end <= 30 and not _page_stamp(s, f)]
            if days:
                out.start = iso(_dated(days[-1], last_full_date_before(text, offset + days[-1].start), pub))
                return
        offset += len(s)


# the days a notice is up, named right before them: "公示期为…至…", "公示时间：…"
# the feedback as the subject of the clause that dates it: "…督察反馈采取书面形式，于", "反馈工作于", "集中反馈时间为"
RE_FEEDBACK_HELD = re.compile(r"反馈(?:工作|会议?)?(?:采取|采用|以)?[^。;；]{0,10}?[,，]?\s*(?:于|在|从|自|时间为|时间是|定于)\s*$")
RE_NOTICE_PERIOD = re.compile(r"(?:公示|公告|公开|公布)(?:期|时间|期限|日期)\s*(?:为|是|自)?\s*[:：]?\s*$")
# the day an inspection ended, given alone: "督察进驻已于2025年6月28日结束", "巡察工作于6月28日结束"
RE_ENDED_ALONE = re.compile(r"(?:巡视|巡察|督察|进驻)(?:[一二三四五六七八九十\d]{0,3}组)?(?:进驻)?(?:工作)?(?:已经?)?于\s*(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*"
                            r"(?:正式|全部|顺利)?(?:结束|撤离|撤出)")
RE_TEAM_FORMED_ON_DAY = re.compile(
    r"(?:^|(?<=[\n。;；]))\s*" + _RE_DAY_G.replace("(?!\\s*[至到—\\-~－])", "") + r"\s*[,，]\s*[^。;；]{2,80}?组成(?:了)?"
    r"(?P<team>[^\s,，。;；、“”()（）的]{2,10}?组)\s*[,，]\s*对[^。;；]{1,40}?(?:进行|开展)(?:了)?[^。;；,，]{0,10}?"
    r"(?:检查|验收|督查|核查|评估)[^。]{0,80}?发现")
# figs23: a day, then the body organising or launching a sweep of hazards or a general check (a campaign of checks, not a
# rectification): "10月22日组织各区、各燃气企业…全面开展…安全隐患专项排查整治工作", "2023年3月1日起，部署开展…安全生产大检查
# 行动" (not a meeting that deploys it, RE_NOT_BEGUN: "召开会议，部署开展…")
RE_SWEEP_LAUNCHED = re.compile(r"(?:(?<![\d年])|((?:19|20)\d{2})\s*年\s*)(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:上午|下午)?\s*(?:起)?\s*[,，]?\s*"
                               r"(?:[^。;；,，\d]{1,16}?)?(?:组织|部署|启动)[^。;；]{0,40}?(?:全面|集中|统一)?(?:开展|启动)[^。;；]{0,30}?"
                               r"(?:隐患(?:专项)?排查(?:整治)?|(?:专项)?排查整治|安全(?:生产)?大检查|安全大排查)(?:工作|行动)")
RE_START_ONLY = re.compile(r"(?:从|自|于)\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:开始|起)")
# a full date that opens the inspection with no 从/自: "2023年4月10日起，市委第一巡察组对某局党组开展为期两个月的巡察"
RE_START_ONLY_DATED = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:开始|起)(?!\s*(?:至|到|施行|执行|实施))")
# fs19: a period whose end lost both its 月 and 日, its digits run straight into the next word ("2023年8月14日至1031县委第三
# 巡察组对…开展了常规巡察", the start's 年/月 put back by restore_lost_units): the start alone (R61: an end read only when
# its units survive; not digits a unit follows, "至1031名", "至1031万元")
RE_START_LOST_END = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:至|到)\s*\d{3,4}"
                               r"(?=[\u4e00-\u9fff])(?![年月日号天个项条名人次家户元万亿件处余多])")
# "…督察组进驻我市开展第二轮省级生态环境保护督察"
RE_STATIONED = re.compile(r"进驻\s*(.{2,20}?)[,，]?(?:开展|进行|实施)")
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
    # a field table's label run into it: "报送单位某院党组巡察组别市委第二巡察组"
    team = re.split(r"(?:巡[视察]|督察|检查|督导)组别\s*[:：]?", team)[-1]
    team = re.sub(r"^(?:\d{2,4}[-./]\d{1,2}[-./]\d{1,2}|[-./:])+", "", team)
    # a period run into the name: "2024年4月8日至6月7日市委第四巡察组"
    team = re.sub(r"^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日?(?:(?:至|到|—{1,2}|-)(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日)?", "", team)
    # (figs23: or an end that lost both 月 and 日, "至119某省第三督察组", or the tail of a date the match began inside,
    # "月9日某省第三督察组": no name opens on digits run on from a date)
    # (or only the period's end, its 日 lost: "至2022年11月15市委第三巡察组")
    team = re.sub(r"^(?:至|到)(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日?(?=\D)", "", team)
    team = re.sub(r"^(?:(?:至|到)\d{2,4}(?=[^\d年月日号])|月?\d{1,2}日)", "", team)
    team = re.sub(r"^(?:打印|来自|自(?!治区)|由|经|根据|依据|据)", "", team)  # (自治区 is a place, not 自)
    team = re.sub(r"(?:组建|派出|成立|抽调)(?=\d|[一二三四五六七八九十]+个)", "", team)
    return team



# What a team's name is (a noun phrase: "十二届市委第三巡察组", "中央第五生态环境保护督察组", "国家统计局第2统计督察组",
# "市审计局") and where its left edge is. A match of RE_TEAM takes in up to 14 characters before the team word; in prose
# those are often the end of the clause before the name, not part of it. The name starts after:
# - a verb or preposition whose object it is ("按照中央第二…督察组", "接到中央巡视组", "传达学习…巡察组", "积极配合巡视组",
#   "随着…", "记者从…", "为督促各单位落实…", "成立以…为组长的检查组") or a conjunction joining it to something else
#   ("市委巡察办和市委巡视组");
# - a figure of speech ("堪比五星级酒店", "如同…"): what follows the figure is the name;
# - a page's navigation word run into the text ("新闻动态", "新闻中心", "头版", "网站"), a book-title mark, a question mark;
# - a word that opens a count ("共组成21个检查组", "先后9个监督检查组"): a count with an owner stays, as the text
#   gives it ("15个省委巡视组"); a count of bare team words ("21个检查组", "三个督导组") is no name.
# What is left is no name when it is a bare team word with no owner ("巡察组", "各巡察组", "本轮巡视组", "检查组",
# "审计局") or a fragment cut inside one ("五巡察组" of "第四、五巡察组", "委第巡察组"): such a team is left unknown.
RE_TEAM_LEFT_EDGE = re.compile(
    r".*(?:按照|根据|依据|随着|随著|贯彻落实|落实|贯彻|配合|支持|感谢|确保|做好|接到|接受|迎接|听取|深入|印发到|印发|编印|反映到|助力|督促|"
    r"学习|传达|核实|宣布|带领|带队的|组成的|组成|派出的|派出|安排|下设|启动|展开|结合|采取|要求|部署|就数|那就数|无法让|"
    r"成立了?|为(?:副)?组长的|牵头的|"
    r"让(?!胡路)|(?<!司)令(?!部)|把|被|从|和(?![平田龙县顺政林静硕布])|与|以及|及|"  # (expo25: "令检查组忧虑的是")
    r"堪比[^巡督检审]{0,8}?(?=(?:中央|国家|国务院|省|市|县|区|州|旗|盟|自治区)|$)|好比|如同|犹如|仿佛|"
    r"新闻动态|新闻中心|工作动态|头版|网站|首页|引言|正文|文件|模式|[《<?？!！…+＋])")
RE_TEAM_COUNT_LEAD = re.compile(r"^(?:共|先后|计划每轮|每轮|分别)(?=(?:\d+|[一二三四五六七八九十两]+)个)")
RE_BARE_TEAM = re.compile(
    r"(?:各|本轮|本次|该|此|这个|这次|我们|一名|(?:\d+|[一二三四五六七八九十两]+)个)?"
    r"(?:专项|联动|机动|综合|巡视|巡察|督察|督查|督导|检查|审计|统计|环保|环境保护|生态环境保护|保护)*"
    r"(?:巡视组|巡察组|督察组|督查组|检查组|督导组|审计组|巡视工作组|审计局|审计厅)"
    # a fragment of a longer name: a number without its 第, or 委 without its owner
    r"|[一二三四五六七八九十]+(?:巡视组|巡察组|督察组|检查组|督导组)|委第?[一二三四五六七八九十]*(?:巡视组|巡察组|督察组|检查组|督导组)")


# figs23: the bodies that formed a team jointly, named before it and joined by 、 ("省委、省政府第三环境保护督察组",
# "市治庸办、市文明办联合检查组"): each a body of a level (中央/省/市/县/区/州, 中共 before it), ending in a body's word
RE_JOINT_OWNERS = re.compile(r"(?:^|(?<=[\s,，。;；:：“(（]))((?:(?:中共)?(?:中央|省|市|县|縣|区|區|州|自治区|自治區)[^\s,，。;；、:：()（）“”\d]{0,10}?"
                             r"(?:党委|黨委|委|政府|办|辦|局|厅|廳|部)、){1,3})$")


RE_CHECK_WORD = re.compile(r"检查|督查|暗访|暗查|排查|曝光|巡查|抽查|督导")
# the body: a place or level, then its name, ending in the word of a body that checks; at a clause's start, after a time
# word at most; then the check in the same sentence, its verb after the body's own act (对…进行, 集中曝光, 深入…)
RE_CHECKING_BODY = re.compile(
    r"(?:^|(?<=[,，。;；\n]))\s*(?:近日|日前|近期|今年以来|\d{1,2}\s*月(?:份)?(?:\s*\d{1,2}\s*日)?(?:以来|上午|下午)?)?\s*[,，]?\s*"
    r"((?:[\u4e00-\u9fff“”]{1,16}?)(?:消防救援大队|消防救援支队|消防大队|消防支队|(?<![组])局|委办|办公室|[^\s办]办|工作专班|专班|指挥部|管理处|服务中心|执法队|执法大队))"
    r"(?=\s*(?:联合|执法人员|工作人员|\d+名|对|集中|深入|组织|分成|在))"
    r"[^。;；]{0,80}?(?:检查|督查|暗访|暗查|排查|曝光|巡查|抽查|督导)")
# (not a body that reports or is checked: a newspaper, a school, a firm; nor a pronoun; nor a body a preposition or
# conjunction takes, "由市安监局…组成的", "据…", "并联合…"; nor two bodies joined, "政府督查室和教育局" — an official name
# holding 和 is one body: 住房和城乡建设局, 文化和旅游局, 自然资源和规划局, 人力资源和社会保障局, 工业和信息化局)
RE_NOT_A_CHECKER = re.compile(r"^(?:我|本|该|各|全|有关|相关|由|据|并|对|这是|经|和|及)|记者|报社|日报|学校|公司|企业|医院|联合"
                              r"|和(?!城乡|旅游|规划|社会保障|信息化|体育|改革|计划生育)")
# a generic body (局, 办, 专班…) names its place or level first ("市…", "衡阳南岳区…", "眉山市…"); a fire brigade is one by
# its own name ("中堂消防救援大队")
RE_LEVEL_OPENING = re.compile(r"(?:中央|国家|省|市|县|区|州|盟|旗|镇|乡|街道|[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|盟|旗|镇|乡))")
RE_FIRE_BRIGADE = re.compile(r"消防(?:救援)?(?:大队|支队)$")
# a body that checks itself, opening its sentence (after a "为…,根据…," clause at most), the self-check its own act there
_SELF_BODY = (r"(?:^|(?<=[。;；\n]))\s*(?:(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:上午|下午)?\s*[,，]\s*)?"
              r"(?:(?:为|根据|按照|依据)[^。;；\n]{0,160}?[,，]\s*)?"
              r"([\u4e00-\u9fff、“”]{1,20}?(?:中学|小学|学校|幼儿园|大学|学院|医院|卫生院|局|委员会|党支部|党总支|党委|党组|"
              r"公司|集团|中心|政府|领导班子|办公室|站|所))"
              r"(?=\s*(?:于|在|对|严格|认真|组织|按照|根据|深入|结合|开展|进行|坚持|立即|迅速|高度|扎实|全面|切实|积极|,|，))")
RE_SELF_CHECKER = re.compile(_SELF_BODY + r"[^。;；\n]{0,160}?(?:进行了?|开展了?|组织了?|推进|开展)[^。;；\n]{0,20}?"
                             r"(?:自查自纠|自查|对照检查|自检)")
RE_SELF_CHECKER_REPORT = re.compile(_SELF_BODY + r"[^。;；\n]{0,160}?(?:进行了?|开展了?|组织了?|推进|开展)[^。;；\n]{0,20}?"
                                    r"(?:自查自纠|自查|对照检查|自检|检查|排查|清理|整治)")
# (not a body told to check itself, nor every body of a kind: "要求各学校开展自查", "全市各医院", "有关单位")
RE_NOT_SELF_CHECKER = re.compile(r"要求|督促|通知|部署|安排|^(?:各|全|有关|相关|我|本|该)|市各|县各|区各")
RE_TEAM_FORMED = re.compile(r"组成(?:了)?([^\s,，。;；、“”()（）的]{2,12}?组)(?![^,，。;；]{0,2}组)")
# a leader by post and name opening a clause, who checks in that sentence (the check the leader's own act: 暗访, 督查…;
# not a meeting's words, "在会上要求加强督查", nor the one accompanying, "局长杨四清陪同")
_LEADER_POST = r"(?:副?(?:省长|市长|县长|區长|区长|州长|旗长|镇长|乡长|书记|主任|局长|厅长|主席|部长|秘书长|盟长|县長|市長)|常委)"
RE_LEADER_POST_NEEDLE = re.compile(r"长|书记|主任|主席|常委")
_LEADER = (r"(?:(?:中共)?(?:[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|盟|旗|镇|乡))?(?:委|政府|人大|政协|人大常委会)?[\u4e00-\u9fff、]{0,10}?)"
           + _LEADER_POST + r"(?![多亲带率一等先再到深分也还又和及同在对赴前实])[\u4e00-\u9fff]{2,3}?")
RE_LEADER_CHECKS = re.compile(
    r"(?:^|(?<=[,，。;；\n>]))\s*(?:近日|日前|近期|(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:上午|下午|晚上|晚间)?)?\s*[,，]?\s*"
    # (two leaders each checking, "镇党委书记甲,镇长乙分别带队对…进行了专项督查": both, as printed)
    r"(" + _LEADER + r"(?:[,，、]" + _LEADER + r"(?=分别))*)"
    r"(?=分别|带队|率队|一行|采取|深入|先后|前往|到|赴|对|实地|,|，)"
    r"(?:(?!会|听取|要求|强调|指出|陪同|汇报|批示)[^。;；]){0,40}?(?:暗访|督查|检查|督导|巡查|抽查)")


def _joint_owners(text: str, end: int, name: str | None) -> str | None:
    """The team's name with the bodies that formed it jointly, named right before it (RE_JOINT_OWNERS): "省委、" before
    "省政府第三环境保护督察组" is part of the name; the name must itself open on a body of a level and be a team (…组), not
    an office named beside another ("县委巡察办、县审计局": two bodies)."""
    if not name or not name.endswith(("组", "組")) or not re.match(r"(?:中共)?(?:中央|省|市|县|縣|区|區|州|自治区|自治區)", name) \
            or text[end - len(name): end] != name:
        return name
    mj = RE_JOINT_OWNERS.search(text, max(0, end - len(name) - 40), end - len(name))
    return mj.group(1) + name if mj else name


def team_name(team: str | None) -> str | None:
    """The team's name from its left edge (RE_TEAM_LEFT_EDGE), a word opening a count taken off; None when what is left
    is a bare team word or a fragment of a name (RE_BARE_TEAM): an unknown team is better than a wrong one."""
    if not team:
        return None
    m = RE_TEAM_LEFT_EDGE.match(team)
    if m and m.end() < len(team):
        team = team[m.end():]
    team = re.sub(r"^(?:19|20)\d{2}年度?", "", team)
    team = RE_TEAM_COUNT_LEAD.sub("", team)
    if len(team) < 3 or RE_BARE_TEAM.fullmatch(team):
        return None
    return team


# An inspected body is a body named as a noun phrase, as fully as the text names it:
# - the clause before or after it is not part of it: a particle left before it ("了交通银行…"), a clause after a comma
#   ("某镇,将…"), the short name a text defines for it ("(以下简称“市检察院”)");
# - a standard, a matter or a vague many is no body ("照达标标准", "一系列问题企业", "多个地区和单位", "…沿线存在问题");
# - a bare type as a short form ("公司党委", "学校党委") of the issuer, whose own report this is, is the issuer's name (a
#   short form that names the body, "市生态环境局党组", "我局党组", stays as the text gives it).
RE_DEFINED_SHORT = re.compile(r"[(（]\s*(?:以下)?简称[^)）]{0,20}[)）]")
RE_NOT_A_BODY = re.compile(r"(?:标准|问题|现场|工程|同步)$|^(?:一系列|多个|一些|部分|有关|相关|照)")
RE_SHORT_BODY = re.compile(r"^(公司|集团|学校|学院|大学|医院|中心)(?:党委|党组|党总支|党支部)?$")
_SHORT_TYPES = {"学校": "学校|学院|大学|中学|小学", "学院": "学院", "大学": "大学", "公司": "公司", "集团": "集团",
                "医院": "医院", "中心": "中心"}


def body_name(named: str | None) -> str | None:
    """The inspected body as a noun phrase (see above): None when what is named is no body."""
    if not named:
        return None
    named = RE_DEFINED_SHORT.sub("", named.strip())
    named = re.split(r"[,，]", named, 1)[0].strip()
    named = re.sub(r"^了", "", named)
    if len(named) < 2 or RE_NOT_A_BODY.search(named):
        return None
    return named


def _fullest_name(named: str, issuer: str) -> str:
    """The issuer's name for a bare type ("公司党委", "学校党委") when the issuer is a body of that type."""
    m = RE_SHORT_BODY.match(named)
    if m:
        return issuer if re.search(_SHORT_TYPES[m.group(1)], issuer) else named
    return named
