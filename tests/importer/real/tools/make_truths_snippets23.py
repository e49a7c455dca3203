"""Write the truth files of tests/importer/real/snippets23: a held-out set of real lead paragraphs and short items about
rectification after 巡察/巡视/督察/审计 (pages that list no problems) labelled in session 17 on 2026-12-06 by helper
label33, who did not change the parser and did not read zhenggai/importer/ or tests/importer/*.py. Scored once on the
worktree's untouched parser (FIRST_RUN_snippets23.txt) before anything else changed.

How found: 24 queries of the search tool's ``pages`` corpus (every one listed below). I checked 109 result urls (results
without a url and obvious non-documents - tag pages of abg.baidu.com, zhetiaohe.com, fengdujob.net, jltd56.com - left
aside; a url that came back again in a later query was not checked again): 69 were already known (host+path+query compared; scheme, 'www.', a trailing '/' and case ignored) against every
url in the JSON and .py files under /work/main/tests/importer, /work/shared/corpus and every
/work/wt/label*/tests/importer/real tree (938 known urls at the start, 949-950 at the rechecks before each commit). As label29 and
label31 found, the '反馈问题X个 已整改Y个' family is exhausted: every page with such a count that came back (km.gov.cn,
wuch.gov.cn, hnhs.gov.cn, zhuzhou, 15m8, dalidaily …) was known. What is new: leads of progress bulletins of 市场监管局,
自然资源局, 卫生健康局, 公安局, 交通运输局 and a 教育督导室 (dates, one '11项问题'), feedback-meeting news (民政局, 乡镇,
交通运输局, 公安分局 and 统计局 in traditional copies), a provincial 审计 rectification report's head, a 统计督察 feedback
item (dropped, see below), and features/meetings with no figures. Of the 40 new urls, 30 are labelled; the 10 left out: tj.jiangsu.gov.cn (a 统计督察 feedback item for 扬州,
labelled and first scored, then dropped: the recheck before the commit found it in label32's make_truths_blind25.py,
added meanwhile; FIRST_RUN_snippets23.txt was re-run on the same untouched parser without it), lechang.gov.cn (a 信访件
meeting of a 住建局, not a rectification item), cititic.com (三调 督察 news: 83 typical problems, not rectification),
jieyang.gov.cn (a 巡察情况 notice whose body is the problem list of the inspection itself), m.juzitie.cn (a glossed
traditional 回头看 feedback item with no year and no figure - skipped for time), handmsg.com (an academic abstract on
audit rectification law), gongwk.com (a speech), a second lhlzw.gov.cn item and zfcgw.com (主题教育 / 医保基金 专项整治,
not an inspection's rectification) and hzwr.gov.cn (a 纪委 visit to a water bureau). 30 pages in all; the brief's aim was 25-35.

Each text is the title line (when the stored copy has one) and the lead paragraph(s) of one page, transcribed from the
tool's decoded output (traditional copies with their glyph glosses like '統(tǒng)' kept as stored). Site chrome under the
text (footers, '>>上一篇' links) is left out; chrome above it (breadcrumbs, date lines, a footer block the store put
first - guangyuan) is kept. A page cut mid-paragraph is cut back to the last whole paragraph; where the next
paragraph opens the problem list (a '二、…整改落实情况' section or a '一、关于“…”问题' heading), the text is cut before
it so that the snippet holds no problem heading (wuhan, weidong, city health bureau). Paragraph indents whose
characters I could not tell (guangdong audit report, ningbo) and trailing blanks of lines (wuhan date line, ningbo
bullet line '•   ') are left out. Every truth is marked excerpt true. A glyph may differ from the store; every
labelled value is re-found in the file by the checks below.

Queries (``pages`` corpus; 24): 关于巡察反馈意见集中整改进展情况的通报 人社局 党组; 市场监管局 党组 巡察集中整改进展情况的
通报 整改措施 条; 自然资源局 党组 关于巡察整改进展情况的通报 反馈问题; 统计局 党组 巡察反馈意见 整改进展情况 通报; 巡察整改
反馈问题 个 已整改到位 个 建立完善制度 项 乡镇党委 2020年; 国企 子公司 党委 巡察整改情况 反馈问题 条 已完成整改 条 制定
制度; 审计查出问题整改情况 已整改 问题 个 整改率 完善制度 项 县政府 2022年; 巡察整改成效评估 结果 反馈问题 整改完成 个 被
巡察党组织 评估等次; 巡视整改进展情况 公开 学院 党委 整改任务 项 已完成 项 2017年; 人力资源和社会保障局党组 巡察整改情况
公布 于 反馈了巡察意见; 农业农村局党组 关于巡察反馈意见集中整改进展情况的通报 2023年; 公安分局党委 巡察整改进展情况 予以
公布 反馈了巡察意见 整改措施; 卫生健康局党组 关于巡察整改进展情况的通报 立行立改 问题 个; 巡视整改 集中整改期 结束 整改任务
项 已完成 项 长期坚持 持续推进 省直单位 2019年; 审计整改 审计发现问题 个 已整改 个 制定完善制度 项 国有企业 集团 2023年
审计整改情况; 镇党委 关于县委巡察反馈意见整改情况的报告 反馈问题 条 已整改 条; 巡察整改情况 截至目前 反馈问题 个 已完成整改 个 整改完成率 新建制度 项 教育局 党组; 环境保护督察 反馈意见 整改任务
项 已完成 项 达到序时进度 县 整改进展 公开 2018年; 巡察“回头看” 整改情况 通报 反馈问题 条 整改到位 条 区委 2021年 交通运输
局; 巡察反馈 问题 已整改完成 个 持续整改 个 立行立改 个 整改进展情况 公布 县 发改局 党组; 巡视反馈问题 整改完成率 建立健全
制度 项 省属企业 集团 党委 巡视整改进展情况通报; 医疗保障局党组 巡察整改进展情况 予以公布 反馈了巡察意见; 住房和城乡建设局党组 关于巡察
整改情况的通报 巡察组 于 反馈; 水利局党组 巡察集中整改进展情况 通报 巡察意见. The last three were run after the first
commit (24 pages, scored); their 6 pages were added and FIRST_RUN_snippets23.txt re-run on the same untouched parser
(the parser was never changed in this worktree; no label was changed after the first run).

Schema and conventions as in make_truths_snippets9.py … make_truths_snippets22.py: ``genre`` ``"snippet"``; ``kind``
only when a title line names a rectification 通报/报告 (→ bulletin) or 整改方案 (→ plan); ``title``/``issuer`` only
when the title line names a rectification or inspection document (news headlines null); ``report_date`` from a
signature, else a page/source date line inside the snippet; ``inspector``/``inspected`` null. Meetings, 动员会, 督导
visits are not inspection dates; clues, people, meetings, aspects (方面), 等次, 指标 and approximations are not
headline figures.

Judgement calls new in this set (each also said in the truth's anomalies):
- NEW: a feedback day with no year stated BEFORE a dated period: the period gives the year, and a feedback month
  earlier in the calendar than the period's end is the next year (as tieling in snippets10): kaiping (traditional)
  '2月1日' after '2023年8月底至12月中旬' → 2024-02-01 (the
  period itself has no days: start/end null); ganjing '10月13日' after '2023年4月19日至6月18日' → 2023-10-13.
- NEW: a title line that names '…整改进展情况' without 通报/报告 (yueyang, under a column tag '【巡察整改】'): title and
  issuer taken (the tag left out of the title), kind null (no 通报/报告 named).
- NEW: a provincial 审计 rectification report's head (guangdong): title names '…整改情况报告' → kind bulletin (as
  snippets16's 整改报告); the delivery line '——2022年7月27日在…会议上' is the report's signature date → report_date
  2022-07-27 (beats the page's '发布日期:2022-10-09'); '今年3月29日' is an earlier report, '2021年7月' a month: no
  inspection dates (an audit's dates are not an inspection period).
- '市委巡察组反馈意见提出了11项问题' → problems_total 11 (yueyang); '4、5次' meetings are no figure.
- NEW: a ministry's 巡视 round meeting '已对28家部属单位…发现…问题343个,…整改意见建议175条,…问题线索155条' →
  problems_total 343 (found and put to the inspected, as dali 966 in snippets22); suggestions and clues are not figures.
- NEW: feedback meetings to two units on '7月24日至25日' (hubei water): no single feedback date → null; the page's
  date line gives report_date 2023-07-28.
"""
from pathlib import Path

from make_truths import check_snippet, head, ins, prob, write_stored_snippets  # noqa: F401  (prob kept for the set's shape; no problem lists here)
from make_truths_snippets10 import doc

HERE = Path(__file__).resolve().parent.parent / "snippets23"

WHOLE: set[str] = set()

EXTRA_FORMS: dict[str, list[str]] = {}

# Independent recount: the phrase each non-null headline figure was read from, re-found verbatim.
RECOUNT = {
    "yueyang_market_regulation_lookback_11_problems": ["市委巡察组反馈意见提出了11项问题"],
    "water_ministry_xunshi_round_343_problems_noyear": ["全面从严治党不力等方面问题343个"],
}

DOCS = {
    # --- progress bulletins (leads, dates) -----------------------------------------------------------------------------
    "wuhan_market_regulation_xuncha_bulletin_dates": doc(
        "http://www.whdi.gov.cn/xunchagongzuo/xunchafankui/20240624/20955.html",
        ["Chrome lines (site url, breadcrumb) kept; title line → kind bulletin, issuer from it; '发布时间:2024-06-24 17:44' "
         "→ report_date (trailing blanks of that line left out). '2023年7月13日至8月31日' → start/end; '2023年10月20日' "
         "feedback. No figure. Cut before '二、反馈意见整改落实情况' (its numbered problem headings follow)."],
        kind="bulletin", title="中共武汉市市场监督管理局党组关于十四届第五轮巡察集中整改进展情况的通报",
        issuer="中共武汉市市场监督管理局党组", report_date="2024-06-24",
        inspection=ins(start="2023-07-13", end="2023-08-31", feedback="2023-10-20")),
    "yueyang_market_regulation_lookback_11_problems": doc(
        "https://blfj.yueyang.gov.cn/10907/61270/61278/content_1872337.html",
        ["NEW: title line '【巡察整改】中共…党组关于…专项巡察“回头看”整改进展情况' names no 通报/报告: title (without the "
         "column tag) and issuer taken, kind null. '发表时间:2021-11-05 10:56' → report_date. '2020年12月16日至2021年2月3日' "
         "→ start/end; '2021年5月19日' feedback. '反馈意见提出了11项问题' → problems_total 11; '4、5次' meetings. The cut "
         "item (二) is left out."],
        title="中共岳阳市市场监督管理局党组关于优化营商环境专项巡察“回头看”整改进展情况",
        issuer="中共岳阳市市场监督管理局党组", report_date="2021-11-05",
        inspection=ins(start="2020-12-16", end="2021-02-03", feedback="2021-05-19"), headline=head(pt=11)),
    "city_natural_resources_xuncha_dates_2024": doc(
        "http://www.ptcdi.gov.cn/xxgk/xcgz/202508/t20250808_2010140.htm",
        ["No title line. '2024年4月1日至4月30日' → start/end; '于2024年8月19日反馈' → feedback. No figure. Cut after the "
         "whole '一是…' paragraph (the '二是…' one is cut)."],
        inspection=ins(start="2024-04-01", end="2024-04-30", feedback="2024-08-19")),
    "city_health_bureau_xuncha_dates_2024": doc(
        "https://envoykitchen.com/swwjj/zwgk/wgk/jggk/content/post_1101343.html",
        ["No title line (a mirror host). '2023年9月22日至12月15日' → start/end; '2024年1月19日' feedback. '八届市委第四轮' "
         "names a round. No figure. Cut before '二、紧盯巡察反馈指出的问题…' (its first problem item follows, cut)."],
        inspection=ins(start="2023-09-22", end="2023-12-15", feedback="2024-01-19")),
    "city_police_xuncha_dates_2025": doc(
        "http://www.zslz.gov.cn/art/2025/8/28/art_1229640779_26888.html",
        ["First paragraph only (the second is cut mid-sentence). '2024年9月9日至2024年10月24日' → start/end; "
         "'2025年1月8日' feedback. No figure."],
        inspection=ins(start="2024-09-09", end="2024-10-24", feedback="2025-01-08")),
    "weidong_education_supervision_office_xuncha_bulletin": doc(
        "https://weidong.gov.cn/contents/53162/23056.html",
        ["Chrome ('今天是', breadcrumb, '浏览量:') kept; title line → kind bulletin, issuer; '发布时间:2022-06-09' → "
         "report_date. '2021年11月15日至12月29日' → start/end; '2022年2月10日' feedback. No figure. Cut before '一、关于…' "
         "(the problem list with '已经整改到位' statuses)."],
        kind="bulletin", title="中共卫东区政府教育督导室党组关于巡察整改情况的通报", issuer="中共卫东区政府教育督导室党组",
        report_date="2022-06-09", inspection=ins(start="2021-11-15", end="2021-12-29", feedback="2022-02-10")),
    "ningbo_transport_lookback_xuncha_bulletin": doc(
        "http://jtj.ningbo.gov.cn/art/2022/4/29/art_1229045353_3970385.html",
        ["Chrome and a bullet list ('• 时间:2022-04-29') kept, indents left out; title line → kind bulletin, issuer; the "
         "bullet's date → report_date 2022-04-29. A 回头看: '2021年9月10日至10月15日' → start/end; '2021年12月28日' "
         "feedback. No figure. The store's '一)' (missing '(') kept; the cut item (二) is left out."],
        kind="bulletin", title="中共宁波市交通运输局党组关于市委巡察反馈意见整改进展情况的通报",
        issuer="中共宁波市交通运输局党组", report_date="2022-04-29",
        inspection=ins(start="2021-09-10", end="2021-10-15", feedback="2021-12-28")),
    "guangdong_provincial_audit_rectification_report_2020": doc(
        "http://www.zs.gov.cn/sjj/sjjggg/content/post_2169132.html",
        ["NEW: a provincial 审计 rectification report's head: title line → kind bulletin (a report on what was done, "
         "snippets16), issuer '广东省人民政府'. The delivery line '——2022年7月27日在…会议上' → report_date 2022-07-27 "
         "(beats '发布日期:2022-10-09'). '2021年7月' a month, '今年3月29日' an earlier report: no inspection dates. No "
         "figure. Indents of the split title lines left out; cut before '一、审计查出问题整改的总体情况' (its paragraph is "
         "cut)."],
        kind="bulletin", title="广东省人民政府关于我省2020年度省级预算执行和其他财政收支审计查出问题的整改情况报告",
        issuer="广东省人民政府", report_date="2022-07-27"),
    # --- feedback meetings and leads with dates -------------------------------------------------------------------------
    "county_civil_affairs_xuncha_feedback_meeting_2024": doc(
        "https://www.ljtj.gov.cn/Article-6821.shtml",
        ["A feedback-meeting news item: '2024年8月21日,县委第五巡察组巡察县民政局党组情况反馈会召开' → feedback "
         "2024-08-21 (the feedback itself, as jgq in snippets22). No figure. The cut last paragraph is left out."],
        inspection=ins(feedback="2024-08-21")),
    "ganjing_town_xuncha_feedback_noyear": doc(
        "https://yongshou.qinfeng.gov.cn/info/1033/18693.htm",
        ["NEW: feedback '10月13日' (no year) stated before the period '2023年4月19日至6月18日': October after the June end "
         "→ feedback 2023-10-13; start/end from the period. No figure. The cut third paragraph is left out."],
        inspection=ins(start="2023-04-19", end="2023-06-18", feedback="2023-10-13")),
    "yancheng_transport_xuncha_feedback_meeting_2023": doc(
        "https://ycjtj.yancheng.gov.cn/art/2023/3/6/art_2894_3971622.html",
        ["Feedback-meeting news: '2023年3月1日,市委第四巡察组向市交通运输局党委反馈巡察情况' → feedback; '2022年8月31日至"
         "11月30日' → start/end. '近三年来' no date. No figure. The cut third paragraph is left out."],
        inspection=ins(start="2022-08-31", end="2022-11-30", feedback="2023-03-01")),
    "kaiping_natural_resources_xuncha_feedback_trad": doc(
        "http://m.szqkhbnox.com/kpszrzyj/dwgk/dflzjsqk/content/post_3045831.html",
        ["Traditional copy with glyph glosses ('監(jiān)委'), kept. NEW: feedback '2月1日' (no year) before the period "
         "'2023年8月底至12月中旬' (no days: start/end null): February after a December end → 2024-02-01. No figure. The "
         "cut third paragraph is left out."],
        inspection=ins(feedback="2024-02-01")),
    "wulingyuan_police_branch_xuncha_feedback_2019_trad": doc(
        "http://www.maika88.com/content/2019/09/04/6417889.html",
        ["Traditional copy with glyph glosses, kept. '2019年8月28日' feedback; '2019年6月18日至7月30日' → start/end. No "
         "figure. The cut third paragraph is left out."],
        inspection=ins(start="2019-06-18", end="2019-07-30", feedback="2019-08-28")),
    "provincial_statistics_bureau_special_xunshi_feedback_2024_trad": doc(
        "http://sljcj.com/art/2024/3/4/art_5071_165142.html",
        ["Traditional copy with glyph glosses, kept. A 专项巡视 feedback: '2024年2月26日' feedback; '2023年11月11日至12月29日' "
         "→ start/end. No figure. The cut third paragraph is left out."],
        inspection=ins(start="2023-11-11", end="2023-12-29", feedback="2024-02-26")),
    "national_statistics_bureau_central_xunshi_feature_2018_trad": doc(
        "http://www.www6ccc.com/html/2018/toutiao_1124/57976.html",
        ["Traditional copy with glyph glosses, kept. A feature: '2018年7月20日,中央第三巡視組向國家統(tǒng)計(jì)局黨組反饋了巡視"
         "意見' → feedback 2018-07-20; no period. No figure. First three paragraphs only (the fourth, a quote, and the "
         "rest are left out; the store cuts later)."],
        inspection=ins(feedback="2018-07-20")),
    "haizhu_water_bureau_xuncha_bulletin_dates": doc(
        "https://www.haizhu.gov.cn/gzjg/qjwjw/xsxc/zg/content/post_7966324.html",
        ["Breadcrumb and a bullet list ('• 来源: …', '• 2021-12-14 11:00', font-size and share widgets) kept, indents left "
         "out; title line → kind bulletin, issuer; the bullet's date → report_date 2021-12-14. '2020年8月24日至2020年9月25日' "
         "→ start/end; '2020年10月20日' feedback. No figure. The cut item (二) is left out."],
        kind="bulletin", title="中共广州市海珠区水务局党组关于巡察整改进展情况的通报", issuer="中共广州市海珠区水务局党组",
        report_date="2021-12-14", inspection=ins(start="2020-08-24", end="2020-09-25", feedback="2020-10-20")),
    "water_ministry_xunshi_round_343_problems_noyear": doc(
        "https://gabeartinc.com/newscenter/kx/201707/t20170711_487011.html",
        ["A ministry's internal 巡视 round meeting (mirror host): '7月7日' no year (the url's 2017 is not read). "
         "'已对28家部属单位进行了“政治体检”,发现…问题343个' → problems_total 343 (the problems found and put to the "
         "inspected, as dali 966 in snippets22); '整改意见建议175条' suggestions, '问题线索155条' clues, '28家', '7家' "
         "bodies are no figures. The cut third paragraph is left out."],
        headline=head(pt=343)),
    "hubei_water_dept_xuncha_feedback_meetings_2023": doc(
        "http://swj.d1xf.net/xydt/11616.html",
        ["News headline line (title null); date line '2023-07-28' → report_date. Two feedback meetings to two units on "
         "'7月24日至25日': not one inspection's feedback date (null). No figure. Indents left out; the cut paragraph "
         "'会上…' is left out."],
        report_date="2023-07-28"),
    "linyi_medical_security_xuncha_rectification_meeting_noyear": doc(
        "http://lyyb.linyi.gov.cn/info/1377/3449.htm",
        ["A rectification leading-group meeting: '9月27日' no year; '第二次会议' no figure."]),
    "bengbu_stationed_group_poverty_xunshi_rectification_supervision": doc(
        "http://www.ahbbjjjc.gov.cn/html/wenzhang_641047.html",
        ["A 派驻组 supervising 脱贫攻坚 巡视 rectification: '近期' no date; '2条问题线索' clues, '十个有没有' no figure."]),
    "huaihua_water_bureau_ducha_lookback_review_meeting_trad": doc(
        "http://ooriskin.com/huaihua/c101115/201912/ef52ad7c5d874abf8837ef513bd3966f.shtml",
        ["Traditional copy with glyph glosses, kept. A review meeting on 督察 回头看 and 巡察 items: '12月13日' no year "
         "(the url's 201912 is not read). No figure; the reporter line kept."]),
    # --- meetings, features, methods: nothing or little to read ---------------------------------------------------------
    "police_stationed_discipline_group_xunshi_xuncha_cooperation": doc(
        "http://www.lhlzw.gov.cn/sitesources/lhsjjw/page_pc/gzdt/pzgz/articlebcbc534f20a04933906503d8f27ed879.html",
        ["A 派驻纪检监察组 item on cooperating with 巡视/巡察 of a police bureau: rounds named ('十一届省委巡视', '八届市委"
         "第五轮巡察'), no date, no figure."]),
    "city_xuncha_rectification_evaluation_method_news": doc(
        "https://gyxww.net/view/86896.html",
        ["A 整改成效评估办法 news item: '6月20日' no year; '5项指标', '100分', '4个等次' are no headline figures."]),
    "yancheng_district_xuncha_joint_review_evaluation": doc(
        "https://daohang.v0068.cn/archives/1414251.html",
        ["A 会审评估 feature (news headline line, title null); '10个方面内容' aspects: no figure, no date. The cut third "
         "paragraph is left out."]),
    "erdos_education_bureau_xuncha_rectification_meeting_noyear": doc(
        "https://erdosedu.com/info/1041/12848.htm",
        ["A rectification meeting: '12月24日' no year; '三个清单' no figure. Names of a 整改方案 and a 台帐 inside the "
         "text are not the page's title."]),
    "linyi_hitech_education_xuncha_rectification_deploy_noyear": doc(
        "http://www.lyctp.gov.cn/info/1039/4281.htm",
        ["A deployment meeting: '7月31日' no year; '临高教党发[2017]11号、12号' are document numbers; '50余人' people: no "
         "figure, no date."]),
    "provincial_transport_dept_xuncha_lookback_report_meeting": doc(
        "http://jtysxw.org.cn/show-97783.html",
        ["A 回头看 report meeting: '10月20日' no year; '2021年巡察暨2020年巡察整改' years only. No figure. The '>>上一篇' "
         "link under the text is left out."]),
    "datong_district_xunshi_lookback_mobilization_noyear": doc(
        "https://www.hnjjjc.gov.cn/html/m/wenzhang_455979.html",
        ["A 回头看 动员会: '4月24日' no year, '到5月底结束' no date; '五个结合' no figure."]),
    "suining_natural_resources_ducha_meeting_noyear": doc(
        "https://szrzyghj.suining.gov.cn/xinwen/show/7cd01fd387c34a77afecc1e71ffcd37f.html",
        ["A 自然资源督察 meeting (news headline line, title null): '7月16日' no year, '今年7月至9月' a coming 督察 with "
         "no year. No figure."]),
    "guangyuan_natural_resources_ducha_site_supervision": doc(
        "http://zrzy.cngy.gov.cn/New/Detail/20230719104454562.html",
        ["The store puts the site footer (address, phone, 备案号) first: kept as chrome above. A 督导 visit on a 督察 "
         "rectification: '7月17日' no year; '2023年', '2022年' years only. Numbers in the footer are no figures."]),
}


def main() -> None:
    # recount: every headline figure printed in the text (and its phrase re-found), every date's day near its month,
    # every title, issuer and problem title verbatim
    write_stored_snippets(HERE, DOCS, WHOLE, lambda stem, d, text: check_snippet(
        stem, d, text, RECOUNT, EXTRA_FORMS, with_problems=True, done_as_total=True))


if __name__ == "__main__":
    main()
