"""Write the truth files of tests/importer/real/snippets18: a held-out set of real lead paragraphs (and a few whole short
pages that hold no problem list) labelled in session 16 by helper label18, who did not change the parser and did not read
zhenggai/importer/ or tests/importer/*.py. Scored once on the worktree's untouched parser (FIRST_RUN_snippets18.txt)
before anything else changed. Labelled at the same time as blind16 (label19); no page is in both (checked against
/work/wt/label19 before the commit).

Each text is the lead paragraph(s) of one page of the search tool's ``pages`` corpus, copied as returned: traditional
copies with glyph glosses ('(duì)', '(qū)') on spam sites, doubled commas (',,'), mojibake ('??2日', '三span>', '/span>'),
stripped 年/月 ('20189月'), a page printed twice, a title printed four times, a doc-site copy whose real title is split
over two lines, a day.month.year page date ('10.07.2015'), portal chrome ('字体大小[ 大 中 小 ] 打印', breadcrumbs), a
date line at the foot of the page. A snippet starts at the title line (or the portal lines just above it) or the lead and
stops at a paragraph end (a stored page cut mid-paragraph is cut back to the last whole paragraph); spam lines above a
title are left out. Every truth is marked excerpt true (their pages carry more than the copy, or may).
None of the 32 urls is in an earlier truth: host+path+query compared (scheme, 'www.' and a trailing '/' ignored, lower
case) against every ``"url"`` in the JSON under /work/main/tests/importer and /work/shared/corpus and every url quoted in
/work/main/tests/importer/real/tools/*.py (680 known urls). About half the pages the queries returned were known; for
巡察/巡视 leads and 统计督察 feedback news nearly all were (every 巡察 lead with figures that came back was known).

Queries (``pages`` corpus; 26 in all, every one listed; none is in the lists of earlier make_truths_*.py):
巡察反馈问题 个 已整改 个 整改率 截至目前 社区党委 整改进展; 环保督察 反馈问题 已完成整改 个 序时推进 县 整改工作推进会;
食品安全 飞行检查 发现问题 条 已整改 餐饮 学校食堂 通报; 审计整改 结果公告 审计发现问题 个 已整改 个 正在整改 个 县人民政府;
督查组 暗访 发现问题 处 交办 乡镇 整改 创卫 复审 迎检 通报 第期; 巡視 整改 進展情況 公布 反饋意見 問題 已完成 項 黨委 2019年;
大型医院巡查 反馈问题 整改 医院 条 已完成 巡查组 进驻; 乡村振兴 成效考核 反馈问题 整改 条 已整改到位 县 巩固脱贫; 河湖四乱 暗访
发现问题 个 已完成整改 河长制 督查 通报; 燃气安全 专项检查 排查隐患 处 已整改 处 整改率 餐饮场所 通报; 教育督导 反馈意见 整改报告
学校 督导组 进校 问题 条 已整改; 医保基金 飞行检查 反馈问题 整改 定点医疗机构 违规金额 已追回; 关于证监局现场检查结果的整改报告
股份有限公司 董事会 问题 整改措施; 国家土地督察 例行督察 反馈问题 整改 宗 已整改 市政府; 统计督察 反馈意见 整改落实情况 问题 项
已完成 统计局; 安全生产巡查 反馈问题 条 整改完成 应急管理局 巡查组 进驻 县政府; 农村人居环境整治 暗访 督查 发现问题 个 交办 整改完成
个 乡镇 排名; 消防救援 检查 发现火灾隐患 处 督促整改 处 下发责令改正通知书 份; 本科教学审核评估 整改报告 专家组 进校考察 反馈意见
问题 整改 大学; 整改情况说明 针对 检查组 指出的问题 我院 高度重视 已整改 特此说明; 关于 专项检查发现问题整改落实情况的报告 卫生院
问题 条 已全部整改; 关于巡察整改进展情况的通报 反馈问题 已完成整改 长期坚持 建立完善制度 街道党工委; 中央环保督察 交办 件 已办结 件
阶段性办结 整改情况 县 截至 通报 第 批; 專項檢查 發現問題 項 已完成整改 項 整改率 通報 學校; 督查通报 第期 共发现问题 处 截至发稿
已整改 处 剩余 处 正在整改 街道; 集团公司 党委 巡察 反馈 整改 子公司 问题 项 已整改 项 整改完成率 2022年.
The new pages lean to kinds the earlier sets hold few of: river/lake (河湖 '四乱') checks, fire and gas safety checks,
medical-insurance flight checks, national land 督察, a listed company's 整改报告 to a CSRC bureau, a city management
督察通报, 督导简报 of a city's environment campaign, hospital checks.

Schema and conventions as in make_truths_snippets9.py … make_truths_snippets17.py: ``problems`` always empty; ``genre``
``"snippet"``; ``kind`` only when a title line names a rectification 通报/报告/公示 or 整改方案 (a 整改报告 → bulletin);
``title``/``issuer`` only when the title line names a rectification or inspection document (news headlines null);
``report_date`` from a signature or a page/source date line inside the snippet (a repost's report_date is the page's 发布时间
when there is no signature; a doc site's upload time is not one); ``inspector``/``inspected`` null. Days with no year give
no date unless a page date line in the snippet gives the year (snippets9); month-only, month-part ('5月下旬') or quarter
periods give none; a one-day check has that day as start and end (snippets16); a recheck of rectification (复查, 复核,
验收, a 督导/督查 of 整改 work) gives none (blind7, snippets17); a 进驻 day gives the start (snippets14); petitions, clues,
bodies, sites, people, rates, money, notices, opinions, approximations ('120余处') and standards are not headline figures;
hazards or problems found by a check are problems_total (snippets16/17); 'found N … 督促整改/当场整改 M' gives M done
(snippets14's '督促整改到位'); counts by kind with no total are not a total; subsets are not the total; problems named in a
run-on sentence ('一是…二是…三是…') give no figure.

Judgement calls new in this set (each also said in the truth's anomalies):
- NEW: river/lake '四乱问题' found by a 督查 or 暗访 are problems ('共排查出河湖“四乱”问题40个' → 40; '共发现河库管护问题41处'
  → 41; the national '排查出“四乱”问题56024个…已完成清理整治54173个' → 56024/54173).
- NEW: a year inside a deadline ('要求2023年2月20日前…完成') does not give the year of a no-year period ('1月5日至1月9日').
- NEW: '督辦解決突出問題3592個' by river chiefs over a year's routine patrols is not one check's findings: no figure.
- NEW: '16.67萬個' (a count rounded to 萬) is an approximation: no figure.
- NEW: '經檢查,未發現安全隱患問題' (nothing found) is not a count: problems_total stays null, not 0.
- NEW: a page date '10.07.2015' is read day.month.year → 2015-07-10 (the check it reports ran '5月7日至7月7日').
- NEW: a date line at the foot of a page ('2013-10-17') is the page date: report_date, and the year of '10月16日上午'.
- NEW: a 回头看 督查 of a campaign's work ('对前期…环境卫生综合整治的开展情况进行专项督查') is a check, not a recheck of
  rectification: its '7月27-28日' under the page date 2016-07-29 gives 2016-07-27 … 2016-07-28.
- NEW: a listed company's '关于山东监管局现场检查相关问题的整改报告' (title split over two lines under a doc-site title) names a
  rectification report: title, kind bulletin, issuer the company; the regulator's decision '于2011年2月7日下发' is the
  feedback date as printed (its number '[2012]1号' hints at a typo; the text is not corrected); the board's '2012年2月29日'
  approval is not a signature and the doc site's '时间:2019-05-14' is an upload time: report_date null.
- NEW: a city bureau's '督察通报(2025年第4期)' names an inspection document (title; kind null since it reports checks, not
  rectification; issuer null, no signature); '2025年3月17日-4月20日督导检查情况' is its period; its four sections'
  counts ('督办整改问题393个', '216处326起', '2处2起', '71处100起') have no total: no figure.
- NEW: a petitions '进展情况通报(十)' of a 回头看 names a rectification-progress bulletin: title, kind bulletin; the '来源:
  昆明市人民政府' is the portal's source (issuer null); '于6月5日进驻' under the page date 2018-06-16 → start 2018-06-05.
"""
from pathlib import Path

from make_truths import check_dates_printed, check_figures, head, ins, loose_day_forms, write_stored_snippets
from make_truths_snippets10 import doc

HERE = Path(__file__).resolve().parent.parent / "snippets18"

WHOLE: set[str] = set()

DOCS = {
    # --- rivers and lakes ----------------------------------------------------------------------------------------------
    "cangnan_river_self_check_lookback_short": doc(
        "https://www.cncn.gov.cn/art/2025/5/12/art_1255453_59083886.html",
        ["A short whole news item: '日前' no date (the url's 2025/5/12 is not read); a 自查 and a 回头看 复核: no figure."]),
    "zhenba_river_four_chaos_ducha_40": doc(
        "http://sl.hanzhong.gov.cn/hzslj/xqdt/202301/9a9bacb9a6ab40219946e20923fc9cc9.shtml",
        ["'1月5日至1月9日' has no year and no page date line; NEW: the deadline's '2023年2月20日前' does not lend its year: no "
         "period. NEW: '共排查出河湖“四乱”问题40个' → problems_total 40; '20个镇(街道)' bodies."],
        headline=head(pt=40)),
    "national_four_chaos_56024_cleared": doc(
        "http://news.china.com.cn/txt/2019-09/12/content_75200246.htm",
        ["Dateline '中国网9月12日讯' has no year: no report date. NEW: '共排查出“四乱”问题56024个,截至2019年8月,已完成清理"
         "整治54173个' → 56024/54173; '5个省份' bodies. The table caption that follows is left out."],
        headline=head(pt=56024, pd=54173)),
    "changzhou_four_chaos_lookback_mojibake": doc(
        "http://xiuzhiben.com/ns_news/378163290944031",
        ["Mojibake ('??2日至26日', '三span>', '/span>'); a 回头看 复核 of rectification (recheck): no dates; '通过率达99%以上' a "
         "rate; '2个检查组' bodies."]),
    "gongyi_river_unannounced_41": doc(
        "http://zixun.sw-sp.org.cn/show-20013.html",
        ["A repost: '发布时间:2021-06-29 … 来源: 河南省水利厅' → report_date. '2021年5月下旬至6月上旬' is month parts: no period. "
         "'本次暗访共发现河库管护问题41处' → problems_total 41 (the 回头看 of earlier problems is a part of the check)."],
        report_date="2021-06-29", headline=head(pt=41)),
    "huangshi_audit_reservoir_four_chaos_patrol": doc(
        "http://slscj.huangshi.gov.cn/slscxx/hhzzdt/202008/t20200826_683890.html",
        ["Breadcrumb, title, '时间:2020-08-26' → report_date. '8月25日' takes the page's year: a one-day 督导巡查 → start and end "
         "2020-08-25. Counts by kind ('4处', '4处', '3处', '2处', '…等') with no total: no figure."],
        report_date="2020-08-26", inspection=ins(start="2020-08-25", end="2020-08-25")),
    "hubei_river_chiefs_3592_spam_trad": doc(
        "http://jyjlsz.com/zwbmdt/p/10648760.html",
        ["Traditional copy with glosses on a spam site (spam lines left out; starts at the breadcrumb); '發布時間:2019年04月28日' "
         "→ report_date. '4月25日' is a meeting. NEW: '督辦解決突出問題3592個' sums river chiefs' routine patrols over 2018: not "
         "a check's findings, no figure; '3194次', '306名', '507條' are not figures. Cut back to the last whole paragraph."],
        report_date="2019-04-28"),
    # --- food, gas, fire and safety checks -----------------------------------------------------------------------------
    "licheng_school_canteens_63_hazards_spam_trad": doc(
        "http://www.kuoxiong.cn/news/detail/193/120312.html",
        ["Traditional copy with glosses on a spam site (spam and site lines left out); '2020-04-02 15:53來源:大眾日報' → "
         "report_date. '用兩周時間' no dates. '共發現食品安全隱患63處' → problems_total 63 (hazards found by the check); "
         "'60家', '49家' bodies, '81.7%' a rate."],
        report_date="2020-04-02", headline=head(pt=63)),
    "culture_market_gas_check_no_hazards": doc(
        "http://jsqdedu.cn/news/show-44577.html",
        ["'10月31日' has no year and no page date: no date. NEW: '經檢查,未發現安全隱患問題' is no count (problems_total null, "
         "not 0)."]),
    "xiaozhai_street_gas_two_day_sweep": doc(
        "http://www.yanta.gov.cn/ztzl/jczwgkbzml/jdbzml/xzljdbsc/ssqk/6497f126f8fd1c1a70342254.html",
        ["A street's own 排查整治 '6月23日', '23日—24日' (no year, no page date): no dates; no figure."]),
    "xining_summer_fire_checks_7269_hazards": doc(
        "http://xining.baogaosu.com/xinwen/%E6%B6%88%E9%98%B2%E6%A3%80%E6%9F%A5%E6%97%A5%E5%9D%87%E6%95%B4%E6%94%B9%E7%81%AB"
        "%E7%81%BE%E9%9A%90%E6%82%A3/35202559",
        ["NEW: the page date '10.07.2015  10:44' is day.month.year → report_date 2015-07-10; '5月7日至7月7日' takes its year → "
         "2015-05-07 … 2015-07-07. '发现隐患7269处,督促整改7231处' → 7269/7231; '日均…120余处' an approximation; '3847家', "
         "'20家', '33家', '15家', '34所' bodies, '2924份' notices, '4名' people."],
        report_date="2015-07-10", inspection=ins(start="2015-05-07", end="2015-07-07"), headline=head(pt=7269, pd=7231)),
    "fire_patrol_26_units_19_hazards_nodate": doc(
        "https://www.bdfayi.com/zkkfq/sitesources/jjkfq/page_pc/dtyw/xwdt/article6093f553f6c74fc68e96c5086d59b478",
        ["Starts with portal chrome ('字体大小[ 大 中 小 ] 打印') mid-article; no date. '发现火灾隐患19处,当场督促整改火灾隐患13处' → "
         "19/13; '26家单位' bodies, '6份' notices."],
        headline=head(pt=19, pd=13)),
    "xialu_fire_factories_18_hazards_trad": doc(
        "http://thedullerimage.com/news/detail/727/49611.html",
        ["Traditional copy with glosses, '?' after paragraphs. '4月10日' has no year and no page date: no date. '發現消防隱患"
         "18處' → problems_total 18; '8家' bodies, '8份' notices."],
        headline=head(pt=18)),
    "ziyang_safety_three_year_ducha_17_towns": doc(
        "https://yjj.ankang.gov.cn/Content-2330318.html",
        ["Breadcrumb, title, '发布时间:2021-11-19 14:32' → report_date; '11月1日至15日' takes its year → 2021-11-01 … "
         "2021-11-15. '2个督查组', '17个镇' bodies: no figure. Cut after the first lead paragraph."],
        report_date="2021-11-19", inspection=ins(start="2021-11-01", end="2021-11-15")),
    # --- medical insurance, hospitals, schools -------------------------------------------------------------------------
    "nhsa_flight_checks_48_hospitals_money": doc(
        "https://app.bjtitle.com/8816/newshow.php?did=db6ca09d214a4889b782c5c05b57e16f&newsid=6361937&typeid=26",
        ["A wire repost; '新华社 2023-06-15 10:30' → report_date. '13日' a release day; '48家' (40/3/5) bodies, money: no figure."],
        report_date="2023-06-15"),
    "haikou_medical_insurance_53_institutions": doc(
        "http://lifebb.we54.com/lifebb/2022/0319/3268.html",
        ["'来源:海口网时间:2022-03-19 08:33:15' → report_date. '53家次', '33家', '18家' bodies, money: no figure; '2021年' a year."],
        report_date="2022-03-19"),
    "tianshui_hospital_medical_rectification_ducha": doc(
        "http://www.tianshui.com.cn/news/jkzx_news/2020091115092781409.htm",
        ["A hospital's news of a 纪委 督导检查 '9月7日至8日' with feedback '9月8日上午': no year, no page date line (the url's 2020 "
         "is not read) → no dates; '一行4人' people; no figure."]),
    "luqiao_safe_hospital_expert_visit_2013": doc(
        "https://www.bo-ai.com/news_detail.asp?id=3000",
        ["NEW: the page's date line stands at its foot ('2013-10-17') → report_date; '10月16日上午' takes its year: a one-morning "
         "check → start and end 2013-10-16. Problems not counted: no figure."],
        report_date="2013-10-17", inspection=ins(start="2013-10-16", end="2013-10-16")),
    "zuel_audit_assessment_report_received": doc(
        "http://jxdpzx.zuel.edu.cn/2018/0620/c8052a194884/pagem.htm",
        ["A university's news that it received the 审核评估 experts' report; '时间:2018-06-20' → report_date. '约11000字', "
         "'七个审核项目' are not figures; '20189月' (年 stripped) is month-only."],
        report_date="2018-06-20"),
    # --- statistics, land, listed company, city management -------------------------------------------------------------
    "stats_fraud_joint_check_one_afternoon": doc(
        "https://jianpian.cn/a/x2meyhv",
        ["A whole short page: '2023年11月13日下午' a one-afternoon check → start and end 2023-11-13; no page date. The three "
         "problems are named in one run-on sentence ('一是…二是…三是…'): no figure."],
        inspection=ins(start="2023-11-13", end="2023-11-13")),
    "land_routine_ducha_2275_counties_trad": doc(
        "https://lemofix.com/2015-06/12/content_550977.htm",
        ["Traditional copy with glosses and doubled commas (',,'); no date line ('2008年至2014年' a span of years). NEW: "
         "'突出問題16.67萬個' is a count rounded to 萬 (an approximation): no figure; '15.93萬個' projects checked, '2275個' "
         "counties, '199份' notices, '79.7%' a rate."]),
    "land_routine_ducha_2012_54_cities": doc(
        "http://lyfff.com/news/2012-08-21/33532.html",
        ["'记者20日' has no month; '9月5日前' a deadline; '上半年' a half-year: no dates. '54个' cities, '32份' notices: no figure."]),
    "binhua_csrc_shandong_onsite_check_report_docsite": doc(
        "http://ww.xiexiebang.com/a11/2019051415/249bac56e0b508c3.html",
        ["Doc-site copy ('写写帮文库'): the site's title is cut ('…相关问题.'); the real title is split over two lines after the "
         "stock code line. NEW: '…关于山东监管局现场检查相关问题的整改报告' names a rectification report → title, kind "
         "bulletin, issuer the company. '时间:2019-05-14' is an upload time and the board's '2012年2月29日' approval is not a "
         "signature: report_date null. The decision '于2011年2月7日下发' is the feedback date as printed (its number "
         "'[2012]1号' hints at a typo; not corrected). Cut before the first problem heading."],
        kind="bulletin", title="滨化集团股份有限公司关于山东监管局现场检查相关问题的整改报告", issuer="滨化集团股份有限公司",
        inspection=ins(feedback="2011-02-07")),
    "beijing_urban_mgmt_ducha_bulletin_2025_4": doc(
        "https://cgj.beijing.gov.cn/xxgk/qwxxfb/dcjctb/202504/t20250425_4074959.html",
        ["NEW: the title '督察通报(2025年第4期)' names an inspection document → title; kind null (it reports checks, not "
         "rectification); issuer null (no signature; the 督察总队 is named in the body). '发布日期:2025-04-25 17:27' → "
         "report_date. '2025年3月17日-4月20日督导检查情况' → 2025-03-17 … 2025-04-20 (the end takes the start's year). The "
         "sections' counts ('发单272件' notices, '督办整改问题393个', '216处326起', '2处2起', '71处100起') have no total: no figure; "
         "'4月10日-14日', '4月8日-10日' are sub-checks.",
         "s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped (was '督察通报(2025年第4期)'); found by conv24."],
        # s24, lead: C35 — the issue number is dropped (was "督察通报(2025年第4期)"); not in C35's row.
        title="督察通报", report_date="2025-04-25", inspection=ins(start="2025-03-17", end="2025-04-20")),
    # --- 督导简报, 创城, rural habitat ----------------------------------------------------------------------------------
    "hohhot_env_ducha_group2_weekly_25_11_repeat": doc(
        "https://jianshuapi.com/p/ac9b9981baf4",
        ["The page prints its two paragraphs twice (kept). '本周' no date. '共计发现问题25处…截至目前,已整改11处,剩余14处正在整改"
         "中' → 25/11; '2次', '6人次' are not figures."],
        headline=head(pt=25, pd=11)),
    "hohhot_group3_hailar_street_one_day_3": doc(
        "https://haomeiwen.com/subject/nvlsfctx.html",
        ["Site chrome; the title printed four times (kept). '发表于2019-06-13 14:53' → report_date; '6月13日' a one-day check → "
         "start and end 2019-06-13. '共发现3处问题' → problems_total 3; '42项整治任务' were checked (not problems)."],
        report_date="2019-06-13", inspection=ins(start="2019-06-13", end="2019-06-13"), headline=head(pt=3)),
    "tongshan_rural_habitat_unannounced_lookback": doc(
        "http://tongshan.cjyun.org/p/60157.html",
        ["'为检验2019年农村人居环境整治成果,7月1日' — the 2019 is the campaign's year, not the day's; no page date: no date. "
         "Cut after the second paragraph; no figure."]),
    "sihe_sanitation_lookback_two_days": doc(
        "http://sihe.gdxf.gov.cn/content/detail/59b8f6d9798d98456c472437.html",
        ["'发布日期:2016-07-29 09:51' → report_date. NEW: the 回头看 is a 专项督查 of a campaign's work (not of rectification): "
         "'7月27-28日' takes the page's year → 2016-07-27 … 2016-07-28. '6个村(社区)' bodies; no figure."],
        report_date="2016-07-29", inspection=ins(start="2016-07-27", end="2016-07-28")),
    # --- environment 督察 meetings and petitions, audit --------------------------------------------------------------
    "zhouzhi_second_round_env_ducha_meeting": doc(
        "http://www.zhouzhi.gov.cn/ztzl/tjlsfzcjstzz/62158aeff8fd1c0bdc81f78d.html",
        ["A county meeting '2月22日下午' (no year, no page date): no date; no figure."]),
    "yunnan_lookback_petitions_bulletin10_spam": doc(
        "http://fzjz.zhigutangp.com/c/2018-06-16/2618398.shtml",
        ["Spam lines and portal chrome above the title left out. NEW: '…交办举报环境问题进展情况通报(十)' names a progress "
         "bulletin → title, kind bulletin; '来源: 昆明市人民政府' is the portal's source (issuer null); '2018-06-16 17:24' → "
         "report_date. '于6月5日进驻' takes the page's year → start 2018-06-05 (snippets14). Petition counts ('59件', '639件', "
         "'227件') are not figures.",
         "s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped (was '…进展情况通报(十)')."],
        # s24, lead: C35 — the issue number is dropped (was "…进展情况通报(十)").
        kind="bulletin", title="云南省办理中央环境保护督察“回头看”交办举报环境问题进展情况通报", report_date="2018-06-16",
        inspection=ins(start="2018-06-05")),
    "central_eco_lookback_batch2_116_clues": doc(
        "http://news.17huanbao.com/hyxw/news_167697.html",
        ["A column name as the first line ('中央环境保护督察“回头看”'); '记者7日', '6月7日11时' have no year: no date. Petition "
         "clues ('116件', '89件', '57件' …) are not figures."]),
    "xiangcheng_audit_ducha_rectification_epaper": doc(
        "http://szb.21xc.com/xcrb/PC/con/202308/10/c141624.html",
        ["E-paper page without a date line ('第05版:财经'); an audit bureau's 督导 of 巡视 rectification tasks is a recheck, and "
         "'8月份以来' is month-only: no dates; no figure."]),
}


def check(stem: str, d: dict, text: str) -> None:
    """Recount: every headline figure must be printed in the text, every date's day must be printed near its month."""
    check_figures(stem, d, text)
    check_dates_printed(stem, d, text, loose_day_forms())


def main() -> None:
    write_stored_snippets(HERE, DOCS, WHOLE, check, no_problems=True)


if __name__ == "__main__":
    main()
