"""Write the truth files of tests/importer/real/blind8: a held-out batch labelled in session 11 on issue 10 by a
helper that did not change the parser, scored once on main's parser (FIRST_RUN_blind8.txt). The parser has not
been changed against it; whoever changes the parser for it must say so and keep this first run as the honest one.

Same schema and conventions as ``make_truths.py`` and ``make_truths_blind4.py``. The texts are the stored copies
the search tool's ``pages`` corpus returned (at most ~2,000 bytes of a page; ``excerpt`` marks the cut ones), copied
as returned: ASCII commas and colons, lost line breaks, pinyin glosses, spam host names and masked figures kept.
None of the 17 urls is in an earlier batch (every truth under tests/importer/real was checked).

Measures were counted twice: once by reading, once by listing the markers (一是/（1）/1、) under each problem.
Only three documents hold problems (five in all); the two counts agree on every one (each problem's text is one
unnumbered paragraph: 1).

Judgement calls, stated once here and in each truth's anomalies:
- a feedback or round news item that names the problems in one sentence, or as bullets "- 部分高校…" of a round over
  many bodies, or as "一是…四是…" for six bodies at once, holds no problem list (kind 5); its count of problems
  ("10个方面27条具体问题", "三大方面的45项问题") is the headline (as in ``rcwkj_health_feedback_trad``);
- counts given as approximations ("40余个", "1090多项"), as a share ("98%完成整改") or masked ("***个", "*项") are not
  headline figures; a count of problems found by the unit's own discipline committee ("发现问题3个") is not either;
- when a text gives counts for two inspections (Sichuan's first and second provincial round), the first stated is
  the headline (as in ``liaocheng_tasks``);
- an audit finding quoted "关于“项目名”…问题" is the problem with the wrapper stripped, the inner quotes kept; its
  status is read from what the paragraph says was done (approval obtained: done; "正在安装…预计…": in_progress);
- a 销号 公示 whose next-step section follows "“长期坚持”的整改要求" is long_term (as '已经完成,长期坚持' in
  ``hubei_huitoukan_list``); the fixed section label over the problem is its category (as in ``suma_*``);
- "对A问题,…。对B问题,…。" inside one audit problem's paragraph are sub-findings handled in one undivided paragraph:
  1 measure (the schema counts numbered items only);
- a report date with no year ("11月24日…在…会议上作了《…报告》") takes the year from the text around it; a page's
  "发布时间"/source line date is the report date when there is no signature; a people's-congress review date
  ("2024年11月7日…审议了《…审计工作报告》") is not a feedback date (as in ``ruijin_audit``).
"""
from pathlib import Path

from make_truths import head, ins, prob, write_truth

HERE = Path(__file__).resolve().parent.parent / "blind8"

DOCS = {
    # --- documents that hold problems -------------------------------------------------------------------------
    "zhaobiao_audit_notice_masked": dict(
        url="https://mip.zhaobiao.cn/zb/succeed_v_79322390.html", excerpt=True,
        genre="6 audit-result 公告 with two quoted findings; 7 masked dates; cut web copy with its line breaks lost",
        kind="bulletin", title="二季度全区高质量项目推进情况专项审计调查结果公告", issuer="区审计局", report_date=None,
        inspection=ins("区审计局"), headline=head(),
        problems=[
            prob(1, "“冷墩自动化钛合金生产项目”环境影响评价审批手续未完善", category="审计查出的主要问题及整改情况",
                 status="done", measures=1),
            prob(2, "“废旧线路板处置项目”进展缓慢", category="审计查出的主要问题及整改情况",
                 status="in_progress", measures=1),
        ],
        anomalies=["Republished on a tender site (chrome '中标公告详情', '2023年第2号审计结果公告', '正文内容' before the title).",
                   "The whole body is one paragraph: headings '一、基本情况 (一)…' run inline, apart by single spaces.",
                   "Every date and most figures are masked ('(****年*月**日)', '***个', '**.**%', '中华人民**国'): "
                   "no report date, no headline figure.",
                   "一、基本情况's (一)(二)(三) and 保障措施 一是…四是 are not problems; 二、 holds the two findings "
                   "'(一)关于“…”…问题。' each followed by one paragraph of what was done; 三、审计建议 (一)(二) are recommendations.",
                   "Status read from the text: (一) the EIA approval was obtained and trial production started (done); "
                   "(二) '正在安装,预计**月初安装到位' (in_progress).",
                   "Audited bodies '区发改局、区金河工业园及*个区级高质量项目' (one count masked): inspected left null. Cut off in 三、(二)."]),
    "jiangxi_audit_2021": dict(
        url="https://saintpaulhem.com/sjj/nvsjj/qtzcwj/202302/273de8e3afaa43dabcc2e9a6ba831a20.shtml", excerpt=True,
        genre="6 audit report with problems under a category; 6 headline; 7 report date without year",
        kind="bulletin", title="关于2021年度省级预算执行和其他财政收支审计查出问题整改情况的报告", issuer=None,
        report_date="2022-11-24", inspection=ins("省审计厅"), headline=head(1263, 1153),
        problems=[
            prob(1, "省级预算执行进度较为缓慢", category="省级财政管理审计查出问题的整改情况", measures=1),
            prob(2, "财政精细化管理水平有待提高", category="省级财政管理审计查出问题的整改情况", measures=1),
        ],
        anomalies=["A summary of the provincial audit-rectification report, mirrored on an unrelated host; the report was "
                   "delivered '11月24日' (no year: 2022, from '截至2022年10月中旬' and the 42nd session).",
                   "'共反映1263个问题,…已整改1153个,整改率91.29%' is the headline; '2022年9月19日' is a government meeting.",
                   "Problems are '(一)关于…的问题。' under '一、省级财政管理审计查出问题的整改情况'; the wrapper is stripped.",
                   "Problem 1's paragraph handles three sub-findings ('对…问题,…') without numbering: 1 measure; no status "
                   "is stated ('1个项目已完工…4个项目正在积极推进').",
                   "Cut off inside problem 2's first sentence (1 measure present)."]),
    "suizhou_task32_signoff": dict(
        url="http://suizhou.gov.cn/zt/zwzt/2021zt/jjzysthbdc/202111/t20211119_939364.shtml", excerpt=False,
        genre="3 one task, one sign-off notice (序号32) in fixed sections",
        kind="bulletin", title=None, issuer="随州市水利和湖泊局", report_date="2021-11-19", inspection=ins(),
        headline=head(),
        problems=[prob(32, "在固废清理和监管上存在部门重视不足、源头管控不紧、设施建设不齐、日常监管不严等问题",
                       category="反馈意见建议", status="long_term", measures=1)],
        anomalies=["A 整改销号 公示 of one feedback item, numbered in the lead ('反馈意见(序号32)'); no title line in the stored text.",
                   "Fixed sections 一、反馈意见建议 / 二、整改目标 / 三、整改完成情况 (one paragraph: 1 measure) / "
                   "四、下一步持续深化整改措施 (next steps, not counted).",
                   "'按照“长期坚持”的整改要求': long_term; no 整改时限 field, so no deadline.",
                   "'2021年11月19日-2021年11月25日' is the 公示 period; signature date '2021年11月19日'; portal footer after it."]),
    # --- bulletins cut off in the organisation section (kind 2) -------------------------------------------------
    "chengdu_airport_group_bulletin": dict(
        url="https://www.cdacdg.com/culture-detail/41.html", excerpt=True,
        genre="2 SOE bulletin, organisation first, cut before the problems; 7 end date without year",
        kind="bulletin", title="中共成都空港城市发展集团有限公司委员会关于巡察整改进展情况的通报",
        issuer="中共成都空港城市发展集团有限公司委员会", report_date=None,
        inspection=ins("区委第三巡察组", "空港发展集团党委", "2023-10-08", "2023-11-17", "2024-01-18"), headline=head(),
        problems=[],
        anomalies=["一、落实巡察整改主体责任情况 (一)(二)(三) is how the work was organised; cut off in (三).",
                   "Period '2023年10月8日至11月17日' (the end takes the start's year).",
                   "'发现问题3个,提出整改建议3条' are the company discipline committee's own findings, '40余个' rules an "
                   "approximation, '4次/12次/20余份/60余份' activity counts: no headline figure."]),
    "qzcdi_sasac_bulletin": dict(
        url="http://qzcdi.gov.cn/content/2023-04/13/content_7193008.htm", excerpt=True,
        genre="2 government-department bulletin, organisation first, cut before the problems; 7 dates",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委巡察二组", "市国资委党委", "2022-08-23", "2022-09-28", "2022-12-01"), headline=head(),
        problems=[],
        anomalies=["No title, no page date in the stored text; starts at the lead paragraph.",
                   "一、提高政治站位… (一)(二) and (二)'s 一是/二是/三是 are organisation of the work, not problems; cut off in (二).",
                   "'2023年1月13日' is the 民主生活会, not a date of the inspection; meeting counts (12次/9次/6次) are not figures."]),
    "wuhan_wtk_group_trad": dict(
        url="http://m.gzhgjt.com/view_364.html", excerpt=True,
        genre="2 SOE bulletin, organisation first, cut; 6 traditional with pinyin glosses; 7 period by 上旬/中旬",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委第一巡察組、第六巡察組", "武漢產業投資發展集團有限公司、武漢商貿集團有限公司"), headline=head(),
        problems=[],
        anomalies=["Traditional characters with pinyin glosses after some characters ('根據(jù)'), on an unrelated host.",
                   "Two inspected companies (since merged); period '2022年4月上旬至6月中旬' and feedback '2022年8月' have no day.",
                   "Cut off in 一、巡察整改組織領導情況 (一): no problem is in the text."]),
    # --- report body of a 督察 rectification (kind 1, body only) ----------------------------------------------------
    "city_ducha_report_template": dict(
        url="https://360online.cn/187130.html", excerpt=True,
        genre="1 report body on 督察 rectification (organisation first); every figure and date masked with *",
        kind="bulletin", title="市关于中央生态环境保护督察整改落实情况的报告", issuer=None, report_date=None,
        inspection=ins("中央第五生态环境保护督察组"), headline=head(), problems=[],
        anomalies=["A published writing template: '*年*月*日至*月*日', '涉及我市问题共*项…已完成*项', '(*〔*〕*号)': "
                   "no date and no figure can be read.",
                   "一、整改工作开展情况… (一)(二) are organisation; cut off before any problem."]),
    # --- audit reports ----------------------------------------------------------------------------------------------
    "luohu_audit_2023": dict(
        url="https://www.szlh.gov.cn/zwgk/zdlyxxgk/sjbg/content/post_12232752.html", excerpt=True,
        genre="6 audit report, organisation first; 7 page date, subtitle by month",
        kind="bulletin", title="罗湖区2023年度本级预算执行和其他财政收支审计查出问题整改情况的报告", issuer=None,
        report_date="2025-06-18", inspection=ins("罗湖区审计局"), headline=head(), problems=[],
        anomalies=["Portal chrome and '来源:罗湖区审计局 发布时间:2025-06-18' (the report date); the subtitle gives '2025年6月' only.",
                   "'2024年11月7日' is the people's congress review of the audit report, not a feedback date.",
                   "一、审计整改工作部署落实情况 and its 一是/二是 are organisation; cut off before any problem."]),
    "central_audit_2024_trad": dict(
        url="https://www.ettoday.net/news/20251223/3088667.htm", excerpt=True,
        genre="6 audit, traditional (news copy); 5 national summary with counts by category only",
        kind="bulletin", title=None, issuer=None, report_date="2025-12-23", inspection=ins("審計署"), headline=head(),
        problems=[],
        anomalies=["Traditional characters, full-width punctuation; ' date 2025-12-23' and a photo caption open the text.",
                   "Problem counts are by kind only ('立行立改的2186項問題中…98%', '1299項與753項'): no total, no done count; "
                   "'1090多項' rules is an approximation: no headline figure.",
                   "'12月22日' (the congress session) has no year in the text; cut off mid-sentence."]),
    # --- round and province summaries (kind 5) ---------------------------------------------------------------------
    "shaanxi_huitoukan_tasks": dict(
        url="https://lx.edulxw.cn/news/index/detail.html?area_id=25&id=57672", excerpt=False,
        genre="5 province summary of a 督察 回头看; 7 period and feedback in prose",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("中央第二生态环境保护督察组", None, "2018-11-03", "2018-12-03", "2019-05-13"),
        headline=head(45, 39), problems=[],
        anomalies=["Mirrored on an unrelated host; no title or date; the inspected province is '我省' (陕西).",
                   "'45个具体问题有39个已完成整改' is the headline; '6个责任追究问题', '96人', '25个单位' are not."]),
    "sichuan_provincial_ducha": dict(
        url="http://m.chinacrane.net/news/202008/15/171402.html", excerpt=False,
        genre="5 province summary of two provincial rounds; 6 first-stated counts are the headline",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(8924, 8809),
        problems=[],
        anomalies=["News on an unrelated host; '8月13日' has no year; two rounds: the first round's '8924个…已完成整改8809个' "
                   "is the headline, the second round's '整改任务315项,已整改完成139项' and petitions '1102个…1005个' are not.",
                   "Per-city counts ('成都市1134个'…) and rates are not figures."]),
    "xiangtan_poverty_xuncha": dict(
        url="https://p2.ttnews.xyz/a/5bf5ef5fdc9b5e171476ffae?lang=zh-hans", excerpt=False,
        genre="5 round news during a special inspection; 6 problems and a done count",
        kind="bulletin", title="廉洁湘潭丨扶贫领域专项巡察月余 发放立行立改交办函17份", issuer=None, report_date=None,
        inspection=ins("十二届湘潭市委第七轮巡察扶贫领域专项巡察组"), headline=head(41, 35), problems=[],
        anomalies=["'指出具体问题41个,其中35个已整改' is the headline; '交办函17份', '500余户', '193人次' are not.",
                   "'11月8日讯' and '截至11月7日' have no year; the news-site footer ('分享到','相關文章') follows."]),
    "round2_ducha_published_trad": dict(
        url="http://www.nttaihe.com/details/2556?cid=110", excerpt=True,
        genre="5 national round summary; 6 traditional with pinyin glosses; 7 source-line date",
        kind="bulletin", title=None, issuer=None, report_date="2023-10-11", inspection=ins(), headline=head(),
        problems=[],
        anomalies=["Traditional characters with pinyin glosses on a spam host (its name is in the source line, kept).",
                   "'來源:… 2023-10-11 14:22:54' is the page date; '2023年10月10日' is when the provinces published.",
                   "Counts are of bodies and works ('31個省', '79公裏', '64項', '102座'): no headline figure. Cut off."]),
    "province_univ_round_bullets": dict(
        url="https://reportify.cn/news/1142425158259183616", excerpt=True,
        genre="5 round feedback over 44 universities as bullets; not a problem list",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("十二届省委第七轮巡视", "44所省属本科高校党委"), headline=head(), problems=[],
        anomalies=["An AI-summary page: section labels and ' - ' bullets run on one line, each bullet ending in a "
                   "reference '[1]'/'[2]'/'[3]'.",
                   "The six '- 部分高校…' bullets under '巡视反馈的主要问题' are the round's common problems over 44 bodies, "
                   "not one body's list: no problem (kind 5). '15个巡视组', '44所', '5家' count bodies.",
                   "No date anywhere; cut off in the last section."]),
    # --- feedback news ------------------------------------------------------------------------------------------
    "xiangcheng_jiaotou_feedback": dict(
        url="http://www.ycqb.gov.cn/YCQB_frontNew/infodetail/?infoid=88471a59-08ca-4115-bda8-8aef0b4d3e1f&categoryNum=012006002013002",
        excerpt=True, genre="5 feedback news of an SOE; 6 aspects and problems count; 7 dates that lost 年/月",
        kind="bulletin", title="区委第二巡察组向相城交投集团党委反馈巡察情况", issuer=None, report_date="2022-03-24",
        inspection=ins("区委第二巡察组", "交投集团党委", "2021-09-14", "2021-10-31", "2022-03-24"),
        headline=head(27), problems=[],
        anomalies=["Column tag '【反馈】' before the title; '发布时间:2022/3/24' is the page date.",
                   "Dates lost their 年/月 separators: '2022324日' (the feedback, = the page date), '2022225日' "
                   "(the secretary's meeting, not a date of the inspection).",
                   "'10个方面27条具体问题' named in one sentence: 27 is the headline, no problem list; '832份', '26份', "
                   "'28人次', '4家' are not figures. Cut off in the reply's 二是."]),
    "xiangyang_hospital_feedback_trad": dict(
        url="http://m.zuzhaopin.cn/show/424.html", excerpt=False,
        genre="5 hospital feedback news; 6 traditional with pinyin glosses; problems count",
        kind="bulletin", title="市委第一巡察組巡察襄陽市中心醫院黨委情況反饋會召開", issuer=None, report_date=None,
        inspection=ins("市委第一巡察組", "襄陽市中心醫院黨委"), headline=head(45), problems=[],
        anomalies=["Traditional characters with pinyin glosses ('醫(yī)院'), on an unrelated host.",
                   "'三大方面的45項問題' is the headline; the feedback date '5月25日' has no year."]),
    "hbust_feedback_six_units": dict(
        url="https://hkjw.hbust.edu.cn/info/1094/3701.htm", excerpt=True,
        genre="5 university feedback news for six bodies; 一是…四是 problem areas inline",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins("二届党委第二轮巡察三个巡察组"),
        headline=head(), problems=[],
        anomalies=["'存在以下四个方面的问题:一是…;二是…;三是…。四是…' states the problem areas found in six bodies at once, "
                   "in one paragraph of a feedback news item: no problem list, and no count of problems.",
                   "'4月7日到4月11日' (the feedback days) have no year; cut off in the last paragraph."]),
}


def main() -> None:
    for stem, d in DOCS.items():
        write_truth(HERE, stem, d)


if __name__ == "__main__":
    main()
