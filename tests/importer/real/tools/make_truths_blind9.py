"""Write the truth files of tests/importer/real/blind9: a held-out batch labelled in session 12 on issue 10 by a
helper (label9) that did not change the parser, scored once on main's parser (FIRST_RUN_blind9.txt). The parser has
not been changed against it; whoever changes the parser for it must say so and keep this first run as the honest one.

Same schema and conventions as ``make_truths.py``, ``make_truths_blind4.py`` and ``make_truths_blind8.py``. The texts
are the stored copies the search tool's ``pages`` corpus returned (at most ~2,000 bytes of a page; ``excerpt`` marks
the cut ones), copied as returned: ASCII commas and colons, portal chrome, pinyin glosses after traditional characters,
a betting-site link inside a portal menu, and lost year/month context kept. None of the 19 urls is in an earlier
batch (every url under tests/importer/real and /work/shared/corpus was checked by grepping its host and path).

Queries used (``pages`` corpus), other than the README's lists: 卫健委党组关于巡察整改进展情况的通报 2024; 现将巡察整改
进展情况予以公布 整改进展情况：已完成整改; 整改销号 公示 序号 责任单位 整改时限; 审计整改 公告 审计发现的主要问题; 教育局党委
关于巡察整改情况的通报 2023; 问题清单 整改销号 已完成整改 整改时限; 縣委 巡察整改進展情況 通報; 镇党委关于巡察整改进展情况的
通报; 关于“”问题的整改 整改进展情况 责任单位; 医院党委关于巡察整改进展情况的通报; 税务局党委 巡察整改; 督察整改 验收销号
公示 第 项; 该问题已完成整改 一是 二是 整改情况的函; 高校 党委 关于巡视整改进展情况的通报; 群众身边不正之风 问题整改 公示 序号;
审计查出问题整改情况 （一）关于 的问题; 環境保護督察 反饋意見 整改 公示; 国有企业 集团党委 巡察整改情况通报; 自然资源局党组
关于巡察整改情况的通报; 住建局 市场监管局 巡察整改进展情况; 村党支部 巡察整改 公开; 牵头单位 配合单位 完成时限; 存在问题：
整改措施： 整改结果：; 经济责任审计 整改 公告; 巡察反馈意见整改落实情况 问题一 问题二. Every page these returned that holds a
numbered problem list (婺城文旅体局, 台州卫健委, 南宁大气污染审计整改函, 宁波/慈溪/瑞金审计整改报告, …) was already labelled
in an earlier batch, so this batch, like blind7 and blind8's most, holds NO problem: it tests the reading of "no problem
list" (organisation sections numbered 一是/1./（一）, problem areas inline as 一是…三是 or "主要是：…；…；…等", category
counts), the headline figures and the dates.

Measures: no document holds a problem, so there is no measure to count; both counts (reading, then listing the markers
一是/（1）/1. under each problem) were made and both are zero problems, zero measures. The numbered items that are present
(一是/二是/三是 of organisation, 1./2./3. under （一）党组书记组织落实整改工作情况, 一要/二要 demands, 一是…五是 of problem
areas over 120 villages) were each read and judged not problems; the judgement is in each truth's anomalies.

Judgement calls, stated once here and in each truth's anomalies:
- feedback news that names one body's problems in one sentence ("仍存在…不够到位、…不够有力、…不够深入等问题"), as
  "主要是：…；…；…等", or as "一是党的领导方面：…；…。二是党的建设方面：…" holds no problem list (kind 5; as
  ``xiangcheng_jiaotou_feedback`` and ``hbust_feedback_six_units``): those are the inspection's findings announced before any
  rectification, not items of a rectification report;
- problems counted by category only ("落实中央决策不到位问题795个,…其他方面问题1000余个") give no total; an
  approximation ("1000余个") is not a figure; "6大类17个方面的问题" counts aspects, not problems;
- problems refined into specific ones count as refined ("4个方面12类问题…细化成39个具体问题" → 39, with "157项整改措施"
  the measures), as in blind7; feedback problems counted as 大项 then split into tasks ("共反馈问题4个大方面26个大项的问题…
  梳理分解整改任务106个,已完成整改98个") give 26 problems and 106/98 tasks as measures (as ``blcu_rectification_meeting``:
  the main items are the problems, the finer tasks the measures); the villages' "84个大项" is a lower level's count;
- an audit WORK report's "共查出问题330项" is its problems total (as ``lanshan_audit_recheck``'s 483); audit projects (19个),
  recommendations (47条) and amounts are not figures;
- "已全部完成6个问题的整改和2个问题的部分整改" gives 6 done (the partial ones are not done);
- a date line under the speaker ("2023年9月28日", "——2020年7月28日在…会议上") is the report date; a page's
  发布时间/信息时间/时间 or a source line with a timestamp is the report date when there is no signature;
- feedback given over days ("10月10日—13日") is dated by its first day, in the year of the period before it; a feedback on
  "1月18日" after a period "2022年8月中旬至11月下旬" is 2023-01-18 (the January after the period); a feedback day with no
  year anywhere in the text ("8月31日", "6月5日") stays null; a period by months or 中旬/下旬 gives no start or end.
"""
from pathlib import Path

from make_truths import head, ins, write_truth

HERE = Path(__file__).resolve().parent.parent / "blind9"

DOCS = {
    # --- bulletins cut off in the organisation section (kind 2) ---------------------------------------------------
    "xuchang_edu_bulletin": dict(
        url="https://jyj.xuchang.gov.cn/tzgg/20230718/1b35f237-ad1d-4d4a-814f-01016cb0016d.html", excerpt=True,
        genre="2 education-bureau bulletin, organisation first (一是/二是/三是), cut before the problems; 7 page date",
        kind="bulletin", title="中共许昌市教育局党组关于巡察整改情况的通报", issuer="中共许昌市教育局党组",
        report_date="2023-07-18",
        inspection=ins("市委第三巡察组", "市教育局党组", "2022-11-21", "2022-12-30", "2023-02-28"), headline=head(),
        problems=[],
        anomalies=["Portal chrome; the title carries a column tag '【通报】'; '【信息时间:2023-07-18 17:38' is the page date "
                   "(the report date: no signature in the stored text).",
                   "'3个月的集中整改' is a duration, not a figure.",
                   "一、整体推进情况 and its inline 一是/二是/三是 are how the work was organised, not problems; cut off in 三是."]),
    "huiji_approval_bureau_bulletin": dict(
        url="https://public.huiji.gov.cn/D49Y/8738334.jhtml", excerpt=True,
        genre="2 government-bureau bulletin whose organisation items are numbered （一）/1./2./3.; cut before the problems",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("区委第一巡察组", "区行政审批和政务信息管理局党组", "2024-03-05", "2024-04-18", "2024-05-16"),
        headline=head(), problems=[],
        anomalies=["No title and no page date in the stored text; the body says '我局' for the issuer.",
                   "'（一）党组书记组织落实整改工作情况' 1./2./3. and '（二）局党组织巡察整改主体责任落实情况' 1. are numbered "
                   "items of how the work was organised (each opens with a verb of the work: 强化…/坚持…/注重…/深刻领会…), "
                   "not problems; cut off in （二）1.",
                   "'为期45天', '3个月集中整改' are durations, not figures."]),
    "xuzhuang_town_bulletin": dict(
        url="http://www.shanting.gov.cn/zwgk/xxgkml/qzbm/qzfbgs/202311/t20231123_1792822.html", excerpt=True,
        genre="2 town bulletin on inspected villages; 6 problems by 大项 then tasks with a done count; 7 feedback day "
              "without year; metadata block",
        kind="bulletin", title="徐庄镇党委关于九届区委第三轮巡察整改进展情况的通报", issuer="徐庄镇党委",
        report_date="2023-11-23",
        inspection=ins("区委第五巡察组", "徐庄镇徐庄村、葫芦套村、武王庄村、辛召村、安上村等5个村级党组织",
                       "2022-11-29", "2023-02-20", "2023-03-14"),
        headline=head(26, None, 106, 98), problems=[],
        anomalies=["A metadata block ('- 成文时间:2023年11月23日', '- 发文时间:…', '- 标 题:…') precedes the title; both "
                   "dates are 2023-11-23 (the report date).",
                   "Feedback '3月14日' has no year: 2023, after the period '2022年11月29日至2023年2月20日'.",
                   "Judgement call on the headline: '共反馈问题4个大方面26个大项的问题' is the problems total (26); the five "
                   "villages' '84个大项' is a lower level's count; '梳理分解整改任务106个,已完成整改98个' are the finer "
                   "tasks (measures 106, done 98), as blcu_rectification_meeting reads main items and specific tasks. "
                   "(26 + 84 is 110, not 106: the text does not say how the tasks map to the items.)",
                   "'《…方案》(徐发〔2023〕7 号)' is a file number, not a figure. Cut off in 二、 before any problem item."]),
    "guangzhou_housing_bulletin": dict(
        url="http://fangchan.com/credit/2/2021-02-23/6769838705764274402.html", excerpt=True,
        genre="2 city-bureau bulletin republished on a property news site, cut in the organisation section; "
              "6 problems refined and measures counted; 7 timestamp with source",
        kind="bulletin", title=None, issuer=None, report_date="2021-02-23",
        inspection=ins("市委第八巡察组", "市住房城乡建设局党组", "2020-05-17", "2020-08-07", "2020-10-27"),
        headline=head(39, None, 157), problems=[],
        anomalies=["Republished on fangchan.com; no title in the stored text; '2021-02-23 12:42:06来源:广州市住房和城乡建设局' "
                   "opens it (the report date).",
                   "'4个方面12类问题和4条意见建议…细化成39个具体问题…提出了157项整改措施': problems refined count as refined "
                   "(39), measures 157; '召开党组会议4次、局长办公会议2次…1次' are meetings.",
                   "一、提高政治站位… (一)(二)(三) are organisation; cut off in (三)."]),
    # --- audit (kind 6) ---------------------------------------------------------------------------------------------
    "chaoyang_audit_work_report": dict(
        url="http://www.gdcy.gov.cn/cy/zdlyxxgk/czsjxxgk/sjjggg/content/post_2289418.html", excerpt=True,
        genre="6 district audit work report (the audit, not its rectification): problems found; 7 date under the speaker",
        kind="bulletin", title=None, issuer=None, report_date="2023-09-28", inspection=ins("区审计局"),
        headline=head(330), problems=[],
        anomalies=["No title in the stored text: it opens with the speaker '汕头市潮阳区审计局局长 郑创平' and "
                   "'2023年9月28日' (the report date).",
                   "'共完成审计(调查)项目19个,共查出问题330项,…提出审计建议47条': 330 is the problems total; projects, "
                   "recommendations and amounts are not figures; no done count (this is the audit report, not the "
                   "rectification report).",
                   "一、财政管理审计情况 (一)区本级财政管理及决算草案审计 are audit sections; cut off before any finding."]),
    "gansu_audit_results_2015": dict(
        url="http://silkroad.news.cn/2016/0817/4768.shtml", excerpt=True,
        genre="6 provincial audit-result 公告 republished by a news portal; 一是/二是 are achievements; 7 source-line date",
        kind="bulletin", title="甘肃省2015年度省级预算执行和其他财政收支审计结果公告", issuer=None,
        report_date="2016-08-17", inspection=ins("省审计厅"), headline=head(), problems=[],
        anomalies=["Portal chrome ('新华丝路首页', '一带一路国家级信息服务平台'); '来源:甘肃日报 2016-08-17 11:05:24' is "
                   "the page date (the report date).",
                   "'一是经济发展稳中向好…二是财政改革积极推进…' state what went well, not problems; rates and "
                   "'317万人' are not figures. Cut off in 二是."]),
    "guangdong_audit_work_2019": dict(
        url="https://www.jiaoling.gov.cn/xxgk/czxx/sjjggg/content/post_2171615.html", excerpt=True,
        genre="6 provincial audit work report mirrored by a county portal; 7 delivery date in the subtitle line",
        kind="bulletin", title=None, issuer=None, report_date="2020-07-28", inspection=ins("广东省审计厅"),
        headline=head(), problems=[],
        anomalies=["Opens with the subtitle '——2020年7月28日在广东省第十三届人民代表大会常务委员会第二十二次会议上' "
                   "(the report date) and the speaker; no title in the stored text.",
                   "'——财政运行总体平稳…' dash paragraphs are results, not problems; rates and amounts are not figures. "
                   "Cut off before any finding."]),
    # --- land-protection 督察 rectification (kind 6) -----------------------------------------------------------------
    "anshan_land_ducha": dict(
        url="http://zrzyj.anshan.gov.cn/html/ZRZYJ/202003/0158520774403878.html", excerpt=False,
        genre="6 city news on a national land 督察's problems: total, done and partly done; 7 months-only period",
        kind="bulletin", title="鞍山市自然资源局认真做好2019年耕地保护督察整改工作", issuer=None,
        report_date="2020-03-20", inspection=ins("国家自然资源督察沈阳局", "辽宁省"), headline=head(16, 6),
        problems=[],
        anomalies=["Portal breadcrumb and '时间:2020-03-20来源:法规督考科' (the report date); lines indented with spaces.",
                   "'涉及鞍山市问题16项' / '16个需整改问题,…已全部完成6个问题的整改和2个问题的部分整改': 16 total, "
                   "6 done (partial ones are not done); '剩余10个问题' agrees; '90天' is a deadline.",
                   "Period '2019年6月至9月' has months only: no start or end."]),
    # --- feedback news and round summaries (kind 5) -------------------------------------------------------------------
    "bynr_weijian_feedback": dict(
        url="https://wjw.bynr.gov.cn/html/xwdt/wjxw/202507/18_83022.html", excerpt=True,
        genre="5 health-commission feedback news; problems named in one sentence; 7 period and feedback in prose",
        kind="bulletin", title="市委第二巡察组向市卫健委党组反馈巡察情况", issuer=None, report_date=None,
        inspection=ins("市委第二巡察组", "市卫健委党组", "2025-03-24", "2025-05-30", "2025-07-14"), headline=head(),
        problems=[],
        anomalies=["Column label 'Navigation' run into '要闻动态'; the title is repeated.",
                   "'7月4日' (the secretary's meeting) and the second '7月14日' (the round's feedback meeting) are not dates "
                   "of this inspection beyond the feedback.",
                   "'仍存在…不够到位、…不够有力、…不够深入等问题' names problem areas in one sentence: no problem list; "
                   "'四点意见建议' 一是/二是 are recommendations. Cut off in 二是."]),
    "ankang_weijian_feedback": dict(
        url="https://wjw.ankang.gov.cn/Content-2610406.html", excerpt=True,
        genre="5 health-commission feedback news; 7 feedback day with no year anywhere",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委第四巡察组", "市卫健委党委"), headline=head(), problems=[],
        anomalies=["No title and no page date; '8月31日' (the feedback meeting) has no year in the text: feedback null.",
                   "'三个方面指出…不够有力、…不强、…有短板等问题' in one sentence: no problem list. Cut off mid-sentence."]),
    "linfen_hospital_feedback": dict(
        url="http://linfench.com/index.php?p=news_show&id=1855&lanmu=5&c_id=1", excerpt=True,
        genre="5 hospital feedback news on a special inspection; 7 page date, period and feedback in prose",
        kind="bulletin", title="市委第二巡察组巡察市中心医院党委情况反馈会议召开", issuer=None,
        report_date="2024-04-09",
        inspection=ins("市委第二巡察组", "市中心医院党委", "2023-09-27", "2023-12-29", "2024-04-08"), headline=head(),
        problems=[],
        anomalies=["Hospital-site chrome; '发布时间:2024-04-09 阅读次数:1189' (the page date; 1189 is a view count).",
                   "'“四大院区”“七大中心”' are not figures; the problems are named in one sentence ('…不够深入、…不够有力、"
                   "…不够到位、…还有差距'): no problem list; 一要/二要/三要 are demands. Cut off in 三要."]),
    "jinjitan_town_feedback": dict(
        url="https://yuyang.qinfeng.gov.cn/info/1082/6043.htm", excerpt=True,
        genre="5 town feedback news with problem areas inline (一是…方面：…；…。二是…); 7 feedback day without year",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins("区委第一巡察组", "金鸡滩镇"),
        headline=head(), problems=[],
        anomalies=["Judgement call: '一是党的领导方面:…;…;…。二是党的建设方面:…。三是全面从严治党方面:…' lists the "
                   "feedback's findings for one town in one paragraph of a news item, before any rectification: no problem "
                   "list (as xiangcheng_jiaotou_feedback and hbust_feedback_six_units).",
                   "'6月5日' has no year: feedback null. 一要/二要/三要/四要 are demands. Cut off in 四要."]),
    "mohekou_town_feedback": dict(
        url="https://haltzi.com/article/MsgId/728906", excerpt=False,
        genre="5 town feedback news on an unrelated host; problems as '主要是：…；…；…等'; 7 period and feedback",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委第一巡察组", "淮上区沫河口镇党委", "2020-09-15", "2020-11-20", "2021-01-15"),
        headline=head(), problems=[],
        anomalies=["Mirrored on an unrelated host; no title or page date.",
                   "'主要是:…;…;…等' names the findings in three clauses: no problem list, no count."]),
    "huangshan_edu_feedback": dict(
        url="http://hsq.hsjw.gov.cn/xxgk/xsxc/xsxcfk/9174784.html", excerpt=True,
        genre="5 district education-committee feedback news; 7 feedback before the period in the text",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("区委第二巡察组", "区委教育工委", "2022-12-05", "2022-12-29", "2023-02-22"), headline=head(),
        problems=[],
        anomalies=["The feedback day (2023-02-22) is stated before the period (2022-12-05 to 12-29).",
                   "'六届区委巡察以来' is not a figure. Cut off before the problems are named."]),
    "yuda_edu_feedback_spam": dict(
        url="https://baomox.com/art/2023/1/20/art_33546_2971651", excerpt=True,
        genre="5 development-zone feedback news with a betting link in its menu; 7 feedback day after a 中旬/下旬 period",
        kind="bulletin", title="工委第二巡察组向教育分局党组反馈巡察情况", issuer=None, report_date=None,
        inspection=ins("工委第二巡察组", "教育分局党组", None, None, "2023-01-18"), headline=head(), problems=[],
        anomalies=["Portal table chrome ('![]() |', '|') with a spam entry '正规365彩票平台app下载' in the menu; "
                   "'返回业达首页'.",
                   "Judgement call: '1月18日上午' has no year; the period '2022年8月中旬至11月下旬' (no days: no start or "
                   "end) comes before it, so the feedback is 2023-01-18.",
                   "Section starts run inline after a space ('曲积海同志在反馈情况时指出 教育分局…'); the problems are named "
                   "in one sentence ('…等多项问题'): no problem list. Cut off mid-sentence."]),
    "district_edu_feedback_trad": dict(
        url="http://m.dingqianjf.com/news/show/39ea2acceeb6ce71.html", excerpt=True,
        genre="5 district education feedback news; 6 traditional with pinyin glosses; no date",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("區委第二巡察組", "區教育工作黨委(區教育局)"), headline=head(), problems=[],
        anomalies=["Traditional characters with pinyin glosses ('區(qū)委'), on an unrelated host; no date ('近日').",
                   "'主要是:…;…;…等' names problem areas: no problem list; 一是/二是/三是 are recommendations. "
                   "Cut off mid-sentence."]),
    "villages_120_feedback_trad": dict(
        url="http://www.studioretreats.com/szcj/19053.html", excerpt=True,
        genre="5 round feedback over 120 villages (一是…五是 problem areas); 6 traditional; 7 feedback over days",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委12個巡察組", "全市120個行政村", "2019-06-03", "2019-07-03", "2019-10-10"), headline=head(),
        problems=[],
        anomalies=["Traditional characters on an unrelated host; no title or page date.",
                   "'10月10日—13日,…反饋巡察情況': feedback dated by its first day, year 2019 from the period; '9月18日' and "
                   "'10月9日' are meetings.",
                   "'一是…五是' are problem areas common to 120 villages at once: no problem list (as "
                   "hbust_feedback_six_units); '120個', '27個鄉鎮', '12個巡察組' count bodies. Cut off in 五是."]),
    "wenshan_village_counts": dict(
        url="http://ynjjjc.gov.cn/html/2019/yunlingyaowen_0625/69349.html", excerpt=True,
        genre="5 prefecture news on village inspections; 6 problems counted by category only, one approximated",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(), problems=[],
        anomalies=["Opens with a quotation: '…落实中央决策不到位问题795个,群众身边腐败和作风问题607个,…355个,…559个,"
                   "其他方面问题1000余个……' — counts by category with no total (and '1000余个' is an approximation): no "
                   "headline figure.",
                   "'2018年', '2019至2021年' are years of work plans, not inspection dates. Cut off mid-sentence."]),
    "xuhang_town_meeting": dict(
        url="http://xuhang.jiading.cn/ddjs/content_883264", excerpt=False,
        genre="5 town rectification meeting news; 6 aspects counted, not problems",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins("区委第一巡察组"), headline=head(),
        problems=[],
        anomalies=["'区委第一巡察组指出的6大类17个方面的问题' counts categories and aspects, not problems: no headline "
                   "figure; 一要/二要/三要 are demands.",
                   "'4月29日' (the meeting) has no year; no date of the inspection."]),
}


def main() -> None:
    for stem, d in DOCS.items():
        write_truth(HERE, stem, d)


if __name__ == "__main__":
    main()
