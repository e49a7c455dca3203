"""Write the truth files of tests/importer/real/snippets14: a held-out set of real lead paragraphs labelled in session 14
by helper label14, who did not change the parser and did not read zhenggai/importer/ or tests/importer/*.py. Scored once
on the worktree's untouched parser (FIRST_RUN_snippets14.txt) before anything else changed.

Each text is the lead paragraph(s) of one page of the search tool's ``pages`` corpus, copied as returned (ASCII commas
and colons, traditional copies with their glyph glosses such as ``統(tǒng)``, ROC-calendar dates from Taiwan's Control Yuan,
pipe-separated field tables, spam injected inside words, a raw ``<iframe`` tag, site chrome, date/source lines). A
snippet starts at the title line or the lead and stops at a paragraph end, except where the stored excerpt itself is
cut (said in the anomalies). None of the 54 urls is in an earlier truth: host+path+query compared, scheme and ``www.``
ignored, against every ``"url"`` in the JSON under /work/main/tests/importer, /work/shared/corpus and this worktree's
tests/importer, and every url quoted in /work/main/tests/importer/real/tools/*.py (499 known urls). Each page gives one
snippet. A mirror of one text (sougaozi.com/gaozi/1275.html, same text as city_safety_xuncha_report_2025_runon_title)
was not labelled. Pages whose excerpt opens a progress 通报 that very likely holds a numbered problem list were left to
blind13 (listed in the session report), not put here.

Queries (``pages`` corpus; none is in make_truths_snippets13.py's list): 巡察整改进展情况公告 反馈问题 已完成整改 建立完善制度;
巡视反馈会议召开 省委巡视组组长 反馈巡视情况; 审计查出问题整改情况 公示 已整改到位 金额; 生态环境保护督察 反馈问题 整改完成 销号
公示 县; 巡察组向 党委 反馈巡察情况 集中反馈会 区委巡察办; 整改落实情况 公开 接受群众监督 联系电话 邮政信箱 巡察整改; 中央环保
督察 交办案件 整改 办结 阶段性办结 县区; 經濟責任審計 整改 結果 公告 問題; 烟草专卖局 党组 巡视整改 进展 通报; 土地例行督察 整改
问题图斑 完成整改 自然资源; 教育督导 反馈意见 整改报告 学校 存在问题; 巡视整改 专题民主生活会 召开 对照巡视反馈意见 班子成员;
供销社 巡察 反馈 整改 问题 条 已整改; 省委巡视组 向 市委 反馈 专项巡视 脱贫攻坚 整改 2019年; 巡察整改“回头看” 督导 整改销号
问题 个 整改完成率; 審計署 審計結果公告 整改情況 已整改 億元; 海关 党委 巡视整改 情况 反馈意见 整改任务; 安全生产巡查 反馈 整改
隐患 市安委会 巡查组; 水利部 督查 暗访 发现问题 整改 一省一单; 巡察反饋意見 整改 村黨支部 公開 群眾; 巡察整改情况通报 卫健委
医院 反馈问题 已完成 长期坚持; 巡视整改 公开 高校 党委 巡视反馈 问题 整改措施 完成 项 2020; 人大常委会 审计工作报告 反映问题
整改 情况 报告 2022年 县; 省级生态环境保护督察 反馈 整改方案 任务 项 县委 县政府 公开; 巡察组进驻 公告 受理来信来电来访 镇党委
2021年; 督查組 反饋 問題清單 整改 限期 鄉鎮 通報; 巡视整改成效 评估 省委巡视办 整改完成率 问题 个 已整改; 国有企业 集团 党委
巡察 反馈 二级单位 整改 问题 条; 巡察撤离公告 巡察组 撤离 信访接待点 取消 特此公告; 市场监管 督查 通报 发现问题 整改到位 食品
检查 2023年 区; 纪委监委 监督检查 巡察整改 督办 整改不力 约谈 通报曝光; 環保督察 整改 進展 公開 任務 已完成 驗收銷號 市; 巡察
整改 公示 村 反馈问题 整改情况 一览 2022年 社区党支部; 中央巡视组 进驻 动员会 巡视时间 两个月 省委 2016年; 审计整改 销号 审计局
跟踪检查 问题 整改到位 项 资金 追回; 检查组 反馈 整改意见 党风廉政建设 责任制 考核 问题 限期整改 单位; 巡视整改进展情况 通报
省直单位 党组 2017年 巡视组 反馈; 专项督查 反馈会 整改 清单 督查组组长 指出问题 县 召开; 巡察“回头看” 反馈 整改 街道 社区 问题
2023年 巡察组 指出; 環境保護督察組 進駐 受理 舉報 轉辦 已辦結 責令整改 立案處罰.
The search mostly returned pages already labelled (about four in five results were known urls); the set therefore leans
to kinds the earlier sets hold few of: supply co-op, customs, tobacco, water, safety and food checks, Taiwan's Control
Yuan tours and 糾正案, central 生态环境保护督察 batch stationing news, city/county round summaries and 纪委 supervision
features, audit work reports, 民主生活会 on 巡视 feedback, template and spun copies.

Schema and conventions as in make_truths_snippets9.py, make_truths_snippets10.py and make_truths_snippets13.py:
``problems`` always empty; ``excerpt`` true; ``genre`` ``"snippet"``; ``kind`` only when a title line names a
rectification 通报 or 整改方案 (none here does); ``title``/``issuer`` only when the title line names a rectification or
inspection document; ``report_date`` from a signature, a '…在…会议上' dateline, or a page/source date line inside the
snippet; ``inspector``/``inspected`` null. Days with no year give no date; a day with no year under a page date takes
the page's year (snippets9). Petitions, hazards, bodies, sites, people, money, rates, approximations ('320余项',
'3900余项'), recommendations, notices and items handed over for on-the-spot rectification are not headline figures;
categories-then-items ('4个方面13项具体问题') give the items; '细化成N个…' gives measures; a round's or region's
count of problems found is problems_total; counts of 制度 made are rules_made.

Judgement calls new in this set (each also said in the truth's anomalies):
- NEW: ROC (民國) dates are converted: '日期:93-06-24' → 2004-06-24; '本(九十三)年六月十七日至六月十八日' → 2004-06-17
  .. 2004-06-18; '公告日期: 111/03/10' → 2022-03-10 (the 公告 day is the report date; the 審議 day is a meeting).
- NEW: a page date block with the day run into the month ('152018-06') is read as 2018-06-15.
- NEW: '今起' (from today) is not resolved to a start day even under a page date (a relative day, like '近日').
- NEW: a batch of groups entering over several days ('于2023年11月21日至22日陆续进驻') starts on the first day (as a
  feedback over several days); 'by a day all stationing was completed' ('截至2016年12月30日…全部完成督察进驻任务') gives no
  end (snippets10's 'completed by' rule), unlike '进驻已于…结束'.
- NEW: 'found and rectified N problems' ('发现并整改…问题38个', '发现问题159条并督促整改到位') gives problems_total and
  problems_done N.
- NEW: when a later count covers an earlier one and carries the done statement ('前两轮…问题651个' then '2016年以来…反馈
  问题1029个,目前均已完成整改'), the covering count is the headline (1029/1029), not the first-stated subset.
- NEW: '将…反馈的问题,细化成47个整改项目' → measures_total 47.
- NEW: figures quoted from one inspected body's report inside a feature about an assessment method are not the
  document's headline (eshan: '完成問題整改9個…新建制度1項、完善制度3項' → none).
- NEW: a title that runs into the lead without a line break is still the title ('市安委会关于2025年度安全生产巡查工作情况
  报告为进一步…'); an audit work report's title names an inspection document (title set, issuer null when the title
  names no body, kind null)."""
from pathlib import Path

from make_truths import head, ins
from make_truths_snippets10 import doc, write_snippets

HERE = Path(__file__).resolve().parent.parent / "snippets14"

DOCS = {
    "yunxiao_eco_ducha_lookback_petitions_trad": doc(
        "http://www.jmdrubber.com/Article/details?infoid=10478",
        ["Traditional copy under a company site's url; a provincial 督察 回头看 visit on '5月31日' (no year anywhere in the "
         "snippet: no date). '17個信訪案件' are petitions, not problems. ICP/公安 备案 footer lines kept."]),
    "panjin_forestry_ducha_xiaohao_points": doc(
        "http://www.panjin.gov.cn/html/2308/2021-12-22/content-109183.html",
        ["News headline (not a rectification document: title null) under an image-file chrome line; '发布时间:2021-12-22' "
         "is the page date. '整改销号材料171处', '7处整改点位' are sites/materials, not problems (bodies/sites are not figures)."],
        report_date="2021-12-22"),
    "dehong_central_eco_lookback_daily_report": doc(
        "http://www.mangshi.gov.cn/jrms/tzgg/content-8-6179-1.html",
        ["A daily work report of a 督察 回头看 visit: '发表时间:2018-06-22' is the page date. '举报件共23件,其中已办结19件' are "
         "petitions; '简报10期', '用稿220篇' media counts: no figures. '6月21日' is a visit day, not the inspection period."],
        report_date="2018-06-22"),
    "yunnan_round8_mobilization_noyear_trad": doc(
        "http://m.qdubb.cn/html/2024/toutiao_0723/130762.html",
        ["Traditional copy of a 巡视 动员部署会 item: '7月23日' has no year in the snippet (the year is only in the url): "
         "no date. No figures."]),
    "jinghu_greening_special_xuncha_notice": doc(
        "http://www.qfjh.gov.cn/html/wenzhang_788333.html",
        ["A 专项巡察 公告: period '于2023年7月6日至8月15日' (end takes the start's year) → 2023-07-06 .. 2023-08-15. "
         "'截止时间为2023年8月8日' is the petitions deadline, not the end. '6个单位党组织' are bodies."],
        inspection=ins(start="2023-07-06", end="2023-08-15")),
    "central_eco_lookback_batch1_spun_trad": doc(
        "http://webscraping.com.cn/show.asp?action=show&id=42092.html",
        ["Spun (machine-reworded: '中心' for 中央, '唐塞整改' for 敷衍整改) traditional copy, cut mid-sentence. NEW: the page's "
         "date block '152018-06' (day 15 run into '2018-06') is read as the page date 2018-06-15. '今日(25日)' has no "
         "month: no date."],
        report_date="2018-06-15"),
    "tobacco_bureau_xunshi_regulation_55_units": doc(
        "http://guojiw.cn/a/guona/2015/0910/15652.html",
        ["A 党组 meeting on the 巡视工作条例 (no rectification of a given inspection): '8月18日' has no year in the snippet "
         "(the year is only in the url): no date. '55家直属单位' bodies, '每5年' a cycle, '六项工作' tasks of a plan for "
         "the regulation, not rectification measures. Site disclaimer and a trailing '|' kept."]),
    "chongqing_tobacco_eight_rules_check_entry": doc(
        "http://zhongguo.center/cq/032624802.html",
        ["A 专项检查组 (eight-rules check, a kind not seen before) stationing at a provincial tobacco bureau on '3月23日' "
         "(no year: no date). '三点要求', '一要…二要…三要' are the inspector's demands, not measures."]),
    "district_cppcc_poverty_xunshi_mzshh_13": doc(
        "http://www.bswxw.com/ztzgrmzzxshyzqsbsqwyh/zxyw/content_332176",
        ["A 专题民主生活会 on the central 脱贫攻坚 专项巡视 feedback, '4月9日' (no year: no date). '对照4个方面13项具体问题' "
         "→ problems_total 13 (categories then items, as snippets13's '6大类27项问题'); '六个方面的整改要求' are demands, "
         "not measures."],
        headline=head(pt=13)),
    "city_cppcc_central_xunshi_mzshh_trad": doc(
        "http://yblygrz.cn/html/2021-03/03/content_59478.html",
        ["Traditional copy with glyph glosses ('統(tǒng)'); a 民主生活会 on central 巡视 rectification on '3月2日下午' (no year; "
         "'2020年度' names the meeting's year of review, not a date). No figures."]),
    "tianshui_supply_coop_project_check_pagedate": doc(
        "http://www.tianshui.gov.cn/gxls/info/1562/22982.htm",
        ["A supply co-op 项目检查 (a kind not seen before) under breadcrumb chrome; '发布日期: 2021-09-18 16:12' is the page "
         "date. The check '9月15日至17日' has no year: the page date's year (snippets9's '发布日期:2021-04-19 …从3月9日开始') "
         "→ 2021-09-15 .. 2021-09-17. '2016—2020年' is the span of the projects checked, not the inspection."],
        report_date="2021-09-18", inspection=ins(start="2021-09-15", end="2021-09-17")),
    "nujiang_supply_coop_joint_ducha_2012": doc(
        "http://www.zh-hz.com/dz/html/2012-08/24/content_64996.htm",
        ["A newspaper item on a 联合督查组 ('近期', no dates). '40多个点' approximate sites, '14场现场座谈会' meetings, "
         "'14个督查事项' items checked (not problems), '4个县' bodies: no figures."]),
    "gansu_poverty_xunshi_mobilization_monthparts": doc(
        "https://p2.ttnews.xyz/a/5e9e6bb6dc9b5e145bd549b3?lang=zh-hans",
        ["A news headline line, then the lead: '4月9日' (no year) is the 动员部署会; '从4月中旬开始' and '在5月底前结束' are "
         "month parts: no dates. '10个巡视组', '13个市(州)、67个…县和8个…县' are groups and bodies. ASCII double quotes "
         "('\"双战\"'), a share/related-articles footer kept."]),
    "zaozhuang_poverty_xuncha_feedback_trad": doc(
        "http://tapsdev.com/news/show-5614.html",
        ["Traditional copy with glyph glosses of a 专项巡察 feedback item, '近日' (no date). '7個巡察組' are groups. No figures."]),
    "duchang_poverty_xunshi_progress_13_47": doc(
        "http://www.dcxw.org/forum.php?goto=nextoldset&mod=redirect&tid=71435",
        ["A county's report to a 巡察 督查 on a 2016 provincial 专项巡视: period '2016年9月27日至10月27日' → 2016-09-27 .. "
         "2016-10-27; feedback '于去年12月14日通报巡视工作情况' → 2016-12-14 ('去年' is the report's year before, the period "
         "being 2016; a December feedback after an October end takes the period's year).",
         "'4个方面13个专项问题' → problems_total 13. NEW: '将…反馈的问题,细化成47个整改项目' → measures_total 47 (items the "
         "problems were broken into, as snippets10's '细化制定143条整改措施'). '10位县级领导和16个责任单位' are people and "
         "bodies; '取得阶段性成效' gives no done count. Cut mid-word ('产业扶')."],
        inspection=ins(start="2016-09-27", end="2016-10-27", feedback="2016-12-14"), headline=head(pt=13, mt=47)),
    "dejiang_poverty_xuncha_town_feedback_trad": doc(
        "https://mmshw.com/html/2019/xunchajiandu_0904/13712.html",
        ["Traditional copy with glyph glosses: a 专项巡察 feedback to a town '2019年8月26日' → feedback 2019-08-26. The "
         "problems are listed in one sentence after '主要是:' (not a numbered problem list). No figures."],
        inspection=ins(feedback="2019-08-26")),
    "audit_announcement_paper_rectification_reports": doc(
        "http://zglwb.com/a/lwzx/jingji/4236_2.html",
        ["A paper's page on audit result announcements: '6份整改报告' are reports, money totals are money; '上千条' rules "
         "is an approximation (and not this document's own rectification): no figures, no dates."]),
    "customs_ducha_eight_rules_meeting_trad": doc(
        "http://lunwentd.com/webdiceng.php?id=90744",
        ["Traditional copy: a customs 专项督查 debrief meeting on '8月18日' (no year: no date). '四個督查組', '四點要求' are "
         "groups and demands, not figures."]),
    "customs_xunshi_42_units_big5_2010": doc(
        "http://big5.www.gov.cn/gate/big5/www.gov.cn//gzdt/2010-08/04/content_1670887.htm",
        ["Big5 gateway copy with breadcrumb chrome; the source line '中央政府門戶網站 www.gov.cn   2010年08月04日   來源:…' "
         "is the page date. '42個直屬海關單位', '540個隸屬海關單位', '887個業務現場' are bodies and sites; '3個巡視組' groups."],
        report_date="2010-08-04"),
    "ningbo_customs_ducha_found_rectified_38": doc(
        "https://caop.org.cn/xinwenzixun/zonghexinwen/2019-02-20/8054.html",
        ["A customs house's own 专项督查 (headline line, no date line; '1-8月' is month-only). NEW: '发现并整改…各类问题38个' "
         "(found and rectified) → problems_total 38 and problems_done 38. '5大类112项' are work items, '督查单124份' "
         "forms, '整改建议39条' recommendations, '废止…文件26份' documents repealed (not rules made), '近50场', '逾170家' "
         "approximations: not figures."],
        headline=head(pt=38, pd=38)),
    "tunxi_safety_hazard_lookback_lostchar": doc(
        "https://www.ahtxq.gov.cn/zwgk/public/6615872/11098314.html",
        ["A safety 督查 回头看 on hazards: '需整改问515个,已整改完成479个' (the page lost 题 in '问题', and wrote '企定' for "
         "企业) count company safety hazards from a 排查, not problems of an inspected body (snippets12/13: hazards are "
         "not figures). '4月11日—4月14日' (no year) is the 排查 action, not an inspection: no date."]),
    "city_safety_xuncha_report_2025_runon_title": doc(
        "https://www.3366ai.com/p-747896c74b4a48b5.html",
        ["A template-site copy of a 安全生产巡查 report with 'XX' masks; NEW: the title '市安委会关于2025年度安全生产巡查工作情况"
         "报告' runs into the lead with no line break and is still read as the title (issuer 市安委会; a 报告: no kind). "
         "Period '2025年3月14日至20日' → 2025-03-14 .. 2025-03-20. The same text is on sougaozi.com/gaozi/1275.html "
         "(mirror, not labelled). '4个考核巡查组' are groups."],
        title="市安委会关于2025年度安全生产巡查工作情况报告", issuer="市安委会",
        inspection=ins(start="2025-03-14", end="2025-03-20")),
    "shenzhen_safety_xuncha_launch_trad_pagedate": doc(
        "http://thinkwriteindia.com/Newsview.asp?id=2172",
        ["Traditional copy with glyph glosses: '發(fā)布日期:2016/11/14 10:21:10' (slashes) is the page date. NEW: '今起…開展"
         "…巡查' (from today) is not resolved to a start day (a relative day, like '近日'). '九大方面' are aspects."],
        report_date="2016-11-14"),
    "yellow_river_water_ducha_lookback_pagedate": doc(
        "http://gdcenn.cn/a/202011/489483.html",
        ["A 监督检查 (督查) news item: '2020/11/16 10:21:08 来源:…' is the page date; the lead paragraph is repeated (导言 "
         "then body). '9月13日至10月25日,…累计派出9组次' has no year: the year of the page and title (2020) → 2020-09-13 .. "
         "2020-10-25. '整改率为92%' a rate; 35, 176, 175, 7 are bodies and sites; '86人', '41人次' people."],
        report_date="2020-11-16", inspection=ins(start="2020-09-13", end="2020-10-25")),
    "ecnu_college_xuncha_feedback_meeting": doc(
        "https://jijian.ecnu.edu.cn/af/2f/c26449a569135/page3.htm",
        ["The middle of a university's 巡察 集中反馈会 item (the copy starts at '会议指出', no title or date). '八家被巡察单位' "
         "are bodies; the problems are named in one sentence. No figures, no dates."]),
    "ningbo_audit_work_report_2022_rdfile": doc(
        "https://www.nbrd.gov.cn/art/2023/11/10/art_1229578103_39307.html",
        ["An audit work report (the audit itself, not its rectification) under a '…会议文件' line. NEW: its title names "
         "an inspection (audit) document → title set; the title names no body (the 审计局 is the speaker, not in the "
         "title) → issuer null; not a 通报/方案 → kind null. '2022年7月至2023年6月' is month-only; '项目294个', "
         "'审计建议被采纳974条', money: not figures."],
        title="关于2022年度宁波市级预算执行和全市其他财政收支的审计工作报告"),
    "county_eco_rectification_speech_template_trad": doc(
        "http://www.cnyhmy.com/zhuantifanwen/gongwenfanwen/2022/0726/59050.html",
        ["A 范文 speech template in traditional with glyph glosses; masked dates 'X月X日' and 'X縣' give nothing; "
         "'三點意見' are points of a speech. No figures."]),
    "licheng_village_election_xuncha_table_noyear": doc(
        "http://lcffcl.gov.cn/news-1104.html",
        ["A 换届选举 专项巡察 stationing notice with a pipe-separated contact table: '从8月11日开始' has no year (no date); "
         "'巡察时间21天左右' is an approximate duration (no end). '6个镇街共14个村(社区)' are bodies."]),
    "control_yuan_changhua_tour_roc_date": doc(
        "https://multimedia.cy.gov.tw/News_Content.aspx?n=796&s=2738",
        ["Taiwan's Control Yuan (監察院) 地方機關巡察 (a local tour, a kind not seen before) under a skip-link chrome line. "
         "NEW: ROC (民國) years: '日期:93-06-24' → page date 2004-06-24; '於本(九十三)年六月十七日至六月十八日' in Chinese "
         "numerals → 2004-06-17 .. 2004-06-18. Not a rectification document; no figures ('彰54線' a road name)."],
        report_date="2004-06-24", inspection=ins(start="2004-06-17", end="2004-06-18")),
    "control_yuan_correction_case_roc_dates": doc(
        "https://www.cy.gov.tw/CyBsBoxContent.aspx?n=133&s=17792",
        ["A Control Yuan 糾正案 record in a pipe-separated field table ('機關改善情形' empty, '尚未結案'). NEW: ROC dates "
         "'審議日期: 111/03/08' and '公告日期: 111/03/10' → the 公告日期 (publication) is the report date, 2022-03-10; the "
         "審議 day is a meeting, not an inspection date. '111交正0002' is a case number."],
        report_date="2022-03-10"),
    "matsu_control_yuan_tour_pagedate": doc(
        "https://www.matsu-news.gov.tw/news/article/62642",
        ["A local paper's item on a Control Yuan tour: '2020-06-09' is the page date. '11日、12日' have no month (no "
         "date); '108年度' (ROC 2019) names the year's programme, not a date. '6人', '第13組' not figures."],
        report_date="2020-06-09"),
    "eshan_xuncha_assessment_quoted_figures_trad": doc(
        "http://qdubb.cn/html/2021/xunshixuncha_1112/104965.html",
        ["Traditional copy of a feature on a county's 巡察整改 assessment method, opening with a quotation from one "
         "sub-district's report ('完成問題整改9個,整改率100%,新建制度1項、完善制度3項'). NEW: figures quoted from one "
         "inspected body's assessment inside a feature about the method are not the document's headline → none. "
         "'今年' gives no date."]),
    "gaomi_xuncha_quantified_assessment_rules12": doc(
        "http://jc-fzw.org.cn/show-50733.html",
        ["A city's 巡察整改 量化评估 feature ('日前', '今年以来': no dates). '推动…被巡察单位健全完善各项制度规范12个' → "
         "rules_made 12 (the city's 巡察 rectification; '新建、修订制度18项' counted as rules in snippets9). '4个方面…22项"
         "指标' are assessment indicators, '6个月以上' a duration, '四个等次' grades: not figures."],
        headline=head(rules=12)),
    "gansu_sasac_xuncha_entry_15_firms": doc(
        "http://gansu.gscn.com.cn/system/2016/05/18/011381954.shtml",
        ["A SASAC 巡察 stationing item: the dateline '中国甘肃网5月18日讯' and '5月9日…进驻' have no year in the snippet "
         "(2016 only in the url): no dates. '为期3个月' a duration; '5个巡察组', '15户企业' groups and bodies."]),
    "tongliao_xuncha_notice_spaced_title_2025": doc(
        "http://m.tlxcwttd.com/nd.jsp?id=5&mid=5",
        ["A 巡察公告 with a letter-spaced title '巡 察 公 告' (a notice, not a rectification document: title null, as "
         "snippets13). '一、巡察时间 / 2025年3月24日至5月30日。' → 2025-03-24 .. 2025-05-30 (the end takes the start's "
         "year). '6个巡察组', '9个部门单位', '8个…单位' are groups and bodies."],
        inspection=ins(start="2025-03-24", end="2025-05-30")),
    "yingshang_discipline_supervision_found_159": doc(
        "http://www.ahjjjc.gov.cn/p/114700.html",
        ["A county 纪委监委's 巡视整改 supervision feature: '自2022年7月省委巡视反馈以来' is month-only (no feedback date). "
         "'发现问题159条并督促整改到位' → problems_total 159, problems_done 159 (found and rectified, as "
         "ningbo_customs_ducha_found_rectified_38). '28家被巡单位', '30个乡镇和62家县直单位' are bodies."],
        headline=head(pt=159, pd=159)),
    "tongren_xuncha_rectification_joint_meeting": doc(
        "http://gz.people.com.cn/n2/2020/0717/c369574-34163247.html",
        ["A city's 巡察整改监督 联席会议 feature ('日前': no date). '落实整改措施3900余项', '1000余人次', '审核意见80多条' are "
         "approximations (not figures); three 办法/制度 are named, not counted as made."]),
    "yuxi_ten_rounds_measures5310_rules2103": doc(
        "http://ynjjjc.gov.cn/html/2021/yitituijinsanbu_0126/90539.html",
        ["A city-wide summary of ten 巡察 rounds: '77家被巡察单位…共制定整改措施5310条,建立完善制度2103项' → measures_total "
         "5310, rules_made 2103 (a round summary's counts are the headline, as km_round_summary). '整改率达93.7%' a rate; "
         "money not figures. No problem count is stated."],
        headline=head(mt=5310, rules=2103)),
    "chongqing_gov_npc_opinion_handling_dateline": doc(
        "https://cqrd.gov.cn/site/article/1211363140809101312/web/content_1211363140809101312.html",
        ["A city government's report on handling a 人大 审议意见 (oversight, not an inspection: title and issuer null, as "
         "snippets13 for non-rectification documents). The title is repeated split over three lines; the dateline "
         "'(2018年9月27日在市五届人大常委会第五次会议上)' is the report date (as tune/cixi_audit). '2018年3月27—29日' and "
         "'4月23日' are meetings. '3个方面的问题' are aspects, not problems."],
        report_date="2018-09-27"),
    "mee_strengthened_ducha_patrol_trad_noyear": doc(
        "https://zi.media/@yidianzixun/post/b3K5Pp",
        ["Traditional repost under unrelated site chrome (a lost-cat line), figures broken onto their own lines. '5月6日', "
         "'4月21日至27日' have no year: no dates. '199家企業存在環境問題' are companies (bodies), '66%' a share, 71/23/27/7 "
         "companies by kind: not figures."]),
    "rongcheng_food_check_spam_injected": doc(
        "http://hzmyp.com/chanpinzhongxin/331.html",
        ["A market-supervision 专项检查 item with injected casino spam ('雷竞技RAYBET', 'BG大游' inside words and before the "
         "title). '日前': no date. '商超68家,养老机构食堂26家' bodies, '责令整改通知书13份' notices: not figures."]),
    "changshu_round5_found_838": doc(
        "http://lzljedu.org.cn/dflz/News_show.asp?id=50704&tid=120",
        ["A feature opening with villagers' quotations; '十四届常熟市委第五轮巡察发现各类问题838个' → problems_total 838 (a "
         "round's count of problems found, as snippets9). '移交立行立改事项18个' are items handed over for on-the-spot "
         "rectification (snippets9/10: not the done count). '一周后' is relative; no dates."],
        headline=head(pt=838)),
    "central_round2_2014_entry_news": doc(
        "https://m.21jingji.com/article/20140729/herald/69752bfcfeda82d894f193e5e77d05f5.html",
        ["A news item whose summary line (cut with '...') repeats the lead. The year 2014 is only in the name of the "
         "动员部署会 ('2014年中央第二轮巡视工作动员部署会', 7月16日). Several groups enter several bodies on different days "
         "('7月29日', '此前的两天', '从27日'): no single inspection, no dates. '10个省区市', '31省份' bodies."]),
    "central_round2_2014_table_iframe": doc(
        "http://cnua1.com/zgyw/4892.html",
        ["A table caption line '2014年中央第二轮巡视工作进驻情况一览表 (截至7月30日)' (the table itself lost), a lead "
         "with '昨天上午' (relative: no date), and a raw, cut '<iframe …' ad tag at the end. '开展两个月' durations; "
         "'13个巡视点中已有11个' bodies: no figures."]),
    "zhejiang_xunshi_full_coverage_1029_done": doc(
        "http://js.zjol.com.cn/ycxw_zxtf/201701/t20170106_2707067.shtml",
        ["A news item; '2017年01月06日 14:53:26' is the page date. Two problem counts: '在2016年前两轮巡视中…发现…问题651个' "
         "then '2016年以来,省委巡视组共向被巡视单位反馈问题1029个,目前均已完成整改'. NEW: when a later count covers the "
         "earlier one (all of 2016 vs its first two rounds) and carries the done statement, it is the headline → "
         "problems_total 1029, problems_done 1029 (not the first-stated 651). '14轮', '255个', '5000余人次', '461批次' "
         "are rounds, bodies, approximations and petitions. '2016年12月底' is a month part."],
        report_date="2017-01-06", headline=head(pt=1029, pd=1029)),
    "huanggang_gov_monthly_ducha_trad_noyear": doc(
        "http://misleddogs.com/html/2017/633.html",
        ["Traditional copy with glyph glosses of a provincial government 月度督查 on '11月27日上午' (no year: no date). "
         "'7項專題工作' are topics checked, not problems."]),
    "shenqiu_xuncha_on_spot_fix_noyear": doc(
        "https://i.xpaper.net/hnrbncb/news/7446/44859/224169-1.shtml",
        ["A 巡察 立行立改 feature: the period '6月20日至7月20日' has no year in the snippet (no dates, snippets9). "
         "'为期一个月' a duration. No figures."]),
    "central_eco_round3_batch1_entry_spam": doc(
        "http://szjgyey.com/2015520/Default.htm?id=eHsWUst.php",
        ["A central 督察 batch's stationing summary with a spam link injected inside a word ('生态环境《金年会app网址》"
         "保护'). NEW: '于2023年11月21日至22日陆续进驻' (groups entering over two days) → start 2023-11-21, the first day "
         "(as feedback over several days); '于近日全面完成督察进驻阶段工作' gives no end. Petitions (19815/16700/13441/"
         "11457件), cases ('典型案例25个'), companies and people are not figures."],
        inspection=ins(start="2023-11-21")),
    "central_eco_2016_batch2_entry_complete": doc(
        "http://m.yzctcx.com/gn/81364.html",
        ["A news item (dateline '中新社北京12月31日电', no year). '2016年第二批…督察组于11月24日至11月30日陆续…实施督察进驻' "
         "→ start 2016-11-24 (year from '2016年第二批'; first day of a staggered entry). '截至2016年12月30日,…全部完成督察进驻"
         "任务' is a 'completed by' day (snippets10: no date) → no end. Petitions, companies, money, people: no figures."],
        inspection=ins(start="2016-11-24")),
    "central_eco_2017_batch3_entry_institute_page": doc(
        "http://saes.com.cn/newsshow.php?cid=45&id=4786",
        ["A research institute's copy under its site chrome (welcome line, breadcrumb), title repeated; '发布日期:2017-05-31' "
         "is the page date. '于2017年4月24日至4月28日陆续…实施督察' → start 2017-04-24 (first day of a staggered entry); "
         "'截至5月28日,…全部完成督察进驻工作' is 'completed by' → no end."],
        report_date="2017-05-31", inspection=ins(start="2017-04-24")),
    "jinghu_round7_rules_320_approx": doc(
        "http://www.fzahw.com/news/2023/09/25/c_103058.htm",
        ["A district 巡察 feature: '推动被巡察单位建立完善制度320余项' is an approximation (not rules_made, as snippets9's "
         "'520余人'). '4个二级机构', '4期…通报' bodies and bulletins. '近日', '自…第七轮巡察开展以来': no dates."]),
    "sichuan_eco_petitions_weekly_after_ducha": doc(
        "https://m.pouringspot.com/10462/10464/10797/2017/12/27/10441592.shtml",
        ["Post-督察 petition handling: headline '办结群众环境信访举报3571件' and the week '12月19日至12月25日' (no year; a "
         "petitions week, not an inspection). 115/146件 petitions, 38家/1家 companies, money: no figures. Editor and QR "
         "chrome lines kept."]),
    "jinshan_water_ducha_feedback_review_meeting": doc(
        "https://freewechat.com/a/MzIwNjc2OTY4Mg==/2247515675/1",
        ["A WeChat mirror (a stray '其他' category line above the headline) of a district 专项督查's internal review of "
         "its draft feedback, '9月11日下午' (no year: no date). '一是…五是' are the chair's demands on the feedback, not "
         "measures. No figures."]),
    "county_eco_ducha_rectification_dispatch_noyear": doc(
        "https://zzfysp.com/html/ztzl..info234252207.html",
        ["A county 环保督察 rectification 调度会 on '6月13日' (no year: no date). Problems are mentioned without counts. "
         "No figures."]),
}


def main() -> None:
    write_snippets(HERE, DOCS)


if __name__ == "__main__":
    main()
